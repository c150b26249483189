"""Round 51's arfa helper: Persian shapes of denials on made-up sentences.

1. A person's name written right after an office, its body and the body's country, with no comma ('سخنگوی وزارت امور
   خارجه ایران مرضیه افخم ...'), where name data knows neither word of the name: the country ends the office's words, so
   the two plain words after it are the holder's name. Before, the name was dropped (the denier was the office alone)
   or run on into the office, and a later sentence with the family name alone ('افخم افزود: ...') was another speaker's
   quotation, not a denial of the one who denied.
2. Officials named by a plural office and the words after it ('مسئولان محلی طالبان', 'مسئولان امنیتی پاکستان'): many,
   described by those words, not an office followed by one person's name. Before, a person 'محلی طالبان' was drafted
   as the denier, and their later 'آنها گفتند ...' (they said) was read as no one's denial.

The names are made up (نسترن کیانفر، ترانه آذرپاد، گلاره آرامفر، آسترا) with real offices and countries (the rule reads a country name data knows); sentences are ours.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import AF_LEAD, no_zwnj, other_letters, said


def units(*paragraphs: str) -> list[tuple[str, str]]:
    """(kind, speaker) of every unit drafted after the lead."""
    return [(kind, who) for kind, who, _ in said("fa", AF_LEAD["fa"], *paragraphs)]


# --- 1. a name no data knows after an office, its body and country ---------------------------------------------------

# (office with its body and country, name, family name alone)
OFFICES = [
    ("سخنگوی وزارت امور خارجه ایران", "نسترن کیانفر", "کیانفر"),
    ("سخنگوی وزارت خارجه ترکیه", "ترانه آذرپاد", "آذرپاد"),
    ("وزیر دفاع عراق", "نسترن کیانفر", "کیانفر"),
    ("سخنگوی ارتش سوریه", "ترانه آذرپاد", "آذرپاد"),
    ("سخنگوی وزارت کشور پاکستان", "ترانه آذرپاد", "آذرپاد"),
    ("رئیس سازمان انرژی اتمی ایران", "گلاره آرامفر", "آرامفر"),
]
DENIED = [
    "این خبر را تکذیب کرد.",
    "ادعای رسانه‌های آسترا را رد کرد.",
    "هرگونه دخالت در این حمله را رد کرد.",
    "گزارش‌ها درباره این دیدار را تکذیب کرد.",
]
ADDED = [
    "{surname} افزود: دولت ما هیچ نیروی نظامی در آسترا ندارد.",
    "{surname} همچنین گفت: ما هیچ سلاحی به آسترا نفرستاده‌ایم.",
]


@pytest.mark.parametrize(("office", "name", "surname"), OFFICES)
@pytest.mark.parametrize("denied", DENIED)
def test_name_after_an_office_and_its_country_denies(office, name, surname, denied):
    assert units(f"{office} {name} {denied}") == [("denial", name)]


@pytest.mark.parametrize(("office", "name", "surname"), OFFICES)
@pytest.mark.parametrize("added", ADDED)
def test_family_name_alone_after_it_goes_on_denying(office, name, surname, added):
    got = units(f"{office} {name} {DENIED[0]}", added.format(surname=surname))
    assert got == [("denial", name), ("denial", name)]


@pytest.mark.parametrize(("office", "name", "surname"), OFFICES)
def test_name_after_an_office_before_a_verb_of_saying(office, name, surname):
    got = units(f"{office} {name} گفت که این خبر صحت ندارد.", ADDED[0].format(surname=surname))
    assert got == [("denial", name), ("denial", name)]


@pytest.mark.parametrize("form", [no_zwnj, other_letters])
@pytest.mark.parametrize(("office", "name", "surname"), OFFICES[:2])
def test_name_after_an_office_in_other_letter_forms(form, office, name, surname):
    got = units(form(f"{office} {name} {DENIED[1]}"), form(ADDED[0].format(surname=surname)))
    assert [k for k, _ in got] == ["denial", "denial"]
    assert {w.replace("\u064a", "\u06cc").replace("\u0643", "\u06a9") for _, w in got} == {name}  # (Persian yeh, kaf)


@pytest.mark.parametrize(
    "sentence",
    [
        # the object right before 'را' is the office's object, not a name: the spokesman denied X's remarks
        "سخنگوی وزارت خارجه ایران سخنان نسترن کیانفر را رد کرد.",
        "سخنگوی وزارت خارجه قطر سخنان آذرپاد را رد کرد.",
        # a time after the country, not a name
        "سخنگوی وزارت خارجه قطر روز دوشنبه این خبر را تکذیب کرد.",
        "سخنگوی وزارت خارجه قطر شامگاه یکشنبه این خبر را تکذیب کرد.",
        # a claim's word opens the object
        "سخنگوی وزارت خارجه قطر ادعاهای آسترا را رد کرد.",
        "سخنگوی وزارت خارجه قطر اتهامات آسترا را رد کرد.",
        # the office alone: no name
        "سخنگوی وزارت خارجه قطر این خبر را تکذیب کرد.",
        "سخنگوی وزارت خارجه قطر به شدت این خبر را تکذیب کرد.",
    ],
)
def test_no_name_after_the_country(sentence):
    office = " ".join(sentence.split()[:4])
    assert units(sentence) == [("denial", office)], sentence


def test_a_known_name_is_read_as_before():
    assert units("سخنگوی وزارت امور خارجه ایران ناصر کنعانی این خبر را تکذیب کرد.") == [("denial", "ناصر کنعانی")]
    assert units("وزیر دفاع عراق، نسترن کیانفر، این خبر را تکذیب کرد.") == [("denial", "نسترن کیانفر")]


# --- 2. officials named by a plural office: described, no person's name after it --------------------------------------

PLURAL_OFFICIALS = [
    "مسئولان محلی طالبان",
    "مسئولان امنیتی پاکستان",
    "مسئولان ارشد حماس",
    "مسئولین محلی ولایت هلمند",
    "مسؤولان نظامی سوریه",
]


@pytest.mark.parametrize("officials", PLURAL_OFFICIALS)
@pytest.mark.parametrize(
    "denied", ["این گزارش را رد کردند.", "ادعای رسانه‌های آسترا را تکذیب کردند.", "گفتند که این گزارش صحت ندارد."]
)
def test_officials_by_a_plural_office_are_described(officials, denied):
    assert units(f"{officials} {denied}") == [("denial", officials)]


# (not yet after officials of a province, 'مسئولین محلی ولایت هلمند': 'آنها' is read as no one there)
@pytest.mark.parametrize("officials", [o for o in PLURAL_OFFICIALS if "ولایت" not in o])
@pytest.mark.parametrize(
    "then", ["آنها گفتند که هیچ غیرنظامی در این عملیات کشته نشده است.", "آن‌ها افزودند که این خبر ساختگی است."]
)
def test_they_go_on_denying_after_officials(officials, then):
    assert units(f"{officials} این گزارش را رد کردند.", then) == [("denial", officials), ("denial", officials)]


@pytest.mark.parametrize("form", [no_zwnj, other_letters])
@pytest.mark.parametrize("officials", PLURAL_OFFICIALS[:2])
def test_officials_by_a_plural_office_in_other_letter_forms(form, officials):
    got = units(form(f"{officials} این گزارش را رد کردند."))
    assert got == [("denial", form(officials))]


def test_a_single_office_still_names_its_holder():
    # (the singular office keeps its holder's name; 'سخنگویان' with a body after it is described as before)
    assert units("مسئول امنیتی طالبان، ترانه آذرپاد، این گزارش را رد کرد.") == [("denial", "ترانه آذرپاد")]
    assert units("سخنگوی وزارت خارجه ایران رامین دلاوری این گزارش را رد کرد.") == [("denial", "رامین دلاوری")]
    assert units("فرماندهان محلی سپاه این گزارش را رد کردند.") == [("denial", "فرماندهان محلی سپاه")]
