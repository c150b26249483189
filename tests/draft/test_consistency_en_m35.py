"""English, round 35 of issue 17, known shapes (made-up names and facts, our own sentences):

- a quotation set as its subject's predicate, no verb of saying: 'The military "strongly supported the ceasefire,"
  and ...' is the military's;
- a campaign of accusations denounced by the one it accuses: 'X denounced the campaign that accuses it of ...' is X's
  denial (not where another is accused);
- 'they added' after a spokesman's quotation, a body and its spokesman named before: the body's;
- a grave or an acute accent typed for an apostrophe ('Veloria`s army', 'didn\u00b4t'): read as the apostrophe;
- a business whose name reads as a person's, told by a word for a business ('Ltd', 'the fast food chain'): a body;
- a person on file named in full, then by given name alone ('said Lev', 'according to Lev'): that record.
"""

from __future__ import annotations

import pytest

from generator.draft.names import Known, NameIndex
from tests.draft.conftest import (
    EN_LEAD,
    built,
    claimants_en,
    project_index,
    record_kinds,
    said_en,
    speakers,
)

# --- a quotation set as its subject's predicate ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The military "strongly supported the ceasefire," and talks went on.', "the military"),
        ('Kessel Brigade "has never held the bridge."', "Kessel Brigade"),
        ('The Kessel Brigade "has never held the bridge," and its fighters stayed north.', "Kessel Brigade"),
        ('The ministry "will not accept any delay," and the talks stalled.', "the ministry"),
        ('Lev Arno "never took a single coin from the fund."', "Lev Arno"),
        ('The army "is ready to defend every village," and reinforcements arrived.', "the army"),
        ('The rebels "did not fire the first shot."', "the rebels"),
        ('On Monday, the Kessel Brigade "once again refused the terms."', "Kessel Brigade"),
        ('Dara Venn "had warned the council twice," and the vote went ahead.', "Dara Venn"),
        ('The Kessel Brigade "always respected the truce."', "Kessel Brigade"),
    ],
)
def test_a_quotation_set_as_the_predicate_is_its_subjects(text: str, speaker: str) -> None:
    assert [(kind, who) for kind, who, _ in said_en(text)] == [("quote", speaker)]


def test_a_quotation_set_as_the_predicate_of_a_body_on_file_links_it() -> None:
    assert claimants_en('The IRGC "has never sent advisers to Port Sable."', index=project_index()) == [
        ("claim", "irgc")
    ]


@pytest.mark.parametrize(
    "text",
    [
        'The talks "have stalled again," and the envoy left.',  # no one who speaks: talks
        'The bridge "was destroyed overnight."',
        'The "peace plan" collapsed on Monday.',  # marks round a name, no predicate
    ],
)
def test_a_quotation_after_a_subject_that_cannot_speak_is_no_ones(text: str) -> None:
    assert said_en(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a verb of saying in the sentence: its subject speaks, as before
        ('Residents "were terrified" by the shelling, the mayor said.', "the mayor"),
        ('Lev Arno said the army "has never held the bridge."', "Lev Arno"),
        ('The army "has never retreated," Lev Arno told reporters.', "Lev Arno"),
    ],
)
def test_a_verb_of_saying_in_the_sentence_still_gives_the_speaker(text: str, speaker: str) -> None:
    assert [who for _, who, _ in said_en(text)] == [speaker]


# --- a campaign of accusations denounced by the one it accuses ------------------------------------------------------


def _deniers(*paragraphs: str) -> list[object]:
    return [who for kind, who in claimants_en(*paragraphs) if kind == "denial"]


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("The Kessel Brigade denounced the campaign that accuses it of shelling the market.", "kessel-brigade"),
        ("Lev Arno condemned the campaign accusing him of bribery.", "lev-arno"),
        ("The ministry denounced a smear campaign accusing it of hiding the deaths.", "the ministry"),
        (
            "The rebels on Monday slammed what they called a media campaign accusing them of looting the depot.",
            "the rebels",
        ),
        ("The Kessel Brigade condemned the campaign of accusations against it.", "kessel-brigade"),
        ("Dara Venn has denounced a campaign which blames her for the blackout.", "dara-venn"),
        ("The Kessel Brigade, in a statement, condemned the campaign that accused it of the raid.", "kessel-brigade"),
    ],
)
def test_a_campaign_accusing_the_one_who_denounces_it_is_their_denial(text: str, denier: str) -> None:
    assert _deniers(text) == [denier]


def test_what_is_denied_is_the_campaign_and_its_charge() -> None:
    records = built("en", EN_LEAD, "Lev Arno condemned the campaign accusing him of bribery.", index=NameIndex())
    assert [r["denied"] for r in records if r["type"] == "denial"] == ["the campaign accusing him of bribery"]


@pytest.mark.parametrize(
    "text",
    [
        # another is accused: no denial of the one who denounces
        "Lev Arno condemned the campaign accusing the Kessel Brigade of shelling the market.",
        # a campaign of another sort
        "The ministry denounced the campaign of shelling against the villages.",
        "The Kessel Brigade condemned the bombing campaign.",
    ],
)
def test_a_campaign_that_accuses_another_or_no_one_is_no_denial(text: str) -> None:
    assert _deniers(text) == []


# --- 'they added' after a spokesman's quotation ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "body"),
    [
        (
            (
                'The Kessel Brigade said it had withdrawn. "We left the bridge on Monday," spokesman Dara Venn said.',
                '"We will not return," they added.',
            ),
            "Kessel Brigade",
        ),
        (
            (
                "The Kessel Brigade said it had withdrawn from the bridge.",
                '"We left the bridge on Monday," said Dara Venn, a spokesman for the brigade. "We will not return," '
                "they added.",
            ),
            "Kessel Brigade",
        ),
        (
            (
                "The Kessel Brigade denied the raid.",
                '"We left the bridge on Monday," its spokesman Dara Venn said. "We will not return," they said.',
            ),
            "Kessel Brigade",
        ),
        (
            (
                "The ministry said the talks would resume.",
                '"The talks will resume on Monday," a ministry spokesman said. "Nothing has changed," they added.',
            ),
            "the ministry",
        ),
        (
            (
                "The Velorian army said its troops had pulled back.",
                '"The troops are safe," spokeswoman Mira Solen said. "They will rest," they told reporters.',
            ),
            "the Velorian army",
        ),
    ],
)
def test_they_after_a_spokesmans_quotation_is_the_body_he_speaks_for(paragraphs: tuple[str, ...], body: str) -> None:
    assert [who for kind, who, _ in said_en(*paragraphs) if kind == "quote"][-1] == body


def test_they_after_a_spokesman_with_no_body_named_before_is_no_ones() -> None:
    # a person before the spokesman, no body: 'they' has no one to be
    found = said_en(
        "Lev Arno said the talks would resume.",
        '"The talks will resume on Monday," a ministry spokesman said. "Nothing has changed," they added.',
    )
    assert [who for kind, who, _ in found if kind == "quote"] == ["a ministry spokesman"]


def test_they_after_residents_stays_the_residents() -> None:
    found = said_en('"The shelling went on all night," residents said. "We hid in the cellar," they added.')
    assert [who for kind, who, _ in found if kind == "quote"] == ["residents", "residents"]


# --- a grave or an acute accent typed for an apostrophe -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno said he didn`t take the money.",
        "The army didn\u00b4t shell the market, Lev Arno said.",
        "Veloria`s army denied the raid.",
        "The Kessel Brigade\u00b4s spokesman Dara Venn denied the reports.",
        "Dara Venn, the Kessel Brigade`s spokesman, said the brigade had withdrawn.",
        'Lev Arno denied the charges. "I didn\u00b4t take the money," he said.',
        "The Kessel Brigade`s fighters haven`t left the bridge, Dara Venn said.",
        "Lev Arno wasn\u00b4t in Port Sable that day, his lawyer said.",
    ],
)
def test_an_accent_typed_for_an_apostrophe_reads_as_the_apostrophe(text: str) -> None:
    # what is drafted is what the same sentence with the apostrophe drafts (labels read with the apostrophe)
    typed = [(kind, who) for kind, who, _ in said_en(text)]
    plain = [(kind, who) for kind, who, _ in said_en(text.replace("`", "\u2019").replace("\u00b4", "\u2019"))]
    assert typed == plain
    assert [k for k, _ in claimants_en(text)] == [
        k for k, _ in claimants_en(text.replace("`", "'").replace("\u00b4", "'"))
    ]


def test_an_accent_typed_for_an_apostrophe_is_cited_as_written() -> None:
    records = built("en", EN_LEAD, "Lev Arno said he didn`t take the money.", index=NameIndex())
    [denial] = [r for r in records if r["type"] == "denial"]
    assert denial["citations"][0]["quote"] == "Lev Arno said he didn`t take the money."


def test_an_accent_that_marks_off_words_stays_a_mark() -> None:
    # (with a space on one side: a mark that opens or closes, never an apostrophe)
    assert [w for _, _, w in said_en("Lev Arno said the ``bridge'' plan would go ahead.")] == [
        "Lev Arno said the ``bridge'' plan would go ahead."
    ]


# --- a business whose name reads as a person's ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("Burger King Inc said it would close 50 restaurants.", "burger-king-inc"),
        ("Burger King Inc. said it would close 50 restaurants.", "burger-king-inc"),
        ("Harold Mills Ltd said it would close the plant.", "harold-mills-ltd"),
        ("The fast food chain Burger King said it would close 50 restaurants.", "burger-king"),
        ("Fast food chain Burger King said it would close 50 restaurants.", "burger-king"),
        ("Burger King, the fast food chain, said it would close 50 restaurants.", "burger-king"),
        ("Burger King, a fast food chain based in Port Sable, said it would close 50 restaurants.", "burger-king"),
        ("The company Jack Daniel said prices would rise.", "jack-daniel"),
        ("Jack Daniel, the company, said prices would rise.", "jack-daniel"),
        ("The retailer Nora Hale said sales had fallen.", "nora-hale"),
    ],
)
def test_a_business_named_like_a_person_is_a_body(text: str, record: str) -> None:
    assert record_kinds("en", EN_LEAD, text).get(record) == "organization"


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("Lev Arno, a company director, said prices would rise.", "lev-arno"),
        ("Nora Hale, who runs a restaurant chain, said sales had fallen.", "nora-hale"),
        ("Burger King said it would close 50 restaurants.", "burger-king"),  # no word for a business: as before
    ],
)
def test_a_person_near_a_word_for_a_business_stays_a_person(text: str, record: str) -> None:
    assert record_kinds("en", EN_LEAD, text).get(record) == "person"


# --- a person on file named again by given name alone ---------------------------------------------------------------


def _lev_on_file() -> NameIndex:
    index = NameIndex()
    index.add("Lev Arno", Known("lev-arno", "actor", "person", "Lev Arno"))
    return index


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Mayor Lev Arno met the envoy.", '"We will rebuild the bridge," said Lev.'),
        (
            "Lev Arno met the envoy.",
            "Dara Venn, his aide, spoke first. Then Lev told reporters the bridge would be rebuilt.",
        ),
        ("Lev Arno met the envoy.", '"We will rebuild," Lev, 54, said.'),
        ("Lev Arno, 54, a trader, met the envoy.", "According to Lev, the bridge will be rebuilt."),
        ("Lev Arno met the envoy.", '"We will rebuild," Lev told reporters.'),
        ("Lev Arno met the envoy.", "Lev rejected the reports."),
    ],
)
def test_a_given_name_alone_is_the_person_on_file_named_in_full(paragraphs: tuple[str, ...]) -> None:
    assert [who for _, who in claimants_en(*paragraphs, index=_lev_on_file())] == ["lev-arno"]


@pytest.mark.parametrize(
    ("paragraphs", "index"),
    [
        # two people of that given name: neither
        (("Lev Arno met Lev Dorran.", '"We will rebuild," said Lev.'), _lev_on_file()),
        # no record on file, and no verb of saying right after the name: no link is guessed
        (("Lev Arno met the envoy.", '"We will rebuild," said Lev.'), NameIndex()),
    ],
)
def test_a_given_name_alone_is_not_linked_where_it_may_be_another(
    paragraphs: tuple[str, ...], index: NameIndex
) -> None:
    assert "lev-arno" not in [who for _, who in claimants_en(*paragraphs, index=index)]
    assert [who for _, who in speakers("en", EN_LEAD, *paragraphs, index=index)] == ["Lev"]
