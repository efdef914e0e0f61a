"""Split long texts into pieces spaCy can parse, keeping each piece's offset into the original."""

import re

DEFAULT_CHUNK_CHARS = 100_000  # the parser needs about 1 GB per 100,000 characters
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"(?<=[.!?])\s+"), re.compile(r"\s+"))


def split_text(text: str, max_chars: int = DEFAULT_CHUNK_CHARS) -> list[tuple[int, str]]:
    """``[(offset, piece)]`` covering ``text``, each piece at most ``max_chars`` long.

    Cuts at the last paragraph break before the limit, else a line break, a sentence end, a space,
    and only as a last resort mid-word.
    """
    if max_chars < 1:
        raise ValueError("max_chars must be positive")
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > max_chars:
        window = text[start : start + max_chars]
        cut = max_chars
        for pattern in _BREAKS:
            ends = [m.end() for m in pattern.finditer(window) if m.end() > max_chars // 2]
            if ends:
                cut = ends[-1]
                break
        pieces.append((start, text[start : start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces
