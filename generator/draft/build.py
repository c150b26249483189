"""Draft records from units: claims, denials, and the people and bodies they need.

Every record is a draft (``status: draft``) with a TODO note saying what to
check, so `factsheet review` refuses it until an editor has looked. Every
citation is a span of the archive checked with ``ArchivedText.locate`` before
it is kept; a statement whose citation does not verify is dropped, and a
record left with nothing to cite is not written. Speakers and bodies that
match a record (by name or alias, ignoring case, diacritics, hyphens and
'al-') are referenced; others become draft actors or groups, or, when the
article gives no name, ``described_as`` in its own words. A denier's later
denials in the same source join the first as further citations: one denial
per denier per source.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, get_args

from generator.draft.denials import (
    QUOTATION_MARKS,
    called_after,
    judgement_after,
    judgement_before,
    labelled_after,
    marked_verb_of_denying,
)
from generator.draft.descriptors import Descriptor, Leadership
from generator.draft.discourse import Entity, Speaker
from generator.draft.lang import attributor_for
from generator.draft.linking import Named, adjective_of_the_noun_before, named_as_place, named_note
from generator.draft.names import (
    Known,
    NameIndex,
    article_states,
    given_or_family_name,
    has_particle,
    key_tokens,
    looks_like_a_persons_name,
    name_key,
    without_kinship,
)
from generator.draft.polarity import affirmed
from generator.draft.proposals import answered_claims, answered_in_article, similar_records, surname_reason
from generator.draft.reports import NamedReports, named_reports
from generator.draft.territories import is_country_name
from generator.draft.text import Sentence, find_quotes
from generator.draft.units import Unit
from generator.draft.verbs import as_reported
from generator.folding import fold
from generator.model.archive import ArchivedText
from generator.model.records import RECORD_TYPES, speaker_identity
from generator.model.slug import transliterated_slug
from generator.model.vocab import ActorKind, GroupKind
from generator.weekdays import only_says_when, resolve_date
from generator.wording import content_words, shared

ID_LIMIT = 60
# Words left out of ids.
_STOP = frozenset(
    "a an the of to in on at for and or but with by from as into is are was were be been has have had it its their "
    "his her this that these those we our us they them he she i you will would could should there said says "
    "also very".split()
)  # 'not' and 'no' stay: an id that drops them says the opposite of the statement ('do-reflect-core-principles')
# A sentence's end: its mark (Latin, Arabic or Urdu-Persian), perhaps inside closing quotation marks or a bracket.
_SENTENCE_END = re.compile("[.!?\u061f\u06d4][\u201d\u2019\"'\u00bb)]*$")
_ACTOR_KINDS = set(get_args(ActorKind))
_GROUP_KINDS = set(get_args(GroupKind))
_SPEAKER_TYPES = ("actor", "group")


@dataclass
class Draft:
    """One record to write."""

    type: str
    id: str
    data: dict[str, Any]
    line: str
    """One line for the summary."""


@dataclass
class Builder:
    source_id: str
    archive: ArchivedText
    index: NameIndex
    taken: set[str]
    """Ids already used by any record, so new ones never collide."""
    language: str = "en"
    """The attributor's language: summaries of quotations in another language are marked for checking."""
    corpus: Any = None
    """The corpus on file, to propose existing records and claims in the notes (never linked silently)."""
    published: str | None = None
    """The source's publication date, to resolve 'on Thursday'."""
    publisher: str | None = None
    """Who published the source: the speaker of what the article says in its own voice."""
    named: list[Named] = field(default_factory=list)
    """The records the article names (:mod:`generator.draft.linking`), listed in each statement's notes."""
    drafts: list[Draft] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    """What was left out because its citation did not verify or the record would be invalid."""
    _entity_ids: dict[int, str] = field(default_factory=dict)
    _next_number: dict[str, int] = field(default_factory=dict)
    _entity_drafts: dict[int, Draft] = field(default_factory=dict)
    _denier_names: dict[str, str] = field(default_factory=dict)
    """The name each drafted denier (an actor's id) was read under, for co-deniers named together."""
    _entities: list[Entity] = field(default_factory=list)
    """The article's people and bodies, for telling what a name written alone most likely is."""
    _unnamed: dict[int, bool] = field(default_factory=dict)
    """By ``id(entity)``: words taken for a name that are none; True when they describe the speaker ('وسائل
    إعلام لبنانية', Lebanese media), who is then ``described_as`` them, False when they describe no one."""
    _bodies: set[int] = field(default_factory=set)
    """By ``id(entity)``: words taken for a person's name that hold no name of a person ('Foreign Policy')."""
    _described_people: set[int] = field(default_factory=set)
    """By ``id(entity)``: names the article describes as a person's ('a spokesman for the rebels, X')."""
    _denials_by: dict[tuple, Draft] = field(default_factory=dict)
    """The denial drafted for each denier (by its speaker field), so that later ones join it."""
    _claims_by: dict[tuple, Draft] = field(default_factory=dict)
    """The claim drafted for each speaker and the words it quotes (:func:`_said_key`), so that the same words said
    again join it."""
    _by_words: set[str] = field(default_factory=set)
    """Ids of denials drafted from a statement that only calls something false (no verb of denying yet)."""
    _states: set[str] | None = None
    """The states the article names (:func:`article_states`), once read."""

    # --- ids and citations ------------------------------------------------------------------------

    def free_id(self, base: str) -> str:
        base = transliterated_slug(base, ID_LIMIT) or "draft"
        # Resume numbering where the last id from this base stopped: ``taken`` only grows, so the
        # numbers before it are still taken, and many drafts with one base cost no more than one each.
        n = self._next_number.get(base, 2)
        candidate = base if n == 2 else f"{base}-{n}"
        while candidate in self.taken:
            candidate = f"{base}-{n}"
            n += 1
        self._next_number[base] = n
        self.taken.add(candidate)
        return candidate

    def cite(self, paragraph: int, quote: str) -> dict[str, Any] | None:
        """A citation of ``quote`` in ``paragraph``, if the archive has it verbatim there; else None."""
        quote = quote.strip()
        found = self.archive.locate(quote, paragraph) if quote else None
        if found is None or found[1] != paragraph:
            self.dropped.append(f"¶{paragraph}: {quote[:60]!r} does not verify against the archive")
            return None
        return {"source": self.source_id, "quote": quote, "paragraph": paragraph}

    # --- people and bodies ------------------------------------------------------------------------

    def plan_entities(
        self,
        entities: list[Entity],
        speakers: list[Speaker],
        descriptors: list[Descriptor],
        leaderships: list[Leadership],
        sentences: dict[int, tuple[int, str]],
    ) -> None:
        """Draft a record for each unmatched person or body that speaks or that the article describes."""
        self._entities = entities
        wanted: list[Entity] = []

        def want(ent: Entity | None) -> None:
            if ent is not None and ent.known is None and ent not in wanted:
                wanted.append(ent)

        for spk in speakers:
            ent = spk.entity
            if ent is not None and (ent.known is None or (ent.known.type, ent.known.kind) == ("place", "city")):
                # a capital that speaks is its government ('Baghdad denied'), not a new actor or a city
                ent.known = self.index.government_of(ent.name) or ent.known
            want(ent)
        for d in descriptors:
            if d.entity.person:
                want(d.entity)
        for lead in leaderships:
            want(lead.body)
            want(lead.leader)
        for d in descriptors:
            if d.entity in wanted and d.organization is not None and " " in d.organization.key:
                want(d.organization)
        # (a name the article describes as a person holds a person's name, though name data may not know it: 'a
        # spokesman for the rebels, Maikalu Nguebla,')
        self._described_people = {id(d.entity) for d in descriptors if d.of_a_person}
        named_with_office = {id(spk.entity) for spk in speakers if spk.entity is not None and "office" in spk.how}
        named_with_office |= self._described_people
        for ent in list(wanted):
            if not ent.name.isascii():
                ent.name = without_kinship(ent.name)  # 'نجله جواد نصرالله' (his son Jawad Nasrallah)
            unnamed = self._unnamed_kind(ent, id(ent) in named_with_office)
            if unnamed == "body":
                self._bodies.add(id(ent))
            elif unnamed:
                self._unnamed[id(ent)] = unnamed == "described"
                wanted.remove(ent)
        for ent in entities:
            if ent in wanted:
                self._entity_ids[id(ent)] = self.free_id(ent.shown or ent.name)
        for ent in entities:
            if ent in wanted:
                self._draft_entity(ent, descriptors, leaderships, sentences)
        drafted = [e for e in wanted if id(e) in self._entity_drafts]
        self._propose_same_person([e for e in drafted if self._entity_drafts[id(e)].data.get("kind") == "person"])

    def _propose_same_person(self, people: list[Entity]) -> None:
        """Two people drafted from one article with surnames one letter apart ('Kazali' after 'Qais Khazali'):
        perhaps one person misspelt, so the later is proposed as the earlier in its notes, never merged."""
        for n, ent in enumerate(people):
            for earlier in people[:n]:
                why = surname_reason(ent.name, earlier.name)
                if why and name_key(ent.name) != name_key(earlier.name):
                    self._entity_drafts[id(ent)].data["notes"] += (
                        f" Possibly the same person as `{self.entity_id(earlier)}`, drafted from the same article,"
                        f" not merged: {why}."
                    )
                    break

    def _unnamed_kind(self, ent: Entity, named_with_office: bool) -> str:
        """'' when ``ent`` is a name to draft a record for; else what the words are instead.

        'described': a place on file speaking ('العراق ينفي', Iraq denies: no new actor beside the place), or
        words that describe a speaker without naming one ('وسائل إعلام لبنانية' Lebanese media, 'المصدر' the
        source); 'none': words that describe no one ('قيام طائراته بقصف', the carrying out by its aircraft of a
        strike; 'ما'); 'body': a name with no title and no word of a person's name ('Foreign Policy', 'Islamic
        Emirates'), which names a body more likely than a person.
        """
        if ent.known is not None:
            return ""
        if self.index.lookup(ent.name, ("place",)) is not None:
            return "described"
        if ent.titles or named_with_office or not (ent.person or ent.kind == "unknown"):
            return ""
        if ent.name.isascii():
            return "body" if " " in ent.key and not looks_like_a_persons_name(ent.name) else ""
        if has_particle(ent.name):
            return "none"
        if looks_like_a_persons_name(ent.name):
            return ""
        if _PRONOUN_SUFFIX.search(ent.name):
            return "none"
        if " " not in ent.key and not attributor_for(self.language).describes_a_speaker(ent.name):
            return ""  # one word ('بغداد', 'النجباء', 'الخزعلي'): :meth:`_lone_kind` guesses
        return "described"  # 'المصدر' (the source), or a phrase with no name in it

    def _lone_kind(self, ent: Entity) -> tuple[str, str]:
        """A person when the word is a known given or family name, or one letter from the surname of a person
        in this article or on file ('Kazali', 'Khazali'); otherwise a body."""
        people = [e.label for e in self._entities if e is not ent and e.person and not _lone_name(e)]
        person = (
            id(ent) in self._described_people
            or given_or_family_name(ent.name)
            or any(surname_reason(ent.name, other) for other in people)
            or bool(similar_records(self.corpus, ent.name, "actor", True))
        )
        return ("actor", "person") if person else ("actor", "organization")

    def entity_id(self, ent: Entity | None) -> str | None:
        if ent is None:
            return None
        if ent.known is not None:
            return ent.known.id
        return self._entity_ids.get(id(ent))

    def _draft_entity(
        self,
        ent: Entity,
        descriptors: list[Descriptor],
        leaderships: list[Leadership],
        sentences: dict[int, tuple[int, str]],
    ) -> None:
        record_id = self._entity_ids[id(ent)]
        if id(ent) in self._bodies:
            type_name, kind = "actor", "organization"
        else:
            type_name, kind = _type_and_kind(ent) if not _lone_name(ent) else self._lone_kind(ent)
        data: dict[str, Any] = {"name": ent.shown or ent.name, "kind": kind}
        aliases = []
        seen = {ent.key}
        for paragraph, start, end, text in ent.mentions:
            key = " ".join(w for w, _, _ in key_tokens(text))
            if key in seen or _without_its_article(ent, text):
                continue
            seen.add(key)
            para_text = self.archive.paragraphs[paragraph - 1]
            context = _with_next_words(para_text, start, end, 3)
            citation = self.cite(paragraph, context)
            if citation:
                aliases.append({"name": text, "citations": [citation]})
        if aliases:
            data["aliases"] = aliases
        own = [d for d in descriptors if d.entity is ent]
        if type_name == "actor" and ent.person:
            roles, relationships = self._roles(own)
            if roles:
                data["roles"] = roles
            if relationships:
                data["relationships"] = relationships
        else:
            appositive = next((d for d in own if d.kind == "appositive"), None)
            if appositive is not None:
                data["description"] = _sentence_case(appositive.role)
            relationships = []
            for lead in leaderships:
                leader_id = self.entity_id(lead.leader)
                if lead.body is ent and leader_id:
                    citation = self.cite(
                        lead.paragraph, self.archive.paragraphs[lead.paragraph - 1][lead.start : lead.end]
                    )
                    if citation:
                        relationships.append({"type": "led-by", "target": leader_id, "citations": [citation]})
            if relationships:
                data["relationships"] = relationships
        data["status"] = "draft"
        data["notes"] = (
            f"TODO: drafted by `factsheet draft` from {self.source_id}; check the name, kind, "
            "roles and relationships against the text, then `factsheet review`."
        )
        if id(ent) in self._bodies or (_lone_name(ent) and id(ent) not in self._described_people):
            data["notes"] += (
                f" The text gives '{ent.name}' no title or first name, so the kind ({kind}) is a guess from name "
                "data: it may be a person, a body, an outlet or a place standing for its government."
            )
        similar = similar_records(self.corpus, ent.name, type_name, type_name == "actor" and ent.person)
        if similar:
            data["notes"] += (
                " Possibly a record on file, not merged: "
                + "; ".join(f"`{rid}` ({why})" for rid, why in similar)
                + ". If it is the same, use that id instead and add this spelling as an alias."
            )
        first_paragraph = ent.mentions[0][0]
        citation = self.cite(first_paragraph, sentences[id(ent)][1]) if id(ent) in sentences else None
        data["citations"] = [citation] if citation else []
        if not data["citations"]:
            self.dropped.append(f"{ent.name}: no verified citation, so no record")
            self._entity_ids.pop(id(ent), None)
            return
        draft = Draft(type_name, record_id, data, f"{type_name:<6} {record_id}  {kind}: {ent.shown or ent.name}")
        self._entity_drafts[id(ent)] = draft
        self.drafts.append(draft)

    def _roles(self, own: list[Descriptor]) -> tuple[list[dict], list[dict]]:
        roles, relationships, seen = [], [], set()
        for d in own:
            title = d.role
            if not title or title.lower() in seen:
                continue
            seen.add(title.lower())
            citation = self.cite(d.paragraph, self.archive.paragraphs[d.paragraph - 1][d.start : d.end])
            if citation is None:
                continue
            role: dict[str, Any] = {"title": title}
            org_id = self.entity_id(d.organization)
            if org_id and d.organization is not None and _is_body(d.organization):
                role["organization"] = org_id
            if d.former:
                role["former"] = True
            if d.rank:
                role["note"] = f"rank, as written: {d.rank}"
            role["citations"] = [citation]
            roles.append(role)
            if d.membership and org_id and _is_body(d.organization):
                relationships.append({"type": "member-of", "target": org_id, "citations": [citation]})
        return roles, relationships

    # --- claims and denials -----------------------------------------------------------------------

    def speaker_field(self, speaker: Speaker) -> dict[str, str] | None:
        if speaker.publisher and self.publisher:
            speaker = Speaker(self.publisher, None, self.publisher, False, speaker.how)
        ent_id = self.entity_id(speaker.entity)
        if speaker.entity is not None and id(speaker.entity) in self._unnamed:
            if not self._unnamed[id(speaker.entity)]:
                return None
            speaker = Speaker(speaker.label, None, speaker.entity.name, speaker.person, speaker.how)
        if speaker.entity is not None:
            known = speaker.entity.known
            if known is not None and known.type not in _SPEAKER_TYPES:
                return None
            return {"actor": ent_id} if ent_id else None
        if not speaker.described:
            return None
        out = {"described_as": speaker.described}
        if self._states is None:
            self._states = article_states(self.archive.paragraphs, self.index)
        # (not a body on file as another state's: 'رئيس مجلس النواب' in an article about Lebanon is no officer of
        # Iraq's parliament, as 'مجلس النواب' there is not linked)
        bodies = {
            k.id
            for a, b, k in self.index.scan(speaker.described)
            if k.type in _SPEAKER_TYPES and not self.index.of_another_state(k, speaker.described[a:b], self._states)
        }
        if len(bodies) == 1:
            out["affiliation"] = bodies.pop()
        return out

    def add_unit(self, unit: Unit, subjects_of: list[Entity]) -> None:
        speaker = self.speaker_field(unit.speaker)
        if speaker is None:
            self.dropped.append(f"¶{unit.number}: no usable speaker for {unit.text[:50]!r}")
            return
        citation = self.cite(unit.number, unit.text)
        if citation is None:
            return
        claimant_id = speaker.get("actor")
        reported_to = self._reported_to(unit) if unit.kind != "denial" else None
        subjects = []
        carried: set[str] = set()
        for start, end, known in self.index.scan(unit.text):
            if not named_as_place(unit.text, start, end, known, self.index):
                continue  # 'Washington warned': the government, not the city
            if adjective_of_the_noun_before(unit.text, start, end, known):
                continue  # ('الجيش السوداني', the Sudanese army: no person named al-Sudani)
            if known.org and (known.id in carried or _CARRIED_BY.search(unit.text, max(0, start - 60), start)):
                # the outlet that carried the remarks relays them; it is not what they are about (nor is it when
                # named again, its acronym after it: 'carried by the Kessel News Agency (KNA)')
                carried.add(known.id)
                continue
            if unit.kind == "denial" and known.org and _addressed(unit.text, start, end, known):
                # the outlet told is not what a denial is about ('denied it in an interview with X', 'speaking to
                # X', 'X was told'); a denial has no field for it, so it stays among the records named in its notes
                continue
            if self._states is None:
                self._states = article_states(self.archive.paragraphs, self.index)
            if self.index.of_another_state(known, unit.text[start:end], self._states):
                continue  # ('مجلس النواب' on file for Iraq's, in an article about Libya: the notes propose it)
            if known.id not in (claimant_id, reported_to, speaker.get("affiliation")) and known.id not in subjects:
                subjects.append(known.id)
        for ent in subjects_of:
            ent_id = self.entity_id(ent)
            if ent_id and ent_id != claimant_id and ent_id not in subjects and ent_id in self._drafted_ids():
                subjects.append(ent_id)
        how = "; ".join(dict.fromkeys(a.how for a in unit.attributions)) or (unit.act.speaker.how if unit.act else "")
        if unit.restated:
            how = "; ".join(filter(None, (how, "the denier's own words, saying it is not so: check that they deny")))
        label = self.publisher if unit.speaker.publisher and self.publisher else unit.speaker.label
        key = _said_key(speaker, unit) if unit.kind != "denial" else None
        if unit.kind == "denial":
            denial = unit.denial
            assert denial is not None
            same = self._denials_by.get(_speaker_key(speaker))
            if same is not None:
                _join_denial(same, unit, citation, how, label, self._by_words)
                if "date" not in same.data:
                    # the lead reports the denial undated, a later place says when ('... rebutted through a statement
                    # released on Saturday'): that place's weekday dates the one denial
                    _date_from(same.data, unit, self.published, later=True)
                if subjects:
                    same.data["subjects"] = list(dict.fromkeys([*same.data.get("subjects", []), *subjects]))
                return
            if claimant_id:
                self._part_co_deniers(claimant_id, unit.speaker.label, citation, subjects)
            data: dict[str, Any] = {"summary": _denial_summary(label, denial, unit.restated), "denier": speaker}
            if subjects:
                data["subjects"] = subjects
            if denial.denied:
                data["denied"] = "; ".join(_what_denied(denial, label))
            if denial.acknowledged:
                data["acknowledged"] = "; ".join(denial.acknowledged)
            words = denial.denied[0] if denial.denied else denial.acknowledged[0]
            verb = "denies" if denial.denied else "acknowledges"
            base = f"{_short(unit.speaker, self)}-{verb}-{_words(words, 4)}"
            type_name = "denial"
            todo = f"check the denier and what was denied or acknowledged; {_LINK_TODO}"
        else:
            said = self._claims_by.get(key) if key else None
            if said is not None:
                # the lead gives a statement and a later paragraph gives it again in full (Persian reports often
                # do): one claim, each place cited, as a denier's places make one denial
                if citation not in said.data["citations"]:
                    said.data["citations"].append(citation)
                    said.data["notes"] += f" Also cited: paragraph {unit.number} (the same words again)."
                return
            data = {"summary": _claim_summary(unit), "claimant": speaker}
            if subjects:
                data["subjects"] = subjects
            data["claim_status"] = "alleged"
            if reported_to:
                data["reported_to"] = reported_to
            first = unit.attributions[0].quote.text if unit.attributions else _reported_words(unit)
            base = f"{_short(unit.speaker, self)}-{_words(first, 4)}"
            type_name = "claim"
            todo = "check the speaker, rewrite the summary in neutral words, add subjects and a date"
        if self.language != "en":
            todo += (
                f"; the summary quotes the {self.language} text as it stands: write it in English and check it "
                "against the citation"
            )
        data["status"] = "draft"
        data["notes"] = f"TODO: {todo}. Drafted by `factsheet draft` from paragraph {unit.number}" + (
            f" ({how})." if how else "."
        )
        _date_from(data, unit, self.published)
        linked = {claimant_id, reported_to, speaker.get("affiliation"), *subjects}
        data["notes"] += named_note(self.named, {i for i in linked if i})
        if unit.kind == "denial":
            answered = answered_claims(self.corpus, claimant_id, subjects, unit.text)
            if answered:
                data["notes"] += (
                    " May answer, most likely first (confirm, then list under claims): "
                    + "; ".join(f"`{cid}` ({why})" for cid, why in answered)
                    + "."
                )
        data["citations"] = [citation]
        record_id = self.free_id(base)
        quote = unit.attributions[0].quote.text if unit.attributions else unit.text
        line = f"{type_name:<6} {record_id}  ¶{unit.number} {label}: {_clip(quote, 60)}"
        draft = Draft(type_name, record_id, data, line)
        self.drafts.append(draft)
        if type_name == "claim" and key:
            self._claims_by[key] = draft
        if type_name == "denial":
            self._denials_by[_speaker_key(speaker)] = draft
            if not _by_verb(unit):
                self._by_words.add(record_id)

    def _part_co_deniers(self, denier: str, name: str, citation: dict[str, Any], subjects: list[str]) -> None:
        """Two named together as who denied ('Both X and Y dismissed the report', 'X and her husband Y denied it'):
        each denies, and neither is what the other's denial is about (before: each was the other's subject)."""
        self._denier_names[denier] = name
        for other in self.drafts:
            other_denier = other.data.get("denier", {}).get("actor") if other.type == "denial" else None
            if not other_denier or other_denier == denier or citation not in other.data.get("citations", []):
                continue
            if not _joined_as_deniers(citation["quote"], self._denier_names.get(other_denier, ""), name):
                continue
            if other_denier in subjects:
                subjects.remove(other_denier)
            if denier in other.data.get("subjects", []):
                other.data["subjects"].remove(denier)
                if not other.data["subjects"]:
                    del other.data["subjects"]

    def _drafted_ids(self) -> set[str]:
        return {d.id for d in self._entity_drafts.values()}

    def _reported_to(self, unit: Unit) -> str | None:
        """The outlet or body told: 'told The New Arab's Arabic language edition', 'confirmed to Al-Sahil Net'."""
        for reading in unit.readings:
            for act in reading.acts:
                if act.verb.word.lower() not in ("told", "tells", "confirmed", "said", "says", "stated"):
                    continue
                after = unit.paragraph.text[act.verb.end : act.verb.end + 80]
                if act.verb.word.lower() not in ("told", "tells"):
                    m = re.match(r"\s+to\s+", after)
                    if not m:
                        continue
                    after = after[m.end() :]
                hits = self.index.scan(after)
                if hits and hits[0][0] <= 4 and hits[0][2].type == "actor" and not hits[0][2].person:
                    return hits[0][2].id
        return None

    def propose_answered_in_article(self) -> None:
        """Note in each drafted denial the claims drafted beside it, by others, that it may answer (never linked:
        the editor confirms and lists them under ``claims``)."""
        claims = [d for d in self.drafts if d.type == "claim" and d.data.get("citations")]
        for draft in self.drafts:
            if draft.type != "denial":
                continue
            denier = _speaker_key(draft.data["denier"])
            others = [
                (c.id, c.data["citations"][0]["paragraph"], f"{c.data['summary']} {c.data['citations'][0]['quote']}")
                for c in claims
                if _speaker_key(c.data["claimant"]) != denier
            ]
            citations = draft.data.get("citations", [])
            text = " ".join([draft.data.get("denied", ""), *(c["quote"] for c in citations)])
            answered = answered_in_article([c["paragraph"] for c in citations], text, others)
            if answered:
                draft.data["notes"] += (
                    f" {_PROPOSED} (confirm, then list under claims): "
                    + "; ".join(f"`{cid}` ({why})" for cid, why in answered)
                    + "."
                )

    def draft_reports_denied(self) -> None:
        """Draft the claim a denial answers where the article names it only as reports ('denied reports that the
        cleric was wounded', 'نفت التقارير التي تحدثت عن ...') and nothing drafted, in the article or on file, may be
        it: a claim by the reports' maker where the article names one ('a Rudaw report that'), else by the reports
        as the article words them ('reports', 'Israeli media reports'), linked to the denial, so that the denial
        answers a claim and the editor starts from both instead of writing the claim by hand."""
        for denial in [d for d in self.drafts if d.type == "denial"]:
            data = denial.data
            if data.get("claims") or _PROPOSED in data["notes"]:
                continue  # (a claim drafted beside it may be the reports)
            reports = named_reports(data.get("denied", "").split("; ")[0], self.language)
            if reports is None or self._on_file_as(reports.what):
                continue
            maker = self._reports_maker(reports)
            if maker is None:
                continue  # ('reports by the agency that': the agency is one the article named before; the editor)
            citation = data["citations"][0]
            if _QUOTE_MARK.search(citation["quote"]):
                # (words in marks have a speaker of their own: the reports may be the denier's words, '"reports
                # that ... are unfounded"', or relay another's, or the denier may call them 'propaganda')
                continue
            if self._after_a_colon(citation["paragraph"], reports.words):
                continue  # ('The ministry: reports of a raid are false': the reports named in the denier's own words)
            place = self.cite(citation["paragraph"], reports.words) or citation
            claimant, name = maker
            what = reports.what.rstrip(" .")
            claim_id = self.free_id(f"{_words(name, 4)}-{_words(what, 4)}")
            named = bool(reports.maker) or "actor" in claimant
            todo = f"TODO: the reports that the denial `{denial.id}` answers (paragraph {citation['paragraph']}), " + (
                "drafted from the one the article names: find that report itself, cite it and its date, check its "
                "claimant, and rewrite the summary in neutral words"
                if named
                else "drafted because the article names no one else who made them: find who reported it first and "
                "when, cite that report, name its claimant, and rewrite the summary in neutral words"
            )
            if self.language != "en":
                todo += f" (it quotes the {self.language} text as it stands: write it in English)"
            claim = {
                "summary": _full_stop(_sentence_case(reports.summary(name, named))),
                "claimant": claimant,
                "claim_status": "denied",
                "status": "draft",
                "notes": f"{todo}.",
                "citations": [place],
            }
            subjects = [s for s in data.get("subjects", []) if s != claimant.get("actor")]  # (not about its maker)
            if subjects:
                claim["subjects"] = subjects
            line = f"{'claim':<6} {claim_id}  \u00b6{citation['paragraph']} {reports.noun}: {_clip(what, 60)}"
            drafted = Draft("claim", claim_id, claim, line)
            if not self._valid(drafted):
                continue  # (drafted after the others were checked, so checked here; the denial stays as it was)
            data["claims"] = [claim_id]
            data["notes"] = data["notes"].replace(_LINK_TODO, "check the claim drafted for the reports it answers")
            data["notes"] += f" The claim it answers, `{claim_id}`, was drafted from the reports it names."
            self.drafts.append(drafted)

    def _after_a_colon(self, paragraph: int, words: str) -> bool:
        """Whether ``words`` follow a colon in their paragraph, or open a paragraph after one that ends in a colon: a
        statement set after its speaker's name, as headlines write one ('Ministry: reports of a raid are false')."""
        paragraphs = self.archive.paragraphs
        text = paragraphs[paragraph - 1]
        at = text.find(words)
        before = text[:at].rstrip() if at >= 0 else ""
        if before:
            return before.endswith(":")
        return at == 0 and paragraph > 1 and paragraphs[paragraph - 2].rstrip().endswith(":")

    def _reports_maker(self, reports: NamedReports) -> tuple[dict[str, str], str] | None:
        """Who made the reports a denial names, as a claimant and as a summary names them: an outlet on file named
        with them ('a Rudaw report', 'a report by Rudaw', 'a report in Rudaw') is that record; another named after
        'by' is described as written ('claims by the opposition'); else the reports as the article words them
        ('Israeli media reports'). None where the one named after 'by' is only referred to ('by the agency': one the
        article named before), or one named after 'in' or 'on' is no outlet on file (perhaps a time or a place)."""
        by = reports.maker
        for start, end, known in self.index.scan(by or reports.noun):
            whole = not by or _without_article(by[start:end]) == _without_article(by)  # (not 'by its editor')
            if known.type == "actor" and known.kind in _OUTLET_KINDS and whole:
                return {"actor": known.id}, known.name
        if by:
            return None if reports.via != "by" or _ONLY_REFERRED.fullmatch(by) else ({"described_as": by}, by)
        return {"described_as": reports.noun}, reports.noun

    def _on_file_as(self, what: str) -> bool:
        """Whether a claim on file shares three words of ``what`` the reports said: it may be their claim. (A claim
        only about the denier, which the notes may propose, need not be: a body often named has many.)"""
        words = content_words(what)
        return any(len(shared(words, claimed)) >= 3 for claimed in self._words_on_file)

    @cached_property
    def _words_on_file(self) -> list[Mapping[str, str]]:
        """The words of each claim on file, its summary and quotes (read once, for every denial of the article)."""
        if self.corpus is None:
            return []
        return [
            content_words(" ".join([c.summary, *(q.quote for q in c.citations)])) for c in self.corpus.of_type("claim")
        ]

    def validate(self) -> None:
        """Drop drafts the model would reject (and anything citing them), so the corpus stays valid."""
        self.drafts = [draft for draft in self.drafts if self._valid(draft)]

    def _valid(self, draft: Draft) -> bool:
        """Whether the model accepts ``draft``; if not, why is reported among the dropped."""
        try:
            RECORD_TYPES[draft.type].model_validate({**draft.data, "id": draft.id})
        except Exception as exc:  # pydantic's ValidationError: report, do not write
            self.dropped.append(f"{draft.id}: would not validate ({str(exc).splitlines()[0]})")
            return False
        return True


# Arabic words with a pronoun written on ('طائراته' its aircraft, 'عليهما' upon them): a phrase, not a name.
_PRONOUN_SUFFIX = re.compile("\\S(?:\u062a\u0647|\u0647\u0645\u0627|\u0647\u0645)(?!\\S)")


def _without_its_article(ent: Entity, text: str) -> bool:
    """Whether a mention is a person's surname read without the article the full name writes before it: 'Iraqi' of
    'Mr Al Iraqi' after 'Saleh Al Iraqi' is no name of his ('Al-Hadi' after 'Karim Al-Hadi' is)."""
    return ent.person and re.search(rf"\b(?:al|el)[-\s]+{re.escape(text)}$", ent.name, re.IGNORECASE) is not None


def _speaker_key(speaker: dict[str, str]) -> tuple[str, ...]:
    """A drafted speaker (the record's mapping, perhaps not yet valid) as the model keys one."""
    return speaker_identity(speaker.get("actor"), speaker.get("described_as"), speaker.get("affiliation"))


def _what_denied(denial, speaker: str) -> list[str]:
    """What a denial denies, put as the statement denied: a denial in its speaker's own words ('said there was
    no rift') is turned around where :func:`polarity.affirmed` can ('there was a rift'). Quoted words stay the
    speaker's ('"We did not do it"'), as does a whole sentence that denies."""
    act = getattr(denial, "act", None)
    if act is None or act.verb.denial:
        return list(denial.denied)  # a verb of denying names what was denied; Arabic-script denials carry no act
    quoted = [q.text.strip() for q in act.sentence.quotes]
    kept = {q.rstrip(".,") for q in quoted} | {act.sentence.text.strip().rstrip(".")}
    out = []
    for words in denial.denied:
        own = _QUOTED_OWN_DENIAL.fullmatch(words.strip())
        # (quoted words cut before an admission stay the speaker's too: 'We did not arm them' of '"We did not arm
        # them, we only trained them"', never 'We did arm them', which reads as the admission of the speaker's own)
        said = words in kept or any(q.startswith(words) for q in quoted if words)
        # ('said it "denies any link to the explosions"': the denier's own verb of denying, in marks, denies its
        # object, as 'said it denied any link' does)
        # (quoted words keep no comma the quotation closed with before its attribution: '"We were never there," X
        # said' denied 'We were never there')
        kept_words = words.rstrip().rstrip(",") if said else words
        out.append(own.group(1).rstrip(".,") if own else kept_words if said else affirmed(words, speaker) or words)
    return out


_QUOTED_OWN_DENIAL = re.compile(
    r"(?:it|they|he|she|we)\s+[\u201c\"](?:[a-z]+ly\s+)?(?:denies|denied|deny|rejects|rejected|reject|refutes|"
    r"refuted|refute)\s+([^\s\u201c\u201d\"][^\u201c\u201d\"]*)[\u201d\"]"
)


# What a denial's notes ask of the editor about the claims it answers, and say when a claim drafted beside it may
# be one.
_LINK_TODO = "link the claims it answers (claims: [...])"
_PROPOSED = "Claims drafted from the same article that it may answer"
# Records that make reports: a claim by one of them is its report ('a Rudaw report that' is Rudaw's claim).
_OUTLET_KINDS = frozenset({"outlet", "agency"})
# A maker only referred to, whom the article named before: 'by the agency', 'by the newspaper'.
_ONLY_REFERRED = re.compile(r"(?i:the|this|that)\s+[a-z][\w-]*")
# A quotation mark: double marks and guillemets (denials.QUOTATION_MARKS), an opening single mark, or a straight one
# not inside a word (not the apostrophe of 'Al-Qaeda's').
_QUOTE_MARK = re.compile("[" + "".join(sorted(QUOTATION_MARKS)) + "\u2018]|(?<!\\w)'|'(?!\\w)")


def _without_article(name: str) -> str:
    return re.sub(r"^(?i:the)\s+", "", name)


def _by_verb(unit: Unit) -> bool:
    """Whether a denial unit has a verb of denying ('denied', نفى); Arabic-script units carry no act and do."""
    if unit.restated:
        return False
    act = getattr(unit.denial, "act", None)
    return act is None or bool(act.verb.denial)


def _join_denial(draft: Draft, unit: Unit, citation: dict[str, Any], how: str, label: str, by_words: set[str]) -> None:
    """Add a later denial by the same denier in the same source to the one already drafted.

    News repeats a denial: the lead reports it, the body quotes the statement, a later paragraph calls the
    reports false once more. An editor records that as one denial by its denier, citing each place, not as
    a denial per paragraph; what each place denies is kept (once) in ``denied``.
    """
    data = draft.data
    if all(c["quote"] != citation["quote"] or c["paragraph"] != citation["paragraph"] for c in data["citations"]):
        data["citations"].append(citation)
    denial = unit.denial
    assert denial is not None
    if not _by_verb(unit):
        # a statement that only calls something false again ('such claims are unfounded') adds its citation, not
        # another thing denied; but reports it names with their words in marks are a thing of their own ("X's
        # reports about "..." are false"), whose words the record then says were denied, not said by the denier
        quoting = [p for p in denial.denied if QUOTATION_MARKS & set(p) and p not in data.get("denied", "")]
        if quoting:
            data["denied"] = "; ".join(p for p in (data.get("denied", ""), *quoting) if p)
        data["notes"] += f" Also cited: paragraph {unit.number}" + (f" ({how})." if how else ".")
        return
    if draft.id in by_words:
        # the first place only called something false ('calls the report a lie'); what the verb denies ('denied
        # a Reuters report that ...') says better what was denied, so it leads
        by_words.discard(draft.id)
        data["summary"] = _denial_summary(label, denial, unit.restated)
        data["denied"] = "; ".join(dict.fromkeys(p for p in (*denial.denied, *data.get("denied", "").split("; ")) if p))
        data["notes"] += f" Also cited: paragraph {unit.number}" + (f" ({how})." if how else ".")
        return
    for name, parts in (("denied", denial.denied), ("acknowledged", denial.acknowledged)):
        known = data.get(name, "")
        for part in parts:
            if part and part not in known:
                known = f"{known}; {part}" if known else part
        if known:
            data[name] = known
    data["notes"] += f" Also cited: paragraph {unit.number}" + (f" ({how})." if how else ".")


def _date_from(data: dict[str, Any], unit: Unit, published: str | None, later: bool = False) -> None:
    """Date a drafted record by the one day ``unit``'s text names (a day of the month after 'on', else a weekday), read
    against the publication date, and say so in its notes (``later``: a later place of the record gave it, named by
    its paragraph). The record's writer puts the fields in the model's order."""
    dated = resolve_date(_said_when(unit), str(published) if published else None)
    if dated is not None:
        data["date"] = dated[0]
        data["notes"] += (f" Date, from paragraph {unit.number}: " if later else " Date: ") + dated[1]


def _said_when(unit: Unit) -> str:
    """``unit``'s text without the words denied or quoted when they are a part of it: a weekday there is the day of
    what was denied or told ('ادعای ... درباره نشست وزیر در روز پنج شنبه را تکذیب کرد', denied a meeting on
    Thursday), not of the statement; words that are the whole sentence are kept, the day may be the statement's."""
    text = unit.text
    parts = [*(unit.denial.denied if unit.denial else ()), *(a.quote.text for a in unit.attributions)]
    for part in parts:
        if part and len(part) < 0.8 * len(text) and part in text:
            text = text.replace(part, " ")
    return text


def _type_and_kind(ent: Entity) -> tuple[str, str]:
    if ent.person or ent.kind in ("person", "unknown"):
        return "actor", "person"
    type_name, kind = ent.org_type or ("actor", "organization")
    if type_name == "group":
        return "group", kind if kind in _GROUP_KINDS else "armed-group"
    return "actor", kind if kind in _ACTOR_KINDS else "organization"


def _lone_name(ent: Entity) -> bool:
    """A single word on file nowhere and never written with a title ('Reuters', 'Ankara', 'Mahjoub', 'بغداد').

    News names a person in full, or with a title, the first time; a word that stands alone throughout is as
    often an outlet, a body or a capital speaking for its government.
    """
    return ent.known is None and not ent.titles and ent.kind != "org" and " " not in ent.key


def _is_body(ent: Entity | None) -> bool:
    return ent is not None and (ent.kind == "org" or bool(ent.known and ent.known.org))


_SUFFIXES = frozenset("jr sr ii iii iv".split())


def _short(speaker: Speaker, builder: Builder) -> str:
    """The speaker's part of an id: a surname, a body's first words, or a description's head noun."""
    ent = speaker.entity
    if ent is not None:
        if ent.person:
            # (the surname, not a generational suffix after it: 'Lev Arno III' is 'arno-denies-...', not 'iii-...')
            words = ent.label.split()
            while len(words) > 1 and words[-1].rstrip(".,").lower() in _SUFFIXES:
                words = words[:-1]
            return words[-1]
        return " ".join(ent.label.split()[:3])
    from generator.draft.speakers import head_word

    if speaker.described and " " in speaker.described and is_country_name(speaker.described):
        return speaker.described  # a state's whole name ('south-sudan-denies-...', not 'sudan-denies-...')
    return head_word(speaker.described or "") or "speaker"


def _words(text: str, n: int) -> str:
    # (without the words that only say when: 'امروز چهارشنبه ...' gives no id 'amrwz-chharshnbh-...')
    text = " ".join(w for w in text.split() if not only_says_when(w))
    words = [w for w in transliterated_slug(text, 10_000).split("-") if w and w not in _STOP]
    return "-".join(words[:n])


def _clip(text: str, n: int) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= n else text[: n - 1].rstrip() + "\u2026"


def _said_key(speaker: dict[str, str], unit: Unit) -> tuple | None:
    """A claim's speaker and the words it quotes, folded and without spaces or marks (a copy that writes 'است و'
    where another wrote 'استو', or 'سیاستها' for 'سیاست ها', says the same); None for a claim with no quoted
    words or with a few only, which may well be said twice and mean two things."""
    if not unit.attributions:
        return None
    words = unit.attributions[0].quote.text
    if len(words.split()) < 6:
        return None
    return (_speaker_key(speaker), fold(words).replace(" ", ""))  # (fold leaves only letters, digits, spaces)


def _claim_summary(unit: Unit) -> str:
    label = unit.speaker.label
    if unit.attributions and not _fragment(unit.attributions[0].quote.text):
        quote = unit.attributions[0].quote.text.strip().rstrip(",")
        words = quote.split()
        if len(words) > 30:
            quote = " ".join(words[:30]) + " \u2026"
        return f"{_sentence_case(label)} said: \u201c{quote}\u201d"
    if _opens_with_subject(unit) and unit.act is not None:
        return f"{_sentence_case(label)} {unit.paragraph.text[unit.act.verb.start : unit.end].strip()}"
    return f"Reported as from {label}: {unit.paragraph.text[_after_dateline(unit) : unit.end].strip()}"


def _fragment(quote: str) -> bool:
    """Whether quoted words are a phrase inside the writer's sentence ('called it a "neighbouring brother"',
    '"one of the deadliest attacks"'), not a statement: opening in lower case, or a few words with no verb. Alone
    after 'said:' they would read as all that was said."""
    words = quote.strip().split()
    return bool(words) and (words[0][:1].islower() or (len(words) <= 5 and not quote.strip().endswith((".", "!", "?"))))


# The words before the one a denial was told to: 'told X', 'speaking to X', 'in an interview with X', 'in comments to
# X', 'denied to X', 'when contacted by X'; and in answer to X ('in response to X', 'in reply to X').
_ADDRESSED = re.compile(
    r"(?:\b(?P<told>told|tells|telling|tell)|\b(?:speaking|spoke|speaks|talking|talked|said|says|confirmed|confirms|"
    r"denied|denies|statement|comments|remarks|interview)\s+(?:to|with)|\b(?P<answer>reply|response)\s+(?:to|with)|"
    r"\b(?:asked|contacted|reached|interviewed|approached|questioned)\s+by)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The words before an outlet that carried what was said: 'in remarks carried by the state news agency KNA', 'in an
# interview broadcast by X', 'in comments published on X's website' (a few words of its description between, none
# that starts another phrase: not 'a statement released by the army about X', 'remarks published on Monday against X').
_CARRIED_BY = re.compile(
    r"\b(?:remarks|comments|interview|speech|statement|statements|address|words)\s+"
    r"(?:carried|broadcast|aired|televised|published|run|posted|released|reported|quoted)\s+(?:by|on|in)\s+"
    r"(?:the\s+)?(?:(?!(?:about|against|on|over|of|for|to|with|from|in|at|by|and|or|that|which|after|before|"
    r"during|regarding|targeting|accusing|blaming)\s)[a-z][a-z-]*\s+){0,4}$",
    re.IGNORECASE,
)
# ('denied that it had told X to withdraw'): a body told to do something is what the denial is about, not its hearer
_TOLD_TO_DO = re.compile(r"\s+(?:not\s+)?to\s+[a-z]")

# An outlet after 'to' is the one told or the one relaying ('denied the claims to Kessel Wire', 'according to X'),
# not after it in the possessive (in response to X's report, to Kessel Times' report: its report is what is denied);
# an outlet that quotes or cites is the one relaying ('Kessel Wire quoted the group as denying').
_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s\b")
_APOSTROPHE_AFTER = re.compile(r"['\u2019](?!\w)")
_QUOTING_AFTER = re.compile(r"\s+(?:quoted|quotes|cited|cites)\b")


def _possessive(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``-``end`` of ``text`` is written in the possessive: "X's" (the index's span holds
    the "'s"), or "Kessel Times'" (a name ending in 's' takes the apostrophe alone)."""
    name = text[start:end]
    if name.endswith(("'s", "\u2019s")) or _POSSESSIVE_AFTER.match(text, end):
        return True
    return name[-1:] in ("s", "S") and _APOSTROPHE_AFTER.match(text, end) is not None


def _addressed(text: str, start: int, end: int, known: Known) -> bool:
    """Whether the body named at ``start``-``end`` of ``text`` is the one a denial was told to, or an outlet that
    relays it."""
    addressed = _ADDRESSED.search(text, max(0, start - 40), start)
    if addressed is not None:
        if addressed.group("told") and _TOLD_TO_DO.match(text, end):
            return False
        # (in answer to X's report, the report is what is answered: X is what the denial is about)
        return not (addressed.group("answer") and _possessive(text, start, end))
    if known.kind != "outlet":
        return False
    if _TO_BEFORE.search(text, max(0, start - 12), start) and not _possessive(text, start, end):
        return True
    return _QUOTING_AFTER.match(text, end) is not None


def _opens_with_subject(unit: Unit) -> bool:
    """Whether the sentence is '<subject> <verb> ...', perhaps after a time phrase: 'On Thursday, Iraqi MP ... cautioned'."""
    act = unit.act
    if act is None or act.verb.form != "finite" or act.subject_start is None:
        return False
    lead = unit.paragraph.masked[unit.start : act.subject_start].strip()
    if lead and _NO_OBJECT_AFTER.match(unit.paragraph.masked, act.verb.end, unit.end):
        # 'The troops will return, the commander promised, adding ...': the words before the tag are what was said, no
        # time phrase (the summary 'The commander promised, adding ...' lost the promise)
        return False
    return not lead or bool(re.fullmatch(r"[^,;:\u201c\u201d\"]{1,40},", lead))


# A verb of saying with no object after it, only a time before a comma or the sentence's end ('promised, adding',
# 'pledged on Monday.'): the words said stand before its subject.
_NO_OBJECT_AFTER = re.compile(
    r"(?:\s++(?:on|late|early|last|this|in|at)\s++[A-Za-z]++(?:\s++(?:night|morning|week|evening))?+)?+\s*+(?:[,.;]|\Z)"
)


def _after_dateline(unit: Unit) -> int:
    """Where a unit's own words begin: after the dateline that opens the article, which reading masks ('KESSEL CITY
    (Tarvo Wire) - The convoy was attacked, officials said': the words said open at 'The'), else its start."""
    masked = unit.paragraph.masked
    bare = len(masked) - len(masked.lstrip(" "))
    return bare if unit.start < bare < unit.end and not masked[: unit.start].strip() else unit.start


def _reported_words(unit: Unit) -> str:
    """The reported words for an id: after the verb when the sentence opens with its subject, else the sentence."""
    if _opens_with_subject(unit) and unit.act is not None:
        return unit.paragraph.text[unit.act.verb.end : unit.end]
    act = unit.act
    if (
        act is not None
        and act.verb.form == "finite"
        and act.subject_start is not None
        and unit.start < act.subject_start
        and _NO_OBJECT_AFTER.match(unit.paragraph.masked, act.verb.end, unit.end)
    ):
        return unit.paragraph.text[_after_dateline(unit) : act.subject_start]  # (the words said, before their tag)
    return unit.paragraph.text[_after_dateline(unit) : unit.end]


def _denial_summary(label: str, denial, restated: bool = False) -> str:
    """'<denier> denied <what>', with the source's own verb where it has one: what a denial denies is often the
    words of its speaker ('said there was no rift', 'called the reports baseless'), which after 'denied' would say
    the opposite or read wrong ('denied there was no rift')."""
    act = getattr(denial, "act", None)  # (Arabic-script denials carry none)
    own_words = _own_quoted_words(denial.denied[0]) if act is None and denial.denied and not denial.acknowledged else ""
    if getattr(denial, "own_voice", False) and denial.denied:
        # a statement's own words, signed by its author ('ما این راپورها را رد می‌کنیم' then 'X سخنگوی Y'): said by
        # the signer, quoted, not run on after 'denied' ('X denied ما این راپورها را ...')
        own_words = denial.denied[0].strip().rstrip(".\u060c,")
    if own_words:
        # an Arabic or Persian denial in the denier's words in marks ('ولفت X إلى أن "هذا الكتاب عار عن الصحة"'):
        # those words, quoted, rather than the whole sentence run on after 'denied'
        return f"{_sentence_case(label)} said: \u201c{own_words}\u201d"
    if act is not None and denial.denied == (act.sentence.text.strip().rstrip("."),):
        # the whole sentence is what denies ('According to X, the reports are false'): put after a verb, it would
        # repeat its own speaker and verb
        return _full_stop(f"Reported as a denial by {label}: {denial.denied[0]}")
    parts = []
    if denial.acknowledged:
        parts.append(f"acknowledged {denial.acknowledged[0]}")
    if denial.denied:
        verb = as_reported(act.verb) if act is not None and not restated and not denial.acknowledged else None
        words = denial.denied[0]
        marked, its_object = marked_verb_of_denying(act.sentence) if act is not None else ("", "")
        if marked and words and its_object.startswith(words):
            verb = marked  # ('said Veloria "strongly rejects" the reports': 'rejected the reports', not 'said' them)
        if getattr(denial, "answered", False):
            # 'Asked whether P, X said: "No."': X denied that P, in the question's words (not 'X said P')
            parts.append(f"denied that {words}")
        elif act is not None and not act.verb.denial and words.strip().rstrip(".,") in _quoted(act.sentence):
            # the speaker's own words in marks ('told reporters: "That is not true"'): quoted as such, not run on
            # after the verb as if they were the summary's ('said That is not true')
            parts.append(f"{verb or 'said'}: \u201c{words.rstrip().rstrip(',')}\u201d")
        else:
            # (with the judgement the denier set after it, which is no part of what was denied: 'dismissed the
            # reports as baseless')
            # (after the verb: 'Asked about the reports, X said the reports were "false"')
            after = max(0, act.verb.end - act.sentence.start) if act is not None else 0
            judged = judgement_after(act.sentence.text, words, after) if act is not None and act.verb.denial else ""
            if act is not None and not act.verb.denial:
                # ('said the reports were "totally false"': what they were called, without which the summary would
                # read 'X said the reports.')
                judged = called_after(act.sentence.text, words, after)
                # (or what a labelling verb called it: 'described the video as "propaganda"', which without it reads
                # 'X described the video.')
                judged = judged or labelled_after(act.sentence.text, act.verb.word, words, after)
            # (and the judgement set before what was denied: 'termed as propaganda a report that ...', which
            # without it would read 'X termed a report that ...')
            ahead = judgement_before(act.sentence.text, words, after) if act is not None else ""
            parts.append(f"{verb or 'denied'}{ahead} {_run_on(words)}{judged}")
    return _full_stop(f"{_sentence_case(label)} " + " but ".join(parts))


# A determiner that opened its sentence ('The reports of ... were rebutted'): run on after a verb, it is lower case
_OPENING_DETERMINER = re.compile(r"(?:The|These|This|Those|That|A|An|Such)(?=\s)")


def _joined_as_deniers(quote: str, first: str, second: str) -> bool:
    """Whether two names (or their last words) stand joined by 'and' in ``quote``, a few words between ('Khar and
    Gulzar', 'Lena Varo and her husband Piet Dorran', 'X and government communications official Piet Dorran': an office
    of three words before the second name), in either order."""
    a, b = (name.split()[-1] if name.split() else "" for name in (first, second))
    if not a or not b:
        return False
    for x, y in ((a, b), (b, a)):
        pattern = rf"\b{re.escape(x)}\s*+,?\s*+and\s++(?:[\w-]++\s++){{0,4}}?{re.escape(y)}\b"
        if re.search(pattern, quote):
            return True
    return False


def _run_on(words: str) -> str:
    """What a denial denies, as it reads after 'denied': a determiner that opened its sentence is lower case
    ('denied the reports of ...', not 'denied The reports of ...'); names keep their capitals."""
    opening = _OPENING_DETERMINER.match(words)
    return words[: opening.end()].lower() + words[opening.end() :] if opening else words


def _own_quoted_words(text: str) -> str:
    """The one quotation (of twelve letters or more: a statement, not a term in marks) that holds most of ``text``'s
    words, without its closing stop; else ''."""
    found = [q.text for q in find_quotes(text) if q.closed and len(q.text) >= 12]
    if len(found) != 1 or len(found[0].split()) < 3 or len(found[0].split()) * 2 < len(text.split()):
        return ""
    return found[0].strip().rstrip(".\u060c,")


def _quoted(sentence: Sentence) -> set[str]:
    """The quotations of a sentence, without the stop or comma at their end."""
    return {q.text.strip().rstrip(".,") for q in sentence.quotes}


def _full_stop(text: str) -> str:
    """``text`` ending in a full stop, unless it already ends a sentence, perhaps inside a closing quotation mark."""
    return text if _SENTENCE_END.search(text) else text + "."


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _with_next_words(text: str, start: int, end: int, n: int) -> str:
    """The mention and up to ``n`` words after it, within its sentence: 'Al-Hadi said in a'."""
    rest = text[end:]
    m = re.match(rf"(?:[ \u00a0]+[^\s.,;:!?\u201c\u201d\"]+){{0,{n}}}", rest)
    return text[start : end + (m.end() if m else 0)]
