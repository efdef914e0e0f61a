"""Request and response bodies of the HTTP API; the Article models are quotex's own, so OpenAPI is exact."""

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, create_model

from quotex.schema import Article
from quotex.serve.limits import Limits

MAX_FIELD_CHARS = 2048  # id, url, published


class BatchResponse(BaseModel):
    """The Articles of a batch, in request order."""

    articles: list[Article]


class Health(BaseModel):
    """The server is up and its pipeline loaded."""

    status: str = "ok"
    version: str
    model: str
    limits: dict[str, int]


class Problem(BaseModel):
    """Why a request was refused."""

    detail: str


def request_models(limits: Limits) -> tuple[type[BaseModel], type[BaseModel]]:
    """``(ExtractRequest, BatchRequest)`` bounded by ``limits``, so the OpenAPI document states the bounds."""
    text_field: Any = Field(
        max_length=limits.max_text_chars,
        description=f"the article's text (at most {limits.max_text_chars:,} characters)",
    )
    extract_request = create_model(
        "ExtractRequest",
        __config__=ConfigDict(extra="forbid"),
        __doc__="One article: its text, and optionally an id, the publication date and the URL.",
        text=(str, text_field),
        id=(str | None, Field(None, max_length=MAX_FIELD_CHARS)),
        published=(
            dt.date | dt.datetime | None,
            Field(None, description="ISO 8601 date or date-time, the reference for relative dates"),
        ),
        url=(str | None, Field(None, max_length=MAX_FIELD_CHARS)),
    )
    batch_request = create_model(
        "BatchRequest",
        __config__=ConfigDict(extra="forbid"),
        __doc__=f"Up to {limits.max_batch} articles, processed in one batch.",
        articles=(list[extract_request], Field(max_length=limits.max_batch)),
    )
    return extract_request, batch_request
