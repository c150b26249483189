"""English: the rules of :mod:`generator.draft.speakers`, :mod:`.descriptors` and :mod:`.units`, then the article.

Read as a whole, the article adds what no one sentence says: an office described without a name is the person
it names in that office; a statement set out after 'The statement reads:' is its speaker's; news called untrue
in the text's own voice is its publisher's denial; and the denials of one side (a body, its offices, the
spokesman who speaks for it) get one denier, so that each side is drafted as one denial citing every place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace

from generator.draft.denials import (
    ACTED_NO,
    NO_PART,
    NONE_DID,
    NOT_A_SHAM_OR_FIRST,
    NOT_ACTS,
    NOT_BACKED_BY,
    NOT_PART,
    NOT_THE_ONES,
    PLEA_AGAINST_FALSEHOODS,
    Denial,
    calls_false,
    charges_judged_false,
    denies_in_own_words,
)
from generator.draft.descriptors import describe
from generator.draft.discourse import GROUP_NOUNS, HUMAN_NOUNS, Entity, Speaker, holds_office
from generator.draft.lang import Analysis, headline_denials, is_headline, reads_as_headline
from generator.draft.names import FUNCTION_WORDS, PORTFOLIOS, NameIndex, key_tokens
from generator.draft.speakers import (
    AFTER_ANOTHER_NAME,
    TITLE_WORDS,
    Act,
    Reader,
    Reading,
    head_word,
    possessive_owner,
    two_named,
)
from generator.draft.territories import is_country_name, names_a_state
from generator.draft.text import Paragraph
from generator.draft.units import Unit, answered_charges, restated_denials, units_of
from generator.draft.verbs import (
    DAYS,
    ISSUED_A_WRITING,
    ISSUED_WRITING,
    MONTHS,
    SAID,
    UNNAMED_HEARERS,
    WRITINGS,
    Verb,
    find_verbs,
)


class English:
    language = "en"

    def describes_a_speaker(self, word: str) -> bool:
        return False  # English names are told from descriptions by capitals, before a record is planned

    def analyse(self, paragraphs: list[Paragraph], index: NameIndex, skip: set[int]) -> Analysis:
        reader = Reader(paragraphs, index, skip)
        readings = reader.read()
        descriptors, leaderships = describe(readings)
        analysis = Analysis(descriptors=descriptors, leaderships=leaderships, entities=reader.discourse.entities)
        analysis.unattributed = [(q.paragraph, q.text) for r in readings for q in r.unattributed]
        analysis.names_in_marks = len({id(q) for r in readings for q in r.named_quotes})
        for r in readings:
            for m in r.mentions:
                ent = r.entities.get(id(m))
                if ent is not None and id(ent) not in analysis.first_sentence:
                    analysis.first_sentence[id(ent)] = (r.sentence.number, r.sentence.cited)
        first = min((p.number for p in paragraphs if p.number not in skip), default=0)
        last = max((p.number for p in paragraphs), default=0)
        units = []
        headlines = []
        statements = _statement_after_colon(readings, skip)
        said_in = {u.paragraph.number for u in statements}  # (a statement's 'we deny' is its speaker's)
        own_voice = _own_voice_denials(readings, _signer(readings, paragraphs, skip, reader), said_in)
        for unit in units_of(readings) + statements + own_voice:
            if (
                unit.kind == "reported"
                and unit.act is not None
                and _ANNOUNCES.fullmatch(unit.paragraph.masked, unit.act.verb.end, unit.end + 1)
            ):
                continue  # 'The statement reads:' only announces the words that follow
            holder = _named_office_holder(unit.speaker, reader.discourse.entities, first, unit, paragraphs, skip)
            if holder is not unit.speaker:
                _set_speaker(unit, holder)
            if unit.kind == "denial" and is_headline(unit.paragraph, first):
                headlines.append(unit)
                continue
            if unit.kind == "denial" and _denied_in_a_heading(unit, first, last):
                if unit.attributions:  # (its words in marks stay its speaker's, as a headline's do)
                    unit.kind, unit.denial = "quote", None
                    units.append(unit)
                continue
            units.extend(_one_per_denier(unit, reader))
        _named_next(units)
        texts = {p.number: p.text for p in paragraphs}

        def one_side(h: Speaker, b: Speaker) -> bool:
            return h.same(b) or _speaks_for(h, b, index, texts) or _speaks_for(b, h, index, texts)

        def restating_side(h: Speaker, b: Speaker) -> bool:
            # (a title after the name, or the body's name cut short, too: whose words restate the body's denial)
            return h.same(b) or _speaks_for(h, b, index, texts, True) or _speaks_for(b, h, index, texts, True)

        units += _headline_label(readings, first, reader, units, one_side)
        deniers = [u.speaker for u in units + headlines if u.kind == "denial"]
        _echoed_denials(units, deniers)
        restated_denials(units, deniers, restating_side, negates, negates_beside=negates_beside_marks)
        units += _relayed_denials(units)
        units += _denied_later_by_one_told_before(readings, units)
        in_headline = headline_denials(headlines, units, one_side)
        units += in_headline
        units.sort(key=lambda u: (u.number, u.start))
        answered_charges(units, negates_deed_told)
        _one_denier_per_side(units, index, texts, {id(u) for u in in_headline})
        for unit in units:
            ent = unit.speaker.entity
            if ent is not None and ent.shown and unit.speaker.label == ent.name:
                # ('Iran's Foreign Ministry' read before "Iraq's Foreign Ministry" was met: the name it is drafted under)
                unit.speaker.label = ent.label
        for unit in units:
            analysis.units.append(unit)
            analysis.mentioned[id(unit)] = [
                r.entities[id(m)]
                for r in unit.readings
                for m in r.mentions
                if id(m) in r.entities and unit.start <= m.start < unit.end
            ]
        return analysis


def _denied_in_a_heading(unit: Unit, first: int, last: int) -> bool:
    """Whether a denial is read, by a verb of denying, in a line set as a heading below the headline: a deck under it
    ('Al-Shabab spokesman dismisses death rumours', 'Venn calls the raid a crime, denying any role') or a subheading
    between paragraphs ('Veloria rejects Ostravian statements on the raid'), short and with no closing stop. Such a
    line restates the denial its lead or the paragraph after it reports, as the headline does, and news lists it as
    no place of that denial; a line that gives words and their speaker ('Such reports are false, says X') is still one,
    as its verb is one of saying."""
    verb = unit.act.verb if unit.act is not None else None
    return (
        first < unit.number < last
        and verb is not None
        and verb.denial == "denied"
        and reads_as_headline(unit.paragraph.source or unit.paragraph.text)
    )


# A paragraph that ends by announcing a text: 'The statement reads:', 'Mujahid said:'.
_ANNOUNCES = re.compile(r"\s*:\s*$")
_DENYING_WORD = re.compile(r"\b(?:deny|denies|denied|reject|rejects|rejected|refute|refutes)\b", re.IGNORECASE)
MAX_STATEMENT_PARAGRAPHS = 8


def _statement_after_colon(readings: list[Reading], skip: set[int]) -> list[Unit]:
    """The paragraphs of a statement given after '<speaker> <verb>:' without quotation marks, one unit each.

    Statements and press releases are often set out whole after 'The statement reads:'. The paragraphs that
    follow are the speaker's words while they carry no quotation marks and no verb of saying of their own (the
    statement's 'we emphasize', 'we deny' are not reported speech); the first that does ends it. A paragraph
    that denies or calls something false is a denial.
    """
    by_paragraph: dict[int, list[Reading]] = {}
    for r in readings:
        by_paragraph.setdefault(r.sentence.number, []).append(r)
    out: list[Unit] = []
    speaker = None
    issuer: Speaker | None = None
    taken = 0
    for number in sorted(by_paragraph):
        group = by_paragraph[number]
        paragraph = group[0].sentence.paragraph
        if number in skip:
            continue
        if (
            speaker is not None
            and taken < MAX_STATEMENT_PARAGRAPHS
            and not paragraph.quotes
            and not any(r.acts for r in group)
        ):
            out.append(_statement_unit(speaker, paragraph, group))
            taken += 1
            continue
        speaker, taken = None, 0
        last = group[-1]
        act = last.acts[-1] if last.acts else None
        if act is not None and _ANNOUNCES.fullmatch(paragraph.masked, act.verb.end):
            speaker = act.speaker
        elif act is None:
            speaker = _announced_statement(paragraph, group, issuer)
        issuer = _issuer_of_a_writing(paragraph, group)
    return out


# The writings whose text a paragraph may announce: those a body speaks through (verbs.WRITINGS), and a declaration.
_ANNOUNCED_WRITINGS = rf"{WRITINGS}|declaration"
# A paragraph that announces a statement's text with no verb of saying: 'Below is the text of the ministry's
# statement:', 'Following is the full text of the statement:', 'Here is the statement in full:', 'The full text of
# the communiqué follows:'. Its owner, in the possessive, is named there; else it is the one who issued a writing in
# the paragraph before.
_ANNOUNCING_TEXT = re.compile(
    r"\s*(?:(?:Below|Following|Here|What\s+follows)\s+(?:is|are)\s+)?(?:(?i:the)\s+)?"
    r"(?:(?i:full|complete|entire|official|unofficial)\s+)?(?:(?i:text|transcript|wording|translation)\s+of\s+)?"
    r"(?:(?i:the|this|its|his|her|their)\s+|(?P<owner>(?:the\s+)?[A-Z][^:,.;\u2591]{0,60}?)['\u2019]s?\s+)?"
    rf"(?:(?:full|complete|entire|official)\s+)?(?i:{_ANNOUNCED_WRITINGS})"
    r"(?:,?\s+in\s+full|\s+(?:reads\s+as\s+follows|is\s+as\s+follows|follows))?\s*:\s*"
)
# A writing issued, that such a paragraph may announce: 'X issued a statement on ...', 'X said in a letter ...' (not a
# 'post', which is a border post as often as a writing).
_A_WRITING = re.compile(rf"\b(?!post\b)(?:{_ANNOUNCED_WRITINGS})\b", re.IGNORECASE)


def _issuer_of_a_writing(paragraph: Paragraph, group: list[Reading]) -> Speaker | None:
    """The speaker of a paragraph's last act, when the paragraph tells of a writing ('issued a statement', 'in a
    statement'): the one whose text a paragraph after may announce."""
    if _A_WRITING.search(paragraph.masked) is None:
        return None
    acts = [a for r in group for a in r.acts if not a.relative]
    if acts:
        return acts[-1].speaker
    for r in reversed(group):  # ('The ministry issued a statement on Monday about the raid.': no verb of saying)
        issued = ISSUED_A_WRITING.search(r.sentence.masked)
        if issued is None:
            continue
        at = r.sentence.start + issued.start()
        before = [
            m
            for m in r.mentions
            if m.end <= at and not m.possessive and m.kind in ("person", "org") and id(m) in r.entities
        ]
        if before and re.fullmatch(
            r"[\s,]*(?:(?:has|have|had|also|then|later|on\s+\w+)\s+)*", paragraph.masked[before[-1].end : at]
        ):
            ent = r.entities[id(before[-1])]
            return Speaker(ent.label, ent, person=ent.person, how="named")
    return None


def _announced_statement(paragraph: Paragraph, group: list[Reading], issuer: Speaker | None) -> Speaker | None:
    """Whose statement a paragraph with no verb announces (:data:`_ANNOUNCING_TEXT`): the body or person named as its
    owner ('the ministry's statement'), or else the issuer of the paragraph before (an owner named by office, 'the
    KRG spokesperson's statement', is that issuer, named there in full); None if it announces none."""
    found = _ANNOUNCING_TEXT.fullmatch(paragraph.masked)
    if found is None:
        return None
    if found.group("owner") is not None:
        end = found.end("owner")
        for r in group:
            for m in r.mentions:
                ent = r.entities.get(id(m))
                if ent is not None and m.end == end:
                    return Speaker(ent.label, ent, person=ent.person, how="named")
    return issuer


def _statement_unit(speaker: Speaker, paragraph: Paragraph, group: list[Reading]) -> Unit:
    start, end = group[0].sentence.start, group[-1].sentence.end
    act = Act(Verb(start, start, "reads", "finite"), speaker, group[0].sentence)
    unit = Unit("reported", speaker, paragraph, start, end, list(group), act=act)
    for r in group:
        cue = _DENYING_WORD.search(r.sentence.masked)
        if cue is not None or calls_false(r.sentence.text):
            at = r.sentence.start + (cue.start() if cue else 0)
            verb = Verb(at, at + (len(cue.group()) if cue else 0), cue.group() if cue else "reads", "finite")
            unit.kind = "denial"
            unit.denial = Denial(r, Act(verb, speaker, r.sentence), (r.sentence.text.strip().rstrip("."),), ())
            break
    return unit


# The article itself calls reports false, with no one saying so: 'The news claiming that X was targeted is untrue.'
_OWN_VOICE = re.compile(
    rf"\s*(?:The|These|This|Such|All|Any)\s+(?:{SAID}|information)\b"
    r"[^.;:\u2591]{0,250}?\b(?:is|are|was|were)\s+(?:[a-z]+ly\s+)?"
    r"(?:untrue|false|baseless|unfounded|fabricated|groundless|incorrect|inaccurate|lies|not true)\b"
)


# The same with the reports named first and any words that call them false after ('The claims that the brigade fired on
# the convoy are part of a smear campaign', 'Reports of an attack on Tarvo are completely wrong', 'What some outlets
# published about the brigade is a pack of lies'): the subject names what was said, the predicate judges it.
_OWN_VOICE_JUDGED = re.compile(
    rf"\s*(?:(?:(?:The|These|This|Such|All|Any)\s+)?(?i:{SAID})\b|What\s+(?:[\w'\u2019-]+\s+){{0,4}}?"
    r"(?:published|reported|said|claimed|alleged|circulated|spread|broadcast|aired|wrote)\b)"
    r"[^.;:\u2591]{0,250}?\s(?P<copula>is|are|was|were)\s"
)


def _own_voice_judged(masked: str) -> bool:
    """Whether a sentence names reports first and its predicate calls them false (:data:`_OWN_VOICE_JUDGED`): the
    predicate read after a plain 'the claims are', as the rules judge what was said."""
    found = _OWN_VOICE_JUDGED.match(masked)
    return found is not None and calls_false("the claims are " + masked[found.end() :])


# The same in a statement's own first person, the news called false where it is named: 'the Kessel state is publishing
# false and fabricated news about our forces', 'our people should be aware of this fake news' (a body's statement on
# its own site; a news writer does not say 'our' outside quotations).
_OWN_FALSE_NEWS = re.compile(
    r"\b(?:false|fake|fabricated|baseless|untrue|unfounded|groundless)\s+(?:and\s+(?:false|fake|fabricated|baseless|"
    r"untrue|unfounded|groundless)\s+)?(?:news|reports?|claims?|allegations?|information|rumou?rs)\b",
    re.IGNORECASE,
)
# (not 'US' in capitals, the country: 'the US Secretary of State supported the false claims' is no one's first person)
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")


def _own_voice_denials(readings: list[Reading], signer: Speaker | None, said_in: set[int]) -> list[Unit]:
    """Sentences in which the article, with no one named as saying so, calls reports untrue or denies in its own
    first person ('We categorically deny such accusations'): the signer's, else the publisher's.

    A news report attributes a denial to someone; where a sentence calls the news false in the text's own
    voice, the text is the statement of the body that published it (a press release on its own site), or of
    the one who signs it at its end.
    """
    out = []
    denying: set[int] = set()
    for r in readings:
        # ('X made baseless accusations against us, claiming ...' in a signed statement: its signer judges them)
        judged = signer is not None and bool(r.acts) and charges_judged_false(r)
        if (r.acts and not judged) or r.sentence.quotes or r.sentence.number in said_in:
            continue
        masked = r.sentence.masked
        if not (
            judged
            or _OWN_VOICE.match(masked)
            or _own_voice_judged(masked)
            or ((_OWN_FALSE_NEWS.search(masked) or denies_in_own_words(masked)) and _FIRST_PERSON.search(masked))
            # (and what the same voice goes on to say is not so, in the paragraph where it denied: 'We deny these
            # accusations. The Kessel Region has never been a cause of unrest.')
            or (r.sentence.number in denying and negates(masked))
        ):
            continue
        denying.add(r.sentence.number)
        speaker = signer
        if speaker is None:
            speaker = Speaker("the publisher", None, "the publisher", False, "the text's own voice: its publisher's")
            speaker.publisher = True
        start = r.sentence.start
        act = Act(Verb(start, start, "is", "finite"), speaker, r.sentence)
        denial = Denial(r, act, (r.sentence.text.strip().rstrip("."),), ())
        out.append(Unit("denial", speaker, r.sentence.paragraph, start, r.sentence.end, [r], act=act, denial=denial))
    return out


# The lines that close a signed statement: the signer's name over their office, or both on one line ('Lev Arno' then
# 'Spokesperson of the Kessel Brigade'; 'Lev Arno, Kessel Brigade spokesperson'), perhaps a date line below.
_DATE_LINE = re.compile(
    r"\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|"
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})\s*"
)
_SIGNING_OFFICES = frozenset(
    "spokesperson spokesman spokeswoman minister secretary director commander chairman president head chief "
    "office command council ministry presidency leadership bureau".split()
)
MAX_SIGNATURE_WORDS = 9


def _signer(readings: list[Reading], paragraphs: list[Paragraph], skip: set[int], reader: Reader) -> Speaker | None:
    """Who signs the text at its end: the person on the short line above an office, or the body or office that
    signs alone; None where the text ends otherwise (a report's last sentence, a byline that holds no office).

    A statement on a body's own site denies in the first person with no verb of saying ('We categorically deny
    ...'), and its spokesman signs it below; the signature must name an office, so that a byline is no signer.
    """
    lines: list[Paragraph] = []
    for para in reversed([p for p in paragraphs if p.number not in skip][-5:]):
        text = para.text.strip()
        if not lines and _DATE_LINE.fullmatch(text):
            continue
        if len(text.split()) > MAX_SIGNATURE_WORDS or text[-1:] in ".!?:;" or para.quotes:
            break
        lines.insert(0, para)
    office = next(
        (k for k, p in enumerate(lines) if _SIGNING_OFFICES & {w.lower().strip(",") for w in p.text.split()}), None
    )
    if office is None:
        return None
    for at in (office - 1, office) if office else (office,):
        found = (r.entities.get(id(m)) for r in readings if r.sentence.number == lines[at].number for m in r.mentions)
        named = [e for e in found if e is not None]
        ent = next((e for e in named if e.person), named[0] if named and at == office else None)
        if ent is not None:
            return reader.discourse.named(ent, "signed the statement")
    described = lines[office].text.strip()
    return Speaker(described, None, described, True, "signed the statement with their office")


# A quotation that relays another's denial in the third person: '"The spokesman of the brigade denied the news of
# ...," the agency said'. The words before the verb name the denier.
_RELAYED_DENIAL = re.compile(
    r"\s*((?:[\w'\u2019().-]+\s+){1,10}?)(?:has\s+|had\s+|have\s+)?(?:[a-z]+ly\s+)?(?:denied|rejected|refuted|"
    r"dismissed)\s+(?:(?:the|these|those|all|any|such|media)\s+)?" + SAID + r"\b|"
    # or the part in the act it is charged with: '"As far as we know the brigade has denied its involvement in the
    # bombing," X said' (only 'denied': one rejects a role one is offered)
    r"\s*((?:[\w'\u2019().-]+\s+){1,10}?)(?:has\s+|had\s+|have\s+)?(?:[a-z]+ly\s+)?denied\s+"
    r"(?:(?:its|his|her|their|any)\s+)?(?:involvement|role|hand|part|responsibility)\s+(?:in|for)\b"
)


def _relayed_denials(units: list[Unit]) -> list[Unit]:
    """Places of a denial relayed in another's quotation: an outlet quoting its own report that a denier of the
    article denied ('"The spokesman of the brigade denied the news ...," the agency said'). The quotation stays the
    outlet's; the denial is the one it names, and only a denier the article reports denying elsewhere, so that a
    name in a quotation is never made a denier on its own."""
    deniers = [u.speaker for u in units if u.kind == "denial" and u.speaker.entity is not None]
    out = []
    for unit in units:
        if unit.kind != "quote" or not unit.readings:
            continue
        for a in unit.attributions:
            m = _RELAYED_DENIAL.match(a.quote.text)
            if m is None:
                continue
            subject = m.group(1) or m.group(2)
            denier = next((d for d in deniers if _names_in(d, subject) and not d.same(a.speaker)), None)
            if denier is None:
                continue
            speaker = replace(denier, how=f"its denial, relayed in a quotation by {a.speaker.label}")
            reading = next(r for r in unit.readings if r.sentence.start <= a.quote.start < r.sentence.end)
            start, end = a.quote.start, a.quote.end
            if m.group(2) is not None:
                # a part in the act, denied in the speaker's own account ('As far as we know the brigade has denied
                # its involvement. We shall ask them'): only that sentence, inside the marks, so the quotation
                # stays its speaker's alone
                inner = unit.paragraph.text.find(a.quote.text, a.quote.start, a.quote.end)
                stop = re.compile(r"[.;!?](?=\s|$)").search(a.quote.text, m.end())
                if inner >= 0:
                    start, end = inner, inner + (stop.end() if stop else len(a.quote.text))
            act = Act(Verb(start, start, "denied", "finite"), speaker, reading.sentence)
            words = unit.paragraph.text[start:end] if m.group(2) is not None else a.quote.text
            denial = Denial(reading, act, (words.strip().rstrip(".,"),), ())
            out.append(Unit("denial", speaker, unit.paragraph, start, end, [reading], act=act, denial=denial))
    return out


# What was said, then 'which was later denied' with no one named as its denier: 'According to the statement, which was
# later denied, "..."', 'The report, which was subsequently denied, said ...', 'the claims, which have since been denied'
# (not 'which was not denied', nor 'the request, which was denied': no words; with 'by X' after it, X denies).
_LATER_DENIED = re.compile(
    rf"\b(?:{SAID}|statements?|communiqu(?:e|\u00e9)s?|posts?|tweets?)\s*,\s*(?:which|that)\s+(?:was|were|"
    r"(?:has|have|had)\s+(?:since\s+)?been)\s+(?:(?:later|subsequently|since|quickly|swiftly|promptly|soon|also|"
    r"immediately|officially|publicly)\s+)?denied(?:\s+(?:later|since|afterwards|hours\s+later|days\s+later))?"
    r"(?!\s+by\b)(?=\s*[,.])",
    re.IGNORECASE,
)


def _denied_later_by_one_told_before(readings: list[Reading], units: list[Unit]) -> list[Unit]:
    """Places of a denial told in the passive with no denier named ('According to the statement, which was later
    denied, "..."'): its denier is the one side the article has told denying before, and only where it told one; with
    none, or two or more, no one is drafted. The words cited stay their speaker's; the place ends with 'denied'."""
    out = []
    for reading in readings:
        sentence = reading.sentence
        found = _LATER_DENIED.search(sentence.paragraph.masked, sentence.start, sentence.end)
        if found is None or any(a.verb.denial for a in reading.acts):
            continue
        at = (sentence.number, sentence.start)
        if any(u.kind == "denial" and u.number == sentence.number and u.start <= found.start() < u.end for u in units):
            continue  # (the sentence is read as a denial already)
        deniers: list[Speaker] = []
        for u in units:
            if u.kind == "denial" and (u.number, u.start) < at and not any(u.speaker.same(d) for d in deniers):
                deniers.append(u.speaker)
        if len(deniers) != 1:
            continue
        start, end = sentence.start, found.end()
        speaker = replace(
            deniers[0], how=f"'which was later denied', by the one told denying before: {deniers[0].label}"
        )
        verb_at = sentence.paragraph.masked.rfind("denied", found.start(), end)
        act = Act(Verb(verb_at, verb_at + len("denied"), "denied", "finite"), speaker, sentence)
        words = reading.quotes[0].quote.text if reading.quotes else sentence.text
        denial = Denial(reading, act, (words.strip().rstrip(".,"),), ())
        out.append(Unit("denial", speaker, sentence.paragraph, start, end, [reading], act=act, denial=denial))
    return out


def _names_in(speaker: Speaker, words: str) -> bool:
    """Whether ``words`` (a quotation's, where names are not read) name the speaker's entity, whole words only."""
    ent = speaker.entity
    if ent is None:
        return False
    names = {ent.name, *(text for *_, text in ent.mentions)}
    if ent.known is not None:
        names.add(ent.known.name)
    # (and their initials, as a speaker shortens a body's name: 'the TTP' for 'the Tehreek-i-Taliban Pakistan', the
    # 'KLF' for the 'Kessel Liberation Front')
    names |= {"".join(w[0] for w in re.split(r"[\s-]+", n) if w[:1].isupper()) for n in list(names)}
    return any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", words) for n in names if len(n) > 2)


# A headline that gives its words and their speaker on either side of a colon: 'Coalition: militia did not stop
# survey', 'Reports of advances false: Houthis'. The speaker's side is short and holds no verb of its own.
_LABEL_FIRST = re.compile(r"\s*([^:;,\u2591\u201c\u201d\"]{2,50}?)\s*:\s+(?=\S)")
_LABEL_LAST = re.compile(r"(?<=\S):\s+([^:;,\u2591\u201c\u201d\"]{2,40}?)\s*$")


def _headline_label(
    readings: list[Reading],
    first: int,
    reader: Reader,
    body: list[Unit],
    one_side: Callable[[Speaker, Speaker], bool],
) -> list[Unit]:
    """A headline of the form '<speaker>: <words>' or '<words>: <speaker>', or a standfirst of the first form after
    it, as the speaker's claim.

    Only where the label is someone who speaks in the body (the same, one side with them, or their name shortened:
    'US-Led Coalition' for 'the U.S.-led coalition against the Islamic State'), who is then its speaker: a label
    the body does not bear out may be a place or a topic ('Iraq: five killed in blast'). Words that say something
    is not so make it another place of that speaker's denial (:func:`restated_denials`).
    """
    numbers = sorted({r.sentence.number for r in readings})[:2]
    out = []
    for number in numbers:  # the headline, and a standfirst after it ('Senior official: 1,000 fighters trained.')
        heads = [r for r in readings if r.sentence.number == number]
        if len(heads) != 1 or heads[0].acts or heads[0].sentence.quotes:
            continue
        reading = heads[0]
        sentence = reading.sentence
        headline = number == first and is_headline(sentence.paragraph, first)
        if not headline and (number == first or len(sentence.text.split()) > 40):
            continue
        masked = sentence.paragraph.masked
        labels = [_LABEL_FIRST.match(masked, sentence.start, sentence.end)]
        if headline:
            labels.append(_LABEL_LAST.search(masked, sentence.start, sentence.end))
        for label in labels:
            if label is not None and len(label.group(1).split()) <= 5:
                unit = _labelled(reading, label, label.re is _LABEL_FIRST, reader, body, one_side)
                if unit is not None:
                    out.append(unit)
                    break
    return out


def _labelled(
    reading: Reading,
    label: re.Match[str],
    first: bool,
    reader: Reader,
    body: list[Unit],
    one_side: Callable[[Speaker, Speaker], bool],
) -> Unit | None:
    sentence, masked = reading.sentence, reading.sentence.paragraph.masked
    span = label.span(1)
    speaker = reader.speaker_of(reading, *span)
    words = {w.replace(".", "") for w, _, _ in key_tokens(masked[span[0] : span[1]].replace(".", ""))}
    text = masked[span[0] : span[1]].strip()
    # (a place, on file or read as one: a body's name before its office is no dateline, 'Varda Front: ...' over 'the
    # Varda Front media office said')
    place = reader.index.lookup(text, ("place",)) is not None or any(
        m.kind == "place" and span[0] <= m.span_start and m.end <= span[1] for m in reading.mentions
    )
    spoken = next(
        (
            u.speaker
            for u in sorted(body, key=lambda u: u.kind != "denial")
            if not (place and _dateline(words, text, u.speaker))
            and (
                (speaker is not None and one_side(speaker, u.speaker))
                or (
                    words
                    and all(
                        _stem_in(w, _speaker_words(u.speaker)) or _clipped_in(w, _speaker_words(u.speaker))
                        for w in words
                    )
                )
            )
        ),
        None,
    )
    if spoken is None:
        return None
    how = f"the headline's label '{masked[span[0] : span[1]].strip()}', who speaks in the article"
    speaker = Speaker(spoken.label, spoken.entity, spoken.described, spoken.person, how)
    at = span[1] if first else sentence.start  # where the words begin: after the label, or the headline's start
    act = Act(Verb(at, at, "says", "finite"), speaker, sentence)
    return Unit("reported", speaker, sentence.paragraph, sentence.start, sentence.end, [reading], act=act)


def _dateline(words: set[str], label: str, speaker: Speaker) -> bool:
    """Whether a headline's label, a place, is only the place it sets before its colon, as a dateline, where the
    body's speaker holds it only before its head noun, as its place or owner: 'Kessel: 30 killed in strike' over 'the
    Kessel health ministry said ...', 'Kessel: ...' over 'the Kessel city council said ...'. A state speaks through its
    bodies ('Iran: reports are false' over "Iran's foreign ministry said ..."; so does a territory the reference data
    holds as one, 'Gaza' over "Gaza's health ministry"), and a label that is the body's head noun is that body
    ('Coalition: ...' over 'the U.S.-led coalition')."""
    if speaker.person or names_a_state(label) or is_country_name(label):
        return False
    spoken = [w for w, _, _ in key_tokens(speaker.label.replace(".", ""))]
    head = head_word(speaker.label)
    if head not in spoken or head in words:
        return False
    before = spoken[: spoken.index(head)]
    return bool(words) and all(w in before for w in words)


def _speaker_words(speaker: Speaker) -> set[str]:
    """The words a speaker is written with, dots dropped ('u.s.' as 'us'), for a headline's short form of it."""
    texts = [speaker.label, speaker.described or ""]
    if speaker.entity is not None:
        texts += [text for _, _, _, text in speaker.entity.mentions] + [speaker.entity.name]
    words = {w for text in texts for w, _, _ in key_tokens(text.replace(".", ""))}
    return words | (speaker.entity.nearby if speaker.entity is not None else set())  # 'SDF spokesperson X


def _named_next(units: list[Unit]) -> None:
    """A person described without a name who denies, named in the paragraph's next sentence: 'A security official of
    the brigade dismissed the reports. "...," Lev Arno said on Telegram.' News leads introduce the speaker so and
    name them at once; the name is the description's (only a person named there for the first time, with no other
    office of their own written around the name, and no one else between)."""
    for i, unit in enumerate(units[:-1]):
        speaker, after = unit.speaker, units[i + 1]
        if (
            unit.kind != "denial"
            or speaker.entity is not None
            or not speaker.person
            or not re.match(r"(?:an?|one)\s", speaker.described or "", re.IGNORECASE)
            or after.readings[:1] == unit.readings[:1]
        ):
            continue
        head = head_word(speaker.described or "")
        if after.paragraph is not unit.paragraph and not (
            # (or in the next paragraph, which takes the description up by its head and names it in apposition: 'A
            # senior Kessel official denied ...', then 'The official, Lev Arno, said ...'; before, two deniers; with
            # as many of the description's words as news repeats: 'The senior Kessel official, Lev Arno, said')
            after.number == unit.number + 1
            and after.readings
            and re.match(
                rf"\s*the\s+(?:[\w-]+\s+){{0,3}}?{re.escape(head)}\s*,",
                after.paragraph.masked[after.readings[0].sentence.start :],
                re.IGNORECASE,
            )
        ):
            continue
        ent = after.speaker.entity
        if (
            ent is None
            or not ent.person
            or ent.mentions[0][:2] < (after.number, after.start)
            or any(w in HUMAN_NOUNS and w != head for w in ent.nearby)
        ):
            continue
        how = f"'{speaker.described}', named in the next sentence: {ent.label}"
        _set_speaker(unit, Speaker(ent.label, ent, None, True, how))


# Offices held by one person at a time: 'the ministry spokesman' is the spokesman the article names. Not
# 'official', 'source' or 'member': those are many people, and an unnamed source is unnamed on purpose.
_OFFICES = frozenset(
    "spokesman spokeswoman spokesperson minister commander leader chief president ambassador governor mayor envoy "
    "secretary-general premier".split()
)
# A title that gives its owner by a description or a pronoun: 'the group's spokesman', 'its spokesman'.
_OWNER_OF_ROLE = re.compile(
    r"(?:^|\s)(?:its|the\s+(\w+)['\u2019]s?)\s+(?:[\w-]+\s+)?(?:spokes\w+|official|leader|commander|head|chief)\s*$",
    re.IGNORECASE,
)
# Roles in which a person speaks for a body or a state whose name their title holds.
_SPEAKS_FOR_ROLES = _OFFICES | frozenset(
    "official officials member mp lawmaker source representative deputy head director aide adviser advisor "
    "spokesperson officer".split()
)
_UNDETERMINED = frozenset("a an one some two three several another any".split())
# An office of a body described, not named, with an article of its own: 'the spokesperson of an armed group backed
# by Veloria', 'the spokeswoman for a rebel movement in the north'. Its holder, named later, is written with the
# body's noun ("X, the group's spokesman", 'Movement spokeswoman X'), never with the words that describe the body.
# (and in the possessive: "a Veloria-backed militia group's spokesperson")
_A_BODYS_OFFICE = re.compile(
    r"an?\s+(?:[\w'\u2019-]+\s+){0,3}?(group|faction|militia|movement|organi[sz]ation|brigade)['\u2019]s?\s+"
    r"(?:[\w-]+\s+)?[\w-]+",
    re.IGNORECASE,
)
_OF_A_BODY = re.compile(
    r"\s(?:of|for)\s+an?\s+(?:[\w'\u2019-]+\s+){0,3}?(?:(?:group|faction|militia|movement|organi[sz]ation|brigade)\s+)?"
    r"(group|faction|militia|movement|organi[sz]ation|brigade)\b",
    re.IGNORECASE,
)


def _named_office_holder(
    speaker: Speaker,
    entities: list[Entity],
    headline: int | None = None,
    unit: Unit | None = None,
    paragraphs: Sequence[Paragraph] = (),
    skip: AbstractSet[int] = frozenset(),
) -> Speaker:
    """An office described without a name, read as the one person the article names in that office.

    News leads often give the office and name its holder a paragraph later ('Iranian Foreign Ministry
    spokesman has dismissed ...', then 'Foreign Ministry Spokesman Bahram Ghasemi dismissed ...'), and the body
    returns to him by office ('The spokesman of Iran's Foreign Ministry noted ...'). The description must be
    definite or bare ('a spokesman' is someone else), its head an office one person holds, and every other
    word of it, but at most one, written around the person's name; with two such people it stays unnamed.
    Where the article has described someone in that office without a name before ``unit`` (in the text of
    ``paragraphs`` not in ``skip``, up to it) and names the holder only after, 'the spokesman' is the one described: 'A spokesman for the
    army said "...". "...," said the spokesman.' is not the rebels' spokesman named two paragraphs later.
    An office of a body the description only describes ('The spokesperson of an armed group backed by Veloria')
    is its holder written with that body's noun ("Hadir Senna, the group's spokesman"; spokesman, spokeswoman and
    spokesperson one office), whatever words describe the body.
    """
    if speaker.entity is not None or not speaker.described or speaker.plural:
        return speaker
    words = [w for w, _, _ in key_tokens(speaker.described)]
    head = head_word(speaker.described)
    owned = _A_BODYS_OFFICE.fullmatch(speaker.described)  # ('an armed group's spokesman': the article is the group's)
    if not words or (words[0] in _UNDETERMINED and owned is None) or head not in _OFFICES:
        return speaker
    body = owned or _OF_A_BODY.search(speaker.described)
    noun = body.group(1).lower() if body is not None else ""
    if owned is not None:  # (the body's noun and the title after it)
        words = [noun, *(w for w, _, _ in key_tokens(speaker.described[owned.end(1) :]))]
    elif body is not None:  # (the title before the body, and the body's noun, which the holder's words must hold)
        words = [w for w, _, _ in key_tokens(speaker.described[: body.start()])] + [noun]
    others = [w for w in words if w not in ("the", "of", "for", "at", "in", "and", "s", head)]
    fits = [
        ent
        for ent in entities
        if ent.person
        and (head in ent.nearby or (body is not None and holds_office(head, ent.nearby)))
        and sum(not _stem_in(w, ent.nearby | set(ent.key.split())) for w in others) <= max(1, len(others) // 3)
        and (not noun or noun in ent.nearby)
        and not _of_another_body(speaker.described, others, ent)
    ]
    if len(fits) > 1:  # a headline in title case reads words as names ('Afghan Involvement'): the body's count
        fits = [ent for ent in fits if any(paragraph != headline for paragraph, _, _, _ in ent.mentions)]
    if len(fits) != 1:
        return speaker
    if unit is not None and fits[0].mentions and fits[0].mentions[0][:2] > (unit.number, unit.start):
        # (the text before the unit is joined only here, where the holder is named after it)
        before = "\n".join(
            [p.text for p in paragraphs if p.number not in skip and p.number < unit.number]
            + [unit.paragraph.text[: unit.start]]
        )
        if re.search(rf"\b(?:an?|one)\s+(?:[\w'\u2019-]+\s+){{0,3}}?{re.escape(head)}\b", before, re.IGNORECASE):
            return speaker  # (an unnamed one described before, the holder named only after: another person)
    how = f"'{speaker.described}' read as {fits[0].label}, named in that office in the article"
    return Speaker(fits[0].label, fits[0], None, True, how)


# The words a title may hold besides a body's or a place's name: 'Foreign Ministry spokesman', 'senior army commander'
# (and a possessive's 's').
_OFFICE_WORDS = TITLE_WORDS | {"s"}


def _of_another_body(described: str, others: list[str], ent: Entity) -> bool:
    """Whether the one word of a description the holder's words may lack is a proper one ('The Syrian leader') while
    the holder is written with a name of his own body ('Hezbollah leader X'): the leader of another side, not him
    ('Iranian Foreign Ministry spokesman' is still 'Foreign Ministry Spokesman X', written with no other name)."""
    proper = {w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", described)}
    missing = [w for w in others if w in proper and not _stem_in(w, ent.nearby | set(ent.key.split()))]
    return bool(missing) and any(w not in _OFFICE_WORDS and not _stem_in(w, set(others)) for w in ent.nearby)


def _state(speaker: Speaker, index: NameIndex) -> str:
    """The country's word when ``speaker`` is a state ('Iraq has rejected', 'Iran denied'); else ''."""
    if speaker.entity is not None:
        known = speaker.entity.known
        if known is None or known.kind not in ("government", "state"):
            return ""
        name = known.name
    else:
        place = index.lookup(speaker.described or "", ("place",))
        if place is None or place.kind != "country":
            return ""
        name = place.name
    return _state_words(name)


_GOVERNMENT = re.compile(
    r"\b(?:ministry|government|presidency|foreign office|cabinet|state\s+(?:television|tv|media|broadcaster))\b",
    re.IGNORECASE,
)
# The organs through which a state speaks, named with its name: 'Iraqi TV', 'US Central Command'.
_STATE_ORGAN = re.compile(
    r"\b(?:ministry|government|presidency|foreign office|cabinet|embassy|command|army|armed forces|tv|television)\b",
    re.IGNORECASE,
)


def _names_another_state(text: str, country: str, index: NameIndex) -> bool:
    """Whether ``text`` names a state other than ``country``, by name ('the Dornmark Foreign Ministry') or by an
    adjective of nationality ('the Iranian Foreign Ministry')."""
    return any(not _stem_in(country, {word}) for word in _states_in(text, index))


def _states_in(text: str, index: NameIndex, known: bool = False) -> set[str]:
    """The states ``text`` names, lowercase: by name, or by an adjective of nationality (a capitalised -ian, -an, -i,
    -ese or -ish word; not a title in -man, 'Iraqi Foreign Ministry Spokesman', though 'German' is one). ``known``: in
    running text, where names end so too ('the Houthi claims', 'Ali', 'the Taliban', 'Ramadan'), only states the
    index or the reference data know."""
    states = set()
    for word in re.findall(r"\b[A-Z][a-z]+\b|\b[A-Z]\.?[A-Z]\.?(?:[A-Z]\.?)?(?!\w)", text):
        place = index.lookup(word, ("place",))
        if known:
            demonym = names_a_state(word.replace(".", ""))
        else:
            demonym = re.search(r"(?:ian|(?<!m)an|i|ese|ish)$", word) is not None or word == "German"
        if (place is not None and place.kind == "country") or demonym:
            states.add(word.lower().replace(".", ""))
    return states


def _owners_written(body: Speaker, texts: dict[int, str], index: NameIndex) -> set[str]:
    """The names a body is written with as its owner or its state: "Iraq's Foreign Ministry" (a possessive before
    it), 'the Iraqi Foreign Ministry' (an adjective of nationality), 'the Foreign Ministry of Iraq'; lowercase."""
    owners: set[str] = set()
    if body.entity is None:
        return owners
    for paragraph, start, _, name in body.entity.mentions:
        text = texts.get(paragraph, "")
        owners.add(possessive_owner(text, start))  # (as the reader took it: one rule)
        # ('the Foreign Ministry of Ostravia'; not a portfolio, 'the Ministry of Foreign Affairs',
        # 'the Ministry of Defence', which names no owner)
        owners.update(
            w.lower() for w in re.findall(r"\bof\s+(?:the\s+)?([A-Z][\w-]+)", name) if w.lower() not in PORTFOLIOS
        )
        owners |= _states_in(name, index)
    return owners - {""}


def _state_words(name: str) -> str:
    """A state's one word: 'iran' for 'Iran', 'Islamic Republic of Iran' or 'Iranian Government', 'us' for 'United
    States' (a name of several words goes by its initials); else ''."""
    words = [w for w, _, _ in key_tokens(name) if w not in ("government", "state", "republic", "islamic", "the", "of")]
    if len(words) > 1 and name[:1].isupper():
        return "".join(w[0] for w, _, _ in key_tokens(name) if w not in ("the", "of", "and"))
    return words[0] if len(words) == 1 else ""


# Where the words written before a name stop being its title: a quotation mark (not an apostrophe inside a word,
# as in Asa'ib), a full stop, comma, semicolon, colon or dash. (An appositive after the name is in its nearby words.)
_CLAUSE_MARK = re.compile(r"[\u201c\u201d\".,;:\u2014]|(?<!\w)[\u2018\u2019]|[\u2018\u2019](?!\w)")
# The words that open a clause inside those words, after which only the rest may be a title ('the attack that killed').
_CLAUSE_OPENER = re.compile(r"\b(?:that|which|who|whom)\b", re.IGNORECASE)


def _one_denier_per_side(
    units: list[Unit], index: NameIndex, texts: dict[int, str], in_headline: AbstractSet[int] = frozenset()
) -> None:
    """Give the denials of one side one denier, so that the builder drafts them as one denial.

    A body denies through its offices: 'Hezbollah's Media Relations denied ...', then 'Hezbollah affirmed ...'. That
    is one denial told again. The denier is the one who speaks for the others where there is one (the most precise,
    and the one quoted), else the first. A person who speaks for the body in his own name ('Iran denied the report',
    then its spokesman calls it a lie) denies at his own places and the body at its own (:func:`_own_denial_kept`,
    from round 45: the gold names them apart, and the body's place drafted as his was a wrong denier). A headline's
    denial (ids ``in_headline``) stays a place of the side's chosen denier: the body's name in it is often written
    otherwise ('TTP deny ...' over 'The Tehreek-e-Taliban Pakistan claimed ...'), and a denial of its own would be
    one the gold does not list.
    """
    denials = [u for u in units if u.kind == "denial"]
    sides: list[list[Unit]] = []
    for unit in denials:
        side = next(
            (
                s
                for s in sides
                if any(
                    unit.speaker.same(o.speaker)
                    or _tells_for(unit, o, index, texts)
                    or _tells_for(o, unit, index, texts)
                    for o in s
                )
                # two people of one body are two deniers: 'its delegation head denied X', then 'its representative
                # called Y propaganda' (each denies in his own words, neither through the other)
                and not _another_person(unit.speaker, s)
                # nor does one of two named together deny through the other: 'The Kessel Brigade and Mayor Dara Sol
                # denied' is two deniers, whatever the mayor's office (before: both the mayor's)
                and not any(_denied_together(unit, o) for o in s)
            ),
            None,
        )
        if side is None:
            sides.append([unit])
        else:
            side.append(unit)
    for side in sides:
        chosen = next(
            (
                u.speaker
                for u in side
                if any(_speaks_for(u.speaker, o.speaker, index, texts) for o in side if o is not u)
            ),
            None,
        )
        chosen = chosen or side[0].speaker
        if chosen.person and any(
            _another_person(u.speaker, side) and _speaks_for(u.speaker, o.speaker, index, texts)
            for u in denials
            if u not in side
            for o in side
            if not o.speaker.person
        ):
            continue  # the body has more than one person speaking for it: its own denial is no one of theirs
        for unit in side:
            if unit.attributions and not unit.speaker.person and not calls_false(unit.text):
                continue  # a body quoted on another matter keeps its words: they are not its spokesman's
            if id(unit) not in in_headline and _own_denial_kept(unit, chosen, index, texts):
                # the body's own denial is the body's, its spokesman's his: 'Veloria rejected the report', then
                # '"It is a lie," foreign ministry spokesman Arlo Venn said' (two deniers, as the gold names them)
                continue
            if not unit.speaker.same(chosen):
                how = f"{unit.speaker.label} denies through {chosen.label}: one denial"
                _set_speaker(unit, Speaker(chosen.label, chosen.entity, chosen.described, chosen.person, how))


def _own_denial_kept(unit: Unit, chosen: Speaker, index: NameIndex, texts: dict[int, str]) -> bool:
    """Whether ``unit``, a body's denial in a sentence of its own, stays the body's beside the denial of the person
    ``chosen`` who speaks for it: the gold names the two apart ('Veloria rejected the report', then '"It is a lie,"
    foreign ministry spokesman Arlo Venn said' is Veloria's denial, then Venn's). Not a body whose denial the person
    tells in that sentence ('the party denies the reports, its member Arlo Venn told reporters')."""
    ent = chosen.entity
    if not _in_own_name(chosen) or not _speaks_for(chosen, unit.speaker, index, texts):
        return False
    if ent is None or not (
        ent.titles or ent.descriptors or ent.gender or _PERSON_IN_OFFICE.search(" ".join(ent.nearby))
    ):
        return False  # (a name of unknown kind with no office written is no person for sure: 'JTF-A told reporters')
    return not any(_names_in(chosen, r.sentence.text) for r in unit.readings)


def _denied_together(one: Unit, other: Unit) -> bool:
    """Whether ``one`` and ``other`` are the two halves of one denial by two named together (:func:`_together`)."""
    return (
        one.act is not None
        and other.act is not None
        and one.act.verb is other.act.verb
        and one.speaker.how.startswith("one of '")
        and other.speaker.how.startswith("one of '")
        and not one.speaker.same(other.speaker)
    )


def _tells_for(member: Unit, body: Unit, index: NameIndex, texts: dict[int, str]) -> bool:
    """Whether ``member``'s denial tells ``body``'s: the member speaks for the body (:func:`_speaks_for`), and a
    state's office the article names only by description ('the Velorian defence ministry') tells the state's
    denial only where it speaks beside it, in its paragraph or the next. 'Veloria has dismissed the claims' twice
    in the lead, then other voices, then 'The Velorian defence ministry refuted claims of ...' paragraphs later:
    the state and its ministry are two deniers, each in its own words (a spokesman or an official source, named
    with the state's title, still speaks for it wherever he stands)."""
    if not _speaks_for(member.speaker, body.speaker, index, texts):
        return False
    speaker = member.speaker
    if speaker.entity is not None or speaker.person or not _state(body.speaker, index):
        return True
    if _PERSON_IN_OFFICE.search(speaker.described or ""):
        return True
    return abs(member.number - body.number) <= 1


# The words that make a described speaker a person of an office, not the office: 'an official source at the Foreign
# Ministry', 'a ministry spokesman'.
_PERSON_IN_OFFICE = re.compile(r"\b(?:source|official|spokes\w*|minister|envoy|ambassador|aide)s?\b", re.IGNORECASE)


def _another_person(speaker: Speaker, side: list[Unit]) -> bool:
    """Whether ``speaker`` is a person denying in his own name and ``side`` holds the denial of another such."""
    return _in_own_name(speaker) and any(_in_own_name(o.speaker) and not o.speaker.same(speaker) for o in side)


def _in_own_name(speaker: Speaker) -> bool:
    """A person named as one (not a name of unknown kind, as a headline's 'Hezbollah denies'), or a pronoun for one,
    not one reached by an office ('the spokesman' speaks for the body, whoever the article last named so)."""
    return (
        speaker.entity is not None
        and speaker.entity.kind == "person"
        and not re.match(r"'(?:the|a|an)\s", speaker.how, re.IGNORECASE)
    )


# What may stand between two deniers named together and their verb: 'X and Y on Monday denied', 'have both denied'.
_WORDS_BEFORE_VERB = r"also|both|have|has|had|each"
_BEFORE_VERB = re.compile(rf"(?:\s+(?:on\s+\w+|{_WORDS_BEFORE_VERB}))*\s*")
# (the same words ending a subject's span, its end stripped, to find where the subject ends; possessive, from a word's
# end, as it is searched)
_ENDS_BEFORE_VERB = re.compile(rf"(?<!\s)(?:\s++(?:on\s++\w++|{_WORDS_BEFORE_VERB}))++$")


def _subject_end(masked: str, start: int, end: int) -> int:
    """Where a subject ends before the words _BEFORE_VERB allows after it ('X and Y | have both denied')."""
    end = start + len(masked[start:end].rstrip())
    tail = _ENDS_BEFORE_VERB.search(masked, start, end)
    return tail.start() if tail is not None and masked[start : tail.start()].strip() else end


def _one_per_denier(unit: Unit, reader: Reader) -> list[Unit]:
    """A denial by two named together ('Iraq and the coalition denied ...') as one denial by each: a denial
    has one denier, and each of them denies. So too one named after it, 'X denied the reports, as did Y', or set
    beside its subject, 'X, like Y, denied the reports'. (What two named together say or are quoted saying is one
    claim or quotation each, :func:`_together`: 'X and Y said the talks had failed' is X's and Y's, not one
    speaker's called 'X and Y'.)"""
    together = _together(unit, reader)
    act = unit.act
    if unit.kind != "denial" or act is None or unit.denial is None or not unit.readings:
        return together
    return together + _as_did(unit, act, unit.denial, reader) + _like(unit, act, unit.denial, reader)


# 'X denied the reports, as did Y', 'and so did Y', 'as has Y': Y denies too.
_AS_DID = re.compile(r"(?<!\s),?\s+(?:as|and\s+so)\s+(?:did|has|have|had|does|do)\s+(?=\S)")


def _as_did(unit: Unit, act: Act, denial: Denial, reader: Reader) -> list[Unit]:
    reading = unit.readings[0]
    masked = reading.sentence.paragraph.masked
    found = _AS_DID.search(masked, act.verb.end, reading.sentence.end)
    if found is None:
        return []
    end = re.search(r"[.,;]|$", masked[found.end() : reading.sentence.end])
    stop = found.end() + (end.start() if end else 0)
    speaker = reader.speaker_of(reading, found.end(), stop)
    if speaker is None or speaker.same(unit.speaker):
        return []
    return _denies_too(unit, act, denial, speaker, masked[found.start() : stop].strip(" ,"))


# 'X, like Y, denied', 'X, just like Y, has also denied', 'X, much like Y,': Y denies too (not 'unlike Y'); the aside ends just before the verb.
_LIKE_ASIDE = re.compile(
    r"(?<!\s),\s+(?:(?:just|much)\s+)?like\s+([^,;.:\u201c\u201d\"]{2,60}),\s*(?:(?:also|has|have|had)\s+){0,2}$"
)


def _like(unit: Unit, act: Act, denial: Denial, reader: Reader) -> list[Unit]:
    reading = unit.readings[0]
    masked = reading.sentence.paragraph.masked
    found = _LIKE_ASIDE.search(masked, reading.sentence.start, act.verb.start)
    if found is None:
        return []
    speaker = reader.speaker_of(reading, found.start(1), found.end(1))
    if speaker is None or speaker.entity is None or speaker.same(unit.speaker):
        return []  # (a name only: 'like his brother', 'like many in Barno', 'like the Velorian army' name no denier
        # for sure: test_consistency_en_denials reads the last as an aside that changes no denier)
    return _denies_too(unit, act, denial, speaker, f"like {found.group(1)}")


def _denies_too(unit: Unit, act: Act, denial: Denial, speaker: Speaker, words: str) -> list[Unit]:
    """``unit``'s denial (its ``act`` and ``denial``) again, as ``speaker``'s, whom ``words`` (the text that says so)
    set beside its denier."""
    speaker = replace(speaker, how=f"denies as {unit.speaker.label} does: '{words}'")
    one_act = replace(act, speaker=speaker)
    return [replace(unit, speaker=speaker, act=one_act, denial=replace(denial, act=one_act))]


def _together(unit: Unit, reader: Reader) -> list[Unit]:
    act = unit.act
    if (
        unit.kind not in ("denial", "reported", "quote")
        or unit.speaker.entity is not None
        or act is None
        or act.subject_start is None
    ):
        return [unit]
    speakers = _two_subjects(unit.readings[0], act, reader)
    if speakers is None:
        return [unit]
    out = []
    for speaker in speakers:
        one_act = replace(act, speaker=speaker)
        denial = replace(unit.denial, act=one_act) if unit.denial is not None else None
        out.append(replace(unit, speaker=speaker, act=one_act, denial=denial, attributions=list(unit.attributions)))
    return out


# One 'and' between two subjects: 'X and Y', 'X, and the Y'; a capital after it (not 'The') goes on with a name.
_AND = re.compile(r"(?<!\s),?\s+(?:and|as\s+well\s+as)\s+")
_NAME_GOES_ON = re.compile(r"(?!The\b)[A-Z]")
_BOTH = re.compile(r"\s*(?:[Bb]oth\s+)?")


def _two_subjects(reading: Reading, act: Act, reader: Reader) -> list[Speaker] | None:
    """The two who deny together, each as a speaker: two names ('Iraq and the Kessel Brigade'), or a name or state
    and a description ('Iraq and the U.S.-led coalition'); None where the subject is not two such."""
    if act.subject_start is None:
        return None
    masked = reading.sentence.paragraph.masked
    how = f"one of '{act.speaker.label}', who deny together"
    # ('X and Y have both issued statements denying ...': the subject ends before the writings it issued)
    issued = ISSUED_WRITING.search(masked, act.subject_start, act.verb.start)
    verb_start = issued.start() if issued is not None else act.verb.start
    named = two_named(reading, act.subject_start, verb_start, _BEFORE_VERB)
    if named is None:  # (or two named after their offices: 'Brigade spokesman X and Front leader Y have denied')
        named = reader.two_titled(reading, act.subject_start, _subject_end(masked, act.subject_start, verb_start))
    if named is not None:
        first, second = (reading.entities[id(m)] for m in named)
        if first is second:
            return None  # ('the Justice and Equality Movement JEM denied': a body and its acronym, one denier)
        return [reader.discourse.named(e, how=how) for e in (first, second)]
    # (or one described and one named after an office: "Veloria's defence ministry and Mayor Dara Sol denied")
    described = reader.described_and_titled(
        reading, act.subject_start, _subject_end(masked, act.subject_start, verb_start)
    )
    if described is not None:
        seg, titled = described
        one = reader.speaker_of(reading, seg.start, seg.end)
        if one is None or one.plural or id(titled) not in reading.entities:
            return None
        return [
            Speaker(one.label, one.entity, one.described, one.person, how),
            reader.discourse.named(reading.entities[id(titled)], how=how),
        ]
    joins = list(_AND.finditer(masked, act.subject_start, verb_start))
    if len(joins) != 1 or _NAME_GOES_ON.match(masked, joins[0].end()):
        return None  # ('the Foreign and Expatriates Ministry': one name with 'and' in it)
    opening = _BOTH.match(masked, act.subject_start)
    first_start = opening.end() if opening else act.subject_start
    speakers = [  # (the words between the second and its verb, 'on Monday', 'have both', are tidied away)
        reader.speaker_of(reading, first_start, joins[0].start()),
        reader.speaker_of(reading, joins[0].end(), verb_start),
    ]
    if any(s is None or s.plural for s in speakers):
        return None
    return [Speaker(s.label, s.entity, s.described, s.person, how) for s in speakers if s is not None]


_ECHOING = frozenset({"echoed", "echoes", "echoing"})


def _echoed_denials(units: list[Unit], deniers: list[Speaker]) -> None:
    """A claim in which one says again what a denier said is a denial of its own: 'General Venn echoed General
    Arno's remarks' after Arno denied. Only where the one echoed has denied; the echoing speaker is another."""
    for unit in units:
        act = unit.act
        if unit.kind != "reported" or act is None or act.verb.word.lower() not in _ECHOING or not unit.readings:
            continue
        reading = unit.readings[0]
        owners = [
            reading.entities[id(m)]
            for m in reading.mentions
            if m.possessive and act.verb.end <= m.start < unit.end and id(m) in reading.entities
        ]
        echoed = next((d for d in deniers if d.entity is not None and d.entity in owners), None)
        if echoed is None or echoed.same(unit.speaker):
            continue
        unit.kind = "denial"
        # (the sentence, not 'General Arno's remarks': what is denied is what they deny, not the remarks)
        unit.denial = Denial(reading, act, (unit.text.strip().rstrip("."),), ())


def _set_speaker(unit: Unit, speaker: Speaker) -> None:
    unit.speaker = speaker
    if unit.act is not None:
        unit.act.speaker = speaker
    for att in unit.attributions:
        att.speaker = speaker


def _speaks_for(
    member: Speaker, body: Speaker, index: NameIndex, texts: dict[int, str], titled_anyhow: bool = False
) -> bool:
    """Whether the article writes ``member`` as speaking for ``body``.

    ``titled_anyhow``: also by a title set after the name ('X, a spokesman for the brigade') or the body's name cut
    short before it ('Brigade spokesman X', 'a ministry spokesman'). Those make a member's words restate the body's
    denial (:func:`restated_denials`), but the gold keeps him a denier of his own, so they join no two deniers into
    one (:func:`_one_denier_per_side`).

    A person whose title names the body or its country ('Iranian Foreign Ministry spokesman Bahram Qasemi' for
    Iran, 'official spokesman of Asa'ib Ahl al-Haq (AAH) and MP Naim al-Aboudi' for Asa'ib Ahl al-Haq), or an
    office named as the body's ("Hezbollah's Media Relations").
    """
    ent, whole = member.entity, body.entity
    if (
        titled_anyhow
        and ent is None
        and member.described
        and _short_name_before_role(member.described.split(), whole, body, _names_of(body))
    ):
        return True  # 'a ministry spokesman' after the ministry's denial, 'a brigade official' after the brigade's
    if titled_anyhow and ent is None and member.described and _spokesperson_of(member.described, whole, body):
        return True  # '"He is alive," the spokesman said' after the army's denial, 'a spokesman for the group'
    if ent is None and member.described and whole is not None:  # "the Kessel Brigade's media office"
        owner = re.match(r"(?:the\s+)?(.+?)['\u2019]s?\s", member.described, re.IGNORECASE)
        return owner is not None and any(owner.group(1) == text for _, _, _, text in whole.mentions)
    country = _state(body, index)
    if ent is None and member.described and country:
        # 'an official source at the Foreign Ministry' after 'Syria denied': a state's own official, where the
        # description names a government office and no other state
        return bool(_GOVERNMENT.search(member.described)) and not _names_another_state(member.described, country, index)
    if ent is None or ent is whole:
        return False
    names = [n for n in _names_of(body) if n]
    if not names and not country and not body.described:
        return False
    # (an office of a state only: 'the Rapid Support Forces of Sudan' is no state's organ)
    owners = _owners_written(body, texts, index) if not country and _GOVERNMENT.search(body.label) else set()
    if owners and ent.person and _of_another_state(ent, owners, texts, index):
        return False
    for paragraph, start, end, _ in ent.mentions:
        before = texts.get(paragraph, "")[max(0, start - 100) : start]
        after = texts.get(paragraph, "")[end : end + 100]
        if titled_anyhow and ent.person and _appositive_speaks_for(after, whole, body, names, country):
            return True
        if whole is not None and any(
            re.search(re.escape(text) + r"['\u2019]s?\s+$", before) for _, _, _, text in whole.mentions
        ):
            return True  # "Hezbollah's Media Relations", "the brigade's spokesman X"
        if whole is None and not country and body.described:
            # "the U.S.-led coalition" denies, then "the coalition's CJTF-OIR" (or its full name, then the acronym)
            head = head_word(body.described)
            owned = r"\b" + re.escape(head) + r"['\u2019]s?\s+(?:(?-i:[A-Z])[\w.-]*\s+){0,8}(?:\(\s*)?$"
            if head and re.search(owned, before, re.IGNORECASE):
                return True
        name = texts.get(paragraph, "")[start:end]
        if (
            not ent.person
            and country
            and _STATE_ORGAN.search(name)
            and _stem_in(country, {w for w, _, _ in key_tokens(name)})
            and not _names_another_state(name, country, index)
        ):
            return True  # a state's own organ, named with the state's name: 'Iraqi TV', 'US Central Command'
        if ent.person:
            # the words joined to the name: 'Iranian Foreign Ministry spokesman X', 'The director of the SDF media
            # center, X' (a title set off by one comma before the name)
            title = _CLAUSE_MARK.split(re.sub(r",\s*$", "", before))[-1]
            if AFTER_ANOTHER_NAME.search(title):
                title = ""  # 'Spokesman Lev Arno and Petra Lind': the title is the first one's
            # 'the Taliban denied that Mehsud had been killed', 'Taliban fighters died in the attack that killed
            # Mehsud': the words before the name are a clause, whose subject is no title of his (only the words after
            # its verb or its 'that' may be)
            cuts = [v.end for v in find_verbs(title, 0)] + [m.end() for m in _CLAUSE_OPENER.finditer(title)]
            if cuts:
                title = title[max(cuts) :]
            words = {w for w, _, _ in key_tokens(title)} | ent.nearby
            # a person (or a name read as one) has a spokesman, not members or deputies who speak for them
            if whole is not None and whole.person and not any(w.startswith("spokes") for w in words):
                continue
            if not words & _SPEAKS_FOR_ROLES:  # 'anti-Hezbollah activist X' names the body, but does not speak for it
                continue
            owner = _OWNER_OF_ROLE.search(title)
            if owner and whole is not None and not whole.person:
                noun = (owner.group(1) or "").lower()
                # 'the group's spokesman X', 'its spokesman X' after the body's denial: the body's own spokesman
                if not noun or noun in GROUP_NOUNS or any(noun in n for n in names):
                    return True
            if (country and _stem_in(country, words)) or any(all(_stem_in(w, words) for w in n) for n in names):
                return True
            if titled_anyhow and _short_name_before_role(title.split(), whole, body, names):
                return True
    return False


def _short_name_before_role(title: list[str], whole: Entity | None, body: Speaker, names: list[list[str]]) -> bool:
    """Whether a title just before a name is the body's name cut short and a role ('Brigade spokesman X' after the
    Kessel Brigade's denial, 'army spokesman X' or 'a ministry spokesman' after the army's or the ministry's): the
    words before the role, back to an article or a word of another kind, are all words of one of the body's names
    ('Defence Ministry spokesman X' is not of the Foreign Ministry, nor 'senior army spokesman X' surely the army's)."""
    if len(title) < 2:
        return False
    role = title[-1].lower()
    if role not in _SPEAKS_FOR_ROLES and not role.startswith("spokes"):
        return False
    nouns: list[str] = []
    for word in reversed(title[:-1]):
        if word.lower() in _UNDETERMINED | {"the", "its"} or not word.isalpha() or len(nouns) == 4:
            break
        nouns.insert(0, word.lower())
    if not nouns:
        return False
    if whole is None:
        # the body described, not named: its noun, with as many of the words before it as the title repeats ('an
        # interior ministry spokesman' after 'the interior ministry denied'; not 'a defence ministry spokesman')
        head = head_word(body.described or "")
        described = [w for w, _, _ in key_tokens(body.described or "")]
        if head not in described:
            return nouns == [head]
        upto = described[: len(described) - described[::-1].index(head)]
        return nouns == upto[-len(nouns) :]
    # (a name in the plural, cut short in the singular before a role: 'Force spokesman X' of the Kessel Forces)
    return not whole.person and any(set(nouns) <= set(n) | {w[:-1] for w in n if w.endswith("s")} for n in names)


# A spokesperson described, not named: 'the spokesman', 'a military spokesman', "the group's spokesman", 'its
# spokeswoman', 'a spokesman for the army' (a word of the office between: 'the official spokesman', 'the chief
# spokesman'; no other word, so not 'a police spokesman', nor 'a spokesman for the Velorian police').
_DESCRIBED_SPOKESPERSON = re.compile(
    r"(?:the|a|an|its|their|(?:the\s+)?(?P<owner>[a-z]+)['\u2019]s?)\s+"
    r"(?:(?:official|military|chief|senior|main|media|press|top)\s+)?spokes(?:man|woman|person)"
    r"(?:\s+(?:for|of)\s+(?:the\s+)?(?P<of>[a-z]+))?",
    re.IGNORECASE,
)


def _spokesperson_of(described: str, whole: Entity | None, body: Speaker) -> bool:
    """Whether a spokesperson so described speaks for ``body``, a body that denied (not a person): by no owner ('the
    spokesman', 'its spokeswoman', as news names the body's spokesman after its denial), or by the body's noun ("the
    group's spokesman" for a group named, 'a spokesman for the army' after 'the army denied')."""
    said = _DESCRIBED_SPOKESPERSON.fullmatch(described.strip())
    if said is None or body.person or (whole is not None and whole.person) or (whole is None and not body.described):
        return False
    noun = (said.group("owner") or said.group("of") or "").lower()
    if not noun:
        return True
    if whole is None:
        return noun == head_word(body.described or "").lower()
    return noun in GROUP_NOUNS or any(_stem_in(noun, set(n)) for n in _names_of(body))


def _appositive_speaks_for(
    after: str, whole: Entity | None, body: Speaker, names: list[list[str]], country: str | None
) -> bool:
    """Whether the title set after a name between commas makes its holder speak for ``body``: 'Lev Arno, its
    spokesman', 'X, their spokesman', "X, the brigade's spokesman", 'X, a spokesman for the Kessel Brigade', 'X, Kessel Brigade
    spokesman' (the title before the name is read in :func:`_speaks_for`)."""
    if not after.lstrip().startswith(","):
        return False
    words = _CLAUSE_MARK.split(after.lstrip()[1:])[0].split()
    if not words or len(words) > 8:
        return False
    lowered = [w.lower() for w in words]
    role = next((i for i, w in enumerate(lowered) if w in _SPEAKS_FOR_ROLES or w.startswith("spokes")), None)
    if role is None or (whole is not None and whole.person and not lowered[role].startswith("spokes")):
        return False  # (a person has a spokesman, not members or deputies who speak for them)
    before, rest = lowered[:role], lowered[role + 1 :]
    if before[:1] in (["his"], ["her"]):
        return whole is not None and whole.person  # ('X denied ...', then 'Y, her spokesman': a spokesman, above)
    if before[:1] in (["its"], ["their"]):  # ('X, their spokesman,': a body in the plural, as British news has it)
        return (whole is not None and not whole.person) or (whole is None and bool(body.described))
    owned = next((i for i, w in enumerate(before) if re.search(r"['\u2019]s?$", w)), None)
    if owned is not None:
        written = [re.sub(r"['\u2019]s?$", "", w) for w in words[: owned + 1]]
    elif rest[:1] in (["for"], ["of"]):
        written = words[role + 2 :]
    else:
        written = words[:role]
    written = [w for w in written if w.lower() not in ("a", "an", "the", "of", "and", "for")]
    owner = [w.lower() for w in written]
    if not owner:
        # ('X, the spokesman,' or 'X, a spokesman,' after a body's denial: its spokesman, as 'the spokesman' is)
        return (
            lowered[role].startswith("spokes")
            and before in (["the"], ["a"])
            and _spokesperson_of("the spokesman", whole, body)
        )
    if (
        whole is None
        and body.described
        and owner[-1] == head_word(body.described).lower()
        and set(owner) <= {w.lower() for w in body.described.split()}
    ):
        # ("X, the army's spokesman" or 'X, a spokesman for the Velorian army' after 'the Velorian army denied': the
        # body described, by its noun and no word it was not written with)
        return True
    if len(owner) == 1 and owner[0] in GROUP_NOUNS:
        # ('a spokesman for the brigade'): the body's noun alone, as its possessive before a name is read
        return whole is not None or owner[0] == head_word(body.described or "")
    found = set(owner)
    # (the body's name whole, or cut short in a unit's name: 'head of the Kessel Forces delegation' for the Kessel
    # Forces of Ostravia, its capitalised words all the body's)
    short = {w.lower() for w in written if w[:1].isupper()}
    return (
        bool(country and _stem_in(country, found))
        or any(all(_stem_in(w, found) for w in n) for n in names)
        or bool(short and any(short <= set(n) for n in names))
    )


# A name after a preposition or after a city's comma, which a state is named as the place or object of: 'in Nairobi,
# Kenya', 'to Iraq', 'from Iran' (the name's first word and the rest of its capitalised words).
_WHERE_OR_WHAT = re.compile(
    r"(?:\b(?:in|at|to|from|of|with|for|against|on|by|about)|,)\s+(?-i:[A-Z])[\w'\u2019.-]*"
    r"(?:\s+(?-i:[A-Z])[\w'\u2019.-]*)*"
)


def _of_another_state(person: Entity, owners: set[str], texts: dict[int, str], index: NameIndex) -> bool:
    """Whether ``person`` is written as of a state none of ``owners`` is, wherever they are named with a title.

    "Iraq's Foreign Ministry" denied, then 'Iranian Foreign Ministry Spokesman X': an office of the same name, of
    another state (never one side, however he is named later: 'X stressed'); a title that names no state is of the
    state its paragraph names before it ('Iran rejected the report. Foreign Ministry Spokesman X dismissed it')."""
    for paragraph, start, _, _ in person.mentions:
        before = texts.get(paragraph, "")[:start]
        title = _CLAUSE_MARK.split(re.sub(r",\s*$", "", before[-100:]))[-1]
        if not title.strip():
            continue
        # (a state the paragraph names as where one speaks or what one speaks of is none: 'Speaking to journalists in
        # Nairobi, Kenya, General X ...')
        # (the paragraph's words are running text: only states known there, 'Responding to the Houthi claims,' names
        # none)
        states = _states_in(title, index) or _states_in(_WHERE_OR_WHAT.sub(" ", before), index, known=True)
        return bool(states) and not any(_stem_in(owner, states) for owner in owners)
    return False


_SMALL_WORDS = frozenset("is as at in on of to an or by it be".split())
"""Initials that are words of their own ('Islamic State' is not 'is')."""


def _names_of(speaker: Speaker) -> list[list[str]]:
    """The words of each name a body is written with, less articles: [['asa', 'ib', 'ahl', 'haq'], ['aah']]."""
    if speaker.entity is None or (speaker.entity.known is not None and speaker.entity.known.person):
        return []
    texts = {speaker.entity.name, speaker.label, *(text for _, _, _, text in speaker.entity.mentions)}
    out = []
    for text in texts:
        words = [w for w, _, _ in key_tokens(text) if w not in ("the", "of", "and", "for")]
        if words and words not in out:
            out.append(words)
        initials = "".join(w[0] for w in words)  # 'SDF' for 'Syrian Democratic Forces'
        if len(words) >= 2 and initials not in _SMALL_WORDS and [initials] not in out:
            out.append([initials])
    return out


def _stem_in(word: str, words: set[str]) -> bool:
    """Whether ``word`` or a word of the same stem is in ``words``: 'iranian' and 'iran', 'syrian' and 'syria'."""
    stem = word[:4]
    return word in words or (len(word) >= 4 and any(len(w) >= 4 and w[:4] == stem for w in words))


def _clipped_in(word: str, words: set[str]) -> bool:
    """Whether ``word`` is a headline's clipping of a longer word of ``words``: 'Pak Army' for 'the Pakistan Army'
    (three letters; a country's name, clipped so, is too short for :func:`_stem_in`)."""
    return len(word) == 3 and word.isalpha() and any(len(w) >= 6 and w.startswith(word) for w in words)


ENGLISH = English()


# What a plan or a hope is said to be: a thing not done yet ('no talks are planned').
_YET_TO_BE = r"(?:planned|scheduled|expected|envisaged|foreseen|intended|due|needed|required|allowed|permitted)"
# Words that say something is not so, as a denier restates a denial: an act not done ('we did not attack', 'have
# not received', 'never'), a thing that is not there ('there is no group', 'no request had been received', 'none',
# 'nothing to do with'), 'not the case', 'not involved'. Not the negatives of will, wish, ability or opinion ('will
# not allow', 'do not want war', 'cannot', 'do not support'), nor a contrast ('to protect people, not parties').
# The denier just before its verb: a pronoun or a capitalised name ('we do not', 'Kessel is not sending').
_DENIER_JUST_BEFORE = r"(?:\b(?:we|i|it|they|he|she)|(?-i:\b[A-Z][\w'\u2019-]*))\s+"
_NEGATES = re.compile(
    r"\b(?:did|had|has|have|was|were)(?:\s+not|n['\u2019]t)\b(?!\s+(?:yet|only|be\b|clear|known|immediately|specify))"
    r"(?!\s+" + NOT_A_SHAM_OR_FIRST + r")"  # ('the plan was not a sham', 'the strike was not the first': no deed)
    r"(?!\s+(?:" + NOT_ACTS + r"(?:s|d|ed|n)?|thought|knew|seen|saw|meant|sought)\b)|"
    # ('never', but not a vow of what shall not be: '"never again shall the army allow ..."', 'will never allow',
    # 'Never will we permit', the negatives of will)
    r"(?<!\bwill\s)(?<!\bshall\s)(?<!\bwon['\u2019]t\s)\bnever\b(?!\s+(?:again|shall|will)\b)|"
    r"\bthere\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?no\b|"
    r"\bno\s+such\b|"  # 'No such information here', 'no such request was made': what was said to be is not
    r"\bno\s+(?!(?:matter|longer|doubt)\b)(?:[\w-]+\s+){1,4}?(?:is|are|was|were|has|have|had|exists?|existed)\b"
    # (not what is yet to be: 'no talks are planned', 'no strikes were scheduled', 'no decision is expected')
    r"(?!\s+(?:(?:currently|yet|now)\s+)?(?:being\s+)?" + _YET_TO_BE + r"\b)|"
    r"\b(?:none|nobody|nothing)\b(?!\s+but\b)|\bno[\s-]+one\b(?!\s+can\b)|\bneither\b[^.;]*\bnor\b|"
    r"\bnowhere\s+near\b|"  # ('our fighters were nowhere near the road': not there at all)
    r"\b(?:is|are|was|were)\s+not\s+(?:the\s+case|true|involved|responsible|present|there|part|linked|affiliated|"
    r"connected|related)\b|\b(?:is|are|was|were)\s+not\s+in(?:side)?\s+(?-i:[A-Z])|\b" + NOT_PART + r"|"
    # what the reported speech that denies knows: an act done to no one ('fired no shells'), what never took place
    # ('no such meeting took place'), and having no part or forces ('we have no forces in Kessel')
    r"\b" + ACTED_NO + r"|\b(?:" + NONE_DID + r")|"
    r"\b(?:has|have|had)\s+(?:had\s+)?no\s+(?:[a-z]+\s+)?" + NO_PART + r"\b|"
    # what is said not to be, or not to be the speaker's: 'the letter does not exist', 'the weapons are not ours'
    r"\b(?:(?:does|do|did)\s+not|never)\s+exist(?:ed)?\b|\b(?:is|are|was|were)\s+not\s+(?:ours|mine|from\s+us|"
    r"authentic|genuine)\b|\b(?:does|do|did)\s+not\s+belong\s+to\s+(?:us|me|it|them|him|her)\b|"
    # an act not done, in the present: 'Iran does not meddle in', 'we don't put rockets there' (not the negatives of
    # will, belief or stance: 'do not want', 'does not support', 'do not accept'), said of the denier: a pronoun or
    # a name just before (not 'the soldiers of the army do not ...')
     + _DENIER_JUST_BEFORE + r"(?:do|does)(?:\s+not|n['\u2019]t)\s+"
    r"(?!(?:plan|"
    + NOT_ACTS
    + r")\b)[a-z]+|"
    # and in the present's continuous form: '"Kessel is not sending troops to Arnotown"', 'we aren't sending troops',
    # 'we're not arming them' (as 'was not providing' above; not plans or stances, 'are not going to', 'is not seeking
    # war'; a plain noun before, 'the parties are not ...', is not the denier named)
    + r"(?:"
    + _DENIER_JUST_BEFORE
    + r"(?:is|are|am)(?:\s+not|n['\u2019]t)|\b(?:(?:we|they)['\u2019]re|(?:it|he|she)['\u2019]s|i['\u2019]m)\s+not)\s+"
    r"(?!(?:going|being|having|getting|planning|looking|trying|asking|calling|expecting|thinking|aiming)\b)"
    r"(?!" + NOT_ACTS + r")[a-z]+ing\b|"
    # the denier's words that deny in the third person: '"The command denies there was an attack," the TV said'
    # (not 'would not confirm or deny')
    r"(?<!\bnot\s)(?<!\bnever\s)(?<!n['\u2019]t\s)(?<!\bor\s)(?<!\bnor\s)\b(?:den(?:y|ies|ied)|refut(?:e|es|ed))\b|"
    r"\b(?:reject|dismiss)(?:s|es|ed)?\s+(?:[a-z]+\s+){0,2}?"
    rf"(?:{SAID}|statements?)\b|"
    # what was shown called fake or doctored, or what was said called propaganda: 'the video was montaged', 'all such
    # propaganda', 'is pure propaganda' (not 'the propaganda must stop', a charge of another matter)
    r"\b(?:fake|faked|doctored|photoshopped|montaged|forged)\b|"
    r"\b(?:(?:such|this|these|those|(?:the\s+)?(?:recent|latest))\s+(?:[a-z]+\s+)?|(?:is|are|was|were)\s+(?:[a-z]+\s+)?)"
    r"propaganda\b|"
    # what was said called deceit or scorned, in the denier's own words: '"This is psychological warfare,"', 'it is
    # part of a smear campaign against us', 'this is pure disinformation', "it's a made-up story" (a pronoun its
    # subject, not 'the enemy is waging psychological warfare'); 'this is absurd', where the clause ends (not 'it is
    # absurd that the council has not met'); and 'nothing could be further from the truth'
    r"\b(?:this|that|it|these|those|which)(?:\s+(?:is|are|was|were)|['\u2019]s)\s+(?:(?:[a-z]+ly|just|merely|only|"
    r"simply|nothing|but|all|part|of|a|an|the|pure|mere|sheer|blatant|another|enemy|hostile|malicious|dirty|cheap|"
    r"crude|new|same)\s+){0,5}(?:psychological\s+(?:war(?:fare)?|operations?)|smear(?:\s+campaign)?|propaganda|"
    r"(?:dis|mis)information|media\s+war(?:fare)?|made-up\s+(?:story|stories|claims?|reports?|news))\b|"
    r"\b(?:this|that|it)(?:\s+(?:is|was)|['\u2019]s)\s+(?:(?:completely|utterly|totally|simply|just|absolutely)\s+)?"
    r"(?:absurd|ridiculous|laughable|nonsense)(?=\s*(?:[.,;!?\u201d\"]|and\b|$))|"
    r"\bnothing\s+(?:could|can)\s+be\s+(?:further|farther)\s+from\s+the\s+truth\b|"
    # its side said to have been far from where the deed was done: '"Our fighters were far from the area"', 'were 50
    # kilometres away from the town', 'miles away' (as 'we were not there')
    r"\b(?:is|are|was|were|am)\s+(?:(?:all|still|always)\s+)?(?:far\s+(?:away\b|from\s+(?:the|that|this|there|where|any)\b)|(?:\d+|many|several|tens\s+of)\s+(?:kilometres|"
    r"kilometers|km|miles)\s+(?:away|from)\b)|"
    # the deed charged said to be against its ways: 'this is not our way', 'such acts are against our principles',
    # 'contrary to our values', 'not in our nature' (as 'it is not our policy')
    r"\bnot\s+(?:our|its|their|his|my)\s+(?:way|ways|style|methods?|nature|ethics|values|principles|morals)\b|"
    r"\bnot\s+in\s+(?:our|its|their|his|my)\s+nature\b|"
    r"\b(?:against|contrary\s+to|incompatible\s+with|alien\s+to)\s+(?:our|its|their|his|my)\s+(?:principles|values|"
    r"religion|ethics|morals|beliefs|faith|doctrine|creed|traditions)\b|"
    # one said killed or hurt said to be well, after a denial of it: 'General X is in complete health', 'is alive',
    # and in the first person: '"I am alive and healthy"', "we're alive"
    r"(?:\b(?:is|are|was|were|am)|['\u2019](?:m|re))\s+(?:still\s+)?(?:alive|unharmed|unhurt|safe\s+and\s+sound|in\s+(?:[a-z]+\s+)?health|"
    r"in\s+good\s+(?:condition|shape)|not\s+(?:dead|injured|wounded|hurt|harmed))\b|"
    # ('he is fine', 'is well', 'is safe', where the clause ends: not 'is well known', 'is safe to return')
    r"(?:\b(?:is|are|was|were|am)|['\u2019](?:m|re))\s+(?:still\s+)?(?:fine|well|safe|doing\s+(?:well|fine))(?=\s*(?:[.,;!?\u201d\"]|and\b|$))|"
    # what is said to have happened passed off quietly: 'the survey occurred without incident'
    r"\bwithout\s+(?:any\s+)?incident\b|"
    # the losses claimed, said to be none: 'we suffered no casualties'
    r"\b(?:suffered|sustained|incurred)\s+no\s+(?:casualties|losses|deaths|injuries|damage)\b|"
    # forces said to be lost or driven out, said to hold: 'our men are still in their positions', '"in their posts"'
    r"(?:^\s*|\b(?:is|are|was|were|remains?|remained|stays?|stayed|still|present|there)\s+)in\s+"
    r"(?:(?:their|its|our|his|her)\s+)?(?:positions|posts)\b|"
    # the act said to be another's, or against one's ways: 'we are not the ones who shelled the market', 'it is not
    # our policy to threaten anyone'
    r"\b" + NOT_THE_ONES + r"|\bnot\s+(?:our|its|his|their|my)\s+(?:policy|practice)\b|"
    # proof asked for in place of the charges: 'You must provide concrete evidence and real proof, not allegations'
    r"\b(?:provide|present|show|produce|offer|bring)\s+(?:[a-z]+\s+){0,2}?(?:evidence|proof)\b[^.;:\u2591]{0,40}?"
    r"\bnot\s+(?:mere\s+|just\s+|empty\s+)?(?:allegations|accusations|claims|rumou?rs|lies)\b|"
    # its part said to go no further than what it owns to: 'Our operations are limited to the valleys alone', "Iran's
    # role in the conflict is still confined to providing advice"
    r"\b(?:role|operations|activities|presence|involvement|mission|deployment)\b[^.;:\u2591]{0,60}?"
    r"\b(?:is|are|was|were|remains?|(?:has|have)\s+been)\s+(?:still\s+|only\s+|strictly\s+)?(?:confined|limited|"
    r"restricted)\s+to\b|"
    # what it is accused of, said to be beyond it: 'the army cannot under any circumstances target aid convoys'
    r"\b(?:cannot|can\s+not|could\s+not|would\s+never|will\s+never)\s+(?:(?:under|in)\s+any\s+circumstances?\s+|"
    r"ever\s+|possibly\s+)?(?:target|attack|bomb|shell|strike|kill|harm|fire\s+on)\b|"
    # a headline's clause with its subject and 'is' left out, opening the words: 'Not holding talks with the brigade:
    # Ostravian Army', 'Army: not involved in the raid' (not the negatives of will or stance, 'Not seeking war',
    # nor 'Not going to', 'Not yet')
    r"^[\s:]*(?:not|never)\s+(?:[a-z]+ly\s+)?(?!(?:" + NOT_ACTS + r"|going|being|having|getting|yet)\b)"
    r"(?!" + NOT_ACTS + r")(?:[a-z]+ing|involved|responsible|behind|present|linked|part\s+of)\b",
    re.IGNORECASE,
)
# The reporter's words after a reported clause: 'said he was there, though it was not clear whether ...'.
# (not the speaker's own 'but we ...': a reporter writes no 'we')
_REPORTER_GOES_ON = re.compile(r",\s+(?:though|although|but|while|whereas|which)\b(?!\s+(?:we|i|our)\b)", re.IGNORECASE)


# what one is, then what it is not: 'the forces were Kesslian, and not special forces', 'it was an accident, not an
# attack' (not 'not only', 'not least', nor 'whether or not')
_IS_AND_NOT = re.compile(
    r"\b(?:is|are|was|were)\s+(?!not\b)[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}?(?:,\s*(?:and\s+)?|\s+and\s+)not\s+"
    r"(?!(?:only|least|just|merely|yet|even)\b)(?:a|an|the|by|from)?\b",
    re.IGNORECASE,
)


# Negations that deny nothing, even from one who has denied: a relative clause on another ('fighters who did not take
# part will be released'), a ceasing or keeping not done, the speaker's charge against another side ('Kessia has not
# stopped shelling our villages', 'has never respected a ceasefire'), a rank in a series ('the attack was not the
# first this month'), a vow ('nothing will stop us', 'no one can'), a plan ('no talks are planned'), a deed not yet
# claimed by anyone ('no one has claimed responsibility'), and what has not come about over a span of time, a want
# complained of ('no aid convoys have reached Tarvo since March', 'no civilians have been evacuated yet').
_NOT_A_DENIAL = re.compile(
    r"\b(?:who|which)\s+(?:did|do|does|had|has|have|was|were|is|are)(?:\s+not|n['\u2019]t)\b|"
    # (a ceasing not done only before what goes on, a deed or an owner's deeds: 'has not stopped shelling', 'not
    # halted its attacks'; 'our troops have not stopped any convoy', 'were not stopped by us' deny the stopping)
    # (and a promise not kept, not one kept in a cell: 'we have not kept anyone in detention' denies the detaining)
    r"(?:\b(?:not|never)|n['\u2019]t)\s+(?:yet\s+)?(?:(?:stopped|ceased|halted)\s+(?:[a-z]+ing|its|their|his|her)|"
    r"kept\s+(?:(?:its|their|his|her|the|any)\s+)?(?:promises?|word|pledges?|commitments?|obligations?)|"
    r"respected|honou?red|abided|complied|fulfilled|implemented)\b|"
    r"\b(?:is|are|was|were)(?:\s+not|n['\u2019]t)\s+the\s+(?:first|last|only|second|third)\b|"
    # (a vow, not what could not have been done: 'nobody could have shelled the town from our posts' denies it)
    # ('nothing could be further from the truth' is no vow: what was said is judged untrue)
    r"\b(?:nothing|nobody|no\s+one|none)\s+(?:will|would|can|could|shall)\b(?!\s+(?:have|be\s+(?:further|farther))\b)|"
    r"\bno\s+(?:[\w-]+\s+){1,4}?(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:planned|scheduled|expected|set|due|"
    r"foreseen)\b|"
    r"\b(?:nobody|no\s+one|no\s+(?:[\w-]+\s+){1,2}?)(?:has|have|had)\s+(?:yet\s+)?claimed\s+(?:responsibility|credit)\b|"
    r"\bno\s+(?:[\w-]+\s+){1,4}?(?:has|have|had)\s+(?:yet\s+)?(?:been\s+)?[a-z]+(?:ed|en)\b[^.;,:!?]{0,40}?"
    r"\b(?:yet|since|so\s+far)\b|" + PLEA_AGAINST_FALSEHOODS,
    # a plea not to spread falsehoods, of no report named ('we urge the media not to indulge in peddling fake news')
    re.IGNORECASE,
)


def _blank_negations_denying_nothing(words: str) -> str:
    """``words`` with the negations that deny nothing (_NOT_A_DENIAL) blanked, the offsets kept."""
    return _NOT_A_DENIAL.sub(lambda m: " " * len(m.group()), words)


# Single marks around words, as a speaker sets off the other side's terms ('No \u2018Kessel troops\u2019 are there'): the
# words are read without them, as if unmarked (an apostrophe within or after a word, 'don't', 'soldiers' homes', stays).
_SCARE_MARKS = re.compile("(?:(?<=\\s)|^)['\u2018](?=\\w)|(?<=\\w)['\u2019](?=[\\s,.;:!?]|$)")


def negates(words: str) -> bool:
    """Whether words say that something is not so (the denier's own words restating a denial)."""
    words = _SCARE_MARKS.sub("", words)
    goes_on = _REPORTER_GOES_ON.search(words)
    if goes_on is not None and len(words[: goes_on.start()].split()) > 3:
        words = words[: goes_on.start()]  # (not a clause on the subject: 'The army, which opened the roads, cannot')
    words = _blank_negations_denying_nothing(words)
    # (and one side said not to be backed by another, 'the brigade is not supported by Kessia': said by one who has
    # denied, the charge of backing told again in other words)
    # and what one is said to be set against what one is not ('the forces were Kesslian, and not troops sent by Veloria')
    return (
        calls_false(words)
        or _NEGATES.search(words) is not None
        or NOT_BACKED_BY.search(words) is not None
        or _IS_AND_NOT.search(words) is not None
    )


# A relative clause in reported words, to its comma or the next words in marks (blanked): 'forces that did not take
# part', 'the fighters, who have not been paid,' ('that' before its verb, not the 'that' of 'said that it did not').
_RELATIVE_CLAUSE = re.compile(
    r"(?:\b(?:who|which|whom|whose)\b|(?<=[a-z])\s+that\s+(?=(?:[a-z]+ly\s+)?(?:did|does|do|had|has|have|was|were|is|are|"
    r"never|not)\b))[^,;.\u2591]*?(?=,|;|\.|\s{2}|$)",
    re.IGNORECASE,
)
# Another side named as the subject of a 'not': 'Kessia had not condemned', 'the Kessel Brigade had not paid'.
_NAMED_BEFORE_NOT = re.compile(
    r"\b(?!(?:It|We|I|He|She|They|Its|Our|Their|His|Her|My)\b)[A-Z][\w\u2019-]*(?:\s[A-Z][\w\u2019-]*){0,3}"
    r"(?:['\u2019]s\s[a-z]+)?\s"
    r"(?:did|does|do|had|has|have|was|were|is|are)(?:\snot|n['\u2019]t)\b"
)


def negates_beside_marks(words: str) -> bool:
    """Whether the reported words beside a denier's words in marks (those blanked) say, in its own voice, that
    something is not so: :func:`negates`, not read in a relative clause ('forces that did not take part were "on
    leave"', 'the fighters, who have not been paid, were "fleeing"'), nor of another side named ('said Kessia had not
    condemned the brigade's "attacks"')."""
    words = _RELATIVE_CLAUSE.sub(" ", words)
    return negates(words) and _NAMED_BEFORE_NOT.search(words) is None


# Words that open with a deed said not to have been done by anyone of those it names, its verb in the past: 'no
# civilians were killed in the strike', 'none of our fighters crossed the border', 'nobody was hurt' (after a verb of
# saying, 'that', a quotation's opening mark, or those told: 'told reporters that no ...'). The verb: one in '-ed', or
# a common past of a deed of war.
_NO_ONE_DID = re.compile(
    r"[\s,:\"\u201c]*(?:(?:"
    + UNNAMED_HEARERS
    + r")\s+)?(?:that\s+)?(?:no|none\s+of|nobody|no\s+one)\b(?P<who>(?:\s+[\w'\u2019-]+){0,4}?)\s+"
    r"(?:(?:was|were|(?:has|have|had)\s+been)\s+)?(?:[a-z]+ly\s+)?"
    r"(?P<verb>[a-z]{2,}ed|struck|hit|shot|fought|sent|took|taken|stole|stolen|broke|broken|fired|seized|"
    r"held|led|fled|left|came|went|entered|bombed)\b",
    re.IGNORECASE,
)
# The past and present of the deeds above whose stem is not the '-ed' form's.
_IRREGULAR_STEMS = {
    "struck": "strik",
    "strike": "strik",
    "strikes": "strik",
    "striking": "strik",
    "shot": "shoot",
    "fought": "fight",
    "sent": "send",
    "took": "tak",
    "taken": "tak",
    "take": "tak",
    "stole": "steal",
    "stolen": "steal",
    "broke": "break",
    "broken": "break",
    "held": "hold",
    "led": "lead",
    "fled": "flee",
    "left": "leav",
    "came": "com",
    "went": "go",
}


def _stem(word: str) -> str:
    """A word's stem, enough to match the forms of one verb or noun: 'killing', 'killed', 'kills' -> 'kill';
    'crossed' -> 'cross'; 'civilians' -> 'civilian'."""
    word = word.lower().replace("\u2019", "'").removesuffix("'s")
    if word in _IRREGULAR_STEMS:
        return _IRREGULAR_STEMS[word]
    for suffix in ("ing", "ied", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + ("y" if suffix == "ied" else "")
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "ls":
        word = word[:-1]  # ('planned' -> 'plan'; not 'kill', 'cross')
    return word


# Words of four letters or more that carry no matter of a deed: auxiliaries, and the verbs that tell who said it.
_NO_MATTER = frozenset(
    "were have been being would could should will shall might must said says saying reported reports told tells "
    "added claimed stated".split()
)


def _content_stems(text: str) -> set[str]:
    """The stems of a text's words that carry its matter (not its small words, auxiliaries or verbs of saying)."""
    words = re.findall(r"[A-Za-z][\w'\u2019-]*", text)
    return {_stem(w) for w in words if len(w) > 3 and w.lower() not in FUNCTION_WORDS | _NO_MATTER}


# Words in a negated deed's subject that make it no deed done: a modal or a copula before its verb, a plan or a
# promise ('no civilians will be harmed', 'no strike is planned').
_NOT_A_DEED_DONE = frozenset("will would shall should could can may might must be is are am".split())
# Relative pronouns, after which the deed is the subject's and the clause says something else of it ('no one who was
# killed in the strike was a fighter').
_RELATIVE = frozenset("who which that whose whom".split())
# Words for anyone at all, naming no particular victims or doers: 'no people were killed', 'nobody'.
_ANYONE = frozenset("one people person persons lives casualties".split())
# A place named after a preposition ('in Arnotown', 'near Port Sable'; not a day or a month, nor a people's word
# before its noun: 'in Velorian strikes', see _places), or a day or a month ("Tuesday's strike").
_PLACE_NAMED = re.compile(
    r"\b(?:in|at|near|outside|around|on)\s+(?:the\s+)?(?!(?:" + DAYS + "|" + MONTHS + r")\b)(?-i:([A-Z][\w'\u2019-]*))",
    re.IGNORECASE,
)
_DAY_OR_MONTH = re.compile(r"\b(" + DAYS + "|" + MONTHS + r")\b", re.IGNORECASE)
# A copula or an auxiliary after a participle that sat in the subject: 'none of those killed in the strike WERE'.
_LATER_COPULA = re.compile(r"\b(?:was|were|is|are|had|has|have)\b", re.IGNORECASE)
# What a thing is said not to be, answering one who called it so: 'the plan was not a sham' (of 'the truce plan was
# a sham').
_NOT_JUDGED_SO = re.compile(
    r"[\s,:\"\u201c]*(?:that\s+)?(?P<what>(?:[\w'\u2019-]+\s+){1,4}?)(?:is|are|was|were)(?:\s+not|n['\u2019]t)\s+"
    r"(?:an?\s+)?(?:(?:complete|total|utter|absolute|pure|mere|sheer)\s+)?[\u201c\"\u2018']?"
    r"(?P<judged>shams?|farces?|charades?|jokes?)\b",
    re.IGNORECASE,
)
# One said killed, said to be alive: 'Tovek Banks is alive and well' (a name in capitals, then the state).
_NAMED_ALIVE = re.compile(
    r"[\s,:\"\u201c]*(?:that\s+)?(?P<who>(?-i:[A-Z][\w'\u2019-]*)(?:\s+(?-i:[A-Z][\w'\u2019-]*)){0,3})\s+"
    r"(?:is|was|remains|remained)\s+(?:still\s+)?(?:alive|unharmed|unhurt)\b",
    re.IGNORECASE,
)
# What the report of one's death says.
_TOLD_DEAD = re.compile(r"\b(?:killed|dead|died|assassinated|slain)\b", re.IGNORECASE)
# At most the characters between a name and the word of its death in the same clause: 'killed commander Tovek Banks',
# 'Tovek Banks, a commander of the Velorian army, was killed' (not 'killed twelve civilians and wounded commander Tovek
# Banks', another's death).
_DEATH_NEAR_NAME = 60


def _backing_denied(words: str, told: str) -> bool:
    """Whether ``words`` say a side is not backed by the one ``told`` says backs it: the same kind of backing and the
    backer named in both ('the brigade was not funded by Ostravia' of 'accused Ostravia of funding the brigade')."""
    found = NOT_BACKED_BY.search(words)
    if found is None:
        return False
    told_stems = _content_stems(told)
    verbs = {_stem(w) for w in words[found.start() : found.start("by")].split()}
    return bool(verbs & told_stems) and bool(_content_stems(found.group("by")) & told_stems)


def _death_denied(words: str, told: str) -> bool:
    """Whether ``words`` say one ``told`` tells was killed is alive ('Tovek Banks is alive and well')."""
    found = _NAMED_ALIVE.match(words)
    return found is not None and _told_dead(found.group("who"), told)


def _told_dead(who: str, told: str) -> bool:
    """Whether ``told`` says ``who`` was killed or died: the word of death beside the name, in the same clause, not
    anywhere in the report ('Velorian jets killed twelve civilians and wounded commander Tovek Banks', 'killed twelve
    civilians, citing commander Tovek Banks' tell no death of his). After the name, an aside between commas may come
    first ('Tovek Banks, a commander of the army, was killed')."""
    for name in re.finditer(re.escape(who), told):
        before = told[max(0, name.start() - _DEATH_NEAR_NAME) : name.start()]
        after = told[name.end() : name.end() + _DEATH_NEAR_NAME]
        if any(not _CLAUSE_BREAK.search(before, d.end()) for d in _TOLD_DEAD.finditer(before)):
            return True
        if any(not _CLAUSE_BREAK_AFTER_NAME.search(after, 0, d.start()) for d in _TOLD_DEAD.finditer(after)):
            return True
    return False


# What parts two clauses: a comma, a semicolon, 'and', 'but'; after a name, not a comma (an aside on the one named),
# but a relative's or a speaker's verb ('Tovek Banks, who said twelve were killed').
_CLAUSE_BREAK = re.compile(r"[,;]|\b(?:and|but)\b", re.IGNORECASE)
_CLAUSE_BREAK_AFTER_NAME = re.compile(r";|\b(?:and|but|who|which|said|says|told|reported)\b", re.IGNORECASE)


def negates_deed_told(words: str, told: str) -> bool:
    """Whether ``words`` say that no one did the deed ``told`` tells of: the same verb, and one more word of its
    matter ('no civilians were killed in the strike' of 'struck a convoy, killing twelve civilians'; not 'no talks were
    planned' of a report that aid convoys would arrive); or that a thing ``told`` called a sham is none; or that the
    side it says was backed was not backed by the backer it names; or that the one it says was killed is alive.

    Not a deed to come ('no civilians will be harmed'), nor others than those told of ('no soldiers were killed', of
    civilians killed), nor one at another place or on another day than the one told of, nor what is said of those the
    deed was done to ('none of those killed in the strike were fighters', which grants the killing)."""
    if _backing_denied(words, told) or _death_denied(words, told):
        return True
    told_stems = _content_stems(told)
    judged = _NOT_JUDGED_SO.match(words)
    if judged is not None:
        return _stem(judged.group("judged")) in told_stems and bool(_content_stems(judged.group("what")) & told_stems)
    found = _NO_ONE_DID.match(words)
    if found is None:
        return False
    verb = _stem(found.group("verb"))
    if verb not in told_stems:
        return False
    who = [w.lower() for w in found.group("who").split()]
    if _NOT_A_DEED_DONE.intersection(who):
        return False
    passive = _passive(found)
    whom = _content_stems(" ".join(w for w in who if w not in _ANYONE))
    if passive and whom and not whom & told_stems:
        # (others than those the deed was told done to: 'no soldiers were killed', of civilians killed; those who did
        # it may be named in other words, 'none of their pilots struck the convoy', of Velorian forces)
        return False
    end = _clause_end(words, found.end())
    clause = words[found.start("who") : end]
    if _elsewhere(clause, told):
        return False
    later = _main_verb_after(words, found, end)
    if later is not None:
        # (the deed in the subject, granted; what is denied is what follows: 'none of those killed in the strike were
        # civilians' answers a report of civilians killed, '... were fighters' does not)
        return bool(_content_stems(words[later.end() : end]) & told_stems)
    return bool((_content_stems(clause) - {verb}) & told_stems)


def _passive(found: re.Match[str]) -> bool:
    """Whether the deed negated is told in the passive, its subject those it was done to: 'no civilians were
    killed' (not 'none of our fighters crossed')."""
    return re.search(r"\b(?:was|were|been)\s+(?:[a-z]+ly\s+)?\S+$", found.group(0).rstrip(), re.IGNORECASE) is not None


def _main_verb_after(words: str, found: re.Match[str], end: int) -> re.Match[str] | None:
    """The clause's own verb after a deed told in its subject, if the deed is so told: after a relative pronoun ('no
    one who was killed in the strike WAS a fighter') or as a bare participle ('none of those killed in the strike WERE
    civilians'); not a deed with its auxiliary ('no civilians were killed'), nor a verb of a relative clause after
    ('none of our fighters crossed the border that was closed')."""
    relative = bool(_RELATIVE.intersection(w.lower() for w in found.group("who").split()))
    if not relative and _passive(found):
        return None
    later = _LATER_COPULA.search(words, found.end(), end)
    if later is None:
        return None
    between = words[found.end() : later.start()].lower().split()
    if any(w.strip(",") in _RELATIVE | {"and", "or"} for w in between) or "," in words[found.end() : later.start()]:
        return None
    if not relative and not re.search(r"\b(?:in|by|on|at|during|near)\b", " ".join(between)):
        return None  # (a bare participle runs on with its place or doer: 'killed in the strike', 'hurt by the blast')
    return later


def _elsewhere(clause: str, told: str) -> bool:
    """Whether ``clause`` names a place, a day or a month that ``told`` does not, where ``told`` names its own: the
    deed negated is another than the one told of ('no civilians were killed in the strike on Arnotown', of a strike
    near Port Sable)."""
    for pattern in (_PLACE_NAMED, _DAY_OR_MONTH):
        named, there = _named_by(pattern, clause), _named_by(pattern, told)
        if named and there and not named & there:
            return True
    return False


def _named_by(pattern: re.Pattern[str], text: str) -> set[str]:
    """The places, or the days and months, that ``pattern`` finds in ``text``, in lower case without a possessive's
    ending; not a capitalised word before a word of its noun ('in Velorian strikes': a people's word, no place)."""
    names = set()
    for m in pattern.finditer(text):
        after = text[m.end() :].split(None, 1)
        word = after[0] if after else ""
        if pattern is _PLACE_NAMED and word.isalpha() and word.islower() and word not in FUNCTION_WORDS:
            continue
        names.add(re.sub(r"['\u2019]s$", "", m.group(1).lower()))
    return names


def _clause_end(words: str, start: int) -> int:
    """Where the clause that runs on from ``start`` ends (a stop, a semicolon, 'but')."""
    end = re.compile(r"[.;:!?]|,\s+but\b|\s+but\s").search(words, start)
    return end.start() if end is not None else len(words)
