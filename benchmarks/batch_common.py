"""Shared pieces of the batch benchmarks: build an archive from a corpus, run ``quotex run``, read outputs.

The corpus (e.g. ../shared/data/polnear/train.jsonl) is read at run time and never copied into the repo;
archives are written to a temporary folder. Each copy of a text gets a distinct first line, so the copies
are not exact duplicates and are all processed.
"""

import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ENV: dict[str, str] | None = None  # the environment of every quotex run; see pin_code()
BROKEN_KINDS = ("invalid_json", "empty_text", "no_text", "not_utf8", "binary", "text_not_string")


def corpus_texts(path: str, cap: int | None = None) -> list[str]:
    """The article texts of a JSONL corpus, each cut to ``cap`` characters when given."""
    texts = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            text = json.loads(line)["text"]
            texts.append(text[:cap] if cap else text)
    return texts


def broken_line(kind: str, n: int) -> bytes:
    """One bad JSONL line of the given kind."""
    if kind == "invalid_json":
        return f'{{"id": "bad{n}", "text": "cut off'.encode()
    if kind == "empty_text":
        return json.dumps({"id": f"bad{n}", "text": "   "}).encode()
    if kind == "no_text":
        return json.dumps({"id": f"bad{n}", "body": "misplaced"}).encode()
    if kind == "not_utf8":
        return b'{"id": "bad%d", "text": "caf\xe9 \xff\xfe"}' % n
    if kind == "binary":
        rng = random.Random(n)
        return bytes(rng.randrange(1, 256) for _ in range(300)).replace(b"\n", b" ")
    return json.dumps({"id": f"bad{n}", "text": 12345}).encode()


def build_archive(
    out: Path, texts: list[str], n: int, broken: float = 0.0, duplicates: float = 0.0, seed: int = 7
) -> dict[str, int]:
    """Write ``n`` records to ``out``: a fraction ``broken`` bad, a fraction ``duplicates`` exact copies.

    Every third record has no id (so it gets one from file and line). Returns the counts of each kind.
    """
    rng = random.Random(seed)
    good = bad = dup = 0
    with open(out, "wb") as f:
        for i in range(n):
            roll = rng.random()
            if roll < broken:
                f.write(broken_line(BROKEN_KINDS[bad % len(BROKEN_KINDS)], i) + b"\n")
                bad += 1
                continue
            source = i
            if roll < broken + duplicates and i > 0:
                source, dup = rng.randrange(i), dup + 1
            text = f"Dispatch {source}.\n\n{texts[source % len(texts)]}"
            record = {"text": text, "published": "2016-03-01"}
            if i % 3:
                record["id"] = f"a{i}"
            f.write(json.dumps(record).encode() + b"\n")
            good += 1
    return {"lines": n, "good": good, "broken": bad, "duplicates": dup}


def pin_code(folder: Path) -> None:
    """Run quotex from a copy of the current source in ``folder``, so edits made meanwhile do not mix in."""
    global ENV
    shutil.copytree(REPO / "src" / "quotex", folder / "src" / "quotex")
    shutil.copytree(REPO / "models", folder / "models")
    ENV = {**os.environ, "PYTHONPATH": str(folder / "src")}


def quotex_command(inputs: list[str], out: Path, *options: str) -> list[str]:
    """The ``quotex run`` command line, run with this interpreter."""
    return [sys.executable, "-m", "quotex.cli", "run", *inputs, "-o", str(out), "--no-progress", *options]


def run_quotex(inputs: list[str], out: Path, *options: str) -> float:
    """Run ``quotex run`` to the end; wall time in seconds."""
    started = time.perf_counter()
    subprocess.run(quotex_command(inputs, out, *options), check=True, stdout=subprocess.DEVNULL, env=ENV)
    return time.perf_counter() - started


def output_lines(out: Path) -> list[str]:
    """The lines of a finished run's ``articles.jsonl``."""
    return (out / "articles.jsonl").read_text("utf-8").splitlines()


def summary(out: Path) -> dict:
    """A finished run's ``summary.json``."""
    return json.loads((out / "summary.json").read_text("utf-8"))


def rss_of_tree(pid: int) -> int:
    """Resident memory (bytes) of a process and all its descendants, from /proc (Linux)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        stack.extend(int(c) for c in children)
    return total


def cpu_note() -> str:
    """Load average and core count, printed with timing figures (the machine may be shared)."""
    return f"cores={os.cpu_count()} loadavg(1m,5m)={os.getloadavg()[0]:.2f},{os.getloadavg()[1]:.2f}"
