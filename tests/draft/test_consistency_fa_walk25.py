"""Persian, round 25 of issue 17 (seen in the round's walk-through, an Eghtesad 24 article): a passive of denying
with no agent ('مصاحبه وزیر با شبکه کسلان تکذیب شد', the minister's interview was denied) has what was denied
before it, not who denied it; and an agency's tag with a dash against it at a paragraph's start ('ایرنا- ',
'کسلان24- ') is no part of the speaker's name.

Made-up names only. Guards: a passive with its agent ('از سوی X') is still X's; a dash with a space before it
('X - Y') is read as before.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

NAMED = "دوریان کسلان، سخنگوی وزارت خارجه ولوریا، روز شنبه گفت که این کشور در حمله نقشی نداشته است."


@pytest.mark.parametrize(
    "denied",
    ["مصاحبه وزیر با شبکه کسلان", "گزارش شبکه ولوریا درباره دیدار وزیر", "خبر بازداشت دو دیپلمات", "این ادعا"],
)
@pytest.mark.parametrize("verb", ["تکذیب شد", "تکذیب گردید", "رد شد", "تکذیب شده است"])
def test_a_passive_with_no_agent_has_no_denier_before_it(denied, verb) -> None:
    got = said("fa", f"{denied} {verb}.")
    assert all(speaker != denied and not speaker.startswith(denied.split()[0]) for _, speaker, _ in got), got


@pytest.mark.parametrize("verb", ["تکذیب شد", "تکذیب گردید", "رد شد"])
def test_a_passive_with_no_agent_after_a_named_speaker_is_theirs(verb) -> None:
    got = said("fa", NAMED, f"گزارش شبکه ولوریا درباره دیدار وزیر {verb}.")
    assert [speaker for _, speaker, _ in got] == ["دوریان کسلان", "دوریان کسلان"], got


def test_a_passive_with_its_agent_is_the_agents() -> None:
    # (guard) 'از سوی X' names the denier
    got = said("fa", "گزارش شبکه ولوریا درباره دیدار وزیر از سوی وزارت خارجه کسلان تکذیب شد.")
    assert [speaker for _, speaker, _ in got] == ["وزارت خارجه کسلان"], got


@pytest.mark.parametrize("tag", ["ایرنا- ", "کسلان24- ", "ولوریانیوز- ", "ایسنا\u2013 "])
@pytest.mark.parametrize(
    "rest",
    [
        "دوریان کسلان عصر سه شنبه در این توییت افزود: «دیروز خبرنگاری با وزیر گفت وگو کرد.»",
        "دوریان کسلان روز شنبه گفت: «این کشور در حمله نقشی نداشته است.»",
    ],
)
def test_an_agency_tag_with_a_dash_is_no_part_of_the_name(tag, rest) -> None:
    got = said("fa", tag + rest)
    assert [speaker for _, speaker, _ in got] == ["دوریان کسلان"], got
