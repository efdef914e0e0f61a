"""quotex_entities: refine the base model's entities (one label per name, speaking names, junk, "the")."""

from spacy.language import Language
from spacy.tokens import Doc

from quotex.components.base import DocComponent
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


class EntityRefiner(DocComponent):
    """Consistent labels, speaking names and junk removal for doc.ents (see :mod:`quotex.entities`)."""

    def __init__(self, name: str = "quotex_entities") -> None:
        self.name = name

    def annotate(self, doc: Doc) -> None:
        if doc.has_annotation("ENT_IOB"):
            doc.ents = refine_entities(doc)
