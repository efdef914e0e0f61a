"""What every quotex component shares: one Doc at a time, and a failing Doc goes to spaCy's error handler."""

from collections.abc import Iterable, Iterator

from spacy.pipeline import Pipe
from spacy.tokens import Doc


class DocComponent(Pipe):
    """A stateless-per-document spaCy component; subclasses implement :meth:`annotate`."""

    name: str

    def annotate(self, doc: Doc) -> None:
        """Set this component's annotations on ``doc`` in place."""
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            self.annotate(doc)
        except Exception as e:  # one bad document must not kill a run of millions
            error_handler(self.name, self, [doc], e)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)
