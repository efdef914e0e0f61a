"""What a reader yields: one input record, already validated into a Record or turned into an error."""

import dataclasses
import json
from dataclasses import dataclass
from typing import Any

from quotex.errors import InvalidInputError
from quotex.records import Record, to_record
from quotex.textnorm import clean_text, has_surrogates


@dataclass(frozen=True)
class Keys:
    """Which fields of a JSON object or CSV row hold the text, id, date and URL."""

    text: str = "text"
    id: str = "id"
    published: str = "published"
    url: str = "url"


@dataclass(frozen=True)
class Item:
    """One input record: a Record to process, or the reason it cannot be processed.

    ``id`` is the record's own id, else its ``source`` (file and position), so it is stable across runs.
    ``duplicate_of`` is set by the batch run when an earlier record had exactly the same text.
    """

    id: str
    source: str
    record: Record | None = None
    error: str | None = None
    duplicate_of: str | None = None

    @property
    def ok(self) -> bool:
        """True when the record can be processed."""
        return self.record is not None and self.error is None

    def as_duplicate_of(self, first_id: str) -> "Item":
        """This item marked as a duplicate of the record ``first_id``."""
        return dataclasses.replace(self, duplicate_of=first_id)


def error_item(source: str, error: str, id: str | None = None) -> Item:
    """An item that cannot be processed, keeping its id when the record had one."""
    return Item(id=id or source, source=source, error=error)


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def item_from_text(
    source: str, text: str, *, id: str | None = None, published: Any = None, url: Any = None
) -> Item:
    """An item from a text and its metadata; an empty text or an unusable id, date or URL becomes an error.

    Lone surrogates, format and control characters in the text are no error: the pipeline reads them as
    spaces (``quotex.textnorm``), exactly as ``quotex.extract`` does.
    """
    rid = _clean(id)
    if rid is not None and has_surrogates(rid):
        return error_item(source, f"id {rid!r} is not valid Unicode (a lone surrogate)")
    rid = rid or source
    if not clean_text(text).strip():
        return error_item(source, "empty text", rid)
    try:
        record = to_record({"text": text, "id": rid, "published": _clean(published), "url": _clean(url)})
    except InvalidInputError as e:
        return error_item(source, str(e), rid)
    return Item(id=rid, source=source, record=record)


def item_from_mapping(source: str, data: Any, keys: Keys) -> Item:
    """An item from a parsed JSON object or CSV row, reading fields named by ``keys``."""
    if not isinstance(data, dict):
        return error_item(source, f"expected a JSON object, got {type(data).__name__}")
    raw_id, url = data.get(keys.id), data.get(keys.url)
    if raw_id is not None and (isinstance(raw_id, bool) or not isinstance(raw_id, str | int | float)):
        return error_item(source, f"{keys.id!r} is a {type(raw_id).__name__}, not a string or number")
    rid = _clean(raw_id)
    if rid is not None and has_surrogates(rid):
        return error_item(source, f"id {rid!r} is not valid Unicode (a lone surrogate)")
    if url is not None and not isinstance(url, str):
        return error_item(source, f"{keys.url!r} is a {type(url).__name__}, not a string", rid)
    text = data.get(keys.text)
    if text is None:
        return error_item(source, f"no {keys.text!r} field", rid)
    if not isinstance(text, str):
        return error_item(source, f"{keys.text!r} is a {type(text).__name__}, not a string", rid)
    return item_from_text(source, text, id=rid, published=data.get(keys.published), url=url)


def item_from_json_line(source: str, line: str, keys: Keys) -> Item:
    """An item from one JSONL line; invalid JSON becomes an error item."""
    line = line.rstrip("\r\n")  # the line break is no part of the record (inside a string it is an error)
    try:
        data = json.loads(line, strict=False)  # raw tabs and control characters in strings are read
    except json.JSONDecodeError as e:
        if e.msg.startswith("Unterminated string") or e.pos >= len(line.rstrip()):
            return error_item(source, "invalid JSON: the line ends before the record does (cut off?)")
        return error_item(source, f"invalid JSON ({e.msg.removesuffix(' at')}, column {e.colno})")
    except RecursionError:
        return error_item(source, "invalid JSON: nested too deeply")
    return item_from_mapping(source, data, keys)
