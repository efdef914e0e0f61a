"""Paths of the bundled examples the view tests render (articles written for the project)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_ARCHIVE = ROOT / "examples" / "archive" / "local_news.jsonl"
EXAMPLE_ARTICLES = ROOT / "examples" / "articles"
