"""Date values on real news: quotex on the TempEval-3 TBAQ documents, scored by the shared TimeML scorer.

usage: python benchmarks/dates_tbaq.py [GOLD] [--out PRED.jsonl] [-v] [--no-timing] [--half a|b]

GOLD defaults to ../shared/data/tempeval/tbaq.jsonl (lines {"id", "dct", "text", "timexes"}). Each document
runs through quotex with ``published`` = its creation date; every DATE and TIME entity of the Article is a
prediction ``{"start", "end", "value"}`` (the DateValue or null), written to PRED (only offsets and values,
no text). The shared scorer ``../shared/eval/score_dates.py`` then prints span and value figures, strict and
"fair" (its docstring defines them); ``-v`` passes on its list of misses. Unless ``--no-timing``, the script
also times quotex_values alone on the parsed documents (cold caches) against the whole pipeline.
``--half a|b`` keeps the documents whose id hashes (CRC-32) to that half: read misses on one half, check
rules on the other.
"""

import argparse
import json
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

import quotex
from quotex.values import dates, fallback, numbers

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT.parent / "shared" / "data" / "tempeval" / "tbaq.jsonl"
SCORER = ROOT.parent / "shared" / "eval" / "score_dates.py"
DATE_LABELS = ("DATE", "TIME")


def half_of(doc_id: str) -> str:
    """ "a" or "b": a stable split of the documents by a hash of their id."""
    return "ab"[zlib.crc32(doc_id.encode("utf-8")) % 2]


def read_gold(path: Path, half: str | None = None) -> list[dict]:
    """The gold documents (of one half, if given) as their JSON objects."""
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [doc for doc in docs if half is None or half_of(doc["id"]) == half]


def records_of(docs: list[dict]) -> list[dict]:
    """The gold documents as records quotex reads."""
    return [{"id": doc["id"], "text": doc["text"], "published": doc["dct"]} for doc in docs]


def predictions(records: list[dict]) -> list[dict]:
    """One ``{"id", "dates"}`` line per document from quotex's Articles."""
    out = []
    for article in quotex.extract_many(records):
        found = []
        for entity in article.entities:
            if entity.label not in DATE_LABELS:
                continue
            value = entity.value.model_dump(mode="json") if entity.value is not None else None
            found.append({"start": entity.start, "end": entity.end, "value": value})
        out.append({"id": article.id, "dates": found})
    return out


def time_share(records: list[dict]) -> None:
    """quotex_values' own time (cold caches) as a share of the whole pipeline's, on these documents."""
    nlp = quotex.load()
    fallback._parser()  # dateparser's import is a one-off cost per process

    def make_docs() -> list:
        docs = []
        for record in records:
            doc = nlp.make_doc(record["text"])
            doc._.quotex_published = record["published"]
            docs.append(doc)
        return docs

    started = time.perf_counter()
    list(nlp.pipe(make_docs()))
    full = time.perf_counter() - started
    with nlp.select_pipes(disable=["quotex_values"]):
        parsed = list(nlp.pipe(make_docs()))
    dates.resolve.cache_clear()
    dates.clean.cache_clear()
    dates._anaphora_text.cache_clear()
    numbers._normalize.cache_clear()
    fallback.parse_absolute.cache_clear()
    component = nlp.get_pipe("quotex_values")
    started = time.perf_counter()
    for doc in parsed:
        component(doc)
    own = time.perf_counter() - started
    print(
        f"timing: pipeline {full:.1f} s for {len(records)} documents; quotex_values alone {own:.2f} s "
        f"= {own / full:.2%} of the pipeline"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--out", type=Path, default=None, help="where to write the predictions")
    parser.add_argument("-v", action="store_true", help="list misses, wrong values and false positives")
    parser.add_argument("--no-timing", action="store_true")
    parser.add_argument("--half", choices=("a", "b"), default=None, help="only the documents of this half")
    args = parser.parse_args()
    docs = read_gold(args.gold, args.half)
    records = records_of(docs)
    gold = args.gold
    if args.half:
        gold = Path(tempfile.gettempdir()) / f"quotex_tbaq_gold_{args.half}.jsonl"
        gold.write_text("".join(json.dumps(doc) + "\n" for doc in docs), encoding="utf-8")
    out = args.out or Path(tempfile.gettempdir()) / "quotex_tbaq_dates.jsonl"
    lines = predictions(records)
    out.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    command = [sys.executable, str(SCORER), str(gold), str(out)] + (["-v"] if args.v else [])
    subprocess.run(command, check=True)
    if not args.no_timing:
        time_share(records)


if __name__ == "__main__":
    main()
