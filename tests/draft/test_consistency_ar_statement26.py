"""Arabic statements in their own voice, round 26: shapes seen in real statements, with made-up names.

A body's statement on its own site denies in the first person with no verb of saying ('نحن ننفي بشدة هذه الأخبار')
and its spokesman signs it below, often with a slash between name and office ('سامي الوردي/ المتحدث باسم حركة
النور'). The denial is the signer's; the word after a first-person verb is its object, never its denier. Guards: 'we'
in words a named speaker reports stays that speaker's; an unsigned statement drafts no 'we' or object as a denier.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

SIGNATURES = [
    "سامي الوردي/ المتحدث باسم حركة النور",
    "سامي الوردي / المتحدث باسم حركة النور",
    "سامي الوردي المتحدث باسم حركة النور",
]

OWN_VOICE = [
    "نحن ننفي بشدة مثل هذه الأخبار العارية عن الصحة.",
    "ننفي بشدة هذه الأخبار العارية عن الصحة.",
    "نرفض هذه الادعاءات الكاذبة جملة وتفصيلا.",
    "ونحن نكذب هذه المزاعم ونؤكد أن الحركة لم تتصل بأحد.",
    "وقد نفينا مرارا هذه الشائعات المغرضة.",
    "نحن نفند كل هذه الادعاءات الباطلة.",
]


@pytest.mark.parametrize("signature", SIGNATURES)
@pytest.mark.parametrize("denial", OWN_VOICE)
def test_ar_statement_in_its_own_voice_is_its_signers(denial: str, signature: str) -> None:
    got = said(
        "ar",
        "تداولت وسائل الإعلام اليوم أنباء مفادها أن الحركة تلقت عرضا من الحكومة الكسلية.",
        denial,
        signature,
    )
    assert [(kind, speaker) for kind, speaker, _ in got] == [("denial", "سامي الوردي")]


def test_ar_we_in_a_named_speakers_words_stays_his() -> None:
    # guard: 'قال X إننا ننفي ...': the speaker named reports 'we', and is the denier
    got = said("ar", "وقال سامي الوردي إننا ننفي بشدة هذه الأخبار العارية عن الصحة.")
    assert {speaker for kind, speaker, _ in got if kind == "denial"} == {"سامي الوردي"}


def test_ar_unsigned_statement_makes_no_pronoun_or_object_a_denier() -> None:
    # guard: with no signature, neither 'نحن' nor the verb's object ('مثل', 'هذه') is drafted as the denier
    got = said("ar", "نحن ننفي بشدة مثل هذه الأخبار العارية عن الصحة.", "ونؤكد أن الحركة ماضية في طريقها.")
    assert not {speaker for _, speaker, _ in got} & {"نحن", "مثل", "هذه", "بشدة"}


def test_ar_third_person_denial_keeps_its_subject() -> None:
    # guard: 'نفى' (he denied) begins with the same letter as 'ننفي' (we deny) and is read as before
    got = said("ar", "ونفى سامي الوردي هذه الأخبار العارية عن الصحة.", SIGNATURES[0])
    assert [(kind, speaker) for kind, speaker, _ in got] == [("denial", "سامي الوردي")]
