"""Turn processed Docs into an :class:`Article`: the one place spaCy objects become pydantic models."""

from collections.abc import Iterable

from pydantic import TypeAdapter
from spacy.tokens import Doc

from quotex.document.index import text_of
from quotex.document.marks import QuoteSegment, quote_pieces, quote_text
from quotex.extensions import QUOTES_KEY
from quotex.records import Record
from quotex.schema import Article, DateValue, Entity, Mention, NumberValue, Quote, QuotePiece

_VALUE = TypeAdapter(DateValue | NumberValue | None)


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``start, end`` moved inwards past white space: a span that took in a space token (two spaces, or a
    character the pipeline reads as a space, see ``quotex.textnorm``) never starts or ends on it."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _mention(text: str, info: dict | None, offset: int) -> Mention | None:
    if not info:
        return None
    start, end = trimmed(text, info["start"], info["end"])
    if start == end:
        return None
    return Mention(
        text=text[start:end],
        start=start + offset,
        end=end + offset,
        name=info.get("name"),
        label=info.get("label"),
    )


def entities_from_doc(doc: Doc, offset: int = 0) -> list[Entity]:
    """The entities of ``doc`` with their normalized values, offsets shifted by ``offset``."""
    entities = []
    text = text_of(doc)
    for ent in doc.ents:
        value = ent._.quotex_value
        start, end = trimmed(text, ent.start_char, ent.end_char)
        if start == end:
            continue
        entities.append(
            Entity(
                text=text[start:end],
                label=ent.label_,
                start=start + offset,
                end=end + offset,
                value=_VALUE.validate_python(value) if value else None,
            )
        )
    return entities


def quotes_from_doc(doc: Doc, offset: int = 0) -> list[Quote]:
    """The quotes of ``doc`` with speaker and cue mentions, offsets shifted by ``offset``."""
    quotes = []
    text = text_of(doc)
    for span in doc.spans.get(QUOTES_KEY, []):
        start, end = span._.quotex_bounds or (span.start_char, span.end_char)
        segment = QuoteSegment(start, end, span._.quotex_closed is not False)
        pieces = [
            QuotePiece(text=text[s:e], start=s + offset, end=e + offset)
            for s, e in quote_pieces(text, segment)
        ]
        quotes.append(
            Quote(
                text=quote_text(text, segment),
                start=start + offset,
                end=end + offset,
                pieces=pieces,
                speaker=_mention(text, span._.quotex_speaker, offset),
                cue=_mention(text, span._.quotex_cue, offset),
            )
        )
    return quotes


def build_article(record: Record, pieces: Iterable[tuple[int, Doc]]) -> Article:
    """One Article from the Docs of a record's pieces, each with its offset into the record's text."""
    entities: list[Entity] = []
    quotes: list[Quote] = []
    for offset, doc in pieces:
        entities.extend(entities_from_doc(doc, offset))
        quotes.extend(quotes_from_doc(doc, offset))
    return Article(id=record.id, url=record.url, published=record.published, entities=entities, quotes=quotes)
