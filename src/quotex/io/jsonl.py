"""JSONL in and out: one JSON object per line (``.jsonl``, ``.ndjson``, ``.json``, optionally gzipped)."""

import shutil
from collections.abc import Iterator
from pathlib import Path

from quotex.io.formats import InputFormat, OutputFormat
from quotex.io.items import Item, Keys, error_item, item_from_json_line
from quotex.io.outcomes import Outcome
from quotex.io.streams import CORRUPT, count_lines, looks_binary, open_binary

SUFFIXES = (".jsonl", ".ndjson", ".json")
JSONL_FILE = "articles.jsonl"


def read_jsonl(path: Path, display: str, keys: Keys) -> Iterator[Item]:
    """One Item per non-blank line of a JSONL or JSONL.gz file."""
    lineno = 0
    try:
        with open_binary(path) as stream:
            if looks_binary(stream):
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
    except CORRUPT as e:
        yield error_item(f"{display}:{lineno + 1}", f"truncated or corrupt file after line {lineno}: {e}")


def estimate_jsonl(path: Path) -> int | None:
    """Lines of an uncompressed JSONL file (a gzipped one is not counted)."""
    return count_lines(path) if path.suffix.lower() in SUFFIXES else None


def write_jsonl(folder: Path, outcomes: list[Outcome]) -> None:
    """One line per outcome, in order, into ``folder/articles.jsonl``."""
    with open(folder / JSONL_FILE, "w", encoding="utf-8") as f:
        for outcome in outcomes:
            f.write(outcome.to_json() + "\n")


def merge_jsonl(folders: list[Path], out_dir: Path, tmp_suffix: str) -> list[Path]:
    """The shards' lines joined in order into ``out_dir/articles.jsonl``."""
    final = out_dir / JSONL_FILE
    tmp = final.with_name(final.name + tmp_suffix)
    with open(tmp, "wb") as out:
        for folder in folders:
            with open(folder / JSONL_FILE, "rb") as f:
                shutil.copyfileobj(f, out, 1 << 20)
    tmp.replace(final)
    return [final]


READER = InputFormat("jsonl", "JSONL(.gz)", SUFFIXES, read_jsonl, estimate_jsonl)
WRITER = OutputFormat("jsonl", write_jsonl, merge_jsonl)
