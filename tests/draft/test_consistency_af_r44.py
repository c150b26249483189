"""Arabic and Persian, round 44 of issue 17: a review of round 43's Arabic and Persian rules, on made-up sentences.

- Dari 'شام' (the evening) before a day ends a speaker's name (round 43): 'شام' is the Levant's name's last word after
  'تحریر', 'فتح', 'بلاد' ('هیئت تحریر شام روز سه‌شنبه اعلام کرد' was read as 'هیئت تحریر').
- Captions (round 43): a sentence with a word for a photo in it ('ونشر سامي حمدان صورة للجنود ...'), or 'عکس‌العمل'
  (a reaction) written apart, was read as a caption, and the one it named spoke no quotation after it.
- A question after a colon (round 43): one who denied and then asked ('ونفت الوزارة الأنباء، وتساءلت: هل ...؟') lost
  the denial.
- A Persian one-word denier before 'این' (round 43): a conjunction or an adverb ('چون', 'زیرا', 'حتی', 'وقتی',
  'کاملا') was read as the denier.
- The body that held a meeting speaks (round 43): 'وعقدت الهيئة اجتماعا، وقال: «...»' (he said) gave the words to the
  commission, whose verb is feminine, not to the man who spoke before.
- A vowelled passive denial the last denier's (round 43): 'وكان قد نُفي إلى الخارج' (had been exiled abroad) with
  'إلى' right after the verb was a denial told again.
- The rest of round 43's rules held on the variants below (a command's statement, acronyms, the killed, Hezbollah,
  propaganda, a lawyer, 'ل' on an office, the body that held a meeting, exile, 'ويأتي نفي X').

Made-up names only (سامي حمدان، ليث عارف، سلمى حداد، كتائب كيسل، حركة النور، كسليا، أسترا؛ رامین دلاوری، کسلیا،
ولوریا، آسترا).
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

LEAD_AR = "استؤنفت المحادثات في مدينة أسترا يوم الأحد."
LEAD_FA = "گفت\u200cوگوها روز یکشنبه در شهر آسترا از سر گرفته شد."
Z = "\u200c"


def _speakers(language: str, *paragraphs: str) -> list[tuple[str, str]]:
    lead = LEAD_AR if language == "ar" else LEAD_FA
    return [(kind, who) for kind, who, _ in said(language, lead, *paragraphs)]


def _deniers(language: str, *paragraphs: str) -> list[str]:
    return [who for kind, who in _speakers(language, *paragraphs) if kind == "denial"]


# --- 1. Dari 'شام' (evening) before a day, and 'شام' as the Levant in a name -----------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # the Levant: the name's last word, the weekday after it the time
        (f"هیئت تحریر شام روز سه{Z}شنبه اعلام کرد که نیروهایش به شهر آسترا حمله نکرده{Z}اند.", ["هیئت تحریر شام"]),
        (f"سخنگوی هیئت تحریر شام روز سه{Z}شنبه گفت که این گزارش را رد می{Z}کند.", ["هیئت تحریر شام"]),
        ("جبهه فتح شام (سوریه) اعلام کرد که این گزارش نادرست است.", ["جبهه فتح شام"]),
        (f"هيئت تحرير شام روز سه{Z}شنبه اين گزارش را تكذيب كرد.", ["هيئت تحرير شام"]),
        # the evening (Dari): a time that ends the subject
        (f"سخنگوی طالبان شام روز سه{Z}شنبه گفت که این گزارش را رد می{Z}کند.", ["سخنگوی طالبان"]),
        (f"سخنگوی طالبان شام سه{Z}شنبه گفت که این گزارش را رد می{Z}کند.", ["سخنگوی طالبان"]),
        ("رامین دلاوری شام روز جمعه این گزارش را تکذیب کرد.", ["رامین دلاوری"]),
    ],
)
def test_sham_is_the_evening_or_the_levant(paragraph, expected):
    assert _deniers("fa", paragraph) == expected


# --- 2. captions, and sentences with a word for a photo in them ---------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # a sentence with its verb and its stop, a photo its object: the one named goes on
        (
            "fa",
            ("رامین دلاوری عکس شهدا را به شهر آسترا برد.", "او این گزارش را تکذیب کرد."),
            [("denial", "رامین دلاوری")],
        ),
        # captions still name no speaker
        ("ar", ("سامي حمدان (أرشيف)", "«لن ننسحب من المدينة»."), []),
        ("ar", ("صورة أرشيفية لسلمى حداد في مدينة أسترا", "«لن ننسحب من المدينة»."), []),
        ("ar", ("صورة أرشيفية لسلمى حداد في مدينة أسترا.", "«لن ننسحب من المدينة»."), []),
        ("ar", ("ليث عارف (صورة من الأرشيف).", "«لن ننسحب من المدينة»."), []),
        ("fa", ("رامین دلاوری (عکس از آرشیو)", "او این گزارش را تکذیب کرد."), []),
        ("fa", ("عکس: رامین دلاوری در شهر آسترا.", "او این گزارش را تکذیب کرد."), []),
    ],
)
def test_a_caption_and_a_sentence_about_a_photo(language, paragraphs, expected):
    assert _speakers(language, *paragraphs) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "ونشر سامي حمدان صورة للجنود في مدينة أسترا.",
        "وحمل ليث عارف صورة ابنه إلى مدينة أسترا.",
        "وعرضت سلمى حداد صورا من الأرشيف للصحفيين.",
    ],
)
def test_a_sentence_with_a_photo_as_its_object_is_no_caption(paragraph):
    # (the kind only: the label runs on to the object, 'سامي حمدان صورة', as it did before round 43)
    found = _speakers("ar", paragraph, "«لقد دمروا كل شيء في الحي».")
    assert [kind for kind, _ in found] == ["quote"]


# --- 3. a question after a colon, after a denial --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "paragraph", "expected"),
    [
        # denied, then asked: the denial stands
        ("ar", "ونفت وزارة الدفاع الكسلية الأنباء، وتساءلت: هل يعقل أن نقصف مدننا؟", ["وزارة الدفاع الكسلية"]),
        ("ar", "ونفى سامي حمدان ذلك، وقال: هل يعقل أن نقصف مدننا؟", ["سامي حمدان"]),
        ("ar", "ونفت سلمى حداد الاتهامات وتساءلت: «هل يعقل أن نقصف مدننا؟»", ["سلمى حداد"]),
        ("ar", "وكذبت حركة النور هذه الأنباء، متسائلة: “هل يصدق أحد ذلك؟”", ["حركة النور"]),
        ("fa", f"رامین دلاوری این ادعا را رد کرد و پرسید: آیا ما شهر خودمان را بمباران می{Z}کنیم؟", ["رامین دلاوری"]),
        # the question alone still denies nothing
        ("ar", "وتساءل ليث عارف: هل نفت الوزارة هذه الأنباء؟", []),
        ("ar", "وتساءلت سلمى حداد: «هل نفت كسليا ما جرى في مدينة أسترا؟»", []),
        ("fa", "رامین دلاوری پرسید: آیا کسلیا این خبر را تکذیب کرده است؟", []),
    ],
)
def test_a_denial_before_a_question_after_a_colon_stands(language, paragraph, expected):
    assert _deniers(language, paragraph) == expected


# --- 4. a Persian word before 'این' that is no subject ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a conjunction or an adverb opens the clause: the speaker's own denial
        (f"رامین دلاوری گفت که چون این ادعا را رد کرده{Z}اند، مذاکره متوقف شد.", ["رامین دلاوری"]),
        (f"رامین دلاوری گفت که زیرا این ادعا را رد کرده{Z}اند.", ["رامین دلاوری"]),
        (f"رامین دلاوری گفت که حتی این ادعا را رد کرده{Z}اند.", ["رامین دلاوری"]),
        (f"رامین دلاوری گفت که کاملا این ادعا را رد می{Z}کند.", ["رامین دلاوری"]),
        (f"رامین دلاوری گفت که قطعا این گزارش را تکذیب می{Z}کند.", ["رامین دلاوری"]),
        ("رامین دلاوری گفت که نیز این ادعا را رد کرده است.", ["رامین دلاوری"]),
        ("رامین دلاوری گفت که ما این ادعا را رد می\u200cکنیم.", ["رامین دلاوری"]),
        # a name of one word still denies, in either spelling, with 'اما' or 'که'
        ("اما كسليا اين گزارش را تكذيب كرد.", ["كسليا"]),
        ("اما ولوریا آن را تکذیب کرد.", ["ولوریا"]),
        ("رامین دلاوری گفت که ولوریا این خبر را تکذیب کرده است.", ["ولوریا"]),
        ("رامین دلاوری گفت که دولت این ادعا را رد کرده است.", ["دولت"]),
    ],
)
def test_a_word_before_this_that_is_no_subject(paragraph, expected):
    assert _deniers("fa", paragraph) == expected


CLAIMED_FA = f"جبهه آسترا مدعی شد که نیروها حمله کرده{Z}اند، "


@pytest.mark.parametrize(
    "clause",
    ["اما چون این گزارش را ولوریا تکذیب کرد، مذاکره متوقف شد.", f"اما ظاهرا این ادعا را رد کرده{Z}اند."],
)
def test_a_conjunction_or_an_adverb_after_but_is_no_denier(clause):
    # (who denies here is left to the rules before round 43; the word itself is never the denier)
    assert not {"چون", "ظاهرا"} & set(_deniers("fa", CLAIMED_FA + clause))


@pytest.mark.parametrize(
    ("clause", "expected"),
    [("اما ولوریا این ادعا را رد کرد.", ["ولوریا"]), ("ولی کسلیا آنرا تکذیب کرد.", ["کسلیا"])],
)
def test_a_one_word_denier_after_but_still_denies(clause, expected):
    assert _deniers("fa", CLAIMED_FA + clause) == expected


# --- 5. a vowelled passive, and exile ----------------------------------------------------------------------------------

DENIED_AR = "ونفت كتائب كيسل الأنباء عن انسحاب قواتها."


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # exile, with or without the one banished named: no denial told again
        ((DENIED_AR, "وكان قد نُفي إلى الخارج عام 1990."), ["كتائب كيسل"]),
        ((DENIED_AR, "وكانت قد نُفيت إلى المنفى عام 1990."), ["كتائب كيسل"]),
        ((DENIED_AR, "ونفي إلى الخارج عام 1990."), ["كتائب كيسل"]),
        ((DENIED_AR, "ونُفي سامي حمدان إلى الخارج عام 1990."), ["كتائب كيسل"]),
        ((DENIED_AR, "ونُفي القائد إلى جزيرة كيسل."), ["كتائب كيسل"]),
        # the passive told again, in the feminine; with its agent, the agent's
        # (read since round 44's known shapes, test_consistency_af_m44.py)
        ((DENIED_AR, "ونُفيت هذه الأنباء مرة أخرى يوم الاثنين."), ["كتائب كيسل", "كتائب كيسل"]),
        ((DENIED_AR, "ونُفي هذا الخبر مرة أخرى يوم الاثنين."), ["كتائب كيسل", "كتائب كيسل"]),
        ((DENIED_AR, "وقد نُفي الخبر من قبل حركة النور."), ["كتائب كيسل", "حركة النور"]),
        (("وقد نُفي الخبر من قبل حركة النور.",), ["حركة النور"]),
        # a denial of a going is no exile
        (("ونفت الحكومة الكسلية إرسال قوات إلى كسليا.",), ["الحكومة الكسلية"]),
    ],
)
def test_exile_and_the_vowelled_passive(paragraphs, expected):
    assert _deniers("ar", *paragraphs) == expected


# --- 6. round 43's other rules on more variants -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # a command's statement published by another; the army's too; one after 'وجاء فيه'
        (
            "ar",
            ("ونشرت وكالة أسترا بيانا للجيش الكسلي جاء فيه: «قواتنا لم تدخل المدينة».",),
            [("quote", "الجيش الكسلي")],
        ),
        (
            "ar",
            ("ونشرت وكالة أسترا بيانا للقيادة العامة للقوات الكسلية وجاء فيه: «قواتنا لم تدخل المدينة».",),
            [("quote", "القيادة العامة للقوات الكسلية")],
        ),
        (
            "ar",
            ("ونشرت وكالة أسترا بيانا لوزارة الدفاع الكسلية جاء فيه: «قواتنا لم تدخل المدينة».",),
            [("quote", "وزارة الدفاع الكسلية")],
        ),
        # acronyms in Latin letters: the article apart, and a body's acronym after its name
        ("ar", ("وقالت الـ BBC إن القوات انسحبت من مدينة أسترا.",), [("reported", "BBC")]),
        ("ar", ("وقال الـ PKK: «لم نهاجم مدينة أسترا».",), [("denial", "PKK")]),
        ("ar", ("وقال سامي حمدان (PKK) إن القوات انسحبت.",), [("reported", "سامي حمدان")]),
        (
            "ar",
            ("وقالت منظمة الصحة الكسلية (KHO) إن القوات انسحبت.", "ونفت KHO الأنباء عن انسحاب قواتها."),
            [("reported", "منظمة الصحة الكسلية"), ("denial", "منظمة الصحة الكسلية")],
        ),
        # one killed, arrested, wounded: no sole speaker; one who spoke of a killing is
        ("ar", ("واعتُقلت سلمى حداد في مدينة أسترا.", "«لن نسكت على هذا»."), []),
        (
            "ar",
            ("وتحدث سامي حمدان عن مقتل الجنود في مدينة أسترا.", "«لقد دمروا كل شيء في الحي»."),
            [("quote", "سامي حمدان")],
        ),
        # Hezbollah however written
        ("fa", (f"«حزب{Z}الله» این ادعا را تکذیب کرد.",), [("denial", "حزب الله")]),
        ("fa", (f"حزب{Z}الله لبنان این ادعا را تکذیب کرد.",), [("denial", "حزب الله لبنان")]),
        ("ar", ("ونفى حزبالله الأنباء عن انسحاب قواته.",), [("denial", "حزب الله")]),
        # X's lawyer, man or woman, one or several
        ("ar", ("وقال محامي سامي حمدان إن موكله لم يرتكب أي جريمة.",), [("reported", "محامي سامي حمدان")]),
        ("ar", ("وقالت محامية سلمى حداد إن موكلتها لم ترتكب أي جريمة.",), [("reported", "محامية سلمى حداد")]),
        ("ar", ("وقال محامو سامي حمدان إن موكلهم لم يرتكب أي جريمة.",), [("reported", "محامو سامي حمدان")]),
        # the body that held a meeting or a press conference speaks
        (
            "ar",
            ("وعقدت اللجنة الكسلية اجتماعا طارئا، وقالت: «لن نؤجل الانتخابات».",),
            [("quote", "اللجنة الكسلية")],
        ),
        ("ar", ("وعقدت حركة النور مؤتمرا صحفيا، وقالت إنها لن تنسحب.",), [("reported", "حركة النور")]),
        (
            "ar",
            ("وأجرت وزارة الدفاع الكسلية تحقيقا، وقالت: «لم نجد أي دليل».",),
            [("denial", "وزارة الدفاع الكسلية")],
        ),
        # 'ل' on an office after 'تصريح'; the media told keep the speaker
        ("ar", ("وفي تصريح للوزير الكسلي زعم فيه أن القوات انسحبت.",), [("reported", "الوزير الكسلي")]),
        ("ar", ("وفي تصريح لوكالة أسترا، قال سامي حمدان إن القوات انسحبت.",), [("reported", "سامي حمدان")]),
        ("ar", ("وفي تصريح للصحفيين، قال سامي حمدان إن القوات انسحبت.",), [("reported", "سامي حمدان")]),
    ],
)
def test_round_43_rules_on_more_variants(language, paragraphs, expected):
    assert _speakers(language, *paragraphs) == expected


# --- 7. the body that held a meeting, and a verb of saying of the other gender ----------------------------------------

SPOKE_AR = "وقال سامي حمدان إن القوات انسحبت."
SPOKE_F_AR = "وقالت سلمى حداد إن القوات انسحبت."


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the verb of saying in the other gender: the one who spoke before goes on, not the body
        ((SPOKE_AR, "وعقدت الهيئة اجتماعا، وقال: «لن نؤجل الانتخابات»."), "سامي حمدان"),
        ((SPOKE_AR, "وعقدت اللجنة الكسلية اجتماعا طارئا، وقال: «لن نؤجل الانتخابات»."), "سامي حمدان"),
        ((SPOKE_F_AR, "وعقد المجلس الكسلي اجتماعا، وقالت: «لن نؤجل الانتخابات»."), "سلمى حداد"),
        # the same gender: the body
        ((SPOKE_AR, "وعقدت الهيئة اجتماعا، وقالت: «لن نؤجل الانتخابات»."), "الهيئة"),
        ((SPOKE_F_AR, "وعقد المجلس الكسلي اجتماعا، وقال: «لن نؤجل الانتخابات»."), "المجلس الكسلي"),
    ],
)
def test_the_body_that_met_speaks_only_in_its_own_gender(paragraphs, expected):
    assert _speakers("ar", *paragraphs)[-1] == ("quote", expected)
