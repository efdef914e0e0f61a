"""quotex_resolver: the canonical name of each quote's speaker mention ("he" -> "Luis Barrera")."""

from spacy.language import Language
from spacy.tokens import Doc

from quotex.components.base import DocComponent
from quotex.extensions import QUOTES_KEY, register_extensions
from quotex.resolve import ArticleIndex, remember_speaker, speaker_name


@Language.factory(
    "quotex_resolver",
    assigns=["span._.quotex_speaker"],
    requires=["span._.quotex_speaker"],
    default_config={},
)
def make_speaker_resolver(nlp: Language, name: str) -> "SpeakerResolver":
    """Factory for :class:`SpeakerResolver`."""
    return SpeakerResolver(name)


class SpeakerResolver(DocComponent):
    """Fills ``name`` and ``label`` of each quote's speaker mention from the rest of the article."""

    def __init__(self, name: str = "quotex_resolver") -> None:
        self.name = name
        register_extensions()

    def annotate(self, doc: Doc) -> None:
        """Resolve the speaker of every quote in order, each knowing the speakers resolved before it."""
        quotes = [q for q in doc.spans.get(QUOTES_KEY, []) if q._.quotex_speaker]
        if not quotes:
            return
        index = ArticleIndex(doc)
        recent: list[int] = []  # the clusters that spoke last, most recent last
        for quote in quotes:
            speaker = quote._.quotex_speaker
            mention = doc.char_span(speaker["start"], speaker["end"], alignment_mode="expand")
            if mention is None or len(mention) == 0:
                continue
            name, label = speaker_name(index, mention, recent)
            quote._.quotex_speaker = {**speaker, "name": name, "label": label or speaker.get("label")}
            remember_speaker(recent, index.cluster_by_name(name))
