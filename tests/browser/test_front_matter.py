"""Issue 13's V1 in Chromium: text shaped like a link with an attribute list never becomes one, and front matter holds.

V1 is a description holding U+FFFF and ``[Read the full report](https://evil.example/){: style=... }``.
MkDocs' YAML reader dropped the page's front matter and rendered it as Markdown, which made an
invisible link over the whole page. Now:

- ``factsheet build`` refuses the record, with the noncharacter's line and column;
- records the loader accepts, carrying the same payload around escaped line and paragraph
  separators, are built by ``factsheet build`` and show it as text;
- the V1 record itself, handed to the renderer with the loader bypassed, builds to a page
  with its title and description and no link: the renderer does not rely on the loader.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.build import build_site
from generator.model.corpus import Corpus, Origin
from generator.model.records import RECORD_TYPES
from generator.project import Project
from generator.validate import check_project
from tests.browser.conftest import Site, policy_violations, served
from tests.build.sites import seed_project

pytestmark = pytest.mark.browser

PAYLOAD = "[Read the full report](https://evil.example/){: style=position:fixed;inset:0;z-index:9999;opacity:0 }"
SOURCE = "the-new-arab-2025-02-afghan-pakistani-militias-iraq"
QUOTE = "Afghan and Pakistani militants who previously fought in Syria"


def v1_yaml(name: str, description_escaped: str) -> str:
    """A group record as an editor would write it; the description uses YAML double-quoted escapes."""
    return (
        f'name: "{name}"\nkind: militia\ndescription: "{description_escaped}"\n'
        f"citations:\n  - source: {SOURCE}\n    quote: {QUOTE}\n"
    )


# Records the loader accepts: the payload after escaped separators, and in the name itself.
ACCEPTED = {
    "line-separator-brigade": ("Line Separator Brigade", "An armed group.\\u2028 " + PAYLOAD),
    "paragraph-separator-brigade": ("Paragraph Separator Brigade", "An armed group.\\P " + PAYLOAD),
    "payload-name-brigade": ("Payload Brigade " + PAYLOAD, "An armed group. " + PAYLOAD),
}
# Visible text of each, whitespace squashed.
SHOWN = {
    "line-separator-brigade": ("Line Separator Brigade", "An armed group. " + PAYLOAD),
    "paragraph-separator-brigade": ("Paragraph Separator Brigade", "An armed group. " + PAYLOAD),
    "payload-name-brigade": ("Payload Brigade " + PAYLOAD, "An armed group. " + PAYLOAD),
    "example-brigade": ("Example Brigade", "An armed group. " + PAYLOAD),
}


def factsheet(project: Project, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=project.root,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )


def test_factsheet_build_refuses_the_v1_record_where_the_noncharacter_is(tmp_path):
    project = seed_project(tmp_path / "project")
    path = project.content_dir / "group" / "example-brigade.yaml"
    path.write_text(v1_yaml("Example Brigade", "An armed group.\\uFFFF " + PAYLOAD), encoding="utf-8")
    out = factsheet(project, "build")
    assert out.returncode == 1, out.stdout + out.stderr
    assert "content/group/example-brigade.yaml:3:14: error[yaml-noncharacter]" in out.stdout + out.stderr
    assert not project.site_dir.exists()


@pytest.fixture(scope="module")
def cli_site(tmp_path_factory) -> Iterator[Site]:
    """The seed corpus plus the accepted V1 variants, built by ``factsheet build``."""
    project = seed_project(tmp_path_factory.mktemp("v1-cli") / "project")
    for record_id, (name, description) in ACCEPTED.items():
        (project.content_dir / "group" / f"{record_id}.yaml").write_text(v1_yaml(name, description), encoding="utf-8")
    out = factsheet(project, "build")
    assert out.returncode == 0, out.stdout + out.stderr
    yield from served(project)


@pytest.fixture(scope="module")
def bypass_site(tmp_path_factory) -> Iterator[Site]:
    """The seed corpus plus the V1 record itself, given to the build without passing the loader."""
    project = seed_project(tmp_path_factory.mktemp("v1-bypass") / "project")
    corpus, issues = check_project(project)
    assert [i.text() for i in issues if i.severity == "error"] == []
    v1 = RECORD_TYPES["group"].model_validate(
        {
            "id": "example-brigade",
            "name": "Example Brigade\uffff",
            "kind": "militia",
            "description": "An armed group.\uffff " + PAYLOAD,
            "citations": [{"source": SOURCE, "quote": QUOTE}],
        }
    )
    with_v1 = Corpus(archives=corpus.archives)  # a fresh corpus: one that was read is indexed already
    for record_id, rec in corpus.records.items():
        with_v1.add(rec, corpus.origins[record_id])
    with_v1.add(v1, Origin(Path("content/group/example-brigade.yaml")))
    build_site(project, with_v1, quiet=True)
    yield from served(project)


# What the page made of the record: links or styles from it, the element at the centre of the window,
# the title, the heading, the meta description and the visible text of the article.
INSPECT = r"""() => {
  const carrying = [], styled = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (/evil\.example|position:\s*fixed|z-index/i.test(attr.value))
        carrying.push({tag: el.tagName, name: el.getAttribute('name'), attr: attr.name, value: attr.value});
    }
  }
  const article = document.querySelector('article');
  for (const el of article.querySelectorAll('[style]')) styled.push(`${el.tagName} style=${el.getAttribute('style')}`);
  const centre = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
  const link = centre && centre.closest('a');
  return {
    carrying,
    styled,
    centreLink: link ? link.href : null,
    title: document.title,
    h1: article.querySelector('h1').textContent,
    description: (document.querySelector('meta[name=description]') || {}).content || null,
    text: article.innerText,
  };
}"""


def squash(text: str) -> str:
    return " ".join(text.split())


def check_page(site: Site, page, record_id: str) -> None:
    name, description = SHOWN[record_id]
    page.goto(site.page(f"group/{record_id}/"))
    page.wait_for_load_state("load")
    found = page.evaluate(INSPECT)
    assert found["styled"] == [], record_id
    for attr in found["carrying"]:
        # The payload may sit in an attribute only as the text the theme puts there (the description,
        # a tooltip with the page's title) or as the heading's anchor, a slug of letters, digits and hyphens.
        value = squash(attr["value"])
        if attr["tag"] == "META" and attr["name"] == "description":
            assert value == "Militia. " + description, attr
        elif attr["attr"] == "title":
            assert value == name, attr
        else:
            assert attr["attr"] in ("id", "href") and re.fullmatch(r"#?[\w-]+", attr["value"]), attr
    assert found["centreLink"] is None or "evil.example" not in found["centreLink"], record_id
    # Front matter intact: the title and description come from it; without it MkDocs titles the page itself.
    assert squash(found["title"]).startswith(name + " - "), found["title"]
    assert squash(found["description"] or "") == "Militia. " + description, record_id
    assert squash(found["h1"]).rstrip("¶").strip() == name
    text = squash(found["text"])
    assert description in text and "title:" not in text and "description:" not in text, text[:300]
    assert page.problems == [] and policy_violations(page) == [], record_id


@pytest.mark.parametrize("record_id", sorted(ACCEPTED))
def test_accepted_v1_variants_show_as_text_in_chromium(cli_site, page, record_id):
    check_page(cli_site, page, record_id)


def test_the_v1_record_past_the_loader_shows_as_text_with_its_front_matter(bypass_site, page):
    check_page(bypass_site, page, "example-brigade")


# ---------------------------------------------------------------------------------------------------------------
# A handful of texts drawn from the property's alphabet, through a real mkdocs build and Chromium.

import random  # noqa: E402

from generator.render.escape import _CONTROL as _DROPPED  # noqa: E402
from tests.render.kit import ARCHIVE, cite, corpus_of, lantern_records, make_project, record  # noqa: E402
from tests.strategies import AWKWARD, MARKUP  # noqa: E402

DRAWN = 6

# The article's elements as (tag, attribute names): the same for drawn text as for plain words.
SHAPE = """() => [...document.querySelector('article').querySelectorAll('*')].map(el =>
  [el.tagName, [...el.attributes].map(a => a.name).sort().join(' ')])"""
PAGE_TEXT = """() => ({title: document.title, h1: document.querySelector('article h1').textContent,
  text: document.querySelector('article').innerText,
  description: (document.querySelector('meta[name=description]') || {}).content || ''})"""


def _shown(text: str) -> str:
    return squash(_DROPPED.sub("", text))


def drawn_texts(count: int, seed: int = 13) -> list[str]:
    """Texts of markup, awkward code points and code points from anywhere in Unicode; the same on every run."""
    rng = random.Random(seed)
    texts: list[str] = []
    while len(texts) < count:
        pieces = [
            rng.choice(MARKUP) if kind == 0 else rng.choice(AWKWARD) if kind == 1 else chr(rng.randrange(0x110000))
            for kind in (rng.randrange(3) for _ in range(rng.randrange(2, 9)))
        ]
        # No lone surrogates: no file can hold one as UTF-8, so the downloads could not be written.
        text = "Drawn " + "".join(p for p in pieces if not ("\ud800" <= p <= "\udfff"))
        if len(_shown(text)) <= 150:
            texts.append(text)
    return texts


def test_drawn_texts_build_and_show_as_themselves_in_chromium(browser, tmp_path):
    """Names and descriptions from the whole of Unicode, given to the build past the loader, in a real site."""
    texts = drawn_texts(2 * DRAWN)
    names, descriptions = texts[:DRAWN], texts[DRAWN:]
    ids = [f"drawn-{i}" for i in range(DRAWN)]
    quote = cite("The Lantern Coast Watch, a militia")
    drawn = [
        record("group", rid, name=n, kind="militia", description=d, citations=[quote])
        for rid, n, d in zip(ids, names, descriptions, strict=True)
    ]
    plain = record(
        "group", "plain-brigade", name="Plain Brigade", kind="militia", description="Plain words.", citations=[quote]
    )
    project = make_project(tmp_path / "project")
    build_site(project, corpus_of(*lantern_records(), plain, *drawn, archives={"lantern-gazette": ARCHIVE}), quiet=True)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    problems: list[str] = []
    tab.on("pageerror", lambda e: problems.append(str(e)))
    tab.on("dialog", lambda d: (problems.append(d.message), d.dismiss()))
    server = served(project)
    try:
        site = next(server)
        tab.goto(site.page("group/plain-brigade/"))
        reference = tab.evaluate(SHAPE)
        for rid, name, description in zip(ids, names, descriptions, strict=True):
            tab.goto(site.page(f"group/{rid}/"))
            tab.wait_for_load_state("load")
            assert tab.evaluate(SHAPE) == reference, (rid, name, description)
            seen = tab.evaluate(PAGE_TEXT)
            assert squash(seen["h1"]).removesuffix("¶").strip() == _shown(name), (rid, name)
            assert squash(seen["title"]).startswith(_shown(name) + " - "), (rid, name)
            assert _shown(description) in squash(seen["text"]), (rid, description)
            assert squash(seen["description"]) == "Militia. " + _shown(description), (rid, description)
        assert problems == []
    finally:
        context.close()
        server.close()
