"""A second opinion on attribution accuracy: the speaker ranker retrained without part of PolNeAR train and
scored end to end on the part it did not see.

usage: python benchmarks/attribution_folds.py [TRAIN_JSONL] [--holdout 300] [--cache-dir DIR]
                                              [--scorer ../shared/eval/score.py]

For each fold (the first and the last ``--holdout`` articles), trains the ranker on the other articles exactly
as models/train_speaker_ranker.py does, runs the speaker finder with those weights over the held-out
articles (parsed by the full pipeline, as at run time) and scores them with the shared scorer. Prints each
fold's figures and the pooled e2e P/R/F1. Parsing 840 articles twice takes about ten minutes; ``--cache-dir``
keeps the parsed articles for the next run.
"""

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "models"))
import train_speaker_ranker as training  # noqa: E402

from quotex.api import get_pipeline  # noqa: E402
from quotex.attribution.ranker import SpeakerRanker  # noqa: E402
from quotex.document.marks import QuoteSegment, quote_pieces  # noqa: E402
from quotex.extensions import QUOTES_KEY  # noqa: E402


def predictions(doc, finder) -> list[dict]:
    """Scorer-format quotes of one parsed article, a quote over several paragraphs split at the breaks."""
    doc = finder(doc)
    text, out = doc.text, []
    for quote in doc.spans[QUOTES_KEY]:
        found = quote._.quotex_speaker
        speaker = [found["start"], found["end"]] if found else None
        start, end = quote._.quotex_bounds or (quote.start_char, quote.end_char)
        segment = QuoteSegment(start, end, quote._.quotex_closed is not False)
        for start, end in quote_pieces(text, segment):
            out.append({"start": start, "end": end, "speaker": speaker})
    return out


def score(scorer: Path, gold: list[dict], pred: dict[str, list[dict]]) -> dict:
    """The shared scorer's JSON figures for ``pred`` against ``gold``."""
    with tempfile.TemporaryDirectory() as tmp:
        gold_path, pred_path = Path(tmp) / "gold.jsonl", Path(tmp) / "pred.jsonl"
        gold_path.write_text("".join(json.dumps(a) + "\n" for a in gold), encoding="utf-8")
        lines = (json.dumps({"id": a["id"], "quotes": pred[a["id"]]}) + "\n" for a in gold)
        pred_path.write_text("".join(lines), encoding="utf-8")
        cmd = [sys.executable, str(scorer), str(gold_path), str(pred_path), "--by-kind"]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return json.loads(out.rstrip().rpartition("\n")[2])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("train", nargs="?", type=Path, default=Path("../shared/data/polnear/train.jsonl"))
    ap.add_argument("--holdout", type=int, default=300)
    ap.add_argument("--cache-dir", type=Path, help="where to keep the parsed articles between runs")
    ap.add_argument("--scorer", type=Path, default=Path("../shared/eval/score.py"))
    args = ap.parse_args()
    articles = [json.loads(line) for line in args.train.open(encoding="utf-8")]
    cache = args.cache_dir
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
    train_docs = training.parsed(articles, cache / "train_docs.spacy" if cache else None)
    test_docs = training.parsed(  # as the speaker finder sees them at run time
        articles, cache / "run_time_docs.spacy" if cache else None, ("quotex_speakers", "quotex_resolver")
    )
    finder = get_pipeline().get_pipe("quotex_speakers")
    n, k = len(articles), args.holdout
    totals = {"tp": 0, "pred": 0, "gold": 0}
    for name, held in (("first", range(0, k)), ("last", range(n - k, n))):
        kept = [i for i in range(n) if i not in held]
        groups, answers, _ = training.collect([articles[i] for i in kept], [train_docs[i] for i in kept])
        finder.attributor.chooser = SpeakerRanker(training.fit(groups, answers, 800, 1e-4, verbose=False))
        gold = [articles[i] for i in held]
        res = score(args.scorer, gold, {articles[i]["id"]: predictions(test_docs[i], finder) for i in held})
        kinds = res["by_kind"]
        print(
            f"{name} {k} held out: e2e P {res['e2e_p']:.1f} R {res['e2e_r']:.1f} F1 {res['e2e_f1']:.1f}, "
            f"quote F1 {res['quote_f1']:.1f}, pronoun e2e R {kinds['pronoun']['e2e_r']:.1f}, "
            f"named e2e R {kinds['named']['e2e_r']:.1f}"
        )
        totals["tp"] += res["n_e2e_tp"]
        totals["pred"] += res["n_pred_spk"]
        totals["gold"] += res["n_gold_spk"]
    p, r = totals["tp"] / totals["pred"], totals["tp"] / totals["gold"]
    print(f"pooled: e2e P {100 * p:.1f} R {100 * r:.1f} F1 {200 * p * r / (p + r):.1f}")


if __name__ == "__main__":
    main()
