"""Page furniture that aggregator copies carry into plain text, and the lines ingest drops for it.

Copies pasted from news aggregators and blog themes bring along a view
counter, share buttons, image credits, the theme's placeholders and the
comment form. These are whole lines that are never article text, so a short,
documented list of line patterns removes them; anything not on the list is
kept as it is, because an archive must hold what was published and nothing
we guessed at. Every dropped line is reported back to the editor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class LinePattern:
    """A kind of boilerplate line: its name (printed when a line is dropped) and the whole-line pattern."""

    name: str
    regex: re.Pattern[str]


def _whole(pattern: str) -> re.Pattern[str]:
    # Possessive spaces and an atomic group: nothing is given back once matched, so a line
    # with a long run of spaces or digits costs one pass, not one pass per way of splitting
    # the run between the pattern and the spaces around it. No pattern here needs the
    # spaces back, and each one's first (greedy) match is its longest.
    return re.compile(rf"^\s*+(?>{pattern})\s*+$", re.IGNORECASE)


# Agencies and words that mark an image credit in square brackets: "[Getty]", "[AFP via Getty Images]".
_CREDIT_WORDS = r"getty|afp|reuters|ap|anadolu|epa|photo|image|file|archive|pool|handout|courtesy|via|images"
# The lookahead looks no further than the 60 characters a credit may hold.
_CREDIT = rf"\[(?=[^\]]{{0,60}}\b(?:{_CREDIT_WORDS})\b)[^\].!?]{{1,60}}\]"

LINE_PATTERNS: tuple[LinePattern, ...] = (
    # "Views: 1,204", "Views:" - the aggregator's counter under the headline.
    LinePattern("view counter", _whole(r"views?\s*:\s*[\d.,\s]*[km]?")),
    # WordPress themes print this where an ad or image slot is left empty.
    LinePattern("theme placeholder", _whole(r"(?:spot_im(?:g)?)+|-?\s*advertisement\s*-?")),
    # The line aggregators append to say where they copied the article from.
    LinePattern(
        "aggregator credit", _whole(r"la source de cet article se trouve sur ce site\.?|source\s*:\s*(?:link|lien)")
    ),
    # Share widgets: a label and the names of the networks, one per line.
    LinePattern(
        "share widget",
        _whole(
            r"share(?: this(?: article)?)?\s*:?|facebook|twitter|x|whatsapp|telegram|linkedin|pinterest|reddit"
            r"|email|e-mail|print|copy link|tweet"
        ),
    ),
    # The comment form a theme prints below the article.
    LinePattern(
        "comment form",
        _whole(
            r"leave a (?:reply|comment)|cancel reply|please enter your (?:comment|name here|email address here)!?"
            r"|you have entered an incorrect email address!?(?: please enter your email address here)?"
            r"|save my name, email,? and website in this browser for the next time i comment\.?|post comment"
            r"|comment\s*:|name\s*\*?\s*:?|email\s*+(?:\*\s*+)?:|website\s*:"
            # (the Persian and Arabic themes' "send a comment")
            r"|ارسال نظر|إرسال تعليق|أضف تعليق(?:ا|اً)?"
        ),
    ),
    # The page's stamp of when it was published or updated, alone on its line, as a copy brings it in above the
    # headline: "Published: 12 March 2024 - 10:41", "تاریخ انتشار: ۲۱:۵۶ - ۱۹ آذر ۱۳۹۸", "تاريخ النشر: 2021/10/01".
    # A label and a colon, then a date's few words with a digit among them, nothing that reads as a sentence.
    LinePattern(
        "publication date",
        _whole(
            r"(?:published(?: on)?|updated|last updated|posted(?: on)?|date"
            r"|تاریخ انتشار|زمان انتشار|تاریخ به[\u200c ]?روز[\u200c ]?رسانی|تاریخ|تاريخ النشر|آخر تحديث|نشر في|تاريخ)"
            r"\s*+:\s*+(?=[^.!?\n]{0,40}\d)[^.!?\n]{1,48}"
        ),
    ),
    # The number the page gives the story: "Story Code : 1179036", "کد خبر: ۲۶۸۹۳۴", "رقم الخبر: 5521".
    LinePattern(
        "story number",
        _whole(
            r"(?:story code|news code|news id|story id|کد خبر|کدخبر|شناسه خبر|رقم الخبر|رمز الخبر)\s*+:\s*+\d{1,12}"
        ),
    ),
    # A photo credit alone on a line, or a caption that ends in one: "[Getty]", "Fighters in 2017 [AFP]".
    LinePattern("image credit", re.compile(rf"^.{{0,300}}{_CREDIT}\s*$", re.IGNORECASE)),
    LinePattern("image credit", _whole(r"\(?(?:photo|image|picture)(?: credit)?\s*:\s*[^.!?]{1,60}\)?")),
)
"""Lines dropped wherever they appear."""

STOP_MARKERS: tuple[re.Pattern[str], ...] = (
    _whole(r"leave a (?:reply|comment)"),
    _whole(r"related (?:articles|posts|stories)"),
    _whole(r"more from (?:the )?author"),
    _whole(r"you (?:may|might) also like"),
)
"""Headings that start the page's tail (comment form, related links): they and every line after them go."""


@dataclass(frozen=True)
class Dropped:
    """A line that was removed, and why."""

    line: str
    reason: str


def strip_boilerplate(lines: list[str], keep_first: int = 0) -> tuple[list[str], list[Dropped]]:
    """The lines that are article text, and those dropped with the pattern that matched.

    The first ``keep_first`` non-blank lines (the title) are never treated as a
    stop marker, so a headline such as "Related articles" cannot empty the text.
    """
    kept: list[str] = []
    dropped: list[Dropped] = []
    seen = 0
    for i, line in enumerate(lines):
        if line.strip() and seen >= keep_first and any(m.match(line) for m in STOP_MARKERS):
            dropped.extend(Dropped(rest, "page tail") for rest in lines[i:] if rest.strip())
            break
        reason = next((p.name for p in LINE_PATTERNS if line.strip() and p.regex.match(line)), None)
        if reason:
            dropped.append(Dropped(line, reason))
            continue
        if line.strip():
            seen += 1
        kept.append(line)
    return kept, dropped
