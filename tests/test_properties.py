"""Properties of the API on any text: no exception, exact slices, clean span edges, disjoint quotes.

Texts are drawn from every Unicode category (lone surrogates, format characters, combining marks,
right-to-left scripts, emoji, CRLF and U+2028 line breaks) mixed with news-like fragments and quotation
marks of every kind. The examples are split over four tests so that each stays short; 2,000 in all.
"""

import re
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotex import Article, extract
from quotex.textnorm import clean_text, is_hostile

MARKS = "\"“”„‟«»‹›‘’‚‛'`「」『』〝〞＂"
FRAGMENTS = [
    "said", "says", "told reporters", "according to", "Maria Lopez", "Dr. Chen", "the Harbor Authority",
    "he", "she", "they", '"', "“", "”", "„", "'", "‘", "’", "«", "»", "‹", "›", "``", "''", "「", "」", "＂",
    "on Monday", "last week", "$5 million", "12 percent", "in 2023", "Oslo", ".", ",", ":", "—", "\n", "\n\n",
    "\r\n", "\u2028", "\u2029", "We will win", "It is over", "nobody knows", "Acme Corp", "three", "May 4",
    "?", "!", "(", ")", "é", "e\u0301", "🙂", "👩\u200d👩\u200d👧", "🇳🇴", "  ", "\t", "שלום", "مرحبا",
    "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\u2069", "\ufeff",
    "\u00ad", "\u2060", "\ud800", "\udcff", "\x00", "\x07", "\x1f", "\x7f", "\x85", "\ufffd",
]  # fmt: skip
PER_TEST = settings(
    max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)

news_like = st.lists(st.sampled_from(FRAGMENTS), max_size=20).map(" ".join)
glued = st.lists(st.sampled_from(FRAGMENTS), max_size=20).map("".join)
any_char = st.characters(codec=None)  # every category, surrogates included
any_text = st.text(alphabet=any_char, max_size=30)
SINGLE = [f for f in FRAGMENTS if len(f) == 1]
hostile_text = st.text(
    alphabet=st.one_of(any_char, st.sampled_from(SINGLE), st.characters(categories=["Cf", "Cs", "Cc", "Mn"])),
    max_size=40,
)
mixed = st.tuples(news_like, any_text, glued).map("".join).map(lambda t: t[:120])


def _words(text: str) -> str:
    """``text`` without quotation marks, white space and hostile characters."""
    return re.sub(f"[\\s{MARKS}]", "", "".join(" " if is_hostile(c) else c for c in text))


def _is_format(char: str) -> bool:
    return unicodedata.category(char) in ("Cf", "Cs", "Cc") and char not in "\t\n\r"


def _check_slice(text: str, clean: str, start: int, end: int, shown: str) -> None:
    """``shown`` is ``text[start:end]`` as cleaned (a hostile character shown as a space, a line break as
    LF); no edge is a format character or white space."""
    assert 0 <= start < end <= len(text)
    assert shown == clean[start:end]
    assert all(a == b or clean_text(a) == b for a, b in zip(text[start:end], shown, strict=True))
    assert not _is_format(text[start]) and not _is_format(text[end - 1]), "a span edge on a format character"
    assert not shown[0].isspace() and not shown[-1].isspace()


def check_article(text: str, article: Article) -> None:
    """Every property the API promises for ``text``."""
    clean = clean_text(text)
    article.model_dump_json()  # every text field can be written as UTF-8 JSON
    for entity in article.entities:
        _check_slice(text, clean, entity.start, entity.end, entity.text)
    previous_end = 0
    for quote in article.quotes:
        assert previous_end <= quote.start < quote.end <= len(text), "quotes overlap or are out of order"
        previous_end = quote.end
        assert text[quote.start] in MARKS or text[quote.start : quote.start + 2] in ("``", "''")
        assert quote.text.strip(), "an empty quote"
        inside = clean[quote.start : quote.end]
        assert _words(quote.text) == _words(inside), "the quote's words are those within its marks"
        for piece in quote.pieces:
            assert quote.start <= piece.start < piece.end <= quote.end
            _check_slice(text, clean, piece.start, piece.end, piece.text)
            assert "\n" not in piece.text, "one piece per paragraph"
        assert _words("".join(p.text for p in quote.pieces)) == _words(quote.text)
        for mention in (quote.speaker, quote.cue):
            if mention is not None:
                _check_slice(text, clean, mention.start, mention.end, mention.text)


@PER_TEST
@given(news_like)
def test_news_like_text_with_hostile_characters(text: str) -> None:
    check_article(text, extract(text))


@PER_TEST
@given(glued)
def test_fragments_glued_without_spaces(text: str) -> None:
    check_article(text, extract(text))


@PER_TEST
@given(hostile_text)
def test_text_from_every_unicode_category(text: str) -> None:
    check_article(text, extract(text))


@PER_TEST
@given(mixed)
def test_news_and_noise_mixed(text: str) -> None:
    check_article(text, extract(text))
