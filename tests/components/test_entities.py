"""The quotex_entities component: registration, serialization, multiprocessing, and effect on real text."""

import pytest
import spacy
from spacy.language import Language

from quotex.pipeline import DEFAULT_MODEL

NAME_LABELS = {"ORG", "PERSON", "GPE", "LOC", "NORP", "FAC"}

# Texts with none of the cues the refiner acts on: no name repeated, no proper-noun subject of a speech
# verb, no "according to", no leading "the" in a name, no contraction.
CUELESS_TEXTS = [
    "The committee said the plan was too expensive and would not pass. Several members said they wanted "
    "more time, and one said the report had been written too quickly.",
    "Heavy snow closed mountain roads overnight and schools stayed shut on Monday. Officials said crews "
    "were clearing the main routes first.",
    "A farmer near Ballycastle lost 40 sheep in a storm last winter. He said insurers offered little help.",
    "Prices for rice rose by a fifth over two years, a survey of 3,000 households found.",
]


def ruler_pipeline() -> Language:
    """A blank pipeline whose entity ruler makes the base-model mistakes the refiner repairs."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    patterns = [
        ("ORG", "The Ministry of Health"),
        ("GPE", "n't"),
        ("ORG", "Kestrel Holdings"),
        ("MONEY", "40"),
    ]
    ruler.add_patterns(
        [{"label": label, "pattern": [{"TEXT": w} for w in words.split()]} for label, words in patterns]
    )
    nlp.add_pipe("quotex_entities")
    return nlp


def ents_of(doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


RULER_TEXTS = [
    "The Ministry of Health said it wouldn't pay $40 for each test.",
    "Kestrel Holdings grew. Later Kestrel Holdings sold a plant.",
]
RULER_EXPECTED = [
    [("Ministry of Health", "ORG"), ("$40", "MONEY")],
    [("Kestrel Holdings", "ORG"), ("Kestrel Holdings", "ORG")],
]


@pytest.fixture(scope="session")
def base_nlp() -> Language:
    """The base model alone, to compare with the full pipeline."""
    return spacy.load(DEFAULT_MODEL)


def test_refiner_repairs_entities_from_an_upstream_component():
    nlp = ruler_pipeline()
    assert [ents_of(doc) for doc in nlp.pipe(RULER_TEXTS)] == RULER_EXPECTED


def test_refiner_works_with_two_processes():
    nlp = ruler_pipeline()
    assert [ents_of(doc) for doc in nlp.pipe(RULER_TEXTS, n_process=2)] == RULER_EXPECTED


def test_doc_without_entity_annotation_is_untouched():
    nlp = spacy.blank("en")
    nlp.add_pipe("quotex_entities")
    assert nlp("Safeguard Defenders said so.").ents == ()


def test_speaking_organization_is_found_at_every_mention(nlp):
    text = (
        "Tenant Rights Watch said on Friday that evictions in Leeds had doubled. The figures came from "
        "court records, Tenant Rights Watch added, and covered 2,400 households."
    )
    second = text.index("Tenant Rights Watch", 1)
    doc = nlp(text)
    assert [(e.start_char, e.label_) for e in doc.ents if e.text == "Tenant Rights Watch"] == [
        (0, "ORG"),
        (second, "ORG"),
    ]


def test_names_keep_out_the_article(nlp):
    doc = nlp("The Ministry of Finance and the European Investment Bank signed the loan in the Netherlands.")
    names = [e for e in doc.ents if e.label_ in NAME_LABELS]
    assert names, "the model should find names here"
    assert not [e.text for e in names if e[0].lower_ == "the"]
    assert ("Ministry of Finance", "ORG") in ents_of(doc)


def test_one_label_for_each_name_in_an_article(nlp):
    text = (
        "Alder Valley Growers said frost had destroyed a third of the harvest. Maria Lopez, who farms near "
        "Ukiah, said she had never seen such losses. Lopez said Alder Valley Growers would ask the state for "
        "help, and Alder Valley Growers has already written to the governor."
    )
    doc = nlp(text)
    labels: dict[str, set[str]] = {}
    for ent in doc.ents:
        if ent.label_ in NAME_LABELS:
            labels.setdefault(ent.text, set()).add(ent.label_)
    assert labels.get("Alder Valley Growers") == {"ORG"}
    assert labels.get("Lopez") == {"PERSON"}
    assert all(len(found) == 1 for found in labels.values()), labels
    assert [e.text for e in doc.ents].count("Alder Valley Growers") == 3


def test_contractions_are_never_entities(nlp):
    doc = nlp("It's late and we don't know why. They'll say it isn't over, and she'd agree. Who'd know?")
    assert not [e.text for e in doc.ents if e.text.lower() in {"n't", "'s", "'ll", "'d", "it's", "'re"}]
    assert all(any(c.isalnum() for c in e.text) for e in doc.ents)


@pytest.mark.parametrize("text", CUELESS_TEXTS)
def test_no_entities_are_added_to_text_without_cues(nlp, base_nlp, text):
    assert ents_of(nlp(text)) == ents_of(base_nlp(text))
