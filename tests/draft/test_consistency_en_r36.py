"""English, round 36, review of round 35's English rules: the cases, spellings and forms they forgot.

A denier's words in the present's continuous form with a pronoun's contraction ('we're not sending'); a quotation set as
its subject's predicate that opens on a contracted negative ('"hasn't held the bridge"'); campaigns in the plural that
accuse the one who denounces them; a report judged with its speaker's tag set in after the verb ('said Lev Arno') or
with its hearers ('told reporters'); a weekday with 'late' or 'early' and no 'on' before what is denied; a speaker who
goes on 'reiterating' or 'underlining', or after 'told reporters that'; an answer to reports in a paragraph's second
sentence; what was said judged false with an owner before it ('called their claims absurd'); 'Abou' as 'Abu'; a plural
possessive typed with an accent ('the rebels` spokesman').

Made-up people (Lev Arno, Dara Venn), bodies (Kessel Brigade, Dara Front) and places (Arnotown).
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built, denied, drafts, project_index, quotes, record_kinds, said

_DENIED_LEAD = "Lev Arno, director of foreign relations of the Kessel Government, flatly denies the allegation."


def _claims_and_denials(words: str) -> list[str]:
    """The types of the claims and denials drafted from the denial above and Lev Arno's quoted ``words`` after it."""
    return [
        r["type"] for r in built("en", _DENIED_LEAD, f'"{words}," said Lev Arno.') if r["type"] in ("claim", "denial")
    ]


@pytest.mark.parametrize(
    "words",
    [
        "We're not sending troops to Arnotown",
        "We\u2019re not sending troops to Arnotown",
        "They're not arming the militias",
        "I'm not hiding anyone in Arnotown",
        "It\u2019s not providing weapons to the Dara Front",
        "He's not paying the fighters",
    ],
)
def test_a_contracted_continuous_denial_restates_the_denial(words: str) -> None:
    assert _claims_and_denials(words) == ["denial"]


@pytest.mark.parametrize(
    "words",
    ["We're not going to leave Arnotown", "They're not seeking a war with anyone", "We\u2019re not being paid"],
)
def test_a_contracted_plan_or_stance_stays_a_claim(words: str) -> None:
    assert _claims_and_denials(words) == ["denial", "claim"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('Kessel Brigade "hasn\'t held the bridge since May," and its fighters left.', "Kessel Brigade"),
        ("Kessel Brigade \u201chasn\u2019t held the bridge since May,\u201d and its fighters left.", "Kessel Brigade"),
        ('The Dara Front "didn\'t take the town," and its fighters left.', "Dara Front"),
        ('The Dara Front "won\'t accept the ceasefire," and its fighters left.', "Dara Front"),
        ('The Dara Front "can\'t accept the ceasefire," and its fighters left.', "Dara Front"),
        ('The Dara Front "wasn\'t in Arnotown," and its fighters left.', "Dara Front"),
    ],
)
def test_a_predicate_in_marks_opening_on_a_contracted_negative_is_the_subjects(sentence: str, speaker: str) -> None:
    found = quotes(sentence)
    assert len(found) == 1
    assert found[0][1] is not None and speaker in found[0][1]


def _denials(*paragraphs: str) -> list[tuple[str, str]]:
    return [(kind, speaker) for kind, speaker, _ in said("en", *paragraphs) if kind == "denial"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kessel Brigade denounced campaigns that accuse it of shelling the market.",
        "The Kessel Brigade denounced the campaigns that accuse it of shelling the market.",
        "The Kessel Brigade denounced campaigns accusing it of shelling the market.",
        "The Kessel Brigade condemned the smear campaigns that blame it for shelling the market.",
        "The Kessel Brigade condemned the campaign of accusation against it.",
    ],
)
def test_denouncing_campaigns_that_accuse_oneself_is_a_denial(sentence: str) -> None:
    assert _denials(sentence) == [("denial", "Kessel Brigade")]


def test_denouncing_campaigns_that_accuse_another_is_none() -> None:
    assert _denials("The Kessel Brigade denounced campaigns that accuse the Dara Front of shelling the market.") == []


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("The reports of a raid, said Lev Arno, were made up.", "Lev Arno"),
        ("The reports of a raid, said the brigade's spokesman, were absurd.", "the brigade's spokesman"),
        ("The reports of a raid, Lev Arno told reporters, were made up.", "Lev Arno"),
        ("The claims of a raid, Lev Arno claimed, were invented.", "Lev Arno"),
        ("The reports of a raid, the brigade maintained, were exaggerated.", "the brigade"),
    ],
)
def test_a_report_judged_with_its_speakers_tag_set_in_is_denied(sentence: str, denier: str) -> None:
    assert _denials(sentence) == [("denial", denier)]


@pytest.mark.parametrize(
    "sentence",
    ["The reports of a raid, said Lev Arno, were confirmed.", "The plan for a raid, said Lev Arno, was absurd."],
)
def test_a_tag_set_in_denies_nothing_not_judged_false(sentence: str) -> None:
    assert _denials(sentence) == []


@pytest.mark.parametrize(
    "when", ["late Thursday", "early Thursday", "yesterday evening", "late yesterday", "late Friday night"]
)
def test_a_weekday_with_late_or_its_time_and_no_on_is_no_part_of_what_is_denied(when: str) -> None:
    assert denied("en", f"The Kessel Brigade denied {when} that its fighters left Arnotown.") == [
        "that its fighters left Arnotown"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        'Lev Arno told reporters that the Dara Front claimed it had taken Arnotown, stressing that "this is not true".',
        'Lev Arno told journalists on Friday that the Dara Front claimed it had taken Arnotown, adding that "this is '
        'not true".',
        'Lev Arno said that the Dara Front claimed it had taken Arnotown, reiterating that "this is not true".',
        'Lev Arno said that the Dara Front claimed it had taken Arnotown, underlining that "this is not true".',
        'Lev Arno said that the Dara Front claimed it had taken Arnotown, highlighting that "this is not true".',
    ],
)
def test_who_tells_anothers_claim_goes_on_in_its_own_voice(sentence: str) -> None:
    assert _denials(sentence) == [("denial", "Lev Arno")]


def test_who_claims_in_its_own_sentence_goes_on_in_its_own_voice() -> None:
    units = said(
        "en",
        'Lev Arno spoke on Friday. The Dara Front claimed it had taken Arnotown, reiterating that "the town is ours".',
    )
    assert [speaker for _, speaker, words in units if words.startswith("the town")] == ["Dara Front"]


@pytest.mark.parametrize(
    "sentence",
    [
        "In response to the reports, the ministry said its troops take orders from Ostra, not from militia leaders.",
        "Responding to the claims, the ministry said its troops take orders from Ostra, not from militia leaders.",
        "In reply to a story in the Kessel Times, the ministry said its troops take orders from Ostra, not from the "
        "brigade.",
    ],
)
def test_an_answer_to_reports_in_a_paragraphs_second_sentence_denies(sentence: str) -> None:
    assert _denials(f"Dara Venn spoke at noon. {sentence}") == [("denial", "the ministry")]


def test_an_answer_to_reports_in_a_second_sentence_that_declines_to_speak_denies_nothing() -> None:
    assert (
        _denials("Dara Venn spoke at noon. In response to the reports, the ministry said it would not comment.") == []
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry called their claims absurd.",
        "The ministry called the brigade's claims absurd.",
        "The ministry called the Kessel Brigade\u2019s allegations invented.",
        "The ministry called their reports fake.",
        "The ministry called the Kessel Times' reports far from the truth.",
        "The ministry termed his claims baseless.",
        "The ministry called her accusations a myth.",
    ],
)
def test_what_was_said_judged_false_with_its_owner_in_front_is_denied(sentence: str) -> None:
    assert _denials(sentence) == [("denial", "the ministry")]


@pytest.mark.parametrize(
    "sentence",
    ["The ministry called their plan absurd.", "The ministry called the brigade's decision incorrect."],
)
def test_what_was_not_said_judged_with_its_owner_in_front_is_no_denial(sentence: str) -> None:
    assert _denials(sentence) == []


@pytest.mark.parametrize("mark", ["`", "\u00b4"])
@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels{} spokesman denied reports that they left Arnotown.",
        "The Kessel Brigades{} spokesman denied reports that they left Arnotown.",
    ],
)
def test_a_plural_possessive_typed_with_an_accent_reads_as_the_apostrophe(sentence: str, mark: str) -> None:
    typed = said("en", sentence.format(mark))
    assert [(kind, speaker) for kind, speaker, _ in typed] == [
        (kind, speaker) for kind, speaker, _ in said("en", sentence.format("\u2019"))
    ]
    assert typed[0][2] == sentence.format(mark)  # (the archive's own mark is what is cited)


def test_a_mark_that_closes_a_word_it_opened_stays() -> None:
    assert said("en", "The `rules` are strict, the Kessel Brigade said.")[0][2] == (
        "The `rules` are strict, the Kessel Brigade said."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Lev Arno, media advisor to Kessel Brigade leader Dara Venn, denied reports that the brigade left Arnotown.",
        "Lev Arno, spokeswoman for Kessel Brigade leader Dara Venn, denied reports that the brigade left Arnotown.",
        "Lev Arno, press secretary to Kessel Brigade leader Dara Venn, denied reports that the brigade left Arnotown.",
    ],
)
def test_who_holds_an_office_to_another_speaks_with_the_offices_written_once(sentence: str) -> None:
    assert _denials(sentence) == [("denial", "Lev Arno")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lev Arno, media advisor to the council, said the brigade left Arnotown.",
        "Lev Arno, military spokesperson for the front, said the brigade left Arnotown.",
    ],
)
def test_an_office_with_its_field_in_front_still_speaks(sentence: str) -> None:
    assert [(kind, speaker) for kind, speaker, _ in said("en", sentence)] == [("reported", "Lev Arno")]


@pytest.mark.parametrize(
    "clause",
    ["its troops never take orders from militia leaders", "its troops have never entered Arnotown"],
)
def test_an_answer_to_reports_that_says_never_denies(clause: str) -> None:
    assert _denials(f"In response to the reports, the ministry said {clause}.") == [("denial", "the ministry")]


@pytest.mark.parametrize(
    "clause", ["it would never comment on them", "it will never accept a ceasefire", "it has never wanted a war"]
)
def test_an_answer_to_reports_that_never_wants_or_comments_denies_nothing(clause: str) -> None:
    assert _denials(f"In response to the reports, the ministry said {clause}.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Chief of Army Staff Qoravel Tunsk said the road was open.",
        "Chief of Army Staff Qoravel Tunsk denied reports that the army shelled Arnotown.",
        "Chief of Naval Staff Qoravel Tunsk said the road was open.",
        "Chief of the Army Staff Qoravel Tunsk told reporters the road was open.",
    ],
)
def test_a_name_after_chief_of_army_staff_opening_the_sentence_is_a_person(sentence: str) -> None:
    assert [who for _, who, _ in said("en", sentence)] == ["Qoravel Tunsk"]
    assert record_kinds("en", sentence).get("qoravel-tunsk") == "person"


@pytest.mark.parametrize(
    "part", ["dissident group", "rival group", "dissident wing", "breakaway wing", "factional cell", "splinter faction"]
)
def test_every_word_that_makes_a_group_a_bodys_part_makes_its_name_a_body(part: str) -> None:
    kinds = record_kinds(
        "en", f"A {part} of Kessa Doran denied the report.", "Kessa Doran said the army planned the raid."
    )
    assert kinds.get("kessa-doran") == "armed-group"


def test_a_restated_denial_with_no_quotation_denies_what_follows_its_verb() -> None:
    found = denied(
        "en",
        "The Kessel Brigade denied reports that its fighters left Arnotown.",
        "The brigade's spokesperson says its fighters did not leave Arnotown.",
    )
    assert len(found) == 2 and "spokesperson" not in found[1] and "Arnotown" in found[1]


@pytest.mark.parametrize(
    ("state", "body"),
    [
        ("South Sudan's", "Foreign Ministry"),
        ("South Sudan\u2019s", "Defence Ministry"),
        ("Saudi Arabia's", "Foreign Ministry"),
        ("Sierra Leone's", "Armed Forces"),
        ("Sudan's", "Foreign Ministry"),
    ],
)
def test_a_new_body_keeps_the_name_of_a_state_of_several_words_whole(state: str, body: str) -> None:
    sentence = f"Lev Arno, a spokesman for {state} {body}, denied reports that its troops left Arnotown."
    names = [d.data.get("name") for d in drafts("en", sentence, index=project_index()) if d.type == "actor"]
    assert f"{state.replace(chr(0x2019), chr(39))} {body}" in names
