"""Input records: what one article is before processing, validated into one shape."""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from quotex.errors import InvalidInputError


@dataclass(frozen=True)
class Record:
    """One article to process."""

    text: str
    id: str | None = None
    published: dt.date | None = None
    url: str | None = None


def parse_published(value: str | dt.date | None) -> dt.date | None:
    """A publication date from a date, datetime or ISO 8601 string; a clear error if it does not parse."""
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    if not isinstance(value, str):
        raise InvalidInputError(f"published must be a date or an ISO 8601 string, not {type(value).__name__}")
    raw = value.strip()
    if not raw:
        return None
    try:
        return dt.datetime.fromisoformat(raw).date()
    except ValueError:
        pass
    try:
        return dt.date.fromisoformat(raw[:10])
    except ValueError:
        raise InvalidInputError(
            f"published: cannot read {value!r} as a date; use ISO 8601 such as 2024-05-03"
        ) from None


def to_record(item: str | dict[str, Any] | Record) -> Record:
    """A :class:`Record` from a string or a dict with ``text`` and optional ``id``, ``published``, ``url``."""
    if isinstance(item, Record):
        return item
    if isinstance(item, str):
        return Record(text=item)
    if not isinstance(item, dict):
        raise InvalidInputError(f"a record must be a str or a dict with 'text', not {type(item).__name__}")
    text = item.get("text")
    if not isinstance(text, str):
        raise InvalidInputError("a record dict needs a 'text' string")
    rid = item.get("id")
    url = item.get("url")
    return Record(
        text=text,
        id=None if rid is None else str(rid),
        published=parse_published(item.get("published")),
        url=None if url is None else str(url),
    )
