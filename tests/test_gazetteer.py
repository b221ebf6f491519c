"""The reference knowledge ingestion reads: the bundled gazetteer is sound, and bad files are refused with their path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import baltic_security as bs
from baltic_security._text import fold
from baltic_security.errors import DataError
from baltic_security.ingest.gazetteer import gazetteer, load_gazetteer

BUNDLED = Path(bs.__file__).parent / "data" / "ingest" / "gazetteer.json"


def test_every_country_is_a_party_of_the_bundled_dataset() -> None:
    ds = bs.dataset()
    unknown = [(path, party) for path, party in gazetteer().countries() if party not in ds]
    assert not unknown


def test_every_place_has_coordinates_in_range_and_a_kind() -> None:
    for place in gazetteer().places:
        assert -90 <= place.lat <= 90, place.name
        assert -180 <= place.lon <= 180, place.name
        assert place.kind
        assert place.countries


def test_no_name_means_two_things() -> None:
    g = gazetteer()
    names = [fold(n) for p in g.places for n in p.names] + [fold(n) for s in g.services for n in s.names]
    names += [fold(s.name) for s in g.shared_names]
    assert len(names) == len(set(names))
    # A name that is also a party's own name would make one word mean two things.
    ds = bs.dataset()
    party_names = {fold(n) for p in ds.allies() for n in (p.name, *p.aliases)} | {
        fold(n) for p in ds.actors() for n in (p.name, *p.aliases)
    }
    assert not set(names) & party_names


def test_the_bundled_file_reads_the_same_through_the_public_loader() -> None:
    assert load_gazetteer(BUNDLED) == gazetteer()


@pytest.mark.parametrize(
    ("data", "path", "message"),
    [
        (
            {"places": [{"name": "X", "countries": ["estonia"], "kind": "town", "lat": 10, "lon": 200}]},
            "$.places[0].lon",
            "from -180 to 180",
        ),
        ({"places": [{"name": "X", "countries": [], "kind": "town", "lat": 1, "lon": 1}]}, "$.places[0].countries", "at least one"),
        ({"services": [{"name": "X", "country": "estonia", "colour": "red"}]}, "$.services[0].colour", "unknown field"),
        ({"services": [{"name": "X"}]}, "$.services[0].country", "expected this field"),
        (
            {
                "services": [{"name": "Tapa", "country": "estonia"}],
                "places": [{"name": "TAPA", "countries": ["x"], "kind": "a", "lat": 1, "lon": 1}],
            },
            "$.services[0]",
            "'Tapa' again",
        ),
        ({"shared_names": [{"name": "HMS", "countries": ["sweden"]}]}, "$.shared_names[0].countries", "two or more"),
        ({"shared_names": [{"name": "HMS", "countries": ["sweden", "sweden"]}]}, "$.shared_names[0].countries", "two or more"),
        (
            {"services": [{"name": "Forsvaret", "country": "denmark"}], "shared_names": [{"name": "FORSVARET", "countries": ["a", "b"]}]},
            "$.shared_names[0]",
            "'FORSVARET' again",
        ),
        ({"titles": ["General"]}, "$.titles", "lower-case"),
        ({"land_borders": [["estonia"]]}, "$.land_borders[0]", "two different party ids"),
        ({"land_borders": [["estonia", "estonia"]]}, "$.land_borders[0]", "two different party ids"),
        ({"land_borders": [["estonia", "latvia"], ["latvia", "estonia"]]}, "$.land_borders[1]", "again"),
        ({"sections": []}, "$.sections", "unknown section"),
    ],
)
def test_a_bad_file_is_refused_naming_the_field(tmp_path: Path, data: object, path: str, message: str) -> None:
    file = tmp_path / "g.json"
    file.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DataError) as info:
        load_gazetteer(file)
    assert any(p.path == path and message in p.message and p.file == str(file) for p in info.value.problems), info.value.problems


def test_duplicate_keys_and_unreadable_files_are_refused(tmp_path: Path) -> None:
    file = tmp_path / "g.json"
    file.write_text('{"titles": [], "titles": []}', encoding="utf-8")
    with pytest.raises(DataError, match="unique keys"):
        load_gazetteer(file)
    with pytest.raises(DataError, match="cannot read"):
        load_gazetteer(tmp_path / "missing.json")


def test_a_land_border_is_each_sides_neighbour_and_no_state_its_own() -> None:
    g = gazetteer()
    assert g.land_borders
    for a, b in g.land_borders:
        assert b in g.neighbours(a)
        assert a in g.neighbours(b)
    assert all(p not in g.neighbours(p) for pair in g.land_borders for p in pair)
    assert g.neighbours("iceland") == frozenset()


@pytest.mark.parametrize(("name", "hint"), [("Lithuania", "did you mean 'lithuania'"), ("LT", None), ("the Baltic States", None)])
def test_neighbours_refuse_a_name_instead_of_answering_none(name: str, hint: str | None) -> None:
    """A name or code is no party id: refused, never answered with an empty set a caller would take for 'no border'."""
    with pytest.raises(bs.UnknownIdError) as raised:
        gazetteer().neighbours(name)
    assert (hint in str(raised.value)) if hint else ("did you mean" not in str(raised.value))


@pytest.mark.parametrize("name", ["Lithuania", "LT", "Lietuva"])
def test_neighbours_of_a_name_are_those_of_its_party_id(name: str) -> None:
    assert gazetteer().neighbours(bs.party(name).id) == {"belarus", "latvia", "poland", "russia"}
