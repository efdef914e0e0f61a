"""Pronoun speakers ("he", "she", "they", "it") to a compatible named antecedent.

Two steps: :func:`antecedent_options` lists one :class:`Option` per compatible cluster (its rule salience
and the features a ranker reads), and a chooser picks one: :class:`SalienceChooser` (the rules: the most
salient option) or the trained ranker of :mod:`quotex.resolve.pronoun_ranker`.
"""

from bisect import bisect_left
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
    org_nouns,
    role_nouns,
)
from quotex.resolve.article import ArticleIndex
from quotex.resolve.names import strip_determiners
from quotex.resolve.syntax import subject_weight

DESCRIPTION_SENTENCES_BACK = 2
CHAIN_SENTENCES_BACK = (
    1  # an earlier "he" as subject, in this sentence or the one before, passes its referent on
)
MAX_CHAIN = 2
MAX_SENTENCES_BACK = 8  # antecedents further back count only when they already spoke
UNKNOWN_GENDER_PENALTY = 0.75
CONTESTED_GENDER_PENALTY = 2.0  # the given name says the other gender, the text says this one
PLACE_PENALTY = 0.5
PLURAL_NOUN_PENALTY = 0.5


@dataclass(frozen=True)
class Antecedent:
    """What a pronoun refers to: a cluster of the index, or an unnamed plural noun phrase."""

    cluster: int | None
    name: str | None
    score: float


@dataclass(frozen=True)
class Option:
    """One antecedent a pronoun may have, with its rule salience and the features a ranker reads."""

    cluster: int | None  # None: an unnamed plural noun phrase ("the residents")
    name: str | None
    score: float
    start: int  # where the option's best mention starts (the rules' tie-break)
    features: tuple[str, ...] = ()


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
    """A mention competing as an antecedent: its cluster, sentence, subject weight, start and source."""

    cluster: int
    sent: int
    subject: float
    start: int
    source: str  # "name", "description" or "chain"


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
) -> Antecedent | None:
    """The antecedent ``chooser`` picks for a pronoun speaker, or None when the article offers none."""
    chosen = chooser.choose(token, antecedent_options(index, token, previous, describe, depth))
    return None if chosen is None else Antecedent(chosen.cluster, chosen.name, chosen.score)


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
    candidates = [_Candidate(m.cluster, m.sent, m.subject, m.start, "name") for m in window]
    if describe is not None:
        candidates.extend(_described_subjects(index, token, describe))
    if depth < MAX_CHAIN:
        candidates.extend(_chained(index, token, previous, describe, depth))
    best: dict[int, tuple[float, _Candidate, str]] = {}
    for c in candidates:
        if index.sent_no[token.i] - c.sent > MAX_SENTENCES_BACK and c.cluster not in previous:
            continue
        scored = _score(index, c, token, previous, want)
        if scored is None:
            continue
        kept = best.get(c.cluster)
        if kept is None or (scored[0], c.start) > (kept[0], kept[1].start):
            best[c.cluster] = (scored[0], c, scored[1])
    options = [
        Option(ci, index.clusters[ci].name, score, c.start, (f"source={c.source}", f"gender={agreement}"))
        for ci, (score, c, agreement) in best.items()
    ]
    if want[0] == "group":
        plural = _plural_subject(index, token, previous)
        if plural is not None:
            options.append(plural)
    return _with_features(index, token, previous, options, {ci: c for ci, (_, c, _) in best.items()})


def _score(
    index: ArticleIndex, c: _Candidate, token: Token, previous: list[int], want: tuple[str, str | None]
) -> tuple[float, str] | None:
    """(rule salience, gender agreement) of a candidate, or None when it cannot be the antecedent."""
    kind, gender = want
    cluster = index.clusters[c.cluster]
    score = index.salience(c.sent, c.subject, c.cluster, token.i, previous)
    agreement = "na"
    if kind == "person":
        if cluster.kind != "person" and not (cluster.kind is None and 2 <= len(cluster.key) <= 3):
            return None  # an unlabelled capitalized word is no "he" ("Union"); "Olive Meehan" may be
        agreement = "match"
        if cluster.gender is None:
            score -= UNKNOWN_GENDER_PENALTY
            agreement = "unknown"
        elif cluster.gender != gender:
            votes = cluster.gender_votes
            if not votes[gender] or votes[gender] < votes[cluster.gender]:
                return None
            score -= CONTESTED_GENDER_PENALTY  # "Chen Sato ... she": only the given name says "m"
            agreement = "contested"
    else:
        if cluster.kind not in (("org", "place", "norp") if kind == "group" else ("org", "place")):
            return None
        if cluster.kind == "place":
            score -= PLACE_PENALTY
    return score, agreement


def _with_features(
    index: ArticleIndex,
    token: Token,
    previous: list[int],
    options: list[Option],
    chosen: dict[int, _Candidate],
) -> list[Option]:
    """``options`` with the ranker's features: rule rank and gap, distance, subject, earlier speaker,
    recency rank, same paragraph, mention count and kind (see :func:`_features`)."""
    by_rule = sorted(range(len(options)), key=lambda k: (options[k].score, options[k].start), reverse=True)
    rank = {k: r for r, k in enumerate(by_rule)}
    top = options[by_rule[0]].score if options else 0.0
    last = [_last_mention(index, o, token.i) for o in options]
    by_recency = sorted(range(len(options)), key=lambda k: last[k][0], reverse=True)
    recency = {k: r for r, k in enumerate(by_recency)}
    spoke = {ci: len(previous) - n for n, ci in enumerate(previous)}  # quotes ago, the latest time
    kind = (wanted(token.lower_) or ("", None))[0]
    out = []
    for k, o in enumerate(options):
        c = chosen.get(o.cluster) if o.cluster is not None else None
        feats = list(o.features) or ["source=plural"]
        feats += _features(
            rank=rank[k],
            gap=top - o.score,
            distance=index.sent_no[token.i] - (c.sent if c else index.sent_no[o.start]),
            subject=c.subject if c else 1.0,
            quotes_ago=spoke.get(o.cluster, 0) if o.cluster is not None else 0,
            recency=recency[k],
            same_paragraph=index.layout.paragraph_of[last[k][0]] == index.layout.paragraph_of[token.i],
            mentions=last[k][1],
        )
        cluster_kind = index.clusters[o.cluster].kind if o.cluster is not None else "noun"
        feats.append(f"kind={kind}|{cluster_kind}")
        out.append(Option(o.cluster, o.name, o.score, o.start, tuple(feats)))
    return out


def _features(
    rank: int,
    gap: float,
    distance: int,
    subject: float,
    quotes_ago: int,
    recency: int,
    same_paragraph: bool,
    mentions: int,
) -> list[str]:
    """The binned features of one option (``quotes_ago`` 0: it has not spoken yet)."""
    return [
        f"rank={min(rank, 3)}",
        f"gap={_bin(gap, (0.01, 0.5, 1.0, 2.0, 3.0))}",
        f"distance={_bin(distance, (1, 2, 3, 5, 9))}",
        f"subject={subject:g}",
        f"spoke={_bin(quotes_ago, (1, 2, 3, 5)) if quotes_ago else 'never'}",
        f"recency={min(recency, 3)}",
        f"same_paragraph={same_paragraph}",
        f"mentions={_bin(mentions, (1, 2, 3, 6))}",
        f"rank={min(rank, 3)}|spoke={min(quotes_ago, 2) if quotes_ago else 'never'}",
    ]


def _bin(value: float, edges: tuple[float, ...]) -> int:
    """How many of ``edges`` ``value`` reaches (0 below the first)."""
    return bisect_left(edges, value + 1e-9)


def _last_mention(index: ArticleIndex, option: Option, at: int) -> tuple[int, int]:
    """(start of the option's latest narrative mention before token ``at``, its mentions before ``at``)."""
    if option.cluster is None:
        return option.start, 0
    nm = index.narrative_mentions
    positions = nm.of_cluster.get(option.cluster, [])
    k = bisect_left(positions, bisect_left(nm.starts, at))
    latest = nm.mentions[positions[k - 1]].start if k else option.start
    return max(latest, option.start), k


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
            return [_Candidate(found.cluster, index.sent_no[i], subject_weight(t), i, "chain")]
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
            out.append(_Candidate(ci, index.sent_no[i], subject_weight(t), t.left_edge.i, "description"))
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
