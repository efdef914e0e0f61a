"""The unit of work every engine runs: one shard of input Items in, one output shard written, counts out.

It runs wherever the engine puts it (this process, a local worker process, a Dask worker) and keeps no
state between shards except the pipeline, loaded once per process.
"""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from quotex.chunking import DEFAULT_CHUNK_CHARS
from quotex.errors import failure_message
from quotex.io.items import Item
from quotex.io.outcomes import Counts, Outcome
from quotex.io.shards import write_shard


@dataclass(frozen=True)
class Settings:
    """How to process and where to write: the same for every shard of a run."""

    out_dir: str
    fmt: str = "jsonl"
    model: str | None = None
    batch_size: int = 32
    chunk_chars: int = DEFAULT_CHUNK_CHARS


@dataclass(frozen=True)
class ShardTask:
    """One shard: a name that sorts in input order, and its items with duplicates and errors marked."""

    name: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class ShardResult:
    """What a finished shard reports back: its name and counts."""

    name: str
    counts: Counts


def _batches(
    items: Sequence[Item], todo: list[int], size: int, chunk_chars: int
) -> Iterator[tuple[list[int], int]]:
    """``(indices, spaCy batch size)``: up to ``size`` records a batch; a long text alone, piece by piece.

    A text longer than ``chunk_chars`` is split into pieces; parsing a batch of such pieces at once would
    need gigabytes, so those pieces go through spaCy one by one.
    """
    batch: list[int] = []
    for index in todo:
        record = items[index].record
        if record is not None and len(record.text) > chunk_chars:
            if batch:
                yield batch, size
                batch = []
            yield [index], 1
            continue
        batch.append(index)
        if len(batch) == size:
            yield batch, size
            batch = []
    if batch:
        yield batch, size


def _process_batch(nlp: Language, items: list[Item], settings: Settings, pipe_batch: int) -> list[Outcome]:
    """Outcomes of one batch; if it fails, each record is retried alone so only the culprit errs."""
    from quotex.api import process_records

    try:
        with nlp.memory_zone():
            records = [item.record for item in items]
            articles = list(
                process_records(nlp, records, batch_size=pipe_batch, chunk_chars=settings.chunk_chars)
            )
        return [Outcome(item, article=a) for item, a in zip(items, articles, strict=True)]
    except Exception as e:  # one bad record must not stop a run of millions
        if len(items) == 1:
            return [Outcome(items[0], error=failure_message(e))]
    return [outcome for item in items for outcome in _process_batch(nlp, [item], settings, pipe_batch)]


def process_items(items: tuple[Item, ...] | list[Item], settings: Settings) -> list[Outcome]:
    """An Outcome per item, in order: Articles for processable items, memory freed after every batch."""
    from quotex.api import get_pipeline

    outcomes: list[Outcome | None] = [
        None if item.ok and not item.duplicate_of else Outcome(item) for item in items
    ]
    todo = [i for i, outcome in enumerate(outcomes) if outcome is None]
    if todo:
        nlp = get_pipeline(settings.model)
        for batch, pipe_batch in _batches(items, todo, max(1, settings.batch_size), settings.chunk_chars):
            done = _process_batch(nlp, [items[i] for i in batch], settings, pipe_batch)
            for index, outcome in zip(batch, done, strict=True):
                outcomes[index] = outcome
    return [outcome for outcome in outcomes if outcome is not None]


def run_shard(task: ShardTask, settings: Settings) -> ShardResult:
    """Process one shard and write it atomically; the function every engine calls."""
    outcomes = process_items(task.items, settings)
    counts = write_shard(Path(settings.out_dir), task.name, outcomes, settings.fmt)
    return ShardResult(task.name, counts)
