"""Split long texts into pieces spaCy can parse, keeping each piece's offset into the original."""

import re
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_CHUNK_CHARS = 100_000  # the parser needs about 1 GB per 100,000 characters
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"(?<=[.!?])\s+"), re.compile(r"\s+"))


def split_text(text: str, max_chars: int = DEFAULT_CHUNK_CHARS) -> list[tuple[int, str]]:
    """``[(offset, piece)]`` covering ``text``, each piece at most ``max_chars`` long.

    Cuts at the last paragraph break before the limit, else a line break, a sentence end, a space,
    and only as a last resort mid-word.
    """
    if max_chars < 1:
        raise ValueError("max_chars must be positive")
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > max_chars:
        window = text[start : start + max_chars]
        cut = max_chars
        for pattern in _BREAKS:
            ends = [m.end() for m in pattern.finditer(window) if m.end() > max_chars // 2]
            if ends:
                cut = ends[-1]
                break
        pieces.append((start, text[start : start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


def pipe_in_batches(
    nlp: Language, docs: Iterable[tuple[Doc, tuple]], batch_size: int, chunk_chars: int = DEFAULT_CHUNK_CHARS
) -> Iterator[tuple[Doc, tuple]]:
    """``nlp.pipe(docs, as_tuples=True)`` in batches of at most ``batch_size`` Docs and about ``chunk_chars``
    characters: a piece of a long text goes through spaCy alone, so memory stays bounded by one piece."""
    batch: list[tuple[Doc, tuple]] = []
    chars = 0
    for item in docs:
        size = _length(item[0])
        if batch and chars + size > chunk_chars:
            yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))
            batch, chars = [], 0
        batch.append(item)
        chars += size
        if len(batch) >= batch_size:
            yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))
            batch, chars = [], 0
    if batch:
        yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))


def _length(doc: Doc) -> int:
    """The characters of ``doc`` (without building ``doc.text``)."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
