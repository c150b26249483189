"""Arabic and Persian, round 42 of issue 17: shapes round 41 left, each in made-up variants (several names, verbs and
objects, masculine and feminine, with and without 'قد'). Made-up names only (Luay Kasili, Sami Hamdan, Laila Samir,
Rida Zakariya, the Kessel Brigades, the city of Astra).
"""

from __future__ import annotations

import pytest

from generator.draft.names import states_named
from tests.draft.conftest import LEAD_AR, af_units, claimants, project_index

# --- 1. an indefinite accusative object after a name ('عقد X مؤتمرا صحفيا'): the name stops before it ------------

OBJECT_AFTER_NAME = [
    ('وعقد لؤي كسيلي مؤتمرا صحفيا قال فيه: "لن نتراجع عن مطالبنا".', "لؤي كسيلي"),
    ('عقد لؤي كسيلي مؤتمرا صحفيا. وقال: "لن نتراجع عن مطالبنا".', "لؤي كسيلي"),
    ('ونشر سامي حمدان تسجيلا مصورا قال فيه إن "الكتائب لن تتراجع".', "سامي حمدان"),
    ('وقد عقدت ليلى سمير مؤتمرا صحفيا قالت فيه: "نحن مع التهدئة".', "ليلى سمير"),
    ('وأصدر سامي حمدان بيانا رسميا قال فيه: "لن نتراجع عن مطالبنا".', "سامي حمدان"),
    ('ألقى لؤي كسيلي خطابا مطولا. وقال: "لن نتراجع عن مطالبنا".', "لؤي كسيلي"),
    ('وعقد رضا زكريا مؤتمرا صحفيا قال فيه: "لن نتراجع عن مطالبنا".', "رضا زكريا"),
    ('وبث سامي حمدان تسجيلا صوتيا قال فيه: "الكتائب باقية في أسترا".', "سامي حمدان"),
]


@pytest.mark.parametrize(("text", "speaker"), OBJECT_AFTER_NAME)
def test_an_indefinite_accusative_object_ends_the_name_before_it(text, speaker):
    assert af_units("ar", text) == [("quote", speaker)]


def test_a_name_of_words_ending_in_alif_stays_whole():
    # (given names may end in alif: 'رضا', 'زكريا'; a name data knows is no accusative object)
    assert af_units("ar", 'وقال رضا زكريا: "لن نتراجع عن مطالبنا".') == [("quote", "رضا زكريا")]


# --- 2. 'مصر على' (insistent on) names no state; Egypt after a preposition or before 'على رأس' still does ---------

INSISTENT = [
    "وقال سامي حمدان إن الحركة مصر على مواصلة القتال.",
    "وأكدت ليلى سمير أن الوزير مصر على موقفه.",
    "وقال سامي حمدان: إنه مصر عليه حتى النهاية.",
    "وقالت ليلى سمير إن الوفد مصر علينا في هذا الأمر.",
]


@pytest.mark.parametrize("text", INSISTENT)
def test_insistent_on_names_no_state(text):
    assert states_named(text) == set()


@pytest.mark.parametrize("text", INSISTENT[:2])
def test_insistent_on_leaves_a_generic_body_on_file_linked(text):
    got = claimants("ar", LEAD_AR, text, "ونفى مجلس النواب الأنباء عن انسحاب القوات.", index=project_index())
    assert ("denial", "iraqi-parliament") in got, got


@pytest.mark.parametrize(
    "text", ["وزار سامي حمدان مصر على رأس وفد.", "ووصل إلى مصر على متن طائرة.", "وقال المسؤول في مصر كلاما."]
)
def test_egypt_before_on_after_a_preposition_or_at_the_head_of_is_egypt(text):
    assert states_named(text) == {"eg"}
