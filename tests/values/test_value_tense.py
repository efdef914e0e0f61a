"""Dates read with the tense of their clause, taken from the parse (head verb tag and auxiliaries)."""

import pytest
from spacy.language import Language

THURSDAY = "2022-10-27"  # a Thursday
DIVIDEND = "The board declared a dividend, payable Dec. 7 to holders of record Nov. 22."


def date_of(nlp: Language, text: str, expression: str, published: str = THURSDAY) -> str | None:
    doc = nlp.make_doc(text)
    doc._.quotex_published = published
    doc = nlp(doc)
    ent = next(e for e in doc.ents if expression in e.text)
    value = ent._.quotex_value
    return None if value is None else value["start"]


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a weekday before a noun names a past event, whatever the tense of the clause
        ("Lawyers say Wednesday's ruling changes little for the families.", "Wednesday", "2022-10-26"),
        # a to-infinitive takes the tense of the verb it complements
        ("The city staged concerts to mark the anniversary on Tuesday.", "Tuesday", "2022-10-25"),
        # verbs of planning look ahead even in the past tense
        ("Protesters planned a large rally on Saturday outside the court.", "Saturday", "2022-10-29"),
        ("The council postponed the vote until Monday.", "Monday", "2022-10-31"),
        # "could" and "would" report the past as often as the future
        ("The minister could not be reached for comment Wednesday.", "Wednesday", "2022-10-26"),
        ("The board will meet on Tuesday to choose a chair.", "Tuesday", "2022-11-01"),
        # a weekday with a time of day reads the clause of both
        ("Officials postponed until Tuesday morning any decision on the permit.", "Tuesday", "2022-11-01"),
        # a clause with "could" looks either way: the nearer weekday unless the last is about as near
        ("The envoy, who could land as early as Saturday, will stay a week.", "Saturday", "2022-10-29"),
        ("The mayor, who could not be reached Tuesday, has defended the plan.", "Tuesday", "2022-10-25"),
        # a verb whose present form is also its past ("hurt") tells no tense
        ("Fears of higher rates hurt the shares of builders on Monday.", "Monday", "2022-10-24"),
        # a date written before a verb of planning is when the planning was
        ("On Monday, the ministry planned to pay the first claims.", "Monday", "2022-10-24"),
        # a planned event after a noun takes the tense of the clause
        ("A memorial service planned for Saturday was cancelled after threats.", "Saturday", "2022-10-22"),
    ],
)
def test_weekdays_by_the_clause(nlp: Language, text: str, expression: str, expected: str) -> None:
    assert date_of(nlp, text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a date that is no adverbial of the past-tense verb is the nearest one
        (DIVIDEND, "Dec. 7", "2022-12-07"),
        (DIVIDEND, "Nov. 22", "2022-11-22"),
        # the end of a span may lie after publication
        ("The bidders extended their offer until Nov. 20.", "Nov. 20", "2022-11-20"),
        # an infinitive complement of a past verb may lie after publication
        ("The committee subpoenaed the banker to testify on Nov. 10.", "Nov. 10", "2022-11-10"),
        # so may an infinitive of purpose after a past verb
        ("Officials flew the crew home to testify on Nov. 14.", "Nov. 14", "2022-11-14"),
        # a month in a past-tense clause is the last one
        ("Prices rose sharply in December, the agency said.", "December", "2021-12-01"),
        # an infinitive after an adjective takes the tense of the adjective's verb: after a past one, the
        # nearer occurrence (the summer just gone, not next year's)
        ("The floods made it hard for farmers to sell grain well into the summer.", "summer", "2022-06-01"),
        ("It is hard for farmers to sell grain before the spring.", "spring", "2023-03-01"),
    ],
)
def test_months_and_days_by_the_clause(nlp: Language, text: str, expression: str, expected: str) -> None:
    assert date_of(nlp, text, expression) == expected


def test_results_quarters_are_the_publication_years(nlp: Language) -> None:
    text = "The company expects to report a third-quarter loss next week."
    assert date_of(nlp, text, "third-quarter") == "2022-07-01"
