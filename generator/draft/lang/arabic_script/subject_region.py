"""The Arabic-script reader's third stage: the stretch of a sentence where a verb's subject may stand.

:class:`SubjectRegionStage` finds, for each verb of saying, the words before or after it that can hold its subject (past
asides, times, 'while' clauses, a label before a colon, objects fronted in Persian), which the stage below then cuts.
"""

from __future__ import annotations

import itertools
import re

from generator.draft.discourse import Speaker
from generator.draft.lang import is_headline
from generator.draft.lang.arabic_script.patterns import (
    A_WHILE_FA,
    ABD,
    ABOUT_IT,
    ACCUSING,
    ADDING_FA,
    ADDRESSING,
    AGO_FA,
    AND_FA,
    ANSWERS_ON,
    AS_FOR_THE_CLAIM_FA,
    BARE_AN,
    BOTH_FA,
    BUT_FA,
    BYLINE_DASH,
    CALLING_ON,
    CLAIM_HEADS_FA,
    CLAUSE_END_FA,
    CLAUSE_VERBS,
    CLOSERS,
    CUT_AFTER,
    DASH_TAG,
    DATELINE,
    DATELINE_COLON,
    DAY_NUMBERS_FA,
    DEEMING,
    DEFINITE,
    DEMONSTRATIVES_AR,
    DENIAL_NOUN_FA,
    DETERMINERS_FA,
    DISCOURSE_OPENERS_FA,
    EVENT_OPENERS_FA,
    EVENT_OPENERS_JOINED_FA,
    EZAFE_FA,
    FROM_FA,
    FROM_THIS_FA,
    GEREFT_PAIR_FA,
    GLUED_FROM_THIS_FA,
    HONORIFICS_AR,
    IN,
    IN_FA,
    IN_IT,
    LEAD_DASH_TAG,
    MODAL_OR_VERB_FA,
    NO_SUBJECT_BEFORE_THIS_FA,
    OF_GOD,
    OFFICE_ADJECTIVES,
    ON,
    ONE_FA,
    OPENERS,
    OTHER_FA,
    PARTICIPLES_FA,
    PERSON_OBJECT_AR,
    PLACE_AGENCY_TAG,
    PLACE_WORDS_AR,
    PLURAL_WORDS_FA,
    PREPOSITIONS_FA,
    PUNCT,
    PUNCT_NO_MARKS,
    RA,
    REMARKS_AR,
    REPORTERS_FA,
    SAID_BY,
    SAID_FA,
    SATURDAY_FA,
    SELF_FA,
    SLASH_TAG,
    SOURCE_NOUNS_AR,
    SPAN_AFTER_FA,
    SPAN_NUMBERS_FA,
    SPAN_ONE_WORD_FA,
    SPAN_UNITS_FA,
    STATE_FORMS_FA,
    STATEMENT_OF_AR,
    TALKS_FA,
    THAT_FA,
    THAT_KE_FA,
    THAT_KE_RAW,
    THIS_FA,
    THIS_THAT_FA,
    TIMES_AR,
    TO_OUTLET,
    TOO_FA,
    TURNS_AR,
    VERBAL_NOUN_FA,
    VERBAL_NOUNS,
    WHILE_FA,
    WHILE_OPENS_FA,
    WHOLE_OF_FA,
    WORD_TAG,
    ends_clause_fa,
)
from generator.draft.lang.arabic_script.plain_text import definite_noun, territory_fa, without_ezafe
from generator.draft.lang.arabic_script.subjects import SubjectsStage
from generator.draft.lang.arabic_words import fold_words
from generator.draft.names import given_or_family_name, looks_like_a_persons_name, name_key
from generator.draft.text import MASK, Paragraph, Sentence

# The most words a Persian verb of saying takes ('تأکید کرده بود', had insisted)
_VERB_WORDS = 3


class SubjectRegionStage(SubjectsStage):
    """The words around a verb of saying that may hold its subject."""

    def _addressee_at(self, tokens: list[tuple[int, int, str, str]]) -> int:
        """In Arabic, where whom a verb of addressing addresses begins, after its subject ('وخاطب البيان الحكومة
        الكسلية بالقول', 'وخاطب سامي الوردي الكسليين قائلا'): at 'by saying', or at a definite noun (no adjective of
        origin) after a definite word ('البيان الحكومة', 'المتحدث باسم الحركة الحكومة') or after a name of two words
        or more with no article and no office ('سامي الوردي الحكومة'), an office before the name or not ('الأمين العام
        سامي الوردي الحكومة', 'رئيس الحركة سامي الوردي أنصار الحركة': a name ends the subject); the subject is the
        words before it."""

        def plain(w: str) -> bool:  # a word of a person's name: no article, no office, body or stop word
            return not w.startswith(DEFINITE[0]) and not any(
                w in s for s in (self.c.titles, self.c.heads, self.c.body_words, self.c.stops)
            )

        for i, t in enumerate(tokens):
            if t[3] in SAID_BY:
                return i
            # (the words of a name right before: two at least, after an office or at the start, and not 'عبد' before
            # 'الله', one given name)
            run = next((k for k in range(i) if not plain(tokens[i - 1 - k][3])), i)
            named = run >= 2 and tokens[i - 1][3] not in ABD and t[3] not in OF_GOD
            if (
                named
                and not definite_noun(t[3])
                and (plain(t[3]) or t[3] in self.c.heads)  # ('سكان المدينة', the city's residents)
                and i + 1 < len(tokens)
                and definite_noun(tokens[i + 1][3])
                and not given_or_family_name(t[2].strip(PUNCT))
            ):
                return i  # ('(رئيس الحركة) سامي الوردي أنصار الحركة': a noun before a definite one, whom it addresses)
            if not i or not definite_noun(t[3]) or tokens[i - 1][3] in ABD:
                continue  # (nor 'الله' after 'عبد': 'سامي عبد الله الحكومة' addresses the government)
            if named and run < i:
                return i  # 'الأمين العام سامي الوردي الحكومة': after the office, the name, then whom it addresses
            # (after 'لل' too, the article after 'of': 'وخاطب الأمين العام للحركة الحكومة'; not the adjective of the
            # office or body before it: 'وخاطب الأمين العام ...')
            if tokens[i - 1][3].startswith((DEFINITE[0], DEFINITE[3])) and t[3] not in OFFICE_ADJECTIVES:
                return i
            before = [w[3] for w in tokens[:i]]
            if (
                i >= 2
                and not any(w.startswith(DEFINITE[0]) for w in before)
                # (each word looked up in each list: no union of the lists built for every word)
                and not any(
                    w in s for s in (self.c.titles, self.c.heads, self.c.body_words, self.c.stops) for w in before
                )
            ):
                return i
        return len(tokens)

    def _these_sources(self, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether the Arabic words after a verb are a demonstrative and an unnamed source with its article ('هذه
        المصادر', 'هذا المصدر', 'هذا المسؤول'): one who speaks, named before, not the object denied."""
        if len(tokens) < 2 or tokens[0][3] not in DEMONSTRATIVES_AR:
            return False
        noun = tokens[1][3].strip(PUNCT)
        return noun.startswith("\u0627\u0644") and noun[2:] in SOURCE_NOUNS_AR

    def _second_present_verb(self, verb: str, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether the word after a present verb is a second present verb joined to it by 'و' ('يؤكد ويكرر', 'تنفي
        وتستنكر'): it opens with 'و' and the first verb's own prefix ('ي' or 'ت'), where a subject never opens with
        'and'; not a word of a name or an office that opens so ('وزير', 'وليد': their second letter is none of those)."""
        folded = fold_words(verb.strip(PUNCT))
        bare = self._unjoined(folded)
        if len(tokens) < 2 or bare[:1] not in ("\u064a", "\u062a") or len(bare) < 3:
            return False
        word = tokens[0][3]
        return (
            len(word) >= 4
            and word[0] == "\u0648"
            and word[1] == bare[0]
            and word.isalpha()
            and tokens[0][2][-1:] not in PUNCT
        )

    def _subject_region(
        self, masked: str, sent: Sentence, verb_start: int, verb_end: int, after: int | None = None
    ) -> tuple[int, int]:
        """Where the words of a verb's subject are, by the language's word order.

        ``after``: the end of the sentence's verb of saying before this one; in Persian, when that verb's
        quotation follows it, this verb's subject comes after ('X گفت «...» و Y گفت «...»').
        """
        if self.words.verb_first:
            tokens = self._tokens(masked, verb_end, sent.end)
            if len(tokens) > 1 and not tokens[0][2].strip(OPENERS + CLOSERS):
                # 'نفى" حزب X"' (a name's opening mark typed against the verb): the name follows, closed within a few
                # words (not 'وأضاف" السلطات ستحقق ..."', a quotation so opened, whose speaker is the last one)
                closing = next(
                    (j for j, t in enumerate(tokens[1:6], 1) if t[2].rstrip(PUNCT_NO_MARKS)[-1:] in CLOSERS), None
                )
                if closing is not None and closing <= 4:
                    tokens = tokens[1:]
            if len(tokens) > 1 and tokens[0][3] in IN_IT | ABOUT_IT:
                tokens = tokens[1:]  # 'في بيان نفت فيه الوزارة ...' (in a statement in which the ministry denied)
                # (and 'خسائر كشف عنها الحوثيون', losses the Houthis revealed: 'عنها' is no part of who revealed them)
            while len(tokens) > 1 and tokens[0][3] in self.c.drop and tokens[0][2][-1:] not in CUT_AFTER:
                tokens = tokens[1:]  # 'ونفى مرارا X', 'وقال أيضا X': 'also' or an adverb before the subject
            if self._second_present_verb(masked[verb_start:verb_end], tokens):
                tokens = tokens[1:]  # 'إنه يؤكد ويكرر أن ...' (confirms and repeats): a second verb, no subject
            tokens = self._past_aside(tokens)
            if self._these_sources(tokens):
                # 'نفت هذه المصادر الأنباء' (these sources denied the reports): the sources described before are the
                # subject, not the object a demonstrative after the verb usually opens ('نفت هذه الأنباء')
                return tokens[0][0], tokens[1][1] - (len(tokens[1][2]) - len(tokens[1][2].rstrip(PUNCT)))
            if len(tokens) > 2 and TO_OUTLET.match(tokens[0][2]) and not self._group_in_marks(tokens):
                # 'وقال لـ"النهار" سامي الوردي' (told al-Nahar, Sami al-Wardi said): the outlet told, in its marks,
                # then the subject, as after 'وقال سامي الوردي لـ"النهار"'
                mark_end = next(
                    (j for j, t in enumerate(tokens[:6]) if t[2].rstrip(PUNCT_NO_MARKS)[-1:] in CLOSERS), None
                )
                if mark_end is not None and mark_end + 1 < len(tokens):
                    tokens = tokens[mark_end + 1 :]
            elif len(tokens) > 2 and tokens[0][3][:1] == "\u0644" and tokens[0][3][1:] in self.c.outlet_words:
                tokens = tokens[self._after_outlet_told(tokens) :]  # 'وقال لقناة النهار سامي الوردي' (told al-Nahar)
            elif self._told_who(tokens, 0):
                return verb_end, verb_end  # 'وقال لسامي الوردي الذي التقاه ...': the one told; the speaker goes on
            if len(tokens) > 2 and [t[3] for t in tokens[:2]] == ["\u0643\u0644", "\u0645\u0646"]:
                tokens = tokens[2:]  # 'نفت كل من الحركة والوزارة' (both the movement and the ministry): the first
            if len(tokens) > 2 and fold_words(masked[verb_start:verb_end]) in VERBAL_NOUNS:
                # 'نفي قاطع من الحركة' (a firm denial by the movement): the agent after 'من', not the adjective
                by = next((i for i, t in enumerate(tokens[:3]) if t[3] == "\u0645\u0646"), None)
                # (not the verb 'نفى' with a source close to a body: 'من جهته، نفى مصدر مقرب من الحركة')
                close_to = by is not None and by > 0 and tokens[by - 1][3] + " " + tokens[by][3] in self.c.partitive
                if by is not None and by > 0 and not close_to and tokens[0][3] not in self.c.heads | self.c.titles:
                    tokens = tokens[by + 1 :]
            if fold_words(masked[verb_start:verb_end]) in ANSWERS_ON:
                # ('وعلق العميد على سامي الوردي بالقول', 'ورد الشيخ على أنور الحسني قائلا'): commenting and answering
                # take 'على', on what or whom; after them 'على' after an honorific is that preposition, not the given
                # name Ali typed so (:meth:`_ali_is_a_name`), and the subject ends before it
                on = next(
                    (j for j, t in enumerate(tokens[1:4], 1) if t[3] == ON and tokens[j - 1][3] in HONORIFICS_AR), 0
                )
                tokens = tokens[:on] if on else tokens
            by_saying = next((j for j, t in enumerate(tokens) if j and t[3] in SAID_BY), None)
            if by_saying is not None:
                # ('وردت وزارة الخارجية الكسلية بالقول إن ...', answered by saying): 'by saying' opens what is said; the
                # subject, a body with its adjectives, ends before it, whatever the verb
                tokens = tokens[:by_saying]
            addressing = fold_words(masked[verb_start:verb_end])
            if addressing in ADDRESSING or addressing[1:] in ADDRESSING:
                tokens = tokens[: self._addressee_at(tokens)]
            if tokens and tokens[0][3] in self.c.acts:
                # 'قائد العمليات أعلن انتهاء الهدنة' (announced the truce's end): a verbal noun opens the object; the
                # subject, if the sentence names one, stands before the verb
                return verb_end, verb_end
        else:
            begin = sent.start
            if after is not None and MASK in masked[after:verb_start]:  # the verb before said a quotation
                tokens = self._tokens(masked, after, verb_start)
                while tokens and (MASK in tokens[0][2] or tokens[0][3] in self.c.drop or not tokens[0][3]):
                    tokens = tokens[1:]
                n = self._cut_subject(tokens)
                if n:
                    return tokens[0][0], tokens[n - 1][1]
                return verb_end, verb_end  # 'X گفت: «...» و افزود: «...»': the same speaker goes on
            spoken = fold_words(masked[after:verb_start]).split() if after is not None else []
            adding = fold_words(masked[verb_start:verb_end]).startswith(ADDING_FA)
            if adding and len(spoken) > 2 and spoken[0] == THAT_KE_FA and spoken[-1] == AND_FA:
                # 'X تأکید کرد که Y ... رفته است و افزود: ...' (and added): the clause after 'که' was X's words, its
                # subject Y none of the verb after 'و', whose speaker goes on as after a quotation; only a verb of
                # adding or going on, not 'که روزنامه X گزارشی منتشر کرده و مدعی شده بود' (published and claimed),
                # whose clause goes on with its own subject
                return verb_end, verb_end
            region = fold_words(masked[sent.start : verb_start])
            lead = self.c.sourcing.search(region)
            if lead is not None and not any(
                m in region[: lead.start()] for m in "\u060c,\u061b"
            ):  # 'به گزارش ... به نقل از ...، X گفت': X opens the sentence after the lead
                marks = ("\u060c", ",", "\u061b")  # ('به گزارش X؛ Y گفت', a semicolon after the lead)
                commas = [i for i in (masked.find(m, sent.start, verb_start) for m in marks) if i >= 0]
                bare = self._after_bare_lead(masked, sent.start, verb_start)
                # (a comma after the subject's own words is not the lead's: 'به گزارش X Y سفیر ... امروز با ارسال
                # نامه‌ای به ...، گزارش را رد کرد', a stop word between the subject found and the comma)
                if bare > sent.start and commas and bare < min(commas):
                    after_subject = self._tokens(masked, bare, min(commas))
                    commas = commas if not any(t[3] in self.c.stops for t in after_subject) else []
                begin = min(commas) + 1 if commas else bare
                if commas:
                    # 'به گزارش خبرگزاری کسلان ـ کسنا ـ دوریان کسلان، سخنگوی جنبش نور، گفت': the lead ends at the
                    # agency's tag between dashes; the name before the comma is the subject, not the lead's
                    tags = list(LEAD_DASH_TAG.finditer(masked, sent.start, min(commas)))
                    if tags and self._tokens(masked, tags[-1].end(), min(commas)):
                        begin = tags[-1].end()
                else:
                    # ('به گزارش خبرگزاری اهل‌بیت(ع) ـ ابنا ـ وزارت کشور کسلیا ... را تکذیب کرد', no comma at all): the
                    # agency's tag between dashes, a few words into the lead, ends it; the lead's words were read as
                    # the subject, and the statement was lost
                    tag = LEAD_DASH_TAG.search(masked, sent.start, verb_start)
                    if (
                        tag is not None
                        and len(self._tokens(masked, sent.start, tag.start())) <= 7
                        and self._tokens(masked, tag.end(), verb_start)
                    ):
                        begin = tag.end()
            dateline = DATELINE.match(masked, begin, verb_start)
            if dateline and fold_words(dateline.group(1)) in self.c.outlet_words:
                begin = dateline.end()  # 'خبرگزاری X-یکی از ... گفت': the outlet's dateline, then the subject
            dateline = DATELINE_COLON.match(masked, begin, verb_start)
            if dateline and fold_words(dateline.group(1)) in self.c.outlet_words:
                begin = dateline.end()  # 'آژانس X: Y ... را تکذیب کرد': the outlet's name and a colon, then the report
            elif (
                dateline
                and after is None
                and not is_headline(sent.paragraph, self.first)
                and self._subject_after_label(masked, dateline.end(), verb_start)
            ):
                # ('وزیر خارجه کسلیا: مقامات نوری حمله را تکذیب کردند', 'سخنگوی دولت: وزارت خارجه اعلام کرد که ...'):
                # a speaker's label and a colon, then words with a subject and a verb of their own; the label's speaker
                # only reports what that subject said or denied (not 'X: حمله را تکذیب کرد', X's, its object before
                # 'را'); in the body only: a headline so written is the label's speaker's quotation, whose words any
                # denial drafted from it would cite under another name
                begin = dateline.end()
            elif (
                (word_tag := WORD_TAG.match(masked, begin, verb_start))
                and not masked[:begin].strip()
                and not PLACE_AGENCY_TAG.match(masked, begin, verb_start)  # ('کسلا - کسنا - X': a place, an agency)
                and after is None
                and not is_headline(sent.paragraph, self.first)
                and self._subject_after_label(masked, word_tag.end(), verb_start)
            ):
                # ('ایسنا: سخنگوی دولت ... را تکذیب کرد', 'ایسنا - X گفت ...'): an outlet's one-word tag at the head of
                # the paragraph credits the report; the subject after it, with a verb of its own, speaks (as after a
                # speaker's label above); the outlet's own words after its tag, no subject in them, stay its
                begin = word_tag.end()
            tag = (
                (
                    SLASH_TAG.match(masked, begin, verb_start)
                    or PLACE_AGENCY_TAG.match(masked, begin, verb_start)
                    or DASH_TAG.match(masked, begin, verb_start)
                )
                if not masked[:begin].strip()
                else None
            )
            if tag:
                begin = tag.end()  # 'مهر/ X ... گفت', 'ایرنا- X ... گفت': the agency's tag, then the subject
            between = self._tokens(masked, after, verb_start) if after is not None else []
            if after is not None and after > begin and not any(t[3] for t in between):
                # 'X در حالی که Y ... تکذیب کرده، گفت' (X, while Y had denied it, said): the subject before the clause
                before = self._tokens(masked, begin, after)
                w = next((k for k, t in enumerate(before) if self._opens_while([x[3] for x in before[k : k + 3]])), 0)
                n = self._cut_subject(before[:w]) if w else 0
                if n:
                    return before[0][0], before[n - 1][1]
            if after is not None and after > begin and not self.words.verb_first:
                # ('یکی از نمایندگان که تأکید داشت نامش ذکر نشود، گفت', one of the MPs, who insisted that his name not
                # be given, said): the verb of saying before stands right after 'که', in a clause that describes the
                # subject before it; the subject is there, not in what the clause's verb said
                # (the clause set in brackets too: 'X ( که تأکید داشت ...) گفت')
                before = [t for t in self._tokens(masked, begin, after) if t[2] != "("]
                ke = max((k for k, t in enumerate(before) if t[3].lstrip("(") == THAT_KE_FA), default=-1)
                n = self._cut_subject(before[:ke]) if ke > 0 and len(before) - ke - 1 <= _VERB_WORDS else 0
                if n and n == ke:
                    return before[0][0], before[n - 1][1]
            said_before = after is not None and after > begin
            if after is not None and said_before:
                closes = self._while_claim_closes(masked, begin, after, verb_start)
                begin = after  # 'X گفت که ... را رد می‌کند': a verb of saying before it is never part of its subject
                if closes is not None:  # (the claim is the while clause's, closed: no longer 'X گفت که ...')
                    begin, said_before = closes, False
            clause = masked.rfind("\u061b", begin, verb_start)
            if clause >= 0 and not self._subject_then_semicolon(masked, begin, clause, verb_start):
                begin = clause + 1  # '...؛ X با بیان این مطلب گفت': a semicolon ends the clause before the subject's
                # ('باشگاه خبرنگاران کسلیا؛ رامین دلاوری - جنبش نور ... را تکذیب کرد': the outlet's name opens the
                # paragraph, the semicolon after it, then the reporter's byline and a dash; the subject follows)
                outlet = masked[:clause].split()
                byline = BYLINE_DASH.match(masked, begin, verb_start)
                if byline and 1 <= len(outlet) <= 4 and not self.c.verb.search(fold_words(masked[:clause])):
                    begin = byline.end()
            begin = self._after_while(masked, begin, verb_start)
            formula_opens = WHILE_OPENS_FA.match(masked, begin, verb_start)
            if formula_opens:
                # ('این در حالیست که X، که به Y سفر کرده بود، گفته که ...', this while X ... said): the formula opens
                # the sentence and names no one; the subject follows its 'که', whatever clause describes it after
                begin = formula_opens.end()
            begin = self._after_the_claim_set_out(masked, sent.start, begin, verb_start)
            that = [m.end() for m in THAT_KE_RAW.finditer(masked[begin:verb_start])]
            if that:  # '... آمده است که روزنامه X ... مدعی شده بود': the clause after 'که' has its own subject,
                tokens = self._tokens(masked, begin + that[-1], verb_start)  # unless it has none or is a relative
                k = self._cut_subject(tokens)  # clause closed before the verb ('X ... که ... است، ... گفت')
                # (not closed by a comma before an office set beside the name: 'که X، عضو مجلس، اعلام کرده')
                # nor after 'این در حالی است که' (this while): no noun before 'که' for a relative clause to describe
                formula = WHILE_FA.search(fold_words(masked[begin : begin + that[-1]]))
                # (or by a comma right before the verb: 'X که نخواست نامش فاش شود، گفت' describes X)
                closed = bool(k) and bool(
                    (
                        tokens[k - 1][2][-1:] in "\u060c,"
                        and (k == len(tokens) or tokens[k][3] not in self.c.titles)
                        and not formula
                    )
                    or self.c.verb.search(fold_words(masked[tokens[0][0] : tokens[k - 1][1]]))
                )
                # ('X این ادعا را که ... رد کرد': 'که' after the object, or after a claim word, opens a clause that
                # says what the object is; the verb's subject is before it)
                said_of = fold_words(masked[begin : begin + that[-1]]).split(" ")[-2:-1]
                # (unless the clause takes it up again before the verb: 'ادعایی که X آن را رد کرد', a claim X rejected)
                # (and with a judgement between 'را' and the verb: 'ادعایی که X آن را بی‌اساس خواند', X called baseless)
                taken = next(
                    (
                        j
                        for j in range(len(tokens) - 2, max(len(tokens) - 5, -1), -1)
                        if [t[3] for t in tokens[j : j + 2]] == ["\u0627\u0646", RA]
                    ),
                    None,
                )
                again = taken is not None and k <= taken
                # ('کسلیا اعلام کرد که جنبش نور شهر را گرفته است؛ ادعایی که دوریان کسلان آن را رد کرد': a claim's
                # noun heads the clause that takes it up again ('ادعایی که ... آن را'); its subject is its own, not
                # the object of the verb of saying before it)
                if again and said_of and said_of[0] in CLAIM_HEADS_FA:
                    said_before = False
                said_of = [] if again else said_of
                # ('X، وزیر ... که تازگی به ایران سفر کرده بود، امروز گفت': the clause closes at a comma after
                # which only a time stands before the verb; it describes X)
                last_comma = max(
                    masked.rfind("\u060c", begin + that[-1], verb_start),
                    masked.rfind(",", begin + that[-1], verb_start),
                )
                if (
                    last_comma >= 0
                    and not formula
                    and all(
                        t[3] in self.c.time_words or t[3].isdigit()
                        for t in self._tokens(masked, last_comma + 1, verb_start)
                    )
                ):
                    closed = True
                # ('X، وزیر ...، که سرگرم دیداری از Y است، به خبرنگاران گفت': the clause ends with its own verb and a
                # comma, and what stands after it before the verb has no subject: the clause describes X)
                ends_with = fold_words(masked[begin + that[-1] : last_comma]).split(" ")[-1:] if last_comma >= 0 else []
                if (
                    ends_with
                    and ends_with[0] in CLAUSE_VERBS
                    and not formula
                    and not self._cut_subject(self._tokens(masked, last_comma + 1, verb_start))
                ):
                    closed = True
                # ('وزارت دفاع کسلیا با صدور بیانیه‌ای که خبرگزاری نور آن را منتشر کرد، اوضاع را آرام اعلام کرد': the
                # clause takes the statement up again ('آن را', it) and closes at a comma; the agency in it published
                # the statement, the subject before 'که' made it)
                within = self._tokens(masked, begin + that[-1], last_comma) if last_comma >= 0 else []
                if not formula and any(a[3] == "\u0627\u0646" and b[3] == RA for a, b in itertools.pairwise(within)):
                    closed = True
                # ('یک منبع آگاه که نخواست نامش فاش شود به خبرگزاری X گفت': without the comma, the clause ends at its
                # own verb when a preposition's phrase follows it to the verb, with no subject: it describes the source)
                if not formula and self._clause_ends_before_phrase(tokens):
                    closed = True
                # ('یک مقام ارشد طالبان که نخواست نامش فاش شود این گزارش را تکذیب کرد': without the comma, the clause
                # ends at its own verb when the object follows it to the verb, opened by 'this' or a claim's word and
                # marked by 'را', with no subject: it describes the official)
                if not formula and self._clause_ends_before_object(tokens):
                    closed = True
                # ('X در گفتگو با شبکه Y که مشروح آن امشب پخش می‌شود اعلام کرد': the clause ends with its own verb
                # right before the verb of saying, no word between; it describes a noun before 'که', whose sentence's
                # subject stands before it)
                # (the present's 'می' joined onto it when the non-joiner is kept: 'می‌شود')
                if not formula and k and re.sub("^\u0646?\u0645\u064a", "", tokens[-1][3]) in CLAUSE_END_FA:
                    closed = True
                # ('سربازی که جان خود را از دست داد': the clause opens with its object, 'را' after it; it describes
                # the noun before 'که' and has no subject of its own)
                marked = [t[3] for t in tokens[k : k + 2]]
                if k and (marked[:1] == [RA] or marked == [SELF_FA, RA]):
                    closed = True
                describes_object = bool(said_of) and (said_of[0] == RA or bool(self.c.claims.fullmatch(said_of[0])))
                if k and not closed and not describes_object:
                    begin += that[-1]
                elif describes_object and said_before and len(that) >= 2:
                    # ('X گفت که Y این ادعا را که ...، رد کرد', X said that Y rejected the claim that ...: the last
                    # 'که' describes Y's object; the 'که' right after X's verb of saying opens Y's clause, Y its
                    # subject, as in 'X گفت که Y این ادعا را رد کرد')
                    opening = fold_words(masked[begin : begin + that[0]])
                    inner = self._tokens(masked, begin + that[0], verb_start)
                    if opening == THAT_KE_FA and self._cut_subject(inner):
                        begin += that[0]
            tokens = self._tokens(masked, begin, verb_start)
            opened = next((j for j, t in enumerate(tokens) if MASK not in t[2]), len(tokens))
            if (
                opened
                and opened < len(tokens)
                and tokens[opened - 1][2].rstrip(OPENERS + "\u201d\u00bb")[-1:] in "\u060c,"
            ):
                tokens, opened = tokens[opened:], 0  # '«...»، X گفت' (a quotation, a comma, then its speaker and verb)
            this = [t[3] for t in tokens[opened : opened + 2]] == ["\u0627\u064a\u0646", RA]
            if this and MASK in masked[sent.start : verb_start]:
                tokens = tokens[opened + 2 :]  # '«...»؛ این را X گفت' (this, X said): the speaker after 'this'
            # ('... بر عهده نگرفته است اما X، سخنگوی ... رد کرد': after 'but' a clause with its own subject opens; 'X
            # اما این ادعا را ...' (X, however, ... this claim) has none after it: X is the subject)
            but = [i for i, t in enumerate(tokens) if i and t[3] in BUT_FA]
            if but and but[-1] + 1 < len(tokens) and self._cut_subject(tokens[but[-1] + 1 :]):
                tokens = tokens[but[-1] + 1 :]
            elif but and but[-1] + 1 < len(tokens):
                tokens = tokens[: but[-1]]
            # ('X گفت که ... حمله کردند، از سوی دیگر Y این ادعا را تکذیب کرد': after a comma, a phrase of discourse
            # opens a clause with its own subject, as it opens a sentence; Y, not the subject of the clause before)
            tokens = self._after_discourse_opener(tokens)
            # ('... را منتشر کردند و X آن را تکذیب کرد': after a finite verb, 'و' opens a clause with its own subject)
            joined = [
                i
                for i, t in enumerate(tokens)
                if i
                and t[3] == AND_FA
                and ends_clause_fa([t[3] for t in tokens[:i]], i - 1)
                and not (
                    tokens[i - 1][3] == GEREFT_PAIR_FA[0]
                    and i + 1 < len(tokens)
                    and tokens[i + 1][3].startswith(GEREFT_PAIR_FA[1])
                )
            ]
            if joined and self._cut_subject(tokens[joined[-1] + 1 :]):
                tokens = tokens[joined[-1] + 1 :]
            while tokens and tokens[0][3] in self.c.drop:
                tokens = tokens[1:]  # 'اما X ... رد کرد' (but X rejected): the conjunction is no part of X
            # (the statement with its ezafe written on after the non-joiner too, 'در بیانیه‌ی X آمده است')
            said_in = next((k for k, t in enumerate(tokens[1:5], 1) if without_ezafe(t[3]) in self.c.statements), None)
            if tokens and tokens[0][3] == IN_FA and said_in is not None:
                # 'در بیانیه X آمده است', 'در بخشی از این بیانیه آمده است' (in X's statement, in this statement,
                # it came): the statement speaks
                tokens = tokens[said_in:]
            opens_with = self._opening_phrase(tokens)
            if opens_with:
                # 'پیش از این X گفت' (before this), 'در همین حال X گفت' (meanwhile), 'از سوی دیگر X گفت' (on the other
                # hand): a phrase that opens the sentence without the comma it has as often (a comma after the
                # subject, 'در همین حال X، سخنگوی ...، گفت', closes no opening phrase)
                tokens = tokens[opens_with:]
                if len(tokens) > 1 and self._too_at(tokens, 0):
                    tokens = tokens[1:]  # 'پیش از این نیز X ... رد کرده بود' (before this, X too had denied)
            # ('۳ ساعت پس از ...، X گفت': before the digits are cut as a time, which left 'ساعت' as the subject)
            tokens = self._after_time_span(tokens)
            tokens = self._after_opening_event(tokens)
            timed = next((j for j, _ in enumerate(tokens) if not self._time_at(tokens, j)), 0)
            if timed and timed + 1 < len(tokens) and self._too_at(tokens, timed):
                timed += 1  # 'پیشتر هم X گفته بود' (earlier, X too had said): 'too' after the time is no part of X
            if timed and tokens[timed - 1][2][-1:] not in "\u060c," and tokens[timed][3] not in self.c.stops:
                tokens = tokens[timed:]  # 'روز گذشته برخی رسانه ها همچون X، Y ...': a time without a comma opens
            # ('این خبر را X، سخنگوی ...، تکذیب کرد': the object, not an opening phrase, before the subject's commas)
            tokens = self._after_fronted_object(tokens) or tokens
            while tokens and tokens[0][3] in self.c.stops:  # 'روز شنبه، X گفت': the subject follows the opening
                comma = next((i for i, t in enumerate(tokens) if t[2][-1:] in "\u060c,"), None)  # phrase, or phrases
                if comma is not None and comma > 1 and self._this_body_at(tokens):
                    # 'این وزارتخانه اظهارات دوریان کسلان، وزیر دفاع کسلیا را «...» خواند' (this ministry called the
                    # remarks of Dorian Kaslan, the Kaslian defence minister, '...'): 'this' and a body is the
                    # subject, the one who spoke before; the comma sets off a name inside the object, and the
                    # words after it are no subject
                    break
                if comma is None:
                    break
                tokens = tokens[comma + 1 :]
            while tokens and self._time_at(tokens, 0):
                tokens = tokens[1:]  # 'روز شنبه X گفت' without the comma
            if said_before and self._object_only(tokens):
                return verb_end, verb_end  # 'X گفت که حملات اخیر را رد می‌کند': the clause's subject is X's own
            if said_before and self._adverb_before_this(tokens):
                return verb_end, verb_end  # 'X گفت که حتی این ادعا را رد کرده‌اند': no subject of the clause's own
            n = self._before_object_fa(tokens, self._cut_subject(tokens))
            return (tokens[0][0], tokens[n - 1][1]) if n else (verb_end, verb_end)
        n = self._cut_subject(tokens)
        if not n:
            return verb_end, verb_end
        verb = fold_words(masked[verb_start:verb_end])
        if self.words.verb_first and (verb in ACCUSING or (verb[:1] in self.words.prefixes and verb[1:] in ACCUSING)):
            # (the charge ends the subject and the one accused, before a comma ends it or where an office ran on to it:
            # 'واتهم X Y بالكذب، وقال ...', 'واتهم ليث عارف المتحدث باسم كتائب كيسل بقصف ...', the spokesman accused,
            # not Laith's office; not a name that opens with 'ب', 'بسام')
            n = next(
                (
                    k
                    for k in range(1, n)
                    if self._charge_at(tokens[k][3]) and not given_or_family_name(tokens[k][2].strip(PUNCT))
                ),
                n,
            )
            accused = self._accused_at(tokens, n, masculine=verb.endswith(fold_words("اتهم")))
            gender = "m" if verb.endswith(fold_words("اتهم")) else "f"
            if accused is not None and accused < n:
                self.accused = (sent, tokens[accused][0], tokens[n - 1][1], gender)
            elif accused is None:
                # the subject ended before the one accused ('واتهمت حركة النور سامي حمدان بقصف ...'): the words from
                # its end to the charge, a name of a few words with no verb in it
                charge = next((k for k in range(n, min(len(tokens), n + 5)) if self._charge_at(tokens[k][3])), None)
                # (or a body named by its word with the article, its adjectives after it: 'واتهمت الحركة الحكومة
                # بقصف ...', 'واتهم الجيش الحركة المسلحة بـ...')
                body = charge is not None and self._definite_body_word(tokens[n][3])
                if (
                    charge is not None
                    and charge > n
                    and (body or all(self._name_word(t[3], False) for t in tokens[n:charge]))
                ):
                    self.accused = (sent, tokens[n][0], tokens[charge - 1][1], gender)
            if accused == 0:
                return verb_end, verb_end  # 'واتهم كسليا بدعم ...' (accused Kesslia of): the name is the one accused
            n = accused or n  # 'واتهمت الوزارة الولايات المتحدة بـ...': the ministry, then the one accused
        if self.words.verb_first and (
            verb in PERSON_OBJECT_AR or (verb[:1] in self.words.prefixes and verb[1:] in PERSON_OBJECT_AR)
        ):
            n = self._first_of_two_names(tokens, n)  # 'والتقى لؤي كسيلي داني فين' (Luay Kasili met Dani Fin)
            n = self._before_a_place_attacked(tokens, n)  # 'وهاجم سامي حمدان القرية، وقال' (attacked the village)
        if self.words.verb_first:
            # ('ودعا سامي حمدان القوات إلى الصمود', called on the forces): those called on are no part of the name
            words = [t[2] for t in tokens]
            n = next((k for k in range(2, n) if self._called_on_at(verb, words, k)), n)
            n = next((k for k in range(1, n) if self._body_called_on_at(verb, tokens, k)), n)
        if (
            n >= 2
            and n < len(tokens)
            and (MASK in tokens[n][2] or self._second_object(tokens, n))
            and fold_words(masked[verb_start:verb_end]) in DEEMING
            and definite_noun(tokens[n - 1][3])
            # (a mark after the word ends the name there: 'ووصفت حركة النور: «...»' quotes the movement's words)
            and tokens[n - 1][2].rstrip()[-1:] not in CUT_AFTER
            and {tokens[n - 1][3], tokens[n - 1][3][2:]}.isdisjoint(self.c.body_words | self.c.titles)
            and not given_or_family_name(tokens[n - 1][2].strip(PUNCT))
            and (
                self._ends_persons_name(tokens[: n - 1])
                or self._body_name(tokens[: n - 1])
                or self._office_alone(tokens[: n - 1])
                or self._surname_named_before(tokens[: n - 1])
            )
        ):
            # 'واعتبر سامي الوردي الهجوم "اعتداء سافرا"' (deemed the attack "a flagrant aggression"): a verb of deeming
            # names its object before the quotation; 'قال سامي الوردي "..."' quotes right after the name. So after a
            # body's name, the judgement quoted or not: 'واعتبرت حركة النور الهجوم "خرقا للاتفاق"', 'واعتبرت الحركة
            # الهجوم خرقا للاتفاق' (the movement, not 'the movement the attack', deems it so)
            n -= 1
        elif (
            n >= (t := self._leading_titles([tok[3] for tok in tokens])) + 2
            and self.words.verb_first
            and self._surname_named_before(tokens[t : t + 1])
            and tokens[t][2].rstrip()[-1:] not in CUT_AFTER
            and definite_noun(tokens[t + 1][3])
            and {tokens[t + 1][3], tokens[t + 1][3][2:]}.isdisjoint(self.c.body_words | self.c.titles)
            and not given_or_family_name(tokens[t + 1][2].strip(PUNCT))
        ):
            # 'ونفى التميمي الروايات' (and al-Tamimi denied the accounts), after 'أنور التميمي', and 'ودعا العميد
            # شريف النواب' (and Brigadier Sharif called on the MPs): a surname the article gave in full ends its
            # person's name, whatever the verb, after a title or not; the definite noun after it is the object
            n = t + 1
        return tokens[0][0], tokens[n - 1][1]

    def _reporters_own(self, paragraphs: list[Paragraph]) -> None:
        """In Persian, a reporter's own words ('خبرنگار ما می‌گوید: ... نیستیم', our reporter says) are the reporter's
        account, no party's denial: drafted as a claim, the outlet's at most. Not on a party's own site, whose report
        opens with its name and a colon ('کوردستان میدیا: ...') and whose reporter speaks for it."""
        if self.words.verb_first:
            return
        for para in paragraphs[:4]:
            opening = None if is_headline(para, self.first) else DATELINE_COLON.match(para.masked)
            if (
                opening is not None
                and MASK not in opening.group()
                and not self.c.verb.search(fold_words(opening.group()))
            ):
                return
        for unit in self.analysis.units:
            if unit.kind == "denial" and self._reporters(unit.speaker):
                unit.kind, unit.denial = ("quote" if unit.attributions else "reported"), None

    def _reporters(self, speaker: Speaker) -> bool:
        """Whether a Persian speaker is a reporter ('خبرنگار ما', 'خبرنگار X در Y', 'گزارشگر ...'): one who tells the
        news, whose words deny on no party's behalf."""
        return fold_words(speaker.label).split(" ")[0] in REPORTERS_FA

    def _surname_named_before(self, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether Arabic tokens are one word that ends the name of a person the article named before ('الوردي'
        after 'سامي الوردي'): in 'واعتبر الوردي القصف «...»', the person, then the object deemed."""
        return len(tokens) == 1 and any(
            e.kind == "person" and len(e.name.split()) > 1 and fold_words(e.name).split(" ")[-1] == tokens[0][3]
            for e in self.entities
        )

    def _body_name(self, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether Arabic tokens are a body's name alone: its word ('الحركة', 'وزارة'), then definite words only
        ('وزارة الدفاع', 'حركة المقاومة الشعبية'), four at most."""
        if not 1 <= len(tokens) <= 4:
            return False
        head = tokens[0][3]
        if not {head, head.removeprefix("\u0627\u0644")} & self.c.body_words:
            return False
        return all(t[3].startswith("\u0627\u0644") and t[2][-1:] not in CUT_AFTER for t in tokens[1:])

    def _past_aside(self, tokens: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """The Arabic tokens after a verb from where its subject starts, past an aside between commas ('ونفى، في بيان،
        سامي الوردي الأنباء', denied, in a statement, Sami al-Wardi the reports), a day without them ('ونفت أمس
        الوزارة', 'ونفت يوم الأحد الوزارة'), 'for its part' ('ونفت بدورها الوزارة') or a statement ('ونفت في بيان
        الوزارة'): the subject after it, as in 'ونفى سامي الوردي، في بيان، الأنباء'. Unchanged when no subject follows
        ('وأضاف، في بيان، أن ...'; 'وأضاف في بيان صحافي حصلت X على نصه', a statement X obtained: a clause, no subject)."""
        rest = tokens
        turn = 2 if [t[3] for t in tokens[:1]] == ["\u0645\u0646"] and len(tokens) > 2 else 1  # (من, from)
        said_in = len(tokens) > 2 and tokens[0][3] == IN and tokens[1][3] in self.c.statements | REMARKS_AR
        if len(tokens) > turn and " ".join(t[3] for t in tokens[:turn]) in TURNS_AR:
            rest = tokens[turn:]
        elif said_in and tokens[1][2][-1:].isalpha():
            rest = tokens[3:] if tokens[2][3] in STATEMENT_OF_AR and tokens[2][2][-1:].isalpha() else tokens[2:]
        elif tokens and tokens[0][2] in ("\u060c", ","):
            close = next((j for j in range(1, min(len(tokens), 7)) if tokens[j][2][-1:] in "\u060c,"), None)
            if close is None or any(MASK in t[2] or self.c.verb.fullmatch(t[3]) for t in tokens[1 : close + 1]):
                return tokens
            rest = tokens[close + 1 :]
        else:
            days = 0
            while days < min(3, len(tokens) - 1) and tokens[days][3] in TIMES_AR and tokens[days][2][-1:].isalpha():
                days += 1
            if not days:
                return tokens
            rest = tokens[days:]
        return rest if rest and self._opens_subject(rest[0]) and self._cut_subject(rest) else tokens

    def _opens_subject(self, token: tuple[int, int, str, str]) -> bool:
        """Whether an Arabic word may open a subject after what stands between it and its verb: an office, a source,
        a body, a noun with the article, or a given or family name; not a verb ('حصلت') nor an adjective ('صحافي')."""
        fw = token[3]
        if not fw or self.c.verb.fullmatch(fw) or fw in self.c.stops or fw in STATEMENT_OF_AR:
            return False
        if fw in self.c.titles | self.c.heads | self.c.body_words or fw.startswith("\u0627\u0644"):
            return True
        return given_or_family_name(token[2].strip(PUNCT))

    def _accused_at(self, tokens: list[tuple[int, int, str, str]], n: int, masculine: bool) -> int | None:
        """Where the one accused begins in the ``n`` words read as the subject of a verb of accusing, when the charge
        follows them ('بدعم', after names joined by 'و' or not): at a name on file that ends them ('الوزارة
        الولايات المتحدة'), else at the first when they are a short name alone ('الولايات المتحدة', 'كسليا');
        None when no charge follows or the words are longer. After the masculine verb, a name that the feminine
        'التي' describes ('واتهم إيران التي خاضت حربا ... بدعم ...') is no subject of it either: the verb agrees with
        a subject after it, so a feminine name is its object, the charge after the relative clause."""
        if (
            masculine
            and n <= 3
            and n < len(tokens)
            and tokens[n][3] == fold_words("التي")
            and any(self._charge_at(t[3]) for t in tokens[n + 2 : n + 16])
        ):
            return 0
        charge = n
        while charge < min(len(tokens), n + 2) and tokens[charge][3][:1] == "\u0648" and len(tokens[charge][3]) > 2:
            charge += 1  # ('الولايات المتحدة وإسرائيل بدعم ...': another accused, joined by 'و')
        if charge >= len(tokens) or not self._charge_at(tokens[charge][3]):
            return None
        words = [t[2].strip(PUNCT) for t in tokens[:n]]
        starts = [sum(len(w) + 1 for w in words[:k]) for k in range(len(words))]
        joined = " ".join(words)
        for k in range(2, n - 1):
            # an office or a body's word after a person's or a body's name opens the one accused ('واتهم ليث عارف
            # وزارة الدفاع الكسلية بقصف ...', 'واتهمت حركة النور المتحدث باسم كتائب كيسل بـ...'), as 'اتهم سامي الوردي
            # الحركة بـ...' does, an office before a name on file too ('حركة النور رئيس الوزراء ... محمد شياع السوداني')
            word = tokens[k][3]
            if not (
                {word, word.removeprefix("\u0627\u0644")} & self.c.body_words or word in self.c.titles | self.c.heads
            ):
                continue
            if self._ends_persons_name(tokens[:k]) or self._body_name(tokens[:k]):
                return k
            break
        for a, b, _ in self.index.scan(joined):
            if b == len(joined) and a in starts[1:]:
                return starts.index(a)
        if (
            n == 3
            and self._ends_persons_name(tokens[:2])
            and not tokens[2][3].startswith("\u0627\u0644")
            and not given_or_family_name(tokens[2][2].strip(PUNCT))
        ):
            return 2  # 'واتهم ليث عارف كسليا بـ...': a person's name, then a word of no name's (a state), accused
        if (
            n == 4
            and self._ends_persons_name(tokens[:2])
            # (as written, or folded: 'سامی' in Persian letters is the given name 'سامي')
            and (given_or_family_name(tokens[2][2].strip(PUNCT)) or given_or_family_name(tokens[2][3]))
            and self._ends_persons_name(tokens[2:n])
        ):
            # 'واتهم ليث عارف سامي حمدان بـ...': two names of two words each, no name on file that runs over both,
            # the accuser and the one accused (the verb takes an object before its charge)
            return 2
        return 0 if n <= 3 else None

    def _definite_body_word(self, fw: str) -> bool:
        """Whether a folded word is a body's word with the article ('الحكومة', 'الحركة', 'الوزارة')."""
        return fw.startswith("\u0627\u0644") and fw[2:] in self.c.body_words

    def _first_of_two_names(self, tokens: list[tuple[int, int, str, str]], n: int) -> int:
        """How many of the ``n`` words read as the subject of a verb whose object is a person (``PERSON_OBJECT_AR``)
        are the subject's name, when they are two people's names run together ('والتقى لؤي كسيلي داني فين', 'واتهم
        نوري المالكي حيدر العبادي بـ...'): up to a surname with the article that more of a name follows ('المالكي';
        not 'الله', 'الدين' of a given name, nor after 'عبد'), else the first two of four plain words whose third
        name data knows as a given name (not 'محمد علي حسن الخزاعي', whose surname alone has the article: one man's).
        ``n`` where a record's name runs over the words or they are no such two names."""
        if n < 4 or n > 6:
            return n
        raw = [t[2].strip(PUNCT) for t in tokens[:n]]
        words = [t[3] for t in tokens[:n]]
        if not all(self._name_word(w, i == 0) for i, w in enumerate(words)):
            return n
        joined = " ".join(raw)
        if any(b - a > len(" ".join(raw[:2])) for a, b, _ in self.index.scan(joined)):
            return n  # (a record's name of more words: one man's)
        definite = [
            w.startswith(DEFINITE[0]) and w not in OF_GOD and words[i - 1] not in ABD for i, w in enumerate(words)
        ]
        cut = next((i + 1 for i in range(1, n - 2) if definite[i]), 2 if n == 4 and not any(definite[1:]) else 0)
        if not cut or definite[cut] or not given_or_family_name(raw[0]) or not given_or_family_name(raw[cut]):
            return n
        return cut

    def _before_a_place_attacked(self, tokens: list[tuple[int, int, str, str]], n: int) -> int:
        """How many of the ``n`` words read as the subject of a verb whose object is a person or a thing
        (``PERSON_OBJECT_AR``: attacking, criticising) are the subject's name, when a deed's short object closed by a
        comma follows it (:meth:`_deeds_object_at`: 'وهاجم سامي حمدان القرية، وقال', 'وهاجمت حركة النور مدينة
        أسترا،', 'وانتقد سامي حمدان القرار،'): the words before the object, where they are a person's name or a
        body's; ``n`` otherwise ('وهاجم رئيس بلدية المدينة ...': the town's mayor, an office)."""
        comma = next((j for j, t in enumerate(tokens) if t[2][-1:] in "\u060c,"), None)
        if comma is None:
            return n
        clause = tokens[: comma + 1]
        for k in range(1, min(n, len(clause), 5)):
            if any(t[2][-1:] in CUT_AFTER for t in clause[:k]) or not self._deeds_object_at(clause, k):
                continue
            if k == 1 and clause[0][3] in self.c.body_words and clause[1][3].startswith("\u0627\u0644"):
                # (a body's word with no article is bound to the definite word after it, its name: 'وانتقدت حركة
                # النور، يوم الثلاثاء: «...»' is the Nour movement's, not 'حركة' criticising 'النور')
                continue
            head = clause[:k]
            if self._ends_persons_name(head) or self._body_name(head) or self._body_then_its_name(head):
                return k
            return n
        return n

    def _deeds_object_at(self, tokens: list[tuple[int, int, str, str]], k: int) -> bool:
        """Whether Arabic token ``k`` opens a deed's short object that the comma closing the clause ends: a place
        ('مدينة أسترا', 'القرية') or a definite word that is no nisba adjective of the name before ('المدينة', not
        'الكسلية'), at most three words."""
        if len(tokens) - k > 3 or not 0 < k < len(tokens):
            return False
        fw = tokens[k][3]
        if fw in PLACE_WORDS_AR:
            return True
        nisba = fw.endswith(("\u064a", "\u064a\u0647", "\u064a\u064a\u0646", "\u064a\u0648\u0646"))
        return fw.startswith("\u0627\u0644") and not nisba and len(tokens) - k == 1

    def _body_then_its_name(self, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether Arabic tokens are a body's word and its proper name of one or two words without the article
        ('كتائب كيسل', 'حركة أسترا الجديدة' not: a definite word may be the name's or the object's)."""
        head = tokens[0][3] if tokens else ""
        return (
            2 <= len(tokens) <= 3
            and bool({head, head.removeprefix("\u0627\u0644")} & self.c.body_words)
            and not any(t[3].startswith("\u0627\u0644") or MASK in t[2] for t in tokens[1:])
        )

    def _charge_at(self, word: str) -> bool:
        """Whether a folded word is the charge an accusation names ('بدعم', 'بالوقوف', 'بأنها'): 'ب' on a noun or on
        'أن', not 'باسم' (on behalf of), which goes on an office in the subject; nor a word with 'ب' that the
        language's lists set between a subject and what it says, 'بدوره' (in turn), 'بشدة' (strongly), 'بشكل' (in a
        way): 'واتهمت ليلى سمير بدورها الحركة بدعم ...' is hers, the movement accused after them."""
        if len(word) <= 3 or word[0] != "\u0628" or word == "\u0628\u0627\u0633\u0645":
            return False
        return word.startswith(BARE_AN, 1) or not (word in TURNS_AR or word in self.c.stops or word in self.c.drop)

    def _refused_proposal(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """Whether folded ``text`` (from ``start`` to ``end``) names a proposal, a request, a truce, as what is refused.

        In Persian, a proposal named after a verbal noun of an act is that act's object, and the act is what is
        denied: 'نقض آتش‌بس را رد کرد' (denied violating the ceasefire), 'نقض توافق آتش‌بس', 'هرگونه نقض آتش‌بس';
        not 'پیشنهاد آتش‌بس را رد کرد' (rejected the truce proposal). One word of its own may stand between the act
        and the proposal ('توافق'), not 'و', 'را' or a preposition, which end the act's object.
        """
        for p in self.c.proposal.finditer(text, start, len(text) if end is None else end):
            if self.words.verb_first:
                return True
            before = [w.strip(PUNCT) for w in text[max(0, p.start() - 40) : p.start()].split()[-2:]]
            between = before[1:] if len(before) == 2 else []
            acted = bool(before) and before[-1] in self.c.acts
            acted = acted or (
                len(before) == 2
                and before[0] in self.c.acts
                and not ({AND_FA, RA} | PREPOSITIONS_FA) & set(between)
                and not self.c.proposal.fullmatch(between[0])
            )
            if not acted:
                return True
        return False

    def _lead_under_denial(self, para: Paragraph) -> bool:
        """Whether ``para`` is the lead under a Persian headline that opens with the denial of a claim ('تکذیب ادعای
        X درباره ...'): the lead restates the headline, so what it rejects there ('X درخواست پول ... را رد کرد', the
        request for money it is said to have made) is the claim denied, not a request refused."""
        if self.words.verb_first or para.number != self.first + 1:
            return False
        words = fold_words(self.texts.get(self.first, "")).split()[:2]
        return len(words) == 2 and words[0] == DENIAL_NOUN_FA and bool(self.c.claims.fullmatch(words[1]))

    def _after_bare_lead(self, masked: str, start: int, verb_start: int) -> int:
        """Where the subject starts after a reporter's lead written without its comma ('به گزارش ایرنا رضا کاظمی
        سخنگوی وزارت ... را رد کرد'), or ``start`` when it cannot tell.

        The outlet's name runs into the subject; the subject's office, or a pronoun, shows where: 'وی' opens it, and
        an office after plain words ends a name of two words before it (Persian names are mostly a given name and a
        family name), or opens the subject itself when only the outlet's name (one word or two) is before it ('به
        گزارش خبرگزاری مهر سخنگوی ... گفت'). A stop word between ('به گزارش ایرنا X با رئیس ... دیدار کرد') leaves it.
        """
        tokens = self._tokens(masked, start, verb_start)
        lead = " ".join(t[3] for t in tokens[:2])
        if len(tokens) < 4 or not self.c.sourcing.fullmatch(lead):
            return start
        # ('به گزارش خبرگزاری تسنیم طالبان ... را رد کرد': a body on file after the outlet's name, one word at least
        # after its outlet word, opens the subject, a day between or not: 'به گزارش روزنامه X امروز جنبش نور')
        first = 4 if tokens[2][3] in self.c.outlet_words else 3
        for j in range(first, len(tokens)):
            if self._body_on_file(tokens, j):
                return tokens[j][0]
            if tokens[j][3] not in self.c.time_words:
                break
        for j in range(3, len(tokens)):
            word = tokens[j][3]
            if word in self.c.personal:
                return tokens[j][0]
            if word in self.c.titles:
                # (an outlet of two words, or a name of two words after one: 'به گزارش همشهری آنلاین سخنگوی', 'به
                # گزارش ایرنا رضا کاظمی سخنگوی'; a name that name data knows tells them apart)
                name = " ".join(t[2] for t in tokens[j - 2 : j])
                named = j - 2 > 3 or (j - 2 == 3 and looks_like_a_persons_name(name))
                return tokens[j - 2][0] if named else tokens[j][0]
            if word in self.c.stops or MASK in tokens[j][2] or not word:
                return start
        return start

    def _body_on_file(self, tokens: list[tuple[int, int, str, str]], j: int) -> bool:
        """Whether the tokens at ``j`` (three words, two or one) name a body on file, not an outlet (nor a place,
        which a lead's outlet may be named after)."""
        for n in (3, 2, 1):
            if j + n <= len(tokens):
                known = self.index.lookup(" ".join(t[2] for t in tokens[j : j + n]))
                if known is not None and known.kind != "outlet" and not known.person:
                    return True
        return False

    def _clause_ends_before_phrase(self, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether the Persian words after 'که' end with the clause's own verb, then a preposition's phrase with no
        subject in it ('نخواست نامش فاش شود به خبرگزاری X')."""
        return any(
            tokens[j][3] in CLAUSE_END_FA
            and tokens[j + 1][3] in PREPOSITIONS_FA
            and not self._cut_subject(tokens[j + 1 :])
            for j in range(1, len(tokens) - 1)
        )

    def _clause_ends_before_object(self, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether the Persian words after 'که' end with the clause's own verb, then the object to 'را', opened by a
        demonstrative or a claim's word, with no subject in it ('نخواست نامش فاش شود این گزارش را', 'خواست نامش فاش
        نشود ادعای X را')."""
        return any(
            tokens[j][3] in CLAUSE_END_FA
            and (tokens[j + 1][3] in self.c.demonstratives or self.c.claims.fullmatch(tokens[j + 1][3]) is not None)
            and any(t[3] == RA for t in tokens[j + 2 :])
            and not self._cut_subject(tokens[j + 1 :])
            for j in range(1, len(tokens) - 2)
        )

    @staticmethod
    def _talks(tokens: list[tuple[int, int, str, str]], k: int) -> bool:
        """Whether the Persian tokens at ``k`` are 'گفت و گو' (talks), in any spacing ('گفت وگوی', 'گفت و گوی')."""
        if tokens[k][3] != SAID_FA:
            return False
        rest = " ".join(t[3] for t in tokens[k + 1 : k + 3])
        return TALKS_FA.match(" " + rest) is not None

    def _subject_then_semicolon(self, masked: str, begin: int, semicolon: int, verb_start: int) -> bool:
        """Whether a Persian sentence's subject is set off by a semicolon before the rest of its clause, as Dari news
        writes a lead ('مقام‌ها در حزب نمونه؛ زخمی شدن رهبر این حزب را شایعه خوانده می‌گویند ...', officials in the
        party; (they) called the wounding of its leader a rumour): a few words without a verb before the semicolon,
        and after it only the object up to its 'را', headed by a verbal noun ('زخمی شدن'), an act or a claim word
        ('ادعای ...', 'حمله ...'); a clause after the semicolon with a subject of its own ('...؛ X ... را رد کرد')
        keeps the semicolon as its start."""
        before = self._tokens(masked, begin, semicolon + 1)
        after = self._tokens(masked, semicolon + 1, verb_start)
        if not before or len(before) > 6 or any(MASK in t[2] for t in before):
            return False
        if self.c.verb.search(fold_words(masked[begin:semicolon])) or before[0][3] in self.c.stops:
            return False
        ra = next((i for i, t in enumerate(after[:12]) if t[3] == RA), None)
        if not ra or any(t[2][-1:] in PUNCT_NO_MARKS for t in after[:ra]):
            return False
        first = after[0][3]
        verbal = ra > 1 and bool(VERBAL_NOUN_FA.fullmatch(after[1][3]))
        return verbal or first in self.c.acts or bool(self.c.claims.fullmatch(first)) or self._object_only(after)

    def _object_only(self, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether the Persian words of a clause after a verb of saying, up to its 'را', are its object alone: the
        first heads an object ('حملات', 'حضور') and no name, record or place ends anywhere before 'را' ('X گفت که
        حملات اخیر به پایگاه را رد می‌کند', X said that he rejects the recent attacks; not 'که ایران این ادعاها را')."""
        ra = next((i for i, t in enumerate(tokens[:8]) if t[3] == RA), None)
        far = None if ra else next((i for i, t in enumerate(tokens) if t[3] == RA), None)
        if far and not any(t[2][-1:] in PUNCT_NO_MARKS for t in tokens[:far]):
            # ('X اعلام کرد که نتایج تحقیقات صورت گرفته در خصوص درگیری‌های شمال کسلیا و اتهام‌ها علیه این وزارت را
            # رد می‌کند': a long object, its 'را' far off): the words a subject would be cut to, up to a word that
            # ends it ('در'), name no one and are followed by more before 'را': they head the object (not words that
            # describe a speaker, 'مقامات کسلیا ...'; nor when a claim or an act opens after a time, 'مردم کسلیا در
            # نشست دیروز ادعای ... را': the object is that, the words before it the subject)
            n = self._cut_subject(tokens[:far])
            if not 0 < n < far or self._may_end_subject(tokens[0]) or any(MASK in t[2] for t in tokens[:far]):
                return False
            if tokens[0][3] in self.c.heads or any(
                (t[3] in self.c.acts or self.c.claims.match(t[3])) and tokens[i - 1][3] in self.c.time_words
                for i, t in enumerate(tokens[n:far], n)
            ):
                return False
            return not any(self._name_ends(tokens, 0, j) for j in range(1, n + 1))
        if not ra or self._may_end_subject(tokens[0]) or any(MASK in t[2] for t in tokens[:ra]):
            return False
        if tokens[0][3] in DETERMINERS_FA and ra > 1 and tokens[1][3] in self.c.heads | self.c.titles:
            return False  # ('که یک منبع این ادعا را ...', a source: 'one' before a speaker's word opens the subject)
        if ra >= 2 and self._word_before_this(tokens):
            return False  # ('که کسلیا این ادعا را', 'اما کسلیا آن را': one word, then 'this' or 'it', the object)
        # ('X گفت که منابع جنبش نور این ادعا را رد کردند', 'X مدعی شد که ...، از سوی دیگر مقامات Y این ادعا را ...':
        # sources, officials or media head a subject of their own, as where 'را' is far; not 'one', which heads an
        # object as often, 'X گفت که یک حمله را دفع کردند')
        if tokens[0][3] in self.c.heads and not tokens[0][3].startswith(ONE_FA):
            return False
        # ('...، اما سرهنگ X این ادعا را رد کرد': a rank or an office, then a name that ends before more of the
        # object, opens a subject of its own, as the name alone does below; not 'سرهنگ X را', its object)
        words = [t[3] for t in tokens[:ra]]
        lead = next((i for i in range(ra, 0, -1) if self._titles_only(words[:i])), 0)
        if 0 < lead < ra and any(self._name_ends(tokens, lead, j) for j in range(lead + 2, ra)):
            return False
        # (a number or 'each' alone names no one: 'دو حمله را')
        return not any(self._name_ends(tokens, 0, j) for j in range(1 + (tokens[0][3] in DETERMINERS_FA), ra + 1))

    @staticmethod
    def _adverb_before_this(tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether a Persian clause ('که' aside) opens with a conjunction, a question word or an adverb and then 'این'
        or 'آن' ('که حتی این ادعا را', 'که چرا این ادعا را', 'که کاملا این ادعا را'): the object follows, and the
        word before it is no subject (:meth:`_word_before_this` reads a plain word there as one)."""
        words = [t[3] for t in tokens[:3]]
        if words[:1] == [THAT_KE_FA]:
            words = words[1:]
        return len(words) > 1 and words[0] in NO_SUBJECT_BEFORE_THIS_FA and words[1] in THIS_THAT_FA

    def _word_before_this(self, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether a Persian clause opens with one plain word and then 'این' or 'آن' (this, that), which opens a noun of
        its own and never goes on one before it: the word is the subject, a name no name data need know ('اما کسلیا
        این ادعا را رد کرد', but Kesslia rejected this claim); not a word that opens the object with 'this' ('همه این
        ادعاها را', all these claims), a number or a time."""
        if len(tokens) < 3 or tokens[1][3] not in THIS_THAT_FA:
            return False
        first = tokens[0]
        if first[2][-1:] in PUNCT_NO_MARKS or MASK in first[2] or not first[3].isalpha() or len(first[3]) < 3:
            return False
        if MODAL_OR_VERB_FA.match(first[3]):
            return False  # ('که نمی‌توان این مکان را ... تلقی کرد', one cannot: a verb, no subject)
        return first[3] not in (
            WHOLE_OF_FA
            | DETERMINERS_FA
            | NO_SUBJECT_BEFORE_THIS_FA
            | self.c.stops
            | self.c.time_words
            | self.c.pronouns
        )

    def _subject_after_label(self, masked: str, start: int, verb_start: int) -> bool:
        """Whether the Persian words between a speaker's label and its colon's end (``start``) and a verb open with a
        subject of their own ('مقامات نوری حمله را تکذیب کردند', 'وزارت خارجه اعلام کرد'): a run of words that is
        not the object ('حمله را تکذیب کرد', its 'را' right after), nor 'ما' or 'این ...' (the label's own words)."""
        tokens = self._tokens(masked, start, verb_start)
        if not tokens or MASK in tokens[0][2]:
            return False
        if tokens[0][3] in self.c.first_person | self.c.demonstratives | self.c.pronouns:
            return False
        n = self._cut_subject(tokens)
        n = self._before_object_fa(tokens, n) if n else n
        # (a name in marks later, in the object, leaves the subject as it is: 'X: دبیرخانه حزب Y سخنان «Z» را
        # تکذیب کرد'; one in the subject, or the subject a quotation, is no subject of words)
        quoted = any(MASK in t[2] for t in tokens[: n + 1])
        return bool(n) and not quoted and (n == len(tokens) or tokens[n][3] != RA)

    def _before_object_fa(self, tokens: list[tuple[int, int, str, str]], n: int) -> int:
        """Where a Persian subject ends when its object runs on without a mark ('X حمله به سفارت را محکوم کرد', X
        condemned the attack on the embassy): when the run stops right before 'را' or before a preposition whose
        phrase runs to 'را' (no comma, no word that ends a subject between), its last word heads the object, unless
        it may end a subject: a name (name data, the family name's '-ی'), an office, a body's word, a place or a
        record ('X سخنگوی طالبان در ... حضور ... را', 'وزارت خارجه ایران کشته شدن ... را')."""
        while n and n < len(tokens) and tokens[n - 1][3] in DETERMINERS_FA:
            n -= 1  # ('جنبش نور یک حمله را رد کرد': a number or 'each' that ends the run opens the object after it)
        if 2 <= n < len(tokens) and tokens[n][3] == RA and tokens[n - 1][3] in self.c.pronouns:
            return n - 1  # ('جنبش نور آنها را رد کرد', denied them): a pronoun right before 'را' is the object
        ra = next((i for i in range(n, min(len(tokens), n + 5)) if tokens[i][3] == RA), None)
        verbal = next((k for k in range(1, n) if VERBAL_NOUN_FA.search(tokens[k][3]) or self._talks(tokens, k)), None)
        if verbal is not None and ra is not None and not any(t[2][-1:] in "\u060c," for t in tokens[verbal:ra]):
            # 'یک عضو ارشد القاعده کشته شدن ظواهری را تکذیب کرد' (denied Zawahiri's being killed): a verbal noun
            # heads the object, with the word before it when written apart ('کشته شدن', 'دست داشتن')
            # (and 'گفت و گو با X', talks with X, a noun of 'گفت' that heads the object as such a one does)
            start = verbal - 1 if VERBAL_NOUN_FA.fullmatch(tokens[verbal][3]) else verbal
            if start >= 1:
                return start
        lead = next((k for k, t in enumerate(tokens[:n]) if t[3] not in self.c.titles), n)  # ('سردار X ...')
        # ('وزیر خارجه کسلیا یافته های یک گزارش را رد کرد', the findings of a report): a noun with its plural ending
        # written apart ('یافته های') names no one; after an office and its country, a name or a record it heads the
        # object, however far its 'را'
        plural = next((j for j in range(lead + 1, n - 1) if tokens[j + 1][3] in PLURAL_WORDS_FA), None)
        if plural is not None and not self._may_end_subject(tokens[plural]) and self._name_ends(tokens, lead, plural):
            return plural
        if (
            n < len(tokens)
            and tokens[n][3] != RA
            and self._name_after_country_fa(*self._raw_and_folded(tokens[:n]), n - 2)
        ):
            return n  # ('سخنگوی وزارت خارجه ایران مرضیه افخم ادعای X را': the office's holder named after its country)
        country = self._country_ends(tokens, lead, n, ra)
        if country:
            return country
        if n < 2 or ra is None or any(t[2][-1:] in "\u060c," for t in tokens[n - 1 : ra]):
            return n
        for j in range(lead + 2, n - 1 if ra == n else lead + 2):
            # 'X Y را دعوت کرد' (X invited Y): two people's names side by side, the second the object
            # (or after an office: 'وزیر خارجه کسلیا X را', the minister invited X)
            # (a first name of three words ends with a word that may end a subject: 'X سخنان Y را رد کرد', rejected
            # Y's remarks, is X's, never 'X سخنان'; nor with a rank, the second name's own: 'X سخنان سردار Y را')
            first_ends = tokens[j - 1][3] not in self.c.titles and (
                bool(lead) or j - lead < 3 or self._may_end_subject(tokens[j - 1])
            )
            if first_ends and (lead or self._persons_name(tokens[lead:j])) and self._persons_name(tokens[j:n]):
                return j
        for j in range(lead + 2, n - 1 if ra == n else lead + 2):
            # 'X جنبش نمونه را متهم کرد' (X accused the movement), 'وزارت خارجه قطر رئیس جمهور کسلیا را': a whole
            # subject, then a body's word or an office that opens the object's name (the run ends at 'را', so the
            # object is in it); no one is 'X جنبش'
            opens = tokens[j][3] in self.c.body_words | self.c.titles
            if opens and self._may_end_subject(tokens[j - 1]) and self._name_ends(tokens, lead, j):
                return j
        # (the run's words to 'را' are the object's: none, or a preposition's phrase, 'حمله به سفارت را')
        rest_of_object = ra == n or (
            tokens[n][3] in PREPOSITIONS_FA and not any(t[3] in self.c.stops for t in tokens[n + 1 : ra])
        )
        # (an object of several words, 'X ترور فرمانده نمونه را' (the assassination of commander Y): where a
        # person's name, a record or a body and its country end, a word that may not end a subject heads it; so
        # too before a stop word the object runs on over, 'X انتشار این شایعات را', 'X امکان مذاکره را')
        # (nor inside a record's name on file: 'سخنگوی سپاه پاسداران انقلاب اسلامی این خبر را', where 'سپاه' alone
        # is the Guards too in an article about Iran, is the spokesman of the whole name, 'پاسداران' no object)
        inside = self._within_names_on_file(tokens, lead, n)
        raw_and_folded = self._raw_and_folded(tokens)
        for j in range(lead + 1, n - 1 if rest_of_object else n):
            if j in inside or self._may_end_subject(tokens[j]) or self._second_name_goes_on(tokens, lead, j):
                continue
            if self._given_before_god_fa(*raw_and_folded, j) or self._given_before_god_fa(*raw_and_folded, j - 1):
                continue  # ('سخنگوی طالبان ذبیح الله مجاهد این گزارش را': a given name written in two words goes on)
            if (
                j + 2 == n < len(tokens)
                and tokens[n][3] != RA
                and self._name_after_country_fa(*self._raw_and_folded(tokens[:n]), j)
            ):
                # ('سخنگوی وزارت امور خارجه ایران مرضیه افخم این خبر را': the office, its body and country, then its
                # holder's name, which name data does not know; the object opens after it, not right before 'را':
                # 'سخنگوی وزارت خارجه ایران سخنان X را' is the spokesman's object)
                return n
            if self._name_ends(tokens, lead, j):
                return j
        if not rest_of_object:
            return n
        return n if self._may_end_subject(tokens[n - 1]) else n - 1

    @staticmethod
    def _raw_and_folded(tokens: list[tuple[int, int, str, str]]) -> tuple[list[str], list[str]]:
        """The words of ``tokens`` as written (without punctuation) and folded."""
        return [t[2].strip(PUNCT) for t in tokens], [t[3] for t in tokens]

    def _called_on_at(self, verb: str, raw: list[str], i: int) -> bool:
        """Whether the word at ``i`` after an Arabic verb of calling on and a name of two words or more opens those
        called on ('وحث سامي حمدان القوات على الصمود', 'وناشد X السكان بالبقاء'): a definite word that is no one's
        name; not the name's own ('سامي الوردي', 'عبد الله الأحمد')."""
        if (verb not in CALLING_ON and verb[1:] not in CALLING_ON) or not 2 <= i <= 4:
            return False
        word, name = raw[i].strip(PUNCT), " ".join(w.strip(PUNCT) for w in raw[:i])
        if not (given_or_family_name(raw[0].strip(PUNCT)) and looks_like_a_persons_name(name)):
            return False  # (a body's name goes on with its adjectives: 'ودعت قوات كسلا الديمقراطية الدول ...')
        if any(fold_words(w.strip(PUNCT)) in self.c.titles | self.c.heads | self.c.body_words for w in raw[:i]):
            return False  # (nor an office, 'وزير الخارجية الكسلي', though 'وزير' is a family name too)
        return fold_words(word).startswith("\u0627\u0644") and not given_or_family_name(word)

    def _body_called_on_at(self, verb: str, tokens: list[tuple[int, int, str, str]], k: int) -> bool:
        """Whether the word at ``k`` after an Arabic verb of calling on opens the body called on, after a definite
        word or a person's name that ends the subject ('وطالبت الحركة وكالة أسترا بتصحيح ...', 'ودعت حركة النور
        منظمة كسلا إلى ...', 'وطالب الرئيس حكومة كسليا بـ...', 'وطالب سامي حمدان وكالة أسترا'): a body's or an
        outlet's word without the article, which no definite word nor name before it takes in construct; the subject
        is the words before it, not both run together."""
        if verb not in CALLING_ON and verb[1:] not in CALLING_ON:
            return False
        word = tokens[k][3]
        if word.startswith(DEFINITE[0]) or not (word in self.c.body_words or word in self.c.outlet_words):
            return False
        if tokens[k - 1][2][-1:] in CUT_AFTER:
            return False
        if tokens[k - 1][3].startswith(DEFINITE[0]):
            return True
        # (or after a person's name: 'وطالب سامي حمدان وكالة أسترا بـ...')
        name = " ".join(t[2].strip(PUNCT) for t in tokens[:k])
        return k >= 2 and given_or_family_name(tokens[0][2].strip(PUNCT)) and looks_like_a_persons_name(name)

    def _second_name_goes_on(self, tokens: list[tuple[int, int, str, str]], lead: int, j: int) -> bool:
        """Whether the Persian word at ``j`` goes on the second of two people's names joined by 'و', after its first
        word ('رامین دلاوری و کاوه نیک‌نام این ادعا را', a family name the data does not know): a given name right after
        'و', a person's name before it; the object is no one's 'کاوه'."""
        if j - lead < 4 or tokens[j - 2][3] != AND_FA or not given_or_family_name(tokens[j - 1][2].strip(PUNCT)):
            return False
        return self._persons_name(tokens[lead : j - 2]) and self._name_word(tokens[j][3], False)

    def _within_names_on_file(self, tokens: list[tuple[int, int, str, str]], lead: int, n: int) -> set[int]:
        """The tokens from ``lead`` to ``n`` that go on a record's name on file begun before them ('پاسداران' in 'سپاه
        پاسداران انقلاب اسلامی'): a name on file is whole, no object starts inside it."""
        words = [t[2].strip(PUNCT) for t in tokens[lead:n]]
        starts = [sum(len(w) + 1 for w in words[:k]) for k in range(len(words))]
        out: set[int] = set()
        for a, b, _ in self.index.scan(" ".join(words)):
            covered = [k for k, at in enumerate(starts) if a <= at < b]
            out.update(lead + k for k in covered[1:])
        return out

    def _country_ends(self, tokens: list[tuple[int, int, str, str]], lead: int, n: int, ra: int | None) -> int:
        """Where an office and its country end a Persian subject before words that head the object, when the subject
        ran on to a claim word and 'را' follows ('وزیر خارجه پاکستان یافته‌های یک گزارش را', 'سخنگوی وزارت خارجه ترکیه
        محتوای گزارش‌ها را': the findings, the content of a report); 0 if not so."""
        claim = next((k for k in range(n, len(tokens)) if tokens[k][3] not in DETERMINERS_FA), len(tokens))
        if ra is None or claim >= len(tokens) or not self.c.claims.fullmatch(tokens[claim][3]):
            return 0  # (the claim word after its number: 'یافته‌های یک گزارش', the run cut before 'یک')
        if any(t[2][-1:] in "\u060c," for t in tokens[lead:ra]):
            return 0
        # (not before an adjective in -ی, 'ایران اسلامی'; a noun before its genitive ends in 'ای' or 'وی': 'محتوای')
        return next(
            (
                j
                for j in range(lead + 2, n)
                if self._place(tokens[j - 1][2].strip(PUNCT))
                and not (
                    tokens[j][3].endswith("\u064a") and not tokens[j][3].endswith(("\u0627\u064a", "\u0648\u064a"))
                )
                # (nor before a state's or body's adjective, 'نیروهای سوریه دمکراتیک': part of the name)
                and tokens[j][3] not in STATE_FORMS_FA
                and self._name_ends(tokens, lead, j)
            ),
            0,
        )

    def _name_ends(self, tokens: list[tuple[int, int, str, str]], lead: int, j: int) -> bool:
        """Whether the Persian words from ``lead`` to ``j`` make a whole subject: a person's name, one named before,
        a pronoun, a record, or words ending with a country ('وزیر خارجه کسلیا')."""
        name = [t[2].strip(PUNCT) for t in tokens[lead:j]]
        phrase = " ".join(name)
        person = 2 <= j - lead <= 4 and given_or_family_name(name[0]) and looks_like_a_persons_name(phrase)
        person = person and all(self._name_word(t[3], k == 0) for k, t in enumerate(tokens[lead:j]))
        # (or one named before: 'کاظمی ترور ... را' after 'رضا کاظمی'; or a pronoun: 'وی انفجار بندر را')
        known = name_key(phrase) in self.by_key or self._earlier(name_key(phrase)) is not None
        known = known or (j - lead == 1 and tokens[lead][3] in self.c.pronouns)
        return bool(person or known or self._place(name[-1]) or self.index.lookup(phrase) is not None)

    def _persons_name(self, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether two to four tokens are a person's name: plain words, the first a given or family name."""
        raw = [t[2].strip(PUNCT) for t in tokens]
        if not 2 <= len(raw) <= 4 or not all(self._name_word(t[3], k == 0) for k, t in enumerate(tokens)):
            return False
        return given_or_family_name(raw[0]) and looks_like_a_persons_name(" ".join(raw))

    def _may_end_subject(self, token: tuple[int, int, str, str]) -> bool:
        """Whether a Persian word before an object may end its subject: a name (name data, the family name's '-ی'), an
        office, a body's word, a stop, a place or a record; else it heads the object ('حمله', 'ترور')."""
        word, fw = token[2].strip(PUNCT), token[3]
        if fw in STATE_FORMS_FA:
            return True  # ('نیروهای سوریه دمکراتیک', 'جمهوری اسلامی'): a state's or a body's adjective ends its name
        if word.endswith(("\u200c\u0647\u0627\u06cc", "\u200c\u0647\u0627\u064a", "\u200c\u0647\u0627")):
            return False  # a plural ('تکذیب‌های', denials) is no name: it heads the object
        if fw in DETERMINERS_FA:
            return False  # ('یک', 'دو', 'هر': a number or 'each' opens the object's noun, as short as a name's word)
        ends = self.c.titles | self.c.body_words | self.c.stops | self.c.pronouns
        if len(fw) < 3 or not fw.isalpha() or fw.endswith("\u064a") or fw in ends or looks_like_a_persons_name(word):
            return True
        return bool(territory_fa(word) or self.index.lookup(word) is not None or name_key(word) in self.by_key)

    def _after_fronted_object(self, tokens: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """In Persian, the subject written after a fronted object ('این خبر را X تکذیب کرد', this report X denied), as
        it is written before it ('X این خبر را تکذیب کرد'): the words after the last 'را' when they run to the verb
        and read as a speaker (an office, a body, a source, a pronoun, a record's or a person's name), not as what
        the object is called ('این ادعا را مضحک خواند')."""
        ra = max((i for i, t in enumerate(tokens) if t[3] == RA), default=-1)
        rest = tokens[ra + 1 :] if ra > 0 and not self._cut_subject(tokens) else []
        # (what the object is called ends the subject: 'این ادعا را X بی‌اساس خواند')
        called = next((j for j in range(len(rest)) if self.c.cue.match(" ".join(t[3] for t in rest[j:]))), len(rest))
        n = self._cut_subject(rest[:called])
        if n and rest[n - 1][2][-1:] in "\u060c,":  # 'X، سخنگوی ...،': the name and its office between commas
            n = max(j + 1 for j in range(n - 1, called) if rest[j][2][-1:] in "\u060c,")
        # (then only words that may stand between a subject and its verb: 'نیز', 'روز شنبه', 'قاطعانه')
        if not n or any(t[3] not in self.c.stops | self.c.time_words for t in rest[n:called]):
            return []
        rest = rest[:n]
        first = rest[0][3]
        phrase = " ".join(t[2] for t in rest).strip(PUNCT)
        speaker_word = first in self.c.titles | self.c.body_words | self.c.heads | self.c.pronouns
        if speaker_word or self.index.lookup(phrase) is not None or looks_like_a_persons_name(phrase):
            return rest
        return []

    def _too_at(self, tokens: list[tuple[int, int, str, str]], k: int) -> bool:
        """Whether Persian token ``k`` is 'too' ('نیز', 'هم'), no part of the subject after it: not the first 'هم' of
        'هم X و هم Y' (both X and Y), whose second comes after 'و' ('و هم', 'وهم')."""
        if tokens[k][3] not in TOO_FA:
            return False
        if tokens[k][3] != BOTH_FA:
            return True
        rest = [t[3] for t in tokens[k + 1 :]]
        return not any(
            w == AND_FA + BOTH_FA or (w == BOTH_FA and j and rest[j - 1] == AND_FA) for j, w in enumerate(rest)
        )

    def _after_discourse_opener(self, tokens: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """The Persian subject region's words after the last phrase of discourse that opens a clause after a comma
        ('...، از سوی دیگر Y', '...، در مقابل Y'), when a subject stands after it; else ``tokens`` unchanged."""
        for i in range(len(tokens) - 1, 0, -1):
            if tokens[i - 1][2].rstrip()[-1:] not in "\u060c,\u061b":
                continue
            n = self._discourse_opener(tokens, i)
            rest = tokens[i + n :]
            comma = next((j for j, t in enumerate(rest[:4]) if t[2][-1:] in "\u060c,"), None)
            if n and rest and not self._cut_subject(rest) and comma is not None:
                rest = rest[comma + 1 :]  # ('...، در مقابل این ادعا، Y آن را تکذیب کرد': its object, then Y)
            if n and rest and self._cut_subject(rest):
                return rest
        return tokens

    @staticmethod
    def _discourse_opener(tokens: list[tuple[int, int, str, str]], i: int) -> int:
        """How many Persian tokens from ``i`` a phrase of discourse takes (0 when none): its words apart, or with the
        preposition written onto the next word as web copies write it ('ازسوی دیگر', 'درمقابل', 'درهمین حال'), after
        an 'و' of its own ('...، و از سوی دیگر Y'); no comma inside it (one may close it: 'از سوی دیگر، Y')."""
        k = i + 1 if i < len(tokens) and tokens[i][3] == AND_FA else i
        for phrase in DISCOURSE_OPENERS_FA:
            for m in range(len(phrase), 0, -1):
                words = tokens[k : k + m]
                if len(words) < m or any(t[2][-1:] in "\u060c," for t in words[:-1]):
                    continue
                if "".join(t[3] for t in words) == "".join(phrase):
                    return k + m - i
        return 0

    def _opening_phrase(self, tokens: list[tuple[int, int, str, str]]) -> int:
        """How many words of a Persian subject region open it as a phrase of time or discourse before the subject,
        written without a comma (0 when none): a preposition, then 'this' or 'that' and a noun ('در همین حال', 'در
        این نشست', 'با این حال'), 'از' and 'this' ('پیش از این'), or a noun and 'other' ('از سوی دیگر'). With the
        comma the subject is found after it; the phrase is never part of the subject."""
        # (the phrases of discourse that open a clause after a comma open a sentence too, glued or apart: 'ازسوی دیگر
        # X', 'درهمین حال X', 'در مقابل X' (by contrast))
        opener = self._discourse_opener(tokens, 0)
        if opener and opener < len(tokens) and tokens[opener - 1][2][-1:] not in "\u060c,":
            return opener
        if len(tokens) < 2 or tokens[0][3] not in self.c.stops | GLUED_FROM_THIS_FA:
            return 0
        if tokens[0][3] in GLUED_FROM_THIS_FA:
            # ('پیش‌ازاین X گفته بود': the three words written as one, as web copies glue them)
            return 1 if tokens[0][2][-1:] not in "\u060c," else 0
        if tokens[1][3] in FROM_THIS_FA:
            # ('پیش ازاین X گفته بود': 'از' glued onto 'this', as often; two words for the three)
            return 2 if not any(t[2][-1:] in "\u060c," for t in tokens[:2]) and len(tokens) > 2 else 0
        if len(tokens) < 4 or any(t[2][-1:] in "\u060c," for t in tokens[:3]):
            return 0
        second, third = tokens[1][3], tokens[2][3]
        if second == FROM_FA:
            # ('پیش از این تکذیب رسمی، X مدعی شده بود', before this official denial: 'this' is its noun's, and the
            # phrase runs to its comma, after which the subject is found; not a name set off by its comma, 'پیش از
            # این رامین دلاوری، سخنگوی ...، گفته بود')
            noun = next((j for j in (3, 4) if j < len(tokens) and tokens[j][2][-1:] in "\u060c,"), None)
            if noun is not None and noun + 1 < len(tokens):
                words = " ".join(t[2] for t in tokens[3 : noun + 1]).strip(PUNCT)
                if not looks_like_a_persons_name(words) and self.index.lookup(words) is None:
                    return 0
            return 3 if third in self.c.demonstratives | THAT_FA else 0
        return 3 if second in THIS_FA or third == OTHER_FA else 0

    def _opens_setting_out_a_claim(self, masked: str, start: int, end: int) -> bool:
        """Whether the Persian words from ``start`` to ``end`` open by setting out another side's claim ('این که X
        ادعا می‌کند که ...', as for X's claim that ...): what follows answers it, and the claim's words name no one who
        answers (read so by where the subject starts and by the answer in the first person)."""
        return not self.words.verb_first and bool(AS_FOR_THE_CLAIM_FA.match(fold_words(masked[start:end])))

    def _after_the_claim_set_out(self, masked: str, opening: int, begin: int, verb_start: int) -> int:
        """In Persian, where the subject starts in a sentence (from ``opening``) that opens by setting out another's
        claim ('این که X ادعا می‌کند که ...، Y این ادعا را رد کرد', as for X's claim that ..., Y denied it): after the
        first of the clause's commas that a subject follows; the clause's words, X's among them, are never the
        subject."""
        if not self._opens_setting_out_a_claim(masked, opening, verb_start):
            return begin
        # (the first comma with a subject after it: the answerer may be set off by commas of its own, 'سخنگوی X،
        # کاوه نیک‌نام، این ادعا را ...')
        commas = list(re.finditer("[\u060c,]", masked[begin:verb_start]))
        for comma in commas:
            if self._cut_subject(self._tokens(masked, begin + comma.end(), verb_start)):
                return begin + comma.end()
        # (none: a pronoun or no subject answers, 'این که X ادعا می‌کند ...، او این ادعا را رد کرد', one named
        # before; still not X, whose claim it is)
        return begin + commas[-1].end() if commas else begin

    def _after_while(self, masked: str, begin: int, verb_start: int) -> int:
        """In Persian, where the subject may start after an opening 'while' clause ('درحالی که ... میشد X ... رد
        کرد', while reports went round, X denied): after the clause's own verb, else after its last comma; the
        clause's words are never the subject."""
        tokens = self._tokens(masked, begin, verb_start)
        length = self._opens_while([t[3] for t in tokens[:3]])
        if not length:
            # '... افزایش یافته و در حالی که X مدعی است ...، Y این ادعا را رد کرد' (tensions rose, and while X
            # claims ..., Y denied it): the clause may open after 'و' ending a clause of its own; the subject
            # follows it as at the sentence's start
            k = next(
                (
                    k
                    for k in range(1, len(tokens) - 3)
                    if tokens[k - 1][3] == "\u0648" and self._opens_while([t[3] for t in tokens[k : k + 3]])
                ),
                None,
            )
            if k is None:
                return begin
            tokens, length = tokens[k:], self._opens_while([t[3] for t in tokens[k : k + 3]])
        rest = tokens[length:]
        at = next(
            (
                j
                for j, t in enumerate(rest)
                if t[3] in CLAUSE_VERBS or (t[3].startswith("\u0645\u064a") and len(t[3]) > 3)
            ),
            None,
        )
        if at is not None:
            # 'در حالی که کسلیا مدعی است که جنبش نور حمله کرده است، دوریان کسلان ... رد کرد': the clause's verb
            # takes a clause of its own after 'که'; the while clause closes at the comma after it
            if at + 1 < len(rest) and rest[at + 1][3] == "\u0643\u0647" and rest[at][2][-1:] not in "\u060c,":
                comma = self._clause_comma(rest[at + 1 :])
                if comma is not None:
                    return comma[1]
            return rest[at][1]
        commas = [t for t in rest if t[2][-1:] in "\u060c,"]
        if not commas and rest:
            # ('در حالی که کسلیا بارها اعلام کرده که ...، X ...': the verb read is the clause's own, no verb nor comma
            # of the clause before it; its subject follows 'در حالی که', and is no subject of the sentence's verb)
            return rest[0][0]
        return commas[-1][1] if commas else verb_start

    def _while_claim_closes(self, masked: str, begin: int, after: int, verb_start: int) -> int | None:
        """In Persian, where a claim said inside an opening 'while' clause ends, when its 'که' clause closes with a
        comma before the next verb's subject: 'در حالی که کسلیا مدعی است که جنبش نور حمله کرده است، وزیر دفاع
        کسلیا این ادعا را رد کرد' (while Kaslia claims the movement attacked, the defence minister denied it): the
        claim's clause is not the denier; None where no such clause stands before the verb."""
        before = [t[3] for t in self._tokens(masked, begin, after)]
        opens = any(
            self._opens_while(before[k : k + 3]) and (k == 0 or before[k - 1] == "\u0648") for k in range(len(before))
        )
        rest = self._tokens(masked, after, verb_start)
        if not opens or len(rest) < 3 or rest[0][3] != "\u0643\u0647" or MASK in masked[after:verb_start]:
            return None
        comma = self._clause_comma(rest[1:-1])
        return comma[1] if comma is not None else None

    @staticmethod
    def _clause_comma(tokens: list[tuple[int, int, str, str]]) -> tuple[int, int, str, str] | None:
        """The comma that closes a Persian clause: the first after its verb ('... انجام داده است،'), not one in a list
        inside it ('در شهرهای الف، ب و ج حمله کرده است،'); else the first comma."""
        commas = [t for t in tokens if t[2][-1:] in "\u060c,"]
        ends = next((t for t in commas if t[3] in CLAUSE_VERBS or t[3] in PARTICIPLES_FA), None)
        return ends or (commas[0] if commas else None)

    def _opens_while(self, words: list[str]) -> int:
        """How many of the folded words open a Persian 'while' clause ('درحالی که', 'در حالی که', 'در حالیکه'): 1 to 3,
        or 0."""
        if words[:2] == ["\u062f\u0631\u062d\u0627\u0644\u064a", "\u0643\u0647"]:
            return 2
        # (and 'که' joined on: 'در حالیکه', 'درحالیکه')
        if words[:2] == ["\u062f\u0631", "\u062d\u0627\u0644\u064a\u0643\u0647"]:
            return 2
        if words[:1] == ["\u062f\u0631\u062d\u0627\u0644\u064a\u0643\u0647"]:
            return 1
        return 3 if words[:3] == ["\u062f\u0631", "\u062d\u0627\u0644\u064a", "\u0643\u0647"] else 0

    def _this_body_at(self, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether the words open with 'this' and a body's word, unset off by a comma ('این وزارتخانه', 'این جنبش'),
        a subject that refers back to a body named before."""
        return (
            len(tokens) > 2
            and tokens[0][3] in self.c.demonstratives
            and tokens[1][3] in self.c.body_words
            and tokens[1][2][-1:] not in "\u060c,"
        )

    def _after_time_span(self, tokens: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """In Persian, the words after an opening span of time and its comma: 'یک روز پس از اظهارات وزیر دفاع
        کسلیا، وزارت دفاع جنبش نور گفته است ...' (a day after the Kaslian minister's remarks, the movement's ministry
        said): a number and a unit of time ('یک روز', 'دو هفته', '۳ ساعت', or 'ساعاتی', 'چند روز') then 'after' or
        'before' opens no subject; the subject follows the comma. Without the comma, or with another opening, the
        tokens as they were."""
        k = 1 if tokens and tokens[0][3] in SPAN_ONE_WORD_FA else 0
        if not k and len(tokens) > 2 and (tokens[0][3] in SPAN_NUMBERS_FA or tokens[0][3].isdigit()):
            k = 2 if tokens[1][3] in SPAN_UNITS_FA else 0
        if not k or k >= len(tokens) or tokens[k][3] not in SPAN_AFTER_FA:
            return tokens
        comma = next((i for i, t in enumerate(tokens) if i >= k and t[2][-1:] in "\u060c,"), None)
        return tokens[comma + 1 :] if comma is not None and comma + 1 < len(tokens) else tokens

    def _after_opening_event(self, tokens: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """In Persian, the words after an opening clause of the event the sentence answers, set off by its comma:
        'به دنبال نشر خبر مرگ X، رهبر گروه Y، سخنگوی Z گفت ...' (following the news of X's death, the leader of
        group Y, Z's spokesman said): 'به دنبال', 'در پی', 'پس از', 'بعد از' (following, after) take an event as
        their object, never the subject, and a name in it with its office set off by commas is the event's. The
        subject follows the last comma that leaves one ('...، سخنگوی Z، گفت': the comma after the subject closes
        nothing). Without a comma, or with another opening, the tokens as they were."""
        if len(tokens) < 4 or not (
            (tokens[0][3], tokens[1][3]) in EVENT_OPENERS_FA or tokens[0][3] in EVENT_OPENERS_JOINED_FA
        ):
            return tokens
        for i in range(len(tokens) - 2, 1, -1):
            if tokens[i][2][-1:] not in "\u060c,":
                continue
            rest = tokens[i + 1 :]
            if not self._cut_subject(rest):
                continue
            # ('...، دارا وین، سخنگوی Z، گفت': a person's name set off before its office is the subject, the office
            # its apposition)
            before = next((j for j in range(i - 1, 1, -1) if tokens[j][2][-1:] in "\u060c,"), None)
            if before is not None:
                name = " ".join(t[2] for t in tokens[before + 1 : i + 1]).strip(PUNCT)
                words = tokens[before + 1 : i + 1]
                plain = not any(t[3] in self.c.titles | self.c.heads | self.c.body_words | self.c.stops for t in words)
                if plain and looks_like_a_persons_name(name) and self._cut_subject(tokens[before + 1 :]):
                    return tokens[before + 1 :]
            return rest
        return tokens

    def _time_at(self, tokens: list[tuple[int, int, str, str]], i: int) -> bool:
        """Whether a token is a word of time: 'امروز', a date's digits, or a day written in two words, 'سه شنبه'
        (Tuesday) as well as 'سه‌شنبه' (the number, then 'شنبه')."""
        word = tokens[i][3]
        if word in self.c.time_words or word.isdigit():
            return True
        # ('چندی پیش X گفت', 'مدتی قبل X ...': a while ago, two words of time before the subject; not 'پیش' or
        # 'قبل' alone, which open phrases of their own: 'پیش از این')
        # (and the ezafe's 'ی' written apart between them, 'هفته ی گذشته', a word of the time too)
        words = [t[3] for t in tokens]
        if word == EZAFE_FA:
            return 0 < i < len(words) - 1 and words[i - 1] in A_WHILE_FA and words[i + 1] in AGO_FA
        if word in A_WHILE_FA:
            ago = i + 2 if words[i + 1 : i + 2] == [EZAFE_FA] else i + 1
            return ago < len(words) and words[ago] in AGO_FA
        if word in AGO_FA:
            since = i - 2 if words[i - 1 : i] == [EZAFE_FA] else i - 1
            return since >= 0 and words[since] in A_WHILE_FA
        return word in DAY_NUMBERS_FA and i + 1 < len(tokens) and tokens[i + 1][3] == SATURDAY_FA
