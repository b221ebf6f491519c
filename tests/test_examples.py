"""The scripts in examples/: each runs in a subprocess in a temporary folder, and the backend answers like the library.

Each script and each how-to page states the line that installs what it needs;
the slow tests build a virtual environment from exactly that line (with this
project's wheel for ``baltic-security``) and run the script, or the page's
examples, in it. The environments are kept between runs in
``$BALTIC_SECURITY_VENVS`` (default ``build/example-venvs``), one per
install line, rebuilt when the line, the project's dependencies, the Python
version or the month changes; the project itself is reinstalled each run.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings

import baltic_security as bs
from baltic_security.testing import datasets

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
HOWTOS = ROOT / "docs" / "howto"
PNG = b"\x89PNG\r\n\x1a\n"

#: Each script, the modules it needs beyond the library, and the files it writes into its output folder.
SCRIPTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "quickstart.py": ((), ("answer.json",)),
    "backend_fastapi.py": (("fastapi", "httpx2"), ("openapi.json",)),
    "analysis_pandas.py": (("pandas",), ("commitments_by_domain.csv",)),
    "timeline_plot.py": (("matplotlib",), ("timeline.png",)),
    "deployments_map.py": (("matplotlib",), ("deployments-map.png",)),
}


def test_every_example_is_tested() -> None:
    assert sorted(p.name for p in EXAMPLES.glob("*.py")) == sorted(SCRIPTS)


def _run(script: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-W", "error", str(EXAMPLES / script), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        env={**os.environ, "MPLBACKEND": "Agg", "PYTHONIOENCODING": "utf-8"},
    )


@pytest.mark.slow
@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_example_runs_and_writes_its_output(script: str, tmp_path: Path) -> None:
    needs, _ = SCRIPTS[script]
    for module in needs:
        pytest.importorskip(module)
    result = _run(script, str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip(), "an example says what it found"
    _check_outputs(script, tmp_path)


def _check_outputs(script: str, folder: Path) -> None:
    for name in SCRIPTS[script][1]:
        written = folder / "out" / name
        assert written.is_file(), name
        if name.endswith(".png"):
            data = written.read_bytes()
            assert data.startswith(PNG)
            assert len(data) > 20_000, "a picture with something drawn on it"
    # Nothing is written anywhere but the output folder.
    assert sorted(p.name for p in folder.iterdir()) == ["out"]


# ------------------------------------------------------------------ install lines

_EXAMPLE_LINE = re.compile(r"\A# Install with: (pip install .+)\n")
_PAGE_LINE = re.compile(r"^```console\n\$ (pip install .+)\n```$", re.MULTILINE)


def example_line(script: Path) -> str:
    found = _EXAMPLE_LINE.match(script.read_text(encoding="utf-8"))
    assert found, f"{script.name} starts with '# Install with: pip install ...'"
    return found[1]


def page_line(page: Path) -> str:
    found = _PAGE_LINE.findall(page.read_text(encoding="utf-8"))
    assert found, f"{page.name} shows the pip install line that runs its examples"
    return str(found[0])


def requirements(line: str) -> list[str]:
    """What an install line asks pip for; options are not allowed, so that the line is all there is."""
    words = shlex.split(line)
    assert words[:2] == ["pip", "install"], line
    assert not any(w.startswith("-") for w in words[2:]), line
    assert any(re.fullmatch(r"baltic-security(\[[\w,]+\])?", w) for w in words[2:]), f"{line} installs the library"
    return words[2:]


PAGES = sorted(HOWTOS.glob("*.md"))


def test_every_example_and_how_to_states_its_install_line() -> None:
    lines = {p.name: example_line(p) for p in sorted(EXAMPLES.glob("*.py"))} | {p.name: page_line(p) for p in PAGES}
    for line in lines.values():
        requirements(line)
    # Each extra named is one the project declares.
    extras = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"])
    named = {e for line in lines.values() for e in re.findall(r"baltic-security\[([\w,]+)\]", line) for e in e.split(",")}
    assert named <= extras
    # A page that points to an example needs what the example needs.
    assert lines["backend.md"] == lines["backend_fastapi.py"]
    assert lines["plots.md"] == lines["timeline_plot.py"] == lines["deployments_map.py"]


def _python(venv: Path) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin") / "python"


def _pip(python: Path, *args: str) -> None:
    done = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *args], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


def _project_requirements() -> Any:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [project["dependencies"], project.get("optional-dependencies", {})]


@pytest.fixture(scope="session")
def project_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    (found,) = out.glob("baltic_security-*.whl")
    return found


@pytest.fixture(scope="session")
def venv_for(project_wheel: Path) -> Callable[[str], Path]:
    """The Python of a virtual environment built from an install line, with this project's wheel as ``baltic-security``."""
    cache = Path(os.environ.get("BALTIC_SECURITY_VENVS", ROOT / "build" / "example-venvs"))
    ready: dict[str, Path] = {}

    def build(line: str) -> Path:
        if line in ready:
            return ready[line]
        wanted = requirements(line)
        month = _dt.datetime.now(tz=_dt.UTC).strftime("%Y-%m")  # new releases of what the line names are picked up monthly
        key = json.dumps([wanted, _project_requirements(), sys.version, sys.platform, month])
        slug = re.sub(r"[^a-z0-9]+", "-", line.lower()).strip("-")
        venv = cache / f"{slug}-{hashlib.sha256(key.encode()).hexdigest()[:12]}"
        python = _python(venv)
        if not python.exists():
            partial = venv.with_name(venv.name + ".partial")
            shutil.rmtree(partial, ignore_errors=True)
            subprocess.run([sys.executable, "-m", "venv", str(partial)], check=True, capture_output=True)
            # The line as written, with this project's wheel standing for baltic-security (and its extras).
            args = [re.sub(r"^baltic-security", str(project_wheel), w) for w in wanted]
            _pip(_python(partial), *args)
            partial.rename(venv)  # venvs use absolute paths: build under a name, then rename into place
            for stale in cache.iterdir():  # older environments for the same line
                if stale != venv and re.fullmatch(re.escape(slug) + r"-[0-9a-f]{12}", stale.name):
                    shutil.rmtree(stale, ignore_errors=True)
        _pip(python, "--no-deps", "--force-reinstall", str(project_wheel))  # this run's code, same dependencies
        ready[line] = python
        return python

    return build


def _isolated_env() -> dict[str, str]:
    # The environment's own packages only: no source tree on the path, no user site.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    return {**env, "PYTHONNOUSERSITE": "1", "MPLBACKEND": "Agg", "PYTHONIOENCODING": "utf-8"}


@pytest.mark.slow
@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_example_runs_in_an_environment_built_from_its_install_line(script: str, venv_for: Callable[[str], Path], tmp_path: Path) -> None:
    python = venv_for(example_line(EXAMPLES / script))
    where = subprocess.run(
        [str(python), "-c", "import baltic_security; print(baltic_security.__file__)"],
        cwd=tmp_path, env=_isolated_env(), capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert Path(where.stdout.strip()).is_relative_to(python.parents[1]), "the library comes from the environment"
    result = subprocess.run(
        [str(python), "-W", "error", str(EXAMPLES / script), str(tmp_path / "out")],
        cwd=tmp_path, env=_isolated_env(), capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    _check_outputs(script, tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_how_to_examples_run_in_an_environment_built_from_its_install_line(
    page: Path, venv_for: Callable[[str], Path], tmp_path: Path
) -> None:
    python = venv_for(page_line(page))
    result = subprocess.run(
        [str(python), "-m", "doctest", "-o", "ELLIPSIS", "-o", "NORMALIZE_WHITESPACE", str(page)],
        cwd=tmp_path, env=_isolated_env(), capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_quickstart_answers_the_tutorials_question(tmp_path: Path) -> None:
    result = _run("quickstart.py", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "paragraph 20 (point 14)" in result.stdout
    assert "graded A1" in result.stdout
    # Without an argument it writes into the current folder, and what it writes loads back.
    answer = json.loads((tmp_path / "answer.json").read_text(encoding="utf-8"))
    assert answer == _json(bs.commitments(by="Estonia", domain="undersea"))


# ------------------------------------------------------------------ the FastAPI backend


@pytest.fixture(scope="module")
def backend(load_script: Callable[[Path], ModuleType]) -> ModuleType:
    pytest.importorskip("fastapi")
    pytest.importorskip("httpx2")
    return load_script(EXAMPLES / "backend_fastapi.py")


@pytest.fixture(scope="module")
def client(backend: ModuleType) -> Any:
    from fastapi.testclient import TestClient

    return TestClient(backend.app)


def _json(records: tuple[Any, ...]) -> list[dict[str, Any]]:
    # What the library's converter gives, through a JSON round trip as a client sees it.
    data: list[dict[str, Any]] = json.loads(json.dumps([bs.unstructure(r) for r in records]))
    return data


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/commitments", bs.commitments),
        ("/commitments?by=Estonia&domain=undersea", lambda: bs.commitments(by="Estonia", domain="undersea")),
        ("/commitments?by=EE&domain=subsea&collective=true", lambda: bs.commitments(by="EE", domain="subsea", collective=True)),
        (
            "/commitments?domain=spending&since=2025&min_confidence=A1",
            lambda: bs.commitments(domain="spending", since=2025, min_confidence="A1"),
        ),
        ("/commitments?kind=target&status=proposed", lambda: bs.commitments(kind="target", status="proposed")),
        ("/commitments?min_confidence=2&until=2023-12-31", lambda: bs.commitments(min_confidence=2, until="2023-12-31")),
        ("/exercises?participant=Germany&year=2025", lambda: bs.exercises(participant="Germany", year=2025)),
        ("/exercises?text=baltops&since=June%202025", lambda: bs.exercises(text="baltops", since="June 2025")),
        ("/deployments?host=Lithuania&status=planned", lambda: bs.deployments(host="Lithuania", status="planned")),
        ("/deployments?contributor=DEU&active_on=2026", lambda: bs.deployments(contributor="DEU", active_on=2026)),
        ("/deployments?source=bdc-communique-2025-01-23", lambda: bs.deployments(source="bdc-communique-2025-01-23")),
    ],
)
def test_backend_filters_answer_like_the_library(client: Any, url: str, expected: Any) -> None:
    response = client.get(url)
    assert response.status_code == 200, response.text
    assert response.json() == _json(expected())


def test_backend_finds_something_for_the_tutorials_question(client: Any) -> None:
    body = client.get("/commitments", params={"by": "Estonia", "domain": "undersea"}).json()
    assert [c["evidence"][0]["paragraph"] for c in body] == [21, 20]  # points 15 and 14 of the communiqué


def test_backend_gets_a_record_by_id(client: Any) -> None:
    response = client.get("/records/bdc-2025-spending-3pct-gdp")
    assert response.status_code == 200
    body = response.json()
    assert body.pop("type") == "Commitment"
    assert body == _json((bs.get("bdc-2025-spending-3pct-gdp"),))[0]


def test_backend_unknown_id_is_404_with_suggestions(client: Any) -> None:
    response = client.get("/records/estonai")
    assert response.status_code == 404
    assert response.json() == {"detail": "no record with id 'estonai'; did you mean 'estonia'?", "did_you_mean": ["estonia"]}


@pytest.mark.parametrize(
    ("url", "suggestion"),
    [
        ("/commitments?by=Estonai", "Estonia"),
        ("/commitments?domain=undersee", "undersea"),
        ("/deployments?status=planed", "planned"),
        ("/exercises?participant=Germny", "Germany"),
    ],
)
def test_backend_bad_filter_is_422_naming_the_valid_value(client: Any, url: str, suggestion: str) -> None:
    response = client.get(url)
    assert response.status_code == 422
    assert suggestion in response.json()["did_you_mean"]


def test_backend_bad_date_is_422(client: Any) -> None:
    response = client.get("/commitments", params={"since": "last spring"})
    assert response.status_code == 422
    assert "last spring" in response.json()["detail"]


@settings(max_examples=15)
@given(ds=datasets(max_facts=3))
def test_backend_serves_every_record_of_any_dataset(backend: ModuleType, ds: bs.Dataset) -> None:
    from fastapi.testclient import TestClient

    client = TestClient(backend.create_app(ds))
    for record in ds:
        body = client.get(f"/records/{record.id}").json()
        assert body.pop("type") == type(record).__name__
        assert body == _json((record,))[0]
    assert client.get("/commitments").json() == _json(ds.commitments())
