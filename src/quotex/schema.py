"""The typed results quotex returns: the only objects that leave the pipeline."""

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Grain = Literal["day", "week", "month", "quarter", "half", "season", "year", "decade", "century"]


class DateValue(BaseModel):
    """A calendar date range, both ends inclusive, at the grain the text states."""

    model_config = ConfigDict(frozen=True)
    kind: Literal["date"] = "date"
    start: dt.date
    end: dt.date
    grain: Grain


class NumberValue(BaseModel):
    """A number with its unit: an ISO 4217 code for money, ``percent``, or a unit name."""

    model_config = ConfigDict(frozen=True)
    kind: Literal["number"] = "number"
    number: float
    unit: str | None = None
    approximate: bool = False


class Mention(BaseModel):
    """Words in the text that name someone, with the canonical name they refer to in the article."""

    text: str
    start: int = Field(ge=0, description="character offset of the first character")
    end: int = Field(ge=0, description="character offset after the last character")
    name: str | None = Field(None, description="resolved canonical name, e.g. 'he' -> 'Luis Barrera'")
    label: str | None = Field(None, description="PERSON, ORG, ... or None when unknown")


class Entity(BaseModel):
    """A named entity or value expression, with its normalized value where quotex can compute one."""

    text: str
    label: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    value: DateValue | NumberValue | None = Field(None, discriminator="kind")


class QuotePiece(BaseModel):
    """The quoted words of one paragraph of a quote: an exact slice ``text[start:end]`` of the article."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Quote(BaseModel):
    """A direct quotation: its words, its span including the marks, and who said it."""

    text: str = Field(
        description="the quoted words, without the outer quotation marks nor the marks that reopen the quote "
        "on each new paragraph"
    )
    start: int = Field(ge=0, description="offset of the opening mark")
    end: int = Field(ge=0, description="offset after the closing mark (or the quoted text when unclosed)")
    pieces: list[QuotePiece] = Field(
        default_factory=list,
        description="the quoted words paragraph by paragraph, each an exact slice of the article's text",
    )
    speaker: Mention | None = None
    cue: Mention | None = None


class Article(BaseModel):
    """Everything quotex found in one article."""

    id: str | None = None
    url: str | None = None
    published: dt.date | None = None
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)


class RecordError(BaseModel):
    """A record that could not be processed, in its place in the output: the line ``quotex run`` writes,
    and what ``extract_many(..., errors="record")`` yields. ``source`` is where the record came from (a file
    and line, or ``record N`` for the N-th record of a stream, from 0)."""

    id: str | None = None
    source: str
    error: str
