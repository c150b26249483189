"""Reports a denial names as what it answers: 'denied reports that the cleric was wounded', 'نفت التقارير التي
تحدثت عن ...', 'گزارش‌ها درباره ... را تکذیب کرد'. Read from the words a drafted denial says were denied: the
reports as the article words them, who made them where it says, and what they said, so that the drafter can draft
their claim where the article names no one else who made it."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class NamedReports:
    words: str
    """The denied words that name the reports, to cite: 'reports by opposition lawmakers that the bay was mined'."""
    noun: str
    """The reports as the article words them: 'Israeli media reports', 'a report', 'التقارير'."""
    what: str
    """What they said: 'the bay was mined'."""
    said_that: bool = True
    """'reports that X' (what they said is a clause), not 'reports of X' (a noun phrase)."""
    maker: str = ""
    """One named as making them after 'by', 'in' or 'on' (or Arabic 'ما نشرته X'), as written; '' for none."""
    via: str = ""
    """The word before the maker: 'by', 'in', 'on'; '' for none."""
    made: str = "reported"
    """What a maker named did, by the noun for what they made: 'reported', 'claimed', 'alleged'."""
    language: str = "en"

    def summary(self, name: str, named: bool) -> str:
        """The claim's summary, by the reports' maker as ``name`` calls them; ``named``: a maker, not the reports
        themselves ('Rudaw reported that ...', 'Reports said that ...'). Arabic and Persian summaries quote what
        the reports said as it stands, for the editor to put in English."""
        what = self.what.rstrip(" .")
        if self.language != "en":
            return f"{name} reported: {what}"
        if named:
            return f"{name} {self.made} that {what}" if self.said_that else f"{name} {self.made} {what}"
        return f"{name} said that {what}" if self.said_that else f"{name} of {what}"


def named_reports(denied: str, language: str) -> NamedReports | None:
    """The reports that ``denied`` (a drafted denial's first denied words) names, or None where it names none."""
    if language == "en":
        return _english(denied)
    if language == "ar":
        return _arabic(denied)
    if language == "fa":
        return _persian(denied)
    return None


# English: 'reports that', 'Israeli media reports of', 'a Rudaw report that', 'claims by opposition lawmakers that',
# 'a report published in the Harbour Ledger that'.
_ENGLISH = re.compile(
    r"(?P<det>(?i:the|these|those|recent|an?)\s+)?(?P<noun>(?:[A-Z][\w'-]*\s+|(?i:media|press|news|recent|new|earlier|"
    r"several|some|unconfirmed|local|foreign|western|social\s+media)\s+){0,4}"
    r"(?P<kind>(?i:reports?|claims?|allegations?|accusations?|rumou?rs?|assertions?)))\s+"
    r"(?:(?:(?i:published|carried|aired|broadcast)\s+)?(?P<via>by|in|on)\s+(?P<by>(?:(?!that\b)[^\s,;:]+\s+){1,6}?)"
    r"(?=that\s))?"
    r"(?:(?P<that>that)\s+(?P<what>\S.{8,})|of\s+(?P<of>(?!.*\bthat\b)\S.{8,}))"
)
_MADE = {
    "report": "reported",
    "claim": "claimed",
    "allegation": "alleged",
    "accusation": "alleged",
    "rumour": "spread rumours",
    "rumor": "spread rumors",
    "assertion": "asserted",
}


def _english(denied: str) -> NamedReports | None:
    m = _ENGLISH.match(denied)
    if m is None:
        return None
    noun = m.group("noun")
    if not noun.endswith("s"):  # (one report, with its article: 'a report said that', 'the claim that')
        det = (m.group("det") or "").strip().lower()
        noun = f"{det if det in ('a', 'an', 'the') else 'a'} {noun}"
    return NamedReports(
        words=m.group(0),
        noun=noun,
        what=m.group("what") or m.group("of"),
        said_that=bool(m.group("that")),
        maker=(m.group("by") or "").strip(),
        via=m.group("via") or "",
        made=_MADE[m.group("kind").lower().rstrip("s")],
    )


# Arabic: 'التقارير التي تحدثت عن ...', 'الأنباء التي أفادت بأن ...', 'المزاعم الإسرائيلية حول ...', and 'ما تناقلته
# وسائل إعلام عن ...' (what media carried about), whose maker is named.
_AR_ABOUT = r"(?:عن|حول|بشأن|بخصوص|بأن|بأنّ|بان|أن|أنّ|ان|إلى\s+أن|الى\s+ان|من\s+أن|مفادها\s+أن)"
_AR_NOUN = (
    r"(?:ال)?(?:تقارير|تقرير|أنباء|انباء|أخبار|اخبار|شائعات|إشاعات|اشاعات|ادعاءات|إدعاءات|مزاعم|معلومات|روايات|أقاويل)"
)
_ARABIC = re.compile(
    rf"(?P<noun>{_AR_NOUN}(?:\s+(?!(?:التي|الذي|{_AR_ABOUT})\s)\S+){{0,3}}?)"
    rf"\s+(?:(?:التي|الذي)\s+(?:\S+\s+){{1,4}}?)?{_AR_ABOUT}\s+(?P<what>\S.{{8,}})"
)
_ARABIC_CARRIED = re.compile(
    r"ما\s+(?:تناقلته|تداولته|نشرته|أوردته|اوردته|ذكرته|بثته|روجته|روّجته|أشاعته|اشاعته|زعمته|ادعته|نقلته)\s+"
    rf"(?P<maker>(?:\S+\s+){{0,4}}?\S+)\s+(?:من\s+(?:\S+\s+){{0,1}}?{_AR_NOUN}\s+)?{_AR_ABOUT}\s+(?P<what>\S.{{8,}})"
)


def _arabic(denied: str) -> NamedReports | None:
    m = _ARABIC.fullmatch(denied.strip())
    if m:
        return NamedReports(words=m.group(0), noun=m.group("noun"), what=m.group("what"), language="ar")
    m = _ARABIC_CARRIED.fullmatch(denied.strip())
    if m:
        maker = m.group("maker")
        return NamedReports(words=m.group(0), noun=maker, what=m.group("what"), maker=maker, via="by", language="ar")
    return None


# Persian: 'گزارش‌ها درباره ...', 'ادعای رسانه‌های غربی مبنی بر ...', 'شایعات در مورد ...'.
_FA_ABOUT = (
    r"(?:درباره(?:\u200c?ی|ٔ)?|در\s+باره(?:\u200c?ی)?|در\s*مورد|در\s+خصوص|پیرامون|دال\s+بر|حاکی\s+از|"
    r"مبنی\s+بر(?:\s+(?:این\s*\u200c?که|آن\s*\u200c?که))?)"
)
_FA_NOUN = r"(?:گزارش|ادعا|اتهام|شایعه|خبر)(?:\u200c?(?:ها|های|هایی)|ات|ی|ای)?|اخبار|شایعات|اتهامات|ادعاهای|ادعاها"
_PERSIAN = re.compile(
    rf"(?P<noun>(?:{_FA_NOUN})(?:\s+(?!{_FA_ABOUT}\s)\S+){{0,3}}?)\s+{_FA_ABOUT}\s+(?P<what>\S.{{8,}})"
)


def _persian(denied: str) -> NamedReports | None:
    m = _PERSIAN.fullmatch(denied.strip())
    if m is None:
        return None
    return NamedReports(words=m.group(0), noun=m.group("noun"), what=m.group("what"), language="fa")
