"""Speaker names that are not names, counted on articles with no canonical names (PolNeAR train by default).

usage: python benchmarks/name_shapes.py [CORPUS.jsonl] [--skip NAMES.jsonl] [-v]

The scorer counts a name only where the annotators gave one, so a description given as a name ("Clinton
campaign official", "dispute centers") or a place given for "she" costs nothing there. This benchmark runs
the pipeline over a corpus (by default every PolNeAR train article that train-names.jsonl does not cover:
read to find rules, never scored) and counts the speaker names of each flawed shape:

  words        a lower-case word that no name has ("Clinton campaign official"; not "de", "of", "campaign")
  title        a title or role word inside a person's name ("Phoenix Mayor Greg Stanton")
  not_speaker  a he/she/they/it resolved to a place, date, event or law ("United States", "Cold War"), or
               any speaker named by a date or time ("Thursday morning")
  all_caps     three or more words in capitals, a headline's words ("ON DONALD TRUMP")

A heuristic count of shapes, not an accuracy: it falls as names get cleaner. ``-v`` lists each one.
"""

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from quotex.api import get_pipeline, process_records
from quotex.document.lexicon import person_titles, role_nouns, title_key
from quotex.records import to_record

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
DEFAULT_CORPUS = SHARED / "data" / "polnear" / "train.jsonl"
DEFAULT_SKIP = SHARED / "data" / "polnear" / "train-names.jsonl"
NAME_PARTICLES = frozenset(
    "de da del der di du van von la le al bin bint of and the for on in at to y & campaign".split()
)
PRONOUNS = frozenset("he she they it we him her them its their his".split())
NOT_SPEAKER_LABELS = frozenset({"GPE", "LOC", "DATE", "TIME", "EVENT", "LAW"})
TIME_LABELS = frozenset({"DATE", "TIME"})  # "Thursday morning" never speaks, whatever the mention
SHAPES = ("words", "title", "not_speaker", "all_caps")


def shapes_of(mention: str, name: str, label: str | None) -> list[str]:
    """The flawed shapes of one speaker name (see the module docstring)."""
    words = name.split()
    found = []
    if any(w.islower() and w.isalpha() and w not in NAME_PARTICLES for w in words):
        found.append("words")
    inner = words[1:-2] if label == "PERSON" else []
    if any(title_key(w) in person_titles() or title_key(w) in role_nouns() for w in inner):
        found.append("title")
    if (mention.lower() in PRONOUNS and label in NOT_SPEAKER_LABELS) or label in TIME_LABELS:
        found.append("not_speaker")
    if len(words) >= 3 and name.isupper() and re.search(r"[A-Z]{2}", name):
        found.append("all_caps")
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path, nargs="?", default=DEFAULT_CORPUS)
    ap.add_argument("--skip", type=Path, default=DEFAULT_SKIP, help="names file whose articles to leave out")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every flawed name")
    args = ap.parse_args()
    skip = set()
    if args.skip and args.skip.exists():
        skip = {json.loads(line)["item"].rpartition("#")[0] for line in args.skip.open(encoding="utf-8")}
    gold = [g for g in map(json.loads, args.corpus.open(encoding="utf-8")) if g["id"] not in skip]
    records = [to_record({k: g.get(k) for k in ("id", "text", "published")}) for g in gold]
    counts: Counter[str] = Counter()
    named = quotes = 0
    for g, article in zip(gold, process_records(get_pipeline(), records), strict=True):
        for quote in article.quotes:
            quotes += 1
            speaker = quote.speaker
            if speaker is None or not speaker.name:
                continue
            named += 1
            for shape in shapes_of(speaker.text, speaker.name, speaker.label):
                counts[shape] += 1
                if args.verbose:
                    print(f"{shape}\t{g['id']}\t{speaker.text!r}\t{speaker.name!r}\t{speaker.label}")
    print(f"{len(gold)} articles of {args.corpus.name}, {quotes} quotes, {named} with a speaker name")
    print("\n| " + " | ".join(SHAPES) + " | all flawed | per 1,000 named |\n|" + "---|" * (len(SHAPES) + 2))
    flawed = sum(counts.values())
    print(
        "| "
        + " | ".join(str(counts[s]) for s in SHAPES)
        + f" | {flawed} | {1000 * flawed / max(named, 1):.1f} |"
    )
    print(json.dumps({"articles": len(gold), "quotes": quotes, "named": named, **counts, "flawed": flawed}))


if __name__ == "__main__":
    main()
