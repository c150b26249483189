"""Round 51's lead rules, found on the round's walk-through of an English report (Iraqi News) and tested here on
made-up sentences: a body named with the body it sits within ('The Interior Ministry within the Velorian government
denied') is that body, as it is with 'in' or 'of'; the one a body denied through ('denied, through its spokesman Lev
Arno, the reports', 'on the lips of its spokesperson') and how it was put ('by saying that "..."') are not what was
denied."""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, built, denied_by, said

# --- a body within another is the body -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("The Interior Ministry within the Velorian government denied the reports of arrests.", "interior-ministry"),
        ("The Defence Ministry within the federal cabinet rejected the claims of a raid.", "defence-ministry"),
        ("The Peshmerga Ministry within Kurdistan Regional Government denied the reports.", "peshmerga-ministry"),
        (
            "The Border Guard Command within the Velorian army dismissed the reports of a crossing.",
            "border-guard-command",
        ),
        ("The Media Office within the Kessel Council denied the claims of a raid.", "media-office"),
    ],
)
def test_a_body_within_another_is_the_body(sentence: str, denier: str) -> None:
    assert [who for who, _ in denied_by("en", EN_LEAD + " " + sentence)] == [denier], sentence


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        # a time after 'within' leaves the body as it was
        ("The Velor Front within hours denied the reports.", "velor-front"),
        # one unnamed within a body stays a description
        ("A source within the Velor Front denied the reports.", "a source within the Velor Front"),
    ],
)
def test_within_that_names_no_parent_body_reads_as_before(sentence: str, denier: str) -> None:
    assert [who for who, _ in denied_by("en", sentence)] == [denier], sentence


def test_a_body_within_another_is_one_denier_with_the_body_named_alone() -> None:
    records = built(
        "en",
        "The Interior Ministry within the Velorian government denied the reports of mass arrests in Tarvo.",
        "Earlier, the Interior Ministry denied through its spokesman Lev Arno the reports of arrests in Tarvo.",
    )
    denials = [r for r in records if r["type"] == "denial"]
    assert [d["denier"] for d in denials] == [{"actor": "interior-ministry"}]
    assert [c["paragraph"] for c in denials[0]["citations"]] == [2, 3]


# --- the one it was denied through, and how it was put, are not what was denied -----------------------------------


@pytest.mark.parametrize(
    "voice",
    [
        "through its spokesman Lev Arno",
        ", through its spokesman Lev Arno,",
        "via its spokesperson Dana Velk",
        ", via its media office,",
        "through its media office",
        "on the lips of its spokesperson Maj. Gen. Lev Arno",
        "on lips of its spokesperson Brig. Gen. Karim al-Velki",
        "in the words of its spokesman Col. Lev Arno",
        "through the mouth of its official spokesman Lev Arno",
        ", through their representative Dana Velk,",
    ],
)
@pytest.mark.parametrize(
    ("body", "what", "denier"),
    [
        ("The Velor Ministry", "the reports about closing the crossings", "velor-ministry"),
        ("The Kessel Brigade", "any role in the raid on Tarvo", "kessel-brigade"),
        ("The Interior Ministry", "the claims that its forces arrested the protesters", "interior-ministry"),
    ],
)
def test_the_one_it_was_denied_through_is_not_what_was_denied(voice: str, body: str, what: str, denier: str) -> None:
    sentence = f"{body} denied {voice} {what}.".replace(" ,", ",")
    assert denied_by("en", sentence) == [(denier, what)], sentence


@pytest.mark.parametrize(
    "how",
    [
        "by saying that “These reports are quite groundless.”",
        "by saying the reports were baseless",
        "by stating that “no such order was ever given.”",
        "by describing them as lies",
        "by calling them fabrications",
    ],
)
@pytest.mark.parametrize(
    ("body", "what", "denier"),
    [
        ("The Velor Ministry", "the reports about closing the crossings", "velor-ministry"),
        ("Earlier, the Kessel Brigade has denied", "the claims of a raid on Tarvo", "kessel-brigade"),
    ],
)
def test_how_it_was_put_is_not_what_was_denied(how: str, body: str, what: str, denier: str) -> None:
    verb = "" if body.endswith("denied") else " denied"
    sentence = f"{body}{verb} {what} {how}"
    sentence = sentence if sentence.endswith("”") else sentence + "."
    assert denied_by("en", sentence) == [(denier, what)], sentence


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        # 'through' that opens what is denied, not a voice
        (
            "The Kessel Brigade denied the transfer of arms through its territory.",
            "the transfer of arms through its territory",
        ),
        # a voice with nothing denied after it is left whole
        (
            "The Kessel Brigade denied through its channels any role in the raid.",
            "through its channels any role in the raid",
        ),
        # 'by' that names the ones whose reports are denied stays what was denied
        (
            "The Kessel Brigade denied the reports by Meridian Wire about a raid.",
            "the reports by Meridian Wire about a raid",
        ),
    ],
)
def test_words_that_are_no_voice_nor_manner_stay_what_was_denied(sentence: str, what: str) -> None:
    assert [w for _, w in denied_by("en", sentence)] == [what], sentence


# --- a rank between the office and the name is no part of the office ------------------------------------------


def _roles(sentence: str) -> list[dict]:
    people = [r for r in built("en", sentence) if r["type"] == "actor" and r.get("kind") == "person"]
    assert len(people) == 1, sentence
    return [{k: v for k, v in role.items() if k != "citations"} for role in people[0].get("roles", [])]


@pytest.mark.parametrize(
    ("words", "title", "rank"),
    [
        ("Army spokesman Brig. Gen. Lev Arno", "spokesman", "Brig. Gen."),
        ("Ministry spokesperson Maj. Gen. Lev Arno", "spokesperson", "Maj. Gen."),
        ("Army spokeswoman Colonel Petra Lind", "spokeswoman", "Colonel"),
        ("Spokesman Lt. Col. Lev Arno", "Spokesman", "Lt. Col."),
        ("Deputy Commander Major General Lev Arno", "Deputy Commander", "Major General"),
        ("Brigade spokesman Capt. Dana Velk", "spokesman", "Capt."),
    ],
)
def test_a_rank_after_the_office_is_noted_not_titled(words: str, title: str, rank: str) -> None:
    sentence = f"{words} said the reports were false."
    assert _roles(sentence) == [{"title": title, "note": f"rank, as written: {rank}"}], sentence


@pytest.mark.parametrize(
    ("words", "title"),
    [
        # offices that end in 'General' are offices, not ranks
        ("Secretary General Lev Arno", "Secretary General"),
        ("Director General Lev Arno", "Director General"),
        ("Attorney General Lev Arno", "Attorney General"),
        # a rank alone is the title there is
        ("Major General Lev Arno", "Major General"),
        ("Maj. Gen. Lev Arno", "Maj. Gen."),
        # 'staff' and 'commander' are offices
        ("Army Chief of Staff Lev Arno", "Army Chief of Staff"),
        ("Army commander Lev Arno", "commander"),
    ],
)
def test_an_office_with_no_rank_after_it_stays_whole(words: str, title: str) -> None:
    sentence = f"{words} said the reports were false."
    assert _roles(sentence) == [{"title": title}], sentence


# --- Arabic: a body's word bound to its name before a comma is no subject with an object ------------------------
# (found by the property test in test_consistency_ar.py, which drew 'ودعت حركة النور، يوم الثلاثاء،: «...»' on one
# helper's run: a verb whose object is a person, its body's word and name, then a comma, gave the words to 'حركة')

_AR_WORDS = "القوات باقية في مواقعها"


@pytest.mark.parametrize("verb", ["انتقدت", "هاجمت", "اتهمت", "دعت", "قالت"])
@pytest.mark.parametrize("body", ["حركة النور", "كتائب الفجر", "جبهة التحرير", "وزارة الدفاع"])
@pytest.mark.parametrize("between", ["، يوم الثلاثاء", "، أمس", "، في بيان"])
def test_a_body_word_and_its_definite_name_before_a_comma_are_one_speaker(verb: str, body: str, between: str) -> None:
    sentence = f"و{verb} {body}{between}: «{_AR_WORDS}»."
    assert said("ar", sentence) == [("quote", body, _AR_WORDS)], sentence


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a deed's object after the body's full name, closed by a comma, is still the object
        (f"وهاجمت حركة النور مدينة أسترا، وقالت: «{_AR_WORDS}».", "حركة النور"),
        # a body's word with its article takes a definite object of its own
        (f"وهاجمت الحركة القرية، وقالت: «{_AR_WORDS}».", "الحركة"),
        (f"وانتقد سامي حمدان القرار، وقال: «{_AR_WORDS}».", "سامي حمدان"),
    ],
)
def test_a_deeds_object_before_a_comma_is_still_no_part_of_the_speaker(sentence: str, speaker: str) -> None:
    assert said("ar", sentence) == [("quote", speaker, _AR_WORDS)], sentence
