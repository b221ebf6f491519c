from __future__ import annotations

from typing import Any

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


STATE: dict[str, Any] = {"official_name": "Ukraine", "iso2": "UA", "iso3": "UKR", "iso_numeric": "804"}


@pytest.mark.parametrize("missing", list(STATE))
def test_a_state_actor_needs_its_iso_codes_and_official_name(missing: str) -> None:
    fields = {k: v for k, v in STATE.items() if k != missing}
    with pytest.raises(bs.FieldError) as info:
        bs.Actor(id="ukraine", name="Ukraine", kind=bs.ActorKind.STATE, **fields)
    assert info.value.field == missing
    assert bs.Actor(id="ukraine", name="Ukraine", kind=bs.ActorKind.STATE, **STATE).iso_numeric == "804"


@pytest.mark.parametrize("code", ["iso2", "iso3", "iso_numeric"])
def test_only_a_state_has_iso_codes(code: str) -> None:
    with pytest.raises(bs.FieldError, match="ISO 3166-1 codes name states") as info:
        bs.Actor(id="nato", name="NATO", kind=bs.ActorKind.ORGANISATION, **{code: STATE[code]})
    assert info.value.field == code
    named = bs.Actor(id="nato", name="NATO", kind=bs.ActorKind.ORGANISATION, official_name="North Atlantic Treaty Organization")
    assert named.iso2 is None


@pytest.mark.parametrize("numeric", [233, "23", "0233", "２３３", " 233"])  # noqa: RUF001  # full-width digits are the point
def test_a_numeric_code_is_three_digits_written_as_iso_writes_them(numeric: object) -> None:
    with pytest.raises(bs.FieldError, match="three digits"):
        bs.Actor(id="ukraine", name="Ukraine", kind=bs.ActorKind.STATE, **{**STATE, "iso_numeric": numeric})


def test_state_fields_from_json_name_the_field_path() -> None:
    with pytest.raises(bs.DataError, match=r"\$\.iso2: expected the ISO 3166-1 alpha-2 code of a state"):
        bs.structure({"id": "ukraine", "name": "Ukraine", "kind": "state", "official_name": "Ukraine"}, bs.Actor)
    ally = bs.unstructure(bs.get("albania"))
    assert ally["iso_numeric"] == "008"
    with pytest.raises(bs.DataError, match=r"\$\.iso_numeric: expected a string"):
        bs.structure({**ally, "iso_numeric": 8}, bs.Ally)
    del ally["official_name"]
    with pytest.raises(bs.DataError, match=r"\$\.official_name: required field missing"):
        bs.structure(ally, bs.Ally)
