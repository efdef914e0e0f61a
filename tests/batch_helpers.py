"""Small archives written for the batch, engine and CLI tests (texts written for this project)."""

import json
from pathlib import Path

STORIES = [
    '"The bridge will open in June," said Mayor Elena Vasquez on Tuesday.',
    'Ticket prices rose 5 percent in 2023. "It was unavoidable," said Omar Haddad, the theater manager.',
    "The Riverside Clinic hired three nurses last week, its director said.",
    '"We are out of seeds," said farmer Greta Lindholm, who grows beans near Tallow Creek.',
    "Voters in Marlow approved a $12 million school bond on Saturday.",
    '"Nobody expected snow in May," said Ken Ito, a bus driver in Port Ellis.',
]


def write_archive(path: Path, broken: bool = True, duplicate: bool = True) -> Path:
    """A JSONL archive of the stories, with an invalid line, an empty text and a duplicate when asked."""
    lines = [
        json.dumps({"id": f"s{i}", "published": f"2024-05-0{i + 1}", "url": f"https://x.org/{i}", "text": t})
        for i, t in enumerate(STORIES)
    ]
    if broken:
        lines.insert(2, '{"id": "cut", "text": "no closing')
        lines.insert(4, json.dumps({"text": ""}))
    if duplicate:
        lines.append(json.dumps({"id": "copy", "text": STORIES[0]}))
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def read_jsonl(path: Path) -> list[dict]:
    """The records of a JSONL output file."""
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]
