"""The value word lists come from models/ through the lexicon, one list each."""

from quotex.document.lexicon import currencies
from quotex.values.date_words import HOLIDAYS, MONTHS, WEEKDAYS
from quotex.values.words import words_to_number


def test_currency_roles_come_from_one_list() -> None:
    assert currencies("symbol")["$"] == "USD"
    assert currencies("name")["reais"] == "BRL"
    assert "pound" in currencies("ambiguous")
    assert "pound" not in currencies("noun")  # "ten pounds of flour" is no money
    assert "EUR" in currencies("code").values()


def test_number_and_date_words_are_read_from_the_lexicon() -> None:
    assert words_to_number("three hundred and forty-two") == 342
    assert words_to_number("two lakh") == 200000
    assert MONTHS["sept"] == 9 and WEEKDAYS["thurs"] == 3
    assert HOLIDAYS["boxing day"] == (12, 26)
