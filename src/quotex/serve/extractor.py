"""One pipeline per server process, used by one request at a time, off the event loop.

spaCy's Language is not safe for concurrent calls, so requests queue on an asyncio lock (waiting costs no
thread) and the winner runs in a worker thread; the event loop keeps answering /health meanwhile. Each call
runs inside ``nlp.memory_zone()`` so a long-lived server does not grow its string store.
"""

import asyncio
import datetime as dt
from collections.abc import Sequence

from spacy.language import Language
from starlette.concurrency import run_in_threadpool

from quotex.api import get_pipeline, process_records
from quotex.records import Record, parse_published
from quotex.schema import Article


class Extractor:
    """The loaded pipeline and the lock that serializes its use."""

    def __init__(self, model: str | None = None) -> None:
        self.nlp: Language = get_pipeline(model)
        self.model_name = f"{self.nlp.meta.get('lang', 'en')}_{self.nlp.meta.get('name', 'unknown')}"
        self.lock = asyncio.Lock()
        self._run([Record(text='"Ready," she said.')])  # warm up before the first request

    def _run(self, records: Sequence[Record]) -> list[Article]:
        with self.nlp.memory_zone():
            return list(process_records(self.nlp, records, batch_size=max(1, len(records))))

    async def extract(self, records: Sequence[Record]) -> list[Article]:
        """Articles for ``records``, in order; waits its turn for the pipeline without blocking the loop."""
        async with self.lock:
            return await run_in_threadpool(self._run, records)


def to_record(text: str, id: str | None, published: dt.date | None, url: str | None) -> Record:
    """A Record from request fields (pydantic has already refused text that is not valid Unicode).

    A NUL character is text like any other here: unlike a file read by ``quotex run``, where NUL bytes mean
    a binary file, a JSON string holds it on purpose, and the pipeline handles it.
    """
    return Record(text=text, id=id, published=parse_published(published), url=url)
