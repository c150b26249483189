"""The quotation marks we set around a cited passage that may carry marks of its own.

A passage is cut from the source verbatim, so it often opens or closes with the source's
own quotation marks: ``“These factions are classified as terrorist organisations”`` or
``… describing the matter as “dangerous.”``. Wrapping it in our marks as well printed
``““…”`` and ``…””``. We follow the newsroom rule instead:

- a passage wholly inside one pair of its own marks keeps them and gets none of ours;
- a passage cut inside a quotation, whose only mark opens it at the start (or closes it at
  the end), lends that mark to the pair: we add the other one only;
- any other passage gets our double marks, and the double marks inside it become single
  ones, as a quotation within a quotation.

Only left-to-right text is nested this way: Arabic and Persian write their inner quotations
with the same marks (« » or straight ones), and their passages are set without our marks in
a block. The stored quote is never changed; the build checks it, and the "original" link
searches for it, as written.
"""

from __future__ import annotations

# Opening mark -> its closing mark. Single curly marks are left out: ’ is also an apostrophe.
_PAIRS = {"“": "”", "«": "»", '"': '"'}
_INNER = str.maketrans({"“": "‘", "”": "’", '"': "'"})


def wholly_quoted(text: str) -> bool:
    """True when ``text`` opens with a quotation mark whose partner is its last character."""
    text = text.strip()
    if len(text) < 2 or text[0] not in _PAIRS or text[-1] != _PAIRS[text[0]]:
        return False
    opening, closing = text[0], _PAIRS[text[0]]
    depth = 0
    for index, char in enumerate(text):
        if opening == closing and char == opening:
            depth = 1 - depth  # straight marks alternate
        elif char == opening:
            depth += 1
        elif char == closing:
            depth -= 1
        if depth == 0:
            return index == len(text) - 1
    return False


def _marks(text: str) -> list[str]:
    return [char for char in text if char in _PAIRS or char in _PAIRS.values()]


def enclose(text: str, *, nest: bool = True) -> tuple[str, str, str]:
    """``(opening, passage, closing)``: the marks to print around ``text`` and the passage itself.

    With ``nest`` false (right-to-left text) the passage's own marks are never changed.
    """
    if wholly_quoted(text):
        return "", text, ""
    stripped = text.strip()
    if _marks(stripped) == [stripped[:1]] and stripped[:1] in _PAIRS:
        return "", text, _PAIRS[stripped[0]]
    if _marks(stripped) == [stripped[-1:]] and stripped[-1:] in _PAIRS.values():
        opening = next(key for key, value in _PAIRS.items() if value == stripped[-1])
        return opening, text, ""
    return "“", text.translate(_INNER) if nest else text, "”"
