"""The lowest stage of the Arabic-script reader: the reader's state and the people and bodies named so far.

:class:`RecordsStage` holds everything the reader remembers across sentences (entities, offices, the last speaker) and
reads a subject phrase as one of them (:meth:`RecordsStage.speaker`): a record on file, an earlier speaker, an office and
its holder, or someone new. Every later stage looks names up here, so this stage calls nothing above it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.draft.discourse import Entity, Speaker
from generator.draft.lang import Analysis
from generator.draft.lang.arabic_script.patterns import (
    ABD,
    AIDES,
    ALREADY,
    AND_FA,
    ARMY_TITLE_FA,
    ARTICLE_BEFORE_LATIN,
    BUT,
    COMMON_HEADS,
    CUT_AFTER,
    DEFINITE,
    DEMONSTRATIVES_AR,
    DESCRIBED_NAME,
    DETERMINERS_FA,
    DOUBLE_MARKS,
    EPITHETS_FA,
    EXCEPT,
    FROM,
    FROM_FA,
    GOVERNMENT_KEYS,
    GRADED_RANKS_FA,
    GROUP_WORDS,
    GUARD_RANK_FA,
    HE_SHE,
    HEZBOLLAH_JOINED,
    HONORIFICS_AR,
    IN,
    IN_NAME_OF,
    INDEFINITE_ADJECTIVES,
    ISLAMIC_FA,
    ISSUED,
    ITS,
    KIND_WORDS,
    KUNYA_HEADS,
    LATIN_ACRONYM,
    LATIN_ACRONYM_AFTER,
    LONE_BODIES_NAMED_AR,
    MADE,
    MADE_WHAT,
    MARKS,
    MINISTRY_KEYS,
    MORNING,
    NAMED_HOW,
    NOT_NAMES,
    OF,
    OF_APART,
    OF_GOD,
    OF_GOD_WORD,
    ON,
    ON_ITS_BEHALF,
    OPENERS,
    PARTY_WORDS,
    PEACE,
    PERSON_TITLES_FA,
    PLACE_WORDS_FA,
    PLURAL_END_FA,
    PLURAL_OFFICES_FA,
    PUBLIC_RELATIONS_FA,
    PUNCT,
    RANK_GRADE_FA,
    RANK_GRADES,
    RANK_GRADES_FA,
    RANK_QUALIFIERS,
    RANKED_NAME_IN_MARKS,
    RANKS,
    RANKS_FA,
    SOURCE_NOUNS_AR,
    SPEAKS_FOR_AR,
    STATE_FORMS_FA,
    THEY_FA,
    UPON,
    WE_DO_FA,
    WHEN_WORDS,
    in_title_of_god,
)
from generator.draft.lang.arabic_script.plain_text import (
    country_name,
    in_present,
    nisba_of,
    nisbas,
    stem_of,
    territory_fa,
    without_ezafe,
)
from generator.draft.lang.arabic_words import Words, fold_words
from generator.draft.names import (
    Known,
    NameIndex,
    article_states,
    capital_state_keys,
    given_or_family_name,
    key_tokens,
    looks_like_a_persons_name,
    name_key,
    state_code,
)
from generator.draft.speakers import Attribution
from generator.draft.territories import lookup_territory, named_state
from generator.draft.text import Paragraph, Quote, Sentence
from generator.draft.units import Unit
from generator.weekdays import is_weekday

# a word and the space after it (the next word of a Persian rank: 'پاسدار' in 'سرهنگ پاسدار X')
WORD_AND_SPACE = re.compile(r"(\S+)\s+")
# the indefinite accusative's ending, an alif with or without its two fathas ('مصدرا', 'مصدراً')
ACCUSATIVE_END = re.compile(r"\u064b?\u0627\u064b?$")


@dataclass
class ReadAct:
    start: int
    end: int
    """Offsets of the verb in the paragraph."""
    speaker: Speaker | None
    deny: bool
    kind: str
    """verb, participle or according."""
    subject_end: int
    subject: tuple[int, int] | None = None
    """Where the words naming its subject are in the paragraph, when it has them."""
    claimed: bool = False
    """'ما أوردته الوكالة' (what the agency reported), not after 'according to': the words of another that the
    sentence answers, its author no speaker of the sentence (nor its denier, nor the last one to speak)."""
    also: Speaker | None = None
    """The second agent of a Persian passive ('از سوی X و نیز Y تکذیب شد'), who denies as X does."""


@dataclass
class ReadSentence:
    sentence: Sentence
    acts: list[ReadAct] = field(default_factory=list)
    quotes: list[Attribution] = field(default_factory=list)
    colon: Quote | None = None
    colon_act: ReadAct | None = None
    """The verb whose speech the colon opens (not an earlier verb of the sentence: 'أفادت الوكالة أن الوزارة نفت ...
    وقالت: ...' is the ministry's)."""


class RecordsStage:
    """The reader's state, and a subject phrase read as a record, an earlier speaker or a new one."""

    first: int
    """The number of the article's first paragraph read, its headline (set by :meth:`ArabicScriptReader.analyse`)."""

    def __init__(self, words: Words, index: NameIndex) -> None:
        self.c = words.compiled()
        self.words = words
        # the 'according to' words written before 'ل' in the list ('وفقا ل'), folded: 'ل' may be written onto the name
        self._governs_lam = tuple(
            f[:-2] for f in (fold_words(p) for p in words.according) if f.endswith(" \u0644") and len(f) > 3
        )
        # 'ما ذكره X', 'ما أعلنته الوزارة', 'ما نقلته الوكالة عن Y' (what X said), folded: a verb of saying or relaying
        # with the pronoun of what it says, after 'ما', says as 'ما قاله X' does (the list's 'قاله')
        forms = sorted(
            {fold_words(v) for v in words.verbs + words.deny_verbs + words.relay_verbs}, key=len, reverse=True
        )
        self._what_said = (
            re.compile(r"(?<!\S)\u0645\u0627\s+(" + "|".join(map(re.escape, forms)) + r")\u0647\u0627?(?!\w)")
            if words.verb_first and forms
            else re.compile(r"(?!)")
        )
        # 'المعلومات التي رفضها الجيش' (the information which the army rejected), folded: a verb of denying in a relative
        # clause, with the pronoun of what it denies written on it, denies as 'وهو ما نفته الحركة' does
        denying = sorted({fold_words(v) for v in words.deny_verbs}, key=len, reverse=True)
        self._which_denied = (
            re.compile(
                r"(?<!\S)(?:\u0627\u0644\u062a\u064a|\u0627\u0644\u0630\u064a|\u0627\u0644\u0630\u064a\u0646)\s+("  # التي الذي الذين
                + "|".join(map(re.escape, denying))
                + r")(?:\u0647|\u0647\u0627|\u0647\u0645)(?!\w)"  # ه ها هم
            )
            if words.verb_first and denying
            else re.compile(r"(?!)")
        )
        # In Arabic, claims named with or without the article, in a genitive or with a pronoun ('مزاعم الحكومة',
        # 'اتهامها بـ'): rejecting (رفض) denies only these; what else it takes is refused ('رفض الانسحاب، الهدنة')
        stems = sorted({fold_words(w).removeprefix("\u0627\u0644") for w in words.claim_words}, key=len, reverse=True)
        self._claim_any = (
            re.compile(
                r"(?<!\w)[\u0648\u0641\u0628\u0644]?(?:\u0627\u0644|\u0644\u0644)?(?:"
                + "|".join(map(re.escape, stems))
                + r")(?:\u0647|\u0647\u0627|\u0647\u0645|\u0647\u0645\u0627)?(?!\w)"
            )
            if words.verb_first and stems
            else re.compile(r"(?!)")
        )
        self.index = index
        self.entities: list[Entity] = []
        self.by_key: dict[str, Entity] = {}
        self.last: Speaker | None = None
        self.last_body: Speaker | None = None
        self.claimant: Speaker | None = None
        """The last speaker, where what it last said it only claimed (Persian 'ادعا کرد'): never 'we' after it."""
        self.charges: list[tuple[int, Speaker, str]] = []
        """(paragraph, speaker, folded words claimed) of each Persian claim ('ادعا کرد', 'مدعی شد'): what a later 'none
        took place' answers."""
        self.statement_of: dict[str, Speaker] = {}
        """The speaker whose statement, letter or post the article last mentioned, by the word's stem."""
        self.bodies: list[tuple[str, int, int, Sentence]] = []
        """(name, paragraph, start, sentence) of each body named so far."""
        self.governments: set[str] | None = None
        """The states whose government or ministry the article names (:meth:`_governments_named`), once read."""
        self.states: set[str] | None = None
        """The states the article names (:func:`article_states`), read once its text is known."""
        self.accused: tuple[Sentence, int, int, str] | None = None
        """(sentence, start, end, the accuser's gender) of the one a verb of accusing last named as accused ('واتهم
        ليث عارف وزارة الدفاع بـ...'): the denial after it with no subject of its own is the accused's."""
        self.offices: dict[str, set[int]] = {}
        self.office_holder: dict[str, Entity] = {}
        """The office, folded, each person is named with ('وزیر خارجه عراق'), for the bare office elsewhere."""
        self.intro: Speaker | None = None
        self.announcing: Speaker | None = None
        self.colon_ran_on: tuple[Speaker, bool] | None = None
        """In Persian, whose speech after a colon, without marks, ran to the end of the paragraph before (and whether
        a paragraph it may go on over was passed over since)."""
        """In Arabic, whose statement the paragraph before gave, announced by a colon, without marks."""
        """Who speaks next: a paragraph ending with a colon after a verb of saying introduces the next one."""
        self.continued: dict[int, tuple[int, bool]] = {}
        """Paragraphs inside a quotation opened in an earlier paragraph: number -> (end, closed)."""
        self.list_speaker: Speaker | None = None
        """Who speaks the items of a list that a quotation opened ('... إلى ما يأتي:' then '- أولاً: ...')."""
        self.analysis = Analysis(translated=True)
        self.texts: dict[int, str] = {}
        self.spoken: list[Speaker] = []
        self.said_in: dict[int, Speaker] = {}
        """By paragraph: the speaker of its last verb of saying."""
        self.unsaid: list[tuple[Paragraph, Sentence, Quote]] = []
        """The quotations of the sentence before that no rule attributed, for 'با بیان این مطلب' (saying this)."""
        self.unsigned: list[tuple[Paragraph, Sentence]] = []
        """Sentences that deny in the text's own voice, no one named as saying so (:meth:`_signed`)."""
        self.clarifier: tuple[int, Speaker] | None = None
        """In Arabic, the paragraph where a body first says it wishes to clarify ('تود X توضيح الآتي:'), and the body
        (:meth:`_clarified`)."""
        self.genders: dict[str, str | None] = {}
        """By speaker label: the gender of the Arabic verb they were last the subject of ('قالت الوزارة': 'f')."""
        self.kicker: Paragraph | None = None
        self.subtitle = -1
        """The number of an Arabic subtitle read as a headline ('X لـ«Y»: ...'), -1 for none."""
        """The paragraph before, when it is a kicker that runs on into the headline under it."""
        self.named_with: dict[int, list[str]] = {}
        """By ``id(entity)``: the folded subject phrases a person was named with ('المتحدث باسم الوزارة X')."""

    # --- entities ---------------------------------------------------------------------------------

    def entity(self, name: str, paragraph: int, start: int, sentence: Sentence, person: bool | None = None) -> Entity:
        key = name_key(name)
        ent = self.by_key.get(key)
        if ent is None:
            known = self.index.lookup(name) or self.index.lookup_suffix(name) or self.index.lookup_bag(name)
            if known is not None and self.index.of_another_state(known, name, self._article_states()):
                known = None  # ('مجلس النواب' on file for Iraq's, in an article about Libya: Libya's, not on file)
            known = known or (self._ministry_of_the_state(key) if person is not True else None)
            ent = next((e for e in self.entities if known is not None and e.known == known), None)
            if ent is None and known is None and person is not True:
                ent = self._same_body(name) or self._same_with_kind(name)
            if ent is None:
                if person is None:
                    person = not self._is_body(name)
                kind = "person" if (known.person if known else person) else "org"
                org_type = (
                    (known.type, known.kind)
                    if known and known.org
                    else (None if kind == "person" else self._org_type(name))
                )
                clean = re.sub(r"\s+", " ", re.sub(r"[\"\u201c\u201d\u00ab\u00bb]", " ", name)).strip()
                ent = Entity(clean or name, kind, org_type, known)  # ('موقع "نمو' with a stray mark: 'موقع نمو')
                self.entities.append(ent)
                cited = sentence.paragraph.source or sentence.paragraph.text  # (the archive's words, cited)
                self.analysis.first_sentence[id(ent)] = (paragraph, cited[sentence.start : sentence.end])
            self.by_key[key] = ent
        ent.mentions.append((paragraph, start, start + len(name), name))
        self._acronym_after(ent, sentence.paragraph.text, start + len(name))
        return ent

    def _acronym_after(self, ent: Entity, text: str, end: int) -> None:
        """A body's acronym in Latin letters in brackets right after its name ('وحدات حماية الشعب (YPG)', 'حزب العمال
        (PKK)'): another name of the same body, so that a later 'YPG' or 'الـ YPG' is the one speaker, not another."""
        found = LATIN_ACRONYM_AFTER.match(text, end)
        if found is not None and not ent.person:
            self.by_key.setdefault(name_key(found.group(1)), ent)

    def _article_states(self) -> set[str]:
        if self.states is None:
            self.states = article_states(self.texts.values(), self.index)
        return self.states

    def _ministry_of_the_state(self, key: str) -> Known | None:
        """A ministry named by its field alone, no state's word after it (``key``, a name's key: 'وزاره داخليه' of
        'وزارة الداخلية', 'داخليه' of 'الداخلية', 'وزارت خارجه'): the one on file named so with a state's word after
        ('وزارة الدفاع العراقية'), where the article names one state's government or ministry and it is that state
        ('الحكومة العراقية'); none where it names two (Iraq's and Iran's: which is the editor's to say, and the
        draft's notes propose the records on file with those words) or none."""
        words = key.split(" ")
        if len(words) == 1 and self.words.verb_first:
            words = ["\u0648\u0632\u0627\u0631\u0647", *words]  # 'الداخلية' alone, as 'وزارة الداخلية' (وزاره)
        if len(words) != 2 or words[0] not in MINISTRY_KEYS:
            return None
        if self.governments is None:
            self.governments = self._governments_named()
        if len(self.governments) != 1:
            return None
        found = {
            known
            for other in self.index.by_first_word.get(words[0], ())
            if other.split(" ")[:2] == words
            and len(other.split(" ")) == 3
            and state_code(other.split(" ")[2]) in self.governments
            for known in self.index.by_key.get(other, ())
            if known.org
        }
        return next(iter(found)) if len(found) == 1 else None

    def _governments_named(self) -> set[str]:
        """The states (their codes) whose government or ministry the article names with the state's word after it
        ('الحكومة العراقية', 'دولت عراق', 'وزارة الخارجية الإيرانية'); the state of a ministry's own name aside."""
        words = name_key(" ".join(self.texts.values())).split(" ")
        states = set()
        for i, word in enumerate(words):
            # (with 'و', 'ب', 'ل' written onto it and its article, which a key keeps: 'والحكومه', 'لوزاره'; and 'ل'
            # onto the article, whose alef it drops: 'للحكومه')
            word = next(
                (w for w in (word, *(word[k:] for k in (1, 2, 3))) if w in GOVERNMENT_KEYS | MINISTRY_KEYS), word
            )
            after = 1 if word in GOVERNMENT_KEYS else 2 if word in MINISTRY_KEYS else 0
            code = state_code(words[i + after]) if after and i + after < len(words) else None
            if code is None and word in GOVERNMENT_KEYS and i + 1 < len(words):
                code = capital_state_keys().get(words[i + 1])  # ('حكومة بغداد': a capital stands for its state)
            if code is not None:
                states.add(code)
        return states

    def _same_body(self, name: str) -> Entity | None:
        """A body named before under another form of its name: 'وزارت امور خارجه جمهوری اسلامی ایران' after 'وزارت
        خارجه ایران' (the same words but a filler, and another name of the same country on record)."""
        bag = self._body_bag(name)
        if bag is None:
            return None
        return next((e for e in reversed(self.entities) if e.known is None and self._body_bag(e.name) == bag), None)

    def _same_with_kind(self, name: str) -> Entity | None:
        """In Arabic, a body named before with or without the word for its kind: 'لواء القدس' after 'ميليشيا لواء
        القدس', 'حركة النور' after 'النور' (a movement, a militia, a group, a faction: the same body, written
        shortly in a crosshead or in full in the lead)."""
        if not self.words.verb_first:
            return None
        words = [w.strip(PUNCT) for w in fold_words(name).split(" ")]
        bare = words[1:] if len(words) > 1 and words[0] in KIND_WORDS else words
        if len(bare) == 1 and bare[0].startswith(DEFINITE[0]):
            return None  # ('الدولة' after 'تنظيم الدولة': one word with the article is no name of its own)
        for ent in reversed(self.entities):
            if ent.known is not None or ent.person:
                continue
            other = [w.strip(PUNCT) for w in fold_words(ent.name).split(" ")]
            if (other[1:] if len(other) > 1 and other[0] in KIND_WORDS else other) == bare:
                return ent
        return None

    def _body_bag(self, name: str) -> tuple[frozenset[str], frozenset[str]] | None:
        """(records named, other words but fillers) of a body's name; None for a name that is not a body's."""
        if not self.c.name_fillers or not self._is_body(name):
            return None
        rest, ids = name, set[str]()
        for h_start, h_end, known in reversed(self.index.scan(name)):
            rest, ids = rest[:h_start] + " " + rest[h_end:], ids | {known.id}
        words = frozenset(w.strip(PUNCT) for w in fold_words(rest).split(" ")) - self.c.name_fillers - {""}
        return frozenset(ids), words

    def _is_body(self, name: str) -> bool:
        first = fold_words(name).split(" ")[:2]
        # (with the article too: 'المكتب الإعلامي لحركة X', the movement's media office, is a body, not a person)
        bare = [w.removeprefix(DEFINITE[0]) if self.words.verb_first else w for w in first]
        # (and an office that speaks for a body, opening the name: 'الإعلام الحربي لـX', 'بخش اطلاع رسانی X', the
        # body's office, whose head word alone is no body word: 'الإعلام' is also a minister's field)
        return (
            any(w in self.c.body_words for w in first + bare) or self.c.body_office_at(fold_words(name).split(" ")) > 0
        )

    def _org_type(self, name: str) -> tuple[str, str]:
        words = fold_words(name).split(" ")
        group_words = {fold_words(w) for w in GROUP_WORDS}
        party = next((i for i, w in enumerate(words[:2]) if w in {fold_words(p) for p in PARTY_WORDS}), None)
        if party is not None and words[party + 1 : party + 2] != [OF_GOD_WORD]:
            return ("group", "party")
        if party is not None or any(w in group_words for w in words[:2]):
            return ("group", "armed-group")
        return ("actor", "organization")

    def _named(self, ent: Entity, how: str) -> Speaker:
        return Speaker(ent.label, entity=ent, person=ent.person, how=how)

    def _earlier(self, phrase_key: str) -> Entity | None:
        """An entity named before that a bare word refers to: a surname, or a body by its head word."""
        words = phrase_key.split(" ")
        # (a short last word alone is no surname; two words ending so are: 'عبد الله', whose key's 'الله' folds to
        # 'له', after 'نبيل عبد الله' is the man, as 'عبد الرحمن' after 'سامي عبد الرحمن' is)
        if not words or (len(words[-1]) < 3 and len(words) < 2):
            return None
        for ent in reversed(self.entities):
            ent_words = name_key(ent.name).split(" ")
            if ent.person and len(ent_words) > len(words) and ent_words[-len(words) :] == words:
                return ent
            # an Arabic given name with the article, alone ('الطاهر' after 'العقيد الطاهر محمود عوض'), is the man as a
            # surname is; a given name without it never stands alone for him
            given = len(words) == 1 and len(ent_words) > 1 and ent_words[0] == words[0] and self.words.verb_first
            if ent.person and given and fold_words(ent.name).split(" ")[0].startswith(DEFINITE[0]):
                return ent
            # so is an Arabic name's middle word, the father's name Arabic news often shortens a man's name to
            # ('حسين' after 'العقيد أحمد حسين مصطفى'), where no other man named before bears it
            middle = len(words) == 1 and len(ent_words) >= 3 and words[0] in ent_words[1:-1] and self.words.verb_first
            # (of a name whose last word is a name's: not 'ناصر كنعاني أنباءً', a name run on into the object)
            last = ent.name.split()[-1] if middle else ""
            middle = middle and (
                given_or_family_name(last)
                or fold_words(last).startswith(DEFINITE[0])
                or fold_words(last)[-1:] == "\u064a"
            )
            if (
                ent.person
                and middle
                and not any(
                    e is not ent and e.person and words[0] in name_key(e.name).split(" ") for e in self.entities
                )
            ):
                return ent
            if not ent.person and len(words) == 1 and words[0] in ent_words:
                return ent
            # a kunya alone ('أبو سامي', 'ابوسامی' joined) after the full name it opens ('أبو سامي الكسلي'): what the
            # man is called, as a surname is (not 'ابن'/'بن' and a name, a patronymic of anyone's son)
            if ent.person and len(ent_words) > len(words) and ent_words[: len(words)] == words and self._kunya(words):
                return ent
        return None

    @staticmethod
    def _kunya(key_words: list[str]) -> bool:
        """Whether a name's key words are a kunya alone: 'ابو سامي', 'ام علي', or joined, 'ابوسامي'."""
        if len(key_words) == 2:
            return key_words[0] in KUNYA_HEADS
        return len(key_words) == 1 and key_words[0][:3] in KUNYA_HEADS and len(key_words[0]) > 5

    def _made_a_statement(self, raw: str, words: list[str]) -> str | None:
        """In Arabic, who made the statement a verb of saying 'in it' reports, where its subject came before it with
        'made a statement': 'X قد أدلى بتصريح' (قال فيه ...), 'وأدلى X بتصريحات' (أكد فيها ...) -> X; None otherwise."""
        raw_words = raw.split()
        if not self.words.verb_first or len(words) < 3 or len(raw_words) != len(words) or words[-1] not in MADE_WHAT:
            return None
        kept = [k for k, w in enumerate(words[:-1]) if w not in MADE and w not in ALREADY]
        if not kept or len(kept) == len(words) - 1 or kept != list(range(kept[0], kept[-1] + 1)):
            return None  # (no 'made' among them, or a name it splits)
        return " ".join(raw_words[kept[0] : kept[-1] + 1])

    def _bureau_named_before(self, words: list[str]) -> Entity | None:
        """In Arabic, the bureau named before that its head and its office with the article stand for ('مكتب الوزير',
        the minister's office, after 'مكتب وزير الدفاع الكسلي X'; 'مكتب الرئيس' after 'مكتب رئيس الوزراء'), as
        'الوزارة' stands for the ministry named before; None where no body was named so."""
        if not self.words.verb_first or len(words) != 2 or words[0] not in self.c.body_words:
            return None
        office = words[1].removeprefix("\u0627\u0644")
        if office == words[1] or office not in self.c.titles:
            return None

        def heads(name: str) -> list[str]:  # (the office with or without the article: 'مكتب المتحدث باسم X')
            return [w.removeprefix("\u0627\u0644") for w in fold_words(name).split(" ")[:2]]

        return next((e for e in reversed(self.entities) if not e.person and heads(e.name) == [words[0], office]), None)

    def _other_bearer(self, words: list[str], known: Known, para: Paragraph, start: int) -> str | None:
        """The full name of the man the Arabic article last named with the surname ``words`` (one word) before
        ``start``, when it is not the record ``known`` whose alias the surname is: 'سامي الحمداني' (one to three
        plain words before it) for 'الحمداني', a record's alias for its Karim. None when the article named no one so,
        or named the record's own man last."""
        if not self.words.verb_first or len(words) != 1 or not known.person or not words[0].startswith(DEFINITE[0]):
            return None
        found: str | None = None
        for number in sorted(n for n in self.texts if n <= para.number):
            text = self.texts[number] if number < para.number else para.text[:start]
            tokens = [(m.group(), fold_words(m.group().strip(PUNCT))) for m in re.finditer(r"\S+", text)]
            for k, (_, word) in enumerate(tokens):
                if word != words[0] or k == 0 or tokens[k - 1][0][-1:] in CUT_AFTER:
                    continue
                j = k
                # (not a verb before the surname: 'فند التميمي', al-Tamimi refuted, names no one new)
                while (
                    j > max(0, k - 3)
                    and tokens[j - 1][0][-1:] not in CUT_AFTER
                    and self._name_word(tokens[j - 1][1], True)
                    and not self.c.verb.fullmatch(tokens[j - 1][1])
                    and not self.c.deny.fullmatch(tokens[j - 1][1])
                ):
                    j -= 1
                # the name opens with a given name ('سامي الحمداني'), not with a word that is merely no office nor
                # stop word: 'وبحسب الحمداني' (according to al-Hamdani) names no other man
                while j < k and not given_or_family_name(tokens[j][0].strip(PUNCT)):
                    j += 1
                if j < k:
                    name = " ".join(t.strip(PUNCT) for t, _ in tokens[j : k + 1])
                    found = None if self.index.lookup(name) == known else name
        return found

    def _known_prefix(self, para: Paragraph, tokens: list[tuple[int, int, str, str]], k: int) -> int:
        """How many of the ``k`` subject tokens after 'according to' to keep: Persian often writes no comma after
        the name ('به گفته کاظمی همه روستاها ...'), so when the whole run names no one met before but its first
        words do (a surname, a body), the name ends there."""

        def known(j: int) -> bool:
            key = name_key(para.text[tokens[0][0] : tokens[j - 1][1]])
            return key in self.by_key or self._earlier(key) is not None

        if known(k):
            return k
        return next((j for j in range(k - 1, 0, -1) if known(j)), k)

    # --- speakers ---------------------------------------------------------------------------------

    def speaker(self, phrase: str, para: Paragraph, start: int, sentence: Sentence) -> Speaker | None:
        """Who a subject phrase names; None when it names no one (and a pronoun or nothing means the last)."""
        article = ARTICLE_BEFORE_LATIN.fullmatch(phrase)
        acronym = LATIN_ACRONYM.match(para.text, start + len(phrase)) if article is not None else None
        if acronym is not None:
            # ('الـ PKK': the article written apart, which the subject's words end at, before an acronym in Latin
            # letters; the acronym alone names the body)
            phrase, start = acronym.group(1), acronym.start(1)
        last_word = fold_words(phrase).split(" ")[-1] if phrase.strip() else ""
        if not self.words.verb_first and WE_DO_FA.fullmatch(last_word):
            return None  # ('بدینوسیله اعلام می‌داریم که ...', we hereby announce: a verb in the first person, no name)
        rank = re.match(r"\s*(\S+)\s+", phrase) if not self.words.verb_first else None
        if rank and fold_words(rank.group(1)) in RANKS_FA:
            graded = RANK_GRADE_FA.match(phrase, rank.end())
            if graded:  # ('سرهنگ دوم کامران نوری': the grade is the rank's, no word of the name)
                rank = graded
            guard = WORD_AND_SPACE.match(phrase, rank.end())
            if guard and fold_words(guard.group(1)) == GUARD_RANK_FA:
                rank = guard  # ('سرهنگ پاسدار X': the Guards' rank)
            after = [fold_words(w.strip(PUNCT)) for w in phrase[rank.end() :].split()[:2]]
            if len(after) == 2 and all(self._name_word(w, i == 0) for i, w in enumerate(after)):
                # a rank before a name of two words or more ('ژنرال دوریان کسلان گفت'): the person is the name (a
                # rank before one name word, 'ژنرال دارنو سخنگوی ارتش', stays with it: the word alone names no one)
                phrase, start = phrase[rank.end() :], start + rank.end()
            elif len(phrase[rank.end() :].split()) == 1 and getattr(
                self._earlier(name_key(phrase[rank.end() :])), "person", False
            ):
                # ('سرهنگ نوری' after 'سرهنگ دوم کامران نوری'): a surname met before, the man named so (a person's:
                # not a word of a body's name, 'سرهنگ ارتش' after 'ارتش کسلیا', an army colonel, no army)
                phrase, start = phrase[rank.end() :], start + rank.end()
        found = self._speaker(phrase, para, start, sentence)
        found = self._body_by_its_acronym(found, phrase, para, start) if found is not None else None
        if found is not None and found.entity is not None and found.person:
            self._note_office(found.entity, phrase, para, start)
            named = fold_words(phrase)
            if self.last_body is not None and ON_ITS_BEHALF & set(named.split(" ")):
                # 'الناطق باسمها X' (its spokesman) after the body spoke: the office of that body
                body = "\u0628\u0627\u0633\u0645 " + fold_words(self.last_body.label)
                named = " ".join(body if w in ON_ITS_BEHALF else w for w in named.split(" "))
            self.named_with.setdefault(id(found.entity), []).append(named)
        return found

    def _body_by_its_acronym(self, found: Speaker, phrase: str, para: Paragraph, start: int) -> Speaker:
        """A speaker named with a body's acronym in Latin letters in brackets right after (``found`` read from
        ``phrase`` at ``start``): 'وحدات حماية الشعب الكسلية (YPG)', words that no list knows as a body's, read as a
        person's, are a body's name (the acronym is another name of it: :meth:`_acronym_after`)."""
        ent = found.entity
        named = phrase.rstrip(" \u060c,")
        if (
            ent is None
            or not ent.person
            or ent.known is not None
            or len(ent.mentions) != 1
            or LATIN_ACRONYM_AFTER.match(para.text, start + len(named)) is None
            or (looks_like_a_persons_name(named.strip()) and self._org_type(named)[0] != "group")
        ):
            return found  # (a person with a wire's credit, 'سامي حمدان (AFP)'; not 'وحدات النور (NU)', units)
        ent.kind, ent.org_type = "org", self._org_type(ent.name)
        self._acronym_after(ent, para.text, start + len(named))
        return self._named(ent, "a body named with its acronym in brackets after it")

    def _one_side(self, a: Speaker, b: Speaker) -> bool:
        """Whether two speakers deny as one side: the same, or one speaks for the other (:meth:`_speaks_for`), or in
        Persian one unnamed speaker is 'one of' the kind the other is (:func:`_one_of_that_kind`)."""
        return (
            a.same(b)
            or self._speaks_for(a, b)
            or self._speaks_for(b, a)
            or (not self.words.verb_first and (_one_of_that_kind(a, b) or _one_of_that_kind(b, a)))
        )

    def _speaks_for(self, member: Speaker, body: Speaker) -> bool:
        """Whether the article writes ``member`` as speaking for the body ``body``: its office names the body.

        A spokesman, an official or a source is written with the body they speak for ('المتحدث الرسمي لوزارة الدفاع
        X', 'مصدر مسؤول في الحركة', 'سخنگوی وزارت خارجه'), by its name or, with the article, by its head word after
        the body was named ('الحركة' for 'حركة X'). A body denies and its spokesman restates the denial, or the other
        way round: one side.
        """
        whole = body.entity
        if whole is None or whole.person or body.same(member):
            return False
        if member.entity is not None and member.entity.person:
            phrases = self.named_with.get(id(member.entity), [])
            if self.words.verb_first:  # (and the office set after an Arabic name: 'سامي الوردي، المتحدث باسم X،')
                phrases = [*phrases, *(o for o, ids in self.offices.items() if id(member.entity) in ids)]
        elif member.entity is not None:
            phrases = []
        else:
            phrases = [fold_words(member.described)] if member.described else []
        names = {fold_words(whole.name), *(fold_words(text) for _, _, _, text in whole.mentions)}
        head = fold_words(whole.name).split(" ")[0].removeprefix("\u0627\u0644")
        # (and the name less the body's word before it: 'المتحدث باسم الشباب' speaks for 'حركة الشباب'; so shortened, a
        # common noun, it names the body only where no more of another name follows it: 'المتحدث باسم الأمن العام',
        # 'وزير الشباب والرياضة' speak for no 'مجلس الأمن' or 'حركة الشباب')
        shortened = {
            n.split(" ", 1)[1]
            for n in names
            if " " in n and n.split(" ")[0] in self.c.body_words and n.split(" ")[1].startswith("\u0627\u0644")
        }
        for phrase in phrases:
            words = [self._bare(w.strip(PUNCT)) for w in phrase.split() if w.strip(PUNCT)]
            while words and words[0] in self.c.drop:
                words = words[1:]
            # (the name may come first, the office after it: 'رضا کاظمی سخنگوی جنبش نمونه')
            office_at = next((i for i, w in enumerate(words) if w in self.c.titles | self.c.heads), 0)
            words = words[office_at:]
            if not words or not ({words[0]} & (self.c.titles | self.c.heads)) or words[0] in self.c.observers:
                continue  # an office or a source speaks for a body; an analyst or a witness does not
            if any(self._names_in(n, words[1:]) for n in names if n):
                return True
            if any(self._names_in(n, words[1:], alone=True) for n in shortened - names if n):
                return True
            this = any(w in self.c.demonstratives and words[k + 1] == head for k, w in enumerate(words[1:-1], 1))
            if head in self.c.body_words | self.c.group_refs and ("\u0627\u0644" + head in words[1:] or this):
                return True  # 'مصدر في الحركة' after 'حركة X'; 'سخنگوی این جنبش' (this movement's) after 'جنبش X'
            if set(words[1:]) & nisbas(whole, names):
                return True  # 'المتحدث باسم الخارجية الإيرانية', 'مسؤول إيراني' after 'إيران'
        return False

    def _names_in(self, name: str, words: list[str], alone: bool = False) -> bool:
        """Whether an office's words name a body: its name, less adjectives of origin at its end ('وزارة الزراعة' for
        'وزارة الزراعة الكسلية'), and not followed by another adjective of origin ('... الخارجية العراقية' is not the
        Iranian one); ``alone``, followed by no word with the article or 'and' ('الأمن العام', 'الشباب والرياضة' name
        other bodies than 'الأمن', 'الشباب')."""
        whole = [self._bare(w.strip(PUNCT)) for w in name.split() if w.strip(PUNCT)]
        core = whole
        while len(core) > 2 and nisba_of(core[-1]):
            core = core[:-1]
        for j in range(len(words) - len(core) + 1):
            if core and words[j : j + len(core)] == core:
                after = words[j + len(core)] if j + len(core) < len(words) else ""
                mine = whole[len(core)] if len(whole) > len(core) else ""
                if alone and after.startswith(("\u0627\u0644", "\u0648")) and after != mine:
                    return False
                return not (nisba_of(after) and after != mine)
        return False

    def _bare(self, word: str) -> str:
        """A folded Arabic word without 'ل' written onto a body's name ('لوزارة' -> 'وزارة', 'للحركة' -> 'الحركة')."""
        if not self.words.verb_first or word[:1] != "\u0644" or len(word) < 4:
            return word
        return "\u0627" + word[1:] if word[:2] == "\u0644\u0644" else word[1:]

    def _note_office(self, ent: Entity, phrase: str, para: Paragraph, start: int) -> None:
        """Remember the office a person is named with ('وزیر خارجه عراق' for '«X» وزیر خارجه عراق، ...'), so
        that the article's earlier or later mentions of the bare office are read as that person."""
        name = fold_words(ent.name)
        around = fold_words(phrase.strip(PUNCT))
        offices = [around.replace(name, " ").strip()] if name and name in around else []
        after = re.match(
            r"\s*(?:[\u060c,]\s*)?([^\s\u060c,.:\u061b][^\u060c,.:\u061b]{2,79})[\u060c,]",
            para.text[start + len(phrase) :],
        )
        if after:  # 'رضا کاظمی، وزیر خارجه نمونه، ...', '«X» وزیر خارجه عراق، ...'
            offices.append(fold_words(after.group(1)))
        for office in offices:
            words = [w.strip(PUNCT) for w in office.split() if w.strip(PUNCT)]
            # (a rank or an honorific between the office and the name is the holder's, no word of the office:
            # 'المتحدث باسم وزارة الدفاع اللواء X' holds 'المتحدث باسم وزارة الدفاع', as the office alone is written)
            # (the run from its first rank or honorific on, a qualifier or a grade after it: 'اللواء الطيار', 'الفريق
            # أول'; a qualifier before any rank is the body's adjective, 'الجوي' in 'قائد الدفاع الجوي اللواء X', the
            # air defence's commander, and stays in the office)
            k = len(words)
            if self.words.verb_first:
                while k > 2 and words[k - 1] in RANKS | RANK_QUALIFIERS | HONORIFICS_AR | RANK_GRADES:
                    k -= 1
                while k < len(words) and words[k] not in RANKS | HONORIFICS_AR:
                    k += 1
            del words[k:]
            office = " ".join(words)
            if office and office.split(" ")[0] in self.c.titles and len(office.split(" ")) >= 2:
                self.offices.setdefault(office, set()).add(id(ent))
                self.office_holder[office] = ent
        following = para.text[start + len(phrase) : start + len(phrase) + 160]
        of = re.match(FROM_FA + r"\s+([^\u060c,.:\u061b]{3,120})", fold_words(following))
        if of and not self.words.verb_first and of.group(1).split(" ")[0] in self.c.titles:
            # 'X از فرماندهان ارشد Y در ...' (X, of Y's senior commanders): X is the 'یکی از فرماندهان ارشد Y' (one of
            # them) the article describes; the office ends at the first word that ends a subject
            words = [w.strip(PUNCT) for w in of.group(1).split(" ")]
            cut = next((i for i, w in enumerate(words) if i and w in self.c.stops), len(words))
            office = " ".join((*fold_words(self.words.partitive[0]).split(" "), *words[:cut]))
            self.offices.setdefault(office, set()).add(id(ent))
            self.office_holder[office] = ent

    def _speaker(self, phrase: str, para: Paragraph, start: int, sentence: Sentence) -> Speaker | None:
        raw = phrase.strip(' \u060c,:;\u061b.\u201c\u201d\u00ab\u00bb"()-\u2013\u066c')
        start += phrase.find(raw) if raw else 0
        for opener, closer in (("\u201c", "\u201d"), ("\u00ab", "\u00bb"), ("(", ")")):
            if raw.count(opener) > raw.count(closer):
                raw += closer  # 'مصدر في “المجلس”', 'موقع (X)': the closing mark of a name at its end is kept
        # ('حزب‌الله', 'حزبالله' on Persian pages: the party 'حزب الله', whose first word is a body's, read so; the
        # non-joiner is one character as the space is, and the joined form gains one the mentions' ends stay within)
        raw = HEZBOLLAH_JOINED.sub("\u062d\u0632\u0628 ", raw)
        words = fold_words(raw).split(" ") if raw.strip() else []
        while words and words[0] in self.c.drop:
            first = re.match(r"\s*\S+\s*", raw)
            if not first:
                break
            raw, start = raw[first.end() :], start + first.end()
            words = words[1:]
        marked = RANKED_NAME_IN_MARKS.search(raw) if self.words.verb_first else None
        if (
            marked
            and fold_words(marked.group(1)) in RANKS | HONORIFICS_AR
            and looks_like_a_persons_name(marked.group(3))
        ):
            # 'المتحدث باسم الحركة العميد «سامي حمدان»': a rank or an honorific, then two or three words in marks, is
            # the holder's name set in marks as some agencies do (as the marks are read, headlines.py); the marks,
            # spaces now, leave the office, the rank and the name to be read as without them
            raw = raw[: marked.start(2)] + " " + marked.group(3) + " "
            words = fold_words(raw).split(" ")
        made = self._made_a_statement(raw, words)
        if made is not None:
            return self.speaker(made, para, start + raw.index(made), sentence)
        if words and words[0].startswith("\u0644\u0644") and "\u0627" + words[0][1:] in self.c.refs | self.c.titles:
            words[0] = "\u0627" + words[0][1:]  # 'للبيان' (to the statement), 'للقائد' (of the commander) -> 'البيان'
        elif words and words[0][:1] == "\u0644" and words[0][1:] in self.c.statements | self.c.heads | self.c.titles:
            words[0] = words[0][1:]  # 'وفقا لبيان', 'وفقا لمصدر أمني' (according to a source) -> 'مصدر أمني'
            raw, start = raw[1:], start + 1
        described_name = DESCRIBED_NAME.fullmatch(raw) if not self.words.verb_first else None
        if described_name:
            # a Persian description, then a name in marks: 'گروه تروریستی «X»' (the terrorist group X) is the group X;
            # 'یک مقام امریکایی «X»', 'سخنگوی وزارت «X»' (an office, then a name in guillemets) the person X, as
            # without the marks
            what, name = fold_words(described_name.group(1)).split(), described_name.group(2)
            if len(what) <= 2 and what[0] in self.c.outlet_words:
                return self.speaker(name, para, start + raw.index(name), sentence)
            after_office = raw.endswith("\u00bb") and bool(set(what) & (self.c.titles | self.c.heads))
            if after_office and len(name.split()) <= 3:
                found = self.speaker(name.strip(), para, start + raw.rindex(name), sentence)
                # (a body in marks is whose office it is: 'فرمانده «جنبش X»' is the movement's commander, not it)
                if found is not None and found.entity is not None and found.entity.kind != "org":
                    return found
        if self.words.verb_first and words and words[0][:1] in self.words.prefixes and words[0][1:] in self.c.pronouns:
            # 'وهو ينفي الأنباء' (and he denies the reports) as 'هو ينفي': 'and' written onto 'he' is no name
            words[0] = words[0][1:]
        gods = next((i for i in range(1, len(words)) if words[i] in OF_GOD), 0)
        if (
            self.words.verb_first
            and gods
            and words[gods - 1] in self.c.titles
            and all(w in self.c.titles for w in words[: gods - 1])
            and 1 <= len(words) - gods - 1 <= 2
            and len(raw.split()) == len(words)
            and all(self._name_word(w, False) for w in words[gods + 1 :])
        ):
            # 'ركن الدين X' (Rukn al-Din), 'القيادي ركن الدين X': a title's word before a name of God opens a given
            # name ('ركن' is also a rank's qualifier, 'العميد ركن X'), never a title before a description
            name = " ".join(raw.split()[gods - 1 :])
            return self._named(
                self.entity(name, para.number, start + raw.rindex(name), sentence, person=True),
                "named after their office" if gods > 1 else "named",
            )
        if len(words) >= 2 and words[0] in UPON and words[1] == PEACE:
            return None  # 'عليهما السلام' (peace be upon them), the blessing after a holy name: no speaker
        if words and words[0] in self.c.personal and self.last is not None and not self.last.person:
            person = next((sp for sp in reversed(self.spoken) if sp.person), None)  # 'وی' after a body: a person
            # (and none when no person spoke: 'وزارت خارجه ... اعلام کرد. وی افزود' has 'he' unnamed, not the ministry)
            return self._again(person, f"'{words[0]}' read as the last person who spoke")
        if words and words[0] in HE_SHE and self.words.verb_first:
            # 'وقال هو' (he said) after a body that spoke as 'she' ('قالت الحركة'): the last speaker of its gender
            return self._again(
                self._of_gender(HE_SHE[words[0]]), f"'{words[0]}' read as the last speaker of its gender"
            )
        if words and words[0] == THEY_FA and self.last is not None and self.last.person and not self.words.verb_first:
            # ('وزیر خارجه ... گفت ... و آنها تاکید کرده‌اند': 'they' are never one person who spoke before)
            head = fold_words(self.last.label).split(" ")[0]
            if not self.last.plural and not PLURAL_END_FA.search(head):
                return None
        if words and words[0] in self.c.first_person and self.last is not None and self.last is self.claimant:
            # ('X ادعا کرد که ... .' then 'ما این ادعا را رد می‌کنیم': 'we' answer the one who claimed, and are the
            # body whose statement it is, which its own text seldom names; never the claimant)
            return None
        if not words or words[0] in self.c.pronouns:
            return self._again(self.last, f"'{words[0] if words else ''}' read as the last speaker")
        if words[0] in self.c.possessive_refs or self.c.statements_wording(words):
            # 'حسب وصفها' (as she put it), 'وفق تعبير البيان' (in the statement's words): the sentence's own
            # subject, found by the caller
            return None
        parts = [p for p in re.split(r"(?:(?<!\s)\s+)?[\u060c,]\s*", raw) if p]  # spaces only from where they start
        if (
            len(parts) >= 2
            and words[0] in self.c.titles  # (an unnamed source's clause is no name: 'مصدر، فضل عدم الكشف عن اسمه،')
            and parts[1].split()
        ):
            if (
                self.words.verb_first
                and fold_words(parts[1]).split(" ")[0] in self.c.titles
                # (not an office, then a rank and the name: 'المتحدث باسم التحالف الذي تقوده كسليا، العقيد سالم
                # الداودي', where the office's relative clause ends the first part and the holder is the second)
                and not (words[0] not in RANKS and fold_words(parts[1]).split(" ")[0] in RANKS)
            ):
                # 'العميد سامي الوردي، الناطق باسم X': a rank and the name, then the office (which alone would be
                # read as whoever last held it)
                found = self.speaker(parts[0], para, start, sentence)
                if found is not None and found.entity is not None and "read as" not in found.how:
                    return found
            name = parts[1]  # 'الرئيس الروسي، فلاديمير بوتين': the office, then the name
            # (not, in Persian, words with a bare 'و' (and): the rest of a list in the office's body, 'رییس مرکز
            # امنیتی، اطلاعات و اخبار وزارت کشور', the head of the centre for security, intelligence and news)
            listed = not self.words.verb_first and AND_FA in fold_words(name).split(" ")
            found = (
                self.speaker(name, para, start + raw.index(name), sentence)
                if len(name.split()) <= 5 and not listed
                else None
            )
            if found is not None and found.entity is not None:
                return found
            # (the office after the name may be long: 'حجت الاسلام X، معاون فرهنگی و رسانه‌ای لشکر Y')
            if fold_words(parts[1]).split(" ")[0] in self.c.titles and 2 <= len(parts[0].split()) <= 6:
                # 'حجت الاسلام X، رئیس دفتر ...': honorifics and the name, then the office between commas
                found = self.speaker(parts[0], para, start, sentence)
                if found is not None and found.entity is not None:
                    return found
        # (a Persian statement with its ezafe written on after the non-joiner, 'بیانیه‌ی X', is 'بیانیه X')
        head = words[0] if self.words.verb_first else without_ezafe(words[0])
        if head in self.c.statements:
            stem = stem_of(head)
            said = self.statement_of.get(stem)
            rest = raw.split(None, 1)[1] if len(words) > 1 else ""
            # ('وأوضح بيان لوزارة الداخلية' after 'وذكر بيان لجهاز المخابرات'): a statement whose issuer is named after
            # it, 'ل' written onto the name, is that issuer's, not the last statement's
            # (not a pronoun written onto 'ل', 'بيان لها', 'بيان لهما', its statement, nor a word whose 'ل' is its own,
            # 'بيان لاحق', a later statement: the last statement's issuer still)
            issuer_named = self.words.verb_first and self._issuer_joined(rest)
            if said is not None and not issuer_named:
                return self._again(said, f"'{raw}' read as the statement of {said.label}")
            if len(words) > 3 and words[1] in ISSUED and words[2] == FROM:
                rest = rest.split(None, 2)[2]  # 'بيان صادر عن الوزارة': the body that issued it
            rest_words = fold_words(rest).split(" ")
            # ('بیانیه این وزارتخانه', this ministry's statement: 'این' opens an object elsewhere, here the issuer)
            this_body = (
                not self.words.verb_first
                and len(rest_words) == 2
                and rest_words[0] in self.c.demonstratives
                and rest_words[1] in self.c.body_words - self.c.group_refs  # (as for 'این وزارتخانه' alone, below)
            )
            if rest and (rest_words[0] not in self.c.stops or this_body):
                at = start + raw.rfind(rest)
                # 'بيان للحركة' (a statement of the movement): 'لل' is 'ل' and the article, 'ال', of the same length
                rest = re.sub(r"^\u0644\u0644(?=\S)", "\u0627\u0644", rest)
                lam = re.match(r"\u0644\u0640?(?!\u0627\u0644)(?=\S)", rest)  # ('بيان لـ«الحشد»', with a tatweel)
                if lam and not self._issuer_joined(rest):
                    rest = ""  # ('بيان لاحق', a later statement: no issuer named)
                elif lam:
                    rest, at = rest[lam.end() :], at + lam.end()
                found = self.speaker(rest, para, at, sentence) if rest.strip() else None
                if found is not None or this_body:
                    # (an issuer named as 'this ministry' that is no body named before is no one, not the last
                    # body that spoke: 'بیانیه این وزارتخانه' after only a movement spoke)
                    return found
            return self._again(self.last_body or self.last, f"'{raw}' read as the last body that spoke")
        if len(words) == 1 and words[0][:2] == "\u0627\u0644" and words[0][2:] in self.c.heads:
            described = next(
                (
                    sp
                    for sp in reversed(self.spoken)
                    if sp.described and fold_words(sp.described).split(" ")[0] == words[0][2:]
                ),
                None,
            )
            if described is not None:  # 'وأضاف المصدر' (the source) after 'مصدر في الحركة'
                return self._again(described, f"'{raw}' read as {described.label}, described before")
        if (
            not self.words.verb_first
            and len(words) == 2
            and words[0] in self.c.demonstratives
            and words[1] in self.c.body_words - self.c.group_refs
        ):
            # 'این وزارتخانه', 'این جنبش' (this ministry, this movement): the body that spoke last when its name has
            # that word ('وزارت دفاع جنبش X' for 'این جنبش'), else the latest body named with it as its head ('وزارت X
            # ... واکنش نشان داد'), else the body that spoke last; never the last group ('این' is also the first word
            # of 'این گروه'), and never a name of its own. A ministry is one by name ('وزارت X'): 'this ministry' is
            # never a body that spoke whose name opens with another kind's word ('جنبش نور گفت ... این وزارتخانه')
            head = COMMON_HEADS.get(words[1], words[1])
            spoke = self.last_body
            spoke_words = fold_words(spoke.label).split(" ") if spoke is not None else []
            if head in COMMON_HEADS.values() and spoke_words[:1] and spoke_words[0] in self.c.body_words:
                spoke = spoke if head in spoke_words else None
            body = self._body_named_before(words[1], para, sentence, before=start)
            if spoke is not None and (body is None or head in spoke_words):
                return self._again(spoke, f"'{raw}' read as the last body that spoke")
            return self._named(body, f"'{raw}' read as {body.label}") if body is not None else None
        if len(words) <= 2 and words[0] in self.c.group_refs:
            group = next((e for e in reversed(self.entities) if e.org_type and e.org_type[0] == "group"), None)
            head = words[0].removeprefix("\u0627\u0644")  # (an Arabic reference back: 'الحركة', the movement)
            back = self.words.verb_first and len(words) == 1 and head != words[0] and head in self.c.body_words
            named = self._body_named_before(head, para, sentence) if back else None
            if named is not None and (group is None or not fold_words(group.name).startswith(head)):
                # ('الحركة' after 'اتهمت الوزارة حركة النور بـ...': the body named with that word, not a group whose
                # name the subject before ran into)
                group = named
            if group is not None:
                return self._named(group, f"'{raw}' read as {group.label}")
        if len(words) == 3 and not self.words.verb_first and self._office_of_this_words(words):
            said = self.last_body
            if said is not None:  # 'سخنگوی این وزارتخانه' (this ministry's spokesman): of the body that spoke last
                # (the body as the article names it, not its record's English name: 'سخنگوی طالبان', never
                # 'سخنگوی Taliban'; the record is still found in those words)
                body_name = said.entity.name if said.entity is not None else said.label
                office = f"{raw.split()[0]} {body_name}"
                return Speaker(office, None, office, person=True, how=f"'{raw}' read as the {office}")
        if len(words) == 2 and words[0] in self.c.demonstratives and self.words.verb_first:
            sources = self._sources_described_before(words[1], para, start, sentence)
            if sources is not None:  # ('بعد التواصل مع مصادر مقربة من X، نفت هذه المصادر': those sources)
                return sources
        if len(words) <= 3 and words[0] in self.c.demonstratives and self.last_body is not None:
            return self._again(self.last_body, f"'{raw}' read as the last body that spoke")
        if len(words) == 2 and words[0] in self.c.demonstratives and words[1] in self.c.body_words:
            # 'این جنبش': the last movement named before these words, never a phrase they open ('این گروه آمده است'
            # holds 'گروه آمده است', a body's head and the verb after it)
            body = self._body_named_before(words[1], para, sentence, before=start)
            if body is not None:
                return self._named(body, f"'{raw}' read as {body.label}")
        body_office = self._office_of_body_on_file(raw, words, para, start)
        if body_office is not None:
            # 'المكتب الإعلامي لحركة X', 'الدائرة الإعلامية في X', 'دفتر رسانه‌ای جنبش X' (X on file): the body's office
            # speaks for it, described and so affiliated with X's record, as English 'the media office of X' is; never
            # a body of its own named after the office
            return Speaker(body_office, None, body_office, how="a body's office, as the text describes it")
        office_of = self._office_of_body_named(raw, words, para, start, sentence)
        if office_of is not None:
            return office_of
        if self._share_of_group(words):
            # 'شماری از اعضای مجلس', 'برخی مقامات کسلیا', 'عدد من أعضاء البرلمان', 'بعض المسؤولين' (some members of
            # parliament): a share of a group names no one, and is no body named after it; described by the group,
            # as an unnamed source is, its body linked when on file (read as a name, the particle 'از' or 'من' in it
            # left no record to draft, and the speaker was dropped)
            description = re.sub(r"\s+", " ", re.sub(MARKS, "", raw)).strip()
            return Speaker(
                description,
                None,
                description,
                person=True,
                how="a share of a group, as the text describes it",
                plural=True,
            )
        known = self.index.lookup(raw) or self.index.lookup_suffix(raw) or self.index.lookup_bag(raw)
        other = self._other_bearer(words, known, para, start) if known is not None else None
        if other is not None:
            # a surname alone that a record has as an alias, after the article named another man so ('وأكد
            # الحمداني' after 'سامي الحمداني', the record's man Karim): the man the article named, as a reader takes it
            ent = self.entity(other, para.number, start, sentence, person=True)
            ent.mentions[-1] = (para.number, start, start + len(raw), raw)
            return self._named(ent, f"'{raw}' read as {other}, named so before")
        if known is not None:
            return self._named(self.entity(raw, para.number, start, sentence), f"'{raw}' is {known.name}")
        # (a country's name is never a surname nor a body's head word: 'پاکستان' after 'تحریک طالبان پاکستان')
        earlier = None if country_name(raw.strip()) else self._earlier(name_key(raw))
        if earlier is None and len(words) >= 2 and words[0] in self.c.honorifics:
            earlier = self._earlier(name_key(raw.split(None, 1)[1]))  # 'آقای X' (Mr X): the X named before
            # ('آقای X درصفحه اش می نویسد': a glued 'در' ran on the subject; the surname met before ends it)
            after_title = raw.split()[1:]
            for j in range(len(after_title) - 1, 0, -1):
                if earlier is not None:
                    break
                earlier = self._earlier(name_key(" ".join(after_title[:j])))
        titled = self._leading_titles(words) if len(raw.split()) == len(words) else 0
        if earlier is None and 0 < titled < len(words) and in_title_of_god(words, 0):
            # ('آية الله الفيني' after 'آية الله سامي الفيني', the title written apart: the man named before by his
            # surname, as after a rank; never a body)
            earlier = self._earlier(name_key(" ".join(raw.split()[titled:])))
            earlier = earlier if earlier is not None and earlier.person else None
        if earlier is not None:
            earlier.mentions.append((para.number, start, start + len(raw), raw))
            return self._named(earlier, f"'{raw}' read as {earlier.label}")
        bureau = self._bureau_named_before(words)
        if bureau is not None:
            bureau.mentions.append((para.number, start, start + len(raw), raw))
            return self._named(bureau, f"'{raw}' read as {bureau.label}")
        if len(words) <= 2 and all(w.startswith("\u0627\u0644") for w in words) and words[0][2:] in self.c.body_words:
            # 'الوزارة', 'الموقع اليهودي' (the site, with an epithet): the latest body named with that head word
            body = self._body_named_before(words[0][2:], para, sentence)
            if body is not None:
                return self._named(body, f"'{raw}' read as {body.label}")
        if self.words.verb_first and self._aide_of_a_name(words):
            # 'وقال مستشار سامي الوردي: «...»': the adviser speaks, described by whose he is
            description = re.sub(r"\s+", " ", raw).strip()
            return Speaker(description, None, description, person=True, how="an aide, described by whose")
        n_name, lead = self._name_before_office(words)
        if n_name and self.words.verb_first and words[0] in self.c.titles and self._trailing_name(words):
            n_name = 0  # 'قائد عمليات بغداد الفريق سامي الوردي': the name at the end, after all the offices
        if n_name:  # 'سردار رضا کاظمی فرمانده نیروی قدس', 'سامي الوردي المتحدث باسم الحركة': the name, then the office
            name = " ".join(raw.split()[lead : lead + n_name])
            return self._named(
                self.entity(name, para.number, start + raw.index(name), sentence, person=True),
                "named before their office",
            )
        # a title or an office, then a name after a body on record: the name is the person
        hits = self.index.scan(raw)
        if hits:
            h_start, h_end, k = hits[0]
            rest = raw[hits[-1][1] :].strip(" \u060c,")
            # ('رئيس خلية X الفريق سامي الوردي': a rank between the body and the name is not part of the name)
            while len(rest.split()) > 2 and fold_words(rest.split()[0]) in self.c.titles:
                rest = rest.split(None, 1)[1]
            if (
                not self.words.verb_first
                and k.person
                and len(hits) == 1
                and not rest
                and self._titles_only(fold_words(raw[:h_start]).split())
            ):
                # ('سردار X', 'حجت‌الاسلام X', 'سرتیپ دوم X', X on file): ranks, clerical titles and honorifics before
                # the name are the person's, who is the record; not an office, 'سخنگوی X' (X's spokesman)
                name = raw[h_start:h_end]
                return self._named(
                    self.entity(name, para.number, start + h_start, sentence), f"'{raw}': a title before {k.name}"
                )
            held_start, held_end, holder_on_file = hits[-1]
            if (
                not self.words.verb_first
                and holder_on_file.person
                # (an office and more before the name: 'سخنگوی X' right before it is X's spokesman, someone else)
                and len(raw[:held_start].split()) >= 2
                and not rest
                and words[0] in self.c.titles
            ):
                # ('رئیس‌جمهور سابق سوریه X', X on file): an office and its state, then the person on file, who holds
                # it, as 'وزیر دفاع کسلیا X' names X; never the office with the name run on
                name = raw[held_start:held_end]
                return self._named(
                    self.entity(name, para.number, start + held_start, sentence),
                    f"'{raw}': an office before {holder_on_file.name}",
                )
            if words[0] in self.c.titles and 2 <= len(rest.split()) <= 5:
                offset = start + raw.index(rest, hits[-1][1])
                return self._named(
                    self.entity(rest, para.number, offset, sentence, person=True), "named after their office"
                )
            # (not a state's embassy or ministry, 'سفارت ایران در کابل': a body of the state, not the state)
            of_state = h_start > 0 and k.kind == "government" and words[0] in self.c.body_words
            # (in Persian, a word before the name that heads no body makes another name: 'تحریک طالبان' (the
            # Pakistani Taliban movement) is not the Taliban, where 'گروه طالبان' (the Taliban group) is)
            other_name = h_start > 0 and not self.words.verb_first and words[0] not in self.c.body_words | self.c.heads
            before = [fold_words(t[0]) for t in key_tokens(raw[:h_start])]
            # ('گروه تروریستی X', 'گروهک مسلح X': the head word and an epithet before the name on file, X)
            epithet = not self.words.verb_first and len(before) >= 2 and all(w in EPITHETS_FA for w in before[1:])
            if (
                (len(before) <= 1 or (epithet and before[0] in self.c.body_words))
                and k.type in ("actor", "group")
                and words[0] not in self.c.titles
                and not of_state
                and not other_name
            ):
                name = raw[h_start:h_end]
                return self._named(self.entity(name, para.number, start + h_start, sentence), f"'{raw}' names {k.name}")
        # ('مسؤول عراقي رفيع', an official: an unnamed one, indefinite, with indefinite adjectives, is described by
        # them; 'مسؤول الإعلام في الحركة سامي الوردي' names one)
        unnamed = (
            self.words.verb_first
            and words[0] in self.c.heads
            and not any(w.startswith(DEFINITE) for w in words)
            and all(w.endswith(("\u064a", "\u0647")) or w in INDEFINITE_ADJECTIVES for w in words[1:])
        )
        if words[0] in self.c.titles and self.words.verb_first and not unnamed:
            n_name = self._trailing_name(words)
            if n_name:  # 'وزير الخارجية العراقي ابراهيم الجعفري': an office and its body, then the name
                name = " ".join(raw.split()[-n_name:])
                return self._named(
                    self.entity(name, para.number, start + raw.rindex(name), sentence, person=True),
                    "named after their office",
                )
        if words[0] in self.c.titles and not self.words.verb_first and not hits:
            n_name = self._trailing_name_fa(raw.split(), words)
            last = re.search(rf"\S+(?:\s+\S+){{{n_name - 1}}}$", raw) if n_name else None
            if last:  # 'سخنگوی وزارت خارجه X رضا کاظمی': an office and its body, then the name, as with the comma
                return self._named(
                    self.entity(last.group(), para.number, start + last.start(), sentence, person=True),
                    "named after their office",
                )
        if (words[0] in self.c.titles or self._rank_grade(words, 0)) and not unnamed:
            # 'المتحدث سامر الحداد': an office, then a name of 2-4 words (and 'امیر سرتیپ X', a title before a rank)
            raw_words = raw.split()
            n_titles = self._leading_titles(words)
            rest_words = words[n_titles:]
            if not self.words.verb_first and len(rest_words) >= 3 and territory_fa(raw_words[n_titles]):
                # ('رئیس‌جمهور قطر علی محمدی': the office's country, then the name; no person 'قطر علی محمدی')
                n_titles += 1
                rest_words = rest_words[1:]
            if (
                2 <= len(rest_words) <= 4
                and not any(w in self.c.body_words or w in self.c.stops for w in rest_words)
                and not hits  # 'نماینده کشور X': an office of a country on record, not a name
                # ('مسئولان محلی طالبان', 'مسئولان امنیتی پاکستان': officials, many, described by the words after
                # their plural office; no one person is named after it)
                and words[0] not in PLURAL_OFFICES_FA
                # ('والی ولایت نور', 'فرماندار شهر X': the governor of a province or a city, no person 'ولایت نور')
                and (self.words.verb_first or rest_words[0] not in PLACE_WORDS_FA)
                and all(self._name_word(w.strip(PUNCT), i == 0) for i, w in enumerate(rest_words))
            ):  # ('المتحدث باسم الحركة': 'on behalf of the movement' is no name)
                # (found where it stands, spaces as written: 'سردار X  Y' with two spaces is no substring 'X Y')
                name_at = re.search(rf"\S+(?:\s+\S+){{{len(raw_words) - n_titles - 1}}}$", raw)
                if name_at:
                    return self._named(
                        self.entity(name_at.group(), para.number, start + name_at.start(), sentence, person=True),
                        "named after their office",
                    )
        if self.words.verb_first and words[0] in self.c.titles:
            # 'عضو تحالف "النور" سامي الوردي': an office, its body's name in marks, then the holder's name (before
            # an office alone is read as the last person who spoke: the name after the marks is someone new)
            after_marks = re.search(r'[\u201d\u00bb"]\s*+([^\u201d\u00bb"\u201c\u00ab]+)$', raw)
            name = after_marks.group(1).strip() if after_marks else ""
            if 2 <= len(name.split()) <= 3 and all(
                self._name_word(w, k == 0) for k, w in enumerate(fold_words(name).split(" "))
            ):
                at = start + after_marks.start(1) + after_marks.group(1).index(name)  # type: ignore[union-attr]
                return self._named(
                    self.entity(name, para.number, at, sentence, person=True), "named after their office"
                )
        # (not an indefinite office in Arabic, 'مسؤول أمني إيراني' (an Iranian security official): someone new)
        # (nor one whose indefinite office takes its body after a preposition, 'نائب في البرلمان', 'قيادي في الحركة' (an
        # MP in parliament): the article after 'في' makes the body definite, not the one who holds the office)
        office_words = words[: words.index(IN)] if IN in words else words
        indefinite = self.words.verb_first and not any(w.startswith(DEFINITE) for w in office_words)
        holder = self._office_holder_fa(words) if words[0] in self.c.titles else None
        if holder is not None:
            # ('وزیر خارجه کسلیا، رضا کاظمی، گفت ...' then 'علی محمدی، رئیس جمهور قطر، ...' then 'وزیر خارجه افزود':
            # the office, or its first words, is the one person the article named with it, not whoever spoke last)
            return self._named(holder, f"'{raw}' read as {holder.label}, named before with that office")
        just_named = self.last
        if (
            self.words.verb_first
            and words[0] in self.c.titles
            and just_named is not None
            and just_named.how == NAMED_HOW
            and just_named.entity is not None
            and just_named.person
            and any(self._office_fits(words, o) for o in self._offices_of(just_named.entity))
        ):
            # 'ووصل المتحدث باسم لواء كيسل X إلى ... . وقال المتحدث': the office alone is the one just named with it
            # (one only named with no office is not: 'قتل X في غارة. وقال المتحدث', below)
            return self._again(just_named, f"'{raw}' read as {just_named.label}, named just before with that office")
        if (
            words[0] in self.c.titles
            and self._last_person() is not None
            and not indefinite
            and (self.words.verb_first or not self._office_of_someone_else(words))
            and not self._other_office_fa(words)
            and words[0] not in PLURAL_OFFICES_FA
        ):
            holder = self._other_holder(words) if self.words.verb_first else None
            if holder is not None:
                return self._named(holder, f"'{raw}' read as {holder.label}, whom the article names with that office")
            # (in Arabic, an office of another body than the last person's is someone else, once no one earlier was
            # named with it: 'وزير الدفاع X ... القيادي في حزب Y Z ... وقال وزير الدفاع' is X's, above)
            if not (self.words.verb_first and (self._office_of_someone_else(words) or self._office_of_accused(words))):
                return self._again(self.last, f"'{raw}' read as {self.last.label}, named before")  # type: ignore[union-attr]
        nominative = self._nominative_description(raw) if self.words.verb_first else None
        if nominative is not None:
            # ('قال X إن مصدرا أمنيا نفى', 'لكن متحدثا باسم الحكومة نفى'): the one unnamed, as a denier is named
            return Speaker(nominative, None, nominative, person=True, how="unnamed; described, in the nominative")
        if words[0] in self.c.heads or words[0] in self.c.titles:
            # (a name in marks within the description reads as without them: 'فرمانده «جنبش X»', 'فرمانده جنبش X')
            description = re.sub(r"\s+", " ", re.sub(MARKS, "", raw)).strip()
            return Speaker(description, None, description, person=True, how="unnamed; as the text describes them")
        # (a state's formal name, 'جمهوری اسلامی ایران', counts as one word: 'روابط عمومی وزارت امور خارجه جمهوری
        # اسلامی ایران' is a body's office, eight words long)
        # (in Persian, a body's office within a body within a body runs longer: 'روابط عمومی قرارگاه قدس جنوب شرق
        # نیروی زمینی سپاه پاسداران', the public relations of a base of the Guards' ground force, ten words; so when
        # it opens with a body's word or 'روابط عمومی' and names at least two bodies, one within the other, no 'و')
        chain = (
            not self.words.verb_first
            and (words[0] in self.c.body_words or words[:2] == PUBLIC_RELATIONS_FA)
            and sum(w in self.c.body_words for w in words) >= 2
            and AND_FA not in words  # (a chain, not a list: 'روابط عمومی وزارت امور خارجه و دفاع ملی کشور')
        )
        # (an Arabic rank is a title of the name after it, not a word of the office: 'مكتب وزير الدفاع الكسلي اللواء
        # الركن X' is no longer a subject than the same without 'الركن', whose name ends it)
        ranks = sum(w in RANKS for w in words) if self.words.verb_first else 0
        if len(words) - self._state_form_words(words) - ranks > (10 if chain else 7):
            # too long for a name: when it ends with an office of a body ('... سخنگوی طالبان', after a byline run
            # into the name), the office describes the speaker
            last_title = max((i for i, w in enumerate(words) if w in self.c.titles), default=-1)
            if last_title >= 2 and 2 <= len(words) - last_title <= 4 and len(raw.split()) == len(words):
                office = " ".join(raw.split()[last_title:])
                return Speaker(office, None, office, person=True, how="the office at the end of a long subject")
            return None
        return self._named(self.entity(raw, para.number, start, sentence), "named")

    def _nominative_description(self, raw: str) -> str | None:
        """An Arabic description of someone unnamed in the indefinite accusative, as it stands after 'إن', 'أن' or
        'لكن' ('مصدرا أمنيا', 'مسؤولا كسليا', 'متحدثا باسم الحكومة'), in the nominative ('مصدر أمني'): the accusative's
        alif is dropped from its head, an office or a description's head, and from the adjectives after it without the
        article; the rest ('باسم الحكومة', 'في الوزارة', 'من الحركة') stays as written. None for any other subject."""
        tokens = re.sub(MARKS, "", raw).split()
        head = ACCUSATIVE_END.sub("", tokens[0]) if tokens else ""
        if not head or head == tokens[0] or not (fold_words(head) in self.c.heads or fold_words(head) in self.c.titles):
            return None
        out = [head]
        for k, token in enumerate(tokens[1:], 1):
            bare = ACCUSATIVE_END.sub("", token)
            if bare == token or token.startswith(DEFINITE) or len(bare) < 3:
                out += tokens[k:]
                break
            out.append(bare)
        return " ".join(out)

    def _office_of_body_on_file(self, raw: str, words: list[str], para: Paragraph, start: int) -> str | None:
        """The words of an office that speaks for a body on file and of the body ('المكتب الإعلامي لحركة X', 'دفتر
        رسانه‌ای جنبش X'), where ``raw`` is the office and the body's name, or the office alone with 'في X' (in X)
        right after it; else None. The body's name must end the words, whole: 'المكتب الإعلامي لحركة X في Y' is
        read as before."""
        n = self.c.body_office_at(words)
        raw_words = raw.split()
        if not n or len(raw_words) != len(words):
            return None
        office, rest, joiner = " ".join(raw_words[:n]), " ".join(raw_words[n:]), " "
        if not rest and self.words.verb_first:
            # ('وقالت الدائرة الإعلامية في حركة X': the subject read ended before 'في', the body after it)
            after = para.text[start + len(raw) : start + len(raw) + 80]
            # في لدى, and as Egyptian outlets write them with the other final yeh ('فى', 'لدي')
            in_body = re.match(r"\s+(?:\u0641[\u064a\u0649]|\u0644\u062f[\u0649\u064a])\s+", after)
            if in_body is None:
                return None
            joiner, rest = in_body.group(), after[in_body.end() :]
        elif rest and (fold_words(rest.split()[0]) in (IN, "\u0644\u062f\u064a") or rest.split()[0] in OF_APART):
            # في، لدى (folded: لدي); and 'لـ' written apart ('المركز الإعلامي لـ هيئة X')
            joiner, rest = f" {rest.split()[0]} ", rest.split(None, 1)[1] if len(rest.split()) > 1 else ""
        hits = self.index.scan(rest)
        if not hits or hits[0][2].type not in ("actor", "group") or rest[: hits[0][0]].strip(DOUBLE_MARKS + " "):
            return None
        if not raw_words[n:]:
            rest = rest[: hits[0][1]]  # (the body's name ends what was read after the subject)
        elif len(hits) > 1 or rest[hits[0][1] :].strip(DOUBLE_MARKS + " \u060c,."):
            return None
        return " ".join(re.sub(MARKS, " ", f"{office}{joiner}{rest}").split())

    def _office_of_body_named(
        self, raw: str, words: list[str], para: Paragraph, start: int, sentence: Sentence
    ) -> Speaker | None:
        """The body whose office speaks, not on file ('المكتب الإعلامي لحزب X', 'روابط عمومی تیپ X'): the office speaks
        for its body, which is the speaker (in the office's words), as "the X Party's media office" is the party; never
        a body of its own named after the office, nor a second denier beside the body. None where the words after the
        office are no body's name (a person's office, 'المكتب الإعلامي لرئيس الوزراء'; 'للحكومة', a body's word alone,
        which names no body but describes one)."""
        n = self.c.body_office_at(words)
        raw_words = raw.split()
        if not n or len(raw_words) != len(words) or len(raw_words) <= n:
            return None
        k, first, skip = n, raw_words[n], 0  # (the body's first word, and the letters before it in its token)
        if first in OF_APART or fold_words(first) in (IN, "\u0644\u062f\u064a"):  # 'لـ', 'في', 'لدى' written apart
            if len(raw_words) == n + 1:
                return None
            k, first = n + 1, raw_words[n + 1]
        elif self.words.verb_first and first.startswith("\u0644\u0644") and fold_words(first[1:]) in self.c.body_words:
            first, skip = first[1:], 1  # ('للواء X', of the brigade X: 'ل' on a body's word that opens with 'ل')
        elif self.words.verb_first and first.startswith("\u0644\u0644") and fold_words(first[2:]) in self.c.body_words:
            # ('للحزب الكسلي', of the Kesslian party: 'ل' on the article, whose alef it drops; the body named with its
            # article, as 'الحزب الكسلي' is written)
            first = "\u0627" + first[1:]
        elif self.words.verb_first and first[:1] == "\u0644" and not first.startswith("\u0644\u0644"):
            bare = first[1:].lstrip("\u0640")  # ('لحزب X', 'لـكتائب X': of the party, of the brigades)
            first, skip = bare, len(first) - len(bare)
        if fold_words(first).removeprefix(DEFINITE[0]) not in self.c.body_words:
            return None
        rest = " ".join((first, *raw_words[k + 1 :]))
        # (a body's word alone is no name, 'مكتب المتحدث باسم الحكومة' (the government): the office is read as before,
        # as the bureau 'مكتب المتحدث' names again; nor a list of bodies, 'روابط عمومی وزارت امور خارجه و دفاع ملی
        # کشور', nor a name too long to be one)
        folded_rest = fold_words(rest).split(" ")
        if not 2 <= len(folded_rest) <= 6 or AND_FA in folded_rest:
            return None
        at = len(" ".join(raw_words[:k])) + (1 if k else 0) + skip
        body = self.entity(rest, para.number, start + at, sentence, person=False)
        return Speaker(raw, body, person=False, how=f"'{raw}' read as {body.label}, whose office speaks for it")

    def _state_form_words(self, words: list[str]) -> int:
        """How many of folded Persian words are the form of a state before its country's name ('جمهوری اسلامی' in
        'وزارت خارجه جمهوری اسلامی ایران', 'پادشاهی' in 'سفارت پادشاهی عربستان'); 0 in Arabic."""
        if self.words.verb_first:
            return 0
        n = 0
        for i, w in enumerate(words):
            if w in STATE_FORMS_FA:
                j = i + 1
                while j < len(words) and words[j] in STATE_FORMS_FA:
                    j += 1
                n += j < len(words) and territory_fa(words[j])
        return n

    def _share_of_group(self, words: list[str]) -> bool:
        """Whether folded subject words are a share of a group: a word for 'some' or 'a number of', then the group
        after 'از' or 'من' ('شماری از اعضای مجلس', 'عدد من النواب') or right after it ('برخی مقامات', 'بعض
        المسؤولين', 'معظم النواب'); no time nor stop word after it ('بعض الوقت')."""
        if len(words) < 2 or words[0] not in self.c.shares:
            return False
        after_from = words[1] in (OF, FROM_FA)
        group = words[2] if after_from and len(words) > 2 else "" if after_from else words[1]
        if not group.isalpha() or group in self.c.stops or group in self.c.time_words or group in WHEN_WORDS:
            return False
        # (in Arabic the group is definite, 'بعض المسؤولين', or follows 'من': 'عدد من النواب')
        return not self.words.verb_first or after_from or group.startswith("\u0627\u0644")

    def _aide_of_a_name(self, words: list[str]) -> bool:
        """Whether an Arabic subject is an aide's office without the article, then a person's name of two to four
        words whose first is a given name: 'مستشار سامي الوردي' (Sami al-Wardi's adviser), 'نائب خالد الكسلي'."""
        if len(words) < 3 or words[0] not in AIDES or not given_or_family_name(words[1]):
            return False
        return len(words) <= 5 and all(self._name_word(w.strip(PUNCT), i == 1) for i, w in enumerate(words[1:], 1))

    def _other_holder(self, words: list[str]) -> Entity | None:
        """The one person before the last speaker whom the article names with the office ``words`` (folded), when
        the last speaker was named with another office: 'قال وزير الدفاع الكسلي سامي الوردي ... وقال رئيس الوزراء
        خالد الكسلي ... وقال وزير الدفاع (or الوزير): «...»' is Sami's, not Khalid's (an office alone stood for the
        last speaker whatever office he was named with). None when the last speaker may hold it, or several do."""
        words = [w.strip(PUNCT) for w in words]

        def holds(office: str) -> bool:
            # the office's words in its order, the first the same: 'وزير الدفاع' of 'وزير الدفاع الكسلي', 'الوزير'
            # (its head with the article) of it too but not of 'رئيس الوزراء', 'المتحدث باسم الحركة' of 'المتحدث
            # باسم حركة النور'
            held = office.split(" ")
            bare = [w[2:] if w[:2] == "\u0627\u0644" and w not in held and w[2:] in held else w for w in words]
            if not bare or bare[0] != held[0]:
                return False
            rest = iter(held)
            return all(w in rest for w in bare)

        last = self.last.entity if self.last is not None else None
        if last is None:
            return None
        mine = self._offices_of(last)
        if not mine or any(holds(o) for o in mine):
            return None
        ids = {i for o, held_by in self.offices.items() if holds(o) for i in held_by}
        if len(ids) != 1:
            return None
        return next((e for e in self.entities if id(e) in ids and e.person), None)

    def _offices_of(self, ent: Entity) -> list[str]:
        """The offices, folded, the article named a person with (:meth:`_note_office`)."""
        return [o for o, ids in self.offices.items() if id(ent) in ids]

    def _office_fits(self, words: list[str], office: str) -> bool:
        """Whether an office alone is written as a noted office, or its first words: 'وزیر', 'وزیر خارجه' for
        'وزیر خارجه کسلیا', never 'وزیر خارجه قطر' nor 'سخنگوی جنبش نمونه' (and 'this' aside, its head without
        the ezafe: 'سخنگوی این جنبش', 'سخنگو' for 'سخنگوی جنبش نمونه')."""
        bare = [w.strip(PUNCT) for w in words if w.strip(PUNCT) and w.strip(PUNCT) not in self.c.demonstratives]
        held = office.split(" ")
        if not bare or bare[0].removesuffix("\u064a") != held[0].removesuffix("\u064a"):
            return False
        return set(bare[1:]) <= set(held)

    def _office_holder_fa(self, words: list[str]) -> Entity | None:
        """In Persian, the one person the article named with the office ``words`` stand for, if only one is."""
        if self.words.verb_first:
            return None
        holders = {
            id(ent): ent
            for ent in self.entities
            if ent.person and any(self._office_fits(words, o) for o in self._offices_of(ent))
        }
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _other_office_fa(self, words: list[str]) -> bool:
        """In Persian, whether the last speaker was named with offices and the office ``words`` is none of them:
        'رضا کاظمی، وزیر خارجه کسلیا، گفت ...' then 'سخنگوی جنبش نمونه گفت' is someone else."""
        last = self.last
        if self.words.verb_first or last is None or last.entity is None:
            return False
        offices = self._offices_of(last.entity)
        return bool(offices) and not any(self._office_fits(words, o) for o in offices)

    def _office_of_this(self, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether three tokens are an office, 'this' and a body word ('سخنگوی این وزارتخانه'), in Persian."""
        return len(tokens) == 3 and self._office_of_this_words([t[3] for t in tokens])

    def _office_of_this_words(self, words: list[str]) -> bool:
        return (
            not self.words.verb_first
            and words[0] in self.c.titles
            and words[1] in self.c.demonstratives
            and words[2] in self.c.body_words
        )

    def _office_of_someone_else(self, words: list[str]) -> bool:
        """Whether a Persian office that names its body ('سخنگوی جنبش نمونه', the movement's spokesman) is not the
        last person's: they were never named with it. 'فرهاد صدری گفت ...' then 'سخنگوی جنبش نمونه این خبر را تکذیب
        کرد' is a second speaker, as 'بهرام نیک‌زاد، سخنگوی جنبش نمونه، گفت ...' then 'سخنگوی جنبش نمونه افزود' is
        the first again (the office alone, 'سخنگو', still reads as the last person). In Arabic, see
        :meth:`_office_of_another_body`."""
        if self.last is None or self.last.entity is None:
            return False
        if self.words.verb_first:
            return self._office_of_another_body(words)
        if not any(w in self.c.body_words for w in words[1:]):
            return False
        # (its words, 'this' aside, among those of an office they hold: 'سخنگوی این جنبش', 'سخنگوی جنبش' are the
        # 'سخنگوی جنبش نمونه' named before)
        office = {w.strip(PUNCT) for w in words} - self.c.demonstratives
        held = [set(o.split(" ")) for o in self._offices_of(self.last.entity)]
        # (an office that spoke before unnamed, 'فرمانده سپاه ... استان X' in the lead then 'سردار Y', is the one the
        # article goes on to name: the last person, as before)
        spoke = [
            set(fold_words(s.label).split(" ")) for s in self.spoken if s.entity is None and s.described and s.person
        ]
        return not any(office <= o or o <= office for o in held + spoke)

    def _office_of_another_body(self, words: list[str]) -> bool:
        """In Arabic, whether an office that names its body ('المتحدث باسم وزارة الداخلية') is not the last person's:
        each office the article named them with names a body, and none of those is this one ('المتحدث باسم وزارة
        الدفاع الكسلية X' spoke; the Interior Ministry's spokesman is someone else). The same body written shorter or
        longer is theirs ('وزارة الدفاع' for 'وزارة الدفاع الكسلية'), and an office that calls its body by its head
        word alone ('المتحدث باسم الوزارة', 'الحركة') or names none ('الوزير') still stands for them."""
        mine = self._body_of_office(words)
        held = self._offices_of(self.last.entity) if self.last is not None and self.last.entity is not None else []
        if mine is None:
            return False
        if not held:
            # ('وقال ليث عارف إن ... . لكن المتحدث باسم كتائب X نفى ذلك'): one the article named with no office at all,
            # and no record on file that may hold it, is not the spokesman of a body named now, a second speaker
            return self.last is not None and self.last.entity is not None and self.last.entity.known is None
        theirs = [self._body_of_office(o.split(" ")) for o in held]
        return all(b is not None and not (mine <= b or b <= mine) for b in theirs)

    def _body_of_office(self, words: list[str]) -> set[str] | None:
        """The folded words of the body an Arabic office names, from its body's word on ('وزاره الداخليه' of
        'المتحدث باسم وزاره الداخليه', 'الدفاع' of 'وزير الدفاع', 'وزاره' of 'لوزاره'); by its head word with the article
        alone ('الوزاره'), the latest body the article named with that head ('وزارة الداخلية' named after the last
        person spoke); None where it names no body, or none was named so."""
        bare = [self._bare(w.strip(PUNCT)) for w in words]
        at = next((k for k, w in enumerate(bare) if k and w in self.c.body_words), None)
        if at is None:
            return None
        body = bare[at:]
        if len(body) == 1 and body[0].startswith(DEFINITE[0]) and body[0][2:] in self.c.body_words:
            head = body[0][2:]
            named = next((p for p, *_ in reversed(self.bodies) if fold_words(p).split(" ")[0] == head), None)
            return None if named is None else {self._bare(w.strip(PUNCT)) for w in fold_words(named).split(" ")}
        return set(body)

    def _last_person(self) -> Speaker | None:
        """The last speaker, when an office alone ('الوزير', 'سخنگوی طالبان') can stand for them: a person
        on record, or named with at least two words (a one-word name is as likely a place: 'بغداد')."""
        last = self.last
        if last is None or last.entity is None or not last.person or last.how == NAMED_HOW:
            return None  # (not one only named: 'قتل X في غارة. وقال المتحدث', the spokesman is someone else)
        if last.plural:
            return None  # ('رسانه‌های کسلیا گزارش دادند ... فرماندار زاهدان گفت': a group of people holds no office)
        if last.entity.known is None and len(last.entity.name.split()) < 2:
            return None
        return last

    @staticmethod
    def _spokesmans_word(word: str) -> bool:
        """Whether a folded Arabic word is a spokesman's office or its 'official', which 'باسم' (on behalf of) follows
        ('المتحدث باسم', 'الناطق الرسمي باسم', 'متحدثة باسم')."""
        return word in SPEAKS_FOR_AR

    def _names_a_person(self, words: list[str]) -> bool:
        """Whether folded ``words`` are each a word of a person's name (:meth:`_name_word`); 'باسم' opening them is the
        given name Basem, not 'on behalf of', where a plain given or family name follows it that names no body
        ('القيادي في حماس، باسم نعيم،'; not 'باسم حماس', 'باسم فتح', 'باسم الحركة')."""
        if words[:1] == [IN_NAME_OF] and len(words) >= 2:
            after = words[1]
            if after in LONE_BODIES_NAMED_AR or not (self._name_word(after, True) and given_or_family_name(after)):
                return False
            return all(self._name_word(w, False) for w in words[1:])
        return all(self._name_word(w, k == 0) for k, w in enumerate(words))

    def _name_word(self, word: str, first: bool) -> bool:
        """Whether a folded word can be part of a person's name: a plain word, not an office or a body."""
        if not word.isalpha() or word in NOT_NAMES or word in ON_ITS_BEHALF:
            return False
        # (the name علي folds as the word على, and 'صباح' (morning) is a given name too; the subject was cut before)
        stop = word in self.c.stops and word not in (ON, MORNING)
        if word in self.c.titles or word in self.c.body_words or stop or word in self.c.heads:
            return False
        if self.words.verb_first and word[:1] == "\u0644" and word[1:] in self.c.body_words:
            return False  # 'لوزارة' (of the ministry), in 'المتحدث الرسمي لوزارة الدفاع X': a body, no given name
        if self.words.verb_first and (word in DEMONSTRATIVES_AR or word[1:] in DEMONSTRATIVES_AR):
            # 'لهذه', 'بهذا' (of this, with this): 'رئيس العلاقات العامة لهذه القوة' names the body said before, no
            # one's name
            return False
        stem = word[: -2 if word[-2:] != "\u0645\u0627" else -3] if word.endswith(ITS) else ""
        # (a word that ends with 'ة' writes it 'ت' before the pronoun: 'قيادتها', folded 'قياده')
        stems = {stem, stem[:-1] + "\u0647"} if stem.endswith("\u062a") else {stem}
        if self.words.verb_first and stem and not stems.isdisjoint(self.c.body_words | self.c.heads | self.c.titles):
            return False  # 'عضو مكتبها السياسي' (a member of its political bureau): the body named before, no name
        return not (first and self.words.verb_first and word.startswith("\u0627\u0644"))  # an Arabic name: no 'ال'

    def _name_before_office(self, words: list[str]) -> tuple[int, int]:
        """(length, start) of a person's name written before their office ('X Y، سخنگوی ...' without the comma).

        Honorifics before the name ('سردار', 'الشيخ') are set aside; the name is two to four plain words and an
        office word follows it. (0, 0) when the subject is not so written.
        """
        lead = self._leading_titles(words)
        # (in Persian the office may carry its ezafe written as a 'ی' after its final 'ه': 'X Y فرماندهی کل نیروهای
        # Z', X Y commander-in-chief of Z, is 'فرمانده' in construct, however a command ('فرماندهی') reads alone)
        persian = not self.words.verb_first
        office = next(
            (
                i
                for i in range(lead + 2, min(len(words), lead + 5))
                if words[i] in self.c.titles or (persian and without_ezafe(words[i]) in self.c.titles)
            ),
            None,
        )
        if office is None or len(words) != len(fold_words(" ".join(words)).split(" ")):
            return 0, 0
        if not all(self._name_word(w, i == lead) for i, w in enumerate(words[lead:office], start=lead)):
            return 0, 0
        return office - lead, lead

    def _trailing_name(self, words: list[str]) -> int:
        """How many of a subject's last words are a person's name, after an office: 0 when none is.

        An Arabic office and the body it serves are definite ('الخارجية العراقي', 'باسم الخارجية الإيرانية'),
        while a given name takes no article: the name is the run of words without 'ال' at the end (its last
        word, a surname, may have it: 'الجعفري'; 'عبد الله' is one name). Two to four words.
        """
        if len(words) != len(fold_words(" ".join(words)).split(" ")):
            return 0

        def definite(w: str) -> bool:
            return w.startswith(DEFINITE)

        def plain(w: str) -> bool:  # a word of a name without the article
            return not definite(w) and self._name_word(w, False)

        def given(k: int) -> bool:  # a word of a given name: plain, or 'الله', 'الدين' after 'عبد' or a plain word
            if self._rank_grade(words, k):
                return False  # ('الفريق أول سامي حمدان': 'أول' is the rank's grade, no word of the name)
            return plain(words[k]) or (
                definite(words[k]) and (words[k - 1] in ABD or (words[k] in OF_GOD and k > 0 and plain(words[k - 1])))
            )

        i, n = len(words) - 1, 0
        if i > 1 and definite(words[i]) and given(i - 1):
            i, n = i - 1, 1  # the surname
        while i > 0 and given(i):
            i, n = i - 1, n + 1
        if (
            n >= 3
            and (definite(words[i]) or words[i] in self.c.titles)
            and self._of_a_body(words[i + 1])
            and (given_or_family_name(words[i + 2]) or (i + 3 < len(words) and words[i + 3] in OF_GOD))
        ):
            # 'عضو المكتب السياسي لحماس سامي الوردي', 'المتحدث الرسمي لطالبان ذبيح الله X': a body of one word after
            # 'لـ' (of), whose office it is, then the holder's name (a compound with a name of God one), no word of it
            return n - 1 if n - 1 <= 4 else 0
        if (
            n
            and i > 0
            and words[i] == IN_NAME_OF
            and self._names_a_person(words[i:])
            and not self._spokesmans_word(words[i - 1])
        ):
            # 'القيادي باسم نعيم', 'القيادي في حماس باسم نعيم': after an office that speaks for no one, 'باسم' and a
            # given or family name open the holder's name (Basem), as after 'الناطق باسم' they never do
            i, n = i - 1, n + 1
            while i > 0 and given(i):
                i, n = i - 1, n + 1
        # a rank is followed by a name, whose given name may take the article ('العقيد الطاهر محمود عوض'): it is the
        # first of the name, not a word of the office
        after_rank = i > 0 and words[i - 1] in RANKS and words[i] not in RANK_QUALIFIERS
        if 1 <= n <= 3 and after_rank and definite(words[i]) and self._name_word(words[i], False):
            i, n = i - 1, n + 1
        if n and self._and_joined(words[i + 1]):
            # 'ودعا المتحدث المواطنين ووسائل الإعلام إلى ...' (called on the citizens and the media): a noun joined
            # by 'and' is one more of those spoken to, after the verb's object; a name after an office never opens so
            return 0
        # An office without the article governs the words after it, up to the one that ends the chain: 'وزير
        # خارجية كسلان X', 'رئيس حكومة كسلان X' (the last of the chain a place, not a given name); so the name
        # starts after it, as after 'وزير الخارجية الكسلي X'.
        # (a deputy's office without the article before another, 'نائب رئيس كتائب X', 'مساعد وزير الدفاع': the chain
        # runs through both, and the second governs the body)
        lead = 0
        while (
            lead + 2 < len(words)
            and not definite(words[lead])
            and words[lead] in self.c.titles
            and not definite(words[lead + 1])
            and words[lead + 1] in self.c.titles
        ):
            lead += 1
        chain = lead + 1 if not definite(words[lead]) and words[lead] in self.c.titles else 0
        if chain and len(words) > lead + 2 and not definite(words[lead + 1]) and words[lead + 1] not in self.c.titles:
            chain = lead + 2
        if chain == lead + 2 and i + 1 <= chain and not given_or_family_name(words[chain]):
            first = chain + 1  # ('رئيس هيئة أركان جيش كسلان X': the chain may run on; a name needs two words)
            while first < len(words) - 2 and not given_or_family_name(words[first]):
                first += 1
            n = len(words) - first
            return n if 2 <= n <= 4 else 0
        if (
            chain == lead + 2
            and i + 1 < chain
            and given_or_family_name(words[chain])
            and not given_or_family_name(words[lead + 1])
        ):
            # 'سفير كسلان علي حسن' (Kesslan's ambassador Ali Hasan): the chain ends on its place, and a given name
            # starts the holder's; the place is no word of his name
            n = len(words) - chain
            return n if 2 <= n <= 4 else 0
        if words[i] == IN and i >= 1 and words[0] in self.c.titles and n >= 3:
            # 'القيادي في حماس سامي أبو زهري', 'رئيس المجلس السياسي في صنعاء مهدي المشاط': after 'في', one word
            # without the article names the office's body or place, and the holder's name follows it
            first = i + 2
            if given_or_family_name(words[first]) and 2 <= len(words) - first <= 4:
                return len(words) - first
        head = i + 1 if words[i] in NOT_NAMES else i if i > 0 and words[i - 1] in NOT_NAMES else 0
        if head and len(words) - head >= 4 and words[head] in self.c.body_words:
            # 'المتحدث باسم لواء كيسل دارا فيني': a body's name of plain words after 'باسم', as after an office
            # without the article ('قائد لواء كيسل X' above), runs on into the holder's; his name opens with the first
            # word name data knows as a given or family name after the body's head word and one word of its name
            # ('باسم حركة حماس X': 'حماس' is the movement's)
            first = head + 2
            while first < len(words) - 2 and not given_or_family_name(words[first]):
                first += 1
            n = len(words) - first
            return n if 2 <= n <= 4 and given_or_family_name(words[first]) else 0
        if (
            not definite(words[i])
            and words[i] not in self.c.titles
            and words[i] not in ON_ITS_BEHALF
            and not self._rank_grade(words, i)
        ):
            return 0  # the name would start the subject: not an office then a name ('الناطق باسمها X' is one)
        if words[i].startswith("\u0644\u0644") and "\u0627" + words[i][1:] in self.c.titles:
            return 0  # 'الناطق باسم المكتب للسيد X' (of Sayyid X): a genitive's name, whose office it is
        return n if 2 <= n <= 4 else 0

    def _of_a_body(self, word: str) -> bool:
        """Whether a folded Arabic word is 'لـ' (of) written onto a word that is no given or family name: 'لحماس' (of
        Hamas), 'لطالبان'; not 'ليلى', 'لؤي', names of their own that name data knows."""
        return word[:1] == "\u0644" and len(word) > 3 and not given_or_family_name(word)

    def _and_joined(self, word: str) -> bool:
        """Whether a folded Arabic word has 'و' (and) written onto it rather than as its first letter: 'ووسائل' (and
        the means), 'ووليد' (and Walid), 'ومحمد'; not 'وليد', 'وسام', names of their own that name data knows."""
        if not self.words.verb_first or word[:1] != "\u0648" or len(word) < 4 or given_or_family_name(word):
            return False
        rest = word[1:]
        return rest[:1] == "\u0648" or given_or_family_name(rest)

    def _trailing_name_fa(self, raw_words: list[str], words: list[str]) -> int:
        """How many of a Persian subject's last words are a person's name after an office and its body, written
        without the comma ('سخنگوی وزارت خارجه کسلیا رضا کاظمی'): a Persian office gives no article to end at, so
        the name is the longest run of two to four plain words at the end that opens with a word name data knows as
        a given or family name, names no country, and leaves an office and a body's word before it; nor a word that
        ends the name of a body the article or the records know ('دبیرکل جنبش نور سامان رحیمی' after 'جنبش نور'
        spoke: 'نور' is the movement's). 0 if none."""
        if len(raw_words) != len(words):
            return 0

        def ends_a_body(i: int) -> bool:
            for b in (k for k in range(1, i) if words[k] in self.c.body_words):
                name = " ".join(raw_words[b : i + 1])
                if self.index.lookup(name) or name_key(name) in self.by_key:
                    return True
            return False

        for i in range(max(2, len(words) - 4), len(words) - 1):
            run = range(i, len(words))
            if (
                (given_or_family_name(raw_words[i]) or self._given_before_god_fa(raw_words, words, i))
                and not ends_a_body(i)
                and words[i] != ISLAMIC_FA
                and (
                    any(w in self.c.body_words for w in words[1:i])
                    or (i in (2, 3) and all(self._lone_body_fa(w) for w in raw_words[1:i]))
                )
                and all(self._name_word(words[j], j == i) for j in run)
                and not any(territory_fa(raw_words[j]) for j in run)
            ):
                return len(words) - i
        return self._name_after_country_fa(raw_words, words, len(words) - 2)

    def _lone_body_fa(self, raw_word: str) -> bool:
        """Whether one Persian word right after an office names its body, then its holder's name ('سخنگوی حماس رامین
        دلاوری', 'سخنگوی پژاک X Y'): a plain word that is no given or family name, no office, no claim's word nor a time."""
        word = fold_words(raw_word)
        return (
            word.isalpha()
            and not given_or_family_name(raw_word)
            and word not in self.c.titles
            and word not in self.c.stops
            and word not in DETERMINERS_FA
            and self.c.claims.fullmatch(word) is None
            and not is_weekday(word)
        )

    @staticmethod
    def _given_before_god_fa(raw_words: list[str], words: list[str], i: int) -> bool:
        """Whether the Persian word at ``i`` and 'الله' (God) after it are one given name written in two words ('ذبیح
        الله مجاهد', 'انعام الله سمنگانی'), as name data knows it written as one ('ذبیح‌الله'); not 'حزب الله'."""
        return (
            i + 2 < len(words) and words[i + 1] == OF_GOD_WORD and given_or_family_name(raw_words[i] + raw_words[i + 1])
        )

    def _name_after_country_fa(self, raw_words: list[str], words: list[str], i: int) -> int:
        """2 when the two Persian words from ``i`` are a person's name after an office, its body and the body's country
        ('سخنگوی وزارت امور خارجه ایران مرضیه افخم', 'وزیر دفاع عراق ترانه آذرپاد'), though name data knows neither word: the
        country ends the office's chain of words, as a comma would, so the two plain words after it are its holder's
        name; not a claim's word, a time ('روز دوشنبه') or another country's. 0 if not so."""
        if not (3 <= i == len(words) - 2) or words[0] not in self.c.titles or not territory_fa(raw_words[i - 1]):
            return 0
        if not any(w in self.c.body_words for w in words[1 : i - 1]):
            return 0
        run = words[i:]
        if any(
            not self._name_word(w, k == 0)
            or territory_fa(raw_words[i + k])
            or w in DETERMINERS_FA
            or self.c.claims.fullmatch(w)
            or w in STATE_FORMS_FA
            or w == ISLAMIC_FA
            or is_weekday(w)
            for k, w in enumerate(run)
        ):
            return 0
        return 2

    def _sources_described_before(self, noun: str, para: Paragraph, start: int, sentence: Sentence) -> Speaker | None:
        """In Arabic, who 'هذه المصادر' or 'هذا المصدر' (these sources, this source) are: the sources described earlier in
        the paragraph with that word without its article ('قال موقع X إنه بعد التواصل مع مصادر مقربة من Y، نفت هذه
        المصادر ...'), to the comma after them; never the outlet that tells of them, the last body that spoke. None
        when the noun is no word of an unnamed source, or the paragraph describes none before."""
        head = noun.removeprefix("\u0627\u0644")
        if head == noun or head not in SOURCE_NOUNS_AR:
            return None
        spoke = next((sp for sp in reversed(self.spoken) if fold_words(sp.label).split(" ")[0] == head), None)
        if spoke is not None:  # ('وقال مصدر في X ... ونفى هذا المصدر': the source that spoke)
            return self._again(spoke, f"'{noun}' read as {spoke.label}, who spoke before")
        words = list(re.finditer(r"\S+", para.masked[:start]))
        at = next((k for k in range(len(words) - 1, -1, -1) if fold_words(words[k].group()) == head), None)
        phrase = words[at : at + 6] if at is not None else []
        stop = next((k for k, w in enumerate(phrase) if w.group()[-1:] in "\u060c,.:\u061b"), None)
        if stop is None:  # (none described, or no comma closes the description: where it ends is not known)
            return self._again(self.last, f"'{noun}' read as the last speaker")
        begin, end = phrase[0].start(), phrase[stop].end() - 1
        return self.speaker(para.text[begin:end], para, begin, sentence)

    def _body_named_before(
        self, head: str, para: Paragraph, sentence: Sentence, before: int | None = None
    ) -> Entity | None:
        """'الوزارة' (the ministry): the latest body named with that head word ('وزارة الدفاع العراقية'); with
        ``before``, one named before that place in the paragraph (not the words 'this ministry' themselves)."""
        head = COMMON_HEADS.get(head, head)
        for phrase, p_number, p_start, p_sentence in reversed(self.bodies):
            if before is not None and p_number == para.number and p_start >= before:
                continue
            if fold_words(phrase).split(" ")[0].removeprefix("\u0627\u0644") == head:
                return self.entity(phrase, p_number, p_start, p_sentence)
        return None

    def _again(self, speaker: Speaker | None, how: str) -> Speaker | None:
        if speaker is None:
            return None
        return Speaker(speaker.label, speaker.entity, speaker.described, speaker.person, how, speaker.plural)

    def _spoke(self, speaker: Speaker) -> None:
        self.last = speaker
        self.spoken.append(speaker)
        if not speaker.person:
            self.last_body = speaker

    def _unjoined(self, word: str) -> str:
        """A folded word without the 'و' or 'ف' written onto it (:attr:`Words.prefixes`), where more than three
        letters are written ('وقال' is 'قال'; 'وعد', promised, is left whole)."""
        return word[1:] if word[:1] in self.words.prefixes and len(word) > 3 else word

    def _gender(self, verb: str) -> str | None:
        """'f' or 'm': the gender of a folded Arabic verb (أضافت، تقول؛ أضاف، يقول), None when it shows none."""
        verb = self._unjoined(verb)
        if verb[:1] in "\u062a\u064a" and in_present(verb, ""):
            return "f" if verb[:1] == "\u062a" else "m"
        stems = self.c.verb_forms
        if verb.endswith("\u062a") and (
            verb[:-1] in stems or verb[:-1] + "\u064a" in stems or verb[:-1] + "\u0627" in stems
        ):
            return "f"  # 'أضافت' from 'أضاف'; 'نفت', 'دعت' from 'نفى', 'دعا'
        return "m" if verb in stems else None

    def _agrees_with_deed(self, deed: str, said: str) -> bool:
        """Whether the folded Arabic verb of saying ``said`` agrees in gender with the folded past verb ``deed`` that
        opened the clause before it ('وقصفت ...، وقالت', not 'وعقدت ...، وقال'); a verb that shows no gender agrees."""
        gender = self._gender(said)
        return gender is None or (gender == "f") == deed.endswith("\u062a")

    def _agreeing(self, verb: str) -> Speaker | None:
        """The last speaker, or, when a gendered Arabic verb with no subject of its own ('وأضافت') disagrees with
        the gender of the verb that last speaker was the subject of, the latest earlier speaker that agrees."""
        return self._of_gender(self._gender(verb) if self.words.verb_first else None)

    def _accused_denier(self, sent: Sentence, verb: str, start: int) -> Speaker | None:
        """The one accused, when a verb of denying with no subject of its own answers the accusation: in its sentence
        ('واتهم X Y بقصف ...، وهو ما نفاه', which he denied), or in the next one of its paragraph when the verb's
        gender is not the accuser's ('واتهم ليث عارف الوزارة بقصف ... . لكنها نفت ذلك'): the one charged denies the
        charge, the accuser (the last speaker) does not; never a verb of the accuser's gender, which 'و' may join to
        the accusation, but after 'ما' or 'الذي' (the charge it denies), or after 'but' ('لكنه نفى ذلك', 'غير أنه نفى':
        the one charged answers, whatever the gender). ``start``: where the verb starts."""
        if self.accused is None:
            return None
        at, a_start, a_end, gender = self.accused
        para = sent.paragraph
        if at.paragraph is not para or at.start > sent.start:
            return None
        words = fold_words(para.text[sent.start : start]).split()
        before = words[-1:]
        what = before in (["\u0645\u0627"], ["\u0627\u0644\u0630\u064a"])  # 'وهو ما نفاه', 'الأمر الذي نفاه'
        # ('لكنه نفى', 'ولكنها نفت', 'غير أنه نفى', 'إلا أنها نفت': a contrast with the accusation is its answer)
        contrast = bool(words) and (
            any(words[-1].startswith(b) for b in BUT)
            or (len(words) > 1 and words[-2] in EXCEPT and words[-1].startswith("\u0627\u0646"))
        )
        if self._gender(verb) == gender and not (what or contrast):
            return None  # ('واتهمت الحركة الحكومة بـ...، ونفت أن ...': 'و' joins a verb that agrees with the accuser)
        if at.start < sent.start:
            following = next((s for s in para.sentences if s.start >= at.end), None)
            if following is None or following.start != sent.start or self._gender(verb) is None:
                return None
        return self.speaker(para.text[a_start:a_end], para, a_start, sent)

    def _office_of_accused(self, words: list[str]) -> bool:
        """Whether folded office ``words`` speak for the body just accused ('واتهم ليث عارف كتائب كيسل بـ... . لكن
        المتحدث باسم الكتائب نفى ذلك'): the accused's spokesman, not the accuser who spoke last."""
        if self.accused is None or IN_NAME_OF not in words:
            return False
        at, start, end = self.accused[:3]
        accused = {w.removeprefix("\u0627\u0644") for w in fold_words(at.paragraph.text[start:end]).split(" ")}
        body = {w.strip(PUNCT).removeprefix("\u0627\u0644") for w in words[words.index(IN_NAME_OF) + 1 :]}
        return bool(accused & body & self.c.body_words)

    def _of_gender(self, gender: str | None) -> Speaker | None:
        """The last speaker, or the latest earlier one whose verb had ``gender`` when the last one's had the other."""
        if gender is None or self.last is None or self.genders.get(self.last.label, gender) == gender:
            return self.last
        # (no one when the last is a person named, whose verb had the other gender, and no one earlier agrees:
        # 'وأشارت' after a man is not his but a paper's or a body's the text named without a verb of saying; not an
        # office described, 'دائرة العلاقات الإعلامية', whose noun may be feminine where its verb was not)
        named = (
            self.last.entity is not None
            and self.last.entity.person
            and given_or_family_name(self.last.label.split()[0])
            and looks_like_a_persons_name(self.last.label)
        )
        fallback = None if named and self.genders.get(self.last.label) is not None else self.last
        return next((sp for sp in reversed(self.spoken) if self.genders.get(sp.label) == gender), fallback)

    def _titles_only(self, words: list[str]) -> bool:
        """Whether folded Persian words are a person's ranks, clerical titles and honorifics only, one at least
        ('سردار', 'امیر سرتیپ دوم', 'حجت الاسلام والمسلمین', 'آقای')."""
        return bool(words) and all(
            w in PERSON_TITLES_FA or w in self.c.honorifics or w in RANKS_FA or self._rank_grade(words, i)
            for i, w in enumerate(words)
        )

    def _leading_titles(self, words: list[str]) -> int:
        """How many of the first folded words are titles ('العميد', 'اللواء الركن', 'سردار')."""
        return next(
            (i for i, w in enumerate(words) if w not in self.c.titles and not self._rank_grade(words, i)), len(words)
        )

    def _issuer_joined(self, rest: str) -> bool:
        """Whether Arabic words after a statement's noun open with its issuer, 'ل' (of) written onto it: a body
        ('لوزارة'), an office ('لرئيس'), a noun with the article ('للحركة'), a name in marks or after a tatweel
        ('لـ"X"'), a place or a person's name ('لسامي'); not a pronoun ('لها', 'لهما') nor a word whose 'ل' is its own
        ('لاحق', later; 'ليل', night)."""
        m = re.match(r"\u0644(\u0640?)(\S+)", rest)
        if m is None:
            return False
        word = m.group(2)
        if m.group(1) or word[:1] in OPENERS:
            return True
        bare = word.strip(PUNCT)
        fw = fold_words(bare)
        if fw in ITS or len(fw) < 3:
            return False  # ('لها', 'لهما', 'لهم': its, their; 'هما' is a given name too)
        return (
            fw.startswith("\u0644")  # ('للحركة': 'ل' and the article, its alif dropped)
            or fw in self.c.body_words
            or fw in self.c.titles
            or self._place(bare)
            or looks_like_a_persons_name(bare)
        )

    @staticmethod
    def _rank_grade(words: list[str], k: int) -> bool:
        """Whether folded word ``k`` is the grade of the rank before it ('أول' in 'الفريق أول X'): part of the rank; or
        a word of a title of two or three ('آية الله العظمى X', written apart)."""
        if in_title_of_god(words, k):
            return True
        if k > 0 and words[k] in RANK_GRADES_FA and words[k - 1] in GRADED_RANKS_FA:
            return True  # ('سرتیپ دوم کامران نوری': 'دوم' grades the rank)
        if words[k] == GUARD_RANK_FA and k > 0 and (words[k - 1] in PERSON_TITLES_FA or words[k - 1] in RANK_GRADES_FA):
            return True  # ('سرلشکر پاسدار X', 'سردار پاسدار X': the Guards' rank)
        if words[k] == ARMY_TITLE_FA and k + 1 < len(words) and words[k + 1] in GRADED_RANKS_FA:
            return True  # ('امیر سرتیپ دوم X': 'امیر' before a rank is an officer's title)
        return k > 0 and words[k] in RANK_GRADES and words[k - 1] in RANKS

    def _place(self, word: str) -> bool:
        """Whether a word names a country or a place: a territory, or a place on file."""
        territory = (lookup_territory(word) or named_state(word)) if self.words.verb_first else territory_fa(word)
        return bool(territory or self.index.lookup(word, ("place",)) is not None)

    def _add(self, unit: Unit) -> None:
        self.analysis.units.append(unit)
        text = fold_words(unit.text)
        self.analysis.mentioned[id(unit)] = [
            e for e in self.entities if e.known is None and fold_words(e.name) and fold_words(e.name) in text
        ]


# 'One of' in Persian, folded ('یکی از').
_ONE_OF = fold_words("\u06cc\u06a9\u06cc \u0627\u0632") + " "
# The plural endings of a Persian noun, folded: '-ها' (with its ezafe, '-های'), '-ان', and '-گان' for a final 'ه'
# ('نماینده', 'نمایندگان'), '-یان' after a vowel.
_PLURAL_ENDINGS = tuple(
    fold_words(e) for e in ("\u0647\u0627", "\u0647\u0627\u06cc", "\u0627\u0646", "\u06cc\u0627\u0646")
)
# A final 'ه' and the '-گان' that takes its place in the plural, folded.
_HEH, _GAN = fold_words("\u0647"), fold_words("\u06af\u0627\u0646")


def _one_of_that_kind(one: Speaker, many: Speaker) -> bool:
    """In Persian, whether an unnamed speaker described as one of a kind ('نماینده مجلس', a member of parliament) and
    another described as 'one of' that kind in the plural ('یکی از نمایندگان مجلس', one of the members of parliament)
    are one: news names its unnamed source so twice, once in the lead and once where it gives his words (not 'one of
    the ministers' beside an MP, nor the members of another body)."""
    if one.entity is not None or many.entity is not None or not one.described or not many.described:
        return False
    single, plural = fold_words(one.described).split(), fold_words(many.described)
    if not plural.startswith(_ONE_OF) or not single:
        return False
    rest = plural[len(_ONE_OF) :].split()
    if len(rest) != len(single) or rest[1:] != single[1:]:
        return False
    noun, nouns = single[0], rest[0]
    return any(nouns == noun + e for e in _PLURAL_ENDINGS) or (noun.endswith(_HEH) and nouns == noun[:-1] + _GAN)
