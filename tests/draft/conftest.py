"""Helpers for draft tests: read a small made-up text the way `factsheet draft` does."""

from __future__ import annotations

import functools

import pytest

from generator.draft.build import Builder, Draft
from generator.draft.lang import attributor_for
from generator.draft.names import NameIndex
from generator.draft.speakers import Reader
from generator.draft.text import read
from generator.model.archive import ArchivedText
from generator.model.corpus import Corpus
from generator.project import Project
from generator.validate import check_project
from tests.conftest import REPO


def reader(*paragraphs: str, index: NameIndex | None = None) -> Reader:
    """A Reader over 'Title' plus ``paragraphs`` (paragraph 1, the title, is skipped as drafting skips it)."""
    text = "\n\n".join(("Title", *paragraphs)) + "\n"
    r = Reader(read(ArchivedText(text)), index or NameIndex(), skip={1})
    r.read()
    return r


def quotes(*paragraphs: str, index: NameIndex | None = None) -> list[tuple[str, str | None]]:
    """(quotation, speaker label or None) for every quotation, in order."""
    out = []
    for reading in reader(*paragraphs, index=index).readings:
        found = {id(a.quote): a.speaker.label for a in reading.quotes}
        for q in reading.sentence.quotes:
            out.append((q.text, found.get(id(q))))
    return out


def analyse(language: str, *paragraphs: str, index: NameIndex | None = None):
    """What the attributor for ``language`` reads in 'Title' plus ``paragraphs`` (the title is skipped)."""
    text = "\n\n".join(("Title", *paragraphs)) + "\n"
    return attributor_for(language).analyse(read(ArchivedText(text)), index or NameIndex(), {1})


def said(language: str, *paragraphs: str, index: NameIndex | None = None) -> list[tuple[str, str, str]]:
    """(kind, speaker label, quotation or cited words) for every unit drafted, in order."""
    out = []
    for unit in analyse(language, *paragraphs, index=index).units:
        words = unit.attributions[0].quote.text if unit.attributions else unit.text
        out.append((unit.kind, unit.speaker.label, words))
    return out


def drafts(
    language: str,
    *paragraphs: str,
    index: NameIndex | None = None,
    published: str | None = None,
    corpus: Corpus | None = None,
) -> list[Draft]:
    """Every draft the builder makes from 'Title' plus ``paragraphs`` (its record's data and the line `factsheet draft`
    prints for it); ``published``: the source's publication date (YYYY-MM-DD), which weekdays are read against;
    ``corpus``: the records on file, whose near names the notes propose."""
    index = index or NameIndex()
    text = "\n\n".join(("Title", *paragraphs)) + "\n"
    analysis = analyse(language, *paragraphs, index=index)
    index = analysis.index or index
    builder = Builder("src", ArchivedText(text), index, set(), language=language, published=published, corpus=corpus)
    builder.plan_entities(
        analysis.entities,
        [u.speaker for u in analysis.units],
        analysis.descriptors,
        analysis.leaderships,
        analysis.first_sentence,
    )
    for unit in analysis.units:
        builder.add_unit(unit, analysis.mentioned.get(id(unit), []))
    return builder.drafts


def built(language: str, *paragraphs: str, index: NameIndex | None = None, published: str | None = None) -> list[dict]:
    """Every record drafted from 'Title' plus ``paragraphs``, as the builder writes it, with its type and id; ``published``:
    the source's publication date (YYYY-MM-DD), which weekdays are read against."""
    return [
        {"type": d.type, "id": d.id, **d.data} for d in drafts(language, *paragraphs, index=index, published=published)
    ]


def denials(language: str, text: str) -> list[tuple[str, str]]:
    """(kind, denier label) of every denial drafted from 'Title' plus ``text``."""
    return [(kind, speaker) for kind, speaker, _ in said(language, text) if kind == "denial"]


def deniers(language: str, *paragraphs: str, index: NameIndex | None = None, once: bool = False) -> list[str]:
    """The label of the denier of every denial unit drafted from 'Title' plus ``paragraphs``, in order; ``once``: each
    denier only where it first denies (the grids that ask who denies, not how often)."""
    out: list[str] = []
    for kind, who, _ in said(language, *paragraphs, index=index):
        if kind == "denial" and not (once and who in out):
            out.append(who)
    return out


def denied(language: str, *paragraphs: str) -> list[str]:
    """What each denial record drafted from 'Title' plus ``paragraphs`` says was denied."""
    return [d["denied"] for d in built(language, *paragraphs) if d["type"] == "denial"]


def speakers(language: str, *paragraphs: str, index: NameIndex | None = None) -> list[tuple[str, str]]:
    """(kind, speaker label) of every unit drafted from 'Title' plus ``paragraphs``, in order."""
    return [(u.kind, u.speaker.label) for u in analyse(language, *paragraphs, index=index).units]


def denied_by(language: str, text: str) -> list[tuple[object, str]]:
    """(denier: its record id or how the text describes it, what was denied) of every denial record drafted from
    'Title' plus ``text``."""
    out = []
    for d in built(language, text):
        if d["type"] == "denial":
            out.append((d["denier"].get("actor") or d["denier"].get("described_as"), d["denied"]))
    return out


@functools.cache
def real_result(name: str) -> dict:
    """What benchmarks/draft_attribution.py measures on one real article, drafted once per test session: the
    regression floors of several modules share articles."""
    from benchmarks.draft_attribution import REAL_ARTICLES, run_real

    return run_real(REAL_ARTICLES / f"{name}.gold.json")


def record_kinds(language: str, *paragraphs: str) -> dict[str, str]:
    """The kind of each actor or group record drafted from 'Title' plus ``paragraphs``, by id."""
    return {r["id"]: r.get("kind", "") for r in built(language, *paragraphs) if r["type"] in ("actor", "group")}


def claimants(language: str, *paragraphs: str, index: NameIndex | None = None) -> list[tuple[str, object]]:
    """(type, claimant or denier: its record id, else how the text describes it) of every claim and denial record
    drafted from 'Title' plus ``paragraphs``."""
    out = []
    for r in built(language, *paragraphs, index=index):
        if r["type"] in ("claim", "denial"):
            who = r.get("claimant") or r.get("denier")
            out.append((r["type"], who.get("actor") or who.get("described_as")))
    return out


@functools.cache
def project_index() -> NameIndex:
    """The names and aliases of the repository's own records (the groups and actors news names in many ways)."""
    corpus, _ = check_project(Project(REPO))
    return NameIndex.of(corpus)


# The lead paragraph the English consistency modules set before their made-up sentences (the first paragraph read
# after the title), so that what they test is not the article's opening sentence.
EN_LEAD = "Talks resumed in Port Sable on Sunday."


def last_units(*paragraphs: str) -> list[tuple[str, str]]:
    """(kind, speaker) of the English units drafted from the last of ``paragraphs``, after :data:`EN_LEAD`."""
    last = paragraphs[-1]
    return [(kind, who) for kind, who, words in said("en", EN_LEAD, *paragraphs) if words.rstrip(",.") in last]


def last_deniers(*paragraphs: str) -> list[str]:
    """The deniers among :func:`last_units`."""
    return [who for kind, who in last_units(*paragraphs) if kind == "denial"]


# The lead paragraphs the Arabic and Persian consistency modules set before their made-up sentences, and both by
# language ('Talks resumed in the city of Astra on Sunday').
LEAD_AR = "استؤنفت المحادثات في مدينة أسترا يوم الأحد."
LEAD_FA = "گفت\u200cوگوها روز یکشنبه در شهر آسترا از سر گرفته شد."
AF_LEAD = {"ar": LEAD_AR, "fa": LEAD_FA}


def index_if(on_file: bool) -> NameIndex | None:
    """The index of the repository's own records where ``on_file`` (:func:`project_index`), else none: the grids read
    each sentence with and without the names on file."""
    return project_index() if on_file else None


def af_units(language: str, *paragraphs: str, on_file: bool = False) -> list[tuple[str, str]]:
    """:func:`speakers` in Arabic or Persian, ``paragraphs`` after :data:`AF_LEAD`; with the names on file where
    ``on_file``."""
    return speakers(language, AF_LEAD[language], *paragraphs, index=index_if(on_file))


def af_records(language: str, *paragraphs: str, on_file: bool = False) -> list[dict]:
    """:func:`built` in Arabic or Persian, ``paragraphs`` after :data:`AF_LEAD`; with the names on file where
    ``on_file``."""
    return built(language, AF_LEAD[language], *paragraphs, index=index_if(on_file))


def af_claimants(language: str, *paragraphs: str, on_file: bool = False) -> list[tuple[str, object]]:
    """:func:`claimants` in Arabic or Persian, ``paragraphs`` after :data:`AF_LEAD`; with the names on file where
    ``on_file``."""
    return claimants(language, AF_LEAD[language], *paragraphs, index=index_if(on_file))


def said_en(*paragraphs: str, index: NameIndex | None = None) -> list[tuple[str, str, str]]:
    """:func:`said` in English, ``paragraphs`` after :data:`EN_LEAD`."""
    return said("en", EN_LEAD, *paragraphs, index=index)


def claimants_en(*paragraphs: str, index: NameIndex | None = None) -> list[tuple[str, object]]:
    """:func:`claimants` in English, ``paragraphs`` after :data:`EN_LEAD`."""
    return claimants("en", EN_LEAD, *paragraphs, index=index)


def in_sentence(subject: str) -> str:
    """A subject as written inside a sentence: 'the Kessel Brigades' for 'The Kessel Brigades' (names keep their
    capitals)."""
    return subject[0].lower() + subject[1:] if subject.split()[0] in ("The", "A", "An") else subject


def curly(text: str) -> str:
    """Curly apostrophes and quotation marks for straight ones (each paragraph opens its own quotation)."""
    text = text.replace("'", "\u2019")
    opened = False
    out = []
    for ch in text:
        if ch == '"':
            out.append("\u201d" if opened else "\u201c")
            opened = not opened
        else:
            out.append(ch)
    return "".join(out)


def unique_paragraphs(rows: list[tuple], at: int = 1) -> list[tuple]:
    """A grid's rows (frame, paragraphs, expected; or with the text at another place ``at``), each text once, in its
    first row: variants of a frame that come out as the same text are one case."""
    seen: set[object] = set()
    unique = []
    for row in rows:
        if row[at] not in seen:
            seen.add(row[at])
            unique.append(row)
    return unique


def deniers_case(
    frame: str, paragraphs: tuple[str, ...], labels: tuple[str, ...], marks: str, not_yet: tuple[str, ...]
):
    """A grid row as a test case, its paragraphs and labels with curly marks where ``marks`` is 'curly'; expected to
    fail (strictly) where its frame holds one of ``not_yet``, the shapes the rules do not read yet."""
    if marks == "curly":
        paragraphs = tuple(curly(p) for p in paragraphs)
        labels = tuple(curly(label) for label in labels)
    xfail = [pytest.mark.xfail(reason="not read yet", strict=True)] if any(k in frame for k in not_yet) else []
    return pytest.param(paragraphs, labels, id=f"{marks}|{frame}", marks=xfail)


def other_letters(text: str) -> str:
    """The other script's yeh and kaf: Persian ی and ک in Arabic text, Arabic ي and ك in Persian text."""
    if "ی" in text or "ک" in text:
        return text.replace("ی", "ي").replace("ک", "ك")
    return text.replace("ي", "ی").replace("ك", "ک")


def no_zwnj(text: str) -> str:
    """``text`` without the zero-width non-joiner, as Persian is often typed."""
    return text.replace("\u200c", "")


def quotation_speakers(language: str, *paragraphs: str) -> dict[str, set[str]]:
    """Who each quotation of 'Title' plus ``paragraphs`` is drafted as said by, by its first ten characters."""
    out: dict[str, set[str]] = {}
    for unit in analyse(language, *paragraphs).units:
        for a in unit.attributions:
            out.setdefault(a.quote.text[:10], set()).add(a.speaker.label)
    return out


def en_quotes(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    """Every quotation of the English grid lead plus ``paragraphs`` with its speaker; there must be one."""
    got = quotes(EN_LEAD, *paragraphs)
    assert got, paragraphs
    return got


def en_speaker_of(paragraphs: list[str], words: str) -> str | None:
    """The speaker of the quotation that holds ``words``, after the English grid lead."""
    for quote, speaker in en_quotes(paragraphs):
        if words in quote:
            return speaker
    raise AssertionError((words, paragraphs))


def en_grid_deniers(paragraphs: tuple[str, ...]) -> list[str]:
    """The deniers drafted from ``paragraphs`` after the English grid lead, each once, in order."""
    return deniers("en", EN_LEAD, *paragraphs, once=True)
