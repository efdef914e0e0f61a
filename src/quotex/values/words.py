"""Numbers written in words: "three hundred and forty-two", "two dozen", "a third", "one and a half"."""

import re

from quotex.values.vocabulary import number_words

UNITS = number_words("unit")
SCALES = {word: float(value) for word, value in number_words("scale").items()}
FRACTIONS = number_words("fraction")
ORDINALS = number_words("ordinal")
ARTICLES = {"a": 1, "an": 1}
_SPLIT = re.compile(r"[\s-]+")


def words_to_number(text: str) -> float | None:
    """The value of a number written in English words, or None if ``text`` is not one."""
    tokens = [t for t in _SPLIT.split(text.lower().strip()) if t and t != "and"]
    if not tokens:
        return None
    # "half a million", "a half million", "half a dozen"
    if tokens == ["half"]:
        return 0.5
    if tokens[0] == "half" or tokens[:2] == ["a", "half"]:
        rest = tokens[1:] if tokens[0] == "half" else tokens[2:]
        rest = rest[1:] if rest[:1] in (["a"], ["an"]) else rest
        if not rest:
            return 0.5  # "a half"
        whole = words_to_number(" ".join(rest))
        return None if whole is None else whole / 2
    # "two and a half million", "one and a half billion": a mixed number times a scale
    if len(tokens) >= 4 and tokens[-1] in SCALES and SCALES[tokens[-1]] >= 1000 and tokens[-2] == "half":
        head = words_to_number(" ".join(tokens[:-1]))
        return None if head is None else head * SCALES[tokens[-1]]
    # "one and a half", "two and a half": whole part plus a fraction
    if len(tokens) >= 3 and tokens[-1] in ("half", "quarter") and tokens[-2] in ARTICLES:
        whole = words_to_number(" ".join(tokens[:-2]))
        return None if whole is None else whole + 1 / FRACTIONS[tokens[-1]]
    # "a third", "two-thirds", "a quarter of a", "three quarters"
    if tokens[-1] in FRACTIONS and len(tokens) <= 3:
        head = tokens[:-1]
        if not head:
            return 1 / FRACTIONS[tokens[-1]] if tokens[-1] == "half" else None
        numerator = ARTICLES.get(head[0]) if len(head) == 1 and head[0] in ARTICLES else _integer(head)
        return None if numerator is None else numerator / FRACTIONS[tokens[-1]]
    if tokens[-1] == "dozen":
        head = tokens[:-1]
        count = 1.0 if not head or head in (["a"], ["an"]) else _integer(head)
        return None if count is None else count * 12
    return _integer(tokens)


def _integer(tokens: list[str]) -> float | None:
    """Sum-of-products reading of number words; None when any token is not a number word."""
    total = 0.0
    current = 0.0
    seen = False
    for i, tok in enumerate(tokens):
        if tok in UNITS:
            current += UNITS[tok]
        elif tok in ARTICLES and i == 0 and len(tokens) > 1:
            current += 1
        elif re.fullmatch(r"\d+(?:\.\d+)?", tok):
            current += float(tok)
        elif tok in SCALES:
            scale = SCALES[tok]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def ordinal_value(text: str) -> int | None:
    """The value of an ordinal ("third", "21st", "twenty-first"), or None."""
    text = text.lower().strip()
    match = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", text)
    if match:
        return int(match.group(1))
    tokens = [t for t in _SPLIT.split(text) if t]
    if not tokens or tokens[-1] not in ORDINALS:
        return None
    head = _integer(tokens[:-1]) if len(tokens) > 1 else 0
    return None if head is None else int(head) + ORDINALS[tokens[-1]]
