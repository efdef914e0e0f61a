"""quotex_resolver: the canonical name of each quote's speaker mention ("he" -> "Luis Barrera")."""

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from quotex.extensions import QUOTES_KEY, register_extensions
from quotex.resolve import ArticleIndex, resolve_speaker


@Language.factory(
    "quotex_resolver",
    assigns=["span._.quotex_speaker"],
    requires=["span._.quotex_speaker"],
    default_config={},
)
def make_speaker_resolver(nlp: Language, name: str) -> "SpeakerResolver":
    """Factory for :class:`SpeakerResolver`."""
    return SpeakerResolver(name)


class SpeakerResolver(Pipe):
    """Fills ``name`` and ``label`` of each quote's speaker mention from the rest of the article."""

    def __init__(self, name: str = "quotex_resolver") -> None:
        self.name = name
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            self.set_annotations(doc)
        except Exception as e:  # one bad document must not kill a long run
            error_handler(self.name, self, [doc], e)
        return doc

    def set_annotations(self, doc: Doc) -> None:
        """Resolve the speaker of every quote in order, each knowing the speakers resolved before it."""
        quotes = [q for q in doc.spans.get(QUOTES_KEY, []) if q._.quotex_speaker]
        if not quotes:
            return
        index = ArticleIndex(doc)
        previous: list[str | None] = []
        for quote in quotes:
            speaker = quote._.quotex_speaker
            mention = doc.char_span(speaker["start"], speaker["end"], alignment_mode="expand")
            if mention is None or len(mention) == 0:
                continue
            name, label = resolve_speaker(doc, mention, previous, index)
            quote._.quotex_speaker = {**speaker, "name": name, "label": label or speaker.get("label")}
            if name:
                previous.append(name)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)
