"""The public functions: extract one article, or many in a stream.

Every argument is checked at this boundary (``quotex.records``); texts are cleaned of characters that carry
no words without moving any offset (``quotex.textnorm``) before spaCy sees them.
"""

import datetime as dt
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from quotex.article import build_article
from quotex.chunking import DEFAULT_CHUNK_CHARS, pipe_in_batches, split_text
from quotex.errors import InvalidInputError, ProcessingError, failure_message, located
from quotex.pipeline import load
from quotex.records import (
    Record,
    check_count,
    check_error_mode,
    make_record,
    record_id,
    to_record,
)
from quotex.schema import Article, RecordError
from quotex.textnorm import clean_text, hostile_prefix

_PIPELINES: dict[str | None, Language] = {}
_LOCK = threading.Lock()


def get_pipeline(model: str | None = None) -> Language:
    """The quotex pipeline for ``model``, loaded once per process."""
    if model is not None and not isinstance(model, str):
        raise InvalidInputError(f"model must be a str or None, not {type(model).__name__}", "model")
    with _LOCK:
        if model not in _PIPELINES:
            _PIPELINES[model] = load(model)
        return _PIPELINES[model]


def _docs_for(nlp: Language, index: int, record: Record, chunk_chars: int) -> Iterator[tuple[Doc, tuple]]:
    published = record.published.isoformat() if record.published else None
    skip = hostile_prefix(record.text)  # a leading BOM must not change what the model sees
    for offset, piece in split_text(clean_text(record.text[skip:]), chunk_chars):
        doc = nlp.make_doc(piece)
        doc._.quotex_published = published
        yield doc, (index, skip + offset)


def process_records(
    nlp: Language,
    records: Iterable[Record],
    *,
    n_process: int = 1,
    batch_size: int = 32,
    chunk_chars: int = DEFAULT_CHUNK_CHARS,
) -> Iterator[Article]:
    """Articles for ``records``, in input order, through ``nlp``; long texts are processed in pieces."""
    for _, article in _indexed_articles(nlp, enumerate(records), n_process, batch_size, chunk_chars, {}):
        yield article


def _indexed_articles(
    nlp: Language,
    records: Iterable[tuple[int, Record]],
    n_process: int,
    batch_size: int,
    chunk_chars: int,
    in_flight: dict[int, Record],
) -> Iterator[tuple[int, Article]]:
    """``(index, Article)`` for indexed records; ``in_flight`` holds those sent to spaCy and not yet back."""

    def docs() -> Iterator[tuple[Doc, tuple]]:
        for index, record in records:
            in_flight[index] = record
            yield from _docs_for(nlp, index, record, chunk_chars)

    if n_process == 1:
        processed = pipe_in_batches(nlp, docs(), batch_size, chunk_chars)
    else:
        processed = nlp.pipe(docs(), as_tuples=True, n_process=n_process, batch_size=batch_size)
    for index, group in groupby(processed, key=lambda pair: pair[1][0]):
        # each piece's Doc becomes Article parts as it arrives, so a long text never holds all its Docs
        article = build_article(in_flight[index], ((ctx[1], doc) for doc, ctx in group))
        del in_flight[index]  # only once built: a failure leaves the record to be retried
        yield index, article


def extract(
    text: str,
    *,
    published: str | dt.date | None = None,
    id: str | None = None,
    url: str | None = None,
    model: str | None = None,
) -> Article:
    """Entities, values and attributed quotes of one article.

    ``published`` (a date or ISO 8601 string) is the reference for relative dates such as "last week".
    Raises :class:`InvalidInputError` for a bad argument, :class:`ProcessingError` if the pipeline fails.
    """
    record = make_record(text, id, published, url)
    nlp = get_pipeline(model)
    try:
        return next(process_records(nlp, [record]))
    except Exception as e:
        raise ProcessingError(failure_message(e)) from e


@dataclass
class _Stream:
    """What the validating reader of a stream found besides good records."""

    mode: str
    failures: deque  # (index, RecordError) in input order, not yet yielded
    stop: Exception | None = None  # the error that ends the stream (errors="raise", or the caller's iterator)


def _validated(records: Iterable[Any], state: _Stream) -> Iterator[tuple[int, Record]]:
    """``(index, Record)`` for each good record; bad ones noted in ``state`` according to its mode."""
    source = iter(records)
    index = -1
    while True:
        index += 1
        try:
            item = next(source)
        except StopIteration:
            return
        except Exception as e:  # the caller's iterator failed: end here, after the results already made
            state.stop = e
            return
        try:
            record = to_record(item)
        except InvalidInputError as e:
            error = e.at(index, record_id(item))
            if state.mode == "raise":
                state.stop = error
                return
            if state.mode == "record":
                failure = RecordError(id=error.record_id, source=f"record {index}", error=error.reason)
                state.failures.append((index, failure))
            continue
        yield index, record


def _resilient(
    nlp: Language, records: Iterator[tuple[int, Record]], n_process: int, batch_size: int, state: _Stream
) -> Iterator[tuple[int, Article | RecordError]]:
    """Articles for ``records``; when the pipeline raises, the records in flight are retried one by one, the
    one that fails again becomes an error (or, with errors="raise", ends the stream), and the rest go on."""
    while True:
        in_flight: dict[int, Record] = {}
        try:
            yield from _indexed_articles(nlp, records, n_process, batch_size, DEFAULT_CHUNK_CHARS, in_flight)
            return
        except Exception as e:  # one record made the pipeline fail: find it alone
            if not in_flight:  # no record to blame: the pipeline itself is broken
                raise ProcessingError(failure_message(e)) from e
        for index, record in sorted(in_flight.items()):
            try:
                yield index, next(process_records(nlp, [record]))
            except Exception as e:
                reason = failure_message(e)
                if state.mode == "raise":
                    state.stop = ProcessingError(located(reason, index, record.id))
                    state.stop.__cause__ = e
                    return
                if state.mode == "record":
                    yield index, RecordError(id=record.id, source=f"record {index}", error=reason)


def _stream(
    nlp: Language, records: Iterable[Any], n_process: int, batch_size: int, mode: str
) -> Iterator[Article | RecordError]:
    state = _Stream(mode, deque())
    for index, result in _resilient(nlp, _validated(records, state), n_process, batch_size, state):
        while state.failures and state.failures[0][0] < index:
            yield state.failures.popleft()[1]
        yield result
    while state.failures:
        yield state.failures.popleft()[1]
    if state.stop is not None:
        raise state.stop


def extract_many(
    records: Iterable[str | dict],
    *,
    n_process: int = 1,
    batch_size: int = 32,
    model: str | None = None,
    errors: str = "raise",
) -> Iterator[Article | RecordError]:
    """Articles for a stream of texts or ``{"text", "id", "published", "url"}`` dicts, in input order.

    ``errors`` says what a bad record (or one that makes the pipeline fail) does: ``"raise"`` ends the stream
    with an :class:`InvalidInputError` (or :class:`ProcessingError`) naming its position and id, after every
    result before it; ``"skip"`` leaves it out; ``"record"`` yields a :class:`RecordError` in its place.
    """
    check_count(n_process, "n_process")
    check_count(batch_size, "batch_size")
    check_error_mode(errors)
    if isinstance(records, str | bytes | dict):
        raise InvalidInputError(
            f"records must be an iterable of records (texts or dicts), not one {type(records).__name__}",
            "records",
        )
    if not isinstance(records, Iterable):
        raise InvalidInputError(f"records must be an iterable, not {type(records).__name__}", "records")
    return _stream(get_pipeline(model), records, n_process, batch_size, errors)


__all__ = ["extract", "extract_many", "get_pipeline", "process_records"]
