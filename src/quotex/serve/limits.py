"""How much one request may ask for, and the ASGI guard that answers 413 to a body over the limit."""

import json
import os
from dataclasses import asdict, dataclass
from typing import Any

ENV_PREFIX = "QUOTEX_SERVE_"


@dataclass(frozen=True)
class Limits:
    """Bounds on a request: characters per text, articles per batch, bytes per body."""

    max_text_chars: int = 200_000
    max_batch: int = 32
    max_body_bytes: int = 8 * 1024 * 1024

    @classmethod
    def from_env(cls) -> "Limits":
        """Limits from ``QUOTEX_SERVE_MAX_TEXT_CHARS`` and friends (how ``quotex serve`` passes them on)."""
        values = {}
        for name in asdict(cls()):
            raw = os.environ.get(ENV_PREFIX + name.upper())
            if raw:
                values[name] = int(raw)
        return cls(**values)

    def to_env(self) -> dict[str, str]:
        """The environment variables that make :meth:`from_env` return these limits."""
        return {ENV_PREFIX + name.upper(): str(value) for name, value in asdict(self).items()}


async def _send_413(send: Any, limit: int) -> None:
    body = json.dumps({"detail": f"request body over the limit of {limit:,} bytes"}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """ASGI middleware: a request body over ``max_bytes`` gets 413 before the app parses any of it.

    A declared Content-Length over the limit is refused at once; otherwise the body is read up to the limit
    (chunked uploads included) and replayed to the app, so memory per request stays bounded.
    """

    def __init__(self, app: Any, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        """Pass the request on, or answer 413."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await _send_413(send, self.max_bytes)
            return
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await _send_413(send, self.max_bytes)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        replayed = False

        async def replay() -> dict:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)
