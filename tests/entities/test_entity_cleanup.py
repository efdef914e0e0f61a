"""Junk dropped, "the" and titles trimmed, currency kept in MONEY: the span-level repairs."""

from quotex.entities import refine_entities


def ents_of(doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in refine_entities(doc)]


def test_the_is_kept_out_of_organization_names(make_doc):
    doc = make_doc(["The", "Ministry", "of", "Health", "reported", "cases", "."], [(0, 4, "ORG")])
    assert ents_of(doc) == [("Ministry of Health", "ORG")]


def test_the_is_kept_out_of_place_and_group_names(make_doc):
    words = ["Boats", "crossed", "the", "Mediterranean", "to", "the", "Netherlands", "."]
    doc = make_doc(words, [(2, 4, "LOC"), (5, 7, "GPE")])
    assert ents_of(doc) == [("Mediterranean", "LOC"), ("Netherlands", "GPE")]


def test_the_stays_in_dates_and_numbers(make_doc):
    words = ["Prices", "rose", "in", "the", "1990s", "and", "the", "first", "quarter", "."]
    doc = make_doc(words, [(3, 5, "DATE"), (6, 9, "DATE")])
    assert ents_of(doc) == [("the 1990s", "DATE"), ("the first quarter", "DATE")]


def test_the_hague_keeps_its_article(make_doc):
    doc = make_doc(["Judges", "in", "The", "Hague", "ruled", "."], [(2, 4, "GPE")])
    assert ents_of(doc) == [("The Hague", "GPE")]


def test_a_lone_the_is_not_trimmed_to_nothing(make_doc):
    doc = make_doc(["The", "Times", "reported", "it", "."], [(1, 2, "ORG")])
    assert ents_of(doc) == [("Times", "ORG")]


def test_titles_are_kept_out_of_person_names(make_doc):
    doc = make_doc(
        ["Mayor", "Tomas", "Reyes", "and", "Dr.", "Ana", "Ruiz", "spoke", "."],
        [(0, 3, "PERSON"), (4, 7, "PERSON")],
    )
    assert ents_of(doc) == [("Tomas Reyes", "PERSON"), ("Ana Ruiz", "PERSON")]


def test_a_surname_that_is_also_a_title_stays(make_doc):
    doc = make_doc(["King", "said", "no", "."], [(0, 1, "PERSON")])
    assert ents_of(doc) == [("King", "PERSON")]


def test_contractions_and_clitics_are_dropped(make_doc):
    words = ["We", "do", "n't", "know", "if", "it", "'s", "late", "or", "we", "'ll", "wait", "."]
    doc = make_doc(words, [(2, 3, "GPE"), (6, 7, "ORG"), (10, 11, "PERSON")])
    assert ents_of(doc) == []


def test_punctuation_is_dropped_and_trimmed(make_doc):
    words = ['"', "Yes", ",", '"', "said", "Ana", "Ruiz", ",", "a", "nurse", "."]
    doc = make_doc(words, [(0, 1, "PERSON"), (5, 8, "PERSON")])
    assert ents_of(doc) == [("Ana Ruiz", "PERSON")]


def test_possessive_is_kept_out_of_names(make_doc):
    doc = make_doc(["Lisbon", "'s", "metro", "grew", "."], [(0, 2, "GPE")])
    assert ents_of(doc) == [("Lisbon", "GPE")]


def test_lowercase_words_labelled_as_names_are_dropped(make_doc):
    doc = make_doc(
        ["Voters", "in", "the", "canton", "said", "no", "to", "Bern", "."], [(3, 4, "GPE"), (7, 8, "GPE")]
    )
    assert ents_of(doc) == [("Bern", "GPE")]


def test_lowercase_names_survive_in_text_written_all_in_lowercase(make_doc):
    doc = make_doc(["we", "flew", "to", "paris", "today"], [(3, 4, "GPE")])
    assert ents_of(doc) == [("paris", "GPE")]


def test_currency_sign_is_kept_in_money(make_doc):
    words = ["Workers", "earn", "$", "17", "an", "hour", "and", "€", "2.3bn", "in", "total", "."]
    spaces = [True, True, False, True, True, True, True, False, True, True, False, False]
    doc = make_doc(words, [(3, 4, "MONEY"), (8, 9, "CARDINAL")], spaces=spaces)
    assert ents_of(doc) == [("$17", "MONEY"), ("€2.3bn", "MONEY")]


def test_currency_noun_after_a_number_makes_money(make_doc):
    doc = make_doc(["It", "paid", "18", "million", "reais", "."], [(2, 4, "CARDINAL")])
    assert ents_of(doc) == [("18 million reais", "MONEY")]


def test_weight_in_pounds_is_not_money(make_doc):
    doc = make_doc(["They", "seized", "300", "pounds", "of", "coffee", "."], [(2, 4, "QUANTITY")])
    assert ents_of(doc) == [("300 pounds", "QUANTITY")]


def test_percent_sign_and_minus_stay_in_numbers(make_doc):
    words = ["Sales", "fell", "-", "4", "%", "."]
    spaces = [True, True, False, False, False, False]
    doc = make_doc(words, [(2, 5, "PERCENT")], spaces=spaces)
    assert ents_of(doc) == [("-4%", "PERCENT")]


def test_an_amount_labelled_as_a_person_becomes_money(make_doc):
    doc = make_doc(
        ["Ksh", "2", "billion", "went", "missing", "in", "Ward", "7", "."], [(0, 3, "PERSON"), (6, 8, "GPE")]
    )
    assert ents_of(doc) == [("Ksh 2 billion", "MONEY")]


def test_organization_names_with_numbers_stay(make_doc):
    doc = make_doc(["Shares", "in", "3M", "rose", "."], [(2, 3, "ORG")])
    assert ents_of(doc) == [("3M", "ORG")]


def test_clean_entities_are_left_as_they_are(make_doc):
    words = [
        "Ana",
        "Ruiz",
        "flew",
        "from",
        "Lima",
        "to",
        "Quito",
        "on",
        "Monday",
        "with",
        "two",
        "colleagues",
        ".",
    ]
    ents = [(0, 2, "PERSON"), (4, 5, "GPE"), (6, 7, "GPE"), (8, 9, "DATE"), (10, 11, "CARDINAL")]
    doc = make_doc(words, ents)
    assert ents_of(doc) == [(e.text, e.label_) for e in doc.ents]


def test_a_title_and_a_given_name_make_a_person_whatever_the_label(make_doc):
    doc = make_doc(["Mayor", "Ana", "Lopez", "said", "so", "."], [(0, 3, "WORK_OF_ART")])
    assert ents_of(doc) == [("Ana Lopez", "PERSON")]
    doc = make_doc(["Mayor", "Street", "Market", "opened", "."], [(0, 3, "FAC")])
    assert ents_of(doc) == [("Mayor Street Market", "FAC")]
