"""HTML pages to article text with trafilatura, keeping the page's URL and publication date."""

from typing import Any

from quotex.io.items import Item, error_item, item_from_text
from quotex.io.optional import require


def html_to_item(
    source: str, html: bytes, *, id: str | None = None, url: str | None = None, fallback_date: Any = None
) -> Item:
    """An item with the main text of an HTML page, or an error item when the page holds no article.

    The date is the one trafilatura finds in the page, else ``fallback_date`` (e.g. the crawl date).
    """
    trafilatura = require("trafilatura", "warc", "Reading HTML pages")
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            fast=True,  # no fallback extractors: they return menus and footers of pages with no article
            favor_precision=True,
        )
    except Exception as e:  # trafilatura raises many kinds on odd markup; one page must not stop a run
        return error_item(source, f"cannot parse HTML: {type(e).__name__}: {e}", id)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        return error_item(source, "no article text found in the HTML page", id)
    date = getattr(doc, "date", None) or fallback_date
    return item_from_text(source, text, id=id, published=date, url=url or getattr(doc, "url", None))
