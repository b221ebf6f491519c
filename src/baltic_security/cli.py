r"""The ``baltic-security`` command: the query helpers, with their filters as flags.

Data goes to stdout, messages to stderr. Exit status: 0 on success, 1 when a
lookup, a validation, or reading or writing a file fails, 2 on a usage error
(reported with the usage of the subcommand it concerns).

Every command that prints data takes ``--format table|json|jsonl|csv`` and
``-o FILE``. An output stream whose encoding cannot hold the data (``cp1252``,
the Windows default when output is redirected) never gets a traceback:
``json`` and ``jsonl`` escape such characters (``\u0100``) and stay lossless;
``csv`` cannot escape, so it is refused with exit 1 and a message naming
``PYTHONIOENCODING=utf-8`` and ``-o FILE`` (always UTF-8); the table shows
``?`` in their place and says so on stderr.
"""

from __future__ import annotations

import argparse
import enum
import io
import json
import os
import re
import sys
import warnings
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from ._dataset import RECORD_TYPES
from .dates import PartialDate
from .errors import BalticSecurityError, DataError, DateError, Problem, UnknownIdError, UnknownPartyError
from .model import ID_PATTERN, Actor, Ally, Commitment, Conflict, Deployment, Evidence, Exercise, Record, SourceDocument
from .vocab import (
    ALIASES,
    ActorKind,
    CommitmentKind,
    CommitmentStatus,
    Credibility,
    DeploymentStatus,
    Domain,
    Reliability,
    SourceKind,
)

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

    from ._dataset import Dataset

__all__ = ["main"]

_PROG = "baltic-security"
_FORMATS = ("table", "json", "jsonl", "csv")
# baltic_security.export.FORMATS, spelled out so that every command does not import the exporters (a test keeps them equal).
_EXPORT_FORMATS = ("json", "schema", "csv", "sqlite", "parquet", "geojson")


# Characters that would break a line or a column, or reorder what follows them, where text is printed
# (a pattern `re` compiles on first use: most text is printable and never needs it).
_UNPRINTABLE = "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]"
_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return _SHORT_ESCAPES.get(char) or (f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")


def printable(text: str) -> str:
    r"""``text`` on one line: control characters, line and paragraph separators and bidirectional controls escaped.

    What a table cell or a listing prints, where a newline would break the row
    and a bidirectional override would reorder the columns after it. Other
    text, accents included, is unchanged; backslashes are not escaped, so this
    is for reading, not for parsing back (``--format json`` is).

    >>> printable("two\nlines\tand a bell\x07")
    'two\\nlines\\tand a bell\\x07'
    >>> printable("Ādaži")
    'Ādaži'
    """
    return text if text.isprintable() else re.sub(_UNPRINTABLE, _escape, text)


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
    """Aligned columns; a cell's control characters are escaped (one row stays one line) and long cells clipped."""
    shown = [[printable(cell) for cell in row] for row in rows]
    clipped = [[cell if len(cell) <= width else cell[: width - 1] + "…" for cell in row] for row in shown]
    widths = [max([len(h), *(len(r[i]) for r in clipped)]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in clipped)
    return "\n".join(lines)


# ---------------------------------------------------------------- output


@attrs.frozen(kw_only=True)
class _Output:
    """What a command prints, in every format: computed only for the format asked.

    ``data`` is the JSON value (``json`` prints it, ``jsonl`` prints each item
    of a list, or the one object, per line); ``rows`` is the header and rows
    for ``csv`` and, unless ``text`` gives another layout, the table.
    """

    data: Callable[[], Any]
    rows: Callable[[], tuple[list[str], list[list[str]]]]
    text: Callable[[], str] | None = None


def _records_output(records: Sequence[Record], kind: type[Any], *, one: bool = False) -> _Output:
    def data() -> Any:
        from .convert import unstructure  # noqa: PLC0415  # cattrs loads only for the formats that need it

        found = [unstructure(r) for r in records]
        return found[0] if one else found

    def rows() -> tuple[list[str], list[list[str]]]:
        columns = _COLUMNS[kind]
        return [name for name, _ in columns], [[get(r) for _, get in columns] for r in records]

    return _Output(data=data, rows=rows)


def _render(output: _Output, fmt: str, *, ascii_only: bool = False) -> str:
    if fmt == "json":
        return json.dumps(output.data(), ensure_ascii=ascii_only, indent=2)
    if fmt == "jsonl":
        data = output.data()
        return "\n".join(json.dumps(item, ensure_ascii=ascii_only) for item in (data if isinstance(data, list) else [data]))
    if fmt == "table" and output.text is not None:
        return output.text()
    header, rows = output.rows()
    if fmt == "csv":
        import csv  # noqa: PLC0415  # only this format needs it

        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
        return out.getvalue().rstrip("\n")
    return _table(rows, header) if rows else "(no records)"


def _unencodable(text: str, encoding: str) -> list[str]:
    """The distinct characters of ``text`` that ``encoding`` cannot hold, in order of appearance."""
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        pass
    else:
        return []
    bad: list[str] = []
    for char in dict.fromkeys(text):
        try:
            char.encode(encoding)
        except UnicodeEncodeError:
            bad.append(char)
    return bad


def _say(message: str) -> None:
    """A message on stderr (whose encoding errors Python always backslash-escapes)."""
    print(f"{_PROG}: {message}", file=sys.stderr)


def _emit(output: _Output, fmt: str, target: str | None) -> int:
    """Print ``output`` in ``fmt`` to stdout, or write it as UTF-8 to ``target``; return the exit status."""
    text = _render(output, fmt)
    if target is not None:
        from pathlib import Path  # noqa: PLC0415

        Path(target).write_bytes((text + "\n" if text else "").encode("utf-8"))
        return 0
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"  # a StringIO holds any text
    bad = _unencodable(text, encoding)
    if bad:
        others = len(bad) - 1
        first = f"{bad[0]!r} (U+{ord(bad[0]):04X})" + (f" and {others} other character{'s' if others > 1 else ''}" if others else "")
        fix = "set PYTHONIOENCODING=utf-8, or write the output as UTF-8 with -o FILE"
        if fmt in ("json", "jsonl"):
            text = _render(output, fmt, ascii_only=True)  # JSON's \u escapes: the same data, lossless
        elif fmt == "csv":
            _say(f"the output encoding {encoding} cannot hold {first}, and CSV cannot escape characters: {fix}")
            return 1
        else:
            text = text.translate({ord(c): "?" for c in bad})
            _say(f"warning: the output encoding {encoding} cannot hold {first}, printed as '?': for the full text {fix}")
    sys.stdout.write(text + "\n" if text else "")  # no records in jsonl: no line at all
    return 0


# ---------------------------------------------------------------- show


def _evidence_line(ds: Dataset, e: Evidence) -> str:
    source = ds.cites(e)
    label = f" (point {e.label})" if e.label else ""
    who = f", according to {e.attribution}" if e.attribution else ""
    return printable(
        f"{source.title} ({source.kind.value}, {source.published}), paragraph {e.paragraph}{label}; "
        f"graded {source.reliability.value}{e.credibility.value}{who}"
    )


def _show(ds: Dataset, record: Record) -> str:
    """One record, a field a line, each evidence resolved to its source; a conflict's evidence under the claim it supports."""
    from .convert import unstructure  # noqa: PLC0415

    lines = [f"{type(record).__name__} {record.id}"]
    for key, value in unstructure(record).items():
        if key in ("id", "evidence", "claims") or value in (None, [], ""):
            continue
        lines.append(f"  {key}: {printable(value if isinstance(value, str) else json.dumps(value, ensure_ascii=False))}")
    if isinstance(record, Conflict):
        for number, claim in enumerate(record.claims, start=1):
            lines.append(f"  claim {number}: {printable(claim.value)}")
            lines.extend(f"    evidence: {_evidence_line(ds, e)}" for e in claim.evidence)
    else:
        lines.extend(f"  evidence: {_evidence_line(ds, e)}" for e in getattr(record, "evidence", ()))
    return "\n".join(lines)


# ---------------------------------------------------------------- parser


class _Parser(argparse.ArgumentParser):
    """argparse's parser, whose help and usage survive a stream that cannot encode them (escaped, as stderr does)."""

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        if message:
            stream = file or sys.stderr
            encoding = getattr(stream, "encoding", None) or "utf-8"
            stream.write(message.encode(encoding, "backslashreplace").decode(encoding))


class _SubcommandParser(_Parser):
    """A subcommand's parser: it reports arguments it does not know itself, with its own usage line.

    argparse hands a subcommand's unknown arguments up to the top-level
    parser, whose usage line says nothing about the subcommand's options.
    """

    def parse_known_args(self, args: Sequence[str] | None = None, namespace: Any = None) -> tuple[Any, list[str]]:  # type: ignore[override]  # one signature for the overloads argparse declares
        parsed, extras = super().parse_known_args(args, namespace)
        if extras:
            self.error(f"unrecognized arguments: {' '.join(extras)}")
        return parsed, extras


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help layout, without breaking a line inside a hyphenated value such as ``special-operations``.

    The width is argparse's own (the terminal's columns, or ``COLUMNS``, less
    two), read here without importing shutil: argparse builds a formatter for
    every option it adds, and shutil with the compression modules it loads
    costs every command's first answer ~4 ms.
    """

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position, _terminal_columns() - 2 if width is None else width)

    def _split_lines(self, text: str, width: int) -> list[str]:
        import textwrap  # noqa: PLC0415  # only for --help

        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False)


def _terminal_columns() -> int:
    """``shutil.get_terminal_size().columns``: ``COLUMNS`` if set, else the terminal's width, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    stdout = sys.__stdout__
    try:
        columns = 0 if stdout is None else os.get_terminal_size(stdout.fileno()).columns
    except (AttributeError, ValueError, OSError):  # stdout detached, closed or not a terminal
        columns = 0
    return columns or 80


def _vocabulary(vocab: type[enum.Enum]) -> str:
    """Help text naming a vocabulary's values, from the enum itself: `--help` can never fall behind it."""
    aliases = list(ALIASES.get(vocab, {}))[:2]
    accepted = "; any case" + (", and aliases such as " + " or ".join(repr(a) for a in aliases) if aliases else "")
    return f"one of {_join(m.value for m in vocab)}{accepted}".replace("%", "%%")


def _path(value: str) -> str:
    """A path argument: the operating system refuses a NUL in a file name, so it is a usage error here."""
    if "\x00" in value:
        raise argparse.ArgumentTypeError(f"expected a path, found one with a NUL character: {value!r}")
    return value


def _slug(value: str) -> str:
    if not ID_PATTERN.fullmatch(value):
        msg = f"expected a lowercase slug such as 'draft-my-report', found {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


_DATE = "a date: 2025, 2025-06, 2025-06-03 or 'June 2025'"


#: The flags that take a date, read after parsing so that --day-first or --month-first applies to each.
_DATE_FLAGS = ("since", "until", "active_on", "member_on", "published")


def _date_order(parser: argparse.ArgumentParser | _Unneeded) -> None:
    """Add --day-first and --month-first: how to read an all-numeric day and month, which is never guessed."""
    order = parser.add_mutually_exclusive_group()
    order.add_argument(
        "--day-first", dest="dayfirst", action="store_const", const=True, help="read a date such as 03/06/2025 day first (3 June 2025)"
    )
    order.add_argument(
        "--month-first",
        dest="dayfirst",
        action="store_const",
        const=False,
        help="read a date such as 03/06/2025 month first (6 March 2025)",
    )


def _read_dates(args: argparse.Namespace) -> None:
    """Read each date flag by the package's one policy; a refused date is a usage error of its subcommand (exit 2)."""
    for name in _DATE_FLAGS:
        text = getattr(args, name, None)
        if text is None:
            continue
        try:
            setattr(args, name, PartialDate.parse(text, dayfirst=args.dayfirst))
        except DateError as exc:
            # The policy names its Python keyword; on the command line the same choice is a flag.
            reason = str(exc).replace("dayfirst=True or dayfirst=False", "--day-first or --month-first")
            args.subparser.error(f"argument --{name.replace('_', '-')}: {reason}")


class _Unneeded:
    """Stands for a command's parser when another command was named: takes its options and keeps nothing."""

    def add_argument(self, *_: object, **__: object) -> None:
        return None

    def add_mutually_exclusive_group(self) -> _Unneeded:
        return self


# Every command, in the order `--help` lists them (a test keeps this equal to the parser's).
_COMMANDS = (
    "commitments", "exercises", "deployments", "allies", "actors", "sources", "conflicts",
    "show", "validate", "paragraphs", "ingest", "export", "schema",
)  # fmt: skip


def _named_command(argv: Sequence[str]) -> str | None:
    """The command a command line names, if only ``--version`` (or an abbreviation of it) comes before it."""
    for arg in argv:
        if arg in _COMMANDS:
            return arg
        if len(arg) < 3 or not "--version".startswith(arg):  # "--v" is the shortest abbreviation
            return None
    return None


def _parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with ``only``, the options of that command alone.

    Every command is listed either way; building only the one a command line
    names keeps argparse's work off its first answer.
    """
    parser = _Parser(
        prog=_PROG,
        description="Query source-cited data on Baltic security.",
        epilog="example: baltic-security commitments --by Estonia --domain undersea",
        formatter_class=_HelpFormatter,
    )
    parser.add_argument("--version", action="store_true", help="print the code and data versions")

    output = _SubcommandParser(add_help=False, formatter_class=_HelpFormatter)
    output.add_argument("--format", choices=_FORMATS, default="table", help="output format (default: table)")
    output.add_argument("-o", "--output", metavar="FILE", type=_path, help="write the output to FILE, in UTF-8, instead of stdout")
    data = _SubcommandParser(add_help=False, formatter_class=_HelpFormatter)
    data.add_argument(
        "--data",
        metavar="PATH",
        type=_path,
        help="use this dataset file or folder instead of the bundled dataset (its references must resolve inside it)",
    )
    data.add_argument(
        "--merge",
        metavar="PATH",
        type=_path,
        action="append",
        help="merge this dataset file or folder into the dataset used (the bundled one, or --data); it may refer to that "
        "dataset's records; repeat to merge several, in order",
    )
    facts = _SubcommandParser(add_help=False, formatter_class=_HelpFormatter)
    facts.add_argument("--domain", metavar="DOMAIN", help=_vocabulary(Domain))
    facts.add_argument("--since", metavar="DATE", help=_DATE)
    facts.add_argument("--until", metavar="DATE", help=_DATE)
    _date_order(facts)
    facts.add_argument("--source", metavar="ID", help="a source document id")
    facts.add_argument(
        "--min-confidence",
        metavar="GRADE",
        help=f"an Admiralty credibility grade ({_join(m.value for m in Credibility)}; 1 is best), or a reliability "
        f"({_join(m.value for m in Reliability)}) and credibility together such as B2",
    )
    facts.add_argument(
        "--text", metavar="WORDS", help="keep records whose text has every word given (any case, any accents, singular or plural)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_SubcommandParser)

    def add(name: str, help_text: str, example: str, parents: list[_SubcommandParser]) -> argparse.ArgumentParser | _Unneeded:
        if only is not None and name != only:
            return _Unneeded()  # the command line names another command: this one is never parsed
        parser = sub.add_parser(
            name, help=help_text, description=help_text, epilog=f"example: {example}", parents=parents, formatter_class=_HelpFormatter
        )
        parser.set_defaults(subparser=parser, dayfirst=None)
        return parser

    c = add(
        "commitments",
        "commitments, with the paragraph that states each",
        "baltic-security commitments --by Estonia --domain undersea",
        [output, data, facts],
    )
    c.add_argument("--by", metavar="PARTY", help="a party: id, name, ISO code, alias or demonym")
    c.add_argument("--kind", help=_vocabulary(CommitmentKind))
    c.add_argument("--status", help=_vocabulary(CommitmentStatus))
    c.add_argument("--collective", action="store_true", help="also what organisations the party belongs to committed to")
    e = add("exercises", "military exercises", "baltic-security exercises --participant Germany --year 2025", [output, data, facts])
    e.add_argument("--participant", metavar="PARTY", help="a party: id, name, ISO code, alias or demonym")
    e.add_argument("--year", type=int, metavar="YEAR", help="a calendar year the exercise ran in")
    d = add(
        "deployments",
        "forces and capabilities placed or planned",
        "baltic-security deployments --host Lithuania --status planned",
        [output, data, facts],
    )
    d.add_argument("--host", metavar="PARTY", help="a party: id, name, ISO code, alias or demonym")
    d.add_argument("--contributor", metavar="PARTY", help="a party: id, name, ISO code, alias or demonym")
    d.add_argument("--status", help=_vocabulary(DeploymentStatus))
    d.add_argument("--active-on", metavar="DATE", help=_DATE)
    a = add("allies", "NATO member states", "baltic-security allies --baltic", [output, data])
    a.add_argument("--member-on", metavar="DATE", help=_DATE)
    _date_order(a)
    a.add_argument("--baltic", action=argparse.BooleanOptionalAction, help="only the Baltic states (--no-baltic: only the others)")
    add("actors", "non-member parties", "baltic-security actors --kind state", [output, data]).add_argument(
        "--kind", help=_vocabulary(ActorKind)
    )
    s = add("sources", "source documents and their grades", "baltic-security sources --min-reliability B", [output, data])
    s.add_argument("--kind", help=_vocabulary(SourceKind))
    s.add_argument("--min-reliability", metavar="GRADE", help=_vocabulary(Reliability))
    conflicts = add("conflicts", "claims on which sources disagree", "baltic-security conflicts --format json", [output, data])
    conflicts.add_argument("--subject", metavar="ID", help="only the conflicts about this record")
    show = add(
        "show", "one record, with each evidence resolved to its source", "baltic-security show bdc-2025-spending-3pct-gdp", [output, data]
    )
    show.add_argument("id", help="a record id (a retired id shows its successor), or a party's name or ISO code")
    validate = add(
        "validate",
        "check a dataset file or folder; --format json, jsonl or csv prints its problems as data",
        "baltic-security validate my-data.json",
        [output],
    )
    validate.add_argument("path", type=_path, help="a dataset file or folder")
    validate.add_argument(
        "--standalone", action="store_true", help="references must resolve inside PATH (default: may point into the bundled dataset)"
    )
    paragraphs = add(
        "paragraphs", "number a text's paragraphs by the paragraph rule", "baltic-security paragraphs communique.txt", [output]
    )
    paragraphs.add_argument("path", type=_path, help="a UTF-8 plain-text document")
    ingest = add(
        "ingest",
        "map a text's paragraphs and draft cited records for a curator",
        "baltic-security ingest report.txt --out drafts.json",
        [data],
    )
    ingest.add_argument("path", type=_path, help="a UTF-8 plain-text document")
    ingest.add_argument("--out", metavar="FILE", type=_path, help="also write the drafts as a dataset file")
    ingest.add_argument(
        "--source-id", metavar="ID", type=_slug, help="id of the draft source (default: draft- and the title's first words)"
    )
    ingest.add_argument(
        "--published", metavar="DATE", help="the publication date when the text gives none (e.g. 2025-06-04); never guessed"
    )
    _date_order(ingest)
    export = add("export", "write the dataset in another format", "baltic-security export sqlite baltic.db", [data])
    export.add_argument(
        "export_format",
        metavar="FORMAT",
        choices=_EXPORT_FORMATS,
        help=f"one of {', '.join(_EXPORT_FORMATS)} (csv and parquet write a folder)",
    )
    export.add_argument("path", type=_path, help="the file (or folder) to write")
    export.add_argument("--force", action="store_true", help="replace files the export writes beside PATH or inside it (default: refuse)")
    export.add_argument("--bom", action="store_true", help="csv: start each file with a UTF-8 byte-order mark, for spreadsheets")
    add("schema", "print the JSON Schema of a dataset file", "baltic-security schema > dataset.schema.json", [])
    return parser


# ---------------------------------------------------------------- commands


def _dataset(args: argparse.Namespace) -> Dataset:
    """The dataset a command uses: the bundled one or ``--data``, with each ``--merge`` merged in, in order."""
    from . import dataset, load  # noqa: PLC0415

    found = dataset() if args.data is None else load(args.data)
    for path in args.merge or ():
        found = load(path, base=found)
    return found


def _count(records: Iterable[Record]) -> str:
    """'3 records (2 commitments, 1 deployment)'."""
    counts: dict[str, int] = {}
    for record in records:
        counts[type(record).__name__] = counts.get(type(record).__name__, 0) + 1
    total = sum(counts.values())
    parts = []
    for key, cls in RECORD_TYPES.items():
        n = counts.get(cls.__name__, 0)
        if n:
            singular = "ally" if key == "allies" else key.removesuffix("s")
            parts.append(f"{n} {singular if n == 1 else key}")
    return f"{total} record{'' if total == 1 else 's'}" + (f" ({', '.join(parts)})" if parts else "")


def _validate(args: argparse.Namespace) -> int:
    from pathlib import Path  # noqa: PLC0415

    from . import dataset, load  # noqa: PLC0415
    from .loader import DEFAULT_MAX_BYTES, _folder  # noqa: PLC0415

    def problems(found: Sequence[Problem]) -> _Output:
        def rows() -> tuple[list[str], list[list[str]]]:
            return ["file", "path", "message"], [[p.file, p.path, p.message] for p in found]

        return _Output(data=lambda: [attrs.asdict(p) for p in found], rows=rows)

    path = Path(args.path)
    base = None if args.standalone else dataset()
    try:
        merged = load(path, base=base)
        files = _folder(path, DEFAULT_MAX_BYTES)[0] if path.is_dir() else [path]
    except DataError as exc:
        if base is not None and any("<base dataset>" in p.message for p in exc.problems):
            # Most often a whole dataset (an export, the package's own folder) checked as an addition to the bundled one.
            _say(f"{args.path}: it defines records the bundled dataset already has; check a complete dataset on its own with --standalone")
        if args.format == "table":
            raise
        code = _emit(problems(exc.problems), args.format, args.output)
        _say(f"{args.path}: invalid, {len(exc.problems)} problem{'s' if len(exc.problems) != 1 else ''}")
        return code or 1
    read = f" from {len(files)} file{'s' if len(files) != 1 else ''} ({_join(f.name for f in files)})" if path.is_dir() else ""
    if base is None:
        summary = f"{_count(merged)}{read}, standalone"
    else:
        own = [r for r in merged if r.id not in base]  # the merge refuses an id the base holds
        summary = f"{_count(own)}{read}, merged with the bundled dataset {base.version} ({len(base)} records)"
    if args.format != "table":
        code = _emit(problems(()), args.format, args.output)
        if code:
            return code
    unfindable = _without_domains(files)
    for where in unfindable:
        _say(f"warning: {where}: no domain, so no domain= query finds this record; the curation guide asks for at least one")
    counted = f", {len(unfindable)} warning{'s' if len(unfindable) != 1 else ''}" if unfindable else ""
    print(f"{args.path}: valid, {summary}{counted}", file=sys.stderr)
    return 0


def _without_domains(files: Sequence[Any]) -> list[str]:
    """Where a valid file's commitments, exercises and deployments have no domain: "FILE: $.KEY[INDEX].domains"."""
    found = []
    for file in files:
        data = json.loads(file.read_bytes())  # the load has just read it without a problem
        for key in ("commitments", "exercises", "deployments"):
            found += [f"{file}: $.{key}[{i}].domains" for i, record in enumerate(data.get(key) or ()) if not record.get("domains")]
    return found


def _paragraphs(args: argparse.Namespace) -> int:
    from pathlib import Path  # noqa: PLC0415

    from .paragraphs import fingerprint, split_paragraphs  # noqa: PLC0415

    data = Path(args.path).read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        _say(f"{args.path}: expected UTF-8 text, found byte 0x{data[exc.start]:02x} at offset {exc.start}")
        return 1
    numbered = list(enumerate(split_paragraphs(text), start=1))
    digest = fingerprint(data)

    def table() -> str:
        return "\n".join([f"sha256 {digest}", *(f"{n:4d}  {printable(t)}" for n, t in numbered)])

    output = _Output(
        data=lambda: [{"paragraph": n, "text": t} for n, t in numbered],
        rows=lambda: (["paragraph", "text"], [[str(n), t] for n, t in numbered]),
        text=table,
    )
    code = _emit(output, args.format, args.output)
    if args.format != "table" and not code:
        _say(f"{args.path}: sha256 {digest}, {len(numbered)} paragraphs")
    return code


def _query(args: argparse.Namespace, ds: Dataset) -> tuple[Sequence[Record], type[Any]]:  # noqa: PLR0911  # one return per query
    command = args.command
    if command in ("commitments", "exercises", "deployments"):
        facts = {
            "domain": args.domain,
            "since": args.since,
            "until": args.until,
            "source": args.source,
            "min_confidence": args.min_confidence,
            "text": args.text,
        }
        if command == "commitments":
            return ds.commitments(by=args.by, kind=args.kind, status=args.status, collective=args.collective, **facts), Commitment
        if command == "exercises":
            return ds.exercises(participant=args.participant, year=args.year, **facts), Exercise
        return ds.deployments(
            host=args.host, contributor=args.contributor, status=args.status, active_on=args.active_on, **facts
        ), Deployment
    if command == "allies":
        return ds.allies(member_on=args.member_on, baltic=args.baltic), Ally
    if command == "actors":
        return ds.actors(kind=args.kind), Actor
    if command == "sources":
        return ds.sources(kind=args.kind, min_reliability=args.min_reliability), SourceDocument
    subject = None if args.subject is None else ds.get(args.subject).id  # an unknown id is an error, not an empty answer
    return ds.conflicts(subject=subject), Conflict


def _run(args: argparse.Namespace) -> int:  # noqa: PLR0911  # one early return per subcommand that needs no query
    command = args.command
    if args.version:
        from . import __version__  # noqa: PLC0415
        from .loader import bundled_version  # noqa: PLC0415  # the manifest alone: no need to load the data

        print(f"{_PROG} {__version__}, data {bundled_version()}")
        return 0
    if command == "validate":
        return _validate(args)
    if command == "paragraphs":
        return _paragraphs(args)
    if command == "schema":
        from .export import json_schema  # noqa: PLC0415

        return _emit(_Output(data=json_schema, rows=lambda: ([], [])), "json", None)  # JSON is the only form of a schema
    ds = _dataset(args)
    if command == "ingest":
        from .ingest._command import run  # noqa: PLC0415  # the ingest pipeline loads only for this command

        listing = run(args.path, out=args.out, source_id=args.source_id, dataset=ds, published=args.published, dayfirst=args.dayfirst)
        return _emit(_Output(data=lambda: None, rows=lambda: ([], []), text=lambda: listing), "table", None)
    if command == "export":
        import sqlite3  # noqa: PLC0415

        from .export import outputs, write  # noqa: PLC0415

        files = outputs(args.export_format, args.path)
        existed = {f for f in files if f.exists()}
        try:
            write(ds, args.export_format, args.path, force=args.force, bom=args.bom)
        except sqlite3.Error as exc:  # SQLite reports a file it cannot open as its own error, not an OSError
            _say(f"{args.path}: {exc}")
            return 1
        for file in files:
            print(f"{'replaced' if file in existed else 'wrote'} {file}", file=sys.stderr)
        return 0
    if command == "show":
        record = _shown(ds, args.id)
        output = _records_output([record], type(record), one=True)
        return _emit(attrs.evolve(output, text=lambda: _show(ds, record)), args.format, args.output)
    records, kind = _query(args, ds)
    return _emit(_records_output(records, kind), args.format, args.output)


def _shown(ds: Dataset, name: str) -> Record:
    """The record ``show`` names: by id, or a party by any name the party filters read ("Estonia", "EE")."""
    try:
        return ds.get(name)
    except UnknownIdError:
        try:
            return ds.party(name)
        except UnknownPartyError:
            pass
        raise


def _parse(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace | int:
    """The parsed arguments, or the exit status when argparse has answered (``--help``) or refused them (2)."""
    try:
        args = parser.parse_args(argv)
        _read_dates(args)
        if getattr(args, "bom", False) and args.export_format != "csv":
            args.subparser.error("argument --bom: applies to the csv format only")
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2
    if not args.version and args.command is None:
        parser.print_usage(sys.stderr)
        _say("error: a COMMAND is required")
        return 2
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status: 0 success, 1 failure, 2 usage error.

    >>> main(["allies", "--baltic", "--format", "csv"])
    id,name,iso2,iso3,joined_nato,joined_eu,baltic
    estonia,Estonia,EE,EST,2004-03-29,2004-05-01,true
    latvia,Latvia,LV,LVA,2004-03-29,2004-05-01,true
    lithuania,Lithuania,LT,LTU,2004-03-29,2004-05-01,true
    0
    """
    args = _parse(_parser(_named_command(sys.argv[1:] if argv is None else argv)), argv)
    if isinstance(args, int):
        return args
    shown: set[str] = set()

    def show_warning(message: Warning | str, *_: object, **__: object) -> None:
        # A warning (a retired id, a file a folder holds but is not read) is a message like any other, said once.
        if str(message) not in shown:
            shown.add(str(message))
            _say(f"warning: {message}")

    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.showwarning = show_warning
        try:
            code = _run(args)
        except BalticSecurityError as exc:
            _say(str(exc))
            code = 1
        except BrokenPipeError:  # `| head` closing the pipe is not an error (must precede OSError)
            # Point stdout at devnull so the interpreter's final flush does not fail again.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            code = 0
        except OSError as exc:
            _say(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
            code = 1
        except KeyboardInterrupt:
            _say("interrupted")
            code = 130
    return code
