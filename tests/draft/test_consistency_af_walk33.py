"""Arabic and Persian, round 33: shapes seen in the round's walk-through of unseen news of denials (Sudan, Libya,
Syria, Iran, Afghanistan), written again with made-up names (سامي عبد الله، حركة النور، کامران نوری، کسلیا).

- Arabic: a man named again by a family name made with 'الله' ('وقال عبد الله' after 'العميد سعيد عبد الله'): its
  key's last word folds to two letters ('له'), too short to be read as a surname, and he became a second person.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built, said

SURNAME_WITH_ALLAH = [
    (
        ("أكد المتحدث باسم الجيش الكسلي العميد سعيد عبد الله، أن القوات متماسكة.", 'وقال عبد الله "القوات موحدة".'),
        "سعيد عبد الله",
    ),
    (
        ("قال وزير الداخلية الكسلي سعيد عبد الله إن الوضع مستقر.", 'وتابع عبد الله "لا صحة لما يتم تداوله من إشاعات".'),
        "سعيد عبد الله",
    ),
    (
        ("قال الناطق باسم حركة النور خالد عبد الله إن مقاتليها انسحبوا.", 'وأضاف عبد الله أن "الحركة لن تتراجع".'),
        "خالد عبد الله",
    ),
    (
        ("قال الناطق باسم حركة النور خالد عبدالله إن مقاتليها انسحبوا.", 'وأضاف عبدالله أن "الحركة لن تتراجع".'),
        "خالد عبدالله",
    ),
    (
        ("أكد القيادي في حركة النور سامي فتح الله أن الحركة لم تنسحب.", 'وقال فتح الله "المقاتلون في مواقعهم".'),
        "سامي فتح الله",
    ),
]


@pytest.mark.parametrize("paras,who", SURNAME_WITH_ALLAH, ids=range(len(SURNAME_WITH_ALLAH)))
def test_a_family_name_made_with_allah_is_the_man_named_before(paras, who) -> None:
    assert {speaker for _, speaker, _ in said("ar", *paras)} == {who}
    assert [r["name"] for r in built("ar", *paras) if r["type"] == "actor"] == [who]
