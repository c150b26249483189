"""Arabic and Persian, round 35 (mending known shapes), written with made-up names (سامي حمدان، دارا فين، ليف آرنو،
سامان رحیمی، حركة النور، کسلیا، أسترا).

- an office that names its body ('وقال المتحدث باسم وزارة الداخلية ...') after a person named with another body's
  office spoke (the Defence Ministry's spokesman) is that body's, not the last person's; the same body written
  shorter or longer, or called by its head word alone ('الوزارة'), is still theirs;
- 'وخاطب الأمين العام سامي حمدان الحكومة ... بالقول: ...': whom the verb of addressing addresses starts after the
  name that follows the office, and the speech after 'بالقول' is the subject's;
- a ministry named by its field alone ('وزارة الدفاع', 'الدفاع', 'وزارت خارجه') is the ministry on file of the one
  state whose government or ministry the article names ('الحكومة العراقية', 'دولت عراق'); where it names two, or
  none, it is linked to none, and its record's notes propose those on file;
- Persian: the same shapes ('سخنگوی وزارت کشور' after the Defence Ministry's spokesman, 'خطاب به ... گفت'), which
  read right before this round and are kept so.
"""

from __future__ import annotations

import pytest

from generator.draft.names import Known, NameIndex
from tests.draft.conftest import claimants, drafts, project_index, said

# ---- 1. an office that names another body than the last person's

SPOKE_AR = [
    "قال المتحدث باسم وزارة الدفاع الكسلية سامي حمدان إن قواته قصفت مواقع حركة النور في المدينة.",
    "وقال الناطق باسم وزارة الدفاع الكسلية دارا فين إن القوات تقدمت نحو مدينة أسترا.",
    "أكد سامي حمدان، المتحدث باسم وزارة الدفاع الكسلية، أن قواته قصفت مواقع حركة النور.",
]
SPEAKER_OF = {0: "سامي حمدان", 1: "دارا فين", 2: "سامي حمدان"}

ANOTHER_BODY_S_OFFICE = [
    "وقال المتحدث باسم وزارة الداخلية إن الشرطة اعتقلت ثلاثة أشخاص.",
    "وقال المتحدث باسم وزارة الداخلية الكسلية إن الشرطة اعتقلت ثلاثة أشخاص.",
    "فيما قال الناطق باسم وزارة الخارجية إن الحكومة لن تتفاوض مع الحركة.",
    "ونفى المتحدث باسم وزارة الداخلية أن تكون الشرطة اعتقلت أحدا في المدينة.",
    "فنفى المتحدث الرسمي لوزارة الداخلية أن تكون الشرطة اعتقلت أحدا في المدينة.",
    "وأكد المتحدث باسم حركة النور أن مقاتلي الحركة صدوا الهجوم.",
    "وقال المتحدث باسم وزارة الدفاع العراقية إن القوات العراقية لم تشارك في العملية.",
]


@pytest.mark.parametrize("before", range(len(SPOKE_AR)))
@pytest.mark.parametrize("text", ANOTHER_BODY_S_OFFICE, ids=range(len(ANOTHER_BODY_S_OFFICE)))
def test_an_office_that_names_another_body_is_not_the_last_person(before, text) -> None:
    found = said("ar", SPOKE_AR[before], text)
    assert found[-1][2] in (text, text.split(" إن ")[-1]) and found[-1][1] != SPEAKER_OF[before]
    assert found[-1][1] in text


THE_SAME_BODY_S_OFFICE = [
    "وقال المتحدث باسم وزارة الدفاع إن القوات تقدمت.",
    "وقال المتحدث باسم الوزارة إن القوات تقدمت.",
    "وأضاف المتحدث باسم وزارة الدفاع الكسلية أن القوات تقدمت.",
    "وأضاف المتحدث أن القوات تقدمت.",
]


@pytest.mark.parametrize("before", range(len(SPOKE_AR)))
@pytest.mark.parametrize("text", THE_SAME_BODY_S_OFFICE, ids=range(len(THE_SAME_BODY_S_OFFICE)))
def test_an_office_of_the_last_person_s_body_is_still_them(before, text) -> None:
    assert said("ar", SPOKE_AR[before], text)[-1][1] == SPEAKER_OF[before]


def test_the_ministry_named_in_between_is_the_one_the_office_s_head_word_calls() -> None:
    found = said(
        "ar",
        SPOKE_AR[0],
        "وكانت وزارة الداخلية الكسلية قد أعلنت حظر التجول في المدينة.",
        "وقال المتحدث باسم الوزارة إن الحظر سيستمر.",
    )
    assert found[-1][1] != "سامي حمدان"


def test_a_record_of_another_body_s_office_is_not_the_last_person_s() -> None:
    found = claimants("ar", SPOKE_AR[0], "ونفى المتحدث باسم وزارة الداخلية أن تكون الشرطة اعتقلت أحدا.")
    assert found[-1][0] == "denial" and found[-1][1] != "samy-hmdan"


# ---- 2. an office, a name, then whom a verb of addressing addresses: the name ends the subject

ISSUED_AR = "وأصدرت حركة النور بيانا بشأن الهجوم على مدينة أسترا."

ADDRESSED_AFTER_AN_OFFICE_AND_A_NAME = [
    ("وخاطب الأمين العام سامي حمدان الحكومة الكسلية بالقول: «لن نسمح لكم بتدمير مدننا».", "سامي حمدان"),
    ("وخاطب الأمين العام سامي حمدان الحكومة بالقول: «لن نسمح لكم بتدمير مدننا».", "سامي حمدان"),
    ("وخاطب الأمين العام للحركة سامي حمدان الحكومة الكسلية بالقول: «لن نسمح لكم بتدمير مدننا».", "سامي حمدان"),
    ("فخاطب رئيس الحركة دارا فين الحكومة الكسلية بالقول: «لن نسمح لكم بتدمير مدننا».", "دارا فين"),
    ("وخاطب القائد العام ليف آرنو القوات الكسلية قائلا: «لن نترككم وحدكم».", "ليف آرنو"),
    ("وخاطب الأمين العام سامي حمدان أنصار الحركة بالقول: «لن نترككم وحدكم».", "سامي حمدان"),
    ("وخاطب سامي حمدان أنصار الحركة بالقول: «لن نترككم وحدكم».", "سامي حمدان"),
    ("وخاطب سامي حمدان سكان المدينة بالقول: «لن نترككم وحدكم».", "سامي حمدان"),
    ("وخاطب الأمين العام لحركة النور سامي حمدان الحكومة الكسلية بالقول: «لن نترككم وحدكم».", "سامي حمدان"),
    ("وخاطب الأمين العام سامي حمدان، الحكومة الكسلية بالقول: «لن نترككم وحدكم».", "سامي حمدان"),
    ("وخاطب الأمين العام سامي حمدان الحكومة الكسلية في كلمة متلفزة بالقول: «لن نترككم وحدكم».", "سامي حمدان"),
    ("وتوجه الأمين العام سامي حمدان إلى الحكومة الكسلية بالقول: «لن نسمح لكم بتدمير مدننا».", "سامي حمدان"),
    ("وخاطب الأمين العام سامي حمدان الحكومة الكسلية بالقول إن «الحركة لن تسمح بتدمير المدن».", "سامي حمدان"),
]


@pytest.mark.parametrize(
    ("text", "who"), ADDRESSED_AFTER_AN_OFFICE_AND_A_NAME, ids=range(len(ADDRESSED_AFTER_AN_OFFICE_AND_A_NAME))
)
def test_the_name_after_the_office_ends_the_subject_of_addressing(text, who) -> None:
    found = said("ar", ISSUED_AR, text)[1:]
    assert [(kind, w) for kind, w, _ in found] == [("quote", who)]


def test_reported_speech_after_by_saying_is_the_subject_s() -> None:
    text = "وخاطب الأمين العام سامي حمدان الحكومة الكسلية بالقول إن الحركة لن تسمح بتدمير المدن."
    assert [(kind, w) for kind, w, _ in said("ar", ISSUED_AR, text)[1:]] == [("reported", "سامي حمدان")]


ADDRESSING_GUARDS = [
    # (one given name of two words, 'عبد الله', is no name then whom it addresses)
    ("وخاطب سامي عبد الله الحكومة الكسلية بالقول: «لن نسمح لكم بتدمير مدننا».", [("quote", "سامي عبد الله")]),
    ("وخاطب الأمين العام للحركة الحكومة الكسلية بالقول: «لن نترككم وحدكم».", [("quote", "الأمين العام للحركة")]),
    # (heading for a city, then another verb's colon: the later verb's speaker, not the delegation)
    ("وتوجه وفد الحركة إلى العاصمة الكسلية، وقال سامي حمدان: «لن نترككم وحدكم».", [("quote", "سامي حمدان")]),
    ("وتوجه وفد الحركة إلى العاصمة الكسلية أمس لإجراء محادثات مع الحكومة حول الهدنة.", []),
]


@pytest.mark.parametrize(("text", "found"), ADDRESSING_GUARDS, ids=range(len(ADDRESSING_GUARDS)))
def test_addressing_guards(text, found) -> None:
    assert [(kind, w) for kind, w, _ in said("ar", ISSUED_AR, text)[1:]] == found


# ---- 3. a ministry named by its field alone, no state: the ministry on file of the one state whose government the
# article names (the records of the repository: 'وزارة الدفاع العراقية' is Iraq's on file, 'وزارة الدفاع السورية'
# Syria's)

IRAQI_DEFENCE = "iraqi-defence-ministry"

ONE_STATE = [
    "قالت الحكومة العراقية إنها تدرس طلب اللجوء.",
    "وقال المتحدث باسم الحكومة العراقية إن بغداد تدرس الأمر.",
    "وكانت وزارة الخارجية العراقية قد استدعت السفير الكسلي.",
]
DENIED_BY_THE_MINISTRY = [
    "ونفت وزارة الدفاع وجود جنود أجانب في البلاد.",
    "فيما نفت الدفاع وجود جنود أجانب في البلاد.",
    "وأكدت وزارة الدفاع في بيان أن القوات لم تعبر الحدود.",
]


@pytest.mark.parametrize("before", ONE_STATE, ids=range(len(ONE_STATE)))
@pytest.mark.parametrize("text", DENIED_BY_THE_MINISTRY, ids=range(len(DENIED_BY_THE_MINISTRY)))
def test_a_ministry_by_its_field_is_the_one_state_s_whose_government_is_named(before, text) -> None:
    found = [w for _, w in claimants("ar", before, text, index=project_index())]
    assert found[-1] == IRAQI_DEFENCE


TWO_STATES_OR_NONE = [
    "قالت الحكومة العراقية والحكومة الإيرانية إنهما تدرسان طلب اللجوء.",
    "قالت الحكومة العراقية إنها تدرس الطلب، فيما قالت وزارة الخارجية الإيرانية إنها لم تتلق أي طلب.",
    "قالت الحكومة الكسلية إنها تدرس طلب اللجوء.",
    "وقع انفجار في المدينة أمس.",
]


@pytest.mark.parametrize("before", TWO_STATES_OR_NONE, ids=range(len(TWO_STATES_OR_NONE)))
def test_a_ministry_by_its_field_is_linked_to_no_state_s_where_the_article_names_two_or_none(before) -> None:
    found = [w for _, w in claimants("ar", before, DENIED_BY_THE_MINISTRY[0], index=project_index())]
    assert found[-1] not in (IRAQI_DEFENCE, "syrian-defence-ministry")


def test_a_ministry_with_its_state_s_word_is_still_that_state_s() -> None:
    text = "ونفت وزارة الدفاع السورية وجود أي اتصال مع الجانب العراقي."
    found = [w for _, w in claimants("ar", ONE_STATE[0], text, index=project_index())]
    assert found[-1] == "syrian-defence-ministry"


def test_the_unlinked_ministry_s_record_proposes_the_ministries_on_file() -> None:
    from generator.project import Project
    from generator.validate import check_project
    from tests.conftest import REPO

    paragraphs = (TWO_STATES_OR_NONE[0], DENIED_BY_THE_MINISTRY[0])
    corpus, _ = check_project(Project(REPO))
    records = drafts("ar", *paragraphs, index=project_index(), corpus=corpus)
    ministry = next(d for d in records if d.type == "actor" and d.data["name"] == "وزارة الدفاع")
    assert IRAQI_DEFENCE in ministry.data["notes"]


def _index_with(*names: tuple[str, str]) -> NameIndex:
    """An index of made-up ministries on file, by (name, id)."""
    index = NameIndex()
    for name, record_id in names:
        index.add(name, Known(record_id, "actor", "ministry", name))
    return index


FIELD_ALONE = [
    # (the language, the ministry's names on file, what the article names first, the ministry by its field alone)
    ("ar", "وزارة الداخلية العراقية", "قالت الحكومة العراقية إنها تدرس الطلب.", "ونفت وزارة الداخلية وجود جنود أجانب."),
    ("ar", "وزارة الخارجية الإيرانية", "أعلنت الحكومة الإيرانية أنها تدرس الطلب.", "ونفت الخارجية وجود أي اتصال."),
    (
        "fa",
        "وزارت خارجه عراق",
        "دولت عراق اعلام کرد که این درخواست را بررسی می‌کند.",
        "وزارت خارجه این خبر را تکذیب کرد.",
    ),
    (
        "fa",
        "وزارت کشور ایران",
        "دولت ایران اعلام کرد که این درخواست را بررسی می‌کند.",
        "وزارت کشور این خبر را تکذیب کرد.",
    ),
]


@pytest.mark.parametrize(("lang", "on_file", "before", "text"), FIELD_ALONE, ids=range(len(FIELD_ALONE)))
def test_a_ministry_by_its_field_alone_in_either_language(lang, on_file, before, text) -> None:
    index = _index_with((on_file, "the-ministry"), ("وزارة الدفاع الكسلية", "other"))
    assert [w for _, w in claimants(lang, before, text, index=index)][-1] == "the-ministry"
    # (a second state's government named: no link)
    second = "قالت الحكومة السورية إنها لن ترد." if lang == "ar" else "دولت سوریه اعلام کرد که پاسخ نمی‌دهد."
    assert [w for _, w in claimants(lang, before, second, text, index=index)][-1] != "the-ministry"


# ---- 4. Persian: an office that names another body, and addressing ('خطاب به ... گفت')

SPOKE_FA = [
    "سامان رحیمی، سخنگوی وزارت دفاع کسلیا، گفت که نیروهای این کشور مواضع جنبش نور را بمباران کرده‌اند.",
    "سخنگوی وزارت دفاع کسلیا سامان رحیمی گفت که نیروهای این کشور مواضع جنبش نور را بمباران کرده‌اند.",
]
OFFICES_FA = [
    ("سخنگوی وزارت کشور گفت که پلیس سه نفر را بازداشت کرده است.", False),
    ("سخنگوی وزارت امور خارجه گفت که دولت مذاکره نخواهد کرد.", False),
    ("سخنگوی وزارت خارجه این خبر را تکذیب کرد.", False),
    ("سخنگوی وزارت دفاع گفت که نیروها پیشروی کرده‌اند.", True),
]


@pytest.mark.parametrize("before", SPOKE_FA, ids=range(len(SPOKE_FA)))
@pytest.mark.parametrize(("text", "theirs"), OFFICES_FA, ids=range(len(OFFICES_FA)))
def test_a_persian_office_of_another_body_is_not_the_last_person(before, text, theirs) -> None:
    assert (said("fa", before, text)[-1][1] == "سامان رحیمی") is theirs


ADDRESSING_FA = [
    ("سامان رحیمی خطاب به دولت کسلیا گفت: «اجازه نمی‌دهیم شهرهای ما ویران شوند».", "سامان رحیمی"),
    ("دبیرکل جنبش نور، سامان رحیمی، خطاب به دولت کسلیا گفت: «اجازه نمی‌دهیم».", "سامان رحیمی"),
    ("سامان رحیمی در سخنانی خطاب به مردم آسترا گفت: «شما را تنها نمی‌گذاریم».", "سامان رحیمی"),
    ("سامان رحیمی خطاب به مقامات کسلیا این خبر را تکذیب کرد.", "سامان رحیمی"),
    ("سخنگوی جنبش نور خطاب به مردم آسترا گفت: «شما را تنها نمی‌گذاریم».", "سخنگوی جنبش نور"),
]


@pytest.mark.parametrize(("text", "who"), ADDRESSING_FA, ids=range(len(ADDRESSING_FA)))
def test_a_persian_speaker_addressing_someone_speaks(text, who) -> None:
    assert [w for _, w, _ in said("fa", text)] == [who]


# ---- 5. Persian: an office, its body and the holder's name without a comma, the body's name ending in a word that is
# also a given name ('نور'): where the article or the records know the body, that word is the body's

BODY_SPOKE_FA = "جنبش نور در بیانیه‌ای اعلام کرد که نیروهایش به آسترا حمله نکرده‌اند."

OFFICE_BODY_NAME_FA = [
    "دبیرکل جنبش نور سامان رحیمی گفت: «اجازه نمی‌دهیم».",
    "دبیرکل جنبش نور سامان رحیمی خطاب به دولت کسلیا گفت: «اجازه نمی‌دهیم».",
    "سخنگوی جنبش نور سامان رحیمی این خبر را تکذیب کرد.",
]


@pytest.mark.parametrize("text", OFFICE_BODY_NAME_FA, ids=range(len(OFFICE_BODY_NAME_FA)))
def test_the_word_ending_a_known_body_s_name_is_no_word_of_the_holder_s(text) -> None:
    assert said("fa", BODY_SPOKE_FA, text)[-1][1] == "سامان رحیمی"
    index = NameIndex()
    index.add("جنبش نور", Known("noor", "group", "armed-group", "جنبش نور"))
    assert said("fa", "شب گذشته در شهر آسترا درگیری رخ داد.", text, index=index)[-1][1] == "سامان رحیمی"


def test_an_office_its_body_and_a_name_without_a_comma_still_name_the_holder() -> None:
    text = "سخنگوی وزارت خارجه کسلیا رضا کاظمی گفت که دولت مذاکره نخواهد کرد."
    assert said("fa", BODY_SPOKE_FA, text)[-1][1] == "رضا کاظمی"
