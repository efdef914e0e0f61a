"""Hostile inputs: 10,000 generated bad or odd records through the API and through ``quotex run``.

usage: python benchmarks/hostile_inputs.py [--n 10000] [--seed 12] [--out DIR] [--skip-api] [--skip-cli]

Each record is one of the kinds below (texts written for the project, mixed with lone surrogates, format and
control characters, byte-order marks, bare or empty quotation marks, right-to-left scripts and emoji), or a
record with a bad text, id, URL or date, or no record at all. The script feeds them to
``quotex.extract_many(..., errors="record")`` and, written as JSONL (with invalid JSON, cut-off and non-UTF-8
lines for the records JSON cannot hold), to ``quotex run``, and prints for each: records in, results out,
errors by kind, exceptions escaping, and spans that do not slice the input to their text.
"""

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import quotex
from quotex.textnorm import clean_text

SENTENCES = [
    '"We will rebuild the town," Mayor Ana Lopez said on Tuesday.',
    "The Tallow Creek council approved a $12 million budget last week.",
    "“Nobody expected snow in May,” said Ken Ito, a bus driver in Port Ellis.",
    "Greta Lindholm, who grows beans near the river, said the harvest was late.",
    "The Harbor Authority said about 3,400 boats used the port in 2023.",
    "‘It is over,’ she told reporters. ‘We go home now.’",
    "Acme Corp shares fell 12 percent, according to the exchange.",
]
HOSTILE = [
    "\ud800",
    "\udcff",
    "\u200b",
    "\u200d",
    "\u200e",
    "\u202e",
    "\u2066",
    "\ufeff",
    "\u00ad",
    "\x00",
    "\x07",
    "\x1b",
    "\x7f",
    "\x85",
    "\u2028",
    "\r\n",
]
ODD = [
    "שלום",
    "مرحبا",
    "e\u0301",
    "👩\u200d👩\u200d👧",
    "🇳🇴",
    "\ufffd",
    "«",
    "»",
    "„",
    "‟",
    "「",
    "」",
    "``",
    "''",
]
MARKS = ['"', "“", "”", "‘", "’", "'", "«", "»", "„"]

# (kind, how often)
KINDS = [
    ("news", 8),
    ("surrogates", 8),
    ("format characters", 8),
    ("control characters", 8),
    ("byte-order mark", 6),
    ("bare or empty marks", 8),
    ("odd scripts and emoji", 6),
    ("empty or blank text", 5),
    ("long text", 1),
    ("text not a str", 5),
    ("bad id", 5),
    ("bad url", 4),
    ("bad published", 6),
    ("not a record", 4),
    ("no text field", 4),
]


def _news(rng: random.Random, n: int | None = None) -> str:
    return " ".join(rng.choice(SENTENCES) for _ in range(n or rng.randint(1, 4)))


def _sprinkle(rng: random.Random, text: str, chars: list[str], count: int) -> str:
    out = list(text)
    for _ in range(count):
        out.insert(rng.randint(0, len(out)), rng.choice(chars))
    return "".join(out)


def make_record(rng: random.Random, kind: str, n: int) -> object:
    """One record of ``kind`` (a dict, a str, or something that is no record)."""
    rid = f"h{n}"
    text = _news(rng)
    if kind == "news":
        return {"id": rid, "text": text, "published": "2024-05-03"}
    if kind == "surrogates":
        return {"id": rid, "text": _sprinkle(rng, text, ["\ud800", "\udcff", "\udfff"], rng.randint(1, 5))}
    if kind == "format characters":
        return {"id": rid, "text": _sprinkle(rng, text, HOSTILE[2:9], rng.randint(1, 8))}
    if kind == "control characters":
        return {"id": rid, "text": _sprinkle(rng, text, ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\x0c"], 4)}
    if kind == "byte-order mark":
        return {"id": rid, "text": "\ufeff" + text}
    if kind == "bare or empty marks":
        return {"id": rid, "text": rng.choice(['""', "“”", '" "', '"' * rng.randint(1, 500), text + ' ""'])}
    if kind == "odd scripts and emoji":
        return {"id": rid, "text": _sprinkle(rng, text, ODD + MARKS + HOSTILE, rng.randint(3, 12))}
    if kind == "empty or blank text":
        return {"id": rid, "text": rng.choice(["", "   ", "\n\n\t", "\u200b\ufeff", "\x00"])}
    if kind == "long text":
        return {"id": rid, "text": _sprinkle(rng, _news(rng, 150), HOSTILE + MARKS, 40)}
    if kind == "text not a str":
        return {"id": rid, "text": rng.choice([42, None, 3.5, ["a list"], {"a": "dict"}, b"bytes"])}
    if kind == "bad id":
        return {"id": rng.choice([1.5, ["x"], {"k": 1}, "id\ud800"]), "text": text}
    if kind == "bad url":
        return {"id": rid, "text": text, "url": rng.choice([5, ["https://x.test"], "https://x.test/\udcff"])}
    if kind == "bad published":
        bad = ["2024-03-14 not a date at all", "yesterday", "2024-02-30", 2024, "14/03/2024", ["2024-03-14"]]
        return {"id": rid, "text": text, "published": rng.choice(bad)}
    if kind == "not a record":
        return rng.choice([7, 2.5, None, ["text"], b"raw bytes"])
    if kind == "no text field":
        return {"id": rid, "body": text}
    raise ValueError(kind)


def make_records(n: int, seed: int) -> list[tuple[str, object]]:
    """``n`` records ``(kind, record)``, kinds drawn by weight."""
    rng = random.Random(seed)
    names = [k for k, _ in KINDS]
    weights = [w for _, w in KINDS]
    return [(kind, make_record(rng, kind, i)) for i, kind in enumerate(rng.choices(names, weights, k=n))]


API_KINDS = [
    (r"^text must be a str", "text not a str"),
    (r"^a record must be", "not a record"),
    (r"^a record dict needs", "no text field"),
    (r"^id ", "bad id"),
    (r"^url ", "bad url"),
    (r"^published", "bad published"),
    (r"^processing failed", "processing failed"),
]
RUN_KINDS = [
    (r"not valid Unicode|^id |^'id' is", "bad id"),
    (r"^url |^'url' is|url must", "bad url"),
    (r"^invalid JSON", "invalid JSON line"),
    (r"^line is not valid UTF-8", "non-UTF-8 line"),
    (r"^empty text", "empty text"),
    (r"^no '.*' field", "no text field"),
    (r"^'text' is an? \w+, not a string", "text not a str"),
    (r"^expected a JSON object", "not a record"),
    (r"published", "bad published"),
    (r"^processing failed", "processing failed"),
]


def error_kind(message: str, table: list[tuple[str, str]]) -> str:
    """The kind of an error message, from the first pattern it matches."""
    return next((kind for pattern, kind in table if re.search(pattern, message)), f"other: {message[:60]}")


def bad_spans(text: str, article: dict) -> int:
    """Spans of an Article (JSON) that do not slice the cleaned input to their text or have a blank edge."""
    clean = clean_text(text)
    spans = list(article["entities"])
    for quote in article["quotes"]:
        spans += quote["pieces"] + [m for m in (quote["speaker"], quote["cue"]) if m]
    bad = 0
    for span in spans:
        s, e, shown = span["start"], span["end"], span["text"]
        if not (0 <= s < e <= len(text)) or clean[s:e] != shown or shown[0].isspace() or shown[-1].isspace():
            bad += 1
    return bad + sum(1 for q in article["quotes"] if not q["text"].strip())


def run_api(records: list[tuple[str, object]]) -> dict:
    """Every record through ``extract_many(errors="record")``."""
    started = time.perf_counter()
    results, escaped = [], 0
    try:
        results = list(quotex.extract_many((r for _, r in records), errors="record"))
    except Exception as e:  # counted, not expected
        escaped += 1
        print(f"  escaped: {type(e).__name__}: {e}", file=sys.stderr)
    errors, spans = Counter(), 0
    for (_, record), result in zip(records, results, strict=False):
        if isinstance(result, quotex.RecordError):
            errors[error_kind(result.error, API_KINDS)] += 1
        else:
            text = record if isinstance(record, str) else record["text"]  # type: ignore[index]
            spans += bad_spans(text, result.model_dump(mode="json"))
    return {
        "in": len(records),
        "out": len(results),
        "errors": errors,
        "escaped": escaped,
        "bad spans": spans,
        "articles": sum(1 for r in results if isinstance(r, quotex.Article)),
        "seconds": time.perf_counter() - started,
    }


def jsonl_line(record: object, n: int) -> bytes:
    """The record as one JSONL line; what JSON cannot hold becomes the file-level failure it would be."""
    try:  # lone surrogates as \\ud800 escapes, as broken exports write them
        return json.dumps(record).encode("ascii")
    except TypeError:  # bytes: a line that is not UTF-8, or a cut-off line
        if n % 2:
            return b'{"id": "raw%d", "text": "caf\xe9 au lait"}' % n
        return b'{"id": "cut%d", "text": "half a rec' % n


def _as_read(record: object) -> object:
    """``record`` as ``json.loads`` reads it back from its JSONL line, or None when JSON cannot hold it."""
    try:
        return json.loads(json.dumps(record))
    except TypeError:
        return None


def run_cli(records: list[tuple[str, object]], out_dir: Path) -> dict:
    """Every record as a JSONL line through ``quotex run``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "hostile.jsonl"
    path.write_bytes(b"".join(jsonl_line(r, n) + b"\n" for n, (_, r) in enumerate(records)))
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "quotex.cli", "run", str(path), "-o", str(out_dir / "out"), "--no-progress"],
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    lines = (
        (out_dir / "out" / "articles.jsonl").read_text("utf-8").splitlines() if done.returncode == 0 else []
    )
    errors, spans, articles = Counter(), 0, 0
    by_id = {}
    for _, record in records:  # the texts as JSON gives them back: an escaped surrogate pair is one character
        read_back = _as_read(record)
        if isinstance(read_back, dict) and isinstance(read_back.get("id"), str):
            by_id[read_back["id"]] = read_back
    for line in lines:
        data = json.loads(line)
        if "error" in data:
            errors[error_kind(data["error"], RUN_KINDS)] += 1
        elif "duplicate_of" in data:
            errors["duplicate (not an error)"] += 1
        else:
            articles += 1
            source = by_id.get(data["id"])
            if source is not None and isinstance(source.get("text"), str):
                spans += bad_spans(source["text"], data)
    escaped = int(done.returncode != 0 or "Traceback" in done.stderr)
    if escaped:
        print(done.stderr[-2000:], file=sys.stderr)
    return {
        "in": len(records),
        "out": len(lines),
        "errors": errors,
        "escaped": escaped,
        "bad spans": spans,
        "articles": articles,
        "seconds": seconds,
    }


def report(name: str, figures: dict) -> None:
    """Print one run's figures."""
    print(
        f"\n{name}: records in {figures['in']}, results out {figures['out']} "
        f"({'equal' if figures['in'] == figures['out'] else 'NOT EQUAL'}), articles {figures['articles']}, "
        f"exceptions escaping {figures['escaped']}, bad spans {figures['bad spans']}, "
        f"{figures['seconds']:.0f} s"
    )
    for kind, count in sorted(figures["errors"].items(), key=lambda kv: -kv[1]):
        print(f"  {kind:28} {count:6}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--out", type=Path, default=None, help="folder for the JSONL input and the run")
    parser.add_argument("--skip-cli", action="store_true")
    parser.add_argument("--skip-api", action="store_true")
    args = parser.parse_args()
    records = make_records(args.n, args.seed)
    kinds = Counter(kind for kind, _ in records)
    print(f"{args.n} records: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    if not args.skip_api:
        report("extract_many(errors='record')", run_api(records))
    if not args.skip_cli:
        with tempfile.TemporaryDirectory() as tmp:
            report("quotex run", run_cli(records, args.out or Path(tmp)))


if __name__ == "__main__":
    main()
