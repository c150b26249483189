"""Dates as readers see them, with exactly the precision the record gives.

``2025-02`` stays "February 2025" (never a made-up day), intervals collapse their
shared parts ("7–8 December 2024"), and EDTF qualifiers stay visible:
approximate ``~`` reads "c. 2025", uncertain ``?`` reads "2025?".
"""

from __future__ import annotations

import calendar

from generator.model import edtf

_MONTHS = list(calendar.month_name)  # locale-independent: calendar uses English names by default
_DASH = "\u2013"


def format_date(text: str | None) -> str:
    """An EDTF date or interval in words; empty for no date."""
    if not text:
        return ""
    value = edtf.parse(text)
    if not value.is_interval:
        return _point(value.start)
    left, right = text.split("/")
    start, end = value.start, value.end
    if start is None:
        return f"until {_point(end)}" + ("" if left == ".." else " (start unknown)")
    if end is None:
        return f"since {_point(start)}" if right == ".." else f"from {_point(start)} (end unknown)"
    return _range(start, end)


def _month_name(p: edtf.Point) -> str:
    return _MONTHS[p.month or 0]


def _point(p: edtf.Point | None) -> str:
    if p is None:  # an open or unknown end; callers word those themselves
        return ""
    if p.day:
        words = f"{p.day} {_month_name(p)} {p.year}"
    elif p.month:
        words = f"{_month_name(p)} {p.year}"
    else:
        words = str(p.year)
    return _qualify(words, p.qualifier)


def _qualify(words: str, qualifier: str) -> str:
    if qualifier in ("~", "%"):
        words = f"c. {words}"
    if qualifier in ("?", "%"):
        words = f"{words}?"
    return words


def _range(a: edtf.Point, b: edtf.Point) -> str:
    if a == b:
        return _point(a)
    if a.qualifier or b.qualifier or a.precision != b.precision:
        return _join(_point(a), _point(b))
    if a.precision == "year":
        return f"{a.year}{_DASH}{b.year}"
    if a.precision == "month":
        if a.year == b.year:
            return f"{_month_name(a)}{_DASH}{_month_name(b)} {a.year}"
        return _join(_point(a), _point(b))
    if a.year == b.year and a.month == b.month:
        return f"{a.day}{_DASH}{b.day} {_month_name(a)} {a.year}"
    if a.year == b.year:
        return _join(f"{a.day} {_month_name(a)}", _point(b))
    return _join(_point(a), _point(b))


def _join(left: str, right: str) -> str:
    # A spaced dash once either side has spaces in it, so the range reads as two dates.
    return f"{left} {_DASH} {right}" if " " in left + right else f"{left}{_DASH}{right}"


sort_key = edtf.order_key
"""Order dated things chronologically, undated ones last (the model's one policy)."""
