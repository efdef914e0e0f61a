"""Readers: every input record becomes exactly one Item, bad ones as errors with a reason, nothing raises."""

import gzip
import json
from pathlib import Path

import pytest

from quotex.errors import InvalidInputError
from quotex.io import Keys, detect_format, read_input

GOOD = {"id": "a1", "published": "2024-05-03", "url": "https://example.org/a1", "text": "The mayor spoke."}


def write_lines(path: Path, lines: list[str | bytes]) -> Path:
    with open(path, "wb") as f:
        for line in lines:
            f.write((line if isinstance(line, bytes) else line.encode("utf-8")) + b"\n")
    return path


def read(path: Path, **kwargs) -> list:
    return list(read_input(path, str(path), **kwargs))


def test_jsonl_records_keep_id_date_and_url(tmp_path: Path) -> None:
    items = read(write_lines(tmp_path / "a.jsonl", [json.dumps(GOOD)]))
    assert len(items) == 1 and items[0].ok
    record = items[0].record
    assert (items[0].id, record.url, record.published.isoformat()) == ("a1", GOOD["url"], "2024-05-03")
    assert record.text == GOOD["text"]


def test_records_without_id_get_file_and_line_as_id(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "a.jsonl", ["", json.dumps({"text": "One."}), json.dumps({"text": "Two."})])
    assert [item.id for item in read(path)] == [f"{path}:2", f"{path}:3"]


def test_each_bad_line_becomes_an_error_and_the_good_ones_survive(tmp_path: Path) -> None:
    lines = [
        json.dumps(GOOD),
        '{"id": "cut", "text": "half a rec',
        json.dumps({"id": "blank", "text": "  \n "}),
        json.dumps({"id": "none"}),
        json.dumps({"id": "num", "text": 42}),
        b'{"id": "latin1", "text": "caf\xe9"}',
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "date", "text": "Hello.", "published": "last spring"}),
        json.dumps({**GOOD, "id": "a2"}),
    ]
    items = read(write_lines(tmp_path / "mixed.jsonl", lines))
    assert [item.ok for item in items] == [True] + [False] * 7 + [True]
    errors = {item.id: item.error for item in items if not item.ok}
    assert "invalid JSON" in errors[f"{tmp_path / 'mixed.jsonl'}:2"]
    assert errors["blank"] == "empty text"
    assert "no 'text' field" in errors["none"]
    assert "not a string" in errors["num"]
    assert "UTF-8" in errors[f"{tmp_path / 'mixed.jsonl'}:6"]
    assert "expected a JSON object" in errors[f"{tmp_path / 'mixed.jsonl'}:7"]
    assert "published" in errors["date"]


def test_custom_keys_pick_other_fields(tmp_path: Path) -> None:
    line = json.dumps({"uid": 7, "body": "Text here.", "date": "2023-01-02", "link": "https://x.org"})
    items = read(write_lines(tmp_path / "a.jsonl", [line]), keys=Keys("body", "uid", "date", "link"))
    assert items[0].id == "7" and items[0].record.url == "https://x.org"
    assert items[0].record.published.isoformat() == "2023-01-02"


def test_gzipped_jsonl_is_read_and_a_truncated_one_keeps_what_came_before(tmp_path: Path) -> None:
    lines = [json.dumps({**GOOD, "id": f"n{i}", "text": f"Story number {i} " * 50}) for i in range(200)]
    data = gzip.compress(("\n".join(lines) + "\n").encode())
    whole = tmp_path / "whole.jsonl.gz"
    whole.write_bytes(data)
    assert [item.ok for item in read(whole)] == [True] * 200
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(data[: len(data) // 2])
    items = read(cut)
    assert 0 < len(items) < 200
    assert all(item.ok for item in items[:-1])
    assert "truncated or corrupt" in items[-1].error


def test_empty_and_binary_files_are_one_error_each(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    binary = tmp_path / "blob.jsonl"
    binary.write_bytes(bytes(range(256)) * 40)
    assert [item.error for item in read(empty)] == ["empty input: no records"]
    assert [item.error for item in read(binary)] == ["binary file, not JSONL text"]


def test_csv_and_tsv_rows_with_quoted_newlines(tmp_path: Path) -> None:
    csv_path = tmp_path / "a.csv"
    csv_path.write_text(
        'id,text,published\nc1,"Line one.\nLine two, with a comma.",2024-02-01\nc2,,\n', "utf-8"
    )
    items = read(csv_path)
    assert items[0].record.text == "Line one.\nLine two, with a comma."
    assert items[1].error == "empty text" and items[1].id == "c2"
    tsv_path = tmp_path / "a.tsv"
    tsv_path.write_text("id\ttext\nt1\tA short story.\n", "utf-8")
    assert read(tsv_path)[0].record.text == "A short story."


def test_folder_of_text_and_html_files(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("The council met on Monday.", "utf-8")
    (tmp_path / "sub" / "b.html").write_text(
        "<html><body><article><p>The museum opened a new wing on Friday, its director said in a long "
        "statement to visitors and reporters.</p><p>Tickets cost eight dollars for adults and children "
        "under twelve get in free all summer.</p></article></body></html>",
        "utf-8",
    )
    (tmp_path / "sub" / "empty.html").write_text("<html><body><nav>Home</nav></body></html>", "utf-8")
    (tmp_path / "c.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "d.txt").write_bytes(b"caf\xe9 au lait")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    items = {Path(item.id).name: item for item in read(tmp_path)}
    assert sorted(items) == ["a.txt", "b.html", "c.txt", "d.txt", "empty.html"]
    assert items["a.txt"].record.text == "The council met on Monday."
    assert "museum opened a new wing" in items["b.html"].record.text
    assert items["empty.html"].error == "no article text found in the HTML page"
    assert items["c.txt"].error == "binary file, not text"
    assert "UTF-8" in items["d.txt"].error


def test_format_comes_from_the_name(tmp_path: Path) -> None:
    assert detect_format(Path("x.jsonl.gz")) == "jsonl"
    assert detect_format(Path("x.warc.gz")) == "warc"
    assert detect_format(Path("x.TSV")) == "tsv"
    assert detect_format(tmp_path) == "text"
    with pytest.raises(InvalidInputError, match="--input-format"):
        detect_format(Path("x.parquet"))


def test_a_cut_off_line_is_reported_as_cut_off(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "cut.jsonl", ['{"id": "cut", "text": "half a rec', '{"id": "x", "text": "ok"']
    )
    errors = [item.error for item in read(path)]
    assert errors == ["invalid JSON: the line ends before the record does (cut off?)"] * 2


def test_raw_tabs_and_control_characters_inside_strings_are_read(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "raw.jsonl", ['{"id": "t", "text": "Col one\tcol two \x07 end."}'])
    [item] = read(path)
    assert item.ok and item.record.text == "Col one\tcol two \x07 end."


def test_a_csv_row_with_undecodable_bytes_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes(b"id,text\n1,caf\xe9 au lait\n2,Fine text.\n")
    items = read(path)
    assert items[0].error == "row is not valid UTF-8 (undecodable bytes)" and items[1].ok


def test_ids_that_are_no_valid_unicode_become_errors_with_the_source_as_id(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "ids.jsonl", ['{"id": "a\\ud800", "text": "Fine text."}'])
    [item] = read(path)
    assert item.id == f"{path}:1" and "not valid Unicode" in item.error


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"id": ["a"]}, "'id' is a list, not a string or number"),
        ({"id": True}, "'id' is a bool, not a string or number"),
        ({"url": 5}, "'url' is a int, not a string"),
        ({"url": {"href": "x"}}, "'url' is a dict, not a string"),
    ],
)
def test_ids_and_urls_of_the_wrong_type_are_errors(tmp_path: Path, fields: dict, message: str) -> None:
    path = write_lines(tmp_path / "a.jsonl", [json.dumps({"text": "Fine text.", **fields})])
    [item] = read(path)
    assert item.error == message
    assert read(write_lines(tmp_path / "b.jsonl", [json.dumps({"text": "Fine.", "id": 1.5})]))[0].id == "1.5"
