"""The Arabic-script reader's fourth stage: headlines, datelines, signatures, labels and names in marks.

:class:`HeadlinesStage` holds the rules for the parts of an article that are not plain sentences: a headline and who it
names before a colon, a subtitle, a statement signed below, a label and a colon in the body, and the short passages in
quotation marks that are names rather than quotations.
"""

from __future__ import annotations

import itertools
import re

from generator.draft.denials import Denial
from generator.draft.discourse import Speaker
from generator.draft.lang import is_headline, reads_as_headline
from generator.draft.lang.arabic_script.patterns import (
    AND_FA,
    ANSWERING_FA,
    BARE_THAT,
    BEFORE_THAT,
    BUT_FA,
    CREDIT,
    CUT_AFTER,
    DATELINE_COLON,
    DEFINITE,
    HEADED_STATEMENTS,
    HONORIFICS_AR,
    IN,
    IN_FA,
    IN_NAME_OF,
    LEARNED,
    MARKS,
    NEWS,
    NOT_OR_HAD,
    OF,
    OFFICE_APART_FA,
    OFFICIAL,
    ON,
    ON_PLATFORM,
    OPENERS,
    OPENERS_AFTER,
    PLACE_WORDS_AR,
    PLACE_WORDS_FA,
    PREPOSITIONS_FA,
    PRESENT_FA,
    PUNCT,
    RA,
    RANKS,
    REGION_WORDS_FA,
    REPORTER_FA,
    SENTENCE_END,
    SO_CALLED,
    THAT,
    THAT_KE_FA,
    TITLED_FA,
    TO_FA,
    TO_OUTLET,
    TOLD_IN,
    WE_DENY_AR,
    WITH_FA,
)
from generator.draft.lang.arabic_script.plain_text import (
    after_kicker,
    answers_at,
    country_name,
    date_line,
    find_script_quotes,
    in_brackets,
    in_present,
    name_stems,
    typed_marks,
    untagged,
    without_ezafe,
    without_place,
)
from generator.draft.lang.arabic_script.records import ReadAct, ReadSentence
from generator.draft.lang.arabic_script.subject_region import SubjectRegionStage
from generator.draft.lang.arabic_words import fold_words
from generator.draft.names import capital_state_keys, given_or_family_name, looks_like_a_persons_name, name_key
from generator.draft.text import MASK, Paragraph, Quote, Sentence, mask
from generator.draft.units import Unit

# 'التي', 'الذي' (which), folded: after a body's name, no adjective of it
RELATIVES = ("\u0627\u0644\u062a\u064a", "\u0627\u0644\u0630\u064a")


def _without_and_apart(before: str) -> str:
    """The words before an Arabic verb without a 'و' (and) written apart from it at their end ('و قالت "X"', as some
    outlets type it): the verb opens its clause as 'وقالت "X"' does, and the name in marks after it is its subject."""
    words = before.rsplit(None, 1)
    if words and words[-1] == "\u0648":
        return words[0].rstrip() if len(words) == 2 else ""
    return before


class HeadlinesStage(SubjectRegionStage):
    """Headlines, datelines, signatures, labels before a colon, and names in quotation marks."""

    def _headline_denier(self) -> None:
        """Give a headline's denial the denier of the body it restates: 'السودان ينفي ...' over 'أصدرت وزارة
        الخارجية السودانية نفيا ...', 'العصائب تنفي' over 'نفت حركة عصائب أهل الحق'; in Persian too ('X ... را رد کرد'
        over 'دفتر X در Y ... را تکذیب کرد'). A headline names the denier
        shortly (the state for its ministry, a body by one word of its name); the body names it fully, and it is one
        denial cited in two places. The body's denier is one side with the headline's, or the headline's words (the
        article and a nisba's ending aside: 'السودان', 'السودانية') are all words of its name."""
        units = self.analysis.units
        heading = (self.first, self.subtitle)  # (and a subtitle that names its speaker before a colon)
        body = [u for u in units if u.kind == "denial" and u.number not in heading]
        for unit in units:
            if unit.kind not in ("denial", "quote") or unit.number not in heading:
                continue
            # (a headline may end with an exclamation mark, '... ومصادر تنفي استعدادات لحرب!', or with the closing mark of
            # a name in marks, 'X تنفي صلتها بغارة استهدفت "الحشد"': no full stop before it, as a sentence has)
            ending = unit.paragraph.text.rstrip().rstrip("!").rstrip('"\u201d\u00bb')
            if unit.number == self.first and not reads_as_headline(ending):
                continue
            if any(unit.speaker.same(b.speaker) for b in body):
                continue
            words = name_stems(unit.speaker, shortest=True)
            if unit.kind == "quote":
                # ('"حزب X العراق": ... لا علم لنا بها' over 'نفت كتائب "حزب X" العراقية ...'): the headline's speaker
                # before its colon, named shortly, is the body's denier, so that its words restating the denial are
                # read as its (not a record of its own other than the denier's)
                known = unit.speaker.entity.known if unit.speaker.entity is not None else None
                words = self._stems_without_places(unit.speaker) or words
                # ('"حماس": ...' over 'أعلنت حركة "حماس" ...' and 'قال عضو المكتب السياسي لحركة حماس X: ...'): a body the
                # article names with all the headline's words is its speaker, before a person whose office it owns
                org = next(
                    (
                        u.speaker
                        for u in units
                        if u.number not in heading
                        and u.speaker.entity is not None
                        and u.speaker.entity.kind == "org"
                        and words
                        and words <= name_stems(u.speaker)
                    ),
                    None,
                )
                if org is not None:
                    unit.speaker = org
                    for att in unit.attributions:
                        att.speaker = org
                    continue
                match = next(
                    (
                        b
                        for b in body
                        if words
                        and words <= name_stems(b.speaker)
                        and (known is None or b.speaker.entity is None or b.speaker.entity.known in (None, known))
                    ),
                    None,
                )
                if match is None and unit.speaker.person and len(words) == 1:
                    # ('مجاهد: ...' over 'ذبیح‌الله مجاهد، سخنگوی ...، ... گفت'): a headline names a person by surname
                    # before the body names them in full, whatever they go on to say; one person only, or none
                    people = {
                        id(u.speaker.entity): u
                        for u in units
                        if u.number not in heading
                        and u.speaker.person
                        and u.speaker.entity is not None
                        and words < name_stems(u.speaker)
                    }
                    match = next(iter(people.values())) if len(people) == 1 else None
                if match is not None:
                    unit.speaker = match.speaker
                    for att in unit.attributions:
                        att.speaker = match.speaker
                continue
            match = next((b for b in body if words and words <= name_stems(b.speaker)), None)
            # ('جهاز X بإقليم Y ينفي' over 'أصدر جهاز X في إقليم Y بيانا': the body where it is, its place after 'ب',
            # which the body's subject leaves out)
            located = name_stems(Speaker(without_place(unit.speaker.label)))
            match = match or next((b for b in body if located and located <= name_stems(b.speaker)), None)
            # ('"حزب X العراق": ... لا علم لنا بها' over 'نفت حزب X ...': the country set after the name, as for a quotation)
            unplaced = self._stems_without_places(unit.speaker)
            match = match or next((b for b in body if unplaced and unplaced <= name_stems(b.speaker)), None)
            # ('التحالف ينفي' over 'قال المتحدث باسم قوات التحالف X': the body his office names)
            match = match or next((b for b in body if words and words <= self._office_stems(b.speaker)), None)
            match = match or next((b for b in body if self._one_side(unit.speaker, b.speaker)), None)
            # ('تکذیب ... از سوی نخست وزیر عراق' over 'نخست‌وزیر عراق: ...'): the same words, joined or apart
            unspaced = "".join(fold_words(unit.speaker.label).split())
            match = match or next((b for b in body if "".join(fold_words(b.speaker.label).split()) == unspaced), None)
            # ('نفى مجلس X، الجناح السياسي لقوات Y، ...' under 'الجناح السياسي لقوات Y يكذب ...': the body, then what
            # the headline calls it set beside it)
            match = match or next((b for b in body if self._beside(b, unit.speaker)), None)
            if match is None and not self.words.verb_first:
                match = self._opens_headline_subject(unit.speaker, body)
            # ('أربيل تنفي ...' over 'نفت حكومة إقليم كردستان ...', 'طهران ترفض' over 'رفضت وزارة الخارجية الإيرانية'):
            # a headline writes a capital or a country for its government; the denier of the lead is the one it means
            if match is None and unit.kind == "denial" and body and self._names_a_place(unit.speaker):
                match = body[0]
            if match is not None:
                unit.speaker = match.speaker

    def _stems_without_places(self, speaker: Speaker) -> frozenset[str]:
        """The stems of a headline speaker's name without the places in it: the country it is in set after the name
        ('"حزب X العراق"'), which the body's name may leave out; empty where nothing but places is left."""
        label = [w for w in speaker.label.split() if not self._place(w.strip(PUNCT))]
        return name_stems(Speaker(" ".join(label))) if label else frozenset()

    def _opens_headline_subject(self, speaker: Speaker, body: list[Unit]) -> Unit | None:
        """The body's one denial whose denier opens a Persian headline's subject by a word of its name, where that
        subject ran on into the object ('X به نقل از کابلوف سفر ... را تکذیب کرد' over 'ضمیر کابلوف ... گفت'): a
        headline names the denier shortly, by surname, before it is named in the body, so its subject's end is
        not known there. Not by an office or a body's word ('سخنگوی ...'), which many deniers share."""
        words = speaker.label.split()
        first = fold_words(words[0].strip(PUNCT)) if len(words) > 1 else ""
        if not first or first in self.c.titles | self.c.heads | self.c.body_words | self.c.pronouns:
            return None
        stems = name_stems(Speaker(words[0]))
        found = [b for b in body if stems and stems <= name_stems(b.speaker)]
        deniers = {id(b.speaker.entity) for b in found}
        return found[0] if len(deniers) == 1 and found[0].speaker.entity is not None else None

    def _names_a_place(self, speaker: Speaker) -> bool:
        """Whether a speaker is named by a place alone: a country or a city ('أربيل', 'طهران', 'إيران')."""
        known = speaker.entity.known if speaker.entity is not None else None
        if known is not None:  # (or the government of one, on record: 'طهران' for Iran)
            return known.type == "place" or known.kind == "government"
        return self._place(speaker.label.strip(PUNCT))

    def _office_stems(self, speaker: Speaker) -> frozenset[str]:
        """The words of the offices a person was named with, as :func:`name_stems` folds them."""
        if speaker.entity is None or not speaker.person:
            return frozenset()
        phrases = self.named_with.get(id(speaker.entity), [])
        if self.words.verb_first:  # (and the office set after an Arabic name: 'X، مدير العلاقات في "هيئة Y"،')
            phrases = [*phrases, *(o for o, ids in self.offices.items() if id(speaker.entity) in ids)]
        return frozenset().union(*(name_stems(Speaker(p)) for p in phrases)) if phrases else frozenset()

    def _beside(self, unit: Unit, other: Speaker) -> bool:
        """Whether a denial's text names its denier and, right after a comma, ``other`` (an appositive)."""
        pattern = re.escape(fold_words(unit.speaker.label)) + r"\s*[\u060c,]\s*" + re.escape(fold_words(other.label))
        return bool(re.search(pattern, fold_words(unit.text)))

    def _clarified(self) -> None:
        """In Arabic, a body's statement that opens in its own voice, calling reports false ('تداولت بعض وسائل الإعلام
        تقارير كاذبة عن ...', some media carried false reports), then names the body as it wishes to clarify ('وإزاء
        ذلك تود X توضيح الآتي:'), within two paragraphs: the body's denials, as a signed statement's are its signer's."""
        if self.clarifier is None:
            return
        number, speaker = self.clarifier
        mine = [(p, s) for p, s in self.unsigned if number - 2 <= p.number <= number]
        if mine:
            self._voiced(speaker, mine)
            self.unsigned = [(p, s) for p, s in self.unsigned if (p, s) not in mine]

    def _signed(self, paragraphs: list[Paragraph]) -> None:
        """The sentences that call something untrue in the text's own voice, in a statement signed at its end ('X' then
        'سخنگوی Y', and its date): the signer's denials.

        A body's statement on its own site speaks in the first person with no verb of saying, and its spokesman signs
        it below; the signature must hold an office, so that a byline is no signer.
        """
        lines: list[Paragraph] = []
        for para in reversed(paragraphs[-5:]):
            text = para.text.strip()
            if date_line(text):
                continue
            if (
                len(text.split()) > 9
                or text[-1:] in ".!?\u061f:"
                or MASK in para.masked
                or self.c.verb.search(fold_words(text))
            ):
                break
            lines.insert(0, para)
        office = next((p for p in lines if fold_words(p.text).split(" ")[0] in self.c.titles), None)
        # (or name and office on one line, 'رضا کاظمی سخنگوی جنبش نمونه', 'سامي الوردي/ المتحدث باسم الحركة': the
        # name is the words before the office)
        named_at = 0
        for p in lines if office is None else []:
            words = p.text.split()
            named_at = next((k for k, w in enumerate(words[1:5], 1) if fold_words(w) in self.c.titles), 0)
            if named_at:
                office = p
                break
        # (or signed by the body itself, 'دبیرخانه X' (X's secretariat) on one line: a body's word, not an outlet's,
        # which a credit line under a report names)
        first = fold_words(lines[0].text).split(" ")[0] if lines else ""
        body = office is None and not self.words.verb_first and first in self.c.body_words - self.c.outlet_words
        office = lines[0] if body else office
        if not self.unsigned or office is None or self.unsigned[-1][0].number >= lines[0].number:
            if (
                not self._datelined(paragraphs)
                and not self._headlined(paragraphs)
                and not self._statement_headed(paragraphs)
            ):
                self._subtitled(paragraphs)
            return
        signer: Speaker | None = None
        if named_at:
            signed = self._reread(office)
            signature = " ".join(office.text.split()[:named_at]).rstrip("/-– ")
            signer = self.speaker(signature, signed, signed.text.index(signature), signed.sentences[0])
            if signer is None or signer.entity is None:
                how = "signed the statement with their name and office"
                signer = Speaker(signature, None, signature, person=True, how=how)
        elif lines[0] is not office or body:
            name = self._reread(lines[0])
            signer = self.speaker(name.text.strip(), name, name.text.index(name.text.strip()), name.sentences[0])
        if signer is None or signer.entity is None:
            described = office.text.strip()
            how = "signed the statement" if body else "signed the statement with their office"
            signer = Speaker(described, None, described, person=not body, how=how)
        self._voiced(signer, self.unsigned)

    def _voiced(self, speaker: Speaker, sentences: list[tuple[Paragraph, Sentence]]) -> None:
        """Draft sentences that call something untrue in the text's own voice as ``speaker``'s denials, in order."""
        for para, sent in sentences:
            unit = Unit("denial", speaker, para, sent.start, sent.end, [], [])
            words = (para.text[sent.start : sent.end].strip()[:300],)
            unit.denial = Denial(None, None, words, (), own_voice=True)  # type: ignore[arg-type]
            at = next(
                (i for i, u in enumerate(self.analysis.units) if (u.number, u.start) > (para.number, sent.start)), None
            )
            self._add(unit)
            if at is not None:
                self.analysis.units.insert(at, self.analysis.units.pop())

    def _datelined(self, paragraphs: list[Paragraph]) -> bool:
        """In Persian, the text's own voice from a paragraph near the top that opens with its source's name and a
        colon, no verb ('X: ...', as a party's site or an outlet heads its own report): X's denials, from there on;
        whether there were any."""
        if self.words.verb_first or not self.unsigned:
            return False
        for para in paragraphs[:4]:
            opening = None if is_headline(para, self.first) else DATELINE_COLON.match(para.masked)
            if opening is None or MASK in opening.group() or self.c.verb.search(fold_words(opening.group())):
                continue
            name = para.text[opening.start(1) : para.text.index(":", opening.start(1))].strip()
            if len(name.split()) > 3 or fold_words(name).split(" ")[0] in self.c.kickers:
                continue  # ('نکته مهم: ...', an important point: the reporter's discourse, no source's name)
            colon = para.masked.index(":", opening.start(1))
            if self._place_before_colon(para, opening.start(1), colon, spaced=True):
                continue  # ('ولایت تووک: ...', 'کسل : ...': the place the report is filed from, no source)
            after = [(p, s) for p, s in self.unsigned if p.number >= para.number]
            if not after:
                return False
            # (the name as written: a source, not a person the report names later with it, 'خبرنگار X')
            ent = self.entity(name, para.number, opening.start(1), para.sentences[0], person=False)
            self._voiced(self._named(ent, "named with a colon at the head of its own report"), after)
            return True
        return False

    def _headlined(self, paragraphs: list[Paragraph]) -> bool:
        """In Arabic, a headline that gives its speaker before a colon and has them deny in the first person
        ('سامي الوردي: ننفي بشدة ...'): the text under it is that speaker's statement, its own 'نحن ننفي ...' theirs;
        whether there was such a headline."""
        if (
            not self.words.verb_first
            or not self.unsigned
            or not paragraphs
            or not is_headline(paragraphs[0], self.first)
        ):
            return False
        head = paragraphs[0]
        colon = head.masked.find(":")
        words = fold_words(head.masked[colon + 1 :]).split() if colon > 0 else []
        if not words or not WE_DENY_AR.fullmatch(words[0].strip(PUNCT)):
            return False
        unit = next((u for u in self.analysis.units if u.number == head.number and u.start < colon), None)
        speaker = unit.speaker if unit is not None else None
        if speaker is None or speaker.entity is None:
            return False
        self._voiced(speaker, [(p, s) for p, s in self.unsigned if p.number != head.number])
        return True

    def _statement_headed(self, paragraphs: list[Paragraph]) -> bool:
        """A headline that names the text as a body's statement ('بیانیه امارت اسلامی درباره ...', 'بيان الإمارة
        الإسلامية بشأن ...'), as a body's own site heads what it publishes unsigned: the text's own voice under it
        ('... را رد می‌کنیم', 'نحن نرفض ...') is the body's, its denials the body's; whether there was such a headline.
        The issuer is the words after the statement's word up to a stop word ('درباره', 'بشأن'), a mark, a verb or the
        headline's end (none if five words pass without one), read as a body (never a person, whose statement a report
        would tell in the third person)."""
        if not self.unsigned or not paragraphs or not is_headline(paragraphs[0], self.first):
            return False
        head = paragraphs[0]
        raw = head.text.split()
        if len(raw) < 3 or fold_words(raw[0]).strip(PUNCT) not in HEADED_STATEMENTS:
            return False
        issuer: list[str] = []
        ended = len(raw) <= 6  # (the issuer ends at a stop word, a mark, a verb or the headline's end, else none)
        for word in raw[1:6]:
            fw = fold_words(word).strip(PUNCT)
            if not fw or fw in self.c.stops or MASK in word or self.c.verb.fullmatch(fw) or self.c.deny.fullmatch(fw):
                ended = True  # ('بيان الجيش الكسلي ينفي ...': the verb is no word of the issuer's name)
                break
            issuer.append(word.strip(PUNCT))
            if word[-1:] in PUNCT:
                ended = True
                break
        phrase = " ".join(issuer) if ended else ""
        if not phrase or phrase not in head.text:
            return False
        at = head.text.index(phrase)
        speaker = self.speaker(phrase, head, at, head.sentences[0])
        if speaker is None or speaker.entity is None or speaker.person:
            return False
        mine = [(p, s) for p, s in self.unsigned if p.number != head.number]
        if not mine:
            return False
        self._voiced(speaker, mine)
        return True

    def _subtitled(self, paragraphs: list[Paragraph]) -> None:
        """A subtitle under the headline that denies with no one named as saying so ('هیچ نیرویی ... حضور ندارد', a
        short line with no closing stop): the lead's denial told again, its denier's."""
        if len(paragraphs) < 3 or not is_headline(paragraphs[0], self.first):
            return
        second = paragraphs[1]
        text = second.text.strip()
        if len(text.split()) > 20 or text[-1:] in '.!?\u061f\u201d\u00bb"':
            return
        lead = next((u for u in self.analysis.units if u.kind == "denial" and u.number > second.number), None)
        for para, sent in self.unsigned:
            if para.number == second.number and lead is not None:
                unit = Unit("denial", lead.speaker, para, sent.start, sent.end, [], [])
                unit.denial = Denial(None, None, (para.text[sent.start : sent.end].strip()[:300],), ())  # type: ignore[arg-type]
                self._add(unit)
                at = next(i for i, u in enumerate(self.analysis.units) if u is lead)
                self.analysis.units.insert(at, self.analysis.units.pop())

    def _offices_named(self) -> None:
        """A speaker described by an office alone ('وزیر خارجه عراق ... رد کرد') is the person the article names
        with that office, before or after ('«ابراهیم الجعفری» وزیر خارجه عراق، ...'), when only one is."""
        text: str | None = None  # (the article's text, folded once, where an office is looked for by its body)
        for unit in self.analysis.units:
            speaker = unit.speaker
            if speaker.entity is not None or not speaker.described:
                continue
            office = " ".join(w.strip(PUNCT) for w in fold_words(speaker.described).split())
            if office not in self.offices:
                # ('سخنگوی رسمی طالبان', 'المتحدث الرسمي باسم X': the official spokesman is the one the article names
                # as 'سخنگوی طالبان'; 'official' tells no other holder)
                plain = " ".join(w for w in office.split(" ") if w not in OFFICIAL)
                office = plain if plain in self.offices else office
            if office not in self.offices and self.words.verb_first:
                text = fold_words(" ".join(self.texts.values())) if text is None else text
                office = self._short_office(office, text)
            if len(self.offices.get(office, ())) != 1:
                continue
            ent = self.office_holder[office]
            how = f"'{speaker.described}' read as {ent.label}, whom the article names with that office"
            unit.speaker = Speaker(ent.label, entity=ent, person=True, how=how)

    def _short_office(self, office: str, text: str) -> str:
        """In Arabic, the office noted with a holder's name that calls the body of ``office`` (folded) by its head
        word alone ('المتحدث باسم الوزارة' for 'المتحدث باسم وزارة الدفاع الكسلية'), when the article (``text``,
        folded) names no other body with that head ('وزارة الخارجية' too would leave 'الوزارة' either, as would
        another state's 'وزارة الدفاع العراقية'): the same office for certain; else ``office``."""
        words = office.split(" ")
        for noted in self.offices:
            held = noted.split(" ")
            k = len(held) - 1
            head = held[k][2:] if held[k].startswith(DEFINITE) else ""
            if not head or held[:k] != words[:k] or len(words) <= k + 1 or words[k] != head:
                continue
            if self._only_body_so_named(head, words[k + 1 :], text):
                return noted
        return office

    @staticmethod
    def _only_body_so_named(head: str, body: list[str], text: str) -> bool:
        """Whether each body the folded ``text`` names by ``head`` is the one whose name goes on with ``body``: the
        same word after the head, wherever the head stands before a name, a preposition written onto it or not
        ('لوزارة الخارجية' is another ministry), a mark after it or not ('وزارة الدفاع، في بيان'); and no adjective of
        another state or kind after that word ('وزارة الدفاع العراقية' beside 'وزارة الدفاع الكسلية'), nor two where
        the office described names none."""
        adjectives: set[str] = set()
        found = False
        for m in re.finditer(rf"(?<!\S)[\u0648\u0628\u0644\u0641]?{re.escape(head)} (\S+)(?: (\S+))?", text):
            word = m.group(1).strip(PUNCT)
            if word != body[0]:
                return False
            found = True
            after = (m.group(2) or "").strip(PUNCT) if word == m.group(1) else ""  # (a mark ends the name)
            if after.startswith(DEFINITE) and after.endswith(("\u064a", "\u064a\u0647")) and after not in RELATIVES:
                adjectives.add(after)  # ('الكسلية', folded 'الكسليه'; 'الإعلامي'; not 'التي', 'الذي', which)
        return found and (adjectives <= set(body[1:2]) if len(body) > 1 else len(adjectives) <= 1)

    def _reread(self, para: Paragraph) -> Paragraph:
        """The paragraph with names in quotation marks taken out of its quotations, and its sentences."""
        # ('#حزب_الله' read as the name 'حزب الله', '//' or '″' as a quotation mark; offsets unchanged)
        # (doubled brackets only in Arabic copy: Persian sets a name or a passage in them, '((شاهزاده X))', whose
        # speech after them its reader does not take so yet)
        text = typed_marks(untagged(para.text), brackets=self.words.verb_first)
        if not self.words.verb_first:  # ('صدر اعظم' read as the one title 'صدر‌اعظم'; offsets unchanged)
            text = OFFICE_APART_FA.sub("\\1\u200c", text)
        found = find_script_quotes(text, para.number)
        quotes = [q for q in found if not self._is_name(text, q)]
        for q in found:
            inner = text[q.start + 1 : q.end - 1]
            if q not in quotes and self._glosses_a_body(text, q):
                # (the gloss read as blank, so that the office's chain runs from the body's own name to the holder's,
                # as in 'القيادي في جماعة الكسليين سامي الوردي'; offsets unchanged, the text cited as written)
                text = text[: q.start] + " " * (q.end - q.start) + text[q.end :]
                continue
            if q not in quotes and self._office_body_named(text, q):
                # (the body's name in an office's chain reads as without its marks, so the holder's name after it
                # goes on the subject, as in 'عضو كتلة النور النائب سامي الوردي'; offsets unchanged)
                text = text[: q.start] + " " + inner + " " + text[q.end :]
                continue
            if q not in quotes and q.closed and inner != inner.strip():
                # ('« X Y » سخنگوی ...': a name padded inside its marks, read as '«X Y»' with the spaces outside, so
                # that its words meet the words around it as a name's do; offsets unchanged)
                lead, trail = len(inner) - len(inner.lstrip()), len(inner) - len(inner.rstrip())
                moved = " " * lead + text[q.start] + inner.strip() + text[q.end - 1] + " " * trail
                text = text[: q.start] + moved + text[q.end :]
        run = self.continued.get(para.number)
        if run is not None:  # a paragraph inside a quotation that runs on from the paragraph before
            end, closed = run
            inner = text[:end]
            quotes = [Quote(para.number, 0, end + 1 if closed else end, closed, inner)]
        # the Arabic thousands separator '٬' written as a comma ('X٬ مسئول ...'): read as one, offsets unchanged
        out = Paragraph(para.number, text, quotes, mask(text, quotes).replace("\u066c", "\u060c"))
        out.source = para.text if text != para.text else ""
        out.sentences = []
        start = 0
        for m in SENTENCE_END.finditer(out.masked):
            if m.end() <= start:
                continue
            if self.words.verb_first and m.group().strip() == ".." and self._pause(out, m.end()):
                continue  # (in Arabic, two full stops are a pause inside a sentence: 'مختلق تماما.. ولم يرد')
            if self.words.verb_first and in_brackets(out.masked, m.start(), m.end()):
                continue  # ('وصف حزب العمال (بي. كا. كا) اتهامات ...': the stops of an abbreviation in brackets)
            end = m.start() + len(m.group().rstrip())
            if out.masked[start:end].strip():
                out.sentences.append(Sentence(out, start, end))
            start = m.end()
        if start < len(out.masked) and out.masked[start:].strip():
            out.sentences.append(Sentence(out, start, len(out.masked.rstrip())))
        if not self.words.verb_first:
            out.sentences = self._colon_speech_runs(out.sentences)
        for s in out.sentences:
            s.quotes = [q for q in quotes if s.start <= q.start < s.end]
        return out

    def _pause(self, para: Paragraph, at: int) -> bool:
        """Whether two full stops before ``at`` pause a sentence that goes on, in an Arabic paragraph: the
        next word joins what follows with 'و' or 'ف' ('مختلق تماما.. ولم يرد', 'تهمة مشرفة.. ولكن لا علم لنا بها') or is
        a participle ('.. مضيفا'). Before a clause of its own ('.. بينما نفت X', '.. إيران تنفي'), a new one starts."""
        following = fold_words(para.masked[at : at + 30]).split()[:1]
        if not following:
            return False
        word = following[0]
        return word[:1] in ("\u0648", "\u0641") or bool(self.c.participle.fullmatch(word))

    def _colon_speech_runs(self, sentences: list[Sentence]) -> list[Sentence]:
        """In Persian, speech after a verb and a colon without marks ('X افزود: ... . ایشان ...') as one sentence
        with the sentences after it in its paragraph, while they have no verb of saying and no quotation of their
        own: the speaker goes on to the paragraph's end, as a quotation in marks runs over its full stops."""
        out: list[Sentence] = []
        speech = False
        for sent in sentences:
            folded_words = fold_words(sent.masked)
            # (nor the reporter's 'این در حالی است که', 'گفتنی است' (this while, it is worth saying) opening a sentence)
            own = any(
                (
                    self.c.verb.search(folded_words),
                    self.c.sourcing.search(folded_words),
                    MASK in sent.masked,
                    REPORTER_FA.match(folded_words),
                )
            )
            if speech and out and own and MASK not in sent.masked and self._in_its_name(out[-1], folded_words):
                own = False
            if speech and out and not own and not re.search(MARKS, sent.masked):
                out[-1] = Sentence(sent.paragraph, out[-1].start, sent.end)
                continue
            out.append(sent)
            speech = bool(re.search(self.c.verb.pattern + r"\s*:\s*[^\s" + OPENERS + "]", folded_words))
        return out

    def _in_its_name(self, speech: Sentence, folded_words: str) -> bool:
        """Whether a Persian sentence after a spokesman's speech after a colon ('X سخنگوی جنبش نور اعلام کرد: ...')
        goes on with it in his body's name: it opens with the body his office names ('جنبش نور ...') and its only
        verbs of saying are in the present ('محکوم می‌کند', 'رد می‌کند'), as a statement speaks, where the reporter
        narrates in the past. No sourcing, no quotation of its own."""
        verbs = list(self.c.verb.finditer(folded_words))
        if not verbs or any(not PRESENT_FA.search(m.group()) for m in verbs):
            return False
        if self.c.sourcing.search(folded_words):
            return False
        said = fold_words(speech.masked)
        colon = re.search(self.c.verb.pattern + r"\s*:", said)
        if colon is None:
            return False
        words = said[: colon.start()].split()
        ends_body = self.c.stops | self.c.time_words | self.c.titles  # (once, not per word)
        for i, word in enumerate(words[:-1]):
            # (the speaker's own office, not that of one spoken to or of after a preposition: 'در پاسخ به وزیر کشور
            # کسلیا اعلام کرد', in answer to the minister, names no body the speaker speaks for)
            if word not in self.c.titles or (i and words[i - 1] in PREPOSITIONS_FA):
                continue
            # the body the office names: the words after it, to a time, a stop word or another office
            body = list(itertools.takewhile(lambda w: w not in ends_body, words[i + 1 : i + 5]))
            if (
                body
                and folded_words.startswith(" ".join(body) + " ")
                and (body[0] in self.c.body_words or len(body) >= 2)
            ):
                return True
        return False

    def _verb_opens_clause(self, lead: str) -> bool:
        """Whether an Arabic verb of saying or denying opens the clause ``lead`` ends, within its first words: then
        'لـ"X"' after its subject is the outlet told, whatever follows ('نفى قيادي في الحركة لـ"النهار" صحة ...')."""
        clause = re.split(r"[.\u060c,:;\u061b!?\u061f\u00ab\u00bb\u201c\u201d\"]", lead[-120:])[-1]
        return any(self.c.verb.fullmatch(fold_words(w)) for w in clause.split()[:2])

    def _office_body_named(self, text: str, q: Quote) -> bool:
        """Whether Arabic words in marks name the body of an office before them, in construct with the body's word
        without the article ('نفى عضو كتلة "النور" النائب سامي الوردي ...', a member of the Nour bloc, MP Sami
        al-Wardi): the office in the body so named, its holder named after it, not a quotation."""
        before = fold_words(text[max(0, q.start - 40) : q.start]).split(" ")
        return (
            self.words.verb_first
            and q.closed
            and 1 <= len(q.text.split()) <= 4
            and len(before) >= 2
            and before[-1] in self.c.body_words
            and not before[-1].startswith("\u0627\u0644")
            # (or on behalf of it: 'المتحدث باسم حركة "النور" سامي الوردي')
            and (before[-2] in self.c.titles or before[-2] == IN_NAME_OF)
        )

    def _body_of_an_office(self, text: str, q: Quote) -> bool:
        """Whether words in marks (up to a dozen) are the name of the body an office right before them heads, opening
        with a body's word ('رئیس «کمیته روابط خارجی کمیسیون امنیت ملی» مجلس افزود:', the head of the parliament's
        "foreign relations committee ..." added; 'رئيس "لجنة الأمن والدفاع" في البرلمان'): part of the speaker's
        title, not his words, which follow the verb."""
        words = q.text.split()
        before = fold_words(text[max(0, q.start - 40) : q.start]).split(" ")
        first = without_ezafe(fold_words(words[0]).strip(PUNCT)) if words else ""
        office = without_ezafe(before[-1].strip(PUNCT)) if before else ""
        # (a name holds no particle and no negation: 'رئیس جمهور «کمیته‌ها هیچ نقشی نداشتند» گفت', 'وقال عضو "حزب النور
        # إن الأنباء كاذبة"' are words said; the 'و' of a list of the body's tasks is a name's)
        folded_words = [without_ezafe(fold_words(w).strip(PUNCT)) for w in words]
        particle = any(w in self.c.stops and w != "\u0648" for w in folded_words)
        return (
            q.closed
            and 2 <= len(words) <= 12
            and office in self.c.titles | self.c.heads
            and first in self.c.body_words
            and not particle
            and self.c.negation.search(" ".join(folded_words)) is None
        )

    def _glosses_a_body(self, text: str, q: Quote) -> bool:
        """Whether Arabic words in marks gloss a body named just before them, within an office's chain: the body's
        word, its own name, then the name it goes by in marks ('القيادي في جماعة الكسليين "أنصار الحق" سامي الوردي',
        a leader in the Kesslian group "Ansar al-Haqq", Sami al-Wardi), after the office's 'في' or 'باسم'. No one's
        words: before, the marks were a quotation, and the office without its holder their speaker."""
        before = fold_words(text[max(0, q.start - 40) : q.start]).split(" ")
        return (
            self.words.verb_first
            and q.closed
            and 1 <= len(q.text.split()) <= 4
            and len(before) >= 4
            # (right after the name, nothing between: not the words after 'وقال المتحدث باسم حركة النور:')
            and text[: q.start].rstrip()[-1:].isalpha()
            and before[-1].startswith("\u0627\u0644")
            and before[-1] not in self.c.stops | self.c.titles | self.c.body_words
            and before[-2] in self.c.body_words
            and not before[-2].startswith("\u0627\u0644")
            and (before[-3] == IN_NAME_OF or (before[-3] == IN and before[-4] in self.c.titles | self.c.heads))
        )

    def _is_name(self, text: str, q: Quote) -> bool:
        """A name set in quotation marks: short, and a record's name, after 'agency' or the like, or a subject."""
        words = q.text.split()
        if not q.closed and words:
            # 'مصدر في وزارة الدفاع التابعة لجماعة "X في ...' (of the group X): a mark after a group or outlet word, its
            # closing mark lost, opens the name the word is in construct with, not a quotation to the paragraph's end
            last = fold_words(text[max(0, q.start - 40) : q.start]).split(" ")[-1:]
            group_word = last and (last[0] in self.c.outlet_words or last[0][1:] in self.c.outlet_words)
            return bool(group_word) and not last[0].startswith(DEFINITE[0])
        if self._body_of_an_office(text, q):
            return True
        if not words or len(words) > 4:
            return False
        if self.index.lookup(q.text, ("actor", "group", "place")) is not None:
            return True
        if self._glosses_a_body(text, q):
            return True
        # ('«X Y» وزیر خارجه ...', '«X Y»، سخنگوی ...': a name, then its office, a comma between or not)
        after = fold_words(text[q.end : q.end + 40].lstrip(" \u060c,")).split(" ")
        if len(words) >= 2 and after and after[0].strip(PUNCT) in self.c.titles:
            return True
        before = fold_words(text[max(0, q.start - 40) : q.start]).split(" ")
        if before and before[-1] in self.c.outlet_words:
            return True
        # ('نفت قوات "الدعم الخاص" الأنباء', 'ونفى تيار "المستقبل"'): a body's word without the article, right after
        # the verb whose subject it opens, stands in construct with the words in marks, the body's name, as 'حركة "X"'
        # does (after an office, 'عضو تحالف "النور" سامي الوردي', the holder's name follows, read elsewhere)
        if (
            self.words.verb_first
            and len(before) >= 2
            and before[-1] in self.c.body_words
            and not before[-1].startswith("\u0627\u0644")
            and self.c.verb.fullmatch(before[-2]) is not None
        ):
            return True
        if self._office_body_named(text, q):
            return True
        # ('نفى المتحدث باسم الحركة العميد "سامي حمدان" الأنباء'): a rank or an honorific right before two or three
        # words in marks is their holder's name, set in marks as some agencies do, not words he said
        if (
            self.words.verb_first
            and 2 <= len(words) <= 3
            and before[-1:]
            and before[-1] in HONORIFICS_AR | RANKS
            and all(w.strip(PUNCT).isalpha() for w in words)
            and looks_like_a_persons_name(q.text.strip(PUNCT))
        ):
            return True
        # ('قال مسؤولون لوكالة "X" إن ...', told the agency X): the outlet word with its 'to' joined on, then the
        # outlet's name, not a quotation of one word; nor 'كشف في تصريح لـ"X" تفاصيل' (in a remark to X) whatever
        # follows, nor 'علمت "X" من مصدر مطلع' (X learned from a source): the outlet that was told
        if self.words.verb_first and len(words) <= 3 and before:
            joined = before[-1][:1] == "\u0644" and before[-1][1:] in self.c.outlet_words
            remark = len(before) >= 2 and before[-1] == "\u0644" and before[-2] in TOLD_IN
            learned = before[-1] in LEARNED and fold_words(text[q.end : q.end + 12]).split()[:1] == [OF]
            if joined or remark or learned:
                return True
        # ('لوكالة أنباء "X"', to the X news agency): the agency's name after 'news' in construct with 'agency'
        if len(before) >= 2 and before[-1] == NEWS and before[-2].removeprefix("\u0644") in self.c.outlet_words:
            return True
        if not self.words.verb_first and before and before[-1] in TITLED_FA:
            return True  # 'کتاب «روزهای سخت» نوشته X' (the book, written by X), 'عملیات «X»': a title, no one's words
        if not self.words.verb_first and before and without_ezafe(before[-1]) in PLACE_WORDS_FA and len(words) <= 3:
            return True  # 'در شهرستان «X»' (in the district of X): the place's name, no one's words
        # ('ضمن ما يسمى بـ"غرفة X"', within the so-called X room): the preposition may stand apart or be dropped
        called = before[:-1] if before[-1:] == ["\u0628"] else before
        if self.words.verb_first and called and called[-1] in SO_CALLED:
            return True
        if self.words.verb_first and before and before[-1] in self.c.statements and len(words) <= 3:
            return True  # 'في بيان "X"', 'إعلان "X"': whose statement it is
        if self.words.verb_first and len(words) <= 3 and self._claimant_before_colon(text, q, before):
            return True
        adjective = len(before) >= 2 and before[-1].isalpha() and before[-1] not in self.c.stops
        if not self.words.verb_first and adjective and before[-2] in self.c.outlet_words and len(words) <= 3:
            return True  # 'گروه تروریستی «X»' (the terrorist group X): an outlet or group word, its adjective, a name
        if len(before) >= 2 and before[-1] in (IN, IN_FA) and before[-2] in self.c.heads:
            return True  # 'مصدر في "X"' (a source in X): the body the source is in
        if len(words) <= 3 and len(before) >= 3 and before[-1] == IN and self._source_in_before(before[:-1]):
            # 'مصادر في لواء "الفجر" في "حركة النور"' (sources in the Fajr brigade of the Nour movement): a second
            # 'في' goes on naming the source's body, as the first does
            return True
        if len(words) <= 4 and before[-1:] == [IN] and self._office_after_verb(before[:-1]):
            # 'وقال المكتب الإعلامي في "حركة النور" في بيان' (the media office in the Nour movement): the body the
            # subject's office is in, still inside the subject, not the office's words
            return True
        if fold_words(words[0]) in self.c.outlet_words and text[: q.start].rstrip().endswith(
            ("\u0644\u0640", "\u0644")
        ):
            return True  # 'لـ"شفق نيوز"' (told the outlet)
        follows = fold_words(text[q.end : q.end + 14].lstrip(" \u060c,")).split(" ")[0].strip(PUNCT)
        told = text[: q.start].rstrip().endswith(("\u0644\u0640", "\u0644")) and len(words) <= 3
        # ('في مقابلة مع "X" إن', in an interview with X: the one spoken with, as the one told, 'لـ"X"')
        told = told or (self.words.verb_first and before[-1:] == ["\u0645\u0639"] and len(words) <= 3)
        # ('في تصريح لـ"X" على أن', to X that: the preposition a verb of saying takes before 'that')
        then = fold_words(text[q.end : q.end + 24].lstrip(" \u060c,")).split(" ")[:2]
        if told and (
            text[q.end : q.end + 2].strip()[:1] in "\u060c,:"
            or follows in THAT
            or (len(then) == 2 and then[0] in BEFORE_THAT and then[1].strip(PUNCT) in THAT)
            or self.c.participle.fullmatch(follows)
            or (self.words.verb_first and follows in self.c.verb_forms)
            or (self.words.verb_first and self._verb_opens_clause(text[: q.start]))
        ):
            # 'قال مصدر لـ"X"، إن ...', 'صرح لـ"X" قائلا': the outlet told, then what was said; 'الوزارة في تصريح
            # لـ"X" نفت ...': then the verb of a subject before it
            return True
        # ('على منصة "إكس"', on the platform X: the word for a platform may stand between)
        platform = before[:-1] if len(before) > 1 and before[-1] == "\u0645\u0646\u0635\u0647" else before
        on = platform and platform[-1] in ON_PLATFORM and len(words) <= 2 and self.words.verb_first
        if on and (
            text[q.end : q.end + 2].strip()[:1] == ":" or (follows in THAT and OPENERS_AFTER.match(text, q.end))
        ):
            return True  # 'في تغريدة على "إكس": "..."', 'في بيان على "تلغرام" إن "..."': where it was said
        if self.words.verb_first and (self._fronted_name(text, q) or self._name_after_that(text, q)):
            return True
        if self.words.verb_first:  # 'نفت "كتائب حزب الله" في العراق': right after a verb opening its clause
            lead = text[: q.start].rstrip()
            verb = re.search(r"(?<!\S)\S+$", lead)  # from a word's start only: linear on a long word
            if verb is None or not self.c.verb.fullmatch(fold_words(verb.group())):
                return False
            rest = _without_and_apart(lead[: verb.start()].rstrip())
            # (or after a dateline's dash: 'مرايا – نفت "X" ...', the verb still opens its clause)
            return not rest or rest[-1] in ".\u060c,:\u061b-\u2013\u2014"
        # ('به «X» گفت', 'در مصاحبه با «X» اعلام کرد:', told X, in an interview with X: the outlet or person spoken
        # to, before the verb of saying, as Arabic's 'لـ"X"'; not the words answered, 'در واکنش به «X» گفت')
        spoken_to = bool(before) and before[-1] in (TO_FA, WITH_FA) and len(words) <= 3
        answered = len(before) >= 2 and before[-2] in ANSWERING_FA
        if spoken_to and not answered and self.c.verb.match(fold_words(text[q.end : q.end + 40]).lstrip()):
            return True
        # Persian: «name» then its verb, where the subject stands (the sentence's start, or after a relay's lead)
        # ('«X» در توئیتر خود نوشت': a few words, no mark, between the name and its verb)
        lead = text[: q.start].rstrip()
        clause = re.split(r"[\u060c,:;\u061b.!?\u061f\u00ab\u00bb\u201c\u201d\"(]", text[q.end : q.end + 80])[0]
        said = lead.endswith(":") and re.search(self.c.verb.pattern + r"\s*:$", fold_words(lead[-40:]))
        if said:  # 'X تصریح کرد: «...»': speech after its verb and a colon, not a name
            return False
        folded_clause = fold_words(clause)
        verb = self.c.verb.search(folded_clause)
        near = verb is not None and len(folded_clause[: verb.start()].split()) <= 5
        # ('«X» روز یکشنبه در واکنش به ... گفت': a time or a preposition after the name opens the words between
        # a subject and its verb, however many; a quotation in that place is followed by its verb or 'را')
        follows = folded_clause.split(" ")[0] if folded_clause else ""
        opens_adjunct = follows in self.c.stops or follows in self.c.time_words
        # ('«X» پاکستان دخالت ... را رد کرد': an object marked with 'را' after other words, then the verb; a
        # quotation that is itself the object has 'را' right after it)
        long_clause = fold_words(
            re.split(r"[\u060c,:;\u061b.!?\u061f\u00ab\u00bb\u201c\u201d\"(]", text[q.end : q.end + 240])[0]
        )
        long_verb = self.c.verb.search(long_clause)
        object_between = long_verb is not None and RA in long_clause[: long_verb.start()].split()[1:]
        # ('یک مقام امریکایی «X» در صحبت با ... ادعا کرد', 'سخنگوی وزارت «X» گفت:'): a name in marks right after its
        # office, in apposition, also stands where the subject does; words said follow their verb, not an office
        office_words = [w.strip(PUNCT) for w in before[-3:]]
        # ('جنبش «X» ادعای ... را رد کرد', 'منطقه جدایی‌طلب «X» ... را تکذیب کرد': a body's or a region's word right
        # before the name, the body or the region X; only where the subject stands, its clause opening with them
        # (after a byline's dash: 'خبرگزاری کسنا؛ رامین دلاوری - منطقه جدایی‌طلب «X» ...')
        head = fold_words(
            re.split(r"[.\u060c,:;\u061b!?\u061f\-\u2013\u2014]", text[max(0, q.start - 60) : q.start])[-1]
        ).split()
        headed = 1 <= len(head) <= 2 and without_ezafe(head[0]) in self.c.body_words | REGION_WORDS_FA
        in_apposition = (
            len(words) <= 3
            and (bool(set(office_words) & (self.c.titles | self.c.heads)) or headed)
            and not any(self.c.verb.fullmatch(w) for w in office_words)
            and not re.search(r"[.\u060c,:;\u061b!?\u061f\u00ab\u00bb]", " ".join(lead.split()[-3:]))
            and follows != RA  # ('سخنگو «X» را رد کرد': words in marks, the object of his verb)
        )
        subject_place = not lead or lead[-1] in ".\u060c,:\u061b" or in_apposition
        # ('X گفت که «Y» رد کرد که ...', X said that Y denied ...): right after 'که' and a verb of saying, the
        # subject of the clause said; a name of two or three words, not 'we' or 'I', and its own verb follows
        # without 'و' (not 'X گفت که «ما آماده‌ایم» و افزود', words said, then X's next verb)
        lead_words = fold_words(lead[-40:]).split(" ")
        clause_subject = (
            2 <= len(words) <= 3
            and lead_words[-1:] == [THAT_KE_FA]
            and bool(self.c.verb.search(" ".join(lead_words[-4:-1])))
            and not ({fold_words(w) for w in words} & (self.c.first_person | self.c.pronouns))
            and follows not in (AND_FA, RA, *BUT_FA)  # (nor the object: 'X گفت که «...» را رد می‌کند')
            and q.text.strip()[-1:] not in ".!?\u061f"
        )
        subject_place = subject_place or clause_subject
        return subject_place and (near or opens_adjunct or object_between)

    def _source_in_before(self, before: list[str]) -> bool:
        """Whether the last few folded words open with a source or an office and its 'في' and run on as a body's name
        (no verb, no stop word): 'مصادر في لواء الفجر', 'قيادي في "حركة النور"'."""
        for j in range(len(before) - 2, max(-1, len(before) - 7), -1):
            word = before[j].strip(PUNCT)
            if word in self.c.heads and before[j + 1] == IN:
                return j + 2 < len(before)
            if word == IN:
                continue
            if not word or word in self.c.stops or self.c.verb.fullmatch(word) or before[j][-1:] in "\u060c,.:":
                return False
        return False

    def _claimant_before_colon(self, text: str, q: Quote, before: list[str]) -> bool:
        """'تنفي مزاعم "X": ...', 'يرد على "X": ...' (denies X's claims, answers X, then what the denier says): a short
        passage in marks after a claim word or 'على', right before a colon that words follow, names whom is answered."""
        if not text[q.end : q.end + 2].strip().startswith(":") or not text[q.end :].lstrip(" :")[:1].isalpha():
            return False
        head = before[:-1] if before[-1:] == [DEFINITE[0]] else before  # ('مزاعم الـ"X"', the article apart)
        return bool(head) and (head[-1] == ON or bool(self.c.claims.fullmatch(head[-1])))

    def _fronted_name(self, text: str, q: Quote) -> bool:
        """In Arabic, a body's name in marks opening its clause before a verb of denying or answering in the present
        tense: the headline's subject ('"حركة X" تنفي مقتل قائدها', '“جبهة X” ترد على ...'), not words said. Words said
        in marks before their verb are a clause of their own ('"لن نتراجع"، يقول X'): a comma stands between, the verb
        is one of saying, or they hold a word no name holds (a particle, a negation)."""
        lead = text[: q.start].rstrip()
        if not q.closed or (lead and lead[-1] not in ".\u060c,:\u061b!-\u2013\u2014"):
            return False
        words = fold_words(q.text).split(" ")
        if not all(w.isalpha() and w not in self.c.stops for w in words):
            return False
        verb = re.match(r"\s+(\S+)", text[q.end : q.end + 30])
        if verb is None:
            return False
        said = fold_words(verb.group(1))
        # (a verb of denying or answering, whose object follows it; 'يقول' may follow words said and take its subject:
        # '"السلام قريب" يقول X')
        denies = self.c.deny.fullmatch(said) or self.c.respond.fullmatch(said)
        return bool(denies) and in_present(said, self.words.prefixes)

    def _name_after_that(self, text: str, q: Quote) -> bool:
        """In Arabic, a body's name in marks right after 'أن' (that) and before its verb: 'وأضاف أن "X" لم تتلق أي دعم',
        'أكد أن "حركة X" تخوض معركة'. The name is one word or a body's ('حركة', 'هيئة' ...); its verb, right after it,
        is negated, after 'قد', or in the present or the future. Words said after 'أن' run on to their clause's end
        ('أكد أن "الحرب انتهت"'), and a description in marks ('أن "جهات معادية" سعت') is the speaker's word for it."""
        before = fold_words(text[max(0, q.start - 12) : q.start]).split(" ")[-1:]
        if not before or not ({before[0], before[0][1:]} & BARE_THAT):
            return False
        words = fold_words(q.text).split(" ")
        if not q.closed or not (len(words) == 1 or self._is_body(q.text)):
            return False
        after = re.match(r"\s+(\S+)", text[q.end : q.end + 30])
        if after is None:
            return False
        verb = fold_words(after.group(1))
        future = verb[:2] in ("\u0633\u064a", "\u0633\u062a")  # 'سي', 'ست'
        return verb in NOT_OR_HAD or (len(verb) >= 3 and (in_present(verb, "") or future))

    def _before_colon(self, para: Paragraph, sent: Sentence, colon: int, text: str | None = None) -> Speaker | None:
        """The speaker named before a colon that opens a sentence ('X: ...'), or None (``text``: the paragraph's
        words to read the label in, where they are not its masked text)."""
        start = after_kicker(para.masked, sent.start, colon)
        tokens = self._past_opening_comma(self._tokens(para.masked if text is None else text, start, colon))
        if len(tokens) == 1 and tokens[0][3] in CREDIT and len(para.text[colon + 1 : sent.end].split()) <= 4:
            return (
                None  # ('منبع: خبرگزاری کسلیا', 'المصدر: وكالة كسليا': the outlet credited, at the end, says nothing)
            )
        if len(tokens) > 1 and tokens[0][3] in self.c.speech_nouns:
            tokens = tokens[1:]  # ('هشدار X به Y: ...', X's warning to Y: X speaks, not 'the warning of X')
        answering = next((i for i, t in enumerate(tokens) if i and answers_at(tokens, i)), None)
        if answering is not None:
            tokens = tokens[:answering]  # ('X ردا على الإعلام: ...', 'X در واکنش به ...: ...': X, answering it)
        k = self._cut_subject(tokens)  # ('X لـ"outlet": ...': the outlet told is not the speaker)
        # (after a body's state named after 'في' too, 'وزارة الداخلية في كسليا في بيان: ...', or what is set beside
        # the subject between commas, 'X، المتحدث باسم Y، في تصريح لـ...: ...')
        after = k
        if 0 < k < len(tokens) and tokens[k - 1][2][-1:] in "\u060c,":
            after = next((j + 1 for j in range(k, min(k + 7, len(tokens))) if tokens[j][2][-1:] in "\u060c,"), k)
        elif k + 2 < len(tokens) and tokens[k][3] == IN and tokens[0][3] in self.c.body_words:
            after = k + 2
        if self.words.verb_first and k > 0 and after < len(tokens) and self._occasion_before_colon(tokens[after:]):
            tokens = tokens[:k]  # ('X في تصريح لوكالة Y: ...', 'X لوكالة Y: ...', 'X في بيان: ...': X, so speaking)
        told = k < len(tokens) <= k + 2 and TO_OUTLET.match(tokens[k][2])
        office = bool(tokens) and tokens[0][3] in self.c.titles and k == len(tokens) <= 7
        # (and a source described whole, as long as an office: 'یک منبع نزدیک به جنبش نمونه: ...', a source close to
        # the movement, as 'یک منبع آگاه: ...'; the subject runs to the colon)
        source = bool(tokens) and tokens[0][3] in self.c.heads and k == len(tokens) <= 7
        if len(tokens) > 4 and not (told and k <= 5) and not office and not source:
            # ('مصدر في الحركة لـ"X": ...', a source and the outlet told, is a speaker too; so is an office and its
            # holder's name, 'وزير الدفاع الكسلي سامي الوردي: ...')
            return None
        if not k or tokens[0][3] in self.c.kickers:
            return None  # ('عاجل: ...', 'فوری: ...': a label, not a speaker)
        speaker = self.speaker(para.text[tokens[0][0] : tokens[k - 1][1]], para, tokens[0][0], sent)
        described = speaker is not None and speaker.entity is None and tokens[0][3] in (self.c.titles | self.c.heads)
        if speaker is None or (speaker.entity is None and not described):
            return None  # ('سخنگوی وزارت خارجه: ...', an office, is a speaker; a bare word before a colon may not be)
        return speaker

    def _occasion_before_colon(self, tokens: list[tuple[int, int, str, str]]) -> bool:
        """In Arabic, whether the words between a label's subject and its colon say only where or to whom the words
        were given: a remark, a statement, an interview ('في تصريح لوكالة X', 'في بيان') or the outlet told ('لوكالة
        X', 'لـ"X"'), with no verb and no quotation of their own."""
        fw, pair = tokens[0][3], " ".join(t[3] for t in tokens[:2])
        told = bool(TO_OUTLET.match(tokens[0][2])) or (fw[:1] == "\u0644" and fw[1:] in self.c.outlet_words)
        said = any(pair.startswith(p) for p in self.c.stop_phrases)
        if not (told or said) or len(tokens) > 7:
            return False
        return not any(MASK in t[2] or self.c.verb.fullmatch(t[3]) for t in tokens)

    def _past_opening_comma(self, tokens: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """A Persian label before a colon without the phrase of time or discourse that opens it, up to its comma
        ('در همین حال، سخنگوی وزارت دفاع کسلیا: ...', 'از سوی دیگر، ...': a preposition opens it, and no office or
        source is in it): the label is what follows."""
        if self.words.verb_first or not tokens or tokens[0][3] not in self.c.stops:
            return tokens
        comma = next((i for i, t in enumerate(tokens[:4]) if t[2][-1:] in "\u060c,"), None)
        if comma is None or comma + 1 >= len(tokens):
            return tokens
        if any(t[3] in self.c.titles | self.c.heads for t in tokens[: comma + 1]):
            return tokens
        return tokens[comma + 1 :]

    def _speakers_label(self, para: Paragraph, label: list[tuple[int, int, str, str]]) -> bool:
        """Whether the words before a colon in the body label a speaker: an office or a source (in Persian as
        before), or, of six words at most, an Arabic body by its word ('حركة النور', 'وزارة الدفاع الكسلية') or a
        body or person on file ('الحوثيون', 'طالبان' when on record; not a place, which is no actor nor group)."""
        if not self.words.verb_first and any(t[3] in self.c.titles | self.c.heads for t in label[:3]):
            return True
        if len(label) > 6 or any(MASK in t[2] or t[2][-1:] in CUT_AFTER for t in label):
            return False
        first = label[0][3]
        if first in self.c.titles | self.c.heads and self.words.verb_first:
            return True
        if self.words.verb_first and (
            first in self.c.body_words or first.removeprefix("\u0627\u0644") in self.c.body_words
        ):
            return True  # (a Persian body's label and colon is read as before: 'پایگاه خبری X: ...' heads its voice)
        text = para.text[label[0][0] : label[-1][1]]
        return self.index.lookup(text, ("actor", "group")) is not None

    def _dateline_glued(self, para: Paragraph, sent: Sentence, colon: int) -> bool:
        """Whether '<place>:<outlet>' is a dateline with its outlet ('نيالا:السودانية نيوز'): one word that is no body,
        office nor person's name, a colon with no space after it, and a short name after it to the end, no stop. No one
        speaks in it: a label's colon has its space ('حركة النور: ...'), a dateline's is often typed without one; a
        speaker's surname before a short quotation may lack it too ('حمدان:لن ننسحب')."""
        label = self._tokens(para.masked, sent.start, colon)
        after = para.masked[colon + 1 : sent.end].split()
        return (
            len(label) == 1
            and para.masked[colon + 1 : colon + 2].isalpha()
            and 1 <= len(after) <= 3
            and para.masked[sent.start : sent.end].rstrip()[-1:] not in ".!?\u061f"
            and not {label[0][3], label[0][3].removeprefix("\u0627\u0644")} & (self.c.body_words | self.c.titles)
            and not self._a_persons_name(label[0][2].strip(PUNCT))
        )

    def _place_before_colon(self, para: Paragraph, start: int, colon: int, spaced: bool = False) -> bool:
        """Whether the words from ``start`` to a colon on a first line are a place, the report's dateline, and no
        speaker: a place's word and its name ('ولایت تووک:', 'شهر کسل:', 'مدينة كسل:'), or one word without the article
        that is no body, office, source, outlet, country or capital, person's name nor name on file ('کسل :', 'كسل:'); with
        ``spaced`` or in Persian, only where a space stands before the colon ('کسل :'), as a dateline is typed and a
        label seldom is (an outlet's or a group's one-word name heading its words, 'X: ...', speaks in them)."""
        label = self._tokens(para.masked, start, colon)
        if not 1 <= len(label) <= 3 or any(MASK in t[2] or not t[3].isalpha() for t in label):
            return False
        first = label[0][3]
        if len(label) > 1:
            return first in PLACE_WORDS_FA | PLACE_WORDS_AR
        if (spaced or not self.words.verb_first) and not para.masked[colon - 1 : colon].isspace():
            # (in Persian always: a group's name of one word, 'حوثی‌ها:', heads its words as a place's would)
            return False
        word = label[0][2].strip(PUNCT)
        words = self.c.body_words | self.c.titles | self.c.heads | self.c.outlet_words | self.c.stops
        return not (
            first.startswith("\u0627\u0644")
            or first in words
            or country_name(word)
            or name_key(word) in capital_state_keys()  # ('بغداد: ...', 'طهران: ...': a capital speaks for its state)
            or self._a_persons_name(word)
            or self.index.lookup(word) is not None
        )

    def _a_persons_name(self, word: str) -> bool:
        """Whether ``word`` is a person's name: in the name data ('حمدان'), or after a given name in the article, as a
        surname ('الوردي' where 'سامي الوردي' is named)."""
        if looks_like_a_persons_name(word):
            return True
        after_a_name = re.compile(rf"(\S+)\s+{re.escape(word)}(?!\w)")
        before = {m.group(1).strip(PUNCT) for text in self.texts.values() for m in after_a_name.finditer(text)}
        # (not after a preceding word the name data also lists, 'في', 'على': 'في نيالا' names a place)
        return any(fold_words(w) not in self.c.stops and given_or_family_name(w) for w in before)

    def _headline(self, para: Paragraph, sent: Sentence, read: ReadSentence) -> None:
        """'<speaker>: <words>' as a headline: a quotation by the speaker."""
        colon = para.masked.find(":", sent.start, sent.end)
        if colon < 0 and self.words.verb_first:
            self._headline_signed(para, sent, read)
            return
        if colon > sent.start and self._judged_then_signed(para, sent, read, colon):
            return
        if colon > sent.start and self._dateline_glued(para, sent, colon):
            return
        if (
            colon > sent.start
            and para.masked[colon + 1 : sent.end].strip(PUNCT)
            and self._place_before_colon(para, sent.start, colon)
        ):
            # ('کسل : «...»', 'كسل: "..."': the place the report is filed from, no one who speaks; a place alone on
            # its line, 'دمشق:', is left as it was read, above the text that names the speaker)
            return
        # (a kicker may open the headline, ended by a semicolon: 'واکنش X به گزارش Y؛ Z: ...', the label is Z)
        if colon < 0 or len(para.masked[after_kicker(para.masked, sent.start, colon) : colon].split()) > 7:
            return
        # a name set in quotation marks may be the label itself ('«جبهه مقاومت ملی»: ...'), not a quotation
        # (in Arabic, other quoted words after the colon are the speaker's: '"X": قصف مقر "Y" تهمة مشرفة')
        before_colon = [q for q in sent.quotes if q.end <= colon]
        alone = len(sent.quotes) == 1 or (self.words.verb_first and len(before_colon) == 1)
        named = alone and bool(before_colon) and len(before_colon[0].text.split()) <= 5
        # (a term set in marks within the words, '... در برابر «مردم X» نبود', leaves them the speaker's words)
        after = para.text[colon + 1 : sent.end].split()
        terms = all(q.start > colon and len(q.text.split()) <= 3 < len(after) for q in sent.quotes)
        if sent.quotes and not named and not terms:
            return
        speaker = self._before_colon(para, sent, colon, para.text if named else para.masked)
        if speaker is None:
            return
        words = para.text[colon + 1 : sent.end].strip().rstrip(".")
        if not words:
            # ('X:' alone, announcing the paragraph after it: a stored copy that broke the headline's line after the
            # colon, '<speaker>:' then '<words>'). Only a speaker's label does so: an office, a source, a body by its
            # word, a name on file or a person's; an outlet's name alone above the text is its dateline ('الدرر
            # الشامية:' then 'خرج المتحدث ... عن صمته'), the reporter's own words after it
            label = self._tokens(para.masked, after_kicker(para.masked, sent.start, colon), colon)
            label_text = para.text[label[0][0] : label[-1][1]] if label else ""
            if label and (
                self._speakers_label(para, label)
                or label[0][3] in self.c.body_words
                or label[0][3].removeprefix("\u0627\u0644") in self.c.body_words
                or looks_like_a_persons_name(label_text)
                # (a place on file, 'دمشق:' above a headline, stays as it was read: the headline's words are the
                # denier's, named below)
                or self.index.lookup(label_text, ("actor", "group", "place")) is not None
            ):
                self.intro = speaker
            return
        start = para.text.index(words, colon + 1)
        q = Quote(para.number, start, start + len(words), True, words)
        read.acts.append(ReadAct(sent.start, colon, speaker, False, "headline", colon))
        read.colon = q
        self.spoken.append(speaker)  # ('المصدر' in the body is the headline's source; the last speaker stays unset)

    def _judged_then_signed(self, para: Paragraph, sent: Sentence, read: ReadSentence, colon: int) -> bool:
        """In Persian, a judgement of falsity first, then its speaker after a colon at the line's end ('ادعای حمله
        به پایگاه دروغ است: سخنگوی وزارت دفاع کسلیا'), as a headline signs it: the words before the colon are the
        speaker's (an office, a source or a name on file or of two to four words; no verb after the colon).
        Whether it was so read."""
        if self.words.verb_first or sent.quotes:
            return False
        words = para.text[sent.start : colon].strip()
        after = para.masked[colon + 1 : sent.end].strip().rstrip(".")
        label = fold_words(after).split(" ")
        if not after or not 1 <= len(label) <= 5 or self.c.verb.search(fold_words(after)) or MASK in after:
            return False
        if len(words.split()) < 3 or self.c.cue.search(fold_words(words)) is None:
            return False
        known = self.index.lookup(after, ("actor", "group")) is not None
        if not (known or label[0] in self.c.titles | self.c.heads or looks_like_a_persons_name(after)):
            return False
        speaker = self.speaker(after, para, para.text.index(after, colon + 1), sent)
        if speaker is None:
            return False
        start = para.text.index(words, sent.start)
        read.acts.append(ReadAct(sent.start, sent.start, speaker, False, "headline", sent.start))
        read.colon = Quote(para.number, start, start + len(words), True, words)
        return True

    def _headline_signed(self, para: Paragraph, sent: Sentence, read: ReadSentence) -> None:
        """In Arabic, '<words> - <speaker>' as a headline ('اتهام الحزب بالهجوم محض أكاذيب - قيادي'): words, a dash at
        the end, then an office or a source of one or two words, or a name on file: a quotation by the speaker."""
        m = re.search(
            r"\s[-\u2013\u2014]\s*([^\s\-\u2013\u2014]+(?:\s+[^\s\-\u2013\u2014]+)?)\s*$",
            para.masked[sent.start : sent.end],
        )
        if m is None or len(para.masked[sent.start : sent.start + m.start()].split()) < 4:
            return
        label = para.text[sent.start + m.start(1) : sent.start + m.end(1)]
        head = fold_words(label).split()[0]
        known = self.index.lookup(label, ("actor", "group")) is not None
        if not (known or head in self.c.titles or head in self.c.heads):
            return
        speaker = self.speaker(label, para, sent.start + m.start(1), sent)
        words = para.text[sent.start : sent.start + m.start()].strip()
        if speaker is None or not words:
            return
        start = para.text.index(words, sent.start)
        read.acts.append(ReadAct(sent.start, sent.start, speaker, False, "headline", sent.start))
        read.colon = Quote(para.number, start, start + len(words), True, words)
        self.spoken.append(speaker)
