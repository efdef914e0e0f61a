"""Find quoted segments in raw text from the quotation marks alone.

Handles curly and straight double marks, the NYT ``''`` style, British single marks, nested quotes
(kept inside the outer one), quotes reopened on the next paragraph with double or single marks (one
quote over several paragraphs, except that a paragraph opening with a transcript speaker label such as
``"SMITH:`` or ``"Q:`` starts a new quote, the next turn) and apostrophes (O'Brien's, rock 'n' roll, the
'90s), which never open a quote. Marks inside markup tags left in scraped text (``<a href="...">``) are
no quotes, nor is a nickname set in a person's name (Robert C. "Bobby" Scott). Unbalanced marks never raise
and never run past the end of their paragraph. Scanning is linear in the length of the text.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass

from quotex.document.layout import TURN_LABEL
from quotex.document.lexicon import birth_record_genders, given_names

_DOUBLE = re.compile(r"''|``|[“”\"„«»]")
_SINGLE_OPEN = "‘'"
_SINGLE_CLOSE = "’'"
_OPENING_PUNCT = "([{—–-/:;"
_CLOSING_PUNCT = ".,;:!?)]}—–-…"
_OPENING_GLYPHS = {"“", "„", "«", "``"}
_CLOSING_GLYPHS = {"”", "»"}
_ELISION = re.compile(r"(em|til|cause|n|tis|twas|bout|cos|nuff)\b", re.IGNORECASE)
_LINE = re.compile(r"[^\n]+")
_SINGLE_MARK = re.compile(f"[{_SINGLE_CLOSE}]")
_ANY_MARK = re.compile(r"''|``|[“”\"„«»‘']")
_REOPENING = re.compile(r"(\n\s*)(?:''|``|[“\"„«‘'])")
# a nickname in quotation marks between a given name (and initial) and a surname: Robert C. "Bobby" Scott
NICKNAME = re.compile(
    r"\b(?P<given>[A-Z][a-z]+)(?: [A-Z]\.)? (?P<open>''|[“\"])[A-Z][a-z]{1,11}(?P<close>''|[”\"]) [A-Z][a-z]+"
)
# markup left in scraped text (<a href="...">, <tweet tweet-id="...">): its attribute values are no quotes
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")


@dataclass(frozen=True)
class QuoteSegment:
    """A quoted segment: ``start``/``end`` include the marks; ``closed`` is False when no mark closed it."""

    start: int
    end: int
    closed: bool = True


def _direction(par: str, i: int, j: int) -> int:
    """+1 if the double mark par[i:j] opens, -1 if it closes, 0 if neither context nor glyph tells."""
    before = par[i - 1] if i else " "
    after = par[j] if j < len(par) else " "
    opens = before.isspace() or before in _OPENING_PUNCT
    closes = after.isspace() or after in _CLOSING_PUNCT
    if opens != closes:
        return 1 if opens else -1
    glyph = par[i:j]
    if glyph in _OPENING_GLYPHS:
        return 1
    if glyph in _CLOSING_GLYPHS:
        return -1
    return 0


def _single_closings(par: str) -> list[int]:
    """Positions in ``par`` of marks that can close a single-quoted segment: after a non-space, before no
    letter or digit. Computed once per paragraph so that many stray marks stay linear, not quadratic."""
    closings = []
    for m in _SINGLE_MARK.finditer(par):
        k = m.start()
        if k and not par[k - 1].isspace() and not par[k + 1 : k + 2].isalnum():
            closings.append(k)
    return closings


def _opens_single(par: str, i: int) -> bool:
    """True if the single mark par[i] can open a quote; False for an apostrophe."""
    before = par[i - 1] if i else " "
    if not (before.isspace() or before in _OPENING_PUNCT + '“"'):
        return False  # O'Brien's, Jones'
    return par[i + 1 : i + 2].isalpha() and not _ELISION.match(par, i + 1)  # not the '90s, 'em, rock 'n' roll


def _inside(spans: list[tuple[int, int]], i: int) -> bool:
    """Whether ``i`` falls inside one of the sorted, disjoint ``spans``."""
    n = bisect_right(spans, (i, float("inf"))) - 1
    return n >= 0 and i < spans[n][1]


def _first_after(positions: list[int], i: int) -> int | None:
    """The first of the sorted ``positions`` after ``i``, or None."""
    n = bisect_right(positions, i)
    return positions[n] if n < len(positions) else None


def _starts_with_opening_mark(par: str) -> bool:
    m = _DOUBLE.match(par.lstrip())
    return bool(m) and _direction(par.lstrip(), 0, m.end()) >= 0


def _starts_with_single_opening(par: str) -> bool:
    stripped = par.lstrip()
    return stripped[:1] in _SINGLE_OPEN and _opens_single(stripped, 0)


def _closing_of_carried_single(par: str) -> int | None:
    """Index of the mark closing a single quote carried into ``par`` (which reopens it), or None."""
    reopen = len(par) - len(par.lstrip())
    return _first_after(_single_closings(par), reopen)


def find_quote_segments(
    text: str, nicknames: list[tuple[int, int, int, int]] | None = None
) -> list[QuoteSegment]:
    """Return the top-level quoted segments of ``text`` in order of appearance; ``nicknames`` are the text's
    :func:`nickname_spans`, found here when not given."""
    segments: list[QuoteSegment] = []
    paragraphs = [m for m in _LINE.finditer(text) if not m.group().isspace()]  # blank lines separate
    open_start: int | None = None  # offset of the opening mark of a quote carried into this paragraph
    single = False  # whether that carried quote is single-quoted (British style)
    for n, par_match in enumerate(paragraphs):
        p0, par = par_match.start(), par_match.group()
        nxt = paragraphs[n + 1].group() if n + 1 < len(paragraphs) else ""
        skip_to = 0
        if open_start is not None and single:
            k = _closing_of_carried_single(par)
            if k is None:
                if not _starts_with_single_opening(nxt):
                    segments.append(QuoteSegment(open_start, p0 + len(par.rstrip()), closed=False))
                    open_start = None
                continue
            segments.append(QuoteSegment(open_start, p0 + k + 1))
            open_start, single, skip_to = None, False, k + 1
        depth = 1 if open_start is not None else 0
        skip_reopen = open_start is not None
        closings: list[int] | None = None
        tags = [(t.start(), t.end()) for t in _TAG.finditer(par)] if "<" in par else []
        for m in _ANY_MARK.finditer(par):
            i, j = m.span()
            if i < skip_to or (tags and _inside(tags, i)):
                continue
            mark = m.group()
            if mark in _SINGLE_OPEN:
                if depth or not _opens_single(par, i):
                    continue
                if closings is None:
                    closings = _single_closings(par)
                k = _first_after(closings, i)
                if k is not None:
                    segments.append(QuoteSegment(p0 + i, p0 + k + 1))
                    skip_to = k + 1
                elif _starts_with_single_opening(nxt):
                    open_start, single = p0 + i, True  # reopened on the next paragraph
                    break
                continue
            if skip_reopen:
                skip_reopen = False
                if not par[:i].strip() and open_start is not None and TURN_LABEL.match(par, j):
                    last = paragraphs[n - 1]
                    last_end = last.start() + len(last.group().rstrip())
                    segments.append(QuoteSegment(open_start, last_end, closed=False))
                    open_start = p0 + i  # a new transcript turn: the next speaker's quote
                    continue
                if not par[:i].strip():
                    continue  # the mark that reopens a quote carried over from the last paragraph
            direction = _direction(par, i, j) or (1 if depth == 0 else -1)
            if direction > 0:
                if depth == 0:
                    open_start = p0 + i
                depth += 1
            elif depth:
                depth -= 1
                if depth == 0 and open_start is not None:
                    segments.append(QuoteSegment(open_start, p0 + j))
                    open_start = None
        if depth and open_start is not None and not _starts_with_opening_mark(nxt):
            segments.append(QuoteSegment(open_start, p0 + len(par.rstrip()), closed=False))
            open_start = None
    found = nickname_spans(text) if nicknames is None else nicknames
    openings = {opening for _, opening, _, _ in found}
    return [segment for segment in segments if _has_words(text, segment) and segment.start not in openings]


def _is_given_name(word: str) -> bool:
    return word in given_names() or word in birth_record_genders()


def nickname_spans(text: str) -> list[tuple[int, int, int, int]]:
    """(name start, nickname's opening mark, end of its closing mark, name end) of each name written with
    a nickname in quotation marks ('Robert C. "Bobby" Scott'), in text order."""
    return [
        (m.start(), m.start("open"), m.end("close"), m.end())
        for m in NICKNAME.finditer(text)
        if _is_given_name(m.group("given").lower())  # not a headline's 'Felt "Invisible" As'
    ]


def _has_words(text: str, segment: QuoteSegment) -> bool:
    """False for a quote with nothing but space between its marks (``""``): no quote at all."""
    start, end = quote_words(text, segment)
    return end > start


def quote_words(text: str, segment: QuoteSegment) -> tuple[int, int]:
    """Offsets of the quoted words: the segment without its outer marks and surrounding space."""
    s, e = segment.start, segment.end
    m = _ANY_MARK.match(text, s)
    if m:
        s = m.end()
    if segment.closed:
        for mark in ("''", "”", '"', "»", "’", "'", "“"):
            if text.endswith(mark, s, e):
                e -= len(mark)
                break
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def quote_pieces(text: str, segment: QuoteSegment) -> list[tuple[int, int]]:
    """Offsets of the quoted words paragraph by paragraph, without the marks that reopen each paragraph."""
    start, end = quote_words(text, segment)
    pieces = []
    for line in _LINE.finditer(text, start, end):
        s, e = line.span()
        while s < e and text[s].isspace():
            s += 1
        if s > start and (mark := _ANY_MARK.match(text, s, e)):
            s = mark.end()  # the mark that reopens the quote on this paragraph
            while s < e and text[s].isspace():
                s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            pieces.append((s, e))
    return pieces


def quote_text(text: str, segment: QuoteSegment) -> str:
    """The quoted words, without the outer marks nor the marks that reopen the quote on each new paragraph."""
    start, end = quote_words(text, segment)
    return _REOPENING.sub(r"\1", text[start:end]).strip()
