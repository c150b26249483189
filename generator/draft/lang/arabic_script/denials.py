"""The Arabic-script reader's fifth stage: what makes a sentence a denial, and what it denies.

:class:`DenialsStage` reads the cues and verbs of denying, the quotations that deny in their own words, the judgements
that call words untrue, and cuts out what was denied; the stages above decide when a sentence is read for them.
"""

from __future__ import annotations

import re

from generator.draft.discourse import Entity, Speaker
from generator.draft.lang.arabic_script.headlines import HeadlinesStage
from generator.draft.lang.arabic_script.patterns import (
    ABOUT_THIS_FA,
    ABOUT_WORDS,
    AGAIN_FA,
    AGENT_CLOSING_FA,
    AND_FA,
    ANOTHERS_STATEMENT_IN_IT,
    ASIDE_FA,
    BARE_THAT,
    BUT_FA,
    BUT_RATHER,
    BY_AGENT_FA,
    BY_STATEMENT_FA,
    BY_THE_TONGUE,
    CAME_IN_IT_AR,
    CAN_FA,
    CANNOT_ACCUSE_UNPROVEN,
    CLAIM_HEADS_FA,
    CLAUSE_BREAK_FA,
    CLAUSE_OPENS,
    CLOSED_KE,
    CLOSERS,
    COMMENTED,
    CONGRATULATING,
    CUT_AFTER,
    DASHED_ASIDE,
    DAYS_NAMED,
    DEEMING,
    DEFINITE,
    DENIAL_NOUN,
    DENYING_NOUNS,
    FALSE_STEMS,
    FLATLY,
    FROM_FA,
    GUNE_FA,
    IN,
    IN_BEFORE_WHAT,
    IN_FA,
    IN_GOVERNMENT,
    IN_THE_STATEMENT,
    IS_FA,
    ISSUED_STATEMENT_AR,
    MANNER_LEAD,
    MARKS,
    NEGATED_END_FA,
    NEGATED_PASSIVE_END_FA,
    NEGATORS,
    OCCASIONS_FA,
    ON,
    ONE_FA,
    OPENERS,
    OWN_PRONOUNS,
    OWN_PRONOUNS_FA,
    PRAISED_DEED,
    PREPOSITIONS_FA,
    PRETEXT_FA,
    PUBLISHED_THAT_FA,
    PUNCT,
    RA,
    RA_AFTER,
    RA_CLOSING,
    REJECTED_AND_IT_FA,
    SAID_BY,
    SAYING_ALSO_NOUNS,
    SAYINGS_FA,
    SELF_THAT,
    SHEER_FA,
    SHORT_NAME_IN_BRACKETS,
    SHORT_NAME_IN_MARKS,
    STATEMENT_ACC_AR,
    TAKEN_UP_HEAD_FA,
    THAT,
    THAT_AFTER_VERB_FA,
    THAT_KE_FA,
    THAT_NOUN_NOT,
    THIS_COUNTRY_FA,
    THIS_FA,
    TIME_BETWEEN_COMMAS,
    TO,
    TOLD_IN_MARKS,
    WE_DID_NOT_MID_AR,
    WHEN_WORDS,
    WHICH_IT_TAKES_UP,
    WHILE_DENYING_FA,
    YET_FA,
    governs_an,
)
from generator.draft.lang.arabic_script.plain_text import folded_in, in_present
from generator.draft.lang.arabic_script.records import ReadAct, ReadSentence
from generator.draft.lang.arabic_words import fold_words, folded
from generator.draft.names import given_or_family_name, name_key
from generator.draft.text import MASK, Paragraph, Quote, Sentence
from generator.weekdays import is_weekday


class DenialsStage(HeadlinesStage):
    """Cues and verbs of denying, and what a denial denies."""

    def _quoted_subject(self, para: Paragraph, sent: Sentence, at: int, denying: bool = False) -> Speaker | None:
        """In Arabic, the one a relayed quotation reports speaking: 'ذكرت الوكالة أن "مصدر في الوزارة نفى ..."' (that "a
        source in the ministry denied ..."). The quotation, right after 'أن' (or 'إلى أن'), opens with a source or an
        office and its verb; the quoted words are the relay's, what is said or denied in them the source's.
        ``denying``: any body or person before a verb of denying in the past ('لافتا إلى أن «استخبارات X نفت ...»')."""
        if not self.words.verb_first:
            return None
        q = next((q for q in sent.quotes if q.start >= at), None)
        lead = [w for w in fold_words(para.masked[at : q.start]).split() if w] if q is not None else []
        if q is None or not q.closed or lead[-1:] != ["ان"] or len(lead) > 2:
            return None
        tokens = self._tokens(para.text, q.start + 1, q.end - 1)
        office = bool(tokens) and tokens[0][3] in self.c.heads | self.c.titles
        if len(tokens) < 3 or not (office or denying) or tokens[0][3] in self.c.first_person | self.c.demonstratives:
            return None
        k = self._cut_subject(tokens)
        if not k or k >= len(tokens) or not self.c.verb.fullmatch(tokens[k][3]):
            return None
        if not office and not (
            self.c.deny.fullmatch(tokens[k][3]) and not in_present(tokens[k][3], self.words.prefixes)
        ):
            return None
        return self.speaker(para.text[tokens[0][0] : tokens[k - 1][1]], para, tokens[0][0], sent)

    def _saying_in_quotation(self, para: Paragraph, sent: Sentence, q: Quote) -> Speaker | None:
        """In Persian, the one whose words a speaker reports in a quotation that opens with them and a verb of saying:
        'X گفت: مسئولان ایرانی تاکید کردند که ... ارتباطی ندارد' (X said: Iranian officials stressed that it has
        nothing to do with them): they deny, X only tells of it."""
        if self.words.verb_first:
            return None
        tokens = self._tokens(para.text, q.start + (para.text[q.start] in OPENERS), q.end)
        if not tokens or tokens[0][3] in self.c.first_person | self.c.demonstratives:
            return None
        # the verb of saying within the first words, after a subject that holds none
        k = next(
            (
                j
                for j in range(1, min(6, len(tokens)))
                if self.c.verb.match(fold_words(para.text[tokens[j][0] : q.end]))
            ),
            0,
        )
        if not k or self._cut_subject(tokens[:k]) != k:
            return None
        # ('X گفت: «شبکه Y گزارش داد که ...، اما این خبر صحت ندارد»': a 'but' after the report told, the words untrue
        # after it: X tells of Y's report to deny it, and the denial is X's)
        but = next((j for j in range(k + 1, len(tokens)) if tokens[j][3] in BUT_FA), None)
        if but is not None and self._cue(" ".join(t[3] for t in tokens[but + 1 :])) is not None:
            return None
        return self.speaker(para.text[tokens[0][0] : tokens[k - 1][1]], para, tokens[0][0], sent)

    def _only_commented_on(self, para: Paragraph, sent: Sentence, act: ReadAct) -> bool:
        """Whether an Arabic sentence only says that its subject commented on something, not what it said: 'علقت حركة
        النور على البيان' (the Nour movement commented on the statement) claims nothing; 'علقت ... على البيان بالقول
        إن ...', 'قائلة ...' or 'علقت ...: ...' say what (the words after 'that' or the colon are its claim)."""
        if fold_words(para.masked[act.start : act.end]).lstrip("\u0648\u0641") not in COMMENTED:
            return False
        tokens = self._tokens(para.masked, max(act.subject_end, act.end), sent.end)
        if not tokens or tokens[0][3] != ON or ":" in para.masked[act.end : sent.end]:
            return False
        said = THAT | BARE_THAT | SAID_BY
        return not any(t[3] in said or self.c.participle.fullmatch(t[3]) for t in tokens)

    def _restates_unsigned(self, para: Paragraph, sent: Sentence) -> bool:
        """Whether a Persian sentence in the text's own voice says that something is not so right after one that calls
        a claim untrue in that voice ('این گفته عاری از حقیقت است. جنبش هیچ نشستی ... انجام نداده است.'): a statement
        denies, then says what did not happen; both are its signer's words."""
        if self.words.verb_first or not self.unsigned or self.unsigned[-1][0].number != para.number:
            return False
        at = next((i for i, s in enumerate(para.sentences) if s.start == sent.start), 0)
        if at == 0 or para.sentences[at - 1].start != self.unsigned[-1][1].start:
            return False
        words = para.text[sent.start : sent.end]  # ('هیچ ... انجام نداده', none done, as after a verb of saying)
        return self._restates(words) or bool(self.c.none_done.search(fold_words(words)))

    def _spreading_before(self, fw: str, at: int) -> bool:
        """Whether words of spreading or a pretext stand a few words before a cue at ``at`` in folded words ('نسبت به
        انتشار شایعات', 'به بهانه‌های واهی'): no denial of the reports at hand. Not a Persian pretext that a claim
        marked with 'را' is called ('این ادعا را بهانه‌ای برای دروغ‌پردازی دانست', called it a pretext for lie-making):
        the claim is judged a lie, a denial, where 'به بهانه' (on the pretext of) accuses another."""
        found = self.c.spreading.search(fw, max(0, at - 40), at)
        if found is None:
            return False
        before = fw[: found.start()].split()
        return not (not self.words.verb_first and before[-1:] == [RA] and PRETEXT_FA in found.group())

    def _cue(self, fw: str, at_public: bool = False) -> re.Match[str] | None:
        """The first denial cue in folded words ('كاذبة', 'بی‌اساس'), not one in a warning against those who spread
        false news or against rumours ('حذرت الوزارة من الشائعات', 'نسبت به شایعات هشدار داد'), nor a negated one
        ('ليست مفبركة'), nor one aimed at the public ('حملة تضليل ضد الشعب', a campaign the speaker accuses another
        of), unless ``at_public`` (see :meth:`_campaign_about_own_side`)."""
        return next(
            (
                m
                for m in self.c.cue.finditer(fw)
                if not (
                    (
                        self._spreading_before(fw, m.start())
                        or self.c.warned_before.search(fw, max(0, m.start() - 100), m.start())
                        or self.c.warned_after.match(fw, m.end())
                    )
                    and not self._these(fw, m.start())
                )
                and not self.c.negated_before.search(fw, max(0, m.start() - 20), m.start())
                and not self.c.negated_after.match(fw, m.end())
                # (right after the cue, or among the words a cue with words between its parts holds: 'را جنگ روانی
                # علیه مردم خواند'; not in 'not ... but' ('نه علیه مردم، بلکه علیه شورشیان'), whose public is what the
                # correction denies)
                and (at_public or not self.c.aimed_at_public.match(fw, m.end()))
                and not (
                    not at_public
                    and self.c.aimed_at_public.search(fw, m.start(), m.end())
                    and not BUT_RATHER.search(fw, m.start(), m.end())
                )
                and not self._qualifies_an_object(fw, m)
            ),
            None,
        )

    def _campaign_about_own_side(self, fw: str, read: ReadSentence) -> re.Match[str] | None:
        """A cue aimed at the public ('حملة تضليل ضد الشعب', 'جنگ روانی علیه مردم') that the speaker says of reports
        about its own side: 'about' ('عن', 'حول', 'درباره') then the body the speaker is or speaks for ('الكتائب' said
        by the brigades, 'الحكومة' by the government's spokesman, 'تیپ' by the brigade's) or a word with the
        speaker's pronoun ('قواتها', its forces; 'نیروهایش'). The campaign is then the reports the speaker denies, as
        the gold counts a dismissal of reports about oneself; said of another's side it stays no denial."""
        cue = self._cue(fw, at_public=True)
        speaker = next((a.speaker for a in read.acts if a.speaker is not None and not a.claimed), None)
        if cue is None or speaker is None:
            return None
        before = fw[: cue.start()]
        about = [m for m in ABOUT_WORDS.finditer(before) if not governs_an(before[: m.start()])]
        if not about:
            return None
        own = {w.removeprefix(DEFINITE[0]) for w in fold_words(speaker.label).split()} & self.c.body_words
        pronouns = OWN_PRONOUNS if self.words.verb_first else OWN_PRONOUNS_FA
        for word in before[about[-1].end() :].split()[:4]:
            if word.removeprefix(DEFINITE[0]) in own or word.endswith(pronouns):
                return cue
        return None

    def _well_after_a_report(self, para: Paragraph, sent: Sentence, fw: str) -> re.Match[str] | None:
        """One reported dead, held or gone said to be well, alive or free ('حال او خوب است', 'زنده است'): a denial in
        positive words where this sentence or the one before it names the report or rumour ('شایعه فوت X'); said of
        anyone else (the wounded, a market 'free' to enter) it denies nothing."""
        well = self.c.well.search(fw)
        if well is None or self.c.harm_reported.search(fw):
            return well
        at = next((i for i, s in enumerate(para.sentences) if s is sent), 0)
        if at:
            before = para.text[para.sentences[at - 1].start : para.sentences[at - 1].end]
        else:  # (the last sentence of the paragraph before: a headline, a lead)
            before = re.split(r"(?<=[.!?\u061f])\s+", self.texts.get(para.number - 1, "").strip())[-1]
        return well if self.c.harm_reported.search(fold_words(before)) else None

    def _cue_in_subject_only(
        self, para: Paragraph, sent: Sentence, read: ReadSentence, at_public: bool = False
    ) -> bool:
        """Whether every denial cue of an Arabic sentence stands within the subject of one of its verbs of saying
        (not a verb of deeming, whose object and what it is deemed may run into a subject read
        too long: 'وصفت الأنباء بالكاذبة'; nor in Persian, where what stands before a verb of calling holds the
        cue it calls: 'این خبر را مردود خواند')."""
        if not self.words.verb_first:
            return False
        spans = [
            a.subject
            for a in read.acts
            if a.kind == "verb" and a.subject is not None and fold_words(para.masked[a.start : a.end]) not in DEEMING
        ]
        spans = [(s, e) for s, e in spans if sent.start <= s < e <= sent.end]
        if not spans:
            return False
        text = para.text
        for s, e in spans:
            text = text[:s] + " " * (e - s) + text[e:]
        return self._cue(fold_words(text[sent.start : sent.end]), at_public) is None

    def _qualifies_an_object(self, fw: str, m: re.Match[str]) -> bool:
        """Whether a Persian cue qualifies the words or claims that the object of a verb of saying names, 'را' right
        after it ('X گفته‌های عاری از حقیقت را بیان داشت', X voiced untrue words): the reporter's word for what the
        subject said, no one's denial (where a cue is a predicate, a verb of calling follows it: 'آن را بی‌اساس
        خواند'; in a statement's own voice, 'راپورهای بی‌اساس را نشر می‌کنند', it is the statement's)."""
        ra = RA_AFTER.match(fw, m.end())
        if self.words.verb_first or ra is None:
            return False
        before = fw[max(0, m.start() - 40) : m.start()].split()[-2:]
        if not any(self.c.claims.fullmatch(w) or w in SAYINGS_FA for w in before):
            return False
        clause = re.split(r"[.\u060c,:\u061b]", fw[ra.end() :])[0]
        return any(not self.c.deny.fullmatch(v.group()) for v in self.c.verb.finditer(clause))

    def _judges_a_denial(self, before: str) -> bool:
        """Whether folded words that end right before a cue or a verb of rejecting end with a denial named as a noun
        ('تکذیب جنبش نمونه را', 'إن نفي الحركة'), no claim word after it: what is called false or rejected is another's
        denial, which maintains the claim (as 'X said the brigade's denial was false' in English)."""
        words = re.split(r"[.\u060c,:\u061b]", before)[-1].split()[-6:]
        at = max((i for i, w in enumerate(words) if DENIAL_NOUN.fullmatch(w)), default=None)
        return at is not None and not any(self.c.claims.search(w) or self.c.verb.fullmatch(w) for w in words[at + 1 :])

    def _these(self, fw: str, at: int) -> bool:
        """Whether a demonstrative stands right before a cue: 'مروجي هذه الشائعات' (those spreading these rumours)
        calls the reports at hand rumours, where 'من ينشر الشائعات' only warns."""
        before = fw[max(0, at - 12) : at].split()
        return bool(before) and before[-1] in self.c.demonstratives

    def _after_one_can_fa(self, before: str) -> bool:
        """In Persian, whether the folded text ``before`` a verb ends in a clause of 'one can' ('نمی‌توان نقش ایران را',
        'می‌توان'), the verb its short infinitive; not where a verb of its own came after 'one can' ('نمی‌توان به این
        گزارش اعتماد کرد و وزارت ... آن را تکذیب کرد': that verb, 'کرد', was the infinitive, and a new clause
        followed); nor where 'و' follows it, which makes 'نمی‌شود' a finite verb ending its clause ('نشست برگزار نمی‌شود و
        وزارت ... آن را تکذیب کرد', the meeting is not held, and the ministry denied it), never 'one cannot'."""
        clause = CLAUSE_BREAK_FA.split(before)[-1]
        can = next(reversed(list(CAN_FA.finditer(clause))), None)
        if can is None:
            return False
        after = clause[can.end() :].split()
        # (a light verb's past stem, as the short infinitive is written: 'کرد', 'نمود', 'شد')
        stems = {verb.removesuffix("\u0646") for verb in self.c.light_verbs}
        return stems.isdisjoint(after) and after[:1] != [AND_FA]

    def _we_did_not(self, words: str) -> bool:
        """Whether a quotation's folded ``words`` say 'we did not' (``negated_we``), not 'not yet': Persian 'هنوز' (yet)
        in the clause before the verb says what is still to be done ('ما هنوز نامه را نفرستاده‌ایم', we have not sent
        the letter yet), no deed denied."""
        for m in self.c.negated_we.finditer(words):
            clause = CLAUSE_BREAK_FA.split(words[: m.start()])[-1]
            if self.words.verb_first or YET_FA not in clause.split():
                return True
        return False

    def _denying_verbs(self, verbs: re.Pattern[str], words: str) -> list[re.Match[str]]:
        """The verbs of denying ``verbs`` finds in a quotation's folded ``words``: not one negated ('«لا ننفي ولا
        نؤكد»', we neither deny nor confirm), nor one after Persian 'one cannot' in its clause ('«نمی‌توان نقش ایران را
        انکار کرد»', it cannot be denied)."""
        return [
            m
            for m in verbs.finditer(words)
            if not NEGATORS & set(words[: m.start()].split()[-1:])
            and (self.words.verb_first or not self._after_one_can_fa(words[: m.start()]))
        ]

    def _denies_in_other_words(self, para: Paragraph, read: ReadSentence) -> ReadAct | None:
        """A denial with no verb of denying in the reporter's words, or None.

        A quotation that denies in its own words ('ننفي وجود ...', 'الهيئة تنفي وقوع ...'), or rejects claims
        ('... اظهارات ... را رد میکند'; rejecting something else, a proposal or a use, is no denial); one that
        opens with 'I did not' ('لم أر ...'); a negated answer to a claim ('در واکنش به خبر ... گفت: ... نمی کند'); or a verb of saying followed by 'that he did not' ('أكد أنه لم ير ...').
        """
        for att in read.quotes:
            words = fold_words(att.quote.text)
            proper = self._denying_verbs(self.c.deny_proper, words)
            denying = self._denying_verbs(self.c.deny, words)
            denies = proper or (denying and self.c.claims.search(words))
            negated = self.c.negated_quote.match(words) is not None
            # ('"ندين الهجوم. لم نقم به"': 'we did not' opening a later clause of the quotation, as its first)
            # (not after congratulations: '«نبارك العملية، ولم نشارك فيها»' tells no denial again, as :meth:`_restates`)
            praised = CONGRATULATING.search(PRAISED_DEED.sub(" ", words)) is not None
            negated = negated or (self.words.verb_first and not praised and WE_DID_NOT_MID_AR.search(words) is not None)
            if denies or negated or self._we_did_not(words) or self.c.neither_nor.search(words):
                # (a relayed quotation, 'أن "مصدر في الوزارة نفى ..."': the one it reports denies)
                before = para.text.rfind(" ", 0, para.text.rfind(" ", 0, att.quote.start - 1))  # ('إلى أن «')
                reported = self._quoted_subject(para, read.sentence, before, denying=True)
                denier = reported if denies and reported is not None else att.speaker
                if denies or negated:
                    denier = self._saying_in_quotation(para, read.sentence, att.quote) or denier
                # (not when only 'we did not' says 'not': 'we' is the quotation's speaker, whoever it tells of
                # as claiming, 'X ادعا کرده است ... ما ... نه در ... و نه در ... قرار می‌دهیم')
                return ReadAct(att.quote.start, att.quote.end, denier, True, "quoted", read.sentence.start)
            # 'در واکنش به خبر ... گفت: رهبر ... زندگی نمی کند': a negated answer to a claim
            lead = fold_words(para.masked[read.sentence.start : att.quote.start])
            if self.c.reacting.search(lead) and self._negated(words):
                return ReadAct(att.quote.start, att.quote.end, att.speaker, True, "quoted", read.sentence.start)
        for act in read.acts:
            if act.kind not in ("verb", "participle") or act.speaker is None or act.claimed:
                continue
            # ('قالت الوزارة إنها "لم تنفذ ..."': the quotation's marks set aside, its words read)
            after, _ = folded(re.sub(MARKS, " ", para.text[act.subject_end : read.sentence.end]))
            near = self.c.negated_that_near.search(after[:60])
            # ('أفادت مصادر بأن "الحركة تقول إنها لم ..."': the movement's words, which the sources tell of)
            if near is not None and self.words.verb_first and self._another_tells_it(after[: near.start()]):
                near = None
            if self.c.negated_that.match(after) or near is not None:
                # ('قالت الوزارة في بيان إنها "لم ..."': a phrase may stand between the subject and 'that')
                owner = self._statement_owner_within(para, read, act) if self.words.verb_first else None
                return ReadAct(act.start, act.end, owner or act.speaker, True, act.kind, act.subject_end)
            owner = self._statement_owner_within(para, read, act) if self.words.verb_first else None
            if owner is not None:
                return ReadAct(act.start, act.end, owner, True, act.kind, act.subject_end)
            if self.words.verb_first and self._own_side_not(act.speaker, after[:80]):
                return ReadAct(act.start, act.end, act.speaker, True, act.kind, act.subject_end)
            if self.words.verb_first and self._accuses_none_unproven(act.speaker, after[:300]):
                return ReadAct(act.start, act.end, act.speaker, True, act.kind, act.subject_end)
            if not self.words.verb_first and act.kind == "verb" and self._own_side_not_fa(para, read, act):
                return ReadAct(act.start, act.end, act.speaker, True, act.kind, act.subject_end)
            if not self.words.verb_first and act.kind == "verb" and self._not_done_by_own_side_fa(para, read, act):
                return ReadAct(act.start, act.end, act.speaker, True, act.kind, act.subject_end)
            if not self.words.verb_first and act.kind == "verb" and self._while_against_claim_fa(para, read, act):
                return ReadAct(act.start, act.end, act.speaker, True, act.kind, act.subject_end)
            unmarked = fold_words(re.sub(MARKS, " ", para.text[act.end : read.sentence.end]))  # ('«هیچگونه ...»')
            if act.kind == "verb" and (self.c.none_done.search(unmarked) or self.c.neither_nor.search(unmarked)):
                return ReadAct(act.start, act.end, act.speaker, True, act.kind, act.subject_end)
            none = self.c.none_happened.search(unmarked) if act.kind == "verb" else None
            if none is not None and self._answers_a_charge(para, act, none.group()):
                return ReadAct(act.start, act.end, act.speaker, True, act.kind, act.subject_end)
            lead = fold_words(para.masked[read.sentence.start : act.start])
            said = fold_words(para.masked[act.end : read.sentence.end])
            if self.c.reacting.search(lead) and self._negated(said):
                return ReadAct(act.start, act.end, act.speaker, True, act.kind, act.subject_end)
        return None

    def _another_tells_it(self, before: str) -> bool:
        """Whether the folded Arabic words between a speaker's verb and a 'that ... not' are 'that', a subject of its
        own and a verb of saying ('بأن الحركة تقول', 'إلى أن الوزارة أكدت'): the 'not' is that subject's, told of by the
        speaker, who denies nothing by telling it (its own verb, where read, makes the denial)."""
        words = [w for w in (w.strip(PUNCT) for w in before.split()) if w]
        if words[:1] == [TO]:
            words = words[1:]  # ('لافتة إلى أن X يقول إنه لم ...', pointing to that)
        if len(words) < 3 or words[0] not in BARE_THAT:
            return False
        k = next((i for i, w in enumerate(words) if i and self.c.verb.fullmatch(w)), None)
        return k is not None and k >= 2

    def _statement_owner_within(self, para: Paragraph, read: ReadSentence, act: ReadAct) -> Speaker | None:
        """In Arabic, the issuer of a statement the speaker tells of, when what it said is 'not' ('وقالت الحركة إن كسليا
        أصدرت بيانا جاء فيه أنها لم تسحب قواتها', the movement said Kessia issued a statement saying it did not): the
        issuer denies, the speaker only reports it; else None. The issuer is the subject after 'إن' or 'أن', of
        five words at most, before 'أصدرت بيانا جاء فيه' (or 'قالت فيه', 'أكدت فيه'), and the words after it say 'not'."""
        tokens = self._tokens(para.masked, act.subject_end, read.sentence.end)
        if len(tokens) < 5 or tokens[0][3] not in THAT:
            return None
        issued = next((k for k in range(2, min(7, len(tokens) - 2)) if tokens[k][3] in ISSUED_STATEMENT_AR), None)
        if issued is None or tokens[issued + 1][3] not in STATEMENT_ACC_AR:
            return None
        if tokens[issued + 2][3] not in CAME_IN_IT_AR or any(t[2][-1:] in CUT_AFTER for t in tokens[1:issued]):
            return None
        said, _ = folded(re.sub(MARKS, " ", para.text[tokens[issued + 2][0] : read.sentence.end]))
        if not self.c.negated_that_near.search(said[:60]) and self._cue(said) is None:
            return None
        return self.speaker(para.text[tokens[1][0] : tokens[issued - 1][1]], para, tokens[1][0], read.sentence)

    def _answers_a_charge(self, para: Paragraph, act: ReadAct, none: str) -> bool:
        """Whether another speaker made a Persian claim ('X مدعی شد که ...', 'ادعا کرد') in this paragraph or the one
        before, which ``act``'s speaker answers: 'هیچ حمله‌ای انجام نشده' (no attack took place) is then a denial of
        it, and else an account of what happened. ``none``: the folded words 'none ... took place', whose thing the
        claim must name ('هیچ عقب‌نشینی' against 'عقب نشسته‌اند'; not 'هیچ کمکی صورت نگرفته', no aid was given, after
        a claim of a withdrawal)."""
        speaker = act.speaker
        return speaker is not None and any(
            number in (para.number, para.number - 1)
            and not claimant.same(speaker)
            and self._names_the_thing(none, claimed)
            for number, claimant, claimed in self.charges
        )

    @staticmethod
    def _names_the_thing(none: str, claimed: str) -> bool:
        """Whether the thing of folded Persian 'هیچ X ... صورت نگرفته' (X, the word after 'هیچ' and any 'گونه') opens
        like a word of the folded ``claimed`` words: its first three letters ('عقب' of 'عقبنشيني' and 'عقب نشسته')."""
        words = [w for w in none.split()[1:] if w != GUNE_FA]
        stem = words[0][:3] if words else ""
        return len(stem) == 3 and any(w[:3] == stem for w in claimed.split())

    def _while_against_claim_fa(self, para: Paragraph, read: ReadSentence, act: ReadAct) -> bool:
        """In Persian, whether a verb of saying in an opening 'while' clause says 'not', set against the claim the main
        clause names ('در حالی که X بارها اعلام کرده که ... ندارد، رسانه‌های Y این ادعا را مطرح کرده‌اند', while X has
        said it has none, Y's media made this claim): X's words answer the claim, a denial."""
        sent = read.sentence
        if not self._opens_while(fold_words(para.masked[sent.start : sent.end]).split()[:3]):
            return False
        comma = next((i for i in range(act.end, sent.end) if para.masked[i] in "\u060c,"), None)
        if comma is None or not self._negated(fold_words(para.masked[act.end : comma])):
            return False
        main = fold_words(para.masked[comma + 1 : sent.end])
        return any(main[: m.start()].split()[-1:] in ([w] for w in THIS_FA) for m in self.c.claims.finditer(main))

    def _second_denier(
        self, para: Paragraph, read: ReadSentence, deny_act: ReadAct | None, speaker: Speaker
    ) -> tuple[ReadAct, Speaker, str] | None:
        """In Arabic, a second party that denies in a clause of its own after the first denier's, its subject named
        after its verb: 'نفت الحركة الأنباء، وهي المعلومات التي رفضها الجيش ووصفها بأنها ملفقة' (which the army
        rejected too), 'نفت الرئاسة الادعاءات، وقال المتحدث باسم الكرملين X إنه لا علم له ... وليس له صلة بها'
        (a body, then its spokesman saying so). The clause denies with a verb of denying, a cue or 'that he did
        not'; the act, its speaker and the words it denies, or None. Never the author of the words denied ('ما قاله X')."""
        after = deny_act.end if deny_act is not None else read.sentence.start
        acts = [(a, a.speaker) for a in read.acts if a.start >= after and a.kind == "verb" and a.speaker is not None]
        for i, (act, who) in enumerate(acts):
            if act.claimed or act.subject is None or who.same(speaker):
                continue
            end = next((a.start for a, other in acts[i + 1 :] if not other.same(who)), read.sentence.end)
            words = para.text[act.subject_end : end]
            said, _ = folded(re.sub(MARKS, " ", words))
            if act.deny or self._cue(fold_words(words)) or self.c.negated_that.match(said):
                return act, who, words.strip(" \u060c,:.")[:300]
        return None

    def _clause_of_another(
        self, para: Paragraph, read: ReadSentence, deny_act: ReadAct | None, speaker: Speaker
    ) -> int | None:
        """Where an Arabic clause of another speaker opens after a denial, when that speaker is quoted in it: 'نفت
        الرئاسة الادعاءات، وقال المتحدث X إن "..."' (a comma, then 'و' and a verb with a subject of its own). The
        denial cites its own clause only: X's quotation is X's, not a second pair of the denier's. None if none."""
        if not self.words.verb_first or deny_act is None:
            return None
        for act in read.acts:
            if act.start <= deny_act.end or act.kind != "verb" or act.speaker is None or act.subject is None:
                continue
            if act.claimed or act.speaker.same(speaker) or para.masked[act.start] != "\u0648":
                continue
            comma = max(para.masked.rfind(c, deny_act.end, act.start) for c in "\u060c,\u061b")
            if comma < 0 or para.masked[comma + 1 : act.start].strip():
                continue
            if any(a.quote.start > act.start and a.speaker.same(act.speaker) for a in read.quotes):
                return comma
        return None

    def _and_denier(self, para: Paragraph, sent: Sentence, act: ReadAct) -> Speaker | None:
        """The second of two bodies that deny together after an Arabic verb ('نفت الحركة والوزارة الكسلية ...',
        'نفت كل من X و Y'): the body joined by 'و' right after the first subject, or None."""
        if not self.words.verb_first or act.kind != "verb" or act.subject_end <= act.end:
            return None  # (a subject before its verb: 'إيران تنفي والمقاومة تكشف ...' joins two clauses)
        tokens = self._tokens(para.masked, act.subject_end, sent.end)
        if len(tokens) > 1 and tokens[0][2] == "\u0648":  # ('نفى سامي الوردي و خالد الكسلي', 'و' written apart)
            tokens = [(tokens[0][0], tokens[1][1], tokens[0][2] + tokens[1][2], tokens[0][3] + tokens[1][3])]
            tokens += self._tokens(para.masked, tokens[0][1], sent.end)
        if not tokens or tokens[0][3][:1] != "\u0648" or tokens[0][2][:1] != "\u0648":
            return None
        bare = tokens[0][3][1:]
        subject = self._tokens(para.masked, *act.subject) if act.subject is not None else []
        first_named = bool(subject) and self._ends_persons_name(subject)
        # (or a body or an office, then a person: 'نفت الوزارة وسامي الوردي', the person's name checked below)
        first_body = bool(subject) and self._speakers_word(subject[0][3])
        if not (
            bare in self.c.body_words | self.c.heads
            or (bare.startswith("\u0627\u0644") and bare[2:] in self.c.body_words)
            # (the name as written or folded: 'ولیث' in Persian letters is 'وليث')
            or (
                (first_named or first_body)
                and (given_or_family_name(tokens[0][2][1:].strip(PUNCT)) or given_or_family_name(bare.strip(PUNCT)))
            )
        ):
            # ('نفى الوزير وأكد ...': a verb, no second denier; 'ومصدر في الحركة', a second source, is one; so is a
            # second person's name after a first, 'نفى سامي الوردي وخالد الكسلي')
            return None
        first = (tokens[0][0] + 1, tokens[0][1], tokens[0][2][1:], bare)
        n = self._cut_subject([first, *tokens[1:]])
        if not n:
            return None
        if bare not in self.c.body_words | self.c.heads and not bare.startswith("\u0627\u0644"):
            second = [first, *tokens[1:n]]
            if tokens[0][3] in self.c.acts or not self._ends_persons_name(second):
                return None  # ('نفى سامي الوردي وجود قوات ...', the presence of forces: a noun, no second name)
            if len(second) >= 2 and all(t[3][-1:] == "\u0627" for t in second):
                return None  # ('وجودا عسكريا', a military presence: a noun and its adjective, both accusative)
        end = tokens[n - 1][1]
        return self.speaker(para.text[first[0] : end], para, first[0], sent)

    def _own_side_not(self, speaker: Speaker, after: str) -> bool:
        """Whether a speaker says that its own side did not or does not ('أوضح المتحدث باسم الحركة أن الحركة لا
        تنتهج ...', 'قال الوزير إن الوزارة لم ترسل ...'): 'that', the body it is or speaks for, then a negation."""
        that = next((t for t in re.finditer(r"(?<!\S)[\u0628\u0644]?\u0627\u0646(?!\S)", after[:100])), None)
        m = THAT_NOUN_NOT.match(after, that.start()) if that is not None else None  # (the first 'that' only)
        if m is None:
            return False
        words = m.group(1).split()
        body: Entity | None = None
        if words[0] in self.c.group_refs:
            body = next((e for e in reversed(self.entities) if e.org_type and e.org_type[0] == "group"), None)
        if body is None and words[0].startswith("\u0627\u0644") and words[0][2:] in self.c.body_words:
            body = next(
                (
                    e
                    for e in reversed(self.entities)
                    if not e.person and fold_words(e.name).split(" ")[0] == words[0][2:]
                ),
                None,
            )
        if body is None and len(words) > 1 and words[0] in self.c.body_words:
            # 'قال المتحدث باسم هيئة X إن "هيئة X لم ..."': the body by its name, the one the speaker's office names
            body = Entity(" ".join(words), "org")
        if body is None and words[0].startswith("\u0627\u0644") and words[0][2:] in self.c.body_words:
            body = Entity(words[0][2:], "org")  # 'الحركة' with no movement named but in the speaker's office
        if body is None:
            return False
        return speaker.entity is body or self._speaks_for(speaker, Speaker(body.label, entity=body))

    def _accuses_none_unproven(self, speaker: Speaker, after: str) -> bool:
        """Whether an Arabic speaker says that it, or the body it is or speaks for, cannot or does not accuse anyone
        without evidence ('قال المتحدث باسم الجهاز: "إن المخابرات لا يمكن لها أن تتهم جهة ما لم يكن لديها أدلة"',
        'أكد أنه لا يمكن أن يتهم أحدا دون دليل', '«لا نتهم أحدا من دون دليل»'): the accused side answering the
        accusation laid at its door, a denial as 'we accused no one' is. Said of another ('إن المحكمة لا يمكن أن
        تتهم أحدا دون دليل', the court), it tells how things are done and denies nothing."""
        m = CANNOT_ACCUSE_UNPROVEN.search(after)
        if m is None:
            return False
        # ('شدد على أنه', 'أشار إلى أن': the preposition before 'that' is the verb's)
        words = [w for w in m.group(1).split() if w not in BARE_THAT and w not in (ON, TO)]
        if not words or words[0] in SELF_THAT or words[0] in self.c.first_person:
            return True  # ('أنه لا يمكن ...', 'نحن لا نتهم ...', or the quotation's own first words)

        def bare(word: str) -> str:  # (without 'ل' or the article: 'الوزارة' of 'وزارة الداخلية' is the ministry)
            return self._bare(word.strip(PUNCT)).removeprefix(DEFINITE[0])

        said_as = [speaker.label]
        if speaker.entity is not None:
            said_as += [speaker.entity.name, *self.named_with.get(id(speaker.entity), [])]
        return any(bare(words[0]) in {bare(w) for w in fold_words(s).split()} for s in said_as)

    def _own_side_not_fa(self, para: Paragraph, read: ReadSentence, act: ReadAct) -> bool:
        """Whether a Persian speaker says that its own side did not ('X، سخنگوی ارتش Y می‌گوید ارتش Y ... تقاضایی
        نکرده است', 'وزارت خارجه Y اعلام کرد که این کشور ... اجازه‌ای نداده است'), as :meth:`_own_side_not` reads
        Arabic: right after the verb (and 'که'), the body the speaker is or speaks for, by its name or, for the
        ministry of a country, 'this country'; then a negated verb that ends the sentence. Not 'not yet' (هنوز),
        which tells where a matter stands."""
        if act.speaker is None:
            return False
        clause = fold_words(re.sub(MARKS, " ", para.text[act.end : read.sentence.end])).strip().rstrip(".!")
        words = clause.split()
        if words[:1] == [THAT_KE_FA]:
            words = words[1:]
        if not words or not NEGATED_END_FA.search(" ".join(words)) or YET_FA in words:
            return False
        if any(w[-1:] in "،,:؛" for w in words[:-1]):
            return False  # (one clause only: 'گفت X، Y ... نکرده' may set another's words beside)
        own = False
        if words[:2] == THIS_COUNTRY_FA:
            # ('وزارت خارجه Y ... که این کشور': the country its name ends with)
            label = fold_words(act.speaker.label).split()
            own = not act.speaker.person and len(label) > 1 and self._place(label[-1])
        # (or the body the speaker's office names word for word, 'X سخنگوی ارتش Y گفت ارتش Y ...', not yet named)
        bodies = [body for body in self._office_bodies(act.speaker) if len(body) > 1]
        for k in range(1, 5):
            if own or k >= len(words):
                break
            if words[:k] in bodies:
                return True
            key = name_key(" ".join(words[:k]))
            ent = self.by_key.get(key) or (self._earlier(key) if k > 1 else None)
            if ent is None or ent.person:
                continue
            own = self._is_or_speaks_for(act.speaker, ent)
        return own

    def _office_bodies(self, speaker: Speaker) -> list[list[str]]:
        """The folded words after the title in each office a Persian speaker is named or described with ('ارتش Y' of
        'X سخنگوی ارتش Y'): the body the office is of, perhaps empty."""
        phrases = self.named_with.get(id(speaker.entity), []) if speaker.entity is not None else []
        bodies = []
        for phrase in [*phrases, speaker.described or ""]:
            office = [w.strip(PUNCT) for w in fold_words(phrase).split()]
            at = next((i for i, w in enumerate(office) if w in self.c.titles | self.c.heads), None)
            if at is not None:
                bodies.append(office[at + 1 :])
        return bodies

    def _not_done_by_own_side_fa(self, para: Paragraph, read: ReadSentence, act: ReadAct) -> bool:
        """Whether a Persian speaker says that a deed was not done by its own side, in the passive with the side as
        its agent ('وزارت کشور X اعلام کرد که هیچ شهروندی توسط نیروهای X کشته نشده است'): 'by' ('توسط', 'از سوی')
        then, within three words, the body the speaker is or speaks for (by its name, or the last word of the
        speaker's or its office's name: 'X' of 'وزارت کشور X'); then a negated passive that ends the sentence. Said
        of another side's agents it is a charge against them, or news; not 'not yet' (هنوز)."""
        if act.speaker is None:
            return False
        clause = fold_words(re.sub(MARKS, " ", para.text[act.end : read.sentence.end])).strip().rstrip(".!")
        words = [w.strip(PUNCT) for w in clause.split()]
        if not NEGATED_PASSIVE_END_FA.search(clause) or YET_FA in words:
            return False
        # (and a person's office names the body he speaks for: 'Y' of 'X، سخنگوی سپاه Y'. Only the owner's name: a
        # body's head word alone, 'سپاه', 'ارتش', is any side's, as in 'از سوی ارتش Z')
        generic = self.c.body_words | self.c.titles | self.c.heads
        owners = set()
        label = [w.strip(PUNCT) for w in fold_words(act.speaker.label).split()]
        if not act.speaker.person and len(label) > 1:
            owners.add(label[-1])
        owners |= {body[-1] for body in self._office_bodies(act.speaker) if body}
        owners -= generic
        for i in range(len(words)):
            run = next((r for r in BY_AGENT_FA if words[i : i + len(r)] == r), None)
            if run is None:
                continue
            after = words[i + len(run) : i + len(run) + 3]
            # (the agent's words end at a preposition: 'توسط ولوریا به کسلیا', by Veloria on Kessia, names the
            # speaker's side as the one the deed was done to, not its agent)
            after = after[: next((j for j, w in enumerate(after) if w in PREPOSITIONS_FA), len(after))]
            if owners & set(after):
                return True
            for j in range(len(after)):
                for k in range(j + 1, len(after) + 1):
                    ent = self.by_key.get(name_key(" ".join(after[j:k])))
                    if ent is not None and not ent.person and self._is_or_speaks_for(act.speaker, ent):
                        return True
        return False

    def _is_or_speaks_for(self, speaker: Speaker, ent: Entity) -> bool:
        return ent is speaker.entity or self._speaks_for(speaker, Speaker(ent.name, entity=ent))

    def _restates(self, words: str) -> bool:
        """Whether a denier's words say that something is not so, restating the denial: a negation, not one of
        will, wish or ability ('لن نسمح', 'نمی‌خواهیم'), or a denial cue ('مفبركة')."""
        folded_words = fold_words(re.sub(MARKS, " ", words))
        relayed = ANOTHERS_STATEMENT_IN_IT.search(folded_words)
        folded_words = folded_words[: relayed.start()] if relayed else folded_words
        if CONGRATULATING.search(PRAISED_DEED.sub(" ", folded_words)) and self._cue(folded_words) is None:
            return (
                False  # ('نبارك لشعبنا ...، ولا ننسى ...', we congratulate: a claim of its own, no denial told again)
            )
        asserted = self.c.not_restating.sub(" ", folded_words)  # ('باکی ندارد', 'شکی نیست': has no fear, no doubt)
        return self._cue(folded_words) is not None or bool(self.c.restating.search(asserted))

    def _negated(self, words: str) -> bool:
        """Whether folded words say 'not'; in Persian, not counting a clause after 'که' closed by a comma (a
        relative clause: 'از انتشار هر خبری که منتشر نشده است، خودداری کنند' says 'not' of the news, not the
        speaker's own 'not')."""
        if not self.words.verb_first:
            words = CLOSED_KE.sub(" ", words)
        return bool(self.c.negation.search(words))

    def _judged_words(self, para: Paragraph, sent: Sentence, read: ReadSentence, speaker: Speaker) -> str | None:
        """What a speaker called untrue in words of their own that a verb of saying opens with a colon or 'that' ('X
        گفت: خبر حمله کذب است', 'قال X إن الأنباء عارية عن الصحة'): that clause, without the reporter's lead, and
        without the judgement where one closes it ('خبر حمله'); None where the judgement is not in such a clause."""
        act = next(
            (
                a
                for a in reversed(read.acts)
                if a.kind == "verb" and not a.deny and a.speaker and a.speaker.same(speaker)
            ),
            None,
        )
        if act is None:
            return None
        opened = max(act.subject_end, act.end) if self.words.verb_first else act.end
        text_f, where = folded(para.text[opened : sent.end])
        lead = CLAUSE_OPENS.match(text_f)
        if lead is None and para.text[:opened].rstrip().endswith(":"):
            # ('وقال X: الأنباء ... عارية عن الصحة': the subject's end already past the colon; the clause opens there)
            lead = re.match(r"\s*", text_f)
        if MASK in para.masked[opened : sent.end]:
            return self._judged_in_quotation(para, sent, read, speaker, opened)
        cue = self.c.cue.search(text_f, lead.end()) if lead else None
        if lead is None or cue is None:
            return None
        start, end = opened + where[lead.end()], sent.end
        rest = text_f[cue.end() :].strip(" .،,").split()
        # ('... کذب محض است', '... دروغ محض است', sheer lies: the word that makes it sheer closes the judgement too)
        rest = rest[1:] if rest[:1] and rest[0] in SHEER_FA else rest
        if not rest or rest == [IS_FA]:
            # ('... کذب است', '... عارية عن الصحة': the judgement closes the clause; what it judges is before it)
            judged = para.text[start : opened + where[cue.start()]].strip(" ،,")
            if len(judged.split()) >= 2 and FALSE_STEMS.search(cue.group()):
                return judged[:300]
        return para.text[start:end].strip(" .،,")[:300]

    def _called_false_in_quote(self, sent: Sentence, read: ReadSentence, speaker: Speaker, cue: re.Match[str]) -> str:
        """In Arabic, the speaker's own quotation that holds the cue ('وقال X في تصريح لـY إن "الاتهامات الباطلة
        بحق الحركة انطلقت ..."'), where no narrower words were found: what was called false is in it, not in the
        reporter's lead before it (the quotation in its marks); '' where no quotation of the speaker's holds it. And in
        Persian ('به گزارش X، Y گفت: «خبر ... دروغ است»': not the lead, nor the speaker's name and verb)."""
        own = [
            a.quote
            for a in read.quotes
            if a.speaker.same(speaker) and sent.start <= a.quote.start and folded_in(cue.group(), a.quote.text)
        ]
        # (in its marks, as the words that deny are the denier's own: the summary quotes them as said)
        return sent.paragraph.text[own[0].start : own[0].end][:300] if len(own) == 1 else ""

    def _judged_in_quotation(
        self, para: Paragraph, sent: Sentence, read: ReadSentence, speaker: Speaker, opened: int
    ) -> str | None:
        """In Arabic, what a speaker called untrue in a quotation of their own right after the verb and its subject,
        to the sentence's end ('وقال X: «إن الأنباء عن ... لا أساس لها من الصحة»'): the words judged, before the
        judgement that closes the quotation ('الأنباء عن ...'); None otherwise."""
        own = [a for a in read.quotes if opened <= a.quote.start < a.quote.end <= sent.end]
        if not self.words.verb_first or len(own) != 1 or not own[0].speaker.same(speaker):
            return None
        q = own[0].quote
        between = para.text[opened : q.start].strip(" :" + OPENERS)
        judged = self._judged_before_quotation(between, q.text)
        if judged is not None:
            return judged
        if (between and fold_words(between) not in BARE_THAT) or para.text[q.end : sent.end].strip(CLOSERS + " .،,"):
            return None
        text_f, where = folded(q.text)
        lead = CLAUSE_OPENS.match(text_f) or re.match(r"\s*", text_f)
        cue = self.c.cue.search(text_f, lead.end()) if lead else None
        if lead is None or cue is None or text_f[cue.end() :].strip(" .،,"):
            return None
        judged = q.text[where[lead.end()] : where[cue.start()]].strip(" ،,")
        return judged[:300] if len(judged.split()) >= 2 and FALSE_STEMS.search(cue.group()) else None

    def _judged_before_quotation(self, between: str, quoted: str) -> str | None:
        """What a quotation that is only a judgement calls untrue, written before it after 'that' ('إن المعلومات
        المتداولة "عارية من الصحة"', that the reports are 'untrue'): the words between 'that' and the quotation; None
        where the quotation says more than the judgement or no such words come before it."""
        text_q, _ = folded(quoted.strip(OPENERS + CLOSERS + " "))
        cue = self.c.cue.search(text_q)
        if cue is None or cue.start() > 0 or text_q[cue.end() :].strip(" .،,") or not FALSE_STEMS.search(cue.group()):
            return None
        # (the last 'that': an aside may come before it, 'وقال X، في بيان اطلع عليه Y، إن ...')
        that = [m for m in re.finditer(r"\S+", between) if fold_words(m.group().strip(PUNCT)) in BARE_THAT]
        if not that:
            return None
        judged = between[that[-1].end() :].strip(" ،,")
        return judged[:300] if 2 <= len(judged.split()) <= 12 and MASK not in judged else None

    def _while_denying(self, para: Paragraph, sent: Sentence, read: ReadSentence, act: ReadAct | None) -> str | None:
        """In Persian, what a speaker denied 'while' saying something else: 'جنبش نور ضمن تکذیب این ادعاها اعلام کرد
        که ...', 'دوریان کسلان با تکذیب خبر حمله گفت: ...' (while denying these claims, the movement announced that):
        the object after the verbal noun, up to the next verb (or a comma, a colon), not the whole sentence. None
        where the denying verb is not so written."""
        if (
            self.words.verb_first
            or act is None
            or not WHILE_DENYING_FA.fullmatch(fold_words(para.text[act.start : act.end]))
        ):
            return None
        start = act.end
        end = min([*(a.start for a in read.acts if a.start >= start), sent.end])
        bounded = end < sent.end
        stop = re.search("[\u060c,:\u061b]", para.text[start:end])
        bounded = bounded or stop is not None
        end = start + stop.start() if stop else end
        words = RA_CLOSING.sub("", para.text[start:end].strip(" .\u060c,"))
        # (fourteen words where nothing but the sentence's end bounds it; more where a verb or a mark does: Persian
        # often writes its plural and negative endings apart, 'شبکه های', 'نا آرام', and an object after 'ضمن تکذیب'
        # that a verb of saying closes is the object, long as it may be (to 24 words), not the whole sentence)
        most = 24 if bounded else 14
        return words if 0 < len(words.split()) <= most and MASK not in para.masked[start:end] else None

    def _called_untrue(self, para: Paragraph, sent: Sentence, read: ReadSentence, speaker: Speaker) -> str | None:
        """In Persian, what a speaker called untrue with a verb of calling after its object ('رضا کاظمی گزارش‌های
        منتشر شده درباره حمله را نادرست دانست', deemed the reports untrue): the object before 'را', without the
        subject before it nor the judgement after it; None where the sentence is not so written."""
        if self.words.verb_first:
            return None
        for act in read.acts:
            if act.kind != "verb" or act.deny or not act.speaker or not act.speaker.same(speaker):
                continue
            if not sent.start <= act.subject_end < act.start <= sent.end:
                continue
            tokens = self._tokens(para.text, act.subject_end, act.start)
            ra = max((i for i, t in enumerate(tokens) if t[3] == RA), default=-1)
            # (the judgement alone between 'را' and the verb, a few words: 'را دروغ محض خواند')
            judgement = fold_words(para.text[tokens[ra][1] : act.start]) if ra > 0 else ""
            if (
                ra > 0
                # (four when the stored copy splits 'بی‌اساس' and it is 'from the root': 'را از پایه بی اساس خواند'; and
                # two judgements joined by 'و' are one, 'را بی اساس و خلاف واقعیت دانست', each 'و' not counted)
                and 0 < len([w for w in judgement.split() if w != AND_FA]) <= 4
                and self.c.cue.search(judgement + " " + fold_words(para.text[act.start : act.end]))
            ):
                called = ReadAct(tokens[ra][1], act.end, speaker, False, "verb", act.subject_end, act.subject)
                return self._denied(para, sent, called)
        return None

    def _denied(self, para: Paragraph, sent: Sentence, act: ReadAct | None) -> str:
        """What was denied, in the text's words: after the verb and its subject, to the clause's end."""
        if act is not None and act.kind == "quoted":  # the quotation's own words
            return para.text[act.start : act.end].strip()[:300]
        start = act.subject_end if act is not None else sent.start
        stop = sent.end if act is None or self.words.verb_first else act.start  # Persian: the object, then the verb
        if act is not None and self.words.verb_first and act.start > sent.start:
            # 'ونشرت صفحات أنباء عن ...، وهو ما نفاه X' (which X denied), 'الأمر الذي نفته الحركة': the verb carries
            # what it denies, the clause before 'which'; the words after the denier say how, or what else was said
            which = WHICH_IT_TAKES_UP.search(para.text, sent.start, act.start)
            claim_end = which.start() if which else sent.start
            claim = para.text[sent.start : claim_end].strip(" ،,:.")
            if len(claim.split()) >= 3 and MASK not in para.masked[sent.start : claim_end]:
                return claim[:300]
        words = para.text[start:stop].strip(" ،,:.")
        if self.words.verb_first:
            # 'أصدر X بيانا نفى فيه حصول ...' (issued a statement in which it denied ...): 'in it' is the statement
            words = IN_THE_STATEMENT.sub("", words)
            # 'نفت X، اليوم الثلاثاء، صدور أمر': the day between commas says when it was denied, not what
            for _ in range(4):  # (each of these may follow another, in any order)
                before = words
                when = TIME_BETWEEN_COMMAS.match(words)
                if when and all(w in WHEN_WORDS or is_weekday(w) for w in fold_words(when.group(1)).split(" ")):
                    words = words[when.end() :]
                # 'نفى X اليوم الجمعة تورط ...', 'يوم الجمعة', 'مساء أمس': the day right after the subject, with no
                # commas, says when it was denied as it does between them
                lead = words.split(maxsplit=3)
                k = 0
                while k < min(len(lead) - 1, 3) and (
                    fold_words(lead[k]) in WHEN_WORDS or is_weekday(fold_words(lead[k]))
                ):
                    k += 1
                # (ending on a day: not 'ليلة الهجوم', the night of the attack, which may open what was denied)
                day = k and (fold_words(lead[k - 1]) in DAYS_NAMED or is_weekday(fold_words(lead[k - 1])))
                if day and lead[k - 1][-1:] not in "\u060c,":
                    words = words.split(maxsplit=k)[k]
                # 'نفت الحركة – جناحها العسكري – الأنباء': what dashes set beside the subject is no word of what was
                # denied, as what commas set beside it is not
                words = DASHED_ASIDE.sub("", words, count=1)
                words = SHORT_NAME_IN_BRACKETS.sub("", words, count=1)
                words = MANNER_LEAD.sub("", words, count=1)
                # 'نفت حركة النور "حنور"، يوم الأحد، الأنباء': the body's short name in marks after its name
                # 'نفى سامي الوردي، عضو المكتب السياسي للحركة، الأنباء': a second office set beside the name
                # 'نفى X، في تصريحات لقناة الفجر، الأنباء', 'نفى مصدر في الحركة في كسليا، مساء الجمعة، ما ...': a
                # remark or a place between the subject and a comma; what is denied never opens so
                head, comma, rest = words.partition("\u060c")
                head_words = fold_words(head).split()
                between = (
                    SHORT_NAME_IN_MARKS.fullmatch(head.strip())
                    or (head_words[:1] and head_words[0] in self.c.titles)
                    # 'نفت الحركة، على لسان متحدثها X، الأنباء' (by the tongue of): through whom it denied
                    or head_words[:2] == BY_THE_TONGUE
                    or (head_words[:1] and head_words[0] in IN_GOVERNMENT and len(head_words) <= 5)
                    # (not where a new clause follows the comma: 'نفى المكتب في كسليا اتهامات الجيش، وقال ...', the
                    # words up to the comma hold what was denied)
                    or (head_words[:1] == [IN] and len(head_words) <= 5 and not self._goes_on(rest))
                )
                # 'نفى مكتب رئيس الوزراء الكسلي، سامي الوردي، علم حكومته': the name of the office's holder, set beside
                # the body that speaks for him (his office), is no word of what was denied
                holder = (
                    act is not None
                    and 2 <= len(head_words) <= 4
                    and all(self._name_word(w, k == 0) for k, w in enumerate(head_words))
                    and bool(set(fold_words(para.text[act.end : act.subject_end]).split()) & self.c.titles)
                )
                # (a preposition of one letter set apart by a tatweel, 'ما يسمى بـ “X”', so-called X, is no word more
                # of the aside: the length counts the words it would have joined on)
                n_words = sum(len(w) > 1 for w in head_words)
                if comma and rest.strip() and MASK not in head and 0 < n_words <= 8 and (between or holder):
                    words = rest.strip()
                # 'نفى المصدر في حركة النور ما أعلنه X' (the source in the movement denied what X announced): the
                # source named before keeps its body after it, up to 'what' or 'this' that opens what is denied
                words = IN_BEFORE_WHAT.sub("", words, count=1)
                words = self._past_outlet_told(words, para, act)
                if words == before:
                    break
            if act is not None:
                words = self._without_manner(words)
        else:
            # ('به گزارش المنار، ...': the reporter's lead opens no denied words)
            words = self._past_lead_fa(words)
            # 'X ادعای حمله جنبش نور را رد کرد': the object before the verb closes with 'را', the object's marker,
            # no word of what was denied (so 'ادعای حمله جنبش نور', not '... نور را')
            words = RA_CLOSING.sub("", words)
            # 'X ادعای ... را رد و آن را بی‌اساس دانست' (rejected, and called it baseless, the light verb of 'رد'
            # left out): the verb read is the calling, whose object 'آن' takes up the one before 'را رد'
            words = REJECTED_AND_IT_FA.sub("", words)
            taken_up = self._taken_up_claim(para, sent, act, words)
            if taken_up:
                return taken_up[:300]
            # 'X بار دیگر ادعای ... را رد کرد' (once again): the adverb after the subject is no part of the object
            words = AGAIN_FA.sub("", words)
            # 'وزارت دفاع کسلیا امروز یکشنبه با صدور بیانیه‌ای وقوع انفجار ... را تکذیب کرد': the day after the
            # subject says when, and the statement how, it was denied; neither is what was denied
            lead = words.split()
            k = 0
            while k < min(len(lead) - 1, 3) and fold_words(lead[k].strip("\u060c,")) in self.c.time_words:
                k += 1
            words = " ".join(lead[k:]) if k else words
            words = self._past_ranks_of_fa(words)
            words = BY_STATEMENT_FA.sub("", words)
            words = self._past_occasion_fa(words)
            # 'دوریان کسلان، سخنگوی جنبش نور، ادعای ... را رد کرد': the office set beside the name, between commas,
            # is the subject's, not what was denied
            head, comma, rest = words.partition("\u060c")
            if (
                comma
                and rest.strip()
                and 0 < len(head.split()) <= 8
                and fold_words(head.split()[0]) in self.c.titles
                and MASK not in head
            ):
                # (and the day and the occasion after the office: '...، سخنگوی وزارت X، امروز در یک نشست خبری ...')
                after_office = rest.strip().split()
                k = 0
                while k < min(len(after_office) - 1, 3) and fold_words(after_office[k]) in self.c.time_words:
                    k += 1
                words = self._past_occasion_fa(" ".join(after_office[k:]))
            # ('«دوریان کسلان» فرمانده ارتش کسلیا این خبر را تکذیب کرد': an office right after a name in marks,
            # without commas, is the subject's too; what was denied starts where the subject's words are cut)
            tokens = self._tokens(words, 0, len(words))
            # (a mark, not the paragraph's start: '""[-1:]' is '', which is in any string)
            mark = para.text[:start].rstrip()[-1:]
            if tokens and tokens[0][3] in self.c.titles and mark and mark in '\u00bb\u201d"':
                n = self._before_object_fa(tokens, self._cut_subject(tokens))
                while 0 < n < len(tokens) - 1 and tokens[n][3] in self.c.time_words:
                    n += 1  # ('«X» معاون وزیر ... روز یکشنبه این خبر را': the day says when)
                if 0 < n < len(tokens):
                    words = words[tokens[n][0] :].strip()
            # 'X این ادعاها را رد کرد که گروه ... آموزش دیده‌اند' (denied these claims, that ...): 'these' points
            # ahead to the clause after the verb, which says what was denied ('و گفت که ...' is what was said)
            pointer = fold_words(words).split()
            if act is not None and len(pointer) == 2 and pointer[0] in THIS_FA and self.c.claims.fullmatch(pointer[1]):
                after = THAT_AFTER_VERB_FA.match(para.text, act.end, sent.end)
                clause = para.text[after.end() : sent.end].strip(" \u060c,.:") if after else ""
                if clause:
                    return clause[:300]
        if not self.words.verb_first and act is not None and ABOUT_THIS_FA.fullmatch(fold_words(words)):
            # 'وی در این باره نوشت: ...' (he wrote about this): the words before the verb only point back to what
            # was spoken of; what the speaker denies is in the speech after the colon, as a quotation's own words are
            colon = para.text.find(":", act.end, sent.end)
            speech = para.text[colon + 1 : sent.end].strip(" .") if colon >= 0 else ""
            words = speech or words
        if not words and not self.words.verb_first and act is not None:
            words = self._before_subject_fa(para, sent, act)
        return words[:300] if words else para.text[sent.start : sent.end].strip()[:300]

    def _past_lead_fa(self, words: str) -> str:
        """Persian words without the reporter's lead that opens them, up to its comma ('به گزارش المنار، ...', 'به نقل
        از X، ...'): whose report it is, never what was denied."""
        lead = self.c.sourcing.match(fold_words(words))
        head, comma, rest = words.partition("\u060c")
        return rest.strip() if lead is not None and comma and len(head.split()) <= 8 else words

    def _past_ranks_of_fa(self, words: str) -> str:
        """Persian words of a denial without the ranks the denier is of, right after the subject ('X از سرداران سپاه،
        ...', 'X، از فرماندهان ارشد جنبش نور، ...'; one of them): who denied, never what; they end at a comma within
        eight words (without one the object cannot be told from them, and the words stay)."""
        first = words.split(maxsplit=2)
        rank = fold_words(first[1].strip(PUNCT)) if len(first) == 3 else ""
        # (an office in the plural, or a rank's: 'سرداران' of 'سردار')
        if (
            not rank
            or fold_words(first[0]) != FROM_FA
            or not (rank in self.c.titles or rank.removesuffix("\u0627\u0646") in self.c.titles)
        ):
            return words
        head, comma, rest = words.partition("\u060c")
        if not comma or not rest.strip() or len(head.split()) > 8 or MASK in head:
            return words
        return self._past_occasion_fa(rest.strip())

    def _before_subject_fa(self, para: Paragraph, sent: Sentence, act: ReadAct) -> str:
        """In Persian, what was denied where nothing stands between the subject and the verb: the object before the
        subject ('ادعای ... را X تکذیب کرد'), or a passive's subject before its agent ('خبر ... از سوی X تکذیب شد'),
        without the reporter's lead before it; else the words of a quotation after the verb ('X گفت: «... دروغ
        است»'); '' when there are none."""
        if act.subject is not None and act.subject[0] > sent.start:
            before = self._past_lead_fa(para.text[sent.start : act.subject[0]].strip(" \u060c,"))
            # (only an object closed by 'را' or a subject closed by 'از سوی': the words before the subject are else
            # a time or a link, 'روز شنبه X تکذیب کرد', 'در همین حال، X تکذیب کرد', no word of what was denied)
            closed = RA_CLOSING.search(before) or AGENT_CLOSING_FA.search(before)
            before = before[: closed.start()].strip(" \u060c,") if closed is not None else ""
            if before:
                return before
        quoted = [q for q in sent.quotes if q.start >= act.end]
        return quoted[0].text.strip() if quoted else ""

    def _without_manner(self, words: str) -> str:
        """An Arabic denial's words without the manner of denying, the verbal noun of denying and its adjective ('نفى
        X الخبر نفيا مطلقا، مشيرا إلى ...', denied the report flatly; 'نفى X نفيا قاطعا الأنباء'): how it was denied,
        never what. What the denier went on to say after it stays, as it does after what was denied ('، مؤكدة أن')."""
        tokens = self._tokens(words, 0, len(words))
        for k in range(len(tokens) - 1):
            if tokens[k][3] in DENYING_NOUNS and tokens[k + 1][3] in FLATLY:
                # (a mark typed onto the adjective stays: 'الخبر نفيا مطلقا، مشيرا' -> 'الخبر، مشيرا')
                end = tokens[k + 1][0] + len(tokens[k + 1][2].rstrip(PUNCT))
                words = (words[: tokens[k][0]].rstrip() + words[end:]).strip(" \u060c,")
                break
        return words

    def _goes_on(self, words: str) -> bool:
        """Whether ``words`` open with what a denier went on to say: a participle of saying ('مؤكدا أن') or a verb of
        saying joined by 'و' ('وأكد أن', 'وقالت في بيان'; not one that is also a common noun or a particle: 'ورد
        في', was stated in; 'وبين', and between; 'وطالب', and a student)."""
        first = fold_words(words.split(maxsplit=1)[0].strip(PUNCT)) if words.strip() else ""
        if self.c.participle.fullmatch(first):
            return True
        return first[:1] == "\u0648" and first[1:] in self.c.verb_forms and first[1:] not in SAYING_ALSO_NOUNS

    def _past_occasion_fa(self, words: str) -> str:
        """Persian words of a denial without the occasion that opens them ('در یک نشست خبری', at a press conference;
        'در گفتگو با خبرنگاران', talking to reporters; 'در واکنش به اظهارات X', reacting to X's remarks): they end
        at a comma, or where 'this' or a claim's noun opens the object (not one after a preposition, 'در پاسخ به
        ادعای X', which belongs to the occasion); the words as they are when no such end comes within 12 words.
        Then, as often, an aside on what the speaker stressed or pointed to, to its comma ('با اشاره به اینکه ...،')."""
        tokens = words.split()
        head = 2 if len(tokens) > 2 and fold_words(tokens[1]) == ONE_FA else 1
        if len(tokens) <= head + 1 or fold_words(tokens[0]) != IN_FA or fold_words(tokens[head]) not in OCCASIONS_FA:
            return self._past_aside_fa(words)
        for j in range(head + 1, len(tokens)):
            if tokens[j - 1][-1:] in "\u060c,":
                return self._past_aside_fa(" ".join(tokens[j:]))
            word = fold_words(tokens[j])
            opens = word in THIS_FA or self.c.claims.fullmatch(word)
            # (past 12 words only a comma ends it: 'در پاسخ به سوال خبرنگار ... در خصوص انتشار مطلبی ...، X را
            # نادرست خواند', a reporter's whole question, whose claim nouns are the question's)
            if opens and j < 12 and fold_words(tokens[j - 1]) not in PREPOSITIONS_FA:
                return " ".join(tokens[j:])
        return words

    @staticmethod
    def _past_aside_fa(words: str) -> str:
        """Persian words of a denial without an aside that opens them and ends at a comma: what the speaker pointed
        to or stressed as well ('با اشاره به اینکه تحلیل نظر شخصی است، X را نادرست خواند'); at least two words are
        left, or the words stay as they are."""
        if not ASIDE_FA.match(words):
            return words
        _, comma, rest = words.partition("\u060c")
        return rest.strip() if comma and len(rest.split()) >= 2 else words

    def _past_outlet_told(self, words: str, para: Paragraph, act: ReadAct | None) -> str:
        """An Arabic denial's words without the outlet told that opens them, right after the subject: 'لـ"النهار"',
        'لوكالة كسليا للأنباء', or a name without marks after a subject of one definite word ('نفت الوزارة لعنب بلدي
        أن ...', 'نفى المصدر للنهار صحة ...'): to whom it was said, not what was denied."""
        marked = TOLD_IN_MARKS.match(words)
        if marked:
            return words[marked.end() :]
        tokens = self._tokens(words, 0, len(words))
        if len(tokens) < 3 or tokens[0][3][:1] != "\u0644":
            return words
        n = 0
        if tokens[0][3][1:] in self.c.outlet_words:
            n = 2  # the outlet's word and its name's first word ('لقناة النهار'), then what joins on ('للأنباء')
            while n < len(tokens) - 1 and tokens[n][3].startswith("\u0644\u0644"):
                n += 1
        elif act is not None and act.subject is not None:
            subject = self._tokens(para.text, act.subject[0], act.subject[1])
            if len(subject) == 1 and self._told_unmarked([subject[0], tokens[0]], 1):
                # the name runs to 'أن' when it comes within three words ('لعنب بلدي أن'); else it is one definite
                # word ('للنهار'), as what is denied never opens with 'لل' (a verbal noun may open with 'ل': 'لجوء')
                n = next((k for k in range(1, 4) if k < len(tokens) and tokens[k][3] in BARE_THAT), 0)
                n = n or int(tokens[0][3].startswith("\u0644\u0644"))
        return words[tokens[n][0] :] if 0 < n < len(tokens) else words

    def _taken_up_claim(self, para: Paragraph, sent: Sentence, act: ReadAct | None, words: str) -> str:
        """In Persian, the claim a relative clause takes up again with 'آن' (it) as what its subject denies: 'کسلیا
        جنبش نور را به حمله متهم کرد؛ اتهامی که جنبش نور به شدت آن را رد کرده است' (an accusation the movement
        firmly denied): the object is 'it' and an adverb; what was denied is the clause before 'اتهامی که' (the claim,
        the accusation, the report that opens the clause), or '' where the words are no such clause's."""
        folded = fold_words(words).split()
        if act is None or act.subject is None or not folded or folded[-1] != "\u0627\u0646" or len(folded) > 4:
            return ""
        before = para.text[sent.start : act.subject[0]]
        head = TAKEN_UP_HEAD_FA.search(before)
        if head is not None and fold_words(head.group(1)) in CLAIM_HEADS_FA:
            return before[: head.start()].strip(" \u060c,\u061b;:") or head.group(1)
        # ('دیشب خبری مبنی بر حمله به پایگاه منتشر شد که X آن را تکذیب کرد', a report was published last night
        # that X denied): the claim's noun and its words, up to 'was published'
        told = PUBLISHED_THAT_FA.search(before)
        if told is None:
            return ""
        heads = [m for m in re.finditer("\\S+", before[: told.start()]) if fold_words(m.group()) in CLAIM_HEADS_FA]
        return before[heads[0].start() : told.start()].strip(" \u060c,") if heads else ""
