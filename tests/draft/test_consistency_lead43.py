"""Round 43's lead rules, on made-up sentences: a body in marks within an office's title runs on to the body it
belongs to (Persian 'رئیس «کمیته ...» مجلس') or, in Arabic, to the holder's name after it."""

from __future__ import annotations

import pytest

from tests.draft.conftest import built, said

# --- a body in marks within an office's title ---------------------------------------------------------------------


@pytest.mark.parametrize("committee", ["کمیته روابط خارجی", "کمیته روابط خارجی کمیسیون امنیت ملی و سیاست خارجی"])
@pytest.mark.parametrize("body", ["مجلس", "مجلس کسلیا", "ایران"])
@pytest.mark.parametrize("verb", ["گفت:", "افزود:", "با اشاره به این گزارش گفت:"])
def test_persian_office_of_a_marked_body_runs_on_to_its_body(committee: str, body: str, verb: str) -> None:
    units = said("fa", f"رئیس «{committee}» {body} {verb} این تنها یک اتهام است.")
    assert [(kind, who) for kind, who, _ in units] == [("denial", f"رئیس {committee} {body}")]


def test_persian_marks_closed_before_no_body_keep_the_office_alone() -> None:
    # (what follows the marks is no body: the title ends at them, as before)
    units = said("fa", "رئیس «کمیته روابط خارجی» امروز گفت: این تنها یک اتهام است.")
    assert [who for _, who, _ in units] == ["رئیس کمیته روابط خارجی"]


@pytest.mark.parametrize("adjective", ["", "البرلمانية ", "الكسلية "])
@pytest.mark.parametrize("name", ["سامي الوردي", "خالد عبد الله الكسلي"])
def test_arabic_office_of_a_marked_body_then_its_holder(adjective: str, name: str) -> None:
    units = said("ar", f'وقال رئيس "لجنة الأمن والدفاع" {adjective}{name} إن التقرير كاذب.')
    assert [(kind, who) for kind, who, _ in units] == [("denial", name)]


def test_arabic_office_of_a_marked_body_with_no_holder_named() -> None:
    units = said("ar", 'وقال رئيس "لجنة الأمن والدفاع" في البرلمان: "التقرير كاذب".')
    assert [who for _, who, _ in units] == ["رئيس لجنة الأمن والدفاع"]


# --- Arabic: another's statement relayed within a denier's words restates no denial of his --------------------------

_DENIED_BEFORE = "قال المتحدث باسم الحركة، سامي الوردي، إن “التقرير ملفق“."


@pytest.mark.parametrize("issuer", ["الولايات المتحدة", "الحكومة الكسلية", "وزارة الدفاع الكسلية"])
@pytest.mark.parametrize("issued", ["أصدرت بياناً حول ما نشر من انتهاكات، وجاء فيه", "نشرت بيانا ورد فيه"])
def test_arabic_anothers_statement_in_a_deniers_words_is_his_claim(issuer: str, issued: str) -> None:
    paragraph = f"وأشار الوردي إلى أن “{issuer} {issued} أنه حتى الآن لم نتأكد من حصول أي انتهاكات بحق المدنيين“."
    units = said("ar", _DENIED_BEFORE, paragraph)
    assert [kind for kind, _, _ in units] == ["denial", "quote"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # his own side's statement, in the first person, and a 'not' of his own before another's statement
        "وأضاف الوردي: “أصدرنا بيانا جاء فيه أننا لم نشارك في الهجوم“.",
        "وأضاف الوردي: “لم نشارك في الهجوم، والحكومة الكسلية أصدرت بيانا جاء فيه أنها تحقق“.",
    ],
)
def test_arabic_the_deniers_own_not_still_restates(paragraph: str) -> None:
    units = said("ar", _DENIED_BEFORE, paragraph)
    assert [kind for kind, _, _ in units] == ["denial", "denial"]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fa", "رئیس جمهور «کمیته ها هیچ نقشی نداشتند» گفت."),
        ("fa", "رئیس «کمیته ها در این حمله نقشی ندارند» گفت."),
        ("ar", 'وقال عضو "حزب النور إن الأنباء كاذبة".'),
    ],
)
def test_words_in_marks_with_a_particle_or_a_negation_after_an_office_are_speech(language: str, sentence: str) -> None:
    got = said(language, sentence)
    assert [kind for kind, _, _ in got] == ["denial"]
    assert all(len(who.split()) <= 2 for _, who, _ in got)


# --- English: one who has denied says a side is not backed by another ------------------------------------------------


@pytest.mark.parametrize(
    "again",
    [
        "Lev Arno added that the Kessel Brigade is not supported by Kessia.",
        "Arno said the brigade was never funded by Kessia.",
        "Arno added that the brigade has never been armed or trained by Kessia.",
    ],
)
def test_a_denier_saying_a_side_is_not_backed_restates_his_denial(again: str) -> None:
    units = said("en", "Talks resumed in Port Sable.", "Lev Arno denied the report.", again)
    assert [(kind, who) for kind, who, _ in units] == [("denial", "Lev Arno"), ("denial", "Lev Arno")]


def test_one_who_denied_nothing_saying_a_side_is_not_backed_claims_it() -> None:
    units = said(
        "en",
        "Talks resumed in Port Sable.",
        "Lev Arno visited the town.",
        "Arno said the brigade was not funded by Kessia.",
    )
    assert [kind for kind, _, _ in units] == ["reported"]


# --- English: one who has denied says what it was, and not what was reported ------------------------------------------


@pytest.mark.parametrize(
    "again",
    [
        "Arno said the forces were Kesslian, and not special forces sent by Veloria.",
        '"It was an accident, not an attack," Arno said.',
        "Arno said the men were farmers and not fighters of the brigade.",
    ],
)
def test_a_denier_setting_what_was_against_what_was_not_restates(again: str) -> None:
    units = said("en", "Talks resumed in Port Sable.", "Lev Arno denied the report.", again)
    assert [kind for kind, _, _ in units] == ["denial", "denial"]


@pytest.mark.parametrize(
    "again",
    [
        "Arno said the talks were important, and not only for Kessia.",
        "Arno said the talks were long, and not least for the envoys.",
    ],
)
def test_not_only_after_a_denial_tells_nothing_again(again: str) -> None:
    units = said("en", "Talks resumed in Port Sable.", "Lev Arno denied the report.", again)
    assert [kind for kind, _, _ in units] == ["denial", "reported"]


# --- Persian (Dari): 'شام' before a day is the evening, not Syria ------------------------------------------------------


@pytest.mark.parametrize(
    "when", ["شام روز (سه‌شنبه)", "شام روز سه‌شنبه", "شام سه‌شنبه", "شام روز گذشته", "شام (سه‌شنبه، ۷ حمل)"]
)
def test_persian_evening_before_a_day_ends_the_subject(when: str) -> None:
    units = said("fa", f"سخنگوی طالبان {when} گفت که این گزارش نادرست است.")
    assert [(kind, who) for kind, who, _ in units] == [("denial", "سخنگوی طالبان")]


def test_persian_the_levant_at_the_end_of_a_title_stays() -> None:
    units = said("fa", "فرمانده ارتش شام گفت که این گزارش نادرست است.")
    assert [who for _, who, _ in units] == ["فرمانده ارتش شام"]


# --- a denier's 'not' in reported words beside words in marks that deny nothing ----------------------------------------


@pytest.mark.parametrize(
    ("language", "denied", "again"),
    [
        (
            "fa",
            "رامین دلاوری گزارش را رد کرد.",
            "او افزوده است که هیچ اقدامی علیه او صورت نگرفته است و «عزت، وقار و حیثیت» او در جای خود است.",
        ),
        (
            "en",
            "Lev Arno denied the report.",
            'Arno added that no shells were fired and that the brigade keeps its "honour".',
        ),
    ],
)
def test_a_not_in_reported_words_beside_marks_restates_the_denial(language: str, denied: str, again: str) -> None:
    lead = "Talks resumed in Port Sable." if language == "en" else "مذاکرات از سر گرفته شد."
    units = said(language, lead, denied, again)
    assert [kind for kind, _, _ in units] == ["denial", "denial"]


@pytest.mark.parametrize(
    ("language", "denied", "again"),
    [
        ("fa", "رامین دلاوری گزارش را رد کرد.", "او افزوده است که «عزت، وقار و حیثیت» او در جای خود است."),
        ("en", "Lev Arno denied the report.", 'Arno added that the brigade keeps its "honour" and will go on.'),
    ],
)
def test_marks_and_reported_words_with_no_not_tell_nothing_again(language: str, denied: str, again: str) -> None:
    lead = "Talks resumed in Port Sable." if language == "en" else "مذاکرات از سر گرفته شد."
    units = said(language, lead, denied, again)
    assert [kind for kind, _, _ in units] == ["denial", "quote"]


def test_arabic_another_sides_not_beside_a_deniers_quotation_tells_nothing_again() -> None:
    units = said(
        "ar",
        "نفت حركة النور الأنباء.",
        'وقالت الحركة إن "القضية تعود للمحكمة"، مشيرة إلى أن الحكومة الكسلية لم تقم بأي مسعى.',
    )
    assert [kind for kind, _, _ in units] == ["denial", "quote"]


def test_what_a_not_beside_marks_denies_keeps_the_words_in_marks() -> None:
    paragraphs = (
        "Talks resumed in Port Sable.",
        'Lev Arno said no shells were fired and that the brigade keeps its "honour" in the town.',
        "Arno denied the report.",
    )
    [denial] = [d for d in built("en", *paragraphs) if d["type"] == "denial"]
    assert '"honour" in the town' in denial["denied"]
