"""The FastAPI app: POST /extract, POST /extract/batch, GET /schema, GET /health."""

import json
import os
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from quotex import __version__
from quotex.errors import InvalidInputError
from quotex.schema import Article
from quotex.serve.extractor import Extractor, to_record
from quotex.serve.limits import BodyLimit, Limits
from quotex.serve.models import BatchResponse, Health, Problem, request_models

MODEL_ENV = "QUOTEX_MODEL"


class AsciiJSONResponse(JSONResponse):
    """JSON with every non-ASCII character escaped, so even a lone surrogate from a request can be sent."""

    def render(self, content: Any) -> bytes:
        """The body."""
        return json.dumps(content, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def _validation_details(error: RequestValidationError) -> list[dict[str, Any]]:
    """Where and what, without echoing the input back (it may be a 200,000-character text)."""
    return [
        {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
        for e in error.errors()
    ]


REFUSED = {
    400: {"model": Problem, "description": "the body is not JSON text (e.g. not UTF-8)"},
    413: {"model": Problem, "description": "request body too large"},
    422: {"description": "invalid request: a field over its bound, a bad date, text that is not text"},
}


def create_app(model: str | None = None, limits: Limits | None = None) -> FastAPI:
    """The app; the pipeline is loaded once, when the server starts (before it accepts requests)."""
    limits = limits or Limits()
    extract_request, batch_request = request_models(limits)
    state: dict[str, Extractor] = {}

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> Any:
        state["extractor"] = Extractor(model)
        yield
        state.clear()

    app = FastAPI(
        title="quotex",
        version=__version__,
        summary="Quotes, speakers, entities and normalized values from English news text.",
        lifespan=lifespan,
    )

    @app.exception_handler(InvalidInputError)
    async def invalid_input(_: Request, error: InvalidInputError) -> JSONResponse:
        return AsciiJSONResponse(status_code=422, content={"detail": str(error)})

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_: Request, error: RequestValidationError) -> JSONResponse:
        return AsciiJSONResponse(status_code=422, content={"detail": _validation_details(error)})

    @app.post("/extract", response_model=Article, responses=REFUSED)
    async def extract(article: extract_request) -> Article:  # type: ignore[valid-type]
        """Entities, values and attributed quotes of one article."""
        record = to_record(article.text, article.id, article.published, article.url)
        return (await state["extractor"].extract([record]))[0]

    @app.post("/extract/batch", response_model=BatchResponse, responses=REFUSED)
    async def extract_batch(batch: batch_request) -> BatchResponse:  # type: ignore[valid-type]
        """The Articles of several articles, in request order, processed as one spaCy batch."""
        records = [to_record(a.text, a.id, a.published, a.url) for a in batch.articles]
        return BatchResponse(articles=await state["extractor"].extract(records) if records else [])

    @app.get("/schema")
    async def schema() -> dict[str, Any]:
        """The JSON Schema of an Article, as ``quotex schema`` prints it."""
        return Article.model_json_schema()

    @app.get("/health", response_model=Health)
    async def health() -> Health:
        """Up, with the pipeline loaded; the version, model and limits."""
        extractor = state["extractor"]
        return Health(version=__version__, model=extractor.model_name, limits=limits.__dict__)

    app.add_middleware(BodyLimit, max_bytes=limits.max_body_bytes)
    return app


def app_from_env() -> FastAPI:
    """The app as configured by the environment: what ``quotex serve`` starts in each worker process."""
    return create_app(os.environ.get(MODEL_ENV) or None, Limits.from_env())
