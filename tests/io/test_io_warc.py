"""WARC input: HTML responses become articles with their URL and date; broken archives end in an error."""

import io
from pathlib import Path

import pytest

pytest.importorskip("warcio")
pytest.importorskip("trafilatura")

from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from quotex.io import read_input  # noqa: E402

PAGE = (
    "<html><head><title>Harbor</title></head><body><article><h1>Harbor reopens</h1>"
    "<p>The harbor reopened to fishing boats on Thursday after a week of repairs to the breakwater.</p>"
    '<p>"We lost seven days of work," said Nadia Petrova, who runs two trawlers out of the port.</p>'
    "</article></body></html>"
)


def make_warc(path: Path, gzipped: bool = True) -> Path:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzipped)

    def response(url: str, body: str, content_type: str) -> None:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body.encode("utf-8")),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": "2024-06-01T10:00:00Z"},
        )
        writer.write_record(record)

    response("https://news.example.org/harbor", PAGE, "text/html; charset=utf-8")
    response("https://news.example.org/logo.png", "PNG", "image/png")
    response("https://news.example.org/empty", "<html><body></body></html>", "text/html")
    path.write_bytes(buffer.getvalue())
    return path


def test_html_responses_become_items_with_url_and_date(tmp_path: Path) -> None:
    path = make_warc(tmp_path / "crawl.warc.gz")
    items = list(read_input(path, str(path)))
    assert len(items) == 2  # the image response is not an article
    first, empty = items
    assert first.ok and "breakwater" in first.record.text
    assert first.record.url == "https://news.example.org/harbor"
    assert first.record.published.isoformat() == "2024-06-01"
    assert empty.error == "no article text found in the HTML page"
    assert first.id != empty.id


def test_a_truncated_warc_gz_ends_with_an_error_item(tmp_path: Path) -> None:
    whole = make_warc(tmp_path / "whole.warc.gz").read_bytes()
    cut = tmp_path / "cut.warc.gz"
    for size in (len(whole) - 60, len(whole) // 2):
        cut.write_bytes(whole[:size])
        items = list(read_input(cut, str(cut)))
        assert items[0].ok
        assert "truncated or corrupt" in (items[-1].error or "")


def test_a_truncated_plain_warc_ends_with_an_error_item(tmp_path: Path) -> None:
    whole = make_warc(tmp_path / "whole.warc", gzipped=False).read_bytes()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(whole[:-30])  # inside the last article's page
    items = list(read_input(cut, str(cut)))
    assert items[0].ok
    assert len(items) == 2 and "truncated" in (items[1].error or "")
    cut.write_bytes(whole[:700])  # inside the first article's page
    assert [("truncated" in (item.error or "")) for item in read_input(cut, str(cut))] == [True]


def test_plain_warc_is_read_too(tmp_path: Path) -> None:
    path = make_warc(tmp_path / "crawl.warc", gzipped=False)
    assert [item.ok for item in read_input(path, str(path))] == [True, False]
