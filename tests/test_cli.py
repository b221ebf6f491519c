from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import baltic_security as bs

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
