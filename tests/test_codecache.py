"""The cache of the fast path's compiled code: used only for the very source it was compiled from, never in the way.

``baltic_security._codecache`` keeps each generated function's code object on
disk the way Python keeps bytecode. A stale or damaged entry must never be run
(it would build records with another model's rules, silently), and no state of
the cache directory may make a load fail.
"""

from __future__ import annotations

import importlib.util
import json
import marshal
import os
import subprocess
import sys
import textwrap
import types
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baltic_security import _codecache

SOURCE = "def f(x):\n    return x + 1\n"
NAME = "<baltic_security generated structure tests.Example>"


@pytest.fixture(autouse=True)
def private_prefix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own bytecode prefix, so the package's real cache is never touched."""
    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path / "pycache"))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return tmp_path / "pycache"


def _run(code: types.CodeType) -> object:
    namespace: dict[str, object] = {}
    exec(code, namespace)  # noqa: S102  # the test's own source
    return namespace["f"](1)  # type: ignore[operator]


def test_an_entry_lives_under_the_bytecode_prefix_and_is_read_back(private_prefix: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = Path(_codecache.cache_path(NAME))
    assert private_prefix in path.parents
    assert sys.implementation.cache_tag in path.name
    first = _codecache.compiled(SOURCE, NAME)
    assert path.exists()
    monkeypatch.setattr(_codecache, "compile", lambda *_: pytest.fail("compiled again"), raising=False)
    second = _codecache.compiled(SOURCE, NAME)
    assert second.co_code == first.co_code
    assert _run(second) == 2


def test_an_entry_for_other_source_is_never_run_and_is_replaced() -> None:
    _codecache.compiled("def f(x):\n    return x - 1\n", NAME)
    assert _run(_codecache.compiled(SOURCE, NAME)) == 2
    assert _codecache._read(_codecache.cache_path(NAME), SOURCE, NAME) is not None


def test_an_entry_for_another_file_name_is_not_taken() -> None:
    path = Path(_codecache.cache_path(NAME))
    path.parent.mkdir(parents=True)
    path.write_bytes(importlib.util.MAGIC_NUMBER + marshal.dumps((SOURCE, compile(SOURCE, "<elsewhere>", "exec"))))
    assert _codecache.compiled(SOURCE, NAME).co_filename == NAME


@given(damage=st.one_of(st.binary(max_size=64), st.binary(max_size=64).map(lambda b: importlib.util.MAGIC_NUMBER + b)))
def test_a_damaged_entry_is_passed_over(damage: bytes) -> None:
    path = Path(_codecache.cache_path(NAME))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(damage)
    assert _run(_codecache.compiled(SOURCE, NAME)) == 2


def test_a_truncated_entry_is_passed_over() -> None:
    _codecache.compiled(SOURCE, NAME)
    path = Path(_codecache.cache_path(NAME))
    whole = path.read_bytes()
    for cut in (len(importlib.util.MAGIC_NUMBER), len(whole) // 2, len(whole) - 1):
        path.write_bytes(whole[:cut])
        assert _run(_codecache.compiled(SOURCE, NAME)) == 2


def test_nothing_is_written_when_bytecode_is_not_written(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert _run(_codecache.compiled(SOURCE, NAME)) == 2
    assert not Path(_codecache.cache_path(NAME)).exists()


def test_a_directory_that_cannot_be_written_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setattr(sys, "pycache_prefix", str(blocker))
    assert _run(_codecache.compiled(SOURCE, NAME)) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["a-file"]  # no temporary file left behind


def test_a_load_with_a_cold_cache_and_a_warm_one_builds_the_same_records(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import json, baltic_security as bs
        ds = bs.dataset()
        print(json.dumps([repr(r) for r in (*ds.commitments(), *ds.exercises(), *ds.deployments(), *ds.sources())]))
        """
    )
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(tmp_path / "prefix")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    runs = [subprocess.run([sys.executable, "-c", script], env=env, check=True, capture_output=True, text=True) for _ in range(2)]
    assert list((tmp_path / "prefix").rglob("*generated_structure*"))  # the first run wrote the entries the second read
    assert json.loads(runs[0].stdout) == json.loads(runs[1].stdout)
