"""The documentation: its commands run, its data dictionary covers the model, its reference covers the API.

The pages' Python examples run as doctests (``--doctest-glob=*.md``); this
module runs what doctest cannot: the ``console`` blocks of ``baltic-security``
commands, and the Sphinx build itself.
"""

from __future__ import annotations

import doctest
import enum
import importlib
import importlib.util
import inspect
import io
import re
import shlex
import subprocess
import sys
import typing
import zlib
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from importlib.resources import files
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest

import baltic_security as bs
from baltic_security import vocab
from baltic_security._dataset import RECORD_TYPES
from baltic_security.cli import main

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PAGES = [*sorted(p for p in DOCS.rglob("*.md") if "_build" not in p.parts), ROOT / "README.md"]

#: Modules whose every public name the API reference must document.
DOCUMENTED_MODULES = ("baltic_security", "baltic_security.testing", "baltic_security.export", "baltic_security.loader")

_RECORDS = (
    '{"commitments": [{"id": "my-cable-pledge", "summary": "Estonia undertakes to patrol its undersea cables.",'
    ' "parties": ["estonia"], "domains": ["undersea"], "kind": "pledge", "made_on": "2025-01",'
    ' "evidence": [{"source": "bdc-communique-2025-01-23", "paragraph": 20, "credibility": 2}]}]}\n'
)

#: Files the pages' commands name, created in the directory the commands run in
#: (``my-records.json`` is the file docs/howto/own-data.md writes).
FIXTURES: dict[str, str] = {
    "my-records.json": _RECORDS,
    "my-new-records.json": _RECORDS,
    "path/to/text.txt": "Joint Communiqué\n\n1. First point.\n2. Second point.\n",
    "report.txt": (
        "Allies agree new rotation\n\n"
        "TALLINN - Germany plans to station about 4,800 soldiers in Lithuania by 2027, the defence minister said.\n"
        "Estonia and Latvia agreed to spend at least 3% of GDP on defence.\n"
    ),
}


# ------------------------------------------------------------------ console blocks

_FENCE = re.compile(r"^(?P<indent>[ \t]*)```(?P<lang>[\w-]*)")


class Command(typing.NamedTuple):
    line: int
    argv: list[str]
    expected: str


class Block(typing.NamedTuple):
    page: Path
    line: int
    commands: list[Command]


def console_blocks(page: Path) -> list[Block]:
    """The page's ``console`` blocks that start with ``$ baltic-security``, each command with the output shown under it.

    Other commands in such a block (``datasette``, ``frictionless``) are
    skipped; a command whose output is redirected (``> file``) is run and its
    output not compared.
    """
    lines = page.read_text(encoding="utf-8").splitlines()
    found: list[Block] = []
    index = 0
    while index < len(lines):
        fence = _FENCE.match(lines[index])
        index += 1
        if fence is None:
            continue
        indent, block = fence["indent"], []
        start = index
        while index < len(lines) and lines[index].strip() != "```":
            block.append(lines[index].removeprefix(indent))
            index += 1
        index += 1
        if fence["lang"] != "console" or not block or not block[0].startswith("$ baltic-security"):
            continue
        commands = []
        for offset, text in enumerate(block):
            if text.startswith("$ "):
                output = []
                for following in block[offset + 1 :]:
                    if following.startswith("$ "):
                        break
                    output.append(following)
                argv = shlex.split(text[2:], comments=True)
                if ">" in argv:
                    argv, output = argv[: argv.index(">")], []
                if argv[0] == "baltic-security":
                    commands.append(Command(start + offset + 1, argv[1:], "\n".join(output).strip()))
        found.append(Block(page, start, commands))
    return found


BLOCKS = [block for page in PAGES for block in console_blocks(page)]
#: Pages with commands to run; each page is one session (a walkthrough may validate what an earlier block wrote).
SESSIONS = {page: [b for b in BLOCKS if b.page == page] for page in PAGES if any(b.page == page for b in BLOCKS)}


def test_the_pages_have_commands_to_run() -> None:
    # The tutorial shows its commands with their output: the extractor must find them.
    tutorial = [c for b in BLOCKS if b.page.name == "tutorial.md" for c in b.commands]
    assert any(c.argv[0] == "show" and c.expected for c in tutorial)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name, text in FIXTURES.items():
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    # The curation guide validates the bundled data by its path in the repository.
    bundled = tmp_path / "src" / "baltic_security" / "data"
    bundled.mkdir(parents=True)
    for item in files("baltic_security").joinpath("data").iterdir():
        if item.name.endswith(".json"):
            (bundled / item.name).write_bytes(item.read_bytes())
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("page", list(SESSIONS), ids=[p.relative_to(ROOT).as_posix() for p in SESSIONS])
def test_console_commands_run_and_print_what_the_page_shows(page: Path, workdir: Path) -> None:
    # The page's commands run in order in one folder, as a reader following it would.
    name = page.relative_to(ROOT).as_posix()
    for command in (c for block in SESSIONS[page] for c in block.commands):
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            status = main(command.argv)
        got = out.getvalue() + err.getvalue()
        hint = f" (if it names an input file, add one to FIXTURES in {__file__})"
        assert status == 0, f"{name}:{command.line}: exit {status}{hint}\n{got}"
        if command.expected:
            checker = doctest.OutputChecker()
            flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
            assert checker.check_output(command.expected + "\n", got, flags), (
                f"{name}:{command.line}: the page shows\n{command.expected}\nbut the command printed\n{got}"
            )


def test_extractor_reads_output_and_indented_blocks(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "text\n\n   ```console\n   $ baltic-security allies --baltic\n   id  name\n   $ baltic-security --version\n   ```\n\n"
        "```console\n$ pip install .\n```\n\n```python\n$ baltic-security no\n```\n",
        encoding="utf-8",
    )
    (block,) = console_blocks(page)
    assert [(c.argv, c.expected, c.line) for c in block.commands] == [(["allies", "--baltic"], "id  name", 4), (["--version"], "", 6)]


# ------------------------------------------------------------------ data dictionary


@pytest.fixture(scope="module")
def datadict(load_script: Callable[[Path], ModuleType]) -> ModuleType:
    return load_script(DOCS / "_ext" / "datadict.py")


def _sections(page: str) -> dict[str, str]:
    return {part.split("\n", 1)[0].strip(): part for part in page.split("\n### ")[1:]}


def _model_classes() -> list[type[Any]]:
    """Every attrs class the package exports from its model and dates modules."""
    exported = [getattr(bs, name) for name in bs.__all__ if name != "__version__"]
    return [
        obj
        for obj in exported
        if isinstance(obj, type) and attrs.has(obj) and obj.__module__ in ("baltic_security.model", "baltic_security.dates")
    ]


def test_data_dictionary_covers_every_record_and_value_class(datadict: ModuleType) -> None:
    covered = datadict.record_classes() + datadict.value_classes()
    assert set(RECORD_TYPES.values()) <= set(covered)
    missing = [cls.__name__ for cls in _model_classes() if cls not in covered]
    assert missing == []


def test_data_dictionary_lists_every_field_with_type_default_and_description(datadict: ModuleType) -> None:
    sections = _sections(datadict.render())
    for cls in datadict.record_classes() + datadict.value_classes():
        assert cls.__name__ in sections, cls
        rows = [line for line in sections[cls.__name__].splitlines() if line.startswith("| `")]
        fields = attrs.fields(cls)
        assert [row.split("|")[1].strip() for row in rows] == [f"`{f.name}`" for f in fields]
        for field, row in zip(fields, rows, strict=True):
            cells = [cell.strip() for cell in row.strip("|").replace("\\|", "¦").split("|")]
            _name, python_type, json_type, default, _unit, description = cells
            assert python_type, (cls, field.name)
            assert json_type, (cls, field.name)
            assert (default == "*required*") is (field.default is attrs.NOTHING), (cls, field.name, default)
            assert description, f"describe {cls.__name__}.{field.name} in DESCRIPTIONS in docs/_ext/datadict.py"
            if typing.get_origin(typing.get_type_hints(cls)[field.name]) in (typing.Union, type(int | None)):
                assert "¦" in python_type, (cls, field.name)


def test_data_dictionary_prose_describes_only_fields_that_exist(datadict: ModuleType) -> None:
    for table in (datadict.DESCRIPTIONS, datadict.UNITS):
        for cls, notes in table.items():
            stale = set(notes) - {f.name for f in attrs.fields(cls)}
            assert stale == set(), (cls, stale)
    values = {f"{cls.__name__}.{member.value}" for cls in datadict.vocabularies() for member in cls}
    assert set(datadict.MEANINGS) <= values


def test_data_dictionary_lists_every_vocabulary_value_and_alias(datadict: ModuleType) -> None:
    sections = _sections(datadict.render())
    enums = [getattr(vocab, name) for name in vocab.__all__]
    expected = {obj for obj in enums if isinstance(obj, type) and issubclass(obj, enum.Enum)}
    assert set(datadict.vocabularies()) == expected
    assert set(vocab.ALIASES) <= expected
    for cls in expected:
        rows = {row.split("|")[1].strip(): row for row in sections[cls.__name__].splitlines() if row.startswith("| `")}
        for member in cls:
            key = f'`"{member.value}"`' if isinstance(member.value, str) else f"`{member.value}`"
            assert key in rows, (cls, member)
        for alias, member in vocab.ALIASES.get(cls, {}).items():
            key = f'`"{member.value}"`' if isinstance(member.value, str) else f"`{member.value}`"
            assert alias == str(member.value) or f"`{alias}`" in rows[key], (cls, alias)


def test_literal_aliases_spell_exactly_their_vocabulary(datadict: ModuleType) -> None:
    found = datadict.literal_aliases()
    literals = {name for name in vocab.__all__ if typing.get_origin(getattr(vocab, name)) is typing.Literal}
    assert literals - set(found.values()) == {"AdmiraltyCode"}
    filtered = {vocab.Domain, vocab.CommitmentKind, vocab.CommitmentStatus, vocab.DeploymentStatus, vocab.ActorKind, vocab.SourceKind}
    assert filtered | {vocab.Reliability, vocab.Credibility} <= set(found)


def test_admiralty_codes_are_every_grade_pair_and_each_filters() -> None:
    codes = set(typing.get_args(vocab.AdmiraltyCode))
    assert codes == {r.value + str(c.value) for r in vocab.Reliability for c in vocab.Credibility}
    found = {code: set(bs.commitments(min_confidence=code)) for code in codes}
    # A weaker minimum on either axis keeps everything a stronger one keeps.
    for code, kept in found.items():
        reliability, credibility = code
        if reliability != "F":
            assert kept <= found[chr(ord(reliability) + 1) + credibility], code
        if credibility != "6":
            assert kept <= found[reliability + str(int(credibility) + 1)], code
    assert found["A1"] < found["F6"]


# ------------------------------------------------------------------ API reference


def _public(module_name: str) -> list[str]:
    module = importlib.import_module(module_name)
    return list(module.__all__)


def _inventory(html: Path) -> set[str]:
    data = (html / "objects.inv").read_bytes()
    header_end = 0
    for _ in range(4):
        header_end = data.index(b"\n", header_end) + 1
    entries = zlib.decompress(data[header_end:]).decode("utf-8").splitlines()
    return {line.split(" ", 1)[0] for line in entries if " py:" in line}


@pytest.fixture(scope="module")
def built_docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("sphinx")
    pytest.importorskip("myst_parser")
    pytest.importorskip("furo")
    out = tmp_path_factory.mktemp("html")
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-q", "-b", "html", "-d", str(out / ".doctrees"), str(DOCS), str(out)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return out


@pytest.mark.slow
def test_docs_build_without_warnings_and_reference_every_public_name(built_docs: Path) -> None:
    documented = _inventory(built_docs)
    missing = [f"{m}.{name}" for m in DOCUMENTED_MODULES for name in _public(m) if f"{m}.{name}" not in documented]
    assert missing == []


@pytest.mark.slow
def test_docs_show_the_pictures_and_the_generated_dictionary(built_docs: Path) -> None:
    plots = (built_docs / "howto" / "plots.html").read_text(encoding="utf-8")
    for picture in ("timeline.png", "deployments-map.png"):
        assert picture in plots
        assert (built_docs / "_images" / picture).is_file() or (built_docs / "_static" / picture).is_file()
    dictionary = (built_docs / "reference" / "data-dictionary.html").read_text(encoding="utf-8")
    assert "air-defence" in dictionary
    assert "subsea" in dictionary


def test_every_public_name_has_a_docstring() -> None:
    for module_name in DOCUMENTED_MODULES:
        module = importlib.import_module(module_name)
        for name in _public(module_name):
            if name == "__version__":
                continue
            obj = getattr(module, name)
            if inspect.isclass(obj) or inspect.isfunction(obj):
                assert inspect.getdoc(obj), f"{module_name}.{name}"


def test_pages_are_in_the_site() -> None:
    # Sphinx warns about (and CI fails on) a page in no toctree; this names it early.
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^([\w/-]+)$", index, flags=re.MULTILINE))
    pages = {p.relative_to(DOCS).with_suffix("").as_posix() for p in DOCS.rglob("*.md") if "_build" not in p.parts}
    assert pages - {"index"} <= listed, sorted(pages - {"index"} - listed)


# ------------------------------------------------------------------ the README's links

_LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")


def readme_links() -> list[str]:
    return _LINK.findall((ROOT / "README.md").read_text(encoding="utf-8"))


def test_every_link_in_the_readme_resolves_to_a_file() -> None:
    local = [link.split("#", 1)[0] for link in readme_links() if not re.match(r"[a-z]+:", link) and not link.startswith("#")]
    assert local
    assert [link for link in local if not (ROOT / link).is_file()] == []


def test_the_readme_links_every_page_of_the_docs() -> None:
    linked = {(ROOT / link.split("#", 1)[0]).resolve() for link in readme_links()}
    pages = {p.resolve() for p in DOCS.rglob("*.md") if "_build" not in p.parts and p.name not in ("index.md", "changelog.md")}
    assert sorted(str(p.relative_to(ROOT)) for p in pages - linked) == []
