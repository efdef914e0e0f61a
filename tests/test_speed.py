"""What the speed work must not change: outputs on the examples (the committed pins), and what it must keep:
a cold ``import quotex`` without spaCy, long texts through spaCy one piece at a time."""

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import spacy
from spacy.language import Language

from quotex.api import process_records
from quotex.chunking import pipe_in_batches
from quotex.records import to_record

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from pinned_outputs import PINS, example_records  # noqa: E402


def test_outputs_on_the_examples_match_the_committed_pins(nlp: Language) -> None:
    pinned = json.loads(PINS.read_text())
    records = example_records()
    assert len(records) >= 10
    for rec in records:
        article = next(process_records(nlp, [to_record(rec)]))
        data = json.dumps(article.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
        assert hashlib.sha256(data.encode("utf-8")).hexdigest() == pinned[str(rec["id"])], rec["id"]


def test_import_quotex_loads_neither_spacy_nor_pydantic() -> None:
    script = "import sys, quotex; print(sorted(m for m in ('spacy', 'pydantic') if m in sys.modules))"
    found = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "[]"


def test_public_names_still_import() -> None:
    import quotex

    assert {"extract", "extract_many", "load", "Article", "RecordError"} <= set(dir(quotex))
    assert quotex.Article.__name__ == "Article"
    assert callable(quotex.extract)


def test_pieces_of_a_long_text_go_through_spacy_alone() -> None:
    nlp = spacy.blank("en")
    sizes = [50, 60, 2000, 2000, 70, 80, 90]
    docs = [(nlp.make_doc("x " * (size // 2)), n) for n, size in enumerate(sizes)]
    batches = []
    original = nlp.pipe

    def pipe(items, **kwargs):  # noqa: ANN001, ANN003, ANN202 - spy on the batches
        if kwargs.get("as_tuples"):  # spaCy calls itself again on the bare Docs
            items = list(items)
            batches.append([ctx for _, ctx in items])
        return original(items, **kwargs)

    nlp.pipe = pipe
    out = list(pipe_in_batches(nlp, docs, batch_size=2, chunk_chars=1000))
    assert [ctx for _, ctx in out] == list(range(len(sizes)))  # every Doc, in order
    assert batches == [[0, 1], [2], [3], [4, 5], [6]]
