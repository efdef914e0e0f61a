"""Inline SVG charts for the report: horizontal bars for top lists, columns for quotes over time."""

import datetime as dt
from collections.abc import Sequence

from quotex.views.page import esc

BAR_HEIGHT = 20
BAR_GAP = 6
LABEL_WIDTH = 220
CHART_WIDTH = 760
NAME_CHARS = 30


def _short(name: str) -> str:
    return name if len(name) <= NAME_CHARS else name[: NAME_CHARS - 1] + "…"


def bar_chart(rows: Sequence[tuple[str, int, str]], *, title: str) -> str:
    """Horizontal bars, one per ``(name, value, color)`` row, longest first as given; an SVG element."""
    if not rows:
        return f'<p class="empty">No {esc(title.lower())}.</p>'
    peak = max(value for _, value, _ in rows) or 1
    room = CHART_WIDTH - LABEL_WIDTH - 60
    height = len(rows) * (BAR_HEIGHT + BAR_GAP) + BAR_GAP
    parts = [
        f'<svg class="chart bars" viewBox="0 0 {CHART_WIDTH} {height}" width="100%" role="img" '
        f'aria-label="{esc(title)}" preserveAspectRatio="xMinYMin meet">'
    ]
    for i, (name, value, color) in enumerate(rows):
        y = BAR_GAP + i * (BAR_HEIGHT + BAR_GAP)
        width = max(2, round(room * value / peak))
        mid = y + BAR_HEIGHT / 2
        parts.append(
            f'<g class="row" data-name="{esc(name)}" data-value="{value}">'
            f"<title>{esc(name)}: {value:,}</title>"
            f'<text x="{LABEL_WIDTH - 8}" y="{mid}" text-anchor="end" dominant-baseline="central">'
            f"{esc(_short(name))}</text>"
            f'<rect class="bar" x="{LABEL_WIDTH}" y="{y}" width="{width}" height="{BAR_HEIGHT}" rx="3" '
            f'fill="{color}"/>'
            f'<text class="value" x="{LABEL_WIDTH + width + 6}" y="{mid}" dominant-baseline="central">'
            f"{value:,}</text></g>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _ticks(peak: int) -> list[int]:
    """Round y-axis values (steps of 1, 2 or 5 times a power of ten) from 0 to at least ``peak``."""
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * magnitude
            if peak / step <= 4:
                return list(range(0, peak + step, step))
        magnitude *= 10


def column_chart(points: Sequence[tuple[dt.date, int]], *, title: str, label_every: int = 0) -> str:
    """One column per ``(period start, value)``, in time order, with a y axis; an SVG element."""
    if not points:
        return f'<p class="empty">No {esc(title.lower())}.</p>'
    height, left, bottom, top = 240, 44, 36, 10
    plot_w, plot_h = CHART_WIDTH - left - 10, height - bottom - top
    ticks = _ticks(max(v for _, v in points) or 1)
    ceiling = ticks[-1] or 1
    slot = plot_w / len(points)
    every = label_every or max(1, round(len(points) / 8))
    parts = [
        f'<svg class="chart columns" viewBox="0 0 {CHART_WIDTH} {height}" width="100%" role="img" '
        f'aria-label="{esc(title)}">'
    ]
    for tick in ticks:
        y = top + plot_h - plot_h * tick / ceiling
        parts.append(
            f'<line class="grid" x1="{left}" x2="{CHART_WIDTH - 10}" y1="{y:.1f}" y2="{y:.1f}"/>'
            f'<text class="axis" x="{left - 6}" y="{y:.1f}" text-anchor="end" dominant-baseline="central">'
            f"{tick:,}</text>"
        )
    for i, (start, value) in enumerate(points):
        h = plot_h * value / ceiling
        x = left + i * slot
        parts.append(
            f'<g class="row" data-name="{start.isoformat()}" data-value="{value}">'
            f"<title>{start.isoformat()}: {value:,}</title>"
            f'<rect class="bar" x="{x + slot * 0.1:.1f}" y="{top + plot_h - h:.1f}" '
            f'width="{max(1.0, slot * 0.8):.1f}" height="{h:.1f}"/></g>'
        )
        if i % every == 0:
            parts.append(
                f'<text class="axis" x="{x + slot / 2:.1f}" y="{height - bottom + 16}" text-anchor="middle">'
                f"{start.isoformat()}</text>"
            )
    parts.append("</svg>")
    return "".join(parts)
