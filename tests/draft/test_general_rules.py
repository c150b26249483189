"""General rules of how English news attributes speech and reports denials (issue 17), on made-up sentences.

Each test is one rule that holds across outlets: one denial per denier per source, datelines, offices named
later, what 'it' refers to, a state speaking through its officials. The names are fictional.
"""

from __future__ import annotations

from generator.draft.build import Builder
from generator.draft.names import Known, NameIndex
from generator.model.archive import ArchivedText
from tests.draft.conftest import quotes
from tests.draft.test_real_patterns import analyse, said


def drafts(*paragraphs: str, index: NameIndex | None = None) -> list[dict]:
    """The claim and denial records drafted from 'Title' plus ``paragraphs``, as the builder writes them."""
    index = index or NameIndex()
    text = "\n\n".join(("Title", *paragraphs)) + "\n"
    analysis = analyse("en", *paragraphs, index=index)
    builder = Builder("src", ArchivedText(text), index, set())
    builder.plan_entities(
        analysis.entities,
        [u.speaker for u in analysis.units],
        analysis.descriptors,
        analysis.leaderships,
        analysis.first_sentence,
    )
    for unit in analysis.units:
        builder.add_unit(unit, analysis.mentioned.get(id(unit), []))
    return [{"type": d.type, **d.data} for d in builder.drafts if d.type in ("claim", "denial")]


def _veloria() -> NameIndex:
    index = NameIndex()
    index.add("Veloria", Known("veloria", "place", "country", "Veloria"))
    return index


def test_one_denial_per_denier_per_source_citing_each_place():
    found = drafts(
        "The Kessel Brigade denied any role in the raid on the depot.",
        "Residents said the town was quiet.",
        "In a second statement, the Kessel Brigade rejected the accusations of the governor.",
    )
    denials = [d for d in found if d["type"] == "denial"]
    assert len(denials) == 1
    assert [c["paragraph"] for c in denials[0]["citations"]] == [2, 4]
    assert denials[0]["denied"] == "any role in the raid on the depot; the accusations of the governor"


def test_different_deniers_keep_their_own_denials():
    found = drafts(
        "The Kessel Brigade denied any role in the raid.",
        "The Dornmark Front also denied any role in the raid.",
    )
    assert [d["denier"] for d in found if d["type"] == "denial"] == [
        {"actor": "kessel-brigade"},
        {"actor": "dornmark-front"},
    ]


def test_a_dateline_is_not_the_subject():
    units = said("en", "VELGRAD, Mar. 03 (MWA) \u2013 The Kessel Brigade has denied any role in the raid.")
    assert [(k, s) for k, s, _ in units] == [("denial", "Kessel Brigade")]
    units = said("en", "Velgrad, VNA-Veloria has categorically denied the reports of a raid.", index=_veloria())
    assert [(k, s) for k, s, _ in units] == [("denial", "Veloria")]
    units = said("en", "BAGHDAD (Reuters) - The Kessel Brigade said on Friday it would withdraw.")
    assert [(k, s) for k, s, _ in units] == [("reported", "Kessel Brigade")]


def test_an_office_is_the_person_the_article_names_in_it():
    units = said(
        "en",
        "Velorian Interior Ministry spokesman has dismissed the reports as baseless.",
        "In a statement, Velorian Interior Ministry spokesman Lev Arno said the border was closed.",
        "The spokesman of the Velorian Interior Ministry noted that the crossing would reopen.",
    )
    assert [s for _, s, _ in units] == ["Lev Arno", "Lev Arno", "Lev Arno"]


def test_an_unnamed_source_or_a_second_holder_stays_unnamed():
    units = said(
        "en",
        "Interior Ministry spokesman Lev Arno said the border was closed.",
        "A ministry official said the crossing would reopen.",
    )
    assert [s for _, s, _ in units] == ["Lev Arno", "a ministry official"]
    units = said(
        "en",
        "Army spokesman Lev Arno said the border was closed.",
        "Police spokesman Dario Venn said the road was open.",
        "The spokesman said the town was calm.",
    )
    assert units[2][1] != "Lev Arno"


def test_it_is_the_body_that_spoke_last_even_one_of_unknown_kind():
    found = quotes(
        "Meanwhile, Zarnuk said in a statement that the talks had failed.",
        "\u201cThe road stays open,\u201d it added.",
    )
    assert found == [("The road stays open,", "Zarnuk")]


def test_an_official_repeating_a_states_denial_is_no_second_denial():
    found = drafts(
        "On Saturday, Veloria denied a report that it had sent rockets to the Kessel Brigade.",
        "\u201cThe report is an unfounded lie,\u201d Velorian Foreign Ministry spokesman Lev Arno said.",
        index=_veloria(),
    )
    assert [(d["type"], d.get("denier") or d.get("claimant")) for d in found] == [
        ("denial", {"described_as": "Veloria"}),
        ("claim", {"actor": "lev-arno"}),
    ]
