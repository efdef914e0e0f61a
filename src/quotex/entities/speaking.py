"""Names that speak: proper-noun subjects of speech verbs and objects of "according to"."""

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from quotex.document.index import doc_index
from quotex.document.lexicon import given_names, org_name_words, speech_verbs

_NAME_CONNECTORS = frozenset({"of", "for", "on", "de"})


def looks_like_person(phrase: Span) -> bool:
    """True for two or three capitalized words that start with a common given name ("Elena Petrova")."""
    return (
        2 <= len(phrase) <= 3
        and all(is_capitalized(t) and t.is_alpha for t in phrase)
        and phrase[0].lower_ in given_names()
        and not has_org_head(phrase)
    )


def is_capitalized(token: Token) -> bool:
    """True for a token written with a capital first letter ("Safeguard", "COSCO")."""
    return token.text[:1].isupper()


def is_acronym(token: Token) -> bool:
    """True for an all-caps word of two or more letters ("IOM", "COSCO")."""
    text = token.text.replace(".", "").replace("&", "")
    return len(text) >= 2 and text.isalpha() and text.isupper()


def has_org_head(tokens: Span | list[Token]) -> bool:
    """True when a name contains an organization head word (Ministry, Council, Watch, Inc, ...)."""
    words = org_name_words()
    return any(t.lower_ in words for t in tokens)


def speaking_heads(doc: Doc) -> Iterator[Token]:
    """Head tokens of phrases that speak: subjects of speech verbs and objects of "according to"."""
    verbs = speech_verbs()
    for token in doc_index(doc).tokens:
        speaks = token.dep_ == "nsubj" and token.head.lemma_.lower() in verbs
        cited = token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according"
        if speaks or cited:
            yield token


def name_phrase(head: Token) -> Span | None:
    """The capitalized proper-noun phrase headed by ``head`` ("Human Rights Watch"), or None."""
    if not is_capitalized(head) or not (head.pos_ == "PROPN" or is_acronym(head)):
        return None
    doc = head.doc
    start = head.i
    # Leftwards: capitalized modifiers that hang (directly or through each other) on the head.
    while start > 0:
        prev = doc[start - 1]
        if not is_capitalized(prev) or prev.pos_ in ("DET", "PRON", "PUNCT", "ADP", "CCONJ", "NUM"):
            break
        if not (start - 1 < prev.head.i <= head.i) or prev.dep_ not in ("compound", "amod", "nmod", "flat"):
            break
        start -= 1
    end = head.i + 1
    # Rightwards: flat name parts, then "of/for <Capitalized ...>" ("Ministry of Health").
    while end < len(doc) and is_capitalized(doc[end]) and doc[end].pos_ == "PROPN":
        if doc[end].head.i != head.i or doc[end].dep_ not in ("compound", "flat", "appos", "npadvmod"):
            break
        end += 1
    if end + 1 < len(doc) and doc[end].lower_ in _NAME_CONNECTORS and doc[end].head.i == head.i:
        stop = end + 1
        while stop < len(doc) and is_capitalized(doc[stop]) and doc[stop].pos_ == "PROPN":
            stop += 1
        if stop > end + 1 and doc[stop - 1].head.i == end:
            end = stop
    # A lone capitalized word opening a sentence says little: it must be tagged a proper noun.
    if end - start == 1 and head.pos_ != "PROPN" and (start == 0 or doc[start].is_sent_start):
        return None
    return doc[start:end]


def classify_name(phrase: Span) -> str | None:
    """ORG for an organization head word or an acronym, PERSON for two+ capitalized words, else None."""
    tokens = list(phrase)
    if len(tokens) >= 2 and has_org_head(tokens):
        return "ORG"
    if any(is_acronym(t) for t in tokens):
        return "ORG"
    if len(tokens) >= 2 and all(is_capitalized(t) for t in tokens):
        return "PERSON"
    return None


def speaking_phrases(doc: Doc) -> list[Span]:
    """The name phrases that speak in ``doc`` (headlines aside), each once, in order."""
    index = doc_index(doc)
    seen = set()
    phrases = []
    for head in speaking_heads(doc):
        if index.is_headline(index.paragraph_of[head.i]):
            continue
        phrase = name_phrase(head)
        if phrase is not None and (phrase.start, phrase.end) not in seen:
            seen.add((phrase.start, phrase.end))
            phrases.append(phrase)
    return phrases
