"""Search keys: every name and alias of a record, folded so that spelling variants meet.

Readers look a group up by whatever spelling they met: Fatemiyoun, Fatimiyoun,
al-Zurfi, Al Zurfi, فاطميون with an Arabic yeh or فاطمیون with a Persian one. The
fact sheet of each named record carries a hidden block of these keys, weighted
high for Pagefind, and the search box folds the reader's query the same way
(``templates/pages/assets/factsheet/search.js`` implements
:func:`generator.folding.fold` and :func:`generator.folding.skeleton` again, step
by step; a browser test checks that the two agree).
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.folding import STOPWORDS, fold, skeleton
from generator.model.records import Record


def keys_for(names: Iterable[str]) -> list[str]:
    """The distinct folded words and skeletons of ``names``, in order of first appearance."""
    keys: dict[str, None] = {}
    for name in names:
        for word in fold(name).split():
            if word in STOPWORDS or len(word) < 2:
                continue
            keys[word] = None
            keys[skeleton(word)] = None
    return list(keys)


def record_names(record: Record) -> list[str]:
    """A record's main name and every alias."""
    names = [getattr(record, "name", None) or record.label]
    names += [alias.name for alias in getattr(record, "aliases", ())]
    return names


def search_keys(record: Record) -> str:
    """The hidden search keys of a record's page, one line of words."""
    return " ".join(keys_for(record_names(record)))
