"""Kill -9 at random points, re-run, and compare with an uninterrupted run: the same set of output records.

    python benchmarks/batch_resume.py ../shared/data/polnear/train.jsonl --n 1000 --kills 3 --workers 2

The whole process group is killed (the run and its worker processes), as a job scheduler or the OOM
killer would; each kill lands at a random point after a random number of the remaining shards are written.
"""

import argparse
import os
import random
import signal
import subprocess
import tempfile
import time
from collections import Counter
from pathlib import Path

import batch_common
from batch_common import build_archive, corpus_texts, output_lines, pin_code, quotex_command, run_quotex


def _shards(out: Path) -> tuple[int, int]:
    folder = out / "shards"
    names = [p.name for p in folder.iterdir()] if folder.is_dir() else []
    return sum(not n.startswith(".") for n in names), sum(n.startswith(".") for n in names)


def killed_runs(command: list[str], kills: int, total_shards: int, seed: int, out: Path) -> list[str]:
    """Start ``command`` ``kills`` times and SIGKILL it at a random point of the remaining work."""
    rng = random.Random(seed)
    notes = []
    for k in range(kills):
        done_before = _shards(out)[0]
        share = max(1, (total_shards - done_before) // (kills - k + 1))
        target = done_before + rng.randint(1, share)  # kill once this many shards are done, plus a bit
        proc = subprocess.Popen(
            command,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            env=batch_common.ENV,
        )
        while proc.poll() is None and _shards(out)[0] < target:
            time.sleep(0.02)
        time.sleep(rng.uniform(0.0, 1.0))
        finished = proc.poll() is not None
        if not finished:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        done, partial = _shards(out)
        notes.append(
            f"kill {k + 1}: {'run had already ended' if finished else 'killed'} with {done}/{total_shards} "
            f"shards done, {partial} partial shard folders left behind"
        )
    return notes


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus")
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--cap", type=int, default=800, help="characters kept of each corpus text")
    parser.add_argument("--kills", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--engine", default="local")
    parser.add_argument("--shard-size", type=int, default=25)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    texts = corpus_texts(args.corpus, args.cap)
    options = ["--workers", str(args.workers), "--engine", args.engine, "--shard-size", str(args.shard_size)]
    with tempfile.TemporaryDirectory() as tmp:
        pin_code(Path(tmp) / "code")
        archive = Path(tmp) / "archive.jsonl"
        built = build_archive(archive, texts, args.n, broken=0.10, duplicates=0.05)
        reference = Path(tmp) / "reference"
        seconds = run_quotex([str(archive)], reference, *options)
        resumed = Path(tmp) / "resumed"
        command = quotex_command([str(archive)], resumed, *options)
        total_shards = _shards(reference)[0]
        notes = killed_runs(command, args.kills, total_shards, args.seed, resumed)
        run_quotex([str(archive)], resumed, *options)
        expected, got = output_lines(reference), output_lines(resumed)
        leftovers = [p.name for p in (resumed / "shards").iterdir() if p.name.startswith(".")]
        print(f"archive: {built}; uninterrupted run {seconds:.1f} s ({args.engine}, {args.workers} workers)")
        for note in notes:
            print(note)
        print(f"output records: reference {len(expected)}, killed+resumed {len(got)}")
        print(f"identical set of records: {Counter(expected) == Counter(got)}; same order: {expected == got}")
        differing = sorted(set(expected) ^ set(got))
        for line in differing[:4]:
            print("differs:", ("reference " if line in set(expected) else "resumed ") + line[:300])
        print(f"every input line once: {len(got) == built['lines']}; partial shards left: {len(leftovers)}")


if __name__ == "__main__":
    main()
