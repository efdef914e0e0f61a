"""Headless Chromium for the page tests and the README screenshots (Debian's chromium + chromedriver)."""

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
DRIVER_NAMES = ("chromedriver",)
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
)


def _which(names: tuple[str, ...]) -> str | None:
    return next((path for name in names if (path := shutil.which(name))), None)


def browser_missing() -> str | None:
    """Why no browser test can run here, or None when Chromium, chromedriver and selenium are all present."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    if _which(CHROMIUM_NAMES) is None:
        return "no chromium binary on PATH (apt-get install chromium chromium-driver; .ci/run does this)"
    if _which(DRIVER_NAMES) is None:
        return "no chromedriver on PATH (apt-get install chromium-driver; .ci/run does this)"
    return None


@contextmanager
def chromium(width: int = 1280, height: int = 900) -> Iterator[Any]:
    """A headless Chromium driven by selenium, with a fresh profile folder, closed afterwards."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="quotex-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = _which(CHROMIUM_NAMES) or "chromium"
    for flag in (*FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(_which(DRIVER_NAMES) or "chromedriver"), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def open_page(driver: Any, path: Path) -> list[dict]:
    """Load a local HTML file and return the browser's console messages of level warning and above."""
    driver.get(Path(path).resolve().as_uri())
    driver.execute_script("return document.readyState")
    return [entry for entry in driver.get_log("browser") if entry.get("level") in ("SEVERE", "WARNING")]


def screenshot(driver: Any, path: Path, *, full_height: bool = True, max_height: int = 2400) -> Path:
    """A PNG of the page; with ``full_height`` the window first grows to the page's height (capped)."""
    if full_height:  # a sticky panel is as tall as the window: grow until the page stops growing
        width = driver.execute_script("return window.innerWidth")
        for _ in range(6):
            page = driver.execute_script("return document.documentElement.scrollHeight")
            height = min(max_height, page + 40)
            if height <= driver.execute_script("return window.innerHeight"):
                break
            driver.set_window_size(width, height)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(path))
    return Path(path)
