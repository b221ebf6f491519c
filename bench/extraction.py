"""Score the ingest drafts against the curated dataset on the seed texts.

    python bench/extraction.py [SEEDS] [--json] [--details]

SEEDS defaults to ../shared/seeds relative to the repository. Each text is
matched to its curated SourceDocument by sha256; texts no source claims are
reported and skipped.

Matching (documented in docs/ingestion.md):

- A draft matches a curated record when both are of the same type, the
  draft cites a paragraph of that source that the record also cites (any
  evidence paragraph of either), and their parties agree:
  - commitments: the same set of parties;
  - exercises: lead and participants taken together overlap (or both are empty);
  - deployments: contributors and lead taken together overlap (or both are
    empty), and the hosts overlap (or both are empty).
- A curated record is found when at least one draft matches it; a draft is
  matched when it matches at least one curated record.
- precision = matched drafts / drafts; recall = found curated records / curated records.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import baltic_security as bs
from baltic_security import ingest

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SEEDS = ROOT.parent / "shared" / "seeds"
TYPES: tuple[tuple[str, type[bs.Commitment | bs.Exercise | bs.Deployment]], ...] = (
    ("commitments", bs.Commitment),
    ("exercises", bs.Exercise),
    ("deployments", bs.Deployment),
)
Fact = bs.Commitment | bs.Exercise | bs.Deployment


def curated_records(ds: bs.Dataset, cls: type[Fact]) -> tuple[Fact, ...]:
    """Every curated record of one fact type."""
    if cls is bs.Commitment:
        return ds.commitments()
    if cls is bs.Exercise:
        return ds.exercises()
    return ds.deployments()


def _sides_agree(a: set[str], b: set[str]) -> bool:
    return a == b or bool(a & b)


def parties_agree(drafted: Fact, curated: Fact) -> bool:
    """Whether a draft names the same parties as a curated record, by the rules of its type."""
    if isinstance(drafted, bs.Commitment) and isinstance(curated, bs.Commitment):
        return set(drafted.parties) == set(curated.parties)
    if isinstance(drafted, bs.Exercise) and isinstance(curated, bs.Exercise):

        def side(e: bs.Exercise) -> set[str]:
            return {p.actor for p in e.participants} | ({e.lead} if e.lead else set())

        return _sides_agree(side(drafted), side(curated))
    if isinstance(drafted, bs.Deployment) and isinstance(curated, bs.Deployment):

        def owners(d: bs.Deployment) -> set[str]:
            return set(d.contributors) | ({d.lead} if d.lead else set())

        return _sides_agree(owners(drafted), owners(curated)) and _sides_agree(set(drafted.hosts), set(curated.hosts))
    return False


def matches(drafted: Fact, drafted_source: str, curated: Fact, curated_source: str) -> bool:
    """Whether a draft (citing ``drafted_source``) matches a curated record on ``curated_source``."""
    if type(drafted) is not type(curated):
        return False
    cited = {e.paragraph for e in drafted.evidence if e.source == drafted_source}
    wanted = {e.paragraph for e in curated.evidence if e.source == curated_source}
    return bool(cited & wanted) and parties_agree(drafted, curated)


@dataclass
class Row:
    """One line of the score table."""

    curated: int = 0
    found: int = 0
    drafts: int = 0
    matched: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.curated if self.curated else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.drafts if self.drafts else 1.0


@dataclass
class Report:
    """Scores per type and overall, with the texts read and the unmatched items for inspection."""

    rows: dict[str, Row]
    texts: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)

    @property
    def overall(self) -> Row:
        return Row(
            curated=sum(r.curated for r in self.rows.values()),
            found=sum(r.found for r in self.rows.values()),
            drafts=sum(r.drafts for r in self.rows.values()),
            matched=sum(r.matched for r in self.rows.values()),
        )

    def table(self) -> str:
        lines = [
            "| type | curated | found | recall | drafts | matched | precision |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for name, row in [*self.rows.items(), ("overall", self.overall)]:
            label = f"**{name}**" if name == "overall" else name
            lines.append(
                f"| {label} | {row.curated} | {row.found} | {row.recall:.0%} | {row.drafts} | {row.matched} | {row.precision:.0%} |"
            )
        return "\n".join(lines)


def evaluate(seeds: Path, dataset: bs.Dataset | None = None) -> Report:
    """Draft every seed text and score the drafts against the curated records of its source."""
    ds = bs.dataset() if dataset is None else dataset
    by_sha = {s.sha256: s for s in ds.sources()}
    report = Report(rows={name: Row() for name, _ in TYPES})
    drafted: list[tuple[str, str, Fact]] = []  # (curated source id, draft source id, draft)
    for path in sorted(seeds.glob("*.txt")):
        document = ingest.read(path)
        source = by_sha.get(document.sha256)
        if source is None:
            report.skipped.append(path.name)
            continue
        report.texts.append(f"{path.name} -> {source.id}")
        drafts = ingest.draft(document, dataset=ds)
        drafted.extend((source.id, drafts.source.id, fact) for fact in drafts.facts())
    read = {source for source, _, _ in drafted}
    for name, cls in TYPES:
        row = report.rows[name]
        curated = [r for r in curated_records(ds, cls) if {e.source for e in r.evidence} & read]
        mine = [(s, d, f) for s, d, f in drafted if isinstance(f, cls)]
        row.curated, row.drafts = len(curated), len(mine)
        hits = {(c.id, i) for c in curated for i, (s, d, f) in enumerate(mine) if matches(f, d, c, s)}
        found = {c for c, _ in hits}
        used = {i for _, i in hits}
        row.found, row.matched = len(found), len(used)
        report.missed.extend(f"{c.id} (paragraphs {_paragraphs(c.evidence)})" for c in curated if c.id not in found)
        report.unmatched.extend(
            f"{f.id}: {f.summary if not isinstance(f, bs.Exercise) else f.name}" for i, (_, _, f) in enumerate(mine) if i not in used
        )
    return report


def _paragraphs(evidence: Iterable[bs.Evidence]) -> str:
    return ", ".join(f"{e.source}#{e.paragraph}" for e in evidence)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score ingest drafts against the curated dataset on the seed texts.")
    parser.add_argument("seeds", nargs="?", type=Path, default=DEFAULT_SEEDS, help=f"folder of seed texts (default: {DEFAULT_SEEDS})")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--details", action="store_true", help="also list missed records and unmatched drafts")
    args = parser.parse_args(argv)
    if not args.seeds.is_dir():
        print(f"extraction: no seed texts at {args.seeds}", file=sys.stderr)
        return 1
    report = evaluate(args.seeds)
    if args.json:
        rows = {
            name: vars(row) | {"recall": row.recall, "precision": row.precision}
            for name, row in [*report.rows.items(), ("overall", report.overall)]
        }
        print(json.dumps({"texts": report.texts, "skipped": report.skipped, "scores": rows}, indent=1))
        return 0
    print(report.table())
    for line in report.skipped:
        print(f"skipped (no curated source with this sha256): {line}", file=sys.stderr)
    if args.details:
        print("\nmissed curated records:")
        print("\n".join(f"  {m}" for m in report.missed) or "  none")
        print("\nunmatched drafts:")
        print("\n".join(f"  {u}" for u in report.unmatched) or "  none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
