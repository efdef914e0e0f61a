"""Layout lines of a news text, one definition each: headlines, datelines, transcript labels."""

import re

from spacy.tokens import Token

# a transcript turn: a speaker label in capitals ("WALLACE:", "MR. LEE:", "Q:") opening a paragraph or the
# words of a quote
TURN_LABEL = re.compile(r"\s*(?:[A-Z][A-Z.'-]*\s){0,3}[A-Z][A-Z.'-]*:\s")
# a dateline opening a story: the place in capitals, maybe a state or country and an agency, then a dash
# ("NASHUA, N.H. -", "BEIJING (Reuters) —", "WASHINGTON —", "LIMA, Peru, May 2 (AP) —")
DATELINE = re.compile(
    r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2}"  # the place: NASHUA, NEW YORK
    r"(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?"  # its state or country: , N.H.
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?"  # the day it was filed: , July 25 / , Aug. 3, 2016
    r" ?(?:\([^()\n]{1,40}\))? ?[-–—]{1,2} "  # an agency, then the dash: (Reuters) —
)
SMALL_WORDS = frozenset("a an and as at but by for from in into of on or the to with vs".split())


def is_headline_line(tokens: list[Token]) -> bool:
    """Whether the words of one line read as a headline: nearly every word of three or more capitalized."""
    words = [t for t in tokens if t.is_alpha and t.lower_ not in SMALL_WORDS]
    capitalized = sum(t.text[0].isupper() for t in words)
    return len(words) >= 3 and capitalized >= 0.8 * len(words)


def turn_label_colon(text: str, pos: int) -> int | None:
    """The offset of the colon closing a transcript label that starts at ``pos`` in ``text``, or None."""
    found = TURN_LABEL.match(text, pos)
    return found.end() - 2 if found else None


def dateline_end(text: str, pos: int) -> int | None:
    """The offset just after the dash of a dateline that starts at ``pos`` in ``text``, or None."""
    found = DATELINE.match(text, pos)
    return found.end() if found else None


MAX_CREDIT_WORDS = 4


def closing_credit(tokens: list[Token]) -> str | None:
    """The source a digest item credits at the end of its paragraph ("... ” [WaPo.]", "[Mother Jones]"):
    the words in the closing brackets, one to four of them, the first capitalized; else None."""
    if len(tokens) < 3 or tokens[-1].text != "]":
        return None
    opening = next((k for k in range(len(tokens) - 2, -1, -1) if tokens[k].text == "["), None)
    if opening is None:
        return None
    words = [t for t in tokens[opening + 1 : -1] if t.text != "."]
    if not 1 <= len(words) <= MAX_CREDIT_WORDS or not words[0].text[:1].isupper():
        return None
    return "".join(t.text_with_ws for t in words).strip().rstrip(".") or None
