"""Review of the lead's Persian rule of round 33 (test_consistency_af_lead33.py): 'نه ... و نه' opening a clause after a
comma or a semicolon, as after 'که' or a colon, holds the clause's subjects, others' doing and no denial. Made-up
names (سامان رحیمی، کسلیا)."""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

CLAIM = "سامان رحیمی گفت که کسلیا به حرکت نور سلاح داده است."


@pytest.mark.parametrize(
    "text",
    [
        "سامان رحیمی گفت، نه این دولت و نه آن دولت به مردم کمک کرده است.",
        "سامان رحیمی گفت, نه این دولت و نه آن دولت به مردم کمک کرده است.",
        "سامان رحیمی از دولت انتقاد کرد؛ نه این دولت و نه آن دولت به مردم کمک کرده است.",
    ],
)
def test_neither_nor_opening_a_clause_after_a_comma_is_no_denial(text):
    assert "denial" not in [kind for kind, _, _ in said("fa", CLAIM, text)][1:]


# After the clause's subject, a comma before it changes nothing: still the speaker's denial.
def test_neither_nor_after_the_subject_after_a_comma_denies():
    text = "سامان رحیمی گفت، کسلیا نه سلاح و نه نیرو به حرکت نور فرستاده است."
    assert [kind for kind, _, _ in said("fa", CLAIM, text)][1:] == ["denial"]
