"""Time per article of each quotex component, and of all of them, on a corpus (default: PolNeAR dev).

usage: python benchmarks/component_time.py [CORPUS.jsonl] [--repeats 3]

The base pipeline runs once over the texts (``nlp.pipe``, batched, quotex's components disabled); then
quotex's components run one document at a time, in pipeline order, on copies of those Docs, each timed on
its own in CPU seconds (steadier than wall time on a shared machine). The best of ``--repeats`` runs is
printed. Any checkout can be timed by pointing PYTHONPATH at its
``src``, which is how a refactoring shows it made quotex no slower.
"""

import argparse
import json
import time
from pathlib import Path

from spacy.tokens import Doc

from quotex.api import get_pipeline

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    texts = [json.loads(line)["text"] for line in args.corpus.open(encoding="utf-8")]
    nlp = get_pipeline()
    ours = [
        (name, pipe)
        for name, pipe in nlp.pipeline
        if name.startswith("quotex_") and name != "quotex_paragraphs"
    ]
    base = list(nlp.pipe(texts, disable=[name for name, _ in ours], batch_size=32))
    t0 = time.process_time()
    list(nlp.pipe(texts, disable=[name for name, _ in ours], batch_size=32))
    base_seconds = time.process_time() - t0
    best = {name: float("inf") for name, _ in ours}
    for _ in range(args.repeats):
        spent = dict.fromkeys(best, 0.0)
        for parsed in base:
            doc = Doc(nlp.vocab).from_bytes(parsed.to_bytes())
            for name, pipe in ours:
                t0 = time.process_time()
                doc = pipe(doc)
                spent[name] += time.process_time() - t0
        best = {name: min(best[name], spent[name]) for name in best}
    n = len(texts)
    for name, seconds in best.items():
        print(f"{name:18s} {1000 * seconds / n:7.2f} ms per article")
    total = sum(best.values())
    print(f"{'quotex, all':18s} {1000 * total / n:7.2f} ms per article")
    print(f"{'base pipeline':18s} {1000 * base_seconds / n:7.2f} ms per article ({n} articles)")
    print(json.dumps({"quotex_ms": round(1000 * total / n, 2), "base_ms": round(1000 * base_seconds / n, 2)}))


if __name__ == "__main__":
    main()
