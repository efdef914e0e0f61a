"""Text cleaning before spaCy: characters that carry no words become spaces, so offsets never move."""

import unicodedata

import pytest

from quotex.textnorm import clean_text, has_surrogates, hostile_prefix, is_hostile, without_surrogates

HOSTILE = [
    "\ud800",  # lone high surrogate
    "\udcff",  # lone low surrogate (surrogateescape of byte 0xff)
    "\u200b",  # zero-width space
    "\u200d",  # zero-width joiner
    "\u200e",  # left-to-right mark
    "\u202e",  # right-to-left override
    "\u2066",  # left-to-right isolate
    "\ufeff",  # byte-order mark
    "\u00ad",  # soft hyphen
    "\x00",
    "\x07",
    "\x1b",
    "\x7f",
]
KEPT = ["\t", "\n", "\r", " ", "é", "\u0301", "ש", "🙂", "“", "'", "\ufffd"]


@pytest.mark.parametrize("char", HOSTILE)
def test_hostile_characters_become_one_space_each(char: str) -> None:
    text = f'He said "we{char}won," she{char}{char} said.'
    cleaned = clean_text(text)
    assert len(cleaned) == len(text)
    assert cleaned == text.replace(char, " ")
    assert is_hostile(char)


@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\x85", "\x0b", "\x0c"])
def test_other_line_breaks_become_line_feeds(char: str) -> None:
    assert clean_text(f"One.{char}Two.") == "One.\nTwo."


@pytest.mark.parametrize("char", KEPT)
def test_other_characters_are_kept(char: str) -> None:
    assert not is_hostile(char)
    assert clean_text(f"a{char}b") == f"a{char}b"


def test_every_format_and_control_character_of_this_python_is_hostile() -> None:
    for code in range(0x110000):
        char = chr(code)
        category = unicodedata.category(char)
        if category in ("Cf", "Cs") or (category == "Cc" and char not in "\t\n\r"):
            assert is_hostile(char), hex(code)


def test_clean_text_returns_the_same_object_when_there_is_nothing_to_do() -> None:
    text = "A plain text, with “curly” marks and é."
    assert clean_text(text) is text
    assert clean_text("ascii only\r\n") == "ascii only\r\n"


def test_surrogates_are_found_and_replaced_for_display() -> None:
    assert has_surrogates("x\ud800") and not has_surrogates("x🙂")
    assert without_surrogates("dir/caf\udce9.txt") == "dir/caf\ufffd.txt"


def test_hostile_prefix_counts_leading_characters_only() -> None:
    assert hostile_prefix("\ufeff\u200bNews") == 2
    assert hostile_prefix("News\ufeff") == 0
    assert hostile_prefix(" \ufeffNews") == 0  # plain white space is the text's own
