"""Redirect pages at former ids: where they go, what they point at, and that nothing in them is markup or script."""

from __future__ import annotations

from html.parser import HTMLParser

from generator.build.redirects import redirect_files, relative_href
from generator.sitelinks import SiteLinks
from tests.render.kit import corpus_of, lantern_corpus


def renamed_corpus(name: str = "Lantern Coast Watch"):
    base = lantern_corpus()
    group = base.of_type("group")[0]
    renamed = group.model_copy(update={"former_ids": ["coast-watch", "the-watch"], "name": name})
    return corpus_of(*(renamed if r.id == group.id else r for r in base)), group.id


class Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


def elements(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Elements()
    parser.feed(html)
    return parser.found


def test_relative_links_between_pages():
    assert relative_href("group/old/", "group/new/") == "../new/"
    assert relative_href("group/old.html", "group/new.html") == "new.html"
    assert relative_href("group/old/", "actor/new/") == "../../actor/new/"


def test_a_page_at_every_former_id_with_directory_urls():
    corpus, new_id = renamed_corpus()
    files = redirect_files(corpus, SiteLinks())
    assert sorted(files) == ["group/coast-watch/index.html", "group/the-watch/index.html"]
    found = elements(files["group/coast-watch/index.html"])
    assert ("link", {"rel": "canonical", "href": f"../{new_id}/"}) in found
    assert ("meta", {"http-equiv": "refresh", "content": f"0; url=../{new_id}/"}) in found
    assert ("a", {"href": f"../{new_id}/"}) in found
    assert not [tag for tag, _ in found if tag in ("script", "style", "iframe", "img")]


def test_without_directory_urls_and_with_a_site_address():
    corpus, new_id = renamed_corpus()
    files = redirect_files(corpus, SiteLinks("https://facts.example.org/", directory_urls=False))
    assert sorted(files) == ["group/coast-watch.html", "group/the-watch.html"]
    found = elements(files["group/the-watch.html"])
    assert ("link", {"rel": "canonical", "href": f"https://facts.example.org/group/{new_id}.html"}) in found
    assert ("meta", {"http-equiv": "refresh", "content": f"0; url={new_id}.html"}) in found


def test_the_name_is_text_and_the_policy_forbids_everything():
    corpus, _ = renamed_corpus('Watch <script>alert(1)</script> & "friends"')
    html = redirect_files(corpus, SiteLinks())["group/coast-watch/index.html"]
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;friends&quot;" in html
    policy = next(attrs for _, attrs in elements(html) if attrs.get("http-equiv") == "Content-Security-Policy")
    assert (policy["content"] or "").startswith("default-src 'none'")
