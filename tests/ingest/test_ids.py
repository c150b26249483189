"""Default source ids: publisher, year-month, title words, transliterated from other scripts; a checksum fallback."""

from __future__ import annotations

from generator.ingest.ids import default_id

SHA = "a46dc8cc082ad0ada33aea49d51bb8e7f17f9da48e4db8882f7b25ba5563f8e3"


def test_publisher_month_and_title_content_words():
    assert (
        default_id("Afghan, Pakistani militias move to Iraq after Syria withdrawal", "The New Arab", "2025-02-13", SHA)
        == "the-new-arab-2025-02-afghan-pakistani-militias-move-iraq"
    )


def test_missing_parts_are_left_out_and_accents_folded():
    assert default_id("Réfugiés à la frontière", None, None, SHA) == "refugies-la-frontiere"
    assert default_id("Floods", "Le Monde", "2024", SHA) == "le-monde-2024-floods"


def test_titles_and_publishers_in_other_scripts_are_transliterated():
    assert (
        default_id("مجلس محافظة دورنمارك", "الساحل نت", "2024-05-02", SHA) == "alsahl-nt-2024-05-mjls-mhafzt-dwrnmark"
    )
    # 'ع' has no Latin letter in rigour's table: dropped, not a break in the word ('الشعبي' -> 'alshby')
    assert (
        default_id("الحشد الشعبي ينفي", "Kessel Today", "2017-08-09", SHA) == "kessel-today-2017-08-alhshd-alshby-ynfy"
    )


def test_a_title_with_no_letters_falls_back_to_the_checksum():
    assert default_id("!!! ???", "Kessel Today", "2024-05-02", SHA) == "source-a46dc8cc082a"


def test_ids_stay_within_the_id_length_limit():
    long_title = " ".join(["extraordinarily"] * 12)
    assert len(default_id(long_title, "A Very Long Publisher Name Indeed", "2024-01", SHA)) <= 80


def test_words_that_only_say_when_are_left_out():
    # a headline's day is not what the article is about; the id is dated by its year-month already
    assert (
        default_id("Taliban on Thursday reject UN report on security incidents", "Amu TV", "2024-03-07", SHA)
        == "amu-tv-2024-03-taliban-reject-un-report-security"
    )
    assert default_id("سخنگوی طالبان امروز گزارش را رد کرد", "Amu", "2024-03-07", SHA) == (
        "amu-2024-03-skhngwy-talban-gzarsh-ra-rd"  # without 'amrwz' (today)
    )
    assert (
        default_id("الحشد ينفي يوم الخميس", None, "2024-03-07", SHA) == "2024-03-alhshd-ynfy"
    )  # without 'ywm-alkhmys'
