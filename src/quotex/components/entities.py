"""quotex_entities: refine the base model's entities (one label per name, speaking names, junk, "the")."""

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from quotex.entities import refine_entities


@Language.factory(
    "quotex_entities",
    assigns=["doc.ents"],
    requires=["doc.ents", "token.dep", "token.pos", "token.lemma"],
    default_config={},
)
def make_entity_refiner(nlp: Language, name: str) -> "EntityRefiner":
    """Factory for :class:`EntityRefiner`."""
    return EntityRefiner(name)


class EntityRefiner(Pipe):
    """Consistent labels, speaking names and junk removal for doc.ents (see :mod:`quotex.entities`)."""

    def __init__(self, name: str = "quotex_entities") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            if doc.has_annotation("ENT_IOB"):
                doc.ents = refine_entities(doc)
        except Exception as e:
            error_handler(self.name, self, [doc], e)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)
