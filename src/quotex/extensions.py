"""The spaCy extension attributes quotex sets. Every value is msgpack-safe (None, str, list, dict)."""

from spacy.tokens import Doc, Span

QUOTES_KEY = "quotex_quotes"  # doc.spans key of the quote spans

# Doc._.quotex_published: ISO date string of publication, the reference for relative dates.
# Span._.quotex_bounds: [start, end] exact character bounds of a quote, marks included.
# Span._.quotex_closed: False when no mark closed the quote.
# Span._.quotex_speaker: {"start", "end", "label", "name"} of the speaker mention, or None.
# Span._.quotex_cue: {"start", "end"} of the speech cue, or None.
# Span._.quotex_value: a DateValue or NumberValue as a plain dict, on entity spans, or None.
_DOC_EXTENSIONS = ("quotex_published",)
_SPAN_EXTENSIONS = ("quotex_bounds", "quotex_closed", "quotex_speaker", "quotex_cue", "quotex_value")


def register_extensions() -> None:
    """Register quotex's extension attributes once (idempotent)."""
    for name in _DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in _SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
