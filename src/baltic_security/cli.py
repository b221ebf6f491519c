"""The ``baltic-security`` command: the query helpers, with their filters as flags.

Data goes to stdout, messages to stderr. Exit status: 0 on success, 1 when a
lookup or validation fails, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from .dataset import RECORD_TYPES, Dataset
from .errors import BalticSecurityError, DataError
from .model import Actor, Ally, Commitment, Conflict, Deployment, Exercise, Record, SourceDocument

__all__ = ["main"]

_FORMATS = ("table", "json", "jsonl", "csv")
# baltic_security.export.FORMATS, spelled out so that every command does not import the exporters (a test keeps them equal).
_EXPORT_FORMATS = ("json", "schema", "csv", "sqlite", "parquet", "geojson")


def _join(values: Iterable[object]) -> str:
    return ", ".join(str(v) for v in values)


def _cites(record: Commitment | Exercise | Deployment) -> str:
    return _join(f"{e.source}#{e.paragraph}" + (f" ({e.label})" if e.label else "") for e in record.evidence)


def _opt(value: object) -> str:
    return "" if value is None else str(value)


# One row shape per record type: (column, getter).
_COLUMNS: dict[type[Any], list[tuple[str, Callable[[Any], str]]]] = {
    Commitment: [
        ("id", lambda r: r.id),
        ("made_on", lambda r: _opt(r.made_on)),
        ("kind", lambda r: r.kind.value),
        ("status", lambda r: r.status.value),
        ("parties", lambda r: _join(r.parties)),
        ("domains", lambda r: _join(r.domains)),
        ("amount", lambda r: _opt(r.amount)),
        ("summary", lambda r: r.summary),
        ("evidence", _cites),
    ],
    Exercise: [
        ("id", lambda r: r.id),
        ("name", lambda r: r.name),
        ("start", lambda r: _opt(r.start)),
        ("end", lambda r: _opt(r.end)),
        ("area", lambda r: _opt(r.area)),
        ("lead", lambda r: _opt(r.lead)),
        ("participants", lambda r: _join(p.actor for p in r.participants)),
        ("scale", lambda r: _join(r.scale)),
        ("evidence", _cites),
    ],
    Deployment: [
        ("id", lambda r: r.id),
        ("start", lambda r: _opt(r.start)),
        ("status", lambda r: r.status.value),
        ("contributors", lambda r: _join(r.contributors)),
        ("hosts", lambda r: _join(r.hosts)),
        ("size", lambda r: _opt(r.size)),
        ("location", lambda r: _opt(r.location and r.location.name)),
        ("summary", lambda r: r.summary),
        ("evidence", _cites),
    ],
    Ally: [
        ("id", lambda r: r.id),
        ("name", lambda r: r.name),
        ("iso2", lambda r: r.iso2),
        ("iso3", lambda r: r.iso3),
        ("joined_nato", lambda r: r.joined_nato.isoformat()),
        ("joined_eu", lambda r: _opt(r.joined_eu and r.joined_eu.isoformat())),
        ("baltic", lambda r: str(r.baltic).lower()),
    ],
    Actor: [
        ("id", lambda r: r.id),
        ("name", lambda r: r.name),
        ("kind", lambda r: r.kind.value),
        ("members", lambda r: _join(r.members)),
    ],
    SourceDocument: [
        ("id", lambda r: r.id),
        ("published", lambda r: r.published.isoformat()),
        ("kind", lambda r: r.kind.value),
        ("reliability", lambda r: r.reliability.value),
        ("paragraphs", lambda r: str(r.paragraphs)),
        ("title", lambda r: r.title),
    ],
    Conflict: [
        ("id", lambda r: r.id),
        ("field", lambda r: r.field),
        ("subject", lambda r: _opt(r.subject)),
        ("claims", lambda r: " | ".join(f"{c.value} [{_join(f'{e.source}#{e.paragraph}' for e in c.evidence)}]" for c in r.claims)),
        ("topic", lambda r: r.topic),
    ],
}


def _table(rows: list[list[str]], header: list[str], width: int = 48) -> str:
    clipped = [[cell if len(cell) <= width else cell[: width - 1] + "…" for cell in row] for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in clipped)]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in clipped)
    return "\n".join(lines)


def render(records: Sequence[Record], kind: type[Any], fmt: str) -> str:
    """Records in one of the output formats: ``table``, ``json``, ``jsonl`` or ``csv``."""
    if fmt in ("json", "jsonl"):
        from .convert import unstructure  # noqa: PLC0415

        data = [unstructure(r) for r in records]
        if fmt == "json":
            return json.dumps(data, ensure_ascii=False, indent=2)
        return "\n".join(json.dumps(d, ensure_ascii=False) for d in data)
    columns = _COLUMNS[kind]
    header = [name for name, _ in columns]
    rows = [[get(r) for _, get in columns] for r in records]
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
        return out.getvalue().rstrip("\n")
    if not rows:
        return "(no records)"
    return _table(rows, header)


def _show(ds: Dataset, record: Record) -> str:
    from .convert import unstructure  # noqa: PLC0415

    lines = [f"{type(record).__name__} {record.id}"]
    for key, value in unstructure(record).items():
        if key in ("id", "evidence", "claims") or value in (None, [], ""):
            continue
        lines.append(f"  {key}: {json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value}")
    evidences = list(getattr(record, "evidence", ()))
    for claim in getattr(record, "claims", ()):
        lines.append(f"  claim: {claim.value}")
        evidences.extend(claim.evidence)
    for e in evidences:
        source = ds.cites(e)
        label = f" (point {e.label})" if e.label else ""
        who = f", according to {e.attribution}" if e.attribution else ""
        lines.append(
            f"  evidence: {source.title} ({source.kind.value}, {source.published}), paragraph {e.paragraph}{label}; "
            f"graded {source.reliability.value}{e.credibility.value}{who}"
        )
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="baltic-security",
        description="Query source-cited data on Baltic security.",
        epilog="example: baltic-security commitments --by Estonia --domain undersea",
    )
    parser.add_argument("--version", action="store_true", help="print the code and data versions")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--format", choices=_FORMATS, default="table", help="output format (default: table)")
    common.add_argument("--data", metavar="PATH", help="query this dataset file or folder instead of the bundled one")
    common.add_argument("--text", help="keep records whose text contains this (case- and accent-insensitive)")
    facts = argparse.ArgumentParser(add_help=False, parents=[common])
    facts.add_argument("--domain")
    facts.add_argument("--since", help="a date: 2025, 2025-06, 2025-06-03 or 'June 2025'")
    facts.add_argument("--until")
    facts.add_argument("--source", help="a source document id")
    facts.add_argument("--min-confidence", help="Admiralty credibility 1-6, or a code such as B2")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help_text: str, example: str, parents: list[argparse.ArgumentParser]) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, description=help_text, epilog=f"example: {example}", parents=parents)

    c = add(
        "commitments",
        "commitments, with the paragraph that states each",
        "baltic-security commitments --by Estonia --domain undersea",
        [facts],
    )
    c.add_argument("--by", help="a party: id, name, ISO code, alias or demonym")
    c.add_argument("--kind")
    c.add_argument("--status")
    c.add_argument("--collective", action="store_true", help="also what organisations the party belongs to committed to")
    e = add("exercises", "military exercises", "baltic-security exercises --participant Germany --year 2025", [facts])
    e.add_argument("--participant")
    e.add_argument("--year", type=int)
    d = add(
        "deployments", "forces and capabilities placed or planned", "baltic-security deployments --host Lithuania --status planned", [facts]
    )
    d.add_argument("--host")
    d.add_argument("--contributor")
    d.add_argument("--status")
    d.add_argument("--active-on")
    a = add("allies", "NATO member states", "baltic-security allies --baltic", [common])
    a.add_argument("--member-on")
    a.add_argument("--baltic", action="store_true", default=None)
    add("actors", "non-member parties", "baltic-security actors --kind state", [common]).add_argument("--kind")
    s = add("sources", "source documents and their grades", "baltic-security sources --min-reliability B", [common])
    s.add_argument("--kind")
    s.add_argument("--min-reliability")
    add("conflicts", "claims on which sources disagree", "baltic-security conflicts --format json", [common])
    show = add("show", "one record, with each evidence resolved to its source", "baltic-security show bdc-2025-spending-3pct-gdp", [])
    show.add_argument("id")
    show.add_argument("--data", metavar="PATH")
    validate = add("validate", "check a dataset file or folder", "baltic-security validate my-data.json", [])
    validate.add_argument("path")
    validate.add_argument(
        "--standalone", action="store_true", help="references must resolve inside PATH (default: may point into the bundled dataset)"
    )
    paragraphs = add("paragraphs", "number a text's paragraphs by the paragraph rule", "baltic-security paragraphs communique.txt", [])
    paragraphs.add_argument("path")
    ingest = add(
        "ingest", "map a text's paragraphs and draft cited records for a curator", "baltic-security ingest report.txt --out drafts.json", []
    )
    ingest.add_argument("path", help="a UTF-8 plain-text document")
    ingest.add_argument("--out", metavar="FILE", help="also write the drafts as a dataset file")
    ingest.add_argument("--source-id", metavar="ID", help="id of the draft source (default: draft- and the title's first words)")
    ingest.add_argument("--data", metavar="PATH", help="also know the parties of this dataset file or folder")
    ingest.add_argument(
        "--published", metavar="DATE", help="the publication date when the text gives none (e.g. 2025-06-04); never guessed"
    )
    export = add("export", "write the dataset in another format", "baltic-security export sqlite baltic.db", [])
    export.add_argument(
        "export_format",
        metavar="FORMAT",
        choices=_EXPORT_FORMATS,
        help=f"one of {', '.join(_EXPORT_FORMATS)} (csv and parquet write a folder)",
    )
    export.add_argument("path", help="the file (or folder) to write")
    export.add_argument("--data", metavar="PATH")
    add("schema", "print the JSON Schema of a dataset file", "baltic-security schema > dataset.schema.json", [])
    return parser


def _dataset(path: str | None) -> Dataset:
    from . import dataset, load  # noqa: PLC0415

    return dataset() if path is None else load(path, base=dataset())


def _run(args: argparse.Namespace) -> int:  # noqa: PLR0911  # one early return per subcommand that needs no query
    from . import __version__  # noqa: PLC0415

    if args.version:
        print(f"baltic-security {__version__}, data {_dataset(None).version}")
        return 0
    command = args.command
    if command == "validate":
        from . import dataset, load  # noqa: PLC0415

        ds = load(args.path) if args.standalone else load(args.path, base=dataset())
        print(f"{args.path}: valid ({len(ds)} records)", file=sys.stderr)
        return 0
    if command == "ingest":
        from .ingest._command import run  # noqa: PLC0415  # the ingest pipeline loads only for this command

        return run(args.path, out=args.out, source_id=args.source_id, dataset=_dataset(args.data), published=args.published)
    if command == "paragraphs":
        from pathlib import Path  # noqa: PLC0415

        from .paragraphs import fingerprint, split_paragraphs  # noqa: PLC0415

        data = Path(args.path).read_bytes()
        print(f"sha256 {fingerprint(data)}")
        for number, text in enumerate(split_paragraphs(data.decode("utf-8")), start=1):
            print(f"{number:4d}  {text}")
        return 0
    if command == "schema":
        from .export import json_schema  # noqa: PLC0415

        print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
        return 0
    ds = _dataset(args.data)
    if command == "show":
        print(_show(ds, ds.get(args.id)))
        return 0
    if command == "export":
        from .export import write  # noqa: PLC0415

        written = write(ds, args.export_format, args.path)
        print(f"wrote {written}", file=sys.stderr)
        return 0
    facts = (
        {"domain": args.domain, "since": args.since, "until": args.until, "source": args.source, "min_confidence": args.min_confidence}
        if command in ("commitments", "exercises", "deployments")
        else {}
    )
    records: Sequence[Record]
    if command == "commitments":
        records = ds.commitments(by=args.by, kind=args.kind, status=args.status, collective=args.collective, text=args.text, **facts)
    elif command == "exercises":
        records = ds.exercises(participant=args.participant, year=args.year, text=args.text, **facts)
    elif command == "deployments":
        records = ds.deployments(
            host=args.host, contributor=args.contributor, status=args.status, active_on=args.active_on, text=args.text, **facts
        )
    elif command == "allies":
        records = ds.allies(member_on=args.member_on, baltic=args.baltic)
    elif command == "actors":
        records = ds.actors(kind=args.kind)
    elif command == "sources":
        records = ds.sources(kind=args.kind, min_reliability=args.min_reliability)
    else:
        records = ds.conflicts()
    kind = {"allies": Ally, "actors": Actor, "sources": SourceDocument, "conflicts": Conflict}.get(command) or RECORD_TYPES[command]
    print(render(records, kind, args.format))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    >>> main(["allies", "--baltic", "--format", "csv"])
    id,name,iso2,iso3,joined_nato,joined_eu,baltic
    estonia,Estonia,EE,EST,2004-03-29,2004-05-01,true
    latvia,Latvia,LV,LVA,2004-03-29,2004-05-01,true
    lithuania,Lithuania,LT,LTU,2004-03-29,2004-05-01,true
    0
    """
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.version and args.command is None:
        parser.print_usage(sys.stderr)
        print("baltic-security: error: a COMMAND is required", file=sys.stderr)
        return 2
    try:
        return _run(args)
    except DataError as exc:
        print(f"baltic-security: {exc}", file=sys.stderr)
        return 1
    except BalticSecurityError as exc:
        print(f"baltic-security: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `| head` closing the pipe is not an error (must precede OSError)
        # Point stdout at devnull so the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        print(f"baltic-security: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
