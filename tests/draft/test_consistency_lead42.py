"""Round 42's lead rules, on made-up sentences, from the fresh development articles: a writing issued with its words
after a colon ('X issued the following statement: "..."'); 'am alive' said by one reported killed; a report called a
sham; Arabic 'نفى' before a person's name is the active verb; a body in marks within an office's title; Persian
'only an accusation'; Arabic reports called exaggerated, and people said not to belong to a side."""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, quotation_speakers, said

# --- English: issuing a writing, its words after a colon ------------------------------------------------------------


@pytest.mark.parametrize("verb", ["issued", "released"])
@pytest.mark.parametrize("writing", ["the following statement", "a statement", "a short statement on Telegram"])
@pytest.mark.parametrize("issuer", ["Kesselbund", "The Kessel Brigade", "Lev Arno"])
def test_a_writing_issued_before_a_colon_speaks_its_words(verb: str, writing: str, issuer: str) -> None:
    paragraph = f"{issuer} {verb} {writing}: \u201cThe correspondent never met any of our commanders.\u201d"
    found = quotation_speakers("en", EN_LEAD, paragraph)
    assert found == {"The corres": {issuer.removeprefix("The ")}}


@pytest.mark.parametrize(
    "paragraph",
    [
        # a thing issued that is no writing
        "The court issued the following ruling: \u201cThe correspondent never met any of our commanders.\u201d",
    ],
)
def test_issuing_what_is_no_writing_speaks_nothing(paragraph: str) -> None:
    assert "Lev Arno" not in " ".join(
        n for names in quotation_speakers("en", EN_LEAD, paragraph).values() for n in names
    )


# --- English: one reported killed says he is alive --------------------------------------------------------------


@pytest.mark.parametrize("words", ["I am alive and healthy", "I'm alive", "I am still alive, thank God", "I am fine"])
def test_the_first_person_alive_after_a_denial_of_death_restates_it(words: str) -> None:
    units = said(
        "en",
        "Lev Arno dismissed reports of his death.",
        f"\u201c{words},\u201d said Lev Arno.",
    )
    assert [kind for kind, _, _ in units] == ["denial", "denial"]


def test_the_first_person_alive_with_no_denial_is_a_claim() -> None:
    units = said("en", "Lev Arno visited Port Sable.", "\u201cI am alive and healthy,\u201d said Lev Arno.")
    assert [kind for kind, _, _ in units] == ["quote"]


@pytest.mark.parametrize("judged", ["a sham", "a farce"])
def test_reports_called_a_sham_are_denied(judged: str) -> None:
    units = said("en", f"Lev Arno said the reports of the commander's death were {judged}.")
    assert [(kind, who) for kind, who, _ in units] == [("denial", "Lev Arno")]


def test_an_election_called_a_sham_is_no_denial() -> None:
    units = said("en", "Lev Arno said the elections were a sham.")
    assert [kind for kind, _, _ in units] == ["reported"]


# --- Arabic: 'نفى' before a person's name --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["محمد الكسيلي", "علي فين", "سامي الوردي"])
@pytest.mark.parametrize("agent", ["من طرف مسلحين", "من قبل مسلحين", "من جانب مسلحين"])
def test_arabic_nafa_before_a_name_is_the_names_denial(name: str, agent: str) -> None:
    sentence = f"نفى {name}، وهو مدير مكتب رئيس المجلس، أن يكون تعرض لاختطاف {agent} دخلوا مقر المجلس."
    assert [(kind, who) for kind, who, _ in said("ar", sentence)] == [("denial", name)]


def test_arabic_passive_nufiya_keeps_its_agent() -> None:
    units = said("ar", "ونفي الخبر من قبل الحركة في وقت لاحق.")
    assert [(kind, who) for kind, who, _ in units] == [("denial", "الحركة")]


# --- Arabic and Persian: a body in marks within an office's title ---------------------------------------------------


@pytest.mark.parametrize(
    ("language", "paragraph", "speaker"),
    [
        (
            "fa",
            "رئیس «کمیته روابط خارجی کمیسیون امنیت ملی» مجلس افزود: این گزارش درست نیست.",
            "رئیس کمیته روابط خارجی کمیسیون امنیت ملی",
        ),
        ("fa", "عضو «کمیسیون امنیت ملی» مجلس گفت: این گزارش درست نیست.", "عضو کمیسیون امنیت ملی"),
        ("ar", 'وقال رئيس "لجنة الأمن والدفاع" في البرلمان: "هذه التقارير كاذبة".', "رئيس لجنة الأمن والدفاع"),
    ],
)
def test_a_body_in_marks_after_an_office_is_part_of_the_speakers_title(language, paragraph, speaker) -> None:
    units = said(language, paragraph)
    assert len(units) == 1
    kind, who, words = units[0]
    assert who.startswith(speaker)
    assert "گزارش" in words or "التقارير" in words
    assert kind == "denial"


# --- Persian: only an accusation ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "words",
    ["این تنها یک اتهام است", "این فقط ادعاست", "این صرفا یک شایعه است", "این فقط یک ادعا است"],
)
def test_persian_only_an_accusation_denies(words: str) -> None:
    assert [kind for kind, _, _ in said("fa", f"لوی آرنو گفت: {words}.")] == ["denial"]


def test_persian_only_one_way_denies_nothing() -> None:
    assert [kind for kind, _, _ in said("fa", "لوی آرنو گفت: تنها یک راه باقی است.")] == ["quote"]


# --- Arabic: exaggerated reports; people not belonging to a side --------------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "مبالغة كبيرة حصلت في الأخبار ليلة أمس",
        "الأنباء التي تداولتها المواقع مبالغ فيها",
        "تهويل إعلامي في الأخبار",
    ],
)
def test_arabic_reports_called_exaggerated_are_denied(words: str) -> None:
    assert [kind for kind, _, _ in said("ar", f'وقال سامي الوردي إن "{words}".')] == ["denial"]


def test_arabic_exaggerated_spending_is_no_denial() -> None:
    assert [kind for kind, _, _ in said("ar", 'وقال سامي الوردي إن "المبالغة في الإنفاق أضرت بالموازنة".')] == ["quote"]


@pytest.mark.parametrize("word", ["غير تابعين", "غير منتمين"])
def test_arabic_people_not_of_the_side_restate_its_denial(word: str) -> None:
    units = said(
        "ar",
        'ونفى سامي الوردي "وجود أي تجمع لعناصر الحركة في الشارع".',
        f'وأضاف الوردي أن "الفيديوهات التي ظهرت أمس لأشخاص {word} للحركة".',
    )
    assert [kind for kind, _, _ in units] == ["denial", "denial"]


# --- Arabic: a denial placed in time after a verb of coming ---------------------------------------------------------


@pytest.mark.parametrize("came", ["ويأتي", "وتأتي", "وجاء", "جاء"])
@pytest.mark.parametrize("when", ["عقب تصريح للمتحدث باسم الجيش", "بعد ساعات من نشر التقرير", "ردا على تصريحات الجيش"])
def test_arabic_a_denial_told_again_as_a_noun_denies_nothing_new(came: str, when: str) -> None:
    units = said("ar", "ونفت الحركة الأنباء عن انسحاب قواتها.", f"{came} نفي الحركة {when}.")
    assert [kind for kind, _, _ in units] == ["denial"]  # the first paragraph's only


def test_arabic_a_denial_come_from_a_speaker_still_denies() -> None:
    units = said("ar", "وجاء نفي الحركة على لسان متحدثها سامي الوردي.")
    assert [kind for kind, _, _ in units] == ["denial"]
