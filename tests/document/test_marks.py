"""The quote scanner: which stretches of raw text are direct quotations, from the marks alone."""

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotex.document.marks import QuoteSegment, find_quote_segments, quote_pieces, quote_text, quote_words


def quoted(text: str) -> list[str]:
    """The text of each segment found, marks included."""
    return [text[s.start : s.end] for s in find_quote_segments(text)]


def words(text: str) -> list[str]:
    """The quoted words of each segment found, outer marks removed."""
    return [quote_text(text, s) for s in find_quote_segments(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“The ferry will run again in May,” the mayor said.", "“The ferry will run again in May,”"),
        ('"The ferry will run again in May," the mayor said.', '"The ferry will run again in May,"'),
        ("‘The ferry will run again in May,’ the mayor said.", "‘The ferry will run again in May,’"),
        ("'The ferry will run again in May,' the mayor said.", "'The ferry will run again in May,'"),
        ("``The ferry will run again in May,'' the mayor said.", "``The ferry will run again in May,''"),
        ("''The ferry will run again in May,'' the mayor said.", "''The ferry will run again in May,''"),
        ("The mayor said: “The ferry will run again in May.”", "“The ferry will run again in May.”"),
    ],
    ids=[
        "curly-double",
        "straight-double",
        "curly-single",
        "straight-single",
        "nyt-backticks",
        "nyt-twice",
        "colon",
    ],
)
def test_each_mark_style_gives_one_quote(text: str, expected: str) -> None:
    assert quoted(text) == [expected]
    [said] = words(text)
    assert said.rstrip(",.") == "The ferry will run again in May"


def test_offsets_include_the_marks_and_words_exclude_them() -> None:
    text = 'Ms. Tran said "we are ready" on Monday.'
    [segment] = find_quote_segments(text)
    assert (segment.start, segment.end) == (14, 28)
    assert segment.closed
    start, end = quote_words(text, segment)
    assert text[start:end] == "we are ready"


def test_quotes_in_sequence_stay_separate() -> None:
    text = "“We waited,” she said. “Then we left.” He added, “Nobody came.”"
    assert words(text) == ["We waited,", "Then we left.", "Nobody came."]


@pytest.mark.parametrize(
    "text",
    [
        "“The inspector told us ‘close the east wing’ and then left,” the nurse said.",
        "\"The inspector told us 'close the east wing' and then left,\" the nurse said.",
        "“The inspector told us “close the east wing” and then left,” the nurse said.",
        '"The inspector told us "close the east wing" and then left," the nurse said.',
    ],
    ids=["curly-single-inside", "straight-single-inside", "curly-double-inside", "straight-double-inside"],
)
def test_nested_quote_stays_inside_one_outer_quote(text: str) -> None:
    [inner] = words(text)
    assert inner.startswith("The inspector told us")
    assert inner.endswith("and then left,")


def test_quote_reopened_on_next_paragraphs_is_one_quote() -> None:
    text = (
        "“The levee held for two days,” said Ana Ruiz, a volunteer.\n\n"
        "“Then the river rose again and we moved everyone to the school.\n\n"
        "“By Friday the gym was full,” she said.\n\n"
        "The county opened a second shelter."
    )
    segments = find_quote_segments(text)
    assert len(segments) == 2
    long_quote = segments[1]
    assert text[long_quote.start :].startswith("“Then the river rose")
    assert text[: long_quote.end].endswith("gym was full,”")
    assert quote_text(text, long_quote) == (
        "Then the river rose again and we moved everyone to the school.\n\nBy Friday the gym was full,"
    )


def test_transcript_turns_are_separate_quotes() -> None:
    text = (
        "Part of the interview follows.\n\n"
        "“HOLM: Was the vote fair? Many viewers said it was not.\n\n"
        "“ODUYA: I said what I said.\n\n"
        "“And I stand by it.\n\n"
        "“HOLM: Thank you, Senator.”"
    )
    assert words(text) == [
        "HOLM: Was the vote fair? Many viewers said it was not.",
        "ODUYA: I said what I said.\n\nAnd I stand by it.",
        "HOLM: Thank you, Senator.",
    ]


def test_a_reopened_paragraph_in_title_case_is_no_new_turn() -> None:
    text = "“First, we fix the roads.\n\n“Second: the schools,” she said."
    assert words(text) == ["First, we fix the roads.\n\nSecond: the schools,"]


def test_pieces_of_a_reopened_quote_are_exact_slices_per_paragraph() -> None:
    text = "“We start at dawn.\n\n“Bring boots,” the foreman said."
    (segment,) = find_quote_segments(text)
    assert [text[s:e] for s, e in quote_pieces(text, segment)] == ["We start at dawn.", "Bring boots,"]


def test_reopened_quote_across_blank_lines_with_spaces_is_still_one_quote() -> None:
    text = "“We start at dawn.\n  \n“Bring boots,” the foreman said."
    assert words(text) == ["We start at dawn.\n  \nBring boots,"]


def test_british_quote_reopened_on_next_paragraphs_is_one_quote() -> None:
    text = (
        "Ms. Osei recalled the first night:\n\n"
        "‘There were 400 people on camp beds. Nobody slept.\n\n"
        "‘By morning we had a second building,’ she said. ‘And a kitchen.’"
    )
    assert words(text) == [
        "There were 400 people on camp beds. Nobody slept.\n\nBy morning we had a second building,",
        "And a kitchen.",
    ]


def test_british_quote_reopened_but_never_closed_ends_at_its_last_paragraph() -> None:
    text = "‘We waited.\n\n‘Nobody came.\n\nThe shelter closed at noon."
    [segment] = find_quote_segments(text)
    assert not segment.closed
    assert text[segment.start : segment.end] == "‘We waited.\n\n‘Nobody came."


def test_unclosed_single_mark_not_reopened_is_no_quote() -> None:
    assert find_quote_segments("‘We waited all night.\n\nThe '90s were quieter.") == []


def test_closed_quote_then_new_paragraph_quote_are_two_quotes() -> None:
    text = "“We start at dawn,” he said.\n\n“Bring boots,” she said."
    assert words(text) == ["We start at dawn,", "Bring boots,"]


@pytest.mark.parametrize(
    "text",
    [
        "O'Brien's shop reopened.",
        "They played rock 'n' roll all night.",
        "It was the band of the '90s.",
        "Jones' car was towed.",
        "The nurses' union met, and the O'Neills' farm flooded.",
        "Tell 'em we're coming, 'cause it's late.",
        "'Tis the season, said nobody.",
        "The '60s and the '70s were louder than the 2000s' quiet years.",
    ],
)
def test_apostrophes_are_never_quotes(text: str) -> None:
    assert find_quote_segments(text) == []


def test_apostrophes_inside_a_real_quote_do_not_end_it() -> None:
    text = "“O'Brien's crew played rock 'n' roll in the '90s,” Jones' neighbour said."
    assert words(text) == ["O'Brien's crew played rock 'n' roll in the '90s,"]
    text = "‘We can’t wait,’ she said."
    assert words(text) == ["We can’t wait,"]


def test_single_quoted_words_after_apostrophes_are_still_found() -> None:
    text = "O'Brien's aide called it 'a disgrace' on Tuesday."
    assert quoted(text) == ["'a disgrace'"]


def test_unclosed_quote_ends_at_its_paragraph() -> None:
    text = "“We will not sign this contract, the union leader said.\n\nTalks resume on Monday, “if at all.”"
    segments = find_quote_segments(text)
    assert len(segments) == 2
    first, second = segments
    assert not first.closed
    assert text[first.start : first.end] == "“We will not sign this contract, the union leader said."
    assert quote_text(text, first) == "We will not sign this contract, the union leader said."
    assert second.closed
    assert text[second.start : second.end] == "“if at all.”"


def test_stray_mark_at_the_start_does_not_swallow_the_document() -> None:
    paragraph = "The council met on Tuesday and approved the budget."
    text = '"\n\n' + "\n\n".join([paragraph] * 50)
    segments = find_quote_segments(text)
    assert all(s.end <= text.index("\n") for s in segments)


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n\n", '"', "'", "“", "”", "``", "''", '"""', "“”“", "” backwards “", "'a", "a'", '\n"\n"\n'],
)
def test_degenerate_inputs_never_raise(text: str) -> None:
    for segment in find_quote_segments(text):
        assert 0 <= segment.start < segment.end <= len(text)
        quote_words(text, segment)
        quote_text(text, segment)


@pytest.mark.parametrize(
    "unit",
    [" 'word", '"', "“a ", "'' ", "x “a” 'b' ‘c ", " " * 3000 + "\n", "“a\n \n"],
    ids=["stray-singles", "straight-doubles", "unclosed-curly", "nyt", "mixed", "blank-lines", "reopened"],
)
def test_scanning_stays_linear_on_hostile_text(unit: str) -> None:
    text = unit * (200_000 // len(unit))
    began = time.perf_counter()
    find_quote_segments(text)
    assert time.perf_counter() - began < 5.0  # about 0.1 s when linear; minutes when quadratic


MARKS = ["“", "”", "‘", "’", '"', "'", "``", "''", "«", "»"]
PIECES = st.lists(
    st.sampled_from([*MARKS, "a", "word", "O'Brien", " ", " ", ",", ".", ":", "(", "\n", "\n\n", "\n \n"]),
    max_size=60,
)


def _paragraph_starts_with_mark(text: str, newline: int) -> bool:
    """True if the paragraph after the line break at ``newline`` opens with a quote mark."""
    rest = text[newline:].lstrip()
    return bool(rest) and rest[0] in "“”\"„«»`'‘"


@settings(max_examples=300, deadline=None)
@given(PIECES)
def test_any_text_gives_ordered_segments_within_paragraphs(pieces: list[str]) -> None:
    text = "".join(pieces)
    segments = find_quote_segments(text)
    previous_end = 0
    for segment in segments:
        assert isinstance(segment, QuoteSegment)
        assert previous_end <= segment.start < segment.end <= len(text)
        assert text[segment.start] in "“”‘’\"'`«»„"
        previous_end = segment.end
        start, end = quote_words(text, segment)
        assert segment.start <= start <= end <= segment.end
        # a segment only continues past a line break into a paragraph that reopens with a mark
        for newline in (m.start() for m in re.finditer("\n", text[segment.start : segment.end])):
            assert _paragraph_starts_with_mark(text, segment.start + newline)


def test_attribute_values_of_markup_are_no_quotes() -> None:
    text = (
        'The mayor posted: <post post-id="8812" author="@citymayor">“Roads reopen at noon.”</post>\n\n'
        'Details are <a href="https://example.org/roads">on the city site</a>, "as promised."'
    )
    assert words(text) == ["Roads reopen at noon.", "as promised."]


def test_a_lone_angle_bracket_does_not_hide_quotes() -> None:
    text = 'Turnout was < 40 percent, "a disgrace," said Ivo Marr, and > 30 percent in May.'
    assert words(text) == ["a disgrace,"]
