"""From sentences read to units of drafting: one claim or denial each, with the span it cites.

A unit is a direct quotation (with the sentences that continue it), a piece
of reported speech ('X said that ...', 'according to X'), or a denial or
acknowledgement. Each cites a contiguous span of one paragraph, so its
citation is a verbatim quote of the archive.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from generator.draft.denials import (
    CHARGED,
    Denial,
    asked_by_the_text,
    continued_denial,
    denial_of_an_act_told,
    find_denial,
    side_stems,
    without_quotation_marks,
)
from generator.draft.discourse import Speaker
from generator.draft.speakers import Act, Attribution, Reading
from generator.draft.text import Paragraph
from generator.draft.verbs import OWNED_DENIAL, Verb


@dataclass
class Unit:
    kind: str
    """quote, reported or denial."""
    speaker: Speaker
    paragraph: Paragraph
    start: int
    end: int
    readings: list[Reading] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    act: Act | None = None
    denial: Denial | None = None
    restated: bool = False
    """Whether a denial is only its denier's words saying that something is not so (:func:`restated_denials`)."""

    @property
    def text(self) -> str:
        """The span this unit cites, verbatim."""
        return (self.paragraph.source or self.paragraph.text)[self.start : self.end]

    @property
    def number(self) -> int:
        return self.paragraph.number


# A word that charges someone: 'X accused the brigade of ...', 'the brigade was blamed for ...' (not 'in charge of',
# the one who runs a thing: 'Lev Arno, the brigade's officer in charge of the crossing').
_CHARGING = re.compile(rf"\b(?:accus|blam|{CHARGED}|alleg|implicat|suspect)[a-z]*\b", re.IGNORECASE)
# The verb of one who charges or condemns, right after its subject's name: 'X accused', 'X has denounced', 'X
# strongly condemned'.
_CHARGER_VERB = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?(?:accused|accuses|blamed|blames|denounced|denounces|condemned|"
    r"condemns|charged|charges|alleged|alleges|implicated|implicates|documented|documents)\b"
)


def _side_charged_before(speaker: Speaker, subject: str, units: list[Unit], before: list[Reading]) -> bool:
    """Whether what the drafter has read so far charged the speaker's own side: it denied already, or another's words
    named it, in a claim drafted or in a sentence that charges ('X accused the brigade of ...', 'the brigade was
    blamed'). The side is the speaker, and for a person the body named beside him ('Lev Arno, the brigade's
    spokesman', 'a member of the Kessel Brigade's council', in ``subject``, the words before the speaker's verb)."""
    words = (speaker.entity.nearby if speaker.entity is not None and speaker.person else set()) | {
        w for w in (speaker.described or "").lower().split() if len(w) > 3
    }
    if speaker.person:
        words |= {w for w in re.findall(r"[a-z][a-z-]+", subject.lower()) if len(w) > 3}
    side = {id(speaker.entity)} if speaker.entity is not None else set()
    for reading in before:
        for m in reading.mentions:
            ent = reading.entities.get(id(m))
            if ent is not None and ent.kind == "org" and words & {w for w in ent.name.lower().split() if len(w) > 3}:
                side.add(id(ent))

    def of_side(other: Speaker) -> bool:
        if speaker.same(other) or (other.entity is not None and id(other.entity) in side):
            return True
        # (a body described, not named, whose noun stands beside the person: 'the spokesman for the internationally
        # recognised government' after 'the Saudi-backed Yemeni government has dismissed claims')
        described = {w for w in (other.described or "").lower().split() if len(w) > 3}
        return other.entity is None and not other.person and bool(words & described)

    def names_side(reading: Reading, charging: bool = False) -> bool:
        # (in a sentence that charges, not the one who makes the charge, the subject of its verb: 'Human Rights Watch
        # denounced a "massacre" by the army, which allegedly ...' charges the army, not Human Rights Watch)
        masked = reading.sentence.paragraph.masked
        return any(
            id(reading.entities.get(id(m))) in side and not (charging and _CHARGER_VERB.match(masked, m.end))
            for m in reading.mentions
        )

    if any(unit.kind == "denial" and of_side(unit.speaker) for unit in units):
        return True
    if any(
        unit.kind != "denial" and not of_side(unit.speaker) and any(names_side(r) for r in unit.readings)
        for unit in units
    ):
        return True
    return any(
        names_side(reading, charging=True)
        and _CHARGING.search(reading.sentence.text) is not None
        and not (reading.acts and all(of_side(a.speaker) for a in reading.acts))
        for reading in before
    )


# A deed of force told as done ('struck a convoy', 'killing twelve civilians'): the charge a counter-account answers.
_DEED_TOLD = re.compile(
    r"\b(?:struck|strikes?|shelled|shelling|bombed|bombing|attacked|attacks?|fired|killed|killing|targeted|raided|"
    r"stormed|burned|burning)\b",
    re.IGNORECASE,
)


def _deed_charged_before(speaker: Speaker, subject: str, before: list[Reading]) -> bool:
    """Whether one of the few sentences before told a deed of force by a doer the speaker's words name as its own
    side ('Meridian Wire reported that Velorian forces struck a convoy' before 'A Velorian official said ...'): the
    charge a counter-account answers. The doer is looked for in what the sentence says, not in who says it."""
    mine = side_stems(" ".join((subject, speaker.label, speaker.described or "")))
    if not mine:
        return False
    for reading in before[-4:]:
        text = reading.sentence.text
        if reading.acts and all(a.speaker.same(speaker) for a in reading.acts):
            continue  # (the speaker's own words charge no one)
        deed = _DEED_TOLD.search(text)
        if deed is None:
            continue
        # the doer: the words after the teller's verb, up to the deed ('reported that Velorian forces struck')
        start = max(
            (
                a.verb.end - reading.sentence.start
                for a in reading.acts
                if a.verb.end - reading.sentence.start <= deed.start()
            ),
            default=0,
        )
        if mine & side_stems(text[start : deed.start()]):
            return True
    return False


def units_of(readings: list[Reading]) -> list[Unit]:
    """The claims and denials to draft, in reading order."""
    units: list[Unit] = []
    lead_ins: list[Unit] = []
    for n, reading in enumerate(readings):
        sentence = reading.sentence
        before = readings[:n]
        charged = functools.partial(_side_charged_before, units=units, before=before)
        deed_charged = functools.partial(_deed_charged_before, before=before)
        denial = find_denial(reading, charged, deed_charged) or denial_of_an_act_told(reading, before)
        if denial is not None:
            # Another's quotation that opens the sentence, attributed there by a verb of saying of theirs before the
            # denial ('"We get no aid," X said, accusing Y of ... - a charge Y has denied'): X's words, not Y's, and
            # not what Y denies; the denial cites the sentence from after them.
            start, attributions = sentence.start, list(reading.quotes)
            for att in reading.quotes:
                if not att.speaker.same(denial.act.speaker) and any(
                    act.speaker.same(att.speaker) and att.quote.end <= act.verb.start < denial.act.verb.start
                    for act in reading.acts
                ):
                    start = max(start, att.quote.end)
            if start > sentence.start:
                while start < sentence.end and sentence.paragraph.text[start] in " ,":
                    start += 1
                attributions = [att for att in attributions if att.quote.start >= start]
            end = _before_anothers_clause(reading, denial.act, attributions, start)
            attributions = [att for att in attributions if att.quote.end <= end]
            units.append(
                Unit(
                    "denial",
                    denial.act.speaker,
                    sentence.paragraph,
                    start,
                    end,
                    [reading],
                    attributions,
                    denial.act,
                    denial,
                )
            )
            # Words the denial cites from someone else ('Israel's reports about "..." are false') are that
            # one's claim, the claim the denial answers; its citation ends with their words.
            for att in reading.quotes:
                if not att.speaker.same(denial.act.speaker):
                    end = att.quote.end
                    units.append(Unit("quote", att.speaker, sentence.paragraph, sentence.start, end, [reading], [att]))
            continue
        if reading.attributes_previous and units and units[-1].kind == "quote":
            if units[-1].paragraph is sentence.paragraph:
                _extend(units[-1], reading)
            # (a paragraph that only names the speaker of the quotation before it is no claim of its own, and no
            # part of that quotation's citation: 'Army spokesman Lev Arno said.' after '"...,"')
            continue
        if reading.quotes:
            groups = by_speaker(reading.quotes)
            previous = units[-1] if units else None
            if (
                len(groups) == 1
                and previous is not None
                and previous.kind == "quote"
                and previous.paragraph is sentence.paragraph
                and previous.speaker.same(groups[0][0].speaker)
                and previous.readings[-1] is readings[n - 1]
                and not reading.acts
            ):
                _extend(previous, reading)  # '"...," Al-Zurfi said. "This poses ..."'
                previous.attributions.extend(groups[0])
                denial = continued_denial(previous.act, reading) if previous.act is not None else None
                if denial is not None:
                    previous.kind, previous.denial = "denial", denial
                continue
            spans = _clauses(reading, groups)
            for group, (start, end) in zip(groups, spans, strict=True):
                act = next((a for a in reading.acts if a.speaker.same(group[0].speaker)), None)
                unit = Unit("quote", group[0].speaker, sentence.paragraph, start, end, [reading], group, act)
                # A quotation that runs on from the speaker's words in the paragraph before ('"...," X said.' then
                # '"I categorically deny this."') denies as the same speaker did.
                if (
                    act is None
                    and len(groups) == 1
                    and previous is not None
                    and previous.act is not None
                    and previous.speaker.same(unit.speaker)
                    and previous.readings[-1] is readings[n - 1]
                ):
                    unit.denial = continued_denial(previous.act, reading)
                    if unit.denial is not None:
                        unit.kind, unit.act = "denial", previous.act
                later = _closing_act(readings, n, group) if act is None and unit.denial is None else None
                if later is not None:
                    # '"The reports are false.' then 'They show despair," X said': X's verb, where the quotation
                    # closes in the paragraph after, is the one its first words are said with
                    unit.denial = continued_denial(later, reading)
                    if unit.denial is not None:
                        unit.kind, unit.act = "denial", later
                units.append(unit)
            continue
        speakers: list[Act] = []
        for act in [] if asked_by_the_text(reading) else reading.acts:
            # (a question the text asks says nothing: 'Has Lev Arno rejected the claims?' is no claim of 'Has Lev
            # Arno', as 'Did the brigade deny ...?' is no denial)
            if OWNED_DENIAL.fullmatch(act.verb.word):
                continue  # a noun of denying that denies no claim says nothing: 'the court's denial of bail'
            if not any(a.speaker.same(act.speaker) for a in speakers):
                speakers.append(act)
        for act in speakers:
            units.append(
                Unit("reported", act.speaker, sentence.paragraph, sentence.start, sentence.end, [reading], act=act)
            )
            if _says_nothing(reading, act):
                lead_ins.append(units[-1])
    # a lead-in that says nothing is no claim; it stays above only for the quotation after it to deny as its
    # speaker ('The KCK's statement said.' then '"... We categorically deny these allegations ..."')
    dropped = {id(u) for u in lead_ins}
    return [u for u in units if id(u) not in dropped]


# Verbs of saying a lead-in may end with, its stop standing for a colon: 'The group's statement said.'
_LEAD_IN_VERBS = frozenset("said says stated states read reads added adds noted notes".split())


def _says_nothing(reading: Reading, act: Act) -> bool:
    """Whether a sentence is a short lead-in that ends with its verb of saying and says nothing: 'The KCK's statement
    said.' before the quotation that follows it (the words said are that quotation's, not the lead-in's)."""
    sentence = reading.sentence
    if reading.quotes or act.verb.word.lower() not in _LEAD_IN_VERBS:
        return False
    masked = sentence.paragraph.masked
    if masked[act.verb.end : sentence.end].strip(" .:\u2014-"):
        return False
    # (its subject opens it: 'Ten soldiers died, the army said.' is a claim whose speaker comes after its words)
    if act.subject_start is None or masked[sentence.start : act.subject_start].strip():
        return False
    return len(masked[sentence.start : act.verb.start].split()) <= 6


# What opens a clause of another speaker's after a denial: 'X denied any role after Y said "..."'.
_OTHER_CLAUSE_OPENERS = frozenset("after as when while since before following amid and but whereas".split())


def _before_anothers_clause(reading: Reading, act: Act, attributions: list[Attribution], start: int) -> int:
    """Where a denial's citation ends: before a clause of another speaker's that follows it, opened by a
    subordinator or a conjunction, whose verb of saying their quotation follows ('Hezbollah denied any role in the
    clash after the army said it had killed "infiltrators"'): those are the army's words, and the denial citing them
    would give them to its denier. Else the sentence's end."""
    sentence = reading.sentence
    text = sentence.paragraph.text
    end = sentence.end
    for att in attributions:
        if att.speaker.same(act.speaker):
            continue
        for other in reading.acts:
            if not other.speaker.same(att.speaker) or not (act.verb.end <= other.verb.start < att.quote.start):
                continue
            at = other.subject_start if other.subject_start is not None else other.verb.start
            before = text[start:at].rstrip(" ,;")
            opener = before.rsplit(maxsplit=1)[-1:]
            if at <= act.verb.end or not opener or opener[0].lower() not in _OTHER_CLAUSE_OPENERS:
                continue
            if opener[0].lower() == "as" and at == other.verb.start:
                continue  # ('rejected reports which quoted Y as saying "..."', '... as having said': 'as' right before
                # the verb, no subject between, opens no clause; Y's words are what the denial denies, and it cites them)
            end = min(end, start + len(before[: -len(opener[0])].rstrip(" ,;")))
    return end


def _closing_act(readings: list[Reading], n: int, group: list[Attribution]) -> Act | None:
    """The speaker's act in the next paragraph's first sentence, where a quotation left open in this one closes."""
    last = group[-1].quote
    if last.closed or n + 1 >= len(readings):
        return None
    following = readings[n + 1]
    if following.sentence.paragraph.number != last.paragraph + 1 or following.sentence.start != 0:
        return None
    return next((a for a in following.acts if a.speaker.same(group[0].speaker)), None)


# What joins one speaker's clause to the next: 'X called it "A", while Y called it "B"'.
_JOINERS = ("while", "whereas", "but", "and")


def _without_joiner(clause: str) -> str:
    """``clause`` without the punctuation and conjunction that join it to the next one."""
    clause = clause.rstrip(" ,;")
    last = clause.rsplit(maxsplit=1)[-1:]
    if last and last[0].lower() in _JOINERS:
        clause = clause[: -len(last[0])]
    return clause.rstrip(" ,;")


def by_speaker(attributions: Iterable[Attribution]) -> list[list[Attribution]]:
    """A sentence's quotations grouped by speaker (one group for each speaker, as Speaker.same tells them), in the
    order each speaker is first met."""
    groups: list[list[Attribution]] = []
    for att in attributions:
        group = next((g for g in groups if g[0].speaker.same(att.speaker)), None)
        if group is None:
            groups.append([att])
        else:
            group.append(att)
    return groups


def _clauses(reading: Reading, groups: list[list[Attribution]]) -> list[tuple[int, int]]:
    """Where each speaker's words are in a sentence that quotes several: from the first of their subject, verb and
    quotations to where the next speaker's begin ('X called it "A", while | Y called it "B" and said "C"'), so that
    each claim cites its own clause. The whole sentence for each when their words interleave."""
    sentence = reading.sentence
    whole = [(sentence.start, sentence.end)] * len(groups)
    if len(groups) < 2:
        return whole
    begins = []
    for group in groups:
        act = next((a for a in reading.acts if a.speaker.same(group[0].speaker)), None)
        first = min(att.quote.start for att in group)
        own = (act.subject_start if act.subject_start is not None else act.verb.start) if act is not None else first
        begins.append(min(first, own))
    order = sorted(range(len(groups)), key=lambda i: begins[i])
    if order != list(range(len(groups))):
        return whole
    ends = [*begins[1:], sentence.end]
    if any(
        not (b <= att.quote.start and att.quote.end <= e)
        for g, b, e in zip(groups, begins, ends, strict=True)
        for att in g
    ):
        return whole
    text = sentence.paragraph.text
    spans = []
    for i, (b, e) in enumerate(zip(begins, ends, strict=True)):
        if e < sentence.end:
            e = b + len(_without_joiner(text[b:e]))
        spans.append((sentence.start if i == 0 else b, e))
    return spans


def _extend(unit: Unit, reading: Reading) -> None:
    unit.end = reading.sentence.end
    unit.readings.append(reading)


def make_restated_denial(unit: Unit, words: str, own: list[str]) -> None:
    """Make a claim a denial told in its speaker's own words that something is not so (what it denies: the quoted
    words where it quotes some, else the words after its verb, else the sentence)."""
    reading = unit.readings[0] if unit.readings else None
    act = unit.act
    if reading is not None and act is None:
        act = Act(Verb(unit.start, unit.start, "said", "finite"), unit.speaker, reading.sentence)
    said = words.strip() if unit.act is not None else ""
    denied = " ".join(own) if own else (said if len(said.split()) >= 3 else unit.text)
    unit.kind, unit.restated = "denial", True
    unit.denial = Denial(reading, act, (denied.strip().rstrip("."),), ())  # type: ignore[arg-type]


def _own_words(unit: Unit) -> tuple[str, list[str]]:
    """A unit's speaker's own words (its quotations, else the words after its verb), and its quotations alone."""
    own = [a.quote.text for a in unit.attributions if a.speaker.same(unit.speaker)]
    words = " ".join(own) if own else unit.paragraph.text[unit.act.verb.end if unit.act else unit.start : unit.end]
    return words, own


def _outside_quotes(unit: Unit) -> str:
    """A unit's words after its verb (or from its start), its speaker's quotations blanked out: what it reports its
    speaker said beside the words in marks."""
    start = unit.act.verb.end if unit.act else unit.start
    text = list(unit.paragraph.text[: unit.end])
    for a in unit.attributions:
        if a.speaker.same(unit.speaker):
            text[a.quote.start : a.quote.end] = " " * (min(a.quote.end, unit.end) - a.quote.start)
    return "".join(text[start:])


def _marks_dropped(unit: Unit) -> str:
    """A unit's words after its verb (or from its start), its speaker's quotations among them with their marks
    dropped: the reported words and the quoted ones as one clause ('the commander was alive and well')."""
    if not all(a.quote.start >= (unit.act.verb.end if unit.act else unit.start) for a in unit.attributions):
        return ""  # (a quotation before the verb is words of their own, not part of the reported clause)
    return without_quotation_marks(unit.paragraph.text[unit.act.verb.end if unit.act else unit.start : unit.end])


# How many paragraphs back a charge may be told and still be the one a bare negation answers.
_CHARGE_REACH = 3


def answered_charges(units: list[Unit], answers: Callable[[str, str], bool]) -> None:
    """Make a denial each claim whose words say that what another told before did not happen ('Kessel TV reported
    that Velorian forces struck a convoy, killing twelve civilians.' then 'The ministry said no civilians were killed
    in the strike.'), by ``answers`` (per language: whether the words negate the deed the earlier words tell).

    A negation with no word of denying is a denial only where it answers a report or charge named before; the same
    words after news of something else ('no talks were planned', after a report of aid convoys) are a claim. The
    earlier words must be another speaker's (a claim drafted), told in the last few paragraphs.
    """
    for n, unit in enumerate(units):
        if unit.kind not in ("quote", "reported"):
            continue
        words, own = _own_words(unit)
        if any(
            other.kind in ("quote", "reported")
            and not other.speaker.same(unit.speaker)
            and unit.number - _CHARGE_REACH <= other.number
            and (other.number, other.start) < (unit.number, unit.start)
            and answers(words, other.text)
            for other in units[:n]
        ):
            make_restated_denial(unit, words, own)


def restated_denials(
    units: list[Unit],
    deniers: list[Speaker],
    same_side: Callable[[Speaker, Speaker], bool],
    negates: Callable[[str], bool],
    beside_quotes: bool = True,
    negates_beside: Callable[[str], bool] | None = None,
) -> None:
    """Make a place of the denial each claim in which a denier of the article, or one who speaks for the same side,
    says in its own words that something is not so ('"There is no group affiliated with us there," he said').

    ``beside_quotes``: whether the reported words beside the speaker's quotations are read for a 'not' when the
    quotations hold none; ``negates_beside``, how they are read for it (``negates`` where not given).

    News reports a denial once with a verb of denying and then quotes the denier, who restates it in the first
    person without one; the quotation is the denial told again, and an editor cites it as such. The words that
    deny differ with every article (no presence, no role, not responsible, never happened), so what is asked of
    them is only that they negate (``negates``, per language), and of their speaker that it has denied.
    """
    if not deniers:
        return
    for unit in units:
        if unit.kind == "denial" or not any(same_side(unit.speaker, d) for d in deniers):
            continue
        words, own = _own_words(unit)
        if beside_quotes and own and not negates(words) and (negates_beside or negates)(_outside_quotes(unit)):
            # (words in marks that deny nothing, the 'not' in the reported words around them: 'او افزوده است که هیچ
            # اقدامی علیه او صورت نگرفته است و «عزت» او در جای خود است', he added that no step was taken against
            # him and his 'honour' stands): the reported words deny, and what is denied is all the words after the
            # verb, the words in marks among them
            words, own = unit.paragraph.text[unit.act.verb.end if unit.act else unit.start : unit.end], []
        elif beside_quotes and own and not negates(words) and (negates_beside or negates)(_marks_dropped(unit)):
            # (or the reported words and the words in marks read as one clause, the marks dropped: 'The army said the
            # commander was "alive and well"', where neither 'was' nor 'alive and well' says it alone)
            make_restated_denial(
                unit, unit.paragraph.text[unit.act.verb.end if unit.act else unit.start : unit.end], []
            )
            continue
        if not negates(words):
            continue
        # what is denied is the denier's quoted words where the place quotes them, not the sentence that tells who
        # spoke ('When asked, X said: "We were not involved."' denies 'We were not involved')
        # (and where it quotes none, the words after its verb: 'The army's spokesperson says the state is held' denies
        # 'the state is held', not who said it)
        make_restated_denial(unit, words, own)
