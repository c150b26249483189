"""General rules of how English news attributes speech and reports denials (issue 17), on made-up sentences.

Each test is one rule that holds across outlets: one denial per denier per source, datelines, offices named
later, what 'it' refers to, a state speaking through its officials. The names are fictional.
"""

from __future__ import annotations

import pytest

from generator.draft.build import Builder
from generator.draft.names import Known, NameIndex
from generator.model.archive import ArchivedText
from tests.draft.conftest import analyse, built, quotes, said


def drafts(*paragraphs: str, index: NameIndex | None = None) -> list[dict]:
    """The claim and denial records drafted from 'Title' plus ``paragraphs``, as the builder writes them."""
    return [d for d in built("en", *paragraphs, index=index) if d["type"] in ("claim", "denial")]


def _veloria() -> NameIndex:
    index = NameIndex()
    index.add("Veloria", Known("veloria", "place", "country", "Veloria"))
    return index


def test_one_denial_per_denier_per_source_citing_each_place():
    found = drafts(
        "The Kessel Brigade denied any role in the raid on the depot.",
        "Residents said the town was quiet.",
        "In a second statement, the Kessel Brigade rejected the accusations of the governor.",
    )
    denials = [d for d in found if d["type"] == "denial"]
    assert len(denials) == 1
    assert [c["paragraph"] for c in denials[0]["citations"]] == [2, 4]
    assert denials[0]["denied"] == "any role in the raid on the depot; the accusations of the governor"


def test_what_a_verb_denies_leads_a_denial_first_drafted_from_words_calling_it_false():
    found = drafts(
        "The Kessel Brigade said the reports were lies.",
        "The Kessel Brigade denied any role in the raid on the depot.",
    )
    (denial,) = [d for d in found if d["type"] == "denial"]
    assert denial["summary"] == "Kessel Brigade denied any role in the raid on the depot."
    assert denial["denied"].startswith("any role in the raid on the depot; ")


def test_a_quotation_running_on_into_the_next_paragraph_denies_as_its_speaker():
    found = drafts(
        "\u201cNo fighter of ours went near the depot,\u201d Lev Arno said in a televised address.",
        "\u201cI categorically deny this accusation, which rests on nothing.\u201d",
        "\u201cThe season has been dry.\u201d",
    )
    (denial,) = [d for d in found if d["type"] == "denial"]
    assert denial["denier"] == {"actor": "lev-arno"}
    assert [c["paragraph"] for c in denial["citations"]] == [3]
    claims = [d for d in found if d["type"] == "claim"]
    assert [c["citations"][0]["paragraph"] for c in claims] == [2, 4]  # the last runs on, but denies nothing
    assert {c["claimant"]["actor"] for c in claims} == {"lev-arno"}


def test_a_headline_denial_is_another_place_of_the_bodys_denial_by_the_same_denier():
    found = drafts(
        "Kessel Brigade denies role in depot raid",
        "The Kessel Brigade on Monday denied any role in the raid on the depot at Port Sable.",
    )
    (denial,) = [d for d in found if d["type"] == "denial"]
    assert [c["paragraph"] for c in denial["citations"]] == [2, 3]
    # a headline's denier the body does not bear out is left out
    found = drafts(
        "Dornmark Front denies role in depot raid",
        "The Kessel Brigade on Monday denied any role in the raid on the depot at Port Sable.",
    )
    assert [(d["denier"], [c["paragraph"] for c in d["citations"]]) for d in found if d["type"] == "denial"] == [
        ({"actor": "kessel-brigade"}, [3])
    ]


def test_two_named_together_deny_one_denial_each():
    found = drafts("The Kessel Brigade and the Dornmark Front on Monday denied any role in the raid.")
    assert [d["denier"] for d in found if d["type"] == "denial"] == [
        {"actor": "kessel-brigade"},
        {"actor": "dornmark-front"},
    ]
    # two names with no article between them, which could also be one long name, are two where each is a name
    found = drafts("Kessel Brigade and Dornmark Front have both denied any role in the raid.")
    assert [d["denier"] for d in found if d["type"] == "denial"] == [
        {"actor": "kessel-brigade"},
        {"actor": "dornmark-front"},
    ]
    # two people, one with a title: each denies, and neither speaks for the other
    found = drafts("Spokesman Lev Arno and Petra Lind denied the reports of a raid.")
    assert [d["denier"] for d in found if d["type"] == "denial"] == [{"actor": "lev-arno"}, {"actor": "petra-lind"}]
    # a name and a description of one body: one denial each, the description as written
    found = drafts("The Kessel Brigade and the ministry of Veloria denied any role in the raid.")
    assert [d["denier"] for d in found if d["type"] == "denial"] == [
        {"actor": "kessel-brigade"},
        {"described_as": "the ministry of Veloria"},
    ]
    # many people with a body are left as written, for the editor
    (joint,) = drafts("The Kessel Brigade and residents of the town denied any role in the raid.")
    assert joint["denier"] == {"described_as": "the Kessel Brigade and residents of the town"}


def test_different_deniers_keep_their_own_denials():
    found = drafts(
        "The Kessel Brigade denied any role in the raid.",
        "The Dornmark Front also denied any role in the raid.",
    )
    assert [d["denier"] for d in found if d["type"] == "denial"] == [
        {"actor": "kessel-brigade"},
        {"actor": "dornmark-front"},
    ]


def test_a_dateline_is_not_the_subject():
    units = said("en", "VELGRAD, Mar. 03 (MWA) \u2013 The Kessel Brigade has denied any role in the raid.")
    assert [(k, s) for k, s, _ in units] == [("denial", "Kessel Brigade")]
    units = said("en", "Velgrad, VNA-Veloria has categorically denied the reports of a raid.", index=_veloria())
    assert [(k, s) for k, s, _ in units] == [("denial", "Veloria")]
    units = said("en", "BAGHDAD (Reuters) - The Kessel Brigade said on Friday it would withdraw.")
    assert [(k, s) for k, s, _ in units] == [("reported", "Kessel Brigade")]
    units = said("en", "VELGRAD / The Kessel Brigade denied today the reports of a raid.")
    assert [(k, s) for k, s, _ in units] == [("denial", "Kessel Brigade")]


def test_an_office_is_the_person_the_article_names_in_it():
    units = said(
        "en",
        "Velorian Interior Ministry spokesman has dismissed the reports as baseless.",
        "In a statement, Velorian Interior Ministry spokesman Lev Arno said the border was closed.",
        "The spokesman of the Velorian Interior Ministry noted that the crossing would reopen.",
    )
    assert [s for _, s, _ in units] == ["Lev Arno", "Lev Arno", "Lev Arno"]


def test_an_unnamed_source_or_a_second_holder_stays_unnamed():
    units = said(
        "en",
        "Interior Ministry spokesman Lev Arno said the border was closed.",
        "A ministry official said the crossing would reopen.",
    )
    assert [s for _, s, _ in units] == ["Lev Arno", "a ministry official"]
    units = said(
        "en",
        "Army spokesman Lev Arno said the border was closed.",
        "Police spokesman Dario Venn said the road was open.",
        "The spokesman said the town was calm.",
    )
    assert units[2][1] != "Lev Arno"


def test_it_is_the_body_that_spoke_last_even_one_of_unknown_kind():
    found = quotes(
        "Meanwhile, Zarnuk said in a statement that the talks had failed.",
        "\u201cThe road stays open,\u201d it added.",
    )
    assert found == [("The road stays open,", "Zarnuk")]


def test_a_body_and_the_one_who_speaks_for_it_make_one_denial():
    # a state, then its spokesman in his own words: two deniers, each at its own place, as the gold names them (before
    # round 45 one denial, by the spokesman, citing both places: the state's place was drafted as his)
    found = drafts(
        "On Saturday, Veloria denied a report that it had sent rockets to the Kessel Brigade.",
        "\u201cThe report is an unfounded lie,\u201d Velorian Foreign Ministry spokesman Lev Arno said.",
        index=_veloria(),
    )
    assert [(d["type"], d["denier"], len(d["citations"])) for d in found] == [
        ("denial", {"described_as": "Veloria"}, 1),
        ("denial", {"actor": "lev-arno"}, 1),
    ]
    assert found[0]["denied"] == "a report that it had sent rockets to the Kessel Brigade"
    # a group, then its spokesman, named with its full name in his title: two deniers too
    found = drafts(
        "The Kessel Brigade described the report as \u201cworthless.\u201d",
        "\u201cThe report is worthless,\u201d official spokesman of the Kessel Brigade (KB) and newly-elected MP "
        "Dario Venn told Meridian Wire.",
    )
    assert [(d["type"], d["denier"]) for d in found] == [
        ("denial", {"actor": "kessel-brigade"}),
        ("denial", {"actor": "dario-venn"}),
    ]
    # an office written as the group's: one denial (an office is no person denying in his own name)
    found = drafts(
        "The Kessel Brigade\u2019s Media Office denied the reports of a raid.",
        "In a statement, the Kessel Brigade said the reports were completely false.",
    )
    assert [(d["type"], len(d["citations"])) for d in found] == [("denial", 2)]


def test_a_states_official_source_speaks_for_it_but_not_another_states():
    found = drafts(
        "Veloria has categorically denied the untrue news of a meeting.",
        "\u201cThe news is untrue,\u201d an official source at the Foreign Ministry said in a statement.",
        index=_veloria(),
    )
    assert [(d["denier"], len(d["citations"])) for d in found] == [
        ({"described_as": "an official source at the Foreign Ministry"}, 2)
    ]
    index = _veloria()
    index.add("Dornmark", Known("dornmark", "place", "country", "Dornmark"))
    found = drafts(
        "Veloria has categorically denied the untrue news of a meeting.",
        "\u201cThe news is untrue,\u201d an official source at the Dornmark Foreign Ministry said.",
        index=index,
    )
    assert len(found) == 2


def test_a_member_who_does_not_speak_for_a_body_keeps_his_own_denial():
    found = drafts(
        "The Kessel Brigade denied the reports of a raid.",
        "Dario Venn, a farmer in Dornmark, denied that he had seen fighters.",
    )
    assert [d["denier"] for d in found] == [{"actor": "kessel-brigade"}, {"actor": "dario-venn"}]
    # a title that names the body without a role in it
    found = drafts(
        "The Kessel Brigade denied the reports of a raid.",
        "Dario Venn, a critic of the Kessel Brigade, denied that the raid was planned.",
    )
    assert len(found) == 2


# --- verbs and cues of denying ---------------------------------------------------------------------


def test_clarifying_or_insisting_that_something_did_not_happen_is_a_denial():
    units = said("en", "The Foreign Office on Thursday clarified that Veloria has not sought any military aid.")
    assert [(k, s) for k, s, _ in units] == [("denial", "Foreign Office")]
    # with another verb a negative is only news
    units = said("en", "Spokesperson Lev Arno confirmed that no formal request had been received.")
    assert [(k, s) for k, s, _ in units] == [("reported", "Lev Arno")]


def test_reports_without_evidence_are_denied():
    units = said("en", "\u201cWe need not answer reports that have no solid evidence,\u201d Lev Arno said.")
    assert [(k, s) for k, s, _ in units] == [("denial", "Lev Arno")]


def test_saying_reports_serve_a_deception_is_a_denial_but_not_hiding_is_not():
    units = said(
        "en",
        "Lev Arno spoke on Monday.",
        "\u201cThe goal of the accusations against the brigade is to conceal the truth,\u201d he said.",
    )
    assert [k for k, _, _ in units] == ["denial"]
    units = said("en", "\u201cIn the report, there are some details that we do not hide,\u201d Lev Arno said.")
    assert [k for k, _, _ in units] == ["quote"]


# --- who speaks ------------------------------------------------------------------------------------


def test_media_reported_that_and_a_report_cited():
    assert quotes('Velorian media reported following the clashes that "the army handed over the bodies."') == [
        ("the army handed over the bodies.", "Velorian media")
    ]
    found = quotes(
        "The Kessel Brigade denied a Meridian Wire report that it had moved rockets.",
        'The report cited "two officials and a diplomat."',
        "The report also cited Lev Arno, a senior politician close to the cabinet, as saying that talks were "
        '"very advanced."',
    )
    assert found == [("two officials and a diplomat.", "Meridian Wire"), ("very advanced.", "Lev Arno")]


def test_the_report_with_no_author_named_speaks_for_no_one():
    assert quotes('The report cited "two officials and a diplomat."') == [("two officials and a diplomat.", None)]


def test_words_of_someone_elses_report_are_theirs_and_the_claim_denied():
    found = drafts(
        "According to the statement, the Kessel Brigade\u2019s reports about \u201ca thwarted raid\u201d are all "
        "\u201cabsolutely false.\u201d",
        index=None,
    )
    assert [(d["type"], d.get("denier") or d.get("claimant"), d["citations"][0]["quote"]) for d in found] == [
        (
            "denial",
            {"described_as": "the statement"},
            "According to the statement, the Kessel Brigade\u2019s reports about \u201ca thwarted raid\u201d are all "
            "\u201cabsolutely false.\u201d",
        ),
        (
            "claim",
            {"actor": "kessel-brigade"},
            "According to the statement, the Kessel Brigade\u2019s reports about \u201ca thwarted raid\u201d",
        ),
    ]


def test_where_and_when_between_subject_and_verb_and_a_clause_opened_by_as():
    assert quotes(
        'The reply comes as the Kessel Brigade in a statement Tuesday said it stopped a "suspicious patrol."'
    ) == [("suspicious patrol.", "Kessel Brigade")]
    assert quotes('A senior brigade official this week said the town was offered "temptations."') == [
        ("temptations.", "a senior brigade official")
    ]


def test_two_titles_joined_before_a_name():
    found = quotes(
        "\u201cThe report is worthless,\u201d official spokesman of the Kessel Brigade (KB) and newly-elected MP "
        "Dario Venn told Meridian Wire on Friday."
    )
    assert found == [("The report is worthless,", "Dario Venn")]


def test_a_quotation_that_goes_on_to_call_something_false_is_a_denial():
    units = said(
        "en",
        "The Kessel Brigade issued a statement on Monday.",
        "\u201cOnly our spokesman speaks for us,\u201d the statement said. \u201cAny words attributed to others are "
        "false.\u201d",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "Kessel Brigade")]


def test_it_after_a_sentence_about_a_name_of_unknown_kind():
    found = quotes(
        "The Kessel Brigade said on Monday it would not disarm.",
        "Meridian Wire is one of the largest agencies in the region.",
        'It reported that the brigade was "ready to disarm."',
    )
    assert found == [("ready to disarm.", "Meridian Wire")]


def test_a_state_named_by_its_kind_speaks():
    assert quotes('In a statement, the Islamic Emirate said the claims were "not based on facts."') == [
        ("not based on facts.", "Islamic Emirate")
    ]


def test_the_words_before_a_name_are_its_title_only_up_to_a_comma():
    # 'member' belongs to the one who said it, not to Erdem named after 'noting that'
    found = quotes(
        "Brigade member Kawa Lind told Meridian Wire that the town was calm.",
        "President Tomas Erdem was quoted as saying that troops had moved.",
        '"There is no movement," the brigade\'s member said, noting that Erdem often errs.',
    )
    assert found == [("There is no movement,", "Kawa Lind")]


def test_an_honorific_and_an_occasion_around_a_subject():
    units = said("en", "Mr Al Khazali, leader of the Kessel militia, denied responsibility for the strikes.")
    assert [(k, s) for k, s, _ in units] == [("denial", "Khazali")]
    units = said("en", "Dario Venn, brigade spokesperson, in a statement, dismissed the findings of the panel.")
    assert [(k, s) for k, s, _ in units] == [("denial", "Dario Venn")]


def test_an_outlets_own_dateline():
    units = said("en", "Meridian Wire \u2013 Dario Venn dismissed the findings of the panel.")
    assert [(k, s) for k, s, _ in units] == [("denial", "Dario Venn")]


def test_a_quotation_opened_once_over_two_paragraphs():
    found = quotes(
        "Dario Venn said in a statement, \u201cWe reject these allegations.",
        "Unfortunately, a campaign has been launched against us.\u201d",
        "The talks resumed on Monday.",
    )
    assert found == [
        ("We reject these allegations.", "Dario Venn"),
        ("Unfortunately, a campaign has been launched against us.", "Dario Venn"),
    ]


def test_a_name_after_a_preposition_and_its_article_is_no_subject():
    found = quotes(
        "Dario Venn spoke on Monday.",
        "The spokesman called it a misuse of the Kessel Council, which members allow.",
        'He stated, "We know the truth."',
    )
    assert found == [("We know the truth.", "Dario Venn")]


def test_an_outlet_reporting_citing_someone_relays_their_words():
    found = quotes("\u201cThis report is utterly fake,\u201d Meridian Wire reported, citing Dario Venn, a spokesman.")
    assert found == [("This report is utterly fake,", "Dario Venn")]
    units = said(
        "en", "\u201cThis report is utterly fake,\u201d Meridian Wire reported, citing Dario Venn, a spokesman."
    )
    assert [k for k, _, _ in units] == ["denial"]


def test_a_denial_in_the_passive_is_the_agents():
    units = said("en", "In June, a report of his death had emerged but was refuted by Kessel Brigade officials.")
    assert [(k, s) for k, s, _ in units] == [("denial", "Kessel Brigade officials")]
    (unit,) = analyse(
        "en", "In June, a report of his death had emerged but was refuted by Kessel Brigade officials."
    ).units
    assert unit.denial is not None and unit.denial.denied == ("a report of his death had emerged",)


def test_a_statement_set_out_after_a_colon_is_the_speakers():
    units = said(
        "en",
        "In a statement, the Kessel Brigade responded to the claim.",
        "The statement reads:",
        "The ministry spoke of a raid yesterday. We strongly deny that any raid took place.",
        "We emphasize that the border is calm.",
        "Residents said the town was quiet.",
    )
    assert [(k, s) for k, s, _ in units] == [
        ("reported", "Kessel Brigade"),
        ("denial", "Kessel Brigade"),
        ("reported", "Kessel Brigade"),
        ("reported", "residents"),
    ]


def test_the_texts_own_voice_calling_news_untrue_is_its_publishers():
    found = drafts("The news claiming that our commander was targeted in Dornmark is untrue. He is at work.")
    assert [(d["type"], d["denier"]) for d in found] == [("denial", {"described_as": "the publisher"})]
    text = "Title\n\nThe news claiming that our commander was targeted is untrue.\n"
    analysis = analyse("en", "The news claiming that our commander was targeted is untrue.")
    builder = Builder("src", ArchivedText(text), NameIndex(), set(), publisher="Kessel Media Center")
    builder.add_unit(analysis.units[0], [])
    assert builder.drafts[0].data["denier"] == {"described_as": "Kessel Media Center"}
    # an attributed sentence is its speaker's, not the publisher's
    assert said("en", "The reports are false, Dario Venn said.")[0][:2] == ("denial", "Dario Venn")


def test_false_things_are_not_false_reports():
    assert said("en", "Police said the men carried fake passports.")[0][0] == "reported"
    assert said("en", "Dario Venn said the fighters had a worthless old truck.")[0][0] == "reported"
    assert said("en", "Dario Venn said the reports were fake.")[0][0] == "denial"


def test_a_writing_speaks_for_whoever_issued_it():
    assert quotes('According to a statement issued by the Kessel Brigade, "the raid was a warning."') == [
        ("the raid was a warning.", "Kessel Brigade")
    ]
    assert quotes('A statement from the Kessel Brigade said "the raid was a warning."') == [
        ("the raid was a warning.", "Kessel Brigade")
    ]
    assert quotes("The Kessel Brigade\u2019s statement said \u201cthe raid was a warning.\u201d") == [
        ("the raid was a warning.", "Kessel Brigade")
    ]


def test_denying_a_part_in_something_and_labelling_it_a_smear():
    assert said("en", "The brigade said it had nothing to do with the attack.")[0][0] == "denial"
    assert said("en", '"We have no connection to the events," Dario Venn said.')[0][0] == "denial"
    assert said("en", "Dario Venn called the accusations a smear campaign.")[0][0] == "denial"
    assert said("en", "Dario Venn said the group had no role in the government.")[0][0] == "reported"


def test_a_sentence_adverb_between_subject_and_verb():
    assert said("en", "The Kessel Brigade, however, denies the claims.")[0][:2] == ("denial", "Kessel Brigade")
    assert said("en", "Dario Venn, for his part, said the road was open.")[0][:2] == ("reported", "Dario Venn")


def test_a_relative_clause_or_participle_after_a_description_is_not_part_of_it():
    assert quotes('"The border is closed," said a security source who asked not to be named.') == [
        ("The border is closed,", "a security source")
    ]
    # (a writing's signer set off by commas speaks, as 'A statement issued by the Kessel Brigade said' gives the
    # brigade: round 13)
    assert quotes('The statement, signed by the brigade command, said "the raid was a warning."') == [
        ("the raid was a warning.", "the brigade command")
    ]


def test_arabic_a_definite_body_word_is_the_whole_subject_unless_an_adjective_follows():
    assert said("ar", "نفى الحزب سقوط أي قتلى من عناصره.") == [("denial", "الحزب", "نفى الحزب سقوط أي قتلى من عناصره.")]
    assert said("ar", 'وأكدت الهيئة وفق البيان أن "الحدود مغلقة".') == [("quote", "الهيئة", "الحدود مغلقة")]
    assert said("ar", 'قال الجيش العراقي إن "الحدود مغلقة".') == [("quote", "الجيش العراقي", "الحدود مغلقة")]


def test_persian_the_subject_ends_where_what_is_denied_begins():
    assert said("fa", "وزارت کشور ادعای حضور نیروهای خارجی را رد کرد.")[0][:2] == ("denial", "وزارت کشور")


def test_persian_a_perfect_verb_with_its_auxiliary_joined():
    assert said("fa", "رضا کاظمی گفتهاست: «نیروها آماده هستند».") == [("quote", "رضا کاظمی", "نیروها آماده هستند")]


def test_persian_a_quotation_opened_once_over_two_paragraphs():
    units = said("fa", "رضا کاظمی گفت: «نیروها آماده هستند.", "ما عقب نشینی نمیکنیم.»")
    assert [(k, s) for k, s, _ in units] == [("quote", "رضا کاظمی"), ("quote", "رضا کاظمی")]


def test_arabic_a_verb_of_denying_inside_a_quotation():
    units = said(
        "ar", "وقال حزب الله في بيان إن الوضع هادئ في المنطقة كلها.", 'وتابع البيان "ننفي بشكل قاطع هذه الادعاءات".'
    )
    assert [k for k, _, _ in units] == ["reported", "denial"]
    units = said("ar", 'وقالت الوزارة في بيان إنها "تنفي بشكل قاطع صحة المعلومات".')
    assert [(k, s) for k, s, _ in units] == [("denial", "الوزارة")]


def test_persian_no_such_thing_exists_and_a_perfect_without_its_auxiliary():
    assert said("fa", "رضا کاظمی گفت که هیچ نیروی خارجی در این شهر وجود ندارد.")[0][:2] == ("denial", "رضا کاظمی")
    assert said("fa", "وزارت کشور این ادعا را رد کرده و گفت نیروها آماده هستند.")[0][:2] == ("denial", "وزارت کشور")


def test_persian_a_present_verb_of_denying_inside_a_quotation():
    assert said("fa", "رضا کاظمی گفت: «ما این ادعا را رد میکنیم».")[0][:2] == ("denial", "رضا کاظمی")


def test_an_auxiliary_alone_is_no_subject_and_a_capital_speaks_for_its_government():
    assert said("en", "The Kessel Brigade, for its part, has denied involvement.")[0][:2] == (
        "denial",
        "Kessel Brigade",
    )
    index = NameIndex()
    index.add("Velgrad", Known("velgrad", "place", "city", "Velgrad"))
    assert said("en", "Velgrad has denied any role in the strike.", index=index)[0][:2] == ("denial", "Velgrad")


def test_a_paragraph_of_quotation_after_one_where_someone_spoke_to_reporters():
    assert quotes("Dario Venn spoke to reporters on Monday.", '"We will not withdraw from the town."') == [
        ("We will not withdraw from the town.", "Dario Venn")
    ]


def test_an_according_to_aside_does_not_take_the_subjects_place():
    assert quotes('Dario Venn, according to Meridian Wire, said "the convoy left at dawn."') == [
        ("the convoy left at dawn.", "Dario Venn")
    ]
    assert quotes('According to Meridian Wire, "the convoy left at dawn."') == [
        ("the convoy left at dawn.", "Meridian Wire")
    ]


def test_arabic_a_denial_cue_with_the_article_or_a_proclitic_written_onto_it():
    units = said("ar", 'وقال الوزير سامر الحداد إن "هذه الادعاءات الكاذبة لا تخدع أحدا".')
    assert [(k, s) for k, s, _ in units] == [("denial", "سامر الحداد")]


def test_no_one_is_no_speaker():
    assert said("en", "Neither the ministry nor the brigade has denied the report.") == []
    assert said("en", "No one has denied the report.") == []


def test_a_bodys_name_with_an_apostrophe_and_its_acronym_is_the_subject():
    units = said(
        "en", "The Dornmark Workers\u2019 Party (DWP) denies reports on the operation, a member told Meridian Wire."
    )
    # found as one name (as 'Kessel Brigade' is below), not split at the apostrophe
    assert units[0][:2] == ("denial", "Dornmark Workers\u2019 Party")


def test_the_groups_own_spokesman_speaks_for_it():
    found = drafts(
        "The Kessel Brigade on Monday denied a report that it had disarmed.",
        "Dario Venn, the group\u2019s spokesman, spoke to Meridian Wire.",
        "The group\u2019s spokesman Dario Venn said the report was \u201ca lie.\u201d",
    )
    # (the group's own denial stays the group's, from round 45: the gold names the two deniers apart)
    assert [(d["type"], d["denier"], len(d["citations"])) for d in found] == [
        ("denial", {"actor": "kessel-brigade"}, 1),
        ("denial", {"actor": "dario-venn"}, 1),
    ]


def test_said_that_its_fighters_had_not_and_fabrications_and_a_director_named_by_the_bodys_initials():
    found = drafts(
        "The Kessel Democratic Forces (KDF) denied, on Wednesday, reports that it had received plans.",
        "The director of the KDF media center, Dario Venn, said in statements to Meridian Wire that the KDF had "
        "not received any plans.",
        "\u201cAny claims to the contrary are fabrications,\u201d he added.",
    )
    # (the body's own denial stays the body's, from round 45; his words and 'he added' are his)
    assert [(d["type"], d["denier"], len(d["citations"])) for d in found] == [
        ("denial", {"actor": "kessel-democratic-forces"}, 1),
        ("denial", {"actor": "dario-venn"}, 2),
    ]
    units = said(
        "en", "The Kessel Brigade said in a statement on Telegram that its fighters had not crossed the border."
    )
    assert units[0][:2] == ("denial", "Kessel Brigade")


def test_an_office_named_by_its_bodys_possessive_is_the_body_speaking():
    # 'Media Relations' is the brigade's office, not a new actor of its own
    units = said("en", "The Kessel Brigade\u2019s Media Relations denied the report on Monday.")
    assert units[0][:2] == ("denial", "Kessel Brigade")
    found = drafts("Dornmark Front's Press Office denied the report on Monday.")
    assert [(d["type"], d["denier"]) for d in found] == [("denial", {"actor": "dornmark-front"})]
    # a lowercase office or an unnamed spokesman of a named body: the body speaks, the office said in the notes
    for office in ("media office", "spokesman"):
        found = drafts(f"The Kessel Brigade\u2019s {office} denied the report on Monday.")
        assert [d["denier"] for d in found] == [{"actor": "kessel-brigade"}]
        assert f"through its {office}" in found[0]["notes"]
    # a spokesman named after the office is still the speaker
    units = said("en", "The Kessel Brigade\u2019s spokesman Dario Venn denied the report on Monday.")
    assert units[0][:2] == ("denial", "Dario Venn")
    # a one-word owner, not known as a body yet: a person has no Media Relations either
    units = said("en", "On Monday, Kessel\u2019s Media Relations categorically denied the report.")
    assert units[0][:2] == ("denial", "Kessel")


def test_two_people_of_one_article_with_surnames_one_letter_apart_are_proposed_not_merged():
    paragraphs = (
        "Militia commander Rafi Khazuni said on Monday that \u201cthe fighters will stay.\u201d",
        "Kazuni warned that \u201cthe response will be hard.\u201d",
    )
    people = {d["name"]: d["notes"] for d in built("en", *paragraphs) if d["type"] == "actor"}
    assert set(people) == {"Rafi Khazuni", "Kazuni"}
    assert "Possibly the same person as `rafi-khazuni`" in people["Kazuni"]
    assert "Possibly the same person" not in people["Rafi Khazuni"]


def test_one_word_with_an_office_of_its_own_is_drafted_as_a_body():
    found = built("en", "On Monday, Kessel\u2019s Media Relations categorically denied the report.")
    assert [(d["type"], d["name"], d["kind"]) for d in found if d["type"] == "actor"] == [
        ("actor", "Kessel", "organization")
    ]
    # the office is said in the denial's notes, for the editor
    denial = drafts("On Monday, Kessel\u2019s Media Relations categorically denied the report.")[0]
    assert denial["denier"] == {"actor": "kessel"} and "through its Media Relations" in denial["notes"]


def test_bodies_with_an_apostrophe_a_body_word_or_an_acronym_are_drafted_as_bodies_and_envoys_as_people():
    cases = [
        (
            "Asa\u2019ib Ahl al-Tor denied the report, saying it was \u201ca lie.\u201d",
            ("group", "Asa\u2019ib Ahl al-Tor"),
        ),
        ("The Allied Nations said on Monday that \u201cthe talks failed.\u201d", ("actor", "Allied Nations")),
        ("\u201cWe struck,\u201d the VJTF-KOR said.", ("actor", "VJTF-KOR")),
        (
            "The Dornmark Workers\u2019 Party said that \u201cit never happened.\u201d",
            ("group", "Dornmark Workers\u2019 Party"),
        ),
        ("\u201cIt is over,\u201d said special envoy to Yemen Rafi Venn.", ("actor", "Rafi Venn")),
    ]
    for sentence, (type_name, name) in cases:
        found = [(d["type"], d["name"], d["kind"]) for d in built("en", sentence) if d["type"] in ("actor", "group")]
        assert len(found) == 1 and found[0][:2] == (type_name, name), sentence
        assert (found[0][2] == "person") == (name == "Rafi Venn"), sentence


def test_a_state_speaks_through_an_organ_named_with_its_name():
    units = said(
        "en",
        "Veloria denied the report of a raid.",
        "\u201cThere was no raid on the depot,\u201d Veloria TV said.",
        index=_veloria(),
    )
    assert [(kind, speaker) for kind, speaker, _ in units] == [("denial", "Veloria TV"), ("denial", "Veloria TV")]


def test_a_described_body_speaks_through_the_office_written_as_its_own():
    units = said(
        "en",
        "The Veloria-led coalition against the Kessel Brigade denied the report.",
        "In an email, the coalition's Joint Task Force Arrow (JTF-A) said the survey was planned with the army.",
        "\u201cThe survey occurred without incident,\u201d JTF-A told reporters.",
    )
    assert [(kind, speaker) for kind, speaker, _ in units] == [("denial", "JTF-A"), ("denial", "JTF-A")]


def test_an_adverb_or_a_participle_between_a_subject_and_its_verb():
    units = said(
        "en",
        "Lev Arno denied the report.",
        "The brigade spokesman thus concluded that \u201cthe brigade is not responsible for the raid.\u201d",
        "Mira Osk, referring to the report, says that the harvest was good.",
    )
    assert [(kind, speaker) for kind, speaker, _ in units] == [
        ("denial", "Lev Arno"),
        ("denial", "the brigade spokesman"),
        ("reported", "Mira Osk"),
    ]


def test_a_headline_label_is_the_speaker_only_where_it_speaks_in_the_article():
    def headed(headline: str, *body: str) -> list[tuple[str, str, str]]:
        return said("en", headline, *body)

    labelled = headed(
        "Brigade spokesman: We were never near the depot",
        "The Kessel Brigade denied the report on Monday, brigade spokesman Lev Arno told reporters.",
    )
    assert labelled[0][:2] == ("denial", "Kessel Brigade")  # a place of the brigade's denial, through its spokesman
    trailing = headed("Reports of a raid on the depot false: Kessel Brigade", "The Kessel Brigade denied the report.")
    assert [u[:2] for u in trailing] == [("denial", "Kessel Brigade"), ("denial", "Kessel Brigade")]
    topic = headed("Ostravia: five killed in blast", "Residents said the blast shook the market.")
    assert [u[1] for u in topic] == ["residents"]  # a place as a topic, not a speaker


def test_an_acronym_met_first_is_the_body_its_name_and_brackets_give_later():
    units = said(
        "en",
        "KPV Denies Reports About Raid",
        "The Party of Kessel Valley Workers (KPV) denies reports of a raid, KPV member Lev Arno told reporters.",
        "\u201cThere is no movement of troops in the valley,\u201d the party's member said.",
    )
    # the headline's denial, the lead's and the member's words: one side, its member speaking for it
    assert [u[:2] for u in units] == [("denial", "Lev Arno")] * 3


def test_a_quotation_that_is_its_subjects_predicate_verb_and_all():
    assert said("en", 'Lev Arno has "categorically rejected these allegations as a smear".')[0][:2] == (
        "denial",
        "Lev Arno",
    )
    assert quotes('The Kessel Brigade "firmly denies" the reports of a raid.') == [("firmly denies", "Kessel Brigade")]
    assert quotes('Lev Arno said the raid was "rejected by all".') == [("rejected by all", "Lev Arno")]
    assert quotes('The "rejected" proposal was sent back.') == [("rejected", None)]


def test_another_as_a_subject_is_another_of_the_kind_last_described():
    units = said(
        "en",
        "\u201cThe reports are lies,\u201d a brigade official told Meridian Wire.",
        "While another told Ostrava Radio on Tuesday, \u201cThey are false accusations.\u201d",
    )
    assert [(kind, speaker) for kind, speaker, _ in units] == [
        ("denial", "a brigade official"),
        ("denial", "another brigade official"),
    ]


def test_an_acronym_restating_the_body_of_an_appositive_is_not_the_subject():
    units = said(
        "en",
        "Lev Arno, the director of the National Border Center, NBC, said on Tuesday, \u201cThe border is calm.\u201d",
    )
    assert [(kind, speaker) for kind, speaker, _ in units] == [("quote", "Lev Arno")]


def test_he_with_no_person_who_spoke_is_the_body_that_did():
    units = said(
        "en",
        "The Kessel Brigade said in a statement that the report was false.",
        "He added: \u201cThe story is made up from start to finish.\u201d",
    )
    assert [(kind, speaker) for kind, speaker, _ in units] == [
        ("denial", "Kessel Brigade"),
        ("denial", "Kessel Brigade"),
    ]


def test_a_standfirst_with_a_label_is_the_speakers_claim_where_they_speak_in_the_article():
    units = said(
        "en",
        "Brigade denies training fighters",
        "Senior border official: two hundred fighters trained in the valley.",
        "A senior border official said on Monday that the brigade had trained fighters.",
    )
    assert units[1][:2] == ("reported", "a senior border official")


def test_a_title_case_headline_verb_is_read_and_its_office_is_the_bodys_holder():
    units = said(
        "en",
        "Brigade Spokesman Denies Ostravian Involvement in Depot Attack",
        "Lev Arno, the brigade spokesman, has denied the group's involvement in the attack on the depot.",
    )
    assert [(kind, speaker) for kind, speaker, _ in units] == [("denial", "Lev Arno"), ("denial", "Lev Arno")]


def test_a_described_denier_named_in_the_next_sentence_is_that_person():
    units = said(
        "en",
        "A security official of the Kessel Brigade dismissed reports that it shelled the depot. \u201cNo-one here "
        "wasted a shell on the depot,\u201d Lev Arno said on Telegram.",
    )
    assert [(kind, speaker) for kind, speaker, _ in units] == [("denial", "Lev Arno"), ("denial", "Lev Arno")]
    other = said(
        "en",
        "A security official of the Kessel Brigade dismissed reports that it shelled the depot. \u201cWe heard no "
        "shelling,\u201d Mira Osk, a farmer, said.",
    )
    assert other[0][:2] == ("denial", "a security official of the Kessel Brigade")  # a farmer is someone else


def test_words_an_agency_quoted_from_a_statement_are_the_statements():
    units = said(
        "en",
        "Lev Arno said the allegations were an \u201cattempt to smear the brigade\u201d.",
        "\u201cThese claims are lies,\u201d news agency Meridian Wire quoted from a statement released late Thursday.",
    )
    assert [(kind, speaker) for kind, speaker, _ in units] == [("denial", "Lev Arno"), ("denial", "Lev Arno")]
    by = said("en", "\u201cThe harvest was good,\u201d Meridian Wire quoted from a statement by the Kessel Brigade.")
    assert [speaker for _, speaker, _ in by] != ["Lev Arno"]


def test_a_participle_with_its_own_subject_after_with():
    units = said(
        "en",
        "Fighting goes on between the Ostravian Army and the Kessel Brigade, with the latter denying the army's "
        "control of the valley.",
    )
    assert [(kind, speaker) for kind, speaker, _ in units] == [("denial", "Kessel Brigade")]
    former = said(
        "en", "Talks stalled between the Kessel Brigade and the Valley Council, with the former denying the report."
    )
    assert [(kind, speaker) for kind, speaker, _ in former] == [("denial", "Kessel Brigade")]


def test_a_pronoun_quoted_as_saying_speaks_as_it_would_with_said():
    # the words are the pronoun's antecedent's, and deny as they would after 'he said'
    units = said(
        "en",
        "Interior Minister Lev Arno spoke on Monday.",
        "\u201cThe reports are false,\u201d he was quoted as saying by Meridian Wire.",
    )
    assert [(kind, speaker) for kind, speaker, _ in units] == [("denial", "Lev Arno")]


def test_a_name_opening_a_sentence_before_any_verb_of_saying_is_a_name():
    # a capital standing for its government before a verb the short list of common ones lacks
    assert said("en", "Ostrava has rubbished reports that its troops crossed the border.")[0][:2] == (
        "denial",
        "Ostrava",
    )
    assert said("en", "Arno tweeted that the convoy had reached the town.")[0][:2] == ("reported", "Arno")


def test_a_quotation_typed_with_two_kinds_of_mark_is_one_quotation():
    # an opening curly mark closed by a straight one, and the other way round
    for text in (
        '\u201cThe commander is alive and well," brigade spokesman Lev Arno told reporters.',
        '"The commander is alive and well,\u201d brigade spokesman Lev Arno told reporters.',
    ):
        assert said("en", text) == [("quote", "Lev Arno", "The commander is alive and well,")]


def test_according_to_after_a_speakers_own_verb_relays_the_speakers_words():
    units = said(
        "en",
        "Lev Arno urged the council to \u201creview its position,\u201d according to Meridian Wire.",
        "\u201cThere is no other way,\u201d he said.",
    )
    assert [(kind, speaker) for kind, speaker, _ in units] == [("quote", "Lev Arno"), ("quote", "Lev Arno")]
    relayed = said("en", "Lev Arno said, according to Meridian Wire, that the brigade \u201chad withdrawn.\u201d")
    assert [(kind, speaker) for kind, speaker, _ in relayed] == [("quote", "Lev Arno")]
    # with no speaker of its own before it, the one 'according to' names speaks
    alone = said("en", "The brigade lost \u201cmany fighters,\u201d according to the ministry.")
    assert [(kind, speaker) for kind, speaker, _ in alone] == [("quote", "the ministry")]


def test_a_phrase_of_time_opening_the_sentence_without_a_comma_is_not_the_subject():
    for text in (
        "Within hours of the report the Kessel Brigade denied that its commander had been killed.",
        "After the attack on the depot Lev Arno denied the reports.",
        "The Kessel Brigade today denied the reports.",
    ):
        assert [kind for kind, _, _ in said("en", text)] == ["denial"], text
    # (a name inside the phrase is not stepped over: the subject is the last name, after it)
    assert said("en", "In a call with Lev Arno minister Karl Brenn said the reports were false.")[0][1] == "Karl Brenn"


def test_rejecting_someones_assertion_denies_it_and_rejecting_attempts_does_not():
    assert (
        said("en", "Ostrava rejected the army chief\u2019s assertion that it shelters the brigade.")[0][0] == "denial"
    )
    assert said("en", "The council rejected the army chief.")[0][0] == "reported"
    signed = said("en", "The Kessel Brigade signed the agreement, rejecting any attempts at division.")
    assert [kind for kind, _, _ in signed] == ["reported"]


def test_a_quantity_of_people_speaks_as_the_people_counted():
    for text in (
        "A number of officials from the northern province had also denied the attack took place.",
        "One of the brigade commanders denied the reports.",
    ):
        assert [kind for kind, _, _ in said("en", text)] == ["denial"], text


def test_expressing_quoted_words_is_saying_them_and_inaccuracies_are_a_denial():
    assert said("en", "Lev Arno voiced \u201cdeep regret\u201d over the statements.") == [
        ("quote", "Lev Arno", "deep regret")
    ]
    assert said("en", "Lev Arno expressed concern over the raid.") == []  # no quotation: no speech
    units = said(
        "en",
        "The ministry rejected the statements, which it described as containing \u201cfundamental inaccuracies.\u201d",
    )
    assert [(kind, speaker) for kind, speaker, _ in units] == [("denial", "the ministry")]
    # ('it' describing is the sentence's subject, not the one named in the object, as in a charge 'which it denied')
    over = analyse(
        "en",
        "In a statement, the Velorian Foreign Ministry expressed \u201cdeep regret\u201d over Ostravian statements, "
        "which it described as containing \u201cfundamental inaccuracies\u201d regarding its role.",
    )
    assert [a.speaker.label for u in over.units for a in u.attributions] == ["Velorian Foreign Ministry"] * 2
    laughable = said("en", "\u201cThis accusation is truly laughable,\u201d Lev Arno said.")
    assert [(kind, speaker) for kind, speaker, _ in laughable] == [("denial", "Lev Arno")]


def test_the_statement_later_is_the_one_whose_statement_was_read():
    units = said(
        "en",
        "\u201cOur position is clear,\u201d the Kessel Brigade statement read.",
        "The Valley Council justified the operation by citing the failure of other factions.",
        "\u201cThe attack was planned elsewhere,\u201d the statement continued.",
    )
    assert [speaker for kind, speaker, _ in units if kind == "quote"] == ["Kessel Brigade", "Kessel Brigade"]


def test_a_statement_naming_its_own_side_before_a_verb_of_denying_denies():
    units = said("en", "\u201cThe Ministry of Defence categorically denies these claims,\u201d the statement said.")
    assert [kind for kind, _, _ in units] == ["denial"]
    assert [kind for kind, _, _ in said("en", "\u201cThe army rejects the proposal,\u201d the ministry said.")] == [
        "quote"
    ]


def test_each_speaker_of_a_sentence_cites_their_own_clause():
    text = (
        "Minister Lev Arno called the strikes an \u201cobvious case of terrorism\u201d that broke the truce, while "
        "the Kessel Brigade called it \u201cbrutal aggression\u201d and said the army \u201cwill soon regret it.\u201d"
    )
    units = analyse("en", text).units
    assert [(u.speaker.label, u.text) for u in units] == [
        ("Lev Arno", text[: text.index(", while")]),
        ("Kessel Brigade", text[text.index("the Kessel") :]),
    ]
    assert [len(u.attributions) for u in units] == [1, 2]


def _denial_of(*paragraphs: str) -> dict:
    (denial,) = [d for d in drafts(*paragraphs) if d["type"] == "denial"]
    return denial


def test_a_denial_summary_keeps_the_verb_of_words_that_deny_by_saying_it_is_not_so():
    # 'denied there was no rift' would say the opposite of the source; the source's own verb says what it says
    denial = _denial_of("General Dario Venn said there was no rift with the Kessel Brigade.")
    assert denial["summary"] == "Dario Venn said there was no rift with the Kessel Brigade."
    denial = _denial_of("The Kessel Brigade said the reports were lies.")
    assert denial["summary"] == "Kessel Brigade said the reports were lies."
    denial = _denial_of("The Kessel Brigade dismissed the reports as baseless.")
    assert denial["summary"] == "Kessel Brigade dismissed the reports as baseless."
    # a plain verb of denying reads as before, a plural's present in the past, the one told left out
    assert _denial_of("The Kessel Brigade denied any role in the raid.")["summary"].endswith(
        " denied any role in the raid."
    )
    assert (
        _denial_of("Brigade leaders deny the report of a raid.")["summary"]
        == "Brigade leaders denied the report of a raid."
    )
    denial = _denial_of("Lev Arno told Meridian Wire that the brigade had not attacked the depot.")
    assert denial["summary"] == "Lev Arno said the brigade had not attacked the depot."
    # what was denied is put as the statement denied (generator/draft/polarity.py)
    assert denial["denied"] == "the brigade had attacked the depot"


def test_after_a_verb_set_before_its_speaker_the_participle_says_what_is_denied():
    denial = _denial_of("\u201cWe have no forces there,\u201d said Lev Arno, calling the reports baseless.")
    assert denial["denier"] == {"actor": "lev-arno"}
    assert denial["denied"] == "the reports"  # what the participle calls baseless
    assert denial["summary"] == "Lev Arno called the reports baseless."


def test_a_claim_summary_gives_a_quoted_phrase_with_the_sentence_it_stands_in():
    # a few quoted words inside the writer's sentence are not all that was said
    (claim,) = drafts("Lev Arno called the raid \u201ca grave escalation\u201d and left the hall.")
    assert claim["summary"] == "Lev Arno called the raid \u201ca grave escalation\u201d and left the hall."
    (claim,) = drafts("\u201cThe road to the depot is open again,\u201d Lev Arno said.")
    assert claim["summary"] == "Lev Arno said: \u201cThe road to the depot is open again\u201d"


def test_an_echoed_denial_is_summarised_as_reported_not_as_a_denial_of_the_remarks_it_echoes():
    found = drafts(
        "General Tor Vossel said there was no rift with the brigade.",
        "Brigade commander General Lev Arno echoed General Vossel\u2019s comments.",
    )
    echoed = next(d for d in found if d["type"] == "denial" and d["denier"] == {"actor": "lev-arno"})
    sentence = "Brigade commander General Lev Arno echoed General Vossel\u2019s comments"
    assert echoed["denied"] == sentence
    assert echoed["summary"] == f"Reported as a denial by Lev Arno: {sentence}."


def test_the_statement_is_that_of_a_name_of_no_known_kind_that_denied_just_before():
    # ('the statement' with none named is the last body that spoke; a name of no known kind may be one)
    for name in ("Kessel", "Veloran", "Arnovia"):
        units = said(
            "en",
            f"Text about {name}.",
            f"{name} on Monday denied reports about one of its camps.",
            '"The movement does not have any camp in the area," the statement said.',
        )
        assert [s for _, s, _ in units] == [name, name]
    # a person named just before is not taken for a statement's issuer
    units = said(
        "en",
        "Text about Lind.",
        "Petra Lind on Monday denied reports about the camps.",
        '"The movement does not have any camp in the area," the statement said.',
    )
    assert units[-1][1] == "the statement"


def test_an_interview_the_denial_was_made_in_is_no_part_of_what_it_denies():
    cases = {
        "The spokesperson of the Kessel Brigade has denied involvement in the drone attack on Varna airport in an "
        "interview with Meridian TV, saying the brigade has no interest in war.": "involvement in the drone attack on "
        "Varna airport",
        "The Kessel Brigade denied any role in the attack in an interview with the Meridian Post.": "any role in the attack",
        "The Kessel Brigade denied any role in the attack in an interview on Tuesday.": "any role in the attack",
        # (claims made in an interview: the interview is where the claims were made, and stays)
        "The Kessel Brigade denied the claims made in an interview with Meridian TV.": "the claims made in an interview "
        "with Meridian TV",
    }
    for sentence, denied in cases.items():
        assert [r["denied"] for r in built("en", sentence) if "denied" in r] == [denied]


def test_appositives_of_what_a_body_is_part_of_and_a_name_in_other_forms_in_brackets():
    for sentence in (
        "Sheikh Karim al-Venn, spokesperson for Kataib Kessel, part of the Popular Defence Forces (PDF, or Hashd "
        "al-Difa in Arabic) said the airport is \u201cnot a US base,\u201d implying it is not a target.",
        "Sheikh Karim al-Venn, spokesperson for Kataib Kessel, part of the Popular Defence Forces (PDF) said the "
        "airport is \u201cnot a US base,\u201d implying it is not a target.",
        "Karim al-Venn, spokesperson for Kataib Kessel, part of the Popular Defence Forces, said the airport is "
        "\u201cnot a US base.\u201d",
        "Karim al-Venn, spokesperson for the Popular Defence Forces (PDF, or Hashd al-Difa in Arabic), said the "
        "airport is \u201cnot a US base.\u201d",
    ):
        assert [s for _, s in quotes(sentence)] == ["Karim al-Venn"]
    # a body that is part of another speaks itself
    assert [
        s for _, s in quotes("The brigade, part of the Popular Defence Forces, said it was \u201cready.\u201d")
    ] == ["the brigade"]


# --- round 29: shapes of this round's fresh development articles, on made-up sentences ------------------------------


@pytest.mark.parametrize(
    "event",
    ["movement of troops", "movement or induction of additional forces", "attack on the convoy", "such raid"],
)
def test_no_event_of_a_longer_name_took_place_is_a_denial(event):
    for verb in ("has taken place", "took place", "occurred"):
        units = said("en", f"The ministry stated in clear terms that no {event} {verb}.")
        assert [(k, s) for k, s, _ in units] == [("denial", "the ministry")], (event, verb)


def test_no_one_knowing_what_happened_is_no_denial():
    for sentence in (
        "The minister said no one knows what happened.",
        "The minister said no one in the city knows what happened.",
    ):
        assert [k for k, _, _ in said("en", sentence)] == ["reported"]


@pytest.mark.parametrize("reporter", ["Sky reported that", "A report by Sky has claimed that", "According to Sky,"])
@pytest.mark.parametrize("issued", ["issued a statement", "has issued a statement", "released a statement"])
def test_a_writing_issued_inside_a_reported_clause_is_its_issuers_not_the_reporters(reporter, issued):
    units = said("en", f"{reporter} group spokesman Ali Rahimi {issued} denying involvement in the attack.")
    assert [(k, s) for k, s, _ in units] == [("denial", "Ali Rahimi")]


@pytest.mark.parametrize("joined", ["and", "as well as"])
@pytest.mark.parametrize(
    "issued", ["denied", "have both issued statements denying", "issued a joint statement denying", "have both denied"]
)
def test_two_named_together_who_deny_or_issue_denials_deny_one_each(joined, issued):
    units = said("en", f"The Kessel Brigade {joined} the Velor Front {issued} involvement in the attack.")
    assert [(k, s) for k, s, _ in units] == [("denial", "Kessel Brigade"), ("denial", "Velor Front")]


def test_a_writing_issued_in_a_reported_clause_by_a_pronoun_is_the_reporters_own():
    for sentence in (
        "The ministry said it issued a statement denying involvement in the attack.",
        "The ministry said it had also issued a statement denying involvement in the attack.",
    ):
        assert [(k, s) for k, s, _ in said("en", sentence)] == [("denial", "the ministry")]


def test_a_writing_issued_in_a_reported_clause_by_a_subject_not_found_is_never_the_reporters_denial():
    sentence = (
        "A report by Sky has claimed that group spokesman Ali Rahimi as well as its splinter group Velor Front's top "
        "leader Hamid Zand have both issued official statements denying involvement in the attack."
    )
    assert ("denial", "Sky") not in [(k, s) for k, s, _ in said("en", sentence)]
