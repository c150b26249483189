"""Check the real-article corpus: every gold span is verbatim in its text, every record exists, every split is right.

    python benchmarks/articles/check.py [--quiet] [--write-table] [--suggest-links]

For every <slug>.gold.json in this folder: the archived text named by "article" exists; every quotation's
"quote", every reported "text" and every denial's "text" occurs verbatim in it; every mention's "record"
(when not null) is the id of an existing record under content/ (a group, actor or place); "split" is the
half the fixed rule gives the outlet (held out when the SHA-256 of the lower-cased, stripped outlet name is
odd, see README.md); the required fields are present and of the right kind; no article shares words with an
article of the other half (a statement both quote, a report copied: benchmarks/shared_text.py), but for the pairs
known before that check; the table of articles in README.md lists exactly the gold files, as --write-table writes it. Prints one `path: message` line per
problem and exits 1 if there is any, else prints a one-line summary (unless --quiet) and exits 0.

--suggest-links lists unlinked mentions whose name equals (ignoring case) the name or an alias of a record
now in content/, for an editor to judge when the corpus has grown: the same name is not always the same
entity (a province named like its city), so nothing is linked automatically.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # (run as a script from anywhere: the project's benchmarks package)

from benchmarks.shared_text import KNOWN, shared_across_halves  # noqa: E402

CONTENT = ROOT / "content"
RECORD_FOLDERS = ("group", "actor", "place")
LANGUAGES = {"en", "ar", "fa"}
KINDS = {"news", "statement", "denial", "analysis"}
MENTION_TYPES = {"actor", "group", "place"}
DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
REQUIRED = ("article", "url", "outlet", "language", "published", "retrieved", "kind", "split")
# The lists the benchmark reads, present even when empty: a missing one is a gold file left half made.
LISTS = ("quotations", "reported", "denials", "mentions")
README = HERE / "README.md"
TABLE_START = "<!-- articles table: written by check.py --write-table -->"
TABLE_END = "<!-- end of articles table -->"


def split_of(outlet: str) -> str:
    """The fixed rule of README.md: an outlet is held out when the SHA-256 of its folded name is odd."""
    digest = hashlib.sha256(outlet.strip().lower().encode()).hexdigest()
    return "holdout" if int(digest, 16) % 2 == 1 else "development"


def record_names() -> dict[str, set[str]]:
    """Lower-cased names and aliases of the group, actor and place records, each with the ids that carry it."""
    names: dict[str, set[str]] = {}
    pattern = re.compile(r"^(?:name|  - name):\s*(.+?)\s*$")
    for folder in RECORD_FOLDERS:
        for path in (CONTENT / folder).glob("*.yaml"):
            for line in path.read_text(encoding="utf-8").splitlines():
                match = pattern.match(line)
                if match:
                    names.setdefault(match.group(1).strip("\"'").lower(), set()).add(path.stem)
    return names


def suggestions(golds: list[Path]) -> list[str]:
    """`path: mention 'X' (null) has the name of record(s) ...` for every unlinked mention named like a record."""
    names = record_names()
    lines = []
    for path in golds:
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            continue
        for item in gold.get("mentions", []) if isinstance(gold, dict) else []:
            name = item.get("name")
            if item.get("record") is None and isinstance(name, str) and name.lower() in names:
                ids = ", ".join(sorted(names[name.lower()]))
                lines.append(f"{path.relative_to(ROOT)}: mention {name!r} is unlinked but named like record(s) {ids}")
    return lines


def record_ids() -> set[str]:
    """Ids (file stems) of the records an article's mentions may link to."""
    return {path.stem for folder in RECORD_FOLDERS for path in (CONTENT / folder).glob("*.yaml")}


def speakers_ok(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(s, str) and s.strip() for s in value)


def check_gold(path: Path, records: set[str]) -> list[str]:
    """Problems with one gold file, as messages (without the path)."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        return [f"cannot read the gold file: {error}"]
    if not isinstance(gold, dict):
        return ["the gold file is not a JSON object"]
    problems = [f'missing or empty field "{field}"' for field in REQUIRED if not gold.get(field)]
    problems += [f'missing list "{field}" (write [] when there is none)' for field in LISTS if field not in gold]
    if problems:
        return problems
    slug = path.name.removesuffix(".gold.json")
    if gold["article"] != f"{slug}.txt":
        problems.append(f'"article" is {gold["article"]!r}, expected {slug + ".txt"!r}')
    text_path = path.parent / gold["article"]
    try:
        text = text_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return problems + [f"cannot read the article text {gold['article']}: {error}"]
    if gold["language"] not in LANGUAGES:
        problems.append(f'"language" {gold["language"]!r} is not one of {sorted(LANGUAGES)}')
    if gold["kind"] not in KINDS:
        problems.append(f'"kind" {gold["kind"]!r} is not one of {sorted(KINDS)}')
    for field in ("published", "retrieved"):
        if not DATE.match(str(gold[field])):
            problems.append(f'"{field}" {gold[field]!r} is not a date (YYYY-MM-DD or YYYY-MM)')
    if not str(gold["url"]).startswith(("http://", "https://")):
        problems.append(f'"url" {gold["url"]!r} is not an http(s) address')
    expected = split_of(str(gold["outlet"]))
    if gold["split"] != expected:
        problems.append(f'"split" is {gold["split"]!r} but the rule gives {expected!r} for outlet {gold["outlet"]!r}')
    for index, item in enumerate(gold.get("quotations", [])):
        where = f"quotations[{index}]"
        if not isinstance(item.get("quote"), str) or not item["quote"]:
            problems.append(f"{where}: no quote")
        elif item["quote"] not in text:
            problems.append(f"{where}: quote not found verbatim in {gold['article']}: {item['quote'][:70]!r}")
        if not speakers_ok(item.get("speaker")):
            problems.append(f"{where}: speaker must be a non-empty list of names")
    for index, item in enumerate(gold.get("reported", [])):
        where = f"reported[{index}]"
        if not isinstance(item.get("text"), str) or item["text"] not in text:
            problems.append(f"{where}: text not found verbatim in {gold['article']}: {str(item.get('text'))[:70]!r}")
        if not speakers_ok(item.get("speaker")):
            problems.append(f"{where}: speaker must be a non-empty list of names")
    for index, item in enumerate(gold.get("denials", [])):
        where = f"denials[{index}]"
        if not isinstance(item.get("text"), str) or item["text"] not in text:
            problems.append(f"{where}: text not found verbatim in {gold['article']}: {str(item.get('text'))[:70]!r}")
        if not speakers_ok(item.get("denier")):
            problems.append(f"{where}: denier must be a non-empty list of names")
        if not isinstance(item.get("denies"), str) or not item["denies"].strip():
            problems.append(f"{where}: no 'denies' (what is denied)")
    seen: set[str] = set()
    for index, item in enumerate(gold.get("mentions", [])):
        where = f"mentions[{index}]"
        name = item.get("name")
        if not isinstance(name, str) or name not in text:
            problems.append(f"{where}: name not found verbatim in {gold['article']}: {name!r}")
        elif name in seen:
            problems.append(f"{where}: {name!r} is listed twice")
        else:
            seen.add(name)
        if item.get("type") not in MENTION_TYPES:
            problems.append(f"{where}: type {item.get('type')!r} is not one of {sorted(MENTION_TYPES)}")
        record = item.get("record")
        if record is not None and record not in records:
            problems.append(f"{where}: record {record!r} does not exist under content/{{{','.join(RECORD_FOLDERS)}}}/")
    return problems


def table(golds: list[Path]) -> str:
    """The README's table of articles, one row per gold file, sorted by language, split and slug."""
    rows = []
    for path in golds:
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            continue
        if not isinstance(gold, dict):
            continue
        slug = path.name.removesuffix(".gold.json")
        fields = [str(gold.get(key, "")).replace("|", "\\|") for key in ("outlet", "language", "published", "kind")]
        counts = [str(len(gold.get(key, []) or [])) for key in ("quotations", "denials")]
        rows.append((gold.get("language", ""), gold.get("split", ""), slug, fields, counts))
    lines = [
        "| slug | outlet | language | published | kind | split | quotations | denials |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for language, split, slug, fields, counts in sorted(rows, key=lambda row: (row[0], row[1], row[2])):
        outlet, lang, published, kind = fields
        lines.append(f"| {slug} | {outlet} | {lang} | {published} | {kind} | {split} | {counts[0]} | {counts[1]} |")
    return "\n".join(lines)


def readme_with_table(text: str, rendered: str) -> str | None:
    """README text with the table between the markers replaced, or None when the markers are missing."""
    start, end = text.find(TABLE_START), text.find(TABLE_END)
    if start < 0 or end < start:
        return None
    return text[: start + len(TABLE_START)] + "\n\n" + rendered + "\n\n" + text[end:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quiet", action="store_true", help="print nothing when all is well")
    parser.add_argument("--write-table", action="store_true", help="rewrite the table of articles in README.md")
    parser.add_argument("--suggest-links", action="store_true", help="list unlinked mentions named like a record")
    args = parser.parse_args(argv)
    records = record_ids()
    golds = sorted(HERE.glob("*.gold.json"))
    readme = README.read_text(encoding="utf-8") if README.exists() else ""
    updated = readme_with_table(readme, table(golds))
    if args.write_table and updated is not None and updated != readme:
        README.write_text(updated, encoding="utf-8")
        readme = updated
    texts = {p.name for p in HERE.glob("*.txt")}
    lines: list[str] = []
    for path in golds:
        lines += [f"{path.relative_to(ROOT)}: {message}" for message in check_gold(path, records)]
    for pair in shared_across_halves(HERE):
        if (pair.development, pair.holdout) not in KNOWN:
            lines.append(
                f"{(HERE / (pair.development + '.gold.json')).relative_to(ROOT)}: shares {pair.runs} runs of six words "
                f"({pair.share:.0%} of the shorter text) with the held-out {pair.holdout}: a rule tuned on one would "
                "be tuned on the other's words; hint: add only one of the two (the same statement printed by two "
                "outlets falls in both halves)"
            )
    named = {path.name.removesuffix(".gold.json") + ".txt" for path in golds}
    lines += [f"{(HERE / name).relative_to(ROOT)}: archived text without a gold file" for name in sorted(texts - named)]
    readme_path = README.relative_to(ROOT)
    if updated is None:
        lines.append(f"{readme_path}: no table markers ({TABLE_START} ... {TABLE_END})")
    elif updated != readme:
        lines.append(f"{readme_path}: the table of articles is out of date; run check.py --write-table")
    for line in lines:
        print(line)
    if args.suggest_links:
        for line in suggestions(golds):
            print(line)
    if lines:
        return 1
    if not args.quiet:
        print(
            f"{len(golds)} articles checked: every gold span verbatim, every record present, every split by the rule, "
            "no words shared across the halves but the known pairs"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
