"""English, round 34 (the lead's reading of the round's fresh development articles): a name's other forms given in
brackets after words of naming ('(also known as KB or Liwa Kessel)') are an aside of the subject, no clause of their
own; a judgement of several words set before the charge it judges ('dismissed as part of a smear campaign allegations
that ...') is no part of what is denied; words in marks that only say how ('"very seriously"') are no one's report.
Made-up names throughout.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import denied, said


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The spokesman for the Kessel Brigade (also known as KB or Liwa Kessel) denied the allegations.",
            "the spokesman for the Kessel Brigade",
        ),
        (
            "The spokesman for the Kessel Brigade (also known as Liwa Kessel) denied the allegations.",
            "the spokesman for the Kessel Brigade",
        ),
        (
            "The spokesman for the Kessel Brigade (known as KB) denied the allegations.",
            "the spokesman for the Kessel Brigade",
        ),
        ("The Kessel Brigade (known locally as the Brigade of the Gate) denied the allegations.", "Kessel Brigade"),
        ("The Kessel Brigade (also called Liwa Kessel) denied the allegations.", "Kessel Brigade"),
        (
            "OSTRA (Kessel News) – The spokesman for the Kessel Brigade (also known as KB) dismissed the allegations that Veloria uses the brigade.",
            "the spokesman for the Kessel Brigade",
        ),
    ],
)
def test_other_names_in_brackets_leave_the_subject_speaking(text, speaker):
    assert [(k, s) for k, s, _ in said("en", text)] == [("denial", speaker)]


@pytest.mark.parametrize(
    "text, what",
    [
        (
            "The spokesman for the Kessel Brigade dismissed as part of a smear campaign allegations that Veloria uses the brigade.",
            "allegations that Veloria uses the brigade",
        ),
        (
            "The spokesman for the Kessel Brigade dismissed as a smear campaign the allegations that Veloria uses the brigade.",
            "the allegations that Veloria uses the brigade",
        ),
        ("Lev Arno rejected as a ploy of the enemy claims of a raid on the camp.", "claims of a raid on the camp"),
        (
            "The ministry dismissed as politically motivated reports that troops had fled.",
            "reports that troops had fled",
        ),
    ],
)
def test_a_judgement_of_several_words_set_first_is_not_denied(text, what):
    assert denied("en", text) == [what]


@pytest.mark.parametrize(
    "text",
    [
        '"The brigade respects the law," the brigade\'s spokesman said on Friday, assuring that they take the Watch\'s accusations "very seriously."',
        '"The brigade respects the law," Lev Arno said, adding that the brigade takes the Watch\'s claims "seriously".',
        'Lev Arno said the brigade had read the Watch\'s report "most carefully".',
    ],
)
def test_words_in_marks_that_only_say_how_are_no_ones_report(text):
    assert all(s not in ("Watch", "the Watch") for _, s, _ in said("en", text))


# A clause an empty 'it' calls untrue is what is denied, never 'it' made the speaker ('Lev Arno was true that ...').
@pytest.mark.parametrize(
    "text, what",
    [
        ("Lev Arno said it was not true that troops had entered the town.", "troops had entered the town"),
        ("Lev Arno said that it was not true that troops had entered the town.", "troops had entered the town"),
        ("The ministry said it is untrue that its troops fled.", "its troops fled"),
        ("The ministry said it wasn't correct that the convoy was hit.", "the convoy was hit"),
    ],
)
def test_a_clause_called_untrue_by_an_empty_it_is_what_is_denied(text, what):
    assert denied("en", text) == [what]
