from __future__ import annotations

import enum
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import baltic_security as bs
from baltic_security import testing
from baltic_security._dataset import RECORD_TYPES


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
    [
        ({"paragraph": 0}, "paragraph"),
        ({"source": "Not A Slug"}, "source"),
        ({"label": "  "}, "label"),
        ({"about": ("x", "x")}, "about[1]"),
    ],
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


# ------------------------------------------------------------ what building a record in Python says

COMMITMENT: dict[str, object] = {
    "id": "c",
    "summary": "s",
    "parties": ("estonia",),
    "domains": (bs.Domain.LAND,),
    "kind": bs.CommitmentKind.PLEDGE,
    "evidence": (bs.Evidence(source="s", paragraph=1, credibility=bs.Credibility.CONFIRMED),),
}


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"parties": ["estonia"]}, "parties", "expected a tuple, found list ['estonia']; records hold tuples: write ('estonia',)"),
        ({"parties": "estonia"}, "parties", "write ('estonia',)"),
        ({"domains": ("land",)}, "domains[0]", "expected a Domain, found 'land'; write Domain.LAND"),
        ({"kind": "pledge"}, "kind", "expected a CommitmentKind, found 'pledge'; write CommitmentKind.PLEDGE"),
        ({"evidence": ({"source": "s"},)}, "evidence[0]", "expected an Evidence, found dict {'source': 's'}"),
        ({"made_on": "2025"}, "made_on", "write PartialDate.coerce('2025')"),
        ({"summary": 3}, "summary", "expected a string, found 3"),
        ({"parties": ("estonia", None)}, "parties[1]", "expected an id (a string), found None"),
    ],
)
def test_wrong_types_say_field_expected_and_found(changes: dict[str, object], field: str, words: str) -> None:
    with pytest.raises(bs.FieldTypeError) as info:
        bs.Commitment(**{**COMMITMENT, **changes})  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)
    assert info.value.field == field
    assert words in str(info.value)
    assert "Attribute(" not in str(info.value)


def _wrong_types(value: object) -> list[object]:  # noqa: PLR0911  # one return per kind of value
    """Values a caller might pass instead of ``value``: its JSON form, a list for a tuple, a number for text."""
    if isinstance(value, tuple):
        found: list[object] = [list(value), "x"]
        if value:
            found += [(bs.unstructure(value[0]),) if not isinstance(value[0], str) else (3,)]
        return found
    if isinstance(value, enum.Enum):
        return [value.value if not isinstance(value, int) else str(value.value)]
    if isinstance(value, bool):
        return [1, "true"]
    if isinstance(value, (int, float)):
        return [str(value), True]
    if isinstance(value, str):
        return [3, b"bytes"]
    if value is None:
        return [3.5j]
    return [bs.unstructure(value)]


@given(testing.datasets(max_facts=3), st.data())
def test_every_field_refuses_a_wrong_type_with_our_error(ds: bs.Dataset, data: st.DataObject) -> None:
    record: Any = data.draw(st.sampled_from(list(ds)))
    field = data.draw(st.sampled_from(attrs.fields(type(record))))
    for bad in _wrong_types(getattr(record, field.name)):
        try:
            attrs.evolve(record, **{field.name: bad})
        except bs.FieldError as exc:
            assert exc.field == field.name or exc.field.startswith(f"{field.name}["), (exc.field, field.name)
            assert "Attribute(" not in str(exc)
        # A value of another type may still be fine (an int where a float is wanted).


TEXT_FIELDS = [
    (cls, a.name)
    for cls in [*RECORD_TYPES.values(), bs.Evidence, bs.Place, bs.Participant, bs.Claim]
    for a in attrs.fields(cls)
    if "str" in str(a.type) and "PartialDate" not in str(a.type)
]
#: The fields that may run over several lines (tabs and line feeds kept); every other text is one line.
FREE_TEXT = {("Commitment", "summary"), ("Deployment", "summary"), ("Deployment", "conditions"), ("Exercise", "scenario"),
             ("SourceDocument", "notes"), ("Conflict", "note")}  # fmt: skip


def _text_field_value(cls: type[Any], name: str, text: str) -> Any:
    record: Any = next((r for r in bs.dataset() if isinstance(r, cls) and getattr(r, name, None)), None)
    if record is None:
        record = {
            bs.Evidence: bs.Evidence(source="s", paragraph=1, credibility=bs.Credibility(1), label="1", attribution="a", about=("x",)),
            bs.Place: bs.Place(name="x"),
            bs.Participant: bs.Participant(actor="estonia", assets=("a",)),
            bs.Claim: bs.Claim(value="x", evidence=COMMITMENT["evidence"]),  # type: ignore[arg-type]
        }.get(cls)
    assert record is not None, f"no {cls.__name__} with {name} to edit"
    new: object = (text,) if isinstance(getattr(record, name), tuple) else text
    return attrs.evolve(record, **{name: new})


def test_the_free_text_fields_are_the_documented_ones() -> None:
    assert {(cls.__name__, name) for cls, name in TEXT_FIELDS if (cls.__name__, name) in FREE_TEXT} == FREE_TEXT
    doc = (Path(__file__).parents[1] / "docs" / "data-format.md").read_text(encoding="utf-8")
    for cls_name, name in FREE_TEXT:
        assert f"`{cls_name}.{name}`" in doc


@pytest.mark.parametrize(("cls", "name"), TEXT_FIELDS, ids=[f"{c.__name__}.{n}" for c, n in TEXT_FIELDS])
@pytest.mark.parametrize(
    "char", ["\x00", "\x01", "\t", "\n", "\r", "\x1f", "\x7f", "\x85", "\x9f", "\u2028", "\u2029", "\ud800", "\xa0", "\u200d", "é"]
)
def test_text_fields_refuse_control_characters(cls: type[Any], name: str, char: str) -> None:
    ids = name == "id" or name in {
        "source",
        "actor",
        "parties",
        "hosts",
        "contributors",
        "members",
        "parent",
        "lead",
        "beneficiary",
        "subject",
    }
    codes = name in {"iso2", "iso3", "iso_numeric", "sha256"}
    free = (cls.__name__, name) in FREE_TEXT
    allowed = not ids and not codes and (char in "\xa0\u200dé" or (free and char in "\t\n"))
    try:
        _text_field_value(cls, name, f"Rīga{char}x")
    except bs.FieldError as exc:
        assert not allowed, exc
        assert exc.field.split("[")[0] == name
        if not ids and not codes:
            assert f"U+{ord(char):04X}" in exc.reason
    else:
        assert allowed, f"{cls.__name__}.{name} accepts U+{ord(char):04X}"


@given(testing.partial_dates(), testing.partial_dates())
def test_due_can_only_be_refused_when_it_ends_before_made_on(made_on: bs.PartialDate, due: bs.PartialDate) -> None:
    try:
        bs.Commitment(**{**COMMITMENT, "made_on": made_on, "due": due})  # type: ignore[arg-type]
    except bs.FieldError as exc:
        assert due.last_day < made_on.first_day
        assert (exc.field, exc.others) == ("due", ("made_on",))
    else:
        assert not due.last_day < made_on.first_day


def test_partial_dates_that_may_overlap_are_in_order() -> None:
    day, month = bs.PartialDate(2025, 6, 20), bs.PartialDate(2025, 6)
    assert bs.Commitment(**{**COMMITMENT, "made_on": day, "due": month}).due == month  # type: ignore[arg-type]
    with pytest.raises(bs.FieldError, match="end"):
        bs.Deployment(id="d", summary="s", evidence=COMMITMENT["evidence"], start=month, end=bs.PartialDate(2025, 5))  # type: ignore[arg-type]
