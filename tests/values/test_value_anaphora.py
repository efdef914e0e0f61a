"""Dates read from the date the story last mentioned: "a year earlier", "the following year", "that month"."""

import datetime as dt

import pytest
from spacy.language import Language

from quotex.values import normalize_date
from quotex.values.calendar import Period

PUBLISHED = "2022-10-27"
Q3 = Period(dt.date(2022, 7, 1), dt.date(2022, 9, 30), "quarter")
MAY_1995 = Period(dt.date(1995, 5, 22), dt.date(1995, 5, 22), "day")
MARCH = Period(dt.date(2019, 3, 1), dt.date(2019, 3, 31), "month")


def read(text: str, anchor: Period | None) -> tuple | None:
    value = normalize_date(text, PUBLISHED, None, "", anchor)
    return None if value is None else (value["start"], value["end"], value["grain"])


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("a year earlier", Q3, ("2021-07-01", "2021-09-30", "quarter")),
        ("the year-ago quarter", Q3, ("2021-07-01", "2021-09-30", "quarter")),
        ("year-earlier", Q3, ("2021-07-01", "2021-09-30", "quarter")),
        ("the year-earlier third quarter", None, ("2021-07-01", "2021-09-30", "quarter")),
        ("the quarter", Q3, ("2022-07-01", "2022-09-30", "quarter")),
        ("the latest quarter", None, ("2022-07-01", "2022-09-30", "quarter")),
        ("the current quarter", Q3, ("2022-10-01", "2022-12-31", "quarter")),
        ("the 2021 quarter", Q3, ("2021-07-01", "2021-09-30", "quarter")),
        ("this year's third quarter", None, ("2022-07-01", "2022-09-30", "quarter")),
        ("the following year", MAY_1995, ("1996-01-01", "1996-12-31", "year")),
        ("later that year", MAY_1995, ("1995-01-01", "1995-12-31", "year")),
        ("the next morning", MAY_1995, ("1995-05-23", "1995-05-23", "day")),
        ("The following month", MARCH, ("2019-04-01", "2019-04-30", "month")),
        ("that month", MARCH, ("2019-03-01", "2019-03-31", "month")),
        (
            "the previous Friday",
            Period(dt.date(2022, 10, 21), dt.date(2022, 10, 21), "day"),
            ("2022-10-14", "2022-10-14", "day"),
        ),
    ],
)
def test_anchored_expressions(text: str, anchor: Period | None, expected: tuple) -> None:
    assert read(text, anchor) == expected


def test_without_a_comparable_anchor_the_publication_date_decides() -> None:
    assert read("a year ago", None) == ("2021-01-01", "2021-12-31", "year")
    assert read("a year ago", MARCH) == ("2021-01-01", "2021-12-31", "year")
    assert read("the following year", None) is None
    assert read("next year", MAY_1995) == ("2023-01-01", "2023-12-31", "year")
    assert read("next week", MAY_1995) == ("2022-10-31", "2022-11-06", "week")


def test_a_results_story_compares_like_periods(nlp: Language) -> None:
    text = (
        "Halvard Foods said third-quarter profit rose 12% to $40 million. A year earlier, it earned "
        "$35.7 million. Sales in the quarter climbed 8%."
    )
    doc = nlp.make_doc(text)
    doc._.quotex_published = PUBLISHED
    doc = nlp(doc)
    found = {e.text: e._.quotex_value for e in doc.ents if e.label_ == "DATE"}
    assert found["A year earlier"]["start"] == "2021-07-01"
    assert found["the quarter"]["end"] == "2022-09-30"


def test_a_year_before_the_end_of_a_reporting_period(nlp: Language) -> None:
    text = "For the six months ended Aug. 12, Halvard earned $6.5 million, up from $5 million a year earlier."
    doc = nlp.make_doc(text)
    doc._.quotex_published = PUBLISHED
    doc = nlp(doc)
    found = {e.text: e._.quotex_value for e in doc.ents if e.label_ == "DATE"}
    assert found["Aug. 12"]["start"] == "2022-08-12"
    assert (found["a year earlier"]["start"], found["a year earlier"]["grain"]) == ("2021-08-12", "day")


def test_the_year_and_the_past_year() -> None:
    assert read("the full year", MAY_1995) == ("2022-01-01", "2022-12-31", "year")
    assert read("the past year", None) == ("2021-01-01", "2021-12-31", "year")
    assert read("the last week", None) == ("2022-10-24", "2022-10-30", "week")
    assert read("the past decade", None) is None  # a duration
    assert read("the latest fiscal year", None) == ("2021-01-01", "2021-12-31", "year")


def test_the_latest_quarter_refocuses_later_comparisons(nlp: Language) -> None:
    text = (
        "Halvard expects sales to grow in 2024. Profit in the latest quarter rose to $9 million from "
        "$7 million a year ago."
    )
    doc = nlp.make_doc(text)
    doc._.quotex_published = PUBLISHED
    doc = nlp(doc)
    found = {e.text: e._.quotex_value for e in doc.ents if e.label_ == "DATE"}
    assert found["a year ago"]["start"] == "2021-07-01"


def test_fiscal_years_and_hedged_periods() -> None:
    assert read("the current fiscal year", None) == ("2022-01-01", "2022-12-31", "year")
    assert read("the 2021 fiscal year", None) == ("2021-01-01", "2021-12-31", "year")
    assert read("the next year or so", Period(dt.date(2022, 1, 1), dt.date(2022, 12, 31), "year")) == (
        "2023-01-01",
        "2023-12-31",
        "year",
    )
    assert read("later in the day", None) == ("2022-10-27", "2022-10-27", "day")
    assert read("later in the day", MAY_1995) == ("1995-05-22", "1995-05-22", "day")


def test_year_ago_after_a_look_back_reads_from_the_publication_year() -> None:
    last_year = Period(dt.date(2021, 1, 1), dt.date(2021, 12, 31), "year")
    assert read("the year-ago results", last_year) == ("2021-01-01", "2021-12-31", "year")
    sept_30 = Period(dt.date(2022, 9, 30), dt.date(2022, 9, 30), "day")
    assert read("the year-ago results", sept_30) == ("2021-07-01", "2021-09-30", "quarter")


def test_a_year_before_a_quarter_named_with_its_end(nlp: Language) -> None:
    text = "Halvard earned $6 million in the third quarter ended Sept. 30. A year earlier it lost $1 million."
    doc = nlp.make_doc(text)
    doc._.quotex_published = PUBLISHED
    doc = nlp(doc)
    found = {e.text: e._.quotex_value for e in doc.ents if e.label_ == "DATE"}
    assert (found["A year earlier"]["start"], found["A year earlier"]["grain"]) == ("2021-07-01", "quarter")


def test_a_hyphenated_fiscal_quarter() -> None:
    assert read("the fiscal-second quarter", None) == ("2022-04-01", "2022-06-30", "quarter")


def test_the_quarter_of_another_year_after_a_year_came_between(nlp: Language) -> None:
    text = (
        "Halvard said third-quarter profit will fall short of the 40 cents it earned last year. "
        "Halvard earned $3 million in the 2021 quarter."
    )
    doc = nlp.make_doc(text)
    doc._.quotex_published = PUBLISHED
    doc = nlp(doc)
    found = {e.text: e._.quotex_value for e in doc.ents if e.label_ == "DATE"}
    value = found.get("the 2021 quarter") or found["2021"]
    assert (value["start"], value["end"]) == ("2021-07-01", "2021-09-30")


def test_a_time_without_a_date_keeps_the_story_day(nlp: Language) -> None:
    text = (
        "Stocks in Oslo closed lower on Friday after a weak session overnight. The index ended 3% below "
        "its level of the previous Friday."
    )
    doc = nlp.make_doc(text)
    doc._.quotex_published = "2022-10-24"  # a Monday
    doc = nlp(doc)
    found = {e.text: e._.quotex_value for e in doc.ents if e.label_ in ("DATE", "TIME")}
    assert "overnight" in found
    assert found["the previous Friday"]["start"] == "2022-10-14"


def test_the_same_period_last_year(nlp: Language) -> None:
    text = (
        "Halvard lost $8 million in the third quarter. That compares with a profit of $2 million for the "
        "corresponding period last year and $1 million in the same period a year earlier."
    )
    doc = nlp.make_doc(text)
    doc._.quotex_published = PUBLISHED
    doc = nlp(doc)
    found = {e.text: e._.quotex_value for e in doc.ents if e.label_ == "DATE"}
    assert found["the corresponding period last year"]["start"] == "2021-07-01"
    assert found["the same period a year earlier"]["start"] == "2021-07-01"


def test_a_quarter_named_by_number_and_year_anchors_later_comparisons(nlp: Language) -> None:
    text = (
        "Orchard Bancorp's profit has grown every quarter this year. In this year's second quarter, it "
        "earned $4 million, against $3.1 million a year earlier."
    )
    doc = nlp.make_doc(text)
    doc._.quotex_published = PUBLISHED
    doc = nlp(doc)
    found = {e.text: e._.quotex_value for e in doc.ents if e.label_ == "DATE"}
    assert found["a year earlier"]["start"] == "2021-04-01"
    assert found["a year earlier"]["grain"] == "quarter"


def test_the_latest_quarter_is_one_that_has_ended(nlp: Language) -> None:
    text = (
        "Orchard Bancorp said the flood will result in a fourth-quarter charge. Its profit fell 9% in the "
        "latest quarter, compared with a gain a year ago."
    )
    doc = nlp.make_doc(text)
    doc._.quotex_published = "2022-11-02"
    doc = nlp(doc)
    found = {e.text: e._.quotex_value for e in doc.ents if e.label_ == "DATE"}
    assert (found["the latest quarter"]["start"], found["the latest quarter"]["end"]) == (
        "2022-07-01",
        "2022-09-30",
    )
    assert found["a year ago"]["start"] == "2021-07-01"


def test_a_quarter_takes_the_year_of_the_day_that_ends_it(nlp: Language) -> None:
    text = (
        "Halvard moved to a calendar year in March. In the second quarter ended Oct. 31, Halvard lost "
        "$2 million. Results for that quarter included a write-down."
    )
    doc = nlp.make_doc(text)
    doc._.quotex_published = PUBLISHED  # 2022-10-27: Oct. 31 is last year's
    doc = nlp(doc)
    found = {e.text: e._.quotex_value for e in doc.ents if e.label_ == "DATE"}
    assert found["Oct. 31"]["start"] == "2021-10-31"
    assert (found["the second quarter"]["start"], found["the second quarter"]["end"]) == (
        "2021-04-01",
        "2021-06-30",
    )
    assert found["that quarter"]["start"] == "2021-04-01"
