"""Shared fixtures: the full quotex pipeline (loaded once per session) and a blank English pipeline."""

import pytest
import spacy
from spacy.language import Language

import quotex


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The full quotex pipeline on the default base model; loaded once, do not add or remove pipes."""
    return quotex.load()


@pytest.fixture
def blank() -> Language:
    """A fresh ``spacy.blank("en")`` for tests of single components."""
    return spacy.blank("en")
