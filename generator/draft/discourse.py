"""Who is who across an article: the people and bodies it names, and what 'he', 'the group', 'Lind' refer to.

Articles name someone in full once ('army spokeswoman Colonel Petra Lind')
and then by surname ('Lind'), by pronoun ('she') or by a definite description
('the group', 'the ministry', 'the source'). The discourse keeps, in reading
order, each named entity with the record it matches (if any), the last person
and body that were the subject of a sentence, and the speakers described
without a name, and resolves those references to them:

- a surname is the first person introduced with it (later namesakes are
  written in full: 'Teodor' stays Ruslan Teodor after Vera Teodor appears);
- 'he'/'she' is the subject already found in the same sentence, else the
  last person who spoke or was a sentence's subject; 'it' likewise for bodies;
- 'the ministry' is the latest body whose name holds 'ministry'; 'the group'
  the latest armed group, or the armed force or militia that spoke where that
  group was only named; 'the source' the latest speaker so described.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from generator.alternation import alternation
from generator.draft.names import (
    ARABIC_BODY_HEADS,
    CONNECTORS,
    KUNYA_KEYS,
    ORG_WORDS,
    PLATFORMS_WRITTEN,
    PORTFOLIOS,
    Known,
    Mention,
    NameIndex,
    is_acronym,
    key_tokens,
    name_key,
)
from generator.draft.territories import full_name, lookup_territory, names_a_state

# Armed people in the plural: a name given to them is a body's, not one person's ('militants, known as X'), and they
# speak as an unnamed group of that description ('Masked gunmen told residents ...').
ARMED_PEOPLE = frozenset(
    # (in both spellings: "guerrillas", "guerillas"; "jihadists", "jihadis")
    "militants rebels insurgents fighters gunmen jihadists jihadis extremists militiamen separatists guerrillas guerillas".split()
)
# Armed people of a body, and the body's name: 'fighters of the Kessel Brigade', 'gunmen from the Red Hand' (or its
# noun, in any case: 'gunmen from the brigade').
_ARMED_PEOPLE_OF = re.compile(
    r"(?:the\s++)?+(?:[a-z][\w-]*+\s++){0,2}?"
    + alternation(ARMED_PEOPLE)
    + r"\s++(?:of|from|belonging\s++to)\s++((?:the\s++)?+[A-Z][\w'\u2019-]*+(?:\s++[A-Z][\w'\u2019-]*+){0,5}+)\Z",
    re.IGNORECASE,
)
# Nouns that make a phrase a possible speaker: people and bodies that speak.
HUMAN_NOUNS = ARMED_PEOPLE | frozenset(
    "official officials source sources spokesman spokeswoman spokesperson spokespeople minister officer officers "
    # (the plurals of a spokesman: 'Kessel Brigade spokesmen are denying reports that ...')
    "spokesmen spokeswomen spokespersons "
    "resident residents witness witnesses diplomat diplomats analyst analysts observer observers expert experts "
    "activist activists commander commanders fighter fighters lawmaker lawmakers legislator legislators politician "
    "politicians mp mps member members leader leaders people villagers locals man woman men women mother father son "
    "daughter brother sister wife husband family families farmer farmers doctor doctors teacher student students "
    "worker workers pilot pilots driver drivers soldier soldiers guard guards chief head director mayor governor "
    "sheikh cleric imam sociologist researcher researchers journalist reporter correspondent editor lawyer lawyers "
    "employee employees staff operator secretary negotiator negotiators mediator mediators monitor monitors "
    "president deputy deputies representative representatives envoy ambassador judge prosecutor prosecutors "
    "parliamentarian parliamentarians neighbour neighbours neighbor neighbors survivor survivors "
    "relative relatives friend friends colleague colleagues aide aides adviser advisers advisor advisors "
    "figure figures veteran veterans founder candidate candidates citizen citizens insurgent insurgents militant "
    "militants rebel rebels general generals colonel colonels brigadier lieutenant captain sergeant admiral premier chairman "
    "senator senators chairwoman individual individuals person persons protester protesters protestor protestors demonstrator "
    "demonstrators "
    # (who rule or counsel: 'The Islamic Emirate's rulers urged ...', 'tribal elders said')
    "ruler rulers elder elders scholar scholars "
    # (who are named by their cause: "the leader-turned-Islamist denied")
    "islamist islamists jihadist jihadists "
    # (who comment in print or online: 'Other commentators dismissed the report', 'pro-army bloggers said'; before,
    # no speaker, and the words went to the last one named)
    "commentator commentators pundit pundits columnist columnists blogger bloggers "
    # (who are named by their tribe or by what they saw: 'Armed tribesmen said ...', 'Eyewitnesses in Kessa told ...';
    # before, no speaker, or the place after them)
    "tribesman tribesmen clansman clansmen eyewitness eyewitnesses onlooker onlookers bystander bystanders "
    # (one heard and not seen, in a video or on a call: 'an off-camera voice said that ...', 'a male voice shouted')
    "voice".split()
)
# (and what news calls a government by who heads it or holds power: 'the Kessel administration rejected the claims',
# "Veloria's junta denied", a military government)
# (not 'committees' in the plural, a body only as a name's head, 'the Popular Committees': 'Lev Arno, who leads its
# committees, said' has no speaker 'its committees')
BODY_NOUNS = frozenset(ORG_WORDS.keys() - {"committees"}) | frozenset(
    "authorities statement media outlet newspaper military troops organisation organization groups administration "
    "regime junta outfit opposition".split()
)
# A body's branch that speaks for it, as its office does: "the army's media wing said", 'the group's political arm
# said in a statement' (described with its body, or 'the media wing of the army').
BRANCH_NOUNS = frozenset({"wing", "arm", "leadership"})
BODY_NOUNS = BODY_NOUNS | BRANCH_NOUNS
# Writings that speak for their author: 'the report said', once the article has said whose report it is.
# (and what a body's report is called again: 'the report that the Kessel Monitoring Team released', then 'The
# assessment said ...')
REPORT_NOUNS = frozenset({"report", "story", "assessment"})
# Writings posted or sent, which speak for whoever issued them as 'the statement' does: 'the post said'.
# A statement whose issuer the words do not name, on an unnamed site or channel: 'a statement on the website', 'a
# statement posted on its Telegram channel' (not 'a statement on social media', on no one's site; nor 'a statement'
# alone, which may be anyone's: the rules for a quotation with no named speaker read it).
UNOWNED_STATEMENT = re.compile(
    r"an?\s+(?:(?:new|brief|short|separate|written|further|later)\s+)?statement,?\s+"
    r"(?:(?:posted|published|released|issued|carried|put\s+out|shared)\s+)?(?:on|in|via)\s+(?:the|its|their)\s+"
    rf"(?:own\s+|official\s+)?(?:(?:{PLATFORMS_WRITTEN})\s+)?(?:website|site|channel|account|page)",
    re.IGNORECASE,
)
WRITING_NOUNS = frozenset({"post", "message", "tweet", "letter", "mail", "email"})  # ("mail": of "the e-mail")
# A writing or words of the one a possessive pronoun stands for, as a subject: 'His statement went on: "..."',
# '"...," its message said'. They are that one's words, never a speaker 'his statement'.
THEIR_WRITING = re.compile(
    r"(?i:(his|her|its|their))\s+(?:(?:latest|recent|own|official|written|brief|short|earlier)\s+)?"
    r"(?:statements?|messages?|posts?|tweets?|letters?|videos?|speech|remarks|comments|words|repl(?:y|ies)|"
    r"responses?|answers?|communiqu\u00e9|communique)"
)
_PRONOUN_OF_OWNER = {"his": "he", "her": "she", "its": "it", "their": "they"}
# Reports of no one named, which news makes the subject of what they claim: 'The media reports claimed that ...'.
MEDIA_REPORTS = re.compile(r"(?:the\s+|some\s+|recent\s+)*+(?:media|press|news)\s+reports")
PLURAL_PEOPLE = frozenset("people men women police staff villagers locals families relatives".split())
# 'the department', 'the group': with no body of that name before, the last body that spoke.
_LAST_BODY_NOUNS = frozenset(
    {"department", "office", "agency", "group", "movement", "organisation", "organization", "party", "militia"}
)
# What news calls a movement, a militia or a party, never a state's office, army or ministry: 'the movement' is not
# the last body that spoke when that is the Defence Ministry ('... a commander said that the movement had declared').
_GROUP_ONLY_NOUNS = frozenset({"movement", "militia", "party"})
# Adjectives of a creed or a movement of thought, capitalised as names are ('the Islamist group', 'a Shiite militia'):
# they describe a body, and name none.
CREED_ADJECTIVES = frozenset(
    "islamist salafist salafi jihadist shiite shia shi'ite shi\u2019ite sunni wahhabi baathist ba'athist "
    "ba\u2019athist alawite druze sufi christian marxist maoist "
    # (every creed's, as the Christian one: 'the Muslim group', 'a Catholic group', 'the Yazidi militia')
    "muslim catholic protestant evangelical coptic orthodox jewish hindu buddhist sikh yazidi ezidi ismaili zaidi "
    "zaydi deobandi ahmadi alevi".split()
)
# The nouns after a body's name in a description that say it is a movement or a group ('the Lebanese Hezbollah
# resistance movement'), the words between that say of which kind, and the kinds of record so described.
_MOVEMENT_NOUNS = frozenset({"movement", "group", "organisation", "organization", "party", "militia", "faction"})
_KIND_OF_BODY = frozenset(
    "resistance militant armed islamist political shiite shia sunni paramilitary jihadist extremist terrorist "
    "opposition rebel insurgent separatist fighting islamic".split()
)
_GROUP_KINDS_NAMED_IN = frozenset(
    {"armed-group", "militia", "movement", "party", "coalition", "network", "organization"}
)
# Words of the writer's judgement before a body's noun, which say nothing of which body it is: 'the powerful agency'.
_JUDGING_ADJECTIVES = frozenset({"powerful", "influential", "feared", "shadowy", "secretive", "notorious"})
# Words that point back to the one named before, which they say nothing new of: 'the same agency', 'the latter agency'.
_POINTING_BACK = frozenset({"same", "latter", "aforementioned", "abovementioned"})
# Kinds of armed bodies, which news calls 'the group' whatever their name.
_ARMED_KINDS = frozenset({"armed-force", "armed-group", "militia"})
# The first words of a place of several words before a hyphened epithet: 'New ' in 'the New York-based group'.
_PLACE_BEFORE_EPITHET = re.compile(r"(?<=\s)(?:[A-Z][\w'\u2019]*+\s++){1,3}(?=[A-Z][\w'\u2019]*+-[a-z])")
# ('outfit', as South Asian news calls an armed group: 'the banned outfit said')
# Particles that open a shortened Arabic name: 'Ibn Dorran', 'Abu Tessa', 'Bin Sallem' (see Discourse._by_name_tail);
# and the particles of other names, which a surname keeps: 'Van der Venn' after 'Dara van der Venn'.
_SHORT_FORM_PARTICLES = frozenset({"ibn", "bin", "bint", "abu"}) | (CONNECTORS - {"of", "the", "al", "el"})
GROUP_NOUNS = frozenset("group groups brigade militia faction movement organisation organization outfit".split())
# What news calls any armed body, whatever its name ('the group' is the last group named, not a Group before it).
_ANY_GROUP = frozenset("group groups organisation organization outfit".split())
# At most the characters between two names joined as one subject: ' and the ', ', and the '.
_JOINED_GAP = 10
# Bodies in the plural, as a description's head: 'they', never 'it'.
PLURAL_BODIES = frozenset(
    "forces troops authorities militias groups services ministries factions movements parties organisations "
    "organizations governments agencies armies".split()
)
# Words before 'group' or 'organisation' that make it a body of civil society, never an armed body or a state's:
# 'the rights group said' after a rights body reported on a junta is that body, whatever body the sentence names.
_CIVIL_MODIFIERS = frozenset(
    "rights humanitarian aid relief advocacy monitoring watchdog charity campaign medical freedom".split()
)
# What news calls a state it named before, as it calls a ministry 'the ministry': 'Saudi Arabia denied it. The
# kingdom said ...' ('the state' is left out: 'the state news agency', a federal state).
STATE_NOUNS = frozenset({"kingdom", "emirate", "republic", "sultanate"})

# A run of capitalised words, from a word's start: 'Iraq', 'South Sudan', "Syria's Defence Ministry", and a state's
# initials with their stops, 'U.S.', 'U.A.E.' (read as their letters, 'U', they name no state).
_CAPITALISED_WORDS = re.compile(r"(?<![\w.'\u2019-])[A-Z][\w.'\u2019-]*+(?:\s++[A-Z][\w.'\u2019-]*+)*+")


def _civil(ent: Entity) -> bool:
    """Whether a body may be one of civil society: of no kind its name or record tells, or an organisation (not an
    armed group, a party, a state's body)."""
    return ent.org_type is None or ent.org_type == ("actor", "organization")


def _of_kind(country: str, noun: str) -> bool:
    """Whether a country may be called 'the ``noun``' ('kingdom'): not where its full name names another kind of
    state ('republic' in 'Islamic Republic of Iran'); any, where the reference data gives no such word ('Qatar',
    a made-up country)."""
    full = full_name(country)
    kinds = {k for k in STATE_NOUNS if k in full}
    return not kinds or noun in kinds


PRONOUNS_PERSON = frozenset({"he", "she"})
# Words of a title or description that say whether a person is a man or a woman ('spokeswoman', 'Mrs', 'the wife
# of'): what 'he' or 'she' may then stand for. A rank or office alone ('Colonel', 'Minister') says neither.
_GENDER_WORDS = {
    **dict.fromkeys(
        "spokeswoman chairwoman congresswoman councilwoman businesswoman mrs ms miss madam madame lady queen princess "
        "duchess baroness dame mother wife daughter sister widow grandmother actress woman girl".split(),
        "she",
    ),
    **dict.fromkeys(
        "spokesman chairman congressman councilman businessman mr sir lord king prince duke emir sultan sheikh "
        "shaykh father husband son brother widower grandfather man boy".split(),
        "he",
    ),
}
PRONOUNS_BODY = frozenset({"it"})


@dataclass(eq=False)
class Entity:
    """Someone or something the article names, and what it says of them."""

    name: str
    kind: str
    """person, org or unknown."""
    org_type: tuple[str, str] | None = None
    """(record type, kind) for bodies: ('actor', 'ministry'), ('group', 'militia')."""
    known: Known | None = None
    """The record this is, when one matches."""
    mentions: list[tuple[int, int, int, str]] = field(default_factory=list)
    """(paragraph, start, end, text) of every mention, in order."""
    titles: list[tuple[int, int, int, str]] = field(default_factory=list)
    """(paragraph, start of title, end of name, title) for names written after a title."""
    descriptors: list[tuple[int, int, int, str]] = field(default_factory=list)
    """(paragraph, start, end, descriptor) spans such as 'X, a member of Y'."""
    led_by: list[tuple[int, int, int, Entity]] = field(default_factory=list)
    nearby: set[str] = field(default_factory=set)
    """Lowercase words written around its mentions (a title, an appositive): 'the spokesman' may mean it."""
    owner: str = ""
    """The name written as its owner at its first mention, lowercase: 'iraq' for "Iraq's Foreign Ministry"."""
    owner_written: str = ""
    """That owner as written: 'Iraq'."""
    shown: str = ""
    """The name to draft it under where its name alone is another body's of the article too: "Iraq's Foreign
    Ministry" beside "Iran's Foreign Ministry"; '' for its name."""
    gender: str | None = None
    """'he' or 'she' for a person, where the text tells: a title ('spokeswoman', 'Mrs'), or a pronoun that could
    be no one else; None where it does not."""
    described_as: set[frozenset[str]] = field(default_factory=set)
    """The words of each definite description set after its name ('X (XPR), the army's media wing,': {'army',
    'media', 'wing'}), by which the article may call it later alone."""

    @property
    def key(self) -> str:
        return name_key(self.name)

    @property
    def surname(self) -> str:
        words = self.key.split(" ")
        return words[-1] if words else ""

    @property
    def written_surname(self) -> str:
        """The last word as written, whole: 'arno venn' of 'Lev Arno-Venn' (a later 'Arno-Venn' is them)."""
        words = self.name.split()
        return name_key(words[-1]) if words else ""

    @property
    def person(self) -> bool:
        return self.kind == "person" or bool(self.known and self.known.person)

    @property
    def label(self) -> str:
        return self.known.name if self.known else self.shown or self.name


# How a state or its capital speaking is read ('Burkina Faso denied', 'Tehran said'): the government or state spoke.
STATE_SPEAKER = "a state or its capital as the speaker: link the government or state that spoke"


@dataclass(eq=False)
class Speaker:
    """Who said something: a named entity, or a speaker the article describes without naming."""

    label: str
    entity: Entity | None = None
    described: str | None = None
    person: bool = False
    how: str = ""
    """How the speaker was read, for the editor: 'named', "'he' read as ...", "'the group' read as ..."."""
    plural: bool = False
    """A described group of people ('Iraqi security officials'): never what 'he' or 'she' refers to."""
    publisher: bool = False
    """The article's own voice: the body that published it speaks (a statement on its own site)."""

    def __post_init__(self) -> None:
        # a mark blanked out of the words read leaves two spaces: 'A Taliban* spokesman' is 'a Taliban spokesman'
        self.label = " ".join(self.label.split())
        if self.described is not None:
            self.described = " ".join(self.described.split())

    def same(self, other: Speaker | None) -> bool:
        if other is None:
            return False
        if self.entity is not None or other.entity is not None:
            return self.entity is other.entity
        return (self.described or "").lower() == (other.described or "").lower()


class Discourse:
    """The article's entities and the state that pronouns and descriptions are resolved against."""

    def __init__(self, index: NameIndex) -> None:
        self.index = index
        self.entities: list[Entity] = []
        self._by_key: dict[str, Entity] = {}
        self._by_owner: dict[tuple[str, str], Entity] = {}
        self._by_surname: dict[str, Entity] = {}
        self.last_person: Speaker | None = None
        self.last_person_at: int | None = 0
        """The paragraph in which ``last_person`` was last made the subject (None: as the one a body acted on)."""
        self.last_sayer: tuple[Speaker, int] | None = None
        """The last one person who spoke (a verb of saying or denying), and the paragraph where."""
        self.last_body: Speaker | None = None
        self.last_statement: Speaker | None = None
        self.last_report: Speaker | None = None
        self.reports: Speaker | None = None
        """The last reports of no one named that spoke ('the media reports'), for 'the reports' after them."""
        """Who wrote the last report the article names ('a Reuters report'): 'the report' later is theirs."""
        """Who spoke in the last sentence that mentions a statement: 'the statement' is theirs."""
        self.sayers: list[Entity] = []
        """Everyone named who has said something so far (a verb of saying or denying), in order."""
        self.sentence_sayers: list[Entity] = []
        """The people named who spoke as the subject of the sentence being read; ``sayers_before``: of the one before."""
        self.sayers_before: list[Entity] = []
        self.recent: list[Speaker] = []
        """Speakers and bodies in the order they were last the subject, for descriptions like 'the source'."""
        self.people: list[tuple[Entity, int]] = []
        """(person, where named) in the sentence being read and the one before it, in order: whom 'he' or 'she'
        may be, by gender, when the subject cannot."""
        self._previous_people: list[tuple[Entity, int]] = []
        self._recent_at = (0, 0)
        self.paragraph = 0
        """The paragraph of the sentence being read."""
        """How many subjects were remembered when the sentence before, and this one, began."""
        self.report_named: Speaker | None = None
        """The author of a report the sentence being read names as its object ('X rejected the report that the
        Kessel Monitoring Team released'); ``report_before``: the same for the sentence before."""
        self.report_before: Speaker | None = None
        self.statement_named: Speaker | None = None
        """A person who issued a statement in the sentence being read ('Dario Venn issued a statement.'), whom 'it' in
        the next sentence stands for through it ('"...," it said'); ``statement_before``: the same for the sentence
        before."""
        self.statement_before: Speaker | None = None
        self.countries: list[str] = []
        """The countries the article names, as written, in reading order: what 'the kingdom' may be."""
        self.article_states: set[str] = set()
        """The states the whole article names (:meth:`states_named`), set before it is read: where it names two or
        more, a ministry named by its field alone may be any of theirs."""

    def next_sentence(self, paragraph: int = 0) -> None:
        """A new sentence (of ``paragraph``): the people last named, besides the subject, are who 'he' and 'she' may
        be. A sentence that names no one leaves them so ('X met Y. The talks lasted an hour. She said' reads as 'X met
        Y. She said')."""
        self.paragraph = paragraph
        self._recent_at = (self._recent_at[1], len(self.recent))
        self.report_before, self.report_named = self.report_named, None
        self.statement_before, self.statement_named = self.statement_named, None
        self.sayers_before, self.sentence_sayers = self.sentence_sayers, []
        named = [(e, -1) for e, _ in self.people[len(self._previous_people) :]]
        if named:
            self._previous_people = named
        self.people = list(self._previous_people)

    def opening_pronoun(self, word: str) -> None:
        """A sentence opens with 'He', 'His', 'She' or 'Her' after one person alone was named: that person's gender,
        whatever the sentence says ('Tom Reed arrived. He met the envoy.'), as a pronoun that speaks marks it."""
        gender = {"he": "he", "his": "he", "she": "she", "her": "she"}.get(word.lower())
        named = [e for e, _ in self._previous_people if e.person]
        if gender is not None and len(named) == 1 and named[0].gender is None:
            named[0].gender = gender

    # --- entities ---------------------------------------------------------------------------------

    def entity(
        self, mention: Mention, paragraph: int, written_owner: str = "", speaking: bool = False
    ) -> Entity | None:
        """The entity a name refers to, created on first mention; None for places, dates and offices.
        ``written_owner``: the name written as its owner before it ('Iraq' for "Iraq's Foreign Ministry");
        ``speaking``: the name stands alone right before its verb of saying (see :meth:`by_given_name`)."""
        owner = written_owner.lower()
        if mention.kind in ("place", "time", "title"):
            return None
        key = mention.key
        if not key or (mention.kind == "org" and key in BODY_NOUNS):
            return None  # 'the Ministry' alone is a description, resolved by :meth:`describe`
        ent = self._by_key.get(key)
        if ent is not None and owner and ent.owner and owner != ent.owner and mention.kind == "org":
            # "Iraq's Foreign Ministry", then "Iran's Foreign Ministry": one name, two owners, two bodies (a later
            # bare 'Foreign Ministry' is still the first's)
            first = ent
            ent = self._by_owner.get((key, owner))
            if ent is None:
                ent = self._by_owner[key, owner] = Entity(
                    mention.text, "org", None, None, owner=owner, owner_written=written_owner
                )
                self.entities.append(ent)
                # each drafted under its owner's name, not both as 'Foreign Ministry' (a record found on file is
                # its record's name)
                for body in (first, ent):
                    if body.known is None and not body.shown and body.owner_written:
                        body.shown = f"{body.owner_written}'s {body.name}"
            ent.mentions.append((paragraph, mention.start, mention.end, mention.text))
            return ent
        if (" " not in key or " " not in mention.text) and (ent is None or _bare_word(ent)):
            # 'Lind' after 'Petra Lind' ('Arno-Venn' after 'Lev Arno-Venn'), and so 'Mr Al Veloran' after 'Karim Al
            # Veloran' though 'Veloran government' came first: a person of that surname, before one word of no known kind
            ent = self._by_surname.get(key) or ent
        if ent is None and mention.kind in ("person", "unknown") and key.split(" ")[0] in _SHORT_FORM_PARTICLES:
            # 'Ibn Dorran' after 'Sheikh Abu Karim Ibn Dorran', 'Abu Tessa' after 'Omar Abu Tessa': an Arabic name
            # shortened to the words from its particle on is the person named before in full (before: a second record)
            ent = self._by_name_tail(key)
        if ent is None and mention.kind in ("person", "unknown") and key.split(" ")[0] in KUNYA_KEYS:
            ent = self._by_kunya_alone(key)
        if " " not in key and not mention.title and (ent is None or _bare_word(ent)):
            # 'Lena said' after 'Lena Varo, a teacher,': the one person of that given name; and anywhere ('said Lev',
            # 'according to Lev', 'Lev, 54, said') where that person is a record on file, which the article has
            # named in full (news names someone again by given name only once it has named them so)
            given = self.by_given_name(key)
            if given is not None and (speaking or (given.known is not None and given.known.person)):
                ent = given
        if ent is None and mention.kind != "person":
            ent = self._body_without_head(key)
        if ent is None and not mention.title:
            ent = self._body_without_arabic_head(key)
        if ent is None and mention.kind == "org":
            ent = self._body_of_the_same_state(key, owner)
        if ent is None and is_acronym(mention.text):
            # 'HRW' after 'Human Rights Watch' with no '(HRW)' to join them: the one body named before whose initials
            # it spells (none where two may be meant)
            spelt = [e for e in self.entities if " " in e.name and spells_out(e.name, mention.text)]
            ent = spelt[0] if len(spelt) == 1 and not spelt[0].person else None
        if ent is None:
            ent = self._match_known_entity(mention)
        if ent is None:
            known = self._unless_another_state(
                self.index.lookup(mention.text), f"{written_owner} {mention.text}".strip()
            )
            if known is None and mention.kind == "org":
                # (with the state written as its owner first: "Syria's Defence Ministry" is the Syrian one on file,
                # never another state's that ends with the same words)
                known = self._unless_another_state(
                    (self.index.lookup_bag(f"{written_owner} {mention.text}") if written_owner else None)
                    or self._suffix_of_this_state(mention.text, written_owner)
                    or self._bag_of_this_state(mention.text, written_owner),
                    f"{written_owner} {mention.text}".strip(),
                )
            if known is None and mention.kind in ("person", "unknown") and " " not in key:
                known = self.index.lookup_surname(mention.text)
            middle = self._by_middle_name(key) if known is None and mention.kind in ("person", "unknown") else None
            if middle is None and known is None and mention.kind in ("person", "unknown"):
                middle = self._by_surname_spelt_otherwise(key, gender_of(mention.title))
            if middle is not None:
                ent = middle
            else:
                kind = "person" if known and known.person else "org" if known else mention.kind
                org_type = (known.type, known.kind) if known and known.org else mention.org_type
                ent = Entity(
                    mention.text,
                    kind,
                    org_type,
                    known,
                    owner=owner if mention.kind == "org" else "",
                    owner_written=written_owner if mention.kind == "org" else "",
                )
                if (
                    known is None
                    and mention.kind == "org"
                    and written_owner
                    and self._state_of(written_owner)
                    and all(w in _STATE_BODY_WORDS for w in key.split(" "))
                ):
                    # a new body drafted under its state's name ("Sudan's Foreign Ministry"), not as a 'Foreign
                    # Ministry' that any state's would be
                    ent.shown = f"{written_owner}'s {mention.text}"
                self.entities.append(ent)
        elif len(mention.text) > len(ent.name) and " " in key and ent.kind == "person":
            ent.name = mention.text  # 'Al-Zurfi' first, 'Adnan Al-Zurfi' later: keep the fuller form
        self._by_key.setdefault(key, ent)
        if ent.person or ent.kind == "unknown":
            held = self._by_surname.setdefault(ent.surname, ent)
            if held is not ent and _bare_word(held) and ent.person and " " in ent.key:
                self._by_surname[ent.surname] = ent  # a person's surname, no longer a word of no known kind
            self._by_surname.setdefault(ent.written_surname, ent)
        ent.mentions.append((paragraph, mention.start, mention.end, mention.text))
        if mention.title:
            ent.titles.append((paragraph, mention.title_start, mention.end, mention.title))
        if mention.kind == "person" and ent.kind == "unknown":
            ent.kind = "person"
        if ent.gender is None:
            ent.gender = gender_of(mention.title)
        current = self.people[len(self._previous_people) :]
        if (ent.person or ent.kind == "unknown") and all(e is not ent for e, _ in current):
            self.people.append((ent, mention.span_start))
        return ent

    def by_given_name(self, key: str) -> Entity | None:
        """The one person named before in two words or more whose first is ``key`` ('Chad Miller' for 'Chad'), where
        no one else has it for a given name or a surname; None otherwise. News names people again by surname, but
        some (residents, aid workers) by given name, and one word alone before a verb of saying is then that person."""
        found = [e for e in self.entities if e.kind == "person" and " " in e.key and e.key.split(" ")[0] == key]
        other = self._by_surname.get(key)
        if len(found) != 1 or (other is not None and other is not found[0] and not _bare_word(other)):
            return None
        return found[0]

    def _by_name_tail(self, key: str) -> Entity | None:
        """The one person named before in more words whose name ends with the words of ``key``; none where two do."""
        found = [e for e in self.entities if e.person and e.key != key and e.key.endswith(" " + key)]
        return found[0] if len(found) == 1 else None

    def _by_kunya_alone(self, key: str) -> Entity | None:
        """The one person named before whose name opens with the kunya ``key`` and goes on: 'Abu Dara' after 'Abu
        Dara al-Venni' (news names a man by his kunya alone once it has given it in full); none where two share it."""
        words = key.split(" ")
        if len(words) != 2 or words[0] not in KUNYA_KEYS:
            return None
        found = [e for e in self.entities if e.person and e.key.startswith(key + " ")]
        return found[0] if len(found) == 1 else None

    def _by_surname_spelt_otherwise(self, key: str, gender: str | None) -> Entity | None:
        """The one person named before with the same given name (and any middle names) and a surname one vowel apart:
        'Fu'ad Shangole' after 'Sheikh Fu'ad Shongole', 'Tovan Marilo' after 'Tovan Marelo' (news transliterates a
        name two ways in one article). Never on the surname alone ('Marilo' after 'Tovan Marelo': another of the
        family may be meant), never where two people so match or a title gives another gender, and only for
        surnames of four letters or more ('Dara Sol' and 'Dara Sal' may be two)."""
        words = key.split(" ")
        if len(words) < 2:
            return None
        found = [
            e
            for e in self.entities
            if e.person
            and e.key.split(" ")[:-1] == words[:-1]
            and _one_vowel_apart(e.surname, words[-1])
            and not (gender is not None and e.gender is not None and gender != e.gender)
        ]
        return found[0] if len(found) == 1 else None

    def _by_middle_name(self, key: str) -> Entity | None:
        """The one person named before in three names or more with ``key`` (one word) between the first and the last:
        Arabic names are often shortened to the father's name, the middle one ('Brig. Jamal Gumma Adam', then 'Brig.
        Gumma'); none where two people share it."""
        if " " in key:
            return None
        found = [e for e in self.entities if e.person and key in e.key.split(" ")[1:-1]]
        return found[0] if len(found) == 1 else None

    def _body_without_head(self, key: str) -> Entity | None:
        """A body named before whose name is these words and a head noun: 'al-Nujaba' after 'Al-Nujaba Movement'."""
        for ent in reversed(self.entities):
            words = ent.key.split(" ")
            if ent.kind == "org" and len(words) >= 2 and words[-1] in ORG_WORDS and " ".join(words[:-1]) == key:
                return ent
        return None

    def _body_of_the_same_state(self, key: str, owner: str = "") -> Entity | None:
        """A body named before with the same words after its state, the state written by name, by its adjective or
        as the owner: 'Nigeria Army' after 'Nigerian Army', 'Iraq Army' after 'Iraqi Army', "Iraq's Foreign
        Ministry" after 'the Iraqi Foreign Ministry' and the other way round (one body, not two records).
        ``owner``: the state written as the name's owner ('iraq' for "Iraq's Foreign Ministry"), lowercase."""
        words = key.split(" ")
        if words[-1] not in ORG_WORDS:
            return None
        if owner:
            state, words = lookup_territory(owner), ["", *words]  # (the owner stands where the adjective would)
        else:
            state = lookup_territory(words[0]) if len(words) > 1 else None
        if state is None:
            return None
        for ent in reversed(self.entities):
            other = [ent.owner, *ent.key.split(" ")] if ent.owner else ent.key.split(" ")
            if (
                ent.kind == "org"
                and other[1:] == words[1:]
                and other[0] != words[0]
                and lookup_territory(other[0]) == state
            ):
                return ent
        return None

    def _body_without_arabic_head(self, key: str) -> Entity | None:
        """A body named before whose name is an Arabic head noun and these words: 'Fatah al-Sham' after 'Jabhat Fatah
        al-Sham' (words that alone would read as a person's name)."""
        for ent in reversed(self.entities):
            words = ent.key.split(" ")
            if ent.kind == "org" and len(words) >= 3 and words[0] in ARABIC_BODY_HEADS and " ".join(words[1:]) == key:
                return ent
        return None

    def also_called(self, mention: Mention, ent: Entity, paragraph: int) -> Entity | None:
        """``mention`` is another name of ``ent``: the acronym news writes after a name, 'Tehreek-e-Taliban
        Pakistan (TTP)', so that a later 'TTP' is the same body, not a new one.

        Where the acronym came first ('PKK Denies Reports' over 'The Kurdistan Workers' Party (PKK) denies'), the
        name just met joins the body the acronym named: one body, under its full name."""
        other = self._by_key.get(mention.key)
        if other is not None and other is not ent and len(ent.mentions) == 1 and other.kind in ("org", "unknown"):
            other.mentions[:0] = ent.mentions  # (kept in order of the text below)
            other.mentions.sort(key=lambda m: (m[0], m[1]))
            other.name, other.kind = ent.name, ent.kind if ent.kind != "unknown" else other.kind
            other.known = other.known or ent.known
            other.org_type = other.org_type or ent.org_type
            other.nearby |= ent.nearby
            self.entities.remove(ent)
            for keys in (self._by_key, self._by_surname):
                for key, bound in list(keys.items()):
                    if bound is ent:
                        keys[key] = other
            ent = other
        self._by_key.setdefault(mention.key, ent)
        return self.entity(mention, paragraph)

    def _match_known_entity(self, mention: Mention) -> Entity | None:
        """An entity already seen that is the same record as this mention ('IRGC' after its full name)."""
        known = self.index.lookup(mention.text)
        if known is None:
            return None
        return next((e for e in self.entities if e.known == known), None)

    def body(self, word: str, before: tuple[int, int] | None = None, unlike: tuple[Entity, ...] = ()) -> Entity | None:
        """The latest body whose name holds ``word``: 'Ministry' alone, 'the ministry'; ``before``: (paragraph,
        offset) where the description ends, a body first named after it is not the one it refers to ('The militia
        rejected the Kessel Brigade's claims' is a militia named before, not the brigade whose claims it rejects);
        ``unlike``: bodies the sentence says it is not (the one whose claims it rejects, named before too)."""
        word = word.lower()
        # (not a body the word only opens as a modifier: 'Army Public Relations', 'Army Intelligence' are offices of
        # the army, and 'the army' after them is the army, not they)
        bodies = [
            ent
            for ent in reversed(self.entities)
            if ent.kind == "org"
            and not _opened_by(ent.key, word)
            and not (before is not None and ent.mentions and ent.mentions[0][:2] >= before)
            and all(ent is not other for other in unlike)
        ]
        if word not in _ANY_GROUP:
            # a body so named first: 'the brigade' after 'the Kessel Brigade and the Marno Front' is the brigade
            named = next((ent for ent in bodies if word in ent.key.split(" ")), None)
            if named is not None:
                return named
        for ent in bodies:
            if word in ent.key.split(" ") or (word in GROUP_NOUNS and _is_group(ent)):
                return ent
        return None

    def _two_groups_named_together(self, before: tuple[int, int] | None, unlike: tuple[Entity, ...]) -> bool:
        """Whether the group 'the group' would be read as was last named side by side with another group."""
        ent = self.body("group", before, unlike)
        return ent is not None and any(
            _named_together(ent, other)
            for other in self.entities
            if other.kind == "org" and _is_group(other) and all(other is not u for u in unlike)
        )

    def _group_of_the_state(
        self, phrase: str, head: str, before: tuple[int, int] | None, unlike: tuple[Entity, ...]
    ) -> Speaker | None:
        """'The Sudanese group', 'the Iraqi faction' (a state's word before a group's noun, no name): the group named
        last whose state is that one, by its name ('the Iraqi Kessel Brigade'), its owner ("Sudan's Kessel Forces")
        or the words set by it ('the Kessel Forces, a Sudanese militia'); where the article names groups of other
        states and none of that one, an unnamed group so described (never a group of another state, nor a body
        named after the word). None where the phrase names no one state, or no group's state is known."""
        states = self._states_in(phrase)
        if len(states) != 1:
            return None
        groups = [
            e
            for e in reversed(self.entities)
            if e.kind == "org"
            and not e.person
            and (_is_group(e) or bool(e.org_type and e.org_type[1] in _ARMED_KINDS))
            and not (before is not None and e.mentions and e.mentions[0][:2] >= before)
            and all(e is not other for other in unlike)
        ]
        known = [(e, self._states_of(e)) for e in groups]
        ent = next((e for e, of in known if states & of), None)
        if ent is not None:
            return self.named(ent, how=f"'{phrase}' read as {ent.label}, the group of that state named last")
        if any(of for _, of in known):
            return Speaker(
                _lower_article(phrase), None, _lower_article(phrase), False, "unnamed; as the text describes them"
            )
        return None

    def _states_of(self, ent: Entity) -> set[str]:
        """The states a body's words say it is of: its name, its owner, the words set by its name."""
        words = [ent.name, ent.owner_written, *(w.capitalize() for w in ent.nearby)]
        return {s for w in words if w for s in self._states_in(w)}

    def _body_named_in(self, phrase: str) -> Entity | None:
        """The body a description names before its noun of a movement or group: 'the Lebanese Hezbollah resistance
        movement', 'the Iran-backed Kessel militant group', 'the Palestinian Kessel movement' (a name the article
        read, with or without the state's adjective before it, and between it and the noun only words that say what
        kind of body it is, a creed's adjective after the name too: 'the Kessel Shiite movement'). Not a person on
        file, not a body of another kind ('the Kessel youth movement', a wing of its own), and not a name that is
        all a state's or a creed's adjective ('the Lebanese resistance movement', 'the Muslim group')."""
        tokens = phrase.split()
        if len(tokens) < 3 or tokens[0].lower() != "the" or tokens[-1].lower() not in _MOVEMENT_NOUNS:
            return None
        middle = tokens[1:-1]
        while middle and middle[-1].islower() and middle[-1].lower() in _KIND_OF_BODY:
            middle = middle[:-1]
        while middle and "-" in middle[0]:
            middle = middle[1:]  # ('Iran-backed', 'pro-Iran': said of the body, no part of its name)
        if not middle or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in middle):
            return None
        names = [middle]
        while len(middle) > 1 and middle[-1].lower() in CREED_ADJECTIVES:
            middle = middle[:-1]  # ('the Kessel Shiite resistance movement': Kessel, a Shiite movement, if named so)
            names.insert(0, middle)
        # (the name without a state's adjective first, where the article has named the body so: 'the Iraqi Tamar
        # Brigades paramilitary group' after 'Tamar Brigades', else the name as written, 'Lebanese Hezbollah')
        candidates = [
            " ".join(words[start:])
            for words in names
            for start in ([1, 0, *range(2, len(words))] if self._state_of(words[0]) else range(len(words)))
            if start < len(words)
        ]
        for name in candidates:
            if all(w.lower() in CREED_ADJECTIVES for w in name.split()):
                continue  # (a creed's adjective names no body: 'the Muslim group', 'the Yazidi militia')
            ent = next((e for e in self.entities if e.key == name_key(name)), None)
            if ent is None or self._state_of(name):
                continue  # (none, or a state's adjective: 'the Lebanese resistance movement' names no body)
            if ent.known is not None and (ent.known.person or ent.known.kind not in _GROUP_KINDS_NAMED_IN):
                return None
            if ent.titles or ent.gender:
                return None  # (a person the article titled: 'the Lev Arno group' is no person)
            if ent.known is None and ent.kind != "org":
                ent.kind = "org"  # (a name of no known kind, which the description says is a body's)
            ent.nearby |= {w.lower() for w in tokens[1:] if w.islower() and "-" not in w}
            return ent
        return None

    def _described_so(self, phrase: str, head: str) -> Entity | None:
        """The one body named with a definite description set after its name that holds ``phrase``'s words and ends
        in its head ('the media wing', "the army's media wing" after 'X (XPR), the army's media wing,'); none where
        two bodies were so described, or the phrase is its head alone ('the group', which the rules above read)."""
        words = frozenset(w for w, _, _ in key_tokens(phrase)) - {"the", "s"}
        if len(words) < 2:
            return None
        so = [e for e in self.entities if e.kind == "org" and any(head in d for d in e.described_as)]
        if len(so) != 1 or not any(words <= d for d in so[0].described_as):
            return None
        return so[0]

    def _civil_body_that_spoke(self, mentioned: Entity | None, words: list[str]) -> Entity | None:
        """'The Kessel Brigade also killed villagers, the organisation said' after 'Veloria Rights Watch said in a
        report ...': the body of civil society that spoke, not an armed body the sentence only names. A phrase that
        says it is a civil body ('the rights group') is the latest such body that spoke even when the body it would
        else be spoke too."""
        civil = any(w in _CIVIL_MODIFIERS for w in words)
        spoke = [r.entity for r in self.recent if r.entity is not None]
        if not civil and (mentioned is None or mentioned in spoke):
            return None
        bodies = [e for e in reversed(spoke) if e.kind == "org" and not (e.known is not None and e.known.person)]
        if not civil:
            bodies = bodies[:1]  # (only the last body that spoke: an earlier one is not what 'the group' is)
        return next((e for e in bodies if _civil(e)), None)

    def _unless_another_state(self, known: Known | None, words: str) -> Known | None:
        """``known``, unless it is a body on file as one state's named in ``words`` that name no state, in an article
        that names states and not its own (:meth:`NameIndex.of_another_state`): 'the interior ministry', 'the
        parliament' of an article about Syria is Syria's, not Iraq's on file, as Arabic and Persian drafting reads it
        (before, the English exact alias linked it whatever the article's state)."""
        if known is not None and self.index.of_another_state(known, words, self.article_states):
            return None
        return known

    def _suffix_of_this_state(self, phrase: str, owner: str = "") -> Known | None:
        """The one record whose name ends with ``phrase`` ('the Interior Ministry' -> 'Dornish Ministry of
        Interior'), unless its name says it is another state's than those the article has named: 'the Interior
        Ministry' of an article about Veloria is Veloria's, not Dornmark's on file (none where no country is
        named, or the record's is among them). A state written as its owner (``owner``: 'Syria' for "Syria's
        Defence Ministry") is the only one that counts."""
        return self._of_this_state(self._unless_states_vie(phrase, owner, self.index.lookup_suffix(phrase)), owner)

    def _bag_of_this_state(self, phrase: str, owner: str = "") -> Known | None:
        """The one body with the words of ``phrase`` in any order (:meth:`NameIndex.lookup_bag`), of this state as
        :meth:`_suffix_of_this_state` tells it."""
        return self._of_this_state(self._unless_states_vie(phrase, owner, self.index.lookup_bag(phrase)), owner)

    def _unless_states_vie(self, phrase: str, owner: str, known: Known | None) -> Known | None:
        """``known``, a record found for ``phrase`` by the end of its name or its words, unless the record is one
        state's ('Iraqi Ministry of Interior'), the phrase names none ('the Interior Ministry', no owner written) and
        the article names two states or more: which state's ministry it is, is then the editor's to say, and the
        draft's notes propose those on file (as the Arabic and Persian drafting does for 'وزارة الداخلية'). Where
        the article names one state, :meth:`_of_this_state` tells whether the record is its."""
        # (a region and its state are one state: 'Kurdistan and Iraq', 'iq-kr' and 'iq', name Iraq alone)
        states = {s.split("-")[0] for s in self.article_states}
        if known is None or owner or len(states) < 2 or self._states_in(phrase):
            return known
        return None if self._states_in(known.name) else known

    def states_named(self, text: str) -> set[str]:
        """The states a text names, by a country's name, its adjective or its capital ('Iraq', 'Syrian', 'Tehran'),
        each run of capitalised words read as :meth:`_states_in` reads a record's name."""
        return {s for run in _CAPITALISED_WORDS.findall(text) for s in self._states_in(run)}

    def _of_this_state(self, known: Known | None, owner: str) -> Known | None:
        owned = self._state_of(owner) if owner else None
        if known is None or not (self.countries or owned):
            return known
        own = self._states_in(known.name)
        named = {owned} if owned else {s for c in self.countries if (s := self._state_of(c))}
        if not owned:
            # (a region named is within its state, its code the state's and its own: 'Kurdistan', 'iq-kr', is in
            # Iraq, whose 'Iraqi Interior Ministry' is no other state's; a region written as the owner, "Kurdistan's
            # Interior Ministry", names the region's own)
            named |= {s.split("-")[0] for s in named}
        return None if own and named and not own & named else known

    def _states_in(self, name: str) -> set[str]:
        """The states a record's name names, a state's name of several words read whole first: 'South Sudan Ministry
        of Interior' is South Sudan's, not Sudan's; 'North Korea ...' North Korea's, not South Korea's."""
        words, found, i = name.split(), set(), 0
        while i < len(words):
            for n in range(min(4, len(words) - i), 0, -1):  # (the longest name first; one word where none is)
                if state := self._state_of(" ".join(words[i : i + n])):
                    found.add(state)
                    break
            i += n
        return found

    def _state_of(self, word: str) -> str | None:
        """The state a word names ('Iraq', 'Iraqi', "Iraq's" -> its code; a country on file by its id), or none."""
        word = re.sub(r"['\u2019]s$", "", word.strip(" ,.;:()"))
        if not word or not word[0].isupper():
            return None
        if names_a_state(word):
            territory = lookup_territory(word)
            if territory is not None:
                return str(territory.code)
        known = self.index.lookup(word, ("place",))
        return known.id if known is not None and known.kind == "country" else None

    def _country_named(self, noun: str) -> str | None:
        """The country 'the kingdom' is (``noun``: 'kingdom'): the last one that spoke (itself or through a body
        written as its own, "X's foreign ministry"), else the only one the article has named; never one whose full
        name says it is another kind of state ('the kingdom' is not Iran, the Islamic Republic of Iran)."""
        named = {c.lower(): c for c in self.countries if _of_kind(c, noun)}
        for r in reversed(self.recent):
            if r.label.lower() in named:  # ('Saudi Arabia denied ...', a name read as a body's or a person's too)
                return named[r.label.lower()]
            if r.entity is not None and r.entity.owner in named:
                return named[r.entity.owner]
        return next(iter(named.values())) if len(named) == 1 else None

    def _armed_body_that_spoke(self, mentioned: Entity | None) -> Entity | None:
        """'The group said' after 'The X Forces criticized a report by the Y Network': the armed body (or group) that
        spoke, not a group the sentence only named. News calls a militia or an armed force 'the group' whatever its
        name."""
        spoke = [r.entity for r in self.recent if r.entity is not None]
        if mentioned is None or mentioned in spoke:
            return None
        last = next((e for e in reversed(spoke) if e.kind == "org"), None)
        # (or any group that spoke, a party or a movement: 'X, a party close to the Kessel League, denied it. The
        # group said ...' is X, not the league it was said to be close to)
        if last is not None and last.org_type and (last.org_type[1] in _ARMED_KINDS or last.org_type[0] == "group"):
            return last
        return None

    # --- speakers ---------------------------------------------------------------------------------

    def named(self, ent: Entity, how: str = "named") -> Speaker:
        return Speaker(ent.label, entity=ent, person=ent.person or ent.kind == "unknown", how=how)

    def pronoun(self, word: str, in_sentence: Speaker | None, at: int | None = None) -> Speaker | None:
        """'he'/'she' or 'it': the sentence's own subject if it has one of that sort, else the last one; 'he' and
        'she' by gender where the text marks it (``at``: where the pronoun stands, for the people named before it)."""
        word = word.lower()
        if word in PRONOUNS_PERSON:
            # ('he' and 'she' are one person: never 'officials' or 'X and Y' named before)
            target = in_sentence if in_sentence and in_sentence.person and not in_sentence.plural else self.last_person
            if target is self.last_person and in_sentence is None:
                sayer = self._sayer_over_one_spoken_of(target)
                if sayer is not target and sayer is not None and self._by_gender(word, sayer, at) is sayer:
                    target = sayer  # (not where gender says otherwise: 'she' after he spoke and she was named)
            if target is None and self.recent and not self.recent[-1].plural:
                # no person has spoken: 'he' is the body that did, as translations from Arabic write it ('The
                # party said in a statement ... He pointed out in the statement')
                target = self.recent[-1]
                if target.how == STATE_SPEAKER:
                    # but never a state ('Burkina Faso denied the report. He said ...'): the person named just
                    # before, if one was, else no one (before, the state)
                    # (not the state's own name, which name data may take for a person's)
                    state = name_key(target.label)
                    named = [e for e, n in self.people if e.person and e.key != state and (at is None or n < at)]
                    target = Speaker(named[-1].name, named[-1], None, True, "named") if named else None
            if target is not None and target.person and in_sentence is None and self._two_sayers_before(word):
                return None
            if target is self.last_person and in_sentence is None and self._another_in_a_paragraph_before(target):
                return None
            if target is not None and target.person:
                target = self._by_gender(word, target, at)
        elif word in PRONOUNS_BODY:
            # 'it' is a body: the sentence's own subject if it may be one, else the latest speaker that may be
            # one, a name of unknown kind included ('Hezbollah said ...', then 'it stressed'), since 'it' is
            # never a person.
            before = self.recent[self._recent_at[0] : self._recent_at[1]]
            if in_sentence is not None and _may_be_body(in_sentence):
                target = in_sentence
            elif self.report_before is not None and before and not any(_may_be_body(r) for r in before):
                # 'Lev Arno rejected the report that the Kessel Monitoring Team released. It said ...': the report,
                # which no body the sentence before made its subject may be (its author speaks, as 'the report said')
                target = self.report_before
            elif self.statement_before is not None and before and not any(_may_be_body(r) for r in before):
                # 'Dario Venn issued a statement.' then '"...," it said': his statement, which 'it' is when the sentence
                # before named no body as its subject (before, the last body that spoke, another's)
                target = self.statement_before
            else:
                target = next((r for r in reversed(self.recent) if _may_be_body(r)), None) or self.last_body
        elif word == "they":
            # 'they' is people described in the plural or a body ('Residents said ... "...," they said', 'The Taliban
            # denied it. "...," they said'): the sentence's own subject of that sort, else the subject of the sentence
            # before if it is (never one person, and no one further back)
            last = self.recent[-1] if len(self.recent) > self._recent_at[0] else None
            target = next((s for s in (in_sentence, last) if s is not None and _may_be_they(s)), None)
            if target is None and in_sentence is None and last is not None and _a_spokesperson(last):
                # 'The brigade said ... "...," spokesman Dara Venn said. "...," they added': a spokesman's words, then
                # 'they' for the body he speaks for, the one named just before him (no other person between)
                for earlier in reversed(self.recent[-4:-1]):
                    if _a_spokesperson(earlier) and not _for_other_bodies(earlier, last):
                        # (a spokesman who spoke before for the same body: 'the brigade spokesman said ...', then
                        # 'the spokesman for the fighters assured ...', then 'they added': still the brigade; not
                        # 'a brigade spokesman' before 'a ministry spokesman', two bodies' voices)
                        continue
                    if earlier.person or earlier.plural:
                        break
                    if _may_be_body(earlier) or _plural_body(earlier):
                        target = earlier
                        break
        else:
            return None
        if target is None:
            return None
        return Speaker(
            target.label,
            target.entity,
            target.described,
            target.person,
            f"'{word}' read as {target.label}",
            target.plural,
        )

    def _two_sayers_before(self, word: str) -> bool:
        """Two people of the pronoun's gender (or of none the text marks) who both spoke in the sentence before: 'Lev
        Arno said the brigade would stay, while Dara Venn said it would leave.' then '"...," he added' may be either
        man's words, and none is guessed (before: Arno's or Venn's, by how the clauses were joined)."""
        people = [e for e in dict.fromkeys(self.sayers_before) if e.person and e.gender in (None, word)]
        if word == "she" and len([e for e in people if e.gender == word]) == 1:
            return False  # (titles mark the women news names: 'she' is the one so marked, beside a man unmarked)
        return len(people) >= 2

    def _another_in_a_paragraph_before(self, target: Speaker | None) -> bool:
        """'"...," one resident said, while another said: "..."' then, in a paragraph of its own, '"...," he added':
        'another' set a second unnamed person beside the first, and the new paragraph's 'he' may be either (in the
        same paragraph, right after 'another' spoke, it is that one)."""
        if target is None or target.entity is not None or self.last_person_at is None:
            return False
        before = self.recent[self._recent_at[0] :]
        return self.last_person_at < self.paragraph and any(
            s.person and s.entity is None and re.match(r"another\b", (s.described or "").lower()) for s in before
        )

    def _sayer_over_one_spoken_of(self, target: Speaker | None) -> Speaker | None:
        """'Lev Arno said the talks would go on. Dara Venn's rule ended in 2011.' then, in a paragraph of its own, '"...,"
        he said': the paragraph before was the speaker's, and the person it went on to speak of, the subject of a
        later sentence there who said nothing, is not whom a new paragraph's 'he' stands for (one named in the
        pronoun's own paragraph, or a subject with a paragraph of its own, still is: 'Dara Venn fled in 2011.' then
        '"...," he said'; so is one the sentence's subject acted on, 'The ministry summoned Dara Venn', as round 22
        reads it). Decided by the development gold in round 41: each of the 8 pronoun tags there after a paragraph
        that names a second man only spoken of is the last speaker's (none his, none left without a speaker)."""
        if target is None or self.last_sayer is None or target.entity is None or target.entity in self.sayers:
            return target
        sayer, at = self.last_sayer
        if at != self.last_person_at or at >= self.paragraph or sayer.entity is target.entity:
            return target
        return sayer

    def _by_gender(self, word: str, target: Speaker, at: int | None) -> Speaker | None:
        """'he' or 'she' by gender among the people named just before it (this sentence before ``at``, and the last).

        The subject found (``target``) where the text marks it of that gender or names no one else (which marks it
        so for later: 'Sara Vale arrived. She said'). Where the subject is marked of the other gender, the one other
        person who may be it ('spokeswoman Sara Vale met Tom Reed. He said': Reed). The people news names are
        mostly men and titles mark the women ('spokeswoman', 'Mrs'): 'he' with an unmarked subject stays the
        subject, 'she' is the one woman marked just named, and no one where two unmarked people were named
        ('Colonel Tom Reed met Minister Sara Vale. She said').
        """
        own = _gender_of_speaker(target)
        named = self._previous_people if at is None else [(e, n) for e, n in self.people if n < at]
        others: list[Entity] = []
        for e, _ in named:
            if e.person and e is not target.entity and all(o is not e for o in others):
                others.append(e)
        if own == word:
            return target
        if (
            own is None
            and word == "she"
            and not any(e.gender == word for e in others)
            and not _named_in(target.entity, self.paragraph)
        ):
            # an unmarked subject, and one woman marked so has spoken before: 'she' is her, as it would be were she
            # named just before ('Minister Dina Venn ... she said. General Tomas Arlo rejected it and said: "..."
            # The ministry will reply, she said' is Venn's; before, Arlo's, and Arlo then marked a woman). Not where
            # the subject was named in the pronoun's own paragraph: 'Governor Sam Lee visited the market. "...," she
            # said' is Lee, whom news would not name there and leave for another woman
            women = [e for e in dict.fromkeys(self.sayers) if e.person and e.gender == word and e is not target.entity]
            if len(women) == 1:
                return self.named(women[0], how=f"'{word}' read as {women[0].label}, by gender")
        if own is None and not others:
            if target.entity is not None and target.entity.person and any(e is target.entity for e, _ in named):
                target.entity.gender = word  # (only one just named: a pronoun far from its name may be mistaken)
            return target
        marked = [e for e in others if e.gender == word]
        if own is None:
            if word == "she" and len(marked) == 1:
                return self.named(marked[0], how=f"'{word}' read as {marked[0].label}, by gender")
            return target if word == "he" or all(e.gender is not None for e in others) else None
        open_ = marked or [e for e in others if e.gender is None]
        if len(open_) == 1:
            return self.named(open_[0], how=f"'{word}' read as {open_[0].label}, by gender")
        return None

    def describe(
        self,
        phrase: str,
        someone: bool = False,
        before: tuple[int, int] | None = None,
        unlike: tuple[Entity, ...] = (),
    ) -> Speaker | None:
        """A speaker given by a description: a record's name or alias, a body named before, or as written;
        ``someone``: the phrase is one unnamed person, whatever its noun ('a shopkeeper'); ``before`` and
        ``unlike``: where the phrase ends and the bodies it is not, for a body (see ``body``)."""
        phrase = phrase.strip(" ,.;:")
        words = [w for w, _, _ in key_tokens(phrase)]
        if not words:
            return None
        known = self._unless_another_state(
            self.index.lookup(phrase)
            or self._suffix_of_this_state(phrase)
            or self._unless_states_vie(phrase, "", self.index.lookup_bag(phrase)),
            phrase,
        )
        if known:
            ent = next((e for e in self.entities if e.known == known), None)
            if ent is None:
                ent = Entity(
                    known.name,
                    "person" if known.person else "org",
                    (known.type, known.kind) if known.org else None,
                    known,
                )
                self.entities.append(ent)
            return self.named(ent, how=f"'{phrase}' is {known.name}")
        named_in = self._body_named_in(phrase)
        if named_in is not None:
            return self.named(named_in, how=f"'{phrase}' read as {named_in.label}, the body it names")
        armed_of = _ARMED_PEOPLE_OF.match(phrase)
        body = self._by_key.get(name_key(armed_of.group(1))) if armed_of is not None else None
        if armed_of is not None and body is None and re.fullmatch(r"the\s+[a-z]+", armed_of.group(1)):
            # ('gunmen from the brigade': the body named before that 'the brigade' is, as it would be alone)
            of = self.describe(armed_of.group(1), before=before, unlike=unlike)
            body = of.entity if of is not None else None
        if body is not None and body.kind == "org" and not body.person:
            # 'Fighters of the Kessel Brigade told reporters', 'Gunmen from the brigade said': armed people of a body
            # named speak as that body, as its members speak for a group (never as a person, nor as 'fighters of ...'
            # written out); armed people of no named body ('militants loyal to X') stay an unnamed group so described
            return self.named(body, how=f"'{phrase}' read as {body.label}, whose armed men they are")
        from generator.draft.speakers import head_word

        head = head_word(phrase)
        writer = THEIR_WRITING.fullmatch(phrase)
        if writer is not None:
            # 'Lev Arno spoke on Monday. His statement went on: "..."': the one 'his' stands for (before: a speaker
            # 'His statement'); with no one it can be, no one
            return self.pronoun(_PRONOUN_OF_OWNER[writer.group(1).lower()], None)
        if head in WRITING_NOUNS and re.search(rf"\b{head}\b", phrase):
            # 'Lev Arno posted a message on X. "...," the post said.': the writing is its author's, as 'the statement
            # said' is the issuer's; never a speaker 'the post' (a word of 'the Washington Post', a body's name),
            # and 'a post on X said' is no one's the article names
            said = self.last_statement if words[0] == "the" else None
            if said is None:
                return None
            how = f"'{phrase}' read as the {'e-mail' if head == 'mail' else head} of {said.label}"
            return _read_as(said, how)
        if UNOWNED_STATEMENT.fullmatch(phrase):
            # '"...," a statement on the website said', 'read a statement posted on its channel': a statement with no
            # issuer named, on the site of the body that spoke, is that body's
            said = self.last_body or self.last_statement
            if said is None:
                return None
            return _read_as(said, f"'{phrase}' read as the statement of {said.label}")
        if MEDIA_REPORTS.fullmatch(phrase.lower()):
            self.reports = Speaker(
                _lower_article(phrase),
                None,
                _lower_article(phrase),
                how="unsourced reports, as the text describes them",
                plural=True,
            )
            return self.reports
        if phrase.lower() in ("the reports", "these reports") and self.reports is not None:
            earlier = self.reports
            return Speaker(
                earlier.label, None, earlier.described, False, f"'{phrase}' read as {earlier.label}", plural=True
            )
        if head in REPORT_NOUNS:  # 'the report stated', 'The Friday report cited': whoever wrote the last one
            said = self.last_report
            if said is None or words[0] != "the":
                return None
            return Speaker(said.label, said.entity, said.described, said.person, f"'{phrase}' read as {said.label}'s")
        if head in STATE_NOUNS and words[0] == "the" and len(words) <= 3:
            country = self._country_named(head)
            if country is None:
                return None
            return Speaker(country, None, country, False, f"'{phrase}' read as {country}, the country named before")
        singular = head[:-1] if head.endswith("s") and head[:-1] in HUMAN_NOUNS else head  # 'the ministers'
        if singular not in HUMAN_NOUNS and head not in BODY_NOUNS and not someone:
            return None
        from generator.draft.speakers import unsure_head

        if not someone and unsure_head(phrase):
            # (a body's noun, a word in -ing and a noun that may head a compound: 'the police training academy' may
            # be no police force named before, and speaks as written)
            return Speaker(
                _lower_article(phrase), None, _lower_article(phrase), False, "unnamed; as the text describes them"
            )
        # (a place of several words before a hyphened epithet counts as one word: 'the New York-based group' is as
        # short as 'the Ostravia-based group')
        short = len(key_tokens(_PLACE_BEFORE_EPITHET.sub("", phrase)))
        definite = words[0] == "the" and short <= 4
        if definite:
            for earlier in reversed(self.recent):
                if (
                    earlier.described
                    and head_word(earlier.described) == head
                    # (not another holder of the office: 'the brigade's main spokesman' is not 'the army's spokesman')
                    and one_within(
                        description_words(w for w, _, _ in key_tokens(phrase)),
                        description_words(w for w, _, _ in key_tokens(earlier.described)),
                    )
                ):
                    return Speaker(
                        earlier.label,
                        None,
                        earlier.described,
                        earlier.person,
                        f"'{phrase}' read as {earlier.label}",
                        earlier.plural,
                    )
            if head in HUMAN_NOUNS and head not in PLURAL_PEOPLE and not head.endswith("s"):
                # 'the spokesman' after 'the Houthi military spokesman, Yahya Sarea': the latest person so described
                # (whose words before also hold the description's proper adjectives: 'the Syrian leader' is not the one
                # described as 'Hezbollah leader')
                proper = {w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", phrase)} - {head, "the", "a", "an"}
                person = next(
                    (
                        e
                        for e in reversed(self.entities)
                        if e.person
                        and (holds_office(head, e.nearby) or goes_by_another_word(head, e.nearby))
                        and proper <= e.nearby
                    ),
                    None,
                )
                if person is not None:
                    return self.named(person, how=f"'{phrase}' read as {person.label}, described so before")
            so_described = self._described_so(phrase, head) if head in BODY_NOUNS else None
            if so_described is not None and all(so_described is not other for other in unlike):
                return self.named(
                    so_described, how=f"'{phrase}' read as {so_described.label}, described so where named"
                )
            of_state = self._group_of_the_state(phrase, head, before, unlike) if head in GROUP_NOUNS else None
            if of_state is not None:
                return of_state
            if head in _ANY_GROUP and not head.endswith("s") and self._two_groups_named_together(before, unlike):
                # 'The Kessel Brigade and the Veloria Front signed a truce.' then '"...," the group said': either
                # group, and no one is guessed (before: the one named last)
                return None
            if head in BODY_NOUNS:
                ent = self.body(head, before, unlike)
                if ent is None and head.endswith("s") and re.search(rf"\b{head.capitalize()}\b", phrase):
                    # 'the Guards' after 'the Revolutionary Guard Corps': a body's name for short, in the plural
                    # news often gives it (capitalised, not 'the guards', who may be any guards)
                    ent = self.body(head[:-1], before, unlike)
                civil = self._civil_body_that_spoke(ent, words) if head in _ANY_GROUP else None
                if any(civil is other for other in unlike):
                    civil = None
                if civil is not None:
                    return self.named(civil, how=f"'{phrase}' read as {civil.label}, the body of that kind that spoke")
                # (a phrase that says it is a civil body, 'the rights group', is never an armed body, the last that
                # spoke or the last named: none, where no civil body spoke)
                civil_kind = head in _ANY_GROUP and any(w in _CIVIL_MODIFIERS for w in words)
                armed = self._armed_body_that_spoke(ent) if head in GROUP_NOUNS and not civil_kind else None
                if any(armed is other for other in unlike):
                    armed = None  # (not the body whose claims it answers, though that one spoke last)
                if armed is not None:
                    return self.named(armed, how=f"'{phrase}' read as {armed.label}, the last armed body that spoke")
                if ent is not None and (not civil_kind or _civil(ent)):
                    return self.named(ent, how=f"'{phrase}' read as {ent.label}")
                if head == "statement":  # 'the statement said': whoever issued the last one
                    # (with none named, the last body that spoke: 'The brigade denied it. "...," the statement said')
                    # (or a name of no known kind that may be a body, though name data took it for a person's:
                    # 'Hamas denied it. "...," the statement said')
                    # (a body only named inside what another said issued nothing: 'The spokesman said the
                    # Orvale Guard held the line. The statement denied ...' is the spokesman's, the last that spoke;
                    # with no body named, a person who spoke is still no statement's issuer)
                    sayer = next(
                        (r for r in reversed(self.recent) if r.entity is not None and r.entity in self.sayers), None
                    )
                    last_body = self.last_body
                    if last_body is not None and sayer is not None and last_body.entity not in self.sayers:
                        said = self.last_statement or sayer
                    else:
                        said = (
                            self.last_statement
                            or last_body
                            or next((r for r in reversed(self.recent) if _may_be_body(r)), None)
                            # (or, with no body to issue it, a spokesperson who spoke last: 'The spokesman for the
                            # council Dara Venn denied it. The spokesman reaffirmed that ... The statement denied
                            # ...' is his, as one who speaks for a body issues its statements; not a trader's)
                            or (sayer if sayer is not None and _a_spokesperson(sayer) else None)
                        )
                    if said is not None:
                        return _read_as(said, f"'{phrase}' read as the statement of {said.label}")
                if head in GROUP_NOUNS and not civil_kind:
                    # 'the group' after 'Al-Kessel, a militant group, denied': the latest body that spoke, so described
                    so = next(
                        (
                            r.entity
                            for r in reversed(self.recent)
                            if r.entity is not None and r.entity.kind != "person" and head in r.entity.nearby
                        ),
                        None,
                    )
                    if so is not None:
                        return self.named(so, how=f"'{phrase}' read as {so.label}, described so before")
                last = next(
                    (r for r in reversed(self.recent) if r.entity is not None and r.entity.kind != "person"), None
                )
                if (
                    head in _GROUP_ONLY_NOUNS
                    and last is not None
                    and last.entity is not None
                    and last.entity.org_type is not None
                    and last.entity.org_type[0] == "actor"
                ):
                    last = None  # ('the movement said' after a ministry or an army spoke: not the ministry)
                if civil_kind and last is not None and (last.entity is None or not _civil(last.entity)):
                    last = None  # ('the rights group said' after an armed group spoke: not the armed group)
                # (its own common words only: not a proper adjective nor an epithet, 'the New York-based group')
                own = description_words(re.findall(r"(?<![\w'\u2019-])[a-z]+(?![\w-])", phrase))
                own -= {head, *description_words([head]), *_JUDGING_ADJECTIVES, *_POINTING_BACK}  # (head folded too)
                if (
                    last is not None
                    and last.entity is not None
                    and not own <= description_words([*last.entity.nearby, *last.entity.key.split(" ")])
                ):
                    # ('a charge denied by the powerful spy agency' after Lev Arno or the army spoke: the words that
                    # say which agency are none of theirs)
                    last = None
                if head in _LAST_BODY_NOUNS and last is not None:  # a body, or a name not known to be a person
                    return Speaker(
                        last.label,
                        last.entity,
                        last.described,
                        False,
                        f"'{phrase}' read as {last.label}, the last body that spoke",
                        last.plural,
                    )
        label = _lower_article(phrase)
        plural = head in PLURAL_PEOPLE or (head.endswith("s") and head[:-1] in HUMAN_NOUNS)
        return Speaker(
            label,
            None,
            label,
            person=(head in HUMAN_NOUNS or someone) and not plural,
            how="unnamed; as the text describes them",
            plural=plural,
        )

    def issued_statement(self, speaker: Speaker) -> None:
        """``speaker`` issued the statement the sentence being read names: 'the statement' later is theirs, and a
        person's is what 'it' in the next sentence stands for ('Dario Venn issued a statement.' then '"...," it said')."""
        self.last_statement = speaker
        if speaker.person:
            self.statement_named = speaker

    def spoke(self, speaker: Speaker) -> None:
        """Remember a sentence's subject, for the pronouns and descriptions that follow."""
        if speaker.person and speaker.plural:
            pass  # 'Officials said ...': no one 'he' or 'she' can be read as
        elif speaker.person and _heard_only(speaker):
            pass  # 'an off-camera voice said ...': one heard once, not whom a later 'he' stands for
        elif speaker.person and not _acronym(speaker):
            self.last_person = speaker
            self.last_person_at = self.paragraph
        elif not speaker.plural and not _plural_body(speaker):
            self.last_body = speaker
        self.recent.append(speaker)


def _named_together(ent: Entity, other: Entity) -> bool:
    """Whether two bodies were last named side by side, joined by a word or a comma ('the Kessel Brigade and the
    Veloria Front', 'the brigade, the front'): a description of either after them may be both's."""
    if ent is other or not ent.mentions or not other.mentions:
        return False
    (para, start, end, _), (o_para, o_start, o_end, _) = ent.mentions[-1], other.mentions[-1]
    return para == o_para and (0 < start - o_end <= _JOINED_GAP or 0 < o_start - end <= _JOINED_GAP)


def _opened_by(key: str, word: str) -> bool:
    """Whether a body's name opens with ``word`` as a modifier of the words after it ('army public relations', not
    'army of kessel')."""
    parts = key.split(" ")
    return len(parts) > 1 and parts[0] == word and parts[1] not in CONNECTORS


# The words of a state's body whose name any state's might have: 'Foreign Ministry', 'Armed Forces', 'Ministry of
# Defence' (not 'Rapid Support Forces', a name of its own).
_STATE_BODY_WORDS = frozenset(ORG_WORDS) | PORTFOLIOS | frozenset("armed of the for and national".split())


def _bare_word(ent: Entity) -> bool:
    """Whether an entity is one word of no known kind and no record ('Veloran' of 'Veloran government forces')."""
    return ent.kind == "unknown" and ent.known is None and " " not in ent.key


_VOWELS = frozenset("aeiou")


def _one_vowel_apart(one: str, other: str) -> bool:
    """Whether two surnames of four letters or more differ in one letter only, a vowel for another vowel: 'shongole'
    and 'shangole', 'marelo' and 'marilo' (not 'marelo' and 'mareko', nor two letters apart)."""
    if len(one) != len(other) or len(one) < 4 or not one.isalpha():
        return False
    apart = [(a, b) for a, b in zip(one, other, strict=True) if a != b]
    return len(apart) == 1 and apart[0][0] in _VOWELS and apart[0][1] in _VOWELS


def gender_of(words: str) -> str | None:
    """'he' or 'she' for the words of a title or description that mark one ('army spokeswoman Colonel'), else None."""
    found = {_GENDER_WORDS[w] for w in re.findall(r"[a-z]+", words.lower()) if w in _GENDER_WORDS}
    return found.pop() if len(found) == 1 else None


def _named_in(ent: Entity | None, paragraph: int) -> bool:
    """Whether ``ent`` is named in ``paragraph`` (0: not known)."""
    return ent is not None and paragraph > 0 and any(p == paragraph for p, _, _, _ in ent.mentions)


def _gender_of_speaker(speaker: Speaker) -> str | None:
    if speaker.entity is not None:
        return speaker.entity.gender
    return gender_of(speaker.described or "")


def _acronym(speaker: Speaker) -> bool:
    """'CJTF-OIR told VOA. ... it added': an acronym is a body, not a person."""
    ent = speaker.entity
    return ent is not None and ent.known is None and bool(re.fullmatch(r"[A-Z0-9][A-Z0-9-]+", ent.name))


def _plural_body(speaker: Speaker) -> bool:
    """Bodies described in the plural: 'Security forces said ...', then 'it said' is not the forces."""
    from generator.draft.speakers import head_word

    return speaker.entity is None and head_word(speaker.described or "") in PLURAL_BODIES


def _a_spokesperson(speaker: Speaker) -> bool:
    """Whether a speaker is someone who speaks for a body: described or titled so ('a ministry spokesman', 'spokesman
    Dara Venn', 'Dara Venn, a spokesperson for the brigade')."""
    if not speaker.person or speaker.plural:
        return False
    if speaker.entity is not None:
        return any(holds_office(w, speaker.entity.nearby) for w in _SPOKES)
    return any(w in _SPOKES for w in (speaker.described or "").lower().split())


# What news calls any body, whatever its kind: 'the spokesperson for the group' may be the brigade's.
_ANY_BODY_NOUNS = frozenset({"group", "groups", "movement", "organisation", "organization", "outfit"})


def _heard_only(speaker: Speaker) -> bool:
    """Whether a speaker is a voice described, heard and not seen ('an off-camera voice', 'a male voice on the
    recording'): it speaks its words, but a video's or a call's later 'he' is the one the article is about."""
    described = (speaker.described or "").lower().split()
    return speaker.entity is None and any(w.strip(",.") == "voice" for w in described[:4])


def _for_other_bodies(one: Speaker, other: Speaker) -> bool:
    """Whether two spokespeople are described as speaking for bodies of different kinds ('a brigade spokesman', 'a
    ministry spokesman'); one described by no such word ('the spokesman for the fighters') or by a word any body is
    called ('the spokesperson for the group') may speak for either."""
    kinds = [
        {w.strip(",.'\u2019") for w in (s.described or "").lower().split()} & BODY_NOUNS - _ANY_BODY_NOUNS
        for s in (one, other)
    ]
    return bool(kinds[0] and kinds[1] and kinds[0] != kinds[1])


def _may_be_they(speaker: Speaker) -> bool:
    """Whether a speaker may be what 'they' refers to: people described in the plural, or a body."""
    return speaker.plural or _plural_body(speaker) or (speaker.entity is not None and _may_be_body(speaker))


def _may_be_body(speaker: Speaker) -> bool:
    """Whether a speaker may be what 'it' refers to: a body, or a name not known to be a person's."""
    if speaker.plural:
        return False
    if speaker.entity is None:
        return not speaker.person and not _plural_body(speaker)
    if _acronym(speaker):
        return True
    return speaker.entity.kind != "person" and not (speaker.entity.known and speaker.entity.known.person)


def _is_group(ent: Entity) -> bool:
    return bool(ent.org_type and ent.org_type[0] == "group") or any(w in GROUP_NOUNS for w in ent.key.split(" "))


# One office under three names: 'The military spokesman further stressed ...' after 'The army spokesperson, Col. Dario
# Venn' is Venn, and 'the Army spokesman' after 'Director of Army Public Relations, Brig. Gen. Lev Arno' is Arno (the
# one who speaks for an army that calls the office so); 'the spokeswoman' is never a man named 'spokesman'
_SPOKES = {"spokesman": "he", "spokeswoman": "she", "spokesperson": None}


# Offices of one holder at a time in a body, by the words news writes them with (a spokesman, a spokeswoman and a
# spokesperson are one office): a description by one of them is one person, whom a name in that office may be.
OFFICES = {
    "spokes": ("spokesman", "spokeswoman", "spokesperson"),
    **{w: (w,) for w in "governor mayor president ambassador envoy chairman chairwoman premier".split()},
}
ONE_HOLDER_OFFICES = frozenset(w for words in OFFICES.values() for w in words)
# Words of a description that tell no one holder from another: 'the main spokesman', 'the provincial governor'.
_NO_OTHER_HOLDER = frozenset(
    "the a an of for in to s main chief top official senior provincial regional local new current".split()
)


def office_of(word: str) -> str:
    return next(office for office, words in OFFICES.items() if word in words)


# British spellings of words that descriptions of offices hold, as American news writes them: 'the Defence Ministry
# spokesman' and 'the defense ministry spokesman' are one description.
_AMERICAN = {"defence": "defense", "offence": "offense", "centre": "center", "labour": "labor", "programme": "program"}
_BRITISH_ISATION = re.compile(r"isation(?=s?\Z)")


def description_words(words: Iterable[str]) -> frozenset[str]:
    """A description's words that may tell one holder from another, the office written as one word, in one spelling."""
    return frozenset(
        office_of(w) if w in ONE_HOLDER_OFFICES else _AMERICAN.get(w) or _BRITISH_ISATION.sub("ization", w)
        for w in (w.lower() for w in words)
        if w not in _NO_OTHER_HOLDER
    )


def one_within(words: frozenset[str], other: frozenset[str]) -> bool:
    """Whether the words of two descriptions of one office (:func:`description_words`) hold one another: 'the
    spokesman' and 'the Kessel Brigade's main spokesman' may be one holder, 'the army's spokesman' and 'the brigade's
    spokesman' are two."""
    return words <= other or other <= words


# A rank or title news abbreviates before a name, and its short forms: 'the general' after 'Gen. Lev Arno' is Arno, as
# after 'General Lev Arno' (before, 'the general' stayed a description of no one named).
_SHORT_TITLES = {
    "general": ("gen",),
    "colonel": ("col",),
    "lieutenant": ("lt",),
    "captain": ("capt", "cpt"),
    "brigadier": ("brig",),
    "commander": ("cmdr",),
    "sergeant": ("sgt",),
    "admiral": ("adm",),
    "doctor": ("dr",),
    "senator": ("sen",),
    "governor": ("gov",),
}


def holds_office(head: str, nearby: set[str]) -> bool:
    """Whether someone described by the words ``nearby`` holds the office ``head`` ('spokesman' is a spokesperson;
    'general' is 'Gen.')."""
    if head in nearby or any(short in nearby for short in _SHORT_TITLES.get(head, ())):
        return True
    if head not in _SPOKES:
        return False
    if {"public", "relations"} <= nearby:
        return True
    return any(w in nearby and (g is None or _SPOKES[head] in (None, g)) for w, g in _SPOKES.items())


# Offices news calls by another word when it refers back to their holder ('the lawmaker' after 'MP Lev Arno', 'the
# premier' after 'Prime Minister Lev Arno', 'the top diplomat' after 'Foreign Minister Lev Arno'): the words, any
# group of which written around the holder's name lets the other word stand for them.
_MEMBER = (("lawmaker",), ("mp",), ("legislator",), ("parliamentarian",), ("member", "parliament"))
_OTHER_WORDS_FOR = {
    **dict.fromkeys(("lawmaker", "mp", "legislator", "parliamentarian"), _MEMBER),
    "premier": (("prime", "minister"), ("pm",)),
    "diplomat": (("ambassador",), ("envoy",), ("foreign", "minister"), ("foreign", "secretary"), ("consul",)),
    "envoy": (("ambassador",),),
    "cleric": (("ayatollah",), ("imam",), ("mullah",), ("mufti",), ("hojatoleslam",), ("preacher",)),
}


def goes_by_another_word(head: str, nearby: set[str]) -> bool:
    """Whether someone described by the words ``nearby`` holds the office news calls ``head`` by another word: 'the
    lawmaker' is 'MP Lev Arno', 'the premier' 'Prime Minister Lev Arno'."""
    return any(set(words) <= nearby for words in _OTHER_WORDS_FOR.get(head, ()))


def _read_as(said: Speaker, how: str) -> Speaker:
    """The speaker ``said`` stands for, as a phrase read so (``how``): its label, record and number."""
    return Speaker(said.label, said.entity, said.described, said.person, how, said.plural)


def _lower_article(phrase: str) -> str:
    """'The regional observer mission' -> 'the regional observer mission'; names keep their capitals."""
    first, _, rest = phrase.partition(" ")
    if first in ("The", "A", "An", "Some", "Several", "Two", "Three", "One", "Many", "Most", "Other", "Local") and rest:
        return first.lower() + " " + rest
    # a noun for people capitalised only for opening the sentence: 'Officials said' as '"...," officials said' (a
    # body's word may be its name's: 'Brigade leaders')
    lower = first.lower()
    if first[:1].isupper() and first[1:].islower() and {lower, lower[:-1]} & (HUMAN_NOUNS | PLURAL_PEOPLE):
        return (lower + " " + rest) if rest else lower
    return phrase


def spells_out(name: str, acronym: str) -> bool:
    """Whether ``acronym`` is made of the initials of ``name``'s words, in order, small words free to be left out:
    'TTP' of 'Tehreek-e-Taliban Pakistan', 'HTS' of 'Hay'at Tahrir al-Sham', 'PMF' of 'Popular Mobilization Forces'."""
    if not is_acronym(acronym):
        return False
    initials = [w[0] for w in re.split(r"[\s\-\u2010]+", name) if w]
    letters = iter(i.upper() for i in initials)
    if not initials or initials[0].upper() != acronym[0]:
        return False
    # every letter of the acronym in order among the initials, and every capital initial used
    capitals = sum(1 for i in initials if i.isupper())
    return all(any(i == c for i in letters) for c in acronym) and len(acronym) >= capitals
