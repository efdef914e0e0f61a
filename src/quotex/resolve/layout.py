"""Where things are in an article: inside quotation marks, on a headline line, in which narrative sentence."""

from spacy.tokens import Doc, Token

from quotex.document.marks import find_quote_segments
from quotex.extensions import QUOTES_KEY


def quote_mask(doc: Doc) -> list[bool]:
    """True for tokens inside quotation marks: the quote finder's spans, else the same segments found here."""
    mask = [False] * len(doc)
    if QUOTES_KEY in doc.spans:
        spans = list(doc.spans[QUOTES_KEY])
    else:
        spans = [
            doc.char_span(seg.start, seg.end, alignment_mode="expand")
            for seg in find_quote_segments(doc.text)
        ]
    for span in spans:
        if span is not None:
            for i in range(span.start, span.end):
                mask[i] = True
    return mask


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


def narrative_sentences(tokens: list[Token], in_quote: list[bool]) -> list[int]:
    """Per token, the number of narrative sentences (with words outside quotes) up to and including it."""
    numbers = [0] * len(tokens)
    count = 0
    start = 0
    narrative = False
    for i, t in enumerate(tokens):
        if i and t.is_sent_start:
            count += narrative
            numbers[start:i] = [count] * (i - start)
            start, narrative = i, False
        if not narrative and not in_quote[i] and not t.is_punct and not t.is_space:
            narrative = True
    count += narrative
    numbers[start:] = [count] * (len(tokens) - start)
    return numbers
