"""quotex: quotes attributed to their speakers, entities and normalized values from English news text."""

from quotex.api import extract, extract_many
from quotex.errors import InvalidInputError, ModelNotFoundError, ProcessingError, QuotexError
from quotex.pipeline import load
from quotex.schema import Article, DateValue, Entity, Mention, NumberValue, Quote, QuotePiece, RecordError

__version__ = "0.1.0"

__all__ = [
    "Article",
    "DateValue",
    "Entity",
    "InvalidInputError",
    "Mention",
    "ModelNotFoundError",
    "NumberValue",
    "ProcessingError",
    "Quote",
    "QuotePiece",
    "QuotexError",
    "RecordError",
    "__version__",
    "extract",
    "extract_many",
    "load",
]
