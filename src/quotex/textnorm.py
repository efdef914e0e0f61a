"""Text as spaCy sees it: characters that carry no words become spaces, so offsets never move.

Lone surrogates (undecodable bytes from ``surrogateescape`` or broken JSON escapes), format characters
(zero-width spaces and joiners, bidi marks and isolates, the byte-order mark, soft hyphens: Unicode
category Cf) and control characters other than tab, line feed and carriage return (NUL included) would
otherwise crash spaCy's string store, glue themselves to words, or hide quotation marks from the quote
grammar. Each becomes one space, and the line breaks among them (NEL, vertical tab, form feed) and
U+2028/U+2029 become a line feed, which the paragraph and quote rules read. The cleaned text has the
caller's length, so every offset into it is an offset into the caller's text; no token starts or ends on a
space, so no reported span starts or ends on such a character. Text fields are slices of the cleaned text:
the caller's own slices whenever no such character lies inside the span.
"""

import re

import regex

# \p{..} classes need the regex module: the stdlib has no Unicode categories in patterns
_HOSTILE = regex.compile(r"[\p{Cf}\p{Cs}\p{Cc}--[\t\n\r]]", flags=regex.V1)
_HOSTILE_PREFIX = regex.compile(r"[\p{Cf}\p{Cs}\p{Cc}--[\t\n\r]]+", flags=regex.V1)
_SURROGATE = regex.compile(r"\p{Cs}")
# line breaks other than LF and CR: the paragraph and quote rules read LF
LINE_BREAKS = "\u2028\u2029\x85\x0b\x0c"
_CHANGED = regex.compile(r"[\p{Cf}\p{Cs}\p{Cc}\u2028\u2029--[\t\n\r]]", flags=regex.V1)
_CHANGED_ASCII = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def is_hostile(char: str) -> bool:
    """True for a character that :func:`clean_text` replaces (by a space, or a line feed for a line break)."""
    return _HOSTILE.match(char) is not None


def _replacement(m: "re.Match[str]") -> str:
    return "\n" if m.group() in LINE_BREAKS else " "


def clean_text(text: str) -> str:
    """``text`` with each lone surrogate, format and control character (but tab, LF, CR) as one space, and
    the other line breaks (U+2028, U+2029, NEL, vertical tab, form feed) as LF.

    Returns ``text`` itself when there is nothing to replace (the usual case costs one scan).
    """
    pattern = _CHANGED_ASCII if text.isascii() else _CHANGED
    if pattern.search(text) is None:
        return text
    return pattern.sub(_replacement, text)


def hostile_prefix(text: str) -> int:
    """How many characters at the start of ``text`` are hostile (a byte-order mark, say): the pipeline
    skips them, so a text behind a BOM is processed exactly like the text alone."""
    m = _HOSTILE_PREFIX.match(text)
    return m.end() if m else 0


def has_surrogates(text: str) -> bool:
    """True when ``text`` holds a lone surrogate, which no UTF-8 or JSON output can carry."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate as U+FFFD, for names shown in outputs (file paths from the OS)."""
    return _SURROGATE.sub("\ufffd", text) if has_surrogates(text) else text
