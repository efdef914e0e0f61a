"""Speech cues: which words introduce a quote, and which cue a quote hangs on.

A cue is a speech verb ("said", "told", "tweeted"), a phrasal one ("went on", "shot back"), "according to",
or, more weakly, a verb of thought or perception ("thought", "showed"). Cues inside quotes never count.
"""

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

STRONG, WEAK, NONE = 2, 1, 0
MAX_CLIMB = 8  # steps up the parse tree from a quote word to its cue


@dataclass(frozen=True)
class CueLexicon:
    """Speech verbs (strong cues), verbs of thought and perception (weak cues), phrasal speech verbs."""

    speech_verbs: frozenset[str]
    weak_verbs: frozenset[str] = frozenset()
    phrasal: frozenset[str] = frozenset()

    def strength(self, token: Token) -> int:
        """STRONG, WEAK or NONE for ``token`` as a cue."""
        if token.lower_ == "according":
            return STRONG if any(child.lower_ == "to" for child in token.children) else NONE
        if token.pos_ not in ("VERB", "AUX") or token.dep_ == "amod":
            return NONE
        lemma = token.lemma_.lower()
        if any(f"{lemma} {c.lower_}" in self.phrasal for c in token.children if c.dep_ == "prt"):
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
    """Per-document lookups: the quote and paragraph of every token, and the cues outside quotes."""

    def __init__(self, doc: Doc, quotes: list[tuple[int, int]], lexicon: CueLexicon) -> None:
        self.doc = doc
        self.tokens = list(doc)  # created once: a spaCy Token is costly to create
        self.quote_of = [-1] * len(doc)
        for qi, (start, end) in enumerate(quotes):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                self.quote_of[span.start : span.end] = [qi] * len(span)
        self.paragraph_of: list[int] = []
        self.sentence_of: list[int] = [0] * len(doc)
        self.paragraphs: dict[int, list[Token]] = {}
        self.strength: dict[int, int] = {}  # cue strength of the words outside quotes that are cues
        for number, sentence in enumerate(doc.sents):
            self.sentence_of[sentence.start : sentence.end] = [number] * len(sentence)
        paragraph = 0
        for token in self.tokens:
            self.paragraph_of.append(paragraph)
            if token.is_space:
                paragraph += "\n" in token.text
                continue
            self.paragraphs.setdefault(paragraph, []).append(token)
            paragraph += "\n" in token.whitespace_
            maybe_cue = token.pos_ in ("VERB", "AUX") or token.lower_ == "according"
            if maybe_cue and self.quote_of[token.i] < 0 and (strength := lexicon.strength(token)):
                self.strength[token.i] = strength
        self.cues = list(self.strength)

    def paragraph_tokens(self, paragraph: int) -> list[Token]:
        """The words (not whitespace) of paragraph number ``paragraph``."""
        return self.paragraphs.get(paragraph, [])


def syntactic_cues(quote: Span, index: DocIndex, qi: int) -> list[Token]:
    """Cues linked to the quote in the parse, best first: cues above the quote's words (speech verbs before
    weak cues, nearer before farther), then cues hanging off the quote's own words."""
    above: dict[int, tuple[int, int]] = {}
    for token in quote:
        node = token.head
        if index.quote_of[node.i] == qi:
            continue
        for steps in range(MAX_CLIMB):
            candidates = [node, *(c for c in node.children if c.lower_ == "according")]
            for candidate in candidates:
                strength = index.strength.get(candidate.i, NONE)
                if strength and index.quote_of[candidate.i] < 0:
                    rank = (-strength, steps)
                    above[candidate.i] = min(above.get(candidate.i, rank), rank)
            if node.head is node:
                break
            node = node.head
    hanging = [
        child.i
        for token in quote
        for child in token.children
        if index.quote_of[child.i] != qi and index.strength.get(child.i) and child.i not in above
    ]
    ordered = sorted(above, key=above.__getitem__) + hanging
    return [index.doc[i] for i in ordered]


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
