"""What attribution passes around: a rule's proposal, one quote's evidence, how rules are declared."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Attribution:
    """Character offsets of the cue and the speaker mention of one quote (either may be None)."""

    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None
    speaker_head: int | None = None  # token index of the mention's head word


NO_ATTRIBUTION = Attribution(None, None)

Evidence = list[tuple[str, Attribution]]  # (rule name, what the rule proposes), strongest rule first


@dataclass(frozen=True)
class RuleInfo:
    """How a rule is declared: its name, the family of evidence it uses (a rare rule shares weight with its
    family in the ranker), and whether its proposal decides outright (layout labels that name the speaker)."""

    name: str
    family: str
    decisive: bool = False
