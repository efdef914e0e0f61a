"""``quotex report``: the same aggregates from JSONL and Parquet runs, matching the run's own counts."""

import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

import pytest
from browser_helpers import open_page
from typer.testing import CliRunner

from quotex.cli import app
from quotex.views.report_data import Period, compute
from quotex.views.report_page import filled, render_report


def _articles(run: Path) -> list[dict]:
    lines = (run / "articles.jsonl").read_text("utf-8").splitlines()
    return [a for a in map(json.loads, lines) if "quotes" in a]


def test_totals_match_the_run_summary(example_run: Path) -> None:
    counts = json.loads((example_run / "summary.json").read_text("utf-8"))["counts"]
    totals = compute(example_run).totals
    assert (totals.records, totals.articles, totals.errors, totals.duplicates) == (
        counts["records"],
        counts["articles"],
        counts["errors"],
        counts["duplicates"],
    )
    assert (totals.quotes, totals.entities) == (counts["quotes"], counts["entities"])


def test_top_speakers_count_quotes_by_resolved_name(example_run: Path) -> None:
    expected = Counter(
        q["speaker"]["name"] or q["speaker"]["text"]
        for a in _articles(example_run)
        for q in a["quotes"]
        if q["speaker"]
    )
    speakers = compute(example_run, top=3).speakers
    assert len(speakers) == 3
    assert [(s.name, s.count) for s in speakers] == sorted(expected.items(), key=lambda kv: (-kv[1], kv[0]))[
        :3
    ]
    assert all(s.label == "PERSON" for s in speakers)


def test_quotes_per_day_follow_publication_dates(example_run: Path) -> None:
    per_day = Counter(a["published"] for a in _articles(example_run) for _ in a["quotes"])
    report = compute(example_run)
    assert report.grain == "day"
    assert {p.start.isoformat(): p.quotes for p in report.timeline} == dict(per_day)


def test_jsonl_and_parquet_runs_give_the_same_report(example_run: Path, example_run_parquet: Path) -> None:
    a, b = compute(example_run), compute(example_run_parquet)
    assert a.totals == b.totals
    assert a.speakers == b.speakers and a.organizations == b.organizations and a.places == b.places
    assert a.timeline == b.timeline


def test_places_and_organizations_have_their_labels(example_run: Path) -> None:
    report = compute(example_run)
    assert report.organizations and all(o.label == "ORG" for o in report.organizations)
    assert report.places and all(p.label in ("GPE", "LOC", "FAC") for p in report.places)


def test_missing_days_are_zero_and_long_spans_go_by_month() -> None:
    days = [Period(dt.date(2024, 4, 1), 3, 1), Period(dt.date(2024, 4, 4), 1, 1)]
    assert [(p.start.day, p.quotes) for p in filled(days, "day")] == [(1, 3), (2, 0), (3, 0), (4, 1)]
    months = [Period(dt.date(2023, 11, 1), 1, 1), Period(dt.date(2024, 2, 1), 2, 1)]
    assert [p.start for p in filled(months, "month")] == [
        dt.date(2023, 11, 1),
        dt.date(2023, 12, 1),
        dt.date(2024, 1, 1),
        dt.date(2024, 2, 1),
    ]


def test_report_command_writes_a_page_and_says_how_long(example_run: Path, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", str(example_run), "-o", str(page), "--top", "5"])
    assert result.exit_code == 0, result.output
    assert "report of 15 records" in result.output and " s" in result.output
    html = page.read_text("utf-8")
    assert "Top 5 speakers" in html and "Quotes per day" in html and "Top 5 places" in html


def test_report_errors_are_clear(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, example_run: Path) -> None:
    def output(*args: str) -> str:
        result = CliRunner().invoke(app, ["report", *args])
        assert result.exit_code == 1
        return " ".join(result.output.split())  # wasabi wraps long lines

    assert "nope: no such folder" in output(str(tmp_path / "nope"))
    assert "no articles.jsonl" in output(str(tmp_path))
    assert "--top must be at least 1" in output(str(example_run), "--top", "0")
    monkeypatch.setitem(sys.modules, "duckdb", None)
    assert "pip install 'quotex[report]'" in output(str(example_run))


def test_report_page_in_the_browser_shows_chart_rows_and_tables(
    browser, example_run: Path, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    report = compute(example_run, top=5)
    path = tmp_path / "report.html"
    path.write_text(render_report(report), "utf-8")
    assert open_page(browser, path) == []
    bars = browser.find_elements(By.CSS_SELECTOR, "#speakers svg .row")
    cells = browser.find_elements(By.CSS_SELECTOR, "#speakers tbody tr td:nth-child(2)")
    assert (
        [b.get_attribute("data-name") for b in bars]
        == [c.text for c in cells]
        == [s.name for s in report.speakers]
    )
    assert all(b.is_displayed() for b in bars)
    days = browser.find_elements(By.CSS_SELECTOR, "#timeline svg .row")
    assert len(days) == len(filled(report.timeline, report.grain))
    places = browser.find_elements(By.CSS_SELECTOR, "#places svg .row")
    assert [p.get_attribute("data-name") for p in places] == [p.name for p in report.places]
    bars[0].click()
    assert browser.get_log("browser") == []


def test_a_long_span_of_dates_is_shown_per_week(tmp_path: Path) -> None:
    out = tmp_path / "run"
    out.mkdir()
    (out / "run.json").write_text(json.dumps({"format": "jsonl"}), "utf-8")
    quote = {
        "text": "Yes",
        "start": 0,
        "end": 5,
        "speaker": {"text": "Ana Ruiz", "start": 6, "end": 14, "name": "Ana Ruiz", "label": "PERSON"},
    }
    lines = [
        {"id": "a", "published": "2024-01-03", "entities": [], "quotes": [quote, quote]},
        {"id": "b", "published": "2024-09-20", "entities": [], "quotes": [quote]},
        {"id": "c", "published": None, "entities": [], "quotes": [quote]},
        {"id": "d", "source": "x.jsonl:4", "error": "empty text"},
    ]
    (out / "articles.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
    report = compute(out)
    assert report.grain == "week" and report.undated_quotes == 1
    assert [(p.start.isoformat(), p.quotes) for p in report.timeline] == [
        ("2024-01-01", 2),
        ("2024-09-16", 1),
    ]
    assert report.totals.errors == 1 and report.speakers[0].count == 4 and report.speakers[0].articles == 3
    page = render_report(report)
    assert (
        "Quotes per week" in page and "1 quote from articles without a publication date is not shown" in page
    )
