"""Persian, round 24: denials read as claims or not read at all in development articles (metamorphic tests).

Made-up people (رضا کاظمی، علی محمدی), a made-up party (حزب نمونه) and made-up bodies, as Persian writes them.
Each variant is read as its plain twin:
- a sentence that opens with a statement ('در بیانیه X ...') has the statement as the subject of its passive of
  saying, however long the clauses between ('در بیانیه X که روز شنبه ... منتشر شد، با اشاره به ... نوشته شده: «...»'),
  as 'در بیانیه X نوشته شده: «...»'; and 'it is written' (نوشته شده) is such a passive, as 'تاکید شده' is; a passive
  with no statement before it ('روی دیوار نوشته شده') still has no speaker (guard);
- a subject set off by a semicolon, as Dari news writes a lead ('X؛ زخمی شدن Y را شایعه خوانده می‌گوید'), is the
  subject, as 'X زخمی شدن Y را شایعه خواند' is; a clause after a semicolon with its own subject keeps it (guard);
- 'did not attack' ('به X حمله نکرده است') is a denial of the attack, as 'چنین حمله‌ای صورت نگرفته' is; 'has not
  attacked yet' and the verbal noun ('حمله نکردن') are none (guard);
- a claim told by its content ('که گویا ...'، 'مبنی بر اینکه ...') and closed by a comma before 'is not right'
  ('درست نیست') is denied, however long its clause, as 'این گزارش درست نیست' is; 'it is not right that'
  ('درست نیست که') judges and denies nothing (guard).
"""

from __future__ import annotations

import itertools

from tests.draft.conftest import deniers, said

LEAD = "رضا کاظمی، وزیر کشور، روز شنبه به خبرنگاران گفت: «اوضاع آرام است»."


def units(*paragraphs: str) -> list[tuple[str, str]]:
    """(kind, speaker label) of every unit drafted from ``paragraphs``."""
    return [(kind, who) for kind, who, _ in said("fa", *paragraphs)]


# --- a sentence that opens with a statement ------------------------------------------------------------------------

# (the statement as written, its label)
STATEMENTS = [
    ("بیانیه دفتر حزب نمونه در تهران", "دفتر حزب نمونه"),
    ("اطلاعیه وزارت دفاع", "وزارت دفاع"),
    ("اعلامیه سپاه نمونه", "سپاه نمونه"),
]
# what stands between the statement and its passive verb (nothing, or clauses longer than the six words allowed before)
BETWEEN = [
    "",
    " که روز شنبه توسط خبرگزاری ایلنا منتشر شده است با اشاره به این شایعه ها",
    " که دیروز در پی انتشار گزارش‌های رسانه‌های خارجی درباره این رویداد منتشر شد،",
]
PASSIVES = ["نوشته شده:", "نوشته شده است:", "تاکید شده است:", "اعلام شده:"]
DENIED = ["«شایعه‌هایی که اخیرا منتشر شده عاری از صحت می‌باشد».", "«این گزارش‌ها بی‌اساس است»."]


def test_a_passive_of_saying_in_a_sentence_opened_by_a_statement_is_the_statements():
    """'در بیانیه X ...، ... نوشته شده: «...»' is X's denial, however long the clause between, as 'در بیانیه X نوشته
    شده: «...»' is."""
    failed = []
    for (statement, label), between, passive, words in itertools.product(STATEMENTS, BETWEEN, PASSIVES, DENIED):
        text = f"در {statement}{between} {passive} {words}"
        if deniers("fa", LEAD, text) != [label]:
            failed.append((text, units(LEAD, text)))
    assert not failed, failed[:5]


def test_it_is_written_with_no_statement_has_no_speaker():
    """Guard: 'روی دیوار سفارت نوشته شده: «...»' (it is written on the embassy's wall) names no one."""
    assert deniers("fa", LEAD, "روی دیوار سفارت نوشته شده: «این گزارش دروغ است».") == []


# --- a subject set off by a semicolon ------------------------------------------------------------------------------

# (officials in the party, described: 'مقام‌ها' is no body's name of its own)
SUBJECTS = [
    ("مقام‌ها در حزب نمونه", "مقام‌ها در حزب نمونه"),
    ("سخنگوی وزارت دفاع", "سخنگوی وزارت دفاع"),
    ("حزب نمونه", "حزب نمونه"),
]
OBJECT_VERBS = [
    "زخمی شدن رهبر این حزب را شایعه خوانده می‌گویند که برخی‌ها شایعه می‌سازند",
    "کشته شدن فرمانده را تکذیب کرده است",
    "ادعای رسانه‌های پاکستانی را بی‌اساس خواند",
    "حمله به پایگاه را رد کرد",
]


def test_a_subject_set_off_by_a_semicolon_is_the_subject():
    """'X؛ ... را تکذیب کرد' is X's denial, as 'X ... را تکذیب کرد' is."""
    failed = []
    for (subject, label), rest in itertools.product(SUBJECTS, OBJECT_VERBS):
        text = f"{subject}؛ {rest}."
        plain = deniers("fa", LEAD, f"{subject} {rest}.")
        if deniers("fa", LEAD, text) != [label] or plain != [label]:
            failed.append((text, units(LEAD, text), plain))
    assert not failed, failed[:5]


def test_a_clause_after_a_semicolon_with_its_own_subject_keeps_it():
    """Guard: 'اوضاع آرام است؛ X ... را رد کرد' and 'به گزارش Y؛ X ...': X, with its own subject, is the denier."""
    assert deniers("fa", LEAD, "اوضاع آرام است؛ وزارت دفاع ادعای رسانه‌ها را بی‌اساس خواند.") == ["وزارت دفاع"]
    assert deniers("fa", LEAD, "به گزارش آوا؛ وزارت دفاع ادعای رسانه‌ها را بی‌اساس خواند.") == ["وزارت دفاع"]
    # (an opening phrase before the semicolon is no subject: the last speaker goes on)
    assert "در همین حال" not in deniers("fa", LEAD, "در همین حال؛ ادعای رسانه‌ها را بی‌اساس خواندند.")


# --- did not attack ------------------------------------------------------------------------------------------------

SAID_THAT = [
    ("چندین رسانه به نقل از ارتش نمونه اعلام کرده‌اند که", "ارتش نمونه"),
    ("سخنگوی ارتش گفت که", "سخنگوی ارتش"),
    ("علی محمدی تاکید کرد که", "علی محمدی"),
]
NOT_ATTACKED = [
    "کشور ما به خاک همسایه حمله نکرده است",
    "نیروهای ما به این روستا حمله نکرده‌اند",
    "ارتش به پایگاه‌های آنها یورش نبرده است",
    "ما به هیچ کشوری حمله نکرده‌ایم",
    "نیروهای ما به مواضع آنها حمله ننموده‌اند",
]


def test_did_not_attack_is_a_denial():
    """'X گفت که ... حمله نکرده است' (did not attack) is X's denial, reported or quoted."""
    failed = []
    for (lead, label), words in itertools.product(SAID_THAT, NOT_ATTACKED):
        for text in (f"{lead} {words}.", f'{lead} "{words}."'):
            if deniers("fa", LEAD, text) != [label]:
                failed.append((text, units(LEAD, text)))
    assert not failed, failed[:5]


def test_not_yet_attacked_and_not_attacking_are_no_denial():
    """Guard: 'هنوز حمله نکرده' (has not attacked yet), 'حمله نکردن' (not attacking, a noun), 'تجاوز نکرد' (did not
    exceed) deny nothing."""
    assert deniers("fa", LEAD, "وزیر دفاع گفت که دشمن هنوز حمله نکرده است.") == []
    assert deniers("fa", LEAD, "وزیر دفاع گفت که حمله نکردن به غیرنظامیان یک اصل است.") == []
    assert deniers("fa", LEAD, "وزیر دفاع گفت که شمار زخمی‌ها از ده نفر تجاوز نکرد.") == []


# --- a claim told by its content, then 'is not right' --------------------------------------------------------------

CLAIMS = [
    "معلومات سازمان ملل که گویا صد تن از اعضای دولت پیشین پس از تغییر حکومت کشته شده اند،",
    "گزارش رسانه‌ها مبنی بر اینکه نیروهای خارجی در این ولایت حضور یافته‌اند و پایگاه ساخته‌اند،",
    "ادعای رسانه‌ها که گویا فرمانده ارشد این گروه در حمله هوایی در نزدیکی مرز کشته شده است،",
    "این حرف که گویا رهبر گروه در شهر دیگری در خارج از کشور زندگی می‌کند،",
]
NOT_RIGHT = ["درست نیست", "صحیح نیست"]
SPOKE = [("علی محمدی گفت:", "علی محمدی"), ("سخنگوی طالبان در توییترش نوشته است:", "سخنگوی طالبان")]


def test_a_claim_told_by_its_content_then_not_right_is_denied():
    """'X گفت: «... که گویا ...، درست نیست»' is X's denial, however long the clause, as 'X گفت: «این گزارش درست
    نیست»' is."""
    failed = []
    for (lead, label), claim, not_right in itertools.product(SPOKE, CLAIMS, NOT_RIGHT):
        text = f"{lead} «{claim} {not_right}.»"
        if deniers("fa", LEAD, text) != [label] or deniers("fa", LEAD, f"{lead} «این گزارش {not_right}.»") != [label]:
            failed.append((text, units(LEAD, text)))
    assert not failed, failed[:5]


def test_it_is_not_right_that_judges_and_denies_nothing():
    """Guard: '... که گویا آسان است، درست نیست که ...' (it is not right that) judges; no denial."""
    assert deniers("fa", LEAD, "علی محمدی گفت که این کار که گویا آسان است، درست نیست که انجام شود.") == []


# --- neither ... exists nor ... ------------------------------------------------------------------------------------

NEITHER_NOR = [
    "نه راهی برای کمک به این گروه وجود دارد و نه هیچ شرکتی در این خصوص وجود دارد",
    "نه نیروی خارجی در این پایگاه حضور دارد و نه سلاحی از خارج رسیده است",
    "نه پایگاهی در این منطقه وجود دارد و نه نیرویی",
    "نه مستشاران خارجی در این شهر حضور دارند و نه نیروهای آنها",
]


def test_neither_exists_nor_is_a_denial():
    """'X گفت که نه ... وجود دارد و نه ...' (there is neither ... nor ...) is X's denial, as 'X گفت که ... وجود
    ندارد' is."""
    failed = []
    for (lead, label), words in itertools.product(SAID_THAT, NEITHER_NOR):
        text = f"{lead} {words}."
        if deniers("fa", LEAD, text) != [label]:
            failed.append((text, units(LEAD, text)))
    assert not failed, failed[:5]


def test_not_only_and_neither_confirmed_nor_denied_are_no_denial():
    """Guard: 'نه تنها ... وجود دارد و نه ...' (not only) and 'نه تایید و نه تکذیب' (neither confirmed nor denied)."""
    assert deniers("fa", LEAD, "علی محمدی گفت که نه تنها مشکلی وجود دارد و نه فقط یکی.") == []
    assert deniers("fa", LEAD, "علی محمدی گفت که این خبر را نه تایید و نه تکذیب می‌کند.") == []
