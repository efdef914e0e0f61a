"""Plain text and HTML files, alone or as folder trees: one record per file, its path as the id."""

import os
from collections.abc import Iterator
from pathlib import Path

from quotex.io.formats import InputFormat
from quotex.io.items import Item, Keys, error_item, item_from_text
from quotex.io.streams import SNIFF_BYTES
from quotex.textnorm import without_surrogates

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm")


def read_text_file(path: Path, display: str) -> Item:
    """One Item from a whole .txt or .html file; binary or undecodable files become error items."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        return error_item(display, f"cannot read file: {e.strerror or e}")
    if path.suffix.lower() in HTML_SUFFIXES:
        from quotex.io.html import html_to_item

        return html_to_item(display, raw, id=display)
    if b"\x00" in raw[:SNIFF_BYTES]:
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
                shown = without_surrogates(os.path.join(display, os.path.relpath(path, root)))
                yield read_text_file(path, shown)


def read_text(path: Path, display: str, keys: Keys) -> Iterator[Item]:
    """A folder tree file by file, or one file as one record (``keys`` do not apply)."""
    if path.is_dir():
        return read_tree(path, display)
    return iter([read_text_file(path, display)])


def estimate_files(path: Path) -> int | None:
    """The .txt/.html files under a folder (a single file is not counted)."""
    if not path.is_dir():
        return None
    return sum(1 for p in path.rglob("*") if p.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES)


READER = InputFormat(
    "text", "folders of .txt/.html files", TEXT_SUFFIXES + HTML_SUFFIXES, read_text, estimate_files, True
)
