"""English, round 39: shapes known to be drafted wrong at the end of round 38.

Fighters who call themselves X (a restrictive clause, no commas): X speaks; a place whose name opens with an Arabic
word for a place (river, ruin, house, castle, tower, quarter) is a place, never a person.

Made-up people (Lev Arno, Dara Venn), bodies (Kessel Front, Kessel Brigade, Tarvo Resistance) and places (Velm,
Tosk); records on file from the repository's own content where a test says so."""

from __future__ import annotations

import pytest

from tests.draft.conftest import (
    EN_LEAD,
    analyse,
    claimants,
    claimants_en,
    curly,
    index_if,
    project_index,
    record_kinds,
    said_en,
)

# --- 1. Those who call themselves X, with no commas: X speaks ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Fighters who call themselves the Kessel Front said they had shelled the base in Velm.", "kessel-front"),
        ("Gunmen who called themselves the Kessel Brigade claimed the attack on the checkpoint.", "kessel-brigade"),
        ("Fighters who call themselves the Kessel Front have said they will not leave Velm.", "kessel-front"),
        ("Militants who styled themselves the Tarvo Resistance denied any role in the bombing.", "tarvo-resistance"),
        ("Rebels who call themselves Kessel Front told reporters they controlled the road.", "kessel-front"),
        ('Fighters who call themselves the Kessel Front said: "We will not leave Velm."', "kessel-front"),
        ("A group that calls itself the Kessel Front denied any role in the bombing.", "kessel-front"),
    ],
)
def test_those_who_call_themselves_a_name_are_that_body(text: str, body: str) -> None:
    for written in (text, curly(text)):
        assert [who for _, who in claimants_en(written)] == [body]


def test_a_relative_clause_of_another_kind_still_ends_the_description() -> None:
    # (the cut stays for a clause that names no one: 'fighters who called for a truce' are fighters)
    text = "Fighters who called for a truce said they had left Velm."
    assert [who for _, who in claimants_en(text)] == ["fighters"]


# --- 2. A place whose name opens with a word for a place -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Fighters shelled Nahr al-Maliki on Monday, residents said.",
        "The army said it had retaken Beit al-Assad.",
        "Khirbet al-Tamimi residents said the road was closed.",
        "Shelling hit Burj al-Wazni and Qalaat Awadi overnight, the brigade said.",
        "Tel al-Maliki was shelled, the army said.",
        "Nahr al-Maliki said the fighters had left.",
        "Rebels said they had taken Maarat Venn and Beit Tosk.",
        "The army said it had shelled Khirbet Arno and Tall Venn.",
        "Shelling hit Hayy Arno, Nahr Venn, Qalaat Tosk and Madinat Arno.",
        "Ras Arno and Bab al-Venn were shelled, the army said.",
    ],
)
@pytest.mark.parametrize("on_file", [False, True])
def test_a_place_named_by_a_word_for_a_place_is_no_person(text: str, on_file: bool) -> None:
    index = index_if(on_file)
    opening = ("nahr", "beit", "khirbet", "burj", "qalaat", "tel", "maarat", "tall", "hayy", "madinat", "ras", "bab")
    found = analyse("en", EN_LEAD, text, index=index).entities
    assert not [e.name for e in found if e.name.split()[0].lower() in opening]
    # (people of the place may speak: 'Khirbet al-Tamimi residents'; the place itself never does)
    speaking = [who for _, who, _ in said_en(text, index=index) if not who.endswith("residents")]
    assert not [who for who in speaking if who.split()[0].lower() in opening]


# --- 3. A negated judgement of falsehood affirms: no denial ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno said the seizure of the port was not a rumour.",
        "The Kessel Brigade said it is not a lie that its fighters shelled the base.",
        "Lev Arno said the reports of the raid were not false.",
        "Dara Venn said the claims that the army shelled Velm were not untrue.",
        '"It is no lie that we took the town," the commander said.',
        "The ministry said the reports were not fabricated.",
        "The ministry said the story was not fake news.",
        '"The attack was not a myth," Dara Venn told reporters.',
        '"The reports of the raid weren\'t false," Lev Arno said.',
        "The attack was no myth, Lev Arno said.",
    ],
)
def test_what_is_said_not_to_be_false_is_not_denied(text: str) -> None:
    for written in (text, curly(text)):
        assert [kind for kind, _, _ in said_en(written) if kind == "denial"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno said the reports of the raid were false.",
        "The ministry said the story was fake news.",
        "Lev Arno said the reports were not only false but malicious.",
        '"The brigade did not shell the town," Lev Arno said.',
        "Lev Arno said the fighters were not in Velm.",
    ],
)
def test_what_is_called_false_or_not_done_is_still_denied(text: str) -> None:
    assert [kind for kind, _, _ in said_en(text)] == ["denial"]


# --- 4. A family name with its particles, named alone mid-sentence after the full name ------------------------------


@pytest.mark.parametrize(
    "later",
    [
        "On Monday, van der Venn added that the vote would go ahead.",
        '"The vote will go ahead," van der Venn added.',
        "In Velm, van der Venn told reporters that the vote would go ahead.",
        "According to van der Venn, the vote will go ahead.",
        "Asked about the vote, van der Venn said it would go ahead.",
    ],
)
def test_a_family_name_with_its_particles_is_the_person_named_before(later: str) -> None:
    text = ("The minister, Dara van der Venn, said the talks had failed.", later)
    assert [who for _, who, _ in said_en(*text)] == ["Dara van der Venn", "Dara van der Venn"]


@pytest.mark.parametrize(
    "later",
    [
        "Officials said ten Arno had left Velm on Monday.",
        "The envoy met with ten Arno in Velm.",
        "The envoy met ten Arno's deputy in Velm.",
    ],
)
def test_a_family_name_with_its_particle_is_one_name_mid_sentence(later: str) -> None:
    mentions = [
        e.name for e in analyse("en", EN_LEAD, "Lev ten Arno, the envoy, said the talks had failed.", later).entities
    ]
    assert "Arno" not in mentions and mentions.count("Lev ten Arno") == 1


@pytest.mark.parametrize(
    "later",
    ['"We will stay," ten Arno said on Monday.', "In Velm, ten Arno said the envoy would stay."],
)
def test_a_family_name_with_its_particle_speaks_as_the_person(later: str) -> None:
    text = ("Lev ten Arno, the envoy, said the talks had failed.", later)
    assert [who for _, who, _ in said_en(*text)] == ["Lev ten Arno", "Lev ten Arno"]


def test_ten_before_a_name_named_without_a_particle_is_a_number() -> None:
    # (no full name holds 'ten Kessel': the number stays out of the name)
    found = [e.name for e in analyse("en", EN_LEAD, "The army said ten Kessel fighters had left Velm.").entities]
    assert not [name for name in found if name.startswith("ten")]


# --- 7. An answer given on a platform: the quotation is the one who answered ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Dara Venn responded on Twitter, "The army is lying about Velm."',
        'Venn replied on X: "We never left Velm."',
        'Lev Arno wrote on Telegram: "Our fighters hold the town."',
        'Dara Venn hit back on X, "This is a smear."',
        'Dara Venn shot back on Telegram, "This is a smear."',
        'Dara Venn fired back on his X account: "This is a smear."',
        'Dara Venn hit back, "This is a smear."',
        'Lev Arno retorted on Telegram, "Our fighters hold the town."',
        'Dara Venn answered via X: "We never left Velm."',
    ],
)
def test_an_answer_on_a_platform_is_its_writers(text: str) -> None:
    for written in (text, curly(text)):
        found = said_en("Lev Arno accused Dara Venn of lying about Velm.", written)[1:]
        assert [(who.split()[-1], words[:8]) for _, who, words in found] == [
            (text.split()[1] if text.startswith("Lev") else "Venn", text.split('"')[1][:8])
        ]


def test_troops_firing_back_say_nothing() -> None:
    assert said_en("The troops fired back at the gunmen near Velm.") == []


# --- 8. An outlet named with the article written apart is read whole --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Al Jazeera reported that the fighters had left Velm.", "Al Jazeera"),
        ("Al Arabiya said the army had shelled Velm.", "Al Arabiya"),
        ("According to Al Jazeera, the fighters had left Velm.", "Al Jazeera"),
        ("A report by Al Jazeera said the fighters had left Velm.", "Al Jazeera"),
        ("Al Mayadeen said the army had shelled Velm.", "Al Mayadeen"),
        ("Al-Mayadeen said the army had shelled Velm.", "Al-Mayadeen"),
        ("On Monday, Al Manar reported that the fighters had left Velm.", "Al Manar"),
    ],
)
def test_an_outlet_with_its_article_speaks_whole(text: str, outlet: str) -> None:
    assert [who for _, who, _ in said_en(text)] == [outlet]
    assert record_kinds("en", EN_LEAD, text) == {outlet.lower().replace(" ", "-"): "outlet"}


@pytest.mark.parametrize(
    "text",
    [
        '"We will not leave," Lev Arno told Al Jazeera.',
        "Lev Arno told Al Arabiya that the fighters had left.",
        "Speaking to Al Arabiya, Lev Arno denied that the fighters had left.",
        "Al Mayadeen quoted Lev Arno as saying the fighters had left.",
    ],
)
def test_an_outlet_with_its_article_is_named_whole_as_hearer(text: str) -> None:
    names = [e.name for e in analyse("en", EN_LEAD, text).entities]
    outlets = [n for n in names if n.split()[-1] in ("Jazeera", "Arabiya", "Mayadeen")]
    assert len(outlets) == 1 and outlets[0].startswith("Al ")
    assert [who for _, who, _ in said_en(text)] == ["Lev Arno"]


def test_al_before_a_surname_is_still_left_out() -> None:
    assert [who for _, who, _ in said_en("Al Vossel said the fighters had left Velm.")] == ["Vossel"]


# --- 9. Someone of a people who denies after a place: the denier is that someone, never the place ----------------------


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("In northern Israel, a Lebanese official denied that the brigade had fired rockets.", "a Lebanese official"),
        ("In northern Israel, Lebanese official denies Kessel Brigade fired rockets.", "Lebanese official"),
        ("In northern Israel Lebanese official denies Kessel Brigade fired rockets.", "Lebanese official"),
        ("Israel, Lebanese official denies that the Kessel Brigade fired rockets.", "Lebanese official"),
        ("After rockets hit northern Israel, Lebanese official denies Kessel Brigade role.", "Lebanese official"),
        ("Following the strike on Velm, Iraqi official denies Kessel Brigade role.", "Iraqi official"),
        ("In southern Lebanon Syrian commander denies fighters crossed the border.", "Syrian commander"),
    ],
)
@pytest.mark.parametrize("on_file", [False, True])
def test_someone_of_a_people_after_a_place_denies(text: str, denier: str, on_file: bool) -> None:
    index = index_if(on_file)
    assert [(kind, who) for kind, who, _ in said_en(text, index=index)] == [("denial", denier)]


def test_a_persons_appositive_after_a_name_still_goes_back_to_the_name() -> None:
    text = "Lev Arno, Velorian ambassador to Tarvo, denied that the brigade had fired rockets."
    assert [who for _, who, _ in said_en(text)] == ["Lev Arno"]


# --- 10. A plain negation of who people are is no denial -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The army said the dead were not civilians but fighters of the Kessel Front.",
        "Lev Arno said the men arrested in Velm were not diplomats.",
        "The ministry said the two men were not journalists.",
        "Dara Venn said the men held in Velm were not foreign fighters.",
        '"They are not diplomats," Lev Arno said of the men arrested in Velm.',
        '"They are not civilians but fighters," Dara Venn told reporters.',
    ],
)
def test_who_people_are_said_not_to_be_is_no_denial(text: str) -> None:
    for written in (text, curly(text)):
        assert [kind for kind, _, _ in said_en(written) if kind == "denial"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The Kessel Front denied that the dead were fighters.",
        "The army said its troops were not in Velm.",
        "Lev Arno said the brigade's fighters were not involved in the raid on Velm.",
    ],
)
def test_a_denial_of_a_claim_or_of_being_there_stays(text: str) -> None:
    assert [kind for kind, _, _ in said_en(text)] == ["denial"]


# --- 11. A rival account of who was killed: a denial only where it calls the claim false or denies it ---------------


def test_a_rival_account_of_the_dead_is_a_claim() -> None:
    for text in (
        ("The army said its troops killed ten fighters; the Kessel Front said the dead were civilians.",),
        ("The army said its troops killed ten fighters.", "The Kessel Front said the dead were civilians."),
    ):
        assert [kind for kind, _, _ in said_en(*text)] == ["reported", "reported"]


def test_a_rival_account_that_calls_the_claim_false_is_a_denial() -> None:
    text = ("The army said its troops killed ten fighters.", "The Kessel Front said the army's claim was false.")
    assert [kind for kind, _, _ in said_en(*text)] == ["reported", "denial"]


# --- 6. A body's denial and its spokesman: one denier where he tells it, two where each denies in its own sentence ----
# (from round 45, as the gold names them: the body's own sentence is the body's denial, the spokesman's words his)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (("The Kessel Brigade denied the report.", 'Its spokesman, Lev Arno, said: "We never shelled Velm."'), 2),
        (('The Kessel Brigade denied the report. Its spokesman, Lev Arno, said "we never shelled Velm."',), 2),
        (("The Kessel Brigade denied that its fighters shelled Velm, its spokesman Lev Arno said.",), 1),
        (("A spokesperson for the Kessel Brigade denied the report that its fighters shelled Velm.",), 1),
    ],
)
def test_a_body_and_its_spokesman_are_one_denier(text: tuple[str, ...], count: int) -> None:
    deniers = {who for kind, who in claimants_en(*text) if kind == "denial"}
    assert len(deniers) == count, deniers


# --- 5. A state's body named by its common words, on file as another state's: not linked --------------------------


@pytest.mark.parametrize(
    "text",
    [
        (
            "Syria's army advanced on Hama on Sunday.",
            "The interior ministry denied the report that its forces shelled Velm.",
        ),
        ("Syria's army advanced on Hama on Sunday.", "The Interior Ministry said its forces had left Velm."),
        ("Pakistan held elections on Sunday.", "The defence ministry denied the report."),
        ("Lebanon's army deployed in the south on Sunday.", "The interior ministry rejected the claims as baseless."),
    ],
)
def test_a_body_of_another_state_on_file_is_not_linked(text: tuple[str, str]) -> None:
    found = [who for _, who in claimants("en", *text, index=project_index())]
    assert found and not [who for who in found if str(who).startswith("iraqi-")], found


@pytest.mark.parametrize(
    "text",
    [
        ("Iraq held elections on Sunday.", "The interior ministry denied the report."),
        ("Iraq held elections on Sunday.", "The Interior Ministry said its forces had left Velm."),
        ("Syria's army advanced on Hama on Sunday.", "Iraq's interior ministry denied the report."),
    ],
)
def test_a_body_of_the_articles_own_state_is_linked(text: tuple[str, str]) -> None:
    assert [who for _, who in claimants("en", *text, index=project_index())] == ["iraqi-interior-ministry"]
