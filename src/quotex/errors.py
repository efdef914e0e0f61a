"""Errors quotex raises on bad input: clear messages, never a traceback from deep inside spaCy."""


class QuotexError(Exception):
    """Base class of quotex's own errors."""


class InvalidInputError(QuotexError, ValueError):
    """A text, record or option quotex cannot use, with the reason in words.

    ``argument`` names what was wrong (``text``, ``id``, ``published``, ``batch_size``...); in a stream,
    ``position`` is the record's index (from 0) and ``record_id`` its id when it had one. ``reason`` is the
    message without the record's position, as an error result of ``extract_many`` carries it.
    """

    def __init__(
        self,
        message: str,
        argument: str | None = None,
        position: int | None = None,
        record_id: str | None = None,
    ) -> None:
        self.reason = message
        self.argument = argument
        self.position = position
        self.record_id = record_id
        super().__init__(message if position is None else f"{_where(position, record_id)}: {message}")

    def at(self, position: int, record_id: str | None = None) -> "InvalidInputError":
        """This error, located at record ``position`` (with its id) of a stream."""
        return type(self)(self.reason, self.argument, position, record_id)


class ProcessingError(QuotexError, RuntimeError):
    """The pipeline raised on a valid input; the message names the record and the original error."""


class ModelNotFoundError(QuotexError, OSError):
    """The requested spaCy pipeline is not installed or lacks a parser and NER."""


def _where(position: int, record_id: str | None) -> str:
    return f"record {position}" + (f" (id {record_id!r})" if record_id is not None else "")


def located(message: str, position: int, record_id: str | None) -> str:
    """``message`` prefixed with the record's position and id."""
    return f"{_where(position, record_id)}: {message}"


def failure_message(error: BaseException) -> str:
    """``processing failed: <type>: <message>``, safe to write as UTF-8 JSON (no lone surrogates)."""
    from quotex.textnorm import without_surrogates

    return f"processing failed: {type(error).__name__}: {without_surrogates(str(error))}"
