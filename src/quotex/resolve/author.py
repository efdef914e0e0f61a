"""The author of a first-person piece, for an "I" that speaks outside quotation marks.

A piece is first-person when its narration says I, me or my a few times; its author is the person a byline
("By Ana Ruiz"), a closing credit ("From THE BOOK by Ana Ruiz", "Contributing: Ana Ruiz") or a closing
tagline ("Ana Ruiz is a reporter for ...") names.
"""

from spacy.tokens import Token

from quotex.resolve.article import ArticleIndex

FIRST_PERSON = frozenset({"i", "me", "my", "myself"})
FIRST_PERSON_MIN = 3  # narration using I/me/my at least this often is a first-person piece
CREDIT_WORDS = frozenset({"by", "contributing"})
TAGLINE_VERBS = frozenset({"is", "was"})
CLOSING_PARAGRAPHS = 3  # taglines and credits stand in the last few paragraphs


def author_cluster(index: ArticleIndex) -> int | None:
    """The cluster of a first-person piece's author, or None (not first-person, or no author named)."""
    tokens = index.tokens
    narration = sum(1 for t in tokens if t.lower_ in FIRST_PERSON and not index.in_quote[t.i])
    if narration < FIRST_PERSON_MIN:
        return None
    last_paragraph = index.layout.paragraph_of[-1] if tokens else 0
    for m in index.mentions:
        if index.clusters[m.cluster].kind != "person" or m.in_quote:
            continue
        before = _previous_word(index, m.start)
        paragraph = index.layout.paragraph_of[m.start]
        opens_line = before is None or index.layout.paragraph_of[before.i] != paragraph
        closing = last_paragraph - paragraph < CLOSING_PARAGRAPHS
        if before is not None and before.lower_ in CREDIT_WORDS and (closing or _opens(index, before)):
            return m.cluster  # "By Ana Ruiz", "... by Ana Ruiz.", "Contributing: Ana Ruiz"
        after = tokens[m.end] if m.end < len(tokens) else None
        if closing and opens_line and after is not None and after.lower_ in TAGLINE_VERBS:
            return m.cluster  # "Ana Ruiz is a playwright ..."
    return None


def _previous_word(index: ArticleIndex, i: int) -> Token | None:
    """The nearest word before token ``i`` that is no whitespace or punctuation."""
    for j in range(i - 1, -1, -1):
        t = index.tokens[j]
        if not (t.is_space or t.is_punct):
            return t
    return None


def _opens(index: ArticleIndex, token: Token) -> bool:
    """Whether ``token`` is the first word of its line."""
    before = _previous_word(index, token.i)
    return before is None or index.layout.paragraph_of[before.i] != index.layout.paragraph_of[token.i]
