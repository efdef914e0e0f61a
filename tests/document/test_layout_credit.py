"""Closing credits of digest items: the bracketed source at the end of a paragraph."""

import spacy

from quotex.document.layout import closing_credit


def _words(text: str) -> list:
    return [t for t in spacy.blank("en")(text) if not t.is_space]


def test_the_bracketed_source_closing_a_paragraph_is_its_credit() -> None:
    assert closing_credit(_words("FARES GO UP “A fifth more.” [Eastport Ledger.]")) == "Eastport Ledger"
    assert closing_credit(_words("FARES GO UP “A fifth more.” [AP]")) == "AP"


def test_no_credit_without_closing_brackets_or_with_a_long_or_lower_case_aside() -> None:
    assert closing_credit(_words("Fares go up, the mayor said.")) is None
    assert closing_credit(_words("Fares go up [see the full table of fares below].")) is None
    assert closing_credit(_words("Fares go up [sic]")) is None
    assert closing_credit(_words("]")) is None
