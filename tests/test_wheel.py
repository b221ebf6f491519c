"""The built wheel, installed into a fresh environment, answers from outside the source tree."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)], check=True, capture_output=True)
    (found,) = out.glob("baltic_security-*.whl")
    return found


def test_wheel_carries_data_and_types(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "baltic_security/py.typed" in names
    assert "baltic_security/data/dataset.json" in names
    data = [n for n in names if n.startswith("baltic_security/data/") and n.endswith(".json")]
    assert len(data) >= 8
    assert not any(n.startswith("baltic_security/") and n.endswith(".txt") for n in names), "source texts must not ship"


def test_imports_from_the_zip_itself(wheel: Path, tmp_path: Path) -> None:
    # importlib.resources must read the data from inside the zip, not from a path.
    env = {**os.environ, "PYTHONPATH": str(wheel)}
    code = "import baltic_security as bs; import sys; assert '.whl' in bs.__file__; print(len(bs.commitments(by='Estonia')))"
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 0


def test_fresh_virtualenv(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / ("Scripts" if os.name == "nt" else "bin") / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True, capture_output=True)
    script = venv / ("Scripts" if os.name == "nt" else "bin") / "baltic-security"
    done = subprocess.run(
        [str(script), "commitments", "--by", "Estonia", "--domain", "undersea", "--format", "jsonl"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "bdc-communique-2025-01-23" in done.stdout
    version = subprocess.run(
        [str(python), "-c", "import baltic_security as bs; print(bs.__version__, bs.dataset().version)"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert version.stdout.split()[0] == "0.1.0"
