"""Default source ids: publisher, year-month, title words; a fallback for titles without Latin letters."""

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


def test_titles_without_latin_letters_fall_back_to_the_checksum():
    assert default_id("مجلس محافظة دورنمارك", "الساحل نت", "2024-05-02", SHA) == "source-a46dc8cc082a"


def test_ids_stay_within_the_id_length_limit():
    long_title = " ".join(["extraordinarily"] * 12)
    assert len(default_id(long_title, "A Very Long Publisher Name Indeed", "2024-01", SHA)) <= 80
