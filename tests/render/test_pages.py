"""What each page says and links to, rendered from small corpora built in code."""

import json
import re

import pytest

from generator.errors import BuildError
from generator.render import LIST_PAGES, render_pages
from generator.render.pages import EXTRA_PAGES
from tests.render.kit import ARCHIVE, TEMPLATES, cite, corpus_of, lantern_corpus, lantern_records, record


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return render_pages(lantern_corpus(), TEMPLATES)


def body_lines(page: str) -> list[str]:
    """Table data rows and list items: the lines that state something."""
    lines = page.split("\n")
    out = []
    for i, line in enumerate(lines):
        if line.startswith(("- ", "    - ")) or (
            line.startswith("| ")
            and not re.fullmatch(r"\|(-+\|)+", lines[i + 1] if i + 1 < len(lines) else "")
            and not re.fullmatch(r"\|(-+\|)+", line)
        ):
            out.append(line)
    return out


def test_every_record_has_a_page_at_its_type_and_id(pages):
    expected = {
        "index.md",
        *(p.path for p in LIST_PAGES.values()),
        *(p.path for p in EXTRA_PAGES.values()),
        "source/lantern-gazette.md",
        "group/lantern-coast-watch.md",
        "actor/oriel-tamsin.md",
        "actor/coast-ministry.md",
        "place/fennick.md",
        "event/watch-moves-north.md",
        "claim/watch-seized-customs-house.md",
        "denial/ministry-denies-seizure.md",
    }
    assert set(pages) == expected


def test_page_path_does_not_follow_the_name():
    renamed = render_pages(lantern_corpus(**{"lantern-coast-watch": {"name": "Renamed Watch"}}), TEMPLATES)
    assert "# Renamed Watch" in renamed["group/lantern-coast-watch.md"]


@pytest.mark.parametrize(
    "path",
    [
        "group/lantern-coast-watch.md",
        "actor/oriel-tamsin.md",
        "place/fennick.md",
        "event/watch-moves-north.md",
        "claim/watch-seized-customs-house.md",
        "denial/ministry-denies-seizure.md",
    ],
)
def test_every_statement_line_is_footnoted(pages, path):
    # The sources reporting a claim are a list of sources, not a statement: the section is left out.
    lines = body_lines(pages[path].split("## Sources reporting it")[0] + pages[path].partition("## Answered by")[2])
    assert lines
    for line in lines:
        if "distinct source" in line:  # the count is ours, not a statement
            continue
        assert re.search(r"\[\^\d+\]", line), line


def test_footnotes_name_source_quote_paragraph_and_original(pages):
    page = pages["group/lantern-coast-watch.md"]
    refs = set(re.findall(r"\[\^(\d+)\](?!:)", page))
    defs = re.findall(r"^\[\^(\d+)\]: (.*)$", page, re.M)
    assert refs == {n for n, _ in defs} and len(defs) == len({n for n, _ in defs})
    text = dict(defs)["1"]
    assert text.startswith("[Lantern Coast militia moves north](../source/lantern-gazette.md#p-2)")
    assert "“The Lantern Coast Watch, a militia”" in text
    # The original, opened at the quoted words (a text fragment), besides our archived copy.
    assert (
        "[original](https://gazette.example/lantern?id=7&x=1#:~:text=The%20Lantern%20Coast%20Watch%2C%20a%20militia)"
        in text
    )


def test_one_footnote_per_passage_however_often_cited(pages):
    page = pages["group/lantern-coast-watch.md"]
    assert page.count("“moved to Fennick in May 2030”") == 1  # cited by the relationship and the event


def test_infobox_shows_kind_aliases_and_dates(pages):
    page = pages["group/lantern-coast-watch.md"]
    assert "| Kind | militia[^1] |" in page
    assert "| Also known as | the Watch[^2] |" in page
    assert "| Active | May 2030[^1] |" in page


def test_relationships_read_forwards_and_backwards(pages):
    assert "| commanded by | [Oriel Tamsin](../actor/oriel-tamsin.md)" in pages["group/lantern-coast-watch.md"]
    assert "| commands | [Lantern Coast Watch](../group/lantern-coast-watch.md)" in pages["actor/oriel-tamsin.md"]
    assert "| received | [Lantern Coast Watch](../group/lantern-coast-watch.md)" in pages["place/fennick.md"]


def test_claims_about_a_record_show_status_and_denials(pages):
    page = pages["group/lantern-coast-watch.md"]
    row = next(line for line in page.split("\n") if "watch-seized-customs-house.md" in line)
    assert "fs-status--denied" in row and "a harbour official" in row and "14 May 2030" in row
    assert "[The coast ministry denied the customs house was seized.](../denial/ministry-denies-seizure.md)" in row


def test_claim_page(pages):
    page = pages["claim/watch-seized-customs-house.md"]
    assert "| Claimed by | a harbour official[^1] |" in page
    assert "| Date | 14 May 2030[^1] |" in page
    assert "[Lantern Coast Watch](../group/lantern-coast-watch.md), [Fennick](../place/fennick.md)" in page
    assert "| Reported by | 1 distinct source |" in page
    assert "> “A harbour official said the Watch had seized the customs house.”[^1]" in page
    assert (
        "- [Coast Ministry](../actor/coast-ministry.md), 15 May 2030: "
        "[The coast ministry denied the customs house was seized.](../denial/ministry-denies-seizure.md)[^2]" in page
    )
    assert "    - Denied that the customs house was seized[^2]" in page


def test_corroboration_counts_distinct_sources():
    second = record(
        "source",
        "harbour-bulletin",
        title="Bulletin",
        publisher="Harbour Bulletin",
        language="en",
        archive="seeds/b.txt",
        sha256="0" * 64,
    )
    claim_citations = [
        cite("A harbour official said the Watch had seized the customs house."),
        cite("the customs house"),
        cite("seized the customs house", source="harbour-bulletin"),
    ]
    corpus = corpus_of(
        *lantern_records(**{"watch-seized-customs-house": {"citations": claim_citations}}),
        second,
        archives={"lantern-gazette": ARCHIVE, "harbour-bulletin": "They seized the customs house."},
    )
    page = render_pages(corpus, TEMPLATES)["claim/watch-seized-customs-house.md"]
    assert "| Reported by | 2 distinct sources |" in page


def test_claim_by_a_named_actor_links_to_it():
    corpus = lantern_corpus(**{"watch-seized-customs-house": {"claimant": {"actor": "oriel-tamsin"}}})
    pages = render_pages(corpus, TEMPLATES)
    assert (
        "| Claimed by | [Oriel Tamsin](../actor/oriel-tamsin.md)[^1] |" in pages["claim/watch-seized-customs-house.md"]
    )
    assert "## Claims it made" in pages["actor/oriel-tamsin.md"]


def test_denial_page_lists_the_claims_it_answers(pages):
    page = pages["denial/ministry-denies-seizure.md"]
    assert "| Issued by | [Coast Ministry](../actor/coast-ministry.md)[^1] |" in page
    assert (
        "| [A harbour official said the Watch had seized the customs house.](../claim/watch-seized-customs-house.md)"
        in page
    )


def test_a_denial_with_no_claim_linked_yet_says_so_instead_of_an_empty_table():
    corpus = lantern_corpus(**{"ministry-denies-seizure": {"claims": []}})
    page = render_pages(corpus, TEMPLATES)["denial/ministry-denies-seizure.md"]
    answers = page.split("## Claims it answers", 1)[1]
    assert "No claim is linked to this denial yet." in answers
    assert "| Claim | Status |" not in answers


def test_source_page_anchors_every_paragraph_and_marks_quotes(pages):
    page = pages["source/lantern-gazette.md"]
    for n in range(1, 6):
        assert f"\n{{: #p-{n} }}\n" in page
    assert (
        "| Original | [https://gazette.example/lantern?id=7&amp;x=1](https://gazette.example/lantern?id=7&x=1) |"
        in page
    )
    assert "| SHA-256 | <code>" in page
    para1 = next(line for line in page.split("\n") if line.startswith("[1](#p-1)"))
    assert "<mark>" not in para1  # nothing quotes the headline
    para3 = next(line for line in page.split("\n") if line.startswith("[3](#p-3)"))
    assert para3 == (
        "[3](#p-3){ .fs-pn } <mark>Its commander, Oriel Tamsin</mark>"
        '<sup class="fs-backlinks">[Lantern Coast Watch](../group/lantern-coast-watch.md), '
        "[Oriel Tamsin](../actor/oriel-tamsin.md)</sup>, said the move was temporary."
    )


def test_quote_over_two_paragraphs_is_marked_in_both_and_linked_after_its_end():
    corpus = lantern_corpus(fennick={"citations": [cite("in May 2030. Its commander")]})
    page = render_pages(corpus, TEMPLATES)["source/lantern-gazette.md"]
    lines = {line[:9]: line for line in page.split("\n") if line.startswith("[")}
    assert "<mark>in May 2030</mark>" not in lines["[2](#p-2)"]  # merged with the overlapping quote
    assert "May 2030." in lines["[2](#p-2)"] and "fennick" not in lines["[2](#p-2)"].split("May 2030")[-1]
    assert lines["[3](#p-3)"].startswith("[3](#p-3){ .fs-pn } <mark>Its commander")
    assert "[Fennick](../place/fennick.md)" in lines["[3](#p-3)"]


def test_right_to_left_source_text_is_isolated():
    corpus = lantern_corpus(**{"lantern-gazette": {"language": "ar"}})
    pages = render_pages(corpus, TEMPLATES)
    assert '<div class="fs-archive" lang="ar" dir="rtl" markdown>' in pages["source/lantern-gazette.md"]
    assert (
        '“<bdi lang="ar" dir="rtl">The Lantern Coast Watch, a militia</bdi>”' in pages["group/lantern-coast-watch.md"]
    )


def test_claims_index_has_one_row_per_claim_with_its_denials(pages):
    page = pages["claims.md"]
    rows = [line for line in page.split("\n") if line.startswith("| [")]
    assert len(rows) == 1
    cells = [c.strip() for c in rows[0].strip("|").split(" | ")]
    assert cells[1:5] == [
        "a harbour official",
        "14 May 2030",
        "[Lantern Coast Watch](group/lantern-coast-watch.md), [Fennick](place/fennick.md)",
        '<span class="fs-status fs-status--denied">denied</span>',
    ]
    # The denial beside the claim it answers: who denied it and when, linked to the denial.
    assert cells[5] == "[Coast Ministry, 15 May 2030](denial/ministry-denies-seizure.md)"
    assert '<div class="fs-filter" data-fs-filter="Status|About|Claimed by" markdown>' in page


def test_home_page_counts_and_links_every_list(pages):
    page = pages["index.md"]
    assert "| [Claims](claims.md) | 1 |" in page and "| [Actors](actors.md) | 2 |" in page
    assert all(f"]({p.path})" in page for p in LIST_PAGES.values())


def test_empty_lists_still_render():
    pages = render_pages(corpus_of(), TEMPLATES)
    assert "No claims have been recorded yet." in pages["claims.md"]


def test_drafts_are_left_out_and_links_to_them_say_so():
    corpus = lantern_corpus(fennick={"status": "draft"})
    published = render_pages(corpus, TEMPLATES)
    assert "place/fennick.md" not in published
    assert "Fennick" not in published["claim/watch-seized-customs-house.md"].split("## What the sources say")[0]
    assert "an unpublished record" in published["claim/watch-seized-customs-house.md"]
    preview = render_pages(corpus, TEMPLATES, drafts=True)
    assert '!!! warning "Draft"' in preview["place/fennick.md"]
    assert '!!! warning "Draft"' not in preview["group/lantern-coast-watch.md"]


def test_a_drafts_notes_show_in_the_preview_escaped_and_never_in_the_published_site():
    notes = "TODO: check the name.\nMay answer `watch-seized-customs-house` <script>x</script> | row |"
    corpus = lantern_corpus(fennick={"status": "draft", "notes": notes})
    preview = render_pages(corpus, TEMPLATES, drafts=True)["place/fennick.md"]
    warning = preview.split('!!! warning "Draft"')[1].split("<div")[0]
    assert "    Notes for the editor: TODO: check the name. May answer" in warning  # one paragraph of the notice
    assert "<script" not in warning and "| row |" not in warning
    assert all("TODO" not in page for page in render_pages(corpus, TEMPLATES).values())
    reviewed = render_pages(lantern_corpus(fennick={"notes": notes}), TEMPLATES, drafts=True)["place/fennick.md"]
    assert "Notes for the editor" not in reviewed  # a reviewed record's notes stay in its file


def test_rendering_is_deterministic():
    assert render_pages(lantern_corpus(), TEMPLATES) == render_pages(lantern_corpus(), TEMPLATES)


def test_hostile_text_is_escaped_on_every_page():
    evil = "<script>alert(1)</script> [x](javascript:alert(2)) ![i](https://e.example/i.png) {{ 7*7 }}"
    corpus = lantern_corpus(
        **{
            "lantern-coast-watch": {"name": evil, "origin": evil + "\n| injected | row |"},
            "watch-seized-customs-house": {"summary": evil, "claimant": {"described_as": evil}},
            "lantern-gazette": {"title": evil, "publisher": evil},
        }
    )
    for path, page in render_pages(corpus, TEMPLATES).items():
        _, front, page = page.split("---\n", 2)
        assert "<" not in front, path  # the theme prints the title unescaped
        page = _without_jsonld(page)
        assert "<script" not in page and "](javascript" not in page and "![" not in page, path
        assert "{{" not in page and "| injected |" not in page, path


_JSONLD = re.compile(r'<script type="application/ld\+json">(.*?)</script>')


def _without_jsonld(page: str) -> str:
    """The page without its JSON-LD block, after checking that the block is inert JSON."""
    for block in _JSONLD.findall(page):
        json.loads(block)
        assert not set(block) & set("<>&`*_"), block
    return _JSONLD.sub("", page)


def write(tmp_path, name, text):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def copy_templates(tmp_path):
    import shutil

    shutil.copytree(TEMPLATES, tmp_path, dirs_exist_ok=True)
    return tmp_path


def test_missing_template_is_a_build_error(tmp_path):
    templates = copy_templates(tmp_path)
    (templates / "claim.md.j2").unlink()
    with pytest.raises(BuildError, match="template claim.md.j2 not found"):
        render_pages(lantern_corpus(), templates)


def test_template_syntax_error_names_file_and_line(tmp_path):
    templates = copy_templates(tmp_path)
    write(templates, "place.md.j2", "line one\n{% if %}\n")
    with pytest.raises(BuildError, match=r"place\.md\.j2:2: template syntax error"):
        render_pages(lantern_corpus(), templates)


def test_template_runtime_error_names_template_and_page(tmp_path):
    templates = copy_templates(tmp_path)
    write(templates, "place.md.j2", "ok\n{{ record.no_such_field }}\n")
    with pytest.raises(BuildError, match=r"place\.md\.j2:2: rendering place/fennick\.md failed"):
        render_pages(lantern_corpus(), templates)


def test_paragraph_locator_picks_which_occurrence_is_marked():
    archive = ARCHIVE + "\n\nThe Watch moved to Fennick again."
    corpus = corpus_of(
        *lantern_records(fennick={"citations": [{**cite("moved to Fennick"), "paragraph": 6}]}),
        archives={"lantern-gazette": archive},
    )
    pages = render_pages(corpus, TEMPLATES)
    last = next(line for line in pages["source/lantern-gazette.md"].split("\n") if line.startswith("[6](#p-6)"))
    assert "<mark>moved to Fennick</mark>" in last and "[Fennick](../place/fennick.md)" in last
    assert "../source/lantern-gazette.md#p-6" in pages["place/fennick.md"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the title names the body (by its name or an alias): that name is the link, not a second 'of ...'
        (
            "commander of the Lantern Coast Watch",
            "commander of the [Lantern Coast Watch](../group/lantern-coast-watch.md)",
        ),
        ("a senior figure in the Watch", "a senior figure in [the Watch](../group/lantern-coast-watch.md)"),
        ("commander", "commander of [Lantern Coast Watch](../group/lantern-coast-watch.md)"),
        # the name without its first word (an owner, a nationality), after 'the' or a possessive
        ("member of the Coast Watch", "member of the [Coast Watch](../group/lantern-coast-watch.md)"),
        ("member of Fennick's Coast Watch", "member of Fennick&#39;s [Coast Watch](../group/lantern-coast-watch.md)"),
        ("member of Coast Watch", "member of Coast Watch of [Lantern Coast Watch](../group/lantern-coast-watch.md)"),
        # a word that only contains the name is not the name
        ("watchman", "watchman of [Lantern Coast Watch](../group/lantern-coast-watch.md)"),
    ],
)
def test_a_role_links_its_body_once(title, expected):
    role = {"title": title, "organization": "lantern-coast-watch", "citations": [cite("Its commander, Oriel Tamsin")]}
    page = render_pages(lantern_corpus(**{"oriel-tamsin": {"roles": [role]}}), TEMPLATES)["actor/oriel-tamsin.md"]
    row = next(line for line in page.split("\n") if line.startswith("| Roles |"))
    assert row.startswith(f"| Roles | {expected}[^")


def test_a_roles_note_follows_its_title_and_date_on_the_actor_and_the_body():
    # the drafter keeps a rank written between office and name as the role's note ('rank, as written: Maj. Gen.')
    role = {
        "title": "spokesperson",
        "organization": "lantern-coast-watch",
        "date": "2030",
        "note": "rank, as written: <Maj. Gen.>",
        "citations": [cite("Its commander, Oriel Tamsin")],
    }
    pages = render_pages(lantern_corpus(**{"oriel-tamsin": {"roles": [role]}}), TEMPLATES)
    row = next(line for line in pages["actor/oriel-tamsin.md"].split("\n") if line.startswith("| Roles |"))
    assert "2030; rank, as written: &lt;Maj. Gen.&gt;[^" in row
    people = pages["group/lantern-coast-watch.md"]
    assert "spokesperson, 2030; rank, as written: &lt;Maj. Gen.&gt;[^" in people


def test_a_role_with_no_note_ends_at_its_date():
    role = {"title": "spokesperson", "date": "2030", "citations": [cite("Its commander, Oriel Tamsin")]}
    page = render_pages(lantern_corpus(**{"oriel-tamsin": {"roles": [role]}}), TEMPLATES)["actor/oriel-tamsin.md"]
    row = next(line for line in page.split("\n") if line.startswith("| Roles |"))
    assert "2030[^" in row and ";" not in row


def test_a_speaker_described_in_a_right_to_left_script_is_isolated_from_its_footnote_marks():
    corpus = lantern_corpus(**{"watch-seized-customs-house": {"claimant": {"described_as": "مسؤول في الميناء"}}})
    page = render_pages(corpus, TEMPLATES)["claim/watch-seized-customs-house.md"]
    assert "| Claimed by | <bdi>مسؤول في الميناء</bdi>[^1] |" in page


def test_a_speaker_described_in_latin_letters_is_written_as_it_is():
    page = render_pages(lantern_corpus(), TEMPLATES)["claim/watch-seized-customs-house.md"]
    assert "| Claimed by | a harbour official[^1] |" in page
