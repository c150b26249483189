"""What the text says people and bodies are: roles with the span that states them, and 'led by'."""

from __future__ import annotations

from generator.draft.descriptors import describe
from tests.draft.conftest import reader


def found(*paragraphs: str):
    r = reader(*paragraphs)
    descriptors, leaderships = describe(r.readings)
    return descriptors, leaderships, r


def test_appositives_before_and_after_a_name_and_titles():
    descriptors, _, r = found(
        "Yasser Watout, a member of the Velorian House of Representatives, spoke. "
        "The head of the Dornmark Provincial Council, Sheikh Nasser al-Obeidi, agreed. "
        "Interior Minister Ilse Marrow did not."
    )
    roles = {(d.entity.name, d.role, d.organization.name if d.organization else None) for d in descriptors}
    assert roles == {
        ("Yasser Watout", "member of the Velorian House of Representatives", "Velorian House of Representatives"),
        ("Nasser al-Obeidi", "head of the Dornmark Provincial Council", "Dornmark Provincial Council"),
        ("Ilse Marrow", "Interior Minister", None),
    }
    text = r.paragraphs[1].text
    spans = {text[d.start : d.end] for d in descriptors}
    assert "Yasser Watout, a member of the Velorian House of Representatives" in spans
    assert "The head of the Dornmark Provincial Council, Sheikh Nasser al-Obeidi" in spans
    assert all(d.membership for d in descriptors if d.entity.name == "Yasser Watout")


def test_former_roles_relative_clauses_ages_and_honorifics():
    descriptors, _, _ = found(
        "Nouri Al-Maliki, the former prime minister, spoke. Anna Brel, 52, who runs a "
        "bakery, listened. Dr. Ivo Sarkis agreed."
    )
    assert [(d.entity.name, d.role, d.former) for d in descriptors] == [("Nouri Al-Maliki", "prime minister", True)]


def test_led_by():
    _, leaderships, r = found(
        "Abdul Rahman Al-Jazairi, a senior figure in the State of Law Coalition, led by former "
        "Prime Minister Nouri Al-Maliki, spoke."
    )
    (lead,) = leaderships
    assert (lead.body.name, lead.leader.name) == ("State of Law Coalition", "Nouri Al-Maliki")
    assert (
        r.paragraphs[1].text[lead.start : lead.end]
        == "State of Law Coalition, led by former Prime Minister Nouri Al-Maliki"
    )


def test_a_title_opening_its_sentence_describes_the_name_after_it_without_an_article():
    descriptors, _, _ = found(
        "Spokesman for the Grey Banner Brigade, Colonel Lev Arno, said the brigade is united. "
        "Veloria, Ostravia and Kessel signed the accord."
    )
    roles = {(d.entity.name, d.role, d.organization.name if d.organization else None) for d in descriptors}
    assert ("Lev Arno", "Spokesman for the Grey Banner Brigade", "Grey Banner Brigade") in roles
    # a list of places is no description, and a title opens only its own sentence
    assert {name for name, _, _ in roles} == {"Lev Arno"}
