"""Choosers: given the rules' proposals for one quote, decide its attribution.

The rules-only chooser trusts the strongest proposal; the trained ranker (:mod:`quotex.attribution.ranker`)
weighs every proposal against the other noun phrases near the quote and against "nobody".
"""

from typing import Protocol

from spacy.tokens import Span

from quotex.attribution.cues import CueIndex
from quotex.attribution.types import NO_ATTRIBUTION, Attribution, Evidence


class Chooser(Protocol):
    """Anything that picks one quote's attribution from the rules' proposals."""

    def choose(self, quote: Span, index: CueIndex, evidence: Evidence) -> Attribution: ...


class RuleChooser:
    """The first proposal with a speaker, else the first cue found, else nothing. The previous quote's
    speaker counts only for a paragraph that continues the quote ("continuation"), not in the same one."""

    def choose(self, quote: Span, index: CueIndex, evidence: Evidence) -> Attribution:
        trusted = [(name, found) for name, found in evidence if name != "previous"]
        with_speaker = next((found for _, found in trusted if found.speaker is not None), None)
        return with_speaker or next((found for _, found in trusted), NO_ATTRIBUTION)
