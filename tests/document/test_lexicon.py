"""The lexicon's given-name genders: the hand-written list first, US birth records for full names only."""

from quotex.document.lexicon import birth_record_genders, first_name_genders, name_gender


def test_birth_records_reach_names_the_hand_list_lacks() -> None:
    assert "lavonne" not in first_name_genders()
    assert birth_record_genders()["lavonne"] == "f"
    assert name_gender(("lavonne", "abernathy")) == "f"
    assert name_gender(("thaddeus", "mwangi")) == "m"


def test_a_lone_word_takes_no_gender_from_birth_records() -> None:
    assert birth_record_genders().get("hope") == "f"  # a noun as often as a name
    assert name_gender(("hope",)) is None
    assert name_gender(()) is None


def test_the_hand_list_wins() -> None:
    for name, gender in list(first_name_genders().items())[:50]:
        assert name_gender((name, "smith")) == gender
        assert name_gender((name,)) == gender
