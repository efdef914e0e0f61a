"""Each attribution pattern of news writing gets the right speaker mention (texts written for quotex)."""

import pytest

import quotex
from quotex.schema import Article, Quote


def _quote(article: Article, words: str) -> Quote:
    matches = [q for q in article.quotes if words in q.text]
    assert matches, f"no quote containing {words!r} in {[q.text for q in article.quotes]}"
    return matches[0]


def _speaker(text: str, words: str) -> str | None:
    quote = _quote(quotex.extract(text), words)
    return quote.speaker.text if quote.speaker else None


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # "X said" after the quote, before it, and inverted with an apposition
        ('"The bridge will reopen in May," Elena Varga said.', "bridge will reopen", "Elena Varga"),
        ('Elena Varga said, "The bridge will reopen in May."', "bridge will reopen", "Elena Varga"),
        (
            '"We have no record of the payment," said Ines Moreau, the ministry\'s spokeswoman.',
            "no record",
            "Ines Moreau",
        ),
        # a pronoun subject
        ('Tomas Reyes left the hall early. "I have nothing to add," he said.', "nothing to add", "he"),
        # "X told <outlet>": the subject speaks, not the outlet
        ('"The numbers do not add up," Priya Nair told Reuters.', "numbers do not add up", "Priya Nair"),
        # colon lead-in
        (
            'Jonas Berg, the mayor, said in a statement: "The budget is balanced."',
            "budget is balanced",
            "Jonas Berg",
        ),
        # according to X
        (
            'The pumps were "beyond repair," according to the water authority.',
            "beyond repair",
            "the water authority",
        ),
        # organizations and documents as speakers
        (
            '"Prices will keep rising," the central bank said in its quarterly review.',
            "Prices will",
            "the central bank",
        ),
        ('The report states that the reservoir is "dangerously low."', "dangerously low", "The report"),
        # a spokesperson for X
        (
            '"We are reviewing the claims," a spokesperson for Northwind Airways said.',
            "reviewing",
            "a spokesperson",
        ),
        # partial quote inside indirect speech
        (
            'Senator Alma Ruiz called the plan "a gift to the industry" on Monday.',
            "a gift to the industry",
            "Alma Ruiz",
        ),
        # question quote with "asked"
        ('"Who will pay for the repairs?" asked Oskar Lind, a local farmer.', "Who will pay", "Oskar Lind"),
        # speech verbs beyond "said"
        ('"This is a disgrace," Hana Kato tweeted on Sunday.', "disgrace", "Hana Kato"),
        ('"Nobody expected this turnout," Marco Bell quipped.', "Nobody expected", "Marco Bell"),
        ('Leila Haddad insisted that the vote was "entirely fair."', "entirely fair", "Leila Haddad"),
    ],
)
def test_speaker_of_common_patterns(text: str, words: str, speaker: str) -> None:
    found = _speaker(text, words)
    assert found is not None and speaker in found


def test_split_quote_has_one_speaker_for_both_halves() -> None:
    article = quotex.extract('"The first phase is done," said Rosa Quint, "and the second starts in June."')
    first, second = _quote(article, "first phase"), _quote(article, "second starts")
    assert first.speaker and second.speaker
    assert "Rosa Quint" in first.speaker.text and "Rosa Quint" in second.speaker.text


def test_colon_lead_in_across_a_paragraph_break() -> None:
    text = 'The union said in a statement on Friday:\n\n"Our members will not accept a pay freeze."'
    assert _speaker(text, "pay freeze") == "The union"


def test_continuation_paragraph_keeps_the_previous_speaker() -> None:
    text = (
        '"The harbor has never been this quiet," said Ana Duarte, who runs the ferry office.\n\n'
        '"Half of the boats have not left the dock since March."'
    )
    assert _speaker(text, "Half of the boats") == "Ana Duarte"


def test_multi_paragraph_quote_is_one_quote_with_one_speaker() -> None:
    text = (
        "Farid Osman, the clinic director, described the winter:\n\n"
        '"We ran out of beds in the first week.\n\n'
        '"By February we were treating people in the corridor."'
    )
    article = quotex.extract(text)
    assert len(article.quotes) == 1
    quote = article.quotes[0]
    assert quote.speaker is not None and "Farid Osman" in quote.speaker.text
    assert "By February" in quote.text and "first week" in quote.text


def test_cue_points_at_the_speech_verb() -> None:
    text = '"The results are final," the commission said.'
    quote = quotex.extract(text).quotes[0]
    assert quote.cue is not None and quote.cue.text == "said"
    assert text[quote.cue.start : quote.cue.end] == "said"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('She has watched "The Long Winter" three times this year.', "The Long Winter"),
        ('The so-called "green corridor" runs along the river for six miles.', "green corridor"),
    ],
)
def test_quotes_nobody_says_get_no_speaker(text: str, words: str) -> None:
    assert _speaker(text, words) is None


def test_speaker_mention_offsets_slice_the_text() -> None:
    text = 'After the vote, "We will appeal," said Dana Whitfield of the tenants\' union.'
    quote = quotex.extract(text).quotes[0]
    assert quote.speaker is not None
    assert text[quote.speaker.start : quote.speaker.end] == quote.speaker.text


def test_dash_sign_off_names_the_speaker() -> None:
    text = (
        "The storm destroyed 40 homes.\n\n"
        '"We will rebuild every house, street by street." — Commissioner Ruth Adler'
    )
    quote = _quote(quotex.extract(text), "rebuild every house")
    assert quote.speaker is not None and "Ruth Adler" in quote.speaker.text
    assert quote.speaker.name == "Ruth Adler"


def test_dash_sign_offs_on_consecutive_lines_each_name_their_speaker() -> None:
    text = (
        "We asked readers what they made of the debate.\n"
        "“We deserve better than this.” ― Carla Mendes\n"
        "“Nobody I know is voting for him. He does not listen to anyone.” ― Tomas Ruiz Olvera\n"
        "“He has never answered a single question. He talks and talks.” ― Jorge Alvarado.\n\n"
        "The replies have been edited for length."
    )
    article = quotex.extract(text)
    assert [q.speaker.text if q.speaker else None for q in article.quotes] == [
        "Carla Mendes",
        "Tomas Ruiz Olvera",
        "Jorge Alvarado",
    ]


def test_dash_sign_off_on_the_next_line_names_the_speaker() -> None:
    text = (
        "Claims we checked this week.\n\n"
        '"Rents in the city have doubled since 2015."\n\n'
        "- Councillor Marta Blum.\n\n"
        "Rents rose 41 percent over that time, according to the housing office."
    )
    assert _speaker(text, "Rents in the city") == "Councillor Marta Blum"


def test_a_surname_the_parser_reads_as_a_modal_still_speaks() -> None:
    text = (
        "Columnist George Hale Will criticized the field on Friday.\n\n"
        '"This should hasten the eclipse of every outsider," Will wrote.'
    )
    quote = _quote(quotex.extract(text), "hasten the eclipse")
    assert quote.speaker is not None
    assert (quote.speaker.text, quote.speaker.name) == ("Will", "George Hale Will")


@pytest.mark.parametrize(
    "headline",
    [
        "Varga: Bridge Plan Is ‘Dead on Arrival’ Without New Funds.",
        "Ilse Varga Calls Bridge Plan ‘Dead on Arrival’.",
    ],
)
def test_headline_quotes_in_title_case_are_attributed(headline: str) -> None:
    text = headline + "\n\nMayor Ilse Varga said on Monday that the plan would fail."
    quote = _quote(quotex.extract(text), "Dead on Arrival")
    assert quote.speaker is not None and quote.speaker.name == "Ilse Varga"


def test_transcript_turns_get_the_speaker_of_their_label() -> None:
    text = (
        "Senator Grace Oduya spoke to the host, Peter Holm, on Sunday.\n\n"
        '"HOLM: Was the vote fair? Many viewers said it was not.\n\n'
        '"ODUYA: I said what I said.\n\n'
        '"And I stand by it.\n\n'
        '"HOLM: Thank you, Senator."'
    )
    article = quotex.extract(text)
    assert [(q.speaker.text, q.speaker.name) if q.speaker else None for q in article.quotes] == [
        ("HOLM", "Peter Holm"),
        ("ODUYA", "Grace Oduya"),
        ("HOLM", "Peter Holm"),
    ]


def test_a_title_case_phrase_before_a_colon_is_no_transcript_label() -> None:
    text = '"Bottom line: we need more money for the clinic," Rosa Kling said.'
    assert _speaker(text, "we need more money") == "Rosa Kling"


def test_speaker_named_in_the_next_sentence() -> None:
    text = (
        "The storm flooded 40 homes in Dunmore.\n\n"
        '"Nobody will be left behind, and every family will have a roof by winter." '
        "That was the message from Governor Lena Park on Monday."
    )
    quote = _quote(quotex.extract(text), "Nobody will be left behind")
    assert quote.speaker is not None and quote.speaker.name == "Lena Park"


def test_pronoun_and_role_speakers_are_resolved_to_names() -> None:
    text = (
        "Safeguard Defenders, a rights group based in Madrid, published a report on Monday. "
        '"These stations are not harmless," the group said.\n\n'
        'Maria Santos, the inspector, visited the site. "The wells are clean," she said.'
    )
    article = quotex.extract(text)
    assert _quote(article, "not harmless").speaker.name == "Safeguard Defenders"
    assert _quote(article, "wells are clean").speaker.name == "Maria Santos"


def test_replied_then_name_names_the_speaker() -> None:
    """'"...," replied Tom Aldous' names the speaker, the mention being the name itself."""
    assert _speaker('"Not before the harvest," replied Tom Aldous.', "harvest") == "Tom Aldous"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("The clerk looked up. “Senator,” Halvorsen said, “the vote is closed.”", "Senator", "Halvorsen"),
        ("He paused. “Okay,” she said, trying again. “We will start over.”", "Okay", "she"),
    ],
)
def test_short_title_case_quote_before_a_cue_is_spoken(text: str, words: str, speaker: str) -> None:
    """A short capitalized quote ending in a comma right before a speech cue is speech, not a title."""
    assert _speaker(text, words) == speaker


def test_name_right_after_a_relation_noun_is_the_speaker() -> None:
    """'his cousin Marta Oyelaran added': the mention is the name the text prints beside the noun."""
    text = '"The pier needs new pilings," his cousin Marta Oyelaran added.'
    assert _speaker(text, "pilings") == "Marta Oyelaran"


def test_name_set_after_a_description_is_the_mention() -> None:
    """'The Danish newspaper Politiken reported ...': the mention is the name, not the description."""
    text = 'The Danish newspaper Politiken reported that the deal was "dead on arrival."'
    quote = _quote(quotex.extract(text), "dead on arrival")
    assert quote.speaker is not None and quote.speaker.text == "Politiken"
    assert quote.speaker.name == "Politiken"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('Asked whether she would run again, Ms. Varga smiled and said, "No."', "No.", "Ms. Varga"),
        ('He said: "Never."', "Never.", "He"),
    ],
)
def test_one_word_answer_after_a_cue_is_spoken(text: str, words: str, speaker: str) -> None:
    """A short capitalized quote right after 'said,' or 'said:' is an answer, not a title."""
    assert _speaker(text, words) == speaker


@pytest.mark.parametrize(
    "text",
    [
        'The agency filed the plan under "Operation Sunrise" last year.',
        'The crew painted "Morning Star" on the side of the boat.',
    ],
)
def test_title_after_a_verb_that_is_no_speech_cue_stays_a_title(text: str) -> None:
    """'filed the plan under "Operation Sunrise"' names a thing: no speaker. (After a speech verb, as in
    'called it "Operation Sunrise"', PolNeAR is split and the ranker decides.)"""
    quote = quotex.extract(text).quotes[0]
    assert quote.speaker is None


def test_the_place_of_a_dateline_never_speaks() -> None:
    text = (
        "Council Backs Plan.\n\nDURBAN, March 4 (Wire) — The Harbor Users Association issued a statement on "
        'Monday, calling the plan "a fair deal for everyone" and promising support.'
    )
    assert _speaker(text, "fair deal") != "DURBAN"


def test_the_ranker_never_picks_the_place_of_a_dateline() -> None:
    """With no cue in the sentence, the dateline's place is no candidate of the ranker either."""
    text = 'OMAHA, Neb. (AP) - Calling the vote "a betrayal," hundreds gathered outside City Hall on Monday.'
    assert _speaker(text, "betrayal") not in ("OMAHA", "Neb.")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('DENVER - Protesters chanting "no more cuts" marched on the statehouse.', "no more", "Protesters"),
        (
            "BRANFORD, Conn. - State Auditor Helen T. Okafor released a review of a program that let "
            'agencies claiming an "urgent operational need" skip bidding.',
            "urgent operational",
            "State Auditor Helen T. Okafor",
        ),
    ],
)
def test_a_speaker_mention_starts_after_the_dateline(text: str, words: str, speaker: str) -> None:
    """The dateline's dash ends the place: the mention is the speaker's words after it."""
    assert _speaker(text, words) == speaker


def test_roundup_line_names_its_source_between_a_dash_and_a_colon() -> None:
    text = (
        "The poll roundup for Monday.\n\n"
        "RURAL TURNOUT FELL SHORT OF THE FORECASTS IN THREE COUNTIES - Hanna Olsen: "
        '"Fewer farm towns voted than any model we ran had expected."'
    )
    assert _speaker(text, "Fewer farm towns") == "Hanna Olsen"


@pytest.mark.parametrize(
    ("words", "speaker"),
    [("We are not done yet", "Governor Lena Ward"), ("Nobody here wanted", "Mara Quist")],
)
def test_sign_off_lines_with_a_glued_dash_and_a_comment(words: str, speaker: str) -> None:
    text = (
        "The rally ended late.\n\n"
        '"We are not done yet, and we will be back next spring."\n\n'
        "-Governor Lena Ward, speaking after the vote.\n\n"
        '"Nobody here wanted the plant to close."\n\n'
        "-Mara Quist, Dayton."
    )
    assert _speaker(text, words) == speaker


def test_a_dash_line_that_goes_on_to_say_something_is_no_sign_off() -> None:
    text = '"The roads are closed."\n\n- Officials said the storm would pass by noon.'
    assert _speaker(text, "roads are closed") != "Officials"
