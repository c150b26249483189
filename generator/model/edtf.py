"""Dates with honest precision: the subset of EDTF (ISO 8601-2) that editors need.

Accepted forms: ``2025``, ``2025-02``, ``2025-02-13``, each optionally followed by
``?`` (uncertain), ``~`` (approximate) or ``%`` (both), and intervals of those
joined by ``/``, where either end may be ``..`` (open) or empty (unknown):
``2024-12-07/2024-12-08``, ``2013/..``, ``/2020``. A day is never required,
so nobody has to invent one.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_POINT = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?(?P<q>[?~%])?$")


class EdtfError(ValueError):
    """The text is not a date in the accepted EDTF subset."""


@dataclass(frozen=True, order=True)
class Point:
    """One calendar date at year, month or day precision."""

    year: int
    month: int | None = None
    day: int | None = None
    qualifier: str = ""

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def earliest(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> date:
        month = self.month or 12
        return date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])


@dataclass(frozen=True)
class Edtf:
    """A parsed EDTF value: a single point, or an interval whose ends may be open or unknown."""

    text: str
    start: Point | None
    end: Point | None
    is_interval: bool

    def sort_key(self) -> tuple[date, date]:
        """Order by earliest possible day, then latest; open ends sort outward."""
        lo = self.start.earliest() if self.start else date.min
        hi = self.end.latest() if self.end else date.max
        return (lo, hi)


def _point(text: str, whole: str) -> Point:
    m = _POINT.match(text)
    if not m:
        raise EdtfError(
            f"'{whole}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (an interval as START/END, an open end as ..)"
        )
    year = int(m["y"])
    month = int(m["m"]) if m["m"] else None
    day = int(m["d"]) if m["d"] else None
    if month is not None and not 1 <= month <= 12:
        raise EdtfError(f"'{whole}' has month {month:02d}; months run 01 to 12")
    if day is not None and month is not None:
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            raise EdtfError(f"'{whole}' has day {day:02d}, but {year}-{month:02d} has {last} days")
    return Point(year, month or None, day or None, m["q"] or "")


def parse(text: str) -> Edtf:
    """Parse ``text`` or raise :class:`EdtfError` with a message an editor can act on."""
    if not isinstance(text, str) or not text or text != text.strip():
        raise EdtfError(f"{text!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
    if "/" not in text:
        p = _point(text, text)
        return Edtf(text, p, p, False)
    if text.count("/") > 1:
        raise EdtfError(f"'{text}' has more than one '/'; an interval is START/END")
    left, right = text.split("/")
    start = None if left in ("", "..") else _point(left, text)
    end = None if right in ("", "..") else _point(right, text)
    if start is None and end is None:
        raise EdtfError(f"'{text}' has no date at either end")
    if start and end and start.earliest() > end.latest():
        raise EdtfError(f"'{text}' ends before it starts")
    return Edtf(text, start, end, True)


_RANK = {"day": 0, "month": 1, "year": 2}


def order_key(text: str | None) -> tuple[int, date, int, date]:
    """The order pages list dated things in: chronological, undated ones last.

    A date known only to the month ("2025-02") follows the days of that month that are known
    (it sorts at the month's last day, after a "2025-02-28"), and a year follows its months: a
    reader meets what is dated precisely first, then what may have happened any time in the span.
    An interval sorts by its start, then its end.
    """
    if not text:
        return (1, date.max, 3, date.max)
    value = parse(text)
    if value.is_interval:
        lo, hi = value.sort_key()
        return (0, lo, 0, hi)
    assert value.start is not None
    return (0, value.start.latest(), _RANK[value.start.precision], value.start.earliest())


def point_iso(point: Point | None, *, whole_day: bool = False) -> str | None:
    """One end as ISO 8601 at its own precision (2025, 2025-02, 2025-02-13).

    None when the end is open or unknown, when it is uncertain or approximate (ISO cannot say so, and
    stating it plainly would claim a certainty the record does not have), or, with ``whole_day``,
    when it is not a single day (for formats whose property needs one).
    """
    if point is None or point.qualifier or (whole_day and point.precision != "day"):
        return None
    text = f"{point.year:04d}"
    if point.month:
        text += f"-{point.month:02d}"
    if point.day:
        text += f"-{point.day:02d}"
    return text


def to_iso(value: str | None, *, whole_day: bool = False) -> tuple[str | None, str | None, bool]:
    """An EDTF value as ISO 8601 (start, end, is_interval); the one policy every export follows.

    A single date gives the same start and end. See :func:`point_iso` for when an end is None.
    """
    if not value:
        return None, None, False
    parsed = parse(value)
    return point_iso(parsed.start, whole_day=whole_day), point_iso(parsed.end, whole_day=whole_day), parsed.is_interval
