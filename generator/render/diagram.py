"""Relationship diagrams as Mermaid flowcharts: one per group, one for the whole corpus.

Mermaid reads its own syntax inside labels (brackets, pipes, quotes, semicolons,
``%%`` comments, Markdown in backticks), so no record text reaches the diagram
source as itself: every label is quoted and each character other than an ASCII
letter, digit or space is written as a Mermaid entity code (``#1601;``), which
Mermaid turns back into that character as text. Node ids are generated
(``n0``, ``n1``...), never taken from records.

Diagrams are capped (:data:`GROUP_EDGES`, :data:`CORPUS_NODES`) so that a page
stays the same size however many records point at a group; the tables on the
page list every relationship.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from generator.model.corpus import Corpus
from generator.model.records import Actor, Group, Record
from generator.model.vocab import RELATIONS
from generator.render.escape import Safe
from generator.render.lookup import Lookup, display_name

GROUP_EDGES = 24
"""Most relationships one group's diagram draws."""
CORPUS_NODES = 40
"""Most records the corpus diagram draws: the best-connected ones."""
LABEL_CHARS = 40

_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ")
# Node shapes by record type: groups rounded, people and bodies square, places as stadiums.
_SHAPES = {"group": ('("', '")'), "actor": ('["', '"]'), "place": ('(["', '"])')}
_DEFAULT_SHAPE = ('["', '"]')


def mermaid_text(text: str, limit: int = LABEL_CHARS) -> str:
    """Text for inside a quoted Mermaid label: shortened, whitespace collapsed, every special character encoded."""
    text = " ".join(str(text).split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "\u2026"
    return "".join(c if c in _PLAIN else f"#{ord(c)};" for c in text)


def accessible_text(text: str, limit: int = 200) -> str:
    """Text for an ``accTitle``/``accDescr`` line, which runs to the end of the line: letters, digits, spaces and ,.-"""
    kept = "".join(c if c.isalnum() or c in ",.-" else " " for c in str(text))
    return " ".join(kept.split())[:limit]


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    label: str


@dataclass
class Diagram:
    """A flowchart under construction: nodes by record id, labelled edges."""

    title: str
    nodes: dict[str, Record] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    left_out: int = 0
    """Relationships (or records) not drawn because of the cap."""

    def add(self, record: Record) -> None:
        self.nodes.setdefault(record.id, record)

    def source(self) -> Safe:
        """The Mermaid source; every piece of record text in it is encoded, so templates emit it as is."""
        ids = {rid: f"n{i}" for i, rid in enumerate(self.nodes)}
        lines = ["flowchart LR", f"  accTitle: {accessible_text(self.title)}"]
        lines.append(f"  accDescr: {accessible_text(self.describe())}")
        for rid, record in self.nodes.items():
            left, right = _SHAPES.get(record.TYPE, _DEFAULT_SHAPE)
            lines.append(f"  {ids[rid]}{left}{mermaid_text(display_name(record))}{right}")
        for edge in self.edges:
            lines.append(f'  {ids[edge.source]} -->|"{mermaid_text(edge.label)}"| {ids[edge.target]}')
        return Safe("\n".join(lines))

    def describe(self) -> str:
        kinds = Counter(r.TYPE for r in self.nodes.values())
        parts = ", ".join(f"{n} {t}{'s' if n != 1 else ''}" for t, n in sorted(kinds.items()))
        return f"{len(self.edges)} relationships between {parts}"


def _relationships(corpus: Corpus, record: Record):
    """(from, to, label) for every relationship of a record, declared by it or towards it, and roles in it."""
    for rel in getattr(record, "relationships", ()):
        yield record.id, rel.target, RELATIONS[rel.type].label
    for other, rel in corpus.inbound(record.id):
        yield other.id, record.id, RELATIONS[rel.type].label


def group_diagram(record: Record, lookup: Lookup) -> Diagram | None:
    """The group and the records it is linked to, or None when it has no relationships."""
    corpus = lookup.corpus
    diagram = Diagram(f"Relationships of {display_name(record)}")
    diagram.add(record)
    links = list(_relationships(corpus, record))
    links += [(actor.id, record.id, role.title) for actor, role in corpus.roles_in(record.id)]
    seen: set[tuple[str, str, str]] = set()
    for source, target, label in links:
        if (source, target, label) in seen:
            continue
        seen.add((source, target, label))
        ends = corpus.get(source), corpus.get(target)
        if None in ends:
            continue  # a link to an unpublished record is not drawn
        if len(diagram.edges) >= GROUP_EDGES:
            diagram.left_out += 1
            continue
        for end in ends:
            diagram.add(end)  # type: ignore[arg-type]
        diagram.edges.append(Edge(source, target, label))
    return diagram if diagram.edges else None


def corpus_diagram(corpus: Corpus) -> Diagram | None:
    """Every group's relationships, limited to the :data:`CORPUS_NODES` best-connected records."""
    links: list[tuple[str, str, str]] = []
    for group in corpus.all_of(Group):
        for rel in group.relationships:
            if corpus.get(rel.target) is not None:
                links.append((group.id, rel.target, RELATIONS[rel.type].label))
    for actor in corpus.all_of(Actor):
        for rel in actor.relationships:
            other = corpus.get(rel.target)
            if other is not None and other.TYPE == "group":
                links.append((actor.id, rel.target, RELATIONS[rel.type].label))
    if not links:
        return None
    degree: Counter[str] = Counter()
    for source, target, _ in links:
        degree[source] += 1
        degree[target] += 1
    kept = {rid for rid, _ in sorted(degree.items(), key=lambda item: (-item[1], item[0]))[:CORPUS_NODES]}
    diagram = Diagram("Relationships between the groups and the records linked to them")
    diagram.left_out = len(degree) - len(kept)
    for source, target, label in dict.fromkeys(links):
        if source in kept and target in kept:
            diagram.add(corpus.get(source))  # type: ignore[arg-type]
            diagram.add(corpus.get(target))  # type: ignore[arg-type]
            diagram.edges.append(Edge(source, target, label))
    return diagram
