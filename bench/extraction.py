"""Score the ingest drafts of a folder of texts against a gold dataset file.

    python bench/extraction.py [FOLDER] [--gold GOLD.json] [--genres GENRES.json] [--json] [--details]

FOLDER defaults to ../shared/seeds relative to the repository, scored against
the bundled dataset. A corpus part (a folder holding ``texts/``, ``gold.json``
and ``genres.json``, as under ``tests/ingest_corpus/``) can be given directly;
its ``gold.json`` and ``genres.json`` are then the defaults. ``--gold`` names a
dataset file (or folder) loaded over the bundled dataset, as
``bs.load(path, base=bs.dataset())`` does; ``--genres`` a JSON object mapping
text file names to genres. Each text is matched to its gold SourceDocument by
sha256; texts no source claims are reported and skipped.

Matching (documented in docs/ingestion.md):

- **strict**: a draft matches a gold record when both are of the same type,
  the draft cites a paragraph of that source that the record also cites (any
  evidence paragraph of either), and their parties agree:
  - commitments: the same set of parties;
  - exercises: lead and participants taken together overlap (or both are empty);
  - deployments: contributors and lead taken together overlap (or both are
    empty), and the hosts overlap (or both are empty).
- **loose**: the same type and a shared cited paragraph; parties are ignored.
- A gold record is found when at least one draft matches it; a draft is
  matched when it matches at least one gold record.
- precision = matched drafts / drafts; recall = found gold records / gold records.

Scores are given per type and overall, and per genre when genres are known (a
record citing texts of two genres counts once in each). The dates of strictly
matched deployments and exercises are compared with the gold's (see
:func:`date_verdict`), and so are the amount of strictly matched commitments
and the size of strictly matched deployments (see :func:`amount_verdict`).
``--details`` lists every missed gold record, every wrong draft, and every
drafted date or amount that contradicts the gold or that it does not give.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import baltic_security as bs
from baltic_security import ingest

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SEEDS = ROOT.parent / "shared" / "seeds"
TYPES: tuple[tuple[str, type[bs.Commitment | bs.Exercise | bs.Deployment]], ...] = (
    ("commitments", bs.Commitment),
    ("exercises", bs.Exercise),
    ("deployments", bs.Deployment),
)
NO_GENRE = "(no genre)"
Fact = bs.Commitment | bs.Exercise | bs.Deployment
#: Drafts one document with a dataset's parties; :func:`evaluate` takes another to score a fixed set of drafts.
Drafter = Callable[[ingest.Document, bs.Dataset], ingest.Drafts]


def draft_with_rules(document: ingest.Document, dataset: bs.Dataset) -> ingest.Drafts:
    """The ingest pipeline's drafts: what the scores measure."""
    return ingest.draft(document, dataset=dataset)


def curated_records(ds: bs.Dataset, cls: type[Fact]) -> tuple[Fact, ...]:
    """Every gold record of one fact type."""
    if cls is bs.Commitment:
        return ds.commitments()
    if cls is bs.Exercise:
        return ds.exercises()
    return ds.deployments()


def _sides_agree(a: set[str], b: set[str]) -> bool:
    return a == b or bool(a & b)


def _exercise_side(e: bs.Exercise) -> set[str]:
    return {p.actor for p in e.participants} | ({e.lead} if e.lead else set())


def _owners(d: bs.Deployment) -> set[str]:
    return set(d.contributors) | ({d.lead} if d.lead else set())


def parties_agree(drafted: Fact, curated: Fact) -> bool:
    """Whether a draft names the same parties as a gold record, by the rules of its type."""
    if isinstance(drafted, bs.Commitment) and isinstance(curated, bs.Commitment):
        return set(drafted.parties) == set(curated.parties)
    if isinstance(drafted, bs.Exercise) and isinstance(curated, bs.Exercise):
        return _sides_agree(_exercise_side(drafted), _exercise_side(curated))
    if isinstance(drafted, bs.Deployment) and isinstance(curated, bs.Deployment):
        return _sides_agree(_owners(drafted), _owners(curated)) and _sides_agree(set(drafted.hosts), set(curated.hosts))
    return False


def shares_paragraph(drafted: Fact, drafted_source: str, curated: Fact, curated_source: str) -> bool:
    """The loose rule: the same type and a cited paragraph in common, whatever the parties."""
    if type(drafted) is not type(curated):
        return False
    cited = {e.paragraph for e in drafted.evidence if e.source == drafted_source}
    wanted = {e.paragraph for e in curated.evidence if e.source == curated_source}
    return bool(cited & wanted)


def matches(drafted: Fact, drafted_source: str, curated: Fact, curated_source: str) -> bool:
    """The strict rule: a draft (citing ``drafted_source``) matches a gold record on ``curated_source``."""
    return shares_paragraph(drafted, drafted_source, curated, curated_source) and parties_agree(drafted, curated)


def describe_parties(record: Fact) -> str:
    """The parties the matching rule compares, as one short string ("germany -> lithuania" for a deployment)."""
    if isinstance(record, bs.Commitment):
        return "+".join(sorted(record.parties))
    if isinstance(record, bs.Exercise):
        return "+".join(sorted(_exercise_side(record))) or "no parties"
    owners = "+".join(sorted(_owners(record))) or "unnamed forces"
    return f"{owners} -> {'+'.join(sorted(record.hosts)) or 'no host'}"


@dataclass
class Row:
    """One line of a score table."""

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

    def to_json(self) -> dict[str, float]:
        return vars(self) | {"recall": self.recall, "precision": self.precision}


def _total(rows: Iterable[Row]) -> Row:
    rows = list(rows)
    return Row(
        curated=sum(r.curated for r in rows),
        found=sum(r.found for r in rows),
        drafts=sum(r.drafts for r in rows),
        matched=sum(r.matched for r in rows),
    )


def _table(rows: Mapping[str, Row], total: Row, first: str) -> str:
    lines = [
        f"| {first} | curated | found | recall | drafts | matched | precision |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, row in [*rows.items(), ("overall", total)]:
        label = f"**{name}**" if name == "overall" else name
        lines.append(f"| {label} | {row.curated} | {row.found} | {row.recall:.0%} | {row.drafts} | {row.matched} | {row.precision:.0%} |")
    return "\n".join(lines)


@dataclass(frozen=True)
class Miss:
    """A gold record no draft matched strictly; ``loose`` when a draft of its type cites one of its paragraphs."""

    type: str
    id: str
    text: str
    genre: str
    paragraphs: tuple[int, ...]
    parties: str
    loose: bool

    def line(self) -> str:
        where = ", ".join(f"¶{p}" for p in self.paragraphs)
        why = "a draft at this paragraph names other parties" if self.loose else "no draft of this type at this paragraph"
        return f"{self.type} {self.id} {where} ({self.text}, {self.genre}): gold {self.parties}; {why}"


@dataclass(frozen=True)
class Wrong:
    """A draft that matched no gold record strictly, with the parties of the gold records at its paragraph."""

    type: str
    id: str
    text: str
    genre: str
    paragraphs: tuple[int, ...]
    drafted: str
    gold: tuple[tuple[str, str], ...]  # (gold id, its parties) for each record of the type at the paragraph

    def line(self) -> str:
        where = ", ".join(f"¶{p}" for p in self.paragraphs)
        if self.gold:
            versus = "gold here: " + "; ".join(f"{parties} ({record})" for record, parties in self.gold)
        else:
            versus = f"no gold {self.type.removesuffix('s')} here"
        return f"{self.type} {where} ({self.text}, {self.genre}): drafted {self.drafted}; {versus}"


#: How a drafted date compares with the gold's, for records the strict rule matched.
DATE_VERDICTS = ("agree", "contradict", "drafted only", "gold only")


def date_verdict(drafted: bs.PartialDate | None, curated: bs.PartialDate | None) -> str | None:
    """``agree`` when one date lies within the other (a year and a day in it agree), ``contradict`` when they do not,
    ``drafted only`` or ``gold only`` when one side has none; None when neither has one."""
    if drafted is None and curated is None:
        return None
    if drafted is None:
        return "gold only"
    if curated is None:
        return "drafted only"
    inside = curated.first_day <= drafted.first_day and drafted.last_day <= curated.last_day
    around = drafted.first_day <= curated.first_day and curated.last_day <= drafted.last_day
    return "agree" if inside or around else "contradict"


def amount_verdict(drafted: bs.Quantity | None, curated: bs.Quantity | None) -> str | None:
    """``agree`` when value, unit and qualifier are the same, ``contradict`` when any differs, ``drafted only`` or
    ``gold only`` when one side has none; None when neither has one. "at least 5%" and "5%" contradict: the qualifier is
    what the source commits to."""
    if drafted is None and curated is None:
        return None
    if drafted is None:
        return "gold only"
    if curated is None:
        return "drafted only"
    return "agree" if drafted == curated else "contradict"


@dataclass(frozen=True)
class FieldMismatch:
    """A date or amount of a strictly matched draft that contradicts the gold, or that the gold does not give."""

    type: str
    id: str
    text: str
    field: str
    drafted: str
    gold: str | None

    def line(self) -> str:
        said = f"gold {self.gold}" if self.gold else "the gold gives none"
        return f"{self.type} {self.id} ({self.text}): {self.field} drafted {self.drafted}, {said}"


@dataclass
class Report:
    """Strict and loose scores per type and per genre, the texts read, and every miss and wrong draft.

    ``rows`` is the strict table per type (``overall`` sums it); ``loose`` the
    loose one; ``genres`` and ``genres_loose`` the same per genre (empty when
    no genres are known).
    """

    rows: dict[str, Row]
    loose: dict[str, Row] = field(default_factory=dict)
    genres: dict[str, Row] = field(default_factory=dict)
    genres_loose: dict[str, Row] = field(default_factory=dict)
    texts: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    missed: list[Miss] = field(default_factory=list)
    wrong: list[Wrong] = field(default_factory=list)
    #: start and end of strictly matched deployments and exercises, by verdict (see :func:`date_verdict`)
    dates: dict[str, int] = field(default_factory=lambda: dict.fromkeys(DATE_VERDICTS, 0))
    date_mismatches: list[FieldMismatch] = field(default_factory=list)
    #: amount of strictly matched commitments and size of strictly matched deployments, by verdict (:func:`amount_verdict`)
    amounts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(DATE_VERDICTS, 0))
    amount_mismatches: list[FieldMismatch] = field(default_factory=list)

    @property
    def overall(self) -> Row:
        return _total(self.rows.values())

    @property
    def loose_overall(self) -> Row:
        return _total(self.loose.values())

    def table(self) -> str:
        """The strict table per type, in Markdown."""
        return _table(self.rows, self.overall, "type")

    def tables(self) -> str:
        """Every table: strict per type, loose per type, then strict and loose per genre when genres are known."""
        parts = [
            self.table(),
            "loose (same type and a shared paragraph, parties ignored):\n" + _table(self.loose, self.loose_overall, "type"),
        ]
        if self.genres:
            parts.append("strict, per genre:\n" + _table(self.genres, _total(self.genres.values()), "genre"))
            parts.append("loose, per genre:\n" + _table(self.genres_loose, _total(self.genres_loose.values()), "genre"))
        parts.append(
            "dates (start and end of strictly matched deployments and exercises): "
            + ", ".join(f"{self.dates[v]} {v}" for v in DATE_VERDICTS)
        )
        parts.append(
            "amounts (amount of strictly matched commitments, size of strictly matched deployments): "
            + ", ".join(f"{self.amounts[v]} {v}" for v in DATE_VERDICTS)
        )
        return "\n\n".join(parts)

    def to_json(self, *, details: bool = False) -> dict[str, Any]:
        """The report as JSON-ready data; ``scores`` is the strict table per type."""
        data: dict[str, Any] = {
            "texts": self.texts,
            "skipped": self.skipped,
            "scores": {name: row.to_json() for name, row in [*self.rows.items(), ("overall", self.overall)]},
            "loose": {name: row.to_json() for name, row in [*self.loose.items(), ("overall", self.loose_overall)]},
            "genres": {g: {"strict": row.to_json(), "loose": self.genres_loose[g].to_json()} for g, row in self.genres.items()},
            "dates": dict(self.dates),
            "amounts": dict(self.amounts),
        }
        if details:
            data["missed"] = [vars(m) for m in self.missed]
            data["wrong"] = [vars(w) for w in self.wrong]
            data["date_mismatches"] = [vars(d) for d in self.date_mismatches]
            data["amount_mismatches"] = [vars(d) for d in self.amount_mismatches]
        return data


@dataclass(frozen=True)
class _Text:
    name: str
    genre: str
    source: str  # the gold source id its sha256 names
    drafted_as: str  # the draft source id its drafts cite


def drafting_dataset(gold: bs.Dataset, base: bs.Dataset) -> bs.Dataset:
    """The dataset drafts are made with: the base, plus any allies and actors the gold file adds (never its facts)."""
    if {a.id for a in gold.allies()} == {a.id for a in base.allies()} and {a.id for a in gold.actors()} == {a.id for a in base.actors()}:
        return base
    return bs.Dataset(
        allies=gold.allies(),
        actors=gold.actors(),
        sources=base.sources(),
        commitments=base.commitments(),
        exercises=base.exercises(),
        deployments=base.deployments(),
        conflicts=base.conflicts(),
        version=base.version,
    )


def evaluate(
    texts: Path,
    dataset: bs.Dataset | None = None,
    *,
    genres: Mapping[str, str] | None = None,
    drafting: bs.Dataset | None = None,
    drafter: Drafter = draft_with_rules,
) -> Report:
    """Draft every ``*.txt`` in ``texts`` and score the drafts against the gold records of its source.

    ``dataset`` holds the gold (default: the bundled dataset); ``drafting`` the
    parties the drafts are made with (default: ``dataset``); ``genres`` maps
    text file names to genres; ``drafter`` makes the drafts (default: the
    ingest pipeline).
    """
    ds = bs.dataset() if dataset is None else dataset
    by_sha = {s.sha256: s for s in ds.sources()}
    report = Report(rows={name: Row() for name, _ in TYPES}, loose={name: Row() for name, _ in TYPES})
    read: dict[str, _Text] = {}  # gold source id -> the text that carries it
    drafted: list[tuple[_Text, Fact]] = []
    for path in sorted(texts.glob("*.txt")):
        document = ingest.read(path)
        source = by_sha.get(document.sha256)
        if source is None or source.id in read:
            report.skipped.append(path.name)
            continue
        report.texts.append(f"{path.name} -> {source.id}")
        drafts = drafter(document, ds if drafting is None else drafting)
        text = _Text(path.name, (genres or {}).get(path.name, NO_GENRE), source.id, drafts.source_id)
        read[source.id] = text
        drafted.extend((text, fact) for fact in drafts.facts())
    for name, cls in TYPES:
        gold = [r for r in curated_records(ds, cls) if {e.source for e in r.evidence} & read.keys()]
        mine = [(t, f) for t, f in drafted if isinstance(f, cls)]
        # every (gold record, text it cites, draft of that text) pair that shares a paragraph; strict when parties agree too
        pairs = [
            (g, read[s], i, matches(f, t.drafted_as, g, s))
            for g in gold
            for s in dict.fromkeys(e.source for e in g.evidence)
            if s in read
            for i, (t, f) in enumerate(mine)
            if t is read[s] and shares_paragraph(f, t.drafted_as, g, s)
        ]
        for rows, strict_only in ((report.rows, True), (report.loose, False)):
            hits = [(g.id, i) for g, _, i, strict in pairs if strict or not strict_only]
            rows[name] = Row(curated=len(gold), found=len({g for g, _ in hits}), drafts=len(mine), matched=len({i for _, i in hits}))
        if genres is not None:
            _score_genres(report, gold, mine, pairs, read)
        if cls in (bs.Deployment, bs.Exercise):
            _compare(
                name, pairs, mine, fields=("start", "end"), verdict_of=date_verdict, counts=report.dates, mismatches=report.date_mismatches
            )
        if cls in (bs.Commitment, bs.Deployment):
            amount = ("amount",) if cls is bs.Commitment else ("size",)
            _compare(
                name, pairs, mine, fields=amount, verdict_of=amount_verdict, counts=report.amounts, mismatches=report.amount_mismatches
            )
        strict_found = {g.id for g, _, _, strict in pairs if strict}
        loose_found = {g.id for g, _, _, _ in pairs}
        strict_used = {i for _, _, i, strict in pairs if strict}
        for g in gold:
            if g.id not in strict_found:
                texts_cited = [read[e.source] for e in g.evidence if e.source in read]
                report.missed.append(
                    Miss(
                        type=name,
                        id=g.id,
                        text=texts_cited[0].name,
                        genre=texts_cited[0].genre,
                        paragraphs=tuple(sorted({e.paragraph for e in g.evidence if e.source in read})),
                        parties=describe_parties(g),
                        loose=g.id in loose_found,
                    )
                )
        for i, (t, f) in enumerate(mine):
            if i not in strict_used:
                at = [g for g, _, j, _ in pairs if j == i]
                report.wrong.append(
                    Wrong(
                        type=name,
                        id=f.id,
                        text=t.name,
                        genre=t.genre,
                        paragraphs=tuple(sorted({e.paragraph for e in f.evidence})),
                        drafted=describe_parties(f),
                        gold=tuple((g.id, describe_parties(g)) for g in at),
                    )
                )
    return report


def _compare(
    name: str,
    pairs: list[tuple[Fact, _Text, int, bool]],
    mine: list[tuple[_Text, Fact]],
    *,
    fields: tuple[str, ...],
    verdict_of: Callable[[Any, Any], str | None],
    counts: dict[str, int],
    mismatches: list[FieldMismatch],
) -> None:
    """Count ``fields`` of each strictly matched draft against its gold record (its first match), by verdict."""
    seen: set[int] = set()
    for g, text, i, strict in pairs:
        if not strict or i in seen:
            continue
        seen.add(i)
        for which in fields:
            drafted, curated = getattr(mine[i][1], which), getattr(g, which)
            verdict = verdict_of(drafted, curated)
            if verdict is None:
                continue
            counts[verdict] += 1
            if verdict in ("contradict", "drafted only"):
                mismatches.append(FieldMismatch(name, g.id, text.name, which, str(drafted), None if curated is None else str(curated)))


def _score_genres(
    report: Report,
    gold: list[Fact],
    mine: list[tuple[_Text, Fact]],
    pairs: list[tuple[Fact, _Text, int, bool]],
    read: Mapping[str, _Text],
) -> None:
    """Add one type's counts to the per-genre rows; a gold record counts once in each genre of the texts it cites."""
    cited = {(g.id, read[e.source].genre) for g in gold for e in g.evidence if e.source in read}
    for rows, strict_only in ((report.genres, True), (report.genres_loose, False)):
        hits = [(g.id, t.genre, i) for g, t, i, strict in pairs if strict or not strict_only]
        found = {(g, genre) for g, genre, _ in hits}
        used = {i for _, _, i in hits}
        for genre in sorted({t.genre for t in read.values()}):
            row = rows.setdefault(genre, Row())
            row.curated += sum(1 for _, g in cited if g == genre)
            row.found += sum(1 for _, g in found if g == genre)
            row.drafts += sum(1 for t, _ in mine if t.genre == genre)
            row.matched += sum(1 for i in used if mine[i][0].genre == genre)


def resolve(folder: Path, gold: Path | None, genres: Path | None) -> tuple[Path, Path | None, Path | None]:
    """The texts folder, gold file and genres file for a command line: a corpus part supplies its own defaults."""
    if (folder / "texts").is_dir():
        if gold is None and (folder / "gold.json").is_file():
            gold = folder / "gold.json"
        if genres is None and (folder / "genres.json").is_file():
            genres = folder / "genres.json"
        return folder / "texts", gold, genres
    return folder, gold, genres


def read_genres(path: Path) -> dict[str, str]:
    """A genres file: one JSON object mapping text file names to genre names."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path}: cannot read the genres file ({exc})") from exc
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        raise ValueError(f"{path}: expected a JSON object mapping text file names to genre names")
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score ingest drafts of a folder of texts against a gold dataset file.")
    parser.add_argument(
        "folder",
        nargs="?",
        type=Path,
        default=DEFAULT_SEEDS,
        help=f"folder of *.txt texts, or a corpus part holding texts/, gold.json and genres.json (default: {DEFAULT_SEEDS})",
    )
    parser.add_argument("--gold", type=Path, help="dataset file or folder with the gold, loaded over the bundled dataset")
    parser.add_argument("--genres", type=Path, help="JSON object mapping text file names to genres")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument(
        "--details", action="store_true", help="also list every missed gold record, every wrong draft and every wrong date or amount"
    )
    args = parser.parse_args(argv)
    texts, gold_path, genres_path = resolve(args.folder, args.gold, args.genres)
    if not texts.is_dir():
        seeds = args.folder == DEFAULT_SEEDS
        hint = " (the seed texts are not distributed with the project: give a folder, e.g. tests/ingest_corpus/dev)" if seeds else ""
        print(f"extraction: no folder of texts at {texts}{hint}", file=sys.stderr)
        return 1
    base = bs.dataset()
    try:
        gold = base if gold_path is None else bs.load(gold_path, base=base)
        genres = None if genres_path is None else read_genres(genres_path)
    except (bs.BalticSecurityError, ValueError) as exc:
        print(f"extraction: {exc}", file=sys.stderr)
        return 1
    report = evaluate(texts, gold, genres=genres, drafting=drafting_dataset(gold, base))
    if args.json:
        print(json.dumps(report.to_json(details=args.details), indent=1, ensure_ascii=False))
        return 0
    print(report.tables())
    for line in report.skipped:
        print(f"skipped (no gold source with this sha256, or a second copy): {line}", file=sys.stderr)
    if args.details:
        print(f"\nmissed gold records ({len(report.missed)}):")
        print("\n".join(f"  {m.line()}" for m in report.missed) or "  none")
        print(f"\nwrong drafts ({len(report.wrong)}):")
        print("\n".join(f"  {w.line()}" for w in report.wrong) or "  none")
        print(f"\ndrafted dates that contradict the gold or that it does not give ({len(report.date_mismatches)}):")
        print("\n".join(f"  {d.line()}" for d in report.date_mismatches) or "  none")
        print(f"\ndrafted amounts that contradict the gold or that it does not give ({len(report.amount_mismatches)}):")
        print("\n".join(f"  {d.line()}" for d in report.amount_mismatches) or "  none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
