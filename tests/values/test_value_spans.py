"""Date spans repaired before values: a period and the date that ends it, holidays labelled EVENT."""

from spacy.language import Language

from quotex.values import normalize_date


def dates_of(nlp: Language, text: str, published: str) -> dict[str, dict | None]:
    doc = nlp.make_doc(text)
    doc._.quotex_published = published
    doc = nlp(doc)
    return {e.text: e._.quotex_value for e in doc.ents if e.label_ in ("DATE", "TIME")}


def test_a_period_and_the_date_ending_it_are_two_dates(nlp: Language) -> None:
    found = dates_of(nlp, "Halvard Foods lost $3 million for the quarter ended Sept. 30.", "2022-10-27")
    assert found["the quarter"]["start"] == "2022-07-01"
    assert found["Sept. 30"]["start"] == "2022-09-30"


def test_a_holiday_is_a_date(nlp: Language) -> None:
    found = dates_of(nlp, "The boy was found floating off the coast on Thanksgiving Day.", "2000-01-07")
    assert found["Thanksgiving Day"]["start"] == "1999-11-25"


def test_floating_holidays() -> None:
    assert normalize_date("Thanksgiving", "2022-12-01", "past")["start"] == "2022-11-24"
    assert normalize_date("Memorial Day", "2022-06-10", "past")["start"] == "2022-05-30"
    assert normalize_date("Labor Day", "2022-08-10", "future")["start"] == "2022-09-05"
    assert normalize_date("Easter Sunday", "2024-03-01", "future")["start"] == "2024-03-31"
    # US Election Day: the Tuesday after the first Monday of November
    assert normalize_date("Election Day", "2022-10-20", "future")["start"] == "2022-11-08"
    assert normalize_date("Election Day", "2021-10-20", "future")["start"] == "2021-11-02"


def test_reporting_periods_the_base_model_leaves_out(nlp: Language) -> None:
    found = dates_of(nlp, "Halvard said sales in the latest period rose 4%.", "2022-10-27")
    assert found["the latest period"]["start"] == "2022-07-01"
    found = dates_of(nlp, "It was the latest period of unrest in the region.", "2022-10-27")
    assert "the latest period" not in found


def test_a_year_named_by_its_last_day_is_a_length(nlp: Language) -> None:
    found = dates_of(nlp, "Ostrava Mills earned $8 million in the fiscal year ended June 30.", "2022-10-27")
    assert found["the fiscal year"] is None  # July to June: not the calendar year
    assert found["June 30"]["start"] == "2022-06-30"
    found = dates_of(nlp, "Brill Co. had sales of $40 million for the year ended March 31.", "2022-10-27")
    assert found["the year"] is None


def test_a_recurring_date_has_no_single_range(nlp: Language) -> None:
    text = "Pilgrims climb the hill each August, and the chapel opens every Sunday."
    found = dates_of(nlp, text, "2022-10-27")
    assert found["August"] is None
    assert all(value is None for text, value in found.items() if "Sunday" in text)


def test_a_day_and_its_time_of_day_are_one_date(nlp: Language) -> None:
    doc = nlp.make_doc("Also on Friday morning, two more tremors shook the coastal town of Lindvik.")
    doc._.quotex_published = "2022-10-29"  # a Saturday
    doc = nlp(doc)
    found = {e.text: e._.quotex_value for e in doc.ents if e.label_ in ("DATE", "TIME")}
    assert list(found) == ["Friday morning"]
    assert found["Friday morning"]["start"] == "2022-10-28"


def test_a_weekday_does_not_run_to_a_month(nlp: Language) -> None:
    text = "After a small downward revision Friday to December's figures, hiring in Norland looks steadier."
    found = dates_of(nlp, text, "2022-02-04")  # a Friday
    assert found["Friday"]["start"] == "2022-02-04"
    assert found["December"]["start"] == "2021-12-01"


def test_date_words_as_names_or_generic_uses(nlp: Language) -> None:
    text = 'Senator Vale, speaking on the network\'s "This Week," said the schools of tomorrow need funds.'
    doc = nlp.make_doc(text)
    doc._.quotex_published = "2022-10-27"
    doc = nlp(doc)
    found = {e.text: e._.quotex_value for e in doc.ents if e.label_ == "DATE"}
    assert found.get("This Week", "absent") is None  # the programme
    assert found.get("tomorrow", "absent") is None  # the schools of the future
    assert dates_of(nlp, "The talks resume this week, officials said.", "2022-10-27")["this week"] is not None


def test_today_owning_an_era_noun_names_no_day(nlp: Language) -> None:
    text = "Teachers said today's youth read less than their parents did. Today's vote was close."
    found = dates_of(nlp, text, "2022-10-27")
    assert found["today"] is None  # the present era
    assert found["Today"]["start"] == found["Today"]["end"] == "2022-10-27"  # the day of the vote


def test_today_capitalized_inside_a_sentence_names_a_programme(nlp: Language) -> None:
    text = 'You are listening to Radio Norland Today. "Today is a good day," the host said.'
    doc = nlp.make_doc(text)
    doc._.quotex_published = "2022-10-27"
    doc = nlp(doc)
    values = [(e.start_char, e._.quotex_value) for e in doc.ents if e.label_ == "DATE" and e.text == "Today"]
    programme = text.index("Today")
    assert [value is None for start, value in values if start == programme] == [True]
    assert [value["start"] for start, value in values if start != programme] == ["2022-10-27"]


def test_a_weekday_written_before_its_date_is_one_date(nlp: Language) -> None:
    found = dates_of(nlp, "Redemptions peaked Monday Oct. 16 and eased after.", "2023-10-27")
    assert list(found) == ["Monday Oct. 16"]
    assert found["Monday Oct. 16"]["start"] == "2023-10-16"


def test_a_clock_time_and_the_day_after_it_are_one_time(nlp: Language) -> None:
    text = "Brenmoor extended its offer for Kestrel Tools until 5 p.m. EST Nov. 9, the company said."
    doc = nlp.make_doc(text)
    doc._.quotex_published = "2022-11-02"
    doc = nlp(doc)
    found = {e.text: (e.label_, e._.quotex_value) for e in doc.ents if e.label_ in ("DATE", "TIME")}
    assert list(found) == ["5 p.m. EST Nov. 9"]
    label, value = found["5 p.m. EST Nov. 9"]
    assert label == "TIME" and value["start"] == value["end"] == "2022-11-09"


def test_a_month_heading_a_name_has_no_value(nlp: Language) -> None:
    found = dates_of(nlp, "Thousands joined the annual March for Peace in Orlav on Sunday.", "2022-10-27")
    assert found.get("March", "absent") is None  # the march, not the month
    found = dates_of(nlp, "The council delayed the vote until March for a review.", "2022-10-27")
    assert found["March"] is not None


def test_a_range_of_clock_times_has_no_day_value(nlp: Language) -> None:
    text = "The Linden Street market opens from 8 a.m. to 1 p.m. until October, the organisers said."
    doc = nlp.make_doc(text)
    doc._.quotex_published = "2022-05-02"
    doc = nlp(doc)
    found = {e.text: e._.quotex_value for e in doc.ents if e.label_ in ("DATE", "TIME")}
    assert found.get("8 a.m. to 1 p.m.", "absent") is None
    assert found["October"] is not None


def test_the_day_before_a_date_is_one_date_a_day_off(nlp: Language) -> None:
    text = (
        "The day before last Tuesday's hearing, the mayor met the strikers. She spoke again the next morning."
    )
    found = dates_of(nlp, text, "2000-02-24")  # a Thursday: last Tuesday is Feb. 22
    assert found["The day before last Tuesday"]["start"] == "2000-02-21"
    assert found["the next morning"]["start"] == "2000-02-22"


def test_the_day_after_a_holiday() -> None:
    assert normalize_date("the day after Christmas", "2022-12-30", "past")["start"] == "2022-12-26"
    assert normalize_date("the day before March 3", "2022-03-10", "past")["start"] == "2022-03-02"
    assert normalize_date("the day after March", "2022-03-10", "past") is None  # a month has no one day


def test_a_holiday_the_base_model_missed_or_took_for_a_name(nlp: Language) -> None:
    doc = nlp.make_doc("Shops expect crowds this Easter, as they had last Thanksgiving.")
    doc._.quotex_published = "2000-02-10"
    doc = nlp(doc)
    days = {e.text: e._.quotex_value["start"] for e in doc.ents if e.label_ == "DATE"}
    assert "2000-04-23" in days.values()  # Easter 2000
    assert "1999-11-25" in days.values()  # Thanksgiving 1999
    found = dates_of(nlp, "The ferry to Easter Island left on Friday.", "2000-02-10")
    assert "Easter Island" not in found


def test_the_nth_day_that_today_is(nlp: Language) -> None:
    found = dates_of(nlp, "In the capital, today is the fifth day of the strike.", "2001-05-04")
    assert found["the fifth day"]["start"] == "2001-05-04"
    found = dates_of(nlp, "It's the second day of the blockade, the agency said.", "2001-05-04")
    assert found["the second day"]["start"] == "2001-05-04"
    found = dates_of(nlp, "It was the second day of the blockade when the ships left.", "2001-05-04")
    assert found["the second day"] is None  # a past "was": which day the text does not say


def test_a_clock_time_and_its_day_after_a_comma_are_one_time(nlp: Language) -> None:
    doc = nlp.make_doc("Halvard extended its offer until 5 p.m. EST, Nov. 6.")
    doc._.quotex_published = "1989-10-30"
    doc = nlp(doc)
    times = [(e.text, e._.quotex_value["start"]) for e in doc.ents if e.label_ == "TIME"]
    assert times == [("5 p.m. EST, Nov. 6", "1989-11-06")]
