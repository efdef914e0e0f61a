"""The attribution loop: for each quote in order, the rules propose and a chooser decides.

The pipeline component and the ranker's training script both run :func:`attribute_quotes`.
"""

from spacy.tokens import Span

from quotex.attribution.choosers import Chooser
from quotex.attribution.cues import CueIndex, CueLexicon
from quotex.attribution.rules import decisive_label, evidence, looks_like_title, previous_speaker
from quotex.attribution.types import NO_ATTRIBUTION, Attribution
from quotex.document.index import DocIndex


def attribute_quotes(quotes: list[Span], index: CueIndex, chooser: Chooser) -> list[Attribution]:
    """One Attribution per quote, in order. Quotes that look like titles of works get none, unless the chooser
    ``decides_titles`` (the ranker, which weighs "nobody" for them); a layout label that names the speaker
    outright decides without the chooser."""
    results: list[Attribution] = []
    decides_titles = getattr(chooser, "decides_titles", False)
    for qi, quote in enumerate(quotes):
        if not decides_titles and looks_like_title(quote, index):
            results.append(NO_ATTRIBUTION)
            continue
        proposals = [p for p in evidence(quote, index, qi) if not _in_dateline(p[1], index)]
        previous = previous_speaker(quote, index, results, quotes)
        if previous is not None:
            proposals.append(previous)
        label = decisive_label(quote, index, proposals)
        results.append(label if label is not None else chooser.choose(quote, index, proposals))
    return results


def _in_dateline(attribution: Attribution, index: CueIndex) -> bool:
    """Whether a proposed speaker is the place of a dateline ("LIMA, Ohio (AP) -"): a place never speaks."""
    head = attribution.speaker_head
    return head is not None and index.base.in_dateline(head)


class QuoteAttributor:
    """Attribution as the component runs it: a cue lexicon and a chooser."""

    def __init__(self, lexicon: CueLexicon, chooser: Chooser) -> None:
        self.lexicon = lexicon
        self.chooser = chooser

    def attribute(self, doc_index: DocIndex, quotes: list[Span]) -> list[Attribution]:
        """One Attribution per quote of the document ``doc_index`` indexes."""
        return attribute_quotes(quotes, CueIndex(doc_index, self.lexicon), self.chooser)
