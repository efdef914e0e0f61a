"""Rules that propose a speech cue and a speaker mention for each quote, each declared once with its family.

The rules, strongest first:
1. syntax: a cue above the quote in the parse tree ("X said", "said X", split quotes, "according to X"),
   or hanging off the quote's own words;
2. labels: the label opening a transcript turn ('"WALLACE: Do you think ...'), a name before a colon
   ("Santos: 'We will appeal.'", headlines), the subject of a clause a colon closes ('Perez pressed for a
   higher wage: "..."'), a name after a dash ('"We will appeal." - Maria Santos'), a source in the next
   sentence ("That was the warning from X");
3. proximity: the strongest, nearest cue outside quotes in the quote's paragraph, and a colon lead-in ending
   the previous paragraph ("X said in a statement:");
4. previous: the previous quote's speaker, in the same paragraph or for a paragraph that opens with a quote.
Rules only propose; a chooser (:mod:`quotex.attribution.choosers`) decides.
"""

from collections.abc import Callable

from spacy.tokens import Span, Token

from quotex.attribution.cues import CueIndex, lead_in_cue, nearest_cue, syntactic_cues
from quotex.attribution.mentions import (
    CLIMB_DEPS,
    DASHES,
    MAX_SUBJECT_CLIMB,
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    is_spaced_dash,
    name_head,
    speaker_mention,
    subject_of,
)
from quotex.attribution.types import Attribution, Evidence, RuleInfo
from quotex.document.layout import SMALL_WORDS

MAX_LABEL_TOKENS = 8
CONTINUATION_PARAGRAPHS = 2
SYNTAX_PROPOSALS = 3  # cues linked to the quote in the parse, best first, each a rule "syntax<k>"

LabelRule = Callable[[Span, CueIndex], tuple[Token, Token] | None]
LABEL_RULES: list[tuple[RuleInfo, LabelRule]] = []  # in the order they propose

# the rules that are not label rules; label rules declare themselves with @label_rule below
RULES: dict[str, RuleInfo] = {
    info.name: info
    for info in (
        *(RuleInfo(f"syntax{k}", "syntax") for k in range(SYNTAX_PROPOSALS)),
        RuleInfo("nearest", "proximity"),
        RuleInfo("lead_in", "proximity"),
        RuleInfo("previous", "previous"),
        RuleInfo("continuation", "previous"),
    )
}


def label_rule(name: str, family: str, decisive: bool = False) -> Callable[[LabelRule], LabelRule]:
    """Declare a label rule: its name, its family and whether its proposal decides outright."""

    def register(function: LabelRule) -> LabelRule:
        info = RuleInfo(name, family, decisive)
        RULES[name] = info
        LABEL_RULES.append((info, function))
        return function

    return register


FROM_OPENERS = frozenset({"that", "this", "such", "those", "these", "so"})


def _name_after(tokens: list[Token], index: CueIndex) -> Token | None:
    """The head of the first name (a run of proper nouns, or a noun phrase) at the start of ``tokens``."""
    run = []
    for token in tokens:
        if index.quote_of[token.i] >= 0 or (token.is_punct and run):
            break
        if token.pos_ in ("PROPN", "NOUN") or (token.is_title and not token.is_punct):
            run.append(token)
        elif run or not (token.pos_ in ("DET", "ADJ") or token.is_punct):
            break
    propns = [t for t in run if t.pos_ == "PROPN"]
    return (propns or run or [None])[-1]


@label_rule("turn", "syntax", decisive=True)
def turn_label(quote: Span, index: CueIndex) -> tuple[Token, Token] | None:
    """(speaker, cue) of a transcript turn, whose quoted words open with the speaker's label:
    '"WALLACE: Do you think that was fair?', the colon being the cue."""
    first = next((t for t in index.tokens[quote.start : quote.end] if not (t.is_quote or t.is_space)), None)
    label = index.base.turn_labels.get(first.i) if first is not None else None
    return (index.tokens[label[0]], index.tokens[label[1]]) if label else None


@label_rule("colon", "label")
def colon_label(quote: Span, index: CueIndex) -> tuple[Token, Token] | None:
    """(speaker, cue) of a "Name: 'quote'" line (headlines, transcripts, roundups): a short phrase with a
    proper noun, opening the sentence or following a spaced dash ("TURNOUT FELL - Hanna Olsen:"), and ending
    in a colon (the cue) before the quote."""
    sentence_start = index.sentence_bounds(quote.start)[0]
    colon = next((t for t in index.tokens[sentence_start : quote.start] if t.text == ":"), None)
    if colon is None:
        return None
    dash = next((t for t in reversed(index.tokens[sentence_start : colon.i]) if is_spaced_dash(t)), None)
    label_start = dash.i + 1 if dash is not None else sentence_start
    if colon.i - label_start > MAX_LABEL_TOKENS:
        return None
    label = [t for t in index.tokens[label_start : colon.i] if not t.is_space and not t.is_punct]
    if not label or any(index.strength.get(t.i) for t in label) or index.quote_of[label[0].i] >= 0:
        return None
    names = [t for t in label if t.pos_ == "PROPN"]
    return (name_head(names[-1], colon.i), colon) if names else None


@label_rule("colon_subject", "syntax")
def colon_subject(quote: Span, index: CueIndex) -> tuple[Token, Token] | None:
    """(speaker, cue) for a quote after a colon that closes a clause: 'Perez pressed for a higher wage: "..."'
    gives the subject of that clause, the colon being the cue."""
    tokens = index.tokens
    i = quote.start - 1
    while i >= 0 and tokens[i].is_space:
        i -= 1
    if i < 0 or tokens[i].text != ":" or index.quote_of[i] >= 0:
        return None
    head = tokens[i].head
    for _ in range(MAX_SUBJECT_CLIMB):
        subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS and c.i < i), None)
        if subject is not None:
            dash_between = any(is_spaced_dash(t) for t in tokens[subject.i : i])  # "TOPIC - Name:"
            return (subject, tokens[i]) if index.quote_of[subject.i] < 0 and not dash_between else None
        if head.head is head or head.dep_ not in CLIMB_DEPS:
            return None
        head = head.head
    return None


@label_rule("dash", "label", decisive=True)
def dash_label(quote: Span, index: CueIndex) -> tuple[Token, Token] | None:
    """(speaker, cue) of a sign-off after the quote, on its line or the next:
    '"We will rebuild." — Commissioner Ruth Adler', the dash being the cue; after the name's comma, the line
    may say where or how ("-Ruth Adler, speaking in Dayton")."""
    doc = index.doc
    i = quote.end
    while i < len(doc) and (doc[i].text in (",", ".") or doc[i].is_space):
        i += 1
    if i >= len(doc) or doc[i].text not in DASHES:
        return None
    rest = [t for t in index.paragraph_tokens(index.paragraph_of[i]) if t.i > i]
    comma = next((k for k, t in enumerate(rest) if t.text == ","), len(rest))
    if len(rest) > 2 * MAX_LABEL_TOKENS or any(t.pos_ in ("VERB", "AUX") for t in rest[:comma]):
        return None  # a sign-off names the speaker, at most adding where or how ("- Ana Ruiz, on TV")
    name = _name_after(rest, index)
    return (name, doc[i]) if name is not None else None


@label_rule("next_sentence", "label")
def next_sentence_source(quote: Span, index: CueIndex) -> tuple[Token, Token] | None:
    """(speaker, cue) named in the sentence after the quote: '"..." That was the warning from Lena Park.',
    the cue being the word "from" (or "by") points from."""
    tokens = index.tokens
    sentence = index.sentence_of[quote.end - 1]
    if quote.end >= len(tokens):
        return None
    if not tokens[quote.end].is_space and tokens[quote.end].lower_ not in FROM_OPENERS:
        return None  # the common case, decided without building the list below
    after = [t for t in tokens[quote.end : quote.end + 4 * MAX_LABEL_TOKENS] if not t.is_space]
    if not after or index.sentence_of[after[0].i] != sentence + 1 or after[0].lower_ not in FROM_OPENERS:
        return None
    words = [t for t in after if index.sentence_of[t.i] == sentence + 1]
    source = next((t for t in words if t.lower_ in ("from", "by") and t.dep_ in ("prep", "agent")), None)
    if source is None:
        return None
    name = next((c for c in source.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN")), None)
    return (name, source.head) if name is not None else None


def cue_beside(quote: Span, index: CueIndex) -> bool:
    """A speech cue frames the quote: its words end in a comma and a cue follows within two words
    ('"Judge," Ames said'), or a cue and a comma or colon come right before it ('she said, "No."')."""
    tokens = index.tokens
    inner = [t for t in tokens[quote.start : quote.end] if not (t.is_quote or t.is_space)]
    if inner and inner[-1].text == ",":
        after = [t for t in tokens[quote.end : quote.end + 4] if not t.is_space][:2]
        if any(index.strength.get(t.i) for t in after):
            return True
    before = [t for t in tokens[max(0, quote.start - 4) : quote.start] if not t.is_space][-2:]
    return len(before) == 2 and before[1].text in (",", ":") and bool(index.strength.get(before[0].i))


def looks_like_title(quote: Span, index: CueIndex) -> bool:
    """A short quote in title case inside a sentence that is not ("the show 'Meet the Press'"); in a headline,
    where every word but the small ones is capitalized, title case says nothing; nor does it next to a speech
    cue ('"Judge," Ames said, "...', 'she said, "No."')."""
    words = [t for t in index.tokens[quote.start : quote.end] if t.is_alpha]
    if not words:
        return True
    if len(words) > 8 or not all(w.is_title or w.lower_ in SMALL_WORDS for w in words):
        return False
    if cue_beside(quote, index):
        return False
    start, end = index.sentence_bounds(words[0].i)  # its words': an opening mark may end the sentence before
    outside = [t for t in index.tokens[start:end] if t.is_alpha and not (quote.start <= t.i < quote.end)]
    return any(t.is_lower and t.lower_ not in SMALL_WORDS for t in outside)


def evidence(quote: Span, index: CueIndex, qi: int) -> Evidence:
    """What each rule proposes for quote number ``qi``, strongest rule first."""
    paragraph = index.paragraph_of[quote.start]
    proposals: Evidence = []
    for k, cue in enumerate(syntactic_cues(quote, index, qi)[:SYNTAX_PROPOSALS]):
        proposals.append((f"syntax{k}", from_cue(cue, index, quote)))
    for info, rule in LABEL_RULES:
        found = rule(quote, index)
        if found is not None:
            speaker, cue = found
            proposals.append((info.name, from_speaker(speaker, (cue.idx, cue.idx + len(cue.text)), index)))
    for name, cue in (
        ("nearest", nearest_cue(quote, index, paragraph, index.paragraph_of[quote.end - 1])),
        ("lead_in", lead_in_cue(index, paragraph)),
    ):
        if cue is not None:
            proposals.append((name, from_cue(cue, index, quote, antecedent=True)))
    return proposals


def from_cue(cue: Token, index: CueIndex, quote: Span, antecedent: bool = False) -> Attribution:
    """The cue's attribution; with ``antecedent``, a relative "who" gives way to the noun it stands for
    (a cue that does not govern the quote: '"...," said Ana Ruiz, who said she left. "I was tired."')."""
    last = next((c for c in cue.children if c.lower_ == "to"), cue) if cue.lower_ == "according" else cue
    cue_bounds = (cue.idx, last.idx + len(last.text))
    speaker = subject_of(cue, index, quote)
    if antecedent and speaker is not None and speaker.lower_ in RELATIVE_PRONOUNS:
        clause = speaker.head
        while clause.dep_ != "relcl" and clause.head is not clause and clause.dep_ in CLIMB_DEPS:
            clause = clause.head
        if clause.dep_ == "relcl" and index.quote_of[clause.head.i] < 0:
            speaker = clause.head
    return from_speaker(speaker, cue_bounds, index) if speaker is not None else Attribution(cue_bounds, None)


def from_speaker(speaker: Token, cue_bounds: tuple[int, int] | None, index: CueIndex) -> Attribution:
    """The attribution naming the noun phrase headed by ``speaker``, without quoted words."""
    head, start, end = speaker_mention(speaker, index.quote_of)
    span = speaker.doc[start:end]
    return Attribution(cue_bounds, (span.start_char, span.end_char), head.i)


def previous_speaker(
    quote: Span, index: CueIndex, results: list[Attribution], quotes: list[Span]
) -> tuple[str, Attribution] | None:
    """The previous quote's attribution as evidence: "previous" when it is in the same paragraph,
    "continuation" when this quote opens its paragraph and the previous one is at most two back."""
    if not results or results[-1].speaker is None:
        return None
    paragraph = index.paragraph_of[quote.start]
    distance = paragraph - index.paragraph_of[quotes[len(results) - 1].start]
    if distance == 0:
        return "previous", results[-1]
    tokens = index.paragraph_tokens(paragraph)
    if tokens and tokens[0].i >= quote.start and distance <= CONTINUATION_PARAGRAPHS:
        return "continuation", results[-1]
    return None


def decisive_label(quote: Span, index: CueIndex, proposals: Evidence) -> Attribution | None:
    """The proposal of a rule that decides outright (a dash sign-off, a transcript turn), or of a "Name:"
    label opening a headline."""
    headline = index.is_headline(index.paragraph_of[quote.start])
    for name, found in proposals:
        info = RULES.get(name)
        if found.speaker and info is not None and (info.decisive or (headline and name == "colon")):
            return found
    return None


def family_of(name: str) -> str:
    """The family of the rule called ``name``."""
    info = RULES.get(name)
    return info.family if info is not None else "syntax"
