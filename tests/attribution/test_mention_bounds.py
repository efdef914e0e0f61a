"""A speaker mention never holds quoted words or a misread speech verb, whatever the parse hangs on its head
(hand-built parses and texts written for quotex)."""

import spacy
from spacy.tokens import Doc

import quotex
from quotex.attribution.mentions import speaker_mention

NLP = spacy.blank("en")


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(NLP.vocab, words=words, heads=heads, deps=deps, pos=pos)


def _quote_of(doc: Doc, start: int, end: int) -> list[int]:
    return [0 if start <= i < end else -1 for i in range(len(doc))]


def test_quoted_words_the_parse_hangs_before_the_speaker_are_left_out() -> None:
    words = ["“", "It", "is", "fine", ",", "”", "Okafor", "said", "."]
    heads = [6, 6, 6, 2, 6, 6, 7, 7, 7]  # a misparse: the quote's words hang from the name
    deps = ["punct", "nmod", "amod", "acomp", "punct", "punct", "nsubj", "ROOT", "punct"]
    pos = ["PUNCT", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"]
    doc = _doc(words, heads, deps, pos)
    head, start, end = speaker_mention(doc[6], _quote_of(doc, 0, 6))
    assert (head.text, doc[start:end].text) == ("Okafor", "Okafor")


def test_a_cut_after_the_speaker_drops_the_function_words_it_leaves() -> None:
    words = ["Ruiz", "of", "trying", "to", "“", "bury", "”", "the", "report"]
    heads = [0, 0, 1, 2, 5, 2, 5, 8, 5]
    deps = ["ROOT", "prep", "pcomp", "aux", "punct", "xcomp", "punct", "det", "dobj"]
    pos = ["PROPN", "ADP", "VERB", "PART", "PUNCT", "VERB", "PUNCT", "DET", "NOUN"]
    doc = _doc(words, heads, deps, pos)
    head, start, end = speaker_mention(doc[0], _quote_of(doc, 4, 7))
    assert doc[start:end].text == "Ruiz"


def test_without_quotes_the_mention_keeps_its_attachments() -> None:
    words = ["Ruiz", "of", "the", "council"]
    heads = [0, 0, 3, 1]
    deps = ["ROOT", "prep", "det", "pobj"]
    pos = ["PROPN", "ADP", "DET", "NOUN"]
    doc = _doc(words, heads, deps, pos)
    _, start, end = speaker_mention(doc[0], [-1] * len(doc))
    assert doc[start:end].text == "Ruiz of the council"


def test_a_speech_verb_the_tagger_reads_as_a_noun_is_no_part_of_the_mention() -> None:
    """'the email read': the small model tags "read" a noun heading "the email read"; the mention is the
    document, which then names its sender."""
    text = (
        "The Marlow Party sent a fundraising email on Monday. "
        "“Friend, I will be blunt. We can win this county,” the email read."
    )
    speaker = quotex.extract(text).quotes[0].speaker
    assert speaker is not None
    assert (speaker.text, speaker.name) == ("the email", "Marlow Party")
