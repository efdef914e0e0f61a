"""WARC and WARC.gz archives (e.g. CC-NEWS): HTML responses to article Items, with URL and date kept."""

import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from quotex.io.formats import InputFormat
from quotex.io.html import html_to_item
from quotex.io.items import Item, Keys, error_item
from quotex.io.optional import require


def _record_id(raw: str | None) -> str | None:
    if not raw:
        return None
    return raw.strip().removeprefix("<").removesuffix(">").removeprefix("urn:uuid:")


def gzip_is_whole(path: Path) -> bool:
    """True when every gzip member of ``path`` is complete (warcio drops a cut-off last record silently)."""
    decoder = zlib.decompressobj(wbits=31)
    started = False
    try:
        with open(path, "rb") as stream:
            while chunk := stream.read(1 << 20):
                while chunk:
                    started = True
                    decoder.decompress(chunk, 1 << 24)
                    chunk = decoder.unconsumed_tail
                    if decoder.eof:
                        chunk, started = decoder.unused_data, False
                        decoder = zlib.decompressobj(wbits=31)
    except zlib.error:
        return False
    return not started


def _cut_short(record: Any) -> bool:
    """Whether a warcio record ends before the length its header declares (the last record of a cut-off
    file): its raw stream, read to the end, still expects bytes."""
    raw = record.raw_stream
    raw.read()
    return getattr(raw, "limit", 0) > 0


def read_warc(path: Path, display: str, keys: Keys | None = None) -> Iterator[Item]:
    """One Item per HTML response record; other records (requests, metadata, PDFs) are skipped.

    ``keys`` do not apply: the URL and date come from the WARC headers and the page.
    """
    archive = require("warcio.archiveiterator", "warc", "Reading WARC files")
    exceptions = require("warcio.exceptions", "warc", "Reading WARC files")
    require("trafilatura", "warc", "Reading WARC files")
    count = 0
    try:
        with open(path, "rb") as stream:
            for record in archive.ArchiveIterator(stream):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = (record.http_headers.get_header("Content-Type") or "").lower()
                if "html" not in content_type:
                    continue
                count += 1
                headers = record.rec_headers
                body = record.content_stream().read()
                if _cut_short(record):
                    yield error_item(f"{display}#{count}", f"truncated WARC: record {count} is cut short")
                    return
                yield html_to_item(
                    f"{display}#{count}",
                    body,
                    id=_record_id(headers.get_header("WARC-Record-ID")),
                    url=headers.get_header("WARC-Target-URI"),
                    fallback_date=headers.get_header("WARC-Date"),
                )
    except (exceptions.ArchiveLoadFailed, EOFError, OSError, ValueError, AttributeError, zlib.error) as e:
        yield error_item(f"{display}#{count + 1}", f"truncated or corrupt WARC after record {count}: {e}")
        return
    if path.name.lower().endswith(".gz") and not gzip_is_whole(path):
        yield error_item(f"{display}#{count + 1}", f"truncated or corrupt WARC after record {count}")


def check_warc(path: Path, keys: Keys) -> None:
    """Fail before the run when warcio or trafilatura is missing."""
    require("warcio.archiveiterator", "warc", "Reading WARC files")
    require("trafilatura", "warc", "Reading WARC files")


READER = InputFormat("warc", "WARC(.gz)", (".warc", ".arc"), read_warc, check=check_warc)
