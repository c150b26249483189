"""Round 53's left helper's rules, tested on made-up sentences, each with near-misses: two named together who say one
thing each say it ('Lev Arno and Dara Venn said the talks had failed' is a claim of each, as their denial was one
denial each); a site named after a titled person ('the Imam Ali Shrine', 'the Sheikh Zayed Mosque', 'the Sayyida
Zeinab shrine') is a place, no person called 'Ali Shrine'; an office's two fields joined by 'and' after 'for'
('Minister for Oil and Gas Lev Arno') are the office's, as after 'of'; words calling another's denial untrue ('there
was no truth in the brigade's denial') maintain what was denied: a claim, no denial; and in Arabic the 'قولهم' after
the one an outlet relays ('نقلت رويترز عن مسؤولين قولهم إن ...') is no word of the speaker."""

from __future__ import annotations

import pytest

from generator.draft.names import Lexicon, NameIndex, find_mentions
from tests.draft.conftest import af_units, built, claimants_en, said_en


def _people(sentence: str) -> list[str]:
    return [r["name"] for r in built("en", "Talks resumed in Port Sable on Sunday.", sentence) if r["type"] == "actor"]


# --- two named together say one thing: each says it -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        ("Lev Arno and Dara Venn said the talks had failed.", ["Lev Arno", "Dara Venn"]),
        (
            "Lev Arno and Dara Venn told reporters on Monday that the convoy had reached Kessa.",
            ["Lev Arno", "Dara Venn"],
        ),
        ("Tomas Brenn and Ilse Marr both said the bridge would reopen.", ["Tomas Brenn", "Ilse Marr"]),
        ("The Kessel Brigade and the Veloria Front said the truce would hold.", ["Kessel Brigade", "Veloria Front"]),
        ("Brigade spokesman Lev Arno and Front leader Dara Venn said the truce would hold.", ["Lev Arno", "Dara Venn"]),
        ("Lev Arno and Dara Venn have both said the vote would go ahead.", ["Lev Arno", "Dara Venn"]),
    ],
)
def test_two_named_together_each_say_it(sentence: str, speakers: list[str]) -> None:
    assert [who for kind, who, _ in said_en(sentence) if kind == "reported"] == speakers, sentence


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        ('"The talks have failed," Lev Arno and Dara Venn said.', ["Lev Arno", "Dara Venn"]),
        ('"The bridge will reopen," Tomas Brenn and Ilse Marr told reporters.', ["Tomas Brenn", "Ilse Marr"]),
        ('"The truce will hold," the Kessel Brigade and the Veloria Front said.', ["Kessel Brigade", "Veloria Front"]),
    ],
)
def test_two_named_together_each_say_the_quotation(sentence: str, speakers: list[str]) -> None:
    assert [who for kind, who, _ in said_en(sentence) if kind == "quote"] == speakers, sentence


def test_two_named_together_each_claim_it() -> None:
    got = claimants_en("Lev Arno and Dara Venn said the talks had failed.")
    assert got == [("claim", "lev-arno"), ("claim", "dara-venn")], got


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # one office whose name holds 'and', and one body so named: one speaker
        ("The Minister of Trade and Industry said the plant would reopen.", "the Minister of Trade and Industry"),
        ("The Justice and Equality Movement said the truce would hold.", "Justice and Equality Movement"),
        ("The Ministry of Oil and Gas said the pipeline would reopen.", "Ministry of Oil and Gas"),
        # a firm named for two partners, described as one body
        ("Smith and Jones, a law firm, said the contract was void.", "a law firm"),
        # one speaker, the other named in what is said
        ("Lev Arno said Dara Venn and the envoy had met.", "Lev Arno"),
    ],
)
def test_one_speaker_with_and_stays_one(sentence: str, speaker: str) -> None:
    assert [who for kind, who, _ in said_en(sentence) if kind == "reported"] == [speaker], sentence


def test_two_named_together_still_deny_one_each() -> None:
    units = said_en("Lev Arno and Dara Venn denied the reports of a raid.")
    assert [(kind, who) for kind, who, _ in units] == [("denial", "Lev Arno"), ("denial", "Dara Venn")], units


# --- a site named after a titled person is a place --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "site_word"),
    [
        ("An attack near the Imam Ali Shrine killed two people, Lev Arno said.", "Shrine"),
        ("A blast hit the Imam Hussein Mosque on Friday, Lev Arno said.", "Mosque"),
        ("Crowds gathered at the Sheikh Zayed Mosque, Dara Venn told reporters.", "Mosque"),
        ("Pilgrims reached the Imam Reza Shrine before dawn, Lev Arno said.", "Shrine"),
        ("A rocket fell near the Sayyida Zeinab Shrine, Dara Venn said.", "Shrine"),
        ("A rocket fell near the Sayyida Zeinab shrine, Dara Venn said.", "Zeinab"),
        ("Guards closed the Imam Musa al-Kadhim shrine, Lev Arno said.", "Kadhim"),
        ("Mourners filled the Sheikh Abdul Qadir Mausoleum, Dara Venn said.", "Mausoleum"),
    ],
)
def test_a_site_named_after_a_titled_person_is_a_place(sentence: str, site_word: str) -> None:
    people = _people(sentence)
    assert not any(site_word in p for p in people), people
    assert any(p in ("Lev Arno", "Dara Venn") for p in people), people


@pytest.mark.parametrize(
    "sentence",
    [
        "An attack near the Imam Ali Shrine killed two people.",
        "Crowds gathered at the Sheikh Zayed Mosque on Friday.",
        "A rocket fell near the Sayyida Zeinab Shrine.",
        "A rocket fell near the Sayyida Zeinab shrine.",
        "Guards closed the Imam Musa al-Kadhim shrine.",
        "Pilgrims reached the Imam Reza Shrine before dawn.",
        "Police ringed the Sheikh Lev Arno mosque at noon.",
    ],
)
def test_the_site_is_no_persons_name(sentence: str) -> None:
    found = [(m.text, m.kind) for m in find_mentions(sentence, 0, Lexicon.of([sentence]), NameIndex())]
    assert found and all(kind in ("place", "time") for _, kind in found), found


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the titled person who speaks is still a person
        ("Imam Lev Arno said the shrine would reopen on Friday.", "Lev Arno"),
        ("Sheikh Dara Venn, the mosque's preacher, said the shrine was safe.", "Dara Venn"),
        # (a person of a body whose name ends on a site's word: the person's name as read before, no place)
        ("Imam Lev Arno of the Grand Mosque said the talks had failed.", "Lev Arno"),
    ],
)
def test_a_titled_speaker_near_a_site_stays_a_person(sentence: str, speaker: str) -> None:
    got = [who for _, who, _ in said_en(sentence)]
    assert len(got) == 1 and got[0].startswith(speaker), (sentence, got)


# --- an office's two fields joined by 'and' after 'for' ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Minister for Oil and Gas Dara Venn said the field would reopen.", "Dara Venn"),
        ("Minister for Foreign Affairs and Trade Lev Arno said the deal was signed.", "Lev Arno"),
        ('"The deal is signed," Minister for Foreign Affairs and Trade Lev Arno said.', "Lev Arno"),
        ('"The field will reopen," said Minister for Oil and Gas Dara Venn.', "Dara Venn"),
        ("Velorian Minister for Trade and Industry Dara Venn denied that the plant had closed.", "Dara Venn"),
        ("On Monday, Secretary for Energy and Natural Resources Lev Arno said the field would reopen.", "Lev Arno"),
        ("Deputy Minister for Labour and Social Affairs Dara Venn said the strike had ended.", "Dara Venn"),
    ],
)
def test_an_offices_fields_joined_by_and_after_for_are_the_offices(sentence: str, speaker: str) -> None:
    assert [who for _, who, _ in said_en(sentence)] == [speaker], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Minister for Oil and Gas Dara Venn said the field would reopen.",
        "Minister for Foreign Affairs and Trade Lev Arno said the deal was signed.",
    ],
)
def test_no_person_is_called_by_the_offices_field(sentence: str) -> None:
    people = _people(sentence)
    assert people and all(not p.startswith(("Gas", "Trade", "Oil", "Foreign")) for p in people), people


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the office alone: no person called 'Oil and Gas' or 'Foreign Affairs'
        ("The Minister for Oil and Gas said the field would reopen.", "the Minister for Oil and Gas"),
        ("The Minister for Foreign Affairs said the deal was signed.", "the Minister for Foreign Affairs"),
        # (a body with 'for' in its name, and an office and another's holder, as before)
        ("The Centre for Peace and Security said the truce would hold.", "Centre for Peace and Security"),
        ("Minister for Defence and Interior Minister Lev Arno said the field would reopen.", "Lev Arno"),
    ],
)
def test_near_misses_of_the_joined_office_after_for(sentence: str, speaker: str) -> None:
    assert [who for _, who, _ in said_en(sentence)] == [speaker], sentence


# --- another's denial called untrue is no denial ----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Lev Arno said there was no truth in the brigade's denial.",
        "Dara Venn said there was not a shred of truth in the ministry's denials.",
        '"There is no truth in the brigade\'s denial," Lev Arno said.',
        "The army said there was no truth to the group's denial of the raid.",
        "Lev Arno dismissed as baseless the ministry's denial.",
        "Lev Arno dismissed the ministry's denial.",
        "The army rejected the group's denials as lies.",
        "Dara Venn said the ministry's denial was false.",
    ],
)
def test_another_denial_called_untrue_is_a_claim(sentence: str) -> None:
    kinds = [kind for kind, _, _ in said_en(sentence)]
    assert kinds and "denial" not in kinds, (sentence, kinds)


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        # what is called untrue is a claim: a denial, as before
        ("Lev Arno said there was no truth in the brigade's claims.", "Lev Arno"),
        ("Lev Arno said there was no truth in reports that the brigade had issued a denial.", "Lev Arno"),
        ("Dara Venn said there was no truth in the reports, and repeated the ministry's denial.", "Dara Venn"),
        ("The ministry repeated its denial, saying there was no truth in the reports.", "the ministry"),
    ],
)
def test_a_claim_called_untrue_still_denies(sentence: str, denier: str) -> None:
    assert ("denial", denier) in [(kind, who) for kind, who, _ in said_en(sentence)], sentence


# --- Arabic: 'قولهم' after the one relayed ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("نقلت رويترز عن مسؤولين قولهم إن الهجوم لم يقع.", "مسؤولين"),
        ("ونقلت وكالة الأنباء عن مسؤولين أمنيين قولهم إن القوات دخلت المدينة.", "مسؤولين أمنيين"),
        ("نقلت صحيفة الأفق عن مسؤولتين قولهما إن المعبر أغلق.", "مسؤولتين"),
        ("ونقلت الوكالة عن شهود عيان قولهم إن الانفجار وقع قرب السوق.", "شهود عيان"),
        ("نقل موقع الأفق عن مصادر عسكرية قولها إن القوات انسحبت.", "مصادر عسكرية"),
        ("ونقلت رويترز عن سكان قولهم إن القصف استمر طوال الليل.", "سكان"),
        ("وذكرت الوكالة نقلا عن مسؤولين قولهم إن الهجوم لم يقع.", "مسؤولين"),
        ('ونقل التلفزيون الرسمي عن مسؤولين عسكريين قولهم: "القوات انسحبت".', "مسؤولين عسكريين"),
        ("ونقلت الصحيفة عن مسؤولين في الوزارة قولهم إن المعبر أغلق.", "مسؤولين في الوزارة"),
    ],
)
def test_their_saying_after_the_one_relayed_is_no_part_of_them(sentence: str, speaker: str) -> None:
    units = af_units("ar", sentence)
    assert units and units[0][1] == speaker, units
    assert all("قول" not in who for _, who in units), units


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # (read before, kept: 'قوله' and 'قولها')
        ("نقلت وكالة الأنباء عن مسؤول عسكري قوله إن الجيش لم يقصف المدينة.", "مسؤول عسكري"),
        ("نقلت الوكالة عن المتحدثة باسم الوزارة قولها إن المعبر أغلق.", "المتحدثة باسم الوزارة"),
    ],
)
def test_his_saying_after_the_one_relayed_stays_read(sentence: str, speaker: str) -> None:
    units = af_units("ar", sentence)
    assert units and units[0][1] == speaker, units
