"""A candidate's campaign named after the candidate: "her campaign" -> "Rossi campaign"."""

from spacy.tokens import Token

CAMPAIGN = "campaign"
OWNER_DEPS = ("poss", "compound")  # "Rossi's campaign", "her campaign"; "the Rossi campaign"


def campaign_owner(head: Token) -> Token | None:
    """The word that says whose campaign a singular "campaign" head is ("Rossi's", "her", "the Rossi
    campaign", "the campaign of the senator"), or None."""
    if head.lower_ != CAMPAIGN:
        return None
    owner = next((c for c in head.lefts if c.dep_ in OWNER_DEPS), None)
    if owner is not None:
        return owner
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def campaign_name(candidate: str) -> str:
    """ "Ana Rossi" -> "Rossi campaign"; a surname particle stays with it ("Luis de Vega" -> "de Vega")."""
    words = candidate.split()
    surname = words[-2:] if len(words) > 2 and words[-2].islower() else words[-1:]
    return " ".join([*surname, CAMPAIGN])
