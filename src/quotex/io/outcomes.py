"""What the run produces per input record: an Article, an error, or a pointer to an earlier duplicate."""

import json
from dataclasses import asdict, dataclass, fields

from quotex.io.items import Item
from quotex.schema import Article


@dataclass(frozen=True)
class Outcome:
    """The result of one input record, in the order the records came."""

    item: Item
    article: Article | None = None
    error: str | None = None

    @property
    def status(self) -> str:
        """``ok``, ``error`` or ``duplicate``."""
        if self.item.error or self.error:
            return "error"
        return "duplicate" if self.item.duplicate_of else "ok"

    def to_json(self) -> str:
        """One JSONL line: the Article, ``{"id", "source", "error"}``, or the duplicate's pointer."""
        status = self.status
        if status == "ok" and self.article is not None:
            return self.article.model_dump_json()
        if status == "error":
            return json.dumps(
                {"id": self.item.id, "source": self.item.source, "error": self.item.error or self.error},
                ensure_ascii=False,
            )
        record = self.item.record
        return json.dumps(
            {
                "id": self.item.id,
                "source": self.item.source,
                "url": record.url if record else None,
                "published": record.published.isoformat() if record and record.published else None,
                "duplicate_of": self.item.duplicate_of,
            },
            ensure_ascii=False,
        )


@dataclass
class Counts:
    """How many records, articles, quotes, entities, errors and duplicates a shard (or a run) holds."""

    records: int = 0
    articles: int = 0
    quotes: int = 0
    entities: int = 0
    errors: int = 0
    duplicates: int = 0
    chars: int = 0

    def add(self, outcome: Outcome) -> None:
        """Count one outcome."""
        self.records += 1
        status = outcome.status
        if status == "error":
            self.errors += 1
        elif status == "duplicate":
            self.duplicates += 1
        elif outcome.article is not None:
            self.articles += 1
            self.quotes += len(outcome.article.quotes)
            self.entities += len(outcome.article.entities)
            self.chars += len(outcome.item.record.text) if outcome.item.record else 0

    def merge(self, other: "Counts") -> None:
        """Add another shard's counts to these."""
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def to_dict(self) -> dict[str, int]:
        """A plain dict, for JSON."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Counts":
        """Counts read back from JSON (unknown keys ignored)."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: int(v) for k, v in data.items() if k in names})
