"""One way to write a list of words as a regular expression's alternation, for every rule that reads one.

The longest word comes first, so that a word is never cut short by another that begins it ('said' before 'sa',
'spokeswoman' before 'spokesman's' shorter twin); each word is escaped, so that a dot or a hyphen in one is a dot or
a hyphen, never a pattern; and the whole is a group of its own, so that it sits anywhere in a pattern as one word
does. The date reader (:mod:`generator.weekdays`) and the drafting rules (:mod:`generator.draft`) build theirs here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A non-capturing group matching any of ``words``, each escaped, the longest first."""
    return "(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")"
