"""Number words: quotex's own reader against text2num (PyPI), on phrases written for the project.

usage: python benchmarks/number_words.py [benchmarks/data/number_words.tsv]

Each line: phrase<TAB>value. Prints how many each reader gets right and the phrases either misses. text2num
is optional (``pip install text2num``, in the ``baseline`` extra); without it only quotex is scored.
"""

import math
import sys
from pathlib import Path

from quotex.values.words import words_to_number

DEFAULT = Path(__file__).parent / "data" / "number_words.tsv"


def read(path: Path) -> list[tuple[str, float]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, value = line.split("\t")
            rows.append((phrase, float(value)))
    return rows


def with_text2num(phrase: str) -> float | None:
    from text_to_num import text2num

    try:
        return float(text2num(phrase, "en"))
    except ValueError:
        return None


def main() -> None:
    rows = read(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
    readers = {"quotex words_to_number": words_to_number}
    try:
        import text_to_num  # noqa: F401

        readers["text2num.text2num"] = with_text2num
    except ImportError:
        print("text2num is not installed: pip install text2num")
    for name, reader in readers.items():
        misses = [p for p, v in rows if (got := reader(p)) is None or not math.isclose(got, v, rel_tol=1e-5)]
        print(f"{name:24} {len(rows) - len(misses)}/{len(rows)} right; misses: {', '.join(misses) or '-'}")


if __name__ == "__main__":
    main()
