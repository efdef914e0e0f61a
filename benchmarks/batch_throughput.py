"""Throughput of ``quotex run``: --workers 2 vs 1 (local processes), and Dask LocalCluster 2 workers vs 1.

    python benchmarks/batch_throughput.py ../shared/data/polnear/train.jsonl --n 1000 --cap 1500

"Overall" is records over wall time, which includes starting workers and loading the model in each;
"after the first shard" is records over the time between the first and the last shard written.
On a machine shared with other jobs the ratios are depressed: the load average is printed with each run.
"""

import argparse
import json
import tempfile
from pathlib import Path

from batch_common import build_archive, corpus_texts, cpu_note, pin_code, run_quotex


def steady_rate(out: Path) -> float:
    """Docs/s between the first and the last shard written: throughput without start-up and model loading."""
    shards = sorted(
        (p.stat().st_mtime, json.loads(p.read_text())["records"])
        for p in (out / "shards").glob("*/counts.json")
    )
    if len(shards) < 2 or shards[-1][0] <= shards[0][0]:
        return float("nan")
    return sum(records for _, records in shards[1:]) / (shards[-1][0] - shards[0][0])


SETUPS = {
    "local-1": ["--workers", "1"],
    "local-2": ["--workers", "2"],
    "dask-1": ["--engine", "dask", "--workers", "1"],
    "dask-2": ["--engine", "dask", "--workers", "2"],
}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus")
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--cap", type=int, default=1500, help="characters kept of each corpus text")
    parser.add_argument("--shard-size", type=int, default=50)
    parser.add_argument(
        "--setups", default=",".join(SETUPS), help="comma-separated subset of " + ",".join(SETUPS)
    )
    args = parser.parse_args()
    texts = corpus_texts(args.corpus, args.cap)
    rates, steady = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        pin_code(Path(tmp) / "code")
        archive = Path(tmp) / "archive.jsonl"
        build_archive(archive, texts, args.n)
        for name in args.setups.split(","):
            before = cpu_note()
            seconds = run_quotex(
                [str(archive)], Path(tmp) / name, "--shard-size", str(args.shard_size), *SETUPS[name]
            )
            rates[name] = args.n / seconds
            steady[name] = steady_rate(Path(tmp) / name)
            print(
                f"{name}: {seconds:.1f} s, {rates[name]:.1f} docs/s overall, {steady[name]:.1f} docs/s after "
                f"the first shard (before: {before}; after: {cpu_note()})"
            )
    for engine, target in (("local", 1.7), ("dask", 1.6)):
        if f"{engine}-1" in rates and f"{engine}-2" in rates:
            ratio = rates[f"{engine}-2"] / rates[f"{engine}-1"]
            warm = steady[f"{engine}-2"] / steady[f"{engine}-1"]
            print(
                f"{engine}: 2 workers / 1 worker = {ratio:.2f}x overall, {warm:.2f}x after the first shard "
                f"(target >= {target}x)"
            )


if __name__ == "__main__":
    main()
