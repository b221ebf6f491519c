from __future__ import annotations

import attrs
import pytest

import baltic_security as bs


def evidence(**changes: object) -> bs.Evidence:
    fields: dict[str, object] = {"source": "s", "paragraph": 1, "credibility": bs.Credibility.CONFIRMED}
    fields.update(changes)
    return bs.Evidence(**fields)  # type: ignore[arg-type]


def test_records_are_frozen_and_hashable() -> None:
    record = bs.get("estonia", bs.Ally)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        record.name = "Eesti"  # type: ignore[misc]
    assert hash(record) == hash(bs.get("estonia", bs.Ally))
    assert {c: c.id for c in bs.commitments()}  # every commitment is hashable


def test_collections_are_tuples() -> None:
    for record in bs.dataset():
        for field in attrs.fields(type(record)):
            value = getattr(record, field.name)
            assert not isinstance(value, (list, dict, set)), (record.id, field.name)


def test_lists_are_refused() -> None:
    with pytest.raises(TypeError):
        bs.Participant(actor="estonia", assets=["FGS Bayern"])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"paragraph": 0}, "paragraph"), ({"source": "Not A Slug"}, "source"), ({"label": "  "}, "label"), ({"about": ("x", "x")}, "about")],
)
def test_invalid_fields_name_the_field(changes: dict[str, object], field: str) -> None:
    with pytest.raises(bs.FieldError) as info:
        evidence(**changes)
    assert info.value.field == field


def test_place_needs_both_coordinates() -> None:
    with pytest.raises(bs.FieldError, match="both"):
        bs.Place(name="Rukla", lat=55.0)
    with pytest.raises(bs.FieldError, match="latitude"):
        bs.Place(name="nowhere", lat=91.0, lon=0.0)


def test_quantity_text() -> None:
    assert str(bs.Quantity(value=4000, unit=bs.Unit.TROOPS, qualifier=bs.Qualifier.ABOUT)) == "about 4,000 troops"
    assert str(bs.Quantity(value=0.25, unit=bs.Unit.PERCENT_GDP, qualifier=bs.Qualifier.AT_LEAST)) == "at least 0.25% of GDP"


def test_fact_needs_evidence_and_parties() -> None:
    with pytest.raises(bs.FieldError, match="evidence"):
        bs.Commitment(id="c", summary="s", parties=("estonia",), domains=(bs.Domain.SPENDING,), kind=bs.CommitmentKind.PLEDGE, evidence=())
    with pytest.raises(bs.FieldError, match="parties"):
        bs.Commitment(id="c", summary="s", parties=(), domains=(bs.Domain.SPENDING,), kind=bs.CommitmentKind.PLEDGE, evidence=(evidence(),))


def test_conflict_needs_two_claims() -> None:
    claim = bs.Claim(value="Vilnius", evidence=(evidence(),))
    with pytest.raises(bs.FieldError, match="two claims"):
        bs.Conflict(id="c", topic="t", field="place", claims=(claim,))
