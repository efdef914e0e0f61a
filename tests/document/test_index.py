"""The per-Doc index: one per Doc, shared, and one definition of quotes, headlines and transcript labels."""

import spacy
from spacy.language import Language

from quotex.document import index as index_module
from quotex.document.index import doc_index
from quotex.document.layout import turn_label_colon

ARTICLE = (
    "Harbor Board Votes To Reopen The Ferry\n"
    "The board met on Monday. “We are ready,” said Ana Ruiz.\n"
    "RUIZ: The dock is finished.\n"
    "“LEE: When do boats sail?”"
)


def test_the_index_is_built_once_per_doc_and_shared(blank: Language, monkeypatch) -> None:
    doc = blank(ARTICLE)
    built = []
    original = index_module.DocIndex.__init__

    def counting(self, d):  # noqa: ANN001
        built.append(d)
        original(self, d)

    monkeypatch.setattr(index_module.DocIndex, "__init__", counting)
    first = doc_index(doc)
    assert doc_index(doc) is first and len(built) == 1
    assert doc_index(blank(ARTICLE)) is not first  # another Doc, even with the same text, gets its own


def test_quote_membership_follows_the_marks(blank: Language) -> None:
    doc = blank(ARTICLE)
    index = doc_index(doc)
    inside = [t.text for t in doc if index.in_quote(t.i)]
    assert inside[:5] == ["“", "We", "are", "ready", ","]
    assert not index.in_quote(next(t.i for t in doc if t.text == "Ruiz"))
    assert [ARTICLE[s.start : s.end] for s in index.quotes] == [
        "“We are ready,”",
        "“LEE: When do boats sail?”",
    ]


def test_headlines_are_title_case_lines(blank: Language) -> None:
    doc = blank(ARTICLE)
    index = doc_index(doc)
    assert [index.is_headline(p) for p in range(4)] == [True, False, False, False]


def test_transcript_labels_open_paragraphs_and_quotes(blank: Language) -> None:
    doc = blank(ARTICLE)
    index = doc_index(doc)
    labels = {
        doc[first].text: (doc[last].text, doc[colon].text)
        for first, (last, colon) in index.turn_labels.items()
    }
    assert labels == {"RUIZ": ("RUIZ", ":"), "LEE": ("LEE", ":")}


def test_a_label_needs_capitals_and_a_colon() -> None:
    assert turn_label_colon("MR. LEE: Yes.", 0) == 7
    assert turn_label_colon("Missouri: Remember the vote.", 0) is None
    assert turn_label_colon("The vote: yes.", 0) is None


def test_an_empty_doc_has_an_empty_index() -> None:
    index = doc_index(spacy.blank("en")(""))
    assert index.quotes == [] and index.turn_labels == {} and index.narrative_sentence_of == []


def test_datelines_open_paragraphs(blank: Language) -> None:
    doc = blank("NASHUA, N.H. - The count began.\nThe vote - a close one - came late.")
    index = doc_index(doc)
    assert [t.text for t in doc if index.in_dateline(t.i)] == ["NASHUA", ",", "N.H.", "-"]


def test_a_dateline_may_carry_the_filing_day(blank: Language) -> None:
    doc = blank("DURBAN, March 4 (Wire) — The count began.\nLIMA, Peru, Aug. 3, 2016 — It rained.")
    index = doc_index(doc)
    assert "".join(t.text_with_ws for t in doc if index.in_dateline(t.i)).split() == [
        *"DURBAN, March 4 (Wire) —".split(),
        *"LIMA, Peru, Aug. 3, 2016 —".split(),
    ]


def test_quotes_never_share_a_token(blank: Language) -> None:
    doc = blank('said"said""said')  # one token holding two quoted segments
    index = doc_index(doc)
    assert len(index.quote_spans) == 1 and index.quote_spans[0] == (0, 1)


def test_quotes_in_counts_the_quotes_with_words_in_a_token_range(blank: Language) -> None:
    text = (
        '"We sail at dawn," said Ana. "The tide," she added, "will not wait." Then silence.\n\n'
        '"Nobody asked me," Ben said. He left. "Gone," she wrote, "for good."'
    )
    index = doc_index(blank(text))
    assert len(index.quote_spans) == 6
    n = len(index.tokens)
    for start in range(n + 1):
        for end in range(n + 1):
            expected = sum(1 for s, e in index.quote_spans if s < end and e > start)
            assert index.quotes_in(start, end) == expected, (start, end)
