"""quotex_quotes: quote spans from the quotation marks, in ``doc.spans["quotex_quotes"]``."""

from spacy.language import Language
from spacy.tokens import Doc, Span

from quotex.components.base import DocComponent
from quotex.document.index import DocIndex, doc_index
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
        self.set_annotations(doc, doc_index(doc))

    def set_annotations(self, doc: Doc, index: DocIndex) -> None:
        """The quotes the document index found (from the marks grammar) as spans with exact bounds."""
        spans: list[Span] = []
        for segment, (start, end) in zip(index.quotes, index.quote_spans, strict=True):
            span = doc[start:end]
            span._.quotex_bounds = [segment.start, segment.end]
            span._.quotex_closed = segment.closed
            spans.append(span)
        doc.spans[QUOTES_KEY] = spans
