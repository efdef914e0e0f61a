"""quotex_paragraphs: a sentence starts after every line break, so the parser never joins paragraphs."""

from spacy.language import Language
from spacy.tokens import Doc

from quotex.components.base import DocComponent


@Language.factory("quotex_paragraphs", assigns=["token.is_sent_start"], requires=[], default_config={})
def make_paragraph_splitter(nlp: Language, name: str) -> "ParagraphSplitter":
    """Factory for :class:`ParagraphSplitter`; add it before the parser."""
    return ParagraphSplitter(name)


class ParagraphSplitter(DocComponent):
    """Marks the first word after a line break as a sentence start (the parser keeps preset starts)."""

    def __init__(self, name: str = "quotex_paragraphs") -> None:
        self.name = name

    def annotate(self, doc: Doc) -> None:
        after_break = False
        for token in doc:
            if token.is_space:
                after_break = after_break or "\n" in token.text
                continue
            if after_break:
                token.is_sent_start = True
            after_break = "\n" in token.whitespace_
