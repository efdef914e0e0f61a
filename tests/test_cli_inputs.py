"""CLI corners on bad input and bad options: each gets a clear answer, and nothing is left half-made."""

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from batch_helpers import STORIES, read_jsonl, write_archive
from typer.testing import CliRunner

from quotex.cli import app

README = Path(__file__).resolve().parents[1] / "README.md"


def flat(output: str) -> str:
    """The output with wasabi's line wrapping undone."""
    return " ".join(output.split())


def invoke(*args: str):  # noqa: ANN201 - a typer Result
    return CliRunner().invoke(app, list(args))


def test_a_csv_without_the_text_column_names_its_columns_and_the_option(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text("uid,body,date\n1,The mayor spoke.,2024-05-03\n", "utf-8")
    result = invoke("run", str(path), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    message = flat(result.output)
    assert "no 'text' column; the header has 'uid', 'body', 'date'" in message and "--text-key" in message
    assert not (tmp_path / "out").exists()
    fixed = invoke("run", str(path), "-o", str(tmp_path / "out"), "--text-key", "body", "--id-key", "uid")
    assert fixed.exit_code == 0, fixed.output
    assert read_jsonl(tmp_path / "out" / "articles.jsonl")[0]["id"] == "1"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--engine", "spark"], "unknown engine 'spark'"),
        (["--workers", "0"], "--workers must be at least 1"),
        (["--scheduler", "tcp://localhost:1"], "--scheduler needs --engine dask"),
        (["--format", "xlsx"], "unknown output format 'xlsx'"),
        (["--input-format", "xml"], "unknown input format 'xml'"),
        (["--shard-size", "0"], "shard size must be at least 1"),
        (["--chunk-chars", "10"], "chunk size must be at least 1000"),
    ],
)
def test_bad_run_options_stop_before_anything_is_written(
    tmp_path: Path, options: list[str], message: str
) -> None:
    archive = write_archive(tmp_path / "news.jsonl")
    result = invoke("run", str(archive), "-o", str(tmp_path / "out"), *options)
    assert result.exit_code == 1
    assert message in flat(result.output)
    assert not (tmp_path / "out").exists()


def test_a_missing_extra_stops_before_anything_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    archive = write_archive(tmp_path / "news.jsonl")
    result = invoke("run", str(archive), "-o", str(tmp_path / "out"), "--format", "parquet")
    assert result.exit_code == 1 and "pip install 'quotex[parquet]'" in flat(result.output)
    assert not (tmp_path / "out").exists()


def test_resuming_with_another_chunk_size_or_model_is_refused(tmp_path: Path) -> None:
    archive = write_archive(tmp_path / "news.jsonl")
    out = str(tmp_path / "out")
    assert invoke("run", str(archive), "-o", out).exit_code == 0
    again = invoke("run", str(archive), "-o", out, "--chunk-chars", "5000")
    assert again.exit_code == 1 and "other settings (chunk_chars)" in flat(again.output)
    other_model = invoke("run", str(archive), "-o", out, "--model", "en_core_web_md")
    assert other_model.exit_code == 1 and "other settings (model)" in flat(other_model.output)
    assert invoke("run", str(archive), "-o", out, "--workers", "1").exit_code == 0


def test_a_run_made_before_the_result_settings_were_recorded_still_resumes(tmp_path: Path) -> None:
    archive = write_archive(tmp_path / "news.jsonl")
    out = tmp_path / "out"
    assert invoke("run", str(archive), "-o", str(out)).exit_code == 0
    manifest = json.loads((out / "run.json").read_text("utf-8"))
    del manifest["chunk_chars"], manifest["model"]
    (out / "run.json").write_text(json.dumps(manifest), "utf-8")
    assert invoke("run", str(archive), "-o", str(out)).exit_code == 0


def test_a_byte_order_mark_gives_the_same_offsets_in_extract_and_run(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "story.txt").write_bytes("\ufeff".encode() + STORIES[1].encode())
    single = invoke("extract", str(folder / "story.txt"))
    assert single.exit_code == 0
    assert invoke("run", str(folder), "-o", str(tmp_path / "out")).exit_code == 0
    [batch] = read_jsonl(tmp_path / "out" / "articles.jsonl")
    spans = lambda a: [(e["text"], e["start"]) for e in a["entities"]]  # noqa: E731
    assert spans(json.loads(single.stdout)) == spans(batch) != []
    assert batch["entities"][0]["start"] == STORIES[1].index(batch["entities"][0]["text"])


def test_hostile_characters_in_jsonl_are_read_as_in_the_api(tmp_path: Path) -> None:
    import quotex

    texts = ['He said "hello \ud800 world," and left.', '"\u200bWe won,\u200d" said Omar Haddad.\x00']
    path = tmp_path / "odd.jsonl"
    path.write_text(
        "".join(json.dumps({"id": f"o{n}", "text": t}) + "\n" for n, t in enumerate(texts)), "ascii"
    )
    assert invoke("run", str(path), "-o", str(tmp_path / "out")).exit_code == 0
    records = read_jsonl(tmp_path / "out" / "articles.jsonl")
    assert [r.get("error") for r in records] == [None, None]
    for record, text in zip(records, texts, strict=True):
        assert record["quotes"] == quotex.extract(text, id=record["id"]).model_dump(mode="json")["quotes"]


def test_readme_duckdb_line_runs_as_written(tmp_path: Path) -> None:
    pytest.importorskip("duckdb")
    pytest.importorskip("pyarrow")
    readme = README.read_text("utf-8")
    run_line = re.search(r"^quotex run (\S+) -o (\S+) --format parquet$", readme, re.M)
    query_line = re.search(r"^python -c \"import duckdb.*$", readme, re.M)
    assert run_line and query_line, "the README shows the run and the query"
    source = Path(__file__).resolve().parents[1] / run_line.group(1)
    assert (
        invoke("run", str(source), "-o", str(tmp_path / run_line.group(2)), "--format", "parquet").exit_code
        == 0
    )
    command = shlex.split(query_line.group(0))
    done = subprocess.run([sys.executable, *command[1:]], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "speaker_name" in done.stdout and "quotes" in done.stdout
