"""Where things are in an article: inside quotation marks, on a headline line, in which narrative sentence."""

from spacy.tokens import Token


def headline_mask(tokens: list[Token]) -> list[bool]:
    """True for tokens on title-case lines without final punctuation (headlines: "Obama Says Voters ...")."""
    mask = [False] * len(tokens)
    start = 0
    for i, t in enumerate(tokens):
        if "\n" in t.text or "\n" in t.whitespace_ or i == len(tokens) - 1:
            last = next((w for w in reversed(tokens[start : i + 1]) if not w.is_space), None)
            if last is None or last.text not in '.!?:”"':  # most lines end a sentence: no headline
                line = [w for w in tokens[start : i + 1] if w.is_alpha and len(w) > 3]
                capitalized = sum(w.text[:1].isupper() for w in line)
                if len(line) >= 4 and capitalized >= 0.6 * len(line):
                    mask[start : i + 1] = [True] * (i + 1 - start)
            start = i + 1
    return mask
