"""Layout lines of a news text, one definition each: headlines, datelines, transcript labels."""

from spacy.tokens import Token

SMALL_WORDS = frozenset("a an and as at but by for from in into of on or the to with vs".split())


def is_headline_line(tokens: list[Token]) -> bool:
    """Whether the words of one line read as a headline: nearly every word of three or more capitalized."""
    words = [t for t in tokens if t.is_alpha and t.lower_ not in SMALL_WORDS]
    capitalized = sum(t.text[0].isupper() for t in words)
    return len(words) >= 3 and capitalized >= 0.8 * len(words)
