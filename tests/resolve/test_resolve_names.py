"""Names as speakers: surnames, titles, possessives and acronyms become the article's full name."""

from collections.abc import Callable

import spacy
from spacy.language import Language

from quotex.resolve import ArticleIndex
from quotex.resolve.names import name_form

Resolve = Callable[..., tuple[str | None, str | None]]  # the ``resolve`` fixture of conftest.py


def test_surname_gets_the_full_name(resolve: Resolve) -> None:
    text = (
        "Maria Santos, an engineer at the port authority, inspected the crane on Monday.\n\n"
        "“The cable was frayed,” [[Santos]] said."
    )
    assert resolve(text) == ("Maria Santos", "PERSON")


def test_title_is_stripped(resolve: Resolve) -> None:
    text = (
        "Dr. Priya Raman runs the fever clinic in Eastbrook.\n\n"
        "“We have seen forty cases this week,” [[Dr. Raman]] said."
    )
    assert resolve(text)[0] == "Priya Raman"


def test_role_word_inside_the_entity_is_stripped(resolve: Resolve) -> None:
    text = "Chef Marco Bellini opened his first restaurant at 23.\n\n“I had no money,” [[Bellini]] said."
    assert resolve(text)[0] == "Marco Bellini"


def test_possessive_is_stripped(resolve: Resolve) -> None:
    text = (
        "Lena Fischer leads the tenants' association.\n\n"
        "“Nobody answered our letters,” read [[Fischer's]] statement."
    )
    assert resolve(text)[0] == "Lena Fischer"


def test_title_gender_picks_between_people_with_one_surname(resolve: Resolve) -> None:
    text = (
        "Mrs. Doreen Walsh has lived on Cobb Street for sixty years. "
        "Her son, Kevin Walsh, wants her to move.\n\n"
        "“I was born in this house,” [[Mrs. Walsh]] said."
    )
    assert resolve(text)[0] == "Doreen Walsh"


def test_acronym_spelled_out_in_parentheses(resolve: Resolve) -> None:
    text = (
        "The Coastal Fisheries Agency (CFA) closed the cod season early on Friday.\n\n"
        "“Stocks have fallen below safe levels,” [[the CFA]] said."
    )
    assert resolve(text) == ("Coastal Fisheries Agency", "ORG")


def test_acronym_from_the_initials_of_a_name(resolve: Resolve) -> None:
    text = (
        "The European Central Bank raised interest rates again on Thursday.\n\n"
        "“Inflation remains too high,” [[the ECB]] said."
    )
    assert resolve(text)[0] == "European Central Bank"


def test_a_name_the_article_never_spells_out_is_kept(resolve: Resolve) -> None:
    text = "The bridge reopened on Sunday.\n\n“It feels like a new town,” said [[Okonkwo]]."
    assert resolve(text)[0] == "Okonkwo"


def test_longer_name_written_later_becomes_the_canonical_name(resolve: Resolve) -> None:
    text = (
        "Ruiz filed the charges on Thursday. Angela M. Ruiz has been district attorney since 2019.\n\n"
        "“We are still following the money,” [[Ruiz]] said."
    )
    assert resolve(text)[0] == "Angela M. Ruiz"


def test_organization_name_continues_after_of(resolve: Resolve) -> None:
    text = (
        "The Supreme Court of Norland ruled on Friday that the election must be rerun.\n\n"
        "“The irregularities were too large to ignore,” [[the court]] said."
    )
    assert resolve(text) == ("Supreme Court of Norland", "ORG")


def test_a_surname_takes_the_given_name_written_inside_another_name(resolve: Resolve) -> None:
    text = (
        "On Tuesday's episode of The Priya Anand Hour, the host pressed the governor on taxes.\n\n"
        "“Will you raise them or not?” [[Anand]] asked."
    )
    assert resolve(text)[0] == "Priya Anand"


def test_a_mention_cut_at_a_title_names_the_person_after_it(resolve: Resolve) -> None:
    text = "“We trained for this for a year,” said [[Army Capt]]. Lena Ortiz, who led the convoy."
    assert resolve(text)[0] == "Lena Ortiz"


def test_a_full_name_with_an_organization_label_joins_the_person_known_by_surname(nlp: Language) -> None:
    doc = nlp("Fiorina spoke in Ohio on Monday. “We can win,” Fiorina said. Carly Fiorina then left.")
    index = ArticleIndex(doc)
    person = index.cluster_of_token[0]
    assert index._find_cluster(("carly", "fiorina"), "", None, "ORG") == person
    assert index._find_cluster(("fiorina", "group"), "", None, "ORG") is None


def test_a_surname_read_as_a_place_takes_the_full_name_when_it_speaks(resolve: Resolve) -> None:
    text = (
        "A letter from Ulla Halden, meanwhile, asked the board for a meeting.\n\n"
        "“We cannot wait for the budget,” [[Halden]] wrote in the letter."
    )
    assert resolve(text)[0] == "Ulla Halden"


def test_a_shared_surname_alone_is_the_relative_the_article_calls_by_it(resolve: Resolve) -> None:
    text = (
        "Alain Moreau opened the hearing on Tuesday. Moreau asked for calm.\n\n"
        "Claire Moreau, his daughter, runs the family bakery. Claire Moreau spoke next, and "
        "Claire Moreau said the rent had doubled. Claire Moreau left early.\n\n"
        "“We will review every lease,” [[Moreau]] said."
    )
    assert resolve(text)[0] == "Alain Moreau"


def test_a_previous_speaker_is_found_by_its_canonical_name(nlp: Language) -> None:
    doc = nlp("Marta Oyelaran chairs the board. Oyelaran said the vote would wait.")
    index = ArticleIndex(doc)
    assert index.cluster_by_name("Marta Oyelaran") == index.cluster_of_token[0]
    assert index.cluster_by_name("Oyelaran") is None  # the surname alone is not the canonical name
    assert index.cluster_by_name(None) is None


def test_legislative_titles_are_stripped(resolve: Resolve) -> None:
    text = (
        "Assemblywoman Rosa Delgado filed the bill, and Del. Omar Haskell signed on.\n\n"
        "“It is long overdue,” [[Assemblywoman Rosa Delgado]] said."
    )
    assert resolve(text)[0] == "Rosa Delgado"
    text = "Senate Whip Arlen Cobb counted votes all night.\n\n“We have the votes,” [[Whip Arlen Cobb]] said."
    assert resolve(text)[0] == "Arlen Cobb"


def test_a_surname_tagged_as_a_common_noun_is_still_the_person(nlp: Language) -> None:
    doc = nlp("Wren Mills chairs the water board.\n\nMills said the pipes would be replaced.")
    mills = next(t for t in doc if t.text == "Mills" and t.is_sent_start)
    if mills.pos_ == "PROPN":  # the rule is for the tagger's common-noun reading
        mills.pos_ = "NOUN"
    index = ArticleIndex(doc)
    assert index.clusters[index.cluster_of_token[mills.i]].name == "Wren Mills"


def test_a_name_misspelled_by_one_letter_is_the_same_person(resolve: Resolve) -> None:
    text = "Annika Lindqvist took the stage first.\n\n“We start today,” [[Lindqvsit]] said, to cheers."
    assert resolve(text)[0] == "Annika Lindqvist"


def test_the_fuller_spelling_of_a_misspelled_name_is_kept(resolve: Resolve) -> None:
    text = (
        "Campaigning with Margaret Osborne on Friday, the mayor spoke of jobs.\n\n"
        "Later Margaret Osbourne said the plan was sound.\n\n"
        "“It will work,” [[Ms. Osborne]] said."
    )
    assert resolve(text)[0] == "Margaret Osbourne"


def test_a_non_breaking_space_inside_a_name_joins_its_words(resolve: Resolve) -> None:
    text = "The radio host Ravi\u00a0Okonkwo took calls on Monday.\n\n“Nobody called,” [[Okonkwo]] said."
    assert resolve(text)[0] == "Ravi Okonkwo"


def test_speaker_and_counsel_are_titles(resolve: Resolve) -> None:
    assert resolve("“We will vote,” said [[Speaker Tomas Reyna]].")[0] == "Tomas Reyna"
    assert resolve("“No comment,” [[Counsel Ada Brill]] said.")[0] == "Ada Brill"


def test_the_speaker_stays_a_description(resolve: Resolve) -> None:
    text = "The hall was full.\n\n“We will vote,” [[the speaker]] said."
    assert resolve(text) == (None, None)


def test_a_dash_glued_to_a_name_is_no_part_of_it(resolve: Resolve) -> None:
    assert resolve("“We are not done,” [[―Ada Brill]], the mayor, wrote.")[0] == "Ada Brill"


def test_a_family_named_by_its_plural_surname_is_the_person_the_article_names(resolve: Resolve) -> None:
    text = (
        "Lunds: Stop The Noise\n\nPaul and Sara Lund spoke to reporters on Monday.\n\n"
        "“Enough,” [[the Lunds]] said."
    )
    assert resolve(text)[0] == "Sara Lund"


def test_a_rare_given_name_opening_the_sentence_joins_the_surname_the_tagger_found(resolve: Resolve) -> None:
    text = (
        "Parents rally for schools.\n\n"
        "Delvany Osei loves the school her son attends. "
        "“We need more teachers,” said [[Osei]], who has two children."
    )
    assert resolve(text)[0] == "Delvany Osei"


def test_a_relative_named_by_a_given_name_takes_the_family_name(resolve: Resolve) -> None:
    text = (
        "Marisol Quintero opened the bakery in 1998.\n\n"
        "Quintero's husband, Tomas, still bakes the bread every morning. "
        "“We never closed a single day,” [[he]] said."
    )
    assert resolve(text)[0] == "Tomas Quintero"


def test_a_wife_named_in_full_is_not_her_husbands_full_name(resolve: Resolve) -> None:
    text = (
        "Mr. Ferris spoke in Dayton on Saturday. Mr. Ferris said the plant would reopen.\n\n"
        "He will campaign next week with his wife, Anna Ferris, in Ohio.\n\n"
        "“We are not done yet,” [[Mr. Ferris]] said."
    )
    assert resolve(text)[0] == "Ferris"


def test_a_surname_takes_the_full_name_written_with_a_given_name_of_its_gender(resolve: Resolve) -> None:
    text = (
        "Mr. Ferris spoke in Dayton on Saturday. Mr. Ferris said the plant would reopen.\n\n"
        "He will campaign next week with his wife, Anna Ferris, and donors to the Tom Ferris Memorial "
        "Fund.\n\n"
        "“We are not done yet,” [[Mr. Ferris]] said."
    )
    assert resolve(text)[0] == "Tom Ferris"


def test_an_outlet_named_leader_keeps_the_word(resolve: Resolve) -> None:
    text = (
        "Voters in New Hampshire went to the polls on Tuesday.\n\n"
        "“The result was close,” [[The New Hampshire Union Leader]] said in an editorial."
    )
    assert resolve(text)[0] == "New Hampshire Union Leader"


def test_a_place_inside_a_longer_name_is_not_its_referent(nlp: Language) -> None:
    index = ArticleIndex(nlp("Voters in Vermont went to the polls on Tuesday."))
    place = index.find_cluster(("vermont",))
    assert place is not None and index.clusters[place].kind == "place"
    assert index.find_cluster(("vermont", "grange", "courier")) is None  # an outlet the tagger missed


def test_a_stance_before_an_outlet_is_not_its_name(nlp: Language) -> None:
    doc = nlp("The pro-Okafor Union Leader, the state's largest newspaper, has run a string of editorials.")
    names = [c.name for c in ArticleIndex(doc).clusters]
    assert "Union Leader" in names and not any("Okafor" in name for name in names)


def test_a_title_inside_a_name_run_is_stripped_with_what_qualifies_it() -> None:
    blank = spacy.blank("en")
    form = name_form(blank("Dunmore County Treasurer Helen Vasquez")[:])
    assert form is not None and form.text == "Helen Vasquez" and form.titles == ["treasurer"]
    tagged = name_form(blank("Phoenix Mayor Greg Stanton")[:], strip_titles=False)  # as a WORK_OF_ART
    assert tagged is not None and tagged.text == "Greg Stanton"
    org = name_form(blank("Harbor Authority Chairman Office Staff")[:], strip_titles=False)
    assert org is not None and org.text == "Harbor Authority Chairman Office Staff"


def test_an_organization_before_a_title_does_not_swallow_the_person(nlp: Language) -> None:
    doc = nlp("“This is a disgrace,” CBC Chairman G.K. Butterfield said on Friday.")
    names = [c.name for c in ArticleIndex(doc).clusters]
    assert "G.K. Butterfield" in names and not any("Chairman" in name for name in names)


def test_a_date_never_names_a_speaker(resolve: Resolve) -> None:
    assert resolve("“The vote is off,” [[Thursday morning]] brought the news.") == (None, None)
    text = "“The vote is off,” [[Saturday at the convention Sen. Ana Rossi]] told the delegates."
    assert resolve(text)[0] == "Ana Rossi"


def test_an_adjective_before_an_organization_is_no_part_of_its_name(nlp: Language) -> None:
    doc = nlp("The filing came from the federal Harbor Safety Commission on Monday.")
    start = next(t.i for t in doc if t.text == "federal")
    form = name_form(doc[start : start + 4])  # as a tagger may mark the entity, adjective and all
    assert form is not None and form.text == "Harbor Safety Commission"


def test_an_outlet_with_a_possessive_inside_keeps_its_name(nlp: Language) -> None:
    doc = nlp("The editorial ran in the People's Daily newspaper on Monday.")
    names = [c.name for c in ArticleIndex(doc).clusters]
    assert "Daily" not in names
