"""Round 52's left helper's rules, tested on made-up sentences: the one a body denied through, after when it denied
and a comma ('denied yesterday, through its spokesman Lev Arno, the reports'), is no part of what was denied; an
office's two fields joined by 'and' ('Minister of Oil and Gas Lev Arno') are the office's, not the name's; the one
interviewed, contacted or asked by an outlet ('was interviewed by Meridian Wire') is whom 'he' is next, not the
outlet; words in marks after the side they tell of ('said the brigade "had no role" in the raid') deny as they do
with no marks; an outlet's own official or spokesperson stays apart from the state's denial (right before this round
too); and in Arabic an outlet relays: the one whose words its 'that' tells of speaks ('أفادت الوكالة بأن كلام X ...،
وقد أكد', 'ذكرت الوكالة أن X أكد أن ...')."""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, af_units, denied, said, said_en

# --- the voice a body denied through, after the day and a comma -----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        (
            "The Kessel Brigade denied yesterday, through its spokesman Lev Arno, the reports that it had shelled the town.",
            "the reports that it had shelled the town",
        ),
        (
            "The Kessel Brigade denied on Monday, through its spokesman Lev Arno, the reports that it had shelled the town.",
            "the reports that it had shelled the town",
        ),
        (
            "The ministry rejected late on Sunday, via its media office, claims that its forces had entered the town.",
            "claims that its forces had entered the town",
        ),
        (
            "The army denied on Monday evening, through its spokesperson Maj. Gen. Dara Venn, reports of a withdrawal.",
            "reports of a withdrawal",
        ),
        (
            "The council denied Thursday, through its official spokeswoman Dara Venn, any talks with the front.",
            "any talks with the front",
        ),
        (
            "The Orvale Front dismissed yesterday, in the words of its leader Lev Arno, allegations of a truce.",
            "allegations of a truce",
        ),
        (
            "The army denied yesterday, through its spokesman, that any soldier had been killed.",
            "that any soldier had been killed",
        ),
    ],
)
def test_the_voice_after_the_day_and_a_comma_is_not_what_was_denied(sentence: str, what: str) -> None:
    assert denied("en", sentence) == [what], sentence


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        # (what the rule read before, kept)
        (
            "The Kessel Brigade denied through its spokesman Lev Arno the reports that it had shelled the town.",
            "the reports that it had shelled the town",
        ),
        (
            "The Kessel Brigade denied yesterday through its spokesman Lev Arno the reports that it had shelled the town.",
            "the reports that it had shelled the town",
        ),
        # (a voice that is what was denied: 'through' inside the reports, not before them)
        (
            "The ministry denied yesterday reports that it had paid the fighters through its envoy.",
            "reports that it had paid the fighters through its envoy",
        ),
    ],
)
def test_near_misses_of_the_voice_keep_what_they_read(sentence: str, what: str) -> None:
    assert denied("en", sentence) == [what], sentence


# --- an office's two fields joined by 'and' -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Minister of Oil and Gas Lev Arno said the pipeline would reopen next week.", "Lev Arno"),
        ('"The pipeline will reopen next week," Minister of Trade and Industry Dara Venn said.', "Dara Venn"),
        ("The Minister of Labour and Social Affairs Dara Venn said the pipeline would reopen.", "Dara Venn"),
        (
            "Deputy Minister of Energy and Natural Resources Dara Venn denied that the pipeline had been closed.",
            "Dara Venn",
        ),
        ("Secretary of Energy and Water Lev Arno said the pipeline would reopen.", "Lev Arno"),
        ("The pipeline will reopen, Minister of Trade and Industry Dara Venn told reporters.", "Dara Venn"),
        ("On Monday, Minister of Oil and Gas Lev Arno said the pipeline would reopen.", "Lev Arno"),
        ("Velorian Minister of Oil and Gas Lev Arno rejected the reports of a leak.", "Lev Arno"),
    ],
)
def test_an_offices_fields_joined_by_and_are_the_offices(sentence: str, speaker: str) -> None:
    assert [who for _, who, _ in said_en(sentence)] == [speaker], sentence


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the office alone, as 'Minister of Oil' is: no person called 'Oil and Gas' or 'and Gas'
        ("Minister of Oil and Gas said the pipeline would reopen.", "minister of Oil and Gas"),
        ("The Minister of Trade and Industry said the pipeline would reopen.", "the Minister of Trade and Industry"),
        # (an office and a second office's holder: the second office is no field of the first)
        ("Minister of Defence and Interior Minister Lev Arno said the pipeline would reopen.", "Lev Arno"),
        # (a body so named, as round 51 read it)
        ("The Ministry of Oil and Gas said the pipeline would reopen.", "Ministry of Oil and Gas"),
        ("Lev Arno, the Minister of Oil and Gas, said the pipeline would reopen.", "Lev Arno"),
    ],
)
def test_near_misses_of_the_joined_office(sentence: str, speaker: str) -> None:
    assert [who for _, who, _ in said_en(sentence)] == [speaker], sentence


def test_the_minister_and_another_stay_two() -> None:
    # 'the minister and Lev Arno' are two who speak together, not one office
    assert all(
        who != "minister and Lev Arno" for _, who, _ in said_en("The minister and Lev Arno said the talks failed.")
    )


# --- the one interviewed by an outlet speaks next -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "then", "speaker"),
    [
        ("Lev Arno was interviewed by Reuters on Monday.", '"We will not leave the town," he said.', "Lev Arno"),
        ("Dara Venn was interviewed by Bloomberg.", "He said the group would not leave the town.", "Dara Venn"),
        ("Dara Venn was contacted by Xinhua on Sunday.", '"We will not leave the town," she said.', "Dara Venn"),
        ("Dara Venn was asked by Reuters about the talks.", '"We will not leave the town," he said.', "Dara Venn"),
        ("Lev Arno was later approached by Bloomberg.", '"The talks have failed," he said.', "Lev Arno"),
        (
            "Lev Arno, interviewed by Reuters, said the group would stay.",
            '"We will not leave the town," he said.',
            "Lev Arno",
        ),
        ("The Kessel Brigade was contacted by Reuters.", "It denied the reports.", "Kessel Brigade"),
    ],
)
def test_the_one_interviewed_speaks_not_the_outlet(first: str, then: str, speaker: str) -> None:
    last = [who for _, who, words in said("en", EN_LEAD, first, then) if words.rstrip(",.") in then]
    assert last == [speaker], (first, then)


@pytest.mark.parametrize(
    ("first", "then", "speaker"),
    [
        # the one asked, after the active verb, answers (round 45's rule kept)
        ("Meridian Wire contacted the Kessel Brigade.", "It denied the reports.", "Kessel Brigade"),
        ("Reuters interviewed Dara Venn on Monday.", '"We will not leave the town," he said.', "Dara Venn"),
        # the shapes the brief names, right before as after
        (
            "Speaking to Al Jazeera, Lev Arno said the group would stay.",
            '"We will not leave the town," he said.',
            "Lev Arno",
        ),
        (
            "In an interview with the BBC, Dara Venn said the group would stay.",
            '"We will not leave the town," she added.',
            "Dara Venn",
        ),
        (
            "Lev Arno told Reuters in an interview that the group would stay.",
            '"We will not leave the town," he said.',
            "Lev Arno",
        ),
    ],
)
def test_the_one_asked_after_an_active_verb_still_answers(first: str, then: str, speaker: str) -> None:
    last = [who for _, who, words in said("en", EN_LEAD, first, then) if words.rstrip(",.") in then]
    assert last == [speaker], (first, then)


# --- words in marks after the side they tell of ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ('Lev Arno said the brigade "had no role" in the attack.', "Lev Arno"),
        ('The group said it had "no role" in the attack.', "the group"),
        ('Lev Arno said the Kessel Brigade "played no part" in the attack.', "Lev Arno"),
        ('Dara Venn said its fighters "had no role in the raid."', "Dara Venn"),
        ('The Kessel Brigade "had no role in the attack," Lev Arno said.', "Lev Arno"),
        ('The group "had no role" in the attack, Lev Arno said.', "Lev Arno"),
        ('The brigade "played no part" in the raid, its spokesman said.', "its spokesman"),
        ('Its fighters "had no role in the attack," Lev Arno told reporters.', "Lev Arno"),
    ],
)
def test_a_side_named_outside_the_marks_denies_in_them(sentence: str, denier: str) -> None:
    assert [(kind, who) for kind, who, _ in said_en(sentence)] == [("denial", denier)], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        'Lev Arno said the brigade "had a role" in the attack.',
        'The brigade "had a role in the attack," Lev Arno said.',
        # (a share of power is no part in a deed)
        'Lev Arno said the army "had no role in the government."',
        'Lev Arno said the brigade "will play a role" in the talks.',
    ],
)
def test_words_in_marks_that_deny_nothing_stay_quotations(sentence: str) -> None:
    assert all(kind != "denial" for kind, _, _ in said_en(sentence)), sentence


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        # (read before, kept)
        ('"We had no role in it," the group said.', "the group"),
        ('"We played no role in the attack," Lev Arno said.', "Lev Arno"),
        ('"The brigade had no role in the attack," Lev Arno said.', "Lev Arno"),
        ('The group said it "had no role" in the attack.', "the group"),
    ],
)
def test_quoted_no_role_read_before_stays_a_denial(sentence: str, denier: str) -> None:
    assert [(kind, who) for kind, who, _ in said_en(sentence)] == [("denial", denier)], sentence


# --- an outlet's own official ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "then", "speaker"),
    [
        ("Syria denied the report.", '"The report is false," a CBS News official said.', "a CBS News official"),
        (
            "The Syrian government denied the report.",
            "A CBS News official said the report was false.",
            "a CBS News official",
        ),
        ("Veloria denied the report.", "A BBC spokesperson said the report was false.", "a BBC spokesperson"),
        (
            "The army denied the report.",
            '"It is untrue," a Meridian Wire spokeswoman said.',
            "a Meridian Wire spokeswoman",
        ),
    ],
)
def test_an_outlets_official_is_not_the_state(lead: str, then: str, speaker: str) -> None:
    last = [who for _, who, words in said("en", EN_LEAD, lead, then) if words.rstrip(",.") in then]
    assert last == [speaker], (lead, then)


# --- Arabic: an outlet relays; the one whose words it tells of speaks -----------------------------------------------

SAMI_NAMED = "نفى المتحدث باسم الوزارة، سامي الوردي، اعتقال أي موظف في القنصلية."


@pytest.mark.parametrize(
    ("paragraphs", "denier"),
    [
        # the words of the one named, told of by the outlet, then his verb with no subject of its own
        (
            (
                SAMI_NAMED,
                "وأفادت وكالة مهر بأن كلام سامي الوردي جاء ردا على تقرير نشرته صحيفة، وقد أكد أن هذا التقرير لا أساس "
                "له من الصحة.",
            ),
            "سامي الوردي",
        ),
        (
            (
                "وأفادت وكالة مهر بأن كلام سامي الوردي جاء ردا على تقرير نشرته صحيفة، وقد أكد أن هذا التقرير لا أساس "
                "له من الصحة.",
            ),
            "سامي الوردي",
        ),
        (
            (
                "وذكرت صحيفة الأفق أن تصريحات سامي الوردي جاءت ردا على الأنباء، وقد شدد على أن هذه الأنباء عارية عن "
                "الصحة.",
            ),
            "سامي الوردي",
        ),
        # an outlet's 'that', then the one named and his verb of saying
        (("ذكرت وكالة مهر أن سامي الوردي أكد أن هذا التقرير لا أساس له من الصحة.",), "سامي الوردي"),
        (("ذكرت صحيفة الأفق أن سامي الوردي أكد أن هذا التقرير عار عن الصحة.",), "سامي الوردي"),
        (("أفادت قناة الأفق بأن خالد الكسلي أوضح أن هذه الأنباء غير صحيحة.",), "خالد الكسلي"),
    ],
)
def test_an_outlet_relays_the_one_whose_words_it_tells_of(paragraphs: tuple[str, ...], denier: str) -> None:
    units = af_units("ar", *paragraphs)
    assert ("denial", denier) in units, paragraphs
    assert all(who != "وكالة مهر" and "صحيفة" not in who and "قناة" not in who for _, who in units), units


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        # (read before, kept: the one relayed with 'عن', or who denies with a verb of denying)
        ("نقلت وكالة مهر عن سامي الوردي قوله إن التقارير عن انسحاب القوات غير صحيحة.", "سامي الوردي"),
        ("أفادت وكالة مهر بأن سامي الوردي نفى التقارير عن انسحاب القوات.", "سامي الوردي"),
        # the outlet's own feminine verb is the outlet's ('وأكدت', not 'وأكد')
        (
            "وأفادت وكالة مهر بأن كلام سامي الوردي جاء ردا على تقرير نشرته صحيفة، وأكدت أن هذا التقرير لا أساس له من "
            "الصحة.",
            "وكالة مهر",
        ),
        # no outlet: a ministry or a spokesman says so, as before
        ("ذكرت الوزارة أن سامي الوردي أكد أن هذا التقرير لا أساس له من الصحة.", "الوزارة"),
        (
            "وقال المتحدث باسم الحركة إن كلام سامي الوردي جاء ردا على تقرير، وقد أكد أن هذا التقرير لا أساس له من "
            "الصحة.",
            "المتحدث باسم الحركة",
        ),
        # a body after the outlet's 'that' (read before, kept)
        ("ذكرت وكالة مهر أن الجيش أكد أن هذا التقرير لا أساس له من الصحة.", "الجيش"),
    ],
)
def test_near_misses_of_the_relayed_words(sentence: str, denier: str) -> None:
    assert ("denial", denier) in af_units("ar", sentence), sentence
