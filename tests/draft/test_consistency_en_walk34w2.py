"""English, round 34 of issue 17, a second walk-through of unseen articles (a Yemeni paper on a truce, a Nigerian
paper on a minister's statement, a British paper on a bombing in Mogadishu, a Nigerian site on a governor):

- saying that another did not keep, honour, respect or comply with a truce or a deal accuses it of a breach: it is
  no denial ('X said the group did not abide by the truce' is X's charge, not X denying that it abided);
- a report, a video or a document that 'emerged' or 'surfaced', 'claiming that ...', speaks for itself: its claim
  is not given to the one who spoke in the sentence before;
- two labels in marks set first, joined by 'and' ('described as "a lie" and "fantasy" figures the brigade gave'),
  deny what follows them, as one label does;
- words that say what was shown is neither recent nor genuine call it false, as 'not genuine' does;
- 'Sheikh' inside a name after a title ('President Omar Sheikh Deng', 'Sheikh Omar Sheikh Deng') is part of the
  name, not an honorific that cuts off the words before it.

Made-up names only.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built

LEAD = "Talks resumed in Kessa on Sunday."


def _drafts(*paragraphs: str) -> list[dict]:
    return [d for d in built("en", LEAD, *paragraphs) if d["type"] in ("claim", "denial")]


def _who(draft: dict) -> str:
    side = draft.get("denier") or draft.get("claimant") or {}
    return side.get("actor") or side.get("described_as") or ""


# --- a breach charged is no denial ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno also was quoted as saying that the brigade did not stick with the truce terms, assuring the envoy "
        "that the council was committed to the deal.",
        "Lev Arno was quoted as saying that the militia did not respect the truce.",
        "The minister said that the rebels did not honour the agreement reached in May.",
        "The minister said the Varda Front had not complied with the ceasefire.",
        "Lev Arno said the brigade did not abide by the terms of the deal.",
        "The governor said the rebels have not adhered to the truce since March.",
        "Lev Arno said the council did not fulfil its commitments under the accord.",
    ],
)
def test_a_breach_charged_to_another_is_no_denial(text: str):
    drafts = _drafts(text)
    assert [d["type"] for d in drafts] == ["claim"], drafts


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("Lev Arno said the brigade did not shell the market.", "the brigade did shell the market"),
        ("The minister said that the rebels did not attack the convoy.", "the rebels did attack the convoy"),
    ],
)
def test_an_act_charged_still_denied(text: str, denied: str):
    drafts = _drafts(text)
    assert [d["type"] for d in drafts] == ["denial"], drafts
    assert drafts[0]["denied"] == denied


# --- a report that emerged speaks for itself --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "A report had emerged two weeks ago, claiming that Kessel Brigade fighters had appointed one Omar Deng as mayor.",
        "A video emerged on Monday, claiming that the brigade had seized the port.",
        "A report surfaced last week, claiming that the brigade had appointed a mayor.",
        "A document had surfaced in May, alleging that the council had paid the brigade.",
        "Reports emerged on Friday, claiming that the brigade had left the town.",
    ],
)
def test_a_report_that_emerged_is_not_the_last_speakers(second: str):
    first = "Governor Lev Arno dismissed claims that the Kessel Brigade had named a mayor."
    drafts = _drafts(first, second)
    assert [d["type"] for d in drafts][:1] == ["denial"]
    later = [d for d in drafts if d["citations"][0]["quote"] == second]
    assert all(_who(d) != "lev-arno" for d in later), later


# --- two labels set first -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        (
            'The Kessel government has described as "a lie" and "fantasy" figures the Varda Front claimed represent '
            "the number of soldiers killed.",
            "figures the Varda Front claimed represent the number of soldiers killed",
        ),
        (
            'The ministry described as "false" and "misleading" reports that the brigade had seized the port.',
            "reports that the brigade had seized the port",
        ),
        (
            'The council dismissed as "baseless" and "absurd" claims that it had paid the brigade.',
            "claims that it had paid the brigade",
        ),
        (
            'The ministry has described as "a hoax" figures the brigade published on Monday.',
            "figures the brigade published on Monday",
        ),
    ],
)
def test_two_labels_set_first_deny_what_follows(text: str, denied: str):
    drafts = _drafts(text)
    assert [d["type"] for d in drafts] == ["denial"], drafts
    assert drafts[0]["denied"] == denied
    # (the summary keeps both labels: 'X described as "a lie" and "fantasy" figures ...')
    labels = text[text.index(" as ") + 1 : text.index(denied)].strip()
    assert labels in drafts[0]["summary"], drafts[0]["summary"]


# --- 'Sheikh' inside a name -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('President Omar Sheikh Deng said the raid was "a crime".', "omar-sheikh-deng"),
        ('The President, Sheikh Omar Sheikh Deng, called the raid "a crime".', "omar-sheikh-deng"),
        ('Sheikh Omar Sheikh Deng, the council head, said the raid was "a crime".', "omar-sheikh-deng"),
        ('Prime Minister Hassan Sheikh Barre said the raid was "a crime".', "hassan-sheikh-barre"),
        ('Sheikh Lev Arno said the raid was "a crime".', "lev-arno"),
    ],
)
def test_sheikh_inside_a_name_is_part_of_it(text: str, name: str):
    drafts = _drafts(text)
    assert [_who(d) for d in drafts] == [name], drafts


# --- 'neither ... nor genuine' ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("Lev Arno said the videos were neither recent nor genuine.", "lev-arno"),
        ("The ministry said the images were neither new nor authentic.", "the ministry"),
        ("Lev Arno said the figures were neither complete nor accurate.", "lev-arno"),
        ("Lev Arno said the letter was neither signed by him nor genuine.", "lev-arno"),
    ],
)
def test_neither_nor_genuine_denies(text: str, denier: str):
    drafts = _drafts(text)
    assert [(d["type"], _who(d)) for d in drafts] == [("denial", denier)], drafts


def test_neither_nor_of_another_kind_is_no_denial():
    drafts = _drafts("Lev Arno said the talks were neither easy nor quick.")
    assert [d["type"] for d in drafts] == ["claim"], drafts
