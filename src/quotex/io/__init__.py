"""Readers (records in) and writers (results out) for batch runs; all of them stream."""

from quotex.io.items import Item, Keys
from quotex.io.outcomes import Counts, Outcome
from quotex.io.readers import FORMATS, detect_format, read_input
from quotex.io.shards import OUTPUT_FORMATS

__all__ = ["FORMATS", "OUTPUT_FORMATS", "Counts", "Item", "Keys", "Outcome", "detect_format", "read_input"]
