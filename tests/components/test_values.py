"""The quotex_values component: values on entity spans, on blank pipelines and on the real model."""

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from quotex.article import entities_from_doc
from quotex.schema import DateValue, NumberValue


def make_doc(
    blank: Language, words: list[str], ents: list[tuple[int, int, str]], published: str | None
) -> Doc:
    doc = Doc(blank.vocab, words=words)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    doc._.quotex_published = published
    return doc


def values(doc: Doc) -> dict[str, dict | None]:
    return {ent.text: ent._.quotex_value for ent in doc.ents}


def test_component_sets_date_and_number_values(blank: Language) -> None:
    blank.add_pipe("quotex_values")
    words = ["Police", "seized", "some", "300", "kilograms", "last", "week", "."]
    doc = blank(make_doc(blank, words, [(2, 5, "QUANTITY"), (5, 7, "DATE")], "2022-03-15"))
    found = values(doc)
    assert found["some 300 kilograms"] == {
        "kind": "number",
        "number": 300.0,
        "unit": "kilogram",
        "approximate": True,
    }
    assert found["last week"] == {"kind": "date", "start": "2022-03-07", "end": "2022-03-13", "grain": "week"}


def test_words_left_of_the_span_are_read(blank: Language) -> None:
    blank.add_pipe("quotex_values")
    words = ["an", "estimated", "230,000", "people", "and", "€", "2.3bn", "in", "aid"]
    doc = blank(make_doc(blank, words, [(2, 3, "CARDINAL"), (6, 7, "MONEY")], None))
    found = values(doc)
    assert found["230,000"]["approximate"] is True
    assert (found["2.3bn"]["number"], found["2.3bn"]["unit"]) == (2.3e9, "EUR")


def test_range_split_by_spacy_is_read_as_one(blank: Language) -> None:
    blank.add_pipe("quotex_values")
    words = ["from", "March", "to", "October", "2022", "prices", "rose"]
    doc = blank(make_doc(blank, words, [(1, 2, "DATE"), (3, 5, "DATE")], "2023-01-09"))
    found = values(doc)
    expected = {"kind": "date", "start": "2022-03-01", "end": "2022-10-31", "grain": "month"}
    assert found["March"] == expected and found["October 2022"] == expected


def test_two_dates_joined_by_and_without_between_stay_apart(blank: Language) -> None:
    blank.add_pipe("quotex_values")
    words = ["closed", "in", "2020", "and", "2021"]
    doc = blank(make_doc(blank, words, [(2, 3, "DATE"), (4, 5, "DATE")], "2023-01-09"))
    assert values(doc)["2020"]["end"] == "2020-12-31"
    assert values(doc)["2021"]["start"] == "2021-01-01"


def test_relative_dates_need_a_publication_date(blank: Language) -> None:
    blank.add_pipe("quotex_values")
    doc = blank(
        make_doc(blank, ["It", "rained", "yesterday", "in", "2021"], [(2, 3, "DATE"), (4, 5, "DATE")], None)
    )
    assert values(doc)["yesterday"] is None
    assert values(doc)["2021"]["grain"] == "year"


def test_other_labels_get_no_value(blank: Language) -> None:
    blank.add_pipe("quotex_values")
    doc = blank(make_doc(blank, ["Ana", "Silva", "spoke"], [(0, 2, "PERSON")], "2022-03-15"))
    assert values(doc) == {"Ana Silva": None}


def test_values_become_schema_models_and_survive_serialization(blank: Language) -> None:
    blank.add_pipe("quotex_values")
    words = ["Prices", "rose", "5", "%", "in", "May", "2021"]
    doc = blank(make_doc(blank, words, [(2, 4, "PERCENT"), (5, 7, "DATE")], "2022-03-15"))
    restored = Doc(blank.vocab).from_bytes(doc.to_bytes())
    entities = entities_from_doc(restored)
    assert isinstance(entities[0].value, NumberValue) and entities[0].value.unit == "percent"
    assert isinstance(entities[1].value, DateValue) and entities[1].value.grain == "month"


def test_unreadable_publication_date_counts_as_none(blank: Language) -> None:
    blank.add_pipe("quotex_values")
    doc = blank(make_doc(blank, ["on", "Friday", "in", "2021"], [(1, 2, "DATE"), (3, 4, "DATE")], "soon"))
    assert values(doc)["Friday"] is None
    assert values(doc)["2021"]["grain"] == "year"


@pytest.mark.parametrize(
    ("text", "expression", "expected_start"),
    [
        ("The health minister said on Tuesday that clinics would reopen.", "Tuesday", "2022-03-15"),
        ("The senate will vote on Friday on the budget.", "Friday", "2022-03-18"),
        ("Rents rose sharply between March and October 2021, the survey found.", "March", "2021-03-01"),
        ("From April 2021 to July 2022, the agency will oversee the work.", "April", "2021-04-01"),
    ],
)
def test_real_pipeline_reads_tense_and_ranges(
    nlp: Language, text: str, expression: str, expected_start: str
) -> None:
    doc = nlp.make_doc(text)
    doc._.quotex_published = "2022-03-15"
    doc = nlp(doc)
    ent = next(e for e in doc.ents if expression in e.text)
    assert ent._.quotex_value["start"] == expected_start
    if "October" in text:
        assert ent._.quotex_value["end"] == "2021-10-31"
