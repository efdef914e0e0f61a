"""quotex_speakers: the speech cue and speaker mention of each quote."""

from collections.abc import Iterable
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from quotex.attribution.attribute import QuoteAttributor
from quotex.attribution.choosers import Chooser, RuleChooser
from quotex.attribution.cues import CueLexicon
from quotex.attribution.ranker import SpeakerRanker
from quotex.components.base import DocComponent
from quotex.document import lexicon
from quotex.document.index import doc_index
from quotex.extensions import QUOTES_KEY, register_extensions

STATE_FILE = "speakers.json"
RANKER_FILE = "speaker_ranker.json"


@Language.factory(
    "quotex_speakers",
    assigns=["span._.quotex_speaker", "span._.quotex_cue"],
    requires=["doc.spans", "token.dep", "token.lemma"],
    default_config={"speech_verbs": None, "use_ranker": True},
)
def make_speaker_finder(
    nlp: Language, name: str, speech_verbs: list[str] | None, use_ranker: bool
) -> "SpeakerFinder":
    """Factory for :class:`SpeakerFinder`; ``speech_verbs`` defaults to models/speech_verbs.txt, and
    ``use_ranker`` picks speakers with the trained ranker (models/speaker_ranker.json), not rules alone."""
    return SpeakerFinder(name, speech_verbs, use_ranker)


def default_lexicon(speech_verbs: list[str] | None = None) -> CueLexicon:
    """The cue lexicon from models/: speech verbs (or ``speech_verbs``), weak cues and phrasal cues."""
    verbs = frozenset(v.lower() for v in speech_verbs) if speech_verbs else lexicon.speech_verbs()
    return CueLexicon(verbs, lexicon.weak_cues(), lexicon.phrasal_cues())


class SpeakerFinder(DocComponent):
    """Attaches a cue and a speaker mention (character offsets) to each quote span."""

    def __init__(
        self, name: str = "quotex_speakers", speech_verbs: list[str] | None = None, use_ranker: bool = True
    ) -> None:
        self.name = name
        register_extensions()
        chooser: Chooser = (
            SpeakerRanker.from_file(lexicon.models_dir() / RANKER_FILE) if use_ranker else RuleChooser()
        )
        self.attributor = QuoteAttributor(default_lexicon(speech_verbs), chooser)

    def annotate(self, doc: Doc) -> None:
        quotes = list(doc.spans.get(QUOTES_KEY, []))
        if quotes and not doc.has_annotation("DEP"):
            raise ValueError(f"{self.name} needs a dependency parser before it in the pipeline")
        for quote, found in zip(quotes, self.attributor.attribute(doc_index(doc), quotes), strict=True):
            quote._.quotex_cue = {"start": found.cue[0], "end": found.cue[1]} if found.cue else None
            quote._.quotex_speaker = None
            if found.speaker:
                head = doc[found.speaker_head] if found.speaker_head is not None else None
                label = head.ent_type_ or None if head is not None else None
                quote._.quotex_speaker = {"start": found.speaker[0], "end": found.speaker[1], "label": label}

    def _state(self) -> dict:
        chooser = self.attributor.chooser
        ranker = chooser.weights if isinstance(chooser, SpeakerRanker) else None
        return {"lexicon": self.attributor.lexicon.to_dict(), "ranker": ranker}

    def _load_state(self, state: dict) -> "SpeakerFinder":
        chooser: Chooser = SpeakerRanker(state["ranker"]) if state.get("ranker") else RuleChooser()
        self.attributor = QuoteAttributor(CueLexicon.from_dict(state["lexicon"]), chooser)
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.msgpack_dumps(self._state())

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "SpeakerFinder":
        return self._load_state(srsly.msgpack_loads(data))

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / STATE_FILE, self._state())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "SpeakerFinder":
        return self._load_state(srsly.read_json(Path(path) / STATE_FILE))
