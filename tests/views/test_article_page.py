"""The article page: quotes tied to speakers, names shown, entities with values, the who-said-what panel."""

import json
import re

from quotex.schema import Article, DateValue, Entity, Mention, NumberValue, Quote
from quotex.views.article_page import render_article

TEXT = (
    '"The ferry will run again in May," said Marisol Okafor on Tuesday.\n\n'
    'The crossing costs $4.50. "We are <ready>," she said.\n\n'
    'A sign read "closed for repairs".'
)


def _at(words: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(words, start + 1)
    return start, start + len(words)


def _mention(words: str, name: str | None = None, label: str | None = None, nth: int = 0) -> Mention:
    start, end = _at(words, nth)
    return Mention(text=words, start=start, end=end, name=name, label=label)


def _quote(words: str, speaker: Mention | None, cue: Mention | None) -> Quote:
    start, end = _at(words)
    return Quote(text=words[1:-1].rstrip(",").rstrip(), start=start, end=end, speaker=speaker, cue=cue)


def article() -> Article:
    okafor = _mention("Marisol Okafor", "Marisol Okafor", "PERSON")
    she = _mention("she", "Marisol Okafor", "PERSON")
    entities = [
        Entity(
            text="May",
            label="DATE",
            start=_at("May")[0],
            end=_at("May")[1],
            value=DateValue(start="2024-05-01", end="2024-05-31", grain="month"),
        ),
        Entity(text="Marisol Okafor", label="PERSON", start=okafor.start, end=okafor.end),
        Entity(
            text="Tuesday",
            label="DATE",
            start=_at("Tuesday")[0],
            end=_at("Tuesday")[1],
            value=DateValue(start="2024-04-02", end="2024-04-02", grain="day"),
        ),
        Entity(
            text="$4.50",
            label="MONEY",
            start=_at("$4.50")[0],
            end=_at("$4.50")[1],
            value=NumberValue(number=4.5, unit="USD"),
        ),
    ]
    quotes = [
        _quote('"The ferry will run again in May,"', okafor, _mention("said")),
        _quote('"We are <ready>,"', she, _mention("said", nth=1)),
        _quote('"closed for repairs"', None, None),
    ]
    return Article(id="ferry-1", published="2024-04-02", entities=entities, quotes=quotes)


def test_every_quote_is_marked_and_tied_to_its_speaker_and_cue() -> None:
    page = render_article(article(), TEXT)
    assert 'id="q-1"' in page and 'id="q-2"' in page and 'id="q-3"' in page
    speaker_one = re.search(r'<span class="[^"]*spk[^"]*" data-spk="1"[^>]*>([^<]*)</span>', page)
    assert speaker_one and speaker_one.group(1) == "Marisol Okafor"
    speaker_two = re.search(r'data-spk="2"[^>]*>([^<]*)</span>', page)
    assert speaker_two and speaker_two.group(1) == "she"
    assert re.search(r'data-cue="2"[^>]*>said</span>', page)


def test_a_pronoun_speaker_shows_the_resolved_name() -> None:
    page = render_article(article(), TEXT)
    assert re.search(r'data-spk="2"[^>]*data-name="= Marisol Okafor"', page)
    assert 'data-spk="1"' in page and not re.search(r'data-spk="1"[^>]*data-name=', page)


def test_entities_carry_their_label_and_normalized_value() -> None:
    page = render_article(article(), TEXT)
    assert 'data-tip="MONEY: 4.5 USD"' in page
    assert "DATE: 2024-05-01 .. 2024-05-31 (month)" in page  # inside quote 1, so next to the quote's tip
    assert 'data-label="PERSON"' in page


def test_panel_groups_quotes_by_speaker_and_lists_the_unattributed() -> None:
    page = render_article(article(), TEXT)
    panel = page[page.index('<aside id="panel">') :]
    assert panel.index("Marisol Okafor") < panel.index("No speaker found")
    assert "2 quotes" in panel and "1 quote<" in panel
    assert "as “she”" in panel and "cue “said”" in panel


def test_text_is_escaped_and_the_article_json_is_embedded() -> None:
    page = render_article(article(), TEXT)
    assert "&lt;ready&gt;" in page and "<ready>" not in page.split('<script type="application/json"')[0]
    blob = re.search(r'<script type="application/json" id="quotex-article">(.*?)</script>', page, re.S)
    assert blob and json.loads(blob.group(1))["id"] == "ferry-1"


def test_the_page_loads_nothing_from_anywhere() -> None:
    page = render_article(article(), TEXT)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page and "url(" not in page
    assert "default-src 'none'" in page


def test_an_article_without_quotes_or_entities_still_renders() -> None:
    page = render_article(Article(id="empty"), "Nothing to see here.")
    assert "No quotes found." in page and "No entities found." in page
    assert "Nothing to see here." in page
