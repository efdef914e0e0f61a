"""A candidate's campaign named after the candidate: "her campaign" -> "Rossi campaign"."""

from spacy.tokens import Token

CAMPAIGN = "campaign"
OWNER_DEPS = ("poss", "compound")  # "Rossi's campaign", "her campaign"; "the Rossi campaign"


def campaign_owner(head: Token) -> Token | None:
    """The word before a singular "campaign" head that says whose campaign it is, or None."""
    if head.lower_ != CAMPAIGN:
        return None
    return next((c for c in head.lefts if c.dep_ in OWNER_DEPS), None)


def campaign_name(candidate: str) -> str:
    """ "Ana Rossi" -> "Rossi campaign"; a surname particle stays with it ("Luis de Vega" -> "de Vega")."""
    words = candidate.split()
    surname = words[-2:] if len(words) > 2 and words[-2].islower() else words[-1:]
    return " ".join([*surname, CAMPAIGN])
