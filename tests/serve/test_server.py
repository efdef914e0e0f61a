"""The HTTP API on a real server process: typed answers, bounds as 413/422, work off the event loop."""

import json
import threading
import time

import httpx
from serve_helpers import LIMITS

from quotex.schema import Article

STORY = '"The pier reopens in May," said Marisol Okafor, the harbor director, on Tuesday.'


def test_health_names_version_model_and_limits(server: str) -> None:
    health = httpx.get(f"{server}/health").json()
    assert health["status"] == "ok" and health["version"] and health["model"]
    assert health["limits"] == LIMITS


def test_extract_returns_an_article(server: str) -> None:
    response = httpx.post(f"{server}/extract", json={"text": STORY, "published": "2024-04-04", "id": "a1"})
    assert response.status_code == 200
    article = Article.model_validate(response.json())
    assert article.id == "a1" and article.published.isoformat() == "2024-04-04"
    (quote,) = article.quotes
    assert (
        quote.text.startswith("The pier reopens") and quote.speaker and quote.speaker.name == "Marisol Okafor"
    )
    tuesday = next(e for e in article.entities if e.text == "Tuesday")
    assert tuesday.value and tuesday.value.start.isoformat() == "2024-04-02"


def test_batch_keeps_request_order_and_an_empty_batch_is_empty(server: str) -> None:
    texts = [STORY, "Nothing was said today.", '"Yes," he said.']
    body = {"articles": [{"text": t, "id": str(i)} for i, t in enumerate(texts)]}
    response = httpx.post(f"{server}/extract/batch", json=body, timeout=60)
    assert response.status_code == 200
    articles = [Article.model_validate(a) for a in response.json()["articles"]]
    assert [a.id for a in articles] == ["0", "1", "2"] and [len(a.quotes) for a in articles] == [1, 0, 1]
    assert httpx.post(f"{server}/extract/batch", json={"articles": []}).json() == {"articles": []}


def test_schema_is_the_article_json_schema(server: str) -> None:
    assert httpx.get(f"{server}/schema").json() == Article.model_json_schema()


def test_openapi_states_the_bounds(server: str) -> None:
    schemas = httpx.get(f"{server}/openapi.json").json()["components"]["schemas"]
    assert schemas["ExtractRequest"]["properties"]["text"]["maxLength"] == LIMITS["max_text_chars"]
    assert schemas["BatchRequest"]["properties"]["articles"]["maxItems"] == LIMITS["max_batch"]
    assert "Article" in schemas and "Quote" in schemas


def _detail(response: httpx.Response) -> str:
    return str(response.json()["detail"])


def test_bounds_are_clear_413s_and_422s(server: str) -> None:
    too_long = httpx.post(f"{server}/extract", json={"text": "a" * (LIMITS["max_text_chars"] + 1)})
    assert too_long.status_code == 422 and "4000" in _detail(too_long)
    too_many = httpx.post(f"{server}/extract/batch", json={"articles": [{"text": "x"}] * 5})
    assert too_many.status_code == 422 and "4" in _detail(too_many)
    too_big = httpx.post(
        f"{server}/extract",
        content=b"{" + b" " * LIMITS["max_body_bytes"] + b"}",
        headers={"content-type": "application/json"},
    )
    assert too_big.status_code == 413 and "32,000 bytes" in _detail(too_big)

    def chunks():  # no Content-Length: the server counts the bytes as they come
        for _ in range(40):
            yield b" " * 1000

    chunked = httpx.post(f"{server}/extract", content=chunks(), headers={"content-type": "application/json"})
    assert chunked.status_code == 413


def test_bad_fields_are_422_with_the_reason(server: str) -> None:
    cases = [
        ({"text": STORY, "published": "next Tuesday-ish"}, "valid date"),
        ({"text": STORY, "published": "2024-02-30"}, "valid date"),
        ({"text": "a\ud800b"}, "unicode"),
        ({"text": 42}, "string"),
        ({"body": STORY}, "text"),
        ({"text": STORY, "extra": 1}, "extra"),
    ]
    for body, reason in cases:
        raw = json.dumps(body).encode()  # ASCII-escaped, so a lone surrogate travels as \ud800
        response = httpx.post(f"{server}/extract", content=raw, headers={"content-type": "application/json"})
        assert response.status_code == 422, body
        assert reason.lower() in _detail(response).lower(), (body, response.text)
    nul = httpx.post(f"{server}/extract", json={"text": '"Ready\u0000," she said.'})
    assert nul.status_code == 200 and len(nul.json()["quotes"]) == 1
    not_json = httpx.post(f"{server}/extract", content=b"{nope", headers={"content-type": "application/json"})
    assert not_json.status_code == 422


def test_health_answers_while_an_article_is_processed(server: str) -> None:
    long_text = " ".join([STORY] * 45)[: LIMITS["max_text_chars"]]
    done: list[float] = []

    def extract() -> None:
        started = time.perf_counter()
        assert httpx.post(f"{server}/extract", json={"text": long_text}, timeout=60).status_code == 200
        done.append(time.perf_counter() - started)

    worker = threading.Thread(target=extract)
    worker.start()
    time.sleep(0.05)
    started = time.perf_counter()
    assert httpx.get(f"{server}/health", timeout=10).status_code == 200
    health_seconds = time.perf_counter() - started
    worker.join()
    assert done and health_seconds < done[0]


def test_concurrent_requests_all_succeed(server: str) -> None:
    results: list[int] = []

    def call(i: int) -> None:
        response = httpx.post(f"{server}/extract", json={"text": STORY, "id": f"c{i}"}, timeout=60)
        results.append(response.status_code if response.json().get("id") == f"c{i}" else -1)

    threads = [threading.Thread(target=call, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [200] * 8
