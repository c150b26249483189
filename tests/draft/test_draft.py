"""`factsheet draft` end to end: verified drafts that validate, nothing overwritten, nothing drafted twice."""

from __future__ import annotations

import shutil

import pytest
import yaml
from click.testing import CliRunner

from generator.commands.common import Settings
from generator.commands.draft import command
from generator.commands.ingest import command as ingest_command
from generator.draft import plan_drafts
from generator.draft.build import Builder, Draft
from generator.draft.names import NameIndex
from generator.model.archive import ArchivedText
from generator.model.walk import iter_citations
from generator.project import Project
from tests.conftest import REPO, check
from tests.draft.conftest import built
from tests.ingest.conftest import ARTICLES, cli_main, invoke, minimal_project  # noqa: F401 - fixtures

SOURCE = "al-sahil-net-2024-04-member-parliament-presence-foreign-brigades"
SEED = "the-new-arab-2025-02-afghan-pakistani-militias-iraq"


@pytest.fixture
def project(minimal_project):
    """The fictional corpus with the made-up translated article ingested as a source."""
    out = invoke(
        ingest_command,
        minimal_project,
        str(ARTICLES / "translated-dornmark-brigades.txt"),
        "--publisher",
        "Al-Sahil Net",
        "--language",
        "en",
        "--published",
        "2024-04",
    )
    assert out.exit_code == 0, out.output
    return minimal_project


def drafted(project: Project) -> dict[str, dict]:
    out = {}
    for path in project.content_dir.rglob("*.yaml"):
        data = yaml.safe_load(path.read_text())
        if data.get("status") == "draft":
            out[f"{path.parent.name}/{path.stem}"] = data
    return out


def ingest_text(project: Project, path, text: str, source_id: str) -> str:
    """Save ``text`` and ingest it as a Harbour Ledger article of 7 May 2024 with id ``source_id``; the command's
    output, for its notes."""
    path.write_text(text, encoding="utf-8")
    args = ["--publisher", "Harbour Ledger", "--language", "en", "--published", "2024-05-07", "--id", source_id]
    out = invoke(ingest_command, project, str(path), *args)
    assert out.exit_code == 0, out.output
    return out.output


def ingest_and_draft(project: Project, path, text: str, source_id: str) -> str:
    """:func:`ingest_text`, then draft it; the ingest command's output, for its notes."""
    output = ingest_text(project, path, text, source_id)
    drafted_out = invoke(command, project, source_id)
    assert drafted_out.exit_code == 0, drafted_out.output
    return output


def test_a_dry_run_prints_the_plan_and_writes_nothing(project):
    before = sorted(project.root.rglob("*"))
    out = invoke(command, project, SOURCE, "--dry-run")
    assert out.exit_code == 0, out.output
    assert "would write content/actor/karim-al-hadi.yaml" in out.output
    assert "would write content/claim/al-hadi-urgent-decisive-measures.yaml" in out.output
    assert sorted(project.root.rglob("*")) == before


def test_drafts_are_verified_drafts_that_keep_the_corpus_valid(project):
    out = invoke(command, project, SOURCE)
    assert out.exit_code == 0, out.output
    records = drafted(project)
    assert records and all(r["status"] == "draft" and "TODO" in r["notes"] for r in records.values())
    corpus, issues = check(project)
    assert [i for i in issues if i.severity == "error"] == []
    assert {i.code for i in issues} <= {"missing-field"}  # denials that name no claim yet: warnings
    archive = corpus.archives[SOURCE]
    for record_id in (key.split("/")[1] for key in records):
        record = corpus.get(record_id)
        for _, citation in iter_citations(record):
            assert archive.locate(citation.quote, citation.paragraph)[1] == citation.paragraph
    hadi = records["actor/karim-al-hadi"]
    assert hadi["roles"][0]["title"] == "member of the Velorian House of Representatives"
    assert hadi["roles"][0]["organization"] == "velorian-house-of-representatives"
    assert hadi["aliases"][0]["name"] == "Al-Hadi"
    claim = records["claim/al-hadi-urgent-decisive-measures"]
    assert claim["claimant"] == {"actor": "karim-al-hadi"} and claim["claim_status"] == "alleged"
    denial = records["denial/source-denies-existence-any-armed-foreign"]
    assert denial["denier"] == {"described_as": "a source in the Velorian Ministry of Interior"}
    assert denial["denied"] == "the existence of any armed foreign groups in the province"
    # existing records are referenced, not drafted again
    assert not any(key.startswith(("group/grey-banner", "actor/tavi-orlen")) for key in records)


def test_drafting_twice_adds_nothing(project):
    invoke(command, project, SOURCE)
    first = drafted(project)
    out = invoke(command, project, SOURCE)
    assert out.exit_code == 0 and "wrote" not in out.output
    assert drafted(project) == first


def test_taken_ids_are_never_overwritten_but_suffixed(project):
    taken = project.content_dir / "claim" / "al-hadi-urgent-decisive-measures.yaml"
    taken.write_text("# an editor's file\n")
    invoke(command, project, SOURCE)
    assert taken.read_text() == "# an editor's file\n"
    assert (project.content_dir / "claim" / "al-hadi-urgent-decisive-measures-2.yaml").exists()


def test_a_citation_that_does_not_verify_is_dropped():
    builder = Builder("s", ArchivedText("Title\n\nHe said it.\n\nShe said so.\n"), NameIndex(), set())
    assert builder.cite(2, "He said it.") == {"source": "s", "quote": "He said it.", "paragraph": 2}
    assert builder.cite(3, "He said it.") is None  # in the archive, but not in the paragraph given
    assert builder.cite(2, "He said that.") is None
    assert len(builder.dropped) == 2


def test_unknown_source_and_non_source_ids_are_usage_errors(project, cli_main, capsys):
    assert cli_main("--project", str(project.root), "draft", "no-such-source") == 2
    assert "not a source on record" in capsys.readouterr().err
    assert cli_main("--project", str(project.root), "draft", "grey-banner-brigade") == 2
    assert "is a group, not a source" in capsys.readouterr().err


def test_the_real_corpus_keeps_validating_and_curated_claims_are_not_drafted_again(tmp_path):
    root = tmp_path / "real"
    shutil.copytree(REPO / "content", root / "content")
    shutil.copytree(REPO / "seeds", root / "seeds")
    project = Project(root)
    corpus, before = check(project)
    plan = plan_drafts(project, corpus, SEED)
    assert len(plan.already) >= 10 and plan.quotations == 11 and plan.unattributed == []
    assert all(d.type in ("claim", "denial", "actor", "group") for d in plan.drafts)
    out = invoke(command, project, SEED)
    assert out.exit_code == 0, out.output
    _, after = check(project)
    assert [i for i in after if i.severity == "error"] == [] and len(after) == len(before)


def test_an_id_keeps_the_words_that_negate_the_statement():
    from generator.draft.build import _words

    assert (
        _words("Statements on Telegram do not reflect our positions", 6)
        == "statements-telegram-do-not-reflect-positions"
    )
    assert _words("There is no truth to the report", 4) == "no-truth-report"
    # words in another script are transliterated, so two claims by one speaker differ by more than '-2'
    assert (
        _words("\u0627\u0644\u062d\u0634\u062f \u0627\u0644\u0634\u0639\u0628\u064a \u064a\u0646\u0641\u064a", 3)
        == "alhshd-alshby-ynfy"
    )


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        ("X denied the report", "X denied the report."),
        (
            "X denied the report, calling it \u201cfabricated.\u201d",
            "X denied the report, calling it \u201cfabricated.\u201d",
        ),
        ("X denied it, \u00abnot true!\u00bb", "X denied it, \u00abnot true!\u00bb"),
        (
            "\u0646\u0641\u0649 \u0627\u0644\u062e\u0628\u0631\u061f",
            "\u0646\u0641\u0649 \u0627\u0644\u062e\u0628\u0631\u061f",
        ),
        ("X denied \u201cfabricated\u201d claims", "X denied \u201cfabricated\u201d claims."),
    ],
)
def test_a_summary_ends_with_one_full_stop(text, summary):
    from generator.draft.build import _full_stop

    assert _full_stop(text) == summary


@pytest.mark.parametrize(
    ("sentence", "summary"),
    [
        # the denier's own words in marks stay quoted after the verb of saying
        ("Lev Arno told reporters: \u201cThat is not true.\u201d", "Lev Arno said: \u201cThat is not true\u201d."),
        (
            "\u201cWe did not attack the convoy,\u201d Lev Arno said.",
            "Lev Arno said: \u201cWe did not attack the convoy\u201d.",
        ),
        # a verb of denying names what was denied, marks and all
        (
            "Lev Arno denied \u201cany involvement\u201d in the raid.",
            "Lev Arno denied \u201cany involvement\u201d in the raid.",
        ),
    ],
)
def test_a_denial_in_the_deniers_quoted_words_is_summarised_as_a_quotation(sentence, summary):
    denials = [r for r in built("en", sentence) if "denier" in r]
    assert [d["summary"] for d in denials] == [summary]


def test_what_a_passive_denial_denies_reads_on_after_denied_in_lower_case():
    # 'The reports of ... were rebutted by X': what was denied opened its sentence, and after 'denied' its determiner is
    # lower case; a name keeps its capital
    denials = [
        r
        for r in built("en", "The reports of a raid were rebutted through a statement released by the Kessel Brigade.")
        if "denier" in r
    ]
    assert [d["summary"][:45] for d in denials] == ["Kessel Brigade denied the reports of a raid."[:45]]
    from generator.draft.build import _run_on

    assert _run_on("Tehran's claims") == "Tehran's claims"
    assert _run_on("These reports") == "these reports"


def test_a_first_line_that_is_a_paragraph_is_drafted_as_the_lead(minimal_project, tmp_path):
    """A saved text with no headline: ingest says ¶1 reads like a paragraph, and draft reads it as the lead."""
    lead = (
        "The Velorian Interior Ministry on Tuesday denied reports that border guards had taken weapons from the "
        "depot at Port Sable, calling the reports baseless and saying that every weapon was accounted for."
    )
    text = lead + "\n\nThe ministry said an inventory had been made in March.\n"
    output = ingest_and_draft(minimal_project, tmp_path / "no-headline.txt", text, "harbour-ledger-2024-05-no-headline")
    assert (
        "note: ¶1, taken as the headline, reads like a paragraph (32 words); `factsheet draft` reads it as the lead"
        in output
    )
    denials = [d for key, d in drafted(minimal_project).items() if key.startswith("denial/")]
    assert [c["paragraph"] for d in denials for c in d["citations"]] == [1]


@pytest.mark.parametrize(
    "language, lead, rest",
    [
        (
            "en",
            "The Velorian Interior Ministry on Tuesday denied that border guards had taken weapons from Port Sable.",
            "The ministry said an inventory had been made in March.",
        ),
        (
            "ar",
            "نفت وزارة الداخلية الفيلورية، الثلاثاء، أن يكون حرس الحدود قد أخذوا أسلحة من مستودع بورت سابل.",
            "وقالت الوزارة إن جردا أجري في آذار.",
        ),
    ],
)
def test_a_short_first_line_ended_by_a_full_stop_is_drafted_as_the_lead(
    minimal_project, tmp_path, language, lead, rest
):
    """A copy saved without its headline, whose lead is short: its full stop tells it from a headline, so ingest
    says so and draft reads it (a headline has none)."""
    path = tmp_path / "short-lead.txt"
    path.write_text(f"{lead}\n\n{rest}\n", encoding="utf-8")
    source_id = f"harbour-ledger-2024-05-short-lead-{language}"
    out = invoke(
        ingest_command,
        minimal_project,
        str(path),
        "--id",
        source_id,
        "--publisher",
        "Harbour Ledger",
        "--language",
        language,
        "--published",
        "2024-05",
    )
    assert out.exit_code == 0, out.output
    assert "reads like a paragraph" in out.output and "write one in `title:`" in out.output
    drafted_out = invoke(command, minimal_project, source_id)
    assert drafted_out.exit_code == 0, drafted_out.output
    denials = [d for key, d in drafted(minimal_project).items() if key.startswith("denial/")]
    assert [c["paragraph"] for d in denials for c in d["citations"]] == [1]


def test_a_name_written_alone_is_drafted_with_its_kind_marked_as_a_guess(minimal_project, tmp_path):
    """'Reuters' or 'Baghdad' alone is not taken for a person; a word rigour knows as a surname still is."""
    text = (
        "Lone names\n\n"
        "\u201cThe convoy never crossed,\u201d Reuters said on Monday.\n\n"
        "\u201cWe saw the trucks ourselves,\u201d Mahjoub told reporters in Port Sable.\n"
    )
    ingest_and_draft(minimal_project, tmp_path / "lone-names.txt", text, "harbour-ledger-2024-05-lone-names")
    actors = {d["name"]: d for key, d in drafted(minimal_project).items() if key.startswith("actor/")}
    assert actors["Mahjoub"]["kind"] == "person"
    assert actors["Reuters"]["kind"] == "organization"
    assert all("is a guess" in actors[name]["notes"] for name in ("Mahjoub", "Reuters"))


def test_a_drafted_denial_lists_the_records_it_is_about_as_its_subjects(minimal_project, tmp_path):
    text = (
        "Ministry denies crossing\n\n"
        "The Velorian Interior Ministry on Tuesday denied that the Grey Banner Brigade had crossed at Kessel Gate.\n\n"
        "The ministry also rejected reports that Grey Banner fighters were seen in Dornmark province.\n"
    )
    ingest_and_draft(minimal_project, tmp_path / "denial-subjects.txt", text, "harbour-ledger-2024-05-subjects")
    denials = [d for key, d in drafted(minimal_project).items() if key.startswith("denial/")]
    assert len(denials) == 1  # one denier, one denial citing both paragraphs
    assert denials[0]["denier"] == {"actor": "velorian-interior-ministry"}
    assert denials[0]["subjects"] == ["grey-banner-brigade", "kessel-gate", "dornmark-province"]


def test_a_drafted_denial_proposes_the_claim_drafted_just_before_it(minimal_project, tmp_path):
    """'X said ... .' then 'Y: "That is not true."': the claim denied is drafted beside the denial; it is proposed
    in the denial's notes, not listed under its claims."""
    text = (
        "Brigade denies meeting\n\n"
        "The Meridian Wire reported on Friday: \u201cGrey Banner commanders met envoys at a farm near Kessel Gate.\u201d\n\n"
        "Lev Arno, a spokesman for the Grey Banner Brigade, told reporters: \u201cThat is not true.\u201d\n"
    )
    ingest_and_draft(minimal_project, tmp_path / "denial-beside.txt", text, "harbour-ledger-2024-05-beside")
    records = drafted(minimal_project)
    claims = [key.removeprefix("claim/") for key, d in records.items() if key.startswith("claim/")]
    denials = [d for key, d in records.items() if key.startswith("denial/")]
    assert len(claims) == 1 and len(denials) == 1
    assert (
        f"drafted from the same article that it may answer (confirm, then list under claims): `{claims[0]}` (from ¶2, the paragraph before"
        in (denials[0]["notes"])
    )
    assert "claims" not in denials[0]


def test_a_quotation_cited_whole_by_a_drafted_statement_is_not_reported_as_unattributed(minimal_project, tmp_path):
    text = (
        "Aide mocks the command\n\n"
        "\u201cIs this a joke? Nobody will buy this\u201d the presidential aide tweeted on Wednesday.\n\n"
        "The town had a \u201clong night\u201d after the raid.\n"
    )
    ingest_text(minimal_project, tmp_path / "aide.txt", text, "aide")
    corpus, _ = check(minimal_project)
    plan = plan_drafts(minimal_project, corpus, "aide")
    claims = [d for d in plan.drafts if d.type == "claim"]
    assert [c.data["claimant"] for c in claims] == [{"described_as": "the presidential aide"}]
    assert plan.quotations == 2 and plan.unattributed == [(3, "long night")]  # the scare quotes alone


def test_arabic_quotations_are_counted_as_the_arabic_reader_finds_them(minimal_project, tmp_path):
    # (slashes set as marks, which only the Arabic-script reader pairs; the outlet's name in them is no quotation)
    text = (
        "لواء كسليا ينفي\n\n"
        "وقال المتحدث باسم لواء كسليا دارا فيني لوكالة /كسل برس/ /إننا لم نهاجم القافلة/. "
        "وأضاف فيني /إن هذه الأنباء عارية عن الصحة/.\n"
    )
    path = tmp_path / "kessel.txt"
    path.write_text(text, encoding="utf-8")
    args = ["--publisher", "Harbour Ledger", "--language", "ar", "--published", "2024-05-07", "--id", "kessel"]
    assert invoke(ingest_command, minimal_project, str(path), *args).exit_code == 0
    corpus, _ = check(minimal_project)
    plan = plan_drafts(minimal_project, corpus, "kessel")
    assert plan.quotations == 2 and plan.unattributed == []


def test_a_nickname_in_marks_is_not_counted_among_the_quotations(project, tmp_path):
    text = (
        "Fighters deploy in the capital\n\n"
        "\u201cWe will not withdraw,\u201d Lev Arno, who is known as \u201cthe Fox\u201d, said on Tuesday.\n\n"
        "\u201cThe border is calm,\u201d a spokesman for the brigade said.\n"
    )
    ingest_text(project, tmp_path / "fox.txt", text, "ledger-fox")
    settings = Settings(project.root, quiet=False)
    settings.quiet = False  # the summary line is what is tested, even where CI is set
    out = CliRunner().invoke(command, ["ledger-fox"], obj=settings)
    assert out.exit_code == 0, out.output
    assert "2 of 2 quotations attributed" in out.output


def test_a_denial_undated_in_the_lead_takes_the_weekday_of_a_later_place():
    # the lead reports the denial with no day; a later place of the same denial says 'on Saturday': the one denial is
    # dated by it, against the publication date, and the note says which paragraph gave it
    from generator.roundtrip import dump_record

    paragraphs = (
        "The Kessel Brigade has termed the reports of its fighters in Ostravia baseless.",
        "The reports were rebutted through a statement released by the Kessel Brigade on Saturday.",
    )
    denials = [r for r in built("en", *paragraphs, published="2022-08-14") if r["type"] == "denial"]
    assert len(denials) == 1 and len(denials[0]["citations"]) == 2
    assert denials[0]["date"] == "2022-08-13"
    assert "Date, from paragraph 3" in denials[0]["notes"]
    # (written before its status, in the model's order, as a record dated from its first place is)
    text = dump_record("denial", {k: v for k, v in denials[0].items() if k not in ("type", "id")})
    assert text.index("\ndate:") < text.index("\nstatus:")


@pytest.mark.parametrize(
    ("language", "paragraph", "left_out"),
    [
        ("fa", "لو آرنو امروز چهارشنبه ادعای کسلیا درباره حضور نیروها را رد کرد.", ("amrwz", "chharshnbh")),
        ("ar", "ونفى لو آرنو أمس الخميس الأنباء عن وجود قوات في كسل.", ("ams", "alkhmys")),
        ("en", "Lev Arno on Friday denied reports of fighters in Kessel.", ("friday",)),
    ],
)
def test_a_drafted_id_leaves_out_the_words_that_only_say_when(language, paragraph, left_out):
    # 'امروز چهارشنبه ادعای ... را رد کرد' once gave the id '...-denies-amrwz-chharshnbh-...': the day is the
    # record's date, not what it denies
    ids = [r["id"] for r in built(language, paragraph) if r["type"] == "denial"]
    assert len(ids) == 1, ids
    assert not any(word in ids[0].split("-") for word in left_out), ids


@pytest.mark.parametrize(
    ("sentence", "noun", "summary"),
    [
        (
            "The Tarvo Harbour Authority on Tuesday denied reports that its pilots had guided smugglers into the bay.",
            "reports",
            "Reports said that its pilots had guided smugglers into the bay.",
        ),
        (
            "The Tarvo Harbour Authority rejected Meridian media reports of a smuggling ring among its pilots.",
            "Meridian media reports",
            "Meridian media reports of a smuggling ring among its pilots.",
        ),
        (
            "The Tarvo Harbour Authority dismissed the allegations that it had sold fuel to the smugglers.",
            "allegations",
            "Allegations said that it had sold fuel to the smugglers.",
        ),
        # a denier with claims about it on file (Dario Venn's), none of them saying what the reports said
        (
            "The Grey Banner Brigade denied reports that its fighters had guided smugglers into the bay.",
            "reports",
            "Reports said that its fighters had guided smugglers into the bay.",
        ),
    ],
)
def test_reports_a_denial_names_and_nothing_else_drafts_become_the_claim_it_answers(
    minimal_project, tmp_path, sentence, noun, summary
):
    """The article names the denied reports but no one who made them, and no claim on file or drafted beside it may
    be theirs: their claim is drafted, by the reports as the article words them, marked denied and linked to the
    denial, and the corpus stays valid with no warning about a denial that answers no claim."""
    text = f"Harbour authority denies reports\n\n{sentence}\n"
    ingest_and_draft(minimal_project, tmp_path / "reports.txt", text, "harbour-ledger-2024-05-reports")
    records = drafted(minimal_project)
    claims = {key.removeprefix("claim/"): d for key, d in records.items() if key.startswith("claim/")}
    denials = [d for key, d in records.items() if key.startswith("denial/")]
    assert len(claims) == 1 and len(denials) == 1, records
    (claim_id, claim), denial = next(iter(claims.items())), denials[0]
    assert denial["claims"] == [claim_id]
    assert "link the claims it answers" not in denial["notes"] and claim_id in denial["notes"]
    assert claim["claimant"] == {"described_as": noun}
    assert claim["summary"] == summary
    assert claim["claim_status"] == "denied" and claim["status"] == "draft" and claim["notes"].startswith("TODO")
    assert claim["citations"][0]["paragraph"] == denial["citations"][0]["paragraph"]
    assert claim["citations"][0]["quote"] in sentence
    _, issues = check(minimal_project)
    assert [i for i in issues if i.severity == "error"] == []
    assert "missing-field" not in {i.code for i in issues}


@pytest.mark.parametrize(
    "sentence",
    [
        # the reports in marks: the quoted words have a speaker the reports relay
        "The Tarvo Harbour Authority denied reports that its pilots \u201cguided smugglers\u201d into the bay.",
        # what is denied is no report
        "The Tarvo Harbour Authority denied that its pilots had guided smugglers into the bay.",
        # the reports' maker named, after 'of'
        "The Tarvo Harbour Authority denied claims of the Meridian Wire that its pilots had guided smugglers.",
        # the reports inside the denier's own words in marks, or called something in marks
        "The Tarvo Harbour Authority said that \u201creports that our pilots guided smugglers are unfounded\u201d.",
        "The Tarvo Harbour Authority dubbed the reports of its pilots' arrest 'propaganda'.",
        # a claim on file may be what the reports said: it is proposed instead
        "The Velorian Interior Ministry denied reports that Grey Banner fighters had crossed at Kessel Gate.",
    ],
)
def test_no_claim_is_drafted_for_reports_with_a_speaker_or_on_file_or_for_a_denial_of_no_report(
    minimal_project, tmp_path, sentence
):
    text = f"Harbour authority denies reports\n\n{sentence}\n"
    ingest_and_draft(minimal_project, tmp_path / "reports.txt", text, "harbour-ledger-2024-05-reports")
    records = drafted(minimal_project)
    assert [key for key in records if key.startswith("denial/")], records
    assert not [key for key in records if key.startswith("claim/")], records


def test_a_reports_claim_the_model_would_reject_is_dropped_and_the_denial_left_as_it_was():
    # (the reports' claim is drafted after the other drafts were checked, so it is checked on its own: here it takes
    # the denial's subjects, one of them no id)
    text = "Title\n\nThe Tarvo Harbour Authority denied reports that its pilots had guided smugglers into the bay.\n"
    builder = Builder("src", ArchivedText(text), NameIndex(), set(), language="en")
    quote = text.split("\n\n")[1].strip()
    denial = {
        "summary": "The Tarvo Harbour Authority denied the reports.",
        "denier": {"described_as": "the Tarvo Harbour Authority"},
        "subjects": ["Not An Id"],
        "denied": "reports that its pilots had guided smugglers into the bay",
        "status": "draft",
        "notes": "TODO: link the claims it answers (claims: [...]).",
        "citations": [{"source": "src", "quote": quote, "paragraph": 2}],
    }
    builder.drafts = [Draft("denial", "authority-denies-reports", denial, "")]
    builder.draft_reports_denied()
    assert [d.type for d in builder.drafts] == ["denial"]
    assert "claims" not in denial and denial["notes"] == "TODO: link the claims it answers (claims: [...])."
    assert any("would not validate" in line for line in builder.dropped)
