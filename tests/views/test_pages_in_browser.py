"""The pages in a real headless Chromium: no console errors, the expected quotes, speakers and links."""

from pathlib import Path

from browser_helpers import open_page
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from views_helpers import EXAMPLE_ARTICLES

import quotex
from quotex.views.article_page import render_article


def _article_page(tmp_path: Path) -> tuple[quotex.Article, Path]:
    text = (EXAMPLE_ARTICLES / "port_strike.txt").read_text("utf-8")
    article = quotex.extract(text, published="2024-05-06", id="port-strike")
    path = tmp_path / "article.html"
    path.write_text(render_article(article, text), "utf-8")
    return article, path


def test_article_page_shows_every_quote_and_speaker_without_errors(browser, tmp_path: Path) -> None:
    article, path = _article_page(tmp_path)
    assert open_page(browser, path) == []
    openings = browser.find_elements(By.CSS_SELECTOR, "#text .q-open")
    assert [el.get_attribute("data-n") for el in openings] == [str(n + 1) for n in range(len(article.quotes))]
    panel = browser.find_element(By.ID, "panel").text
    for quote in article.quotes:
        if quote.speaker is not None:
            assert quote.speaker.name in panel
            spans = browser.find_elements(By.CSS_SELECTOR, "#text .spk")
            assert any(quote.speaker.text.startswith(s.text) for s in spans)


def test_hovering_a_quote_lights_its_speaker_and_draws_the_link(browser, tmp_path: Path) -> None:
    article, path = _article_page(tmp_path)
    open_page(browser, path)
    n = next(i + 1 for i, q in enumerate(article.quotes) if q.speaker is not None)
    ActionChains(browser).move_to_element(browser.find_element(By.ID, f"q-{n}")).perform()
    lit = browser.find_elements(By.CSS_SELECTOR, f'#text .spk.on[data-spk~="{n}"]')
    assert lit and lit[0].text in article.quotes[n - 1].speaker.text
    assert browser.find_elements(By.CSS_SELECTOR, f'#links path[data-link="{n}"]')
    tip = browser.find_element(By.ID, "tip")
    assert tip.is_displayed() and f"Quote {n}: said by" in tip.text
    browser.find_element(By.ID, "all-links").click()
    drawn = browser.find_elements(By.CSS_SELECTOR, "#links path")
    assert len(drawn) == sum(q.speaker is not None for q in article.quotes)
    assert browser.get_log("browser") == []
