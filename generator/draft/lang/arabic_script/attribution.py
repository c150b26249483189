"""The Arabic-script reader's sixth stage: who speaks each verb of saying and each quotation.

:class:`AttributionStage` names the subject of a verb from the stages below: a subject after or before the verb, a
passive's agent, a relay ('نقلا عن'), a report or statement by someone, and gives each quotation its speaker.
"""

from __future__ import annotations

import re

from generator.draft.discourse import Speaker
from generator.draft.lang import is_headline
from generator.draft.lang.arabic_script.denials import DenialsStage
from generator.draft.lang.arabic_script.patterns import (
    ACCORDING_WITH,
    ALL_AR,
    ALSO_FA,
    AND_BUT_FA,
    AND_FA,
    ANSWERING,
    ARE_FA,
    ARTICLE_AFTER,
    AS_FOR,
    BARE_THAT,
    BASED,
    BEFORE_THAT,
    BUT,
    BY,
    BY_THE_TONGUE,
    CALLING_ON,
    CAME,
    CLAIMS_OF,
    CLOSERS,
    CUT_AFTER,
    CUT_BEFORE,
    DEEMING,
    DENIED_THIRD_PAST_AR,
    DESCRIBING,
    EXCEPT,
    FROM,
    FROM_FA,
    HEARERS,
    IN,
    IN_NAME_OF,
    IS_FA,
    KANA,
    LEADING,
    LIE_AR,
    MADE_FA,
    NAMED_HOW,
    NEGATORS,
    NOT_IS_FA,
    NOTED_AR,
    NOTED_ENDS,
    OF,
    ON,
    ONE_OF,
    OPENERS,
    OWN_REPORTER_FA,
    OWN_REPORTER_WORD,
    PASSIVE_VERB_FA,
    PLACE_WORDS_AR,
    PLURAL_VERB_ENDS_FA,
    PREVIOUSLY,
    PUBLISHED_IT,
    PUNCT,
    PUNCT_NO_MARKS,
    QAD,
    RA,
    RANKS,
    REMARKS_AR,
    REPORT_NOUNS,
    SAYING_NOUNS_AR,
    SELF_FA,
    STATEMENT_OF,
    TALKED,
    THAT,
    THAT_KE_FA,
    THAT_OF,
    THEN_QAD,
    TIME_BEFORE_AR,
    TIMES_AR,
    TO,
    TO_OUTLET,
    TOLD_IN,
    TONGUE_SAYS,
    WE_SAY_AR,
    WHAT_AR,
    WHEN_WORDS,
    WHERE_AFTER_KANA,
    WHILE_CLAUSE,
    WHILE_DOING,
    WHO,
    WITH_FA,
    ends_clause_fa,
)
from generator.draft.lang.arabic_script.plain_text import country_name, is_caption, nisba_of
from generator.draft.lang.arabic_script.records import ReadAct, ReadSentence
from generator.draft.lang.arabic_words import fold_words, folded
from generator.draft.names import given_or_family_name, looks_like_a_persons_name, name_key
from generator.draft.speakers import Attribution
from generator.draft.territories import lookup_territory
from generator.draft.text import MASK, Paragraph, Quote, Sentence
from generator.weekdays import is_weekday

# 'قول' (word, saying) of the Persian 'از قول Y' (on the word of Y), folded
WORD_OF_FA = fold_words("قول")


class AttributionStage(DenialsStage):
    """The speaker of each verb of saying and of each quotation."""

    def _named_subject(self, para: Paragraph, sent: Sentence) -> None:
        """'X، وزیر ...، به بغداد سفر کرد. وی گفت', 'زار X بغداد. وقال': a person named by name as the subject of a
        sentence that is no speech is who 'وی' (he) and a verb without a subject next refer to, as if they had spoken
        (not the speaker before them)."""
        if is_caption(para.text):
            return  # ('رامین دلاوری (عکس از آرشیو)': a photo's caption names who is shown, no subject 'وی' goes on from)
        if self.words.verb_first:
            self._named_subject_ar(para, sent)
            return
        tokens = self._credited_fa(self._tokens(para.masked, sent.start, sent.end))
        everything = tokens
        n = self._cut_subject(tokens)
        n = self._before_object_fa(tokens, n) if n else n  # ('X Y را دعوت کرد', X invited Y: X)
        # (and a person's own titles, a rank, a cleric's title, an honorific: 'سرهنگ X ... رسید. وی گفت' is X, as
        # 'سرهنگ X گفت' is)
        while n and (tokens[0][3] in self.c.titles or self._titles_only([t[3] for t in tokens[:1]])):
            tokens, n = tokens[1:], n - 1
        phrase = para.text[tokens[0][0] : tokens[n - 1][1]].strip(PUNCT) if n else ""
        words = phrase.split()
        if self._two_named(words):
            self.last = None  # ('X و Y به بغداد سفر کردند. وی گفت': 'he' is neither, nor who spoke before them)
            return
        person = 2 <= len(words) <= 4 and all(self._name_word(fold_words(w), i == 0) for i, w in enumerate(words))
        if not (person and given_or_family_name(words[0]) and looks_like_a_persons_name(phrase)):
            office = tokens is not everything and n and everything[0][3] in self.c.titles
            found = (
                self.speaker(para.text[everything[0][0] : tokens[n - 1][1]], para, everything[0][0], sent)
                if office
                else None
            )
            if found is not None and found.person:
                # 'وزیر خارجه کسلیا با X دیدار کرد. وی گفت' (the minister met X. He said): the office, the subject
                self.last = self._again(found, NAMED_HOW)
            elif self._person_object(everything):
                self.last = None  # ('پلیس X را بازداشت کرد. وی گفت': 'he' may be X, never who spoke before)
            return
        found = self._again(self.speaker(phrase, para, tokens[0][0], sent), NAMED_HOW)
        if found is not None and found.entity is not None and found.person:
            self.last = found
            self.spoken.append(found)

    def _credited_fa(self, tokens: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """A Persian sentence's tokens after an outlet's credit that opens it and ends at a comma ('به گزارش خبرگزاری
        X، Y به Z رفت', as X reports, Y went to Z): the subject follows the credit; the tokens as they are without one."""
        if not tokens or not self.c.sourcing.match(" ".join(t[3] for t in tokens[:3])):
            return tokens
        comma = next((i for i, t in enumerate(tokens[:8]) if t[2][-1:] in "\u060c,\u061b"), None)
        return tokens[comma + 1 :] if comma is not None and comma + 1 < len(tokens) else tokens

    def _person_object(self, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether a Persian sentence names a person other than by its subject: a name of two to four words before
        'را' (its object) or after 'با' (with)."""
        for i, token in enumerate(tokens):
            if token[3] == RA:
                runs = [tokens[max(0, i - k) : i] for k in (2, 3, 4)]
            elif token[3] == WITH_FA:
                at = next((j for j in range(i + 1, len(tokens)) if tokens[j][3] not in self.c.titles), len(tokens))
                runs = [tokens[at : at + k] for k in (2, 3, 4)]  # (after an honorific: 'با سردار X')
            else:
                continue
            if any(self._persons_name(run) for run in runs):
                return True
        return False

    def _verb_form(self, word: str) -> bool:
        """Whether a word is a verb of the lists in a form they do not hold: 'و' or 'ف' written onto it, the dual or
        the plural's ending after it ('وقالا', they both said; 'فأكدوا')."""
        folded_word = fold_words(word.strip(PUNCT))
        bare = self._unjoined(folded_word)
        endings = ("\u0627", "\u0648\u0627", "\u062a\u0627")  # ا وا تا
        stems = [bare, *(bare.removesuffix(e) for e in endings if bare.endswith(e))]
        return any(stem in self.c.verb_forms for stem in stems)

    def _genitive_name(self, tokens: list[tuple[int, int, str, str]]) -> int:
        """How many of the words after a Persian noun name whose it is ('تکذیب جنبش X', X's denial): the longest run of
        up to four that is a record or one named before, else a person's name (a given name and the next word, and
        family names in '-ی' after them: not 'X قابل قبول'); 0 when none is (a body's name's length is unknown)."""
        verb = next((i for i, t in enumerate(tokens) if self.c.verb.match(" ".join(x[3] for x in tokens[i:]))), None)
        longest = min(len(tokens), 4, len(tokens) if verb is None else verb)
        for j in range(longest, 0, -1):
            phrase = " ".join(t[2].strip(PUNCT) for t in tokens[:j])
            key = name_key(phrase)
            if key in self.by_key or self._earlier(key) is not None or self.index.lookup(phrase) is not None:
                return j
        if longest < 2 or not given_or_family_name(tokens[0][2].strip(PUNCT)):
            return 0
        j = 2
        while j < longest and tokens[j][3].endswith("\u064a") and self._name_word(tokens[j][3], False):
            j += 1
        phrase = " ".join(t[2].strip(PUNCT) for t in tokens[:j])
        names = all(self._name_word(t[3], i == 0) for i, t in enumerate(tokens[:j]))
        return j if names and looks_like_a_persons_name(phrase) else 0

    def _joined_deniers_fa(
        self, para: Paragraph, sent: Sentence, s_start: int, s_end: int, verb_start: int, verb_end: int
    ) -> tuple[Speaker, Speaker] | None:
        """The two deniers of a Persian subject of two speakers joined by 'و' before one plural verb ('وزارت خارجه
        X و سپاه Y این ادعا را تکذیب کردند', 'X و منابع نزدیک به Y این گزارش را رد کردند'), or None.

        Each side must read whole as a subject, and the second open as a speaker does (a body's word, an office, a
        source, a share of a group, a record on file or a person's name): not 'وزارت فرهنگ و ارشاد اسلامی', one
        ministry whose name holds 'و'. (A subject so joined was read as one name, or as none when too long.)"""
        if self.words.verb_first or s_end <= s_start:
            return None
        verb = fold_words(para.masked[verb_start:verb_end]).split(" ")
        # a plural verb: 'کردند', 'دانستند', 'کرده‌اند' (folded 'کردهاند', or 'اند' apart), 'می‌کنند', 'می‌نمایند'; not
        # the singular present 'می‌کند' nor the singular past 'خواند', which end as the plural does
        if not (verb[-1] == ARE_FA or verb[-1].endswith(PLURAL_VERB_ENDS_FA)):
            return None
        tokens = self._tokens(para.masked, s_start, s_end)
        ands = [j for j, t in enumerate(tokens) if t[3] == AND_FA]
        if len(ands) != 1 or not 0 < ands[0] < len(tokens) - 1:
            return None
        left, right = tokens[: ands[0]], tokens[ands[0] + 1 :]
        office, left = self._office_before_named(para, left)
        if any(t[2][-1:] in CUT_AFTER for t in left) or self._cut_subject(right) != len(right):
            return None
        words = [t[3] for t in left]
        if any(ends_clause_fa(words, k) or w in NOT_IS_FA for k, w in enumerate(words)):
            return None  # ('... چیز تازه‌ای نیست و X آنها را رد می‌کنند': a clause of its own ends before 'و')
        if self._cut_subject(left) != len(left):
            return None

        def opens_a_speaker(side: list[tuple[int, int, str, str]]) -> bool:
            first = side[0][3]
            if first in self.c.body_words | self.c.titles | self.c.heads | self.c.shares:
                return True
            text = para.text[side[0][0] : side[-1][1]]
            if self.index.lookup(text) is not None:
                return True
            if len(side) == 1:
                # a family name alone, one the name data knows or that ends a person's name the article gave before
                # ('دلاوری و نیک‌نام این ادعا را رد کردند', after 'رامین دلاوری' and 'کاوه نیک‌نام')
                return given_or_family_name(side[0][2].strip(PUNCT)) or self._surname_named_before(side)
            return 2 <= len(side) <= 4 and given_or_family_name(side[0][2]) and looks_like_a_persons_name(text)

        # (the first side may be any name that reads whole as a subject, of five words at most, or an office with its
        # body's long name, 'سخنگوی وزارت امور خارجه جمهوری اسلامی ایران و X', of nine)
        longest = 9 if left[0][3] in self.c.titles else 5
        if len(left) > longest or not opens_a_speaker(right):
            return None
        if len(left) == len(right) == 1 and not opens_a_speaker(left):
            return None  # (a word, 'و' and a family name: both must be names, else 'X و Y' names one thing)
        first_start = left[0][0] if office is None else office[0][0]
        first = self.speaker(para.text[first_start : left[-1][1]], para, first_start, sent)
        second = self.speaker(para.text[right[0][0] : right[-1][1]], para, right[0][0], sent)
        if first is None or second is None or first.same(second):
            return None
        return first, second

    def _office_before_named(
        self, para: Paragraph, left: list[tuple[int, int, str, str]]
    ) -> tuple[list[tuple[int, int, str, str]] | None, list[tuple[int, int, str, str]]]:
        """A Persian office set before the first of two names joined by 'و', closed by a comma ('معاون وزیر دفاع
        کسلیا، رامین دلاوری و کاوه نیک‌نام ...'), and the first name after it: the office is the first person's, the
        second named alone. (None, ``left``) where no office so opens the words (a name of two to four words after
        one comma)."""
        commas = [j for j, t in enumerate(left) if t[2][-1:] in "\u060c,"]
        if len(commas) != 1 or not left or left[0][3] not in self.c.titles | self.c.heads:
            return None, left
        name = left[commas[0] + 1 :]
        text = para.text[name[0][0] : name[-1][1]] if name else ""
        if not (2 <= len(name) <= 4 and given_or_family_name(name[0][2].strip(PUNCT))) or not looks_like_a_persons_name(
            text
        ):
            return None, left
        return left[: commas[0] + 1], name

    def _two_named(self, words: list[str]) -> bool:
        """Whether a subject's words are two people's names joined by 'و' (and): 'X و Y', 'X وY'."""
        for i, word in enumerate(words[1:], 1):
            joined = word == "\u0648" or (
                self.words.verb_first and word[:1] == "\u0648" and given_or_family_name(word[1:])
            )
            second = words[i + 1 :] if word == "\u0648" else [word[1:], *words[i + 1 :]]
            if not joined or not second:
                continue
            if given_or_family_name(words[0]) and given_or_family_name(second[0]) and len(second) <= 4:
                return True
        return False

    def _named_subject_ar(self, para: Paragraph, sent: Sentence) -> None:
        """In Arabic, the subject after a sentence's opening verb ('والتقى وزير الدفاع X بنظيره'), when it ends with a
        person's name of two to four words; the verb's gender is theirs ('وأضافت' after it is not theirs)."""
        # (a name or a term in marks, the only marks of the sentence, is read as words: 'المتحدث باسم الجناح العسكري
        # في "حركة النور"، سامي الوردي' runs on through the body's name to the man's)
        masked = para.masked
        for q in sent.quotes:
            masked = masked[: q.start] + para.text[q.start : q.end].replace('"', " ") + masked[q.end :]
        tokens = self._tokens(masked, sent.start, sent.end)
        opener = next((i for i, t in enumerate(tokens[:4]) if t[2][-1:] in "\u060c,"), None)
        if opener is not None:
            tokens = tokens[opener + 1 :]  # 'وفي بغداد، التقى X ...' (in Baghdad): the verb follows the comma
        while tokens and (tokens[0][3] in self.c.drop or tokens[0][3] in NEGATORS):
            tokens = tokens[1:]  # ('ولم يستطع X نفي ...': the verb after 'did not', not 'لم', has X as its subject)
        if len(tokens) < 3:
            return
        word, verb = tokens[0][2], tokens[0][3]
        bare = self._unjoined(verb)
        ends_phrase = word.strip()[-1:] in PUNCT or MASK in word
        if ends_phrase or not bare.isalpha() or len(bare) < 3:
            return
        if bare in self.c.stops | self.c.titles | self.c.heads | self.c.body_words or bare in BUT:
            return
        if tokens[1][3] in self.c.pronouns or lookup_territory(word.strip(PUNCT)[1:] if bare != verb else word):
            return  # ('وطهران هي ...': a place, then a pronoun, is no verb and its subject)
        if verb in KANA:  # 'وكان X في بغداد' (X was in Baghdad): its subject, as after any verb
            k = self._cut_subject(tokens[1:])
            s_start, s_end = (tokens[1][0], tokens[k][1]) if k else (0, 0)
        else:
            s_start, s_end = self._subject_region(masked, sent, tokens[0][0], tokens[0][1])
        raw = para.text[s_start:s_end].strip(PUNCT).split()
        # ('التقى X بالوفد': a preposition written onto the article starts what follows the subject)
        # (nor does a word for a place, 'وزار X مدينة أسترا', X visited the city of Astra; nor 'عن' after a name,
        # 'وتحدث X عن الوضع', talked about: not after an office, 'النائب عن ائتلاف X', the member for)
        folded_raw = [fold_words(w) for w in raw]
        cut = next(
            (
                i
                for i, w in enumerate(folded_raw)
                if i
                and (
                    w.startswith(ARTICLE_AFTER)
                    or w in PLACE_WORDS_AR
                    or (w == FROM and folded_raw[i - 1] not in self.c.titles | self.c.heads)
                    or self._called_on_at(verb, raw, i)
                )
            ),
            len(raw),
        )
        raw = raw[:cut]
        following = self._tokens(masked, s_end, sent.end)[:1] if cut == len(raw) else []
        if self._two_named(raw + [t[2] for t in following]):
            self.last = None  # ('زار X وY بغداد. وقال': 'he' is neither, nor who spoke before them)
            return
        words = [fold_words(w) for w in raw]
        n = len(words) if all(self._name_word(w, i == 0) for i, w in enumerate(words)) else self._trailing_name(words)
        # (the name opens with a given or family name name data knows: not 'طائرة تقل X', a plane carrying X)
        if not 2 <= n <= 4 or not given_or_family_name(raw[-n]) or not looks_like_a_persons_name(" ".join(raw[-n:])):
            return
        found = self._again(self.speaker(" ".join(raw), para, s_start, sent), NAMED_HOW)
        if found is not None and found.entity is not None and found.person:
            self.last = found
            self.spoken.append(found)
            if bare[:1] == "\u062a" and bare[-1:] != "\u062a" and bare not in self.c.verb_forms:
                # ('وتحدث X عن الوضع. ونفى ...'): a verb of no list that opens with 'ت' is as often a past of the forms
                # that begin so (تحدث، تواصل، تفقد، ترأس), the subject's gender unknown, as a feminine present
                self.genders.pop(found.label, None)
                return
            self.genders[found.label] = self._gender(verb) or ("f" if bare.endswith("\u062a") else "m")

    def _noted_subject(
        self, para: Paragraph, sent: Sentence, text: str, where: list[int]
    ) -> tuple[Speaker | None, int]:
        """In Arabic, the one named after the reporter's 'it is noted that' opening the sentence (``NOTED_AR``: 'يذكر
        أن X الذي ...، وقال ...', 'يشار إلى أن X ...'): the subject the sentence is about, whose are the verbs of
        saying with no subject of their own after it; the aside itself is the reporter's, no one's speech. With
        where the name begins (-1 with none)."""
        noted = NOTED_AR.match(text) if self.words.verb_first else None
        if noted is None or noted.end() >= len(where):
            return None, -1
        start = sent.start + where[noted.end()]
        tokens = self._tokens(para.masked, start, sent.end)
        # (the name ends before 'كان قد' (had), 'قد' or 'الذي': 'أن المتحدث X كان قد زار ...' names X, not the visit)
        tokens = tokens[: next((i for i, t in enumerate(tokens) if t[3] in NOTED_ENDS), len(tokens))]
        k = self._cut_subject(tokens) if tokens else 0
        if not k:
            return None, -1  # ('يذكر أنه تم تأسيس ...': a pronoun, no one named)
        # (less a comma after the name: 'يذكر أن الوردي، الذي ...، قال' names 'الوردي')
        last = tokens[k - 1][2]
        span = (tokens[0][0], tokens[k - 1][1] - (len(last) - len(last.rstrip(PUNCT))))
        phrase = fold_words(para.text[span[0] : span[1]])
        # (one who speaks: an office, a body, a person's name, or a name the article gave before ('الوردي' after
        # 'سامي الوردي'); not a thing or a place, 'يذكر أن الهجوم ...', 'يشار إلى أن المدينة ...')
        speaks = (
            tokens[0][3] in self.c.titles | self.c.heads
            or self._body_subject(para.masked, span)
            or self._named_person(para.masked, span, given=True)
            or any(fold_words(e.name).split(" ")[-k:] == phrase.split(" ") for e in self.entities)
            # (a record on file that speaks: not a place, 'يذكر أن الموصل شهدت ...', 'يذكر أن مدينة الموصل ...')
            or any(known.type != "place" for _, _, known in self.index.scan(para.text[span[0] : span[1]]))
        )
        if not speaks:
            return None, -1
        return self.speaker(para.text[span[0] : span[1]], para, span[0], sent), span[0]

    def _topic_before_we_say(self, text: str) -> int:
        """In Arabic, where a statement's own 'نقول :' (we say:) opens after a fronted topic closed by a comma, in a
        folded sentence ('ما ورد في التقرير ...، نقول : ...'): the topic's verbs report the account answered, no one
        speaking the words after it; -1 if there is none, or it follows another's colon or quoted words."""
        we_say = WE_SAY_AR.search(text) if self.words.verb_first else None
        if we_say is None:
            return -1
        before = text[: we_say.start()].rstrip()
        if not before.endswith(("\u060c", ",")) or ":" in before or MASK in before:
            return -1
        return we_say.start()

    def _inner_subject(
        self, masked: str, read: ReadSentence, main: Speaker | None, verb_start: int, verb: str
    ) -> Speaker | None:
        """In Arabic, the subject of a later clause of the sentence ('أن الوزارة نفت') that a verb with no subject of
        its own is joined to by 'و': 'ذكرت الوكالة أن الوزارة نفت الخبر وقالت: ...' (the ministry said it, not the
        agency). The verb's gender is that subject's; with a comma between ('نفت الخبر، وقالت'), a new clause, only
        when it is not the sentence speaker's too. None when the verb goes on for the sentence's speaker."""
        if not self.words.verb_first:
            return self._announcer_within_fa(masked, read, main, verb_start)
        if main is None or masked[verb_start] != "\u0648":
            return None
        acts = [a for a in read.acts if a.kind == "verb" and a.speaker is not None and not a.claimed]
        inner = acts[-1] if acts else None
        if inner is None or inner.subject is None or inner.speaker is None or inner.speaker.same(main):
            return None
        gender = self._gender(verb)
        if gender is None or self.genders.get(inner.speaker.label) != gender:
            return None
        joined = not re.search("[\u060c,\u061b:]", masked[inner.subject_end : verb_start])
        return inner.speaker if joined or self.genders.get(main.label) not in (None, gender) else None

    def _announcer_within_fa(
        self, masked: str, read: ReadSentence, main: Speaker | None, verb_start: int
    ) -> Speaker | None:
        """In Persian, the subject of a verb of saying told of inside the speaker's words, whose own 'که' opens the
        clause of a verb with no subject ('X گفت که Y در بیانیه‌ای اعلام کرده که این ادعا را رد می‌کند', X said Y had
        announced that it rejects the claim): Y, not X, rejects it. None where no such verb stands before."""
        if main is None:
            return None
        acts = [a for a in read.acts if a.kind == "verb" and a.speaker is not None and not a.claimed]
        inner = acts[-1] if acts else None
        if inner is None or inner.subject is None or inner.speaker is None or inner.speaker.same(main):
            return None
        between = fold_words(masked[inner.end : verb_start]).split()
        while between and between[0] in (IS_FA, ARE_FA):
            between = between[1:]  # ('اعلام کرده است که', the perfect's 'is')
        if not between or between[0] != THAT_KE_FA or any(MASK in w or w[-1:] in "\u060c,:\u061b" for w in between):
            return None
        return inner.speaker

    def _calls_on_hearers(self, masked: str, verb_start: int, verb_end: int, s_start: int) -> bool:
        """Whether an Arabic verb of calling on ('دعا', 'طالب', 'ناشد') has those called on right after it, where its
        subject would stand: the media, the citizens, everyone ('ودعت وسائل الإعلام إلى استقاء الأخبار ...', 'يدعو
        وسائل الإعلام إلى توخي الدقة'). A body that calls on them is named before (its subject left out) or between
        the verb and them ('ودعا المتحدث المواطنين ووسائل الإعلام')."""
        verb = fold_words(masked[verb_start:verb_end])
        if verb not in CALLING_ON and verb[1:] not in CALLING_ON:
            return False
        first = self._tokens(masked, s_start, min(len(masked), s_start + 40))[:1]
        return bool(first) and first[0][3] in HEARERS

    def _opens_clause(self, masked: str, sent: Sentence, start: int) -> bool:
        """Whether the Arabic word at ``start`` opens its sentence or a clause: after a comma or a conjunction of
        contrast or time ('فيما', 'بينما', 'في حين'), 'و' or 'ف' written onto it."""
        before = masked[sent.start : start].rstrip()
        if not before or before[-1] in "\u060c,:\u061b":
            return True
        return fold_words(before).split(" ")[-1] in WHILE_CLAUSE

    def _joined_clause(self, masked: str, acts: list[ReadAct]) -> Speaker | None:
        """In Arabic, the speaker of the last verb of saying that opens a clause of its own joined by 'و' after a comma,
        its subject named after it ('...، وقال المتحدث باسم X، Y، إن ...'), when it differs from the first speaker:
        the one a participle after it goes on for. None when the sentence has no such clause."""
        first = next((a.speaker for a in acts if a.speaker is not None and a.kind == "verb" and not a.claimed), None)
        for act in reversed(acts):
            if act.kind != "verb" or act.speaker is None or act.claimed or act.subject is None:
                continue
            joined = masked[act.start] == "\u0648" and masked[: act.start].rstrip()[-1:] in ("\u060c", ",")
            if joined and first is not None and not act.speaker.same(first):
                return act.speaker
            return None
        return None

    def _manner_of(self, masked: str, acts: list[ReadAct], start: int) -> Speaker | None:
        """In Arabic, the speaker of the verb a participle follows right after, nothing but a space between ('أن سامي
        الوردي صرح قائلا', that Sami declared, saying): the participle tells how that verb was said. None when the
        last act is no verb of saying with a speaker, or ends elsewhere."""
        act = acts[-1] if acts else None
        if act is None or act.kind != "verb" or act.speaker is None or act.claimed:
            return None
        return act.speaker if not masked[max(act.end, act.subject_end) : start].strip() else None

    def _reported_speaker_agreeing(self, masked: str, acts: list[ReadAct], start: int, end: int) -> Speaker | None:
        """In Arabic, the speaker of a verb of saying reported within the sentence ('نقلت الوكالة ... إن حمدان أكد أن
        "..."'), whose quotation a participle after it goes on, when the participle agrees in gender with that verb and
        not with the sentence's first one ('مشيرا', masculine, after 'أكد', where 'نقلت' and 'قالت' are the agency's,
        feminine): the agreement tells whose words go on. None where both agree, or neither."""
        firsts = [a for a in acts if a.kind == "verb" and a.speaker is not None and not a.claimed]
        if len(firsts) < 2:
            return None
        inner, first = firsts[-1], firsts[0]
        if inner.speaker is None or first.speaker is None or inner.speaker.same(first.speaker):
            return None
        if MASK not in masked[inner.end : start]:
            return None  # (the reported speaker's own words in marks stand between his verb and the participle)
        feminine = fold_words(masked[start:end]).endswith("\u0647")
        if _feminine_past(masked[inner.start : inner.end]) != feminine:
            return None
        return inner.speaker if _feminine_past(masked[first.start : first.end]) != feminine else None

    def _while_doing(self, verb: str) -> bool:
        """Whether a Persian verb of denying is a verbal noun after 'while' or 'with' ('ضمن تکذیب', 'با رد'): it takes an
        object and has no subject of its own."""
        return not self.words.verb_first and fold_words(verb).split(" ")[0] in WHILE_DOING

    def _past_description(self, masked: str, subject_end: int, end: int) -> int:
        """Where what a verb-first subject does starts, past a description of the body by whom it stands with:
        'نفت حركة النور المدعومة من كسليا، مساء اليوم، صحة التقارير' (backed by Kesslia): to the comma after it, or
        without one past 'من', 'على', 'مع' and the name they govern ('الموالية لكسليا صحة ...': the one word)."""
        tokens = self._tokens(masked, subject_end, end)
        if len(tokens) < 3 or tokens[0][3] not in DESCRIBING or MASK in tokens[0][2] or MASK in tokens[1][2]:
            return subject_end
        k = 2 if tokens[1][3] in (OF, ON, "\u0645\u0639") else 1
        k += 1  # (the name they govern)
        while (
            k < min(len(tokens) - 1, 5)
            and tokens[k][3][:2] == "\u0627\u0644"
            and tokens[k][3] not in self.c.stops | self.c.acts
            and not self.c.claims.fullmatch(tokens[k][3])
        ):
            k += 1  # 'التابعة لوزارة الدفاع الكسلية': the name's own definite words
        for i, t in enumerate(tokens[:6]):
            if MASK in t[2] or t[2][:1] in CUT_BEFORE:
                return subject_end
            # (a comma within the description, or after a place that goes on with it ('من وزارة الدفاع في كسليا،');
            # not one after what was denied: 'الموالية لكسليا صحة التقارير، مؤكدة ...')
            if t[2][-1:] in "\u060c," and (i < k or (k < len(tokens) and tokens[k][3] == IN)):
                return t[1]
        return tokens[k - 1][1] if k < len(tokens) else subject_end

    def _past_place(self, masked: str, subject_end: int, end: int) -> int:
        """Where what a verb-first subject does starts, past the place the subject is in when no comma sets it off:
        'نفت حركة النور في كسليا الأنباء' (the Nour movement in Kesslia denied the reports): 'في كسليا' is where the
        movement is, no part of what it denied (not 'في بيان', a statement, nor a place that ends the sentence)."""
        tokens = self._tokens(masked, subject_end, end)
        if len(tokens) < 3 or tokens[0][3] != IN or tokens[1][2][-1:] in CUT_AFTER:
            return subject_end
        word, fw = tokens[1][2].strip(PUNCT), tokens[1][3]
        if MASK in tokens[1][2] or MASK in tokens[2][2]:
            return subject_end
        # (a bare name before a definite object, 'في كسليا الأنباء', is a place not on file; not a statement, a remark,
        # a time or a word with a pronoun, 'في بيانها', nor 'في' opening the object itself, 'في إطار'; nor a body's
        # word that the definite word after it names, 'في مجلس النواب'; the folded 'ه' of 'ة' keeps out the rest,
        # 'في منطقة القنيطرة', and a place so spelt with it, 'في جنوة', goes unseen)
        bare_name = (
            fw[:2] != "\u0627\u0644"
            and tokens[2][3][:2] == "\u0627\u0644"
            and fw not in self.c.statements | self.c.stops | REMARKS_AR | TOLD_IN | TIMES_AR | WHEN_WORDS
            and fw not in self.c.body_words | self.c.heads | self.c.titles
            and not fw.endswith(("\u0647", "\u0647\u0627", "\u0647\u0645"))
            and not any((IN + " " + fw).startswith(p) for p in self.c.stop_phrases)
        )
        if not (self._place(word) or bare_name):
            return subject_end
        return tokens[1][1]

    def _talked_to(self, para: Paragraph, sent: Sentence, verb_start: int) -> tuple[int, int] | None:
        """Where the one talked to is, when a relative pronoun before a verb with no subject of its own refers to
        him: 'تحدثت النهار إلى سامي الوردي، القائد في الحركة، والذي نفى بدوره ...' (al-Nahar talked to Sami
        al-Wardi, ..., who in turn denied): the verb's subject is Y after 'إلى' or 'مع', set off by a comma, not the
        sentence's first speaker (the outlet that talked)."""
        tokens = self._tokens(para.masked, sent.start, verb_start)
        if len(tokens) < 5 or tokens[-1][3] not in WHO:
            return None
        talk = next((i for i, t in enumerate(tokens[:4]) if t[3] in TALKED), None)
        to = (
            next((i for i in range(talk + 2, len(tokens) - 1) if tokens[i][3] in (TO, "\u0645\u0639")), None)
            if (talk is not None)
            else None
        )
        if to is None:
            return None
        end = next((j for j in range(to + 1, min(len(tokens) - 1, to + 6)) if tokens[j][2][-1:] in "\u060c,"), None)
        if end is None or any(MASK in t[2] for t in tokens[to + 1 : end + 1]):
            return None
        return tokens[to + 1][0], tokens[end][1] - 1

    def _indefinite_antecedent(self, para: Paragraph, sent: Sentence, verb_start: int) -> Speaker | None:
        """In Arabic, the indefinite noun a verb with no subject after it describes: 'لصحفي لبناني قال فيها'.

        A relative clause after an indefinite noun takes no relative pronoun, so 'a journalist (who) said'
        is a noun then the verb. The noun is an unnamed source or official, or a noun and its adjective of
        origin ('صحفي لبناني', 'ناشط سوري'), indefinite, right before the verb; a preposition written onto
        its first word ('لصحفي') starts it.
        """
        if not self.words.verb_first:
            return None
        tokens = self._tokens(para.masked, sent.start, verb_start)
        run: list[tuple[int, int, str, str]] = []
        for token in reversed(tokens[-3:]):
            word, fw = token[2], token[3]
            if word[-1:] in CUT_AFTER or MASK in word or not fw.isalpha() or fw.startswith("\u0627\u0644"):
                break
            if fw in self.c.stops or fw in self.c.drop or self.c.verb.fullmatch(fw):
                break
            run.insert(0, token)
        for k in range(len(run), 0, -1):
            words = [t[3] for t in run[-k:]]
            for lead in (1, 0) if words[0][:1] in "\u0644\u0628" and len(words[0]) > 3 else (0,):
                first = words[0][lead:]
                described = first in self.c.heads or first in self.c.titles
                nisba = all(w.endswith(("\u064a", "\u064a\u0647")) for w in [first, *words[1:]])
                if described or (k >= 2 and nisba):
                    phrase = para.text[run[-k][0] + lead : run[-1][1]]
                    return Speaker(phrase, None, phrase, person=True, how="the indefinite noun its verb describes")
        return None

    def _report_by(self, para: Paragraph, sent: Sentence, verb_start: int) -> Speaker | None:
        """In Arabic, the publisher of an indefinite report that a verb with no subject of its own describes: 'على
        تقرير نشرته شبكة X، تحدث عن "..."' (a report X published, which spoke of '...'). A relative clause after an
        indefinite noun takes no relative pronoun; the report speaks in its publisher's words, not in those of the
        one answering it (who spoke last, and was given the report's words)."""
        if not self.words.verb_first:
            return None
        verb = fold_words(para.masked[verb_start : verb_start + 12]).split(" ")[0]
        if verb[:1] in self.words.prefixes and verb[1:] in self.c.verb_forms:
            return None  # ('نفت الحركة خبرا بثته X، وقالت إن ...': 'and she said', the sentence's subject goes on)
        opened = self._report_opening(para, sent, verb_start)
        if opened is not None:
            return opened
        tokens = self._tokens(para.masked, sent.start, verb_start)[-9:]
        at = next((j for j in range(len(tokens) - 2, -1, -1) if tokens[j][3] in PUBLISHED_IT), None)
        if at is None or at == 0:
            return None
        noun = tokens[at - 1][3]
        noun = noun[1:] if noun[:1] in "\u0644\u0628" and noun[1:] in REPORT_NOUNS else noun
        if noun not in REPORT_NOUNS:
            return None
        if at >= 3 and tokens[at - 2][3] == ON and tokens[at - 3][3].removeprefix("\u0648") in ANSWERING:
            return None  # ('ردا على تقرير نشرته X، نفى ...', in answer to it: the one answering, left unsaid, speaks)
        if (noun[-1:] == "\u0647") != (verb[-1:] == "\u062a"):
            return (
                None  # the relative verb agrees with the report ('تقرير ... قال', 'مقالة ... قالت'), not the sentence's
            )
        rest = tokens[at + 1 :]
        if not rest or _cut_within(rest[:-1]):
            return None
        n = self._cut_subject(rest)
        # (a name in marks ends the subject, but an adjective of origin after it is still the publisher's: 'شبكة "X"
        # الأميركية')
        named_in_marks = 0 < n < len(rest) and rest[n - 1][2][-1:] in '"\u201d\u00bb'
        if n != len(rest) and not (named_in_marks and all(nisba_of(t[3]) for t in rest[n:])):
            return None
        name = para.text[rest[0][0] : rest[-1][1]]
        found = self.speaker(name, para, rest[0][0], sent)
        return self._again(found, "the publisher of the report its verb describes") if found is not None else None

    def _report_opening(self, para: Paragraph, sent: Sentence, verb_start: int) -> Speaker | None:
        """In Arabic, the publisher of a report that opens the sentence before a comma: 'وفي تقرير نشرته صحيفة X، فإن
        ... وذلك ردا على ما قالت إنه ...' (in a report X published, ...): the sentence gives X's account, and a verb with
        no subject of its own after the comma is X's, however far, not the last speaker's."""
        tokens = self._tokens(para.masked, sent.start, verb_start)
        if len(tokens) < 4 or tokens[0][3].removeprefix("\u0648") != IN or tokens[1][3] not in REPORT_NOUNS:
            return None
        if tokens[2][3] not in PUBLISHED_IT:
            return None
        end = next((k for k in range(3, min(len(tokens), 9)) if tokens[k][2][-1:] in "\u060c,"), None)
        if end is None or end == len(tokens) - 1:
            return None
        rest = tokens[3 : end + 1]
        name = para.text[rest[0][0] : rest[-1][1]].rstrip("\u060c,")
        found = self.speaker(name, para, rest[0][0], sent)
        return self._again(found, "the publisher of the report the sentence opens with") if found is not None else None

    def _statement_by(self, para: Paragraph, sent: Sentence, verb_start: int) -> Speaker | None:
        """In Arabic, whose statement a verb with no subject of its own reports: 'نشرت تصريحا لـX، قالت إنه ...'.

        The outlet that published a statement of X (تصريحا، تصريحات) relays X's words: X is the speaker, not
        the one who spoke last in the article.
        """
        if not self.words.verb_first:
            return None
        tokens = self._tokens(para.masked, sent.start, verb_start)
        for i, token in enumerate(tokens[:-1]):
            # a statement of X right before the verb ('نشرت الوكالة بيانا للسفارة في المدينة ينفي ...', a statement
            # of the embassy denying): the verb describes the statement, X's
            adjacent = token[3] in self.c.statements
            if token[3] not in STATEMENT_OF and not adjacent:
                continue
            rest = tokens[i + 1 :]
            # ('لـX', 'لX'; 'للقائد X', 'ل' and the article: read whole, as 'القائد X')
            lam = re.match(r"\u0644(?:\u0640|(?=\u0644)|)(?=[^\W_])", rest[0][2])
            if rest[0][3].startswith("\u0644\u0644"):
                rest[0] = (*rest[0][:3], "\u0627" + rest[0][3][1:])
            k = self._cut_subject(rest) if lam else 0
            if not k or lam is None:
                continue
            if token[3] not in STATEMENT_OF:
                gap = rest[k:]  # (a place after the body is its name's: 'للسفارة الكسلية في المدينة ينفي')
                if len(gap) == 2 and gap[0][3] == IN and gap[1][2][-1:] not in CUT_AFTER:
                    k = len(rest)
                elif gap:
                    continue
            at = rest[0][0] + (0 if rest[0][2].startswith("\u0644\u0644") else lam.end())
            phrase = para.text[at : rest[k - 1][1]]
            # an office or a record ('لقائد فيلق ...'): not the media the statement was made to ('لوسائل الإعلام')
            head = rest[0][3] if rest[0][3].startswith("\u0627\u0644") else rest[0][3][1:]  # ('القائد' from 'للقائد')
            # 'للسفارة' (of the embassy): 'السفارة'; after 'تصريح' too where an office follows ('تصريح للمتحدث باسم
            # X زعم فيه', the spokesman's), not a name whose own first letter is 'ل' ('تصريحا لليث عارف', Laith's)
            if rest[0][2].startswith("\u0644\u0644") and (
                token[3] not in STATEMENT_OF or head in self.c.titles | self.c.heads
            ):
                phrase = "\u0627" + phrase[1:]
            bodies = self.c.body_words if token[3] not in STATEMENT_OF else frozenset()
            if (
                head not in self.c.titles | self.c.heads
                and head[2:] not in bodies
                and self.index.lookup(phrase) is None
            ):
                continue
            found = self.speaker(phrase, para, at, sent)
            if found is not None and (found.entity is not None or found.described):
                return self._again(found, f"whose statement the sentence reports, '{token[2]} {phrase}'")
        return None

    def _passive_agent(
        self, para: Paragraph, sent: Sentence, verb_start: int, verb_end: int
    ) -> list[tuple[Paragraph, int, int]]:
        """(paragraph, start, end) of each agent of a Persian passive verb ('تکذیب شد', was denied) after 'از سوی' or
        'توسط' (by) before it, or in the kicker above a headline ('از سوی X؛' then 'ادعای ... تکذیب شد'); none when
        it has none."""
        if not PASSIVE_VERB_FA.search(fold_words(para.masked[verb_start:verb_end])):
            return []
        places = [(para, self._tokens(para.masked, sent.start, verb_start))]
        if self.kicker is not None and sent is para.sentences[0]:
            places.append((self.kicker, self._tokens(self.kicker.masked, 0, len(self.kicker.masked))))
        for where, tokens in places:
            for i, token in enumerate(tokens):
                pair = token[3] + " " + (tokens[i + 1][3] if i + 1 < len(tokens) else "")
                skip = 2 if pair in self.c.agents else 1 if token[3] in self.c.agents else 0
                n = self._cut_subject(tokens[i + skip :]) if skip else 0
                runs = n
                if n and tokens[i + skip + n - 1][2][-1:] in "\u060c," and tokens[-1][2][-1:] in "\u060c,":
                    runs = len(tokens) - i - skip  # 'از سوی X، سخنگوی ...، تکذیب شد': the name, then its office
                # the agent runs up to the verb (else it is another verb's: 'گزارش منتشر شده از سوی X ...')
                if n and i + skip + runs == len(tokens):
                    return [(where, tokens[i + skip][0], tokens[i + skip + n - 1][1])]
                # two agents joined ('از سوی X و نیز Y تکذیب شده است', by X and also by Y): each denies, when the
                # second runs up to the verb ('و' may end the first's run when a word it stops at follows)
                j = i + skip + n
                if n > 1 and tokens[j - 1][3] == AND_FA:
                    n, j = n - 1, j - 1
                if n and j < len(tokens) and tokens[j][3] == AND_FA:
                    j += 1 + (j + 1 < len(tokens) and tokens[j + 1][3] in ALSO_FA)
                    m = self._cut_subject(tokens[j:])
                    if m and j + m == len(tokens):
                        return [
                            (where, tokens[i + skip][0], tokens[i + skip + n - 1][1]),
                            (where, tokens[j][0], tokens[j + m - 1][1]),
                        ]
        return []

    def _agent_after(self, para: Paragraph, sent: Sentence, at: int) -> tuple[Paragraph, int, int] | None:
        """(paragraph, start, end) of the agent after a Persian verbal noun of denying, in its clause ('پس از تکذیب
        این خبر توسط X،', after this report was denied by X), or None."""
        comma = next((i for i in range(at, sent.end) if para.masked[i] in "\u060c,\u061b"), sent.end)
        tokens = self._tokens(para.masked, at, comma)
        for i, token in enumerate(tokens):
            if token[3] in MADE_FA:
                return None  # ('ادعای مطرح شده از سوی X': X made the claim; the denier is elsewhere)
            pair = token[3] + " " + (tokens[i + 1][3] if i + 1 < len(tokens) else "")
            skip = 2 if pair in self.c.agents else 1 if token[3] in self.c.agents else 0
            n = self._cut_subject(tokens[i + skip :]) if skip else 0
            if n:
                return para, tokens[i + skip][0], tokens[i + skip + n - 1][1]
        return None

    def _done_by(self, para: Paragraph, sent: Sentence, at: int) -> tuple[Speaker | None, int]:
        """(speaker, end) of the agent of an Arabic passive ('تم نفي X من قبل Y', 'جرى تكذيب X من جانب Y'): Y."""
        tokens = self._tokens(para.masked, at, sent.end)
        by = next(
            (i for i in range(len(tokens) - 1) if tokens[i][3] == "\u0645\u0646" and tokens[i + 1][3] in BY), None
        )
        rest = tokens[by + 2 :] if by is not None else []
        n = self._cut_subject(rest)
        if not n:
            return None, at
        return self.speaker(para.text[rest[0][0] : rest[n - 1][1]], para, rest[0][0], sent), rest[n - 1][1]

    def _relayed(self, para: Paragraph, sent: Sentence, at: int, limit: int) -> tuple[Speaker | None, int] | None:
        """(speaker, end) of the source a relay names right after a subject ('X نقلا عن Y', 'X به نقل از Y'), or None.

        The outlet relays; the words are the source's.
        """
        tokens = self._tokens(para.masked, at, limit)
        # (after the subject's adjective of nationality: 'صرحت مجلة «X» الفرنسية، نقلا عن Y، «...»')
        while tokens[:1] and nisba_of(tokens[0][3].strip(PUNCT)) and len(tokens) > 1:
            tokens = tokens[1:]
        # (and in Persian 'از قول Y', on the word of Y: 'خبرگزاری X از قول سخنگوی Y نوشت که ...')
        on_the_word = [t[3] for t in tokens[:2]] == [FROM_FA, WORD_OF_FA] and not self.words.verb_first
        if not tokens or not (on_the_word or self.c.sourcing.match(fold_words(para.masked[tokens[0][0] : limit]))):
            return None
        k = next((i for i, t in enumerate(tokens[:3]) if t[3] in (FROM, FROM_FA)), None)
        k = k + 1 if on_the_word and k is not None else k
        rest = tokens[k + 1 :] if k is not None else []
        n = self._cut_subject(rest)
        if not n:
            return None
        if self._own_reporter([t[3] for t in rest[:n]]):
            return None  # ('المیادین به نقل از خبرنگار ویژه خود اعلام کرد', its own correspondent: the outlet says it)
        speaker = self.speaker(para.text[rest[0][0] : rest[n - 1][1]], para, rest[0][0], sent)
        return (speaker, rest[n - 1][1]) if speaker is not None else None

    @staticmethod
    def _own_reporter(source: list[str]) -> bool:
        """Whether the folded words of a source relayed are the outlet's own correspondent ('خبرنگار ویژه خود',
        'مراسلها'): the outlet relays no one else, the words are its own."""
        return bool(source) and (
            (source[0] in OWN_REPORTER_FA and source[-1] == SELF_FA) or source[0] in OWN_REPORTER_WORD
        )

    def _speech_colon(self, masked: str, sent: Sentence, verb_end: int) -> int:
        """Where the colon is that opens speech without quotation marks after a verb of saying, or -1."""
        colon = masked.find(":", verb_end, sent.end)
        if colon < 0 or len(masked[verb_end:colon].split()) > (12 if self.words.verb_first else 1):
            return -1
        after_colon = masked[colon + 1 : sent.end]
        # (a quotation right after it, whatever its mark: 'مضيفاً: ”...“', marks typed the other way round)
        if not after_colon.strip() or after_colon.lstrip()[:1] in OPENERS or after_colon.lstrip()[1:2] == MASK:
            return -1
        return colon

    def _outside_colon_speech(
        self, masked: str, sent: Sentence, where: list[int], found: list[tuple[int, int, str, bool]]
    ) -> list[tuple[int, int, str, bool]]:
        """The verbs found, without those inside speech after a colon ('گفت: ... ما آن را تکذیب کردیم ...'):
        the speech is the speaker's words, as a quotation in marks is, and its verbs have no subjects of their own."""
        for _, f_end, kind, _ in found:
            if kind != "verb":
                continue
            colon = self._speech_colon(masked, sent, sent.start + where[f_end - 1] + 1)
            if colon >= 0:
                return [
                    f
                    for f in found
                    if sent.start + where[f[0]] < colon
                    or self._relays_a_denial(masked, colon, f, sent.start + where[f[0]])
                ]
        return found

    def _relays_a_denial(self, masked: str, colon: int, verb: tuple[int, int, str, bool], at: int) -> bool:
        """Whether an Arabic verb of denying, found at ``at``, opens the speech after a colon, in the third person
        past, with a subject of its own after it ('وقال X: نفت الوزارة الأنباء', X tells that the ministry denied
        them): the one named after it denies, not the one who tells it. (Not 'نفيت' nor a first person: the speaker's
        own denial; nor a verb further on in the speech, 'نفت الوزارة الأنباء، وأنا أرفض ...'.) 'كذبت' without its
        shadda is also 'lied' ('كذبت الوزارة حين أعلنت ...', the speaker calls the ministry a liar): a relayed denial
        only with the shadda written or what was belied after the one named ('كذبت الوزارة الأنباء')."""
        _, _, kind, deny = verb
        if not (self.words.verb_first and kind == "verb" and deny):
            return False
        if fold_words(masked[colon + 1 : at]).strip() not in ("", "\u0648", "\u0641"):
            return False  # (and 'و' or 'ف' written on it: 'وقال X: فنفت الوزارة ...')
        words = fold_words(masked[colon + 1 :]).split()
        verb_word = words[0][1:] if words and words[0][:1] in ("\u0648", "\u0641") else words[0] if words else ""
        if len(words) < 3 or verb_word not in DENIED_THIRD_PAST_AR:
            return False
        if verb_word.startswith(LIE_AR) and not self._belied(masked[colon + 1 :], words):
            return False
        named = {words[1], words[1].removeprefix("\u0627\u0644")} & (self.c.body_words | self.c.titles | self.c.heads)
        return bool(named) or words[1].startswith("\u0627\u0644") or given_or_family_name(words[1])

    def _belied(self, speech: str, words: list[str]) -> bool:
        """Whether the Arabic 'كذب' that opens ``speech`` (folded ``words``) is 'belied' (a denial): its shadda written
        ('كذّبت'), or claims among the three words after the one who belied them ('كذبت الوزارة الأنباء')."""
        return "\u0651" in speech.split(maxsplit=1)[0] or any(self.c.claims.fullmatch(w) for w in words[2:5])

    def _fronted_subject(
        self, masked: str, sent: Sentence, verb_start: int, present: bool, subjectless: bool = False
    ) -> tuple[int, int] | None:
        """In Arabic, a subject written before its verb: after 'كان ... قد' or 'لكن', or before a present-tense verb.

        'وكانت وزارة الدفاع قد نفت' (had denied), or a headline-like 'وزارة الدفاع تنفي ...'. A past-tense verb
        after a noun is read as verb-first (the words before it are a dateline or a time), unless no subject follows
        it (``subjectless``) and the noun opens its paragraph or is a body or an office ('وزارة الدفاع نفت الأنباء',
        as 'وزارة الدفاع تنفي الأنباء'; not a sentence that a stop after an abbreviation opened: 'العربية. نت قد
        ادعى'). The words before the verb must be a plain noun phrase: at most six words, no stop word, no verb of
        saying, no quotation.
        """
        tokens = self._tokens(masked, sent.start, verb_start)
        tag = next((i for i, t in enumerate(tokens[:4]) if t[2].endswith(":")), None)
        if (
            tag is not None
            and tag + 1 < len(tokens)
            and not masked[: tokens[0][0]].strip()
            and not is_headline(sent.paragraph, self.first)
        ):
            # ('وكالة النور: وزارة الدفاع تنفي ...'): an outlet's tag and a colon at the head of the paragraph credit
            # the report; the noun after it is the subject (not in a headline, whose label's speaker says the words)
            tokens = tokens[tag + 1 :]
        while tokens and tokens[0][3] in self.c.drop:
            tokens = tokens[1:]
        if tokens and tokens[0][3] in NEGATORS:
            # ('ولم يرد X على طلب للتعليق', 'ولم تنف X ولم تؤكد': a clause opened by a negation has its verb right after
            # it and its subject after the verb; the particle is no one who speaks)
            return None
        said = fold_words(masked[verb_start : verb_start + 12]).split(" ")[0].strip(PUNCT)
        verb_first = self._verb_then_object(tokens, said) if subjectless else None
        if verb_first is not None:
            # 'وعقد سامي الوردي مؤتمرا صحفيا قال فيه: ...' (held a press conference in which he said): a word, a
            # person's name, then the indefinite object of the word before the name; that word is a verb, the name
            # its subject, who speaks in the conference or statement held
            return verb_first
        kana = bool(tokens) and tokens[0][3] in KANA
        if kana:
            tokens = tokens[1:]
            if tokens and tokens[-1][3] == QAD:
                tokens = tokens[:-1]  # ('وكان X قال', without 'قد', is the same pluperfect)
            tokens = self._without_apposition(tokens)
        elif tokens and tokens[0][3] in BUT:
            tokens = tokens[1:]  # 'لكن' takes a noun, its subject: 'لكن التحالف ... نفى'
        elif tokens and tokens[0][3] in AS_FOR:
            # 'أما الحركة فقد نفت ذلك', 'أما الوزارة فنفت' (as for the movement, it denied): the topic of 'أما' is the
            # subject of the verb after 'ف', which news uses to turn from one side's claim to the other's answer
            # (not 'إما ... أو', either ... or, which folds alike but has no 'ف' before a verb)
            tokens = tokens[1:]
            if tokens and tokens[-1][3] in THEN_QAD:
                tokens = tokens[:-1]
            elif fold_words(masked[verb_start : verb_start + 1]) != "\u0641":
                return None
        elif (
            len(tokens) > 1
            and tokens[0][3] in LEADING
            and fold_words(masked[verb_start : verb_start + 1]) in "\u0648\u0641"
        ):
            # 'وعادت سلمى حداد ونفت ...' (returned and denied), 'ثم خرج سامي الوردي ونفى ...': a verb that leads
            # another joined by 'و' has the subject of both between them
            tokens = tokens[1:]
            kana = True
        elif len(tokens) > 1 and tokens[0][3] in EXCEPT and tokens[1][3] == "\u0627\u0646":
            tokens = tokens[2:]  # 'إلا أن', 'غير أن' (but, however): 'أن' takes a noun too
        elif not present and not (
            subjectless
            and tokens
            and (
                not masked[: sent.start].strip()
                or tokens[0][3] in self.c.titles | self.c.heads | self.c.body_words
                or self._opens_with_a_name(tokens)
            )
        ):
            return None
        aside = tokens if kana else self._before_aside(tokens)
        if len(aside) < len(tokens) and aside[-1][2][-1:] in "\u060c,":
            aside = self._without_apposition(aside)  # ('X، وزير الدفاع، في بيان نفى': the aside, then what is beside X)
        tokens = aside
        if (
            not kana
            and len(tokens) > 2
            and tokens[-1][2][-1:] in "\u060c,"
            and any(t[2][-1:] in "\u060c," for t in tokens[:-1])
        ):
            # 'سامي الوردي، وزير الدفاع، نفى', 'لكن الوزارة، في بيان، نفت': what stands between commas after the
            # subject, as after 'كان' (not a time before a verb-first clause: 'ويوم الثلاثاء، نفت', one comma)
            tokens = self._without_apposition(tokens)
        # (an office and the name after it run longer: 'الناطق الرسمي لـX الأستاذ Y Z ينفي'; so does a source and the
        # body it is in: 'مصدر أمني رفيع في جماعة X الجديد ينفي')
        longest = 9 if tokens and tokens[0][3] in self.c.titles | self.c.heads else 6
        # (a name in marks counts as one word: 'مصادر في لواء "X Y" في "Z W" العامل في كسليا', sources in the brigade
        # X Y of Z W operating in Kesslia, is a source's body named at length)
        if not tokens or self._words_counted(tokens) > longest or any(re.search(r"[/\-\u2013]", t[2]) for t in tokens):
            return None
        # ('لكن مصدرا في الحركة نفى': 'in' after a source or an office is part of the subject)
        office = tokens[0][3] in self.c.heads | self.c.titles if tokens else False
        # (one 'و' or 'ف' written onto it, 'والوزارة'; not every leading 'و', which 'وزارة' opens with)
        opening = tokens[0][3] if tokens else ""
        body = any(
            first in self.c.body_words or (first[:2] == "\u0627\u0644" and first[2:] in self.c.body_words)
            for first in (opening, opening[1:] if opening[:1] in self.words.prefixes else opening)
        )
        where = len(tokens)  # (the body's name ends before the place it is in)
        for k, (_, _, word, fw) in enumerate(tokens):
            bare = fw[1:] if fw[:1] in self.words.prefixes else fw
            # (and after its indefinite adjectives: 'مصدر مسؤول في الوزارة نفى', 'مصدر أمني رفيع في الحركة')
            if office and 1 <= k <= 3 and fw in (IN, FROM) and all(t[3][:2] != "\u0627\u0644" for t in tokens[1:k]):
                continue
            if office and k >= 3 and fw == IN and self._in_named_body(tokens, k):
                continue  # ('مصادر في لواء "الفجر" في "حركة النور" العامل في كسليا': each 'في' names where the body is)
            if k and tokens[k - 1][3] + " " + fw in self.c.partitive:
                continue  # ('غير أن مصادر قريبة من الحركة وصفت', sources close to the movement)
            # ('كتائب X في العراق تنفي': a body, then the country it is in, before its verb)
            place = k + 1 < len(tokens) and self._place(tokens[k + 1][2].strip(PUNCT))
            if body and k >= 2 and fw == IN and place:
                where = min(where, k)
                continue
            # ('وكانت حسابات على منصة "إكس" قد زعمت', accounts on the X platform had claimed): between 'كان' and 'قد'
            # stands the subject and nothing else, so a preposition after its first word says where it is; the
            # subject ends there, and a name in marks after it is no quotation
            # ('وكان مسؤول الإعلام في حركة النور، سامي الوردي، قد نفى': an office's 'في' names its body where the
            # holder's name follows between commas, which the apposition kept: the subject runs on to the name)
            if kana and office and k and fw == IN and any(t[2][-1:] in "\u060c," for t in tokens[k:]):
                continue
            if kana and k and fw in WHERE_AFTER_KANA and where == len(tokens):
                where = k
                break
            # ('لكن موقع (جنوب كسليا) قال': an outlet's name in brackets is part of the subject)
            bracket = word[:1] == "(" and k and tokens[k - 1][3] in self.c.outlet_words
            # (على 'on' and the name علي fold alike; the name is written with ي: 'وكان علي حسن قد نفى')
            stop = (fw in self.c.stops or bare in self.c.stops) and not (
                fw == ON and word.strip(PUNCT).endswith("\u064a")
            )
            if MASK in word or (word[:1] in CUT_BEFORE and not bracket) or stop:
                return None
            # ('وشهدت البلدة انتشاراً أمنياً، فيما أعلن عن فتح تحقيق' (while an inquiry was announced): 'فيما',
            # 'بينما' open a clause of their own; the words before it are another clause, never its subject)
            if fw in WHILE_CLAUSE or bare in WHILE_CLAUSE:
                return None
            if self.c.verb.fullmatch(fw) or fw in self.c.possessive_refs:
                return None
        if word[-1:] in "\u060c,:":
            return None
        # ('والوزارة نفت', 'ووزير الدفاع ينفي': 'and' written onto the subject is no part of its name)
        return tokens[0][0] + self._conjoined(tokens[0][2], tokens[0][3]), tokens[where - 1][1]

    def _verb_then_object(self, tokens: list[tuple[int, int, str, str]], said: str = "") -> tuple[int, int] | None:
        """The span of a person's name between a first word and an indefinite object in the accusative ('عقد سامي
        الوردي مؤتمرا صحفيا'): the words read as a subject before a verb are then a clause of their own, verb first,
        and the name is its subject. None when the first word may open a subject (an office, a body, a name).
        ``said``: the folded verb of saying after them, whose gender a body's verb agrees with."""
        if tokens and tokens[0][3].removeprefix("\u0648") == QAD:
            tokens = tokens[1:]  # ('وقد عقد X ...': the particle before a past verb)
        if len(tokens) < 3:
            return None
        first = tokens[0][3]
        if (
            first in self.c.titles | self.c.heads | self.c.body_words
            or first.startswith("\u0627\u0644")
            or given_or_family_name(tokens[0][2].strip(PUNCT))
            or tokens[0][2][-1:] in CUT_AFTER
        ):
            return None
        if len(tokens) < 5:
            return self._body_then_object(tokens, said)
        for k in range(3, min(len(tokens) - 1, 6)):
            if any(t[2][-1:] in CUT_AFTER for t in tokens[1:k]):
                return None
            if self._indefinite_accusative(tokens, k) and self._ends_persons_name(tokens[1:k]):
                return tokens[1][0], tokens[k - 1][1]
        return self._body_then_object(tokens, said)

    def _body_then_object(self, tokens: list[tuple[int, int, str, str]], said: str = "") -> tuple[int, int] | None:
        """:meth:`_verb_then_object` for a body's name, the object closed by the comma before 'وقالت': 'وعقدت الهيئة
        العليا للانتخابات اجتماعا، وقالت: «...»', the body that held the meeting speaks in it. Not where the verb of
        saying ``said`` is of another gender than the first verb ('وعقدت الهيئة اجتماعا، وقال: ...', he said: one
        named before, not the commission)."""
        if tokens[-1][2][-1:] not in "\u060c,":
            return None
        if said and not self._agrees_with_deed(tokens[0][3], said):
            return None
        for k in range(2, min(len(tokens), 6)):
            if any(t[2][-1:] in CUT_AFTER for t in tokens[1:k]):
                return None
            if self._held_object_at(tokens, k) and self._body_alone(tokens[1:k]):
                return tokens[1][0], tokens[k - 1][1]
            # ('وقصفت كتائب كيسل المدينة، وقالت', 'وهاجم سامي حمدان القرية، وقال': a deed's object, then its subject
            # speaks; the place it was done to is no word of the name)
            if self._deeds_object_at(tokens, k) and (
                self._body_alone(tokens[1:k]) or self._body_then_its_name(tokens[1:k])
            ):
                return tokens[1][0], tokens[k - 1][1]
        return None

    def _held_object_at(self, tokens: list[tuple[int, int, str, str]], k: int) -> bool:
        """Whether Arabic token ``k`` opens an indefinite object in the accusative, with its adjective
        (:meth:`_indefinite_accusative`) or alone before the comma that ends the clause ('اجتماعا،', a meeting)."""
        if self._indefinite_accusative(tokens, k):
            return True
        word, fw = tokens[k][2], tokens[k][3]
        plain = word.strip(PUNCT)
        return (
            k == len(tokens) - 1
            and len(fw) >= 4
            and fw.endswith("\u0627")
            and not fw.startswith("\u0627\u0644")
            and MASK not in word
            and not given_or_family_name(plain)
            and not country_name(plain)
        )

    def _body_alone(self, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether Arabic tokens are a body's name as :meth:`_body_name` reads one, its definite words written with
        'ل' on the article as well ('الهيئة العليا للانتخابات', the high commission for elections)."""
        return self._body_name([(a, b, w, "\u0627" + f[1:] if f[:2] == "\u0644\u0644" else f) for a, b, w, f in tokens])

    def _opens_with_a_name(self, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether Arabic words before a past verb open with a person's name of two to four words that ends at a
        comma or at the verb ('دارا فيني، المتحدث باسم X، قال', 'أبو دارا الفيني قال'): a subject, as a body or an
        office before the verb is, wherever the sentence stands in its paragraph (a dateline or a time before a
        verb-first clause is no name)."""
        cut = next((i + 1 for i, t in enumerate(tokens) if t[2][-1:] in "\u060c,"), len(tokens))
        words = [t[3].strip(PUNCT) for t in tokens[:cut]]
        phrase = " ".join(t[2].strip(PUNCT) for t in tokens[:cut])
        return (
            2 <= len(words) <= 4
            and all(self._name_word(w, i == 0) for i, w in enumerate(words))
            and looks_like_a_persons_name(phrase)
        )

    @staticmethod
    def _words_counted(tokens: list[tuple[int, int, str, str]]) -> int:
        """How many words a subject before its verb has, a name in marks counted as one ('لواء "شهداء الفجر"': 2)."""
        n, inside = 0, False
        for _, _, word, _ in tokens:
            if not inside:
                n += 1
            opens, closes = word[:1] in OPENERS, word.rstrip(PUNCT_NO_MARKS)[-1:] in CLOSERS
            inside = (inside or opens) and not closes
        return n

    def _in_named_body(self, tokens: list[tuple[int, int, str, str]], k: int) -> bool:
        """Whether 'في' at ``k``, past a source's or an office's own 'في', goes on naming its body: a name in marks
        before or after it ('في لواء "الفجر" في "حركة النور"'), a place after it, or a participle of where a body is
        ('العامل في كسليا', operating in Kesslia); not a time or a statement ('في وقت سابق', 'في بيان')."""
        if k + 1 >= len(tokens):
            return False
        before, after = tokens[k - 1], tokens[k + 1]
        if (
            after[3] in self.c.stops
            or after[3] in WHEN_WORDS
            or any((IN + " " + after[3]).startswith(p) for p in self.c.stop_phrases)
        ):
            return False
        if after[2][:1] in OPENERS or before[2].rstrip(PUNCT_NO_MARKS)[-1:] in CLOSERS:
            return True
        if self._place(after[2].strip(PUNCT)):
            return True
        return before[3] in BASED

    def _before_aside(self, tokens: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """A subject before its verb without an aside after it that no comma sets off: a statement or a remark
        ('الوزارة في بيان نفت', 'X في تصريح لـ"Y" قال'), the outlet told ('X لوكالة Y نفى') or a day ('X يوم الأحد
        قال'), as the same aside between commas or after a verb-first subject. What follows the aside's first word
        up to the verb is its own, so long as no verb of saying or quotation stands in it."""
        for k in range(1, len(tokens)):
            fw, pair = tokens[k][3], " ".join(t[3] for t in tokens[k : k + 2])
            told = bool(TO_OUTLET.match(tokens[k][2])) or (fw[:1] == "\u0644" and fw[1:] in self.c.outlet_words)
            if told and self.c.body_office_at([t[3] for t in tokens[:k]]) == k:
                # ('المكتب الإعلامي لكتائب X نفى', 'المركز الإعلامي للواء X': 'لـ' after a body's office joins it to the
                # body, whose head word may also open an outlet's name; no outlet told, as after a verb-first subject)
                told = False
            said = any(pair.startswith(p) for p in self.c.stop_phrases)
            if not (told or said or fw in WHEN_WORDS or is_weekday(fw)):
                continue
            # (not a clause of its own before it: 'جاء ذلك في مؤتمر صحفي ... رد فيه', this came in a press conference)
            if any(t[3] in self.c.demonstratives or t[3] in CAME for t in tokens[:k]):
                return tokens
            # (the outlet told may stand in its marks: 'في تصريح لـ«Y»')
            named = {
                j for j in range(k, len(tokens)) if TO_OUTLET.match(tokens[j][2]) or tokens[j][2] == "\u0644\u0640"
            }
            rest = [t for j, t in enumerate(tokens[k:], k) if j not in named and j - 1 not in named]
            if any(MASK in t[2] or self.c.verb.fullmatch(t[3]) or t[3] in self.c.verb_forms for t in rest):
                return tokens
            return tokens[:k]
        return tokens

    def _without_apposition(self, tokens: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """A subject before its verb without what is set beside it between commas or after 'one of': 'وكانت كتائب
        X، أحد فصائل Y، قد أعلنت' (X, one of Y's factions, had announced), 'سامي الوردي، وزير الدفاع، نفى'; an office
        keeps its holder's name between commas ('وكان المتحدث باسم الحكومة، سامي الوردي، أعلن')."""
        cut = next(
            (i for i, t in enumerate(tokens) if i and (t[3] in ONE_OF or tokens[i - 1][2][-1:] in "\u060c,")),
            len(tokens),
        )
        if tokens and tokens[0][3] in self.c.titles and cut < len(tokens):
            named = next((i for i in range(cut, min(cut + 4, len(tokens))) if tokens[i][2][-1:] in "\u060c,"), None)
            words = [t[3].strip(PUNCT) for t in tokens[cut : named + 1]] if named is not None else []
            # (a rank before the name, 'وكان الناطق باسم قوات النور، العميد الركن X، أعلن': the rank's words, then
            # the name of two to four words)
            words = words[self._leading_titles(words) :] if words and words[0] in RANKS else words
            if named is not None and 2 <= len(words) <= 4 and self._names_a_person(words):
                cut = named + 1
        tokens = tokens[:cut]
        if tokens and tokens[-1][2][-1:] in "\u060c,":
            last = tokens[-1]
            tokens[-1] = (last[0], last[1] - 1, last[2][:-1], fold_words(last[2][:-1].strip(PUNCT)))
        return tokens

    def _may_be_according_to(self, phrase: str, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether the words after 'وفق' can be whom a report is according to: 'وفق' is as often 'in accordance with'
        ('وفق الاتفاق', 'وفق القانون'), so a definite noun after it must name a body, an office or a source ('وفق
        الوزارة', 'وفق مصدر أمني', 'وفق سامي الوردي')."""
        if fold_words(phrase) not in (ACCORDING_WITH, "\u0648" + ACCORDING_WITH) or not tokens:
            return True
        first = tokens[0][3]
        kinds = self.c.titles | self.c.heads | self.c.refs
        return first[:2] != "\u0627\u0644" or first in kinds or first[2:] in kinds

    def _conjoined(self, word: str, fw: str) -> int:
        """1 when a word opening a clause has 'و' or 'ف' written onto a definite noun, an office or a body ('والوردي',
        'ووزارة'), else 0 (not 'والد', father, or 'والي', governor, whose first letter is their own)."""
        if word[:1] not in self.words.prefixes or fw[:1] not in self.words.prefixes:
            return 0
        rest = fw[1:]
        definite = rest[:2] == "\u0627\u0644" and len(rest) >= 5 and rest[:3] != "\u0627\u0644\u062f"
        return int(definite or rest in self.c.titles | self.c.heads | self.c.body_words)

    def _named_person(self, masked: str, span: tuple[int, int] | None, given: bool = False) -> bool:
        """Whether a subject after 'that' is a person's name of two to four plain words: 'قال X إن علي الكسلي زعم أن
        "..."' reports Ali's words, where 'رأى X أن العدوان يؤكد أن ...' (the aggression confirms) keeps X's.
        ``given``: a first word that name data knows as a given name is enough, without the article naming him before."""
        if span is None:
            return False
        tokens = self._tokens(masked, span[0], span[1])
        words = [t[3] for t in tokens]
        if not (2 <= len(words) <= 4 and all(self._name_word(w, i == 0) for i, w in enumerate(words))):
            return False
        if given and given_or_family_name(tokens[0][2].strip(PUNCT)):
            return True
        # (a person the article has named before: 'أن ضبط هذه الشحنة كشف' has a verbal noun, no name, before its verb)
        return any(e.person and fold_words(e.name).split(" ")[-1] == words[-1] for e in self.entities)

    def _body_subject(self, masked: str, span: tuple[int, int] | None) -> bool:
        """Whether a subject after 'that' is a body by its word ('الحركة', 'وزارة الدفاع الكسلية'), not a noun that
        says nothing ('العدوان يؤكد', the aggression confirms)."""
        if span is None:
            return False
        first = self._tokens(masked, span[0], span[1])[0][3]
        return first in self.c.body_words or first.removeprefix("\u0627\u0644") in self.c.body_words

    def _after_that(self, masked: str, sent: Sentence, verb_start: int) -> tuple[int, int] | None:
        """In Arabic, the noun 'أن' (that) takes before a verb with no subject after it: 'ذكرت X أن الحركة نفت'.

        The words between the last 'أن', 'بأن' or 'إن' and the verb: a plain noun phrase of one to six words.
        """
        tokens = self._tokens(masked, sent.start, verb_start)
        at = max((i for i, t in enumerate(tokens) if t[3] in BARE_THAT), default=None)
        if at is None:
            return None
        phrase = tokens[at + 1 :]
        if not phrase and at >= 2 and tokens[at - 1][3] == PREVIOUSLY:
            # 'أن الحركة سبق أن نفت' (that the movement had previously denied): the noun before 'سبق أن'
            at = max((i for i, t in enumerate(tokens[: at - 1]) if t[3] in BARE_THAT), default=None)
            if at is None:
                return None
            phrase = tokens[at + 1 : -2]
        if phrase and phrase[-1][3] == QAD:
            phrase = phrase[:-1]  # 'أن X قد نفى' (that X had denied): the particle before the past verb
        if len(phrase) > 1 and phrase[-1][3] in KANA:
            phrase = phrase[:-1]  # 'أن X كانت قد نفت' (that X had denied): 'was' before the particle
        office = bool(phrase) and phrase[0][3] in self.c.titles | self.c.heads
        if office and phrase[-1][2][-1:] in "\u060c,":  # 'أن المتحدث باسم X، سامي الوردي، وصف': the name set off
            last = phrase[-1]
            phrase[-1] = (last[0], last[1] - 1, last[2][:-1], last[3])
        if not 1 <= len(phrase) <= (12 if office else 6) or phrase[-1][2][-1:] in CUT_AFTER:
            return None
        if not office and any(t[2][-1:] in CUT_AFTER for t in phrase):
            return None  # ('إن القوات انسحبت، لكنه نفى': a clause ends at the comma; no noun phrase runs over it)
        # an office or an unnamed source keeps the 'في' or 'من' that ties it to its body or place ('أن مصادر في الوزارة
        # نفت', 'أن مصدرا مقربا من الحركة نفى', 'أن المتحدث باسم الوزارة في كسليا نفى'): without them the sentence's
        # relaying outlet was taken for the denier
        ties = (IN, OF) if office else ()
        if sum(t[3] in ties for t in phrase) > 1:
            ties = ()  # (one tie only: 'أن مصادر في لواء X في وقت سابق نفت', the second 'في' a time's, no body's)
        for _, _, word, fw in phrase:
            stop = fw in self.c.stops and fw not in ties
            if MASK in word or stop or self.c.verb.fullmatch(fw) or not fw.isalpha():
                return None
        return phrase[0][0], phrase[-1][1]

    def _sentence_subject(self, para: Paragraph, sent: Sentence) -> Speaker | None:
        """The subject of a sentence that opens with its verb: the words after its first word."""
        tokens = self._tokens(para.masked, sent.start, sent.end)
        opener = next((i for i, t in enumerate(tokens[:3]) if t[2][-1:] in "\u060c,"), None)
        # (not a verb and its subject before a comma: 'وجدد X، المتحدث باسم Y، نفيه', X renewed his denial)
        if opener is not None and not any(self.c.verb.fullmatch(t[3]) for t in tokens[:opener]):
            tokens = tokens[opener + 1 :]  # 'من جهتها، سارعت الحركة ...' (for its part): the verb follows the comma
        while tokens and tokens[0][3] in self.c.drop:
            tokens = tokens[1:]
        if not tokens:
            return None
        s_start, s_end = self._subject_region(para.masked, sent, tokens[0][0], tokens[0][1])
        if s_end <= s_start:
            return None
        return self.speaker(para.text[s_start:s_end], para, s_start, sent)

    def _attribute(self, para: Paragraph, read: ReadSentence, q: Quote) -> Attribution | None:
        before = [a for a in read.acts if a.end <= q.start and a.speaker is not None and a.kind != "according"]
        between = fold_words(para.masked[before[-1].subject_end : q.start]).split() if before else []
        if before and before[-1].claimed and len(between) > 2 and between[0].strip(PUNCT) not in THAT_OF:
            # ('ما قاله X، إن إسرائيل لديها "..."' quotes X; 'ما أوردته الوكالة محض اختلاق ويأتي "..."' goes on in the
            # words of the one calling it so, the claimed words ended)
            before = [a for a in before if not a.claimed]
        elif before and before[-1].claimed and self._claim_is_subject(para, before[-1], between):
            # ('وقال X إن ما أوردته حركة النور يعد "كذبا محضا"'): the claimed words, the subject of the speaker's clause
            # after 'that', and the quotation their predicate, X's verdict on them, however few words between
            before = [a for a in before if not a.claimed]
        according = [a for a in read.acts if a.speaker is not None and a.kind == "according"]
        guessed = bool(before) and before[-1].speaker is not None and before[-1].speaker.how.startswith("no subject")
        if guessed and according:
            # 'ادعى ... إن "..." حسب قول الموقع': a verb with no subject of its own, and the source named
            return Attribution(q, according[0].speaker, "according to", read.sentence)  # type: ignore[arg-type]
        noun_said = self._said_in_a_verbal_noun(para, read.sentence, q) if self.words.verb_first else None
        if noun_said is not None and (not before or (between[:1] and between[0].strip(PUNCT) in THAT)):
            # (also after a verb of saying whose 'إن' opens a clause of its own: 'وقال X إن ذلك جاء بعد إعلان الوزارة
            # أن "..."', the ministry's words, which X tells of; not 'وقال X بعد إعلان الوزارة أن "..."', X's)
            return Attribution(q, noun_said, "the subject of a verbal noun of saying", read.sentence)
        if before:
            act = before[-1]
            # (the act of 'ذكر' before 'على لسان X أنه قال:', or of 'قال' after it)
            tongue = next(
                (
                    t
                    for a in before[-2:][::-1]
                    if self.words.verb_first and (t := self._quoted_by_the_tongue(para, read, a, q))
                ),
                None,
            )
            if tongue is not None:
                return Attribution(q, tongue, "named after 'by the tongue of'", read.sentence)
            other = self._claim_of_another(para, read, act, q) if self.words.verb_first else None
            if other is not None:
                return Attribution(q, other, "the claim of one named before it", read.sentence)
            return Attribution(q, act.speaker, "attributed before it", read.sentence)  # type: ignore[arg-type]
        after = [a for a in read.acts if a.start >= q.end and a.speaker is not None and a.kind != "according"]
        if after:
            return Attribution(q, after[0].speaker, "attributed after it", read.sentence)  # type: ignore[arg-type]
        if noun_said is not None:
            return Attribution(q, noun_said, "the subject of a verbal noun of saying", read.sentence)
        if according and self._past_lead_source(para, read.sentence, according[0], q):
            return None
        if according:
            return Attribution(q, according[0].speaker, "according to", read.sentence)  # type: ignore[arg-type]
        return None

    def _quoted_by_the_tongue(self, para: Paragraph, read: ReadSentence, act: ReadAct, q: Quote) -> Speaker | None:
        """In Arabic, the one named after 'على لسان' (by the tongue of) between a verb of saying or relaying and the
        quotation: 'ونقلت الوكالة على لسان X قوله: "..."', 'ذكر مقال على لسان X أنه قال: "..."' quote X, whose words
        the report gives (and who may deny them), not the report. Only 'his saying', 'that he said', 'that' or a colon
        stand between the name and the quotation; the report's own subject, a few words, between the verb and it."""
        tokens = self._tokens(para.masked, act.end, q.start)
        at = next(
            (j for j in range(min(len(tokens) - 1, 7)) if [t[3] for t in tokens[j : j + 2]] == BY_THE_TONGUE), None
        )
        if at is None or any(t[2][-1:] in ".:" or MASK in t[2] for t in tokens[:at]):
            return None
        owner = self._tongues_owner(para, tokens[at + 2 :])
        if owner is None:
            return None
        _, o_start, o_end = owner
        if self._own_spokesman(fold_words(para.text[o_start:o_end]).split(), act):
            return None  # ('وقالت الوزارة على لسان المتحدث باسمها': a body through its own spokesman, its own words)
        between = [w.strip(PUNCT) for w in fold_words(para.masked[o_end : q.start]).split()]
        if len(between) > 3 or any(w not in TONGUE_SAYS for w in between if w):
            return None
        return self.speaker(para.text[o_start:o_end], para, o_start, read.sentence)

    def _named_doer(self, label: str) -> bool:
        """Whether the subject of a deed, read for a verb of saying joined after it, names one who may speak: a
        person's name, or an office's or a body's word first ('سامي حمدان', 'وزيرة الدفاع', 'كتائب كيسل'); not a
        thing or a number of the dead ('قذيفة', 'ثلاثة أشخاص')."""
        label = label.strip(PUNCT)
        if "\u064b" in label:
            return False  # ('وعد قائد الجيش الجنود خيراً، وقال': the words ran on into the deed's object, 'خيراً')
        first = fold_words(label).split(" ")[0] if label else ""
        heads = {first, first.removeprefix("\u0627\u0644")}
        return bool(heads & (self.c.titles | self.c.heads | self.c.body_words)) or looks_like_a_persons_name(label)

    @staticmethod
    def _own_spokesman(owner: list[str], act: ReadAct) -> bool:
        """Whether folded ``owner`` words speak for the act's own subject: 'المتحدث باسمها' (on its behalf), or
        'باسم' and a word of the subject's name ('المتحدث باسم الوزارة' after 'وقالت الوزارة')."""
        at = next((k for k, w in enumerate(owner) if w.startswith(IN_NAME_OF)), None)
        if at is None:
            return False
        named = set(fold_words(act.speaker.label).split()) if act.speaker is not None else set()
        return owner[at] != IN_NAME_OF or bool(named & set(owner[at + 1 :]))

    def _tongues_owner(
        self, para: Paragraph, rest: list[tuple[int, int, str, str]]
    ) -> tuple[Paragraph, int, int] | None:
        """Where the one named in the Arabic tokens after 'على لسان' is: a person or a body who may deny, or a name on
        file; None where the words name no such one."""
        k = self._cut_subject(rest)
        phrase = para.text[rest[0][0] : rest[k - 1][1]].strip(PUNCT) if k else ""
        if not phrase or not (self._named_doer(phrase) or self.index.lookup(phrase) is not None):
            return None
        start = para.text.index(phrase, rest[0][0])
        return para, start, start + len(phrase)

    def _said_in_a_verbal_noun(self, para: Paragraph, sent: Sentence, q: Quote) -> Speaker | None:
        """In Arabic, who speaks a quotation that follows a verbal noun of saying, its subject, and 'أن' after a word
        of time ('جاء ذلك بعد إعلان مسؤولين كسليين أن "..."', after Kesslian officials announced that): the noun's
        subject, as the verb's would be. The time word makes the noun an earlier statement the article tells (not
        the topic of a claim: 'ينفي إعلان X أن ...'); the subject is a plain noun phrase of one to five words."""
        tokens = self._tokens(para.masked, sent.start, q.start)
        if len(tokens) < 4 or tokens[-1][3] not in BARE_THAT:
            return None
        at = next(
            (k for k in range(len(tokens) - 3, max(len(tokens) - 8, 0), -1) if tokens[k][3] in SAYING_NOUNS_AR),
            None,
        )
        if at is None or tokens[at - 1][3] not in TIME_BEFORE_AR:
            return None
        phrase = tokens[at + 1 : -1]
        for _, _, word, fw in phrase:
            if MASK in word or word[-1:] in "\u060c,:\u061b." or fw in self.c.stops or self.c.verb.fullmatch(fw):
                return None
        start, end = phrase[0][0], phrase[-1][1]
        first = phrase[0][2]
        if first[:1] == "\u0644" and given_or_family_name(first[1:]):
            start += 1  # ('بعد تصريح لسامي حمدان أن', a statement of Sami Hamdan's: 'لـ' is no part of his name)
        elif first[:1] == "\u0644" and fold_words(first).startswith("\u0644\u0644"):
            return None  # ('بعد تصريح للوزارة أن': the body's name has lost its article to 'لـ', no label to cite)
        found = self.speaker(para.text[start:end], para, start, sent)
        return found if found is not None and "read as" not in found.how else None

    def _past_lead_source(self, para: Paragraph, sent: Sentence, act: ReadAct, q: Quote) -> bool:
        """Whether a Persian quotation stands past the comma of the reporter's lead that names its only source, with
        the sentence's own subject between ('به گزارش X به نقل از خبرگزاری Y، Z نسبت به گزارش ... درباره «...» واکنش
        نشان داد'): the lead tells whose report the sentence is, as it never tells what was denied, and words in marks
        after Z, with no verb of saying, are Z's topic (a report's words, a title), not Y's. Right after the comma
        ('به نقل از Y، «...»') the quotation is still the source's."""
        if self.words.verb_first or not self.c.sourcing.match(fold_words(para.masked[sent.start : act.start + 12])):
            return False
        marks = [i for i in (para.masked.find(c, act.end, q.start) for c in "\u060c,") if i >= 0]
        return bool(marks) and len(fold_words(para.masked[min(marks) + 1 : q.start]).split()) >= 2

    def _claim_is_subject(self, para: Paragraph, act: ReadAct, between: list[str]) -> bool:
        """Whether a claimed act's 'ما' (what) opens a clause after 'that' ('إن ما أوردته X', that what X reported ...):
        what X said is then the clause's subject, and words after it its predicate; not where 'من أن' (that) gives
        X's words next ('إن ما أوردته X من أن "..."'). 'كل' (all) may stand before 'ما': 'إن كل ما صدر عن X'."""
        if not self.words.verb_first or any(w.strip(PUNCT) in THAT_OF for w in between):
            return False
        lead = fold_words(para.masked[max(0, act.start - 30) : act.start]).split()
        if len(lead) >= 3 and lead[-2] == ALL_AR:
            lead = lead[:-2] + lead[-1:]
        return len(lead) >= 2 and lead[-1] in WHAT_AR and lead[-2].strip(PUNCT).removeprefix("\u0648") in BARE_THAT

    def _claim_of_another(self, para: Paragraph, read: ReadSentence, act: ReadAct, q: Quote) -> Speaker | None:
        """The one whose claim a quotation gives, when a speaker answers it: 'نفى X تصريحات خالد الكسلي بأن "..."'
        quotes Khalid, not X. None when no claim of another, named, stands between the verb and the quotation."""
        if fold_words(para.masked[act.start : act.end].strip(PUNCT)) in DEEMING:
            # ('ووصف X الاتهامات بقصف المطار بأنها "كاذبة"': after a verb of describing or deeming, 'بأن' gives the
            # speaker's own verdict on its object, no claim's words, and what stands before it is no claimant)
            return None
        between, where = folded(para.masked[act.subject_end : q.start])
        words = [(m.start(), m.end(), m.group().strip(PUNCT)) for m in re.finditer(r"\S+", between)]
        that = next((i for i in range(len(words) - 1, max(-1, len(words) - 5), -1) if words[i][2] in THAT_OF), None)
        if that is None:
            return None
        # ('من أن', 'عن أن', 'على أن', that: the preposition a verb of saying takes before it)
        owner_end = that - 1 if that and words[that - 1][2] in BEFORE_THAT else that
        # (the owner's name: two to four words between the claim and 'that')
        claim = next((i for i in range(owner_end - 3, max(-1, owner_end - 6), -1) if words[i][2] in CLAIMS_OF), None)
        if claim is None or (claim and words[claim - 1][2] == IN):
            return None  # ('كشف X في تصريحات صحفية عن أن', in press statements: the speaker's own)
        start, end = (
            act.subject_end + where[words[claim + 1][0]],
            act.subject_end + where[words[owner_end - 1][1] - 1] + 1,
        )
        other = self.speaker(para.text[start:end], para, start, read.sentence)
        return None if other is None or other.same(act.speaker) else other

    def _relayed_inside(self, masked: str, act: ReadAct, acts: list[ReadAct]) -> bool:
        """Whether ``act`` is a source named after 'according to' or 'quoting' ('به نقل از Y', 'نقلا عن Y') inside the
        clause that another act's verb of saying reports ('X اعلام کرد که رسانه‌ها به نقل از Y ...', 'قالت X إن مواقع
        نشرت نقلا عن Y ...'): Y is the source of what that clause tells, not the one who says the sentence."""
        if act.kind not in ("according", "relay"):
            return False
        for other in acts:
            if other is act or other.kind != "verb" or other.speaker is None or other.end > act.start:
                continue
            if max(other.end, other.subject_end) > act.start:
                continue
            between = masked[max(other.end, other.subject_end) : act.start]  # (past a verb-first subject)
            words = fold_words(between).split(" ")
            # (the Arabic 'that' after words that tell where or when it was said: 'قالت X في بيان إن مواقع نشرت نقلا
            # عن Y'; a Persian clause with its 'که' left out: 'X گفت رسانه‌ها به نقل از Y ...', not after 'و', 'اما')
            opens = next((k for k, w in enumerate(words[:5]) if w == THAT_KE_FA or w in BARE_THAT), None)
            that = (opens == 0 or (opens is not None and self.words.verb_first)) or (
                not self.words.verb_first and opens is None and len(words) >= 2 and words[0] not in AND_BUT_FA
            )
            if that and not re.search(r"[.:;\u061b!?\u061f]", between):
                return True
        return False


def _feminine_past(verb: str) -> bool:
    """Whether an Arabic past verb is feminine, its 'ت' written on ('قالت', 'أكدت', 'نقلت'; not 'قال', 'أكد')."""
    return fold_words(verb).endswith("\u062a")


def _cut_within(tokens: list[tuple[int, int, str, str]]) -> bool:
    """Whether a mark that ends a subject ends one of ``tokens`` (a comma, a colon, a closing mark), other than the
    closing mark of a name set in marks among them ('صحيفة "الأفق" الكسلية', a paper named in marks, runs on)."""
    opened = False
    for _, _, word, _ in tokens:
        opened = opened or word[:1] in '"\u201c\u00ab'
        if word[-1:] in '"\u201d\u00bb' and opened:
            opened = False
            continue
        if word[-1:] in CUT_AFTER:
            return True
    return False
