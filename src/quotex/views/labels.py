"""Colors and words for what a page shows: entity labels, speakers, normalized values."""

from quotex.schema import DateValue, NumberValue

ENTITY_COLORS = {
    "PERSON": "#e0a030",
    "ORG": "#3b82c4",
    "GPE": "#2f9e6b",
    "LOC": "#5bbf8a",
    "FAC": "#7a9e3b",
    "NORP": "#a06cc4",
    "EVENT": "#c4553b",
    "WORK_OF_ART": "#c43b8f",
    "LAW": "#8f6b3b",
    "PRODUCT": "#6b6bc4",
    "LANGUAGE": "#3bb0c4",
    "DATE": "#d06a9a",
    "TIME": "#b0709a",
    "MONEY": "#2a9d8f",
    "PERCENT": "#7d8f2a",
    "CARDINAL": "#8a8a8a",
    "ORDINAL": "#9a8a70",
    "QUANTITY": "#6f8fa0",
}
OTHER_ENTITY = "#999999"
PLACE_LABELS = ("GPE", "LOC", "FAC")

# distinct hues for speakers, dark enough for a 2px outline and light enough as a tint
SPEAKER_COLORS = (
    "#d9480f",
    "#1971c2",
    "#2b8a3e",
    "#ae3ec9",
    "#e67700",
    "#0c8599",
    "#c2255c",
    "#5c940d",
    "#6741d9",
    "#a61e4d",
)
NOBODY = "#868e96"


def entity_color(label: str) -> str:
    """The color of an entity label."""
    return ENTITY_COLORS.get(label, OTHER_ENTITY)


def speaker_color(rank: int) -> str:
    """The color of the speaker at ``rank`` (0 = first speaker in the article); colors repeat after ten."""
    return SPEAKER_COLORS[rank % len(SPEAKER_COLORS)]


def format_number(number: float) -> str:
    """``1234567.0`` -> ``1,234,567``; ``4.5`` -> ``4.5``."""
    if number.is_integer() and abs(number) < 1e15:
        return f"{int(number):,}"
    return f"{number:,.6g}" if abs(number) >= 1e15 else f"{number:,.6f}".rstrip("0").rstrip(".")


def format_value(value: DateValue | NumberValue | None) -> str:
    """A normalized value in words: ``2024-05-01 (day)``, ``2023-10-01 .. 2023-10-31 (month)``, ``≈ 23``."""
    if value is None:
        return ""
    if isinstance(value, DateValue):
        span = value.start.isoformat()
        if value.end != value.start:
            span += f" .. {value.end.isoformat()}"
        return f"{span} ({value.grain})"
    text = format_number(value.number)
    if value.unit:
        text += f" {value.unit}"
    return f"≈ {text}" if value.approximate else text
