"""quotex_speakers: the speech cue and speaker mention of each quote."""

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from quotex.extensions import QUOTES_KEY, register_extensions


@Language.factory(
    "quotex_speakers",
    assigns=["span._.quotex_speaker", "span._.quotex_cue"],
    requires=["doc.spans", "token.dep", "token.lemma"],
    default_config={},
)
def make_speaker_finder(nlp: Language, name: str) -> "SpeakerFinder":
    """Factory for :class:`SpeakerFinder`."""
    return SpeakerFinder(name)


class SpeakerFinder(Pipe):
    """Attaches a cue and a speaker mention to each quote span."""

    def __init__(self, name: str = "quotex_speakers") -> None:
        self.name = name
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        for quote in doc.spans.get(QUOTES_KEY, []):
            quote._.quotex_speaker = None
            quote._.quotex_cue = None
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)
