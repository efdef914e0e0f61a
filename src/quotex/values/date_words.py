"""Words that name dates (months, weekdays, fixed-date holidays, decades; from ``models/date_words.txt``)
and the calendar units and times of day of the date grammar."""

from quotex.values.vocabulary import date_words, holidays

MONTHS = date_words("month")
WEEKDAYS = date_words("weekday")
HOLIDAYS = holidays()
DECADE_WORDS = date_words("decade")
UNITS = ("day", "week", "weekend", "month", "quarter", "year", "decade", "century")
TIMES_OF_DAY = r"(?:morning|afternoon|evening|night|overnight)"
# a clock time with an optional time zone, as clean() leaves it ("9 am est", "5:30 pm", "noon edt")
CLOCK_TIME = r"(?:(?:\d{1,2}(?::\d\d)?\s*[ap]m|noon|midnight)(?:\s+(?:[ecmp][sd]?t|gmt|utc))?)"
