"""The ``quotex`` command: version, schema, and extract on files, stdin and bad input."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import quotex
from quotex.cli import app

runner = CliRunner()

ARTICLE = (
    "The Tamsin Valley Food Bank opened a second depot in Ashby on Monday.\n\n"
    "“We had families waiting in the rain,” said Priya Nand, who runs the depot.\n"
)


def _clean_failure(result, message: str) -> None:
    """Exit code 1, the message shown, and no Python traceback."""
    assert result.exit_code == 1, result.output
    assert message in " ".join(result.output.split())  # the message may be wrapped to the terminal width
    assert "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)
    assert message in " ".join(result.stderr.split()) and not result.stdout  # errors go to stderr only


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"quotex {quotex.__version__}"


def test_schema_prints_the_article_json_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    assert {"id", "published", "entities", "quotes"} <= set(schema["properties"])
    assert schema == quotex.Article.model_json_schema()


def test_extract_file_prints_article_json(tmp_path: Path) -> None:
    path = tmp_path / "depot.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--published", "2024-01-02", "--id", "depot"])
    assert result.exit_code == 0, result.output
    article = quotex.Article.model_validate_json(result.output)
    assert article.id == "depot"
    assert article.published.isoformat() == "2024-01-02"
    assert [q.text for q in article.quotes] == ["We had families waiting in the rain,"]
    assert "Ashby" in {e.text for e in article.entities}
    for entity in article.entities:
        assert ARTICLE[entity.start : entity.end] == entity.text


def test_extract_reads_stdin() -> None:
    result = runner.invoke(app, ["extract", "-", "--published", "2024-01-02"], input=ARTICLE)
    assert result.exit_code == 0, result.output
    article = quotex.Article.model_validate_json(result.output)
    assert [q.text for q in article.quotes] == ["We had families waiting in the rain,"]


def test_empty_file_gives_an_empty_article(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    article = quotex.Article.model_validate_json(result.output)
    assert article.entities == [] and article.quotes == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("Caf\u00e9 owners in Ashby met.".encode("latin-1"), "not valid UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    ],
    ids=["latin-1", "binary"],
)
def test_undecodable_file_fails_cleanly(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    _clean_failure(runner.invoke(app, ["extract", str(path)]), message)


def test_undecodable_stdin_fails_cleanly() -> None:
    _clean_failure(runner.invoke(app, ["extract", "-"], input=b"Ashby \xff\xfe council"), "not valid UTF-8")


def test_missing_file_fails_cleanly(tmp_path: Path) -> None:
    _clean_failure(runner.invoke(app, ["extract", str(tmp_path / "nope.txt")]), "no such file")


@pytest.mark.parametrize("published", ["yesterday", "2024-02-30"])
def test_bad_published_fails_cleanly(published: str) -> None:
    result = runner.invoke(app, ["extract", "-", "--published", published], input=ARTICLE)
    _clean_failure(result, repr(published))
    assert "ISO 8601" in " ".join(result.output.split())


def test_folder_given_to_extract_fails_cleanly(tmp_path: Path) -> None:
    _clean_failure(runner.invoke(app, ["extract", str(tmp_path)]), "is a folder")
