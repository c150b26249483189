"""What words that deny say is not so: 'there was no rift' denies that there was a rift.

A denial drafted from a verb of denying already names what was denied ('denied that the brigade crossed').
One drafted from the speaker's own words ('said there was no rift', 'said the reports were baseless') has
only those words, and under "Denied" on a page they would say the opposite of what was denied. The rules
below turn the plainest English shapes around and leave anything else as it was said; the draft's note asks
the editor to check what was denied either way. They are rules and not a model because nothing may be
downloaded at run time, and the shapes are few: a negated auxiliary, 'never', 'there was no', 'had no role',
a subject 'no X', and 'X were false'.
"""

from __future__ import annotations

import re

from generator.draft.verbs import FALSE_PHRASES, FALSE_WORDS, SAID

# An auxiliary and its negation, with the auxiliary kept: 'did not send' -> 'did send', 'wasn't' -> 'was'.
_AUXILIARIES = "did|does|do|has|have|had|was|is|were|are|will|would|could|can|should|must"
_CONTRACTED = {
    "didn't": "did",
    "doesn't": "does",
    "don't": "do",
    "hasn't": "has",
    "haven't": "have",
    "hadn't": "had",
    "wasn't": "was",
    "isn't": "is",
    "weren't": "were",
    "aren't": "are",
    "won't": "will",
    "wouldn't": "would",
    "couldn't": "could",
    "can't": "can",
    "cannot": "can",
    "shouldn't": "should",
}
# A subject: a few words with no punctuation, negation, auxiliary or conjunction in them ('the brigade', 'Iraq's
# defence ministry'); a longer or clausal subject is left as said.
_NOT_IN_SUBJECT = rf"(?:not|never|no|none|nothing|neither|nor|and|or|but|that|which|who|{_AUXILIARIES})"
_SUBJECT = (
    rf"(?P<subject>(?:(?!{_NOT_IN_SUBJECT}\b)[^\s,;:\"\u201c\u201d]++\s++){{0,7}}?"
    rf"(?!{_NOT_IN_SUBJECT}\b)[^\s,;:\"\u201c\u201d]++)"
)
_AUX_NOT = re.compile(
    rf"^{_SUBJECT}\s++(?:(?P<aux>{_AUXILIARIES})\s++(?:not|never)\b|(?P<contracted>"
    + "|".join(re.escape(w).replace("'", "['\u2019]") for w in _CONTRACTED)
    + r")(?=\s)(?:\s++ever\b)?)\s++(?P<rest>.+)$",
    re.IGNORECASE,
)
_NEVER = re.compile(rf"^{_SUBJECT}\s++never\s++(?P<rest>.+)$", re.IGNORECASE)
# Words that make a judgement whole ('completely false', 'simply not true'); not 'partly', 'largely'.
_UTTERLY = "completely|totally|entirely|absolutely|utterly|simply|wholly|categorically"
# A clause judged untrue by an empty 'it': what it denies is the clause ('it was not true that troops had entered'),
# a word that makes the judgement whole before the negation or the verb too ('it was simply not true that', 'it is
# absolutely untrue that', 'it simply isn't true that'; not 'it was not entirely true that', only partly untrue).
_WHOLLY = rf"(?:(?:{_UTTERLY}|just)\s++)?"
_NOT_TRUE_THAT = re.compile(
    rf"^(?:it|this)\s++{_WHOLLY}(?:(?:(?:is|was)\s++{_WHOLLY}not|(?:is|was)n['\u2019]t|(?:has|had)\s++not\s++been|"
    r"(?:has|had)n['\u2019]t\s++been)\s++(?:true|correct|accurate|the\s++case)|"
    rf"(?:is|was)\s++{_WHOLLY}(?:untrue|false|incorrect|inaccurate))\s++that\s++(?P<rest>.+)$",
    re.IGNORECASE,
)
_THERE_NO = re.compile(
    r"^(?P<there>there\s++(?:is|was|are|were|has\s++been|have\s++been|had\s++been))\s++no\s++"
    r"(?P<truth>truth\s++(?:in|to)\s++)?"
    r"(?P<rest>.+)$",
    re.IGNORECASE,
)
# 'there was no rift' -> 'there was a rift': the events and breaches that are counted.
_EVENTS = frozenset(
    "rift split attack raid strike clash meeting plan deal agreement offer operation incursion bombing assassination "
    "arrest kidnapping breach violation dispute rupture crossing withdrawal deployment".split()
)
# 'had no role in the attack': the nouns that take 'a' when the negation goes.
_HAD_NO = re.compile(rf"^{_SUBJECT}\s++(?P<aux>has|have|had)\s++no\s++(?P<noun>[a-z]++)(?P<rest>.*)$", re.IGNORECASE)
_WITH_ARTICLE = frozenset("role part hand link connection relation relationship presence plan intention base".split())
_WITHOUT_ARTICLE = frozenset(
    "links connections ties relations involvement knowledge contact contacts forces fighters troops members "
    "plans intentions bases information evidence".split()
)
_NO_SUBJECT = re.compile(r"^no\s++(?P<such>such\s++)?(?P<rest>[a-z].*)$", re.IGNORECASE)
# 'no one had shot at X' ('no-one', 'nobody') denies that someone did ('one had shot at X' is what the rule above
# would leave)
_NO_ONE = re.compile(r"^(?:no(?:\s++|-)one|nobody)\s++(?P<rest>[a-z].*)$", re.IGNORECASE)
# 'the reports were baseless', 'called the reports baseless': what is called false is the subject. Without a
# verb the subject must be something said ('the reports baseless'), so that 'it had nothing to do' is no subject.
_CALLED_FALSE = re.compile(
    rf"^{_SUBJECT}\s++(?:(?P<copula>is|are|was|were|remain|remains)\s++|as\s++)?(?:(?:{_UTTERLY}|all|mere|pure|sheer|a|an)\s++)*"
    rf"(?:{FALSE_WORDS}|a lie|{FALSE_PHRASES})\b",
    re.IGNORECASE,
)
# The same with a longer subject whose head is something said, with a copula: 'Recent reports about a militia attack
# on a convoy near the border with Veloria are false' (the eight words above would leave it as said).
_WORD = rf"(?!{_NOT_IN_SUBJECT}\b)[^\s,;:\"\u201c\u201d]++"
_CALLED_FALSE_LONG = re.compile(
    rf"^(?P<subject>(?:{_WORD}\s++){{0,3}}?(?:reports?|claims?|allegations?|accusations?|rumou?rs?|news|stories)"
    rf"(?:\s++{_WORD}){{1,16}}?)\s++(?P<copula>is|are|was|were)\s++(?:(?:{_UTTERLY}|all)\s++)*"
    rf"(?:{FALSE_WORDS}|not true|not accurate|not correct)\b",
    re.IGNORECASE,
)
_SAID = re.compile(rf"\b{SAID}\b", re.IGNORECASE)
# Where a second clause with its own subject starts: 'the tanker was not hit, and it sailed on' denies the first.
_NEXT_CLAUSE = re.compile(
    r",?(?<!\s)\s++(?:and|but|while|whereas)\s++(?=(?:the|a|an|such|this|these|those|it|he|she|they|we|its|his|her|their)\s)",
    re.IGNORECASE,
)
# Where what a speaker restricts itself to follows the negation: 'it had not sent troops, only advisers', 'were not
# armed and had only trained fighters' (what was denied ends there: the restriction is no part of it).
_RESTRICTION = re.compile(
    r"(?:,\s*+(?:but\s++|and\s++)?|(?<!\s)\s++(?:but|and)\s++)"
    r"(?:(?:had|has|have|was|were|is|are|it|they|we|he|she)\s++){0,2}(?:only|just|merely|solely)\b",
    re.IGNORECASE,
)
# The reason a statement gives after a comma: ', as he was abroad', ', because it has no artillery'.
_REASON = re.compile(
    r",\s++(?:as|because|since)\s++(?=(?:the|a|an|it|he|she|they|we|its|his|her|their|there)\s)", re.IGNORECASE
)
# Words that deny again after the first negation: turning only the first would leave the statement half denied.
_MORE_NEGATION = re.compile(r"\b(?:not|never|no|none|nothing|nobody|neither|nor)\b|n['\u2019]t\b", re.IGNORECASE)


def affirmed(words: str, speaker: str = "") -> str | None:
    """What ``words`` deny, put as a statement, or None where no rule turns them around safely.

    The subject 'it' is most often the body that denies ('the army said it had not withdrawn'): it becomes
    ``speaker`` when given, since 'it had withdrawn' alone would leave the reader asking who. 'He' or 'they' are
    as often someone else ('the ministry said he was not among the dead') and are left.
    """
    text = re.sub(r"^that\s+", "", words.strip().rstrip(".,;:"), flags=re.IGNORECASE)
    called = _CALLED_FALSE.match(text) or _CALLED_FALSE_LONG.match(text)
    if (
        called
        and called.group("subject").lower() not in {"there", "it", "this", "that", "they", "these"}
        and (called.group("copula") or _SAID.search(called.group("subject")))
    ):
        return called.group("subject")
    text = _NEXT_CLAUSE.split(text, maxsplit=1)[0]
    text = _RESTRICTION.split(text, maxsplit=1)[0]
    # (nor the reason given for it: 'the commander was not present, as he was attending a meeting' denies that he was
    # present; turned whole it would deny the meeting too)
    text = _REASON.split(text, maxsplit=1)[0]
    if m := _NOT_TRUE_THAT.match(text):
        return _clean(m.group("rest"), speaker)  # 'it was not true that troops had entered' -> 'troops had entered'
    if m := _THERE_NO.match(text):
        if m.group("truth"):
            return _clean(m.group("rest"), speaker)
        first = m.group("rest").split(maxsplit=1)[0].lower()
        singular = m.group("there").split()[1].lower() in ("is", "was", "has", "had")
        article = ("an " if first[0] in "aeiou" else "a ") if first in _EVENTS and singular else ""
        return _clean(f"{m.group('there')} {article}{m.group('rest')}", speaker)
    if m := _HAD_NO.match(text):
        noun = m.group("noun").lower()
        if noun in _WITH_ARTICLE:
            article = "an" if noun[0] in "aeiou" else "a"
            return _clean(
                f"{m.group('subject')} {m.group('aux')} {article} {m.group('noun')}{m.group('rest')}", speaker
            )
        if noun in _WITHOUT_ARTICLE:
            return _clean(f"{m.group('subject')} {m.group('aux')} {m.group('noun')}{m.group('rest')}", speaker)
        return None
    if m := _AUX_NOT.match(text):
        aux = m.group("aux") or _CONTRACTED[m.group("contracted").lower().replace("\u2019", "'")]
        return _clean(f"{m.group('subject')} {aux} {m.group('rest')}", speaker)
    if m := _NEVER.match(text):
        return _clean(f"{m.group('subject')} {m.group('rest')}", speaker)
    if m := _NO_ONE.match(text):
        return _clean(f"someone {m.group('rest')}", speaker)
    if m := _NO_SUBJECT.match(text):
        return _clean(("the " if m.group("such") else "") + m.group("rest"), speaker)
    return None


def _clean(text: str, speaker: str) -> str | None:
    """The statement, with the speaker for a subject 'it', unless it still denies something: then the rules
    have not understood it."""
    if _MORE_NEGATION.search(text):
        return None
    # (a function, so that a backslash in a name from the article is not read as a group reference)
    return _PRONOUN.sub(lambda _: speaker, text, count=1) if speaker else text


_PRONOUN = re.compile(r"^it(?=\s)", re.IGNORECASE)
