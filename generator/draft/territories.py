"""A country's names in other languages and scripts, from reference data installed with the project.

A record that carries a country's Wikidata id (``same_as: [Q30]``) is matched by the country's other names
too: 'الولايات المتحدة' and 'ایالات متحده' find the United States even when no article on file has given
those spellings yet. rigour (already a dependency) resolves the id to a territory and lists the names it
knows for it; babel's copy of the Unicode CLDR gives the name used in English, Arabic and Persian. Nothing
is downloaded.

Names, not adjectives: rigour's secondary ("weak") names mix in adjectives of nationality ('Iraqi',
'إيراني') and other languages' spellings ('Ira' for Iran), which would link words that name no country.
Of them only Arabic-script names are kept ('أمريكا', the usual word in Arabic and, as 'آمریکا', in
Persian), and of those none that ends in the nisba -ī (ي) that forms such adjectives, nor any of three
letters or fewer ('شام' and 'روس' also name a region and a people). The main names hold a few adjectives
too ('russian', 'Yisraeli'): a one-word Latin name with an adjective's ending is left out ('-stan' and 'Iran'
end in '-an', so that ending is kept).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import cache

from babel import Locale
from rigour.territories import get_territories, lookup_by_identifier, lookup_territory
from rigour.text.translit import ascii_text

log = logging.getLogger(__name__)

_LANGUAGES = ("en", "ar", "fa")
# Arabic yeh, kaf and alef maksura as Persian writes them: the reference data knows 'پاکستان', not 'پاكستان'; and the
# Kurdish 'ە' some Persian copy types for the final 'ه' ('سوریە', Syria)
PERSIAN_LETTERS = str.maketrans("\u064a\u0643\u0649\u06d5", "\u06cc\u06a9\u06cc\u0647")
_ARABIC_SCRIPT = re.compile(r"^[\u0600-\u06ff\u0750-\u077f\u200c\s]+$")
_QID = re.compile(r"^Q\d+$")
_LATIN_ADJECTIVE = re.compile(r"^[^\W\d_]+(?:i|ian|ean|ese|ish|ite|ienne)$", re.IGNORECASE | re.ASCII)


# What a state is called by the media of its enemies, which never write its name: Iranian outlets write
# 'رژیم صهیونیستی' (the Zionist regime) for Israel, Arab resistance media 'الكيان الصهيوني' (the Zionist entity).
# No reference data lists these; they are as certain a name of the state as its own in such a report.
_EPITHETS: dict[str, tuple[str, ...]] = {
    "Q801": (
        "Zionist regime",
        "Zionist entity",
        "Zionist enemy",
        # and what wire copy calls it in place of its name once named ('after the Jewish state said ...')
        "Jewish state",
        "الكيان الصهيوني",
        "العدو الصهيوني",
        "كيان الاحتلال",
        "كيان الاحتلال الصهيوني",
        "رژیم صهیونیستی",
        "رژیم اسرائیل",
        "رژیم اشغالگر قدس",
    ),
}


# Spellings of a state's name that Arabic news uses as often as the one the reference data lists: 'أميركا' beside
# 'أمريكا' (the yeh written after the mim, as Lebanese and Gulf papers spell it; 'الأميركية' its adjective).
_SPELLINGS: dict[str, tuple[str, ...]] = {"Q30": ("أميركا",)}


# A capital in the news usually stands for its government ('Baghdad denied', 'Tehran says', 'واشنطن تنفي'), and
# no reference data installed lists capitals, so the region's and the great powers' are written here, in the
# spellings of English, Arabic and Persian news, by the Wikidata id of their country. Left out: Syria (one
# record cannot speak for the governments before and after December 2024), Yemen (Sanaa and Aden have had rival
# governments since 2014), Jordan (Arabic 'عمان' is also Oman) and Kuwait (the city has the country's name).
_CAPITALS: dict[str, tuple[str, ...]] = {
    "Q796": ("Baghdad", "بغداد"),
    "Q794": ("Tehran", "Teheran", "طهران", "تهران"),
    "Q822": ("Beirut", "بيروت", "بیروت"),
    "Q30": ("Washington", "واشنطن", "واشنگتن"),
    "Q159": ("Moscow", "موسكو", "مسکو"),
    "Q43": ("Ankara", "أنقرة", "انقرة", "آنکارا"),
    "Q851": ("Riyadh", "الرياض", "ریاض"),
    "Q889": ("Kabul", "كابل", "کابل"),
    "Q843": ("Islamabad", "إسلام آباد", "اسلام آباد", "اسلام\u200cآباد"),
    "Q801": ("Tel Aviv", "تل أبيب", "تل آویو", "تل\u200cآویو"),
    "Q79": ("Cairo", "القاهرة", "قاهره"),
    "Q846": ("Doha", "الدوحة", "دوحه"),
    "Q878": ("Abu Dhabi", "أبوظبي", "أبو ظبي", "ابوظبی"),
    "Q145": ("London", "لندن"),
    "Q142": ("Paris", "باريس", "پاریس"),
    "Q148": ("Beijing", "بكين", "پکن"),
}


def _coded(names_by_state: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Each name of a table kept by the Wikidata id of its state (:data:`_CAPITALS`, :data:`_SPELLINGS`), with the
    code of that state; a state the reference data does not know is left out."""
    out = {}
    for qid, names in names_by_state.items():
        territory = lookup_by_identifier(qid)
        if territory is not None:
            out.update(dict.fromkeys(names, str(territory.code)))
    return out


@cache
def capital_states() -> dict[str, str]:
    """Each listed capital's names (:data:`_CAPITALS`), as written, with the code of its state ('بغداد': 'iq')."""
    return _coded(_CAPITALS)


# the letters of Arabic proper (hamza to yeh), and the space: a name so written is Arabic's, not Persian's, Urdu's,
# Kurdish's or Uyghur's, whose names in the reference data can spell a common Persian word ('میسر', feasible, for
# Egypt)
_ARABIC_LETTERS = re.compile(r"^[\u0621-\u064a ]+$")


@cache
def arabic_script_state_names() -> dict[str, str]:
    """Each present-day state's Arabic and Persian names as written, with its code ('مصر': 'eg', 'ألمانيا': 'de',
    'اسرائیل': 'il', 'أمريكا': 'us'): the names CLDR gives in Arabic and in Persian, and the reference data's other
    names in Arabic letters proper. rigour's lookup knows some of them only with their hamza and article as written
    ('ألمانيا', not 'المانيا'), and not 'مصر' at all; a reader of these names by their keys finds each however
    written."""
    out: dict[str, str] = {}
    for territory in get_territories():
        if not territory.is_country or territory.is_historical:
            continue
        code = str(territory.code)
        for language in ("ar", "fa"):
            name = Locale.parse(language).territories.get(code.upper())
            if name:
                out.setdefault(name, code)
        for name in _names(code):
            if _ARABIC_LETTERS.match(name):
                out.setdefault(name, code)
    out.update(_coded(_SPELLINGS))
    return out


# Names CLDR gives a state that are common words too, whatever rigour knows: Persian 'چک' (a cheque; Czechia), Arabic
# 'هند' (the given name Hind; India in Persian)
_COMMON_WORD_NAMES = frozenset(("\u0686\u06a9", "\u0647\u0646\u062f"))


def named_state(name: str) -> str | None:
    """The code of the state whose Arabic or Persian name ``name`` is, as written (:func:`arabic_script_state_names`:
    'مصر', which rigour's lookup does not know by itself, only 'جمهورية مصر'); None for any other word."""
    return None if name in _COMMON_WORD_NAMES else arabic_script_state_names().get(name)


def capital_names(same_as: Iterable[str]) -> tuple[str, ...]:
    """The names of the capital of the country a record's Wikidata ids point at; () when not listed."""
    return next((_CAPITALS[str(q)] for q in same_as if str(q) in _CAPITALS), ())


def territory_names(same_as: Iterable[str]) -> list[str]:
    """Other names of the country a record's Wikidata ids point at; [] for anything that is not a territory."""
    for ext in same_as:
        if not _QID.match(str(ext)):
            continue
        territory = lookup_by_identifier(str(ext))
        if territory is not None:
            return [*_names(territory.code), *_SPELLINGS.get(str(ext), ()), *_EPITHETS.get(str(ext), ())]
    return []


def is_country_name(name: str) -> bool:
    """Whether ``name`` is a country's name in the reference data ('Yemen', 'Syria'); no record needed.

    rigour's lookup also takes adjectives ('Iraqi', 'Turkish'); only the names listed for the territory count.
    """
    territory = lookup_territory(name.strip()) if name.strip() else None
    if territory is None:
        return named_state(name.strip()) is not None  # ('مصر', a name CLDR gives in Arabic and Persian)
    wanted = ascii_text(name.strip()).lower()
    return any(ascii_text(n).lower() == wanted for n in (*_names(territory.code), territory.name))


def full_name(name: str) -> str:
    """The full name the reference data gives a country, lowercase ('kingdom of saudi arabia' for 'Saudi Arabia',
    'islamic republic of iran'); '' where it knows none."""
    territory = lookup_territory(name.strip()) if name.strip() else None
    return (getattr(territory, "full_name", None) or "").lower() if territory is not None else ""


def names_a_state(word: str) -> bool:
    """Whether the reference data knows ``word`` as a state's name, its capital or its adjective ('Iraq', 'Iraqi',
    'Persian', 'Tehran'); not a code that is also a word ('As'), nor a name that only ends as adjectives do ('Houthi',
    'Taliban', 'Ali')."""
    return (len(word) > 2 or word.isupper()) and lookup_territory(word) is not None


@cache
def _names(code: str) -> tuple[str, ...]:
    names: dict[str, None] = {}
    for language in _LANGUAGES:
        name = Locale.parse(language).territories.get(code.upper())
        if name:
            names[name] = None
    strong, weak = _rigour_names().get(code, ((), ()))
    for name in strong:
        if not _LATIN_ADJECTIVE.match(ascii_text(name)):
            names[name] = None
    for name in weak:
        letters = sum(c.isalpha() for c in name)  # not the vowel marks: 'روٗس' is three letters
        if _ARABIC_SCRIPT.match(name) and letters >= 4 and not name.endswith(("\u064a", "\u06cc")):
            names[name] = None
    return tuple(names)


@cache
def _rigour_names() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Territory code -> (main names, other names), from rigour's data file.

    rigour exposes a lookup by name but not the names themselves, so its loader is used directly; if a
    later release moves it, the country names from CLDR alone remain.
    """
    try:
        from rigour.territories.lookup import _load_territory_names
    except ImportError:  # pragma: no cover - depends on the installed rigour
        log.debug("rigour's territory names are not available; using CLDR names only")
        return {}
    return {territory.code: (tuple(strong), tuple(weak)) for territory, strong, weak, _ in _load_territory_names()}


def territory_code(same_as: Iterable[str]) -> str | None:
    """The code of the territory a record's Wikidata ids point at ('Q796' -> 'iq'); None for anything else."""
    for ext in same_as:
        if _QID.match(str(ext)):
            territory = lookup_by_identifier(str(ext))
            if territory is not None:
                return str(territory.code)
    return None
