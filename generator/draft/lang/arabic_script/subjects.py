"""The Arabic-script reader's second stage: a sentence's tokens and where its subject ends.

:class:`SubjectsStage` cuts the words after a verb of saying down to the subject (at the words that end a subject, at an
object, at the outlet told) and notes the bodies a sentence names. It uses only the records below it, and the stages
above ask it where a name stops.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from generator.draft.lang.arabic_script.patterns import (
    A_WHILE_FA,
    ADDRESSEES_AR,
    ADVANCES_AR,
    AGO_FA,
    AND_FA,
    ANONYMOUS,
    AS,
    AT,
    CLOSERS,
    COUNTRY_FA,
    CUT_AFTER,
    CUT_BEFORE,
    DEFINITE,
    DESCRIBING,
    ENVOYS,
    EVENING_FA,
    EZAFE_FA,
    FATHER_OF,
    FROM,
    HONORIFICS_AR,
    IN,
    IN_FA,
    IN_NAME_OF,
    ISSUED,
    ISSUED_VERB,
    KUNYA,
    LAM_NAMES,
    LEVANT_BEFORE_FA,
    LONE_BODIES_NAMED_AR,
    LONE_MARKS,
    MARKS,
    MORNING,
    MORNING_AFTER,
    NAMES_IN_IN,
    NOT_DEEMED,
    NUMBER_WORDS_AR,
    OCCASIONS_FA,
    OF,
    OF_APART,
    OF_GOD,
    OFFICE_ADJECTIVES,
    OFFICES_IN_GIVEN_NAMES,
    ON,
    OPENERS,
    PEOPLE_PLURALS,
    PREPOSITIONS_FA,
    PUNCT,
    PUNCT_NO_MARKS,
    RANKS,
    REMARKS_AR,
    SO_CALLED,
    SO_CALLED_WHAT,
    SOME_FA,
    SPELLED_AMBIGUOUS,
    SPELLED_LETTERS,
    STATE_BODIES_AR,
    TIMES_AR,
    TO,
    TO_OUTLET,
    TOLD_IN,
    TOLD_OUTLETS,
    WHEN_WORDS,
    WHO,
    WISHING,
    WORDS_OF_AR,
    in_title_of_god,
)
from generator.draft.lang.arabic_script.plain_text import country_name, definite_noun, nisba_of, with_pronoun
from generator.draft.lang.arabic_script.records import RecordsStage
from generator.draft.lang.arabic_words import fold_words
from generator.draft.names import given_or_family_name, looks_like_a_persons_name
from generator.draft.text import MASK, Paragraph, Sentence
from generator.weekdays import is_weekday

# an embassy, a consulate (folded), whose city is part of the subject ('سفارت ایران در صنعا')
EMBASSY_FA = tuple(fold_words(w) for w in ("سفارت", "کنسولگری"))
# claiming, in Persian, folded ('X مدعی ...'): what is claimed follows it
CLAIMING_FA = fold_words("مدعی")
PROSECUTOR_FA = fold_words("مدعی العموم")  # (the public's claimant: the prosecutor)
# the nouns that open a phrase of when, how or about what after 'در' ('در پی', 'در پاسخ به', 'در حاشیه', 'در مورد',
# 'در تماس'; and the occasions, OCCASIONS_FA), no city's name; and the common nouns of a place before its name ('در شهر
# X', 'در استان X'), left out
CIRCUMSTANCE_AFTER_IN_FA = OCCASIONS_FA | frozenset(
    fold_words(w)
    for w in "پی تماس ادامه حالی حاشیه خصوص مورد باره رابطه زمینه شهر شهرستان استان ولایت منطقه کشور پایتخت".split()
)

# a call, a talk, a time or a meeting after 'في' ('مصدر في اتصال هاتفي', 'في وقت سابق', 'في حينه'), folded: no body's
# name, as a remark ('في تصريح') is none
TALKS_AR = frozenset(
    fold_words(w)
    for w in "اتصال حوار وقت حين حينه لقاء اجتماع مؤتمر ختام أعقاب إطار سياق ظل تغريدات تدوينات منشورات رسائل مقابلات".split()
)


@cache
def stops_with_ha(stops: tuple[str, ...]) -> frozenset[str]:
    """The Arabic stop words a list writes with a final 'ه', a pronoun ('دوره', his role; 'وقوفه', his standing),
    folded: folding writes 'ة' as 'ه', so the text's word with 'ة' ('دورة', a session: 'لجنة دورة الألعاب', the games'
    committee) is another word, no stop; unless the list holds that spelling too."""
    written = set(stops)
    return frozenset(fold_words(w) for w in stops if w.endswith("\u0647") and w[:-1] + "\u0629" not in written)


class SubjectsStage(RecordsStage):
    """A sentence's tokens, and the subject cut at the words that end it."""

    def _note_bodies(self, para: Paragraph, sent: Sentence) -> None:
        """Remember each body the sentence names (a head word and the words after it), for 'the ministry' later."""
        tokens = self._tokens(para.masked, sent.start, sent.end)
        for i, (t_start, _, _word, fw) in enumerate(tokens):
            bare = fw[1:] if fw[:1] in self.words.prefixes and fw[1:] in self.c.body_words else fw
            if bare not in self.c.body_words or bare.startswith("\u0627\u0644"):
                continue
            n = self._cut_subject(tokens[i : i + 4])
            # (a phrase with 'بـ' and the article after the name is none of it: 'اتهمت X حركة النور بالوقوف وراء ...')
            n = next((k for k in range(2, n) if tokens[i + k][3].startswith("\u0628\u0627\u0644")), n)
            # (nor a verb of saying or denying after it, as a headline's present has it: 'كتائب X تنفي الأنباء', whose
            # body was 'كتائب X تنفي', and 'الكتائب' after it that)
            n = next((k for k in range(2, n) if self.c.verb.fullmatch(tokens[i + k][3])), n)
            if n >= 2:
                end = tokens[i + n - 1][1]
                lead = 1 if fw != bare else 0
                phrase = re.sub(r"[\"\u201c\u201d\u00ab\u00bb]", "", para.text[t_start + lead : end])  # 'موقع "X"'
                self.bodies.append((phrase.strip(PUNCT), para.number, t_start + lead, sent))

    def _tokens(self, masked: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
        """(start, end, word, folded word) of each whitespace-separated token between ``start`` and ``end``."""
        out: list[tuple[int, int, str, str]] = []
        for m in re.finditer(r"\S+", masked[start:end]):
            a, word = start + m.start(), m.group()
            # ('به گفته وی،« ...»': a quotation opened right after a comma starts a token of its own)
            cut = next((i + 1 for i in range(len(word) - 1) if word[i] in "\u060c,:" and word[i + 1] in OPENERS), 0)
            if word in LONE_MARKS and out:
                # ('المتحدث باسم الحكومة ، سامي الوردي،': a comma typed after a space ends the word before it, as
                # one typed onto it; the word keeps its own letters and ends where the comma ends)
                b, _, w, fw = out[-1]
                out[-1] = (b, a + len(word), w + word, fw)
                continue
            parts = [(a, word[:cut]), (a + cut, word[cut:])] if cut else [(a, word)]
            out.extend((b, b + len(w), w, fold_words(w.strip(PUNCT))) for b, w in parts)
        return self._without_so_called(out)

    def _without_so_called(self, tokens: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """``tokens`` without an Arabic 'so-called' between an office and its body: 'الناطق باسم ما يسمى بجيش X،
        العميد Y' is the spokesman of the X army, whose name follows (the writer's distance from the body's name, no
        word of the subject; 'ما' would end it there). The body's word loses the 'ب' that 'يسمى' takes ('بجيش' is
        read 'جيش'; 'ما يسمى جيش X' has none); a 'ب' or 'بـ' standing alone is dropped."""
        k = next(
            (
                k
                for k in range(1, len(tokens) - 2)
                if tokens[k][3] == SO_CALLED_WHAT
                and tokens[k + 1][3] in SO_CALLED
                and (tokens[k - 1][3] == IN_NAME_OF or tokens[k - 1][3] in self.c.titles)
                and tokens[k - 1][2][-1:] not in CUT_AFTER
                and tokens[k + 1][2][-1:] not in CUT_AFTER
            ),
            None,
        )
        if k is None:
            return tokens
        b, e, w, fw = tokens[k + 2]
        if not fw.startswith("\u0628"):
            return [*tokens[:k], *tokens[k + 2 :]]  # ('ما يسمى جيش X', with no 'ب')
        rest = tokens[k + 3 :]
        if len(fw) > 2:
            rest = [(b + 1, e, w[1:], fw[1:]), *rest]  # (the 'ب' is one letter; a tatweel after it stays with it)
        return [*tokens[:k], *rest]

    def _state_of_body(self, tokens: list[tuple[int, int, str, str]], i: int) -> bool:
        """Whether the 'في' at ``i`` names the state of the body before it: a state's body among the words before
        ('وزارة', 'الحكومة', 'السفارة'; not a group's word, 'حركة'), then a country's name alone ('مصر', 'العراق'), no mark nor comma before
        'في', and no more of a name after the country (what follows is the object or a stop)."""
        if i + 1 >= len(tokens) or tokens[i - 1][2][-1:] in CUT_AFTER or MASK in tokens[i + 1][2]:
            return False
        words = [t[3] for t in tokens[:i]]
        if not any(w in STATE_BODIES_AR or (w[:2] == "\u0627\u0644" and w[2:] in STATE_BODIES_AR) for w in words):
            return False  # (a group's country is where it is: 'حركة النمونة في العراق' is the movement)
        return country_name(tokens[i + 1][2].strip(PUNCT))

    def _people_counted(self, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether Arabic ``tokens`` open with a number and people described ('ثلاثة مسؤولين كسليين', 'عشرة من
        السكان'): a subject ('ونفى ثلاثة مسؤولين الأنباء', three officials denied), where a number alone opens a
        deed's object ('وقتل ثلاثة جنود')."""
        if len(tokens) < 2 or tokens[0][3] not in NUMBER_WORDS_AR:
            return False
        head = tokens[2][3] if tokens[1][3] == FROM and len(tokens) > 2 else tokens[1][3]
        return head.removeprefix("\u0627\u0644") in self.c.heads

    def _lone_body_ar(self, token: tuple[int, int, str, str]) -> bool:
        """Whether an Arabic word after an office's or a source's 'في' names its body by itself ('مصادر في حماس',
        'مسؤول في طالبان'): a plain word of letters alone (no article, no mark after it: 'في كسلا، يوم الأحد،' tells
        where), no person's given or family name (but a movement's named so, 'فتح'), no stop, statement, time, title or source, and no noun ending in 'ة'
        as talks and occasions do ('في مقابلة', 'في تغريدة'), nor one of the usual nouns of a talk or a time ('في
        اتصال', 'في حديث', 'في وقت')."""
        word, fw = token[2], token[3]
        return (
            word.isalpha()
            and not fw.startswith(DEFINITE)
            and not fw.endswith("\u0629")
            and len(fw) >= 3
            and (fw in LONE_BODIES_NAMED_AR or not given_or_family_name(word))
            and fw not in self.c.stops | self.c.statements | self.c.titles | self.c.heads
            and fw not in REMARKS_AR | TOLD_IN | TIMES_AR | WORDS_OF_AR | TALKS_AR
            and not is_weekday(word)
        )

    def _holders_name(self, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether two to four tokens are a person's name: plain words, the first a given or family name."""
        raw = [t[2].strip(PUNCT) for t in tokens]
        if not 2 <= len(raw) <= 4 or not self._names_a_person([t[3] for t in tokens]):
            return False
        return given_or_family_name(raw[0]) and looks_like_a_persons_name(" ".join(raw))

    def _cut_subject(self, tokens: list[tuple[int, int, str, str]]) -> int:
        """How many tokens of ``tokens`` make the subject: up to a stop word or a mark that ends it.

        An office may be followed by the name between commas ('الرئيس الروسي، فلاديمير بوتين،', 'سخنگوی
        وزارت خارجه، رضا کاظمی گفت'): the subject then runs on over one comma.
        """
        n = 0
        appositive = bool(tokens) and tokens[0][3] in self.c.titles
        office_in = bool(tokens) and ((self.words.verb_first and appositive) or tokens[0][3] in self.c.heads)
        # ('القيادي في الحشد ...', 'مصدر في وزارة الدفاع'; a source has no name after a comma, only a clause:
        # 'مصدر أمني، فضل عدم الكشف عن اسمه،'; and a share of a group, 'بعض المسؤولين في حركة النور')
        office_in = office_in or (bool(tokens) and tokens[0][3] in self.c.shares)
        first = tokens[0][3] if tokens else ""
        issued = first in self.c.statements or (first[:1] == "\u0644" and first[1:] in self.c.statements)
        named_end = -1  # the token that closes the marks of a group's name after an office
        second_office = -1  # the token that opens a second office between commas, after the first
        # ('بيان صادر عن الوزارة', 'وفقا لبيان صادر عن ...')

        skip = -1  # the last token of another name in brackets, passed over
        for i, (_, _, word, fw) in enumerate(tokens):
            if i <= skip:
                continue
            if word[:1] == "(" and i and appositive:
                # 'زعيم جماعة X (الحوثيون)، عبد الملك الحوثي،', 'القائد العام لـ"X" (Y سابقا)، Z،': an office's body, its
                # other name in brackets, then the holder's name between commas
                close = next((j for j in range(i, min(len(tokens), i + 4)) if ")" in tokens[j][2]), None)
                if close is not None and tokens[close][2][-1:] in "\u060c," and close + 1 < len(tokens):
                    n, skip, appositive = close + 1, close, False
                    continue
            spelled = self._spelled(tokens, i) if i == n else 0
            if spelled:
                # 'سي إن إن', 'إن بي سي', 'سی ان ان': an acronym spelled letter by letter is one name, its 'إن' (N) no
                # 'that' that would end the subject
                n, skip = i + spelled, i + spelled - 1
                if tokens[i + spelled - 1][2][-1:] in CUT_AFTER:
                    break
                continue
            if (
                self.words.verb_first
                and i
                and i + 1 < len(tokens)
                and (word in OF_APART or (word[:2] == OF_APART[0] and word[2:3].isalpha()))
                and self.c.body_office_at([t[3] for t in tokens[:i]]) == i
            ):
                # 'المركز الإعلامي لـ كتائب X', 'لـكتائب X': 'لـ' after a body's office joins it to the body, no outlet told
                n = i + 1
                continue
            # ('قال X لـ"شفق نيوز"': the outlet told ends the subject; 'بيان لـ«الحشد»' is the body's statement)
            told = TO_OUTLET.match(word) and not (i == 1 and first in self.c.statements)
            if told and appositive and self._group_in_marks(tokens[i:]):
                told = False  # 'القائد العام لـ"حركة X"' (of the movement X, a group on record): the office's body
                named_end = next((j for j in range(i + 1, len(tokens)) if tokens[j][2][-1:] in MARKS), i)
            if word[:1] == "(" and i and tokens[i - 1][3] in self.c.outlet_words:
                # 'موقع (جنوب كسليا)' (the site South Kesslia): an outlet's name in brackets, as in marks, ends the subject
                close = next((j for j in range(i, min(len(tokens), i + 4)) if ")" in tokens[j][2]), None)
                if close is not None and MASK not in "".join(t[2] for t in tokens[i : close + 1]):
                    n = close + 1
                    break
            if self.words.verb_first and appositive and i and MASK in word and self._marked_body_then_name(tokens, i):
                n = i + 1  # 'عضو تحالف "النور" سامي الوردي': the office's body, its name in marks, then the holder
                continue
            if fw == IN and n == i and i + 1 < len(tokens) and tokens[i + 1][2][:1] in OPENERS:
                # 'المكتب الإعلامي في "حركة النور"': the body in marks whose office speaks, and the subject's end
                close = next(
                    (
                        j
                        for j in range(i + 1, min(len(tokens), i + 5))
                        if set(tokens[j][2][j == i + 1 :]) & set(CLOSERS)
                    ),
                    None,
                )
                body = tokens[0][3].removeprefix(DEFINITE[0]) in self.c.body_words  # (an office alone: see office_in)
                # (and what the marks hold is a body's name, 'حركة النور', or one word after an office and its
                # adjective: not 'وقال الجيش في "بيان رسمي"', the army in its statement, nor an event's name)
                marked = " ".join(t[2] for t in tokens[i + 1 : close + 1]).strip(PUNCT) if close is not None else ""
                named = self._is_body(marked) or (close == i + 1 and i >= 2) or self._group_in_marks(tokens[i + 1 :])
                if (
                    close is not None
                    and body
                    and named
                    and self._office_after_verb([t[3] for t in tokens[:i]], opening=True)
                ):
                    n = close + 1
                    break
            if word[:1] in CUT_BEFORE or MASK in word or not fw or told or self._told_unmarked(tokens, i):
                break
            if i and self._told_who(tokens, i):
                break
            pair = fw + " " + (tokens[i + 1][3] if i + 1 < len(tokens) else "")
            if i == 0 and self.words.verb_first and fw in self.c.demonstratives:
                break  # 'نفت هذه الأنباء' (denied these reports): the object, the subject is elsewhere
            if i == 0 and fw in self.c.demonstratives and len(tokens) > 1 and tokens[1][3] in self.c.body_words:
                n = 1  # 'این جنبش ... تکذیب کرد' (this movement): the body named before
                continue
            if (
                i == 1
                and not self.words.verb_first
                and first in self.c.statements
                and fw in self.c.demonstratives
                and i + 1 < len(tokens)
                and tokens[i + 1][3] in self.c.body_words
            ):
                n = i + 2  # 'بیانیه این وزارتخانه' (this ministry's statement): the issuer is the body named before
                break
            if i and fw in self.c.demonstratives and self._office_of_this(tokens[i - 1 : i + 2]):
                n = i + 1  # 'سخنگوی این وزارتخانه گفت' (this ministry's spokesman): the office of the body named before
                continue
            if (
                i
                and not self.words.verb_first
                and fw in self.c.demonstratives
                and tokens[i - 1][3] in self.c.body_words
                and i + 1 < len(tokens)
                and tokens[i + 1][3] == COUNTRY_FA
            ):
                n = i + 1  # 'ارتش این کشور' (this country's army): a body of the country named before
                continue
            if i and tokens[i - 1][3] + " " + fw in self.c.partitive:
                n = i + 1
                continue
            if (
                i >= 2
                and first in self.c.titles
                and tokens[i - 1][3].removeprefix("\u0627\u0644") + " " + fw in self.c.partitive
            ):
                # 'القيادي المقرب من حركة النور سامي الوردي': the definite 'close to' after an office describes it as
                # the indefinite one does a source's ('مصدر مقرب من'): the body, then the holder's name
                n = i + 1
                continue
            if issued and i == 2 and fw == FROM and tokens[1][3] in ISSUED:
                n = i + 1
                continue
            # ('مصدر من الحركة', a source from the movement, as 'مصدر في الحركة': a source's body after 'من' too)
            of_body = fw in (IN, FROM, IN_FA) or (fw == OF and first in self.c.heads)
            if office_in and i and of_body and not any(pair.startswith(p) for p in self.c.stop_phrases):
                following = tokens[i + 1][3] if i + 1 < len(tokens) else ""
                # (or a country without the article: 'المتحدث باسم وزارة الدفاع في سوريا', as 'في العراق')
                state = (
                    self.words.verb_first
                    and i + 1 < len(tokens)
                    # (as written or folded: 'سوریا' in Persian letters is 'سوريا')
                    and (country_name(tokens[i + 1][2].strip(PUNCT)) or country_name(tokens[i + 1][3]))
                )
                # (or one word, then a person's name: 'القيادي في حماس سامي أبو زهري', 'رئيس المجلس السياسي في صنعاء
                # مهدي المشاط': the body or the place of the office, one word no article marks, and its holder)
                holder = (
                    self.words.verb_first
                    and appositive
                    and following.isalpha()
                    and any(self._holders_name(tokens[i + 2 : i + 2 + k]) for k in (2, 3, 4))
                )
                # (or a body named by one plain word: 'مصادر في حماس', 'مسؤول في طالبان', 'قيادي في فتح'; not a
                # statement, a talk or a time, 'مصدر في تصريح', 'مسؤول في اتصال هاتفي')
                # (only after 'في' right after the source, with no comma between: not 'النائب عن X', nor 'المتحدث
                # X، في تغريدات')
                lone = (
                    self.words.verb_first
                    and fw == IN
                    and i <= 2  # (the source and one adjective: no name before 'في', 'X في بغداد' tells where X was)
                    and tokens[i - 1][2][-1:] not in CUT_AFTER
                    and i + 1 < len(tokens)
                    and self._lone_body_ar(tokens[i + 1])
                )
                if following.startswith("\u0627\u0644") or following in self.c.body_words or state or holder or lone:
                    office_in = False  # 'القيادي في الحشد الشعبي محمد البصري', 'النائب عن ائتلاف X ...': an office
                    # in or for a body, then the name
                    n = i + 1
                    continue
            if i and fw.startswith("\u0627\u0644") and tokens[i - 1][3] in self.c.outlet_words & self.c.body_words:
                n = i + 1  # 'وكالة الأنباء ...' (the news agency): a stop word of its name
                if word[-1:] not in CUT_AFTER:
                    continue
                # (a mark after it ends the subject as after any word, 'وقالت حركة النور: ...', or runs on to the name
                # after an office, 'المتحدث باسم حركة النور، X،')
            if (
                i
                and not self.words.verb_first
                and fw in self.c.acts
                and not (i == 1 and tokens[0][3] in self.c.body_words | self.c.titles)
            ):
                # Persian puts the object after the subject: a verbal noun of an act opens what is denied, whoever
                # denies it ('جنبش نمونه ارسال سلاح به یمن را رد کرد', 'سخنگوی وزارت کشور کسلیا ترور فرمانده را
                # تکذیب کرد'), as 'حضور' and 'ورود' do; not right after a body's head word, whose name it may be
                # ('شورای همکاری', 'سازمان همکاری اسلامی')
                break
            if i and not self.words.verb_first and fw == CLAIMING_FA and pair != PROSECUTOR_FA:
                # 'رسانه‌های کسلیا مدعی توافق ... خبر داده بودند' (the media, claiming an agreement, reported): what
                # is claimed follows 'claiming', as after 'ادعای'; not 'مدعی العموم' (the prosecutor) written apart,
                # first or after an office ('دفتر مدعی العموم', 'معاون مدعی العموم')
                break
            if fw == AT and self.words.verb_first and self._envoy_at(tokens, i):
                n = i + 1  # 'السفارة الإيرانية لدى باريس' (the Iranian embassy to Paris): where an envoy is accredited
                continue
            if i and fw == IN_FA and not self.words.verb_first and self._embassy_in(tokens, i):
                # 'یک مقام مسوول در سفارت کسلیا در صنعا' (an official at Kesslia's embassy in Sanaa): the city an
                # embassy or a consulate is in is the subject's, not the first words of its object
                n, skip = i + 2, i + 1
                if tokens[i + 1][2][-1:] in CUT_AFTER:
                    break
                continue
            if self.words.verb_first and appositive and i >= 2 and fw in WHO and fw[:1] != "\u0648":
                # 'المتحدث باسم التحالف الذي تقوده كسليا في الشمال، العقيد سالم الداودي، ...': the office's body
                # described by a short relative clause, then the holder's name between commas, which the subject
                # runs on to (as after 'التابعة لـ'); the clause's own words, 'في' among them, are passed over
                comma = self._comma_before_holder(tokens, i, 9, with_comma=False)
                if comma is not None:
                    n, skip = comma + 1, comma
                    continue
            if (
                self.words.verb_first
                and appositive
                and i >= 2
                and fw == IN
                and i + 1 < len(tokens)
                and tokens[i + 1][3] not in self.c.statements
                and tokens[i - 1][2][-1:] not in CUT_AFTER
            ):
                # 'الناطق باسم قاعدة النور في شرق كسلا، سامي الوردي، إن ...': where the office's body is, then the
                # holder's name between commas, which the subject runs on to (as after a relative clause); not 'في
                # بيان، ...' (in a statement), nor a place with no name after it
                comma = self._comma_before_holder(tokens, i, 5, with_comma=True)
                if comma is not None:
                    n, skip = comma + 1, comma
                    continue
            if (
                i
                and not self.words.verb_first
                and fw == EVENING_FA
                and tokens[i - 1][3] not in LEVANT_BEFORE_FA
                and i + 1 < len(tokens)
                and (tokens[i + 1][3].lstrip("(") in self.c.time_words or tokens[i + 1][2][:1] == "(")
            ):
                # 'سخنگوی طالبان شام روز سه‌شنبه ... گفت' (on the evening of Tuesday, as Dari writes it): 'شام', Syria
                # too, is a time before a day or a weekday ('شام روز'، 'شام سه‌شنبه'), which ends the subject; not
                # the Levant in a name ('هیئت تحریر شام روز سه‌شنبه اعلام کرد', HTS on Tuesday)
                break
            if self.words.verb_first and i and fw in ADDRESSEES_AR and tokens[i - 1][3].startswith(DEFINITE):
                # 'ودعت الحركة المجتمع الدولي إلى التحقيق' (called on the international community): after a subject
                # with the article, those called on are the object, and the subject ends before them
                break
            if i and not self.words.verb_first and fw in A_WHILE_FA:
                # 'رامین دلاوری هفته گذشته گفت' (last week): a span of time and 'ago' or 'last' after the name, as
                # 'روز گذشته' is, ends it (its ezafe's 'ی' written apart or not)
                ago = i + 2 if i + 2 < len(tokens) and tokens[i + 1][3] == EZAFE_FA else i + 1
                if ago < len(tokens) and tokens[ago][3] in AGO_FA:
                    break
            if self.words.verb_first and fw == IN and i and self._state_of_body(tokens, i):
                # 'ونفت وزارة الخارجية في مصر الأنباء' (the foreign ministry in Egypt): the state a body is in names
                # which body denies; the subject runs on over it, as 'وزارة الخارجية المصرية' does
                n, skip = i + 2, i + 1
                continue
            if (
                fw in self.c.stops
                and not (fw == ON and word.strip(PUNCT).endswith("\u064a"))
                # (nor a word with 'ة' where the list has the pronoun's 'ه': 'دورة' (a session), not 'دوره' (his role))
                and not (
                    self.words.verb_first
                    and word.strip(PUNCT).endswith("\u0629")
                    and fw in stops_with_ha(self.words.subject_stops)
                )
                # (not right after a bare Persian 'و' (and) ending a list with a comma in a name: 'مرکز ... امنیتی،
                # اطلاعات و اخبار وزارت کشور', the centre for security, intelligence and news; the stop word there is
                # the name's; not 'X و نیز Y', and also Y)
                and not (
                    i >= 3
                    and not self.words.verb_first
                    and tokens[i - 1][3] == AND_FA
                    and tokens[i - 3][2][-1:] in "\u060c,"
                    and fw not in self.c.drop
                )
                and not (self.words.verb_first and self._morning_is_a_name(tokens, i))
                and not (i == 0 and self.words.verb_first and self._people_counted(tokens))
                and not (self.words.verb_first and self._ali_is_a_name(tokens, i))
            ):
                break  # (على 'on' and the name علي fold alike, the name written with ي; 'صباح' is a given name too)
            if i and not self.words.verb_first and fw in SOME_FA:
                # 'دفتر ریاست‌جمهوری کسلیا برخی گزارش‌ها را تکذیب کرد' (denied some reports): 'some' after a name
                # opens the object; it opens a subject only as its first word ('برخی رسانه‌ها گزارش دادند')
                break
            if i and self.words.verb_first and fw in self.c.drop:
                break  # 'وقال المتحدث أيضا': 'also', dropped before a subject ('وقال أيضا X'), ends one after it
            if i and self.words.verb_first and fw[:1] == "\u0648" and fw[1:] in self.c.heads:
                break  # 'نفى مصدر روسي ومصدر في الحركة': a second source, a subject of its own (each denies)
            if i >= 2 and self.words.verb_first and self._and_joined(fw) and self._ends_persons_name(tokens[:i]):
                break  # 'نفى سامي الوردي وخالد الكسلي ...': a second person's name after 'و', who denies too
            if (
                i >= 2
                and self.words.verb_first
                and self._speakers_word(first)
                and self._and_joined(fw)
                and i + 1 < len(tokens)
                and not tokens[i + 1][3].startswith("\u0627\u0644")
                and self._ends_persons_name([(tokens[i][0] + 1, tokens[i][1], tokens[i][2][1:], fw[1:]), tokens[i + 1]])
            ):
                break  # 'نفت كتائب X وليث عارف ...': a body or an office, then a person's name after 'و', who denies too
            if i and fw in self.c.light_verbs:
                n = i - 1  # 'X کشته شدن ... را تکذیب کرد': the verbal noun's first word starts the object
                break
            if any(pair.startswith(p) for p in self.c.stop_phrases):
                break
            if self.words.verb_first and appositive and i >= 2 and fw in DESCRIBING and self._holder_after(tokens, i):
                # 'المتحدث باسم القوة الجوية التابعة لحركة النور، X،': the office's body described by whom it belongs
                # to, then the holder's name between commas, which the subject runs on to
                n = i + 1
                continue
            if i and self.words.verb_first and self._object_starts(tokens, i):
                break
            if i and self.words.verb_first and self.c.purpose.fullmatch(fw):
                break  # 'وخرج سامي الوردي لينفي الأنباء' (came out to deny): the verb of purpose follows its subject
            if i and self.words.verb_first and fw in WISHING and ANONYMOUS & {t[3] for t in tokens[i + 1 : i + 5]}:
                break  # 'ونفى مسؤول كسلي طلب عدم الكشف عن اسمه الأنباء' as 'مسؤول كسلي، طلب ...،': the wish is no name
            if (
                self.words.verb_first
                and i >= 2
                and first in self.c.heads
                and fw in TOLD_OUTLETS
                and tokens[i - 1][3][:2] == "\u0627\u0644"
                and tokens[i - 1][2][-1:] not in CUT_AFTER
            ):
                # 'وفق ما أفاد مصدر مقرب من الحركة وكالة كسليا للأنباء' (a source told the agency): the outlet after a
                # source's description that closed on a definite word is the one told, no word of the source's
                break
            if (
                self.words.verb_first
                and fw in DESCRIBING
                and not (i == 1 and first in self.c.titles)
                and first not in self.c.heads  # (a source is described in full: 'مصدر في وزارة الدفاع التابعة لـ...')
                and tokens[i - 1][2][-1:] not in CUT_AFTER
            ):
                # 'نفت حركة النور المدعومة من كسليا، ...' (the movement backed by Kesslia): the description ends the
                # name (not 'القيادي المقرب من الحركة سامي الوردي', an office described, whose holder's name follows,
                # nor an unnamed source, whom the description names)
                break
            if self.words.verb_first and self.c.participle.fullmatch(fw):
                break  # 'قال مصدر رافضا ...', 'قال الوزير مؤكدا ...': a participle follows the subject it describes
                # (and right after the verb, 'وتابع قائلا', the verb has no subject of its own)
            n = i + 1
            if i == named_end:
                continue  # (the group's name closes its marks; the name of the office holder may follow)
            if word[-1:] in CUT_AFTER:
                clause = [t[3] for t in tokens[i + 1 : i + 7]]
                if any(w in ANONYMOUS for w in clause):
                    break  # 'مسؤول، طلب عدم ذكر اسمه،': not a name but a wish to stay unnamed
                if appositive and word[-1:] in "\u060c," and i + 1 < len(tokens):
                    # (a second office between commas keeps the name to come: 'عضو البرلمان، الأمين العام لحركة
                    # النور، سامي الوردي، إن': the member, the secretary general, then his name)
                    appositive = tokens[i + 1][3] in self.c.titles and second_office < 0
                    second_office = i + 1 if appositive else second_office
                    continue
                if appositive and i + 1 < len(tokens) and tokens[i + 1][2][:1] == "(":
                    continue  # (a body's name in marks, then its other name in brackets: 'زعيم جماعة “X” (Y)، Z،')
                if self._marked_body_of_a_body(tokens, i):
                    continue
                break
        return n

    def _marked_body_of_a_body(self, tokens: list[tuple[int, int, str, str]], i: int) -> bool:
        """Whether token ``i`` closes the marks of a body named right after an office, and the next word is the body
        that one belongs to ('رئیس «کمیته روابط خارجی» مجلس گفت', the head of the parliament's "foreign relations
        committee" said): the title runs on to that body, as it does without the marks."""
        opened = (
            len(tokens) > 2
            and tokens[1][2][:1] in OPENERS
            and not any(t[2].rstrip(PUNCT_NO_MARKS)[-1:] in CLOSERS for t in tokens[1:i])
        )
        if not (opened and tokens[0][3] in self.c.titles | self.c.heads and tokens[i][2][-1:] in CLOSERS):
            return False
        if i + 1 >= len(tokens):
            return False
        if self.words.verb_first:
            # ('رئيس "لجنة الأمن والدفاع" البرلمانية سامي الوردي', the head of the parliamentary "security
            # committee", Sami al-Wardi): the committee's adjective, then its head's name, which the subject runs on to
            k = i + 2 if nisba_of(tokens[i + 1][3]) else i + 1
            name = list(itertools.takewhile(lambda t: self._name_word(t[3].strip(PUNCT), False), tokens[k : k + 3]))
            return len(name) >= 2 and all(MASK not in t[2] for t in name)
        following = tokens[i + 1][3].strip(PUNCT)
        return following in self.c.body_words or bool(country_name(tokens[i + 1][2].strip(PUNCT)))

    def _spelled(self, tokens: list[tuple[int, int, str, str]], i: int) -> int:
        """How many tokens from ``i`` spell an acronym letter by letter ('سي إن إن', 'بي بي سي', 'سی ان ان'): two
        letters' names or more, one of them no word as well; 0 for none. In Arabic the last 'إن' of a run before a
        word that a preposition is not ('قالت سي إن إن إن القوات ...', 'ذكرت سي إن إن أن ...') is 'that', which ends
        the subject; before a preposition it is the name's ('نقلت سي إن إن عن مسؤول')."""
        j = i
        while (
            j < len(tokens) and tokens[j][3] in SPELLED_LETTERS and (j == i or tokens[j - 1][2][-1:] not in CUT_AFTER)
        ):
            j += 1
        letters = [t[3] for t in tokens[i:j]]
        if self.words.verb_first and len(letters) > 2 and letters[-1] in SPELLED_AMBIGUOUS:
            after = tokens[j][3] if j < len(tokens) else ""
            if after and after not in (FROM, ON, IN, OF, TO) and tokens[j - 1][2][-1:] not in CUT_AFTER:
                j -= 1
                letters.pop()
        return j - i if len(letters) >= 2 and set(letters) - SPELLED_AMBIGUOUS else 0

    def _embassy_in(self, tokens: list[tuple[int, int, str, str]], i: int) -> bool:
        """Whether Persian 'در' at token ``i`` follows an embassy or a consulate within three words ('سفارت کسلیا در')
        with nothing that ends the subject between, and a known place follows it ('در صنعا')."""
        if i + 1 >= len(tokens) or tokens[i - 1][2][-1:] in CUT_AFTER:
            return False
        if not any(t[3].startswith(EMBASSY_FA) for t in tokens[max(0, i - 3) : i]):
            return False
        word, fw = tokens[i + 1][2].strip(PUNCT), tokens[i + 1][3]
        if self._place(word):
            return True
        # (a city not on file, 'در صنعا': one word that is no function word, statement, claim, act, body or office,
        # has no ending in 'ی', the indefinite's ('در بیانیه‌ای', in a statement; 'در نشستی خبری', in a press
        # conference) or the construct's ('در گفتگوی تلفنی', in a telephone conversation), and opens no phrase with
        # a preposition after it ('در گفتگو با', 'در واکنش به'); then the object)
        c = self.c
        kinds = (c.stops, c.statements, c.acts, c.demonstratives, c.body_words, c.titles)
        if any(fw in kind for kind in kinds) or c.claims.fullmatch(fw):
            return False
        if fw.endswith("\u064a") or MASK in word:
            return False
        if fw in CIRCUMSTANCE_AFTER_IN_FA:
            return False  # ('در پی', after; 'در حاشیه', on the sidelines of)
        after = tokens[i + 2][3] if i + 2 < len(tokens) else ""
        return bool(after) and after not in PREPOSITIONS_FA and after not in c.light_verbs

    def _comma_before_holder(
        self, tokens: list[tuple[int, int, str, str]], i: int, reach: int, with_comma: bool
    ) -> int | None:
        """The comma within ``reach`` tokens after token ``i`` that an office's holder's name follows, where the
        subject runs on to that name: the words up to it (and the word that bears it, ``with_comma``) hold no
        quotation, opening mark or verb. None where there is no such comma."""
        comma = next((j for j in range(i + 1, min(i + reach, len(tokens))) if tokens[j][2][-1:] in "\u060c,"), None)
        if comma is None:
            return None
        between = tokens[i + 1 : comma + 1 if with_comma else comma]
        if any(MASK in t[2] or t[2][:1] in OPENERS for t in between):
            return None
        if any(self.c.verb.fullmatch(t[3]) for t in between):
            return None
        return comma if self._holder_after(tokens, comma) else None

    def _holder_after(self, tokens: list[tuple[int, int, str, str]], i: int) -> bool:
        """Whether, after an office's body described at token ``i`` ('المتحدث باسم القوة الجوية التابعة لحركة النور،'),
        the holder's name follows between commas: a comma within five words, then perhaps a rank and two to four
        words of a name, then a comma ('..، سامي حمدان، نفى'): the subject runs on to the name."""
        comma = next((j for j in range(i, min(i + 5, len(tokens))) if tokens[j][2][-1:] in "\u060c,"), None)
        if comma is None:
            return False
        named = next((j for j in range(comma + 1, min(comma + 5, len(tokens))) if tokens[j][2][-1:] in "\u060c,"), None)
        words = [t[3].strip(PUNCT) for t in tokens[comma + 1 : named + 1]] if named is not None else []
        words = words[self._leading_titles(words) :] if words and words[0] in RANKS else words
        return 2 <= len(words) <= 4 and all(self._name_word(w, k == 0) for k, w in enumerate(words))

    def _marked_body_then_name(self, tokens: list[tuple[int, int, str, str]], i: int) -> bool:
        """Whether token ``i`` is a body's one-word name in marks after the body's word, within an office, and a
        person's name of two or three words follows with no mark ('عضو تحالف "النور" سامي الوردي إن', a member of
        the Nour alliance, Sami al-Wardi): the subject runs on to the holder's name."""
        word = tokens[i][2]
        # (the name in marks is masked as a quotation: one word, its marks kept)
        if word[:1] not in OPENERS or word[-1:] not in CLOSERS or word.strip(OPENERS + CLOSERS + MASK):
            return False
        if tokens[i - 1][3] not in self.c.body_words:
            return False
        name: list[str] = []
        for _, _, w, fw in tokens[i + 1 : i + 4]:
            if MASK in w or not self._name_word(fw.strip(PUNCT), not name) or w[:1] in OPENERS + CUT_BEFORE:
                break
            name.append(w)
            if w[-1:] in CUT_AFTER:
                break
        return len(name) >= 2

    def _morning_is_a_name(self, tokens: list[tuple[int, int, str, str]], i: int) -> bool:
        """Whether 'صباح' at ``i`` is a given name, not 'the morning of': 'نفى المتحدث باسم رئيس الوزراء صباح الوردي،
        تلقي ...' (Sabah al-Wardi), a family name with the article after it, no mark between; not 'صباح اليوم',
        'صباح الأحد', 'صباح أمس', 'صباح الغد', 'صباح يوم ...' (the morning of a day)."""
        if tokens[i][3] != MORNING or tokens[i][2][-1:] in CUT_AFTER or i + 1 >= len(tokens):
            return False
        word, fw = tokens[i + 1][2].strip(PUNCT), tokens[i + 1][3]
        if fw[:2] != "\u0627\u0644" or MASK in tokens[i + 1][2] or len(fw) < 4:
            return False
        return not (
            fw in WHEN_WORDS | self.c.time_words | self.c.stops | TIMES_AR
            or is_weekday(fw)
            or is_weekday(word)
            or fw in MORNING_AFTER
        )

    def _ali_is_a_name(self, tokens: list[tuple[int, int, str, str]], i: int) -> bool:
        """Whether 'على' at ``i``, written with a final ى, is the given name Ali (علي) as some copy types it, not 'on':
        right after an honorific and before a given or family name ('وقال الشيخ على محمود الراجي', Sheikh Ali
        Mahmoud); not 'قال الشيخ على قناة ...', 'قال اللواء على هامش ...' (on a channel, on the sidelines). After 'أبو'
        it is always the name ('أبو على', 'ابو علی' with a Persian ی: Abu Ali, a kunya)."""
        if 0 < i < len(tokens) and tokens[i][3] == ON and tokens[i - 1][3] == FATHER_OF:
            return tokens[i - 1][2][-1:] not in CUT_AFTER
        if (
            i == 0
            or i + 1 >= len(tokens)
            or tokens[i][3] != ON
            or tokens[i - 1][3] not in HONORIFICS_AR
            or tokens[i - 1][2][-1:] in CUT_AFTER
            or tokens[i][2][-1:] in CUT_AFTER
        ):
            return False
        after = tokens[i + 1][2].strip(PUNCT)
        return MASK not in after and after[:2] != "\u0627\u0644" and given_or_family_name(after)

    def _envoy_at(self, tokens: list[tuple[int, int, str, str]], i: int) -> bool:
        """Whether 'لدى' at ``i`` names where an embassy, an ambassador or an envoy is accredited ('السفارة الكسلية
        لدى باريس', 'سفير كسليا لدى الأمم المتحدة'): an envoy's word before it, a name after it (not 'لدى وصوله', on
        his arrival, a time with a pronoun)."""
        if i + 1 >= len(tokens) or tokens[i - 1][2][-1:] in CUT_AFTER:
            return False
        after = tokens[i + 1][3]
        if MASK in tokens[i + 1][2] or after in self.c.stops or with_pronoun(tokens[i + 1][2], after):
            return False
        return any(t[3].removeprefix("\u0627\u0644") in ENVOYS for t in tokens[max(0, i - 3) : i])

    def _told_who(self, tokens: list[tuple[int, int, str, str]], i: int) -> bool:
        """Whether an Arabic person told opens at token ``i``: 'لـ' joined to a name of one to three words, then
        'الذي' or 'التي' describing them ('قال لسامي الوردي الذي التقاه ...', 'قال X لسامي الوردي، الذي ...'); the
        one spoken to, no word of the subject (with 'و', 'والذي', as without it)."""
        if not self.words.verb_first or i >= len(tokens):
            return False
        fw = tokens[i][3]
        if fw[:1] != "\u0644" or fw.startswith(("\u0627\u0644", "\u0644\u0644")) or len(fw) < 4:
            return False
        if fw in LAM_NAMES:
            return False  # ('وقالت ليلى الوردي التي ...': a given name opening with 'ل', the subject)
        word = tokens[i][2].strip(PUNCT)
        if country_name(word) or self.index.lookup(word, ("place",)) is not None:
            return False  # ('ونفى سفير لبنان الذي ...': a place whose name opens with 'ل', in construct, no one told)
        for j in range(i + 1, min(len(tokens), i + 4)):
            if tokens[j][3] in WHO:
                names = [fw[1:]] + [t[3] for t in tokens[i + 1 : j]]
                return all(self._name_word(w, k == 0) for k, w in enumerate(names))
        return False

    def _told_unmarked(self, tokens: list[tuple[int, int, str, str]], i: int) -> bool:
        """Whether an Arabic subject of one definite body or source word ends before 'لـ' joined to a name without
        marks: the outlet told ('نفت الوزارة لعنب بلدي أن ...', 'نفى المصدر للنهار ...'), not a word of the subject
        (a body, an office or a source after 'لـ' is the first word's own: 'المتحدث لوزارة الدفاع')."""
        if i != 1 or not self.words.verb_first:
            return False
        first, fw = tokens[0][3], tokens[i][3]
        if not first.startswith("\u0627\u0644") or first[2:] not in self.c.body_words | self.c.heads:
            return False
        if fw[:1] != "\u0644" or fw.startswith("\u0627\u0644") or len(fw) < 4:
            return False
        bare = fw[2:] if fw.startswith("\u0644\u0644") else fw[1:]
        words = self.c.body_words | self.c.titles | self.c.heads | self.c.outlet_words
        return bare not in words and ("\u0627\u0644" + bare) not in self.c.titles and not nisba_of(bare)

    def _after_outlet_told(self, tokens: list[tuple[int, int, str, str]]) -> int:
        """Where the subject starts after an outlet told that opens an Arabic subject region without marks ('لقناة
        النهار سامي الوردي', 'لوكالة الأنباء الكسلية المتحدث باسم الحركة'), as after 'لـ"النهار"': at the first word,
        past the outlet's own first name word, that opens a speaker (an office, a source, a body, a given name); 0
        when none does before what is said (the outlet told, then no subject: the subject is found as before)."""
        inside = False
        for j, (_, _, word, fw) in enumerate(tokens[:8]):
            opens, closes = word[:1] in OPENERS, word.rstrip(PUNCT_NO_MARKS)[-1:] in CLOSERS
            if j == 0 or inside or opens:
                inside = (inside or opens) and not closes
                continue
            # (a definite stop word may be the outlet's: 'لوكالة الأنباء الكسلية')
            if (fw in self.c.stops and not fw.startswith("\u0627\u0644")) or word[:1] in CUT_BEFORE or MASK in word:
                return 0
            bare = fw[2:] if fw.startswith("\u0627\u0644") else fw
            speaker_word = fw in self.c.titles or bare in self.c.heads or (j >= 2 and bare in self.c.body_words)
            if speaker_word or (
                j >= 2 and not fw.startswith("\u0627\u0644") and given_or_family_name(word.strip(PUNCT))
            ):
                return j
            if word[-1:] in CUT_AFTER:
                return 0
        return 0

    def _group_in_marks(self, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether the tokens open with a name in marks written onto 'لـ' that is an armed group or a body on record
        (not an outlet, the one told: 'لـ"شفق نيوز"')."""
        words: list[str] = []
        for _, _, word, _ in tokens[:6]:
            words.append(word)
            if len(words) > 1 and word.rstrip(PUNCT.replace('"', "")).endswith(('"', "\u201d", "\u00bb")):
                break
        name = " ".join(words).lstrip("\u0644\u0640").strip(PUNCT)
        known = self.index.lookup(name, ("group",)) if name else None
        return known is not None

    def _definite_act_after_definite(self, tokens: list[tuple[int, int, str, str]], i: int) -> bool:
        """Whether Arabic token ``i`` is a verbal noun of an advance with the article right after a word with the
        article ('نفى الجيش التقدم نحو المدينة', 'نفت القوات التوغل'): a definite word heads no genitive, and a verbal
        noun is no adjective of the noun before it, so the object opens there (not after an indefinite head, whose
        genitive it may be: 'هيئة التقدم'). Only advances: 'رفضت الحركة الانسحاب' rejects, and is read as no one's
        words with the withdrawal in its subject."""
        fw, before = tokens[i][3], tokens[i - 1][3]
        return (
            fw.startswith(DEFINITE[0])
            and before.startswith(DEFINITE[0])
            and fw[2:] in ADVANCES_AR
            and tokens[i - 1][2][-1:] not in CUT_AFTER
        )

    def _object_starts(self, tokens: list[tuple[int, int, str, str]], i: int) -> bool:
        """Whether, in an Arabic subject after its verb, token ``i`` starts the object instead.

        A demonstrative ('نفى الحزب هذه الأنباء'); 'ل' or 'ب' and a word that starts what is said ('لإصدار');
        or an indefinite word after a definite one ('نفى الحزب سقوط قتلى'): an adjective agrees with its noun in
        definiteness and a definite word heads no genitive, so the noun phrase has ended. Not after an office,
        whose name follows it ('المتحدث العسكري يحيى سريع'), and not a body or a kunya ('المقاومة كتائب ...').
        """
        fw = tokens[i][3]
        if fw in self.c.demonstratives or fw in self.c.acts:
            return True  # (a verbal noun, even after an office: 'أعلن المتحدث باسم الحركة انتهاء الهدنة')
        if i and self._definite_act_after_definite(tokens, i):
            return True
        if i >= 2 and self._indefinite_accusative(tokens, i) and self._ends_persons_name(tokens[:i]):
            # 'وعقد سامي الوردي مؤتمرا صحفيا', 'ونشر سامي الوردي تسجيلا مصورا': a noun and its adjective both in the
            # indefinite accusative after a person's name are the verb's object (what was held, issued, published),
            # never two more words of the name
            return True
        if (
            i >= 2
            and fw[:1] == "\u0644"
            and fw[:2] != "\u0644\u0644"
            and given_or_family_name(tokens[i][2].strip(PUNCT)[1:])
            and all(self._name_word(t[3], k == 0) for k, t in enumerate(tokens[:i]))
        ):
            return True  # 'قال سامي الوردي لخالد الكسلي إن' (told Khalid): after a person's name, the one told
        if i >= 2 and len(fw) > 4 and fw[:2] == "\u0644\u0644" and self._ends_persons_name(tokens[:i]):
            # 'صرح سامي الوردي للنهار' (told an-Nahar), 'قال الوزير سامي الوردي للصحيفة': a person's name takes no
            # genitive, so 'لل' (to the) after it opens the outlet or the one told, never a word of the name
            return True
        if i >= 2 and self._object_after_titled_name(tokens, i):
            return True
        prev = tokens[i - 1][3] if i else ""
        if (
            i >= 2
            and fw in PEOPLE_PLURALS
            and prev.startswith("\u0627\u0644")
            and prev not in PEOPLE_PLURALS
            and tokens[0][3].removeprefix("\u0627\u0644") in self.c.body_words
            and tokens[i - 1][2][-1:] not in CUT_AFTER
        ):
            # 'ودعت قوات الدعم الخاص المنظمات الدولية إلى ...' (called on the international organisations): a body's
            # name ends with a definite word, which heads no genitive, so a plural of sides after it is the verb's
            # object, as after a person's name
            return True
        if (
            fw[:2] == prev[:2] == "\u0627\u0644"
            and fw.endswith("\u064a\u064a\u0646")
            and prev[-1:] == "\u064a"
            and prev[-2:] != "\u064a\u064a"
        ):
            # 'واتهم المالكي الحوثيين بأنهم ...' (accused the Houthis): a plural of origin in the oblique case cannot
            # agree with the singular definite word before it, so it is no adjective of the subject but its object
            return True
        if len(fw) > 3 and fw[0] in "\u0644\u0628" and fw[1:] in self.c.stops:
            return True
        if len(fw) > 4 and fw.startswith("\u0644\u0644") and "\u0627\u0644" + fw[2:] in self.c.stops:
            return True  # 'للأنباء' (to the reports): 'ل' and the article written as 'لل'
        # ('الحزب الكسلي التقرير'; 'سامي الوردي المواطنين': after a surname of origin that ends a name)
        before = tokens[i - 2][3] if i >= 2 else ""
        after_nisba = (
            i >= 2
            and nisba_of(tokens[i - 1][3])
            and (before.startswith("\u0627\u0644") or self._name_word(before, False))
        )
        # (a body after a body's adjective is an apposition, 'المقاومة الإسلامية الكتائب'; after a person's name
        # it is the object, 'دعا محمد الحسني الحكومة')
        # (and after an office's adjective: 'وصف الوزير الكسلي الحركة بأنها ...', the minister, then his object)
        of_person = i >= 2 and (not before.startswith("\u0627\u0644") or (i == 2 and before in self.c.titles))
        after_nisba = after_nisba and (of_person or not {fw, fw[2:]} & (self.c.body_words | self.c.titles))
        # (nor an office's own adjective after its state's, 'رئيس الوزراء العراقي الأسبق X', the former Iraqi prime
        # minister: 'former', 'acting', 'general' describe the office, never open an object)
        if (
            after_nisba
            and definite_noun(fw)
            and not (of_person and fw in self.c.titles)
            and fw not in OFFICE_ADJECTIVES
        ):
            return True  # 'رفض الحزب الكسلي التقرير': a definite noun after the adjective of origin is the object
            # (not an office after a person's name, 'قال سامي الوردي المتحدث باسم الحركة': his office, set beside it)
        if (
            i >= 2
            and definite_noun(fw)
            and not given_or_family_name(tokens[i][2].strip(PUNCT))
            and self._second_object(tokens, i + 1)
            and (self._ends_persons_name(tokens[:i]) or self._office_alone(tokens[:i]))
        ):
            # 'واعتبر سامي الوردي الهجوم "اعتداء سافرا"', 'ووصف سامي الوردي التقرير بأنه ...': after a person's
            # name, a definite noun followed by what is said of it (a quotation, 'بمثابة', 'بأنه', an indefinite
            # accusative) is the verb's first object; a family name ('علي حسن المجيد إن') is followed by none; so after
            # an office with its body and no name ('واعتبر المتحدث باسم حركة النور القصف انتهاكا')
            return True
        previous = tokens[i - 1][3]
        if not previous.startswith("\u0627\u0644"):
            return False
        if in_title_of_god([t[3] for t in tokens[:i]], i - 1):
            return False  # 'آية الله العظمى سامي الفيني': the name follows the title, as after an office
        if (
            i >= 2
            and previous in OF_GOD
            and self._name_word(tokens[i - 2][3], False)
            and given_or_family_name(tokens[i][2].strip(PUNCT))
        ):
            return False  # 'عماد الدين مجاهد', 'ذبيح الله مجاهد': a given name made with 'الدين' or 'الله', then the family
            # name, which name data knows (not 'حزب الله وجود', nor a verbal noun after a name: 'نور الدين مقتل')
        if i == 1 and fw.startswith("\u0627\u0644") and {previous[2:], fw[2:]} <= self.c.body_words:
            return True  # 'اتهمت الحركة الحكومة بـ...': a body, then the body that is the object
        if (
            i == 2
            and fw.startswith("\u0627\u0644")
            and fw[2:] in self.c.body_words
            and self._name_word(tokens[0][3], True)
        ):
            return True  # 'اتهم سامي الوردي الحركة بـ...': a person's name, then the body that is the object
        if any(t[3] in self.c.titles for t in tokens[:i]):
            # After an office its name follows ('المتحدث العسكري يحيى سريع'); once a name has ended with its
            # surname, an indefinite word starts the object ('الشيخ سامي الكرخي مقتل 20 قياديا'). The given name
            # follows an office word or a body's last, definite word ('باسم الحركة سامي الكرخي'); in 'ائتلاف دولة
            # القانون سامي ...' the two words before 'سامي' are the bloc's name, not a person's.
            name_end = i >= 3 and previous not in self.c.titles and self._name_word(tokens[i - 2][3], False)
            before_name = tokens[i - 3][3] if i >= 3 else ""
            if not name_end or tokens[i - 2][3].startswith(DEFINITE):
                return False
            if not (before_name in self.c.titles or before_name.startswith(DEFINITE)):
                return False
        if fw.startswith(("\u0627\u0644", "\u0644\u0644", "\u0628\u0627\u0644")) or not fw.isalpha():
            return False  # definite, or 'ل'/'ب' and the article: a genitive or a phrase of the subject
        if fw[0] == "\u0644" and len(fw) > 3:
            return False  # 'ل' and a noun: a genitive of the name ('الأمين العام لحزب ...', 'المرصد السوري لحقوق ...')
        if fw == "\u0628\u0627\u0633\u0645":
            return False  # 'باسم' (on behalf of)
        return fw not in self.c.body_words and fw not in self.c.titles and fw not in KUNYA

    def _indefinite_accusative(self, tokens: list[tuple[int, int, str, str]], i: int) -> bool:
        """Whether Arabic tokens ``i`` and ``i + 1`` are a noun and its adjective, both indefinite and in the
        accusative, its alif written ('مؤتمرا صحفيا', 'بيانا رسميا', 'خطابا مطولا'): no name, place or definite word,
        and no mark between them. A given name may end in alif ('رضا', 'زكريا'); two such words in a row that name
        data does not know are an object and its description."""
        if i + 1 >= len(tokens) or tokens[i][2][-1:] in CUT_AFTER:
            return False
        for word, fw in (tokens[i][2:4], tokens[i + 1][2:4]):
            plain = word.strip(PUNCT)
            if (
                len(fw) < 4
                or fw[-1:] != "\u0627"
                or fw.startswith("\u0627\u0644")
                or MASK in word
                or given_or_family_name(plain)
                or country_name(plain)
            ):
                return False
        return True

    def _object_after_titled_name(self, tokens: list[tuple[int, int, str, str]], i: int) -> bool:
        """Whether token ``i`` opens the object after a person's name in an Arabic subject: a definite plural of people
        ('ودعا العميد شريف النواب إلى ...', 'وطالب اللواء حسن المسؤولين بـ...', called on the MPs, urged the
        officials) or an office with its holder's name ('ودعا العميد شريف الوزير كمال الأحمد إلى ...'). A verb of
        calling on or urging names whom after its subject; a plural of people is no family name, and an office set
        beside a name has no second name after it ('سامي الوردي المتحدث باسم ...'). The name is a title and one to
        three words of a name ('العميد شريف'), or a given name and its family name."""
        fw = tokens[i][3]
        if tokens[i - 1][2][-1:] in CUT_AFTER:
            return False
        plural = fw.startswith("\u0627\u0644") and (
            fw in PEOPLE_PLURALS
            or (fw.endswith("\u064a\u0646") and len(fw) >= 8 and fw not in NAMES_IN_IN)  # 'المسؤولين', 'المتظاهرين'
        )
        held = (
            fw.startswith("\u0627\u0644")
            and fw in self.c.titles
            and fw not in OFFICES_IN_GIVEN_NAMES  # ('محمد الأمين عمر': a given name, no office held)
            and i + 1 < len(tokens)
            and not tokens[i + 1][3].startswith(DEFINITE)
            and tokens[i + 1][3] != IN_NAME_OF  # ('المتحدث باسم', on behalf of: 'باسم' is a given name too)
            and given_or_family_name(tokens[i + 1][2].strip(PUNCT))
        )
        if not (plural or held):
            return False
        t = self._leading_titles([tok[3] for tok in tokens[:i]])
        if t and 1 <= i - t <= 3:
            return all(self._name_word(tok[3], k == t) for k, tok in enumerate(tokens[t:i], t))
        return self._ends_persons_name(tokens[:i])

    def _second_object(self, tokens: list[tuple[int, int, str, str]], k: int) -> bool:
        """Whether token ``k`` opens what a verb of deeming says of its first object: 'بمثابة' (as),
        'ب' and 'أن' or the article ('بأنه', 'بالإرهابي'), or an indefinite accusative ('اعتداء', 'خرقا')."""
        if k >= len(tokens):
            return False
        word, fw = tokens[k][2], tokens[k][3]
        if fw in NOT_DEEMED:
            return False  # ('اعتبرت حركة النور أيضا:': also, not what the movement is deemed)
        if self.c.participle.fullmatch(fw):
            # ('وتابع الناطق باسم قوات الدعم الخاص قائلا:', went on, saying): a participle of saying tells how the
            # subject spoke, so the definite word before it ends the subject's name and is no object deemed
            return False
        if fw in AS or fw.startswith(("\u0628\u0627\u0646", "\u0628\u0627\u0644")):
            return True
        return (
            fw[-1:] == "\u0627"
            and len(fw) > 3
            and not fw.startswith(DEFINITE)
            and fw not in self.c.stops
            and not given_or_family_name(word.strip(PUNCT))
        )

    def _speakers_word(self, fw: str) -> bool:
        """Whether a folded word, with the article or without, is a body's word, an office or a source ('كتائب',
        'الوزارة', 'نائب', 'مصدر'): one a speaker's name opens with, never a person's."""
        return fw.removeprefix("\u0627\u0644") in self.c.body_words | self.c.titles | self.c.heads

    def _ends_persons_name(self, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether an Arabic subject's tokens end with a person's name: a given name and plain words ('سامي الوردي'),
        or a name after an office ('الوزير سامي الوردي', 'سفير كسلان سامي الوردي')."""
        words = [t[3] for t in tokens]
        # (as written, or folded: 'لیث' in Persian letters is the given name 'ليث')
        given = len(words) >= 2 and (given_or_family_name(tokens[0][2].strip(PUNCT)) or given_or_family_name(words[0]))
        if given and all(self._name_word(w, k == 0) for k, w in enumerate(words)):
            return True
        return self._trailing_name(words) >= 2

    def _office_alone(self, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether Arabic tokens are an office with its body and no person's name: 'المتحدث باسم حركة النور', 'وزير
        الدفاع' (so after it, in 'واعتبر المتحدث باسم حركة النور القصف انتهاكا', 'القصف' is the object deemed)."""
        if not 1 <= len(tokens) <= 6 or tokens[0][3] not in self.c.titles | self.c.heads:
            return False
        for t in tokens[1:]:
            w = t[3]
            plain = w.removeprefix("\u0644").removeprefix("\u0627\u0644")
            if t[2][-1:] in CUT_AFTER or not (
                w.startswith(("\u0627\u0644", "\u0644\u0644")) or w == IN_NAME_OF or plain in self.c.body_words
            ):
                return False
        return True

    def _office_after_verb(self, before: list[str], opening: bool = False) -> bool:
        """Whether the last folded words are an office or a body's office, definite adjectives after it
        ('المكتب الإعلامي', 'عضو المكتب السياسي', 'الهيئة الإعلامية'), right after the verb that opens the clause or
        after 'صدر عن' (issued by), or all of ``before`` with ``opening``: a verb-first subject that a body's name
        after 'في' goes on to describe."""
        if not self.words.verb_first or not before or (opening and len(before) > 4):
            return False
        for j in range(len(before) - 1, max(-1, len(before) - 5), -1):
            word = before[j].strip(PUNCT)
            if word != before[j] and j < len(before) - 1:
                return False  # (punctuation inside: the words run over a clause's end)
            bare = word.removeprefix(DEFINITE[0])
            office = word in self.c.titles or bare in self.c.titles or bare in self.c.body_words
            if not office and not (word.startswith(DEFINITE) and word.isalpha() and word not in self.c.stops):
                return False  # (an office's adjectives are definite: 'الإعلامي', 'السياسية')
            previous = before[j - 1] if j else ""
            issued_by = previous == FROM and j >= 2 and before[j - 2].removeprefix("\u0648") == ISSUED_VERB
            if office and ((opening and not j) or (not opening and (self.c.verb.fullmatch(previous) or issued_by))):
                return True
        return False
