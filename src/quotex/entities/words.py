"""Small closed word lists the entity rules use: labels, titles, clitics, currencies (from models/)."""

from quotex.document.lexicon import currencies


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``."""
    return frozenset(text.split())


# Labels that name things (proper names); the rules that trim, vote and add mentions touch only these.
NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "NORP", "FAC"})
# Labels whose mentions take part in one-label-per-name voting.
VOTING_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC"})

# Clitics and contraction pieces that are never entities on their own.
CLITICS = _words("n't 's 'll 're 've 'd 'm s ’s ’ll ’re ’ve ’d ’m n’t")

# Currency signs written before an amount ("$42 million", "€2.3bn") and nouns written after one ("18 million
# reais"), from models/currencies.txt; ambiguous nouns (pound, won, real) are not in the second list.
CURRENCY_PREFIXES = frozenset(currencies("prefix"))
CURRENCY_NOUNS = frozenset(currencies("noun"))

# Proper names that keep their article ("The Hague").
KEEP_THE = frozenset({"the hague"})
