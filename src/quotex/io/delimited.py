"""CSV and TSV files (optionally gzipped) with a header row naming the columns: one record per data row."""

import csv
import io
import sys
from collections.abc import Iterator
from pathlib import Path

from quotex.errors import InvalidInputError
from quotex.io.formats import InputFormat
from quotex.io.items import Item, Keys, error_item, item_from_mapping
from quotex.io.streams import CORRUPT, count_lines, looks_binary, open_binary
from quotex.textnorm import has_surrogates

CSV_SUFFIXES = (".csv",)
TSV_SUFFIXES = (".tsv", ".tab")


def read_delimited(path: Path, display: str, keys: Keys, delimiter: str) -> Iterator[Item]:
    """One Item per data row of a CSV or TSV file (a header row names the columns)."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    row = 0
    try:
        with open_binary(path) as stream:
            if looks_binary(stream):
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
                if any(has_surrogates(v) for v in data.values() if isinstance(v, str)):
                    yield error_item(source, "row is not valid UTF-8 (undecodable bytes)")
                    continue
                yield item_from_mapping(source, data, keys)
    except CORRUPT as e:
        yield error_item(f"{display}:{row}", f"truncated or corrupt file after row {row - 1}: {e}")


def read_csv(path: Path, display: str, keys: Keys) -> Iterator[Item]:
    """Rows of a comma-separated file."""
    return read_delimited(path, display, keys, ",")


def read_tsv(path: Path, display: str, keys: Keys) -> Iterator[Item]:
    """Rows of a tab-separated file."""
    return read_delimited(path, display, keys, "\t")


def _header(path: Path, delimiter: str) -> list[str] | None:
    """The column names of the first row, or None when the file cannot be read as text."""
    try:
        with open_binary(path) as stream:
            if looks_binary(stream):
                return None
            text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="replace", newline="")
            return next(csv.reader(text, delimiter=delimiter), None)
    except (*CORRUPT, csv.Error):
        return None


def check_columns(path: Path, keys: Keys, delimiter: str) -> None:
    """Refuse a file whose header has no text column, naming the columns it has and ``--text-key``."""
    header = _header(path, delimiter)
    if header and keys.text not in header:
        shown = ", ".join(repr(h) for h in header[:20]) + (", ..." if len(header) > 20 else "")
        raise InvalidInputError(
            f"{path}: no {keys.text!r} column; the header has {shown}. "
            "Name the text column with --text-key (and --id-key, --date-key, --url-key for the others)."
        )


def check_csv(path: Path, keys: Keys) -> None:
    """The header of a CSV file names the text column."""
    check_columns(path, keys, ",")


def check_tsv(path: Path, keys: Keys) -> None:
    """The header of a TSV file names the text column."""
    check_columns(path, keys, "\t")


def estimate_rows(path: Path) -> int | None:
    """Lines minus the header of an uncompressed file (a gzipped one is not counted)."""
    if path.suffix.lower() not in CSV_SUFFIXES + TSV_SUFFIXES:
        return None
    return count_lines(path) - 1


CSV = InputFormat("csv", "CSV(.gz)", CSV_SUFFIXES, read_csv, estimate_rows, check=check_csv)
TSV = InputFormat("tsv", "TSV(.gz)", TSV_SUFFIXES, read_tsv, estimate_rows, check=check_tsv)
