import pytest

from generator.render.languages import direction, holds_rtl, language_name


def test_language_names():
    assert language_name("fa-Arab") == "Persian, Arabic script"
    assert language_name("ar-Latn") == "Arabic, Latin script"
    assert language_name("en-GB") == "English (GB)"
    assert language_name("xx") == "xx"


def test_direction_follows_the_script_first():
    assert direction("ar") == "rtl" and direction("fa-Arab") == "rtl" and direction("ur") == "rtl"
    assert direction("ar-Latn") == "ltr" and direction("en") == "ltr" and direction(None) == "ltr"


@pytest.mark.parametrize("text", ["مرضیه افخم", "a ministry spokesman (وزارة الدفاع)", "דובר", "\ufb50", "\ufdf2"])
def test_text_with_a_right_to_left_letter_holds_rtl(text):
    assert holds_rtl(text)


@pytest.mark.parametrize("text", ["Marzieh Afkham", "", "00\ufdd0", "\ufdef", "2024-03-01"])
def test_latin_digits_and_noncharacters_do_not_hold_rtl(text):
    # U+FDD0-U+FDEF sit amid the Arabic presentation forms but are noncharacters, which escaping drops
    assert not holds_rtl(text)
