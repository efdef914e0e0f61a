"""Span-level repairs of entities: junk dropped, "the" and titles trimmed, currency kept in MONEY."""

from spacy.tokens import Doc, Span, Token

from quotex.document.index import doc_index
from quotex.document.lexicon import given_names, person_titles, title_key
from quotex.entities.words import (
    CLITICS,
    CURRENCY_NOUNS,
    CURRENCY_PREFIXES,
    KEEP_THE,
    NAME_LABELS,
)

# Punctuation that never starts or ends an entity ("%" and currency signs do, so they are not here).
EDGE_PUNCT = frozenset(",;:!?\"'“”‘’«»()[]{}-–—/") | {"--", "...", "…"}
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def is_title(text: str) -> bool:
    """True for a title or role written before a name ("Mayor", "Dr.", "Gen.")."""
    return title_key(text) in person_titles()


def is_junk(span: Span, cased_text: bool) -> bool:
    """True for spans that cannot be entities: clitics, punctuation, and uncased words labelled as names."""
    text = span.text.strip()
    if not text or all(t.is_punct or t.is_space or t.is_quote for t in span):
        return True
    if len(span) == 1 and (text.lower() in CLITICS or span[0].tag_ == "POS"):
        return True
    if span.label_ in NAME_LABELS:
        if text.lower() in CLITICS or (text[0] in "'’" and len(text) <= 4):
            return True
        # English names are capitalized; in cased text an all-lowercase "name" is a common word (groups
        # such as "communist" are the exception: NORP covers them).
        if cased_text and span.label_ != "NORP" and not any(c.isupper() or c.isdigit() for c in text):
            return True
    return False


def _edge_junk(token: Token) -> bool:
    """True for a token that never ends an entity: punctuation, space, the possessive "'s"."""
    return token.text in EDGE_PUNCT or token.is_space or token.tag_ == "POS" or token.lower_ in _POSSESSIVES


def trim(span: Span) -> Span | None:
    """``span`` without edge punctuation, possessive, leading "the" (names) or titles (PERSON), and cut at a
    colon inside it: a name never runs over a colon ("HOLM: Was" in a transcript, "Clinton: Hillary" in a
    headline)."""
    start, end = span.start, span.end
    doc = span.doc
    colon = next((t.i for t in doc[start + 1 : end] if t.text == ":"), None)
    if colon is not None and not any(t.like_num for t in doc[start:end]):  # 10:30 is a time
        end = colon
    while start < end and (doc[start].text in EDGE_PUNCT or doc[start].is_space):
        if doc[start].text in "-–" and start + 1 < end and doc[start + 1].like_num:
            break  # a minus sign
        start += 1
    while end > start and (_edge_junk(doc[end - 1])):
        end -= 1
    label = span.label_
    if (
        label in NAME_LABELS
        and end - start > 1
        and doc[start].lower_ == "the"
        and doc[start:end].text.lower() not in KEEP_THE
    ):
        start += 1
    if label == "PERSON":
        while end - start > 1 and is_title(doc[start].text) and doc[start + 1].text[:1].isupper():
            start += 1
    if start >= end:
        return None
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label=label)


def attach_currency(span: Span) -> Span:
    """Numbers with a currency sign or noun beside them become MONEY spans that include it."""
    if span.label_ not in ("MONEY", "CARDINAL"):
        return span
    doc = span.doc
    start, end = span.start, span.end
    label = span.label_
    if start > 0 and (doc[start - 1].is_currency or doc[start - 1].lower_ in CURRENCY_PREFIXES):
        start -= 1
        label = "MONEY"
    if end < len(doc) and doc[end].lower_ in CURRENCY_NOUNS:
        end += 1
        label = "MONEY"
    if (start, end, label) == (span.start, span.end, span.label_):
        return span
    return Span(doc, start, end, label=label)


def _has_digit(token: Token) -> bool:
    return token.like_num and any(c.isdigit() for c in token.text)


def number_in_name(span: Span) -> Span | None:
    """A name-labelled span with a number in it: MONEY beside a currency, dropped if a person or place."""
    if span.label_ not in NAME_LABELS or not any(_has_digit(t) for t in span):
        return span
    doc = span.doc
    currency_after = span.end < len(doc) and doc[span.end].lower_ in CURRENCY_NOUNS
    if span[0].lower_ in CURRENCY_PREFIXES or currency_after:
        return Span(doc, span.start, span.end, label="MONEY")
    return None if span.label_ in ("PERSON", "GPE", "LOC", "NORP") else span


def titled_person(span: Span) -> Span:
    """A title followed by a given name and more capitalized words is a person, whatever the model called it
    ("Mayor Ana Lopez" read as a work of art)."""
    if span.label_ == "PERSON" or len(span) < 3 or not is_title(span[0].text):
        return span
    rest = span[1:]
    if rest[0].lower_ in given_names() and all(t.text[:1].isupper() and t.is_alpha for t in rest):
        return Span(span.doc, span.start, span.end, label="PERSON")
    return span


def clean_entities(doc: Doc, ents: list[Span]) -> list[Span]:
    """Junk dropped and boundaries repaired for every entity in ``ents``."""
    text = doc_index(doc).text
    cased_text = text != text.lower() and text != text.upper()
    out = []
    for ent in ents:
        span = trim(titled_person(ent))
        if span is not None:
            span = number_in_name(span)
        if span is not None and not is_junk(span, cased_text):
            out.append(attach_currency(span))
    return out
