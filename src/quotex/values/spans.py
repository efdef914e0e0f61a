"""Date entity spans repaired before values are read (a small step of its own, the only one in quotex.values
that changes ``doc.ents``): a reporting period and the date that ends it are two dates ("the quarter" and
"Sept. 30" in "the quarter ended Sept. 30"), a day and the time of day after it are one ("Friday" +
"morning"), so are a clock time and the day after it ("9 a.m. EST" + "Tuesday") and "the day before" and
the date it precedes, and a holiday or a date the base model labels EVENT ("Thanksgiving Day", "the Aug. 7")
is a DATE."""

import re

from spacy.tokens import Doc, Span

from quotex.document.index import doc_index
from quotex.values.date_words import CLOCK_TIME, HOLIDAYS, MONTHS, TIMES_OF_DAY, WEEKDAYS
from quotex.values.dates import clean, normalize_date
from quotex.values.vocabulary import floating_holidays

_PERIOD_END = frozenset({"ended", "ending"})
_DEICTIC = frozenset({"last", "this", "next"})
# labels the base model gives a holiday it takes for a name ("this Easter" a place)
_NAME_LABELS = frozenset({"EVENT", "LOC", "GPE", "ORG", "PERSON", "NORP", "FAC", "WORK_OF_ART"})
_PERIOD_NOUNS = frozenset({"period", "quarter"})
_PERIOD_MODIFIERS = frozenset(
    {"latest", "same", "comparable", "corresponding", "year-ago", "year-earlier", "current", "recent"}
)
_YEAR_BACK = re.compile(r"last year|a year (?:ago|earlier|before)|(?:of )?the (?:previous|prior) year")
_MONTH_DAY = re.compile(r"(?:the )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}")


def repair_date_spans(doc: Doc) -> None:
    """Split period-ended-date spans, relabel dates labelled EVENT and add reporting periods, in place."""
    ents = list(doc.ents)
    repaired: list[Span] = []
    added = _reporting_periods(doc) + _untagged_holidays(doc)
    changed = bool(added)
    ents = sorted(ents + added, key=lambda span: span.start) if added else ents
    for ent in ents:
        label = _joined_label(repaired[-1] if repaired else None, ent)
        if label is not None:
            repaired[-1] = Span(doc, repaired[-1].start, ent.end, label=label)
            changed = True
            continue
        parts = (_split_period_end(ent) or _split_weekday_to_month(ent)) if ent.label_ == "DATE" else None
        if parts is None and ent.label_ == "DATE":
            parts = _day_beside(ent, repaired)
        if ent.label_ in _NAME_LABELS and _names_a_date(ent, holidays_only=ent.label_ != "EVENT"):
            parts = [Span(doc, ent.start, ent.end, label="DATE")]
        if parts is None:
            repaired.append(ent)
            continue
        repaired.extend(parts)
        changed = True
    if changed:
        doc.ents = repaired


def _split_period_end(ent: Span) -> list[Span] | None:
    """ "the quarter ended Sept. 30" -> "the quarter", "Sept. 30" (when the end reads as a date)."""
    cut = next((t.i for t in ent[1:-1] if t.lower_ in _PERIOD_END), None)
    if cut is None:
        return None
    end = ent.doc[cut + 1 : ent.end]
    if normalize_date(end.text, "2000-01-01") is None:
        return None
    return [Span(ent.doc, ent.start, cut, label="DATE"), Span(ent.doc, cut + 1, ent.end, label="DATE")]


def _day_beside(ent: Span, repaired: list[Span]) -> list[Span] | None:
    """ "the day before" + "last Tuesday" -> one DATE "the day before last Tuesday": the day off that day.
    The words before the date are in no entity, or "the day" is one of its own (then replaced)."""
    doc, start = ent.doc, ent.start
    if start < 2 or doc[start - 1].lower_ not in ("before", "after") or doc[start - 2].lower_ != "day":
        return None
    start -= 2
    if start > 0 and doc[start - 1].lower_ == "the":
        start -= 1
    previous = repaired[-1] if repaired else None
    if previous is not None and previous.end == ent.start - 1 and previous.label_ == "DATE":
        if previous.start != start:
            return None
        repaired.pop()  # spaCy's "The day" + "before" + "last Tuesday"
    elif (previous is not None and previous.end > start) or any(t.ent_type for t in doc[start : ent.start]):
        return None
    return [Span(doc, start, ent.end, label="DATE")]


def _split_weekday_to_month(ent: Span) -> list[Span] | None:
    """ "Friday to December('s figures)" -> "Friday", "December": a weekday does not run to a whole month."""
    if len(ent) != 3 or ent[1].lower_ != "to":
        return None
    if ent[0].lower_ not in WEEKDAYS or ent[2].lower_ not in MONTHS:
        return None
    doc = ent.doc
    return [Span(doc, ent.start, ent.start + 1, label="DATE"), Span(doc, ent.end - 1, ent.end, label="DATE")]


def _joined_label(previous: Span | None, ent: Span) -> str | None:
    """The label of the one date ``previous`` and ``ent`` make when they touch, else None: a day and its time
    of day ("Friday" "morning"), a clock time and its day ("until 9 a.m. EST" "Tuesday", also after a comma:
    "5 p.m. EST, Nov. 6"), both TIME, and "the
    corresponding period" with "last year" or "a year earlier", and a weekday with the day it names ("Friday"
    "Oct. 13"), a DATE."""
    if previous is None:
        return None
    labels = (previous.label_, ent.label_)
    comma = ent.start == previous.end + 1 and ent.doc[previous.end].text == ","
    if comma and labels == ("TIME", "DATE") and re.fullmatch(CLOCK_TIME, clean(previous.text)):
        return "TIME"  # "until 5 p.m. EST, Nov. 6": one time
    if previous.end != ent.start:
        return None
    if labels == ("DATE", "DATE") and _weekday_and_its_date(previous, ent):
        return "DATE"
    if labels == ("DATE", "TIME") and re.fullmatch(TIMES_OF_DAY, ent.text.lower()):
        return "TIME"
    if labels == ("TIME", "DATE") and re.fullmatch(CLOCK_TIME, clean(previous.text)):
        return "TIME"
    if (
        labels == ("DATE", "DATE")
        and previous[-1].lower_ in _PERIOD_NOUNS
        and _YEAR_BACK.fullmatch(clean(ent.text))
    ):
        return "DATE"
    return None


def _weekday_and_its_date(weekday: Span, date: Span) -> bool:
    """True for a lone weekday written right before a month and day: "Friday" "Oct. 13" is one day."""
    lone_weekday = len(weekday) == 1 and weekday[0].lower_ in WEEKDAYS
    return lone_weekday and _MONTH_DAY.match(clean(date.text)) is not None


def _names_a_date(ent: Span, holidays_only: bool = False) -> bool:
    """True for an EVENT entity whose words are a holiday or a month and day (with ``holidays_only``, a
    holiday: "this Easter" taken for a place)."""
    text = re.sub(r"^(?:the|last|this|next) ", "", clean(ent.text))
    if text in HOLIDAYS or text in floating_holidays():
        return True
    return not holidays_only and _MONTH_DAY.fullmatch(text) is not None


def _untagged_holidays(doc: Doc) -> list[Span]:
    """ "last Thanksgiving", "this Christmas" that the base model left out of every entity: with "last",
    "this" or "next" before it, a holiday's name is the day."""
    found = []
    for token in doc_index(doc).tokens[:-1]:  # the shared token list: iterating a Doc makes new Tokens
        if token.lower_ not in _DEICTIC or token.ent_type:
            continue
        for size in (2, 1):  # "Christmas Eve", "Thanksgiving"
            words = doc[token.i + 1 : token.i + 1 + size]
            if len(words) != size or any(t.ent_type for t in words) or not words[0].is_title:
                continue
            text = clean(words.text)
            if text in HOLIDAYS or text in floating_holidays():
                found.append(Span(doc, token.i, words.end, label="DATE"))
                break
    return found


def _reporting_periods(doc: Doc) -> list[Span]:
    """ "the latest period", "the year-earlier quarter", "the comparable period" that the base model left out:
    results news names the period it reports on this way."""
    found = []
    for token in doc_index(doc).tokens:
        if token.lower_ not in _PERIOD_NOUNS or token.ent_type or token.i < 2:
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of":
            continue  # "the latest period of unrest"
        modifier, determiner = doc[token.i - 1], doc[token.i - 2]
        if modifier.ent_type or determiner.ent_type:
            continue
        if modifier.lower_ in _PERIOD_MODIFIERS and determiner.lower_ in ("the", "this", "that"):
            found.append(Span(doc, token.i - 2, token.i + 1, label="DATE"))
    return found
