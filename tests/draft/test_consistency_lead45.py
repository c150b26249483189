"""Round 45's lead rules, on made-up sentences: a Persian sentence that opens with another side's claim set out ('این
که X ادعا می‌کنند که ...') and answers it is the answerer's, or the text's own 'we', never the claimant's; Arabic
reports called untruthful and claims made out of malice are dismissed; an Arabic quotation after a verbal noun of
saying and its subject ('بعد إعلان X أن "..."') is that subject's; English 'questioned' of a thing asks no one, and
reports traced to biased or unreliable sources are dismissed."""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

# --- Persian: a claim set out, then answered --------------------------------------------------------------------------

CLAIMS_SET_OUT = [
    "این که مقامات کسلیا ادعا می کنند که دیروز ۳۵ تن از نیروهای ما را کشته اند ،",
    "اینکه وزارت دفاع کسلیا ادعا کرده است که نیروهای ما در کسل‌شهر بودند،",
    "این‌که رسانه‌های کسلیا مدعی شده‌اند که جنبش سلاح دریافت کرده،",
]


@pytest.mark.parametrize("claim", CLAIMS_SET_OUT)
@pytest.mark.parametrize("answer", ["ما این ادعای باطل را بشدت رد می کنیم.", "ما این ادعا را تکذیب می‌کنیم."])
def test_persian_we_who_answer_a_claim_set_out_are_not_the_claimant(claim: str, answer: str) -> None:
    # unsigned, the text's own 'we' is no one named; the claimant never denies its own claim
    units = said("fa", f"{claim} {answer}")
    assert not [who for kind, who, _ in units if kind == "denial"]


@pytest.mark.parametrize("claim", CLAIMS_SET_OUT)
def test_persian_we_who_answer_a_claim_set_out_are_the_signer(claim: str) -> None:
    units = said("fa", f"{claim} ما این ادعا را تکذیب می‌کنیم.", "رامین دلاوری", "سخنگوی جنبش نور")
    assert [who for kind, who, _ in units if kind == "denial"] == ["رامین دلاوری"]


@pytest.mark.parametrize("claim", CLAIMS_SET_OUT)
@pytest.mark.parametrize(
    ("answer", "denier"),
    [
        ("رامین دلاوری این ادعا را تکذیب کرد.", "رامین دلاوری"),
        ("وزارت خارجه ورولیا آن را رد کرد.", "وزارت خارجه ورولیا"),
        ("سخنگوی جنبش نور، کاوه نیک‌نام، این ادعا را نادرست خواند.", "کاوه نیک‌نام"),
    ],
)
def test_persian_the_one_who_answers_a_claim_set_out_denies(claim: str, answer: str, denier: str) -> None:
    units = said("fa", f"{claim} {answer}")
    assert [who for kind, who, _ in units if kind == "denial"] == [denier]


@pytest.mark.parametrize(
    "text",
    [
        # no claim set out: 'ما' is the speaker's own side, whoever said it
        "رامین دلاوری گفت: ما این ادعا را رد می کنیم.",
        "رامین دلاوری گفت که ما این ادعا را رد می کنیم.",
    ],
)
def test_persian_we_after_a_verb_of_saying_are_its_speaker(text: str) -> None:
    assert [who for kind, who, _ in said("fa", text) if kind == "denial"] == ["رامین دلاوری"]


def test_persian_the_claimant_of_a_claim_set_out_is_named_without_the_opening_word() -> None:
    units = said("fa", "اینکه وزارت دفاع کسلیا ادعا کرده است که نیروهای ما در کسل‌شهر بودند، ما این ادعا را رد می‌کنیم.")
    assert [(kind, who) for kind, who, _ in units] == [("reported", "وزارت دفاع کسلیا")]


# --- Arabic: reports called untruthful, claims made out of malice -----------------------------------------------------

AR_DISMISSED = [
    "إن هذه دعاوى للكيد الممنهج للمؤسسات القومية في كسليا",
    "إن هذه الادعاءات للكيد بالجيش",
    "إن الجيش لن يلتفت إلى مثل هذه الأقاويل غير الصادقة",
    "إن هذه الأنباء غير صادقة",
    "إن التقارير غير الصادقة التي نشرتها القناة لا تستحق الرد",
]


@pytest.mark.parametrize("words", AR_DISMISSED)
@pytest.mark.parametrize(
    "frame",
    [
        "وقال الناطق باسم الجيش الكسلي، العميد سامي الوردي، {}.",
        "وأكد سامي الوردي، {}.",
        "وقالت سلمى حداد {}.",
    ],
)
def test_arabic_untruthful_reports_and_malicious_claims_are_dismissed(frame: str, words: str) -> None:
    units = said("ar", frame.format(words))
    assert [kind for kind, _, _ in units] == ["denial"]


@pytest.mark.parametrize(
    "words",
    [
        # insincere intentions or promises are charged, not denied; plotting is a charge too
        "إن نوايا الحركة غير صادقة",
        "إن وعود الحكومة الكسلية غير صادقة",
        "إن الحركة تسعى للكيد بالجيش",
    ],
)
def test_arabic_insincerity_and_plotting_charged_are_no_dismissal(words: str) -> None:
    units = said("ar", f"وقال سامي الوردي {words}.")
    assert [kind for kind, _, _ in units] == ["reported"]


# --- Arabic: a quotation after a verbal noun of saying ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("جاء تصريح الوردي بعد إعلان مسؤولون كسليون أن", "مسؤولون كسليون"),
        ("جاء ذلك بعد إعلان وزارة الدفاع الكسلية أن", "وزارة الدفاع الكسلية"),
        ("وجاء النفي عقب تأكيد الحركة أن", "الحركة"),
        ("وذلك إثر تصريح سامي الوردي بأن", "سامي الوردي"),
        ("وجاء البيان بعد زعم جبهة فيلوريا أن", "جبهة فيلوريا"),
    ],
)
def test_arabic_a_quotation_after_a_verbal_noun_of_saying_is_its_subjects(opening: str, speaker: str) -> None:
    units = said("ar", f'{opening} "قوات الجبهة سيطرت على المدينة"، وفق ما نقلته وكالة النور.')
    assert [(kind, who) for kind, who, _ in units] == [("quote", speaker)]


@pytest.mark.parametrize(
    "text",
    [
        # no word of time: the noun is the topic of another's verb, whose speaker it is
        'ونفت الحركة إعلان الوزارة أن "قواتها سيطرت على المدينة".',
        # a verb of saying of the sentence's own names the speaker before the noun does
        'وقال سامي الوردي بعد إعلان الوزارة أن "الوضع هادئ".',
    ],
)
def test_arabic_a_verbal_noun_without_a_time_or_after_a_speaker_gives_no_speaker_of_its_own(text: str) -> None:
    units = said("ar", text)
    assert [who for _, who, _ in units] != ["الوزارة"]
    assert len(units) == 1


# --- English ---------------------------------------------------------------------------------------------------------

DOUBTED = [
    "Venn questioned the data collection methods of Western organisations concerning human rights.",
    "Venn questioned the methods of Western organisations.",
    "Venn questioned the credibility of the Kessel Monitor.",
]


@pytest.mark.parametrize("doubted", DOUBTED)
def test_english_questioned_of_a_thing_asks_no_one(doubted: str) -> None:
    units = said("en", "Arlo Venn, the Kessian foreign minister, spoke on Monday.", f'{doubted} He said, "We see it."')
    assert [who for kind, who, _ in units if kind == "quote"] == ["Arlo Venn"]


@pytest.mark.parametrize(
    ("asked", "who"),
    [
        ("Police questioned Dario Venn about the attack.", "Dario Venn"),
        ("Reporters questioned the Kessel Brigade.", "Kessel Brigade"),
    ],
)
def test_english_questioned_of_someone_asks_them(asked: str, who: str) -> None:
    units = said(
        "en", f"{asked} He denied the reports." if "Brigade" not in asked else f"{asked} It denied the reports."
    )
    assert [w for kind, w, _ in units if kind == "denial"] == [who]


EN_SOURCES = [
    "These reports are taken from biased, dubious sources and enemies of Kessia.",
    "The claims were based on unverified sources.",
    "The reports came from hostile media outlets.",
    "The allegations are drawn from questionable sources.",
]


@pytest.mark.parametrize("words", EN_SOURCES)
def test_english_reports_traced_to_partial_sources_are_dismissed(words: str) -> None:
    units = said("en", f'Arlo Venn, the Kessian foreign minister, said: "{words}"')
    assert [(kind, who) for kind, who, _ in units] == [("denial", "Arlo Venn")]


@pytest.mark.parametrize(
    "words",
    [
        "The report was based on sources in Kessel City.",
        "The claims came from the army.",
        "The reports are taken from official sources.",
    ],
)
def test_english_reports_traced_to_plain_sources_are_no_dismissal(words: str) -> None:
    units = said("en", f'Arlo Venn, the Kessian foreign minister, said: "{words}"')
    assert [kind for kind, _, _ in units] == ["quote"]
