"""Output record count == input record count on an archive with ~10% broken records and one huge article.

python benchmarks/batch_counts.py ../shared/data/polnear/train.jsonl --n 2000 --cap 1500
"""

import argparse
import json
import tempfile
from collections import Counter
from pathlib import Path

from batch_common import build_archive, corpus_texts, output_lines, pin_code, run_quotex, summary


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus")
    parser.add_argument("--n", type=int, default=2000, help="records in the archive")
    parser.add_argument("--broken", type=float, default=0.10, help="fraction of broken records")
    parser.add_argument("--cap", type=int, default=1500, help="characters kept of each corpus text")
    parser.add_argument("--big-mb", type=float, default=1.2, help="add one article of this size (0: none)")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    texts = corpus_texts(args.corpus, args.cap)
    with tempfile.TemporaryDirectory() as tmp:
        pin_code(Path(tmp) / "code")
        archive = Path(tmp) / "archive.jsonl"
        built = build_archive(archive, texts, args.n, args.broken)
        if args.big_mb:
            big, full = [], corpus_texts(args.corpus)
            while sum(map(len, big)) < args.big_mb * 1_000_000:
                big.append(full[len(big) % len(full)])
            with open(archive, "a", encoding="utf-8") as f:
                f.write(json.dumps({"id": "huge", "text": "\n\n".join(big)}) + "\n")
            built["lines"] += 1
            built["good"] += 1
        out = Path(tmp) / "out"
        seconds = run_quotex([str(archive)], out, "--workers", str(args.workers))
        lines = output_lines(out)
        kinds = Counter("error" if "error" in r else "duplicate" if "duplicate_of" in r else "article"
                        for r in map(json.loads, lines))  # fmt: skip
        counts = summary(out)["counts"]
        print(f"input lines {built['lines']} (good {built['good']}, broken {built['broken']})")
        print(f"output lines {len(lines)}: {dict(kinds)}; summary errors {counts['errors']}")
        equal, errors_match = len(lines) == built["lines"], kinds["error"] == built["broken"]
        print(f"count equal: {equal}; errors == broken: {errors_match}")
        print(f"time {seconds:.1f} s, workers {args.workers}")


if __name__ == "__main__":
    main()
