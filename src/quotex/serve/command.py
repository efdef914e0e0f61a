"""The ``quotex serve`` command (registered on the CLI app in ``quotex.cli``)."""

import os
from typing import Annotated

import typer

from quotex.io.optional import MissingExtraError, require


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[
        int, typer.Option(help="Server processes, each with its own pipeline (about 1 GB each).")
    ] = 1,
    model: Annotated[str | None, typer.Option(help="An installed English spaCy pipeline.")] = None,
    max_text_chars: Annotated[int, typer.Option(help="Longest text accepted, in characters.")] = 200_000,
    max_batch: Annotated[int, typer.Option(help="Most articles in one /extract/batch request.")] = 32,
    max_body_bytes: Annotated[int, typer.Option(help="Largest request body, in bytes.")] = 8 * 1024 * 1024,
    log_level: Annotated[str, typer.Option(help="uvicorn's log level.")] = "info",
) -> None:
    """Serve the pipeline over HTTP: POST /extract and /extract/batch, GET /schema and /health."""
    from quotex.serve.limits import Limits

    try:
        require("fastapi", "serve", "quotex serve")
        uvicorn = require("uvicorn", "serve", "quotex serve")
    except MissingExtraError as e:
        typer.echo(f"✘ {e}", err=True)
        raise typer.Exit(1) from None
    for name, value in (
        ("--workers", workers),
        ("--max-text-chars", max_text_chars),
        ("--max-batch", max_batch),
        ("--max-body-bytes", max_body_bytes),
    ):
        if value < 1:
            typer.echo(f"✘ {name} must be at least 1", err=True)
            raise typer.Exit(1)
    limits = Limits(max_text_chars=max_text_chars, max_batch=max_batch, max_body_bytes=max_body_bytes)
    os.environ.update(limits.to_env())  # each worker process builds its app from the environment
    if model:
        os.environ["QUOTEX_MODEL"] = model
    uvicorn.run(
        "quotex.serve.app:app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level=log_level,
        timeout_graceful_shutdown=10,
    )
