"""Round 46's lead rules, on made-up sentences: a pronoun that answers a charge an active verb makes ('Y accused X
of ..., which it denies') stands for the one charged (X), never for a name inside the charge after it, and a charged
one named only by a description ('the ministry') is the body so described before."""

from __future__ import annotations

import pytest

from tests.draft.conftest import AF_LEAD, EN_LEAD, analyse, deniers

# --- the one an active verb of charging names, not a name inside the charge ------------------------------------------

VERBS = ["accused {X} of {DEED}", "has accused {X} of {DEED}", "blamed {X} for {DEED}", "accuses {X} of {DEED}"]
ANSWERS = [", which it denies.", ", a charge it denies.", ", which it has denied.", ", an accusation it rejects."]
DEEDS = ["arming the Tovek Front", "shelling Barno", "helping Mira Solen", "supplying the Marno Brigade with drones"]


@pytest.mark.parametrize("verb", VERBS)
@pytest.mark.parametrize("answer", ANSWERS)
@pytest.mark.parametrize("deed", DEEDS)
def test_it_answering_a_charge_is_the_body_charged(verb: str, answer: str, deed: str) -> None:
    sentence = "Kessel TV " + verb.format(X="the Velorian interior ministry", DEED=deed) + answer
    assert deniers("en", EN_LEAD, sentence) == ["the Velorian interior ministry"], sentence


@pytest.mark.parametrize("verb", VERBS)
@pytest.mark.parametrize("answer", [", which he denies.", ", a charge he has denied."])
@pytest.mark.parametrize("deed", ["arming the Tovek Front", "shelling Barno", "helping the Marno Brigade"])
def test_he_answering_a_charge_is_the_man_charged(verb: str, answer: str, deed: str) -> None:
    sentence = "Kessel TV " + verb.format(X="Arlo Venn", DEED=deed) + answer
    assert deniers("en", EN_LEAD, sentence) == ["Arlo Venn"], sentence


# --- the one charged named by a description of a body named before ---------------------------------------------------

BEFORE = {
    "ministry": "The Velorian interior ministry opened a new office in Barno on Monday.",
    "brigade": "The Marno Brigade took over the checkpoints near Barno last week.",
}


@pytest.mark.parametrize("noun", sorted(BEFORE))
@pytest.mark.parametrize("answer", [", which it denies.", ", a charge it denies.", ", which it has denied."])
@pytest.mark.parametrize("deed", ["striking the convoy", "arming the Tovek Front", "shelling Barno"])
def test_it_answering_a_charge_is_the_body_described(noun: str, answer: str, deed: str) -> None:
    sentence = f"Kessel TV accused the {noun} of {deed}{answer}"
    expected = {"ministry": "the Velorian interior ministry", "brigade": "Marno Brigade"}[noun]
    assert deniers("en", EN_LEAD, BEFORE[noun], sentence) == [expected], sentence


# --- controls: no denier rather than a wrong one ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # the pronoun is not of the kind of the one charged: a person for 'it', a body for 'he'
        "Kessel TV accused the minister of arming the Tovek Front, which it denies.",
        "Kessel TV accused the Marno Brigade of helping Arlo Venn, which he denies.",
        # the one charged is a place, whom no pronoun 'it' answers for here
        "Kessel TV accused the villagers of hiding the Tovek Front, which it denies.",
    ],
)
def test_a_pronoun_of_another_kind_than_the_one_charged_gets_no_denier(sentence: str) -> None:
    assert deniers("en", EN_LEAD, sentence) == [], sentence


# --- English: the occasion taken to deny, with where and when between; a body's delegation speaks for it -----------


@pytest.mark.parametrize(
    "occasion",
    [
        "took to the podium in Kessel City on Monday",
        "took to the stage in Barno",
        "held a news conference on Sunday",
        "held a press conference in Kessel City on Friday",
        "appeared in Barno",
        "went on television on Tuesday",
    ],
)
@pytest.mark.parametrize("verb", ["deny the allegations", "refute accusations of abuses", "reject the reports"])
@pytest.mark.parametrize(
    ("subject", "denier"),
    [("The Tovek Front", "Tovek Front"), ("Arlo Venn", "Arlo Venn"), ("The Tovek Front delegation", "Tovek Front")],
)
def test_the_occasion_taken_to_deny_with_where_and_when(occasion: str, verb: str, subject: str, denier: str) -> None:
    sentence = f"{subject} {occasion} to {verb}."
    assert deniers("en", EN_LEAD, sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The Tovek Front delegation denied the allegations.",
        "The Tovek Front delegation rejected the reports as baseless.",
        "In a rare press conference, the Tovek Front delegation appeared in Kessel City to deny the allegations.",
    ],
)
def test_a_body_s_delegation_denies_for_the_body(sentence: str) -> None:
    assert deniers("en", EN_LEAD, sentence) == ["Tovek Front"], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # an occasion taken to say something else, or a delegation that says nothing
        "The Tovek Front held a news conference on Sunday to announce a ceasefire.",
        "The Tovek Front took to the podium in Kessel City on Monday to thank the president.",
        "A Tovek Front delegation visited Barno on Monday.",
        "The Tovek Front delegation arrived in Kessel City to attend the talks.",
    ],
)
def test_an_occasion_or_delegation_with_no_denial(sentence: str) -> None:
    assert deniers("en", EN_LEAD, sentence) == [], sentence


# --- Arabic: the masculine 'عاري عن الصحة', and no knowledge of the charge on one's side -----------------------------

AR_BEFORE = "نفى حزب الكسل، اليوم الجمعة، الشائعات المتداولة بشأن سقوط قتلى له في تووك."


@pytest.mark.parametrize("of", ["عن", "من"])
@pytest.mark.parametrize(
    "frame",
    [
        "وأكد الحزب في بيان مقتضب، أن الأخبار التي تتداول سقوط قتلى برفقة الموكب عاري {of} الصحة.",
        "وقال الحزب إن ما يتداول عن سقوط قتلى عاري {of} الصحة.",
    ],
)
def test_arabic_masculine_untrue_with_its_ya(of: str, frame: str) -> None:
    assert deniers("ar", AF_LEAD["ar"], AR_BEFORE, frame.format(of=of)) == ["حزب الكسل", "حزب الكسل"]


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        (
            'ولفتت الحركة، في بيان لها، إلى أن "اتهامنا بقصف مقر في تووك وإن كانت التهمة مشرفة إلا أنه لا علم لنا بها".',
            "الحركة",
        ),
        ("وقالت الوزارة إنه لا علم لها بالهجوم على تووك.", "الوزارة"),
        ("وأكدت الحركة أنه لا علم لها بذلك.", "الحركة"),
    ],
)
def test_arabic_no_knowledge_of_it_on_one_s_side(sentence: str, denier: str) -> None:
    assert deniers("ar", AF_LEAD["ar"], sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # of someone's fate, and a person's own knowledge: no denial
        "وقال سامي حمدان إنه لا علم لنا بمصير المخطوفين.",
        "وقال سامي حمدان إنه لا علم له بالهجوم.",
        "وقالت الوزارة إنه لا علم لها بمكان وجوده.",
    ],
)
def test_arabic_no_knowledge_that_denies_nothing(sentence: str) -> None:
    assert deniers("ar", AF_LEAD["ar"], sentence) == [], sentence


# --- Persian: no knowledge of the act on one's side ------------------------------------------------------------------

FA_CHARGE = "رسانه‌های کسلیا گزارش دادند که جنبش نور به پایگاه تووک حمله کرده است."


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("جنبش نور در بیانیه‌ای اعلام کرد که هیچ اطلاعی از این حمله ندارد.", "جنبش نور"),
        ("جنبش نور اعلام کرد از این عملیات اطلاعی نداشته است.", "جنبش نور"),
        ("سخنگوی جنبش نور گفت: ما از این حمله اطلاعی نداریم.", "سخنگوی جنبش نور"),
        ("سخنگوی جنبش نور گفت: ما هیچ اطلاعی درباره این حمله نداریم.", "سخنگوی جنبش نور"),
    ],
)
def test_persian_no_knowledge_of_the_act(sentence: str, denier: str) -> None:
    assert deniers("fa", AF_LEAD["fa"], FA_CHARGE, sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # of someone's fate, and one's own knowledge in the first person singular: no denial
        "رامین دلاوری گفت از سرنوشت ربوده‌شدگان اطلاعی ندارد.",
        "رامین دلاوری گفت: من از این حمله اطلاعی ندارم.",
        "جنبش نور گفت از محل نگهداری اسرا اطلاعی ندارد.",
    ],
)
def test_persian_no_knowledge_that_denies_nothing(sentence: str) -> None:
    assert deniers("fa", AF_LEAD["fa"], FA_CHARGE, sentence) == [], sentence


# --- English: what a denial in the infinitive denies ends at a second purpose joined to it ---------------------------


@pytest.mark.parametrize(
    ("sentence", "denied"),
    [
        (
            "The Tovek Front delegation appeared in Kessel City to deny the allegations and defend President Arlo Venn "
            "for allowing them space in Veloria.",
            "the allegations",
        ),
        ("Arlo Venn went on television to deny the reports and thank his supporters.", "the reports"),
        ("Mira Solen held a news conference to deny the reports and to call for calm.", "the reports"),
        ("The Tovek Front took to the stage to reject the claims and strongly condemn the strike.", "the claims"),
        # (a noun after 'and' stays part of what is denied)
        ("Arlo Venn went on television to deny the reports and the rumours about his health.", None),
    ],
)
def test_what_a_denial_in_the_infinitive_denies(sentence: str, denied: str | None) -> None:
    (unit,) = [u for u in analyse("en", EN_LEAD, sentence).units if u.kind == "denial"]
    expected = denied or sentence.split(" to deny ")[1].rstrip(".")
    assert unit.denial.denied == (expected,), sentence
