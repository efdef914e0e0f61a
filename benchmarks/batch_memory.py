"""Peak memory (RSS of the run and its workers) after 2,000 articles vs at the end of 20,000.

    python benchmarks/batch_memory.py ../shared/data/polnear/train.jsonl --small 2000 --large 20000 --cap 600

Texts are cut to ``--cap`` characters so the long run finishes in minutes on 2 cores; each copy is distinct,
so all of them are processed (no duplicates) and the string store sees new words all along.
"""

import argparse
import subprocess
import tempfile
import time
from pathlib import Path

import batch_common
from batch_common import build_archive, corpus_texts, cpu_note, pin_code, quotex_command, rss_of_tree, summary

MB = 1024 * 1024


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus")
    parser.add_argument("--small", type=int, default=2000)
    parser.add_argument("--large", type=int, default=20000)
    parser.add_argument("--cap", type=int, default=600, help="characters kept of each corpus text")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--shard-size", type=int, default=200)
    args = parser.parse_args()
    texts = corpus_texts(args.corpus, args.cap)
    with tempfile.TemporaryDirectory() as tmp:
        pin_code(Path(tmp) / "code")
        archive = Path(tmp) / "archive.jsonl"
        build_archive(archive, texts, args.large)
        out = Path(tmp) / "out"
        command = quotex_command(
            [str(archive)], out, "--workers", str(args.workers), "--shard-size", str(args.shard_size)
        )
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, env=batch_common.ENV)
        peak_small = peak = 0
        started = time.perf_counter()
        while proc.poll() is None:
            rss = rss_of_tree(proc.pid)
            peak = max(peak, rss)
            shards = out / "shards"
            done = sum(1 for p in shards.iterdir() if not p.name.startswith(".")) if shards.is_dir() else 0
            if done * args.shard_size <= args.small:
                peak_small = peak
            time.sleep(0.2)
        if proc.returncode:
            raise SystemExit(f"quotex run failed with exit code {proc.returncode}")
        seconds = time.perf_counter() - started
        records = summary(out)["counts"]["records"]
        print(f"{records} articles of <= {args.cap} chars, {args.workers} worker(s), {seconds:.0f} s")
        print(cpu_note())
        print(f"peak RSS after {args.small}: {peak_small / MB:.0f} MB; after {records}: {peak / MB:.0f} MB")
        print(f"ratio {peak / peak_small:.3f} (target <= 1.10)")


if __name__ == "__main__":
    main()
