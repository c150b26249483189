"""Claims and the denials that answer them as schema.org JSON-LD: ``Claim`` and ``ClaimReview``.

One JSON-LD document with an ``@graph``: a ``Claim`` per claim record, then a
``ClaimReview`` per (denial, claim it answers). A ClaimReview here is the
denier's answer, not a verdict of ours: its ``author`` is the denier and its
``reviewRating`` carries no score, only ``alternateName`` "Denied by <denier>"
(or "Acknowledged by <denier>" when the record only acknowledges).

schema.org dates must be whole dates, so ``datePublished`` is written only for
a single, certain day; any other EDTF value (2025-02, 2024-12-07/2024-12-08,
2025-02?) goes unchanged into ``temporal``, the text property schema.org offers
when the specific date properties do not fit.

Node ids are the records' pages (``<site_url>claim/<id>/#claim``) when mkdocs.yml
sets ``site_url``, and document-local blank nodes (``_:<id>.claim``) otherwise.
"""

from __future__ import annotations

import json

from generator.export.base import Exporter, register
from generator.model.corpus import Corpus
from generator.schemaorg import CONTEXT, Graph


@register
class ClaimReviewExporter(Exporter):
    NAME = "claimreview"
    FILE_NAME = "claims.jsonld"
    MIME_TYPE = "application/ld+json"
    TITLE = "Claims and denials (schema.org ClaimReview, JSON-LD)"

    def export(self, corpus: Corpus) -> str:
        doc = {"@context": CONTEXT, "@graph": Graph(corpus, self.site.links).nodes()}
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
