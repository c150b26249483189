"""Weekdays in an article ('on Thursday', 'يوم الخميس', 'روز پنجشنبه') resolved against its publication date.

News names the day of the week for events of the past few days. When the source has a full publication
date, 'Thursday' is read as the last Thursday on or before it (the same day when it was published on a
Thursday), and the note says so, for the editor to check. A month-precision date, two different weekdays
in one statement, or a weekday with 'next' or 'last' before it is left alone: no guess.

English news also names the day of the month ('alleged on December 26 that ...'): after 'on', with no year it is
read as the last such day on or before publication (the same year, or the year before for a later month), with
a year as written. Two different days, or a weekday that falls on another date, are left alone. Only a day that
dates the speaking is read ('said on', 'told reporters on', 'in a statement on', 'On December 26, the ministry
said'); an event's day ('the attack on October 7', 'crossed into Israel on October 7') is not, nor its weekday.
"""

from __future__ import annotations

import datetime
import re

from generator.alternation import alternation
from generator.folding import fold
from generator.saying import DENY_FORMS, OCCASION_NOUNS, SAYING_FORMS, WRITING_NOUNS

# The English days of the week, Monday first, and the months, January first, each with the short forms English news
# writes (the one list of them: the drafting rules' alternations, generator.draft.verbs.DAYS and MONTHS, are made from
# these).
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = (
    ("January", "Jan"),
    ("February", "Feb"),
    ("March", "Mar"),
    ("April", "Apr"),
    ("May",),
    ("June", "Jun"),
    ("July", "Jul"),
    ("August", "Aug"),
    ("September", "Sept", "Sep"),
    ("October", "Oct"),
    ("November", "Nov"),
    ("December", "Dec"),
)

# Monday = 0, as datetime.date.weekday() counts. Arabic and Persian names are folded as search folds them.
_WEEKDAYS: dict[str, int] = {
    **{day.lower(): number for number, day in enumerate(WEEKDAY_NAMES)},
    fold("الإثنين"): 0,
    fold("الاثنين"): 0,
    fold("الثلاثاء"): 1,
    fold("الأربعاء"): 2,
    fold("الخميس"): 3,
    fold("الجمعة"): 4,
    fold("السبت"): 5,
    fold("الأحد"): 6,
    fold("دوشنبه"): 0,
    fold("سه‌شنبه"): 1,
    fold("سهشنبه"): 1,
    fold("چهارشنبه"): 2,
    fold("پنجشنبه"): 3,
    fold("پنج‌شنبه"): 3,
    fold("جمعه"): 4,
    fold("شنبه"): 5,
    fold("یکشنبه"): 6,
    fold("یک‌شنبه"): 6,
}
# The Persian names as written (no article, a ZWNJ or a space left out), with Persian or Arabic yeh and kaf: Arabic
# names a day with its article ('الأحد', 'يوم الجمعة'), and without it the same letters are other words ('من أحد',
# from anyone; 'جمال جمعة' and 'خميس', men's names), so an Arabic-script weekday without the article is read only in
# the Persian spelling ('جمعه', 'شنبه'; Arabic writes a name 'جمعة'), and only in Persian text: in Arabic 'جمعه' is
# 'gathered him' ('خلال لقاء جمعه بالوزير', a meeting that brought him together with the minister).
_PERSIAN_SPELLINGS = frozenset("دوشنبه سهشنبه چهارشنبه پنجشنبه جمعه شنبه یکشنبه".split())
# letters Persian writes and Arabic does not (پ چ ژ گ, Persian kaf and yeh): the text is Persian
_PERSIAN_LETTERS = re.compile("[\u067e\u0686\u0698\u06af\u06a9\u06cc]")
_RELATIVE = frozenset({"next", "last", "this", "coming", "following", "previous"})
# Words that only say when: a weekday, or today and yesterday ('امروز چهارشنبه', 'أمس الخميس', 'on Friday').
_WHEN_WORDS = frozenset(_WEEKDAYS) | frozenset(
    fold(w) for w in "today yesterday tonight امروز دیروز روز امشب اليوم أمس يوم".split()
)


def only_says_when(word: str) -> bool:
    """Whether ``word`` only places in time (a weekday, 'today', 'امروز'): words an id need not carry."""
    return fold(word.strip(".,;:\u060c\u061b()")) in _WHEN_WORDS


def weekdays_in(text: str) -> list[tuple[str, int]]:
    """(word as written, weekday) for each weekday named in ``text``, not after 'next', 'last' and the like."""
    found = []
    # A letter or a short vowel, shadda or dagger alef on it (Mn, which \w leaves out): 'نُسبت' (was attributed) is
    # one word, not 'ن' and 'سبت' (Saturday).
    spans = list(
        re.finditer(r"(?:(?!_)[\w\u064b-\u065f\u0670])+(?:[\u200c\u0640](?:(?!_)[\w\u064b-\u065f\u0670])+)*", text)
    )
    words = [m.group() for m in spans]
    persian = _PERSIAN_LETTERS.search(text) is not None
    for i, word in enumerate(words):
        key = fold(word)
        if key in _WEEKDAYS and (_names_an_event(text, words, spans, i) or not _written_as_a_day(word, persian)):
            continue
        if key in _WEEKDAYS and not (i > 0 and words[i - 1].lower() in _RELATIVE):
            if (
                key == fold("شنبه")
                and i > 0
                and fold(words[i - 1]) in (fold("سه"), fold("پنج"), fold("یک"), fold("چهار"))
            ):
                continue  # the second half of a Persian weekday written with a space
            found.append((word, _WEEKDAYS[key]))
        elif (
            i + 1 < len(words)
            and fold(word + words[i + 1]) in _WEEKDAYS
            and fold(word) in (fold("سه"), fold("پنج"), fold("یک"), fold("چهار"))
        ):
            found.append((f"{word} {words[i + 1]}", _WEEKDAYS[fold(word + words[i + 1])]))
    return found


def _names_an_event(text: str, words: list[str], spans: list[re.Match[str]], i: int) -> bool:
    """Whether English weekday ``i`` names the day of an event, not of the statement: 'the Tuesday drone attack',
    'Tuesday's attack' (a speaker denying a role in it spoke later, on a day the text does not give)."""
    after = text[spans[i].end() : spans[i].end() + 2]
    return (i > 0 and words[i - 1] in ("the", "The")) or after in ("'s", "\u2019s")


def _written_as_a_day(word: str, persian: bool) -> bool:
    """Whether a word whose folded form is a weekday's is written as one: English, the Persian spelling in Persian
    text (``persian``), or Arabic with the article ('الأحد', 'والجمعة', 'للسبت'), not 'أحد' (anyone), 'جمعة' (a
    name) or, in Arabic text, 'جمعه' (gathered him)."""
    if not re.search(r"[\u0600-\u06ff]", word):
        return True
    bare = re.sub(r"[\u064b-\u065f\u0670\u0640\u200c]", "", word).replace("ي", "ی").replace("ك", "ک")
    if persian and bare in _PERSIAN_SPELLINGS:
        return True
    return bare.startswith(("ال", "لل")) or (bare[:1] in "وفبل" and bare[1:].startswith("ال"))


def is_weekday(word: str) -> bool:
    """Whether one word is a day of the week's name, in any of the three languages ('Thursday', 'الخميس', 'شنبه')."""
    return fold(word) in _WEEKDAYS


# The months as English news writes them, capitalised ('May' alone is a month only so), and their abbreviations.
_MONTHS = {name: number for number, names in enumerate(MONTH_NAMES, start=1) for name in names}
_MONTH = alternation(_MONTHS)
# The English weekdays as a text writes them, for a weekday before a day of the month ('on Friday, December 29').
_ENGLISH_WEEKDAYS = "|".join(WEEKDAY_NAMES)
# A day of the month after 'on', when something was said or done: 'on December 26', 'on 26 December', 'on Dec. 26,
# 2023', 'on the 26th of December', 'on Friday, December 29' (its weekday checked against it); not 'since October 7',
# 'the October 7 attack', 'on the morning of October 7': an event's day, not the speaker's.
_ON_MONTH_DAY = re.compile(
    rf"\b[Oo]n\s+(?:(?:{_ENGLISH_WEEKDAYS}),?\s+)?"
    rf"(?:(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b|"
    rf"(?:the\s+)?(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{_MONTH})\b\.?)"
    r"(?:,?\s+(?P<year>\d{4})\b)?"
)


# Verbs of saying: a day of the month after one of them ('said on December 26', 'told reporters on Dec. 26', 'denied
# the report on 26 December') is the day of the speaking. Every finite form (base, past, -s) of the common ones, and
# of the verbs of denying those news dates most often.
_SAYING = alternation(
    [
        word
        for base, forms in (
            *SAYING_FORMS.items(),
            *((base, DENY_FORMS[base]) for base in ("deny", "reject", "dismiss", "refute")),
        )
        for word in (base, *forms.split()[:2])
    ]
)
# Nouns of a statement: 'in a statement on December 26', 'at a news conference held on 26 December', 'in a press
# release on', 'in his comment on'.
_STATEMENT = alternation([*WRITING_NOUNS, *OCCASION_NOUNS, "release", "comment"])
# Words between a verb of saying and 'on' that make the day another's: a clause of its own ('said that Hamas
# struck on October 7', 'denied what happened on'), an event named ('denied a role in the attack on October 7'),
# a time before or after ('said after the raid on', 'since'), or a past verb of the deed ('said Israel killed 30
# people on December 26'); a statement's own 'issued', 'released', 'published', 'posted', 'made' and 'held' are
# the speaking's.
_NOT_THE_SPEAKING = re.compile(
    r"\b(?:that|which|who|whom|whose|what|where|when|after|before|since|until|during|following|about|over|"
    r"against|because|while|if|attacks?|assaults?|strikes?|raids?|massacres?|operations?|incursions?|invasion|"
    r"war|offensive|bombings?|shelling|explosions?|blasts?|killings?|ambush|events?|incidents?|fighting|"
    r"clashes|battle|election|ceasefire|truce|deal|agreement|"
    r"(?-i:(?!(?:issued|released|published|posted|made|held|carried|aired)\b)[a-z]\w*ed))\b",
    re.IGNORECASE,
)

# A verb of saying as a word, and a noun of a statement (perhaps 'issued', 'held') ending the words before a day.
_SAYING_WORD = re.compile(rf"\b{_SAYING}\b", re.IGNORECASE)
_STATEMENT_BEFORE = re.compile(
    rf"\b{_STATEMENT}(?:\s+(?:issued|released|published|posted|made|held|given|delivered))?\s*$", re.IGNORECASE
)


def _dates_the_speaking(text: str, match: re.Match[str]) -> bool:
    """Whether the day of the month ``match`` found after 'on' dates the statement, not an event it tells of: right
    after a verb of saying, with at most six words between that name no event and start no clause ('said on
    December 26', 'told reporters on', 'said in a statement issued on'); right after a noun of a statement ('in a
    statement on'); or at the head of a sentence whose verb of saying follows within ten words with no deed named
    ('On December 26, the ministry said'). Not 'the attack on October 7', 'denied a role in the raid on October 7',
    'On October 7, Hamas fighters stormed the fence, the army said'."""
    before = text[: match.start()]
    clause = re.split(r"[.;:!?\"\u201c\u201d]\s", before)[-1]
    said = ([None, *_SAYING_WORD.finditer(clause)])[-1]
    if said is not None:
        gap = clause[said.end() :]
        if len(gap.split()) <= 6 and not _NOT_THE_SPEAKING.search(gap):
            return True
    if _STATEMENT_BEFORE.search(clause):
        return True
    if match.group().startswith("On") and not clause.strip():
        after = re.split(r"[.;:!?\"\u201c\u201d]", text[match.end() :])[0]
        words = after.split()
        head = " ".join(words[:11])
        said_after = _SAYING_WORD.search(head)
        if said_after is not None:
            return not _NOT_THE_SPEAKING.search(head[: said_after.start()])
    return False


def resolve_date(text: str, published: str | None) -> tuple[str, str] | None:
    """(ISO date, note) for the one day ``text`` names after 'on' (English), else for its one weekday, read against
    ``published`` (YYYY-MM-DD); None when there is none, two, or a weekday that falls on another date."""
    if not published or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        return None
    pub = datetime.date.fromisoformat(published)
    days: dict[datetime.date, str] = {}
    events = []
    for m in _ON_MONTH_DAY.finditer(text):
        if not _dates_the_speaking(text, m):
            events.append(m.group())  # (an event's day: its weekday, if any, is the event's too)
            continue
        month = _MONTHS[m.group("month") or m.group("month2")]
        day = int(m.group("day") or m.group("day2"))
        year = int(m.group("year")) if m.group("year") else pub.year
        try:
            date = datetime.date(year, month, day)
            if not m.group("year") and date > pub:
                date = datetime.date(year - 1, month, day)  # (a later month, said of the year before)
        except ValueError:
            return None  # no such day ('on February 30'): no guess
        days.setdefault(date, m.group()[2:].strip())
    for words in events:
        text = text.replace(words, " ")
    weekday = resolve_weekday(text, published)
    if not days:
        return weekday
    if len(days) != 1:
        return None
    ((date, words),) = days.items()
    if weekday is not None and weekday[0] != date.isoformat():
        return None  # ('on Friday, December 26' where the 26th was no Friday): no guess
    how = (
        "as written"
        if re.search(r"\d{4}$", words)
        else f"the last {date.strftime('%B')} {date.day} on or before publication on {published}"
    )
    return (
        date.isoformat(),
        f"'{words}' read as {date.strftime('%A')} {date.isoformat()}, {how}; check it against the text.",
    )


def resolve_weekday(text: str, published: str | None) -> tuple[str, str] | None:
    """(ISO date, note) for the one weekday ``text`` names, read against ``published`` (YYYY-MM-DD); else None."""
    if not published or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        return None
    days = weekdays_in(text)
    if not days or len({d for _, d in days}) != 1:
        return None
    word, weekday = days[0]
    pub = datetime.date.fromisoformat(published)
    back = (pub.weekday() - weekday) % 7
    day = pub - datetime.timedelta(days=back)
    when = "the day of publication" if back == 0 else f"the last {day.strftime('%A')} before publication on {published}"
    note = f"'{word}' read as {day.strftime('%A')} {day.isoformat()}, {when}; check it against the text."
    return day.isoformat(), note
