"""English speakers and denials, round 22 of issue 17: shapes of development news the rules did not read.

Made-up names and sentences only. Each family varies one shape over its verbs, word orders and spellings: 'as'
after a participle of naming inside a subject's aside, an appositive left open before 'as saying', a name set off
by dashes after its description, a passive denial issued in a writing, what was said found (to be) exaggerated, and
a misperception about what was reported. Guards that the rules do not over-fire close each family.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import deniers, quotes, said


def kinds(*paragraphs: str) -> list[str]:
    return [kind for kind, _, _ in said("en", *paragraphs)]


# --- 'as' after a participle of naming names, it opens no clause -------------------------------------------------------

NAMING = ["known as", "also known as", "listed as", "recognised as", "recognized as", "branded as", "referred to as"]
ASIDES = [
    "The Zorro Front, which is part of an alliance {n} the Blue Front, {v} the claims.",
    "The Zorro Front, which has 500 fighters who are part of an alliance {n} the Blue Front (BF), {v} the claims.",
    "The Zorro Front, which belongs to a coalition {n} the Blue Front, {v} the claims.",
]


@pytest.mark.parametrize("aside", ASIDES)
@pytest.mark.parametrize("naming", NAMING)
@pytest.mark.parametrize("verb", ["denied", "has denied", "rejected", "dismissed"])
def test_a_name_after_a_participle_of_naming_in_an_aside_is_not_the_denier(aside, naming, verb) -> None:
    # 'X, which is part of an alliance known as Y, denied': X denies ('as' after 'known' opens no clause of Y's)
    text = aside.format(n=naming, v=verb)
    assert deniers("en", text) == ["Zorro Front"], text


@pytest.mark.parametrize("adverb", ["", "famously ", "also ", "better "])
@pytest.mark.parametrize("comma", ["", ","])
def test_known_as_after_is_still_names_the_subject_itself(adverb, comma) -> None:
    # (guard) 'X, who is famously known as Y has denied ...': Y is X's other name and denies, as before
    text = f"Brigade spokesman, Lev Arno, who is {adverb}known as Abu Karim{comma} has denied the reports."
    assert deniers("en", text) == ["Abu Karim"], text


def test_as_before_a_clause_still_opens_the_clause() -> None:
    # (guard) 'The talks stalled as the Blue Front denied the claims': the Blue Front denies
    assert deniers("en", "The talks stalled as the Blue Front denied the claims.") == ["Blue Front"]


# --- 'quoted X, an appositive as saying': the appositive's closing comma left out ------------------------------------------

QUOTING = ["quoted", "cited", "reported"]
APPOSITIVES = ["a rebel leader", "the brigade's spokesman", "a Kessel Brigade commander"]
WHEN = ["", " on Sunday", " late on Monday"]


@pytest.mark.parametrize("when", WHEN)
@pytest.mark.parametrize("appositive", APPOSITIVES)
@pytest.mark.parametrize("quoting", QUOTING)
@pytest.mark.parametrize("comma", ["", ","])
def test_the_one_quoted_with_an_appositive_speaks_whether_or_not_it_is_closed(quoting, appositive, when, comma):
    # '"...," Meridian Wire quoted Lev Arno, a rebel leader as saying on Sunday.': Arno's words
    text = f"\u201cWe have not left our positions,\u201d Meridian Wire {quoting} Lev Arno, {appositive}{comma} as saying{when}."
    assert [s for _, s in quotes(text)] == ["Lev Arno"], text


@pytest.mark.parametrize("words", ["What was said of our withdrawal is a lie", "These reports are false"])
def test_a_denial_quoted_with_an_open_appositive_is_the_quoted_ones(words) -> None:
    text = f"\u201c{words},\u201d Meridian Wire quoted Lev Arno, a rebel leader as saying on Sunday."
    assert deniers("en", text) == ["Lev Arno"], text


# --- a name set off by dashes after the description it names -----------------------------------------------------------

DASHES = [" - ", " \u2013 ", " \u2014 "]
DESCRIBED = [
    ("The military media wing{d}Kessel Press Office (KPO){d}", "Kessel Press Office"),
    ("The military media wing{d}the Kessel Press Office{d}", "Kessel Press Office"),
    ("The brigade's spokesman{d}Lev Arno{d}", "Lev Arno"),
]
DISMISSALS = [
    "has termed the reports of fighting in Ostrava as \u201cgrossly exaggerated and misleading\u201d.",
    "said the reports were baseless.",
    "denied the reports.",
]


@pytest.mark.parametrize("dismissal", DISMISSALS)
@pytest.mark.parametrize("described", DESCRIBED)
@pytest.mark.parametrize("dash", DASHES)
def test_a_name_set_off_by_dashes_after_its_description_denies_as_set_off_by_commas(dash, described, dismissal):
    subject, label = described
    text = subject.format(d=dash) + dismissal
    assert deniers("en", text) == [label], text
    assert deniers("en", subject.format(d=", ") + dismissal) == [label]  # as with commas


def test_a_dateline_before_a_dashed_name_is_no_description() -> None:
    # (guard) 'KESSEL - Lev Arno - said ...': capitals before the dash, no description named (nothing read, as before)
    assert deniers("en", "OSTRAVA - Lev Arno - said the reports were baseless.") == []


@pytest.mark.parametrize("place", ["Ostrava", "Kessel City"])
def test_a_place_and_an_agency_set_off_by_dashes_are_a_dateline_not_the_denier(place) -> None:
    # (guard) 'Jerusalem - Meridian Wire - The Kessel Brigade denied ...': the agency is the dateline's, the brigade denies
    assert deniers("en", f"{place} - Meridian Wire - The Kessel Brigade denied the reports.") == ["Kessel Brigade"]


# --- a passive denial issued in a writing: its issuer denies -----------------------------------------------------------


@pytest.mark.parametrize("verb", ["rebutted", "denied", "rejected", "refuted", "dismissed"])
@pytest.mark.parametrize("prep", ["through", "in", "via"])
@pytest.mark.parametrize(
    "writing", ["a statement released", "a statement issued", "a press release issued", "a letter published"]
)
def test_a_passive_denial_in_a_writing_is_its_issuers(verb, prep, writing) -> None:
    # 'The reports of fighting were rebutted through a statement released by X on Saturday': X denies
    text = f"The reports of fighting in Ostrava were {verb} {prep} {writing} by the Kessel Brigade on Saturday."
    assert deniers("en", text) == ["Kessel Brigade"], text


def test_a_plan_approved_in_a_writing_is_no_denial() -> None:
    # (guard) no verb of denying, no denial
    assert deniers("en", "The plan was approved in a statement issued by the Kessel Brigade.") == []


# --- what was said, found (to be) exaggerated or misleading ------------------------------------------------------------

FOUND = [
    "have been found as grossly exaggerated and misleading",
    "have been found exaggerated",
    "were found to be misleading",
    "were proven to be wrong",
    "have been shown to be baseless",
    "are misleading",
    "were exaggerated",
]


@pytest.mark.parametrize("said_word", ["reports", "claims", "allegations"])
@pytest.mark.parametrize("found", FOUND)
def test_what_was_said_found_exaggerated_or_misleading_is_a_denial(said_word, found) -> None:
    text = f"The Kessel Brigade said that after checks on the ground, these {said_word} {found}."
    assert deniers("en", text) == ["Kessel Brigade"], text


@pytest.mark.parametrize("found", ["were found in a car", "have been found on the road", "were shown to the envoy"])
def test_reports_found_somewhere_are_no_denial(found) -> None:
    # (guard) 'the reports were found in a car': found, not found false
    assert deniers("en", f"The Kessel Brigade said the reports {found}.") == []


# --- a misperception about what was reported ---------------------------------------------------------------------------

MISPERCEPTIONS = [
    "A misperception about the alleged presence of fighters in Ostrava has been created on social media",
    "The misconception that our fighters withdrew is being spread",
    "Misperceptions regarding our positions are circulating",
    "A misconception surrounding the raid has been created",
]


@pytest.mark.parametrize("words", MISPERCEPTIONS)
@pytest.mark.parametrize("tag", ["the statement said", "the brigade said", "Lev Arno said"])
def test_a_misperception_about_what_was_reported_is_a_denial(words, tag) -> None:
    text = f"\u201cDuring the past few days, {words[0].lower()}{words[1:]},\u201d {tag}."
    assert "denial" in kinds("The Kessel Brigade issued a statement on Saturday.", text), text


def test_a_misperception_with_nothing_after_it_is_no_denial() -> None:
    # (guard) 'misperception' alone, about nothing said, denies nothing
    assert kinds("\u201cThere is a misperception,\u201d Lev Arno said.") == ["quote"]


# --- a participle of restating after its own subject's name ------------------------------------------------------------

RESTATING = ["reiterating", "asserting", "affirming"]
OCCASIONS = ["in the wake of army chief Lev Arno {v} on Thursday", "after Lev Arno {v}", "days after Lev Arno {v}"]
NOT_SO = [
    "the brigade never attacked the town",
    "the brigade did not attack the town",
    "the brigade had no role in the raid",
]


@pytest.mark.parametrize("not_so", NOT_SO)
@pytest.mark.parametrize("occasion", OCCASIONS)
@pytest.mark.parametrize("verb", RESTATING)
def test_a_name_then_a_participle_of_restating_denies_as_said_does(verb, occasion, not_so) -> None:
    # 'The statement comes in the wake of Lev Arno reiterating on Thursday that there is no support ...': Arno denies
    text = f"The statement comes {occasion.format(v=verb)} that {not_so}."
    assert deniers("en", text) == ["Lev Arno"], text


def test_a_name_then_a_participle_of_restating_a_plain_claim_is_no_denial() -> None:
    # (guard) restating what is so denies nothing
    assert deniers("en", "The statement came after Lev Arno reiterating that the brigade would hold the town.") == []


# --- 'X, spokesman for Prime Minister Y, said': the spokesman speaks ---------------------------------------------------

OFFICES = ["spokesman for", "a spokesman for", "adviser to", "an aide to", "spokeswoman of"]
SERVED = ["Prime Minister Karl Brenn", "President Karl Brenn", "Foreign Minister Karl Brenn"]


@pytest.mark.parametrize("served", SERVED)
@pytest.mark.parametrize("office", OFFICES)
@pytest.mark.parametrize("lead", ["", "But "])
def test_the_person_an_office_serves_is_not_its_holder(lead, office, served) -> None:
    text = f"{lead}Lev Arno, {office} {served}, denied the reports of fighting."
    assert deniers("en", text) == ["Lev Arno"], text
    quoted = f"\u201cWe saw no fighting,\u201d Lev Arno, {office} {served}, said."
    assert [s for _, s in quotes(quoted)] == ["Lev Arno"], quoted


def test_a_title_before_a_name_after_an_office_still_names_its_holder() -> None:
    # (guard) 'official spokesman of the brigade and newly-elected MP Karim Sayegh said': Sayegh speaks
    text = "Official spokesman of the brigade (KB) and newly-elected MP Karim Sayegh denied the reports."
    assert deniers("en", text) == ["Karim Sayegh"]


# --- a statement's own first person calling the news false: its publisher's denial -------------------------------------

OWN_FALSE = [
    "the Kessel state is publishing false and fabricated news about our forces",
    "the Kessel ministry has spread fake reports about our fighters",
    "our people should be aware of this false and fabricated news published by the Kessel state",
    "we warn against the baseless claims spread about our positions",
]


@pytest.mark.parametrize("lead", ["", "Besides its recent attacks on Ostrava, ", "Therefore, "])
@pytest.mark.parametrize("words", OWN_FALSE)
def test_news_called_false_in_a_statements_own_first_person_is_its_publishers_denial(lead, words) -> None:
    sentence = (lead + words)[0].upper() + (lead + words)[1:] + "."
    assert said("en", sentence)[:1] == [("denial", "the publisher", sentence)], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kessel state is publishing false and fabricated news about the brigade.",  # no first person
        "Our correspondent saw the crossing closed on Monday.",  # first person, nothing called false
    ],
)
def test_own_voice_needs_both_the_first_person_and_the_news_called_false(sentence) -> None:
    assert [k for k, _, _ in said("en", sentence)] == [], sentence
