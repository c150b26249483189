"""The English verbs of saying and nouns of a statement, listed once for the two places that read them.

The date reader (:mod:`generator.weekdays`) dates a speaking by the day after one of them ('said on December 26',
'in a statement on 26 December'); the drafting rules (:mod:`generator.draft.verbs`) find speech by them ('said',
'in a statement'). The date reader sits below the drafting rules, so the lists live here, below both; each reader
takes the forms it reads and adds its own few.
"""

from __future__ import annotations

# Every verb of denying in every form, base first: past, -s, -ing. One list, so that no form reads where its twin
# does not.
DENY_FORMS = {
    "deny": "denied denies denying",
    "reject": "rejected rejects rejecting",
    "dismiss": "dismissed dismisses dismissing",
    "refute": "refuted refutes refuting",
    "rebut": "rebutted rebuts rebutting",
    "repudiate": "repudiated repudiates repudiating",
    "rubbish": "rubbished rubbishes rubbishing",
    "trash": "trashed trashes trashing",
    "debunk": "debunked debunks debunking",
    "dispute": "disputed disputes disputing",
    "disown": "disowned disowns disowning",
    "disavow": "disavowed disavows disavowing",
    "contest": "contested contests contesting",
    "disclaim": "disclaimed disclaims disclaiming",
    # (as Philippine news writes it: 'Argamosa belied the claims', contradicted them)
    "belie": "belied belies belying",
}

# The common verbs of saying (denying apart), base first: past, -s. Some -s forms are nouns too ('claims', 'reports',
# 'notes'), which the drafting rules leave out.
SAYING_FORMS = {
    "say": "said says",
    "tell": "told tells",
    "state": "stated states",
    "announce": "announced announces",
    "allege": "alleged alleges",
    "claim": "claimed claims",
    "report": "reported reports",
    "write": "wrote writes",
    "add": "added adds",
    "insist": "insisted insists",
    "confirm": "confirmed confirms",
    "accuse": "accused accuses",
    "warn": "warned warns",
    "declare": "declared declares",
    "tweet": "tweeted tweets",
    "post": "posted posts",
    "respond": "responded responds",
    "reply": "replied replies",
    "comment": "commented comments",
    "assert": "asserted asserts",
    "maintain": "maintained maintains",
    "note": "noted notes",
    "stress": "stressed stresses",
    "argue": "argued argues",
    "explain": "explained explains",
    "emphasise": "emphasised emphasises",
    "emphasize": "emphasized emphasizes",
    "acknowledge": "acknowledged acknowledges",
    "admit": "admitted admits",
    "reveal": "revealed reveals",
    "disclose": "disclosed discloses",
    "quote": "quoted quotes",
    "cite": "cited cites",
}

# The nouns of a statement both readers take: the writings a body speaks through, in the order the drafting rules'
# alternation tries them, and the occasions it speaks at.
WRITING_NOUNS = ("statement", "communiqu\u00e9", "communique", "letter", "message", "post", "tweet")
OCCASION_NOUNS = ("speech", "interview", "briefing", "remarks", "comments", "address", "conference")
