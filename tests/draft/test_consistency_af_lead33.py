"""Persian, round 33 (the lead's merge of two helpers' rules): 'نه ... و نه ...' before one verb in the past is the
speaker's denial only after the clause's subject ('این کشور نه سلاح و نه نیرو فرستاده است'); opening the clause,
after 'که' or after a colon, the two 'نه' are its subjects, others' doing, and no denial ('نه این رژیم و نه آن رژیم
به مردم کمک کرده است', neither this regime nor that has helped the people). Made-up names (سامان رحیمی، کسلیا).
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

CLAIM = "سامان رحیمی گفت که کسلیا به حرکت نور سلاح داده است."


@pytest.mark.parametrize(
    "text",
    [
        "سامان رحیمی گفت: «نه این رژیم و نه آن رژیم به مردم کمک کرده است.»",
        "سامان رحیمی گفت که نه این دولت و نه آن دولت به مردم کمک کرده است.",
        "سامان رحیمی گفت: نه کسلیا و نه همسایگانش به مردم کمک کرده‌اند.",
    ],
)
def test_neither_nor_over_the_subjects_is_no_denial(text):
    assert [kind for kind, _, _ in said("fa", CLAIM, text)][1:] in (["quote"], ["reported"])


@pytest.mark.parametrize(
    "text",
    [
        "سامان رحیمی گفت که کسلیا نه سلاح و نه نیرو به حرکت نور فرستاده است.",
        "سامان رحیمی گفت: «این کشور نه سلاح و نه نیرو به حرکت نور داده است.»",
    ],
)
def test_neither_nor_after_the_subject_denies(text):
    assert [kind for kind, _, _ in said("fa", CLAIM, text)][1:] == ["denial"]
