"""Mention resolution inside one article: pronouns, surnames, titles and role nouns to canonical names."""

from spacy.tokens import Doc, Span


def resolve_speaker(doc: Doc, mention: Span) -> tuple[str | None, str | None]:
    """``(name, label)`` for a speaker mention; first version: the mention's own text and entity label."""
    ents = [e for e in doc.ents if e.start < mention.end and mention.start < e.end]
    if ents:
        return ents[0].text, ents[0].label_
    return mention.text, None
