"""Names: matching them to records, and finding them in running text.

Two names are the same when they agree case-insensitively once diacritics,
hyphens, possessive 's, a leading 'the' and the Arabic article 'al-'/'el-' are
set aside: 'Al-Zurfi', 'al Zurfi' and 'Zurfi' share the key 'zurfi'. Arabic-script
words are folded as search folds them (letter forms, alef forms, tatweel, zero-width
non-joiners, the article ال): 'الزرفي' and 'زرفی' share a key too, and so do 'حزب الله' and 'حزبالله', a name
compounded with Allah written apart or joined. Short
all-capital names (US, IRGC) only match in capitals, so 'us' in a sentence is
not the United States. A country on file with its Wikidata id is also found by its names in other
languages and scripts (:mod:`generator.draft.territories`), a province by 'X Governorate' and plain 'X'.

A name found in text counts only where it stands whole (:meth:`NameIndex.scan`): not as a piece of a
longer name ('Damascus International Airport', 'South Lebanon', 'Haidar al-Abadi', 'ريف دمشق'), not in
an adjective ('Iran-backed', 'pro-Iran', the Arabic 'الصراع القائم' 'the ongoing conflict'), and an outlet
called by a common noun ('الشرق الأوسط', also 'the Middle East') only where the text calls it an outlet.
Arabic proclitics are set aside ('وإيران', 'للحرس الثوري').

In running text a name is a run of capitalised words, joined by the small
words names contain ('of', 'the', 'bin', 'al-'), with titles ('Interior
Minister', 'Colonel', 'Sheikh') split off in front. A capitalised word that
only opens a sentence ('Residents', 'Lawmakers') is not taken for a name
unless another capitalised word follows it or it appears capitalised
elsewhere in the text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache

from rigour.territories import lookup_territory
from rigour.text.distance import levenshtein

from generator.alternation import alternation
from generator.draft.proposals import consonants, name_bag
from generator.draft.territories import (
    PERSIAN_LETTERS,
    arabic_script_state_names,
    capital_names,
    capital_states,
    is_country_name,
    names_a_state,
    territory_code,
    territory_names,
)
from generator.draft.text import SHORT_TITLES
from generator.draft.verbs import (
    DAYS,
    HEADLINE_VERBS,
    ISSUED_A_WRITING,
    MONTHS,
    OCCASION_PHRASE,
    QUOTED_AS,
    SAYING_VERBS,
    TRAILING_WORDS,
    find_verbs,
)
from generator.folding import fold as search_fold
from generator.model.corpus import Corpus
from generator.weekdays import WEEKDAY_NAMES

_APOSTROPHES = str.maketrans(dict.fromkeys("‘’ʼ′`´", "'"))
_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_ARTICLES = frozenset({"al", "el"})


# Tatweel and the zero-width (non-)joiners are not word breaks: 'نمی\u200cخواهد' is one word. They become
# tatweel here, one character for one, and are dropped from each word.
_JOINERS = str.maketrans({"\u200c": "\u0640", "\u200d": "\u0640"})


# Names compounded with 'Allah' are written apart or joined, in both languages and often in one article: 'حزب
# الله' and 'حزبالله' (Hezbollah), 'عبد الله' and 'عبدالله', 'آیت الله' and 'آیت\u200cالله'. A joined word is read
# as the two words, so every spelling has one key. One letter before it is a proclitic ('والله', 'بالله'), not a
# name.
_WITH_ALLAH = re.compile("([^\\W\\d_]+?)\u0640*+(\u0627\u0644\u0644\u0647)")


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_APOSTROPHES).translate(_JOINERS)


def _letters(word: str) -> str:
    """A word's letter forms folded as search folds them (ي/ی, ك/ک, ة/ه, alef forms; the article ال written on)."""
    if word.isascii():
        return word
    return search_fold(word).replace(" ", "") or word


def key_tokens(text: str) -> list[tuple[str, int, int]]:
    """The words of ``text`` as keys with their offsets: lowercase, no diacritics, no possessive, no 'al'.

    NFKD keeps one character per character for the scripts we meet, so the
    offsets of the plain form are those of ``text``.
    """
    plain = _plain(text)
    if len(plain) != len(text):  # a character decomposed into two: fall back to per-character folding
        plain = "".join(_plain(c)[:1] or c for c in text)
    out = []
    for m in _TOKEN.finditer(plain.lower()):
        word = re.sub(r"'s$", "", m.group())
        if word in _ARTICLES:
            continue
        allah = _WITH_ALLAH.fullmatch(word)
        if allah and len(_letters(allah.group(1))) >= 2:
            cut = m.start() + allah.start(2)
            out.append((_letters(allah.group(1)), m.start(), cut))
            out.append((_letters(allah.group(2)), cut, m.end()))
            continue
        letters = _letters(word.replace("'", ""))
        out.append((KUNYA_SPELLINGS.get(letters, letters), m.start(), m.end()))
    return out


# A kunya's Latin spellings, each with the key it is read under: 'Abu' and French-style 'Abou', 'Abo', and 'Abul',
# 'Aboul', 'Abol', 'Abil' (Abu with the article run on, 'Abul Fadl' for 'Abu al-Fadl', whose 'al' no key keeps), one
# key 'abu'; and 'Umm': one man or woman however a page spells them. One list for the name keys, for the names that
# open with a kunya (_KUNYA) and for a person named by the kunya alone (discourse.py, KUNYA_KEYS).
KUNYA_SPELLINGS = {**dict.fromkeys(("abu", "abou", "abo", "abul", "aboul", "abol", "abil"), "abu"), "umm": "umm"}
KUNYA_KEYS = frozenset(KUNYA_SPELLINGS.values())


def name_key(text: str) -> str:
    """'Abdul Rahman Al-Jazairi' -> 'abdul rahman jazairi'; 'The New Arab‘s' -> 'new arab'."""
    words = [w for w, _, _ in key_tokens(text)]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def is_acronym(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{2,5}", name.strip()))


@dataclass(frozen=True)
class Known:
    """A record that a name in the text may refer to."""

    id: str
    type: str
    kind: str
    name: str

    @property
    def person(self) -> bool:
        return self.type == "actor" and self.kind == "person"

    @property
    def org(self) -> bool:
        return self.type == "group" or (self.type == "actor" and self.kind != "person")


@dataclass
class NameIndex:
    """Every name and alias of the groups, actors, places and events on record, by key.

    Besides the keys themselves it keeps every ending of two words or more
    ('interior ministry' of 'velorian interior ministry') and every last word
    of a person's name, so that each lookup is a dictionary access however
    large the corpus.
    """

    by_key: dict[str, set[Known]] = field(default_factory=dict)
    acronyms: dict[str, str] = field(default_factory=dict)
    """Key -> the name in capitals, for names that only match written in capitals."""
    by_suffix: dict[str, set[Known]] = field(default_factory=dict)
    by_surname: dict[str, set[Known]] = field(default_factory=dict)
    by_full_name_end: dict[str, set[Known]] = field(default_factory=dict)
    """Last word -> the persons on file under a name of two words or more ending with it ('التميمي' for 'مثنى
    التميمي'), to tell their full name is on file without a pass over every key."""
    by_bag: dict[frozenset[str], set[Known]] = field(default_factory=dict)
    """A name's words in any order and spelling ('Ministry of Defense', "Iraq's defence ministry"), for bodies."""
    by_first_word: dict[str, set[str]] = field(default_factory=dict)
    """First word -> the keys that start with it, for scanning text."""
    endings: dict[str, set[str]] = field(default_factory=dict)
    """Key -> the last letters of the names written with it, to tell 'سوریه' (Syria) from 'السورية' (Syrian)."""
    bare: set[str] = field(default_factory=set)
    """Keys of Arabic-script names on file written without the article ('بغداد اليوم', not 'الأول')."""
    capitals: dict[str, Known] = field(default_factory=dict)
    """Key of a capital's name -> the one government on file of its country ('Baghdad' -> the Iraqi government)."""
    nationals: dict[tuple[str, Known], set[str]] = field(default_factory=dict)
    """(key, record) -> the adjectives of nationality a name on file puts before that key ('taliban' -> {'afghan'} by
    the alias 'Afghan Taliban'): another such adjective before the key names another body ('Pakistani Taliban')."""
    states: dict[str, str] = field(default_factory=dict)
    """Record id -> the code of the state whose body or person the record is, by its ``country`` ('iraqi-parliament'
    -> 'iq'): what :meth:`of_another_state` reads."""

    @classmethod
    def of(cls, corpus: Corpus) -> NameIndex:
        index = cls()
        countries: list[tuple[Known, list[str]]] = []
        provinces: list[Known] = []
        governments: dict[str, set[Known]] = {}
        for type_name in ("group", "actor", "place", "event"):
            for record in corpus.of_type(type_name):
                known = Known(record.id, type_name, getattr(record, "kind", "") or "", record.label)
                names = [record.label] + [a.name for a in getattr(record, "aliases", [])]
                for name in names:
                    index.add(name, known)
                if type_name == "place" and known.kind == "province":
                    provinces.append(known)
                same_as = list(getattr(record, "same_as", []))
                extra = territory_names(same_as)
                if extra:
                    countries.append((known, extra))
                country_record = corpus.get(getattr(record, "country", None) or "")
                state = territory_code(getattr(country_record, "same_as", []))
                if state is not None and type_name in ("actor", "group"):
                    index.states[record.id] = state
                if known.kind == "government":
                    country = corpus.get(getattr(record, "country", None) or "")
                    same_as += list(getattr(country, "same_as", []))
                    for capital in capital_names(same_as):
                        governments.setdefault(capital, set()).add(known)
        for capital, knowns in governments.items():
            if len(knowns) == 1:  # two governments of one country on file: the capital speaks for neither
                for form in {capital.replace("\u200c", " "), capital.replace("\u200c", "")}:  # the non-joiner, as typed
                    index.capitals[name_key(form)] = next(iter(knowns))
        # A country's names in other languages and scripts ('الولايات المتحدة', 'ایالات متحده', 'U.S.'), from
        # reference data, for the record that carries its Wikidata id; a record's own names and aliases win
        # where the two share a key, so a reference name never makes a name on file ambiguous.
        for known, extra in countries:
            for name in extra:
                if name_key(name) not in index.by_key:
                    index.add(name, known)
        # A province on file as 'Nineveh province' is also written 'Nineveh Governorate' (the official word in
        # Iraq and Syria) and plain 'Nineveh'; each where no record has that name already (the city of
        # Karbala keeps 'Karbala').
        for known in provinces:
            stem = re.sub(r"(?<!\s)\s+(?:province|governorate)$", "", known.name, flags=re.IGNORECASE)
            for name in (stem, f"{stem} Governorate", f"{stem} Province"):
                if stem != known.name and name_key(name) not in index.by_key:
                    index.add(name, known)
        return index

    def add(self, name: str, known: Known) -> None:
        if "\u200c" in name:
            # a Persian name with a zero-width non-joiner ('خزانه\u200cداری') is as often typed with a space; the
            # key of the joined form ('خزانهداری', the non-joiner lost) is this name's own
            self.add(name.replace("\u200c", " "), known)
        key = name_key(name)
        if not key:
            return
        self.by_key.setdefault(key, set()).add(known)
        self.endings.setdefault(key, set()).add(name.strip()[-1:])
        if not name.isascii() and not name.strip().startswith("\u0627\u0644"):
            self.bare.add(key)
        words = key.split(" ")
        self.by_first_word.setdefault(words[0], set()).add(key)
        if key.isascii():
            # An English name drops its modifiers in front ('the interior ministry'); an Arabic or Persian one
            # opens with its head noun, and its ending names something else ('كتائب حزب الله', Kataib
            # Hezbollah, ends with 'حزب الله', Hezbollah).
            for i in range(len(words) - 1):
                self.by_suffix.setdefault(" ".join(words[i:]), set()).add(known)
            if len(words) > 1 and _NATIONALITY.search(words[0]) and words[0] not in FUNCTION_WORDS:
                self.nationals.setdefault((" ".join(words[1:]), known), set()).add(words[0])
        if known.person:
            self.by_surname.setdefault(words[-1], set()).add(known)
            if len(words) > 1:
                self.by_full_name_end.setdefault(words[-1], set()).add(known)
        else:
            bag = name_bag(name)
            if len(bag) >= 2:
                self.by_bag.setdefault(bag, set()).add(known)
        if is_acronym(name):
            self.acronyms[key] = name.strip()

    def with_names(self, names: tuple[str, ...], known: Known) -> NameIndex:
        """A copy of the index that also calls ``known`` by ``names``: what one article calls a record for short
        (Persian 'سپاه', the corps, for the Guards in an article about Iran), which is no alias of it elsewhere."""
        out = NameIndex(
            by_key={k: set(v) for k, v in self.by_key.items()},
            acronyms=dict(self.acronyms),
            by_suffix={k: set(v) for k, v in self.by_suffix.items()},
            by_surname={k: set(v) for k, v in self.by_surname.items()},
            by_full_name_end={k: set(v) for k, v in self.by_full_name_end.items()},
            by_bag={k: set(v) for k, v in self.by_bag.items()},
            by_first_word={k: set(v) for k, v in self.by_first_word.items()},
            endings={k: set(v) for k, v in self.endings.items()},
            bare=set(self.bare),
            capitals=dict(self.capitals),
            nationals={k: set(v) for k, v in self.nationals.items()},
            states=dict(self.states),
        )
        for name in names:
            out.add(name, known)
        return out

    def lookup(self, name: str, types: tuple[str, ...] = ("actor", "group")) -> Known | None:
        """The one record of ``types`` called ``name`` (name or alias), else None."""
        key = name_key(name)
        if key in self.acronyms and self.acronyms[key] != name.strip():
            return None
        found = _one(self.by_key.get(key, ()), types)
        if found is not None and found.kind == "outlet" and not self._outlet_as_written(name, key):
            return None
        if found is None and key and not key.isascii():
            # a proclitic on the first word: 'للحرس الثوري' (for the Revolutionary Guard) is 'الحرس الثوري'
            first, _, rest = key.partition(" ")
            for form in self.first_forms(first)[1:]:
                found = found or _one(self.by_key.get(f"{form} {rest}".strip(), ()), types)
        return found

    def of_another_state(self, known: Known, words: str, states: set[str]) -> bool:
        """Whether a body on file as one state's is named in ``words`` that name no state ('مجلس النواب', the House of
        Representatives, on file for Iraq's parliament) in an article that names states (``states``, by code: see
        :func:`article_states`) and not its own: many states have a body so called, and the article's is another
        state's ('مجلس النواب' of an article about Libya is Libya's). Where the article names no state, or its own
        among others, nothing says against the record."""
        state = self.states.get(known.id)
        if state is None or not known.org or not states:
            return False
        return state not in {s.split("-")[0] for s in states} and not states_named(words)

    def government_of(self, name: str) -> Known | None:
        """The government a capital's name stands for ('Tehran', 'واشنطن'), where its country has one on file."""
        first, _, rest = name_key(name).partition(" ")
        return next(
            (self.capitals[k] for k in (f"{f} {rest}".strip() for f in self.first_forms(first)) if k in self.capitals),
            None,
        )

    def _outlet_as_written(self, name: str, key: str) -> bool:
        """Whether an outlet's name is written as on file: 'أول' (first) is not the outlet 'الأول'."""
        return name.isascii() or key in self.bare or name.strip().startswith("\u0627\u0644")

    def lookup_suffix(self, phrase: str, types: tuple[str, ...] = ("actor", "group")) -> Known | None:
        """The one record whose name ends with ``phrase`` of two words or more: 'the interior ministry'."""
        key = name_key(phrase)
        if " " not in key:
            return None
        return _one(self.by_suffix.get(key, set()) | self.by_key.get(key, set()), types)

    def lookup_bag(self, phrase: str, types: tuple[str, ...] = ("actor", "group")) -> Known | None:
        """The one body whose name or alias has the words of ``phrase`` in any order or spelling.

        'Ministry of Defence' and 'defence ministry' of Iraq: "Iraq's Ministry of Defense" finds the record
        called 'Iraqi Ministry of Defence'; two words at least, and only one record may have them.
        """
        bag = name_bag(phrase)
        if len(bag) < 2:
            return None
        return _one(self.by_bag.get(bag, ()), types)

    def lookup_surname(self, word: str) -> Known | None:
        """The one person on record whose name ends with ``word``: 'Marrow' -> Ilse Marrow."""
        key = name_key(word)
        if not key or " " in key:
            return None
        return _one(self.by_surname.get(key, ()), ("actor",))

    def scan(self, text: str) -> list[tuple[int, int, Known]]:
        """Records named in ``text``: (start, end, record), leftmost-longest, never overlapping.

        A name counts only where it stands whole: not as a piece of a longer name ('Damascus International
        Airport', 'South Lebanon', 'ريف دمشق'); see :meth:`_stands_alone`.
        """
        tokens = key_tokens(text)
        words = [t[0] for t in tokens]
        headline = _title_case(text)
        hits: list[tuple[int, int, Known]] = []
        i = 0
        while i < len(words):
            best = None
            for first in self.first_forms(words[i]):
                for key in self.by_first_word.get(first, ()):
                    parts = key.split(" ")
                    n = len(parts)
                    if [first, *words[i + 1 : i + n]] != parts or (best and n <= best[1]):
                        continue
                    start, end = tokens[i][1], tokens[i + n - 1][2]
                    if key in self.acronyms and text[start:end] != self.acronyms[key]:
                        continue
                    knowns = self.by_key[key]
                    if len(knowns) == 1:
                        best = (key, n, start, end, next(iter(knowns)))
                if best:
                    break
            if best and self._stands_alone(text, tokens[i - 1] if i else None, best, headline):
                hits.append((best[2], best[3], best[4]))
                i += best[1]
            else:
                i += 1
        return hits

    def _full_name_ends_with(self, known: Known, surname: str) -> bool:
        """Whether a name of two words or more on file for ``known`` ends with ``surname`` (a key)."""
        return known in self.by_full_name_end.get(surname, ())

    def first_forms(self, word: str) -> list[str]:
        """The word, and for an Arabic-script word that names nothing, the word without a proclitic.

        Arabic writes 'and', 'for', 'by', 'so' and 'like' (و ل ب ف ك) on the next word: 'وإيران', 'للحرس
        الثوري' ('for the Revolutionary Guard'), 'بالعراق'. Only a first word is tried so, and only when it
        names nothing as written ('لبنان' is Lebanon, not 'ل' + 'بنان').
        """
        if word in self.by_first_word or word.isascii():
            return [word]
        forms = [word]
        for clitic in _PROCLITICS:
            rest = word[len(clitic) :]
            if word.startswith(clitic) and len(rest) >= 3:
                folded = _letters(rest)
                if folded in self.by_first_word and folded not in forms:
                    forms.append(folded)
        return forms

    @staticmethod
    def _another_name_with_article(text: str, start: int, known: Known) -> bool:
        """Whether the one-word name at ``start`` has an article written onto it and a name's word before that:
        'Maher al-|Assad', 'Ein al-|Assad base'. Such a word ends a longer name (another person's, a place's); a title
        or a common word before the article leaves it the name on file ('President al-Assad', 'said al-Assad'), and
        so does the record's own given name in another spelling ('Moqtada al-Sadr' for Muqtada al-Sadr)."""
        before = _WORD_AND_ARTICLE.search(text, max(0, start - 40), start)
        if before is None:
            return False
        word = before.group(1)
        if not is_name_word(word) or _ENDS_POSSESSIVE.search(word) or word.isupper():
            return False
        if word.lower() in FUNCTION_WORDS | TITLES | CALENDAR | CONNECTORS:
            return False
        if _NATIONALITY.search(word) and not (given_or_family_name(word) or word.lower() in _PLACE_NAME_OPENINGS):
            return False  # a people's word, as in 'the Syrian al-...' (not 'Hadi', 'Wadi', which end alike)
        given = search_fold(known.name).split()[:-1]
        mine = consonants(search_fold(word))
        if not given or any(levenshtein(consonants(g), mine) <= 1 for g in (given[0], "".join(given))):
            return False
        # (a sentence's first word is capitalised whatever it is: only a given name or a place's opening word counts)
        return not _sentence_initial(text, before.start()) or (
            given_or_family_name(word) or word.lower() in _PLACE_NAME_OPENINGS
        )

    def _stands_alone(
        self, text: str, previous: tuple[str, int, int] | None, found: tuple[str, int, int, int, Known], headline: bool
    ) -> bool:
        """Whether a name found in ``text`` names the record, not a longer name that holds it or an ordinary word."""
        key, _, start, end, known = found
        if not text[start:end].isascii():
            before = previous[0] if previous and _adjacent(text, previous[2], start) else ""
            if before in CONSTRUCT_HEADS:
                return False  # 'مطار دمشق' is Damascus airport, 'ريف دمشق' the province around the city
            if before and known.kind != "outlet" and _RELAYED_FROM.search(text[max(0, start - 60) : start]):
                return False  # the last word of an outlet's name: 'به گزارش دیده بان ایران' (per Iran Watch)
            after = _STATE_OF.match(text, end) if key.split(" ")[0] == _STATE_FA else None
            if after and is_country_name(after.group(1)):
                return False  # a state's name: 'دولت اسلامی افغانستان' is Afghanistan's state, not the group
            ends = self.endings.get(key, set())
            if text[end - 1 : end] == "\u0629" and "\u0629" not in ends and ends & {"\u0647", "\u06d5"}:
                return False  # 'السورية' (the adjective 'Syrian') is not 'سوریه' (Syria in Persian)
            written = text[start:end]
            if (
                known.person
                and " " not in key
                and re.match(r"\s+(?:\u0627\u0644|\u0628\u0646\s|\u0627\u0628\u0646\s)", text[end:])
            ):
                return False  # a surname on file as the first name of someone else: 'حيدر العبادي'
            # (a compound name of 'عبد' and a name of God is one name as a single word is: 'عبده عبد الله مجلي' is
            # not Nabil Abdullah, 'نبيل عبد الله', whose name ends with it)
            single = " " not in key or (key.count(" ") == 1 and key.startswith("\u0639\u0628\u062f "))
            if (
                known.person
                and single
                and before
                and not before.startswith("\u0627\u0644")
                and before not in _TITLES_LIKE_NAMES
                and given_or_family_name(before)
                and known not in self.by_key.get(f"{before} {key}", ())
                and self._full_name_ends_with(known, key.split(" ")[-1])
            ):
                # another's given name before a surname on file, whose full name in this script is on file too:
                # 'أنور التميمي' is not Muthanna al-Tamimi (مثنى التميمي); with no such full name, nothing tells
                return False
            if known.kind == "outlet" and (
                written.startswith("\u0627\u0644") or key not in self.bare or before in _PLACE_BEFORE_ARABIC
            ):
                # an outlet called by a common noun with the article is often just that noun ('الأول' 'the
                # first', 'الشرق الأوسط' 'the Middle East'), the more so written without it ('أول أمس', the
                # day before yesterday), and one named after a city is that city after a word of place ('في
                # بغداد اليوم', in Baghdad today): only where the text calls it a newspaper, site or agency, or
                # sets it in quotation marks
                return before in _OUTLET_CUES or text[max(0, start - 2) : start].strip()[-1:] in '"\u00ab\u201c'
            if " " not in key and not known.person and written.startswith("\u0627\u0644") and previous:
                # a word with the article right after another one agrees with it as its adjective: 'الصراع
                # القائم' is 'the ongoing conflict', not the town of al-Qaim ('في القائم', 'قضاء القائم' are)
                prior = text[previous[1] : previous[2]]
                if before and _DEFINITE.match(prior):
                    return False
            if known.person and " " not in key and written.startswith("\u0627\u0644") and written.endswith("\u064a"):
                # a surname on file that is a country's adjective, after a word with the article, agrees with it:
                # 'الجيش السوداني', 'الصحفي السوداني' (the Sudanese army, journalist) are not al-Sudani (a surname
                # that names no country, 'الشيخ الخزعلي', stays his after a title)
                prior = text[previous[1] : previous[2]] if previous else ""
                if before and _DEFINITE.match(prior) and is_country_name(written[:-1]):
                    return False
            return True
        if re.match(r"\.?-[a-z]", text[end : end + 3]) or _PREFIXED.search(text[:start]):
            return False  # an adjective, not a name: 'Iran-backed', 'U.S.-led', 'pro-Iran'
        if _EZAFE.search(text[max(0, start - 30) : start]):
            return False  # the last word of a name joined by an ezafe: 'Tehreek-i-Taliban', 'Jaish-e-Mohammed'
        if headline:
            return True
        # the capitalised words after it, joined by 'of (the)': 'US House of Representatives'
        after = re.match(r"(?:[ \u00a0](?:of[ \u00a0](?:the[ \u00a0])?)?[A-Z][\w\u2019'-]*){1,3}", text[end:])
        if after and any(_POSSESSIVE.sub("", w).lower() in _NAME_HEADS for w in after.group().split()):
            return False  # 'Damascus International Airport', 'US Central Command'
        if known.person and " " not in key:
            nxt = re.match(r"[ \u00a0]+([\w\u2019'-]+)", text[end:])
            if nxt and is_name_word(nxt.group(1)) and nxt.group(1).lower() not in FUNCTION_WORDS | CALENDAR:
                return False  # one name on file, the first of another's: 'Haidar al-Abadi' is not Nizar Haidar
            if self._another_name_with_article(text, start, known):
                return False  # ... or the last, after its article: 'Hafez al-Assad', 'Ein al-Assad' are not Bashar
        prev = re.search(r"([A-Z][\w\u2019'-]*)[ \u00a0]$", text[:start])
        if prev and _EZAFE.search(prev.group(1).rsplit("-", 1)[0] + "-"):
            return False  # a name joined by an ezafe goes on: 'Tehreek-i-Taliban Pakistan'
        if prev and not _sentence_initial(text, prev.start()):
            word = prev.group(1)
            parts = word.lower().split("-")
            if not (
                not is_name_word(word)  # 'Iran-backed Popular Mobilization Forces'
                or word.isupper()  # an acronym: 'the IRGC Quds Force'
                or _ENDS_POSSESSIVE.search(word)
                or any(p in FUNCTION_WORDS | TITLES | CALENDAR | CONNECTORS for p in parts)
                or _NATIONALITY.search(word)  # 'Iranian Revolutionary Guard'
            ):
                return False  # 'South Lebanon', 'West Kurdistan'
        # the record is on file with its own people's adjective ('Afghan Taliban'): another people's before the name
        # is another body of that name ('Pakistani Taliban', the TTP), at a sentence's start too
        nationals = self.nationals.get((key, known), set())
        return not (
            prev and nationals and _another_peoples(prev.group(1), nationals, _sentence_initial(text, prev.start()))
        )


def _another_peoples(word: str, nationals: set[str], initial: bool) -> bool:
    """Whether ``word`` before a name is another people's adjective than the ``nationals`` a record is on file with
    ('Pakistani' before 'Taliban', on file as 'Afghan Taliban'): a state's that the reference data knows, not theirs
    ('Afghanistan' is the Afghans'), or one that ends as such adjectives do, capitalised mid-sentence ('Kesseli'); not
    a people by faith or descent ('Sunni', 'Pashtun'), nor a word capitalised only as a sentence's first ('Veteran')."""
    lower = word.lower()
    if lower in nationals or lower in _PEOPLES or _NATIONALITY.sub("", lower) in _PEOPLES:
        return False  # (the people's adjective too: 'Kurdish', 'Jewish', 'Balochi' of 'kurd', 'jew', 'baloch')
    state = lookup_territory(word) if names_a_state(word) else None
    if state is not None:
        return all(getattr(lookup_territory(n), "code", None) != state.code for n in nationals)
    return not initial and _NATIONALITY.search(word) is not None


def _adjacent(text: str, end: int, start: int) -> bool:
    return text[end:start] in (" ", "\u00a0")


def _title_case(text: str) -> bool:
    """A headline in title case ('Iraq Denies Daesh Attack on Turkish Forces'): every long word capitalised."""
    words = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", text) if len(w) > 3]
    return len(words) >= 4 and len(text.split()) <= 20 and all(w[0].isupper() for w in words)


def _one(knowns, types: tuple[str, ...]) -> Known | None:
    found = {k for k in knowns if k.type in types}
    return next(iter(found)) if len(found) == 1 else None


# --- names in running text ---------------------------------------------------------------------

# Words that open a sentence or clause and are never part of a name.
FUNCTION_WORDS = frozenset(
    "a an the this that these those his her its their our my your he she it they we i you there here "
    "in on at for from with without by to of under over between during after before since until despite "
    "while when whereas as although though if but and or so yet then now also only even not no "
    "some many most several both all each every other another such what which who whom whose why how where "
    "however meanwhile later earlier today yesterday tonight last next first second third "
    "one two three four five six seven eight nine ten asked according back any".split()
)
# Words written before a body's name that describe it and are no part of it: 'the banned Tehreek-e-Taliban
# Pakistan', 'Proscribed TTP' (capitalised when they open a sentence).
NAME_DESCRIPTORS = frozenset(
    "banned proscribed outlawed defunct designated alleged so-called self-styled self-proclaimed dissolved".split()
)
# Titles and offices written before a name; 'Interior Minister Ilse Marrow' -> title 'Interior Minister'.
# ('official' too, as 'ministry official Tomas Grell' is written like 'ministry spokesman ...': so that two officials
# joined by 'and', each with an office before the name, both speak; before, only the second did.)
TITLES = frozenset(
    "mr mrs ms miss dr prof professor sheikh shaykh sayyid sayed imam ayatollah mullah hajji haji hajj sen gov rep "
    "general gen colonel col lieutenant lt major maj captain capt sergeant sgt cpl brig brigadier commander cmdr adm "
    "admiral marshal commodore field official president vice premier prime minister deputy secretary undersecretary "
    "spokesman spokeswoman spokesperson ambassador envoy governor mayor senator congressman congresswoman judge "
    "justice king queen prince princess emir sultan chairman chairwoman chair director chief head leader mp lawmaker "
    "speaker prosecutor attorney commissioner inspector officer superintendent cleric scholar".split()
) | frozenset(SHORT_TITLES)  # (written short, with a stop: 'Amb. Lev Arno', 'Supt. Dario Venn')
HONORIFICS = frozenset("mr mrs ms miss dr prof sheikh shaykh sayyid sayed hajji haji hajj".split())
# Lowercase words that may stand in a title before a name: 'army spokeswoman Colonel Petra Lind'.
TITLE_MODIFIERS = frozenset(
    "former senior deputy acting opposition army military police party group union interior defence defense "
    "foreign finance justice health security intelligence regional provincial local state chief "
    "militia rebel field".split()
)
# ('ul' and 'ud' are the Arabic article as Urdu names write it apart: 'Hizb ul Mujahideen', 'Jamaat ud Dawa'; 'dos',
# 'das', 'los', 'las' the particles of Portuguese and Spanish names, 'ould' the 'son of' of Mauritanian ones: 'Marta
# de los Arnos', 'Sidi ould Dorne'.)
CONNECTORS = frozenset(
    # (and the Dutch 'ten', 'ter' inside a name: 'Lev ten Arno', as 'van der' is)
    "of the al el ul ud bin ibn bint abu de da del della di du dos das los las van von der den ten ter la le "
    "ould".split()
)
# Head words that make a name an organisation, and the kind of record each suggests.
ORG_WORDS = {
    "ministry": ("actor", "ministry"),
    "ministries": ("actor", "ministry"),
    "committee": ("actor", "committee"),
    # (and the plural, a body all the same: 'the Wad Madani Resistance Committees', 'the Popular Committees', 'the
    # Local Coordination Committees'; before, a name of three words or more read as a person's)
    "committees": ("actor", "committee"),
    "commission": ("actor", "committee"),
    "parliament": ("actor", "parliament"),
    "assembly": ("actor", "parliament"),
    "senate": ("actor", "parliament"),
    "congress": ("actor", "parliament"),
    "representatives": ("actor", "parliament"),
    "government": ("actor", "government"),
    "cabinet": ("actor", "government"),
    "presidency": ("actor", "government"),
    "intelligence": ("actor", "intelligence-service"),
    "army": ("actor", "armed-force"),
    "forces": ("actor", "armed-force"),
    # ('Joint Task Force', 'Quick Reaction Force', 'Quds Force': a body of troops, not a person of three names)
    "force": ("actor", "armed-force"),
    "corps": ("actor", "armed-force"),
    "guard": ("actor", "armed-force"),
    "guards": ("actor", "armed-force"),  # ('Revolutionary Guards', 'Border Guards', and 'the Guards' for short)
    "navy": ("actor", "armed-force"),
    "command": ("actor", "armed-force"),
    "staff": ("actor", "armed-force"),  # 'General Staff'
    "police": ("actor", "security-service"),
    "service": ("actor", "security-service"),
    "services": ("actor", "security-service"),
    "agency": ("actor", "agency"),
    "authority": ("actor", "agency"),
    "directorate": ("actor", "agency"),
    "office": ("actor", "agency"),
    "bureau": ("actor", "agency"),
    "department": ("actor", "agency"),
    "wire": ("actor", "outlet"),
    "news": ("actor", "outlet"),
    "net": ("actor", "outlet"),
    "times": ("actor", "outlet"),
    "post": ("actor", "outlet"),
    "herald": ("actor", "outlet"),
    "tribune": ("actor", "outlet"),
    "review": ("actor", "outlet"),
    "ledger": ("actor", "outlet"),
    "press": ("actor", "outlet"),
    "tv": ("actor", "outlet"),
    "television": ("actor", "outlet"),
    "radio": ("actor", "outlet"),
    "channel": ("actor", "outlet"),
    "gazette": ("actor", "outlet"),
    "journal": ("actor", "outlet"),
    "council": ("actor", "organization"),
    "university": ("actor", "organization"),
    "mission": ("actor", "organization"),
    "court": ("actor", "organization"),
    "union": ("actor", "organization"),
    "organisation": ("actor", "organization"),
    "organization": ("actor", "organization"),
    "association": ("actor", "organization"),
    "institute": ("actor", "organization"),
    "foundation": ("actor", "organization"),
    "company": ("actor", "organization"),
    # a business: 'Harold Mills Ltd', 'Burger King Inc', 'Harold Mills Co.', 'Arno Holdings', 'the restaurant chain'
    # (a name of a given name and a word that is also a surname or a title, 'Burger King', 'Jack Daniel', reads as a
    # person's without it)
    **dict.fromkeys(
        (
            *("inc", "incorporated", "ltd", "limited", "llc", "llp", "plc", "co", "corp", "corporation", "gmbh"),
            *("holdings", "industries", "enterprises", "firm", "chain", "retailer"),
        ),
        ("actor", "organization"),
    ),
    "bank": ("actor", "organization"),
    "embassy": ("actor", "organization"),
    # (a state's office in another's city, as its embassy: "Iran's consulate in Erbil said")
    "consulate": ("actor", "organization"),
    "centre": ("actor", "organization"),
    "center": ("actor", "organization"),
    "brigade": ("group", "militia"),
    "brigades": ("group", "militia"),
    "battalion": ("group", "militia"),
    "battalions": ("group", "militia"),
    "militia": ("group", "militia"),
    "militias": ("group", "militia"),
    "faction": ("group", "faction"),
    "factions": ("group", "faction"),
    "party": ("group", "party"),
    "coalition": ("group", "coalition"),
    "alliance": ("group", "coalition"),
    "bloc": ("group", "coalition"),
    "movement": ("group", "movement"),
    "front": ("group", "armed-group"),
    "group": ("group", "armed-group"),
    "network": ("group", "network"),
    "division": ("group", "armed-group"),
    "regiment": ("group", "armed-group"),
    "nations": ("actor", "organization"),
    "league": ("group", "movement"),
    "organizations": ("actor", "organization"),
    "organisations": ("actor", "organization"),
    "units": ("actor", "armed-force"),
    "cell": ("actor", "agency"),  # 'Security Media Cell': a body that speaks for others
    "team": ("actor", "committee"),  # 'the Kessel Monitoring Team': a body of experts, not a person of three names
    # Transliterated Arabic head nouns of bodies, written as the names' first word: 'Asa'ib Ahl al-Haq' (leagues),
    # 'Kata'ib ...' (brigades), 'Saraya ...' (companies), 'Harakat ...' (movement), 'Liwa ...' (brigade), 'Jaish ...'
    # (army), 'Hizb ...' (party); without them such a name of two words or more reads as a person's.
    **dict.fromkeys(("asaib", "kataib", "saraya", "liwa"), ("group", "militia")),
    "harakat": ("group", "movement"),
    **dict.fromkeys(("tehreek", "tehrik", "tahreek", "tahrik"), ("group", "movement")),  # Urdu: 'Tehreek-e-...'
    "jaish": ("group", "armed-group"),
    "jabhat": ("group", "armed-group"),  # (front: 'Jabhat Fatah al-Sham')
    "hizb": ("group", "party"),
    # (soldiers: 'Jund al-Aqsa'; forces: 'Quwat ...')
    "jund": ("group", "armed-group"),
    "quwat": ("group", "armed-group"),
}
ARABIC_BODY_HEADS = frozenset(
    "asaib kataib saraya liwa harakat jaish jabhat hizb tehreek tehrik tahreek tahrik ansar jund quwat".split()
)
# A head noun that is also a given name ('Ansar Abbasi', 'Ansar Ali'): a body's head only with 'Allah' or an Arabic
# article after it, a word between at most (supporters: 'Ansar Allah', 'Ansar al-Islam', 'Ansar Bait al-Maqdis'),
# wherever it stands in the name ('Jamaat Ansar al-Sunna', where another head opens it).
_HEADS_BEFORE_A_PARTICLE = {"ansar": ("group", "movement")}
_HEAD_BEFORE_A_PARTICLE = re.compile(
    r"\b(" + "|".join(_HEADS_BEFORE_A_PARTICLE) + r")[\s-]++(?:[\w'\u2019]++[\s-]++)?(?:(?:[ae]l|ul)[-\s]|allah\b)",
    re.IGNORECASE,
)
# Armed groups news names by one word after the Arabic article, with no head noun: 'al-Shabab' (or 'al-Shabaab'),
# 'al-Qaeda', 'al-Nujaba' (read alone, such a word after 'al-' has the shape of a family name).
_GROUPS_BY_ONE_WORD = {
    "shabab": ("group", "armed-group"),
    "shabaab": ("group", "armed-group"),
    "qaeda": ("group", "armed-group"),
    "qaida": ("group", "armed-group"),
    "nujaba": ("group", "militia"),
    "nusra": ("group", "armed-group"),
}
# Arabic nouns that, after the article, name news outlets ('Al Jazeera', 'Al Arabiya', 'Al Mayadeen', 'Al Manar',
# 'Al Hurra'): the article written apart stays in the name, which is an outlet's (read without it, 'Jazeera' spoke, a
# body of no kind; 'Al' before a surname is still left out, 'Al Vossel said' as 'Vossel').
OUTLETS_BY_ONE_WORD = frozenset(
    "jazeera jazira arabiya arabiyya mayadeen manar alam hurra sumaria sumariya masirah masira ahram akhbar hayat "
    "nahar watan mada ghad iraqiya ikhbariya hadath jadeed".split()
)
PLACE_WORDS = frozenset(
    "province governorate district city town village region gate crossing river valley mountains island "
    "street square camp base airport port republic kingdom emirate state".split()
)
_WORD = re.compile(
    r"(?:Dr|Mr|Mrs|Ms|Prof|Gen|Brig|Col|Lt|Maj|Capt|Sgt|Cpl|Adm|Sen|Rep|Gov|Rev|St|"
    + "|".join(short.capitalize() for short in SHORT_TITLES)
    + r")\.|[^\W_](?:[\w\u2019'\u2018-]|\.(?=\w))*"
)
_NAME_PREFIX = re.compile(
    r"^(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|bint|ben|de|di|da|du|van|von|mc|mac|o)['\u2019-]?(?=[A-Z])"
)
_POSSESSIVE = re.compile(r"['\u2019\u2018]s?$")
_ENDS_POSSESSIVE = re.compile(r"['\u2019\u2018]s$|s['\u2019]$")
# (and the possessive of a plural with no '-s': 'the Kessel People's Front', 'the Women's Union')
_PLURAL_POSSESSIVE = re.compile(r"s['\u2019]$|^(?i:people|men|women|children)['\u2019]s$")
# Words that end a name in a title-case headline: verbs of saying in the present, and the small words.
_HEADLINE_STOPS = (HEADLINE_VERBS | FUNCTION_WORDS) - CONNECTORS
CALENDAR = frozenset(MONTHS.split("|")) | frozenset(DAYS.split("|"))


# Head nouns of longer names that a record's name may follow: a name with one of these after it is that
# longer name, not the record ('Damascus International Airport').
_NAME_HEADS = frozenset(w for w in (*ORG_WORDS, *PLACE_WORDS) if w not in ("republic", "state", "kingdom", "emirate"))
# Arabic and Persian head nouns of a construct (idafa) that make a new name of the place after them: 'مطار
# دمشق' (Damascus airport), 'ريف دمشق' (the Damascus countryside, a province), 'جامعة بغداد', 'معبر القائم'
# (the crossing named after the town), 'فرودگاه دمشق'. Provinces are left out: 'محافظة الأنبار' is the
# province a record 'Anbar' names.
# 'state' in Persian (دولت), folded: the first word of a group's name that is a state's ('دولت اسلامی', the Islamic
# State group), and of a state's own name when a country follows in construct ('دولت اسلامی افغانستان', the Islamic
# State of Afghanistan, the government of the 1990s); not the country as the object after the group ('دولت اسلامی
# عراق را تهدید کرد', threatened Iraq) nor the first of two lands it is named after ('دولت اسلامی عراق و سوریه'). (In
# Arabic a definite noun heads no construct: 'أعلنت الدولة الإسلامية سوريا ...' is the group before its object.)
_STATE_FA = search_fold("دولت")
_STATE_OF = re.compile("\\s+([^\\s.,\u060c:\u061b]++)(?!\\s+(?:\u0631\u0627|\u0648)(?!\\S))")
CONSTRUCT_HEADS = frozenset(
    search_fold(w)
    for w in "ريف مطار جامعة ميناء معبر منفذ قاعدة شارع ساحة فرودگاه دانشگاه بندر گذرگاه پایگاه خیابان میدان".split()
)
# Titles written before a name without the article that name data also lists as given names ('سردار', 'وزير',
# 'ناطق'): before a surname on file they make no other person of it.
_TITLES_LIKE_NAMES = frozenset(
    search_fold(w)
    for w in "أمين زعيم رئيس رئيسة سفير سفيرة قنصل ناطق وزير حاج سيد شيخ ملا مولوی مولانا حجت خانم رئیس رهبر سردار سید شیخ".split()
)
# Words that call what follows an outlet: 'صحيفة الشرق الأوسط', 'موقع "الأول"', 'خبرگزاری مهر'.
_OUTLET_CUES = frozenset(
    search_fold(w)
    for w in "صحيفة جريدة موقع وكالة قناة شبكة مجلة إذاعة روزنامه خبرگزاری سایت شبکه پایگاه نشریه رادیو".split()
)
# An ezafe ('-i-', '-e-', '-ul-') joins the words of Persian and Urdu names: the word after it ends a longer name.
_EZAFE = re.compile(r"[A-Za-z]-(?:i|e|ul|ud|ur|us|ut)-$")
_PREPOSITIONS = "(?:" + "|".join("در از به با برای".split()) + ")"
# Persian 'به گزارش' (as reported by) opens the dateline of a report and an outlet's name follows it: a name on
# file after a word or two there ends that name ('به گزارش دیده بان ایران', per Iran Watch). (Not 'به نقل از',
# citing, which also names people: 'به نقل از سخنگوی وزارت خارجه ایران'.)
_RELAYED_FROM = re.compile(
    "\u0628\u0647 \u06af\u0632\u0627\u0631\u0634(?: (?!"
    + _PREPOSITIONS
    + r"\s)[^\s\u060c\u061b.:,\u00ab\u201c\"]+){1,2} $"
)
# Words after which an outlet named after a city is the city: 'في بغداد اليوم', 'العاصمة بغداد' (folded).
_PLACE_BEFORE_ARABIC = frozenset(
    _letters(w) for w in "في إلى الى داخل قرب مدينة العاصمة عاصمة محافظة در به شهر پایتخت".split()
)
# A lowercase prefix joined by a hyphen makes an adjective of a name ('pro-Iran', 'anti-ISIS'); the article and
# the particles of Arabic names ('al-Qaim', 'bin-') do not.
_PREFIXED = re.compile(r"(?<![\w-])(?!(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|bint)-)[a-z]+-$")
# A definite Arabic word, perhaps with a conjunction and a preposition written on it ('الجيش', 'بالجيش', 'وبالجيش',
# 'للجيش' ('ل' + the article, its alif dropped)): an adjective after it agrees with it, so a name on file written as
# that adjective is the adjective ('مصدر بالجيش السوداني' is a source in the Sudanese army, not al-Sudani). With a
# clitic, a word's letters follow the article: 'والي' (governor), 'والد' (father), 'فالح' (Falih), 'بالغ' (grave)
# only begin as 'و' or 'ب' and the article do ('والي القائم' is al-Qaim's governor, 'فالح العراقي' al-Iraqi).
_DEFINITE = re.compile("\u0627\u0644|[\u0648\u0641]?(?:[\u0628\u0643]?\u0627\u0644|\u0644\u0644)(?=\\w{3})")
# Arabic proclitics, longest first: 'لل' is 'ل' + the article.
_PROCLITICS = (
    "\u0648\u0628\u0627\u0644",
    "\u0648\u0627\u0644",
    "\u0644\u0644",
    "\u0648\u0644",
    "\u0648",
    "\u0641",
    "\u0628",
    "\u0644",
    "\u0643",
)


def _joined_title(word: str) -> bool:
    """A title written as one hyphenated word of titles: 'Vice-President', 'Secretary-General', 'Vice-Chairman'
    ('former Vice-President Lev Arno' names Lev Arno, not 'Vice-President Lev Arno')."""
    parts = word.split("-")
    return len(parts) > 1 and all(part in TITLES for part in parts)


# Title words that are also family names ('Shaukat Sultan', 'Martin King', 'Petra Judge'); not 'prince', which
# 'Crown' (a given name too, to name data) opens as a title.
_TITLES_ALSO_FAMILY_NAMES = frozenset({"sultan", "king", "judge"})
_RANKS = frozenset(
    "gen general col colonel lt lieutenant maj major capt captain brig brigadier sgt cmdr commander adm admiral".split()
)


def _rank_or_honorific(word: str) -> bool:
    """A rank or an honorific a family name follows alone: 'Gen', 'Maj-Gen', 'Dr', 'Mr'."""
    return all(part in _RANKS or part in HONORIFICS for part in word.split("-"))


def _given_name(word: str) -> bool:
    """A word that is a person's name and nothing else: not a title, a body's head noun or a place's."""
    plain = word.lower()
    if plain in TITLES or plain in TITLE_MODIFIERS or plain in ORG_WORDS or plain in FUNCTION_WORDS:
        return False
    return given_or_family_name(word)


# The language of the Arabic-script text being read ('ar', 'fa'; '' for any other): a name typed in the other
# script's yeh and kaf is looked up as its own language writes it (:func:`given_or_family_name`)
_TEXT_LANGUAGE: ContextVar[str] = ContextVar("text_language", default="")
# Persian yeh and kaf as Arabic writes them
_TO_ARABIC_YEH_KAF = str.maketrans("\u06cc\u06a9", "\u064a\u0643")


@contextmanager
def reading_language(language: str) -> Iterator[None]:
    """While an Arabic or Persian text is read: names typed in the other script's letters are known as names."""
    token = _TEXT_LANGUAGE.set(language)
    try:
        yield
    finally:
        _TEXT_LANGUAGE.reset(token)


def given_or_family_name(word: str) -> bool:
    """Whether rigour's name data (from Wikidata) knows ``word`` as a person's given or family name, not a place.

    It decides what a name written alone ('Mahjoub said', 'Reuters reported', 'Ankara denied') most likely
    is when the text gives no title or first name. The data is imperfect ('Ankara' is also a surname), so
    a record drafted on this guess says so in its notes. The data knows an Arabic name in Arabic letters and a Persian
    one in Persian letters: while an Arabic or a Persian text is read (:func:`reading_language`), a word typed in
    the other script's yeh and kaf or in presentation forms ('سامی' in Arabic copy, as Iranian outlets' Arabic services
    type it; 'رامي' in Persian copy; 'ﺳﺎﻣﻲ') is looked up as the text's language writes it. Never the other way:
    Persian 'یکی' (one of) or 'نظامی' (military) in Arabic letters spell names of Arabic.
    """
    return _given_or_family_name(word, _TEXT_LANGUAGE.get())


@cache
def _given_or_family_name(word: str, language: str) -> bool:
    from rigour.names import NameTypeTag, SymbolCategory, analyze_names

    def known(form: str) -> bool:
        categories = {s.symbol.category for n in analyze_names(NameTypeTag.ENT, [form]) for s in n.spans}
        return SymbolCategory.NAME in categories and SymbolCategory.LOCATION not in categories

    if known(word):
        return True
    letters = {"ar": _TO_ARABIC_YEH_KAF, "fa": PERSIAN_LETTERS}.get(language)
    if letters is None:
        return False
    written = unicodedata.normalize("NFKC", word).translate(letters)
    if written != word and known(written):
        return True
    return language == "fa" and _compound_given_name_fa(written.replace("\u200c", ""), known)


# A Persian given name of two parts written as one word, with or without the zero-width non-joiner between them, which
# name data lists only now and then: a word and 'الله' (God) after it ('ذبیح‌الله', 'ذبیحالله', 'انعام‌الله',
# 'حمدالله', 'امرالله'), or one of the usual first parts before another given name ('غلامرضا', 'محمدباقر', 'سیدعباس',
# 'میرحسین'). Not a body's or a title's word before 'الله' ('حزب‌الله', 'انصارالله', 'جندالله', 'ثارالله', 'آیت‌الله'
# a title, 'بقیه‌الله'), nor a phrase of faith ('ان‌شاءالله', 'ماشاءالله', 'بسم‌الله', 'سبحان‌الله', 'رسول‌الله'), nor
# a word with the article ('الحمدلله'); the second part of the other kind three letters at least and a given name.
_GOD_FA = "\u0627\u0644\u0644\u0647"
_NOT_NAMES_BEFORE_GOD_FA = frozenset(
    "حزب انصار جند ثار آیت ایت آیه ایه آیة ایة بقیه بقیة بقیت بسم انشاء انشا ماشاء ماشا سبحان رسول کتاب کلام سبیل فیسبیل "
    "لااله خلق".split()
)
_FIRST_PARTS_FA = ("محمد", "علی", "غلام", "امیر", "میر", "سید", "حسن", "حسین", "مهدی", "رضا")


def _compound_given_name_fa(word: str, known: Callable[[str], bool]) -> bool:
    if word.endswith(_GOD_FA):
        stem = word.removesuffix(_GOD_FA)
        return (
            len(stem) >= 2
            and stem.isalpha()
            and not stem.startswith("\u0627\u0644")
            and (stem not in _NOT_NAMES_BEFORE_GOD_FA)
        )
    return any(
        word.startswith(first) and len(word) - len(first) >= 3 and known(word.removeprefix(first))
        for first in _FIRST_PARTS_FA
    )


# Shapes of names that name data may not list: a kunya or 'Abd' and a name of God ('Abu Fadak', 'Abdulmalik',
# 'عبدالمالک'), a name ending in one ('Inamullah'; not a body's: 'Ansarullah', 'Hizbullah'), and Persian family names made with -nejad, -zadeh, -pour
# ('گنابادی نژاد', 'Qasemzadeh').
_NAME_SHAPE = re.compile(
    "^(?:abd|abu|ibn|bin|\u0639\u0628\u062f|\u0627\u0628\u0648|\u0623\u0628\u0648)"
    "|^(?!ansar|hizb|hezb|jund)\\w{3,}(?:ullah|allah)$"
    "|(?:nejad|nezhad|zadeh|pour|\u0646\u0698\u0627\u062f|\u0632\u0627\u062f\u0647|\u067e\u0648\u0631)$",
    re.IGNORECASE,
)


def looks_like_a_persons_name(name: str) -> bool:
    """Whether a word of ``name`` is a given or family name in rigour's name data, or has the shape of one.

    Words the rules took for a person's name when the text gives no title ('Foreign Policy', 'Islamic Emirates',
    'وسائل إعلام لبنانية' Lebanese media, 'العلاقات الإعلامية' media relations) have none. A last word in -i
    that is no country's adjective is taken for a family name by descent or origin ('Zebari', 'Samangani'). A
    country's name as a whole is none ('Saudi Arabia', 'United Arab Emirates', though 'Saudi' is a family name).
    """
    if has_particle(name) or (len(name.split()) > 1 and lookup_territory(name.strip()) is not None):
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", _plain(name)) if len(w) > 1]
    if any(_NAME_SHAPE.search(w) for w in words):
        return True
    words = [w for w in words if w.lower() not in CONNECTORS]
    for word in words:
        bare = word[2:] if word.startswith("\u0627\u0644") and len(word) > 4 else word  # 'الجعفري'
        if given_or_family_name(word) or (bare != word and given_or_family_name(bare)):
            return True
    last = words[-1] if len(words) >= 2 else ""
    return last.isascii() and len(last) >= 5 and last.endswith("i") and lookup_territory(last) is None


# Arabic and Persian particles, prepositions (with a pronoun written on) and demonstratives: never in a name.
# (Letter forms only, not search's folding, which makes the name 'علي' the word 'على' and 'الله' 'له'.)
_LETTER_FORMS = str.maketrans("\u06cc\u06a9\u0623\u0625\u0622", "\u064a\u0643\u0627\u0627\u0627")
_FUNCTION_WORDS_ARABIC_SCRIPT = frozenset(
    w.translate(_LETTER_FORMS)
    for w in (
        "ما على عليه عليها عليهم عليهما له لها لهم منه منها عنه عنها فيه فيها به بها إن أن التي الذي الذين هذا "
        "هذه ذلك تلك قد لقد لم لن أول آخر "
        "این آن ما او از به در که را با برای پیش پس هم نیز"
    ).split()
)


def has_particle(name: str) -> bool:
    """Whether an Arabic-script name holds a particle, a preposition or a demonstrative, which no name does:
    'عليهما السلام' (peace be upon them), 'ما' (what; in Persian, we)."""
    return any(w.translate(_LETTER_FORMS) in _FUNCTION_WORDS_ARABIC_SCRIPT for w in _plain(name).split())


# Arabic and Persian words for a relative, with 'his' or 'her' written on: 'نجله جواد' is his son Jawad.
_KINSHIP = frozenset(
    _letters(w)
    for w in (
        "نجله نجلها ابنه ابنها ابنته ابنتها شقيقه شقيقها شقيقته شقيقتها أخوه أخيه أخته أختها زوجته زوجها "
        "والده والدها والدته والدتها پسرش دخترش برادرش خواهرش همسرش پدرش مادرش"
    ).split()
)


def without_kinship(name: str) -> str:
    """The name after a word for a relative: 'نجله جواد نصرالله' (his son Jawad Nasrallah) -> 'جواد نصرالله'."""
    first, _, rest = name.strip().partition(" ")
    return rest.strip() if rest.strip() and _letters(first) in _KINSHIP else name


# Tails of a compound adjective or noun after a name: 'Iran-backed', 'Kabul-based', 'Assad-era', 'Taliban-run'.
_ADJECTIVE_TAILS = frozenset("era style type wide like run made born owned bound free only class led held".split())
_HYPHENED = re.compile(r"[A-Z][a-z]+-([a-z]+)")


def _hyphened_surname(word: str) -> bool:
    """A surname whose part after its hyphen is written small, after a name's first word: 'Diondoul Gang-non'; not a
    compound adjective ('Iran-backed', 'Kabul-based', 'Assad-era'), which is_name_word refuses."""
    tail = _HYPHENED.fullmatch(word)
    return tail is not None and not tail.group(1).endswith(("ed", "ing")) and tail.group(1) not in _ADJECTIVE_TAILS


def is_name_word(word: str) -> bool:
    """A capitalised word that can be part of a name: 'Al-Zurfi', 'al-Hadi', 'Watout'; not 'Iran-backed'."""
    bare = _POSSESSIVE.sub("", word)
    if not bare:
        return False
    if "-" in bare and bare.rsplit("-", 1)[1][:1].islower():
        return False
    return bare[0].isupper() or bool(_NAME_PREFIX.match(bare))


@dataclass
class Mention:
    """A name in the text, with any title written before it."""

    text: str
    """The name as written, without title or possessive 's."""
    start: int
    end: int
    title: str = ""
    title_start: int = -1
    possessive: bool = False
    kind: str = "unknown"
    """person, org, place, title (an office with no name) or unknown."""
    org_type: tuple[str, str] | None = None

    @property
    def key(self) -> str:
        return name_key(self.text)

    @property
    def span_start(self) -> int:
        return self.title_start if self.title_start >= 0 else self.start


@dataclass
class Lexicon:
    """What the whole text tells about its words: which appear capitalised mid-sentence, which in lowercase."""

    capitalised: set[str] = field(default_factory=set)
    lowercase: set[str] = field(default_factory=set)
    particled: set[str] = field(default_factory=set)
    """Family names with their particles in small letters, as a full name in the text holds them ('van der venn' of
    'Dara van der Venn'): the same words elsewhere, mid-sentence, are that name ('van der Venn added')."""

    @classmethod
    def of(cls, masked_sentences: list[str]) -> Lexicon:
        lex = cls()
        for sentence in masked_sentences:
            found = list(_WORD.finditer(sentence))
            words = [m.group() for m in found]
            for i, w in enumerate(words):
                bare = _POSSESSIVE.sub("", w)
                if bare[:1].islower() and not is_name_word(bare):
                    lex.lowercase.add(bare)
                # (mid-sentence, or right after a quotation closed on a comma, the sentence's first word once its
                # words in marks are masked: '"...," Hamas said')
                elif i > 0 or _after_a_closed_quotation(sentence, found[i].start()):
                    lex.capitalised.add(name_key(bare))
                if i > 0 and words[i - 1][:1].isupper() and (tail := _particle_tail(words, i)):
                    lex.particled.add(tail)
        return lex

    def opens_a_name(self, words: list[tuple[str, int, int]], i: int) -> bool:
        """Whether a particle in small letters at ``words[i]`` opens a family name the text gives in full (or with a
        capital, as it opens a sentence: 'Ten Arno added', of 'Lev ten Arno'; before, 'Ten' a number)."""
        if not self.particled:
            return False
        plain = [w for w, _, _ in words]
        plain[i] = plain[i][:1].lower() + plain[i][1:]
        return _particle_tail(plain, i) in self.particled


# The particles of European family names, in small letters, that open the family name when it is named alone
# ('Dara van der Venn', then 'van der Venn added'; 'Lev ten Arno', then 'ten Arno said'). (Not the Arabic article
# and 'bin', which news leaves out or keeps as it likes, nor 'la', 'le': see CONNECTORS.)
_FAMILY_PARTICLES = frozenset("van von der den ten ter de da del della di du dos das".split())


def _particle_tail(words: list[str], i: int) -> str:
    """The particles from ``words[i]`` and the capitalised family name after them, in small letters ('van der venn'),
    or '' where ``words[i]`` opens none."""
    k = i
    while k < len(words) and words[k] in _FAMILY_PARTICLES:
        k += 1
    if k == i or k >= len(words) or not words[k][:1].isupper() or words[k].lower() in CONNECTORS:
        return ""
    return " ".join([*words[i:k], _POSSESSIVE.sub("", words[k]).lower()])


def find_mentions(sentence: str, offset: int, lexicon: Lexicon, index: NameIndex) -> list[Mention]:
    """The names in a (masked) sentence, with offsets shifted by ``offset`` into the paragraph."""
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(sentence)]
    # a headline in title case capitalises its verbs and prepositions too: a name ends before them ('Hay'at
    # Tahrir al-Sham | Denies Any Role | In Killing ...')
    stops = _HEADLINE_STOPS if _title_case(sentence) else frozenset()
    mentions: list[Mention] = []
    holder_title: tuple[int, int] | None = None
    i = 0
    while i < len(words):
        word, _, _ = words[i]
        if lexicon.opens_a_name(words, i) or _outlet_with_article(words[i : i + 2]):
            pass  # 'van der Venn added', the family name of 'Dara van der Venn' named before; 'Al Jazeera'
        elif _two_initials_apart(words, i, sentence):
            pass  # 'A. J. Venn': an initial that is also a word ('A') opens the name when another initial follows
        elif not is_name_word(word) or word.lower() in stops or (word.lower() in CONNECTORS and not _kunya(words, i)):
            i += 1
            continue
        j = i
        hearer = _after_told(words, i)
        own_acronym = False
        while j + 1 < len(words):
            gap = sentence[words[j][2] : words[j + 1][1]]
            nxt = words[j + 1][0]
            if gap == ". " and _initial_before(words[j][0], nxt):
                j += 1  # 'J.D. Harlow', 'Dario K. Venn': an initial's stop ends no name
                continue
            if gap == "/" and is_name_word(nxt) and _OFFICE_OF_BEFORE.search(sentence, 0, words[j][1]):
                # 'Director of Army/Public Relations, Brigadier General Lev Arno': one body after an office, as
                # 'Director of Army Public Relations' is (before, 'Public Relations' was a body of its own, read as
                # the speaker of the quotations after it)
                j += 1
                continue
            if gap not in (" ", "\u00a0") or (
                _ENDS_POSSESSIVE.search(words[j][0]) and not _plural_possessive_in_name(words, j, sentence)
            ):
                break
            if nxt.lower() in stops or _DAY.fullmatch(nxt) or _DAY.fullmatch(words[j][0]):
                break  # ('on Tuesday Dario Venn said': a day is no part of a name)
            if j == i and _date_month(words, i, sentence):
                break  # ('On 18 May Dario Venn said': a month after its day's number is a date, not 'May Venn')
            if hearer and is_name_word(nxt) and _hearer_ends(words[j][0], nxt):
                break  # 'told Meridian Wire | Dario Venn denied', 'told Meridian Wire | Colonel Dario Venn denied'
            if j > i and _initials_of(words[i : j + 1]) == nxt.replace(".", ""):
                # 'the Justice and Equality Movement JEM denied': the name's own acronym, with no brackets, is no
                # part of it and no second name beside it (one body denies, not two); with stops too, 'J.E.M.'
                own_acronym = True
                break
            if (is_name_word(nxt) or _hyphened_surname(nxt)) and nxt.lower() not in CONNECTORS:
                office = _holder_after_body(words, i, j, sentence)
                if office is not None:
                    # 'Head of the Kessel Brigade | Lev Arno rejected': the office's holder after its body, whose
                    # title is the office with the body ('head of the Kessel Brigade'), as a title before a name is
                    holder_title = (office, words[j][2])
                    break
                j += 1
                continue
            joined = _for_joins(words, j, sentence)
            if joined:
                j += joined + 1  # 'Abaad Centre for Strategic Studies': 'for' inside a body's name, as 'of' is
                continue
            joined = _and_joins(words, i, j, sentence)
            if joined:
                j += joined  # 'Justice and Equality Movement': 'and' inside a body's name, before its head word
                continue
            # a connector joins two capitalised words: 'State of Law', 'Ministry of the Interior'
            k = j + 1
            while (
                k < len(words) and words[k][0].lower() in CONNECTORS and sentence[words[k - 1][2] : words[k][1]] == " "
            ):
                k += 1
            if (
                k > j + 1
                and k < len(words)
                # 'the' alone joins no name: 'told Meridian Wire | the Kessel Brigade denied'
                and [w.lower() for w, _, _ in words[j + 1 : k]] != ["the"]
                and is_name_word(words[k][0])
                and sentence[words[k - 1][2] : words[k][1]] == " "
                # 'Ministry of Interior | of the Republic of Veloria' (but 'Department of State', 'Secretary of State')
                and (words[k][0].lower() not in PLACE_WORDS or _of_state(words, j, k))
                # 'Saleh Al-Yacoubi | of the Iraqi border guard' (but after an article or a kunya a surname: 'Dario Al
                # Burhan said', 'Sami Abu Kessi said', whose '-i' is no nationality's)
                and (
                    [w.lower() for w, _, _ in words[j + 1 : k]] in (["al"], ["el"], ["abu"], ["bin"], ["ibn"], ["bint"])
                    or not _adjective_before_noun(words, k, sentence)
                )
                and not (words[j + 1][0] == "of" and _known_place(sentence[words[i][1] : words[j][2]], index))
            ):
                j = k
                continue
            if _particle_a(words, j, sentence):
                j += 2  # 'Yahya a Sarie confirmed': 'a' written for the Arabic article inside a name
                continue
            break
        run = words[i : j + 1]
        i = j + 2 if own_acronym else j + 1
        mention = _mention(run, sentence, lexicon, index)
        if holder_title is not None and run[0][1] > holder_title[1]:  # the holder's run, right after the body's
            if mention and mention.kind in ("person", "unknown"):
                mention.title, mention.title_start = sentence[holder_title[0] : holder_title[1]], holder_title[0]
            holder_title = None
        if mention and own_acronym:
            mention.end = words[i - 1][2]  # (the acronym after it is the name's own: the mention reaches over it)
        if mention:
            mention.start += offset
            mention.end += offset
            if mention.title_start >= 0:
                mention.title_start += offset
            mentions.append(mention)
    return mentions


def _initials_of(run: list[tuple[str, int, int]]) -> str:
    """The capitals that open the capitalised words of a name's run ('JEM' of 'Justice and Equality Movement'), or ''
    where a word of it is itself all capitals (an acronym inside a name: 'IRGC Quds Force')."""
    if any(w.isupper() for w, _, _ in run):
        return ""
    return "".join(w[0] for w, _, _ in run if w[:1].isupper())


# A person's initials: 'K', 'J.D' (as the word pattern reads them, less their last stop).
_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])?")
# Initials that shorten a state's or an alliance's name, not a person's: 'U.S. Army' is two names.
_STATE_INITIALS = frozenset({"U.S", "U.K", "U.N", "E.U"})


# An office of a body written before the body's name: 'head of the', 'spokesman for the', 'deputy head of'.
_OFFICE_OF_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(TITLES))})\s+(?:of|for)\s+(?:the\s+)?$", re.IGNORECASE)
# The same office before a body's possessive, whose part then names the office: 'Commander of the Kessel Brigade's |
# Northern Front Lev Arno' (the possessive ends the body's run; the part after it is the one whose head is commanded).
_OFFICE_OF_OWNER_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(TITLES))})\s++(?:of|for)\s++(?:the\s++)?(?-i:[A-Z])[\w-]*+(?:\s++(?-i:[A-Z])[\w-]*+){{0,4}}"
    r"['\u2019]s\s++$",
    re.IGNORECASE,
)


def _holder_after_body(words: list[tuple[str, int, int]], i: int, j: int, sentence: str) -> int | None:
    """Where the office starts when the name run from ``i`` ends at ``j``, the head noun of a body whose office stands
    before it, and the capitalised words after it are its holder's name: 'Head of the Kessel Brigade Lev Arno
    rejected' is the brigade and Lev Arno, as 'Kessel Brigade head Lev Arno' is (not 'the Kessel Brigade Political
    Council', a body of it); None if not."""
    if words[j][0].lower() not in ORG_WORDS:
        return None
    # (the office may open the run, capitalised: 'Head of the Kessel Brigade Lev Arno')
    office = next((o for m in range(i, j + 1) if (o := _OFFICE_OF_BEFORE.search(sentence, 0, words[m][1]))), None)
    if office is None:
        office = _OFFICE_OF_OWNER_BEFORE.search(sentence, max(0, words[i][1] - 120), words[i][1])
    if office is None:
        return None
    k = j + 1
    while k < len(words) and is_name_word(words[k][0]) and sentence[words[k - 1][2] : words[k][1]] == " ":
        if words[k][0].lower() in ORG_WORDS or words[k][0].lower() in TITLES:
            return None
        k += 1
    holder = [w for w, _, _ in words[j + 1 : k]]
    if len(holder) < 2 or not looks_like_a_persons_name(" ".join(holder)):
        return None
    # (the office reaches back over the titles and their modifiers written before it: 'Deputy Head of the Kessel
    # Council', 'Deputy Chief of Staff', whose holder is the deputy, not the head)
    start = office.start()
    while (before := re.search(r"([A-Za-z]++)\s++\Z", sentence[:start])) is not None and before.group(
        1
    ).lower() in TITLES | TITLE_MODIFIERS:
        start = before.start()
    return start


def _date_month(words: list[tuple[str, int, int]], i: int, sentence: str) -> bool:
    """Whether ``words[i]`` is a month's name written after its day's number: '18 May', '3rd March'."""
    if i == 0 or words[i][0].lower() not in CALENDAR or sentence[words[i - 1][2] : words[i][1]] != " ":
        return False
    return re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", words[i - 1][0]) is not None


def _two_initials_apart(words: list[tuple[str, int, int]], i: int, sentence: str) -> bool:
    """Whether ``words[i]`` is an initial followed, after a stop and a space, by a second initial and a name: 'A. J.
    Venn' (not 'grade A. Venn said', one initial that may end a phrase)."""
    if i + 2 >= len(words) or not re.fullmatch(r"[A-Z]", words[i][0]):
        return False
    first_gap = sentence[words[i][2] : words[i + 1][1]]
    second_gap = sentence[words[i + 1][2] : words[i + 2][1]]
    return (
        first_gap == ". "
        and second_gap == ". "
        and re.fullmatch(r"[A-Z]", words[i + 1][0]) is not None
        and _initial_before(words[i + 1][0], words[i + 2][0])
    )


def _initial_before(word: str, nxt: str) -> bool:
    """Whether ``word`` is a person's initial and ``nxt`` the rest of their name: 'J.D. | Harlow', not 'U.S. | Army'."""
    if not _INITIALS.fullmatch(word) or word in _STATE_INITIALS or not is_name_word(nxt):
        return False
    plain = _POSSESSIVE.sub("", nxt).lower()
    return plain not in TITLES and plain not in ORG_WORDS and plain not in PLACE_WORDS and plain not in FUNCTION_WORDS


_DAY = re.compile("|".join(WEEKDAY_NAMES))  # (as written in a name's place)
_TOLD = frozenset({"told", "telling", "tells", "tell"})


def _after_told(words: list[tuple[str, int, int]], i: int) -> bool:
    """Whether the name at word ``i`` is the hearer of 'told' ('told Meridian Wire', 'told the Meridian Wire')."""
    k = i - 1
    while k >= max(0, i - 2) and words[k][0].lower() in CONNECTORS:
        k -= 1  # 'told the Meridian Wire', 'told Al Jazeera'
    return k >= 0 and words[k][0].lower() in _TOLD


def _hearer_ends(word: str, nxt: str) -> bool:
    """Whether the hearer of 'told' ends with ``word``, before ``nxt``: after an outlet's head noun ('Meridian Wire',
    'Kessel TV'), or before a title that opens another name ('Colonel Dario Venn', not 'Foreign Minister')."""
    head = ORG_WORDS.get(word.lower().rstrip("."))
    if head is not None and head[1] == "outlet" and ORG_WORDS.get(nxt.lower(), ("", ""))[1] != "outlet":
        return True
    return nxt.lower() in TITLES and word.lower() not in TITLES and word.lower() not in TITLE_MODIFIERS


def _plural_possessive_in_name(words: list[tuple[str, int, int]], j: int, sentence: str) -> bool:
    """A plural possessive inside a body's name: 'Velorian Workers' Party', 'Martyrs' Brigade', 'Kessel People's
    Liberation Movement' (whose acronym after it, 'KPLM', is then its own, not a second body).

    Such a name ends in a head noun of bodies; read as a possessive, the words would split into a person
    ('Velorian Workers') and a lone 'Party'.
    """
    if not _PLURAL_POSSESSIVE.search(words[j][0]):
        return False
    k = j + 1
    while k < len(words) and sentence[words[k - 1][2] : words[k][1]] == " " and is_name_word(words[k][0]):
        if _POSSESSIVE.sub("", words[k][0]).lower() in ORG_WORDS:
            return True
        k += 1
    return False


# A kunya however spelled, or a patronymic, as it opens a name.
_KUNYA = frozenset(w.capitalize() for w in KUNYA_SPELLINGS) | {"Ibn", "Bin", "Bint"}


def _kunya(words: list[tuple[str, int, int]], i: int) -> bool:
    """A kunya or patronymic that opens a name: 'Abu Karim al-Sayegh', 'Umm Ali' (kept in the name); or another
    particle written with a capital that opens one: 'El Hadi Arno', 'Van der Venn added', 'De la Arno' (before, the
    particle was dropped as a connector inside a name is not, and 'Hadi Arno' or 'Venn' spoke). Not 'Al' written
    apart, which news leaves out when it names the man again ('Al Vossel said', then 'Vossel'): he is read so."""
    if i + 1 >= len(words):
        return False
    # (the name after it may open with the article in lowercase: 'Abu al-Fadl Venn', one man with 'Abul Fadl Venn')
    if words[i][0] in _KUNYA:
        return words[i + 1][0][:1].isupper() or _ARTICLE_THEN_NAME.match(words[i + 1][0]) is not None
    # (not 'Of' and 'The', which open a sentence before a name without being part of it; the particles between
    # in small letters or with capitals too: 'Van der Venn', 'De la Arno', 'Van Der Venn', 'De La Arno')
    if not words[i][0][:1].isupper() or words[i][0].lower() in ("of", "the", "al"):
        return False
    k = i + 1
    while k < len(words) and words[k][0].lower() in CONNECTORS and words[k][0].lower() not in ("of", "the"):
        k += 1
    return k > i + 1 or (k < len(words) and words[k][0][:1].isupper() and words[k][0].lower() not in CONNECTORS)


# (the article as written onto a sun letter too: 'Abu ad-Dahab', 'Abu ash-Shams', 'Abu az-Zubair')
_ARTICLE_THEN_NAME = re.compile(r"(?:[ae]l|ul|ud|[ae](?:[dnrstz]|sh|th|dh))-[A-Z]")


_NATIONALITY = re.compile(r"(?:i|ian|ean|ese|ish|an)$")


# Head words of bodies whose names go on with 'for': 'the Kessel Centre for Strategic Studies', 'the Institute for
# Peace', 'the Committee for Human Rights' (not of outlets, nor of armed bodies, which news blames or praises 'for'
# something: 'blamed the Kessel Brigade for Veloria's losses').
_FOR_HEADS = frozenset(
    "centre center institute council committee commission foundation association organisation organization union "
    "ministry office agency movement front coalition alliance party network".split()
)


def _for_joins(words: list[tuple[str, int, int]], j: int, sentence: str) -> int:
    """How many words 'for' after ``words[j]``, a body's head word, adds to the body's name before its next capitalised
    word (0 if none): 'Centre | for | Strategic Studies', 'Front | for the | Liberation' (with one space between each;
    not before a day, a month, a place's word or an adjective of nationality before a common noun: 'the Council for
    Iraqi refugees')."""
    if j + 2 >= len(words) or words[j + 1][0] != "for" or words[j][0].lower() not in _FOR_HEADS:
        return 0
    k = j + 3 if words[j + 2][0] == "the" else j + 2
    if k >= len(words) or any(sentence[words[n][2] : words[n + 1][1]] != " " for n in range(j, k)):
        return 0
    nxt = words[k][0]
    if (
        not nxt[:1].isupper()
        or not is_name_word(nxt)
        or _POSSESSIVE.sub("", nxt).lower() in PLACE_WORDS | CALENDAR | FUNCTION_WORDS | TITLES
        or _DAY.fullmatch(nxt)
        or _ENDS_POSSESSIVE.search(nxt)
        or _adjective_before_noun(words, k, sentence)
    ):
        return 0
    return k - j - 1


def _and_joins(words: list[tuple[str, int, int]], i: int, j: int, sentence: str) -> int:
    """How many words 'and' after ``words[j]`` adds to a body's name (0 if none): one or two capitalised words that end
    on a body's head word, after one word that is no head word nor acronym ('Justice | and | Equality Movement',
    'Peace and Security Council'); not two names joined ('Fatah and Hamas', 'the Defence Ministry and Interior
    Ministry', a person's name of two words and another's office: 'Lev Arno and Front leader Dario Venn'), each of
    which has its head or none. Deeper in a name, 'and' joins two fields of a body's work (:data:`_FIELDS`): before
    its head word ('the KRG Oil and Gas | Council', 'the Velorian Security and Defence | Committee'), or after 'of'
    with its head word before ('Ministry of Oil and Gas', 'Ministry of Labour and Social Affairs'); not 'the Ministry of
    Defence and Hamas', 'the Council of Ministers and the Presidency', two bodies. So too an office's two fields after
    'of' ('Minister of Oil and Gas Lev Arno', :func:`_portfolio_joined`), the name after them told apart by
    :func:`_place_of_title`."""
    if j + 2 >= len(words) or words[j + 1][0] != "and":
        return 0
    if j != i:
        return _fields_joined(words, i, j, sentence)
    if _after_office_for(words, i, sentence) and words[i][0].lower() in _FIELDS:
        return _portfolio_joined(words, j, sentence)  # 'Minister for | Oil and Gas | Lev Arno'
    first = words[i][0]
    if first.lower() in ORG_WORDS or not first[:1].isupper() or first.isupper():
        return 0
    for k in range(j + 2, min(j + 4, len(words))):
        word = words[k][0]
        if sentence[words[k - 1][2] : words[k][1]] != " " or not word[:1].isupper() or word.isupper():
            return 0
        if _ENDS_POSSESSIVE.search(word) or not is_name_word(word):
            return 0
        if word.lower() in ORG_WORDS:
            return k - j
    return 0


def _fields_joined(words: list[tuple[str, int, int]], i: int, j: int, sentence: str) -> int:
    """:func:`_and_joins` after a name's second word or later: how many words 'and' after the field ``words[j]`` adds,
    up to a second field, when a head word follows it or 'of' and a head word stand before the first."""
    before = [w.lower() for w, _, _ in words[i : j + 1]]
    if before[-1] not in _FIELDS or words[j][0].isupper():
        return 0
    after_of = len(before) >= 3 and before[-2] in ("of", "for") and before[-3] in ORG_WORDS
    # (and an office's portfolio so joined: 'Minister of Oil and Gas Lev Arno', 'Minister for Trade and Industry',
    # the name after it read apart by _place_of_title; not the office's and another's: 'the Minister of Defence and
    # Interior Minister Lev Arno')
    office_of = len(before) >= 3 and before[-2] in ("of", "for") and before[-3] in TITLES
    # (or after 'for', which opens no run of a name: 'Minister for | Foreign Affairs and Trade | Lev Arno')
    office_of = office_of or (_after_office_for(words, i, sentence) and all(w in _FIELDS for w in before))
    if office_of:
        return _portfolio_joined(words, j, sentence)
    if not after_of and any(w in ORG_WORDS or w in TITLES for w in before):
        return 0  # ('the Oil Ministry and Gas Council': two bodies, the first with its head)
    for k in range(j + 2, min(j + 4, len(words))):
        word = words[k][0]
        if not _may_join(words, k, sentence) or not is_name_word(word):
            return 0
        if word.lower() not in _FIELDS:
            continue
        after = words[k + 1][0].lower() if k + 1 < len(words) and sentence[words[k][2] : words[k + 1][1]] == " " else ""
        if after in ORG_WORDS and not after_of:
            return k - j  # 'Oil and Gas | Council'
        if after_of and after not in ORG_WORDS:
            return k - j  # 'Ministry of Oil and Gas', not 'the Ministry of Defence and Interior Ministry'
        return 0
    return 0


def _after_office_for(words: list[tuple[str, int, int]], i: int, sentence: str) -> bool:
    """Whether ``words[i]`` opens a run right after an office and 'for' ('Minister for | Oil and Gas', 'Secretary
    for | Energy'): 'for' joins no name's words (:data:`CONNECTORS`), so the office's fields open a run of their own."""
    return (
        i >= 2
        and words[i - 1][0] == "for"
        and _POSSESSIVE.sub("", words[i - 2][0]).lower() in TITLES
        and sentence[words[i - 2][2] : words[i - 1][1]] == " "
        and sentence[words[i - 1][2] : words[i][1]] == " "
    )


def _portfolio_after_for(run: list[tuple[str, int, int]], sentence: str) -> bool:
    """Whether ``run`` is wholly an office's portfolio right after the office and 'for' ('Minister for | Foreign
    Affairs', 'Secretary for | Oil and Gas'): its words all portfolios, or two fields joined by 'and'."""
    head = sentence[: run[0][1]].split()
    if len(head) < 2 or head[-1] != "for" or _POSSESSIVE.sub("", head[-2]).lower() not in TITLES:
        return False
    lowered = [w.lower() for w, _, _ in run]
    return all(w in PORTFOLIOS for w in lowered) or _joined_fields(lowered)


def _may_join(words: list[tuple[str, int, int]], k: int, sentence: str) -> bool:
    """Whether ``words[k]``, after 'and', may be a word of a field joined to the one before: one space before it,
    a capital but not all capitals, no possessive, and no head word of a body ('Oil and Gas'; not 'and HAMAS',
    'and Gas's' or 'and Ministry')."""
    word = words[k][0]
    return (
        sentence[words[k - 1][2] : words[k][1]] == " "
        and word[:1].isupper()
        and not word.isupper()
        and not _ENDS_POSSESSIVE.search(word)
        and word.lower() not in ORG_WORDS
    )


def _portfolio_joined(words: list[tuple[str, int, int]], j: int, sentence: str) -> int:
    """:func:`_fields_joined` after an office's 'of' and its first field ``words[j]``: how many words 'and' adds, up
    to a second field (one capitalised word may stand before it: 'Energy and Natural Resources'), with no head word or
    title right after it ('Minister of Oil and Gas | Lev Arno'; not 'Minister of Defence and Interior Minister')."""
    for k in range(j + 2, min(j + 4, len(words))):
        word = words[k][0]
        if not _may_join(words, k, sentence) or word.lower() in TITLES:
            return 0
        if word.lower() not in _FIELDS:
            continue
        after = words[k + 1][0].lower() if k + 1 < len(words) and sentence[words[k][2] : words[k + 1][1]] == " " else ""
        return k - j if after not in ORG_WORDS and after not in TITLES else 0
    return 0


def _joined_fields(lowered: list[str]) -> bool:
    """Whether words (lower case) are an office's two fields joined by 'and' (:func:`_portfolio_joined`): fields before
    it, and one or two words after it, the last a field ('oil and gas', 'labour and social affairs')."""
    if lowered.count("and") != 1:
        return False
    at = lowered.index("and")
    first, second = lowered[:at], lowered[at + 1 :]
    return bool(first) and all(w in _FIELDS for w in first) and 1 <= len(second) <= 2 and second[-1] in _FIELDS


# Offices named 'of State', where the word is the state itself, not a place's kind: 'Department of State',
# 'Secretary of State', 'Minister of State'.
_OF_STATE_HEADS = frozenset("department secretary minister ministry council".split())


def _of_state(words: list[tuple[str, int, int]], j: int, k: int) -> bool:
    """Whether ``words[j]`` 'of' ``words[k]`` is an office of state: 'Department of State Spokesperson Dario Venn'."""
    return k == j + 2 and words[k][0] == "State" and words[j][0].lower() in _OF_STATE_HEADS


# A name's last word after 'a', the Arabic article as some transliterations write it ('Yahya a Sarie', as 'Yahya
# al-Sarie'), then a verb of saying or a comma: not 'told Veloria a Kessel source', nor 'a Velorian official'.
_SAYS_NEXT = re.compile(r"\s*,|\s+(?:(?:has|had|have|also|then|later)\s+)?" + alternation(SAYING_VERBS) + r"\b")


def _particle_a(words: list[tuple[str, int, int]], j: int, sentence: str) -> bool:
    """Whether 'a' after ``words[j]`` joins it to the one capitalised word after it, the end of a name."""
    if j + 2 >= len(words) or words[j + 1][0] != "a" or not is_name_word(words[j + 2][0]):
        return False
    last = words[j + 2][0]
    return (
        sentence[words[j][2] : words[j + 1][1]] == " "
        and sentence[words[j + 1][2] : words[j + 2][1]] == " "
        and last.lower() not in CONNECTORS
        and not _NATIONALITY.search(last)
        and _SAYS_NEXT.match(sentence, words[j + 2][2]) is not None
    )


def _adjective_before_noun(words: list[tuple[str, int, int]], k: int, sentence: str) -> bool:
    """Whether ``words[k]`` is a capitalised adjective of nationality before a common noun: 'Iraqi border'."""
    if not _NATIONALITY.search(words[k][0]) or k + 1 >= len(words):
        return False
    following = words[k + 1][0]
    return following[:1].islower() and sentence[words[k][2] : words[k + 1][1]] == " "


# What may stand between a word that opens a sentence and its verb, as the subject finder steps over it: an aside
# set off by commas (', speaking to X,', ', for its part,'), adverbs, auxiliaries and times ('also', 'has', 'late on
# Tuesday'), and where it spoke ('in a video clip posted on Telegram', 'in an interview with X'); so that 'Ostrava
# in a video clip denied' reads as 'Ostrava denied'.
_BEFORE_VERB = re.compile(
    r"(?:,\s+(?:meanwhile|however|too|in\s+(?:response|turn|return)|for\s+(?:its|his|her|their)\s+part|"
    r"(?-i:[a-z]+ing)\b[^,;:\u2591]{0,60}|in\b[^,;:\u2591]{0,60}|"
    # (a person's age or a short description of them: 'Arno, 52, said', 'Arno, aged 52,', 'Arno, a trader in Kessel,
    # told', 'Arno, who runs a shop, said'; a word that opens a sentence and is no name has none: 'However, 52 people';
    # and a state's or a body's: 'Veloria, which hosted the talks, said', as 'Arno, who ..., said')
    r"\d{1,3}|aged\s+\d{1,3}|(?-i:an?|who|which)\s+[^,;:\u2591]{1,60}),)?"
    rf"(?:\s+(?:{TRAILING_WORDS})){{0,4}}"
    rf"(?:\s+{OCCASION_PHRASE})?"
    rf"(?:\s+(?:{TRAILING_WORDS})){{0,3}}\s+",
    re.IGNORECASE,
)


_QUOTED_AS = re.compile(r"(?<=\s)" + QUOTED_AS)
_SAYING = re.compile(r"(?<![\w-])" + alternation(SAYING_VERBS) + r"\b")


# Singular words for an unnamed speaker that a headline or a deck opens with, no article: 'Official says only one
# officer died in the ambush', 'Source says the talks failed' (one unnamed official, not someone called Official).
_COMMON_SPEAKERS = frozenset("official source witness resident activist analyst diplomat".split())


def _looks_like_a_name(word: str, after: str) -> bool:
    """A word that opens a sentence yet is a name: 'Al-Hadi said', or a singular word before 'said': 'Watout added'.

    A plural before a verb of saying ('Residents said', 'Lawmakers added') is taken for a common noun.
    """
    if _NAME_PREFIX.match(word) and "-" in word:
        return True
    # (an acronym ending in 'S' is no plural: 'IS said', 'HTS denied')
    if (word.lower().endswith("s") and not _caps_acronym(word, after)) or word.lower() in _COMMON_SPEAKERS:
        return False
    # any verb of saying, or any the speech reader reads there (phrases too: 'Ostrava brushed aside the reports',
    # 'Ostrava on Tuesday issued a denial'), after what may stand before a verb
    head = after[:160]
    starts = [m.start() for m in _SAYING.finditer(head)]
    starts += [v.start for v in find_verbs(head, 0) if v.form == "finite"]
    starts += [m.start() for m in _QUOTED_AS.finditer(head)]  # 'Ostrava was quoted as saying', 'is heard saying'
    starts += [m.start() for m in ISSUED_A_WRITING.finditer(head)]  # 'Ostrava issued a statement denying'
    # (or with another name joined to it: 'Ostrava and the Kessel Brigade denied' as 'Ostrava denied')
    joined = _AND_A_NAME.match(after)
    begin = joined.end() if joined else 0
    return any(
        _BEFORE_VERB.fullmatch(after, 0, start)
        or (joined and _BEFORE_VERB.fullmatch(after, begin, start))
        # (or the verb a relative clause on it opens with: 'Kessia, which has long denied arming the rebels, declined
        # to comment', whose main verb is none of saying)
        or _RELATIVE_BEFORE_VERB.fullmatch(after, 0, start)
        for start in starts
    )


# A relative clause on a word that opens a sentence, up to its own verb: ', which has repeatedly', ', who'.
_RELATIVE_BEFORE_VERB = re.compile(
    r",\s+(?:which|who)\s+(?:(?:has|have|had|also|long|always|(?-i:[a-z]+ly))\s+){0,3}", re.IGNORECASE
)


_AND_A_NAME = re.compile(r"\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,4}")


# Participles of answering or rejecting that open a sentence with whom they answer: 'Rejecting Lev Arno's account,'
# (and of relaying, with whom they cite: 'Citing Lev Arno, the agency said' names Lev Arno, not 'Citing Lev Arno';
# whether he then speaks is the subject's to say, Reader._opening_relay).
_OPENING_PARTICIPLES = frozenset(
    "dismissing rejecting denying refuting rebutting responding replying answering countering contradicting "
    "challenging questioning criticising criticizing accusing blaming condemning slamming echoing citing quoting".split()
)


def _caps_acronym(word: str, sentence: str) -> bool:
    """An all-caps word in a sentence not all in capitals is an acronym, not the word it spells: 'IS said' names
    the Islamic State, as 'US' the United States; 'IS' and 'US' are read as 'is' and 'us' only in a line in capitals."""
    return len(word) > 1 and word.isupper() and not sentence.isupper()


# Auxiliaries that open a question or an inverted clause before its subject's name: 'Has Lev Arno rejected the
# claims?', 'Did Dara Venn deny it?', 'Had Arno known, ...' (never a name's first word there; 'Is', 'Are' and the
# modals only before a question mark; not 'Do', 'Will', 'May' or 'Can', which may open a name).
_INVERTED_AUXILIARIES = frozenset("has have had did does was were".split())
_QUESTION_AUXILIARIES = _INVERTED_AUXILIARIES | frozenset("is are would could should".split())


def _opens_a_question(run: list[tuple[str, int, int]], sentence: str) -> bool:
    """Whether ``run`` opens with an auxiliary that puts its sentence's subject after it: a question's, or an
    inverted clause's ('Has Lev Arno ...?'), the name being the words after it."""
    first = run[0][0].lower()
    if len(run) < 2 or not _sentence_initial(sentence, run[0][1]):
        return False
    return first in _INVERTED_AUXILIARIES or (first in _QUESTION_AUXILIARIES and "?" in sentence[run[0][1] :])


def _sentence_initial(sentence: str, start: int) -> bool:
    before = sentence[:start].rstrip()
    return not before or (before[-1] in '.:;\u201c"(\u00ab\u2014' and not _after_a_closed_quotation(sentence, start))


def _after_a_closed_quotation(sentence: str, start: int) -> bool:
    """Whether the word at ``start`` comes right after a quotation closed on a comma with a straight mark, then a
    space: '"We were never there," Hamas said' (the mark closes the words; a curly one was never read as opening
    a sentence)."""
    before = sentence[:start]
    return before.endswith((" ", "\u00a0")) and before.rstrip().endswith(',"')


def _outlet_with_article(run: list[tuple[str, int, int]]) -> bool:
    """Whether ``run`` is an outlet's name with its article written apart: 'Al Jazeera', 'Al Arabiya's'."""
    return len(run) == 2 and run[0][0] == "Al" and _POSSESSIVE.sub("", run[1][0]).lower() in OUTLETS_BY_ONE_WORD


def _mention(run: list[tuple[str, int, int]], sentence: str, lexicon: Lexicon, index: NameIndex) -> Mention | None:
    # drop words that open the sentence without being names: 'While Iraqi officials', 'Residents of Kessel'
    # (nor 'ten Arno', as the text named 'Lev ten Arno': no number; nor the article of 'Al Jazeera')
    while run and not lexicon.opens_a_name(run, 0) and not _outlet_with_article(run):
        if _two_initials_apart(run, 0, sentence):
            break  # ('A. J. Venn': the initial 'A' is no article)
        first = _POSSESSIVE.sub("", run[0][0])
        if (
            first.lower() in FUNCTION_WORDS | NAME_DESCRIPTORS
            or _opens_a_question(run, sentence)
            # a participle opening the sentence before a name is no part of it: 'Dismissing Arno's claim as false,
            # Venn said' names Arno, not 'Dismissing Arno'
            or (first.lower() in _OPENING_PARTICIPLES and len(run) > 1 and _sentence_initial(sentence, run[0][1]))
            or (
                _sentence_initial(sentence, run[0][1])
                and name_key(first) not in lexicon.capitalised
                # (an office of a service's staff opening the sentence is still the title before its name: 'Chief of
                # Army Staff Qoravel Tunsk said', as after 'On Monday,'; before: a body 'Army Staff Qoravel Tunsk')
                and not (first.lower() in TITLES and _staff_end([w.lower() for w, _, _ in run], 1) is not None)
                # (nor an office of two fields joined by 'and': 'Minister of Oil and Gas said', as mid-sentence; before:
                # a person called 'Oil and Gas')
                and not (first.lower() in TITLES and _joined_fields([w.lower() for w, _, _ in run[2:]]))
                # (a particle of a name goes on with it, as mid-sentence: 'Mohammed bin Karim', 'Luiz da Vessa', 'Karel
                # van Dorne'; only 'of' and 'the' join a common word to a name: 'Residents of Kessel')
                and (len(run) == 1 or run[1][0].lower() in ("of", "the"))
                and not _looks_like_a_name(first, sentence[run[0][2] :])
                and not (len(run) == 1 and _plural_of_a_name(first, lexicon))
                # (a body's acronym or a name on file is no common noun, though it ends as a plural does: 'ISIS
                # denied', 'Hamas said')
                and not (len(run) == 1 and (_ACRONYM.fullmatch(first) or index.lookup(first) is not None))
            )
        ):
            run = run[1:]
        else:
            break
    while (
        run
        and run[0][0].lower() in CONNECTORS
        and not _kunya(run, 0)
        and not lexicon.opens_a_name(run, 0)
        and not _outlet_with_article(run)
    ):
        run = run[1:]
    while run and run[-1][0].lower() in CONNECTORS:
        run = run[:-1]
    if not run:
        return None
    possessive = bool(_ENDS_POSSESSIVE.search(run[-1][0]))
    # split off a title: the name is what follows the last title word
    lowered = [_POSSESSIVE.sub("", w).rstrip(".").lower() for w, _, _ in run]
    last_title = max((n for n, w in enumerate(lowered) if w in TITLES or _joined_title(w)), default=-1)
    if re.sub(r"\W", "", lowered[0]) in ARABIC_BODY_HEADS or (
        0 <= last_title < len(run) - 1 and lowered[last_title + 1] == "and" and lowered[-1] in ORG_WORDS
    ):
        # 'Kata'ib Sayyid al-Shuhada', 'Justice and Equality Movement': a title word inside a body's name, or before
        # the 'and' that joins its words, is part of the name
        last_title = -1
    elif last_title == len(run) - 1 and lowered[-1] in _TITLES_ALSO_FAMILY_NAMES and len(run) > 1:
        # 'Shaukat Sultan said', 'Gen Sultan', 'Dr King': a title word that is also a family name ends the name
        # after given names or alone after a rank or an honorific (a name of titles only, 'the Crown Prince', and a
        # people's word, 'the Ostravian King', are no such thing: neither word before is a given name)
        before = max((n for n, w in enumerate(lowered[:-1]) if w in TITLES or _joined_title(w)), default=-1)
        given = before < len(run) - 2 and all(_given_name(w) for w in lowered[before + 1 : -1])
        if given or (before == len(run) - 2 and _rank_or_honorific(lowered[before])):
            last_title = before
    elif (
        last_title == len(run) - 1
        and lowered[last_title] in HONORIFICS
        # (a name's word before it: 'the Sheikh' alone is the title of one named so before, not a name)
        and any(not (w in TITLES or _joined_title(w)) for w in lowered[:-1])
    ):
        # 'Col Osman Nuh Hajji': an honorific that ends the run names no one after it; it is part of the name, and
        # the title before it (if any) is the one the name follows
        last_title = max((n for n, w in enumerate(lowered[:-1]) if w in TITLES or _joined_title(w)), default=-1)
    elif last_title > 0 and lowered[last_title] in HONORIFICS and all(_given_name(w) for w in lowered[:last_title]):
        last_title = -1  # 'Kawa Sheikh Ahmad': an honorific after a given name is part of the name (Kurdish, Arabic)
    elif last_title > 0 and lowered[last_title] in HONORIFICS:
        # the same after a title: 'President Omar Sheikh Deng', 'Sheikh Omar Sheikh Deng' are Omar Sheikh Deng, not
        # 'Deng' (the honorific follows given names, after the title before them)
        before = max((n for n, w in enumerate(lowered[:last_title]) if w in TITLES or _joined_title(w)), default=-1)
        if before < last_title - 1 and all(_given_name(w) for w in lowered[before + 1 : last_title]):
            last_title = before
    elif 0 <= last_title < len(run) - 1 and lowered[last_title + 1] in ORG_WORDS:
        last_title = -1  # 'General Staff of the Armed Forces', 'Prime Minister Office': a body named after an office
        # (but an office of that staff before it, 'Chief of the General Staff': 'General' there is the staff's word,
        # not the last title, and the office goes on as 'Chief of Army Staff' does, no body called so)
        earlier = next((n for n, w in enumerate(lowered) if w in TITLES or _joined_title(w)), -1)
        if (
            earlier >= 0
            and lowered[earlier + 1] in CONNECTORS
            and _staff_end(lowered, earlier + 1, named=False) is not None
        ):
            last_title = earlier
    title, title_start = "", -1
    if last_title >= 0:
        rest = run[last_title + 1 :]
        # (a name after the title may open with a kunya or an article written apart: 'Commander Abu Karim', 'General
        # Al Vossel', read as 'Vossel' as 'Mr Al Khazali' is; but 'General El Hadi Arno' keeps his 'El', see _kunya)
        apart = len(rest) > 1 and rest[0][0] == "Al"
        if rest and (rest[0][0].lower() not in CONNECTORS or _kunya(rest, 0) or apart):
            title_start = run[0][1]
            title = sentence[run[0][1] : run[last_title][2]]
            run = rest[1:] if apart else rest
        else:
            # 'Minister of Interior', 'Director of the Border Guard': an office; the body after 'of' is a name
            k = last_title + 1
            while k < len(run) and run[k][0].lower() in CONNECTORS:
                k += 1
            staff = _staff_end(lowered, last_title + 1)
            if staff is not None:
                # 'Chief of Army Staff Qoravel Tunsk': the office, then the name after it, whatever name data says of
                # its words (before: a body 'Army Staff Qoravel Tunsk', where the given name was not on its lists)
                title_start = run[0][1]
                title = sentence[run[0][1] : run[staff][2]]
                run = run[staff + 1 :]
            # (a portfolio of two words is no body's name either: 'Minister of Foreign Affairs' with no name after
            # it is the office, not a person called 'Foreign Affairs')
            elif k < len(run) and not (
                lowered[last_title] in ("minister", "secretary")
                and (k == len(run) - 1 or all(w in PORTFOLIOS for w in lowered[k:]) or _joined_fields(lowered[k:]))
            ):
                if lowered[-1] == "staff" and all(w in _SERVICE_STAFF for w in lowered[k:-1]):
                    # 'Chief of Army Staff', 'Chief of Defence Staff': the office's name, no body called 'Army Staff'
                    # (which 'the army' would then be read as)
                    return Mention(sentence[run[0][1] : run[-1][2]], run[0][1], run[-1][2], kind="title")
                return _mention(run[k:], sentence, lexicon, index)
            else:
                text = sentence[run[0][1] : run[-1][2]]
                return Mention(text, run[0][1], run[-1][2], kind="title")
    if not title:
        title, title_start, run = _place_of_title(run, sentence, index)
    if not title and _portfolio_after_for(run, sentence):
        # 'the Minister for Foreign Affairs said', 'Minister for Oil and Gas said': the office's portfolio, as after
        # 'of', no person called 'Foreign Affairs' or 'Oil and Gas'
        return Mention(sentence[run[0][1] : run[-1][2]], run[0][1], run[-1][2], kind="title")
    run = _person_before_body(run, bool(title))
    start, end = run[0][1], run[-1][2]
    text = _POSSESSIVE.sub("", sentence[start:end]) if possessive else sentence[start:end]
    end = start + len(text)
    # lowercase titles just before the name belong to the title: 'army spokeswoman Colonel Petra Lind'
    head = sentence[: title_start if title_start >= 0 else start]
    lower_title = lowercase_words_at_end(head) if text.lower() not in PLATFORM_NAMES else ""
    if lower_title:
        words = lower_title.split()
        keep: list[str] = []
        for w in reversed(words):
            if w in TITLES or w in TITLE_MODIFIERS:
                keep.insert(0, w)
            else:
                break
        if keep and any(w in TITLES for w in keep):
            lead = " ".join(keep) + " "
            title_start = len(head) - len(lead)
            title = (lead + title).strip() if title else lead.strip()
    mention = Mention(text, start, end, title=title, title_start=title_start, possessive=possessive)
    mention.kind, mention.org_type = classify(text, bool(title), index)
    if mention.kind == "place" and title and _site(text):
        # 'the Imam Ali Shrine', 'the Sheikh Zayed Mosque': a site named after one titled so, the title and all; no
        # person called 'Ali Shrine' (before, the title was stripped as a person's, and the rest read as his name)
        mention = Mention(sentence[title_start:end], title_start, end, kind="place")
    if (
        mention.kind in ("person", "unknown")
        and (not title or _SITE_AFTER.match(sentence, end))
        and not possessive
        and (_FACILITY_AFTER.match(sentence, end) or _SETTLEMENT_AFTER.match(sentence, end))
        and index.lookup(text, ("actor",)) is None
    ):
        # 'the former Fadil Katiba barracks': a place named after someone, no one who speaks; and a settlement or an
        # area in lower case after its name: "Kessa's Tain Nyo village", 'the Tain Nyo township' (before, a person,
        # whom a 'he' after it stood for)
        mention.kind = "place"
        # (a shrine or a tomb so named after a title too, the title and all: 'the Imam Musa al-Kadhim shrine')
        if title:
            mention = Mention(sentence[title_start:end], title_start, end, kind="place")
    if mention.kind == "unknown" and not title and _plural_of_a_name(text, lexicon):
        mention.kind = "org"  # 'Houthis said' after 'Houthi fighters': a movement by its members' name, no person
    return mention


# A settlement or an area written in lower case after its name: 'Tain Nyo village', 'the Kessa Dara district'.
_SETTLEMENT_AFTER = re.compile(
    r"\s+(?:village|town|township|district|subdistrict|province|governorate|county|municipality|neighbou?rhood|"
    r"suburb|valley|refugee\s+camp)\b"
)
# Sites named after one titled so, as those of a religious title are: 'the Imam Musa al-Kadhim shrine', 'the Sheikh
# Lev Arno mosque' (a title before the name does not make it a person who speaks, as it may before 'hospital').
_SITE_WORDS = ("mosque", "shrine", "tomb", "mausoleum")
# A building or site written in lower case after the name it bears: 'the Lev Arno barracks', 'the Dara Venn hospital'
# (not 'camp', which news uses of a leader's faction too: 'the Arno camp said').
_FACILITY_AFTER = re.compile(
    r"\s+(?:barracks|airbase|airport|prison|jail|hospital|school|university|stadium|refinery|checkpoint|"
    rf"military\s+base|air\s+base|{'|'.join(_SITE_WORDS)})\b"
)
_SITE_AFTER = re.compile(rf"\s+(?:{'|'.join(_SITE_WORDS)})\b")
# The same, capitalised as the last word of a site's name: 'the Imam Ali Shrine', 'the Sheikh Zayed Mosque', 'the
# Sayyida Zeinab Shrine' (and their plurals).
_SITE_HEADS = frozenset(_SITE_WORDS) | frozenset(f"{word}s" for word in _SITE_WORDS)


def _site(text: str) -> bool:
    """Whether a name is a site's, its last word a site's head and no 'of' in it ('Ali Shrine', 'Zayed Grand Mosque';
    not 'Lev Arno of the Grand Mosque', a person of the mosque)."""
    words = [w for w, _, _ in key_tokens(text)]
    return len(words) >= 2 and words[-1] in _SITE_HEADS and "of" not in words


# Head words of a party's or a bloc's name that ORG_WORDS does not hold (a list of candidates, in Iraq's elections).
_BLOC_HEADS = frozenset({"slate", "list"})


def _person_before_body(run: list[tuple[str, int, int]], titled: bool) -> list[tuple[str, int, int]]:
    """A person's name less the body written after it with 'of': 'MP Faris Kessi | of the Ahrar Slate', 'Dario Venn |
    of the Kessel Brigade said'. The person speaks, and the record is the person's, not one named 'X of the Y'; the
    words before 'of' must be a name of two words or more (a title before them, or a given name first) with no
    body's or office's word, and the words after it a body's name by its head word ('Ministry of the
    Interior', 'State of Law Coalition' and 'Head of the Brigade' keep their 'of')."""
    lowered = [_POSSESSIVE.sub("", w).lower() for w, _, _ in run]
    if "of" not in lowered[2:-1]:
        return run
    at = lowered.index("of", 2)
    person, body = lowered[:at], lowered[at + 1 :]
    # (a body named in the plural too: 'Lev Arno | of the Local Councils', as 'of the Kessel Council')
    if (
        body[-1] not in ORG_WORDS
        and body[-1] not in _BLOC_HEADS
        and _singular_org_word(body[-1], body[-2] if len(body) > 1 else "of") is None
    ):
        return run
    if any(w in ORG_WORDS or w in PLACE_WORDS or w in TITLES or w in ("of", "the") for w in person):
        return run
    # (with no title, the first word must be a given name, and no state's word that name data also takes for one:
    # 'Velorian House | of Representatives' is a body, whatever name data says of 'House'; a given name that only
    # ends as a people's word does, 'Hassan', 'Ali', 'Brian', is a person's)
    first = run[0][0]
    if not titled and (not _given_name(first) or names_a_state(first)):
        return run
    return run[:at]


# The platforms words are posted on, as written: 'official' before one is the account's ('on his official Telegram
# channel', 'his official X account', 'her official Truth Social page'), no title of a person called Telegram; and one
# list for every pattern of where a statement was posted (PLATFORMS_WRITTEN: 'a statement on its X account').
PLATFORMS = (
    *"Twitter X Telegram Facebook Instagram YouTube TikTok WhatsApp Threads Bluesky Snapchat Weibo WeChat".split(),
    "Truth Social",
)
PLATFORM_NAMES = frozenset(p.lower() for p in PLATFORMS)
PLATFORMS_WRITTEN = "|".join(p.replace(" ", r"\s+") for p in sorted(PLATFORMS, key=len, reverse=True))
# The words of a service's staff an office is chief of: 'Chief of Army Staff', 'Chief of the General Staff'.
_SERVICE_STAFF = frozenset("army defence defense air naval navy joint force forces armed general".split())


def _staff_end(lowered: list[str], k: int, *, named: bool = True) -> int | None:
    """Where 'Staff' ends an office of a service's staff from ``k`` on (connectors first, then the service's words:
    'of Army Staff' in 'Chief of Army Staff Qoravel Tunsk', 'of the General Staff' in 'Chief of the General Staff');
    with ``named``, only where a name follows it. None otherwise."""
    while k < len(lowered) and lowered[k] in CONNECTORS:
        k += 1
    staff = next((n for n in range(k, len(lowered)) if lowered[n] == "staff"), len(lowered))
    if staff >= len(lowered) - (1 if named else 0) or not all(w in _SERVICE_STAFF for w in lowered[k:staff]):
        return None
    return staff


# Peoples by faith, sect, descent or region, written capitalised as a movement's members are ('Sunni leaders',
# 'Arab states'), whom no one body speaks for: their plurals ('Sunnis said') are no body, as a state's people are not.
_PEOPLES = frozenset(
    "muslim christian jew sunni shia shiite alawite druze yazidi copt catholic protestant hindu buddhist sikh arab "
    "kurd turkmen baloch baluch pashtun tajik uzbek hazara berber amazigh tuareg african european asian westerner".split()
)


def _plural_of_a_name(word: str, lexicon: Lexicon) -> bool:
    """Whether a word is the plural of a word the article writes capitalised mid-sentence: 'Houthis' after 'Houthi
    fighters', a movement named by its members, not a common noun opening a sentence ('Residents said') nor a
    state's people ('Iraqis', 'Saudis', whom no one body speaks for) nor a people by faith or descent ('Sunnis')."""
    return (
        len(word) > 4
        and word.endswith("s")
        and not word.endswith("ss")
        and " " not in word
        and name_key(word[:-1]) in lexicon.capitalised
        and not names_a_state(word[:-1])
        and word[:-1].lower() not in _PEOPLES
    )


# An all-caps acronym of three letters or more, or of parts joined by hyphens; two letters ('US', 'UK') are
# as often a country's, left to the records on file.
_ACRONYM = re.compile(r"[A-Z]{3,}(?:-[A-Z0-9]{2,})*|[A-Z]{2,}(?:-[A-Z0-9]{2,})+")


def _known_place(text: str, index: NameIndex) -> bool:
    """A place on record or a country: 'in Iraq | of Qais al-Khazali' is no one name ('Republic of X' is)."""
    known = index.lookup(text, ("place", "actor"))
    return (known is not None and (known.type == "place" or known.kind == "government")) or is_country_name(text)


# What an office is of, capitalised after 'of' like a name: 'Secretary of State Marco Rubio', 'Minister of Defence
# Karl Brenn', 'Chief of Staff ...'. The name is the words after it.
PORTFOLIOS = frozenset(
    "state defence defense interior foreign affairs finance justice health security intelligence information "
    "staff war trade economy education culture oil energy "
    # two-word portfolios, whose first word alone is no office: 'Minister of Internal Affairs', 'Minister of Public
    # Works', 'Secretary of Homeland Security', 'Minister of Foreign Relations'
    "internal religious public works relations homeland home labour labor agriculture transport planning "
    "communications environment housing industry commerce tourism youth sports migration humanitarian "
    # ('Minister of State for External Affairs', 'Minister for Overseas Development')
    "external overseas development".split()
)


# The fields of a body's work that 'and' joins inside its name ('Ministry of Oil and Gas', 'the Peace and Security
# Council', 'Ministry of Energy and Natural Resources'): the portfolios, and the fields news pairs with them.
_FIELDS = PORTFOLIOS | frozenset(
    "gas petroleum minerals mines mining water electricity resources peace reconstruction irrigation".split()
)


def _portfolio_before_name(run: list[tuple[str, int, int]]) -> int | None:
    """Where a person's name starts after an office's portfolio in ``run``: the first given name, after words that
    are no one's name and no body's head noun ('Operations | Lev Arno', 'Political Affairs | Dara Venn'), with two words
    of the name at least; None if not so."""
    for cut in range(1, len(run) - 1):
        word = _POSSESSIVE.sub("", run[cut - 1][0])
        if word.lower() in ORG_WORDS or word.lower() in CONNECTORS or given_or_family_name(word):
            return None
        if _given_name(run[cut][0]):
            return cut
    return None


def _place_of_title(
    run: list[tuple[str, int, int]], sentence: str, index: NameIndex
) -> tuple[str, int, list[tuple[str, int, int]]]:
    """'envoy to Yemen Tim Lenderking': the place after '<title> to/for/of' is the title's, not the name's.

    The words after the place (two at least) are the person's name; the place must be one on record or a
    country, so that 'envoy to Tam Lodder' keeps its name whole. Returns (title, title_start, the name's words).
    """
    head = sentence[: run[0][1]].split()
    if len(run) < 3 or len(head) < 2 or head[-1] not in ("to", "for", "of"):
        return "", -1, run
    at = len(head) - 2
    if len(head) >= 4 and head[-2][:1].isupper() and head[-2].lower() in PORTFOLIOS and head[-3] == "of":
        at = len(head) - 4  # 'Minister of State for Foreign Affairs Lev Arno': an office of its own before 'for'
    elif head[at].lower() == "staff":
        # 'Deputy Chief of Staff for Operations Lev Arno': the office of a staff before 'for', from its title on
        lowered = [w.lower() for w in head]
        at = next((t for t in range(at - 1, max(-1, at - 6), -1) if _staff_end(lowered, t + 1) == len(head) - 2), at)
    if _POSSESSIVE.sub("", head[at]).rstrip(".").lower() not in TITLES:
        return "", -1, run
    portfolio = _portfolio_before_name(run)
    for cut in range(len(run) - 2, 0, -1):  # the longest place first: 'envoy to Saudi Arabia Tam Lodder'
        place = sentence[run[0][1] : run[cut - 1][2]]
        if run[cut][0] == "and":
            continue  # (no name opens with 'and': 'Minister of Oil | and Gas' is the office's, 'Oil and Gas')
        if (
            _known_place(place, index)
            or all(w.lower() in PORTFOLIOS for w, _, _ in run[:cut])
            # (or two fields joined by 'and', as _portfolio_joined reads them: 'of Oil and Gas | Lev Arno', 'of Labour
            # and Social Affairs | Dara Venn')
            or (head[-1] != "to" and _joined_fields([w.lower() for w, _, _ in run[:cut]]))
            # (or words no name data knows, before a given name, after 'for' or 'of': 'for Operations | Lev Arno',
            # 'for Political Affairs | Lev Arno'; before, the portfolio opened the person's name. Not after 'to',
            # which names a place: 'envoy to Ostrava Tam Lodder' stays whole where Ostrava is no place on record)
            or (cut == portfolio and head[-1] != "to")
        ):
            title_start = run[0][1]
            for word in reversed(head[at:]):
                title_start = sentence.rindex(word, 0, title_start)
            # the capitalised words of the same title before it: 'US Special Envoy for Yemen'
            for word in reversed(head[:at]):
                before = sentence[: title_start - 1]
                if sentence[title_start - 1 : title_start] != " " or not before.endswith(word):
                    break
                if not word[:1].isupper() or word.lower() in FUNCTION_WORDS or not word.isalpha():
                    break
                title_start -= len(word) + 1
            return sentence[title_start : run[cut - 1][2]], title_start, run[cut:]
    return "", -1, run


# A capitalised word, a space and an Arabic article written onto the next word: 'Maher al-', 'Ein el-'.
_WORD_AND_ARTICLE = re.compile(r"(?<![\w\u2019'-])([A-Z][\w\u2019'-]*)[ \u00a0](?:[Aa]l|[Ee]l)[-\u2010\u2011 \u00a0]$")

# Arabic words that open the names of places, transliterated (spring, hill, cape, mountain, valley, monastery,
# village, well, gate, bridge, palace, meadow; and river, ruin, house, castle, tower, quarter, farm, city, as each
# is spelled): 'Ein al-Assad', 'Deir ez-Zor', 'Jisr al-Shughur', 'Nahr al-Bared', 'Khirbet Ghazaleh', 'Beit Hanoun'
# name places, not a person whose family name is on file. ('Tal', 'Khan', 'Umm', 'Abu', 'Sahl' and 'Bint' also open
# or are people's names and are left out.)
_PLACE_NAME_OPENINGS = frozenset(
    "ain ein ayn tell tel tall ras jabal jebel wadi deir dayr kafr kfar bir bab jisr qasr marj nahr khirbet "
    "khirbat kherbet maarat maarrat beit bayt qalaat qalat burj hayy mazraat madinat".split()
)


def _singular_org_word(word: str, before: str | None = None) -> str | None:
    """The body's head word a plural is of ('committees' -> 'committee', 'agencies' -> 'agency'), or None; none for a
    plural that is also a family name, alone or after a name's word (``before``: 'Banks', 'Courts': 'Dara Banks said'
    is a person), but not after another word ('the Military Courts', 'Lev Arno of the Military Courts' a body's)."""
    for cut, tail in (("ies", "y"), ("s", "")):
        if len(word) > len(cut) + 2 and word.endswith(cut) and word[: -len(cut)] + tail in ORG_WORDS:
            named = before is None or _given_name(before) or _unknown_given_name(before)
            return None if named and given_or_family_name(word) else word[: -len(cut)] + tail
    return None


# The endings of words that describe a body, not name a person: 'Islamic Courts', 'Military Courts', 'Central Banks',
# 'Kessian Banks', 'Federal Courts', 'Revolutionary Courts'.
_DESCRIBING_ENDING = re.compile(r"(?:ic|al|ary|ar|ed|ern|ive|ous|ful|ile)$")


def _unknown_given_name(word: str) -> bool:
    """Whether a word before a plural that is a family name ('Banks', 'Courts') is a given name name data lacks: a
    word of letters that no list of ours nor name data knows as anything (not a place's, a title, a body's
    word), and no word that describes ('Islamic', 'Military', 'Kessian'). 'Tovek Banks said' is a person, as 'Dara
    Banks said' is."""
    from rigour.names import NameTypeTag, analyze_names

    plain = word.lower()  # (the name's key words come in small letters)
    if not plain.isalpha() or len(plain) < 3:
        return False
    if any(plain in words for words in (TITLES, TITLE_MODIFIERS, ORG_WORDS, FUNCTION_WORDS, PLACE_WORDS, CONNECTORS)):
        return False
    if _NATIONALITY.search(plain) or _DESCRIBING_ENDING.search(plain):
        return False
    return not any(n.spans for n in analyze_names(NameTypeTag.ENT, [word]))


# The capital's district as news writes it after 'Washington,': dotted initials that read as a person's otherwise.
DISTRICT_INITIALS = re.compile(r"D\.\s?C\.?")


def classify(text: str, titled: bool, index: NameIndex) -> tuple[str, tuple[str, str] | None]:
    """person, org, place or unknown, from the records on file first and the name's own words second."""
    known = index.lookup(text, ("actor", "group", "place"))
    if known:
        if known.type == "place":
            return "place", None
        return ("person", None) if known.person else ("org", (known.type, known.kind))
    words = [w for w, _, _ in key_tokens(text)]
    if len(words) == 1 and words[0] in CALENDAR:
        return "time", None
    for n in range(len(words) - 1, -1, -1):
        w = words[n]
        if w in ORG_WORDS:
            return "org", ORG_WORDS[w]
        if (one := _singular_org_word(w, words[n - 1] if n else None)) is not None:
            return "org", ORG_WORDS[one]  # 'Resistance Committees', 'Local Councils': bodies, as each one is
    if len(words) == 1 and words[0] in _GROUPS_BY_ONE_WORD:
        return "org", _GROUPS_BY_ONE_WORD[words[0]]
    if len(words) == 1 and words[0] in OUTLETS_BY_ONE_WORD and re.match(r"(?:[Aa]l|[Ee]l)[-\u2010\s]", text):
        # 'Al Jazeera', 'Al-Mayadeen': with the article only, as some of the words are people's names too ('Alam said',
        # 'Hayat, a teacher')
        return "org", ("actor", "outlet")
    if (particle := _HEAD_BEFORE_A_PARTICLE.search(text)) is not None:
        return "org", _HEADS_BEFORE_A_PARTICLE[particle.group(1).lower()]
    if words[:2] == ["islamic", "state"]:
        # the armed group's name, not a state's ('Islamic State', 'Islamic State of Iraq and the Levant', 'Islamic
        # State Khorasan Province'): no country is so called, and 'state' or 'province' at its end would make a place
        return "org", ("group", "armed-group")
    if _ACRONYM.fullmatch(text.strip()):
        return "org", ("actor", "organization")  # 'CJTF-OIR', 'UNAMI': an all-caps acronym names a body
    if len(words) > 1 and words[0] in PLACE_WORDS and words[1] == "of":
        return "place", None  # 'Republic of Veloria' (but 'State of Law Coalition' is a coalition, above)
    if words and (words[-1] in PLACE_WORDS or (words[-1][-1:] == "s" and words[-1][:-1] in PLACE_WORDS)):
        return "place", None
    if DISTRICT_INITIALS.fullmatch(text.strip()):
        return "place", None  # ('the embassy in Washington, D.C. said': the district, never a person's initials)
    if _site(text):
        return "place", None  # 'Imam Ali Shrine', 'Sayyida Zeinab Shrine': a site, though named after a person
    if titled:
        return "person", None
    if len(words) >= 2 and words[0] in _PLACE_NAME_OPENINGS:
        return "place", None
    if index.lookup_surname(text):
        return "person", None
    if len(words) >= 2:
        return "person", None
    return "unknown", None


def lowercase_words_at_end(text: str) -> str:
    """The lowercase ASCII words, each followed by one space, that ``text`` ends with ('' if none).

    What ``re.search(r"((?:\\b[a-z]+ )+)$", text).group(1)`` captures, found by looking back
    from the end once; the search retries from every word and runs to the end each time,
    which is quadratic in the number of words.
    """
    if text.endswith("\n"):
        text = text[:-1]  # '$' also matches before a final newline
    start = len(text)
    while start > 0 and text[start - 1] == " ":
        word = start - 1
        while word > 0 and "a" <= text[word - 1] <= "z":
            word -= 1
        if word == start - 1 or (word > 0 and (text[word - 1].isalnum() or text[word - 1] == "_")):
            break
        start = word
    return text[start:]


@cache
def capital_state_keys() -> dict[str, str]:
    """The listed capitals of one word, by their names' keys, with their states' codes ('بغداد': 'iq')."""
    keys = {name_key(name): code for name, code in capital_states().items()}
    return {k: code for k, code in keys.items() if k and " " not in k}


@cache
def _state_keys() -> dict[str, str]:
    """The key of each state's Arabic and Persian name of one word, with its code ('مصر': 'eg'; 'ألمانيا' keyed
    'مانيا', its first letters read as the article; 'إسرائيل' and 'اسرائیل' both 'اسراييل'); not the common words
    spelt as a state's name (:data:`_NOT_STATES`)."""
    out: dict[str, str] = {}
    for name, code in arabic_script_state_names().items():
        key = name_key(name)
        if key and " " not in key and len(key) > 2 and key not in _NOT_STATES:
            out.setdefault(key, code)
    return out


# the endings of a state's adjective, folded, and what its name ends in instead: Arabic 'ي' ('مصري' of 'مصر',
# 'فرنسي' of 'فرنسا', 'ايطالي' of 'ايطاليا'; and feminine 'يه', 'الأمريكية' of 'أمريكا'), Persian 'یی' ('آمریکایی'
# of 'آمریکا') and 'وی' ('فرانسوی' of 'فرانسه')
_ADJECTIVE_ENDS = (
    ("\u064a\u064a", ("",)),
    ("\u0648\u064a", ("\u0647",)),
    ("\u064a\u0647", ("", "\u0627", "\u064a\u0627")),
    ("\u064a", ("", "\u0627", "\u064a\u0627")),
)


def state_code(word: str) -> str | None:
    """The state a folded word of a name's key names, as a country or its adjective ('عراق', 'عراقيه', 'سوريه',
    'ايران', 'مصر', 'امريكيه', 'فرنسي', 'اسراييلي'), its code; None for any other word."""
    keys = _state_keys()
    found = keys.get(word)
    for end, names in _ADJECTIVE_ENDS:
        if found is None and word.endswith(end) and len(word) - len(end) > 2:
            found = next((keys[k] for k in (word[: -len(end)] + n for n in names) if k in keys), None)
    if found is not None:
        return found
    forms = [word]
    if word.endswith("\u064a\u0647"):  # 'عراقيه' -> 'عراق', 'سوري'; 'سوريه' -> 'سوريا'
        forms += [word[:-2], word[:-1], word[:-2] + "\u064a\u0627"]
    elif word.endswith("\u064a"):
        forms.append(word[:-1])
    for form in forms:
        # (in Arabic letters, and in Persian ones, as a key folds 'پاکستان' to 'پاكستان')
        for written in (form, "\u0627\u0644" + form, form.translate(PERSIAN_LETTERS)):
            territory = lookup_territory(written) if len(form) > 2 else None
            if territory is not None:
                return str(territory.code)
    return None


# The conjunctions and prepositions written onto an Arabic-script word, as a name's key keeps them: و ف ب ل
_ONTO = frozenset("\u0648\u0641\u0628\u0644")
# Common words of Arabic and Persian spelt as a state's name, by their keys: 'مالي', 'المالية', 'مالی', 'مالیه'
# (financial, finance: 'وزارة المالية', 'کمک مالی', Afghan 'وزارت مالیه'), not Mali; 'البنين', 'بنین' (sons, boys:
# 'مدرسة البنين'), not Benin. An article about finance or a boys' school names no state by them
_NOT_STATES = frozenset(name_key(w) for w in ("مالي", "المالية", "بنين"))
# The adjective 'مُصِرّ' (insistent), written without its marks as Egypt's name is, and the 'على' (on) it takes, with a
# pronoun written onto it or not ('مصر على موقفه', 'مصر عليه'): Egypt is never followed by 'on' as its predicate is
_INSISTENT = frozenset((name_key("مصر"),))
_ON = frozenset(name_key(w) for w in ("على", "عليه", "عليها", "عليهم", "علينا"))
_BEFORE_A_PLACE = frozenset(name_key(w) for w in ("في", "إلى", "الى", "من", "عن", "مع", "بين", "زار", "وزار"))
_HEAD = name_key("رأس")
_LATIN_WORD = re.compile(r"[A-Z][\w'\u2019-]*")


def states_named(text: str) -> set[str]:
    """The codes of the states a text names by a country's name, its adjective or its capital, in any script ('Iraq',
    'Libyan', 'Tehran', 'الليبية', 'وبغداد', 'ایران'): the Arabic-script words with a conjunction or a preposition
    written onto them read without it."""
    found: set[str] = set()
    words = name_key(text).split(" ")
    for k, word in enumerate(words):
        if not word or word.isascii():
            continue
        if (
            k + 1 < len(words)
            and words[k + 1] in _ON
            and word in _INSISTENT
            and (k == 0 or words[k - 1] not in _BEFORE_A_PLACE)
            and words[k + 2 : k + 3] != [_HEAD]
        ):
            # ('الحركة مصر على موقفها': 'insistent on', spelt as Egypt's name, names no state; not where a
            # preposition takes it, 'في مصر', or 'على رأس' (at the head of) follows: 'زار مصر على رأس وفد')
            continue
        forms = [word] + [word[k:] for k in (1, 2) if set(word[:k]) <= _ONTO and len(word) - k > 2]
        for form in (f for f in forms if f not in _NOT_STATES):
            code = state_code(form) or capital_state_keys().get(form)
            if code is not None:
                found.add(code)
                break
    for m in _LATIN_WORD.finditer(text):
        word = re.sub(r"['\u2019]s$", "", m.group())
        territory = lookup_territory(word) if names_a_state(word) else None
        if territory is not None:
            found.add(str(territory.code))
    return found


def article_states(texts: Iterable[str], index: NameIndex) -> set[str]:
    """The states an article names (:func:`states_named`), and those of the persons on file it names ('السوداني', on
    file as Iraq's prime minister, names Iraq, not Sudan, whose adjective his name is)."""
    found: set[str] = set()
    for text in texts:
        chars = list(text)
        for start, end, known in index.scan(text):
            if known.person:
                if known.id in index.states:
                    found.add(index.states[known.id])
                chars[start:end] = " " * (end - start)
        found |= states_named("".join(chars))
    return found
