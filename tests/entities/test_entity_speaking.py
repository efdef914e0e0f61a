"""Names that speak become entities: subjects of speech verbs and objects of "according to"."""

import pytest

from quotex.entities import refine_entities
from quotex.entities.speaking import given_names


def ents_of(doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in refine_entities(doc)]


def said(subject: list[tuple[str, str, str]], verb: str = "said", lemma: str = "say") -> list:
    """Tokens of '<subject> <verb> it was late .'; subject words are (word, pos, dep), last = head."""
    n = len(subject)
    tokens = [(w, pos, dep, n - 1 if i < n - 1 else n, w) for i, (w, pos, dep) in enumerate(subject)]
    tokens[-1] = (*tokens[-1][:2], "nsubj", n, tokens[-1][4])
    return [
        *tokens,
        (verb, "VERB", "ROOT", n, lemma),
        ("it", "PRON", "nsubj", n + 2, "it"),
        ("was", "AUX", "ccomp", n, "be"),
        ("late", "ADJ", "acomp", n + 2, "late"),
        (".", "PUNCT", "punct", n, "."),
    ]


def test_a_speaking_name_with_an_organization_head_word_becomes_an_organization(make_parsed):
    doc = make_parsed(said([("Safeguard", "PROPN", "compound"), ("Defenders", "PROPN", "nsubj")]))
    assert ents_of(doc) == [("Safeguard Defenders", "ORG")]


def test_a_speaking_acronym_becomes_an_organization(make_parsed):
    doc = make_parsed(said([("COSCO", "NOUN", "compound"), ("Shipping", "PROPN", "nsubj")], "warned", "warn"))
    assert ents_of(doc) == [("COSCO Shipping", "ORG")]


def test_a_speaking_two_word_name_becomes_a_person(make_parsed):
    doc = make_parsed(said([("Marta", "PROPN", "compound"), ("Kowalczyk", "PROPN", "nsubj")], "told", "tell"))
    assert ents_of(doc) == [("Marta Kowalczyk", "PERSON")]


def test_a_title_before_a_speaking_person_is_left_out(make_parsed):
    doc = make_parsed(
        said([("Mayor", "PROPN", "compound"), ("Ana", "PROPN", "compound"), ("Ruiz", "PROPN", "nsubj")])
    )
    assert ents_of(doc) == [("Ana Ruiz", "PERSON")]


def test_the_object_of_according_to_becomes_an_entity(make_parsed):
    tokens = [
        ("According", "VERB", "prep", 7, "accord"),
        ("to", "ADP", "prep", 0, "to"),
        ("Harbor", "PROPN", "compound", 4, "Harbor"),
        ("Research", "PROPN", "compound", 4, "Research"),
        ("Collective", "PROPN", "pobj", 1, "Collective"),
        (",", "PUNCT", "punct", 7, ","),
        ("money", "NOUN", "nsubj", 7, "money"),
        ("fell", "VERB", "ROOT", 7, "fall"),
        (".", "PUNCT", "punct", 7, "."),
    ]
    assert ents_of(make_parsed(tokens)) == [("Harbor Research Collective", "ORG")]


def test_an_organization_named_as_a_person_is_relabelled_when_it_speaks(make_parsed):
    doc = make_parsed(
        said([("Clearwater", "PROPN", "compound"), ("Watch", "PROPN", "nsubj")]), [(0, 2, "PERSON")]
    )
    assert ents_of(doc) == [("Clearwater Watch", "ORG")]


def test_a_partial_organization_name_is_widened(make_parsed):
    subject = [("Open", "PROPN", "compound"), ("Borders", "PROPN", "compound"), ("Forum", "PROPN", "nsubj")]
    doc = make_parsed(said(subject), [(1, 3, "ORG")])
    assert ents_of(doc) == [("Open Borders Forum", "ORG")]


def test_a_person_with_an_organization_word_in_the_title_stays_a_person(make_parsed):
    subject = [
        ("Police", "PROPN", "compound"),
        ("Chief", "PROPN", "compound"),
        ("Ana", "PROPN", "compound"),
        ("Ruiz", "PROPN", "nsubj"),
    ]
    doc = make_parsed(said(subject), [(2, 4, "PERSON")])
    assert ents_of(doc) == [("Ana Ruiz", "PERSON")]


@pytest.mark.skipif("elena" not in given_names(), reason="models/first_names.txt lacks the name")
def test_a_speaking_person_named_as_an_organization_is_relabelled(make_parsed):
    doc = make_parsed(said([("Elena", "PROPN", "compound"), ("Petrova", "PROPN", "nsubj")]), [(0, 2, "ORG")])
    assert ents_of(doc) == [("Elena Petrova", "PERSON")]


def test_an_organization_that_speaks_keeps_its_label(make_parsed):
    doc = make_parsed(said([("Bright", "PROPN", "compound"), ("Harvest", "PROPN", "nsubj")]), [(0, 2, "ORG")])
    assert ents_of(doc) == [("Bright Harvest", "ORG")]


def test_names_that_do_not_speak_get_no_entity(make_parsed):
    doc = make_parsed(
        said([("Safeguard", "PROPN", "compound"), ("Defenders", "PROPN", "nsubj")], "opened", "open")
    )
    assert ents_of(doc) == []


def test_common_nouns_that_speak_get_no_entity(make_parsed):
    doc = make_parsed(said([("The", "DET", "det"), ("committee", "NOUN", "nsubj")]))
    assert ents_of(doc) == []
    doc = make_parsed(said([("Local", "ADJ", "amod"), ("Officials", "NOUN", "nsubj")]))
    assert ents_of(doc) == []


def test_a_lone_unknown_speaking_word_gets_no_entity(make_parsed):
    doc = make_parsed(said([("Kestrel", "PROPN", "nsubj")]))
    assert ents_of(doc) == []


def test_a_lone_speaking_word_known_elsewhere_takes_that_label(make_parsed):
    tokens = said([("Kestrel", "PROPN", "nsubj")])
    n = len(tokens)
    tokens += [
        ("Kestrel", "PROPN", "nsubj", n + 1, "Kestrel"),
        ("grew", "VERB", "ROOT", n + 1, "grow"),
        (".", "PUNCT", "punct", n + 1, "."),
    ]
    doc = make_parsed(tokens, [(n, n + 1, "ORG")])
    assert ents_of(doc) == [("Kestrel", "ORG"), ("Kestrel", "ORG")]
