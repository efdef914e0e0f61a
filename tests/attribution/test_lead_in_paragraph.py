"""A paragraph ending in a colon leads into the quote that opens the next one (texts written for quotex)."""

import quotex


def _speaker(text: str, words: str) -> str | None:
    quote = next(q for q in quotex.extract(text).quotes if words in q.text)
    return quote.speaker.text if quote.speaker else None


def test_colon_lead_in_without_a_speech_verb_names_its_subject() -> None:
    text = (
        "The harbor master met the ferry crews on Monday morning.\n\n"
        "She then set out the three rules every captain must follow this winter:\n\n"
        '"Check the ice charts before you leave the dock. Carry a second radio on every trip. '
        'Report every delay to the office within the hour."'
    )
    assert _speaker(text, "ice charts") == "She"


def test_colon_lead_in_before_several_quoted_paragraphs() -> None:
    text = (
        "The harbor master met the ferry crews on Monday morning.\n\n"
        "She then set out the three rules every captain must follow this winter:\n\n"
        '"Check the ice charts before you leave the dock, and carry a second radio on every trip."\n\n'
        '"Report every delay to the office within the hour, even a short one."'
    )
    assert _speaker(text, "ice charts") == "She"
