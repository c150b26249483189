"""The default id of an ingested source: publisher, year-month, and the title's first content words.

'The New Arab', 2025-02, 'Afghan, Pakistani militias move to Iraq after Syria
withdrawal' -> 'the-new-arab-2025-02-afghan-pakistani-militias-move-iraq'. Words that only
say when ('on Thursday', 'امروز') are left out: the year-month already dates the id. Ids
are ASCII slugs: a title or publisher in another script (Arabic, Persian...) is
transliterated with rigour, as `factsheet draft` makes the ids of what it drafts
('الحشد الشعبي' -> 'alhshd-alshby'), so the id still tells the outlet and the date.
Only when nothing readable is left does the id fall back to 'source-' and the
start of the archive's sha256, which the editor may rename with --id.
"""

from __future__ import annotations

from generator.model.fields import MAX_ID_LENGTH
from generator.model.slug import slugify, transliterated_slug
from generator.weekdays import only_says_when

TITLE_WORDS = 5
"""How many of the title's content words go into the id."""

# Words that carry no meaning in an id.
STOPWORDS = frozenset(
    "a an the of to in on at for and or but with by from as into onto over after before about than is are was were "
    "be been has have had its it their his her this that these those says said will would".split()
)


def default_id(title: str | None, publisher: str | None, published: str | None, sha256: str) -> str:
    """A readable id for a new source, or 'source-<sha256 prefix>' when the title gives no words."""
    # A weekday or 'today' in a headline says when, not what: 'Taliban reject UN report on Thursday'.
    title = " ".join(w for w in (title or "").split() if not only_says_when(w))
    words = [w for w in transliterated_slug(title, 10_000).split("-") if w and w not in STOPWORDS][:TITLE_WORDS]
    if not words:
        return f"source-{sha256[:12]}"
    parts = [transliterated_slug(publisher or "", 30), (published or "")[:7], "-".join(words)]
    return slugify("-".join(p for p in parts if p), limit=MAX_ID_LENGTH)
