"""Joining the two sides of a date range: "March and October 2022" lends the year, "May 3-5" the month.

Each side is ("num", n), ("dayyear", (day, year)), ("maker", year -> Period) or ("period", Period).
"""

import datetime as dt

from quotex.values import calendar as cal
from quotex.values.calendar import Period


def join(a: tuple | None, b: tuple | None, ref: dt.date | None, mode: str | None) -> Period | None:
    """One Period from the two sides of a range, each side lending the other what it leaves out."""
    if a is None or b is None:
        return None
    (kind_a, a_val), (kind_b, b_val) = a, b
    if kind_a == "period" and kind_b == "period":
        return cal.hull(a_val, b_val) if a_val.start <= b_val.end else None
    if kind_a == "maker" and kind_b == "period":
        start = a_val(b_val.end.year)
        start = a_val(b_val.end.year - 1) if start.start > b_val.start else start
        return cal.hull(start, b_val)
    if kind_a == "period" and kind_b == "maker":
        end = b_val(a_val.start.year)
        if a_val.start < end.start and end.end < a_val.end:  # "this year through Oct. 19": ends inside
            return Period(a_val.start, end.end, min(a_val.grain, end.grain, key=cal.GRAINS.index))
        end = b_val(a_val.start.year + 1) if end.end < a_val.end else end
        return cal.hull(a_val, end)
    if kind_a == "maker" and kind_b == "maker":
        if ref is None:
            return None

        def both(y: int) -> Period:
            end = b_val(y)
            start = a_val(y)
            return cal.hull(a_val(y - 1) if start.start > end.start else start, end)

        return cal.occurrence(both, ref, mode)
    if kind_a == "period" and kind_b == "num":
        return _join_number(a_val, b_val, after=True)
    if kind_a == "num" and kind_b == "period":
        return _join_number(b_val, a_val, after=False)
    if kind_b == "dayyear" and kind_a in ("maker", "period"):
        day_no, year_value = b_val
        start = a_val(year_value) if kind_a == "maker" else a_val
        return _join_number(start, day_no, after=True) if start.grain == "day" else None
    if kind_a == "num" and kind_b == "maker" and ref is not None:
        return join(("maker", lambda y: _with_day(b_val(y), a_val)), b, ref, mode)
    if kind_a == "maker" and kind_b == "num" and ref is not None:
        return join(a, ("maker", lambda y: _with_day(a_val(y), b_val)), ref, mode)
    return None


def _with_day(p: Period, day_no: int) -> Period:
    return cal.day(p.start.replace(day=day_no))


def _join_number(p: Period, number: int, after: bool) -> Period | None:
    """A range side given as a bare number: a day of ``p``'s month, or a two-digit year after ``p``'s."""
    if p.grain == "day" and 1 <= number <= 31:
        other = _with_day(p, number)
        return cal.hull(p, other) if after else cal.hull(other, p)
    if p.grain == "year" and after:
        year_value = p.start.year // 100 * 100 + number
        year_value += 100 if year_value < p.start.year and number < 10 else 0  # "1999-00"
        return cal.hull(p, cal.year(year_value)) if year_value > p.start.year else None
    return None
