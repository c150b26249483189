"""English, round 34 of issue 17, known defects (made-up names and facts, our own sentences):

- two people named together as who denies, the second after a word for how they are related ('X and her husband Y
  denied ...', 'X and his brother Y rejected ...'): each denies.
"""

from __future__ import annotations

import pytest

from generator.draft.names import NameIndex
from tests.draft.conftest import built, claimants, project_index, speakers

LEAD = "Talks resumed in Port Sable on Sunday."


def _on_file() -> NameIndex:
    return project_index()


def _said(*paragraphs: str, index: NameIndex | None = None) -> list[tuple[str, str]]:
    return speakers("en", LEAD, *paragraphs, index=index)


def _records(*paragraphs: str, index: NameIndex | None = None) -> list[tuple[str, object]]:
    return claimants("en", LEAD, *paragraphs, index=index)


# --- two named together, the second after how they are related -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "deniers"),
    [
        ("Lena Varo and her husband Piet Dorran denied the charges of fraud.", ["lena-varo", "piet-dorran"]),
        ("Lena Varo and her husband Piet Dorran have denied any wrongdoing.", ["lena-varo", "piet-dorran"]),
        ("Lena Varo and her husband Piet Dorran have both denied any wrongdoing.", ["lena-varo", "piet-dorran"]),
        ("Tomas Rell and his brother Karim Sayegh rejected the accusations.", ["tomas-rell", "karim-sayegh"]),
        (
            "Commander Ruud Kessel and his deputy Amir Tolan rejected the allegations that they had ordered the strike.",
            ["ruud-kessel", "amir-tolan"],
        ),
        (
            "Commander Ruud Kessel and his brother Amir Tolan denied the allegations that they had ordered the strike.",
            ["ruud-kessel", "amir-tolan"],
        ),
        ("Lev Arno and his lawyer Petra Lind denied that he took bribes.", ["lev-arno", "petra-lind"]),
        ("Mira Solen and her son Dario Venn on Monday denied the reports.", ["mira-solen", "dario-venn"]),
        ("Dina Venn and their daughter Zara Venn dismissed the reports as lies.", ["dina-venn", "zara-venn"]),
    ],
)
def test_two_named_together_after_how_they_are_related_both_deny(text: str, deniers: list[str]) -> None:
    assert sorted(who for kind, who in _records(text) if kind == "denial") == sorted(deniers)


@pytest.mark.parametrize(
    "text",
    [
        # one name, and a description of who is related (no name of that one): no second denier is named
        "Lena Varo and her husband denied the charges of fraud.",
        # the one related is what is denied, not who denies
        "Lena Varo denied that her husband Piet Dorran took the money.",
    ],
)
def test_one_named_with_one_described_is_not_two_named(text: str) -> None:
    assert "piet-dorran" not in [who for kind, who in _records(text) if kind == "denial"]


# --- a verb of denying in its base form alone in marks; two verbs in marks --------------------------------------------


def _denials(*paragraphs: str) -> list[tuple[object, str]]:
    out = []
    for r in built("en", LEAD, *paragraphs, index=NameIndex()):
        if r["type"] == "denial":
            out.append((r["denier"].get("actor") or r["denier"].get("described_as"), r.get("denied", "")))
    return out


@pytest.mark.parametrize(
    ("text", "denier", "what"),
    [
        ('The rebels said they "strongly deny" the claims.', "the rebels", "the claims"),
        ('The rebels said they "firmly reject" the claims of a massacre.', "the rebels", "the claims of a massacre"),
        (
            "The rebels said they \u201cflatly refute\u201d the army\u2019s account.",
            "the rebels",
            "the army\u2019s account",
        ),
        ('Residents of the town "strongly deny" the army\'s account.', "residents of the town", "the army's account"),
        ('The villagers say they "categorically deny" the reports.', "the villagers", "the reports"),
        ('The families said they "utterly reject" the allegations.', "the families", "the allegations"),
        ('The brigade said it "rejects" and "condemns" the allegations.', "the brigade", "the allegations"),
        (
            'The brigade said it "denies" and "condemns" the report of the strike.',
            "the brigade",
            "the report of the strike",
        ),
        (
            "The brigade said it \u201crejects\u201d and \u201cdenounces\u201d the reports.",
            "the brigade",
            "the reports",
        ),
        ('The brigade said it "rejects and condemns" the allegations.', "the brigade", "the allegations"),
        ('The ministry said it "categorically denies" the report.', "the ministry", "the report"),
        ('The brigade "strongly denies" the army\'s account.', "the brigade", "the army's account"),
        (
            "The residents \u201cstrongly deny\u201d the army\u2019s account.",
            "the residents",
            "the army\u2019s account",
        ),
    ],
)
def test_a_verb_of_denying_in_marks_denies_its_object(text: str, denier: str, what: str) -> None:
    assert _denials(text) == [(denier, what)]


@pytest.mark.parametrize(
    "text",
    [
        # a call to deny, not a denial
        'The minister urged the villagers to "strongly reject" the rumours.',
        'The rebels said the army must "deny" the reports.',
        'The rebels said they would not "deny" the reports.',
    ],
)
def test_a_verb_of_denying_in_marks_after_to_or_a_modal_is_no_denial(text: str) -> None:
    assert _denials(text) == []


# --- not having been told, not being aware: not knowing is not denying ----------------------------------------------

CLAIM = "The army said it had struck a rebel camp near Dorna on Sunday."


@pytest.mark.parametrize(
    "words",
    [
        "he had not been told of any strike",
        "she had not been informed about any raid",
        "he was not told about any strike in the area",
        "she was not aware of any raid",
        "he was unaware of any strike near the town",
        "she had not been made aware of any such operation",
        "he had not been notified of any strike",
        "he hadn\u2019t been told of any strike",
        "she wasn't aware of any raid in Dorna",
        "he had no knowledge of any strike",
    ],
)
@pytest.mark.parametrize("speaker", ["A local official, Tarek Vossel,", "Governor Tarek Vossel", "Tarek Vossel"])
def test_not_knowing_of_an_event_is_no_denial(words: str, speaker: str) -> None:
    assert [kind for kind, _ in _records(CLAIM, f"{speaker} said {words}.")] == ["claim", "claim"]


@pytest.mark.parametrize(
    "words",
    [
        "no strike took place",
        "no strike had taken place near Dorna",
        "the army had not struck any camp",
        "the camp was not struck",
    ],
)
def test_saying_the_event_did_not_happen_is_still_a_denial(words: str) -> None:
    assert [kind for kind, _ in _records(CLAIM, f"Tarek Vossel said {words}.")] == ["claim", "denial"]


# --- a person's given name that is also a country's, alone before the verb ----------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "person"),
    [
        (
            ("Chad Miller, a local trader, said the road was closed.", '"We cannot reach the market," Chad said.'),
            "chad-miller",
        ),
        (
            ("Chad Miller, a local trader, said the road was closed.", "Chad added that the shops had shut."),
            "chad-miller",
        ),
        (
            (
                "Jordan Vale, a spokesman for the relief agency, said the aid had arrived.",
                "\u201cThe trucks crossed at dawn,\u201d Jordan added.",
            ),
            "jordan-vale",
        ),
        (
            (
                "Jordan Vale, a spokesman for the relief agency, said the aid had arrived.",
                "Jordan denied that any trucks had been seized.",
            ),
            "jordan-vale",
        ),
        (
            ("Georgia Lind, a nurse at the clinic, said ten people were hurt.", "Georgia says the clinic is full."),
            "georgia-lind",
        ),
        (("Lena Varo, a teacher, said the school was shut.", '"We have no books," Lena told reporters.'), "lena-varo"),
        (
            (
                "Chad Miller, a local trader, said the road was closed.",
                "The army said the road would reopen.",
                "Chad later said it was still shut.",
            ),
            "chad-miller",
        ),
    ],
)
def test_a_given_name_alone_before_its_verb_is_the_person_named_so(paragraphs: tuple[str, ...], person: str) -> None:
    assert [who for _, who in _records(*paragraphs) if who != "the army"] == [person, person]


@pytest.mark.parametrize(
    ("paragraphs", "word"),
    [
        # no person of that given name: the state
        (("Officials in Chad said the border was closed.", "Chad said the refugees would be sent back."), "Chad"),
        (
            ("Chad Miller, a local trader, said the road was closed.", "Jordan said the border would stay open."),
            "Jordan",
        ),
        # two people of that given name: either may be meant
        (
            (
                "Jordan Vale, a spokesman for the agency, said the aid had arrived.",
                "Jordan Reyes, a driver, said the road was open.",
                "Jordan said the trucks would return.",
            ),
            "Jordan",
        ),
        # the word is the country's too in the article: the state may be meant
        (
            (
                "Chad Miller, a trader who fled from Chad last year, said the road was closed.",
                "Chad said the refugees would be sent back.",
            ),
            "Chad",
        ),
    ],
)
def test_a_given_name_alone_stays_the_state_where_the_person_is_not_certain(
    paragraphs: tuple[str, ...], word: str
) -> None:
    assert _records(*paragraphs)[-1] == ("claim", word)


# --- the Afghan Taliban are the record on file; the Pakistani Taliban (the TTP) are not -------------------------------


def _who(*paragraphs: str) -> list[object]:
    return [who for _, who in _records(*paragraphs, index=_on_file())]


@pytest.mark.parametrize(
    "text",
    [
        "The Afghan Taliban denied the report.",
        "The Afghan Taliban said in a statement that they had not carried out the attack.",
        "\u201cWe had no role in the attack,\u201d the Afghan Taliban said.",
        "Afghan Taliban have rejected the claims as baseless.",
    ],
)
def test_the_afghan_taliban_are_the_taliban_on_file(text: str) -> None:
    assert _who(text) == ["taliban"]


@pytest.mark.parametrize(
    "text",
    [
        "The Pakistani Taliban denied the report.",
        "\u201cWe had no role in the attack,\u201d the Pakistani Taliban said.",
        "The Pakistani Taliban, or TTP, rejected the claims as baseless.",
        "Pakistani Taliban spokesman Karim Sayegh denied the report.",
    ],
)
def test_the_pakistani_taliban_are_not_the_afghan_taliban(text: str) -> None:
    assert "taliban" not in _who(text)
    assert all(
        r.get("affiliation") != "taliban"
        for d in built("en", LEAD, text, index=_on_file())
        for r in (d.get("denier") or d.get("claimant") or {},)
    )


def _varda_index() -> NameIndex:
    """A made-up movement on file as 'Varda Front', also called the 'Velorian Varda Front' (its country's adjective)."""
    from generator.draft.names import Known

    index = NameIndex()
    known = Known("varda-front", "group", "movement", "Varda Front")
    index.add("Varda Front", known)
    index.add("Velorian Varda Front", known)
    return index


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("Dorna said the Velorian Varda Front had no role in the raid.", True),
        ("Dorna said the Varda Front had no role in the raid.", True),
        # another country's movement of the same name: not the one on file
        ("Dorna said the Kesseli Varda Front had no role in the raid.", False),
        ("Dorna said the Ostravian Varda Front had no role in the raid.", False),
    ],
)
def test_another_nationality_before_a_name_on_file_with_its_own_is_another_body(text: str, linked: bool) -> None:
    index = _varda_index()
    found = [k.id for _, _, k in index.scan(text)]
    assert ("varda-front" in found) == linked


def test_the_pakistani_taliban_are_no_subject_of_the_taliban_on_file() -> None:
    for d in built("en", LEAD, "The Pakistani Taliban denied the report.", index=_on_file()):
        assert "taliban" not in d.get("subjects", [])


@pytest.mark.parametrize(
    "text",
    ["Pakistani Taliban fighters denied the report.", "The Pakistani Taliban denied the report."],
)
def test_the_pakistani_taliban_at_a_sentence_start_are_not_the_taliban_on_file(text: str) -> None:
    found = [k.id for _, _, k in _on_file().scan(text)]
    assert "taliban" not in found


# --- a body named once with its description, later called by the description alone -----------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Kessel Public Relations (KPR), the army's media wing, said five fighters were killed.",
            "\u201cThe operation is continuing,\u201d the media wing added.",
        ),
        (
            "Kessel Public Relations (KPR), the army's media wing, said five fighters were killed.",
            "The army's media wing said the operation was continuing.",
        ),
        (
            "Kessel Public Relations, the military\u2019s media wing, said five fighters were killed.",
            "The media wing later denied that any civilians were hurt.",
        ),
        (
            "Five fighters were killed, according to Kessel Public Relations (KPR), the army's media wing.",
            '"The operation is continuing," the media wing said.',
        ),
        (
            'The Velor Relief Fund, the region\'s largest aid charity, said: "Forty families have fled."',
            '"We need more tents," the aid charity said.',
        ),
    ],
)
def test_a_body_called_later_by_its_description_is_the_body(paragraphs: tuple[str, ...]) -> None:
    # (one body's words in two paragraphs may be drafted as one claim)
    assert {who for _, who in _records(*paragraphs)} in ({"kessel-public-relations"}, {"velor-relief-fund"})


@pytest.mark.parametrize(
    ("paragraphs", "described"),
    [
        (
            # two bodies so described: either may be meant
            (
                "Kessel Public Relations (KPR), the army's media wing, said five fighters were killed.",
                "Velor Press Office, the rebels' media wing, said the fighters had retreated.",
                "\u201cThe operation is continuing,\u201d the media wing added.",
            ),
            "the media wing",
        ),
        (
            # another owner's media wing: another body
            (
                "Kessel Public Relations (KPR), the army's media wing, said five fighters were killed.",
                "The rebels' media wing said the fighters had retreated.",
            ),
            "the rebels' media wing",
        ),
        (
            # 'a' media wing: one of several, perhaps
            (
                "Kessel Public Relations, a media wing of the army, said five fighters were killed.",
                "\u201cThe operation is continuing,\u201d the media wing added.",
            ),
            "the media wing",
        ),
    ],
)
def test_a_description_stays_where_the_body_named_may_be_another(paragraphs: tuple[str, ...], described: str) -> None:
    assert _records(*paragraphs)[-1] == ("claim", described)
