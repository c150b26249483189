"""Round 53's lead change, tested on made-up sentences: the claim drafted for reports a denial names takes the
reports' maker where the article names one ('a Harbour Ledger report that', 'claims by opposition lawmakers that'),
the outlet's record where it is one on file, and no claim where the maker is only referred to ('by the agency') or
what follows 'in' or 'on' is no outlet on file ('a report in March')."""

from __future__ import annotations

import pytest

from generator.commands.draft import command as draft_command
from generator.commands.ingest import command as ingest_command
from tests.conftest import check
from tests.draft.conftest import built, said
from tests.draft.test_draft import drafted
from tests.ingest.conftest import invoke, minimal_project  # noqa: F401 - fixtures

_WHAT = "its pilots had guided smugglers into the bay"


def _claims_and_denials(project, tmp_path, sentence: str, language: str = "en") -> tuple[dict[str, dict], list[dict]]:
    """Ingest a title and ``sentence`` as a Harbour Ledger article in ``language`` and draft it: the claims drafted,
    by id, and the denials."""
    (tmp_path / "reports.txt").write_text(f"Harbour authority denies reports\n\n{sentence}\n", encoding="utf-8")
    args = ["--publisher", "Harbour Ledger", "--language", language, "--published", "2024-05-07"]
    assert (
        invoke(ingest_command, project, str(tmp_path / "reports.txt"), *args, "--id", "ledger-reports").exit_code == 0
    )
    out = invoke(draft_command, project, "ledger-reports")
    assert out.exit_code == 0, out.output
    records = drafted(project)
    claims = {key.removeprefix("claim/"): d for key, d in records.items() if key.startswith("claim/")}
    return claims, [d for key, d in records.items() if key.startswith("denial/")]


@pytest.mark.parametrize(
    ("sentence", "claimant", "summary"),
    [
        # an outlet on file, named before the noun, after 'by', or as where the report was published
        (
            f"The Tarvo Harbour Authority denied a Harbour Ledger report that {_WHAT}.",
            {"actor": "the-harbour-ledger"},
            f"The Harbour Ledger reported that {_WHAT}.",
        ),
        (
            f"The Tarvo Harbour Authority on Monday rejected a report by The Harbour Ledger that {_WHAT}.",
            {"actor": "the-harbour-ledger"},
            f"The Harbour Ledger reported that {_WHAT}.",
        ),
        (
            f"The Tarvo Harbour Authority dismissed a report published in the Harbour Ledger that {_WHAT}.",
            {"actor": "the-harbour-ledger"},
            f"The Harbour Ledger reported that {_WHAT}.",
        ),
        (
            f"The Tarvo Harbour Authority denied the recent Harbour Ledger allegations that {_WHAT}.",
            {"actor": "the-harbour-ledger"},
            f"The Harbour Ledger alleged that {_WHAT}.",
        ),
        # a maker not on file, named after 'by', as the article words it
        (
            f"The Tarvo Harbour Authority denied claims by opposition lawmakers that {_WHAT}.",
            {"described_as": "opposition lawmakers"},
            f"Opposition lawmakers claimed that {_WHAT}.",
        ),
        (
            f"The Tarvo Harbour Authority rejected accusations by the Fishermen's Union of Tarvo that {_WHAT}.",
            {"described_as": "the Fishermen's Union of Tarvo"},
            f"The Fishermen's Union of Tarvo alleged that {_WHAT}.",
        ),
        # one report and no maker: the report with its article
        (
            f"The Tarvo Harbour Authority denied a report that {_WHAT}.",
            {"described_as": "a report"},
            f"A report said that {_WHAT}.",
        ),
        (
            f"The Tarvo Harbour Authority denied the report that {_WHAT}.",
            {"described_as": "the report"},
            f"The report said that {_WHAT}.",
        ),
    ],
)
def test_the_reports_claim_names_the_maker_the_article_names(minimal_project, tmp_path, sentence, claimant, summary):
    claims, denials = _claims_and_denials(minimal_project, tmp_path, sentence)
    assert len(claims) == 1 and len(denials) == 1, (claims, denials)
    (claim_id, claim), denial = next(iter(claims.items())), denials[0]
    assert claim["claimant"] == claimant
    assert claim["summary"] == summary
    assert denial["claims"] == [claim_id] and claim["claim_status"] == "denied"
    assert claim["citations"][0]["quote"] in sentence
    # (a report named with its maker is one to find and cite; the maker on file is no subject of its own claim)
    named = summary.split()[1] != "report"
    assert ("drafted from the one the article names" in claim["notes"]) == named, claim["notes"]
    assert claimant.get("actor", "-") not in claim.get("subjects", []), claim
    _, issues = check(minimal_project)
    assert [i for i in issues if i.severity == "error"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a maker only referred to: the article named it before, and the editor knows which
        f"The Tarvo Harbour Authority denied reports by the agency that {_WHAT}.",
        f"The Tarvo Harbour Authority rejected a report by the newspaper that {_WHAT}.",
        # after 'in' or 'on', a time or a place, no outlet on file
        f"The Tarvo Harbour Authority denied a report in March that {_WHAT}.",
        f"The Tarvo Harbour Authority denied reports on Monday that {_WHAT}.",
        f"The Tarvo Harbour Authority denied reports in Port Sable that {_WHAT}.",
    ],
)
def test_no_reports_claim_where_the_maker_is_referred_to_or_no_outlet(minimal_project, tmp_path, sentence):
    claims, denials = _claims_and_denials(minimal_project, tmp_path, sentence)
    assert denials and not claims, (claims, denials)


@pytest.mark.parametrize(
    ("language", "sentence", "claimant", "what"),
    [
        # Arabic: the reports named by their noun, with an adjective, and the media that carried them
        (
            "ar",
            "نفت سلطة ميناء تارفو التقارير التي تحدثت عن تهريب وقود عبر الخليج.",
            "التقارير",
            "تهريب وقود عبر الخليج",
        ),
        (
            "ar",
            "نفت سلطة ميناء تارفو الأنباء التي أفادت بأن المهربين دخلوا الميناء.",
            "الأنباء",
            "المهربين دخلوا الميناء",
        ),
        ("ar", "رفضت سلطة ميناء تارفو المزاعم الفيلورية حول تهريب الوقود عبر الخليج.", "المزاعم الفيلورية", "تهريب"),
        (
            "ar",
            "نفت سلطة ميناء تارفو ما تناقلته وسائل إعلام محلية عن تهريب الوقود عبر الخليج.",
            "وسائل إعلام محلية",
            "تهريب",
        ),
        # Persian: 'about', 'based on', and the reports' maker after the noun
        ("fa", "سازمان بندر تارفو گزارش‌ها درباره قاچاق سوخت در خلیج را تکذیب کرد.", "گزارش\u200cها", "قاچاق سوخت"),
        ("fa", "سازمان بندر تارفو شایعات مبنی بر ورود قاچاقچیان به بندر را رد کرد.", "شایعات", "ورود قاچاقچیان"),
        (
            "fa",
            "سازمان بندر تارفو ادعای رسانه‌های خارجی در مورد قاچاق سوخت را رد کرد.",
            "ادعای رسانه\u200cهای خارجی",
            "قاچاق",
        ),
    ],
)
def test_arabic_and_persian_reports_a_denial_names_become_the_claim_it_answers(
    minimal_project, tmp_path, language, sentence, claimant, what
):
    claims, denials = _claims_and_denials(minimal_project, tmp_path, sentence, language)
    assert len(claims) == 1 and len(denials) == 1, (claims, denials)
    (claim_id, claim), denial = next(iter(claims.items())), denials[0]
    assert claim["claimant"] == {"described_as": claimant}
    assert claim["summary"].startswith(f"{claimant} reported: ") and what in claim["summary"]
    assert denial["claims"] == [claim_id] and claim["claim_status"] == "denied"
    assert claim["citations"][0]["quote"] in sentence and "write it in English" in claim["notes"]
    _, issues = check(minimal_project)
    assert [i for i in issues if i.severity == "error"] == []


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # what is denied is no report: a deed, or having information
        ("ar", "نفت سلطة ميناء تارفو تهريب أي وقود عبر الخليج خلال العام الماضي."),
        ("ar", "نفت سلطة ميناء تارفو أن تكون لديها معلومات عن تهريب الوقود عبر الخليج."),
        ("fa", "سازمان بندر تارفو قاچاق سوخت در خلیج را در سال گذشته تکذیب کرد."),
        # the reports in the denier's quoted words
        ("ar", "وقالت سلطة ميناء تارفو إن «التقارير عن تهريب الوقود عبر الخليج كاذبة»."),
    ],
)
def test_no_reports_claim_for_an_arabic_or_persian_denial_of_no_report(minimal_project, tmp_path, language, sentence):
    claims, _ = _claims_and_denials(minimal_project, tmp_path, sentence, language)
    assert not claims, claims


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # the reports in the denier's own words set after its name and a colon, as headlines write them
        ("fa", "سازمان بندر تارفو: گزارش‌ها درباره قاچاق سوخت در خلیج نادرست است"),
        ("fa", "سازمان بندر تارفو:\n\nشایعات در مورد قاچاق سوخت در خلیج جعلی است"),
        ("ar", "سلطة ميناء تارفو: الأنباء عن تهريب الوقود عبر الخليج عارية عن الصحة"),
    ],
)
def test_no_reports_claim_where_the_reports_are_named_in_the_deniers_words_after_a_colon(
    minimal_project, tmp_path, language, sentence
):
    claims, denials = _claims_and_denials(minimal_project, tmp_path, sentence, language)
    assert denials and not claims, (claims, denials)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Kessel Brigade's Lev Arno said the officials were wrong.", "Lev Arno"),
        ("Kessel Brigade's Lev Arno told reporters that the convoy had turned back.", "Lev Arno"),
        ("The Meridian Wire\u2019s Ilse Marrow reported that officials had urged Arno to leave.", "Ilse Marrow"),
        ("Velorian Interior Ministry's Dario Venn denied that any guards had been arrested.", "Dario Venn"),
        ("The Grey Banner Brigade\u2019s Tavi Orlan insisted the fighters had left the port.", "Tavi Orlan"),
        (
            "In a report titled, \u201cRebels close in,\u201d the Meridian Wire\u2019s Ilse Marrow claimed that the "
            "port had fallen.",
            "Ilse Marrow",
        ),
    ],
)
def test_a_person_after_a_body_of_several_words_in_the_possessive_speaks(sentence: str, speaker: str) -> None:
    # (a body of one word in the possessive, "Hezbollah's Lev Arno", was read so before)
    got = said("en", sentence)
    assert got and got[0][1] == speaker, got


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the body's office speaks for the body; a noun between the owner and the name is the name's role
        ("The Kessel Brigade's Media Relations said the officials were wrong.", "Kessel Brigade"),
        ("Lev Arno's rival Dario Venn said the officials were wrong.", "Dario Venn"),
    ],
)
def test_an_office_or_a_role_after_the_possessive_reads_as_before(sentence: str, speaker: str) -> None:
    got = said("en", sentence)
    assert got and got[0][1] == speaker, got


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Iraq's Foreign Ministry", "the Iraqi Foreign Ministry"),
        ("The Iraqi Foreign Ministry", "Iraq's Foreign Ministry"),
        ("Jordan's Interior Ministry", "the Jordanian Interior Ministry"),
        ("The Syrian Defence Ministry", "Syria's Defence Ministry"),
    ],
)
def test_a_body_under_its_states_name_and_under_its_adjective_is_one_denier(first: str, second: str) -> None:
    records = built(
        "en",
        f"{first} has rejected the reports as baseless.",
        f"In a statement on Sunday, {second} denied the allegations published in the Meridian Wire.",
    )
    actors = [r["id"] for r in records if r["type"] == "actor"]
    denials = [r for r in records if r["type"] == "denial"]
    assert len(actors) == 1 and len(denials) == 1 and len(denials[0]["citations"]) == 2, records


def test_two_states_bodies_of_one_name_stay_two() -> None:
    records = built(
        "en",
        "Iraq's Foreign Ministry has rejected the reports as baseless.",
        "In a statement on Sunday, the Iranian Foreign Ministry denied the allegations published in the Meridian Wire.",
    )
    assert len([r for r in records if r["type"] == "actor"]) == 2, records


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The embassy in Washington, D.C. has rejected the reports as baseless.", "the embassy in Washington"),
        ("Officials in Washington, D.C. said the reports were false.", "officials in Washington"),
        (
            "A spokesman for the mission in Washington, D.C. denied the reports.",
            "a spokesman for the mission in Washington",
        ),
        ("The Velorian Embassy in Washington, D.C., has rejected the reports.", "Velorian Embassy"),
        ("Lev Arno, speaking in Washington, D.C., denied the reports.", "Lev Arno"),
        # initials before a surname are still a person's
        ("D.C. Venn, a lawyer, said the reports were false.", "D.C. Venn"),
    ],
)
def test_dc_after_washington_places_the_city_and_is_no_speaker(sentence: str, speaker: str) -> None:
    got = said("en", sentence)
    assert [who for _, who, _ in got] == [speaker], got
