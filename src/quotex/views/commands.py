"""The ``quotex show`` and ``quotex report`` commands (registered on the CLI app in ``quotex.cli``)."""

import sys
from pathlib import Path
from typing import Annotated

import typer
from wasabi import Printer

from quotex.errors import InvalidInputError, QuotexError

_err = Printer(no_print=True)


def _fail(message: str) -> typer.Exit:
    typer.echo(_err.fail(message), err=True)
    return typer.Exit(1)


def _read_file(path: str) -> str:
    """The text of a UTF-8 file (or ``-`` for stdin), with a clear error for binary or other encodings."""
    raw = (
        sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes() if Path(path).is_file() else None
    )
    if raw is None:
        raise InvalidInputError(f"{path}: no such file")
    if b"\x00" in raw[:8192]:
        raise InvalidInputError(f"{path}: looks like a binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InvalidInputError(f"{path}: not valid UTF-8 ({e.reason} at byte {e.start})") from None


def write_page(page: str, output: str | None) -> None:
    """Write an HTML page to ``output``, or to standard output when it is None or ``-``."""
    if output in (None, "-"):
        typer.echo(page, nl=False)
        return
    path = Path(output)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    typer.echo(f"wrote {path} ({len(page.encode('utf-8')):,} bytes)", err=True)


def show(
    source: Annotated[
        str | None,
        typer.Argument(
            help="A UTF-8 text file (or an .html page) to extract and show, or - for standard input."
        ),
    ] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date (ISO 8601), the reference for relative dates.")
    ] = None,
    run_dir: Annotated[
        str | None,
        typer.Option("--from", help="A finished `quotex run` output folder to show an article of."),
    ] = None,
    article_id: Annotated[
        str | None, typer.Option("--id", help="With --from: the article's id; else an id for the page.")
    ] = None,
    text_file: Annotated[
        str | None,
        typer.Option(
            "--text", help="With --from: the article's text, when the run's inputs are not at hand."
        ),
    ] = None,
    output: Annotated[
        str | None, typer.Option("--out", "-o", help="The HTML file (default: stdout).")
    ] = None,
    model: Annotated[str | None, typer.Option(help="An installed English spaCy pipeline.")] = None,
) -> None:
    """Render one article as a self-contained HTML page: quotes tied to speakers, entities and values."""
    from quotex.views.article_page import render_article

    try:
        if run_dir is not None:
            if source is not None:
                raise InvalidInputError("give a FILE or --from OUT --id ID, not both")
            if article_id is None:
                raise InvalidInputError("--from needs --id, the id of the article to show")
            from quotex.views.run_output import locate

            text = _read_file(text_file) if text_file is not None else None
            found = locate(run_dir, article_id, text)
            page = render_article(found.article, found.text, note=found.note)
        else:
            if source is None:
                raise InvalidInputError("give a text FILE (or -), or --from OUT --id ID")
            if Path(source).is_dir():
                raise InvalidInputError(f"{source}: is a folder; `quotex run` reads folders, `show` one file")
            from quotex.api import extract

            default_id = Path(source).name if source != "-" else None
            url = None
            if source.lower().endswith(
                (".html", ".htm")
            ):  # the article in a saved page, as `quotex run` reads it
                from quotex.io.html import html_to_item

                if not Path(source).is_file():
                    raise InvalidInputError(f"{source}: no such file")
                item = html_to_item(source, Path(source).read_bytes(), id=default_id)
                if item.record is None:
                    raise InvalidInputError(f"{source}: {item.error}")
                text, url = item.record.text, item.record.url
                published = published or (
                    item.record.published.isoformat() if item.record.published else None
                )
            else:
                text = _read_file(source)
            article = extract(text, published=published, id=article_id or default_id, url=url, model=model)
            page = render_article(article, text)
    except QuotexError as e:
        raise _fail(str(e)) from None
    write_page(page, output)


def report(
    run_dir: Annotated[str, typer.Argument(help="The output folder of a finished `quotex run`.")],
    output: Annotated[
        str | None, typer.Option("--out", "-o", help="The HTML file (default: stdout).")
    ] = None,
    top: Annotated[int, typer.Option(help="How many speakers, organizations and places to list.")] = 20,
) -> None:
    """Report on a finished run: top speakers, quotes over time, organizations and places, as one page."""
    from quotex.views.report_data import compute
    from quotex.views.report_page import render_report

    try:
        data = compute(run_dir, top=top)
    except QuotexError as e:
        raise _fail(str(e)) from None
    write_page(render_report(data), output)
    t = data.totals
    typer.echo(
        f"report of {t.records:,} records ({t.articles:,} articles, {t.quotes:,} quotes) "
        f"in {data.seconds:.2f} s",
        err=True,
    )
