"""Output shards: each written to a temporary folder and renamed into place, so a shard is whole or absent.

A re-run skips shards that exist; a kill mid-write leaves only a ``.tmp-*`` folder, removed on the next run.
"""

import json
import os
import shutil
import uuid
from pathlib import Path

from quotex.io.outcomes import Counts, Outcome
from quotex.io.registry import writer

SHARDS_DIR = "shards"
TMP_PREFIX = ".tmp-"
COUNTS_FILE = "counts.json"


def shard_path(out_dir: Path, name: str) -> Path:
    """The folder of shard ``name``."""
    return Path(out_dir) / SHARDS_DIR / name


def is_done(out_dir: Path, name: str) -> bool:
    """True when shard ``name`` was written completely by an earlier run."""
    return (shard_path(out_dir, name) / COUNTS_FILE).is_file()


def read_counts(out_dir: Path, name: str) -> Counts:
    """The counts stored with a finished shard."""
    return Counts.from_dict(json.loads((shard_path(out_dir, name) / COUNTS_FILE).read_text("utf-8")))


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as f:
        os.fsync(f.fileno())


def write_shard(out_dir: Path, name: str, outcomes: list[Outcome], fmt: str) -> Counts:
    """Write a shard's outcomes with the writer ``fmt`` atomically and return its counts."""
    write = writer(fmt).write
    final = shard_path(out_dir, name)
    tmp = final.with_name(f"{TMP_PREFIX}{name}-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    tmp.mkdir(parents=True)
    counts = Counts()
    for outcome in outcomes:
        counts.add(outcome)
    try:
        write(tmp, outcomes)
        (tmp / COUNTS_FILE).write_text(json.dumps(counts.to_dict()), encoding="utf-8")
        for path in tmp.iterdir():
            _fsync_file(path)
        os.rename(tmp, final)
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
        if is_done(out_dir, name):  # another worker finished the same shard first
            return read_counts(out_dir, name)
        raise
    return counts


def clean_partial(out_dir: Path) -> int:
    """Remove temporary shard folders left by a killed run; how many there were."""
    folder = Path(out_dir) / SHARDS_DIR
    stale = [p for p in folder.glob(f"{TMP_PREFIX}*")] if folder.is_dir() else []
    for path in stale:
        shutil.rmtree(path, ignore_errors=True)
    for path in Path(out_dir).glob(f"*{TMP_PREFIX}*"):
        path.unlink(missing_ok=True)
    return len(stale)


def merge_shards(out_dir: Path, names: list[str], fmt: str) -> list[Path]:
    """Join the shards, in input order, into the output files of the writer ``fmt``."""
    out_dir = Path(out_dir)
    folders = [shard_path(out_dir, name) for name in names]
    return writer(fmt).merge(folders, out_dir, f".{TMP_PREFIX}{os.getpid()}")
