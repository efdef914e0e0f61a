"""A nickname in quotation marks inside a person's name is no quote, and the name keeps the person whole
(texts written for quotex)."""

import pytest

import quotex
from quotex.document.marks import find_quote_segments, nickname_spans


@pytest.mark.parametrize(
    "text",
    [
        'Rep. Thomas J. "Tommy" Okafor spoke first.',
        "Rep. Thomas J. ''Tommy'' Okafor spoke first.",
        "Lena “Lee” Varga spoke first.",
    ],
)
def test_a_nickname_inside_a_name_is_no_quote(text: str) -> None:
    assert find_quote_segments(text) == []
    assert len(nickname_spans(text)) == 1


def test_a_capitalized_word_in_quotes_after_other_words_is_still_a_quote() -> None:
    text = 'The film Felt "Hollow" At times, critics said. Okafor called it "Great" twice.'
    assert len(find_quote_segments(text)) == 2
    assert nickname_spans(text) == []


def test_a_nicknamed_speaker_gets_the_full_name_without_the_nickname() -> None:
    text = (
        'Rep. Thomas J. "Tommy" Okafor (D-Marlow) spoke on Monday. '
        '"We will win this seat," Okafor said. "The voters are with us," he added.'
    )
    article = quotex.extract(text)
    assert [q.text for q in article.quotes] == ["We will win this seat,", "The voters are with us,"]
    assert [q.speaker.name for q in article.quotes if q.speaker] == ["Thomas J. Okafor", "Thomas J. Okafor"]
    people = [e.text for e in article.entities if e.label == "PERSON"]
    assert 'Thomas J. "Tommy" Okafor' in people
