"""The batch run: input files -> shards of Items -> an engine -> output shards -> merged tables and a summary.

Records are read in input order and cut into shards of ``shard_size``; a shard's name sorts in input order.
The driver marks exact-duplicate texts (pointing to the first record with that text) before any work is
sent, so every engine produces the same output. Finished shards are skipped on a re-run, which is how a
killed run resumes. The driver keeps only a 16-byte hash and an id per distinct text (for duplicates).
"""

import hashlib
import json
import re
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path

from quotex.chunking import DEFAULT_CHUNK_CHARS
from quotex.engines import Settings, ShardTask, check_engine, make_engine
from quotex.errors import InvalidInputError, QuotexError
from quotex.io.items import Item, Keys
from quotex.io.outcomes import Counts
from quotex.io.readers import read_input
from quotex.io.registry import (
    AUTO,
    DEFAULT_INPUT_FORMAT,
    DEFAULT_OUTPUT_FORMAT,
    detect_format,
    estimate_records,
    reader,
    writer,
)
from quotex.io.shards import clean_partial, is_done, merge_shards, read_counts

MANIFEST = "run.json"
SUMMARY = "summary.json"


@dataclass
class RunConfig:
    """Everything ``quotex run`` takes; the fields that shape the shards are checked again on resume."""

    inputs: list[str]
    out_dir: str
    fmt: str = DEFAULT_OUTPUT_FORMAT
    input_format: str = DEFAULT_INPUT_FORMAT
    keys: Keys = field(default_factory=Keys)
    workers: int = 1
    engine: str = "local"
    scheduler: str | None = None
    shard_size: int = 200
    batch_size: int = 32
    chunk_chars: int = DEFAULT_CHUNK_CHARS
    model: str | None = None
    dedup: bool = True
    progress: bool | None = None  # None: a progress bar only on a terminal


@dataclass
class Summary:
    """What a run did: the counts over all shards, how many shards were already done, and the time taken."""

    counts: Counts
    shards: int
    shards_skipped: int
    processed_records: int
    seconds: float
    outputs: list[str]

    @property
    def docs_per_second(self) -> float:
        """Records processed by this run (not skipped ones) per second of wall time."""
        return self.processed_records / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict:
        """A plain dict, for ``summary.json``."""
        data = asdict(self)
        data["counts"] = self.counts.to_dict()
        data["docs_per_second"] = round(self.docs_per_second, 2)
        return data


def _validate(config: RunConfig) -> None:
    """Every check that needs no work, so that a bad option stops the run before anything is written."""
    if not config.inputs:
        raise InvalidInputError("no input given")
    for name, value in (("shard size", config.shard_size), ("batch size", config.batch_size)):
        if value < 1:
            raise InvalidInputError(f"{name} must be at least 1")
    if config.chunk_chars < 1000:
        raise InvalidInputError("chunk size must be at least 1000 characters")
    if config.input_format != AUTO:
        reader(config.input_format)
    output = writer(config.fmt)
    check_engine(config.engine, config.workers, config.scheduler)
    for path in map(Path, config.inputs):
        if not path.exists():
            raise InvalidInputError(f"{path}: no such file or directory")
        # a name that says nothing of the format, a missing extra, a header without the text column
        fmt = detect_format(path) if config.input_format == AUTO else config.input_format
        reader(fmt).check(path, config.keys)
    output.check()


# settings that change the results; a resume must use the same ones (absent in older runs: the defaults)
_RESULT_SETTINGS = {"chunk_chars": DEFAULT_CHUNK_CHARS, "model": None}


def _manifest(config: RunConfig) -> dict:
    return {
        "inputs": [str(Path(p).resolve()) for p in config.inputs],
        "input_format": config.input_format,
        "keys": asdict(config.keys),
        "format": config.fmt,
        "shard_size": config.shard_size,
        "dedup": config.dedup,
        "chunk_chars": config.chunk_chars,
        "model": config.model,
    }


def _check_manifest(out_dir: Path, config: RunConfig) -> None:
    """Refuse to resume into a folder that holds a run with other inputs or shard settings."""
    wanted = _manifest(config)
    path = out_dir / MANIFEST
    if path.is_file():
        found = json.loads(path.read_text("utf-8"))
        changed = sorted(k for k in wanted if found.get(k, _RESULT_SETTINGS.get(k)) != wanted[k])
        if changed:
            raise QuotexError(
                f"{out_dir} holds a run with other settings ({', '.join(changed)}); "
                "use another output folder or remove it"
            )
        return
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(wanted, indent=2), encoding="utf-8")
    tmp.replace(path)


def _stem(path: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", Path(path).name)[:40] or "input"


class Deduplicator:
    """Marks items whose exact text was seen before, pointing to the first record with that text."""

    def __init__(self) -> None:
        self.first: dict[bytes, str] = {}

    def __call__(self, item: Item) -> Item:
        """``item``, marked as a duplicate when an earlier processable record had exactly its text."""
        if not item.ok or item.record is None:
            return item
        digest = hashlib.blake2b(item.record.text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        first = self.first.get(digest)
        if first is not None:
            return item.as_duplicate_of(first)
        self.first[digest] = item.id
        return item


def plan_shards(config: RunConfig) -> Iterator[tuple[str, list[Item]]]:
    """``(name, items)`` for every shard of the inputs, in input order, duplicates marked."""
    dedup = Deduplicator() if config.dedup else None
    for index, path in enumerate(config.inputs):
        items = read_input(Path(path), path, config.input_format, config.keys)
        block = 0
        while chunk := list(islice(items, config.shard_size)):
            if dedup is not None:
                chunk = [dedup(item) for item in chunk]
            yield f"{index:04d}-{_stem(path)}-{block:06d}", chunk
            block += 1


def _progress_bar(config: RunConfig):  # noqa: ANN202 - a tqdm bar
    from tqdm import tqdm

    disable = None if config.progress is None else not config.progress  # None: off when not a terminal
    bar = tqdm(unit="doc", disable=disable, dynamic_ncols=True, smoothing=0.1)
    if not bar.disable:
        bar.total = estimate_records([Path(p) for p in config.inputs])
        bar.refresh()
    return bar


def run(config: RunConfig) -> Summary:
    """Run ``config`` to the end (resuming whatever an earlier run of it finished) and return the summary."""
    _validate(config)
    out_dir = Path(config.out_dir).resolve()
    _check_manifest(out_dir, config)
    clean_partial(out_dir)
    settings = Settings(str(out_dir), config.fmt, config.model, config.batch_size, config.chunk_chars)
    started = time.perf_counter()
    counts, names = Counts(), []
    skipped = processed = 0
    bar = _progress_bar(config)

    def tasks() -> Iterator[ShardTask]:
        nonlocal skipped
        for name, items in plan_shards(config):
            names.append(name)
            if is_done(out_dir, name):
                skipped += 1
                counts.merge(read_counts(out_dir, name))
                bar.update(len(items))
                continue
            yield ShardTask(name, tuple(items))

    engine = make_engine(config.engine, config.workers, config.scheduler, config.model)
    try:
        for result in engine.run(tasks(), settings):
            counts.merge(result.counts)
            processed += result.counts.records
            bar.update(result.counts.records)
            bar.set_postfix(quotes=counts.quotes, errors=counts.errors, refresh=False)
    finally:
        engine.close()
        bar.close()
    outputs = merge_shards(out_dir, names, config.fmt)
    summary = Summary(
        counts, len(names), skipped, processed, time.perf_counter() - started, [str(p) for p in outputs]
    )
    (out_dir / SUMMARY).write_text(json.dumps(summary.to_dict(), indent=2), encoding="utf-8")
    return summary
