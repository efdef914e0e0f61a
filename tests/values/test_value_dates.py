"""Date normalization: what a reader of the article would take each expression to mean."""

import pytest

from quotex.schema import DateValue
from quotex.values import normalize_date

TUESDAY = "2022-03-15"  # a Tuesday


def span(
    text: str, published: str | None = TUESDAY, tense: str | None = None, before: str = ""
) -> tuple | None:
    value = normalize_date(text, published, tense, before)
    if value is None:
        return None
    DateValue.model_validate(value)
    return value["start"], value["end"], value["grain"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 May 2021", ("2021-05-03", "2021-05-03", "day")),
        ("May 3, 2021", ("2021-05-03", "2021-05-03", "day")),
        ("Sept. 5, 2021", ("2021-09-05", "2021-09-05", "day")),
        ("Tuesday, February 2, 2021", ("2021-02-02", "2021-02-02", "day")),
        ("2019-10-14", ("2019-10-14", "2019-10-14", "day")),
        ("May 2021", ("2021-05-01", "2021-05-31", "month")),
        ("2021", ("2021-01-01", "2021-12-31", "year")),
        ("fiscal 2021", ("2021-01-01", "2021-12-31", "year")),
        ("the 1990s", ("1990-01-01", "1999-12-31", "decade")),
        ("the '80s", ("1980-01-01", "1989-12-31", "decade")),
        ("the nineties", ("1990-01-01", "1999-12-31", "decade")),
        ("the 21st century", ("2000-01-01", "2099-12-31", "century")),
        ("the nineteenth century", ("1800-01-01", "1899-12-31", "century")),
        ("the 1800s", ("1800-01-01", "1899-12-31", "century")),
    ],
)
def test_absolute_dates_at_every_grain(text: str, expected: tuple) -> None:
    assert span(text) == expected
    assert span(text, published=None) == expected  # absolute: no reference needed


@pytest.mark.parametrize(
    ("text", "tense", "expected_day"),
    [
        ("Tuesday", "past", "2022-03-15"),  # "said on Tuesday", published that Tuesday
        ("Monday", "past", "2022-03-14"),
        ("Friday", "past", "2022-03-11"),
        ("Friday", "future", "2022-03-18"),  # "will vote on Friday"
        ("Thursday", "present", "2022-03-17"),  # "the trial resumes on Thursday"
        ("Sunday", None, "2022-03-13"),  # no verb: news reports the past
        ("last Friday", None, "2022-03-11"),
        ("next Monday", None, "2022-03-21"),
        ("Sunday morning", "past", "2022-03-13"),
    ],
)
def test_weekdays_follow_the_tense(text: str, tense: str | None, expected_day: str) -> None:
    assert span(text, tense=tense) == (expected_day, expected_day, "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yesterday", ("2022-03-14", "2022-03-14", "day")),
        ("today", ("2022-03-15", "2022-03-15", "day")),
        ("tomorrow", ("2022-03-16", "2022-03-16", "day")),
        ("last night", ("2022-03-14", "2022-03-14", "day")),
        ("this week", ("2022-03-14", "2022-03-20", "week")),
        ("last week", ("2022-03-07", "2022-03-13", "week")),
        ("next week", ("2022-03-21", "2022-03-27", "week")),
        ("last month", ("2022-02-01", "2022-02-28", "month")),
        ("next month", ("2022-04-01", "2022-04-30", "month")),
        ("earlier this month", ("2022-03-01", "2022-03-31", "month")),
        ("last year", ("2021-01-01", "2021-12-31", "year")),
        ("this year", ("2022-01-01", "2022-12-31", "year")),
        ("next year", ("2023-01-01", "2023-12-31", "year")),
        ("last quarter", ("2021-10-01", "2021-12-31", "quarter")),
        ("two years ago", ("2020-01-01", "2020-12-31", "year")),
        ("three days ago", ("2022-03-12", "2022-03-12", "day")),
        ("a decade ago", ("2010-01-01", "2019-12-31", "decade")),
        ("last weekend", ("2022-03-12", "2022-03-13", "week")),
        ("last October", ("2021-10-01", "2021-10-31", "month")),
    ],
)
def test_relative_words(text: str, expected: tuple) -> None:
    assert span(text) == expected


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("the first quarter", "past", ("2022-01-01", "2022-03-31", "quarter")),
        ("the fourth quarter", "past", ("2021-10-01", "2021-12-31", "quarter")),
        ("the third quarter", "future", ("2022-07-01", "2022-09-30", "quarter")),
        ("the third quarter of 2021", None, ("2021-07-01", "2021-09-30", "quarter")),
        ("Q2 2020", None, ("2020-04-01", "2020-06-30", "quarter")),
        ("the fourth quarter of next year", None, ("2023-10-01", "2023-12-31", "quarter")),
        ("the first three months of the year", None, ("2022-01-01", "2022-03-31", "quarter")),
        ("the second half of 2020", None, ("2020-07-01", "2020-12-31", "half")),
        ("the first half of the year", None, ("2022-01-01", "2022-06-30", "half")),
        ("H1 2022", None, ("2022-01-01", "2022-06-30", "half")),
    ],
)
def test_quarters_and_halves(text: str, tense: str | None, expected: tuple) -> None:
    assert span(text, tense=tense) == expected


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("summer 2020", None, ("2020-06-01", "2020-08-31", "season")),
        ("the autumn of 1899", None, ("1899-09-01", "1899-11-30", "season")),
        ("the winter of 2021", None, ("2020-12-01", "2021-02-28", "season")),
        ("last summer", None, ("2021-06-01", "2021-08-31", "season")),
        ("this summer", None, ("2022-06-01", "2022-08-31", "season")),
        ("the winter", "past", ("2021-12-01", "2022-02-28", "season")),
        ("next spring", None, ("2023-03-01", "2023-05-31", "season")),
    ],
)
def test_seasons(text: str, tense: str | None, expected: tuple) -> None:
    assert span(text, tense=tense) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("early 2020", ("2020-01-01", "2020-04-30", "month")),
        ("mid-2020", ("2020-05-01", "2020-08-31", "month")),
        ("late 2020", ("2020-09-01", "2020-12-31", "month")),
        ("the end of 2024", ("2024-09-01", "2024-12-31", "month")),
        ("late December 2019", ("2019-12-21", "2019-12-31", "day")),
        ("the early 1990s", ("1990-01-01", "1993-12-31", "year")),
        ("the late 1960s", ("1967-01-01", "1969-12-31", "year")),
        ("late last year", ("2021-09-01", "2021-12-31", "month")),
    ],
)
def test_early_mid_late(text: str, expected: tuple) -> None:
    assert span(text) == expected


@pytest.mark.parametrize(
    ("text", "before", "expected"),
    [
        ("April 2021 to July 2022", "from", ("2021-04-01", "2022-07-31", "month")),
        ("from April 2021 to July 2022", "", ("2021-04-01", "2022-07-31", "month")),
        ("between March and October 2022", "", ("2022-03-01", "2022-10-31", "month")),
        ("March and October 2022", "between", ("2022-03-01", "2022-10-31", "month")),
        ("2019-2021", "", ("2019-01-01", "2021-12-31", "year")),
        ("2020-21", "", ("2020-01-01", "2021-12-31", "year")),
        ("1967 to 1974", "from", ("1967-01-01", "1974-12-31", "year")),
        ("May 3-5, 2021", "", ("2021-05-03", "2021-05-05", "day")),
        ("3-5 May 2021", "", ("2021-05-03", "2021-05-05", "day")),
        ("June to August last year", "from", ("2021-06-01", "2021-08-31", "month")),
    ],
)
def test_ranges_are_one_value(text: str, before: str, expected: tuple) -> None:
    assert span(text, before=before) == expected


@pytest.mark.parametrize(
    "text",
    ["three years", "two weeks", "decades", "a week", "once a week", "every year", "the past five months",
     "the next five years", "recent years", "45-year-old", "the past decade", "several weeks", "24 hours"],
)  # fmt: skip
def test_durations_and_frequencies_have_no_date(text: str) -> None:
    assert span(text) is None


def test_leading_months_without_a_year_are_a_length() -> None:
    assert span("the first nine months") is None  # of a reporting year that may be fiscal
    assert span("the first nine months of 2021") == ("2021-01-01", "2021-09-30", "month")
    assert span("March", before="each") is None


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("March", "past", ("2021-03-01", "2021-03-31", "month")),  # published in November
        ("January", "future", ("2022-01-01", "2022-01-31", "month")),
        ("December 12", "future", ("2021-12-12", "2021-12-12", "day")),
        ("August", None, ("2021-08-01", "2021-08-31", "month")),  # no tense: the nearest August
    ],
)
def test_months_without_a_year_take_the_year_the_tense_implies(
    text: str, tense: str | None, expected: tuple
) -> None:
    assert span(text, published="2021-11-04", tense=tense) == expected


def test_since_reads_as_past() -> None:
    assert span("March", published="2021-02-02", tense="future", before="since")[0] == "2020-03-01"


@pytest.mark.parametrize(
    "text", ["yesterday", "last week", "Tuesday", "March", "the first quarter", "next month"]
)
def test_relative_dates_without_a_reference_have_no_value(text: str) -> None:
    assert span(text, published=None) is None


@pytest.mark.parametrize(
    ("text", "published", "tense", "expected"),
    [
        (
            "the weekend",
            "2022-09-18",
            "past",
            ("2022-09-17", "2022-09-18", "week"),
        ),  # published on the Sunday
        ("the weekend", "2022-09-14", "future", ("2022-09-17", "2022-09-18", "week")),
        ("this past weekend", "2022-09-19", None, ("2022-09-17", "2022-09-18", "week")),
        ("Friday's", "2022-09-19", None, ("2022-09-16", "2022-09-16", "day")),
        ("Christmas Day", "2019-12-28", "past", ("2019-12-25", "2019-12-25", "day")),
        ("New Year's Eve", "2019-12-28", "future", ("2019-12-31", "2019-12-31", "day")),
        ("the second week of January", "2021-02-02", None, ("2021-01-11", "2021-01-17", "week")),
        ("this morning", "2022-09-19", None, ("2022-09-19", "2022-09-19", "day")),
    ],
)
def test_weekends_holidays_and_times_of_day(
    text: str, published: str, tense: str | None, expected: tuple
) -> None:
    assert span(text, published=published, tense=tense) == expected


@pytest.mark.parametrize("text", ["10 a.m.", "the same day", "the following day", "recently", "the future"])
def test_expressions_without_a_calendar_date(text: str) -> None:
    assert span(text) is None


def test_other_absolute_formats_fall_back_to_dateparser() -> None:
    assert span("noon on 3 May 2021") == ("2021-05-03", "2021-05-03", "day")
    assert span("the 2019/20 season") == ("2019-01-01", "2020-12-31", "year")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mid-year", ("2022-05-01", "2022-08-31", "month")),
        ("by year-end", ("2022-12-31", "2022-12-31", "day")),  # the accounting date, as TimeML reads it
        ("mid-week", ("2022-03-16", "2022-03-17", "day")),
        ("2022-03", ("2022-03-01", "2022-03-31", "month")),
        ("2011-12", ("2011-01-01", "2012-12-31", "year")),
    ],
)
def test_compact_forms(text: str, expected: tuple) -> None:
    assert span(text) == expected


@pytest.mark.parametrize(
    ("text", "tense", "before", "expected"),
    [
        ("late yesterday", "past", "", ("2022-03-14", "2022-03-14", "day")),
        ("early Tuesday", "past", "", ("2022-03-15", "2022-03-15", "day")),
        ("the early hours of Sunday morning", "past", "", ("2022-03-13", "2022-03-13", "day")),
        ("this September", "future", "", ("2022-09-01", "2022-09-30", "month")),
        ("this January", "past", "", ("2022-01-01", "2022-01-31", "month")),
        ("this coming Sunday, March twentieth", "present", "", ("2022-03-20", "2022-03-20", "day")),
        ("the third quarter", "future", "", ("2022-07-01", "2022-09-30", "quarter")),
        ("the fourth quarter", "past", "", ("2021-10-01", "2021-12-31", "quarter")),
        ("year", None, "this", ("2022-01-01", "2022-12-31", "year")),
        ("April 20", "past", "until", ("2022-04-20", "2022-04-20", "day")),
    ],
)
def test_parts_of_days_this_and_quarters(text: str, tense: str | None, before: str, expected: tuple) -> None:
    assert span(text, tense=tense, before=before) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nineteen ninety-four", ("1994-01-01", "1994-12-31", "year")),
        ("January nineteen ninety-seven", ("1997-01-01", "1997-01-31", "month")),
        ("the year two thousand", ("2000-01-01", "2000-12-31", "year")),
        ("two thousand and eight", ("2008-01-01", "2008-12-31", "year")),
        ("nineteen oh five", ("1905-01-01", "1905-12-31", "year")),
        ("the summer of nineteen eighty-one", ("1981-06-01", "1981-08-31", "season")),
    ],
)
def test_spelled_out_years(text: str, expected: tuple) -> None:
    assert span(text) == expected


def test_a_range_may_end_inside_its_first_period() -> None:
    assert span("this year through Oct. 19", published="1989-10-27", tense="past") == (
        "1989-01-01",
        "1989-10-19",
        "day",
    )


def test_the_week_of_a_day() -> None:
    assert span("the week of March 6", published="2000-02-24") == ("2000-03-06", "2000-03-12", "week")


def test_an_unmarked_month_leans_to_the_past() -> None:
    # in late July, last January (170 days back) beats next January (165 days ahead); November stays ahead
    assert span("January", published="2022-07-20")[0] == "2022-01-01"
    assert span("November", published="2022-07-20")[0] == "2022-11-01"
    assert span("January", published="2022-07-20", tense="future")[0] == "2023-01-01"


def test_counts_and_ages_that_look_like_years() -> None:
    assert span("more than two thousand years") is None
    assert span("30s", before="his") is None  # "when he was in his 30s"
    assert span("the 1930s")[0] == "1930-01-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("as early as next week", ("2022-03-21", "2022-03-27", "week")),
        ("as late as 2019", ("2019-01-01", "2019-12-31", "year")),
        ("as early as next year's second quarter", ("2023-04-01", "2023-06-30", "quarter")),
        ("at least the first two quarters of 2023", ("2023-01-01", "2023-06-30", "half")),
    ],
)
def test_a_hedge_before_a_date_leaves_the_date(text: str, expected: tuple) -> None:
    assert span(text) == expected


def test_leading_quarters_are_months_of_the_year() -> None:
    assert span("the first three quarters of 2021") == ("2021-01-01", "2021-09-30", "month")
    assert span("the last two quarters of 2021") == ("2021-07-01", "2021-12-31", "half")
    assert span("the first two quarters") is None  # of a reporting year that may be fiscal


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("Easter week", "future", ("2022-04-11", "2022-04-17", "week")),  # Easter Sunday 2022: April 17
        ("Christmas week", "past", ("2021-12-20", "2021-12-26", "week")),
    ],
)
def test_a_holiday_week_is_the_week_holding_the_day(text: str, tense: str, expected: tuple) -> None:
    assert span(text, tense=tense) == expected


def test_a_day_just_gone_in_a_future_clause_is_that_day() -> None:
    # written before the story's date: "to repatriate him by March 12" dated March 15 is this March 12
    assert span("March 12", tense="future") == ("2022-03-12", "2022-03-12", "day")
    assert span("March 1", tense="future") == ("2023-03-01", "2023-03-01", "day")  # two weeks gone
    assert span("March", tense="future", published="2022-04-02")[0] == "2023-03-01"  # a month is not a day
    assert span("Dec. 31", tense="future", published="2022-01-03")[0] == "2022-12-31"  # the year's end ahead
