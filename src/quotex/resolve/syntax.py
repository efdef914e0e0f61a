"""Reading the parse around names: subjects, compound titles, role words and given names."""

from spacy.tokens import Token

from quotex.document.lexicon import (
    SUBJECT_DEPS,
    first_name_genders,
    org_nouns,
    person_titles,
    role_nouns,
    title_key,
)


def subject_weight(token: Token) -> float:
    """1 for the subject of a main clause, 0.5 for the subject of an embedded one ("X said *Y* had"), else 0.

    An appositive counts as the noun it describes ("Her colleague, *Paul Okonjo*, is ...").
    """
    if token.dep_ == "appos":
        token = token.head
    if token.dep_ not in SUBJECT_DEPS:
        return 0.0
    verb = token.head
    if verb.dep_ == "conj":
        verb = verb.head
    return 1.0 if verb.dep_ == "ROOT" else 0.5


def adds_given_names(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """True when ``longer`` is ``shorter`` with given names or initials before it ("donald j. trump")."""
    extra = longer[: len(longer) - len(shorter)]
    return longer[len(extra) :] == shorter and all(
        w in first_name_genders() or (len(w) == 2 and w.endswith(".")) for w in extra
    )


def left_compounds(head: Token, before: int) -> list[Token]:
    """Compound words written before a name and hanging off it ("Finance Minister" of "Grace Adeyemi")."""
    out, stack = [], [head]
    while stack:
        for child in stack.pop().lefts:
            if child.dep_ == "compound":
                stack.append(child)
                if child.i < before:
                    out.append(child)
    return out


def joins_name(token: Token, start: int, end: int, label: str = "") -> bool:
    """A capitalized proper noun compounded onto an entity but left out of it ("Ana" of "Ana Costa")."""
    if (
        token.is_sent_start
        and token.lower_ not in first_name_genders()
        and not _given_before_surname(token, end - start, label)
    ):
        return False  # "Agronomist Luis Ferreira": capitalized only because it opens the sentence
    return (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and token.dep_ == "compound"
        and (start <= token.head.i < end)
    )


def _given_before_surname(token: Token, length: int, label: str) -> bool:
    """A sentence-opening word the tagger left out of a one-word person ("Amelize" of "Amelize Joseph ..."):
    a proper noun in no entity and no title, role or organization word."""
    if label != "PERSON" or length != 1 or token.ent_type_ or not token.is_title:
        return False
    word = token.lower_
    return (
        word not in role_nouns() and title_key(token.text) not in person_titles() and word not in org_nouns()
    )


def role_of(token: Token) -> str | None:
    """The role noun a token is ("inspector", "Minister" -> "minister"), or None."""
    for word in (token.lemma_.lower(), token.lower_, title_key(token.text)):
        if word in role_nouns():
            return word
    key = title_key(token.text)
    if key in person_titles() and person_titles()[key][1]:
        return person_titles()[key][1]
    return None
