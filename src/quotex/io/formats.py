"""What an input format and an output writer are: the entries of the registries in ``quotex.io.registry``."""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from quotex.io.items import Item, Keys
from quotex.io.outcomes import Outcome


def no_estimate(path: Path) -> int | None:
    """The record count is not cheap to know for this input."""
    return None


def no_check(path: Path, keys: Keys) -> None:
    """Nothing to check before the run."""


def nothing_needed() -> None:
    """No optional package needed."""


@dataclass(frozen=True)
class InputFormat:
    """A reader: its ``--input-format`` name, the file name endings it claims, and its streaming function.

    ``read(path, display, keys)`` yields one Item per record and never raises on bad data; ``folders`` says
    that a directory given as input is read by this format; ``estimate(path)`` counts records cheaply, or
    returns None; ``check(path, keys)`` raises InvalidInputError before any work when the input cannot give
    a single record (a missing extra, a header without the text column).
    """

    name: str
    label: str  # how the help names the files, e.g. "JSONL(.gz)"
    suffixes: tuple[str, ...]
    read: Callable[[Path, str, Keys], Iterator[Item]]
    estimate: Callable[[Path], int | None] = no_estimate
    folders: bool = False
    check: Callable[[Path, Keys], None] = no_check


@dataclass(frozen=True)
class OutputFormat:
    """A writer: its ``--format`` name, how it writes one shard, and how it merges the shards of a run.

    ``write(folder, outcomes)`` writes a shard's files into a fresh folder; ``merge(folders, out_dir,
    tmp_suffix)`` joins the shard folders in order into ``out_dir`` (each file written under ``tmp_suffix``
    first, then renamed into place) and returns the final paths. ``extra`` names the pip extra it needs, and
    ``check()`` raises before any work when it is missing.
    """

    name: str
    write: Callable[[Path, list[Outcome]], None]
    merge: Callable[[list[Path], Path, str], list[Path]]
    extra: str | None = None
    check: Callable[[], None] = nothing_needed
