"""Arabic and Persian, round 33: shapes seen in the round's walk-through of unseen news of denials (Sudan, Libya,
Syria, Iran, Afghanistan), written again with made-up names (سامي عبد الله، حركة النور، کامران نوری، کسلیا).

- Arabic: a man named again by a family name made with 'الله' ('وقال عبد الله' after 'العميد سعيد عبد الله'): its
  key's last word folds to two letters ('له'), too short to be read as a surname, and he became a second person.
- Arabic: 'ما ورد في البيان المتداول "..."' (what came in the circulated statement): 'ورد في البيان' was read as 'in the
  statement of', and the adjective after it ('المتداول') as the statement's issuer, a body that denied the words.
- Persian: a rank's grade ('سرتیپ دوم X', 'سرهنگ دوم X', 'ستوان یکم X') and an army officer's title before a rank
  ('امیر سرتیپ دوم X') were read as words of the man's name ('دوم X'); and a rank before a surname met before
  ('سرهنگ نوری' after 'سرهنگ دوم کامران نوری') made a second man.
- Arabic, what was denied: a body's short name in brackets ('(حنو)'), the manner ('بشكل قاطع') and a government set
  off by a comma after a ministry ('بحكومة الوحدة الكسلية،') opened it; and 'الأمر الذي نفاه X' (which X denied)
  without a comma before it left the words after the denier ('جملة وتفصيلاً') as what was denied.
- Arabic: a force's media centre ('المركز الإعلامي لقوات X') was drafted as a person.
- Persian: a second lead after 'به گزارش X،', 'بر اساس آنچه فارس نوشته است،' (based on what Fars wrote), was read as
  a verb of saying with no subject, and the speaker named after it was lost with their words.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built, denied_by, said

SURNAME_WITH_ALLAH = [
    (
        ("أكد المتحدث باسم الجيش الكسلي العميد سعيد عبد الله، أن القوات متماسكة.", 'وقال عبد الله "القوات موحدة".'),
        "سعيد عبد الله",
    ),
    (
        ("قال وزير الداخلية الكسلي سعيد عبد الله إن الوضع مستقر.", 'وتابع عبد الله "لا صحة لما يتم تداوله من إشاعات".'),
        "سعيد عبد الله",
    ),
    (
        ("قال الناطق باسم حركة النور خالد عبد الله إن مقاتليها انسحبوا.", 'وأضاف عبد الله أن "الحركة لن تتراجع".'),
        "خالد عبد الله",
    ),
    (
        ("قال الناطق باسم حركة النور خالد عبدالله إن مقاتليها انسحبوا.", 'وأضاف عبدالله أن "الحركة لن تتراجع".'),
        "خالد عبدالله",
    ),
    (
        ("أكد القيادي في حركة النور سامي فتح الله أن الحركة لم تنسحب.", 'وقال فتح الله "المقاتلون في مواقعهم".'),
        "سامي فتح الله",
    ),
]


@pytest.mark.parametrize("paras,who", SURNAME_WITH_ALLAH, ids=range(len(SURNAME_WITH_ALLAH)))
def test_a_family_name_made_with_allah_is_the_man_named_before(paras, who) -> None:
    assert {speaker for _, speaker, _ in said("ar", *paras)} == {who}
    assert [r["name"] for r in built("ar", *paras) if r["type"] == "actor"] == [who]


WHAT_CAME_IN_A_STATEMENT = [
    (
        "وذكر المكتب الإعلامي لحركة النور في بيان، أن مقاتليه لم ينفذوا أي هجوم، مؤكداً أن ما ورد في البيان المتداول "
        '"ادعاءات كاذبة بالكامل".',
        "المكتب الإعلامي لحركة النور",
    ),
    ('وقال المتحدث باسم حركة النور إن ما جاء في البيان المنشور "أكاذيب لا أساس لها".', "المتحدث باسم حركة النور"),
    ('وأكدت وزارة الدفاع الكسلية أن ما ورد في الأنباء المتداولة "شائعات مغرضة".', "وزارة الدفاع الكسلية"),
    ('وشددت حركة النور على أن ما جاء في الإعلان الأخير "عار عن الصحة".', "حركة النور"),
]


@pytest.mark.parametrize("text,who", WHAT_CAME_IN_A_STATEMENT, ids=range(len(WHAT_CAME_IN_A_STATEMENT)))
def test_what_came_in_a_statement_names_no_issuer(text, who) -> None:
    assert [speaker for _, speaker, _ in said("ar", text)] == [who]


# (and as before: according to what came in X's statement, or in it came, X says it)
STATEMENT_ISSUER_KEPT = [
    'بحسب ما جاء في بيان حركة النور، فإن "المقاتلين انسحبوا من البلدة".',
    'وجاء في بيان حركة النور: "المقاتلون انسحبوا من البلدة".',
    'وحسب ما ورد في بيان حركة النور، فإن "المقاتلين انسحبوا من البلدة".',
]


@pytest.mark.parametrize("text", STATEMENT_ISSUER_KEPT, ids=range(len(STATEMENT_ISSUER_KEPT)))
def test_according_to_what_came_in_a_statement_keeps_its_issuer(text) -> None:
    assert [speaker for _, speaker, _ in said("ar", text)] == ["حركة النور"]


GRADED_RANK_FA = [
    ("سرتیپ دوم کامران نوری بیان کرد: این گزارش به هیچ عنوان درست نیست.",),
    ("سرهنگ دوم کامران نوری گفت: نیروها در شهر باقی می‌مانند.",),
    ("ستوان یکم کامران نوری گفت: نیروها در شهر باقی می‌مانند.",),
    ("سرهنگ دوم کامران نوری، سخنگوی ارتش کسلیا، این خبر را تکذیب کرد.", "سرهنگ نوری افزود: نیروها در شهر می‌مانند."),
    (
        "امیر سرتیپ دوم کامران نوری، معاون روابط عمومی ارتش کسلیا گفت: این آمار مورد تایید نیست.",
        "سرتیپ دوم نوری بیان کرد: اخبار رسمی فقط از ستاد کل منتشر می‌شود.",
    ),
]


@pytest.mark.parametrize("paras", GRADED_RANK_FA, ids=range(len(GRADED_RANK_FA)))
def test_a_ranks_grade_is_no_word_of_the_name(paras) -> None:
    assert {speaker for _, speaker, _ in said("fa", *paras)} == {"کامران نوری"}
    assert [r["name"] for r in built("fa", *paras) if r["type"] == "actor"] == ["کامران نوری"]


DENIED_AFTER_ASIDES = [
    (
        "نفت حركة النور (حنو)، اليوم الاثنين، بشكل قاطع صحة الأنباء عن استهداف حاجز قرب البلدة.",
        "صحة الأنباء عن استهداف حاجز قرب البلدة",
    ),
    ("نفت حركة النور (حنو) صحة الأنباء عن استهداف حاجز قرب البلدة.", "صحة الأنباء عن استهداف حاجز قرب البلدة"),
    ("نفت حركة النور، اليوم الاثنين، بشكل قاطع الأنباء عن استهداف حاجز.", "الأنباء عن استهداف حاجز"),
    ("نفت حركة النور بصورة قاطعة الأنباء عن انسحاب مقاتليها.", "الأنباء عن انسحاب مقاتليها"),
    (
        "نفت وزارة الداخلية بحكومة الوحدة الكسلية، الأخبار التي بثتها بعض القنوات عن اقتحام مقر الحكومة.",
        "الأخبار التي بثتها بعض القنوات عن اقتحام مقر الحكومة",
    ),
    (
        "يذكر أن أخباراً انتشرت عن محاولة انقلاب في المدينة الأمر الذي نفاه الجيش الكسلي جملة وتفصيلاً.",
        "يذكر أن أخباراً انتشرت عن محاولة انقلاب في المدينة",
    ),
    (
        "وتحدثت تقارير عن اعتقال عشرات الضباط من الجيش الأمر الذي نفته الوزارة.",
        "وتحدثت تقارير عن اعتقال عشرات الضباط من الجيش",
    ),
]


@pytest.mark.parametrize("text,denied", DENIED_AFTER_ASIDES, ids=range(len(DENIED_AFTER_ASIDES)))
def test_asides_after_the_denier_are_no_words_of_what_was_denied(text, denied) -> None:
    assert [d for _, d in denied_by("ar", text)] == [denied]


MEDIA_CENTRE = [
    ('وذكر المركز الإعلامي لقوات النور في بيان، أن قواته لم تنفذ أي هجوم، مؤكداً أن الأنباء "ادعاءات مفبركة".',),
    ("نفى المركز الإعلامي لحركة النور الأنباء عن انسحاب مقاتليه.",),
    ('وقال المركز الإعلامي لقوات النور إن "المقاتلين في مواقعهم".',),
]


@pytest.mark.parametrize("paras", MEDIA_CENTRE, ids=range(len(MEDIA_CENTRE)))
def test_a_media_centre_is_a_body(paras) -> None:
    # (a body's media office speaks for the body, which is drafted: no person, and an organisation or a group)
    records = [r for r in built("ar", *paras) if r["type"] in ("actor", "group")]
    assert records and all(r["type"] == "group" or r["kind"] == "organization" for r in records)


ACCORDING_TO_WHAT_FA = [
    "به گزارش خبرگزاری کسلان، بر اساس آنچه فارس نوشته است، کامران نوری، سخنگوی ارتش کسلیا در گفتگویی گفت: آمار "
    "موشک‌ها درست نیست.",
    "به گزارش خبرگزاری کسلان، طبق آنچه ایرنا گزارش داده است، کامران نوری، سخنگوی ارتش کسلیا گفت: آمار موشک‌ها درست "
    "نیست.",
    "به گزارش روزنامه کسلان، براساس آنچه خبرگزاری نور اعلام کرده، کامران نوری، سخنگوی ارتش کسلیا گفت: نیروها در "
    "شهر باقی می‌مانند.",
    "به گزارش خبرگزاری کسلان، بر اساس آنچه فارس نوشته است، امیر سرتیپ دوم کامران نوری، معاون روابط عمومی ارتش کسلیا "
    "در گفتگویی ضمن تکذیب اظهارات سرتیپ مختاری گفت: آمار موشک‌ها به هیچ عنوان مورد تایید نیست.",
]


@pytest.mark.parametrize("text", ACCORDING_TO_WHAT_FA, ids=range(len(ACCORDING_TO_WHAT_FA)))
def test_based_on_what_an_outlet_wrote_is_a_lead(text) -> None:
    assert [speaker for _, speaker, _ in said("fa", text)] == ["کامران نوری"]
