"""Arabic and Persian, round 34 (mending known shapes), written with made-up names (سامي حمدان، سامان رحیمی، حركة
النور، کسلیا).

- a verb with no subject of its own in the reporter's aside ('وتجدر الإشارة إلى أن ...', 'يذكر أن ...', 'يشار إلى
  أن ...', 'ومن الجدير بالذكر أن ...'): the aside is the writer's, so the verb is not the last speaker's; a speaker
  the aside names ('يذكر أن الوزارة نفت ...') still speaks.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

# ---- 1. a verb with no subject in the reporter's aside

SPOKE_AR = "قال المتحدث باسم وزارة الدفاع الكسلية سامي حمدان إن قواته قصفت مواقع حركة النور في المدينة."

ASIDE_NO_SUBJECT = [
    "يذكر أنه كان قد أكد في وقت سابق أن القوات لن تنسحب.",
    "ويذكر أنه سبق أن نفى وجود قوات أجنبية في المنطقة.",
    "وتجدر الإشارة إلى أنه نفى في وقت سابق أي علاقة بالهجوم.",
    "تجدر الإشارة إلى أنه أعلن الأسبوع الماضي عن عملية مماثلة.",
    "ومن الجدير بالذكر أنها نفت الشهر الماضي وجود أي اتصالات مع الحركة.",
    "يشار إلى أن المدينة تعرضت لقصف عنيف، وأعلن مقتل خمسة مدنيين.",
    "وتجدر الإشارة إلى أن الهجوم جاء بعد أسبوع من هجوم مماثل، ونفت حينها أي مسؤولية عنه.",
    "الجدير بالذكر أن الاشتباكات اندلعت قبل يومين، وأكد أنها ستستمر.",
    "ويشار إلى أنه كان قد صرح بأن العملية ستنتهي قريبا.",
]


@pytest.mark.parametrize("text", ASIDE_NO_SUBJECT, ids=range(len(ASIDE_NO_SUBJECT)))
def test_a_verb_with_no_subject_in_the_writer_s_aside_is_no_one_s(text) -> None:
    assert said("ar", SPOKE_AR, text)[1:] == []


ASIDE_NAMES_A_SPEAKER = [
    ("يذكر أن وزارة الخارجية الكسلية نفت الأسبوع الماضي وجود أي اتصالات مع الحركة.", "وزارة الخارجية الكسلية"),
    ("وتجدر الإشارة إلى أن حركة النور كانت قد نفت تلقيها أسلحة من الخارج.", "حركة النور"),
    ("ويذكر أن حمدان، الذي تولى منصبه العام الماضي، نفى تلقي الحركة أسلحة من الخارج.", "سامي حمدان"),
    ("يشار إلى أن الحكومة الكسلية كانت قد أكدت أن القوات لن تنسحب.", "الحكومة الكسلية"),
]


@pytest.mark.parametrize(("text", "who"), ASIDE_NAMES_A_SPEAKER, ids=range(len(ASIDE_NAMES_A_SPEAKER)))
def test_a_speaker_the_aside_names_still_speaks(text, who) -> None:
    found = said("ar", SPOKE_AR, text)[1:]
    assert [w for _, w, _ in found] == [who]


def test_a_verb_with_no_subject_after_the_speaker_s_sentence_is_still_his() -> None:
    found = said("ar", SPOKE_AR, "وأكد أن العملية مستمرة.")[1:]
    assert [w for _, w, _ in found] == ["سامي حمدان"]
