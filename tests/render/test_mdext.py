"""The links extension: only http(s) links leave the site, each with rel="noopener noreferrer"."""

from __future__ import annotations

import markdown
import pytest

from generator.render.mdext import link_kind


def html(text: str) -> str:
    return markdown.markdown(text, extensions=["attr_list", "generator.render.mdext"])


def test_external_links_get_rel_and_a_printable_address():
    out = html("[original](https://e.example/a#:~:text=quote)")
    assert 'rel="noopener noreferrer"' in out and 'data-fs-href="https://e.example/a"' in out


def test_internal_links_are_left_alone():
    assert html("[x](../group/a.md#p-1)") == '<p><a href="../group/a.md#p-1">x</a></p>'


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,x",
        "vbscript:x",
        " javascript:x",
    ],
)
def test_other_schemes_lose_their_address(href):
    assert link_kind(href) == "refused"
    out = markdown.markdown(f'<p markdown="1">[x](<{href}>)</p>', extensions=["md_in_html", "generator.render.mdext"])
    assert "href" not in out


def test_kinds():
    assert link_kind("//e.example/x") == "external"
    assert link_kind("http://e.example") == "external" and link_kind("#fn:1") == "internal"
