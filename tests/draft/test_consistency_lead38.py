"""Round 38's rules from the fresh development articles, on made-up sentences: nobody did the violent act told ('No
one had shot at X, he insisted'); words set before their speaker that answer another's statements ('..., said X,
responding to statements of ...'); arms given or got denied ('did not receive heavy arms from'); in Persian a claim
called a propaganda claim ('یک ادعای تبلیغاتی است')."""

from __future__ import annotations

import pytest

from tests.draft.conftest import denied, said, speakers

# --- English: nobody did it ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Brigade spokesman Lev Arno denied any such attempt. No one had shot at Dara Venn, he insisted.",),
        ("Brigade spokesman Lev Arno spoke on Monday. Nobody had fired on the convoy, he said.",),
        ("Brigade spokesman Lev Arno said no one opened fire on the protesters.",),
        ("Brigade spokesman Lev Arno said nobody had attacked the checkpoint.",),
        ('"No one shot at him," Brigade spokesman Lev Arno said.',),
    ],
)
def test_nobody_did_the_violent_act_is_a_denial(paragraphs: tuple[str, ...]) -> None:
    assert speakers("en", *paragraphs)[-1] == ("denial", "Lev Arno")


@pytest.mark.parametrize(
    "text",
    [
        "Brigade spokesman Lev Arno said no one was hurt in the blast.",
        "Brigade spokesman Lev Arno said no one knows who fired at the convoy.",
        "Brigade spokesman Lev Arno said no one claimed the attack.",
    ],
)
def test_nobody_hurt_or_knowing_is_no_denial(text: str) -> None:
    assert speakers("en", text) == [("reported", "Lev Arno")]


def test_what_nobody_did_is_denied_as_done_by_someone() -> None:
    assert denied("en", "No one had shot at Dara Venn, Lev Arno insisted.") == ["someone had shot at Dara Venn"]
    assert denied("en", "Lev Arno said nobody opened fire on the convoy.") == ["someone opened fire on the convoy"]


# --- English: an answer to another's statements, named after the tag ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Kessel Front fighters did not get any arms from the region, said the chief of the Valdorian region’s "
            "presidential cabinet on Sunday, responding to statements of the army’s chief of staff.",
            "the chief of the Valdorian region’s presidential cabinet",
        ),
        (
            "The Kessel Front fighters did not get any arms from the region, said Lev Arno on Sunday, responding to "
            "statements of the army’s chief of staff.",
            "Lev Arno",
        ),
        (
            "The Kessel Front fighters did not get any arms from the region, Lev Arno said on Sunday, in response to "
            "a report by the army.",
            "Lev Arno",
        ),
        (
            "Lev Arno, responding to statements of the army’s chief of staff, said the Kessel Front fighters did not "
            "get any arms from the region.",
            "Lev Arno",
        ),
        (
            "Lev Arno, responding to remarks by the army chief, said the Kessel Front fighters did not get any arms "
            "from the region.",
            "Lev Arno",
        ),
    ],
)
def test_words_that_answer_statements_and_say_it_is_not_so_deny(text: str, speaker: str) -> None:
    assert speakers("en", text) == [("denial", speaker)]


@pytest.mark.parametrize(
    "text",
    [
        # (not yet, questions, a refusal to comment, or nothing said not to be so)
        "The Kessel Front fighters had not yet received the aid, said Lev Arno, responding to statements of the "
        "army chief.",
        "The Kessel Front fighters did not attend the talks, said Lev Arno, responding to questions from reporters.",
        "Lev Arno, responding to remarks by the army chief, said the brigade would not comment.",
        "The talks went well, said Lev Arno on Sunday, responding to statements of the army chief.",
        # (a negation in the subject's own clause, the subject opening the paragraph: no words set before it)
        "Lev Arno, who did not attend, said on Sunday, responding to statements of the army chief, that the talks "
        "had failed.",
    ],
)
def test_an_answer_that_says_nothing_is_not_so_is_no_denial(text: str) -> None:
    assert speakers("en", text) == [("reported", "Lev Arno")]


# --- English: arms given or got --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno said the Kessel Front fighters did not get any arms from the region.",
        '"The Kessel Front did not receive heavy arms from Valdoria," Lev Arno emphasized.',
        "Lev Arno said the brigade never provided weapons to the militia.",
        "Lev Arno said the region had not provided support of any kind to the Kessel fighters.",
    ],
)
def test_arms_given_or_got_denied_is_a_denial(text: str) -> None:
    assert speakers("en", text) == [("denial", "Lev Arno")]


def test_help_not_got_is_a_complaint_not_a_denial() -> None:
    text = "Lev Arno said the displaced families did not get any help from the state."
    assert speakers("en", text) == [("reported", "Lev Arno")]


# --- Persian: a propaganda claim -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "پیشتر نیز «دارا ونی» دبیر شورای امنیت کسل اعلام کرده بود ادعای حضور مستشاران کسل در والدوریا یک ادعای "
        "تبلیغاتی بزرگ است.",
        "دارا ونی گفت این گزارش یک ادعای تبلیغاتی است.",
        "دارا ونی گفت این خبر ادعایی تبلیغاتی بوده است.",
    ],
)
def test_a_claim_called_a_propaganda_claim_is_denied(text: str) -> None:
    assert [kind for kind, _, _ in said("fa", text)] == ["denial"]


@pytest.mark.parametrize(
    "text",
    [
        "دارا ونی گفت ستاد تبلیغات کسل بیانیه‌ای منتشر کرد.",
        "دارا ونی گفت گزارش ستاد تبلیغاتی کسل منتشر شده است.",
    ],
)
def test_a_propaganda_office_is_no_denial(text: str) -> None:
    assert [kind for kind, _, _ in said("fa", text)] == ["reported"]
