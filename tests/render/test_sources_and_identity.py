"""Pages for issue 18: translations beside quotations, archived copies, who reported a claim, a claim's
status history, identifiers and "not the same as" decisions, and claims about the groups a group belongs to."""

from __future__ import annotations

import hashlib

import pytest

from generator.render import render_pages
from tests.render.kit import ARCHIVE, TEMPLATES, cite, corpus_of, lantern_records, record

ARABIC = """حرس ساحل الفانوس يتحرك شمالا

قال مسؤول في الميناء إن الحرس استولى على مبنى الجمارك."""

SECOND = """Customs house seized, official says

A harbour official said the Watch had seized the customs house."""

QUOTE_AR = "قال مسؤول في الميناء إن الحرس استولى على مبنى الجمارك."
TRANSLATION = "A harbour official said that the Watch had seized the customs house."


def _source(record_id: str, title: str, publisher: str, language: str, text: str, **fields) -> object:
    return record(
        "source",
        record_id,
        title=title,
        publisher=publisher,
        language=language,
        published="2030-05",
        archive=f"seeds/{record_id}.txt",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        **fields,
    )


def _corpus(**overrides: dict):
    extra = [
        _source(
            "fanous-daily",
            "حرس ساحل الفانوس يتحرك شمالا",
            "Fanous Daily",
            "ar",
            ARABIC,
            archive_url="https://web.archive.org/web/20300516000000/https://fanous.example/7",
            retrieved="2030-05-16",
        ),
        _source("lantern-gazette-2", "Customs house seized, official says", "Lantern Gazette", "en", SECOND),
        record(
            "group",
            "coast-guard-league",
            name="Coast Guard League",
            kind="coalition",
            same_as=["Q4115189"],
            citations=[cite("The Lantern Coast Watch, a militia")],
        ),
        record(
            "group",
            "watch-harbour-squad",
            name="Harbour Squad",
            kind="faction",
            relationships=[
                {
                    "type": "member-of",
                    "target": "lantern-coast-watch",
                    "citations": [cite("The Lantern Coast Watch, a militia")],
                }
            ],
            not_same_as=[
                {
                    "record": "coast-guard-league",
                    "reason": "A squad of the Watch, not the coalition.",
                    "citations": [cite("The Lantern Coast Watch, a militia")],
                }
            ],
            citations=[cite("The Lantern Coast Watch, a militia")],
        ),
        record(
            "claim",
            "league-took-harbour",
            summary="A harbour official said the League took the harbour.",
            claimant={"described_as": "a harbour official"},
            date="2030-05-14",
            subjects=["coast-guard-league"],
            citations=[cite("A harbour official said the Watch had seized the customs house.")],
        ),
        record(
            "claim",
            "ministry-says-watch-left",
            summary="The coast ministry said the Watch had left the customs house.",
            claimant={"actor": "coast-ministry"},
            date="2030-05-15",
            subjects=["lantern-coast-watch"],
            differs_from=[
                {"claim": "watch-seized-customs-house", "detail": "who held the customs house (the Watch or no one)"}
            ],
            citations=[cite("The coast ministry denied that the customs house was seized.")],
        ),
        record(
            "claim",
            "squad-guards-pier",
            summary="A harbour official said the Squad guards the pier.",
            claimant={"described_as": "a harbour official"},
            date="2030-05-14",
            subjects=["watch-harbour-squad"],
            citations=[cite("A harbour official said the Watch had seized the customs house.")],
        ),
    ]
    watch = {
        "relationships": [
            {
                "type": "part-of",
                "target": "coast-guard-league",
                "citations": [cite("The Lantern Coast Watch, a militia")],
            }
        ],
        "same_as": ["Q4115189", "NK-LanternWatch01"],
    }
    claim = {
        "citations": [
            cite("A harbour official said the Watch had seized the customs house."),
            {"source": "fanous-daily", "quote": QUOTE_AR, "translation": TRANSLATION},
            cite("A harbour official said the Watch had seized the customs house.", "lantern-gazette-2"),
        ],
        "status_history": [
            {"status": "alleged", "date": "2030-05-14"},
            {"status": "denied", "date": "2030-05-15", "by": "ministry-denies-seizure", "note": "A day later."},
        ],
    }
    extra = [r.model_copy(update=overrides[r.id]) if r.id in overrides else r for r in extra]
    records = lantern_records(**{"lantern-coast-watch": watch, "watch-seized-customs-house": claim, **overrides})
    archives = {"lantern-gazette": ARCHIVE, "fanous-daily": ARABIC, "lantern-gazette-2": SECOND}
    return corpus_of(*records, *extra, archives=archives)


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return render_pages(_corpus(), TEMPLATES)


def section(page: str, heading: str) -> str:
    """The text of one ``## heading`` section of a page."""
    assert f"\n## {heading}\n" in page, f"no section {heading!r}"
    return page.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0].split('\n<div class="fs-search-meta"')[0]


def test_an_arabic_quotation_runs_right_to_left_with_our_translation_beside_it(pages):
    said = section(pages["claim/watch-seized-customs-house.md"], "What the sources say")
    assert (
        '<blockquote class="fs-quote" markdown>\n'
        f'<p class="fs-quote__original" lang="ar" dir="rtl" markdown>{QUOTE_AR}[^2]</p>\n'
        '<p class="fs-translation" lang="en" dir="ltr" markdown><span class="fs-translation__label">'
        f"Translation (ours):</span> “{TRANSLATION}”</p>\n"
        "</blockquote>"
    ) in said
    # English quotations stay plain blockquotes, in quotation marks.
    assert "> “A harbour official said the Watch had seized the customs house.”[^1]" in said


def test_the_footnote_keeps_the_verbatim_quote_and_adds_the_translation(pages):
    note = next(line for line in pages["claim/watch-seized-customs-house.md"].splitlines() if line.startswith("[^2]:"))
    assert f'“<bdi lang="ar" dir="rtl">{QUOTE_AR}</bdi>”' in note
    assert (
        f'<span class="fs-translation" lang="en" dir="ltr"><span class="fs-translation__label">Translation (ours):</span> “{TRANSLATION}”</span>'
        in note
    )


def test_a_translation_is_escaped_like_any_record_text():
    claim = {"citations": [{"source": "fanous-daily", "quote": QUOTE_AR, "translation": "<script>x</script> *y*"}]}
    page = render_pages(_corpus(**{"watch-seized-customs-house": claim}), TEMPLATES)[
        "claim/watch-seized-customs-house.md"
    ]
    assert "<script>" not in page and "&lt;script&gt;x&lt;/script&gt; &#42;y&#42;" in page


def test_the_source_page_shows_the_archived_copy_and_when_it_was_retrieved(pages):
    page = pages["source/fanous-daily.md"]
    assert (
        "| Archived online | [copy at web.archive.org](https://web.archive.org/web/20300516000000/https://fanous.example/7)"
        ", retrieved 16 May 2030 |"
    ) in page
    assert "| Retrieved | 16 May 2030 |" in page
    assert "Archived online" not in pages["source/lantern-gazette.md"]


def test_a_claim_page_lists_its_sources_by_outlet_and_language_with_counts(pages):
    reported = section(pages["claim/watch-seized-customs-house.md"], "Sources reporting it")
    assert "3 sources from 2 outlets, in 2 languages." in reported
    rows = [line for line in reported.splitlines() if line.startswith("| ") and not line.startswith("| Outlet")]
    assert rows == [
        "| Lantern Gazette | English | 2 | [Lantern Coast militia moves north](../source/lantern-gazette.md), May 2030"
        "<br>[Customs house seized, official says](../source/lantern-gazette-2.md), May 2030 |",
        "| Fanous Daily | Arabic | 1 | [حرس ساحل الفانوس يتحرك شمالا](../source/fanous-daily.md), May 2030 |",
    ]


def test_a_claim_page_shows_its_status_history_as_a_timeline(pages):
    history = section(pages["claim/watch-seized-customs-house.md"], "Status history")
    items = [line for line in history.splitlines() if line.startswith("- ")]
    assert items == [
        '- 14 May 2030: <span class="fs-status fs-status--alleged">alleged</span>[^1][^2][^3]',
        '- 15 May 2030: <span class="fs-status fs-status--denied">denied</span> by [Coast Ministry](../actor/coast-ministry.md)'
        " ([the denial](../denial/ministry-denies-seizure.md))[^4]. A day later.",
    ]


def test_identifiers_link_to_wikidata_and_opensanctions(pages):
    page = pages["group/lantern-coast-watch.md"]
    assert (
        "| Identifiers | [Wikidata Q4115189](https://www.wikidata.org/wiki/Q4115189), "
        "[OpenSanctions NK-LanternWatch01](https://www.opensanctions.org/entities/NK-LanternWatch01/) |"
    ) in page


def test_not_same_as_shows_on_both_records_with_its_reason(pages):
    own = section(pages["group/watch-harbour-squad.md"], "Not the same as")
    assert (
        "- Not the same as [Coast Guard League](coast-guard-league.md): A squad of the Watch, not the coalition.[^"
        in own
    )
    other = section(pages["group/coast-guard-league.md"], "Not the same as")
    assert (
        "- Not the same as [Harbour Squad](watch-harbour-squad.md): A squad of the Watch, not the coalition.[^" in other
    )
    assert "Not the same as" not in pages["group/lantern-coast-watch.md"]


def test_a_group_page_shows_claims_about_the_groups_it_belongs_to_and_its_members(pages):
    page = pages["group/lantern-coast-watch.md"]
    parent = section(page, "Claims about Coast Guard League, which Lantern Coast Watch belongs to")
    assert "[A harbour official said the League took the harbour.](../claim/league-took-harbour.md)" in parent
    member = section(page, "Claims about Harbour Squad, a member of Lantern Coast Watch")
    assert "[A harbour official said the Squad guards the pier.](../claim/squad-guards-pier.md)" in member
    # Its own claims stay in "Claims about it", once.
    assert page.count("(../claim/watch-seized-customs-house.md)") == 1


def test_parents_are_followed_upwards_and_each_claim_is_listed_once(pages):
    page = pages["group/watch-harbour-squad.md"]
    assert "## Claims about Lantern Coast Watch, which Harbour Squad belongs to" in page
    assert "## Claims about Coast Guard League, which Harbour Squad belongs to" in page
    assert page.count("(../claim/league-took-harbour.md)") == 1


def test_the_larger_body_lists_claims_about_its_parts_and_has_no_parents(pages):
    assert "which Coast Guard League belongs to" not in pages["group/coast-guard-league.md"]
    assert "## Claims about Lantern Coast Watch, part of Coast Guard League" in pages["group/coast-guard-league.md"]


@pytest.mark.parametrize(
    "record_id",
    [
        "league-took-harbour",
        "squad-guards-pier",
        "watch-harbour-squad",
        "coast-guard-league",
        "fanous-daily",
        "ministry-says-watch-left",
    ],
)
def test_reused_pages_follow_parents_claims_members_and_the_other_sides_decision(tmp_path, record_id):
    from tests.render.test_cache import Renders, _assert_same_as_fresh, _changed, _extras, _text_change

    base = _corpus()
    render = Renders(tmp_path)
    render(base, _extras(base))
    changed = _changed(base, record_id, **_text_change(base.records[record_id]))
    _assert_same_as_fresh(render(changed, _extras(changed)), changed, _extras(changed))


def test_a_page_is_rendered_again_when_a_group_leaves_its_parent(tmp_path):
    from tests.render.test_cache import Renders, _assert_same_as_fresh, _changed, _extras

    base = _corpus()
    render = Renders(tmp_path)
    render(base, _extras(base))
    changed = _changed(base, "lantern-coast-watch", relationships=[])
    pages = render(changed, _extras(changed))
    _assert_same_as_fresh(pages, changed, _extras(changed))
    assert "which Harbour Squad belongs to" in pages["group/watch-harbour-squad.md"]
    assert "Coast Guard League, which Harbour Squad" not in pages["group/watch-harbour-squad.md"]


def test_accounts_that_differ_show_on_both_claims_with_what_differs(pages):
    own = section(pages["claim/ministry-says-watch-left.md"], "Accounts differ")
    assert own.strip().startswith(
        "- On who held the customs house (the Watch or no one): "
        "[A harbour official said the Watch had seized the customs house.](watch-seized-customs-house.md)"
        " (a harbour official, 14 May 2030)[^"
    )
    other = section(pages["claim/watch-seized-customs-house.md"], "Accounts differ")
    assert other.strip().startswith(
        "- On who held the customs house (the Watch or no one): "
        "[The coast ministry said the Watch had left the customs house.](ministry-says-watch-left.md)"
        " ([Coast Ministry](../actor/coast-ministry.md), 15 May 2030)[^"
    )
    assert "Accounts differ" not in pages["claim/league-took-harbour.md"]


def test_on_the_seed_every_group_shows_the_claims_about_its_parents_and_members():
    """On the real content: a group page lists every claim about a group it belongs to or that belongs to it."""
    from generator.project import Project
    from generator.validate import check_project
    from tests.render.kit import REPO

    corpus, issues = check_project(Project(REPO))
    assert not [i for i in issues if i.severity == "error"]
    corpus = corpus.published()
    pages = render_pages(corpus, TEMPLATES)
    checked = 0
    for group in corpus.of_type("group"):
        linked = {r.target for r in group.relationships if r.type in ("part-of", "member-of")}
        linked |= {other.id for other, r in corpus.inbound(group.id) if r.type in ("part-of", "member-of")}
        page = pages[f"group/{group.id}.md"]
        for other in linked:
            if corpus.type_of(other) != "group":
                continue
            for claim in corpus.claims_about(other):
                assert f"(../claim/{claim.id}.md)" in page, (group.id, other, claim.id)
                checked += 1
    assert checked > 0


def test_events_and_places_show_identifiers_too():
    corpus = _corpus(**{"watch-moves-north": {"same_as": ["Q4115189"]}, "fennick": {"same_as": ["NK-FennickTown01"]}})
    pages = render_pages(corpus, TEMPLATES)
    assert (
        "| Identifiers | [Wikidata Q4115189](https://www.wikidata.org/wiki/Q4115189) |"
        in pages["event/watch-moves-north.md"]
    )
    place = pages["place/fennick.md"]
    assert (
        "| Identifiers | [OpenSanctions NK-FennickTown01](https://www.opensanctions.org/entities/NK-FennickTown01/) |"
        in place
    )


@pytest.mark.parametrize(
    ("tag", "lang", "direction"),
    [("fa", "fa", "rtl"), ("fa-Arab", "fa", "rtl"), ("ur", "ur", "rtl"), ("fr", "fr", "ltr")],
)
def test_quotations_take_their_sources_language_and_direction(tag, lang, direction):
    source = {"language": tag}
    claim = {"citations": [{"source": "fanous-daily", "quote": QUOTE_AR, "translation": TRANSLATION}]}
    pages = render_pages(_corpus(**{"fanous-daily": source, "watch-seized-customs-house": claim}), TEMPLATES)
    page = pages["claim/watch-seized-customs-house.md"]
    assert f'<p class="fs-quote__original" lang="{lang}" dir="{direction}" markdown>' in page
    assert '<p class="fs-translation" lang="en" dir="ltr" markdown>' in page


def test_an_actor_page_lists_the_claim_statuses_it_changed():
    claim = {
        "claim_status": "corroborated",
        "status_history": [
            {"status": "alleged", "date": "2030-05-14"},
            {
                "status": "corroborated",
                "date": "2030-05-20",
                "by": "oriel-tamsin",
                "citations": [cite("Its commander, Oriel Tamsin, said the move was temporary.")],
            },
        ],
    }
    pages = render_pages(_corpus(**{"watch-seized-customs-house": claim}), TEMPLATES)
    changed = section(pages["actor/oriel-tamsin.md"], "Claim statuses it changed")
    assert changed.strip().startswith(
        '- 20 May 2030: <span class="fs-status fs-status--corroborated">corroborated</span>, '
        "[A harbour official said the Watch had seized the customs house.](../claim/watch-seized-customs-house.md)[^"
    )
    assert "Claim statuses it changed" not in pages["actor/coast-ministry.md"]
