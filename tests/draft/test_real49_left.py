"""Round 49's left helper's rules, written from development misses left by rounds 47 and 48 and tested here on made-up
sentences: a side that says its own website or account had been hacked disowns what was published there (a denial);
a deed of the kind charged said to be illogical or unthinkable for any of the speaker's people ('it is illogical for
any Kessel fighter to commit a crime against ...') denies the charge, where the side was charged before; what was said,
'which was later denied' with no denier named, is a place of the denial of the one side the article told denying
before; 'However, it said' after a sentence in which a body that said nothing charged the last body that spoke is the
one charged; and in Persian, 'one of the Xs' ('یکی از نمایندگان مجلس') and 'an X' ('نماینده مجلس') are one speaker,
whose 'did not come' ('نیامده است') restates the denial."""

from __future__ import annotations

import pytest

from tests.draft.conftest import AF_LEAD, EN_LEAD, deniers, project_index, said_en

# --- a statement disowned as the work of hackers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kessel Brigade said that its website had been hacked.",
        "The Kessel Brigade said its official website had been hacked on Friday.",
        "The Kessel Brigade said its Telegram channel was hacked.",
        "The Kessel Brigade said its Twitter account had been compromised.",
        "The Kessel Brigade said hackers had taken over its website.",
        "The Kessel Brigade said the statement was the work of hackers.",
        "The Kessel Brigade said the statement had been posted by hackers.",
        "\u201cOur website has been hacked,\u201d the Kessel Brigade said.",
    ],
)
def test_a_side_whose_own_website_was_hacked_disowns_what_it_published(sentence: str) -> None:
    assert deniers("en", EN_LEAD, sentence) == ["Kessel Brigade"], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # another's website, or hacking done by the speaker
        "The Kessel Brigade said hackers had taken over the bank's website.",
        "The Kessel Brigade said it had hacked the army's website.",
        # hacking feared, not done
        "The Kessel Brigade warned that its website could be hacked.",
        # not a website: a wall breached
        "The Kessel Brigade said its fighters had breached the wall of the depot.",
        # hackers named as a danger, no statement theirs
        "The Kessel Brigade said hackers were a threat to the banks.",
    ],
)
def test_hacking_not_of_the_speakers_own_outlet_denies_nothing(sentence: str) -> None:
    assert deniers("en", EN_LEAD, sentence) == [], sentence


# --- a charged deed called illogical for the speaker's people -----------------------------------------------------

CHARGE = "The Velorian Rights Watch accused the Kessel Brigade of killing villagers in Barno."


@pytest.mark.parametrize(
    "answer",
    [
        "The Kessel Brigade said it is illogical and unreasonable for any Kessel fighter to commit any crime against "
        "a villager who is not attacking them.",
        "The Kessel Brigade said it is unthinkable for any of its fighters to kill villagers.",
        "The Kessel Brigade said it would be absurd for its men to attack their own neighbours.",
        "The Kessel Brigade said it was inconceivable for our fighters to harm civilians.",
        "\u201cIt is illogical for any of us to target villagers,\u201d the Kessel Brigade said.",
    ],
)
def test_a_charged_deed_called_illogical_for_the_speakers_people_denies(answer: str) -> None:
    assert deniers("en", EN_LEAD, CHARGE, answer) == ["Kessel Brigade"], answer


@pytest.mark.parametrize(
    "answer",
    [
        # the deed called unreasonable for another side: a charge, not a denial
        "The Kessel Brigade said it is unreasonable for the army to attack villagers.",
        # no deed of force
        "The Kessel Brigade said it is impossible for any aid to reach Barno.",
        "The Kessel Brigade said it is unreasonable for any of its fighters to pay the new tax.",
    ],
)
def test_what_is_illogical_for_others_or_no_deed_denies_nothing(answer: str) -> None:
    assert deniers("en", EN_LEAD, CHARGE, answer) == [], answer


def test_a_deed_called_illogical_with_no_charge_before_denies_nothing() -> None:
    sentence = "The Kessel Brigade said it is illogical for any Kessel fighter to commit a crime against a villager."
    assert deniers("en", EN_LEAD, sentence) == []


# --- a statement 'which was later denied', its denier told before ---------------------------------------------------

DENIED_BEFORE = "The Kessel Brigade denied reports that its fighters had shelled Barno."


@pytest.mark.parametrize(
    "later",
    [
        "According to the statement, which was later denied, \u201cthe fighters opened fire on the crowd.\u201d",
        "According to the report, which was subsequently denied, the fighters opened fire on the crowd.",
        "The report, which was later denied, said the fighters had opened fire on the crowd.",
        "The claims, which were quickly denied, spread on social media on Monday.",
        "Kessel TV aired the statement, which has since been denied, on Monday night.",
        "The statement, later denied, said the fighters had opened fire on the crowd.",
    ],
)
def test_what_was_later_denied_is_denied_by_the_one_denier_told_before(later: str) -> None:
    assert deniers("en", EN_LEAD, DENIED_BEFORE, later) == ["Kessel Brigade", "Kessel Brigade"], later


@pytest.mark.parametrize(
    "later",
    [
        # not words said: a request refused
        "The request, which was later denied, was sent on Monday.",
        # not denied
        "The report, which was not denied, said the fighters had opened fire on the crowd.",
        "The report, which was never denied, said the fighters had opened fire on the crowd.",
    ],
)
def test_what_was_not_said_or_not_denied_is_no_place_of_a_denial(later: str) -> None:
    assert deniers("en", EN_LEAD, DENIED_BEFORE, later) == ["Kessel Brigade"], later


def test_what_was_later_denied_with_no_denier_told_before_is_denied_by_no_one() -> None:
    later = "According to the statement, which was later denied, \u201cthe fighters opened fire on the crowd.\u201d"
    assert deniers("en", EN_LEAD, "Clashes broke out in Barno on Friday.", later) == []


def test_what_was_later_denied_after_two_deniers_is_denied_by_no_one_of_them() -> None:
    other = "The Velorian army also rejected the claims of the monitors."
    later = "The report, which was later denied, said the fighters had opened fire on the crowd."
    found = deniers("en", EN_LEAD, DENIED_BEFORE, other, later)
    assert found == ["Kessel Brigade", "the Velorian army"], found


# --- 'However, it said' after a third side's charge that is no speech ---------------------------------------------

ARMY_DENIED = "The Velorian army on Tuesday denied accusations that it had killed villagers in Barno."


@pytest.mark.parametrize(
    "charge",
    [
        "However, organizations such as Human Rights Watch denounced a \u201cmassacre\u201d by the Velorian army, "
        "which allegedly shelled the village.",
        "However, groups like Human Rights Watch decried a \u201cmassacre\u201d by the Velorian army.",
    ],
)
@pytest.mark.parametrize(
    "answer",
    [
        "However, it said Velorian soldiers \u201centered Barno not to kill civilians,\u201d but to protect them.",
        "But it said Velorian soldiers \u201centered Barno not to kill civilians,\u201d but to protect them.",
        "However, it said the reports of a massacre were false.",
    ],
)
def test_it_after_a_contrast_is_the_one_charged_by_a_body_that_said_nothing(charge: str, answer: str) -> None:
    found = deniers("en", EN_LEAD, ARMY_DENIED, charge, answer, index=project_index())
    assert found == ["the Velorian army", "the Velorian army"], (charge, answer)


@pytest.mark.parametrize(
    ("charge", "answer", "speaker"),
    [
        # no contrast: 'it' as before
        (
            "However, organizations such as Human Rights Watch denounced a \u201cmassacre\u201d by the Velorian army.",
            "It said its researchers had visited Barno.",
            "Human Rights Watch",
        ),
        # the charging body spoke ('said'): 'it' is that body still
        (
            "Human Rights Watch said the Velorian army had shelled the village.",
            "However, it said its researchers had not visited Barno.",
            "Human Rights Watch",
        ),
    ],
)
def test_it_after_a_charge_otherwise_stays_as_read(charge: str, answer: str, speaker: str) -> None:
    units = said_en(ARMY_DENIED, charge, answer, index=project_index())
    assert units[-1][1] == speaker, units


# --- Persian: 'one of the Xs' and 'an X', two unnamed speakers of one kind, one side ------------------------------
# 'نماینده مجلس ... گفت: X به آسترا نیامده است' then 'یکی از نمایندگان مجلس ... گفت: این خبر کذب است': the member of
# parliament who says the trip did not happen is the one of its members who calls the reports false, and his words
# restate that denial (before: a claim of his own).

REPORTED_FA = "از شب گذشته اخباری مبنی بر سفر رامین دلاوری به آسترا در برخی رسانه ها منتشر شده است."
FALSE_FA = "این خبر کذب است."
NOT_SO_FA = "رامین دلاوری به آسترا نیامده است."


@pytest.mark.parametrize(
    ("one", "many"),
    [
        ("نماینده مجلس", "یکی از نمایندگان مجلس"),
        ("نماینده مجلس", "يكی از نمايندگان مجلس"),  # (Arabic yeh and kaf, as pages mix them)
        ("مسئول محلی", "یکی از مسئولان محلی"),
        ("فرمانده ارتش کسلیا", "یکی از فرماندهان ارتش کسلیا"),
        ("مقام امنیتی", "یکی از مقام\u200cهای امنیتی"),
    ],
)
@pytest.mark.parametrize("first", ["one", "many"])
def test_one_of_the_xs_and_an_x_are_one_denier_fa(one: str, many: str, first: str) -> None:
    said_so = f"{one} در گفت و گو با خبرنگاران گفت: {NOT_SO_FA}"
    called = f"{many} در خصوص اخبار منتشر شده گفت: {FALSE_FA}"
    if first == "one":
        found = deniers("fa", AF_LEAD["fa"], REPORTED_FA, said_so, called)
        assert found == [one, many], found
    else:
        said_so = f"{many} در گفت و گو با خبرنگاران گفت: {NOT_SO_FA}"
        called = f"{one} در خصوص اخبار منتشر شده گفت: {FALSE_FA}"
        found = deniers("fa", AF_LEAD["fa"], REPORTED_FA, said_so, called)
        assert found == [many, one], found


@pytest.mark.parametrize(
    ("one", "many"),
    [
        # two kinds: an MP and one of the ministers
        ("نماینده مجلس", "یکی از وزیران دولت"),
        # one of the MPs of another body
        ("نماینده مجلس", "یکی از نمایندگان شورای شهر"),
    ],
)
def test_one_of_another_kind_is_another_speaker_fa(one: str, many: str) -> None:
    said_so = f"{one} در گفت و گو با خبرنگاران گفت: {NOT_SO_FA}"
    called = f"{many} در خصوص اخبار منتشر شده گفت: {FALSE_FA}"
    assert deniers("fa", AF_LEAD["fa"], REPORTED_FA, said_so, called) == [many]
