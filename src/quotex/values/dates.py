"""DATE entity text -> a calendar Period, relative to the publication date and the governing verb's tense.

The grammar covers what news writes most (weekdays, relative words, months, quarters, halves, seasons,
decades, centuries, early/mid/late, ranges); dateparser reads the remaining single absolute dates.
"""

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache

from quotex.values import calendar as cal
from quotex.values.anaphora import anchored, is_anaphoric, names_a_quarter_of, names_whole_quarter, refocuses
from quotex.values.calendar import Period
from quotex.values.date_words import CLOCK_TIME, DECADE_WORDS, HOLIDAYS, MONTHS, TIMES_OF_DAY, UNITS, WEEKDAYS
from quotex.values.fallback import parse_absolute
from quotex.values.ranges import join
from quotex.values.vocabulary import floating_holidays
from quotex.values.words import ORDINALS, ordinal_value, words_to_number

MAX_WORDS = 12  # longer DATE spans are parser errors, not dates (and would cost time)
_PART_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_MODIFIER = re.compile(
    r"((?:the )?(?:end|close|beginning|start|middle|turn) of(?: the)?|early|middle|mid|late)[\s-]+(.+)"
)
_MODIFIER_PART = {
    "early": "early", "mid": "mid", "middle": "mid", "late": "late", "end": "late", "close": "late",
    "beginning": "early", "start": "early", "turn": "early",
}  # fmt: skip
_YEAR_SPEC = re.compile(
    r"^(.*?)(?:^|,?\s+)(?:of\s+|in\s+)?(?:(?:fiscal|fy)\s*)?(\d{4}|'\d{2}|(?:this|last|next|the) year)$"
)
_RANGE_SEP = re.compile(r"\s+(?:to|until|till|through|thru|and|-)\s+|(?<=\w)-(?=\w)|(?<=\d{4})/(?=\d{2,4}$)")
_YEAR_KIND = re.compile(
    r"\b(?:fiscal|financial|academic|school|tax|calendar|budget|model)(?: years?(?=\s*'?\d))?\b-?"
    r"|\bfy\s?(?=\d)|(?<=\d) season$"
)
_DATEPARSER_WORTHY = re.compile(
    r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
)
_PERIOD_OF_YEAR = re.compile(
    r"(?:first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]quarter|q[1-4]"
    r"|(?:first|second|1st|2nd) half|h[12]"
)
_YEAR_END = re.compile(
    r"(?:around |by |at |after )?(?:the )?(?:end of (?:the |this )?year|year end|year's end)"
)
_DAY_BESIDE = re.compile(r"day (before|after) (?!yesterday$|tomorrow$)(.+)")
_THE_PAST_UNIT = re.compile(r"the (?:past|last|latest) (week|month|year)")
_POSSESSIVES = frozenset({"his", "her", "their", "my", "your", "our", "its"})
_RECURRING = frozenset({"each", "every"})  # "each July", "every Thursday": a set of dates, no one range
# "the first nine months" without a year: a length of a reporting year that may be fiscal (TimeML DURATION)
_LEADING_MONTHS = re.compile(r"(?:first|last|final) \w+ (?:months|quarters)")
_OPEN_END = frozenset({"until", "till", "through", "thru", "by", "to"})
# "as early as next week", "at least the first two quarters of 1990": the date itself
_HEDGE = re.compile(r"^(?:as (?:early|late|soon|recently) as|at least)\s+")
_KEEP_WORDS = frozenset({"early", "mid", "late", "between", "from", "this", "last", "next"})
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})")
_AGO = re.compile(r"(.+?)\s+(day|week|month|year|decade|centur(?:y|ie))s?\s+(?:ago|earlier|before)")
_RELATIVE = re.compile(r"(this|last|next|past|previous|coming|following)\s+(.+)")
_NUMBER_WORD = (
    r"(?:[\d.,/]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)"
)
_DURATION = re.compile(
    rf"(?:(?:past|last|next|coming|previous|following|recent|same|other|preceding|ensuing|few|several|many"
    rf"|some|couple of|a couple of|a few|\w+ and a half)\s+)*(?:{_NUMBER_WORD}[\s-]+)*"
    rf"(?:second|minute|hour|day|night|week|weekend|month|year|decade|quarter|season|term)s?|centur(?:y|ies)"
)
_NON_DATE = re.compile(
    r"-(?:year|month|week|day|hour)s?\b|years? old|\bage(?:d|s)?\b|-long\b|\b(?:every|each|per|once|twice"
    r"|thrice|annual|annually|daily|weekly|monthly|yearly|quarterly|nightly|bc|bce)\b|\bfor\b"
)


_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TAIL = rf"(?:(?:{_TENS})(?:[\s-](?:{_ONES}))?|{_TEENS}|(?:oh[\s-])?(?:{_ONES}))"
_SPELLED_YEAR = re.compile(
    rf"\b(?P<century>sixteen|seventeen|eighteen|nineteen|twenty)"
    rf"(?:(?P<hundred>[\s-]hundred)(?:\s+and)?(?:[\s-](?P<after>{_TAIL}))?|[\s-](?P<tail>{_TAIL}))\b"
    rf"|\btwo thousand(?:(?:\s+and)?\s+(?P<millennium>{_TAIL}))?\b"
    r"(?!\s+(?:years?|months?|weeks?|days?|hours?|people)\b)"  # "two thousand years" is a count
)


def spelled_years(text: str) -> str:
    """Years written in words as digits: "nineteen ninety-four" 1994, "the year two thousand" 2000."""

    def digits(match: re.Match) -> str:
        if match.group("century") is None:
            tail = match.group("millennium")
            return str(2000 + int(words_to_number(tail.replace("oh ", "")) if tail else 0))
        tail = match.group("tail") or match.group("after")
        if tail is None and not match.group("hundred"):
            return match.group()
        head = int(words_to_number(match.group("century")))
        return str(head * 100 + (int(words_to_number(re.sub(r"^oh[\s-]", "", tail))) if tail else 0))

    return _SPELLED_YEAR.sub(digits, text) if re.search(r"teen|twenty|thousand", text) else text


@lru_cache(maxsize=16384)
def clean(text: str) -> str:
    """Lowercase, plain dashes and quotes, no abbreviation dots or commas, single spaces."""
    text = text.lower().replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'")
    text = spelled_years(text)
    text = re.sub(r"\s+or so\b", "", text)  # "the next year or so", "a week or so ago"
    text = re.sub(r"(?<=[a-z])\.", "", text).replace(",", " ")
    text = _YEAR_KIND.sub(" ", text)
    text = re.sub(r"\b(\d{4}(?:[-/]\d{2,4})?)\s+years?\b", r"\1", text)  # "the 1989 fiscal year"
    text = re.sub(r"\bmid-(?=(?:year|month|week|decade|century)\b)", "mid ", text)
    text = re.sub(r"\b(year|month|week|quarter)-end\b", r"end of \1", text)
    text = re.sub(r"\s*-\s*(?=\d)", "-", text) if re.search(r"\d\s+-\s*\d|\d\s*-\s+\d", text) else text
    return re.sub(r"\s+", " ", text).strip(" .;:")


def strip_the(text: str) -> str:
    return text[4:] if text.startswith("the ") else text


def normalize_date(
    text: str,
    published: str | dt.date | None,
    tense: str | None = None,
    before: str = "",
    anchor: Period | None = None,
    last_quarter: Period | None = None,
) -> dict | None:
    """The DateValue dict for a DATE entity's text, or None (durations, frequencies, unresolvable).

    ``anchor`` is the last date the story mentioned, read by expressions such as "a year earlier" or "the
    following month" (see ``anaphora``); ``last_quarter`` the last quarter or half it mentioned, read by "the
    1988 quarter" when a year came since."""
    ref = parse_reference(published) if isinstance(published, str) else published
    text, before = _HEDGE.sub("", clean(text)), before.lower()
    if before in _RECURRING:
        return None
    if text in UNITS and before in ("this", "last", "next"):
        text = f"{before} {text}"  # "This year's results": spaCy's span leaves the determiner out
    period = None
    anaphora_text = _anaphora_text(text)
    if anaphora_text is not None:
        if names_a_quarter_of(anaphora_text) and (anchor is None or anchor.grain not in ("quarter", "half")):
            anchor = last_quarter
        period = anchored(anaphora_text, anchor, ref)
    match = _THE_PAST_UNIT.fullmatch(text)
    if period is None and match and ref is not None:
        # "the past year": TimeML reads the previous calendar year (month); "the last week": this week
        period = cal.shift(ref, match.group(1), 0 if match.group(1) == "week" else -1)
    period = period or resolve(text, ref, tense, before)
    return period.as_dict() if period else None


@lru_cache(maxsize=16384)
def _anaphora_text(text: str) -> str | None:
    """Cleaned ``text`` as the anaphora rules read it, or None when it is no anaphoric expression."""
    if is_anaphoric(text):
        return text  # "later in the day"
    text = re.sub(r"^(?:earlier|later|so far)\s+(?:in\s+)?", "", text)
    return text if is_anaphoric(text) else None


def names_anchor(text: str) -> bool:
    """True when a DATE text may serve later expressions as the story's last date (not "a year earlier")."""
    anaphora_text = _anaphora_text(clean(text))
    return anaphora_text is None or refocuses(anaphora_text) or names_whole_quarter(anaphora_text)


@lru_cache(maxsize=256)
def parse_reference(published: str) -> dt.date | None:
    """The publication date from an ISO string (a datetime's date part too); None when unreadable."""
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


@lru_cache(maxsize=16384)
def resolve(text: str, ref: dt.date | None, tense: str | None, before: str = "") -> Period | None:
    """Period for cleaned ``text``; ``tense``: past, future, present or None; ``before``: the word left."""
    if before == "since":
        tense = "past"
    elif tense == "past" and (before in _OPEN_END or re.match(r"(?:until|till|through|thru|by)\s", text)):
        tense = None  # "extended the offer until Nov. 20": the end of a span may lie after publication
    text = re.sub(r"^(?:from|between|since|on|in|during|by|until|till)\s+", "", text)
    # "9 am est tuesday": the day's value; "8 am to 1 pm" is a range of clock times, no day
    text = re.sub(rf"^{CLOCK_TIME}\s+(?:on\s+)?(?!(?:to|and|until|till|through|thru)\b)(?=\w)", "", text)
    text = re.sub(r"^(?:the )?(?:early|small|wee) hours of\s+", "", text)
    if text.startswith("this coming "):
        text, tense = text[len("this coming ") :], "future"
    text = re.sub(r"^this past (?=\w+$)", "last ", re.sub(r"'s?$", "", text))
    if not text or text.count(" ") >= MAX_WORDS or is_duration(text):
        return None
    if before in _POSSESSIVES and re.fullmatch(r"(?:early |mid |late )?(?:\d0|\d{3}0)'?s", text):
        return None  # "in his 30s", "in their early 20s": an age
    try:
        period = single(text, ref, tense) or date_range(text, ref, tense)
        if period is None and _DATEPARSER_WORTHY.search(text):
            period = parse_absolute(text)
        words = text.split()
        beside = _DAY_BESIDE.fullmatch(strip_the(text))
        if period is None and 1 < len(words) <= 5 and not _names_date(words[0]) and not beside:
            # "a decade last month": the tail that reads, when the words dropped name no date
            tail = " ".join(words[1:])
            period = None if is_duration(tail) else resolve(tail, ref, tense)
    except (ValueError, KeyError):
        return None
    return period


def _names_date(word: str) -> bool:
    """True for a word that carries date information and so must not be dropped."""
    return any(c.isdigit() for c in word) or word in MONTHS or word in WEEKDAYS or word in _KEEP_WORDS


def is_duration(text: str) -> bool:
    """Durations, ages and frequencies ("three years", "the past week", "45-year-old", "once a week")."""
    if text.endswith((" ago", " earlier", " before")) or text in ("the weekend", "the new year"):
        return False
    if _NON_DATE.search(text):
        return True
    had_the = text.startswith("the ")
    body = strip_the(text)
    if not _DURATION.fullmatch(body):
        return False
    words = body.split()
    plural_or_counted = body.endswith("s") or len(words) > 1 and words[0] not in ("this", "last", "next")
    return had_the or plural_or_counted


def _mode(tense: str | None) -> str | None:
    return tense if tense in ("past", "future") else None


def single(text: str, ref: dt.date | None, tense: str | None) -> Period | None:
    """One date expression (not a range)."""
    text = strip_the(re.sub(r"^(?:earlier|later)\s+(?:in\s+)?", "", text))
    match = _DAY_BESIDE.fullmatch(text)
    if match:  # "the day before last Tuesday('s hearing)", "the day after Christmas": one day off that day
        inner = single(match.group(2), ref, tense)
        if inner is None or inner.grain != "day":
            return None
        return cal.day(inner.start + dt.timedelta(days=1 if match.group(1) == "after" else -1))
    if _YEAR_END.fullmatch(text) and ref is not None:
        # "by year-end", "since year-end": the year's last day (an accounting date), the last one for the past
        last_day = dt.date(ref.year, 12, 31)
        past = tense == "past" and last_day > ref
        return cal.day(last_day.replace(year=ref.year - 1) if past else last_day)
    match = _MODIFIER.fullmatch(text)
    if match:
        word = re.search(r"early|mid|middle|late|end|close|beginning|start|turn", match.group(1)).group()
        rest = match.group(2)
        rest = f"this {rest}" if rest in UNITS else rest
        inner = single(rest, ref, tense)
        return cal.part(inner, _MODIFIER_PART[word]) if inner else None
    absolute = absolute_single(text)
    if absolute:
        return absolute
    year_value, head = split_year(text, ref)
    if year_value is not None:
        if not head:
            return cal.year(year_value)
        maker = yearly(strip_the(head), relative_quarter=False)
        return maker(year_value) if maker else None
    if ref is None:
        return None
    return relative(text, ref, tense)


def absolute_single(text: str) -> Period | None:
    """ISO and numeric dates, decades and centuries: no reference needed."""
    match = _ISO.fullmatch(text)
    if match:
        return cal.day(dt.date(*map(int, match.groups())))
    match = re.fullmatch(r"(\d{4})-(\d{2})", text)
    if match and int(match.group(2)) <= int(match.group(1)[2:]) and 1 <= int(match.group(2)) <= 12:
        return cal.month(int(match.group(1)), int(match.group(2)))  # "2022-03"; "2020-21" is a range
    match = _NUMERIC.fullmatch(text)
    if match:
        first, second, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        year = year + 2000 if year < 100 else year
        month_no, day_no = (second, first) if first > 12 else (first, second)  # US order unless impossible
        return cal.day(dt.date(year, month_no, day_no))
    match = re.fullmatch(r"(?:(\d{2,3})|')?(\d)0'?s", text)
    if match:
        if match.group(1):
            start = int(match.group(1) + match.group(2) + "0")
            start = start if start >= 1000 else None
            if start is None:
                return None
        else:
            start = (2000 if match.group(2) in "01" else 1900) + int(match.group(2)) * 10
        if start % 100 == 0 and start != 2000:
            return cal.years(start, start + 99, "century")
        return cal.years(start, start + 9, "decade")
    if text in DECADE_WORDS:
        return cal.years(DECADE_WORDS[text], DECADE_WORDS[text] + 9, "decade")
    match = re.fullmatch(r"(.+?)[\s-]centur(?:y|ies)", text)
    if match:
        number = ordinal_value(match.group(1))
        if number:
            return cal.years((number - 1) * 100, (number - 1) * 100 + 99, "century")
    return None


def split_year(text: str, ref: dt.date | None) -> tuple[int | None, str]:
    """(year, rest) when ``text`` ends in a year ("May 2021", "June last year", "Q1 of 2020")."""
    match = _YEAR_SPEC.fullmatch(text)
    if not match:
        return None, text
    spec = match.group(2)
    if spec.startswith("'"):
        value = 2000 + int(spec[1:]) if int(spec[1:]) <= 30 else 1900 + int(spec[1:])
    elif spec[0].isdigit():
        value = int(spec)
        if not 1000 <= value <= 2199:
            return None, text
    elif ref is None:
        return None, text
    else:
        value = ref.year + {"this": 0, "the": 0, "last": -1, "next": 1}[spec.split()[0]]
    head = re.sub(r"^(?:fiscal|fy|the year|the fiscal year|year)$", "", match.group(1).strip())
    return value, head


def yearly(text: str, relative_quarter: bool = True) -> Callable[[int], Period] | None:
    """A maker year -> Period for things that recur each year: months, days, quarters, seasons, holidays."""
    text = re.sub(rf"\s+{TIMES_OF_DAY}$", "", text)
    if text in HOLIDAYS:
        month_no, day_no = HOLIDAYS[text]
        return lambda y: cal.day(dt.date(y, month_no, day_no))
    if text in floating_holidays():
        rule = floating_holidays()[text]
        return lambda y: cal.floating_day(rule, y)
    match = re.fullmatch(r"(.+) week", text)
    if match and (match.group(1) in HOLIDAYS or match.group(1) in floating_holidays()):
        holiday = yearly(match.group(1))  # "Easter week", "Thanksgiving week": the week holding the day
        return lambda y: cal.week(holiday(y).start)
    if text in cal.SEASONS:
        return lambda y: cal.season(y, text)
    match = re.fullmatch(r"(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]quarter|q([1-4])", text)
    if match and not (relative_quarter and match.group(1) == "last"):
        q = int(match.group(2)) if match.group(2) else _PART_WORDS.get(match.group(1), 4)
        return lambda y: cal.quarter(y, q)
    match = re.fullmatch(r"(first|second|latter|last|final|1st|2nd|back) half|h([12])", text)
    if match:
        h = int(match.group(2)) if match.group(2) else (1 if match.group(1) in ("first", "1st") else 2)
        return lambda y: cal.half(y, h)
    match = re.fullmatch(r"(first|last|final) (\w+) (months|quarters)(?: of)?", text)
    if match:
        count = words_to_number(match.group(2))
        count = count * 3 if count and match.group(3) == "quarters" else count  # "the first two quarters"
        if count and 1 <= count <= 12:
            count = int(count)
            first = 1 if match.group(1) == "first" else 13 - count
            grain = {3: "quarter", 6: "half"}.get(count, "month")
            return lambda y: cal.months(y, first, count, grain)
        return None
    match = re.fullmatch(r"(?:the )?week of (.+)", text)
    if match:  # "the week of March 6": the Monday-Sunday week holding that day
        inner = month_day(match.group(1))
        return (lambda y: cal.week(inner(y).start)) if inner and inner(2001).grain == "day" else None
    match = re.fullmatch(r"(?:the )?(\w+) week of (\w+)", text)
    if match and match.group(2) in MONTHS and (match.group(1) in ORDINALS or match.group(1) == "last"):
        return _week_of_month(match.group(1), MONTHS[match.group(2)])
    return month_day(text)


def _week_of_month(which: str, month_no: int) -> Callable[[int], Period]:
    """The N-th week of a month: the Monday-Sunday week holding its N-th Thursday (ISO style)."""

    def make(y: int) -> Period:
        first_thursday = dt.date(y, month_no, 1) + dt.timedelta(
            days=(3 - dt.date(y, month_no, 1).weekday()) % 7
        )
        if which == "last":
            last_day = cal.month(y, month_no).end
            thursday = last_day - dt.timedelta(days=(last_day.weekday() - 3) % 7)
        else:
            thursday = first_thursday + dt.timedelta(weeks=ORDINALS[which] - 1)
        return cal.week(thursday)

    return make


def month_day(text: str) -> Callable[[int], Period] | None:
    """ "March", "March 3", "3 March", "the 3rd of March", "Tuesday, March 1" -> a yearly maker."""
    month_no = day_no = None
    for token in text.replace(" of ", " ").split():
        if token in MONTHS and month_no is None:
            month_no = MONTHS[token]
        elif re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", token) and day_no is None:
            day_no = int(re.match(r"\d+", token).group())
        elif token in WEEKDAYS or token == "the":
            continue
        elif token in ORDINALS and day_no is None and ORDINALS[token] <= 31:
            day_no = ORDINALS[token]
        else:
            return None
    if month_no is None or (day_no is not None and not 1 <= day_no <= 31):
        return None
    if day_no is None:
        return lambda y: cal.month(y, month_no)
    return lambda y: cal.day(dt.date(y, month_no, min(day_no, cal.month(y, month_no).end.day)))


def relative(text: str, ref: dt.date, tense: str | None) -> Period | None:
    """Expressions that need the publication date: "yesterday", "last week", "Tuesday", "in March"."""
    if text in ("today", "tonight", "this morning", "this afternoon", "this evening", "now"):
        return cal.day(ref)
    text = re.sub(rf"\s+{TIMES_OF_DAY}$", "", text) if not text.startswith("last night") else text
    if text in ("yesterday", "last night"):
        return cal.day(ref - dt.timedelta(days=1))
    if text == "tomorrow":
        return cal.day(ref + dt.timedelta(days=1))
    if text == "day before yesterday":
        return cal.day(ref - dt.timedelta(days=2))
    if text == "day after tomorrow":
        return cal.day(ref + dt.timedelta(days=2))
    if text == "new year":
        return cal.year(ref.year + 1 if ref.month >= 10 else ref.year)
    if _LEADING_MONTHS.fullmatch(text):
        return None
    match = _AGO.fullmatch(text)
    if match:
        count = 1 if match.group(1) in ("a", "an") else words_to_number(match.group(1))
        return cal.shift(ref, match.group(2).replace("centurie", "century"), -int(count)) if count else None
    if text in WEEKDAYS:
        return cal.weekday(WEEKDAYS[text], ref, tense or None)
    if text == "weekend":
        return cal.weekend(ref, "this" if tense in ("future", "present") else "past")
    match = _RELATIVE.fullmatch(text)
    if match:
        return _this_last_next(match.group(1), match.group(2), ref, tense)
    maker = yearly(text)
    if maker and _PERIOD_OF_YEAR.fullmatch(text):
        return _quarter_of_year(maker, ref, tense)
    return cal.occurrence(maker, ref, _mode(tense)) if maker else None


def _quarter_of_year(maker: Callable[[int], Period], ref: dt.date, tense: str | None) -> Period:
    """A quarter or half without a year is the publication year's, as in results news ("expects to report a
    third-quarter loss" in October), except one that has not begun (last year's) and, in a future clause, one
    that ended more than a quarter ago (next year's)."""
    period = maker(ref.year)
    if period.start > ref and tense != "future":
        return maker(ref.year - 1)
    if tense == "future" and (ref - period.end).days > 92:
        return maker(ref.year + 1)  # "will ... in the first quarter", said in November
    return period


def _this_last_next(word: str, rest: str, ref: dt.date, tense: str | None) -> Period | None:
    if word not in ("this", "last", "next"):
        return None
    delta = {"this": 0, "last": -1, "next": 1}[word]
    if rest in UNITS:
        return cal.weekend(ref, word) if rest == "weekend" else cal.shift(ref, rest, delta)
    if rest in WEEKDAYS:
        return cal.weekday(WEEKDAYS[rest], ref, tense if word == "this" else word)
    maker = yearly(rest, relative_quarter=False)
    if maker and word == "this" and rest in MONTHS:
        return maker(ref.year)  # "this September": the publication year's
    return cal.occurrence(maker, ref, word) if maker else None


def date_range(text: str, ref: dt.date | None, tense: str | None) -> Period | None:
    """ "April 2021 to July 2022", "March and October 2022", "2019-2021", "May 3-5": one range."""
    for sep in _RANGE_SEP.finditer(text):
        left, right = text[: sep.start()].strip(), text[sep.end() :].strip()
        if not left or not right:
            continue
        joined = join(range_part(left, ref, tense), range_part(right, ref, tense), ref, _mode(tense))
        if joined:
            return joined
    return None


def range_part(text: str, ref: dt.date | None, tense: str | None) -> tuple[str, object] | None:
    """One side of a range: ("num", n), ("maker", year -> Period) or ("period", Period)."""
    text = strip_the(text)
    if re.fullmatch(r"'?\d{1,2}(?:st|nd|rd|th)?", text):
        return "num", int(re.search(r"\d+", text).group())
    match = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? (\d{4})", text)
    if match:  # "May 3-5, 2021": the right side is a day and a year
        return "dayyear", (int(match.group(1)), int(match.group(2)))
    year_value, head = split_year(text, ref)
    if year_value is None:
        maker = yearly(text, relative_quarter=False)
        if maker:
            return "maker", maker
    found = single(text, ref, tense)
    return ("period", found) if found else None
