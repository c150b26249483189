"""Verbs of saying: forms, complements, passives, and participles that share a subject."""

from __future__ import annotations

from generator.draft.verbs import find_verbs


def words(sentence: str) -> list[tuple[str, str, str | None]]:
    return [(v.word, v.form, v.denial) for v in find_verbs(sentence, 0)]


def test_finite_participle_and_according_to():
    assert words("Al-Zurfi accused the authorities of harbouring them, adding that they stayed.") == [
        ("accused", "finite", None),
        ("adding", "participle", None),
    ]
    assert words("The programme was never funded, according to Mila Orsk.") == [("according to", "according", None)]


def test_denials_and_acknowledgements():
    assert words("The ministry acknowledged the delay but denied hiding it.") == [
        ("acknowledged", "finite", "acknowledged"),
        ("denied", "finite", "denied"),
    ]


def test_verbs_that_need_their_complement_and_nouns_that_look_like_verbs():
    assert words("The group called for calm.") == [("called", "finite", None)]
    assert words("A group called the Sons of Kessel met.") == []
    assert words("Lawmakers will verify the claims and the reports.") == []
    assert words("The fighting continued for hours.") == []
    assert words("The war continued: nobody stopped it.") == [("continued", "finite", None)]


def test_passives_and_nouns_are_not_speech():
    assert words("He was told to leave, and it has been accused of lying.") == []
    assert words("It issued a warning.") == []
