"""Round 50's fresh helper's rules, written from the misses of development articles added this round and tested here on
made-up sentences: a paragraph that announces a statement's text with no verb of saying ('Below is the text of the
ministry's statement:', 'Here is the statement in full:') makes the paragraphs after it, without marks, the words of
the statement's owner, named there or the one who issued a writing in the paragraph before; a writing issued on
reports it calls false ('issued a statement on false press reports') is a denial; and the pronoun of an opening 'as'
clause ('As it has always reiterated, the ministry reaffirms ...') is the main clause's subject, named after it."""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, deniers, quotes, said, said_en

# --- a statement announced by a paragraph with no verb of saying ------------------------------------------------------

ISSUED = "The Velorian Interior Ministry issued a statement on Monday about the raid on Tarvo."
BODY = [
    "Regarding the raid on Tarvo, several outlets have published baseless reports about our forces.",
    "The operation was carried out lawfully and in full coordination with the local council.",
]


@pytest.mark.parametrize(
    "announcing",
    [
        "Below is the text of the statement:",
        "Following is the full text of the statement:",
        "Here is the statement in full:",
        "The full text of the statement follows:",
        "Below is the full text of the ministry\u2019s statement:",
        "Here is the complete statement:",
    ],
)
def test_the_paragraphs_after_an_announced_statement_are_its_issuers(announcing: str) -> None:
    units = said_en(ISSUED, announcing, *BODY)
    after = [(kind, who) for kind, who, words in units if words.startswith(("Regarding", "The operation"))]
    assert after == [("denial", "Velorian Interior Ministry"), ("reported", "Velorian Interior Ministry")], units


@pytest.mark.parametrize(
    "announcing",
    [
        "Below is the text of the Kessel Brigade\u2019s statement:",
        "Following is the full text of the Kessel Brigade's statement:",
        "Here is the Kessel Brigade's statement in full:",
    ],
)
def test_an_owner_named_in_the_announcing_paragraph_is_the_speaker(announcing: str) -> None:
    units = said_en("Fighting went on near Tarvo on Monday.", announcing, *BODY)
    after = [(kind, who) for kind, who, words in units if words.startswith(("Regarding", "The operation"))]
    assert after == [("denial", "Kessel Brigade"), ("reported", "Kessel Brigade")], units


@pytest.mark.parametrize(
    "announcing",
    [
        # not announcing a statement's text: no colon, or a text that is no statement
        "Below is the text of the statement.",
        "Below is a map of the area:",
        "Here are the figures:",
        "The statement was short.",
    ],
)
def test_a_paragraph_that_announces_no_statement_leaves_the_next_unread(announcing: str) -> None:
    # (the first paragraph's 'our forces' is still the publisher's own voice, as before; no one else's)
    units = said_en(ISSUED, announcing, *BODY)
    assert {who for _, who, words in units if words.startswith(("Regarding", "The operation"))} <= {"the publisher"}


def test_an_announced_statement_with_no_issuer_before_and_no_owner_is_no_ones() -> None:
    units = said_en("Fighting went on near Tarvo on Monday.", "Below is the text of the statement:", *BODY)
    assert {who for _, who, words in units if words.startswith(("Regarding", "The operation"))} <= {"the publisher"}


# --- a statement issued on reports called false -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Velorian Interior Ministry issued a statement on false press reports published on Monday about the raid.",
        "The Velorian Interior Ministry released a statement about baseless reports of a raid on Tarvo.",
        "The Velorian Interior Ministry put out a clarification regarding fabricated claims that it raided Tarvo.",
        "The Velorian Interior Ministry issued a short statement on the false news circulated about the raid.",
        "The Velorian Interior Ministry published a statement concerning unfounded allegations of abuse in Tarvo.",
        "Ministry spokesman Lev Arno issued a statement on false media reports about the raid on Tarvo.",
    ],
)
def test_a_statement_issued_on_reports_called_false_is_a_denial(sentence: str) -> None:
    found = deniers("en", EN_LEAD, sentence)
    assert len(found) == 1 and found[0] in ("Velorian Interior Ministry", "Lev Arno"), (sentence, found)


@pytest.mark.parametrize(
    "sentence",
    [
        # no judgement of the reports
        "The Velorian Interior Ministry issued a statement on the press reports published on Monday about the raid.",
        "The Velorian Interior Ministry released a statement about reports of a raid on Tarvo.",
        # 'false' of no report
        "The Velorian Interior Ministry issued a statement on false flag attacks in the region.",
        # a statement on the news, its judgement another's
        "The Velorian Interior Ministry issued a statement on the raid after rivals spread false reports.",
    ],
)
def test_a_statement_on_reports_not_called_false_denies_nothing(sentence: str) -> None:
    assert deniers("en", EN_LEAD, sentence) == [], sentence


# --- the pronoun of an opening 'as' clause --------------------------------------------------------------------------

BEFORE = "Officials of the Kessel Oil and Gas Board met in Tarvo on Monday."


@pytest.mark.parametrize(
    "sentence",
    [
        "As it has always reiterated, the Velorian Interior Ministry reaffirms its commitment to dialogue.",
        "As it has repeatedly said, the Velorian Interior Ministry will not negotiate with armed groups.",
        "As it stated on Monday, the Velorian Interior Ministry reaffirms its commitment to dialogue.",
        "Just as it has stressed before, the Velorian Interior Ministry reaffirms its support for the talks.",
        "As he has repeatedly stressed, Lev Arno reaffirms his support for the talks.",
    ],
)
def test_the_pronoun_of_an_opening_as_clause_is_the_subject_after_it(sentence: str) -> None:
    units = said_en(BEFORE, sentence)
    assert [who for _, who, _ in units] in (["Velorian Interior Ministry"], ["Lev Arno"]), units


@pytest.mark.parametrize(
    "sentence",
    [
        # the pronoun in a clause not opening the sentence: read back as before
        "The Kessel Oil and Gas Board said on Monday that it backs the talks.",
        # no pronoun: the clause's own subject speaks
        "As Lev Arno said on Monday, the Velorian Interior Ministry backs the talks.",
    ],
)
def test_a_clause_with_its_own_subject_keeps_it(sentence: str) -> None:
    units = said_en(BEFORE, sentence)
    assert [who for _, who, _ in units] and "Velorian Interior Ministry" not in [who for _, who, _ in units], units


# --- a possessive's claims opening a clause told by another -----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Explaining that Dario Venn\u2019s claims \u201cfall within a smear campaign,\u201d Lev Arno said the charge was "
        "dangerous.",
        "Lev Arno said that Dario Venn's reports \u201cwere nothing but lies.\u201d",
        "Stressing that the brigade's accusations \u201chave no basis,\u201d Lev Arno said the army would respond.",
        "Lev Arno argued that the Kessel Brigade's allegations \u201cserve only its patrons.\u201d",
    ],
)
def test_words_in_marks_after_claims_that_open_a_told_clause_are_the_tellers(sentence: str) -> None:
    assert [who for _, who in quotes(EN_LEAD, sentence)] == ["Lev Arno"], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # the words in marks are what the claims say: still their owner's
        "Lev Arno dismissed Dario Venn\u2019s claims \u201cthat the brigade fired first.\u201d",
        "Lev Arno said that Dario Venn's claim that \u201cthe brigade fired first\u201d was false.",
        "Lev Arno rejected Dario Venn's claims about \u201csecret depots.\u201d",
    ],
)
def test_words_in_marks_that_a_claim_says_stay_its_owners(sentence: str) -> None:
    assert [who for _, who in quotes(EN_LEAD, sentence)] == ["Dario Venn"], sentence


# --- an Arabic headline whose speaker is a body the article names ------------------------------------------------------

AR_BODY = 'أعلنت حركة "حماس"، مساء السبت، عن استعدادها لاستقبال وفد دولي لزيارة المستشفيات.'
AR_HEADLINE = '"حماس": مستعدون لاستقبال لجنة دولية للتحقق من الوقائع'


@pytest.mark.parametrize(
    "member",
    [
        'وقال عضو المكتب السياسي لحركة حماس سامي الفارس: "ما نشره الجيش أكاذيب لا أساس لها من الصحة".',
        'وقال عضو المكتب السياسي لحركة حماس عزت الرشق: "ما نشره الجيش أكاذيب لا أساس لها من الصحة".',
        'وقال القيادي في حركة حماس نادر العامري: "ما نشره الجيش أكاذيب لا أساس لها من الصحة".',
    ],
)
def test_a_headline_of_a_body_is_the_body_not_a_member_whose_office_it_owns(member: str) -> None:
    units = said("ar", AR_HEADLINE, AR_BODY, member)
    assert units[0][:2] == ("quote", "حركة حماس"), units


@pytest.mark.parametrize(
    "headline",
    [
        "الفارس: مستعدون لاستقبال لجنة دولية للتحقق من الوقائع",
        "سامي الفارس: ما نشره الجيش أكاذيب",
    ],
)
def test_a_headline_of_the_member_himself_stays_his(headline: str) -> None:
    member = 'وقال عضو المكتب السياسي لحركة حماس سامي الفارس: "ما نشره الجيش أكاذيب لا أساس لها من الصحة".'
    units = said("ar", headline, AR_BODY, member)
    assert units[0][1] == "عضو المكتب السياسي لحركة حماس سامي الفارس", units
