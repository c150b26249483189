"""The people and bodies a draft creates are names (issue 17), on made-up sentences with fictional names.

Words the rules first take for a name are often not one in real news: a descriptor before a body's name, a
title-case headline, a description ('local media'), a phrase after a verb, a word for a relative before
a name, a place on file that speaks. Each test is one such shape.
"""

from __future__ import annotations

from generator.draft.names import (
    Known,
    Lexicon,
    NameIndex,
    find_mentions,
    has_particle,
    looks_like_a_persons_name,
    without_kinship,
)
from tests.draft.conftest import built

VELORIA = Known("veloria", "place", "country", "Veloria")


def drafts(language: str, *paragraphs: str, index: NameIndex | None = None) -> list[dict]:
    return built(language, *paragraphs, index=index)


def actors(found: list[dict]) -> list[tuple[str, str, str]]:
    return [(d["type"], d["name"], d["kind"]) for d in found if d["type"] in ("actor", "group")]


def speakers(found: list[dict]) -> list[dict | None]:
    return [d.get("claimant") or d.get("denier") for d in found if d["type"] in ("claim", "denial")]


def test_a_title_case_headline_ends_a_name_at_its_verb_and_small_words():
    mentions = find_mentions("Kessel Brigade Denies Any Role In Border Clash", 0, Lexicon(), NameIndex())
    assert mentions[0].text == "Kessel Brigade"
    assert all("Denies" not in m.text for m in mentions)


def test_a_descriptor_before_a_bodys_name_is_not_part_of_it():
    found = drafts("en", "The banned Tehreek-e-Veloria said on Monday that it was not involved in the raid.")
    assert actors(found) == [("group", "Tehreek-e-Veloria", "movement")]
    assert [d["type"] for d in found if d["type"] != "group"] == ["denial"]


def test_words_with_no_persons_name_in_them_and_no_title_are_drafted_as_a_body():
    found = drafts("en", "\u201cWe were never there,\u201d Quiet Compass said on Monday.")
    assert actors(found) == [("actor", "Quiet Compass", "organization")]
    assert "is a guess" in next(d for d in found if d["type"] == "actor")["notes"]
    assert looks_like_a_persons_name("Pardis Rostami") and looks_like_a_persons_name("عبدالکریم موسوی")
    assert not looks_like_a_persons_name("Islamic Emirates")
    # a country's whole name, though one of its words is a family name ('Saudi')
    assert not looks_like_a_persons_name("Saudi Arabia") and looks_like_a_persons_name("Khalid Saudi")
    # names that name data may not hold: a theophoric name, a family name in -i (but not a country's adjective)
    assert looks_like_a_persons_name("Inamullah Vossel") and looks_like_a_persons_name("Zovar Vossani")
    assert not looks_like_a_persons_name("Ansarullah Zovar") and not looks_like_a_persons_name("Zovar Iraqi")


def test_a_bodys_name_without_its_head_noun_is_that_body():
    found = drafts("en", 'The Al-Kessel Movement issued a statement. Al-Kessel said the raid "never happened".')
    assert actors(found) == [("group", "Al-Kessel Movement", "movement")]


def test_an_arabic_description_of_a_speaker_is_no_name():
    found = drafts("ar", "وقالت وسائل إعلام محلية إن القافلة عبرت الحدود ليلا.")  # local media said
    assert actors(found) == []
    assert speakers(found) == [{"described_as": "وسائل إعلام محلية"}]
    found = drafts("ar", 'ونفى المصدر في تصريح صحفي "أي وجود للقوات في المدينة".')  # the source denied
    assert actors(found) == [] and speakers(found) == [{"described_as": "المصدر"}]
    found = drafts("ar", 'وقال الكعبي إن "القافلة لم تعبر الحدود".')  # a family name alone is still a name
    assert actors(found) == [("actor", "الكعبي", "person")]


def test_a_phrase_after_a_verb_is_no_speaker():
    # 'denied the carrying out by its aircraft of a strike on the convoy': the words after the verb are its object
    assert drafts("ar", "ونفى قيام طائراته بقصف القافلة.") == []
    found = drafts("fa", "فرشته کاظمی گفت: این خبر درست نیست.")  # a name may end as a pronoun is written on
    assert actors(found) == [("actor", "فرشته کاظمی", "person")]
    assert has_particle("عليهما السلام") and has_particle("ما") and not has_particle("علي حسن")


def test_a_word_for_a_relative_before_a_name_is_not_part_of_it():
    found = drafts("ar", 'وقال نجله سامر الحداد إن "والده بخير ويتماثل للشفاء".')  # his son Samer al-Haddad said
    assert actors(found) == [("actor", "سامر الحداد", "person")]
    assert without_kinship("شقيقته ليلى كريم") == "ليلى كريم"
    assert without_kinship("سامر الحداد") == "سامر الحداد"


def test_a_place_on_file_that_speaks_is_described_not_drafted_again():
    index = NameIndex()
    index.add("فيلوريا", VELORIA)
    found = drafts("ar", "فيلوريا تنفي إرسال قوات إلى الحدود.", index=index)  # Veloria denies sending troops
    assert actors(found) == []
    assert speakers(found) == [{"described_as": "فيلوريا"}]


def test_persian_we_is_the_speaker_before():
    found = drafts("fa", "رضا کاظمی سخنگوی جنبش روز شنبه گفت: این خبر درست نیست.", "ما این گزارش را به شدت رد می کنیم.")
    assert actors(found) == [("actor", "رضا کاظمی", "person")]
    assert {d["type"]: d.get("claimant") or d.get("denier") for d in found}["denial"] == {"actor": "rda-kazmy"}


def test_an_honorific_after_a_given_name_is_part_of_the_name():
    mentions = find_mentions("the party member Kawa Sheikh Rostam told reporters.", 0, Lexicon(), NameIndex())
    assert [(m.text, m.title) for m in mentions] == [("Kawa Sheikh Rostam", "")]
    mentions = find_mentions("the Kessel Front's Sheikh Rostam Ali told reporters.", 0, Lexicon(), NameIndex())
    assert [(m.text, m.title) for m in mentions][-1] == ("Rostam Ali", "Sheikh")


def test_a_word_alone_is_a_description_only_when_it_is_a_word_for_an_unnamed_speaker():
    assert speakers(drafts("ar", 'وقال المسؤول إن "القافلة لم تعبر الحدود".')) == [{"described_as": "المسؤول"}]
    found = drafts("ar", 'وقالت الزوبعة في بيان إن "القافلة لم تعبر الحدود".')  # a body's one-word name
    assert [name for _, name, _ in actors(found)] == ["الزوبعة"]


def test_a_name_ending_in_the_plural_of_a_place_word_is_a_place():
    # a state's name written in the plural ('Emirates') speaks as a state does, not as a new person
    found = drafts("en", 'In a statement, Kessel Emirates said "the claims are false".')
    assert actors(found) == []
    assert speakers(found) == [{"described_as": "Kessel Emirates"}]


def test_a_bodys_name_that_opens_with_an_office_word_keeps_it():
    mentions = find_mentions(
        "Later the General Staff of the Kessel Armed Forces announced it.", 0, Lexicon(), NameIndex()
    )
    assert [(m.text, m.title, m.kind) for m in mentions] == [("General Staff of the Kessel Armed Forces", "", "org")]
    mentions = find_mentions("Later Interior Minister Ilse Marrow announced it.", 0, Lexicon(), NameIndex())
    assert [(m.text, m.title) for m in mentions] == [("Ilse Marrow", "Interior Minister")]


def test_an_acronym_in_brackets_after_a_name_is_that_body_not_another():
    records = drafts(
        "en",
        "The banned Tanzeem-e-Kessel Veloria (TKV) said on Monday that it was investigating the ambush.",
        "\u201cWe will punish anyone involved,\u201d the TKV said in a statement.",
    )
    bodies = [r for r in records if r["type"] in ("actor", "group")]
    assert [b["name"] for b in bodies] == ["Tanzeem-e-Kessel Veloria"]
    assert [a["name"] for a in bodies[0].get("aliases", [])] == ["TKV"]
    claims = [r for r in records if r["type"] == "claim"]
    assert [c["claimant"] for c in claims] == [{"actor": "tanzeem-e-kessel-veloria"}] * 2


def test_brackets_that_do_not_spell_out_the_name_start_another_body():
    from generator.draft.discourse import spells_out

    assert spells_out("Tehreek-e-Taliban Pakistan", "TTP") and spells_out("Popular Mobilization Forces", "PMF")
    assert not spells_out("Kurdistan Workers Party", "PKK") and not spells_out("Islamic State", "ISIS")
