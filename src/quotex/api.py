"""The public functions: extract one article, or many in a stream."""

import datetime as dt
import threading
from collections.abc import Iterable, Iterator
from itertools import groupby

from spacy.language import Language
from spacy.tokens import Doc

from quotex.article import build_article
from quotex.chunking import DEFAULT_CHUNK_CHARS, split_text
from quotex.errors import InvalidInputError
from quotex.pipeline import load
from quotex.records import Record, parse_published, to_record
from quotex.schema import Article

_PIPELINES: dict[str | None, Language] = {}
_LOCK = threading.Lock()


def get_pipeline(model: str | None = None) -> Language:
    """The quotex pipeline for ``model``, loaded once per process."""
    with _LOCK:
        if model not in _PIPELINES:
            _PIPELINES[model] = load(model)
        return _PIPELINES[model]


def _docs_for(nlp: Language, index: int, record: Record, chunk_chars: int) -> Iterator[tuple[Doc, tuple]]:
    published = record.published.isoformat() if record.published else None
    for offset, piece in split_text(record.text, chunk_chars):
        doc = nlp.make_doc(piece)
        doc._.quotex_published = published
        yield doc, (index, offset)


def process_records(
    nlp: Language,
    records: Iterable[Record],
    *,
    n_process: int = 1,
    batch_size: int = 32,
    chunk_chars: int = DEFAULT_CHUNK_CHARS,
) -> Iterator[Article]:
    """Articles for ``records``, in input order, through ``nlp``; long texts are processed in pieces."""
    kept: dict[int, Record] = {}

    def docs() -> Iterator[tuple[Doc, tuple]]:
        for index, record in enumerate(records):
            kept[index] = record
            yield from _docs_for(nlp, index, record, chunk_chars)

    processed = nlp.pipe(docs(), as_tuples=True, n_process=n_process, batch_size=batch_size)
    for index, group in groupby(processed, key=lambda pair: pair[1][0]):
        pieces = [(ctx[1], doc) for doc, ctx in group]
        yield build_article(kept.pop(index), pieces)


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
    """
    if not isinstance(text, str):
        raise InvalidInputError(f"text must be a str, not {type(text).__name__}")
    record = Record(text=text, id=id, published=parse_published(published), url=url)
    return next(process_records(get_pipeline(model), [record]))


def extract_many(
    records: Iterable[str | dict],
    *,
    n_process: int = 1,
    batch_size: int = 32,
    model: str | None = None,
) -> Iterator[Article]:
    """Articles for a stream of texts or ``{"text", "id", "published", "url"}`` dicts, in input order."""
    if n_process < 1:
        raise InvalidInputError("n_process must be at least 1")
    return process_records(
        get_pipeline(model), (to_record(r) for r in records), n_process=n_process, batch_size=batch_size
    )
