"""Dates read from the date the story last mentioned (its anchor), not from the publication date.

"A year earlier" after "the third quarter" is the third quarter of the year before; "the following year"
after "May 1995" is 1996; "that month", "the quarter", "the year-ago period", "the 1988 quarter" likewise.
Texts are cleaned (lower case, no dots) as by ``dates.clean``.
"""

import datetime as dt
import re

from quotex.values import calendar as cal
from quotex.values.calendar import Period
from quotex.values.date_words import WEEKDAYS

_UNIT = r"(day|week|month|quarter|year|morning|afternoon|evening|night)"
_QUARTER_NO = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_YEAR_AGO = re.compile(
    r"(?:the )?(?:(?:comparable|corresponding|same|equivalent) )?"
    r"(?:year[- ]ago|year[- ]earlier|prior[- ]year)"
    r"(?: (?P<q>first|second|third|fourth)[- ]quarter| (?P<unit>quarter|period|results|figures|level))?"
)
_LIKE_PERIOD = r"(?:the )?(?:(?:same|corresponding|comparable|equivalent) )?(?:quarter|period)"
# "a year ago", "the quarter a year earlier", "the same period last year": the story's period a year back
_A_YEAR_AGO = re.compile(
    rf"(?:{_LIKE_PERIOD} )?a year (?:ago|earlier|before)"
    rf"|{_LIKE_PERIOD} (?:of )?(?:last|the previous|the prior) year"
)
_SAME_PERIOD = re.compile(
    r"(?:the )?(?:(?P<which>latest|last|current|same|comparable|recent|most recent|this|that) )?"
    r"(?:fiscal )?(?P<unit>quarter|period)"
)
_YEAR_PERIOD = re.compile(
    r"(?:the )?(?P<year>\d{4}) (?:(?P<q>first|second|third|fourth) )?(?:quarter|period)"
)
_YEARS_PERIOD = re.compile(r"(?P<which>this|last|next) year's (?:(?P<q>first|second|third|fourth) )?quarter")
# "the next day" reads the anchor, "next year" the publication date
_NEXT = re.compile(
    r"(?:the (?P<dir>following|next|subsequent|previous|preceding|prior)|(?P<bare>following|subsequent)) "
    + _UNIT
)
_THAT = re.compile(rf"(?:(?:earlier|later) )?(?:in |on |during )?that {_UNIT}")
_PREVIOUS_WEEKDAY = re.compile(r"(?:the )?(?P<dir>previous|preceding|following) (?P<day>\w+day)")
_LATER_IN_THE_DAY = re.compile(r"(?:earlier|later) (?:in|during) the day")
_THE_YEAR = re.compile(r"(?:the )?(?P<which>full |whole |current |fiscal |current fiscal )?year")
_PATTERNS = (
    _YEAR_AGO, _A_YEAR_AGO, _SAME_PERIOD, _YEAR_PERIOD, _YEARS_PERIOD, _NEXT, _THAT, _PREVIOUS_WEEKDAY,
    _THE_YEAR,
)  # fmt: skip
PERIOD_END = "period end"  # the grain doc_values gives the date after "ended" as an anchor
# Grains of an anchor that "a year earlier" keeps: a results story compares like periods.
_COMPARED_GRAINS = frozenset({"quarter", "half"})


def refocuses(text: str) -> bool:
    """True for an anaphoric text that names the period the story is about again ("the latest quarter"), so
    that later comparisons ("a year earlier") read from it."""
    return _SAME_PERIOD.fullmatch(text) is not None


def names_whole_quarter(text: str) -> bool:
    """True for a text that names a quarter by its number and year ("this year's third quarter", "the 1988
    fourth quarter"): a period of its own, which later comparisons ("a year earlier") read from."""
    match = _YEAR_PERIOD.fullmatch(text) or _YEARS_PERIOD.fullmatch(text)
    return match is not None and match.group("q") is not None


def names_a_quarter_of(text: str) -> bool:
    """True for a text that names the story's quarter in another year ("the 1988 quarter", "last year's
    quarter"): it reads the last quarter the story mentioned even when a year came since."""
    match = _YEAR_PERIOD.fullmatch(text) or _YEARS_PERIOD.fullmatch(text)
    return match is not None and match.group("q") is None


def is_anaphoric(text: str) -> bool:
    """True when cleaned ``text`` names a date relative to the story's last one."""
    return _LATER_IN_THE_DAY.fullmatch(text) is not None or any(p.fullmatch(text) for p in _PATTERNS)


def anchored(text: str, anchor: Period | None, ref: dt.date | None) -> Period | None:
    """The Period of an anaphoric ``text``; None to let the publication-date reading apply.

    An anchor of grain "period end" is the day that ends a reporting period ("the six months ended Aug.
    12"): a year earlier is that day a year before."""
    if anchor is not None and anchor.grain == PERIOD_END:
        ago = _YEAR_AGO.fullmatch(text)
        if _A_YEAR_AGO.fullmatch(text) or (ago and not ago.group("unit") and not ago.group("q")):
            return shift_years(Period(anchor.start, anchor.end, "day"), -1)
        anchor = Period(anchor.start, anchor.end, "day")
    match = _YEAR_AGO.fullmatch(text)
    if match:
        return _year_before(anchor, ref, match.group("q"), match.group("unit"))
    if _A_YEAR_AGO.fullmatch(text):
        return _year_before(anchor, ref, None, None) if anchor and anchor.grain in _COMPARED_GRAINS else None
    match = _YEAR_PERIOD.fullmatch(text)
    if match:
        return _quarter_in(int(match.group("year")), match.group("q"), anchor)
    match = _YEARS_PERIOD.fullmatch(text)
    if match and ref is not None:
        year = ref.year + {"this": 0, "last": -1, "next": 1}[match.group("which")]
        return _quarter_in(year, match.group("q"), anchor)
    match = _SAME_PERIOD.fullmatch(text)
    if match:
        return _same_period(match.group("which"), match.group("unit"), anchor, ref)
    if _LATER_IN_THE_DAY.fullmatch(text):
        # "later in the day": the story's day, else the publication day
        return cal.day(anchor.start) if anchor and anchor.grain == "day" else cal.day(ref) if ref else None
    if _THE_YEAR.fullmatch(text):
        return cal.year(ref.year) if ref else None  # "the year", "the full year": the publication year
    if anchor is None:
        return None
    match = _NEXT.fullmatch(text)
    if match:
        direction = match.group("dir") or match.group("bare")
        delta = 1 if direction in ("following", "next", "subsequent") else -1
        return _shift(anchor, match.group(3), delta)
    match = _THAT.fullmatch(text)
    if match:
        return _shift(anchor, match.group(1), 0)
    match = _PREVIOUS_WEEKDAY.fullmatch(text)
    if match and match.group("day") in WEEKDAYS and anchor.grain == "day":
        target = WEEKDAYS[match.group("day")]
        mode = "next" if match.group("dir") == "following" else "last"
        return cal.weekday(target, anchor.start, mode)
    return None


def _year_before(
    anchor: Period | None, ref: dt.date | None, quarter: str | None, unit: str | None
) -> Period | None:
    """The period a year before the anchor, at the anchor's grain (or the named quarter of that year)."""
    if anchor is not None and ref is not None and anchor.end.year < ref.year:
        anchor = None  # the story already looks back: "year-ago" is read from the publication year
    if quarter is not None:
        year = anchor.end.year if anchor else ref.year if ref else None
        return None if year is None else cal.quarter(year - 1, _QUARTER_NO[quarter])
    if unit is not None and anchor is not None and anchor.grain == "day":
        # "the year-ago results" after "the quarter ended Sept. 30": the quarter of that day, a year back
        anchor = cal.shift(anchor.start, "quarter", 0)
    if anchor is None or anchor.grain not in _COMPARED_GRAINS | {"day", "month", "year"}:
        if ref is None:
            return None
        return _latest_quarter(ref, -1) if unit in ("quarter", "period") else cal.year(ref.year - 1)
    if unit == "quarter" and anchor.grain != "quarter":
        return None
    return shift_years(anchor, -1)


def _quarter_in(year: int, quarter: str | None, anchor: Period | None) -> Period | None:
    """Quarter ``quarter`` of ``year``, or the anchor's quarter of that year ("the 1988 period")."""
    if quarter is not None:
        return cal.quarter(year, _QUARTER_NO[quarter])
    if anchor is not None and anchor.grain in _COMPARED_GRAINS:
        return shift_years(anchor, year - anchor.end.year)
    return cal.year(year)


def _same_period(which: str | None, unit: str, anchor: Period | None, ref: dt.date | None) -> Period | None:
    """ "the quarter", "the latest quarter", "the current quarter", "the period", "that quarter"."""
    if which == "current" or (which == "this" and unit == "quarter"):
        return cal.shift(ref, "quarter", 0) if ref else None
    latest = which in ("latest", "last", "recent", "most recent")
    if anchor is not None and anchor.grain in _COMPARED_GRAINS and not (latest and _unended(anchor, ref)):
        return anchor  # the story's period; but a quarter still running is no "latest quarter" of results
    if ref is not None and ((unit == "quarter" and which is None) or latest):
        return _latest_quarter(ref, 0)  # "the latest period" of a results story: the last quarter ended
    return None


def _unended(period: Period, ref: dt.date | None) -> bool:
    """True when ``period`` has not ended by the publication date ``ref``."""
    return ref is not None and period.end >= ref


def _latest_quarter(ref: dt.date, years: int) -> Period:
    """The last quarter that ended before ``ref``, ``years`` years moved."""
    latest = cal.shift(ref, "quarter", -1)
    return cal.quarter(latest.start.year + years, (latest.start.month - 1) // 3 + 1)


def shift_years(p: Period, years: int) -> Period:
    """``p`` moved by whole years (29 February becomes the 28th)."""
    start = p.start.replace(year=p.start.year + years, day=min(p.start.day, 28 if p.start.month == 2 else 31))
    end_year = p.end.year + years
    end = cal.month(end_year, p.end.month).end if p.end.day >= 28 else p.end.replace(year=end_year)
    return Period(start, end, p.grain)


def _shift(anchor: Period, unit: str, delta: int) -> Period:
    """The ``unit`` period holding the anchor, moved by ``delta`` units ("the following year")."""
    if unit in ("morning", "afternoon", "evening", "night"):
        unit = "day"
    return cal.shift(anchor.end if delta > 0 else anchor.start, unit, delta)
