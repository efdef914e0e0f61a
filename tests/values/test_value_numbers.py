"""Number normalization: the number, its unit and whether the text hedges it."""

import pytest

from quotex.schema import NumberValue
from quotex.values import normalize_number
from quotex.values.words import ordinal_value, words_to_number


def value(text: str, label: str = "CARDINAL", before: str = "", after: str = "") -> tuple | None:
    found = normalize_number(text, label, before, after)
    if found is None:
        return None
    NumberValue.model_validate(found)
    return round(found["number"], 6), found["unit"], found["approximate"]


@pytest.mark.parametrize(
    ("text", "number"),
    [("230,000", 230000), ("1.2 million", 1.2e6), ("3.4bn", 3.4e9), ("12", 12), ("4.5 million", 4.5e6),
     ("1,234,567", 1234567), ("10k", 10000), ("1.8m", 1.8e6), ("2 1/2", 2.5), ("0.3", 0.3)],
)  # fmt: skip
def test_digits_with_separators_and_scales(text: str, number: float) -> None:
    assert value(text) == (round(number, 6), None, False)


@pytest.mark.parametrize(
    ("text", "number"),
    [("two dozen", 24), ("a dozen", 12), ("three hundred and forty-two", 342), ("a third", 0.333333),
     ("two-thirds", 0.666667), ("Twenty-five", 25), ("Four thousand", 4000), ("one hundred", 100),
     ("a billion", 1e9), ("half a million", 5e5), ("one and a half", 1.5), ("Half", 0.5), ("a half", 0.5),
     ("two and a half million", 2.5e6), ("one and a half billion", 1.5e9)],
)  # fmt: skip
def test_number_words(text: str, number: float) -> None:
    assert value(text) == (round(number, 6), None, False)


@pytest.mark.parametrize(
    ("text", "label", "before", "after", "expected"),
    [
        ("$42 million", "MONEY", "", "", (42e6, "USD")),
        ("€2.3bn", "MONEY", "", "", (2.3e9, "EUR")),
        ("2.3bn", "MONEY", "a €", " aid", (2.3e9, "EUR")),  # spaCy leaves the symbol out
        ("18 million euros", "MONEY", "", "", (18e6, "EUR")),
        ("18 million", "CARDINAL", "fined ", " euros for", (18e6, "EUR")),
        ("£500", "MONEY", "", "", (500, "GBP")),
        ("500", "MONEY", "receive £", "", (500, "GBP")),
        ("US$2.5 billion", "MONEY", "", "", (2.5e9, "USD")),
        ("C$4 billion", "MONEY", "", "", (4e9, "CAD")),
        ("5,000 Swiss francs", "MONEY", "", "", (5000, "CHF")),
        ("300 million yuan", "MONEY", "", "", (3e8, "CNY")),
        ("EUR 300 million", "MONEY", "", "", (3e8, "EUR")),
        ("500 crore", "MONEY", "Rs ", "", (5e9, "INR")),
        ("30 cents", "MONEY", "", "", (0.3, "USD")),
        ("45 pence", "MONEY", "", "", (0.45, "GBP")),
        ("1.1 billion pounds", "MONEY", "", "", (1.1e9, "GBP")),
    ],
)
def test_currencies_as_iso_codes(text: str, label: str, before: str, after: str, expected: tuple) -> None:
    assert value(text, label, before, after) == (round(expected[0], 6), expected[1], False)


@pytest.mark.parametrize(
    ("text", "label", "after", "expected"),
    [
        ("7.5 percent", "PERCENT", "", (7.5, "percent")),
        ("12%", "PERCENT", "", (12, "percent")),
        ("70 per cent", "PERCENT", "", (70, "percent")),
        ("Sixty-two percent", "PERCENT", "", (62, "percent")),
        ("70", "CARDINAL", " per cent of", (70, "percent")),
        ("0.5 percentage points", "PERCENT", "", (0.5, "percentage point")),
        ("a quarter", "CARDINAL", " of a percentage point", (0.25, "percentage point")),
        ("300 kilograms", "QUANTITY", "", (300, "kilogram")),
        ("1.2 million tonnes", "QUANTITY", "", (1.2e6, "tonne")),
        ("57km", "QUANTITY", "", (57, "kilometre")),
        ("150 mph", "QUANTITY", "", (150, "mile per hour")),
        ("250 km/h", "QUANTITY", "", (250, "kilometre per hour")),
        ("40 degrees", "QUANTITY", " Celsius in", (40, "degree Celsius")),
        ("10,000 square kilometres", "QUANTITY", "", (10000, "square kilometre")),
        ("12 pounds", "QUANTITY", "", (12, "pound")),
        ("2 million", "CARDINAL", " barrels of oil", (2e6, "barrel")),
        ("2 metres overnight", "QUANTITY", "", (2, "metre")),
        ("minus 30 degrees", "QUANTITY", "", (-30, "degree")),
    ],
)
def test_percent_and_units(text: str, label: str, after: str, expected: tuple) -> None:
    assert value(text, label, after=after) == (round(expected[0], 6), expected[1], False)


@pytest.mark.parametrize(
    ("text", "before"),
    [("about 5 percent", ""), ("roughly a third", ""), ("an estimated 230,000", ""), ("more than 500", ""),
     ("nearly two dozen", ""), ("some 300", ""), ("around 800", ""), ("almost 40,000", ""),
     ("over 1,000", ""),
     ("up to 4%", ""), ("at least 1,500", ""), ("fewer than 100", ""), ("just under 55 percent", ""),
     ("230,000", "an estimated "), ("500", "More than "), ("4%", "up to "), ("1.5 million", "nearly "),
     ("between 200 and 300", ""), ("$2-3 million", "")],
)  # fmt: skip
def test_hedges_inside_and_left_of_the_span_are_approximate(text: str, before: str) -> None:
    assert value(text, "CARDINAL", before)[2] is True


def test_exact_numbers_are_not_approximate() -> None:
    assert value("Only 5%", "PERCENT") == (5, "percent", False)
    assert value("230,000", before="the ministry counted ")[2] is False


@pytest.mark.parametrize("text", ["Hundreds of thousands", "Dozens", "thousands", "a few hundred", "several"])
def test_vague_counts_have_no_number(text: str) -> None:
    assert value(text) is None


def test_ordinals_and_fractions_written_as_ordinals() -> None:
    assert value("third", "ORDINAL", "the ") == (3, None, False)
    assert value("21st", "ORDINAL") == (21, None, False)
    assert value("fifth", "ORDINAL", "lost a ") == (0.2, None, False)
    assert ordinal_value("twenty-first") == 21


def test_words_that_are_not_numbers() -> None:
    assert words_to_number("people") is None
    assert value("the rest") is None


def test_words_before_the_span_that_look_like_codes_are_not_currencies() -> None:
    assert value("5", "CARDINAL", "they will try ") == (5, None, False)
    assert value("500", "CARDINAL", "over the years. ") == (500, None, False)
    assert value("5 million", "MONEY", "paid TRY ") == (5e6, "TRY", False)


@pytest.mark.parametrize("text", ["24/7", "2-1"])
def test_scores_and_slogans_are_not_numbers(text: str) -> None:
    assert value(text) is None


def test_fractions_in_digits() -> None:
    assert value("3/4") == (0.75, None, False)
