"""Round 42's English rules read again (round 43, helper r-en): near variants they missed and places they fired wrongly,
and one speaker under two spellings of a surname.

Made-up sentences only (Lev Arno, Dara Venn, Tovan Marelo, the Kessel Brigade, Kessia); each test asserts what a reader
would draft.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, built, quotes, said_en


def _kinds(*paragraphs: str) -> list[tuple[str, str]]:
    return [(k, who) for k, who, _ in said_en(*paragraphs)]


# --- 1. one man under two spellings of his surname, one vowel apart, with the same given name (discourse.entity) ---
# ('Sheikh Tovan Marelo dismissed the news of his killing.' then '"I am alive," said Tovan Marilo': one speaker, as the
# lead's 'I am alive' rule of 873dcf44 needs to read the second sentence as his denial restated)

ONE_VOWEL_APART = [
    ("Sheikh Tovan Marelo", "Tovan Marilo"),
    ("Sheikh Fu'ad Kessolo", "Fu'ad Kessola"),
    ("Tovan Marelo", "Tovan Marelu"),
    ("Commander Idris Abu Vantore", "Idris Abu Vantori"),
]


@pytest.mark.parametrize(("first", "second"), ONE_VOWEL_APART)
@pytest.mark.parametrize("words", ["I am alive and healthy", "I\u2019m alive"])
def test_a_surname_one_vowel_apart_with_the_same_given_name_is_one_speaker(first, second, words):
    got = _kinds(f"{first} dismissed the news of his killing.", f"\u201c{words},\u201d said {second}.")
    assert [k for k, _ in got] == ["denial", "denial"], got
    assert len({who for _, who in got}) == 1, got


def test_a_woman_s_surname_spelt_two_ways_is_one_speaker():
    got = _kinds("Dara Kessalin denied reports of her arrest.", '"I am safe," said Dara Kessolin.')
    assert got == [("denial", "Dara Kessalin"), ("denial", "Dara Kessalin")], got


def test_two_spellings_draft_one_actor():
    records = built(
        "en", EN_LEAD, "Sheikh Tovan Marelo dismissed the news of his killing.", '"I am alive," said Tovan Marilo.'
    )
    assert [r["id"] for r in records if r["type"] == "actor"] == ["tovan-marelo"], records


@pytest.mark.parametrize(
    "second",
    [
        "Marilo",  # the surname alone: another of the family may be meant
        "Dara Marilo",  # another given name
        "Tovan Mareko",  # a consonant apart
        "Tovan Maralu",  # two vowels apart
        "Tovan Marello",  # a letter more
    ],
)
def test_guard_no_one_speaker_without_the_same_given_name_and_one_vowel(second):
    got = _kinds("Tovan Marelo spoke on Monday.", f'"We will stay," said {second}.')
    assert got[-1][1] == second, got


def test_guard_a_short_surname_one_vowel_apart_is_another_person():
    got = _kinds("Dara Sol spoke on Monday.", '"We will stay," said Dara Sal.')
    assert got[-1][1] == "Dara Sal", got


def test_guard_two_people_one_vowel_apart_from_the_new_name_leave_it_alone():
    got = _kinds("Tovan Marelo and Tovan Marila spoke on Monday.", '"We will stay," said Tovan Marilo.')
    assert got[-1][1] == "Tovan Marilo", got


def test_guard_a_title_of_the_other_gender_is_another_person():
    got = _kinds("Mr Tovan Marelo spoke on Monday.", '"We will stay," said Mrs Tovan Marilo.')
    assert got[-1][1] != "Tovan Marelo", got


# --- 2. reports called a sham or a farce (verbs.SAID_JUDGED, 873dcf44): the news said to be going round, an adjective
# before 'sham', the word in marks ------------------------------------------------------------------------------------

SHAM = [
    "Lev Arno said the news being reported was a 'sham'.",
    "Lev Arno said the news being reported is a \u2018sham\u2019.",
    'Lev Arno said the news being reported was a "sham".',
    "Lev Arno said the news being reported was a sham.",
    "Dara Venn said the reports circulating online were a farce.",
    "Lev Arno said the reports were a complete sham.",
    "Dara Venn said the claims were an utter farce.",
    "Lev Arno said the reports being shared by the brigade were a total sham.",
    "Lev Arno called the reports a complete sham.",
    "Dara Venn dismissed the claims as an utter farce.",
]


@pytest.mark.parametrize("text", SHAM)
def test_reports_called_a_sham_in_every_form_are_denied(text):
    assert [k for k, _ in _kinds(text)] == ["denial"], text


@pytest.mark.parametrize(
    "text",
    [
        "Dara Venn said the trial was a sham.",  # not what was said
        "Dara Venn said the trial was a complete sham.",
        "Dara Venn said the reports of a sham trial were accurate.",
        "Dara Venn said the report exposed a sham.",
        "Dara Venn said the report was a shambles.",
        "Dara Venn said the report was shameful.",
        "Dara Venn said the news being reported was welcome.",
    ],
)
def test_guard_a_sham_that_is_no_report_or_no_sham_denies_nothing(text):
    assert [k for k, _ in _kinds(text)] == ["reported"], text


# --- 3. reports said NOT to be false ('said the reports were not a sham'): they stand, no denial (_SAID_NOT_JUDGED) -


@pytest.mark.parametrize(
    "text",
    [
        "Dara Venn said the reports were not a sham.",
        "Dara Venn said the claims weren't a sham.",
        "Dara Venn said the reports were not exaggerated.",
        "Dara Venn said the claims were never exaggerated.",
        "Dara Venn said the reports were not wrong.",
        "Lev Arno said the claims were not absurd.",
        "Lev Arno said that the claims were not a joke.",
        "Lev Arno said the reports were never a farce.",
    ],
)
def test_reports_said_not_to_be_false_are_upheld_not_denied(text):
    assert [k for k, _ in _kinds(text)] == ["reported"], text


@pytest.mark.parametrize(
    "text", ["Dara Venn said the reports were not accurate.", "Dara Venn said the reports were not true."]
)
def test_guard_reports_said_not_to_be_true_are_still_denied(text):
    assert [k for k, _ in _kinds(text)] == ["denial"], text


# --- 4. a question the text asks (denials._ASKED, 9b0f0f17): no denial, and no claim of 'Has Lev Arno' either ------


@pytest.mark.parametrize(
    "text",
    [
        "Has Lev Arno rejected the claims?",
        "Has the Kessel Brigade denied the reports?",
        "Did the Kessel Brigade deny the reports?",
        "Did Dara Venn dismiss the reports?",
        "Was the claim denied by Lev Arno?",
        "Have the officials rejected the charges?",
        "Why did the Kessel Brigade deny the reports?",
    ],
)
def test_a_question_the_text_asks_drafts_nothing(text):
    assert _kinds(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        'Lev Arno denied the reports, asking: "Why would we attack our own town?"',
        "Lev Arno has rejected the claims.",
        "Lev Arno rejected the claims. Did he? He did.",
    ],
)
def test_guard_a_denial_with_a_question_in_it_or_after_it_still_denies(text):
    assert ("denial", "Lev Arno") in _kinds(text), text


# --- 5. a denial named as a noun with its denier after it (speakers._DENIAL_FROM, 9b0f0f17): not one still to come,
# only likely, waited for or put as a condition ------------------------------------------------------------------------

CHARGE = "Lev Arno accused the Kessel Brigade of the raid."


@pytest.mark.parametrize(
    "text",
    [
        "A denial from the Kessel Brigade has yet to come.",
        "A denial from the brigade's spokeswoman has still to come.",
        "A denial by the Kessel Brigade is unlikely.",
        "A denial by the Kessel Brigade seems highly unlikely.",
        "A denial by the Kessel Brigade would change nothing.",
        "A denial from the Kessel Brigade is still expected.",
        "Kessia is still waiting for a denial from the Kessel Brigade.",
        "Kessia hoped for a denial from the Kessel Brigade.",
        "If a denial by the Kessel Brigade comes, it will be read.",
        "There was no denial from the Kessel Brigade.",
    ],
)
def test_a_denial_not_yet_made_is_no_denial(text):
    assert "denial" not in [k for k, _ in _kinds(CHARGE, text)], text


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The denial by the Kessel Brigade came hours later.", "Kessel Brigade"),
        ("The reports drew a swift denial from the Kessel Brigade.", "Kessel Brigade"),
        ("The denial by Kessia came after Lev Arno said it would strike.", "Kessia"),
        ("The denial by the Kessel Brigade was issued late on Monday.", "Kessel Brigade"),
    ],
)
def test_guard_a_denial_made_named_as_a_noun_still_denies(text, who):
    assert ("denial", who) in _kinds(CHARGE, text), text


# --- 6. 'the 54-year-old' (speakers._of_age, 30721386): not the last speaker where the article gave other ages --------


@pytest.mark.parametrize(
    "before",
    [
        "Lev Arno, 54, spoke on Monday.",  # another age given
        "Lev Arno spoke to a 61-year-old farmer on Monday.",  # the one of that age is unnamed
        "Lev Arno spoke on Monday to 61-year-old residents.",
    ],
)
def test_the_aged_with_no_one_named_of_that_age_is_not_the_last_speaker(before):
    got = quotes(EN_LEAD, before, '"We will stay," the 61-year-old said.')
    assert got[-1][1] != "Lev Arno", got


@pytest.mark.parametrize(
    ("before", "who"),
    [
        ("Lev Arno, 54, and Dara Venn, 61, spoke on Monday.", "Dara Venn"),
        ("61-year-old Dara Venn spoke on Monday.", "Dara Venn"),
        ("Dara Venn spoke on Monday.", "Dara Venn"),  # no age given at all: the last who spoke
    ],
)
def test_guard_the_aged_named_with_that_age_or_no_age_given(before, who):
    got = quotes(EN_LEAD, before, '"We will stay," the 61-year-old said.')
    assert got[-1][1] == who, got


# --- 7. 'never financed by Kessia' (denials._not_backed_for_others, 30721386): the one backed as a pronoun is the
# speaker itself, its denial -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Kessel Brigade said it has never been financed by Kessia.",
        "The Kessel Brigade said it was not armed by Kessia.",
        "The Kessel fighters said they were never funded by Kessia.",
        "Lev Arno, the brigade's spokesman, said it had never been backed by Kessia.",
    ],
)
def test_the_speaker_said_not_backed_by_another_denies(text):
    assert [k for k, _ in _kinds(text)] == ["denial"], text


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno said the Kessel Brigade has never been financed by Kessia.",
        "A Kessian official said the brigade has never been funded by Veloria.",
    ],
)
def test_guard_a_third_party_on_others_backing_claims(text):
    assert [k for k, _ in _kinds(text)] == ["reported"], text


# --- 8. an unnamed person 'in Kessel City' (speakers._PERSON_IN_PLACE, 30721386): people with no article, a place
# whose first word tells it ('Port Sable') ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "who"),
    [
        ("Kessian officials in Kessel City", "Kessian officials"),
        ("officials in Kessel City", "officials"),
        ("an official in Port Sable", "an official"),
        ("a spokeswoman based in Fort Arno", "a spokeswoman"),
        ("a Kessian official in Kessel City", "a Kessian official"),
    ],
)
def test_where_unnamed_people_are_is_no_part_of_them(subject, who):
    got = quotes(EN_LEAD, f'"We will stay," said {subject}.')
    assert got == [("We will stay,", who)], got


@pytest.mark.parametrize(
    "subject", ["an official in the Interior Ministry", "a commander in the Kessel Brigade", "officials in the Army"]
)
def test_guard_the_body_one_is_in_stays_part_of_him(subject):
    got = quotes(EN_LEAD, f'"We will stay," said {subject}.')
    assert got[-1][1] is not None and " in " in got[-1][1], got


# --- 9. '"I am alive," he said' after a denial of his death (lang/en._NEGATES, 873dcf44): women, many, contracted;
# and what is no word of being well --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "words", "verb"),
    [
        ("Dara Venn denied reports of her death.", "I am alive", "she said"),
        ("Dara Venn denied reports of her death.", "I\u2019m well", "she told reporters"),
        ("Lev Arno dismissed reports of his death.", "I am alive because the doctors saved me", "said Lev Arno"),
        ("The commanders denied reports of their deaths.", "We\u2019re alive", "the commanders said"),
    ],
)
def test_alive_in_the_first_person_after_a_denial_of_death_restates_it(before, words, verb):
    got = _kinds(before, f"\u201c{words},\u201d {verb}.")
    assert [k for k, _ in got] == ["denial", "denial"], got


@pytest.mark.parametrize(
    "words",
    [
        "I am tired of this war",
        "I am well aware of the rumours",
        "I am fine with the truce",
        "I am safe to say we will win",
        "Am I alive? Ask my enemies",
    ],
)
def test_guard_words_of_no_health_after_a_denial_of_death_are_a_quotation(words):
    got = _kinds("Lev Arno denied reports of his death.", f"\u201c{words},\u201d said Lev Arno.")
    assert [k for k, _ in got] == ["denial", "quote"], got


def test_guard_one_alive_who_is_another_is_a_quotation():
    got = _kinds("Lev Arno denied reports of his death.", '"I am alive," said Dara Venn.')
    assert got == [("denial", "Lev Arno"), ("quote", "Dara Venn")], got


# --- 10. a body and a person named together deny as two (lang/en._denied_together, 9b0f0f17) ---------------------


@pytest.mark.parametrize(
    ("subject", "who"),
    [
        ("The Kessel Brigade and Mayor Dara Sol", ["Kessel Brigade", "Dara Sol"]),
        ("Kessia and Mayor Dara Sol", ["Kessia", "Dara Sol"]),
        ("Mayor Dara Sol and the Kessel Brigade", ["Dara Sol", "Kessel Brigade"]),
        ("The Kessel Brigade and Governor Lev Arno", ["Kessel Brigade", "Lev Arno"]),
    ],
)
def test_a_body_and_a_titled_person_deny_as_two(subject, who):
    assert _kinds(f"{subject} denied the reports.") == [("denial", w) for w in who]
