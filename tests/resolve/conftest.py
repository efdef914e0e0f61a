"""Helpers for resolution tests: mark the speaker mention in the text with [[...]] and resolve it."""

from collections.abc import Callable, Sequence

import pytest
from spacy.language import Language

from quotex.resolve import resolve_speaker

Resolve = Callable[..., tuple[str | None, str | None]]


@pytest.fixture
def resolve(nlp: Language) -> Resolve:
    """``resolve("... [[he]] said.", previous=[...])`` -> (name, label) for the marked mention."""

    def run(marked: str, previous: Sequence[str] = ()) -> tuple[str | None, str | None]:
        start = marked.index("[[")
        end = marked.index("]]") - 2
        text = marked.replace("[[", "", 1).replace("]]", "", 1)
        doc = nlp(text)
        mention = doc.char_span(start, end, alignment_mode="expand")
        assert mention is not None
        return resolve_speaker(doc, mention, previous)

    return run
