"""quotex's word lists (speech verbs, role nouns, ...), read from the ``models/`` folder.

In an installed wheel the folder ships as ``quotex/_models``; in a source checkout it is ``models/`` at
the repository root.
"""

from functools import cache
from importlib import resources
from pathlib import Path


def models_dir() -> Path:
    """The folder holding quotex's lexicons and trained artifacts."""
    packaged = resources.files("quotex") / "_models"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "models"


@cache
def word_list(name: str) -> frozenset[str]:
    """The lower-cased entries of ``models/<name>.txt`` (one per line, ``#`` starts a comment)."""
    path = models_dir() / f"{name}.txt"
    if not path.is_file():
        raise FileNotFoundError(f"quotex lexicon {name!r} not found at {path}; reinstall quotex")
    entries = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].strip().lower()
        if entry:
            entries.add(entry)
    return frozenset(entries)
