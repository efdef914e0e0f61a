"""What one article says about its names: name clusters, their kind and gender, and the roles linked to them.

Built once per Doc (well under a millisecond for a short article, about 3 ms for a 5,000-character one) and
shared by every speaker mention of the article.
"""

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from quotex.document.index import doc_index
from quotex.document.lexicon import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    court_name_words,
    first_name_genders,
    name_gender,
    org_nouns,
    person_titles,
    role_nouns,
    speech_verbs,
)
from quotex.resolve.names import (
    NameForm,
    contains,
    initials,
    is_name_space,
    name_form,
    name_pieces,
    titles_before,
)
from quotex.resolve.syntax import (
    SUBJECT_DEPS,
    adds_given_names,
    joins_name,
    left_compounds,
    role_of,
    subject_weight,
)

NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"}
)
PLACE_LABELS = frozenset({"GPE", "LOC"})
THING_LABELS = frozenset({"EVENT", "LAW"})  # events and laws: named, but no one who speaks
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})  # VBN: "Trump blasted" misread
NOT_PEOPLE = PLACE_LABELS | THING_LABELS | {"NORP", "FAC"}
PRONOUN_VOTE_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
PRONOUN_LOOKAHEAD_SENTENCES = 1
# salience: -1 per narrative sentence back, +1 for a subject, + these for the speakers of earlier quotes
SUBJECT_BONUS, LAST_SPEAKER_BONUS, EARLIER_SPEAKER_BONUS = 1.0, 0.75, 0.25
# evidence weights for a person's gender: a title is near-certain, a first name only a hint
TITLE_WEIGHT = 3.0
ROLE_WEIGHT = 2.0
GENERIC_ROLE_WEIGHT = 1.0  # "spokesman", "chairman" name women too: less than a given name
PRONOUN_WEIGHT = 1.0
FIRST_NAME_WEIGHT = 1.5
RELATIVE_NOUNS = frozenset(
    "husband wife son daughter brother sister father mother grandson granddaughter nephew niece".split()
)
NEAR_MIN_LETTERS = 5  # shorter names a letter apart are often two people ("Cohn", "Cohen")


@dataclass
class Cluster:
    """One referent named in the article: its canonical (longest) name, kind, gender and roles."""

    key: tuple[str, ...]
    name: str
    labels: Counter = field(default_factory=Counter)
    gender_votes: Counter = field(default_factory=Counter)
    titles: list[str] = field(default_factory=list)  # each title once, in the order first written
    acronym: str | None = None
    narrative: bool = True  # the canonical name was written outside quotes (narration or headline)
    kind: str | None = None  # "person", "org", "place", "norp" (nationality or party), "thing" or None
    gender: str | None = None  # "m", "f" or None

    @property
    def label(self) -> str | None:
        """The entity label to report: PERSON for people, else the most frequent other label."""
        if self.kind == "person":
            return "PERSON"
        others = [(n, lab) for lab, n in self.labels.items() if lab != "PERSON"]
        if others:
            return max(others)[1]
        return "ORG" if self.kind == "org" else None


@dataclass
class NamedMention:
    """One occurrence of a cluster's name: token range, head token, narrative sentence, subject or not."""

    start: int
    end: int
    head: int
    cluster: int
    sent: int
    subject: float  # see subject_weight
    in_quote: bool


@dataclass(frozen=True)
class RoleLink:
    """A role noun the article attaches to a named person ("Thomas Reyes, the auditor")."""

    role: str
    cluster: int
    token: int  # the role word's token index, or the name's head for titles
    sent: int


class ArticleIndex:
    """Name clusters, role links, quote mask and sentence numbers of one Doc."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.layout = doc_index(doc)
        self.tokens: list[Token] = self.layout.tokens
        self.in_quote = [q >= 0 for q in self.layout.quote_of]
        headlines = {p: self.layout.is_headline(p) for p in set(self.layout.paragraph_of)}
        self.headline = [headlines[p] for p in self.layout.paragraph_of]
        self.capitalized = [_capitalized(t) for t in self.tokens]
        self._name_words = _name_words(self.tokens, self.headline, self.capitalized)
        self.sent_no = self.layout.narrative_sentence_of
        self.clusters: list[Cluster] = []
        self.mentions: list[NamedMention] = []
        self.cluster_of_token: dict[int, int] = {}
        self._role_link_set: set[RoleLink] = set()  # each link once
        self.role_link_at: dict[int, int] = {}  # role word's token -> the cluster first linked there
        self.links_by_role: dict[str, list[RoleLink]] = {}  # role noun -> its links, in the order found
        self._last_seen: dict[int, int] = {}  # cluster id -> the number of its latest mention
        self._by_word: dict[str, set[int]] = {}  # name word -> clusters whose names contain it
        self._acronyms: dict[str, int] = {}  # "who" -> the World Health Organization's cluster
        self._mention_count: Counter = Counter()  # cluster id -> its mentions so far
        self._single_words: set[str] = set()  # names the article writes as one word ("Maddow")
        self._bare: set[tuple[int, str]] = set()  # (cluster, surname) the article writes alone for it
        self._near: dict[str, set[str]] = {}  # a name word less one letter -> the name words it comes from
        for span, form, label in self._name_spans():
            self._add_mention(span, form, label)
        for cluster in self.clusters:
            cluster.kind = _kind(cluster)
        for mention in self.mentions:
            self._link_roles(mention)
        self._pronoun_votes()
        for cluster in self.clusters:
            if cluster.kind in (None, "person"):
                cluster.gender = _gender(cluster)
            if cluster.kind is None and cluster.gender and self._written_as_name(cluster):
                cluster.kind = "person"
        self._fill_surnames()
        self._fill_relatives()
        self._tagged_surnames()

    # ---- names -------------------------------------------------------------------------------------------
    def _fill_surnames(self) -> None:
        """A person known only by a surname takes the fullest form of that name anywhere in the article: a
        two- or three-word name ending with it (the most mentioned, people first), else a given name written
        before it inside another name ("The Rachel Maddow Show")."""
        ending: dict[str, list[int]] = {}
        for ci, c in enumerate(self.clusters):
            if 2 <= len(c.key) <= 3 and c.key[-1] not in org_nouns() and c.kind != "place":
                ending.setdefault(c.key[-1], []).append(ci)
        given: dict[str, dict[str, str]] = {}  # surname -> given name's gender -> the first such full name
        tokens, capitalized = self.tokens, self.capitalized
        for i in range(1, len(tokens)):
            if not (capitalized[i - 1] and capitalized[i]):
                continue
            before = tokens[i - 1]
            if before.lower_ in first_name_genders():
                gender = first_name_genders()[before.lower_]
                given.setdefault(tokens[i].lower_, {}).setdefault(gender, f"{before.text} {tokens[i].text}")
        speakers = self._speaking_places()
        for ci, c in enumerate(self.clusters):
            if c.kind == "person" and len(c.key) >= 3 and c.labels.keys() - {"PERSON"}:
                c.name = self._person_inside(c) or c.name
            if len(c.key) == 1 and ci in speakers and ending.get(c.key[0]):
                c.kind = "person"  # "Neera Tanden ... Tanden wrote": a speaking "place" is the person
            if len(c.key) != 1 or c.kind != "person":
                continue
            options = ending.get(c.key[0]) or _family(ending, c.key[0])  # "the Khans": Khizr Khan
            options = [o for o in options if not _other_gender(c, self.clusters[o])]  # his wife's name
            people = [o for o in options if self.clusters[o].kind == "person"] or options
            # dicts keep the order written: the full name of the person's gender, else the first one
            written = given.get(c.key[0], {})
            full = written.get(c.gender, None) if c.gender else next(iter(written.values()), None)
            if people:
                c.name = self.clusters[max(people, key=lambda o: self._mention_count[o])].name
            elif full is not None:
                c.name = full

    def _fill_relatives(self) -> None:
        """A person the article names by a given name alone as someone's relative ("Ruiz's husband, Tom",
        "Ruiz's son Tom") takes the family name of that someone's full name ("Tom Ruiz")."""
        for m in self.mentions:
            cluster = self.clusters[m.cluster]
            if m.in_quote or len(cluster.key) != 1 or cluster.kind != "person" or " " in cluster.name:
                continue
            if cluster.key[0] not in first_name_genders():
                continue
            head = self.tokens[m.head]
            relation = head.head if head.dep_ == "appos" else None
            if relation is None:
                relation = next((c for c in head.children if c.dep_ == "compound" and c.i < m.start), None)
            if relation is None or relation.lemma_.lower() not in RELATIVE_NOUNS:
                continue
            owner = next((c for c in (*relation.children, *head.children) if c.dep_ == "poss"), None)
            owner_ci = self.cluster_of_token.get(owner.i) if owner is not None else None
            if owner_ci is None or owner_ci == m.cluster or self.clusters[owner_ci].kind != "person":
                continue
            family = self.clusters[owner_ci].name.split()
            if len(family) >= 2:
                cluster.name = f"{cluster.name} {family[-1]}"

    def _tagged_surnames(self) -> None:
        """A capitalized word the tagger read as a common noun or adjective ("Sanders" opening a sentence)
        that is the surname of a person named in the article belongs to that person."""
        surnames = {c.key[-1] for c in self.clusters if c.kind == "person" and len(c.key) > 1}
        for t in self.tokens:
            if not self.capitalized[t.i] or t.i in self.cluster_of_token or t.pos_ == "PROPN":
                continue
            if t.lower_ not in surnames:
                continue
            ci = self._find_cluster((t.lower_,), "", t.i, "PERSON")
            if ci is not None and self.clusters[ci].kind == "person":
                self.cluster_of_token[t.i] = ci

    def _written_as_name(self, cluster: Cluster) -> bool:
        """Whether an unlabelled name is more than a capitalized sentence opener: several words, a given
        name, or a word the article also capitalizes inside a sentence ("Loyalty" opening one is no one)."""
        key = cluster.key
        return len(key) > 1 or key[0] in first_name_genders() or key[0] in self._name_words

    def _speaking_places(self) -> set[int]:
        """Clusters labelled as places that are the narrative subject of a speech verb ("Tanden wrote")."""
        out = set()
        for m in self.mentions:
            head = self.tokens[m.head]
            if m.in_quote or self.clusters[m.cluster].kind != "place" or head.dep_ != "nsubj":
                continue
            if head.head.lemma_.lower() in speech_verbs():
                out.add(m.cluster)
        return out

    def _name_spans(self) -> list[tuple[Span, NameForm, str | None]]:
        """Entity spans (extended over a following compound head) and unlabelled proper-noun runs."""
        doc, tokens = self.doc, self.tokens
        out = []
        covered = [False] * len(doc)
        all_ents = doc.ents
        ents = [e for e in all_ents if e.label_ in NAME_LABELS]
        for k, ent in enumerate(ents):
            if covered[ent.start]:
                continue  # merged into the organization before it
            start, end = ent.start, ent.end
            while (
                start > 0
                and not covered[start - 1]
                and joins_name(tokens[start - 1], ent.start, ent.end, ent.label_)
            ):
                start -= 1
            while (
                end < len(doc)
                and tokens[end - 1].dep_ == "compound"
                and tokens[end - 1].head.i == end
                and tokens[end].pos_ == "PROPN"
                and (tokens[end].ent_iob_ != "B" or tokens[end].ent_type_ == "NORP")  # "Senate Democrats"
                # but "CBC Chairman" stops before "G.K. Butterfield"
            ):
                end += 1
            while end + 1 < len(doc) and is_name_space(tokens[end]) and _proper(tokens[end + 1]):
                end += 2  # "Stu" + "\u00a0" + "Burguiere": the entity stopped at a non-breaking space
            following = ents[k + 1] if k + 1 < len(ents) else None
            if following is not None and _of_name(ent, following):
                end = following.end  # "Supreme Court" + "of Norland"
            span = doc[start:end]
            strip = ent.label_ not in ("ORG", "FAC", "WORK_OF_ART", "PRODUCT")
            found = self._forms(span, ent.label_, strip)
            out.extend(found)
            if found:
                for i in range(span.start, span.end):
                    covered[i] = True
        for ent in all_ents:  # dates, times and numbers are no names ("Monday", "Election Day")
            if ent.label_ not in NAME_LABELS:
                covered[ent.start : ent.end] = [True] * len(ent)
        i = 0
        while i < len(doc):
            if covered[i] or tokens[i].pos_ != "PROPN" or not tokens[i].text[:1].isupper():
                i += 1
                continue
            j = i
            while j < len(doc) and not covered[j] and _proper(tokens[j]):
                j += 1
                if j + 1 < len(doc) and is_name_space(tokens[j]) and _proper(tokens[j + 1]):
                    j += 1
            out.extend(
                (span, form, label)
                for span, form, label in self._forms(doc[i:j], None, True)
                if not (
                    len(form.tokens) == 1 and (form.key[0] in person_titles() or form.key[0] in role_nouns())
                )
            )
            i = j
        out.sort(key=lambda item: item[0].start)
        return out

    def _forms(
        self, span: Span, label: str | None, strip_titles: bool
    ) -> list[tuple[Span, NameForm, str | None]]:
        """The name forms of the names inside one span (see :func:`name_pieces`)."""
        out = []
        for words, lab in name_pieces(span, label, self.headline[span.start], self._name_words):
            piece = self.doc[words[0].i : words[-1].i + 1]
            form = name_form(
                piece, strip_titles=strip_titles and lab not in ("ORG", "FAC", "WORK_OF_ART", "PRODUCT")
            )
            if form:
                out.append((piece, form, lab))
        return out

    def _add_mention(self, span: Span, form: NameForm, label: str | None) -> None:
        titles = titles_before(span) + form.titles
        title_gender = next((person_titles()[t][0] for t in titles if person_titles().get(t, ("",))[0]), "")
        key = form.key
        head = form.tokens[-1]
        narrative = not self.in_quote[head.i]  # headline names count: name_pieces keeps only names there
        ci = self._find_cluster(key, title_gender, head.i, label)
        if ci is None and label not in NOT_PEOPLE:
            ci = self._misspelled_cluster(form, title_gender, label)
        if ci is None:
            ci = len(self.clusters)
            name = form.text
            self.clusters.append(Cluster(key, name, narrative=narrative))
            self._set_key(ci, key, name)
        cluster = self.clusters[ci]
        if (narrative and not cluster.narrative) or (
            len(key) > len(cluster.key)
            and (narrative >= cluster.narrative or adds_given_names(key, cluster.key))
        ):
            self._set_key(ci, key, form.text)
            cluster.narrative = cluster.narrative or narrative
        if label:
            cluster.labels[label] += 1 + (len(key) > 1)
        if form.acronym and not cluster.acronym:
            cluster.acronym = form.acronym
            self._acronyms[form.acronym.lower()] = ci
        cluster.titles.extend(t for t in dict.fromkeys(titles) if t not in cluster.titles)
        if title_gender:
            cluster.gender_votes[title_gender] += TITLE_WEIGHT
        subject = subject_weight(head)
        self.mentions.append(
            NamedMention(
                form.tokens[0].i, head.i + 1, head.i, ci, self.sent_no[head.i], subject, self.in_quote[head.i]
            )
        )
        self._mention_count[ci] += 1
        if len(key) == 1:
            self._single_words.add(key[0])
            self._bare.add((ci, key[0]))
        for t in form.tokens:
            self.cluster_of_token[t.i] = ci
        self._last_seen[ci] = len(self.mentions)

    def _find_cluster(
        self, key: tuple[str, ...], gender: str = "", at: int | None = None, label: str | None = None
    ) -> int | None:
        """The cluster a name form belongs to: same words, a shorter form, an acronym, or a longer form.

        A surname shared by several people ("Clinton") goes to the most salient of them at token ``at``.
        """
        sharing = set().union(*(self._by_word.get(w, ()) for w in key))
        recent = sorted(
            (ci for ci in sharing if ci in self._last_seen), key=self._last_seen.__getitem__, reverse=True
        )
        for ci in recent:
            if self.clusters[ci].key == key:
                return ci
        group = _label_group(label)
        shorter = [
            ci
            for ci in recent
            if len(key) < len(self.clusters[ci].key)
            and contains(self.clusters[ci].key, key)
            and self._may_shorten(ci, key, group, gender)
        ]
        if gender:
            shorter = [ci for ci in shorter if self._compatible_gender(ci, gender)] or shorter
        if len(shorter) > 1 and len(key) == 1:  # the relative the article already calls by it alone
            shorter = [ci for ci in shorter if (ci, key[0]) in self._bare] or shorter
        if len(shorter) > 1 and at is not None:  # the family name: the relative named most so far
            return max(shorter, key=lambda ci: (self._mention_count[ci], self._cluster_salience(ci, at)))
        if shorter:
            return shorter[0]
        if len(key) == 1 and key[0] in self._acronyms:
            return self._acronyms[key[0]]
        given = (name_gender(key) or "") if len(key) > 1 else ""
        longer = [
            ci
            for ci in recent
            if len(self.clusters[ci].key) < len(key)
            and contains(key, self.clusters[ci].key)
            and not (group is None and self._group(ci) == "place")  # "New Hampshire Union Leader"
            and (
                group in (None, self._group(ci) or group)  # "New York Times" is not "New York"
                or self._full_name_of(ci, key)  # "Carly Fiorina" mislabelled ORG, for the person "Fiorina"
            )
            and _told_gender(self.clusters[ci])
            in (None, given or None)  # "Mr. Obama" is not "Michelle Obama"
        ]
        return longer[0] if longer else None

    def _misspelled_cluster(self, form: NameForm, gender: str, label: str | None) -> int | None:
        """The person cluster a name a letter away belongs to ("Hilary Clinton" after "Hillary Clinton");
        of two spellings the cluster keeps the one with the letter the other lost."""
        key, at = form.key, form.tokens[-1].i
        near = self._near_key(key)
        ci = self._find_cluster(near, gender, at, label) if near else None
        if ci is None or not self._may_be_person(ci):
            return None
        if near == self.clusters[ci].key and len("".join(key)) > len("".join(near)):
            self._set_key(ci, key, form.text)
        return ci

    def _may_be_person(self, ci: int) -> bool:
        """Whether cluster ``ci``'s most frequent entity label (if any) can name a person."""
        labels = self.clusters[ci].labels
        return not labels or labels.most_common(1)[0][0] not in NOT_PEOPLE

    def _near_key(self, key: tuple[str, ...]) -> tuple[str, ...] | None:
        """``key`` with one word respelled as the one name word of the article a letter away from it
        ("hilary" -> "hillary", "keidis" -> "kiedis"), or None when no word or several are."""
        for k, word in enumerate(key):
            if len(word) < NEAR_MIN_LETTERS:
                continue
            found = set().union(*(self._near.get(v, ()) for v in _deletions(word) | {word})) - {word}
            if len(found) == 1:
                return key[:k] + (found.pop(),) + key[k + 1 :]
        return None

    def _may_shorten(self, ci: int, key: tuple[str, ...], group: str | None, gender: str) -> bool:
        """Whether ``key`` (with entity label group ``group``) can be a short form of cluster ``ci``'s name.

        A person's name ("Trump", "Mr. Trump") is no short form of a place or organization named after
        someone ("Trump Tower"); a place name is no short form of an organization ("Norland" of "Bank of
        Norland"), unless that "organization" reads as a person's name (given name first).
        """
        cluster = self.clusters[ci]
        person_like = _person_like(cluster.key) or cluster.labels["PERSON"] > 0
        other = self._group(ci)
        if (group == "person" or gender) and other in ("org", "place") and not person_like:
            return False
        return not (len(key) == 1 and group == "place" and other == "org" and not person_like)

    def _person_inside(self, cluster: Cluster) -> str | None:
        """The "Rachel Maddow" of "Rachel Maddow Show": a given name and surname opening a longer name, where
        the article writes that surname alone and never the words after it."""
        key, written = cluster.key, cluster.name.split()
        if len(written) != len(key):
            return None
        for k in range(len(key) - 2):
            given, surname, after = key[k], key[k + 1], key[k + 2 :]
            alone = self._single_words
            if given in first_name_genders() and surname in alone and not any(w in alone for w in after):
                return f"{written[k]} {written[k + 1]}"
        return None

    def _full_name_of(self, ci: int, key: tuple[str, ...]) -> bool:
        """Whether ``key`` reads as the full name of person cluster ``ci``: two or three words ending with its
        surname, the last no organization word."""
        cluster = self.clusters[ci]
        return (
            self._group(ci) == "person"
            and len(cluster.key) == 1
            and 2 <= len(key) <= 3
            and key[-1] == cluster.key[0]
            and key[-1] not in org_nouns()
        )

    def _group(self, ci: int) -> str | None:
        """person, org or place: the label group most of a cluster's entity mentions have so far."""
        labels = self.clusters[ci].labels
        return _label_group(labels.most_common(1)[0][0]) if labels else None

    def _set_key(self, ci: int, key: tuple[str, ...], name: str) -> None:
        """Give cluster ``ci`` a (longer) canonical name and index its words and acronym."""
        cluster = self.clusters[ci]
        cluster.key, cluster.name = key, name
        for word in key:
            self._by_word.setdefault(word, set()).add(ci)
            if len(word) >= NEAR_MIN_LETTERS and word.isalpha():
                for variant in _deletions(word) | {word}:
                    self._near.setdefault(variant, set()).add(word)
        if len(key) > 1:
            self._acronyms.setdefault(initials(key), ci)

    def clusters_named_with(self, words: set[str]) -> set[int]:
        """The clusters whose canonical name holds one of ``words`` (by the word table, not a scan)."""
        found = set().union(*(self._by_word.get(w, ()) for w in words))
        return {ci for ci in found if words & set(self.clusters[ci].key)}

    def find_cluster(self, key: tuple[str, ...], gender: str = "", at: int | None = None) -> int | None:
        """Public lookup of a name form's cluster (see :meth:`_find_cluster`)."""
        if not key:
            return None
        found = self._find_cluster(key, gender, at)
        near = self._near_key(key) if found is None else None
        return self._find_cluster(near, gender, at) if near else found

    def named_before_verb(self, words: list[Token]) -> int | None:
        """The cluster named just before the verb a mention runs on over: a lower-case finite verb ("In
        March, Trump blasted Disney") or, on a headline line, a capitalized word between two names ("Carly
        Fiorina Endorses Ted Cruz"); None when the mention has no such verb."""
        for before, token in zip(words, words[1:], strict=False):
            ci = self.cluster_of_token.get(before.i)
            if ci is None or token.i in self.cluster_of_token:
                continue
            if token.tag_ in FINITE_VERB_TAGS and token.is_lower:
                return ci
            headline_verb = self.headline[token.i] and _capitalized(token) and not token.is_upper
            if headline_verb and any(t.i in self.cluster_of_token for t in words[words.index(token) :]):
                return ci
        return None

    def _cluster_salience(self, ci: int, at: int) -> float:
        """Salience at token ``at`` of the cluster's latest narrative mention before it."""
        for m in reversed(self.mentions):
            if m.cluster == ci and m.end <= at and not m.in_quote:
                return self.salience(m.sent, m.subject, ci, at, [])
        return float("-inf")

    def _compatible_gender(self, ci: int, gender: str) -> bool:
        """True unless the evidence so far says the cluster's person has the other gender."""
        found = _gender(self.clusters[ci])
        return found is None or found == gender

    def cluster_by_name(self, name: str | None) -> int | None:
        """The cluster whose canonical name is ``name`` (for previous speakers), the first one on a tie."""
        return self._cluster_of_name.get(name) if name else None

    @cached_property
    def _cluster_of_name(self) -> dict[str, int]:
        """Canonical name -> its first cluster, built on first use (after the clusters are final)."""
        found: dict[str, int] = {}
        for ci, c in enumerate(self.clusters):
            found.setdefault(c.name, ci)
        return found

    # ---- roles and gender ----------------------------------------------------------------------------------
    def _link_roles(self, m: NamedMention) -> None:
        """Role nouns attached to a person's name: apposition, "X is the ...", compounds and titles."""
        if self.clusters[m.cluster].kind not in (None, "person"):
            return
        doc = self.doc
        head = self.tokens[m.head]
        links: list[Token] = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            anchor = head.head
            if anchor.dep_ == "pobj" and anchor.head.dep_ == "prep":
                anchor = anchor.head.head if role_of(anchor) is None else anchor
            links.append(anchor)
        if head.dep_ in SUBJECT_DEPS and head.head.lemma_ == "be":
            links.extend(c for c in head.head.children if c.dep_ == "attr")
        links.extend(left_compounds(head, m.start))
        for token in links:
            role = role_of(token)
            if role:
                self._add_role(role, m, token.i)
        span = doc[m.start : m.end]
        for title in titles_before(span) + self.clusters[m.cluster].titles:
            role = person_titles().get(title, ("", ""))[1] or (title if title in role_nouns() else "")
            if role:
                self._add_role(role, m, m.head)

    def _add_role(self, role: str, m: NamedMention, token: int) -> None:
        """Record a role link once; a gendered role ("spokeswoman") is also gender evidence."""
        link = RoleLink(role, m.cluster, token, self.sent_no[token])
        if link in self._role_link_set:
            return
        self._role_link_set.add(link)
        self.role_link_at.setdefault(link.token, link.cluster)
        self.links_by_role.setdefault(link.role, []).append(link)
        gender = role_nouns().get(role, "")
        if gender:
            generic = gender == "m" and role.endswith("man")  # "the spokesman, Hope Lindqvist"
            self.clusters[m.cluster].gender_votes[gender] += GENERIC_ROLE_WEIGHT if generic else ROLE_WEIGHT

    def _pronoun_votes(self) -> None:
        """A he/she soon after a person named as subject, before anyone else is named, votes for a gender."""
        tokens = self.tokens
        for m in self.mentions:
            if m.in_quote or not m.subject or self.clusters[m.cluster].kind not in (None, "person"):
                continue
            last_sent = m.sent + PRONOUN_LOOKAHEAD_SENTENCES
            for i in range(m.end, len(tokens)):
                if self.sent_no[i] > last_sent:
                    break
                if self.in_quote[i]:
                    continue
                other = self.cluster_of_token.get(i)
                if other is not None and other != m.cluster and self.clusters[other].kind in (None, "person"):
                    break
                word = tokens[i].lower_
                if tokens[i].dep_ not in PRONOUN_VOTE_DEPS:
                    continue  # "Berg is expected to replace her": an object pronoun is someone else
                if word in MALE_PRONOUNS or word in FEMALE_PRONOUNS:
                    gender = "m" if word in MALE_PRONOUNS else "f"
                    self.clusters[m.cluster].gender_votes[gender] += PRONOUN_WEIGHT
                    break

    @cached_property
    def _narrative_lemmas(self) -> dict[str, list[int]]:
        """Lower-case lemma -> positions of the unquoted tokens that have it, in text order."""
        out: dict[str, list[int]] = {}
        for t in self.tokens:
            if not self.in_quote[t.i]:
                out.setdefault(t.lemma_.lower() if t.lemma_ else t.lower_, []).append(t.i)
        return out

    def narrative_before(self, lemma: str, at: int) -> list[int]:
        """Positions of unquoted tokens with this lower-case lemma before token ``at``, nearest first: an
        earlier use of a word costs the uses of that word, not a scan of the article."""
        positions = self._narrative_lemmas.get(lemma, [])
        return positions[bisect_left(positions, at) - 1 :: -1] if positions and positions[0] < at else []

    # ---- salience ------------------------------------------------------------------------------------------
    @cached_property
    def narrative_mentions(self) -> "NarrativeMentions":
        """The narrative mentions indexed for antecedent windows, built on first use."""
        return NarrativeMentions(self)

    def latest_salience(self, cluster: int, at: int, previous: list[int]) -> float:
        """Salience at token ``at`` of the cluster's latest narrative mention before it (-inf if none)."""
        narrative = self.narrative_mentions
        positions = narrative.of_cluster.get(cluster, [])
        k = bisect_left(positions, bisect_left(narrative.starts, at)) - 1
        while k >= 0 and narrative.mentions[positions[k]].end > at:
            k -= 1
        if k < 0:
            return float("-inf")
        m = narrative.mentions[positions[k]]
        return self.salience(m.sent, m.subject, cluster, at, previous)

    def salience(self, sent: int, subject: float, cluster: int | None, at: int, previous: list[int]) -> float:
        """How likely one in narrative sentence ``sent`` is the referent of something at token ``at``."""
        score = -float(self.sent_no[at] - sent)
        score += SUBJECT_BONUS * subject
        if cluster is not None and previous:
            if cluster == previous[-1]:
                score += LAST_SPEAKER_BONUS
            elif cluster in previous:
                score += EARLIER_SPEAKER_BONUS
        return score


class NarrativeMentions:
    """An article's narrative mentions in text order, indexed so that a referent's candidates cost only its
    window: the mentions of its last ``window`` sentences, plus, for each cluster that already spoke, its best
    mention before that window (a running best by :func:`_rank`, the same for every token)."""

    def __init__(self, index: "ArticleIndex") -> None:
        self.mentions = sorted((m for m in index.mentions if not m.in_quote), key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.sents = [m.sent for m in self.mentions]
        self.sent_no = index.sent_no
        self.of_cluster: dict[int, list[int]] = {}  # cluster -> positions of its mentions in self.mentions
        self.best_so_far: dict[int, list[int]] = {}  # cluster -> per mention, the position of its best yet
        for pos, m in enumerate(self.mentions):
            best = self.best_so_far.setdefault(m.cluster, [])
            keep = best and _rank(self.mentions[best[-1]]) >= _rank(m)
            best.append(best[-1] if keep else pos)
            self.of_cluster.setdefault(m.cluster, []).append(pos)

    def candidates(self, token: Token, window: int, previous: list[int]) -> list[NamedMention]:
        """Mentions ending before ``token`` within ``window`` sentences, and earlier speakers' best ones."""
        first = bisect_left(self.sents, self.sent_no[token.i] - window)
        last = bisect_left(self.starts, token.i)
        out = [m for m in self.mentions[first:last] if m.end <= token.i]
        for ci in dict.fromkeys(previous):
            k = bisect_left(self.of_cluster.get(ci, []), min(first, last)) - 1
            if k >= 0:
                out.append(self.mentions[self.best_so_far[ci][k]])
        return out


def _rank(m: NamedMention) -> tuple[float, int]:
    """A mention's salience up to the constant its cluster and the token add (see ArticleIndex.salience)."""
    return m.sent + SUBJECT_BONUS * m.subject, m.start


def _deletions(word: str) -> set[str]:
    """The word less one of its letters, each way."""
    return {word[:k] + word[k + 1 :] for k in range(len(word))}


def _family(ending: dict[str, list[int]], word: str) -> list[int]:
    """The clusters whose full names end with the singular of a plural surname ("khans" -> "khan")."""
    return ending.get(word[:-1], []) if word.endswith("s") and len(word) > 3 else []


def _majority(votes: Counter) -> str | None:
    """m or f, whichever has more weight in ``votes``; None on a tie."""
    if votes["m"] == votes["f"]:
        return None
    return "m" if votes["m"] > votes["f"] else "f"


def _told_gender(cluster: Cluster) -> str | None:
    """m or f from what the article tells of a person (titles, roles, he/she so far), not its given name."""
    return _majority(cluster.gender_votes)


def _other_gender(cluster: Cluster, other: Cluster) -> bool:
    """Whether the article tells of ``cluster`` the other gender than ``other``'s ("Mr. Obama" and
    "Michelle Obama")."""
    told = _told_gender(cluster)
    return bool(told and other.gender and told != other.gender)


def _person_like(key: tuple[str, ...]) -> bool:
    """A name of two or three words that opens with a given name ("Neera Tanden")."""
    return 1 < len(key) <= 3 and key[0] in first_name_genders()


def _name_words(tokens: list[Token], headline: list[bool], capitalized: list[bool]) -> frozenset[str]:
    """Lower-case words written capitalized inside a sentence, off headline lines: words of names."""
    return frozenset(
        t.lower_ for t in tokens if capitalized[t.i] and not headline[t.i] and not t.is_sent_start
    )


def _label_group(label: str | None) -> str | None:
    """person, place or org for an entity label (None for an unlabelled proper-noun run)."""
    if label is None:
        return None
    if label == "PERSON":
        return "person"
    return "place" if label in PLACE_LABELS else "org"


def _of_name(org: Span, following: Span) -> bool:
    """True for an organization whose name goes on with "of" and another name ("Supreme Court of Norland"),
    or a court's with "for" ("U.S. Court of Appeals for the Sixth Circuit", wherever the parser hangs it)."""
    doc = org.doc
    if org.label_ != "ORG" or org.end >= len(doc):
        return False
    of = doc[org.end]
    if of.lower_ == "for" and org[-1].lower_ in court_name_words() and following.label_ in ("ORG", "GPE"):
        between = doc[org.end + 1 : following.start]
        return all(t.lower_ == "the" for t in between) and len(between) <= 1
    if following.start != org.end + 1:
        return False
    return of.lower_ == "of" and org.start <= of.head.i < org.end and following.root.head.i == of.i


def _kind(cluster: Cluster) -> str | None:
    """person, org or place, from the name's last word, titles, first name and entity labels."""
    if cluster.key[-1] in org_nouns() and len(cluster.key) > 1:
        return "org"
    if cluster.gender_votes or (
        cluster.key[0] in first_name_genders() and (len(cluster.key) > 1 or not cluster.labels)
    ):
        return "person"
    if not cluster.labels:
        return None
    label = cluster.labels.most_common(1)[0][0]
    if label == "PERSON":
        return "person"
    if label == "NORP":
        return "norp"
    if label in THING_LABELS:
        return "thing"  # "Cold War", "Super Tuesday", "the Dodd-Frank Act": never a speaker's referent
    return "place" if label in PLACE_LABELS else "org"


def _gender(cluster: Cluster) -> str | None:
    """m or f from the weighted evidence (titles, roles, pronouns, first name), None on a tie or none."""
    votes = Counter(cluster.gender_votes)
    first = name_gender(cluster.key)
    if first:  # also a lone given name ("Melanie"): articles name people in full before using a surname
        votes[first] += FIRST_NAME_WEIGHT
    return _majority(votes)


def _proper(token: Token) -> bool:
    """A capitalized proper noun."""
    return token.pos_ == "PROPN" and token.text[:1].isupper()


def _capitalized(token: Token) -> bool:
    """A word that starts with a capital letter ("Maddow", "DuVernay")."""
    return token.is_alpha and token.text[:1].isupper()
