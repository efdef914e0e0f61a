"""A trained ranker over candidate speaker mentions, fed by the rules' proposals.

For each quote, every noun phrase head near it (same paragraph, outside quotes) and every mention a rule
proposes is a candidate, and so is "nobody" (scare quotes, titles). Each option is described by sparse,
named features (which rules propose it, its syntactic role, side and distance, entity type, pronoun); a
log-linear model (softmax over the options of one quote) picks the best. The weights are trained on PolNeAR
train by models/train_speaker_ranker.py and stored in models/speaker_ranker.json.
"""

import json
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Span, Token

from quotex.attribution.cues import STRONG, CueIndex
from quotex.attribution.mentions import is_misparsed_name, speaker_mention
from quotex.attribution.rules import family_of, looks_like_title
from quotex.attribution.types import NO_ATTRIBUTION, Attribution, Evidence
from quotex.document.lexicon import RELATIVE_PRONOUNS, SUBJECT_DEPS

CANDIDATE_POS = frozenset({"PROPN", "NOUN", "PRON"})
NON_HEAD_DEPS = frozenset({"compound", "flat"})
MAX_CANDIDATES = 40
NOBODY = -1  # the option "this quote has no speaker"


def _bin(n: int, edges: tuple[int, ...] = (0, 1, 2, 3, 5, 8, 12, 20, 35)) -> str:
    return next((str(edge) for edge in edges if n <= edge), "more")


def _distance(quote: Span, token: Token) -> int:
    return quote.start - token.i if token.i < quote.start else token.i - quote.end + 1


@dataclass
class QuoteContext:
    """What every option of one quote shares: the quote, the document index and the rules' proposals."""

    quote: Span
    index: CueIndex
    evidence: Evidence

    def __post_init__(self) -> None:
        quote = self.quote
        paragraph_of = self.index.paragraph_of
        paragraph = self.index.paragraph_tokens(self.index.paragraph_of[quote.start])
        self.opens_paragraph = bool(paragraph) and paragraph[0].i >= quote.start
        self.lead_in = self._lead_in_paragraph()
        lead_in = {self.lead_in} if self.lead_in is not None else set()
        self.paragraphs = sorted({paragraph_of[quote.start], paragraph_of[quote.end - 1]} | lead_in)
        self.headline = self.index.is_headline(paragraph_of[quote.start])
        self.sentences = {self.index.sentence_of[quote.start], self.index.sentence_of[quote.end - 1]}
        self.title_like = looks_like_title(quote, self.index)
        self.rule_choice = next(
            (a.speaker_head for _, a in self.evidence if a.speaker_head is not None), None
        )
        self.candidates = self._candidates()
        self.ranks = self._side_ranks()
        self.governors = self._governors()
        self.anchor = self._anchor()
        self.anchor_chain = self._chain(self.anchor.i)

    def _lead_in_paragraph(self) -> int | None:
        """The previous paragraph when it ends in a colon that leads into this quote, which opens its
        paragraph ('He then listed the qualities he wants:' then the quote): the quote's context."""
        if not self.opens_paragraph:
            return None
        previous = self.index.paragraph_of[self.quote.start] - 1
        tokens = self.index.paragraph_tokens(previous) if previous >= 0 else []
        lead_in = bool(tokens) and tokens[-1].text == ":" and self.index.quote_of[tokens[-1].i] < 0
        return previous if lead_in else None

    def _candidates(self) -> list[Token]:
        """Noun phrase heads outside quotes and datelines (a place never speaks) in the quote's paragraphs
        (the first and, for a quote over several paragraphs, the last), nearest first, plus rule proposals."""
        index, quote = self.index, self.quote
        heads = [a.speaker_head for _, a in self.evidence if a.speaker_head is not None]
        found = {head: index.tokens[head] for head in heads}
        nearby = [
            t
            for paragraph in self.paragraphs
            for t in index.paragraph_tokens(paragraph)
            if index.quote_of[t.i] < 0
            and not index.base.in_dateline(t.i)
            and (t.pos_ in CANDIDATE_POS or is_misparsed_name(t))
            and t.dep_ not in NON_HEAD_DEPS
        ]
        nearby.sort(key=lambda t: _distance(quote, t))
        for token in nearby[:MAX_CANDIDATES]:
            found.setdefault(token.i, token)
        return list(found.values())

    def _governors(self) -> set[int]:
        """Words outside the quote that the quote's words hang from, up to the sentence root."""
        quote, quote_of, head_of = self.quote, self.index.quote_of, self.index.head_of
        found: set[int] = set()
        for i in range(quote.start, quote.end):
            node = head_of[i]
            while quote_of[node] < 0 and node not in found:
                found.add(node)
                if head_of[node] == node:
                    break
                node = head_of[node]
        return found

    def _anchor(self) -> Token:
        """The quote's word highest in the parse: the one whose head lies outside the quote (or the root)."""
        quote, head_of, tokens = self.quote, self.index.head_of, self.index.tokens
        for i in range(quote.start, quote.end):
            outside = not quote.start <= head_of[i] < quote.end or head_of[i] == i
            if outside and not tokens[i].is_punct:
                return tokens[i]
        return tokens[quote.start]

    def path(self, token: Token, limit: int = 4) -> str:
        """The dependency path from ``token`` up to the lowest word above both it and the quote's anchor,
        then down to the anchor: 'nsubj^ccomp_' for the subject of a verb whose clause is the quote."""
        tokens, head_of = self.index.tokens, self.index.head_of
        node = token.i
        for n in range(len(tokens)):
            if node in self.anchor_chain:
                downs = self.anchor_chain[: self.anchor_chain.index(node)]
                if n + len(downs) > limit:
                    return "long"
                ups = "".join(f"{tokens[i].dep_}^" for i in self._chain(token.i)[:n])
                return ups + "".join(f"{tokens[i].dep_}_" for i in reversed(downs))
            if head_of[node] == node:
                break
            node = head_of[node]
        return "none"

    def _chain(self, i: int) -> list[int]:
        """Token ``i`` and the words above it, up to the root."""
        head_of, chain = self.index.head_of, [i]
        while head_of[chain[-1]] != chain[-1]:
            chain.append(head_of[chain[-1]])
        return chain

    def _side_ranks(self) -> dict[int, int]:
        ranks: dict[int, int] = {}
        for before in (True, False):
            side = [t for t in self.candidates if (t.i < self.quote.start) == before]
            side.sort(key=lambda t: _distance(self.quote, t))
            ranks.update({t.i: r for r, t in enumerate(side)})
        return ranks

    def quotes_between(self, token: Token) -> int:
        quote = self.quote
        lo, hi = (token.i, quote.start) if token.i < quote.start else (quote.end, token.i)
        return self.index.quotes_in(lo, hi)

    def nobody_features(self) -> list[str]:
        """Features of the option that nobody speaks."""
        proposals = sorted({name for name, a in self.evidence if a.speaker_head is not None})
        words = sum(t.is_alpha for t in self.index.tokens[self.quote.start : self.quote.end])
        return [
            "nobody",
            f"nobody|title_like={self.title_like}",
            f"nobody|words={_bin(words, (1, 2, 3, 5, 8, 15))}",
            f"nobody|opens_paragraph={self.opens_paragraph}",
            f"nobody|headline={self.headline}",
            f"nobody|proposals={'+'.join(proposals) or 'none'}",
            f"nobody|any_cue={any(a.cue for _, a in self.evidence)}",
            f"nobody|prev={self._neighbour(-1)}",
            f"nobody|next={self._neighbour(1)}",
        ]

    def _neighbour(self, step: int) -> str:
        """The word just before (-1) or after (1) the quote, lowercased, or its tag for open-class words."""
        tokens, quote = self.index.tokens, self.quote
        i = quote.start - 1 if step < 0 else quote.end
        while 0 <= i < len(tokens) and (tokens[i].is_space or tokens[i].is_quote):
            i += step
        if not 0 <= i < len(tokens):
            return "none"
        token = tokens[i]
        closed_class = token.is_punct or token.is_stop or token.pos_ in ("VERB", "AUX")
        return token.lower_ if closed_class else token.pos_

    def features(self, token: Token) -> list[str]:
        """Named features of ``token`` as the speaker of the quote."""
        quote, index = self.quote, self.index
        side = "before" if token.i < quote.start else "after"
        same_sentence = index.sentence_of[token.i] in self.sentences
        head = token.head
        cue = index.strength.get(head.i, 0) if token.dep_ in SUBJECT_DEPS else 0
        proposed = [name for name, a in self.evidence if a.speaker_head == token.i]
        feats = [
            f"side={side}|dist={_bin(_distance(quote, token))}",
            f"same_sentence={same_sentence}",
            f"dep={token.dep_}",
            f"pos={token.pos_}",
            f"ent={token.ent_type_ or 'O'}",
            f"pronoun={token.lower_ if token.pos_ == 'PRON' else '-'}",
            f"relative={token.lower_ in RELATIVE_PRONOUNS}",
            f"subject_of_cue={cue}|same_sentence={same_sentence}|side={side}",
            f"quotes_between={min(self.quotes_between(token), 2)}",
            f"rank={min(self.ranks.get(token.i, 9), 4)}|side={side}",
            f"other_paragraph={index.paragraph_of[token.i] not in self.paragraphs}",
            f"lead_in_paragraph={index.paragraph_of[token.i] == self.lead_in}|side={side}",
            f"opens_paragraph={self.opens_paragraph}|side={side}",
            f"according={token.dep_ == 'pobj' and head.lower_ == 'to' and head.head.lower_ == 'according'}",
            f"rule_choice={self.rule_choice == token.i}",
            f"governs_quote={head.i in self.governors}|dep={token.dep_}",
            f"sentences_away={min(abs(index.sentence_of[token.i] - index.sentence_of[quote.start]), 3)}",
        ]
        if cue == STRONG:
            feats.append(f"cue_lemma={head.lemma_.lower()}")
        feats += [f"proposed_by={name}" for name in proposed]
        path = self.path(token) if same_sentence else "other_sentence"
        feats += [f"path={path}", f"path={path}|side={side}"]
        feats.append(f"dep={token.dep_}|side={side}|same_sentence={same_sentence}")
        proposals = "+".join(sorted(proposed)) or "none"
        feats.append(f"proposals={proposals}")
        if self.headline:
            feats += [f"headline|dep={token.dep_}|side={side}", f"headline|proposals={proposals}"]
        if self.title_like:
            feats += [f"title_like|path={path}", f"title_like|proposals={proposals}"]
            if cue:
                feats.append(f"title_like|cue_lemma={head.lemma_.lower()}")
        if cue:
            feats.append(f"cue_lemma={head.lemma_.lower()}|side={side}")
        families = sorted({family_of(name) for name in proposed})
        feats += [f"proposed_by_family={family}" for family in families]
        feats += [f"proposed_by={name}|same_sentence={same_sentence}" for name in proposed]
        if not proposed:
            feats.append(f"unproposed|dep={token.dep_}|side={side}")
        return feats

    def options(self) -> list[tuple[int, list[str]]]:
        """``(token index or NOBODY, features)`` for every option."""
        return [(NOBODY, self.nobody_features())] + [(t.i, self.features(t)) for t in self.candidates]


class SpeakerRanker:
    """Log-linear scores over a quote's options; the best one wins."""

    decides_titles = True  # a quote that looks like a title is one more option for "nobody" to win

    def __init__(self, weights: dict[str, float]) -> None:
        self.weights = weights

    @classmethod
    def from_file(cls, path: Path) -> "SpeakerRanker":
        return cls(json.loads(path.read_text(encoding="utf-8"))["weights"])

    def score(self, feats: list[str]) -> float:
        return sum(self.weights.get(f, 0.0) for f in feats)

    def choose(self, quote: Span, index: CueIndex, evidence: Evidence) -> Attribution:
        """The attribution of the best option (a rule's proposal when it names the same head word)."""
        context = QuoteContext(quote, index, evidence)
        best = max(context.options(), key=lambda option: self.score(option[1]))[0]
        cue = next((a.cue for _, a in evidence if a.cue is not None), None)
        if best == NOBODY:
            return NO_ATTRIBUTION
        proposal = next((a for _, a in evidence if a.speaker_head == best), None)
        if proposal is not None:
            return proposal
        head, start, end = speaker_mention(quote.doc[best], index.quote_of)
        span = quote.doc[start:end]
        return Attribution(cue, (span.start_char, span.end_char), head.i)
