"""The theme fix found by an HTML parser: only the two toggle checkboxes lose ``autocomplete``."""

from __future__ import annotations

from generator.build.theme_fixes import fix_page

PAGE = (
    '<!doctype html>\n<html><head><title>x</title></head>\n<body dir="ltr">\n'
    '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">\n'
    "<input class='md-toggle' data-md-toggle='search' type='checkbox' id=\"__search\" autocomplete='off'>\n"
    '<input type="text" class="md-search__input" name="query" autocomplete="off">\n'
    '<p>autocomplete="off" in text stays</p></body></html>\n'
)


def test_both_toggles_lose_the_attribute_and_nothing_else_changes():
    fixed = fix_page(PAGE)
    assert fixed == (
        PAGE.replace('id="__drawer" autocomplete="off">', 'id="__drawer">').replace(
            "id=\"__search\" autocomplete='off'>", 'id="__search">'
        )
    )
    assert fixed.count("autocomplete") == 2  # the text input keeps it; so does the paragraph's text


def test_attribute_order_does_not_matter():
    page = '<input autocomplete="off" id="__search" type="checkbox" data-md-toggle="search" class="md-toggle x">'
    assert fix_page(page) == '<input id="__search" type="checkbox" data-md-toggle="search" class="md-toggle x">'


def test_a_page_without_the_toggles_is_returned_unchanged():
    page = '<html><body><input type="checkbox" id="__search" autocomplete="off"></body></html>'
    assert fix_page(page) == page  # not the theme's toggle: no md-toggle class
    assert fix_page("<p>no inputs</p>") == "<p>no inputs</p>"


def test_the_dirty_build_notice_is_quieted_only_between_pre_build_and_files():
    import logging

    from generator.build.plugin import FactsheetPlugin

    logger = logging.getLogger("mkdocs.commands.build")
    plugin = FactsheetPlugin(generated=None, index_search=False)
    plugin.on_startup(command="build", dirty=True)
    plugin.on_pre_build(config=None)  # type: ignore[arg-type]
    assert plugin._notice in logger.filters
    plugin.on_build_error(error=RuntimeError("failed before the files event"))
    assert plugin._notice not in logger.filters
    plugin.on_pre_build(config=None)  # type: ignore[arg-type]
    plugin.on_files(None, config=None)  # type: ignore[arg-type]
    assert plugin._notice not in logger.filters
    plugin.on_startup(command="build", dirty=False)
    plugin.on_pre_build(config=None)  # type: ignore[arg-type]
    assert plugin._notice not in logger.filters  # a full build keeps every warning
