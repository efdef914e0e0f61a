"""The public API: shapes of the results, JSON form and schema, streams, and bad inputs."""

import datetime as dt
import json

import pytest
from spacy.language import Language

import quotex
from quotex.api import process_records
from quotex.records import Record

ARTICLE = (
    "Pell County will close its only walk-in clinic in Dunmore on March 30, the county health board "
    "said on Tuesday.\n\n"
    "“We simply cannot staff it any longer,” said Mara Quinlan, the board chair. The clinic saw an "
    "estimated 12,000 patients last year.\n\n"
    "Residents will have to drive to Carver City, about 40 miles away."
)


def _slices_match(text: str, article: quotex.Article) -> None:
    """Every entity and quote offset points at the text it claims."""
    for entity in article.entities:
        assert text[entity.start : entity.end] == entity.text
    for quote in article.quotes:
        assert quote.start < quote.end
        assert quote.text in text[quote.start : quote.end]
        if quote.speaker:
            assert text[quote.speaker.start : quote.speaker.end] == quote.speaker.text


@pytest.fixture(scope="module")
def article() -> quotex.Article:
    return quotex.extract(ARTICLE, published="2024-03-14", id="pell-clinic")


def test_extract_returns_a_typed_article(article: quotex.Article) -> None:
    assert isinstance(article, quotex.Article)
    assert article.id == "pell-clinic"
    assert article.published == dt.date(2024, 3, 14)
    assert [q.text for q in article.quotes] == ["We simply cannot staff it any longer,"]
    assert all(isinstance(e, quotex.Entity) for e in article.entities)
    assert {"Pell County", "Carver City"} <= {e.text for e in article.entities if e.label == "GPE"}
    assert "March 30" in {e.text for e in article.entities if e.label == "DATE"}
    _slices_match(ARTICLE, article)


def test_extract_accepts_a_date_or_datetime_for_published() -> None:
    as_date = quotex.extract("Rain fell.", published=dt.date(2024, 1, 2))
    as_datetime = quotex.extract("Rain fell.", published=dt.datetime(2024, 1, 2, 15, 30))
    as_string = quotex.extract("Rain fell.", published="2024-01-02T15:30:00+02:00")
    assert as_date.published == as_datetime.published == as_string.published == dt.date(2024, 1, 2)


def test_json_form_round_trips(article: quotex.Article) -> None:
    data = article.model_dump(mode="json")
    assert json.loads(json.dumps(data)) == data  # plain JSON types only
    assert data["published"] == "2024-03-14"
    assert quotex.Article.model_validate(data) == article
    assert quotex.Article.model_validate_json(article.model_dump_json()) == article


def test_json_schema_names_every_field() -> None:
    schema = quotex.Article.model_json_schema()
    assert {"id", "published", "entities", "quotes"} <= set(schema["properties"])
    defs = schema["$defs"]
    assert {"text", "label", "start", "end", "value"} <= set(defs["Entity"]["properties"])
    assert {"text", "start", "end", "speaker", "cue"} <= set(defs["Quote"]["properties"])
    assert {"text", "start", "end", "name", "label"} <= set(defs["Mention"]["properties"])
    assert {"start", "end", "grain"} <= set(defs["DateValue"]["properties"])
    assert {"number", "unit", "approximate"} <= set(defs["NumberValue"]["properties"])


RECORDS = [
    {
        "text": "“The road is open,” said Lena Ortiz.",
        "id": "a",
        "published": "2024-05-01",
        "url": "https://x.test/a",
    },
    "No quotes here, only the harbor in Dunmore.",
    {"text": "", "id": "c"},
    {"text": "The council said “we agree” in Carver City.", "id": 4},
]


def test_extract_many_keeps_input_order_and_carries_record_fields() -> None:
    articles = list(quotex.extract_many(iter(RECORDS), batch_size=2))
    assert [a.id for a in articles] == ["a", None, "c", "4"]
    assert articles[0].published == dt.date(2024, 5, 1)
    assert articles[0].url == "https://x.test/a"
    assert [q.text for q in articles[0].quotes] == ["The road is open,"]
    assert articles[1].quotes == []
    assert articles[2].entities == [] and articles[2].quotes == []
    assert [q.text for q in articles[3].quotes] == ["we agree"]


def test_extract_many_matches_extract() -> None:
    [many] = quotex.extract_many([{"text": ARTICLE, "id": "pell-clinic", "published": "2024-03-14"}])
    assert many == quotex.extract(ARTICLE, published="2024-03-14", id="pell-clinic")


def test_extract_many_with_two_processes_equals_one_process() -> None:
    records = [
        {"text": f"{ARTICLE}\n\nUpdate {n}: “We will post a new schedule,” she said.", "id": str(n)}
        for n in range(6)
    ]
    one = list(quotex.extract_many(records, n_process=1))
    two = list(quotex.extract_many(records, n_process=2, batch_size=2))
    assert [a.id for a in two] == [str(n) for n in range(6)]
    assert two == one


@pytest.mark.parametrize("text", ["", "   \n\t \n", "The river rose two feet overnight."])
def test_empty_blank_or_quoteless_text_gives_a_valid_empty_result(text: str) -> None:
    article = quotex.extract(text)
    assert article.quotes == []
    assert quotex.Article.model_validate(article.model_dump(mode="json")) == article


@pytest.mark.parametrize("text", [None, b"bytes are not text", 42, ["a list"]])
def test_non_string_text_is_rejected_clearly(text: object) -> None:
    with pytest.raises(quotex.InvalidInputError, match="text must be a str"):
        quotex.extract(text)  # type: ignore[arg-type]


@pytest.mark.parametrize("published", ["last Tuesday", "2024-13-45", "14/03/2024"])
def test_unparseable_published_names_the_value(published: str) -> None:
    with pytest.raises(quotex.InvalidInputError, match="published") as info:
        quotex.extract("Rain fell.", published=published)
    assert repr(published) in str(info.value)
    assert "ISO 8601" in str(info.value)


@pytest.mark.parametrize(
    "record", [{"id": "no-text"}, {"text": 7}, 3.5, {"text": "ok", "published": "someday"}]
)
def test_bad_record_in_a_stream_raises_a_quotex_error(record: object) -> None:
    with pytest.raises(quotex.InvalidInputError):
        list(quotex.extract_many(["fine", record]))  # type: ignore[list-item]


def test_n_process_below_one_is_rejected() -> None:
    with pytest.raises(quotex.InvalidInputError, match="n_process"):
        quotex.extract_many(["x"], n_process=0)


def _long_article(paragraphs: int) -> tuple[str, list[str]]:
    """A text of numbered paragraphs, each with a place, an organization and a quote."""
    towns = ["Dunmore", "Carver City", "Ashby", "Port Lyle"]
    parts, speakers = [], []
    for n in range(paragraphs):
        speaker = f"Officer {chr(65 + n % 26)}. Reyes"
        speakers.append(speaker)
        parts.append(
            f"Crews from the Pell County Roads Department reached {towns[n % 4]} on day {n + 1}. "
            f"“We cleared road number {n + 1},” said {speaker}."
        )
    return "\n\n".join(parts), speakers


def test_long_text_in_pieces_keeps_offsets_into_the_original(nlp: Language) -> None:
    text, _ = _long_article(12)
    [article] = process_records(nlp, [Record(text=text, id="long")], chunk_chars=500)
    assert article.id == "long"
    _slices_match(text, article)
    assert len(article.quotes) == 12
    assert [q.text for q in article.quotes] == [f"We cleared road number {n + 1}," for n in range(12)]
    last_piece = text.rindex("\n\n")
    late = [e for e in article.entities if e.start > last_piece]
    assert late, "entities of the last piece are missing"
    assert any(e.text == "Port Lyle" for e in late)


def test_two_megabyte_article_is_processed_whole() -> None:
    # mostly blank space, so the parser has little to do; longer than spaCy's default max_length
    paragraph = "The Ashby ferry sailed on Sunday. “We are back,” said Nora Vance, the captain.\n"
    unit = paragraph + " " * 20_000 + "\n"
    text = unit * (2_000_000 // len(unit) + 1)
    assert len(text) > 2_000_000
    article = quotex.extract(text)
    assert len(article.quotes) == text.count("“We are back,”")
    last_quote = article.quotes[-1]
    assert last_quote.start > 1_900_000
    assert text[last_quote.start : last_quote.end] == "“We are back,”"
    assert any(e.start > 1_900_000 and e.text == "Ashby" for e in article.entities)
    _slices_match(text, article)
