"""Generate a valid synthetic corpus of any size, for benchmarks (and scale tests).

    python benchmarks/synthetic.py OUT_DIR --records 10000 [--seed 1]

OUT_DIR becomes a project that `factsheet build` can build (the records, their
archived texts, and this repository's templates/ and mkdocs.yml).

The mix per 20 records: 1 source with a generated article, 3 groups, 4 actors,
1 place, 7 claims, 2 denials, 2 events. Names are made up from syllables;
groups carry aliases in Latin, Arabic and Persian script; every quote is cut
from its source's generated text, so the corpus validates cleanly.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import sys
from pathlib import Path

LATIN = ["ka", "ri", "mo", "sa", "tel", "van", "dor", "lin", "zu", "hab", "nur", "qas", "fen", "bar", "mir", "sol"]
ARABIC = ["كا", "ري", "مو", "سا", "تل", "فان", "دور", "لين", "زو", "حب", "نور", "قاس"]
PERSIAN = ["گل", "پر", "چم", "ژو", "کی", "یار", "ده", "شب"]
KINDS = ["militia", "armed-group", "faction", "party", "coalition"]
STATUSES = ["alleged", "disputed", "denied", "corroborated", "retracted"]
MIX = {"source": 1, "group": 3, "actor": 4, "place": 1, "claim": 7, "denial": 2, "event": 2}


def _name(rng: random.Random, parts: list[str], n: int = 3) -> str:
    return "".join(rng.choice(parts) for _ in range(n))


def _q(text: str) -> str:
    """A YAML double-quoted scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Builder:
    def __init__(self, out: Path, seed: int) -> None:
        self.out = out
        self.rng = random.Random(seed)
        self.ids: dict[str, list[str]] = {t: [] for t in MIX}
        self.paragraphs: dict[str, list[str]] = {}

    def write(self, type_name: str, record_id: str, lines: list[str]) -> None:
        path = self.out / "content" / type_name / f"{record_id}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        self.ids[type_name].append(record_id)

    def cite(self, indent: str = "") -> list[str]:
        source = self.rng.choice(self.ids["source"])
        paras = self.paragraphs[source]
        n = self.rng.randrange(len(paras))
        words = paras[n].split()
        start = self.rng.randrange(max(1, len(words) - 8))
        quote = " ".join(words[start : start + 8])
        return [f"{indent}- source: {source}", f"{indent}  quote: {_q(quote)}", f"{indent}  paragraph: {n + 1}"]

    def source(self, i: int) -> None:
        rid = f"source-{i}"
        paras = [f"Report {i} on the {_name(self.rng, LATIN).title()} front"]
        for p in range(12):
            names = [_name(self.rng, LATIN).title() for _ in range(4)]
            paras.append(
                f"Officials in {names[0]} said on day {p} that fighters of the {names[1]} brigade had moved "
                f"towards {names[2]}, while a spokesman for {names[3]} denied any role in the clashes "
                f"that followed the withdrawal reported in paragraph {p}."
            )
        text = "\n\n".join(paras) + "\n"
        archive = self.out / "seeds" / f"{rid}.txt"
        archive.parent.mkdir(parents=True, exist_ok=True)
        archive.write_text(text, encoding="utf-8")
        self.paragraphs[rid] = paras
        digest = hashlib.sha256(text.encode()).hexdigest()
        self.write(
            "source",
            rid,
            [
                f"title: {_q(paras[0])}",
                "publisher: Synthetic Wire",
                "language: en",
                f'published: "20{10 + i % 15}-0{1 + i % 9}"',
                f"archive: seeds/{rid}.txt",
                f"sha256: {digest}",
            ],
        )

    def group(self, i: int) -> None:
        rid = f"group-{i}"
        lines = [
            f"name: {_q(_name(self.rng, LATIN).title() + ' Brigade')}",
            f"kind: {self.rng.choice(KINDS)}",
            "aliases:",
        ]
        lines += [f"  - name: {_q(_name(self.rng, ARABIC))}", "    lang: ar", "    kind: transliteration"]
        lines += [f"  - name: {_q(_name(self.rng, PERSIAN))}", "    lang: fa-Arab", "    kind: transliteration"]
        lines += [f"description: {_q('A synthetic group used to measure the build.')}"]
        targets = self.ids["group"][-5:] + self.ids["actor"][-5:]
        if targets:
            lines += [
                "relationships:",
                "  - type: allied-with",
                f"    target: {self.rng.choice(targets)}",
                f'    date: "20{10 + i % 15}"',
                "    citations:",
                *self.cite("      "),
            ]
        lines += ["citations:", *self.cite("  ")]
        self.write("group", rid, lines)

    def actor(self, i: int) -> None:
        rid = f"actor-{i}"
        lines = [
            f"name: {_q(_name(self.rng, LATIN, 2).title() + ' ' + _name(self.rng, LATIN).title())}",
            "kind: person",
        ]
        if self.ids["group"]:
            lines += [
                "roles:",
                "  - title: commander",
                f"    organization: {self.rng.choice(self.ids['group'][-10:])}",
                "    citations:",
                *self.cite("      "),
            ]
        lines += ["citations:", *self.cite("  ")]
        self.write("actor", rid, lines)

    def place(self, i: int) -> None:
        self.write(
            "place",
            f"place-{i}",
            [f"name: {_q(_name(self.rng, LATIN).title())}", "kind: province", "citations:", *self.cite("  ")],
        )

    def claim(self, i: int) -> None:
        subjects = self.rng.sample(self.ids["group"][-10:], k=min(2, len(self.ids["group"][-10:])))
        speaker = (
            ["  actor: " + self.rng.choice(self.ids["actor"][-10:])]
            if self.ids["actor"] and i % 3
            else ["  described_as: a security official"]
        )
        self.write(
            "claim",
            f"claim-{i}",
            [
                f"summary: {_q(f'A speaker said something about {len(subjects)} groups ({i}).')}",
                "claimant:",
                *speaker,
                f'date: "20{10 + i % 15}-0{1 + i % 9}"',
                f"subjects: [{', '.join(subjects)}]",
                f"claim_status: {STATUSES[i % 5] if STATUSES[i % 5] != 'denied' else 'disputed'}",
                "citations:",
                *self.cite("  "),
            ],
        )

    def denial(self, i: int) -> None:
        claims = self.ids["claim"][-3:]
        if not claims or not self.ids["actor"]:
            return self.event(i)
        self.write(
            "denial",
            f"denial-{i}",
            [
                "summary: An official denied the claims.",
                "denier:",
                f"  actor: {self.rng.choice(self.ids['actor'][-10:])}",
                f"claims: [{', '.join(claims)}]",
                "denied: any involvement",
                "citations:",
                *self.cite("  "),
            ],
        )

    def event(self, i: int) -> None:
        self.write(
            "event",
            f"event-{i}",
            [
                f"name: {_q(f'Movement {i}')}",
                "kind: movement",
                f'date: "20{10 + i % 15}"',
                f"places: [{self.rng.choice(self.ids['place'])}]" if self.ids["place"] else "places: []",
                "citations:",
                *self.cite("  "),
            ],
        )


def generate(out: Path, records: int, seed: int = 1, quiet: bool = True) -> int:
    """Write a corpus of about ``records`` records into ``out``; returns how many were written."""
    builder = Builder(out, seed)
    plan = [t for t, n in MIX.items() for _ in range(n)]
    written = 0
    for block in range(0, records, len(plan)):
        for offset, type_name in enumerate(plan):
            if written >= records:
                break
            getattr(builder, type_name)(block + offset)
            written += 1
        if not quiet and sys.stderr.isatty() and block % 1000 == 0:
            print(f"\rgenerating {written}/{records}", end="", file=sys.stderr)
    if not quiet and sys.stderr.isatty():
        print(file=sys.stderr)
    return sum(len(v) for v in builder.ids.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.out.exists() and any(args.out.iterdir()):
        sys.exit(f"{args.out} is not empty; choose a new folder")
    n = generate(args.out, args.records, args.seed, quiet=False)
    # With this repository's templates and mkdocs.yml the folder is a project `factsheet build` can build.
    repo = Path(__file__).resolve().parent.parent
    shutil.copytree(repo / "templates", args.out / "templates")
    shutil.copy(repo / "mkdocs.yml", args.out / "mkdocs.yml")
    print(f"wrote {n} records to {args.out}, with templates/ and mkdocs.yml", file=sys.stderr)


if __name__ == "__main__":
    main()
