"""The per-Doc index every rule reads: tokens, sentences, paragraphs, quote membership, headlines.

Built once per parsed Doc from arrays (``doc_index``) and shared by entity refinement, attribution and
resolution. It depends only on the text and the parse, which quotex's components never change, so one index
serves every component that runs after the parser.
"""

import weakref
from bisect import bisect_left, bisect_right
from collections import OrderedDict

import numpy as np
from spacy.attrs import HEAD, IS_SPACE, ORTH, SENT_START
from spacy.tokens import Doc, Token

from quotex.document.layout import dateline_end, is_headline_line, turn_label_colon
from quotex.document.marks import QuoteSegment, find_quote_segments, nickname_spans

CACHE_SIZE = 4  # Docs pass through quotex's components one at a time: a few recent indexes suffice


class DocIndex:
    """Lookups over one Doc: each token's quote, sentence and paragraph (a line of the text), which
    paragraphs are headlines, the datelines ("NASHUA, N.H. -") and transcript labels ("WALLACE:") opening
    paragraphs or quotes. ``quote_of[i]`` is the number of the quote token ``i`` is in, or -1."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tokens: list[Token] = list(doc)  # created once: a spaCy Token is costly to create
        n = len(doc)
        sent_start, is_space, head, orth = doc.to_array([SENT_START, IS_SPACE, HEAD, ORTH]).reshape(n, 4).T
        self._is_space = is_space.astype(bool)
        self.head_of: list[int] = (np.arange(n) + head.astype(np.int64)).tolist()
        self.text = text = "".join(t.text_with_ws for t in self.tokens)  # doc.text would make new Tokens
        self.nicknames = nickname_spans(text)  # 'Robert C. "Bobby" Scott': no quote, one person's name
        self._mark_quotes(find_quote_segments(text, self.nicknames))
        self._number_sentences(sent_start.astype(np.int64) == 1)
        self._number_paragraphs(orth)
        self._find_turn_labels(text)
        self._paragraphs: dict[int, list[Token]] = {}
        self._headlines: dict[int, bool] = {}
        self._narrative: list[int] | None = None
        self._quote_bounds: tuple[list[int], list[int]] | None = None

    # ---- construction --------------------------------------------------------------------------------------
    def _mark_quotes(self, segments: list[QuoteSegment]) -> None:
        """``quotes``: the quoted segments the marks grammar finds that cover tokens of their own,
        ``quote_spans`` their token bounds, ``quote_of`` the quote number of each token (-1 outside)."""
        self.quote_of = [-1] * len(self.tokens)
        self.quotes: list[QuoteSegment] = []
        self.quote_spans: list[tuple[int, int]] = []
        for segment in segments:
            span = self.doc.char_span(segment.start, segment.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            if self.quote_spans and span.start < self.quote_spans[-1][1]:
                continue  # marks inside one token ('said"said""said'): quotes never share a token
            qi = len(self.quotes)
            self.quote_of[span.start : span.end] = [qi] * len(span)
            self.quotes.append(segment)
            self.quote_spans.append((span.start, span.end))

    def _number_sentences(self, starts: np.ndarray) -> None:
        """``sentence_of``: the number of each token's sentence, from the parser's sentence starts."""
        if len(starts):
            starts[0] = True
        self.sentence_of: list[int] = (np.cumsum(starts) - 1).tolist()
        self._sentence_starts: list[int] = np.append(np.flatnonzero(starts), len(starts)).tolist()

    def _number_paragraphs(self, orth: np.ndarray) -> None:
        """Paragraphs are lines: a whitespace token holding a line break (spaCy keeps those as tokens) ends
        one."""
        strings = self.doc.vocab.strings
        has_break = np.zeros(len(orth), dtype=bool)
        for i in np.flatnonzero(self._is_space).tolist():
            has_break[i] = "\n" in strings[int(orth[i])]
        self._paragraph = np.concatenate(([0], np.cumsum(has_break)[:-1])).astype(np.int64)
        self.paragraph_of: list[int] = self._paragraph.tolist()

    def _find_turn_labels(self, text: str) -> None:
        """``turn_labels``: first word of a transcript label -> (its last word, the colon), for labels that
        open a paragraph (after an opening quote mark, if any) or the words of a quote."""
        paragraph_starts = np.flatnonzero(np.diff(self._paragraph, prepend=-1)).tolist()
        self._find_datelines(text, paragraph_starts)
        starts = set(paragraph_starts) | {start for start, _ in self.quote_spans}
        self.turn_labels: dict[int, tuple[int, int]] = {}
        for start in sorted(starts):
            first = start
            while first < len(self.tokens) and (self.tokens[first].is_space or self.tokens[first].is_quote):
                first += 1
            if first >= len(self.tokens) or first in self.turn_labels:
                continue
            colon_at = turn_label_colon(text, self.tokens[first].idx)
            if colon_at is None:
                continue
            colon = first
            while colon < len(self.tokens) and self.tokens[colon].idx < colon_at:
                colon += 1
            words = [i for i in range(first, colon) if self.tokens[i].is_alpha]
            if colon < len(self.tokens) and self.tokens[colon].text == ":" and words:
                self.turn_labels[first] = (words[-1], colon)

    def _find_datelines(self, text: str, paragraph_starts: list[int]) -> None:
        """``dateline_of``: paragraph -> token bounds [start, end) of its opening dateline, dash included."""
        self.dateline_of: dict[int, tuple[int, int]] = {}
        tokens = self.tokens
        for first in paragraph_starts:
            while first < len(tokens) and tokens[first].is_space:
                first += 1
            if first >= len(tokens) or not tokens[first].is_upper:
                continue  # the common case, decided without a regular expression
            end_at = dateline_end(text, tokens[first].idx)
            if end_at is None:
                continue
            end = first
            while end < len(tokens) and tokens[end].idx < end_at:
                end += 1
            self.dateline_of[self.paragraph_of[first]] = (first, end)

    # ---- lookups -------------------------------------------------------------------------------------------
    def in_dateline(self, i: int) -> bool:
        """Whether token ``i`` is part of the dateline opening its paragraph ("NASHUA, N.H. -")."""
        found = self.dateline_of.get(self.paragraph_of[i])
        return found is not None and found[0] <= i < found[1]

    def in_quote(self, i: int) -> bool:
        """Whether token ``i`` lies inside quotation marks."""
        return self.quote_of[i] >= 0

    def sentence_bounds(self, i: int) -> tuple[int, int]:
        """Token bounds [start, end) of the sentence of token ``i``."""
        number = self.sentence_of[i]
        return self._sentence_starts[number], self._sentence_starts[number + 1]

    def quotes_in(self, start: int, end: int) -> int:
        """How many quotes have words in tokens [start, end): binary searches, not a scan of the quotes."""
        if start >= end:
            return sum(1 for s, e in self.quote_spans if s < end and e > start)
        if self._quote_bounds is None:
            spans = self.quote_spans
            self._quote_bounds = (sorted(s for s, _ in spans), sorted(e for _, e in spans))
        starts, ends = self._quote_bounds
        # quotes starting before ``end``, less those ending by ``start`` (which start before it too)
        return bisect_left(starts, end) - bisect_right(ends, start)

    def paragraph_tokens(self, paragraph: int) -> list[Token]:
        """The words (not whitespace) of paragraph number ``paragraph``."""
        found = self._paragraphs.get(paragraph)
        if found is None:
            first, last = np.searchsorted(self._paragraph, (paragraph, paragraph + 1)).tolist()
            found = [self.tokens[i] for i in range(first, last) if not self._is_space[i]]
            self._paragraphs[paragraph] = found
        return found

    def is_headline(self, paragraph: int) -> bool:
        """Whether paragraph number ``paragraph`` is a headline (see :func:`is_headline_line`)."""
        if paragraph not in self._headlines:
            self._headlines[paragraph] = is_headline_line(self.paragraph_tokens(paragraph))
        return self._headlines[paragraph]

    @property
    def narrative_sentence_of(self) -> list[int]:
        """Per token, how many narrative sentences (with words outside quotes) there are up to its own."""
        if self._narrative is None:
            self._narrative = _narrative_sentences(self.tokens, self.quote_of)
        return self._narrative


def _narrative_sentences(tokens: list[Token], quote_of: list[int]) -> list[int]:
    numbers = [0] * len(tokens)
    count = 0
    start = 0
    narrative = False
    for i, t in enumerate(tokens):
        if i and t.is_sent_start:
            count += narrative
            numbers[start:i] = [count] * (i - start)
            start, narrative = i, False
        if not narrative and quote_of[i] < 0 and not t.is_punct and not t.is_space:
            narrative = True
    count += narrative
    numbers[start:] = [count] * (len(tokens) - start)
    return numbers


_RECENT: OrderedDict[int, tuple[weakref.ref, DocIndex]] = OrderedDict()


def text_of(doc: Doc) -> str:
    """The text of ``doc``, from its index when one is at hand (``doc.text`` rebuilds it on each access)."""
    found = _RECENT.get(id(doc))
    return found[1].text if found is not None and found[0]() is doc else doc.text


def doc_index(doc: Doc) -> DocIndex:
    """The index of ``doc``, built on first use and shared by every component that asks for it."""
    key = id(doc)
    found = _RECENT.get(key)
    if found is not None and found[0]() is doc:
        _RECENT.move_to_end(key)
        return found[1]
    index = DocIndex(doc)
    _RECENT[key] = (weakref.ref(doc), index)
    while len(_RECENT) > CACHE_SIZE:
        _RECENT.popitem(last=False)
    return index
