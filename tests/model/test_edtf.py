"""EDTF dates: honest precision, real calendar days, sensible intervals."""

from datetime import date

import pytest

from generator.model.edtf import EdtfError, parse


@pytest.mark.parametrize(
    "text, precision",
    [
        ("2025", "year"),
        ("2025-02", "month"),
        ("2025-02-13", "day"),
        ("2024-02-29", "day"),
        ("2025?", "year"),
        ("2025-02~", "month"),
    ],
)
def test_points_keep_their_precision(text, precision):
    value = parse(text)
    assert not value.is_interval and value.start.precision == precision


def test_month_spans_the_whole_month():
    value = parse("2025-02")
    assert value.sort_key() == (date(2025, 2, 1), date(2025, 2, 28))


def test_intervals_open_and_closed():
    assert parse("2024-12-07/2024-12-08").sort_key() == (date(2024, 12, 7), date(2024, 12, 8))
    assert parse("2013/..").end is None and parse("2013/..").start.year == 2013
    assert parse("/2020").start is None


@pytest.mark.parametrize(
    "text, words",
    [
        ("2025-02-30", "has 28 days"),
        ("2023-02-29", "has 28 days"),
        ("2025-13", "months run 01 to 12"),
        ("Feb 2025", "is not a date"),
        ("2025-2-3", "is not a date"),
        ("2025-02-08/2025-02-01", "ends before it starts"),
        ("../..", "no date at either end"),
        ("2020/2021/2022", "more than one"),
        (" 2025", "is not a date"),
        ("", "is not a date"),
    ],
)
def test_bad_dates_say_why(text, words):
    with pytest.raises(EdtfError, match=words):
        parse(text)


def test_sorting_by_earliest_then_latest():
    values = ["2025", "2024-12-07/2024-12-08", "2025-02-13", "2025-02"]
    ordered = sorted(values, key=lambda t: parse(t).sort_key())
    assert ordered == ["2024-12-07/2024-12-08", "2025", "2025-02", "2025-02-13"]


def test_to_iso_is_the_one_policy_for_every_export():
    from generator.model.edtf import to_iso

    assert to_iso("2025-02") == ("2025-02", "2025-02", False)
    assert to_iso("2024-12-07/2024-12-08") == ("2024-12-07", "2024-12-08", True)
    assert to_iso("2013/..") == ("2013", None, True)
    assert to_iso("2025-02?") == (None, None, False)
    assert to_iso("2025~/2026") == (None, "2026", True)
    assert to_iso("2025-02", whole_day=True) == (None, None, False)
    assert to_iso("2025-02-13", whole_day=True) == ("2025-02-13", "2025-02-13", False)
    assert to_iso(None) == (None, None, False)
