"""`factsheet diff`: record-by-record, field-by-field summaries between git revisions."""

from __future__ import annotations

import html
import html.parser
import re
import subprocess
from collections import Counter

import markdown as python_markdown
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from generator.diff import RecordChange, compare, markdown, md_text, shown, word_diff
from tests.test_cli import run

HOSTILE_NAME = "Innocent Group <!-- … --> <br><h1>✅ 0 records changed</h1>"


def git(root, *args):
    subprocess.run(
        ["git", "-C", str(root), *args],
        check=True,
        capture_output=True,
        env={
            "GIT_AUTHOR_NAME": "T",
            "GIT_AUTHOR_EMAIL": "t@example.invalid",
            "GIT_COMMITTER_NAME": "T",
            "GIT_COMMITTER_EMAIL": "t@example.invalid",
            "PATH": "/usr/bin:/bin",
        },
    )


@pytest.fixture
def repo(base_project):
    git(base_project.root, "init", "-q")
    git(base_project.root, "add", "-A")
    git(base_project.root, "commit", "-qm", "base")
    return base_project


def test_no_change(repo):
    out = run("diff", "HEAD", cwd=repo.root)
    assert out.returncode == 0 and "No record changed." in out.stdout


def test_reformatting_is_not_a_change(repo):
    path = repo.content_dir / "place" / "port-sable.yaml"
    path.write_text("# a comment\n" + path.read_text().replace("name: Port Sable", 'name: "Port Sable"'))
    assert "No record changed." in run("diff", "HEAD", cwd=repo.root).stdout


def test_fields_quotes_and_status_changes(repo):
    claim = repo.content_dir / "claim" / "guards-took-weapons.yaml"
    claim.write_text(
        claim.read_text()
        .replace("claim_status: denied", "claim_status: disputed")
        .replace('date: "2031-03"', 'date: "2031-03-02"')
    )
    place = repo.content_dir / "place" / "port-sable.yaml"
    place.write_text(
        place.read_text() + "  - source: veloria-courier-2031\n    quote: left Port Sable on Monday\n    paragraph: 2\n"
    )
    git(repo.root, "commit", "-qam", "edit")
    out = run("diff", "HEAD~1", "HEAD", cwd=repo.root)
    assert out.returncode == 0
    text = out.stdout
    assert "## Record changes: `HEAD~1` → `HEAD`" in text
    assert "**`claim_status`: denied → disputed**" in text
    assert "`date`: 2031-03 → 2031-03-02" in text
    assert "quote added: “left Port Sable on Monday” — Veloria Courier, “Harbour guards leave Port Sable”" in text
    assert "`veloria-courier-2031`, ¶2" in text
    assert text.index("claim_status") < text.index("`date`")  # status changes lead


def test_added_removed_renamed_and_untracked(repo):
    (repo.content_dir / "event" / "harbour-guard-withdrawal.yaml").unlink()
    git(repo.root, "mv", "content/actor/ilse-marrow.yaml", "content/actor/ilse-marrow-2.yaml")
    run("new", "group", "Fresh Front", cwd=repo.root)
    text = run("diff", "HEAD", cwd=repo.root).stdout
    assert "- **group** `fresh-front`: Fresh Front" in text
    assert "- **actor** `ilse-marrow-2`: Ilse Marrow (was `ilse-marrow`)" in text
    assert "### Removed\n\n- **event** `harbour-guard-withdrawal`" in text


def test_relationship_added_reads_as_one_addition(repo):
    group = repo.content_dir / "group" / "sable-harbour-guard.yaml"
    text = group.read_text().replace(
        "relationships:\n",
        "relationships:\n  - type: based-in\n    target: port-sable\n    citations:\n      - source: veloria-courier-2031\n"
        "        quote: left Port Sable on Monday\n",
    )
    group.write_text(text)
    out = run("diff", "HEAD", cwd=repo.root).stdout
    changes = [line for line in out.splitlines() if line.startswith("    - ")]
    assert changes == ["    - `relationships`: added type: based-in, target: port-sable"]


LONG_QUOTE = "The interior ministry denied that any weapons were missing, but acknowledged that the guards had left."


def test_an_added_denial_shows_what_a_reviewer_judges(repo):
    """Speaker, date, what it answers, review state and each quotation in full, with its source."""
    (repo.content_dir / "denial" / "marrow-denies.yaml").write_text(
        "summary: Ilse Marrow said the guards took nothing and that the interior ministry had been misinformed about the armoury.\n"
        'denier:\n  actor: ilse-marrow\nclaims: [guards-took-weapons]\ndate: "2031-03-04"\nstatus: draft\n'
        f"citations:\n  - source: veloria-courier-2031\n    quote: {LONG_QUOTE}\n    paragraph: 5\n"
    )
    text = run("diff", "HEAD", cwd=repo.root).stdout
    entry = text[text.index("`marrow-denies`") :]
    assert "the interior ministry had been misinformed about the armoury." in entry  # the label, not cut
    assert "speaker: Ilse Marrow (`ilse-marrow`)" in entry
    assert "date: 2031-03-04" in entry
    assert (
        "answers: A port official said that the guards had taken weapons from the armoury. (`guards-took-weapons`)"
        in entry
    )
    assert "review: draft (not published)" in entry
    assert f"quotation: “{LONG_QUOTE}” — Veloria Courier, “Harbour guards leave Port Sable”" in entry
    assert "record-level citation" not in text
    # the claim's page gains the denial: listed though the claim file did not change
    pages = text[text.index("### Existing pages that change") :]
    assert "- **claim** `guards-took-weapons`" in pages
    assert "Denials that answer this claim: + Ilse Marrow said the guards took nothing" in pages
    assert "- **actor** `ilse-marrow`" in pages and "Denials issued by this actor or group" in pages


def test_an_added_claim_shows_its_speaker_status_and_subjects_pages(repo):
    (repo.content_dir / "claim" / "guards-left.yaml").write_text(
        "summary: Ilse Marrow said the guards withdrew because the council asked them to.\n"
        "claimant:\n  actor: ilse-marrow\nsubjects: [sable-harbour-guard]\nclaim_status: alleged\nstatus: reviewed\n"
        'reviewed_by: Ana Editor\nreviewed_at: "2031-04-01"\n'
        "citations:\n  - source: veloria-courier-2031\n    quote: We withdrew because the council asked us to\n    paragraph: 3\n"
    )
    text = run("diff", "HEAD", cwd=repo.root).stdout
    assert "claim status: **alleged**" in text
    assert "review: reviewed by Ana Editor on 2031-04-01" in text
    assert (
        "- **group** `sable-harbour-guard`" in text and "Claims that list this record among their subjects: + " in text
    )
    assert "- **source** `veloria-courier-2031`" in text  # the source page lists every citation of it


def test_an_added_source_shows_its_publisher_address_and_archive(repo):
    (repo.content_dir / "source" / "second-report.yaml").write_text(
        'title: A second report\npublisher: Veloria Courier\nlanguage: en\npublished: "2031-03-05"\n'
        "url: https://courier.example/2\narchive: seeds/second-report.txt\nsha256: " + "0" * 64 + "\n"
    )
    text = run("diff", "HEAD", cwd=repo.root).stdout
    assert "publisher: Veloria Courier; language: en" in text
    assert "address: `https://courier.example/2`" in text and "archived copy: `seeds/second-report.txt`" in text
    assert "published: 2031-03-05" in text


def test_changed_prose_is_a_word_diff_never_cut(repo):
    claim = repo.content_dir / "claim" / "guards-took-weapons.yaml"
    long_tail = " and then " + " ".join(f"word{i}" for i in range(40)) + " at the end."
    claim.write_text(
        claim.read_text().replace(
            "summary: A port official said that the guards had taken weapons from the armoury.",
            "summary: A port official said that the guards had stolen weapons from the armoury" + long_tail,
        )
    )
    text = run("diff", "HEAD", cwd=repo.root).stdout
    assert (
        "`summary` (~~removed~~ **added**): A port official said that the guards had ~~taken~~ **stolen** weapons"
        in text
    )
    assert "word39 at the end.**" in text and "…" not in text
    assert "review: no review status (published once merged)" in text  # context of a changed record
    assert "speaker: described as “a port official”" in text


def test_github_format_writes_the_summary_and_annotates_the_files(repo, tmp_path):
    (repo.content_dir / "place" / "port-sable.yaml").write_text(
        (repo.content_dir / "place" / "port-sable.yaml")
        .read_text()
        .replace("name: Port Sable", "name: Port Sable Town")
    )
    summary_file = tmp_path / "summary.md"
    summary_file.write_text("earlier step\n")
    out = run("diff", "--format", "github", "HEAD", cwd=repo.root, env={"GITHUB_STEP_SUMMARY": str(summary_file)})
    assert out.returncode == 0
    assert (
        out.stdout.strip()
        == "::notice file=content/place/port-sable.yaml,line=1,title=place port-sable changed::Port Sable Town"
    )
    written = summary_file.read_text()
    assert written.startswith("earlier step\n## Record changes")
    assert written[len("earlier step\n") :] == run("diff", "HEAD", cwd=repo.root).stdout


def test_unknown_revision_is_a_usage_error(repo):
    out = run("diff", "no-such-rev", cwd=repo.root)
    assert out.returncode == 2 and "Traceback" not in out.stderr


# The summary is read as Markdown: values must show as text and never become an element ------------


class _Page(html.parser.HTMLParser):
    """The tags of an HTML fragment, in order, and its text with character references decoded."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.comments: list[str] = []
        self.text = ""
        self.feed(source)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append(tag)

    def handle_comment(self, data):
        self.comments.append(data)

    def handle_data(self, data):
        self.text += data


RENDERERS = {
    "python-markdown": lambda text: python_markdown.markdown(text, extensions=["extra", "sane_lists"]),
    # GitHub's job summaries and comments are GFM: tables, strikethrough, raw HTML allowed. linkify-it is not
    # installed here; test_autolink_triggers_never_appear_raw covers GitHub's autolinks instead.
    "markdown-it gfm": MarkdownIt("gfm-like", {"linkify": False}).render,
}


@pytest.mark.parametrize("renderer", RENDERERS)
def test_a_hostile_record_name_shows_literally_in_the_summary(repo, renderer):
    run("new", "group", "Placeholder", cwd=repo.root)
    path = repo.content_dir / "group" / "placeholder.yaml"
    path.write_text(path.read_text().replace("name: Placeholder", f'name: "{HOSTILE_NAME}"'))
    out = run("diff", "HEAD", cwd=repo.root)
    assert out.returncode == 0 and "<" not in out.stdout
    page = _Page(RENDERERS[renderer](out.stdout))
    assert page.tags.count("h1") == 0 and "br" not in page.tags and page.comments == []
    assert f"group placeholder: {HOSTILE_NAME}" in page.text
    assert "1 added." in page.text


def _summary(value: str, key: str = "name") -> str:
    change = RecordChange("changed", "group", "some-group", value, lines=compare({key: "before"}, {key: value}))
    added = RecordChange("added", "group", "other-group", "x", lines=compare({}, {key: [value, {"k": value}]}))
    return markdown([change, added], "main", "HEAD")


_BASELINE = {name: Counter(_Page(render(_summary("plain"))).tags) for name, render in RENDERERS.items()}
_SYNTAX = [
    *list("<>&!-*_`[]()#|~$:@/\\=+{}\"'^.\n\t\r "),
    "<!--",
    "-->",
    "www.",
    "https://",
    "&amp;",
    "&#60;",
    "\u2028",
    "\u2029",
    "\x85",
    "\x00",
    "\x02",
    "\x03",
    "\u202e",
    "\ufeff",
    "\uffff",
    ":+1:",
    "@user",
    "1.",
]
_CHARACTER = st.one_of(st.sampled_from(_SYNTAX), st.characters(exclude_categories=("Cs",)))
_TEXT = st.lists(_CHARACTER, max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=_TEXT)
def test_no_content_string_produces_an_element(value):
    """Any text as a label and as a changed value: the same elements as plain text, and the text shows as is."""
    summary = _summary(value)
    for name, render in RENDERERS.items():
        page = _Page(render(summary))
        assert Counter(page.tags) == _BASELINE[name], (name, summary)
        assert page.comments == []
        assert f"some-group: {shown(value)}".strip() in page.text, (name, summary)
        assert f"before → {shown(value)}".strip() in page.text, (name, summary)


@settings(max_examples=200, deadline=None)
@given(key=_TEXT.filter(lambda k: k.strip()))
def test_field_names_stay_inside_their_code_span(key):
    summary = _summary("v", key=key)
    for name, render in RENDERERS.items():
        assert Counter(_Page(render(summary)).tags) == _BASELINE[name], (name, summary)


@given(value=_TEXT)
def test_autolink_triggers_never_appear_raw(value):
    """GitHub links bare URLs (scheme ':' ), 'www.' names, e-mail addresses and @mentions; none survives escaping."""
    text = md_text(value)
    assert "@" not in text and not re.search(r"(?i)www\.", text) and not re.search(r":\S", text)
    assert "\n" not in text and "\r" not in text
    assert html.unescape(text) == shown(value)


@settings(max_examples=200, deadline=None)
@given(old=_TEXT, new=_TEXT)
def test_a_word_diff_of_any_text_is_only_struck_and_bold_words(old, new):
    line = f"- `summary` (~~removed~~ **added**): {word_diff(old, new)}"
    for name, render in RENDERERS.items():
        page = _Page(render(line))
        assert set(page.tags) <= {"ul", "li", "p", "code", "s", "del", "strong"}, (name, line)
        assert page.comments == []
