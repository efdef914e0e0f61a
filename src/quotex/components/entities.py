"""quotex_entities: refine the base model's entities (placeholder: keeps them as they are)."""

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc


@Language.factory("quotex_entities", assigns=["doc.ents"], requires=["doc.ents"], default_config={})
def make_entity_refiner(nlp: Language, name: str) -> "EntityRefiner":
    """Factory for :class:`EntityRefiner`."""
    return EntityRefiner(name)


class EntityRefiner(Pipe):
    """Consistent labels, speaking names and junk removal for doc.ents."""

    def __init__(self, name: str = "quotex_entities") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)
