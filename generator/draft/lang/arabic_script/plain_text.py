"""Text helpers of the Arabic-script reader that need none of its state: quotation marks, datelines, stems.

Each takes a text, a quotation or a name and returns text or a verdict, the same whatever the article said before, so
every stage of the reader can use them and a test can call one alone (:func:`find_script_quotes` pairs the quotation marks
of a paragraph).
"""

from __future__ import annotations

import re
from dataclasses import replace

from generator.draft.discourse import Entity, Speaker
from generator.draft.lang.arabic_script.patterns import (
    ADJECTIVES,
    ANSWERING,
    ANSWERING_FA,
    BI_VERBAL_NOUN,
    CAPTION_WORDS,
    DEEMS_AFTER,
    DOUBLE_MARKS,
    DOUBLE_PRIME,
    DOUBLED_BRACKETS,
    DOUBLED_SLASH,
    HASHTAG,
    IN,
    IN_FA,
    IN_NAME_OF,
    MARKS,
    NOT_NAMES,
    PAST_WITH_TEH,
    PERSIAN_LETTERS,
    PUNCT,
    SPEECH_OPENS,
    WE_BEFORE_AR,
    WE_DENY_AR,
    WE_VERB_WORD_FA,
)
from generator.draft.lang.arabic_words import fold_words
from generator.draft.names import given_or_family_name
from generator.draft.territories import is_country_name, lookup_territory, named_state
from generator.draft.text import Paragraph, Quote, Sentence, find_quotes


def after_kicker(masked: str, start: int, colon: int) -> int:
    """Where a label before a colon starts: after a kicker ended by a semicolon that opens the line ('واکنش X به
    گزارش Y؛ Z: ...', 'بعد الهجوم؛ Z: ...'), else at ``start``. A semicolon closes a clause, so no speaker's name runs
    across it."""
    return max(masked.rfind("\u061b", start, colon), masked.rfind(";", start, colon)) + 1 or start


def answers_at(tokens: list[tuple[int, int, str, str]], i: int) -> bool:
    word = tokens[i][3]
    return word in ANSWERING or (word == IN_FA and i + 1 < len(tokens) and tokens[i + 1][3] in ANSWERING_FA)


def territory_fa(word: str) -> bool:
    """Whether a Persian word names a country, its yeh and kaf read in either form ('پاكستان' as 'پاکستان')."""
    persian = word.translate(PERSIAN_LETTERS)
    return bool(lookup_territory(word) or lookup_territory(persian) or named_state(word) or named_state(persian))


def country_name(words: str) -> bool:
    """Whether words are a country's name, not an adjective of one ('پاکستان', 'پاكستان', 'العراق')."""
    return is_country_name(words) or is_country_name(words.translate(PERSIAN_LETTERS))


def untagged(text: str) -> str:
    """``text`` with its Arabic-script hashtags written as plain words ('#حزب_الله' as ' حزب الله')."""
    return HASHTAG.sub(lambda m: " " + m.group(1).replace("_", " "), text) if "#" in text else text


def typed_marks(text: str, brackets: bool = True) -> str:
    """``text`` with double primes and pairs of doubled slashes read as straight quotation marks, same length (a
    pair of slashes read so only around three words or more, set off by spaces: '// انتهى //', ended, closes the
    agency's copy); with ``brackets``, in Arabic copy, doubled brackets read so too ('((إن ...))'), paired alike."""
    doubled = brackets and "((" in text
    if any(ch in text for ch in DOUBLE_MARKS) or (DOUBLE_PRIME not in text and "//" not in text and not doubled):
        return text
    text = text.replace(DOUBLE_PRIME, '"')
    chars = list(text)
    for pairs in (DOUBLED_SLASH, DOUBLED_BRACKETS) if doubled else (DOUBLED_SLASH,):
        found = list(pairs.finditer(text))
        if pairs is DOUBLED_BRACKETS and [m.group()[:1] for m in found] != ["(", ")"] * (len(found) // 2):
            continue  # (brackets doubled must open and close in turn, every pair of them, or none is a mark)
        for opening, closing in zip((m.start() for m in found[::2]), (m.start() for m in found[1::2]), strict=False):
            # (a space, a colon or the paragraph's start before the opening pair, a space, a stop or the end after
            # the closing one: not slashes inside a word, 'news//page')
            spaced = (
                text[opening - 1 : opening].strip(" :") == ""
                and text[closing + 2 : closing + 3].strip(" .\u060c,") == ""
            )
            if spaced and len(text[opening + 2 : closing].split()) >= 3:
                # (the mark against the first word quoted, as it opens, and against the last, as it closes: '((
                # إن ... ))' padded inside is read as '"إن ..."')
                inside = text[opening + 2 : closing]
                first, last = opening + 2 + len(inside) - len(inside.lstrip()), opening + 2 + len(inside.rstrip())
                chars[opening : opening + 2] = "  "
                chars[closing : closing + 2] = "  "
                chars[first - 1], chars[last] = '"', '"'
    return "".join(chars)


def without_ezafe(word: str) -> str:
    """A folded Persian word without the ezafe written after its final 'ه' with a zero-width non-joiner, which folding
    joins on ('منطقه\u200cی', folded 'منطقهي', is 'منطقه'): the word a list of words holds."""
    return word[:-1] if word.endswith("\u0647\u064a") else word


def quoted_words(text: str) -> str:
    """Quoted words folded, without marks or final stops, to compare two quotations of the same words."""
    return " ".join(fold_words(re.sub(MARKS, " ", text)).strip(" .!\u061f").split())


def with_pronoun(word: str, fw: str) -> bool:
    """Whether a word, as written (``word``) and folded (``fw``), ends with a pronoun ('وصوله', 'بيانها', 'قيادتهم'):
    the 'ه' that a closing 'ة' folds to is none ('لدى السعودية', 'لدى الجامعة العربية')."""
    if not fw.endswith(("\u0647", "\u0647\u0627", "\u0647\u0645")):
        return False
    return not word.strip(PUNCT).rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652").endswith("\u0629")


# 'we' in Arabic, folded: the ending 'نا' ('عملنا', 'جهودنا', 'قضايانا'), not after an alif unless a 'ي' and an alif
# stand before it
_WE_AR = re.compile("(?:(?<!\u0627)|(?<=\u0627\u064a\u0627))\u0646\u0627$")
# (and after a hamza, which folding writes as an alif: 'بدأنا', 'قرأنا', 'لجأنا', we began, read, turned to; a word
# before folding, its short vowels allowed)
_WE_AFTER_HAMZA_AR = re.compile("[\u0621\u0623\u0624\u0626][\u064b-\u0652]*\u0646[\u064b-\u0652]*\u0627$")
# 'we' in Persian, folded: the pronoun 'ما' or a verb of 'we' (:data:`WE_VERB_WORD_FA`), a word or two on its own
_WE_FA = re.compile(f"(?<!\\S)(?:\u0645\u0627|{WE_VERB_WORD_FA})(?!\\S)")


def speaks_as_we(text: str, arabic: bool) -> bool:
    """Whether a paragraph speaks as 'we' twice or more, as a statement does, never a reporter: in Arabic by the
    ending 'نا' ('عملنا ... جهودنا'); in Persian by the pronoun 'ما' and the verb's ending, perfect ('کرده‌ایم') or
    present ('می‌مانیم'), not a noun's ending in 'یم' ('تصمیم', 'رژیم') or a plural's in 'ایم' ('جرایم'); in Arabic not
    an accusative's in 'انا' ('بيانا', 'أحيانا')."""
    if arabic:
        # (not an accusative's alif after a noun's 'ن', 'بيانا', 'إعلانا', 'أحيانا', 'مكانا', which a reporter writes;
        # 'we' after a long vowel is written 'ايانا', 'قضايانا', our causes)
        ours = (
            len(fw) > 3 and (_WE_AR.search(fw) is not None or _WE_AFTER_HAMZA_AR.search(w) is not None)
            for w, fw in ((w, fold_words(w)) for w in (w.strip(PUNCT) for w in text.split()))
        )
        return sum(ours) >= 2
    return len(_WE_FA.findall(" ".join(w.strip(PUNCT) for w in fold_words(text).split()))) >= 2


def we_deny(before: str, verb: str) -> bool:
    """Whether an Arabic verb of denying is in the first person: its form ('ننفي', 'رفضنا'), or 'نحن' before it."""
    return bool(WE_DENY_AR.fullmatch(verb) or WE_BEFORE_AR.search(before[-12:]))


def in_brackets(text: str, start: int, end: int) -> bool:
    """Whether the full stop at ``start`` stands inside short brackets, closed a few characters after it: an
    abbreviation's ('(بي. كا. كا)'), not a sentence's end."""
    opened = text.rfind("(", max(0, start - 20), start)
    if opened < 0 or ")" in text[opened:start]:
        return False
    closed = text.find(")", end, end + 20)
    return closed >= 0 and "(" not in text[end:closed]


def name_stems(speaker: Speaker, shortest: bool = False) -> frozenset[str]:
    """The words of a speaker's names as written (or of its shortest), folded, without the article and a nisba's
    ending ('السودانية', 'السودان' -> 'سودان'; 'الإيرانية' -> 'ايران')."""
    forms = [speaker.label]
    if speaker.entity is not None:
        forms += [m[3] for m in speaker.entity.mentions]
    arabic = [f for f in forms if re.search("[\u0621-\u064a]", f)]
    if not arabic:
        return frozenset()
    stems = set()
    for word in fold_words(min(arabic, key=len) if shortest else " ".join(arabic)).split():
        word = word.strip(PUNCT + "'\u2018\u2019")  # (and single marks: 'قوات \'X\'' as 'قوات X')
        for article in ("\u0627\u0644", "\u0644\u0644"):  # ال لل
            if word.startswith(article) and len(word) > 4:
                word = word[2:]
                break
        for ending in (
            "\u064a\u0647",
            "\u064a\u0627",
            "\u064a",
            "\u0647",
            "\u0627",
        ):  # يه يا ي ه ا ('سوريا', 'السورية')
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                word = word[: -len(ending)]
                break
        if word:
            stems.add(word)
    return frozenset(stems)


def without_place(name: str) -> str:
    """A body's Arabic name without the place after it, from the third word on: 'ب' written onto the place or 'في'
    before it ('جهاز X بإقليم Y' -> 'جهاز X'); the name itself when none stands there."""
    words = name.split()
    for i, word in enumerate(words[2:], 2):
        fw = fold_words(word.strip(PUNCT))
        if fw == IN or (fw[:1] == "\u0628" and len(fw) > 3 and fw not in NOT_NAMES):
            return " ".join(words[:i])
    return name


def date_line(text: str) -> bool:
    """Whether a line is a date under a signature ('۳/۱/۱۴۴۰هـ ق'): figures, and letters only as the short marks of a
    calendar."""
    words = text.split()
    return (
        0 < len(words) <= 6
        and any(ch.isdigit() for ch in text)
        and all(any(ch.isdigit() for ch in w) or len(w.strip("\u0640")) <= 2 for w in words)
    )


def _as_written(text: str, marked: str, number: int) -> list[Quote]:
    """The quotations found in ``marked`` (``text`` with its marks turned or made straight, same length), with the
    words of ``text`` as written."""
    return [
        Quote(number, q.start, q.end, q.closed, text[q.start + 1 : q.end - 1 if q.closed else None])
        for q in find_quotes(marked, number)
    ]


def find_script_quotes(text: str, number: int) -> list[Quote]:
    """The paragraph's quotations (:func:`_script_quotes`), a short passage set off by a space inside each mark
    ('« X Y »', as some Persian copy pads a name) read without the spaces: the words a name's rules compare."""
    out = _script_quotes(text, number)
    for k, q in enumerate(out):
        if q.closed and q.text[:1].isspace() and q.text[-1:].isspace() and len(q.text.split()) <= _PADDED_WORDS:
            out[k] = replace(q, text=q.text.strip())
    return out


# (a name in marks has a few words; a padded quotation of many is left as typed)
_PADDED_WORDS = 4


def _script_quotes(text: str, number: int) -> list[Quote]:
    """The paragraph's quotations; straight marks that do not pair up are paired by where they stand.

    Straight marks are paired in order; when one is left open by mistake ('موقع "العربية. نت قد ادعى ...، إن
    "..."'), that pairs every later mark wrongly. A mark with a space before it and a letter after it opens, one
    with a letter before it closes; an opening mark followed by another opening mark is the stray one.
    """
    quotes = find_quotes(text, number)
    curly = [ch for ch in text if ch in "\u201c\u201d"]
    # curly marks typed the other way round ('”...“') or one typed at both ends ('”...”', '” ...” ، “...”'), as
    # right-to-left copy has them: paired in order, whichever way each is typed
    uneven = curly and len(curly) % 2 == 0 and curly != ["\u201c", "\u201d"] * (len(curly) // 2)
    if uneven and not any(ch in text for ch in '"\u00ab\u00bb'):
        straight = text.replace("\u201c", '"').replace("\u201d", '"')
        # (a name in marks inside the quotation, '”الهجوم على ”كتائب كسل” كان ...”', each mark read by its shape as
        # straight marks that nest are; the words as written)
        nested = [
            Quote(number, q.start, q.end, q.closed, text[q.start + 1 : q.end - 1])
            for q in _nested_straight(straight, number)
        ]
        return nested or _as_written(text, straight, number)
    first = next((ch for ch in text if ch in "\u201c\u201d"), "")
    if first == "\u201d" and "\u201c" in text[text.index(first) :]:
        # curly marks typed the other way round ('إن ”...“'), as right-to-left copy often has them: paired as written
        return _as_written(text, text.translate({0x201C: 0x201D, 0x201D: 0x201C}), number)
    guillemets = [ch for ch in text if ch in "\u00ab\u00bb"]
    if guillemets and guillemets == ["\u00bb", "\u00ab"] * (len(guillemets) // 2) and not curly:
        # guillemets typed the other way round ('گفت: »ما مذاکره نمی‌کنیم«'), as right-to-left copy sometimes has
        # them: read as written when every one of them is turned, each pair '»...«' (a stray one is left alone)
        return _as_written(text, text.translate({0xAB: 0xBB, 0xBB: 0xAB}), number)
    if any(ch in text for ch in "\u201c\u201d\u00ab\u00bb"):
        return quotes
    if '"' not in text and "/" in text:
        return _slashed(text, number)
    if text.count('"') % 2 == 0:
        return _nested_straight(text, number) or quotes
    out: list[Quote] = []
    pending: int | None = None
    outer: int | None = None
    marks = [i for i, ch in enumerate(text) if ch == '"']
    for n, i in enumerate(marks):
        before, after = text[i - 1 : i] or " ", text[i + 1 : i + 2] or " "
        # (a mark written onto a word's prefix opens too: 'لـ"', 'بـ"', 'و"')
        opens = (before.isspace() or before in "(:\u060c,\u0640\u0644\u0628\u0648\u0641") and not after.isspace()
        if opens:
            if pending is not None and SPEECH_OPENS.search(text, 0, pending) and not SPEECH_OPENS.search(text, 0, i):
                # ('قال إن "... لمواجهة الجماعات "الإرهابية"، وفق ...': a quotation opened after 'إن', then a term
                # in marks inside it whose closing mark, the last, ends both; not a stray mark before the speech)
                outer = pending
            pending = i  # (an earlier mark still open is the stray one)
        elif pending is not None:
            inner = text[pending + 1 : i]
            if outer is not None and n == len(marks) - 1:
                out.append(Quote(number, outer, i + 1, True, text[outer + 1 : i]))
            elif inner.strip():
                out.append(Quote(number, pending, i + 1, True, inner))
            pending = outer = None
    if pending is not None and text[pending + 1 :].strip():
        out.append(Quote(number, pending, len(text), False, text[pending + 1 :]))
    return out


# A slash as a quotation mark, as some agencies' Arabic copy sets speech ('قائلا /إنها عبارة عن دعاية/'): one that
# opens has a space, a colon or a prefix before it and a letter after; one that closes has a letter or a stop before it
# and a space, a stop or the end after. A slash between figures ('11/2') or between words ('مراسل/ محرر') is neither.
_SLASH_OPENS = re.compile(r"(?:(?<=^)|(?<=[\s:\u060c,\u0640]))/(?=[^\W\d])")
_SLASH_CLOSES = re.compile(r"(?<=[^\W\d]|[.!?\u061f])/(?=[\s.,:;!?\u060c\u061b\u061f]|$)")


def _slashed(text: str, number: int) -> list[Quote]:
    """The quotations of a paragraph with no other marks whose slashes are all marks, paired in order (open, close,
    open, close ...); none when any slash has another shape or one is left unpaired, so that a slash in a date, a
    signature ('سامي الوردي/ المتحدث باسم الحركة') or a list is never read as a mark."""
    slashes = [i for i, ch in enumerate(text) if ch == "/"]
    opening = {m.start() for m in _SLASH_OPENS.finditer(text)}
    closing = {m.start() for m in _SLASH_CLOSES.finditer(text)}
    if len(slashes) % 2 or any(i not in (opening if k % 2 == 0 else closing) for k, i in enumerate(slashes)):
        return []
    return _as_written(text, text.replace("/", '"'), number)


def _nested_straight(text: str, number: int) -> list[Quote]:
    """The quotations of a paragraph whose straight marks nest a name inside a quotation ('"إن مكاتب "الحركة" لم
    تستهدف"'), as Arabic copy sets a body's name in marks inside the words quoted; empty when they do not nest.

    Paired in order, the name's opening mark would close the quotation. Each mark is read by its shape (a space or a
    prefix before and a letter after opens, a letter or a mark before and a space, a mark or the end after closes);
    only when every mark has one shape, none closes with nothing open, and one opens inside another are the
    outermost pairs the quotations.
    """
    stack: list[int] = []
    out: list[Quote] = []
    nested = False
    for i, ch in enumerate(text):
        if ch != '"':
            continue
        before, after = text[i - 1 : i] or " ", text[i + 1 : i + 2] or " "
        opens = (before.isspace() or before in "(:\u060c,\u0640\u0644\u0628\u0648\u0641") and after.isalpha()
        # (or a mark with a space on both sides right after a colon or a comma: 'قائلا: " الحادث ...')
        lead = text[max(0, i - 8) : i].rstrip()  # (a few characters back: linear in the paragraph)
        spaced = before.isspace() and after.isspace() and lead[-1:] in (":", "\u060c", ",")
        opens = opens or (spaced and text[i + 1 : i + 9].lstrip()[:1].isalpha())
        closes = not before.isspace() and (after.isspace() or after in PUNCT)
        if opens == closes:
            return []
        if opens:
            nested = nested or bool(stack)
            stack.append(i)
            continue
        if not stack:
            return []
        start = stack.pop()
        if not stack:
            out.append(Quote(number, start, i + 1, True, text[start + 1 : i]))
    return out if nested and not stack else []


def _marks(text: str) -> tuple[int, int]:
    """Where the first opening and the first closing quotation mark of a paragraph are (-1: none).

    A straight mark closes when it is the paragraph's only one and follows a word ('... ادامه یابد."'),
    else it opens.
    """
    opener = min((i for i in (text.find("\u201c"), text.find("\u00ab")) if i >= 0), default=-1)
    closer = min((i for i in (text.find("\u201d"), text.find("\u00bb")) if i >= 0), default=-1)
    straight = text.find('"')
    if straight >= 0:
        closes = text.count('"') == 1 and straight > 0 and not text[straight - 1].isspace()
        if closes and (closer < 0 or straight < closer):
            closer = straight
        elif not closes and (opener < 0 or straight < opener):
            opener = straight
    return opener, closer


def continued_quotations(paragraphs: list[Paragraph]) -> dict[int, tuple[int, bool]]:
    """Paragraphs inside a quotation that runs on from an earlier paragraph: number -> (end, closed).

    Arabic and Persian papers quote a statement over several paragraphs with one opening mark in the first
    and one closing mark in the last, none between. A quotation left open is read as running on only when
    a later paragraph closes it before any new one opens (an open mark that is never closed, a typo, takes
    nothing with it); the paragraphs between are quoted whole, the last up to its closing mark.
    """
    out: dict[int, tuple[int, bool]] = {}
    for i, para in enumerate(paragraphs):
        quotes = find_script_quotes(para.text, para.number)
        if para.number in out or not quotes or quotes[-1].closed:
            continue
        run: dict[int, tuple[int, bool]] = {}
        for following in paragraphs[i + 1 : i + 13]:
            opener, closer = _marks(following.text)
            if opener >= 0 and (closer < 0 or opener < closer):
                break
            if closer >= 0:
                run[following.number] = (closer, True)
                out.update(run)
                break
            run[following.number] = (len(following.text.rstrip()), False)
    return out


def in_present(verb: str, prefixes: str) -> bool:
    """Whether a folded Arabic verb is in the present tense (يقول، تنفي), not the past (قال، تابع)."""
    verb = verb[1:] if verb[:1] in prefixes and len(verb) > 3 else verb
    return verb[:1] == "\u064a" or (verb[:1] == "\u062a" and verb not in PAST_WITH_TEH)


def stem_of(word: str) -> str:
    """A statement word without the article and a possessive ending: 'بيانها', 'البيان' -> 'بيان'."""
    word = word.removeprefix("\u0627\u0644")
    for ending in ("\u0647\u0627", "\u0647", "\u062a", "\u0627"):  # her, his, feminine t, the accusative a
        if len(word) > 4 and word.endswith(ending):
            word = word[: -len(ending)]
    return word[:5]


def opens_sentence(masked: str, sent: Sentence, q: Quote) -> bool:
    """Whether the quotation opens its sentence (perhaps after a dash or a list mark)."""
    return not re.search(r"\w", masked[sent.start : q.start])


def nisbas(ent: Entity, names: set[str]) -> set[str]:
    """The Arabic adjectives of a state on record, folded, from its one-word names: 'ايراني', 'الايرانيه' for 'إيران';
    'سوري' for 'سوريا'; 'العراقي' for 'العراق'; 'السعودي' for 'السعودية'. None for anything else."""
    known = ent.known
    if known is None or not (known.kind == "government" or (known.type == "place" and known.kind == "country")):
        return set()
    out = set()
    for name in names:
        if " " in name or len(name) < 3:
            continue
        stem = name.removeprefix("\u0627\u0644")
        if stem.endswith(("\u064a\u0647", "\u064a\u0627")):  # 'السعودية', 'سوريا'
            stem = stem[:-2]
        elif stem.endswith(("\u0627", "\u0647")):  # 'أمريكا'
            stem = stem[:-1]
        out |= {f"{a}{stem}\u064a{b}" for a in ("", "\u0627\u0644") for b in ("", "\u0647")}
    return out


def nisba_of(word: str) -> bool:
    """A definite Arabic adjective of origin or kind, folded: 'الكسلي', 'الإيرانية' (ال ... ي / يه)."""
    return word.startswith("\u0627\u0644") and word.endswith(("\u064a", "\u064a\u0647")) and len(word) > 4


def definite_noun(word: str) -> bool:
    """A definite word that is no adjective of origin ('التقرير', 'المشاركة'), nor one that follows a name as
    an adjective does ('الحر' in 'الجيش السوري الحر')."""
    return word.startswith("\u0627\u0644") and not nisba_of(word) and word not in ADJECTIVES and len(word) > 3


def deems_after(text: str, at: int) -> bool:
    """Whether 'عد' ending at ``at`` of folded ``text`` deems: its subject, a definite first object and what it is
    deemed follow (:data:`DEEMS_AFTER`), and no word of the subject is what was promised (:func:`_promised_in`)."""
    deems = DEEMS_AFTER.match(text, at)
    return deems is not None and not _promised_in(deems.group("subject"))


def _promised_in(words: str) -> bool:
    """Whether folded ``words`` hold 'بـ' on a verbal noun, what is promised ('بإعادة', 'بتحسين'); not 'باسم' (on
    behalf of), nor a name that opens with those letters ('باسل', 'بارزاني', 'بتول')."""
    return any(BI_VERBAL_NOUN.match(w) and w != IN_NAME_OF and not given_or_family_name(w) for w in words.split())


def introduces(words: str) -> bool:
    """Whether quoted words only introduce what follows: a few words ending with a colon ('إلى ما يأتي:')."""
    words = words.strip()
    return words.endswith(":") and len(words.split()) <= 4


def folded_in(needle: str, text: str) -> bool:
    return needle in fold_words(text)


def is_caption(text: str) -> bool:
    """Whether a paragraph is a photo's caption: a short line that no mark ends as a sentence ('سامي حمدان', 'القائد
    سامي حمدان في مدينة أسترا'), or one with a word for a photo or the archive ('سامي حمدان (أرشيف)', 'رامین دلاوری (عکس
    از آرشیو)'). It names who is shown, no speaker and no subject of what follows."""
    plain = text.strip()
    words = fold_words(plain).split()
    if not words or len(words) > 12 or plain.endswith((":", "\u00bb", "\u201d", '"')):
        return False
    stopped = plain.endswith((".", "!", "?", "\u061f", "\u060c", ","))
    # (a word for a photo in brackets, or opening the line, or in a line no stop ends: not a sentence that has one in
    # it, 'ونشر سامي حمدان صورة للجنود.', nor 'عکس‌العمل' (a reaction) written apart in a sentence)
    if any(
        w.strip("()[]:") in CAPTION_WORDS and (not stopped or k == 0 or w.strip("()[]") != w)
        for k, w in enumerate(words)
    ):
        return True
    return len(words) <= 6 and not stopped
