"""Review of round 34's Arabic and Persian rules (r34-w-af, r34-m-af), with made-up names (سالم الداودي، سامي حمدان،
سامان رحیمی، حركة النور، کسلیا).

- the owner of an occasion after 'لل' whose word opens with 'ل' ('للجنة', 'للواء'): the article's 'ل' is not
  written, so the owner is 'اللجنة', 'اللواء', not 'الجنة', 'الواء';
- an outlet or an audience after 'ل' ('في حديث لقناة X، قال فيه', 'في تصريح للصحفيين') is whom the words were
  given to, no owner of the occasion;
- whom a verb of addressing addresses starts at no adjective of the office before it ('الأمين العام'), and may
  start after a word with 'لل' ('للحركة');
- in Persian, what was denied before the denier is an object closed by 'را' or a passive's subject closed by 'از
  سوی', never a time or a link before the subject ('روز شنبه X تکذیب کرد').
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import denied_by, said

SPOKE_AR = 'قال كريم داود إن "الهجوم نجح".'

OWNER_OPENING_WITH_L = [
    ('وجاء ذلك في بيان للجنة الأمنية، قالت فيه إن "الخبر كاذب".', "اللجنة الأمنية"),
    ('وجاء ذلك في مؤتمر صحفي للواء سالم الداودي، قال فيه إن "الخبر كاذب".', "سالم الداودي"),
    # (and, as before, the article's 'ل' on a word that opens with another letter)
    ('وجاء ذلك في مؤتمر صحفي للعقيد سالم الداودي، قال فيه إن "الخبر كاذب".', "سالم الداودي"),
]


@pytest.mark.parametrize(("text", "who"), OWNER_OPENING_WITH_L, ids=range(len(OWNER_OPENING_WITH_L)))
def test_the_owner_of_an_occasion_whose_word_opens_with_l(text, who) -> None:
    found = said("ar", SPOKE_AR, text)[1:]
    assert [w for _, w, _ in found] == [who]


GIVEN_TO_AFTER_L = [
    'وجاء ذلك في حديث لقناة الجزيرة، قال فيه إن "الخبر كاذب".',
    'وجاء ذلك في تصريح للصحفيين، قال فيه إن "الخبر كاذب".',
    'وجاء ذلك في مقابلة لوكالة الأنباء الكسلية، قال فيها إن "الخبر كاذب".',
    'وجاء ذلك في كلمة للأمة، قال فيها إن "الخبر كاذب".',
    'وجاء ذلك في تصريح صحفي لوكالة رويترز، قال فيه إن "الخبر كاذب".',
]


@pytest.mark.parametrize("text", GIVEN_TO_AFTER_L, ids=range(len(GIVEN_TO_AFTER_L)))
def test_whom_an_interview_is_given_to_is_no_owner_of_it(text) -> None:
    # (the outlet or the audience after 'ل' is whom it was given to: the one who spoke last says it)
    assert [w for _, w, _ in said("ar", SPOKE_AR, text)] == ["كريم داود", "كريم داود"]


ISSUED_AR = "وأصدرت حركة النور بيانا بشأن الهجوم على مدينة أسترا."

ADDRESSED_AFTER_AN_OFFICE = [
    ("وخاطب الأمين العام للحركة سامي حمدان الكسليين قائلا: «لن نسمح لكم بتدمير مدننا».", "سامي حمدان"),
    ("وخاطب الأمين العام للحركة الحكومة الكسلية بالقول: «لن نسمح لكم بتدمير مدننا».", "الأمين العام للحركة"),
    ("وخاطب المرشد الأعلى الحكومة الكسلية بالقول: «لن نسمح لكم بتدمير مدننا».", "المرشد الأعلى"),
]


@pytest.mark.parametrize(("text", "who"), ADDRESSED_AFTER_AN_OFFICE, ids=range(len(ADDRESSED_AFTER_AN_OFFICE)))
def test_whom_one_addresses_starts_at_no_adjective_of_the_office(text, who) -> None:
    found = said("ar", ISSUED_AR, text)[1:]
    assert [(kind, w) for kind, w, _ in found] == [("quote", who)]


CLAIM_FA = "رسانه‌های کسلیا گزارش دادند که نیروهای جنبش نور به شهر آسترا حمله کرده‌اند."

NOTHING_DENIED_BEFORE = [
    ("روز شنبه سامان رحیمی تکذیب کرد.", "روز شنبه"),
    ("در همین حال سخنگوی جنبش نور تکذیب کرد.", "در همین حال"),
    ("اما سخنگوی جنبش نور، سامان رحیمی، تکذیب کرد.", "اما"),
]


@pytest.mark.parametrize(("text", "lead"), NOTHING_DENIED_BEFORE, ids=range(len(NOTHING_DENIED_BEFORE)))
def test_a_time_or_a_link_before_the_denier_is_not_what_was_denied(text, lead) -> None:
    found = [w for _, w in denied_by("fa", CLAIM_FA + "\n\n" + text)]
    assert len(found) == 1 and found[0] != lead


def test_an_object_closed_by_ra_before_the_denier_is_still_what_was_denied() -> None:
    text = "روز شنبه، ادعای حمله به آسترا را سامان رحیمی تکذیب کرد."
    found = [w for _, w in denied_by("fa", CLAIM_FA + "\n\n" + text)]
    assert len(found) == 1 and found[0].endswith("ادعای حمله به آسترا")
