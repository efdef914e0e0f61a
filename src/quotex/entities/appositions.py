"""A name's label from the common noun it is set beside: "the watchdog, Safeguard Defenders," is an ORG,
"Elena Petrova, the spokeswoman," a PERSON."""

from spacy.tokens import Span, Token

from quotex.document.lexicon import org_nouns, role_nouns

RELABELED = frozenset({"PERSON", "ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})  # places stay places


def _described_by(root: Token) -> list[Token]:
    """Common nouns in apposition with ``root``, on either side."""
    nouns = [child for child in root.children if child.dep_ == "appos" and child.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        nouns.append(root.head)
    return nouns


def apposition_label(ent: Span) -> str | None:
    """ORG or PERSON when an apposition says what kind of thing the name is, else None."""
    for noun in _described_by(ent.root):
        lemma = noun.lemma_.lower()
        if lemma in org_nouns():
            return "ORG"
        if lemma in role_nouns():
            return "PERSON"
    return None


def relabel_by_apposition(ents: list[Span]) -> list[Span]:
    """Entities whose apposition names their kind get that label."""
    out = []
    for ent in ents:
        label = apposition_label(ent) if ent.label_ in RELABELED else None
        if label is not None and label != ent.label_:
            ent = Span(ent.doc, ent.start, ent.end, label=label)
        out.append(ent)
    return out
