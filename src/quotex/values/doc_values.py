"""Values for the entities of one Doc: DATE spans read with their clause's tense and a range split by spaCy
rejoined, number spans with the words around them."""

import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from quotex.document.lexicon import word_list
from quotex.values import calendar as cal
from quotex.values.anaphora import PERIOD_END, shift_years
from quotex.values.calendar import Period
from quotex.values.date_words import MONTHS, WEEKDAYS
from quotex.values.dates import clean, names_anchor, normalize_date, parse_reference
from quotex.values.numbers import normalize_number
from quotex.values.spans import repair_date_spans
from quotex.values.tense import governing_tense
from quotex.values.words import ORDINALS

NUMBER_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL"})
DATE_LABELS = frozenset({"DATE", "TIME"})
CONTEXT_CHARS = 40  # text each side of a number read for hedges, units and currencies
RANGE_WORDS = frozenset({"from", "between"})
RANGE_LINKS = frozenset({"to", "until", "till", "through", "thru", "and", "-", "\u2013", "\u2014"})
PERIOD_END_WORDS = frozenset({"ended", "ending"})
DEICTIC_WORDS = frozenset({"this", "last", "next"})
GENERIC_DAYS = frozenset({"today", "tomorrow", "yesterday"})
# "the year ended March 31", "the 12 months ending June 30": a year or a length named by its last day, not the
# calendar year (TimeML: a DURATION); the day after "ended" is a DATE of its own
_NAMES_A_YEAR = re.compile(r"\d{4}|'\d\d|\byear", re.IGNORECASE)  # "the 1988 quarter", "year-ago quarter"
_NAMED_BY_END = re.compile(r"(?:the )?(?:(?:full|latest|last|past|first) )?(?:year|\w+ (?:months|weeks))")


def set_values(doc: Doc) -> None:
    """Normalize every entity of ``doc`` in place, dates in reading order with the story's last date."""
    published = doc._.quotex_published
    repair_date_spans(doc)
    ents = doc.ents
    joined: dict | None = None
    anchor: Period | None = None
    previous_end = -1  # the token after the last DATE entity
    previous: Span | None = None  # the last DATE entity
    last_quarter: Period | None = None  # the last quarter or half the story mentioned
    for index, ent in enumerate(ents):
        if ent.label_ in DATE_LABELS:
            if joined is not None:  # second half of a range already read with the first
                ent._.quotex_value, joined = joined, None
                continue
            following = ents[index + 1] if index + 1 < len(ents) else None
            ent._.quotex_value, joined = date_value(ent, published, following, anchor, last_quarter)
            value = ent._.quotex_value
            if previous is not None and previous_end == ent.start - 1 and anchor is not None:
                anchor = _year_of_end(previous, ent, anchor, published)
            keeps_day = value is None and ent.label_ == "TIME"  # "overnight" keeps the story's day
            if not keeps_day and names_anchor(ent.text):  # a duration ("the nine months") leaves no date
                anchor = next_anchor(ent, value, anchor, previous_end)
                if anchor is None or anchor.grain in ("quarter", "half"):
                    last_quarter = anchor  # "the nine months" moves the story off its quarter too
            previous_end, previous = ent.end, ent
        elif ent.label_ in NUMBER_LABELS:
            before, after = context(doc, ent.start, ent.end, CONTEXT_CHARS)
            ent._.quotex_value = normalize_number(ent.text, ent.label_, before, after)


def next_anchor(ent: Span, value: dict | None, anchor: Period | None, previous_end: int) -> Period | None:
    """The story's last date after ``ent``. The day that ends a reporting period ("the six months ended Aug.
    12") is an anchor of grain PERIOD_END, but after a quarter or half ("the quarter ended Sept. 30") the
    period stays the anchor: "a year earlier" compares like periods."""
    ended = ent.start > 0 and ent.doc[ent.start - 1].lower_ in PERIOD_END_WORDS
    if ended and previous_end == ent.start - 1 and anchor is not None and anchor.grain in ("quarter", "half"):
        return anchor
    period = period_of(value) if value is not None else None
    return Period(period.start, period.end, PERIOD_END) if period is not None and ended else period


def _year_of_end(period_ent: Span, end_ent: Span, anchor: Period, published: str | dt.date | None) -> Period:
    """The anchor after "<quarter> ended <day>": a quarter or half whose year the text leaves out is that of
    the day that ends it ("the second quarter ended Oct. 31", the day read as last year's: last year's
    second quarter), and ``period_ent`` takes that value too. Other anchors are returned as they are."""
    value, end = period_ent._.quotex_value, end_ent._.quotex_value
    if value is None or end is None or end["grain"] != "day" or anchor.grain not in ("quarter", "half"):
        return anchor
    if end_ent.doc[end_ent.start - 1].lower_ not in PERIOD_END_WORDS or _NAMES_A_YEAR.search(period_ent.text):
        return anchor
    years = int(end["end"][:4]) - anchor.end.year
    if years == 0 or period_of(value) != anchor:
        return anchor
    moved = shift_years(anchor, years)
    ref = parse_reference(published) if isinstance(published, str) else published
    if ref is None or moved.start > ref:
        return anchor  # a fiscal "fourth quarter ended Jan. 31" is not moved into quarters still to come
    period_ent._.quotex_value = moved.as_dict()
    return moved


def context(doc: Doc, start: int, end: int, chars: int) -> tuple[str, str]:
    """The ``chars`` characters of text before token ``start`` and after token ``end`` (the same as slicing
    ``doc.text``, without building it: that costs a Token object per token of the document)."""
    width = 12
    while True:
        left = doc[max(0, start - width) : start].text_with_ws
        right = doc[end - 1].whitespace_ + doc[end : end + width].text_with_ws
        if (len(left) >= chars or start - width <= 0) and (len(right) >= chars or end + width >= len(doc)):
            return left[max(0, len(left) - chars) :], right[:chars]
        width *= 4


def period_of(value: dict) -> Period:
    """The Period of a DateValue dict."""
    return Period(dt.date.fromisoformat(value["start"]), dt.date.fromisoformat(value["end"]), value["grain"])


def date_value(
    ent: Span,
    published: str | None,
    following: Span | None,
    anchor: Period | None = None,
    last_quarter: Period | None = None,
) -> tuple[dict | None, dict | None]:
    """(value of ``ent``, value for ``following`` when spaCy split one range in two: "from March to May")."""
    doc = ent.doc
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    tense = governing_tense(ent)
    link = _range_link(ent, following, before)
    if link is not None:
        text = doc[ent.start : following.end].text
        value = normalize_date(text, published, tense, before, anchor, last_quarter)
        if value is not None:
            return value, value
    text = ent.text
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    if names_no_day(ent, before, after):
        return None, None
    if after in PERIOD_END_WORDS and _NAMED_BY_END.fullmatch(clean(text)):
        return None, None
    if ent[-1].lower_ in ("of", "in") and re.fullmatch(r"\d{4}", after):
        text = doc[ent.start : ent.end + 1].text  # "the autumn of" + "1899" left outside the span
    elif after in ("quarter", "period") and re.fullmatch(r"(?:the )?\d{4}", text.lower()):
        text = f"{text} {after}"  # "the 1988 quarter": spaCy's span holds the year only
    value = normalize_date(text, published, tense, before, anchor, last_quarter)
    if value is None and _is_today(ent):
        ref = parse_reference(published) if isinstance(published, str) else published
        value = None if ref is None else cal.day(ref).as_dict()
    return value, None


def _is_today(ent: Span) -> bool:
    """True for "the eighth day (of the blockade)" that a present "is" says today is: "Today is the eighth
    day of ...", "It's the second day of an offensive"."""
    words = clean(ent.text).split()
    if len(words) != 3 or words[0] != "the" or words[2] != "day":
        return False
    if words[1] not in ORDINALS and words[1] not in ("last", "final"):
        return False
    root, head = ent.root, ent.root.head
    if root.dep_ != "attr" or head.lemma_.lower() != "be" or head.tag_ not in ("VBZ", "VBP"):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in ("it", "today", "this") for c in head.children)


def names_no_day(ent: Span, before: str, after: str) -> bool:
    """True for a date word used as a name or generically: a title in capitals mid-sentence ("ABC's "This
    Week""), "the people of tomorrow", "the world of today", "today's youth"."""
    words = clean(ent.text).split()
    title = len(words) > 1 and not ent[0].is_sent_start and all(t.is_title for t in ent)
    if title and words[0] in DEICTIC_WORDS:
        return True
    if _names_an_event(ent, before, after):
        return True
    if words != [words[0]] or words[0] not in GENERIC_DAYS:
        return False
    return (before == "of" and after != "'s") or _owns_an_era(ent) or _names_a_title(ent[0])


def _names_a_title(word: Token) -> bool:
    """True for "Today" capitalized inside a sentence that is not a headline: a programme or paper ("This
    is VOA Today", "on NBC's Today show"), not the day."""
    if not word.is_title or not word.doc.has_annotation("SENT_START"):
        return False  # without sentences (a bare tokenizer) there is no telling a headline
    words = [t for t in word.sent if t.is_alpha]
    if words[0].i == word.i:
        return False
    others = [t for t in words[1:] if t.i != word.i]
    return sum(t.is_lower for t in others) * 2 >= len(others)  # a headline capitalizes most of its words


def _owns_an_era(ent: Span) -> bool:
    """True for "today's" owning a noun of an era ("today's youth", "tomorrow's cars"), not of a day's
    events ("today's vote")."""
    root = ent.root
    return root.dep_ == "poss" and root.head.lemma_.lower() in word_list("era_nouns")


def _names_an_event(ent: Span, before: str, after: str) -> bool:
    """True for a month that heads a name: after an article, before "for", "of" or "on" and a capitalized
    word ("the annual March for Peace", "a March on Washington"); a date never takes an article there."""
    if len(ent) != 1 or ent[0].lower_ not in MONTHS or after not in ("for", "of", "on"):
        return False
    doc = ent.doc
    first = ent.start - 1
    while first > 0 and doc[first].pos_ == "ADJ":
        first -= 1  # "the annual March"
    if first < 0 or doc[first].lower_ not in ("the", "a", "an") or ent.end + 1 >= len(doc):
        return False
    name = doc[ent.end + 1]
    return name.is_title and name.lower_ not in MONTHS and name.lower_ not in WEEKDAYS


def _range_link(ent: Span, following: Span | None, before: str) -> str | None:
    """The word joining ``ent`` and the next DATE entity into one range ("to"; "and" after "between")."""
    if following is None or following.label_ != "DATE" or following.start - ent.end > 1:
        return None
    link = ent.doc[ent.end] if following.start > ent.end else ent[-1]
    word = link.lower_
    opened = before in RANGE_WORDS or ent[0].lower_ in RANGE_WORDS
    if clean(ent.text) in WEEKDAYS and clean(following.text).rstrip("'s") in MONTHS:
        return None  # "revised Friday to December's figures": a weekday does not run to a whole month
    if word in RANGE_LINKS and (word != "and" or opened):
        return word
    return None
