"""The people, bodies, groups and places an article names that are already on record.

Every paragraph is read for the names and aliases of existing records (:meth:`NameIndex.scan`: across
case, diacritics, 'al-', possessives, Arabic and Persian letter forms and proclitics, and a country's names
in other scripts), and only a whole name counts: 'Damascus' inside 'Damascus International Airport' or 'ريف
دمشق' is not Damascus. Each record found is listed once, with the words the text uses and the paragraph
where it first appears, in the notes of every drafted claim and denial (after :data:`NAMED_ON_FILE`), so
the editor has the ids at hand for subjects, places and the claims a denial answers. A record already
linked in the draft's own fields (its speaker, subjects, the outlet told) is not listed again.

A city is linked only where the text names it as a place: after a preposition of place ('in Damascus', 'near Erbil',
'في دمشق', 'بحلب', 'در تهران'), in a list that such a preposition opens ('in Aleppo and Hama'), as a dateline
('DAMASCUS –', 'Damascus, SANA', 'ISLAMABAD:'), or as 'the city of'. Elsewhere a capital usually stands for its
government ('Washington withdrew', 'warned Washington', 'between Washington and Tehran', 'ambassador to
Washington'), which is another record; there the city is proposed after :data:`NAMED_MAYBE` with that reason, for
the editor to decide, and not linked, and the government is linked where its country has one on file
(:meth:`NameIndex.government_of`), unless the article also names the city as a place or uses it in the possessive
('Baghdad's Green Zone'). The region named after a city ('the Damascus countryside', 'the countryside of Aleppo') is
not the city.

Names that are nearly a record's are proposed the same way, never linked: a body's name with one word fewer
('Revolutionary Guard Corps', 'الحرس الثوري', 'سپاه انقلاب اسلامی' for a record with one word more), and a
person's name whose every word has the same consonants as a name on file ('Qassem Suleimani', 'Qasem Soleimani';
'Qasem Musleh', 'Qasim Muslih'; 'Daesh', 'داعش'). A body's name with the same words in another order or spelling ('Syrian
Defense Ministry', 'Syrian Ministry of Defence') is certain, as :meth:`NameIndex.lookup_bag` takes it for
speakers.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from itertools import pairwise

from generator.draft.lang.arabic_script.patterns import HONORIFICS_AR, RANKS
from generator.draft.lang.arabic_words import fold_words
from generator.draft.names import (
    CONNECTORS,
    CONSTRUCT_HEADS,
    FUNCTION_WORDS,
    ORG_WORDS,
    Known,
    NameIndex,
    article_states,
    key_tokens,
    name_key,
)
from generator.draft.proposals import consonants, name_bag
from generator.draft.territories import is_country_name
from generator.draft.text import Paragraph
from generator.folding import fold

# Words after which a city is a place. English prepositions; Arabic and Persian ones as search folds them,
# with the words for city and capital ('مدينة دمشق', 'شهر تهران').
_PLACE_BEFORE = frozenset(
    "in at near from to into outside around across inside within toward towards via through of city capital "
    "visit visits visited visiting".split()
)
# A list of names that a preposition of place opens names places all along it: 'in Aleppo and Hama', 'a presence in
# Karachi, Peshawar, Islamabad and other cities'. Read backwards, a separator and a capitalised name at a time.
_LIST_SEPARATOR = re.compile(r"(?:,|,?[ \u00a0]++(?:and|or))[ \u00a0]++\Z")
_NAME_BEFORE = re.compile(r"[A-Z][\w'\u2019-]*+(?:[ \u00a0]++[A-Z][\w'\u2019-]*+){0,3}\Z")
_PLACE_BEFORE_ARABIC = frozenset(
    fold(w)
    for w in "في إلى الى من قرب داخل حول نحو عند مدينة العاصمة عاصمة در به از نزدیک شهر داخل اطراف پایتخت".split()
)
# Proclitics of place written on the name: 'بحلب' (in Aleppo), 'لواشنطن' (to Washington).
_PLACE_CLITICS = ("\u0628", "\u0644", "\u0648\u0628", "\u0648\u0644")

_ENVOYS = frozenset("ambassador ambassadors envoy envoys emissary emissaries representative delegation".split())

NAMED_ON_FILE = "Named in the article and on file:"
NAMED_MAYBE = "Perhaps named, not linked:"
_CITY_REASON = "a city named where it may stand for its government"
_STATE_REASON = "one state's body on file, named in words that name no state, in an article about another"
_TYPES = ("actor", "group", "place")


@dataclass(frozen=True)
class Named:
    """A record the article names: its id, the words of its first mention, and that paragraph."""

    id: str
    words: str
    paragraph: int
    why: str = ""
    """Empty for a certain link; else why the record is only proposed."""


def named_on_file(paragraphs: list[Paragraph], index: NameIndex, skip: Collection[int] = ()) -> list[Named]:
    """Each existing person, body, group and place the article names, in order of first mention.

    A record named only in ways that make it uncertain comes with the reason (``why``); one certain
    mention anywhere in the article makes it certain.
    """
    found: dict[str, Named] = {}
    governed: dict[str, Named] = {}  # by government: a capital named where it stands for it
    placed: set[str] = set()  # governments whose capital is also named as a place
    near = _Near.of(index)
    states = article_states((p.text for p in paragraphs), index)

    def add(named: Named) -> None:
        before = found.get(named.id)
        if before is None or (before.why and not named.why):
            found[named.id] = named

    for para in paragraphs:
        if para.number in skip:
            continue
        taken: list[tuple[int, int]] = []
        for start, end, known in index.scan(para.text):
            taken.append((start, end))
            if _not_the_city(para.text, start, end, known) or adjective_of_the_noun_before(
                para.text, start, end, known
            ):
                continue
            if known.type in _TYPES:
                why = "" if named_as_place(para.text, start, end, known, index) else _CITY_REASON
                if not why and index.of_another_state(known, para.text[start:end], states):
                    why = _STATE_REASON  # ('مجلس النواب' on file for Iraq's, in an article about Libya)
                add(Named(known.id, para.text[start:end], para.number, why))
        for start, end, known, why in near.find(para.text, taken, index):
            if known.type in _TYPES:
                add(Named(known.id, para.text[start:end], para.number, why))
        for start, end, government, city in _capitals(para.text, index):
            if named_as_place(para.text, start, end, city, index):
                placed.add(government.id)
                if city.id and not any(s < end and start < e for s, e in taken):
                    add(Named(city.id, para.text[start:end], para.number))  # 'in Islamabad', also a government's alias
            elif government.id not in governed:
                governed[government.id] = Named(government.id, para.text[start:end], para.number)
    # A capital that stands for its government ('Baghdad could resort to force') names the government, unless the
    # article also names the city as a place: one spelling used both ways is left to the editor.
    for government_id, named in governed.items():
        if government_id not in placed:
            add(named)
    return list(found.values())


_POSSESSIVE = re.compile("\\w['\\u2019]s\\b")


def _capitals(text: str, index: NameIndex) -> list[tuple[int, int, Known, Known]]:
    """(start, end, government, city) of each capital named in ``text`` whose country has one government on file;
    the city is its place record, or a stand-in with no id where there is none."""
    if not index.capitals:
        return []
    tokens = key_tokens(text)
    out = []
    i = 0
    while i < len(tokens):
        for n in (2, 1):
            window = tokens[i : i + n]
            if len(window) < n:
                continue
            start, end = window[0][1], window[-1][2]
            government = index.government_of(text[start:end])
            if government is None:
                continue
            cities = [k for k in index.by_key.get(name_key(text[start:end]), ()) if k.kind == "city"]
            city = cities[0] if len(cities) == 1 else Known("", "place", "city", text[start:end])
            # (not in the possessive: "Baghdad's Green Zone" is the city, "Baghdad's decision" its government)
            if not _not_the_city(text, start, end, city) and not _POSSESSIVE.search(text, start, end + 3):
                out.append((start, end, government, city))
            i += n - 1
            break
        i += 1
    return out


_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
_GENERIC_HEADS = frozenset(ORG_WORDS)
_ADJECTIVE = re.compile(r"(?:i|ian|ean|ese|ish|ite)$")
_GAP = re.compile(r"[ \u00a0]+(?:(?:al|el|Al|El)[ \u00a0-])?|-")


@dataclass
class _Near:
    """Names on file by their words (bodies) and by their consonants (spellings), for names nearly the same."""

    bags: dict[str, list[tuple[frozenset[str], Known]]]
    spellings: dict[tuple[str, ...], set[tuple[str, Known]]]

    @classmethod
    def of(cls, index: NameIndex) -> _Near:
        bags: dict[str, list[tuple[frozenset[str], Known]]] = {}
        for bag, knowns in index.by_bag.items():
            for known in knowns:
                for word in bag:
                    bags.setdefault(word, []).append((bag, known))
        spellings: dict[tuple[str, ...], set[tuple[str, Known]]] = {}
        for key, knowns in index.by_key.items():
            words = key.split(" ")
            sig = tuple(consonants(w) for w in words)
            # two or three words, or one Arabic-script word of three consonants or more ('داعش' for 'Daesh')
            several = 2 <= len(words) <= 3 and all(len(c) >= 2 for c in sig)
            single = len(words) == 1 and bool(_ARABIC_LETTER.search(key)) and len(sig[0]) >= 3
            if several or single:
                for known in knowns:
                    if known.type in ("actor", "group") and (several or not known.person):
                        spellings.setdefault(sig, set()).add((key, known))
        return cls(bags, spellings)

    def find(self, text: str, taken: list[tuple[int, int]], index: NameIndex) -> list[tuple[int, int, Known, str]]:
        """(start, end, record, why) of names in ``text`` that are nearly a record's; why is '' when certain."""
        tokens = key_tokens(text)
        out: list[tuple[int, int, Known, str]] = []
        for n in (4, 3, 2, 1):
            for i in range(len(tokens) - n + 1):
                window = tokens[i : i + n]
                start, end = window[0][1], window[-1][2]
                if (
                    window[0][0] in FUNCTION_WORDS  # 'The Syrian Defense Ministry' is named from 'Syrian'
                    or any(s < end and start < e for s, e in taken)
                    or not _one_name(text, window)
                ):
                    continue
                if i + n < len(tokens) and is_country_name(text[tokens[i + n][1] : tokens[i + n][2]]):
                    # ('رژیم اشغالگر ترکیه', the occupying regime of Turkey): in construct with a country's name, the
                    # words name that country's body, not a record whose name has one word more ('رژیم اشغالگر قدس')
                    continue
                words = [w for w, _, _ in window]
                words[0] = index.first_forms(words[0])[-1]  # 'للحرس' -> 'حرس'
                if " ".join(words) in index.by_key:
                    continue  # a name on file as written: the scan above has taken or refused it
                if n == 1:
                    # one word: only a Latin-script name of five letters or more, as another script writes it
                    word = words[0]
                    latin = len(word) >= 5 and word.isascii() and not _ADJECTIVE.search(word)  # not 'Israeli'
                    hit = self._spelling(words, across=True) if latin else None
                else:
                    hit = self._body(words, text, start, end) or self._spelling(words)
                if hit:
                    out.append((start, end, *hit))
                    taken.append((start, end))
        return out

    def _body(self, words: list[str], text: str, start: int, end: int) -> tuple[Known, str] | None:
        bag = name_bag(" ".join(words))
        if len(bag) < 2:
            return None
        same: set[Known] = set()
        fewer: dict[Known, None] = {}
        for other, known in self.bags.get(next(iter(bag)), []):
            if other == bag:
                same.add(known)
            elif bag < other and len(other) == len(bag) + 1 and len(bag) >= 2:
                fewer[known] = None
        if len(same) == 1 and _whole(text, start, end):
            return next(iter(same)), ""  # the same words in another order or spelling
        if len(fewer) == 1 and not bag <= _GENERIC_HEADS:
            # (not when every word kept is a kind of body: 'News Agency' in 'French News Agency' lacks the one word
            # that names 'Shafaq News Agency')
            known = next(iter(fewer))
            return known, f"the words of \u2018{known.name}\u2019 but one"
        return None

    def _spelling(self, words: list[str], across: bool = False) -> tuple[Known, str] | None:
        sig = tuple(consonants(w) for w in words)
        written = " ".join(words)
        matches = {
            (key, k)
            for key, k in self.spellings.get(sig, ())
            if key != written and (not across or key.isascii() != written.isascii())
        }
        if len({k for _, k in matches}) == 1:
            key, known = sorted(matches, key=lambda m: m[0])[0]
            shown = (
                known.name if key.isascii() or not written.isascii() else f"{key}\u2019, a name of \u2018{known.name}"
            )
            return known, f"may be another spelling of \u2018{shown}\u2019"
        return None


def _one_name(text: str, window: list[tuple[str, int, int]]) -> bool:
    """Whether the words are one name: joined by spaces only, and in Latin script all capitalised."""
    for (_, _, end), (_, start, _) in pairwise(window):
        if not _GAP.fullmatch(text[end:start]):
            return False
    if text[window[0][1] : window[-1][2]].isascii():
        # capitalised, but for the small words inside a name: 'Ministry of Interior'
        inner = {i for i, (w, _, _) in enumerate(window) if w in CONNECTORS and 0 < i < len(window) - 1}
        return all(text[s].isupper() for i, (_, s, _) in enumerate(window) if i not in inner)
    return True


def _whole(text: str, start: int, end: int) -> bool:
    """Whether a Latin-script name stands whole, with no capitalised word joined before or after it."""
    if not text[start:end].isascii():
        return True
    before = re.search(r"([A-Z][\w'\u2019-]*)[ \u00a0]$", text[:start])
    after = re.match(r"[ \u00a0][A-Z]", text[end:])
    return not after and not (before and before.group(1).lower() not in FUNCTION_WORDS)


# The region around a city, named after it: 'the Damascus countryside', 'the countryside of Aleppo', 'Homs province';
# and the last words of an institution's name: 'the Gulf Institute in Washington', 'the American University in Cairo'.
_REGION_AFTER = re.compile(r"[ \u00a0]+(?:countryside|province|governorate)\b", re.IGNORECASE)
_REGION_BEFORE = re.compile(
    r"\b(?:(?i:countryside|province|governorate)[ \u00a0]+of|"
    r"(?:Institute|University|Center|Centre|Foundation|College|Forum)[ \u00a0]+in)[ \u00a0]+$"
)


# An Arabic-script word with the article that ends in the nisba ('السوداني', 'العراقي'), and a word with the article
# (as written: search folding drops the article): a definite noun and the adjective of origin that agrees with it
# ('الجيش السوداني', the Sudanese army).
_NISBA_WITH_ARTICLE = re.compile("^(?:\u0648|\u0641)?\u0627\u0644\\S+[\u064a\u0649\u06cc]$")
_WITH_ARTICLE = re.compile("^(?:\u0648|\u0641|\u0628|\u0644)?\u0627\u0644\\S{2,}$")


# Honorifics and ranks, folded, before a family name ('الشيخ السوداني', 'العميد السوداني'): the man, not an adjective;
# not 'اللواء', also 'the brigade' ('اللواء السوداني', the Sudanese brigade).
_TITLES_BEFORE_A_NAME = (HONORIFICS_AR | RANKS) - {fold_words("\u0627\u0644\u0644\u0648\u0627\u0621")}


def adjective_of_the_noun_before(text: str, start: int, end: int, known: Known) -> bool:
    """Whether a person's one-word family name on file that is also an adjective of origin ('السوداني', al-Sudani)
    stands here as that adjective: right after a definite noun it agrees with ('الجيش السوداني', the Sudanese army;
    not 'حكومة السوداني', al-Sudani's government, after a noun with no article; nor after an honorific or a rank,
    'الشيخ السوداني', 'العميد السوداني', which names the man)."""
    words = text[start:end].split()
    if not known.person or len(words) != 1 or not _NISBA_WITH_ARTICLE.match(words[0]):
        return False
    before = text[max(0, start - 40) : start]
    if not before[-1:].isspace():
        return False
    # (the noun may open a quotation: '"الجيش السوداني ليس ...')
    previous = [w.lstrip("\"'\u201c\u201d\u00ab\u00bb(") for w in before.split()[-1:]]
    if not previous or not _WITH_ARTICLE.match(previous[0]):
        return False
    return fold_words(previous[0]).removeprefix("\u0648") not in _TITLES_BEFORE_A_NAME


def _not_the_city(text: str, start: int, end: int, known: Known) -> bool:
    """Whether a city's name is here the name of the region around it or part of an institution's, not the city."""
    if known.type != "place" or known.kind != "city":
        return False
    # (and the Arabic or Persian head of a construct before it: 'مطار بغداد', 'جامعة بغداد', 'فرودگاه بغداد' are
    # Baghdad's airport and university, neither the city nor its government)
    before = text[max(0, start - 30) : start].split()
    if before and fold(before[-1]) in CONSTRUCT_HEADS:
        return True
    return bool(_REGION_AFTER.match(text, end) or _REGION_BEFORE.search(text, max(0, start - 30), start))


def named_as_place(text: str, start: int, end: int, known: Known, index: NameIndex) -> bool:
    """Whether a name found in ``text`` names its record as it is: always, except a city not named as a place."""
    if known.type != "place" or known.kind != "city":
        return True
    if _not_the_city(text, start, end, known):
        return False  # 'the Damascus countryside': another place than the city
    before = text[:start]
    if not before.strip() and re.match(r"\s*[,/(:\u2013\u2014-]|\s*$", text[end:]):
        return True  # a dateline: 'DAMASCUS/TEHRAN –', 'Damascus, SANA', 'ISLAMABAD:', 'دمشق - '
    words = before.split()
    previous = words[-1].strip("\u00ab\u201c\"'(") if words else ""
    if previous.isascii():
        if previous.lower() == "to" and len(words) > 1 and words[-2].lower() in _ENVOYS:
            return False  # 'ambassador to Washington': the envoy is sent to a government
        return previous.lower() in _PLACE_BEFORE or _listed_after_a_place(before)
    if fold(previous) in _PLACE_BEFORE_ARABIC:
        return True
    first = key_tokens(text[start:end])[0][0]  # as written: 'بحلب' is not a name on file, 'بغداد' is
    return first not in index.by_first_word and first.startswith(_PLACE_CLITICS)


def _listed_after_a_place(before: str) -> bool:
    """Whether the text before a name ends a list of names that a preposition of place opens ('in Aleppo and ')."""
    rest = before[-300:]
    for _ in range(8):
        separator = _LIST_SEPARATOR.search(rest)
        name = separator and _NAME_BEFORE.search(rest, 0, separator.start())
        if not name:
            return False
        rest = rest[: name.start()]
        words = rest.split()
        if words and words[-1].lower() in _PLACE_BEFORE:
            return True
    return False


def named_note(named: list[Named], linked: set[str]) -> str:
    """The sentences for a draft's notes: the records named in the article that the draft does not link yet."""
    sure = [n for n in named if n.id not in linked and not n.why]
    maybe = [n for n in named if n.id not in linked and n.why]
    note = ""
    if sure:
        note += f" {NAMED_ON_FILE} " + "; ".join(f"`{n.id}` (¶{n.paragraph} \u2018{n.words}\u2019)" for n in sure) + "."
    if maybe:
        note += (
            f" {NAMED_MAYBE} "
            + "; ".join(f"`{n.id}` (¶{n.paragraph} \u2018{n.words}\u2019: {n.why})" for n in maybe)
            + "."
        )
    return note
