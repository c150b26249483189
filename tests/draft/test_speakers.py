"""Who said each quotation: the attribution patterns, pronouns, surnames and descriptions, on made-up text."""

from __future__ import annotations

import pytest

from generator.draft.names import Known, NameIndex
from tests.draft.conftest import quotes, reader, said


def test_attribution_after_the_quotation_both_word_orders():
    assert quotes("\u201cThe gate stays shut,\u201d Colonel Petra Lind said.") == [
        ("The gate stays shut,", "Petra Lind")
    ]
    assert quotes('"It is baseless," said Marek Halden, a spokesman for the ministry.') == [
        ("It is baseless,", "Marek Halden")
    ]


def test_attribution_before_the_quotation():
    assert quotes("Interior Minister Ilse Marrow stated: \u201cOur borders are secure.\u201d") == [
        ("Our borders are secure.", "Ilse Marrow")
    ]
    assert quotes(
        "Al-Hadi said in a statement that \u201cthe fighters have settled\u201d, adding that "
        "\u201cthis is a violation\u201d."
    )[1] == ("this is a violation", "Al-Hadi")


def test_a_quotation_continued_in_the_next_sentence_and_the_next_paragraph():
    assert quotes("\u201cWe hid,\u201d said Anna Brel. \u201cNobody told us.\u201d") == [
        ("We hid,", "Anna Brel"),
        ("Nobody told us.", "Anna Brel"),
    ]
    found = quotes(
        "\u201cI have lived here since 1979,\u201d said Edith Lorn. \u201cThe water came in.",
        "\u201cMy neighbours carried me out.\u201d",
    )
    assert [s for _, s in found] == ["Edith Lorn"] * 3


def test_a_short_next_sentence_that_only_attributes():
    assert quotes("\u201cWe will investigate.\u201d Watout added.") == [("We will investigate.", "Watout")]


def test_pronouns_surnames_and_the_first_namesake():
    found = quotes(
        "Ruslan Teodor sits outside his shop.",
        "\u201cThey paid us,\u201d he says.",
        "His mother, Vera Teodor, remembers it. \u201cA farm!\u201d she says.",
        "Later, Teodor shrugs. \u201cPaused,\u201d he repeats.",
    )
    assert found == [("They paid us,", "Ruslan Teodor"), ("A farm!", "Vera Teodor"), ("Paused,", "Ruslan Teodor")]


def test_descriptions_and_what_refers_back_to_them():
    found = quotes(
        "In contrast, a source in the ministry, who asked not to be named, denied the report, describing it as "
        "\u201cfalse\u201d.",
        "The source said that \u201cthe crossings are controlled,\u201d and he added that \u201cnothing changed.\u201d",
    )
    assert {s for _, s in found} == {"a source in the ministry"}
    group = quotes("The Grey Banner Brigade did not respond.", 'Later, the group said it had "no fighters there".')
    assert group == [("no fighters there", "Grey Banner Brigade")]


def test_a_name_on_record_is_that_record_and_descriptions_match_it_too():
    index = NameIndex()
    index.add(
        "Velorian interior ministry",
        Known("velorian-interior-ministry", "actor", "ministry", "Velorian interior ministry"),
    )
    index.add("Dario Venn", Known("dario-venn", "actor", "person", "Dario Venn"))
    index.add("Venn", Known("dario-venn", "actor", "person", "Dario Venn"))
    found = quotes(
        "In 2022 the interior ministry described them as \u201ca manageable group\u201d.",
        "\u201cPeople deserve the truth,\u201d Venn said.",
        index=index,
    )
    assert found == [("a manageable group", "Velorian interior ministry"), ("People deserve the truth,", "Dario Venn")]
    r = reader("\u201cPeople deserve the truth,\u201d Venn said.", index=index)
    assert r.readings[0].quotes[0].speaker.entity.known.id == "dario-venn"


def test_scare_quotes_with_no_speaker_stay_unattributed():
    assert quotes("The so-called \u201cpeace convoy\u201d left at dawn.") == [("peace convoy", None)]
    assert quotes("They are listed on a \u201cterrorism\u201d watchlist.") == [("terrorism", None)]


def test_relative_clauses_and_appositives_are_stepped_over():
    found = quotes(
        "Abdul Rahman Al-Jazairi, a senior figure in the State of Law Coalition, led by former Prime "
        "Minister Nouri Al-Maliki, described the situation as \u201cdangerous\u201d."
    )
    assert found == [("dangerous", "Abdul Rahman Al-Jazairi")]
    found = quotes("Petr Hal, the town\u2019s mayor since 2019, who was re-elected in May, says \u201cno\u201d.")
    assert found == [("no", "Petr Hal")]


def test_only_a_sentence_of_quotation_continues_the_speaker_before_it():
    found = quotes(
        "\u201cWe tried,\u201d said Odile Varn. The port checked its books. Officials called it a "
        "\u201cmisunderstanding\u201d."
    )
    # not Varn's: 'called it a "..."' makes the officials its speakers
    assert found == [("We tried,", "Odile Varn"), ("misunderstanding", "officials")]
    found = quotes(
        "\u201cWe tried,\u201d said Odile Varn. The port checked its books. It was a \u201cmisunderstanding\u201d."
    )
    assert found == [("We tried,", "Odile Varn"), ("misunderstanding", None)]


def test_a_quotation_without_a_verb_is_the_one_name_before_it_in_the_paragraph() -> None:
    assert quotes("Speaking to reporters, Lev Arno was blunt. \u201cWe were in the north of the valley.\u201d") == [
        ("We were in the north of the valley.", "Lev Arno")
    ]
    # two names before it: whose words they are is unclear
    assert quotes("Lev Arno met Mira Osk on Monday. \u201cWe were in the north of the valley.\u201d") == [
        ("We were in the north of the valley.", None)
    ]
    # a few words quoted inside a sentence are a phrase, not speech
    assert quotes("Lev Arno was blunt. \u201cA new dawn\u201d is how the brigade sees it.") == [("A new dawn", None)]


def test_a_relative_clause_without_a_comma_is_its_antecedents() -> None:
    # the one named before 'who' speaks, not the clause around it; the body that aired it is 'it' next
    found = quotes(
        "Kessel Brigade fighters held the pass.",
        "The Velorian channel Al Orsk aired a message from a field commander who said the road was "
        "\u201cclosed for good.\u201d",
        "\u201cNo convoy will pass before spring,\u201d it said.",
    )
    assert found == [("closed for good.", "a field commander"), ("No convoy will pass before spring,", "Orsk")]
    # the antecedent is the whole description when no verb or 'from' comes before its article
    found = quotes("A source close to the brigade who said the road was \u201cclosed for good\u201d left early.")
    assert found[0][1] != "the brigade"


def test_a_name_in_an_opening_phrase_is_no_appositive_and_a_title_of_a_portfolio_is_a_title() -> None:
    assert quotes(
        "In a call with Prime Minister Lev Arno, Velorian Minister of Defence Karl Brenn said the plan was "
        "\u201ca step back for the valley.\u201d"
    ) == [("a step back for the valley.", "Karl Brenn")]


def test_voicing_a_stance_brings_the_words_that_follow() -> None:
    assert quotes("Karl Brenn voiced concern that the law would \u201chand the valley to armed groups.\u201d") == [
        ("hand the valley to armed groups.", "Karl Brenn")
    ]
    assert quotes("Karl Brenn expressed concern over the \u201cnew dawn\u201d campaign.") == [("new dawn", None)]


def test_a_rank_after_an_office_of_a_body_leaves_the_name_the_speaker() -> None:
    assert quotes(
        "The spokesman of the Kessel Brigade (KB) Brigadier General Lev Arno said the road was "
        "\u201cclosed for good.\u201d"
    ) == [("closed for good.", "Lev Arno")]


@pytest.mark.parametrize(
    "text",
    [
        "The brigade has fighters in Ostravia, said Lev Arno.",
        "The brigade had fighters in Ostravia, said Lev Arno.",
        "The militia's men are officers in the police, said Lev Arno.",
    ],
)
def test_a_clause_with_has_or_is_before_said_is_what_is_said_not_its_speaker(text):
    # 'The brigade has fighters in Ostravia, said X': 'has' before the head noun makes the words a clause (a subject
    # and its verb), not a description of someone speaking, whatever its head noun
    assert [(kind, speaker) for kind, speaker, _ in said("en", text)] == [("reported", "Lev Arno")]
