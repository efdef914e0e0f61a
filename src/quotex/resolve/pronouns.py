"""Pronoun speakers ("he", "she", "they", "it") to a compatible named antecedent.

Two steps: :func:`antecedent_options` lists one :class:`Option` per compatible cluster with its rule
salience, and a :class:`PronounChooser` picks one; :class:`SalienceChooser` (the rules: the most salient
option) is the one quotex ships.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Token

from quotex.document.lexicon import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    NEUTER_PRONOUNS,
    PLURAL_PRONOUNS,
    document_nouns,
    name_gender,
    org_name_words,
    org_nouns,
    phrasal_cues,
    role_nouns,
    speech_verbs,
)
from quotex.resolve.article import ArticleIndex, Cluster
from quotex.resolve.names import strip_determiners
from quotex.resolve.syntax import subject_weight

DESCRIPTION_SENTENCES_BACK = 2
CHAIN_SENTENCES_BACK = (
    1  # an earlier "he" as subject, in this sentence or the one before, passes its referent on
)
MAX_CHAIN = 5  # a run of "he ... He ... He ..." subjects carries one referent along
MAX_SENTENCES_BACK = 8  # antecedents further back count only when they already spoke
UNKNOWN_GENDER_PENALTY = 0.25  # many given names are in no list: a small doubt, not a veto
CONTESTED_GENDER_PENALTY = 2.0  # the given name says the other gender, the text says this one
PLACE_PENALTY = 0.5
REPORTED_PENALTY = 2.0  # a name inside what someone named reports is said of, seldom saying
SPEAKER_BONUS = 1.0  # the narration's subject of a speech verb ("Ruiz said that ...") speaks again
MAX_REPORTED_CLIMB = 8  # steps up from a name to the speech verb that reports it
PLURAL_NOUN_PENALTY = 0.5
PERSON_SHAPED_PENALTY = 1.5  # an organization or place by its labels whose name reads as a person's


@dataclass(frozen=True)
class Option:
    """One antecedent a pronoun may have: a cluster of the index, or an unnamed plural noun phrase."""

    cluster: int | None  # None: an unnamed plural noun phrase ("the residents")
    name: str | None
    score: float  # rule salience
    start: int  # where the option's best mention starts (the rules' tie-break)


class PronounChooser(Protocol):
    """Picks a pronoun's antecedent among its options (None: no antecedent)."""

    def choose(self, token: Token, options: Sequence[Option]) -> Option | None: ...


class SalienceChooser:
    """The rules: the most salient named option, unless an unnamed plural subject is more salient still."""

    def choose(self, token: Token, options: Sequence[Option]) -> Option | None:
        """The rules' pick among ``options``."""
        named = [o for o in options if o.cluster is not None]
        best = max(named, key=lambda o: (o.score, o.start), default=None)
        plural = next((o for o in options if o.cluster is None), None)
        if plural is not None and (best is None or plural.score > best.score):
            return plural
        return best


SALIENCE = SalienceChooser()


@dataclass(frozen=True)
class _Candidate:
    """A mention competing as an antecedent: its cluster, sentence, subject weight and start."""

    cluster: int
    sent: int
    subject: float
    start: int
    reported: bool = False  # named inside indirect speech ("Ruiz said hiring *Lee* was hard")
    speaks: bool = False  # subject of a narrative speech verb that reports no quote ("*Ruiz* said that ...")


def wanted(pronoun: str) -> tuple[str, str | None] | None:
    """(kind, gender) a pronoun can refer to: ("person", "m"), ("group", None), ... or None."""
    if pronoun in MALE_PRONOUNS:
        return "person", "m"
    if pronoun in FEMALE_PRONOUNS:
        return "person", "f"
    if pronoun in PLURAL_PRONOUNS:
        return "group", None
    if pronoun in NEUTER_PRONOUNS:
        return "thing", None
    return None


def resolve_pronoun(
    index: ArticleIndex,
    token: Token,
    previous: list[int],
    describe: Callable[[Token], int | None] | None = None,
    depth: int = 0,
    chooser: PronounChooser = SALIENCE,
) -> Option | None:
    """The antecedent ``chooser`` picks for a pronoun speaker, or None when the article offers none."""
    return chooser.choose(token, antecedent_options(index, token, previous, describe, depth))


def antecedent_options(
    index: ArticleIndex,
    token: Token,
    previous: list[int],
    describe: Callable[[Token], int | None] | None = None,
    depth: int = 0,
) -> list[Option]:
    """One option per cluster that may be the pronoun's antecedent, at its most salient mention.

    ``describe`` resolves a description subject ("the prime minister said she ...") to a cluster, so such
    subjects compete as antecedents too; so does the referent of the same pronoun used as a subject just
    before ("Miller told the Post ... He could not explain ... “...,” he said").
    """
    want = wanted(token.lower_)
    if want is None:
        return []
    window = index.narrative_mentions.candidates(token, MAX_SENTENCES_BACK, previous)
    candidates = [
        _Candidate(m.cluster, m.sent, m.subject, m.start, _reported(index, m.head), _speaks(index, m.head))
        for m in window
    ]
    if describe is not None:
        candidates.extend(_described_subjects(index, token, describe))
    if depth < MAX_CHAIN:
        candidates.extend(_chained(index, token, previous, describe, depth))
    best: dict[int, Option] = {}
    for c in candidates:
        if index.sent_no[token.i] - c.sent > MAX_SENTENCES_BACK and c.cluster not in previous:
            continue
        score = _score(index, c, token, previous, want)
        if score is None:
            continue
        kept = best.get(c.cluster)
        if kept is None or (score, c.start) > (kept.score, kept.start):
            best[c.cluster] = Option(c.cluster, index.clusters[c.cluster].name, score, c.start)
    options = list(best.values())
    if want[0] == "group":
        plural = _plural_subject(index, token, previous)
        if plural is not None:
            options.append(plural)
    return options


def _score(
    index: ArticleIndex, c: _Candidate, token: Token, previous: list[int], want: tuple[str, str | None]
) -> float | None:
    """The rule salience of a candidate, or None when it cannot be the antecedent."""
    kind, gender = want
    cluster = index.clusters[c.cluster]
    score = index.salience(c.sent, c.subject, c.cluster, token.i, previous)
    if c.reported:
        score -= REPORTED_PENALTY
    if kind == "person":
        if c.speaks:
            score += SPEAKER_BONUS
        if cluster.kind in ("org", "place", "thing") and _person_shaped(cluster):
            score -= PERSON_SHAPED_PENALTY  # a person the tagger read as an organization or place
        elif cluster.kind != "person" and not (cluster.kind is None and 2 <= len(cluster.key) <= 3):
            return None  # an unlabelled capitalized word is no "he" ("Union"); "Olive Meehan" may be
        if cluster.gender is None:
            score -= UNKNOWN_GENDER_PENALTY
        elif cluster.gender != gender:
            votes = cluster.gender_votes
            named = name_gender(cluster.key) == gender  # the text's he/she may be wrong
            if not named and (not votes[gender] or votes[gender] < votes[cluster.gender]):
                return None
            score -= CONTESTED_GENDER_PENALTY  # "Chen Sato ... she": only the given name says "m"
    else:
        if cluster.kind not in (("org", "place", "norp") if kind == "group" else ("org", "place")):
            return None
        if cluster.kind == "place":
            score -= PLACE_PENALTY
    return score


def _reported(index: ArticleIndex, head: int) -> bool:
    """Whether the name headed at ``head`` stands inside what a narrative speech verb with a named subject
    reports ("Ruiz said hiring Lee was hard"): said of, not saying; "aides say Lee ..." does not count."""
    token = index.tokens[head]
    for _ in range(MAX_REPORTED_CLIMB):
        parent = token.head
        if parent.i == token.i:
            return False
        if token.dep_ == "ccomp" and parent.i < token.i and _narrative_speech(index, parent):
            speaker = next((c for c in parent.children if c.dep_ == "nsubj"), None)
            named = index.cluster_of_token.get(speaker.i) if speaker is not None else None
            return named is not None and named != index.cluster_of_token.get(head)
        token = parent
    return False


def _speaks(index: ArticleIndex, head: int) -> bool:
    """Whether the name headed at ``head`` is the subject of a narrative speech verb that has no quote of its
    own ("Ruiz said that the plan would fail", "Ruiz, a former aide, went on"): a speaker, likely to be the
    next he/she. The subject of a verb that reports a quote is the previous speaker, counted already."""
    token = index.tokens[head]
    if token.dep_ == "appos":
        token = token.head
    if token.dep_ != "nsubj":
        return False
    verb = token.head
    if index.in_quote[verb.i] or any(index.in_quote[c.i] for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma in speech_verbs():
        return True
    return any(f"{lemma} {c.lower_}" in phrasal_cues() for c in verb.children if c.dep_ in ("prt", "advmod"))


def _narrative_speech(index: ArticleIndex, verb: Token) -> bool:
    """A speech verb of the narration."""
    return verb.lemma_.lower() in speech_verbs() and not index.in_quote[verb.i]


def _person_shaped(cluster: Cluster) -> bool:
    """Two or three words, none of them a word of organization names ("Sunday Okafor", not "Acme Corp")."""
    words = cluster.key
    return 2 <= len(words) <= 3 and not any(w in org_name_words() or w in org_nouns() for w in words)


def _chained(
    index: ArticleIndex,
    token: Token,
    previous: list[int],
    describe: Callable[[Token], int | None] | None,
    depth: int,
) -> list[_Candidate]:
    """The referent of the nearest earlier subject pronoun of the same kind, as a candidate at its place."""
    want = wanted(token.lower_)
    for i in range(token.i - 1, -1, -1):
        if index.sent_no[token.i] - index.sent_no[i] > CHAIN_SENTENCES_BACK:
            break
        t = index.tokens[i]
        if index.in_quote[i] or subject_weight(t) < 1.0 or wanted(t.lower_) != want:
            continue  # only a main-clause subject carries the referent on ("the suggestion he ..." does not)
        found = resolve_pronoun(index, t, previous, describe, depth + 1)
        if found is not None and found.cluster is not None:
            return [_Candidate(found.cluster, index.sent_no[i], subject_weight(t), i)]
        return []
    return []


def _described_subjects(
    index: ArticleIndex, token: Token, describe: Callable[[Token], int | None]
) -> list[_Candidate]:
    """Description subjects shortly before ``token``."""
    want = wanted(token.lower_)
    out = []
    for i in range(token.i - 1, -1, -1):
        if index.sent_no[token.i] - index.sent_no[i] > DESCRIPTION_SENTENCES_BACK:
            break
        t = index.tokens[i]
        if index.in_quote[i] or i in index.cluster_of_token or t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if not (t.text.islower() and t.pos_ in ("NOUN", "PROPN") and _fits(t, want)):
            continue
        if (ci := describe(t)) is not None:
            out.append(_Candidate(ci, index.sent_no[i], subject_weight(t), t.left_edge.i))
    return out


def _fits(noun: Token, want: tuple[str, str | None] | None) -> bool:
    """A role noun for he/she ("the minister"), an organization or document noun for it/they."""
    word = noun.lemma_.lower()
    if want is None:
        return False
    if want[0] == "person":
        return word in role_nouns()
    return word in org_nouns() or word in document_nouns()


def _plural_subject(index: ArticleIndex, token: Token, previous: list[int]) -> Option | None:
    """The nearest unnamed plural subject before ``token`` ("the residents"), as a fallback for "they"."""
    for i in range(token.i - 1, -1, -1):
        if index.sent_no[token.i] - index.sent_no[i] > 2:
            break
        t = index.tokens[i]
        if index.in_quote[i] or i in index.cluster_of_token:
            continue
        if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NNS" and t.pos_ == "NOUN":
            name = strip_determiners([w for w in t.subtree if w.i <= t.i])
            score = index.salience(index.sent_no[i], True, None, token.i, previous) - PLURAL_NOUN_PENALTY
            return Option(None, name, score, i)
    return None
