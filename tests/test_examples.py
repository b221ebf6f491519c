"""The scripts in examples/: each runs in a subprocess in a temporary folder, and the backend answers like the library."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings

import baltic_security as bs
from baltic_security.testing import datasets

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
PNG = b"\x89PNG\r\n\x1a\n"

#: Each script, the modules it needs beyond the library, and the files it writes into its output folder.
SCRIPTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "quickstart.py": ((), ("answer.json",)),
    "backend_fastapi.py": (("fastapi", "httpx"), ("openapi.json",)),
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
    needs, writes = SCRIPTS[script]
    for module in needs:
        pytest.importorskip(module)
    out = tmp_path / "out"
    result = _run(script, str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip(), "an example says what it found"
    for name in writes:
        written = out / name
        assert written.is_file(), name
        if name.endswith(".png"):
            data = written.read_bytes()
            assert data.startswith(PNG)
            assert len(data) > 20_000, "a picture with something drawn on it"
    # Nothing is written anywhere but the output folder.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


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
    pytest.importorskip("httpx")
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
