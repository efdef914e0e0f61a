"""Engines: local processes and Dask give exactly the output of a run in one process."""

import shutil
from pathlib import Path

import pytest
from batch_helpers import read_jsonl, write_archive

from quotex.batch import RunConfig, run
from quotex.engines import make_engine
from quotex.engines.task import _batches
from quotex.errors import InvalidInputError
from quotex.io import Item
from quotex.records import Record


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    folder = tmp_path_factory.mktemp("engines")
    archive = write_archive(folder / "news.jsonl")
    run(RunConfig([str(archive)], str(folder / "inline"), shard_size=2, progress=False))
    return archive, read_jsonl(folder / "inline" / "articles.jsonl")


def test_two_local_processes_match_one(reference: tuple[Path, list[dict]], tmp_path: Path) -> None:
    archive, expected = reference
    summary = run(RunConfig([str(archive)], str(tmp_path / "out"), workers=2, shard_size=2, progress=False))
    assert read_jsonl(tmp_path / "out" / "articles.jsonl") == expected
    assert summary.counts.records == len(expected)


def test_dask_local_cluster_with_two_workers_matches_and_resumes(
    reference: tuple[Path, list[dict]], tmp_path: Path
) -> None:
    pytest.importorskip("distributed")
    archive, expected = reference
    config = RunConfig(
        [str(archive)], str(tmp_path / "out"), engine="dask", workers=2, shard_size=2, progress=False
    )
    run(config)
    assert read_jsonl(tmp_path / "out" / "articles.jsonl") == expected
    shards = sorted(p.name for p in (tmp_path / "out" / "shards").iterdir())
    assert len(shards) == 5  # one shard per partition, each written by the worker that ran it
    shutil.rmtree(tmp_path / "out" / "shards" / shards[1])
    again = run(config)
    assert (again.shards_skipped, again.processed_records) == (4, 2)
    assert read_jsonl(tmp_path / "out" / "articles.jsonl") == expected


def test_engine_options_are_checked() -> None:
    with pytest.raises(InvalidInputError, match="at least 1"):
        make_engine("local", workers=0)
    with pytest.raises(InvalidInputError, match="unknown engine"):
        make_engine("spark")
    with pytest.raises(InvalidInputError, match="--engine dask"):
        make_engine("local", scheduler="tcp://127.0.0.1:8786")


def test_long_texts_go_through_spacy_alone_one_piece_at_a_time() -> None:
    lengths = [10, 5000, 10, 10, 10]
    items = [Item(f"i{n}", f"s{n}", Record(text="x" * size)) for n, size in enumerate(lengths)]
    batches = list(_batches(items, list(range(len(items))), 2, 1000))
    assert batches == [([0], 2), ([1], 1), ([2, 3], 2), ([4], 2)]
