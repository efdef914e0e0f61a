"""Speech cues: which words introduce a quote, and which cue a quote hangs on.

A cue is a speech verb ("said", "told", "tweeted"), a phrasal one ("went on", "shot back"), "according to",
or, more weakly, a verb of thought or perception ("thought", "showed"). Cues inside quotes never count.
"""

from dataclasses import dataclass
from functools import cached_property

import numpy as np
from spacy.attrs import HEAD, IS_SPACE, LOWER, ORTH, POS, SENT_START
from spacy.symbols import AUX as AUX_ID
from spacy.symbols import VERB as VERB_ID
from spacy.tokens import Doc, Span, Token

STRONG, WEAK, NONE = 2, 1, 0
SMALL_WORDS = frozenset("a an and as at but by for from in into of on or the to with vs".split())
MAX_CLIMB = 8  # steps up the parse tree from a quote word to its cue


@dataclass(frozen=True)
class CueLexicon:
    """Speech verbs (strong cues), verbs of thought and perception (weak cues), phrasal speech verbs."""

    speech_verbs: frozenset[str]
    weak_verbs: frozenset[str] = frozenset()
    phrasal: frozenset[str] = frozenset()

    @cached_property
    def phrasal_verbs(self) -> frozenset[str]:
        """The verbs of the phrasal cues ("go" of "go on"), to look for particles only after them."""
        return frozenset(phrase.split()[0] for phrase in self.phrasal)

    def strength(self, token: Token) -> int:
        """STRONG, WEAK or NONE for ``token`` as a cue."""
        if token.lower_ == "according":
            return STRONG if any(child.lower_ == "to" for child in token.children) else NONE
        if token.pos_ not in ("VERB", "AUX") or token.dep_ == "amod":
            return NONE
        lemma = token.lemma_.lower()
        if lemma in self.phrasal_verbs and any(
            f"{lemma} {c.lower_}" in self.phrasal for c in token.children if c.dep_ == "prt"
        ):
            return STRONG
        if lemma in self.weak_verbs:
            return WEAK
        return STRONG if lemma in self.speech_verbs else NONE

    def to_dict(self) -> dict[str, list[str]]:
        return {name: sorted(getattr(self, name)) for name in ("speech_verbs", "weak_verbs", "phrasal")}

    @classmethod
    def from_dict(cls, data: dict[str, list[str]]) -> "CueLexicon":
        return cls(*(frozenset(data.get(name, ())) for name in ("speech_verbs", "weak_verbs", "phrasal")))


class DocIndex:
    """Per-document lookups: the quote, sentence and paragraph (line) of every token, and the cues outside
    quotes. Built from arrays, as it runs on every document."""

    def __init__(self, doc: Doc, quotes: list[tuple[int, int]], lexicon: CueLexicon) -> None:
        self.doc = doc
        self.tokens = list(doc)  # created once: a spaCy Token is costly to create
        n = len(doc)
        sent_start, is_space, pos, head = doc.to_array([SENT_START, IS_SPACE, POS, HEAD]).reshape(n, 4).T
        orth, lower = doc.to_array([ORTH, LOWER]).reshape(n, 2).T
        self._is_space = is_space.astype(bool)
        self.head_of: list[int] = (np.arange(n) + head.astype(np.int64)).tolist()
        self._mark_quotes(quotes)
        self._number_sentences(sent_start.astype(np.int64) == 1)
        self._number_paragraphs(orth)
        self._paragraphs: dict[int, list[Token]] = {}
        self._headlines: dict[int, bool] = {}
        according = lower == doc.vocab.strings["according"]
        self.according_under: dict[int, list[int]] = {}  # word -> the "according" words under it
        for i in np.flatnonzero(according).tolist():
            self.according_under.setdefault(self.head_of[i], []).append(i)
        maybe_cue = np.isin(pos, (VERB_ID, AUX_ID)) | according
        self.strength: dict[int, int] = {}  # cue strength of the words outside quotes that are cues
        for i in np.flatnonzero(maybe_cue).tolist():
            if self.quote_of[i] < 0 and (strength := lexicon.strength(self.tokens[i])):
                self.strength[i] = strength
        self.cues = list(self.strength)

    def _mark_quotes(self, quotes: list[tuple[int, int]]) -> None:
        """``quote_of``: the number of the quote each token is in, or -1; ``quote_spans``: their bounds."""
        self.quote_of = [-1] * len(self.tokens)
        self.quote_spans: list[tuple[int, int]] = []
        for qi, (start, end) in enumerate(quotes):
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                self.quote_of[span.start : span.end] = [qi] * len(span)
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

    def sentence_bounds(self, i: int) -> tuple[int, int]:
        """Token bounds [start, end) of the sentence of token ``i``."""
        number = self.sentence_of[i]
        return self._sentence_starts[number], self._sentence_starts[number + 1]

    def quotes_in(self, start: int, end: int) -> int:
        """How many quotes have words in tokens [start, end)."""
        return sum(1 for s, e in self.quote_spans if s < end and e > start)

    def is_headline(self, paragraph: int) -> bool:
        """Whether a paragraph reads as a headline: nearly every word of three or more capitalized."""
        if paragraph not in self._headlines:
            words = [
                t for t in self.paragraph_tokens(paragraph) if t.is_alpha and t.lower_ not in SMALL_WORDS
            ]
            capitalized = sum(t.text[0].isupper() for t in words)
            self._headlines[paragraph] = len(words) >= 3 and capitalized >= 0.8 * len(words)
        return self._headlines[paragraph]

    def paragraph_tokens(self, paragraph: int) -> list[Token]:
        """The words (not whitespace) of paragraph number ``paragraph``."""
        found = self._paragraphs.get(paragraph)
        if found is None:
            first, last = np.searchsorted(self._paragraph, (paragraph, paragraph + 1)).tolist()
            found = [self.tokens[i] for i in range(first, last) if not self._is_space[i]]
            self._paragraphs[paragraph] = found
        return found


def syntactic_cues(quote: Span, index: DocIndex, qi: int) -> list[Token]:
    """Cues linked to the quote in the parse, best first: cues above the quote's words (speech verbs before
    weak cues, nearer before farther), then cues hanging off the quote's own words."""
    above: dict[int, tuple[int, int]] = {}
    climbed: dict[int, int] = {}  # fewest steps at which each word above the quote was reached
    head_of, quote_of = index.head_of, index.quote_of
    for i in range(quote.start, quote.end):
        node = head_of[i]
        if quote_of[node] == qi:
            continue
        for steps in range(MAX_CLIMB):
            if climbed.get(node, MAX_CLIMB) <= steps:
                break  # reached before as near: nothing above it gets nearer
            climbed[node] = steps
            for candidate in (node, *index.according_under.get(node, ())):
                strength = index.strength.get(candidate, NONE)
                if strength and quote_of[candidate] < 0:
                    rank = (-strength, steps)
                    above[candidate] = min(above.get(candidate, rank), rank)
            if head_of[node] == node:
                break
            node = head_of[node]
    hanging = sorted(
        (head_of[cue], cue)
        for cue in index.cues
        if quote.start <= head_of[cue] < quote.end
        and head_of[cue] != cue
        and quote_of[cue] != qi
        and cue not in above
    )
    ordered = sorted(above, key=above.__getitem__) + [cue for _, cue in hanging]
    return [index.tokens[i] for i in ordered]


def nearest_cue(quote: Span, index: DocIndex, paragraph: int, last: int | None = None) -> Token | None:
    """The strongest cue outside quotes in ``paragraph`` (or ``last``, the paragraph where a quote over
    several paragraphs ends), the closest one to the quote among equals."""
    best: tuple[int, int, Token] | None = None
    last = paragraph if last is None else last
    for i in index.cues:
        if index.paragraph_of[i] not in (paragraph, last):
            continue
        distance = quote.start - i if i < quote.start else i - quote.end + 1
        rank = (-index.strength[i], distance, index.doc[i])
        if best is None or rank[:2] < best[:2]:
            best = rank
    return best[2] if best else None


def lead_in_cue(index: DocIndex, paragraph: int) -> Token | None:
    """The last cue of the previous paragraph when it ends with a colon ("X said in a statement:")."""
    tokens = index.paragraph_tokens(paragraph - 1)
    if not tokens or tokens[-1].text != ":":
        return None
    cues = [t for t in tokens if t.i in index.strength]
    return cues[-1] if cues else None
