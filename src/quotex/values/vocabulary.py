"""The word lists of the value rules, read from ``models/`` through the lexicon: number words and date words
(``form|value|kind`` lines) as lookup tables; currencies come from ``quotex.document.lexicon.currencies``."""

from functools import cache

from quotex.document.lexicon import rows


def _table(name: str, kind: str) -> dict[str, str]:
    """{form: value} of the rows of ``models/<name>.txt`` with ``kind``."""
    return {form: value for form, value, kinds in rows(name) if kind in kinds}


@cache
def number_words(kind: str) -> dict[str, int]:
    """Number word -> value for one kind ("unit", "scale", "fraction", "ordinal")."""
    return {form: int(value) for form, value in _table("number_words", kind).items()}


@cache
def date_words(kind: str) -> dict[str, int]:
    """Date word -> number for "month" (1-12), "weekday" (0 = Monday), "decade", "season" (first month)."""
    return {form: int(value) for form, value in _table("date_words", kind).items()}


@cache
def holidays() -> dict[str, tuple[int, int]]:
    """Fixed-date holiday -> (month, day)."""
    out = {}
    for form, value in _table("date_words", "holiday").items():
        month, day = value.split("-")
        out[form] = (int(month), int(day))
    return out


@cache
def floating_holidays() -> dict[str, str]:
    """Holiday -> its rule: "month n weekday" (the n-th weekday of the month, n = -1 the last) or "easter"."""
    return _table("date_words", "floating")
