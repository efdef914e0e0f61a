"""One article as a page: quotes tied to their speakers, entities colored, a who-said-what panel.

The text is cut into flat segments at every quote, speaker, cue and entity boundary (``segments.cut``); each
segment is one ``<span>`` whose data attributes name the quotes and entity it belongs to, so the page's
script can light up a quote, its cue and its speaker together and draw the link between them.
"""

from collections import Counter
from dataclasses import dataclass

from quotex.schema import Article, Quote
from quotex.views.labels import NOBODY, entity_color, format_value, speaker_color
from quotex.views.page import document, esc
from quotex.views.segments import Mark, Segment, cut

SNIPPET_CHARS = 140


def speaker_key(quote: Quote) -> str | None:
    """Who a quote is by, as the panel groups it: the resolved name, else the mention's words."""
    if quote.speaker is None:
        return None
    return quote.speaker.name or quote.speaker.text


@dataclass(frozen=True)
class Speakers:
    """Each speaker's color (in order of first quote) and each quote's color."""

    colors: dict[str, str]
    quote_colors: list[str]

    @classmethod
    def of(cls, article: Article) -> "Speakers":
        """Colors for the speakers of ``article``."""
        colors: dict[str, str] = {}
        for quote in article.quotes:
            key = speaker_key(quote)
            if key is not None and key not in colors:
                colors[key] = speaker_color(len(colors))
        quote_colors = [colors.get(speaker_key(q) or "", NOBODY) for q in article.quotes]
        return cls(colors, quote_colors)


def _marks(article: Article) -> list[Mark]:
    marks = [Mark("entity", i, e.start, e.end) for i, e in enumerate(article.entities)]
    for i, quote in enumerate(article.quotes):
        marks.append(Mark("quote", i, quote.start, quote.end))
        if quote.speaker is not None:
            marks.append(Mark("speaker", i, quote.speaker.start, quote.speaker.end))
        if quote.cue is not None:
            marks.append(Mark("cue", i, quote.cue.start, quote.cue.end))
    return marks


def _quote_tip(article: Article, index: int) -> str:
    quote = article.quotes[index]
    who = "no speaker found"
    if quote.speaker is not None:
        who = f"said by {speaker_key(quote)}"
        if quote.speaker.label:
            who += f" ({quote.speaker.label})"
        if quote.speaker.name and quote.speaker.name != quote.speaker.text:
            who += f", written “{quote.speaker.text}”"
    cue = f"; cue “{quote.cue.text}”" if quote.cue else ""
    return f"Quote {index + 1}: {who}{cue}"


def _entity_tip(article: Article, index: int) -> str:
    entity = article.entities[index]
    value = format_value(entity.value)
    return f"{entity.label}: {value}" if value else entity.label


def _span(text: str, segment: Segment, article: Article, speakers: Speakers) -> str:
    """One segment as HTML: plain text, or a ``<span>`` carrying every mark over it."""
    words = esc(text[segment.start : segment.end])
    if not segment.marks:
        return words
    layers: dict[str, list[int]] = {}
    for mark in segment.marks:
        layers.setdefault(mark.layer, []).append(mark.index)
    classes, attrs, styles, tips = [], [], [], []
    if "quote" in layers:
        numbers = layers["quote"]
        classes.append("q")
        attrs.append(f'data-q="{" ".join(str(n + 1) for n in numbers)}"')
        styles.append(f"--c:{speakers.quote_colors[numbers[-1]]}")
        tips.extend(_quote_tip(article, n) for n in numbers)
    for layer, cls in (("speaker", "spk"), ("cue", "cue")):
        if layer in layers:
            classes.append(cls)
            attrs.append(f'data-{cls}="{" ".join(str(n + 1) for n in layers[layer])}"')
    if "speaker" in layers:
        styles.append(f"--s:{speakers.quote_colors[layers['speaker'][0]]}")
    if "entity" in layers:
        index = layers["entity"][-1]
        classes.append("ent")
        attrs.append(f'data-e="{index}"')
        styles.append(f"--e:{entity_color(article.entities[index].label)}")
        tips.append(_entity_tip(article, index))
    for mark in segment.opens:
        if mark.layer == "quote":
            classes.append("q-open")
            attrs.append(f'id="q-{mark.index + 1}" data-n="{mark.index + 1}"')
    for mark in segment.closes:
        if mark.layer == "entity":
            classes.append("ent-end")
            attrs.append(f'data-label="{esc(article.entities[mark.index].label)}"')
        elif mark.layer == "speaker" and "spk-end" not in classes:
            speaker = article.quotes[mark.index].speaker
            classes.append("spk-end")
            if speaker is not None and speaker.name and speaker.name != speaker.text:
                attrs.append(f'data-name="= {esc(speaker.name)}"')
    if tips:
        attrs.append(f'data-tip="{esc(chr(10).join(dict.fromkeys(tips)))}"')
    style = f' style="{";".join(styles)}"' if styles else ""
    return f'<span class="{" ".join(classes)}" {" ".join(attrs)}{style}>{words}</span>'


def render_text(article: Article, text: str, speakers: Speakers) -> str:
    """The article's text as HTML with every quote, speaker, cue and entity marked."""
    segments = cut(len(text), _marks(article))
    return "".join(_span(text, segment, article, speakers) for segment in segments)


def _snippet(quote: Quote) -> str:
    words = " ".join(quote.text.split())
    return words if len(words) <= SNIPPET_CHARS else words[: SNIPPET_CHARS - 1].rstrip() + "…"


def render_panel(article: Article, speakers: Speakers) -> str:
    """The side panel: who said what (speakers by number of quotes), then the entities by label."""
    groups: dict[str | None, list[int]] = {}
    for i, quote in enumerate(article.quotes):
        groups.setdefault(speaker_key(quote), []).append(i)
    order = sorted(groups, key=lambda k: (k is None, -len(groups[k]), groups[k][0]))
    parts = ['<section class="who-said-what"><h2>Who said what</h2>']
    if not article.quotes:
        parts.append('<p class="empty">No quotes found.</p>')
    for key in order:
        numbers = groups[key]
        first = article.quotes[numbers[0]].speaker
        label = first.label if first is not None else None
        color = speakers.colors.get(key, NOBODY) if key is not None else NOBODY
        name = esc(key) if key is not None else "No speaker found"
        count = f"{len(numbers)} quote{'s' if len(numbers) != 1 else ''}"
        badge = f' <span class="label">{esc(label)}</span>' if label else ""
        parts.append(
            f'<div class="speaker" style="--c:{color}"><h3><span class="name">{name}</span>{badge}'
            f' <span class="count">{count}</span></h3><ol>'
        )
        for n in numbers:
            quote = article.quotes[n]
            how = []
            if quote.speaker is not None and quote.speaker.text != key:
                how.append(f"as “{esc(quote.speaker.text)}”")
            if quote.cue is not None:
                how.append(f"cue “{esc(quote.cue.text)}”")
            detail = f' <span class="how">{", ".join(how)}</span>' if how else ""
            parts.append(
                f'<li value="{n + 1}"><a href="#q-{n + 1}" data-q="{n + 1}">“{esc(_snippet(quote))}”</a>'
                f"{detail}</li>"
            )
        parts.append("</ol></div>")
    parts.append("</section>")
    parts.append(render_entity_table(article))
    return "".join(parts)


def render_entity_table(article: Article) -> str:
    """Entities grouped by label, each distinct text once with its value and how often it occurs."""
    counts: Counter[tuple[str, str, str]] = Counter(
        (e.label, e.text, format_value(e.value)) for e in article.entities
    )
    if not counts:
        return '<section class="entities"><h2>Entities</h2><p class="empty">No entities found.</p></section>'
    rows = []
    for (label, words, value), n in sorted(counts.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1])):
        times = f"×{n}" if n > 1 else ""
        rows.append(
            f'<tr><td><span class="chip" style="--e:{entity_color(label)}">{esc(label)}</span></td>'
            f"<td>{esc(words)}</td><td>{esc(value)}</td><td>{times}</td></tr>"
        )
    return (
        '<section class="entities"><h2>Entities</h2><table><thead><tr><th>label</th><th>text</th>'
        f"<th>value</th><th></th></tr></thead><tbody>{''.join(rows)}</tbody></table></section>"
    )


def _legend(article: Article) -> str:
    labels = Counter(e.label for e in article.entities)
    chips = "".join(
        f'<li><span class="chip" style="--e:{entity_color(label)}">{esc(label)}</span> {n}</li>'
        for label, n in sorted(labels.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    return f'<ul class="legend">{chips}</ul>'


def render_article(article: Article, text: str, *, note: str | None = None) -> str:
    """A self-contained HTML page for ``article`` over its ``text`` (the text it was extracted from)."""
    speakers = Speakers.of(article)
    attributed = sum(q.speaker is not None for q in article.quotes)
    meta = [
        f"{len(article.quotes)} quotes ({attributed} with a speaker)",
        f"{len(article.entities)} entities",
    ]
    if article.published:
        meta.insert(0, f"published {article.published.isoformat()}")
    url = f' · <a href="{esc(article.url)}">{esc(article.url)}</a>' if article.url else ""
    notice = f'<p class="note">{esc(note)}</p>' if note else ""
    title = article.id or "article"
    body = (
        f'<header><h1>{esc(title)}</h1><p class="meta">{esc(" · ".join(meta))}{url}</p>{notice}'
        f'{_legend(article)}<label class="toggle"><input type="checkbox" id="all-links"> '
        "draw every quote's link to its speaker</label></header>"
        f'<main><article id="text" class="text">{render_text(article, text, speakers)}</article>'
        f'<aside id="panel">{render_panel(article, speakers)}</aside></main>'
        '<svg id="links" aria-hidden="true"></svg><div id="tip" role="tooltip" hidden></div>'
    )
    return document(
        f"quotex · {title}",
        body,
        css=["page.css", "article.css"],
        js=["article.js"],
        data={"quotex-article": article.model_dump(mode="json")},
    )
