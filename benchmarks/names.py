"""Score quotex's resolved speaker names on PolNeAR (named end-to-end recall) next to mention-level e2e F1.

usage: python benchmarks/names.py [GOLD.jsonl] [NAMES.jsonl] [--pred OUT.jsonl] [--no-timing] [-v]

GOLD defaults to ../shared/data/polnear/dev.jsonl and NAMES to the ``-names.jsonl`` file beside it
(dev-names.jsonl). Where NAMES covers only part of GOLD (train-names.jsonl: every fourth train article),
only the articles it covers are run and scored. Predictions are written as benchmarks/attribution.py
writes them, each quote piece with its speaker's ``Mention.name``; ../shared/eval/score_names.py scores
the names and ../shared/eval/score.py the mentions. ``-v`` lists every miss (the scorer's list).
Timing: the share quotex_resolver adds to the rest of the pipeline's time per article.
"""

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from attribution import run_quotex, score
from timing import share_report

import quotex
from quotex.api import get_pipeline
from quotex.schema import Article

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
DEFAULT_GOLD = SHARED / "data" / "polnear" / "dev.jsonl"
RESOLVER_PIPES = ("quotex_resolver",)
KINDS = ("pronoun", "description", "name")


def named_predictions(text: str, article: Article) -> list[dict]:
    """Scorer-format quote pieces of one article, each with its speaker mention and resolved name."""
    out = []
    for quote in article.quotes:
        speaker = [quote.speaker.start, quote.speaker.end] if quote.speaker else None
        name = quote.speaker.name if quote.speaker else None
        out.extend({"start": p.start, "end": p.end, "speaker": speaker, "name": name} for p in quote.pieces)
    return out


def names_path_for(gold: Path) -> Path:
    """dev.jsonl -> dev-names.jsonl beside it."""
    return gold.with_name(gold.stem + "-names.jsonl")


def score_names(scorer: Path, gold: Path, names: Path, pred: Path, verbose: bool) -> tuple[str, dict]:
    """score_names.py's printed report (with the misses under ``verbose``) and its JSON figures."""
    cmd = [sys.executable, str(scorer), str(gold), str(names), str(pred)] + (["-v"] if verbose else [])
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.rstrip()
    report, _, last = out.rpartition("\n")
    return report, json.loads(last)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", type=Path, nargs="?", default=DEFAULT_GOLD)
    ap.add_argument("names", type=Path, nargs="?", help="canonical names (default: GOLD's -names.jsonl)")
    ap.add_argument("--eval", type=Path, default=SHARED / "eval", help="folder of score.py/score_names.py")
    ap.add_argument("--pred", type=Path, help="where to write predictions (default: a temp file)")
    ap.add_argument("--no-timing", action="store_true", help="skip the resolution time share")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = ap.parse_args()
    names = args.names or names_path_for(args.gold)

    named_ids = {json.loads(line)["item"].rpartition("#")[0] for line in names.open(encoding="utf-8")}
    gold = [json.loads(line) for line in args.gold.open(encoding="utf-8")]
    tmp = Path(tempfile.mkdtemp())
    gold_path = args.gold
    if any(g["id"] not in named_ids and any(q["speaker"] for q in g["quotes"]) for g in gold):
        gold = [g for g in gold if g["id"] in named_ids]  # NAMES covers a part: score both on that part
        gold_path = tmp / "gold.jsonl"
        gold_path.write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    pred_path = args.pred or tmp / "pred.jsonl"

    t0 = time.perf_counter()
    errors = run_quotex(gold, pred_path, named_predictions)
    print(
        f"quotex {quotex.__version__}: {len(gold)} articles of {args.gold.name} in "
        f"{time.perf_counter() - t0:.1f}s, {errors} article errors"
    )
    report, res = score_names(args.eval / "score_names.py", gold_path, names, pred_path, args.verbose)
    _, mentions = score(args.eval / "score.py", gold_path, pred_path)
    print(report)
    print(
        "\n| named e2e R | named e2e P | "
        + " | ".join(f"{k} R (n)" for k in KINDS)
        + " | mention e2e F1 | article errors |\n|---|---|---|---|---|---|---|"
    )
    cells = [f"{res['named_r']:.1f}", f"{res['named_p']:.1f}"]
    cells += [f"{res[k]['named_r']:.1f} ({res[k]['n']})" for k in KINDS]
    cells += [f"{mentions['e2e_f1']:.1f}", str(errors)]
    print("| " + " | ".join(cells) + " |")
    if not args.no_timing:
        print(share_report(get_pipeline(), [g["text"] for g in gold], RESOLVER_PIPES, "quotex_resolver"))


if __name__ == "__main__":
    main()
