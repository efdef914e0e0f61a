"""Attach each quote to its speech cue and speaker mention, from the dependency parse.

The order of evidence, strongest first:
1. syntax: the nearest speech verb (or "according to") above the quote in the parse tree, or one hanging off it;
2. proximity: the nearest speech verb outside quotes in the quote's paragraph;
3. a colon lead-in ending the previous paragraph ("X said in a statement:");
4. continuation: a paragraph that opens with a quote and has no cue keeps the previous quote's speaker.
The speaker is the subject of the cue (climbing through conjoined and participle clauses), the object of
"according to", or the noun a relative clause ("who said") modifies.
"""

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
CLIMB_DEPS = ("conj", "advcl", "xcomp", "ccomp", "relcl", "acl", "pcomp", "parataxis")
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
NAME_LINKS = frozenset({"compound", "flat", "nummod", "poss", "case"})
OF_LINKS = frozenset({"of", "for", "at"})
MAX_CLIMB = 4
CONTINUATION_PARAGRAPHS = 2


@dataclass(frozen=True)
class Attribution:
    """Character offsets of the cue and the speaker mention of one quote (either may be None)."""

    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None
    speaker_head: int | None = None  # token index of the mention's head word


class DocIndex:
    """Per-document lookups: which quote and paragraph each token is in, and where the cues are."""

    def __init__(self, doc: Doc, quotes: list[tuple[int, int]], speech_verbs: frozenset[str]) -> None:
        self.doc = doc
        self.quote_of = [-1] * len(doc)
        for qi, (start, end) in enumerate(quotes):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                for i in range(span.start, span.end):
                    self.quote_of[i] = qi
        self.paragraph_of = []
        paragraph = 0
        for token in doc:
            self.paragraph_of.append(paragraph)
            paragraph += "\n" in token.text + token.whitespace_
        self.cues = [t.i for t in doc if self.quote_of[t.i] < 0 and is_cue(t, speech_verbs)]
        self.cue_set = set(self.cues)

    def paragraph_tokens(self, paragraph: int) -> list[Token]:
        return [t for t in self.doc if self.paragraph_of[t.i] == paragraph]


def is_cue(token: Token, speech_verbs: frozenset[str]) -> bool:
    """A speech verb used as a verb, or the "according" of "according to"."""
    if token.lower_ == "according":
        return any(child.lower_ == "to" for child in token.children)
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in speech_verbs and token.dep_ != "amod"


def syntactic_cue(quote: Span, index: DocIndex, qi: int) -> Token | None:
    """The nearest cue above the quote in the parse, or attached to one of its words from outside."""
    for token in quote:
        for child in token.children:
            if index.quote_of[child.i] != qi and child.i in index.cue_set:
                return child
    best: tuple[int, Token] | None = None
    for token in quote:
        if index.quote_of[token.head.i] == qi:
            continue
        steps, node = 0, token.head
        while steps <= MAX_CLIMB * 2:
            if index.quote_of[node.i] < 0:
                if node.i in index.cue_set:
                    break
                according = next((c for c in node.children if c.i in index.cue_set and c.lower_ == "according"),
                                 None)
                if according is not None:
                    node = according
                    break
            if node.head is node:
                node = None
                break
            node, steps = node.head, steps + 1
        else:
            node = None
        if node is not None and (best is None or steps < best[0]):
            best = (steps, node)
    return best[1] if best else None


def nearest_cue(quote: Span, index: DocIndex, paragraph: int) -> Token | None:
    """The cue outside quotes in ``paragraph`` closest to the quote, by tokens between them."""
    best: tuple[int, Token] | None = None
    for i in index.cues:
        if index.paragraph_of[i] != paragraph:
            continue
        distance = quote.start - i if i < quote.start else i - quote.end + 1
        if best is None or distance < best[0]:
            best = (distance, index.doc[i])
    return best[1] if best else None


def lead_in_cue(index: DocIndex, paragraph: int) -> Token | None:
    """The last cue of the previous paragraph when it ends with a colon ("X said in a statement:")."""
    tokens = [t for t in index.paragraph_tokens(paragraph - 1) if not t.is_space]
    if not tokens or tokens[-1].text != ":":
        return None
    cues = [t for t in tokens if t.i in index.cue_set]
    return cues[-1] if cues else None


def subject_of(cue: Token, index: "DocIndex") -> Token | None:
    """The speaker token of a cue: its subject, climbing through clauses that borrow a subject, else the
    noun phrase right next to it ("..., Santos told reporters", "said Santos"). Never a word inside a quote."""
    if cue.lower_ == "according":
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    node = cue
    for _ in range(MAX_CLIMB):
        subject = _subject_child(node, index)
        if subject is not None:
            if subject.lower_ in RELATIVE_PRONOUNS and node.dep_ == "relcl":
                return node.head
            return subject
        if node.dep_ in ("relcl", "acl") and node.head.pos_ in ("NOUN", "PROPN"):
            return node.head
        if node.dep_ not in CLIMB_DEPS or node.head is node or index.quote_of[node.head.i] >= 0:
            break
        node = node.head
    return adjacent_noun(cue, index)


def _subject_child(node: Token, index: "DocIndex") -> Token | None:
    for child in node.children:
        if child.dep_ in SUBJECT_DEPS and index.quote_of[child.i] < 0:
            return child
    agent = next((c for c in node.children if c.dep_ == "agent"), None)
    if agent is not None:
        return next((c for c in agent.children if c.dep_ == "pobj" and index.quote_of[c.i] < 0), None)
    return None


def adjacent_noun(cue: Token, index: "DocIndex") -> Token | None:
    """The noun or pronoun just before the cue (skipping adverbs and auxiliaries), else just after it."""
    doc = cue.doc
    for step in (-1, 1):
        i = cue.i + step
        while 0 <= i < len(doc) and doc[i].pos_ in ("ADV", "AUX", "PART") and index.quote_of[i] < 0:
            i += step
        if not (0 <= i < len(doc)) or index.quote_of[i] >= 0:
            continue
        token = doc[i]
        if token.pos_ in ("PROPN", "NOUN", "PRON") and token.lower_ not in RELATIVE_PRONOUNS:
            while token.dep_ in ("compound", "flat") and token.head.i != token.i:
                token = token.head
            return token
    return None


def mention_bounds(head: Token) -> tuple[int, int]:
    """Token bounds [start, end) of the noun phrase headed by ``head``: its left modifiers, name parts and
    "of/for" attachments, without appositions or relative clauses."""
    start = head.left_edge.i
    end = head.i + 1
    for child in head.rights:
        if child.i != end:
            break
        if child.dep_ in NAME_LINKS or (child.dep_ == "prep" and child.lower_ in OF_LINKS):
            end = child.right_edge.i + 1
        else:
            break
    doc = head.doc
    while start < head.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return start, end


class SpeakerRules:
    """Rule-based attribution of quotes to cues and speakers."""

    def __init__(self, speech_verbs: frozenset[str]) -> None:
        self.speech_verbs = speech_verbs

    def attribute(self, doc: Doc, quotes: list[Span], bounds: list[tuple[int, int]]) -> list[Attribution]:
        """One Attribution per quote, in order."""
        index = DocIndex(doc, bounds, self.speech_verbs)
        results: list[Attribution] = []
        for qi, quote in enumerate(quotes):
            paragraph = index.paragraph_of[quote.start]
            cue = (
                syntactic_cue(quote, index, qi)
                or nearest_cue(quote, index, paragraph)
                or lead_in_cue(index, paragraph)
            )
            result = self._from_cue(cue, index) if cue is not None else None
            if result is None or result.speaker is None:
                result = self._continuation(quote, index, paragraph, results, quotes) or result
            results.append(result or Attribution(None, None))
        return results

    def _from_cue(self, cue: Token, index: DocIndex) -> Attribution:
        doc = cue.doc
        last = next((c for c in cue.children if c.lower_ == "to"), cue) if cue.lower_ == "according" else cue
        cue_bounds = (cue.idx, last.idx + len(last.text))
        speaker = subject_of(cue, index)
        if speaker is None:
            return Attribution(cue_bounds, None)
        start, end = mention_bounds(speaker)
        span = doc[start:end]
        return Attribution(cue_bounds, (span.start_char, span.end_char), speaker.i)

    def _continuation(
        self, quote: Span, index: DocIndex, paragraph: int, results: list[Attribution], quotes: list[Span]
    ) -> Attribution | None:
        """The previous quote's attribution, when this quote opens its paragraph and follows closely."""
        first = next((t for t in index.paragraph_tokens(paragraph) if not t.is_space), None)
        if first is None or first.i < quote.start or not results:
            return None
        previous = results[-1]
        previous_paragraph = index.paragraph_of[quotes[len(results) - 1].start]
        if previous.speaker is None or paragraph - previous_paragraph > CONTINUATION_PARAGRAPHS:
            return None
        return previous
