"""Names as speakers: surnames, titles, possessives and acronyms become the article's full name."""

from collections.abc import Callable

Resolve = Callable[..., tuple[str | None, str | None]]  # the ``resolve`` fixture of conftest.py


def test_surname_gets_the_full_name(resolve: Resolve) -> None:
    text = (
        "Maria Santos, an engineer at the port authority, inspected the crane on Monday.\n\n"
        "“The cable was frayed,” [[Santos]] said."
    )
    assert resolve(text) == ("Maria Santos", "PERSON")


def test_title_is_stripped(resolve: Resolve) -> None:
    text = (
        "Dr. Priya Raman runs the fever clinic in Eastbrook.\n\n"
        "“We have seen forty cases this week,” [[Dr. Raman]] said."
    )
    assert resolve(text)[0] == "Priya Raman"


def test_role_word_inside_the_entity_is_stripped(resolve: Resolve) -> None:
    text = "Chef Marco Bellini opened his first restaurant at 23.\n\n“I had no money,” [[Bellini]] said."
    assert resolve(text)[0] == "Marco Bellini"


def test_possessive_is_stripped(resolve: Resolve) -> None:
    text = (
        "Lena Fischer leads the tenants' association.\n\n"
        "“Nobody answered our letters,” read [[Fischer's]] statement."
    )
    assert resolve(text)[0] == "Lena Fischer"


def test_title_gender_picks_between_people_with_one_surname(resolve: Resolve) -> None:
    text = (
        "Mrs. Doreen Walsh has lived on Cobb Street for sixty years. "
        "Her son, Kevin Walsh, wants her to move.\n\n"
        "“I was born in this house,” [[Mrs. Walsh]] said."
    )
    assert resolve(text)[0] == "Doreen Walsh"


def test_acronym_spelled_out_in_parentheses(resolve: Resolve) -> None:
    text = (
        "The Coastal Fisheries Agency (CFA) closed the cod season early on Friday.\n\n"
        "“Stocks have fallen below safe levels,” [[the CFA]] said."
    )
    assert resolve(text) == ("Coastal Fisheries Agency", "ORG")


def test_acronym_from_the_initials_of_a_name(resolve: Resolve) -> None:
    text = (
        "The European Central Bank raised interest rates again on Thursday.\n\n"
        "“Inflation remains too high,” [[the ECB]] said."
    )
    assert resolve(text)[0] == "European Central Bank"


def test_a_name_the_article_never_spells_out_is_kept(resolve: Resolve) -> None:
    text = "The bridge reopened on Sunday.\n\n“It feels like a new town,” said [[Okonkwo]]."
    assert resolve(text)[0] == "Okonkwo"


def test_longer_name_written_later_becomes_the_canonical_name(resolve: Resolve) -> None:
    text = (
        "Ruiz filed the charges on Thursday. Angela M. Ruiz has been district attorney since 2019.\n\n"
        "“We are still following the money,” [[Ruiz]] said."
    )
    assert resolve(text)[0] == "Angela M. Ruiz"


def test_organization_name_continues_after_of(resolve: Resolve) -> None:
    text = (
        "The Supreme Court of Norland ruled on Friday that the election must be rerun.\n\n"
        "“The irregularities were too large to ignore,” [[the court]] said."
    )
    assert resolve(text) == ("Supreme Court of Norland", "ORG")
