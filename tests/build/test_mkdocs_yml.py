"""mkdocs.yml and the renderer agree on which pages exist and how strictly links are checked."""

from mkdocs.utils.yaml import yaml_load

from generator.model.records import RECORD_TYPES
from generator.render import HOME_PAGE, LIST_PAGES
from generator.render.pages import EXTRA_PAGES, PAGED_FOLDERS
from tests.render.kit import REPO


def config() -> dict:
    with open(REPO / "mkdocs.yml", encoding="utf-8") as f:
        return yaml_load(f)


def test_nav_is_home_then_every_list_page_then_the_corpus_pages():
    nav = [next(iter(item.items())) for item in config()["nav"]]
    extra = [(p.title, p.path) for p in EXTRA_PAGES.values() if p.in_nav]
    assert nav == [("Home", HOME_PAGE), *((p.title, p.path) for p in LIST_PAGES.values()), *extra]


def test_fact_sheets_the_search_page_and_pages_of_years_are_kept_out_of_the_nav():
    entries = {line.strip() for line in config()["not_in_nav"].splitlines() if line.strip()}
    hidden = {f"/{p.path}" for p in EXTRA_PAGES.values() if not p.in_nav}
    assert entries == {f"/{t}/" for t in RECORD_TYPES} | hidden | {f"/{folder}/" for folder in PAGED_FOLDERS}


def test_material_search_is_replaced_and_nothing_loads_from_elsewhere():
    cfg = config()
    assert cfg["plugins"] == []  # mkdocs would add its search plugin if the key were left out
    assert cfg["theme"]["font"] is False  # no Google Fonts
    assert cfg["theme"]["custom_dir"] == "templates/theme"
    assert cfg["extra"]["generator"] is False
    names = {e if isinstance(e, str) else next(iter(e)) for e in cfg["markdown_extensions"]}
    assert "generator.render.mdext" in names


def test_links_and_anchors_are_checked():
    cfg = config()
    assert cfg["docs_dir"] == "templates/pages" and cfg["site_dir"] == "site"
    assert cfg["validation"] == dict.fromkeys(
        ("omitted_files", "absolute_links", "unrecognized_links", "anchors"), "warn"
    )


def test_theme_has_light_and_dark_palettes_with_a_toggle():
    palettes = config()["theme"]["palette"]
    assert {p["scheme"] for p in palettes} == {"default", "slate"} and all("toggle" in p for p in palettes)


def test_extensions_the_templates_rely_on_are_enabled():
    names = {e if isinstance(e, str) else next(iter(e)) for e in config()["markdown_extensions"]}
    assert {"tables", "attr_list", "md_in_html", "toc", "admonition", "pymdownx.superfences"} <= names
    # Footnotes through our subclass of the stock extension (same HTML, linear bookkeeping), never both.
    assert "generator.render.footnotes" in names and "footnotes" not in names
    assert "assets/factsheet.css" in config()["extra_css"]
