"""Language tags in words, and the direction their script is written in.

Only the languages and scripts the sites are likely to meet are named; any other
tag is shown as written, which is still correct, just less friendly.
"""

from __future__ import annotations

import re

LANGUAGES = {
    "ar": "Arabic",
    "az": "Azerbaijani",
    "ckb": "Central Kurdish",
    "de": "German",
    "dv": "Dhivehi",
    "en": "English",
    "es": "Spanish",
    "fa": "Persian",
    "fr": "French",
    "he": "Hebrew",
    "hi": "Hindi",
    "it": "Italian",
    "ku": "Kurdish",
    "kmr": "Northern Kurdish",
    "nl": "Dutch",
    "pnb": "Western Punjabi",
    "prs": "Dari",
    "ps": "Pashto",
    "pt": "Portuguese",
    "ru": "Russian",
    "sd": "Sindhi",
    "so": "Somali",
    "sv": "Swedish",
    "tg": "Tajik",
    "tr": "Turkish",
    "ug": "Uyghur",
    "uk": "Ukrainian",
    "ur": "Urdu",
    "uz": "Uzbek",
    "yi": "Yiddish",
    "zh": "Chinese",
}
SCRIPTS = {
    "Arab": "Arabic script",
    "Cyrl": "Cyrillic script",
    "Hebr": "Hebrew script",
    "Latn": "Latin script",
    "Syrc": "Syriac script",
    "Thaa": "Thaana script",
    "Hans": "simplified Chinese",
    "Hant": "traditional Chinese",
}
_RTL_SCRIPTS = {"Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg"}
# Languages whose default script runs right to left.
_RTL_LANGUAGES = {"ar", "ckb", "dv", "fa", "he", "pnb", "prs", "ps", "sd", "ug", "ur", "yi"}


def _parts(tag: str) -> tuple[str, str | None, str | None]:
    language, script, region = tag, None, None
    pieces = tag.split("-")
    language = pieces[0]
    for piece in pieces[1:]:
        if len(piece) == 4 and piece.isalpha():
            script = piece
        else:
            region = piece
    return language, script, region


def language_name(tag: str | None) -> str:
    """'fa-Arab' -> 'Persian, Arabic script'; 'en-GB' -> 'English (GB)'; unknown tags as written."""
    if not tag:
        return ""
    language, script, region = _parts(tag)
    words = LANGUAGES.get(language, language)
    if script:
        words += f", {SCRIPTS.get(script, script + ' script')}"
    if region:
        words += f" ({region})"
    return words


# Letters of the scripts written right to left (Hebrew, Arabic with its supplements and presentation forms, Syriac,
# Thaana, NKo): text holding any of them is set apart from the left-to-right words around it. The noncharacters
# U+FDD0-U+FDEF amid the presentation forms are no letters (and escaping drops them).
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdcf\ufdf0-\ufdff\ufe70-\ufefc]")


def holds_rtl(text: str) -> bool:
    """Whether ``text`` holds a letter of a script written right to left: 'مرضیه افخم', not 'Marzieh Afkham'."""
    return _RTL_LETTER.search(text) is not None


def direction(tag: str | None) -> str:
    """'rtl' or 'ltr' for text in this language, judged by its script subtag first."""
    if not tag:
        return "ltr"
    language, script, _ = _parts(tag)
    if script:
        return "rtl" if script in _RTL_SCRIPTS else "ltr"
    return "rtl" if language in _RTL_LANGUAGES else "ltr"


# Scripts a language is written in by default (the IANA registry's Suppress-Script):
# HTML lang attributes leave them out, as BCP 47 recommends ("fa", not "fa-Arab").
_DEFAULT_SCRIPTS = {
    "ar": "Arab",
    "ckb": "Arab",
    "fa": "Arab",
    "prs": "Arab",
    "ps": "Arab",
    "sd": "Arab",
    "ug": "Arab",
    "ur": "Arab",
    "pnb": "Arab",
    "he": "Hebr",
    "yi": "Hebr",
    "dv": "Thaa",
    "ru": "Cyrl",
    "uk": "Cyrl",
    "en": "Latn",
    "de": "Latn",
    "es": "Latn",
    "fr": "Latn",
    "it": "Latn",
    "nl": "Latn",
    "pt": "Latn",
    "sv": "Latn",
    "so": "Latn",
    "tr": "Latn",
    "uz": "Latn",
    "az": "Latn",
    "ku": "Latn",
    "kmr": "Latn",
    "tg": "Cyrl",
}


def html_lang(tag: str | None) -> str:
    """The tag for an HTML lang attribute: as given, less a script subtag that is the language's default."""
    if not tag:
        return ""
    language, script, _ = _parts(tag)
    if script and _DEFAULT_SCRIPTS.get(language) == script:
        return "-".join(p for p in tag.split("-") if p != script)
    return tag
