"""Readers (records in) and writers (results out) for batch runs; all of them stream."""

from quotex.io.items import Item, Keys
from quotex.io.outcomes import Counts, Outcome
from quotex.io.readers import read_input
from quotex.io.registry import READERS, WRITERS, detect_format, input_formats, output_formats

__all__ = [
    "READERS",
    "WRITERS",
    "Counts",
    "Item",
    "Keys",
    "Outcome",
    "detect_format",
    "input_formats",
    "output_formats",
    "read_input",
]
