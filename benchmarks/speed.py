"""quotex end to end against the bare base pipeline on the same texts, in one run, alternating.

usage: python benchmarks/speed.py [CORPUS.jsonl] [--rounds 3] [--limit N] [--batch-size 32] [--model NAME]

Modes, timed in alternating order within every round (a b c, then c b a, ...), after a warm-up pass of each:
  (a) the bare base pipeline, ``spacy.load(model)`` with all its components, over ``nlp.pipe``;
  (b) quotex end to end to ``Article`` objects through ``quotex.extract_many``;
  (c) (a) plus textacy's ``direct_quotations`` on every Doc, when textacy is installed.
Each mode's time is CPU time of this process (robust when other jobs share the cores) and wall time; the
ratio b/a is quotex's words/s over the bare pipeline's, the median over rounds of the ratio within a round.
Then a per-component breakdown of quotex's pipeline (base components, quotex's own, and the conversion of
Docs to pydantic ``Article`` objects), best of ``--rounds`` passes, and the peak RSS of the process.
Texts: ``../shared/data/polnear/dev.jsonl`` when present (or CORPUS), else the bundled examples.
"""

import argparse
import contextlib
import json
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from quotex import extract_many
from quotex.api import get_pipeline
from quotex.article import build_article
from quotex.components.base import DocComponent
from quotex.pipeline import DEFAULT_MODEL
from quotex.records import to_record

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "polnear" / "dev.jsonl"
sys.path.insert(0, str(ROOT / "benchmarks"))
from pinned_outputs import example_records  # noqa: E402


def load_records(path: Path | None, limit: int | None) -> tuple[list[dict], str]:
    """``(records, where they came from)``: the corpus when it exists, else the bundled examples."""
    path = path or DEFAULT_CORPUS
    if path.is_file():
        records = []
        for line in path.open(encoding="utf-8"):
            rec = json.loads(line)
            records.append({k: rec.get(k) for k in ("id", "text", "published")})
        source = str(path)
    else:
        records, source = example_records(), "examples/"
    return records[:limit] if limit else records, source


def textacy_quotes() -> Callable | None:
    """textacy's ``direct_quotations``, or None when textacy is not installed."""
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return None
    return direct_quotations


def timed(run: Callable[[], object]) -> tuple[float, float]:
    """``(cpu seconds, wall seconds)`` of one call."""
    cpu, wall = time.process_time(), time.perf_counter()
    run()
    return time.process_time() - cpu, time.perf_counter() - wall


def breakdown(records: list[dict], batch_size: int, rounds: int) -> dict[str, float]:
    """CPU seconds per component of quotex's pipeline over ``records``, and of the conversion to Articles.

    Each batch goes through the base components one after another (``pipe`` on the whole batch), then each Doc
    through quotex's trailing components in turn and into an Article, as ``extract_many`` chains them (so the
    per-Doc index they share is built once). Best of ``rounds`` passes.
    """
    nlp = get_pipeline()
    tail = len(nlp.pipeline)  # the trailing one-Doc-at-a-time components (quotex's own, after the NER)
    while tail and isinstance(nlp.pipeline[tail - 1][1], DocComponent):
        tail -= 1
    best: dict[str, float] = {}
    for _ in range(rounds):
        spent = {name: 0.0 for name in nlp.pipe_names} | {"Article (pydantic)": 0.0}
        for first in range(0, len(records), batch_size):
            batch = [to_record(r) for r in records[first : first + batch_size]]
            docs = []
            for record in batch:
                doc = nlp.make_doc(record.text)
                doc._.quotex_published = record.published.isoformat() if record.published else None
                docs.append(doc)
            for name, proc in nlp.pipeline[:tail]:
                t0 = time.process_time()
                if hasattr(proc, "pipe"):
                    docs = list(proc.pipe(docs, batch_size=batch_size))
                else:
                    docs = [proc(doc) for doc in docs]
                spent[name] += time.process_time() - t0
            for record, doc in zip(batch, docs, strict=True):  # as in extract_many: one Doc at a time
                for name, proc in nlp.pipeline[tail:]:
                    t0 = time.process_time()
                    doc = proc(doc)
                    spent[name] += time.process_time() - t0
                t0 = time.process_time()
                build_article(record, [(0, doc)])
                spent["Article (pydantic)"] += time.process_time() - t0
        best = {k: min(best.get(k, float("inf")), v) for k, v in spent.items()}
    return best


def is_quotex_own(name: str) -> bool:
    """quotex's own components and the conversion, as opposed to the base model's."""
    return name.startswith("quotex_") or name == "Article (pydantic)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=None)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--limit", type=int, default=None, help="only the first N records")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--model", default=DEFAULT_MODEL)
    args = ap.parse_args()
    records, source = load_records(args.corpus, args.limit)
    texts = [r["text"] for r in records]
    words = sum(len(t.split()) for t in texts)
    base = spacy.load(args.model)
    get_pipeline(args.model if args.model != DEFAULT_MODEL else None)
    quotations = textacy_quotes()

    def run_a() -> None:
        for _doc in base.pipe(texts, batch_size=args.batch_size):
            pass

    def run_b() -> None:
        model = args.model if args.model != DEFAULT_MODEL else None
        for _article in extract_many(records, batch_size=args.batch_size, model=model):
            pass

    def run_c() -> None:
        for doc in base.pipe(texts, batch_size=args.batch_size):
            with contextlib.suppress(Exception):  # textacy raises on some articles; the time still counts
                list(quotations(doc))

    modes = {"a": run_a, "b": run_b} | ({"c": run_c} if quotations else {})
    names = {
        "a": f"(a) bare {args.model}",
        "b": "(b) quotex end to end",
        "c": "(c) bare + textacy quotes",
    }
    print(f"{len(texts)} texts, {words:,} words, {sum(map(len, texts)):,} characters from {source}")
    if not quotations:
        print("textacy is not installed: mode (c) skipped (pip install 'quotex[baseline]')")
    for run in modes.values():  # warm-up: caches, lazy loads, first-call costs
        run()
    cpu: dict[str, list[float]] = {k: [] for k in modes}
    wall: dict[str, list[float]] = {k: [] for k in modes}
    order = list(modes)
    for n in range(args.rounds):
        for key in order if n % 2 == 0 else order[::-1]:
            c, w = timed(modes[key])
            cpu[key].append(c)
            wall[key].append(w)
    print(f"\n{'mode':32s} {'docs/s':>8s} {'words/s':>9s} {'docs/s':>8s} {'words/s':>9s}")
    print(f"{'':32s} {'(CPU time, median)':>18s} {'(wall time, median)':>19s}")
    for key in modes:
        c, w = statistics.median(cpu[key]), statistics.median(wall[key])
        n = len(texts)
        print(f"{names[key]:32s} {n / c:8.2f} {words / c:9.0f} {n / w:8.2f} {words / w:9.0f}")
    ratios = [a / b for a, b in zip(cpu["a"], cpu["b"], strict=True)]
    wall_ratios = [a / b for a, b in zip(wall["a"], wall["b"], strict=True)]
    ratio = statistics.median(ratios)
    print(
        f"\nratio b/a (quotex words/s over bare): {ratio:.3f} CPU "
        f"(rounds: {', '.join(f'{r:.3f}' for r in ratios)}), {statistics.median(wall_ratios):.3f} wall"
    )
    if quotations:
        textacy_ratios = [a / c for a, c in zip(cpu["a"], cpu["c"], strict=True)]
        print(f"ratio c/a (textacy over bare): {statistics.median(textacy_ratios):.3f} CPU")

    parts = breakdown(records, args.batch_size, args.rounds)
    total = sum(parts.values())
    print(f"\nper component, quotex pipeline (CPU ms per article, best of {args.rounds}):")
    for name, seconds in parts.items():
        print(f"  {name:24s} {1000 * seconds / len(texts):7.2f} ms {100 * seconds / total:5.1f}%")
    own = sum(v for k, v in parts.items() if is_quotex_own(k))
    print(f"  {'quotex own + conversion':24s} {1000 * own / len(texts):7.2f} ms {100 * own / total:5.1f}%")
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS of this process (both pipelines loaded): {rss_mb:.0f} MB")
    print(
        json.dumps(
            {
                "texts": len(texts),
                "words": words,
                "ratio_b_a_cpu": round(ratio, 3),
                "ratio_b_a_wall": round(statistics.median(wall_ratios), 3),
                "words_per_s": {k: round(words / statistics.median(v)) for k, v in cpu.items()},
                "component_ms": {k: round(1000 * v / len(texts), 2) for k, v in parts.items()},
                "own_share": round(own / total, 3),
                "peak_rss_mb": round(rss_mb),
            }
        )
    )


if __name__ == "__main__":
    main()
