"""Verbs of saying, denying and acknowledging, found in the article's own words (never inside quotations).

Each verb is finite ('said', 'warns'), a participle that shares its clause's
subject ('..., adding that'), or 'according to', whose speaker follows it.
Verbs that are also common nouns ('claims', 'reports', 'notes') are left out
in their -s form; verbs that are speech only with a complement ('called for',
'described ... as', 'accused ... of', 'continued:') must have it; passives
('was told', 'has been accused of') are not speech by the subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.alternation import alternation
from generator.saying import DENY_FORMS, OCCASION_NOUNS, SAYING_FORMS, WRITING_NOUNS
from generator.weekdays import MONTH_NAMES, WEEKDAY_NAMES

# The nouns of what was said, as what is denied ('dismissed the rumours') or what is called false ('the stories are
# baseless'): one list, so that every rule that reads a denial takes the same words. A rule adds its own few.
SAID_WORDS = (
    "report reports claim claims allegation allegations accusation accusations rumour rumours rumor rumors news "
    "story stories charge charges assertion assertions"
).split()
SAID = alternation(SAID_WORDS)
# The nouns of a charge one answers: 'a claim the army rejected', 'the accusation that the brigade denies'.
CHARGES = r"(?:charges?|claims?|accusations?|allegations?|assertions?)"
# Verbs of saying news uses less often, and verbs that are speech only with words: each is speech only with the
# words it brings, a that-clause or a quotation after it or just before it (_NEEDS, _COMPLEMENT_BEFORE).
_WITH_ITS_WORDS_FINITE = (
    "retorted quipped opined joked exclaimed fumed boasted contended proclaimed elaborated recounted reasoned "
    "answered observed shouted agreed reflected pleaded protested objected volunteered ventured mused implored "
    "speculated hinted thundered whispered forecast "
    # (a tag news writes seldom: '"...," Lev Arno sighed', 'The spokesman resolved, "..."'; before, no one's words)
    "resolved sighed cried appealed charged "
    # (and the cries of one grieving or afraid, news's tags for a witness's words: '"...," a woman wailed')
    "wailed sobbed screamed yelled "
    # doubting aloud, with the words doubted: '"If we attacked, why were we not running?" questioned the leader'
    "questioned"
).split()
_WITH_ITS_WORDS_PHRASAL = (
    "shot back",
    "hit back",
    "fired back",
    "chimed in",
    "weighed in",
    "summed up",
    "summed it up",
    # being firm that a thing is so, as 'insisted that': 'Lev Arno was adamant that the group had no role', 'the
    # ministry remained emphatic that ...' (speech only with a that-clause or a quotation, as the rest here)
    *(
        f"{be} {firm}"
        for be in ("was", "were", "is", "are", "remained", "remains")
        for firm in ("adamant", "emphatic", "categorical", "unequivocal", "insistent")
    ),
)
# The present of a plural subject, as 'say' ('The leaders insist none of its members were involved'), guarded as the
# bases of denying are (_BASE: not 'to insist', 'will argue').
_SAYING_BASES = "insist argue assert contend affirm reiterate emphasise emphasize concede".split()
# Verbs of issuing a writing, speech only with its words after it (_ISSUED_ITS_WORDS).
_ISSUING_WORDS = "issued issues released releases".split()
# Verbs of approving are speech only with quoted words in their clause: 'welcomed the "brave decision" of the
# council', 'commended the initiative led by "civil leaders"' (not 'welcomed the delegation to Barno').
_APPROVING = "welcomed welcomes commended commends lauded lauds applauded applauds".split()
# The common verbs of saying (generator.saying), past and -s form: not an -s form that is a noun too ('claims',
# 'reports', 'notes'), nor 'discloses', nor any form of 'quote' ('X quoted Y' gives Y's words, not X's).
_NOUNS_TOO = frozenset("claims reports notes states posts tweets comments quotes".split())
_COMMON_FINITE = [
    word
    for base, forms in SAYING_FORMS.items()
    if base != "quote"
    for word in forms.split()
    if word not in _NOUNS_TOO and word != "discloses"
]
_FINITE = [
    *_COMMON_FINITE,
    *(
        # the present of a plural subject: 'the ministers say', 'they add'
        "say add "
        f"{' '.join(_SAYING_BASES)} "
        "cautioned cautions urged continued continues concluded concludes described describes called repeated repeats "
        "remarked recalled recalls vowed vows pledged pledges threatened threatens predicted predicts promised suggested "
        "suggests complained complains affirmed affirms indicated mentioned countered counters demanded demands asked "
        "conceded concedes "
        # verbs of judging that news puts before a quotation: 'condemned the "brutal aggression"'
        "reiterated reiterates reaffirmed reaffirms underlined underscored highlighted condemned condemns criticised criticized "
        "slammed praised hailed branded termed labelled labeled dubbed dubs lamented denounced denounces decried "
        "decries "
        # and of approving, with quoted words (_APPROVED_IN_MARKS): 'welcomed the "development role" of ...'
        f"{' '.join(_APPROVING)} "
        f"{' '.join(_ISSUING_WORDS)} "
        # setting the record straight, a writing's words, and voicing: 'clarified that', 'The statement reads:'
        "clarified clarifies calls reads read assured assures reassured expressed expresses voiced "
        "deemed deems echoed echoes "
        # putting a thing down to a cause only in quoted words: 'attributed the report to "a campaign of lies"'
        "attributed attributes blamed blames "
        # verbs news uses less often, speech only with the words they bring (_WITH_ITS_WORDS): 'retorted: "..."',
        # '"...," Lev Arno quipped' (not 'answered questions', 'observed a truce', 'agreed to talks')
        f"{' '.join(_WITH_ITS_WORDS_FINITE)}"
    ).split(),
    # every form of every verb of denying but the participle: the past, the -s form, and the present of a plural
    # subject ('Brigade leaders deny the report'; not after 'to' or a modal: _BASE_GUARD)
    *(w for base, forms in DENY_FORMS.items() for w in (base, *forms.split()[:2])),
]
_PARTICIPLES = (
    "saying telling adding warning insisting stressing noting explaining arguing claiming stating declaring "
    "announcing asserting alleging cautioning urging confirming emphasising emphasizing describing calling "
    "accusing repeating affirming indicating acknowledging admitting demanding "
    "vowing threatening promising suggesting complaining revealing recalling "
    "condemning denouncing criticising criticizing praising reiterating reaffirming underlining highlighting clarifying "
    "welcoming commending lauding applauding "
    "terming branding labelling labeling dubbing assuring expressing voicing deeming echoing"
).split() + [forms.split()[2] for forms in DENY_FORMS.values()]
_PHRASAL = {
    "pointed out": "finite",
    "points out": "finite",
    "pointing out": "participle",
    "went on": "finite",
    "spoke out": "finite",
    "lashed out": "finite",  # 'lashed out at X for his "untruthful" remarks'
    "lashes out": "finite",
    # (and the words news uses as it does: 'hit out at the "false" reports', 'railed against the "fabricated" claims')
    "hit out": "finite",
    "hits out": "finite",
    "railed against": "finite",
    "rails against": "finite",
    "spoke of": "finite",  # 'spoke of "a new era"'
    "speaks of": "finite",
    "referred to": "finite",  # 'referred to the fighters as "heroes"'
    "refers to": "finite",
    "speaks out": "finite",  # 'spoke out against the attacks, claiming that ...'
    **dict.fromkeys(_WITH_ITS_WORDS_PHRASAL, "finite"),
    "put it": "finite",  # 'As Lev Arno put it, "..."', 'Lev Arno put it bluntly: "..."', '"...," as Arno put it'
    # ('The brigade made it clear that it had no role', 'the statement made clear that ...', as 'stressed that')
    "made clear": "finite",
    "makes clear": "finite",
    "made it clear": "finite",
    "makes it clear": "finite",
    "puts it": "finite",
}
# Verbs whose passive names the one told, the one who told after 'by': 'X was told by Y', 'X was asked by Y'.
TOLD_PASSIVE = ("told", "assured", "informed", "warned", "asked")
DENY = frozenset(w for base, forms in DENY_FORMS.items() for w in (base, *forms.split()))
# The past participles, for the passive with its agent: 'the reports were debunked by X' (speakers._DENIED_BY).
DENY_PAST = tuple(forms.split()[0] for forms in DENY_FORMS.values())
# Up to two adverbs between a passive's auxiliary and its participle, of manner, time or addition: 'was firmly
# denied', 'has also since been', 'were later rejected'.
PASSIVE_ADVERBS = r"(?:(?:[a-z]+ly|also|later|since|soon|then)\s+){0,2}"
# The participles, for 'was quoted as denying' beside 'was quoted as saying' (speakers._WAS_QUOTED_AS_SAYING).
DENYING = tuple(forms.split()[2] for forms in DENY_FORMS.values())

_FINITE_WORDS = frozenset(_FINITE)
# The participle's simple past where adding '-ed' to its stem does not give it ('saying' -> 'said'; the one told
# is not reported, as for 'told' below).
_IRREGULAR_PAST = {"saying": "said", "telling": "said", **dict(zip(DENYING, DENY_PAST, strict=True))}
# Finite forms a summary puts otherwise: the one told is not reported ('told Meridian Wire the reports were false'
# says them false); a statement 'reads' what it says; a plural's present ('Brigade leaders deny') in the past, as
# the summary's subject may be one of them.
_REPORTED_AS = {
    "told": "said",
    "tells": "says",
    # (whom they addressed is left out of what the summary runs on: 'assured Veloria that ...' -> 'said ...')
    "assured": "said",
    "assures": "says",
    "reassured": "said",
    "reassures": "says",
    "read": "said",
    "reads": "says",
    "say": "said",
    **{base: forms.split()[0] for base, forms in DENY_FORMS.items()},
}


def as_reported(verb: Verb) -> str | None:
    """The verb as a summary reports it: a finite verb of the lexicon as written ('said', 'calls', 'dismissed'), a
    participle in the simple past ('calling' -> 'called', 'denying' -> 'denied'); None for any other (a phrase,
    'according to')."""
    word = verb.word.lower()
    if verb.form == "finite":
        return _REPORTED_AS.get(word, word) if word in _FINITE_WORDS else None
    if verb.form == "participle":
        past = _IRREGULAR_PAST.get(word, word[:-3] + "ed")
        return past if past in _FINITE_WORDS else None
    return None


# The days of the week, as a regular-expression alternation (lower case), from the one list of them (weekdays).
DAYS = "|".join(day.lower() for day in WEEKDAY_NAMES)
# The months, likewise: one list for every rule that reads a date (speakers' times and datelines, names' calendar).
MONTHS = "|".join(names[0].lower() for names in MONTH_NAMES)

# The hearers news leaves unnamed after 'told' ('told reporters', 'told the press'), as an alternation (lower case):
# one list for the speaker's verb (speakers), what ends its sentence (speakers) and what a denial's clause follows
# (denials).
UNNAMED_HEARERS = r"reporters|journalists|the\s+press|the\s+media"


# When words were said, after where (speakers._OCCASION) or after a passive's participle (QUOTED_AS): 'on Friday',
# 'late on Friday', 'early Tuesday', 'on Sunday evening', 'yesterday', 'this week' ("Hezbollah's media bureau in a
# statement late on Friday described ...").
SPOKEN_WHEN = (
    rf"(?:(?:late|early)\s+)?(?:(?:on\s+)?(?:{DAYS})(?:\s+(?:night|morning|afternoon|evening))?|yesterday|today|"
    r"tonight|last\s+(?:night|week)|this\s+(?:morning|afternoon|evening|week))"
)

# A passive that frames its subject's words, from its auxiliary to the participle: 'was quoted (by Y) as saying',
# 'is heard saying', 'can be heard denying'. One copy, for telling an opening word a name (names) and the
# speaker (speakers._WAS_QUOTED_AS_SAYING). When it was said (SPOKEN_WHEN) may stand before the participle, and 'as'
# is often left out: 'was quoted on Friday denying', 'was quoted late on Sunday as saying', 'was quoted saying'.
QUOTED_AS = (
    r"(?:(?:was|were|is|are|has\s+been|have\s+been)\s+(?:quoted|cited|reported)(?:\s+by\s+[^,;:\u2591]{2,60}?)?"
    rf"(?:\s+(?i:{SPOKEN_WHEN}))?(?:\s+as)?|"
    r"(?:is|are|was|were|can\s+be|could\s+be)\s+(?:heard|seen))"
    # ('as telling X', 'as having said': the same words framed)
    rf"\s+(?P<verb>saying|telling|having\s+said|{'|'.join(DENYING)})\b"
)
# Base forms are finite only with a subject of their own: not 'refused to deny', 'will reject', 'does not deny'.
# (and the bases of saying, which are no nouns: 'to insist', 'will argue')
_BASE = frozenset(DENY_FORMS) | frozenset(_SAYING_BASES)
# What is denied, as the object right after a verb of denying that is also a noun ('leaders dispute the reports',
# not 'the border dispute', 'a contest', 'rubbish piled up').
_CLAIM_OBJECT = (
    r"^\s+(?:(?:the|these|those|such|all|any|some|this|that|media|press|recent|new|latest|earlier)\s+){0,2}"
    rf"(?:{SAID}|account)\b"
)
# After 'trashed', which news uses of wrecked places as much as of reports: the word of reports heads what is trashed,
# not a compound's first word ('trashed the news studio', "the news agency's office"); only what opens a head noun's
# own words may follow it ('the reports as lies', 'media reports alleging', 'the claims that').
_TRASHED_OBJECT = _CLAIM_OBJECT + (
    r"(?![\s-]+(?!(?:that|which|of|about|on|in|by|from|as|and|or|against|over|to|with|made|published|carried|"
    r"circulated|circulating|aired|alleging|claiming|saying|suggesting|linking|accusing)\b)[a-z]+\b)"
)
_BASE_GUARD = re.compile(
    r"\b(?:to|will|would|can|could|may|might|shall|should|must|cannot|do|does|did|not|never|n['\u2019]t)\s+"
    r"(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
# Dismissing what was said in a phrase, with a report or claim as its object: 'brushed aside the reports',
# 'poured cold water on claims of a deal', 'ruled out any involvement' (not 'brushed aside a question', 'shot down a
# drone', 'ruled out talks').
DISMISSING_PHRASES = frozenset(
    (
        "brushed aside",
        "brushes aside",
        "brushed off",
        "brushes off",
        "shrugged off",
        "shrugs off",
        "waved away",
        "waves away",
        "waved off",
        "waves off",
        "laughed off",
        "laughs off",
        "pushed back against",
        "pushes back against",
        "pushed back on",
        "pushes back on",
        "poured cold water on",
        "pours cold water on",
        "scoffed at",
        "scoffs at",
        "shot down",
        "shoots down",
        "knocked down",
        "knocks down",
        "ruled out",
        "rules out",
        "contradicted",
        "contradicts",
        "took issue with",
        "takes issue with",
        "hit back at",
        "hits back at",
        "challenged",
        "challenges",
        "dispelled",
        "dispels",
        # (rebuffing an offer or a call is none: only with a report or claim as its object, as every phrase here)
        "rebuffed",
        "rebuffs",
        # putting an end to what was said, as dispelling it: 'quashed reports of a deal', 'scotched the rumours', 'put
        # to rest speculation that ...', 'put paid to rumours of a rift' (only with what was said as its object)
        "quashed",
        "quashes",
        "scotched",
        "scotches",
        "put to rest",
        "puts to rest",
        "laid to rest",
        "lays to rest",
        "put paid to",
        "puts paid to",
        # the participles, which share their clause's subject as 'denying' does: '..., brushing aside the reports'
        "brushing aside",
        "brushing off",
        "shrugging off",
        "waving away",
        "waving off",
        "laughing off",
        "pushing back against",
        "pushing back on",
        "pouring cold water on",
        "scoffing at",
        "shooting down",
        "knocking down",
        "ruling out",
        "contradicting",
        "taking issue with",
        "hitting back at",
        "challenging",
        "dispelling",
        "rebuffing",
        "quashing",
        "scotching",
        "putting to rest",
        "laying to rest",
        "putting paid to",
    )
)
# Their base forms, read as 'deny' is: after a plural subject ('Brigade leaders shrug off the allegations') and after
# haste ('was quick to brush aside the reports', 'continued to pour cold water on the claims'), not after another 'to'
# or a modal (_BASE_GUARD: 'refused to rule out', 'will challenge').
DISMISSING_BASES = frozenset(
    (
        "brush aside",
        "brush off",
        "shrug off",
        "wave away",
        "wave off",
        "laugh off",
        "push back against",
        "push back on",
        "pour cold water on",
        "scoff at",
        "shoot down",
        "knock down",
        "rule out",
        "contradict",
        "take issue with",
        "hit back at",
        "challenge",
        "dispel",
        "rebuff",
        "quash",
        "scotch",
        "put to rest",
        "lay to rest",
        "put paid to",
    )
)
DISMISSING_PHRASES = DISMISSING_PHRASES | DISMISSING_BASES
# The day may stand inside a phrase with 'back': 'pushed back Sunday against the reports', 'hit back on Monday at'
# (the verb read is the phrase without it).
_DAY_INSIDE = rf"\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:{DAYS})(?=\s)"
_DISMISSING = re.compile(
    r"\b("
    + "|".join(
        sorted(
            (re.escape(p).replace(r"back\ ", rf"back(?:{_DAY_INSIDE})?\s+") for p in DISMISSING_PHRASES),
            key=len,
            reverse=True,
        )
    )
    # (an article, then up to three words: 'pushed back against a new Kessel Monitoring Team assessment')
    + r")\s+(?=(?:an?\s+)?(?:(?:the|these|those|such|all|any|this|recent|media|press|new|latest|earlier|"
    r"[A-Z][\w'\u2019-]*)\s+)"
    rf"{{0,3}}(?:{SAID}|suggestions?|speculation|accounts?|involvement|responsibility|links?|connection|"
    r"impressions?|notions?|assessments?|findings)\b)",
    re.IGNORECASE,
)
# Condemning or scorning what was said is denying it, as rejecting is: 'denounced a media report of talks',
# 'condemned as a "lie" reports that ...', 'heaped scorn on the claims' (not 'condemned the attack').
_CONDEMNING = re.compile(
    r"\b(denounced|denounces|condemned|condemns|slammed|slams|decried|decries|derided|derides|ridiculed|ridicules|"
    r"mocked|mocks|lambasted|lambasts|blasted|blasts|(?:heaped|heaps|poured|pours)\s+scorn\s+on|"
    # (and attacking it, as news says: 'hit out at the reports', 'railed against the claims', 'castigated the
    # reports'; not 'took aim at', which news writes of a mere jab at what was said)
    r"(?:hit|hits)\s+out\s+at|(?:railed|rails)\s+against|castigated|castigates|berated|berates|"
    # the participles, which share their clause's subject: '..., denouncing the reports'
    r"denouncing|condemning|slamming|decrying|deriding|ridiculing|mocking|lambasting|blasting|"
    r"hitting\s+out\s+at|railing\s+against|castigating|berating|"
    r"(?:heaping|pouring)\s+scorn\s+on|"
    # regretting or deploring charges, as the one charged does: 'regretted the suggestions of negligence on its part',
    # 'deplored the allegations' (only charges: 'regretted the reports of civilian deaths' mourns what was reported)
    r"(?:regretted|regrets|regretting|deplored|deplores|deploring)(?=\s+(?:(?:the|these|those|such|any|all)\s+)?"
    r"(?:[a-z]+\s+)?(?:suggestions?|insinuations?|allegations?|accusations?|charges|claims?)\b))\s+"
    r"(?:as\s+(?:a\s+|an\s+)?(?:[\w\u2591\u201c\u201d\"-]+\s+){1,3}?)?"
    r"(?=(?:(?:the|a|an|these|those|such|all|any|this|recent|media|press|new|latest|earlier|[A-Z][\w'\u2019-]*)\s+)"
    rf"{{0,3}}(?:{SAID}|suggestions?|notions?|speculation)\b"
    # or a campaign that accuses the one who condemns it (a pronoun for the subject): 'denounced the campaign that
    # accuses it of shelling the market', 'condemned a smear campaign accusing him of bribery', 'the campaign of
    # accusations against it' (not 'the campaign accusing the brigade of ...': another accused, no denial of theirs);
    # and campaigns in the plural, with or without an article: 'denounced campaigns that accuse it of ...'
    r"|(?:[\w'\u2019-]+\s+){0,6}?campaigns?\s+(?:(?:that|which)\s+(?:accuses|accused|accuse|blames|blamed|blame)|"
    r"accusing|blaming|of\s+(?:accusations?|allegations?|charges?)\s+against)\s+(?:it|him|her|them|us|me)\b"
    # or a campaign the condemning calls one of lies, whoever it accuses: 'denounced the psychological warfare campaign
    # that accuses the brigade of carrying out Veloria's plans', 'slammed a smear campaign accusing the army of abuses'
    # (the accusations judged as a smear, as 'called the accusations a smear campaign' is; not 'the campaign accusing
    # the brigade of ...', which judges nothing)
    r"|(?:[\w'\u2019-]+\s+){0,3}?(?:smear|propaganda|disinformation|misinformation|defamation|slander|"
    r"vilification|demoni[sz]ation|(?:psychological|media)\s+war(?:fare)?)\s+campaigns?\s+(?:(?:that|which)\s+"
    r"(?:accuses|accused|accuse|blames|blamed|blame|links|linked|link)|accusing|blaming|linking)\b)",
    re.IGNORECASE,
)
# Doubting what was said, or how true it is, is denying it, as condemning it is: 'doubts this report', 'expressed doubts
# about the report's accuracy', 'questioned the credibility of the claims', 'cast doubt on the reports' (not
# 'questioned the suspect', 'expressed doubts about the plan', 'questioned the credibility of the witness': only what
# was said, or its truth).
_TRUTH = r"(?:accuracy|veracity|credibility|truthfulness|authenticity|reliability)"
_SAID_THING = rf"(?:{SAID}|findings|assessments?|accounts?|figures|statistics)"
_BEFORE_SAID = (
    r"(?:the|these|those|such|all|any|this|its|his|her|their|recent|media|press|new|latest|earlier|"
    r"(?-i:[A-Z])[\w'\u2019.-]*|[a-z-]+['\u2019]s)"
)
_DOUBTING = re.compile(
    r"\b(questioned|questions|questioning|"
    # the plain verb, whose object is what was said: 'doubts this report', 'doubted the claims' (not 'no doubt the
    # report is true', a noun; nor 'doubts the plan will work', no claim)
    r"(?<!\bno\s)(?:doubts|doubted|doubting)|(?:cast|casts|casting|raised|raises|raising|threw|throws|throwing)\s+"
    r"(?:(?:serious|grave|fresh|new|further)\s+)?doubts?\s+(?:on|over|about|upon)|(?:called|calls|calling)\s+into\s+"
    r"question|(?:expressed|expresses|expressing|voiced|voices|voicing)\s+(?:(?:his|her|its|their|serious|grave|"
    r"strong|some)\s+){0,2}doubts?\s+(?:about|over|on|regarding|as\s+to))\s+"
    # (an article, a name or an owner, then what was said: 'the Kessel council's figures')
    rf"(?=(?:{_BEFORE_SAID}\s+){{0,3}}"
    # (the truth of it, before or after what was said: 'the report's accuracy', 'the accuracy of the figures')
    rf"(?:{_SAID_THING}(?:['\u2019]s?\s+{_TRUTH})?\b|{_TRUTH}\s+of\s+(?:{_BEFORE_SAID}\s+){{0,4}}{_SAID_THING}\b))",
    re.IGNORECASE,
)
# Disowning an act without a verb of denying: 'distanced itself from the attack', 'washed its hands of it'; and a
# statement, or one who speaks for a side, that distances it: 'a statement distanced the group from the murder', 'its
# spokesman distanced his group from elements in Valdoria' (a body named by its kind, not a person: 'distanced the
# minister from the scandal' is another's doing).
# (one list of the kinds of body, for the body distanced and the body whose ties are played down)
SIDE_KINDS = r"(?:group|movement|organi[sz]ation|party|brigade|militia|government|ministry|army|forces|faction|side)"
_DISTANCING = re.compile(
    # ('dissociated itself from', 'disassociates itself from' as 'distanced itself from')
    r"\b(?:distanced|distances|washed|washes|dissociated|dissociates|disassociated|disassociates)\s+"
    r"(?:itself|himself|herself|themselves|ourselves|its\s+hands|"
    rf"his\s+hands|their\s+hands|(?:the|its|our|his|her|their)\s+{SIDE_KINDS})\s+(?:from|of)\b",
    re.IGNORECASE,
)
# The auxiliary of a participle in a progressive tense: 'is denying', 'has been rejecting', 'were still insisting',
# 'had been maintaining' (one list, for the verbs read from it and the denials that open with it).
_PROGRESSIVE_AUX = r"(?:(?:has|have|had)\s+been|is|are|was|were)\s+(?:(?:still|now|also|[a-z]+ly)\s+)?"
# So too ties played down: 'played down ties with Valdoria', 'downplayed the group's links to the militia', 'the
# organisation's', 'the forces'' (the ties or the part, not a threat or a loss played down); the verb alone is what is
# read as one of denying.
_PLAYING_DOWN = r"\b(?:(?:played|plays|playing)\s+down|downplayed|downplays|downplaying)\b"
# So too what was said, played down: 'downplayed the reports', 'is playing down reports that ...', 'played down such
# claims' (the said thing, right after the verb, as 'dismissed the reports'; in the progressive too, from its
# auxiliary: 'Lev Arno is downplaying the reports', as 'is denying').
_PLAYED_DOWN_TIES = re.compile(
    rf"(?:\b{_PROGRESSIVE_AUX}(?=playing|downplaying))?"
    + _PLAYING_DOWN
    + r"(?=\s+(?:(?:the|any|its|his|her|their|our)\s+)?(?:"
    + SIDE_KINDS
    + r"['\u2019]s?\s+)?(?:alleged\s+)?(?:ties?|links?|connections?|involvement|role)\s+(?:with|to|in)\b"
    rf"|\s+(?:(?:the|these|those|such|any)\s+)?(?:media\s+|recent\s+|latest\s+)?{SAID}\b)",
    re.IGNORECASE,
)
_PLAYED_DOWN = re.compile(_PLAYING_DOWN, re.IGNORECASE)
# Declaring oneself innocent, a denial of the charges before it: 'maintained his innocence', 'professes its innocence',
# and the present of a plural subject, 'The two men maintain their innocence', as _SAYING_BASES (not after 'to', nor
# the base after a modal: 'to profess his innocence', 'would maintain their innocence' have no subject of their own).
_NO_MODAL_BEFORE = "".join(
    rf"(?<!\b{w}\s)" for w in ("will", "would", "could", "can", "may", "might", "must", "should")
)
# (and the progressive, from its auxiliary: 'Lev Arno is maintaining his innocence', as 'is denying')
INNOCENCE = re.compile(
    r"(?<!\bto\s)\b(?:professed|professes|protested|protests|proclaimed|proclaims|maintained|maintains|asserted|"
    rf"asserts|insisted\s+on|insists\s+on|{_NO_MODAL_BEFORE}(?:profess|protest|proclaim|maintain|assert|insist\s+on)|"
    rf"{_PROGRESSIVE_AUX}(?:professing|protesting|proclaiming|"
    r"maintaining|asserting|insisting\s+on))"
    r"\s+(?:his|her|its|their|our|my)\s+innocence\b|"
    # and a plea of not guilty, the charges denied before a court: 'Lev Arno pleaded not guilty to the charges', 'the
    # two men have pleaded innocent' (not 'to plead not guilty', 'would plead')
    rf"(?<!\bto\s){_NO_MODAL_BEFORE}\b(?:pleaded|pleads|pled|plead|{_PROGRESSIVE_AUX}pleading)\s+"
    r"(?:not\s+guilty|innocent)\b",
    re.IGNORECASE,
)
# A rejection is a denial only of what was said ('issued a rejection of the reports'; not 'a rejection of the plan'):
# 'of' and the said thing follow it, or, in the verb's own words, 'of' ends them.
REJECTION_OF_SAID = rf"(?=\s+of(?:\s+(?:[\w'\u2019-]+\s+){{0,3}}?{SAID}\b|\s*$))"
# A denial issued as a noun: 'issued a flat denial of the report', 'put out a rebuttal'.
# (in every form the verb of issuing takes, after a verb of haste as 'deny' does, and after 'responded with': 'was
# quick to issue a denial', 'responded with a flat denial' as 'issued a flat denial')
ISSUED_DENIAL = re.compile(
    r"\b(?:(?:(?:(?:was|were|is|are)\s+(?:quick|swift)|(?:rushed|hastened|moved))\s+to\s+(?:issue|release|put out|"
    r"publish|post|make|give|offer)|(?:responded|responds|replied|replies|reacted|reacts)\s+with|"
    r"issued|issues|released|put out|published|tweeted|tweets|posted|posts|sent|made|gave|offered)\s+(?:(?:a|an)\s+"
    # ('a flat denial', 'a strongly worded denial', 'a swift, categorical denial')
    r"(?:[a-z-]+,?\s+){0,2}?(?:denial|rebuttal|refutation|rejection" + REJECTION_OF_SAID + r")|"
    # (and the denial told before, issued by the one named now: 'The army denied the report on Monday.' then 'Its
    # spokesman Tovek Banks issued the denial after ...'; only 'issued': 'published the denial' may be an outlet's)
    r"(?<=issued\s)the\s+(?:[a-z-]+\s+)?(?:denial|rebuttal|refutation)\b|"
    # (and in the plural, with no article: 'issued rare denials of involvement', 'has issued repeated denials'; not
    # none or few: 'has issued no denials', 'made few denials' issue none)
    r"(?!(?:no|few|any|zero)\b)(?:[a-z-]+,?\s+){0,2}?(?:denials|rebuttals|refutations|rejections"
    + REJECTION_OF_SAID
    + r"))"
    # (and a denial said again, with its article or owner: 'reiterated a denial that', 'repeated its denial that';
    # not 'despite repeated denials', where 'repeated' only describes them)
    r"|(?:reiterated|reiterates|repeated|repeats|renewed|renews)\s+(?:a|an|its|his|her|their)\s+"
    r"(?:[a-z-]+,?\s+){0,2}?(?:denials?|rebuttals?|refutations?|rejections?" + REJECTION_OF_SAID + r"))"
    r"(?:\s+of\b)?",
    re.IGNORECASE,
)
# A writing issued on reports it calls false is a denial of them: 'issued a statement on false press reports published
# on ...', 'released a clarification regarding the fabricated claims', 'put out a statement about baseless
# allegations'. The judgement must stand on what was said: 'issued a statement on the reports' judges nothing, and
# 'a statement on false flag attacks' names no report. (The verb is the words up to the preposition; what was said
# follows it, as after 'denied'.)
_ISSUED_ON = (
    r"\b(?:issued|issues|released|releases|put\s+out|puts\s+out|published|publishes)\s+(?:a|an|its|his|her|their)\s+"
    r"(?:[a-z-]+\s+)?(?:statement|communiqu\u00e9|communique|clarification|press\s+release)\s+"
    r"(?:on|about|regarding|concerning|over|in\s+response\s+to|responding\s+to)"
)
_ISSUED_ON_WORDS = re.compile(_ISSUED_ON, re.IGNORECASE)
ISSUED_ON_FALSE = re.compile(
    _ISSUED_ON + r"(?=\s+(?:the\s+|recent\s+|some\s+|what\s+(?:it|he|she|they)\s+(?:called|described\s+as|termed)\s+)?"
    r"(?:(?:completely|totally|entirely|utterly)\s+)?"
    r"(?:false|baseless|fabricated|untrue|unfounded|groundless|fake|misleading|inaccurate|erroneous)"
    r"(?:\s+and\s+(?:[a-z]+)|,\s+[a-z]+)?\s+(?:(?:press|media|news|social\s+media|online)\s+)?" + SAID + r"\b)",
    re.IGNORECASE,
)
# A denial as a noun whose owner, in the possessive before it, is its denier: 'the brigade's denial of any role',
# 'Lev Arno's rejection of the report', 'its flat denial that it was involved' (the owner is the subject, as
# before a verb; what follows 'of' or 'that' is what is denied).
OWNED_DENIAL = re.compile(
    r"(?:denials?|rebuttals?|refutations?|rejections?)\s+(?:of|that)\b"
    # (or the subject of the sentence's verb of time, what is denied the charge near: "X's denial came hours after Y
    # accused it of ...", "Lev Arno's denial followed the reports"; not a rejection, which may be of a plan)
    r"|(?:denials?|rebuttals?|refutations?)\s+(?:came|comes|followed|follows)\b",
    re.IGNORECASE,
)
# (the owner's "'s" or a possessive pronoun, and at most two words between, right before the noun)
_OWNER_BEFORE = re.compile(
    r"(?:\b[A-Za-z][\w-]*['\u2019]s?|\b(?:its|his|her|their|our))\s+(?:[a-z-]+,?\s+){0,2}?$",
    re.IGNORECASE,
)
# Words that are adjectives after an article or a preposition: 'the alleged launch', 'over disputed land'.
_ADJECTIVES_AFTER_ARTICLE = frozenset({"alleged", "disputed", "contested"})
# Participles of saying that stand as adjectives right after a determiner ('its promised crackdown', 'the reported
# raid', 'their stated aim'): not after 'that' or a preposition, where they are verbs of a clause ('a statement that
# claimed the attack').
_SAID_AS_ADJECTIVE = frozenset("promised reported claimed confirmed stated declared announced".split())
# (an adverb between too, as _ARTICLE_BEFORE has it: 'its long promised crackdown', 'the much announced plan'; not a
# noun in -ly, the verb's subject: 'Her family claimed', 'its ally confirmed', 'the daily reported')
_DETERMINER_JUST_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|this|these|those)\s+"
    r"(?:(?:(?!(?:family|ally|assembly|daily|weekly|monthly)\s)[a-z]+ly|long|much|oft|often|once)\s+)?$",
    re.IGNORECASE,
)
_ARTICLE_BEFORE = re.compile(
    # (an adverb and a participle between: 'an internationally recognised disputed territory')
    r"\b(?:the|a|an|its|their|his|her|this|that|these|those|of|over|in|on|for|across)\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]+ed\s+)?$",
    re.IGNORECASE,
)
# One's innocence declared in the infinitive, after an occasion taken to declare it ('made his first appearance to
# profess his innocence'): the subject of the occasion declares it, as INNOCENCE reads the finite verb.
_OWN_INNOCENCE = r"(?:profess|protest|proclaim|maintain|assert)\s+(?:his|her|its|their)\s+innocence"
# So too another's lies exposed after an occasion taken ('took journalists on a tour of the depot to expose the
# minister's lies'): what was said, shown false.
_EXPOSED_LIES = r"expose\s+(?:[\w'\u2019-]+\s+){0,6}?(?:lies|fabrications|falsehoods)"
# The two, as one verb of denying read after an occasion.
_DENIAL_AFTER_OCCASION = re.compile(rf"{_OWN_INNOCENCE}|{_EXPOSED_LIES}", re.IGNORECASE)
# A denial in the infinitive after a verb of haste: 'X was quick to deny', 'X moved to dismiss'. The verb spans
# the whole phrase, so that X is its subject and its object follows 'deny'.
_HASTE_TO_DENY = re.compile(
    r"\b(?:(?:was|were|is|are|has been|have been)\s+(?:quick|swift|forced|compelled|obliged)|"
    r"(?:rushed|rushes|hastened|hastens|moved|moves|sought|seeks)(?:\s+[a-z]+ly)?|came out|went on|continued|continues|continue|"
    r"felt\s+(?:compelled|obliged|the\s+need)|"
    # the occasion taken to deny: 'took to Telegram to deny', 'went on television to deny', 'appeared in a video to
    # deny', 'held a press conference to deny'
    r"(?:took\s+to(?:\s+[\w-]+){1,3}?|went\s+on(?:\s+[\w-]+){1,3}?|appeared\s+(?:on|in)(?:\s+[\w-]+){1,4}?|"
    r"(?:held|called|convened)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:press|news)\s+conference|"
    # (an appearance made: 'made his first public appearance to deny', 'made a rare television appearance')
    r"made\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?appearance|"
    # (a tour given: 'took journalists on a tour of the depot to expose', 'has taken reporters from local media on a
    # guided tour')
    r"(?:took|taken|takes|taking)\s+(?:[\w-]+\s+){1,8}?on\s+an?\s+(?:[\w-]+\s+)?tour"
    r"(?:\s+of\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?)"
    # (where and when, between: 'took to the podium in Kessel City on Monday to refute', 'held a news conference on
    # Sunday to deny', 'made his first appearance in a local newspaper Sunday to profess')
    r"(?:\s+(?:(?:in|on|at)\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+|[\w-]+(?:\s+(?-i:[A-Z])[\w-]*){0,2})|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)){0,3})"
    r"\s+to\s+("
    + "|".join([*DENY_FORMS, *(p.replace(" ", r"\s+") for p in DISMISSING_BASES), _OWN_INNOCENCE, _EXPOSED_LIES])
    + r")\b",
    re.IGNORECASE,
)
# The occasion taken to speak, as to deny: 'took to X to convey his condemnation', 'held a press conference to announce'.
_OCCASION_TO_SAY = re.compile(
    r"\b(?:took\s+to(?:\s+[\w-]+){1,3}?|appeared\s+(?:on|in)(?:\s+[\w-]+){1,4}?|"
    r"(?:held|called|convened)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:press|news)\s+conference)"
    r"\s+to\s+(convey|express|say|announce|stress|warn)\b",
    re.IGNORECASE,
)
# Voicing a stance is saying what follows it, a that-clause or a quotation: 'voiced concern that the law would
# "..."', 'expressed hope that', and the quoted words it is voiced at, right after the preposition: 'expressed concern
# at "unfounded insinuations"' (the words are the speaker's, as in 'called them "unfounded"'). The verb spans the
# phrase, so that its subject is the speaker (not 'expressed concern over the raid', with no words said, nor 'over
# the "new dawn" campaign', a name quoted inside a noun of the writer's).
_VOICED = re.compile(
    r"\b(?:voiced|voices|expressed|expresses)\s+(?:(?:his|her|its|their|deep|grave|serious|strong|great|some|"
    r"growing)\s+){0,2}(?:concerns?|hopes?|fears?|doubts?|confidence|regret|surprise|optimism|dismay|frustration|"
    r"satisfaction|scepticism|skepticism|worry|alarm|belief)"
    r"(?=\s+that\b|\s*,?\s*[\u201c\"]|\s+(?:at|over|about|with)\s+[\u201c\"])",
    re.IGNORECASE,
)
# The finite verbs of saying and denying, for telling a name from a common word where a sentence opens with it
# ('Islamabad has rubbished reports', 'Watout added', 'Veloria went on', 'Veloria brushed aside'): every one the
# reader reads, phrases too, so that no verb makes its subject a name where another does not.
SAYING_VERBS = _FINITE_WORDS | frozenset(p for p, form in _PHRASAL.items() if form == "finite") | DISMISSING_PHRASES
# The present tense of headlines ('Iraq Denies Attack', 'Group Says'), capitalised there like the names around.
HEADLINE_VERBS = frozenset(w for w in _FINITE if w.endswith("s")) | DENY
ACKNOWLEDGE = frozenset(
    "acknowledged acknowledges acknowledging admitted admits admitting conceded concedes conceding".split()
)
# 'called on', 'called for', or 'called the reports baseless' (a denial in other words).
# No stop before the complement: not '.', ';' or ':', but the period of an initial ('the U.S. strikes').
_NO_STOP = r"(?:[^.;:]|(?<=[A-Z])\.)"
# The words that call what was said false, one alternation for every reader of a judgement: 'called the reports
# baseless', 'were deemed propaganda by X', 'dismissed as false the report that', 'the reports were fabricated'
# (polarity). denials._FALSE reads more of them, each with the guard it needs in any sentence ('false flag').
FALSE_WORDS = (
    r"false|untrue|baseless|unfounded|groundless|fabricat\w*|lies|nonsense|propaganda|incorrect|inaccurate|erroneous|"
    r"bogus|fictitious|unsubstantiated|slander\w*|smear|disinformation|misinformation|defamatory|hoax|rumou?rs|fake|"
    r"misleading"
)
# The same judgement in more than one word, or in words that are false only of what was said ('the reports were
# fiction', 'called the claims made up'; not 'made up of'): each reader that takes FALSE_WORDS of what was said takes
# these too, so that 'called the reports far from the truth' reads as 'called the reports false' does.
FALSE_PHRASES = (
    r"not true|not accurate|not correct|fiction|made[- ]up(?!\s+of)|without (?:any )?(?:basis|foundation)|"
    r"devoid of (?:any )?truth|far from (?:the )?truth|(?:a\s+)?figment|untruthful|falsehoods?|"
    r"inconsistent with (?:the )?(?:facts|reality|truth)"
)
# Words that judge false only what was said ('the accusations were absurd', 'called the claims invented'; not 'the
# plan was absurd'): read only with a report, a claim or the like as what they judge.
SAID_JUDGED = (
    r"absurd|ridiculous|preposterous|laughable|made[- ]up(?!\s+of)|invented|wrong|unwarranted|unjustified|malicious|"
    r"invalid|void|hollow|worthless|rejected|refused|exaggerated|inflated|overstated|misleading|"
    # (and made more of than it was, or hoped rather than seen: 'the claims were overblown', 'had been blown out of
    # proportion', 'the reports are wishful thinking')
    r"overblown|blown\s+out\s+of\s+(?:all\s+)?proportion|wishful\s+thinking|"
    r"politically[- ]motivated|mistaken|unproven|mendacious|deceptive|distorted|(?:an?\s+)?(?:fantasy|invention)\b|"
    r"fantasies|(?:an?\s+)?(?:bad\s+|sick\s+|cruel\s+)?jokes?\b|inventions|"
    # (a sham or a farce called so in full or in marks: 'a complete sham', "a 'sham'", 'an utter farce')
    r"(?:an?\s+)?[\u201c\"\u2018']?(?:(?:complete|total|utter|absolute|pure|mere|sheer)\s+)?"
    r"(?:distortion|myth|sham|farce)s?\b|"
    # (or a scheme against the speaker's side: 'called the accusations a "conspiracy"', 'the reports are a plot', 'a
    # witch hunt'; of a report or a claim only, so 'foiled a plot' stays a claim)
    r"(?:an?\s+|part\s+of\s+an?\s+)?[\u201c\"\u2018']?(?:(?:political|foreign|international|hostile|malicious)\s+)?"
    r"(?:conspiracy|conspiracies|plot|witch[- ]?hunt|set-?up|frame-?up)\b"
)
# Whose words are judged, in front of them: 'their claims', "the brigade's reports", "the Kessel Times' story".
SAID_OWNER = r"(?:their|his|her|(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+(?:['\u2019]s|s['\u2019]))"
# What the words judged were said about, after them and before the judgement: 'called the accusations against the
# army over the raid a sham', 'termed the reports of its fighters in Ostravia baseless' (a preposition and up to eight
# words, as few as reach the judgement). Shared by 'called' as a verb of saying (_CALLED) and by the denial of words
# labelled false (denials._LABELLED_SAID_FALSE), so both step over the same phrase.
SAID_ABOUT = r"(?:\s+(?:of|about|on|by|from|against|over)(?:\s+[\w'\u2019-]+){1,8}?)?"
_CALLED = (
    rf"^\s+(?:(?:on|for)\b|{_NO_STOP}{{0,80}}?\b(?:{FALSE_WORDS}|lie|{FALSE_PHRASES})\b"
    # (what was said, then a word false only of it: 'called the claims absurd', 'called their claims absurd')
    # (the words said about someone or something first: 'called the accusations against the army over the raid a
    # sham', as 'called the accusations a sham')
    rf"|(?:the|these|those|such|this|{SAID_OWNER})\s+(?:[a-z]+\s+)?{SAID}{SAID_ABOUT}"
    r"\s+(?:as\s+)?(?:[a-z]+ly\s+)?(?:pure\s+|sheer\s+|utter\s+)?"
    rf"(?:{SAID_JUDGED})"
    r"|(?:[^.;:\u201c\u201d\"\u2018]|(?<=[A-Z])\.){0,80}?[\u201c\"\u2018])"  # 'calls the report an "unfounded lie"'
)
# 'reported' and 'cited' are speech when what follows is what was reported: a that-clause or a quotation ('the
# reported attack', 'cited by', 'the report cited sources' are not).
_REPORTED = r"^(?:[^.;:\u201c\u201d\"\u2591]{0,100}?\bthat\b|\s*[:,]?\s*[\u201c\"])"
# The writings a body speaks through, as a regular-expression alternation; each pattern below adds its own.
# (a side's answer to reports is often called a clarification, and a body's statement a press release)
WRITINGS = "|".join((*WRITING_NOUNS, "clarification", r"press\s+release"))
# Adverbs and auxiliaries that may stand between a subject and its verb ('the minister also', 'Venn had', 'X on
# Tuesday'): each one word, or two joined by one space. Shared by the subject finder and the test that tells a
# name opening a sentence from a common word, so both step over the same words.
TRAILING_WORDS = (
    r"also|further|then|thus|therefore|hence|too|still|later|again|previously|repeatedly|separately|reportedly|"
    r"allegedly|once|has|have|today|yesterday|tonight|"
    rf"had|would|will|could|did|does|do|had also|has also|both|on (?:{DAYS})|(?:on|in) \d{{4}}|{DAYS}|"
    r"(?:this|last|earlier|later) (?:week|month|year|weekend)|"
    # the part of the day after a day, and 'late' or 'early' before it: 'X on Tuesday evening', 'X late on Tuesday'
    r"(?-i:morning|afternoon|evening|night|late|early)|"
    r"(?-i:[a-z]{3,}ly)|"  # 'has categorically denied', 'flatly rejected' (lowercase: not 'Italy')
    r"(?-i:[a-z]{3,}ly and [a-z]{3,}ly)|"  # (two joined: 'X completely and categorically denied')
    r"(?-i:long|always|already|now|just|ever|often|even)|"  # 'has long denied', 'had always rejected'
    # 'has since denied', 'had earlier rejected', 'X himself denied', 'X meanwhile said', 'X in turn dismissed'
    r"(?-i:since|earlier|soon|meanwhile|instead|however|himself|herself|itself|themselves|in turn|yet again)|"
    # when, as the writer looks back: 'denied by a spokesman at the time', 'X at that time said'
    r"(?-i:at (?:the|that) time)|"
    # how soon after the news, with no commas: 'X soon after rejected', 'X hours later denied', 'X for its part said'
    r"(?-i:(?:soon|shortly|immediately|right) (?:after|afterwards|afterward|thereafter)|afterwards|thereafter|"
    r"(?:minutes|hours|days|weeks|months|moments) later|later on|at once|within (?:minutes|hours|days)|"
    r"for (?:its|his|her|their|our) part)|"
    # how often, three words: 'X have on numerous occasions accused'
    r"(?-i:on (?:numerous|several|many|multiple|repeated|countless|various|other|previous|past) occasions)|"
    # going on from what was said to a verb of saying: 'X went on to say', 'X then proceeded to add', in the plural's
    # present too ('the officials go on to say', 'they proceed to add') and in the perfect ('the officials have gone on
    # to say', as 'have proceeded to')
    r"(?-i:(?:go|goes|went|gone) on to|proceed(?:s|ed)? to)"
)
# Every writing or occasion words are said in, for the rules that step over 'in a video clip', 'in an interview'
# between a speaker and its verb or read a participle after one: one list, so that no rule knows fewer.
OCCASIONS = rf"{WRITINGS}|{'|'.join(OCCASION_NOUNS)}|video|clip|recording|footage|audio|email|e-mail|broadcast|sermon"
# Where words were said, between a speaker and its verb: 'in a statement', 'in a video clip posted on Telegram', 'in
# an interview with Meridian Wire', and with a prefix joined by a hyphen: 'in a tele-statement', 'in a video-message'.
OCCASION_PHRASE = (
    rf"in\s+(?:(?:a|an|its|his|her|their)\s+)?(?:[\w-]+\s+){{0,2}}?(?:[a-z]{{2,12}}-)?(?:{OCCASIONS})"
    r"(?:\s+(?:posted|published|released|issued|broadcast|aired|shared|carried|circulated|uploaded))?"
    # (the net, where no site is named: 'in a video posted online', 'in a statement circulated online on Monday')
    r"(?:\s+online)?"
    r"(?:\s+(?:on|to|with|via|from|at|by|in)\s+[^,;:\u2591]{1,40}?)?"
)
# 'The statement reads:', 'the letter read, "..."', and after its quotation '"...," read a statement by X'; how much
# of the writing is quoted may stand before the colon, set off by a comma or not: 'It read in part:', 'The letter
# reads in full: "..."', 'The statement read, in part: "..."'.
_READ = (
    r"^\s*(?:,?\s*in\s+(?:part|full)\s*(?=[:,\u201c\"]))?"
    r"(?::|,?\s*[\u201c\"]|(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+)?"
    rf"(?:{WRITINGS})\b"
    # (or a name's: '"...," read Lev Arno's statement', "read the Kessel Brigade's statement")
    rf"|(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,3}}['\u2019]s\s+(?:[\w-]+\s+)?(?:{WRITINGS})\b)"
)
# A writing alone as a sentence's subject, before 'reads' ('The statement', "The ministry's statement").
_WRITING_ALONE = re.compile(
    rf"\s*(?:the|its|his|her|their|[A-Z][\w-]*(?:['\u2019]s)?)\s+(?:[\w-]+(?:['\u2019]s)?\s+)?(?:{WRITINGS})\s*"
)
_QUOTATION_SOON = r"^[^.;:\u201c\"\u2591]{0,60}[\u201c\"]"
# The cause a thing is put down to, in quoted words, a few words on: 'blamed the raid on "foreign hands"'.
_CAUSE_QUOTED = r"^(?:\s++[^\s.;:\u201c\"\u2591]++){1,8}?\s++(?:to|on)\s++[\u201c\"]"
_QUOTED_OBJECT = r"^\s+(?:(?:its|his|her|their|the|a|an)\s+)?(?:[a-z]+\s+)?[\u201c\"]"
# (and where it was voiced, set between: 'expressed in a press statement "surprise" at the reports')
_VOICED_OBJECT = rf"^,?\s+(?:{OCCASION_PHRASE},?\s+)?(?:(?:its|his|her|their|the|a|an)\s+)?(?:[a-z]+\s+)?[\u201c\"]"
# 'added' with an object (a quotation, or a short phrase with its article) and then 'to <the thing>'.
# (not a speaker after the verb described by whom they are near: '"...," added a source close to the group')
_ADDED_TO = (
    r"^(?!\s+(?:[\u2018'\u201c\"]\u2591+[.,!?]?[\u2019'\u201d\"]\s+|(?:a|an|the|more|new|some|its|their|his|her)\s+"
    r"(?:[\w-]+\s+){1,3}?)(?<!\bclose\s)(?<!\bloyal\s)(?<!\bnear\s)to\s+"
    r"(?:the|a|an|its|his|her|their|this|that|these|those)\b)"
)
# A that-clause, or a quotation after a comma or colon, as 'said' takes them: 'indicated, "..."'.
# (where it was said may stand between: 'hit back on X, "..."', 'retorted on his Telegram channel: "..."', as
# 'responded on Twitter, "..."' does; before, the quotation had no speaker)
_ON_A_PLATFORM = (
    r"(?:\s+(?:on|via)\s+(?:(?:his|her|its|their|the)\s+)?(?:official\s+)?(?:[A-Z][\w-]*|social\s+media)"
    r"(?:\s+(?:account|channel|page|feed))?)?"
)
_THAT_OR_QUOTATION = r"^" + _ON_A_PLATFORM + r"(?:\s+that\b|\s*[,:]\s*[\u201c\"])"
# 'put it' brings its quotation after a colon or a comma, perhaps with a manner: 'put it bluntly: "..."'.
_PUT_IT = r"^\s*(?:(?:this|that)\s+way|so|(?-i:[a-z]+ly))?\s*(?::|,\s*[\u201c\"])"
_ADMITTED = r"^(?:\s+(?:that|to|it)\b|\s*[,:]\s*[\u201c\"])"
# What was said, or a word standing for it, as the object: 'dubbed the reports "propaganda"'.
_WHAT_WAS_SAID = rf"^\s+(?:the|these|those|such|this|that|it|them|his|her|its|their|all|any|{SAID})\b"
# Saying again what another said: 'echoed the general's remarks' (not 'shots echoed across the valley').
ECHOED_WORDS = (
    r"(?:[\w'\u2019.-]+\s+){1,5}?(?:comments|remarks|words|denials?|positions?|statements?|sentiments|views?|stance)\b"
)
_ECHOED = r"^\s+" + ECHOED_WORDS
# Judging what was said, with it as the object: 'deemed the council's report biased' (not 'deemed the move illegal').
_JUDGED_SAID = (
    rf"^\s+(?:(?:the|these|those|such|this|that|his|her|its|their|all|any|recent|latest|new)\s+)?"
    rf"(?:[\w'\u2019-]+\s+){{0,5}}?{SAID}\b"
)
# Issuing a writing is speech with the writing's words after a colon or comma: 'X issued the following statement:
# "..."', 'X released a statement: "..."' (not 'issued a warrant', nor a writing with no words after it).
_ISSUED_ITS_WORDS = (
    rf"^\s+(?:a|an|the|its|his|her|their|this)\s+(?:following\s+)?(?:[\w-]+\s+)?(?:{WRITINGS})"
    + _ON_A_PLATFORM
    + r"\s*(?::|,\s*[\u201c\"])"
)
# What a verb of approving needs: a that-clause, or a quotation opening later in its clause.
_APPROVED_IN_MARKS = r"^(?:\s+that\b|[^.;:!?\u201c\u201d\"]{0,80}?[\u201c\"])"
# Verbs that are speech only with this after them (within the sentence).
_NEEDS = {
    **dict.fromkeys(_ISSUING_WORDS, _ISSUED_ITS_WORDS),
    **dict.fromkeys((*_APPROVING, "welcoming", "commending", "lauding", "applauding"), _APPROVED_IN_MARKS),
    "continued": r"^\s*(?::|,\s*[\u201c\"]|\s+that\b)",
    "continues": r"^\s*(?::|,\s*[\u201c\"]|\s+that\b)",
    "called": _CALLED,
    "calling": _CALLED,
    "calls": _CALLED,
    "reported": _REPORTED,
    "reads": _READ,
    "read": _READ,
    "cited": _REPORTED,
    "cites": _REPORTED,
    "described": r"\bas\b",
    "describes": r"\bas\b",
    "describing": r"\bas\b",
    "accused": r"\bof\b",
    "accuses": r"\bof\b",
    "accusing": r"\bof\b",
    "indicated": _THAT_OR_QUOTATION,
    "mentioned": _THAT_OR_QUOTATION,
    "asked": r"^\s*(?:[.,:]|$)",
    "went on": r"^\s*(?::|,|\s+to\s+say)",
    "put it": _PUT_IT,
    "puts it": _PUT_IT,
    # speech only where they bring a quotation: 'spoke of "a new era"' (not 'the ministry spoke of a raid')
    "spoke of": _QUOTATION_SOON,
    # judging what it names only where that is quoted: 'decried "the voices of traitors"' (not 'decried the delays');
    # 'denounced', like 'condemned', speaks with or without a quotation
    "decried": _QUOTATION_SOON,
    "decries": _QUOTATION_SOON,
    "speaks of": _QUOTATION_SOON,
    "referred to": _QUOTATION_SOON,
    "refers to": _QUOTATION_SOON,
    # the quoted words as the object: 'expressed "deep regret"' (not 'expressed concern over the "new dawn" campaign')
    "attributed": _CAUSE_QUOTED,
    "attributes": _CAUSE_QUOTED,
    "blamed": _CAUSE_QUOTED,
    "blames": _CAUSE_QUOTED,
    "expressed": _VOICED_OBJECT,
    "expresses": _VOICED_OBJECT,
    "expressing": _VOICED_OBJECT,
    "voiced": _VOICED_OBJECT,
    "voicing": _VOICED_OBJECT,
    "dismissed": r"^\s+(?!from\b)",
    "dismiss": r"^\s+(?!from\b)",
    # 'added' of things put to something is no speech: 'added "fuel" to the fire', 'added two units to the force'
    "added": _ADDED_TO,
    "adds": _ADDED_TO,
    # the base form only with the words it adds: 'went on to add: "..."' (not 'would add fighters to the force')
    "add": _THAT_OR_QUOTATION,
    "admitted": _ADMITTED,
    # naming what was said, not a thing named: 'dubbed the reports "propaganda"' (not 'an operation dubbed "X"')
    "dubbed": _WHAT_WAS_SAID,
    "dubs": _WHAT_WAS_SAID,
    "echoed": _ECHOED,
    "echoes": _ECHOED,
    "echoing": _ECHOED,
    "deemed": _JUDGED_SAID,
    "deems": _JUDGED_SAID,
    "deeming": _JUDGED_SAID,
    "admits": _ADMITTED,
    # verbs of denying that are also nouns, verbs only before what is denied
    "rubbish": _CLAIM_OBJECT,
    # ('trashed the reports', not 'trashed the offices')
    **dict.fromkeys(("trash", "trashed", "trashes", "trashing"), _TRASHED_OBJECT),
    "dispute": _CLAIM_OBJECT,
    "disputes": _CLAIM_OBJECT,
    "contest": _CLAIM_OBJECT,
    **dict.fromkeys((*_WITH_ITS_WORDS_FINITE, *_WITH_ITS_WORDS_PHRASAL), _THAT_OR_QUOTATION),
    # what is forecast is the words in marks right after it, with no comma: 'forecast "that a group will rise"'
    "forecast": r"^(?:\s+that\b|\s*[,:]?\s*[\u201c\"])",
}
# Verbs that need a complement to be speech ('continued: "..."', 'asked whether', 'admitted that') have it in the
# quotation just before them: '"...," Lev Arno continued.', '"...?" asked Lev Arno', '"...," the agency reported.'
_COMPLEMENT_BEFORE = frozenset(
    {"continued", "continues", "went on", "asked", "admitted", "admits", "reported", "indicated", "mentioned"}
    | {"put it", "puts it", "read", "reads"}  # '"...," a statement from X read.' as '"...," read a statement from X'
    | {*_WITH_ITS_WORDS_FINITE, *_WITH_ITS_WORDS_PHRASAL}  # '"...," Lev Arno retorted.'
)
# The quotation, then its speaker's few words, an appositive with them ('"...," ministry spokesman Lev Arno'), or none.
# (a title's or an initial's full stop inside a name is no sentence's end: '"...," Maj. Gen. Lev Arno continued')
_ITS_QUOTATION_BEFORE = re.compile(
    r"\u2591[,.?!]?[\u201d\"]\s*((?:[^\s;:.\u2591\u201c\u201d\"](?:[^\s;:\u2591\u201c\u201d\"]*+)\s+){0,12})$"
)
# 'put it' after 'That is how', its words in the sentence before: '"...". That was how Lev Arno, the spokesman, put it.'
HOW_PUT = re.compile(r"\s*+(?:that|this)\s++(?:is|was|'s|\u2019s)\s++how\s++", re.IGNORECASE)
# With the speaker between them, the verb ends its clause, or a clause of time follows it: '"...," Lev Arno
# continued.', '"...," he retorted when asked about it' (not '... continued the raid').
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;!?]|$|(?:on|in|at|to|during|later|again|when|while|after|before)\b)")

# A participle after the writing that carries it shares the subject of the verb that issued it: 'X issued a
# statement denying ...', 'X released an audio message, accusing ...'.
# (and appearing in one: 'X appeared in a video in which he refuted claims ...' is X's, as 'X released a video')
_ISSUED = (
    r"\b(?:issued|released|published|put out|posted|gave|given|made|appeared\s+in|appears\s+in)\s+"
    # (or several, one each: 'X and Y have both issued official statements denying ...'; not none: 'issued no
    # statements')
    rf"(?:(?:a|an|its|the)\s+(?:[\w-]+\s+)?(?:{OCCASIONS})|(?:their\s+)?(?!(?:no|few|any|zero)\b)(?:[\w-]+\s+)?(?:{WRITINGS})s)"
    r"(?:\s+(?:on|in|via)\s+[^,;:\u2591]{1,40}?)?"
)
ISSUED_WRITING = re.compile(_ISSUED + r",?\s*$", re.IGNORECASE)
# Issuing a writing anywhere: what makes a word opening a sentence a name, as a verb of saying does ('Veloria issued
# a statement denying ...' as 'Veloria denied ...'; names._looks_like_a_name).
ISSUED_A_WRITING = re.compile(_ISSUED, re.IGNORECASE)
# A finite verb in a relative clause after the writing is its issuer's too: 'X issued a statement in which it denied
# ...', 'X released a statement that said ...' as 'X issued a statement denying ...'.
ISSUED_WRITING_THEN_RELATIVE = re.compile(
    _ISSUED + r",?\s+(?:(?:in|through|with)\s+which\s+(?:it|he|she|they|we)|that|which)\s+"
    r"(?:(?:also|further|then|has|have|had)\s+)?(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
# A participle right after a verb of posting shares its subject: 'X tweeted denying the reports', 'Y posted on
# Telegram rejecting the claims'.
_POSTED = re.compile(
    r"\b(?:tweeted|tweets|posted|posts|wrote|writes)(?:\s+(?:on|in|via|from)\s+[^,;:.\u2591]{1,30}?)?\s+$",
    re.IGNORECASE,
)
# Reports as the object of a participle of denying, which then shares the sentence's subject though no comma sets
# it off: 'X said on Monday its leader is alive dismissing reports that he was killed'.
_REPORTS_AFTER = re.compile(
    r"\s+(?:(?:the|these|those|such|all|any|media|press|recent)\s+){0,2}" + SAID + r"\b",
    re.IGNORECASE,
)
_OF_OR_FOR = re.compile(r"\b(?:of|for)\s+$", re.IGNORECASE)
# A participle after a writing and its author is the author's: 'a statement from the brigade denying ...'.
WRITING_BY = re.compile(
    rf"\b(?:{WRITINGS})\s+(?:(?:issued|released|published)\s+)?(?:by|from)\s+"
    r"[^,;:.\u201c\u201d\"\u2591]{2,60}?,?\s*$",
    re.IGNORECASE,
)
# A participle after the writing its subject spoke in: 'the agency said in a statement denying the accusations'.
IN_WRITING = re.compile(rf"\bin\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?(?:{OCCASIONS}),?\s*$", re.IGNORECASE)
# What may stand before a participle that opens a sentence: nothing, or the writing it is in ('In a statement
# denying the reports, the ministry said ...').
OPENING = re.compile(
    r"\s*(?:in\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?"
    rf"(?:{OCCASIONS})\s+"
    # (or a subordinator before the participle: 'In denying the reports, Lev Arno said', 'While rejecting the claims,
    # the ministry said' as 'Denying the reports, Lev Arno said': the subject that follows)
    r"|(?:in|while|whilst|when|after)\s+)?",
    re.IGNORECASE,
)
_PASSIVE = re.compile(r"\b(was|were|is|are|be|been|being|get|gets|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _passive(before: str, sentence: str) -> bool:
    """Whether an auxiliary of the passive ends ``before``. 'IS' in capitals is the acronym, not the auxiliary ('IS
    said', the Islamic State speaking, is no passive 'is said'), save in a line all in capitals; an auxiliary that
    spells no acronym is one in capitals too ('Lev Arno WAS said to have left', 'The claims ARE denied')."""
    aux = _PASSIVE.search(before)
    return aux is not None and not (aux.group(1) == "IS" and not sentence.isupper())


# After a past form, its agent, which makes it a passive participle, not a verb of speech ('accused by the council'),
# though not the means of speaking ('said by phone') nor an act of saying as the means of answering ('countered by
# accusing the officials of ...', 'responded by calling it ...': no agent is an act of saying).
_PASSIVE_PARTICIPLE = re.compile(
    r"\s+by\b(?!\s+(?:(?:tele)?phone|e-?mail|video|text|radio|letter|satellite|way|means|"
    + "|".join(sorted(_PARTICIPLES, key=len, reverse=True))
    + r")\b)",
    re.IGNORECASE,
)
# Verbs that are also nouns, read as verbs only right after a quotation, before their subject: '"...," notes the
# statement', '"...," claims the group', '"...," reports Meridian Wire' (not 'the notes', 'the claims').
_AFTER_QUOTATION = frozenset("notes claims reports states".split())
# 'states' (the noun's plural too) is a verb before 'that' only after a writing, or a pronoun or relative for one: 'The
# report states that ...', "Venn's report, which states that ...", 'It states that ...' (not 'Gulf states that back
# the plan', 'member states that have signed'); an adverb may stand between: 'The report also states', 'clearly states'.
_WRITING_STATES = re.compile(
    rf"(?:\b(?:{WRITINGS}|report|document)(?:,?\s+(?:that|which))?|\b(?:[Hh]e|[Ss]he|[Ii]t|[Ww]hich))"
    r"\s+(?:(?:also|further|then|[a-z]+ly)\s+)?$"
)
# Participles with which a speaker goes on to stress or add to what it said ('..., stressing that this was not true').
STRESSING = frozenset(
    "stressing adding insisting noting emphasising emphasizing stating asserting affirming reiterating repeating "
    "underlining highlighting".split()
)
# Verbs of promising, which tell a pledge; and the clause a verb of saying reports, up to a verb in it: its 'that', its
# subject of a few words and an auxiliary, no stop, comma or quotation between ('reiterated that the brigade had ')
_PROMISING = frozenset("promised promises pledged pledges vowed vows".split())
_REPORTED_CLAUSE = re.compile(
    r"\s++(?:that\s++)?+(?:[\w'\u2019-]++\s++){1,6}?(?:(?:had|has|have|would|will|once|also|previously|already)\s++)?"
)
_QUOTATION_JUST_BEFORE = re.compile(r"[\u201d\"],?\s*$")
# An article, a determiner or a possessive right before a word, which makes it a noun: "the bank's forecast", 'its
# forecast', 'a forecast' (not 'the central bank forecast that ...', a verb after its subject).
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|its|his|her|their|our|my|this|that|these|those|whose)|\w['\u2019]s?)\s+$", re.IGNORECASE
)
# They are verbs too between a sentence's bare subject and 'that': 'Lev Arno claims that ...', 'The ministry claims
# that ...', 'He claims that ...', 'Meridian Wire reports that ...' (not 'Iranian claims that ...', 'The Syrian
# claims that ...', 'Such reports that ...': a nationality, a determiner or an article before a capital is the noun's;
# nor 'The ministry also rejected reports that ...': a verb before it, in -ed, makes it its object).
_SUBJECT_THEN_THAT = re.compile(
    r"\s*(?:(?:The|the)\s+(?:[a-z]+\s+)?(?![a-z]+(?:ed|ly)\b)[a-z]+|[Hh]e|[Ss]he|[Ii]t|[Tt]hey|"
    r"(?!(?:The|These|Those|Such|Some|Many|All|Any|Other|Earlier|Previous|Recent|New|Similar|Media|No)\s)"
    r"(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019.-]*(?<![a-z]i)(?<!ian|ean|ese|ish))\s+"
)
# A charge, or 'which' after one, then the subject that answers it, right before a verb of denying: 'a claim the
# army (has) rejected', ', which it dismissed' (what is denied comes before the verb).
CHARGE_ANSWERED = re.compile(
    rf"(?:\b{CHARGES}|,\s*which)\s+(?:that\s+|which\s+)?"
    r"[^,;:\u2591]{1,60}?\s+(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?$"
)
_PROGRESSIVE = re.compile(r"(?<![\w-])" + _PROGRESSIVE_AUX + "$", re.IGNORECASE)
# Participles by which one passes on another's words: '..., citing X', '..., quoting X' (X speaks).
RELAYING = frozenset({"citing", "quoting"})
# The participles whose speaker is the name right before them, with no comma: 'quoted Dario Venn saying', 'footage
# showing Colonel Lev Arno declaring that ...'.
NAME_THEN_PARTICIPLE = frozenset(
    "saying declaring stating announcing claiming vowing insisting stressing "
    # restating, as news words a statement made before: 'in the wake of army chief Lev Arno reiterating on Thursday
    # that ...' (Arno restates)
    "reiterating asserting affirming".split()
)
# A capitalised name right before a participle, with no comma: 'quoted Dario Venn saying'.
# (a stop after an initial ends no sentence: 'Dario K. Venn saying')
_NAME_JUST_BEFORE = re.compile(r"(?:(?<![.!?]\s)|(?<=\b[A-Z]\.\s))\b[A-Z][\w'\u2019-]*\s+$")
_PATTERN = re.compile(
    r"\b(?P<verb>according to|citing|quoting|"
    + "|".join(
        sorted((re.escape(v) for v in (*_FINITE, *_PARTICIPLES, *_PHRASAL, *_AFTER_QUOTATION)), key=len, reverse=True)
    )
    + r")\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Verb:
    """A verb of saying at ``start``-``end`` of the paragraph."""

    start: int
    end: int
    word: str
    form: str
    """finite, participle or according."""
    claim: bool = False
    """Whether its object is a claim, which makes it a denial ('denounced the reports'; _CONDEMNING)."""

    @property
    def denial(self) -> str | None:
        """'denied' or 'acknowledged' for verbs of denying or acknowledging, else None."""
        w = self.word.lower()
        if self.form == "passive":
            # read only for a denial with its agent: 'was deemed false by X' (speakers._DENIED_BY); but the question
            # one was asked by X is X's, no denial ('Dara Venn was asked by Lev Arno: "...?"'), and so are the words
            # one was told by X ('Lev Arno was told by Dara Venn: "..."' denies only as its words do)
            return None if w in TOLD_PASSIVE else "denied"
        if (
            self.claim
            or w in DENY
            or " ".join(w.split()) in DISMISSING_PHRASES
            or ISSUED_DENIAL.fullmatch(w)
            or _ISSUED_ON_WORDS.fullmatch(w)
            or OWNED_DENIAL.fullmatch(w)
            or _DISTANCING.fullmatch(w)
            or _PLAYED_DOWN.search(w)  # (after its auxiliary too: 'is downplaying')
            or INNOCENCE.fullmatch(w)
            or _DENIAL_AFTER_OCCASION.fullmatch(w)  # ('made his first appearance to profess his innocence')
        ):
            return "denied"
        return "acknowledged" if w in ACKNOWLEDGE else None


# What is told when 'tell' is no verb of saying: 'Lev Arno said Ostravia is telling lies to hide its losses' is Arno's
# charge (his denial), never Ostravia's speech; nor 'was not telling the truth', 'told outright lies'.
_TELLS_LIES = re.compile(
    r"\s+(?:(?:a|the|such|more|outright|blatant|big|many)\s+){0,2}(?:lies|lie|falsehoods?|untruths?|truth)\b"
)


def find_verbs(masked_sentence: str, offset: int) -> list[Verb]:
    """The speech verbs of a masked sentence, with offsets into the paragraph."""
    verbs = [
        Verb(m.start() + offset, m.end() + offset, m.group(1), "finite")
        for m in _HASTE_TO_DENY.finditer(masked_sentence)
        if re.search(_NEEDS.get(m.group(1).lower(), ""), masked_sentence[m.end() :])
        # (a phrase of dismissing, only with what was said as its object, as anywhere: not 'was quick to rule out talks')
        and (
            m.group(1).lower() in _BASE
            or _DISMISSING.match(masked_sentence, m.start(1))
            or _DENIAL_AFTER_OCCASION.fullmatch(m.group(1))
        )
    ]
    verbs += [
        Verb(m.start() + offset, m.end() + offset, m.group(1), "finite")
        for m in _OCCASION_TO_SAY.finditer(masked_sentence)
    ]
    verbs += [
        Verb(m.start() + offset, m.end() + offset, m.group(), "finite")
        for m in _VOICED.finditer(masked_sentence)
        if not _passive(masked_sentence[: m.start()], masked_sentence)
    ]
    # phrases of dismissing, and verbs of condemning whose object is a claim (a denial by that object)
    verbs += [
        Verb(
            m.start() + offset,
            m.end(1) + offset,
            re.sub(_DAY_INSIDE, "", m.group(1), flags=re.IGNORECASE),
            "participle" if ing else "finite",
            claim=claim,
        )
        for pattern, claim in ((_DISMISSING, False), (_CONDEMNING, True), (_DOUBTING, True))
        for m in pattern.finditer(masked_sentence)
        for ing in [m.group(1).split()[0].lower().endswith("ing")]
        if not _passive(masked_sentence[: m.start()], masked_sentence)
        and (not ing or _shares_subject(True, masked_sentence[: m.start()], masked_sentence[m.end(1) :]))
        # (a base form after 'to' or a modal is no one's act, as for 'deny'; haste to dismiss is read above)
        and not (
            " ".join(m.group(1).lower().split()) in DISMISSING_BASES
            and _BASE_GUARD.search(masked_sentence[: m.start()])
        )
    ]
    verbs += [
        Verb(m.start() + offset, m.end() + offset, m.group(), "finite")
        for pattern in (ISSUED_DENIAL, ISSUED_ON_FALSE, _DISTANCING, _PLAYED_DOWN_TIES, INNOCENCE)
        for m in pattern.finditer(masked_sentence)
    ]
    verbs += [
        Verb(m.start() + offset, m.end() + offset, m.group(), "finite")
        for m in OWNED_DENIAL.finditer(masked_sentence)
        if _OWNER_BEFORE.search(masked_sentence, max(0, m.start() - 60), m.start())
    ]
    # a headline in title case capitalises its verbs too: 'Taliban Spokesman Denies Afghan Involvement'
    long_words = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", masked_sentence) if len(w) > 3]
    title_case = len(long_words) >= 4 and len(masked_sentence.split()) <= 20 and all(w[0].isupper() for w in long_words)
    for m in _PATTERN.finditer(masked_sentence):
        word = m.group("verb")
        lower = word.lower()
        if lower == "according to" or (lower in RELAYING and re.search(r",\s*$", masked_sentence[: m.start()])):
            # '..., Arab News reported, citing Zabihullah Mujahid': the one cited speaks, as after 'according to'
            verbs.append(Verb(m.start() + offset, m.end() + offset, word, "according"))
            continue
        if lower == "quoting":
            continue  # ('quoting' is read only as 'citing' is, after a comma)
        if lower in NAME_THEN_PARTICIPLE and _NAME_JUST_BEFORE.search(masked_sentence[: m.start()]):
            # 'quoted Dario Venn saying', 'a clip of Dario Venn saying': the name before speaks (Reader reads it)
            verbs.append(Verb(m.start() + offset, m.end() + offset, word, "participle"))
            continue
        if word[0].isupper() and m.start() > 0 and not (title_case and word.lower() in HEADLINE_VERBS):
            continue  # a capitalised 'Said' mid-sentence is a name
        after = masked_sentence[m.end() :]
        before = masked_sentence[: m.start()]
        if any(v.claim and v.start == m.start() + offset for v in verbs):
            continue  # already read as condemning a claim
        if lower in ("tell", "tells", "told", "telling") and _TELLS_LIES.match(after):
            continue  # 'He says the government is telling lies': the one said to lie tells no one anything
        if lower in _ADJECTIVES_AFTER_ARTICLE and _ARTICLE_BEFORE.search(before):
            continue
        if lower in _SAID_AS_ADJECTIVE and _DETERMINER_JUST_BEFORE.search(before):
            continue
        if (
            lower in _AFTER_QUOTATION
            and not _QUOTATION_JUST_BEFORE.search(before)
            and not (
                (_WRITING_STATES.search(before) if lower == "states" else _SUBJECT_THEN_THAT.fullmatch(before))
                and re.match(r"\s+that\b", after)
            )
        ):
            continue
        if lower == "forecast" and _DETERMINER_BEFORE.search(before):
            continue  # "the bank's forecast that ...", 'a forecast that ...': the noun, no one forecasting
        if lower == "posted" and re.search(rf"\b(?:{OCCASIONS})\s+$", before, re.IGNORECASE):
            continue  # 'in a video clip posted on Telegram': the clip was posted, no one speaks by it
        need = _NEEDS.get(lower)
        if need and CHARGE_ANSWERED.search(before):
            need = None  # 'a claim the army rejected', ', which it dismissed': what it rejects comes before
        if need and not re.search(need, after[:120] if need.startswith("\\b") else after):
            quoted = _ITS_QUOTATION_BEFORE.search(before[-120:]) if lower in _COMPLEMENT_BEFORE else None
            # ('"...". That was how Lev Arno put it.': its words are the sentence's before, as with 'As X put it')
            how_put = lower in ("put it", "puts it") and HOW_PUT.match(before) and re.fullmatch(r"\s*[.!]?\s*", after)
            # ('"...". The statement reads.': a writing that reads in a sentence of its own after its quotation, as
            # 'The statement said.' does; before, the quotation was left with no speaker)
            how_put = how_put or (
                lower in ("read", "reads") and _WRITING_ALONE.fullmatch(before) and re.fullmatch(r"\s*[.]?\s*", after)
            )
            if not how_put and (quoted is None or (quoted.group(1) and not _CLAUSE_ENDS.match(after))):
                continue
            if lower in ("read", "reads") and not how_put and (quoted is None or not quoted.group(1)):
                continue  # ('"Welcome," read a sign': only a writing after 'read', as _READ asks)
        progressive = _PROGRESSIVE.search(before) if lower in _PARTICIPLES else None
        if progressive is not None:
            # 'The brigade is denying the reports', 'has been rejecting the claims': a finite verb, from its auxiliary
            verbs.append(Verb(progressive.start() + offset, m.end() + offset, word, "finite"))
            continue
        if _passive(before, masked_sentence):
            continue
        if lower in DENY_PAST and re.match(r"\s+by\b", after) and re.search(r",\s*$", before):
            continue  # 'Lev Arno, dismissed by the premier, said': a participle set off after its subject, no speech
        if lower not in DENY_PAST and lower.endswith("ed") and _PASSIVE_PARTICIPLE.match(after):
            continue  # 'Lev Arno, accused by the council of fraud, denied': a passive participle, no speech
        if lower == "accused" and re.match(r"\s+of\b", after):
            continue  # 'X, accused of the raid, denied': 'accused' with no one accused is passive
        if lower in _PROMISING and any(
            v.form == "finite" and _REPORTED_CLAUSE.fullmatch(masked_sentence, v.end - offset, m.start()) for v in verbs
        ):
            # 'He reiterated that the brigade had promised that "..."', 'X said the brigade had pledged to withdraw':
            # a promise told inside another's reported clause is what the teller says (one claim, the teller's, as
            # the gold reads 'The report added that Iran had promised ...'), not a second speech of its own
            continue
        if lower in _BASE and (_BASE_GUARD.search(before) or any(v.start <= m.start() + offset < v.end for v in verbs)):
            continue
        form = _PHRASAL.get(lower) or ("participle" if lower in _PARTICIPLES else "finite")
        if form == "participle" and not _shares_subject(lower in DENY, before, after):
            continue  # 'a warning' is a noun
        verbs.append(Verb(m.start() + offset, m.end() + offset, word, form))
    return sorted(verbs, key=lambda v: v.start)


def _shares_subject(denying: bool, before: str, after: str) -> bool:
    """Whether a participle between ``before`` and ``after`` is speech by its clause's subject: '..., adding that',
    'issued a statement denying', an opening 'Denying the reports, the ministry said ...'. One test for every
    participle, of one word or a phrase ('..., brushing aside the reports')."""
    return bool(
        re.search(r"(?:,|[\u201d\"\u00bb]|\b(?:and|while|whilst))\s*$", before)
        # 'with the latter denying', 'with the ministry denying': the participle has its own subject
        or re.search(
            r"\bwith\s+(?:the\s+(?:latter|former)|(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,4})\s+$",
            before,
        )
        or ISSUED_WRITING.search(before)
        or WRITING_BY.search(before[-100:])
        or _POSTED.search(before[-80:])
        or IN_WRITING.search(before[-60:])
        or (denying and OPENING.fullmatch(before) and re.match(r"[^.;:\u2591]{1,120}?,", after))
        # (not after 'of' or 'for': 'accused the brigade of denying', 'mocked it for denying', 'stopped short of
        # denying' are no one's denial by this subject)
        or (denying and before.strip() and _REPORTS_AFTER.match(after) and not _OF_OR_FOR.search(before))
    )
