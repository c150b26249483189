"""Identity and history checks that need more than one file, or that must stay quiet."""

from __future__ import annotations

from tests.conftest import check

CLAIM = """summary: A port official said that the guards had taken weapons from the armoury.
claimant:
  described_as: a port official
date: "2031-03"
claim_status: denied
status_history:
  - status: alleged
    date: "2031-03-02"
  - status: denied
    date: "2031-03"
    by: ministry-denies-missing-weapons
citations:
  - source: veloria-courier-2031
    quote: A port official told the Courier that the guards had taken weapons from the armoury.
"""

GROUP = """name: {name}
kind: militia
same_as: [{ext}]
{extra}citations:
  - source: veloria-courier-2031
    quote: The Sable Harbour Guard, a militia
"""


def _issues(project, code):
    _, issues = check(project)
    return [i for i in issues if i.code == code]


def test_a_change_known_to_the_month_may_follow_one_known_to_the_day(base_project):
    """'2031-03' may be after 2 March: only a change that is surely earlier is out of order."""
    (base_project.content_dir / "claim" / "guards-took-weapons.yaml").write_text(CLAIM)
    _, issues = check(base_project)
    assert [i.text() for i in issues] == []


def test_two_records_with_one_identifier_are_a_warning(base_project):
    group = base_project.content_dir / "group"
    (group / "dock-watch.yaml").write_text(GROUP.format(name="Dock Watch", ext="Q4115189", extra=""))
    (group / "quay-watch.yaml").write_text(GROUP.format(name="Quay Watch", ext="Q4115189", extra=""))
    found = _issues(base_project, "shared-identifier")
    assert sorted((i.path, i.severity) for i in found) == [
        ("content/group/dock-watch.yaml", "warning"),
        ("content/group/quay-watch.yaml", "warning"),
    ]
    assert "'Q4115189' is also the identifier of 'quay-watch'" in found[0].message


def test_one_identifier_on_two_records_decided_apart_is_an_error_on_both(base_project):
    group = base_project.content_dir / "group"
    decided = "not_same_as:\n  - record: quay-watch\n    reason: Two different militias.\n"
    (group / "dock-watch.yaml").write_text(GROUP.format(name="Dock Watch", ext="Q4115189", extra=decided))
    (group / "quay-watch.yaml").write_text(GROUP.format(name="Quay Watch", ext="Q4115189", extra=""))
    found = _issues(base_project, "shared-identifier")
    assert sorted((i.path, i.severity) for i in found) == [
        ("content/group/dock-watch.yaml", "error"),
        ("content/group/quay-watch.yaml", "error"),
    ]


def test_a_decision_recorded_on_one_side_only_is_enough(base_project):
    group = base_project.content_dir / "group"
    decided = "not_same_as:\n  - record: sable-harbour-guard\n    reason: A different militia.\n"
    (group / "dock-watch.yaml").write_text(GROUP.format(name="Dock Watch", ext="Q42", extra=decided))
    _, issues = check(base_project)
    assert [i.text() for i in issues] == []


ALIASES = """name: Dock Watch
kind: militia
aliases:
  - name: {first}
    lang: ar
    kind: transliteration
  - name: {second}
    lang: {lang}
    citations:
      - source: veloria-courier-2031
        quote: The Sable Harbour Guard, a militia
citations:
  - source: veloria-courier-2031
    quote: The Sable Harbour Guard, a militia
"""


def test_an_alias_listed_twice_in_one_language_is_an_error(base_project):
    # (once as a transliteration, once with a citation: the same name, in another form of entry)
    path = base_project.content_dir / "group" / "dock-watch.yaml"
    path.write_text(ALIASES.format(first="حرس المرفأ", second="حرس  المرفأ", lang="ar"))
    found = [i for i in _issues(base_project, "invalid-value") if "listed twice" in i.message]
    assert [(i.path, i.severity) for i in found] == [("content/group/dock-watch.yaml", "error")]


def test_one_name_in_two_languages_is_two_aliases(base_project):
    # (Arabic and Persian may spell a name with the same letters)
    path = base_project.content_dir / "group" / "dock-watch.yaml"
    path.write_text(ALIASES.format(first="حرس المرفأ", second="حرس المرفأ", lang="fa"))
    assert [i for i in _issues(base_project, "invalid-value") if "listed twice" in i.message] == []


def test_no_record_on_file_lists_an_alias_twice():
    from generator.project import Project
    from generator.validate import check_project
    from tests.conftest import REPO

    _, issues = check_project(Project(REPO))
    assert [i.text() for i in issues if i.code == "invalid-value" and "listed twice" in i.message] == []
