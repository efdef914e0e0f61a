"""quotex's lexicon: every word list in ``models/``, loaded once per process, and the predicates over them.

In an installed wheel the folder ships as ``quotex/_models``; in a source checkout it is ``models/`` at
the repository root. Open-class word lists live only in ``models/``; the closed-class grammar words below
(pronouns, determiners) are part of English, not of a lexicon, and live here.
"""

from functools import cache
from importlib import resources
from pathlib import Path

DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"}
)
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves", "we", "us", "our"})
NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})  # dependency labels of a clause's subject
PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS | PLURAL_PRONOUNS | NEUTER_PRONOUNS | {"i", "me", "you"}


def models_dir() -> Path:
    """The folder holding quotex's lexicons and trained artifacts."""
    packaged = resources.files("quotex") / "_models"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[3] / "models"


@cache
def word_list(name: str) -> frozenset[str]:
    """The lower-cased entries of ``models/<name>.txt`` (one per line, ``#`` starts a comment)."""
    path = models_dir() / f"{name}.txt"
    if not path.is_file():
        raise FileNotFoundError(f"quotex lexicon {name!r} not found at {path}; reinstall quotex")
    entries = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].strip().lower()
        if entry:
            entries.add(entry)
    return frozenset(entries)


OUTLET = "outlet"  # the tag of news-outlet words in org_nouns.txt and document_nouns.txt


def _pairs(name: str) -> dict[str, str]:
    """``word|tag`` lines of a lexicon as {word: tag} (tag '' when absent)."""
    out = {}
    for entry in word_list(name):
        word, _, tag = entry.partition("|")
        out[word.strip()] = tag.strip()
    return out


@cache
def speech_verbs() -> frozenset[str]:
    """Lemmas of verbs that introduce speech ("say", "tell", "tweet")."""
    return word_list("speech_verbs")


@cache
def weak_cues() -> frozenset[str]:
    """Lemmas of verbs of thought and perception, weaker cues ("think", "show")."""
    return word_list("weak_cues")


@cache
def phrasal_cues() -> frozenset[str]:
    """Phrasal speech verbs as "verb particle" ("go on", "shoot back")."""
    return word_list("phrasal_cues")


@cache
def first_name_genders() -> dict[str, str]:
    """Given name -> 'm' or 'f'."""
    return _pairs("first_names")


@cache
def birth_record_genders() -> dict[str, str]:
    """Given name -> 'm' or 'f' from US birth records (``given_names_us.txt``): wider than
    ``first_names.txt`` but blind to words that are also places or nouns ("Virginia", "Hope")."""
    return _pairs("given_names_us")


def name_gender(key: tuple[str, ...]) -> str | None:
    """The gender a name's given name signals: the hand-written list for any name, US birth records only
    for a name of two or three words (a given name and a surname), never for a lone word."""
    found = first_name_genders().get(key[0]) if key else None
    if found is None and 2 <= len(key) <= 3:
        found = birth_record_genders().get(key[0])
    return found or None


@cache
def given_names() -> frozenset[str]:
    """Lower-cased common given names."""
    return frozenset(first_name_genders())


@cache
def role_nouns() -> dict[str, str]:
    """Role noun -> 'm', 'f' or ''."""
    return _pairs("role_nouns")


@cache
def person_titles() -> dict[str, tuple[str, str]]:
    """Title (without dot) -> (gender 'm'/'f'/'', implied role noun or '')."""
    out = {}
    for entry in word_list("person_titles"):
        title, gender, role = ([*entry.split("|"), "", ""])[:3]
        out[title.strip()] = (gender.strip(), role.strip())
    return out


@cache
def org_nouns() -> frozenset[str]:
    """Nouns naming a kind of organization."""
    return frozenset(_pairs("org_nouns"))


@cache
def outlet_nouns() -> frozenset[str]:
    """Organization nouns for a news outlet ("newspaper", "daily"), tagged ``|outlet`` in org_nouns.txt."""
    return frozenset(noun for noun, tag in _pairs("org_nouns").items() if tag == OUTLET)


@cache
def outlet_words() -> frozenset[str]:
    """Words that end news outlets' names ("Times", "Gazette")."""
    return word_list("outlet_words")


@cache
def org_name_words() -> frozenset[str]:
    """Words that head or end organization names ("Ministry", "Defenders", "Inc")."""
    return word_list("org_name_words")


@cache
def court_name_words() -> frozenset[str]:
    """Words ending a court's name that goes on with "for" ("Court of Appeals" + "for the Sixth Circuit")."""
    return word_list("court_name_words")


@cache
def document_nouns() -> frozenset[str]:
    """Nouns naming a document that can speak ("the report")."""
    return frozenset(_pairs("document_nouns"))


@cache
def document_verbs() -> dict[str, frozenset[str]]:
    """Document noun -> the verbs whose subject issues it ("complaint" -> "sue", "file": "X sued ... The
    complaint says"), for the nouns models/document_nouns.txt tags with verbs."""
    tags = _pairs("document_nouns").items()
    return {noun: frozenset(tag.split()) for noun, tag in tags if tag and tag != OUTLET}


@cache
def document_kinds() -> dict[str, str]:
    """Document noun -> the noun of its kind an article also uses for the same document ("memoir" -> "book",
    "clip" -> "ad"), from models/document_kinds.txt; a noun not listed is its own kind."""
    return _pairs("document_kinds")


def document_kind(noun: str) -> str:
    """The kind of a document noun: "memoir" and "book" are one, "video", "clip" and "ad" another."""
    return document_kinds().get(noun, noun)


@cache
def published_nouns() -> frozenset[str]:
    """Document nouns for a piece a news outlet publishes ("the editorial"), tagged ``|outlet``."""
    return frozenset(noun for noun, tag in _pairs("document_nouns").items() if tag == OUTLET)


def title_key(word: str) -> str:
    """A word as looked up in the title list: lower case, trailing dot dropped."""
    return word.lower().rstrip(".")


@cache
def rows(name: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(form, value, kinds) for each ``form|value|kind kind...`` line of ``models/<name>.txt``, sorted."""
    out = []
    for entry in word_list(name):
        form, value, kinds = ([*entry.split("|"), "", ""])[:3]
        out.append((form.strip(), value.strip(), frozenset(kinds.split())))
    return tuple(sorted(out))


@cache
def currencies(role: str) -> dict[str, str]:
    """Currency form -> ISO 4217 code ('' when the list gives none) for one role of ``models/currencies.txt``
    ("symbol", "code", "name", "qualified", "minor", "ambiguous", "prefix", "noun")."""
    return {form: code.upper() for form, code, kinds in rows("currencies") if role in kinds}
