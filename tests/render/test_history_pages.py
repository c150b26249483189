"""A record's History section, the corrections log, who reviewed a record, and the methodology page."""

from __future__ import annotations

from typing import get_args

from generator.changelog import Correction, HistoryEntry, Worded
from generator.model.vocab import AliasKind, ClaimStatus
from generator.render import render_pages
from generator.render.methodology import ALIAS_KIND_MEANINGS, CLAIM_STATUS_MEANINGS
from generator.render.site_extras import Editorial, SiteExtras, editorial_settings
from tests.render.kit import TEMPLATES, corpus_of, lantern_corpus
from tests.render.test_cache import Renders

ADDED = HistoryEntry("2031-01-02T10:00:00+00:00", "a" * 40, "added", (), "Add the Lantern Coast records")
STATUS = HistoryEntry(
    "2031-02-03T10:00:00+00:00",
    "b" * 40,
    "modified",
    (Worded("claim status changed from alleged to denied", "alleged", "denied"),),
    "Record the ministry's denial",
)
CORRECTED = HistoryEntry(
    "2031-03-04T10:00:00+00:00",
    "c" * 40,
    "modified",
    (Worded("quotation corrected (Lantern Gazette)", "the Watch had seized", "A harbour official said <b>so</b>"),),
    "Quote the official in full",
    ("the quotation left out *who* said it",),
)


def claim_id(corpus) -> str:
    return corpus.of_type("claim")[0].id


def extras_for(corpus, **more) -> SiteExtras:
    cid = claim_id(corpus)
    history = {cid: (CORRECTED, STATUS, ADDED)}
    corrections = (
        Correction(
            cid, CORRECTED.date, CORRECTED.commit, CORRECTED.corrections[0], CORRECTED.changes, CORRECTED.reason
        ),
    )
    return SiteExtras(history=history, corrections=corrections, **more)


def test_a_records_history_lists_its_changes_newest_first_in_readers_words():
    corpus = lantern_corpus()
    page = render_pages(corpus, TEMPLATES, extras=extras_for(corpus))[f"claim/{claim_id(corpus)}.md"]
    section = page[page.index("## History") :]
    lines = [line for line in section.splitlines() if line.startswith("- ")]
    assert len(lines) == 3
    assert (
        "**Correction.** quotation corrected (Lantern Gazette). What was wrong: the quotation left out &#42;who&#42; said it."
        in lines[0]
    )
    assert "Quote the official in full" in lines[0] and '<time datetime="2031-03-04T10:00:00+00:00">' in lines[0]
    assert "claim status changed from alleged to denied." in lines[1] and "Record the ministry&#39;s denial" in lines[1]
    assert "record added." in lines[2]
    assert "[corrections log](../corrections.md)" in section


def test_without_history_there_is_no_section():
    corpus = lantern_corpus()
    pages = render_pages(corpus, TEMPLATES, extras=SiteExtras())
    assert not [path for path, text in pages.items() if "\n## History\n" in text]
    assert "No correction has been made so far." in pages["corrections.md"]


def test_the_corrections_log_says_what_was_wrong_and_what_it_says_now():
    corpus = lantern_corpus()
    page = render_pages(corpus, TEMPLATES, extras=extras_for(corpus))["corrections.md"]
    assert f"](claim/{claim_id(corpus)}.md)" in page
    assert "What was wrong: the quotation left out &#42;who&#42; said it" in page
    assert "- Quotation corrected (Lantern Gazette)." in page
    assert "    - Before: “the Watch had seized”" in page
    assert "    - Now: “A harbour official said &lt;b&gt;so&lt;/b&gt;”" in page


def test_a_reviewed_record_says_by_whom_and_when_as_configured():
    reviewed = {"status": "reviewed", "reviewed_by": "Ann Editor", "reviewed_at": "2031-04-05"}
    corpus = lantern_corpus()
    group = corpus.of_type("group")[0]
    corpus = corpus_of(
        *(r.model_copy(update=reviewed) if r.id == group.id else r for r in corpus),
        archives={k: v.text for k, v in corpus.archives.items()},
    )
    by_name = render_pages(corpus, TEMPLATES, extras=SiteExtras())[f"group/{group.id}.md"]
    assert "Reviewed by Ann Editor on 5 April 2031" in by_name
    roles = Editorial(review_credit="role", reviewer_roles={"Ann Editor": "the senior editor"})
    by_role = render_pages(corpus, TEMPLATES, extras=SiteExtras(editorial=roles))[f"group/{group.id}.md"]
    assert "Reviewed by the senior editor on 5 April 2031" in by_role and "Ann Editor" not in by_role.split("<div")[0]


def test_editorial_settings_from_mkdocs_extra():
    settings = editorial_settings(
        {
            "correction_url": "javascript:alert(1)",
            "correction_email": "fix@example.org",
            "review_credit": "role",
            "reviewer_roles": {"Ann": "editor", "Bo": 3},
        }
    )
    assert settings == Editorial(None, "fix@example.org", "role", {"Ann": "editor"})
    assert settings.reviewer("Ann") == "editor" and settings.reviewer("Cy") == "an editor"
    assert editorial_settings(None) == Editorial()


def test_the_methodology_page_speaks_from_the_model_and_links_the_correction_request():
    assert list(CLAIM_STATUS_MEANINGS) == list(get_args(ClaimStatus))
    assert list(ALIAS_KIND_MEANINGS) == list(get_args(AliasKind))
    corpus = lantern_corpus()
    editorial = Editorial(
        correction_url="https://issues.example/new?label=correction&x=1", correction_email="fix@example.org"
    )
    page = render_pages(corpus, TEMPLATES, extras=SiteExtras(editorial=editorial))["methodology.md"]
    for status in get_args(ClaimStatus):
        assert f"fs-status--{status}" in page
    for heading in (
        "## Sources and archiving",
        "## Claims and their status",
        "## Dates with honest precision",
        "## Names in other scripts",
        "## What review means",
        "## How to ask for a correction",
    ):
        assert heading in page
    assert "[ask for a correction](https://issues.example/new?label=correction&x=1)" in page
    assert "fix@example.org" in page


def test_history_is_a_tracked_input_of_each_record_page_only(tmp_path):
    corpus = lantern_corpus()
    first = extras_for(corpus)
    render = Renders(tmp_path)
    render(corpus, first)
    cid = claim_id(corpus)
    later = HistoryEntry("2031-05-06T10:00:00+00:00", "d" * 40, "modified", (Worded("date changed"),), "Fix the date")
    second = SiteExtras(history={cid: (later, *first.history[cid])}, corrections=first.corrections)
    pages = render(corpus, second)
    assert render.last is not None and render.last.rendered_paths == {f"claim/{cid}.md"}
    assert "date changed. <span" in pages[f"claim/{cid}.md"]
    third = SiteExtras(history=second.history, corrections=())
    pages = render(corpus, third)
    assert render.last.rendered_paths == {"corrections.md"}


def test_a_reviewed_record_says_by_whom_and_when_in_the_exports(base_project):
    import csv
    import io
    import json

    from generator.export import EXPORTERS
    from generator.validate import check_project

    path = base_project.content_dir / "group" / "sable-harbour-guard.yaml"
    path.write_text(path.read_text() + "status: reviewed\nreviewed_by: Ann Editor\nreviewed_at: 2031-04-05\n")
    corpus, issues = check_project(base_project)
    assert [i.text() for i in issues if i.severity == "error"] == []
    records = json.loads(EXPORTERS["json"](base_project).export(corpus))["records"]
    group = next(r for r in records if r["id"] == "sable-harbour-guard")
    assert (group["status"], group["reviewed_by"], group["reviewed_at"]) == ("reviewed", "Ann Editor", "2031-04-05")
    table = EXPORTERS["csv"](base_project).files(corpus)["group.csv"]
    row = next(csv.DictReader(io.StringIO(table)))
    assert (row["reviewed_by"], row["reviewed_at"]) == ("Ann Editor", "2031-04-05")
