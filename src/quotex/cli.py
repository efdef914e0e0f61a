"""The ``quotex`` command line: extract one article, print the JSON Schema, run over archives."""

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from wasabi import Printer

from quotex import __version__
from quotex.errors import QuotexError
from quotex.io import registry

msg = Printer()
err = Printer(no_print=True)  # formats errors; they are written to stderr


def fail(message: str) -> None:
    """Report an error on stderr, without a traceback."""
    typer.echo(err.fail(message), err=True)


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
        return raw.decode("utf-8-sig")  # a byte-order mark is the file's, not the text's (as in quotex run)
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
        if source != "-" and Path(source).is_dir():
            raise QuotexError(f"{source}: is a folder; `quotex run` reads folders, `extract` one file")
        if source != "-" and not Path(source).is_file():
            raise QuotexError(f"{source}: no such file")
        text = _read_text(source)
        article = extract_article(text, published=published, id=article_id, model=model)
    except QuotexError as e:
        fail(str(e))
        raise typer.Exit(1) from None
    typer.echo(article.model_dump_json(indent=2))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the Article output."""
    from quotex.schema import Article

    typer.echo(json.dumps(Article.model_json_schema(), indent=2))


@app.command()
def run(
    inputs: Annotated[
        list[str],
        typer.Argument(help=registry.inputs_help()),
    ],
    out: Annotated[str, typer.Option("--out", "-o", help="Output folder (created; a re-run resumes it).")],
    fmt: Annotated[
        str, typer.Option("--format", help=registry.output_format_help())
    ] = registry.DEFAULT_OUTPUT_FORMAT,
    input_format: Annotated[
        str, typer.Option(help=registry.input_format_help())
    ] = registry.DEFAULT_INPUT_FORMAT,
    text_key: Annotated[str, typer.Option(help="Field or column holding the article text.")] = "text",
    id_key: Annotated[str, typer.Option(help="Field or column holding the article id.")] = "id",
    date_key: Annotated[
        str, typer.Option(help="Field or column holding the publication date.")
    ] = "published",
    url_key: Annotated[str, typer.Option(help="Field or column holding the URL.")] = "url",
    workers: Annotated[
        int, typer.Option(help="Worker processes, or Dask LocalCluster workers (ignored with --scheduler).")
    ] = 1,
    engine: Annotated[str, typer.Option(help="local, or dask (needs the dask extra).")] = "local",
    scheduler: Annotated[
        str | None, typer.Option(help="Address of a running Dask scheduler, e.g. tcp://host:8786.")
    ] = None,
    shard_size: Annotated[int, typer.Option(help="Records per output shard, the unit of resume.")] = 200,
    batch_size: Annotated[int, typer.Option(help="Texts per spaCy batch (memory is freed after each).")] = 32,
    chunk_chars: Annotated[
        int, typer.Option(help="Longer texts are processed in pieces of this size.")
    ] = 100_000,
    dedup: Annotated[bool, typer.Option(help="Process an exact duplicate text only once.")] = True,
    progress: Annotated[
        bool | None, typer.Option("--progress/--no-progress", help="Progress bar (default: on a terminal).")
    ] = None,
    model: Annotated[str | None, typer.Option(help="An installed English spaCy pipeline.")] = None,
) -> None:
    """Process an archive into OUT: one output record per input record, resumable after a kill."""
    from quotex.batch import RunConfig
    from quotex.batch import run as run_batch
    from quotex.io.items import Keys

    config = RunConfig(
        inputs=list(inputs),
        out_dir=out,
        fmt=fmt,
        input_format=input_format,
        keys=Keys(text=text_key, id=id_key, published=date_key, url=url_key),
        workers=workers,
        engine=engine,
        scheduler=scheduler,
        shard_size=shard_size,
        batch_size=batch_size,
        chunk_chars=chunk_chars,
        model=model,
        dedup=dedup,
        progress=progress,
    )
    try:
        summary = run_batch(config)
    except QuotexError as e:
        fail(str(e))
        raise typer.Exit(1) from None
    c = summary.counts
    msg.good(f"{c.records} records in {summary.seconds:.1f} s ({summary.docs_per_second:.1f} docs/s)")
    typer.echo(
        f"  articles {c.articles}, quotes {c.quotes}, entities {c.entities}, "
        f"errors {c.errors}, duplicates {c.duplicates}"
    )
    if summary.shards_skipped:
        typer.echo(f"  resumed: {summary.shards_skipped} of {summary.shards} shards already done")
    for path in summary.outputs:
        typer.echo(f"  output: {path}")


from quotex.serve.command import serve  # noqa: E402
from quotex.views.commands import report, show  # noqa: E402 - the views register on the app defined above

app.command()(show)
app.command()(report)
app.command()(serve)


if __name__ == "__main__":
    app()
