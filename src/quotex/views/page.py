"""The shell every quotex page shares: one self-contained HTML document with inline CSS, JS and data."""

import html
import json
from importlib import resources
from typing import Any

from quotex import __version__


def asset(name: str) -> str:
    """The text of a file in ``quotex/views/static`` (CSS or JS inlined into the pages)."""
    return resources.files("quotex.views").joinpath("static").joinpath(name).read_text(encoding="utf-8")


def esc(value: Any) -> str:
    """``value`` as text escaped for HTML content and attribute values."""
    return html.escape("" if value is None else str(value), quote=True)


def json_script(element_id: str, data: Any) -> str:
    """Data embedded as a JSON script element; ``</`` is escaped so the text cannot close the element."""
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/").replace("<!--", "<\\!--")
    return f'<script type="application/json" id="{esc(element_id)}">{payload}</script>'


def document(title: str, body: str, *, css: list[str], js: list[str], data: dict[str, Any]) -> str:
    """A whole HTML page: ``body`` plus the named static CSS and JS files inlined; nothing is fetched."""
    styles = "\n".join(asset(name) for name in css)
    scripts = "\n".join(asset(name) for name in js)
    blobs = "\n".join(json_script(key, value) for key, value in data.items())
    return (
        "<!doctype html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="quotex {esc(__version__)}">\n'
        # nothing on the page may load from anywhere: a browser refuses it rather than fetching it
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
        f"<title>{esc(title)}</title>\n<style>\n{styles}\n</style>\n</head>\n<body>\n{body}\n{blobs}\n"
        f"<script>\n{scripts}\n</script>\n</body>\n</html>\n"
    )
