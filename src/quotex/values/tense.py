"""The tense of the clause a date belongs to, read from the parse: the head verb's tag and its auxiliaries."""

from spacy.tokens import Span, Token

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "to"})
PERFECT_AUX = frozenset({"has", "have", "'ve", "'s", "had"})


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
