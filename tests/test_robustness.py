"""Hostile and malformed input: every case ends in the package's error with a path, or loads correctly."""

from __future__ import annotations

import copy
import json
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import baltic_security as bs
from baltic_security import testing
from baltic_security.export import to_data, write_json

SOURCE = {
    "id": "s",
    "title": "t",
    "kind": "other",
    "published": "2025",
    "reliability": "F",
    "reliability_note": "n",
    "sha256": "a" * 64,
    "paragraphs": 2,
}
ALLY = {
    "id": "a",
    "name": "A",
    "official_name": "Republic of A",
    "iso2": "AA",
    "iso3": "AAA",
    "iso_numeric": "999",
    "joined_nato": "2000-01-01",
}


def fact(**changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": "f",
        "summary": "s",
        "contributors": ["a"],
        "evidence": [{"source": "s", "paragraph": 1, "credibility": 3}],
    }
    record.update(changes)
    return record


def nested(depth: int) -> Any:
    value: Any = "a"
    for _ in range(depth):
        value = [value]
    return value


# Each hostile input: name -> (file bytes, JSON path of the problem, words of the message).
HOSTILE: dict[str, tuple[bytes, str, str]] = {
    "empty file": (b"", "$", "expected JSON"),
    "top-level null": (b"null", "$", "expected a JSON object"),
    "top-level string": (b'"allies"', "$", "expected a JSON object"),
    "record is a string": (json.dumps({"deployments": ["f"]}).encode(), "$.deployments[0]", "expected an object"),
    "array nested 100000 deep": (b"[" * 100_000 + b"]" * 100_000, "$", "nest"),
    "object nested 100000 deep": (b'{"a":' * 100_000 + b"1" + b"}" * 100_000, "$", "nest"),
    "field nested deeper than the model": (
        json.dumps({"allies": [ALLY], "sources": [SOURCE], "deployments": [fact(hosts=nested(500))]}).encode(),
        "$.deployments[0].hosts[0]",
        "expected",
    ),
    "integer literal of 5000 digits": (b'{"allies": [{"id": ' + b"7" * 5000 + b"}]}", "$", "number"),
    "absurd paragraph number": (
        json.dumps(
            {
                "allies": [ALLY],
                "sources": [SOURCE],
                "deployments": [fact(evidence=[{"source": "s", "paragraph": 10**30, "credibility": 3}])],
            }
        ).encode(),
        "$.deployments[0].evidence[0].paragraph",
        "1 to 2",
    ),
    "float overflowing to infinity": (
        json.dumps({"allies": [ALLY], "sources": [SOURCE]}).encode()[:-1]
        + b', "deployments": [{"id": "f", "summary": "s", "size": {"value": 1e400, "unit": "troops"}, '
        b'"evidence": [{"source": "s", "paragraph": 1, "credibility": 3}]}]}',
        "$.deployments[0].size.value",
        "finite",
    ),
    "negative size": (
        json.dumps({"allies": [ALLY], "sources": [SOURCE], "deployments": [fact(size={"value": -5, "unit": "troops"})]}).encode(),
        "$.deployments[0].size.value",
        ">= 0",
    ),
    "NaN": (b'{"deployments": [{"size": {"value": NaN}}]}', "$", "NaN"),
    "Infinity": (b'{"deployments": [{"size": {"value": Infinity}}]}', "$", "Infinity"),
    "-Infinity": (b'{"deployments": [{"size": {"value": -Infinity}}]}', "$", "Infinity"),
    "duplicate keys in a nested object": (b'{"allies": [{"id": "a", "id": "b"}]}', "$", "'id' twice"),
    "Latin-1 bytes": ('{"allies": [{"name": "Dānija"}]}'.encode("latin-1", errors="replace") + b"\xe9", "$", "expected UTF-8"),
    "UTF-16 file": ('{"allies": []}'.encode("utf-16"), "$", "expected UTF-8"),
    "boolean where an integer belongs": (
        json.dumps(
            {"allies": [ALLY], "sources": [SOURCE], "deployments": [fact(evidence=[{"source": "s", "paragraph": True, "credibility": 3}])]}
        ).encode(),
        "$.deployments[0].evidence[0].paragraph",
        "expected an integer",
    ),
    "string of digits where an integer belongs": (
        json.dumps(
            {"allies": [ALLY], "sources": [SOURCE], "deployments": [fact(evidence=[{"source": "s", "paragraph": "1", "credibility": 3}])]}
        ).encode(),
        "$.deployments[0].evidence[0].paragraph",
        "expected an integer",
    ),
    "reference to a record of the wrong type": (
        json.dumps({"allies": [ALLY], "sources": [SOURCE], "deployments": [fact(hosts=["s"])]}).encode(),
        "$.deployments[0].hosts[0]",
        "it is a SourceDocument",
    ),
    "unpaired surrogate escape": (b'{"allies": [{"id": "a", "name": "A\\ud800"}]}', "$.allies[0].name", "surrogate"),
    "id that is not a slug": (json.dumps({"allies": [dict(ALLY, id="../../etc/passwd")]}).encode(), "$.allies[0].id", "slug"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input(tmp_path: Path, name: str) -> None:
    raw, path, words = HOSTILE[name]
    file = tmp_path / "hostile.json"
    file.write_bytes(raw)
    with pytest.raises(bs.DataError) as info:
        bs.load(file)
    problems = info.value.problems
    assert all(p.file == str(file) for p in problems)
    assert any(p.path == path and words in p.message for p in problems), [str(p) for p in problems]


def test_paired_surrogate_escapes_are_text(tmp_path: Path) -> None:
    file = tmp_path / "emoji.json"
    file.write_text(json.dumps({"allies": [dict(ALLY, name="A \U0001f600")]}), encoding="utf-8")  # written as \ud83d\ude00
    assert "\\ud83d" in file.read_text(encoding="utf-8")
    assert bs.load(file).get("a", bs.Ally).name == "A \U0001f600"


def test_missing_file_in_manifest(tmp_path: Path) -> None:
    (tmp_path / "dataset.json").write_text('{"files": ["gone.json"]}', encoding="utf-8")
    with pytest.raises(bs.DataError, match=r"gone\.json"):
        bs.load(tmp_path)


def test_manifest_with_unknown_key(tmp_path: Path) -> None:
    (tmp_path / "dataset.json").write_text('{"files": [], "exec": "rm -rf /"}', encoding="utf-8")
    with pytest.raises(bs.DataError, match="manifest"):
        bs.load(tmp_path)


# ------------------------------------------------------------ fuzzing


def _load_or_our_error(file: Path, data: Any) -> bs.Dataset | None:
    """Write ``data`` as JSON and load it: a dataset, or None after a DataError that points into this file."""
    file.write_text(json.dumps(data), encoding="utf-8")
    try:
        return bs.load(file)
    except bs.DataError as exc:
        assert exc.problems
        assert all(p.file == str(file) and p.path.startswith("$") for p in exc.problems)
        return None


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.one_of(
        JSON_VALUES,
        st.dictionaries(
            st.sampled_from(["allies", "actors", "sources", "commitments", "exercises", "deployments", "conflicts"]), JSON_VALUES
        ),
    )
)
def test_arbitrary_json_loads_or_raises_our_error(tmp_path: Path, data: Any) -> None:
    assert isinstance(_load_or_our_error(tmp_path / "fuzz.json", data), bs.Dataset | None)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*prefix, index))
    return found


@st.composite
def mutated_files(draw: st.DrawFn) -> tuple[dict[str, Any], str]:
    data = to_data(draw(testing.datasets(max_facts=3)))
    paths = [p for p in _paths(data) if p]
    target = draw(st.sampled_from(paths))
    mutation = draw(st.sampled_from(["replace", "delete", "add key", "duplicate"]))
    parent: Any = data
    for step in target[:-1]:
        parent = parent[step]
    last = target[-1]
    if mutation == "replace":
        parent[last] = draw(JSON_VALUES)
    elif mutation == "delete":
        del parent[last]
    elif mutation == "add key" and isinstance(parent[last], dict):
        parent[last][draw(st.text(max_size=6))] = draw(JSON_VALUES)
    elif mutation == "duplicate" and isinstance(parent, list):
        parent.append(copy.deepcopy(parent[last]))
    return data, mutation


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutated_files())
def test_mutated_valid_files_load_correctly_or_raise_our_error(tmp_path: Path, case: tuple[dict[str, Any], str]) -> None:
    data, _ = case
    loaded = _load_or_our_error(tmp_path / "mutated.json", data)
    if loaded is not None:
        # Whatever loaded is valid and survives its own round trip.
        again = tmp_path / "again.json"
        write_json(loaded, again)
        assert list(bs.load(again)) == list(loaded)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(testing.datasets())
def test_generated_datasets_round_trip_through_export(tmp_path: Path, ds: bs.Dataset) -> None:
    file = write_json(ds, tmp_path / "export.json")
    loaded = bs.load(file)
    assert list(loaded) == list(ds)
    assert all(loaded.get(r.id) == r for r in ds)


# ------------------------------------------------------------ concurrency


def test_threads_loading_querying_and_exporting_agree(tmp_path: Path) -> None:
    source = write_json(bs.dataset(), tmp_path / "all.json")
    expected = (bs.commitments(by="EE", domain="undersea"), bs.deployments(host="Lithuania"), source.read_bytes())
    errors: list[BaseException] = []
    results: list[tuple[Any, ...]] = []
    barrier = threading.Barrier(8)

    def worker(n: int) -> None:
        try:
            barrier.wait()
            ds = bs.load(source)
            out = write_json(ds, tmp_path / f"out-{n}.json")
            results.append((ds.commitments(by="EE", domain="undersea"), ds.deployments(host="Lithuania"), out.read_bytes()))
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(results) == 8
    assert all(r == expected for r in results)


def test_callers_cannot_mutate_the_dataset() -> None:
    ds = bs.dataset()
    record = ds.commitments()[0]
    with pytest.raises(AttributeError):
        record.parties.append("narnia")  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        ds._by_id["x"] = record  # type: ignore[index]
    assert "narnia" not in ds.commitments()[0].parties
