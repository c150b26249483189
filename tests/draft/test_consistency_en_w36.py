"""Round 36 walk-throughs (English): shapes that five unseen articles drafted wrong, in made-up sentences.

- a quotation closed with a stop, then a sentence that only names its speaker before a participle's clause
  ('"...." Venn remarked, praising the towns that ...');
- an office of a body written out before its holder's name, the body's words ending in a small-letter noun
  ("The spokesman for the Orvale Council's government Dara Venn denied");
- 'The statement denied ...' after a spokesman spoke, a body named only inside what he said;
- 'he' after another's speech and 'when' ("based on Lev Arno's statement on Thursday, when he said");
- the outlet that reported a denial with a bare day (', Orvale Radio reported Tuesday');
- a one-word name with a leader or a spokesman of its own ('Darin leader Dara Venn') is a body;
- a quotation's closing comma kept in what a denial in the speaker's own words denies.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built, claimants, denied_by, quotes, record_kinds

# --- a sentence that only names the speaker, then a participle's clause ------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Dara Venn, head of the Orvale council, called for an inquiry into the raids.",
                '"The Kessel Brigade has burned farms and shelled the market, let alone the clinics." Venn remarked, '
                "praising the towns that asked for a truce.",
            ),
            "Dara Venn",
        ),
        (
            ('"The brigade has shelled the old market." Dara Venn said, thanking the mayors who called for calm.',),
            "Dara Venn",
        ),
        (
            ('"Our fighters never crossed the river." Lev Arno said on Friday, adding that the brigade would hold.',),
            "Lev Arno",
        ),
        (('"The roads to Orvale are open again." Tarek Vossel noted, pointing to the convoys.',), "Tarek Vossel"),
    ],
)
def test_participle_clause_after_the_naming_sentence(paragraphs, speaker):
    assert [found for _, found in quotes(*paragraphs)] == [speaker]


def test_a_sentence_of_its_own_after_the_quotation_names_no_speaker():
    # (a sentence with a verb of its own, not of saying, is no attribution, participle or not)
    found = quotes('"The roads are open." Lev Arno and the envoy then drove to the border, passing the old market.')
    assert found == [("The roads are open.", None)]


# --- an office of a body, the body ending in a small-letter noun, before the holder's name ------------------------


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        (
            "The spokesman for the Orvale Council's government Dara Venn denied Saturday any talks with Lev Arno.",
            "dara-venn",
        ),
        ("The head of the Orvale government Dara Venn denied the report.", "dara-venn"),
        ("The spokesman for the Kessel Brigade's political bureau Tarek Vossel rejected the charges.", "tarek-vossel"),
        ("The spokesman for the Orvale army Lev Arno denied any shelling of the market.", "lev-arno"),
    ],
)
def test_office_of_a_body_before_its_holder(text, denier):
    assert claimants("en", text) == [("denial", denier)]


# --- 'the statement' after a spokesman spoke ------------------------------------------------------------------------


def test_the_statement_is_the_spokesmans_not_a_body_named_in_what_he_said():
    found = claimants(
        "en",
        "The spokesman for the council Dara Venn denied Saturday any talks with the Kessel Brigade.",
        "The spokesman reaffirmed that the Orvale Guard under the council's command is still holding the line.",
        "The statement denied news circulated on social media about talks between the Orvale Guard and the brigade.",
    )
    assert ("denial", "orvale-guard") not in found
    assert {who for _, who in found} == {"dara-venn"}


def test_the_statement_after_a_named_spokesman_with_a_body_in_his_words():
    found = claimants(
        "en",
        "Lev Arno, spokesman for the Orvale Council, denied on Sunday any talks with the Kessel Brigade.",
        "He said the Orvale Guard was still holding the bridge.",
        "The statement denied reports circulated online of a truce between the Orvale Guard and the brigade.",
    )
    assert ("denial", "orvale-guard") not in found
    assert next(who for kind, who in found if kind == "denial") == "lev-arno"


def test_the_statement_after_a_person_with_no_body_named_stays_unnamed():
    # (a person who spoke is no statement's issuer where no body was named: the rule of test_general_rules holds)
    found = claimants(
        "en",
        "Dara Venn, a local trader, denied any talks with the brigade.",
        "Venn said the roads were still open.",
        "The statement denied reports of a truce.",
    )
    assert ("denial", "the statement") in found


def test_the_statement_after_a_body_that_denied_stays_the_bodys():
    found = claimants(
        "en",
        "The Kessel Brigade denied the report on Monday.",
        "The statement also denied that the brigade held prisoners.",
    )
    assert {who for _, who in found} == {"kessel-brigade"}


# --- 'he' in a clause of time after another's speech -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dara Venn accused the Kessel Brigade of using foreign drones, based on Lev Arno's statement last Thursday, "
        'when he said "friendly drones" had helped them.',
        'Dara Venn recalled Lev Arno\'s interview last week, when he said "we will never leave Orvale".',
        'Dara Venn cited Lev Arno\'s remarks on Monday, when he said "the border is ours".',
    ],
)
def test_he_after_anothers_speech_is_its_speaker(text):
    assert [speaker for _, speaker in quotes(text)] == ["Lev Arno"]


def test_he_after_a_bodys_statement_stays_the_subject():
    found = quotes('Dara Venn praised the Orvale council\'s statement on Thursday, when he said "the roads are open".')
    assert [speaker for _, speaker in found] == ["Dara Venn"]


# --- the outlet that reported a denial, with a bare day ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kessel Brigade denied a Meridian Wire report that its fighters had crossed the border, Orvale Radio "
            "reported Tuesday.",
            ("kessel-brigade", "a Meridian Wire report that its fighters had crossed the border"),
        ),
        (
            "Lev Arno denied that the brigade held prisoners, Kessel Radio reported Monday.",
            ("lev-arno", "that the brigade held prisoners"),
        ),
        (
            "The Kessel Brigade rejected claims of a truce with Orvale, the Orvale Herald reported Sunday.",
            ("kessel-brigade", "claims of a truce with Orvale"),
        ),
    ],
)
def test_reported_with_a_bare_day_is_no_part_of_what_was_denied(text, expected):
    assert denied_by("en", text) == [expected]


# --- a one-word name with a leader or a spokesman of its own ---------------------------------------------------------


@pytest.mark.parametrize("name", ["Darin", "Tamar", "Selim"])
def test_a_name_with_its_own_leader_is_a_body(name):
    kinds = record_kinds(
        "en",
        f"{name} denied a report that the Orvale government had told {name} leader Dara Venn to leave.",
        f'"Our ties with Orvale are deep," {name} spokesman Lev Arno said.',
    )
    assert kinds[name.lower()] == "organization"
    assert kinds["dara-venn"] == "person" and kinds["lev-arno"] == "person"


def test_a_name_with_its_spokesman_in_a_later_sentence_is_a_body():
    kinds = record_kinds(
        "en",
        "Tamar denied the report on Tuesday.",
        "The ties with Orvale are deep, Tamar spokesman Lev Arno said.",
    )
    assert kinds["tamar"] == "organization"


# --- a quotation's closing comma -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            '"The Orvalans are dreaming. We never gather that many of our fighters in one place. We know the security '
            "situation,\" Lev Arno, the group's military operations spokesman, told Meridian Wire.",
            '"Yes, the raid happened, but the number they are telling the world is a lie," Arno added.',
        ),
        (
            '"That claim is a fantasy. We never keep camps in the hills. We know the terrain well," Lev Arno told '
            "Meridian Wire.",
        ),
    ],
)
def test_own_words_denied_keep_no_closing_comma(paragraphs):
    records = [d for d in built("en", *paragraphs) if d["type"] == "denial"]
    assert records
    for d in records:
        assert not d["denied"].rstrip().endswith(",")
        assert ",\u201d" not in d["summary"]
