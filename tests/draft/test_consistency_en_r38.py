"""English, round 38, review of round 37's English rules: where they fired wrongly or forgot a case.

A person before 'of' and a body whose given name ends as a people's word does ('Hassan Arno of the Kessel Brigade'),
and the body named in the plural ('of the Local Councils'); a plural head word that is also a family name ('Dara
Banks'); a speaker set after the denied words whose name has a particle in small letters ('Lev al-Arno', 'Luiz da
Vessa'); when and to whom with the day alone ('Tuesday to Meridian Radio'); 'the official Telegram channel of X';
'no rumours' (not a rumour: confirmed); 'go on to say', 'proceed to add' in the plural's present; 'at which he said';
'no order was ever issued' after 'in order to', 'in charge of', 'fired into the air' or 'dismissed the claims', which
tell of no such act; "they'd never" before a base form in '-en' (would) and an irregular participle (had); another's
name ending in a family name on file with a non-breaking hyphen ('Maher al\u2011Assad'); a kunya before the article on a
sun letter ('Abu ad-Dahab Venn'); an unclosed quotation whose sentence ends on a nested mark or a bracket; a short
clause before a colon that says where in a place of several words ('spoke in Port Sable:').

Made-up people (Lev Arno, Dara Venn, Hassan Arno), bodies (Kessel Brigade, Local Councils) and places (Velm, Tarvo)."""

from __future__ import annotations

import pytest

from tests.draft.conftest import built, claimants, curly, denied_by, project_index, quotes, record_kinds, said, speakers


def _kinds(*paragraphs: str) -> list[str]:
    return [kind for kind, _ in speakers("en", *paragraphs)]


# --- A person before 'of' and a body: a given name that ends as a people's word, a body in the plural ---------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Hassan Arno of the Kessel Brigade said the fighters had left Velm.", "hassan-arno"),
        ("Ali Venn of the Kessel Brigade said the fighters had left Velm.", "ali-venn"),
        ("Brian Tosk of the Kessel Front said the fighters had left Velm.", "brian-tosk"),
        ("Julian Marr of the Kessel Council said the fighters had left Velm.", "julian-marr"),
        ("Lev Arno of the Local Councils said the fighters had left Velm.", "lev-arno"),
        ("Dara Venn of the Tarvo Resistance Committees said the fighters had left Velm.", "dara-venn"),
        ("Dario Venn of the Kessel Unions said the fighters had left Velm.", "dario-venn"),
    ],
)
def test_the_person_before_of_and_a_body_is_the_person(text: str, person: str) -> None:
    assert record_kinds("en", text).get(person) == "person"


def test_a_body_named_after_a_peoples_word_stays_a_body() -> None:
    # (no given name first: the whole name is the body's)
    kinds = record_kinds("en", "The Velorian House of Representatives said the fighters had left Velm.")
    assert "person" not in kinds.values()


# --- A plural head word that is also a family name -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Dara Banks said the fighters had left Velm.", "dara-banks"),
        ("Lev Courts said the fighters had left Velm.", "lev-courts"),
    ],
)
def test_a_family_name_that_is_a_body_word_in_the_plural_is_a_persons(text: str, person: str) -> None:
    assert record_kinds("en", text) == {person: "person"}


@pytest.mark.parametrize("body", ["Kessel Councils", "Tarvo Resistance Committees", "Velm Local Unions"])
def test_a_body_named_in_the_plural_is_still_a_body(body: str) -> None:
    kinds = record_kinds("en", f"The {body} said the fighters had left Velm.")
    assert kinds and "person" not in kinds.values()


# --- A speaker set after the denied words, with a particle in small letters in the name ----------------------------


@pytest.mark.parametrize(
    "name", ["Lev al-Arno", "Luiz da Vessa", "Karel van Dorne", "Abu Dara al-Venni", "Sidi ould Dorne"]
)
def test_a_speakers_name_with_a_particle_is_not_denied(name: str) -> None:
    text = (
        "The Kessel Brigade denied reports that its fighters shelled the market in Tarvo, a spokesman for the "
        f"brigade's political wing, {name}, told Meridian Wire."
    )
    for written in (text, curly(text)):
        assert [what for _, what in denied_by("en", written)] == [
            "reports that its fighters shelled the market in Tarvo"
        ]


# --- When and to whom, the day with no preposition --------------------------------------------------------------------


@pytest.mark.parametrize(
    "tail",
    ["Tuesday to Meridian Radio", "Monday to reporters", "Sunday to journalists in Tarvo", "on Friday to the press"],
)
def test_the_day_alone_and_whom_it_was_told_to_are_not_denied(tail: str) -> None:
    text = f"The Kessel Brigade dismissed the claims of the committees {tail}."
    assert [what for _, what in denied_by("en", text)] == ["the claims of the committees"]


def test_a_thing_given_to_someone_stays_whole() -> None:
    text = "The ministry denied the transfer of arms to the Kessel Brigade."
    assert [what for _, what in denied_by("en", text)] == ["the transfer of arms to the Kessel Brigade"]


# --- A body's official channel on a platform, named before the body -------------------------------------------------


@pytest.mark.parametrize(
    "medium",
    ["official Telegram channel", "verified Telegram channel", "official WhatsApp channel", "official X account"],
)
def test_the_official_channel_of_a_body_is_the_bodys(medium: str) -> None:
    text = f"The {medium} of the Kessel Brigade accused the army of shelling the market in Velm."
    assert claimants("en", text) == [("claim", "kessel-brigade")]


# --- 'no rumours': what was said called no rumour is confirmed, not denied ------------------------------------------


@pytest.mark.parametrize(
    "clause", ["the reports were no rumours", "the reports are no rumours", "the seizure was no rumour"]
)
def test_reports_said_to_be_no_rumours_are_not_denied(clause: str) -> None:
    assert _kinds(f"Residents said the army had seized the bridge. The commander said {clause}.") == [
        "reported",
        "reported",
    ]


@pytest.mark.parametrize("clause", ["the seizure was just a rumour", "the reports were mere rumours"])
def test_reports_called_rumours_are_still_denied(clause: str) -> None:
    assert _kinds(f"Residents said the army had seized the bridge. The commander said {clause}.")[-1] == "denial"


# --- 'go on to say', 'proceed to add' in the plural's present -------------------------------------------------------


@pytest.mark.parametrize("going", ["go on to say", "proceed to add", "proceed to say", "went on to say"])
def test_going_on_to_say_is_no_part_of_the_speaker(going: str) -> None:
    text = f"The officials of the Kessel Brigade {going}: \u201cThe town is ours and will stay ours.\u201d"
    assert [(kind, who) for kind, who, _ in said("en", text)] == [("quote", "the officials of the Kessel Brigade")]


# --- 'at which he said' ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Lev Arno held a news conference in Velm, at which he said the brigade had left the town.", "Lev Arno"),
        (
            "Dara Venn answered Lev Arno's remarks at a rally, at which he said the brigade had left the town.",
            "Dara Venn",
        ),
        ("A recording emerged of a meeting at which Lev Arno said the brigade had left the town.", "Lev Arno"),
    ],
)
def test_the_pronoun_after_at_which_is_the_clauses_subject(text: str, speaker: str) -> None:
    assert [(kind, who) for kind, who, _ in said("en", text)] == [("reported", speaker)]


# --- 'no order was ever issued' after the same letters in another sense --------------------------------------------


@pytest.mark.parametrize(
    ("told", "answer"),
    [
        ("Lev Arno went to Velm in order to meet the elders.", "no order was ever issued to close the market"),
        ("Lev Arno went to Velm in order to meet the elders.", "no directive was ever issued to close the market"),
        ("Lev Arno, who is in charge of the camp, met the elders.", "no charges were filed against the guards"),
        ("Lev Arno, who is in charge of the camp, met the elders.", "no action was taken against the guards"),
        ("Soldiers fired into the air in Velm, residents said.", "no action was taken against the guards"),
        ("The army dismissed the claims of abuse at the camp in Velm.", "no action was taken against the guards"),
        ("Lev Arno held direct talks with the elders in Velm.", "no directive was ever issued to close the market"),
    ],
)
def test_no_act_done_after_no_such_act_told_denies_nothing(told: str, answer: str) -> None:
    assert _kinds(told, f"The governor said {answer}.")[-1] == "reported"


@pytest.mark.parametrize(
    ("told", "answer"),
    [
        ("Lev Arno ordered the market in Velm closed, residents said.", "no order was ever issued to close the market"),
        (
            "The army dismissed two officers over the abuse at the camp in Velm.",
            "no action was taken against the guards",
        ),
        ("Two guards were fired over the abuse at the camp in Velm.", "no action was taken against the guards"),
        ("Lev Arno was charged with abuse at the camp in Velm.", "no charges were filed against the guards"),
    ],
)
def test_no_act_done_after_the_act_told_still_denies(told: str, answer: str) -> None:
    assert _kinds(told, f"The governor said {answer}.")[-1] == "denial"


# --- "they'd never": 'would' before a base form in '-en', 'had' before an irregular participle -----------------------


@pytest.mark.parametrize(
    "clause",
    [
        "they'd never threaten the people of Velm",
        "they\u2019d never threaten the people of Velm",
        "its troops'd never open fire on the people of Velm",
        "they'd never weaken the defences of Velm",
    ],
)
def test_an_answer_to_reports_that_never_would_denies_nothing(clause: str) -> None:
    assert _kinds(f"In response to the reports, the ministry said {clause}.") == ["reported"]


@pytest.mark.parametrize(
    "clause",
    [
        "they'd never sent troops to Velm",
        "they\u2019d never fought in Velm",
        "its troops'd never held the bridge in Velm",
        "they'd never made any arrests in Velm",
    ],
)
def test_an_answer_to_reports_that_never_did_still_denies(clause: str) -> None:
    assert _kinds(f"In response to the reports, the ministry said {clause}.") == ["denial"]


# --- Another's name ending in a family name on file, the article joined by a non-breaking hyphen ----------------------


@pytest.mark.parametrize("name", ["Maher al\u2011Assad", "Hafez el\u2011Assad", "Rifaat Al\u2011Assad"])
def test_another_person_of_a_family_on_file_with_a_non_breaking_hyphen(name: str) -> None:
    # (Bashar al-Assad is on file with the alias 'Assad'; 'Maher al-Assad' is not him, however the hyphen is typed)
    records = built("en", f"Lev Arno said {name} had ordered an attack on the base.", index=project_index())
    assert "bashar-al-assad" not in next(r for r in records if r["type"] == "claim").get("subjects", [])


def test_the_family_name_on_file_alone_with_a_non_breaking_hyphen_still_names_him() -> None:
    records = built("en", "Lev Arno said President al\u2011Assad had ordered an attack.", index=project_index())
    assert "bashar-al-assad" in next(r for r in records if r["type"] == "claim").get("subjects", [])


# --- A kunya before a name with the article written onto a sun letter -----------------------------------------------


@pytest.mark.parametrize(
    ("name", "record"),
    [
        ("Abu ad-Dahab Venn", "abu-ad-dahab-venn"),
        ("Abu ash-Shams Venn", "abu-ash-shams-venn"),
        ("Abu az-Zubair Arno", "abu-az-zubair-arno"),
        ("Abu al-Fadl Venn", "abu-al-fadl-venn"),
    ],
)
def test_a_kunya_before_the_article_on_a_sun_letter_opens_the_name(name: str, record: str) -> None:
    assert claimants("en", f"On Monday, {name} said the dam in Velm was taken.") == [("claim", record)]


# --- A quotation left unclosed whose sentence ends on a nested quotation's mark or a bracket --------------------------


@pytest.mark.parametrize(
    "first",
    [
        "Yes, I reject their \u2018truce.\u2019",
        "Yes, I reject their 'truce.'",
        "Yes, I reject it (all of it).",
        "Yes, I reject their \u2018truce\u2019!",
    ],
)
def test_a_quotation_left_unclosed_ends_with_its_sentence_before_a_nested_mark(first: str) -> None:
    text = f"Lev Arno spoke in Velm. \u201c{first} Dara Venn responded, \u201cThey are not ours.\u201d"
    found = quotes(text)
    assert [who for _, who in found] == ["Lev Arno", "Dara Venn"]
    assert found[1][0] == "They are not ours."


# --- A short clause before a colon that says where in a place's name of several words ----------------------------------


@pytest.mark.parametrize(
    ("clause", "speaker"),
    [
        ("A ministry official spoke in Port Sable on Thursday", "a ministry official"),
        ("A ministry official spoke in New Kessa", "a ministry official"),
        ("A ministry official spoke on Thursday in Port Sable", "a ministry official"),
        ("He spoke in Port Sable on Thursday", "Lev Arno"),
        ("He spoke in Kessa on Thursday", "Lev Arno"),
    ],
)
def test_a_place_of_several_words_in_a_short_clause_names_no_speaker(clause: str, speaker: str) -> None:
    found = quotes("Lev Arno arrived on Monday.", f"{clause}: \u201cThe town is ours and will stay ours.\u201d")
    assert found == [("The town is ours and will stay ours.", speaker)]


def test_a_short_clause_with_another_name_is_still_no_label() -> None:
    found = quotes(
        "Lev Arno arrived on Monday.", "A ministry official met Dara Venn in Port Sable: \u201cThe town is ours.\u201d"
    )
    assert found == [("The town is ours.", None)]
