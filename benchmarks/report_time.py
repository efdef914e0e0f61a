"""Time of ``quotex report`` over finished runs, and over a run grown to many articles by repetition.

    python benchmarks/report_time.py out/demo out/polnear-train
    python benchmarks/report_time.py out/polnear-train --grow 1000000

Each run folder is reported three times and the median time is printed (DuckDB start-up included, the HTML
page too). ``--grow N`` writes a copy of the first run's output with its articles repeated (each copy with
new ids, the same dates) up to N records, in JSONL and in Parquet, and times the report on those: that is
how long a report takes on an archive of that size, independent of the pipeline's speed.
"""

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from quotex.views.report_data import compute
from quotex.views.report_page import render_report

SHARD_SIZE = 200  # `quotex run`'s default: one Parquet row group per shard


def timed(out: Path) -> tuple[float, object]:
    """Median seconds of three reports of ``out`` (compute and render), and the last report."""
    times, report = [], None
    for _ in range(3):
        started = time.perf_counter()
        report = compute(out)
        render_report(report)
        times.append(time.perf_counter() - started)
    return statistics.median(times), report


def grow_jsonl(source: Path, target: Path, records: int) -> int:
    """``articles.jsonl`` of ``source`` repeated with fresh ids into ``target`` up to ``records`` lines."""
    lines = (source / "articles.jsonl").read_text("utf-8").splitlines()
    target.mkdir(parents=True)
    (target / "run.json").write_text(json.dumps({"format": "jsonl"}), "utf-8")
    written = 0
    with open(target / "articles.jsonl", "w", encoding="utf-8") as out:
        copy = 0
        while written < records:
            for line in lines[: records - written]:
                record = json.loads(line)
                record["id"] = f"{record.get('id')}#{copy}"
                if record.get("duplicate_of"):
                    record["duplicate_of"] = f"{record['duplicate_of']}#{copy}"
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
            copy += 1
    return written


def grow_parquet(source: Path, target: Path, records: int) -> int:
    """The Parquet tables of ``source`` repeated with fresh ids into ``target``, up to ``records`` rows."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    target.mkdir(parents=True)
    (target / "run.json").write_text(json.dumps({"format": "parquet"}), "utf-8")
    import pyarrow as pa

    articles = pq.read_table(source / "articles.parquet")
    copies = -(-records // articles.num_rows)
    per_group = max(1, SHARD_SIZE // articles.num_rows)  # row groups as large as a run's shards
    for name, key in (("articles", "id"), ("quotes", "article_id"), ("entities", "article_id")):
        table = pq.read_table(source / f"{name}.parquet")
        column = table.schema.get_field_index(key)
        with pq.ParquetWriter(target / f"{name}.parquet", table.schema) as writer:
            for first in range(0, copies, per_group):
                group = [
                    table.set_column(column, key, pc.binary_join_element_wise(table[key], f"#{copy}", ""))
                    for copy in range(first, min(copies, first + per_group))
                ]
                writer.write_table(pa.concat_tables(group))
    return copies * articles.num_rows


def jsonl_to_parquet(source: Path, target: Path) -> Path:
    """The Parquet tables `quotex run --format parquet` writes, made from a JSONL run's output.

    The Articles and records are read back from ``articles.jsonl`` and written by quotex's own Parquet
    writer (text lengths are 0: the output holds no text, and the report does not use them).
    """
    from quotex.io.items import Item
    from quotex.io.outcomes import Outcome
    from quotex.io.parquet import write_tables
    from quotex.records import Record, parse_published
    from quotex.schema import Article

    outcomes = []
    for line in (source / "articles.jsonl").read_text("utf-8").splitlines():
        data = json.loads(line)
        record = Record(
            text="", id=data.get("id"), published=parse_published(data.get("published")), url=data.get("url")
        )
        item = Item(
            id=data.get("id"),
            source=data.get("source", data.get("id")),
            record=record,
            error=data.get("error"),
            duplicate_of=data.get("duplicate_of"),
        )
        article = Article.model_validate(data) if "quotes" in data else None
        outcomes.append(Outcome(item, article))
    target.mkdir(parents=True)
    write_tables(target, outcomes)
    (target / "run.json").write_text(json.dumps({"format": "parquet"}), "utf-8")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("runs", nargs="+", type=Path, help="output folders of finished `quotex run`s")
    parser.add_argument("--grow", type=int, default=0, help="also time a copy of the first run grown to N")
    parser.add_argument(
        "--as-parquet",
        action="store_true",
        help="first turn the first run's JSONL output into Parquet tables",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="quotex-report-bench-") as tmp:
        runs = list(args.runs)
        if args.as_parquet:
            runs[0] = jsonl_to_parquet(runs[0], Path(tmp) / f"{runs[0].name}-parquet")
        for out in runs:
            seconds, report = timed(out)
            t = report.totals
            fmt = json.loads((out / "run.json").read_text("utf-8")).get("format", "jsonl")
            print(
                f"{out} ({fmt}): {t.records:,} records, {t.articles:,} articles, {t.quotes:,} quotes: "
                f"report in {seconds:.2f} s (median of 3)"
            )
        if args.grow:
            source = runs[0]
            fmt = json.loads((source / "run.json").read_text("utf-8")).get("format", "jsonl")
            grow = grow_parquet if fmt == "parquet" else grow_jsonl
            target = Path(tmp) / f"grown-{fmt}"
            started = time.perf_counter()
            n = grow(source, target, args.grow)
            size = sum(p.stat().st_size for p in target.iterdir())
            print(
                f"grown {fmt} run: {n:,} records, {size / 1e6:,.0f} MB, written in "
                f"{time.perf_counter() - started:.0f} s"
            )
            seconds, report = timed(target)
            t = report.totals
            print(f"  report of {t.records:,} records, {t.quotes:,} quotes in {seconds:.2f} s (median of 3)")


if __name__ == "__main__":
    main()
