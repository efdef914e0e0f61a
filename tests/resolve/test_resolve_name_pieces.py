"""Names that are names: headline fragments, owners, pairs, titles and opening verbs stay out of a name,
and a surname goes to the person, not to a building or a relative named after them."""

from collections.abc import Callable

from spacy.language import Language

from quotex.resolve import ArticleIndex
from quotex.resolve.names import name_pieces, singular_title

Resolve = Callable[..., tuple[str | None, str | None]]  # the ``resolve`` fixture of conftest.py


def test_title_case_headline_words_are_no_part_of_the_name(resolve: Resolve) -> None:
    text = (
        "Veteran Organizer Tomas Reyna Endorses Rail Yard Park\n\n"
        "The plan to turn the old rail yard into a park won a new backer on Sunday.\n\n"
        "“It is the best use of the land,” [[Reyna]] said at a rally."
    )
    assert resolve(text)[0] == "Tomas Reyna"


def test_the_fullest_form_may_come_from_the_headline(resolve: Resolve) -> None:
    text = (
        "Harbor Pilot Ingrid Solberg Warns Of Fog Season\n\n"
        "Ships entering the bay should slow down in October, Solberg told the port board.\n\n"
        "“Every year someone runs aground,” [[Solberg]] said."
    )
    assert resolve(text)[0] == "Ingrid Solberg"


def test_a_person_is_not_the_building_named_after_him(resolve: Resolve) -> None:
    text = (
        "Victor Kane made his money in shipping. In 1990 he opened the Kane Tower on the waterfront, and "
        "the Kane Tower still stands.\n\n"
        "“It was the tallest building in the city,” [[Mr. Kane]] said."
    )
    assert resolve(text)[0] == "Victor Kane"


def test_a_shared_surname_goes_to_the_relative_the_article_is_about(resolve: Resolve) -> None:
    text = (
        "Carla Mendes has farmed the valley since 1998. Mendes grows pears and apples, and Mendes sells "
        "them at the market in town. Her husband, Rui Mendes, drives the truck.\n\n"
        "“The frost took half the pears,” [[Mendes]] said."
    )
    assert resolve(text)[0] == "Carla Mendes"


def _pieces(nlp: Language, text: str, span: str, label: str | None, headline: bool = False) -> list[str]:
    doc = nlp(text)
    start = text.index(span)
    found = doc.char_span(start, start + len(span))
    assert found is not None
    return [" ".join(t.text for t in words) for words, _ in name_pieces(found, label, headline, frozenset())]


def test_an_owner_before_a_possessive_is_a_name_of_its_own(nlp: Language) -> None:
    text = "Riverside Radio's Dana Whitfield asked the minister about the delays."
    assert _pieces(nlp, text, "Riverside Radio's Dana Whitfield", "PERSON") == [
        "Riverside Radio",
        "Dana Whitfield",
    ]


def test_people_joined_by_and_are_two_names(nlp: Language) -> None:
    text = "Okafor and Lindqvist wrote to the agency on Tuesday."
    assert _pieces(nlp, text, "Okafor and Lindqvist", "PERSON") == ["Okafor", "Lindqvist"]
    text = "Hartley & Sons Hardware closed on Tuesday."
    assert _pieces(nlp, text, "Hartley & Sons Hardware", "ORG") == ["Hartley & Sons Hardware"]


def test_a_capitalized_speech_verb_opening_a_sentence_is_no_name(nlp: Language) -> None:
    text = "Rosa Harlan runs the shelter. Continued Harlan: “We turn people away every night.”"
    assert _pieces(nlp, text, "Continued Harlan", None) == ["Harlan"]
    assert _pieces(nlp, text, "Rosa Harlan", None) == ["Rosa Harlan"]


def test_plural_titles_are_titles() -> None:
    assert singular_title("Senators") == "senator"
    assert singular_title("Sens.") == "sen"
    assert singular_title("Ms.") == "ms"


def test_a_lower_case_verb_ends_a_name(nlp: Language) -> None:
    text = "The results were in. Okafor told Channel Nine that the count was fair."
    assert _pieces(nlp, text, "Okafor told Channel Nine", None) == ["Okafor", "Channel Nine"]


def test_curly_and_straight_apostrophes_spell_one_name(resolve: Resolve) -> None:
    text = (
        "Sean O’Brien, who chairs the harbor board, spoke on Monday.\n\n"
        "“The dredging starts in May,” said [[O'Brien]]."
    )
    assert resolve(text)[0] == "Sean O’Brien"


def test_a_headline_speaker_is_the_name_before_its_title_case_verb(resolve: Resolve) -> None:
    text = "[[Nora Vance Slams Lumen Corp]] Over Prices\n\nNora Vance spoke about Lumen Corp on Monday."
    assert resolve(text)[0] == "Nora Vance"


def test_a_mention_running_over_its_verb_is_the_name_before_the_verb(nlp: Language) -> None:
    doc = nlp("Nora Vance runs a tenants' group.\n\nIn March, Vance blasted Lumen Corp for its prices.")
    index = ArticleIndex(doc)
    start = next(t.i for t in doc if t.text == "In")
    found = index.named_before_verb(list(doc[start : len(doc) - 1]))
    assert found is not None and index.clusters[found].name == "Nora Vance"


def test_a_mention_without_a_verb_has_no_name_before_one(nlp: Language) -> None:
    doc = nlp("Nora Vance and Lumen Corp met on Monday.")
    assert ArticleIndex(doc).named_before_verb(list(doc[:5])) is None


def test_a_headline_keeps_the_surname_after_a_given_name(nlp: Language) -> None:
    doc = nlp("Ferry Sinks Near Harbor— Hillary Pemberton Says More Boats Needed\n\nThe ferry sank.")
    start = next(t.i for t in doc if t.text == "Hillary")
    pieces = name_pieces(doc[start : start + 2], "PERSON", True, frozenset())
    assert [" ".join(t.text for t in words) for words, _ in pieces] == ["Hillary Pemberton"]


def test_a_headline_verb_after_a_surname_that_is_also_a_given_name_is_no_name(nlp: Language) -> None:
    doc = nlp("Maria Warren Hammers Port Board Over Delays\n\nThe board met on Monday.")
    pieces = name_pieces(doc[0:3], "PERSON", True, frozenset())
    assert [" ".join(t.text for t in words) for words, _ in pieces] == ["Maria Warren"]
