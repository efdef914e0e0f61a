"""dateparser for single absolute dates the grammar does not read ("5th of May, 2021 at noon")."""

import datetime as dt
import re
from functools import lru_cache

from quotex.values import calendar as cal
from quotex.values.calendar import Period

_GRAINS = {"day": "day", "time": "day", "week": "week", "month": "month", "year": "year"}
_PARSER: list = []


def _parser():
    """One DateDataParser, built on first use (importing dateparser takes a while)."""
    if not _PARSER:
        from dateparser.date import DateDataParser

        _PARSER.append(
            DateDataParser(
                languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": False}
            )
        )
    return _PARSER[0]


@lru_cache(maxsize=4096)
def parse_absolute(text: str) -> Period | None:
    """The Period dateparser reads in ``text`` when it names a year (absolute dates only), else None."""
    years = {int(y) for y in re.findall(r"\b(\d{4})\b", text)}
    if not years:
        return None
    data = _parser().get_date_data(text)
    if data is None or data.date_obj is None or data.date_obj.year not in years:
        return None
    found: dt.date = data.date_obj.date()
    grain = _GRAINS.get(data.period or "day", "day")
    if grain == "month":
        return cal.month(found.year, found.month)
    if grain == "year":
        return cal.year(found.year)
    return cal.week(found) if grain == "week" else cal.day(found)
