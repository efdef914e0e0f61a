"""quotex_paragraphs: a sentence starts after every line break, so the parser never joins paragraphs."""

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc


@Language.factory("quotex_paragraphs", assigns=["token.is_sent_start"], requires=[], default_config={})
def make_paragraph_splitter(nlp: Language, name: str) -> "ParagraphSplitter":
    """Factory for :class:`ParagraphSplitter`; add it before the parser."""
    return ParagraphSplitter(name)


class ParagraphSplitter(Pipe):
    """Marks the first word after a line break as a sentence start (the parser keeps preset starts)."""

    def __init__(self, name: str = "quotex_paragraphs") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        after_break = False
        for token in doc:
            if token.is_space:
                after_break = after_break or "\n" in token.text
                continue
            if after_break:
                token.is_sent_start = True
            after_break = "\n" in token.whitespace_
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)
