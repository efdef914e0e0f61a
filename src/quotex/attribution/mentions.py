"""From a cue or a word to the speaker mention: subjects, adjacent nouns, name heads, mention bounds."""

from spacy.tokens import Span, Token

from quotex.attribution.cues import CueIndex
from quotex.document.lexicon import RELATIVE_PRONOUNS, SUBJECT_DEPS, speech_verbs

CLIMB_DEPS = ("conj", "advcl", "xcomp", "ccomp", "relcl", "acl", "pcomp", "parataxis")
NAME_ENTITIES = frozenset({"PERSON", "ORG"})
NOUNS = ("PROPN", "NOUN", "PRON")
NAME_LINKS = frozenset({"compound", "flat", "nummod", "poss", "case"})
OF_LINKS = frozenset({"of", "for", "at"})
MAX_SUBJECT_CLIMB = 4
DASHES = frozenset({"—", "–", "-", "--", "―"})
LEFT_OVER_POS = frozenset({"DET", "ADP", "PART", "CCONJ", "SCONJ", "VERB", "AUX", "PUNCT", "SPACE"})


def subject_of(cue: Token, index: CueIndex, quote: Span) -> Token | None:
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


def _subject_child(node: Token, index: CueIndex) -> Token | None:
    subjects = [
        c
        for c in node.children
        if (c.dep_ in SUBJECT_DEPS or is_misparsed_name(c)) and index.quote_of[c.i] < 0
    ]
    if subjects:
        return _name_beside(subjects)
    agent = next((c for c in node.children if c.dep_ == "agent"), None)
    if agent is not None:
        return next((c for c in agent.children if c.dep_ == "pobj" and index.quote_of[c.i] < 0), None)
    return None


def _name_beside(subjects: list[Token]) -> Token:
    """The first subject, or the name the parser split off right after it as a second subject ("his cousin
    Marta Oyelaran added": the name, not "his cousin")."""
    first = subjects[0]
    if first.pos_ != "NOUN":
        return first
    return next((s for s in subjects[1:] if s.pos_ == "PROPN" and s.left_edge.i == first.i + 1), first)


def name_head(token: Token, limit: int | None = None) -> Token:
    """Climb from a name part ("Maria" in "Maria Santos") to the head of the name."""
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        if limit is not None and token.head.i >= limit:
            break
        token = token.head
    return token


def adjacent_noun(cue: Token, index: CueIndex, quote: Span) -> Token | None:
    """The first noun between the quote and a cue that follows it ('"...," Santos, 58, said'), else the noun
    just before the cue (skipping adverbs and auxiliaries), else the one just after it ("said Santos")."""
    doc = cue.doc
    if quote.end <= cue.i:
        for token in doc[quote.end : cue.i]:
            if index.quote_of[token.i] >= 0:
                break
            if token.pos_ in NOUNS:
                return name_head(token, cue.i)
    for step in (-1, 1):
        i = cue.i + step
        while 0 <= i < len(doc) and doc[i].pos_ in ("ADV", "AUX", "PART") and index.quote_of[i] < 0:
            i += step
        if 0 <= i < len(doc) and index.quote_of[i] < 0:
            token = doc[i]
            if token.pos_ in NOUNS and token.lower_ not in RELATIVE_PRONOUNS:
                return name_head(token)
    return None


def mention_bounds(head: Token) -> tuple[int, int]:
    """Token bounds [start, end) of the noun phrase headed by ``head``: its left modifiers (none before a
    spaced dash, which ends a dateline), name parts and "of/for/at" attachments, without appositions or
    relative clauses."""
    doc = head.doc
    start, end = head.left_edge.i, head.i + 1
    for child in head.rights:
        if child.i != end:
            break
        if child.dep_ in NAME_LINKS or (child.dep_ == "prep" and child.lower_ in OF_LINKS):
            end = child.right_edge.i + 1
        else:
            break
    start = max([start] + [t.i + 1 for t in doc[start : head.i] if is_spaced_dash(t)])
    while start < head.i and (doc[start].is_punct or doc[start].is_space or doc[start].is_quote):
        start += 1
    return start, end


def is_spaced_dash(token: Token) -> bool:
    """A dash set off by spaces ("DENVER - Protesters", "a claim — Santos said"): it ends a phrase, unlike
    the hyphen of "self-described"."""
    spaced_before = token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
    return token.text in DASHES and bool(token.whitespace_) and spaced_before


def speaker_mention(head: Token, quote_of: list[int]) -> tuple[Token, int, int]:
    """The head and token bounds of the speaker mention headed by ``head``; the name itself where one is set
    right after a common noun's phrase ("the Danish newspaper Politiken": "Politiken"). Quoted words (by
    ``quote_of``, each token's quote number, -1 outside quotes) are never part of the mention, wherever the
    parser hung them ('...concern," Sarandon': "Sarandon")."""
    start, end = mention_bounds(head)
    noun = _noun_before_verb(head)
    if noun is not None:
        head, end = noun, noun.i + 1
    if head.pos_ == "NOUN" and end < len(head.doc):
        name = name_head(head.doc[end])
        if name.head.i == head.i and name.dep_ == "appos" and name.pos_ == "PROPN":
            head, (start, end) = name, mention_bounds(name)
    if quote_of[head.i] < 0:  # a transcript's label opens the quote it speaks
        start, end = _outside_quotes(head, start, end, quote_of)
    return head, start, end


def _noun_before_verb(head: Token) -> Token | None:
    """The noun before a speech verb the tagger took for the phrase's head noun, the phrase standing as its
    sentence's root or an apposition with nothing after it ('"...," the email read.', 'the document states,
    "..."'): "email", "document"; None for any other head."""
    doc, word = head.doc, head.lower_
    if head.pos_ != "NOUN" or head.dep_ not in ("ROOT", "appos") or head.i == 0:
        return None
    forms = {word, word[:-1], word[:-2], word[:-3] + "y"}  # "read", "states", "notes", "replies"
    if not forms & speech_verbs():
        return None
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if after is not None and not (after.is_punct or after.is_space or after.lower_ == "that"):
        return None
    noun = doc[head.i - 1]
    linked = noun.head.i == head.i and noun.dep_ in ("compound", "amod", "nmod")
    return noun if linked and noun.pos_ in ("NOUN", "PROPN") else None


def _outside_quotes(head: Token, start: int, end: int, quote_of: list[int]) -> tuple[int, int]:
    """The bounds narrowed to the words around ``head`` that no quote holds, without the punctuation or the
    function words a cut leaves at either end ("Sanders's call for a": "Sanders's call")."""
    doc = head.doc
    start = next((i + 1 for i in range(head.i - 1, start - 1, -1) if quote_of[i] >= 0), start)
    cut = next((i for i in range(head.i + 1, end) if quote_of[i] >= 0), None)
    while start < head.i and (doc[start].is_punct or doc[start].is_space or doc[start].is_quote):
        start += 1
    if cut is None:
        return start, end
    while cut - 1 > head.i and doc[cut - 1].pos_ in LEFT_OVER_POS:
        cut -= 1
    return start, cut
