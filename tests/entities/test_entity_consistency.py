"""One label for one name across an article, repeats of known names, places coordinated with places."""

from quotex.entities import refine_entities


def ents_of(doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in refine_entities(doc)]


def test_an_organization_head_word_settles_a_split_label(make_doc):
    words = ["Clearwater", "Watch", "sued", ".", "Later", "Clearwater", "Watch", "won", "."]
    doc = make_doc(words, [(0, 2, "PERSON"), (5, 7, "ORG")])
    assert ents_of(doc) == [("Clearwater Watch", "ORG"), ("Clearwater Watch", "ORG")]


def test_the_majority_label_wins(make_doc):
    words = ["Kestrel", "grew", ".", "Kestrel", "hired", ".", "Kestrel", "sold", "."]
    doc = make_doc(words, [(0, 1, "ORG"), (3, 4, "PERSON"), (6, 7, "ORG")])
    assert ents_of(doc) == [("Kestrel", "ORG")] * 3


def test_a_tie_without_evidence_is_left_alone(make_doc):
    words = ["Kestrel", "grew", ".", "Kestrel", "hired", "."]
    doc = make_doc(words, [(0, 1, "ORG"), (3, 4, "PERSON")])
    assert ents_of(doc) == [("Kestrel", "ORG"), ("Kestrel", "PERSON")]


def test_the_surname_of_a_named_person_is_that_person(make_doc):
    words = ["Tomas", "Reyes", "spoke", ".", "Reyes", "left", "."]
    doc = make_doc(words, [(0, 2, "PERSON"), (4, 5, "ORG")])
    assert ents_of(doc) == [("Tomas Reyes", "PERSON"), ("Reyes", "PERSON")]


def test_a_transcript_label_in_capitals_is_the_person_named_in_full(make_doc):
    words = ["Peter", "Holm", "asked", ".", "HOLM", ":", "Why", "?", "DUNMORE", ":", "Rain", "."]
    doc = make_doc(words, [(0, 2, "PERSON"), (4, 5, "WORK_OF_ART"), (8, 9, "GPE")])
    assert ents_of(doc) == [("Peter Holm", "PERSON"), ("HOLM", "PERSON"), ("DUNMORE", "GPE")]


def test_a_dateline_in_capitals_stays_a_place(make_doc):
    words = ["JACKSON", ",", "Miss", ".", "Andrew", "Jackson", "is", "back", "."]
    doc = make_doc(words, [(0, 1, "GPE"), (4, 6, "PERSON")])
    assert ents_of(doc) == [("JACKSON", "GPE"), ("Andrew Jackson", "PERSON")]


def test_a_place_is_not_turned_into_a_person_by_a_single_surname_match(make_doc):
    words = ["Jack", "London", "wrote", ".", "London", "and", "Paris", "voted", "."]
    doc = make_doc(words, [(0, 2, "PERSON"), (4, 5, "GPE"), (6, 7, "GPE")])
    assert ents_of(doc) == [("Jack London", "PERSON"), ("London", "GPE"), ("Paris", "GPE")]


def test_a_missed_repeat_of_a_known_name_is_added(make_doc):
    words = ["Safeguard", "Defenders", "spoke", ".", "Then", "Safeguard", "Defenders", "published", "it", "."]
    doc = make_doc(words, [(0, 2, "ORG")])
    assert ents_of(doc) == [("Safeguard Defenders", "ORG"), ("Safeguard Defenders", "ORG")]


def test_a_missed_surname_of_a_known_person_is_added(make_doc):
    words = ["Kenji", "Watanabe", "coached", ".", "Then", "Watanabe", "praised", "Sato", "."]
    doc = make_doc(words, [(0, 2, "PERSON"), (7, 8, "PERSON")])
    assert ents_of(doc) == [("Kenji Watanabe", "PERSON"), ("Watanabe", "PERSON"), ("Sato", "PERSON")]


def test_repeats_inside_a_longer_name_or_in_lowercase_are_not_added(make_doc):
    words = ["Atlas", "grew", ".", "The", "Atlas", "Fund", "and", "an", "atlas", "sold", "."]
    doc = make_doc(words, [(0, 1, "ORG")])
    doc[5].pos_ = "PROPN"
    assert ents_of(doc) == [("Atlas", "ORG")]


def test_repeats_overlapping_other_entities_are_not_added(make_doc):
    words = ["Kenya", "voted", ".", "Kenya", "Airways", "flew", "."]
    doc = make_doc(words, [(0, 1, "GPE"), (3, 5, "ORG")])
    assert ents_of(doc) == [("Kenya", "GPE"), ("Kenya Airways", "ORG")]


def test_nothing_changes_without_repeats_or_conflicts(make_doc):
    words = ["Ana", "Ruiz", "of", "Acme", "Corp", "met", "Li", "Wei", "in", "Quito", "."]
    ents = [(0, 2, "PERSON"), (3, 5, "ORG"), (6, 8, "PERSON"), (9, 10, "GPE")]
    doc = make_doc(words, ents)
    assert ents_of(doc) == [(e.text, e.label_) for e in doc.ents]


def test_a_name_coordinated_with_a_place_is_a_place(make_parsed):
    tokens = [
        ("Floods", "NOUN", "nsubj", 1, "flood"),
        ("hit", "VERB", "ROOT", 1, "hit"),
        ("Galway", "PROPN", "dobj", 1, "Galway"),
        ("and", "CCONJ", "cc", 2, "and"),
        ("Mayo", "PROPN", "conj", 2, "Mayo"),
        (".", "PUNCT", "punct", 1, "."),
    ]
    doc = make_parsed(tokens, [(2, 3, "GPE"), (4, 5, "ORG")])
    assert ents_of(doc) == [("Galway", "GPE"), ("Mayo", "GPE")]


def test_an_acronym_coordinated_with_a_place_stays_an_organization(make_parsed):
    tokens = [
        ("NATO", "PROPN", "nsubj", 3, "NATO"),
        ("and", "CCONJ", "cc", 0, "and"),
        ("Norway", "PROPN", "conj", 0, "Norway"),
        ("met", "VERB", "ROOT", 3, "meet"),
        (".", "PUNCT", "punct", 3, "."),
    ]
    doc = make_parsed(tokens, [(0, 1, "ORG"), (2, 3, "GPE")])
    assert ents_of(doc) == [("NATO", "ORG"), ("Norway", "GPE")]


def test_a_known_surname_coordinated_with_a_place_stays_a_person(make_parsed):
    tokens = [
        ("Ana", "PROPN", "compound", 1, "Ana"),
        ("Ruiz", "PROPN", "nsubj", 2, "Ruiz"),
        ("spoke", "VERB", "ROOT", 2, "speak"),
        (".", "PUNCT", "punct", 2, "."),
        ("Ruiz", "PROPN", "nsubj", 7, "Ruiz"),
        ("and", "CCONJ", "cc", 4, "and"),
        ("Peru", "PROPN", "conj", 4, "Peru"),
        ("agreed", "VERB", "ROOT", 7, "agree"),
        (".", "PUNCT", "punct", 7, "."),
    ]
    doc = make_parsed(tokens, [(0, 2, "PERSON"), (4, 5, "PERSON"), (6, 7, "GPE")])
    assert ents_of(doc) == [("Ana Ruiz", "PERSON"), ("Ruiz", "PERSON"), ("Peru", "GPE")]


def test_a_surname_in_a_dateline_stays_out_of_the_person_whatever_its_label(make_doc):
    words = ["JACKSON", ",", "Miss", ".", "-", "Andrew", "Jackson", "is", "back", "."]
    spaces = [False, True, False, True, True, True, True, True, False, False]
    doc = make_doc(words, [(0, 1, "ORG"), (5, 7, "PERSON")], spaces)
    assert ents_of(doc)[0] == ("JACKSON", "ORG")


def test_a_name_ending_in_an_organization_word_is_no_person(make_doc):
    words = ["A", "report", "by", "Harbor", "Defenders", "and", "Maria", "Bank", "."]
    doc = make_doc(words, [(3, 5, "PERSON"), (6, 8, "PERSON")])
    assert ents_of(doc) == [("Harbor Defenders", "ORG"), ("Maria Bank", "PERSON")]
