"""Entity refinement: the rules quotex_entities applies to a parsed Doc's entities, testable on their own."""

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from quotex.document.index import doc_index
from quotex.entities.appositions import relabel_by_apposition
from quotex.entities.cleanup import clean_entities, is_title
from quotex.entities.consistency import (
    capitalized_surnames,
    coordinated_places,
    missing_mentions,
    relabel,
    vote_labels,
)
from quotex.entities.speaking import classify_name, looks_like_person, speaking_heads, speaking_phrases
from quotex.entities.words import NAME_LABELS

__all__ = ["merge_speaking_names", "refine_entities"]


def _names_a_person(ent: Span, phrase: Span) -> bool:
    """True when a PERSON entity heads ``phrase`` ("Police Chief John Smith", "Commissioner Smith")."""
    if ent.label_ != "PERSON" or not ent.start <= phrase.root.i < ent.end:
        return False
    return len(ent) >= 2 or (ent.start > 0 and is_title(ent.doc[ent.start - 1].text))


def merge_speaking_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Add, widen or relabel entities for proper-noun phrases that speak ("Safeguard Defenders said")."""
    by_token: dict[int, Span] = {}
    for ent in ents:
        for i in range(ent.start, ent.end):
            by_token[i] = ent
    replaced: set[tuple[int, int]] = set()
    added: list[Span] = []
    for phrase in speaking_phrases(doc):
        inside = {(e.start, e.end): e for i in range(phrase.start, phrase.end) if (e := by_token.get(i))}
        label = classify_name(phrase)
        if not inside:
            if label is not None:
                added.append(Span(doc, phrase.start, phrase.end, label=label))
            continue
        if len(inside) > 1:
            continue
        ent = next(iter(inside.values()))
        if ent.start < phrase.start or ent.end > phrase.end or ent.label_ not in NAME_LABELS:
            continue
        if (ent.start, ent.end) == (phrase.start, phrase.end):
            if label == "ORG" and ent.label_ == "PERSON":
                replaced.add((ent.start, ent.end))
                added.append(Span(doc, ent.start, ent.end, label="ORG"))
            elif label == "PERSON" and ent.label_ == "ORG" and looks_like_person(phrase):
                replaced.add((ent.start, ent.end))
                added.append(Span(doc, ent.start, ent.end, label="PERSON"))
        elif label == "ORG" and not _names_a_person(ent, phrase):
            # A partial name inside an organization's name ("Borders Forum" of "Open Borders Forum").
            replaced.add((ent.start, ent.end))
            added.append(Span(doc, phrase.start, phrase.end, label="ORG"))
    kept = [e for e in ents if (e.start, e.end) not in replaced]
    return kept + clean_entities(doc, added)


def nicknamed_people(doc: Doc) -> list[Span]:
    """PERSON spans of the names written with a nickname in quotation marks ('Robert C. "Bobby" Scott'),
    which the recognizer splits at the marks."""
    spans = (doc.char_span(start, end, label="PERSON") for start, _, _, end in doc_index(doc).nicknames)
    return [span for span in spans if span is not None]


def refine_entities(doc: Doc) -> list[Span]:
    """The refined, non-overlapping entities of ``doc`` (which must be tagged, parsed and NER-labelled)."""
    ents = filter_spans(nicknamed_people(doc) + list(doc.ents))
    ents = clean_entities(doc, ents)
    ents = filter_spans(merge_speaking_names(doc, ents))
    ents = relabel_by_apposition(coordinated_places(ents))
    speaking = frozenset(head.i for head in speaking_heads(doc))
    ents = capitalized_surnames(relabel(ents, vote_labels(ents, speaking)))
    ents = filter_spans(ents + missing_mentions(doc, ents))
    return sorted(ents, key=lambda e: e.start)
