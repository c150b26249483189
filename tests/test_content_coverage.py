"""Every paragraph of an archived source that quotes someone or names a speaker is cited by some record.

Quotes are checked one by one by `factsheet validate`; this test checks the other
direction, from the archive to the records: that an editor curating an article did
not skip a passage where someone is quoted or a named person speaks. A paragraph
"needs" a citation when it contains a quotation mark (any double quote, including
the guillemets « » and curly quotes of Arabic and Persian text; a single quote only
where it is not an apostrophe between two letters), speech given after a colon
without marks, as Arabic and Persian reports often do (قال: ..., گفت: ...), or the
name or an alias of a person actor, in any script. It counts as cited when a
citation's quote, located with the same matcher the validator uses, starts in it or
runs through it. Every archived source under seeds/ is checked, and a file there
that no source archives is itself a failure.

The checker is a plain function over texts and citations, so it is tested here on a
tiny made-up input as well as run over the real content and the minimal fixture.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.model.archive import ArchivedText, fold

ROOT = Path(__file__).resolve().parent.parent
PROJECTS = {
    "content": ROOT,
    "fixture-minimal": ROOT / "tests" / "fixtures" / "minimal",
}

_DOUBLE_QUOTES = '"\u201c\u201d\u201e\u201f\u00ab\u00bb'
_SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b"
# A single quote mark between two letters (Iraq’s, don't) is an apostrophe, not a quotation.
_QUOTATION = re.compile(rf"[{_DOUBLE_QUOTES}]|(?<!\w)[{_SINGLE_QUOTES}]|[{_SINGLE_QUOTES}](?!\w)")
# Reported speech after a colon, without quotation marks: Arabic قال/أضاف/أكد/أوضح (with و- and -ت forms),
# Persian گفت/گفته است/افزود/اظهار داشت/اعلام کرد. A colon must follow the verb, at most six words later
# (Arabic puts the speaker after the verb: وقال المتحدث باسم الوزارة: ...), with no full stop in between.
_SPEECH_VERBS = (
    r"(?:و|ف)?(?:قال|قالت|أضاف|أضافت|اضاف|أكد|أكدت|أوضح|أوضحت|تابع|تابعت)"
    r"|گفت|گفته\s+است|گفته\s+بود|افزود|اظهار\s+داشت|اعلام\s+کرد|تصریح\s+کرد"
)
_COLON_SPEECH = re.compile(rf"(?<!\w)(?:{_SPEECH_VERBS})(?:\s+[^\s:.!?؟،]+){{0,6}}\s*[:\uff1a]")


@dataclass(frozen=True)
class Cite:
    """One citation, reduced to what the coverage check needs."""

    source: str
    quote: str


@dataclass(frozen=True)
class Gap:
    """A paragraph that needs a citation and has none."""

    source: str
    paragraph: int
    reason: str
    excerpt: str

    def __str__(self) -> str:
        return f"{self.source} paragraph {self.paragraph} ({self.reason}) is cited by no record: {self.excerpt!r}"


def needs_citation(paragraph: str, speakers: Iterable[str]) -> str | None:
    """Why ``paragraph`` must be cited (a quotation mark, or a named speaker), or None."""
    if _QUOTATION.search(paragraph):
        return "quotation mark"
    if _COLON_SPEECH.search(paragraph):
        return "speech after a colon"
    folded = fold(paragraph)
    for name in speakers:
        if re.search(rf"(?<!\w){re.escape(fold(name))}(?!\w)", folded):
            return f"names {name}"
    return None


def cited_paragraphs(archive: ArchivedText, quotes: Iterable[str]) -> tuple[set[int], list[str]]:
    """The paragraphs the quotes start in or run through, and the quotes not found at all."""
    cited: set[int] = set()
    missing: list[str] = []
    for quote in quotes:
        span = archive.find(quote)
        if span is None:
            missing.append(quote)
            continue
        cited.update(range(span.paragraph, archive.paragraph_of(span.end - 1) + 1))
    return cited, missing


def uncited_paragraphs(
    texts: Mapping[str, str], citations: Iterable[Cite], speakers: Iterable[str]
) -> tuple[list[Gap], list[Cite]]:
    """Paragraphs of ``texts`` (archived text by source id) that need a citation and have none.

    Also returns the citations whose quote is not in their source's text (or whose
    source has no text), since those cannot count as covering anything.
    """
    speakers = sorted(set(speakers), key=len, reverse=True)
    by_source: dict[str, list[Cite]] = {}
    unfound: list[Cite] = []
    for cite in citations:
        if cite.source in texts:
            by_source.setdefault(cite.source, []).append(cite)
        else:
            unfound.append(cite)
    gaps: list[Gap] = []
    for source, text in texts.items():
        archive = ArchivedText(text)
        cites = by_source.get(source, [])
        cited, missing = cited_paragraphs(archive, [c.quote for c in cites])
        unfound += [c for c in cites if c.quote in missing]
        for number, paragraph in enumerate(archive.paragraphs, 1):
            reason = needs_citation(paragraph, speakers)
            if reason and number not in cited:
                gaps.append(Gap(source, number, reason, paragraph[:80]))
    return gaps, unfound


# Reading a project folder ----------------------------------------------------


def _records(root: Path) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path in sorted((root / "content").glob("*/*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict):
            yield path.parent.name, path.stem, data


def _citations_in(value: Any) -> Iterator[Cite]:
    if isinstance(value, dict):
        if isinstance(value.get("source"), str) and isinstance(value.get("quote"), str):
            yield Cite(value["source"], value["quote"])
        for item in value.values():
            yield from _citations_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from _citations_in(item)


def load_project(root: Path) -> tuple[dict[str, str], list[Cite], list[str]]:
    """Archived texts by source id, every citation, and the names and aliases of person actors.

    A file under seeds/ that no source archives is keyed by its path, so its
    paragraphs show up as uncited rather than being skipped.
    """
    texts: dict[str, str] = {}
    citations: list[Cite] = []
    speakers: list[str] = []
    archived: set[Path] = set()
    for type_name, record_id, data in _records(root):
        citations += _citations_in(data)
        if type_name == "source" and isinstance(data.get("archive"), str):
            path = root / data["archive"]
            archived.add(path.resolve())
            texts[record_id] = path.read_text(encoding="utf-8")
        if type_name == "actor" and data.get("kind") == "person":
            speakers.append(data["name"])
            speakers += [a["name"] for a in data.get("aliases", []) if isinstance(a, dict) and "name" in a]
    for path in sorted((root / "seeds").rglob("*")):
        if path.is_file() and not path.name.startswith(".") and path.resolve() not in archived:
            texts[str(path.relative_to(root))] = path.read_text(encoding="utf-8")
    return texts, citations, speakers


# The checker on a tiny made-up input -------------------------------------------

TINY = (
    "Storm closes harbour\n\n"
    "The harbour master said the port was “closed until further notice”.\n\n"
    "Ferries were held at the quay overnight; the town’s hotels filled up.\n\n"
    "Mara Quill, who runs the ferry line, expects a loss.\n\n"
    "Quill added that the storm had been forecast.\n"
    "Her deputy disagreed.\n"
)
TINY_SPEAKERS = ["Mara Quill", "Quill"]
TINY_CITES = [
    Cite("tiny", "the port was “closed until further notice”"),
    Cite("tiny", "Mara Quill, who runs the ferry line"),
    Cite("tiny", "Quill added that the storm had been forecast."),
]


def test_tiny_input_fully_cited_has_no_gaps():
    gaps, unfound = uncited_paragraphs({"tiny": TINY}, TINY_CITES, TINY_SPEAKERS)
    assert gaps == []
    assert unfound == []


@pytest.mark.parametrize(
    ("dropped", "paragraph", "reason"),
    [(0, 2, "quotation mark"), (1, 4, "names Mara Quill"), (2, 5, "names Quill")],
)
def test_removing_a_paragraphs_citations_reports_it(dropped, paragraph, reason):
    cites = [c for i, c in enumerate(TINY_CITES) if i != dropped]
    gaps, _ = uncited_paragraphs({"tiny": TINY}, cites, TINY_SPEAKERS)
    assert [(g.paragraph, g.reason) for g in gaps] == [(paragraph, reason)]
    assert f"paragraph {paragraph}" in str(gaps[0])


def test_paragraphs_without_quotations_or_speakers_need_no_citation():
    # The headline and paragraph 3 (an apostrophe only) are never cited above.
    assert needs_citation("Ferries were held; the town’s hotels filled up.", TINY_SPEAKERS) is None
    # A plural possessive cannot be told from a closing quote; the check errs towards asking for a citation.
    assert needs_citation("the militias’ presence", []) == "quotation mark"
    assert needs_citation("He said 'no'.", []) == "quotation mark"


@pytest.mark.parametrize(
    "paragraph",
    [
        "وقال المتحدث: إن الحدود مؤمنة بالكامل.",
        "وأضاف:لا توجد قوات أجنبية في المعسكرات.",
        "قالت الوزيرة: سنحقق في الأمر.",
        "سخنگوی وزارت گفت: هیچ نیرویی اعزام نشده است.",
        "وی افزود: این گزارش‌ها صحت ندارد.",
        "او در این نشست گفته است: همه چیز تحت کنترل است.",
    ],
)
def test_speech_after_a_colon_in_arabic_and_persian_needs_a_citation(paragraph):
    assert needs_citation(paragraph, []) == "speech after a colon"


@pytest.mark.parametrize(
    "paragraph",
    [
        "قالت مصادر إن الاجتماع تأجل.",  # reported speech without a colon: not flagged by this rule
        "گفتگوهای دو طرف ادامه دارد.",  # the verb's letters inside another word
        "الساعة 21:38 مساءً",  # a colon that follows no speech verb
        "Ferries were held: the town’s hotels filled up.",
    ],
)
def test_colons_without_a_speech_verb_need_no_citation(paragraph):
    assert needs_citation(paragraph, []) is None


def test_guillemets_and_arabic_script_names_need_a_citation():
    assert needs_citation("زهیر مجاهد گفته است که «این لشکر» فعال است.", []) == "quotation mark"
    assert needs_citation("وأوضح النائب اسكندر وتوت أن اللجنة ستحقق.", ["اسكندر وتوت"]) == "names اسكندر وتوت"


def test_an_uncited_colon_speech_paragraph_is_a_gap():
    text = "عنوان الخبر\n\nوقال الوزير: لا صحة لهذه الأنباء.\n"
    gaps, _ = uncited_paragraphs({"ar": text}, [], [])
    assert [(g.paragraph, g.reason) for g in gaps] == [(2, "speech after a colon")]
    gaps, _ = uncited_paragraphs({"ar": text}, [Cite("ar", "وقال الوزير: لا صحة لهذه الأنباء.")], [])
    assert gaps == []


def test_a_quote_running_across_paragraphs_covers_each_of_them():
    text = "One said “a\n\nb” twice.\n\nThird.\n"
    gaps, _ = uncited_paragraphs({"t": text}, [Cite("t", "“a b”")], [])
    assert gaps == []


def test_quotes_not_in_the_text_cover_nothing_and_are_reported():
    wrong = Cite("tiny", "the port was closed for good")
    elsewhere = Cite("other", "whatever")
    gaps, unfound = uncited_paragraphs({"tiny": TINY}, [wrong, elsewhere, *TINY_CITES[1:]], TINY_SPEAKERS)
    assert [g.paragraph for g in gaps] == [2]
    assert unfound == [elsewhere, wrong]


# The real content and the minimal fixture ---------------------------------------


@pytest.fixture(params=sorted(PROJECTS), scope="module")
def project(request):
    root = PROJECTS[request.param]
    texts, citations, speakers = load_project(root)
    assert texts, f"{root} has no archived texts"
    return texts, citations, speakers


def test_every_quoted_or_attributed_paragraph_is_cited(project):
    texts, citations, speakers = project
    gaps, unfound = uncited_paragraphs(texts, citations, speakers)
    assert not unfound, "quotes not found in their archives:\n" + "\n".join(f"{c.source}: {c.quote!r}" for c in unfound)
    assert not gaps, "\n".join(map(str, gaps))


def test_every_file_under_seeds_is_archived_by_a_source(project):
    """A text under seeds/ with no source record would be checked by path only; every one must have a record."""
    texts, _, _ = project
    unarchived = sorted(key for key in texts if key.startswith("seeds/"))
    assert not unarchived, f"files under seeds/ that no source record archives: {unarchived}"


def test_the_real_content_covers_sources_in_several_languages():
    """The curated corpus is multilingual, so the checks above run over Arabic and Persian archives too."""
    languages = set()
    for type_name, _, data in _records(ROOT):
        if type_name == "source" and isinstance(data.get("language"), str):
            languages.add(data["language"].split("-")[0])
    assert {"en", "ar", "fa"} <= languages


def test_the_check_would_notice_a_paragraph_losing_its_citations(project):
    """For each paragraph that needs citing, dropping the citations that touch it makes it a gap."""
    texts, citations, speakers = project
    checked = 0
    for source, text in texts.items():
        archive = ArchivedText(text)
        for number, paragraph in enumerate(archive.paragraphs, 1):
            if not needs_citation(paragraph, speakers):
                continue
            kept = []
            for cite in citations:
                span = archive.find(cite.quote) if cite.source == source else None
                if span is None or not span.paragraph <= number <= archive.paragraph_of(span.end - 1):
                    kept.append(cite)
            gaps, _ = uncited_paragraphs(texts, kept, speakers)
            assert (source, number) in {(g.source, g.paragraph) for g in gaps}
            checked += 1
    assert checked, "no paragraph needs a citation, so the coverage test checks nothing"
