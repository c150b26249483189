"""Record text is untrusted: every value comes out as visible text, never as Markdown or HTML."""

import re

import markdown
import pytest

from generator.render.environment import make_environment
from generator.render.escape import Safe, escape_md, external_href

EXTENSIONS = ["footnotes", "tables", "attr_list", "md_in_html", "admonition", "toc", "pymdownx.superfences"]

HOSTILE = [
    "<script>alert(1)</script>",
    "[click](javascript:alert(1))",
    "![img](https://evil.example/x.png)",
    "<img src=x onerror=alert(1)>",
    "**bold** _em_ `code`",
    "# heading",
    "a | b | c",
    "text {: .evil #x onclick=alert(1) }",
    '!!! danger "Owned"',
    '--8<-- "/etc/passwd"',
    "{{ 7 * 7 }} {% if true %}yes{% endif %}",
    "[^1]: a footnote",
    "<https://evil.example>",
    "&lt;script&gt; already escaped",
    "1. first",
    "- item",
    "line one\nline two\n\n- three",
]


def to_html(md: str) -> str:
    return markdown.markdown(md, extensions=EXTENSIONS)


@pytest.mark.parametrize("value", HOSTILE)
def test_escaped_value_is_inert_text_in_a_paragraph(value):
    html = to_html(f"Before {escape_md(value)} after")
    assert html.startswith("<p>") and html.count("<p>") == 1
    for tag in ("<script", "<a ", "<img", "<strong", "<em", "<code", "<h1", "<table", "<div", "<sup", "<ol", "<ul"):
        assert tag not in html, (value, html)
    assert not re.search(r"<[^>]*(onclick|onerror)", html), html


@pytest.mark.parametrize("value", HOSTILE)
def test_escaped_value_at_line_start_starts_no_block(value):
    html = to_html(escape_md(value))
    assert html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1, html


@pytest.mark.parametrize("value", HOSTILE)
def test_escaped_value_stays_in_its_table_cell(value):
    html = to_html(f"| a | b |\n|---|---|\n| {escape_md(value)} | x |\n")
    assert html.count("<td>") == 2 and "<script" not in html and "<a " not in html, html


def test_escape_reads_back_as_the_same_text():
    import html as html_module

    value = "Fighters <b> & 'co' said \"*no*\" [x](y) {z} | #1 ~ \\ `"
    html = to_html(escape_md(value))
    text = html_module.unescape(re.sub(r"</?p>", "", html))
    assert text == value


def test_newlines_and_controls_collapse():
    assert escape_md("a\nb\r\n\tc\u2028d") == "a b c d"
    assert escape_md("tail\n") == "tail" and escape_md(", ") == ", "
    # STX/ETX would let text pose as Python-Markdown's own placeholders.
    assert escape_md("\x02wzxhzdk:0\x03") == "wzxhzdk:0"


def test_safe_combines_by_escaping_the_other_side():
    fragment = Safe("[ok](x.md)")
    assert fragment + "<b>" == "[ok](x.md)&lt;b&gt;"
    assert Safe(", ").join([fragment, "*x*"]) == "[ok](x.md), &#42;x&#42;"
    assert Safe("%s!") % "[y]" == "&#91;y&#93;!"


def test_only_http_urls_become_links_and_are_percent_encoded():
    assert external_href("javascript:alert(1)") is None
    assert external_href("data:text/html,x") is None
    assert external_href("https://a.example/x (1)") is None
    href = external_href("https://a.example/p)a[t]h*?q=`1`&r=<2>")
    assert href is not None
    assert not set("()[]`<>*") & set(href)


def test_attribute_lists_and_links_from_text_cannot_form():
    # The V1 payload: a link with an attribute list that covers the page.
    text = escape_md("An armed group. [Read](https://evil.example/){: style=position:fixed;inset:0 } { .x } {#id}")
    assert not set("[](){}") - set("()") & set(text) and "&#123;" in text and "&#91;" in text


def test_what_is_not_text_is_dropped():
    assert escape_md("a\uffff\ufffe\ufdd0\U0010ffff\ud800b") == "ab"


def render_string(source: str, tmp_path, **context) -> str:
    (tmp_path / "t.md.j2").write_text(source)
    return make_environment(tmp_path).get_template("t.md.j2").render(context)


def test_every_output_is_escaped_without_asking(tmp_path):
    out = render_string("{{ name }} / {{ name|e }} / {{ [name, name]|join(', ') }}", tmp_path, name="<i>*x*</i>")
    assert out == "&lt;i&gt;&#42;x&#42;&lt;/i&gt; / &lt;i&gt;&#42;x&#42;&lt;/i&gt; / " + ", ".join(
        ["&lt;i&gt;&#42;x&#42;&lt;/i&gt;"] * 2
    )


def test_jinja_syntax_in_values_is_not_evaluated(tmp_path):
    out = render_string("{{ value }}", tmp_path, value="{{ 7 * 7 }}{% raw %}")
    assert "49" not in out and out == "&#123;&#123; 7 &#42; 7 &#125;&#125;&#123;% raw %&#125;"


def test_only_safe_passes_unescaped(tmp_path):
    from markupsafe import Markup

    out = render_string("{{ a }}|{{ b }}|{{ c }}", tmp_path, a=Safe("*ok*"), b=Markup("*html-only*"), c=None)
    assert out == "*ok*|&#42;html-only&#42;|"


def test_concatenation_with_safe_escapes_the_value(tmp_path):
    out = render_string("{{ link ~ value }}", tmp_path, link=Safe("[a](b.md)"), value="[x](javascript:y)")
    assert "[x](" not in out


def test_html_only_filters_are_unavailable(tmp_path):
    import jinja2

    with pytest.raises(jinja2.TemplateAssertionError):
        render_string("{{ x|xmlattr }}", tmp_path, x={})


def test_shipped_templates_never_bypass_escaping():
    from tests.render.kit import TEMPLATES

    for path in TEMPLATES.rglob("*.j2"):
        text = path.read_text()
        assert "|safe" not in text.replace(" ", "") and "Markup" not in text, path
        assert "autoescape" not in text, path


def test_join_escapes_items_and_separator_but_keeps_safe_ones(tmp_path):
    out = render_string(
        "{{ items|join(sep) }}|{{ people|join(', ', attribute='name') }}",
        tmp_path,
        items=[Safe("[a](a.md)"), "*b*"],
        sep=" | ",
        people=[{"name": "_x_"}, {"name": "y"}],
    )
    assert out == "[a](a.md) &#124; &#42;b&#42;|&#95;x&#95;, y"
