"""Parquet tables (articles, quotes, entities): one row per article, quote or entity, with the article id."""

from pathlib import Path
from typing import Any

from quotex.io.formats import OutputFormat
from quotex.io.optional import require
from quotex.io.outcomes import Outcome
from quotex.schema import DateValue, NumberValue

TABLES = ("articles", "quotes", "entities")


def _pa() -> Any:
    return require("pyarrow", "parquet", "Writing Parquet")


def schemas() -> dict[str, Any]:
    """The Arrow schema of each table, fixed so shards concatenate and empty shards still have columns."""
    pa = _pa()
    s, i, d, f = pa.string(), pa.int64(), pa.date32(), pa.float64()
    return {
        "articles": pa.schema(
            [
                ("id", s),
                ("source", s),
                ("url", s),
                ("published", d),
                ("status", s),
                ("error", s),
                ("duplicate_of", s),
                ("n_quotes", i),
                ("n_entities", i),
                ("text_chars", i),
            ]
        ),
        "quotes": pa.schema(
            [
                ("article_id", s),
                ("quote_index", i),
                ("text", s),
                ("start", i),
                ("end", i),
                ("speaker_name", s),
                ("speaker_text", s),
                ("speaker_label", s),
                ("speaker_start", i),
                ("speaker_end", i),
                ("cue_text", s),
                ("cue_start", i),
                ("cue_end", i),
            ]
        ),
        "entities": pa.schema(
            [
                ("article_id", s),
                ("entity_index", i),
                ("text", s),
                ("label", s),
                ("start", i),
                ("end", i),
                ("value_kind", s),
                ("date_start", d),
                ("date_end", d),
                ("date_grain", s),
                ("number", f),
                ("unit", s),
                ("approximate", pa.bool_()),
            ]
        ),
    }


def _article_row(outcome: Outcome) -> dict[str, Any]:
    item, article, record = outcome.item, outcome.article, outcome.item.record
    return {
        "id": item.id,
        "source": item.source,
        "url": record.url if record else None,
        "published": record.published if record else None,
        "status": outcome.status,
        "error": item.error or outcome.error,
        "duplicate_of": item.duplicate_of,
        "n_quotes": len(article.quotes) if article else None,
        "n_entities": len(article.entities) if article else None,
        "text_chars": len(record.text) if record else None,
    }


def _quote_rows(article_id: str, outcome: Outcome) -> list[dict[str, Any]]:
    rows = []
    for index, quote in enumerate(outcome.article.quotes if outcome.article else []):
        speaker, cue = quote.speaker, quote.cue
        rows.append(
            {
                "article_id": article_id,
                "quote_index": index,
                "text": quote.text,
                "start": quote.start,
                "end": quote.end,
                "speaker_name": (speaker.name or speaker.text) if speaker else None,
                "speaker_text": speaker.text if speaker else None,
                "speaker_label": speaker.label if speaker else None,
                "speaker_start": speaker.start if speaker else None,
                "speaker_end": speaker.end if speaker else None,
                "cue_text": cue.text if cue else None,
                "cue_start": cue.start if cue else None,
                "cue_end": cue.end if cue else None,
            }
        )
    return rows


def _entity_rows(article_id: str, outcome: Outcome) -> list[dict[str, Any]]:
    rows = []
    for index, ent in enumerate(outcome.article.entities if outcome.article else []):
        value = ent.value
        date = value if isinstance(value, DateValue) else None
        number = value if isinstance(value, NumberValue) else None
        rows.append(
            {
                "article_id": article_id,
                "entity_index": index,
                "text": ent.text,
                "label": ent.label,
                "start": ent.start,
                "end": ent.end,
                "value_kind": value.kind if value else None,
                "date_start": date.start if date else None,
                "date_end": date.end if date else None,
                "date_grain": date.grain if date else None,
                "number": number.number if number else None,
                "unit": number.unit if number else None,
                "approximate": number.approximate if number else None,
            }
        )
    return rows


def write_tables(folder: Path, outcomes: list[Outcome]) -> None:
    """Write ``articles``, ``quotes`` and ``entities`` Parquet files for ``outcomes`` into ``folder``."""
    pa = _pa()
    pq = require("pyarrow.parquet", "parquet", "Writing Parquet")
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for outcome in outcomes:
        rows["articles"].append(_article_row(outcome))
        rows["quotes"].extend(_quote_rows(outcome.item.id, outcome))
        rows["entities"].extend(_entity_rows(outcome.item.id, outcome))
    for name, schema in schemas().items():
        table = pa.Table.from_pylist(rows[name], schema=schema)
        pq.write_table(table, folder / f"{name}.parquet")


def merge_tables(shard_folders: list[Path], out_dir: Path, tmp_suffix: str) -> list[Path]:
    """Concatenate the shards' tables into ``out_dir/<table>.parquet``, streaming one shard at a time."""
    pq = require("pyarrow.parquet", "parquet", "Writing Parquet")
    written = []
    for name, schema in schemas().items():
        final = out_dir / f"{name}.parquet"
        tmp = final.with_name(final.name + tmp_suffix)
        with pq.ParquetWriter(tmp, schema) as writer:
            for folder in shard_folders:
                writer.write_table(pq.read_table(folder / f"{name}.parquet", schema=schema))
        written.append((tmp, final))
    for tmp, final in written:
        tmp.replace(final)
    return [final for _, final in written]


def check_pyarrow() -> None:
    """Fail before the run when pyarrow is missing."""
    require("pyarrow.parquet", "parquet", "Writing Parquet")


WRITER = OutputFormat("parquet", write_tables, merge_tables, extra="parquet", check=check_pyarrow)
