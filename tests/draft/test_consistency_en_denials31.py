"""English, round 31 of issue 17, walk-through of wire and newspaper denials (a Pakistani paper on the Afghan
Taliban, an Al Jazeera copy on al-Shabab, a Kurdish site on the KCK, AP on Yemen, a Somali site on El Wak):

- 'denied US claims that ...' denies the claims of the United States: 'US' in capitals is the country, not 'us'
  refused something ('denied us entry');
- a subject with an appositive holding a relative clause opened by 'that' ('X, an umbrella group that includes
  the Y party, has denied ...') is X, as with 'which';
- 'no official ...' as a subject says no one spoke, as 'no one' and 'nobody' do;
- a sentence whose subject is 'it' names no new body for the next 'it': 'It claimed that X held talks with the
  government and the Kessel Brigade. It said ...' is not the brigade's;
- 'the state media of X, a key coalition member, disputed ...': the appositive tells of the name before it; the
  organ of X speaks, not 'a key coalition member';
- a short lead-in that ends with its verb of saying and a stop ('The KCK's statement said.') says nothing: no claim
  of its own, while the quotation after it still denies as its speaker;
- a name, then 'one of ...' with its comma left out ('Col Lev Arno one of the army officers in Dorna said'): the
  name speaks;
- an honorific that ends a name after a title ('Col Osman Nuh Hajji') is part of the name, not a title before none;
- a judgement set between the verb and what was denied ('termed as propaganda a report that ...') stays in the
  summary, which without it reads 'X termed a report that ...';
- a weekday inside what was denied ('denied US claims that 150 fighters were killed late on Saturday') tells when
  that happened, not when it was denied: it does not date the denial.

Made-up names only.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import analyse, built

LEAD = "Talks resumed in Kessel on Sunday."


def _units(*paragraphs: str) -> list[tuple[str, str]]:
    """(kind, speaker label) of every unit drafted."""
    return [(u.kind, u.speaker.label) for u in analyse("en", LEAD, *paragraphs).units]


def _denials(*paragraphs: str) -> list[dict]:
    return [r for r in built("en", LEAD, *paragraphs) if r["type"] == "denial"]


# --- 'denied US claims' ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "denier", "denied"),
    [
        (
            "The rebel group Varda Front has denied US claims that 40 of its fighters were killed.",
            "varda-front",
            "US claims that 40 of its fighters were killed",
        ),
        (
            "Varda Front on Tuesday denied US claims that 40 of its fighters were killed in air strikes.",
            "varda-front",
            "US claims that 40 of its fighters were killed in air strikes",
        ),
        (
            "The Kessel Brigade denied US reports that its commander had been captured.",
            "kessel-brigade",
            "US reports that its commander had been captured",
        ),
        (
            "The Kessel Brigade has denied US allegations that it shelled the camp.",
            "kessel-brigade",
            "US allegations that it shelled the camp",
        ),
        (
            "Norland Liberation Army denied US accusations that it had armed the militia.",
            "norland-liberation-army",
            "US accusations that it had armed the militia",
        ),
    ],
)
def test_denied_us_claims_denies_the_claims_of_the_united_states(text: str, denier: str, denied: str) -> None:
    found = _denials(text)
    assert [(d["denier"], d["denied"]) for d in found] == [({"actor": denier}, denied)], found


@pytest.mark.parametrize(
    "text",
    [
        "The guards denied us entry to the camp.",
        "The court denied them bail on Monday.",
        "The officers denied us access to the prisoners.",
    ],
)
def test_one_refused_something_is_still_no_denial(text: str) -> None:
    assert _denials(text) == []


# --- an appositive with a relative clause opened by 'that' ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Kessel Union, an umbrella group that includes the Varda Party, has denied the allegations.",
        "The Kessel Union (KU), a political umbrella organization that includes the Varda Party (VP), has denied "
        "allegations linking the VP to recent fires in Norland.",
        "The Kessel Union, a coalition that represents the Varda Party, denied the allegations.",
        "The Kessel Union, a bloc that has close ties to the Varda Party, on Monday rejected the allegations.",
        "DORNA, Norland — The Kessel Union, an umbrella group that includes the Varda Party, has denied the "
        "allegations.",
    ],
)
def test_an_appositive_with_a_that_clause_leaves_the_name_as_denier(text: str) -> None:
    found = _denials(text)
    assert [d["denier"] for d in found] == [{"actor": "kessel-union"}], found


# --- 'no official' as a subject -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "However, no government or security official in Norland was confirming the incident.",
        "No official in Norland confirmed the raid.",
        "No Norlandic official has commented on the report.",
        "No army spokesman confirmed the toll on Monday.",
        "So far no minister has denied the report.",
    ],
)
def test_no_official_as_a_subject_says_no_one_spoke(text: str) -> None:
    assert _units(text) == []


def test_an_official_saying_no_is_still_heard() -> None:
    assert _units("Lev Arno said no official had confirmed the raid.") == [("reported", "Lev Arno")]


# --- a sentence whose subject is 'it' ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    ["the Kessel Brigade", "the Norland Front", "Veloria"],
)
def test_a_body_named_in_a_sentence_whose_subject_is_it_is_not_the_next_it(body: str) -> None:
    first = "A report carried by Norlandic papers was attributed to an unnamed official."
    second = (
        f"It claimed that commander Lev Arno was killed for establishing contacts with the government and {body} "
        "to hold peace talks. It said Arno and his men were also accused of plotting against the leader."
    )
    found = _units(first, second)
    name = body.removeprefix("the ")
    assert all(label != name for _, label in found), found


# --- the organ of a state, then an appositive of the state -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        (
            "But the state media of Veloria, a key coalition member, disputed the claim and said the rebels launched "
            "the attack.",
            "the state media of Veloria",
        ),
        ("The army of Veloria, a member of the alliance, rejected the allegations.", "the army of Veloria"),
        (
            "The foreign ministry of Veloria, a key partner of Norland, denied the report.",
            "the foreign ministry of Veloria",
        ),
        ("The government of Veloria, a close ally, denied the report.", "the government of Veloria"),
    ],
)
def test_an_appositive_after_the_organ_of_a_named_state_tells_of_the_state(text: str, denier: str) -> None:
    found = _denials(text)
    assert [d["denier"] for d in found] == [{"described_as": denier}], found


# --- a lead-in with nothing said after its verb ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "lead_in",
    ["The union’s statement said.", "The statement said.", "The union said.", "The union’s statement added."],
)
def test_a_lead_in_with_nothing_said_is_no_claim_and_the_quotation_after_it_is_heard(lead_in: str) -> None:
    first = "The Kessel Union issued a statement on Monday."
    quotation = "“We categorically deny these allegations. The fires were set by others.”"
    found = [
        (r["type"], " | ".join(c["quote"] for c in r["citations"]))
        for r in built("en", LEAD, first, lead_in, quotation)
        if r["type"] in ("claim", "denial")
    ]
    assert all(lead_in not in cited for _, cited in found), found
    assert [kind for kind, _ in found] == ["denial"], found


@pytest.mark.parametrize(
    "text",
    ["The union said so.", "The union denied.", "The union said it was false."],
)
def test_a_verb_with_words_after_it_or_a_denial_is_still_drafted(text: str) -> None:
    assert _units(text), text


# --- a name, then 'one of ...' with no comma -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Speaking to Radio Kessel, Col Lev Arno one of the army officers in Dorna confirmed that the area is calm.",
        "Col Lev Arno one of the army officers in Dorna said the area is calm.",
        "Lev Arno one of the commanders in Dorna denied the reports.",
        "Colonel Lev Arno one of Norland's army officers in the town told reporters the area is calm.",
    ],
)
def test_a_name_then_one_of_with_no_comma_is_the_name(text: str) -> None:
    assert [label for _, label in _units(text)] == ["Lev Arno"]


# --- an honorific that ends a name after a title -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Col Osman Hajji said the area is calm.", "Osman Hajji"),
        ("Col Osman Nuh Hajji said the area is calm.", "Osman Nuh Hajji"),
        ("Colonel Ahmed Haji denied the reports.", "Ahmed Haji"),
        (
            "Speaking to Radio Kessel, Col Osman Nuh Hajji one of the officers in Dorna denied the reports.",
            "Osman Nuh Hajji",
        ),
        ("Army spokesman Major Omar Sheikh said the area is calm.", "Omar Sheikh"),
    ],
)
def test_an_honorific_that_ends_a_name_after_a_title_is_part_of_the_name(text: str, speaker: str) -> None:
    assert [label for _, label in _units(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Sheikh Omar Deng said the area is calm.", "Omar Deng"),
        ("Osman Nuh Hajji said the area is calm.", "Osman Nuh Hajji"),
        ("Kawa Sheikh Ahmad said the area is calm.", "Kawa Sheikh Ahmad"),
    ],
)
def test_an_honorific_before_a_name_is_still_a_title(text: str, speaker: str) -> None:
    assert [label for _, label in _units(text)] == [speaker]


# --- a judgement set between the verb and what it judges -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        (
            "Authorities in Norland termed as propaganda a report that 26 fighters had been killed by agents.",
            "Authorities in Norland termed as propaganda a report that 26 fighters had been killed by agents.",
        ),
        (
            "The ministry termed as baseless the reports that its forces shelled the camp.",
            "The ministry termed as baseless the reports that its forces shelled the camp.",
        ),
        (
            "The ministry described as baseless the reports that its forces shelled the camp.",
            "The ministry described as baseless the reports that its forces shelled the camp.",
        ),
        (
            "The Kessel Brigade branded as lies the claims that its fighters had fled.",
            "Kessel Brigade branded as lies the claims that its fighters had fled.",
        ),
        (
            "The ministry dismissed as baseless the reports that its forces shelled the camp.",
            "The ministry dismissed as baseless the reports that its forces shelled the camp.",
        ),
    ],
)
def test_a_judgement_before_what_was_denied_stays_in_the_summary(text: str, summary: str) -> None:
    assert [d["summary"] for d in _denials(text)] == [summary]


# --- a weekday inside what was denied ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "The Kessel Brigade has denied US claims that 40 of its fighters were killed in air strikes late on Saturday.",
            None,
        ),
        ("The Kessel Brigade denied reports that its commander was captured on Sunday.", None),
        ("The Kessel Brigade on Monday denied reports that its commander was captured on Sunday.", "2016-03-07"),
        ("The Kessel Brigade denied on Monday reports that its commander was captured on Sunday.", "2016-03-07"),
        ("The Kessel Brigade on Monday denied the reports.", "2016-03-07"),
    ],
)
def test_a_weekday_inside_what_was_denied_does_not_date_the_denial(text: str, date: str | None) -> None:
    found = [r for r in built("en", LEAD, text, published="2016-03-08") if r["type"] == "denial"]
    assert [d.get("date") for d in found] == [date], found
