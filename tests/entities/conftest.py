"""Builders of hand-annotated Docs for the entity-refinement rules (no model needed)."""

from collections.abc import Callable, Sequence

import pytest
import spacy
from spacy.tokens import Doc

# One parsed token: (word, universal POS, dependency label, index of its head, lemma).
ParsedToken = tuple[str, str, str, int, str]


def _iob(length: int, ents: Sequence[tuple[int, int, str]]) -> list[str]:
    tags = ["O"] * length
    for start, end, label in ents:
        tags[start] = f"B-{label}"
        for i in range(start + 1, end):
            tags[i] = f"I-{label}"
    return tags


@pytest.fixture(scope="module")
def make_doc() -> Callable[..., Doc]:
    """``make_doc(words, ents, spaces=None)``: a Doc with entities as (start token, end token, label)."""
    vocab = spacy.blank("en").vocab

    def make(
        words: list[str], ents: Sequence[tuple[int, int, str]] = (), spaces: list[bool] | None = None
    ) -> Doc:
        return Doc(vocab, words=words, spaces=spaces, ents=_iob(len(words), ents))

    return make


@pytest.fixture(scope="module")
def make_parsed() -> Callable[..., Doc]:
    """``make_parsed(tokens, ents)``: a Doc with POS, parse and lemmas from (word, pos, dep, head, lemma)."""
    vocab = spacy.blank("en").vocab

    def make(tokens: list[ParsedToken], ents: Sequence[tuple[int, int, str]] = ()) -> Doc:
        return Doc(
            vocab,
            words=[t[0] for t in tokens],
            pos=[t[1] for t in tokens],
            deps=[t[2] for t in tokens],
            heads=[t[3] for t in tokens],
            lemmas=[t[4] for t in tokens],
            ents=_iob(len(tokens), ents),
        )

    return make
