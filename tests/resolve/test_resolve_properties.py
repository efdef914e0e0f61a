"""Whatever span the speaker finder hands over, resolution answers quickly and never names a pronoun."""

import time

from spacy.language import Language

from quotex.document.lexicon import PRONOUNS
from quotex.resolve import ArticleIndex, resolve_speaker

ARTICLE = (
    "Breaking: Mayor Says City Will Sue Over Bus Cuts\n\n"
    "The Metro Transit Authority (MTA) cut six bus routes on Monday. "
    "Mayor Janet Kowalski, who called the cuts “reckless,” said the city would sue. "
    "“They did not even ask us,” she said.\n\n"
    "The authority's spokesman, Omar Haddad, said the routes lost money. “We had no choice,” he said, adding "
    "that a report by the state auditor had backed the decision.\n\n"
    "“It is their fault, not ours,” said the spokesman. It said in a statement that talks were open."
)


def test_every_short_span_resolves_to_a_name_that_is_not_a_pronoun(nlp: Language) -> None:
    doc = nlp(ARTICLE)
    index = ArticleIndex(doc)
    names = []
    for size in (1, 2, 3):
        for start in range(len(doc) - size + 1):
            name, label = resolve_speaker(doc, doc[start : start + size], ["Janet Kowalski"], index)
            assert name is None or name.strip().lower() not in PRONOUNS
            assert label is None or isinstance(label, str)
            names.append(name)
    assert "Janet Kowalski" in names and "Metro Transit Authority" in names


def test_resolution_is_fast_on_a_long_article(nlp: Language) -> None:
    doc = nlp("\n\n".join([ARTICLE] * 8))
    pronouns = [t for t in doc if t.lower_ in ("he", "she", "it", "they")]
    t0 = time.perf_counter()
    index = ArticleIndex(doc)
    for token in pronouns:
        resolve_speaker(doc, doc[token.i : token.i + 1], [], index)
    assert time.perf_counter() - t0 < 0.5  # a few ms in practice; generous for a loaded CI machine
