"""What the article says people and bodies are: titles, appositives and 'led by'.

    army spokeswoman Colonel Petra Lind         a title written before the name
    Marek Halden, a spokesman for the ministry  an appositive after it
    the head of the Dornmark Provincial Council, Sheikh Nasser al-Obeidi   one before it
    the State of Law Coalition, led by former Prime Minister Nouri Al-Maliki

Each is kept with its exact span of the paragraph, so that the drafted role or
relationship cites the words it comes from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.draft.discourse import BODY_NOUNS, HUMAN_NOUNS, Entity
from generator.draft.names import HONORIFICS, TITLES, key_tokens
from generator.draft.speakers import Reading, head_word
from generator.draft.text import MASK

_STARTS = re.compile(r"^(?:a|an|the|one of the|former|senior|deputy|acting)\b", re.IGNORECASE)
_PRE_STARTS = re.compile(r"^(?:a|an|the)\b", re.IGNORECASE)
_OPENING_CONJUNCTION = re.compile(r"^(?:but|and|yet)\s+(?=(?:a|an|the)\s)", re.IGNORECASE)
# Human nouns that news uses of bodies and states as well: 'Veloria, a member of the alliance', 'a key mediator'.
_ALSO_A_BODY = frozenset(
    "member members founder neighbour neighbours neighbor neighbors mediator mediators monitor monitors observer "
    "observers representative representatives negotiator negotiators candidate candidates operator".split()
)
# (not a member of a body only people sit in: 'X, a member of parliament', 'a member of the cabinet')
_MEMBER_OF_PEOPLE = re.compile(
    r"\bmembers?\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:parliament|congress|senate|cabinet|politburo|knesset|majlis|"
    r"legislature)\b",
    re.IGNORECASE,
)
# The lookbehind lets a match start only where a run of spaces starts (else a long run is quadratic).
_CUT_RELATIVE = re.compile(r"(?<!\s)\s+(?:who|which|that|whose|where)\b.*$", re.IGNORECASE | re.DOTALL)
_AUXILIARY = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says|told)\b", re.IGNORECASE)
_LED = re.compile(r"\b(?:led|headed|commanded|run) by\s+", re.IGNORECASE)


# Military ranks, written out or cut short, that end a title after an office: 'army spokesman Brig. Gen.', 'spokesperson
# Maj. Gen.', 'spokeswoman Colonel' (an office word before them, so 'Gen.' alone, or 'Major General' alone, stays).
_RANK_WORD = (
    r"(?:Gen|Brig|Col|Lt|Maj|Capt|Sgt|Adm|Cmdr)\.?|General|Brigadier|Colonel|Lieutenant|Major|Captain|Sergeant|"
    r"Admiral"
)
# ('General' alone ends offices of its own: 'Secretary General', 'Attorney General', 'Director General')
_RANK_AFTER_OFFICE = re.compile(rf"(?<=[a-z])\s+(?!General$)(?:(?:{_RANK_WORD})(?:[\s-]+|$))+$")


@dataclass(frozen=True)
class Descriptor:
    """A description of an entity, and the span (name included) that states it."""

    entity: Entity
    text: str
    paragraph: int
    start: int
    end: int
    kind: str
    """title, appositive or before (a description written before the name)."""
    organization: Entity | None = None
    """The body the description names, for roles: 'a member of <Velorian House of Representatives>'."""

    @property
    def former(self) -> bool:
        return bool(re.search(r"\bformer\b", self.text, re.IGNORECASE))

    @property
    def role(self) -> str:
        """The description as a role title: the article dropped, 'former' moved to the flag, a rank written after
        the office dropped (:attr:`rank`)."""
        text = re.sub(r"^(?:a|an|the)\s+", "", self.text.strip(), flags=re.IGNORECASE)
        text = re.sub(r"\bformer\s+", "", text, count=1, flags=re.IGNORECASE).strip()
        return text.removesuffix(self.rank).strip()

    @property
    def rank(self) -> str:
        """A military rank written between the office and the name, which is no part of the office: 'spokesperson
        Maj. Gen.' of 'its spokesperson Maj. Gen. Lev Arno' is a spokesperson whose rank is 'Maj. Gen.'."""
        rank = _RANK_AFTER_OFFICE.search(self.text.strip())
        return rank.group(0).strip() if rank else ""

    @property
    def of_a_person(self) -> bool:
        """Whether it describes a person: its head an office or a human noun ('a spokesman for the rebels, X'),
        not a body's kind ('X, an Iran-backed militia'), nor a noun a body is called too ('X, a member of the
        coalition', 'X, a key mediator', 'X, a war monitor'); a member of a body only people sit in is a person ('X,
        a member of parliament'), and so are a survivor and a veteran, which news calls no body."""
        head = head_word(self.text)
        return (self.kind == "before" or head in HUMAN_NOUNS | TITLES) and (
            head not in _ALSO_A_BODY or bool(_MEMBER_OF_PEOPLE.search(self.text))
        )

    @property
    def membership(self) -> bool:
        """Whether it says the entity belongs to the body: 'a member of', 'a senior figure in'."""
        return bool(
            re.search(
                r"\b(?:member|figure|official|leader|commander|fighter|head|chief|founder)s?\s+(?:of|in)\b",
                self.text,
                re.IGNORECASE,
            )
        )


@dataclass(frozen=True)
class Leadership:
    """'<body>, led by <person>': the span from the body's name to the leader's."""

    body: Entity
    leader: Entity
    paragraph: int
    start: int
    end: int


def describe(readings: list[Reading]) -> tuple[list[Descriptor], list[Leadership]]:
    """Every descriptor and leadership the article states, in reading order."""
    descriptors: list[Descriptor] = []
    leaderships: list[Leadership] = []
    for reading in readings:
        sentence = reading.sentence
        masked = sentence.paragraph.masked
        number = sentence.number
        named = [(m, reading.entities[id(m)]) for m in reading.mentions if id(m) in reading.entities]
        for m, ent in named:
            if m.possessive:
                continue
            if m.title and _is_role(m.title):
                descriptors.append(Descriptor(ent, m.title, number, m.title_start, m.end, "title"))
            after = _appositive_after(masked, m.end, sentence.end)
            if after:
                start, end = after
                org = _last_body(named, start, end)
                descriptors.append(Descriptor(ent, masked[start:end], number, m.span_start, end, "appositive", org))
            before = _appositive_before(masked, sentence.start, m.span_start)
            if before and ent.person:
                start, end = before
                org = _last_body(named, start, end)
                descriptors.append(Descriptor(ent, masked[start:end], number, start, m.end, "before", org))
        for led in _LED.finditer(masked, sentence.start, sentence.end):
            body = next(
                (
                    e
                    for m, e in reversed(named)
                    if m.end <= led.start()
                    and e.kind == "org"
                    and not re.search(r"[;:\u201c\u201d\"]", masked[m.end : led.start()])
                    and masked[m.end : led.start()].strip() in ("", ",")
                ),
                None,
            )
            leader = next(
                ((m, e) for m, e in named if m.span_start >= led.end() and e.person and m.span_start - led.end() <= 40),
                None,
            )
            if body is not None and leader is not None:
                body_start = next(m.span_start for m, e in named if e is body and m.end <= led.start())
                leaderships.append(Leadership(body, leader[1], number, body_start, leader[0].end))
    return descriptors, leaderships


def _is_role(title: str) -> bool:
    words = [w.rstrip(".").lower() for w in title.split()]
    return any(w in TITLES and w not in HONORIFICS for w in words)


# An office with no article, of a body after it: 'Lev Arno, spokesman for the Darvan Front, said', 'X, chief
# negotiator of the movement,' (a person's office, as 'a spokesman for ...' is).
_BARE_OFFICE = re.compile(r"(?:(?:chief|main|official|top|military|political)\s+)?([a-z]+)\s+(?:for|of|to|at|with)\s")


def _bare_office(seg: str) -> bool:
    office = _BARE_OFFICE.match(seg)
    return office is not None and office.group(1) in HUMAN_NOUNS | TITLES and office.group(1) not in HONORIFICS


def _appositive_after(masked: str, end: int, limit: int) -> tuple[int, int] | None:
    """The span of ', a spokesman for the ministry' after a name, without its relative clause."""
    rest = masked[end:limit]
    m = re.match(r",\s+", rest)
    if not m:
        return None
    start = end + m.end()
    seg = masked[start:limit]
    stop = re.search(r",\s|[;:\u201c\u201d\"()]|\.\s*$|\.$", seg)
    seg = seg[: stop.start()] if stop else seg
    seg = _CUT_RELATIVE.sub("", seg).rstrip(" .")
    if not seg or MASK in seg or not (_STARTS.match(seg) or _bare_office(seg)) or _AUXILIARY.search(seg):
        return None
    head = head_word(seg)
    if head not in HUMAN_NOUNS and head not in BODY_NOUNS and head not in TITLES:
        return None
    return start, start + len(seg)


def _appositive_before(masked: str, sentence_start: int, name_start: int) -> tuple[int, int] | None:
    """The span of 'the head of the Dornmark Provincial Council, ' written before a name."""
    before = masked[sentence_start:name_start]
    if not re.search(r",\s+$", before):
        return None
    body = re.sub(r",\s+$", "", before)
    cut = max(body.rfind(", "), body.rfind("\u201d"), body.rfind('"'), body.rfind(":"), body.rfind(";"))
    seg_start = cut + 2 if cut >= 0 and body[cut] == "," else cut + 1
    seg = body[seg_start:].lstrip()
    # (a conjunction opening the sentence is no part of the description: 'But a spokesman for the rebels, X,')
    seg = _OPENING_CONJUNCTION.sub("", seg, count=1) if seg_start == 0 else seg
    seg_start = len(body) - len(seg)
    words = [w for w, _, _ in key_tokens(seg)]
    # ('Spokesman for the brigade, Colonel X, said': a title that opens its sentence needs no article)
    opens_with_title = seg_start == 0 and bool(words) and words[0].lower() in TITLES
    if not seg or MASK in seg or not (_PRE_STARTS.match(seg) or opens_with_title):
        return None
    if _AUXILIARY.search(seg) or len(words) > 12:
        return None
    head = head_word(seg)
    if head not in HUMAN_NOUNS and head not in TITLES:
        return None
    return sentence_start + seg_start, sentence_start + len(body)


def _last_body(named, start: int, end: int) -> Entity | None:
    bodies = [e for m, e in named if start <= m.span_start and m.end <= end and e.kind == "org"]
    return bodies[-1] if bodies else None
