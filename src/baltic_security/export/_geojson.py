"""The deployments and exercises that have coordinates, as GeoJSON."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from baltic_security._dataset import RECORD_TYPES, Dataset
from baltic_security.model import Evidence, Place

from ._files import _dump, _file_target
from ._model import _fields, _snake, _unstructure


def to_geojson(ds: Dataset) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of the records that have a ``location`` with coordinates.

    Each feature is a Point ``[lon, lat]`` (RFC 7946 order) whose id is the
    record's id; its properties are the record's fields (as
    :func:`baltic_security.unstructure` gives them, the location as its
    name), its ``type`` (``deployment``, ``exercise``) and ``citations``:
    each evidence as "source title, paragraph n (point m), graded B2".
    Records without coordinates are left out.

    >>> import baltic_security as bs
    >>> adazi = next(f for f in to_geojson(bs.dataset())["features"] if f["id"] == "nato-2021-adazi-battlegroup")
    >>> adazi["geometry"], adazi["properties"]["location"]
    ({'type': 'Point', 'coordinates': [24.32, 57.07]}, 'Ādaži')
    """
    features = []
    located = [(key, cls) for key, cls in RECORD_TYPES.items() if any(f.name == "location" and f.type is Place for f in _fields(cls))]
    for _, cls in located:
        for record in ds.records(cls):
            place = record.location
            if place is None or not place.known:
                continue
            properties = {"id": record.id, "type": _snake(cls.__name__)}
            properties.update((k, v) for k, v in _unstructure(record).items() if k != "id")
            properties["location"] = place.name
            properties["citations"] = [_citation(ds, e) for e in record.evidence]
            features.append(
                {
                    "type": "Feature",
                    "id": record.id,
                    "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
                    "properties": properties,
                }
            )
    return {"type": "FeatureCollection", "features": features}


def _citation(ds: Dataset, evidence: Evidence) -> str:
    source = ds.cites(evidence)
    point = f" (point {evidence.label})" if evidence.label else ""
    who = f", according to {evidence.attribution}" if evidence.attribution else ""
    return f"{source.title}, paragraph {evidence.paragraph}{point}, graded {source.reliability.value}{evidence.credibility.value}{who}"


def write_geojson(ds: Dataset, path: str | os.PathLike[str]) -> Path:
    """Write :func:`to_geojson` as a UTF-8 GeoJSON file.

    >>> import baltic_security as bs, json, tempfile, pathlib
    >>> out = write_geojson(bs.dataset(), pathlib.Path(tempfile.mkdtemp()) / "baltic.geojson")
    >>> json.loads(out.read_text(encoding="utf-8"))["type"]
    'FeatureCollection'
    """
    return _dump(to_geojson(ds), _file_target(path, "geojson"))
