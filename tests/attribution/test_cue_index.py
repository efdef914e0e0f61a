"""The cue tables: each paragraph's cues and the cues hanging off each word, as a scan of all cues gives."""

from quotex.attribution.cues import CueIndex, CueLexicon, nearest_cue, syntactic_cues
from quotex.document.index import doc_index
from quotex.document.lexicon import phrasal_cues, speech_verbs, weak_cues

TEXT = (
    "Mayor Ilse Brandt said on Monday that the ferry would run again. “We found the money,” she added.\n\n"
    "Her rival, Ruth Kamau, disagreed and told reporters the plan was thin. “It is a promise,” Kamau said, "
    "“not a budget.”\n\n"
    "“Wait and see,” Brandt replied, and she argued the council had voted for it.\n\n"
)


def test_cue_tables_hold_the_cues_a_full_scan_finds(nlp) -> None:
    doc = nlp(TEXT * 3)
    index = CueIndex(doc_index(doc), CueLexicon(speech_verbs(), weak_cues(), phrasal_cues()))
    assert index.cues
    for paragraph in set(index.paragraph_of):
        expected = [i for i in index.cues if index.paragraph_of[i] == paragraph]
        assert index.cues_in_paragraph.get(paragraph, []) == expected
    for word in range(len(doc)):
        expected = [i for i in index.cues if index.head_of[i] == word and i != word]
        assert index.cues_under.get(word, []) == expected


def test_every_quote_finds_a_cue_in_its_paragraph(nlp) -> None:
    doc = nlp(TEXT)
    index = CueIndex(doc_index(doc), CueLexicon(speech_verbs(), weak_cues(), phrasal_cues()))
    quotes = [doc[s:e] for s, e in index.quote_spans]
    assert len(quotes) == 4
    for qi, quote in enumerate(quotes):
        cue = nearest_cue(quote, index, index.paragraph_of[quote.start])
        assert cue is not None and cue.lemma_ in ("say", "add", "tell", "reply", "argue")
        assert all(t.i in index.strength for t in syntactic_cues(quote, index, qi))
