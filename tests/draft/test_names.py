"""Names match across spellings; names are found in running text with their titles."""

from __future__ import annotations

import pytest

from generator.draft.names import Known, Lexicon, NameIndex, find_mentions, name_key


@pytest.mark.parametrize(
    "a, b",
    [
        ("Al-Zurfi", "al Zurfi"),
        ("Al-Zurfi", "Zurfi"),
        ("Abdul Rahman Al-Jazairi", "abdul rahman al jazairi"),
        ("Iraq\u2019s defence ministry", "Iraq's defence ministry"),
        ("The New Arab\u2018s", "new arab"),
        ("M\u00fcller", "Muller"),
        ("Fatemiyoun", "FATEMIYOUN"),
    ],
)
def test_name_keys_ignore_case_diacritics_hyphens_possessives_and_al(a, b):
    assert name_key(a) == name_key(b)


def test_distinct_names_stay_distinct():
    assert name_key("Vera Teodor") != name_key("Ruslan Teodor")


def index() -> NameIndex:
    idx = NameIndex()
    idx.add("Ilse Marrow", Known("ilse-marrow", "actor", "person", "Ilse Marrow"))
    idx.add(
        "Velorian interior ministry",
        Known("velorian-interior-ministry", "actor", "ministry", "Velorian interior ministry"),
    )
    idx.add("United States", Known("united-states", "actor", "government", "United States"))
    idx.add("US", Known("united-states", "actor", "government", "United States"))
    idx.add("Kessel Gate", Known("kessel-gate", "place", "border-crossing", "Kessel Gate"))
    return idx


def test_lookups_by_name_suffix_and_surname():
    idx = index()
    assert idx.lookup("ilse marrow").id == "ilse-marrow"
    assert idx.lookup("Kessel Gate") is None  # places are not speakers
    assert idx.lookup("Kessel Gate", ("place",)).id == "kessel-gate"
    assert idx.lookup_suffix("the interior ministry").id == "velorian-interior-ministry"
    assert idx.lookup_suffix("ministry") is None  # one word is too little to go on
    assert idx.lookup_surname("Marrow").id == "ilse-marrow"


def test_scanning_text_respects_capitals_for_acronyms():
    idx = index()
    found = [(k.id, s, e) for s, e, k in idx.scan("The US told us that Ilse Marrow crossed at Kessel Gate.")]
    assert [f[0] for f in found] == ["united-states", "ilse-marrow", "kessel-gate"]


def mentions(sentence: str, others: tuple[str, ...] = ()):
    lexicon = Lexicon.of([sentence, *others])
    return [(m.title, m.text, m.kind, m.possessive) for m in find_mentions(sentence, 0, lexicon, NameIndex())]


def test_titles_are_split_from_names():
    assert mentions("Velorian Interior Minister Ilse Marrow said on Monday that it was over.")[0] == (
        "Velorian Interior Minister",
        "Ilse Marrow",
        "person",
        False,
    )
    assert mentions("Two died, army spokeswoman Colonel Petra Lind told reporters.")[0][:2] == (
        "army spokeswoman Colonel",
        "Petra Lind",
    )


def test_organisations_places_possessives_and_offices():
    found = mentions(
        "The Minister of Interior and Ostravia\u2019s envoy met the Dornmark Provincial Council in the "
        "Republic of Veloria."
    )
    assert ("", "Interior", "unknown", False) not in found
    assert ("", "Ostravia", "unknown", True) in found
    assert ("", "Dornmark Provincial Council", "org", False) in found
    assert ("", "Republic of Veloria", "place", False) in found


def test_a_capitalised_word_that_only_opens_a_sentence_is_not_a_name():
    assert mentions("Residents of Kessel said they heard gunfire.") == [("", "Kessel", "unknown", False)]
    assert mentions("Teodor shrugs.", ("He met Ruslan Teodor.",)) == [("", "Teodor", "unknown", False)]
    assert mentions("Lawmakers met.") == []


def test_a_plural_possessive_inside_a_bodys_name_keeps_the_name_whole():
    # read as a possessive, 'Workers'' would split the name into a person and a lone 'Party'
    assert ("", "Velorian Workers\u2019 Party", "org", False) in mentions("The Velorian Workers\u2019 Party voted.")
    assert ("", "Kessel Martyrs' Brigade", "org", False) in mentions("Then the Kessel Martyrs' Brigade withdrew.")
    # a plural possessive before a person's name is still a possessive
    assert ("", "Dornmark Farmers", "person", True) in mentions("Then the Dornmark Farmers' Ilse Marrow spoke.")


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Then the Allied Nations said it was worried.", "Allied Nations"),
        ("Then Asa\u2019ib Ahl al-Tor said it was not involved.", "Asa\u2019ib Ahl al-Tor"),
        ("Then Kata'ib Sayyid al-Ward said so.", "Kata'ib Sayyid al-Ward"),
        ("Then the VJTF-KOR said it struck a target.", "VJTF-KOR"),
        ("Then the VLRF said it struck a target.", "VLRF"),
    ],
)
def test_bodies_named_by_their_head_noun_or_an_acronym_are_not_persons(sentence, name):
    assert ("", name, "org") in [m[:3] for m in mentions(sentence)]


def test_the_place_after_a_title_and_to_belongs_to_the_title():
    idx = index()
    idx.add("Veloria", Known("veloria", "place", "country", "Veloria"))
    found = [
        (m.title, m.text, m.kind) for m in find_mentions(*_in("Then special envoy to Veloria Tam Lodder spoke."), idx)
    ]
    assert ("envoy to Veloria", "Tam Lodder", "person") in found
    # a country known from reference data, with no record
    found = [(m.title, m.text) for m in find_mentions(*_in("The Envoy for Yemen Tam Lodder spoke."), NameIndex())]
    assert ("Envoy for Yemen", "Tam Lodder") in found
    # the capitalised words of the same title before it, not the word that opens the sentence
    found = [(m.title, m.text) for m in find_mentions(*_in("Then US Special Envoy for Yemen Tam Lodder spoke."), idx)]
    assert ("US Special Envoy for Yemen", "Tam Lodder") in found
    # not a place: the name stays whole
    found = [(m.title, m.text) for m in find_mentions(*_in("Then the envoy to Ostrava Tam Lodder spoke."), idx)]
    assert ("", "Ostrava Tam Lodder") in found


def _in(sentence: str) -> tuple[str, int, Lexicon]:
    return sentence, 0, Lexicon.of([sentence])


def test_of_after_a_known_place_does_not_join_it_to_the_name_after():
    idx = index()
    idx.add("Veloria", Known("veloria", "place", "country", "Veloria"))
    found = [(m.text, m.kind) for m in find_mentions(*_in("Forces held in Veloria of Rafi al-Tor a year."), idx)]
    assert ("Rafi al-Tor", "person") in found
    assert ("Veloria of Rafi al-Tor", "person") not in found
    found = [m.text for m in find_mentions(*_in("Then the Republic of Veloria and Iraq of Old spoke."), NameIndex())]
    assert "Republic of Veloria" in found and "Iraq" in found
    assert [m[1:3] for m in mentions("Then the Dornmark Media Cell denied it.")] == [("Dornmark Media Cell", "org")]


def test_a_countrys_adjective_is_not_its_name():
    from generator.draft.territories import is_country_name

    assert is_country_name("Yemen") and is_country_name("Saudi Arabia")
    assert not is_country_name("Iraqi") and not is_country_name("Turkish") and not is_country_name("Media")


@pytest.mark.parametrize(
    "a, b",
    [
        ("سرايا فتح الله", "سرایا فتحالله"),  # a made-up brigade, written apart in Arabic, joined in Persian
        ("سرايا فتح الله", "سرایا فتح\u200cالله"),  # joined with a zero-width non-joiner
        ("عبد الله فيسلار", "عبدالله فیسلار"),  # a made-up person
    ],
)
def test_a_name_compounded_with_allah_has_one_key_written_apart_or_joined(a, b):
    assert name_key(a) == name_key(b)


def test_a_proclitic_before_allah_is_not_read_as_a_name():
    assert name_key("والله") != name_key("و الله")


def test_a_joined_allah_name_in_text_finds_the_record_written_apart():
    brigade = Known("fathallah-brigades", "group", "armed-group", "Fathallah Brigades")
    idx = NameIndex()
    idx.add("سرايا فتح الله", brigade)
    found = idx.scan("گفت که سرایا فتح\u200cالله در حمله نقشی نداشت")
    assert [(k.id, "گفت که سرایا فتح\u200cالله در حمله نقشی نداشت"[s:e]) for s, e, k in found] == [
        ("fathallah-brigades", "سرایا فتح\u200cالله")
    ]


def test_the_ending_of_an_arabic_script_name_is_not_that_name():
    # Arabic and Persian names open with their head noun: the made-up 'سرايا فتح الله' (Fathallah Brigades)
    # ends with 'فتح الله', which is another body's name or a person's, never the brigades.
    brigade = Known("fathallah-brigades", "group", "armed-group", "Fathallah Brigades")
    ministry = Known("ostravian-interior-ministry", "actor", "ministry", "Ostravian Interior Ministry")
    idx = NameIndex()
    idx.add("سرايا فتح الله", brigade)
    idx.add("Ostravian Interior Ministry", ministry)
    assert idx.lookup_suffix("فتح الله") is None
    assert idx.lookup_suffix("the interior ministry") == ministry
