"""``quotex show``: a page from a text file, or from a finished run (JSONL or Parquet) by article id."""

import json
import re
import shutil
from pathlib import Path

from typer.testing import CliRunner
from views_helpers import EXAMPLE_ARCHIVE, EXAMPLE_ARTICLES

from quotex.cli import app
from quotex.views.run_output import locate


def _article_json(page: str) -> dict:
    blob = re.search(r'<script type="application/json" id="quotex-article">(.*?)</script>', page, re.S)
    assert blob
    return json.loads(blob.group(1))


def _archive_record(article_id: str) -> dict:
    for line in EXAMPLE_ARCHIVE.read_text("utf-8").splitlines():
        if f'"id": "{article_id}"' in line:
            return json.loads(line)
    raise AssertionError(article_id)


def test_show_a_text_file(tmp_path: Path) -> None:
    page_path = tmp_path / "page.html"
    source = EXAMPLE_ARTICLES / "port_strike.txt"
    result = CliRunner().invoke(app, ["show", str(source), "--published", "2024-05-06", "-o", str(page_path)])
    assert result.exit_code == 0, result.output
    page = page_path.read_text("utf-8")
    article = _article_json(page)
    assert article["id"] == "port_strike.txt" and article["published"] == "2024-05-06"
    assert article["quotes"] and all(f'id="q-{n + 1}"' in page for n in range(len(article["quotes"])))
    names = {q["speaker"]["name"] for q in article["quotes"] if q["speaker"]}
    panel = page[page.index('<aside id="panel">') :]
    assert names and all(name in panel for name in names)


def test_show_from_a_jsonl_run_reads_the_text_from_the_run_inputs(example_run: Path, tmp_path: Path) -> None:
    page_path = tmp_path / "ferry.html"
    result = CliRunner().invoke(
        app, ["show", "--from", str(example_run), "--id", "harbor-ferry", "-o", str(page_path)]
    )
    assert result.exit_code == 0, result.output
    page = page_path.read_text("utf-8")
    assert _article_json(page)["id"] == "harbor-ferry"
    assert "will resume on" in page and "Marisol Okafor" in page


def test_show_from_a_parquet_run_gives_the_same_quotes(example_run: Path, example_run_parquet: Path) -> None:
    from_jsonl = locate(example_run, "harbor-ferry")
    from_parquet = locate(example_run_parquet, "harbor-ferry")
    assert from_parquet.text == from_jsonl.text

    def strip(article: dict) -> list:
        return [(q["text"], q["start"], q["end"], q["speaker"]) for q in article["quotes"]]

    assert strip(from_parquet.article.model_dump()) == strip(from_jsonl.article.model_dump())
    assert from_parquet.article.entities == from_jsonl.article.entities


def test_a_duplicate_shows_its_original_with_a_note(example_run: Path) -> None:
    found = locate(example_run, "stadium-vote-copy")
    assert found.article.id == "stadium-vote" and "duplicate of stadium-vote" in (found.note or "")


def test_errors_are_clear(example_run: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    cases = {
        "no-text": "the run recorded an error for this record: empty text",
        "nobody-has-this-id": "no record with id 'nobody-has-this-id'",
    }
    for article_id, message in cases.items():
        result = runner.invoke(app, ["show", "--from", str(example_run), "--id", article_id])
        assert result.exit_code == 1 and message in " ".join(result.output.split()), result.output
    result = runner.invoke(app, ["show", "--from", str(tmp_path), "--id", "x"])
    assert result.exit_code == 1 and "no run.json" in result.output
    result = runner.invoke(app, ["show", "--from", str(example_run)])
    assert result.exit_code == 1 and "--from needs --id" in result.output
    result = runner.invoke(app, ["show"])
    assert result.exit_code == 1 and "give a text FILE" in result.output


def test_a_moved_input_can_be_replaced_by_text(example_run: Path, tmp_path: Path) -> None:
    run_copy = tmp_path / "run"
    shutil.copytree(example_run, run_copy)
    manifest = json.loads((run_copy / "run.json").read_text("utf-8"))
    manifest["inputs"] = [str(tmp_path / "gone.jsonl")]
    (run_copy / "run.json").write_text(json.dumps(manifest), "utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["show", "--from", str(run_copy), "--id", "bus-fares"])
    assert result.exit_code == 1 and "--text FILE" in " ".join(result.output.split())
    text_file = tmp_path / "bus.txt"
    text_file.write_text(_archive_record("bus-fares")["text"], "utf-8")
    result = runner.invoke(
        app, ["show", "--from", str(run_copy), "--id", "bus-fares", "--text", str(text_file)]
    )
    assert result.exit_code == 0 and "Bus fares" in result.output
    text_file.write_text(_archive_record("harbor-ferry")["text"], "utf-8")  # the wrong article's text
    result = runner.invoke(
        app, ["show", "--from", str(run_copy), "--id", "bus-fares", "--text", str(text_file)]
    )
    assert result.exit_code == 1 and "does not fit" in " ".join(result.output.split())


def test_show_reads_standard_input_and_writes_standard_output() -> None:
    text = '"The ferry is back," said Marisol Okafor on Tuesday.'
    result = CliRunner().invoke(app, ["show", "-", "--published", "2024-04-04"], input=text)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("<!doctype html>")
    article = _article_json(result.output)
    assert article["id"] is None and article["quotes"][0]["speaker"]["name"] == "Marisol Okafor"
    assert "<h1>article</h1>" in result.output


def test_show_an_html_page_takes_its_article_text_and_date(tmp_path: Path) -> None:
    body = "".join(
        f"<p>{line}</p>"
        for line in [
            "The ferry to Pelican Island will run again from May 1, the Coastal Transit Authority said.",
            '"The new dock is finished and we are ready to carry passengers," said Marisol Okafor, the '
            "authority's operations director, standing on the pier with a crowd of island residents.",
            "Tickets will cost $4.50 for adults and $2 for children, and the first boat leaves at 7 a.m.",
        ]
    )
    page = tmp_path / "ferry.html"
    page.write_text(
        '<html><head><meta property="article:published_time" content="2024-04-02">'
        "<title>Ferry returns</title></head>"
        f"<body><nav>Home | News</nav><article>{body}</article></body></html>",
        "utf-8",
    )
    result = CliRunner().invoke(app, ["show", str(page)])
    assert result.exit_code == 0, result.output
    article = _article_json(result.output)
    assert article["id"] == "ferry.html" and article["published"] == "2024-04-02"
    assert [q["speaker"]["name"] for q in article["quotes"]] == ["Marisol Okafor"]
    assert "Home | News" not in result.output
