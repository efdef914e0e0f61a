"""The resolver's memory of who spoke last: distinct clusters, most recent last, bounded."""

from quotex.resolve import MAX_RECENT_SPEAKERS, remember_speaker


def test_a_repeated_speaker_moves_to_the_end_once():
    recent: list[int] = []
    for cluster in (3, 5, 3):
        remember_speaker(recent, cluster)
    assert recent == [5, 3]


def test_an_unresolved_speaker_is_not_remembered():
    recent = [2]
    remember_speaker(recent, None)
    assert recent == [2]


def test_only_the_latest_speakers_are_kept():
    recent: list[int] = []
    for cluster in range(MAX_RECENT_SPEAKERS + 5):
        remember_speaker(recent, cluster)
    assert recent == list(range(5, MAX_RECENT_SPEAKERS + 5))
