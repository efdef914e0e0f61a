"""Turn name spans into canonical name forms: determiners, titles, role words and possessives stripped."""

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from quotex.document.lexicon import (
    DETERMINERS,
    given_names,
    outlet_words,
    person_titles,
    role_nouns,
    speech_verbs,
    title_key,
)

NBSP = "\u00a0"
_HYPHENS = frozenset({"-", "–"})  # "pro-Clinton", as the tokenizer splits it
_GLUED_DASHES = "―—"  # a dash glued to a name's first word ("―Ada Brill" signing a letter)
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_TRAILING_JUNK = frozenset({",", ".", ";", ":", "-", "–", "—", "―", '"', "“", "”", "'", "’", ")", "("})
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
        words = tuple(t.lower_.replace("’", "'") for t in self.tokens)  # "O’Malley" = "O'Malley"
        return (words[0].lstrip(_GLUED_DASHES),) + words[1:]

    @property
    def text(self) -> str:
        doc, runs, start = self.tokens[0].doc, [], self.tokens[0].i
        for before, token in zip(self.tokens, self.tokens[1:], strict=False):
            gap = token.i > before.i + 1
            if gap and any(not is_name_space(t) for t in doc[before.i + 1 : token.i]):  # a dropped nickname
                runs.append(doc[start : before.i + 1].text)
                start = token.i
        runs.append(doc[start : self.tokens[-1].i + 1].text)
        return " ".join(runs).replace(NBSP, " ").lstrip(_GLUED_DASHES)


STANCE_PREFIXES = frozenset({"pro", "anti"})  # "pro-X Y": a stance on X, said of Y


def is_name_space(token: Token) -> bool:
    """A non-breaking space the tokenizer made a token of, which joins the words of one name."""
    return token.text == NBSP


def is_title_word(token: Token) -> bool:
    """A capitalized word that can stand before a name as a title or role ("Dr.", "Sen.", "Striker")."""
    if not token.text[:1].isupper():
        return False
    key = singular_title(token.text)
    return key in person_titles() or key in role_nouns()


def singular_title(word: str) -> str:
    """A title word's lookup key, plurals as singular ("Sens." -> "sen", "Senators" -> "senator")."""
    key = title_key(word)
    if key.endswith("s") and key not in person_titles() and key not in role_nouns():
        singular = key[:-1]
        if singular in person_titles() or singular in role_nouns():
            return singular
    return key


def name_form(span: Span | list[Token], strip_titles: bool = True) -> NameForm | None:
    """The canonical form of a name span, or None when nothing name-like remains.

    ``strip_titles`` is False for organization names, where "General" or "Chief" belong to the name.
    """
    tokens = [t for t in span if not is_name_space(t)]  # "Stu\u00a0Burguiere"
    marks = [k for k, t in enumerate(tokens) if t.is_quote]
    if len(marks) == 2 and 0 < marks[0] < marks[1] - 1 <= marks[0] + 2 and marks[1] < len(tokens) - 1:
        del tokens[marks[0] : marks[1] + 1]  # 'Robert C. "Bobby" Scott': the nickname is not the full name
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
    while len(tokens) > 2 and tokens[0].text.islower() and tokens[1].text in _HYPHENS:
        stance = tokens[0].lower_ in STANCE_PREFIXES and len(tokens) > 3  # "pro-Christie Union Leader"
        del tokens[: 3 if stance else 2]  # "pro-Clinton"; of "pro-Christie Union Leader" the outlet's name
    while len(tokens) > 1 and tokens[0].tag_ == "JJ" and tokens[0].is_lower and tokens[1].text[:1].isupper():
        tokens.pop(0)  # "federal Securities and Exchange Commission": the adjective is no part of the name
    if len(tokens) > 1 and after_stance(tokens[0]):
        tokens.pop(0)  # the entity began after the hyphen: "pro-[Christie Union Leader]"
    trailing_role = len(tokens) > 1 and tokens[-1].lower_ in role_nouns() and not _outlet_end(tokens[-1])
    if not strip_titles and trailing_role:
        tokens.pop()  # "DNC Chairwoman": the role is not part of the organization's name
    titles: list[str] = []
    while strip_titles and len(tokens) > 1 and is_title_word(tokens[0]):
        key = singular_title(tokens[0].text)
        if key not in person_titles() and len(tokens) < 3:
            break  # keep "Coach Diaz"-style two-word names unless the first word is a real title
        titles.append(key)
        tokens.pop(0)
    inner = _inner_title(tokens)
    if inner is not None and not strip_titles and tokens[inner + 1].lower_ not in given_names():
        inner = None  # an organization's own title word, and no person's given name after it
    if inner is not None:  # "Maricopa County Recorder Helen Purcell", "Phoenix Mayor Greg Stanton"
        titles.append(singular_title(tokens[inner].text))
        del tokens[: inner + 1]
    if not tokens or not any(t.is_alpha or _apostrophe_name(t) for t in tokens):
        return None
    return NameForm(tokens, titles, acronym)


def _inner_title(tokens: list[Token]) -> int | None:
    """The position of a title inside a person's name run, after the words that qualify it and before at
    least two words of the name ("Maricopa County Recorder Helen Purcell": 2), else None."""
    capitalized = [t.text[:1].isupper() for t in tokens]
    for k in range(len(tokens) - 3, 0, -1):
        if is_title_word(tokens[k]) and all(capitalized[:k]) and all(capitalized[k + 1 :]):
            return k
    return None


def after_stance(token: Token) -> bool:
    """A word right after "pro-" or "anti-" ("Christie" in "pro-Christie")."""
    doc, i = token.doc, token.i
    return i >= 2 and doc[i - 1].text in _HYPHENS and doc[i - 2].lower_ in STANCE_PREFIXES


def _owned_person(token: Token) -> bool:
    """Whether the words after a possessive inside a name span start a person's name or title ("Fox News's
    Ed Henry", "CNN's Anchor X"), not the rest of one name ("People's Daily", "McDonald's Corp")."""
    return token.ent_type_ == "PERSON" or token.lower_ in given_names() or is_title_word(token)


def _outlet_end(token: Token) -> bool:
    """A role word that ends a news outlet's name ("Union Leader", "Daily Monitor"), not a title before a
    person's name ("GOP Leader Ana Rossi")."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.lower_ in outlet_words() and (following is None or following.ent_type_ != "PERSON")


def _apostrophe_name(token: Token) -> bool:
    """A word of letters around an apostrophe ("O'Brien", "D’Souza")."""
    return token.text.replace("'", "").replace("’", "").isalpha() and token.text[:1].isalpha()


def titles_before(span: Span) -> list[str]:
    """Title or role words written just before a name ("Sen." in "Sen. Carla Whitmore"), nearest last."""
    doc = span.doc
    out: list[str] = []
    i = span.start - 1
    while i >= 0 and len(out) < 3 and is_title_word(doc[i]):
        out.insert(0, singular_title(doc[i].text))
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


COORDINATORS = frozenset({"and", "or", "&"})
COORDINATED_LABELS = frozenset({"PERSON", "GPE", "NORP"})  # "Cruz and Rubio"; not "Procter & Gamble"


def name_pieces(
    span: Span, label: str | None, headline: bool, name_words: frozenset[str]
) -> list[tuple[list[Token], str | None]]:
    """The names inside one entity span or proper-noun run, each with its label.

    ``name_words`` are the lower-case words the article writes capitalized inside a sentence outside
    headlines (so they belong to names). A possessive inside the span separates an owner from the person
    named after it ("Fox News's Ed Henry", not "People's Daily"); "and" separates people ("Cruz and Rubio");
    on a title-case headline line only words the article also writes as names, given names and acronyms
    stay ("Icon Morton Blackwell Endorses" -> "Morton Blackwell"); a capitalized speech verb opening a
    sentence is no name ("Continued Stone"), nor is a lower-case verb inside ("Trump told Business Insider").
    """
    tokens = list(span)
    pieces: list[tuple[list[Token], str | None]] = []
    k = next((k for k, t in enumerate(tokens[:-1]) if k and t.text in _POSSESSIVE), None)
    if k is not None and _owned_person(tokens[k + 1]):
        pieces.append((tokens[:k], None))
        tokens = tokens[k + 1 :]
    if label in COORDINATED_LABELS or label is None:
        part: list[Token] = []
        for t in tokens:
            if t.lower_ in COORDINATORS and part:
                pieces.append((part, label))
                part = []
            elif t.lower_ not in COORDINATORS:
                part.append(t)
        tokens = part
    pieces.append((tokens, label))
    pieces = [(run, lab) for words, lab in pieces for run in _runs(words, lambda t: not _inner_verb(t))]
    out = []
    for words, lab in pieces:
        if headline:
            runs = _runs(words, lambda t: _name_like(t, name_words) or _after_given_name(t))
            out.extend((run, lab if run == words else None) for run in runs)  # the label was the span's
        else:
            out.append((_without_opening_verb(words, name_words), lab))
    return [(words, lab) for words, lab in out if words]


def _inner_verb(token: Token) -> bool:
    """A lower-case verb, which no name contains ("Trump told Business Insider")."""
    return token.is_lower and token.pos_ == "VERB"


def _name_like(token: Token, name_words: frozenset[str]) -> bool:
    """On a headline line: a word the article writes as a name elsewhere, a given name, an acronym or an
    initial."""
    return (
        token.lower_ in name_words
        or token.lower_ in given_names()
        or (token.is_upper and len(token) > 1)
        or (len(token) <= 2 and token.text.endswith("."))
        or token.text in ("-", "'", "’", NBSP)
    )


def _after_given_name(token: Token) -> bool:
    """A capitalized word right after a capitalized given name that opens a name: the surname ("Clinton" of
    "Hillary Clinton Says"), also on a headline line where the article writes it nowhere else; not the word
    after a surname that is also a given name ("Hammers" of "Elizabeth Warren Hammers")."""
    doc = token.doc
    if token.i == 0 or not _capitalized_word(token) or not _given(doc[token.i - 1]):
        return False
    return token.i == 1 or not _given(doc[token.i - 2])


def _given(token: Token) -> bool:
    """A capitalized given name ("Hillary")."""
    return _capitalized_word(token) and token.lower_ in given_names()


def _capitalized_word(token: Token) -> bool:
    """A word of letters starting with a capital."""
    return token.is_alpha and token.text[:1].isupper()


def _runs(tokens: list[Token], keep: Callable[[Token], bool]) -> list[list[Token]]:
    """The maximal runs of ``tokens`` that ``keep`` accepts."""
    runs: list[list[Token]] = [[]]
    for t in tokens:
        if keep(t):
            runs[-1].append(t)
        elif runs[-1]:
            runs.append([])
    return [r for r in runs if r]


def _without_opening_verb(tokens: list[Token], name_words: frozenset[str]) -> list[Token]:
    """``tokens`` without a sentence-opening capitalized speech verb ("Continued Stone" -> "Stone")."""
    first = tokens[0] if tokens else None
    if first is None or len(tokens) < 2 or not first.is_sent_start or first.lower_ in name_words:
        return tokens
    word = first.lower_
    forms = {
        word,
        first.lemma_.lower(),
        word[:-1],
        word[:-2],
        word[:-3] + "y" if word.endswith("ied") else "",
    }
    return tokens[1:] if forms & speech_verbs() else tokens
