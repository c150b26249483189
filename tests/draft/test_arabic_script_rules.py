"""General rules of Arabic and Persian news attribution (issue 17), one test each, on made-up sentences.

The names are fictional; each sentence has the shape of a real report, not its words.
"""

from __future__ import annotations

from generator.draft.lang import attributor_for
from generator.draft.names import Known, NameIndex
from generator.draft.text import read
from generator.model.archive import ArchivedText


def said(language: str, *paragraphs: str, index: NameIndex | None = None) -> list[tuple[str, str, str]]:
    """(kind, speaker label, first quotation or cited words) for every unit drafted from 'Title' + paragraphs."""
    text = "\n\n".join(("Title", *paragraphs)) + "\n"
    analysis = attributor_for(language).analyse(read(ArchivedText(text)), index or NameIndex(), {1})
    out = []
    for unit in analysis.units:
        words = unit.attributions[0].quote.text if unit.attributions else unit.text
        out.append((unit.kind, unit.speaker.label, words))
    return out


# --- Persian ------------------------------------------------------------------------------------------


def test_persian_perfect_and_joined_verbs():
    # 'گفته است' written with a space, a zero-width non-joiner or nothing between its parts
    for verb in ("گفته است", "گفته\u200cاست", "گفتهاست", "گفتند"):
        units = said("fa", f"رضا کاظمی {verb}: نیروها آماده هستند.")
        assert units == [("quote", "رضا کاظمی", "نیروها آماده هستند")], verb


def test_persian_perfect_denial_and_one_of_its_spokesmen():
    units = said("fa", "در واکنش به این گزارش، یکی از سخنگویان جنبش نمونه این ادعا را رد کرده است.")
    assert [(k, s) for k, s, _ in units] == [("denial", "یکی از سخنگویان جنبش نمونه")]


def test_persian_subject_ends_before_the_claim_it_rejects():
    units = said("fa", "شهر نمونه ادعای رضا کاظمی درباره مرز را رد کرد.")
    assert [(k, s) for k, s, _ in units] == [("denial", "شهر نمونه")]


def test_persian_office_of_a_country_is_no_name():
    index = NameIndex()
    index.add("کشور نمونه", Known("sampleland", "place", "country", "Sampleland"))
    units = said("fa", "وزیر خارجه کشور نمونه گفت: مرزها باز است.", index=index)
    assert [(k, s) for k, s, _ in units] == [("quote", "وزیر خارجه کشور نمونه")]


def test_persian_names_in_guillemets_before_an_office_or_their_verb():
    units = said(
        "fa",
        "«رضا کاظمی» وزیر کشور، حضور نیروهای خارجی را «به شدت» رد کرد.",
        "«مینا رستمی» در توئیتر خود نوشت: «مرزها باز است».",
    )
    assert [(k, s, w) for k, s, w in units] == [
        ("denial", "رضا کاظمی", "به شدت"),
        ("quote", "مینا رستمی", "مرزها باز است"),
    ]


def test_persian_a_relative_clause_before_the_verb_is_not_its_subject():
    index = NameIndex()
    index.add("کشور نمونه", Known("sampleland", "place", "country", "Sampleland"))
    units = said(
        "fa", "نماینده کشور نمونه با اشاره به قطعاتی که گفته شده از موشک است، گفت که «این کافی است».", index=index
    )
    assert [(k, s) for k, s, _ in units] == [("quote", "نماینده کشور نمونه")]


# --- Arabic -------------------------------------------------------------------------------------------


def test_arabic_office_body_then_name():
    units = said("ar", 'وقال وزير الخارجية الكسلية سامي الوردي، السبت، إن "الحدود مغلقة".')
    assert units == [("quote", "سامي الوردي", "الحدود مغلقة")]
    units = said("ar", 'وقال المتحدث باسم الوزارة الكسلية عبد الله الوردي إن "الحدود مغلقة".')
    assert [s for _, s, _ in units] == ["عبد الله الوردي"]
    units = said("ar", 'وقال وزير الدفاع إن "الحدود مغلقة".')
    assert [s for _, s, _ in units] == ["وزير الدفاع"]


def test_arabic_office_in_a_body_then_name():
    units = said("ar", 'وقال القيادي في الحركة الكسلية سامي الوردي إن "الحدود مغلقة".')
    assert [s for _, s, _ in units] == ["سامي الوردي"]


def test_arabic_subject_ends_where_the_object_starts():
    # an indefinite word after a definite one, a demonstrative, a manner phrase, 'according to'
    index = NameIndex()
    for sentence in (
        "كما نفى الحزب الكسلي سقوط قتلى من عناصره.",
        "نفى الحزب الكسلي هذه الأنباء جملة.",
        "ونفى الحزب الكسلي بشكل قاطع وقوع اشتباكات.",
    ):
        units = said("ar", sentence, index=index)
        assert [(k, s) for k, s, _ in units] == [("denial", "الحزب الكسلي")], sentence


def test_arabic_answering_claims_is_a_denial_answering_alone_is_not():
    units = said("ar", "رد المتحدث سامي الوردي على الادعاءات الأخيرة بشأن الحدود.")
    assert [(k, s) for k, s, _ in units] == [("denial", "سامي الوردي")]
    units = said("ar", "ورد المتحدث سامي الوردي على أسئلة الصحفيين بشأن الحدود.")
    assert [k for k, _, _ in units] == ["reported"]
