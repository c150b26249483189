"""English headlines that give a denial with its subject and 'is' left out: 'Not holding talks with the brigade:
Ostravian Army', and the label clipped as headlines clip names ('Ost Army' for 'the Ostravian Army').

Parametrised metamorphic tests: made-up names and sentences only. The body reports the same side denying; the
headline's words, led by 'not' or 'never' and a participle or 'involved', are another place of that denial. Guards:
the negatives of will or stance ('Not seeking war') and a label the body does not bear out stay no denial.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

BODY = "The Ostravian Army on Tuesday said it was not engaged in any secret negotiations with the Kessel Brigade."
DENIED = "The Ostravian Army on Tuesday denied any role in the raid on Kessel, its spokesman Lev Arno said."

ELIDED = [
    "Not holding negotiations with Kessel Brigade",
    "Not holding talks with the Kessel Brigade",
    "Not negotiating with Kessel Brigade",
    "Never held talks with Kessel Brigade",
    "Not conducting secret talks with rebels",
    "Not involved in talks with Kessel Brigade",
    "Not part of any talks with Kessel Brigade",
]


@pytest.mark.parametrize("words", ELIDED)
@pytest.mark.parametrize("label", ["Ostravian Army", "Ost Army"])
def test_elided_headline_after_words_is_a_denial(words: str, label: str) -> None:
    headline = f"{words}: {label}"
    out = said("en", headline, BODY)
    assert ("denial", "Ostravian Army", headline) in out, out


RAID = [
    "not involved in raid on Kessel",
    "not behind the raid on Kessel",
    "never carried out raid on Kessel",
    "not responsible for the raid on Kessel",
]


@pytest.mark.parametrize("words", RAID)
def test_elided_headline_after_label_is_a_denial(words: str) -> None:
    headline = f"Ostravian Army: {words}"
    out = said("en", headline, DENIED)
    assert ("denial", "Ostravian Army", headline) in out, out


STANCE = [
    "Not seeking war with Kessel Brigade",
    "Not going to talk with Kessel Brigade",
    "Not yet decided on talks with Kessel Brigade",
    "Not accepting terms of the Kessel Brigade",
    "Not wanting talks with Kessel Brigade",
]


@pytest.mark.parametrize("words", STANCE)
def test_will_or_stance_in_an_elided_headline_is_no_denial(words: str) -> None:
    out = said("en", f"{words}: Ostravian Army", BODY)
    assert all(kind != "denial" for kind, _, text in out if text.startswith(words)), out


@pytest.mark.parametrize("label", ["Ost Navy", "Kes Army", "Ostr Navy"])
def test_a_clipped_label_the_body_does_not_bear_out_is_no_speaker(label: str) -> None:
    headline = f"Not holding negotiations with Kessel Brigade: {label}"
    out = said("en", headline, BODY)
    assert all(text != headline for _, _, text in out), out


# --- a denial of a part in the act, relayed in another's quotation ----------------------------------------------------

LEAD = "A militant claiming to lead the group in Kessel said it carried out Tuesday's bombing of the Grand Hotel."
FIRST = (
    "Although the Kessel Liberation Front had denied its involvement in the explosion at the Grand Hotel, Lev Arno "
    "told reporters on Wednesday that the bombing had been carried out by his men."
)

RELAYED = [
    "As far as we know the KLF has denied its involvement in the bombing.",
    "As far as we know the Kessel Liberation Front has denied its involvement in the bombing.",
    "The KLF has denied any role in the bombing.",
    "To our knowledge the KLF has already denied responsibility for the attack.",
    "The KLF had firmly denied its hand in the explosion.",
]


@pytest.mark.parametrize("words", RELAYED)
@pytest.mark.parametrize("tag", ["Marta Velin, a member of the committee, told Meridian Wire", "Marta Velin said"])
def test_a_denial_relayed_in_a_quotation_is_the_deniers(words: str, tag: str) -> None:
    out = said("en", LEAD, FIRST, f"\u201c{words} We shall contact them and ask about this new claim,\u201d {tag}.")
    assert ("denial", "Kessel Liberation Front", words) in out, out
    # the quotation stays its speaker's, whole
    assert any(kind == "quote" and speaker == "Marta Velin" and text.startswith(words) for kind, speaker, text in out)


@pytest.mark.parametrize(
    "words",
    [
        "As far as we know the KLF has rejected a role in the talks.",  # a role offered, turned down
        "As far as we know the KLN has denied its involvement in the bombing.",  # not the denier's initials
        "As far as we know the Ostravian army has denied its involvement in the bombing.",  # no denier of the article
    ],
)
def test_no_relayed_denial_where_the_quotation_names_no_denier_of_the_article(words: str) -> None:
    out = said("en", LEAD, FIRST, f"\u201c{words} We shall contact them,\u201d Marta Velin said.")
    assert all(not (kind == "denial" and text.startswith(words[:20])) for kind, _, text in out), out
