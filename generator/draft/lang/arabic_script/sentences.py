"""The top stage of the Arabic-script reader: the article, its paragraphs and sentences, and the units.

:class:`ArabicScriptReader` walks an article (:meth:`~ArabicScriptReader.analyse`), each paragraph and each sentence,
applying the stages below in the order the rules in :mod:`generator.draft.lang.arabic_script` give, and turns what
they find into claims and denials (units).
"""

from __future__ import annotations

import re

from generator.draft.denials import Denial
from generator.draft.discourse import Entity, Speaker
from generator.draft.lang import Analysis, is_headline, reads_as_headline
from generator.draft.lang.arabic_script.attribution import AttributionStage
from generator.draft.lang.arabic_script.patterns import (
    ABLE,
    ACCORDING_TO_WHAT_FA,
    ADDRESSING,
    ADDRESSING_SAYS,
    AFFILIATED,
    AFTER_FA,
    AND_FA,
    ANONYMOUS,
    AS_FOR,
    ASCRIBED,
    AT_A_TIME_FA,
    BARE_AN,
    BARE_THAT,
    BROUGHT_FA,
    BUT,
    BY_SIDE,
    BY_THE_TONGUE,
    CALLED,
    CALLED_HOW,
    CALLING_ON,
    CAME,
    CAME_FA,
    CAME_WHEN,
    CLAIMANT_FA,
    CLAIMED_FA,
    CLARIFIES_AFTER,
    CONCLUDED,
    COUNTED,
    CREDIT_BEFORE_AR,
    CUT_AFTER,
    DEFINITE,
    DEMONSTRATIVES_AR,
    DENIAL_CAME_AFTER,
    DENIAL_NOUN,
    DENIAL_NOUN_FA,
    DENIAL_NOUNS_AR,
    DENYING_NOUNS,
    DISOWNING,
    DISTANCED_FROM,
    DONE,
    ENGAGED_IN_FA,
    EXCEPT,
    EXILE_PLACES_AR,
    EXILING_AR,
    EXPLAINED,
    EXPLAINED_SAYS,
    FLATLY,
    FROM,
    FROM_FA,
    GOING_ON,
    HELD_OCCASIONS_AR,
    IN,
    IN_A_WRITING_FA,
    IN_FA,
    IN_IT,
    IN_NAME_OF,
    IN_STATEMENT_FA,
    IN_WHICH_FA,
    ISSUED_AR,
    ISSUED_BY,
    ISSUED_FA,
    ISSUED_FROM,
    KILLED_OR_HELD_AR,
    KUNYA,
    LIE_AR,
    LIE_FA,
    LIE_NOUN_AFTER_AR,
    LIE_NOUN_BEFORE_AR,
    LIED_AR,
    LIST_ITEM,
    MANY_PEOPLE_FA,
    NAME_WITHHELD_FA,
    NEGATORS,
    NOTED_AR,
    NOTED_PRONOUN_AR,
    OCCASION_OWNER_AR,
    OCCASION_OWNER_CAME_AR,
    OF,
    OF_GOD_WORD,
    OF_HIM_AR,
    ON,
    OPENING_DENIALS,
    OPENS_IN_STATEMENT_FA,
    OWN_REJECTION,
    PARTICLE_QAD_AR,
    PASSIVE_DENIED_AR,
    PASSIVE_DENIED_FEMININE_AR,
    PASSIVE_DENIED_VOWELLED_AR,
    PASSIVE_FA,
    PASSIVE_OPENERS_AR,
    PASSIVE_VERB_FA,
    PLURAL_APART_FA,
    PRESENT_SAYING,
    PRESENT_SAYS,
    PUBLISHED_BY_FA,
    PUBLISHED_FA,
    PUNCT,
    QUESTION_WORDS,
    RA,
    RECEIVED_AR,
    REFRAINED_FA,
    REJECTING_NOUN_AR,
    RELATIVE,
    RELAYED_FROM_AR,
    RENEWED,
    RENEWED_ACT,
    REPORTER_FA,
    SAID_FA,
    SAYING,
    SAYING_FA,
    SAYING_THIS_FA,
    SPEECH_AFTER,
    SPEECH_AFTER_OCCASION,
    SPEECH_AFTER_THAT,
    TALKED_OF,
    TALKS_FA,
    THAT_AFTER_FA,
    THAT_KE_RAW,
    THAT_OR_ON,
    THE_ANSWER,
    THE_DENIAL,
    THEREFORE_FA,
    THIS_CAME_AS,
    THIS_FA,
    TO,
    TO_DO,
    TO_FA,
    TOLD_AUDIENCES,
    TOLD_OUTLETS,
    TOLD_PEOPLE_AR,
    UNANSWERED_AR,
    UNSAID_FA,
    WE_VERB_FA,
    WHAT,
    WHAT_AR,
    WHAT_CAME_IN,
    WHILE_DOING,
    WHILE_WHEN,
    WISHED_FA,
    WISHING,
    WISHING_TO,
    WORDS_OF_AR,
)
from generator.draft.lang.arabic_script.plain_text import (
    continued_quotations,
    deems_after,
    folded_in,
    in_present,
    introduces,
    is_caption,
    name_stems,
    opens_sentence,
    quoted_words,
    speaks_as_we,
    stem_of,
    we_deny,
)
from generator.draft.lang.arabic_script.records import ReadAct, ReadSentence
from generator.draft.lang.arabic_words import fold_char, fold_words, folded
from generator.draft.names import given_or_family_name
from generator.draft.speakers import Attribution
from generator.draft.text import MASK, Paragraph, Quote, Sentence
from generator.draft.units import Unit, by_speaker, restated_denials

# 'تردید' (doubt) of the Dari 'تردید کرد' (denied), folded
DOUBTED_FA = fold_words("تردید")


class ArabicScriptReader(AttributionStage):
    """Reads one article; keeps who spoke last and the people and bodies named so far."""

    # --- the article ------------------------------------------------------------------------------

    def _headline_denier_over(
        self, para: Paragraph, sent: Sentence, start: int, verb: str, last: Speaker | None
    ) -> Speaker | None:
        """The headline's denier, when an Arabic verb of denying with no subject opens a sentence of the body after
        another speaker's claim ('X تنفي ...' over 'وقالت Y إن ... . ونفت في بيان ...'): the one the headline says
        denies, not Y, who made the claim denied. Only where the verb agrees with the headline's verb, Y named in full
        and no side of X's (not 'الحركة' nor a spokesman of X's, which the headline's short name may be), Y never
        denied, and the headline named no place (a capital for its government, whose ministry the body names); else
        None."""
        if not self.words.verb_first or last is None or para.number == self.first:
            return None
        if fold_words(para.masked[sent.start : start]).strip(" \u0648"):
            return None  # (the verb opens its sentence: 'ونفت في بيان', not 'وقالت إنها نفت')
        headline = [u for u in self.analysis.units if u.number == self.first and u.kind == "denial"]
        if len(headline) != 1 or not reads_as_headline(headline[0].paragraph.text):
            return None
        denier = headline[0].speaker
        gender = self._gender(verb)
        if gender is None or self.genders.get(denier.label) != gender or self._names_a_place(denier):
            return None
        if self._one_side(denier, last) or last.entity is None or len(last.label.split()) < 2:
            return None
        stems = name_stems(denier, shortest=True)
        if not stems or stems & name_stems(last):
            return None  # ('كسليا تنفي' over 'وقالت وزارة الدفاع الكسلية': the state's ministry, the headline's denier)
        if fold_words(last.label).split(" ")[0] in self.c.titles | self.c.heads:
            return None  # (an office or a source, perhaps the headline's denier's own)
        if any(u.kind == "denial" and u.speaker.same(last) for u in self.analysis.units):
            return None
        return denier

    def analyse(self, paragraphs: list[Paragraph], skip: set[int]) -> Analysis:
        previous: Attribution | None = None
        first = True
        self.first = min((p.number for p in paragraphs if p.number not in skip), default=0)
        self.continued = continued_quotations([p for p in paragraphs if p.number not in skip])
        self.texts = {p.number: p.text for p in paragraphs}
        for para in paragraphs:
            if para.number in skip:
                # A headline is not drafted (the lead restates it), but a body it names is what a later
                # 'الهيئة' or 'الوزارة' (the commission, the ministry) refers to.
                read_again = self._reread(para)
                for sent in read_again.sentences:
                    self._note_bodies(read_again, sent)
                continue
            para = self._reread(para)
            self.analysis.quotations = (self.analysis.quotations or 0) + len(para.quotes)
            # (in Arabic, a subtitle under the headline that gives its speaker before a colon, 'X لـ«Y»: ...', is read
            # as the headline is)
            subtitle = (
                self.words.verb_first
                and not first
                and para.number == self.first + 1
                and reads_as_headline(self.texts.get(self.first, ""))
                and reads_as_headline(para.text)
                and ":" in " ".join(para.masked.split()[:8])
            )
            if subtitle:
                self.subtitle = para.number
            previous = self._paragraph(para, previous, headline=first or subtitle)
            first = False
            # a kicker above a headline, ending with a semicolon ('از سوی X؛'), runs on into it
            kicker = para.text.rstrip().endswith("\u061b") and len(para.text.split()) <= 8
            self.kicker = para if kicker else None
        self._clarified()
        self._signed([p for p in paragraphs if p.number not in skip])
        self._reporters_own([p for p in paragraphs if p.number not in skip])
        self._offices_named()
        self._headline_denier()
        deniers = [u.speaker for u in self.analysis.units if u.kind == "denial"]
        # (a quotation that a denial cites, said again word for word elsewhere, as a lead often repeats the words the
        # denial quotes below, its speaker named otherwise ('سخنگوی وزارت خارجه' there, 'X، سخنگوی ...' here): the
        # same words read the same, negated or not)
        denied_words = {
            quoted_words(a.quote.text)
            for u in self.analysis.units
            if u.kind == "denial"
            for a in u.attributions
            if a.speaker.same(u.speaker) and len(a.quote.text.split()) >= 4
        }
        # (in Arabic, not the reported words beside a quotation: their 'لم' is as often a relative clause's, 'الذي لم
        # يترك', or another side's, 'الحكومة لم تقم بأي مسعى', which the cues do not tell from the speaker's own)
        restated_denials(
            self.analysis.units, deniers, self._one_side, self._restates, beside_quotes=not self.words.verb_first
        )
        restated_denials(self.analysis.units, deniers, lambda _a, _b: True, lambda w: quoted_words(w) in denied_words)
        self.analysis.entities = self.entities
        return self.analysis

    @staticmethod
    def _renews_an_act(after: str) -> bool:
        """In Arabic, whether what 'جدد' (renewed) renews, in the words after it up to a comma (as written), is an attack
        ('مدفعية X قصفها', 'الطيران من غاراته'): its subject and then the act, before any 'that' or 'on' that a
        renewed affirmation or call takes ('جدد X التأكيد على أن القصف ...' renews words), and before a noun that
        takes a pronoun, whose own the renewed words are ('جدد X تنديده بالغارات', 'دعوته لوقف الهجمات')."""
        for word in re.split(r"[\u060c,.:]", after)[0].split()[:8]:
            folded_word = fold_words(word.strip(PUNCT))
            if folded_word in THAT_OR_ON:
                return False
            if RENEWED_ACT.match(folded_word):
                return True
            if folded_word != OF_GOD_WORD and word.strip(PUNCT).endswith(
                ("\u0647", "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627")
            ):
                # ('تنديده', 'إدانتها': his condemnation, her call; not 'مدفعية', whose 'ة' folds so, nor the 'الله' of a
                # subject's name, 'مدفعية حزب الله قصفها', whose 'ه' is no pronoun)
                return False
        return False

    def _subject_of_a_deed(self, para: Paragraph, sent: Sentence, start: int) -> Speaker | None:
        """In Arabic, the subject of a sentence that opens with a verb of no saying, before a participle after a
        comma ('وتحدث X عن الوضع في المدينة، مؤكدا أن ...', 'وزار X المدينة، نافيا ...'): a circumstantial participle
        tells how the subject of its clause spoke, not the last speaker. None where the sentence opens with no verb (a
        noun with the article, a preposition, a time)."""
        if not any(c in para.masked[sent.start : start] for c in "\u060c,"):
            return None
        tokens = self._tokens(para.masked, sent.start, start)
        while tokens and tokens[0][3] in self.c.drop:
            tokens = tokens[1:]
        first = tokens[0][3] if len(tokens) > 2 else ""
        bare = first[1:] if first[:1] in self.words.prefixes else first
        if len(bare) < 3 and len(first) >= 3:
            bare = first  # ('وصل X إلى المدينة، مؤكدا ...': the 'و' is the verb's own, 'وصل' (arrived))
        if len(bare) < 3 or (bare.startswith(DEFINITE) and not _verb_with_lam(tokens[0][2].strip(PUNCT))):
            return None
        if {first, bare} & (self.c.stops | self.c.titles | self.c.heads):
            return None
        if tokens[0][2][-1:] in "\u060c,":
            return None
        # (the subject ends before the deed's first preposition, 'عن الوضع', 'في المدينة', which a long subject such
        # as 'المتحدث باسم X' would run on into)
        # (and before 'ب' on a word with the article, 'بالصحفيين': with whom, never a word of a name)
        # (and before 'ب' on a given name, 'بسامي حمدان': the one met, never a word of the subject's name)
        stop = next(
            (
                t[0]
                for t in tokens[2:]
                if t[3] in self.c.stops
                or t[3].startswith(_WITH_THE)
                or (t[3][:1] == "\u0628" and t[3] != IN_NAME_OF and given_or_family_name(t[2].strip(PUNCT)[1:]))
            ),
            start,
        )
        # (and before the deed's object after a person's name of two words or more: 'وزار سامي حمدان المدينة',
        # 'ووجه X رسالة': a word no name data knows, with the article and no nisba's ending or ending in 'ة', after a
        # given name and a second word; a compound's second part stays, 'عبد الله'; an office is no given name, though
        # 'رئیس' in Persian letters is a family name)
        if tokens[1][3] not in self.c.titles | self.c.heads and given_or_family_name(tokens[1][2].strip(PUNCT)):
            stop = next(
                (t[0] for k, t in enumerate(tokens[3:], 3) if t[0] < stop and self._deeds_object(tokens, k)), stop
            )
        # (and before an indefinite object in the accusative and its adjective after any subject, 'وعين الرئيس مسؤولا
        # جديدا للأمن، ونفى': who was appointed, no word of the one who speaks)
        stop = next(
            (t[0] for k, t in enumerate(tokens[2:], 2) if t[0] < stop and self._indefinite_accusative(tokens, k)), stop
        )
        # (the subject after the deed's own verb, the sentence's first word: not read as an opening phrase closed by
        # the comma after the name, 'وتحدث X، المتحدث باسم Y، للصحفيين', whose office would be taken for the verb)
        clause = Sentence(para, sent.start, stop)
        s_start, s_end = self._subject_region(para.masked, clause, tokens[0][0], tokens[0][1])
        return self.speaker(para.text[s_start:s_end], para, s_start, clause) if s_end > s_start else None

    def _owner_of_published(
        self,
        para: Paragraph,
        sent: Sentence,
        word: tuple[int, int, str, str],
        after: list[tuple[int, int, str, str]],
        received: bool = False,
    ) -> tuple[bool, Speaker | None]:
        """In Arabic, the owner named after a published statement ('بثت قناة X بيانا لكتائب Y', 'بيان كتائب Y', 'بيانا
        صادرا عن Y', 'منسوبا إلى Y'): an outlet that publishes another's statement relays it, and what 'وجاء في البيان'
        quotes is the owner's. (whether the words after it give another owner for certain, the owner when one is read;
        after 'لـ' or in construct, a public it is addressed to, 'بيانا للرأي العام', leaves the publisher the issuer)
        ``received``: the verb was 'تلقى' (received), after which 'من' (from) names the owner too ('وتلقت الوكالة
        بيانا من حركة X', as 'بيانا لحركة X')."""
        sure = bool(after) and after[0][3] in RELAYED_FROM_AR
        if sure:
            after = after[1:]
            if after and after[0][3] in (FROM, TO):
                after = after[1:]
        elif received and len(after) > 1 and after[0][3] == OF:
            sure, after = True, after[1:]
        if not after or after[0][3] in OF_HIM_AR:
            return sure, None  # ('بيانا له', a statement of his own: the publisher's)
        first = after[0]
        at = first[0]
        # ('بيانا للقيادة العامة', 'ل' written onto the article, 'ال': the command's statement, read as 'القيادة')
        article = first[3].startswith("\u0644\u0644") and len(first[3]) > 3
        if article:
            pass
        elif first[3] == "\u0644":
            at = after[1][0] if len(after) > 1 else sent.end  # ('لـ كتائب Y', 'لـ' written apart)
        elif first[3].startswith("\u0644") and first[3][1:2] != "\u0644":
            # ('لكتائب Y', 'لـكتائب Y', 'لأسامة حمدان': the name after the 'ل' and any tatweel or vowel sign on it, not
            # where its folded second letter is first written, which a hamza's alef ('أ' folds as 'ا') is not)
            after_lam = first[2][first[2].find("\u0644") + 1 :]
            at += len(first[2]) - len(after_lam.lstrip("\u0640\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"))
        elif not sure and (word[3].endswith("\u0627") or word[3].startswith("\u0627\u0644")):
            return False, None  # (no construct: 'بيانا جديدا', 'البيان التالي')
        rest = self._tokens(para.masked, at, sent.end)
        # (the owner's name ends at the statement's own 'جاء فيه', in which came: 'بيانا لكتائب كيسل جاء فيه')
        rest = rest[: next((j for j, t in enumerate(rest) if j and t[3] in CAME), len(rest))]
        k = self._cut_subject(rest)
        if not k:
            return sure, None
        phrase = para.text[rest[0][0] : rest[k - 1][1]]
        if article:
            phrase = "\u0627" + phrase[1:]  # ('للقيادة' is 'ل' and 'القيادة', a letter of the same length)
        # (after 'لـ' or in construct, a body, an office, a record or a person's name only: not the media or a public
        # it is made to, 'بيانا لوسائل الإعلام', as in :meth:`_statement_by`)
        first_word = fold_words(phrase.split(maxsplit=1)[0])
        heads = {first_word, first_word.removeprefix("\u0627\u0644")}
        if (
            not sure
            and heads.isdisjoint(self.c.titles | self.c.heads | self.c.body_words)
            and self.index.lookup(phrase) is None
            and not self._named_person(para.masked, (rest[0][0], rest[k - 1][1]), given=True)
        ):
            return False, None
        found = self.speaker(phrase, para, rest[0][0], sent)
        if found is not None and (found.entity is not None or found.described):
            return True, found
        return sure, None

    @staticmethod
    def _deeds_object(tokens: list[tuple[int, int, str, str]], k: int) -> bool:
        """Whether token ``k``, after a person's name that opens a deed's subject, is the deed's object (see
        :meth:`_subject_of_a_deed`)."""
        fw, before = tokens[k][3], tokens[k - 1][3]
        if before in (SERVANT_OF, *KUNYA) or given_or_family_name(tokens[k][2].strip(PUNCT)):
            return False
        # (and the 'ة' written 'ت' before an owner's ending, 'زيارتها', 'جولتهم', 'مدينتنا', as 'زيارته' ends in 'ه')
        return (
            (fw.startswith(DEFINITE) and not fw.endswith("\u064a"))
            or (len(fw) > 3 and fw.endswith("\u0647"))
            or (len(fw) > 4 and fw.endswith(_TA_OWNED))
        )

    def _rejects_claims_as_its_own(self, folded_text: str) -> bool:
        """In Arabic, whether a rejection of one's own ('رفضه', 'رفضها') takes claims right after it ('جددت الحركة
        رفضها الاتهامات', 'رفضه للمزاعم'): a denial by the sentence's subject, as 'جدد نفيه'; a proposal after it is
        refused ('جدد رفضه للمقترح')."""
        return any(self._claim_any.match(folded_text, m.end()) for m in OWN_REJECTION.finditer(folded_text))

    def _paragraph(self, para: Paragraph, previous: Attribution | None, headline: bool) -> Attribution | None:
        last_open = previous if previous is not None and not previous.quote.closed else None
        if last_open is not None and last_open.quote.text.rstrip().endswith(":"):
            self.list_speaker = last_open.speaker  # '... إلى ما يأتي:' opens a list of quoted items
        if self.list_speaker is not None:
            item = LIST_ITEM.match(para.text)
            if item and not para.quotes:
                words = para.text[item.end() :].rstrip().rstrip(".")
                q = Quote(para.number, item.end(), item.end() + len(words), True, words)
                sent = para.sentences[0]
                item_att = Attribution(q, self.list_speaker, "an item of the list the quotation before opened", sent)
                self._add(Unit("quote", item_att.speaker, para, q.start, q.end, [], [item_att]))
                return None
            self.list_speaker = None
        intro, self.intro = self.intro, None
        announcing, self.announcing = self.announcing, None
        folded_text = fold_words(para.text)  # (stripped by fold_words, as the Arabic check below needs)
        unmarked = not para.quotes and para.sentences and not self.c.verb.search(folded_text)
        if self.words.verb_first:
            # ('وجاء في البيان:' then the statement's words, 'إننا ... نرفض ...': in Arabic the reporter's own paragraph
            # opens with its verb, 'وأضاف البيان ...'; the words announced may have verbs of their own)
            unmarked = not para.quotes and para.sentences and not self.c.verb.match(folded_text)
        # the statement goes on over the paragraphs after it while they speak as 'we' ('عملنا ... جهودنا'; in Persian
        # too, 'we' said by the pronoun 'ما' and the verb's ending: 'ما ... اعزام کرده‌ایم و ... می‌مانیم')
        if intro is None and announcing is not None and unmarked and speaks_as_we(para.text, self.words.verb_first):
            intro = announcing
        # (and in Persian, speech after a colon that ran to the end of the paragraph before goes on over the
        # paragraphs after it with no marks, no verb of saying and no reporter's formula ('گفتنی است'): 'X نوشت:
        # روزنامه ... ادعا کرده ...' then '... چنین جلسه‌ای اساساً وجود خارجی نداشته است'. Only one that calls something
        # false is taken as the speaker's, a denial; one that denies nothing is as often the reporter's background,
        # and is left unsaid, though the speech may go on after it, for one such paragraph. Not in a text that has
        # called something false in its own voice before: its denying paragraphs are its own, as they were)
        ran_on, self.colon_ran_on = self.colon_ran_on, None
        if (
            intro is None
            and ran_on is not None
            and unmarked
            and not REPORTER_FA.match(folded_text)
            and not self.unsigned
        ):
            runner, passed = ran_on
            if self._cue(folded_text) is not None:
                intro, self.colon_ran_on = runner, (runner, passed)
            elif not passed:
                self.colon_ran_on = (runner, True)
        if intro is not None and unmarked:
            self.announcing = intro
            if LIST_ITEM.match(para.text):
                # ('X در بیانیه‌ای اعلام کرد:' then '۱- ...', '۲- ...': the first item announced, the others items of
                # the same list, each the announcer's as the items of a list a quotation opens are)
                self.list_speaker = intro
            # 'X در صفحه خود می‌نویسد:' then a paragraph without marks and without a verb of saying of its own: the
            # words announced, X's, to the paragraph's end
            announced = para.text.strip().rstrip(".")
            at = para.text.index(announced)
            span = Sentence(para, at, at + len(announced))
            words_of = ReadSentence(span)
            words_of.quotes.append(
                Attribution(
                    Quote(para.number, at, at + len(announced), True, announced),
                    intro,
                    "announced by the paragraph before, which ends with a colon",
                    span,
                )
            )
            self._units(para, words_of)
            return words_of.quotes[0]
        for n, sent in enumerate(para.sentences):
            read = self._sentence(para, sent)
            # (a sentence whose only marks set off a name or a term, no one's words, names its subject as one without
            # marks does: 'خرج المتحدث باسم الجناح العسكري في "حركة النور"، سامي الوردي، ...' names the man whose
            # surname alone speaks next, 'وقال الوردي ...')
            named_only = all(len(q.text.split()) <= 3 and not opens_sentence(para.masked, sent, q) for q in sent.quotes)
            # (and one credited to an outlet alone, 'وبحسب وكالة X، وصل Y ...': Y is named, the outlet says nothing)
            if named_only and all(a.kind == "according" for a in read.acts):
                self._named_subject(para, sent)
            before_this, self.unsaid = self.unsaid, []
            if (
                before_this
                and not self.words.verb_first
                and SAYING_THIS_FA.search(fold_words(para.masked[sent.start : sent.end]))
            ):
                self._said_before(read, before_this)
            if headline and n == 0 and not any(a.speaker is not None for a in read.acts):
                # ('الحزب: ننفي ...': a first-person verb after the colon has no subject in the reporter's words)
                self._headline(para, sent, read)
            elif not sent.quotes and not any(a.speaker is not None for a in read.acts):
                # ('... . سخنگوی جنبش نور: این ادعاها دروغ است.'): in the body too, an office's label and a colon open
                # the office's words, as in a headline; not the speaker before, nor the text's own voice (only an
                # office or a source, whose label names no one else: 'نکته: ...' is no speaker). So a lead in
                # Arabic too ('حركة النور: لا صحة لـ...'), and a body's label or one on file ('جنبش نور: ...'), never
                # a place's (a dateline, 'بغداد: ...') nor a kicker's
                colon = para.masked.find(":", sent.start, sent.end)
                label = self._tokens(para.masked, sent.start, colon) if colon > sent.start else []
                label = self._past_opening_comma(label) if not self.words.verb_first else label
                if label and self._speakers_label(para, label):
                    self._headline(para, sent, read)
                elif colon > sent.start and not self.words.verb_first:
                    self._judged_then_signed(para, sent, read, colon)
            speaker = next((a.speaker for a in reversed(read.acts) if a.speaker is not None), None)
            if speaker is not None and para.masked.rstrip().endswith(":") and sent is para.sentences[-1]:
                self.intro = speaker  # 'أصدرت X البيان الآتي:' introduces what the next paragraph quotes
            for q in sent.quotes:
                att: Attribution | None = self._attribute(para, read, q)
                colon = para.masked.find(":", sent.start, q.start)
                if (
                    att is None
                    and colon > sent.start
                    and not para.masked[colon + 1 : q.start].strip()
                    and not any(a.speaker is not None for a in read.acts)
                ):
                    # 'X: «...»' in the body, as in a headline and as 'وقال X: «...»': X speaks
                    lone = para.masked[sent.start : colon].split()
                    # (not 'وقالا: «...»', they both said: a verb in a form no list has, not a name)
                    verb = len(lone) == 1 and self._verb_form(lone[0])
                    # (nor 'وجاء في البيان: «...»' with no issuer named before: the statement's words, no one named
                    # 'وجاء' who speaks them)
                    verb = verb or self.c.statement_says.match(fold_words(para.masked[sent.start : colon])) is not None
                    # (nor a place on the headline's line, 'کسل : «...»', 'مدينة كسل: "..."': the dateline)
                    verb = verb or (headline and n == 0 and self._place_before_colon(para, sent.start, colon))
                    named = self._before_colon(para, sent, colon) if not verb else None
                    att = Attribution(q, named, "named before a colon", sent) if named is not None else None
                if att is None and n == 0 and intro is not None and opens_sentence(para.masked, sent, q):
                    att = Attribution(q, intro, "introduced by the paragraph before, which ends with a colon", sent)
                if att is None and n == 0 and last_open is not None and opens_sentence(para.masked, sent, q):
                    att = Attribution(q, last_open.speaker, "continues the quotation of the paragraph before", sent)
                if (
                    att is None
                    and previous is not None
                    and read.quotes == []
                    and not read.acts
                    and opens_sentence(para.masked, sent, q)
                    # ('«الإرهابيون» دخلوا المدينة': one or two words in marks that the reporter's sentence goes on
                    # after are a name the text holds at a distance, no one's words, as the gold counts them)
                    and not (len(q.text.split()) <= 2 and re.search(r"\w", para.masked[q.end : sent.end]))
                ):
                    att = Attribution(q, previous.speaker, "continues the quotation before it", sent)
                whole = not re.search(r"\w", para.masked[q.end :]) and len(q.text.split()) >= 3
                if att is None and n == 0 and not read.acts and whole and opens_sentence(para.masked, sent, q):
                    # a paragraph that is one quotation, right after a paragraph whose speaker reported what
                    # they said ('وقال X إن ...' then '"..."'): the same speaker goes on
                    said = self.said_in.get(para.number - 1)
                    if said is not None:
                        att = Attribution(q, said, "a quotation standing alone after its speaker's words", sent)
                    named = self._sole_named_in(para.number - 1) if said is None else None
                    if named is not None:
                        # ('وتحدث X إلى الصحفيين في ...' then '«...»': no verb of saying, one person named before)
                        att = Attribution(q, named, named.how, sent)
                before = fold_words(para.masked[max(sent.start, q.start - 12) : q.start]).split(" ")
                if att is None and self.words.verb_first and before and before[-1].strip(PUNCT) in CALLED:
                    # 'أمر X الجيش بضرب ما وصفه "..."' (what he called): the words are the sentence's subject's
                    subject = self._sentence_subject(para, sent)
                    if subject is not None:
                        att = Attribution(q, subject, CALLED_HOW, sent)
                if att is None:
                    self.analysis.unattributed.append((para.number, q.text))
                    self.unsaid.append((para, sent, q))
                    continue
                read.quotes.append(att)
                previous = att
            if read.colon is not None:
                act = read.colon_act or next(
                    (a for a in read.acts if a.end <= read.colon.start and a.kind != "according"), None
                )
                if act is not None and act.speaker is not None:
                    att = Attribution(read.colon, act.speaker, "speech after a colon", sent)
                    if not self.words.verb_first and not para.text[read.colon.end :].strip(" .\u200c\n"):
                        self.colon_ran_on = (act.speaker, False)  # (the speech runs to the paragraph's end)
                    if act.kind == "headline":  # (a term in marks within a headline's words is no quotation of its own)
                        c = read.colon
                        read.quotes = [a for a in read.quotes if not c.start <= a.quote.start < a.quote.end <= c.end]
                    read.quotes.append(att)
                    previous = att
            self._units(para, read)
            said = next((a.speaker for a in reversed(read.acts) if a.speaker is not None and a.kind == "verb"), None)
            if said is not None:
                self.said_in[para.number] = said
        if previous is not None and previous.quote.paragraph == para.number and not previous.quote.closed:
            return previous
        return previous if previous is not None and previous.quote.paragraph == para.number else None

    def _said_before(self, read: ReadSentence, quotations: list[tuple[Paragraph, Sentence, Quote]]) -> None:
        """'«...». X با بیان این مطلب افزود' (X, saying this, added): the quotations of the sentence before that had no
        speaker are X's, the speaker of this sentence's verb."""
        act = next((a for a in read.acts if a.kind == "verb" and a.speaker is not None), None)
        if act is None or act.speaker is None:
            return
        for para, sent, q in quotations:
            words_of = ReadSentence(sent)
            words_of.quotes.append(Attribution(q, act.speaker, "'saying this' in the sentence after it", sent))
            self.analysis.unattributed.remove((para.number, q.text))
            self._units(para, words_of)

    def _owner_of_what_came(self, para: Paragraph, sent: Sentence, start: int, end: int) -> Speaker | None:
        """In Arabic, the owner of the occasion a sentence opened by 'جاء ذلك' (this came) names, for a participle
        with no subject: 'جاء ذلك في تعليق للعقيد سالم الداودي، خلال بيان اليوم، ...، مؤكدا أن ...' (this came in the
        colonel's comment, ..., affirming): the colonel affirms, not whoever an agency's credit named last. None
        where the sentence is not so opened or names no owner."""
        opening = fold_words(para.masked[sent.start : start]).split()[:1]
        if not self.words.verb_first or not opening or opening[0] not in CAME:
            return None
        owner = self._occasion_owner(para, sent, start, end, in_it=False)
        return self.speaker(owner[2], para, owner[0], sent) if owner is not None else None

    def _occasion_owner(
        self, para: Paragraph, sent: Sentence, start: int, end: int, in_it: bool = True
    ) -> tuple[int, int, str] | None:
        """In Arabic, where a verb of saying has 'فيه' or 'فيها' (in it) after it and no subject, the one whose occasion
        the sentence named before it: 'في مؤتمر صحفي للعقيد سالم الداودي، وقال فيه', 'في بيان لحركة النور، قالت فيه'
        (the colonel's press conference, the movement's statement); without ``in_it``, the one whose occasion a
        sentence opened by 'جاء ذلك' names, for its participles (:meth:`_owner_of_what_came`). Where the owner's words are, and the phrase that
        names them ('للعقيد' read as 'العقيد', of the same length; 'للجنة' as 'اللجنة', a letter longer); None where no such owner stands right before the
        comma that ends the words before the verb (a time may follow it: '...، اليوم الإثنين،')."""
        masked = para.masked
        after = self._tokens(masked, end, sent.end)[:1]
        if in_it and (not after or after[0][3] not in IN_IT):
            return None
        # (folded with each letter's offset in the text: a tatweel or a vowel mark folding drops, 'لـسالم', moves no
        # offset of the owner's)
        before, where = folded(masked[sent.start : start].rstrip())
        pattern = OCCASION_OWNER_AR.search if in_it else OCCASION_OWNER_CAME_AR.match
        owner = pattern(before)
        if owner is None:
            return None
        last = owner.end(1)
        if not in_it:
            # (the owner's name ends at a word that opens what the occasion was on: 'في تعليق للداودي على «...»')
            stop = next(
                (
                    m.start()
                    for m in re.finditer(r"\S+", before[owner.start(1) :])
                    if m.group() in self.c.stops and m.start()
                ),
                None,
            )
            if stop is not None:
                last = owner.start(1) + len(before[owner.start(1) : owner.start(1) + stop].rstrip())
        if MASK in before[owner.start(1) : last]:
            return None
        at, to = sent.start + where[owner.start(1)], sent.start + where[last - 1] + 1
        first = fold_words(para.text[at:to]).split(" ")[0]
        if "\u0644" + first in OF_HIM_AR:
            return None  # ('في بيان له، قال فيه': his own statement, the one named before; no owner 'ه')
        told = {first, "\u0627" + first} if first[:1] == "\u0644" else {first}  # ('للصحفيين': 'ل' and 'الصحفيين')
        held = not HELD_OCCASIONS_AR.isdisjoint(before[owner.start() : owner.start(1)].split())
        if told & TOLD_PEOPLE_AR or (not held and told & TOLD_AUDIENCES):
            # ('في حديث لقناة X، قال فيه', 'في تصريح للصحفيين': whom it was given to, no owner; not 'في بيان لقناة
            # X، قالت فيه', the channel's own statement)
            return None
        if para.text[at : at + 1] == "\u0644":
            at -= 1  # 'للعقيد' (of the colonel): 'ل' and the article, read as 'العقيد'
            owner_words = para.text[at + 1 : to]
            # (or 'ل' and a word that opens with 'ل' itself, whose article's 'ل' is not written: 'للواء', 'للجنة' are
            # 'اللواء', 'اللجنة', not 'الواء', 'الجنة'; the known word of the two readings)
            if not self._known_word("\u0627" + owner_words) and self._known_word("\u0627\u0644" + owner_words):
                return at, to, "\u0627\u0644" + owner_words
            return at, to, "\u0627" + owner_words
        return at, to, para.text[at:to]

    def _issuer_in_which_fa(
        self, masked: str, sent: Sentence, text: str, where: list[int], at: int
    ) -> tuple[int, int] | None:
        """In Persian, where the verb at ``at`` (in the sentence's folded ``text``) has 'که در آن' (in which) right
        before it, the words of the issuer of the statement named before 'که': the subject of 'X بیانیه‌ای منتشر کرد'
        (X published a statement), the agent of 'بیانیه‌ای از سوی X منتشر شد' (a statement was published by X). The
        statement speaks for its issuer; the words before 'که' (a time, the statement itself) are no speaker."""
        which = IN_WHICH_FA.search(text[:at].rstrip())
        if which is None:
            return None
        head = text[: which.start()]
        by = PUBLISHED_BY_FA.search(head)
        published = PUBLISHED_FA.search(head, by.end()) if by is not None else None
        if by is not None and published is not None and published.start() > by.end():
            return sent.start + where[by.end()], sent.start + where[published.start() - 1] + 1
        issued = ISSUED_FA.search(head)
        if issued is None:
            return None
        tokens = self._tokens(masked, sent.start, sent.start + where[issued.start()])
        while tokens and self._time_at(tokens, 0):
            tokens = tokens[1:]  # ('هفته گذشته X بیانیه‌ای منتشر کرد': last week, no subject)
        k = self._cut_subject(tokens)
        return (tokens[0][0], tokens[k - 1][1]) if k else None

    def _known_word(self, phrase: str) -> bool:
        """Whether the first word of ``phrase``, with its article or without it, is a known title or a body's word."""
        first = fold_words(phrase.split(maxsplit=1)[0]) if phrase.split() else ""
        bare = first[2:] if first.startswith("\u0627\u0644") else first
        return any(w in s for s in (self.c.titles, self.c.body_words) for w in (first, bare))

    def _in_closed_relative(self, masked: str, act: ReadAct, verb_start: int) -> bool:
        """Whether, in Persian, ``act``'s verb is a relative clause's, right after 'که' and closed by a comma before the
        verb at ``verb_start``: 'X در واکنش به ادعای Y که مدعی شده بود Z ...، گفت' (Y's claim, which said Z ...): the
        clause describes Y's claim, and X, before it, is the subject of 'گفت', not a noun after the clause's verb."""
        if self.words.verb_first:
            return False
        before = masked[max(0, act.start - 30) : act.start].split()
        after = masked[act.end : verb_start]
        return bool(before) and THAT_KE_RAW.fullmatch(before[-1]) is not None and ("\u060c" in after or "," in after)

    def _sole_named_in(self, number: int) -> Speaker | None:
        """The one person or body a paragraph with no verb of saying and no quotation names, whose words a paragraph
        of one quotation after it gives ('وتحدث X إلى الصحفيين في مدينة Y.' then '«...»'), as English reads a quotation
        after a sentence about its speaker; None where it names none or several, or where anyone spoke in it."""
        if number in self.said_in or any(u.number == number for u in self.analysis.units):
            return None
        named = [e for e in self.entities if e.kind in ("person", "org") and any(m[0] == number for m in e.mentions)]
        if len(named) != 1:
            return None
        # (nor where another's given name stands in it, the one met or addressed: 'والتقى X بالوزيرة Y ...')
        own = set(named[0].name.split())
        others = [w.strip(PUNCT) for w in self.texts.get(number, "").split() if w.strip(PUNCT) not in own]
        others = [w for w in others if len(w) > 2 and w[:2] != "\u0627\u0644" and fold_words(w) not in self.c.stops]
        if any(given_or_family_name(w) for w in others):
            return None
        if self._killed_or_held(named[0], number) or is_caption(self.texts.get(number, "")):
            return None  # (nor a photo's caption, 'سامي حمدان (أرشيف)': who is shown, not who speaks next)
        return self._named(named[0], "no verb of saying: the one person or body the paragraph before names")

    def _last_denier(self, number: int) -> Speaker | None:
        """Who denied last in paragraph ``number`` or the one before it: the denier a passive 'نُفي' (was denied) with
        no agent goes on from, as the same denial told again."""
        for unit in reversed(self.analysis.units):
            if unit.number < number - 1:
                return None
            if unit.kind == "denial":
                return self._again(unit.speaker, "who denied last, the one a passive denial goes on from")
        return None

    @staticmethod
    def _passive_denied(masked: str, start: int, end: int) -> bool:
        """Whether an Arabic verb of denying is the passive 'was denied' with no agent: its vowel written ('نُفي',
        'ونُفيت'), or the feminine written without it ('ونفيت الأنباء'), which no third person's active verb is spelt as
        (the active is 'نفت'); its first person ('I denied') stands only in a speaker's own words, in marks."""
        return bool(PASSIVE_DENIED_VOWELLED_AR.match(masked, start, end)) or (
            fold_words(masked[start:end]) in PASSIVE_DENIED_FEMININE_AR
        )

    def _named_before_quotes(self, masked: str, fronted: tuple[int, int] | None, verb_end: int) -> bool:
        """Whether the subject after 'that' is a person the article named before, by the last word of his name, and
        his verb then quotes him after 'أن' ('نقلت الوكالة تصريحات له قالت فيها إن الكسلي أكد أن "..."', the agency
        said that al-Kesli stressed that "..."): the words in marks are his, told through the one who relays them."""
        if fronted is None or not SPEECH_AFTER_THAT.match(masked, verb_end):
            return False
        tokens = self._tokens(masked, fronted[0], fronted[1])
        if len(tokens) != 1 or not self._name_word(tokens[0][3], True):
            return False
        word = tokens[0][3]
        if any(e.person and fold_words(e.name).split(" ")[-1] == word for e in self.entities):
            return True
        return self._written_in_full(word)

    def _written_in_full(self, word: str) -> bool:
        """Whether a one-word name is written in the article with a given name name data knows right before it
        ('قائد الفيلق سامي حمدان' in the lead, then 'حمدان'): a person's name, even where no statement of his was read
        (his remarks denied in the lead)."""
        for text in self.texts.values():
            words = [w.strip(PUNCT) for w in text.split()]
            for k in range(1, len(words)):
                if fold_words(words[k]) == word and given_or_family_name(words[k - 1]):
                    return True
        return False

    @staticmethod
    def _particle_alone(phrase: str) -> bool:
        """Whether the words before an Arabic verb are only the particle 'قد' ('وقد', 'فقد', 'لقد'), which opens a past
        verb and names no one."""
        words = fold_words(phrase.strip(PUNCT)).split()
        return len(words) == 1 and words[0] in PARTICLE_QAD_AR

    def _killed_or_held(self, entity: Entity, number: int) -> bool:
        """Whether paragraph ``number`` names ``entity`` right after a word of killing, death or arrest ('قُتل X', 'اعتُقل
        X', 'مقتل X', 'استشهد X'): the one killed or held is what the paragraph tells of, not who speaks after it."""
        text = self.texts.get(number, "")
        for _, start, _, _ in (m for m in entity.mentions if m[0] == number):
            before = fold_words(text[max(0, start - 30) : start]).split()[-2:]
            if any(w in KILLED_OR_HELD_AR or w[1:] in KILLED_OR_HELD_AR for w in before):
                return True
        return False

    def _main_after_while_clause(self, masked: str, sent: Sentence, read: ReadSentence) -> None:
        """In Persian, a sentence that opens with a 'while' clause ('در حالی که X گفته است ...، Y گفت ...') says its
        main verb's words: the clause's own verb of saying, which tells no denial, gives way to a verb of saying after
        the clause's comma; the sentence is Y's. (A clause that denies stays: 'در حالی که X این خبر را تکذیب کرده،
        ...' is X's denial.)"""
        if not self._opens_while(fold_words(masked[sent.start : sent.end]).split()[:3]):
            return
        said = [a for a in read.acts if a.kind == "verb" and a.speaker is not None]
        if len(said) < 2 or said[0].deny:
            return
        comma = next((i for i in range(said[0].end, sent.end) if masked[i] in "\u060c,"), None)
        if comma is not None and any(a.start > comma for a in said[1:]):
            read.acts[:] = [a for a in read.acts if a.start > comma or a.deny]

    def _opening_noun_fa(self, para: Paragraph, sent: Sentence, read: ReadSentence, act: ReadAct) -> None:
        """A Persian sentence opened by a verbal noun of denying and a comma ('با رد این ادعا، وزارت کشور اعلام کرد
        ...', with denying this claim, the ministry announced): its denier is the subject of the clause after the
        comma, not the last speaker; where that clause's subject is indefinite people ('با رد دست داشتن X در
        حملات، اکنون بسیاری Y را مسئول می دانند', now many hold Y responsible) the denial is only told of, no one's."""
        masked = para.masked
        commas = [k for k in (masked.find(c, act.end, sent.end) for c in "\u060c,") if k >= 0]
        comma = min(commas) if commas else -1
        if comma < 0:
            return
        main = next((a for a in read.acts if a.kind == "verb" and a.start > comma and a is not act), None)
        # (the clause's own verb may be none the reader knows: 'می دانند', hold)
        region = [t[3] for t in self._tokens(masked, comma + 1, main.start if main is not None else sent.end)]
        lead = [w for w in region[:3] if w not in self.c.time_words][:2]
        indefinite = self.c.shares | MANY_PEOPLE_FA
        if indefinite & set(lead):
            # (the verbal noun as a noun: no one takes it up as the denier, the indefinite clause's verb no speaker;
            # so too after a time, 'امروز برخی کارشناسان گفتند')
            act.speaker, act.kind = None, "noun"
            if main is not None and (main.subject is None or lead[0] in indefinite):
                main.speaker = None
        elif main is not None and main.speaker is not None:
            act.speaker = main.speaker

    @staticmethod
    def _according_to_what_fa(masked: str, sent: Sentence, start: int) -> int | None:
        """Where the Persian clause that ``start`` ends opens with 'بر اساس آنچه' (based on what: 'بر اساس آنچه فارس
        نوشته است'); None where no such clause opens before ``start``."""
        at = max(masked.rfind("\u060c", sent.start, start) + 1, sent.start)
        return at if ACCORDING_TO_WHAT_FA.search(fold_words(masked[at:start]) + " ") else None

    def _published_statement(self, para: Paragraph, sent: Sentence, text: str, where: list[int]) -> Speaker | None:
        """'نشرت X بيانا' (X published a statement), opening the sentence whose folded words are ``text``: X, who
        issued it (what 'وجاء في البيان' then quotes is X's, as after 'أصدرت'), or None if it only relays it."""
        issued = ISSUED_AR.match(text)
        if issued is None:
            return None
        tokens = self._tokens(para.masked, sent.start + where[issued.end() - 1] + 1, sent.end)
        k = self._cut_subject(tokens)
        if not 0 < k < len(tokens) or tokens[k][3] not in self.c.statements:
            return None
        received = bool(RECEIVED_AR.match(text))
        relays, issuer = self._owner_of_published(para, sent, tokens[k], tokens[k + 1 :], received)
        if issuer is None and not relays and not received:
            issuer = self.speaker(para.text[tokens[0][0] : tokens[k - 1][1]], para, tokens[0][0], sent)
        if issuer is not None:
            self.statement_of[stem_of(tokens[k][3])] = issuer
            self._spoke(issuer)
        return issuer

    def _an_outlet(self, speaker: Speaker | None) -> bool:
        """Whether an Arabic speaker is a news outlet by its word ('وكالة مهر', 'الوكالة', 'صحيفة الأفق'): it relays."""
        if speaker is None:
            return False
        first = fold_words(speaker.label).split(" ")[0]
        return first in TOLD_OUTLETS or first.removeprefix("\u0627\u0644") in TOLD_OUTLETS

    def _owner_of_words_relayed(
        self, para: Paragraph, sent: Sentence, start: int, main: Speaker | None, verb: str
    ) -> Speaker | None:
        """In Arabic, the one whose words an outlet's 'that' tells of ('أفادت الوكالة بأن كلام سامي الوردي جاء ردا على
        ...', that Sami's words came in answer to ...), for a verb of saying later in the sentence with no subject of its
        own ('وقد أكد أن ...'), when its gender is his, not the outlet's: he speaks on, the outlet only relays. None where
        the sentence's speaker is no outlet, or no words of a person named are told of."""
        if not self._an_outlet(main) or main is None:
            return None
        gender = self._gender(verb)
        if gender is None or gender == self.genders.get(main.label, "f"):
            return None
        tokens = self._tokens(para.masked, sent.start, start)
        for i, t in enumerate(tokens[:-2]):
            if t[3] not in BARE_THAT or tokens[i + 1][3] not in WORDS_OF_AR:
                continue
            # (the name, two to four words: one the article named before where one is, else the shortest whose first
            # word name data knows; a verb after it, 'جاء', is no part of it)
            spans = [
                (tokens[i + 2][0], tokens[k][1])
                for k in range(i + 3, min(i + 6, len(tokens)))
                if MASK not in tokens[k][2]
            ]
            named = [span for span in spans if self._named_person(para.masked, span)]
            given = [span for span in spans if self._named_person(para.masked, span, given=True)]
            span = named[-1] if named else given[0] if given else None
            if span is not None:
                return self.speaker(para.text[span[0] : span[1]], para, span[0], sent)
        return None

    def _sentence(self, para: Paragraph, sent: Sentence) -> ReadSentence:
        read = ReadSentence(sent)
        masked = para.masked
        text, where = folded(masked[sent.start : sent.end])
        main, noted_at = self._noted_subject(para, sent, text, where)
        # The reporter's aside ('يذكر أن ...', 'وتجدر الإشارة إلى أنه ...') that names no one who speaks: a verb in it
        # with no subject of its own is no one's, not the last speaker's (the aside is the writer's); with a pronoun on
        # 'أن' the verb right after it has that pronoun as its subject, no words after the verb
        pronoun = NOTED_PRONOUN_AR.match(text) if self.words.verb_first else None
        aside = main is None and (pronoun is not None or (self.words.verb_first and bool(NOTED_AR.match(text))))
        found: list[tuple[int, int, str, bool]] = []
        opening_nouns: list[ReadAct] = []  # 'با رد این ادعا، ...' with no subject of its own (see below)
        for m in self.c.verb.finditer(text):
            if not self.words.verb_first and CAME_FA in m.group() and AT_A_TIME_FA.search(text, 0, m.start()):
                # 'این گزارش در زمانی آمده است که ...' (this report comes at a time when ...): the reporter sets the
                # news in its context; no statement says it ('در بیانیه آمده است که', it says in the statement, does)
                continue
            if not self.words.verb_first and CAME_FA in m.group() and text[: m.start()].endswith(f" {IN_FA} "):
                # ('مهاجم شناسایی و از پای در آمده است', was killed): 'در' right before 'آمده', no statement between,
                # is the verb 'درآمدن' (to come out, to become), never 'in X it came'
                continue
            if self.words.verb_first and _lie_noun(text, m):
                continue  # 'إن الأنباء كذب وافتراء': a lie named, no verb (its cue, 'افتراء', 'كذب محض', denies)
            if self.words.verb_first and _called_a_liar(text, m, masked[sent.start + where[m.start()] : sent.end]):
                continue  # 'وقال X إن الاحتلال يكذب' (lies): X denies (the cue), no denial of the one called a liar
            deny = bool(self.c.deny.fullmatch(m.group())) or bool(
                self.c.respond.fullmatch(m.group()) and self.c.answers_claims.match(text, m.end())
            )
            if (
                not self.words.verb_first
                and m.group().startswith(DOUBTED_FA)
                and not text[: m.start()].endswith(f"{RA} ")
            ):
                continue  # ('در صحت این خبر تردید کرد', doubted; the Dari 'denied' takes its object with 'را' right before)
            if deny and not self.words.verb_first and self._after_one_can_fa(text[: m.start()]):
                continue  # 'نمی‌توان نقش ایران را انکار کرد' (it cannot be denied): a short infinitive, no one denies
            refusing = self.words.verb_first and DISOWNING not in m.group() and not DISTANCED_FROM.match(text, m.end())
            if deny and self.c.reject.fullmatch(m.group()) and (refusing or self._refused_proposal(text)):
                # 'رفضت الحركة المقترح', 'پیشنهاد مذاکره را رد کرد': a proposal refused, no claim denied; in Arabic,
                # refusing denies only claims ('رفض الاتهامات'; not 'رفض الانسحاب، التدخل، العقوبات'), where Persian
                # 'رد کرد' of an event denies it ('حضور نیروها را رد کرد') and disowning one ('تنصل من') disowns it
                # ('رفضت الحكومة أن تنفي الأنباء', refused to deny: 'that' and a present verb, what is refused)
                to_do = TO_DO.match(text, m.end()) if refusing else None
                claimed = bool(self.c.claims.search(text) or self._claim_any.search(text)) and not (
                    to_do is not None and not self._claim_any.search(to_do.group(1))
                )
                claimed = claimed or self._lead_under_denial(para)
                # (in Persian, 'رد کرد که ...' (rejected that ...) denies what the clause after 'که' says, as
                # 'تکذیب کرد که ...'; a proposal is refused with its noun before the verb, never so)
                claimed = claimed or (
                    not self.words.verb_first
                    and bool(THAT_AFTER_FA.match(text, m.end()))
                    and not self._refused_proposal(text, 0, m.start())
                )
                deny = bool(claimed or self.c.cue.search(text)) and not (
                    self.words.verb_first and not claimed and self.c.proposal.search(text)
                )
            if deny and self.words.verb_first:
                # (within the verb's clause: 'إنها لا يمكن أن تقبل الشروط، ونفت الأنباء' denies, the negation and
                # 'يمكن' before the comma are another verb's)
                clause = re.split(r"[\u060c,:\u061b]", text[: m.start()])[-1]
                prior = [w.strip(PUNCT) for w in clause.split()[-6:]]
                negated = max((k for k, w in enumerate(prior) if w in NEGATORS), default=-1)
                if prior[-1:] and prior[-1] in NEGATORS:
                    continue  # 'ولم يكذب X الأنباء', 'ولم ترفض الوزارة الاتهامات': a negated verb denies nothing
                if negated >= 0 and ABLE & set(prior[negated + 1 :]):
                    continue  # 'ولم يستطع X نفي الأنباء' (X could not deny the reports): no denial made
            if (
                not deny
                and self.words.verb_first
                and m.group().removeprefix("\u0648") in UNANSWERED_AR
                and text[: m.start()].split()[-1:] in ([w] for w in NEGATORS)
                # (answering 'على' something, its subject between: not 'ولم يرد في حديثه', it did not appear in his talk)
                and text[m.end() :].split()[:1] != [IN]
                and ON in text[m.end() :].split()[:8]
            ):
                continue  # 'ولم يرد X على طلب للتعليق' (X did not answer a request for comment): no one said anything
            if deny and self.c.not_denying.search(text, max(0, m.start() - 30), m.start()):
                deny = False  # ('نهی از منکر', forbidding wrong, is no 'منکر', denying)
            if deny and not self.words.verb_first and UNSAID_FA.match(text, m.end()):
                deny = False  # 'تکذیب نکرد' (did not deny)
            if deny and not self.words.verb_first and text[max(0, m.start() - 3) : m.start()] == FROM_FA + " ":
                deny = not REFRAINED_FA.match(text, m.end())  # 'از تکذیب این خبر خودداری کرد' (refrained from denying)
            if deny and self.c.reject.fullmatch(m.group()) and self.c.declining.search(text, m.end(), m.end() + 80):
                deny = False  # 'رفض المتحدث التعليق على الأنباء' (declined to comment): nothing denied
            # (whether or not the sentence denies: before a quotation 'رفض' was taken for the verb that says it, and
            # its 'subject' for the speaker: 'وقال مصدر كسلي رفض الكشف عن هويته إن "..."' gave a speaker 'الكشف')
            if self.c.reject.fullmatch(m.group()) and ANONYMOUS & {w.strip(PUNCT) for w in text[m.end() :].split()[:4]}:
                deny = False  # 'رافضا الكشف عن هويته' (declining to give his name): nothing denied
                if self.words.verb_first and not self.c.participle.fullmatch(m.group()):
                    continue  # ('قال مسؤول رفض الكشف عن هويته إن ...': the source's wish, no verb with a subject 'الكشف')
            if (
                self.words.verb_first
                and text[: m.start()].split()[-1:] in ([w] for w in WISHING)
                and ANONYMOUS & {w.strip(PUNCT) for w in text[m.end() :].split()[:3]}
            ):
                continue  # 'مصدر رفض ذكر اسمه أن ...' (who declined to give his name): 'ذكر' a noun, 'اسمه' no speaker
            if not self.words.verb_first and m.group() == WISHED_FA and NAME_WITHHELD_FA.match(text, m.end()):
                continue  # 'منبعی که خواست نامش فاش نشود' (who asked that his name not be given): no speech
            if not self.words.verb_first and PASSIVE_FA.match(text, m.end()):
                continue  # 'اگر چیزی گفته شود' (if something is said): a passive, it has no speaker
            if (
                not self.words.verb_first
                and not deny
                and text[: m.start()].split()[-1:] == [LIE_FA]
                and SAYING_FA.search(m.group())
            ):
                continue  # 'X درباره ... دروغ گفته است' (X lied about ...): no speech of X's; who calls it so denies
            if not self.words.verb_first and m.group().endswith(SAID_FA) and TALKS_FA.match(text, m.end()):
                continue  # 'گفت و گو با X' (talks with X), a noun: no verb of saying
            if not self.words.verb_first and PLURAL_APART_FA.match(text, m.end()):
                continue  # 'گفته های X' (X's sayings), the plural ending written apart: a noun, no verb of saying
            if (
                not self.words.verb_first
                and m.group() == SAID_FA + "\u0647"
                and text[: m.start()].split()[-1:] in ([w] for w in THIS_FA)
            ):
                continue  # 'این گفته X' (this saying of X's): after 'this' a noun, no verb of saying
            if m.group() in AFFILIATED and text[m.end() : m.end() + 2] == " \u0644":
                continue  # 'فصيل تابع للحرس' (a faction affiliated to the guard): an adjective, no verb of saying
            if EXPLAINED in (m.group(), m.group()[1:]):
                says = EXPLAINED_SAYS.match(text, m.end())
                # (a verb in the aside is the aside's own: 'الذي طلب عدم ذكر اسمه')
                subject_end = (says.start("aside") if says.group("aside") else says.end()) if says else m.end()
                if not (says and text[: m.start()].rstrip()[-1:] in ("", "\u060c", ",")) or any(
                    self.c.verb.fullmatch(w) for w in text[m.end() : subject_end].split()
                ):
                    continue  # 'بين الطرفين' (between the two sides), 'وبين عامي ... قال': no verb
            if m.group() in WISHING_TO and not CLARIFIES_AFTER.match(text, m.end()):
                continue  # 'وتود الوزارة إنهاء الحرب' (wishes to end the war): only wishing to clarify says something
            if m.group() in COUNTED and not deems_after(text, m.end()):
                continue  # ('وعد الرئيس بإجراء إصلاحات', promised): 'عد' deems only before an object and what it is
            if {m.group(), m.group()[1:]} & ADDRESSING and not ADDRESSING_SAYS.match(text, m.end()):
                continue  # 'وتوجه الوفد إلى العاصمة' (headed for): addressing says something only 'by saying' or ':'
            # (read in the text as written, where 'ة' is not yet folded to the pronoun's 'ه')
            renewing = {m.group(), m.group()[1:]} & RENEWED
            if renewing and self._renews_an_act(masked[sent.start + where[m.end() - 1] + 1 : sent.end]):
                continue  # 'وجددت مدفعية X قصفها على ...' (renewed its shelling): an attack renewed says nothing
            if {m.group(), m.group()[1:]} & PRESENT_SAYING and (
                reads_as_headline(para.text) or not PRESENT_SAYS.match(text, m.end())
            ):
                continue  # 'كسليا تعلن انشقاق ...' (a headline's announcement), 'يعلن X عن ...': no speech said
            if (
                {m.group(), m.group()[1:]} & TALKED_OF
                and not _beside_speech(text, m.start(), m.end())
                and self._report_by(para, sent, sent.start + where[m.start()]) is None
            ):
                # 'وتحدث الوزير عن الوضع' (talked about): speaking of says something only beside its words or as a
                # report's verb
                continue
            if {m.group(), m.group()[1:]} & GOING_ON and not re.search(f"[:{MASK}]", text[m.end() :]):
                continue  # 'وواصلت القوات تقدمها' (went on advancing): going on says something only before a quotation
            if {m.group(), m.group()[1:]} & CONCLUDED and not (
                MASK in text[m.end() :] or _beside_speech(text, m.start(), m.end())
            ):
                continue  # 'وأتم الجيش انسحابه' (completed its withdrawal): concluding says something only beside words
            if self.words.verb_first and self.c.participle.fullmatch(m.group()):
                # 'نافيا', 'رافضا' (denying, rejecting): a participle's subject is its sentence's speaker, never
                # the noun after it ('رافضا الكشف عن هويته' has no speaker 'الكشف')
                found.append((m.start(), m.end(), "participle", deny))
                continue
            to = self.words.verb_first and text[max(0, m.start() - 5) : m.start()] in (
                " \u0627\u0644\u064a ",
                "\u0627\u0644\u064a ",
            )
            before = text[: m.start()].split()
            if (
                self.words.verb_first
                and before[-1:] in ([w] for w in WHAT_AR)
                and in_present(m.group(), self.words.prefixes)
            ):
                continue  # 'ما يدعو إلى القلق', 'وهو ما يؤكد أن' (what gives cause for, what confirms): 'what' says
            if deny and to and any(w in CALLING_ON or w[1:] in CALLING_ON for w in before):
                continue  # 'دعا X الحركة إلى نفي الأنباء' (called on the movement to deny): no one denies yet
            if (
                deny
                and self.words.verb_first
                and before[-1:] == [BARE_AN]
                and in_present(m.group(), self.words.prefixes)
            ):
                continue  # 'على الحركة أن تنفي', 'رفضت أن تنفي' ('that' and the present: to deny): not a denial
            if (
                deny
                and not self.words.verb_first
                and m.group() == DENIAL_NOUN_FA
                and ENGAGED_IN_FA.match(text, m.end())
                and text[max(0, m.start() - 3) : m.start()] == TO_FA + " "
            ):
                # 'X با انتشار بیانیه‌ای به تکذیب این خبر پرداخت' (set about denying it): X's verb, its subject before
                # 'به', as 'X این خبر را تکذیب کرد'
                found.append((m.start(), m.end(), "verb", deny))
                continue
            if (
                deny
                and not self.words.verb_first
                and m.group() == DENIAL_NOUN_FA
                and text[: m.start()].split()[-1:] in ([w] for w in THIS_FA)
            ):
                continue  # 'پیش از این تکذیب، X گفته بود' (before this denial): one told already, no denial of its own
            if deny and not self.words.verb_first and m.group() == DENIAL_NOUN_FA:
                next_word = text[m.end() :].split()[:1]
                if next_word and next_word[0] != AND_FA and next_word[0][:1].isalpha():
                    # 'با اشاره به تکذیب جنبش X' (referring to the movement's denial): a noun, its denier the name
                    # after it (as in Arabic, 'نفي الحركة'), never the sentence's speaker
                    found.append((m.start(), m.end(), "noun", deny))
                    continue
            if self.words.verb_first and m.group() in OPENING_DENIALS and before[-1:] in ([IN], ["\u0648" + IN]):
                # 'وفي نفي للأنباء ...، قالت الوزارة إن ...' (in a denial of the reports, the ministry said): the
                # subject of the clause after the opening denies, never the words after 'نفي' ('للأنباء', 'رسمي');
                # a rejection of what is no claim ('وفي رفض للمقترح، قال X', in a rejection of the proposal) denies
                # nothing and says nothing of its own: the clause's verb speaks
                if deny:
                    found.append((m.start(), m.end(), "opening", deny))
                continue
            # ('سارعت الوزارة إلى نفي الخبر', hastened to deny: the sentence's subject denies, as with 'لتنفي')
            found.append((m.start(), m.end(), "purpose" if to and deny else "verb", deny))
        claimed_at: set[int] = set()
        for m in self._what_said.finditer(text):
            if m.group(1) + "\u0647" in CALLED:
                continue
            relay = bool(self.c.relay.fullmatch(m.group(1)))
            deny = not relay and bool(self.c.deny.fullmatch(m.group(1)))
            listed = next((f for f in found if f[0] == m.start(1)), None)  # ('قاله', listed as a verb of its own)
            # (not 'بحسب ما ذكره X', according to what X said: X speaks the sentence)
            according = self.c.according.fullmatch(" ".join(text[: m.start()].split()[-1:]))
            if relay and not according and listed is None:
                # 'إن ما نقلته وسائل الإعلام عن القائد لا أساس له' (what the media relayed from the commander is
                # baseless): the reports, named by what was done with them, the sentence's object or subject; the one
                # they were relayed from says nothing here (only 'بحسب ما نقلته الوكالة عن X' gives X the words)
                continue
            if listed is None:
                found.append((m.start(1), m.end(), "relay" if relay else "verb", deny))
            if not (relay or deny or according or (listed is not None and (listed[2] != "verb" or listed[3]))):
                claimed_at.add(m.start(1))
        for m in self._which_denied.finditer(text):
            # (rejecting, only claims: 'المعلومات التي رفضها الجيش', not 'المقترح الذي رفضه')
            claims = self.c.claims.search(text, 0, m.start()) or self._claim_any.search(text, 0, m.start())
            if not any(f[0] == m.start(1) for f in found) and (claims or not self.c.reject.fullmatch(m.group(1))):
                found.append((m.start(1), m.end(), "verb", True))
        for m in self.c.participle.finditer(text):
            if not any(f[0] == m.start() and f[2] == "participle" for f in found):
                found.append((m.start(), m.end(), "participle", False))
        for m in self.c.according.finditer(text):
            found.append((m.start(), m.end(), "according", False))
        for m in self.c.relay.finditer(text):
            found.append((m.start(), m.end(), "relay", False))
        if self.words.verb_first:
            # ('ونسب المصدر إلى قائد الحركة قوله إن ...', the source ascribed to the leader his saying): a relay whose
            # speaker follows 'إلى' (to), not 'عن'; only with 'قوله' after it ('نسب البطالة' are rates, no verb)
            for m in ASCRIBED.finditer(text):
                found.append((m.start(1), m.end(1), "relay", False))
        for m in self.c.statement_says.finditer(text):
            if any(f[0] == m.start() and f[1] > m.end() for f in found):
                continue  # ('آمده' inside the verb 'آمده است', read as that verb)
            if self.words.verb_first:
                found.append((m.start(), m.end(), "statement", False))
                lead = text[: m.start()].split()[-2:]
                if (
                    m.group().endswith(ISSUED_FROM)
                    and lead[-1:] in ([w] for w in WHAT_AR)
                    and not self.c.according.fullmatch(" ".join(lead))
                ):
                    # ('إن ما صدر عن الجهات "..."', that what came from those bodies is "..."): words another issued,
                    # which the sentence answers, as 'ما أوردته X' gives them; X speaks none of the sentence (not
                    # 'بحسب ما صدر عن X', according to what X issued, nor 'ما جاء في بيان X', X's own statement)
                    claimed_at.add(m.start())
            elif IN_STATEMENT_FA.search(text, max(0, m.start() - 150), m.start()) or (
                OPENS_IN_STATEMENT_FA.match(text, 0, m.start()) and not self.c.verb.search(text, 0, m.start())
            ):
                # 'در اعلامیه X تاکید شده که' (in X's statement it was stressed): a passive has the statement it is
                # in as its subject; without one ('گفته شده', it is said) it has no speaker (a sentence that opens with
                # the statement has it as the subject of its first verb, however long the clauses between)
                found.append((m.start(), m.end(), "verb", False))
        if not self.words.verb_first:
            for m in BROUGHT_FA.finditer(text):
                # ('X در بیانیه خود آورده است: «...»', 'X در پیامی آورده است که ...': X wrote in it; its subject is X's)
                if IN_A_WRITING_FA.search(text, max(0, m.start() - 80), m.start()):
                    found.append((m.start(), m.end(), "verb", False))
        for m in self.c.purpose.finditer(text):
            found.append(
                (m.start(), m.end(), "purpose", bool(self.c.deny.fullmatch(re.sub(r"^\u0648?\u0644", "", m.group()))))
            )
        spans = [(s, e) for s, e, kind, _ in found if kind == "according"]
        # ('به گفته X': 'گفته' inside 'according to' is no verb of its own)
        found = [f for f in found if f[2] == "according" or not any(s <= f[0] < e for s, e in spans)]
        found.sort()
        # ('ما ورد ... من ذكر أسماء ...، نقول : ...': the topic's verbs tell the account answered; no one they name
        # speaks the statement's own words after 'we say')
        topic_end = self._topic_before_we_say(text)
        found = [f for f in found if f[0] >= topic_end]
        found = self._outside_colon_speech(masked, sent, where, found)
        # 'جاء ذلك، حسبما أفاد X' (this came, as X reported): whose the words before were, none of its own; X is read
        # and named, then the sentence drafts nothing
        came_as = self.words.verb_first and THIS_CAME_AS.match(text) is not None
        self._note_bodies(para, sent)
        lead_end: int | None = None  # (where the verb of a Persian lead 'بر اساس آنچه X نوشته است' ends)
        for f_start, f_end, kind, deny in found:
            relaying = False  # whether the sentence's speaker only relays what an office after 'أن' says
            named: tuple[int, int] | None = None  # where the subject's words are
            joined_also: Speaker | None = None  # a second denier joined to the subject by 'و'
            opening = False  # a verbal noun of denying that opens the sentence, no subject of its own
            start, end = sent.start + where[f_start], sent.start + where[f_end - 1] + 1
            while end < sent.end and not fold_char(masked[end]):
                end += 1  # the marks written on the verb's last letter ('وفقاً')
            wishing = kind == "verb" and text[f_start:f_end] in WISHING_TO  # ('تود X توضيح الآتي')
            owner_phrase: str | None = None  # the owner of the occasion the words were said at, as the subject
            if MASK in masked[start:end]:
                continue
            if deny and kind == "verb" and self._denial_told_when(para, sent, start, end):
                continue  # 'ويأتي نفي المجلس عقب تصريح ...' (the council's denial comes after a statement ...)
            if deny and kind == "verb" and self._exiled_to(para, sent, start, end):
                continue  # 'ونُفي سامي الوردي إلى الخارج' (was exiled abroad): 'نفى' of banishing, no denial
            if (
                self.words.verb_first
                and WHAT_CAME_IN.match(fold_words(masked[start:end]))
                and WHAT.search(fold_words(masked[sent.start : start]))
            ):
                # 'ما ورد في البيان المتداول' (what came in the circulated statement): the words answered, a relative
                # clause naming no speaker (not 'المتداول' as the statement's issuer)
                continue
            lead_fa = None if self.words.verb_first else self._according_to_what_fa(masked, sent, start)
            if lead_fa is not None and not any(
                e0 <= f_start and sent.start + where[s0] >= lead_fa for s0, e0, *_ in found
            ):
                # 'به گزارش X، بر اساس آنچه فارس نوشته است، Y ... گفت' (based on what Fars wrote): a source named in a
                # lead, as 'به گزارش' names one; its verb says no one's words, and Y's subject stays Y (only the lead's
                # own verb, the first after 'آنچه': with no comma after the lead, 'بر اساس آنچه فارس نوشته است Y گفت',
                # Y's verb is the sentence's, its subject after the lead's verb)
                lead_end = end
                continue
            if (
                self.words.verb_first
                and kind == "verb"
                and RELATIVE.search(fold_words(masked[sent.start : start]))
                and not (deny and text[f_start:f_end].endswith(("\u0647", "\u0647\u0627", "\u0647\u0645")))
                # ('في الوقت الذي أعلن فيه الجيش ...', at the time when the army announced: a clause of time, its
                # verb as said as any)
                and not WHILE_WHEN.search(fold_words(masked[sent.start : start]))
            ):  # ('الأمر الذي نفته الحركة', which the movement denied: the verb carries what it denies, and denies)
                continue  # 'قناة العربية التي أوردت النبأ': a relative clause describes, it attributes nothing
            speaker: Speaker | None
            subject_end = end
            agents: list[tuple[Paragraph, int, int]] = []
            if (
                kind == "relay"
                and self.words.verb_first
                and self._opens_clause(masked, sent, start)
                and not any(t[3] in (FROM, TO) for t in self._tokens(masked, end, sent.end)[:10])
            ):
                # 'نقلت منصة X أن "..."' (the platform X reported that): relaying from no one, X says it itself (where
                # the verb opens its clause: not 'حسبما نقلت X', as X reported, nor the noun 'ادعاء نقل قوات')
                kind = "verb"
            if kind == "participle":
                # (the subject of a clause joined after the first: 'نفت الرئاسة ...، وقال المتحدث X إنه ...، مضيفا')
                joined = self._joined_clause(masked, read.acts) if self.words.verb_first else None
                if self.words.verb_first and joined is None:
                    # ('ذكرت القناة أن سامي الوردي صرح قائلا: «...»': a participle right after a verb, nothing
                    # between, says how that verb's subject spoke, as after 'أن' it is another's than the sentence's)
                    joined = self._manner_of(masked, read.acts, start)
                if self.words.verb_first and joined is None:
                    # ('نقلت الوكالة تصريحات له قالت فيها إن حمدان أكد أن "..."، مشيرا إلى أن "..."': the reported
                    # speaker's words go on, the participle agreeing with his verb and not the agency's)
                    joined = self._reported_speaker_agreeing(masked, read.acts, start, end)
                last = None if aside and main is None else self.last
                if joined is None and main is None:
                    joined = self._owner_of_what_came(para, sent, start, end)
                if self.words.verb_first and joined is None and main is None and not aside:
                    joined = self._subject_of_a_deed(para, sent, start)
                speaker = self._again(joined or main or last, "the speaker of its sentence")
            elif kind == "relay":  # 'ونقلت وكالة X عن المتحدث Y قوله': the one quoted speaks, not the agency
                tokens = self._tokens(masked, end, sent.end)
                at = next((i for i, t in enumerate(tokens[:10]) if t[3] == FROM), None)
                if at is None and ASCRIBED.match(text, f_start) is not None:
                    at = next((i for i, t in enumerate(tokens[:10]) if t[3] == TO), None)
                rest = tokens[at + 1 :] if at is not None else []
                k = self._cut_subject(rest)
                speaker = self.speaker(para.text[rest[0][0] : rest[k - 1][1]], para, rest[0][0], sent) if k else None
                subject_end = rest[k - 1][1] if k else end
                kind = "verb"
            elif kind == "statement":  # 'وجاء فيه أن ...': whoever issued the statement named before
                # ('ونشر X بيانا على صفحته، جاء فيه: "..."', X published a statement in which came: the statement this
                # very sentence publishes, read before its own 'جاء فيه' and not only for the sentences after it)
                published = (
                    self._published_statement(para, sent, text, where)
                    if self.words.verb_first and ISSUED_AR.match(text, 0, f_start) is not None
                    else None
                )
                said = (
                    published or self.statement_of.get(stem_of(self.words.statements[0])) or self.last_body or self.last
                )
                speaker = self._again(said, "the statement named before, 'in it came'")
                tokens = self._tokens(para.text, end, sent.end)
                # 'وجاء في بيان للمنظمة أن' (in a statement of the organisation): 'ل' written onto the issuer is no
                # part of its name; written onto the article ('للمنظمة') it stands for the article's alef
                lam = (
                    self.words.verb_first
                    and bool(tokens)
                    and tokens[0][3][:1] == "\u0644"
                    and len(tokens[0][3]) > 2
                    and not fold_words(text[f_start:f_end]).endswith(DEFINITE[0] + stem_of(self.words.statements[0]))
                )
                if self.words.verb_first and len(tokens) > 2 and tokens[0][3] in ISSUED_BY and tokens[1][3] == FROM:
                    tokens = tokens[2:]  # ('وجاء في رسالة صادرة عن X', in a letter issued by X): X issued it
                if lam:
                    t_start, t_end, word, fw = tokens[0]
                    article = fw[:2] == "\u0644\u0644"
                    cut = 0 if article else 1 + (word[1:2] == "\u0640")  # (and a tatweel after it: 'لـX')
                    tokens[0] = (t_start + cut, t_end, word[cut:], "\u0627" + fw[1:] if article else fw[1:])
                k = self._cut_subject(tokens) if self.words.verb_first else 0
                # ('صدر عن حركة النور البيان التالي', issued by the movement the following statement: the
                # statement's word after the issuer's name ends it)
                k = next((i for i in range(1, k) if tokens[i][3].removeprefix(DEFINITE[0]) in self.c.statements), k)
                name = para.text[tokens[0][0] : tokens[k - 1][1]].strip(PUNCT) if k else ""
                at = para.text.index(name, tokens[0][0]) if name else end
                if lam and name.startswith("\u0644\u0644"):
                    name = "\u0627" + name[1:]  # (of the same length: the offsets stay the text's)
                issuer = self.speaker(name, para, at, sent) if name else None
                if issuer is not None:  # 'وجاء في بيان الحركة', 'وجاء في إعلان "X":': the one named after it
                    speaker = issuer
                    # ('أفادت الوكالة أنه جاء في بيان للوزارة أن ...', the agency reported that in a statement of the
                    # ministry came: the agency relays, the ministry's statement speaks the rest of the sentence, as
                    # 'نقلت الوكالة عن الوزارة')
                    relaying = (
                        self.words.verb_first
                        and main is not None
                        and THAT_IT_CAME.search(fold_words(masked[sent.start : start])) is not None
                    )
                    if relaying:  # (the agency's verb says nothing of its own: its acts give way to the statement's)
                        read.acts[:] = [a for a in read.acts if a.speaker is not main]
                kind = "verb"
            elif kind == "noun":  # 'تکذیب جنبش X' (the movement's denial): the name after the noun, if any
                tokens = self._tokens(masked, end, sent.end)
                k = self._genitive_name(tokens[: self._cut_subject(tokens)])
                speaker = (
                    self.speaker(para.text[tokens[0][0] : tokens[k - 1][1]], para, tokens[0][0], sent) if k else None
                )
                subject_end = tokens[k - 1][1] if k else end
                if not k and deny and not masked[sent.start : start].strip():
                    # ('تکذیب ادعای حمله از سوی X', the denial of the claim by X, as a headline opens with it): no
                    # name after the noun, the agent after 'از سوی' or 'توسط' denies, as after 'پس از تکذیب ...'
                    agent = self._agent_after(para, sent, end)
                    if agent is not None:
                        speaker = self.speaker(para.text[agent[1] : agent[2]], para, agent[1], sent)
                        subject_end = agent[2]
            elif kind == "opening":  # 'وفي نفي ...، قالت الوزارة': the subject after the opening's comma
                comma = min((i for i in (masked.find(c, end, sent.end) for c in "\u060c,") if i >= 0), default=-1)
                speaker = self._sentence_subject(para, Sentence(para, comma + 1, sent.end)) if comma >= 0 else None
                kind = "verb"
            elif kind == "purpose":  # 'خرجت الوزارة لتنفي': the sentence's subject
                speaker = main or self._sentence_subject(para, sent)
                kind = "verb"
            elif kind == "according":
                tokens = self._tokens(masked, end, sent.end)
                # 'وفقا لسامي الوردي' as 'وفقا ل سامي الوردي' (the list's 'وفقا ل'): 'ل' written onto the name is no
                # part of it; written onto the article ('للجيش') it stands for the article's alef ('الجيش')
                lam = bool(tokens) and tokens[0][3][:1] == "\u0644" and len(tokens[0][3]) > 2
                article = False
                if lam and text[f_start:f_end].endswith(self._governs_lam):
                    t_start, t_end, word, fw = tokens[0]
                    # (not a word that opens with 'ل' itself, 'للواء' as 'ل' and 'لواء' (of the brigade, or of the
                    # major general, whose article and one 'ل' the spelling drops): no 'الواء')
                    article = fw[:2] == "\u0644\u0644" and fw[1:] not in self.c.body_words | self.c.titles
                    cut = 0 if article else 1 + (word[1:2] == "\u0640")  # (and a tatweel after it: 'لـسامي')
                    tokens[0] = (t_start + cut, t_end, word[cut:], "\u0627" + fw[1:] if article else fw[1:])
                if tokens and tokens[0][3] in SAYING and len(tokens) > 1:
                    tokens = tokens[1:]  # 'حسب قول الموقع' (according to the saying of the site): the site
                k = self._cut_subject(tokens) if self._may_be_according_to(text[f_start:f_end], tokens) else 0
                if not self.words.verb_first and k > 1:
                    k = self._known_prefix(para, tokens, k)  # ('به گفته کاظمی همه ...': no comma after the name)
                subject = masked[tokens[0][0] : tokens[k - 1][1]] if k else ""
                phrase = para.text[tokens[0][0] : tokens[k - 1][1]] if k else ""
                if article:
                    phrase = "\u0627" + phrase[1:]  # (of the same length: the offsets stay the text's)
                # ('وذكرت قناة X نقلا عن مراسلها أن ...', its own correspondent: the outlet speaks, no source of its own)
                own = bool(k) and self._own_reporter([t[3] for t in tokens[:k]])
                speaker = self.speaker(phrase, para, tokens[0][0], sent) if k and not own else None
                said_as = [w.strip(PUNCT) for w in fold_words(subject).split(" ")]
                if (
                    speaker is None
                    and k
                    and (said_as[0] in self.c.possessive_refs or self.c.statements_wording(said_as))
                ):
                    speaker = main or self._sentence_subject(para, sent)
                    kind = "verb"
                subject_end = tokens[k - 1][1] if k else end
            elif deny and main is None and self.words.verb_first and we_deny(text[:f_start], text[f_start:f_end]):
                speaker = None  # 'نحن ننفي بشدة هذه الأخبار' in a statement's own voice: its signer's, if signed
            elif deny and self.words.verb_first and DONE.search(text, 0, f_start):
                # 'وتم نفي الخبر من قبل الحركة' (the report was denied by the movement): the agent denies, else no one
                speaker, subject_end = self._done_by(para, sent, end)
            elif (
                deny
                and self.words.verb_first
                and PASSIVE_DENIED_AR.fullmatch(text[f_start:f_end])
                and set(text[:f_start].split()) <= PASSIVE_OPENERS_AR
                # (not the active verb misspelt so before its subject: 'نفي مصدر مقرب من X نفيا قاطعا ... من قبل أي دولة')
                and not (text[f_end:].split()[:1] and self._names_a_speaker(text[f_end:].split()[0]))
                # (the verb as the paragraph writes it, where the sentence's offsets map to: ``text`` is folded)
                and not self._active_before_a_name(para.text[start:end], para.text[end : sent.end])
                and self._done_by(para, sent, end)[0] is not None
            ):
                # 'ونُفي الخبر من قبل الحركة' (the report was denied by the movement), the passive written as the verbal
                # noun is, opening its sentence: the agent after 'من قبل' or 'من جانب' denies, not the word after it
                speaker, subject_end = self._done_by(para, sent, end)
            else:
                # (not 'ضمن تکذیب «...»' (while denying), whose quotation is its object: the subject is before it)
                previous_end = max(
                    (
                        a.end
                        for a in read.acts
                        if a.kind == "verb"
                        and not self._while_doing(masked[a.start : a.end])
                        and not self._in_closed_relative(masked, a, start)
                    ),
                    default=None,
                )
                if lead_end is not None and "\u060c" not in masked[lead_end:start]:
                    previous_end = max(previous_end or lead_end, lead_end)  # (the lead's, with no comma after it)
                s_start, s_end = self._subject_region(masked, sent, start, end, previous_end)
                if pronoun is not None and f_start == pronoun.end():
                    s_end = s_start  # ('ومن الجدير بالذكر أنها نفت الشهر الماضي ...': 'she', not 'last month')
                if self.words.verb_first and s_end > s_start and self._calls_on_hearers(masked, start, end, s_start):
                    s_end = s_start  # 'ودعت وسائل الإعلام إلى ...' (it called on the media): no subject of its own
                if self.words.verb_first and s_end > s_start and self._after_that(masked, sent, start) is not None:
                    # 'يذكر أن حركة النور أعلنت الهدنة، وأكدت ...': after 'أن' a noun, then its verb; the noun is the
                    # subject (the noun 'أن' takes), and the words after the verb are its object ('الهدنة'), no one
                    s_end = s_start
                # (a past verb with no subject after it has the noun before it as its subject, as a present one has:
                # 'الوزارة نفت الأنباء' as 'الوزارة تنفي الأنباء')
                # (not a verbal noun spelt as a present verb is, 'ويأتي تكذيب الحركة بعد ...': its owner follows it)
                verb_word = fold_words(masked[start:end])
                present = in_present(verb_word, self.words.prefixes) and verb_word not in DENIAL_NOUNS_AR
                fronted = (
                    self._fronted_subject(masked, sent, start, present, s_end == s_start)
                    if self.words.verb_first and main is None
                    else None
                )
                if self.words.verb_first and (main is not None or fronted is None) and s_end == s_start:
                    # '... السيطرة على المدينة، لكن الحركة نفت ذلك' (but the movement denied it): after 'but' a
                    # clause has its own subject before its verb, as at the sentence's start, not the first speaker
                    # (whether or not the first verb's subject was read: 'اتهمت X حركة النور بـ...، لكن الحركة نفت')
                    after = max((a.end for a in read.acts), default=sent.start)
                    but = [t for t in self._tokens(masked, after, start) if t[3] in BUT | EXCEPT | AS_FOR]
                    if but:
                        clause = Sentence(para, but[-1][0], sent.end)
                        fronted = self._fronted_subject(masked, clause, start, present, True)
                if fronted is None and self.words.verb_first and s_end == s_start:
                    # 'أن الحركة نفت' (that the movement denied); a verb of saying with the sentence's speaker
                    # before it keeps that speaker ('رأى X أن العدوان يؤكد أن ...'), unless an office or a source
                    # stands there ('أفادت الوكالة أن المتحدث باسم X، Y، وصف ...': the agency relays Y's words)
                    fronted = self._after_that(masked, sent, start)
                    if fronted is not None and fronted[0] == noted_at and main is not None:
                        fronted = None  # ('يذكر أن X كان قد ...، وأكد ...': the one noted, X, said it)
                    office = fronted is not None and self._tokens(masked, fronted[0], fronted[1])[0][3] in (
                        self.c.titles | self.c.heads
                    )
                    # (and a body: 'قال X إن الحركة وصفت التقارير بأنها كاذبة' gives the movement's words, as 'قال X إن
                    # الحركة نفت' gives its denial)
                    # ('وأكد X أن سامي الوردي قال: «...»': a given name, then a verb that opens a quotation, reports
                    # Sami's words even where the article has not named him before)
                    # (or after the occasion it was said on: 'أن سامي الوردي قال في مقابلة معها: «...»')
                    opens = bool(
                        SPEECH_AFTER.match(masked, end)
                        or SPEECH_AFTER_OCCASION.match(masked, end)
                        or SPEECH_AFTER_THAT.match(masked, end)
                    )
                    manner = re.compile(r"\s*+([^\s:]+)").match(masked, end)
                    if not opens and manner is not None and self.c.participle.fullmatch(fold_words(manner.group(1))):
                        # ('أن سامي الوردي صرح قائلا: «...»': a participle of saying, then the quotation)
                        opens = bool(SPEECH_AFTER.match(masked, manner.end()))
                    if not (
                        deny
                        or main is None
                        or office
                        # (an outlet relays: 'ذكرت الوكالة أن سامي الوردي أكد أن ...' is Sami's, named or not before)
                        or self._named_person(masked, fronted, given=opens or self._an_outlet(main))
                        or self._named_before_quotes(masked, fronted, end)
                    ) and not (self._body_subject(masked, fronted)):
                        fronted = None
                    relaying = fronted is not None and office and main is not None and not deny
                if wishing and s_end > s_start:
                    fronted = None  # ('وإزاء ذلك تود الوزارة توضيح ...': a statement's formula, its subject after it)
                if self.words.verb_first and s_end == s_start and fronted is None and main is None:
                    # 'جاء ذلك في مؤتمر صحفي للعقيد X، وقال فيه: ...' (said in it): the one whose press conference or
                    # statement the sentence names says it, not whoever spoke last
                    owner = self._occasion_owner(para, sent, start, end)
                    if owner is not None:
                        fronted, owner_phrase = owner[:2], owner[2]
                if not self.words.verb_first and fronted is None:
                    # 'X بیانیه‌ای منتشر کرد که در آن آمده است: ...' (in which it came): the statement's issuer
                    fronted = self._issuer_in_which_fa(masked, sent, text, where, f_start)
                if fronted is not None:  # 'وكانت الوزارة قد نفت ...', 'الوزارة تنفي ...': the subject comes first
                    s_start, s_end = fronted
                if self.words.verb_first and s_end > s_start and self._particle_alone(masked[s_start:s_end]):
                    s_end = s_start  # ('وقد نُفي الخبر', 'لقد نفى ذلك': the particle before a past verb, no subject)
                if (
                    deny
                    and self.words.verb_first
                    and s_end > s_start
                    and PASSIVE_DENIED_VOWELLED_AR.match(masked, start, end)
                ):
                    s_end = s_start  # ('ونُفيت الأنباء': what was denied follows, not who denied; 'نفيت X' unvowelled
                    # is read as the active too, 'ونفيت الوزارة الاتهامات')
                agents = self._passive_agent(para, sent, start, end) if not self.words.verb_first else []
                agent = agents[0] if agents else None
                if deny and self.words.verb_first and agent is None:
                    # ('لكن الخبر نُفي على لسان X', but the news was denied by X's tongue): X, not the news
                    agent = self._fronted_then_tongue(para, sent, start, end)
                after_noun = fold_words(masked[start:end]).split(" ")[0] in WHILE_DOING | {AFTER_FA}
                if agent is None and deny and not self.words.verb_first and after_noun and s_end == s_start:
                    # 'پس از تکذیب این خبر توسط X، ...' (after X denied it): X, where no subject stands before it
                    agent = self._agent_after(para, sent, end)
                elif (
                    agent is None
                    and deny
                    and not self.words.verb_first
                    and PASSIVE_VERB_FA.search(fold_words(masked[start:end]))
                    and RA not in fold_words(masked[s_start:start]).split(" ")
                ):
                    # a passive with no agent: what stands before it is what was denied, not who denied it
                    # ('مصاحبه وزیر با شبکه کسلان تکذیب شد', the minister's interview was denied); an object marked
                    # with 'را' makes the verb active however it is written, its subject the denier
                    s_end = s_start
                subject = para.text[s_start:s_end] if owner_phrase is None else owner_phrase
                if agent is not None:  # 'این خبر از سوی X تکذیب شد' (was denied by X): X is the subject
                    a_para, a_start, a_end = agent
                    speaker = self.speaker(a_para.text[a_start:a_end], a_para, a_start, sent)
                    s_start, s_end = (a_start, a_end) if a_para is para else (start, start)
                elif main is not None and fold_words(subject.strip(PUNCT)) in self.c.first_person:
                    # 'در بیانیه X آمده است که ما ... رد می کنیم': 'we' is whoever the sentence reports
                    speaker = self._again(main, f"'{subject.strip()}' read as {main.label}, who says it")
                else:
                    # (a verb of calling, 'X و Y این خبر را بی‌اساس خواندند', denies by its cue)
                    denying = deny or bool(self.c.cue.search(text))
                    pair = self._joined_deniers_fa(para, sent, s_start, s_end, start, end) if denying else None
                    if pair is not None:  # 'X و Y این ادعا را تکذیب کردند' (X and Y denied it): each denies
                        speaker, joined_also = pair
                    else:
                        speaker = self.speaker(subject, para, s_start, sent) if s_end > s_start else None
                antecedent = self._indefinite_antecedent(para, sent, start) if s_end == s_start else None
                told = self._talked_to(para, sent, start) if antecedent is None and s_end == s_start else None
                if told is not None:  # 'تحدثت X إلى Y، ...، والذي نفى': Y, who was talked to, denies
                    antecedent = self.speaker(para.text[told[0] : told[1]], para, told[0], sent)
                if antecedent is None and (s_end == s_start or speaker is None):
                    antecedent = self._statement_by(para, sent, start) or self._report_by(para, sent, start)
                if antecedent is not None:  # 'تغريدة لصحفي لبناني قال فيها إن': the journalist who said
                    speaker = antecedent
                elif s_end == s_start and agent is None:
                    verb = fold_words(masked[start:end])
                    inner = self._inner_subject(masked, read, main, start, verb)
                    last = None if aside and main is None else self._agreeing(verb)
                    accused = self._accused_denier(sent, verb, start) if deny and self.words.verb_first else None
                    # ('والتقى X بـY، ونفى ...', 'وقصفت الكتائب المدينة، وقالت: ...': the subject of the deed the
                    # sentence opens with, joined by 'و' after its comma, speaks, not the one met nor the last speaker)
                    deed = (
                        self._subject_of_a_deed(para, sent, start)
                        if self.words.verb_first
                        and main is None
                        and not aside
                        and not read.acts
                        and verb[:1] == "\u0648"
                        and masked[sent.start : start].rstrip()[-1:] in "\u060c,"
                        else None
                    )
                    if deed is not None and not self._named_doer(deed.label):
                        deed = None  # ('وسقطت قذيفة على المدينة، وقال': a shell, no one who speaks)
                    opener = fold_words(masked[sent.start : start]).split(" ")[0]  # (the deed's verb)
                    if deed is not None and opener and not self._agrees_with_deed(opener, verb):
                        deed = None  # ('وعقدت الهيئة اجتماعا، وقال': he, one named before, not the commission)
                    if deny and not (accused or inner or main or deed):
                        last = self._headline_denier_over(para, sent, start, verb, last) or last
                    # ('ونُفي الخبر على لسان X', the news was denied by X's tongue): X, through whom it was denied
                    tongue = self._denied_through(para, sent, end) if deny and self.words.verb_first else None
                    if tongue is not None:
                        accused, inner, main, deed = tongue, None, None, None
                    # ('أفادت الوكالة بأن كلام سامي الوردي جاء ردا على ...، وقد أكد أن ...': the words an outlet tells of
                    # are his, and he goes on, not the outlet that relays them)
                    relayed_words = (
                        self._owner_of_words_relayed(para, sent, start, main, verb)
                        if self.words.verb_first and not (accused or inner)
                        else None
                    )
                    speaker = self._again(
                        accused or inner or relayed_words or main or deed or last,
                        "no subject of its own: the last speaker",
                    )
                    if deny and self.words.verb_first and self._passive_denied(masked, start, end):
                        # ('وقد نُفي الخبر', 'ونُفيت هذه الأنباء': was denied, its vowel written): no one's denial but
                        # that of whoever denied last, in this paragraph or the one before; else none told
                        speaker = tongue or inner or main or self._last_denier(para.number)
                    # (at the sentence's head, or after words that are no subject: 'و', 'همچنین', 'اما', a time)
                    opening = (
                        deny
                        and after_noun
                        and not self.words.verb_first
                        and all(
                            w in self.c.drop or w in self.c.time_words
                            for w in fold_words(masked[sent.start : start]).split()
                        )
                    )
                elif speaker is not None and self.words.verb_first:
                    self.genders[speaker.label] = self._gender(fold_words(masked[start:end]))
                relayed = self._relayed(para, sent, s_end, sent.end if self.words.verb_first else start)
                if relayed is not None and s_end > s_start:  # 'أفادت الوكالة نقلا عن مصدر ...': the source speaks
                    speaker, s_end = relayed
                subject_end = max(end, s_end) if self.words.verb_first else s_end
                if self.words.verb_first and s_end > end:
                    subject_end = self._past_description(masked, subject_end, sent.end)
                    subject_end = self._past_place(masked, subject_end, sent.end)
                named = (s_start, s_end) if s_end > s_start else None
            claimed = f_start in claimed_at
            read.acts.append(ReadAct(start, end, speaker, deny, kind, subject_end, named, claimed))
            if opening:
                opening_nouns.append(read.acts[-1])
            if joined_also is not None and read.acts[-1].speaker is speaker:
                read.acts[-1].also = joined_also
            if wishing and speaker is not None and self.clarifier is None:
                self.clarifier = (para.number, speaker)
            for a_para, a_start, a_end in agents[1:]:  # 'از سوی X و نیز Y تکذیب شد': Y denies as well
                read.acts[-1].also = self.speaker(a_para.text[a_start:a_end], a_para, a_start, sent)
                if a_para is para:  # (the subject runs to Y's end: 'و نیز Y' is none of what was denied)
                    read.acts[-1].subject_end = a_end
            if speaker is not None and kind != "according" and (main is None or relaying) and not claimed:
                main = speaker  # (a participle after 'أفادت الوكالة أن المتحدث ... وصف' is the spokesman's)
                reported = self._quoted_subject(para, sent, subject_end) if kind == "verb" else None
                if reported is not None:  # ('ذكرت الوكالة أن "مصدر في الوزارة نفى ..."، موضحا': the source's)
                    main = reported
        if not self.words.verb_first:
            self._main_after_while_clause(masked, sent, read)
        for act in opening_nouns:
            self._opening_noun_fa(para, sent, read, act)
        for k, act in enumerate(read.acts):
            if act.speaker is not None and act.kind != "according" and not act.claimed:
                if k and self.words.verb_first and CREDIT_BEFORE_AR.search(fold_words(masked[sent.start : act.start])):
                    continue  # ('قال X إن «...»، حسبما أفادت وكالة Y': X spoke last, not the agency)
                self._spoke(act.speaker)
                claiming = not self.words.verb_first and fold_words(masked[act.start : act.end]).startswith(CLAIMED_FA)
                self.claimant = act.speaker if claiming else None
                if claiming or (
                    not self.words.verb_first and fold_words(masked[act.start : act.end]).startswith(CLAIMANT_FA)
                ):
                    self.charges.append((para.number, act.speaker, fold_words(masked[act.end : sent.end])))
        if came_as:
            read.acts.clear()
        if main is not None:
            for word in text.split():
                if word.strip(PUNCT) in self.c.statements:
                    self.statement_of[stem_of(word.strip(PUNCT))] = main
        elif self.words.verb_first and ISSUED_AR.match(text) is not None:
            self._published_statement(para, sent, text, where)
        elif not self.words.verb_first and (issued := ISSUED_FA.search(text)) is not None:
            # 'X بیانیه‌ای صادر کرد' (X issued a statement): what 'در این بیانیه آمده است' then quotes is X's
            tokens = self._tokens(masked, sent.start, sent.start + where[issued.start()])
            k = self._cut_subject(tokens)
            issuer = self.speaker(para.text[tokens[0][0] : tokens[k - 1][1]], para, tokens[0][0], sent) if k else None
            if issuer is not None and fold_words(issued.group(1)) in self.c.statements:
                self.statement_of[stem_of(fold_words(issued.group(1)))] = issuer
                self._spoke(issuer)
        # speech after a colon without quotation marks
        for act in read.acts:
            if act.kind not in ("verb",) or act.speaker is None:
                continue
            colon = self._speech_colon(masked, sent, act.end)
            if colon < 0:
                continue
            words = para.text[colon + 1 : sent.end].strip().rstrip(".")
            q_start = para.text.index(words, colon + 1)
            read.colon = Quote(para.number, q_start, q_start + len(words), True, words)
            read.colon_act = act
            break
        return read

    # --- units ------------------------------------------------------------------------------------

    def _denial_told_when(self, para: Paragraph, sent: Sentence, start: int, end: int) -> bool:
        """Whether an Arabic verb of denying is the verbal noun after a verb of coming, with when or why the denial
        came later in the sentence ('ويأتي نفي المجلس عقب تصريح للمتحدث ...'): the denial told before, now only
        placed in time, is no denial of its own (the noun is written 'نفي', the verb 'نفى'). Only where the article
        has told a denial before: alone, 'وجاء نفي الوزارة بعد ساعات من نشر التقرير' is how it tells the denial."""
        noun = para.text[start:end]
        if not self.words.verb_first or not (noun.endswith("\u064a") or fold_words(noun) in DENIAL_NOUNS_AR):
            return False  # (or 'تكذيب', 'إنكار', nouns that no verb is spelt as: 'ويأتي تكذيب الحركة عقب ...')
        before = fold_words(para.masked[sent.start : start])
        if DENIAL_CAME_AFTER.search(before) is None or not CAME_WHEN.search(fold_words(para.masked[end : sent.end])):
            return False
        # (a denial told before, in an earlier paragraph or an earlier sentence of this one, by the noun's owner: 'وجاء
        # نفي الوزارة بعد ...' after the movement's denial is the ministry's own)
        owner = fold_words(para.masked[end : sent.end]).split()[:1]
        told = [
            u.speaker.label
            for u in self.analysis.units
            if u.kind == "denial" and (u.number < para.number or (u.paragraph is para and u.start < sent.start))
        ]
        return bool(told) and (not owner or any(self._owns_denial(owner[0], label) for label in told))

    def _owns_denial(self, owner: str, label: str) -> bool:
        """Whether the folded word after a verbal noun of denying ('نفي الوزارة', 'نفي الوردي') names the speaker
        ``label`` of a denial told before: a word of the label's, with the article or without ('الوزارة' of 'وزارة
        الدفاع الكسلية'); a word that is neither a name nor a speaker's word ('هذا') points back at any."""
        bare = owner.strip(PUNCT).removeprefix("\u0627\u0644")
        words = {w.removeprefix("\u0627\u0644") for w in fold_words(label).split()}
        if bare in words:
            return True
        return not (self._speakers_word(owner.strip(PUNCT)) or given_or_family_name(owner.strip(PUNCT)))

    def _exiled_to(self, para: Paragraph, sent: Sentence, start: int, end: int) -> bool:
        """Whether an Arabic 'نفى' or 'نُفي' banishes: one to five words that name people or a body ('ونُفي سامي
        الوردي', 'ونفت الحكومة الكسلية المعارض'), then 'إلى' and a place of exile (abroad, exile, an island, a country
        or a place on file: 'إلى الخارج', 'إلى جزيرة كيسل'). Not a denial of a going, whose verbal noun stands between
        ('نفت الحكومة إرسال قوات إلى كيسليا', 'نفى الجيش التقدم إلى المدينة')."""
        verb = fold_words(para.text[start:end])
        if not self.words.verb_first or verb.removeprefix("\u0648").removeprefix("\u0641") not in EXILING_AR:
            return False
        after = para.masked[end : sent.end].split()
        to = next((k for k, w in enumerate(after[:6]) if fold_words(w) == TO), None)
        if to is None or to + 1 >= len(after):
            return False
        if to == 0:
            # ('وكان قد نُفي إلى الخارج', was exiled abroad: the one banished is the subject before; 'إلى' and a place
            # of exile right after the verb, never what a denial is of)
            place = after[1].strip(PUNCT)
            return fold_words(place) in EXILE_PLACES_AR or self._place(place)
        # (the first of two or more a subject of any definite word, 'ونفى الحاكم سامي الوردي'; the one banished after
        # it a name: 'نفى الجيش التقدم إلى المدينة' denies an advance)
        subject = to > 1 and fold_words(after[0]).startswith("\u0627\u0644") and after[0] == after[0].strip(PUNCT)
        named = after[int(subject) : to]
        # (a definite word right before a given name is his epithet: 'المعارض سامي الوردي', the dissident Sami)
        epithet = [
            k + 1 < len(named) and fold_words(w).startswith("\u0627\u0644") and given_or_family_name(named[k + 1])
            for k, w in enumerate(named)
        ]
        if not all(self._person_or_body_word(w) or epithet[k] for k, w in enumerate(named)):
            return False
        place = after[to + 1].strip(PUNCT)
        return fold_words(place) in EXILE_PLACES_AR or self._place(place)

    def _person_or_body_word(self, word: str) -> bool:
        """Whether a word may be part of a person's or a body's name after a verb: a given or family name, a body's
        word or an office, or a definite adjective of origin ('الكسلي', 'الكسلية')."""
        plain = word.strip(PUNCT)
        fw = fold_words(plain)
        if plain != word.strip() or not fw:
            return False  # (a comma or a mark ends the name)
        nisba = fw.startswith("\u0627\u0644") and fw.endswith(("\u064a", "\u064a\u0647"))
        return given_or_family_name(plain) or self._speakers_word(fw) or nisba

    @staticmethod
    def _active_before_a_name(verb: str, after: str) -> bool:
        """Whether 'نفى' as written (with alef maqsura, the active past, which folds as the passive 'نُفي' does)
        has a person's given name after it: 'نفى محمد X، ...، أن يكون تعرض لاختطاف من طرف مسلحين' is Muhammad's
        denial, not one made by the gunmen named after 'من طرف' in what he denied. A family name alone, set off by a
        comma before 'وهو' or 'وهي' (who is), is a person too: 'نفى الوردي، وهو مدير المكتب، أن يكون ...'."""
        words = after.split()
        if not verb.endswith("\u0649") or not words:
            return False
        described = (
            len(words) > 1
            and words[0][-1:] in "\u060c,"
            and fold_words(words[1]) in ("\u0648\u0647\u0648", "\u0648\u0647\u064a")
        )
        return given_or_family_name(words[0].strip(PUNCT)) or described

    def _names_a_speaker(self, word: str) -> bool:
        """Whether a folded word opens a speaker's name: a body's word, an office or a source, with or without the
        article ('مصدر', 'الوزارة', 'المتحدث')."""
        bare = word.strip(PUNCT)
        return self._speakers_word(bare) or bare in self.c.titles

    def _denial_came_from(self, para: Paragraph, sent: Sentence) -> ReadAct | None:
        """In Arabic, the denier of 'وجاء النفي على لسان X' (the denial came from X's tongue), which opens its sentence
        with no verb of denying: X, named after 'على لسان'."""
        tokens = self._tokens(para.masked, sent.start, sent.end)
        if len(tokens) < 4 or tokens[0][3] not in CAME or tokens[1][3] not in THE_DENIAL | THE_ANSWER:
            return None
        led = self._after_whose(tokens[2:5])
        if led is None:
            return None
        rest = tokens[2 + led :]
        k = self._cut_subject(rest)
        answer = tokens[1][3] in THE_ANSWER
        by = self._answered_by(rest, k) if answer else None
        if by is not None and self._noun_of_denying(rest[by][3][1:], rest[by + 1 : by + 2]):
            k, by = min(k, by), None  # ('وجاء الرد من X بالنفي', by denying: X ends before it)
        phrase = para.text[rest[0][0] : rest[k - 1][1]] if k else ""
        # (one who may speak: 'وجاء الرد من المدينة' names a place, no one)
        if not k or not (self._named_doer(phrase) or self.index.lookup(phrase) is not None):
            return None
        if answer and (by is not None or not self._answer_in_words(rest, k)):
            return None
        speaker = self.speaker(phrase, para, rest[0][0], sent)
        if speaker is None:
            return None
        return ReadAct(tokens[1][0], tokens[1][1], speaker, True, "verb", rest[k - 1][1])

    def _answered_by(self, rest: list[tuple[int, int, str, str]], k: int) -> int | None:
        """Where 'ب' on a verbal noun stands right after X in 'وجاء الرد من X' (the answer came from X), X the first
        ``k`` of the Arabic tokens ``rest`` (or the word after its first, where the subject read runs on over it): how
        the answer came ('بقصف المدينة', by shelling; 'بالنفي', by denying); not 'باسم' nor a statement ('ببيان'),
        nor a word further on, which tells how a denial was made ('التي نفت الأنباء بشدة', strongly)."""
        for j in range(1, min(k + 1, len(rest))):
            word = rest[j][3]
            if word[:1] == "\u0628" and len(word) > 3 and word != IN_NAME_OF and word[1:] not in self.c.statements:
                return j
        return None

    def _answer_in_words(self, rest: list[tuple[int, int, str, str]], k: int) -> bool:
        """Whether 'وجاء الرد من X' (the answer came from X), X the first ``k`` of the Arabic tokens ``rest``, with no
        deed after it (:meth:`_answered_by`), is an answer in words, a denial: not one a relative clause tells with a
        verb of no denying ('وجاء الرد من الوزارة التي أكدت صحة الأنباء', which confirmed them)."""
        after = [t[3] for t in rest[k : k + 2]]
        return not (len(after) == 2 and RELATIVE.search(after[0]) and not self.c.deny.fullmatch(after[1]))

    def _noun_of_denying(self, word: str, following: list[tuple[int, int, str, str]]) -> bool:
        """Whether the folded Arabic ``word`` is a verbal noun of denying ('النفي', 'تكذيب', 'إنكار'), or of rejecting
        with claims after it (``following``: 'رفض الاتهامات'; not 'رفض العرض', refusing an offer)."""
        if DENIAL_NOUN.fullmatch(word):
            return True
        rejecting = word.removeprefix("\u0627\u0644") == REJECTING_NOUN_AR
        return rejecting and any(self.c.claims.fullmatch(t[3]) for t in following)

    def _fronted_then_tongue(
        self, para: Paragraph, sent: Sentence, verb_start: int, verb_end: int
    ) -> tuple[Paragraph, int, int] | None:
        """In Arabic, where the one named after 'على لسان' (by the tongue of) right after a verb of denying is, when
        what was denied stands before the verb after 'but' ('لكن الخبر نُفي على لسان X', 'غير أن ذلك نُفي على لسان
        X', 'إلا أن الأنباء نُفيت على لسان X'): the verb is the passive, the claim its subject, and X denies. Not a
        body or a person before the verb ('لكن الوزارة نفت على لسان X الأنباء': the ministry, through X)."""
        before = self._tokens(para.masked, sent.start, verb_start)
        words = [t[3] for t in before]
        if words[:1] and words[0] in BUT:
            fronted = before[1:]
        elif len(words) > 1 and words[0] in EXCEPT and words[1] == "\u0627\u0646":
            fronted = before[2:]
        else:
            return None
        if not 1 <= len(fronted) <= 3 or not all(
            t[3] in DEMONSTRATIVES_AR or self.c.claims.fullmatch(t[3]) for t in fronted
        ):
            return None
        after = self._tokens(para.masked, verb_end, sent.end)
        if [t[3] for t in after[:2]] != BY_THE_TONGUE:
            return None
        return self._tongues_owner(para, after[2:])

    def _denied_through(self, para: Paragraph, sent: Sentence, verb_end: int) -> Speaker | None:
        """In Arabic, the one named after 'على لسان' (by the tongue of) a few words after a verb of denying with no
        subject of its own ('ونُفي الخبر على لسان X', 'ونفي ذلك على لسان المتحدث باسم الوزارة'): the denial was made
        through X, who denies; not the last speaker, nor no one. What stands between is what was denied, three words at
        most and no name of a speaker ('ونفت الحركة على لسان X' has its subject, the body, read before this)."""
        tokens = self._tokens(para.masked, verb_end, sent.end)
        at = next(
            (j for j in range(min(4, len(tokens) - 1)) if [t[3] for t in tokens[j : j + 2]] == BY_THE_TONGUE), None
        )
        if at is None or not 1 <= at <= 3 or any(t[2][-1:] in ".:" or MASK in t[2] for t in tokens[:at]):
            return None
        owner = self._tongues_owner(para, tokens[at + 2 :])
        if owner is None:
            return None
        _, o_start, o_end = owner
        return self.speaker(para.text[o_start:o_end], para, o_start, sent)

    @staticmethod
    def _after_whose(tokens: list[tuple[int, int, str, str]]) -> int | None:
        """How many of the Arabic tokens after 'وجاء النفي' (the denial came) lead to whose it was: 'على لسان' (by the
        tongue of), 'من' (from), 'من قبل', 'من جانب', after at most one word of how or when ('سريعا', 'لاحقا');
        None where none does."""
        words = [t[3] for t in tokens]
        for skip in (0, 1):
            if words[skip : skip + 2] == BY_THE_TONGUE:
                return skip + 2
            if words[skip : skip + 1] == [OF]:
                by = words[skip + 1 : skip + 2] in ([BY_SIDE[0]], [BY_SIDE[1]])
                return skip + 1 + by
            if skip < len(tokens) and tokens[skip][2][-1:] in CUT_AFTER:
                return None
        return None

    @staticmethod
    def _asks_whether(text: str) -> bool:
        """Whether the sentence is a question of the text's own, opened by a particle that asks whether ('هل',
        'فهل', 'آیا') and closed by a question mark (not one inside a quotation after a verb of saying, whose speaker
        asks it: 'وتساءل X: "هل ...؟"' opens with the verb). Persian writes 'و' apart ('و آیا X ...؟'): a bare 'و'
        before the particle is its own."""
        if not text.rstrip(' \u00bb\u201d"').endswith(("?", "\u061f")):
            return False
        words = fold_words(text).split()
        if words[:1] == ["\u0648"]:
            words = words[1:]
        return (bool(words) and words[0] in QUESTION_WORDS) or ArabicScriptReader._asks_after_colon(text)

    @staticmethod
    def _asks_after_colon(text: str) -> bool:
        """Whether what follows the sentence's colon is a question opened by a particle that asks whether ('وتساءل X:
        هل نفت الوزارة الأنباء؟', quoted or not): the speaker asks whether a denial was made, and makes none (the
        caller has seen the question mark that closes the sentence)."""
        _, colon, rest = text.partition(":")
        words = fold_words(rest.lstrip(' \u00ab\u201c"')).split() if colon else []
        return bool(words) and words[0] in QUESTION_WORDS

    @staticmethod
    def _denied_before_colon(read: ReadSentence, text: str) -> bool:
        """Whether a denial with its denier is read before the colon of a sentence whose question follows the colon
        ('ونفت الوزارة الأنباء، وتساءلت: هل يعقل أن نقصف مدننا؟', 'X این ادعا را رد کرد و پرسید: آیا ...؟'): the
        denier denied, then asked; the question after the colon takes back nothing."""
        colon = text.find(":")
        at = read.sentence.start + colon
        return colon >= 0 and any(a.deny and a.speaker is not None and a.start < at for a in read.acts)

    def _we_answer_what_they_claim(self, para: Paragraph, sent: Sentence, read: ReadSentence) -> ReadAct | None:
        """In Persian, a sentence that opens with what another side claims ('این که X ادعا می‌کنند که ...', as for
        X's claim that ...) and answers it with a denial in the first person plural ('ما ... رد می‌کنیم'): that
        denial's act. The claim's speaker is no subject of it; its 'we' is the text's own voice (a body's statement
        on its own site). Also a denial read as the claimant's own, its subject a pronoun or none ('...، او این ادعا
        را رد کرد'): the claimant never denies its claim; it is left to whoever the text says answers."""
        if not self._opens_setting_out_a_claim(para.masked, sent.start, sent.end):
            return None
        claimants = [a.speaker for a in read.acts if not a.deny and a.speaker is not None]
        return next(
            (
                a
                for a in read.acts
                if a.deny
                and a.kind == "verb"
                and (
                    WE_VERB_FA.search(fold_words(para.masked[a.start : a.end]))
                    or a.speaker is None
                    or any(a.speaker.same(c) for c in claimants)
                )
            ),
            None,
        )

    def _units(self, para: Paragraph, read: ReadSentence) -> None:
        sent = read.sentence
        text = para.text[sent.start : sent.end]
        masked = para.masked[sent.start : sent.end]
        fw = fold_words(text)
        if self._asks_whether(text) and not self._denied_before_colon(read, text):
            # 'فهل نفى X الأنباء؟', 'آیا X این خبر را تکذیب کرد؟': a question denies and reports nothing; only what it
            # quotes is said
            for att in read.quotes:
                self._add(Unit("quote", att.speaker, para, att.quote.start, att.quote.end, [], [att]))
            return
        deny_act = next((a for a in read.acts if a.deny and a.speaker is not None), None)
        if deny_act is None and self.words.verb_first:
            deny_act = self._denial_came_from(para, sent)
        # (not a noun whose denier is not named: 'گفت تکذیب جنبش X قابل قبول نیست' is not the speaker's denial)
        unsaid = next((a for a in read.acts if a.deny and a.speaker is None and a.kind != "noun"), None)
        spoken = next((a for a in read.acts if a.kind == "verb" and a.speaker is not None), None)
        answer = self._we_answer_what_they_claim(para, sent, read)
        if answer is not None:
            # ('این که X ادعا می‌کنند که ...، ما این ادعا را رد می‌کنیم': 'we' deny, not X, read as the text's own voice)
            deny_act, unsaid, spoken = None, answer, None
        if deny_act is None and unsaid is not None and spoken is not None:
            # 'وفي معرض رده على الأنباء، قال X ...': answering, with no subject of its own, is the sentence's speaker's
            deny_act = ReadAct(unsaid.start, unsaid.end, spoken.speaker, True, unsaid.kind, unsaid.subject_end)
        if deny_act is None and unsaid is not None and not self.words.verb_first:
            # 'خبرگزاری X به نقل از منبعی آگاه، خبر ... را تکذیب کرد': the source relayed, before a verb with no
            # subject of its own, denies (not a passive's: 'به گفته X، این خبر تکذیب شد' only reports the denial)
            source = next((a for a in read.acts if a.kind == "according" and a.speaker and a.end <= unsaid.start), None)
            passive = re.search(
                r"(?:\u0634\u062f|\u06af\u0631\u062f\u064a\u062f)$", fold_words(para.masked[unsaid.start : unsaid.end])
            )
            if source is not None and source.speaker is not None and passive is None:
                deny_act = ReadAct(unsaid.start, unsaid.end, source.speaker, True, unsaid.kind, unsaid.subject_end)
        cue = self._cue(fw)
        at_public = cue is None  # ('قالت الكتائب إن الأنباء عن انسحاب قواتها حملة تضليل ضد الشعب': its own side's)
        cue = cue or self._campaign_about_own_side(fw, read)
        if cue and self._cue_in_subject_only(para, sent, read, at_public):
            # 'وكان موقع الدرر المزورة أكد أن ...', 'وقال الحساب المزيف إن ...' (the forged site, the fake account
            # said): a cue within the subject is the reporter's word for who speaks; it denies nothing they say
            cue = None
        if cue and self._judges_a_denial(fw[: cue.start()]):
            cue = None  # 'X تکذیب جنبش را دروغ خواند', 'قال X إن نفي الحركة كاذب': a denial called false, no claim
        if deny_act is not None and deny_act.kind == "verb" and deny_act.speaker is not None:
            if (
                self.words.verb_first
            ):  # (the object after the subject: 'رفض X نفي الحركة', not 'نفى X نفيا قاطعا الأنباء')
                after = re.split(r"[.\u060c,:\u061b]", fold_words(para.text[deny_act.subject_end : sent.end]))[0]
                judged = bool(after.split()) and self._judges_a_denial(" ".join(after.split()[:6]))
                judged = judged and bool(DENIAL_NOUN.fullmatch(after.split()[0]))
                # (but the verbal noun with an adjective of manner is how the verb denies, no denial of another's:
                # 'نفى X نفيا قاطعا استهداف البلدة', flatly denied)
                first_two = after.split()[:2]
                judged = judged and not (
                    len(first_two) == 2 and first_two[0] in DENYING_NOUNS and first_two[1] in FLATLY
                )
            else:
                judged = self._judges_a_denial(fold_words(para.text[sent.start : deny_act.start]))
            if judged:
                deny_act = None  # 'X تکذیب جنبش را رد کرد' (rejected the movement's denial): no claim denied
        if deny_act is None and not cue:
            cue = self._well_after_a_report(para, sent, fw)
        if deny_act is None and not cue:
            deny_act = self._denies_in_other_words(para, read)
        own_denial = self.c.own_denial.search(fw) or self._rejects_claims_as_its_own(fw)
        # (with a cue too, where no one in the sentence speaks: 'جددت الحركة رفضها الاتهامات', 'جدد نفيه الأنباء
        # الكاذبة', the subject's own denial and what it calls false)
        own_denial = own_denial and not (cue and any(a.speaker is not None for a in read.acts))
        if deny_act is None and own_denial and not is_headline(para, self.first):
            subject = self._sentence_subject(para, sent)  # 'واصلت الهيئة تفنيدها للرواية': the subject denies
            relay = next(
                (
                    a
                    for a in read.acts
                    if a.speaker and self.c.relay.fullmatch(fold_words(para.masked[a.start : a.end]))
                ),
                None,
            )
            if relay is not None:  # 'نقلت الوكالة عن مصدر في الحركة نفيه ...': the one relayed denies, not the relay
                subject = relay.speaker
            if subject is not None:
                deny_act = ReadAct(sent.start, sent.start, subject, True, "own", sent.start)
        if (
            deny_act is None
            and unsaid is not None
            and spoken is None
            and not read.quotes
            and (
                we_deny(fold_words(para.masked[: unsaid.start]), fold_words(para.masked[unsaid.start : unsaid.end]))
                if self.words.verb_first
                else WE_VERB_FA.search(fold_words(para.masked[unsaid.start : unsaid.end]))
            )
            and not is_headline(para, self.first)
        ):
            # 'ما این راپورها را رد می‌کنیم', 'نحن ننفي هذه الأخبار' with no one named: a statement's own 'we', its
            # signer's if it is signed
            self.unsigned.append((para, sent))
        # A headline that denies with a verb ('طهران تنفي ...', 'بغداد ادعای ... را رد کرد') names the denier and
        # what is denied, and Arabic and Persian reports often say it nowhere else so plainly: it is drafted.
        # A cue alone in a headline ('... كاذبة') is not: its denier is unclear, unless the headline names its
        # speaker before a colon ('الحركة: لا صحة لما ...').
        named = deny_act is not None or any(a.kind == "headline" for a in read.acts)
        # ('X تندد باتهامات Y: لا صحة لـ...': the cue inside the speech a headline gives its speaker)
        named = named or bool(cue and any(folded_in(cue.group(), a.quote.text) for a in read.quotes))
        # ('طهران تندد بالمزاعم': a cue that opens with the verb of a speaker named, as 'طهران تنفي ...')
        spoke = any(a.speaker is not None and a.kind == "verb" for a in read.acts)
        named = named or bool(cue and spoke and self.c.verb.fullmatch(cue.group().split()[0]))
        if (deny_act is not None or cue) and (named or not is_headline(para, self.first)):
            speaker = deny_act.speaker if deny_act is not None else None
            if speaker is None and cue:
                in_quote = next((a for a in read.quotes if folded_in(cue.group(), a.quote.text)), None)
                speaker = (
                    self._saying_in_quotation(para, sent, in_quote.quote) or in_quote.speaker
                    if in_quote
                    else next((a.speaker for a in read.acts if a.speaker and not a.claimed), None)
                )
                if in_quote is None:
                    # ('X گفته بود ...؛ Y در واکنش گفت که چنین ... صورت نگرفته': the cue is said by the verb before it;
                    # 'قال X إن الحركة وصفت التقارير بأنها كاذبة': by the movement, whose words X reports)
                    text_f, where = folded(text)
                    at = self.c.cue.search(text_f)
                    earlier = [
                        a
                        for a in read.acts
                        if a.speaker and not a.claimed and at and a.start < sent.start + where[at.start()]
                    ]
                    # ('X اعلام کرد که رسانه‌ها به نقل از یک منبع ادعا کرده‌اند ... اما این اخبار دروغ است': the source
                    # relayed inside X's reported clause is the claims', and the cue X's; so too the verb it is
                    # relayed to, 'ادعا کرده‌اند', whose subject the relayed source became)
                    relayed_in = [a for a in earlier if self._relayed_inside(para.masked, a, earlier)]
                    earlier = [
                        a
                        for a in earlier
                        if not any(
                            b is a or (a.speaker and b.speaker and a.speaker.same(b.speaker)) for b in relayed_in
                        )
                    ]
                    speaker = earlier[-1].speaker if earlier else speaker
                    # ('X تاکید کرد که با Y گفتگو کرده و آنها تاکید کرده‌اند که ... ارتباطی ندارد': the verb right before
                    # the cue has a subject of its own, whom no one names; the cue is its subject's, never X's)
                    last = [
                        a for a in read.acts if a.kind == "verb" and at and a.start < sent.start + where[at.start()]
                    ]
                    if not self.words.verb_first and last and last[-1].speaker is None and earlier:
                        speaker = None if last[-1].start > earlier[-1].start else speaker
                if in_quote is None and not self.words.verb_first:
                    # (but a verb right after the cue calls it so: '... گزارش داده بود و X آن را بی‌اساس خواند', X's)
                    ends = [sent.start + where[m.end() - 1] + 1 for m in self.c.cue.finditer(text_f) if m.end() > 0]
                    calling = [a for a in read.acts if a.speaker and any(0 <= a.start - e <= 2 for e in ends)]
                    speaker = calling[0].speaker if calling else speaker
                # ('ونعت X ما وصفه بأخبار مفبركة بأنه "..."': who called it so, the sentence's subject, denies)
                called = next((a for a in read.quotes if a.how == CALLED_HOW), None)
                if speaker is None and called is not None:
                    speaker = called.speaker
            if speaker is None and cue and not read.acts and not read.quotes and not self.words.verb_first:
                # ('X در بیانیه‌ای اعلام کرد، ... . به همین دلیل گزارش‌ها ... کذب است': a sentence that draws the
                # consequence of what the one who spoke before it in its paragraph said goes on in their words)
                opening = fold_words(para.text[sent.start : sent.start + 24])
                speaker = self.said_in.get(para.number) if THEREFORE_FA.match(opening) else None
            if speaker is None and cue and not read.acts and not read.quotes and not is_headline(para, self.first):
                self.unsigned.append((para, sent))  # the text's own voice: its signer's, if it is signed
            if speaker is not None:
                denied = self._while_denying(para, sent, read, deny_act) or self._denied(para, sent, deny_act)
                if deny_act is not None and not self.words.verb_first and deny_act.subject_end >= deny_act.start:
                    # ('X با صدور بیانیه‌ای هرگونه درگیری را بی‌اساس خواند و تکذیب کرد': the verb of denying joined
                    # by 'و' to a verb of calling has no object of its own; what it denies is the one called untrue)
                    denied = self._called_untrue(para, sent, read, speaker) or denied
                if deny_act is None and cue:
                    denied = (
                        self._judged_words(para, sent, read, speaker)
                        or self._called_untrue(para, sent, read, speaker)
                        or self._called_false_in_quote(sent, read, speaker, cue)
                        or denied
                    )
                # ('نفت الرئاسة الادعاءات، وقال المتحدث X إن "..."': the denial's words end where X's clause opens)
                upto = self._clause_of_another(para, read, deny_act, speaker) or sent.end
                own = [a for a in read.quotes if a.speaker.same(speaker) and a.quote.start < upto]
                unit = Unit("denial", speaker, para, sent.start, upto, [], own)
                unit.denial = Denial(None, None, (denied,), ())  # type: ignore[arg-type]
                self._add(unit)
                other = self._and_denier(para, sent, deny_act) if deny_act is not None else None
                # (the second of two deniers joined by 'و' before a verb of calling: 'X و Y ... را بی‌اساس خواندند')
                by_cue = next((a.also for a in read.acts if a.speaker is speaker and a.also is not None), None)
                other = other or (deny_act.also if deny_act is not None else by_cue)
                if other is not None and not other.same(speaker):  # 'نفت الحركة والوزارة ...': each denies
                    also = Unit("denial", other, para, sent.start, upto, [], [])
                    also.denial = Denial(None, None, (denied,), ())  # type: ignore[arg-type]
                    self._add(also)
                taken: list[Attribution] = []  # (the second denier's quotations, cited by its denial)
                second = self._second_denier(para, read, deny_act, speaker) if self.words.verb_first else None
                if second is not None:  # 'نفت الرئاسة ...، وقال المتحدث X إنه لا ...': X denies in his own clause
                    second_act, second_denier, second_words = second
                    mine = [a for a in read.quotes if a.speaker.same(second_denier)]
                    # (from where its clause opens: 'وهي المعلومات التي رفضها الجيش ...', 'وقال المتحدث ...')
                    opens = max(para.masked.rfind(c, sent.start, second_act.start) for c in "\u060c,\u061b") + 1
                    clause = len(para.text) - len(para.text[max(opens, sent.start) :].lstrip())
                    also = Unit("denial", second_denier, para, clause, sent.end, [], mine)
                    also.denial = Denial(None, None, (second_words,), ())  # type: ignore[arg-type]
                    self._add(also)
                    taken = mine
                # ('قال X إن «...»، لافتا إلى أن «الهيئة نفت ...»': the body X cites denies too)
                for att in read.quotes:
                    before = para.text.rfind(" ", 0, para.text.rfind(" ", 0, att.quote.start - 1))
                    relayed = self._quoted_subject(para, sent, before, denying=True)
                    if relayed is not None and not self._one_side(relayed, speaker):
                        inner = (
                            (att.quote.start + 1, att.quote.end - 1)
                            if att.quote.closed
                            else (att.quote.start, att.quote.end)
                        )
                        cited = Unit("denial", relayed, para, *inner, [], [])  # (the words cited, not X's quotation)
                        cited.denial = Denial(None, None, (att.quote.text.strip()[:300],), ())  # type: ignore[arg-type]
                        self._add(cited)
                for att in read.quotes:  # 'نفت طهران ما قاله X إن "..."': the claim denied, in its author's words
                    if not att.speaker.same(speaker) and att not in taken:
                        self._add(Unit("quote", att.speaker, para, att.quote.start, att.quote.end, [], [att]))
                return
        if not read.acts and not read.quotes and self._restates_unsigned(para, sent):
            self.unsigned.append((para, sent))  # (its signer's too, if the text is signed)
            return
        # (not a quotation that opens the list quoted below, '... إلى "إلى ما يأتي:': it says nothing itself)
        opens_list = LIST_ITEM.match(self.texts.get(para.number + 1, "")) is not None
        groups = by_speaker(att for att in read.quotes if not (opens_list and introduces(att.quote.text)))
        for group in groups:
            self._add(Unit("quote", group[0].speaker, para, sent.start, sent.end, [], group))
        if groups:
            return
        act = next((a for a in read.acts if a.kind == "verb" and a.speaker is not None), None)
        if act is None and self.words.verb_first:
            # ('وزار X المدينة، مؤكدا أن ...': a participle after a deed, no verb of saying, reports its subject's words)
            act = next((a for a in read.acts if a.kind == "participle" and a.speaker is not None), None)
        # (in Persian, not a sentence that only announces the words of the paragraph after it: 'X در صفحه خود نوشت:')
        announces = not self.words.verb_first and text.rstrip().endswith(":")
        # (long enough to report, its subject counted as one word, written or not: 'وی حمله را محکوم کرد' as 'رضا
        # کاظمی حمله را محکوم کرد', 'وأضاف أن ...' as 'وأضاف الوزير أن ...')
        words = len(text.split()) + 1
        if act is not None and act.subject is not None:
            words -= len(para.text[act.subject[0] : act.subject[1]].split())
        if act is not None and self.words.verb_first and self._only_commented_on(para, sent, act):
            return
        if act is not None and MASK not in masked and words >= 5 and not announces:
            unit = Unit("reported", act.speaker, para, sent.start, sent.end, [])  # type: ignore[arg-type]
            self._add(unit)


# a noun's 'ة' written 'ت' before an owner's ending, folded: 'تها', 'تهم', 'تنا' (her, their, our)
_TA_OWNED = ("\u062a\u0647\u0627", "\u062a\u0647\u0645", "\u062a\u0646\u0627")
_WITH_THE = "\u0628\u0627\u0644"  # 'بال', folded: 'with' written onto the article
SERVANT_OF = "\u0639\u0628\u062f"  # 'عبد' (servant of), the first part of a compound given name: 'عبد الله'


# A verb whose first letters fold as the article's ('ال'): the fourth form of a root that opens with 'ل', a hamza on
# its alef, which the article never has ('ألقى', 'ألغت', 'ألزموا': folded 'القي', 'الغت'), its two other root letters
# and a subject's ending; not the plurals so spelt, 'ألوية' (brigades), 'ألقاب', 'ألغام', whose 'ا' after the second
# root letter or whose final 'ة' no such verb has ('ألوية الفجر وصلت ...' is the brigades' deed, no verb 'ألوية'); or the
# eighth form of a root that opens with 'ل' ('التقى', 'التقت', 'التزموا', 'التحق': 'الت' and two letters; few nouns
# with the article are so short, and none opens a deed's clause)
_VERB_WITH_LAM = re.compile(
    "[\u0648\u0641]?(?:\u0623\u0644[^\\W\u0627]\\w(?:\u062a|\u0648\u0627|\u0627|\u062a\u0627)?"
    "|\u0627\u0644\u062a\\w{2}(?:\u062a|\u0648\u0627)?)"
)


def _lie_noun(text: str, m: re.Match[str]) -> bool:
    """Whether the verb ``m`` of folded ``text`` is 'كذب' as the noun 'a lie' (:data:`LIE_NOUN_AFTER_AR`)."""
    if m.group() != LIE_AR:
        return False
    after, before = text[m.end() :].split()[:1], text[: m.start()].split()[-1:]
    return bool(after and after[0].strip(PUNCT) in LIE_NOUN_AFTER_AR) or bool(
        before and before[0] in LIE_NOUN_BEFORE_AR
    )


def _called_a_liar(text: str, m: re.Match[str], written: str) -> bool:
    """Whether the verb ``m`` of folded ``text`` is 'كذب' as 'lies' or 'lied', said of the subject of a speaker's 'that'
    (:data:`LIED_AR`), not 'belies' (``written``, the sentence as written from the verb on, has no shadda on it)."""
    if not m.group().startswith((LIE_AR, "\u064a\u0643\u0630\u0628", "\u062a\u0643\u0630\u0628")):
        return False
    if "\u0651" in written.split(maxsplit=1)[0]:
        return False  # 'إن الوزارة تكذّب ...' (belies)
    return any(lm.span("lied") == m.span() for lm in LIED_AR.finditer(text))


def _verb_with_lam(word: str) -> bool:
    """Whether an Arabic word as written is a past verb whose first letters fold as the article does (see
    :data:`_VERB_WITH_LAM`), not a noun with the article."""
    return _VERB_WITH_LAM.fullmatch(word) is not None


def _beside_speech(text: str, start: int, end: int) -> bool:
    """Whether the verb at ``text[start:end]`` (folded and masked) stands beside what it says: a colon and words or a
    quotation after it ('وأتم X: «...»', 'وتحدث X: ...'), or a quotation and a comma right before it ('«...»، أتم X');
    not a colon that ends the paragraph, whose quotation in the next paragraph is read as such already."""
    return bool(re.search(r":\s*\S", text[end:]) or _QUOTED_BEFORE.search(text, 0, start))


# a quotation (masked), its closing mark and a comma right before a verb: '«...»، أتم X'
_QUOTED_BEFORE = re.compile(f"{MASK}[^{MASK}\\s]{{0,3}}[\u060c,]\\s*$")


# 'أنه' or 'أن' (that it), folded, closing the words before a statement's 'جاء في بيان لـX': the sentence's verb relays
# what came in X's statement ('أفادت الوكالة أنه جاء في بيان للوزارة أن ...')
THAT_IT_CAME = re.compile("(?<!\\S)[\u0628\u0644]?\u0627\u0646(?:\u0647)?\\s*$")
