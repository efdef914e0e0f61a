"""quotex_values: DateValue / NumberValue dicts for entity spans, relative to ``doc._.quotex_published``."""

from spacy.language import Language
from spacy.tokens import Doc

from quotex.components.base import DocComponent
from quotex.extensions import register_extensions
from quotex.values import set_values


@Language.factory(
    "quotex_values",
    assigns=["span._.quotex_value", "doc.ents"],
    requires=["doc.ents", "token.dep", "token.tag"],
    default_config={},
)
def make_value_normalizer(nlp: Language, name: str) -> "ValueNormalizer":
    """Factory for :class:`ValueNormalizer`."""
    return ValueNormalizer(name)


class ValueNormalizer(DocComponent):
    """Sets ``ent._.quotex_value`` on DATE and number entities (None where no value applies)."""

    def __init__(self, name: str = "quotex_values") -> None:
        self.name = name
        register_extensions()

    def annotate(self, doc: Doc) -> None:
        set_values(doc)
