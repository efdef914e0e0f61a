"""``quotex run`` from the command line: outputs, summary, quiet progress off a terminal, clear failures."""

import json
import sys
from pathlib import Path

import pytest
from batch_helpers import read_jsonl, write_archive
from typer.testing import CliRunner

from quotex.cli import app


def flat(output: str) -> str:
    """The output with wasabi's line wrapping undone."""
    return " ".join(output.split())


EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "archive" / "local_news.jsonl"


def test_run_writes_one_line_per_record_and_a_summary(tmp_path: Path) -> None:
    archive = write_archive(tmp_path / "news.jsonl")
    result = CliRunner().invoke(app, ["run", str(archive), "-o", str(tmp_path / "out"), "--shard-size", "4"])
    assert result.exit_code == 0, result.output
    assert "9 records in" in result.output
    assert "articles 6, quotes" in result.output and "errors 2, duplicates 1" in result.output
    assert "docs/s" in result.output
    assert "doc/s" not in result.output and "%|" not in result.output  # no progress bar off a terminal
    assert len(read_jsonl(tmp_path / "out" / "articles.jsonl")) == 9
    again = CliRunner().invoke(app, ["run", str(archive), "-o", str(tmp_path / "out"), "--shard-size", "4"])
    assert "resumed: 3 of 3 shards already done" in again.output


def test_progress_bar_can_be_forced(tmp_path: Path) -> None:
    archive = write_archive(tmp_path / "news.jsonl")
    result = CliRunner().invoke(app, ["run", str(archive), "-o", str(tmp_path / "out"), "--progress"])
    assert result.exit_code == 0
    assert "doc" in result.output and "9/9" in result.output


def test_example_archive_runs(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["run", str(EXAMPLE), "-o", str(tmp_path / "demo")])
    assert result.exit_code == 0, result.output
    records = read_jsonl(tmp_path / "demo" / "articles.jsonl")
    assert len(records) == len(EXAMPLE.read_text("utf-8").splitlines())
    assert sum("error" in r for r in records) == 2 and sum("duplicate_of" in r for r in records) == 1


def test_missing_input_fails_with_a_message(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["run", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "nope.jsonl: no such file or directory" in flat(result.output)


def test_missing_extra_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    archive = write_archive(tmp_path / "news.jsonl")
    result = CliRunner().invoke(
        app, ["run", str(archive), "-o", str(tmp_path / "out"), "--format", "parquet"]
    )
    assert result.exit_code == 1
    assert "pip install 'quotex[parquet]'" in flat(result.output)


def test_summary_json_matches_the_output(tmp_path: Path) -> None:
    archive = write_archive(tmp_path / "news.jsonl")
    CliRunner().invoke(app, ["run", str(archive), "-o", str(tmp_path / "out")])
    summary = json.loads((tmp_path / "out" / "summary.json").read_text("utf-8"))
    records = read_jsonl(tmp_path / "out" / "articles.jsonl")
    assert summary["counts"]["quotes"] == sum(len(r.get("quotes", [])) for r in records)
    assert summary["counts"]["entities"] == sum(len(r.get("entities", [])) for r in records)
