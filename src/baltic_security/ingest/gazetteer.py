r"""Reference knowledge ingestion reads from data: places, services, collective adjectives and titles.

The bundled file ``baltic_security/data/ingest/gazetteer.json`` holds what a rule
could only hard-code: that Ämari is an air base in Estonia (with WGS84
coordinates), that the Bundeswehr is Germany's, that "Baltic defence
ministers" speak for the three Baltic states, which words are titles.
Collective names ("the Nordic-Baltic Eight", "JEF") are not here: one table,
``baltic_security/data/lookup/collective-names.json``, serves ingestion and
the query filters alike. Curators extend it (see
``docs/ingestion.md``); :func:`load_gazetteer` checks every entry and
``tests/test_gazetteer.py`` checks the bundled one against the dataset.

>>> g = gazetteer()
>>> place = g.place("Ämari")
>>> place.countries, place.kind, (place.lat, place.lon)
(('estonia',), 'air base', (59.26, 24.208))
>>> g.service("Bundeswehr").country
'germany'
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

import attrs

from baltic_security._text import fold
from baltic_security.errors import DataError, Problem, UnknownIdError
from baltic_security.model import ID_PATTERN

__all__ = ["Gazetteer", "GazetteerPlace", "Service", "SharedName", "gazetteer", "load_gazetteer"]


@attrs.frozen(kw_only=True)
class GazetteerPlace:
    """A place or base, the country (or, for waters, countries) it lies in, and its WGS84 coordinates.

    >>> gazetteer().place("adazi").name
    'Ādaži'
    """

    name: str
    aliases: tuple[str, ...] = ()
    countries: tuple[str, ...]
    kind: str
    lat: float
    lon: float

    @property
    def names(self) -> tuple[str, ...]:
        """The name and its aliases."""
        return (self.name, *self.aliases)


@attrs.frozen(kw_only=True)
class Service:
    """An armed service, fleet, unit or ship prefix and the party whose forces it is (NATO for its standing groups).

    >>> gazetteer().service("Royal Navy").country
    'united-kingdom'
    """

    name: str
    aliases: tuple[str, ...] = ()
    country: str

    @property
    def names(self) -> tuple[str, ...]:
        """The name and its aliases."""
        return (self.name, *self.aliases)


@attrs.frozen(kw_only=True)
class SharedName:
    """A name the forces of more than one state use, with those states.

    "HMS" prefixes the Royal Navy's ships and, in English, the Swedish Navy's; "Forsvaret" is Denmark's armed forces
    and Norway's. Ingestion reads one as the state a document is published by or about, when that is one of them,
    and otherwise as no party at all: it never picks one of them by itself.

    >>> gazetteer().shared("HMS").countries
    ('sweden', 'united-kingdom')
    """

    name: str
    countries: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Gazetteer:
    r"""The reference knowledge as loaded and checked.

    ``adjectives`` maps a collective adjective ("Baltic") to its members; a
    group noun after it ("Baltic defence ministers", "the Nordic navies")
    names those members. ``titles`` are lower-case titles ("defence minister",
    "rear admiral") that introduce a person. ``adversaries`` are the parties
    whose stated intentions are claims and threats, never drafted as
    commitments ("Moscow would respond with military-technical measures"); their
    forces are still deployments. ``unarmed`` are the parties with no armed
    forces of their own (Iceland): "those of us with armed forces" leaves them out.
    ``land_borders`` are the pairs of states that share a land border: a state's
    forces "at the border with Belarus" are on its own soil when it borders
    Belarus.

    >>> "rear admiral" in gazetteer().titles, gazetteer().adjectives["Baltic"]
    (True, ('estonia', 'latvia', 'lithuania'))
    """

    places: tuple[GazetteerPlace, ...]
    services: tuple[Service, ...]
    adjectives: dict[str, tuple[str, ...]]
    group_nouns: tuple[str, ...]
    titles: tuple[str, ...]
    adversaries: tuple[str, ...] = ()
    unarmed: tuple[str, ...] = ()
    shared_names: tuple[SharedName, ...] = ()
    land_borders: tuple[tuple[str, str], ...] = ()

    def neighbours(self, party: str) -> frozenset[str]:
        """The states that share a land border with this one, by party id (none for a state the table does not hold).

        Takes a party id, as the records use them; a name or code is refused rather than answered with no neighbours
        (``bs.party(name).id`` gives the id). Raises :class:`~baltic_security.UnknownIdError` for what is no id.

        >>> sorted(gazetteer().neighbours("lithuania"))
        ['belarus', 'latvia', 'poland', 'russia']
        >>> gazetteer().neighbours("Lithuania")
        Traceback (most recent call last):
        ...
        baltic_security.errors.UnknownIdError: no party with id 'Lithuania'; did you mean 'lithuania'?
        """
        if not isinstance(party, str) or ID_PATTERN.fullmatch(party) is None:
            guess = "-".join(fold(str(party)).split())
            known = {side for pair in self.land_borders for side in pair}
            raise UnknownIdError(str(party), (guess,) if guess in known else (), kind="party")
        return frozenset(b if a == party else a for a, b in self.land_borders if party in (a, b))

    def place(self, name: str) -> GazetteerPlace | None:
        """The place with this name or alias (case- and accent-insensitive), or None."""
        return _find(self.places, name)

    def service(self, name: str) -> Service | None:
        """The service with this name or alias, or None."""
        return _find(self.services, name)

    def shared(self, name: str) -> SharedName | None:
        """The shared name written so (case- and accent-insensitive), or None."""
        key = fold(name)
        return next((e for e in self.shared_names if fold(e.name) == key), None)

    def countries(self) -> Iterator[tuple[str, str]]:
        """Every (JSON path, party id) the data refers to, for checking against a dataset.

        >>> next(gazetteer().countries())
        ('$.places[0].countries[0]', 'estonia')
        """
        for i, p in enumerate(self.places):
            for j, c in enumerate(p.countries):
                yield f"$.places[{i}].countries[{j}]", c
        for i, s in enumerate(self.services):
            yield f"$.services[{i}].country", s.country
        for adjective, members in self.adjectives.items():
            for j, c in enumerate(members):
                yield f"$.collective_adjectives[{adjective!r}].members[{j}]", c
        for i, c in enumerate(self.adversaries):
            yield f"$.adversaries[{i}]", c
        for i, c in enumerate(self.unarmed):
            yield f"$.unarmed[{i}]", c
        for i, shared in enumerate(self.shared_names):
            for j, c in enumerate(shared.countries):
                yield f"$.shared_names[{i}].countries[{j}]", c
        for i, pair in enumerate(self.land_borders):
            for j, c in enumerate(pair):
                yield f"$.land_borders[{i}][{j}]", c


_T = TypeVar("_T", GazetteerPlace, Service)


def _find(entries: tuple[_T, ...], name: str) -> _T | None:
    key = fold(name)
    return next((e for e in entries if key in {fold(n) for n in e.names}), None)


class _Reader:
    """Checks one gazetteer file, collecting every problem with its JSON path."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []
        self.keys: dict[str, str] = {}

    def problem(self, path: str, message: str) -> None:
        self.problems.append(Problem(file=self.file, path=path, message=message))

    def text(self, value: object, path: str) -> str:
        if not isinstance(value, str) or not value.strip():
            self.problem(path, f"expected a non-empty string, found {value!r}")
            return ""
        return value

    def texts(self, value: object, path: str) -> tuple[str, ...]:
        if not isinstance(value, list):
            self.problem(path, f"expected a list of strings, found {type(value).__name__}")
            return ()
        return tuple(t for i, v in enumerate(value) if (t := self.text(v, f"{path}[{i}]")))

    def number(self, value: object, path: str, low: float, high: float) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
            self.problem(path, f"expected a number from {low:g} to {high:g} (WGS84 degrees), found {value!r}")
            return 0.0
        return float(value)

    def entry(self, value: object, path: str, fields: dict[str, bool]) -> dict[str, Any]:
        """An object with exactly these fields (name -> required)."""
        if not isinstance(value, dict):
            self.problem(path, f"expected an object, found {type(value).__name__}")
            return {}
        for key in value:
            if key not in fields:
                self.problem(f"{path}.{key}", f"expected one of {', '.join(sorted(fields))}, found an unknown field")
        for key, required in fields.items():
            if required and key not in value:
                self.problem(f"{path}.{key}", "expected this field, found none")
        return value

    def unique(self, names: tuple[str, ...], path: str) -> None:
        """Each name (folded) names one entry across places and services."""
        for name in names:
            key = fold(name)
            if key in self.keys:
                self.problem(path, f"expected each name once, found {name!r} again (first at {self.keys[key]})")
            else:
                self.keys[key] = path


def _read(raw: object, file: str) -> Gazetteer:
    r = _Reader(file)
    if not isinstance(raw, dict):
        raise DataError([Problem(file=file, path="$", message="expected a JSON object")])
    sections = {
        "about",
        "places",
        "services",
        "shared_names",
        "collective_adjectives",
        "group_nouns",
        "titles",
        "adversaries",
        "unarmed",
        "land_borders",
    }
    for key in raw:
        if key not in sections:
            r.problem(f"$.{key}", f"expected one of {', '.join(sorted(sections))}, found an unknown section")
    places: list[GazetteerPlace] = []
    for i, value in enumerate(raw.get("places", [])):
        path = f"$.places[{i}]"
        e = r.entry(value, path, {"name": True, "aliases": False, "countries": True, "kind": True, "lat": True, "lon": True})
        if not e:
            continue
        place = GazetteerPlace(
            name=r.text(e.get("name"), f"{path}.name"),
            aliases=r.texts(e.get("aliases", []), f"{path}.aliases"),
            countries=r.texts(e.get("countries"), f"{path}.countries"),
            kind=r.text(e.get("kind"), f"{path}.kind"),
            lat=r.number(e.get("lat"), f"{path}.lat", -90, 90),
            lon=r.number(e.get("lon"), f"{path}.lon", -180, 180),
        )
        if not place.countries:
            r.problem(f"{path}.countries", "expected at least one party id")
        r.unique(place.names, path)
        places.append(place)
    services: list[Service] = []
    for i, value in enumerate(raw.get("services", [])):
        path = f"$.services[{i}]"
        e = r.entry(value, path, {"name": True, "aliases": False, "country": True})
        if e:
            service = Service(
                name=r.text(e.get("name"), f"{path}.name"),
                aliases=r.texts(e.get("aliases", []), f"{path}.aliases"),
                country=r.text(e.get("country"), f"{path}.country"),
            )
            r.unique(service.names, path)
            services.append(service)
    shared_names: list[SharedName] = []
    for i, value in enumerate(raw.get("shared_names", [])):
        path = f"$.shared_names[{i}]"
        e = r.entry(value, path, {"name": True, "countries": True})
        if e:
            shared = SharedName(name=r.text(e.get("name"), f"{path}.name"), countries=r.texts(e.get("countries"), f"{path}.countries"))
            if len(set(shared.countries)) < 2:  # a name one state uses is a service's alias
                r.problem(
                    f"{path}.countries", f"expected two or more party ids (else it is a service's alias), found {list(shared.countries)}"
                )
            r.unique((shared.name,), path)
            shared_names.append(shared)
    adjectives: dict[str, tuple[str, ...]] = {}
    for i, value in enumerate(raw.get("collective_adjectives", [])):
        path = f"$.collective_adjectives[{i}]"
        e = r.entry(value, path, {"adjective": True, "members": True})
        if e:
            adjective = r.text(e.get("adjective"), f"{path}.adjective")
            if adjective in adjectives:
                r.problem(f"{path}.adjective", f"expected each adjective once, found {adjective!r} again")
            adjectives[adjective] = r.texts(e.get("members"), f"{path}.members")
    group_nouns = r.texts(raw.get("group_nouns", []), "$.group_nouns")
    titles = r.texts(raw.get("titles", []), "$.titles")
    adversaries = r.texts(raw.get("adversaries", []), "$.adversaries")
    unarmed = r.texts(raw.get("unarmed", []), "$.unarmed")
    land_borders: list[tuple[str, str]] = []
    for i, value in enumerate(raw.get("land_borders", [])):
        path = f"$.land_borders[{i}]"
        pair = r.texts(value, path)
        if len(pair) != 2 or pair[0] == pair[1]:
            r.problem(path, f"expected two different party ids, found {list(pair)}")
            continue
        key = (min(pair), max(pair))
        if key in land_borders:
            r.problem(path, f"expected each pair once, found {list(pair)} again")
        land_borders.append(key)
    for path, words in (("$.group_nouns", group_nouns), ("$.titles", titles)):
        seen: set[str] = set()
        for word in words:
            if word != word.lower():
                r.problem(path, f"expected lower-case words, found {word!r}")
            if word in seen:
                r.problem(path, f"expected each entry once, found {word!r} again")
            seen.add(word)
    if r.problems:
        raise DataError(r.problems)
    return Gazetteer(
        places=tuple(places),
        services=tuple(services),
        adjectives=adjectives,
        group_nouns=group_nouns,
        titles=titles,
        adversaries=adversaries,
        unarmed=unarmed,
        shared_names=tuple(shared_names),
        land_borders=tuple(land_borders),
    )


def load_gazetteer(path: str | os.PathLike[str]) -> Gazetteer:
    r"""Read and check a gazetteer file (the bundled file's layout; see ``docs/ingestion.md``).

    Raises :class:`~baltic_security.errors.DataError` listing every problem
    with its JSON path: an unknown field, a missing name, coordinates out of
    range, a name given twice (case- and accent-insensitive), a collective
    with fewer than two members. Party ids are checked against a dataset by
    the tests and by :func:`baltic_security.ingest.draft`, which ignores
    entries whose country the dataset lacks.

    >>> import json, tempfile, pathlib
    >>> bad = pathlib.Path(tempfile.mkdtemp()) / "g.json"
    >>> _ = bad.write_text(json.dumps({"places": [{"name": "X", "countries": ["estonia"], "kind": "town", "lat": 95, "lon": 0}]}))
    >>> load_gazetteer(bad)
    Traceback (most recent call last):
    ...
    baltic_security.errors.DataError: 1 problem in dataset:
      .../g.json: $.places[0].lat: expected a number from -90 to 90 (WGS84 degrees), found 95
    """
    from baltic_security.loader import parse_json  # noqa: PLC0415  # the loader imports cattrs; only needed here

    target = Path(path)
    try:
        data = target.read_bytes()
    except OSError as exc:
        raise DataError([Problem(file=str(target), path="$", message=f"cannot read: {exc.strerror or exc}")]) from None
    return _read(parse_json(data, str(target)), str(target))


_LOCK = threading.Lock()
_BUNDLED: list[Gazetteer] = []


def gazetteer() -> Gazetteer:
    """The bundled gazetteer, read and checked on first use.

    >>> gazetteer() is gazetteer()
    True
    """
    with _LOCK:
        if not _BUNDLED:
            from baltic_security.loader import _package_data, parse_json  # noqa: PLC0415

            # In a folder of its own: the files directly in data/ are dataset files.
            name = "baltic_security/data/ingest/gazetteer.json"
            _BUNDLED.append(_read(parse_json(_package_data()("ingest/gazetteer.json"), name), name))
        return _BUNDLED[0]
