"""Streaming readers: JSONL(.gz), CSV/TSV(.gz), trees of .txt/.html files, WARC(.gz); one Item per record.

Nothing here loads a whole input file into memory, and nothing raises on bad data: every bad line, page or
file becomes an error Item so the run goes on and the summary counts it.
"""

import csv
import gzip
import io
import os
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from quotex.errors import InvalidInputError
from quotex.io.items import Item, Keys, error_item, item_from_json_line, item_from_mapping, item_from_text

FORMATS = ("auto", "jsonl", "csv", "tsv", "text", "warc")
TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm")
_BY_SUFFIX = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".warc": "warc",
    ".arc": "warc",
    ".txt": "text",
    ".text": "text",
    ".html": "text",
    ".htm": "text",
}
_CORRUPT = (EOFError, OSError, zlib.error)
_SNIFF_BYTES = 8192


def detect_format(path: Path) -> str:
    """The reader for ``path`` from its suffix (``.gz`` ignored); directories are trees of text files."""
    if path.is_dir():
        return "text"
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    fmt = _BY_SUFFIX.get(Path(name).suffix)
    if fmt is None:
        raise InvalidInputError(f"{path}: cannot tell the format from the name; pass --input-format")
    return fmt


def _open_binary(path: Path) -> IO[bytes]:
    with open(path, "rb") as f:
        magic = f.read(2)
    return gzip.open(path, "rb") if magic == b"\x1f\x8b" else open(path, "rb")


def _looks_binary(stream: IO[bytes]) -> bool:
    head = stream.peek(_SNIFF_BYTES)[:_SNIFF_BYTES] if hasattr(stream, "peek") else b""
    return b"\x00" in head


def _with_empty_check(display: str, items: Iterator[Item]) -> Iterator[Item]:
    empty = True
    for item in items:
        empty = False
        yield item
    if empty:
        yield error_item(display, "empty input: no records")


def read_jsonl(path: Path, display: str, keys: Keys) -> Iterator[Item]:
    """One Item per non-blank line of a JSONL or JSONL.gz file."""
    lineno = 0
    try:
        with _open_binary(path) as stream:
            if _looks_binary(stream):
                yield error_item(display, "binary file, not JSONL text")
                return
            for lineno, raw in enumerate(stream, start=1):  # noqa: B007 - lineno is used after the loop
                if not raw.strip():
                    continue
                source = f"{display}:{lineno}"
                try:
                    line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
                except UnicodeDecodeError as e:
                    yield error_item(source, f"line is not valid UTF-8 ({e.reason} at byte {e.start})")
                    continue
                yield item_from_json_line(source, line, keys)
    except _CORRUPT as e:
        yield error_item(f"{display}:{lineno + 1}", f"truncated or corrupt file after line {lineno}: {e}")


def read_csv(path: Path, display: str, keys: Keys, delimiter: str) -> Iterator[Item]:
    """One Item per data row of a CSV or TSV file (a header row names the columns)."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    row = 0
    try:
        with _open_binary(path) as stream:
            if _looks_binary(stream):
                yield error_item(display, "binary file, not CSV text")
                return
            text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="surrogateescape", newline="")
            reader = csv.DictReader(text, delimiter=delimiter)
            while True:
                row += 1
                source = f"{display}:{row}"
                try:
                    data = next(reader)
                except StopIteration:
                    break
                except csv.Error as e:
                    yield error_item(source, f"malformed CSV row: {e}")
                    continue
                yield item_from_mapping(source, data, keys)
    except _CORRUPT as e:
        yield error_item(f"{display}:{row}", f"truncated or corrupt file after row {row - 1}: {e}")


def read_text_file(path: Path, display: str) -> Item:
    """One Item from a whole .txt or .html file; binary or undecodable files become error items."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        return error_item(display, f"cannot read file: {e.strerror or e}")
    if path.suffix.lower() in HTML_SUFFIXES:
        from quotex.io.html import html_to_item

        return html_to_item(display, raw, id=display)
    if b"\x00" in raw[:_SNIFF_BYTES]:
        return error_item(display, "binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        return error_item(display, f"not valid UTF-8 ({e.reason} at byte {e.start})")
    return item_from_text(display, text, id=display)


def read_tree(root: Path, display: str) -> Iterator[Item]:
    """One Item per .txt/.html file under ``root``, in sorted path order (other files are ignored)."""
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            if name.lower().endswith(TEXT_SUFFIXES + HTML_SUFFIXES):
                path = Path(folder, name)
                yield read_text_file(path, os.path.join(display, os.path.relpath(path, root)))


def read_input(path: Path, display: str, fmt: str = "auto", keys: Keys | None = None) -> Iterator[Item]:
    """Items of one input (file or directory), streamed; ``display`` is the path shown in sources and ids."""
    keys = keys or Keys()
    fmt = detect_format(path) if fmt == "auto" else fmt
    if fmt not in FORMATS:
        raise InvalidInputError(f"unknown input format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "jsonl":
        items = read_jsonl(path, display, keys)
    elif fmt in ("csv", "tsv"):
        items = read_csv(path, display, keys, "," if fmt == "csv" else "\t")
    elif fmt == "warc":
        from quotex.io.warc import read_warc

        items = read_warc(path, display)
    elif path.is_dir():
        items = read_tree(path, display)
    else:
        items = iter([read_text_file(path, display)])
    return _with_empty_check(display, items)
