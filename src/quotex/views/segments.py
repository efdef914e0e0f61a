"""Cut a text into segments at every annotation boundary, so overlapping spans render as flat HTML."""

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Mark:
    """One annotation over ``text[start:end]``: a ``layer`` (quote, speaker, cue, entity) and its index."""

    layer: str
    index: int
    start: int
    end: int


@dataclass(frozen=True)
class Segment:
    """A stretch of text under one fixed set of marks; ``opens`` and ``closes`` say which marks begin/end."""

    start: int
    end: int
    marks: tuple[Mark, ...]
    opens: tuple[Mark, ...] = ()
    closes: tuple[Mark, ...] = ()


def cut(length: int, marks: Iterable[Mark]) -> list[Segment]:
    """Segments covering ``[0, length)`` in order; marks outside the text are clipped, empty ones dropped.

    One sweep over the sorted boundaries: the cost grows with the number of marks, not with their pairs.
    """
    starts: dict[int, list[Mark]] = {}
    ends: dict[int, list[Mark]] = {}
    for mark in marks:
        start, end = max(0, min(mark.start, length)), max(0, min(mark.end, length))
        if end <= start:
            continue
        starts.setdefault(start, []).append(mark)
        ends.setdefault(end, []).append(mark)
    points = sorted({0, length, *starts, *ends})
    active: dict[Mark, None] = {}  # an ordered set: marks in the order they opened
    segments = []
    for a, b in zip(points, points[1:], strict=False):
        for mark in ends.get(a, ()):
            active.pop(mark, None)
        opened = tuple(starts.get(a, ()))
        for mark in opened:
            active[mark] = None
        closing = tuple(m for m in ends.get(b, ()) if m in active)
        segments.append(Segment(a, b, tuple(active), opened, closing))
    return segments
