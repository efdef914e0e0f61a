"""Input records and the checks at the API boundary: every argument is validated here, in one place.

Each check raises :class:`~quotex.errors.InvalidInputError` naming the argument and saying what was
wrong, before anything reaches spaCy.
"""

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from quotex.errors import InvalidInputError
from quotex.textnorm import has_surrogates

ERROR_MODES = ("raise", "skip", "record")
# ISO 8601 as written in feeds and archives: a date, optionally a time and a zone, nothing else
_ISO_DATE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ]\d{2}(?::?\d{2}(?::?\d{2}(?:[.,]\d+)?)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?"
)


@dataclass(frozen=True)
class Record:
    """One article to process."""

    text: str
    id: str | None = None
    published: dt.date | None = None
    url: str | None = None


def check_text(value: Any, argument: str = "text") -> str:
    """``value`` if it is a str, else a clear error (bytes must be decoded by the caller)."""
    if not isinstance(value, str):
        binary = isinstance(value, bytes | bytearray)
        hint = "; decode bytes first, e.g. data.decode('utf-8')" if binary else ""
        raise InvalidInputError(f"{argument} must be a str, not {type(value).__name__}{hint}", argument)
    return value


def check_label(value: Any, argument: str) -> str | None:
    """An id (None, a str, or an int written as digits) or a URL (None or a str); no lone surrogates."""
    if value is None:
        return None
    if argument == "id" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise InvalidInputError(f"{argument} must be a str or None, not {type(value).__name__}", argument)
    if has_surrogates(value):
        raise InvalidInputError(
            f"{argument} holds a lone surrogate ({value!r}), which no JSON or UTF-8 output can carry",
            argument,
        )
    return value


def parse_published(value: str | dt.date | None) -> dt.date | None:
    """A publication date from a date, datetime or ISO 8601 string read whole; a clear error otherwise.

    An empty string means no date. A date-time gives its date as written (no time-zone conversion).
    """
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    if not isinstance(value, str):
        raise InvalidInputError(
            f"published must be a date or an ISO 8601 string, not {type(value).__name__}", "published"
        )
    raw = value.strip()
    if not raw:
        return None
    m = _ISO_DATE.fullmatch(raw)
    try:
        if m is None:
            raise ValueError
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise InvalidInputError(
            f"published: cannot read {value!r} as a date; use ISO 8601 such as 2024-05-03", "published"
        ) from None


def check_count(value: Any, argument: str) -> int:
    """A positive int (``batch_size``, ``n_process``); bools and floats are refused."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidInputError(f"{argument} must be an int, not {type(value).__name__}", argument)
    if value < 1:
        raise InvalidInputError(f"{argument} must be at least 1, not {value}", argument)
    return value


def check_error_mode(value: Any) -> str:
    """One of ``raise``, ``skip``, ``record``."""
    if value not in ERROR_MODES:
        modes = ", ".join(map(repr, ERROR_MODES))
        raise InvalidInputError(f"errors must be one of {modes}, not {value!r}", "errors")
    return value


def make_record(text: Any, id: Any = None, published: Any = None, url: Any = None) -> Record:
    """A :class:`Record` from the arguments of ``extract``, each checked."""
    return Record(
        text=check_text(text),
        id=check_label(id, "id"),
        published=parse_published(published),
        url=check_label(url, "url"),
    )


def record_id(item: Any) -> str | None:
    """The id a raw stream item claims, for error messages (None when it has no usable one)."""
    if isinstance(item, Record):
        return item.id
    if isinstance(item, Mapping):
        rid = item.get("id")
        if isinstance(rid, str) and not has_surrogates(rid):
            return rid
        if isinstance(rid, int) and not isinstance(rid, bool):
            return str(rid)
    return None


def to_record(item: str | Mapping[str, Any] | Record) -> Record:
    """A :class:`Record` from a str or a mapping with ``text`` and optional ``id``, ``published``, ``url``."""
    if isinstance(item, Record):
        return item
    if isinstance(item, str):
        return Record(text=item)
    if not isinstance(item, Mapping):
        raise InvalidInputError(
            f"a record must be a str or a dict with 'text', not {type(item).__name__}", "record"
        )
    if "text" not in item:
        raise InvalidInputError("a record dict needs a 'text' string", "text")
    return make_record(item["text"], item.get("id"), item.get("published"), item.get("url"))
