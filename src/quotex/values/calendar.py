"""Calendar periods (weeks, months, quarters, seasons, decades) and choosing which occurrence is meant."""

import calendar
import datetime as dt
from collections.abc import Callable
from typing import NamedTuple

from dateutil.easter import easter

from quotex.values.vocabulary import date_words

GRAINS = ("day", "week", "month", "quarter", "half", "season", "year", "decade", "century")
SEASONS = date_words("season")
PAST_BIAS = 1.5  # an unmarked past occurrence wins unless the future one is over 1.5 times nearer
# A day without a year that a future clause names and that passed at most this many days before publication,
# in the publication year, is that day (the story was written before it, as wire copy often is): the same day
# of next year would be written with its year ("by Dec. 31" written on Jan. 3 is still the coming one).
STALE_DAYS = 7


class Period(NamedTuple):
    """An inclusive date range at a grain."""

    start: dt.date
    end: dt.date
    grain: str

    def as_dict(self) -> dict:
        """The plain dict stored on spans (validates as quotex.schema.DateValue)."""
        return {
            "kind": "date",
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "grain": self.grain,
        }


def day(d: dt.date) -> Period:
    return Period(d, d, "day")


def week(d: dt.date) -> Period:
    """The Monday-to-Sunday week containing ``d``."""
    monday = d - dt.timedelta(days=d.weekday())
    return Period(monday, monday + dt.timedelta(days=6), "week")


def month(year: int, month_no: int) -> Period:
    last = calendar.monthrange(year, month_no)[1]
    return Period(dt.date(year, month_no, 1), dt.date(year, month_no, last), "month")


def months(year: int, first: int, count: int, grain: str) -> Period:
    """``count`` months from month ``first`` of ``year`` (may run into the next year)."""
    end_index = year * 12 + first - 1 + count - 1
    return Period(dt.date(year, first, 1), month(end_index // 12, end_index % 12 + 1).end, grain)


def quarter(year: int, q: int) -> Period:
    return months(year, 3 * q - 2, 3, "quarter")


def half(year: int, h: int) -> Period:
    return months(year, 6 * h - 5, 6, "half")


def season(year: int, name: str) -> Period:
    """Meteorological seasons (northern hemisphere); winter Y runs from December Y-1 to February Y."""
    first = SEASONS[name]
    return months(year - 1 if first == 12 else year, first, 3, "season")


def year(y: int) -> Period:
    return Period(dt.date(y, 1, 1), dt.date(y, 12, 31), "year")


def years(first: int, last: int, grain: str) -> Period:
    return Period(dt.date(first, 1, 1), dt.date(last, 12, 31), grain)


def shift_months(d: dt.date, delta: int) -> tuple[int, int]:
    """(year, month) ``delta`` months from the month of ``d``."""
    index = d.year * 12 + d.month - 1 + delta
    return index // 12, index % 12 + 1


def distance(p: Period, ref: dt.date) -> int:
    """Days between ``ref`` and the nearest day of ``p`` (0 when ``p`` contains it)."""
    if p.start <= ref <= p.end:
        return 0
    return min(abs((p.start - ref).days), abs((p.end - ref).days))


def occurrence(make: Callable[[int], Period], ref: dt.date, mode: str | None) -> Period:
    """The occurrence of a yearly period meant relative to ``ref``.

    ``mode``: "last" (ended before ref), "next" (starts after ref), "this" (nearest), "past" (latest
    started on or before ref), "future" (earliest not ended before ref), else the nearest.
    """
    candidates = [make(y) for y in range(ref.year - 2, ref.year + 3)]
    if mode == "last":
        return max((p for p in candidates if p.end < ref), key=lambda p: p.start)
    if mode == "next":
        return min((p for p in candidates if p.start > ref), key=lambda p: p.start)
    if mode == "past":
        return max((p for p in candidates if p.start <= ref), key=lambda p: p.start)
    if mode == "future":
        ahead = min((p for p in candidates if p.end >= ref), key=lambda p: p.start)
        gone = max((p for p in candidates if p.end < ref), key=lambda p: p.start)
        if ahead.grain == "day" and (ref - gone.end).days <= STALE_DAYS and gone.start.year == ref.year:
            return gone  # "to leave by Jan. 14", dated Jan. 15: written a day or so before
        return ahead
    nearest = min(candidates, key=lambda p: (distance(p, ref), p.start))
    if mode == "this" or nearest.start <= ref:
        return nearest
    # news reports the past more than it announces: an unmarked "in March" is the last one unless the
    # next is much nearer
    past = max((p for p in candidates if p.start <= ref), key=lambda p: p.start)
    return past if distance(past, ref) <= PAST_BIAS * distance(nearest, ref) else nearest


def weekday(target: int, ref: dt.date, mode: str | None) -> Period:
    """A weekday (0 = Monday) relative to ``ref``: news defaults to the latest one on or before it; for a
    clause that may look either way ("either"), the next unless the last is at most 1.5 times farther."""
    back = (ref.weekday() - target) % 7
    ahead = (target - ref.weekday()) % 7
    if mode == "last":
        return day(ref - dt.timedelta(days=back or 7))
    if mode == "next":
        return day(ref + dt.timedelta(days=ahead or 7))
    if mode in ("future", "present", "this"):
        return day(ref + dt.timedelta(days=ahead))
    if mode == "either" and back > PAST_BIAS * ahead:
        return day(ref + dt.timedelta(days=ahead))  # "could come as early as Tuesday", said on Monday
    return day(ref - dt.timedelta(days=back))


_FINER = {"year": "month", "decade": "year", "century": "year", "month": "day", "week": "day"}


def part(p: Period, which: str) -> Period:
    """The early, mid or late third of a period ("late 2020", "mid-March", "the early 1990s")."""
    if p.grain == "day" and p.start == p.end:
        return p  # "late yesterday", "early Tuesday": the day itself
    index = {"early": 0, "mid": 1, "late": 2}[which]
    grain = _FINER.get(p.grain, "month")
    if grain == "day" and p.grain == "month":
        first, last = (1, 10) if index == 0 else (11, 20) if index == 1 else (21, p.end.day)
        return Period(p.start.replace(day=first), p.start.replace(day=last), "day")
    if grain == "year":
        count = p.end.year - p.start.year + 1
    elif grain == "day":
        count = (p.end - p.start).days + 1
    else:
        count = (p.end.year - p.start.year) * 12 + p.end.month - p.start.month + 1
    sizes = [count // 3 + (1 if i < count % 3 else 0) for i in range(3)]
    if p.grain == "week":
        sizes = [2, 2, 3]  # Monday-Tuesday, Wednesday-Thursday, Friday-Sunday
    offset, size = sum(sizes[:index]), sizes[index]
    if grain == "year":
        return years(p.start.year + offset, p.start.year + offset + size - 1, "year")
    if grain == "day":
        first_day = p.start + dt.timedelta(days=offset)
        return Period(first_day, first_day + dt.timedelta(days=size - 1), "day")
    y, m = shift_months(p.start, offset)
    return months(y, m, size, "month")


def hull(a: Period, b: Period) -> Period:
    """The range from ``a`` to ``b`` at the finer of their grains."""
    grain = min(a.grain, b.grain, key=GRAINS.index)
    return Period(min(a.start, b.start), max(a.end, b.end), grain)


def shift(ref: dt.date, unit: str, delta: int) -> Period:
    """The ``unit`` period ``delta`` units away from the one containing ``ref``."""
    if unit == "day":
        return day(ref + dt.timedelta(days=delta))
    if unit == "week":
        return week(ref + dt.timedelta(weeks=delta))
    if unit == "month":
        return month(*shift_months(ref, delta))
    if unit == "quarter":
        y, m = shift_months(ref, 3 * delta)
        return quarter(y, (m - 1) // 3 + 1)
    if unit == "year":
        return year(ref.year + delta)
    if unit == "decade":
        start = (ref.year + 10 * delta) // 10 * 10
        return years(start, start + 9, "decade")
    start = (ref.year + 100 * delta) // 100 * 100
    return years(start, start + 99, "century")


def weekend(ref: dt.date, word: str) -> Period:
    """Saturday and Sunday: "this" (ref's week), "last" (ended before ref), "past" (begun by ref), "next"."""
    saturday = week(ref).start + dt.timedelta(days=5)
    if word == "past" and ref < saturday:
        saturday -= dt.timedelta(weeks=1)
    elif word == "last":
        saturday -= dt.timedelta(weeks=1) if ref <= saturday + dt.timedelta(days=1) else dt.timedelta(0)
    elif word == "next" and ref >= saturday:
        saturday += dt.timedelta(weeks=1)
    return Period(saturday, saturday + dt.timedelta(days=1), "week")


def floating_day(rule: str, y: int) -> Period:
    """A holiday by rule in year ``y``: "11 4 3" is the fourth Thursday of November, "11 1 0 1" the day after
    the first Monday of November (a fourth number: days after), "easter" Easter."""
    if rule == "easter":
        return day(easter(y))
    month_no, nth, target, *after = (int(part) for part in rule.split())
    later = dt.timedelta(days=after[0] if after else 0)
    if nth < 0:
        last = month(y, month_no).end
        return day(last - dt.timedelta(days=(last.weekday() - target) % 7) + later)
    first = dt.date(y, month_no, 1)
    return day(first + dt.timedelta(days=(target - first.weekday()) % 7, weeks=nth - 1) + later)
