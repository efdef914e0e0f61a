"""The report of a run as one self-contained page: totals, then each aggregate as a chart with its table."""

import datetime as dt

from quotex.views.charts import bar_chart, column_chart
from quotex.views.labels import SPEAKER_COLORS, entity_color
from quotex.views.page import document, esc
from quotex.views.report_data import Period, Ranked, Report

QUOTE_COLOR = SPEAKER_COLORS[1]


def _next(start: dt.date, grain: str) -> dt.date:
    if grain == "day":
        return start + dt.timedelta(days=1)
    if grain == "week":
        return start + dt.timedelta(days=7)
    return dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)


def filled(timeline: list[Period], grain: str) -> list[Period]:
    """The timeline with a zero for every period between the first and the last that has no quote."""
    if not timeline:
        return []
    known = {p.start: p for p in timeline}
    periods, start = [], timeline[0].start
    while start <= timeline[-1].start:
        periods.append(known.get(start, Period(start, 0, 0)))
        start = _next(start, grain)
    return periods


def _table(rows: list[Ranked], name: str, *, labels: bool = True) -> str:
    head = f"<th>#</th><th>{esc(name)}</th>" + ("<th>label</th>" if labels else "")
    head += '<th class="num">count</th><th class="num">articles</th>'
    body = []
    for rank, row in enumerate(rows, start=1):
        label = (
            f'<td><span class="chip" style="--e:{entity_color(row.label)}">{esc(row.label)}</span></td>'
            if labels and row.label
            else "<td></td>"
            if labels
            else ""
        )
        body.append(
            f'<tr><td class="num">{rank}</td><td>{esc(row.name)}</td>{label}'
            f'<td class="num">{row.count:,}</td><td class="num">{row.articles:,}</td></tr>'
        )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _ranked_section(key: str, title: str, rows: list[Ranked], name: str, unit: str, verb: str) -> str:
    bars = [(row.name, row.count, entity_color(row.label or "")) for row in rows]
    return (
        f'<section id="{key}"><h2>{esc(title)}</h2><p class="meta">by number of {esc(unit)}; '
        f"articles: how many articles {esc(verb)}</p>"
        f"{bar_chart(bars, title=title)}{_table(rows, name)}</section>"
    )


def _timeline_section(report: Report) -> str:
    periods = filled(report.timeline, report.grain)
    title = f"Quotes per {report.grain}"
    n = report.undated_quotes
    undated = (
        f" {n:,} quote{'s' if n != 1 else ''} from articles without a publication date "
        f"{'are' if n != 1 else 'is'} not shown."
        if n
        else ""
    )
    rows = "".join(
        f'<tr><td>{p.start.isoformat()}</td><td class="num">{p.quotes:,}</td>'
        f'<td class="num">{p.articles:,}</td></tr>'
        for p in periods
    )
    table = (
        f'<table><thead><tr><th>{esc(report.grain)} from</th><th class="num">quotes</th>'
        f'<th class="num">articles</th></tr></thead><tbody>{rows}</tbody></table>'
    )
    chart = column_chart([(p.start, p.quotes) for p in periods], title=title)
    return (
        f'<section id="timeline"><h2>{esc(title)}</h2><p class="meta">by the articles\' '
        f"publication date.{esc(undated)}</p>{chart}"
        f"<details{' open' if len(periods) <= 31 else ''}><summary>table</summary>{table}</details></section>"
    )


def _totals(report: Report) -> str:
    t = report.totals
    cards = [
        ("records", t.records),
        ("articles", t.articles),
        ("quotes", t.quotes),
        ("with a speaker", t.attributed),
        ("entities", t.entities),
        ("errors", t.errors),
        ("duplicates", t.duplicates),
    ]
    items = "".join(f'<li><span class="n">{n:,}</span> {esc(label)}</li>' for label, n in cards)
    return f'<ul class="totals">{items}</ul>'


def render_report(report: Report) -> str:
    """A self-contained HTML page for ``report``."""
    top = report.top
    body = (
        f'<header><h1>quotex report</h1><p class="meta">{esc(report.source)} ({esc(report.fmt)}), '
        f"computed in {report.seconds:.2f} s; exact duplicates are counted once</p>{_totals(report)}</header>"
        '<main class="report">'
        + _ranked_section(
            "speakers", f"Top {top} speakers", report.speakers, "speaker", "quotes", "quote them"
        )
        + _timeline_section(report)
        + _ranked_section(
            "organizations",
            f"Top {top} organizations",
            report.organizations,
            "organization",
            "mentions",
            "name it",
        )
        + _ranked_section("places", f"Top {top} places", report.places, "place", "mentions", "name it")
        + "</main>"
    )
    data = {
        "quotex-report": {
            "totals": report.totals.__dict__,
            "speakers": [r.__dict__ for r in report.speakers],
            "organizations": [r.__dict__ for r in report.organizations],
            "places": [r.__dict__ for r in report.places],
            "grain": report.grain,
            "timeline": [
                {"start": p.start.isoformat(), "quotes": p.quotes, "articles": p.articles}
                for p in report.timeline
            ],
        }
    }
    return document("quotex report", body, css=["page.css", "report.css"], js=["report.js"], data=data)
