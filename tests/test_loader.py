from __future__ import annotations

import gc
import json
import os
import tempfile
import threading
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import baltic_security as bs
from baltic_security import loader
from baltic_security._dataset import RECORD_TYPES

SOURCE = {
    "id": "my-source",
    "title": "A test document",
    "kind": "statement",
    "published": "2025-06",
    "reliability": "C",
    "reliability_note": "Made for the tests.",
    "sha256": "0" * 64,
    "paragraphs": 3,
}


def commitment(**changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": "my-pledge",
        "summary": "Estonia undertakes to patrol cables.",
        "parties": ["estonia"],
        "domains": ["undersea"],
        "kind": "pledge",
        "evidence": [{"source": "my-source", "paragraph": 2, "credibility": 2}],
    }
    record.update(changes)
    return record


def write(tmp_path: Path, data: Any, name: str = "mine.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def problems_of(path: Path, **kwargs: Any) -> list[bs.Problem]:
    with pytest.raises(bs.DataError) as info:
        bs.load(path, **kwargs)
    assert str(path) in str(info.value)
    return list(info.value.problems)


def test_merge_with_base(tmp_path: Path) -> None:
    path = write(tmp_path, {"sources": [SOURCE], "commitments": [commitment()]})
    merged = bs.load(path, base=bs.dataset())
    assert merged.get("my-pledge", bs.Commitment).parties == ("estonia",)
    assert merged.commitments(by="EE", domain="undersea", source="my-source")[0].id == "my-pledge"
    assert merged.version == bs.dataset().version
    assert "my-pledge" not in bs.dataset()


_BASE_ID = "bdc-2025-spending-3pct-gdp"  # a commitment of the bundled dataset
_merge_files = st.fixed_dictionaries(
    {
        "sources": st.just([SOURCE]),
        "actors": st.lists(
            st.fixed_dictionaries(
                {
                    "id": st.sampled_from(["testland", "estonia"]),
                    "name": st.sampled_from(["Testland", "Estonia", "EST", "Nato"]),
                    "kind": st.just("organisation"),
                }
            ),
            max_size=2,
        ),
        "commitments": st.lists(
            st.builds(
                commitment,
                id=st.sampled_from(["my-a", "my-b", "my-c", _BASE_ID]),
                parties=st.lists(st.sampled_from(["estonia", "latvia", "testland", "nowhere"]), min_size=1, max_size=2, unique=True),
                domains=st.lists(st.sampled_from(["undersea", "air", "land"]), min_size=1, max_size=2, unique=True),
                made_on=st.sampled_from(["2019", "2025-06", "2025-06-03", "2031"]),
            ),
            max_size=4,
        ),
    }
)


def _messages(exc: bs.DataError) -> list[str]:
    # Where a record was read from differs (a file, or Python objects); what is wrong must not.
    return [p.message.split("; first defined at")[0] for p in exc.problems]


@given(_merge_files)
def test_a_merge_is_the_dataset_of_both(data: dict[str, Any]) -> None:
    # A merge checks only the added records and keeps the base's indexes where it can: it must
    # accept, refuse and answer exactly as one dataset built of every record at once.
    base = bs.dataset()
    with tempfile.TemporaryDirectory() as tmp:
        path = write(Path(tmp), data)
        try:
            merged: bs.Dataset | None = bs.load(path, base=base)
        except bs.DataError as exc:
            merged, merged_problems = None, _messages(exc)
    groups = {key: [*base.records(cls), *(bs.structure(item, cls) for item in data.get(key, ()))] for key, cls in RECORD_TYPES.items()}
    try:
        whole = bs.Dataset(
            allies=groups["allies"], actors=groups["actors"], sources=groups["sources"], commitments=groups["commitments"],
            exercises=groups["exercises"], deployments=groups["deployments"], conflicts=groups["conflicts"], version=base.version,
        )  # fmt: skip
    except bs.DataError as exc:
        assert merged is None
        assert sorted(merged_problems) == sorted(_messages(exc))
        return
    assert merged is not None
    assert list(merged) == list(whole)
    assert repr(merged) == repr(whole)
    queries: list[dict[str, Any]] = [
        {"by": "Estonia"},
        {"domain": "undersea"},
        {"since": "2025", "until": "2025-12"},
        {"by": "EE", "domain": "air"},
    ]
    for query in queries:
        assert merged.commitments(**query) == whole.commitments(**query)
    if "testland" in whole:
        assert merged.commitments(by="Testland") == whole.commitments(by="Testland")
        assert merged.party("Testland") == whole.party("Testland")


# Each bad file: (name, content, expected path, words the message must hold).
BAD_FILES: list[tuple[str, Any, str, str]] = [
    ("wrong type", {"sources": [SOURCE], "commitments": [commitment(parties="estonia")]}, "$.commitments[0].parties", "expected an array"),
    ("unknown key", {"sources": [SOURCE], "commitments": [commitment(colour="red")]}, "$.commitments[0].colour", "unknown key 'colour'"),
    (
        "bad date",
        {"sources": [SOURCE], "commitments": [commitment(made_on="23/01/2025")]},
        "$.commitments[0].made_on",
        "expected an ISO date",
    ),
    (
        "dangling reference",
        {"sources": [SOURCE], "commitments": [commitment(parties=["estonai"])]},
        "$.commitments[0].parties[0]",
        "did you mean 'estonia'",
    ),
    ("duplicate id", {"sources": [SOURCE], "commitments": [commitment(), commitment()]}, "$.commitments[1].id", "duplicate id 'my-pledge'"),
    (
        "missing paragraph",
        {"sources": [SOURCE], "commitments": [commitment(evidence=[{"source": "my-source", "paragraph": 9, "credibility": 2}])]},
        "$.commitments[0].evidence[0].paragraph",
        "1 to 3",
    ),
    ("unknown top-level key", {"sources": [SOURCE], "facts": []}, "$.facts", "unknown key"),
    (
        "not an object",
        [SOURCE],
        "$",
        "expected a JSON object with keys allies, actors, sources, commitments, exercises, deployments, conflicts, found an array",
    ),
    ("records not in an array", {"sources": SOURCE}, "$.sources", "expected an array of SourceDocument records, found an object"),
]


@pytest.mark.parametrize(("name", "content", "path", "words"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_files_name_file_record_and_path(tmp_path: Path, name: str, content: Any, path: str, words: str) -> None:
    found = problems_of(write(tmp_path, content), base=bs.dataset())
    assert any(p.path == path and words in p.message for p in found), found


@pytest.mark.parametrize(
    ("name", "raw", "words"),
    [
        ("not JSON", b'{"commitments": [', "expected JSON"),
        ("not UTF-8", b'{"sources": [{"id": "caf\xe9"}]}', "expected UTF-8"),
        ("NaN", b'{"commitments": [{"x": NaN}]}', "NaN"),
        ("duplicate keys", b'{"sources": [], "sources": []}', "'sources' twice"),
        ("deep nesting", b"[" * 100_000 + b"]" * 100_000, "nest"),
        ("huge integer", b'{"commitments": [{"x": ' + b"9" * 5000 + b"}]}", "number"),
    ],
)
def test_malformed_bytes(tmp_path: Path, name: str, raw: bytes, words: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(raw)
    (problem,) = problems_of(path)
    assert words in problem.message


def test_record_named_by_id_in_message(tmp_path: Path) -> None:
    found = problems_of(write(tmp_path, {"sources": [SOURCE], "commitments": [commitment(kind="promise")]}), base=bs.dataset())
    assert found[0].path == "$.commitments[0].kind"
    assert "(record 'my-pledge')" in found[0].message


def test_merge_lists_every_collision_and_dangling_reference(tmp_path: Path) -> None:
    data = {
        "sources": [SOURCE],
        "commitments": [
            commitment(id="estonia"),
            commitment(id="bdc-2025-spending-3pct-gdp"),
            commitment(id="x-1", parties=["narnia"]),
            commitment(id="x-2", beneficiary="atlantis"),
        ],
    }
    found = problems_of(write(tmp_path, data), base=bs.dataset())
    messages = "\n".join(str(p) for p in found)
    assert len(found) == 4, messages
    assert "duplicate id 'estonia'" in messages
    assert "duplicate id 'bdc-2025-spending-3pct-gdp'" in messages
    assert "'narnia'" in messages
    assert "'atlantis'" in messages


def test_standalone_file_cannot_see_the_bundled_allies(tmp_path: Path) -> None:
    found = problems_of(write(tmp_path, {"sources": [SOURCE], "commitments": [commitment()]}))
    assert [p.path for p in found] == ["$.commitments[0].parties[0]"]


def test_failure_leaves_earlier_data_untouched(tmp_path: Path) -> None:
    before = list(bs.dataset())
    good = bs.load(write(tmp_path, {"sources": [SOURCE], "commitments": [commitment()]}, "good.json"), base=bs.dataset())
    good_before = list(good)
    bad = write(tmp_path, {"commitments": [commitment(id="y", parties=["nowhere"])]}, "bad.json")
    with pytest.raises(bs.DataError):
        bs.load(bad, base=good)
    assert list(bs.dataset()) == before
    assert list(good) == good_before


def test_folder_reads_every_json_file(tmp_path: Path) -> None:
    write(tmp_path, {"sources": [SOURCE]}, "a.json")
    write(tmp_path, {"commitments": [commitment()]}, "b.json")
    merged = bs.load(tmp_path, base=bs.dataset())
    assert "my-pledge" in merged


FOLDER_CASES = [
    # (what the folder holds, the files read, what the warning names)
    (["Mine.JSON"], ["Mine.JSON"], []),
    (["a.json", "B.Json", "notes.txt", ".hidden.json", "sub/"], ["B.Json", "a.json"], [".hidden.json", "notes.txt", "sub/"]),
    (["a.json", "README.md", "a.json.bak"], ["a.json"], ["README.md", "a.json.bak"]),
    (["dataset.json", "a.json", "forgotten.json", "notes.txt"], ["a.json"], ["forgotten.json"]),
]


def _fill(folder: Path, names: list[str]) -> dict[str, str]:
    """Write each name into the folder (a source of its own, a subfolder, or a manifest listing a.json); the source ids by name."""
    ids = {}
    for index, name in enumerate(names):
        if name.endswith("/"):
            (folder / name).mkdir()
        elif name == "dataset.json":
            write(folder, {"version": "1", "files": ["a.json"]}, name)
        else:
            ids[name] = f"my-source-{index}"
            write(folder, {"sources": [{**SOURCE, "id": ids[name]}]}, name)
    return ids


def _load_warned(folder: Path) -> tuple[bs.Dataset, list[str]]:
    """The folder loaded, and the names its warning says were not read."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        loaded = bs.load(folder)
    assert len(caught) <= 1
    if not caught:
        return loaded, []
    assert caught[0].category is UserWarning
    message = str(caught[0].message)
    assert message.startswith(f"{folder}: not read: ")
    return loaded, message.removeprefix(f"{folder}: not read: ").split(" (")[0].split(", ")


@pytest.mark.parametrize(("names", "read", "named"), FOLDER_CASES, ids=[" ".join(c[0]) for c in FOLDER_CASES])
def test_folder_reads_json_in_any_case_and_names_what_it_skips(tmp_path: Path, names: list[str], read: list[str], named: list[str]) -> None:
    ids = _fill(tmp_path, names)
    loaded, said = _load_warned(tmp_path)
    assert sorted(s.id for s in loaded.sources()) == sorted(ids[name] for name in read)
    assert said == named


@pytest.mark.parametrize("names", [[], ["README.md", ".hidden.json"], ["sub/"]])
def test_folder_without_dataset_files_is_an_error(tmp_path: Path, names: list[str]) -> None:
    _fill(tmp_path, names)
    (problem,) = problems_of(tmp_path)
    assert problem.message.startswith("expected dataset files (*.json) in this folder")
    for name in names:
        assert repr(name) in problem.message


@given(
    st.lists(
        st.from_regex(r"\.?[a-z]{1,6}\.(json|JSON|Json|jsn|txt|json\.bak)", fullmatch=True), min_size=1, max_size=6, unique_by=str.casefold
    )
)
def test_no_file_in_a_folder_is_skipped_silently(names: list[str]) -> None:
    # Every entry is either read or named: a dataset file is a visible file whose suffix is .json in any case.
    with tempfile.TemporaryDirectory() as folder:
        ids = _fill(Path(folder), names)
        expected = [n for n in names if not n.startswith(".") and n.casefold().endswith(".json")]
        if not expected:
            (problem,) = problems_of(Path(folder))
            assert all(repr(n) in problem.message for n in names)
            return
        loaded, said = _load_warned(Path(folder))
    assert sorted(s.id for s in loaded.sources()) == sorted(ids[n] for n in expected)
    assert sorted(said) == sorted(set(names) - set(expected))


def test_folder_manifest_cannot_point_outside(tmp_path: Path) -> None:
    inner = tmp_path / "inner"
    inner.mkdir()
    write(tmp_path, {"sources": [SOURCE]}, "outside.json")
    for name in ("../outside.json", str(tmp_path / "outside.json")):
        write(inner, {"version": "1", "files": [name]}, "dataset.json")
        (problem,) = problems_of(inner)
        assert problem.path == "$.files"


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_symlink_out_of_folder_is_refused(tmp_path: Path) -> None:
    inner = tmp_path / "inner"
    inner.mkdir()
    target = write(tmp_path, {"sources": [SOURCE]}, "outside.json")
    (inner / "link.json").symlink_to(target)
    (problem,) = problems_of(inner)
    assert "outside" in problem.message


def test_size_limit(tmp_path: Path) -> None:
    path = write(tmp_path, {"sources": [SOURCE]})
    (problem,) = problems_of(path, max_bytes=10)
    assert "at most 10 bytes" in problem.message


def test_concurrent_first_load_happens_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = loader.bundled

    def counting() -> bs.Dataset:
        calls.append(1)
        return real()

    monkeypatch.setattr(loader, "bundled", counting)
    monkeypatch.setattr(bs, "_bundled", None)
    barrier = threading.Barrier(16)
    results: list[bs.Dataset] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            barrier.wait()
            results.append(bs.dataset())
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(calls) == 1
    assert len({id(r) for r in results}) == 1


# ------------------------------------------------------------ what the fast paths must keep


@pytest.mark.parametrize("content", [{"sources": [SOURCE], "commitments": [commitment(kind="promise")]}, {"sources": "x"}, []])
def test_collector_comes_back_after_a_failed_load(tmp_path: Path, content: Any) -> None:
    assert gc.isenabled()
    with pytest.raises(bs.DataError):
        bs.load(write(tmp_path, content))
    assert gc.isenabled()
    bad_json = tmp_path / "bad.json"
    bad_json.write_bytes(b'{"sources": [')
    with pytest.raises(bs.DataError):
        bs.load(bad_json)
    assert gc.isenabled()


def test_collector_left_off_when_the_caller_turned_it_off(tmp_path: Path) -> None:
    path = write(tmp_path, {"sources": [SOURCE], "commitments": [commitment()]})
    gc.disable()
    try:
        bs.load(path, base=bs.dataset())
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_concurrent_loads_leave_the_collector_on(tmp_path: Path) -> None:
    good = write(tmp_path, {"sources": [SOURCE], "commitments": [commitment()]}, "good.json")
    bad = write(tmp_path, {"sources": [SOURCE], "commitments": [commitment(parties=["nowhere"])]}, "bad.json")
    barrier = threading.Barrier(8)
    outcomes: list[str] = []

    def worker(path: Path) -> None:
        barrier.wait()
        try:
            bs.load(path, base=bs.dataset())
            outcomes.append("ok")
        except bs.DataError:
            outcomes.append("error")

    threads = [threading.Thread(target=worker, args=(good if i % 2 else bad,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["error"] * 4 + ["ok"] * 4
    assert gc.isenabled()


KEYS = st.sampled_from(["id", "name", "sources", "value", "a", "ā"])
JSON_TREES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=4),
    lambda c: st.lists(c, max_size=3) | st.dictionaries(KEYS, c, max_size=3),
    max_leaves=10,
)


def _with_duplicate(tree: Any, choice: int) -> tuple[str, str | None]:
    """JSON text of ``tree`` with, in its ``choice``-th object (if any), its first key written twice."""
    objects: list[int] = []

    def encode(value: Any) -> str:
        if isinstance(value, dict):
            objects.append(len(objects))
            mine = len(objects) - 1
            pairs = [f"{json.dumps(k)}: {encode(v)}" for k, v in value.items()]
            if mine == choice and value:
                key = next(iter(value))
                pairs.append(f"{json.dumps(key)}: null")
                duplicated.append(key)
            return "{" + ", ".join(pairs) + "}"
        if isinstance(value, list):
            return "[" + ", ".join(encode(v) for v in value) + "]"
        return json.dumps(value)

    duplicated: list[str] = []
    text = encode(tree)
    return text, duplicated[0] if duplicated else None


@given(JSON_TREES, st.integers(0, 5))
def test_duplicate_keys_are_refused_at_any_depth(tree: Any, choice: int) -> None:
    text, duplicated = _with_duplicate(tree, choice)
    if duplicated is None:
        assert loader.parse_json(text.encode(), "f.json") == tree
        return
    with pytest.raises(bs.DataError) as info:
        loader.parse_json(text.encode(), "f.json")
    (problem,) = info.value.problems
    assert problem.message == f"expected unique keys in each JSON object, found {duplicated!r} twice"


def test_bundled_files_read_through_the_package_loader_are_the_resources() -> None:
    from importlib.resources import files

    read = loader._package_data()
    folder = files("baltic_security").joinpath("data")
    names = json.loads(folder.joinpath("dataset.json").read_bytes())["files"]
    for name in ["dataset.json", *names]:
        assert read(name) == folder.joinpath(name).read_bytes()


def test_size_limit_counts_what_is_read(tmp_path: Path) -> None:
    path = write(tmp_path, {"sources": [SOURCE]})
    size = path.stat().st_size
    assert "my-source" in bs.load(path, max_bytes=size)
    (problem,) = problems_of(path, max_bytes=size - 1)
    assert f"found {size}" in problem.message
    assert "my-source" in bs.load(path, max_bytes=1 << 40)  # a huge limit allocates nothing up front


@pytest.mark.slow
def test_first_answer_imports_only_what_it_needs(modules_after: Callable[[str], set[str]]) -> None:
    # Import cost is the first thing a script pays: these modules load on demand only
    # (cattrs to explain a bad record, pathlib for user files, the rest never at all).
    loaded = modules_after("import baltic_security as bs\nassert bs.commitments(by='Estonia')")
    assert "baltic_security._dataset" in loaded
    assert not loaded & {"cattrs", "pathlib", "importlib.resources", "importlib.metadata", "dateutil"}


# ------------------------------------------------------------ every problem, where it is, and what to write


def test_every_problem_of_every_record_in_one_pass(tmp_path: Path) -> None:
    bad_evidence = [{"source": "Bad Source", "paragraph": 0, "credibility": 1}, {"source": "my-source", "paragraph": 1, "credibility": 9}]
    data = {
        "sources": [SOURCE],
        "commitments": [
            commitment(id="one", summary="cables\u0000Baltic", parties=["estonia", "Latvia"], evidence=bad_evidence),
            commitment(id="two", domains=["undersea", "subsea"], made_on="2025-06", due="2024", sumary="x"),
        ],
    }
    found = {p.path: p.message for p in problems_of(write(tmp_path, data), base=bs.dataset())}
    assert set(found) == {
        "$.commitments[0].summary",
        "$.commitments[0].parties[1]",
        "$.commitments[0].evidence[0].source",
        "$.commitments[0].evidence[0].paragraph",
        "$.commitments[0].evidence[1].credibility",
        "$.commitments[1].domains[1]",
        "$.commitments[1].due",
        "$.commitments[1].sumary",
    }, found
    assert "U+0000 at offset 6" in found["$.commitments[0].summary"]
    assert "'latvia'" in found["$.commitments[0].parties[1]"]
    assert "found undersea again (first at index 0)" in found["$.commitments[1].domains[1]"]
    assert "(see $.commitments[1].made_on)" in found["$.commitments[1].due"]
    assert "did you mean 'summary'" in found["$.commitments[1].sumary"]


EXERCISE = {
    "id": "my-drill",
    "name": "A drill",
    "evidence": [{"source": "my-source", "paragraph": 1, "credibility": 2}],
    "participants": [{"actor": "estonia"}, {"actor": "latvia", "assets": ["a ship"]}, {"actor": "lithuania", "assets": ["a tank"]}],
    "scale": [{"value": 50, "unit": "vessels"}],
}


@pytest.mark.parametrize(
    ("where", "value", "path"),
    [
        (("participants", 2, "assets", 0), "a\ttank", "$.exercises[0].participants[2].assets[0]"),
        (("participants", 1, "assets"), ["a ship", "a ship"], "$.exercises[0].participants[1].assets[1]"),
        (("participants", 1, "actor"), "Latvia", "$.exercises[0].participants[1].actor"),
        (("scale", 0, "unit"), "tanks", "$.exercises[0].scale[0].unit"),
        (("evidence", 0, "paragraph"), 0, "$.exercises[0].evidence[0].paragraph"),
        (("participants",), [{"actor": "estonia"}, {"actor": "estonia"}], "$.exercises[0].participants[1]"),
    ],
)
def test_problems_inside_lists_name_their_index(tmp_path: Path, where: tuple[Any, ...], value: Any, path: str) -> None:
    record = json.loads(json.dumps(EXERCISE))
    target = record
    for step in where[:-1]:
        target = target[step]
    target[where[-1]] = value
    found = problems_of(write(tmp_path, {"sources": [SOURCE], "exercises": [record]}), base=bs.dataset())
    assert [p.path for p in found] == [path], found


@pytest.mark.parametrize(
    ("written", "meant"), [("Finland", "finland"), ("EE", "estonia"), ("Eesti", "estonia"), ("Latvian", "latvia"), ("NATO", "nato")]
)
def test_a_party_written_by_name_is_answered_with_its_id(tmp_path: Path, written: str, meant: str) -> None:
    (problem,) = problems_of(write(tmp_path, {"sources": [SOURCE], "commitments": [commitment(parties=[written])]}), base=bs.dataset())
    assert problem.path == "$.commitments[0].parties[0]"
    assert f"found {written!r}; did you mean {meant!r}?" in problem.message


def test_a_party_the_file_defines_is_suggested_without_a_base(tmp_path: Path) -> None:
    ally = bs.unstructure(bs.get("estonia"))
    data = {"sources": [SOURCE], "commitments": [commitment(parties=["Estonia"])], "allies": [ally]}
    (problem,) = problems_of(write(tmp_path, data))
    assert "did you mean 'estonia'?" in problem.message


def test_no_party_is_guessed_for_an_unknown_name(tmp_path: Path) -> None:
    (problem,) = problems_of(write(tmp_path, {"sources": [SOURCE], "commitments": [commitment(parties=["Narnia"])]}), base=bs.dataset())
    assert "did you mean" not in problem.message


@pytest.mark.parametrize(
    ("changes", "path", "words"),
    [
        ({"kind": "promise"}, "$.commitments[0].kind", "did you mean 'pledge' or 'intent'?"),
        ({"kind": "pledgee"}, "$.commitments[0].kind", "did you mean 'pledge'?"),
        ({"domains": ["undersee"]}, "$.commitments[0].domains[0]", "did you mean 'undersea'?"),
        ({"domains": [" undersea"]}, "$.commitments[0].domains[0]", "(write 'undersea')"),
        ({"domains": ["air  defence"]}, "$.commitments[0].domains[0]", "(write 'air-defence')"),
        ({"id": "My Pledge"}, "$.commitments[0].id", "did you mean 'my-pledge'?"),
        ({"summry": "x"}, "$.commitments[0].summry", "did you mean 'summary'?"),
    ],
)
def test_suggestions_where_the_meaning_is_plain(tmp_path: Path, changes: dict[str, Any], path: str, words: str) -> None:
    found = problems_of(write(tmp_path, {"sources": [SOURCE], "commitments": [commitment(**changes)]}), base=bs.dataset())
    assert [p.path for p in found] == [path]
    assert words in found[0].message
    assert found[0].message.count("'declaration'") <= 1  # the values are listed once, not again as guesses


def test_unknown_value_with_nothing_near_lists_the_values_once(tmp_path: Path) -> None:
    (problem,) = problems_of(write(tmp_path, {"sources": [SOURCE], "commitments": [commitment(kind="banana")]}), base=bs.dataset())
    assert "did you mean" not in problem.message
    assert "expected one of 'pledge', 'target', 'plan', 'intent', 'declaration'" in problem.message


def test_unknown_record_type_suggests_the_nearest(tmp_path: Path) -> None:
    (problem,) = problems_of(write(tmp_path, {"comitments": []}))
    assert problem.path == "$.comitments"
    assert "did you mean 'commitments'?" in problem.message


@pytest.mark.parametrize(
    ("key", "record", "first", "then"),
    [("commitments", commitment(made_on="2025-06-03", due="2025-05"), "made_on", "due")],
)
def test_dates_out_of_order_name_both_paths(tmp_path: Path, key: str, record: dict[str, Any], first: str, then: str) -> None:
    (problem,) = problems_of(write(tmp_path, {"sources": [SOURCE], key: [record]}), base=bs.dataset())
    assert problem.path == f"$.{key}[0].{then}"
    assert f"(see $.{key}[0].{first})" in problem.message


@pytest.mark.parametrize("kind", ["exercises", "deployments"])
def test_an_end_before_its_start_names_both_paths(tmp_path: Path, kind: str) -> None:
    record = {"id": "x", "evidence": [{"source": "my-source", "paragraph": 1, "credibility": 2}], "start": "2025", "end": "2024-12"}
    record.update({"name": "X"} if kind == "exercises" else {"summary": "X"})
    (problem,) = problems_of(write(tmp_path, {"sources": [SOURCE], kind: [record]}), base=bs.dataset())
    assert problem.path == f"$.{kind}[0].end"
    assert f"(see $.{kind}[0].start)" in problem.message
