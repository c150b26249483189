"""The word lists of an Arabic-script language and how they are folded and compiled for matching.

A language's lists (:class:`Words`: verbs of saying and denying, denial cues, titles, words that end a subject)
are written as the text writes them, in :mod:`.ar` and :mod:`.fa`; :func:`folded` sets aside letter forms,
hamza and alef forms, diacritics, tatweel and zero-width non-joiners, keeping offsets into the text, and
:class:`Compiled` holds the regular expressions the reader of :mod:`.arabic_script` matches on folded text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from generator.folding import fold as search_fold

_DROP = frozenset("\u0640\u200c\u200d\u200e\u200f")


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """One character as the matcher sees it: a folded letter, '' for marks, else itself (lowercased)."""
    if ch in _DROP or unicodedata.category(ch) == "Mn":
        return ""
    if ch.isalnum():
        return search_fold(ch) or ch.lower()
    return ch


def folded(text: str) -> tuple[str, list[int]]:
    """``text`` folded for matching, and for each folded character the offset of the one it comes from."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        for f in fold_char(ch):
            out.append(f)
            where.append(i)
    return "".join(out), where


def fold_words(text: str) -> str:
    return re.sub(r"\s+", " ", folded(text)[0]).strip()


def split_words(text: str) -> tuple[str, ...]:
    """A word list written as one string, words separated by spaces."""
    return tuple(text.split())


@dataclass(frozen=True)
class Words:
    """A language's word lists. Phrases are written as the text writes them; they are folded when compiled."""

    language: str
    verb_first: bool
    """Arabic: the subject follows the verb; Persian: the subject opens the sentence."""
    verbs: tuple[str, ...]
    participles: tuple[str, ...]
    deny_verbs: tuple[str, ...]
    deny_cues: tuple[str, ...]
    according: tuple[str, ...]
    """'according to': the speaker follows (وبحسب، وفقا ل)."""
    sourcing: tuple[str, ...]
    """How a relay names its source (به گزارش، به نقل از): never the speaker of the words that follow."""
    subject_stops: tuple[str, ...]
    """Words that end a subject: prepositions, time words, 'that'."""
    subject_drop: tuple[str, ...]
    """Words dropped from the front of a subject: conjunctions, 'also'."""
    pronouns: tuple[str, ...]
    statements: tuple[str, ...]
    """'the statement', 'the letter': the body that issued it speaks."""
    body_words: tuple[str, ...]
    """Head words of bodies: ministries, brigades, agencies."""
    description_heads: tuple[str, ...]
    """Unnamed speakers: a source, an official."""
    titles: tuple[str, ...]
    """Offices written before a name: the minister, the spokesman."""
    outlet_words: tuple[str, ...]
    """Words before a name set in quotation marks: agency, channel, brigade."""
    group_refs: tuple[str, ...] = ()
    """'the group', 'the militia': the last armed group named."""
    demonstratives: tuple[str, ...] = ()
    """'this body', 'this ministry': the last body that spoke."""
    relay_verbs: tuple[str, ...] = ()
    """'relayed from': the speaker follows 'عن' (from)."""
    possessive_refs: tuple[str, ...] = ()
    """'as she put it' after 'according to': the sentence's own subject."""
    subject_stop_phrases: tuple[str, ...] = ()
    """Phrases that end a subject: 'in a statement'."""
    prefixes: str = ""
    """Letters written onto a verb: Arabic و and ف."""
    kickers: tuple[str, ...] = ()
    """Labels a headline opens with before a colon ('عاجل:', breaking): not speakers."""
    speech_nouns: tuple[str, ...] = ()
    """Nouns of speech a headline opens with before its speaker ('هشدار X به Y:', X's warning to Y)."""
    time_words: tuple[str, ...] = ()
    """Words of a time phrase that may open a sentence before its subject ('روز شنبه', 'امروز')."""
    respond_verbs: tuple[str, ...] = ()
    """'answered' (رد): a denial when what it answers is claims (``claim_words``) after 'على'."""
    noun_phrases: tuple[str, ...] = ()
    """Phrases that open with a verb's letters but are nouns, never a verb of saying: 'رد فعل' (a reaction)."""
    claim_words: tuple[str, ...] = ()
    """What is denied when a denial is a claim: 'the allegations', 'the reports' (ادعا، اتهام)."""
    negated_that: tuple[str, str, str] = ("", "", "")
    """Regular expressions, on folded text: 'that he', 'did not' / 'is not' (after a verb of saying), and
    'I did not' (opening a quotation)."""
    statement_says: tuple[str, ...] = ()
    """'in it came' (جاء فيه): the statement named before speaks."""
    spreading: tuple[str, ...] = ()
    """'whoever spreads': a cue right after them warns against false news, it denies none."""
    partitive: tuple[str, ...] = ()
    """'one of' (یکی از): the preposition is part of the subject ('یکی از سخنگویان X', one of X's spokesmen)."""
    shares: tuple[str, ...] = ()
    """Words for a share of a group that open a subject ('some', 'a number of': برخی، شماری؛ بعض، عدد): 'some members
    of parliament said' names no one; the speaker is described by the group."""
    first_person: tuple[str, ...] = ()
    """'we', 'I' (ما، نحن): in words reported after a verb of saying, the one who said them."""
    personal: tuple[str, ...] = ()
    """Pronouns that stand only for a person ('وی', 'او'): never for a body that spoke since."""
    agents: tuple[str, ...] = ()
    """'by' (از سوی، توسط): the agent of a passive verb ('تکذیب شد', was denied) follows it."""
    reject_verbs: tuple[str, ...] = ()
    """The verbs of denying that also reject a proposal or a demand (رفض، رد کرد): in a quotation they deny only
    claims; the others (ننفي، تکذیب) deny whatever they take."""
    negated_we: str = ""
    """A regular expression, on folded text, searched in a quotation: 'we did not' or 'we have no' ('نداشتیم',
    'نیستیم'), the first person of a language whose verb ends the sentence."""
    none_done: str = ""
    none_happened: str = ""
    """A regular expression, on folded text, searched in the words a verb of saying reports: none of a thing took
    place ('هیچ عقب‌نشینی صورت نگرفته', 'هیچ حمله‌ای انجام نشده'), a denial only from one who answers a charge."""
    neither_nor: str = ""
    """A regular expression, on folded text, searched in a quotation and in the words a verb of saying reports:
    'neither ... nor' with a positive verb of any person ('X نه سلاح فرستاده و نه نیرو'): each 'neither' negates its
    part, so the speaker says the subject did not."""
    declining: tuple[str, ...] = ()
    """What a verb of rejecting declines without denying anything: commenting ('رفض التعليق على الأنباء')."""
    own_denials: tuple[str, ...] = ()
    """Verbal nouns of denying with the subject's pronoun ('نفيها', its denial): 'واصلت X تفنيدها لـ...' (continued
    its refutation of), 'جدد X نفيه' (renewed his denial): the sentence's subject denies."""
    """A regular expression, on folded text, searched in the words a verb reports: 'none ... did not' ('هیچ حمله‌ای
    انجام نداده است'), the speaker saying that none of something was done."""
    proposals: tuple[str, ...] = ()
    """What is rejected without being denied: a proposal, a request, taking part (المقترح، پیشنهاد)."""
    reacting: tuple[str, ...] = ()
    """'in reaction to', 'in answer to' (در واکنش به): before a claim word, what follows answers a claim."""
    asked_of_hearsay: tuple[str, ...] = ()
    """Asked about what is only said to be so ('درباره اینکه گویا', about the claim that supposedly): what follows
    answers a claim, as after ``reacting`` and a claim word, with no claim word needed."""
    negations: tuple[str, ...] = ()
    """Negations (لم، ليس؛ نمی، نیست، ندارد): an answer to a claim that says 'not' denies it. Whole words, or in a
    language whose verbs are ``joined``, how a negated verb starts."""
    restating: tuple[str, ...] = ()
    """Negations with which a denier restates a denial in its own words ('لم', 'لا وجود'؛ 'نیست', 'ندار'): not the
    negations of will, wish or ability ('لن نسمح', 'نمی‌خواهیم'). Whole words, or in a ``joined`` language how a
    negated verb starts."""
    honorifics: tuple[str, ...] = ()
    """'Mr', 'Ms' (آقای، خانم): before a surname, the person the article named with it ('آقای X' after 'Y X')."""
    name_fillers: tuple[str, ...] = ()
    """Words a body's name is as often written without ('وزارت امور خارجه', 'وزارت خارجه'; affairs): two names of a
    body that differ only by them, and by which of a record's names they use, are one body."""
    not_restating: str = ""
    """A regular expression, on folded text, for negated idioms that assert ('شکی نیست', there is no doubt; 'باکی
    ندارد', has no fear): no negation that restates a denial."""
    light_verbs: tuple[str, ...] = ()
    """Persian: infinitives of light verbs (شدن، کردن): with the word before them a verbal noun ('کشته شدن', being
    killed), which starts the object a subject never runs into ('X کشته شدن ... را تکذیب کرد')."""
    acts: tuple[str, ...] = ()
    """Arabic: verbal nouns that name an act or an event ('انتهاء', 'تشكيل', 'اعتقال'). Right after a verb they open
    its object ('قائد العمليات أعلن انتهاء الهدنة', announced the truce's end), never its subject: whoever did the
    saying stands before the verb or is not named."""
    joined: bool = False
    """Persian: the parts of a compound verb may touch ('میگوید', 'گفتهاست'), a zero-width non-joiner lost."""
    split_verbs: tuple[str, ...] = ()
    """Verbs of saying with words between their parts, as regular expressions on folded text (Persian 'مدعی ... شد',
    claimed ...: what is claimed between): tried after every whole verb, so that 'مدعی شد' is read whole."""
    cue_patterns: tuple[str, ...] = ()
    """Denial cues with words between their parts, as regular expressions on folded text: 'no link ... has'
    ('هیچ ارتباطی با ... ندارد', 'ليس لها أي دور'). Each starts at a word, never with an unguarded repeat."""
    cue_negated: tuple[str, str] = ("", "")
    """Regular expressions, on folded text, for a negation right before a cue ('ليست مفبركة', not fabricated) and
    right after it ('بی‌اساس نیست', not baseless): the cue is unsaid."""
    not_denying: str = ""
    """A regular expression, on folded text, for the words right before a verb of denying that make it no verb
    ('نهی از منکر', forbidding wrong: not 'منکر', denying)."""
    observers: tuple[str, ...] = ()
    """Speakers who describe a side without speaking for it ('المحلل', 'خبير'): never a body's own voice."""
    body_offices: tuple[str, ...] = ()
    """The offices that speak for a body, written before its name ('المكتب الإعلامي لـ', 'دفتر رسانه‌ای'): before a body
    on file, a speaker described by the office and affiliated with the body, never a body of its own."""
    well: str = ""
    """A regular expression, on folded text: one reported dead, held or gone said to be well, alive, free or at work
    ('حال او خوب است', 'زنده است', 'آزاد است'). Said as often of anyone, it restates a denial only where the same
    sentence or the one before names such a report or rumour (``harm_reported``)."""
    harm_reported: str = ""
    """A regular expression, on folded text: a report or rumour of a death, a killing, an arrest, an illness or a
    flight ('شایعه فوت X', 'گزارش‌ها درباره بازداشت X', 'از کشته شدن X خبر دادند')."""
    aimed_at_public: str = ""
    """A regular expression, on folded text, for the people or the public as what a cue is aimed at, right after it
    ('حملة تضليل ضد الشعب', 'تستهدف الرأي العام', 'جنگ روانی علیه مردم'): a campaign waged on the public is one the
    speaker accuses someone else of, no report about the speaker or its side that it denies."""
    warning: tuple[str, str] = ("", "")
    """Regular expressions, on folded text, for a warning that ends right before a cue ('حذرت الوزارة المواطنين من',
    warned the citizens against) and one that opens right after it ('... شایعات هشدار داد'): rumours warned against
    are called nothing of the reports at hand, as 'whoever spreads' (``spreading``) says."""

    def compiled(self) -> Compiled:
        return _compile(self)


@dataclass
class Compiled:
    words: Words
    verb: re.Pattern[str]
    participle: re.Pattern[str]
    deny: re.Pattern[str]
    cue: re.Pattern[str]
    according: re.Pattern[str]
    sourcing: re.Pattern[str]
    stops: frozenset[str]
    drop: frozenset[str]
    pronouns: frozenset[str]
    statements: frozenset[str]
    body_words: frozenset[str]
    heads: frozenset[str]
    titles: frozenset[str]
    outlet_words: frozenset[str]
    stop_phrases: tuple[str, ...]
    group_refs: frozenset[str]
    demonstratives: frozenset[str]
    possessive_refs: frozenset[str]
    purpose: re.Pattern[str]
    """A verb with the particle ل (to deny): its subject is the sentence's."""
    relay: re.Pattern[str]
    """'X relayed from Y': Y speaks."""
    partitive: frozenset[str] = frozenset()
    time_words: frozenset[str] = frozenset()
    kickers: frozenset[str] = frozenset()
    speech_nouns: frozenset[str] = frozenset()
    respond: re.Pattern[str] = re.compile(r"(?!)")
    answers_claims: re.Pattern[str] = re.compile(r"(?!)")
    """'على الادعاءات' (to the claims) after a verb of answering, within its clause."""
    claims: re.Pattern[str] = re.compile(r"(?!)")
    negated_that: re.Pattern[str] = re.compile(r"(?!)")
    """'that he did not' after a verb of saying."""
    negated_quote: re.Pattern[str] = re.compile(r"(?!)")
    """A quotation opening with 'I did not', 'that I am not'."""
    statement_says: re.Pattern[str] = re.compile(r"(?!)")
    spreading: re.Pattern[str] = re.compile(r"(?!)")
    """'whoever spreads' right before a cue ('كل من ينشر أخبارا كاذبة'): a warning, not a denial."""
    first_person: frozenset[str] = frozenset()
    personal: frozenset[str] = frozenset()
    verb_forms: frozenset[str] = frozenset()
    """The verbs of saying and denying, folded, without prefixes."""
    agents: frozenset[str] = frozenset()
    deny_proper: re.Pattern[str] = re.compile(r"(?!)")
    """A verb of denying that is not also one of rejecting."""
    reject: re.Pattern[str] = re.compile(r"(?!)")
    proposal: re.Pattern[str] = re.compile(r"(?!)")
    negated_we: re.Pattern[str] = re.compile(r"(?!)")
    none_done: re.Pattern[str] = re.compile(r"(?!)")
    none_happened: re.Pattern[str] = re.compile(r"(?!)")
    neither_nor: re.Pattern[str] = re.compile(r"(?!)")
    reacting: re.Pattern[str] = re.compile(r"(?!)")
    """'in reaction to' and a claim word within a few words ('در واکنش به خبر منتشر شده')."""
    negation: re.Pattern[str] = re.compile(r"(?!)")
    restating: re.Pattern[str] = re.compile(r"(?!)")
    own_denial: re.Pattern[str] = re.compile(r"(?!)")
    declining: re.Pattern[str] = re.compile(r"(?!)")
    not_denying: re.Pattern[str] = re.compile(r"(?!)")
    light_verbs: frozenset[str] = frozenset()
    acts: frozenset[str] = frozenset()
    not_restating: re.Pattern[str] = re.compile(r"(?!)")
    name_fillers: frozenset[str] = frozenset()
    honorifics: frozenset[str] = frozenset()
    negated_before: re.Pattern[str] = re.compile(r"(?!)")
    negated_after: re.Pattern[str] = re.compile(r"(?!)")
    negated_that_near: re.Pattern[str] = re.compile(r"(?!)")
    """'that he did not' from a word's start, searched a little after the subject."""
    observers: frozenset[str] = frozenset()
    warned_before: re.Pattern[str] = re.compile(r"(?!)")
    """A warning against what follows, ending right before a cue (searched in the words before it)."""
    warned_after: re.Pattern[str] = re.compile(r"(?!)")
    """A warning's verb a few words after a cue (matched at its end)."""
    aimed_at_public: re.Pattern[str] = re.compile(r"(?!)")
    """The public a cue is aimed at, a few words after it (matched at its end)."""
    shares: frozenset[str] = frozenset()
    body_offices: tuple[tuple[str, ...], ...] = ()
    """The folded words of each of ``Words.body_offices``, the longest first."""
    well: re.Pattern[str] = re.compile(r"(?!)")
    harm_reported: re.Pattern[str] = re.compile(r"(?!)")

    @property
    def refs(self) -> frozenset[str]:
        return self.statements | self.group_refs | self.body_words

    def statements_wording(self, words: list[str]) -> bool:
        """Whether the folded ``words`` are the wording of a statement, a possessive's noun before a statement's
        word ('تعبير البيان', the statement's words, as 'تعبيره' is his; 'وصف البيان'): the words of whoever issued
        it, never a speaker of their own."""
        stems = {w.removesuffix("\u0647\u0627").removesuffix("\u0647") for w in self.possessive_refs}
        return len(words) == 2 and words[0] in stems and words[1] in self.statements

    def body_office_at(self, words: list[str]) -> int:
        """How many of the folded ``words`` at their start name an office that speaks for a body, else 0."""
        return next((len(o) for o in self.body_offices if tuple(words[: len(o)]) == o), 0)


# A cue may carry the article and a conjunction or preposition written onto it ('والأكاذيب', 'بالكاذبة', 'بعدم صحة').
_CUE_PREFIX = "(?<!\\w)(?:[\u0648\u0641\u0628\u0644]?\u0627\u0644|[\u0648\u0641]?[\u0628\u0644]|[\u0648\u0641])?"


def _alternation(phrases: tuple[str, ...], prefixes: str, joined: bool = False) -> str:
    forms = sorted({fold_words(p) for p in phrases if p.strip()}, key=len, reverse=True)
    if not forms:
        return r"(?!)"
    space = r"\s*" if joined else r"\s+"
    body = "|".join(re.escape(f).replace(r"\ ", space) for f in forms)
    prefix = (f"[{prefixes}]?" if len(prefixes) > 1 else f"\u0648?{prefixes}") if prefixes else ""
    return rf"(?<!\w){prefix}(?:{body})(?!\w)"


def _not_at(phrases: tuple[str, ...]) -> str:
    """A lookahead that fails where one of ``phrases`` starts, a conjunction or preposition written onto it."""
    if not phrases:
        return ""
    return "(?!" + _alternation(phrases, _ONTO) + ")"


# The conjunctions and prepositions written onto a word: و ف ب ل ك.
_ONTO = "\u0648\u0641\u0628\u0644\u0643"


def _cue(phrases: tuple[str, ...], joined: bool, patterns: tuple[str, ...] = ()) -> str:
    """Denial cues, with an article and conjunction before them; in Persian, with the plural or indefinite
    ending a lost zero-width non-joiner joined onto them ('تکذیبیه‌ای' read as 'تکذیبیهای')."""
    pattern = _alternation(phrases, "", joined).replace(r"(?<!\w)", _CUE_PREFIX, 1)
    if joined:
        # (and 'به' (to) written onto the cue, as stored copies without the zero-width non-joiner have it: 'دست
        # بهشایعه پراکنی می‌زنند', they resort to rumour-mongering)
        pattern = pattern.replace(_CUE_PREFIX, _CUE_PREFIX[:-2] + "|\u0628\u0647)?", 1)
        endings = "\u0647\u0627\u064a|\u0647\u0627|\u0627\u064a|\u064a"  # های ها ای ی, folded (ی as ي)
        pattern = pattern.removesuffix(r"(?!\w)") + rf"(?:{endings})?(?!\w)"
    return "|".join((f"(?:{pattern})", *(f"(?<!\\w)(?:{p})" for p in patterns)))


def _required(pattern: str) -> str:
    """A pattern with its last optional group made required ('أن(ه|ها)?' -> 'أن(ه|ها)')."""
    at = pattern.rfind(")?")
    return pattern[:at] + ")" + pattern[at + 2 :] if at >= 0 else pattern


def _negation(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"[\s\u060c,:\-\u2013]*{pattern}(?!\w)" if pattern else r"(?!)")


@lru_cache(maxsize=4)
def _compile(words: Words) -> Compiled:
    def fold_set(items: tuple[str, ...]) -> frozenset[str]:
        return frozenset(fold_words(w) for w in items)

    multi = tuple(fold_words(s) for s in words.subject_stop_phrases)
    that, negation, first_person = words.negated_that
    return Compiled(
        words,
        re.compile(
            _not_at(words.noun_phrases)
            + "(?:"
            + "|".join((_alternation(words.verbs + words.deny_verbs, words.prefixes, words.joined), *words.split_verbs))
            + ")"
        ),
        re.compile(_alternation(words.participles, words.prefixes)),
        re.compile(_alternation(words.deny_verbs, words.prefixes, words.joined)),
        re.compile(_cue(words.deny_cues, words.joined, words.cue_patterns)),
        re.compile(_alternation(words.according, words.prefixes)),
        re.compile(_alternation(words.sourcing, "")),
        fold_set(words.subject_stops + words.claim_words),  # the subject ends where what is denied starts
        fold_set(words.subject_drop),
        fold_set(words.pronouns),
        fold_set(words.statements),
        fold_set(words.body_words),
        fold_set(words.description_heads),
        fold_set(words.titles),
        fold_set(words.outlet_words),
        multi,
        fold_set(words.group_refs),
        fold_set(words.demonstratives),
        fold_set(words.possessive_refs),
        re.compile(_alternation(words.verbs + words.deny_verbs, "\u0644") if words.verb_first else r"(?!)"),
        re.compile(_alternation(words.relay_verbs, words.prefixes)),
        frozenset(fold_words(p) for p in words.partitive),
        fold_set(words.time_words),
        fold_set(words.kickers),
        fold_set(words.speech_nouns),
        re.compile(_alternation(words.respond_verbs, words.prefixes)),
        re.compile(r"[^.\u060c,:]{0,120}?(?<!\w)\u0639\u0644\u064a\s+" + _alternation(words.claim_words, "")),
        re.compile(_alternation(words.claim_words, "").replace(r"(?<!\w)", _CUE_PREFIX, 1)),
        _negation(rf"{that}{negation}" if negation else ""),
        _negation(rf"(?:{that}{negation}|{first_person})" if negation else ""),
        re.compile(_alternation(words.statement_says, words.prefixes)),
        re.compile(_alternation(words.spreading, words.prefixes) + r"(?:\s+\S+){0,2}\s*$"),
        first_person=fold_set(words.first_person),
        personal=fold_set(words.personal),
        verb_forms=fold_set(words.verbs + words.deny_verbs),
        agents=fold_set(words.agents),
        deny_proper=re.compile(
            _alternation(
                tuple(v for v in words.deny_verbs if v not in words.reject_verbs), words.prefixes, words.joined
            )
        ),
        reject=re.compile(_alternation(words.reject_verbs, words.prefixes, words.joined)),
        proposal=re.compile(_cue(words.proposals, words.joined)),
        negated_we=re.compile(words.negated_we or r"(?!)"),
        none_done=re.compile(words.none_done or r"(?!)"),
        none_happened=re.compile(words.none_happened or r"(?!)"),
        neither_nor=re.compile(words.neither_nor or r"(?!)"),
        # (with the pronoun required, 'إنها لم', so that 'إن لم' (if not) is not read as 'that it did not')
        negated_that_near=re.compile(rf"(?<!\w){_required(that)}{negation}(?!\w)" if negation else r"(?!)"),
        reacting=re.compile(
            (
                _alternation(words.reacting, words.prefixes, words.joined)
                + r"(?:\s+\S+){0,5}?\s+"
                + _alternation(words.claim_words, "").replace(r"(?!\w)", "")
                if words.reacting
                else r"(?!)"
            )
            + "|"
            + _alternation(words.asked_of_hearsay, words.prefixes, words.joined)
        ),
        own_denial=re.compile(_alternation(words.own_denials, "\u0648\u0628\u0644")),
        observers=fold_set(words.observers),
        # (a few words between, none that ends a clause: 'حذرت الوزارة المواطنين من الانجرار وراء الشائعات')
        warned_before=re.compile(
            rf"(?<!\w)(?:{words.warning[0]})(?:\s+[^\s.\u060c,:\u061b]+){{0,2}}\s*$" if words.warning[0] else r"(?!)"
        ),
        warned_after=re.compile(
            rf"(?:\s+[^\s.\u060c,:\u061b]+){{0,4}}?\s+(?:{words.warning[1]})(?!\w)" if words.warning[1] else r"(?!)"
        ),
        aimed_at_public=re.compile(
            rf"(?:\s+[^\s.\u060c,:\u061b]+){{0,3}}?\s+(?:{words.aimed_at_public})(?!\w)"
            if words.aimed_at_public
            else r"(?!)"
        ),
        declining=re.compile(_cue(words.declining, words.joined)),
        negated_before=re.compile(rf"(?<!\w)(?:{words.cue_negated[0]})\s*$" if words.cue_negated[0] else r"(?!)"),
        negated_after=re.compile(rf"\s*(?:{words.cue_negated[1]})(?!\w)" if words.cue_negated[1] else r"(?!)"),
        not_denying=re.compile(rf"(?<!\w)(?:{words.not_denying})\s*$" if words.not_denying else r"(?!)"),
        light_verbs=fold_set(words.light_verbs),
        acts=fold_set(words.acts),
        not_restating=re.compile(rf"(?<!\w)(?:{words.not_restating})(?!\w)" if words.not_restating else r"(?!)"),
        name_fillers=fold_set(words.name_fillers),
        honorifics=fold_set(words.honorifics),
        shares=fold_set(words.shares),
        body_offices=tuple(
            sorted({tuple(fold_words(o).split(" ")) for o in words.body_offices}, key=len, reverse=True)
        ),
        well=re.compile(rf"(?<!\w)(?:{words.well})(?!\w)" if words.well else r"(?!)"),
        harm_reported=re.compile(rf"(?<!\w)(?:{words.harm_reported})" if words.harm_reported else r"(?!)"),
        restating=re.compile(
            _alternation(words.restating, words.prefixes).replace(r"(?!\w)", "" if words.joined else r"(?!\w)")
        ),
        negation=re.compile(
            (
                _alternation(words.negations, "").replace(r"(?!\w)", "")
                if words.joined
                else _alternation(words.negations, "")
            )
            if words.negations
            else r"(?!)"
        ),
    )
