"""The API on bad arguments, bad records and hostile text: a clear answer for each, nothing computed lost."""

import pytest
import spacy
from spacy.language import Language

import quotex
from quotex import api

GOOD = 'Crews reopened the Tallow Creek bridge. "We are done," said Greta Lindholm.'


def test_a_lone_surrogate_is_read_as_a_space() -> None:
    text = 'He said "hello \ud800 world," and left.'
    article = quotex.extract(text)
    [quote] = article.quotes
    assert quote.text == "hello   world,"
    assert text[quote.start : quote.end] == '"hello \ud800 world,"'
    assert quote.speaker is not None and quote.speaker.text == "He"
    article.model_dump_json()  # no surrogate reaches a text field


def test_zero_width_characters_stay_out_of_spans() -> None:
    text = '"\u200bWe will rebuild the town,\u200d" Mayor Ana Lopez said.'
    article = quotex.extract(text)
    [quote] = article.quotes
    assert quote.text == "We will rebuild the town,"
    assert quote.speaker is not None and quote.speaker.text.endswith("Ana Lopez")
    assert "\u200b" not in quote.speaker.text and '"' not in quote.speaker.text
    for entity in article.entities:
        assert text[entity.start : entity.end] == entity.text
        assert not entity.text.startswith("\u200b")


def test_a_byte_order_mark_keeps_offsets_into_the_callers_text() -> None:
    plain = quotex.extract(GOOD)
    marked = quotex.extract("\ufeff" + GOOD)
    assert [(e.text, e.start + 1) for e in plain.entities] == [(e.text, e.start) for e in marked.entities]
    assert [q.start + 1 for q in plain.quotes] == [q.start for q in marked.quotes]


@pytest.mark.parametrize(("kwargs", "argument"), [({"id": 5.5}, "id"), ({"url": 5}, "url")])
def test_extract_names_a_bad_id_or_url(kwargs: dict, argument: str) -> None:
    with pytest.raises(quotex.InvalidInputError, match=f"^{argument} must be a str") as info:
        quotex.extract("Rain fell.", **kwargs)
    assert info.value.argument == argument


def test_extract_and_extract_many_treat_ids_and_urls_alike() -> None:
    assert quotex.extract("Rain fell.", id=5).id == "5"
    assert next(quotex.extract_many([{"text": "Rain fell.", "id": 5}])).id == "5"
    with pytest.raises(quotex.InvalidInputError, match=r"record 0: url must be a str"):
        list(quotex.extract_many([{"text": "Rain fell.", "url": 5}]))


def test_published_is_read_whole_or_refused() -> None:
    with pytest.raises(
        quotex.InvalidInputError, match="published: cannot read '2024-03-14 not a date at all'"
    ):
        quotex.extract("Rain fell.", published="2024-03-14 not a date at all")


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"batch_size": 0}, "batch_size must be at least 1, not 0"),
    ({"batch_size": -1}, "batch_size must be at least 1, not -1"),
    ({"n_process": 0}, "n_process must be at least 1, not 0"),
    ({"n_process": 1.5}, "n_process must be an int, not float"),
    ({"errors": "ignore"}, "errors must be one of"),
])  # fmt: skip
def test_bad_stream_options_are_refused_at_the_call(kwargs: dict, message: str) -> None:
    with pytest.raises(quotex.InvalidInputError, match=message):
        quotex.extract_many(["x"], **kwargs)


@pytest.mark.parametrize("records", ["one text", {"text": "one record"}, 42])
def test_a_single_text_or_record_is_not_a_stream(records: object) -> None:
    with pytest.raises(quotex.InvalidInputError, match="^records must be an iterable"):
        quotex.extract_many(records)  # type: ignore[arg-type]


STREAM = [
    GOOD,
    {"id": "b", "text": 3},
    {"id": "c", "text": "Rain fell."},
    7,
    {"text": "x", "published": "soon"},
]


def test_errors_record_gives_an_error_result_in_place() -> None:
    results = list(quotex.extract_many(STREAM, errors="record", batch_size=2))
    assert [type(r).__name__ for r in results] == [
        "Article",
        "RecordError",
        "Article",
        "RecordError",
        "RecordError",
    ]
    assert results[1].model_dump() == {
        "id": "b",
        "source": "record 1",
        "error": "text must be a str, not int",
    }
    assert results[3].id is None and results[3].source == "record 3"
    assert "published: cannot read 'soon'" in results[4].error
    assert results[2].id == "c"


def test_errors_skip_leaves_bad_records_out() -> None:
    results = list(quotex.extract_many(STREAM, errors="skip"))
    assert [r.id for r in results] == [None, "c"]


def test_errors_raise_names_the_record_after_every_result_before_it() -> None:
    got = []
    with pytest.raises(quotex.InvalidInputError, match=r"^record 1 \(id 'b'\): text must be a str") as info:
        for result in quotex.extract_many(STREAM, batch_size=8):
            got.append(result)
    assert len(got) == 1 and got[0].quotes[0].text == "We are done,"
    assert (info.value.position, info.value.record_id, info.value.argument) == (1, "b", "text")


def test_a_failing_iterator_keeps_the_results_before_it() -> None:
    def records():
        yield GOOD
        yield "Rain fell."
        raise OSError("disk gone")

    got = []
    with pytest.raises(OSError, match="disk gone"):
        for result in quotex.extract_many(records(), errors="record"):
            got.append(result)
    assert len(got) == 2


@pytest.fixture
def fragile(monkeypatch: pytest.MonkeyPatch, nlp: Language) -> str:
    """A pipeline name whose pipeline raises inside spaCy on any text that mentions Marlow."""
    blank = spacy.blank("en")

    @Language.component("quotex_test_explode")
    def explode(doc):  # noqa: ANN001, ANN202 - a spaCy component
        if "Marlow" in doc.text:
            raise RuntimeError("parser exploded")
        if "Ashby" in doc.text:
            raise RuntimeError("a message with a lone surrogate \udcff")
        return doc

    blank.add_pipe("quotex_test_explode")
    monkeypatch.setitem(api._PIPELINES, "fragile", blank)
    return "fragile"


def test_a_record_that_breaks_the_pipeline_becomes_an_error_in_place(fragile: str) -> None:
    texts = ["One.", "Two.", "Voters in Marlow said yes.", "Four.", "Five."]
    results = list(quotex.extract_many(texts, model=fragile, errors="record", batch_size=2))
    assert [type(r).__name__ for r in results] == ["Article"] * 2 + ["RecordError"] + ["Article"] * 2
    assert results[2].source == "record 2" and "parser exploded" in results[2].error
    assert [r.id for r in quotex.extract_many(texts, model=fragile, errors="skip")] == [None] * 4
    got = []
    with pytest.raises(quotex.ProcessingError, match=r"^record 2: processing failed: RuntimeError"):
        for result in quotex.extract_many(texts, model=fragile, batch_size=4):
            got.append(result)
    assert len(got) == 2
    with pytest.raises(quotex.ProcessingError, match="parser exploded"):
        quotex.extract("Voters in Marlow said yes.", model=fragile)


@pytest.mark.parametrize("text", ['""', '" "', "“”", '"' * 5000, 'He said "" and left.'])
def test_no_empty_quotes(text: str) -> None:
    assert quotex.extract(text).quotes == []


def test_an_empty_quote_beside_a_real_one_leaves_the_real_one() -> None:
    article = quotex.extract('He wrote "" twice. "We are ready," said Omar Haddad.')
    assert [q.text for q in article.quotes] == ["We are ready,"]


def test_a_model_name_that_is_no_str_is_refused() -> None:
    with pytest.raises(quotex.InvalidInputError, match="^model must be a str or None, not int"):
        quotex.extract("Rain fell.", model=3)  # type: ignore[arg-type]


def test_errors_record_in_two_processes_equals_one() -> None:
    records = [GOOD, {"text": 3}, "Two \u200b\ud800 words.", {"text": "x", "published": "bad"}] * 2
    one = list(quotex.extract_many(records, errors="record"))
    two = list(quotex.extract_many(records, errors="record", n_process=2, batch_size=3))
    assert two == one and [type(r).__name__[0] for r in two] == list("ARAR" * 2)


def test_a_failure_message_with_a_lone_surrogate_can_still_be_written(fragile: str) -> None:
    [result] = quotex.extract_many(["Ferries left Ashby."], model=fragile, errors="record")
    assert result.error == "processing failed: RuntimeError: a message with a lone surrogate \ufffd"
    result.model_dump_json()
