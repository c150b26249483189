"""Draft: propose claim, denial, actor and group records from an archived text, by rules, for editors to check.

    paragraphs = text.read(archive)                 quotations, sentences (quotations masked)
    analysis   = lang.attributor_for(language)      per language: who said each quotation, who denies what,
                 .analyse(paragraphs, index, skip)  the people and bodies named; one unit per claim or denial
    named      = linking.named_on_file(...)         the records on file the article names, whole names only
    plan       = build.Builder(...)                 records with verified citations and free ids, linked to
                                                    the records that exist (or proposed in notes), with the
                                                    article's other names on file listed in their notes

English: speakers.Reader, descriptors.describe and units.units_of; Arabic and Persian:
lang.arabic_script.

Nothing is guessed beyond what the article's words support, every quote is
checked against the archive before it is written, and every record is a
draft that the public site and exports leave out until an editor reviews it.
A unit already cited by a claim or denial of the same source is skipped, so
drafting twice adds nothing the second time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.draft.build import Builder, Draft
from generator.draft.lang import attributor_for
from generator.draft.linking import named_on_file
from generator.draft.names import NameIndex
from generator.draft.text import read
from generator.draft.units import Unit
from generator.errors import FactsheetError, UsageError
from generator.model.archive import fold, looks_like_headline
from generator.model.corpus import Corpus
from generator.model.records import RECORD_TYPES
from generator.model.walk import iter_citations
from generator.project import Project
from generator.roundtrip import create_record


@dataclass
class Plan:
    """What a draft run would write, and what it left out and why."""

    source_id: str
    drafts: list[Draft] = field(default_factory=list)
    quotations: int = 0
    """Quotations in the text (outside the title)."""
    unattributed: list[tuple[int, str]] = field(default_factory=list)
    """(paragraph, words) of quotations no rule could attribute."""
    already: list[tuple[int, str]] = field(default_factory=list)
    """(paragraph, record id) of units an existing claim or denial already cites."""
    dropped: list[str] = field(default_factory=list)

    def count(self, type_name: str) -> int:
        return sum(d.type == type_name for d in self.drafts)

    def path(self, project: Project, draft: Draft) -> Path:
        return project.content_dir / draft.type / f"{draft.id}.yaml"


def plan_drafts(project: Project, corpus: Corpus, source_id: str) -> Plan:
    """Read the archived text of ``source_id`` and plan the draft records; writes nothing."""
    source = corpus.get(source_id)
    if source is None or source.TYPE != "source":
        kind = f"a {source.TYPE}, not a source" if source is not None else "not a source on record"
        raise UsageError(f"'{source_id}' is {kind}", hint="give the id of a source: content/source/<id>.yaml")
    archive = corpus.archives.get(source_id)
    if archive is None:
        raise FactsheetError(
            f"the archived text of '{source_id}' could not be read",
            hint="run `factsheet validate` to see what is wrong with its archive",
        )
    paragraphs = read(archive)
    title = getattr(source, "title", "")
    # The headline restates the lead; but a first paragraph taken for the title is the lead itself.
    headline = (
        paragraphs
        and fold(paragraphs[0].source or paragraphs[0].text) == fold(title)
        and looks_like_headline(paragraphs[0].text)
    )
    skip = {1} if headline else set()
    index = NameIndex.of(corpus)
    attributor = attributor_for(getattr(source, "language", None))
    analysis = attributor.analyse(paragraphs, index, skip)
    index = analysis.index or index  # (with the article's own short names for records, where it has any)
    plan = Plan(source_id)
    plan.quotations = (
        analysis.quotations
        if analysis.quotations is not None
        else sum(len(p.quotes) for p in paragraphs if p.number not in skip) - analysis.names_in_marks
    )
    # A quotation no rule gave a speaker may still be cited whole by a statement drafted from its sentence
    # ('"..." the aide tweeted', no comma: reported speech by the aide); the editor sees it there.
    plan.unattributed = [
        (number, words)
        for number, words in analysis.unattributed
        if not any(u.number == number and words in u.text for u in analysis.units)
    ]

    cited = _cited(corpus, source_id)
    units: list[Unit] = []
    for unit in analysis.units:
        text = fold(unit.text)
        owner = next((rid for quote, rid in cited if quote in text or text in quote), None)
        if owner:
            plan.already.append((unit.number, owner))
        else:
            units.append(unit)

    taken = set(corpus.records) | set(corpus.invalid) | _ids_on_disk(project)
    builder = Builder(
        source_id,
        archive,
        index,
        taken,
        language=attributor.language,
        corpus=corpus,
        published=getattr(source, "published", None),
        publisher=getattr(source, "publisher", None),
        named=named_on_file(paragraphs, index, skip),
    )
    builder.plan_entities(
        analysis.entities,
        [u.speaker for u in units],
        analysis.descriptors,
        analysis.leaderships,
        analysis.first_sentence,
    )
    for unit in units:
        builder.add_unit(unit, analysis.mentioned.get(id(unit), []))
    builder.validate()
    _drop_dangling(builder, set(corpus.records))
    builder.propose_answered_in_article()
    builder.draft_reports_denied()
    plan.drafts = builder.drafts
    plan.dropped = builder.dropped
    return plan


def write_plan(project: Project, plan: Plan) -> list[Path]:
    """Write the planned drafts (people and bodies first, so claims never point at a missing record)."""
    written = []
    for draft in sorted(plan.drafts, key=lambda d: d.type in ("claim", "denial")):
        path = plan.path(project, draft)
        create_record(path, draft.type, draft.data)
        written.append(path)
    return written


def _cited(corpus: Corpus, source_id: str) -> list[tuple[str, str]]:
    """(folded quote, record id) of every claim and denial citation of ``source_id``."""
    out = []
    for type_name in ("claim", "denial"):
        for record in corpus.of_type(type_name):
            for _, citation in iter_citations(record):
                if citation.source == source_id and len(fold(citation.quote)) >= 12:
                    out.append((fold(citation.quote), record.id))
    return out


def _ids_on_disk(project: Project) -> set[str]:
    ids: set[str] = set()
    for type_name in RECORD_TYPES:
        folder = project.content_dir / type_name
        if folder.is_dir():
            ids.update(p.stem for p in folder.glob("*.yaml"))
    return ids


_REFERENCES = ("actor", "target", "organization", "affiliation", "reported_to")


def _drop_dangling(builder: Builder, existing: set[str]) -> None:
    """Leave out drafts that would point at a record neither on file nor drafted (repeated until stable)."""
    while True:
        ids = existing | {d.id for d in builder.drafts}
        bad = [d for d in builder.drafts if any(ref not in ids for ref in _refs(d.data))]
        if not bad:
            return
        for d in bad:
            builder.dropped.append(f"{d.id}: points at a record that is not drafted")
        builder.drafts = [d for d in builder.drafts if d not in bad]


def _refs(value, key: str | None = None):
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _refs(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _refs(v, key)
    elif isinstance(value, str) and (key in _REFERENCES or key == "subjects"):
        yield value
