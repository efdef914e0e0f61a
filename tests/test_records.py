"""The checks at the API boundary: each bad argument gets an InvalidInputError that names it."""

import datetime as dt

import pytest

from quotex.errors import InvalidInputError
from quotex.records import Record, check_count, check_error_mode, make_record, parse_published, to_record


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-14", dt.date(2024, 3, 14)),
        ("  2024-03-14\n", dt.date(2024, 3, 14)),
        ("2024-03-14T10:00:00Z", dt.date(2024, 3, 14)),
        ("2024-03-14 23:59", dt.date(2024, 3, 14)),
        ("2024-03-14T10:00:00.123456789+05:30", dt.date(2024, 3, 14)),
        ("2024-03-14T10:00:00-0500", dt.date(2024, 3, 14)),
        ("", None),
        (None, None),
        (dt.datetime(2024, 3, 14, 8, 0), dt.date(2024, 3, 14)),
    ],
)
def test_published_iso_forms_are_read_whole(value: object, expected: dt.date | None) -> None:
    assert parse_published(value) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "value",
    ["2024-03-14 not a date at all", "2024-03-14T10:00:00Z and more", "2024-02-30", "March 2024", "2024"],
)
def test_published_with_anything_else_is_refused(value: str) -> None:
    with pytest.raises(InvalidInputError, match="published: cannot read") as info:
        parse_published(value)
    assert info.value.argument == "published"
    assert repr(value) in str(info.value)


@pytest.mark.parametrize(
    ("value", "message"), [(0, "at least 1"), (-1, "at least 1"), (2.0, "an int"), (True, "an int")]
)
def test_counts_must_be_positive_ints(value: object, message: str) -> None:
    with pytest.raises(InvalidInputError, match=f"batch_size must be {message}"):
        check_count(value, "batch_size")


def test_error_mode_is_one_of_three() -> None:
    assert [check_error_mode(m) for m in ("raise", "skip", "record")] == ["raise", "skip", "record"]
    with pytest.raises(InvalidInputError, match="errors must be one of 'raise', 'skip', 'record'"):
        check_error_mode("ignore")


def test_ids_and_urls() -> None:
    assert make_record("x", id=5).id == "5"
    assert make_record("x", id="a-1", url="https://x.test/1") == Record("x", "a-1", None, "https://x.test/1")
    for kwargs, argument in (
        ({"id": 5.0}, "id"),
        ({"id": ["a"]}, "id"),
        ({"id": "a\ud800"}, "id"),
        ({"url": 5}, "url"),
        ({"url": b"https://x.test"}, "url"),
    ):
        with pytest.raises(InvalidInputError, match=f"^{argument} ") as info:
            make_record("x", **kwargs)
        assert info.value.argument == argument


def test_text_must_be_a_str_and_bytes_get_a_hint() -> None:
    with pytest.raises(InvalidInputError, match=r"text must be a str, not bytes; decode bytes first"):
        make_record(b"caf\xc3\xa9")


def test_stream_items_are_strs_mappings_or_records() -> None:
    assert to_record("plain") == Record("plain")
    assert to_record({"text": "t", "id": 3, "published": "2024-01-02"}) == Record(
        "t", "3", dt.date(2024, 1, 2)
    )
    with pytest.raises(InvalidInputError, match="needs a 'text'"):
        to_record({"body": "t"})
    with pytest.raises(InvalidInputError, match="a record must be a str or a dict"):
        to_record(3.5)  # type: ignore[arg-type]


def test_errors_located_in_a_stream_keep_their_reason() -> None:
    error = InvalidInputError("text must be a str, not int", "text").at(7, "b-7")
    assert str(error) == "record 7 (id 'b-7'): text must be a str, not int"
    assert (error.reason, error.argument, error.position, error.record_id) == (
        "text must be a str, not int", "text", 7, "b-7"
    )  # fmt: skip
