"""What a draft may be, among the records on file: proposed in its notes for the editor, never linked silently.

Two kinds of proposal:

- :func:`answered_claims`: the existing claims a drafted denial most likely answers, ranked by the
  subjects they share (records named in both), whether the claim is about the denier, and the words
  they share (:mod:`generator.wording`).
- :func:`answered_in_article`: the claims drafted from the same article, by someone else, that a drafted
  denial most likely answers: a report and its denial often stand a paragraph apart ('The agency said the
  leaders met. ... A spokesman told reporters: "That is not true."'), where no word is shared.
- :func:`similar_records`: existing people and bodies whose name is plausibly another spelling of a
  drafted one: the same surname once transliteration variants collapse (Watut, Watout and وتوت), or
  the same words in another order or spelling ('defence ministry' and 'Ministry of Defense'), or a body's
  name in another script ('منظمة بدر' and 'Badr Organization', :func:`other_script_reason`). Only an
  exact match of a name or alias is ever used as a link (in :mod:`generator.draft.names`); these are
  suggestions with their reason.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from rigour.text.distance import levenshtein
from rigour.text.translit import ascii_text

from generator.folding import STOPWORDS, fold, skeleton
from generator.wording import content_words, shared, variant


def name_bag(text: str) -> frozenset[str]:
    """A name's words in any order, spelling variants made one: 'Iraq's Ministry of Defense' -> {iraq, ministry, defence}."""
    text = re.sub(r"['\u2019]s\b", "", text)
    return frozenset(variant(w) for w in fold(text).split() if w not in STOPWORDS)


def consonants(word: str) -> str:
    """A surname's consonant skeleton across scripts: 'Watout', 'Watut' and 'وتوت' all give 'wtt'."""
    word = fold(word).replace(" ", "") or word
    latin = ascii_text(word).lower() if not word.isascii() else word.lower()
    latin = skeleton(re.sub(r"[^a-z]", "", latin))
    if not latin:
        return ""
    return re.sub(r"[aeiou]", "", latin[0]) + re.sub(r"[aeiouwy]", "", latin[1:])


# A body's kind in the three languages, as search folds them (ة as ه, no article): 'منظمة بدر' is 'Badr
# Organization' when the rest of the name has the same consonants. Names of bodies in the region mostly keep their
# own words in transliteration ('Badr', 'Nujaba', 'Fatemiyoun') and translate only this head word.
_HEADS = {
    fold(word): head
    for head, words in {
        "organisation": "organization organisation منظمة سازمان",
        "movement": "movement حركة جنبش",
        "brigade": "brigade brigades لواء تيپ",
        "division": "division لشکر فرقة",
        "corps": "corps فيلق سپاه",
        "army": "army جيش ارتش",
        "forces": "forces قوات نیروهای",
        "council": "council مجلس شورای",
        "commission": "commission authority هيئة",
        "front": "front جبهة جبهه",
        "ministry": "ministry وزارة وزارت",
        "committee": "committee لجنة کمیته",
        "party": "party حزب",
        "battalion": "battalion battalions كتيبة گردان",
    }.items()
    for word in words.split()
}


@cache  # each drafted name is compared with every name on file, and each name on file with every drafted one
def _script_key(name: str) -> tuple[str, ...]:
    """A body's name as kinds and consonants, to compare across scripts: 'منظمة بدر' and 'Badr Organization'
    both give ('bdr', 'organisation')."""
    return tuple(sorted(_HEADS.get(w) or consonants(w) for w in fold(name).split() if w not in STOPWORDS))


def other_script_reason(name: str, other: str) -> str:
    """Why the body ``name`` may be ``other`` written in another script; else ''.

    The same kind of body and the same consonants in the rest of the name ('منظمة بدر', 'Badr Organization'), or
    the same consonants throughout ('عصائب أهل الحق', 'Asaib Ahl al-Haq'): a lead for the editor, never a link,
    since consonants alone confuse names that differ only in their vowels.
    """
    if name.isascii() == other.isascii():
        return ""
    mine, theirs = _script_key(name), _script_key(other)
    names = [k for k in mine if k not in _HEADS.values()]
    if len(mine) < 2 or mine != theirs or sum(len(k) for k in names) < 3:
        return ""
    return f"'{name}' may be '{other}' in another script: the same consonants{' and kind of body' * (len(names) < len(mine))}"


def surname_reason(name: str, other: str) -> str:
    """Why the person ``name`` may be ``other`` by surname ('Watut', 'Watout'; 'Kazali', 'Khazali'); else ''."""
    words, other_words = fold(name).split(), fold(other).split()
    if not words or not other_words:
        return ""
    mine, theirs = consonants(words[-1]), consonants(other_words[-1])
    if len(mine) < 3:
        return ""
    # one letter apart as written ('Kazali', 'Khazali'), checked both ways round, or two letters near each other typed
    # the other way round ('Muhajid', 'Mujahid'), five letters at least: a misspelling or a lighter transliteration of
    # the same surname, for the editor to judge
    one_letter = len(words[-1]) >= 5 and (
        levenshtein(words[-1], other_words[-1]) == 1 or _swapped(words[-1], other_words[-1])
    )
    if mine == theirs or (max(len(mine), len(theirs)) >= 4 and levenshtein(mine, theirs) <= 1) or one_letter:
        return f"the surname '{name.split()[-1]}' may be another spelling of '{other.split()[-1]}' ('{other}')"
    return ""


def _swapped(word: str, other: str) -> bool:
    """Whether ``word`` is ``other`` with two letters typed the other way round, side by side or with one letter
    between ('Kardim', 'Kadrim'; 'Muhajid', 'Mujahid': a slip of typing or of hearing), not further apart."""
    if len(word) != len(other) or word == other:
        return False
    apart = [i for i, (a, b) in enumerate(zip(word, other, strict=True)) if a != b]
    return (
        len(apart) == 2
        and apart[1] - apart[0] <= 2
        and word[apart[0]] == other[apart[1]]
        and word[apart[1]] == other[apart[0]]
    )


def similar_records(corpus: Any, name: str, type_name: str, person: bool) -> list[tuple[str, str]]:
    """(record id, reason) for records whose name may be another spelling of ``name``: of ``type_name`` (for a
    body, also of the other body type), whose names hold the same words, or fewer, or for a body all of another's."""
    out: list[tuple[str, str]] = []
    words = fold(name).split()
    if not words or corpus is None:
        return out
    bag = name_bag(name)
    # A body drafted as an organisation may be on file as an armed group, and the other way round.
    types = [type_name] + ([t for t in ("actor", "group") if t != type_name] if not person else [])
    for record in (r for t in types for r in corpus.of_type(t)):
        if getattr(record, "status", None) == "draft":
            continue
        is_person = getattr(record, "kind", "") == "person"
        if is_person != person:
            continue
        names = [record.label] + [a.name for a in getattr(record, "aliases", [])]
        reason = ""
        for other in names:
            other_words = fold(other).split()
            if not other_words:
                continue
            if person:
                reason = surname_reason(name, other)
                if reason:
                    break
            elif not person and len(bag) >= 2:
                their_bag = name_bag(other)
                if their_bag == bag or (len(bag) >= 2 and bag < their_bag):
                    reason = f"'{name}' has the words of '{other}'" + (
                        " in another order or spelling" if their_bag == bag else ""
                    )
                    break
                reason = other_script_reason(name, other)
                if reason:
                    break
                if len(their_bag) >= 2 and their_bag < bag:
                    # 'هيئة الحشد الشعبي' (the Popular Mobilization Commission) holds 'الحشد الشعبي': the
                    # same body under a fuller name, or a part of it; which one is for the editor.
                    reason = f"'{name}' holds the name '{other}': the same body, or a part of it"
                    break
        if reason:
            out.append((record.id, reason))
    return out[:3]


def answered_claims(
    corpus: Any, denier: str | None, subjects: list[str], text: str, limit: int = 3
) -> list[tuple[str, str]]:
    """(claim id, reason) for the existing claims a denial most likely answers, most likely first."""
    if corpus is None:
        return []
    words = content_words(text)
    scored: list[tuple[int, str, str]] = []
    for claim in corpus.of_type("claim"):
        claimant = claim.claimant.actor
        if denier is not None and claimant == denier:
            continue  # one does not deny one's own claim
        both = [s for s in subjects if s in claim.subjects]
        about_denier = denier is not None and denier in claim.subjects
        common = shared(words, content_words(" ".join([claim.summary, *(c.quote for c in claim.citations)])))
        score = 3 * len(both) + (3 if about_denier else 0) + min(len(common), 6)
        if score < 4 or not (both or about_denier or len(common) >= 3):
            continue
        parts = []
        if about_denier:
            parts.append("it is about the denier")
        if both:
            parts.append("shared subjects: " + ", ".join(both))
        if common:
            parts.append("shared words: " + ", ".join(common[:6]))
        scored.append((score, claim.id, "; ".join(parts)))
    scored.sort(key=lambda t: (-t[0], t[1]))
    return [(cid, why) for _, cid, why in scored[:limit]]


def answered_in_article(
    denial_paragraphs: list[int], denial_text: str, claims: list[tuple[str, int, str]], limit: int = 2
) -> list[tuple[str, str]]:
    """(claim id, reason) for the claims drafted from one article, given as (id, paragraph, words) and all by
    speakers other than the denier, that a denial cited in ``denial_paragraphs`` most likely answers: those set
    out in its paragraph or the two before it (the nearest first), then those sharing three words or more (two
    are often only the article's subject: 'spokesman', 'group')."""
    words = content_words(denial_text)
    scored: list[tuple[int, str, str]] = []
    for claim_id, paragraph, text in claims:
        gaps = [p - paragraph for p in denial_paragraphs if 0 <= p - paragraph <= 2]
        common = shared(words, content_words(text))
        if not gaps and len(common) < 3:
            continue
        where = f"from \u00b6{paragraph}"
        if gaps:
            where += ("", ", the paragraph before", ", two paragraphs before")[min(gaps)] or ", the same paragraph"
        parts = [where] + (["shared words: " + ", ".join(common[:6])] if common else [])
        score = (3 - min(gaps) if gaps else 0) + min(len(common), 6)
        scored.append((score, claim_id, "; ".join(parts)))
    scored.sort(key=lambda t: (-t[0], t[1]))
    return [(claim_id, why) for _, claim_id, why in scored[:limit]]
