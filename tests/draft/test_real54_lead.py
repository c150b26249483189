"""Round 54's lead's rules, tested on made-up sentences, each with near-misses: the day set off by commas between a
subject and its verb ('The brigade, on Monday, denied ...'), as other asides are; and a listed capital alone, with
no record, standing for its government ('a claim Cairo has denied'), as a country's name does, not a person called
so. Found on the walk-through of a fresh development article (Daily Trust, 2024)."""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, LEAD_AR, drafts, last_units, said

# --- the day set off by commas --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The Kessel Brigade, on Monday, denied responsibility for the attack.", ("denial", "Kessel Brigade")),
        ("The ministry, late on Sunday, rejected the reports as baseless.", ("denial", "the ministry")),
        ("The Orvale Front, on Friday night, denied any role in the blast.", ("denial", "Orvale Front")),
        ("Lev Arno, on Tuesday, dismissed the claims as lies.", ("denial", "Lev Arno")),
        ("The council, last week, denied that it had met the envoy.", ("denial", "the council")),
        (
            "The Kessel Brigade, accused of abuses in the war, on Monday, denied responsibility for the killings.",
            ("denial", "Kessel Brigade"),
        ),
        ("Dara Venn, the brigade's spokesman, on Monday, denied the report.", ("denial", "Dara Venn")),
        ('The Velorian army, this morning, said it had "retaken the bridge".', ("quote", "the Velorian army")),
        ('The council, on Thursday, called the plan "a step back".', ("quote", "the council")),
    ],
)
def test_the_day_set_off_by_commas_leaves_the_subject_speaking(sentence: str, unit: tuple[str, str]) -> None:
    assert last_units(sentence) == [unit], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # the day inside what is said, or no verb of saying after it
        "He said the army, on Monday, had shelled the town.",
        "The Kessel Brigade, on Monday, shelled the town.",
        # a phrase that is no day between the commas, which says nothing of who spoke
        "The Kessel Brigade, on the other hand, the army, denied the report.",
    ],
)
def test_no_speaker_read_across_what_is_not_a_day(sentence: str) -> None:
    assert ("denial", "Kessel Brigade") not in last_units(sentence), sentence


# --- a capital standing for its government ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("He accused Veloria of arming the rebels, a claim Cairo has denied.", "Cairo"),
        ("He accused Veloria of arming the rebels, a charge London denies.", "London"),
        ("Cairo denied the reports.", "Cairo"),
        ("London has rejected the allegations.", "London"),
        ("Tehran dismissed the claims as baseless.", "Tehran"),
        ("Doha denied any role in the talks.", "Doha"),
    ],
)
def test_a_listed_capital_alone_speaks_for_its_state(sentence: str, state: str) -> None:
    made = drafts("en", EN_LEAD, sentence)
    denials = [d.data for d in made if "denier" in d.data]
    assert [d["denier"] for d in denials] == [{"described_as": state}], denials
    assert "a state or its capital as the speaker" in denials[0]["notes"]
    # (no actor drafted as a person so named)
    assert not [d.data for d in made if d.data.get("name") == state], made


@pytest.mark.parametrize(
    ("paragraphs", "person"),
    [
        # a person of that surname named before keeps it
        (("Ted Paris, a lawyer for the council, spoke on Sunday.", "Paris denied the reports."), "Ted Paris"),
        (("Mara London, the brigade's spokeswoman, was in Port Sable.", "London denied the reports."), "Mara London"),
    ],
)
def test_a_capitals_name_that_is_a_persons_surname_stays_the_persons(paragraphs: tuple[str, ...], person: str) -> None:
    made = drafts("en", EN_LEAD, *paragraphs)
    assert [d.data for d in made if d.data.get("name") == person and d.data.get("kind") == "person"], made
    assert not [d.data for d in made if d.data.get("denier", {}).get("described_as") in ("Paris", "London")], made


# --- Arabic: two present verbs joined, no subject between them ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('وأضاف "جيش الفرسان" في بيان، إنه يؤكد ويكرر "بأننا لم نعين أحدا ليتحدث باسمنا".', "جيش الفرسان"),
        ('وقالت الكتيبة في بيان إنها تؤكد وتكرر "أننا لم نفاوض أحدا".', "الكتيبة"),
        ('وقالت الوزارة إنها تنفي وتستنكر "ما نشرته الصحيفة عن الاجتماع".', "الوزارة"),
        ('وتؤكد وتشدد الكتيبة على "أننا لم نفاوض أحدا".', "الكتيبة"),
        ('وأوضح المجلس أنه يؤكد ويجدد "رفضه لأي تفاوض".', "المجلس"),
    ],
)
def test_arabic_second_present_verb_is_no_subject(sentence: str, speaker: str) -> None:
    units = said("ar", LEAD_AR, sentence)
    assert units and {who for _, who, _ in units} == {speaker}, units


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a name or an office that opens with 'و' stays the subject
        ('ويؤكد وليد الحسني أن "الكتيبة لم تنسحب".', "وليد الحسني"),
        ('ويقول وزير الدفاع إن "الكتيبة لم تنسحب".', "وزير الدفاع"),
        ('وتقول وداد الحسني إن "الكتيبة لم تنسحب".', "وداد الحسني"),
    ],
)
def test_arabic_name_opening_with_and_stays_the_subject(sentence: str, speaker: str) -> None:
    assert [who for _, who, _ in said("ar", LEAD_AR, sentence)] == [speaker]
