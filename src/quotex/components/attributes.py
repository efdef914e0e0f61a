"""quotex_attributes: spaCy's attribute ruler with the same patterns and outputs, applied through arrays.

spaCy's ``AttributeRuler`` runs a ``Matcher`` over every token and then sets each match's attributes through
a new Span and Token; on news text nearly every token matches a tag-map pattern, so it costs about a tenth of
``en_core_web_sm``'s time. Its patterns are single tokens or short fixed sequences of exact values, ``IN``,
``NOT_IN`` and ``REGEX`` tests, so they are evaluated here as boolean masks over the Doc's attribute arrays
and written back with one ``Doc.from_array``. As in spaCy, all patterns are matched before any attribute is
set, and where several rules set one attribute of a token the rule added last wins. Patterns outside that
subset (operators, other predicates, extension attributes) fall back to spaCy's own matching, so the outputs
are always the ruler's.
"""

import re
from collections.abc import Callable, Iterable

import numpy as np
from spacy.attrs import DEP, IDS, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.pipeline.attributeruler import attribute_ruler_score
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

from quotex.components.base import DocComponent

# token attributes a pattern may test, and attributes a rule may set (those set_token_attrs sets on the token
# only, so no lexeme changes)
_TESTED = ("ORTH", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA", "IS_SPACE", "IS_PUNCT", "IS_ALPHA")
_SET = frozenset((POS, TAG, DEP, MORPH, LEMMA))

Mask = Callable[[np.ndarray, Vocab], np.ndarray]  # attribute column -> boolean mask over the tokens


@Language.factory(
    "quotex_attributes",
    assigns=["token.tag", "token.pos", "token.morph", "token.lemma", "token.dep"],
    requires=[],
    default_config={"validate": False},
)
def make_attribute_ruler(nlp: Language, name: str, validate: bool) -> "ArrayAttributeRuler":
    """Factory for :class:`ArrayAttributeRuler`; load patterns as for spaCy's ``attribute_ruler``."""
    return ArrayAttributeRuler(nlp.vocab, name, validate=validate)


Test = tuple[str, str, Mask]  # (attribute, a key naming the test, the test)


class _Rule:
    """One ruler entry: alternative token sequences (each token a list of tests), what to set, and where."""

    def __init__(self, sequences: list[list[list[Test]]], attrs: dict[int, int], index: int) -> None:
        self.sequences = sequences
        self.attrs = attrs
        self.index = index


def _mask(value: object) -> Mask | None:
    """The test one pattern value makes on an attribute column, or None when it is not supported here."""
    if isinstance(value, bool | int):
        wanted = int(value)
        return lambda column, vocab: column == wanted
    if isinstance(value, str):
        key = get_string_id(value)
        return lambda column, vocab: column == key
    if not isinstance(value, dict) or len(value) != 1:
        return None
    ((op, arg),) = value.items()
    if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
        keys = sorted({get_string_id(v) for v in arg})
        invert = op == "NOT_IN"
        if len(keys) > 8:
            wanted = np.array(keys, dtype=np.uint64)
            return lambda column, vocab: np.isin(column, wanted, invert=invert)
        return lambda column, vocab: _any_of(column, keys) ^ invert
    if op == "REGEX" and isinstance(arg, str):
        return _regex_mask(re.compile(arg))
    return None


def _any_of(column: np.ndarray, keys: list[int]) -> np.ndarray:
    """``column`` equals one of a few ``keys`` (faster than ``np.isin`` for short lists)."""
    hits = np.zeros(len(column), dtype=bool)
    for key in keys:
        hits |= column == key
    return hits


def _regex_mask(pattern: re.Pattern) -> Mask:
    """``pattern.search`` on each token's string, computed once per distinct value and remembered."""
    seen: dict[int, bool] = {}

    def mask(column: np.ndarray, vocab: Vocab) -> np.ndarray:
        values, inverse = np.unique(column, return_inverse=True)
        hits = []
        for key in values.tolist():
            if key not in seen:
                seen[key] = bool(pattern.search(vocab.strings[key]))
            hits.append(seen[key])
        return np.array(hits, dtype=bool)[inverse]

    return mask


def compile_rules(patterns: list[dict], attrs: list[dict]) -> list[_Rule] | None:
    """The ruler's entries (``AttributeRuler.patterns`` and ``.attrs``) as array rules, or None when any of
    them needs spaCy's Matcher."""
    rules = []
    made: dict[str, Mask] = {}
    for entry, normed in zip(patterns, attrs, strict=True):
        if not set(normed) <= _SET:
            return None
        sequences = []
        for sequence in entry["patterns"]:
            if not sequence or not -len(sequence) <= entry["index"] < len(sequence):
                return None  # spaCy raises on a match whose index falls outside it; let it
            tokens = []
            for token in sequence:
                tests: list[Test] = []
                for key, value in token.items():
                    name = f"{key}={value!r}"
                    if name not in made:
                        mask = _mask(value) if key in _TESTED else None
                        if mask is None:
                            return None
                        made[name] = mask
                    tests.append((key, name, made[name]))
                tokens.append(tests)
            sequences.append(tokens)
        rules.append(_Rule(sequences, dict(normed), entry["index"]))
    return rules


def _targets(rule: _Rule, columns: dict[str, np.ndarray], cache: dict, vocab: Vocab, n: int) -> np.ndarray:
    """Boolean mask of the tokens ``rule`` sets attributes on; ``cache`` keeps each test's hits in the Doc."""
    target = None
    for tokens in rule.sequences:
        starts = n - len(tokens) + 1
        if starts < 1:
            continue
        found = None
        for position, tests in enumerate(tokens):
            for key, name, mask in tests:
                hits = cache.get(name)
                if hits is None:
                    hits = cache[name] = mask(columns[key], vocab)
                window = hits[position : position + starts]
                found = window if found is None else found & window
        if found is None:  # a pattern of empty token tests matches every position
            found = np.ones(starts, dtype=bool)
        if len(tokens) == 1:
            hit = found
        else:
            offset = rule.index if rule.index >= 0 else len(tokens) + rule.index
            hit = np.zeros(n, dtype=bool)
            hit[np.flatnonzero(found) + offset] = True
        target = hit if target is None else target | hit
    return np.zeros(n, dtype=bool) if target is None else target


class ArrayAttributeRuler(DocComponent, AttributeRuler):
    """spaCy's :class:`AttributeRuler` (same patterns, serialization and results), matched with arrays."""

    def __init__(self, vocab: Vocab, name: str = "quotex_attributes", *, validate: bool = False) -> None:
        AttributeRuler.__init__(self, vocab, name, validate=validate, scorer=attribute_ruler_score)
        self._rules: list[_Rule] | None = None
        self._compiled = False

    def clear(self) -> None:
        super().clear()
        self._compiled = False

    def add(self, patterns: Iterable, attrs: dict, index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._compiled = False

    def rules(self) -> list[_Rule] | None:
        """The compiled array rules (None: these patterns need spaCy's Matcher)."""
        if not self._compiled:
            self._rules = compile_rules(self.patterns, self.attrs)
            self._compiled = True
        return self._rules

    def annotate(self, doc: Doc) -> None:
        rules = self.rules()
        if rules is None:
            self.set_annotations(doc, self.match(doc))
        elif rules and len(doc):
            self.apply(doc, rules)

    def apply(self, doc: Doc, rules: list[_Rule]) -> None:
        """Set every rule's attributes on its matches, later rules winning, in one ``from_array``."""
        tested = sorted(
            {key for rule in rules for tokens in rule.sequences for tests in tokens for key, _, _ in tests}
        )
        columns = dict(zip(tested, doc.to_array([IDS[key] for key in tested]).T, strict=True))
        written = sorted({attr for rule in rules for attr in rule.attrs})
        values = doc.to_array(written)
        where = {attr: i for i, attr in enumerate(written)}
        cache: dict[int, np.ndarray] = {}
        n = len(doc)
        for rule in rules:
            target = _targets(rule, columns, cache, self.vocab, n)
            if target.any():
                for attr, value in rule.attrs.items():
                    values[target, where[attr]] = value
        doc.from_array(written, values)
