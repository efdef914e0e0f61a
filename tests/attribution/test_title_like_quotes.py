"""Quotes in title case: the ranker weighs them, so a speech verb's subject still speaks them (texts written
for quotex)."""

import pytest

import quotex


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('Okafor told reporters the deal was "A Fair Start" for the district.', "A Fair Start", "Okafor"),
        (
            'Okafor has promised "Clean Streets For All" to every voter in the district.',
            "Clean Streets",
            "Okafor",
        ),
    ],
)
def test_title_case_quote_after_a_speech_verb_is_spoken(text: str, words: str, speaker: str) -> None:
    quote = next(q for q in quotex.extract(text).quotes if words in q.text)
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_title_of_a_show_without_a_speech_verb_has_no_speaker() -> None:
    quote = quotex.extract('She has watched "The Long Winter" three times this year.').quotes[0]
    assert quote.speaker is None


def test_short_capitalized_sentence_after_a_cue_is_spoken_in_two_apostrophe_quotes() -> None:
    """The parser hangs the opening '' on the sentence before; the quote is still a sentence of its own."""
    text = (
        "The mayor opened the new hall on Sunday.\n\n"
        "''We are not a burden on this city, or an object of pity,'' the mayor added. ''We're Marlow.''\n\n"
        "Ms. Okafor rang the bell."
    )
    quote = next(q for q in quotex.extract(text).quotes if "Marlow" in q.text)
    assert quote.speaker is not None and quote.speaker.text == "the mayor"
