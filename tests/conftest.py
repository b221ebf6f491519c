"""Shared fixtures and Hypothesis profiles (``HYPOTHESIS_PROFILE=ci|dev|fast``)."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TypeAlias

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=100, deadline=None, print_blob=True, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fast", max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

#: The `run_cli` fixture's function: arguments in; exit code, standard output and standard error out.
RunCli: TypeAlias = Callable[..., tuple[int, str, str]]

#: The source texts the bundled dataset is built from; tests that need them skip without them.
SEEDS = Path(os.environ.get("BALTIC_SECURITY_SEEDS", Path(__file__).resolve().parents[2] / "shared" / "seeds"))


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, bytes]:
    """The seed texts by sha256."""
    if not SEEDS.is_dir():
        pytest.skip(f"source texts not found at {SEEDS}")
    found = {}
    for path in sorted(SEEDS.glob("*.txt")):
        data = path.read_bytes()
        found[hashlib.sha256(data).hexdigest()] = data
    return found


@pytest.fixture(scope="session")
def load_script() -> Callable[[Path], ModuleType]:
    """Import a script that is not in a package (an example, a docs extension, a benchmark) by its path."""

    def load(path: Path) -> ModuleType:
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up by name
        spec.loader.exec_module(module)
        return module

    return load


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> RunCli:
    """Run the command line in this process, as `baltic-security ARGS...` would."""
    from baltic_security.cli import main  # the command line is what these tests exercise

    def run(*args: str) -> tuple[int, str, str]:
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


@pytest.fixture(scope="session")
def modules_after() -> Callable[[str], set[str]]:
    """The modules a fresh interpreter holds after running some code: what an import costs a script."""

    def run(code: str) -> set[str]:
        done = subprocess.run(
            [sys.executable, "-c", f"{code}\nimport sys; print(*sys.modules)"], capture_output=True, text=True, check=True
        )
        return set(done.stdout.split())

    return run
