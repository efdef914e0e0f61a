"""One label for one name across an article, and the mentions of known names that the base model missed."""

from collections import defaultdict

from spacy.tokens import Doc, Span

from quotex.document.index import doc_index
from quotex.document.lexicon import given_names, org_name_words
from quotex.entities.cleanup import is_title
from quotex.entities.speaking import classify_name, has_org_head, is_acronym, is_capitalized
from quotex.entities.words import NAME_LABELS, VOTING_LABELS

EVIDENCE_WEIGHT = 2  # one piece of evidence (org head word, surname of a known person) outweighs one vote


def name_key(span: Span) -> str:
    """The text that identifies a name across the article."""
    return " ".join(t.text for t in span)


def surnames(ents: list[Span]) -> dict[str, str]:
    """Surname -> full name for each PERSON entity of two or more words ("Reyes" -> "Tomas Reyes")."""
    out = {}
    for ent in ents:
        if ent.label_ == "PERSON" and len(ent) >= 2:
            last = ent[-1]
            if is_capitalized(last) and last.is_alpha and len(last.text) > 1 and not is_title(last.text):
                out.setdefault(last.text, ent.text)
    return out


def vote_labels(ents: list[Span], speaking: frozenset[int] = frozenset()) -> dict[str, str]:
    """The winning label of each name seen with several labels (or a surname of a known person).

    ``speaking`` holds the token indices of subjects of speech verbs: a surname that speaks is a person even
    where the model called it a place.
    """
    votes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    spans_by_key: dict[str, Span] = {}
    speaking_mentions: dict[str, int] = defaultdict(int)
    for ent in ents:
        if ent.label_ in VOTING_LABELS:
            key = name_key(ent)
            votes[key][ent.label_] += 1
            spans_by_key.setdefault(key, ent)
            speaking_mentions[key] += ent.root.i in speaking
    known_surnames = surnames(ents)
    winners = {}
    for key, counts in votes.items():
        span = spans_by_key[key]
        if key in known_surnames and len(span) == 1:
            if not counts.keys() & {"GPE", "LOC"}:
                # A lone surname of a person named in full elsewhere is that person, whatever the model said.
                winners[key] = "PERSON"
                continue
            counts["PERSON"] += EVIDENCE_WEIGHT * speaking_mentions[key]
        if set(counts) == {"PERSON"} and _organization_called_person(span):
            winners[key] = "ORG"
            continue
        if len([c for c in counts.values() if c > 0]) < 2:
            continue
        if "ORG" in counts and (len(span) >= 2 and has_org_head(span) or any(is_acronym(t) for t in span)):
            counts["ORG"] += EVIDENCE_WEIGHT
        ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
        if ranked[0][1] > ranked[1][1]:
            winners[key] = ranked[0][0]
    return winners


def _organization_called_person(span: Span) -> bool:
    """A name of two or more words that ends in an organization word and opens with no given name ("Safeguard
    Defenders", "Halvorsen Holdings"), which the model called a person."""
    last = span[-1]
    return (
        len(span) >= 2
        and last.lower_ in org_name_words()
        and last.text[:1].isupper()
        and span[0].lower_ not in given_names()
    )


def capitalized_surnames(ents: list[Span]) -> list[Span]:
    """``ents`` with a lone surname written in capitals of a person named in full elsewhere (a transcript
    label "HOLM:", a headline "HOLM WINS") made a PERSON, whatever the model called it, unless it names a
    place or stands in a dateline ("JACKSON, Miss. -" of an article about Andrew Jackson)."""
    if not ents:
        return ents
    index = doc_index(ents[0].doc)
    known = surnames(ents)
    out = []
    for ent in ents:
        text = ent.text
        lone_surname = len(ent) == 1 and text.isupper() and text.title() in known
        lone_surname = lone_surname and not index.in_dateline(ent.start)
        if lone_surname and ent.label_ not in ("PERSON", "GPE", "LOC", "FAC"):
            ent = Span(ent.doc, ent.start, ent.end, label="PERSON")
        out.append(ent)
    return out


def relabel(ents: list[Span], winners: dict[str, str]) -> list[Span]:
    """``ents`` with every mention of a voted name given the winning label."""
    out = []
    for ent in ents:
        label = winners.get(name_key(ent)) if ent.label_ in VOTING_LABELS else None
        if label is not None and label != ent.label_:
            ent = Span(ent.doc, ent.start, ent.end, label=label)
        out.append(ent)
    return out


def _stands_alone(doc: Doc, start: int, end: int) -> bool:
    """True when tokens ``start:end`` are not part of a longer capitalized name."""
    if start > 0:
        prev = doc[start - 1]
        part_of_name = is_capitalized(prev) and prev.pos_ == "PROPN" and not is_title(prev.text)
        if part_of_name and not prev.is_sent_start:
            return False
    return not (end < len(doc) and is_capitalized(doc[end]) and doc[end].pos_ == "PROPN")


def missing_mentions(doc: Doc, ents: list[Span]) -> list[Span]:
    """New spans for exact repeats of known names (and surnames of known people) outside any entity."""
    names: dict[tuple[str, ...], str] = {}
    for ent in ents:
        if ent.label_ in NAME_LABELS and is_capitalized(ent[0]):
            names.setdefault(tuple(t.text for t in ent), ent.label_)
    for surname in surnames(ents):
        names.setdefault((surname,), "PERSON")
    if not names:
        return []
    taken = bytearray(len(doc))
    for ent in ents:
        taken[ent.start : ent.end] = b"\x01" * len(ent)
    first_words = defaultdict(list)
    for words, label in names.items():
        first_words[words[0]].append((words, label))
    added = []
    for token in doc_index(doc).tokens:
        if taken[token.i] or token.text not in first_words:
            continue
        for words, label in sorted(first_words[token.text], key=lambda wl: -len(wl[0])):
            end = token.i + len(words)
            if end > len(doc) or any(taken[token.i : end]):
                continue
            if tuple(t.text for t in doc[token.i : end]) != words or not _stands_alone(doc, token.i, end):
                continue
            if len(words) == 1 and token.is_sent_start and token.pos_ != "PROPN":
                continue
            added.append(Span(doc, token.i, end, label=label))
            taken[token.i : end] = b"\x01" * len(words)
            break
    return added


def coordinated_places(ents: list[Span]) -> list[Span]:
    """A one-word name coordinated with a place ("Galway and Mayo") is a place too, unless an acronym or the
    surname of a person named in full."""
    known_surnames = surnames(ents)
    by_token = {}
    for ent in ents:
        for i in range(ent.start, ent.end):
            by_token[i] = ent
    out = []
    for ent in ents:
        new_label = None
        one_word = len(ent) == 1 and ent.text not in known_surnames
        if ent.label_ in ("ORG", "PERSON") and one_word and classify_name(ent) != "ORG":
            root = ent.root
            partners = [root.head] if root.dep_ == "conj" else []
            partners += [c for c in root.children if c.dep_ == "conj"]
            for partner in partners:
                other = by_token.get(partner.i)
                if other is not None and other is not ent and other.label_ == "GPE":
                    new_label = "GPE"
        out.append(ent if new_label is None else Span(ent.doc, ent.start, ent.end, label=new_label))
    return out
