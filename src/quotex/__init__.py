"""quotex: quotes attributed to their speakers, entities and normalized values from English news text.

``import quotex`` loads only the errors; spaCy (through ``extract``, ``extract_many`` and ``load``) and
pydantic (through the result models) are imported on first use of a name that needs them.
"""

from importlib import import_module
from typing import TYPE_CHECKING

from quotex.errors import InvalidInputError, ModelNotFoundError, ProcessingError, QuotexError

if TYPE_CHECKING:
    from quotex.api import extract, extract_many
    from quotex.pipeline import load
    from quotex.schema import Article, DateValue, Entity, Mention, NumberValue, Quote, QuotePiece, RecordError

__version__ = "0.1.0"

_LAZY = {
    "extract": "quotex.api",
    "extract_many": "quotex.api",
    "load": "quotex.pipeline",
    **dict.fromkeys(
        ("Article", "DateValue", "Entity", "Mention", "NumberValue", "Quote", "QuotePiece", "RecordError"),
        "quotex.schema",
    ),
}


def __getattr__(name: str) -> object:
    """The public names that need spaCy or pydantic, imported on first use."""
    if name not in _LAZY:
        raise AttributeError(f"module 'quotex' has no attribute {name!r}")
    value = getattr(import_module(_LAZY[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


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
