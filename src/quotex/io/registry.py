"""The input formats and output writers ``quotex run`` knows, in one place.

Adding a format: write its module (an ``InputFormat`` or ``OutputFormat`` at the bottom, see
``quotex.io.formats``) and list it here; the CLI's choices, help and defaults, the file-name detection and
the validation of a run all derive from these two tuples.
"""

from pathlib import Path

from quotex.errors import InvalidInputError
from quotex.io import delimited, jsonl, parquet, text, warc
from quotex.io.formats import InputFormat, OutputFormat

READERS: dict[str, InputFormat] = {
    f.name: f for f in (jsonl.READER, delimited.CSV, delimited.TSV, text.READER, warc.READER)
}
WRITERS: dict[str, OutputFormat] = {f.name: f for f in (jsonl.WRITER, parquet.WRITER)}
AUTO = "auto"
DEFAULT_INPUT_FORMAT = AUTO
DEFAULT_OUTPUT_FORMAT = "jsonl"


def input_formats() -> tuple[str, ...]:
    """The values ``--input-format`` accepts: ``auto`` and every reader."""
    return (AUTO, *READERS)


def output_formats() -> tuple[str, ...]:
    """The values ``--format`` accepts."""
    return tuple(WRITERS)


def _one_of(names: tuple[str, ...]) -> str:
    return ", ".join(names[:-1]) + f" or {names[-1]}" if len(names) > 1 else names[0]


def reader(name: str) -> InputFormat:
    """The reader called ``name``, or an error listing the known ones."""
    if name not in READERS:
        known = ", ".join(input_formats())
        raise InvalidInputError(f"unknown input format {name!r}; choose one of {known}")
    return READERS[name]


def writer(name: str) -> OutputFormat:
    """The writer called ``name``, or an error listing the known ones."""
    if name not in WRITERS:
        known = ", ".join(output_formats())
        raise InvalidInputError(f"unknown output format {name!r}; choose one of {known}")
    return WRITERS[name]


def detect_format(path: Path) -> str:
    """The reader for ``path`` from its suffix (``.gz`` ignored); directories go to the folder reader."""
    if path.is_dir():
        return next(f.name for f in READERS.values() if f.folders)
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    suffix = Path(name).suffix
    for fmt in READERS.values():
        if suffix in fmt.suffixes:
            return fmt.name
    raise InvalidInputError(f"{path}: cannot tell the format from the name; pass --input-format")


def estimate_records(paths: list[Path]) -> int | None:
    """How many records the inputs hold when every reader can count its input cheaply, else None."""
    total = 0
    for path in paths:
        try:
            count = READERS[detect_format(path)].estimate(path)
        except InvalidInputError:
            return None
        if count is None:
            return None
        total += count
    return max(total, 0)


def inputs_help() -> str:
    """Help for the input paths of ``quotex run``."""
    files = [f.label for f in READERS.values() if not f.folders]
    folders = [f.label for f in READERS.values() if f.folders]
    return f"{', '.join(files)} files, or {' or '.join(folders)}."


def input_format_help() -> str:
    """Help for ``--input-format``."""
    return f"{AUTO} (from the file name), {_one_of(tuple(READERS))}."


def output_format_help() -> str:
    """Help for ``--format``."""
    names = [f.name + (f" (needs the {f.extra} extra)" if f.extra else "") for f in WRITERS.values()]
    return "Output: " + ", or ".join(names) + "."
