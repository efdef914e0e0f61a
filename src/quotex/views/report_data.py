"""The aggregates of a finished ``quotex run``, computed by DuckDB over its JSONL or Parquet output.

DuckDB streams the files: the JSONL output is scanned once into two narrow tables (one row per quote, one
per organization or place mention) that spill to disk when large; the Parquet tables are read column by
column. Nothing here holds an Article in Python.
"""

import datetime as dt
import json
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotex.errors import InvalidInputError
from quotex.io.optional import require
from quotex.views.labels import PLACE_LABELS

# Articles are counted by a 64-bit hash of their id (much faster than distinct strings); the chance that two
# of a million ids collide is about 3e-8.
MAX_DAYS = 120  # more days than this are shown per week, and more than MAX_DAYS weeks per month


@dataclass(frozen=True)
class Totals:
    """How many records, articles, errors, duplicates, quotes (all, attributed) and entities a run has."""

    records: int
    articles: int
    errors: int
    duplicates: int
    quotes: int
    attributed: int
    entities: int


@dataclass(frozen=True)
class Ranked:
    """One row of a top list: a name, its most frequent label, how often and in how many articles."""

    name: str
    label: str | None
    count: int
    articles: int


@dataclass(frozen=True)
class Period:
    """Quotes in one period (day, week or month) of publication, and the articles they come from."""

    start: dt.date
    quotes: int
    articles: int


@dataclass
class Report:
    """Everything a report page shows."""

    source: str
    fmt: str
    totals: Totals
    speakers: list[Ranked]
    organizations: list[Ranked]
    places: list[Ranked]
    timeline: list[Period]
    grain: str
    undated_quotes: int
    seconds: float = 0.0
    top: int = 20
    notes: list[str] = field(default_factory=list)


def _json_columns() -> str:
    columns = {
        "id": "VARCHAR",
        "published": "VARCHAR",
        "error": "VARCHAR",
        "duplicate_of": "VARCHAR",
        "quotes": "STRUCT(speaker STRUCT(text VARCHAR, name VARCHAR, label VARCHAR))[]",
        "entities": "STRUCT(text VARCHAR, label VARCHAR)[]",
    }
    return "{" + ", ".join(f"'{k}': '{v}'" for k, v in columns.items()) + "}"


def _quote(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _load_jsonl(con: Any, path: Path) -> None:
    """One scan of ``articles.jsonl`` into tables ``articles``, ``quotes`` and ``mentions``."""
    places = ", ".join(f"'{label}'" for label in ("ORG", *PLACE_LABELS))
    con.execute(
        f"""
        CREATE TEMP TABLE raw AS
        SELECT id, TRY_CAST(published AS DATE) AS published,
               CASE WHEN error IS NOT NULL THEN 'error' WHEN duplicate_of IS NOT NULL THEN 'duplicate'
                    ELSE 'ok' END AS status,
               list_transform(quotes, lambda q: {{'name': coalesce(q.speaker.name, q.speaker.text),
                                             'label': q.speaker.label}}) AS quotes,
               len(entities) AS n_entities,
               list_filter(entities, lambda e: e.label IN ({places})) AS mentions
        FROM read_json({_quote(path)}, format = 'newline_delimited', columns = {_json_columns()})
        """
    )
    con.execute("CREATE TEMP TABLE articles AS SELECT id, published, status, n_entities FROM raw")
    con.execute(
        "CREATE TEMP TABLE quotes AS SELECT hash(id) AS article, published, q.name AS speaker_name, "
        "q.label AS speaker_label FROM (SELECT id, published, unnest(quotes) AS q FROM raw)"
    )
    con.execute(
        "CREATE TEMP TABLE mentions AS SELECT hash(id) AS article, m.text AS text, m.label AS label "
        "FROM (SELECT id, unnest(mentions) AS m FROM raw)"
    )
    con.execute("DROP TABLE raw")


def _load_parquet(con: Any, out_dir: Path) -> None:
    """``articles``, ``quotes`` and ``mentions`` over the run's three Parquet tables."""
    places = ", ".join(f"'{label}'" for label in ("ORG", *PLACE_LABELS))
    con.execute(
        "CREATE TEMP VIEW articles AS SELECT id, published, status, n_entities "
        f"FROM read_parquet({_quote(out_dir / 'articles.parquet')})"
    )
    # one publication date per article id (ids may repeat across records; take any one)
    con.execute(
        "CREATE TEMP VIEW dates AS SELECT id, any_value(published) AS published FROM articles "
        "WHERE status = 'ok' GROUP BY id"
    )
    con.execute(  # a table, not a view: the join is done once for the four queries that read quotes
        "CREATE TEMP TABLE quotes AS SELECT hash(q.article_id) AS article, d.published, q.speaker_name, "
        "q.speaker_label "
        f"FROM read_parquet({_quote(out_dir / 'quotes.parquet')}) q LEFT JOIN dates d ON d.id = q.article_id"
    )
    con.execute(
        "CREATE TEMP VIEW mentions AS SELECT hash(article_id) AS article, text, label "
        f"FROM read_parquet({_quote(out_dir / 'entities.parquet')}) WHERE label IN ({places})"
    )


def _ranked(con: Any, sql: str, top: int) -> list[Ranked]:
    rows = con.execute(sql + f" ORDER BY count DESC, articles DESC, name LIMIT {int(top)}").fetchall()
    return [Ranked(name, label, count, articles) for name, label, count, articles in rows]


def _grain(con: Any) -> str:
    first, last = con.execute("SELECT min(published), max(published) FROM quotes").fetchone()
    if first is None:
        return "day"
    days = (last - first).days + 1
    return "day" if days <= MAX_DAYS else "week" if days <= MAX_DAYS * 7 else "month"


def _timeline(con: Any, grain: str) -> list[Period]:
    rows = con.execute(
        f"SELECT CAST(date_trunc('{grain}', published) AS DATE) AS period, count(*), "
        "count(DISTINCT article) "
        "FROM quotes WHERE published IS NOT NULL GROUP BY 1 ORDER BY 1"
    ).fetchall()
    return [Period(start, quotes, articles) for start, quotes, articles in rows]


def run_format(out_dir: Path) -> str:
    """``jsonl`` or ``parquet``: what the run at ``out_dir`` wrote (``run.json`` says, else its files)."""
    manifest = out_dir / "run.json"
    fmt = json.loads(manifest.read_text("utf-8")).get("format") if manifest.is_file() else None
    if fmt is None:
        fmt = "parquet" if (out_dir / "articles.parquet").is_file() else "jsonl"
    needed = (
        ["articles.jsonl"] if fmt == "jsonl" else [f"{t}.parquet" for t in ("articles", "quotes", "entities")]
    )
    missing = [name for name in needed if not (out_dir / name).is_file()]
    if missing:
        raise InvalidInputError(
            f"{out_dir}: no {', '.join(missing)}; give the output folder of a finished `quotex run`"
        )
    return fmt


def compute(out_dir: str | Path, *, top: int = 20) -> Report:
    """The report of the run at ``out_dir``: totals, top speakers, organizations, places, quotes over time."""
    started = time.perf_counter()
    out = Path(out_dir)
    if not out.is_dir():
        raise InvalidInputError(f"{out}: no such folder")
    if top < 1:
        raise InvalidInputError("--top must be at least 1")
    fmt = run_format(out)
    duckdb = require("duckdb", "report", "quotex report")
    with tempfile.TemporaryDirectory(prefix="quotex-report-") as spill:
        con = duckdb.connect(config={"temp_directory": spill, "preserve_insertion_order": False})
        con.execute("SET enable_progress_bar = false")
        try:
            if fmt == "jsonl":
                _load_jsonl(con, out / "articles.jsonl")
            else:
                _load_parquet(con, out)
            report = _query(con, str(out), fmt, top)
        except duckdb.Error as e:
            raise InvalidInputError(f"{out}: cannot read the run's output ({e})") from None
        finally:
            con.close()
    report.seconds = time.perf_counter() - started
    return report


def _query(con: Any, source: str, fmt: str, top: int) -> Report:
    records, articles, errors, duplicates, entities = con.execute(
        "SELECT count(*), count(*) FILTER (status = 'ok'), count(*) FILTER (status = 'error'), "
        "count(*) FILTER (status = 'duplicate'), coalesce(sum(n_entities), 0) FROM articles"
    ).fetchone()
    quotes, attributed, undated = con.execute(
        "SELECT count(*), count(speaker_name), count(*) FILTER (published IS NULL) FROM quotes"
    ).fetchone()
    totals = Totals(records, articles, errors, duplicates, quotes, attributed, int(entities))
    speakers = _ranked(
        con,
        "SELECT speaker_name AS name, mode(speaker_label) AS label, count(*) AS count, "
        "count(DISTINCT article) AS articles FROM quotes WHERE speaker_name IS NOT NULL GROUP BY 1",
        top,
    )
    organizations = _ranked(
        con,
        "SELECT text AS name, 'ORG' AS label, count(*) AS count, "
        "count(DISTINCT article) AS articles FROM mentions WHERE label = 'ORG' GROUP BY 1",
        top,
    )
    places = _ranked(
        con,
        "SELECT text AS name, mode(label) AS label, count(*) AS count, "
        "count(DISTINCT article) AS articles FROM mentions WHERE label <> 'ORG' GROUP BY 1",
        top,
    )
    grain = _grain(con)
    return Report(
        source=source,
        fmt=fmt,
        totals=totals,
        speakers=speakers,
        organizations=organizations,
        places=places,
        timeline=_timeline(con, grain),
        grain=grain,
        undated_quotes=undated,
        top=top,
    )
