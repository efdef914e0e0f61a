"""Small closed word lists the entity rules use: labels, titles, clitics, currencies (from models/)."""

from quotex.document.lexicon import currencies


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``."""
    return frozenset(text.split())


# Labels that name things (proper names); the rules that trim, vote and add mentions touch only these.
NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "NORP", "FAC"})
# Labels whose mentions take part in one-label-per-name voting.
VOTING_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC"})

# Titles and roles written before a person's name ("Mayor Tomas Reyes"); OntoNotes keeps them out of PERSON.
TITLES = _words(
    """
    mr mrs ms miss dr prof professor sir dame lord lady rev reverend fr father sister brother
    president vice prime minister premier chancellor mayor governor senator sen rep representative
    congressman congresswoman treasurer secretary ambassador judge justice general gen colonel col
    major maj captain capt lieutenant lt sergeant sgt commander admiral officer detective inspector
    chief superintendent coach chairman chairwoman chair ceo director spokesman spokeswoman spokesperson
    king queen prince princess sheikh pope bishop archbishop cardinal imam rabbi pastor councillor councilor
    councilman councilwoman commissioner deputy attorney auditor
    """
)

# Clitics and contraction pieces that are never entities on their own.
CLITICS = _words("n't 's 'll 're 've 'd 'm s ’s ’ll ’re ’ve ’d ’m n’t")

# Currency signs written before an amount ("$42 million", "€2.3bn") and nouns written after one ("18 million
# reais"), from models/currencies.txt; ambiguous nouns (pound, won, real) are not in the second list.
CURRENCY_PREFIXES = frozenset(currencies("prefix"))
CURRENCY_NOUNS = frozenset(currencies("noun"))

# Proper names that keep their article ("The Hague").
KEEP_THE = frozenset({"the hague"})
