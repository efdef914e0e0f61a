"""Rules that propose a speech cue and a speaker mention for each quote, from the dependency parse.

The rules, in the order the rules-only mode trusts them:
1. syntax: a cue above the quote in the parse tree ("X said", "said X", split quotes, "according to X"),
   or hanging off the quote's own words;
2. labels: a name before a colon ("Santos: 'We will appeal.'", headlines, transcripts), the subject of a
   clause a colon closes ('Perez pressed for a higher wage: "..."'), a name after a dash ('"We will appeal."
   - Maria Santos'), a source in the next sentence ("That was the warning from X"), the label opening a
   transcript turn ('"WALLACE: Do you think ...');
3. proximity: the strongest, nearest cue outside quotes in the quote's paragraph;
4. a colon lead-in ending the previous paragraph ("X said in a statement:");
5. the previous quote's speaker, in the same paragraph or for a paragraph that opens with a quote.
By default the trained ranker (quotex.attribution.ranker) weighs these proposals against every nearby noun
phrase and against "nobody", except for the layout labels (dash sign-offs, transcript turns), which name
the speaker outright and are rare in the ranker's training data. Quotes that look like titles of works, or
hold no words, get no speaker.
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from quotex.attribution.cues import (
    SMALL_WORDS,
    CueLexicon,
    DocIndex,
    lead_in_cue,
    nearest_cue,
    syntactic_cues,
)

if TYPE_CHECKING:
    from quotex.attribution.ranker import SpeakerRanker

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
CLIMB_DEPS = ("conj", "advcl", "xcomp", "ccomp", "relcl", "acl", "pcomp", "parataxis")
NAME_ENTITIES = frozenset({"PERSON", "ORG"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
NOUNS = ("PROPN", "NOUN", "PRON")
NAME_LINKS = frozenset({"compound", "flat", "nummod", "poss", "case"})
OF_LINKS = frozenset({"of", "for", "at"})
MAX_SUBJECT_CLIMB = 4
CONTINUATION_PARAGRAPHS = 2
MAX_LABEL_TOKENS = 8


@dataclass(frozen=True)
class Attribution:
    """Character offsets of the cue and the speaker mention of one quote (either may be None)."""

    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None
    speaker_head: int | None = None  # token index of the mention's head word


NO_ATTRIBUTION = Attribution(None, None)


def subject_of(cue: Token, index: DocIndex, quote: Span) -> Token | None:
    """The speaker token of a cue: its subject, climbing through clauses that borrow a subject, else the
    noun phrase next to it. Never a word inside a quote."""
    if cue.lower_ == "according":
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    node = cue
    for _ in range(MAX_SUBJECT_CLIMB):
        subject = _subject_child(node, index)
        if subject is not None:
            return subject  # a relative "who" is the mention; resolution names its antecedent
        if node.dep_ in ("relcl", "acl") and node.head.pos_ in ("NOUN", "PROPN"):
            return node.head
        if node.dep_ not in CLIMB_DEPS or node.head is node or index.quote_of[node.head.i] >= 0:
            break
        node = node.head
    return adjacent_noun(cue, index, quote)


def is_misparsed_name(token: Token) -> bool:
    """A name the parser took for an auxiliary ("Will wrote", "May said"), which the entity recognizer
    still marks as a person or organization: it is the verb's subject."""
    return token.dep_ == "aux" and token.ent_type_ in NAME_ENTITIES and token.is_title


def _subject_child(node: Token, index: DocIndex) -> Token | None:
    for child in node.children:
        if (child.dep_ in SUBJECT_DEPS or is_misparsed_name(child)) and index.quote_of[child.i] < 0:
            return child
    agent = next((c for c in node.children if c.dep_ == "agent"), None)
    if agent is not None:
        return next((c for c in agent.children if c.dep_ == "pobj" and index.quote_of[c.i] < 0), None)
    return None


def _name_head(token: Token, limit: int | None = None) -> Token:
    """Climb from a name part ("Maria" in "Maria Santos") to the head of the name."""
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        if limit is not None and token.head.i >= limit:
            break
        token = token.head
    return token


def adjacent_noun(cue: Token, index: DocIndex, quote: Span) -> Token | None:
    """The first noun between the quote and a cue that follows it ('"...," Santos, 58, said'), else the noun
    just before the cue (skipping adverbs and auxiliaries), else the one just after it ("said Santos")."""
    doc = cue.doc
    if quote.end <= cue.i:
        for token in doc[quote.end : cue.i]:
            if index.quote_of[token.i] >= 0:
                break
            if token.pos_ in NOUNS:
                return _name_head(token, cue.i)
    for step in (-1, 1):
        i = cue.i + step
        while 0 <= i < len(doc) and doc[i].pos_ in ("ADV", "AUX", "PART") and index.quote_of[i] < 0:
            i += step
        if 0 <= i < len(doc) and index.quote_of[i] < 0:
            token = doc[i]
            if token.pos_ in NOUNS and token.lower_ not in RELATIVE_PRONOUNS:
                return _name_head(token)
    return None


def mention_bounds(head: Token) -> tuple[int, int]:
    """Token bounds [start, end) of the noun phrase headed by ``head``: its left modifiers, name parts and
    "of/for/at" attachments, without appositions or relative clauses."""
    doc = head.doc
    start, end = head.left_edge.i, head.i + 1
    for child in head.rights:
        if child.i != end:
            break
        if child.dep_ in NAME_LINKS or (child.dep_ == "prep" and child.lower_ in OF_LINKS):
            end = child.right_edge.i + 1
        else:
            break
    while start < head.i and (doc[start].is_punct or doc[start].is_space or doc[start].is_quote):
        start += 1
    return start, end


def colon_label(quote: Span, index: DocIndex) -> tuple[Token, Token] | None:
    """(speaker, cue) of a "Name: 'quote'" line (headlines, transcripts): a short phrase with a proper noun,
    opening the sentence and ending in a colon (the cue) before the quote."""
    sentence_start = index.sentence_bounds(quote.start)[0]
    colon = next((t for t in index.tokens[sentence_start : quote.start] if t.text == ":"), None)
    if colon is None or colon.i - sentence_start > MAX_LABEL_TOKENS:
        return None
    label = [t for t in index.tokens[sentence_start : colon.i] if not t.is_space and not t.is_punct]
    if not label or any(index.strength.get(t.i) for t in label) or index.quote_of[label[0].i] >= 0:
        return None
    names = [t for t in label if t.pos_ == "PROPN"]
    return (_name_head(names[-1], colon.i), colon) if names else None


DASHES = frozenset({"—", "–", "-", "--", "―"})
FROM_OPENERS = frozenset({"that", "this", "such", "those", "these", "so"})


def _name_after(tokens: list[Token], index: DocIndex) -> Token | None:
    """The head of the first name (a run of proper nouns, or a noun phrase) at the start of ``tokens``."""
    run = []
    for token in tokens:
        if index.quote_of[token.i] >= 0 or (token.is_punct and run):
            break
        if token.pos_ in ("PROPN", "NOUN") or (token.is_title and not token.is_punct):
            run.append(token)
        elif run or not (token.pos_ in ("DET", "ADJ") or token.is_punct):
            break
    propns = [t for t in run if t.pos_ == "PROPN"]
    return (propns or run or [None])[-1]


def dash_label(quote: Span, index: DocIndex) -> tuple[Token, Token] | None:
    """(speaker, cue) of a sign-off after the quote, on its line or the next:
    '"We will rebuild." — Commissioner Ruth Adler', the dash being the cue."""
    doc = index.doc
    i = quote.end
    while i < len(doc) and (doc[i].text in (",", ".") or doc[i].is_space):
        i += 1
    if i >= len(doc) or doc[i].text not in DASHES:
        return None
    rest = [t for t in index.paragraph_tokens(index.paragraph_of[i]) if t.i > i]
    if len(rest) > 2 * MAX_LABEL_TOKENS or any(t.pos_ in ("VERB", "AUX") for t in rest):
        return None  # a sign-off line names the speaker and says nothing else
    name = _name_after(rest, index)
    return (name, doc[i]) if name is not None else None


def next_sentence_source(quote: Span, index: DocIndex) -> tuple[Token, Token] | None:
    """(speaker, cue) named in the sentence after the quote: '"..." That was the warning from Lena Park.',
    the cue being the word "from" (or "by") points from."""
    tokens = index.tokens
    sentence = index.sentence_of[quote.end - 1]
    if quote.end >= len(tokens):
        return None
    if not tokens[quote.end].is_space and tokens[quote.end].lower_ not in FROM_OPENERS:
        return None  # the common case, decided without building the list below
    after = [t for t in tokens[quote.end : quote.end + 4 * MAX_LABEL_TOKENS] if not t.is_space]
    if not after or index.sentence_of[after[0].i] != sentence + 1 or after[0].lower_ not in FROM_OPENERS:
        return None
    words = [t for t in after if index.sentence_of[t.i] == sentence + 1]
    source = next((t for t in words if t.lower_ in ("from", "by") and t.dep_ in ("prep", "agent")), None)
    if source is None:
        return None
    name = next((c for c in source.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN")), None)
    return (name, source.head) if name is not None else None


def turn_label(quote: Span, index: DocIndex) -> tuple[Token, Token] | None:
    """(speaker, cue) of a transcript turn, whose quoted words open with the speaker's label:
    '"WALLACE: Do you think that was fair?', the colon being the cue."""
    opening = index.tokens[quote.start : min(quote.end, quote.start + MAX_LABEL_TOKENS)]
    words = [t for t in opening if not (t.is_quote or t.is_space)]
    colon = next((k for k, t in enumerate(words) if t.text == ":"), None)
    if not colon or colon > 4:
        return None
    label = [t for t in words[:colon] if t.is_alpha]
    if not label or len(label) < colon - 1 or not all(t.is_upper for t in label):
        return None  # transcripts write labels in capitals; "Missouri: Remember ..." is no turn
    return label[-1], words[colon]


def colon_subject(quote: Span, index: DocIndex) -> tuple[Token, Token] | None:
    """(speaker, cue) for a quote after a colon that closes a clause: 'Perez pressed for a higher wage: "..."'
    gives the subject of that clause, the colon being the cue."""
    tokens = index.tokens
    i = quote.start - 1
    while i >= 0 and tokens[i].is_space:
        i -= 1
    if i < 0 or tokens[i].text != ":" or index.quote_of[i] >= 0:
        return None
    head = tokens[i].head
    for _ in range(MAX_SUBJECT_CLIMB):
        subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS and c.i < i), None)
        if subject is not None:
            return (subject, tokens[i]) if index.quote_of[subject.i] < 0 else None
        if head.head is head or head.dep_ not in CLIMB_DEPS:
            return None
        head = head.head
    return None


# layout labels that name the speaker outright (and "colon" in headlines): the ranker, which rarely sees
# them in training, defers
DECISIVE_RULES = frozenset({"dash", "turn"})

LABEL_RULES = (
    ("turn", turn_label),
    ("colon", colon_label),
    ("colon_subject", colon_subject),
    ("dash", dash_label),
    ("next_sentence", next_sentence_source),
)


def looks_like_title(quote: Span, index: DocIndex) -> bool:
    """A short quote in title case inside a sentence that is not ("the show 'Meet the Press'"); in a headline,
    where every word but the small ones is capitalized, title case says nothing."""
    words = [t for t in index.tokens[quote.start : quote.end] if t.is_alpha]
    if not words:
        return True
    if len(words) > 8 or not all(w.is_title or w.lower_ in SMALL_WORDS for w in words):
        return False
    start, end = index.sentence_bounds(quote.start)
    outside = [t for t in index.tokens[start:end] if t.is_alpha and not (quote.start <= t.i < quote.end)]
    return any(t.is_lower and t.lower_ not in SMALL_WORDS for t in outside)


Evidence = list[tuple[str, Attribution]]  # (rule name, what the rule proposes), strongest rule first


class SpeakerRules:
    """Rule-based attribution of quotes to cues and speaker mentions.

    Each rule proposes an attribution; without a ranker the first proposal with a speaker wins, with one
    (see :mod:`quotex.attribution.ranker`) the proposals become features for scoring candidate mentions.
    """

    def __init__(self, lexicon: CueLexicon, ranker: "SpeakerRanker | None" = None) -> None:
        self.lexicon = lexicon
        self.ranker = ranker

    def attribute(self, doc: Doc, quotes: list[Span], bounds: list[tuple[int, int]]) -> list[Attribution]:
        """One Attribution per quote, in order."""
        index = DocIndex(doc, bounds, self.lexicon)
        results: list[Attribution] = []
        for qi, quote in enumerate(quotes):
            title = looks_like_title(quote, index)
            evidence = [] if title else self.evidence(quote, index, qi)
            previous = None if title else self.previous_speaker(quote, index, results, quotes)
            if previous is not None and (previous[0] == "continuation" or self.ranker is not None):
                evidence.append(previous)
            label = self.decisive_label(quote, index, evidence)
            if label is not None:
                result = label
            elif self.ranker is not None and not title:
                result = self.ranker.choose(quote, index, evidence)
            else:
                result = self.decide(evidence)
            results.append(result)
        return results

    @staticmethod
    def decisive_label(quote: Span, index: DocIndex, evidence: Evidence) -> Attribution | None:
        """The proposal of a layout label that names the speaker outright: a dash sign-off, a transcript
        turn, or a "Name:" label opening a headline."""
        decisive = DECISIVE_RULES
        if index.is_headline(index.paragraph_of[quote.start]):
            decisive = decisive | {"colon"}
        return next((a for name, a in evidence if name in decisive and a.speaker), None)

    @staticmethod
    def decide(evidence: Evidence) -> Attribution:
        """The first proposal with a speaker, else the first cue found, else nothing."""
        with_speaker = next((found for _, found in evidence if found.speaker is not None), None)
        return with_speaker or next((found for _, found in evidence), NO_ATTRIBUTION)

    def evidence(self, quote: Span, index: DocIndex, qi: int) -> Evidence:
        """What each rule proposes for ``quote``, strongest rule first."""
        paragraph = index.paragraph_of[quote.start]
        proposals: Evidence = []
        for k, cue in enumerate(syntactic_cues(quote, index, qi)[:3]):
            proposals.append((f"syntax{k}", self._from_cue(cue, index, quote)))
        for name, rule in LABEL_RULES:
            found = rule(quote, index)
            if found is not None:
                speaker, cue = found
                proposals.append((name, self._from_speaker(speaker, (cue.idx, cue.idx + len(cue.text)))))
        for name, cue in (
            ("nearest", nearest_cue(quote, index, paragraph, index.paragraph_of[quote.end - 1])),
            ("lead_in", lead_in_cue(index, paragraph)),
        ):
            if cue is not None:
                proposals.append((name, self._from_cue(cue, index, quote, antecedent=True)))
        return proposals

    def _from_cue(self, cue: Token, index: DocIndex, quote: Span, antecedent: bool = False) -> Attribution:
        """The cue's attribution; with ``antecedent``, a relative "who" gives way to the noun it stands for
        (a cue that does not govern the quote: '"...," said Ana Ruiz, who said she left. "I was tired."')."""
        last = next((c for c in cue.children if c.lower_ == "to"), cue) if cue.lower_ == "according" else cue
        cue_bounds = (cue.idx, last.idx + len(last.text))
        speaker = subject_of(cue, index, quote)
        if antecedent and speaker is not None and speaker.lower_ in RELATIVE_PRONOUNS:
            clause = speaker.head
            while clause.dep_ != "relcl" and clause.head is not clause and clause.dep_ in CLIMB_DEPS:
                clause = clause.head
            if clause.dep_ == "relcl" and index.quote_of[clause.head.i] < 0:
                speaker = clause.head
        return (
            self._from_speaker(speaker, cue_bounds) if speaker is not None else Attribution(cue_bounds, None)
        )

    @staticmethod
    def _from_speaker(speaker: Token, cue_bounds: tuple[int, int] | None) -> Attribution:
        start, end = mention_bounds(speaker)
        span = speaker.doc[start:end]
        return Attribution(cue_bounds, (span.start_char, span.end_char), speaker.i)

    @staticmethod
    def previous_speaker(
        quote: Span, index: DocIndex, results: list[Attribution], quotes: list[Span]
    ) -> tuple[str, Attribution] | None:
        """The previous quote's attribution as evidence: "previous" when it is in the same paragraph,
        "continuation" when this quote opens its paragraph and the previous one is at most two back."""
        if not results or results[-1].speaker is None:
            return None
        paragraph = index.paragraph_of[quote.start]
        distance = paragraph - index.paragraph_of[quotes[len(results) - 1].start]
        if distance == 0:
            return "previous", results[-1]
        tokens = index.paragraph_tokens(paragraph)
        if tokens and tokens[0].i >= quote.start and distance <= CONTINUATION_PARAGRAPHS:
            return "continuation", results[-1]
        return None
