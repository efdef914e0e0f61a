"""Descriptions as speakers: role nouns ("the inspector"), organizations ("the group"), documents.

Each resolves to a name cluster of the article or to None (the caller then keeps the description's words).
"""

from bisect import bisect_left
from collections.abc import Iterator
from functools import cache
from weakref import WeakKeyDictionary

from spacy.tokens import Token

from quotex.document.lexicon import (
    NEUTER_PRONOUNS,
    PLURAL_PRONOUNS,
    document_kind,
    document_nouns,
    document_verbs,
    first_name_genders,
    org_nouns,
    outlet_nouns,
    outlet_words,
    published_nouns,
    role_nouns,
    word_list,
)
from quotex.resolve.article import LAST_SPEAKER_BONUS, SUBJECT_BONUS, ArticleIndex, Cluster, NamedMention
from quotex.resolve.campaigns import campaign_owner
from quotex.resolve.pronouns import resolve_pronoun
from quotex.resolve.syntax import subject_weight

ISSUER_PREPS = frozenset({"by", "from", "of"})
ATTRIBUTE_VERB = "attribute"  # "a statement attributed to X" is X's
PUBLISHED_IN = "in"  # "an editorial in the Gazette": only an organization issues it, not "a statement in May"
JOINT_PREPS = frozenset({"by", "from"})  # "a study by X and Y"; not "of": "a survey of X and Y"
ORG_PREPS = frozenset({"for", "of", "at", "with", "from"})
NAMING_VERBS = frozenset({"name", "call", "know"})  # "a teacher named X", "a woman called X", "known as X"


def head_word(token: Token) -> str:
    """The lower-case lemma of a description's head noun."""
    return token.lemma_.lower() if token.lemma_ else token.lower_


@cache
def person_nouns() -> dict[str, str]:
    """Person nouns that are no role (models/person_nouns.txt): noun -> 'm', 'f' or ''."""
    return {w.partition("|")[0].strip(): w.partition("|")[2].strip() for w in word_list("person_nouns")}


def is_person_noun(token: Token) -> bool:
    """A role or person noun ("the senator", "the candidate")."""
    word = head_word(token)
    return any(w in role_nouns() or w in person_nouns() for w in (word, token.lower_))


def is_description(token: Token) -> bool:
    """A common noun heading a description that may stand for a named person, organization or document."""
    word = head_word(token)
    return token.pos_ in ("NOUN", "PROPN") and (
        word in role_nouns()
        or word in person_nouns()
        or word in org_nouns()
        or word in document_nouns()
        or token.lower_ in role_nouns()
    )


def resolve_description(
    index: ArticleIndex, head: Token, previous: list[int], depth: int = 0, earlier: bool = True
) -> int | None:
    """The cluster a description headed by ``head`` refers to, or None (always for plurals: "the groups").

    ``earlier`` also reads earlier uses of the same noun ("a spokeswoman for the ministry" for "the
    spokeswoman"); callers switch it off for descriptions with modifiers of their own.
    """
    if head.tag_ in ("NNS", "NNPS"):
        return None
    word = head_word(head)
    apposed = _apposed_name(index, head, word)
    if apposed is not None:
        return apposed
    if word in role_nouns() or head.lower_ in role_nouns():
        role = word if word in role_nouns() else head.lower_
        return _resolve_role(index, head, role, previous, depth, earlier)
    named = None if word in person_nouns() else _head_match(index, head, previous)  # not a title
    if named is not None:
        return named
    if word in document_nouns():
        return _resolve_document(index, head, word, previous, depth, earlier)
    if word in org_nouns() and earlier:
        outlets = _outlets(index, head)
        kinds = ("org",) if outlets is None else None  # an outlet: among the outlets, however tagged
        return _most_salient(index, head.i, previous, kinds=kinds, clusters=outlets)
    return None


def _outlet_name(cluster: Cluster) -> bool:
    """An organization named like a news outlet ("Marlow Gazette"), also where the tagger gives it no kind or
    calls it a person the article gives no title and no he or she."""
    untold = cluster.kind == "person" and not (cluster.gender_votes or cluster.titles)
    named = bool(cluster.key) and cluster.key[-1] in outlet_words()
    return named and (cluster.kind in ("org", None) or untold)


def _outlets(index: ArticleIndex, head: Token) -> set[int] | None:
    """For a news outlet noun ("the daily", "the editorial board"), the organizations named like an outlet
    ("The Marlow Gazette"); None for any other noun."""
    word = head_word(head)
    modifiers = (head_word(c) for c in head.children if c.dep_ in ("amod", "compound"))
    if word not in outlet_nouns() and not any(m in outlet_nouns() for m in modifiers):
        return None
    return _outlet_clusters(index)


_OUTLETS: "WeakKeyDictionary[ArticleIndex, set[int]]" = WeakKeyDictionary()


def _outlet_clusters(index: ArticleIndex) -> set[int]:
    """The article's organizations named like a news outlet (found once per article)."""
    found = _OUTLETS.get(index)
    if found is None:
        found = _OUTLETS[index] = {ci for ci, c in enumerate(index.clusters) if _outlet_name(c)}
    return found


def _apposed_name(index: ArticleIndex, head: Token, word: str) -> int | None:
    """The name set beside a person or organization noun ("the nominee, Ana Rossi,", "Ana Rossi, the
    nominee"), of the noun's kind."""
    if word in document_nouns():
        return None
    kind = "org" if word in org_nouns() and word not in person_nouns() else "person"
    beside = _beside(head)
    if head.dep_ == "appos":
        beside.append(head.head)
    for token in beside:
        found = index.cluster_of_token.get(token.i)
        if found is not None and index.clusters[found].kind == kind:
            return found
    return None


def _beside(head: Token) -> list[Token]:
    """The names set beside a noun: its appositions and what "named", "called" or "known as" gives it."""
    return [c for c in head.children if c.dep_ == "appos"] + _named_as(head)


def _named_as(head: Token) -> list[Token]:
    """The names a noun is given by "named", "called" or "known as" ("a teacher named Ana Rossi")."""
    out = []
    for acl in head.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.lemma_.lower() not in NAMING_VERBS:
            continue
        names = [c for c in acl.children if c.dep_ in ("oprd", "dobj", "attr")]
        for prep in (c for c in acl.children if c.dep_ == "prep" and c.lower_ == "as"):
            names.extend(c for c in prep.children if c.dep_ == "pobj")
        if len(names) == 1 and names[0].right_edge.i == acl.right_edge.i:
            out.extend(names)  # not "one lawmaker called Trump 'the orange prince'": a verb misread
    return out


def named_person(index: ArticleIndex, head: Token) -> int | None:
    """The person a noun the lexicons do not list is given beside it: in apposition or by "named", "called"
    or "known as" ("the assailant, Luis Vega,", "a base chief known as Bob")."""
    for token in _beside(head):
        found = index.cluster_of_token.get(token.i)
        if found is not None and index.clusters[found].kind == "person":
            return found
    return None


def phrase_cluster(index: ArticleIndex, token: Token, previous: list[int], depth: int) -> int | None:
    """The cluster of the noun phrase headed by ``token``: a name, an its/their pronoun, or a description."""
    if depth > 2:
        return None
    if token.i in index.cluster_of_token:
        return index.cluster_of_token[token.i]
    if token.lower_ in NEUTER_PRONOUNS or token.lower_ in PLURAL_PRONOUNS:
        found = resolve_pronoun(index, token, previous)
        return found.cluster if found else None
    if token.pos_ in ("NOUN", "PROPN") and is_description(token):
        found = resolve_description(index, token, previous, depth + 1)
        return found if found is not None else salient_referent(index, token, previous)
    return None


def _resolve_role(
    index: ArticleIndex, head: Token, role: str, previous: list[int], depth: int, earlier: bool
) -> int | None:
    """A person linked to this very role word, else the most salient person given this role before it,
    else the organization the role belongs to ("a spokeswoman for the ministry")."""
    linked = index.role_link_at.get(head.i)
    if linked is not None:
        return linked
    best = _role_holder(index, head, role, previous)
    if best is not None:
        return _nearer_person(index, head, role, best, previous)
    org = _owner(index, head, previous, depth)
    if org is not None or not earlier:
        return org
    for i in index.narrative_before(role, head.i):
        org = _owner(index, index.tokens[i], previous, depth)
        if org is not None:
            return org
    return _later_holder(index, head, role)


def _later_holder(index: ArticleIndex, head: Token, role: str) -> int | None:
    """For a definite role noun nobody held before, the first person the narration gives the role a few
    sentences later ("the judge said ..." before "Judge Alvarez"), not whoever is salient now."""
    if not _definite(head):
        return None
    later = [
        link
        for link in index.links_by_role.get(role, ())
        if link.token > head.i and not index.in_quote[link.token]
    ]
    first = min(later, key=lambda link: link.token, default=None)
    if first is None or first.sent - index.sent_no[head.i] > SALIENT_SENTENCES_BACK:
        return None
    return first.cluster


def _role_holder(index: ArticleIndex, head: Token, role: str, previous: list[int]) -> int | None:
    """Of the people the article gives this role before ``head``, the most salient there now (the latest
    mention counts, not the link's)."""
    best, best_key = None, (float("-inf"), -1)
    for link in index.links_by_role.get(role, ()):
        if link.token >= head.i or index.in_quote[link.token]:
            continue
        key = (index.latest_salience(link.cluster, head.i, previous), link.token)
        if key > best_key:
            best, best_key = link.cluster, key
    return best


def _nearer_person(index: ArticleIndex, head: Token, role: str, holder: int, previous: list[int]) -> int:
    """The person right in focus ("Cruz defends it: '...,' the senator says") over the role's holder
    named far back, for a definite description; else the holder."""
    if not _definite(head):
        return holder
    gender = role_nouns().get(role, "")
    near = _most_salient(index, head.i, previous, kinds=("person",), gender=gender, window=True)
    if near is None or near == holder:
        return holder
    margin = index.latest_salience(near, head.i, previous) - index.latest_salience(holder, head.i, previous)
    return near if margin > ROLE_LINK_BONUS else holder


def _owner(index: ArticleIndex, head: Token, previous: list[int], depth: int) -> int | None:
    """The organization a role or document word belongs to: "X's", "for X", "X spokesman"."""
    for child in head.children:
        target = None
        if child.dep_ == "poss":
            target = child
        elif child.dep_ == "prep" and child.lower_ in ORG_PREPS:
            target = next((c for c in child.children if c.dep_ == "pobj"), None)
            target = None if target is not None and _title_word(index, target) else target
        elif child.dep_ == "compound" and child.i in index.cluster_of_token and speaks_for(head):
            target = child  # "the Agency spokesman" speaks for it; "the Senate leader" is a person
        if target is None:
            continue
        found = phrase_cluster(index, target, previous, depth)
        kinds = ("org",) if child.dep_ == "compound" else ("org", "place")  # not "the Vermont senator"
        if found is not None and index.clusters[found].kind in kinds:
            return found
    return None


def _title_word(index: ArticleIndex, noun: Token) -> bool:
    """A bare common noun completing a title, no owner ("secretary of state", "chief of staff")."""
    bare = not any(c.dep_ in ("det", "poss") for c in noun.children)
    return bare and noun.i not in index.cluster_of_token


def speaks_for(head: Token) -> bool:
    """A role whose words are its organization's ("spokesman", "spokeswoman", "spokesperson")."""
    return head_word(head).startswith("spokes") or head.lower_.startswith("spokes")


def _head_match(index: ArticleIndex, head: Token, previous: list[int]) -> int | None:
    """The most salient non-person name containing the description's head noun ("the ministry")."""
    forms = {head.lower_, head_word(head), head_word(head) + "s"}
    wanted = [ci for ci in index.clusters_named_with(forms) if index.clusters[ci].kind != "person"]
    if not wanted:
        return None
    return _most_salient(index, head.i, previous, clusters=set(wanted))


def _resolve_document(
    index: ArticleIndex, head: Token, word: str, previous: list[int], depth: int, earlier: bool
) -> int | None:
    """Who issued a document: "a report by X", "X's report", "X published a study", "in a statement"."""
    for occurrence in _uses_of_document(index, head, word) if earlier else [head]:
        found = _issuer(index, occurrence, previous, depth)
        if found is not None:
            return found
    filer = filer_of(index, head)
    if filer is not None:
        return phrase_cluster(index, filer, previous, depth)
    if word in published_nouns() and _definite(head):  # "The piece goes on to say": the outlet's
        return _most_salient(index, head.i, previous, clusters=_outlet_clusters(index), window=True)
    return None


def _uses_of_document(index: ArticleIndex, head: Token, word: str) -> Iterator[Token]:
    """``head``, then the narrative nouns before it that name the same document, nearest first ("Rossi wrote
    a memoir ... the book says": one document, named two ways), back to DOCUMENT_SENTENCES_BACK (a
    statement issued far back is another statement); read as far as the caller needs (no list copy)."""
    here, kind = index.sent_no[head.i], document_kind(word)
    for i in range(head.i, -1, -1):
        occurrence = index.tokens[i]
        if here - index.sent_no[i] > DOCUMENT_SENTENCES_BACK:
            return
        if not index.in_quote[i] and document_kind(head_word(occurrence)) == kind:
            yield occurrence


def filer_of(index: ArticleIndex, head: Token) -> Token | None:
    """For a filing or statement with no issuer of its own ("the complaint"), the subject of the latest
    narrative verb that issues it a few sentences before ("Acme sued the city ... The complaint says",
    "Acme responded that ... the statement said": Acme), else None."""
    verbs = document_verbs().get(head_word(head), frozenset())
    if not verbs or any(_names_issuer(index, c) for c in head.children):
        return None
    here = index.sent_no[head.i]
    for i in range(head.i - 1, -1, -1):  # stops a few sentences back: no copy of the token list
        verb = index.tokens[i]
        if here - index.sent_no[i] > FILING_SENTENCES_BACK:
            return None
        if verb.pos_ == "VERB" and verb.lemma_.lower() in verbs and not index.in_quote[i]:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
    return None


def _issuer(index: ArticleIndex, noun: Token, previous: list[int], depth: int) -> int | None:
    words, last = _issuer_words(index, noun)
    for target in words:
        if (found := phrase_cluster(index, target, previous, depth)) is not None:
            return found
    return phrase_cluster(index, last, previous, depth) if last is not None else None


def _issuer_words(index: ArticleIndex, noun: Token) -> tuple[list[Token], Token | None]:
    """The words that may say who issued a document: its own ("X's", "the X report", "by X", "in the
    Gazette", "filed by X"), each tried in turn, and the last resort, the X of "an email was sent from X"
    or of "X released a report" / "X said in a statement"."""
    words = []
    for child in noun.children:
        target = None
        if child.dep_ == "poss" or (child.dep_ == "compound" and child.i in index.cluster_of_token):
            target = child
        elif child.dep_ == "prep" and child.lower_ in ISSUER_PREPS:
            target = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif child.dep_ == "prep" and child.lower_ == PUBLISHED_IN:
            target = _published_in(index, child)
        elif child.dep_ in ("acl", "relcl"):  # "a complaint filed by X", "which was attributed to X"
            target = _agent_of(child)
        if target is not None:
            words.append(target)
    if noun.dep_ == "nsubjpass" and (target := _agent_of(noun.head)) is not None:
        return words, target  # "an email was sent from X"
    verb = noun.head if noun.dep_ == "dobj" else None
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head
    if verb is not None and verb is not noun and verb.pos_ in ("VERB", "AUX"):
        return words, next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return words, None


def issuing_campaign(index: ArticleIndex, head: Token) -> Token | None:
    """For a document a candidate's campaign issued ("The Rossi campaign released an ad ... The ad says",
    "a statement from her campaign"), that "campaign" word; None when the article says someone else issued
    it, or nobody."""
    word = head_word(head)
    if word not in document_nouns():
        return None
    for occurrence in _uses_of_document(index, head, word):
        words, last = _issuer_words(index, occurrence)
        for target in [*words, *([last] if last is not None else [])]:
            if campaign_owner(target) is not None:
                return target
            if phrase_cluster(index, target, [], 0) is not None:
                return None  # issued by someone the article names
    return None


def _agent_of(verb: Token) -> Token | None:
    """The X of a passive verb's "by X", "from X" or "attributed to X" ("filed by X"), or None."""
    attributed = verb.lemma_.lower() == ATTRIBUTE_VERB  # "a statement attributed to X"
    for child in verb.children:
        if child.dep_ == "agent" or (
            child.dep_ == "prep" and child.lower_ == ("to" if attributed else "from")
        ):
            found = next((c for c in child.children if c.dep_ == "pobj"), None)
            if found is not None:
                return found
    return None


def _names_issuer(index: ArticleIndex, child: Token) -> bool:
    """A word of a document's own that says who issued it ("X's", "by X", "the X complaint")."""
    named_compound = child.dep_ == "compound" and child.i in index.cluster_of_token
    return child.dep_ == "poss" or named_compound or (child.dep_ == "prep" and child.lower_ in ISSUER_PREPS)


def joint_issuers(index: ArticleIndex, head: Token) -> list[int]:
    """The names a document says it is by when it names more than one of one kind ("a study by economists
    Ana Rossi and Luis Vega", "a report by X and Y"), in the order written; else []."""
    if head_word(head) not in document_nouns():
        return []
    for prep in head.children:
        target = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.dep_ != "prep" or prep.lower_ not in JOINT_PREPS or target is None:
            continue
        joined = [t for t in target.subtree if t is target or t.dep_ == "conj" or _has_and(t)]
        named = [index.cluster_of_token[t.i] for t in joined if t.i in index.cluster_of_token]
        found = list(dict.fromkeys(named))  # in the order written
        one_kind = len({index.clusters[c].kind for c in found}) == 1
        if len(found) > 1 and one_kind and any(map(_has_and, joined)):
            return found
    return []


def _has_and(token: Token) -> bool:
    """A word with "and" joining another to it ("Rossi" of "Rossi and Vega")."""
    return any(c.dep_ == "cc" and c.lower_ == "and" for c in token.children)


def _fits(cluster: Cluster, kinds: tuple[str, ...]) -> bool:
    """A cluster of one of ``kinds``; a lone word only the tagger calls a person ("Twitter": no given
    name, title or he/she) may also be the organization an article calls "the company"."""
    if cluster.kind in kinds:
        return True
    lone = cluster.kind == "person" and len(cluster.key) == 1 and not (cluster.gender_votes or cluster.titles)
    return "org" in kinds and lone and cluster.key[0] not in first_name_genders()


def _published_in(index: ArticleIndex, prep: Token) -> Token | None:
    """The object of "in" when it names an organization ("an editorial in the Gazette"), else None."""
    target = next((c for c in prep.children if c.dep_ == "pobj"), None)
    found = index.cluster_of_token.get(target.i) if target is not None else None
    return target if found is not None and index.clusters[found].kind == "org" else None


def _most_salient(
    index: ArticleIndex,
    at: int,
    previous: list[int],
    kinds: tuple[str, ...] | None = None,
    clusters: set[int] | None = None,
    gender: str = "",
    window: bool = False,
) -> int | None:
    """The cluster of :func:`_salient_best`."""
    return _salient_best(index, at, previous, kinds, clusters, gender, window)[0]


def _salient_best(
    index: ArticleIndex,
    at: int,
    previous: list[int],
    kinds: tuple[str, ...] | None = None,
    clusters: set[int] | None = None,
    gender: str = "",
    window: bool = False,
) -> tuple[int | None, tuple[float, int]]:
    """The most salient named mention before token ``at`` among the given kinds or clusters (and of
    ``gender`` where known), with its (salience, start); with ``window``, only from the last few sentences
    or earlier speakers.

    Every filter is a property of the cluster, and within one cluster the best mention before ``at`` is
    the running best of :class:`NarrativeMentions`; so the mentions are read backwards from ``at`` only as
    far as one could still win (salience falls by one a sentence), and earlier speakers and the given
    ``clusters`` are looked up directly: a description costs its neighbourhood, not the article."""
    table = index.narrative_mentions
    here = index.sent_no[at]
    last = bisect_left(table.starts, at)  # narrative mentions starting before ``at``
    if last and table.mentions[last - 1].end > at:
        last -= 1  # the name ``at`` stands in (names never overlap, so only the last can hold it)

    def passes(ci: int) -> bool:
        cluster = index.clusters[ci]
        if kinds is not None and not _fits(cluster, kinds):
            return False
        if gender and cluster.gender and cluster.gender != gender:
            return False
        return clusters is None or ci in clusters

    best, best_key = None, (float("-inf"), -1)

    def consider(m: NamedMention) -> None:
        nonlocal best, best_key
        key = (index.salience(m.sent, m.subject, m.cluster, at, previous), m.start)
        if key > best_key:
            best, best_key = m.cluster, key

    lookups = set(previous) | (
        clusters if clusters is not None and len(clusters) <= len(previous) + 8 else set()
    )
    for ci in lookups:
        k = bisect_left(table.of_cluster.get(ci, []), last) - 1
        if k >= 0 and passes(ci):
            m = table.mentions[table.best_so_far[ci][k]]
            if not window or here - m.sent <= SALIENT_SENTENCES_BACK or ci in previous:
                consider(m)
    ceiling = SUBJECT_BONUS + LAST_SPEAKER_BONUS  # the most a mention can add to minus its distance
    for pos in range(last - 1, -1, -1):
        m = table.mentions[pos]
        if -(here - m.sent) + ceiling <= best_key[0]:
            break  # no mention further back can win
        if window and here - m.sent > SALIENT_SENTENCES_BACK:
            break  # beyond the window only earlier speakers count, looked up above
        if m.end <= at and m.cluster not in lookups and passes(m.cluster):
            consider(m)
    return best, best_key


DEFINITE = frozenset({"the", "this", "that"})
RANK_WORDS = frozenset({"vice", "deputy", "assistant", "associate", "acting", "lieutenant", "co"})
ROLE_LINK_BONUS = 2.0  # sentences of salience a role link outweighs: the senator named as such before
SALIENT_SENTENCES_BACK = 8
FILING_SENTENCES_BACK = 2  # "X sued ... The complaint": told of right after the suit
DOCUMENT_SENTENCES_BACK = 12  # a bare "the senator" names someone introduced not long before (or a speaker)
DESCRIBED_SENTENCES_BACK = 2  # a described subject keeps its person in focus for the next sentences


def _definite(head: Token) -> bool:
    """A description with a definite determiner, or a bare one opening a headline ("Justice vows to")."""
    dets = [c for c in head.children if c.dep_ == "det"]
    headline_bare = not dets and head.is_sent_start and head.text[:1].isupper()
    return headline_bare or any(c.lower_ in DEFINITE for c in dets)


def salient_referent(
    index: ArticleIndex, head: Token, previous: list[int], described: bool = False
) -> int | None:
    """The referent of a definite singular description the article links to nobody ("the senator", "the
    former first lady", "the company"): the most salient person (of the noun's gender) or organization
    named before it; None for indefinite or plural ones ("a spokesman", "officials") and for documents.

    With ``described``, a person described as the subject of a sentence just before competes too ("Ana
    Rossi spoke. The nominee was in Ohio, where Lee ... The senator said"): the description keeps her in
    focus where the name is further back than someone else's."""
    if head.tag_ in ("NNS", "NNPS") or not _definite(head):
        return None
    word = head_word(head)
    nouns = {**person_nouns(), **role_nouns()}
    if word in nouns or head.lower_ in nouns:
        gender = nouns.get(word, "") or nouns.get(head.lower_, "")
        kinds: tuple[str, ...] = ("person",)
    elif word in org_nouns() and word not in document_nouns():
        gender, kinds = "", ("org",)
    else:
        return None
    before = _earlier_use(index, head, word)
    if before is not None and _indefinite(before) and kinds == ("person",):
        if not _person_named_since(index, before, head):
            return None  # "A committee aide blasted it ... the aide said": someone the article never names
        before = None  # named since: whoever is salient here
    at = head.left_edge.i if before is None else before.left_edge.i  # the article keeps one referent per noun
    earlier = previous if before is None else []
    outlets = _outlets(index, head)
    if outlets is not None:
        return _most_salient(index, at, earlier, clusters=outlets, window=True)
    best, key = _salient_best(index, at, earlier, kinds=kinds, gender=gender, window=True)
    if described and kinds == ("person",):
        for cluster, subject_key in _described_people(index, at, earlier, gender):
            if subject_key > key:
                best, key = cluster, subject_key
    return best


def _described_people(
    index: ArticleIndex, at: int, previous: list[int], gender: str
) -> Iterator[tuple[int, tuple[float, int]]]:
    """The people that definite role or person nouns stand for as subjects of the narration in the few
    sentences before token ``at`` ("The nominee was speaking ..."), each with its (salience, start)."""
    here = index.sent_no[at]
    for i in range(at - 1, -1, -1):
        if here - index.sent_no[i] > DESCRIBED_SENTENCES_BACK:
            return
        t = index.tokens[i]
        if index.in_quote[i] or i in index.cluster_of_token or t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if t.pos_ != "NOUN" or not is_person_noun(t):
            continue
        found = resolve_description(index, t, previous, depth=2, earlier=False)
        if found is None:
            found = salient_referent(index, t, previous)
        cluster = index.clusters[found] if found is not None else None
        if cluster is None or cluster.kind != "person" or (gender and cluster.gender not in (None, gender)):
            continue
        yield found, (index.salience(index.sent_no[i], subject_weight(t), found, at, previous), t.left_edge.i)


def _person_named_since(index: ArticleIndex, before: Token, head: Token) -> bool:
    """Whether the narration names a person after the sentence of ``before`` and ahead of ``head`` ("A
    lawmaker wants ... Joey Salceda said ... The lawmaker": the lede's lawmaker named at last)."""
    narrative = index.narrative_mentions
    first = bisect_left(narrative.starts, index.layout.sentence_bounds(before.i)[1])
    last = bisect_left(narrative.starts, head.left_edge.i)
    return any(index.clusters[m.cluster].kind == "person" for m in narrative.mentions[first:last])


def _indefinite(head: Token) -> bool:
    """A noun brought in as someone new: "a", "an" or "one" ("a party aide", "one official")."""
    return any((c.dep_ == "det" and c.lower_ in ("a", "an")) or c.lower_ == "one" for c in head.children)


def _earlier_use(index: ArticleIndex, head: Token, word: str) -> Token | None:
    """The latest definite singular use of the same noun in the narration of the last few sentences
    ("the Vermont senator said ..." before "the senator"), or an indefinite one after which the article names
    nobody so ("A party aide said ... the aide added"), or None."""
    here = index.sent_no[head.i]
    for i in range(head.left_edge.i - 1, -1, -1):  # stops a few sentences back: no copy of the token list
        before = index.tokens[i]
        if here - index.sent_no[before.i] > SALIENT_SENTENCES_BACK:
            return None
        if index.in_quote[before.i] or before.tag_ in ("NNS", "NNPS") or head_word(before) != word:
            continue
        if _rank_words(head) != _rank_words(before):
            continue  # "the vice presidential nominee" is not "the presidential nominee" just before
        if _definite(before) or _indefinite(before):
            return before
    return None


def _rank_words(noun: Token) -> set[str]:
    """The words before a noun in its phrase that make it another office ("vice", "deputy", "acting")."""
    return {w.lower_ for w in noun.doc[noun.left_edge.i : noun.i] if w.lower_ in RANK_WORDS}
