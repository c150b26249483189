"""Search in the browser: every group's name and alias leads to its fact sheet first, in any spelling or script."""

from __future__ import annotations

import shutil
from collections import Counter

import pytest

from benchmarks.synthetic import generate
from generator.folding import fold, skeleton
from generator.project import Project
from generator.validate import check_project
from tests.browser.conftest import built_and_served, wait_until
from tests.render.kit import REPO

pytestmark = pytest.mark.browser


def seed_groups():
    corpus, _ = check_project(Project(REPO))
    return [
        (g.id, name) for g in corpus.published().of_type("group") for name in [g.name, *(a.name for a in g.aliases)]
    ]


def top_results(page, site, query: str) -> list[str]:
    """The result links the search page lists for ``query``, best first."""
    page.goto(site.page("search/"))
    page.fill("#fs-search-page-input", query)
    wait_until(page, "document.querySelector('.fs-search-page .fs-search__status').textContent.includes('for')")
    return page.eval_on_selector_all(
        ".fs-search-page .fs-search__results .fs-result a", "links => links.map(a => a.getAttribute('href'))"
    )


@pytest.mark.parametrize("group_id, name", seed_groups())
def test_every_name_and_alias_finds_the_group_first(seed_site, page, group_id, name):
    results = top_results(page, seed_site, name)
    assert results and results[0] == f"/group/{group_id}/", (name, results[:3])


@pytest.mark.parametrize(
    "query, target",
    [
        ("Fatimiyoun", "group/fatemiyoun"),
        ("fatemiyoon", "group/fatemiyoun"),
        ("FATEMIYUN", "group/fatemiyoun"),
        ("Fāṭemiyūn", "group/fatemiyoun"),
        ("Zaynabiyun", "group/zainabiyoun"),
        ("Zeinabiyoun", "group/zainabiyoun"),
        ("al Zurfi", "actor/adnan-al-zurfi"),
        ("El-Zurfi", "actor/adnan-al-zurfi"),
        ("zurfi", "actor/adnan-al-zurfi"),
        ("Nouri al Maliki", "actor/nouri-al-maliki"),
        ("iran", "actor/iran"),
    ],
)
def test_latin_spelling_variants(seed_site, page, query, target):
    results = top_results(page, seed_site, query)
    assert results and results[0] == f"/{target}/", (query, results[:3])


@pytest.mark.parametrize(
    "query, target",
    [
        ("فاطمیون", "group/fatemiyoun"),  # as recorded, Persian yeh
        ("فاطميون", "group/fatemiyoun"),  # Arabic yeh
        ("فاطِمیّون", "group/fatemiyoun"),  # with harakat
        ("فاطـمیون", "group/fatemiyoun"),  # with tatweel
        ("زينبيون", "group/zainabiyoun"),
        ("ائتلاف دولة القانون", "group/state-of-law-coalition"),
        ("دوله القانون", "group/state-of-law-coalition"),  # heh for teh marbuta
    ],
)
def test_arabic_and_persian_script(seed_site, page, query, target):
    results = top_results(page, seed_site, query)
    assert results and results[0] == f"/{target}/", (query, results[:3])


def test_header_box_lists_the_fact_sheet_first_and_enter_opens_the_search_page(seed_site, page):
    page.goto(seed_site.page("claims/"))
    page.fill("#fs-search-header", "Zainabiyoun")
    page.wait_for_selector(".fs-search__popup:not([hidden]) .fs-result a")
    assert page.get_attribute(".fs-search__popup .fs-result a", "href") == "/group/zainabiyoun/"
    page.press("#fs-search-header", "Enter")
    page.wait_for_url("**/search/?q=Zainabiyoun")
    page.wait_for_selector(".fs-search-page .fs-result a")
    page.click(".fs-search-page .fs-result a")
    page.wait_for_url("**/group/zainabiyoun/")
    assert page.problems == []


def test_the_browser_folds_like_the_build(seed_site, page):
    """search.js's fold and skeleton give the same words as generator/folding.py."""
    samples = [
        "Fatemiyoun",
        "Fāṭemiyūn",
        "Al-Zurfi",
        "el-Zurfi",
        "al Zurfi",
        "ash-Sham",
        "Liwa’ al-Raya",
        "Ba'ath",
        "straße",
        "Hossein",
        "Zeinab",
        "ISIS",
        "The Watch",
        "فاطمیون",
        "فاطِمیّون",
        "فاطـمیون",
        "ائتلاف دولة القانون",
        "کتیبه",
        "إيران",
        "آزاد",
        "۱۲۳",
        "a\u200cb",
        "<script>alert(1)</script>",
        "{{ 7*7 }}",
        "Quds  Force",
    ]
    page.goto(seed_site.page(""))
    module = seed_site.page("assets/factsheet/search.js")
    got = page.evaluate(
        """async ([url, samples]) => {
            const m = await import(url);
            return samples.map((s) => { const f = m.fold(s); return [f, f.split(" ").filter(Boolean).map(m.skeleton).join(" ")]; });
        }""",
        [module, samples],
    )
    want = [[fold(s), " ".join(skeleton(w) for w in fold(s).split())] for s in samples]
    assert got == want


def test_a_search_downloads_a_small_part_of_the_index(seed_site, page):
    """Pagefind loads only what a query needs; the figures are printed for the record."""
    sizes: dict[str, int] = {}

    def count(response):
        if "/pagefind/" in response.url:
            body = response.body()
            sizes[response.url.rsplit("/", 1)[-1]] = len(body)

    page.on("response", count)
    top_results(page, seed_site, "Fatemiyoun")
    index_total = sum(p.stat().st_size for p in (seed_site.root / "pagefind").rglob("*") if p.is_file())
    downloaded = sum(sizes.values())
    print(
        f"\nsearch index on disk: {index_total} bytes; one search downloaded {downloaded} bytes in {len(sizes)} files"
    )
    assert downloaded < index_total


SCALE_RECORDS = 2000
"""Enough records that the index is split into many shards, few enough to build in about half a minute."""


@pytest.fixture(scope="module")
def synthetic_site(tmp_path_factory):
    """A synthetic corpus (benchmarks/synthetic.py) whose groups have aliases in Arabic and Persian script."""
    root = tmp_path_factory.mktemp("synthetic") / "project"
    generate(root, SCALE_RECORDS)
    shutil.copytree(REPO / "templates", root / "templates")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    yield from built_and_served(Project(root))


def test_at_scale_a_search_downloads_little_and_every_script_finds_the_group(synthetic_site, page):
    corpus, _ = check_project(synthetic_site.project)
    groups = corpus.of_type("group")
    names = lambda g: [g.name, *(a.name for a in g.aliases)]  # noqa: E731
    used = Counter(fold(n) for g in groups for n in names(g))
    group = next(g for g in groups[len(groups) // 2 :] if all(used[fold(n)] == 1 for n in names(g)))
    scripts = {a.lang for a in group.aliases}
    assert scripts == {"ar", "fa-Arab"}, scripts

    sizes: dict[str, int] = {}
    page.on("response", lambda r: sizes.__setitem__(r.url, len(r.body())) if "/pagefind/" in r.url and r.ok else None)
    first = top_results(page, synthetic_site, group.name)
    downloaded = sum(sizes.values())
    index_total = sum(p.stat().st_size for p in (synthetic_site.root / "pagefind").rglob("*") if p.is_file())
    print(f"\n{len(corpus)} records: index {index_total} bytes on disk; one search downloaded {downloaded} bytes")
    assert downloaded < 300_000 and downloaded < index_total / 4, (downloaded, index_total)

    assert first[0] == f"/group/{group.id}/"
    for alias in group.aliases:
        assert top_results(page, synthetic_site, alias.name)[0] == f"/group/{group.id}/", alias.name
