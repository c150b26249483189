from generator.render.languages import direction, language_name


def test_language_names():
    assert language_name("fa-Arab") == "Persian, Arabic script"
    assert language_name("ar-Latn") == "Arabic, Latin script"
    assert language_name("en-GB") == "English (GB)"
    assert language_name("xx") == "xx"


def test_direction_follows_the_script_first():
    assert direction("ar") == "rtl" and direction("fa-Arab") == "rtl" and direction("ur") == "rtl"
    assert direction("ar-Latn") == "ltr" and direction("en") == "ltr" and direction(None) == "ltr"
