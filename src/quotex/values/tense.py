"""The tense of the clause a date belongs to, read from the parse: the head verb's tag and its auxiliaries.

A date that modifies a noun ("Tuesday's ruling", "the Oct. 23 slaying", "a June agreement") or is a verb's
argument ("set Nov. 10 as the deadline") has no tense of its own: the caller's default applies.
"""

from spacy.tokens import Span, Token

from quotex.document.lexicon import word_list

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
# Modals that point ahead ("may vote Friday"); "would" and "could" also report the past, so they say nothing.
FORWARD_MODALS = frozenset({"can", "may", "might", "must", "should", "ca"})
TIMES_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})
PERFECT_AUX = frozenset({"has", "have", "'ve", "'s", "had"})
EITHER = "either"  # a clause that may look back or ahead ("could come Tuesday"): the nearest date
# Dependencies by which a date is an argument or a modifier of a noun, not an adverbial of a verb.
NOMINAL_DEPS = frozenset(
    {"poss", "compound", "nmod", "amod", "appos", "dobj", "nsubj", "nsubjpass", "attr", "dative", "oprd"}
)


def governing_tense(ent: Span) -> str | None:
    """ "past", "future", "present", "either" or None: the tense of the verb the date is an adverbial of."""
    token: Token = ent.root
    nominal = False
    if token.dep_ == "compound" and token.head.lower_ in TIMES_OF_DAY:
        token = token.head  # "Tuesday morning": the clause of "morning"
    if token.dep_ in NOMINAL_DEPS or token.dep_ == "case":
        return None
    for _ in range(8):
        head = token.head
        if head.i == token.i:
            return None
        if head.pos_ in ("VERB", "AUX"):
            tense = verb_tense(head, date_before=ent.start < head.i)
            return tense if not nominal or tense == "future" else None
        if head.pos_ == "ADJ" and head.lemma_.lower() in word_list("future_verbs"):
            return "future"  # "due Friday"
        if head.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and token.dep_ != "conj":
            # "statements on Friday", "a decline ... on Wednesday" tell no tense; "will announce the plan on
            # Thursday", "will be named for a mission in December" still look ahead
            nominal = True
        token = head
    return None


def verb_tense(verb: Token, date_before: bool = False) -> str | None:
    """Tense from a verb's tag and auxiliaries: "will vote" future, "has said" past, "meets" present.

    A verb of planning looks ahead ("planned a rally on Saturday"), but not for a date written before it
    ("On Friday, the government planned ...": when the planning was) nor as a participle after a noun ("a
    service planned for Saturday was cancelled": the clause decides). A to-infinitive of purpose takes the
    tense of its verb, and after a past verb it may lie on either side of publication ("subpoenaed him to
    testify on Feb. 10", "staged concerts to mark the day on Friday"), as may a clause with "could" or
    "would" ("could arrive as early as Tuesday", "could not be reached Wednesday"): "either".
    """
    aux = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    words = {child.lower_ for child in aux}
    tags = {verb.tag_} | {child.tag_ for child in aux}
    if verb.lemma_.lower() in word_list("future_verbs") and not date_before:
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and not aux:
            clause = verb.head.head
            return verb_tense(clause) if clause.pos_ in ("VERB", "AUX") and clause.i != verb.head.i else None
        return "future"
    if words & FUTURE_AUX or ("going" in words and "to" in words):
        return "future"
    if words & FORWARD_MODALS:
        return "past" if "have" in words else "future"
    if "MD" in tags:
        return "past" if "have" in words else EITHER
    if "to" in words and verb.tag_ == "VB":
        return _infinitive_tense(verb)
    if "VBD" in tags or (words & PERFECT_AUX and verb.tag_ == "VBN"):
        return "past"
    if verb.tag_ == "VBP" and not aux and verb.lower_ in word_list("same_form_verbs"):
        return EITHER  # "the shares that hurt the index on Friday": "hurt" is past as often as present
    if tags & {"VBZ", "VBP"}:
        return "present"
    if verb.tag_ == "VBN" and not aux:
        return "past"
    return None


def _infinitive_tense(verb: Token) -> str | None:
    """The tense of a to-infinitive: its governing verb's, future after a noun ("a plan to vote")."""
    head = verb.head
    if head.lemma_.lower() in word_list("future_verbs"):
        return "future"  # "plans to vote", "a plan to vote"
    if head.pos_ in ("NOUN", "PROPN", "ADJ") and head.head.i != head.i and head.head.pos_ in ("VERB", "AUX"):
        # "staged concerts to mark the day", "made it hard to meet demand into the summer": the verb of the
        # noun or adjective
        head = head.head
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
        return "future"
    tense = verb_tense(head)
    if tense == "past":
        return EITHER
    return tense if tense != "present" else "future"
