"""`factsheet serve`: a real preview server that shows an edited record within seconds and does not rebuild in a loop."""

from __future__ import annotations

import time

import pytest

from tests.serving import get, serving, wait_for

pytestmark = pytest.mark.slow


def test_serve_shows_an_edit_and_settles(site_project, tmp_path):
    group = next((site_project.content_dir / "group").glob("*.yaml"))
    with serving(site_project.root, tmp_path) as server:
        url = f"{server.base}/group/{group.stem}/"
        assert wait_for(lambda: get(url) is not None, 180), server.log()
        text = group.read_text()
        name_line = next(line for line in text.splitlines() if line.startswith("name:"))
        group.write_text(text.replace(name_line, "name: Renamed In Preview"))
        assert wait_for(lambda: "Renamed In Preview" in (get(url) or ""), 90), server.log()
        # The edit is shown from a quick pass (pages only), then the downloads follow.
        downloads = f"{server.base}/downloads/records.json"
        assert wait_for(lambda: "Renamed In Preview" in (get(downloads) or ""), 90), server.log()
        time.sleep(2)  # let any echo of our own writes arrive
        before = server.log_path.read_text()
        time.sleep(3)
        after = server.log_path.read_text()
        assert before.count("factsheet: regenerated") == after.count("factsheet: regenerated"), after[-3000:]  # no loop
        # start (pages and downloads), then for the one edit: record pages, then pages and downloads
        assert after.count("factsheet: regenerated pages and downloads") == 2, after[-3000:]
        assert after.count("factsheet: regenerated record pages (") == 1, after[-3000:]


def test_serve_stopped_with_sigterm_leaves_no_site_in_the_temporary_folder(site_project, tmp_path):
    temp = tmp_path / "temp"
    temp.mkdir()
    with serving(site_project.root, tmp_path, temp_dir=temp) as server:
        assert any(temp.iterdir()), server.log()  # the preview's site is built there
    assert list(temp.iterdir()) == []
    assert "factsheet: preview stopped" in server.log()


def test_serve_follows_mkdocs_yml_and_names_a_broken_one(site_project, tmp_path):
    """mkdocs.yml is read by mkdocs on every pass: a new site name shows, a broken file is an error on the pages."""
    import json

    with serving(site_project.root, tmp_path) as server:
        home = f"{server.base}/"
        status = f"{server.base}/_factsheet-preview/status.json"
        config = site_project.mkdocs_yml.read_text()
        site_project.mkdocs_yml.write_text(config.replace("site_name: ", "site_name: Renamed Sheets ", 1))
        assert wait_for(lambda: "Renamed Sheets" in (get(home) or ""), 90), server.log()
        site_project.mkdocs_yml.write_text(config + "\nuse_directory_urls: maybe\n")

        def errors() -> list[str]:
            return json.loads(get(status) or "{}").get("errors", [])

        assert wait_for(lambda: any("mkdocs cannot read it" in e for e in errors()), 90), server.log()
        assert "Renamed Sheets" in (get(home) or "")  # the last good site is still served


def test_serve_keeps_answering_while_it_rebuilds_every_page(site_project, tmp_path):
    """A template edit rebuilds every page; the last good site is served until the new one is whole, never a gap."""
    with serving(site_project.root, tmp_path) as server:
        home = f"{server.base}/"
        template = site_project.root / "templates" / "index.md.j2"
        text = template.read_text()
        template.write_text(
            text.replace("{% block body %}\n", "{% block body %}\nRebuilt from an edited template.\n", 1)
        )
        answers: list[str | None] = []

        def rebuilt() -> bool:
            answers.append(get(home))
            return "Rebuilt from an edited template." in (answers[-1] or "")

        assert wait_for(rebuilt, 120), server.log()
        assert len(answers) > 1, "the rebuild was over before it could be watched"
        assert None not in answers, (
            f"{answers.count(None)} of {len(answers)} requests went unanswered during the rebuild"
        )
