"""Pin quotex's outputs: a digest of every Article's JSON for the bundled examples and a gold corpus.

usage: python benchmarks/pinned_outputs.py [--check | --write] [--corpus ../shared/data/polnear/dev.jsonl]
                                         [--dump DIR]

A refactoring that only moves code must leave every digest unchanged: ``--check`` recomputes them and
lists the articles whose output differs (exit 1 if any). A commit that changes behaviour on purpose runs
``--write`` and says in its message what changed. Only digests are stored (``benchmarks/pins.json``), never
article text; ``--dump DIR`` writes the full JSON of each article for reading a difference.
"""

import argparse
import hashlib
import json
import sys
from pathlib import Path

from quotex.api import get_pipeline, process_records
from quotex.records import to_record

ROOT = Path(__file__).resolve().parents[1]
PINS = ROOT / "benchmarks" / "pins.json"
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "polnear" / "dev.jsonl"


def example_records() -> list[dict]:
    """The bundled examples: the demo archive and the single articles."""
    records = []
    archive = ROOT / "examples" / "archive" / "local_news.jsonl"
    for n, line in enumerate(archive.read_text(encoding="utf-8").splitlines()):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue  # the demo archive holds broken lines on purpose
        if isinstance(rec, dict) and isinstance(rec.get("text"), str) and rec["text"].strip():
            rec.setdefault("id", f"archive:{n}")
            records.append(rec)
    for path in sorted((ROOT / "examples" / "articles").glob("*.txt")):
        records.append({"id": f"articles/{path.name}", "text": path.read_text(encoding="utf-8")})
    return records


def corpus_records(path: Path) -> list[dict]:
    """The articles of a gold JSONL (id, text, published)."""
    out = []
    for line in path.open(encoding="utf-8"):
        g = json.loads(line)
        out.append({k: g.get(k) for k in ("id", "text", "published")})
    return out


def digests(records: list[dict], dump: Path | None) -> dict[str, str]:
    """id -> sha256 of the Article's canonical JSON."""
    nlp = get_pipeline()
    out = {}
    for rec in records:
        article = next(process_records(nlp, [to_record(rec)]))
        data = json.dumps(article.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
        out[str(rec["id"])] = hashlib.sha256(data.encode("utf-8")).hexdigest()
        if dump is not None:
            (dump / (hashlib.md5(str(rec["id"]).encode()).hexdigest() + ".json")).write_text(data)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="compare with benchmarks/pins.json (default)")
    mode.add_argument("--write", action="store_true", help="write benchmarks/pins.json")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--dump", type=Path, help="also write each Article's JSON into this folder")
    args = ap.parse_args()
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
    records = example_records()
    if args.corpus.is_file():
        records += corpus_records(args.corpus)
    else:
        print(f"{args.corpus} not found: pinning the examples only", file=sys.stderr)
    found = digests(records, args.dump)
    if args.write:
        PINS.write_text(json.dumps(found, indent=0, sort_keys=True) + "\n")
        print(f"wrote {len(found)} digests to {PINS.relative_to(ROOT)}")
        return 0
    pinned = json.loads(PINS.read_text())
    changed = sorted(k for k in found if k in pinned and pinned[k] != found[k])
    missing = sorted(k for k in found if k not in pinned)
    for k in changed:
        print(f"changed: {k}")
    for k in missing:
        print(f"not pinned: {k}")
    same = len(found) - len(changed) - len(missing)
    print(json.dumps({"articles": len(found), "identical": same, "changed": len(changed)}))
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
