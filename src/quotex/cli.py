"""The ``quotex`` command line: extract one article, print the JSON Schema, (later) run over archives."""

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from wasabi import msg

from quotex import __version__
from quotex.errors import QuotexError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Quotes, speakers, entities and values.")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"quotex {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """quotex: who said what in English news, with entities and normalized values."""


def _read_text(source: str) -> str:
    raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    if b"\x00" in raw[:8192]:
        raise QuotexError(f"{source}: looks like a binary file, not text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise QuotexError(f"{source}: not valid UTF-8 ({e.reason} at byte {e.start})") from None


@app.command()
def extract(
    source: Annotated[str, typer.Argument(help="A UTF-8 text file, or - for standard input.")],
    published: Annotated[
        str | None, typer.Option(help="Publication date (ISO 8601), the reference for relative dates.")
    ] = None,
    article_id: Annotated[str | None, typer.Option("--id", help="An id to put in the output.")] = None,
    model: Annotated[str | None, typer.Option(help="An installed English spaCy pipeline.")] = None,
) -> None:
    """Print the Article of one text as JSON."""
    from quotex.api import extract as extract_article

    try:
        if source != "-" and not Path(source).is_file():
            raise QuotexError(f"{source}: no such file")
        text = _read_text(source)
        article = extract_article(text, published=published, id=article_id, model=model)
    except QuotexError as e:
        msg.fail(str(e))
        raise typer.Exit(1) from None
    typer.echo(article.model_dump_json(indent=2))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the Article output."""
    from quotex.schema import Article

    typer.echo(json.dumps(Article.model_json_schema(), indent=2))


if __name__ == "__main__":
    app()
