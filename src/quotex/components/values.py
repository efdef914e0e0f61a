"""quotex_values: DateValue / NumberValue for entity spans (placeholder: sets nothing yet)."""

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from quotex.extensions import register_extensions


@Language.factory("quotex_values", assigns=["span._.quotex_value"], requires=["doc.ents"], default_config={})
def make_value_normalizer(nlp: Language, name: str) -> "ValueNormalizer":
    """Factory for :class:`ValueNormalizer`."""
    return ValueNormalizer(name)


class ValueNormalizer(Pipe):
    """Normalizes DATE and number entities relative to ``doc._.quotex_published``."""

    def __init__(self, name: str = "quotex_values") -> None:
        self.name = name
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)
