"""Denials and acknowledgements: what was denied or acknowledged, in the article's words.

    Iraq's defence ministry acknowledged at the time that it had received Syrian
    military personnel, but it has denied hosting foreign non-Iraqi militias.

gives acknowledged 'that it had received Syrian military personnel' and
denied 'hosting foreign non-Iraqi militias': each verb's object runs to the
end of its clause (', but', '; ', the next verb of saying, the sentence's end),
less time phrases before it ('at the time', 'on Friday').

A statement is a denial by its words too: reports called false or propaganda,
'it did not', 'it has no forces there', a speaker's own 'We reject these
claims' in a quotation, or a passive with its agent ('were deemed false by X').
Rejecting a proposal or denying someone entry denies no claim.

How English news reports a denial, family by family (tests/draft/test_denial_lexicon.py has a sentence for each;
the guard in brackets keeps ordinary sentences out):

- verbs (verbs.py): deny, reject, dismiss, refute, rebut, repudiate, rubbish, debunk, dispute, contest, disown,
  disavow, disclaim, in the past, -s, -ing and a plural subject's present ['refused to deny', 'will reject'], and
  'continued to deny', 'was quick to deny', and 'denied' with no object ('Asked about it, the brigade denied.') ['rejected
  the proposal', 'the decision', 'violence', 'denied them entry', 'the contested elections']; in a clause
  reported without 'that', 'X said the brigade denied', the brigade's (speakers._SAID_BARE);
- phrases of dismissing (verbs.py): brushed aside/off, shrugged off, waved away, laughed off, pushed back against,
  poured cold water on, scoffed at, shot down, ruled out, contradicted, took issue with, hit back at, challenged,
  dispelled, with reports, claims or involvement as object, in every form, the base after haste ('was quick to brush
  aside') ['shot down a drone', 'ruled out talks', 'hit back at the council', 'refused to rule out'];
- condemning or scorning what was said (verbs.py, _CONDEMNING): denounced, condemned, slammed, decried, derided,
  ridiculed, mocked, lambasted, heaped scorn on, with reports or claims as object, 'denounced as a "lie" reports
  that' ['condemned the attack'];
- verbal nouns (verbs.py, _IN_A_DENIAL): issued, tweeted, posted or made a (flat) denial (of), a rebuttal, a
  rejection of what was said ['a rejection of the plan']; 'In a denial posted on ...'; 'said in a statement denying';
- disowning an act (verbs.py): distanced itself from, washed its hands of;
- calling it false (_FALSE): false ['false flag'], baseless, unfounded, untrue, groundless, fabricated, erroneous,
  bogus, fictitious, concocted, trumped-up, unsubstantiated, spurious, slanderous, defamatory, lies ['lies in',
  'lies with'], falsehood, hoax, pure fiction, figment, fairy tale, rumours, nonsense, fake news; no basis, truth or
  grounds, devoid of truth, far from the truth, not true, accurate, correct or credible, not based on facts, lacks
  credibility, distorts the facts, does not reflect reality, inconsistent with the facts; claims called absurd,
  ridiculous, made up, mendacious, a distortion or a myth (verbs.SAID_JUDGED) ['made up of', 'the plan was absurd'],
  or found (to be) exaggerated or misleading; any of these after a labelling verb with a report as its object,
  'called the reports fake' (_LABELLED_SAID_FALSE) ['called the decision incorrect']; a misperception or misconception about
  what was reported; contrary to reports; falsely accused, wrongly attributed; nothing of the sort, no
  such thing ['no such thing as']; without merit, far-fetched, does not hold water, a forgery; innocent of the
  charges, 'it is innocent' ['the victims were innocent']; taken out of context, misquoted, misrepresented;
  accused of lying ['lying in the street'];
- calling it a deception (_DECEIT, _AS_DISMISSIVE, _LABELLING): propaganda, smear, disinformation, meant to
  mislead, sow discord, with the reports as subject ['the raids were meant to sow discord'], or 'as' after a verb of
  judging ['condemned the propaganda campaign']; not to be swayed by, or not to believe, reports of media close to
  a side or hostile ['not to be swayed by unconfirmed reports'];
- no part, no link (_FALSE, _HAS_NO): nothing to do with, no role, hand, involvement, connection, link, ties or
  affiliation, took or played no part, in no way involved, not involved, behind or linked, not responsible, bears
  no responsibility ['the group had no role in the government'];
- it did not happen (_FALSE, _DID_NOT): did not happen, never took place, no such attack occurred, there had been
  no attack, not a single fighter ['no casualties', 'not a single school'], 'it did not ...',
  'they' or 'its forces are not present in ...' after a verb of saying ['not present at the talks']; a side named as
  well as 'it' (_NAMED_SIDE_DID_NOT): 'said the Kessel Brigade had no role in the raid', 'No raid took place, X said'
  ['no role in the government', 'none of the hostages'];
- first person in quotations (_WE_DENY): we (or our fighters, our forces) deny, refute, reject these claims; did
  not or never carry out, attack, detain, abduct, shell, deploy, fund ...; we have no forces or role in; we are not
  part of; none of our men took part; 'We were not there.' ['we did not expect', 'we were not there when ...'];
  a verb of denying quoted after its subject, 'said it "firmly denies" the reports' ['"rejects" the proposal'];
- passives with an agent (speakers._DENIED_BY): was denied, rejected, refuted, rebutted, disputed or disowned by X,
  or through (in) a statement released (issued) by X, was dismissed as baseless by X ['the proposal was rejected by
  the council'].
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from generator.alternation import alternation
from generator.draft.discourse import ARMED_PEOPLE, Speaker
from generator.draft.names import CONNECTORS, PLATFORMS_WRITTEN
from generator.draft.speakers import Act, Reading, relayed
from generator.draft.text import Quote, Sentence
from generator.draft.verbs import (
    CHARGE_ANSWERED,
    CHARGES,
    DAYS,
    FALSE_PHRASES,
    FALSE_WORDS,
    INNOCENCE,
    ISSUED_DENIAL,
    NAME_THEN_PARTICIPLE,
    OPENING,
    OWNED_DENIAL,
    PASSIVE_ADVERBS,
    REJECTION_OF_SAID,
    SAID,
    SAID_ABOUT,
    SAID_JUDGED,
    SAID_OWNER,
    SIDE_KINDS,
    STRESSING,
    TOLD_PASSIVE,
    TRAILING_WORDS,
    UNNAMED_HEARERS,
    find_verbs,
)

# Where the object of a denial ends. The lookbehind lets the first branch start only where a run of
# spaces starts; without it a long run is rescanned from each of its positions (quadratic).
_CLAUSE_END = re.compile(r",?(?<!\s)\s+but\s+|;\s|,\s+while\s+|,\s+whereas\s+|,\s+although\s+|\s-\s|\u2014")
# (and 'n't', 'neither', 'nor': 'A spokesman for the brigade didn't deny the reports', 'neither confirmed nor denied',
# 'neither denied nor confirmed' are no denial, as 'did not deny' is, whatever the subject before them)
_NEGATION = re.compile(r"\b(?:not|never|no longer|neither|nor)\Z|n['\u2019]t\Z")
_CONNECTORS = ("and", "or", "but")
_TRAILING_PUNCTUATION = ".,;:"
# When a denial was made, right after its verb (the words _LEAD and _VOICE_LEAD take off what was denied).
_WHEN_SAID = (
    # (a day with its time: 'denied on Monday evening that ...', 'late on Sunday', 'last night'; before: 'evening
    # that ...' was what was denied; and a weekday with no 'on', as American news writes it: 'denied Thursday that')
    r"(?:at the time|(?:late |early )?on (?!(?:its|their|his|her)\s)\w+(?: (?:morning|afternoon|evening|night))?|"
    # (and with 'late' or 'early', or yesterday with its time, as they are with 'on': 'denied late Thursday that',
    # 'yesterday evening')
    rf"(?:late |early )?(?:{DAYS}|yesterday)(?: (?:morning|afternoon|evening|night))?|"
    r"today|overnight|last (?:night|week|month)|in \d{4})"
)
_LEAD = re.compile(
    rf"^(?:(?:{_WHEN_SAID}|also|later|previously|earlier|repeatedly|strongly|flatly|categorically|"
    r"publicly|again|outright|out of hand|firmly|vehemently|emphatically|totally|completely|absolutely|utterly)\s+)+",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Denial:
    """A sentence in which someone denies or acknowledges something."""

    reading: Reading
    act: Act
    denied: tuple[str, ...]
    acknowledged: tuple[str, ...]
    answered: bool = False
    """A 'no' to a question put to the speaker: what is denied is the question's clause ('that ...')."""
    own_voice: bool = False
    """Words in a statement's own voice, signed or headed by its author: the summary quotes them as said."""


def find_denial(
    reading: Reading,
    charged: Callable[[Speaker, str], bool] | None = None,
    deed_charged: Callable[[Speaker, str], bool] | None = None,
) -> Denial | None:
    """The denial or acknowledgement a sentence reports, if it reports one.

    ``charged``: whether a speaker (with the words before its verb) was charged on its own side earlier in the
    article, which decides a charge of lying (:data:`_LYING_CHARGE`); without it, such a charge denies.
    ``deed_charged``: whether a deed of force by the speaker's side was told just before, which makes a
    counter-account of it a denial (:data:`_COUNTER_TOLD`); without it, such an account is a claim."""
    if asked_by_the_text(reading):
        return None  # 'Did the brigade deny the reports?' asks whether it did: no one denies
    acts = [a for a in reading.acts if a.verb.denial]
    if not acts:
        return _denial_by_words(reading, charged, deed_charged)
    if _negated(reading.sentence.paragraph.masked, acts[0].verb.start):
        return None  # 'did not deny' is neither
    denied: list[str] = []
    acknowledged: list[str] = []
    rejected_other = False
    used: list[Act] = []
    marked, _ = _marked_verb(reading.sentence)
    for act in acts:
        what = _passive_subject(reading, act) if act.verb.form == "passive" else _object(reading, act)
        if act.verb.form == "passive" and act.verb.word.lower().startswith(("denial", "rebuttal", "refutation")):
            # a denial named with its denier after it ('The denial by X came after ...', 'drew a denial from X'):
            # what the context charged, as for a bare 'issued a denial'
            what = _charge_summed_before(reading, act) or reading.sentence.text.strip().rstrip(".")
        if marked is not None and marked.start <= act.verb.start < marked.end:
            # the verb itself in marks ('X "strongly refuted" reports that ...', 'The residents "strongly deny" the
            # account'): its object opens after them
            what = _object_after_marks(reading) or what
        if act.verb.form == "participle" and _BARE_PRONOUN.fullmatch(what):
            # 'said that the report was a distortion, dismissing it as propaganda': 'it' is the report named before
            said = list(_SAID_THING.finditer(reading.sentence.paragraph.masked, reading.sentence.start, act.verb.start))
            what = reading.sentence.paragraph.text[said[-1].start() : said[-1].end()] if said else what
        if not what and (
            ISSUED_DENIAL.fullmatch(act.verb.word)
            or INNOCENCE.fullmatch(act.verb.word)  # ('maintained his innocence': of the charges told)
            or (act.verb.form != "passive" and act.verb.word.lower().startswith(("den", "refut", "rebut")))
            # 'a claim the army rejected', 'which it dismissed': what is rejected is the charge before
            or CHARGE_ANSWERED.search(reading.sentence.paragraph.masked, reading.sentence.start, act.verb.start)
        ):
            # 'issued a flat denial on Monday', 'Asked about the raid, the brigade denied.': what the context said
            # ('X said that Y, a claim that Z denied': Y, the clause the charge sums up, as in the passive)
            what = _charge_summed_before(reading, act) or reading.sentence.text.strip().rstrip(".")
        if not what:
            continue
        if _not_a_claim(act.verb.word.lower(), what) if act.verb.form != "passive" else _rejected_thing(what):
            rejected_other = True  # 'rejected the proposal', 'denied them entry': no claim is denied
            continue
        (denied if act.verb.denial == "denied" else acknowledged).append(what)
        used.append(act)
    if not denied and not acknowledged:
        return _denial_by_words(reading, charged, deed_charged) if rejected_other else None
    if not denied and not rejected_other:
        # ('described as untrue reports that rebels raided its base, but admitted that there was an attempt': words
        # calling a thing false before what is acknowledged deny it, as 'denied reports ..., but admitted' does;
        # before, only the acknowledgement was drafted)
        cue = _false_at(reading.sentence.text)
        by_words = (
            _denial_by_words(reading, charged)
            if cue is not None and cue < used[0].verb.start - reading.sentence.start
            else None
        )
        if (
            by_words is not None
            and by_words.denied
            and not any(d in a or a in d for d in by_words.denied for a in acknowledged)
        ):
            return Denial(reading, by_words.act, by_words.denied, tuple(acknowledged))
    return Denial(reading, used[0] if rejected_other else acts[0], tuple(denied), tuple(acknowledged))


# A question the text itself asks, opening with its auxiliary ('Did X deny ...?', 'Has the brigade rejected ...?'):
# whether someone denied, not a denial.
_ASKED = re.compile(r"\s*(?:did|does|do|has|have|had|is|was|were|will|would|can|could)\s+(?!not\b)\w", re.IGNORECASE)


def asked_by_the_text(reading: Reading) -> bool:
    """Whether the sentence is a question the text itself asks, its auxiliary first and a question mark last: 'Did
    the brigade deny the reports?', 'Has Lev Arno rejected the claims?' (no one denies or says anything)."""
    return _ASKED.match(reading.sentence.paragraph.masked, reading.sentence.start) is not None and _ends_asking(reading)


def _ends_asking(reading: Reading) -> bool:
    """Whether the sentence, outside its quotations, ends with a question mark."""
    tail = reading.sentence.paragraph.masked[reading.sentence.start : reading.sentence.end].rstrip()
    return tail.endswith("?")


_BARE_PRONOUN = re.compile(r"it|them|this|these", re.IGNORECASE)
# Reports made, named with a determiner: 'the reports', 'such media claims', 'these rumours' (one copy of the words for
# finding them and for telling a warning that dismisses them from one that charges another with lies to come).
_REPORTS_DETERMINER = r"(?:the|these|those|this|such)"
_REPORTS_BY_MEDIA = r"(?:(?:media|press|news|online)\s+)?"
_REPORTS = r"reports?|claims?|allegations?|accusations?|rumou?rs?|story|stories"
_SAID_THING = re.compile(
    rf"\b{_REPORTS_DETERMINER}\s+{_REPORTS_BY_MEDIA}(?:{_REPORTS}|news)\b",
    re.IGNORECASE,
)


# What one rejects or dismisses that is no claim: proposals and demands, acts one opposes, people one removes
# from office. Rejecting these is news, not a denial ('rejected any foreign interference', 'dismissed the governor').
_NOT_A_CLAIM = frozenset(
    "proposal proposals offer offers plan plans call calls request requests demand demands bid appeal appeals "
    "initiative invitation deal agreement resignation candidacy nomination bill draft law resolution ceasefire truce "
    "talks negotiations mediation interference intervention occupation aggression presence sanctions minister "
    "commander governor officials head chief director officer officers employees staff petition lawsuit case motion "
    "budget decision decisions ruling verdict constitution referendum amendment reform reforms policy policies measures "
    "move steps idea outcome election elections vote appointment conditions terms compromise ultimatum settlement "
    "dialogue normalization normalisation violence terrorism extremism war escalation attempts attempt efforts "
    "effort "
    # worries voiced, which one plays down, not words one says are untrue ('dismissed the rights concerns in the report
    # as limited subjects'; 'dismissed the reports of abuse' still denies)
    "concerns "
    # another's denial: to reject it is to maintain what was denied ('dismissed the brigade's denial')
    "denial denials rebuttal refutation".split()
)
# (the owner's own words, before any preposition: not 'a claim by Veloria's former minister', whose object is a claim)
_OWNER = re.compile(
    r"^\s*(?:(?!(?:of|by|from|about|on|in|for|to|with|against)\s)[\w-]+\s+){0,4}?[\w-]+['\u2019]s?(?=\s)", re.IGNORECASE
)
_OBJECT_LEAD = frozenset("the a an any all his her its their this these those such".split())
_OBJECT_END = frozenset("of by from that which about on in for to with as".split())


# Nouns that are a claim before 'that' but a proposal before 'for' or 'to': 'a suggestion for talks'.
_PROPOSED = frozenset("suggestion suggestions request requests call calls idea ideas".split())
# A that-clause after such a noun that says what is so, in a tense, not what should be: 'the idea that it was
# involved', not 'calls that it disarm'.
_SAID_SO = re.compile(
    r"\bthat\s+(?:[\w'\u2019-]+\s+){1,4}?(?:was|were|is|are|had|has|have|did|would|could|[a-z]+ed)\b", re.IGNORECASE
)
# What one denies another, refusing it ('denied the delegation entry', 'denied them visas'), and a request one turns
# down ('denied the request for asylum', 'denied his appeal'), as 'rejected the request' does.
_REFUSED = frozenset(
    "entry access visa visas permission permit bail passage landing asylum request requests appeal appeals "
    "application applications petition bid".split()
)
# What one disputes or contests that is no claim, as what one rejects: a seat, a race, a border ('contested the
# election', 'disputed the border'), not 'disputed the account'.
# ('disputed the presence of X' says X is not there, where 'rejected the presence of X' opposes it)
_CONTESTED = (_NOT_A_CLAIM - {"presence"}) | frozenset(
    "seat seats race border borders territory land area region".split()
)
# The one refused, or oneself: 'denied them access', 'denied himself sleep'.
_REFUSED_ONE = frozenset("him her them us me himself herself themselves itself ourselves myself".split())


def _rejected_thing(subject: str) -> bool:
    """Whether the subject of a passive denial is a thing rejected, not a claim: 'the proposal was rejected by X'."""
    words = re.findall(r"[a-z][a-z'-]*", subject.lower())
    return bool(words) and (words[-1] in _NOT_A_CLAIM or words[-1] in _REFUSED)


# Quarrels one keeps out of, as what one distances oneself from: no act one is charged with.
_QUARRELS = frozenset("conflict conflicts dispute disputes feud rivalry row standoff quarrel crisis".split())
# Attempts or efforts to tie one to something are the charge itself: 'rejected attempts to drag its name into the
# dispute', 'any attempt to link the brigade to the attack' (not 'rejected attempts to reach a deal').
ATTEMPT_TO_CHARGE = (
    r"(?:attempts?|efforts?)\s+(?:by\s+[^,;:]{1,40}?\s+)?to\s+(?:drag|implicate|link|tie|connect|associate|involve|"
    r"blame|accuse|frame|smear|tarnish)\b"
)
_ATTEMPT_TO_CHARGE = re.compile(r"\b" + ATTEMPT_TO_CHARGE, re.IGNORECASE)


def _not_a_claim(verb: str, what: str) -> bool:
    """Whether the object of a verb of denying is no claim: a proposal, an act or a person one rejects or
    dismisses, or what one refuses another ('denied him entry')."""
    # an owner is not the object: 'rejected the army chief's assertion' rejects an assertion, not a chief
    what = _OWNER.sub(" ", what, count=1)
    if _ATTEMPT_TO_CHARGE.search(what[:80]):
        return False
    words = re.findall(r"[a-z][a-z'-]*", what.lower())[:6]
    if words[:1] in (["nothing"], ["none"]):
        return True  # 'denied nothing', 'rejected none of it': nothing is denied
    if verb.startswith(("distanc", "wash")):
        # keeping out of a quarrel denies no claim: 'distanced himself from the dispute between the two governments'
        return any(w in _QUARRELS for w in words[:4])
    if verb.startswith(("deny", "denie", "denying", "denial")):
        refused = _REFUSED
        if len(words) > 1 and words[0] in _REFUSED_ONE and not re.match(r"\s*US\b", what):
            # (not the charges: "denied them."; and 'US' in capitals is the country whose claims are denied, not one
            # refused something: 'denied US claims that 150 fighters were killed', as against 'denied us entry')
            return True
    elif verb.startswith(("reject", "dismiss")):
        refused = _NOT_A_CLAIM
    elif verb.startswith(("disput", "contest")):
        refused = _CONTESTED
    else:
        return False
    while words and words[0] in _OBJECT_LEAD:
        words.pop(0)
    for i, word in enumerate(words[:3]):
        if refused is not _REFUSED and word in _PROPOSED and words[i + 1 : i + 2] in (["for"], ["to"]):
            return True  # 'rejected a suggestion for him to move', 'a request to': a proposal, not a claim
        if word in _PROPOSED and words[i + 1 : i + 2] == ["that"] and _SAID_SO.search(what):
            return False  # 'rejected the idea that it was involved': what is said to be so (not 'calls that it disarm')
        if word in _OBJECT_END:
            return False
        if word in refused:
            return refused is not _REFUSED or words[i + 1 : i + 2] != ["of"]  # 'denied the entry of troops' denies
    return False


# 'lying' of one laid somewhere, not of one who lies, by the word after it: 'lying in the street', 'lying on the
# ground', 'lying dead' (as a prefix: 'inside', 'nearby', 'downstairs'); not a day ('lying on Monday') nor an oath
# ('lying under oath' is a lie). One list for _FALSE and _LYING_CHARGE.
_LYING_LAID = rf"(?!\s+(?:on(?!\s+(?:{DAYS})\b)|in|at|under(?!\s+oath\b)|near|along|dead|wounded|injured|low|down))"
# Words that make a statement a denial though its verb is not 'deny': the speaker calls something false, or
# says it did not do it ('Hezbollah said it did not conduct any operations'). Looked for in the sentence's
# own words and in its quotations ('are all "absolutely false"').
# The speaker's own website, page or account, where what it published appeared: 'its website', 'our official
# Telegram channel' (for a statement disowned as the work of hackers, in _FALSE).
_OWN_OUTLET = (
    r"(?:its|our|their|his|her|my)\s+(?:(?:own|official)\s+)?(?:[A-Z][\w-]*\s+)?"
    r"(?:websites?|web\s*sites?|sites?|web\s*pages?|pages?|accounts?|channels?|feeds?)"
)
_FALSE = re.compile(
    # (not a false thing one carries or uses: 'a false ID', 'false papers', 'a false document', 'under false
    # pretences', 'a false alarm', 'false licence plates' and, British, 'false number plates')
    r"\b(?:false(?!\s*-?\s*(?:flags?|IDs?|identit(?:y|ies)|passports?|names?|papers|documents?|preten[cs]es?|"
    r"alarms?|bottoms?|(?:(?:licen[cs]e|number|registration)\s+)?plates?|teeth)\b)|"
    r"baseless|unfounded|untrue|fabricated|fabrications?|groundless|nonsense|no basis|"
    # (and the blunter words for it: '"It's rubbish," he said', 'called the claims "garbage"', 'pure hogwash'; not the
    # refuse itself: 'rubbish collection', 'piles of garbage', 'a rubbish dump')
    r"(?<!\bof\s)(?:rubbish|garbage|hogwash|drivel|balderdash|poppycock|twaddle)\b(?!\s*(?:dumps?|bins?|collection|"
    r"collectors?|trucks?|heaps?|piles?|tips?|bags?|disposal|sites?|was\s+(?:dumped|collected|burned|burnt)))|"
    r"science\s+fiction|"
    # 'lies' the noun, not the verb of place ('the land lies in Ostravia', 'the blame lies with')
    r"lies?(?!\s+(?:in|on|at|along|between|within|near|beyond|across|with|behind|ahead|outside|inside|north|south|"
    r"east|west|mainly|largely|partly|just|about|some|only)\b)|"
    r"not true|no truth|far from (?:the )?(?:truth|reality)|"
    # nothing nearer the truth than its opposite: 'nothing could be further from the truth', 'could not be farther
    # from the truth' (not 'further from agreement', 'further from my mind')
    r"\b(?:further|farther)\s+from\s+the\s+truth\b|"
    # not the least part of it true: 'there is not a shred of truth in the report', 'not one word of truth', 'without a
    # grain of truth', 'not an iota of truth' (as 'no truth')
    r"(?:not|no|without)\s+(?:(?:a|an|one|single|the\s+slightest|even\s+a|even\s+one)\s+){0,2}(?:shred|grain|ounce|iota|"
    r"scintilla|jot|kernel|modicum|speck|word|bit|particle|element)\s+of\s+truth\b|"
    # the account told turned round: '"The opposite is true"', 'said the exact opposite was the case'
    r"\bthe\s+(?:exact\s+|very\s+|complete\s+)?(?:opposite|reverse)\s+(?:is|was)\s+(?:true|the\s+case)"
    r"(?=\s*(?:[.,;!\u201d\"]|$))|"
    # what was told, said not to be what happened: 'that is not what happened', "that's not what took place", 'this was
    # not how it happened' (the account told is denied)
    r"\b(?:this|that|it)(?:\s+(?:is|was)|['\u2019]s)\s+(?:simply\s+|just\s+)?(?:not|never)\s+(?:what|how\s+it)\s+"
    r"(?:happened|took\s+place|occurred)\b|"
    # what was said, called rumours ('the reports are mere rumours', 'dismissed them as rumours'), or a thing called
    # one ('the intervention was a rumour'); not 'there were rumours of a raid', 'warned against rumours' (no one's
    # words denied), nor 'rumoured', 'a rumour mill', nor said not to be one ('the seizure was not a rumour', 'the
    # reports are no rumours', 'no mere rumours': confirmed)
    r"(?:(?<!\bthere\s)(?:is|are|was|were)\s+(?:(?!(?:not|no|never)\b)[a-z]+\s+){0,2}|\bas\s+(?:[a-z]+\s+)?|"
    r"(?<!\bno\s)(?:false|unfounded|mere|fabricated)\s+|"
    r"nothing\s+(?:more\s+)?(?:than|but)\s+(?:[a-z]+\s+)?)rumou?rs?\b(?![\s-]+mills?\b)|"
    r"erroneous|unsubstantiated|fictitious|concocted|trumped[- ]up|spurious|slanderous|defamatory|libell?ous|"
    # what was said, called a wrong belief spread about: 'a misperception about the presence of fighters has been
    # created', 'the misconception that the brigade withdrew'
    r"(?:misperceptions?|misconceptions?)\s+(?:about|regarding|over|of|that|surrounding)\b|"
    r"falsehoods?|inaccuracies|laughable|hoax(?:es)?|figments?|fairy[- ]?tales?|(?:pure|sheer|complete|total|mere)\s+(?:fiction|invention|fantasy)|"
    # the same words in other forms: 'were fiction', 'were slander', 'had lied', 'of fabricating the reports'
    r"(?:is|are|was|were)\s+(?:[a-z]+\s+)?(?:fiction|slander)\b|(?:has|have|had)\s+lied\b|"
    # (in every form of the verb: 'the government fabricates such news', 'the army was inventing these stories', 'the
    # army invented that story'; 'fabricated' and 'concocted' are false words of their own above)
    r"(?:fabricat(?:e|es|ing)|invent(?:s|ing|ed)?|concoct(?:s|ing)?)\s+(?:(?:the|these|those|that|such|this)\s+)?"
    + rf"(?:{SAID}|evidence|lies)\b|"
    # the event or the words said to be invented: 'made up the confrontation', 'making up these figures' (not 'made up
    # the majority')
    r"(?:made|makes|make|making)\s+up\s+(?:the|this|these|that|such|those)\s+(?:whole\s+|entire\s+)?"
    rf"(?:{SAID}|incidents?|confrontations?|clash(?:es)?|events?|figures|numbers)\b|"
    # words shown false by the facts: 'a discourse debunked by the facts on the ground', 'the facts refute these claims'
    r"(?:debunked|refuted|disproved|disproven|belied|contradicted)\s+by\s+(?:the\s+)?(?:facts|reality|truth)\b|"
    r"(?:facts|reality)\s+(?:on\s+the\s+ground\s+)?(?:refutes?|belies?|contradicts?|disproves?|debunks?)\b|"
    # what is said, seldom true: 'their propaganda is rarely true'
    r"(?:rarely|seldom|never)\s+true\b|"
    r"devoid of (?:any )?truth|(?:has|have|had|with)\s+no\s+grounds|without\s+(?:any\s+)?grounds|"
    r"not (?:accurate|correct|factual)|"
    # (the same as the last of two things it is not: 'the videos were neither recent nor genuine'; said of the thing,
    # not before a noun: 'neither the army nor genuine aid groups entered' calls nothing false; a conjunction, a
    # preposition or 'either' after it opens no noun: '... nor genuine according to the brigade', '... in any way')
    r"neither\s+(?:[\w-]+\s+){1,3}?nor\s+(?:true|genuine|authentic|accurate|correct|factual)\b"
    r"(?!-|\s+(?!(?:and|but|or|because|while|since|as|according|in|at|on|by|to|from|for|either|whatsoever)\b)"
    r"[^\W\d_])|not based on (?:any\s+)?(?:the\s+)?(?:facts?|reality|truth|evidence)|"
    # what was said, called unwarranted or malicious: 'unwarranted accusations', 'these malicious allegations' (not
    # 'an unjustified attack', 'malicious software'); 'untruthful' of anything said
    # (and called unreasonable, and statements or remarks so called: 'such unreasonable statements prove ...', 'these
    # absurd remarks'; not 'an unreasonable demand, price', nor 'wild' of statements, said of a candidate's style)
    r"(?:unwarranted|unjustified|malicious|outlandish|wild|preposterous|absurd|ridiculous|politically[- ]motivated)\s+"
    rf"(?:[a-z]+\s+)?(?:{SAID}|references|insinuations)\b|untruthful|"
    r"(?:unwarranted|unjustified|unreasonable|malicious|outlandish|preposterous|absurd|ridiculous)\s+"
    rf"(?:[a-z]+\s+)?(?:statements?|remarks?|{SAID})\b|"
    r"(?:distort|misrepresent|twist)(?:s|ed|ing|ion|ions)?\s+(?:of\s+)?(?:the\s+)?(?:facts|truth|reality)|"
    # what was said, judged partial: 'deemed the report biased', 'the claims are one-sided' (not 'a biased judge')
     + SAID + r"\b[^.;:\u2591]{0,60}?\s(?:as|is|are|was|were)\s+(?:[a-z]+ly\s+)?[\u201c\"\u2018']?(?:biased|one-sided|"
    r"politici[sz]ed|partial|unprofessional)\b|"
    r"(?:deemed|deems|deeming)\s+(?:[\w'\u2019-]+\s+){1,6}?" + SAID + r"\s+(?:[a-z]+ly\s+)?(?:biased|one-sided|"
    r"politici[sz]ed|partial|unprofessional)\b|"
    # what was said, or the blame laid on the speaker's side, judged made in haste: 'said the condemnations were issued
    # "in haste"', 'the hasty accusations' (not 'the troops left in haste', no words judged; nor 'the statement was
    # issued in haste', perhaps the speaker's own; nor 'hasty conclusions', which one may warn against)
    rf"(?:{SAID}|condemnations?)\s+(?:(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+)"
    r"(?:issued|made|levell?ed|voiced|published)\s+[\u201c\"\u2018']?in\s+(?:such\s+)?haste\b|"
    rf"\bhasty\s+(?:{SAID}|condemnations?)\b|"
    # what was said, traced to sources judged partial or unreliable: 'these reports are taken from biased, dubious
    # sources', 'the claims are based on unverified sources' (not 'the report is based on sources in Kessel City')
     + SAID + r"\s+(?:are|were|is|was|come|comes|came)\s+(?:(?:taken|drawn|sourced|based|derived)\s+)?(?:from|on)\s+"
    r"(?:[a-z]+,?\s+){0,3}?(?:biased|dubious|unreliable|hostile|questionable|unverified|partial)\b|"
    # what was said called absurd, invented, void or rejected: 'the accusations were absurd', 'these accusations are
    # hollow and worthless', 'are rejected and void' (not 'the plan was absurd'); or a joke, or taken as one: 'the
    # claims are a bad joke', 'the reports came as a joke to the brigade'
     + SAID + r"(?:\s+(?:from|by|of|against|about|on)(?:\s+[\w'\u2019-]+){1,8}?)?"
    # (and said to be going round: 'the news being reported was a sham', 'the reports circulating online are a farce')
    r"(?:\s+(?:being\s+)?(?:reported|circulated|circulating|spread|shared)(?:\s+(?:by|in|on|online)\b"
    r"(?:\s+[\w'\u2019-]+){0,4}?)?)?"
    # (with its speaker's tag set in: 'The reports of a raid, Lev Arno said, were made up', 'Lev Arno told reporters',
    # 'Lev Arno maintained', and with the verb first, 'said Lev Arno')
    r"(?:,\s+(?:[^,.;:\u2591]{1,60}?\s+(?:said|says|added|adds|insisted|insists|stressed|stresses|noted|notes|claimed|"
    r"claims|maintained|maintains|argued|argues|told\s+(?:" + UNNAMED_HEARERS + r"))|(?:said|says|added|adds)\s+"
    r"[^,.;:\u2591]{1,60}?),)?"
    r"\s+(?:is|are|was|were|"
    r"(?:came|comes|come)\s+as|"
    # (or found so: 'these reports have been found (as) exaggerated', 'the claims were proven to be wrong')
    r"(?:has|have|had)\s+been)(?:\s+(?:found|proven|proved|shown)(?:\s+as|\s+to\s+be)?)?\s+"
    r"(?:[a-z]+ly\s+)?(?:[a-z]+\s+and\s+)?[\u201c\"\u2018']?(?:"
    + SAID_JUDGED
    + r")|"
    # the same with what was said in a that-clause, the judgement its predicate: 'reports that the brigade had attacked
    # the convoy were made up', 'claims that its fighters withdrew are invented'. The clause has a verb of its own
    # before the judgement, so that the clause's own predicate is not read as one ('claims that the vote was void'
    # judge the vote, not the claims)
    + SAID
    + r"\s+that\s+(?:[\w'\u2019-]+\s+){1,6}?(?:had|has|have|was|were|is|are|would|will|could|did|[a-z]+ed|"
    r"fled|fought|took|shot|struck|withdrew|held|sent|met|left|hit|led|stole|sold|gave|made|broke|brought|lost|won|"
    r"ran|paid|kept|built|came|went|began|bombed)\s+(?:[\w'\u2019-]+\s+){0,10}?(?:is|are|was|were|(?:has|have|had)\s+"
    r"been)\s+(?:[a-z]+ly\s+)?[\u201c\"\u2018']?(?:" + SAID_JUDGED + r")|"
    # a count another side gave, called too high: 'the death toll reported by the brigade was exaggerated', 'the
    # figures are "grossly inflated"' (the number claimed is disputed, as a claim called exaggerated is; not 'the
    # fears were exaggerated')
    r"(?:figures|numbers|(?:death\s+)?toll|tally|casualty\s+counts?|estimates)\b[^.;:\u2591]{0,60}?\s(?:is|are|was|"
    r"were|(?:has|have|had)\s+been)\s+(?:[a-z]+ly\s+)?[\u201c\"\u2018']?(?:[a-z]+ly\s+)?(?:exaggerated|inflated|"
    r"overstated)\b|"
    # the charge as a gerund, turned away: 'accusing the brigade is refused', 'blaming us is rejected'
    r"(?:accusing|blaming|implicating)\s+(?:[\w'\u2019-]+\s+){1,5}?(?:is|are|was|were)\s+(?:[a-z]+ly\s+)?"
    r"(?:refused|rejected)\b|"
    # the facts said to be unlike what was said: 'the facts bear no resemblance to the situation described in these
    # claims' (not 'the new plan bears no resemblance to the old one')
    r"(?:bears?|bore|bearing)\s+no\s+resemblance\s+to\b[^.;\u2591]{0,80}?\b(?:" + SAID + r"|reality|"
    r"truth|facts|described|reported|alleged|claimed|portrayed)\b|"
    # the other side said to be making propaganda: 'they are engaged in propaganda', 'indulging in politics of
    # propaganda' (not 'a campaign against propaganda')
    r"(?:engaged|engaging|indulg(?:e|es|ed|ing))\s+in\s+(?:[a-z]+\s+){0,3}?propaganda\b|"
    # a call not to be swayed by, or not to believe, reports that a side's or a hostile media put out ('must not be
    # swayed by reports published by media close to the Front', 'we do not believe the claims of hostile channels'):
    # the reports dismissed as the other side's. Not the call alone ('not to be swayed by unconfirmed reports', a plea
    # for care), nor such reports cited as evidence ('reports by pro-government media showed ...')
    r"(?:\bnot\s+(?:to\s+)?(?:be\s+)?(?:swayed|misled|deceived|fooled|duped|influenced|taken\s+in)\s+by|"
    r"\bnot\s+to\s+believe|\bwe\s+(?:(?:do|did)\s+not|(?:do|did)n['\u2019]t|never)\s+believe)\s+"
    r"(?:(?:the|such|these|those|any)\s+)?(?:[a-z]+\s+)?(?:" + SAID + r")\b[^.,;:\u2591\"\u201d]{0,60}?"
    r"(?:\b(?:close\s+to|loyal\s+to|affiliated\s+with|linked\s+to|hostile|enemy|mercenary)\b|\bpro-[a-z]+)|"
    # (one man's 'I' only of media he calls a foe's, as a side speaks: 'I never believe the stories of enemy
    # websites'; 'I do not believe the reports of pro-government media' is a view of his own)
    r"\bi\s+(?:(?:do|did)\s+not|(?:do|did)n['\u2019]t|never)\s+believe\s+(?:(?:the|such|these|those|any)\s+)?"
    r"(?:[a-z]+\s+)?(?:" + SAID + r")\b[^.,;:\u2591\"\u201d]{0,60}?\b(?:hostile|enemy|mercenary)\b|"
    # the request or the words reported, said never to have been made by anyone: 'no foreign body had submitted such
    # a request', 'no official has ever issued any such statement' (not 'no country has faced such a crisis')
    r"\bno\s+(?:[\w-]+\s+){1,4}?(?:had|has|have)\s+(?:ever\s+)?[a-z]+\s+(?:any\s+)?such\s+(?:an?\s+)?"
    r"(?:[a-z]+\s+)?(?:" + SAID + r"|requests?|statements?|remarks|letters?|orders?|decisions?|demands?|offers?|"
    r"proposals?)\b|"
    # the same, said of one named side: 'these countries did not submit such a request', 'the ministry has never
    # issued any such statement', 'we did not receive such an offer', 'it has not received any invitation until now'
    # (not 'did not make such a mistake', 'did not issue any statement on the raid', 'did not receive any aid')
    r"(?:(?:did|does|do|has|have|had)\s*(?:not|n['\u2019]t)\s+(?:(?:yet|ever)\s+)?|never\s+)(?:(?:submit|make|made|"
    r"send|sent|issue|file|lodge|put\s+forward|present|receive)\w*\s+(?:any\s+)?such|receive[ds]?\s+any)\s+"
    r"(?:an?\s+)?(?:[a-z]+\s+)?(?:" + SAID + r"|requests?|invitations?|statements?|letters?|orders?|decisions?|"
    r"demands?|offers?|proposals?)\b|"
    # the words given a source that discredits them: 'such reports depict Velor's obsession with the brigade', 'those
    # remarks show that analysts do not have enough knowledge of our ranks', 'the claims reflect the council's
    # frustration' (not 'the reports show the damage')
    r"(?:" + SAID + r"|remarks|statements|comments)\s+(?:(?:only|merely|just|clearly)\s+)?(?:show|shows|showed|reflect|"
    r"reflects|reflected|depict|depicts|depicted|betray|betrays|betrayed|reveal|reveals|revealed|expose|exposes|"
    r"exposed|stem|stems|stemmed)\s+(?:from\s+)?(?:[\w'\u2019-]+\s+){0,5}?(?:obsession|frustration|desperation|"
    r"ignorance|paranoia|animosity|hatred|hostility|bias|confusion|lack\s+of\s+(?:knowledge|understanding|awareness))"
    r"\b|"
    r"(?:" + SAID + r"|remarks|statements|comments)\s+(?:show|shows|showed|reveal|reveals|revealed)\s+that\s+"
    r"(?:[\w'\u2019-]+\s+){1,4}?(?:do|does|did)\s*(?:not|n['\u2019]t)\s+have\s+(?:enough|sufficient|any|the)\s+"
    r"(?:knowledge|understanding|information)\b|"
    # a warning against attempts to charge the speaker's side: 'warned on Sunday of attempts to accuse the factions
    # of the attack', 'cautioned against efforts to implicate the brigade'
    r"(?:warn|caution)\w*\s+(?:[\w-]+\s+){0,3}?(?:of|against)\s+(?:(?:the|any|such|these|those|new)\s+)?"
    r"(?:[a-z]+\s+)?" + ATTEMPT_TO_CHARGE + r"|"
    # the act blamed on others, unnamed: 'the violations were committed by other parties', 'the attack was carried out
    # by another group', 'were perpetrated by third parties' (the accused side says someone else did it; not 'by
    # unknown gunmen', which a witness says)
    r"(?:committed|carried\s+out|perpetrated|conducted|done|launched|fired)\s+(?:[a-z]+ly\s+)?by\s+(?:some\s+)?"
    r"(?:other|third|another)\s+(?:[a-z]+\s+)?(?:parties|party|groups?|sides?|factions?|forces|elements|actors|"
    r"entities)\b|"
    # what was said, called ill-meant: 'such claims are "a malicious plot"', 'the reports are made with political goals'
    # (not 'the attack was malicious': only a claim)
     + SAID + r"\b[^.;:\u201c\u201d\"]{0,40}?\s"
    r"(?:is|are|was|were)\s+(?:[a-z]+ly\s+)?[\u201c\"]?(?:(?:a|an|part\s+of\s+(?:a|an|the))\s+)?(?:[a-z]+\s+)?"
    r"(?:malicious|politically[- ]motivated|made\s+(?:with|for)\s+(?:[a-z]+\s+){0,2}political\s+(?:goals?|aims?|"
    r"motives?|purposes?|ends|objectives?)|conspiracy|plot|smear)\b|"
    # what was said, given a purpose: 'the purpose of this rumour is to undermine trust', 'the aim behind these claims
    # is to' (a motive ascribed to the words, not to an act: not 'the aim of the raid was to')
    r"(?:purpose|aim|goal|objective|intention|intent)\s+(?:of|behind)\s+(?:the|this|these|such|those)\s+"
    rf"(?:[a-z]+\s+)?{SAID}\s+(?:is|are|was|were)\s+to\b|"
    # the other side said to misreport: 'accused the council of "distorting the facts on the ground"', 'accuses the
    # channel of deliberately misrepresenting its role' (the accuser's account is said to be false; not 'accused the
    # council of delaying the vote')
    r"accus(?:ed|es|ing)\s+(?:[\w'\u2019.-]+\s+){1,6}?of\s+(?:[a-z]+ly\s+)?(?:distorting|misrepresenting|"
    r"misinterpreting|misreading|misportraying|falsifying|twisting)\b|"
    # the other side said to lie: 'accused the channel of lying' (not 'lying in the street')
    # (an adverb before it, a day after it: 'of deliberately lying', 'of lying on Monday')
    r"(?:of|is|are|was|were)\s+(?:[a-z]+ly\s+)?lying\b" + _LYING_LAID + "|"
    # the event reported never was: 'there had been no attack', 'not a single fighter crossed' (not 'there were no
    # casualties', 'not a single school')
    # (after a count of what there was: 'there had been only two deaths and no direct gunfire'; and the kind of act:
    # 'no live fire', 'no airstrikes')
    r"there\s+(?:is|are|was|were|had been|has been|have been)\s+(?:[a-z]+ly\s+)?"
    r"(?:only\s+[\w-]+\s+(?:[a-z]+\s+)?(?:deaths?|casualties|injuries|dead|wounded)\s+and\s+)?no\s+(?:such\s+)?"
    # (and the kind of force: 'there were no military operations in that area', 'no fresh attacks')
    r"(?:(?:direct|live|deliberate|indiscriminate|military|armed|ground|aerial|naval|hostile|fresh|new|major)\s+)?"
    r"(?:attacks?|raids?|gunfire|shooting|live\s+fire|firing|"
    r"air\s*strikes?|air[- ]raids?|"
    r"strikes?|clash(?:es)?|meetings?|bombings?|shelling|incursions?|operations?|assassination attempts?|kidnappings?|"
    # nor the discord, talks or breach reported: 'there was no rift with the brigade', 'there are no talks with X'
    r"arrests?|rifts?|splits?|disagreements?|divisions?|differences|disputes?|tensions?|dialogue|talks|negotiations|"
    r"contacts?|coordination|violations?|breach(?:es)?)\b|"
    r"not\s+(?:(?:a\s+)?single|one)\s+(?:[a-z]+\s+)?(?:fighters?|soldiers?|members?|troops?|advisers?|bullets?|shots?|"
    # (and the victims reported: 'not a single civilian was killed', 'not one person was hurt')
    r"rockets?|missiles?|drones?|shells?)\b|"
    # (and the victims reported, said unharmed: 'not a single civilian had been killed', 'not one person was hurt'; not
    # 'not a single civilian was spared', a charge)
    r"not\s+(?:(?:a\s+)?single|one)\s+(?:civilians?|persons?|people)\s+(?:was|were|(?:had|has|have)\s+been)\s+"
    r"(?:killed|hurt|injured|wounded|harmed)\b|"
    # the act reported said never done, at any moment: 'at no time had its forces fired on the convoy', 'At no time
    # did we target civilians' (the inverted auxiliary of a deed: not 'at no time in its history', 'at no time was
    # the town safe', a state)
    r"\bat\s+no\s+(?:time|point|stage|moment)\s+(?:did|had|has|have)\b|"
    # the side said to have been far from where the deed was: 'our fighters were nowhere near the town' (not 'the deal
    # is nowhere near done', of a thing)
    r"\b(?:we|they|(?:fighters|forces|troops|soldiers|men|units|members|officers|police))\s+(?:were|are|was|is)\s+"
    r"nowhere\s+near\b|"
    # a charge said to miss the facts: 'the report was wide of the mark'
    r"wide\s+of\s+the\s+mark|"
    # one's words said to be reported wrongly: 'his remarks were taken out of context', 'he was misquoted'
    r"(?:taken|quoted)\s+out\s+of\s+context|misquoted|misinterpreted|misrepresented|"
    # (and twisted: 'his words had been distorted', 'our remarks were twisted by the media', 'the statement was
    # manipulated'; not 'the facts were distorted by the war', a charge of another matter)
    r"\b(?:words|remarks|comments|statements?|speech|interview|position)\s+(?:(?:had|has|have)\s+been|were|was|are|is)"
    r"\s+(?:[a-z]+ly\s+)?(?:distorted|twisted|misconstrued|manipulated|misread|selectively\s+edited)\b|"
    # one's words said never said: 'he never said that', 'I did not say such a thing', 'she had not made those remarks'
    # (not 'did not say when', 'did not say that the talks had failed', where what follows 'that' is a clause)
    r"\b(?:i|we|he|she|it|they)\s+(?:had\s+)?(?:never|did\s+not|didn['\u2019]t|had\s+not|hadn['\u2019]t|has\s+not|"
    r"have\s+not)\s+(?:ever\s+)?(?:said|say|made|make|uttered|utter)\s+(?:(?:any\s+)?such\s+(?:a\s+)?(?:thing|words?|"
    r"remarks?|statements?|comments?)|(?:those|these|the)\s+(?:words|remarks|comments|statements?)\b|anything\s+"
    r"(?:of\s+the\s+(?:sort|kind)|like\s+(?:that|this))|(?:that|this|so)(?=\s*(?:[.,;!?\u201d\"]|$)))|"
    r"nothing of the (?:sort|kind)|there\s+(?:is|was)\s+no\s+such\s+thing(?!\s+as)|"
    r"without merit|no merit|meritless|far[- ]fetched|forger(?:y|ies)|"
    r"(?:do|does|did)\s+not\s+hold\s+(?:up|water)|holds?\s+no\s+water|"
    # an accusation said to be made to smear: 'seeks to tarnish our image by accusing us of', 'to discredit the
    # brigade by blaming it for' (the accused speaks: the charge is false)
    r"(?:tarnish|smear|discredit|defame|malign|vilif[yi]|demoni[sz]e|besmirch|slander)\w*\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"by\s+(?:falsely\s+)?(?:accusing|blaming|linking|implicating)|"
    # innocent of what it is accused of, not 'the victims were innocent'
    r"(?:it|he|she|they|we|(?:its|his|her|their|our)\s+(?:group|movement|party|organi[sz]ation|brigade|forces|"
    r"fighters|members|men|government|side))\s+(?:is|are|was|were)\s+(?:[a-z]+ly\s+)?"
    r"(?:innocent|not\s+guilty)\b|"
    # (and in one's own words: '"I am innocent," X said', not 'the children are innocent')
    r"\bI(?:\s+(?:am|was)|['\u2019]m)\s+(?:[a-z]+ly\s+)?innocent\b(?!\s+of\s+nothing\b)|"
    # one's own side said to have done nothing wrong: 'said he had done nothing wrong', '"We did nothing wrong"' (not
    # 'the victims had done nothing wrong', 'you have done nothing wrong')
    r"\b(?:I|we|he|she|it|(?:its|his|her|their|our|my)\s+(?:group|movement|party|organi[sz]ation|brigade|forces|"
    r"fighters|members|men|government|side|company|soldiers|troops|officers|staff|client))\s+(?:(?:had|has|have)\s+"
    r"(?:done|committed)|did|committed)\s+nothing\s+(?:wrong|illegal|unlawful)\b|"
    # 'innocent of any of the claims', 'innocent of these allegations'
    r"innocent\s+of\s+(?:(?:the|all|any|these|those|such|of)\s+){0,3}" + CHARGES + "|"
    # against what was said: 'contrary to media reports, ...'; said or blamed falsely: 'had been falsely accused'
    # (and stated or asserted falsely: 'a claim made by X, which falsely stated that ...', the claim's teller told
    # it falsely, as one who 'falsely claimed')
    r"contrary to (?:what\b|(?:the\s+|some\s+|media\s+|press\s+|recent\s+)*" + SAID + r"\b)|"
    r"(?:falsely|wrongly|wrongfully|erroneously|incorrectly|inaccurately|mistakenly)\s+(?:accused|claimed|reported|attributed|alleged|linked|blamed|stated|asserted|"
    r"implicated|named)|"
    # 'fake', 'worthless', 'inaccurate' of what is said, not of things ('fake passports', 'a worthless currency')
    r"(?:is|are|was|were|as)\s+(?:[a-z]+ly\s+)?[\u201c\"\u2018']?(?:fake|worthless|inaccurate|incorrect|misleading|"
    r"doctored|forged|bogus)|"
    # footage said to be old or from elsewhere, of a video told as showing a deed: 'the video was old', 'the footage
    # had been filmed in another country', 'the images date from a previous war', 'from an earlier war' (not 'the video
    # was filmed in Tarvo', 'the video was shot on Monday', 'the photos were taken abroad', 'the video was old news')
    r"\b(?:videos?|footage|clips?|images|photos|photographs|pictures)\s+(?:is|are|was|were|(?:had|has|have)\s+been|"
    r"dates?|dated)\s+(?:[a-z]+ly\s+)?(?:old\b(?!\s+news\b)|outdated|"
    r"(?:filmed|taken|shot|recorded)\s+(?:in\s+(?:another|a\s+different|a\s+foreign)\s+(?:country|place|city)|"
    r"(?:years|months)\s+ago)|"
    r"(?:from|back\s+to)\s+(?:(?:another|a\s+different)\s+(?:country|place|city|conflict|war)|(?:years|months)\s+ago|"
    r"(?:an?\s+|the\s+)?(?:previous|earlier|past|former)\s+(?:years?|conflicts?|wars?|incidents?|events?|battles?)|"
    # (and an incident, or a year, of their own: 'the photos were from a different incident', 'the footage dates back
    # to 2015', 'an unrelated attack')
    r"(?:another|a\s+(?:different|separate|previous|past)|an\s+(?:unrelated|older|earlier))\s+(?:incident|event|attack|"
    r"operation|battle|protest)|(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d\b))|"
    # footage or a paper said to have been tampered with: 'the photo had been doctored', 'the images were manipulated',
    # 'the document had been falsified' (not 'the election had been manipulated', 'the video was filmed on Monday')
    r"\b(?:videos?|footage|clips?|images?|photos?|photographs?|pictures?|recordings?|audio|documents?|letters?|"
    r"signatures?)\s+(?:is|are|was|were|(?:had|has|have)\s+been)\s+(?:[a-z]+ly\s+)?(?:doctored|manipulated|"
    r"photoshopped|altered|tampered\s+with|falsified|faked|forged)\b|"
    # what was reported said not to exist: 'there was no such plan', '"There is no such decision"', 'no such order
    # exists' (not 'no such thing as', nor asked: 'if there is no such agreement')
    r"(?<!\bif\s)(?<!\bwhether\s)(?<!\bunless\s)\bthere\s+(?:is|are|was|were|(?:has|have|had)\s+been)\s+"
    r"(?:absolutely\s+|simply\s+)?no\s+such\s+(?!thing\s+as\b)[a-z]+|"
    r"\bno\s+such\s+[a-z]+\s+(?:exists?|existed|has\s+ever\s+existed)\b|"
    # a side said to act on no other's orders, as one charged with being another's proxy answers: '"We do not take orders
    # from Kessia"', 'takes no instructions from anyone', '"We are nobody's proxy"' (not 'will never take orders from',
    # a defiance, nor 'urged them not to take orders')
    r"\b(?:(?:do|does|did)\s+not|(?:do|does|did)n['\u2019]t)\s+(?:take|receive|follow|get)\s+(?:any\s+)?(?:orders|"
    r"instructions|dictates|directives|commands)\s+from\b|"
    r"\b(?:receives?|received|takes?|took)\s+no\s+(?:orders|instructions|dictates|directives|commands)\s+from\b|"
    r"\b(?:nobody|no\s+one|no-one|anyone|anybody)['\u2019]s\s+prox(?:y|ies)\b|"
    r"\b(?:(?:is|are|was|were)\s+not|(?:is|are|was|were)n['\u2019]t)\s+(?:an?\s+)?prox(?:y|ies)\s+(?:of|for)\b|"
    # what was said, a thing only imagined: 'the reports are pure imagination', 'a product of their imagination', 'exists
    # only in the minds of its authors' (not 'imagination is needed')
    r"\b(?:pure|mere|sheer)\s+imagination\b|\b(?:products?|fruits?|creations?)\s+of\s+(?:the\s+|their\s+|his\s+|her\s+|"
    r"its\s+|a\s+)?(?:[\w'\u2019-]+\s+)?imagination\b|\bexist(?:s|ed)?\s+only\s+in\s+(?:the|their|his|her|its)\s+"
    r"(?:[a-z]+\s+)?(?:imaginations?|minds?|heads?|dreams?)\b|"
    # the accuser asked for the proof of what it said: 'called on Kessia to provide proof of its claims', 'challenged
    # them to produce any evidence for these allegations' (not 'to provide evidence to the court')
    r"\b(?:provide|produce|present|show|offer|furnish)\s+(?:(?:any|a\s+single|a\s+shred\s+of|a\s+single\s+piece\s+of|"
    r"the)\s+)?(?:evidence|proof)\s+(?:of|for|to\s+(?:support|back(?:\s+up)?|substantiate))\s+(?:its|their|his|her|these|"
    r"the|such|those|this|that)\s+(?:[a-z]+\s+)?(?:claims?|allegations?|accusations?|charges?|reports?)\b|"
    # what was reported never happened: 'the clash never took place', 'This did not happen'
    r"(?:never|did not|didn['\u2019]t)\s+(?:happen|happened|take place|took place|occur|occurred)|"
    r"(?:does|do|did) not reflect (?:the\s+)?(?:reality|truth|facts)|"
    # ('the reports are inconsistent with the facts', as 'do not reflect the facts')
    r"inconsistent\s+with\s+(?:the\s+)?(?:reality|truth|facts)\b|"
    # an incursion reported said never to have been made: 'no [Velorian] forces landed in Kessel', 'no troops have
    # crossed the border' (a bracketed word is an editor's)
    r"\bno\s+(?:\[?[A-Za-z-]+\]?\s+){0,2}(?:forces|troops|soldiers|fighters|units)\s+(?:have\s+|had\s+|ever\s+)?"
    r"(?:entered|crossed|landed|disembarked|infiltrated|set\s+foot)\b|"
    # a side said to have no forces where it is accused of having them: 'there are no Velorian troops in the
    # valley', 'no foreign fighters are present there'
    r"there\s+(?:is|are|was|were)\s+no\s+(?:[A-Za-z-]+\s+){0,3}?"
    r"(?:forces|troops|fighters|advisers|advisors|militants|personnel|military presence|bases)\s+(?:in|on|at|inside)|"
    r"no\s+(?:[A-Za-z-]+\s+){0,2}?(?:forces|troops|fighters|advisers|advisors|personnel)\s+(?:are|were|is|was)\s+"
    r"(?:present|stationed|deployed|based)|"
    r"(?:played|plays|play)\s+no\s+(?:[a-z]+\s+)?(?:role|part)\s+in|"
    # no support for the armed acts one is accused of backing: 'there is no support for any terrorist activity from
    # Kessel', 'there was no backing for any militant group' (not 'no support for the plan in parliament')
    r"there\s+(?:is|are|was|were|has\s+been|had\s+been)\s+no\s+(?:[a-z]+\s+)?(?:support|backing|sponsorship)\s+"
    r"(?:for|of|to)\s+any\s+(?:[a-z]+\s+){0,2}?(?:terroris[mt]\w*|militan\w*|insurgen\w*|extremis\w*|armed\s+groups?|"
    r"activit(?:y|ies)|attacks?|violence)\b|"
    # (and with a modal: 'said it would not be responsible for any violence')
    r"(?:(?:is|are|was|were)\s+not|(?:would|will|could|can|should)\s+not\s+be|cannot\s+be)\s+(?:held\s+)?"
    r"responsible\s+for|"
    # the charge not accepted: 'we do not accept to be accused of betrayal', 'does not accept these claims', 'we do not
    # accept those who claim we are corrupt' (not 'did not accept the offer')
    r"\bnot\s+accept\s+(?:(?:to\s+be|being)\s+(?:accused|blamed|called|labell?ed|branded)\b|(?:(?:these|the|such|any|"
    r"those)\s+)?(?:[a-z]+\s+)?(?:" + SAID + r")\b|those\s+who\s+(?:claim|accuse|allege|say)\b)|"
    # the contacts or talks reported, said never to have been made: 'no contacts had been made between the group and
    # any official', 'no such request was submitted' (not 'no arrests were made')
    r"\bno\s+(?:such\s+)?(?:contacts?|talks|meetings?|negotiations|requests?|offers?|agreements?|deals?|promises?)\s+"
    r"(?:(?:of\s+)?any\s+kind\s+)?(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:made|held|reached|submitted)\b|"
    # a negated act set against the claim: 'did not coordinate with the police as they claimed', 'was not there as
    # the council alleged'
    r"\b(?:not|never)\s+(?:[\w'\u2019-]+\s+){1,12}?as\s+(?:[\w'\u2019-]+\s+){0,2}?(?:had\s+|has\s+|have\s+)?"
    r"(?:claimed|alleged)\b|"
    # what was said, put down to a campaign that misleads: 'attributed the report to the misleading media campaign'
    r"\bmisleading\s+(?:[a-z]+\s+)?campaigns?\b|"
    r"fake\s+(?:news|reports?|claims?|stor(?:y|ies)|information|statements?)|"
    # reports without evidence: 'press reports that do not have a solid evidence', 'claims without any proof'
    r"(?:no|not have|without|lacks?|lacked|lacking)\s+(?:(?:providing|offering|presenting|giving)\s+)?(?:a\s+|any\s+)?"
    # ('no conclusive evidence', 'no convincing proof': a charge said to be unproven, as 'no solid evidence')
    r"(?:solid\s+|credible\s+|real\s+|concrete\s+|actual\s+|hard\s+|tangible\s+|conclusive\s+|convincing\s+|"
    r"reliable\s+)?"
    r"(?:evidence|proof|basis|foundation)|"
    # the evidence shown, dismissed as too weak to prove anything: 'what was presented is weak proof', 'the evidence
    # is flimsy' (not 'strong evidence', nor 'a weak signal')
    r"\b(?:is|are|was|were)\s+(?:a\s+|an\s+)?(?:very\s+|extremely\s+)?(?:weak|flimsy|feeble|unconvincing)\s+"
    r"(?:evidence|proof)\b|\b(?:evidence|proof)\s+(?:[a-z]+\s+){0,3}?(?:is|are|was|were)\s+"
    r"(?:very\s+|extremely\s+|too\s+)?(?:weak|flimsy|feeble|unconvincing)\b|"
    # the accuser said to contrive events as a pretext: 'designing artificial events to justify their accusations',
    # 'staging incidents to justify an attack' (not 'designing new policies to justify spending', no events)
    r"\b(?:design|fabricat|stag|invent|manufactur|creat|engineer)(?:e|es|ed|ing)?\s+(?:[a-z]+\s+){0,2}?"
    r"(?:events|incidents|pretexts?|scenarios)\s+(?:in\s+order\s+)?to\s+justify\b|"
    # denying a part in something: 'had nothing to do with the attack', 'has no connection to any events' (the nouns
    # in the plural too: 'has no affiliations with the brigade', 'no connections to')
    # ('no connection whatsoever to', 'no links at all with')
    # (and its negated form: 'we do not have anything to do with it', 'the brigade doesn't have anything to do with')
    r"nothing to do with|(?:(?:do|does|did)\s*n['\u2019]t|not)\s+(?:have|has|had)\s+anything\s+(?:at\s+all\s+)?to\s+do\s+with\b|"
    r"no (?:hand|involvement|connections?|links?|relations?|ties|affiliations?)\s+"
    r"(?:(?:whatsoever|at\s+all)\s+)?(?:in|with|to)\b|"
    # the words said, judged untrue as a whole: 'none of this is true', 'that is not the case' (not 'is not the case
    # for': a comparison)
    r"\bnone\s+of\s+(?:(?:this|that|it|these|those|them)|(?:(?:the|these|those|such|its|his|her|their)\s+)?"
    r"(?:[\w'\u2019-]+\s+)?" + SAID + r")\s+"
    r"(?:is|are|was|were)\s+(?:[a-z]+ly\s+)?true\b|"
    r"\b(?:that|this|it|which)\s+(?:is|was)\s+(?:[a-z]+ly\s+|simply\s+|just\s+)?not\s+the\s+case\b(?!\s+(?:for|with|in)\b)|"
    # 'it's rubbish', 'the reports are utter rubbish' (not 'full of rubbish', 'rubbish-strewn')
    r"(?:is|are|was|were|['\u2019]s|\bas)\s+(?:[a-z]+\s+)?rubbish(?![\w-])|"
    r"(?:bears?|bore|holds?|held)\s+no\s+responsibility|"
    r"in no way\s+(?:[a-z]+\s+)?(?:involved|responsible|connected|linked|related|affiliated)|"
    r"(?:took|takes|take|had|has|have)\s+no\s+part\s+in|"
    r"(?:lacks?|lacked|lacking|without)\s+(?:any\s+)?credibility|not credible|"
    # 'cannot be given any credence', 'deserve no credence', 'urged people not to give any credence to the videos'
    # (not 'lends credence to the reports')
    r"(?:no|(?:not|cannot)\s+(?:to\s+)?(?:be\s+)?(?:given|give|lend|attach(?:ed)?)\s+any)\s+credence|"
    # the accuser said to be framing the accused: 'the government is trying to implicate the brigade'
    r"(?:trying|tried|tries|try|attempt(?:s|ed|ing)?|seeks?|seeking|sought|wants?|wanted)\s+to\s+(?:implicate|frame|"
    r"scapegoat)\b|"
    # the other side accused of spreading falsehoods: 'seeking to use disinformation', 'efforts to spread
    # misinformation' (not 'a campaign against disinformation')
    r"(?:spread(?:s|ing)?|us(?:e|es|ed|ing)|peddl(?:e|es|ed|ing)|disseminat(?:e|es|ed|ing))\s+"
    r"(?:(?:more|fresh|false|such)\s+)?(?:disinformation|misinformation|falsehoods)|"
    # the other side said to spread what is false: 'the media are spreading fake propaganda', 'peddling lies' (not
    # 'spreading propaganda' alone, which may be the speaker's charge of another matter)
    r"(?:spread(?:s|ing)?|peddl(?:e|es|ed|ing)|publish(?:es|ed|ing)?)\s+(?:(?:fake|false)\s+(?:propaganda|news|"
    r"reports|stories)|lies)\b|"
    # what was said, nearer wishes than the facts: 'the figures circulated are closer to desires than to facts'
    r"closer\s+to\s+[^.;\u2591]{1,60}?\sthan\s+(?:to\s+)?(?:the\s+)?(?:facts?|reality|truth)\b|"
    # the accuser said to blame the speaker's side by habit: 'they have a habit of blaming Veloria for their failures'
    r"(?:habit|tendency)\s+of\s+(?:falsely\s+)?(?:blaming|accusing|scapegoating)\b|"
    # the charges given a motive: 'X is trying to win votes with such allegations' (not 'trying to win votes')
    r"(?:trying|tries|try|seeks?|seeking|sought|wants?|wanted|aims?|aimed|aiming)\s+to\s+[^.;\u2591]{1,80}?\s"
    r"(?:with|through)\s+(?:such|these|those|this|its|his|her|their)\s+(?:[a-z]+\s+)?(?:allegations?|claims?|"
    r"accusations?|lies|rumou?rs|fabrications)\b|"
    # a statement put out in one's name, disowned: 'the brigade did not agree to this statement', 'we did not agree to
    # what it says', 'the leaked statement has not been approved by the factions' (not 'did not agree to the plan')
    r"(?:(?:did|does|do|had|has|have)\s+not|(?:did|does|do|had|has|have)n['\u2019]t)\s+(?:(?:agree|consent)\s+to|"
    r"approve|endorse|sign)\s+(?:(?:the|this|that|such|any|these|those|what)\s+)?(?:[a-z]+\s+)?(?:statements?|"
    r"declarations?|communiqu(?:e|\u00e9)s?|it\s+says)\b|"
    r"(?:statements?|declarations?|communiqu(?:e|\u00e9)s?)\s+(?:has|have|had|was|were)\s+not\s+(?:been\s+)?"
    r"(?:approved|endorsed|signed)\b|"
    # the other side said to have spread rumours about the speaker's side, or to deceive the public: 'they have
    # published several rumours about us', 'in an attempt to deceive public opinion' (not 'rumours spread of a raid',
    # 'warned against spreading rumours', 'traitors spreading rumours': no one's words said to be rumours)
    r"(?:has|have|had)\s+(?:been\s+)?(?:spread(?:ing)?|peddl(?:ed|ing)|publish(?:ed|ing)|circulat(?:ed|ing))\s+"
    r"(?:(?:several|many|numerous|these|such|the|false|baseless)\s+){0,2}rumou?rs\b|"
    r"(?:deceiv(?:e|es|ed|ing)|mislead(?:s|ing)?|misled)\s+(?:the\s+)?public(?:\s+(?:opinion|minds?))?\b|"
    # or to make others believe what is not so: 'the videos attempt to make people believe that massacres were
    # committed' (not 'we want to make people believe in peace again', no 'that' of a thing told)
    r"(?:attempt(?:s|ed|ing)?|try|tries|tried|trying|seeks?|seeking|sought|aims?|aimed|aiming|designed)\s+to\s+make\s+"
    r"(?:people|the\s+public|the\s+world|everyone|(?:the\s+)?(?:citizens|population))\s+believe\s+that\b|"
    # rumours warned against, as untrue: 'warned against similar media rumours about ...', 'cautioned the public
    # against believing rumours of a raid', rumours of something (not 'warned against rumours', of nothing said; nor
    # 'warned against spreading rumours': the spreading is what is warned against)
    r"(?:warn|caution)(?:s|ed|ing)?\s+(?:(?:the|its|his|her|their)\s+)?(?:[a-z]+\s+)?against\s+"
    r"(?:(?:believing|heeding|trusting)\s+)?(?:(?:the|these|such|similar|media|false|baseless|recent|any)\s+){0,3}"
    r"rumou?rs\s+(?:about|of|that|over|regarding|concerning)\b|"
    # (and 'not in any way involved', 'not at all behind', as 'in no way involved'; 'wasn't involved' as 'was not')
    r"(?:not|(?:is|are|was|were)n['\u2019]t) (?:(?:in\s+any\s+way|at\s+all)\s+)?(?:involved|behind|"
    r"(?:connected|linked|tied|affiliated)\s+(?:to|with))|"
    # 'neither the group nor its allies were behind the blast': the 'nor' half names who was not
    r"nor\s+(?:[\w'\u2019-]+\s+){1,8}?(?:was|were|is|are|had\s+been|has\s+been)\s+(?:behind|involved|responsible)|"
    # two said to be unrelated, with no preposition: 'the SDF and the PKK were not affiliated'
    r"(?:are|were)\s+not\s+(?:affiliated|linked|connected)(?=\s*[.,;]|\s*$)|"
    # what was said, disowned at its source: 'the report aired on Kessel TV did not come from any state agency', 'the
    # statement did not originate from us' (not 'the shots did not come from the north', no words)
    r"\b(?:" + SAID + r"|statements?|communiqu(?:e|\u00e9)s?)\b(?:\s+[\w'\u2019.-]+){0,6}?\s+(?:did|does|do)\s*"
    r"(?:not|n['\u2019]t)\s+(?:come|originate|emanate)\s+from\b|"
    # those who spoke in a side's name, disowned: 'those who published the statement do not represent the movement'
    # (people who act or speak, by 'who'; not 'the deal does not represent the movement's views')
    r"\bwho(?:ever)?\s+(?:[\w'\u2019-]+\s+){1,8}?(?:do|does|did)\s*(?:not|n['\u2019]t)\s+represent\s+(?:the|our|its|their)\s+"
    r"(?:[a-z]+\s+)?(?:movement|group|brigade|brigades|party|organi[sz]ation|faction|factions|front|army|council)\b|"
    # those said to be on the side's soil, searched for and not found there: 'combed the region but could not verify
    # the entry or presence of those guards on its territory', 'found no trace of the fighters on our soil' (the side
    # charged with harbouring them; not 'could not verify the presence of fighters in Tarvo', a place of no side)
    r"(?:(?:could|did|can|does)\s*(?:not|n['\u2019]t)|failed\s+to)\s+(?:find|verify|confirm|locate|detect|establish)\s+"
    r"(?:(?:the|any)\s+)?(?:entry|presence|trace|sign|whereabouts)\b[^.;:\u2591]{0,80}?\b(?:on|in|inside|within)\s+"
    r"(?:its|our|their)\s+(?:own\s+)?(?:territory|soil|land)\b|"
    r"\bfound\s+no\s+(?:trace|sign)\s+of\b[^.;:\u2591]{0,80}?\b(?:on|in|inside|within)\s+(?:its|our|their)\s+"
    r"(?:own\s+)?(?:territory|soil|land)\b|"
    # a charge answered with the side's own record against what it is charged with: 'Responding to these claims, the
    # official underscored Veloria's strong record in countering the group' (not 'in response to the claims, the
    # ministry said it had opened an inquiry', nor a record cited with no charge answered)
    r"(?:(?:responding|reacting|replying)\s+to|in\s+(?:response|reply|reaction)\s+to)\s+(?:(?:these|the|such|those|"
    r"its|their|his|her)\s+)?(?:[a-z]+\s+)?(?:claims?|allegations?|accusations?|charges)\b[^.;\u2591]{0,120}?"
    r"\b(?:record|efforts|sacrifices|commitment)\s+(?:in|of|to)\s+(?:countering|fighting|combating|combatting|"
    r"confronting|eliminating|the\s+(?:fight|war|struggle)\s+against)\b|"
    # the accuser said to dare what it does: 'Kessia has the audacity to accuse Veloria of the raid', 'the nerve of
    # blaming us', 'the surprising audacity of attributing to Veloria the protests' (a charge called outrageous; not
    # 'had the nerve to attack the convoy', a deed, nor 'the audacity to claim victory', no charge)
    r"\b(?:audacity|nerve|gall|impudence|effrontery|temerity)\s+(?:of|to)\s+(?:falsely\s+)?(?:attribut|accus|blam|"
    r"implicat|scapegoat)\w*|"
    # the accusers dared to prove the charge: 'we request that they bring forward proof', 'challenged anyone who
    # accuses it to present evidence', 'let them show the evidence' (not 'asked them to provide evidence to the
    # court', a neutral request, nor proof of identity or residence)
    r"(?:\b(?:request|demand|challenge|dare|call\s+on|calls\s+on|called\s+on)(?:s|d|ed|ing)?\s+(?:that\s+)?"
    r"(?:them|they|anyone|anybody|whoever|(?:those|anyone|anybody)\s+who\s+(?:accuse|blame|claim|say|allege)s?"
    r"(?:\s+(?:us|it|him|her|them))?|(?:the|our|its|his|her|their)\s+accusers)|\blet\s+(?:them|the\s+accusers))"
    r"\s+(?:to\s+)?(?:bring|provide|present|show|produce|offer|put|come\s+up\s+with)\s+(?:forward\s+)?"
    r"(?:(?:any|their|the|a|some|one|single|shred|of)\s+){0,3}(?:[a-z]+\s+)?(?:evidence|proof)\b"
    r"(?!\s+of\s+(?:(?:their|his|her|its)\s+)?(?:identity|identification|residence|address|age|ownership|payment|"
    r"income|citizenship|vaccination|insurance))|"
    # a thing said not to prove the speaker's part: 'this cannot count as proof that we were there', 'the flag does
    # not prove our fighters took part' (first person only: an onlooker's 'does not prove that they' judges no charge
    # of its own; 'is no proof that we' reads as 'no proof' above)
    r"(?:(?:cannot|can\s*not|can['\u2019]t|could\s+not|does\s+not|doesn['\u2019]t|do\s+not|don['\u2019]t)\s+"
    r"(?:count|serve|stand|be\s+(?:taken|considered|seen|regarded))\s+as\s+(?:a\s+|any\s+)?(?:proof|evidence)\s+"
    r"(?:that\s+)?|(?:does|do|did)\s*(?:not|n['\u2019]t)\s+prove\s+(?:that\s+)?)(?:we|our|us)\b|"
    # the speaker's side asks to be judged on what it does, not on what is said of it: 'the government asks to be
    # judged on its acts, rather than on rumours' (the reports called rumours; not 'urged people to rely on official
    # sources rather than rumours', a warning of no one's words)
    r"\b(?:judged|assessed|evaluated|measured)\s+(?:by|on)\s+(?:its|our|their|his|her|my)\s+(?:[a-z]+\s+)?"
    r"(?:acts|actions|deeds|record|conduct|work)\b,?\s+(?:rather\s+than|and\s+not|not|instead\s+of)\s+"
    r"(?:(?:on|by)\s+)?(?:the\s+)?(?:rumou?rs|allegations|accusations|claims|hearsay|speculation|gossip)\b|"
    # a campaign of others', told as waged to spread rumours about something: 'the propaganda campaign, waged to
    # spread rumours about our role, is a diversion' (the rumours are what was said; not 'rumours spread of a raid')
    r"\bcampaigns?\b[^.;:\u2591]{0,40}?\b(?:waged|launched|aimed|designed|meant|intended|orchestrated|led|run)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:to|at)\s+(?:spread|spreading|circulat(?:e|ing)|peddl(?:e|ing)|disseminat(?:e|ing))\s+"
    r"(?:(?:false|baseless|such|these)\s+)?(?:rumou?rs|lies|falsehoods)\s+(?:about|of|that|over|regarding|"
    r"concerning|on)\b|"
    # a statement disowned as the work of hackers: the side says its own website or account 'had been hacked', that
    # 'hackers had taken over its website', or that the statement 'was the work of (posted by) hackers': what was
    # published there is not its word (not 'the bank's website was hacked', 'it had hacked the army's website', 'its
    # website could be hacked': another's outlet, the speaker's own hacking, or a danger feared)
    r"\b" + _OWN_OUTLET + r"\s+(?:had|has|have|was|were)\s+(?:been\s+)?"
    r"(?:[a-z]+ly\s+)?(?:hacked|compromised)\b|"
    r"\bhackers\s+(?:had\s+|have\s+|has\s+)?(?:hacked|took\s+over|taken\s+over|broke\s+into|broken\s+into|"
    r"seized|gained\s+(?:control\s+of|access\s+to))\s+" + _OWN_OUTLET + r"\b|"
    r"\b(?:statements?|posts?|tweets?|messages?|communiqu(?:e|\u00e9)s?)\s+(?:(?:is|are|was|were|had\s+been|has\s+"
    r"been)\s+)?(?:the\s+work\s+of|(?:posted|published|written|issued|put\s+out|sent)\s+by)\s+(?:[a-z]+\s+)?hackers\b|"
    # what was reported, as a condition contrary to fact: 'if twelve of our men had been killed, it would have been
    # seen', 'if there had been any casualties, we would have held funerals', 'if we had been behind it, we would have
    # said so' (the deaths or the act reported; not 'if the army had not intervened', 'had the missile struck')
    r"\bif\s+(?:[\w'\u2019-]+\s+){0,8}?had\s+(?:been\s+)?(?:any\s+)?(?:killed|martyred|casualties|fatalities|deaths|"
    r"dead|carried\s+out|involved|behind|responsible)\b[^.;]{0,120}?\b(?:would|could)\s+have)\b",
    re.IGNORECASE,
)
# Labelling what was said as worthless: 'called the accusations a smear campaign', 'described it as propaganda'.
_LABELLING = frozenset(
    "called calls calling described describes describing branded branding termed terming labelled labeled labelling "
    "labeling dubbed dubs dubbing".split()
)
# a word that opens a clause of time or cause ('when', 'while', 'because'), as a lookahead: not a place's word
_NOT_A_TIME = r"(?!(?:when|while|because|until|since|after|before)\b)"
_DISMISSIVE_WORDS = (
    r"(?:smear|propaganda|slander\w*|disinformation|misinformation|baseless|lies?|fabricat\w*|nonsense|defamatory|rumou?rs|"
    r"erroneous|bogus|fictitious|hoax|unsubstantiated|demoni[sz]\w*|vilif\w*|malign\w*|discredit\w*|"
    # words only said of what was said: 'called the report inaccurate' (not 'incorrect', said of a decision too)
    r"inaccurate|misleading|untrue)"
)
_DISMISSIVE = re.compile(rf"\b{_DISMISSIVE_WORDS}\b", re.IGNORECASE)
# The same labelling verb with what was said as its object takes every word of falsehood: 'called the reports
# fake', 'termed the claims incorrect', 'described the allegations as far from the truth' (the words said of a decision
# too, 'incorrect', 'fake', are said here of reports; 'called the decision incorrect' stays no denial).
_LABELLED_SAID_FALSE = re.compile(
    # (the reports' owner in front of them as their article: 'called their reports fake', "the brigade's claims")
    rf"\s+(?:{_REPORTS_DETERMINER}|{SAID_OWNER})\s+{_REPORTS_BY_MEDIA}(?:{_REPORTS}){SAID_ABOUT}"
    r"\s+(?:as\s+)?(?:[a-z]+ly\s+)?"
    rf"(?:an?\s+|mere\s+|pure\s+|sheer\s+|utter\s+)?[\u201c\"\u2018']?(?:{FALSE_WORDS}|{FALSE_PHRASES}|{SAID_JUDGED})\b",
    re.IGNORECASE,
)
# A charge of lying: 'accused Dara Venn of lying' (not 'of lying about these accusations', a charge answered, nor 'lying
# in the street'); and another named side's words labelled: "called Dara Venn's statement a lie" (not where its words
# were about the speaker's own side: "called Venn's remarks about its fighters lies"). Each is the speaker's denial
# only where the speaker's side was charged earlier in the article (the gold conventions: it then answers the charge),
# else a charge of its own against the other side (find_denial's ``charged``).
_LYING_CHARGE = re.compile(
    r"\bof\s+(?:[a-z]+ly\s+)?lying\b"
    + _LYING_LAID
    + rf"(?!\s+(?:about|over)\s+(?:(?:the|these|those|such|its|their|his|her)\s+)?(?:[a-z]+\s+)?{CHARGES})",
    re.IGNORECASE,
)
# (only what another said in its own voice, a statement or remarks: another's claims, reports or allegations called
# false are the claims against the speaker's side a denial answers, as the development gold reads them)
_ANOTHERS_WORDS = re.compile(
    rf"\s+{SAID_OWNER}\s+(?:latest\s+|recent\s+)?(?:statements?|remarks?|words|speech|comments?|interview|testimony)\b"
    r"(?![^.;]*\b(?:its|their|our|his|her|we|us)\b)",
    re.IGNORECASE,
)
# Verbs of judging are a denial only with what was said judged 'as' false: 'criticized the claims as "propaganda"'
# (not 'condemned the propaganda campaign').
_JUDGING = frozenset("criticized criticised criticizes criticises slammed slams denounced denounces".split())
_AS_DISMISSIVE = re.compile(
    rf"\bas\s+(?:an?\s+|the\s+|mere\s+|pure\s+|nothing but\s+)?[\u201c\"\u2018']?{_DISMISSIVE_WORDS}\b", re.IGNORECASE
)
# Reports said to serve a deception are dismissed as false: 'the goal of the accusations ... is to conceal the
# truth', 'these reports are meant to mislead'. The report noun comes first, then the purpose ('to', 'at').
# Or said to be propaganda: 'these reports are part of a media war', 'the claims are nothing but propaganda' (only
# such words between, so that 'the report was spreading propaganda' is not).
# (the report noun's own predicate, not one of a clause of its own after 'that': 'the claim increased concerns that
# Ostravia is seeking a pretext to justify ...' is no claim said to be meant to justify)
_DECEIT = re.compile(
    rf"\b(?:{SAID}|remarks)\b"
    r"(?:(?!\bthat\s+(?:(?-i:[A-Z])|(?:it|they|he|she|we|the|its|his|her|their|this|these)\b))[^.;\u2591]){0,80}?"
    # (four words between, as in 'were part of a campaign to tarnish'; and the stems whose -ing drops an 'e': 'aimed
    # at defaming', 'deceiving', 'inciting', 'hiding', 'covering up')
    r"\b(?:(?:is|are|was|were|aims?|aimed|meant|intended)\s+(?:[^.;\u2591\s]+\s+){0,4}?(?:to|at)\s+"
    r"(?:conceal|hid(?:e|ing)|distort|cover(?:ing)? up|mislead|deceiv|smear|tarnish|discredit|defam|sow|incit|malign|"
    r"vilif|demoni[sz]|slander|besmirch|blacken|divert|distract|justif)\w*|"
    # said for a purpose that is propaganda: 'the remarks were made with the aim of making propaganda against X'
    r"(?:with the (?:aim|goal|purpose|intention|intent) of|in order to|so as to)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:propaganda|smear|disinformation|misinformation|psychological war)|"
    # ('can only be viewed as malicious propaganda', as 'are malicious propaganda')
    r"(?:is|are|was|were|(?:(?:can|could|may|should|must)\s+(?:only\s+)?be\s+)?(?:viewed|seen|regarded|considered)\s+as)"
    # ('are a continuation of the propaganda', 'are the product of enemy propaganda': what the words go on or come from)
    r"\s+(?:(?:[a-z]+ly|just|merely|only|simply|nothing|but|part|of|a|an|the|pure|mere|blatant|sheer|more|"
    r"another|hostile|enemy|malicious|old|same|usual|continuation|extension|product|repetition|rehash|echo|tool|"
    r"instrument|"
    # (and words of scorn, one joined to the next: 'the claim was "dubious and sordid propaganda"')
    r"dubious|sordid|cheap|crude|desperate|shameless|cynical|vile|dirty|and)\s+){0,4}"
    r"(?:propaganda|smear|disinformation|misinformation|psychological war|"
    r"media war))",
    re.IGNORECASE,
)
# What a subject denies: 'did not', 'was never'.
# The negatives of will, belief, need or stance are no denial of an act ('did not want war', 'does not need an
# office', 'did not expect talks'): one list for every reading of 'not' (en.py's restated denials too). Not 'plan':
# 'did not plan the attack' denies it.
NOT_ACTS = (
    # ('anticipate' and 'foresee' as 'expect': 'he did not anticipate an assault' is no act denied)
    r"(?:want|wish|intend|support|accept|allow|believe|think|know|need|require|seek|agree|like|care|expect|"
    r"anticipate|foresee|"
    r"recogni[sz]e|mind|see|understand|hesitate|rule|exclude|fear|let|permit|tolerate|approve|endorse|condone|"
    # ('deni' with its ending: 'the brigade has not denied the reports', told by another, denies nothing, as 'did not
    # deny' does not; 'denied' is no 'deny' and a suffix)
    r"favou?r|oppose|mean|remember|trust|hope|consider|rely|deny|deni(?:ed|es)|reject|hide|conceal|"
    # declining to speak denies nothing: 'they do not comment on foreign reports'
    r"comment|elaborate|disclose|respond|reply|"
    # nor does a breach charged: 'said the brigade did not abide by the truce', 'did not honour the deal' accuses
    # the brigade (and of oneself would admit, not deny)
    r"compl(?:y|ied|ies)|abid(?:e|ed|es)|adher(?:e|ed|es)|honou?r|respect|stick|stuck|fulfill?|fulfilled|implement|"
    r"uphold|upheld)"
)
# Not having been told, or not being aware: 'had not been told of', 'was not informed about', 'was not aware of' (a
# lookahead after the negation; see _NOT_DONE). The participle alone is passive after 'was'/'were' only: after 'had'
# it is one's own act ('it had not warned the villagers' as 'it did not warn them'), which may deny.
_TOLD = r"(?:told|informed|notified|briefed|consulted|warned|made\s+aware)"
# (and a word of time or manner before it: 'had not yet been told', 'was not formally notified', 'had not been
# properly informed')
_YET = r"(?:(?:yet|even|ever|[a-z]+ly)\s+)?"
NOT_TOLD = r"\s+" + _YET + r"(?:been\s+" + _YET + _TOLD + r"|made\s+aware|aware)\b"
_ADVERB_OF_TRUTH = r"(?:(?:in\s+fact|actually|really|indeed|also|certainly|definitely)\s+)?"
# Words for who people are, as a predicate: 'civilians', 'fighters', 'diplomats' (not 'members', 'part': to belong to
# a body is what its denials deny).
_WHO_PEOPLE_ARE = ARMED_PEOPLE | frozenset(
    "civilian civilians combatant combatants diplomat diplomats journalist journalists soldier soldiers student "
    "students refugee refugees tourist tourists spy spies agent agents terrorist terrorists criminal criminals "
    "mercenary mercenaries volunteer volunteers children".split()
)
# Words that call a thing false, as a predicate after 'is', 'was' or 'not' ('false', 'a lie', 'a rumour', 'fake news').
_FALSITY = (
    r"(?:false|untrue|baseless|unfounded|groundless|fabricated|fabrications?|fake(?:\s+news)?|lies?|rumou?rs?|"
    r"myths?|hoax(?:es)?|fiction|inventions?|falsehoods?|made\s+up)\b"
)
_PEOPLE_ARE = alternation(_WHO_PEOPLE_ARE)
# After 'was not' or 'were not' only, where what follows is a predicate (after 'did not' or 'had never' it is a verb
# and its object: 'had never killed civilians', 'had not fabricated the figures' deny a deed):
# (what is said not to be false, which affirms it: 'the seizure was not a rumour', 'the reports were not false', 'the
# story was not fake news', 'the attack was not a myth', 'not a mere rumour', as _FALSE reads 'no mere rumours'; see
# _JUDGEMENT_NEGATED)
# (nor a plain word of who people are: 'the dead were not civilians but fighters', 'the men were not diplomats' deny no
# claim named; one answered is read by _NOT_SO_IN_ANSWER. Not after 'did' or 'has', where the word before it is a verb:
# 'it did not send fighters', 'has never sent fighters to X' deny the sending)
# ('not a mere rumour', 'no idle rumours': one word that belittles between, for this and _JUDGEMENT_NEGATED alike)
_MERE = r"(?:(?:mere|idle)\s+)?"
# (nor what a thing is said not to be that is no deed: a sham, a farce or a joke, which only answers one who called it
# so, read by units.answered_charges; or first, last or second, a neighbouring deed's order: 'the plan was not a sham',
# 'the strike was not the first this month')
NOT_A_SHAM_OR_FIRST = (
    r"(?:an?\s+|the\s+)?(?:(?:complete|total|utter|absolute|pure|mere|sheer)\s+)?[\u201c\"\u2018']?"
    r"(?:shams?|farces?|charades?|jokes?|first|last|second|third)\b"
)
_NOT_SO_OF_WHAT = (
    r"(?!\s+(?:an?\s+)?" + _MERE + _FALSITY + r")"
    r"(?!\s+" + NOT_A_SHAM_OR_FIRST + r")"
    r"(?!\s+(?:an?\s+)?(?:[A-Za-z-]+\s+)?(?:" + _PEOPLE_ARE + r")\b)"
)
_NOT_DONE = (
    # ('didn't', 'hadn’t' as 'did not', 'had not'; 'were in fact not', 'had actually never' as 'were not')
    r"(?:(?:(?:(?:did|had|has|have)\s+" + _ADVERB_OF_TRUTH + r"(?:not|never)|(?:did|had|has|have)n['\u2019]t)"
    # (not 'had not been civilians', who people are: see below)
    r"(?!\s+been\s+(?:an?\s+)?(?:[A-Za-z-]+\s+)?(?:" + _PEOPLE_ARE + r")\b)|"
    # ('was not told', passive: see NOT_TOLD)
    r"(?:(?:was|were)\s+" + _ADVERB_OF_TRUTH + r"(?:not|never)|(?:was|were)n['\u2019]t)"
    r"(?!\s+" + _YET + _TOLD + r"\b)" + _NOT_SO_OF_WHAT + r")\b"
    r"(?!\s+(?:yet|only|just|merely|simply|solely|be)\b)"  # ('was not just a training mission': more than that)
    # (nor a rank in a series: 'said the attack was not the first this month')
    r"(?!\s+the\s+(?:first|last|only|second|third)\b)|"
    # 'it never attacked' as 'it did not attack' (not 'never stopped its patrols': a ceasing denied goes on)
    r"never(?=\s+[a-z]+ed\b)(?!\s+(?:stopped|ceased|halted|paused|relented|wavered|hesitated|failed|gave)\b))"
    # (nor 'has not stopped' before what goes on, a deed or an owner's deeds, as lang.en's negations that deny nothing:
    # 'has not stopped shelling', 'had not halted its attacks'; 'has not stopped any convoy' denies the stopping)
    r"(?!\s+(?:yet\s+)?(?:stopped|ceased|halted)\s+(?:[a-z]+ing|its|their|his|her|our)\b)"
    r"(?!\s+(?:" + NOT_ACTS + r"(?:s|d|ed|n)?|thought|known|knew|seen|saw|meant|sought)\b)"
    # (nor what is unsure, which denies nothing: 'it was not clear who fired', 'was not immediately possible to verify',
    # an adverb of degree before it too: 'not entirely clear', 'not altogether certain', 'not readily possible')
    r"(?!\s+(?:(?:[a-z]+ly|altogether|quite)\s+)?(?:clear|certain|sure|possible|likely|able|immediately)\b)"
    # (nor not having been told, as not knowing is no denial: 'he had not been told of any strike', 'she was not aware
    # of any raid')
    r"(?!" + NOT_TOLD + r")"
)
# An act a side is accused of, done to no one or nothing: 'fired no shells', 'carried out no strikes', as 'did not
# fire any shells' (the past of the acts of _DID_NOT_ACT).
ACTED_NO = (
    r"(?:[a-z]+ly\s+)?(?:carried\s+out|conducted|launched|fired|sent|ordered|committed|deployed|dispatched|supplied|"
    r"funded|financed|trained|smuggled|seized|detained|arrested|kidnapped|abducted|targeted|attacked|shelled|bombed|"
    r"struck|raided|stormed|killed|executed)\s+no\b(?!\s+(?:more|longer|further|less)\b)"
)
# Backing a side is accused of, denied in the present as a standing fact ('it does not arm the brigade', 'we do not
# fund any militia', 'it does not interfere in Kessel's affairs'), as states answer such charges; only backing of an
# armed side, harbouring, targeting people and meddling (not 'does not fund its schools', 'does not support the plan',
# 'does not send aid'), as 'did not arm' reads any act.
_ARMED_SIDE = (
    r"(?:(?:the|any|a|an|such|these|those|other)\s+)?(?:[a-z]+\s+)?(?:groups?|militias?|militants|rebels|fighters|"
    r"insurgents|terrorists?|factions?|brigades?|movements?|forces|organi[sz]ations?)\b|"
    # (or a side by its one-word name, the whole object: 'does not arm Kessel', 'does not fund Hamas or any other
    # group'; not "Kessel's schools", a person's name 'Lev Arno', 'Kessel University', 'UNICEF programmes')
    r"(?-i:[A-Z])[\w-]*+(?!['\u2019])(?=\s*+(?:[.,;:!?)\u2591\"\u201d]|$)|\s++(?:or|and|nor|in|with|against)\b)"
)
_BACKS_NONE = (
    r"(?:(?:does|do)\s+not|(?:does|do)n['\u2019]t)\s+(?:[a-z]+ly\s+)?(?:(?:(?:arm|fund|finance|supply|train|equip|"
    r"sponsor|back)(?:\s+(?:or|and|nor)\s+(?:arm|fund|finance|supply|train|equip|sponsor|back))?)\s+(?:"
    + _ARMED_SIDE
    + r")|"
    r"(?:harbou?r|shelter)\s+(?:any\s+)?(?:[a-z]+\s+)?(?:fighters|militants|terrorists|rebels|insurgents|"
    r"groups?)\b|"
    r"target\s+(?:[a-z]+\s+)?(?:civilians|hospitals|schools|homes|residential|journalists|aid\s+workers|"
    r"protesters)\b|"
    r"send\s+(?:any\s+)?(?:weapons|arms|fighters|troops|forces|advisers|money)\b|"
    r"interfere\s+in\b|meddle\s+in\b)"
)
# What one denies having: a part, a presence, a link (one list for every reading of 'has no').
NO_PART = (
    r"(?:role|part|hand|involvement|presence|forces|troops|fighters|advisers|advisors|personnel|bases?|links?|ties|"
    r"connection|relations?|contacts?|dealings|"
    # (and none of its people where it is said to act: 'the group has no members in the area', 'we have no cells in
    # Tarvo', 'it has no operatives there')
    # (only where, not of a body one sits in: not 'no members from the south', 'no members in parliament')
    r"(?:members|cells|operatives)(?=\s+(?:there\b|(?:in|inside)\s+(?!(?:the\s+)?(?:government|cabinet|parliament|"
    r"council|assembly|politics|administration|committee|party|board)\b)))|"
    # (and no activity where it is said to act: 'the brigade has no activity in Veloria', as no presence there)
    r"activit(?:y|ies))"
)
# A word that strengthens what a side says of itself, between its subject and its verb: 'it categorically had no
# role', 'its fighters absolutely did not take part', 'had categorically no role' (not one that hedges or dates it:
# 'it likely had no role', 'it previously had no presence there', 'only'; nor one that says it is so only as a rule
# or on paper: 'it usually has no forces there', 'it officially has no presence in Ostravia', 'it seemingly had no
# role').
_FIRMLY = (
    r"(?:(?!(?:likely|probably|possibly|apparently|reportedly|allegedly|supposedly|purportedly|seemingly|ostensibly|"
    r"presumably|conceivably|arguably|only|early|partly|largely|mostly|mainly|usually|normally|generally|typically|"
    r"officially|nominally|technically|initially|previously|formerly|originally|recently|currently)\b)[a-z]+ly\s+)?"
)
# What a speaker denies of itself (a pronoun, not 'the group had no role in the government'): having no part or
# presence, 'it has no forces in Syria', 'it does not have any role in the attack'.
_HAS_NO = (
    r"(?i:it|he|she|they|we)\s+"
    + _FIRMLY
    + r"(?:(?:has|have|had)\s+"
    + _FIRMLY
    + r"no|(?:(?:does|do)\s+not|(?:does|do)n['\u2019]t)\s+have\s+(?:any\s+)?)"
    r"\s*(?:[a-z]+\s+)?" + NO_PART + r"\b"
)
# Not where it is said to be: 'they are not present in Ostravia' (not 'not present at the talks').
_NOT_THERE = (
    r"(?:is|are|was|were)\s+not\s+"
    r"(?:(?:present|deployed|stationed|based|operating|active)\s+(?:in|inside)\b|(?:in|inside)\s+(?-i:[A-Z]))"
)
_NOT_PRESENT = r"(?i:it|he|she|they|we|(?:its|his|her|their|our)\s+[a-z]+)\s+" + _NOT_THERE
# Not of what one is said to belong to: 'it is not part of the coalition', 'they are not a party to the conflict'.
NOT_PART = r"(?:is|are|was|were)\s+not\s+(?:a\s+|an\s+)?(?:part|branch|wing|arm|member|party)\s+(?:of|to)\b"
_NOT_PART_OF = r"(?i:it|he|she|they|we|(?:its|his|her|their|our)\s+[a-z]+)\s+" + NOT_PART
# None of the speaker's own people did it, or the event never happened: 'none of its fighters were involved', 'no
# attack had taken place'.
NONE_DID = (
    # ('not one of its fighters', 'not a single one of our men' as 'none of')
    r"(?:none|not\s+(?:a\s+single\s+one|a\s+single|one))\s+of\s+(?:its|his|her|their|our)\s+\w+(?:\s+\w+)?\s+"
    r"(?:had|has|have|was|were|did|is|are|took part|participated)\b|"
    # (the event's noun may have a phrase or two after it: 'no such movement or induction of additional forces has
    # taken place'; not a verb: 'no one knows what happened')
    r"no\s+(?:such\s+)?\w+(?:\s+\w+)?(?:\s+(?:of|or|and|in|on|at|by|for|to)(?:\s+\w+){1,2}){0,2}\s+"
    r"(?:(?:had|has|have)\s+(?:taken place|occurred|happened)|took place|occurred|happened)\b|"
    # the attack reported never hit them: 'no medical convoys were targeted' (not 'no civilians were killed')
    r"no\s+(?:such\s+)?\w+(?:\s+\w+)?\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:targeted|attacked|struck|"
    r"bombed|shelled|raided|stormed|issued|released|published|signed|sent|deployed)\b|"
    # no one of a side's armed people took part or was there: 'no soldiers were involved', 'no Velorian troops were
    # present in the town', 'no members of the brigade had been involved' (its people, not 'no civilians were involved')
    r"no\s+(?:[A-Za-z-]+\s+){0,2}?(?:soldiers|troops|forces|fighters|militants|gunmen|personnel|units|agents|"
    r"operatives|officers|guards|members)(?:\s+of\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+)?\s+"
    r"(?:was|were|had\s+been|has\s+been|have\s+been|are|is)\s+(?:[a-z]+ly\s+)?(?:involved|present|there)\b|"
    # nobody did the violent act told: 'no one had shot at X', 'nobody opened fire on the convoy', 'no-one', as
    # British news writes it (the act with its target; not 'no one was hurt', 'nobody knows who fired', nor 'no one
    # claimed the attack')
    r"(?:no(?:\s+|-)one|nobody)\s+(?:(?:had|has)\s+)?(?:(?:shot|fired)\s+(?:at|on)|opened\s+fire|attacked|targeted|shelled|"
    r"bombed|raided|stormed|kidnapped|abducted|assassinated)\b"
)
# Acts of violence a side is charged with, which it would know of were they its own; and having had no knowledge of
# one, said of a side: 'it had no knowledge of the attack', as knowing nothing of it (not 'no knowledge of the victims');
# 'no prior knowledge', 'no advance knowledge' as 'no knowledge'.
_VIOLENCE = (
    r"(?:killings?|murders?|assassinations?|attacks?|bombings?|kidnappings?|abductions?|explosions?|blasts?|strikes?|"
    r"raids?|shootings?)\b"
)
_HAD_NO_KNOWLEDGE = (
    r"(?:has|have|had)\s+(?:had\s+)?no\s+(?:(?:prior|advance|previous)\s+)?knowledge\s+(?:of|about)\s+"
    r"(?:the|this|that|these|those|such)\s+"
    r"(?:[a-z]+\s+)?" + _VIOLENCE
)
# Any of these, as the clause after 'said it' (_DID_NOT) and a quotation that opens as that clause does
# (_OPENS_NOT_DONE) read them: one list, so that neither rule knows fewer.
# Knowing of no such event, as one who would know (police, an army) denies the report of it: 'he doesn't have
# information about any blast in the city', 'they were not aware of any raid' (only 'any': not 'no information
# about the casualties', which is no denial of them).
# A person's own awareness is not the office's: 'he was not aware of any raid', 'she had no knowledge of any strike'
# deny nothing (one may not have been told), where 'it'/'they'/'we' speak for the body, and the information an office
# holds ('he doesn't have information about any blast in the city', a police chief's) is what it knows of.
_KNOWS_OF_NONE = (
    r"(?:(?i:it|he|she|they|we)\s+(?:(?:(?:does|do|did)\s+not|(?:does|do|did)n['\u2019]t)\s+have\s+(?:any\s+)?|"
    r"(?:has|have|had)\s+no\s+)(?:(?:information|reports?)\s+)|"
    r"(?i:it|they|we)\s+(?:(?:(?:does|do|did)\s+not|(?:does|do|did)n['\u2019]t)\s+have\s+(?:any\s+)?|"
    r"(?:has|have|had)\s+no\s+|(?:is|are|was|were)\s+not\s+aware\s+|(?:is|are|was|were)\s+unaware\s+)"
    r"(?:(?:information|knowledge|reports?)\s+)?)(?:about|of|on|regarding)\s+any\s+(?:such\s+)?[a-z]+|"
    # and knowing nothing of the act one is charged with: 'we do not know anything about the killing of X', 'we know
    # nothing about the attack' (an act of violence, which the side accused would know of; not 'know nothing about
    # the victims', 'about his whereabouts'); said of oneself or one's body, not of others who may only be uninformed
    # ('the police said they knew nothing of the blast')
    r"(?i:it|we|i)\s+(?:(?:(?:does|do|did)\s+not|(?:does|do|did)n['\u2019]t)\s+know\s+anything|"
    r"(?:know|knows|knew)\s+nothing)\s+(?:at\s+all\s+)?(?:about|of)\s+(?:the|this|that|these|those|any)\s+"
    r"(?:[a-z]+\s+)?" + _VIOLENCE + r"|"
    # and a body's having had no knowledge of the act (not 'he had no knowledge of the attack', as above)
    r"(?i:it|we)\s+" + _HAD_NO_KNOWLEDGE + "|"
    # and a body's not having known of an act or operation before it came, as one charged with foreknowledge denies
    # it: 'it did not know of the Palestinian operation beforehand' (not 'did not know of the attack', which one may
    # learn of late, nor a person's 'he did not know of the raid in advance')
    r"(?i:it|we)\s+(?:did\s+not|didn['\u2019]t|had\s+not|hadn['\u2019]t)\s+(?:know|known|been\s+aware)\s+(?:of|about)\s+"
    r"(?:the|this|that|these|those|any|such)\s+(?:[A-Za-z-]+\s+){0,2}?(?:operations?|" + _VIOLENCE + r")\s*"
    r"(?:beforehand|in\s+advance|ahead\s+of\s+(?:time|it)|before\s+it\s+(?:began|happened|took\s+place))\b"
)
_NOT_SO = _HAS_NO + "|" + _NOT_PRESENT + "|" + _NOT_PART_OF + "|" + NONE_DID + "|" + _KNOWS_OF_NONE
# Acts a side is accused of, denied with 'did not' or 'never' ('did not carry out the raid'; not 'did not expect').
_DID_NOT_ACT = (
    # (an adverb, not 'only' or 'merely': 'we have not only trained them but armed them' denies nothing)
    # ('has never', 'have never', as 'never': 'We have never sent fighters to X', 'Veloria has never sent')
    r"(?:did not|didn['\u2019]t|have not|haven['\u2019]t|has not|hasn['\u2019]t|had not|hadn['\u2019]t|"
    r"(?:(?:has|have|had)\s+)?never)\s+"
    r"(?:(?!(?:only|merely|simply|solely)\b)[a-z]+ly\s+)?"
    r"(?:carr(?:y|ied) out|conduct(?:ed)?|launch(?:ed)?|attack(?:ed)?|target(?:ed)?|fired?|kill(?:ed)?|sen[dt]|"
    r"order(?:ed)?|commit(?:ted)?|plan(?:ned)?|took part|take part|participated?|detain(?:ed)?|arrest(?:ed)?|"
    r"kidnap(?:ped)?|abduct(?:ed)?|shell(?:ed)?|bomb(?:ed)?|strike|struck|storm(?:ed)?|raid(?:ed)?|deploy(?:ed)?|"
    r"dispatch(?:ed)?|suppl(?:y|ied)|fund(?:ed)?|financ(?:e|ed)|train(?:ed)?|smuggl(?:e|ed)|seiz(?:e|ed)|shoot|shot|"
    # ('did not arm them', 'never armed the militia', 'did not arm the forces of the regime'; not 'did not armed
    # forces ...', no verb, which the determiner after it keeps out)
    r"arm(?:ed)?(?=\s+(?:them|him|her|it|any|a|an|the|its|their|our|these|those|such)\b)|"
    r"execut(?:e|ed)|tortur(?:e|ed)|harm(?:ed)?|assassinat(?:e|ed)|"
    # arms the laws of war ban, or people as shields: 'we have never used chemical weapons', 'did not use barrel bombs',
    # 'never used civilians as human shields' (not 'did not use force', 'did not use the road')
    r"us(?:e|ed)(?=\s+(?:any\s+)?(?:(?:chemical|cluster|banned|prohibited|poison(?:ous)?|toxic|nerve|barrel|incendiary|"
    r"phosphorus|thermobaric)\b|white\s+phosphorus|(?:civilians|children|people|residents|hospitals|schools)\s+as\s+"
    r"(?:human\s+)?shields?\b|human\s+shields\b))|"
    # an incursion, as _FALSE reads 'no forces crossed': '"Our fighters did not cross the border,"' as 'said its fighters
    # did not cross the border' (not 'did not cross our minds')
    r"(?:cross(?:ed)?|enter(?:ed)?|infiltrat(?:e|ed))(?=\s+(?:the|any|a|an|our|their|its|(?-i:[A-Z])))"
    r"(?!\s+(?:the|our|their|its)\s+minds?\b)|land(?:ed)?(?=\s+(?:on|in|at)\b)|set\s+foot|"
    # a statement or decision said to be the speaker's: 'we did not issue any such decision'
    r"issu(?:e|ed)|publish(?:ed)?|sign(?:ed)?|"
    # the act reported, named by a pronoun: 'we didn't do it', 'never did that'
    r"do(?=\s+(?:it|this|that)\b)|did(?=\s+(?:it|this|that)\b)|"
    # a meeting or talks said to have been held: 'we did not meet any government delegation', 'never met with X' (not
    # 'did not meet the deadline', 'our demands')
    r"(?:meet|met)(?=\s+(?:with\b|(?:a|an|any|the|such|this|that)\s+(?:[a-z]+\s+){0,2}?(?:delegations?|officials?|"
    r"representatives?|envoys?|emissar(?:y|ies)|members?|leaders?|commanders?|officers?)\b))|"
    # backing given or arms got ('did not provide help in any form to the fighters', 'did not receive heavy arms from
    # the region'; not 'did not provide details', nor 'did not get any help', a complaint)
    r"provid(?:e|ed)(?=\s+(?:any\s+)?(?:[a-z]+\s+)?(?:help|support|arms|weapons|assistance|funding|ammunition)\b)|"
    r"(?:receiv(?:e|ed)|get|got)(?=\s+(?:any\s+)?(?:[a-z]+\s+)?(?:arms|weapons|ammunition)\b)|"
    # ('did not release any statement', not 'did not release the prisoners')
    r"releas(?:e|ed)(?=\s+(?:any|a|an|the|such|this|that)\s+(?:such\s+)?(?:[a-z]+\s+)?(?:statements?|letters?|decisions?|"
    r"orders?|decrees?)\b))"
)
# A side named, not by a pronoun: 'the Kessel Brigade', 'Veloria', 'the brigade', and its members after it: "the
# brigade's fighters", 'Kessel Brigade fighters'.
_NAMED_SIDE = (
    r"(?-i:(?:(?i:the|its|his|her|their|our)\s+[a-z]+|(?:[Tt]he\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*)"
    # (and a head noun after a people's name: 'the Velorian army', 'the Kesseli government')
    r"(?:['\u2019]s?\s+[a-z]+|\s+[a-z]+s|\s+(?:army|military|government|navy|police|militia))?"
    # and a second side joined to it, one subject: 'the army and allied fighters', 'the army and its allies', 'the
    # Kessel Brigade and the militia' (a few words, the last the head)
    r"(?:\s+and\s+(?:(?i:the|its|his|her|their|our|allied)\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,2}[A-Za-z][\w'\u2019-]*)?)"
)
# Having no part or forces in something, not a share of power: 'had no role in the raid', 'has no forces in Ostravia'
# (not 'no role in the government').
_HAS_NO_PART_IN = (
    r"(?:(?:has|have|had)\s+(?:had\s+)?"
    + _FIRMLY
    + r"no|(?:does|do|did)\s+not\s+have\s+(?:any\s+)?)\s*(?:[a-z]+\s+)?"
    + NO_PART
    + r"\s+(?:in|inside|with|to)\b(?!\s+(?:the\s+)?(?:government|cabinet|parliament|politics|administration)\b)"
)
# What a side so named is said not to have done, had or been, as 'it' in _DID_NOT is: an act it is accused of ('the
# Kessel Brigade did not take part in the raid'), no part or forces ('Veloria has no troops in Ostravia'; not 'no role
# in the government', a share of power), not present or not part ('is not part of the coalition'), none of its
# members ("none of the brigade's fighters took part"). Not every 'did not': a named other is often news, not denial.
_NAMED_SIDE_DID_NOT = (
    r"(?:"
    + _NAMED_SIDE
    + r"\s+(?i:"
    + _FIRMLY
    + r"(?:"
    + _DID_NOT_ACT
    + r"\b|"
    + ACTED_NO
    + r"|"
    + _BACKS_NONE
    + r"|"
    + _HAS_NO_PART_IN
    + r"|"
    + _NOT_THERE
    + r"|"
    + NOT_PART
    # (and knowledge of the act: 'said the brigade had no knowledge of the attack', a side's, as 'it had')
    + r"|"
    + _HAD_NO_KNOWLEDGE
    + r"))|"
    # (a side's own members, named by a possessive or a capital: not 'none of the hostages had been freed')
    r"(?i:none\s+of)\s+(?-i:(?:(?i:the\s+)?[a-z]+['\u2019]s?|(?:[Tt]he\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,3}"
    r"[A-Z][\w'\u2019-]*(?:['\u2019]s?)?)\s+[a-z]+)\s+(?i:took\s+part|participated|carried\s+out|"
    r"(?:was|were|is|are)\s+(?:involved|present|there|among|behind|responsible)|had\s+any\s+(?:role|part|hand))\b)"
)
_DID_NOT = re.compile(
    r"^\s*(?:,\s*according\s+to\s+[^,;:\u2591]{1,60},\s*)?"  # 'said, according to Meridian Wire, that'
    # 'told Meridian Wire (on Monday) that'; (and an outlet's name after 'the', or a state's outlets: 'told the
    # Kessel News Agency that', 'told Velorian state media that', a 'that' ahead so that a side named is not taken)
    r"(?:the\s+(?=(?:[\w.'\u2019-]+\s+){1,5}?that\b))?(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){0,4}"
    r"(?:(?-i:state|official)\s+(?:media|television|radio)\s+(?=(?:(?:late|early)\s+)?(?:on\s+[^,;:\u2591]{1,30}?\s+)?that\b))?"
    # 'told reporters he had no role', 'told a news conference', as 'told Meridian Wire'
    rf"(?:(?:{UNNAMED_HEARERS})\s+|(?:a|the)\s+(?:[a-z]+\s+)?(?:news|press)\s+conference\s+)?"
    r"(?:(?:(?:late|early)\s+)?(?:in|on|at|during)\s[^,;:\u2591]{0,50}?\s+)?"  # 'said in a statement on Telegram that'
    # (and when, after what: 'told Meridian Wire after the attack that', 'hours after the blast that', 'late on Monday')
    r"(?:(?:(?:shortly|soon|just|hours|days|minutes|moments)\s+)?(?:after|following)\s[^,;:\u2591]{1,40}?\s+(?=that\b))?"
    # (and how it was told, the wire's 'by telephone': 'told Meridian Wire by phone that', 'over the phone', 'via text
    # message', 'in a phone call')
    r"(?:(?:by|over|via)\s+(?:the\s+|a\s+)?(?:tele)?phone(?:\s+(?:call|interview))?\s+|(?:by|via)\s+(?:text\s+message|"
    r"e-?mail|satellite\s+phone|WhatsApp|Telegram)\s+)?"
    # (and an aside between commas before 'that': 'said, however, that', 'told Meridian Wire, without elaborating,
    # that', 'said on Monday, for his part, that', 'said, in a statement, that')
    r"(?:(?:(?:in|on|at)\s+[^,;:\u2591]{1,30}?|(?-i:[A-Z])[\w.'\u2019-]*|reporters)?,\s*[^,;:\u2591]{1,60}?,\s*(?=that\b))?"
    r"(?:that\s+)?"
    # (the subject's noun with what it was aimed at or where: 'the attacks on the USS Mason did not come from')
    r"(?:(?:it|he|she|they|we|(?:the|its|his|her|their|our) \w+"
    r"(?:\s+(?:on|against|at|in|near|of)\s+(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,2}?[\w.'\u2019-]+)?)\s+"
    + _FIRMLY
    + r"(?:"
    + _NOT_DONE
    + "|"
    + ACTED_NO
    + "|"
    + _BACKS_NONE
    + ")|"
    + _NOT_SO
    + "|"
    + _NAMED_SIDE_DID_NOT
    # the attack reported never hit them: 'said troops at the crossing were not shelled by X' (a few words, no comma)
    + r"|(?:[\w'\u2019.-]+\s+){1,6}?(?:was|were|(?:had|has|have)\s+been)\s+(?:not|never)\s+(?:[a-z]+ly\s+)?"
    r"(?:targeted|attacked|struck|shelled|bombed|raided|stormed)\b"
    # those charged disowned as none of its own, or the act as not its doing: 'said the attackers were not its
    # fighters', 'the gunmen were not members of its forces', 'the attack was not its doing' (as '"They are not our
    # men"' is in a quotation; not 'the dead were not fighters', who people are); 'weren't', 'wasn’t' as 'were not'
     + r"|(?:[\w'\u2019.-]+\s+){1,6}?(?:was|were|is|are)(?:\s+not|n['\u2019]t)\s+(?:(?:its|their|his)\s+(?:own\s+)?"
    r"(?:members|fighters|men|forces|troops|soldiers|doing)|(?:members?|part)\s+of\s+(?:its|their|his)\s+[a-z]+)\b"
    + ")",
    re.IGNORECASE,
)
# The same, in words set before their speaker: 'The brigade did not fire a shot, its spokesman said.'
# (A name may have a word in lower case and its initials, and a relative clause set off by commas: "Veloria's
# separatist Northern Council (NC), which holds the port, did not withdraw ...")
_DID_NOT_BEFORE = re.compile(
    r"\s*(?:(?:(?i:it|he|she|they|we|i)|(?i:the|its|his|her|their|our)\s+[a-z]+|(?:[Tt]he\s+)?"
    r"(?:[A-Z][\w'\u2019-]*\s+(?:[a-z]+\s+)?){0,4}[A-Z][\w'\u2019-]*(?:\s+\([A-Z][\w.-]*\))?"
    r"(?:,\s*(?:which|who)\s+[^,;:\u2591]{1,80},)?)\s+(?i:"
    + _NOT_DONE
    + "|"
    + ACTED_NO
    + "|"
    + _BACKS_NONE
    + ")|"
    + _HAS_NO
    + "|"
    # ('No raid took place, X said', 'The brigade had no role in the raid, X said')
    + _NAMED_SIDE_DID_NOT
    + "|(?i:"
    + NONE_DID
    + "))"
)


# Verbs that set the record straight: to clarify or insist that something did not happen is to deny it ('The
# Foreign Office clarified that Iran has not sought any assistance'). With other verbs a negative is only news.
_CORRECTING = frozenset("clarified clarifies clarifying insisted insists insisting".split()) | frozenset(
    # (and being firm that it did not: 'Lev Arno was adamant that no troops had crossed', as 'insisted that')
    f"{be} {firm}"
    for be in ("was", "were", "is", "are", "remained", "remains")
    for firm in ("adamant", "emphatic", "categorical", "unequivocal", "insistent")
)
_NEGATED_CLAUSE = re.compile(
    r"\s+that\s+(?:no\b|(?:[^\s,;:\u2591]+\s+){1,6}?(?:has|have|had|did|does|do|was|were|is|are)\s+(?:not|never)\b)",
    re.IGNORECASE,
)


# The bodies and people of a side, after 'our' or 'the' at the start of a quotation: 'our army', 'the ministry' (one
# list: '"The ministry did not issue any decision"' as '"The Ministry did not ..."', 'our army' as 'our forces').
_OWN_SIDE = (
    r"(?:forces|fighters|men|members|units|troops|brigade|group|movement|army|soldiers|government|ministry|militia|"
    r"party|organi[sz]ation|side|command|coalition|alliance)"
)
# The act said to be another's: 'the police are not the ones who are shooting the marchers', 'we are not the ones that
# shelled it' (not 'we are not the ones who decide').
NOT_THE_ONES = (
    r"(?:is|are|was|were)\s+not\s+the\s+ones?\s+(?:who|that)\s+(?:(?:is|are|was|were|have|has|had)\s+(?:been\s+)?)?"
    r"(?:kill|attack|shoot|shot|shell|bomb|target|fir|abduct|kidnap|detain|arrest|tortur|assassinat|launch|carr)\w*"
)
# A speaker's own words that deny: 'We reject these claims', 'I categorically deny it', 'We did not carry out the
# raid' (acts a side is accused of; 'we did not expect' is not a denial).
_WE_DENY = re.compile(
    # (with up to two words before the side's noun: 'our armed air force denies', 'our brave fighters deny')
    # (not words that name another side or a preposition: 'our enemy forces deny', 'our use of force')
    r"\b(?:we|i|(?:our|my)\s+(?:(?!(?:enemy|enemies|rival|rivals|opposing|opponents?|adversary|adversaries|hostile|"
    r"of|in|against|for|with|from|to)\b)[a-z]+\s+){0,2}?(?:" + _OWN_SIDE + r"|force|navy|police))\s+"
    # (an adverb, or two joined: 'we completely and categorically deny')
    r"(?:[a-z]+ly\s+(?:and\s+[a-z]+ly\s+)?)?(?:"
    r"deny|denied|denies|refute|refuted|refutes|"
    r"(?:reject|rejected|rejects|dismiss|dismissed|dismisses)\s+(?:these|this|the|such|all|any|those)\s+(?:[a-z]+(?:['\u2019]s)?\s+)?"
    rf"(?:{SAID}|statements?|lies|remarks)|" + _DID_NOT_ACT + r"|" + ACTED_NO + r"|" + _BACKS_NONE + r"|"
    r"(?:have|had)\s+(?:had\s+)?no\s+(?:[a-z]+\s+)?" + NO_PART + r"\s+(?:in|with|to))\b|"
    # none of one's own did it; one was not there at all (the whole quotation: not 'we were not there when ...')
    # ('not one of our men', 'not a single one of us' as 'none of')
    r"\b(?:none|not\s+(?:a\s+single\s+one|a\s+single|one|a))\s+of\s+(?:our\s+\w+|us)\s+"
    r"(?:took part|participated|(?:was|were|is|are)\s+(?:involved|there|among))|"
    # (and 'not at all' before it, a place after it and 'at all' to close: 'we are not at all present in Tarvo'; not
    # 'we were not present in Tarvo when it began', a time the absence is set at); 'at all' before the place too ('not
    # present at all in Tarvo'), the negation contracted ('we aren't present', 'we're not there', 'we weren't there')
    r"\bwe(?:\s+(?:were|are)(?:\s+not|n['\u2019]t)|['\u2019]re\s+not)\s+(?:at\s+all\s+)?(?:there|present)"
    r"(?:\s+at\s+all(?=\s+in\b))?(?:\s+in\s+(?:"
    + _NOT_A_TIME
    + r"[\w'\u2019-]+\s+){0,3}"
    + _NOT_A_TIME
    + r"[\w'\u2019-]+)?(?:\s+at\s+all)?[,.;!]?\s*$|"
    # belonging to what one is said to belong to: 'our force is not a part of the X', 'we are not a wing of Y'
    r"\b(?:we\s+are|(?:our|my)\s+[a-z]+\s+(?:is|are))\s+not\s+(?:a\s+|an\s+)?(?:part|branch|wing|arm|member|party)\s+"
    r"(?:of|to)\b|\b" + NOT_THE_ONES + r"|"
    # one disowned as not of the speaker's side: 'He is not one of us', 'they are not our members', 'the man is not a
    # member of our brigade' ('isn't', 'weren’t' as 'is not', 'were not')
    r"\b(?:is|are|was|were)(?:\s+not|n['\u2019]t)\s+(?:(?:a|an)\s+)?(?:(?:members?|part)\s+of\s+(?:our|us)\b|"
    r"one\s+of\s+(?:us|our)\b|(?:our|my)\s+(?:members?|fighters?|men|people)\b)|"
    # no captives held, as a side charged with taking them answers: '"We are not holding any soldiers"', '"We have no
    # prisoners"', "we don't hold any hostages" (not 'we are not holding talks')
    r"\bwe(?:\s+(?:are|were)(?:\s+not|n['\u2019]t)|['\u2019]re\s+not)\s+holding\s+(?:any\s+)?(?:[a-z]+\s+)?"
    r"(?:hostages?|prisoners?|captives?|detainees?|soldiers?|journalists?|foreigners|civilians|pilots?)\b|"
    r"\bwe\s+(?:(?:(?:do|did)\s+not|(?:do|did)n['\u2019]t)\s+(?:have|hold)\s+(?:any\s+)?|(?:have|hold|had|held)\s+no\s+)"
    r"(?:[a-z]+\s+)?(?:hostages|prisoners|captives|detainees)\b(?!\s+to\b)|"
    # one's own side never where the deed was: '"Our fighters were never there"', '"We have never been in that
    # area"' (the whole quotation, as 'we were not there'; not a bare 'we were never there', which may be of others
    # than a side charged: '"We were never there," X said, rejecting the army's denial of the raid')
    r"\b(?:(?:our|my)\s+(?:fighters|forces|men|troops|members|soldiers|units)\s+(?:were|was|have|has|had)|we\s+(?:have|had))"
    r"\s+never\s+(?:been\s+)?(?:there|(?:in|to|near)\s+(?:that|the|this)\s+(?:area|town|city|village|region|place|"
    r"district|camp|base))[,.;!]?\s*$|"
    # the act disowned: 'The attack was not our doing', 'wasn't our doing'
    r"(?:\bnot|n['\u2019]t)\s+(?:our|my)\s+doing\b|"
    # and the doer said not to be the speaker, where the clause ends: '"It was not us"', '"It wasn't us," he said',
    # "it's not us", 'It was not us, it was the council' (not 'it was not us who started the war', 'not us but the
    # council that asked for talks': what was done is no charge the speaker answers)
    r"\b(?:it|this|that)(?:\s+(?:was|is)(?:\s+(?:certainly|definitely|clearly|surely))?(?:\s+not|n['\u2019]t)|"
    r"['\u2019]s\s+not)\s+(?:us|me)(?=\s*(?:[.,;!\u201d\"]|$))",
    re.IGNORECASE,
)


# A verb of denying quoted after its subject outside the marks, read on past the closing mark: 'said it "firmly
# denies" the reports', 'said the brigade "categorically rejects" the accusations' (not '"rejects" the proposal').
def _denying_verb(deny: str, reject: str) -> str:
    """A verb of denying (``deny``: one that denies alone; ``reject``: one that denies what was said only) and what
    it denies, each verb in the forms given."""
    return (
        rf"(?:[a-z]+ly\s+)?(?:(?:{deny})\b|"
        rf"(?:{reject})\s+"
        r"(?:(?:these|this|the|such|all|any|those)\s+)?(?:[a-z]+\s+)?"
        rf"(?:{SAID}|statements?|lies|remarks)\b|"
        # 'rejects any attempt to drag its name into the dispute' (_ATTEMPT_TO_CHARGE)
        rf"(?:{reject})\s+(?:(?:these|this|the|such|all|any|those)\s+)?" + ATTEMPT_TO_CHARGE + ")"
    )


_DENY_FORMS = "denies|denied|refutes|refuted"
_REJECT_FORMS = "rejects|rejected|dismisses|dismissed|condemns|condemned"
_DENYING_VERB = _denying_verb(_DENY_FORMS, _REJECT_FORMS)
# A second verb joined to a rejecting one, each in its own marks or both in one: 'said it "rejects" and "condemns" the
# allegations', '"rejects and denounces" the reports' (the marks are read away before this is matched).
_AND_ONE_MORE = (
    r"(?:,?\s+(?:and|or)\s+(?:[a-z]+ly\s+)?(?:denies|deny|denied|refutes?|refuted|rejects?|rejected|"
    r"dismiss(?:es)?|dismissed|condemns?|condemned|denounces?|denounced|deplores?|deplored))?"
)
# In marks after its subject, a verb of denying in its base form too: 'said they "strongly deny" the claims', 'Residents
# "firmly reject" the reports' (a plural's verb; _BASE_NOT_SAID keeps out 'urged them to "deny" the reports').
_QUOTED_DENYING_VERB = re.compile(
    r"\s*"
    + _denying_verb(
        _DENY_FORMS + "|deny|refute",
        "(?:" + _REJECT_FORMS + "|reject|dismiss|condemn)" + _AND_ONE_MORE,
    ),
    re.IGNORECASE,
)
_BASE_FORM = re.compile(r"\s*(?:[a-z]+ly\s+)?(?:deny|refute|reject|dismiss|condemn)\b", re.IGNORECASE)
# Between a verb of saying and the comma before a quotation: its hearer, if any ('told his men,', 'said,').
_TO_THE_HEARER = re.compile(r"(?:\s+(?:to\s+)?(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)?\s*,")
# What before a verb's base form makes it no one's denial: a call or purpose ('to'), a modal, a negation.
_BASE_NOT_SAID = re.compile(
    r"(?:\b(?:to|will|would|shall|should|must|may|might|can|cannot|could|not|never|do|does|did|let|please)|"
    r"n['\u2019]t)\s*[\u201c\"]?\Z",
    re.IGNORECASE,
)


# A quotation that opens by saying the speaker's side did not do it, naming the side: '"The Coalition did NOT
# conduct strikes near the camp," he said' (at the quotation's start, after a label like 'FACT:', so that a name
# inside a longer argument is not taken for the speaker's side).
_SIDE_DID_NOT = re.compile(
    # (a body's name may hold 'of (the)' and end in its kind: '"The Air Force of the Kessel army did not ...')
    r"^\s*(?:[A-Z]+:\s*)?(?:(?-i:(?:[Tt]he\s+)?[A-Z][\w-]*(?:\s+(?:of\s+(?:the\s+)?)?@?[A-Z][\w-]*){0,4})"
    # (an ellipsis may stand for words cut after the side: '"FACT: the coalition ... did not conduct airstrikes"')
    r"(?:\s+" + _OWN_SIDE + r")?|(?-i:[Tt]he)\s+" + _OWN_SIDE + r")(?:\s*(?:\.\.\.|\u2026))?\s+"
    # (or 'carried out no ...', as the reported clause reads it: '"Kessia conducted no operation in Tarvo"')
    r"(?:" + _DID_NOT_ACT + r"\b|" + ACTED_NO + ")",
    re.IGNORECASE,
)


# A statement that names its own side in the third person at its start, then denies: '"The Ministry categorically
# denies these claims," the statement said', '"The UAE rejects the allegations"' (statements write so).
_SIDE_DENIES = re.compile(
    r"^\s*(?-i:(?:[Tt]he\s+)?[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,4})\s+" + _DENYING_VERB, re.IGNORECASE
)


# A quotation that opens as the clause after 'said it' does in _DID_NOT: '"We have no forces in Kessel," the brigade
# said' as 'The brigade said it has no forces in Kessel' (not every 'we did not' of _NOT_DONE: a resident's '"We did
# not receive any aid"' is no denial; the acts a side is accused of are in _WE_DENY).
_OPENS_NOT_DONE = re.compile(
    r"^\s*(?:"
    + _NOT_SO
    + "|"
    # ('"The brigade had no role in the raid," X said', as '"We had no role in the raid"')
    + _NAMED_SIDE
    + r"\s+"
    + _HAS_NO_PART_IN
    + ")",
    re.IGNORECASE,
)


# A quotation that tells what its speaker did a thing for, to deny what was said: '"We opened the site to refute
# the army's claims"', '"The tour was organized in order to dismiss these allegations"' (the speaker's own purpose;
# not '"to reject the proposal"', no claim).
_TO_DENY = re.compile(
    r"\bto\s+(?:[a-z]+ly\s+)?(?:deny|refute|rebut|disprove|debunk|dismiss|reject|expose)\s+"
    r"(?:(?:these|this|the|such|all|any|those|their|his|its)\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
    rf"(?:{SAID}|lies|propaganda|fabrications?)\b",
    re.IGNORECASE,
)

# (not a purpose denied or refused: '"We did not come to deny the reports"', '"The court refused to dismiss the
# charges"')
_NOT_MEANT = re.compile(
    r"(?:\b(?:not|never|refused|refuses|declined|declines|failed|fails|unable)\b|n['\u2019]t\b)(?:\s+[\w'\u2019-]+){0,3}\s+\Z",
    re.IGNORECASE,
)


def _to_deny(quoted: str) -> bool:
    """Whether quoted words tell a purpose of denying what was said (_TO_DENY), not one denied or refused."""
    return any(_NOT_MEANT.search(quoted, max(0, m.start() - 40), m.start()) is None for m in _TO_DENY.finditer(quoted))


def denies_in_own_words(text: str) -> bool:
    """Whether words in the text's own first person deny ('We categorically deny such baseless accusations'): a
    body's statement on its own site speaks so, outside quotation marks and with no verb of saying."""
    return _WE_DENY.search(text) is not None


def _base_form_after_subject(reading: Reading, q: Quote) -> bool:
    """Whether a verb of denying in its base form that opens the marks ``q`` is said by a subject before them ('they
    "strongly deny" the claims'): words of the sentence come before the marks, not after a colon (a quotation that
    opens with the verb is a call: '"Deny everything," he told them', 'told them: "Refute the rumours"'), nor after
    a verb of saying and a comma ('he told his men, "Deny everything."'; a subject's aside ends in a comma too: 'the
    residents, most of them farmers, "firmly reject" the reports'), nor after 'to', a modal or a negation ('urged them
    to "deny" the reports')."""
    sentence = reading.sentence
    text = sentence.paragraph.text
    before = text[sentence.start : q.start].rstrip()
    if not re.search(r"[^\W\d_]", before) or before.endswith(":"):
        return False
    if before.endswith(",") and any(
        sentence.start <= act.verb.end <= q.start
        and _TO_THE_HEARER.fullmatch(text, act.verb.end, len(before) + sentence.start)
        for act in reading.acts
    ):
        return False
    return not _BASE_NOT_SAID.search(text, max(sentence.start, q.start - 40), q.start + 1)


def denies_in_quotation(reading: Reading) -> bool:
    """Whether a quotation of the sentence is its speaker denying in the first person ('We reject these claims', 'We
    did not receive any request'), or a verb of denying quoted after its subject ('said it "firmly denies" the
    reports')."""
    sentence = reading.sentence
    if len(sentence.quotes) > 1:
        # a quotation split by its tag reads as one: '"We did not," he said, "carry out the raid."'
        joined = " ".join(q.text.strip().rstrip(",") for q in sentence.quotes)
        if (
            _WE_DENY.search(joined)
            or _SIDE_DID_NOT.match(joined)
            or _OPENS_NOT_DONE.match(joined)
            or calls_false(joined)
        ):
            return True
    for q in sentence.quotes:
        if (
            _WE_DENY.search(q.text)
            or _SIDE_DID_NOT.match(q.text)
            or _SIDE_DENIES.match(q.text)
            or _OPENS_NOT_DONE.match(q.text)
            or _to_deny(q.text)
            # (one's own innocence declared: '"We maintain our innocence," Lev Arno said', as 'maintained his
            # innocence' outside marks)
            or any(re.search(r"\b(?:our|my)\s+innocence", m.group()) for m in INNOCENCE.finditer(q.text))
        ):
            return True
        after = sentence.paragraph.text[q.end : min(sentence.end, q.end + 80)]
        if _QUOTED_DENYING_VERB.match(q.text + without_quotation_marks(after)) and not (
            _BASE_FORM.match(q.text) and not _base_form_after_subject(reading, q)
        ):
            return True
    return False


# A verb of denying alone in marks, perhaps with its adverb: 'Veloria "strongly rejects" reports that ...'.
_ONLY_A_VERB_OF_DENYING = re.compile(
    r"(?:[a-z]+ly\s+)?(denies|denied|deny|rejects|rejected|reject|refutes|refuted|refute|dismisses|dismissed|dismiss)"
    + _AND_ONE_MORE,  # (and one more verb in the same marks: 'said it "rejects and condemns" the claims')
    re.IGNORECASE,
)
# A second verb in marks of its own after the first, before the object both take: ' and "condemns"'.
_ONE_MORE_MARKED = re.compile(
    r",?\s+(?:and|or)\s+[\u201c\"](?:[a-z]+ly\s+)?[a-z]+[\u201d\"]\s*",
    re.IGNORECASE,
)


def _object_after_marks(reading: Reading) -> str:
    """The words after a verb of denying alone in marks, when they open with its object in a word ('reports alleging
    that ...', 'the claims', "Kessel's claims"): to a comma that opens a later verb of saying's clause, its subject
    included ('..., the ministry said', '..., adding that'), or a clause's end; else ''. (Before: to the sentence's
    end, so that the speaker set after the words was denied too.)"""
    quoted, _ = _marked_verb(reading.sentence)
    if quoted is None:
        return ""
    masked, end = reading.sentence.paragraph.masked, reading.sentence.end
    begin = _after_marked_verbs(reading.sentence, quoted)
    for later in (a for a in reading.acts if a.verb.start > begin):
        subject = later.subject_start
        starts = subject if subject is not None and begin < subject < later.verb.start else later.verb.start
        if masked[begin:starts].rstrip().endswith(","):
            end = min(end, starts)  # (not a verb inside what is denied: 'rejects reports that the army said ...')
    for cut in (_CLAUSE_END, _SECOND_PREDICATE):
        stop = cut.search(masked, begin, end)
        end = stop.start() if stop is not None else end
    what = drop_trailing_connectors(reading.sentence.paragraph.text[begin:end].strip().rstrip(".,;"))
    return what if re.match(r"[^\W\d_]", what) else ""


def _after_marked_verbs(sentence: Sentence, quoted: Quote) -> int:
    """Where the object of a verb in marks starts: after the marks, and after a second verb in marks of its own
    ('"rejects" and "condemns" the allegations': the allegations, which both verbs take)."""
    more = _ONE_MORE_MARKED.match(sentence.paragraph.text, quoted.end, sentence.end)
    return more.end() if more is not None else quoted.end


def _marked_verb(sentence: Sentence) -> tuple[Quote | None, str]:
    """A verb of denying alone in marks and the words after them to the sentence's end, when they open with a word."""
    quoted = next((q for q in sentence.quotes if _ONLY_A_VERB_OF_DENYING.fullmatch(q.text.strip())), None)
    if quoted is None:
        return None, ""
    rest = sentence.paragraph.text[_after_marked_verbs(sentence, quoted) : sentence.end].strip().rstrip(".")
    return (quoted, rest) if re.match(r"[^\W\d_]", rest) else (None, "")


def marked_verb_of_denying(sentence: Sentence) -> tuple[str, str]:
    """A verb of denying alone in marks with its object after them ('Veloria "strongly rejects" the reports'): the
    verb in the past, as a summary reports it ('rejected'), and the words after the marks to the sentence's end (what
    is denied opens them); else two empty strings."""
    quoted, rest = _marked_verb(sentence)
    if quoted is None:
        return "", ""
    only = _ONLY_A_VERB_OF_DENYING.fullmatch(quoted.text.strip())
    verb = only.group(1).lower() if only is not None else quoted.text.split()[-1].lower()
    return _PAST_OF_DENYING.get(verb, verb), rest


_PAST_OF_DENYING = {
    **dict.fromkeys(("denies", "deny"), "denied"),
    **dict.fromkeys(("rejects", "reject"), "rejected"),
    **dict.fromkeys(("refutes", "refute"), "refuted"),
    **dict.fromkeys(("dismisses", "dismiss"), "dismissed"),
}


def _only_a_label(quoted: str) -> bool:
    """Whether quoted words are a judgement and no more: '"fabricated"', '"a lie"', '"pure fabrication"'."""
    return len(quoted.split()) <= 3 and calls_false(quoted) and not _WE_DENY.search(quoted)


# Verbs that set a label on a thing ('calling the allegations "fabricated"'): the labelling verbs above, in every
# form; and the copulas that do ('the reports were "baseless"').
_LABELLING_VERBS = _LABELLING | frozenset("call term terms describe dub brand brands label labels".split())
_COPULAS = frozenset("were was are is".split())
_PRONOUNS = frozenset("it them this that these those they".split())
# Verbs of telling, whose addressee comes before the thing a copula's label judges: 'told X the report was "..."'.
_TELLING = frozenset("told tells tell telling".split())
# Words that open the thing judged after an addressee: 'told Kessa Radio the report', 'told reporters such claims'.
_THING_OPENERS = frozenset("the a an these those such any all its his her their our".split())


# Participles that open an aside of where a report was carried, set off after it: 'the report, carried by X,'.
_CARRIED_ASIDE = frozenset("carried published posted aired broadcast circulated printed run released".split())


def _judged_thing(before: str) -> str:
    """The thing a quoted label is set on, from the words before the label's opening mark: 'calling the
    allegations' -> 'the allegations', 'said the reports were' -> 'the reports'; '' where no such words are
    close by, or only a pronoun is."""
    words = before.rstrip(" \u201c\u2018\"'").split()
    if words and words[-1].lower() == "as":
        words.pop()
    if len(words) > 1 and words[-1].lower() in _ALL_OF_IT and words[-2].lower() in _COPULAS:
        words.pop()  # 'the reports ... are all "absolutely false"', as 'are "absolutely false"'
    thing: list[str] = []
    if words and words[-1].lower() in _COPULAS:
        told = False
        for word in reversed(words[:-1]):
            if word.lower() in ("that", "said", "says") or word.endswith(","):
                break
            if word.lower() in _TELLING:
                told = True
                break
            thing.insert(0, word)
        if told:
            # (whom it was told to is no part of the thing: 'told Kessa Radio the report was "not true"' judges
            # 'the report'; before, the teller and the telling too were taken for it)
            at = next((i for i, w in enumerate(thing) if w.lower() in _THING_OPENERS), None)
            thing = thing[at:] if at is not None and at <= 4 else []
    else:
        # (an aside of where the thing was carried, set off after it, is no part of it: 'described the report,
        # carried on the website of the Kessel Herald(,) as "utterly baseless"' judges 'the report'; before: no
        # thing, and the label itself was what was denied)
        if words and words[-1].endswith(","):
            words[-1] = words[-1][:-1]
        end = len(words)
        for i in range(len(words) - 1, max(-1, len(words) - 16), -1):
            if words[i].lower() in _LABELLING_VERBS:
                thing = words[i + 1 : end]
                break
            if words[i].endswith(","):
                if end == len(words) and i + 1 < len(words) and words[i + 1].lower() in _CARRIED_ASIDE:
                    end = i + 1
                    words[i] = words[i][:-1]
                    continue
                break
    while thing and thing[-1].lower() in ("a", "an", "the"):
        thing.pop()  # 'calls the report an "unfounded lie"'
    if (
        not 1 <= _length_of_thing(thing) <= (20 if _opens_a_thing(thing) else 10)
        or any(w.endswith(",") for w in thing)
        or thing[0].lower() == "as"  # 'which it described as containing "inaccuracies"': a label of 'which'
        or " ".join(thing).lower() in _PRONOUNS
    ):
        return ""
    return " ".join(thing)


# Words that sum up a plural thing judged, between the copula and the label: 'are all "false"', 'were both "lies"'.
_ALL_OF_IT = frozenset("all both".split())


def _length_of_thing(thing: list[str]) -> int:
    """How many words a thing judged has, words in marks counted as one: 'the reports about "stopping an attack from
    the border"' is four (what they said is one part of the thing, however long)."""
    length, inside = 0, False
    for word in thing:
        opens = word[:1] in QUOTATION_MARKS
        closes = word.rstrip(",.;")[-1:] in QUOTATION_MARKS and not (opens and len(word) == 1)
        if not inside:
            length += 1
        inside = (inside or opens) and not closes
    return length


def _opens_a_thing(thing: list[str]) -> bool:
    """Whether a thing judged opens as a noun phrase does, with an article or an owner: 'the reports', "Veloria's
    reports" (so that a longer one, 'the reports about X and the talk of Y', is still one thing)."""
    first = thing[0].lower() if thing else ""
    return first in _THING_OPENERS or first.endswith(("'s", "\u2019s"))


# A labelling verb with its label set first, before what it labels: 'described as "false and baseless" the
# government's allegation that ...' labels the allegation, which is what was denied (before: the label itself, as
# 'dismissed as "..." the report' already read).
_LABEL_SET_FIRST = re.compile(r"\b(?:" + "|".join(sorted(_LABELLING)) + r")\s+(?:[a-z]+ly\s+)?as\s*$", re.IGNORECASE)


def _labelled_after_label(text: str, start: int, end: int, label_start: int) -> str:
    """What a label set first judges, from the words after it ('the allegation that ...' of 'described as "false"
    the allegation that ...'); '' where no labelling verb and 'as' come right before the label, or no report or
    charge follows it."""
    opening = _LABEL_SET_FIRST.search(text, max(start, label_start - 40), label_start)
    if opening is None:
        return ""
    at = opening.start() + opening.group(0).lower().rindex("as")
    judged = _JUDGED_FIRST.match(text[at:end])
    if judged is None:
        return ""
    return _without_judgement_after(drop_trailing_connectors(text[at + judged.end() : end].strip()))


def calls_false(text: str) -> bool:
    """Whether words call something false, unfounded or a deception ('are false and constitute fabrication')."""
    return _false_at(text) is not None


def _false_at(text: str) -> int | None:
    """Where in ``text`` words first call something false (as :func:`calls_false`), or None."""
    kept = [i for i, c in enumerate(text) if c not in QUOTATION_MARKS]
    bare = "".join(text[i] for i in kept)  # 'had "nothing to do" with it'
    judged = next(
        (
            m
            for m in _FALSE.finditer(bare)
            if not _JUDGEMENT_NEGATED.search(bare, max(0, m.start() - 16), m.start())
            and not _PLEA_NOT_TO_SPREAD.search(bare, max(0, m.start() - 60), m.start())
            and not _CAUSED_BEFORE.search(bare, max(0, m.start() - 60), m.start())
        ),
        None,
    )
    found = [m.start() for m in (judged, _DECEIT.search(bare)) if m is not None]
    return kept[min(found)] if found else None


# A judgement of falsehood negated right before it: 'the seizure was not a lie', 'it is no lie that ...', 'the
# reports were not false', 'the claims are not unfounded', 'he did not lie': what was said is affirmed, not denied
# (as 'not a rumour' is, in _FALSE). Only the word right before ('not only false' and 'no such lies' judge as before).
# (or with 'mere' or 'idle' between: 'the reports were not mere rumours', 'no idle rumours', which affirm them too)
_JUDGEMENT_NEGATED = re.compile(r"(?:\b(?:not|no|never)|n['\u2019]t)\s+(?:(?:a|an)\s+)?" + _MERE + "$", re.IGNORECASE)


# A plea not to spread or believe falsehoods of no report named ('we urge all parties not to indulge in peddling of fake
# news', 'called on the public to refrain from spreading rumours'): a call for care, as 'not to be swayed by unconfirmed
# reports' is, that calls no one's words false (not 'not to spread such fake news', the reports denied before).
_PLEA_NOT_TO = (
    r"(?:\bnot\s+to|\brefrain\s+from|\bavoid)\s+(?:indulg(?:e|ing)\s+in\s+|engag(?:e|ing)\s+in\s+)?"
    # (the verb of spreading before the falsehood, or opening the words that call it so: 'spreading fake news')
    r"(?:(?:spread(?:ing)?|peddl(?:e|ing)|circulat(?:e|ing)|shar(?:e|ing)|publish(?:ing)?|believ(?:e|ing)|"
    r"fall(?:ing)?\s+for)(?:\s+of)?(?:\s+(?:any|the))?\s+)?"
)
_PLEA_NOT_TO_SPREAD = re.compile(_PLEA_NOT_TO + "$", re.IGNORECASE)
# The plea with the falsehoods it names, for the words a denier restates a denial in (lang/en.py's negations that deny
# nothing): 'not to indulge in peddling of fake news' calls nothing said false.
PLEA_AGAINST_FALSEHOODS = (
    _PLEA_NOT_TO
    + r"(?:(?:fake|false)\s+(?:news|reports?|stories|information|claims)|rumou?rs|lies|misinformation|disinformation)\b"
)
# A verb of causing right before the judgement, in its clause: 'the errors have led to erroneous conclusions and
# inaccurate reporting', 'the delays resulted in false reports': what something brought about, not a report the
# speaker calls false (the development gold counts such words as no denial).
_CAUSED_BEFORE = re.compile(
    r"\b(?:led|lead|leads|leading|resulted|results|result|resulting|gave\s+rise|give\s+rise|gives\s+rise)\s+"
    r"(?:to|in)\s+(?:[\w-]+\s+){0,5}$",
    re.IGNORECASE,
)
# A quotation mark of any script, straight or curly.
QUOTATION_MARKS = frozenset('\u201c\u201d"\u00ab\u00bb')


def without_quotation_marks(text: str) -> str:
    """``text`` with its quotation marks dropped, so that words in marks read on with the words around them."""
    return "".join(c for c in text if c not in QUOTATION_MARKS)


def continued_denial(denial_act: Act, reading: Reading) -> Denial | None:
    """A denial made in a quotation that continues a speaker's words: '"...," the statement said. "Any
    statements attributed to others are false."' The later sentence has no verb of its own; it is the
    speaker's, and calling something false there makes their quotation a denial."""
    if not (calls_false(reading.sentence.text) or denies_in_quotation(reading)):
        return None
    return Denial(reading, denial_act, (reading.sentence.text.strip().rstrip("."),), ())


# A charge named right after the verb of saying, its predicate quoted: 'said Velorian claims "are not true at all"',
# 'said the accusations "were completely false"' (the quotation opens with the copula).
_CHARGE_THEN_QUOTE = re.compile(
    r"\s+(?:that\s+)?((?:[\w'\u2019-]+\s+){0,4}?(?:" + CHARGES + r"|reports?|rumou?rs|stories|remarks|statements?))"
    r"$",
    re.IGNORECASE,
)
_OPENS_WITH_COPULA = re.compile(r"\s*(?:is|are|was|were|has been|have been|had been)\b", re.IGNORECASE)


def _charge_before(reading: Reading, act: Act, quoted) -> str:
    """The charge a quoted predicate judges, named between the verb of saying and the quotation, or ''."""
    text = reading.sentence.paragraph.text
    if not _OPENS_WITH_COPULA.match(quoted.text) or quoted.start <= act.verb.end:
        return ""
    end = quoted.start
    while end > act.verb.end and text[end - 1] in "\u201c\"\u2018' ":
        end -= 1  # (the opening mark and the space before it)
    found = _CHARGE_THEN_QUOTE.fullmatch(text, act.verb.end, end)
    return found.group(1) if found is not None else ""


# An adverb that tells a claim false, set before the claim's own verb.
_FALSELY = re.compile(
    r"(?:falsely|wrongly|wrongfully|erroneously|incorrectly|inaccurately|mistakenly)\s+", re.IGNORECASE
)


def _claimed_falsely(reading: Reading, act: Act, text: str, cue: int) -> bool:
    """Whether the only words that call something false tell the sentence's own verb of saying false: the
    narrator's 'In March, the Kessel Brigade falsely claimed that Dario Venn had been killed' is the brigade's claim,
    which the writer doubts, not its denial (but 'X said the brigade had falsely claimed ...' is X's denial)."""
    adverb = _FALSELY.match(text, cue)
    if adverb is None or reading.sentence.start + adverb.end() != act.verb.start:
        return False
    return _false_at(text[adverb.end() :]) is None


# A warning that another side lies or fabricates ('Ostravia warned that Velor is planting fake stories', 'has
# repeatedly cautioned that the brigade may spread false reports') charges it with deceit to come; it denies no claim
# made (but 'warned that we are the target of fake news' is the speaker's own side, and 'warned against the false
# reports' dismisses them).
_WARNING = frozenset("warn warns warned warning caution cautions cautioned cautioning".split())
# (nor when what is called false is the reports already made: 'warned that such reports can only be viewed as
# propaganda' dismisses them, and so does a plural with no article: 'warned that reports of a truce were false')
_THAT_OTHER = r"\s+(?:[a-z]+ly\s+)?(?:(?:on|last|this)\s+[A-Za-z]+\s+)?that\s+(?!(?:we|our|us|i|my)\b)"
_WARNED_THAT = re.compile(_THAT_OTHER, re.IGNORECASE)
_WARNED_THAT_OTHER = re.compile(
    _THAT_OTHER + rf"(?!(?:{_REPORTS_DETERMINER}\s+)?{_REPORTS_BY_MEDIA}(?:{_REPORTS})\b)"
    r"[^.;:\u2591\u201c\u201d\"]{1,120}\Z",
    re.IGNORECASE,
)
# (but reports that will be used to spread lies are the charge again: 'warned that the reports would be used to
# spread false claims', the false words what another spreads, not what the reports are called)
_SPREADING = (
    r"(?:spread|spreads|spreading|plant|plants|planting|peddle|peddles|peddling|circulate|circulates|circulating|"
    r"disseminate|disseminates|disseminating|fabricate|fabricates|fabricating)"
)
# (the verb before the false words, or opening them: 'to spread false claims', 'to spread lies'; a determiner or two
# between, an article or a demonstrative too: 'to spread these false claims', 'the lies of the enemy')
_SPREADING_BEFORE_CUE = re.compile(
    rf"\b{_SPREADING}\s+(?:(?:{_REPORTS_DETERMINER}|more|its|their|his|her|all)\s+){{0,2}}\Z", re.IGNORECASE
)
_SPREADING_AT_CUE = re.compile(rf"{_SPREADING}\b", re.IGNORECASE)
# A campaign of others' that spreads the false words: 'a media campaign (aimed at) circulating rumours and fake ...'.
_CAMPAIGN_SPREADING = re.compile(
    rf"\bcampaigns?\b[^.;:\u2591\u201c\u201d\"]{{0,60}}?"
    rf"(\b{_SPREADING}\s+(?:(?:more|such|its|their)\s+)?(?:[\w-]+\s+(?:and|or)\s+)?)?\Z",
    re.IGNORECASE,
)


# Charges the sentence's subject makes, which the writer calls false before the speaker's verb of saying: 'Dario Venn
# levelled false claims against the brigade, saying its fighters shelled the town', 'X made baseless accusations
# against Y, claiming ...'. The one who makes them claims (but 'X said Y made baseless accusations' is X's denial).
_MADE_CHARGES = re.compile(
    r"\b(?:made|makes|levell?ed|levels|repeated|repeats|hurled|hurls|peddled|peddles|voiced|voices)\s+"
    # ('made another baseless claim', 'made yet another false claim', 'repeated its fresh false claims')
    r"(?:(?:a|an|another|yet|the|these|those|such|his|her|its|their|new|more|fresh|further|similar)\s+){0,2}"
    r"(?:(?:series|number|string)\s+of\s+)?$",
    re.IGNORECASE,
)


def _made_charges(reading: Reading, speech: list[Act], text: str, cue: int | None) -> bool:
    """Whether the words that call something false judge charges the subject makes (_MADE_CHARGES), with no verb of
    saying of another's before them."""
    made = _MADE_CHARGES.search(text[:cue]) if cue is not None else None
    start = reading.sentence.start
    return made is not None and all(a.verb.start - start == made.start() or a.verb.form == "participle" for a in speech)


def charges_judged_false(reading: Reading) -> bool:
    """Whether the sentence's own voice calls false the charges its subject makes ('X made baseless accusations against
    the region, claiming ...'): in a statement its signer's denial, not X's."""
    speech = [a for a in reading.acts if a.verb.form in ("finite", "according")] or [
        a for a in reading.acts if a.verb.form == "participle"
    ]
    text = _without_aside(reading)
    return _made_charges(reading, speech, text, _false_at(text))


# What a subject answers, set off before its verb: 'X, reacting to a Kessel Times report this week, said', 'in reply to
# the allegations' (a report, a story or a charge, or another's statements or remarks, one or more: 'a remark by',
# 'the charge that'; not 'in response to questions', which answers no one's claim, nor 'a request for comment' or
# 'the officer in charge'). After the verb too: 'The brigade got no arms from us, said X, responding to statements
# of the army's chief of staff'.
_ANSWERING_REPORT = re.compile(
    r"(?:^|,)\s*(?:(?:reacting|responding|replying)\s+to|in\s+(?:response|reply|reaction)\s+to)\s+"
    rf"(?:[^,;:\u2591]{{0,60}}?\s)?(?:{_REPORTS}|articles?|pieces?|statements?|remarks?|comments|"
    r"(?<!\bin\s)charges?)\b",
    re.IGNORECASE,
)
# The modals before 'never' that make it a stance or a chance, not a thing that did not happen ('would never accept').
_MODALS = ("would", "will", "could", "can", "might", "may", "must", "should", "shall")
# A past participle after "'d never", which makes the "'d" 'had' ("they'd never taken", "we'd never sent"): one in
# '-ed' (not a base form in '-eed', 'need', 'proceed'; but 'freed'), in '-en' or '-wn' of the verbs that make it so
# ('taken', 'known'; not a base form in '-en', "they'd never threaten", "we'd never open fire", which is 'would'), or
# another common one of its own ('sent', 'fought', 'made', and 'got' and 'gotten', British and American).
_PARTICIPLE_AFTER_D = (
    r"been|[a-z]+(?<!e)ed|freed|(?:tak|giv|se|writt|driv|brok|spok|chos|stol|fall|ris|beat|hidd|forgott|shak|prov|"
    r"eat)en|(?:kno|sho|thro|dra|flo|gro|blo)wn|sent|fought|made|held|met|told|done|gone|left|kept|brought|built|led|"
    r"fled|shot|struck|paid|found|lost|said|had|got(?:ten)?"
)
# The answer's clause saying a thing is not so: a negated verb ('its troops did not enter', 'never entered'), or the
# report's version set right by a contrast ('take their orders from Baghdad, not from militia leaders'); not a refusal
# to speak or what the speaker does not know, want or accept ('said it would not comment', 'had not yet seen the
# report').
# (read from the verb to the first negation in the sentence: its time and 'that' are words like any other there)
_NOT_SO_IN_ANSWER = re.compile(
    r"[^.;:\u2591]*?"
    r"(?:\b(?:has|have|had|did|does|do|was|were|is|are)(?:\s+not|n['\u2019]t)\b"
    r"(?!\s+(?:yet|clear|known|immediately|aware|comment|seen|received|read|" + NOT_ACTS + r")\b)|,\s+not\s+"
    r"(?:from|by|in|at|to|with|for|on)\b|"
    # ('never' as 'did not': 'its troops never take orders from militia leaders'; not after a modal, 'would never
    # accept', 'might never take', nor its contraction, "it’ll never take", "they'd never take" ('d as had before a
    # participle denies: "they'd never taken orders")
    + "".join(rf"(?<!\b{modal}\s)" for modal in _MODALS)
    + r"(?<!['\u2019]ll\s)(?:(?<!['\u2019]d\s)|(?=never\s+(?:"
    + _PARTICIPLE_AFTER_D
    + r")\b))\bnever\s+"
    r"(?!(?:comment|commented|" + NOT_ACTS + r"(?:s|d|ed|n)?)\b))",
    re.IGNORECASE,
)


# A sentence opened by its denial as a noun: 'In a denial posted on Telegram, the brigade said ...'.
_IN_A_DENIAL = re.compile(
    r"\s*(?:In|With)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?(?:denial|rebuttal|refutation|rejection"
    + REJECTION_OF_SAID
    + r")\b",
    re.IGNORECASE,
)


# A negation bounded by consent, in one clause: 'There is no way X can operate without our consent', 'Nothing happens
# here without our approval', 'no fighters crossed without the army's permission': a claim of control, not a denial
# that anything was done (only words that call something false deny there).
_CONSENT = r"(?:consent|approval|permission|knowledge|authori[sz]ation|agreement|coordination|blessing|say-so)"
_WITHOUT_CONSENT = re.compile(
    r"\b(?:there(?:\s+(?:is|are|was|were|ha(?:ve|s|d)\s+been)|['\u2019]s)\s+)?"
    # (the negation nearest 'without': not one of a clause before it, 'We did not shell the town and no unit moves
    # without our approval' denies the shelling)
    r"(?:no|not|nothing|nobody|none|never)\b"
    r"(?:(?![,;:.!?\u2014]|\b(?:no|not|nothing|nobody|none|never)\b|n['\u2019]t\b)[^\n]){0,160}?\bwithout\s+(?:"
    r"(?:our|its|their|his|her|my|the\s+[\w-]+(?:\s+[\w-]+){0,2}['\u2019]s?|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}['\u2019]s?)\s+"
    r"(?:(?:prior|express|full|explicit|official)\s+)?"
    + _CONSENT
    + r"|the\s+(?:(?:prior|express|full|explicit)\s+)?"
    + _CONSENT
    + r"\s+of)\b",
    re.IGNORECASE,
)


# Words of truth or falsity in the words a cue calls false with: 'no truth', 'not true', 'no basis', 'nothing but
# lies' (not 'no fighters crossed', which says what was not done).
_TRUTH_WORDS = re.compile(r"\b(?:true|truth|untrue|false|basis|baseless|unfounded|groundless|lies?|rumou?rs)\b")


def _judges_truth(text: str, cue: int) -> bool:
    """Whether the words that call something false at ``cue`` in ``text`` judge its truth."""
    found = _FALSE.match(text, cue)
    return found is not None and _TRUTH_WORDS.search(found.group().lower()) is not None


# The source named after 'according to', to the comma that ends it: 'According to the brigade, ...'; and the aside
# that may follow a source named, to its own comma: 'According to Lev Arno, a spokesman for the brigade, ...'.
_SOURCE_THEN_COMMA = re.compile(r"[^,;:\u2591]{1,80},")
# (an office or description, no clause: 'According to a statement by Lev Arno, the brigade's spokesman, its men never
# entered the town', not 'According to X, the road is shut, ...')
_ASIDE_THEN_COMMA = re.compile(
    r"\s*(?:a|an|the|its|his|her|their)\s(?![^,;:]*\b(?:is|are|was|were|has|have|had|did|does|do|will|would)\b)"
    r"[^,;:\u2591]{1,80},"
)


# Another side said not to be backed by someone, in the passive: 'the brigade is not supported by Kessia', 'was never
# armed or funded by us', 'has never been backed', 'isn't supported' (the verbs of _BACKS_NONE; the negation after
# the first auxiliary, or contracted on it).
NOT_BACKED_BY = re.compile(
    r"\b(?:(?:is|are|was|were)|(?:has|have|had)(?=\s+(?:not|never)\s+been|n['\u2019]t\s+been))"
    r"(?:\s+(?:not|never)|n['\u2019]t)\s+(?:been\s+)?(?:[a-z]+ly\s+)?(?:being\s+)?"
    r"(?:supported|backed|funded|financed|armed|sponsored|equipped|trained|supplied|directed|controlled)"
    r"(?:\s+(?:or|and|nor)\s+(?:supported|backed|funded|financed|armed|sponsored|equipped|trained|supplied|directed|"
    r"controlled))?\s+by\s+(?P<by>(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)(?=\s*(?:[.,;]|$|\s+(?:or|and|in|at|since)\b))",
    re.IGNORECASE,
)


# A counter-account that names no charge: 'It is not the Kessel Brigade; it is the Venn party', 'the attackers were
# not from the brigade but from the Venn party' (the side cleared, named first, in the group 'x').
_COUNTER_ACCOUNT = re.compile(
    # (the opening in either case: 'It is not ...'; the other side after 'but' with a capital, a name)
    # (the negation contracted too, straight or curly: "It's not", "isn't", "weren't", "they're not")
    r"\b(?i:(?:it\s+(?:is|was)|they\s+(?:are|were)|(?:the\s+)?(?:attackers|gunmen|perpetrators|culprits|assailants|"
    r"men|fighters|killers)\s+(?:are|were))(?:\s+not|n['\u2019]t)|(?:it['\u2019]s|they['\u2019]re)\s+not)\s+(?:from\s+)?"
    r"(?P<x>(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)\s*"
    r"(?:[;,]\s*(?:it\s+(?:is|was)|they\s+(?:are|were)|it['\u2019]s|they['\u2019]re)\b"
    r"|,?\s+but\s+(?:from\s+|rather\s+)?(?:the\s+)?[A-Z])",
)


# A counter-account of the deed a charge told, with no word of denying: 'said its forces had only returned fire', 'the
# men killed were fighters, not civilians', 'the convoy was carrying weapons, not aid', 'the strike hit an empty
# depot', 'it was the Kessian army that struck the convoy' (the blame shifted). A denial only where the speaker's own
# side was charged before in the article (the gold's counter-accounts answer a charge); else the speaker's account.
_COUNTER_TOLD = re.compile(
    r"\b(?:only|merely|simply)\s+(?:returned|returning|responded\s+to|responding\s+to)\s+(?:the\s+|enemy\s+)?fire\b|"
    r"\b(?:acted|acting)\s+in\s+self[- ]defen[cs]e\b|"
    # (a thing said to be one and not the other, at the end of the clause)
    r"\b(?:is|are|was|were)\s+(?:[\w-]+\s+){0,3}?[\w-]+,?\s+not\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?[\w-]+\s*(?:[.;]|$)|"
    r"\b(?:hit|struck|targeted|destroyed)\s+(?:an?\s+|the\s+)?(?:empty|abandoned|deserted|unused|unoccupied|disused)\b|"
    r"\bit\s+(?:was|is)\s+(?!(?:not|our|we|us|they|them)\b)(?:[\w'\u2019-]+\s+){1,5}?(?:that|who)\s+(?:had\s+|has\s+)?"
    r"(?:struck|shelled|fired|attacked|carried\s+out|bombed|killed|launched|targeted|hit|opened\s+fire)\b",
    re.IGNORECASE,
)


# A deed of the kind charged, said to be beyond the speaker's side: 'would never commit such crimes', 'cannot afford
# to carry out such actions', 'we do not do such things'. The deed is named only as 'such': it answers a charge, so
# it is read only where the speaker's side was charged before (not 'vowed to stop such attacks', a claim).
_NO_SUCH_DEED = re.compile(
    r"(?:\b(?:would|will|could|can|does|do|did)(?:\s+not|n['\u2019]t)?\s+never|"
    r"\b(?:would|will|could|does|do|did)(?:\s+not|n['\u2019]t)|\bcan(?:not|\s+not|['\u2019]t)|\bnever)\s+"
    r"(?:(?:afford|dare|allow\s+(?:itself|themselves|ourselves|himself|herself))\s+to\s+|be\s+able\s+to\s+)?"
    r"(?:ever\s+)?(?:commit|carry\s+out|do|perpetrate|engage\s+in|resort\s+to|stoop\s+to)\s+"
    r"(?:such|any\s+such|(?:this|that)\s+kind\s+of)\s+(?:an?\s+)?(?:[a-z]+\s+)?"
    r"(?:things?|acts?|actions?|crimes?|atrocit(?:y|ies)|violations?|practices?|deeds?|abuses?|massacres?|killings?)\b",
    re.IGNORECASE,
)


# A question in the speaker's own words asking why its side would do what it was charged with: 'Why would we hide
# our losses?', 'Why will we hide that kind of information?', 'Why should we attack our own people?' (read, as
# _NO_SUCH_DEED is, only where the speaker's side was charged before; not 'Why would we stop now?', no deed of the
# kind charged, nor 'Why did they attack us?', another's deed).
_WHY_WOULD_WE = re.compile(
    r"\bwhy\s+(?:on\s+earth\s+)?(?:would|will|should|shall|could|do|does|did|must)\s+(?:we|I|our\s+[a-z]+)\s+"
    r"(?:ever\s+|even\s+|then\s+|(?:want|need|have)\s+to\s+)?"
    r"(?:hide|conceal|cover\s+up|lie|fake|falsify|fabricate|invent|attack|kill|target|shell|bomb|strike|harm|hurt|"
    r"commit|carry\s+out|do\s+(?:that|this|so|such)|send|arm|fund|finance|kidnap|abduct|loot|burn|destroy)\b"
    r"[^?.!]{0,120}\?",
    re.IGNORECASE,
)


# The speaker's side said to own its deeds openly, so that one it has not owned is not its own: 'Whenever we carry out
# an operation, we announce it openly', 'We always claim responsibility for our attacks', 'If we had carried out the
# attack, we would have claimed it', 'it would have announced the strike had it carried it out' (read, as _NO_SUCH_DEED
# is, only where the speaker's side was charged before; not 'we announced the operation', one deed owned).
_OWNS_ITS_DEEDS = re.compile(
    r"\b(?:whenever|when|every\s+time|if|had)\s+(?:we|it|they)\s+(?:(?:had|have|has|ever)\s+)?"
    r"(?:carr(?:y|ies|ied)\s+out|conduct(?:s|ed)?|launch(?:es|ed)?|do|does|did|done|stag(?:e|es|ed))\s+"
    r"(?:(?:an?|any|the|such\s+an?|this|that|our|its|their)\s+)?(?:[a-z]+\s+)?"
    r"(?:operations?|attacks?|strikes?|actions?|raids?|bombings?|it|that|this)\b[^.;:?!]{0,40}?,?\s+"
    r"(?:we|it|they)\s+(?:would\s+have\s+|will\s+|always\s+|would\s+)?"
    r"(?:announc|claim|declar|own|acknowledg|admit|inform|take\s+(?:full\s+)?responsibility)"
    r"|\b(?:we|it|they)\s+(?:always|openly|proudly)\s+(?:claim|announce|own|acknowledge|take)s?\s+"
    r"(?:(?:full\s+)?responsibility\s+for\s+)?(?:all\s+(?:of\s+)?|each\s+of\s+|every\s+one\s+of\s+)?"
    r"(?:our|its|their)\s+(?:[a-z]+\s+)?(?:operations|attacks|strikes|actions)\b",
    re.IGNORECASE,
)


# A deed of force said to be illogical or unthinkable for any of the speaker's own people: 'it is illogical and
# unreasonable for any Kessel fighter to commit any crime against ...', 'it would be absurd for its men to attack their
# neighbours', 'unthinkable for any of us to kill' (read, as _NO_SUCH_DEED is, only where the speaker's side was charged
# before; not 'unreasonable for the army to attack villagers', another side's deed judged, nor 'impossible for any aid
# to reach the town', no deed of force).
_UNTHINKABLE = (
    r"(?:illogical|unreasonable|unthinkable|inconceivable|unimaginable|impossible|absurd|irrational|senseless)"
)
_UNTHINKABLE_DEED = re.compile(
    rf"\b(?:it\s+(?:is|was|would\s+be)|it['\u2019]s)\s+(?:[a-z]+ly\s+)?{_UNTHINKABLE}"
    rf"(?:,?\s+(?:and|or)\s+(?:[a-z]+ly\s+)?{_UNTHINKABLE})?\s+for\s+(?:any|our|us|its|their)\b"
    r"[^.;:\u2591]{0,50}?\bto\s+(?:ever\s+)?(?:commit|carry\s+out|perpetrate|kill|attack|harm|hurt|target|massacre|"
    r"murder|shell|bomb|abduct|kidnap)\b",
    re.IGNORECASE,
)


# The charged deed said not to be what the speaker's side came for: 'intervened in the village "not to kill civilians"
# but to protect them', 'went there to fight the rebels, not to harm anyone' (read, as _NO_SUCH_DEED is, only where
# the speaker's side was charged before).
_NOT_THERE_TO = re.compile(
    # (after a verb of going there or acting, not of asking: 'urged its fighters not to attack civilians' is a claim)
    r"\b(?:came|come|comes|went|go|goes|entered|enter|intervened|intervene|deployed|arrived|moved|acted|operated|"
    r"(?:was|were|are|is)\s+(?:sent|deployed|there|present))\b[^.;:\u2591]{0,60}?"
    r"\bnot\s+(?:in\s+order\s+)?to\s+(?:kill|attack|harm|hurt|target|massacre|shell|bomb|punish|displace|loot|"
    r"abduct|kidnap|terrori[sz]e)\b",
    re.IGNORECASE,
)


# A deed said to be wholly another side's: 'the operation was purely Palestinian', 'a purely Ostravian decision',
# 'planned and carried out by the Ostravians themselves', 'by Ostravian fighters alone'. Said by a side charged with a
# part in it, it answers the charge (read only where the speaker's side was charged before, and the side named is
# not its own: 'the raid was purely a Kessel operation', said by the Kessel Brigade, owns the deed).
_ANOTHERS_ALONE = re.compile(
    r"\b(?:purely|entirely|wholly|solely|exclusively|completely|totally|100\s*(?:%|percent|per\s+cent))\s+"
    r"(?:an?\s+)?(?P<x>[A-Z][\w\u2019'-]*+)"
    r"|\b(?:planned|carried\s+out|executed|conducted|decided|prepared|organi[sz]ed|launched|made|taken)\s+"
    r"(?:[a-z]+\s+){0,6}?by\s+(?:the\s+)?(?P<y>[A-Z][\w\u2019'-]*+(?:\s+[A-Za-z][\w-]*+){0,2}?)\s+"
    r"(?:themselves|alone|only)\b"
)


def _anothers_deed_alone(after: str, act: Act, subject: str) -> bool:
    """Whether the words after the speaker's verb say a deed was wholly another side's (:data:`_ANOTHERS_ALONE`)."""
    found = _ANOTHERS_ALONE.search(after)
    if found is None:
        return False
    named = side_stems(found.group("x") or found.group("y"))
    mine = side_stems(" ".join((subject, act.speaker.label, act.speaker.described or "")))
    return bool(named) and not named & mine


def _counter_told(after: str, act: Act, subject: str, charged: Callable[[Speaker, str], bool] | None) -> bool:
    """Whether the words after the speaker's verb give a counter-account of a deed told before of its side."""
    if charged is None or _COUNTER_TOLD.search(after) is None:
        return False
    return charged(act.speaker, _source_named(act, subject, after))


def _source_named(act: Act, subject: str, after: str) -> str:
    """The words that name the speaker: those before its verb, or for 'According to X, (its office,)' the source
    and its office ('According to Lev Arno, the brigade's spokesman, ...': they name the side)."""
    if act.verb.form == "according" and (source := _SOURCE_THEN_COMMA.match(after)) is not None:
        aside = _ASIDE_THEN_COMMA.match(after, source.end())
        return after[: (aside or source).end()]
    return subject


def _counter_account(reading: Reading) -> str | None:
    """The side a counter-account clears, in the sentence's quotations or its own words, if it has one."""
    for text in [q.text for q in reading.sentence.quotes] + [reading.sentence.text]:
        found = _COUNTER_ACCOUNT.search(text)
        if found is not None:
            return found.group("x")
    return None


def _names_a_side(name: str) -> bool:
    """Whether what a counter-account clears names a side, by its name or its kind ('the Kessel Brigade', 'the
    brigade', 'militants'), not a thing it says the deed was not ('It was not an accident, but Venn's doing')."""
    words = name.split()
    return any(w[:1].isupper() for w in words) or bool(
        re.fullmatch(SIDE_KINDS, words[-1], re.IGNORECASE) or words[-1].lower() in ARMED_PEOPLE
    )


def _not_backed_by_speaker(after: str, act: Act) -> bool:
    """Whether the words after the speaker's verb say another is not backed by the speaker's own side: the speaker
    itself, 'us', or the body named beside a person ('Lev Arno, Kessia's foreign minister')."""
    found = NOT_BACKED_BY.search(after)
    if found is None:
        return False
    return _names_own_side(found.group("by"), act)


# What was said, called not false with a word that judges only what was said: 'said the reports were not a sham', 'the
# claims weren't exaggerated', 'the accounts were never wrong' (they stand: no denial, though 'the reports were not
# accurate' is one, as 'the plan was not ready' is read).
_SAID_NOT_JUDGED = re.compile(
    rf"^\s*(?:that\s+)?(?:(?:the|these|those|such|its|their|his|her)\s+)?(?:[a-z]+\s+)?{SAID}\b[^.;:,\u2591]{{0,40}}?"
    r"\s(?:is|are|was|were)(?:\s+(?:not|never|hardly)|n['\u2019]t)\s+(?:[a-z]+ly\s+)?[\u201c\"\u2018']?"
    rf"(?:{SAID_JUDGED}|{FALSE_WORDS})",
    re.IGNORECASE,
)


def _not_backed_for_others(after: str, act: Act) -> bool:
    """Whether the words after the speaker's verb say one side is not backed by another, neither of them the
    speaker's own: 'Lev Arno said the brigade has never been financed by Kessia' is Arno's claim, where Kessia's
    official (:func:`_not_backed_by_speaker`) or the brigade's own spokesman saying it denies."""
    found = NOT_BACKED_BY.search(after)
    if found is None:
        return False
    backed = after[: found.start()].strip()
    # (the one backed as a pronoun is the speaker itself: 'The Kessel Brigade said it has never been financed by
    # Kessia' denies, as its spokesman saying 'the brigade' does)
    if re.fullmatch(r"(?:that\s+)?(?:it|they|we|he|she)", backed, re.IGNORECASE):
        return False
    return not _names_own_side(found.group("by"), act) and not (backed and _names_own_side(backed, act))


def _names_own_side(name: str, act: Act) -> bool:
    """Whether a name is the speaker's own side: the speaker, 'us', or the body named beside a person."""
    by = [re.sub(r"['\u2019]s?$", "", w.lower()) for w in name.split()]
    if by[-1] in ("us", "me", "we") or by[0] == "our":
        return True  # ('not backed by us', 'by our government')
    named = [w for w in by if len(w) > 2 and w not in ("the", "its", "his", "her", "their", "from")]
    speaker = act.speaker
    if not named:
        return False
    if all(w in {w.lower() for w in speaker.label.split()} for w in named):
        return True
    # (an unnamed person of the state by its people's word: 'a Kessian official' for Kessia, 'an Iranian diplomat'
    # for Iran)
    described = [w.lower() for w in (speaker.described or "").split()] if speaker.entity is None else []
    if len(named) == 1 and len(named[0]) > 3 and any(w != named[0] and w.startswith(named[0]) for w in described):
        return True
    # (a person: a word of the body's name beside his own, 'the brigade's spokesman' for 'the Kessel Brigade')
    return speaker.person and speaker.entity is not None and any(w in speaker.entity.nearby for w in named)


# Those who weigh a charge from outside it (they are charged with nothing), and their word that it is unproven: a 'no
# evidence' is a denial only by the side accused (the gold's conventions), not by analysts or observers.
_ONLOOKERS = frozenset(
    "analyst analysts observer observers expert experts researcher researchers investigator investigators monitors "
    "scholars".split()
)
_NO_EVIDENCE = re.compile(
    r"(?:no|not\s+have|without|lacks?|lacked|lacking)\s+(?:[a-z]+\s+){0,2}?(?:evidence|proof)\b", re.I
)


# A side's kind in a speaker's words or a charge's ('the army's spokeswoman' and 'the Velorian army').
_SIDE_NOUNS = frozenset("army brigade brigades forces troops police militia ministry government movement group".split())
_NAMED_STEM = re.compile(r"\b[A-Z][a-z]{3,}")


def side_stems(text: str) -> set[str]:
    """The words of ``text`` that name a side: each capitalised word by its first five letters ('Velorian' and
    'Veloria' are one side), and the nouns of a side's kind."""
    stems = {w.group()[:5].lower() for w in _NAMED_STEM.finditer(text)}
    return stems | {w for w in re.findall(r"[a-z]+", text.lower()) if w in _SIDE_NOUNS}


def _onlookers_no_evidence(speaker: Speaker, text: str, cue: int) -> bool:
    """Whether the words that would deny are only onlookers' 'no evidence' ('Analysts said there was no proof')."""
    words = (speaker.described or speaker.label).lower().split()
    return bool(words) and words[-1] in _ONLOOKERS and _NO_EVIDENCE.match(text, cue) is not None


def _denial_by_words(
    reading: Reading,
    charged: Callable[[Speaker, str], bool] | None = None,
    deed_charged: Callable[[Speaker, str], bool] | None = None,
) -> Denial | None:
    """A statement that calls something false, or says its speaker did not do something, is a denial."""
    sentence = reading.sentence
    # (a participle alone speaks for its subject: 'X issued a statement terming the reports propaganda'; so does the
    # one who told in the passive: 'Lev Arno was told by Dara Venn: "We did not shell the town"', as 'Dara Venn told
    # Lev Arno: "..."')
    speech = [a for a in reading.acts if a.verb.form in ("finite", "according")] or [
        a
        for a in reading.acts
        if a.verb.form == "participle" or (a.verb.form == "passive" and a.verb.word.lower() in TOLD_PASSIVE)
    ]
    if not speech:
        return None
    told: Act | None = None
    """The act of another's claim its teller goes on to call false, if any."""
    # the speaker's own verb, not an outlet's 'according to' before it ('According to Meridian Wire, X said he ...')
    act = next((a for a in speech if a.verb.form == "finite"), speech[0])
    text = _without_aside(reading)
    # 'Lev Arno accused Dara Venn of lying', "called Venn's statement a lie": Arno's denial where his own side was
    # charged before in the article (Venn's words were about it), else his charge against Venn and no denial
    labelled = any(
        a.verb.word.lower() in _LABELLING and _ANOTHERS_WORDS.match(sentence.paragraph.text, a.verb.end, sentence.end)
        for a in speech
    )
    lying = _LYING_CHARGE.search(text) is not None
    subject = sentence.paragraph.text[
        sentence.start : act.verb.start
    ]  # (his office as written: 'X, the spokesman for Y,')
    charge_only = (labelled or lying) and charged is not None and not charged(act.speaker, subject)
    # ('countered by accusing officials of delivering "inaccurate reports"' after a charge against the speaker's side)
    # (the false words in marks, the accusers' own words set out: not 'accused Velor of spreading lies about the
    # strike', a charge of deceit on another matter, round 27's)
    counter_charge = _ACCUSERS_LIE.search(sentence.text)
    answers_charge = (
        counter_charge is not None
        and any(c in counter_charge.group() for c in '\u201c\u2018"')
        and charged is not None
        and charged(act.speaker, subject)
    )
    if charge_only:
        text = _LYING_CHARGE.sub(lambda m: " " * len(m.group()), text)  # (blanked, the offsets kept)
    anothers_words = charge_only and labelled
    cue = None if anothers_words else _false_at(text)
    if cue is not None and _onlookers_no_evidence(act.speaker, text, cue):
        return None  # 'Analysts said there was no evidence that the brigade struck the convoy': their view, no denial
    if cue is not None and _judges_a_denial(text, cue):
        # 'X said there was no truth in the brigade's denial', 'dismissed as baseless the ministry's denial': the one
        # who calls another's denial untrue maintains what was denied, a claim (as 'said the brigade's denial was
        # false' before the words that judge it)
        return None
    bounded = _WITHOUT_CONSENT.search(text)
    if bounded is not None and (
        # (not where the negation judges words false, the bound inside what they say: 'There is no truth to reports
        # that foreign troops entered without our consent', 'it was not true that ...' deny)
        bounded.start() <= cue < bounded.end() and not _judges_truth(text, cue)
        if cue is not None
        # (with no negation of its own before it: 'We did not shell the town and no unit moves without our
        # approval' denies the shelling, as 'We did not shell the town' does)
        else _NEGATED.search(text, 0, bounded.start()) is None
    ):
        # 'no armed group operates here without our consent', 'there are no foreign forces here without the
        # government's approval': a claim of control (where the words that would deny are the ones it bounds)
        return None
    if cue is not None:
        # 'X slammed Y after Z said the two were not linked': the one whose words call it false denies
        act = next(
            (
                a
                for a in reversed(speech)
                if a.verb.end <= sentence.start + cue
                # (not an outlet set after a speaker's verb: 'X said, according to Y, that the reports were false')
                and relayed(reading, a) is None
            ),
            act,
        )
        # (or who goes on after telling another's claim: 'X said the brigade claimed it took the town, stressing that
        # this was not true' is X's, whom the reader found for the participle, not the brigade's; what the claim's
        # verb told is what is denied)
        going_on = next(
            (
                a
                for a in reversed(reading.acts)
                if a.verb.form == "participle"
                and a.verb.word.lower() in STRESSING
                and act.verb.end <= a.verb.start
                and a.verb.end <= sentence.start + cue
                and not a.speaker.same(act.speaker)
            ),
            None,
        )
        if going_on is not None:
            told, act = act, going_on
    if cue is not None and _claimed_falsely(reading, act, text, cue):
        # the one who says it was claimed falsely denies ('The brigade falsely claimed the town had fallen, X said'),
        # and with no one else, the claimant claims
        teller = next((a for a in speech if a.verb.start > act.verb.end and not a.speaker.same(act.speaker)), None)
        if teller is None:
            return None
        act = teller
    if _made_charges(reading, speech, text, cue):
        return None  # 'X levelled false claims against Y, saying ...': the writer judges X's charges; X claims
    if cue is not None and act.verb.end - sentence.start < cue:
        judged = sentence.text[act.verb.end - sentence.start : cue]
        if act.verb.word.lower() in _WARNING and (
            _WARNED_THAT_OTHER.match(judged)
            or (
                _WARNED_THAT.match(judged)
                and (_SPREADING_BEFORE_CUE.search(judged) or _SPREADING_AT_CUE.match(text, cue))
            )
        ):
            return None  # 'Ostravia warned that Velor is planting fake stories': a charge of another's lies, no denial
        if _A_DENIAL.search(judged) and not _A_CLAIM.search(judged):
            return None  # 'said the brigade's denial was false': the one who says so maintains what was denied
        campaign = _CAMPAIGN_SPREADING.search(judged)
        if campaign is not None and (campaign.group(1) or _SPREADING_AT_CUE.match(text, cue)):
            # ('said it was shocked by a media campaign circulating rumours and fabricated news about the raid': a
            # charge that others spread lies, as 'a campaign of lies' is; before, the speaker's own shock was drafted
            # as what it denied)
            return None
    quoted = next(
        # (or a statement naming its own side, then denying: 'X said on its page: "The X denies the allegations"' is
        # denied in those words, as 'We deny ...' is, not from the channel and colon before them)
        (
            q
            for q in sentence.quotes
            if _WE_DENY.search(q.text)
            or calls_false(q.text)
            or _to_deny(q.text)
            or _SIDE_DENIES.match(q.text)
            or _NO_SUCH_DEED.search(q.text)
            or _NOT_THERE_TO.search(q.text)
            or _UNTHINKABLE_DEED.search(q.text)
            or _WHY_WOULD_WE.search(q.text)
            or _OWNS_ITS_DEEDS.search(q.text)
        ),
        None,
    )
    if quoted is None:
        # (or words of another's that open with what was not done: 'X said ..., but Y said, "No strike occurred
        # today."' is Y's denial, not X's)
        not_done = next((q for q in sentence.quotes if _OPENS_NOT_DONE.match(q.text)), None)
        not_done_by = next((a.speaker for a in reading.quotes if a.quote is not_done), None)
        quoted = not_done if not_done_by is not None and not not_done_by.same(act.speaker) else None
    own = next((a.speaker for a in reading.quotes if a.quote is quoted), None)
    by_quote = own is not None and not calls_false(sentence.masked)
    if by_quote and own is not None:
        # only the quoted words deny: their speaker denies, as '"...," X quoted Y as saying' gives Y ('X said Y told
        # him: "We did not attack"', 'According to X, Y said: "..."'), not the one who passes them on
        act = next((a for a in speech + reading.acts if a.speaker.same(own)), act)
    masked = sentence.paragraph.masked
    if (
        quoted is None
        and cue is None
        and act.verb.form == "finite"
        and not _DID_NOT.match(masked[act.verb.end : sentence.end])
    ):
        # 'X said the port was hit, but Y said no strike occurred': the one whose words say it was not done denies
        # (where no words call anything false: 'X called the article a hoax, while Y said ...' is X's); and the same
        # speaker's second verb, 'X condemned the attack and said none of its members were involved'
        act = next(
            (
                a
                for a in speech
                if a.verb.form == "finite"
                and a.verb.start > act.verb.end
                and _DID_NOT.match(masked[a.verb.end : sentence.end])
            ),
            act,
        )
    after = masked[act.verb.end : sentence.end]
    # the words said, set before their speaker: 'The brigade did not fire a shot, its spokesman said.'
    before = ""
    if act.verb.form in ("finite", "according"):
        # (or before a verb set before its speaker, or before 'according to': 'No raid took place, said X')
        end = act.subject_start if act.subject_start is not None else act.verb.start
        before = sentence.paragraph.masked[sentence.start : end]
        unmarked = without_quotation_marks(sentence.paragraph.text[sentence.start : end])
        if (
            "\u2591" in before
            and _WORDS_BEFORE_MARKS.match(before)
            and _DID_NOT_BEFORE.match(unmarked)
            and re.search(r",\s*$", unmarked)
        ):
            # (words in marks after the side they tell of, named outside them: 'The Kessel Brigade "had no role in the
            # raid," X said', 'The brigade "had no role" in the raid, X said', read as they are with no marks)
            before = unmarked
        # (only where the words before deny: not a title set off by a comma, 'The spokesman for X, Name, said'; or
        # say a thing is not so, with the answer named after the verb: 'PKK fighters did not get any arms from the
        # region, said X on Sunday, responding to statements of the army's chief of staff')
        said_before = (
            _DID_NOT_BEFORE.match(before)
            or (cue is not None and cue < len(before))
            or (
                act.verb.form == "finite"
                and _ANSWERING_REPORT.search(masked, act.verb.end, sentence.end) is not None
                and _NOT_SO_IN_ANSWER.match(before) is not None
            )
        )
        # (a body's name joined by a spaced dash starts the speaker, as it would without the dash: '..., Joint Task
        # Force - Operation Kessel Shield spokesman Lev Arno said', whose subject the reader starts after the dash)
        dashed = _DASHED_NAME_END.search(before)
        before = before[: dashed.start() + 1] if dashed is not None and said_before else before
        before = before if re.search(r",\s*$", before) and said_before else ""
    counter = _counter_account(reading)
    if counter is not None and _names_a_side(counter) and not _names_own_side(counter, act) and not calls_false(text):
        # the same counter-account by a third side names who did it: its claim, no denial ('Dara Venn, the governor,
        # said the attackers were not from the Kessel Brigade but the Venn party')
        return None
    asked = _answers_no(reading)
    if not (
        (calls_false(text) and not anothers_words)
        or answers_charge
        or denies_in_quotation(reading)
        or (
            act.verb.form == "finite"
            and (
                _DID_NOT.match(after) or (_SUBJECT_THEN_QUOTE.match(after) and _DID_NOT.match(_unquoted(sentence, act)))
            )
            # (not a third party's word that one side is not backed by another: its claim)
            and not _not_backed_for_others(after, act)
            # (nor reports said not to be false: 'said the reports were not a sham' upholds them)
            and not _SAID_NOT_JUDGED.match(after)
        )
        # (or a participle after its own subject's name, as a finite verb: 'in the wake of Lev Arno reiterating on
        # Thursday that the brigade had no role in the raid')
        or (_subject_named_before(reading, act) and _DID_NOT.match(after))
        # (or a participle of saying set off by a comma after a verb of replying that brings no words of its own, the
        # subject's: 'Lev Arno hit back on Monday, saying the group had no role in the attack'; and after such a
        # finite verb of saying, 'The ministry responded on Sunday, saying its troops had not crossed the border')
        or (_after_a_reply(reading, act) and _DID_NOT.match(after))
        or (
            act.verb.form == "finite"
            and _REPLY_THEN_COMMA.fullmatch(act.verb.word) is not None
            and (replied := _REPLY_THEN_SAYING.match(after)) is not None
            and _DID_NOT.match(after[replied.end() :]) is not None
        )
        # (another side said not to be backed by the speaker's own: 'Kessia said the brigade is not supported by
        # Kessia', 'its minister said ... not armed by Kessia'; by a third party, a claim)
        or (act.verb.form == "finite" and _not_backed_by_speaker(after, act))
        # (a counter-account by the side it clears: '"It is not the Kessel Brigade; it is the Venn party," the
        # brigade's spokesman said', 'said the attackers were not from the brigade but from the Venn party')
        or (counter is not None and _names_own_side(counter, act))
        # (a counter-account of the deed, after a charge against the speaker's side: 'said its forces had only returned
        # fire', 'said the men killed were fighters, not civilians')
        or (act.verb.form in ("finite", "according") and _counter_told(after, act, subject, deed_charged))
        # (a deed of the kind charged said to be beyond the speaker's side, after a charge against it: '"The army
        # would never commit such crimes," X said')
        # (or the deed charged said not to be what the side came for: 'said its fighters entered the town "not to
        # kill civilians," but to protect them')
        or (
            (
                _NO_SUCH_DEED.search(text) is not None
                or _NOT_THERE_TO.search(text) is not None
                or _UNTHINKABLE_DEED.search(text) is not None
                # (or the deed said to be wholly another side's: 'reiterated that the operation was purely
                # Ostravian, planned and carried out by Ostravians themselves')
                or (act.verb.form == "finite" and _anothers_deed_alone(after, act, subject))
                # (or a question why its side would do it: '"Why would we hide our losses?" he said')
                or any(_WHY_WOULD_WE.search(q.text) is not None for q in sentence.quotes)
                # (or its side said to own its deeds openly: '"Whenever we carry out an operation, we announce it
                # openly," he said', 'said it always claims responsibility for its attacks')
                or _OWNS_ITS_DEEDS.search(text) is not None
            )
            and charged is not None
            and charged(act.speaker, subject)
        )
        # (or the clause after an opening 'According to X,', as after 'X said': 'According to the brigade, it had no
        # role in the raid'; after the source's aside too: 'According to Lev Arno, its spokesman, it had no role')
        or (
            act.verb.form == "according"
            and (source := _SOURCE_THEN_COMMA.match(after)) is not None
            and (
                _DID_NOT.match(after[source.end() :]) is not None
                or (
                    (aside := _ASIDE_THEN_COMMA.match(after, source.end())) is not None
                    and _DID_NOT.match(after[aside.end() :]) is not None
                )
            )
        )
        or (before and (_DID_NOT_BEFORE.match(before) or _NOT_SO_IN_ANSWER.match(before)))
        or _IN_A_DENIAL.match(sentence.masked)
        or asked
        or (act.verb.word.lower() in _CORRECTING and _NEGATED_CLAUSE.match(after))
        or (
            # 'The ministry, reacting to a report this week, said that its troops take orders from Baghdad, not from
            # militia leaders': what answers a report and says a thing is not so denies it
            # (searched in the sentence's own words, where '^' is its start, not only the paragraph's)
            _ANSWERING_REPORT.search(masked[sentence.start : act.verb.start]) is not None
            and _NOT_SO_IN_ANSWER.match(after) is not None
        )
        or any(
            # 'rejected the move, calling it part of efforts to demonize the group': any verb of the subject's
            (
                a.verb.word.lower() in _LABELLING
                and not anothers_words
                and (
                    _DISMISSIVE.search(sentence.paragraph.text, a.verb.end, sentence.end)
                    or _LABELLED_SAID_FALSE.match(sentence.paragraph.text, a.verb.end, sentence.end)
                )
            )
            or (
                a.verb.word.lower() in _JUDGING
                and _AS_DISMISSIVE.search(sentence.paragraph.text, a.verb.end, sentence.end)
            )
            for a in reading.acts
            if a.speaker.same(act.speaker)
        )
    ):
        return None
    what = _object(reading, act) if act.verb.form == "finite" and not before else before.strip().rstrip(",")
    if told is not None:
        what = _object(reading, told) or what  # ('..., stressing that this was not true': what the claim told)
    if what and not before and _speaker_after(reading, act):
        # '"...," said Lev Arno, calling the reports baseless': after a verb set before its speaker comes the speaker,
        # not what is denied; a participle of the same speaker that follows says what ('the reports baseless')
        then = next((a for a in reading.acts if a.verb.form == "participle" and a.verb.start > act.verb.end), None)
        if then is not None and then.speaker.same(act.speaker):
            act, what = then, _object(reading, then)
        else:
            what = ""
    if act.verb.form == "according" or not what:
        what = sentence.text.strip().rstrip(".")
    judged = ""
    if quoted is not None and _only_a_label(quoted.text):
        # the quoted words only judge what was said ('calling the allegations "fabricated"'): the thing judged was
        # denied, not the word
        judged = _judged_thing(sentence.paragraph.text[sentence.start : quoted.start]) or _labelled_after_label(
            sentence.paragraph.text, sentence.start, sentence.end, quoted.start
        )
    if judged:
        what = judged
    elif rest := _object_after_marks(reading):
        what = rest  # 'said Veloria "strongly rejects" reports that ...': the marks hold the verb, its object follows
    elif asked:
        what = asked  # 'Asked whether the brigade had left, X said: "Absolutely not."': what was asked is denied
    elif quoted is not None and by_quote and (charge := _charge_before(reading, act, quoted)):
        what = charge  # 'X said Velorian claims "are not true at all"': the claims are denied, not their predicate
    elif quoted is not None and (quoted.end <= act.verb.start or by_quote):
        what = quoted.text.strip().rstrip(".,")  # '"We did not do it," X told Y': the words deny, not 'Y'
        what = _without_admission(what)
    return Denial(reading, act, (what,), (), answered=bool(asked) and what == asked)


# A negation in a quotation, and where a clause after it goes on to admit something else: 'We have not sent fighters;
# we sent advisers', 'We did not arm them, we only trained them', 'We never armed them, but we trained them'.
_NEGATED = re.compile(r"\b(?:not|never|no)\b|n['\u2019]t\b", re.IGNORECASE)
_ADMISSION_AFTER = re.compile(
    # (each branch starts at a mark or where a run of spaces starts: none rescans a run from each of its positions)
    r"(?:;|,(?:\s+but)?|\.|(?<!\s)\s+but|(?<!\s)\s*[\u2014\u2013]|(?<!\s)\s+-)\s+(?=(?:we|i|they|it|he|she)\s+"
    r"(?:(?:only|just|merely|simply|instead|rather)\s+)?[a-z]+\b)",
    re.IGNORECASE,
)


def _without_admission(words: str) -> str:
    """The negated clause of quoted words that go on to admit something else in a clause of their own (with no
    negation in it): 'We have not sent fighters' of 'We have not sent fighters; we sent advisers'. The admission is
    no part of what was denied."""
    negation = _NEGATED.search(words)
    if negation is None:
        return words
    admission = _ADMISSION_AFTER.search(words, negation.end())
    if admission is None or _NEGATED.search(words, admission.end()) is not None:
        return words
    return words[: admission.start()].rstrip(" ,;.")


# A question put to the speaker, whether something is so: 'Asked (by Meridian Wire) whether the brigade had left
# Kessel,', as the sentence's opening or as the sentence before ('Lev Arno was asked if the brigade shelled the town.').
_ASKED_WHETHER_OPENING = re.compile(
    r"\s*+(?:When\s++|Once\s++)?(?i:asked)\s++(?:by\s++[^,;:\u2591]{1,60}?\s++)?(?:whether|if)\s++([^,;:\u2591]{3,200}+),"
)
_ASKED_WHETHER_BEFORE = re.compile(
    r"\basked\s++(?:by\s++[^,;:.\u2591]{1,60}?\s++)?(?:whether|if)\s++([^;:.?!\u2591]{3,200}+)[.?]\s*+\Z"
)
# The same question told after the answer and its speaker's verb, to the sentence's end: '..., Lev Arno said when asked
# whether the group had left', 'told reporters after being asked if ...'.
_ASKED_WHETHER_AFTER = re.compile(
    r"\b(?:when|after\s++being|after\s++(?:he|she|it|they)\s++(?:was|were))\s++asked\s++"
    r"(?:by\s++[^,;:.\u2591]{1,60}?\s++)?(?:whether|if)\s++([^,;:.?!\u2591]{3,200}+)[.?]?\s*+\Z",
    re.IGNORECASE,
)
# A question of what will be, or of what one means to do: answering no refuses or predicts, it denies no report.
_WHAT_WILL_BE = re.compile(r"\b(?:will|would|shall|should|could|might|may|can|plans?|intends?|wants?|going\s+to)\b")
# A quoted answer that says no: 'Absolutely not.', 'No, never.', 'Of course not, we were not there.'
_SAYS_NO = re.compile(
    r"\s*+(?:no|never|absolutely\s+not|certainly\s+not|definitely\s+not|of\s+course\s+not|not\s+at\s+all|"
    r"by\s+no\s+means|no\s+way)(?:\s*+[,.!;\u2014-]\s*+(?:never\b|not\b)?[^?]{0,200}?)?\s*+[.,!]?\s*+\Z",
    re.IGNORECASE,
)


def _answers_no(reading: Reading) -> str:
    """What a speaker denies by answering no to a question put to them ('Asked whether the brigade had fighters in
    Kessel, Lev Arno said: "Absolutely not."'): the words of the question, or '' where the sentence is no such
    answer."""
    sentence = reading.sentence
    answer = next((q for q in sentence.quotes if _SAYS_NO.fullmatch(q.text)), None)
    if answer is None or answer is not sentence.quotes[0]:
        return ""
    masked = sentence.paragraph.masked
    opening = _ASKED_WHETHER_OPENING.match(masked, sentence.start, answer.start)
    if opening is None and answer.start - sentence.start <= 2:
        opening = _ASKED_WHETHER_BEFORE.search(masked, max(0, sentence.start - 300), sentence.start)
    if opening is None and answer.start - sentence.start <= 2:
        # (or the question told after the answer and its speaker: '"Absolutely not," Lev Arno said when asked whether
        # the group had left the town')
        opening = _ASKED_WHETHER_AFTER.search(masked, answer.end, sentence.end)
    if opening is None or _WHAT_WILL_BE.search(opening.group(1)):
        return ""  # ('Asked whether talks would resume, X said: "No."': a plan refused, no claim denied)
    return opening.group(1).strip()


# A verb of replying that brings no words of its own, then a comma: 'hit back on Monday,', 'fired back,', 'responded
# swiftly,', 'reacted angrily,' (what the participle after it says is the subject's answer).
_REPLY_THEN_COMMA = re.compile(
    r"\b(?:hit|hits|fired|fires|shot|shoots|struck|strikes|pushed|pushes)\s+back|\b(?:responded|responds|reacted|"
    r"reacts|replied|replies|retorted|retorts|countered|counters)|"
    # (and setting the record straight, which answers what was said: 'set the record straight, saying ...', 'issued a
    # clarification on Monday, saying ...', 'moved to correct the record, stressing ...')
    r"\b(?:set|sets)\s+the\s+record\s+straight|\b(?:corrected|corrects|correct)\s+the\s+record|"
    r"\b(?:issued|issues)\s+(?:a\s+)?(?:clarification|correction|rebuttal)"
)
# How and when one replied, after the verb (possessive, so that no run of spaces is shared by two repeats).
_REPLY_HOW = (
    r"(?:\s++(?:swiftly|quickly|angrily|sharply|furiously|immediately|later|today|"
    r"yesterday|(?:on|late|early)\s++\w++|(?:" + DAYS + r")))*+"
)
_REPLY_TAIL = re.compile(_REPLY_HOW + r"\s*+,\s*+$", re.IGNORECASE)

# What follows such a verb, up to the words of a participle of saying after the comma: ' on Sunday, saying'.
_REPLY_THEN_SAYING = re.compile(
    _REPLY_HOW + r"\s*+,\s*+" + alternation(NAME_THEN_PARTICIPLE | STRESSING) + r"\s+(?:that\s+)?",
    re.IGNORECASE,
)


def _after_a_reply(reading: Reading, act: Act) -> bool:
    """Whether a participle of saying follows, after a comma, a verb of replying of its own subject that brings no
    words: 'Lev Arno hit back, saying ...', 'The ministry responded on Monday, stressing ...'."""
    if act.verb.form != "participle" or act.verb.word.lower() not in NAME_THEN_PARTICIPLE | STRESSING:
        return False
    before = reading.sentence.paragraph.masked[reading.sentence.start : act.verb.start]
    return any(_REPLY_TAIL.fullmatch(before, reply.end()) for reply in _REPLY_THEN_COMMA.finditer(before))


def _subject_named_before(reading: Reading, act: Act) -> bool:
    """Whether a participle of saying has its own subject, a name right before it: 'after Lev Arno reiterating'."""
    if act.verb.form != "participle" or act.verb.word.lower() not in NAME_THEN_PARTICIPLE:
        return False
    before = reading.sentence.paragraph.masked[reading.sentence.start : act.verb.start]
    return re.search(r"\b[A-Z][\w'\u2019-]*\s+$", before) is not None


# The writer's aside on a charge, no denial: 'X accused Y without any evidence of ...', 'X claimed, without offering
# proof, that ...' (right after the speaker's verb of charging and a few words of its object).
_UNPROVEN = re.compile(
    r"\bwithout\s+(?:(?:providing|offering|presenting|giving)\s+)?(?:a\s+|any\s+)?(?:[a-z]+\s+)?(?:evidence|proof)\b",
    re.IGNORECASE,
)
_CHARGING = frozenset(
    "accused accuses alleged alleges claimed claims said says asserted asserts insisted insists charged".split()
)
_CHARGED_THEN = re.compile(r"[\s,]*(?:[\w'\u2019.-]+\s+){0,3}?,?\s*")


# A charge that another side spreads lies, no denial of a claim: 'Ostravia accused Velor of spreading lies about the
# strike', 'charged the channel with peddling falsehoods', 'blamed the media for spreading fake news' (a side's
# accusation of deceit, where no one's words are named as false; but 'of spreading lies that our fighters fled' names
# the claim, and 'denied the reports and accused Velor of spreading lies' denies by its verb).
_ACCUSED_OF_LIES = re.compile(
    r"\b(?:accus(?:e|es|ed|ing)|charg(?:e|es|ed|ing)|blam(?:e|es|ed|ing))\s+(?:[\w'\u2019.-]+\s+){1,6}?(?:of|with|for)\s+"
    r"((?:[a-z]+ly\s+)?(?:spreading|peddling|disseminating|circulating|propagating|publishing|broadcasting|telling|"
    r"fabricating|inventing)\s+(?:(?:more|such|fresh|these|those|its|their|his|her)\s+)?(?:[a-z]+\s+)?(?:lies|falsehoods|"
    r"disinformation|misinformation|fake\s+news|false\s+(?:news|reports|stories|rumou?rs|information|claims)|"
    r"fabrications|rumou?rs))\b(?!\s+(?:that|claiming|saying|alleging)\b)",
    re.IGNORECASE,
)
# The same charge, the other side's words being what it calls false, whatever the verb of passing them on: 'countered
# by accusing officials of delivering "inaccurate reports"', 'accusing the agency of spreading "lies"'. Said by a side
# charged earlier in the article, with the words in marks, it answers that charge: its denial (_denial_by_words, with
# ``charged``); else it stays the charge it is.
_ACCUSERS_LIE = re.compile(
    r"\b(?:accus(?:e|es|ed|ing)|charg(?:e|es|ed|ing)|blam(?:e|es|ed|ing))\s+(?:[\w'\u2019.-]+\s+){1,6}?(?:of|with|for)\s+"
    r"(?:[a-z]+ly\s+)?[\u201c\"\u2018']?[a-z]+ing\s+(?:(?:more|such|fresh|these|those|its|their|his|her|the)\s+)?"
    rf"[\u201c\"\u2018']?(?:[a-z]+\s+)?(?:{FALSE_WORDS}|{FALSE_PHRASES}|lies|lying)\b",
    re.IGNORECASE,
)


def _without_aside(reading: Reading) -> str:
    """The sentence's words with the writer's 'without (any) evidence' after a verb of charging blanked out, and a
    charge that another side spreads lies (:data:`_ACCUSED_OF_LIES`)."""
    sentence = reading.sentence
    text = sentence.text
    masked = sentence.paragraph.masked
    for m in _ACCUSED_OF_LIES.finditer(text):
        text = text[: m.start(1)] + " " * (m.end(1) - m.start(1)) + text[m.end(1) :]
    for m in _UNPROVEN.finditer(text):
        at = sentence.start + m.start()
        if any(
            a.verb.end <= at
            and a.verb.word.lower() in _CHARGING
            and _CHARGED_THEN.fullmatch(masked, a.verb.end, at)
            # (not what was said, judged: 'said the claims were without any evidence')
            and not _A_CLAIM.search(masked, a.verb.end, at)
            for a in reading.acts
        ):
            text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text


_A_DENIAL = re.compile(r"\b(?:denials?|rebuttals?|refutations?)\b", re.IGNORECASE)
_A_CLAIM = re.compile(rf"\b{SAID}\b", re.IGNORECASE)
# The words a cue judges, up to the clause's end: 'no truth | in the brigade's denial'.
_CLAUSE_JUDGED = re.compile(r"[^,;:.?!\u2591\u201c\u201d\"]{0,80}")


def _judges_a_denial(text: str, cue: int) -> bool:
    """Whether the words that call something false at ``cue`` judge another's denial, named after them in their
    clause with no claim before it and no other words calling something false after it: 'there was no truth in the
    brigade's denial', 'not a shred of truth to the ministry's denials' (not 'no truth in reports that the brigade
    issued a denial', whose reports are judged)."""
    after = _CLAUSE_JUDGED.match(text, cue + 1)
    if after is None:
        return False
    judged = after.group()
    denial = _A_DENIAL.search(judged)
    if denial is None or _A_CLAIM.search(judged, 0, denial.start()):
        return False
    return _false_at(text[after.end() :]) is None


# Words of the sentence's own before its marks open: 'The brigade "had no role ..."' (not '"We did not ...," X said', a
# quotation whole, which denies by what it says: denies_in_quotation).
_WORDS_BEFORE_MARKS = re.compile(r"\s*+[^\s\u201c\"\u2591]")
# The speaker's pronoun outside the marks, the rest quoted: 'said it "did not fire a shot"'
# (or a side named, and a word or two of its verb before the marks: 'said the brigade "had no role" in the raid', 'said
# it had "no role"', 'said the Kessel Brigade "played no part"')
_SUBJECT_THEN_QUOTE = re.compile(
    r"\s*+(?:that\s++)?(?:it|he|she|they|" + _NAMED_SIDE + r")\s++(?:[a-z]++\s++){0,2}?[\u201c\"]", re.IGNORECASE
)


def _speaker_after(reading: Reading, act: Act) -> bool:
    """Whether a verb's speaker is named right after it, perhaps after a title ('said Lev Arno', 'said the
    brigade', 'said Brig. Gen. Lev Arno')."""
    if act.speaker.entity is None:
        return False
    masked = reading.sentence.paragraph.masked
    start = _BEFORE_NAME.match(masked, act.verb.end)
    return start is not None and any(
        reading.entities.get(id(m)) is act.speaker.entity and _TITLE_WORDS.fullmatch(masked, start.end(), m.start)
        for m in reading.mentions
        if m.start >= start.end()
    )


# After 'told': the hearer named, or one of the hearers news leaves unnamed, then 'that' if any.
_TOLD_WHOM = re.compile(
    rf"(?:\s+(?:{UNNAMED_HEARERS}|(?:a\s+|the\s+)?news\s+conference))?(?:,)?(?:\s+that\b)?",
    re.IGNORECASE,
)
# Verbs that take whom they address before 'that', as 'told' does, and the few words of that hearer: 'assured the
# envoy that', 'informed Veloria that'.
_ASSURING = frozenset("assured assures reassured reassures informed informs".split())
_ASSURED_WHOM = re.compile(r"\s+(?:[\w'\u2019.-]+\s+){1,4}?that\b", re.IGNORECASE)
_BEFORE_NAME = re.compile(r"[\s,]*(?:the\s+)?", re.IGNORECASE)
_TITLE_WORDS = re.compile(r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}")


def _unquoted(sentence: Sentence, act: Act) -> str:
    """The words after a verb with their quotation marks dropped: 'said it “did not fire a shot”' reads as
    'said it did not fire a shot' (the masked text hides the quoted words)."""
    after = sentence.paragraph.text[act.verb.end : sentence.end]
    return "".join(c for c in after if c not in QUOTATION_MARKS)


# A noun of charging after the clause it sums up, then the subject of the active verb that denies it: ', a claim that
# Lev Arno', ', an accusation which the brigade', in the plural with no article too (', allegations the brigade')
# (before 'denied').
_CHARGE_SUMMED_BEFORE_SUBJECT = re.compile(
    rf",\s++(?:an?\s++(?:[a-z-]+\s+)?{CHARGES}|(?:[a-z-]+\s+)?{CHARGES}(?<=s))\s++(?:(?:that|which)\s++)?"
    r"[^,;:]{1,60}?\s*+$"
)


def _charge_summed_before(reading: Reading, act: Act) -> str:
    """What a denial with no object denies where a charge sums up the clause before it: 'The army said that its jets
    hit two camps, a claim that X denied' denies that its jets hit two camps (the clause, less the verb of saying of
    those who made it); '' where the sentence is not so."""
    sentence = reading.sentence
    before = sentence.paragraph.text[sentence.start : act.verb.start]
    before = re.sub(r"(?<!\s)\s++(?:(?:has|have|had)\s++)?+(?:[a-z]+ly\s++)?+$", " ", before)
    summed = _CHARGE_SUMMED_BEFORE_SUBJECT.search(before)
    if summed is None:
        return ""
    clause = _TURN.sub("", before[: summed.start()].strip())
    made = _CHARGE_MADE.match(clause)
    if made is None and not _CLAUSE_VERB.search(clause):
        return ""  # (a clause's verb, or the verb of saying of those who made the charge: 'said', which is no '-ed')
    return (clause[made.end() :] if made is not None else clause).strip()


def _passive_subject(reading: Reading, act: Act) -> str:
    """What a passive denial denies: its subject, the sentence up to the verb ('a report suggesting X ...')."""
    sentence = reading.sentence
    before = sentence.paragraph.text[sentence.start : act.verb.start]
    before = _PASSIVE_AUXILIARY.sub("", before)
    before = re.sub(r"^(?:In|On|At)\s+[^,]{1,30},\s*", "", before.strip())
    # ('However, the allegations have been rejected by X': what X rejected is the allegations, not the turn of the
    # story that opens the sentence)
    before = _TURN.sub("", before)
    summed = _CHARGE_SUMMED_UP.search(before)
    if summed is not None and _CLAUSE_VERB.search(before, 0, summed.start()):
        # 'X alleged that the office was linked to the raid, a charge that has been denied by Y': the charge is the
        # clause it sums up, less the verb of saying of those who made it
        clause = before[: summed.start()]
        made = _CHARGE_MADE.match(clause)
        return clause[made.end() :] if made is not None else clause
    return drop_trailing_connectors(before)


# A noun of charging set after the clause it sums up, as the subject of a passive denial: ', a charge that has
# already', ', an accusation which was', ', a claim' (the last comma of the words before the verb). The noun is
# indefinite, and only its relative pronoun and the passive's auxiliary follow it: not a subject after an opening
# phrase ('Earlier this week, the allegations were rejected'), nor a noun with a complement clause of its own
# ('Last month, an allegation that the army fled was denied').
_CHARGE_SUMMED_UP = re.compile(
    rf",\s++an?\s++(?:[a-z-]+\s+)?{CHARGES}\b"
    r"(?:\s++(?:that|which)(?:\s++(?:has|have|had|was|were|is|are|been|being|already|also|since|long|[a-z]+ly)\b)*+)?+"
    r"\s*+$"
)
# A clause the charge may sum up holds a verb ('the office was linked to the raid'), not only an opening phrase
# ('Last month', 'According to the newspaper').
_CLAUSE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|did|does|will|would|could|[a-z]{3,}ed)\b")
# Those who made a charge and their verb of saying, opening its clause: 'Rights groups have alleged that', 'Lev
# Arno claimed' (not a passive, 'Seven guards were reported killed', 'Two boats were said to', nor 'alleged' or
# 'reported' as an adjective, 'The alleged plot').
_CHARGE_MADE = re.compile(
    r"[^,]{1,80}?"
    r"(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bare)(?<!\bbeen)(?<!\bbeing)"
    r"(?<!\b[Tt]he)(?<!\b[Aa])(?<!\b[Aa]n)(?<!\b[Hh]is)(?<!\b[Hh]er)(?<!\b[Ii]ts)(?<!\b[Tt]heir)"
    r"\s(?:(?:have|has|had)\s+)?(?:alleged|claimed|charged|said|reported|suggested|asserted|maintained|"
    r"insisted|alleges|claims|charges|says|reports|suggests|asserts|maintains|insists)\s+(?:that\s+)?"
)


# The auxiliary of a passive, with the perfect's 'have' ('the allegations have been rejected by X').
_PASSIVE_AUXILIARY = re.compile(
    rf"(?<!\s)\s+(?:but\s+|and\s+)?(?:(?:have|has|had)\s+{PASSIVE_ADVERBS}been|was|were|is|are|been|being)\s+{PASSIVE_ADVERBS}$"
)
# A body's name joined to what follows by a spaced dash, after a comma, at the end of the words before a speaker:
# ', Joint Task Force - ' of ', Joint Task Force - Operation Kessel Shield spokesman Lev Arno said'.
_DASHED_NAME_END = re.compile(r",\s++(?:[A-Z][\w'\u2019.&-]*+\s++){1,6}[-\u2013]\s*+$")
# Words that open a sentence by turning from what came before: 'However,', 'But', 'Meanwhile,'.
_TURN = re.compile(r"^(?:(?:However|Yet|Still|Meanwhile|Nonetheless|Nevertheless),|But|And)\s+")


# A word of saying after an article or a possessive is a noun that the object holds, not the next verb: 'rejected
# the demands', 'the calls for talks', 'dismissed his remarks'.
_NOUN_AFTER = re.compile(r"\b(?:the|a|an|its|his|her|their|these|those|this|such|any|all|our|my)\s+$", re.IGNORECASE)

# An auxiliary of the denied that-clause's own verb: 'denied that it had pledged allegiance', 'that X would vow'.
_PERFECT_IN_CLAUSE = re.compile(r"\s+(?:[^,;.:]{1,60}?\s+)?that\s+[^,;.:]{1,40}?\s(?:had|has|have|would)\s+$")
# An auxiliary of a denied clause with no 'that', its subject a pronoun, perhaps after a time: 'denied (on Friday)
# they had threatened', 'denied it would vow'.
_PRONOUN_CLAUSE = re.compile(
    r"\s+(?:(?:on|in|at|last|this|late)\s+[^,;.:]{1,25}?\s+)?(?:it|they|he|she|we|i)\s+(?:had|has|have|would)\s+$",
    re.IGNORECASE,
)
# A verb of saying whose object is a number of dead or captured: 'the fighters the army claimed killed', 'the men
# Veloria reported dead', read as part of the clause it stands in.
_COUNTS_THE_DEAD = re.compile(r"\s+(?:killed|dead|wounded|injured|captured|arrested|detained|missing)\b", re.IGNORECASE)
# A relative clause a preposition opens, up to its verb: 'in which he', 'through which the brigade'.
_PREPOSITION_WHICH = re.compile(
    r"\b(?:in|by|through|with|on|under|from|via)\s+which\s+(?:[\w'\u2019-]+\s+){1,3}$", re.IGNORECASE
)
# The writing or occasion a denial was made in, then 'in which': 'in a statement in which', 'in its video in which'.
_CHANNEL_WHICH = re.compile(
    r"(?<=\s)in\s+(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|video|message|interview|speech|"
    r"letter|briefing|broadcast|communiqu[e\u00e9]|press\s+conference|news\s+conference)\s+in\s+which\s",
    re.IGNORECASE,
)
# A judgement set before what it judges ('dismissed as "baseless" claims that ...'; the masked text blanks a quoted
# judgement to one run of marks: 'as "falsehood",' is 'as' and one token), and the words of saying that are then
# the object, not the next verb (but 'as baseless, said X' is said).
# (two judgements joined: 'dismissed as "baseless" and "absurd" claims that ...')
_AFTER_JUDGEMENT = re.compile(r"\bas\s+\S+(?:\s+(?:and|or)\s+\S+)?\s+$", re.IGNORECASE)
_JUDGED_NOUN = re.compile(
    r"(?:claims?|reports?|alleged|allegations?|accusations?|statements?|assertions?)", re.IGNORECASE
)


# A noun, then 'that' or 'which' with no subject of its own, right before a verb: a relative clause inside the object.
_RELATIVE_SAID = re.compile(r"[a-z]\s++(?:that|which)\s++$")


# What a report said, set after its noun (and where it ran: 'a report in the Daily Post', 'a story by Meridian Wire')
# with a comma and a participle or a relative clause of its own: 'refuted as "baseless" a newspaper report, claiming
# that the president had fled', 'denied a report, which alleged that ...'; and with no comma after where it ran ('a
# report in the Daily Post claiming that ...'). The report's words are what is denied, not the noun alone. A
# participle after the comma may be the denier's own (its reason: 'denied the report, claiming that its troops had
# only returned fire'): only the participles of making a charge count, after a report first named ('a report') or
# judged before it ('dismissed as false the report, alleging that ...'), and not with words of its own that deny or
# judge, which are the denier's ('denied a report, claiming that it was fabricated').
_REPORT_NOUN = r"(?:reports?|stor(?:y|ies)|articles?|claims?|allegations?|accusations?|rumou?rs?|news)"
_REPORT_THEN = re.compile(
    rf"\b{_REPORT_NOUN}(?P<ran>\s++(?:in|by|on|from)\s++(?:[\w'\u2019.-]++\s++){{0,4}}?[\w'\u2019.-]++)?"
    r"(?:(?P<comma>,)\s++(?P<which>(?:which|that)\s++)?+|\s++)$",
    re.IGNORECASE,
)
_REPORT_CHARGING = frozenset("claiming alleging suggesting purporting asserting".split())
_REPORT_SAID = frozenset("claimed alleged suggested purported asserted said stated reported".split())
# The determiner of the report's noun phrase, the last before its noun; and a judgement set first ('as "baseless"').
_LAST_DETERMINER = re.compile(
    r"(?:^|\s)(a|an|the|these|those|this|such|its|his|her|their)\s++(?:[\w'\u2019.-]++\s++){0,5}?$", re.IGNORECASE
)
_JUDGED_BEFORE = re.compile(r"\s*+(?:[a-z]+ly\s++)?as\s", re.IGNORECASE)
_DENIERS_WORDS = re.compile(rf"\b(?:not|never|no|{FALSE_WORDS}|lies?|lying)\b|n['\u2019]t\b", re.IGNORECASE)


def _reports_own_verb(masked: str, act: Act, at: int, word: str, end: int) -> bool:
    """Whether the verb of saying ``word`` at ``at``, after a denial's verb, is the report's it denies."""
    noun = _REPORT_THEN.search(masked, max(act.verb.end, at - 80), at)
    if noun is None:
        return False
    word = word.lower()
    if noun.group("which"):
        return word in _REPORT_SAID
    if word not in _REPORT_CHARGING:
        return False
    if not noun.group("comma"):
        return noun.group("ran") is not None  # ('a report claiming that' is one noun phrase already)
    before = masked[act.verb.end : noun.start()]
    determiner = _LAST_DETERMINER.search(before)
    first = _JUDGED_BEFORE.match(before) is not None or (
        determiner is not None and determiner.group(1).lower() in ("a", "an")
    )
    return first and not _DENIERS_WORDS.search(masked, at + len(word), end)


def _object(reading: Reading, act: Act) -> str:
    sentence = reading.sentence
    text, masked = sentence.paragraph.text, sentence.paragraph.masked
    end = sentence.end
    later = [
        v.start
        for v in find_verbs(sentence.masked, sentence.start)
        if v.start > act.verb.end
        and not _NOUN_AFTER.search(masked, max(0, v.start - 30), v.start)
        # (nor a verb of the denied clause's own: 'denied that it had pledged allegiance to ...', 'that X had vowed')
        and not _PERFECT_IN_CLAUSE.match(masked, act.verb.end, v.start)
        # (nor the object after a judgement set first: 'dismissed as "baseless" claims that ...', 'dismissed as
        # “falsehood”, alleged killing of ...')
        and not (_AFTER_JUDGEMENT.search(masked, max(0, v.start - 40), v.start) and _JUDGED_NOUN.fullmatch(v.word))
        # (nor another's denial as a noun: 'dismissed the brigade's denial of any role' dismisses the denial)
        and not OWNED_DENIAL.fullmatch(v.word)
        # (nor the verb of a clause with no 'that' whose subject is a pronoun: 'denied on Friday they had threatened
        # to attack Veloria' denies all of it, not 'they had')
        and not _PRONOUN_CLAUSE.match(masked, act.verb.end, v.start)
        # (nor a verb of saying that counts the dead, inside what is denied: 'denied that he was among the fighters
        # the army claimed killed in the raid')
        and not _COUNTS_THE_DEAD.match(masked, v.end)
        # (nor the verb of a relative clause a preposition opens, inside what is denied: 'denied that a tweet in which
        # he claimed the group had killed 13 soldiers had been sent from Y' denies it all, not 'a tweet in which he')
        and not _PREPOSITION_WHICH.search(masked, max(0, v.start - 50), v.start)
        # (nor the verb of a relative clause whose subject is 'that' or 'which' itself: 'denied reports that said he
        # had been killed' denies the reports and what they said, not 'reports that')
        and not _RELATIVE_SAID.search(masked, max(0, v.start - 40), v.start)
        # (nor the report's own verb after a comma or where it ran: 'refuted as "baseless" a newspaper report, claiming
        # that the president had fled', 'denied a report, which alleged that ...', 'a report in X claiming that ...')
        and not _reports_own_verb(masked, act, v.start, v.word, end)
    ]
    # (but in the writing the denial was made in, the later verb is its own: 'denied the raid in a statement in which
    # it said the town was calm' denies 'the raid')
    later += [
        m.start()
        for m in _CHANNEL_WHICH.finditer(masked, act.verb.end, end)
        if find_verbs(masked[m.end() : end], m.end())
    ]
    later.sort()
    for at in later:
        if at >= end:
            break
        # the clause of the later verb begins before it: its subject and a conjunction ('denied involvement in the
        # clash after Ostravia said it had repelled an attack' denies 'involvement in the clash'), or its speaker set
        # after the words ('denies accusations its troops killed civilians, the ministry's spokesman said' denies
        # 'accusations its troops killed civilians')
        lead = _LATER_CLAUSE_LEAD.search(masked, act.verb.end, at) or _APPOSED_SPEAKER_LEAD.search(
            masked, act.verb.end, at
        )
        if lead is not None and _time_inside_object(masked, act, lead):
            continue  # (a time inside what is denied: its verb of saying is no later speaker's; look further)
        end = lead.start() if lead is not None else at
        aside = _ASIDE_OF_ANOTHER.search(masked, act.verb.end, at) if _ASIDE_CLOSES.match(masked, at) else None
        if aside is not None:
            # another's aside inside what is denied ('denied a raid which killed ten and, the militia said, two
            # advisers', 'the camp, which, residents said, had no fighters'): what is denied ends before it, and the
            # word that opened the clause the aside cuts goes with it (not 'ten and, that group', 'the camp, which')
            end = aside.start()
        break
    stop = _CLAUSE_END.search(masked, act.verb.end, end)
    if stop:
        end = stop.start()
    second = _SECOND_PREDICATE.search(masked, act.verb.end, end)
    if second is None and _INFINITIVE_VERB.search(masked, act.verb.start, act.verb.end):
        second = _SECOND_INFINITIVE.search(masked, act.verb.end, end)
    if second:
        end = second.start()
    if OWNED_DENIAL.fullmatch(act.verb.word) and act.verb.word.lower().endswith("of"):
        # a denial as a noun, the subject of the sentence's own verb: what follows 'of' ends where that verb begins
        # ('the brigade's denial of any role in the raid came hours later' denies 'any role in the raid')
        main = _NOUN_PHRASE_END.search(masked, act.verb.end, end)
        end = main.start() if main else end
    if OPENING.fullmatch(masked, sentence.start, act.verb.start):
        comma = masked.find(",", act.verb.end, end)  # 'Denying the reports, the ministry said': to the comma
        end = comma if comma > 0 else end
    begin = act.verb.end
    if act.verb.word.lower() in ("told", "tells"):
        # the one told is not what is denied: 'told Meridian Wire (that) the reports were false'
        hearer = next((m for m in reading.mentions if _BEFORE_NAME.fullmatch(masked, act.verb.end, m.start)), None)
        told = _TOLD_WHOM.match(masked, hearer.end if hearer is not None else act.verb.end)
        begin = told.end() if told is not None else begin
    elif act.verb.word.lower() in _ASSURING:
        # whom the speaker assured is not what is denied either: 'assured Veloria that its fighters were not involved'
        addressed = _ASSURED_WHOM.match(masked, act.verb.end, end)
        begin = addressed.end() if addressed is not None else begin
    what = text[begin:end].strip()
    what = _PHRASE_JUDGED_FIRST.sub("", what)
    what = drop_trailing_connectors(what)
    what = _without_voice(what)  # (before the lead, which reads 'on the' of 'on the lips of' as a day's 'on')
    what = _LEAD.sub("", what).strip()
    # how and to whom it was denied is not what was denied: 'denied by phone to the AP that the brigade had fired',
    # 'denied in a message on Tuesday that it had', 'dismissed the reports in a statement'
    channel = _CHANNEL_LEAD.match(what)
    if channel and _DENIED_AFTER_CHANNEL.match(what, channel.end()):
        what = what[channel.end() :]
    what = _without_voice(what)  # (again after the lead: 'denied on Monday through its spokesman X the reports')
    what = _HOW_IT_WAS_SAID.sub("", what)
    if _CHANNEL_ALONE.fullmatch(what):
        what = ""  # ('published a denial on their Telegram channel': where, not what; the sentence stands for it)
    what = _WHERE_THEN_THAT.sub("", what)
    what = _CHANNEL_TAIL.sub("", what)
    what = _ADDRESSED_TAIL.sub("", what)
    what = _TOLD_WHEN_TAIL.sub("", what)
    what = _REPORTED_TAIL.sub("", what)
    what = _ATTENTION_DRAWN.sub("", what)
    return _without_judgement_after(_JUDGED_FIRST.sub("", what))


# How the denial was put, at the end of what is denied: 'denied the reports by saying that "..."', 'by describing
# them as lies' (what follows is the denial's own words, which a quotation or the summary holds, not what it denies).
_HOW_IT_WAS_SAID = re.compile(
    r"(?<=\w)\s++by\s++(?:saying|stating|declaring|describing|calling|noting|insisting|stressing|affirming)\b.*+$",
    re.IGNORECASE | re.DOTALL,
)


# A statement's formula before what it answers: 'the attention of the army has been drawn to a report that ...', 'its
# attention had been drawn to': the report is what is answered, not the speaker's attention.
_ATTENTION_DRAWN = re.compile(
    r"^(?:(?:the|its|our|their|his|her)\s++)?attention\s++(?:of\s++(?:[^\s,;]++\s++){1,8}?)?"
    r"(?:has|had|have|was|is)\s++(?:been\s++)?(?:drawn|called|brought)\s++to\s++",
    re.IGNORECASE,
)


# A second verb of the denier's after 'and', one of praising, urging or pointing at another, which a denied clause
# seldom goes on with: 'denied its fighters took part in the clashes, and commended the army for its stand', 'dismissed
# that his group had launched the attack and pointed an accusing finger at the army' (before: all of it was denied).
# (Seldom, not never: 'denied that its leaders met the envoy and welcomed the attack' is cut to the meeting.)
_SECOND_PREDICATE = re.compile(
    r",?(?<!\s)\s++and\s++(?:also\s++)?(?:commended|praised|hailed|lauded|welcomed|thanked|urged|appealed|vowed|"
    r"pointed\s++(?:an?\s++)?(?:accusing\s++)?finger|called\s++on|reiterated|expressed)\b",
    re.IGNORECASE,
)


# The same after a denial in the infinitive, a second purpose joined to it: 'appeared in Nairobi to deny the allegations
# and defend the president', 'went on television to deny the reports and thank his supporters' (base forms, which
# after 'to deny' are verbs, not nouns).
_INFINITIVE_VERB = re.compile(r"\bto\s++[a-z]++\Z", re.IGNORECASE)
_SECOND_INFINITIVE = re.compile(
    r",?(?<!\s)\s++and\s++(?:to\s++)?(?:[a-z]+ly\s++)?(?:defend|thank|praise|hail|welcome|commend|call|urge|appeal|"
    r"reaffirm|reiterate|stress|express|announce|explain|present|outline|highlight|demand|insist|accuse|blame|warn|"
    r"condemn|vow|pledge|promise|affirm|assure|reassure|clarify|confirm|ask)\b",
    re.IGNORECASE,
)


# Where a later verb's own clause begins, before its subject: a conjunction of time or cause ('after Ostravia said',
# 'hours after the ministry claimed', 'when the council reported'), or a comma and a short noun phrase that is the
# speaker of the words before it ('..., the defence ministry spokesman said'); up to six words of subject.
_LATER_CLAUSE_LEAD = re.compile(
    r"(?:(?<!\s)\s+(?:(?:hours|days|weeks|shortly|soon|just|ever)\s+)?(?:after|when|since|because|following)\s+|"
    r",\s+(?=(?:the|a|an|its|his|her|their)\s|"
    # (or a speaker with no article: ', state news agency KNA said', ', army spokesman Lev Arno said'; not a clause a
    # conjunction or a relative word opens)
    r"(?!(?:which|who|whom|whose|where|when|while|as|and|but|or|that|if|though|although|before|until|unless)\b)"
    r"[\w'\u2019.-]+\s))"
    r"(?:[\w'\u2019.-]+\s+){0,6}?$",
    re.IGNORECASE,
)


# The same speaker set after the words with a description and then the name, each set off by commas: 'denied reports
# that it plans to hand over the prisoners, a spokesman for the group's political office, Lev Arno, told Meridian Wire'
# denies 'reports that ...' (before: the description and the name were denied too; the commas kept the lead above from
# reaching back past them). The name is one to four capitalised words, with its particles in small letters between
# them ('Luiz da Vessa', 'Karel van Dorne') and an article written onto a word ('Lev al-Arno'), as names are read.
_NAME_WORD = r"(?-i:(?:[a-z]{1,3}-)?+[A-Z])[\w'\u2019.-]*+"
_PARTICLES = alternation(CONNECTORS - {"of", "the"})
_APPOSED_SPEAKER_LEAD = re.compile(
    rf",\s++(?:the|a|an|its|his|her|their)\s[^,;:\u2591]{{3,80}}?,\s++(?:(?:{_NAME_WORD}|(?-i:{_PARTICLES}))\s++){{0,4}}+"
    rf"{_NAME_WORD},\s++$",
    re.IGNORECASE,
)


# An aside set off by commas that ends in a verb of saying, inside what is denied: ', the militia said,' (with the
# word before it that opens a clause: 'and', 'which', 'that'); and the comma after that verb that closes it.
_ASIDE_OF_ANOTHER = re.compile(
    r"(?:(?:,|\s)\s*+(?:and|but|which|that|who)\b)?+,\s++(?:[\w'\u2019.-]++\s++){1,6}+$", re.IGNORECASE
)
_ASIDE_CLOSES = re.compile(r"[a-z]++(?:\s++(?:on|last)\s++[A-Za-z]++)?+,", re.IGNORECASE)


# A relative clause of what is denied ('denied that its forces had left the town, which they have held since ...'),
# and a perfect before the denial's verb ('has denied ... ever since ...': the time is the denial's own).
_RELATIVE_IN_OBJECT = re.compile(r",\s+(?:in\s+|on\s+|at\s+)?(?:which|where|who|whom|whose)\s", re.IGNORECASE)
# (the words that may stand between them are those between a subject and its verb: 'has long denied', 'had always
# rejected', 'has also since denied')
_PERFECT_BEFORE = re.compile(rf"\b(?:has|have|had)\s+(?:(?:{TRAILING_WORDS})\s+){{0,2}}$", re.IGNORECASE)


# A judgement of several words set before the charge it judges: 'dismissed as part of a smear campaign allegations
# that ...', 'rejected as a ploy of the enemy claims of a raid' (what is denied opens with the charge's noun).
# (or one in marks right before the charge: 'dismissed as "ridiculous" claims by X of ...'; not 'as "baseless
# accusations" a report that ...', which the judgement set first below reads)
_PHRASE_JUDGED_FIRST = re.compile(
    r"^as\s++(?:(?:[\w'\u2019-]++\s++){1,7}?|[\u201c\"][^\u201c\u201d\"]{1,40}[\u201d\"]\s++)"
    r"(?=(?:(?:the|these|those|such)\s++)?"
    rf"(?:{CHARGES}|reports?|rumou?rs?)\s++"  # (every charge: 'charges that ...', 'assertions that ...' too)
    r"(?:that|of|about|by|linking)\b)",
    re.IGNORECASE,
)


def _time_inside_object(masked: str, act: Act, lead: re.Match[str]) -> bool:
    """Whether the clause of time that ``lead`` opens belongs to what is denied, not to the denial: it follows a
    relative clause of the object ('denied that its forces had withdrawn from the town, which they have held ever
    since the rebels declared a ceasefire'), or it is 'ever since', which asks for a perfect, after a denial that
    is none ('denied that its forces had pulled out ever since ...'; but 'has denied any role ever since ...').
    The verb of saying in it is the time's own, not a later speaker's tag (', the spokesman said' is cut still)."""
    conjunction = lead.group().strip().lower()
    if not re.match(r"(?:\w+\s+)?(?:after|since|when|following)\b", conjunction):
        return False
    relatives = list(_RELATIVE_IN_OBJECT.finditer(masked, act.verb.end, lead.start()))
    if relatives and "," not in masked[relatives[-1].end() : lead.start()]:
        return (
            True  # (a relative clause closed by a comma before the time leaves it the denial's: ', which ..., after')
        )
    return conjunction.startswith("ever") and not _PERFECT_BEFORE.search(
        masked, max(0, act.verb.start - 40), act.verb.start
    )


# A judgement set after what it judges: 'dismissed the report as "false"', 'dismissed the claims as government
# propaganda aimed at smearing the group', 'rejected the accusations as lies' deny 'the report', 'the claims', 'the
# accusations'; the judgement is the denier's word on them, not what was denied. Only after a short object with no
# clause of its own ('dismissed reports that he had served as a mediator' stays whole).
_JUDGED_AFTER = re.compile(
    r"(?<!\s)\s+as\s+(?=(?:[\w'\u2019-]+\s+){0,3}?[\u201c\"\u2018']?(?:"
    + FALSE_WORDS
    + r"|lie|ploy|attempt)\b|[\u201c\"\u2018'])",
    re.IGNORECASE,
)
_OWN_CLAUSE = re.compile(r"\b(?:that|which|who|whether|if)\b", re.IGNORECASE)


def _object_at(sentence: str, what: str, after: int) -> int:
    """Where what was denied stands in ``sentence``: its first place after the verb, at ``after`` ('Asked about the
    reports, X said the reports were "false"' judges the second 'the reports'), else its first (the words set before
    the verb: 'The reports were "false", X said'); -1 where it is not there."""
    if not what:
        return -1
    at = sentence.find(what, after)
    return at if at >= 0 else sentence.find(what)


def judgement_after(sentence: str, what: str, after: int = 0) -> str:
    """The judgement that follows what was denied in ``sentence`` (' as baseless', ' as "false"'), for the summary,
    which tells the denier's own words ('X dismissed the reports as baseless.'); '' where none follows. ``after``:
    where the verb ends in ``sentence``."""
    at = _object_at(sentence, what, after)
    if at < 0:
        return ""
    judgement = _JUDGED_AFTER.match(sentence, at + len(what))
    if judgement is None:
        return ""
    end = _JUDGEMENT_END.search(sentence, judgement.end())
    return sentence[at + len(what) : end.start() if end else len(sentence)].rstrip(" .")


# A judgement set between the verb and what it judges: 'termed as propaganda a report that ...', 'dismissed as
# baseless the claims'.
# (or in marks: 'described as "false and baseless" the allegation that ...', which would read 'X described the
# allegation that ...')
_JUDGED_BEFORE = re.compile(
    r"\s+(?:[a-z]+ly\s+)?as\s+(?:[^,;:\u201c\u201d\"]{1,60}|[\u201c\"][^\u201c\u201d\"]{1,60}[\u201d\"]"
    # (two labels in marks: 'described as "a lie" and "fantasy" figures ...')
    r"(?:\s+(?:and|or)\s+[\u201c\"][^\u201c\u201d\"]{1,60}[\u201d\"])?)"
)


def judgement_before(sentence: str, what: str, after: int = 0) -> str:
    """The judgement set between a denier's verb and what was denied (' as propaganda' in 'termed as propaganda a
    report that ...'), for the summary, which without it reads 'X termed a report that ...'; '' where none stands
    there. ``after``: as for :func:`judgement_after`."""
    at = sentence.find(what, after) if what else -1
    if at < 0 or not _JUDGED_BEFORE.fullmatch(sentence, after, at - 1 if sentence[at - 1 : at] == " " else at):
        return ""
    return " " + sentence[after:at].strip()


def called_after(sentence: str, what: str, after: int = 0) -> str:
    """What a denier's verb of saying called what was denied, in marks, right after it (' were "totally false"' in
    'X said the reports were "totally false" and part of ...'), for the summary: what was denied is 'the reports',
    and 'X said the reports.' alone says nothing; '' where no such words follow. ``after``: as for
    :func:`judgement_after`."""
    at = _object_at(sentence, what, after)
    if at < 0:
        return ""
    called = _CALLED_AFTER.match(sentence, at + len(what))
    return called.group(0) if called else ""


def labelled_after(sentence: str, verb: str, what: str, after: int = 0) -> str:
    """What a labelling verb called what was denied, right after it (' as "mere propaganda"' in 'described the video
    as "mere propaganda"', ' "baseless"' in 'called the report "baseless"'), for the summary, which without it reads
    'X described the video.'; '' for another verb or where no such words follow."""
    if verb.lower() not in _LABELLING:
        return ""
    judged = judgement_after(sentence, what, after)
    if judged:
        return judged
    at = _object_at(sentence, what, after)
    called = _LABEL_AFTER.match(sentence, at + len(what)) if at >= 0 else None
    return called.group(0) if called else ""


# ' "baseless"', ' as "mere propaganda"': the label in marks right after what a labelling verb labels.
_LABEL_AFTER = re.compile(r"\s+(?:as\s+)?[\u201c\"][^\u201c\u201d\"]{1,80}[\u201d\"]")


# ' were "totally false"', ' had been "utterly baseless"': a copula and the words in marks that judge the subject.
_CALLED_AFTER = re.compile(
    r"\s+(?:were|was|are|is|(?:had|have|has)\s+been)\s+(?:[\w'\u2019-]+\s+){0,3}?[\u201c\"][^\u201c\u201d\"]{1,80}[\u201d\"]"
)


# Where a judgement after the object ends: a comma, a stop or the sentence's end ('as "false", adding that ...').
_JUDGEMENT_END = re.compile(r",|\.(?:\s|$)|;|\s(?:on|in)\s+[A-Z]\w*day\b")


def _without_judgement_after(what: str) -> str:
    judgement = _JUDGED_AFTER.search(what)
    if judgement is None:
        return what
    before = what[: judgement.start()]
    if not before.strip() or _OWN_CLAUSE.search(before) or len(before.split()) > 12:
        return what
    return before


# The way a denial was made or whom it was made to, set between its verb and what it denies: 'by phone', 'to the
# AP', 'to reporters', 'in a statement', 'in a Twitter message on Tuesday', 'in a video posted on Telegram'.
_CHANNEL = (
    r"(?:by\s+(?:tele)?phone|over\s+the\s+(?:tele)?phone|to\s+(?:reporters|journalists|the\s+press|the\s+media)|"
    r"to\s+(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}|"
    r"in\s+(?:an?|its|his|her|their|the)\s+(?:[\w-]+\s+){0,3}?(?:statement|message|tweet|post|video|interview|letter|"
    r"communiqu[e\u00e9]|briefing|speech|press\s+conference|news\s+conference|broadcast|posting|audio\s+message)"
    r"(?:\s+(?:posted|issued|released|published|broadcast|sent|aired)(?:\s+(?:on|via|to)\s+[\w-]+(?:\s+[A-Z][\w-]*)?)?)?|"
    rf"on\s+(?:{PLATFORMS_WRITTEN}|its\s+website|social\s+media|(?:state\s+)?television|Mon|Tues|Wednes|Thurs|"
    r"Fri|Satur|Sun)(?:day)?)"
)
# A channel that is all there is after the verb, with its owner's word: 'on their Telegram channel', 'on its website'.
_CHANNEL_ALONE = re.compile(
    rf"(?:{_CHANNEL}|on\s+(?:its|their|his|her)\s+(?:official\s+)?(?:{PLATFORMS_WRITTEN}|website|"
    r"social\s+media)(?:\s+(?:channel|account|page|feed))?)(?:\s+(?:on|last)\s+\w+day)?\.?",
    re.IGNORECASE,
)
# (and where it was made, after the channel or the day: 'in a statement on Friday in Abuja, that ...')
_WHERE = r"(?:in|from)\s+(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,2},?\s+"
_CHANNEL_LEAD = re.compile(rf"^(?:{_CHANNEL},?\s+(?:(?:on|last)\s+\w+day,?\s+)?(?:{_WHERE})?)+")
# Where alone, when 'that' follows: 'said on Friday in Abuja, that ...' ('on Friday' is the lead's).
_WHERE_THEN_THAT = re.compile(rf"^{_WHERE}(?=that\b)")
# (only where a that-clause or what is denied comes next: 'denied in a statement that ...', 'rejected in a statement
# reports that ...', not 'denied to the council any role' read past its object)
_DENIED_AFTER_CHANNEL = re.compile(
    r"(?:that\b|(?:the|any|all|these|those|such)\s|(?:reports?|claims?|allegations?|accusations?|rumou?rs?|"
    r"suggestions?|charges?)\b)",
    re.IGNORECASE,
)
# The one a body denied through, set between its verb and what it denies: 'denied, through its spokesman Lev Arno,
# the reports', 'denied via its media office the claims', 'denied on the lips of its spokesperson Maj. Gen. Lev Arno
# the reports' (the speaker's name and rank, capitalised, then what is denied; before: all of it was what was denied).
_VOICE_LEAD = re.compile(
    # (after when it was denied, set off by a comma: 'denied yesterday, through its spokesman Lev Arno, the reports',
    # 'on Monday,', 'late on Sunday,'; before: the day and the voice were what was denied)
    rf"^,?\s*+(?:{_WHEN_SAID},\s*+)?(?:through|via|on\s++(?:the\s++)?lips\s++of|in\s++the\s++words\s++of|through\s++the\s++(?:mouth|voice)\s++of)"
    r"\s++(?:its|their|his|her)\s++(?:[\w-]++\s++){0,2}?(?:spokes(?:man|woman|person)|official|minister|representative|"
    r"envoy|leader|(?:media\s++)?(?:office|bureau))(?:\s++(?:(?-i:[A-Z])[\w.'\u2019-]*+|(?-i:al|el|bin|ibn|abu)-?[\w'\u2019-]*+))*+"
    rf",?\s++(?={_DENIED_AFTER_CHANNEL.pattern})",
    re.IGNORECASE,
)


def _without_voice(what: str) -> str:
    """What is denied less the one it was denied through, set before it ('through its spokesman Lev Arno, the
    reports' is 'the reports'); unchanged unless what is denied follows."""
    voice = _VOICE_LEAD.match(what)
    return what[voice.end() :] if voice else what


# At the object's end only a statement of its own or a phone call, not a place, a date or the one addressed: 'the
# remarks in his speech', 'the claims made to the Velorian Senate', 'any role in the attack on Tuesday' stay whole,
# and a statement that what is denied was made in ('the claims made (published) in a statement').
_CHANNEL_TAIL = re.compile(
    r"(?<!made)(?<!ed)(?<=\w)\s+(?:by\s+(?:tele)?phone|in\s+an?\s+(?:[\w-]+\s+){0,2}?(?:statement|tweet|communiqu[e\u00e9]|"
    # (and an interview, with whom it was given: 'any role in the attack in an interview with Kessel TV')
    r"press\s+release|interview(?:\s+with\s+(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})?))(?:\s+(?:on|last)\s+\w+day)?$"
)

# At the object's end, when and to whom the denial was made: 'dismissed the claims of the committees yesterday to
# Meridian Radio', 'rejected the accusations on Tuesday to reporters in Tarvo', or 'Tuesday' with no preposition, as
# wires write it (the day sets the object's end, so 'to' is not the object's own, as in 'denied the transfer of arms to
# the Kessel Brigade', which stays whole).
_TOLD_WHEN_TAIL = re.compile(
    rf"(?<=\w)\s++(?:yesterday|today|(?:(?:on|last)\s++)?+(?:{DAYS}))\s++to\s++"
    r"(?:reporters|journalists|the\s++(?:press|media)|"
    r"(?:the\s++)?(?-i:[A-Z])[\w.&'\u2019-]*+(?:\s++(?-i:[A-Z])[\w.&'\u2019-]*+){0,3}+)"
    r"(?:\s++in\s++(?-i:[A-Z])[\w'\u2019-]*+)?$",
    re.IGNORECASE,
)

# At the object's end, the outlet that reported the denial, set off by a comma: '..., the dpa reported', '..., state
# media reported on Monday', '..., Orvale Radio reported Tuesday' (the day with no preposition, as wires write it),
# with 'late' or 'early' and its time as the lead reads them ('reported late Tuesday', 'reported Tuesday evening')
# ('reported' with nothing after it is no verb of saying, so no later verb ends the object).
_REPORTED_TAIL = re.compile(
    r"(?<=\w),\s++(?!(?:as|which|who|what|and|but|or|that|it|they)\b)(?:[\w.'\u2019&-]++\s++){1,5}?"
    r"reported(?:\s++(?:(?:late|early)\s++)?+(?:(?:on|last)\s++)?+\w+day(?:\s++(?:morning|afternoon|evening|night))?+)?$",
    re.IGNORECASE,
)

# At the object's end, whom it was said to, as the outlet told is no part of what was denied: 'any role in the attack,
# speaking to Kessel Wire on Monday', '... when speaking to AFP', '... in comments to Rudaw', '... when contacted by X'
# (not where what is denied was said: 'the claims made in an interview with X', 'the remarks published in ...').
_ADDRESSED_TAIL = re.compile(
    # (a participle right before, with no comma, says where what is denied was said: 'made in', 'published in'; after a
    # comma, it ends a clause of what was denied: 'that its fighters were involved, speaking to X')
    r"(?<=\w)(?:,\s+|(?<!made)(?<!ed)\s+)(?:(?:when|while)\s+)?(?:(?:speaking|talking)\s+(?:to|with)|"
    # (a message or a letter is sent the same way: 'the reports in a (text) message to Kessa Radio on Monday')
    r"in\s+(?:an?\s+)?(?:text\s+)?(?:statement|comments|remarks|interview|reply|response|message|letter)\s+to|"
    r"in\s+an\s+interview\s+with|"
    r"(?:contacted|asked|reached)\s+by)"
    r"\s+(?:the\s+)?(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*){0,3}(?:\s+(?:on|last)\s+\w+day)?$",
    re.IGNORECASE,
)

# Where a noun phrase that is a sentence's subject ends: its verb, a copula or an auxiliary, or a past tense of a
# few verbs of what followed ('came', 'drew', 'angered').
_NOUN_PHRASE_END = re.compile(
    r"\s(?:was|were|is|are|has|have|had|will|would|could|came|comes|drew|draws|followed|follows|sparked|sparks|"
    r"prompted|prompts|angered|surprised|ended|appeared|appears|seemed|seems|remains|remained)\b"
)


# The judgement set before the object: 'dismissed as "totally" false the report that ...' denies 'the report that'.
# The judgement may be quoted with a comma after it, and what it judges an 'alleged' act: 'dismissed as “falsehood”,
# alleged killing of 30 troops by the Kessel Brigade' denies 'alleged killing of 30 troops ...', not 'as “falsehood”'.
_JUDGED_FIRST = re.compile(
    r"^as\s+(?:[\w\u201c\u201d\"']+\s+){0,3}?[\u201c\"']?(?:" + FALSE_WORDS + r"|falsehoods?|lies?)"
    # (the charge the word of falsehood judges, inside the same marks: 'rejected as "baseless accusations" a report';
    # only there, with the closing mark after it: without marks the noun opens what was denied, 'rejected as false
    # claims the army had fled' denies 'claims the army had fled')
    r"(?:\s+(?:accusations?|allegations?|claims?|charges?|reports?|rumou?rs?)[\u201d\"']|[\u201d\"']?),?\s+"
    # (and a second label in marks joined to it: 'described as "a lie" and "fantasy" figures the brigade gave')
    r"(?:(?:and|or)\s+[\u201c\"](?:[\w-]+\s+){0,2}[\w-]+[\u201d\"],?\s+)?"
    r"(?=(?:the|a|an|all|any|these|those|such|reports?|claims?|allegations?|alleged|accusations?|rumou?rs?|"
    # (or figures given, the counts judged: 'described as "a hoax" figures the brigade published')
    r"figures|statistics)\b|"
    # (or with a word or two of their own before them: 'dismissed as blatant lie, media reports that ...')
    r"(?:[\w-]+\s+){1,2}(?:reports?|claims?|allegations?|accusations?|rumou?rs?|stories)\b)",
    re.IGNORECASE,
)


def _negated(text: str, verb_start: int) -> bool:
    """Whether 'not', 'never', 'no longer', 'neither', 'nor' or 'n't' and spaces come right before ``verb_start``.

    Looks only at the few characters before the verb: searching the whole paragraph up to
    each verb (``re.search(r"\\b(?:not|never|no longer)\\s+$", text[:verb_start])``) cost
    the paragraph's length for every sentence in it.
    """
    end = verb_start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end < verb_start and _NEGATION.search(text, max(0, end - 16), end) is not None


def drop_trailing_connectors(text: str) -> str:
    """``text`` without the commas, 'and', 'or', 'but', spaces and . , ; : it ends with.

    What ``re.sub(r"(?:,|\\s+and|\\s+or|\\s+but)*[\\s.,;:]*$", "", text)`` gives, in one pass
    back from the end: that expression is tried from every position and each try can split
    a run of commas between its two parts in many ways, which is cubic on a long run.
    """
    end = len(text)
    while end > 0 and (text[end - 1].isspace() or text[end - 1] in _TRAILING_PUNCTUATION):
        end -= 1
    while end > 0:
        if text[end - 1] == ",":
            end -= 1
            continue
        word = next((w for w in _CONNECTORS if text.endswith(w, 0, end)), None)
        if word is None or end - len(word) < 1 or not text[end - len(word) - 1].isspace():
            break
        end -= len(word)
        while end > 0 and text[end - 1].isspace():
            end -= 1
    return text[:end]


# An act said never to have been done, in the passive, with no doer: 'no action was taken against him', 'no such
# order was ever issued', 'no arrests were made'. Alone such words report what did not happen ('no arrests were made
# during the talks'); said in answer to a report of that act, which the article tells before them, they deny it, as
# the gold reads an official's answer to a claim.
_NO_ACT_DONE = re.compile(
    r"\bno\s+(?:such\s+)?(?:(?:disciplinary|legal|punitive|official|formal)\s+)?"
    r"(action|actions|measures?|steps|arrests?|detentions?|orders?|instructions?|directives?|charges?|raids?)\s+"
    r"(?:was|were|(?:had|has|have)\s+(?:ever\s+)?been)\s+(?:ever\s+)?"
    r"(?:taken|made|issued|given|filed|brought|pressed|carried\s+out|conducted)\b",
    re.IGNORECASE,
)
# The act each noun names, as the report it answers tells it ('action' and 'measures' against a person: arresting,
# punishing, dismissing him). Not the same letters in other senses: 'in order to', 'in charge of', 'fired into the
# air' (shots), 'dismissed the claims' (a denial), 'direct talks'.
_ORDERED = r"(?<!\bin\s)order"
CHARGED = r"(?<!\bin\s)charg"
# Fired from a post: after any form of being or getting it ('was fired', 'is fired', 'gets fired', 'had gotten fired'),
# said of anything but what a gun or launcher fires, or the weapon itself ('shots were fired', 'rockets had been fired',
# 'guns were fired', 'tear gas canisters were fired', 'RPGs', 'drones', 'pellets', 'fireworks were fired': no
# dismissal); the word before is the subject's, not an adverb ('rockets have also been fired').
_AUXILIARIES = r"had|has|have|is|are|was|were|been|being|be"
_FIRED_FROM_POST = (
    r"(?!(?:(?:shot|round|rocket|missile|shell|bullet|mortar|projectile|grenade|salvo|volley|flare|gun|weapon|rifle|"
    r"cannon|canister|bomb|torpedo|arrow|munition|pellet|drone|rpg|katyusha|firework)s?|torpedoes|artillery|"
    r"ammunition|gas|teargas|"
    # (an adverb in small letters: 'Dara Kelly was fired' is dismissed)
    rf"also|again|then|later|since|already|even|just|once|(?-i:[a-z]+ly)|{_AUXILIARIES})\b)[a-z]++\s++"
    rf"(?:(?:had|has|have|is|are|was|were)\s++)?(?:{_AUXILIARIES}|gets?|got(?:ten)?)\s++fired\b"
)
_PUNISHED = (
    r"arrest|detain|detention|punish|disciplin|suspend|sack|"
    rf"dismiss(?!\w*+\s++(?:(?:the|these|those|such|all|any)\s++)?(?:{_REPORTS})\b)|"
    rf"{_FIRED_FROM_POST}|fired\s++(?:him|her|them)\b|"
    rf"jail|imprison|prosecut|{CHARGED}"
)
_ACT_TOLD = {
    "action": _PUNISHED,
    "measure": _PUNISHED,
    "step": _PUNISHED,
    "arrest": r"arrest|detain|detention",
    "detention": r"arrest|detain|detention",
    "order": _ORDERED,
    "instruction": rf"instruct|{_ORDERED}",
    "directive": rf"direct(?:ed|ive)|{_ORDERED}",
    "charge": CHARGED,
    "raid": r"raid",
}


def denial_of_an_act_told(reading: Reading, before: list[Reading]) -> Denial | None:
    """A speaker's 'no <act> was <done>' (in their reported words or their quotation) after the article told of that
    act (``before``: the sentences read before this one): their denial of it. None where the article told of no such
    act, or another rule reads the sentence."""
    sentence = reading.sentence
    found = _NO_ACT_DONE.search(sentence.text)
    if found is None:
        return None
    noun = found.group(1).lower().rstrip("s")
    told = re.compile(rf"\b(?:{_ACT_TOLD.get(noun, noun)})", re.IGNORECASE)
    if not any(told.search(r.sentence.text) for r in before):
        return None
    start = sentence.start + found.start()
    quoted = next((a for a in reading.quotes if a.quote.start <= start < a.quote.end), None)
    if quoted is not None:
        act = next((a for a in reading.acts if a.speaker.same(quoted.speaker)), None)
        what = quoted.quote.text.strip().rstrip(".,")
    else:
        # (the verb of saying before the words: 'X said no arrests were made', 'X denied it, saying ...')
        act = next((a for a in reversed(reading.acts) if a.verb.end <= start), None)
        what = sentence.text[found.start() :].strip().rstrip(".")
    if act is None or _negated(sentence.paragraph.masked, act.verb.start):
        return None
    return Denial(reading, act, (what,), ())
