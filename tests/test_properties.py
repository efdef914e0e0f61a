"""Property: for any text, every offset in the Article slices the input to exactly the text it reports."""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotex import extract

MARKS = "\"“”„«»‘’'`"
FRAGMENTS = [
    "said", "says", "told reporters", "according to", "Maria Lopez", "Dr. Chen", "the Harbor Authority",
    "he", "she", "they", '"', "“", "”", "'", "‘", "’", "«", "»", "``", "''", "on Monday", "last week",
    "$5 million", "12 percent", "in 2023", "Oslo", ".", ",", ":", "—", "\n", "\n\n", "We will win",
    "It is over", "nobody knows", "Acme Corp", "three", "May 4", "?", "!", "(", ")", "é", "🙂", "  ",
]  # fmt: skip


def _words(text: str) -> str:
    """``text`` without quotation marks and white space."""
    return re.sub(f"[\\s{MARKS}]", "", text)


news_like = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map(" ".join)
any_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=200)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(news_like, any_text, st.tuples(news_like, any_text).map("".join)))
def test_offsets_slice_the_input_to_the_reported_text(text: str) -> None:
    article = extract(text)
    for entity in article.entities:
        assert 0 <= entity.start <= entity.end <= len(text)
        assert text[entity.start : entity.end] == entity.text
    for quote in article.quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start] in MARKS, "a quote span starts at its opening mark"
        inside = text[quote.start : quote.end]
        if "\n" not in inside:
            assert quote.text in inside, "the quote's words lie within its marks"
        # over line breaks the marks that reopen the quote are dropped: the words are the same otherwise
        assert _words(quote.text) == _words(inside)
        for piece in quote.pieces:
            assert quote.start <= piece.start < piece.end <= quote.end
            assert text[piece.start : piece.end] == piece.text
            assert "\n" not in piece.text, "one piece per paragraph"
        assert _words("".join(p.text for p in quote.pieces)) == _words(quote.text)
        for mention in (quote.speaker, quote.cue):
            if mention is not None:
                assert 0 <= mention.start <= mention.end <= len(text)
                assert text[mention.start : mention.end] == mention.text
