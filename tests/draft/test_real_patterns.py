"""The sentence shapes of real news (issue 17), one test each, on small made-up sentences.

English ones go through the English reader; Arabic and Persian ones through the Arabic-script reader
(generator.draft.lang). None of these sentences is copied from an article: the names are fictional.
"""

from __future__ import annotations

from generator.draft.names import Known, NameIndex, name_key
from generator.draft.proposals import answered_claims, consonants, name_bag, similar_records
from generator.draft.text import find_single_quotes
from generator.weekdays import resolve_weekday
from tests.draft.conftest import analyse, quotes, reader, said

# --- English ---------------------------------------------------------------------------------------


def test_told_an_outlet_that():
    assert quotes('Committee member Tarek Vossel told Meridian Wire that "the crossing is closed."') == [
        ("the crossing is closed.", "Tarek Vossel")
    ]


def test_a_title_and_name_told_an_outlet_after_the_quotation():
    assert quotes("\u201cWe saw no convoy,\u201d ministry spokesman Lev Arno told Meridian Wire.") == [
        ("We saw no convoy,", "Lev Arno")
    ]


def test_said_in_a_video_and_on_telegram():
    assert quotes("\u201cWe will return,\u201d Dario Venn said in a video.") == [("We will return,", "Dario Venn")]
    assert (
        quotes("The Kessel Brigade said on Telegram that \u201cthe raid was a warning.\u201d")[0][1] == "Kessel Brigade"
    )


def test_according_to_a_description():
    assert quotes("According to a security source, \u201cthe convoy left at dawn.\u201d") == [
        ("the convoy left at dawn.", "a security source")
    ]


def test_a_name_then_of_a_body_said_after_the_quotation():
    found = quotes("\u201cWe watch the river daily,\u201d Col. Tomas Rell of the Velorian border guard said.")
    assert found == [("We watch the river daily,", "Tomas Rell")]


def test_the_spokesman_is_the_person_described_so_before():
    found = quotes(
        "According to a statement from the brigade's military spokesman, Yosef Amran, the strikes hit two depots.",
        "The spokesman said the raids \u201cwill not go unanswered.\u201d",
    )
    assert found == [("will not go unanswered.", "Yosef Amran")]


def test_the_statement_is_its_issuer():
    found = quotes(
        "The Kessel Brigade issued a statement on Monday.",
        "These reports, the statement added, were \u201can attempt to invent victories.\u201d",
    )
    assert found == [("an attempt to invent victories.", "Kessel Brigade")]


def test_single_quotation_marks_where_there_are_no_double_ones():
    assert [q.text for q in find_single_quotes("'We have received no request,' he said. Iran's 'guest' list.")] == [
        "We have received no request,"
    ]
    found = quotes("Spokesman Lev Arno spoke on Monday. 'We have received no request,' he said.")
    assert found == [("We have received no request,", "Lev Arno")]


def test_denials_by_verb_adverb_and_brackets():
    units = said("en", "The Velorian Democratic Forces (VDF) categorically denied on Wednesday reports of a pullout.")
    assert [(k, s) for k, s, _ in units] == [("denial", "Velorian Democratic Forces")]


def test_denials_by_their_words():
    units = said("en", "The Kessel Brigade said it did not carry out any attack that day.")
    assert units[0][:2] == ("denial", "Kessel Brigade")
    units = said("en", "The ministry's spokesman Lev Arno said the reports were \u201cabsolutely false.\u201d")
    assert units[0][:2] == ("denial", "Lev Arno")


def test_no_denial_from_a_headline_alone():
    units = said("en", "Kessel Brigade denies border clash", "The Kessel Brigade denied any clash on Monday.")
    assert [(k, s) for k, s, _ in units] == [("denial", "Kessel Brigade"), ("denial", "Kessel Brigade")]
    assert units[1][2].startswith("The Kessel Brigade denied")
    units = said("en", "Kessel Brigade denies border clash", "Residents said the night was quiet.")
    assert [k for k, _, _ in units] == ["reported"]


def test_possessive_bodies_speak():
    r = reader("Veloria's Media Relations Office has categorically denied the reports.")
    assert [a.speaker.label for rd in r.readings for a in rd.acts] == ["Media Relations Office"]


def test_initials_with_a_stop_before_an_auxiliary_are_the_subject():
    units = said("en", "The V.R.K. has dismissed reports of a pullout from the border.")
    assert [(k, s) for k, s, _ in units] == [("denial", "V.R.K")]


def test_a_passive_judged_false_by_an_agent_is_the_agent_s_denial():
    units = said("en", "The reports, published on Monday, were deemed false by a ministry official.")
    assert [(k, s) for k, s, _ in units] == [("denial", "a ministry official")]


def test_criticising_claims_as_propaganda_is_a_denial_but_not_criticising_propaganda():
    units = said("en", "A Velorian ministry official criticized the claims as \u2018propaganda\u2019 on Tuesday.")
    assert [(k, s) for k, s, _ in units] == [("denial", "a Velorian ministry official")]
    units = said("en", "A Velorian ministry official condemned the propaganda campaign against the town.")
    assert [k for k, _, _ in units] == ["reported"]


def test_words_that_describe_a_name_before_it_leave_it_the_subject():
    units = said("en", "The outlawed Kessel Brigade (KB) said on Monday that it was not involved in the raid.")
    assert [(k, s) for k, s, _ in units] == [("denial", "Kessel Brigade")]
    assert said("en", "The attack on Kessel Brigade said nothing.") == []


def test_a_quotation_after_reported_speech_in_its_paragraph_is_the_same_speaker_s():
    found = quotes(
        "The brigade said that it was looking into the raid. \u201cAnyone found involved will be punished.\u201d"
    )
    assert found == [("Anyone found involved will be punished.", "the brigade")]
    found = quotes(
        "The raid, which Dario Venn called a crime, was a warning, Lev Arno said. \u201cWe will do it again.\u201d"
    )
    assert found == [("We will do it again.", "Lev Arno")]


def test_issued_a_statement_denying():
    units = said("en", "Dario Venn spoke first.", "The Kessel Brigade issued a statement denying any role in the raid.")
    assert units[-1][:2] == ("denial", "Kessel Brigade")


def test_a_first_person_denial_in_a_quotation():
    units = said(
        "en", "\u201cWe did not carry out the raid. We stand by it,\u201d spokesman Lev Arno told Meridian Wire."
    )
    assert units[0][:2] == ("denial", "Lev Arno")
    units = said("en", "Lev Arno also said: \u201cWe reject these claims. Our fighters stayed home.\u201d")
    assert units[0][:2] == ("denial", "Lev Arno")
    assert said("en", "\u201cWe did not expect such a turnout,\u201d Lev Arno told Meridian Wire.")[0][0] == "quote"
    assert said("en", "\u201cWe did not receive any help,\u201d a resident told Meridian Wire.")[0][0] == "quote"


def test_saying_ties_are_not_linked_to_something_is_a_denial():
    units = said(
        "en",
        "The Kessel Brigade issued a statement on Monday.",
        "The statement stressed that ties between the brigade and the ministry are not linked to money.",
    )
    assert units[-1][:2] == ("denial", "Kessel Brigade")


def test_more_verbs_of_denying_and_their_adjectives():
    assert said("en", "The ministry rubbished the claims of a pullout.")[0][:2] == ("denial", "the ministry")
    assert said("en", "The Velorian army was quick to deny the reports.")[0][:2] == ("denial", "the Velorian army")
    assert said("en", "Refuting the claims, the ministry said the convoy never left.")[0][:2] == (
        "denial",
        "the ministry",
    )
    units = said("en", "In a statement denying the reports, the ministry said the convoy had left.")
    assert units[0][:2] == ("denial", "the ministry")
    assert said("en", "Talks over the disputed border resumed, the ministry said.")[0][0] == "reported"
    units = analyse("en", "The Velorian army denied reports on the alleged launch of an offensive.").units
    assert units[0].denial is not None and units[0].denial.denied == ("reports on the alleged launch of an offensive",)


def test_a_denial_set_before_its_speaker_and_reports_called_inaccurate():
    units = said("en", "The Kessel Brigade did not fire a single shot, its spokesman Lev Arno said.")
    assert units[0][:2] == ("denial", "Lev Arno")
    assert said("en", "The ministry said reports of a pullout were inaccurate.")[0][0] == "denial"
    assert said("en", "The convoy reached the town on time, its driver said.")[0][0] == "reported"


def test_read_a_statement_after_the_quotation_and_spoke_of():
    assert quotes("\u201cWe will hold the line,\u201d read a statement by the Kessel Brigade.") == [
        ("We will hold the line,", "Kessel Brigade")
    ]
    assert quotes("Lev Arno spoke of \u201ca new era\u201d for the town.") == [("a new era", "Lev Arno")]


def test_a_name_as_a_label_before_a_colon():
    assert quotes("Brigade spokesman Lev Arno: \u201cWe will hold the line.\u201d") == [
        ("We will hold the line.", "Lev Arno")
    ]
    assert quotes("The warning was clear: \u201cLeave now.\u201d") == [("Leave now.", None)]
    assert quotes("Dario Venn disagreed: \u201cIt was a massacre.\u201d") == [("It was a massacre.", "Dario Venn")]
    assert quotes("Lev Arno, in remarks to Meridian Wire, said the raid was \u201ca warning.\u201d") == [
        ("a warning.", "Lev Arno")
    ]


def test_saying_it_has_no_part_or_presence_is_a_denial():
    assert said("en", "Velor said it has no military advisers in the valley.")[0][:2] == ("denial", "Velor")
    assert said("en", "The ministry said it does not have any role in the raid.")[0][0] == "denial"
    assert said("en", "\u201cWe have no presence in the valley,\u201d Lev Arno told Meridian Wire.")[0][0] == "denial"
    assert said("en", "The ministry said it has no plans to reopen the road.")[0][0] == "reported"


def test_where_the_subject_spoke_set_off_by_commas_and_quoted_as_saying_after_the_quotation():
    assert quotes("The Kessel Brigade, in a statement on Telegram, said \u201cthe border is calm.\u201d") == [
        ("the border is calm.", "Kessel Brigade")
    ]
    assert quotes("\u201cThe border is calm,\u201d Lev Arno was quoted as saying by Meridian Wire.") == [
        ("The border is calm,", "Lev Arno")
    ]
    assert quotes("Lev Arno was cited by Meridian Wire as saying \u201cthe border is calm.\u201d") == [
        ("the border is calm.", "Lev Arno")
    ]


def test_a_quotation_after_a_verb_in_a_relative_clause_is_that_clause_s_speaker():
    found = quotes("Lev Arno said the raid, which Dario Venn called \u201ccowardly,\u201d would be answered.")
    assert found == [("cowardly,", "Dario Venn")]
    found = quotes("Lev Arno responded to Dario Venn, who had described the raid as \u201ca massacre.\u201d")
    assert found == [("a massacre.", "Dario Venn")]
    found = quotes("Lev Arno, who leads the brigade, said \u201cthe border is calm.\u201d")
    assert found == [("the border is calm.", "Lev Arno")]


def test_a_paragraph_of_quotation_after_a_statement_is_the_issuer_s_not_an_earlier_person_s():
    found = quotes(
        "Lev Arno said the border was calm.",
        "The Kessel Brigade later released a video.",
        "\u201cWe will fight on.\u201d",
    )
    assert found == [("We will fight on.", "Kessel Brigade")]


def test_an_age_before_an_appositive_and_a_statement_attributed_to():
    found = quotes("\u201cThe border is calm,\u201d Lev Arno, 54, a commander in the Kessel Brigade, said.")
    assert found == [("The border is calm,", "Lev Arno")]
    found = quotes("A statement attributed to the Kessel Brigade said: \u201cThe border is calm.\u201d")
    assert found == [("The border is calm.", "Kessel Brigade")]


def test_reports_called_propaganda_and_a_denial_with_its_words_in_quotation_marks():
    assert said("en", "The ministry said these claims are part of a media war.")[0][:2] == ("denial", "the ministry")
    assert said("en", "Lev Arno said the brigade had \u201cnothing to do\u201d with the raid.")[0][0] == "denial"
    assert said("en", "Lev Arno said the brigade was spreading propaganda.")[0][0] == "reported"


def test_rejecting_a_proposal_dismissing_an_official_or_denying_entry_is_no_denial():
    assert said("en", "The ministry rejected the proposal by the brigade.")[0][0] == "reported"
    assert said("en", "The prime minister dismissed the governor of the province.")[0][0] == "reported"
    assert said("en", "The ministry rejected the accusations of interference.")[0][0] == "denial"
    units = said("en", "The ministry rejected the proposal, saying reports of talks were false.")
    assert units[0][:2] == ("denial", "the ministry")
    assert said("en", "Velor denied entry to the delegation.")[0][0] == "reported"
    assert said("en", "The ministry denied the entry of foreign troops into the valley.")[0][0] == "denial"


def test_none_of_its_own_people_did_it_or_no_such_event_took_place():
    assert said("en", "The Kessel Brigade said none of its members were involved.")[0][0] == "denial"
    assert said("en", "The Kessel Brigade said no attack had taken place.")[0][0] == "denial"
    assert said("en", "The ministry said none of the hostages had been freed.")[0][0] == "reported"


def test_a_that_clause_after_a_verb_of_saying_has_its_own_speaker():
    assert quotes("Dario Venn said that Lev Arno had called the raid \u201ca crime.\u201d") == [
        ("a crime.", "Lev Arno")
    ]
    units = said("en", "Dario Venn told Meridian Wire that the Kessel Brigade denied the report.")
    assert units[0][:2] == ("denial", "Kessel Brigade")
    units = said("en", "Dario Venn told Meridian Wire on Monday that the brigade did not attack.")
    assert units[0][:2] == ("denial", "Dario Venn")


def test_a_name_with_a_participle_after_with_is_he_next():
    units = said(
        "en",
        "Lev Arno said the border was calm.",
        "The issue was raised in parliament, with Foreign Minister Dario Venn expressing concern over the talks. "
        "He pointed out that the border was closed.",
    )
    assert units[-1][:2] == ("reported", "Dario Venn")


def test_according_to_a_rule_or_figures_names_no_speaker():
    assert said("en", "According to the ceasefire agreement, troops must leave the valley.") == []
    assert said("en", "The raid was carried out according to Sharia, the brigade said.")[0][1] == "the brigade"


def test_accusing_the_other_side_of_spreading_disinformation_denies():
    units = said(
        "en",
        "\u201cThe brigade is trying to use disinformation to hide its own losses,\u201d said spokesman Lev Arno.",
    )
    assert units[0][:2] == ("denial", "Lev Arno")
    assert said("en", "Lev Arno said the ministry had opened a unit against disinformation.")[0][0] == "reported"


def test_a_participle_after_a_writing_from_someone_is_the_writers():
    units = said(
        "en",
        "Meridian Wire posted a statement from the Kessel Brigade denying any link to the raid.",
        "\u201cWe will keep working with our neighbours,\u201d the statement also added.",
    )
    assert units[0][:2] == ("denial", "Kessel Brigade")
    assert units[1][:2] == ("quote", "Kessel Brigade")


def test_the_name_statement_read():
    units = said("en", "\u201cOur units are not a part of the Velorian army,\u201d the Kessel Brigade statement read.")
    assert units[0][:2] == ("denial", "Kessel Brigade")
    for text in (
        "\u201cWe had no part in the raid,\u201d a Kessel Brigade statement said.",
        "\u201cWe had no part in the raid,\u201d the Kessel Brigade statement said.",
    ):
        assert said("en", text)[0][:2] == ("denial", "Kessel Brigade")
    assert said("en", "\u201cThe road is open,\u201d the Tuesday statement said.")[0][1] == "the Tuesday statement"


def test_two_said_to_be_unrelated_the_later_speaker_denies():
    units = said(
        "en",
        "Minister Dario Venn slammed the ministry on Monday after the Kessel Brigade said the brigade and the "
        "Velorian Front were not affiliated.",
    )
    assert [u[:2] for u in units if u[0] == "denial"] == [("denial", "Kessel Brigade")]


def test_a_participle_after_an_opening_clause_is_the_main_clauses_speaker():
    found = quotes(
        "While the ministry said it was not known who fired, the Kessel Brigade denied any role, saying "
        "\u201cour units fired nothing that night.\u201d"
    )
    assert found == [("our units fired nothing that night.", "Kessel Brigade")]


def test_he_after_a_semicolon_resumes_the_person_the_sentence_opened_with():
    units = said(
        "en",
        "The spokesman of the Kessel Brigade in answer to the claims of the Velorian press; he says that the "
        "brigade is not connected with any armed cell.",
    )
    assert units[0][:2] == ("denial", "the spokesman of the Kessel Brigade")


def test_a_bodys_spokesman_set_after_a_name_is_that_person():
    units = said("en", "Dario Venn, the Kessel Brigade\u2019s spokesman, wrote on Sunday that the reports were a lie.")
    assert units[0][:2] == ("denial", "Dario Venn")
    assert said("en", "The Kessel Brigade\u2019s spokesman wrote on Sunday that the reports were a lie.")[0][:2] == (
        "denial",
        "Kessel Brigade",
    )


def test_more_words_that_call_reports_false_or_deny_a_part():
    for text in (
        "Lev Arno said the report was \u201cmisleading.\u201d",
        "The Kessel Brigade said that the photos were doctored.",
        "\u201cThis never happened,\u201d Lev Arno said.",
        "Lev Arno said the claim \u201cdoes not reflect reality.\u201d",
        "Lev Arno said the allegations were an attempt to tarnish the brigade\u2019s image.",
        "Lev Arno said there are no Velorian troops in the valley.",
        "Lev Arno said no Velorian advisers are stationed in the valley.",
        "Lev Arno said the brigade had played no role in the attack.",
        "The Kessel Brigade said none of its members took part in the attack.",
        "Lev Arno said that the brigade is not responsible for the killings.",
    ):
        assert said("en", text)[0][0] == "denial", text
    for text in (
        "Lev Arno said the talks were long and the road was open.",
        "Lev Arno said the brigade never stopped its patrols.",
        "Lev Arno said the misleading signs were removed.",
    ):
        assert said("en", text)[0][0] != "denial", text


def test_a_speaker_named_after_the_verb_and_before_the_platform():
    assert quotes("\u201cThe road is open,\u201d said Lev Arno on Telegram.") == [("The road is open,", "Lev Arno")]
    assert quotes("\u201cThe road is open,\u201d wrote Lev Arno on his X account.")[0][1] == "Lev Arno"


def test_a_pronoun_outside_the_marks_and_the_denial_inside():
    assert said("en", "The Kessel Brigade said it \u201cdid not fire a single shot.\u201d")[0][:2] == (
        "denial",
        "Kessel Brigade",
    )
    assert said("en", "Lev Arno said that \u201cwe did not expect the storm.\u201d")[0][0] == "quote"


# --- English, round 15 ------------------------------------------------------------------------------


def test_dismissing_a_claim_by_someones_official_is_a_denial():
    # the possessive inside 'a claim by Veloria's former minister' owns the minister, not the claim
    text = "The Kessel Brigade has dismissed a claim by Veloria\u2019s former interior minister Lev Arno that it runs a jail."
    assert said("en", text)[0][:2] == ("denial", "Kessel Brigade")
    assert said("en", "The Kessel Brigade rejected the army chief\u2019s proposal.")[0][0] == "reported"


def test_saying_there_was_no_rift_or_talks_is_a_denial():
    assert said("en", "General Tor Vossel said there was no disagreement with the brigade.")[0][0] == "denial"
    assert (
        said("en", "The ministry said there is absolutely no dialogue taking place with the rebels.")[0][0] == "denial"
    )
    assert said("en", "Residents said there were no casualties.")[0][0] == "reported"


def test_words_said_before_their_speaker_with_a_relative_clause_after_a_dateline():
    units = said(
        "en",
        "OSTRA (Meridian Wire / Agency - 2 May, 2024) Veloria\u2019s separatist Northern Council (NC), which seized the"
        " port, did not withdraw its fighters from the city, Lev Arno, a member of the council, told Meridian Wire.",
        "\u201cThe council forces did not withdraw their men from them,\u201d Arno said.",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "Lev Arno"), ("denial", "Lev Arno")]


def test_deeming_a_report_biased_is_a_denial():
    units = said(
        "en", "Lev Arno, the council\u2019s spokesman, deemed the Assembly\u2019s yearly report on Veloria as biased."
    )
    assert units[0][:2] == ("denial", "Lev Arno")
    assert said("en", "Lev Arno deemed the Assembly report one-sided.")[0][0] == "denial"
    assert said("en", "Lev Arno said the judge was biased.")[0][0] == "reported"


def test_a_denier_restating_that_its_forces_hold_or_that_the_act_is_not_its_own():
    units = said(
        "en",
        "The army denied that the Kessel Brigade took the town of Ostra.",
        "The army said its forces are present there \u201cin their positions and ready to repel any attack.\u201d",
    )
    assert [k for k, _, _ in units] == ["denial", "denial"]
    units = said(
        "en",
        "The army denied bombing the aid convoy.",
        "\u201cThe army, which opened the aid routes, cannot under any circumstances target convoys of food,\u201d the"
        " army said.",
    )
    assert [k for k, _, _ in units] == ["denial", "denial"]
    units = said(
        "en", "The ministry denied the reports.", "\u201cIt is not our policy to threaten others,\u201d it said."
    )
    assert [k for k, _, _ in units] == ["denial", "denial"]
    text = (
        "\u201cThe police are not the ones who are shooting the marchers,\u201d Lev Arno, the interior minister, said."
    )
    assert said("en", text)[0][:2] == ("denial", "Lev Arno")
    assert said("en", "\u201cWe are not the ones who decide,\u201d Lev Arno said.")[0][0] == "quote"


def test_the_group_is_the_body_described_so_and_disputing_a_presence_denies_it():
    units = said(
        "en",
        "Al-Kessel, an al-Varda-affiliated militant group, has denied reports that it plotted an attack.",
        "The Veloria Security Agency said an al-Kessel cell had planned the attack.",
        "The group also disputed the presence of Lev Arno, an operative the agency named.",
    )
    assert [(k, s) for k, s, _ in units][-1] == ("denial", "Al-Kessel")


def test_a_name_whose_article_is_written_apart_after_a_title():
    found = quotes("\u201cWe will never allow it,\u201d General Al Vossel told army officers.")
    assert found == [("We will never allow it,", "Vossel")]
    found = quotes("\u201cWe will never allow it,\u201d General Al Dorran told army officers.")
    assert found == [("We will never allow it,", "Dorran")]
    assert said("en", "General Tarek Al Dorran said the road was open.")[0][1] == "Tarek Al Dorran"
    assert quotes("\u201cWe will never allow it,\u201d Al Vossel said in a statement.")[0][1] == "Vossel"
    assert said("en", "Commander Abu Karim said the road was open.")[0][1] == "Abu Karim"


def test_a_quotation_of_a_report_which_alleged_it_is_the_reports():
    units = said(
        "en",
        "Spokesman Lev Arno rejected a Meridian Post\u2019s report which alleged that \u201cif the war spreads, Veloria"
        " plans to send missiles to Ostra.\u201d",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "Lev Arno"), ("quote", "Meridian Post")]


def test_echoing_a_deniers_remarks_is_a_denial():
    units = said(
        "en",
        "General Tor Vossel said there was no rift with the brigade.",
        "Brigade commander General Lev Arno echoed General Vossel\u2019s comments.",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "Tor Vossel"), ("denial", "Lev Arno")]
    units = said(
        "en",
        "General Tor Vossel said the road was open.",
        "Brigade commander General Lev Arno echoed General Vossel\u2019s comments.",
    )
    assert [k for k, _, _ in units] == ["reported", "reported"]


def test_a_relative_clause_after_a_preposition_has_its_own_subject():
    units = said("en", "An audiotape emerged in which Lev Arno denied reports that he had been killed.")
    assert units[0][:2] == ("denial", "Lev Arno")


def test_reports_given_no_credence_said_to_justify_or_to_implicate_and_attempts_to_drag_a_name():
    assert said("en", "\u201cSuch reports cannot be given any credence,\u201d Lev Arno said.")[0][0] == "denial"
    assert (
        said("en", "\u201cSuch reports can only be viewed as malicious propaganda,\u201d Lev Arno said.")[0][0]
        == "denial"
    )
    text = "Lev Arno said the government was trying to implicate the brigade to cover up its failure."
    assert said("en", text)[0][0] == "denial"
    assert said("en", "The brigade said the enemy claims aimed at justifying the raids on Ostra.")[0][0] == "denial"
    text = "The ministry strongly rejects any attempt to drag its name into the tensions between the two states."
    assert said("en", text)[0][0] == "denial"
    assert said("en", "The ministry rejected attempts to reach a deal.")[0][0] == "reported"


def test_a_denier_calling_the_recent_reports_propaganda_restates_the_denial():
    units = said(
        "en",
        "Spokesman Lev Arno said a rift in the council is not true.",
        "Speaking to Meridian Wire, he added that recent propaganda about rifts shows that they want to stir up opinion.",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "Lev Arno"), ("denial", "Lev Arno")]


def test_a_participle_of_saying_right_after_a_name_is_that_names():
    found = quotes(
        "The Kessel Brigade released footage showing its commander in the north Brigadier Lev Arno declaring that"
        " the brigade \u201cwill move from Ostra toward the capital.\u201d"
    )
    assert found == [("will move from Ostra toward the capital.", "Lev Arno")]


def test_a_denier_saying_it_suffered_no_losses_after_but_restates_the_denial():
    units = said(
        "en",
        "A leader of the brigade denied the strikes had caused casualties.",
        "\u201cThere were drone strikes along the border, but we suffered no casualties,\u201d he claimed.",
    )
    assert [k for k, _, _ in units] == ["denial", "denial"]


def test_one_removed_from_office_speaks_and_keeping_out_of_a_quarrel_denies_nothing():
    text = "Lev Arno, dismissed by the premier, said in televised statements that war is an option."
    assert said("en", text) == [("reported", "Lev Arno", text)]
    assert said("en", "Lev Arno, sacked by the premier in May, said war is an option.")[0][:2] == (
        "reported",
        "Lev Arno",
    )
    text = "The commander, Lev Arno, distanced himself from the dispute between the two governments."
    assert said("en", text)[0][0] == "reported"
    assert said("en", "The brigade distanced itself from the attack.")[0][0] == "denial"


def test_taking_to_a_platform_to_convey_is_speech():
    units = said(
        "en",
        "The remarks came after Velorian Foreign Secretary Lev Arno took to X to convey his country\u2019s condemnation"
        " of the attack. \u201cWe strongly condemn attacks by armed groups against our forces.\u201d",
    )
    assert [(k, s) for k, s, _ in units] == [("reported", "Lev Arno"), ("quote", "Lev Arno")]


def test_a_quotation_before_a_name_s_statement_is_that_name_s():
    units = said(
        "en",
        "In a statement, the group Kessel denied any role in the raids.",
        "\u201cThe enemy\u2019s claims aim at justifying the raids,\u201d Kessel\u2019s statement further noted.",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "Kessel"), ("denial", "Kessel")]


def test_declining_to_comment_after_another_s_denial_restates_nothing():
    units = said(
        "en",
        "A security source denied the report.",
        "The army\u2019s press office would not confirm or deny the allegation, saying they do not comment on such"
        " reports.",
    )
    assert [k for k, _, _ in units] == ["denial", "reported"]


def test_a_quotation_rejecting_attempts_to_drag_the_speakers_name_denies():
    text = "\u201cVeloria strongly rejects any attempt to drag its name into the dispute,\u201d the ministry said."
    assert said("en", text)[0][:2] == ("denial", "the ministry")
    assert said("en", "\u201cVeloria rejects any attempt to reach a deal,\u201d the ministry said.")[0][0] == "quote"


# --- Arabic -------------------------------------------------------------------------------------------


def test_arabic_office_then_name_between_commas():
    units = said("ar", 'قال المتحدث باسم الوزارة، سامر الحداد، إن "الحدود مغلقة".')
    assert units == [("quote", "سامر الحداد", "الحدود مغلقة")]


def test_arabic_speech_after_a_colon_and_a_kunya_kept():
    units = said("ar", "وقال أبو علي الكرخي: القوات مستعدة لكل الاحتمالات.")
    assert units == [("quote", "أبو علي الكرخي", "القوات مستعدة لكل الاحتمالات")]


def test_arabic_verb_without_a_subject_and_the_surname_later():
    units = said(
        "ar", 'وأكد أبو علي الكرخي أن "القوات مستعدة".', 'وأضاف أن "الحدود آمنة".', 'وتابع الكرخي "لن نتراجع".'
    )
    assert [s for _, s, _ in units] == ["أبو علي الكرخي"] * 3


def test_arabic_denial_by_verb_and_by_cue():
    units = said("ar", "نفت وزارة الداخلية، اليوم الخميس، وجود قوات أجنبية في المدينة.")
    assert [(k, s) for k, s, _ in units] == [("denial", "وزارة الداخلية")]
    units = said("ar", 'وقال مصدر أمني إن "هذه الأخبار عارية عن الصحة".')
    assert [(k, s) for k, s, _ in units] == [("denial", "مصدر أمني")]


def test_arabic_the_ministry_and_the_statement_are_the_body_named_before():
    units = said(
        "ar",
        "وخرجت وزارة الداخلية في مؤتمر صحفي.",
        'وأوضحت الوزارة، في بيان لها، أن "الوثيقة مزورة".',
        'وأضاف البيان أن "التحقيق مستمر".',
    )
    assert [s for _, s, _ in units] == ["وزارة الداخلية", "وزارة الداخلية"]


def test_arabic_names_in_quotation_marks_are_not_quotations():
    index = NameIndex()
    index.add("Kessel Brigade", Known("kessel-brigade", "group", "militia", "Kessel Brigade"))
    index.add("لواء كسل", Known("kessel-brigade", "group", "militia", "Kessel Brigade"))
    units = said("ar", 'نفى "لواء كسل" إصدار أي بيان.', index=index)
    assert [(k, s) for k, s, _ in units] == [("denial", "Kessel Brigade")]


# --- Persian ------------------------------------------------------------------------------------------


def test_persian_speech_after_a_colon_and_he_added():
    units = said("fa", "رضا کاظمی گفت: نیروها آماده هستند.", "وی افزود: مرزها امن است.")
    assert units == [("quote", "رضا کاظمی", "نیروها آماده هستند"), ("quote", "رضا کاظمی", "مرزها امن است")]


def test_persian_a_relay_lead_and_a_name_in_guillemets():
    units = said("fa", "به گزارش خبرگزاری نمونه به نقل از شبکه دیگر، «رضا کاظمی» تصریح کرد: نیروها آماده هستند.")
    assert units == [("quote", "رضا کاظمی", "نیروها آماده هستند")]


def test_persian_quotation_before_its_verb():
    units = said("fa", 'وزارت کشور این گروه را "تروریستی" توصیف کرد.')
    assert units == [("quote", "وزارت کشور", "تروریستی")]


def test_persian_denial():
    units = said("fa", "وزارت کشور بامداد یکشنبه با صدور بیانیه‌ای، این خبر را تکذیب کرد.")
    assert [(k, s) for k, s, _ in units] == [("denial", "وزارت کشور")]


# --- names across scripts and spellings ------------------------------------------------------------


def test_letter_forms_zwnj_tatweel_and_the_article_fold_alike():
    assert name_key("الحشد الشعبی") == name_key("الحشد الشعبي") == name_key("حشد شعبي")
    assert name_key("نمی\u200cخواهد") == name_key("نمیخواهد")
    assert name_key("لواء كسل") == name_key("لواء کسل") == name_key("لواء كســل")
    assert name_key("إيران") == name_key("ايران")


def test_bodies_match_in_any_word_order_and_spelling():
    index = NameIndex()
    index.add(
        "Kessel Ministry of Defence",
        Known("kessel-defence-ministry", "actor", "ministry", "Kessel Ministry of Defence"),
    )
    assert index.lookup_bag("Kessel's defense ministry").id == "kessel-defence-ministry"
    assert name_bag("Iraq's Ministry of Defense") == name_bag("Iraqi Ministry of Defence")
    assert index.lookup_bag("defence ministry") is None  # two words of three: only proposed, never linked


class _Record:
    def __init__(self, id, label, kind="person", aliases=(), **fields):
        self.id, self.label, self.kind, self.status = id, label, kind, None
        self.aliases = [type("Alias", (), {"name": a})() for a in aliases]
        self.__dict__.update(fields)


class _Corpus:
    def __init__(self, **by_type):
        self.by_type = by_type

    def of_type(self, type_name):
        return self.by_type.get(type_name, [])


def test_transliteration_variants_of_a_surname_are_proposed_not_linked():
    assert consonants("Watut") == consonants("Watout") == consonants("\u0648\u062a\u0648\u062a") == "wtt"
    corpus = _Corpus(actor=[_Record("tarek-watout", "Tarek Watout"), _Record("lev-arno", "Lev Arno")])
    found = similar_records(corpus, "Iskander Watut", "actor", person=True)
    assert [rid for rid, _ in found] == ["tarek-watout"]
    assert "Watut" in found[0][1] and "Watout" in found[0][1]


def test_a_denial_lists_the_claims_it_most_likely_answers():
    citation = type("Citation", (), {"quote": "fighters crossed the Kessel Gate"})()
    claimant = type("Speaker", (), {"actor": "meridian-wire"})()
    corpus = _Corpus(
        claim=[
            _Record(
                "wire-fighters-crossed",
                "",
                summary="Meridian Wire said fighters crossed the gate",
                subjects=["kessel-gate", "kessel-brigade"],
                claimant=claimant,
                citations=[citation],
            ),
            _Record(
                "wire-flood",
                "",
                summary="Meridian Wire said the river flooded",
                subjects=["dornmark-province"],
                claimant=claimant,
                citations=[],
            ),
        ]
    )
    ranked = answered_claims(
        corpus, "kessel-brigade", ["kessel-gate"], "The brigade denied that fighters crossed the gate"
    )
    assert [cid for cid, _ in ranked] == ["wire-fighters-crossed"]
    assert "shared subjects: kessel-gate" in ranked[0][1]


# --- dates -----------------------------------------------------------------------------------------


def test_weekdays_are_read_against_the_publication_date():
    assert resolve_weekday("The ministry said on Thursday that", "2025-02-14")[0] == "2025-02-13"
    assert (
        resolve_weekday(
            "\u0646\u0641\u062a \u0627\u0644\u0648\u0632\u0627\u0631\u0629 \u064a\u0648\u0645 \u0627\u0644\u062e\u0645\u064a\u0633",
            "2025-02-14",
        )[0]
        == "2025-02-13"
    )
    assert (
        resolve_weekday(
            "\u0631\u0648\u0632 \u067e\u0646\u062c\u0634\u0646\u0628\u0647 \u06af\u0641\u062a", "2025-02-16"
        )[0]
        == "2025-02-13"
    )
    assert "day of publication" in resolve_weekday("on Friday", "2025-02-14")[1]
    assert resolve_weekday("on Thursday", "2025-02") is None  # a month: no guess
    assert resolve_weekday("on Monday and on Tuesday", "2025-02-14") is None  # two days: no guess
    assert resolve_weekday("next Monday", "2025-02-14") is None


def test_a_weekday_that_names_an_event_is_not_the_day_of_the_statement():
    # ('denied involvement in the Tuesday drone attack': the denial came later, on a day the text does not give)
    for text in (
        "The spokesman denied involvement in the Tuesday drone attack on the airport.",
        "The spokesman denied involvement in Tuesday\u2019s drone attack.",
        "The spokesman denied involvement in Tuesday's attack.",
    ):
        assert resolve_weekday(text, "2021-07-07") is None
    # the day the speaker spoke is still read, beside an event's day
    assert resolve_weekday("He said on Tuesday that the attack failed.", "2021-07-07")[0] == "2021-07-06"
    assert resolve_weekday("He denied on Wednesday any role in the Tuesday attack.", "2021-07-07")[0] == "2021-07-07"


def test_quoted_as_saying():
    found = quotes('Meridian Wire quoted the Velorian interior ministry as saying: "We will take all measures."')
    assert found == [("We will take all measures.", "the Velorian interior ministry")]


def test_a_paragraph_of_quotation_only_is_the_last_speaker_s():
    found = quotes(
        "\u201cNo one from the brigade fired,\u201d Dario Venn said in a televised address.",
        "\u201cI deny this accusation, which rests on no evidence.\u201d",
    )
    assert [s for _, s in found] == ["Dario Venn", "Dario Venn"]


def test_an_acronym_that_spoke_is_it():
    found = quotes(
        "\u201cThe survey went without incident,\u201d VDF-HQ told Meridian Wire.",
        "\u201cOur forces and the police work together,\u201d it added.",
    )
    assert [s for _, s in found] == ["VDF-HQ", "VDF-HQ"]


def test_he_did_something_and_said():
    found = quotes(
        "Lev Arno spoke on Monday.", "He condemned the strikes and said, the brigade \u201cwill not hesitate.\u201d"
    )
    assert found == [("will not hesitate.", "Lev Arno")]


def test_a_country_speaks_through_its_government():
    index = NameIndex()
    index.add("Veloria", Known("veloria", "place", "country", "Veloria"))
    units = said("en", "Veloria has rejected the claims that its forces crossed the river.", index=index)
    assert [(k, s) for k, s, _ in units] == [("denial", "Veloria")]


def test_the_shapes_named_in_the_issue():
    assert quotes(
        'Ilan Doret, residing in Kessel, confirmed to Meridian Wire the presence of "foreign fighters" in the town.'
    ) == [("foreign fighters", "Ilan Doret")]
    assert quotes("\u201cThe crossing stays closed,\u201d Dario Venn\u2019s statement read.") == [
        ("The crossing stays closed,", "Dario Venn")
    ]
    assert quotes("The lawmaker\u2019s claims \u201care baseless,\u201d the ministers said in their statement.") == [
        ("are baseless,", "the ministers")
    ]
    assert quotes(
        "Cleric Tomas Rell spoke out against the attacks, claiming that they \u201cserve the enemy.\u201d"
    ) == [("serve the enemy.", "Tomas Rell")]


def test_a_kunya_stays_in_the_name():
    found = quotes("Brigade spokesman Abu Karim al-Sayegh said the raids were part of a \u201cwider campaign.\u201d")
    assert found == [("wider campaign.", "Abu Karim al-Sayegh")]


def test_arabic_told_an_outlet_and_relayed_from():
    assert said("ar", 'وقال سامر الحداد لـ"شبكة نمو" إن "الحدود مغلقة".') == [("quote", "سامر الحداد", "الحدود مغلقة")]
    units = said("ar", 'ونقلت وكالة نمو عن المتحدث سامر الحداد قوله إن "الحدود مغلقة".')
    assert units == [("quote", "سامر الحداد", "الحدود مغلقة")]


def test_persian_a_sentence_opening_with_a_time_phrase():
    assert said("fa", "روز شنبه، رضا کاظمی گفت: نیروها آماده هستند.") == [("quote", "رضا کاظمی", "نیروها آماده هستند")]


def test_arabic_subject_before_its_verb():
    assert said("ar", "وكانت وزارة الداخلية قد نفت وجود قوات أجنبية.")[0][:2] == ("denial", "وزارة الداخلية")
    assert said("ar", "وزارة الداخلية تنفي وجود قوات أجنبية في المدينة.")[0][:2] == ("denial", "وزارة الداخلية")
    # a dateline before a past-tense verb is no subject
    assert said("ar", 'بغداد/ شبكة نمو- ذكرت وزارة الداخلية في بيان، أن "الحدود مغلقة".') == [
        ("quote", "وزارة الداخلية", "الحدود مغلقة")
    ]
    # feminine offices, and the subject ends before what is denied; the name after the office is the speaker
    assert said("ar", "نفت المتحدثة باسم الوزارة سلمى الراشد وجود قوات أجنبية.")[0][:2] == ("denial", "سلمى الراشد")


def test_calling_reports_baseless_is_a_denial():
    assert said("en", "The Kessel Brigade called the reports baseless and politically motivated.")[0][:2] == (
        "denial",
        "Kessel Brigade",
    )
    assert said("en", "The Kessel Brigade called on residents to stay home.")[0][0] == "reported"


def test_was_quoted_as_saying_and_verbs_of_judging():
    assert quotes('Lev Arno was quoted by Meridian Wire as saying: "We will not withdraw."') == [
        ("We will not withdraw.", "Lev Arno")
    ]
    assert quotes("Lev Arno condemned the \u201cbrutal aggression\u201d on the town.") == [
        ("brutal aggression", "Lev Arno")
    ]


def test_arabic_described_as():
    units = said("ar", "وخرجت وزارة الداخلية في مؤتمر صحفي.", 'ووصفت الوزارة في بيان الهجوم بأنه "عمل جبان".')
    assert units == [("quote", "وزارة الداخلية", "عمل جبان")]


def test_persian_according_to():
    assert said("fa", 'به گفته رضا کاظمی، "نیروها آماده هستند".') == [("quote", "رضا کاظمی", "نیروها آماده هستند")]


def test_a_body_whose_name_holds_a_records_name_is_proposed_across_types():
    corpus = _Corpus(
        group=[_Record("kessel-guard", "Kessel Guard", "armed-group", ["Harbour Guard"])],
        actor=[_Record("kessel-council", "Kessel Council", "organization")],
    )
    found = similar_records(corpus, "Commission of the Harbour Guard", "actor", person=False)
    assert [rid for rid, _ in found] == ["kessel-guard"]
    assert "holds the name 'Harbour Guard'" in found[0][1]
    assert similar_records(corpus, "Harbour Commission", "actor", person=False) == []  # one shared word is not enough


def test_a_surname_one_letter_apart_is_proposed_either_way_round():
    corpus = _Corpus(actor=[_Record("rafi-al-khazuni", "Rafi al-Khazuni"), _Record("lev-arno", "Lev Arno")])
    found = similar_records(corpus, "Kazuni", "actor", person=True)
    assert [rid for rid, _ in found] == ["rafi-al-khazuni"]
    assert "Kazuni" in found[0][1] and "Khazuni" in found[0][1]
    corpus = _Corpus(actor=[_Record("rafi-kazuni", "Rafi Kazuni")])
    assert [rid for rid, _ in similar_records(corpus, "Rafi Khazuni", "actor", person=True)] == ["rafi-kazuni"]
    # two letters apart is another name
    assert similar_records(corpus, "Rafi Khazumi", "actor", person=True) == []


def test_he_after_sources_including_a_person_is_that_person():
    units = said(
        "en",
        "But official sources pushed back on the reports, including Col. Lev Arno, spokesman for the mission.",
        "\u201cThe mission fired no shells that week,\u201d he said.",
    )
    assert ("quote", "Lev Arno", "The mission fired no shells that week,") in units


# --- round 5: denials and quotations of fresh development articles (made-up sentences) ---------------


def test_neither_nor_behind_it_and_a_statement_given_denying():
    units = said(
        "en",
        "The spokesperson for the Tehrik-i-Kessel Front, Dario Venn, has claimed that neither the front nor any of "
        "its cells were behind the blast.",
        "Venn said the front checked its ranks before he had given a statement in the media denying the front's role.",
        "When asked about the cells, the spokesperson said that they act alone.",
    )
    assert [(k, s) for k, s, _ in units][:2] == [("denial", "Dario Venn"), ("denial", "Dario Venn")]
    assert units[2][1] == "Dario Venn"  # 'the spokesperson for <body>, <name>' makes him 'the spokesperson'
    assert said("en", "Venn said neither side wanted talks.")[0][0] != "denial"


def test_added_something_to_something_is_no_speech():
    found = quotes(
        "Dario Venn said talks were far off and added that reporters had added \u2018needless drama\u2019 to the matter."
    )
    assert found == [("needless drama", "Dario Venn")]
    assert quotes("Dario Venn added, \u201cWe will return to the talks.\u201d")[0][1] == "Dario Venn"


def test_tweeted_denying_and_a_statement_that_the_media_spread_propaganda():
    assert said("en", "Front spokesman Lev Arno also tweeted denying the reports of the commander's death.")[0][:2] == (
        "denial",
        "Lev Arno",
    )
    units = said(
        "en",
        "Dario Venn released a video on Sunday.",
        "In the video he said that he was well and the media are spreading fake propaganda.",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "Dario Venn")]
    assert all(k != "denial" for k, _, _ in said("en", "Dario Venn said the front publishes propaganda videos."))


def test_a_state_and_a_description_deny_together_one_denial_each():
    index = NameIndex()
    index.add("Veloria", Known("veloria", "place", "country", "Veloria"))
    units = said("en", "Veloria and the Kessel-led alliance on Monday both denied reports of new strikes.", index=index)
    assert [(k, s) for k, s, _ in units] == [("denial", "Veloria"), ("denial", "the Kessel-led alliance")]
    assert len(said("en", "The ministers of defence and interior denied reports of new strikes.")) == 1


def test_a_quotation_that_says_the_side_did_not_do_it():
    units = said("en", "\u201cFACT: The Kessel Brigade did NOT shell the village last week,\u201d Lev Arno said.")
    assert units[0][:2] == ("denial", "Lev Arno")
    assert said("en", "\u201cThe Kessel Brigade did not expect the storm,\u201d Lev Arno said.")[0][0] == "quote"


def test_quoted_as_saying_after_a_stray_comma_and_dismissing_reports_without_a_comma():
    assert quotes("\u201cWe reject these claims,\u201d Dario Venn, was quoted as saying by Meridian Wire.") == [
        ("We reject these claims,", "Dario Venn")
    ]
    units = said(
        "en", "The Kessel Front said on Monday that its leader is alive dismissing reports that he was killed."
    )
    assert units[0][:2] == ("denial", "Kessel Front")


def test_notes_the_statement_after_a_quotation():
    found = quotes(
        "The Kessel Front issued a statement on Monday.",
        "\u201cThe front will hold the bridge,\u201d notes the statement.",
    )
    assert found == [("The front will hold the bridge,", "Kessel Front")]
    assert said("en", "The notes of the meeting were lost.") == []


def test_a_body_quoted_in_its_own_words_keeps_them_when_its_spokesman_denies_too():
    units = said(
        "en",
        "The Kessel Front said its leader is \u201csafe and well,\u201d dismissing reports of his death.",
        "Front spokesman Lev Arno called the reports false.",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "Kessel Front"), ("denial", "Lev Arno")]


def test_according_to_a_description_before_a_name_does_not_describe_the_name():
    units = said(
        "en",
        "The Velgrad Courier reported quoting a source in the interior ministry that Lev Arno was killed.",
        "According to the source, Arno was killed two days ago.",
    )
    assert all(speaker != "Lev Arno" for _, speaker, _ in units), units


def test_two_people_named_together_each_say_it():
    # (one claim each since round 53, as their denial is one denial each; before, one speaker 'Lev Arno and Petra Lind')
    units = said("en", "Lev Arno and Petra Lind said the talks had failed.")
    assert [(k, s) for k, s, _ in units] == [("reported", "Lev Arno"), ("reported", "Petra Lind")]


def _with_countries() -> NameIndex:
    index = NameIndex()
    index.add("Veloria", Known("veloria", "place", "country", "Veloria"))
    return index


def test_a_clause_of_what_the_speaker_was_doing_and_a_country_placing_a_place_come_between_subject_and_verb():
    sentence = (
        "Ministry spokesperson Petra Lind while responding to queries about reported strikes in Kessel, Veloria, "
        "categorically rejected the reports as \u201cbaseless\u201d."
    )
    assert [(k, s) for k, s, _ in said("en", sentence, index=_with_countries())] == [("denial", "Petra Lind")]
    # the country after a place is still the subject where the clause before names no one
    assert [
        s for _, s, _ in said("en", "After the meeting in Kessel, Veloria denied the reports.", index=_with_countries())
    ] == ["Veloria"]
    assert [
        s for _, s, _ in said("en", "Officials in Kessel, Veloria, denied the reports.", index=_with_countries())
    ] == ["officials in Kessel"]


def test_manner_words_in_scare_quotes_before_the_verb():
    units = said("en", 'The spokesman "strongly and categorically" refuted the media reports.')
    assert [(k, s) for k, s, _ in units] == [("denial", "the spokesman")]


def test_a_possessive_owner_and_an_epithet_before_a_body_that_denies():
    units = said("en", "Veloria's ruling Kessel Alliance strongly denied that any request had been made.")
    assert [(k, s) for k, s, _ in units] == [("denial", "Kessel Alliance")]


def test_appositives_one_after_another_lead_back_to_the_name():
    units = said(
        "en",
        "\u201cThe reports are inaccurate,\u201d Colonel Dan Brook, a spokesman for the task force, the "
        "coalition's joint command, tweeted.",
    )
    assert [s for _, s, _ in units] == ["Dan Brook"]


def test_reported_speech_before_an_inverted_verb_of_saying():
    assert said("en", "The rebels staged the capture, said Dan Brook.") == [
        ("reported", "Dan Brook", "The rebels staged the capture, said Dan Brook.")
    ]
    units = said(
        "en", "The rebels staged the capture, said the coalition spokesman on Monday while rubbishing the claims."
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "the coalition spokesman")]
    # the words that call the reports false are the speaker's, not the article's
    assert [(k, s) for k, s, _ in said("en", "The reports are false, said Dan Brook.")] == [("denial", "Dan Brook")]
    # a headline has no stop, and its 'says official' is left to the body
    assert said("en", "The rebels staged the capture, says coalition official") == []


def test_an_outlet_reporting_what_a_speaker_said_before_the_quotation_relays_it():
    units = said(
        "en",
        "Colonel Dan Brook in a press conference in Kessel on Monday said that, \u201cthe footage is fabricated,\u201d "
        "Meridian Wire reported.",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "Dan Brook")]
    assert [s for _, s, _ in said("en", "\u201cThe footage is fabricated,\u201d Meridian Wire reported.")] == [
        "Meridian Wire"
    ]


def test_a_charge_a_country_denies_and_a_charge_after_a_dash():
    sentence = "Officials in Kessel allege that the brigade's leaders hide in Veloria, a charge that Veloria denies."
    assert [(k, s) for k, s, _ in said("en", sentence, index=_with_countries())] == [("denial", "Veloria")]
    units = said("en", "Reports accused the Kessel Brigade of secret contacts\u2014allegations the group has denied.")
    assert [(k, s) for k, s, _ in units] == [("denial", "Kessel Brigade")]


def test_a_headline_label_answering_someone_and_one_set_in_guillemets():
    units = said("ar", "الوردي رداً على الإعلام الكسلي: لم ننفذ أي عملية خلال الساعات الماضية")
    assert [(k, s) for k, s, _ in units] == [("denial", "الوردي")]
    units = said("fa", "«جبهه نمونه»: یک عضو گروه را در کسلیا کشتیم")
    assert units == [("quote", "جبهه نمونه", "یک عضو گروه را در کسلیا کشتیم")]


def test_persian_lied_is_no_speech_of_the_one_who_lied():
    units = said(
        "fa",
        "سامی وردی نخست وزیر کسلیا گفت که سپاه در کسلیا فعالیتی ندارد.",
        "پایگاه خبری نمونه به نقل از وردی گزارش داد که دارا درباره فعالیت سپاه در کسلیا دروغ گفته است.",
    )
    assert [s for _, s, _ in units] == ["سامی وردی", "سامی وردی"]


def test_no_such_thing_restates_a_denial():
    units = said(
        "en",
        "A senior police official in Kessel has denied reports of a blast in the city.",
        "\u201cNo such information here,\u201d the senior police official said.",
    )
    assert [k for k, _, _ in units] == ["denial", "denial"]


def test_a_quotation_over_two_paragraphs_closed_by_a_straight_mark_is_the_speakers_named_where_it_closes():
    for mark in ('"', "\u201c"):
        units = said(
            "en",
            "Earlier, spokesman Dan Brook told the Kessel Press Agency that the coalition thwarted an attack.",
            f"{mark}What the enemy spokesman said about the attack is a false allegation.",
            'It shows their despair," a representative of the rebel forces said, as cited by Meridian TV.',
        )
        assert [(k, s) for k, s, _ in units] == [
            ("reported", "Dan Brook"),
            ("denial", "a representative of the rebel forces"),
            ("quote", "a representative of the rebel forces"),
        ]


def test_what_a_body_is_doing_where_and_a_phrase_before_the_subject_of_a_participle():
    units = said(
        "en", "The Kessel-led coalition fighting in Veloria dismissed a rebel claim that it struck the capital."
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "the Kessel-led coalition")]
    units = said(
        "en",
        "On diplomatic matters, Dan Brook addressed the minister's visit, describing it as an engagement "
        "\u201cnot directed against any country.\u201d",
    )
    assert [s for _, s, _ in units] == ["Dan Brook"]


def test_claims_dismissed_by_their_denier_with_no_auxiliary_and_as_what():
    units = said(
        "en", 'Complaints accused Lev Arno of hiring men for a unit, claims dismissed by Dario Venn as "defamation".'
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "Dario Venn")]
    assert [s for _, s, _ in said("en", 'The claims were dismissed by Lev Arno as "defamation".')] == ["Lev Arno"]


def test_persian_a_relative_clause_that_opens_with_its_object_has_no_subject_of_its_own():
    units = said("fa", "ارتش کسلیا اتهامات مطرح شده درباره سربازی که جان خود را از دست داد رد کرد.")
    assert [(k, s) for k, s, _ in units] == [("denial", "ارتش کسلیا")]


def test_persian_a_day_written_in_two_words_opens_the_sentence_before_its_subject():
    units = said("fa", "امروز سه شنبه سامی وردی وزیر کسلیا اذعان داشت که با نمایندگان حزب نمونه دیدار کرده است.")
    assert [s for _, s, _ in units] == ["سامی وردی"]


# Round 16, English denials


def test_no_conclusive_evidence_is_a_denial_in_reported_speech_and_in_a_quotation():
    units = said(
        "en",
        "A senior Ostravian official said on Monday there was no conclusive evidence that the Grey Banner Brigade "
        "had received Velorian drones.",
        'Asked about the drones, ministry spokesman Lev Arno replied: "There is no conclusive evidence."',
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "a senior Ostravian official"), ("denial", "Lev Arno")]


def test_rumours_given_a_purpose_are_denied_but_not_an_act_given_one():
    units = said(
        "en",
        "Dario Venn said in an interview that the purpose of these rumours is to undermine trust between the "
        "fighters and their commanders.",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "Dario Venn")]
    units = said("en", "Dario Venn said the aim of the raid was to undermine trust between the fighters.")
    assert [k for k, _, _ in units] == ["reported"]


def test_a_claim_also_later_denied_by_its_denier():
    units = said("en", "The report was also later denied by a spokesman for the Grey Banner Brigade, an armed group.")
    assert [(k, s) for k, s, _ in units] == [("denial", "a spokesman for the Grey Banner Brigade")]
    assert [k for k, _, _ in said("en", "The proposal was also rejected by the council.")] == ["reported"]


def test_troops_said_not_to_have_been_shelled():
    units = said(
        "en",
        "In a statement, the Ostravian army said soldiers at the Kessel crossing were not shelled by Velorian "
        "artillery.",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "the Ostravian army")]


def test_a_side_that_released_no_statement_and_a_body_named_with_of_the():
    units = said("en", '"Veloria did not release any statement about the talks," the source said.')
    assert [k for k, _, _ in units] == ["denial"]
    assert [k for k, _, _ in said("en", '"The brigade did not release the prisoners," Lev Arno said.')] == ["quote"]
    units = said(
        "en",
        "Army spokesman Lev Arno confirmed that \u201cthe Air Force of the Kessel army has not carried out any "
        "operation against the coalition in the past day.\u201d",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "Lev Arno")]


def test_denouncing_those_who_spread_lies_and_moving_to_deny():
    units = said(
        "en",
        "Dario Venn denounced \u201cthe voices of some traitors,\u201d spreading rumours and lies about false "
        "disputes within the brigade.",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "Dario Venn")]
    assert [k for k, _, _ in said("en", "Dario Venn denounced the attack on the convoy.")] == ["reported"]
    units = said(
        "en",
        "Amid accusations of having played a role in a bombing in Kessel, Veloria moves to deny any involvement.",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "Veloria")]


def test_no_forces_landed_or_crossed():
    units = said(
        "en",
        "\u201cI can assure you that no [coalition] forces landed in Kessel today,\u201d spokesman Lev Arno told "
        "Meridian TV.",
        "The Grey Banner Brigade said no Velorian troops crossed the border.",
        "Ilse Marrow said no aid trucks crossed the border.",
    )
    assert [(k, s) for k, s, _ in units] == [
        ("denial", "Lev Arno"),
        ("denial", "Grey Banner Brigade"),
        ("reported", "Ilse Marrow"),
    ]


def test_a_contracted_negative_denies_as_the_full_one():
    units = said(
        "en",
        "The Grey Banner Brigade said it didn\u2019t carry out the attack.",
        "Lev Arno told Meridian Wire that the brigade hadn't fired a shot.",
        "Ilse Marrow said it doesn't have any fighters in Kessel.",
        "Dario Venn said he didn't expect the talks to fail.",
    )
    assert [(k, s) for k, s, _ in units] == [
        ("denial", "Grey Banner Brigade"),
        ("denial", "Lev Arno"),
        ("denial", "Ilse Marrow"),
        ("reported", "Dario Venn"),
    ]


def test_a_charge_made_without_evidence_is_the_writers_aside_not_a_denial():
    units = said(
        "en",
        "Dario Venn also accused Ostravia without any evidence of sheltering members of the Grey Banner Brigade.",
        "Ilse Marrow claimed, without offering proof, that Ostravia shelters the brigade.",
        "Lev Arno said the claims were without any evidence.",
    )
    assert [(k, s) for k, s, _ in units] == [
        ("reported", "Dario Venn"),
        ("reported", "Ilse Marrow"),
        ("denial", "Lev Arno"),
    ]


def test_an_event_said_to_be_made_up_and_propaganda_rarely_true():
    units = said(
        "en",
        "The brigade had claimed that the Ostravian government made up the confrontation at the border.",
        '"Brigade propaganda is rarely true or newsworthy," a Velorian official said.',
        "Lev Arno said Kessel fighters made up the majority of the force.",
    )
    assert [(k, s) for k, s, _ in units] == [
        ("denial", "the brigade"),
        ("denial", "a Velorian official"),
        ("reported", "Lev Arno"),
    ]


def test_a_continued_quotation_that_calls_the_words_debunked_by_the_facts():
    units = said(
        "en",
        "Dario Venn denounced the voices of some traitors spreading rumours about the brigade.",
        "\u201cThese voices questioned the fighters\u2019 loyalty, while extending a strange discourse that is debunked "
        "by the facts on the ground.\u201d",
    )
    assert [(k, s) for k, s, _ in units] == [("reported", "Dario Venn"), ("denial", "Dario Venn")]
    units = said("en", "Lev Arno said the facts on the ground refute these claims.")
    assert [(k, s) for k, s, _ in units] == [("denial", "Lev Arno")]


# Round 16, English speakers


def test_denounced_brings_its_quotation_and_a_paragraph_of_quotation_after_it_is_the_same_speakers():
    found = quotes(
        "Spokesman for the Kessel Brigade, Colonel Lev Arno, said in a statement that the force is united.",
        "Arno denounced \u201cthe voices of some traitors,\u201d spreading lies about disputes in the ranks.",
        "\u201cThese voices questioned the army\u2019s competence.\u201d",
    )
    assert found == [
        ("the voices of some traitors,", "Lev Arno"),
        ("These voices questioned the army\u2019s competence.", "Lev Arno"),
    ]
    # without a quotation 'denounced' reports what was said, as 'condemned' does
    assert [(k, s) for k, s, _ in said("en", "The Grey Banner Brigade denounced the raid on the depot.")] == [
        ("reported", "Grey Banner Brigade")
    ]


def test_quotations_joined_by_and_therefore_are_a_paragraph_of_quotation():
    found = quotes(
        "Lev Arno said they plan to take legal measures against these units.",
        '"These three units have no interest in calm" and therefore "they work against us."',
    )
    assert found == [("These three units have no interest in calm", "Lev Arno"), ("they work against us.", "Lev Arno")]


def test_said_a_name_then_a_clause_of_when():
    found = quotes(
        '"Three units are plotting against us," said Colonel Lev Arno when reached by Meridian Wire on Sunday.'
    )
    assert found == [("Three units are plotting against us,", "Lev Arno")]


def test_the_report_is_the_one_who_reported():
    found = quotes(
        "Meridian Wire, a news outlet, reported on Monday that Lev Arno had told officials of his fears.",
        "The report further said that Arno\u2019s visits take place while \u201csuspicious movements\u201d are under way.",
    )
    assert found == [("suspicious movements", "Meridian Wire")]
    found = quotes(  # an outlet whose name reads as a person's
        "Ilse Marrow, a news outlet in Kessel, reported on Monday that Lev Arno had told officials of his fears.",
        "“Arno fears a coup,” stressed the report.",
    )
    assert found == [("Arno fears a coup,", "Ilse Marrow")]


def test_a_quotation_then_adding_that_goes_on_with_the_speaker_before():
    found = quotes(
        "Speaking to Meridian Wire, Lev Arno added that talk of rifts was meant to stir up opinion.",
        '"Those remarks show that analysts do not know our ranks." Adding that the brigade is united.',
    )
    assert found == [("Those remarks show that analysts do not know our ranks.", "Lev Arno")]


def test_doubled_single_marks_are_a_double_mark():
    found = quotes(
        "Lev Arno spoke to a radio station in Ostravia.",
        "\u2018\u2019 I am alive. Nothing has happened to me, Kessel\u2019s men are well,\u2019\u2019 he said.",
    )
    assert found == [(" I am alive. Nothing has happened to me, Kessel\u2019s men are well,", "Lev Arno")]
    assert quotes("Dario Venn spoke on Monday.", "''We are still here,'' he said.") == [
        ("We are still here,", "Dario Venn")
    ]


def test_another_in_the_same_sentence_is_another_of_the_one_described_before_it():
    found = quotes(
        "Lawmakers in Kessel dismissed the reports.",
        "One lawmaker called the plan \u201ca dream,\u201d while another said disbanding the brigade would be "
        "\u201cimpossible.\u201d",
    )
    assert found == [("a dream,", "one lawmaker"), ("impossible.", "another lawmaker")]


def test_one_of_the_individuals_is_a_description_of_people():
    found = quotes(
        "The expelled lawmaker Lev Arno denied the claims.",
        "One of the individuals who filed a complaint said in an interview that the lists were published online, "
        "adding that \u201cwe were taken there by car.\u201d",
    )
    assert found == [("we were taken there by car.", "one of the individuals")]


def test_a_name_set_in_quotation_marks_is_the_subject_of_the_verb_after_it():
    found = quotes(
        "Fighting went on in Kessel.",
        "On Friday, the \u201cKessel guard force,\u201d made up of several brigades in the capital, announced an "
        "operation to expel the \u201coutlaws\u201d from the city.",
    )
    assert found == [("Kessel guard force,", None), ("outlaws", "Kessel guard force")]
    found = quotes('" Dario Venn," added: "We did not agree to the statement as it was issued."')
    assert found == [(" Dario Venn,", None), ("We did not agree to the statement as it was issued.", "Dario Venn")]


def test_a_statement_issued_at_the_end_of_a_bodys_meeting_is_that_bodys():
    found = quotes(
        "The Kessel Security Council (KSC) on Monday asked Ostravia to stop sheltering armed groups.",
        "The strongly worded statement issued at the end of the KSC meeting, which lasted two days, said: "
        "\u201cKessel\u2019s security is not negotiable.\u201d",
    )
    assert found == [("Kessel\u2019s security is not negotiable.", "Kessel Security Council")]


def test_a_next_sentence_with_no_verb_that_names_the_speaker_in_comments_to_an_outlet():
    found = quotes(
        "The Grey Banner Brigade denied any link to the blasts in Kessel.",
        '"We deny any connection to the explosions, the brigade does not carry out such operations." . The official '
        'spokesman for the Grey Banner Brigade, "Lev Arno," in private comments for Meridian Wire.',
    )
    assert found[0] == (
        "We deny any connection to the explosions, the brigade does not carry out such operations.",
        "the official spokesman for the Grey Banner Brigade",
    )


def test_media_reports_speak_for_what_they_claim_and_the_reports_after_them():
    found = quotes(
        "The Kessel ministry rejected the reports as \u201cbaseless\u201d.",
        "The media reports claimed that Ostravian forces struck Kessel, \u201cafter repeated warnings.\u201d",
        "The reports further claimed that the strike came at dawn and \u201cjets hit targets in the valley.\u201d",
    )
    assert found == [
        ("baseless", "the Kessel ministry"),
        ("after repeated warnings.", "the media reports"),
        ("jets hit targets in the valley.", "the media reports"),
    ]


def test_the_leader_with_a_proper_adjective_is_not_one_described_otherwise():
    found = quotes(
        "Grey Banner Brigade leader Dario Venn denied receiving any weapons from Ostravia.",
        "Ostravian President Lev Arno pledged to hand over the arms.",
        "The Ostravian leader told Meridian TV that the deal will be honoured. The stockpile, he said, is "
        "\u201cin safe places.\u201d",
    )
    assert found == [("in safe places.", "the Ostravian leader")]


# --- English, round 17 ------------------------------------------------------------------------------


def test_a_kunya_before_a_family_name_in_i_keeps_the_given_name():
    # ('Kessi' after 'Abu' is a family name, not a nationality's adjective before 'said')
    found = quotes("\u201cThe claims are false,\u201d brigade spokesman Dario Abu Kessi announced on Thursday.")
    assert found == [("The claims are false,", "Dario Abu Kessi")]


def test_a_clarification_published_refuting_claims_is_its_publishers_denial():
    units = said(
        "en",
        "The Media Center of the Grey Banner Brigade published a clarification on its Telegram account refuting the "
        "latest Ostravian claims about the fighting.",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "Media Center of the Grey Banner Brigade")]


def test_a_body_with_its_leader_named_after_it_without_commas_is_the_denier():
    units = said(
        "en",
        "The KBF under the leadership of Dario Venn Wednesday denied press reports that it held talks with Ostravia.",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "KBF")]
    units = said("en", "The Grey Banner Brigade led by Lev Arno denied reports that it shelled Kessel.")
    assert [(k, s) for k, s, _ in units] == [("denial", "Grey Banner Brigade")]


def test_a_side_that_did_not_meet_a_delegation_denies():
    units = said(
        "en",
        "\u201cThe KBF did not meet a government delegation as it claimed,\u201d the movement\u2019s secretary-general "
        "Lev Arno said in a statement.",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "Lev Arno")]
    # (missing a deadline or demands is no meeting denied)
    units = said("en", "\u201cWe did not meet the deadline,\u201d Lev Arno said.")
    assert [(k, s) for k, s, _ in units] == [("quote", "Lev Arno")]


def test_a_spokesman_of_a_wing_named_after_him_is_the_speaker_and_he_after():
    found = quotes(
        "A spokesman of the Kessel Movement\u2019s military wing, the Grey Banner Brigades, expressed in a press "
        "statement \u201csurprise and puzzlement\u201d about the reports.",
        "\u201cWe stand with our neighbours,\u201d he said.",
    )
    assert found == [
        ("surprise and puzzlement", "a spokesman of the Kessel Movement\u2019s military wing"),
        ("We stand with our neighbours,", "a spokesman of the Kessel Movement\u2019s military wing"),
    ]


def test_a_name_before_the_comma_of_the_spokesperson_said_is_not_the_spokesperson():
    # ('Dario Venn, the spokesperson said' is no appositive: the spokesperson is the one named so before)
    found = quotes(
        "Foreign Office Spokesperson Lev Arno said the talks went well.",
        "Responding to criticism of Prime Minister-designate Dario Venn, the spokesperson said: \u201cKessel media "
        "needs to grow up.\u201d",
    )
    assert found == [("Kessel media needs to grow up.", "Lev Arno")]


def test_the_deaths_reported_as_a_condition_contrary_to_fact_are_denied():
    units = said(
        "en",
        "The Kessel spokesman, Lev Arno, said Monday that if 12 members of the brigade had been killed, it would have "
        "been visible. \u201cIf there had been fatalities, we would have held funerals.\u201d",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "Lev Arno"), ("denial", "Lev Arno")]
    # (a condition that says what did happen is none)
    units = said("en", "Lev Arno said that if the army had not intervened, the town would have fallen.")
    assert [(k, s) for k, s, _ in units] == [("reported", "Lev Arno")]


def test_the_other_side_said_to_publish_rumours_or_deceive_the_public_is_denied():
    units = said(
        "en",
        "\u201cThey have published several rumours about Kessel, including claiming our commander was in Ostravia,\u201d "
        "Lev Arno added.",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "Lev Arno")]
    units = said(
        "en",
        "Lev Arno claimed that these outlets \u201ctry to state their wishes in an attempt to deceive "
        "public minds.\u201d",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "Lev Arno")]


def test_a_statement_put_out_in_ones_name_disowned_is_denied():
    units = said(
        "en",
        "The media office of the Grey Banner Brigade told Meridian Wire that the brigade didn\u2019t agree to this "
        "statement, and it was published without its knowledge.",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "the media office of the Grey Banner Brigade")]
    units = said("en", "Lev Arno said the leaked statement has not been approved by the factions.")
    assert [(k, s) for k, s, _ in units] == [("denial", "Lev Arno")]
    # (a plan or a deal not agreed to is no statement disowned)
    units = said("en", "Lev Arno said the brigade did not agree to the plan.")
    assert [(k, s) for k, s, _ in units] == [("reported", "Lev Arno")]


def test_a_body_that_denies_a_leaders_death_is_not_spoken_for_by_him():
    # (the words before his name, 'the brigade denied that', are a clause, not his title)
    units = said(
        "en",
        "State television reported that the dreaded militant leader Dario Venn was killed.",
        "At least ten other Kessel Brigade fighters died in the attack that is said to have killed Venn.",
        "Within hours of the report the Kessel Brigade denied that Venn had been killed.",
        "Later an audio message came in which Venn denied reports that he had been killed.",
    )
    assert [s for k, s, _ in units if k == "denial"] == ["Kessel Brigade", "Dario Venn"]


def test_what_was_said_called_nearer_wishes_than_facts_or_a_habit_of_blaming_or_a_ploy_is_denied():
    units = said("en", "\u201cThe figures being circulated are closer to wishes than to facts,\u201d Lev Arno said.")
    assert [(k, s) for k, s, _ in units] == [("denial", "Lev Arno")]
    units = said(
        "en", "\u201cOstravian officials have a habit of blaming Veloria for their failures,\u201d Ilse Marrow said."
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "Ilse Marrow")]
    units = said(
        "en",
        "\u201cThe president is trying to win votes with such allegations,\u201d the statement by the Kessel Brigade "
        "continued.",
    )
    assert [k for k, _, _ in units] == ["denial"]
    # (a motive with no charge named is none)
    units = said("en", "\u201cThe president is trying to win votes with these promises,\u201d Lev Arno said.")
    assert [(k, s) for k, s, _ in units] == [("quote", "Lev Arno")]


def test_the_group_is_the_armed_body_that_spoke_not_a_group_it_only_named():
    # 'The group said' after an armed force criticised another body's report: news calls the armed force 'the group'
    units = said(
        "en",
        "The Kessel Defence Forces on Saturday criticized a report by the Ostravian Watch Network, calling the "
        "allegations \u201cbaseless\u201d.",
        "The group added that its leadership \u201cpunishes every abuse by its fighters.\u201d",
    )
    assert units[-1][:2] == ("quote", "Kessel Defence Forces")


def test_the_group_is_a_group_that_spoke_when_one_did():
    units = said(
        "en",
        "The Kessel Defence Forces said the Grey Banner Brigade had attacked the depot.",
        "The Grey Banner Brigade denied it. \u201cWe were far from there,\u201d the group said.",
    )
    # (its words restate its denial since round 51, 'far from there' as 'we were not there': a denial, still the group's)
    assert units[-1][:2] == ("denial", "Grey Banner Brigade")


# --- English, round 18 ------------------------------------------------------------------------------


def test_a_name_with_the_urdu_article_written_apart_is_one_name():
    # 'ul' and 'ud' join the words of Urdu names of bodies as 'al' does in Arabic ones
    units = said("en", "Ostravia: Jamaat ud Veloria has refuted police claims, saying the man was not a member.")
    assert [(k, s) for k, s, _ in units] == [("denial", "Jamaat ud Veloria")]
    units = said("en", "Harkat ul Kessel has rejected the police claims.")
    assert [(k, s) for k, s, _ in units] == [("denial", "Harkat ul Kessel")]


def test_where_it_was_said_with_a_hyphened_occasion_word_is_stepped_over():
    units = said(
        "en",
        "Police arrested Lev Arno.",
        "Kessel Operational Spokesman, Dario Venn in a tele-statement to Meridian Wire condemned the police claims, "
        "saying that Arno was not a member.",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "Dario Venn")]


def test_a_body_described_twice_before_its_name_is_the_subject():
    units = said(
        "en", "The Ostravia-based militant group Kessel Banner has denied that the attack was carried out by them."
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "Kessel Banner")]


def test_quoted_on_a_day_denying_is_its_subjects_denial_not_the_subordinate_clauses():
    units = said(
        "en",
        "A day after the Ostravia police claimed the arrest of a Kessel militant, the Grey Banner Brigade was quoted on "
        "Friday denying the charge.",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "Grey Banner Brigade")]


def test_a_place_right_before_saying_is_not_its_subject_nor_he_after():
    units = said(
        "en",
        "Lev Arno, a brigade spokesman, spoke on Monday.",
        "He also refuted reports that the brigade had threatened aid workers in Kessel saying that it had issued no "
        "warning.",
        "He warned others against using the brigade's name.",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "Lev Arno"), ("reported", "Lev Arno")]


def test_no_affiliations_or_connections_in_the_plural_deny_a_part_as_the_singular_does():
    units = said(
        "en",
        "Lev Arno, a Kessel Brigade spokesman, spoke on Monday.",
        "The gunmen have no affiliations with the Kessel Brigade, he said.",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "Lev Arno")]
    units = said("en", "Lev Arno, a Kessel Brigade spokesman, said the gunmen had no connections to the brigade.")
    assert [(k, s) for k, s, _ in units] == [("denial", "Lev Arno")]


def test_he_after_x_said_that_y_denied_is_x():
    # 'X said that Y had denied ...' then '"...," he added': the sentence's subject X, not Y inside his report
    found = quotes(
        "Lev Arno, head of the Kessel bloc, said on Tuesday that the governor, Dario Venn, had denied the reports.",
        "\u201cVenn told me himself that the story is untrue,\u201d he added.",
    )
    assert found == [("Venn told me himself that the story is untrue,", "Lev Arno")]


def test_two_people_of_one_body_deny_each_in_their_own_name():
    # a body's delegation head and its representative each deny: neither's denial is drafted as the other's, and the
    # body's own denial stays the body's
    found = said(
        "en",
        "The Grey Banner Brigade denied on Monday any role in the raids.",
        "Lev Arno, head of the Grey Banner Brigade delegation, rejected claims of foreign funding.",
        "Grey Banner Brigade representative Dario Venn spoke after him.",
        "He said the brigade had no role in the killings.",
    )
    deniers = [speaker for kind, speaker, _ in found if kind == "denial"]
    assert deniers == ["Grey Banner Brigade", "Lev Arno", "Dario Venn"]


def test_his_remarks_were_a_reply_to_another_keeps_the_speaker():
    # 'His remarks were a reply to X in his interview' names X only as the one answered: a paragraph of quotation
    # after it is still the speaker's
    found = quotes(
        "Kessel Brigade spokesman Lev Arno told Meridian TV that the reports were lies.",
        "His remarks were a reply to the Ostravian envoy Dario Venn in his recent interview with Veloria Radio.",
        "\u201cNo one from the brigade was near the border that night.\u201d",
    )
    assert found == [("No one from the brigade was near the border that night.", "Lev Arno")]


def test_a_denial_after_another_s_quotation_does_not_cite_it():
    # '"...," X said, accusing Y of ..., a charge Y has denied': Y denies, but X's quotation is not Y's words
    found = said(
        "en",
        "\u201cWe get no help from anyone,\u201d Lev Arno said, accusing Ostravia of arming the Kessel guard, a charge "
        "Ostravia has denied.",
    )
    assert ("quote", "Lev Arno", "We get no help from anyone,") in found
    denial = next(words for kind, speaker, words in found if kind == "denial" and speaker == "Ostravia")
    assert "We get no help" not in denial
