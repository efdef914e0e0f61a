"""Normalized values for entities: dates as calendar ranges, quantities as numbers with units."""

from quotex.values.dates import normalize_date
from quotex.values.doc_values import set_values
from quotex.values.numbers import normalize_number

__all__ = ["normalize_date", "normalize_number", "set_values"]
