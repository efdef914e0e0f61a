"""Writers: one JSONL line per outcome, Parquet tables with fixed columns, shards that are whole or absent."""

import json
import sys
from pathlib import Path

import pytest

from quotex.io import Counts, Item, Outcome
from quotex.io.shards import clean_partial, is_done, merge_shards, read_counts, shard_path, write_shard
from quotex.records import Record
from quotex.schema import Article, DateValue, Entity, Mention, Quote

RECORD = Record(text='"We won," said Ana Ruiz on May 3.', id="r1", url="https://x.org/r1")
ARTICLE = Article(
    id="r1",
    url="https://x.org/r1",
    entities=[
        Entity(text="Ana Ruiz", label="PERSON", start=14, end=22),
        Entity(
            text="May 3",
            label="DATE",
            start=26,
            end=31,
            value=DateValue(start="2024-05-03", end="2024-05-03", grain="day"),
        ),
    ],
    quotes=[
        Quote(
            text="We won,",
            start=0,
            end=9,
            speaker=Mention(text="Ana Ruiz", start=14, end=22, name="Ana Ruiz", label="PERSON"),
            cue=Mention(text="said", start=9, end=13),
        )
    ],
)


def outcomes() -> list[Outcome]:
    return [
        Outcome(Item("r1", "in.jsonl:1", RECORD), article=ARTICLE),
        Outcome(Item("in.jsonl:2", "in.jsonl:2", error="invalid JSON")),
        Outcome(Item("r3", "in.jsonl:3", RECORD).as_duplicate_of("r1")),
        Outcome(Item("r4", "in.jsonl:4", RECORD), error="processing failed: boom"),
    ]


def test_jsonl_lines_for_articles_errors_and_duplicates() -> None:
    lines = [json.loads(o.to_json()) for o in outcomes()]
    assert lines[0]["id"] == "r1" and lines[0]["quotes"][0]["speaker"]["name"] == "Ana Ruiz"
    assert lines[1] == {"id": "in.jsonl:2", "source": "in.jsonl:2", "error": "invalid JSON"}
    assert lines[2]["duplicate_of"] == "r1" and lines[2]["url"] == "https://x.org/r1"
    assert lines[3]["error"] == "processing failed: boom"


def test_counts_add_up() -> None:
    counts = Counts()
    for outcome in outcomes():
        counts.add(outcome)
    assert (counts.records, counts.articles, counts.errors, counts.duplicates) == (4, 1, 2, 1)
    assert (counts.quotes, counts.entities) == (1, 2)


def test_shard_is_renamed_into_place_and_partial_ones_are_cleaned(tmp_path: Path) -> None:
    (tmp_path / "shards" / ".tmp-0000-x-000001-99-abc").mkdir(parents=True)
    (tmp_path / "shards" / ".tmp-0000-x-000001-99-abc" / "articles.jsonl").write_text('{"id": "half', "utf-8")
    counts = write_shard(tmp_path, "0000-x-000000", outcomes(), "jsonl")
    assert is_done(tmp_path, "0000-x-000000") and not is_done(tmp_path, "0000-x-000001")
    assert read_counts(tmp_path, "0000-x-000000") == counts
    assert clean_partial(tmp_path) == 1
    assert sorted(p.name for p in (tmp_path / "shards").iterdir()) == ["0000-x-000000"]
    lines = (shard_path(tmp_path, "0000-x-000000") / "articles.jsonl").read_text("utf-8").splitlines()
    assert len(lines) == 4


def test_merge_keeps_shard_order(tmp_path: Path) -> None:
    for name in ("0000-a-000000", "0000-a-000001"):
        write_shard(tmp_path, name, outcomes()[:2], "jsonl")
    [merged] = merge_shards(tmp_path, ["0000-a-000000", "0000-a-000001"], "jsonl")
    ids = [json.loads(line)["id"] for line in merged.read_text("utf-8").splitlines()]
    assert ids == ["r1", "in.jsonl:2", "r1", "in.jsonl:2"]


def test_parquet_tables_one_row_per_article_quote_and_entity(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    write_shard(tmp_path, "0000-a-000000", outcomes(), "parquet")
    write_shard(tmp_path, "0000-a-000001", [], "parquet")
    merge_shards(tmp_path, ["0000-a-000000", "0000-a-000001"], "parquet")
    articles = pq.read_table(tmp_path / "articles.parquet").to_pylist()
    quotes = pq.read_table(tmp_path / "quotes.parquet").to_pylist()
    entities = pq.read_table(tmp_path / "entities.parquet").to_pylist()
    assert [a["status"] for a in articles] == ["ok", "error", "duplicate", "error"]
    assert articles[2]["duplicate_of"] == "r1"
    assert quotes == [
        {
            "article_id": "r1", "quote_index": 0, "text": "We won,", "start": 0, "end": 9,
            "speaker_name": "Ana Ruiz", "speaker_text": "Ana Ruiz", "speaker_label": "PERSON",
            "speaker_start": 14, "speaker_end": 22, "cue_text": "said", "cue_start": 9, "cue_end": 13,
        }
    ]  # fmt: skip
    assert [(e["label"], e["value_kind"], str(e["date_start"])) for e in entities] == [
        ("PERSON", None, "None"),
        ("DATE", "date", "2024-05-03"),
    ]


def test_missing_pyarrow_names_the_extra(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # an import of a None entry raises ImportError
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    from quotex.io.optional import MissingExtraError

    with pytest.raises(MissingExtraError, match=r"pip install 'quotex\[parquet\]'"):
        write_shard(tmp_path, "0000-a-000000", outcomes(), "parquet")
    assert not is_done(tmp_path, "0000-a-000000")
