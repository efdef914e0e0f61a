"""Lexicons for numbers: currencies (to ISO 4217), units of measure (to one singular name), hedges."""

CURRENCY_SYMBOLS = {
    "us$": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD", "hk$": "HKD", "nz$": "NZD",
    "s$": "SGD", "r$": "BRL", "nt$": "TWD", "mx$": "MXN", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY",
    "₹": "INR", "₽": "RUB", "₩": "KRW", "₺": "TRY", "₦": "NGN", "₱": "PHP", "₴": "UAH", "₪": "ILS",
    "rs": "INR", "rs.": "INR", "chf": "CHF", "rmb": "CNY", "sfr": "CHF",
}  # fmt: skip
_ISO_CODES_TEXT = """
    USD EUR GBP JPY CNY INR CHF RUB CAD AUD HKD NZD SGD BRL MXN ZAR NGN KES KRW TRY SEK NOK DKK PLN HUF CZK
    UAH ILS EGP SAR AED QAR RSD TWD THB IDR MYR PHP VND PKR BDT ARS CLP COP PEN KWD JOD IQD DZD TND MAD GHS
    ETB UGX TZS LKR NPR RON BGN ISK
"""
ISO_CODES = frozenset(_ISO_CODES_TEXT.split())
QUALIFIED_CURRENCIES = {
    "us dollar": "USD", "u.s. dollar": "USD", "american dollar": "USD", "australian dollar": "AUD",
    "canadian dollar": "CAD", "hong kong dollar": "HKD", "new zealand dollar": "NZD",
    "singapore dollar": "SGD", "taiwan dollar": "TWD", "new taiwan dollar": "TWD", "swiss franc": "CHF",
    "swedish krona": "SEK", "swedish kronor": "SEK", "swedish crown": "SEK", "norwegian krone": "NOK",
    "norwegian kroner": "NOK", "danish krone": "DKK", "danish kroner": "DKK", "indian rupee": "INR",
    "pakistani rupee": "PKR", "sri lankan rupee": "LKR", "nepalese rupee": "NPR", "kenyan shilling": "KES",
    "ugandan shilling": "UGX", "tanzanian shilling": "TZS", "serbian dinar": "RSD", "kuwaiti dinar": "KWD",
    "jordanian dinar": "JOD", "iraqi dinar": "IQD", "algerian dinar": "DZD", "tunisian dinar": "TND",
    "mexican peso": "MXN", "argentine peso": "ARS", "argentinian peso": "ARS", "philippine peso": "PHP",
    "chilean peso": "CLP", "colombian peso": "COP", "south african rand": "ZAR", "japanese yen": "JPY",
    "chinese yuan": "CNY", "turkish lira": "TRY", "egyptian pound": "EGP", "brazilian real": "BRL",
    "brazilian reais": "BRL", "russian ruble": "RUB", "russian rouble": "RUB", "saudi riyal": "SAR",
    "uae dirham": "AED", "emirati dirham": "AED", "moroccan dirham": "MAD", "nigerian naira": "NGN",
    "south korean won": "KRW", "korean won": "KRW", "polish zloty": "PLN", "hungarian forint": "HUF",
    "czech crown": "CZK", "czech koruna": "CZK", "ukrainian hryvnia": "UAH", "israeli shekel": "ILS",
    "new israeli shekel": "ILS", "thai baht": "THB", "indonesian rupiah": "IDR", "vietnamese dong": "VND",
    "bangladeshi taka": "BDT", "qatari riyal": "QAR", "ghanaian cedi": "GHS", "british pound": "GBP",
    "pound sterling": "GBP", "euro cent": "EUR",
}  # fmt: skip
CURRENCY_WORDS = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "rupee": "INR", "ruble": "RUB", "rouble": "RUB", "won": "KRW", "franc": "CHF",
    "rand": "ZAR", "naira": "NGN", "shilling": "KES", "lira": "TRY", "zloty": "PLN", "forint": "HUF",
    "koruna": "CZK", "krona": "SEK", "kronor": "SEK", "krone": "NOK", "kroner": "NOK", "hryvnia": "UAH",
    "shekel": "ILS", "riyal": "SAR", "dirham": "AED", "peso": "MXN", "baht": "THB", "ringgit": "MYR",
    "rupiah": "IDR", "dong": "VND", "taka": "BDT", "real": "BRL", "reais": "BRL", "cedi": "GHS",
    "dinar": "RSD",
}  # fmt: skip
MINOR_UNITS = {"cent": ("USD", 0.01), "pence": ("GBP", 0.01), "penny": ("GBP", 0.01), "p": ("GBP", 0.01)}
UNAMBIGUOUS_AFTER = frozenset(CURRENCY_WORDS) - {"pound", "won", "real", "dong", "rand", "franc"}

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
