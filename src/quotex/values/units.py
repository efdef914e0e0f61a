"""Lexicons for numbers: currencies (to ISO 4217, from ``models/currencies.txt``), units of measure (to one
singular name), hedges."""

from quotex.document.lexicon import currencies

CURRENCY_SYMBOLS = currencies("symbol")
ISO_CODES = frozenset(currencies("code").values())
QUALIFIED_CURRENCIES = currencies("qualified")
CURRENCY_WORDS = currencies("name")
MINOR_UNITS = {word: (code, 0.01) for word, code in currencies("minor").items()}
UNAMBIGUOUS_AFTER = frozenset(CURRENCY_WORDS) - frozenset(currencies("ambiguous"))

MEASURE_UNITS = {
    "kilogram": ["kilograms", "kilogramme", "kilogrammes", "kg", "kgs", "kilo", "kilos"],
    "gram": ["grams", "gramme", "grammes", "g"],
    "milligram": ["milligrams", "mg"],
    "tonne": ["tonnes", "metric ton", "metric tons", "t"],
    "ton": ["tons"],
    "pound": ["pounds", "lb", "lbs"],
    "ounce": ["ounces", "oz"],
    "kilometre": ["kilometres", "kilometer", "kilometers", "km", "kms"],
    "metre": ["metres", "meter", "meters", "m"],
    "centimetre": ["centimetres", "centimeter", "centimeters", "cm"],
    "millimetre": ["millimetres", "millimeter", "millimeters", "mm"],
    "mile": ["miles", "mi"],
    "nautical mile": ["nautical miles"],
    "foot": ["feet", "ft"],
    "inch": ["inches"],
    "yard": ["yards", "yd"],
    "square kilometre": ["square kilometres", "square kilometer", "square kilometers", "sq km", "km2", "km²"],
    "square metre": ["square metres", "square meter", "square meters", "sq m", "m2", "m²"],
    "square mile": ["square miles", "sq mi"],
    "square foot": ["square feet", "sq ft"],
    "hectare": ["hectares", "ha"],
    "acre": ["acres"],
    "cubic metre": ["cubic metres", "cubic meter", "cubic meters", "m3", "m³"],
    "litre": ["litres", "liter", "liters", "l"],
    "millilitre": ["millilitres", "milliliter", "milliliters", "ml"],
    "gallon": ["gallons"],
    "barrel": ["barrels", "bbl"],
    "barrel per day": ["barrels per day", "barrels a day", "bpd"],
    "degree Celsius": ["degrees celsius", "degree celsius", "°c", "c", "degrees centigrade"],
    "degree Fahrenheit": ["degrees fahrenheit", "degree fahrenheit", "°f", "f"],
    "degree": ["degrees", "°"],
    "kilometre per hour": ["kilometres per hour", "kilometers per hour", "km/h", "kph", "kmh", "kmph"],
    "mile per hour": ["miles per hour", "mph"],
    "metre per second": ["metres per second", "meters per second", "m/s"],
    "knot": ["knots"],
    "watt": ["watts", "w"],
    "kilowatt": ["kilowatts", "kw"],
    "megawatt": ["megawatts", "mw"],
    "gigawatt": ["gigawatts", "gw"],
    "kilowatt hour": ["kilowatt hours", "kilowatt-hour", "kilowatt-hours", "kwh"],
    "megawatt hour": ["megawatt hours", "megawatt-hour", "megawatt-hours", "mwh"],
    "gigawatt hour": ["gigawatt hours", "gigawatt-hour", "gigawatt-hours", "gwh"],
    "terawatt hour": ["terawatt hours", "terawatt-hour", "terawatt-hours", "twh"],
    "calorie": ["calories", "kcal"],
    "megabyte": ["megabytes", "mb"],
    "gigabyte": ["gigabytes", "gb"],
    "terabyte": ["terabytes", "tb"],
    "light year": ["light years", "light-year", "light-years"],
    "percentage point": ["percentage points", "percent point", "percent points", "pp", "ppt", "ppts"],
    "basis point": ["basis points", "bp", "bps"],
}
UNIT_NAMES = {alias: name for name, aliases in MEASURE_UNITS.items() for alias in [name.lower(), *aliases]}
AMBIGUOUS_UNIT_ALIASES = frozenset({"t", "g", "m", "l", "c", "f", "w", "p", "ha", "mi", "yd", "pp"})

HEDGES = (
    "an estimated", "estimated", "about", "around", "roughly", "approximately", "approx", "some",
    "nearly", "almost", "more than", "over", "up to", "at least", "at most", "less than", "fewer than",
    "under", "below", "above", "close to", "just over", "just under", "well over", "well under",
    "upwards of", "as many as", "as much as", "as few as", "as little as", "in excess of", "no more than",
    "no fewer than", "not more than", "circa", "c.", "~", "around about", "an approximate",
    "some estimated", "just shy of", "shy of", "the best part of", "getting on for", "north of",
    "south of", "just about",
)  # fmt: skip
HEDGE_SUFFIXES = ("or so", "or more", "or fewer", "or less", "plus", "-plus", "odd", "-odd", "+")
_VAGUE_TEXT = "dozens hundreds thousands millions billions trillions tens scores several few many couple"
VAGUE_COUNTS = frozenset(_VAGUE_TEXT.split())
