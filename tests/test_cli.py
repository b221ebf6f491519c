from __future__ import annotations

import argparse
import contextlib
import csv
import enum
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import baltic_security as bs
from baltic_security import cli, export
from baltic_security.paragraphs import fingerprint
from baltic_security.vocab import ALIASES

if TYPE_CHECKING:
    from conftest import RunCli

QUERIES = [
    (["commitments", "--by", "Estonia", "--domain", "undersea"], bs.commitments(by="Estonia", domain="undersea")),
    (
        ["commitments", "--by", "LV", "--domain", "ukraine", "--min-confidence", "A1"],
        bs.commitments(by="LV", domain="ukraine", min_confidence="A1"),
    ),
    (["exercises", "--participant", "Germany", "--year", "2025"], bs.exercises(participant="Germany", year=2025)),
    (["deployments", "--host", "Lithuania", "--status", "planned"], bs.deployments(host="Lithuania", status="planned")),
    (["allies", "--baltic"], bs.allies(baltic=True)),
    (["sources", "--min-reliability", "B"], bs.sources(min_reliability="B")),
    (["conflicts"], bs.conflicts()),
]


@pytest.mark.parametrize(("args", "expected"), QUERIES, ids=[" ".join(q[0]) for q in QUERIES])
def test_every_format_parses_back(run_cli: RunCli, args: list[str], expected: tuple[bs.Record, ...]) -> None:
    ids = [r.id for r in expected]
    assert ids
    code, out, err = run_cli(*args, "--format", "json")
    assert (code, err) == (0, "")
    assert [d["id"] for d in json.loads(out)] == ids
    assert [bs.structure(d, type(expected[0])) for d in json.loads(out)] == list(expected)
    code, out, _ = run_cli(*args, "--format", "jsonl")
    assert [json.loads(line)["id"] for line in out.splitlines()] == ids
    code, out, _ = run_cli(*args, "--format", "csv")
    assert [row["id"] for row in csv.DictReader(io.StringIO(out))] == ids
    code, out, _ = run_cli(*args)
    table_ids = [line.split()[0] for line in out.splitlines()[2:]]
    assert table_ids == ids


def test_unknown_party_exits_1_with_suggestion(run_cli: RunCli) -> None:
    code, out, err = run_cli("commitments", "--by", "Estonai")
    assert code == 1
    assert out == ""
    assert "did you mean 'Estonia'" in err


def test_usage_error_exits_2(run_cli: RunCli) -> None:
    assert run_cli("commitments", "--format", "xml")[0] == 2
    assert run_cli()[0] == 2


def test_version(run_cli: RunCli) -> None:
    code, out, _ = run_cli("--version")
    assert code == 0
    assert bs.__version__ in out
    assert str(bs.dataset().version) in out


def test_show_resolves_evidence(run_cli: RunCli) -> None:
    code, out, _ = run_cli("show", "bdc-2025-spending-3pct-gdp")
    assert code == 0
    assert "Joint Communiqué" in out
    assert "paragraph 10 (point 4)" in out
    assert "graded A1" in out


def test_validate(run_cli: RunCli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"commitments": [{"id": "x"}]}', encoding="utf-8")
    code, _out, err = run_cli("validate", str(bad))
    assert code == 1
    assert f"{bad}: $.commitments[0]" in err
    code, _, err = run_cli("validate", "--standalone", str(Path(bs.__file__).parent / "data"))
    assert code == 0
    assert "valid" in err


def test_export_json_round_trips(run_cli: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "all.json"
    assert run_cli("export", "json", str(target))[0] == 0
    assert list(bs.load(target)) == list(bs.dataset())


def test_paragraphs(run_cli: RunCli, tmp_path: Path) -> None:
    text = tmp_path / "t.txt"
    text.write_text("Title\n\n1. First.\n   \n2. Second.\n", encoding="utf-8")
    code, out, _ = run_cli("paragraphs", str(text))
    assert code == 0
    assert out.splitlines()[1:] == ["   1  Title", "   2  1. First.", "   3  2. Second."]


def test_python_dash_m() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "baltic_security", "allies", "--baltic", "--format", "csv"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[1].startswith("estonia,Estonia,EE,EST")


@pytest.mark.parametrize(
    "command",
    ["commitments", "exercises", "deployments", "allies", "actors", "sources", "conflicts", "show", "validate", "export", "paragraphs"],
)
def test_every_subcommand_has_help_with_an_example(run_cli: RunCli, command: str) -> None:
    code, out, _ = run_cli(command, "--help")
    assert code == 0
    assert "example: baltic-security" in out


# ---------------------------------------------------------------- the parser, introspected

PARSER = cli._parser()
SUBPARSERS: dict[str, argparse.ArgumentParser] = next(a for a in PARSER._actions if isinstance(a, argparse._SubParsersAction)).choices
FORMATS = ("table", "json", "jsonl", "csv")
#: The commands that print no data of their own, and so take no --format (the README says why).
NO_FORMAT = {"ingest", "export", "schema"}


def test_the_command_list_is_the_parsers() -> None:
    assert list(SUBPARSERS) == list(cli._COMMANDS)


@pytest.mark.parametrize("command", cli._COMMANDS)
def test_a_command_parses_as_with_the_full_parser(command: str) -> None:
    # main() builds only the options of the command a command line names: that parser must
    # read its command line, and describe itself, exactly as the full parser does.
    alone = cli._parser(command)
    sub = next(a for a in alone._actions if isinstance(a, argparse._SubParsersAction)).choices
    assert list(sub) == [command]
    assert sub[command].format_help() == SUBPARSERS[command].format_help()
    for argv in ([command, "x"], ["--version", command, "x", "y"], [command, "--format", "json", "x"]):
        # Each parser object is its own (the one a date error is reported by): compare what was parsed.
        assert _values(_parsed(alone, argv)) == _values(_parsed(PARSER, argv))


def _values(args: argparse.Namespace) -> dict[str, object]:
    return {k: v for k, v in vars(args).items() if k != "subparser"}


def _parsed(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.Namespace:
    with contextlib.redirect_stderr(io.StringIO()) as err:
        try:
            return parser.parse_args(argv)
        except SystemExit:
            return argparse.Namespace(error=err.getvalue())


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["commitments", "--by", "EE"], "commitments"),
        (["--version", "allies"], "allies"),
        (["--vers", "allies"], "allies"),
        (["-h", "allies"], None),
        (["--help"], None),
        (["--bogus", "allies"], None),
        (["nonsense", "allies"], None),
        (["--", "allies"], None),
        ([], None),
    ],
)
def test_the_named_command_is_read_only_where_the_full_parser_would_read_it(argv: list[str], command: str | None) -> None:
    assert cli._named_command(argv) == command


def options(command: str) -> dict[str, argparse.Action]:
    return {option: action for action in SUBPARSERS[command]._actions for option in action.option_strings}


def test_every_data_command_takes_format_and_output() -> None:
    for name in SUBPARSERS:
        assert ("--format" in options(name) and "-o" in options(name)) == (name not in NO_FORMAT), name


def record(cls: type[Any], new_id: str) -> dict[str, Any]:
    """A bundled record of this type in dataset-file form, under a new id: valid when merged with the bundled dataset."""
    data: dict[str, Any] = bs.unstructure(next(r for r in bs.dataset() if isinstance(r, cls)))
    data["id"] = new_id
    return data


def write(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Inputs the commands read: a text, a merge file, a full export, an invalid file."""
    folder = tmp_path_factory.mktemp("inputs")
    text = folder / "text.txt"
    text.write_text("\ufeffTitle\n\n1. First point, at Ādaži.\n\t2. A tab\tinside, and a bell\x07.\n", encoding="utf-8")
    full = folder / "full.json"
    export.write(bs.dataset(), "json", full)
    return {
        "text": text,
        "mine": write(
            folder / "mine.json",
            {
                "commitments": [record(bs.Commitment, "my-c1"), record(bs.Commitment, "my-c2")],
                "deployments": [record(bs.Deployment, "my-d1")],
            },
        ),
        "full": full,
        "bad": write(folder / "bad.json", {"commitments": [{"id": "x"}]}),
    }


#: Each command that prints data, with the arguments it needs.
def data_commands(files: dict[str, Path]) -> dict[str, list[str]]:
    return {
        "commitments": ["--by", "Estonia"],
        "exercises": [],
        "deployments": ["--text", "adazi"],
        "allies": ["--baltic"],
        "actors": [],
        "sources": [],
        "conflicts": [],
        "show": ["agg-2023-germany-brigade-lithuania"],
        "validate": [str(files["bad"])],
        "paragraphs": [str(files["text"])],
    }


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_data_command_prints_every_format(run_cli: RunCli, files: dict[str, Path], fmt: str) -> None:
    commands = data_commands(files)
    assert set(commands) == set(SUBPARSERS) - NO_FORMAT
    for name, args in commands.items():
        code, out, _ = run_cli(name, *args, "--format", fmt)
        assert code == (1 if name == "validate" else 0), name
        if fmt == "json":
            assert json.loads(out), name
        elif fmt == "jsonl":
            assert [json.loads(line) for line in out.splitlines()], name
        elif fmt == "csv":
            assert len(list(csv.reader(io.StringIO(out)))) >= 2, name
        # The table prints each record on one line, under a header and a rule (show and paragraphs have their own layout).
        elif name not in ("show", "paragraphs", "validate"):
            _, as_json, _ = run_cli(name, *args, "--format", "json")
            assert len(out.splitlines()) == 2 + len(json.loads(as_json)), name


ONE_OF_EACH = [
    next(r for r in bs.dataset() if isinstance(r, cls))
    for cls in (bs.Ally, bs.Actor, bs.SourceDocument, bs.Commitment, bs.Exercise, bs.Deployment, bs.Conflict)
]


@pytest.mark.parametrize("rec", ONE_OF_EACH, ids=[type(r).__name__ for r in ONE_OF_EACH])
def test_show_takes_every_format(run_cli: RunCli, rec: bs.Record) -> None:
    code, out, err = run_cli("show", rec.id, "--format", "json")
    assert (code, err) == (0, "")
    assert bs.structure(json.loads(out), type(rec)) == rec
    code, out, _ = run_cli("show", rec.id, "--format", "jsonl")
    assert [bs.structure(json.loads(line), type(rec)) for line in out.splitlines()] == [rec]
    code, out, _ = run_cli("show", rec.id, "--format", "csv")
    (row,) = csv.DictReader(io.StringIO(out))
    assert row["id"] == rec.id


def test_output_file_is_utf8_and_the_same_as_stdout(run_cli: RunCli, tmp_path: Path) -> None:
    for fmt in FORMATS:
        _, shown, _ = run_cli("deployments", "--text", "adazi", "--format", fmt)
        target = tmp_path / f"out.{fmt}"
        code, out, err = run_cli("deployments", "--text", "adazi", "--format", fmt, "-o", str(target))
        assert (code, out, err) == (0, "", "")
        assert target.read_bytes() == shown.encode("utf-8")
    code, _, err = run_cli("allies", "-o", str(tmp_path / "no" / "such" / "folder" / "x"))
    assert code == 1
    assert "No such file or directory" in err


# ---------------------------------------------------------------- usage errors


@pytest.mark.parametrize("command", sorted(SUBPARSERS))
def test_an_unknown_option_is_reported_by_its_subcommand(run_cli: RunCli, command: str) -> None:
    positionals = [a for a in SUBPARSERS[command]._actions if not a.option_strings]
    args = {"export_format": "json"}
    code, out, err = run_cli(command, *(args.get(a.dest, "x") for a in positionals), "--bogus")
    assert (code, out) == (2, "")
    assert err.startswith(f"usage: baltic-security {command} ")
    assert f"baltic-security {command}: error: unrecognized arguments: --bogus" in err


def test_top_level_usage_errors(run_cli: RunCli) -> None:
    for args in (["--bogus"], ["bogus"], []):
        code, out, err = run_cli(*args)
        assert (code, out) == (2, ""), args
        assert err.startswith("usage: baltic-security [-h]"), args


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["commitments", "--help"], 0),
        (["commitments", "--by", "Estonai"], 1),
        (["commitments", "--domain", "undersee"], 1),
        (["sources", "--min-reliability", "Z"], 1),
        (["show", "estonai"], 1),
        (["conflicts", "--subject", "no-such-record"], 1),
        (["commitments", "--since", "Monday"], 2),
        (["paragraphs", "no-such-file.txt"], 1),
        (["validate", "no-such-file.json"], 1),
        (["exercises", "--year", "20x5"], 2),
        (["commitments", "--format", "xml"], 2),
        (["ingest", "x.txt", "--source-id", "Not A Slug"], 2),
        (["show"], 2),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, list) else str(value),
)
def test_exit_status(run_cli: RunCli, args: list[str], code: int) -> None:
    found, out, err = run_cli(*args)
    assert found == code
    if code:
        assert out == ""
        assert err.startswith("usage: baltic-security" if code == 2 else "baltic-security: ")
    assert "Traceback" not in out + err


# ---------------------------------------------------------------- vocabularies in --help

VOCAB_FLAGS = [
    *((c, "--domain", bs.Domain) for c in ("commitments", "exercises", "deployments")),
    *((c, "--min-confidence", bs.Credibility) for c in ("commitments", "exercises", "deployments")),
    ("commitments", "--kind", bs.CommitmentKind),
    ("commitments", "--status", bs.CommitmentStatus),
    ("deployments", "--status", bs.DeploymentStatus),
    ("actors", "--kind", bs.ActorKind),
    ("sources", "--kind", bs.SourceKind),
    ("sources", "--min-reliability", bs.Reliability),
]


def test_every_vocabulary_flag_is_listed() -> None:
    vocab_dests = {"domain", "kind", "status", "min_reliability", "min_confidence"}
    found = {(c, o) for c in SUBPARSERS for o, a in options(c).items() if a.dest in vocab_dests}
    assert found == {(c, o) for c, o, _ in VOCAB_FLAGS}


@pytest.mark.parametrize(("command", "option", "vocab"), VOCAB_FLAGS, ids=[f"{c} {o}" for c, o, _ in VOCAB_FLAGS])
def test_help_lists_each_vocabulary_value(run_cli: RunCli, command: str, option: str, vocab: type[enum.Enum]) -> None:
    code, out, _ = run_cli(command, "--help")
    assert code == 0
    text = " ".join(out.split())  # as wrapped for the terminal: a value must not be broken across lines
    help_text = text[text.index(f"{option} ") :]
    for member in vocab:
        assert re.search(rf"[ (]{re.escape(str(member.value))}[,;)]", help_text), (option, member)


@pytest.mark.parametrize(
    ("command", "option", "vocab"),
    [f for f in VOCAB_FLAGS if f[2] is not bs.Credibility],
    ids=[f"{c} {o}" for c, o, v in VOCAB_FLAGS if v is not bs.Credibility],
)
def test_vocabulary_flags_accept_aliases_and_any_case(run_cli: RunCli, command: str, option: str, vocab: type[enum.Enum]) -> None:
    for alias, member in ALIASES.get(vocab, {}).items():
        expected = run_cli(command, option, str(member.value), "--format", "jsonl")
        assert run_cli(command, option, alias.upper(), "--format", "jsonl") == expected, alias


# ---------------------------------------------------------------- encodings


def run_encoded(args: list[str], encoding: str) -> tuple[int, bytes, str]:
    """Run in this process with stdout in ``encoding`` (strict, as Python makes it) and stderr backslash-escaping."""
    out, err = io.BytesIO(), io.BytesIO()
    stdout = io.TextIOWrapper(out, encoding=encoding, errors="strict")
    stderr = io.TextIOWrapper(err, encoding=encoding, errors="backslashreplace")
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        code = cli.main(args)
    stdout.flush()
    stderr.flush()
    return code, out.getvalue(), err.getvalue().decode(encoding)


def _same_data(fmt: str, a: str, b: str) -> bool:
    if fmt == "json":
        return bool(json.loads(a) == json.loads(b))
    return [json.loads(line) for line in a.splitlines()] == [json.loads(line) for line in b.splitlines()]


@pytest.mark.slow
@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_an_output_encoding_that_cannot_hold_the_data(tmp_path: Path, encoding: str, fmt: str) -> None:
    args = ["deployments", "--text", "adazi", "--format", fmt]

    def run(*extra: str, io_encoding: str = encoding) -> subprocess.CompletedProcess[bytes]:
        env = {**os.environ, "PYTHONIOENCODING": io_encoding}
        return subprocess.run([sys.executable, "-m", "baltic_security", *args, *extra], capture_output=True, env=env, check=False)

    utf8 = run(io_encoding="utf-8")
    expected = utf8.stdout.decode("utf-8")
    assert utf8.returncode == 0
    assert "Ā" in expected or fmt in ("json", "jsonl")  # the data holds what the encoding cannot
    done = run()
    err = done.stderr.decode(encoding)
    assert "Traceback" not in err
    if fmt in ("json", "jsonl"):  # escaped: valid, ASCII, and the same data
        assert (done.returncode, err) == (0, "")
        assert _same_data(fmt, done.stdout.decode("ascii"), expected)
    elif fmt == "csv":  # CSV cannot escape: refused, saying what to do
        assert (done.returncode, done.stdout) == (1, b"")
        assert "PYTHONIOENCODING=utf-8" in err
        assert "-o FILE" in err
    else:  # the table: '?' for what cannot be shown, and a warning that says so
        assert done.returncode == 0
        shown = done.stdout.decode(encoding)
        assert shown == "".join(c if c.encode(encoding, "ignore") else "?" for c in expected)
        assert "?" in shown
        (warning,) = err.splitlines()
        assert warning.startswith(f"baltic-security: warning: the output encoding {encoding} cannot hold")
    # -o FILE writes UTF-8 whatever the terminal's encoding.
    target = tmp_path / "out"
    done = run("-o", str(target))
    assert (done.returncode, done.stdout, done.stderr) == (0, b"", b"")
    assert target.read_bytes() == utf8.stdout


def test_data_the_encoding_holds_is_printed_as_is() -> None:
    # Queries whose answer is plain ASCII in some format: there, an ASCII stream gets the very same bytes.
    queries = [["allies", "--baltic"], ["commitments", "--by", "Latvia", "--domain", "ukraine"]]
    for fmt in FORMATS:
        checked = 0
        for query in queries:
            expected = run_encoded([*query, "--format", fmt], "utf-8")[1]
            if not expected.isascii():
                continue
            code, out, err = run_encoded([*query, "--format", fmt], "ascii")
            assert (code, err) == (0, "")
            assert out == expected
            checked += 1
        assert checked, f"no query gives ASCII-only {fmt}"


# ---------------------------------------------------------------- --data and --merge


def test_data_stands_alone_and_reads_a_full_export(run_cli: RunCli, tmp_path: Path) -> None:
    full = tmp_path / "full.json"
    assert run_cli("export", "json", str(full))[0] == 0
    code, out, err = run_cli("commitments", "--data", str(full), "--format", "json")
    assert (code, err) == (0, "")
    assert [bs.structure(d, bs.Commitment) for d in json.loads(out)] == list(bs.commitments())
    # A file that refers into the bundled dataset does not stand alone...
    mine = write(tmp_path / "mine.json", {"commitments": [record(bs.Commitment, "my-c1")]})
    code, out, err = run_cli("commitments", "--data", str(mine))
    assert (code, out) == (1, "")
    assert f"{mine}: $.commitments[0]" in err
    # ...and a full export cannot be merged into the data it already holds.
    code, out, err = run_cli("commitments", "--merge", str(full))
    assert (code, out) == (1, "")
    assert "duplicate id" in err


def test_merge_adds_files_in_order(run_cli: RunCli, tmp_path: Path) -> None:
    source = {**bs.unstructure(bs.sources()[0]), "id": "my-source"}
    first = write(tmp_path / "a.json", {"sources": [source]})
    pledge = record(bs.Commitment, "my-pledge")
    pledge["evidence"] = [{"source": "my-source", "paragraph": 1, "credibility": 2}]
    second = write(tmp_path / "b.json", {"commitments": [pledge]})
    expected = bs.load(second, base=bs.load(first, base=bs.dataset())).commitments()
    assert "my-pledge" in [c.id for c in expected]
    code, out, err = run_cli("commitments", "--merge", str(first), "--merge", str(second), "--format", "json")
    assert (code, err) == (0, "")
    assert [bs.structure(d, bs.Commitment) for d in json.loads(out)] == list(expected)
    # In the other order the pledge cites a source not merged yet.
    code, _, err = run_cli("commitments", "--merge", str(second), "--merge", str(first))
    assert code == 1
    assert "my-source" in err
    # --merge applies to --data too.
    full = tmp_path / "full.json"
    run_cli("export", "json", str(full))
    code, out, _ = run_cli("commitments", "--data", str(full), "--merge", str(first), "--merge", str(second), "--format", "json")
    assert [d["id"] for d in json.loads(out)] == [c.id for c in expected]


# ---------------------------------------------------------------- validate


def test_validate_reports_the_files_own_records(run_cli: RunCli, files: dict[str, Path], tmp_path: Path) -> None:
    base = bs.dataset()
    code, out, err = run_cli("validate", str(files["mine"]))
    assert (code, out) == (0, "")
    assert err == (
        f"{files['mine']}: valid, 3 records (2 commitments, 1 deployment), merged with the bundled dataset {base.version} ({len(base)} records)\n"
    )
    code, _, err = run_cli("validate", "--standalone", str(files["full"]))
    assert code == 0
    counts = [
        f"{len(base.allies())} allies",
        f"{len(base.actors())} actors",
        f"{len(base.sources())} sources",
        f"{len(base.commitments())} commitments",
        f"{len(base.exercises())} exercise{'s' if len(base.exercises()) != 1 else ''}",
        f"{len(base.deployments())} deployments",
        f"{len(base.conflicts())} conflicts",
    ]
    assert err == f"{files['full']}: valid, {len(base)} records ({', '.join(counts)}), standalone\n"


def test_validate_prints_problems_as_data(run_cli: RunCli, files: dict[str, Path]) -> None:
    code, out, err = run_cli("validate", str(files["bad"]), "--format", "json")
    assert code == 1
    problems = json.loads(out)
    assert problems
    assert {p["file"] for p in problems} == {str(files["bad"])}
    assert all(p["path"].startswith("$.commitments[0]") for p in problems)
    assert err.endswith(f"{files['bad']}: invalid, {len(problems)} problems\n")
    code, out, _ = run_cli("validate", str(files["mine"]), "--format", "json")
    assert (code, json.loads(out)) == (0, [])


def test_validate_a_folder_names_what_it_reads_and_skips(run_cli: RunCli, files: dict[str, Path], tmp_path: Path) -> None:
    (tmp_path / "Mine.JSON").write_bytes(files["mine"].read_bytes())
    (tmp_path / "notes.txt").write_text("notes", encoding="utf-8")
    (tmp_path / ".mine.json").write_text("{}", encoding="utf-8")
    code, _, err = run_cli("validate", str(tmp_path))
    assert code == 0
    warning, summary = err.splitlines()
    assert warning.startswith(f"baltic-security: warning: {tmp_path}: not read: .mine.json, notes.txt (")
    assert summary.startswith(f"{tmp_path}: valid, 3 records (2 commitments, 1 deployment) from 1 file (Mine.JSON), merged with")


@pytest.mark.parametrize("names", [[], ["README.md"]])
def test_validate_a_folder_without_dataset_files_fails(run_cli: RunCli, tmp_path: Path, names: list[str]) -> None:
    for name in names:
        (tmp_path / name).write_text("# notes", encoding="utf-8")
    code, out, err = run_cli("validate", str(tmp_path))
    assert (code, out) == (1, "")
    assert "expected dataset files (*.json) in this folder" in err
    assert "valid," not in err


# ---------------------------------------------------------------- what the table and show print


@pytest.mark.parametrize("conflict", bs.conflicts(), ids=[c.id for c in bs.conflicts()])
def test_show_puts_each_claims_evidence_under_it(run_cli: RunCli, conflict: bs.Conflict) -> None:
    code, out, _ = run_cli("show", conflict.id)
    assert code == 0
    lines = out.splitlines()
    evidence_lines = [line for line in lines if "evidence: " in line]
    assert len(evidence_lines) == sum(len(c.evidence) for c in conflict.claims)
    for number, claim in enumerate(conflict.claims, start=1):
        at = lines.index(f"  claim {number}: {claim.value}")
        under = lines[at + 1 : at + 1 + len(claim.evidence)]
        for line, e in zip(under, claim.evidence, strict=True):
            assert line.startswith(f"    evidence: {bs.get(e.source, bs.SourceDocument).title} (")
            assert f", paragraph {e.paragraph}" in line


def test_paragraphs_drop_the_byte_order_mark_and_escape_control_characters(run_cli: RunCli, files: dict[str, Path]) -> None:
    code, out, _ = run_cli("paragraphs", str(files["text"]))
    assert code == 0
    assert out.splitlines() == [
        f"sha256 {fingerprint(files['text'].read_bytes())}",
        "   1  Title",
        "   2  1. First point, at Ādaži.",
        "   3  2. A tab\\tinside, and a bell\\x07.",
    ]
    code, out, err = run_cli("paragraphs", str(files["text"]), "--format", "json")
    assert json.loads(out)[2] == {"paragraph": 3, "text": "2. A tab\tinside, and a bell\x07."}
    assert err.startswith(f"baltic-security: {files['text']}: sha256 ")


def test_paragraphs_of_a_file_that_is_not_utf8(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Ādaži".encode("utf-16"))
    code, out, err = run_cli("paragraphs", str(path))
    assert (code, out) == (1, "")
    assert "expected UTF-8 text, found byte 0xff at offset 0" in err


def test_a_cell_with_a_newline_keeps_its_row(run_cli: RunCli, tmp_path: Path) -> None:
    pledge = record(bs.Commitment, "my-pledge")
    pledge["summary"] = "Two\nlines,\ta tab and a\nline named CRLF."  # free text keeps tabs and line feeds
    mine = write(tmp_path / "mine.json", {"commitments": [pledge]})
    code, out, _ = run_cli("commitments", "--merge", str(mine), "--text", "crlf")
    assert code == 0
    _header, _rule, row = out.splitlines()
    assert "Two\\nlines,\\ta tab and a\\nline named CRLF." in row
    code, out, _ = run_cli("commitments", "--merge", str(mine), "--text", "crlf", "--format", "csv")
    assert [r["summary"] for r in csv.DictReader(io.StringIO(out))] == [pledge["summary"]]


ID_CELL = st.text(min_size=1).filter(lambda t: cli.printable(t).strip())  # a record's id is never blank


@given(st.lists(st.tuples(ID_CELL, st.text(), st.text()).map(list), max_size=4))
def test_a_table_has_one_line_per_row(rows: list[list[str]]) -> None:
    assert len(cli._table(rows, ["a", "b", "c"]).splitlines()) == 2 + len(rows)


@given(st.text())
def test_printable_text_is_one_line_and_keeps_what_is_printable(text: str) -> None:
    shown = cli.printable(text)
    assert len(shown.splitlines()) <= 1
    assert not set(shown) & set("\t\x1b\x07\u202e")
    if text.isprintable():
        assert shown == text


# ---------------------------------------------------------------- any argument vector


@pytest.fixture(scope="module")
def argv_values(files: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, st.SearchStrategy[str]]:
    """The values an option or positional may get, by its dest: real ones, near misses and junk."""
    out = tmp_path_factory.mktemp("outputs")
    folder = tmp_path_factory.mktemp("folder")
    (folder / "Mine.JSON").write_bytes(files["mine"].read_bytes())
    (folder / "notes.txt").write_text("notes", encoding="utf-8")
    not_utf8 = out.parent / "latin1.txt"
    not_utf8.write_bytes("Ādaži\n".encode("utf-16"))
    ids = [r.id for r in bs.dataset()]

    def vocab(*vocabs: type[enum.Enum]) -> st.SearchStrategy[str]:
        return st.sampled_from([str(m.value) for v in vocabs for m in v] + [a for v in vocabs for a in ALIASES.get(v, {})])

    junk = st.text(max_size=12) | st.sampled_from(["", "-", "--", "-h", "\udcff", "Ā", "x" * 300, "0", "-1"])
    # A path under a file can never be created: the same command fails the same way in every example.
    unwritable = files["text"] / "x"
    paths = st.sampled_from([str(p) for p in (*files.values(), folder, not_utf8, out, out / "missing.json", unwritable)])
    dates = st.sampled_from(["2025", "2025-06", "2025-06-03", "June 2025", "2025-02-31", "0000", "9999-12-31", "03/04/2025", "Monday"])
    parties = st.sampled_from(["Estonia", "EE", "EST", "Eesti", "estonian", "Latvia", "nato", "Estonai", "Ādaži", "adazi"])
    targets = st.sampled_from([str(out / name) for name in ("a.json", "b.db", "c", "d.geojson")] + [str(unwritable)])
    values: dict[str, st.SearchStrategy[str]] = {
        "format": st.sampled_from(FORMATS),
        "output": targets,
        "out": targets,
        "data": paths,
        "merge": paths,
        "path": paths,
        "domain": vocab(bs.Domain),
        "kind": vocab(bs.CommitmentKind, bs.ActorKind, bs.SourceKind),
        "status": vocab(bs.CommitmentStatus, bs.DeploymentStatus),
        "min_reliability": vocab(bs.Reliability),
        "min_confidence": st.sampled_from(["1", "6", "A1", "B2", "F6", "a1", "7", "Z1", "probably true"]),
        "since": dates,
        "until": dates,
        "active_on": dates,
        "member_on": dates,
        "year": st.sampled_from(["2025", "2023", "0", "-5", "99999999999999999999", "20x5"]),
        "by": parties,
        "participant": parties,
        "host": parties,
        "contributor": parties,
        "source": st.sampled_from([s.id for s in bs.sources()]),
        "subject": st.sampled_from(ids),
        "id": st.sampled_from(ids),
        "text": st.sampled_from(["undersea", "Ādaži", "adazi battlegroup", "brigades", "zzz"]),
        "source_id": st.sampled_from(["draft-x", "Not A Slug", "x"]),
        "export_format": st.sampled_from(cli._EXPORT_FORMATS),
    }
    return {dest: strategy | junk for dest, strategy in values.items()} | {"": junk}


@st.composite
def argument_vectors(draw: st.DrawFn, values: dict[str, st.SearchStrategy[str]]) -> list[str]:
    """A command line built from the real subcommands, flags and values, sometimes with junk in it."""
    argv: list[str] = []
    if draw(st.integers(0, 9)) == 0:
        argv.append(draw(st.sampled_from(["--version", "--help", "--bogus"]) | values[""]))
    command = draw(st.sampled_from(sorted(SUBPARSERS)))
    argv.append(command)
    actions = SUBPARSERS[command]._actions
    # Now and then a positional is missing.
    argv.extend(draw(values.get(a.dest, values[""])) for a in actions if not a.option_strings and draw(st.integers(0, 19)))
    for action in draw(st.lists(st.sampled_from([a for a in actions if a.option_strings]), max_size=4)):
        argv.append(draw(st.sampled_from(action.option_strings)))
        if action.nargs != 0:
            argv.append(draw(values.get(action.dest, values[""])))
    if draw(st.integers(0, 9)) == 0:
        argv.insert(draw(st.integers(0, len(argv))), draw(values[""]))
    return argv


@pytest.mark.slow
def test_any_command_line_exits_0_1_or_2_without_a_traceback(
    argv_values: dict[str, st.SearchStrategy[str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # junk may name a relative path to write

    @given(argv=argument_vectors(argv_values), encoding=st.sampled_from(["utf-8", "cp1252", "ascii"]))
    def check(argv: list[str], encoding: str) -> None:
        code, out, err = run_encoded(argv, encoding)  # an exception would escape main and fail the test
        assert code in (0, 1, 2), (code, err)
        assert "Traceback" not in err
        fmt = next((argv[i + 1] for i in reversed(range(len(argv) - 1)) if argv[i] == "--format"), "table")
        if code:
            assert err.startswith("usage: baltic-security" if code == 2 else "baltic-security: "), err
            # A failure prints no data, except the problems validate prints as data.
            assert out == b"" or ((code, fmt) != (1, "table") and "validate" in argv), err
        answered = {"-h", "--help", "--version"} & set(argv)  # these print text whatever the format
        if fmt in ("json", "jsonl") and out and not answered:
            text = out.decode(encoding)
            if fmt == "json":
                json.loads(text)
            else:
                for line in text.splitlines():
                    json.loads(line)

    check()


# ---------------------------------------------------------------- all-numeric dates


@pytest.mark.parametrize("flag", [["--day-first"], ["--month-first"], []])
@pytest.mark.parametrize("text", ["03/06/2024", "06/03/2024", "13/06/2024"])
def test_an_all_numeric_date_is_read_only_in_the_declared_order(run_cli: RunCli, text: str, flag: list[str]) -> None:
    code, out, err = run_cli("allies", "--member-on", text, *flag, "--format", "csv")
    if not flag:
        # Never guessed, not even where only one order gives a date; the message names the flags.
        assert (code, out) == (2, "")
        assert err.startswith("usage: baltic-security allies")
        assert "--day-first or --month-first" in err
        assert "dayfirst=" not in err
        return
    first, second, year = (int(part) for part in text.split("/"))
    day, month = (first, second) if flag == ["--day-first"] else (second, first)
    if month > 12:
        assert (code, out) == (2, "")
        return
    assert (code, err) == (0, "")
    expected = bs.allies(member_on=bs.PartialDate(year, month, day))
    assert [line.split(",")[0] for line in out.splitlines()[1:]] == [a.id for a in expected]


def test_day_first_and_month_first_exclude_each_other(run_cli: RunCli) -> None:
    code, out, err = run_cli("commitments", "--since", "01/02/2025", "--day-first", "--month-first")
    assert (code, out) == (2, "")
    assert "not allowed with argument" in err


def test_validating_a_full_export_points_to_standalone(run_cli: RunCli, tmp_path: Path) -> None:
    full = tmp_path / "full.json"
    assert run_cli("export", "json", str(full))[0] == 0
    code, _, err = run_cli("validate", str(full))
    assert code == 1
    assert "check a complete dataset on its own with --standalone" in err
    assert run_cli("validate", str(full), "--standalone")[0] == 0
    # A file that only adds records gets no such hint when it fails.
    mine = write(tmp_path / "mine.json", {"commitments": [{**record(bs.Commitment, "my-c1"), "kind": "promise"}]})
    code, _, err = run_cli("validate", str(mine))
    assert code == 1
    assert "--standalone" not in err


def test_ingest_reads_an_all_numeric_publication_date_in_the_declared_order(run_cli: RunCli, tmp_path: Path) -> None:
    text = tmp_path / "news.txt"
    text.write_text("Allies open a naval exercise\nShips from Estonia and Finland sailed.\n", encoding="utf-8")
    code, out, err = run_cli("ingest", str(text), "--published", "03/06/2025")
    assert (code, out) == (2, "")
    assert "--day-first or --month-first" in err
    for flag, month in (("--day-first", 6), ("--month-first", 3)):
        out_file = tmp_path / f"drafts{flag}.json"
        code, _, err = run_cli("ingest", str(text), "--published", "03/06/2025", flag, "--out", str(out_file))
        assert code == 0, err
        source = json.loads(out_file.read_text(encoding="utf-8"))["sources"][0]
        assert source["published"] == bs.PartialDate(2025, month, 6 if month == 3 else 3).isoformat()


def test_ingest_reads_the_texts_own_numeric_date_line_in_the_declared_order_and_refuses_it_undeclared(
    run_cli: RunCli, tmp_path: Path
) -> None:
    text = tmp_path / "news.txt"
    text.write_text("Allies open a naval exercise\nPublished: 03.06.2025\nShips from Estonia and Finland sailed.\n", encoding="utf-8")
    code, _, err = run_cli("ingest", str(text), "--out", str(tmp_path / "undeclared.json"))
    assert code == 1
    assert "'03.06.2025'" in err
    assert "--day-first" in err
    for flag, iso in (("--day-first", "2025-06-03"), ("--month-first", "2025-03-06")):
        out_file = tmp_path / f"drafts{flag}.json"
        code, _, err = run_cli("ingest", str(text), flag, "--out", str(out_file))
        assert code == 0, err
        assert json.loads(out_file.read_text(encoding="utf-8"))["sources"][0]["published"] == iso


def test_ingest_errors_name_the_text_they_are_about(run_cli: RunCli, tmp_path: Path) -> None:
    """Every refusal of ingest names the input file, so a loop over many texts says which one failed."""
    text = tmp_path / "news.txt"
    text.write_text("Allies open a naval exercise\nPublished: 13/06/2025\nShips from Estonia and Finland sailed.\n", encoding="utf-8")
    refusals = {
        # a date that disagrees with the text's own
        ("--published", "2025-06-14"): "disagrees with the date the text gives itself, 2025-06-13",
        # an output path that is a folder
        ("--out", str(tmp_path)): f"--out {tmp_path} is a folder",
        # an output path whose folder does not exist
        ("--out", str(tmp_path / "no" / "drafts.json")): "drafts not written to",
        # a date line the declared order cannot read, which is never read the other way
        ("--month-first", "--out", str(tmp_path / "drafts.json")): "'13/06/2025', which is no date month first as declared",
    }
    for args, reason in refusals.items():
        code, out, err = run_cli("ingest", str(text), *args)
        assert (code, out) == (1, ""), args
        assert err.startswith(f"baltic-security: {text}: "), err
        assert reason in err, err
    assert not (tmp_path / "drafts.json").exists()


@pytest.mark.parametrize("name", ["estonia", "Estonia", "EE", "EST", "233", "Eesti"])
def test_show_takes_a_party_by_any_name_the_filters_read(run_cli: RunCli, name: str) -> None:
    code, out, err = run_cli("show", name, "--format", "json")
    assert (code, err) == (0, "")
    assert json.loads(out)["id"] == "estonia"


def test_show_of_an_unknown_name_still_suggests_ids(run_cli: RunCli) -> None:
    code, out, err = run_cli("show", "Estonai")
    assert (code, out) == (1, "")
    assert "did you mean 'estonia'" in err


@pytest.mark.parametrize(
    "args",
    [
        ["export", "csv", "a\x00b"],
        ["validate", "\x00"],
        ["paragraphs", "x\x00.txt"],
        ["ingest", "x\x00.txt"],
        ["commitments", "--data", "\x00"],
        ["commitments", "--merge", "\x00"],
        ["commitments", "-o", "out\x00.txt"],
    ],
    ids=["export", "validate", "paragraphs", "ingest", "data", "merge", "output"],
)
def test_a_path_with_a_nul_is_a_usage_error(run_cli: RunCli, args: list[str]) -> None:
    # The operating system refuses such a name with a ValueError: it must never get that far.
    code, out, err = run_cli(*args)
    assert (code, out) == (2, "")
    assert "NUL character" in err


def test_validate_warns_of_facts_no_domain_query_finds(run_cli: RunCli, tmp_path: Path) -> None:
    """The curation guide asks every fact for a domain. A commitment must have one; an exercise or deployment without
    one is valid (a draft may not know it yet) and gets a warning naming it."""
    exercise, deployment = record(bs.Exercise, "my-e1"), record(bs.Deployment, "my-d1")
    exercise["domains"] = deployment["domains"] = []
    mine = write(tmp_path / "mine.json", {"exercises": [exercise], "deployments": [record(bs.Deployment, "my-d0"), deployment]})
    code, out, err = run_cli("validate", str(mine))
    assert (code, out) == (0, "")
    lines = err.splitlines()
    assert lines[:2] == [
        (
            f"baltic-security: warning: {mine}: $.exercises[0].domains: no domain, so no domain= query finds this record; "
            "the curation guide asks for at least one"
        ),
        (
            f"baltic-security: warning: {mine}: $.deployments[1].domains: no domain, so no domain= query finds this record; "
            "the curation guide asks for at least one"
        ),
    ]
    assert lines[2].endswith(", 2 warnings")
    assert bs.load(mine, base=bs.dataset()).get("my-d1", bs.Deployment).domains == ()
