"""Round 40's lead rules, on made-up sentences, from the fresh development articles: slashes set as quotation marks in
Arabic copy ('قائلا /إنها دعاية/'), read as marks only where every slash of the paragraph has a mark's shape."""

from __future__ import annotations

import pytest

from generator.draft.lang.arabic_script.plain_text import find_script_quotes
from tests.draft.conftest import quotation_speakers, said, said_en

SLASHED = [
    "وقال المتحدث باسم لواء كسليا دارا فيني /إننا لم نهاجم القافلة ولا علاقة لنا بالحادث/.",
    "وأضاف فيني في اتصال هاتفي /إن هذه الأنباء عارية عن الصحة/ .",
    "وقال فيني: /لن نتراجع عن موقفنا/، مضيفا /القافلة لم تكن هدفا لنا/.",
]


@pytest.mark.parametrize("paragraph", SLASHED)
def test_slashes_set_as_marks_are_quotations(paragraph: str) -> None:
    found = find_script_quotes(paragraph, 1)
    inside = [part for k, part in enumerate(paragraph.split("/")) if k % 2]
    assert [q.text for q in found] == inside


@pytest.mark.parametrize(
    "paragraph",
    [
        "وقال المتحدث باسم اللواء في 11/2 إن الهجوم وقع ليلا.",
        "سامي فيني/ المتحدث باسم لواء كسليا",
        "وذكر مراسل/محرر الوكالة أن القافلة وصلت.",
        "وقال فيني /إن القافلة وصلت إلى المدينة.",
        "ووصل الوفد يوم 3/4/2019 إلى المدينة /بحسب الوكالة.",
    ],
)
def test_a_slash_of_another_shape_is_no_mark(paragraph: str) -> None:
    assert find_script_quotes(paragraph, 1) == []


def test_a_slashed_quotation_goes_to_its_speaker() -> None:
    found = quotation_speakers("ar", SLASHED[0])
    assert found == {"إننا لم نه": {"دارا فيني"}}


# --- Persian: a clause on the subject, opened by 'که' and its verb of saying ----------------------------------------

DENIED_FA = "این امر صحت ندارد و اخبار منتشر شده کذب است."


@pytest.mark.parametrize(
    ("subject", "clause"),
    [
        ("یکی از نمایندگان مجلس", "( که تاکید داشت نام ایشان ذکر نشود)"),
        ("یکی از نمایندگان مجلس", "که تأکید داشت نامش فاش نشود"),
        ("یک منبع آگاه", "که تاکید کرده بود نام او ذکر نشود"),
        ("دارا فینی", "(که خواست نامش فاش نشود)"),
    ],
)
def test_a_verb_of_saying_in_a_clause_on_the_subject_leaves_the_subject_the_speaker(subject: str, clause: str) -> None:
    paragraph = f"{subject} {clause} در خصوص اخبار منتشر شده گفت: {DENIED_FA}"
    assert [(kind, who) for kind, who, _ in said("fa", paragraph)] == [("denial", subject)]


def test_a_verb_of_saying_before_that_clause_still_opens_it() -> None:
    # ('X گفت که Y این ادعا را رد کرد': 'که' after the verb of saying opens what X said, Y its subject)
    found = said("fa", "دارا فینی گفت که لو آرنو این ادعا را رد کرد.")
    assert [who for _, who, _ in found] == ["لو آرنو"]


# --- Persian: an outlet's tag with a colon, then a body whose object holds a name in marks ---------------------------


@pytest.mark.parametrize("name", ['"دارا فینی"', "«دارا فینی»", "دارا فینی"])
def test_a_name_in_marks_in_the_object_leaves_the_subject_after_a_tag(name: str) -> None:
    paragraph = f"کسل میدیا: دبیرخانه اجرایی حزب دمکرات کسلیا طی اطلاعیه‌ای سخنان {name} را تکذیب کرد."
    assert [(kind, who) for kind, who, _ in said("fa", paragraph)] == [("denial", "دبیرخانه اجرایی حزب دمکرات کسلیا")]


# --- Arabic: one's standing behind a deed, one's role or responsibility, no part of the denier's name ----------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("كما نفى فيني وقوفه وراء اغتيال الوزير.", "فيني"),
        ("ونفى دارا فيني وقوفه وراء الهجوم على القافلة.", "دارا فيني"),
        ("ونفت الحركة وقوفها وراء الهجوم.", "الحركة"),
        ("ونفى دارا فيني دوره في الهجوم.", "دارا فيني"),
        ("ونفى دارا فيني مسؤوليته عن الهجوم.", "دارا فيني"),
    ],
)
def test_ones_part_after_a_verb_of_denying_is_no_part_of_the_name(sentence: str, denier: str) -> None:
    found = said("ar", "اتهمت كسليا دارا فيني بالهجوم على القافلة.", sentence)
    assert found[-1][:2] == ("denial", denier)


# --- Arabic: a magazine before its name in marks; a relay after the outlet's adjective of origin --------------------


def test_a_magazines_name_in_marks_is_no_quotation() -> None:
    found = said("ar", "وقالت مجلة «كسل» الفرنسية إن دارا فيني لم يزر المدينة.")
    assert [(kind, who) for kind, who, _ in found] == [("reported", "مجلة كسل")]


@pytest.mark.parametrize("outlet", ["مجلة «كسل» الفرنسية", "صحيفة «كسل» الفرنسية", "صحيفة كسل اللبنانية"])
def test_words_relayed_after_the_outlets_origin_are_the_sources(outlet: str) -> None:
    found = quotation_speakers("ar", f"وكانت قد صرحت {outlet}، نقلا عن دارا فيني، «إن القافلة لم تكن هدفا لنا».")
    assert found == {"إن القافلة": {"دارا فيني"}}


# --- English: distancing one's side, ties played down; a false thing carried; an aside after 'and' ----------------

CHARGE = "Valdoria accused the Kessel Brigade of taking its money."


@pytest.mark.parametrize(
    "sentence",
    [
        "A spokesman for the Kessel Brigade, Lev Arno, distanced his group from elements in Valdoria.",
        "Lev Arno distanced their movement from the killing.",
        "Lev Arno, the brigade's spokesman, played down ties with Valdoria.",
        "Lev Arno downplayed the group's links to Valdoria.",
        "Lev Arno played down any role in the killing.",
        "Lev Arno has downplayed its alleged ties with Valdoria.",
    ],
)
def test_distancing_ones_side_or_playing_down_its_ties_is_a_denial(sentence: str) -> None:
    assert [(kind, who) for kind, who, _ in said_en(CHARGE, sentence)][-1] == ("denial", "Lev Arno")


@pytest.mark.parametrize(
    "sentence",
    [
        "Lev Arno downplayed the threat from Valdoria.",
        "Lev Arno played down the losses.",
        "Lev Arno distanced the minister from the scandal.",
        "Lev Arno said the man was carrying a false ID when he was detained.",
        "Lev Arno said the fighters used false names and false papers.",
        "Lev Arno said the men entered the town under false pretences.",
        "Lev Arno said the alert was a false alarm.",
    ],
)
def test_no_denial_without_ties_played_down_or_a_claim_called_false(sentence: str) -> None:
    assert "denial" not in [kind for kind, _, _ in said_en(CHARGE, sentence)]


def test_a_report_called_false_is_still_a_denial() -> None:
    assert [kind for kind, _, _ in said_en(CHARGE, "Lev Arno said the reports were false.")][-1] == "denial"


@pytest.mark.parametrize(
    "sentence",
    [
        'In one office, an aide approached a Kessel Daily reporter and, mistaking him for a local, said, "Speak up."',
        'Lev Arno approached the reporters and, smiling, said: "Speak up, all of you."',
    ],
)
def test_an_aside_after_and_leaves_the_subject_the_speaker(sentence: str) -> None:
    found = quotation_speakers("en", sentence)
    assert list(found.values()) == [{"an aide" if "aide" in sentence else "Lev Arno"}]
