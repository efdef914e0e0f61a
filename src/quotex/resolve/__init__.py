"""Mention resolution in one article: pronouns, surnames, titles, acronyms and role nouns to canonical names.

Rules over the parse and the article's own names (no trained model): a speaker mention resolves to a *name
cluster* (every way the article writes one referent: "Dr. Maria Santos", "Santos", "she", "the inspector") and
the cluster's longest name is the canonical one.
"""

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from quotex.document.layout import closing_credit
from quotex.document.lexicon import PRONOUNS, RELATIVE_PRONOUNS, person_titles, role_nouns, speech_verbs
from quotex.resolve.article import ArticleIndex
from quotex.resolve.author import author_cluster
from quotex.resolve.campaigns import CAMPAIGN, campaign_name, campaign_owner
from quotex.resolve.descriptions import (
    filer_of,
    is_description,
    is_person_noun,
    issuing_campaign,
    joint_issuers,
    named_person,
    resolve_description,
    salient_referent,
    speaks_for,
)
from quotex.resolve.names import after_stance, name_form, singular_title, strip_determiners, titles_before
from quotex.resolve.pronouns import SALIENCE, PronounChooser, resolve_pronoun, wanted

__all__ = ["ArticleIndex", "remember_speaker", "resolve_speaker", "speaker_name"]

ORDINALS = frozenset({"1st", "2nd", "3rd", "first", "second", "third"})
MAX_CATAPHOR_CLIMB = 4  # steps up from a pronoun to the clause it opens its sentence with
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})
MAX_RECENT_SPEAKERS = 8  # the latest distinct speakers a pronoun or description may still mean
NAME_AFTER_TITLE_TOKENS = 10  # "former Pennsylvania Gov. and Democratic National Committee Chairman X"
TIME_LABELS = frozenset({"DATE", "TIME"})
MAX_NAME_TOKENS = 6  # the longest name read after a description's comma
MAX_PHRASE_TAIL = 8  # words of a description's phrase the mention left out ("at the time", "I talked to")

# a description with one of these is about someone in particular ("the band leader", "the party's lawyer")
MODIFIER_DEPS = frozenset({"compound", "poss", "prep", "acl", "relcl", "nmod", "appos", "npadvmod"})


def resolve_speaker(
    doc: Doc,
    mention: Span,
    previous: Sequence[str | None] = (),
    index: ArticleIndex | None = None,
    pronouns: PronounChooser = SALIENCE,
) -> tuple[str | None, str | None]:
    """``(name, label)`` for a speaker mention: the canonical name in the article and its entity label.

    ``previous`` are the names already resolved for earlier quotes (news keeps the same speaker);
    ``index`` is the article's :class:`ArticleIndex`, built here when not given. A pronoun with no
    antecedent and a description the article links to no name ("a witness") give ``(None, None)``.
    ``pronouns`` picks a pronoun's antecedent among its options (by default the salience rules).
    """
    index = index or ArticleIndex(doc)
    recent: list[int] = []
    for name in previous:
        remember_speaker(recent, index.cluster_by_name(name))
    return speaker_name(index, mention, recent, pronouns)


def remember_speaker(recent: list[int], cluster: int | None) -> None:
    """Make ``cluster`` the latest of ``recent``, the distinct clusters that spoke last (most recent last),
    keeping at most MAX_RECENT_SPEAKERS so that every later quote's look-up stays constant in cost."""
    if cluster is None:
        return
    if cluster in recent:
        recent.remove(cluster)
    recent.append(cluster)
    del recent[:-MAX_RECENT_SPEAKERS]


def speaker_name(
    index: ArticleIndex, mention: Span, recent: list[int], pronouns: PronounChooser = SALIENCE
) -> tuple[str | None, str | None]:
    """:func:`resolve_speaker` given the article's index and the clusters that spoke last (``recent``, as
    :func:`remember_speaker` keeps them), the form the resolver component calls once per quote."""
    mention = _subject_phrase(mention)
    campaign = _campaign(index, mention, recent, pronouns)
    if campaign is not None:
        return campaign, "ORG"
    credit = _digest_credit(index, mention)
    if credit is not None:  # "CHINA'S DECLINE “...” [WaPo.]": a digest item's headline speaks for its source
        return credit, "ORG"
    joint = joint_issuers(index, _head(mention))
    if joint:  # "a study by X and Y": both, as the article names them
        return " and ".join(index.clusters[c].name for c in joint), index.clusters[joint[0]].label
    cluster, fallback = _resolve(index, mention, recent, pronouns)
    if cluster is not None:
        c = index.clusters[cluster]
        return c.name, c.label
    return fallback, None


def _digest_credit(index: ArticleIndex, mention: Span) -> str | None:
    """For a speaker mention inside the headline in capitals that opens a digest item, the source the item
    credits at the end of its paragraph ("HOW CHINA'S DECLINE AFFECTS ... “...” [WaPo.]"), else None."""
    paragraph = index.layout.paragraph_of[mention.start]
    tokens = index.layout.paragraph_tokens(paragraph)
    if not tokens or mention.start < tokens[0].i:
        return None
    lead = [t for t in index.tokens[tokens[0].i : mention.end] if t.is_alpha]  # headline to mention
    if len(lead) < 2 or not all(t.is_upper for t in lead):
        return None
    return closing_credit(tokens)


def _bare_definite(head: Token) -> bool:
    """A noun with "the" and no other word of its own ("the campaign", not "the campaign of X")."""
    children = list(head.children)
    return len(children) == 1 and children[0].lower_ == "the"


def _earlier_owner(index: ArticleIndex, head: Token) -> Token | None:
    """The owner of the latest narrative "X's campaign" / "the X campaign" before ``head``."""
    for i in index.narrative_before(CAMPAIGN, head.i):
        before = index.tokens[i]
        if before.lower_ == CAMPAIGN:
            owner = campaign_owner(before)
            if owner is not None:
                return owner
    return None


def _subject_phrase(mention: Span) -> Span:
    """The subject inside a mention that runs on over its speech verb ("the foundation predicts", the
    verb parsed as a noun or as a verb) -> "the foundation"; any other mention unchanged."""
    root = mention.root
    if root.pos_ in ("VERB", "AUX"):
        subject = next((c for c in root.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.left_edge.i >= mention.start:
            return mention.doc[subject.left_edge.i : subject.i + 1]
    if len(mention) > 1 and mention[-2].pos_ in ("NOUN", "PROPN") and _verb_form(mention[-1]):
        return mention[:-1]
    return mention


def _head(mention: Span) -> Token:
    """A mention's head word: its syntactic root, or its last word where the root is a determiner (a
    phrase cut from a parse that hung the phrase on the word after it)."""
    root = mention.root
    return mention[-1] if root.dep_ == "det" else root


def _verb_form(token: Token) -> bool:
    """A third-person form of a speech verb ("states", "predicts", "pushes")."""
    word = token.lower_
    return word.endswith("s") and (word[:-1] in speech_verbs() or word[:-2] in speech_verbs())


def _campaign(
    index: ArticleIndex, mention: Span, previous: list[int], pronouns: PronounChooser = SALIENCE
) -> str | None:
    """ "Rossi campaign" for a mention of a named person's campaign ("her campaign", "Rossi's campaign")."""
    head = _head(mention)
    owner = _spokesman_campaign_owner(head)  # "an Okafor campaign spokesman" speaks for her campaign
    head = (
        filer_of(index, head) or issuing_campaign(index, head) or head
    )  # "His campaign sued ... The complaint says"
    owner = owner or campaign_owner(head)
    if owner is None and head.lower_ == CAMPAIGN and _bare_definite(head):
        owner = _earlier_owner(index, head)  # "the campaign": whose the article said it was
    if owner is None:
        return None
    cluster, _ = _resolve(index, owner.doc[owner.i : owner.i + 1], previous, pronouns)
    if cluster is None or index.clusters[cluster].kind != "person":
        return None
    return campaign_name(index.clusters[cluster].name)


def _name_set_after(index: ArticleIndex, mention: Span, head: Token) -> int | None:
    """The person named after a description's phrase and a comma, closed by a comma, a full stop or a verb
    ("the editor I was talking to, Tim Grieve, said"): the description's apposition, wherever the parser
    hung it; None when anything else follows ("the senator, Rossi's rival") or the clause's verb comes
    first (the verb ``head`` hangs from)."""
    tokens, governor = index.tokens, head.head
    comma = mention.end
    while comma < min(mention.end + MAX_PHRASE_TAIL, len(tokens) - 1) and tokens[comma].text != ",":
        if tokens[comma] is governor or index.in_quote[comma] or tokens[comma].is_sent_start:
            return None  # the clause goes on with its verb: no apposition
        comma += 1
    if tokens[comma].text != "," or comma + 1 >= len(tokens) or index.in_quote[comma + 1]:
        return None
    found = index.cluster_of_token.get(comma + 1)
    if found is None or index.clusters[found].kind != "person":
        return None
    end = comma + 1
    while end < len(tokens) and index.cluster_of_token.get(end) == found and end - comma <= MAX_NAME_TOKENS:
        end += 1
    closed = end >= len(tokens) or tokens[end].text in (",", ".") or tokens[end].pos_ in ("VERB", "AUX")
    return found if closed else None


def _spokesman_campaign_owner(head: Token) -> Token | None:
    """For a spokesman of a candidate's campaign ("a Rossi campaign spokesman", however the parser hangs
    "Rossi"), the word naming the candidate; else None."""
    if not speaks_for(head):
        return None
    compounds = [c for c in head.lefts if c.dep_ == "compound"]
    campaign = next((c for c in compounds if c.lower_ == CAMPAIGN), None)
    if campaign is None:
        return None
    return campaign_owner(campaign) or next((c for c in compounds if c.i < campaign.i), None)


def _resolve(
    index: ArticleIndex, mention: Span, previous: list[int], pronouns: PronounChooser = SALIENCE
) -> tuple[int | None, str | None]:
    """(cluster, None) when resolved, else (None, the words to use as the name)."""
    words = [t for t in mention if not t.is_space]
    if not words:
        return None, None
    if len(words) == 1 and words[0].lower_ in RELATIVE_PRONOUNS and words[0].head.dep_ == "relcl":
        noun = words[0].head.head  # "officials who said": the noun the relative clause modifies
        if noun.lower_ not in RELATIVE_PRONOUNS:
            return _resolve(index, noun.doc[noun.left_edge.i : noun.i + 1], previous, pronouns)
    if len(words) == 1 and words[0].lower_ in RELATIVE_PRONOUNS:
        before = _word_before(index, words[0].i)  # "the Chicago Police Department which reported"
        if before is not None and before.i in index.cluster_of_token:
            return index.cluster_of_token[before.i], None
    if len(words) == 1 and words[0].lower_ == "i" and not index.in_quote[words[0].i]:
        return author_cluster(index), None  # "I" narrating a first-person piece: its author
    if len(words) == 1 and words[0].lower_ in PRONOUNS:
        found = resolve_pronoun(
            index, words[0], previous, lambda t: _describe_subject(index, t, previous), chooser=pronouns
        )
        if found is None:
            return _cataphor(index, words[0]), None
        if found.cluster is None:  # "ISIS fighters ... they": ISIS; "residents ... they": no one
            noun = index.tokens[found.start]
            return _named_inside(index, [t for t in noun.subtree if t.i <= noun.i], ("org",)), None
        return found.cluster, None
    head = _head(mention)
    if head.ent_type_ in TIME_LABELS:  # "Thursday morning" (a misread subject) never speaks
        return _named_inside(index, words), None  # "Saturday at the convention Sen. Ana Rossi": Rossi
    following = _name_after_title(index, words)
    if following is not None:  # "Army Capt." + "Christian Pardo": the mention stopped at the title
        return following, None
    if head.pos_ in ("PROPN", "VERB"):
        before_verb = index.named_before_verb(words)  # "In March, Trump blasted Disney"
        if before_verb is not None:
            return before_verb, None
    if head.i in index.cluster_of_token:
        found = index.cluster_of_token[head.i]
        if head.ent_type_ == "NORP" and is_person_noun(head):  # "a Nevada Democrat": nobody
            return salient_referent(index, head, previous), None  # "the Republican": the person in focus
        if index.clusters[found].kind == "place":  # "Tulsa police Chief Chuck Jordan": the person speaks
            inside = _named_inside(index, words)
            found = found if inside is None else inside
        return found, None
    apposed = _name_set_after(index, mention, head) if is_person_noun(head) else None
    if apposed is not None:  # "the ambassador at the time, John E. Herbst, wrote": the mention stopped short
        return apposed, None
    lone_role = len(words) == 1 and is_person_noun(head)  # "Justice vows ...", a headline's "Woman"
    if head.text.islower() or (is_description(head) and head.pos_ == "NOUN") or lone_role:
        found = _describe(index, head, words, previous)  # "the inspector", "the Vermont senator"
        own_name = _own_name(index, head)
        if found is None and own_name is not None:
            return None, own_name  # "The Not1More campaign": named by its own words, no one else
        if found is None and is_description(head):
            # "the senator" named nowhere near
            found = salient_referent(index, head, previous, described=True)
        if found is None:
            found = _owner_of(index, head, previous, pronouns)  # "his office", "her account"
        if found is not None:
            return found, None
    else:
        run = _proper_run(head) if _looks_proper(head) else words
        form = name_form(run)
        if form is not None and any(_looks_proper(t) for t in form.tokens):
            titles = titles_before(mention) + form.titles
            gender = next((person_titles()[t][0] for t in titles if person_titles().get(t, ("",))[0]), "")
            found = index.find_cluster(form.key, gender, mention.start)
            if found is None:
                found = _named_inside(index, words)
            if found is not None:
                return found, None
            if is_person_noun(head) and head.ent_type_ != "PERSON":
                return None, None  # "a Nevada Democrat": a kind of person, not a name
            return None, form.text
        inside = _named_inside(index, words)
        if inside is not None:
            return inside, None
    if not _looks_proper(head) or is_description(head):
        return None, None  # "a witness", "a Clinton campaign official": the article never names who
    text = strip_determiners(words)
    if text is not None and text.lower() in PRONOUNS:
        return None, None
    return None, text


def _cataphor(index: ArticleIndex, pronoun: Token) -> int | None:
    """For a he/she with no antecedent before it, in a clause opening its sentence ("After he lost the
    vote, Mayor Ada Brill called ..."): the person the main clause names as its subject."""
    want = wanted(pronoun.lower_)
    if want is None or want[0] != "person":
        return None
    clause = pronoun.head
    for _ in range(MAX_CATAPHOR_CLIMB):
        if clause.dep_ == "advcl" or clause.head.i == clause.i:
            break
        clause = clause.head
    main = clause.head
    if clause.dep_ != "advcl" or main.i < clause.i:
        return None
    subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > clause.i), None)
    found = index.cluster_of_token.get(subject.i) if subject is not None else None
    if found is None or index.clusters[found].kind != "person":
        return None
    gender = index.clusters[found].gender
    return found if gender in (None, want[1]) else None


def _owner_of(index: ArticleIndex, head: Token, previous: list[int], pronouns: PronounChooser) -> int | None:
    """The referent of the possessive pronoun owning a thing that speaks for its owner ("his office said",
    "her account posted"); None for people ("his nephew" is someone else) and for plurals."""
    if head.tag_ != "NN" or is_person_noun(head):
        return None
    owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None)
    if owner is None:
        return None
    found = resolve_pronoun(
        index, owner, previous, lambda t: _describe_subject(index, t, previous), chooser=pronouns
    )
    return found.cluster if found is not None else None


def _describe(index: ArticleIndex, head: Token, words: list[Token], previous: list[int]) -> int | None:
    """A description's referent: from its own links, else a person or organization named inside it, else
    (for a bare description such as "the spokeswoman") from earlier uses of the same noun."""
    if not is_description(head):  # "the assailant, Luis Vega,": a noun no lexicon lists, named beside it
        found = named_person(index, head) if head.pos_ == "NOUN" and head.tag_ == "NN" else None
        return found if found is not None else _named_inside(index, words)
    found = resolve_description(index, head, previous, earlier=False)
    if found is None:  # "the Gawker employee" is a person: the organization in it is the employer
        person = is_person_noun(head) and head.tag_ not in ("NNS", "NNPS")  # "officials at X" speak for X
        inside = _without_owners(head, words) if person else words  # "the Rossi aide" is not Rossi
        found = _named_inside(index, inside, ("person",) if person else ("person", "org"))
    if found is None and not any(c.dep_ in MODIFIER_DEPS for c in head.children):
        found = resolve_description(index, head, previous, earlier=True)
    return found


def _own_name(index: ArticleIndex, head: Token) -> str | None:
    """The name an organization noun carries in a capitalized modifier the tagger missed as a name ("The
    Not1More campaign" -> "Not1More campaign"), else None (a role noun, or a modifier the article names)."""
    if is_person_noun(head) or head.tag_ != "NN":
        return None
    modifiers = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
    named = [c for c in modifiers if c.text[:1].isupper() and not c.is_sent_start]
    if not named or any(c.i in index.cluster_of_token for c in named) or index.headline[head.i]:
        return None
    return index.doc[named[0].left_edge.i : head.i + 1].text


def _without_owners(head: Token, words: list[Token]) -> list[Token]:
    """``words`` without the compound and possessive modifiers of ``head`` (its employer or boss)."""
    owners = {t.i for c in head.children if c.dep_ in ("compound", "poss") for t in c.subtree}
    return [t for t in words if t.i not in owners]


def _describe_subject(index: ArticleIndex, head: Token, previous: list[int]) -> int | None:
    """The referent of a description used as a subject ("the minister said ..."), for pronoun antecedents;
    None for other nouns ("Trump's policy" is not a mention of Trump)."""
    return _describe(index, head, _left_words(head), previous) if is_description(head) else None


def _named_inside(
    index: ArticleIndex, words: list[Token], kinds: tuple[str, ...] = ("person", "org")
) -> int | None:
    """The first person named among ``words``, else the first organization (of ``kinds``); not one named
    after "pro-" or "anti-" ("pro-Sanders demonstrators" are not Sanders)."""
    found = [
        index.cluster_of_token[t.i] for t in words if t.i in index.cluster_of_token and not after_stance(t)
    ]
    for kind in kinds:
        for ci in found:
            if index.clusters[ci].kind == kind:
                return ci
    return None


def _word_before(index: ArticleIndex, i: int) -> Token | None:
    """The word just before token ``i``, over a comma or a space."""
    for j in range(i - 1, max(i - 3, -1), -1):
        t = index.tokens[j]
        if not (t.is_space or t.text == ","):
            return t
    return None


def _name_after_title(index: ArticleIndex, words: list[Token]) -> int | None:
    """The person named right after a mention that ends in a title or role: "Army Capt" + ". Christian
    Pardo", "Blaze co" + "-host Stu Burguiere", "former Pennsylvania Gov." + "and ... Chairman Ed Rendell"."""
    last = words[-1]
    if not (_title_like(last) or last.lower_ == "co"):
        return None
    tokens = index.tokens
    for i in range(last.i + 1, min(last.i + 1 + NAME_AFTER_TITLE_TOKENS, len(tokens))):
        t = tokens[i]
        ci = index.cluster_of_token.get(i)
        if ci is not None and index.clusters[ci].kind == "person":
            return ci
        if index.in_quote[i] or not (t.is_punct or t.lower_ == "and" or _title_like(t) or t.is_title):
            return None
    return None


def _title_like(token: Token) -> bool:
    """A title, role or rank word, or an ordinal before one ("Capt", "Gov.", "host", "1st")."""
    key = singular_title(token.text)
    return key in person_titles() or key in role_nouns() or token.lower_ in ORDINALS


def _proper_run(head: Token) -> list[Token]:
    """The capitalized words around a proper-noun head ("Chuck Jordan" in "police Chief Chuck Jordan")."""
    doc = head.doc
    start, end = head.i, head.i + 1
    while start > 0 and _looks_proper(doc[start - 1]):
        start -= 1
    while end < len(doc) and _looks_proper(doc[end]) and doc[end].head.i == head.i:
        end += 1
    return list(doc[start:end])


def _left_words(head: Token) -> list[Token]:
    """The words of a noun phrase up to its head ("the prime minister")."""
    return list(head.doc[head.left_edge.i : head.i + 1])


def _looks_proper(token: Token) -> bool:
    """A capitalized proper noun (or capitalized word where no tagger ran) or an acronym ("WHO")."""
    return (token.pos_ in ("PROPN", "") and token.text[:1].isupper()) or (token.is_upper and len(token) > 1)
