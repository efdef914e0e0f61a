"""A name set beside a common noun takes the kind that noun names."""

from quotex.entities.appositions import relabel_by_apposition

# "The watchdog , Harbor Watch , said ." with "Harbor Watch" in apposition to "watchdog"
WATCHDOG = [
    ("The", "DET", "det", 1, "the"),
    ("watchdog", "NOUN", "nsubj", 6, "watchdog"),
    (",", "PUNCT", "punct", 1, ","),
    ("Harbor", "PROPN", "compound", 4, "Harbor"),
    ("Watch", "PROPN", "appos", 1, "Watch"),
    (",", "PUNCT", "punct", 1, ","),
    ("said", "VERB", "ROOT", 6, "say"),
    (".", "PUNCT", "punct", 6, "."),
]

# "Lena Park , the spokeswoman , declined ." with "spokeswoman" in apposition to the name
SPOKESWOMAN = [
    ("Lena", "PROPN", "compound", 1, "Lena"),
    ("Park", "PROPN", "nsubj", 6, "Park"),
    (",", "PUNCT", "punct", 1, ","),
    ("the", "DET", "det", 4, "the"),
    ("spokeswoman", "NOUN", "appos", 1, "spokeswoman"),
    (",", "PUNCT", "punct", 1, ","),
    ("declined", "VERB", "ROOT", 6, "decline"),
    (".", "PUNCT", "punct", 6, "."),
]

# "Cork , the city , voted ." : a place described by a place noun stays a place
CITY = [
    ("Cork", "PROPN", "nsubj", 4, "Cork"),
    (",", "PUNCT", "punct", 0, ","),
    ("the", "DET", "det", 3, "the"),
    ("city", "NOUN", "appos", 0, "city"),
    ("voted", "VERB", "ROOT", 4, "vote"),
    (".", "PUNCT", "punct", 4, "."),
]


def test_organization_noun_in_apposition_makes_an_org(make_parsed) -> None:
    doc = make_parsed(WATCHDOG, ents=[(3, 5, "PERSON")])
    [ent] = relabel_by_apposition(list(doc.ents))
    assert (ent.text, ent.label_) == ("Harbor Watch", "ORG")


def test_role_noun_in_apposition_makes_a_person(make_parsed) -> None:
    doc = make_parsed(SPOKESWOMAN, ents=[(0, 2, "ORG")])
    [ent] = relabel_by_apposition(list(doc.ents))
    assert (ent.text, ent.label_) == ("Lena Park", "PERSON")


def test_places_and_names_without_apposition_keep_their_label(make_parsed) -> None:
    doc = make_parsed(CITY, ents=[(0, 1, "GPE")])
    assert [e.label_ for e in relabel_by_apposition(list(doc.ents))] == ["GPE"]
    doc = make_parsed(WATCHDOG, ents=[(6, 7, "PERSON")])  # a (wrong) entity with no apposition
    assert [e.label_ for e in relabel_by_apposition(list(doc.ents))] == ["PERSON"]
