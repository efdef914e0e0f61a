"""quotex_quotes: quote spans from the quotation marks, in ``doc.spans["quotex_quotes"]``."""

from spacy.language import Language
from spacy.tokens import Doc, Span

from quotex.components.base import DocComponent
from quotex.document.marks import QuoteSegment, find_quote_segments
from quotex.extensions import QUOTES_KEY, register_extensions


@Language.factory(
    "quotex_quotes",
    assigns=["doc.spans", "span._.quotex_bounds", "span._.quotex_closed"],
    requires=[],
    default_config={},
)
def make_quote_finder(nlp: Language, name: str) -> "QuoteFinder":
    """Factory for :class:`QuoteFinder`."""
    return QuoteFinder(name)


class QuoteFinder(DocComponent):
    """Finds quoted segments in the text and stores them as token spans with exact character bounds."""

    def __init__(self, name: str = "quotex_quotes") -> None:
        self.name = name
        register_extensions()

    def annotate(self, doc: Doc) -> None:
        self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list[QuoteSegment]:
        """The quoted segments of ``doc``'s text."""
        return find_quote_segments(doc.text)

    def set_annotations(self, doc: Doc, segments: list[QuoteSegment]) -> None:
        spans: list[Span] = []
        for seg in segments:
            span = doc.char_span(seg.start, seg.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            span._.quotex_bounds = [seg.start, seg.end]
            span._.quotex_closed = seg.closed
            spans.append(span)
        doc.spans[QUOTES_KEY] = spans
