"""Turn name spans into canonical name forms: determiners, titles, role words and possessives stripped."""

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from quotex.document.lexicon import DETERMINERS, person_titles, role_nouns, title_key

_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_TRAILING_JUNK = frozenset({",", ".", ";", ":", "-", "–", "—", '"', "“", "”", "'", "’", ")", "("})
_INITIAL_STOPWORDS = frozenset(
    {"of", "the", "and", "for", "&", "de", "du", "la", "le", "on", "in", "to", "des"}
)


@dataclass
class NameForm:
    """A name as written: its kept tokens, the title words stripped before it, and an acronym it defines."""

    tokens: list[Token]
    titles: list[str] = field(default_factory=list)  # stripped title / role words, lower case, no dot
    acronym: str | None = None  # "WHO" in "World Health Organization (WHO)"

    @property
    def key(self) -> tuple[str, ...]:
        return tuple(t.lower_ for t in self.tokens)

    @property
    def text(self) -> str:
        return self.tokens[0].doc[self.tokens[0].i : self.tokens[-1].i + 1].text


def is_title_word(token: Token) -> bool:
    """A capitalized word that can stand before a name as a title or role ("Dr.", "Sen.", "Striker")."""
    if not token.text[:1].isupper():
        return False
    key = title_key(token.text)
    return key in person_titles() or key in role_nouns()


def name_form(span: Span | list[Token], strip_titles: bool = True) -> NameForm | None:
    """The canonical form of a name span, or None when nothing name-like remains.

    ``strip_titles`` is False for organization names, where "General" or "Chief" belong to the name.
    """
    tokens = list(span)
    acronym = None
    for k, tok in enumerate(tokens):
        if tok.text == "(":
            inner = [t for t in tokens[k + 1 :] if t.text.isupper() and t.is_alpha and len(t.text) >= 2]
            acronym = inner[0].text if inner else None
            tokens = tokens[:k]
            break
    while tokens and (tokens[-1].text in _POSSESSIVE or tokens[-1].text in _TRAILING_JUNK):
        tokens.pop()
    while tokens and (tokens[0].lower_ in DETERMINERS or tokens[0].text in _TRAILING_JUNK):
        tokens.pop(0)
    while len(tokens) > 2 and tokens[0].text.islower() and tokens[1].text in ("-", "–"):
        del tokens[:2]  # "pro-Clinton", "anti-Trump"
    if not strip_titles and len(tokens) > 1 and tokens[-1].lower_ in role_nouns():
        tokens.pop()  # "DNC Chairwoman": the role is not part of the organization's name
    titles: list[str] = []
    while strip_titles and len(tokens) > 1 and is_title_word(tokens[0]):
        key = title_key(tokens[0].text)
        if key not in person_titles() and len(tokens) < 3:
            break  # keep "Coach Diaz"-style two-word names unless the first word is a real title
        titles.append(key)
        tokens.pop(0)
    if not tokens or not any(t.is_alpha for t in tokens):
        return None
    return NameForm(tokens, titles, acronym)


def titles_before(span: Span) -> list[str]:
    """Title or role words written just before a name ("Sen." in "Sen. Carla Whitmore"), nearest last."""
    doc = span.doc
    out: list[str] = []
    i = span.start - 1
    while i >= 0 and len(out) < 3 and is_title_word(doc[i]):
        out.insert(0, title_key(doc[i].text))
        i -= 1
    return out


def initials(key: tuple[str, ...]) -> str:
    """The acronym a multiword name would have ("world health organization" -> "who")."""
    return "".join(w[0] for w in key if w not in _INITIAL_STOPWORDS and w[:1].isalpha())


def contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """True when ``shorter`` occurs as contiguous words inside ``longer``."""
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def strip_determiners(text_tokens: list[Token]) -> str | None:
    """The words of a description without leading determiners or a trailing possessive."""
    tokens = list(text_tokens)
    while tokens and (tokens[0].lower_ in DETERMINERS or tokens[0].is_punct):
        tokens.pop(0)
    while tokens and (tokens[-1].text in _POSSESSIVE or tokens[-1].is_punct):
        tokens.pop()
    if not tokens:
        return None
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text
