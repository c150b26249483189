"""Round 41's lead rules, on made-up sentences, from the fresh development articles: words in marks answered by
saying them ('countered by accusing X of "..."'), a named owner's report or writing with a relative clause of saying
on it, 'states' after a writing, and a side's 'does not back' said again after its denial (Arabic and Persian)."""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, quotation_speakers, said, said_en

# --- English: an act of saying as the means of answering ------------------------------------------------------------


@pytest.mark.parametrize("answered", ["countered", "responded", "replied"])
@pytest.mark.parametrize(
    ("saying", "words"),
    [
        ("accusing certain officials of delivering", "inaccurate reports"),
        ("calling the report", "a pack of lies"),
        ("describing the findings as", "a smear campaign"),
        ("saying the team had written", "biased reports"),
    ],
)
def test_answering_by_saying_is_the_subjects_speech(answered: str, saying: str, words: str) -> None:
    paragraph = f"Lev Arno {answered} by {saying} \u201c{words}\u201d about Kessia."
    assert quotation_speakers("en", EN_LEAD, paragraph) == {words[:10]: {"Lev Arno"}}


@pytest.mark.parametrize(
    "paragraph",
    [
        "Lev Arno, accused by ruling party officials of fraud, called the charge \u201cpolitical.\u201d",
        "The post, backed by leading clerics, was described by Dara Venn as \u201cpolitical.\u201d",
    ],
)
def test_an_agent_after_a_past_form_is_still_no_speaker(paragraph: str) -> None:
    found = quotation_speakers("en", EN_LEAD, paragraph)
    assert "ruling" not in " ".join(n for names in found.values() for n in names)
    assert all("leading" not in n for names in found.values() for n in names)


# --- English: a named owner's report or writing, with a relative clause of saying on it ------------------------------


@pytest.mark.parametrize("writing", ["report", "statement", "letter"])
@pytest.mark.parametrize(
    "frame",
    [
        "Lev Arno spoke in response to Dara Venn\u2019s {w} that states that the \u201cabuse of prisoners\u201d was common.",
        "Lev Arno answered Dara Venn\u2019s {w}, which said that the \u201cabuse of prisoners\u201d was common.",
        "Lev Arno replied to Dara Venn's {w}, which also said the \u201cabuse of prisoners\u201d was common.",
        "Lev Arno replied to a {w} by Dara Venn that said the \u201cabuse of prisoners\u201d was common.",
    ],
)
def test_the_owner_of_a_writing_speaks_through_its_relative_clause(writing: str, frame: str) -> None:
    paragraph = frame.format(w=writing)
    assert quotation_speakers("en", EN_LEAD, paragraph) == {"abuse of p": {"Dara Venn"}}


@pytest.mark.parametrize("verb", ["said", "stated", "states"])
def test_a_named_owners_report_speaks_as_its_statement_does(verb: str) -> None:
    paragraph = f"Dara Venn\u2019s report {verb} that the \u201cabuse of prisoners\u201d was common."
    assert quotation_speakers("en", EN_LEAD, paragraph) == {"abuse of p": {"Dara Venn"}}


@pytest.mark.parametrize(
    "paragraph",
    [
        "Gulf states that back the plan called it \u201ca step forward.\u201d",
        "Member states that signed the pact called it \u201ca step forward.\u201d",
    ],
)
def test_states_the_noun_is_no_verb(paragraph: str) -> None:
    # the plural noun before 'that' leaves 'called' the verb, and no 'states' act beside it
    assert [(kind, words) for kind, _, words in said_en(paragraph)] in ([], [("quote", "a step forward.")])
    assert all(who not in ("Gulf", "Member") for _, who, _ in said_en(paragraph))


# --- Arabic and Persian: a side's 'does not back' said again after its denial ----------------------------------------

DENIED_AR = "نفى وزير الخارجية الكيسلي، لاف أرنو، الثلاثاء، دعم بلاده للمتمردين."


@pytest.mark.parametrize(
    "again",
    [
        "وشدد أرنو على أن كيسلا لا تدعم المتمردين عسكريا.",
        "وقال أرنو إن بلاده لا ترسل مقاتلين إلى المدينة.",
        "وأكد أرنو أن الحكومة لا تسلح المتمردين ولا تمولهم.",
        "وأضاف أرنو: «نحن لا نتدخل في شؤون جيراننا».",
    ],
)
def test_arabic_not_backing_a_side_restates_the_denial(again: str) -> None:
    assert [(kind, who) for kind, who, _ in said("ar", DENIED_AR, again)] == [
        ("denial", "لاف أرنو"),
        ("denial", "لاف أرنو"),
    ]


@pytest.mark.parametrize(
    "plain",
    [
        "وقال أرنو إن الحكومة لا تسمح بذلك.",
        "وقال أرنو إن الوفد لا يزال في المدينة.",
    ],
)
def test_arabic_other_present_negations_restate_nothing(plain: str) -> None:
    assert [kind for kind, _, _ in said("ar", DENIED_AR, plain)] == ["denial", "reported"]


def test_arabic_not_backing_with_no_denial_before_is_a_plain_claim() -> None:
    found = said("ar", "وقال الوزير الكيسلي لاف أرنو إن بلاده لا تدعم السلام الذي تعرضه فينيا.")
    assert [kind for kind, _, _ in found] == ["reported"]


DENIED_FA = "لاو آرنو، وزیر خارجه کسلیا، حمایت کشورش از شورشیان را تکذیب کرد."


@pytest.mark.parametrize(
    "again",
    [
        "آرنو تأکید کرد که کسلیا از شورشیان حمایت نمی\u200cکند.",
        "آرنو گفت کسلیا از شورشیان حمایت نمیکند.",
        "آرنو گفت کسلیا نیرویی به شهر ارسال نمی\u200cکند.",
    ],
)
def test_persian_not_backing_a_side_restates_the_denial(again: str) -> None:
    assert [(kind, who) for kind, who, _ in said("fa", DENIED_FA, again)] == [
        ("denial", "لاو آرنو"),
        ("denial", "لاو آرنو"),
    ]


def test_persian_backing_affirmed_restates_nothing() -> None:
    found = said("fa", DENIED_FA, "آرنو گفت دولت از این طرح حمایت می\u200cکند.")
    assert [kind for kind, _, _ in found] == ["denial", "reported"]
