"""Real builds: a page keeps its front matter whatever a record holds, and a page MkDocs would strip stops the build.

The issue's V1 record is built here with the loader bypassed (the loader now refuses
it; tests/load covers that), to show that the renderer holds on its own.
"""

from __future__ import annotations

import pytest

from generator.build import build_site
from generator.errors import BuildError
from tests.build.html import parse
from tests.render.kit import lantern_corpus, make_project

pytestmark = pytest.mark.slow

PAYLOAD = "[Read the full report](https://evil.example/){: style=position:fixed;inset:0;z-index:9999;opacity:0 }"
V1 = f"An armed group.\uffff {PAYLOAD}"


def test_v1_text_builds_to_a_page_with_its_title_and_no_link(tmp_path):
    project = make_project(tmp_path / "project")
    corpus = lantern_corpus(**{"lantern-coast-watch": {"name": "Example Brigade\ufffe", "description": V1}})
    build_site(project, corpus, quiet=True)
    page = parse(project.site_dir / "group" / "lantern-coast-watch" / "index.html")
    assert page.title.startswith("Example Brigade")
    description = page.find_all("meta", name="description")
    assert [e.attrs["content"] for e in description] == [f"Militia. An armed group. {PAYLOAD}"]
    made = [
        e for e in page.elements if "style" in e.attrs or any("evil.example" in (v or "") for v in e.attrs.values())
    ]
    assert made == description  # the description's text, in the one attribute that carries it
    text = (project.site_dir / "group" / "lantern-coast-watch" / "index.html").read_text(encoding="utf-8")
    assert "title:" not in text and "\uffff" not in text and "\ufffe" not in text


def test_a_page_whose_front_matter_mkdocs_would_drop_stops_the_build(tmp_path):
    project = make_project(tmp_path / "project")
    layout = project.templates_dir / "_layout.md.j2"
    text = layout.read_text(encoding="utf-8")
    start, end = text.index("{{ front_matter("), text.index("}}", text.index("{{ front_matter(")) + 2
    # Front matter written by hand, as an editor's template might: "title: Name: more" is not YAML.
    layout.write_text(text[:start] + "---\ntitle: {{ title }}: the fact sheet\n---" + text[end:], encoding="utf-8")
    with pytest.raises(BuildError) as caught:
        build_site(project, lantern_corpus(), quiet=True)
    message = caught.value.message
    assert "group/lantern-coast-watch.md: MkDocs cannot read its front matter" in message
    assert "[record: content/group/lantern-coast-watch.yaml]" in message
    assert "front_matter(" in caught.value.hint
    assert not project.site_dir.exists()
