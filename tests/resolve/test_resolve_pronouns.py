"""Pronoun speakers: he/she by gender, they/it by organizations, the subject and the last speaker first."""

from collections.abc import Callable

Resolve = Callable[..., tuple[str | None, str | None]]  # the ``resolve`` fixture of conftest.py


def test_she_goes_to_the_woman_he_to_the_man(resolve: Resolve) -> None:
    base = (
        "Lena Fischer and Omar Haddad both want to lead the party.\n\n"
        "Fischer spoke first. “The party has lost touch,” she said.\n\n"
        "Haddad disagreed. “Voters want jobs,” he said.\n\n"
    )
    assert resolve(base + "“Jobs come from good policy,” [[she]] replied.")[0] == "Lena Fischer"
    assert resolve(base + "“Policy is not a job,” [[he]] replied.")[0] == "Omar Haddad"


def test_gender_comes_from_the_title(resolve: Resolve) -> None:
    text = (
        "Ms. Akiko Tanaka said the new rent would force her bakery to close. Her landlord, Mr. Peter Vance, "
        "disagreed.\n\n“He knows that is not true,” [[she]] said."
    )
    assert resolve(text) == ("Akiko Tanaka", "PERSON")


def test_new_subject_wins_over_the_last_speaker_of_the_same_gender(resolve: Resolve) -> None:
    text = (
        "Frank Dolan and Samuel Otieno met for their only debate on Thursday.\n\n"
        "“Rents have doubled,” Dolan said.\n\n"
        "Otieno, the deputy mayor, defended the city's record. "
        "“We built more homes than anyone,” [[he]] said."
    )
    assert resolve(text, previous=["Frank Dolan"])[0] == "Samuel Otieno"


def test_names_inside_the_quote_are_not_the_speaker(resolve: Resolve) -> None:
    text = (
        "Mr. Hiroshi Kato, the factory's owner, said orders had dropped by half.\n\n"
        "“I told Mr. Lewis we would need to cut shifts,” [[he]] said."
    )
    assert resolve(text)[0] == "Hiroshi Kato"


def test_they_goes_to_an_organization(resolve: Resolve) -> None:
    text = (
        "The Nurses Association of Eastport voted to accept the new contract on Sunday.\n\n"
        "“This deal recognizes our members' work,” [[they]] said."
    )
    assert resolve(text) == ("Nurses Association of Eastport", "ORG")


def test_it_goes_to_a_company_not_a_person(resolve: Resolve) -> None:
    text = (
        "Talvera Airlines cancelled 120 flights on Friday. "
        "Its chief executive, Naomi Ellison, apologized.\n\n"
        "“Refunds will be processed automatically,” [[it]] said."
    )
    assert resolve(text)[0] == "Talvera Airlines"


def test_pronoun_without_antecedent_gives_no_name(resolve: Resolve) -> None:
    assert resolve("“We will be back next year,” [[she]] said.") == (None, None)


def test_a_lone_given_name_tells_the_gender(resolve: Resolve) -> None:
    text = (
        "Melanie watched the debate at home with Kevin, who fell asleep before the end.\n\n"
        "“It's finished,” [[she]] said."
    )
    assert resolve(text)[0] == "Melanie"


def test_the_pronoun_subject_just_before_passes_its_referent_on(resolve: Resolve) -> None:
    text = (
        "Donald Grant's tax plan was criticized on Monday.\n\n"
        "Campaign spokesman Jason Miller told reporters that Grant's plan would help single mothers. "
        "However, he could not explain the wording on the campaign's website.\n\n"
        "“We are still writing the details,” [[he]] said."
    )
    assert resolve(text, previous=["Donald Grant"])[0] == "Jason Miller"


def test_a_run_of_subject_pronouns_passes_the_referent_along_past_other_names(resolve: Resolve) -> None:
    text = (
        "Donald Grant's tax plan was criticized on Monday.\n\n"
        "Campaign spokesman Jason Miller told reporters that Grant's plan would help single mothers. "
        "He could not explain the wording on the campaign's website. "
        "He said Grant's old page was still online. "
        "He promised a new one. "
        "He then left the room.\n\n"
        "“We are still writing the details,” [[he]] said."
    )
    assert resolve(text, previous=["Donald Grant"])[0] == "Jason Miller"


def test_she_is_never_a_date_and_a_given_name_hint_yields_to_the_text(resolve: Resolve) -> None:
    text = 'The council met on Monday. Chen Sato disagreed. "This is premature," [[she]] told reporters.'
    assert resolve(text)[0] == "Chen Sato"


def test_he_is_not_a_weekday_named_like_a_person(resolve: Resolve) -> None:
    text = (
        "The strike began on Wednesday.\n\n"
        "Union leaders met again on Friday. “We will stay out as long as it takes,” [[he]] said."
    )
    assert resolve(text)[0] is None


FIRST_PERSON_PIECE = (
    "I grew up above my parents' bakery on Mill Street, and I learned early what a rent rise does.\n\n"
    "When the council voted last week, I went to the hearing. [[I]] told them what I had seen.\n\n"
    "{closing}"
)


def test_i_in_a_first_person_piece_is_its_named_author(resolve: Resolve) -> None:
    tagline = "Marisol Okonkwo is a nurse and a member of the Mill Street tenants' union."
    assert resolve(FIRST_PERSON_PIECE.format(closing=tagline))[0] == "Marisol Okonkwo"
    byline = "By Marisol Okonkwo\n\n" + FIRST_PERSON_PIECE.format(closing="")
    assert resolve(byline)[0] == "Marisol Okonkwo"


def test_i_without_a_named_author_stays_unnamed(resolve: Resolve) -> None:
    closing = "The council meets again in May, and Dev Mehta, its chair, expects a close vote."
    assert resolve(FIRST_PERSON_PIECE.format(closing=closing))[0] is None


def test_which_names_the_organization_right_before_it(resolve: Resolve) -> None:
    text = (
        "Reporters turned to the Harbor Authority [[which]] reported “forty ships held at anchor” on "
        "Tuesday alone."
    )
    assert resolve(text)[0] == "Harbor Authority"


def test_he_is_not_a_capitalized_word_opening_a_sentence(resolve: Resolve) -> None:
    text = (
        "Mark Ellison has studied rural voters for a decade.\n\n"
        "Patience, he argues, matters more than any policy. “People stay with their team,” [[he]] said."
    )
    assert resolve(text)[0] == "Mark Ellison"


def test_a_speaker_from_long_before_is_still_a_candidate(resolve: Resolve) -> None:
    filler = "".join(f"The committee read item {n} aloud and voted on it.\n\n" for n in range(12))
    text = "“We will appeal,” Marta Kowalczyk said.\n\n" + filler + "“We will win,” [[she]] added."
    assert resolve(text, previous=["Marta Kowalczyk"])[0] == "Marta Kowalczyk"


def test_the_mention_table_offers_each_clusters_best_mention_as_a_full_scan_would(nlp) -> None:
    from quotex.resolve.article import SUBJECT_BONUS, ArticleIndex
    from quotex.resolve.pronouns import MAX_SENTENCES_BACK

    paragraphs = [
        "Ines Duarte met Karl Lindqvist and Ines Duarte's deputy, Tomas Berg, in Porto.",
        "Lindqvist said little. Berg, who chairs the panel, asked Duarte about the budget.",
        "The panel adjourned. It met again the next day in Braga.",
    ]
    index = ArticleIndex(nlp("\n\n".join(paragraphs * 6)))
    table = index.narrative_mentions
    clusters = sorted({m.cluster for m in index.mentions})
    for token in index.tokens[::7]:
        offered = table.candidates(token, MAX_SENTENCES_BACK, clusters)
        scan = [m for m in index.mentions if m.end <= token.i and not m.in_quote]
        for ci in clusters:
            far = [m for m in scan if m.cluster == ci]
            near = [m for m in far if index.sent_no[token.i] - m.sent <= MAX_SENTENCES_BACK]
            best = max(far, key=lambda m: (m.sent + SUBJECT_BONUS * m.subject, m.start), default=None)
            mine = [m for m in offered if m.cluster == ci]
            assert all(m in mine for m in near)
            assert (best in mine) if best else not mine


def test_she_may_go_to_a_person_named_like_one_whom_the_tagger_called_a_place(resolve: Resolve) -> None:
    text = (
        "Sunday Okafor, a delegate from Colorado, led the push to change the rules.\n\n"
        "“The delegates deserve a free vote,” [[she]] said."
    )
    assert resolve(text)[0] == "Sunday Okafor"


def test_a_short_form_of_a_given_name_tells_the_gender(resolve: Resolve) -> None:
    text = (
        "“We will hold the seat,” Tom Harlan said.\n\n"
        "Greg Ostrander, a former aide to Lena Fischer, said the plan would fail.\n\n"
        "“The district has changed,” [[he]] said."
    )
    assert resolve(text, previous=["Tom Harlan"])[0] == "Greg Ostrander"


def test_he_may_go_to_a_man_by_his_given_name_after_a_she_misread_as_his(resolve: Resolve) -> None:
    text = (
        "Omar Castell opened the hearing on Monday. She was the first witness, a nurse from the clinic.\n\n"
        "Castell asked about the delays. She said the clinic had waited months for supplies.\n\n"
        "“We will ask the ministry for answers,” [[he]] said."
    )
    assert resolve(text)[0] == "Omar Castell"


def test_a_given_name_in_no_list_barely_counts_against_the_main_subject(resolve: Resolve) -> None:
    text = (
        "Darvel Ostrander, a former aide, said Tom Harlan would lose the seat.\n\n"
        "“The district has changed,” [[he]] said."
    )
    assert resolve(text)[0] == "Darvel Ostrander"


def test_given_names_outside_the_hand_list_tell_the_gender_from_birth_records(resolve: Resolve) -> None:
    text = (
        "Lavonne Abernathy testified first at the hearing on the new bus routes.\n\n"
        "Thaddeus Mwangi, who chaired it, thanked the drivers for coming. "
        "“The night buses are the ones people need,” [[she]] said."
    )
    assert resolve(text)[0] == "Lavonne Abernathy"


def test_a_generic_male_role_yields_to_a_female_given_name(resolve: Resolve) -> None:
    text = (
        "Melinda Arroyo is listed as the treasurer of Veterans for Brandt.\n\n"
        "Brandt spokesman Hope Lindqvist confirmed that the group was formed without the campaign's help. "
        "“They are not part of the campaign,” [[she]] said."
    )
    assert resolve(text, previous=["Melinda Arroyo"])[0] == "Hope Lindqvist"


def test_a_name_inside_what_someone_reports_is_not_the_next_speaker(resolve: Resolve) -> None:
    text = (
        "“The offer is an insult,” Daniel Brooks said on Monday.\n\n"
        "Chidi Okafor said working for Brooks had been hard.\n\n"
        "“We need more staff on every shift,” [[he]] said."
    )
    assert resolve(text, previous=["Daniel Brooks"])[0] == "Chidi Okafor"


def test_a_name_reported_by_someone_unnamed_stays_a_candidate(resolve: Resolve) -> None:
    text = (
        "Aides say Lena Ortiz also advises the mayor on housing.\n\n"
        "“Rents are the first thing people ask me about,” [[she]] said."
    )
    assert resolve(text)[0] == "Lena Ortiz"


def test_he_before_any_name_goes_to_the_subject_of_the_clause_he_opens(resolve: Resolve) -> None:
    text = (
        "Mayor Wants Night Buses.\n\n"
        "After [[he]] lost the council vote on Monday, Mayor Adrian Kessel has taken his bus plan "
        "to the voters."
    )
    assert resolve(text)[0] == "Adrian Kessel"


def test_the_subject_of_a_speech_verb_is_the_likelier_next_speaker(resolve: Resolve) -> None:
    text = (
        "Ana Ruiz told the council on Monday that the plan would fail.\n\n"
        "The vote was delayed at the request of Marta Lopez.\n\n"
        "“We need more time to read it,” [[she]] said."
    )
    assert resolve(text)[0] == "Ana Ruiz"


def test_they_for_people_the_article_never_names_gives_no_name(resolve: Resolve) -> None:
    text = (
        "Mayor Ana Ruiz visited the flooded district on Monday. "
        "Several residents complained about the pumps.\n\n"
        "“Nobody came for three days,” [[they]] said."
    )
    assert resolve(text) == (None, None)


def test_they_for_members_of_a_named_group_is_the_group(resolve: Resolve) -> None:
    text = (
        "Mayor Ana Ruiz met the dock owners on Monday. Greenpeace activists blocked the gate at noon.\n\n"
        "“We will not go back,” [[they]] said."
    )
    assert resolve(text)[0] == "Greenpeace"


def test_an_event_or_a_law_is_no_antecedent(resolve: Resolve) -> None:
    text = (
        "The Harbor Safety Act took effect in 1950, five years after World War II.\n\n"
        "“We complied with every rule,” [[they]] said."
    )
    assert resolve(text)[0] not in ("Harbor Safety Act", "World War II")
