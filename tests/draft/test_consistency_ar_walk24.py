"""Arabic and Persian, round 24 of issue 17, three shapes seen in the round's walk-through (a Lebanon 24 article):

- the subject between 'كان' and 'قد' may say where it is ('وكانت حسابات على منصة "إكس" قد زعمت', accounts on
  the X platform had claimed): the subject ends at the preposition. Before, the whole subject was refused and the
  claim went to whoever spoke last;
- a comma typed after a space ('المتحدث باسم الحكومة ، سامي الوردي،') sets off the name after an office as one
  typed onto the word does;
- an agency's name in marks after 'news' ('لوكالة أنباء "X"') is a name, not words quoted;
- accounts, pages and tweeters are described, as reports are, never drafted as a body named 'حسابات'.

Made-up names only. Guards keep a source's body ('مصدر في الحركة') and a statement aside ('في بيان') as they were.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built, said

BEFORE = "وقال المتحدث باسم الحركة علي حسن إن الأنباء كاذبة."
HEADS = ["حسابات", "صفحات", "مصادر", "ناشطون"]
WHERE = ['على منصة "إكس"', "على منصة إكس", "عبر فيسبوك", "من داخل الحركة", "في مدينة كسلان"]
VERBS = [("وكانت", "زعمت", "reported"), ("وكانت", "نفت", "denial"), ("وكان", "ادعى", "reported")]


@pytest.mark.parametrize("head", HEADS)
@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize(("kana", "verb", "kind"), VERBS)
def test_the_subject_before_qad_ends_at_where_it_is(head, where, kana, verb, kind) -> None:
    sentence = f"{kana} {head} {where} قد {verb} أن قائد الحركة قتل في غارة جوية."
    got = said("ar", BEFORE, sentence)
    # the head alone, or with where it is when the rules for sources keep it ('مصادر في مدينة كسلان')
    assert [k for k, _, _ in got[1:]] == [kind], got
    assert got[1][1] in (head, f"{head} {where}"), got


def test_a_source_keeps_the_body_it_is_in() -> None:
    # (guard) 'مصدر في الحركة': a source and its body, one subject, as before
    got = said("ar", BEFORE, "وكان مصدر في الحركة قد نفى أن قائد الحركة قتل في غارة جوية.")
    assert [(k, s) for k, s, _ in got[1:]] == [("denial", "مصدر في الحركة")], got


def test_a_statement_aside_is_still_no_part_of_the_subject() -> None:
    # (guard) 'وكانت الوزارة في بيان قد نفت': the ministry, in a statement
    got = said("ar", BEFORE, "وكانت وزارة الدفاع في بيان قد نفت أن قائد الحركة قتل في غارة جوية.")
    assert [(k, s) for k, s, _ in got[1:]] == [("denial", "وزارة الدفاع")], got


def test_a_name_after_kana_is_still_whole() -> None:
    # (guard) 'علي' folds as 'على' (on); the name is written with ي and stays a name
    got = said("ar", BEFORE, "وكان علي حسن قد نفى أن قائد الحركة قتل في غارة جوية.")
    assert [(k, s) for k, s, _ in got[1:]] == [("denial", "علي حسن")], got


OFFICES = ["المتحدث باسم الحكومة", "وزير الدفاع", "الناطق الرسمي باسم الحركة"]
COMMAS = [" ، ", " , ", "، "]


@pytest.mark.parametrize("office", OFFICES)
@pytest.mark.parametrize("comma", COMMAS)
@pytest.mark.parametrize(("verb", "kind"), [("نفى", "denial"), ("قال", "quote")])
def test_a_name_after_an_office_whatever_the_space_before_its_comma(office, comma, verb, kind) -> None:
    rest = "صحة الأنباء عن مقتل القائد." if verb == "نفى" else 'إن "الحركة ستواصل عملها في المدينة".'
    got = said("ar", f"{verb} {office}{comma}سامي الوردي، {rest}")
    assert [(k, s) for k, s, _ in got] == [(kind, "سامي الوردي")], got


@pytest.mark.parametrize("comma", [" ، ", "، "])
def test_a_persian_name_after_an_office_whatever_the_space_before_its_comma(comma) -> None:
    got = said("fa", f"سخنگوی وزارت خارجه{comma}رضا کاظمی گفت: «این ادعا بی‌اساس است».")
    assert [(k, s) for k, s, _ in got] == [("denial", "رضا کاظمی")], got


@pytest.mark.parametrize("agency", ['لوكالة أنباء "كسلان"', 'لوكالة أنباء "كسلان نيوز"', "لوكالة أنباء «كسلان»"])
def test_an_agency_named_in_marks_is_no_quotation(agency) -> None:
    got = said("ar", f'وقال سامي الوردي في تصريح {agency} إن "الحركة لم تشارك في الهجوم".')
    assert got == [("quote", "سامي الوردي", "الحركة لم تشارك في الهجوم")], got


def test_reports_named_in_marks_are_still_what_is_denied() -> None:
    # (guard) 'نفت الحركة أنباء "مقتل القائد"': 'news' without 'agency' before it opens what is denied
    got = said("ar", 'ونفت الحركة أنباء "مقتل القائد".')
    assert [(k, s) for k, s, _ in got] == [("denial", "الحركة")], got


@pytest.mark.parametrize("who", ['وكانت حسابات على منصة "إكس" قد زعمت', "وزعمت صفحات على فيسبوك", "وقال مغردون"])
def test_accounts_online_are_described_not_drafted_as_a_body(who) -> None:
    records = built("ar", BEFORE, f"{who} أن قائد الحركة قتل في غارة جوية.")
    claims = [r for r in records if r["type"] == "claim"]
    assert [c["claimant"] for c in claims][-1:] == [{"described_as": who.split()[1]}], records
    assert {r["type"] for r in records} == {"actor", "claim", "denial"}, records
    assert all(r["name"] == "علي حسن" for r in records if r["type"] == "actor"), records
