"""Round 37's rules from the lead's walk-throughs and the fresh development articles, on made-up sentences: a person
with the body written after 'of' ('MP Lev Arno of the Kessel Alliance'); a place or another person whose name ends in
a family name on file; bodies named in the plural; a thing called a rumour; a person named by his cause; in Arabic
the publisher of a statement ('نشرت X بيانا'); in Persian a report said not to show the facts."""

from __future__ import annotations

import pytest

from tests.draft.conftest import built, claimants, project_index, record_kinds, said, speakers

# --- English ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("MP Lev Arno of the Kessel Alliance denied the reports over arming the militias.", "Lev Arno"),
        ("MP Faris al-Kessi of the Ahrar Slate denied the reports over arming the militias.", "Faris al-Kessi"),
        ('Colonel Dario Venn of the Kessel Brigade said: "We will stay."', "Dario Venn"),
        ('"We will stay," said Dario Venn of the Kessel Brigade.', "Dario Venn"),
        ("Dario Venn of the Valdorian Front told reporters that the reports were false.", "Dario Venn"),
        ("Earlier, MP Omar Bafi of the Kessan Alliance told reporters that the premier formed militias.", "Omar Bafi"),
        ("Sheikh Omar Kessi of the Ahrar Party said the talks had failed.", "Omar Kessi"),
        ("Lawmaker Hadi al Venni of the Kessel Bloc said the talks had failed.", "Hadi al Venni"),
    ],
)
def test_a_person_of_a_body_is_the_person(text: str, speaker: str) -> None:
    assert [s for _, s in speakers("en", text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Ministry of the Interior denied the reports.", "Ministry of the Interior"),
        ("The State of Law Coalition denied the reports.", "State of Law Coalition"),
        ("Head of the Kessel Brigade Lev Arno denied the reports.", "Lev Arno"),
        ("The Council of the Kessel League denied the reports.", "Council of the Kessel League"),
        ("The Party of the Free Valdorians denied the reports.", "Party of the Free Valdorians"),
        # (a people's word and a word name data knows as a family name, 'House', make no person's name)
        ("The Velorian House of Representatives denied the reports.", "Velorian House of Representatives"),
    ],
)
def test_a_body_named_with_of_keeps_its_name(text: str, speaker: str) -> None:
    assert [s for _, s in speakers("en", text)] == [speaker]


def test_the_person_of_a_body_is_drafted_as_a_person() -> None:
    kinds = record_kinds(
        "en", "Earlier, MP Omar Bafi of the Kessan Alliance told reporters that the premier formed militias."
    )
    assert kinds == {"omar-bafi": "person"}


def test_the_person_of_a_body_links_to_the_record_on_file() -> None:
    text = "Prime Minister Nouri al-Maliki of the State of Law Coalition said the talks had failed."
    assert claimants("en", text, index=project_index()) == [("claim", "nouri-al-maliki")]


@pytest.mark.parametrize(
    "place",
    ["Ein al-Assad base", "Ain al-Assad air base", "Deir al-Assad", "Jisr al-Assad", "Wadi al-Assad", "Tell al-Assad"],
)
def test_a_place_named_with_a_surname_on_file_is_no_person(place: str) -> None:
    # ('al-Assad' is Bashar al-Assad's family name, on file: a place whose name opens with 'spring', 'monastery',
    # 'bridge' ... is named after something else, and is no mention of him)
    text = f"Lev Arno said the Kessel Brigade had attacked {place} in Iraq."
    records = built("en", text, index=project_index())
    claim = next(r for r in records if r["type"] == "claim")
    assert "bashar-al-assad" not in claim.get("subjects", [])
    assert "bashar-al-assad" not in claim.get("notes", "")
    assert not [r for r in records if r["type"] == "actor" and "assad" in r["id"]]


def test_the_family_name_on_file_alone_still_names_the_person() -> None:
    records = built("en", "Lev Arno said President al-Assad had ordered an attack on the base.", index=project_index())
    assert "bashar-al-assad" in next(r for r in records if r["type"] == "claim").get("subjects", [])


@pytest.mark.parametrize("name", ["Hafez al-Assad", "Maher al-Assad", "Rifaat el-Assad"])
def test_another_person_of_a_family_on_file_is_not_the_one_on_file(name: str) -> None:
    # (Bashar al-Assad is on file with the alias 'Assad'; his father's, brother's or uncle's name ends with it)
    records = built("en", f"Lev Arno said {name} had ordered an attack on the base.", index=project_index())
    assert "bashar-al-assad" not in next(r for r in records if r["type"] == "claim").get("subjects", [])


@pytest.mark.parametrize(
    ("name", "record"),
    [("Basher al-Assad", "bashar-al-assad"), ("Abdulrahman al-Jazairi", "abdul-rahman-al-jazairi")],
)
def test_the_given_name_on_file_in_another_spelling_still_names_the_person(name: str, record: str) -> None:
    # (another spelling of the given name on file, or its two words written as one: the same man, whose family name
    # alone is on file too)
    records = built("en", f"Lev Arno said {name} had ordered an attack on the base.", index=project_index())
    assert record in next(r for r in records if r["type"] == "claim").get("subjects", [])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Resistance Committees in Kessa said the Kessel Brigade had looted shops.", "Resistance Committees"),
        ("The Local Councils in Kessa said the army had looted shops.", "Local Councils"),
        ("The Kessan Agencies said the army had looted shops.", "Kessan Agencies"),
        ("The Resistance Committees said the Kessel Brigade had looted shops.", "Resistance Committees"),
        (
            "The Resistance Committees in Kessa and Al-Varra have accused the Kessel Brigade of looting.",
            "Resistance Committees",
        ),
        ("The Neighbourhood Committees in Kessa denied the reports.", "Neighbourhood Committees"),
    ],
)
def test_bodies_named_in_the_plural_speak(text: str, speaker: str) -> None:
    # ('Committees', 'Councils': the plural of a body's head word is a body, as 'Brigades' and 'Forces' were; read
    # as a person's name, a place after 'in' ended it and nothing, or the place, spoke)
    assert [s for _, s in speakers("en", text)] == [speaker]


def test_bodies_named_in_the_plural_are_drafted_as_bodies() -> None:
    kinds = record_kinds("en", "The Resistance Committees in Kessa said the Kessel Brigade had looted shops.")
    assert kinds.get("resistance-committees") not in (None, "person")


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno said the Kessan intervention in Varra was a rumour.",
        "Lev Arno said Kessa's role in the raid was a rumor.",
        "Lev Arno said the brigade's withdrawal was only a rumour.",
        "Lev Arno dismissed the Kessan intervention as a rumour.",
        "Lev Arno said the story was nothing but a rumor.",
    ],
)
def test_a_thing_called_a_rumour_is_denied(text: str) -> None:
    assert [(k, s) for k, s in speakers("en", text)] == [("denial", "Lev Arno")]


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno said there was a rumour of a raid in Varra.",
        "Lev Arno said the raid was rumoured to be near.",
        "Lev Arno said the brigade was a rumour mill's favourite target.",
    ],
)
def test_a_rumour_spoken_of_is_no_denial(text: str) -> None:
    assert "denial" not in [k for k, _ in speakers("en", text)]


@pytest.mark.parametrize(
    "subject", ["The factional leader-turned-Islamist", "The leader-turned-Islamist", "The veteran jihadist"]
)
def test_a_person_named_by_his_cause_denies(subject: str) -> None:
    text = f"{subject} denied Dario Venn's allegation that he was profiting from piracy."
    assert [k for k, _ in speakers("en", "Lev Arno held a press conference on Monday.", text)] == ["denial"]


# --- Arabic ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("verb", ["نشرت", "ونشرت", "بثت", "وزعت"])
@pytest.mark.parametrize(
    "then",
    [
        'وجاء في البيان: "إن التقارير لا أساس لها من الصحة".',
        'وجاء في البيان الذي يحمل تاريخ 18 رجب: "إن التقارير لا أساس لها من الصحة".',
        "وجاء في البيان:”إن التقارير لا أساس لها من الصحة”.",
    ],
)
def test_the_publisher_of_a_statement_speaks_what_it_says(verb: str, then: str) -> None:
    # ('نشرت X بيانا', X published a statement, as 'أصدرت X بيانا' issued one: before, no one, or a name 'وجاء')
    assert said("ar", f"{verb} كتائب كيسل بيانا جديدا.", then) == [
        ("denial", "كتائب كيسل", "إن التقارير لا أساس لها من الصحة")
    ]


def test_the_publisher_of_a_statement_adds_to_it() -> None:
    assert said("ar", "بث الجيش الكيسلي بيانا.", 'وأضاف البيان"لن تقبل الكتائب بذلك".') == [
        ("quote", "الجيش الكيسلي", "لن تقبل الكتائب بذلك")
    ]


@pytest.mark.parametrize("first", ["نشرت كتائب كيسل قواتها في المدينة.", "وصل الوفد إلى المدينة أمس."])
def test_a_statement_with_no_publisher_is_no_one_called_came(first: str) -> None:
    # (forces deployed, 'نشرت قواتها', publish no statement; with no issuer, 'وجاء' before the colon is no name)
    assert "وجاء" not in [s for _, s, _ in said("ar", first, 'وجاء في البيان: "إن التقارير لا أساس لها من الصحة".')]


# --- Persian ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ارتش کسلیا گفته است که نتیجه تحقیقات دولت وارنا پیرامون حمله هوایی به یک پاسگاه مرزی را قابل قبول نمی داند.",
        "ارتش کسلیا گفته است که گزارش وارنا واقعیات را به طور کامل و کافی منعکس نمی کند.",
        "ارتش کسلیا گفت که گزارش وارنا واقعیت‌ها را نشان نمی‌دهد.",
        "ارتش کسلیا گفت که نتایج تحقیقات وارنا را قابل قبول نمی‌شمارد.",
    ],
)
def test_a_report_said_not_to_show_the_facts_is_denied(text: str) -> None:
    assert [(k, s) for k, s in speakers("fa", text)] == [("denial", "ارتش کسلیا")]


@pytest.mark.parametrize(
    "text",
    ["ارتش کسلیا گفت که این طرح را قابل قبول نمی‌داند.", "ارتش کسلیا گفت که نیروهایش واقعیات میدان را منعکس می‌کنند."],
)
def test_a_plan_not_accepted_or_facts_shown_is_no_denial(text: str) -> None:
    assert "denial" not in [k for k, _ in speakers("fa", text)]
