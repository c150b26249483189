"""Dates keep the precision the record gives them."""

import pytest

from generator.render.dates import format_date, sort_key


@pytest.mark.parametrize(
    "text, words",
    [
        (None, ""),
        ("2025", "2025"),
        ("2025-02", "February 2025"),
        ("2025-02-13", "13 February 2025"),
        ("2025~", "c. 2025"),
        ("2025-02?", "February 2025?"),
        ("2025%", "c. 2025?"),
        ("2024-12-07/2024-12-08", "7–8 December 2024"),
        ("2024-11-30/2024-12-02", "30 November – 2 December 2024"),
        ("2024-12-30/2025-01-02", "30 December 2024 – 2 January 2025"),
        ("2024-11/2024-12", "November–December 2024"),
        ("2024-11/2025-02", "November 2024 – February 2025"),
        ("2013/2017", "2013–2017"),
        ("2013/2017-03", "2013 – March 2017"),
        ("2013~/2017", "c. 2013 – 2017"),
        ("2024/2024", "2024"),
        ("2013/..", "since 2013"),
        ("2013/", "from 2013 (end unknown)"),
        ("../2020", "until 2020"),
        ("/2020-05", "until May 2020 (start unknown)"),
    ],
)
def test_format_date(text, words):
    assert format_date(text) == words


def test_undated_sorts_last_and_a_month_after_its_known_days():
    dates = [
        "2025-02-13",
        None,
        "2024",
        "2025-02",
        "2025-02-28",
        "2025-03-01",
        "2025",
        "2025-12",
        "2024-12-07/2024-12-08",
    ]
    assert sorted(dates, key=sort_key) == [
        "2024-12-07/2024-12-08",
        "2024",
        "2025-02-13",
        "2025-02-28",
        "2025-02",
        "2025-03-01",
        "2025-12",
        "2025",
        None,
    ]
