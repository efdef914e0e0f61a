"""Byte streams shared by the readers: transparent gzip, a binary sniff, the errors of a cut-off file."""

import gzip
import zlib
from pathlib import Path
from typing import IO

CORRUPT = (EOFError, OSError, zlib.error)
SNIFF_BYTES = 8192


def open_binary(path: Path) -> IO[bytes]:
    """``path`` opened for reading bytes, gunzipped when it starts with the gzip magic number."""
    with open(path, "rb") as f:
        magic = f.read(2)
    return gzip.open(path, "rb") if magic == b"\x1f\x8b" else open(path, "rb")


def looks_binary(stream: IO[bytes]) -> bool:
    """True when the first bytes of ``stream`` hold a NUL byte (without consuming them)."""
    head = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES] if hasattr(stream, "peek") else b""
    return b"\x00" in head


def count_lines(path: Path) -> int:
    """Line breaks in an uncompressed file, read in 1 MB blocks."""
    with open(path, "rb") as f:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
