"""CARDINAL / MONEY / PERCENT / QUANTITY / ORDINAL text -> number, unit (ISO 4217, percent, name), hedge."""

import re
from functools import lru_cache

from quotex.values.units import (
    AMBIGUOUS_UNIT_ALIASES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    HEDGE_SUFFIXES,
    HEDGES,
    ISO_CODES,
    MINOR_UNITS,
    QUALIFIED_CURRENCIES,
    UNAMBIGUOUS_AFTER,
    UNIT_NAMES,
    VAGUE_COUNTS,
)
from quotex.values.words import FRACTIONS, ordinal_value, words_to_number

SCALE_SUFFIXES = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "million": 1e6, "millions": 1e6,
    "b": 1e9, "bn": 1e9, "bln": 1e9, "billion": 1e9, "billions": 1e9, "tn": 1e12, "trn": 1e12,
    "trillion": 1e12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "hundred": 100,
}  # fmt: skip
_HEDGE = re.compile(r"^(?:" + "|".join(re.escape(h) for h in sorted(HEDGES, key=len, reverse=True)) + r")\s*")
_HEDGE_BEFORE = re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(h) for h in HEDGES) + r")$")
_HEDGE_AFTER = re.compile(r"\s*(?:" + "|".join(re.escape(h) for h in HEDGE_SUFFIXES) + r")$")
_SYMBOL = re.compile(
    r"^("
    + "|".join(re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True))
    + r")\s*(?=[\d.a-z])"
)
_DIGITS = re.compile(r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?")
_FRACTION = re.compile(r"(?:(\d+)\s+)?(\d+)/(\d+)")
_RANGE = re.compile(r"^(?:between\s+|from\s+)?(.+?)\s*(?:-|to|and|or)\s*(.+)$")
_PERCENT_AFTER = re.compile(r"\s*(?:%|percent\b|per cent\b|pct\b)")
_SCALE_AFTER = re.compile(
    r"(?:(k|m|mn|bn|b|tn|trn)|\s+(thousand|million|billion|trillion|crores?|lakhs?|mn|bn))\b"
)
_LEADING_FILLER = re.compile(
    r"^(?:only|just|exactly|precisely|a mere|mere|another|an additional|additional|a further|further"
    r"|a total of|a record|record|fully|a full|full|all)\s+"
)
_SYMBOL_AT_END = re.compile(
    "(?:" + "|".join(re.escape(s) for s in CURRENCY_SYMBOLS if not any(c.isalpha() for c in s)) + ")$"
)
_SYMBOL_ANYWHERE = re.compile(r"(?<=[\s-])(?:us\$|[a-z]{0,2}\$|€|£|¥|₹)")
_PERCENT = re.compile(r"\s*(?:%|percent|per cent|pct|per-cent)$")


def normalize_number(text: str, label: str, before: str = "", after: str = "") -> dict | None:
    """The NumberValue dict for a number entity, reading hedges and currencies just outside the span too."""
    return _normalize(text.strip(), label, before.strip(), after.lower())


@lru_cache(maxsize=16384)
def _normalize(text: str, label: str, raw_before: str, after: str) -> dict | None:
    before = raw_before.lower()
    if label == "ORDINAL":
        return _ordinal(text, before)
    raw = text
    if text.count(" ") >= 12:  # a parser error, not a number
        return None
    text = (
        text.lower().replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'").replace("\xa0", " ")
    )
    text = re.sub(r"\s+", " ", text).strip(" .,;:()")
    approximate = bool(_HEDGE_BEFORE.search(before))
    while True:
        match = _HEDGE.match(text)
        if not match or match.end() == len(text):
            break
        approximate, text = True, text[match.end() :]
    match = _HEDGE_AFTER.search(text)
    if match and match.start() > 0:
        approximate, text = True, text[: match.start()]
    text = _LEADING_FILLER.sub("", text)
    ranged_words = re.match(r"(?:between|from)\s+", text)
    if ranged_words:
        approximate, text = True, text[ranged_words.end() :]
    sign = -1.0 if re.match(r"(?:minus|negative)\s+|-(?=\d)", text) else 1.0
    text = re.sub(r"^(?:minus|negative)\s+|^-(?=\d)", "", text)
    unit, factor, text = _currency_prefix(text, raw, raw_before)
    if unit is not None:  # "$50,000 and $60,000": the symbol again inside a range
        text = _SYMBOL_ANYWHERE.sub("", text)
    percent = _PERCENT.search(text)
    if percent:
        unit, text = "percent", text[: percent.start()]
    elif unit is None:
        unit, factor, text = _suffix_unit(text, label)
    scale = _SCALE_AFTER.match(after)
    if scale and _DIGITS.fullmatch(text.split()[-1] if text.split() else ""):
        text, after = f"{text} {scale.group(1) or scale.group(2)}", after[scale.end() :]
    if unit is None and _PERCENT_AFTER.match(after):
        unit = "percent"
    if unit is None and label in ("CARDINAL", "MONEY", "QUANTITY"):
        unit, factor = _unit_after(after, label)
    elif unit == "degree":
        celsius = re.match(r"\s*(celsius|centigrade|c|fahrenheit|f)\b", after)
        unit = (
            unit if not celsius else "degree Fahrenheit" if celsius.group(1)[0] == "f" else "degree Celsius"
        )
    number, ranged = _parse_amount(text.strip())
    words = text.split()
    for drop in (1, 2):  # trailing words spaCy took in: "2 metres overnight"
        if number is not None or len(words) <= drop:
            break
        if unit is None:
            unit, factor, rest = _suffix_unit(" ".join(words[:-drop]), label)
        else:
            rest = " ".join(words[:-drop])
        number, ranged = _parse_amount(rest.strip())
    if number is None:
        return None
    if unit is None and label == "PERCENT":
        unit = "percent"
    return _value(sign * number * factor, unit, approximate or ranged)


def _value(number: float, unit: str | None, approximate: bool) -> dict:
    return {"kind": "number", "number": float(round(number, 10)), "unit": unit, "approximate": approximate}


def _ordinal(text: str, before: str) -> dict | None:
    """ "third" -> 3, but "a fifth" (the article left of the span) -> 0.2."""
    word = text.lower().strip()
    previous = before.split()[-1] if before.split() else ""
    if word in FRACTIONS and previous in ("a", "an", "one"):
        return _value(1 / FRACTIONS[word], None, False)
    value = ordinal_value(text)
    return None if value is None else _value(value, None, False)


def _currency_prefix(text: str, raw: str, raw_before: str) -> tuple[str | None, float, str]:
    """A currency symbol or code at the start of the span or just before it ("€2.3bn", "$ 5", "USD 4m").

    ISO codes count only in capitals, so the words "try", "cop" or "pen" are not currencies.
    """
    match = _SYMBOL.match(text)
    if match:
        return CURRENCY_SYMBOLS[match.group(1)], 1.0, text[match.end() :]
    code = re.match(r"^([a-z]{3})\s*(?=\d)", text)
    if code and code.group(1).upper() in ISO_CODES and code.group(1).upper() in raw:
        return code.group(1).upper(), 1.0, text[code.end() :]
    last = raw_before.split()[-1] if raw_before.split() else ""
    if last.lower() in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[last.lower()], 1.0, text
    if last in ISO_CODES:
        return last, 1.0, text
    attached = _SYMBOL_AT_END.search(raw_before)
    if attached:
        return CURRENCY_SYMBOLS[attached.group()], 1.0, text
    return None, 1.0, text


def _currency_word(words: str) -> tuple[str, float] | None:
    """ "euros" -> (EUR, 1), "swiss francs" -> (CHF, 1), "cents" -> (USD, 0.01)."""
    singular = re.sub(r"(?<=[a-z])s$", "", words)
    for candidate in (words, singular):
        if candidate in QUALIFIED_CURRENCIES:
            return QUALIFIED_CURRENCIES[candidate], 1.0
        if candidate in CURRENCY_WORDS:
            return CURRENCY_WORDS[candidate], 1.0
        if candidate in MINOR_UNITS:
            return MINOR_UNITS[candidate]
    return None


def _suffix_unit(text: str, label: str) -> tuple[str | None, float, str]:
    """The unit at the end of the span: a currency word for MONEY, a unit of measure otherwise."""
    words = text.split()
    for size in (3, 2, 1):
        if len(words) <= size:
            continue
        tail = " ".join(words[-size:])
        head = " ".join(words[:-size])
        head = re.sub(r"\s+of(?: an?)?$", "", head)
        found = _currency_word(tail)
        if found and (label == "MONEY" or tail.rstrip("s") not in ("pound", "p")):
            return found[0], found[1], head
        if tail in UNIT_NAMES and (label != "MONEY" or tail not in ("pound", "pounds")):
            return UNIT_NAMES[tail], 1.0, head
    match = re.fullmatch(r"([\d.,]+)\s?([a-z°²³/]+)", text)
    if not match or match.group(2) not in UNIT_NAMES:
        match = re.fullmatch(r"([\d.,]+(?:\s?(?:k|m|bn|mn|tn|million|billion))?)\s?([a-z°²³/]+)", text)
    if match and match.group(2) in UNIT_NAMES and label != "CARDINAL":
        return UNIT_NAMES[match.group(2)], 1.0, match.group(1)
    if match and match.group(2) in MINOR_UNITS and label == "MONEY":
        code, factor = MINOR_UNITS[match.group(2)]
        return code, factor, match.group(1)
    return None, 1.0, text


def _unit_after(after: str, label: str) -> tuple[str | None, float]:
    """A currency or unit word right after the span ("18 million euros" where the span is "18 million")."""
    after = re.sub(r"^\s*of an?\s+", "", after)
    words = []
    for word in after.split()[:3]:
        words.append(word.strip(".,;:()\"'"))
        if word[-1] in ".,;:()\"'":
            break
    for size in (2, 1):
        if len(words) < size:
            continue
        tail = " ".join(words[:size])
        found = _currency_word(tail)
        if found and (size == 2 or re.sub(r"s$", "", tail) in UNAMBIGUOUS_AFTER or label == "MONEY"):
            return found
        if label != "MONEY" and tail in UNIT_NAMES and tail not in AMBIGUOUS_UNIT_ALIASES:
            return UNIT_NAMES[tail], 1.0
    return None, 1.0


def _parse_amount(text: str) -> tuple[float | None, bool]:
    """(number, is_range) for digits, scales, fractions and words; a range gives its lower end."""
    value = _amount(text)
    if value is not None:
        return value, False
    match = _RANGE.match(text)
    if match:
        low, high = match.group(1).strip(), match.group(2).strip()
        high_value = _amount(high)
        scale = re.search(r"\s?([a-z]+)$", high)
        low_value = _amount(low)
        if low_value is not None and high_value is not None and scale and scale.group(1) in SCALE_SUFFIXES:
            scaled = _amount(f"{low} {scale.group(1)}")
            low_value = scaled if scaled is not None and scaled <= high_value else low_value
        if low_value is not None and high_value is not None and low_value < high_value:  # not a score "2-1"
            return low_value, True
    return None, False


def _amount(text: str) -> float | None:
    """One amount: "230,000", "1.2 million", "3.4bn", "two dozen", "a third", "1/3", "2 1/2"."""
    if not text or text.split()[0] in VAGUE_COUNTS or text.endswith(" of"):
        return None
    match = _FRACTION.fullmatch(text)
    if match:
        whole, numerator, denominator = (
            float(match.group(1) or 0),
            float(match.group(2)),
            float(match.group(3)),
        )
        return whole + numerator / denominator if 0 < numerator < denominator else None  # not "24/7"
    match = _DIGITS.match(text)
    if match and match.group() and match.group() not in "+-.":
        number = float(match.group().replace(",", ""))
        rest = text[match.end() :].strip().replace("-", " ")
        if not rest:
            return number
        scale = 1.0
        for word in rest.split():
            if word not in SCALE_SUFFIXES:
                return None
            scale *= SCALE_SUFFIXES[word]
        return number * scale
    return words_to_number(text.replace("-", " "))
