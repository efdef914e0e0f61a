"""Errors quotex raises on bad input: clear messages, never a traceback from deep inside spaCy."""


class QuotexError(Exception):
    """Base class of quotex's own errors."""


class InvalidInputError(QuotexError, ValueError):
    """A text, record or option quotex cannot use, with the reason in words."""


class ModelNotFoundError(QuotexError, OSError):
    """The requested spaCy pipeline is not installed or lacks a parser and NER."""
