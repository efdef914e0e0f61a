"""Speech cues: which words introduce a quote, and which cue a quote hangs on.

A cue is a speech verb ("said", "told", "tweeted"), a phrasal one ("went on", "shot back"), "according to",
or, more weakly, a verb of thought or perception ("thought", "showed"). Cues inside quotes never count.
"""

from dataclasses import dataclass
from functools import cached_property

import numpy as np
from spacy.attrs import LOWER, POS
from spacy.symbols import AUX as AUX_ID
from spacy.symbols import VERB as VERB_ID
from spacy.tokens import Span, Token

from quotex.document.index import DocIndex

STRONG, WEAK, NONE = 2, 1, 0
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


class CueIndex:
    """The document index as attribution reads it: the shared :class:`DocIndex` (whose tables it exposes
    under the same names) plus the speech cues outside quotes and their strength."""

    def __init__(self, base: DocIndex, lexicon: CueLexicon) -> None:
        self.base = base
        self.doc, self.tokens, self.head_of = base.doc, base.tokens, base.head_of
        self.quote_of, self.quote_spans = base.quote_of, base.quote_spans
        self.sentence_of, self.paragraph_of = base.sentence_of, base.paragraph_of
        self.sentence_bounds, self.quotes_in = base.sentence_bounds, base.quotes_in
        self.is_headline, self.paragraph_tokens = base.is_headline, base.paragraph_tokens
        doc = base.doc
        n = len(doc)
        pos, lower = doc.to_array([POS, LOWER]).reshape(n, 2).T
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
        self.cues_in_paragraph: dict[int, list[int]] = {}  # paragraph -> its cues, in text order
        self.cues_under: dict[int, list[int]] = {}  # word -> the cues whose head it is
        for i in self.cues:
            self.cues_in_paragraph.setdefault(self.paragraph_of[i], []).append(i)
            if self.head_of[i] != i:
                self.cues_under.setdefault(self.head_of[i], []).append(i)


def syntactic_cues(quote: Span, index: CueIndex, qi: int) -> list[Token]:
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
        (word, cue)
        for word in range(quote.start, quote.end)
        for cue in index.cues_under.get(word, ())
        if quote_of[cue] != qi and cue not in above
    )
    ordered = sorted(above, key=above.__getitem__) + [cue for _, cue in hanging]
    return [index.tokens[i] for i in ordered]


def nearest_cue(quote: Span, index: CueIndex, paragraph: int, last: int | None = None) -> Token | None:
    """The strongest cue outside quotes in ``paragraph`` (or ``last``, the paragraph where a quote over
    several paragraphs ends), the closest one to the quote among equals."""
    best: tuple[int, int, int] | None = None
    cues = index.cues_in_paragraph.get(paragraph, [])
    if last is not None and last != paragraph:
        cues = sorted(cues + index.cues_in_paragraph.get(last, []))
    for i in cues:
        distance = quote.start - i if i < quote.start else i - quote.end + 1
        rank = (-index.strength[i], distance, i)
        if best is None or rank[:2] < best[:2]:
            best = rank
    return index.tokens[best[2]] if best else None


def lead_in_cue(index: CueIndex, paragraph: int) -> Token | None:
    """The last cue of the previous paragraph when it ends with a colon ("X said in a statement:")."""
    tokens = index.paragraph_tokens(paragraph - 1)
    if not tokens or tokens[-1].text != ":":
        return None
    cues = [t for t in tokens if t.i in index.strength]
    return cues[-1] if cues else None
