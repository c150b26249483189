"""Round 51's den helper's rules, tested on made-up sentences: 'reaffirmed' is a verb of saying, as 'reiterated' is
(and 'the statement' after a spokesman who spoke last, with no body to issue it, is his); a spokesperson described,
not named, speaks for the body that denied ('the spokesman', 'its spokeswoman', "the group's spokesman", 'a spokesman
for the army'), as does one named with such a title after the name ('Lev Arno, the army's spokesman'), so their words
that say it is not so restate the body's denial ('"He is alive and well," the spokesman said'); and words in marks
inside a clause told with no 'that', its speaker and verb after it at the sentence's end, are that speaker's ('The
talks were "very positive" and will resume next week, Lev Arno said')."""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, claimants, last_units, quotes

# --- 'reaffirmed' as a verb of saying -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "denier"),
    [
        (("The Kessel Brigades reaffirmed that it had no role in the attack.",), "Kessel Brigades"),
        (("The ministry reaffirmed that the reports were baseless.",), "the ministry"),
        (("The Velorian ministry reaffirms that its forces did not enter the town.",), "the Velorian ministry"),
        (("The council reaffirmed that it had not received any request for talks.",), "the council"),
        (("Dara Venn reaffirmed on Monday that the claims were false.",), "Dara Venn"),
        (("\u201cWe had no role in the attack,\u201d Lev Arno reaffirmed.",), "Lev Arno"),
        (
            ("The Orvale Front denied the report.", "Lev Arno reaffirmed that the front had not fired the rockets."),
            "Lev Arno",
        ),
    ],
)
def test_reaffirmed_is_a_verb_of_saying(paragraphs: tuple[str, ...], denier: str) -> None:
    assert ("denial", denier) in last_units(*paragraphs), paragraphs


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry reaffirmed its support for the talks.",
        "Lev Arno reaffirmed the group's commitment to the truce.",
    ],
)
def test_reaffirming_a_stance_denies_nothing(sentence: str) -> None:
    assert all(kind != "denial" for kind, _ in last_units(sentence)), sentence


@pytest.mark.parametrize("verb", ["reaffirmed", "said", "stressed", "added"])
def test_the_statement_is_the_spokesmans_who_spoke_last(verb: str) -> None:
    # (round 36's rule kept: a body named only inside what the spokesman said issued nothing; the spokesman who
    # spoke last, with no body to issue it, did)
    found = claimants(
        "en",
        "The spokesman for the council Dara Venn denied Saturday any talks with the Kessel Brigade.",
        f"The spokesman {verb} that the Orvale Guard under the council's command is still holding the line.",
        "The statement denied news circulated on social media about talks between the Orvale Guard and the brigade.",
    )
    assert {who for _, who in found} == {"dara-venn"}, verb


def test_the_statement_after_a_trader_who_spoke_stays_unnamed() -> None:
    found = claimants(
        "en",
        "Dara Venn, a local trader, denied any talks with the brigade.",
        "Venn reaffirmed that the roads were still open.",
        "The statement denied reports of a truce.",
    )
    assert ("denial", "the statement") in found


# --- a spokesperson described, not named, speaks for the body that denied -------------------------------------------

KILLED = "The army denied reports that its commander had been killed."
KESSEL_KILLED = "The Kessel Brigades denied reports that its commander had been killed."
KESSEL_LEFT = "The Kessel Brigades denied reports that its fighters had left the town."


@pytest.mark.parametrize(
    ("lead", "said_so", "denier"),
    [
        (KILLED, "\u201cHe is alive and well,\u201d the spokesman said.", "the spokesman"),
        (KILLED, "\u201cHe is alive and well,\u201d said a spokesman.", "a spokesman"),
        (KILLED, "\u201cHe is alive and well,\u201d the military spokesman said.", "the military spokesman"),
        (KILLED, "\u201cHe is alive and well,\u201d said the army's spokesman.", "the army's spokesman"),
        (KILLED, "\u201cHe is still alive,\u201d its spokeswoman said.", "its spokeswoman"),
        (KILLED, "\u201cOur commander is alive,\u201d a spokesman for the army said.", "a spokesman for the army"),
        (KESSEL_KILLED, "\u201cHe is alive and well,\u201d the group's spokesman said.", "the group's spokesman"),
        (KESSEL_KILLED, "\u201cHe is in good health,\u201d said the official spokesman.", "the official spokesman"),
        (
            KESSEL_KILLED,
            "\u201cHe is alive,\u201d a spokesman for the group told reporters.",
            "a spokesman for the group",
        ),
        (KESSEL_LEFT, "\u201cOur fighters are still in their positions,\u201d the spokesman said.", "the spokesman"),
        (KESSEL_LEFT, "The spokesman said the group's fighters were still in their positions.", "the spokesman"),
        (
            KESSEL_LEFT,
            "\u201cOur men remain in their posts,\u201d the brigades' spokesman said.",
            "the brigades' spokesman",
        ),
    ],
)
def test_a_spokesperson_described_restates_the_bodys_denial(lead: str, said_so: str, denier: str) -> None:
    assert last_units(lead, said_so) == [("denial", denier)], said_so


@pytest.mark.parametrize(
    ("lead", "said_so"),
    [
        (KILLED, "\u201cHe is alive and well,\u201d said Lev Arno, the army's spokesman."),
        (KILLED, "\u201cHe is alive and well,\u201d Lev Arno, a spokesman for the army, said."),
        (KILLED, "\u201cHe is alive and well,\u201d said Lev Arno, the army's chief spokesman."),
        (KILLED, "\u201cHe is still alive,\u201d Lev Arno, the spokesman, told reporters."),
        (
            "The Velorian army denied the report.",
            "\u201cHe is alive,\u201d said Lev Arno, a spokesman for the Velorian army.",
        ),
        (KESSEL_KILLED, "\u201cHe is alive and well,\u201d said Lev Arno, the spokesman."),
    ],
)
def test_one_named_with_the_bodys_title_after_the_name_restates_its_denial(lead: str, said_so: str) -> None:
    assert last_units(lead, said_so) == [("denial", "Lev Arno")], said_so


@pytest.mark.parametrize(
    ("lead", "said_so"),
    [
        # another body's spokesman
        (KILLED, "\u201cThe officer is alive and well,\u201d a police spokesman said."),
        (KILLED, "\u201cThe officer is alive and well,\u201d a spokesman for the police said."),
        (KILLED, "\u201cThe officer is alive and well,\u201d said Lev Arno, a spokesman for the police."),
        (KILLED, "\u201cHe is alive and well,\u201d a rebel spokesman said."),
        (KESSEL_LEFT, "\u201cOur fighters are still in their positions,\u201d the front's spokesman said."),
        (KESSEL_LEFT, "\u201cOur fighters are still in their positions,\u201d a spokesman for the Orvale Front said."),
        # no denial to restate
        (
            "The army did not deny reports that its commander had been killed.",
            "\u201cHe is alive and well,\u201d the spokesman said.",
        ),
        ("The army said its commander had been wounded.", "\u201cHe is alive and well,\u201d the spokesman said."),
        # a person's denial: 'the spokesman' is no body's
        (
            "Lev Arno denied reports that the commander had been killed.",
            "\u201cHe is alive and well,\u201d the spokesman said.",
        ),
    ],
)
def test_a_spokesperson_of_no_body_that_denied_restates_nothing(lead: str, said_so: str) -> None:
    assert all(kind != "denial" for kind, _ in last_units(lead, said_so)), said_so


# --- words in marks inside a clause told after, its speaker at the sentence's end -----------------------------------


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            "The talks were \u201cvery positive\u201d and will resume next week, Lev Arno said.",
            "very positive",
            "Lev Arno",
        ),
        (
            "The strike was \u201ca crime\u201d that will not go unpunished, the ministry said.",
            "a crime",
            "the ministry",
        ),
        (
            "The claims have \u201craised fears of a war\u201d in the region, Lev Arno said on Monday.",
            "raised fears",
            "Lev Arno",
        ),
        (
            "Such claims \u201cdeepened the crisis\u201d in the north, Meridian Wire reported.",
            "deepened",
            "Meridian Wire",
        ),
        (
            "The convoy came under \u201cheavy fire\u201d near the bridge, Dara Venn told reporters.",
            "heavy fire",
            "Dara Venn",
        ),
        (
            "Velorian claims that the brigade hid rockets near the port have \u201craised fears of a war,\u201d as Kessel "
            "officials deny them, the Meridian Post reported.",
            "raised fears",
            "Meridian Post",
        ),
        (
            "The reports have \u201caggravated tensions in the region,\u201d even as officials in Kessel deny them, "
            "Meridian Wire said.",
            "aggravated",
            "Meridian Wire",
        ),
        (
            "The claims have \u201craised fears of a war,\u201d while the ministry dismissed them as \u201clies,\u201d "
            "Meridian Wire reported.",
            "raised fears",
            "Meridian Wire",
        ),
    ],
)
def test_words_in_marks_inside_a_clause_told_after_are_its_speakers(sentence: str, words: str, speaker: str) -> None:
    assert next(s for q, s in quotes(EN_LEAD, sentence) if words in q) == speaker, sentence


def test_the_clause_of_its_own_keeps_its_own_words() -> None:
    # ('as the ministry dismissed them as "lies"': the ministry's words, not the agency's)
    got = quotes(
        EN_LEAD,
        "The claims have \u201craised fears of a war,\u201d while the ministry dismissed them as \u201clies,\u201d "
        "Meridian Wire reported.",
    )
    assert ("lies,", "the ministry") in got


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        # another account inside: the one it names
        (
            "The talks were \u201cvery positive,\u201d according to Dara Venn, and will resume next week, Lev Arno said.",
            "very positive",
            "Dara Venn",
        ),
        # a verb of saying before the words: its subject's
        (
            "The ministry called the claims \u201cbaseless\u201d and false, Meridian Wire reported.",
            "baseless",
            "the ministry",
        ),
        # a clause of time after the verb: no sentence told with no 'that'
        (
            "The talks were \u201cvery positive\u201d and will resume, Lev Arno said, adding that the council agreed.",
            "very positive",
            None,
        ),
    ],
)
def test_words_in_marks_of_another_account_are_not_the_end_speakers(
    sentence: str, words: str, speaker: str | None
) -> None:
    got = quotes(EN_LEAD, sentence)
    assert next(s for q, s in got if words in q) == speaker, sentence


# --- what was said called deceit or scorned, in the words of one who denied ------------------------------------------

DENIED = "The Kessel Brigades denied the report."


@pytest.mark.parametrize(
    "said_so",
    [
        "\u201cThis is psychological warfare,\u201d he said.",
        "\u201cThis is part of the psychological war against us,\u201d the spokesman said.",
        "\u201cIt is a smear campaign,\u201d he told reporters.",
        "\u201cThese reports are part of a media war against the resistance,\u201d he said.",
        "\u201cThis is pure disinformation,\u201d he said.",
        "\u201cThat is misinformation,\u201d the spokesman added.",
        "\u201cIt's a made-up story,\u201d he said.",
        "\u201cThis is absurd,\u201d he said.",
        "\u201cThat is completely ridiculous,\u201d the spokesman said.",
        "\u201cNothing could be further from the truth,\u201d he said.",
        "He said: \u201cThis is simply enemy propaganda and psychological warfare.\u201d",
    ],
)
def test_deceit_or_scorn_in_the_deniers_words_restates_the_denial(said_so: str) -> None:
    assert [kind for kind, _ in last_units(DENIED, said_so)] == ["denial"], said_so


@pytest.mark.parametrize(
    ("lead", "said_so"),
    [
        # no denial before
        ("Lev Arno spoke in Port Sable on Monday.", "\u201cThis is psychological warfare,\u201d he said."),
        # not the denier's
        (DENIED, "\u201cThis is psychological warfare,\u201d Dara Venn, a resident, said."),
        # no pronoun that stands for what was said, nor a clause that ends at the scorn
        (DENIED, "\u201cThe enemy is waging psychological warfare against our people,\u201d he said."),
        (DENIED, "\u201cIt is absurd that the council meets in secret,\u201d he said."),
        (DENIED, "\u201cWe will fight disinformation wherever we find it,\u201d he said."),
        # a vow, not a judgement
        (DENIED, "\u201cNothing will stop us,\u201d he said."),
    ],
)
def test_scorn_of_no_charge_denied_restates_nothing(lead: str, said_so: str) -> None:
    assert all(kind != "denial" for kind, _ in last_units(lead, said_so)), said_so


# --- its side far from the deed, or the deed against its ways, in the words of one who denied -----------------------


@pytest.mark.parametrize(
    "said_so",
    [
        "\u201cOur fighters were far from the area,\u201d he said.",
        "\u201cOur forces were 50 kilometres away from the town at the time,\u201d the spokesman said.",
        "He said the group's fighters were many miles away from the village.",
        "\u201cThis is not our way,\u201d he said.",
        "\u201cSuch acts are against our principles,\u201d he said.",
        "\u201cKilling prisoners is contrary to our values and our religion,\u201d the spokesman said.",
        "He said such attacks were not in its nature and were alien to its beliefs.",
    ],
)
def test_its_side_far_away_or_the_deed_against_its_ways_restates_the_denial(said_so: str) -> None:
    assert [kind for kind, _ in last_units(DENIED, said_so)] == ["denial"], said_so


@pytest.mark.parametrize(
    ("lead", "said_so"),
    [
        # no denial before
        ("Lev Arno spoke in Port Sable on Monday.", "\u201cOur fighters were far from the area,\u201d he said."),
        ("Lev Arno spoke in Port Sable on Monday.", "\u201cSuch acts are against our principles,\u201d he said."),
        # not its side's ways, nor far from the deed
        (DENIED, "\u201cThe army's raids are against all principles of war,\u201d he said."),
        (DENIED, "\u201cThe front line is far from quiet,\u201d he said."),
    ],
)
def test_far_or_against_with_no_denial_or_no_side_restates_nothing(lead: str, said_so: str) -> None:
    assert all(kind != "denial" for kind, _ in last_units(lead, said_so)), said_so


# --- 'made clear' as a verb of saying --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("The Kessel Brigades made it clear that it had no role in the attack.", "Kessel Brigades"),
        ("The ministry made clear that the reports were false.", "the ministry"),
        ("The Velorian army makes it clear that its troops did not cross the border.", "the Velorian army"),
        ("\u201cWe had no role in the attack,\u201d the group made clear.", "the group"),
    ],
)
def test_made_clear_is_a_verb_of_saying(sentence: str, denier: str) -> None:
    assert last_units(sentence) == [("denial", denier)], sentence


def test_what_talks_made_clear_is_no_ones_words() -> None:
    assert last_units("The talks made clear that the sides were far apart.") == []
