"""quotex_values: DateValue / NumberValue dicts for entity spans, relative to ``doc._.quotex_published``."""

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from quotex.components.base import DocComponent
from quotex.extensions import register_extensions
from quotex.values import normalize_date, normalize_number

NUMBER_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL"})
DATE_LABELS = frozenset({"DATE", "TIME"})
RANGE_WORDS = frozenset({"from", "between"})
RANGE_LINKS = frozenset({"to", "until", "till", "through", "thru", "and", "-", "\u2013", "\u2014"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "to"})
PERFECT_AUX = frozenset({"has", "have", "'ve", "'s", "had"})


@Language.factory(
    "quotex_values",
    assigns=["span._.quotex_value"],
    requires=["doc.ents", "token.dep", "token.tag"],
    default_config={},
)
def make_value_normalizer(nlp: Language, name: str) -> "ValueNormalizer":
    """Factory for :class:`ValueNormalizer`."""
    return ValueNormalizer(name)


class ValueNormalizer(DocComponent):
    """Sets ``ent._.quotex_value`` on DATE and number entities (None where no value applies)."""

    def __init__(self, name: str = "quotex_values") -> None:
        self.name = name
        register_extensions()

    def annotate(self, doc: Doc) -> None:
        set_values(doc)


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


def governing_tense(ent: Span) -> str | None:
    """ "past", "future", "present" or None: the tense of the verb the date attaches to."""
    token: Token = ent.root
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX"):
            return verb_tense(token)
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def verb_tense(verb: Token) -> str | None:
    """Tense from a verb's tag and auxiliaries: "will vote" future, "has said" past, "meets" present."""
    aux = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    words = {child.lower_ for child in aux}
    tags = {verb.tag_} | {child.tag_ for child in aux}
    if words & FUTURE_AUX or "MD" in tags:
        return "future"
    if "VBD" in tags or (words & PERFECT_AUX and verb.tag_ == "VBN"):
        return "past"
    if tags & {"VBZ", "VBP"}:
        return "present"
    if verb.tag_ == "VBN" and not aux:
        return "past"
    return None
