"""Denials and acknowledgements: what each verb's clause says was denied or acknowledged."""

from __future__ import annotations

from generator.draft.denials import find_denial
from generator.draft.names import Known, NameIndex
from tests.draft.conftest import built, reader, said


def _veloria() -> NameIndex:
    index = NameIndex()
    index.add("Veloria", Known("veloria", "place", "country", "Veloria"))
    return index


def denial(text: str):
    r = reader(text)
    return [find_denial(reading) for reading in r.readings]


def test_acknowledged_and_denied_in_one_sentence():
    (d,) = denial(
        "Iraq\u2019s defence ministry acknowledged at the time that it had received Syrian military "
        "personnel, but it has denied hosting foreign non-Iraqi militias."
    )
    assert d.acknowledged == ("that it had received Syrian military personnel",)
    assert d.denied == ("hosting foreign non-Iraqi militias",)
    assert d.act.speaker.label == "Iraq\u2019s defence ministry"


def test_the_object_stops_at_the_next_verb_of_saying():
    (d,) = denial(
        "Ostravia\u2019s foreign ministry denied that any armed group had crossed and accused Veloria of "
        "staging the incident."
    )
    assert d.denied == ("that any armed group had crossed",)


def test_not_denying_is_no_denial_and_nor_is_a_noun():
    assert denial("The minister did not deny that talks took place.") == [None]
    assert denial("Despite official denials, Al-Jazairi insisted that fighters were present.") == [None]


def test_a_judgement_set_before_the_object_is_not_what_is_denied():
    (d,) = denial(
        "Lev Arno, a brigade spokesman dismissed as \u201ctotally\u201d false the report that the chief was shot."
    )
    assert d.denied == ("the report that the chief was shot",)
    (d,) = denial("The ministry dismissed as baseless reports of a raid on the depot.")
    assert d.denied == ("reports of a raid on the depot",)


def test_a_deniers_own_words_that_say_it_is_not_so_restate_the_denial() -> None:
    units = said(
        "en",
        "Lev Arno denied the reports on Monday.",
        "\u201cWe have never been to the valley,\u201d Arno said.",
        "\u201cWe will not allow anyone to attack us,\u201d Arno said.",
        "\u201cWe have never been there either,\u201d Mira Osk said.",
    )
    assert [u[:2] for u in units] == [
        ("denial", "Lev Arno"),
        ("denial", "Lev Arno"),  # his own 'never': the denial told again
        ("quote", "Lev Arno"),  # 'will not allow' says what he will do, not that a report is untrue
        ("quote", "Mira Osk"),  # she denied nothing before
    ]


def test_a_restated_denial_is_another_place_of_the_one_denial() -> None:
    records = built(
        "en", "Lev Arno denied the reports on Monday.", "\u201cThere is no unit of ours there,\u201d Arno said."
    )
    (denial,) = [r for r in records if r["type"] == "denial"]
    assert [c["paragraph"] for c in denial["citations"]] == [2, 3]
    assert "the denier's own words, saying it is not so" in denial["notes"]
    assert not [r for r in records if r["type"] == "claim"]


def test_without_a_denial_a_negation_is_only_a_quotation() -> None:
    assert [u[0] for u in said("en", "\u201cWe have never been to the valley,\u201d Arno said.")] == ["quote"]


def test_a_deniers_words_that_deny_in_the_third_person_or_call_things_doctored_restate_its_denial() -> None:
    units = said(
        "en",
        "Veloria has rejected the claims of an attack on the depot.",
        "\u201cThe defence ministry denies there was any attack on the depot,\u201d Veloria's state television said.",
        "\u201cThe video was doctored and the two scenes were montaged,\u201d Veloria's state television said.",
        "\u201cThe convoy passed without incident,\u201d Veloria's state television said.",
        "\u201cNo foreign or local fighters were wounded,\u201d Veloria's state television said.",
        "\u201cThe harvest will be good this year,\u201d Veloria's state television said.",
        index=_veloria(),
    )
    assert [u[0] for u in units] == ["denial", "denial", "denial", "denial", "denial", "quote"]


def test_propaganda_restates_a_denial_only_when_it_is_what_was_said() -> None:
    units = said(
        "en",
        "Lev Arno denied the reports on Monday.",
        "\u201cAll such propaganda by the enemy will fail,\u201d Arno said.",
        "\u201cThe propaganda must be stopped,\u201d Arno said.",
    )
    assert [u[0] for u in units] == ["denial", "denial", "quote"]


def test_one_said_killed_said_to_be_well_restates_a_denier_s_denial() -> None:
    units = said(
        "en",
        "Lev Arno denied reports that Commander Tal was killed in the raid.",
        "\u201cCommander Tal is in good health and leads his men,\u201d Arno said.",
        "\u201cOur men are tired after the winter,\u201d Arno said.",
        "\u201cThe harvest is in good shape this year,\u201d Mira Osk said.",
    )
    assert [u[:2] for u in units] == [
        ("denial", "Lev Arno"),
        ("denial", "Lev Arno"),  # the one said killed is well: the denial told again
        ("quote", "Lev Arno"),
        ("quote", "Mira Osk"),  # she denied nothing before
    ]


def test_a_denial_relayed_in_another_s_quotation_is_a_place_of_the_denier_s_denial() -> None:
    units = said(
        "en",
        "The Kessel Brigade has denied claims that its men shelled the market.",
        "Meridian Wire covered the clashes for weeks.",
        "The council met on Monday.",
        "\u201cThe spokesman of the Kessel Brigade denied the reports of shelling,\u201d Meridian Wire said in a post.",
        "\u201cThe council denied the reports of a vote,\u201d Meridian Wire said in a post.",
    )
    assert [u[:2] for u in units] == [
        ("denial", "Kessel Brigade"),
        ("quote", "Meridian Wire"),  # the quotation stays the outlet's
        ("denial", "Kessel Brigade"),  # and is a place of the brigade's denial
        ("quote", "Meridian Wire"),  # the council denied nothing else in the article: no denier is made from it
    ]


def test_a_present_act_not_done_or_there_being_absolutely_none_restates_a_denial() -> None:
    units = said(
        "en",
        "Lev Arno denied the reports on Monday.",
        "\u201cWe don\u2019t keep rockets in the port,\u201d Arno said.",
        "\u201cThere is absolutely no deal with the council,\u201d Arno said.",
        "\u201cThe soldiers of the council do not sleep at night,\u201d Arno said.",
        "\u201cWe do not want a war,\u201d Arno said.",
    )
    assert [u[0] for u in units] == ["denial", "denial", "denial", "quote", "quote"]


def test_a_quoted_label_denies_the_thing_it_is_set_on_not_itself():
    # 'calling the allegations "fabricated"': the allegations were denied, not the word 'fabricated'
    cases = {
        "The Grey Banner Brigade on Saturday criticized a report by the Kessel Watch Network, calling the "
        "allegations \u201cfabricated\u201d and \u201cbaseless\u201d.": "the allegations",
        "Lev Arno called the reports \u201cpure fabrication\u201d.": "the reports",
        "The brigade described the accusations as \u201cbaseless\u201d.": "the accusations",
        "The Grey Banner Brigade said the reports were \u201cbaseless\u201d.": "the reports",
        "Veloria calls report on the depot at Kessel an \u2018unfounded lie\u2019": "report on the depot at Kessel",
    }
    for text, thing in cases.items():
        (d,) = denial(text)
        assert d.denied == (thing,), text


def test_a_quoted_label_on_a_pronoun_or_a_clause_keeps_the_label():
    # 'calling it "a lie"' or 'which it described as containing "..."': no better words are close by
    for text, label in {
        "Lev Arno called it \u201ca lie\u201d.": "a lie",
        "Veloria said it regretted the remarks, which it described as containing \u201cfalse claims\u201d.": (
            "false claims"
        ),
    }.items():
        (d,) = denial(text)
        assert d.denied == (label,), text


def test_the_one_charged_denies_not_the_charge():
    # a passive participle of charging after the subject, set off or not, is no speech: the one charged denies
    cases = {
        "The Kessel Brigade, blamed by the council for the raid, denied any role.": "Kessel Brigade",
        "The Kessel Brigade, accused by the council of the raid, denied any role.": "Kessel Brigade",
        "The Kessel Brigade, widely blamed for the raid, denied any role.": "Kessel Brigade",
        "Lev Arno, accused of fraud, denied the charges.": "Lev Arno",
        "Lev Arno accused by the council of fraud denied the charges.": "Lev Arno",
        "The commander blamed by the council for the ambush denied any involvement.": "the commander",
        "The brigade suspected of the ambush said it had no role in it.": "the brigade",
        # (a long charge after a person named before the comma describes the one charged, not that person)
        "After the death of former mayor Lena Varo, the Kessel commander blamed by the council for planning the "
        "ambush on Saturday denied any involvement.": "the Kessel commander",
    }
    for text, denier in cases.items():
        assert [u[:2] for u in said("en", text)] == [("denial", denier)], text
    # the active verb still speaks, and a phone is no agent
    assert said("en", "Lev Arno accused the council of fraud.")[0][:2] == ("reported", "Lev Arno")
    assert said("en", "Lev Arno said by phone that the reports were false.")[0][:2] == ("denial", "Lev Arno")


def test_an_office_with_no_article_is_an_appositive():
    # 'X, main spokesman for Y, told ...': the ranked office is the name's appositive, not a clause of its own
    text = (
        "Lev Arno, main spokesman for the Kessel Brigade group told news agency Meridian that no contacts had been "
        "made between the group and any council official."
    )
    assert [u[:2] for u in said("en", text)] == [("denial", "Lev Arno")]


def test_a_long_name_in_brackets_does_not_end_the_subject():
    # 'X, spokesperson of Y (Long Name Of Y), denied': the bracketed name is an aside, as a short acronym is
    text = (
        "Lev Arno, spokesperson of the northern axis of the Kessel Brigade (Kessel Army of the Free Mountains), denied "
        "killing of some civilians on the road."
    )
    assert [u[:2] for u in said("en", text)] == [("denial", "Lev Arno")]


def test_a_described_subject_after_after_denies():
    # 'X claimed the raid, after the armed group denied it': 'after' opens a clause with its own subject
    text = "The Front claimed the ambush on the road, after the paramilitary troops denied the incidents."
    assert ("denial", "the paramilitary troops") in [u[:2] for u in said("en", text)]
