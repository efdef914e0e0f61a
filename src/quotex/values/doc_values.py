"""Values for the entities of one Doc: DATE spans read with their clause's tense and a range split by spaCy
rejoined, number spans with the words around them."""

import re

from spacy.tokens import Doc, Span

from quotex.values.dates import normalize_date
from quotex.values.numbers import normalize_number
from quotex.values.tense import governing_tense

NUMBER_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL"})
DATE_LABELS = frozenset({"DATE", "TIME"})
RANGE_WORDS = frozenset({"from", "between"})
RANGE_LINKS = frozenset({"to", "until", "till", "through", "thru", "and", "-", "\u2013", "\u2014"})


def set_values(doc: Doc) -> None:
    """Normalize every entity of ``doc`` in place."""
    published = doc._.quotex_published
    ents = doc.ents
    joined: dict | None = None
    for index, ent in enumerate(ents):
        if ent.label_ in DATE_LABELS:
            if joined is not None:  # second half of a range already read with the first
                ent._.quotex_value, joined = joined, None
                continue
            following = ents[index + 1] if index + 1 < len(ents) else None
            ent._.quotex_value, joined = date_value(ent, published, following)
        elif ent.label_ in NUMBER_LABELS:
            before = doc.text[max(0, ent.start_char - 40) : ent.start_char]
            after = doc.text[ent.end_char : ent.end_char + 40]
            ent._.quotex_value = normalize_number(ent.text, ent.label_, before, after)


def date_value(ent: Span, published: str | None, following: Span | None) -> tuple[dict | None, dict | None]:
    """(value of ``ent``, value for ``following`` when spaCy split one range in two: "from March to May")."""
    doc = ent.doc
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    tense = governing_tense(ent)
    link = _range_link(ent, following, before)
    if link is not None:
        text = doc[ent.start : following.end].text
        value = normalize_date(text, published, tense, before)
        if value is not None:
            return value, value
    text = ent.text
    if ent[-1].lower_ in ("of", "in") and ent.end < len(doc) and re.fullmatch(r"\d{4}", doc[ent.end].text):
        text = doc[ent.start : ent.end + 1].text  # "the autumn of" + "1899" left outside the span
    return normalize_date(text, published, tense, before), None


def _range_link(ent: Span, following: Span | None, before: str) -> str | None:
    """The word joining ``ent`` and the next DATE entity into one range ("to"; "and" after "between")."""
    if following is None or following.label_ != "DATE" or following.start - ent.end > 1:
        return None
    link = ent.doc[ent.end] if following.start > ent.end else ent[-1]
    word = link.lower_
    opened = before in RANGE_WORDS or ent[0].lower_ in RANGE_WORDS
    if word in RANGE_LINKS and (word != "and" or opened):
        return word
    return None
