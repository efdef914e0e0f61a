"""Find one article of a finished ``quotex run`` and the text it was extracted from.

The run's output holds Articles (offsets, no text), one record per input record in input order. The text is
read back from the run's own inputs, named in ``OUT/run.json``: the article's position in the output is its
position in the inputs, so only the records before it are read, streaming. The text found there is checked
against the Article (every entity and quote offset must slice the same words); a moved or edited input is
refused with a message, and ``--text FILE`` gives the text directly.
"""

import json
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path
from typing import Any

from quotex.errors import InvalidInputError, QuotexError
from quotex.schema import Article, Entity, Mention, Quote


@dataclass(frozen=True)
class Found:
    """One output record: its position among the run's records and the record itself (an Article's JSON)."""

    position: int
    record: dict[str, Any]


@dataclass(frozen=True)
class Located:
    """An article ready to render: the Article, its text, and a note for the reader (or None)."""

    article: Article
    text: str
    note: str | None = None


def _manifest(out_dir: Path) -> dict[str, Any]:
    path = out_dir / "run.json"
    if not path.is_file():
        raise InvalidInputError(f"{out_dir}: not the output folder of a `quotex run` (no run.json)")
    return json.loads(path.read_text("utf-8"))


def _records_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)


def _find_jsonl(path: Path, article_id: str) -> Found | None:
    needles = (json.dumps(article_id), json.dumps(article_id, ensure_ascii=False))
    with open(path, encoding="utf-8") as lines:
        for position, line in enumerate(lines):
            if any(n in line for n in needles):  # parse only the lines that can hold the id
                record = json.loads(line)
                if record.get("id") == article_id:
                    return Found(position, record)
    return None


def _pyarrow() -> tuple[Any, Any]:
    from quotex.io.optional import require

    return require("pyarrow.compute", "parquet", "Reading Parquet"), require(
        "pyarrow.parquet", "parquet", "Reading Parquet"
    )


def _mention(row: dict[str, Any], prefix: str, name: str | None = None) -> Mention | None:
    if row.get(f"{prefix}_start") is None:
        return None
    return Mention(
        text=row[f"{prefix}_text"],
        start=row[f"{prefix}_start"],
        end=row[f"{prefix}_end"],
        name=name,
        label=row.get(f"{prefix}_label"),
    )


def _entity(row: dict[str, Any]) -> Entity:
    value = None
    if row["value_kind"] == "date":
        value = {
            "kind": "date",
            "start": row["date_start"],
            "end": row["date_end"],
            "grain": row["date_grain"],
        }
    elif row["value_kind"] == "number":
        value = {
            "kind": "number",
            "number": row["number"],
            "unit": row["unit"],
            "approximate": bool(row["approximate"]),
        }
    return Entity.model_validate(
        {"text": row["text"], "label": row["label"], "start": row["start"], "end": row["end"], "value": value}
    )


def _rows(pq: Any, path: Path, article_id: str, order: str) -> list[dict[str, Any]]:
    table = pq.read_table(path, filters=[("article_id", "=", article_id)])
    return table.sort_by(order).to_pylist() if table.num_rows else []


def _find_parquet(out_dir: Path, article_id: str) -> Found | None:
    pc, pq = _pyarrow()
    articles = pq.read_table(out_dir / "articles.parquet")
    hits = pc.indices_nonzero(pc.equal(articles["id"], article_id)).to_pylist()
    if not hits:
        return None
    row = articles.slice(hits[0], 1).to_pylist()[0]
    record: dict[str, Any] = {"id": row["id"], "source": row["source"]}
    if row["status"] == "error":
        record["error"] = row["error"]
    elif row["status"] == "duplicate":
        record["duplicate_of"] = row["duplicate_of"]
    else:
        quotes = []
        for q in _rows(pq, out_dir / "quotes.parquet", article_id, "quote_index"):
            speaker = _mention(q, "speaker", q["speaker_name"])
            cue = _mention(q, "cue")
            quotes.append(Quote(text=q["text"], start=q["start"], end=q["end"], speaker=speaker, cue=cue))
        entities = [_entity(e) for e in _rows(pq, out_dir / "entities.parquet", article_id, "entity_index")]
        article = Article(
            id=row["id"], url=row["url"], published=row["published"], quotes=quotes, entities=entities
        )
        record = article.model_dump(mode="json")
    return Found(hits[0], record)


def find_record(out_dir: Path, article_id: str, fmt: str) -> Found:
    """The output record with id ``article_id`` (the first one, if ids repeat), or a clear error."""
    found = _find_parquet(out_dir, article_id) if fmt == "parquet" else None
    if fmt != "parquet":
        path = out_dir / "articles.jsonl"
        if not path.is_file():
            raise InvalidInputError(f"{out_dir}: no articles.jsonl; the run has not finished")
        found = _find_jsonl(path, article_id)
    if found is None:
        raise InvalidInputError(f"{out_dir}: no record with id {article_id!r}")
    return found


def _input_text(manifest: dict[str, Any], position: int) -> tuple[str, str | None]:
    """``(text, id)`` of the record at ``position`` across the run's inputs, read again from them.

    The id is None when the record has none of its own (the run named it after its file and line).
    """
    from quotex.io.items import Keys
    from quotex.io.readers import read_input

    paths = [Path(p) for p in manifest.get("inputs", [])]
    for path in paths:
        if not path.exists():
            raise InvalidInputError(
                f"the run's input {path} is gone; pass the article's text with --text FILE"
            )
    keys = Keys(**manifest.get("keys", {}))
    items = chain.from_iterable(
        read_input(path, str(path), manifest.get("input_format", "auto"), keys) for path in paths
    )
    item = next(islice(items, position, None), None)
    if item is None or item.record is None:
        raise InvalidInputError("the run's inputs changed since the run; pass the text with --text FILE")
    return item.record.text, None if item.id == item.source else item.id


def check_offsets(article: Article, text: str) -> None:
    """Refuse a text the Article's offsets do not fit: every entity and mention must slice its own words."""
    spans = [(e.start, e.end, e.text) for e in article.entities]
    for quote in article.quotes:
        spans.extend((m.start, m.end, m.text) for m in (quote.speaker, quote.cue) if m is not None)
        spans.extend((p.start, p.end, p.text) for p in quote.pieces)
        if quote.end > len(text):
            spans.append((quote.start, quote.end, None))
    for start, end, words in spans:
        if end > len(text) or (words is not None and text[start:end] != words):
            raise InvalidInputError(
                f"the text does not fit the extraction of {article.id!r} (at {start}:{end}); "
                "the input changed since the run, or --text names another article"
            )


def locate(out_dir: str | Path, article_id: str, text: str | None = None) -> Located:
    """The Article ``article_id`` of the run at ``out_dir`` and its text (``text``, else from the inputs)."""
    out = Path(out_dir)
    manifest = _manifest(out)
    fmt = manifest.get("format", "jsonl")
    found = find_record(out, article_id, fmt)
    note = None
    record = found.record
    if "error" in record:
        raise QuotexError(f"{article_id}: the run recorded an error for this record: {record['error']}")
    if record.get("duplicate_of"):
        original = record["duplicate_of"]
        note = f"An exact duplicate of {original}; showing that record's extraction."
        record = find_record(out, original, fmt).record
    article = Article.model_validate(record)
    if text is None:
        text, input_id = _input_text(manifest, found.position)
        if input_id is not None and input_id != article_id:
            raise InvalidInputError(
                f"the run's inputs changed since the run (record {found.position + 1} is now {input_id!r}); "
                "pass the text with --text FILE"
            )
    check_offsets(article, text)
    return Located(article, text, note)
