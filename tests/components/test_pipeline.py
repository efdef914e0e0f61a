"""quotex's spaCy components as spaCy users meet them: by name, analyzed, saved, reloaded, in pools."""

import json
import subprocess
import sys
import tomllib
from importlib.metadata import entry_points
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from quotex.extensions import QUOTES_KEY
from quotex.pipeline import QUOTEX_COMPONENTS

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"
DECLARED = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["entry-points"]["spacy_factories"]

TEXTS = [
    "“The bridge stays shut until May,” said Ivo Marsh, the county engineer.",
    "The Tamsin Valley Food Bank fed an estimated 4,000 families in June. “We ran out twice,” it said.",
    "Nobody was quoted in this one about the Ashby library.",
    "“Bring water,” the mayor told residents on Friday. “And check on your neighbours.”",
]


def quotes_of(doc: Doc) -> list[tuple]:
    """What a user sees of each quote: exact bounds, closed flag, speaker and cue."""
    return [
        (
            tuple(span._.quotex_bounds),
            span._.quotex_closed,
            json.dumps(span._.quotex_speaker, sort_keys=True),
            json.dumps(span._.quotex_cue, sort_keys=True),
        )
        for span in doc.spans.get(QUOTES_KEY, [])
    ]


def test_every_pipeline_component_is_declared_and_installed_as_an_entry_point() -> None:
    assert set(QUOTEX_COMPONENTS) <= set(DECLARED)
    installed = {
        e.name: e.value for e in entry_points(group="spacy_factories") if e.value.startswith("quotex.")
    }
    assert installed == DECLARED, "reinstall quotex (pip install -e .) after changing its entry points"


def test_components_load_by_name_without_importing_quotex() -> None:
    script = (
        "import sys, spacy\n"
        "assert 'quotex' not in sys.modules\n"
        "nlp = spacy.blank('en')\n"
        f"for name in {sorted(DECLARED)!r}:\n"
        "    nlp.add_pipe(name)\n"
        "with nlp.select_pipes(enable=['quotex_quotes']):\n"
        "    doc = nlp('“We will rebuild,” the council said.')\n"
        "print(nlp.pipe_names)\n"
        "print([span.text for span in doc.spans['quotex_quotes']])\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    pipe_names, quotes = done.stdout.strip().splitlines()
    assert sorted(eval(pipe_names)) == sorted(DECLARED)
    assert eval(quotes) == ["“We will rebuild,”"]


def test_quote_finder_alone_on_a_blank_pipeline(blank: Language) -> None:
    blank.add_pipe("quotex_quotes")
    text = "“We open at nine,” she said. Then: “Unclosed at the end"
    doc = blank(text)
    spans = doc.spans[QUOTES_KEY]
    assert [span.text for span in spans] == ["“We open at nine,”", "“Unclosed at the end"]
    assert [span._.quotex_closed for span in spans] == [True, False]
    assert [text[slice(*span._.quotex_bounds)] for span in spans] == [span.text for span in spans]


def test_analyze_pipes_reports_no_problems(nlp: Language) -> None:
    # spaCy's attribute_ruler sets token.pos from the tags but declares no assigns; nothing else is excused
    undeclared = {"token.pos"} if "attribute_ruler" in nlp.pipe_names else set()
    problems = nlp.analyze_pipes()["problems"]
    assert {name: sorted(set(missing) - undeclared) for name, missing in problems.items()} == {
        name: [] for name in nlp.pipe_names
    }
    for name in QUOTEX_COMPONENTS:
        assert nlp.get_pipe_meta(name).assigns, f"{name} declares nothing it assigns"


@pytest.fixture(scope="module")
def reference(nlp: Language) -> list[list[tuple]]:
    return [quotes_of(doc) for doc in nlp.pipe(TEXTS)]


def test_reference_texts_have_attributed_quotes(reference: list[list[tuple]]) -> None:
    assert [len(quotes) for quotes in reference] == [1, 1, 0, 2]
    assert any(json.loads(speaker) for quotes in reference for _, _, speaker, _ in quotes)


def test_bytes_round_trip_gives_the_same_quotes(nlp: Language, reference: list[list[tuple]]) -> None:
    data = nlp.to_bytes()
    reloaded = spacy.util.get_lang_class(nlp.lang).from_config(nlp.config).from_bytes(data)
    assert reloaded.pipe_names == nlp.pipe_names
    assert [quotes_of(doc) for doc in reloaded.pipe(TEXTS)] == reference


def test_disk_round_trip_gives_the_same_quotes(
    nlp: Language, reference: list[list[tuple]], tmp_path: Path
) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    reloaded = spacy.load(tmp_path / "pipeline")
    assert reloaded.pipe_names == nlp.pipe_names
    assert [quotes_of(doc) for doc in reloaded.pipe(TEXTS)] == reference


def test_saved_pipeline_loads_in_a_fresh_process(nlp: Language, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    script = (
        "import sys, spacy\n"
        f"nlp = spacy.load({str(tmp_path / 'pipeline')!r})\n"
        f"doc = nlp({TEXTS[0]!r})\n"
        "print([span.text for span in doc.spans['quotex_quotes']])\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert eval(done.stdout) == ["“The bridge stays shut until May,”"]


def test_two_processes_keep_quote_spans_and_extensions(nlp: Language, reference: list[list[tuple]]) -> None:
    docs = list(nlp.pipe(TEXTS * 2, n_process=2, batch_size=2))
    assert [quotes_of(doc) for doc in docs] == reference * 2
    assert [doc.text for doc in docs] == TEXTS * 2


def test_a_missing_model_is_reported_as_not_installed() -> None:
    from quotex.errors import ModelNotFoundError
    from quotex.pipeline import load

    with pytest.raises(ModelNotFoundError, match="'no_such_quotex_model' is not installed"):
        load("no_such_quotex_model")


def test_a_broken_model_directory_is_reported_with_spacys_reason(tmp_path: Path) -> None:
    from quotex.errors import ModelNotFoundError
    from quotex.pipeline import load

    (tmp_path / "config.cfg").write_text("[nlp]\n", encoding="utf-8")
    with pytest.raises(ModelNotFoundError, match="installed but could not be loaded: .*meta.json"):
        load(str(tmp_path))


def test_a_model_without_parser_and_ner_is_refused(tmp_path: Path) -> None:
    from quotex.errors import ModelNotFoundError
    from quotex.pipeline import load

    spacy.blank("en").to_disk(tmp_path / "blank")
    with pytest.raises(ModelNotFoundError, match="lacks parser and ner"):
        load(str(tmp_path / "blank"))
