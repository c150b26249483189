"""Relationship diagrams: Mermaid source with no record text in it as syntax, and a bounded size."""

from __future__ import annotations

import re

from generator.model.records import RECORD_TYPES
from generator.render import render_pages
from generator.render.diagram import GROUP_EDGES, corpus_diagram, group_diagram, mermaid_text
from generator.render.lookup import Lookup
from generator.render.site_extras import SiteExtras
from tests.render.kit import TEMPLATES, cite, corpus_of, lantern_corpus, lantern_records, record

EVIL = 'Watch"] --> x[("pwned")]; click n0 href "javascript:alert(1)" %%{init: {}}%% `**md**` |a| <b>'


def test_labels_encode_everything_mermaid_could_read():
    text = mermaid_text(EVIL, limit=500)
    assert re.fullmatch(r"[A-Za-z0-9 #;]*", text), text
    assert mermaid_text("فاطميون") == "#1601;#1575;#1591;#1605;#1610;#1608;#1606;"


def test_long_labels_are_shortened():
    assert mermaid_text("x" * 100).endswith("#8230;") and len(mermaid_text("x" * 100)) <= 40 + 6


def test_group_diagram_draws_its_relationships_with_generated_ids():
    corpus = lantern_corpus(**{"lantern-coast-watch": {"name": EVIL}})
    diagram = group_diagram(corpus.get("lantern-coast-watch"), Lookup(corpus))
    source = str(diagram.source())
    assert source.startswith("flowchart LR\n  accTitle: ")
    node_lines = list(source.split("\n")[3:])
    for line in node_lines:
        assert re.fullmatch(
            r'  n\d+(\(|\[|\(\[)"[A-Za-z0-9 #;]*"(\)|\]|\]\))|  n\d+ -->\|"[A-Za-z0-9 #;]*"\| n\d+', line
        ), line
    assert "relocated to" in source and "commanded by" in source
    # No directive, comment or click line: record text only ever sits inside quoted labels or the acc lines.
    assert "javascript:" not in source and "%%" not in source
    assert not any(line.strip().startswith("click") for line in source.split("\n"))


def test_group_diagram_is_capped():
    places = [
        record("place", f"town-{i}", name=f"Town {i}", kind="city", citations=[cite("moved to Fennick")])
        for i in range(GROUP_EDGES + 10)
    ]
    rels = [{"type": "operated-in", "target": p.id, "citations": [cite("moved to Fennick")]} for p in places]
    records = list(lantern_records(**{"lantern-coast-watch": {"relationships": rels}}))
    corpus = corpus_of(
        *records, *places, archives={"lantern-gazette": lantern_corpus().archives["lantern-gazette"].text}
    )
    diagram = group_diagram(corpus.get("lantern-coast-watch"), Lookup(corpus))
    assert len(diagram.edges) == GROUP_EDGES and diagram.left_out == 11  # 10 towns and the commander's role


def test_pages_draw_diagrams_only_when_mermaid_is_served():
    plain = render_pages(lantern_corpus(), TEMPLATES)
    assert "``` mermaid" not in plain["group/lantern-coast-watch.md"]
    drawn = render_pages(lantern_corpus(), TEMPLATES, extras=SiteExtras(diagrams=True))
    assert "``` mermaid\nflowchart LR" in drawn["group/lantern-coast-watch.md"]
    assert "``` mermaid\nflowchart LR" in drawn["relationships.md"]


def test_corpus_diagram_covers_groups():
    diagram = corpus_diagram(lantern_corpus())
    assert {"lantern-coast-watch", "fennick", "oriel-tamsin"} <= set(diagram.nodes)
    assert set(RECORD_TYPES)  # the module's types are the model's
