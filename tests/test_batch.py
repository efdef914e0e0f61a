"""The batch run: one output record per input record, stable ids, duplicates, errors, and resume."""

import json
import shutil
from pathlib import Path

import pytest
from batch_helpers import STORIES, read_jsonl, write_archive

from quotex.batch import RunConfig, run
from quotex.errors import QuotexError


def test_every_input_record_gets_one_output_record_in_order(tmp_path: Path) -> None:
    archive = write_archive(tmp_path / "news.jsonl")
    summary = run(RunConfig([str(archive)], str(tmp_path / "out"), shard_size=3, progress=False))
    records = read_jsonl(tmp_path / "out" / "articles.jsonl")
    assert [r["id"] for r in records] == [
        "s0",
        "s1",
        f"{archive}:3",
        "s2",
        f"{archive}:5",
        "s3",
        "s4",
        "s5",
        "copy",
    ]
    assert "invalid JSON" in records[2]["error"] and records[2]["source"] == f"{archive}:3"
    assert records[4]["error"] == "empty text"
    assert records[-1]["duplicate_of"] == "s0" and "quotes" not in records[-1]
    assert records[0]["published"] == "2024-05-01" and records[0]["url"] == "https://x.org/0"
    assert any(q["speaker"] and q["speaker"]["name"] == "Elena Vasquez" for q in records[0]["quotes"])
    c = summary.counts
    assert (c.records, c.articles, c.errors, c.duplicates) == (9, 6, 2, 1)
    assert c.quotes == sum(len(r.get("quotes", [])) for r in records)
    assert summary.shards == 3 and summary.shards_skipped == 0
    assert json.loads((tmp_path / "out" / "summary.json").read_text())["counts"]["records"] == 9


def test_rerun_skips_finished_shards_and_redoes_missing_ones(tmp_path: Path) -> None:
    archive = write_archive(tmp_path / "news.jsonl")
    out = tmp_path / "out"
    config = RunConfig([str(archive)], str(out), shard_size=2, progress=False)
    run(config)
    first = (out / "articles.jsonl").read_text("utf-8")
    shutil.rmtree(out / "shards" / "0000-news.jsonl-000002")  # as if killed before this shard was renamed
    partial = out / "shards" / ".tmp-0000-news.jsonl-000003-1-x"
    partial.mkdir()
    (partial / "articles.jsonl").write_text('{"id": "s3", "enti', "utf-8")  # a half-written line
    (out / "articles.jsonl").write_text(first[:50], "utf-8")  # a half-merged output
    summary = run(config)
    assert summary.shards_skipped == summary.shards - 1
    assert summary.processed_records == 2 and summary.counts.records == 9
    assert (out / "articles.jsonl").read_text("utf-8") == first
    assert not partial.exists()


def test_resuming_with_other_settings_is_refused(tmp_path: Path) -> None:
    archive = write_archive(tmp_path / "news.jsonl")
    run(RunConfig([str(archive)], str(tmp_path / "out"), shard_size=2, progress=False))
    with pytest.raises(QuotexError, match="other settings"):
        run(RunConfig([str(archive)], str(tmp_path / "out"), shard_size=5, progress=False))


def test_ids_do_not_depend_on_the_output_folder_or_shard_size(tmp_path: Path) -> None:
    archive = tmp_path / "plain.jsonl"
    archive.write_text("\n".join(json.dumps({"text": t}) for t in STORIES[:3]) + "\n", "utf-8")
    ids = []
    for size, name in ((1, "a"), (5, "b")):
        run(RunConfig([str(archive)], str(tmp_path / name), shard_size=size, progress=False))
        ids.append([r["id"] for r in read_jsonl(tmp_path / name / "articles.jsonl")])
    assert ids[0] == ids[1] == [f"{archive}:{n}" for n in (1, 2, 3)]


def test_duplicates_across_files_point_to_the_first_file(tmp_path: Path) -> None:
    first = write_archive(tmp_path / "a.jsonl", broken=False, duplicate=False)
    second = tmp_path / "b.jsonl"
    second.write_text(json.dumps({"id": "again", "text": STORIES[3]}) + "\n", "utf-8")
    run(RunConfig([str(first), str(second)], str(tmp_path / "out"), progress=False))
    assert read_jsonl(tmp_path / "out" / "articles.jsonl")[-1]["duplicate_of"] == "s3"
    run(RunConfig([str(first), str(second)], str(tmp_path / "nodedup"), dedup=False, progress=False))
    assert "quotes" in read_jsonl(tmp_path / "nodedup" / "articles.jsonl")[-1]


def test_long_articles_are_processed_in_pieces_with_offsets_into_the_whole_text(tmp_path: Path) -> None:
    text = "\n\n".join(STORIES * 40)  # about 14,000 characters, cut into pieces of at most 2,000
    archive = tmp_path / "long.jsonl"
    archive.write_text(json.dumps({"id": "long", "text": text}) + "\n", "utf-8")
    run(RunConfig([str(archive)], str(tmp_path / "out"), chunk_chars=2000, progress=False))
    [article] = read_jsonl(tmp_path / "out" / "articles.jsonl")
    assert len(article["quotes"]) >= 4 * 40
    assert max(q["end"] for q in article["quotes"]) > 12_000
    for quote in article["quotes"]:
        assert text[quote["start"] : quote["end"]].strip('"“”').strip() != ""
        assert quote["text"] in text[quote["start"] : quote["end"]]
    for entity in article["entities"]:
        assert text[entity["start"] : entity["end"]] == entity["text"]


def test_a_record_that_breaks_the_pipeline_becomes_an_error_and_the_rest_go_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quotex import api

    real = api.process_records

    def fragile(nlp, records, **kwargs):
        if any("Marlow" in r.text for r in records):
            raise RuntimeError("parser exploded")
        return real(nlp, records, **kwargs)

    monkeypatch.setattr(api, "process_records", fragile)
    archive = write_archive(tmp_path / "news.jsonl", broken=False, duplicate=False)
    summary = run(RunConfig([str(archive)], str(tmp_path / "out"), progress=False))
    records = read_jsonl(tmp_path / "out" / "articles.jsonl")
    assert [("error" in r) for r in records] == [False, False, False, False, True, False]
    assert "parser exploded" in records[4]["error"]
    assert summary.counts.errors == 1 and summary.counts.articles == 5
    alone = tmp_path / "alone.jsonl"
    alone.write_text(json.dumps({"id": "m", "text": STORIES[4]}) + "\n", "utf-8")
    run(RunConfig([str(alone)], str(tmp_path / "alone"), progress=False))
    assert "parser exploded" in read_jsonl(tmp_path / "alone" / "articles.jsonl")[0]["error"]


def test_parquet_output_tables(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    archive = write_archive(tmp_path / "news.jsonl")
    summary = run(
        RunConfig([str(archive)], str(tmp_path / "out"), fmt="parquet", shard_size=4, progress=False)
    )
    articles = pq.read_table(tmp_path / "out" / "articles.parquet")
    quotes = pq.read_table(tmp_path / "out" / "quotes.parquet").to_pylist()
    assert articles.num_rows == 9
    assert len(quotes) == summary.counts.quotes
    assert "Elena Vasquez" in {q["speaker_name"] for q in quotes}
    assert {q["article_id"] for q in quotes} <= set(articles.column("id").to_pylist())
