"""Cost of long articles: time per character and peak RSS, through ``quotex.extract`` and ``quotex run``.

usage: python benchmarks/long_articles.py [CORPUS.jsonl] [--small 10000] [--large 1000000] [--copies 8]
                                          [--huge 5000000]

Texts are PolNeAR train articles joined by blank lines up to each size (read at run time, never stored).
Every measurement runs in a fresh process: ``extract`` in a Python child that loads the pipeline, warms it
on a short text and then times the call; ``quotex run`` as the console command on a one-record JSONL, with
the time of the same command on a one-sentence record subtracted (process start and model load). Times are
CPU seconds of the child (robust on a shared machine), wall seconds beside them. ``--copies`` small texts
(different articles) are timed for the small size. ``--huge`` (minutes) adds the peak RSS of that size.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT = REPO.parent / "shared" / "data" / "polnear" / "train.jsonl"
QUOTEX = Path(sys.executable).with_name("quotex")
CHILD = """
import json, resource, sys, time
import quotex
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
quotex.extract("The mayor said on Monday that the ferry runs again.", published="2024-05-06")
cpu, wall = time.process_time(), time.perf_counter()
entities = sum(len(quotex.extract(t, published="2024-05-06").entities) for t in texts)
print(json.dumps({"cpu": time.process_time() - cpu, "wall": time.perf_counter() - wall,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "entities": entities}))
"""


def long_texts(corpus: Path, size: int, copies: int) -> list[str]:
    """``copies`` texts of ``size`` characters, each train articles joined by blank lines from a new start."""
    articles = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
    texts, at = [], 0
    for _ in range(copies):
        parts, length = [], 0
        while length < size:
            parts.append(articles[at % len(articles)])
            length += len(parts[-1]) + 2
            at += 1
        texts.append("\n\n".join(parts)[:size])
    return texts


def _write(path: Path, texts: list[str]) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for n, text in enumerate(texts):
            f.write(json.dumps({"id": f"long-{n}", "text": text, "published": "2024-05-06"}) + "\n")
    return path


def _child(args: list[str]) -> dict:
    """The JSON a child process prints as its last line."""
    proc = subprocess.run(args, capture_output=True, text=True, cwd=REPO, check=False)
    if proc.returncode:
        raise RuntimeError(f"{args[:3]} failed: {proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def through_extract(path: Path) -> dict:
    """``{"cpu", "wall", "rss_mb"}`` of ``quotex.extract`` on every text of ``path`` in a fresh process."""
    return _child([sys.executable, "-c", CHILD, str(path)])


def _run_usage(path: Path, out: Path) -> tuple[float, float, float]:
    """CPU seconds, wall seconds and peak RSS (MB) of ``quotex run path -o out`` as a child process."""
    wall = time.perf_counter()
    proc = subprocess.Popen(
        [str(QUOTEX), "run", str(path), "-o", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=REPO,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    if status:
        raise RuntimeError(f"quotex run {path} failed: {proc.stderr.read().decode()[-2000:]}")
    return usage.ru_utime + usage.ru_stime, time.perf_counter() - wall, usage.ru_maxrss / 1024


def through_run(path: Path, tmp: Path, startup: tuple[float, float]) -> dict:
    """``{"cpu", "wall", "rss_mb"}`` of ``quotex run`` on ``path``, the start-up cost subtracted."""
    cpu, wall, rss = _run_usage(path, tmp / f"out-{path.stem}")
    return {"cpu": cpu - startup[0], "wall": wall - startup[1], "rss_mb": rss}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--small", type=int, default=10_000)
    ap.add_argument("--large", type=int, default=1_000_000)
    ap.add_argument("--copies", type=int, default=8, help="small texts timed (different articles)")
    ap.add_argument("--huge", type=int, default=None, help="also the peak RSS of one text this long")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        tiny = _write(tmp / "tiny.jsonl", ["The mayor said on Monday that the ferry runs again."])
        startup = _run_usage(tiny, tmp / "out-tiny")[:2]
        sizes = [("small", args.small, args.copies), ("large", args.large, 1)]
        if args.huge:
            sizes.append(("huge", args.huge, 1))
        results = {}
        for label, size, copies in sizes:
            path = _write(tmp / f"{label}.jsonl", long_texts(args.corpus, size, copies))
            chars = size * copies
            for how, measure in (("extract", through_extract), ("run", None)):
                found = measure(path) if measure else through_run(path, tmp, startup)
                results[(label, how)] = found | {"chars": chars}
                per_char = 1e6 * found["cpu"] / chars
                print(
                    f"{how:8s} {label:6s} {copies} x {size:>9,} chars: {per_char:7.1f} us/char CPU "
                    f"({found['cpu']:.1f} s), {found['wall']:.1f} s wall, peak RSS {found['rss_mb']:.0f} MB",
                    flush=True,
                )
        for how in ("extract", "run"):
            small, large = results[("small", how)], results[("large", how)]
            ratio = (large["cpu"] / large["chars"]) / (small["cpu"] / small["chars"])
            print(f"{how}: time per character, {args.large:,} vs {args.small:,} chars: {ratio:.2f}x")
        summary = {
            f"{how}_{label}": {k: round(v, 2) for k, v in r.items() if k in ("cpu", "wall", "rss_mb")}
            for (label, how), r in results.items()
        }
        print(json.dumps(summary))


if __name__ == "__main__":
    main()
