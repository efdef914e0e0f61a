"""Make the README's screenshots with the page tests' browser tooling (headless Chromium via selenium).

    python docs/make_screenshots.py          # writes docs/article.png and docs/report.png

The article is examples/articles/port_strike.txt; the report is of a `quotex run` of
examples/archive/local_news.jsonl. Both are texts written for the project.
"""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from browser_helpers import browser_missing, chromium, open_page, screenshot  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

import quotex  # noqa: E402
from quotex.batch import RunConfig, run  # noqa: E402
from quotex.views.article_page import render_article  # noqa: E402
from quotex.views.report_data import compute  # noqa: E402
from quotex.views.report_page import render_report  # noqa: E402


def main() -> None:
    reason = browser_missing()
    if reason:
        sys.exit(f"no screenshots: {reason}")
    text = (ROOT / "examples" / "articles" / "port_strike.txt").read_text("utf-8")
    article = quotex.extract(text, published="2024-05-06", id="port_strike.txt")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "article.html"
        page.write_text(render_article(article, text), "utf-8")
        out = Path(tmp) / "out" / "demo"
        run(RunConfig(inputs=[str(ROOT / "examples" / "archive" / "local_news.jsonl")], out_dir=str(out)))
        os.chdir(tmp)  # so the page names the run folder as `make demo` does: out/demo
        report = Path(tmp) / "report.html"
        report.write_text(render_report(compute("out/demo", top=10)), "utf-8")
        with chromium(width=1280, height=900) as driver:
            errors = open_page(driver, page)
            driver.find_element(By.ID, "all-links").click()
            screenshot(driver, ROOT / "docs" / "article.png", max_height=1500)
            ActionChains(driver).move_to_element(driver.find_element(By.ID, "q-5")).perform()
            screenshot(driver, ROOT / "docs" / "article_hover.png", full_height=False)
            driver.set_window_size(1100, 900)
            errors += open_page(driver, report)
            screenshot(driver, ROOT / "docs" / "report.png", max_height=2600)
    if errors:
        sys.exit(f"console errors: {errors}")
    print("wrote docs/article.png, docs/article_hover.png, docs/report.png")


if __name__ == "__main__":
    main()
