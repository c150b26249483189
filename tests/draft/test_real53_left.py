"""Round 53's left helper's rules, tested on made-up sentences, each with near-misses: two named together who say one
thing each say it ('Lev Arno and Dara Venn said the talks had failed' is a claim of each, as their denial was one
denial each); a site named after a titled person ('the Imam Ali Shrine', 'the Sheikh Zayed Mosque', 'the Sayyida
Zeinab shrine') is a place, no person called 'Ali Shrine'; an office's two fields joined by 'and' after 'for'
('Minister for Oil and Gas Lev Arno') are the office's, as after 'of'; words calling another's denial untrue ('there
was no truth in the brigade's denial') maintain what was denied: a claim, no denial; and in Arabic the 'قولهم' after
the one an outlet relays ('نقلت رويترز عن مسؤولين قولهم إن ...') is no word of the speaker."""

from __future__ import annotations

import pytest

from tests.draft.conftest import built, said_en


def _people(sentence: str) -> list[str]:
    return [r["name"] for r in built("en", "Talks resumed in Port Sable on Sunday.", sentence) if r["type"] == "actor"]


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
