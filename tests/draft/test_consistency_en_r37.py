"""English, round 37, review of round 36's English rules: the cases, forms and spellings they forgot.

Saying another side invented the reports in the past tense, or fabricates 'that' report; 'never' after a modal other
than would, will, could and can, or after its contraction ('they'd never take'), which is a stance, not a thing that
did not happen; 'he' after another's speeches or a single remark, then 'when he said'; armed people or a group that
call themselves a name in any tense or number, or in a relative clause ('who called themselves', 'calling itself');
every platform after 'official' ('his official X account', 'Truth Social') and a statement on a body's account on any
of them; a state with 'of' or 'and' in its name as a body's owner ("Bosnia and Herzegovina's Defence Ministry"); a
one-word name with a ranked leader of its own ('Darin deputy leader Dara Venn'); armed people of a body named before as
'the brigade'; ', Kessel Radio reported late Tuesday' at a denial's end; a state written with stops ('U.S.') among the
states an article names; a body's own acronym with stops after it ('K.L.F.'); 'Chief of General Staff' an office,
as 'Chief of Army Staff' is.

Made-up people (Lev Arno, Dara Venn, Qoravel Tunsk), bodies (Kessel Brigade, Tarsk Guard, Kessel Liberation Front) and
places (Arnotown, Orvale, Port Sable)."""

from __future__ import annotations

import pytest

from tests.draft.conftest import claimants, denied_by, drafts, project_index, quotes, record_kinds, speakers


def _kinds(*paragraphs: str) -> list[str]:
    return [kind for kind, _ in speakers("en", *paragraphs)]


# --- fabricating the reports, in every form -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno said the army invented the stories to cover its losses.",
        "Lev Arno said the army had invented these reports to cover its losses.",
        "Lev Arno said the ministry invented such claims about Arnotown.",
        "Lev Arno said the army fabricates that report every week.",
        "The Kessel Brigade said the ministry concocts that story every week.",
    ],
)
def test_saying_another_side_invented_the_reports_denies_them(text: str) -> None:
    assert _kinds(text) == ["denial"]


def test_an_invention_that_is_no_report_denies_nothing() -> None:
    assert _kinds("Lev Arno said the engineers of Arnotown invented the device.") == ["reported"]


# --- 'never' after a modal or its contraction in an answer to reports ------------------------------------------------


@pytest.mark.parametrize(
    "clause",
    [
        "they'd never take orders from militia leaders",
        "they\u2019d never take orders from militia leaders",
        "it'll never take orders from militia leaders",
        "it\u2019ll never take orders from militia leaders",
        "they might never take orders from militia leaders",
        "they should never take orders from militia leaders",
        "its troops must never take orders from militia leaders",
        "its troops may never take orders from militia leaders",
    ],
)
def test_an_answer_to_reports_that_never_would_denies_nothing(clause: str) -> None:
    assert _kinds(f"In response to the reports, the ministry said {clause}.") == ["reported"]


@pytest.mark.parametrize(
    "clause",
    [
        "they'd never taken orders from militia leaders",
        "its troops\u2019d never been in Arnotown",
        "its troops never take orders from militia leaders",
    ],
)
def test_an_answer_to_reports_that_never_did_still_denies(clause: str) -> None:
    assert _kinds(f"In response to the reports, the ministry said {clause}.") == ["denial"]


# --- 'he' after another's speech, one or several ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Dara Venn cited Lev Arno\'s statements on Monday, when he said "the border is ours".',
        'Dara Venn cited Lev Arno\'s comment on Monday, when he said "the border is ours".',
        'Dara Venn cited Lev Arno\u2019s remark on Monday, when he said "the border is ours".',
        'Dara Venn recalled Lev Arno\'s interviews last week, when he said "we will never leave Orvale".',
        'Dara Venn recalled Lev Arno\u2019s speeches last week, when he said "we will never leave Orvale".',
        'Dara Venn recalled Lev Arno\'s tweets last week, when he said "we will never leave Orvale".',
        'Dara Venn recalled Lev Arno\'s addresses last week, when he said "we will never leave Orvale".',
    ],
)
def test_he_after_anothers_speeches_is_their_speaker(text: str) -> None:
    assert [speaker for _, speaker in quotes(text)] == ["Lev Arno"]


def test_he_after_anothers_visit_stays_the_subject() -> None:
    found = quotes('Dara Venn recalled Lev Arno\'s visits last week, when he said "the roads are open".')
    assert [speaker for _, speaker in found] == ["Dara Venn"]


# --- the name armed people or a group give themselves, in every tense and number ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tribal fighters, who call themselves the Tarsk Guard, said they had taken the hill.",
        "Tribal fighters, who called themselves the Tarsk Guard, said they had taken the hill.",
        "Tribal fighters, who style themselves the Tarsk Guard, said they had taken the hill.",
        "Tribal fighters, styling themselves the Tarsk Guard, said they had taken the hill.",
        "A militia, calling itself the Tarsk Guard, said it had taken the hill.",
        "A militia, which calls itself the Tarsk Guard, said it had taken the hill.",
        "Tribal fighters, calling themselves the Tarsk Guard, said they had taken the hill.",
    ],
)
def test_armed_people_that_call_themselves_a_name_speak_as_that_body(text: str) -> None:
    assert claimants("en", text) == [("claim", "tarsk-guard")]
    assert record_kinds("en", text) == {"tarsk-guard": "armed-force"}


@pytest.mark.parametrize(
    "text",
    [
        "A commander, calling himself Abu Karim, said the fighters had taken the hill.",
        "A commander, who calls himself Abu Karim, said the fighters had taken the hill.",
    ],
)
def test_a_man_who_calls_himself_a_name_speaks_by_it(text: str) -> None:
    assert claimants("en", text) == [("claim", "abu-karim")]


def test_a_named_man_who_calls_himself_a_patriot_still_speaks() -> None:
    assert claimants("en", "Lev Arno, who calls himself a patriot, said the fighters had taken the hill.") == [
        ("claim", "lev-arno")
    ]


# --- a platform after 'official', and a statement on one, whatever the platform ---------------------------------------


@pytest.mark.parametrize(
    ("platform", "record"),
    [
        ("X", "x"),
        ("Threads", "threads"),
        ("Bluesky", "bluesky"),
        ("Truth Social", "truth-social"),
        ("Weibo", "weibo"),
        ("Snapchat", "snapchat"),
    ],
)
def test_every_platform_after_official_is_no_person(platform: str, record: str) -> None:
    text = f'In a post on his official {platform} account, Lev Arno said the "rot" must end.'
    assert record not in record_kinds("en", text)
    assert claimants("en", text) == [("claim", "lev-arno")]


@pytest.mark.parametrize("platform", ["Bluesky", "Threads", "Weibo"])
def test_a_statement_on_a_bodys_platform_account_is_the_bodys(platform: str) -> None:
    found = claimants(
        "en",
        "The Kessel Brigade said on Monday that its fighters had left Arnotown.",
        f'A statement posted on its {platform} account said "the fighters are safe".',
    )
    assert found == [("claim", "kessel-brigade"), ("claim", "kessel-brigade")]


# --- a state of several words with 'of' or 'and' in it, written as a body's owner ------------------------------------


@pytest.mark.parametrize(
    ("state", "body"),
    [
        ("Democratic Republic of Congo's", "Foreign Ministry"),
        ("Democratic Republic of the Congo\u2019s", "Defence Ministry"),
        ("Bosnia and Herzegovina's", "Defence Ministry"),
        ("Trinidad and Tobago's", "Foreign Ministry"),
        ("Sao Tome and Principe's", "Foreign Ministry"),
    ],
)
def test_a_new_body_keeps_a_state_with_of_or_and_whole(state: str, body: str) -> None:
    sentence = f"Lev Arno, a spokesman for {state} {body}, denied reports that its troops left Arnotown."
    names = [d.data.get("name") for d in drafts("en", sentence, index=project_index()) if d.type == "actor"]
    assert f"{state.replace(chr(0x2019), chr(39))} {body}" in names


def test_two_states_joined_by_and_own_nothing_together() -> None:
    sentence = "Lev Arno, a spokesman for Veloria and Dornmark's Foreign Ministry, denied reports of a raid."
    names = [d.data.get("name") for d in drafts("en", sentence, index=project_index()) if d.type == "actor"]
    assert "Veloria and Dornmark's Foreign Ministry" not in names


# --- a one-word name with a leader of its own, the office after a rank or a field -------------------------------------


@pytest.mark.parametrize("name", ["Darin", "Tamar"])
@pytest.mark.parametrize("office", ["deputy leader", "military spokesman", "senior commander", "chief spokeswoman"])
def test_a_name_with_its_own_ranked_leader_is_a_body(name: str, office: str) -> None:
    kinds = record_kinds(
        "en", f"{name} denied a report that the Orvale government had told {name} {office} Dara Venn to leave."
    )
    assert kinds[name.lower()] == "organization" and kinds["dara-venn"] == "person"


@pytest.mark.parametrize("name", ["Darin", "Tamar"])
def test_a_name_before_a_capitalised_rank_stays_a_person(name: str) -> None:
    kinds = record_kinds(
        "en", f"{name} denied a report that the Orvale government had told {name} Colonel Dara Venn to leave."
    )
    assert kinds[name.lower()] == "person"


# --- armed people of a body named before as 'the brigade' ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen from the brigade said they had freed the hostages.",
        "Fighters of the brigade told reporters they had freed the hostages.",
        "Militants belonging to the group said they had freed the hostages.",
    ],
)
def test_armed_people_of_the_body_named_before_speak_as_it(sentence: str) -> None:
    assert claimants("en", "The Kessel Brigade attacked Arnotown on Monday.", sentence) == [("claim", "kessel-brigade")]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Gunmen from the brigade said they had freed the hostages.",),
        ("The Kessel Brigade attacked Arnotown on Monday.", "Gunmen from the army said they had freed the hostages."),
        ("The Kessel Brigade attacked Arnotown on Monday.", "Gunmen from the area said they had freed the hostages."),
    ],
)
def test_armed_people_of_no_body_named_stay_so_described(paragraphs: tuple[str, ...]) -> None:
    assert [who for _, who in claimants("en", *paragraphs)] == [paragraphs[-1].split(" said")[0].lower()]


# --- the outlet that reported a denial, with 'late' or 'early' or a time of day ---------------------------------------


@pytest.mark.parametrize(
    "when",
    ["late Tuesday", "early Tuesday", "Tuesday evening", "late on Tuesday", "late Tuesday night", "yesterday evening"],
)
def test_reported_with_a_time_of_day_is_no_part_of_what_was_denied(when: str) -> None:
    text = f"Lev Arno denied that the brigade held prisoners, Kessel Radio reported {when}."
    assert denied_by("en", text) == [("lev-arno", "that the brigade held prisoners")]


# --- a state written with stops among the states an article names ---------------------------------------------------

_ARRESTED = "The Interior Ministry said on Monday that its forces had arrested three men near the border."


@pytest.mark.parametrize(
    "opening",
    [
        "U.S. and Iraqi officials traded charges over the strike.",
        "Officials in the U.K. and Iraq traded charges over the strike.",
        "Iraqi officials and a U.A.E. envoy met in Port Sable.",
    ],
)
def test_a_ministry_by_its_field_alone_beside_a_state_written_with_stops_stays_unlinked(opening: str) -> None:
    found = claimants("en", "Talks resumed in Port Sable on Sunday.", opening, _ARRESTED, index=project_index())
    assert "iraqi-interior-ministry" not in [who for _, who in found]


def test_a_ministry_by_its_field_alone_in_a_one_state_article_is_still_linked() -> None:
    found = claimants(
        "en",
        "Talks resumed in Port Sable on Sunday.",
        "Iraqi officials met on Sunday.",
        _ARRESTED,
        index=project_index(),
    )
    assert "iraqi-interior-ministry" in [who for _, who in found]


# --- a body's own acronym after it, written with stops ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("The Kessel Liberation Front K.L.F. denied the report.", "Kessel Liberation Front"),
        ("The Justice and Equality Movement J.E.M. on Monday denied the statement.", "Justice and Equality Movement"),
        ("The Popular Defence Forces P.D.F. rejected the claims.", "Popular Defence Forces"),
    ],
)
def test_a_body_and_its_own_acronym_with_stops_deny_as_one(text: str, denier: str) -> None:
    assert [s for k, s in speakers("en", text) if k == "denial"] == [denier]


def test_a_body_its_acronym_with_stops_and_another_deny_as_two() -> None:
    text = "The Kessel Liberation Front K.L.F. and the Orvale Guard denied the report."
    assert [s for _, s in speakers("en", text)] == ["Kessel Liberation Front", "Orvale Guard"]


# --- 'Chief of General Staff', an office of a service's staff like 'Chief of Army Staff' ------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Chief of General Staff Qoravel Tunsk said the road was open.",
        "Chief of the General Staff Qoravel Tunsk said the road was open.",
        "On Monday, Chief of General Staff Qoravel Tunsk said the road was open.",
        "Chief of the Armed Forces General Staff Qoravel Tunsk said the road was open.",
    ],
)
def test_a_name_after_chief_of_general_staff_is_a_person(sentence: str) -> None:
    assert claimants("en", sentence) == [("claim", "qoravel-tunsk")]
    assert record_kinds("en", sentence) == {"qoravel-tunsk": "person"}


def test_chief_of_general_staff_alone_is_an_office_no_body() -> None:
    assert record_kinds("en", "The Chief of General Staff said the road was open.") == {}


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("The General Staff of the Armed Forces said the road was open.", "general-staff-of-the-armed-forces"),
        ("The Kessel General Staff said the road was open.", "kessel-general-staff"),
    ],
)
def test_a_general_staff_named_is_still_a_body(sentence: str, body: str) -> None:
    assert claimants("en", sentence) == [("claim", body)]
