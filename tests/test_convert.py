from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import baltic_security as bs
from baltic_security import testing
from baltic_security.dataset import RECORD_TYPES


@st.composite
def any_record(draw: st.DrawFn) -> bs.Record:
    ds = draw(testing.datasets(max_facts=3))
    return draw(st.sampled_from(list(ds)))


@given(any_record())
def test_round_trip_every_record_type(record: bs.Record) -> None:
    data = bs.unstructure(record)
    text = json.dumps(data, allow_nan=False)
    assert bs.structure(json.loads(text), type(record)) == record


@pytest.mark.parametrize("cls", list(RECORD_TYPES.values()))
def test_round_trip_covers_each_type(cls: type[Any]) -> None:
    # The strategies must reach every record type, or the property above proves less than it says.
    seen: set[type[Any]] = set()

    @given(testing.datasets())
    def collect(ds: bs.Dataset) -> None:
        seen.update(type(r) for r in ds)

    collect()
    assert cls in seen


def test_unstructure_gives_plain_json_types() -> None:
    data = bs.unstructure(bs.get("agg-2025-baltops-2025"))
    assert data["start"] == "2025-06-03"
    assert data["scale"] == [{"value": 50, "unit": "vessels", "qualifier": "more-than"}]
    assert isinstance(data["evidence"][0]["credibility"], int)
    assert isinstance(data["domains"], list)


@pytest.mark.parametrize(
    ("data", "path", "expected"),
    [
        ({"value": "3", "unit": "troops"}, "$.value", "expected a number, found string '3'"),
        ({"value": True, "unit": "troops"}, "$.value", "expected a number, found boolean true"),
        ({"value": 3, "unit": "tanks"}, "$.unit", "expected one of"),
        ({"value": 3}, "$.unit", "required field missing"),
        ({"value": 3, "unit": "troops", "colour": "red"}, "$", "unknown key 'colour'"),
        ([3, "troops"], "$", "expected an object (Quantity), found an array"),
    ],
)
def test_strict_messages(data: object, path: str, expected: str) -> None:
    with pytest.raises(bs.DataError) as info:
        bs.structure(data, bs.Quantity)
    (problem,) = info.value.problems
    assert problem.path == path
    assert expected in problem.message


def test_every_problem_is_listed() -> None:
    bad = {
        "id": "c",
        "summary": "s",
        "parties": "estonia",
        "domains": ["undersea", "nope"],
        "kind": "pledge",
        "evidence": [{"source": "s", "paragraph": "3", "credibility": 1}],
        "made_on": "2025-13",
    }
    with pytest.raises(bs.DataError) as info:
        bs.structure(bad, bs.Commitment)
    paths = {p.path for p in info.value.problems}
    assert paths == {"$.parties", "$.domains[1]", "$.evidence[0].paragraph", "$.made_on"}


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=5),
        lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=5), c, max_size=3),
        max_leaves=10,
    )
)
def test_arbitrary_json_raises_only_our_error(data: object) -> None:
    for cls in RECORD_TYPES.values():
        try:
            bs.structure(data, cls)
        except bs.DataError as exc:
            assert exc.problems  # any input either loads or fails with problems listed
