"""The word lists resolution reads from ``models/``, parsed into lookups (loaded once per process)."""

from functools import cache

from quotex.lexicons import word_list

DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"}
)
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves", "we", "us", "our"})
NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS | PLURAL_PRONOUNS | NEUTER_PRONOUNS | {"i", "me", "you"}


def _pairs(name: str) -> dict[str, str]:
    """``word|tag`` lines of a lexicon as {word: tag} (tag '' when absent)."""
    out = {}
    for entry in word_list(name):
        word, _, tag = entry.partition("|")
        out[word.strip()] = tag.strip()
    return out


@cache
def first_name_genders() -> dict[str, str]:
    """Given name -> 'm' or 'f'."""
    return _pairs("first_names")


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
    return word_list("org_nouns")


@cache
def document_nouns() -> frozenset[str]:
    """Nouns naming a document that can speak ("the report")."""
    return word_list("document_nouns")


def title_key(word: str) -> str:
    """A word as looked up in the title list: lower case, trailing dot dropped."""
    return word.lower().rstrip(".")
