"""Arabic, round 23 of issue 17: 'رد فعل' (a reaction) is a noun, never a verb of saying with its subject; and a
quotation opened after 'إن' that holds a term in straight marks, whose closing mark ends both.

Made-up names only. Guards keep 'رد' (answered) a verb where it is one, and a stray mark before the speech stray.
"""

from __future__ import annotations

import pytest

from generator.draft.lang.arabic_script.plain_text import find_script_quotes
from tests.draft.conftest import said

REACTIONS = ["رد فعل", "ردة فعل", "ردود فعل", "ردود الفعل", "كرد فعل", "بمثابة رد فعل"]


@pytest.mark.parametrize("reaction", REACTIONS)
@pytest.mark.parametrize(
    "sentence",
    [
        'واعتبر علي حسن إطلاق الصواريخ {r} على "الاعتداءات المتكررة" على القرى.',
        'قال علي حسن إن الهجوم جاء {r} على "الاعتداءات المتكررة".',
    ],
)
def test_a_reaction_is_no_speaker(reaction, sentence) -> None:
    got = said("ar", sentence.format(r=reaction))
    assert got and all(speaker == "علي حسن" for _, speaker, _ in got), got


def test_answered_is_still_a_verb() -> None:
    # (guard) 'ورد X على الاتهامات' (X answered the charges): X speaks
    got = said("ar", 'ورد علي حسن على الاتهامات قائلا إن "الحركة لم تشارك في الهجوم".')
    assert [(k, s) for k, s, _ in got] == [("denial", "علي حسن")], got


TERMS = ['"الإرهابية"', '"المتطرفة والتكفيرية"', '"داعش"']


@pytest.mark.parametrize("term", TERMS)
@pytest.mark.parametrize("opening", ["إن", "أن", "بأن", ":"])
def test_a_term_in_marks_closing_the_quotation_closes_both(term, opening) -> None:
    inner = term.rstrip('"')
    text = f'وقال علي حسن {opening} "القائد بخير ويواصل عمله لمواجهة الجماعات {inner}"، وفق ما أوردته الوكالة.'
    quotes = [q.text for q in find_script_quotes(text, 1)]
    assert quotes == [f"القائد بخير ويواصل عمله لمواجهة الجماعات {inner}"], quotes


def test_a_stray_mark_before_the_speech_is_still_stray() -> None:
    # (guard) 'موقع "الكسلية نت قد ادعى ... إن "..."': the mark before the name never closed; the speech is quoted
    text = 'وكان موقع "الكسلية نت قد ادعى، وقال علي حسن إن "الحركة لم تشارك في الهجوم".'
    assert [q.text for q in find_script_quotes(text, 1)] == ["الحركة لم تشارك في الهجوم"]
