"""Round 54's left helper's rules, tested on made-up sentences, each with near-misses: what a report said, set after
its noun with a comma or after where it ran ('refuted as "baseless" a newspaper report, claiming that ...', 'denied a
report, which alleged that ...', 'a story in the Kessel Post claiming that ...'), is what its denier denies, not the
noun alone; and a state's consulate in a city ("Iran's consulate in Erbil said") is the body that speaks, as its
embassy is (before: no speaker); and a country's name of two words in the possessive before a person's name ("South
Sudan's Lev Arno said", "Sri Lanka's Dara Venn") is no owner that hides the speaker, as one word's is; and the one
an outlet cites at the sentence's opening speaks, as when set off after it ('Citing a senior official, the agency
said ...' as 'The agency, citing a senior official, said ...'), where the subject passes words on."""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, curly, denied, project_index, said_en


def _denied(sentence: str) -> list[str]:
    return denied("en", EN_LEAD, sentence)


# --- what the report said, after a comma or after where it ran -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            'The embassy refuted as "baseless" a newspaper report, claiming that the president had fled.',
            "the president had fled",
        ),
        (
            curly('The embassy refuted as "baseless" a newspaper report, claiming that the president had fled.'),
            "the president had fled",
        ),
        (
            "The ministry dismissed as false a Kessel Post report, alleging that the army had withdrawn from Ostra.",
            "the army had withdrawn from Ostra",
        ),
        (
            "Lev Arno rejected as untrue a story, suggesting that he had met the envoy in secret.",
            "he had met the envoy in secret",
        ),
        (
            "The council has refuted as groundless a Meridian Wire article, purporting that its members had fled.",
            "its members had fled",
        ),
        ("The ministry denied a report, claiming that the army had withdrawn.", "the army had withdrawn"),
        (
            "The brigade denied an article, alleging that its commander had been killed.",
            "its commander had been killed",
        ),
        # a relative clause of the report's own after the comma
        ("The ministry denied a report, which claimed that the army had withdrawn.", "the army had withdrawn"),
        (
            "The council rejected as baseless the reports, which alleged that its members had fled to Kessa.",
            "its members had fled to Kessa",
        ),
        ("Dara Venn denied the story, which said that she had resigned.", "she had resigned"),
        # where the report ran, then what it claimed
        (
            "The embassy dismissed as baseless a report in the Daily Post claiming that the president had fled.",
            "the president had fled",
        ),
        (
            "The army denied a report by Meridian Wire claiming that its troops had crossed the river.",
            "its troops had crossed the river",
        ),
    ],
)
def test_what_the_report_said_is_denied(sentence: str, content: str) -> None:
    got = _denied(sentence)
    assert len(got) == 1 and content in got[0], (sentence, got)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the denier's own participle after the report it denied: its reason, not the report's words
        ("The embassy denied the report, saying that it was fabricated.", "the report"),
        ("The army denied the report, claiming that its troops had only returned fire.", "the report"),
        ("The army rejected a report, claiming that it was fabricated by the opposition.", "a report"),
        ("The army denied a report, claiming that its soldiers were not in the town.", "a report"),
        ("The army dismissed as false a report, saying that its troops had stayed in their barracks.", "a report"),
        ("The ministry denied the reports, alleging that the opposition had spread them.", "the reports"),
    ],
)
def test_the_deniers_own_participle_is_not_denied(sentence: str, expected: str) -> None:
    assert _denied(sentence) == [expected], sentence


# --- a state's embassy, consulate or mission in a city is the body that speaks ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Jordan's Embassy in Washington, D.C. denied the report.", "Jordan's Embassy in Washington"),
        ("The Embassy of Jordan in Washington denied the report.", "the Embassy of Jordan in Washington"),
        ("The Velorian Embassy in Washington, D.C., has rejected the reports.", "Velorian Embassy"),
        ("Iraq's embassy in London said the talks would resume.", "Iraq's embassy in London"),
        ("The Iraqi embassy in Ankara said the talks would resume.", "the Iraqi embassy in Ankara"),
        ("Pakistan's mission to the United Nations denied the report.", "Pakistan's mission to the United Nations"),
        # a consulate, as an embassy (before: no speaker at all)
        ("Iran's consulate in Erbil said the talks would resume.", "Iran's consulate in Erbil"),
        ("The Iranian consulate in Erbil denied the report.", "the Iranian consulate in Erbil"),
        ("The Velorian consulate in Kessa rejected the reports as baseless.", "the Velorian consulate in Kessa"),
        ("The consulate said the talks would resume.", "the consulate"),
        (
            "Veloria's consulate in Port Sable told reporters that the border was open.",
            "Veloria's consulate in Port Sable",
        ),
    ],
)
def test_an_embassy_or_consulate_in_a_city_speaks(sentence: str, speaker: str) -> None:
    assert [who for _, who, _ in said_en(sentence)] == [speaker], sentence


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the consulate only named in what was said, or the place of the one who speaks
        ("Lev Arno said the consulate in Erbil had closed.", "Lev Arno"),
        ("Protesters gathered outside the Iranian consulate in Erbil, Lev Arno said.", "Lev Arno"),
        ("Officials at the consulate in Erbil said the talks would resume.", "officials at the consulate in Erbil"),
        ("A diplomat at Iran's consulate in Erbil denied the report.", "a diplomat at Iran's consulate in Erbil"),
    ],
)
def test_a_consulate_named_by_another_speaker_is_no_speaker(sentence: str, speaker: str) -> None:
    assert [who for _, who, _ in said_en(sentence)] == [speaker], sentence


# --- a country's name of two words, in the possessive, before a person's name -------------------------------------


@pytest.mark.parametrize(
    ("sentence", "index", "speaker"),
    [
        ("South Sudan's Lev Arno said the talks would resume.", False, "Lev Arno"),
        ("Sri Lanka's Dara Venn said the talks would resume.", False, "Dara Venn"),
        ("South Sudan's Lev Arno denied the report.", False, "Lev Arno"),
        ("Burkina Faso's Ilse Marrow told reporters that the border was open.", False, "Ilse Marrow"),
        ("New Zealand's Tomas Brenn said the vote would go ahead.", False, "Tomas Brenn"),
        ("Sri Lanka's Dara Venn rejected the reports as baseless.", False, "Dara Venn"),
        # a body on file, whose name the name data takes for a person's without the records
        ("Hayat Tahrir al-Sham's Lev Arno said the talks would resume.", True, "Lev Arno"),
        # (read so already: a title before the name, a country of one word, or 'the' before the owner)
        ("Saudi Arabia's Prince Lev Arno said the talks would resume.", False, "Lev Arno"),
        ("The United States' envoy Lev Arno said the talks would resume.", False, "Lev Arno"),
        ("Jordan's Lev Arno said the talks would resume.", False, "Lev Arno"),
    ],
)
def test_a_countrys_possessive_before_a_name(sentence: str, index: bool, speaker: str) -> None:
    got = said_en(sentence, index=project_index() if index else None)
    assert [who for _, who, _ in got] == [speaker], (sentence, got)


@pytest.mark.parametrize(
    "sentence",
    [
        # a person's possessive before a name: no one the words say speaks
        "Dara Venn's Lev Arno said the talks would resume.",
        "Tomas Brenn's Ilse Marrow denied the report.",
    ],
)
def test_a_persons_possessive_before_a_name_is_still_no_speaker(sentence: str) -> None:
    assert said_en(sentence) == [], sentence


# --- 'Citing X, the agency said ...': the one cited speaks, as in 'The agency, citing X, said ...' ----------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Citing a senior official, the agency said that the talks would resume.", [("reported", "a senior official")]),
        ("Citing unnamed sources, Reuters reported that the talks would resume.", [("reported", "unnamed sources")]),
        (
            "Citing sources close to the brigade, the newspaper said the commander had been killed.",
            [("reported", "sources close to the brigade")],
        ),
        ("Citing Lev Arno, Meridian Wire reported that the convoy had reached Kessa.", [("reported", "Lev Arno")]),
        ('Citing a senior official, the agency said: "The talks will resume."', [("quote", "a senior official")]),
        ("Citing army sources, the news agency denied the reports.", [("denial", "army sources")]),
        ("Citing a senior official, state media said the talks would resume.", [("reported", "a senior official")]),
        (
            "Citing a senior official, Tasnim News Agency said the talks would resume.",
            [("reported", "a senior official")],
        ),
        (
            "Citing a senior official, the agency denied that the convoy had been attacked.",
            [("denial", "a senior official")],
        ),
    ],
)
def test_the_one_cited_at_the_opening_speaks(sentence: str, expected: list[tuple[str, str]]) -> None:
    got = [(kind, who) for kind, who, _ in said_en(sentence)]
    assert got == expected, sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an outlet named by 'according to' tells what the subject said: the subject speaks
        ("According to Meridian Wire, Lev Arno said the reports were false.", [("denial", "Lev Arno")]),
        # a subject whose trade is not passing words on speaks for itself, the one cited its witness
        ("Citing Petra Lind, the Kessel Brigade said it had not fired.", [("denial", "Kessel Brigade")]),
        ("Citing army sources, the ministry denied the reports.", [("denial", "the ministry")]),
        ("Citing a senior official, the ministry said that the talks would resume.", [("reported", "the ministry")]),
        ("Citing Lev Arno, Dara Venn said the talks would resume.", [("reported", "Dara Venn")]),
        # a reason cited, no one: the subject speaks
        ("Citing security concerns, the ministry said the talks would be postponed.", [("reported", "the ministry")]),
        ("Citing the weather, Lev Arno said the vote would be delayed.", [("reported", "Lev Arno")]),
        # the one cited set off after the subject, as before
        (
            "The agency, citing a senior official, said that the talks would resume.",
            [("reported", "a senior official")],
        ),
    ],
)
def test_a_reason_or_an_outlet_at_the_opening_leaves_the_subject(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    got = [(kind, who) for kind, who, _ in said_en(sentence)]
    assert got == expected, sentence
