"""Value accuracy (dates, numbers) and time overhead of quotex_values on news-style sentences.

Usage: python benchmarks/values.py [benchmarks/data/values.jsonl] [--show-errors]

Each line of the data: {"published", "text", "expect": [[expression, "date"|"number", value], ...]} where a
date value is [start, end, grain], a number value is [number, unit, approximate], and null means "no value"
(durations, frequencies, vague counts). Lines with "set": "holdout" were written after the rules and scored
once before any change to them. The entity scored for an expression is the one of a fitting label (DATE/TIME,
number labels) that overlaps its first occurrence most; an expression no such entity overlaps is an NER miss,
reported apart from value accuracy.
"""

import json
import math
import sys
import time
from pathlib import Path

import quotex
from quotex.values import dates, fallback, numbers

DEFAULT_DATA = Path(__file__).parent / "data" / "values.jsonl"


def expected_dict(kind: str, value: list | None) -> dict | None:
    if value is None:
        return None
    if kind == "date":
        return {"kind": "date", "start": value[0], "end": value[1], "grain": value[2]}
    return {"kind": "number", "number": float(value[0]), "unit": value[1], "approximate": value[2]}


def same(found: dict | None, expected: dict | None) -> bool:
    if found is None or expected is None:
        return found is expected
    if expected["kind"] == "number":
        return (
            found.get("kind") == "number"
            and math.isclose(found["number"], expected["number"], rel_tol=1e-6)
            and found["unit"] == expected["unit"]
            and found["approximate"] == expected["approximate"]
        )
    return found == expected


LABELS = {"date": {"DATE", "TIME"}, "number": {"CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}}


def best_entity(doc, start: int, end: int, labels: set[str]):
    ents = [e for e in doc.ents if e.label_ in labels]
    overlaps = [(min(end, e.end_char) - max(start, e.start_char), e) for e in ents]
    overlaps = [(size, e) for size, e in overlaps if size > 0]
    return max(overlaps, key=lambda pair: pair[0])[1] if overlaps else None


def make_docs(nlp, records: list[dict]):
    docs = []
    for record in records:
        doc = nlp.make_doc(record["text"])
        doc._.quotex_published = record["published"]
        docs.append(doc)
    return docs


def score(nlp, records: list[dict], show_errors: bool) -> None:
    docs = list(nlp.pipe(make_docs(nlp, records)))
    totals: dict[str, dict[str, int]] = {}
    for record, doc in zip(records, docs, strict=True):
        for expression, kind, value in record["expect"]:
            keys = (kind, f"{kind} ({record.get('set', 'main')} set)")
            rows = [
                totals.setdefault(key, {"n": 0, "found": 0, "correct_found": 0, "correct": 0}) for key in keys
            ]
            _count(rows, doc, record, expression, kind, value, show_errors)
    print(f"{'kind':22} {'n':>5} {'entity found':>13} {'acc (found)':>12} {'acc (all)':>10}")
    for kind, row in sorted(totals.items()):
        found = row["found"] or 1
        print(
            f"{kind:22} {row['n']:5d} {row['found']:13d} {row['correct_found'] / found:12.1%} "
            f"{row['correct'] / row['n']:10.1%}"
        )


def _count(rows: list[dict], doc, record: dict, expression: str, kind: str, value, show_errors: bool) -> None:
    """Add one expression's outcome to each of ``rows``."""
    for row in rows:
        row["n"] += 1
    start = record["text"].find(expression)
    ent = best_entity(doc, start, start + len(expression), LABELS[kind])
    expected = expected_dict(kind, value)
    found = ent._.quotex_value if ent is not None else None
    ok = same(found, expected)
    for row in rows:
        row["found"] += ent is not None
        row["correct"] += ok
        row["correct_found"] += ok and ent is not None
    if not ok and show_errors:
        span = f"{ent.text!r}/{ent.label_}" if ent is not None else "NO ENTITY"
        published = record["published"]
        print(f"  [{kind}] {expression!r} -> {span}: got {found}, want {expected}  ({published})")


def timing(nlp, records: list[dict], rounds: int = 3) -> None:
    """Pipeline time with and without quotex_values, and the component's own time on uncached input."""
    component = nlp.get_pipe("quotex_values")
    quotex_pipes = [name for name in nlp.pipe_names if name.startswith("quotex_")]
    base_times, spacy_times, full_times, own_times = [], [], [], []
    for _ in range(rounds):
        dates.resolve.cache_clear()
        dates.clean.cache_clear()
        dates._anaphora_text.cache_clear()
        numbers._normalize.cache_clear()
        fallback.parse_absolute.cache_clear()
        with nlp.select_pipes(disable=quotex_pipes):
            started = time.perf_counter()
            list(nlp.pipe(make_docs(nlp, records)))
            spacy_times.append(time.perf_counter() - started)
        with nlp.select_pipes(disable=["quotex_values"]):
            started = time.perf_counter()
            docs = list(nlp.pipe(make_docs(nlp, records)))
            base_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        for doc in docs:
            component(doc)
        own_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        list(nlp.pipe(make_docs(nlp, records)))
        full_times.append(time.perf_counter() - started)
    spacy_only, base, full, own = min(spacy_times), min(base_times), min(full_times), min(own_times)
    count = len(records)
    print(f"\ntiming over {count} sentences (best of {rounds}):")
    per_sentence = 1000 * spacy_only / count
    print(f"  base spaCy model alone:          {1000 * spacy_only:.0f} ms ({per_sentence:.2f} ms/sentence)")
    print(f"  quotex pipeline without values:  {1000 * base:.0f} ms ({1000 * base / count:.2f} ms/sentence)")
    print(f"  quotex pipeline with values:     {1000 * full:.0f} ms (normalization cache warm)")
    print(
        f"  quotex_values alone, cold cache: {1000 * own:.1f} ms = {own / base:.2%} of the quotex pipeline, "
        f"{own / spacy_only:.2%} of the base model"
    )


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = Path(args[0]) if args else DEFAULT_DATA
    records = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    nlp = quotex.load()
    fallback._parser()  # import dateparser before timing: a one-off cost per process
    score(nlp, records, "--show-errors" in sys.argv)
    timing(nlp, records)


if __name__ == "__main__":
    main()
