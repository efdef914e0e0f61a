"""The quotex_resolver component: canonical speaker names on quote spans, blank and real pipelines."""

import pytest
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

import quotex
from quotex.extensions import QUOTES_KEY


def quote_doc(blank: Language, words: list[str], ents: list[tuple[int, int, str]], quotes) -> Doc:
    """A Doc with entities and quote spans whose speaker mentions are the given token ranges."""
    doc = Doc(blank.vocab, words=words)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    spans = []
    for (qs, qe), (ss, se) in quotes:
        span = doc[qs:qe]
        span._.quotex_bounds = [span.start_char, span.end_char]
        mention = doc[ss:se]
        span._.quotex_speaker = {"start": mention.start_char, "end": mention.end_char, "label": None}
        spans.append(span)
    doc.spans[QUOTES_KEY] = spans
    return doc


WORDS = ["Maria", "Santos", "spoke", ".", "“", "Yes", ",", "”", "Santos", "said", ".", "“", "No", ",", "”",
         "she", "said", "."]  # fmt: skip


def test_surname_and_pronoun_get_the_full_name(blank: Language) -> None:
    resolver = blank.add_pipe("quotex_resolver")
    quotes = [((4, 8), (8, 9)), ((11, 15), (15, 16))]
    doc = resolver(quote_doc(blank, WORDS, [(0, 2, "PERSON"), (8, 9, "PERSON")], quotes))
    speakers = [q._.quotex_speaker for q in doc.spans[QUOTES_KEY]]
    assert [s["name"] for s in speakers] == ["Maria Santos", "Maria Santos"]
    assert speakers[0]["label"] == "PERSON"
    assert speakers[0]["start"] == doc[8].idx  # the mention's offsets are kept


def test_quotes_without_speaker_are_left_alone(blank: Language) -> None:
    resolver = blank.add_pipe("quotex_resolver")
    doc = quote_doc(blank, WORDS, [(0, 2, "PERSON")], [((4, 8), (8, 9))])
    doc.spans[QUOTES_KEY][0]._.quotex_speaker = None
    assert resolver(doc).spans[QUOTES_KEY][0]._.quotex_speaker is None


def test_names_survive_docbin_serialization(blank: Language) -> None:
    resolver = blank.add_pipe("quotex_resolver")
    doc = resolver(quote_doc(blank, WORDS, [(0, 2, "PERSON")], [((4, 8), (8, 9))]))
    restored = next(DocBin(docs=[doc], store_user_data=True).get_docs(blank.vocab))
    assert restored.spans[QUOTES_KEY][0]._.quotex_speaker["name"] == "Maria Santos"


ARTICLE = (
    "Lena Fischer and Omar Haddad both want to lead the party.\n\n"
    "Fischer spoke first at the debate. “The party has lost touch with young voters,” she said.\n\n"
    "Haddad disagreed. “Young voters want jobs, not slogans,” he said.\n\n"
    "The World Health Organization (WHO) did not comment. “We do not take sides,” the WHO said."
)


@pytest.mark.parametrize(
    ("quote_start", "name"),
    [("The party has lost", "Lena Fischer"), ("Young voters want", "Omar Haddad"), ("We do not", None)],
)
def test_extract_gives_full_names_for_pronoun_and_acronym_speakers(nlp: Language, quote_start, name) -> None:
    article = quotex.extract(ARTICLE)
    quote = next(q for q in article.quotes if q.text.startswith(quote_start))
    assert quote.speaker is not None
    expected = name or "World Health Organization"
    assert quote.speaker.name == expected
    assert quote.speaker.text in {"she", "he", "the WHO", "WHO"}
