"""Read any input as a stream of Items, with the reader its name (or ``--input-format``) picks.

Nothing here loads a whole input file into memory, and nothing raises on bad data: every bad line, page or
file becomes an error Item so the run goes on and the summary counts it. The readers themselves are listed
in ``quotex.io.registry``.
"""

from collections.abc import Iterator
from pathlib import Path

from quotex.io.items import Item, Keys, error_item
from quotex.io.registry import AUTO, detect_format, reader
from quotex.textnorm import without_surrogates


def _with_empty_check(display: str, items: Iterator[Item]) -> Iterator[Item]:
    empty = True
    for item in items:
        empty = False
        yield item
    if empty:
        yield error_item(display, "empty input: no records")


def read_input(path: Path, display: str, fmt: str = AUTO, keys: Keys | None = None) -> Iterator[Item]:
    """Items of one input (file or directory), streamed; ``display`` is the path shown in sources and ids."""
    keys = keys or Keys()
    display = without_surrogates(display)  # a file name that is not UTF-8 still gives printable ids
    read = reader(detect_format(path) if fmt == AUTO else fmt).read
    return _with_empty_check(display, read(path, display, keys))
