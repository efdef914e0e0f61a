"""Cutting a text at annotation boundaries: overlaps, nesting, clipping, empty marks."""

from quotex.views.segments import Mark, cut


def test_overlapping_marks_give_flat_segments_covering_the_text() -> None:
    quote, entity = Mark("quote", 0, 2, 10), Mark("entity", 0, 6, 14)
    segments = cut(16, [quote, entity])
    assert [(s.start, s.end) for s in segments] == [(0, 2), (2, 6), (6, 10), (10, 14), (14, 16)]
    assert [s.marks for s in segments] == [(), (quote,), (quote, entity), (entity,), ()]
    assert segments[1].opens == (quote,) and segments[2].closes == (quote,)
    assert segments[3].closes == (entity,)


def test_marks_at_the_same_place_are_all_kept() -> None:
    speaker_of_first, speaker_of_second = Mark("speaker", 0, 4, 7), Mark("speaker", 1, 4, 7)
    (before, middle, after) = cut(9, [speaker_of_first, speaker_of_second])
    assert middle.marks == (speaker_of_first, speaker_of_second)
    assert middle.closes == (speaker_of_first, speaker_of_second)
    assert before.marks == after.marks == ()


def test_marks_outside_the_text_are_clipped_and_empty_ones_dropped() -> None:
    segments = cut(5, [Mark("quote", 0, 3, 99), Mark("entity", 0, 2, 2), Mark("cue", 0, 7, 9)])
    assert [(s.start, s.end, len(s.marks)) for s in segments] == [(0, 3, 0), (3, 5, 1)]


def test_empty_text_gives_no_segments() -> None:
    assert cut(0, [Mark("quote", 0, 0, 3)]) == []
