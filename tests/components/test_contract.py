"""The contract every quotex component keeps, checked once for all of them: declared metadata, failures to
spaCy's error handler, serialization round trips."""

import pytest
import spacy
from spacy.language import Language

from quotex.components.base import DocComponent
from quotex.pipeline import QUOTEX_COMPONENTS

# quotex_attributes (registered by quotex.pipeline) replaces the base model's attribute_ruler under its name
ALL_COMPONENTS = ("quotex_paragraphs", "quotex_attributes", *QUOTEX_COMPONENTS)
TEXT = "“The ferry runs again on May 1,” said Ana Ruiz of the Harbor Board.\nIt costs $4.50."


@pytest.mark.parametrize("name", ALL_COMPONENTS)
def test_the_factory_declares_what_it_assigns(name: str) -> None:
    nlp = spacy.blank("en")
    pipe = nlp.add_pipe(name)
    assert isinstance(pipe, DocComponent)
    assert nlp.get_pipe_meta(name).assigns, f"{name} declares nothing it assigns"


@pytest.mark.parametrize("name", ALL_COMPONENTS)
def test_a_failing_document_goes_to_the_error_handler(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = spacy.blank("en")
    pipe = nlp.add_pipe(name)

    def broken(self: DocComponent, doc: object) -> None:
        raise ValueError(f"{self.name} failed")

    monkeypatch.setattr(type(pipe), "annotate", broken)
    seen: list[tuple[str, str]] = []
    nlp.set_error_handler(lambda component, pipe_, docs, error: seen.append((component, str(error))))
    docs = list(nlp.pipe([TEXT, TEXT]))
    assert [doc.text for doc in docs] == [TEXT, TEXT]  # the documents come out, the run goes on
    assert seen == [(name, f"{name} failed")] * 2


@pytest.mark.parametrize("name", ALL_COMPONENTS)
def test_a_blank_pipeline_with_the_component_round_trips(name: str, tmp_path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe(name)
    from_bytes = spacy.blank("en").from_config(nlp.config).from_bytes(nlp.to_bytes())
    nlp.to_disk(tmp_path / name)
    from_disk = spacy.load(tmp_path / name)
    for reloaded in (from_bytes, from_disk):
        assert reloaded.pipe_names == [name]
        assert reloaded(TEXT).text == TEXT


def test_the_full_pipeline_runs_every_component(nlp: Language) -> None:
    assert [name for name in nlp.pipe_names if name.startswith("quotex_")] == [
        "quotex_paragraphs",
        *QUOTEX_COMPONENTS,
    ]
    assert nlp.get_pipe_meta("attribute_ruler").factory == "quotex_attributes"
