"""Score quotex's direct-quote attribution on a gold JSONL (e.g. PolNeAR dev) with the shared scorer.

usage: python benchmarks/attribution.py GOLD.jsonl [--scorer ../shared/eval/score.py] [--pred OUT.jsonl]

Writes predictions in the scorer's format (a quote over several paragraphs is split at the paragraph
breaks, each piece keeping the speaker), runs the scorer with --by-kind, and times the pipeline with and
the attribution components (quotex_speakers, quotex_resolver) against the rest of the pipeline.
"""

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from timing import share_report

import quotex
from quotex.api import get_pipeline, process_records
from quotex.records import to_record
from quotex.schema import Article

ATTRIBUTION_PIPES = ("quotex_speakers", "quotex_resolver")
_LINE = re.compile(r"[^\n]+")


def paragraph_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The non-blank line pieces of ``text[start:end]``, stripped of surrounding space."""
    pieces = []
    for m in _LINE.finditer(text, start, end):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            pieces.append((s, e))
    return pieces


def predictions(text: str, article: Article) -> list[dict]:
    """Scorer-format quotes of one article."""
    out = []
    for quote in article.quotes:
        speaker = [quote.speaker.start, quote.speaker.end] if quote.speaker else None
        for s, e in paragraph_pieces(text, quote.start, quote.end):
            out.append({"start": s, "end": e, "speaker": speaker})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--scorer", type=Path, default=Path("../shared/eval/score.py"))
    ap.add_argument("--pred", type=Path, help="where to write predictions (default: a temp file)")
    ap.add_argument("--no-timing", action="store_true", help="skip the speed comparison")
    args = ap.parse_args()

    gold = [json.loads(line) for line in args.gold.open(encoding="utf-8")]
    records = [to_record({k: g.get(k) for k in ("id", "text", "published")}) for g in gold]
    pred_path = args.pred or Path(tempfile.mkstemp(suffix=".jsonl")[1])
    errors = 0
    t0 = time.perf_counter()
    with pred_path.open("w", encoding="utf-8") as f:
        for g, article in zip(gold, process_records(get_pipeline(), records), strict=True):
            f.write(json.dumps({"id": g["id"], "quotes": predictions(g["text"], article)}) + "\n")
    elapsed = time.perf_counter() - t0
    print(f"quotex {quotex.__version__}: {len(gold)} articles in {elapsed:.1f}s, {errors} article errors")
    result = subprocess.run(
        [sys.executable, str(args.scorer), str(args.gold), str(pred_path), "--by-kind"],
        capture_output=True,
        text=True,
        check=True,
    )
    print(result.stdout.rstrip())
    if not args.no_timing:
        print(share_report(get_pipeline(), [g["text"] for g in gold], ATTRIBUTION_PIPES, "attribution"))


if __name__ == "__main__":
    main()
