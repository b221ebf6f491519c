"""How parties are named: the lookup key of a name, every name of a party, and collective names.

One place decides which spellings name the same party, for a dataset's
party index (:meth:`~baltic_security.Dataset.party` and every party filter)
and for the document readers (:mod:`baltic_security.ingest`). A lookup key
is the name folded (case and accents aside), with full stops dropped,
hyphens and dashes read as spaces, a leading "the" dropped, and a number of
one or two digits read as the three-digit ISO 3166-1 numeric code it
stands for:

>>> [party_key(n) for n in ("The U.K.", "the Netherlands", "North-Macedonia", "8", "РОССИЯ")]
['uk', 'netherlands', 'north macedonia', '008', 'россия']

Collective names ("the Baltic states", "the Allies") are data:
``data/lookup/collective-names.json``.

>>> [c.id for c in collective_names()]  # doctest: +NORMALIZE_WHITESPACE
['baltic-states', 'nordic-countries', 'nordic-baltic-eight', 'bucharest-nine', 'joint-expeditionary-force',
 'weimar-triangle', 'allies']
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from typing import Literal

import attrs

from ._text import closest, fold
from .errors import DataError, Problem, UnknownPartyError
from .model import Actor, Ally

__all__ = ["CollectiveName", "PartyIndex", "collective_names", "identifiers", "names", "party_key"]

#: What a party key reads before folding: dashes as spaces, full stops as nothing ("U.K.", "North-Macedonia").
KEY_TRANSLATION = str.maketrans({"-": " ", "‐": " ", "‑": " ", "–": " ", "—": " ", ".": None})  # noqa: RUF001  # the dashes are the point


def party_key(text: str) -> str:
    """The key under which a party name is looked up: the same for every spelling of that name.

    >>> party_key("  The  United-States ") == party_key("united states")
    True
    """
    key = " ".join(fold(text.translate(KEY_TRANSLATION)).split())
    if key.startswith("the ") and len(key) > 4:
        key = key[4:]
    if key.isascii() and key.isdigit() and len(key) < 3:  # spreadsheets drop the zeros of "008"
        key = key.zfill(3)
    return key


def names(party: Ally | Actor) -> Iterator[str]:
    """The names a text may call a party by: name, official name, aliases, demonyms (no ids, no codes).

    >>> import baltic_security as bs
    >>> list(names(bs.get("ukraine", bs.Actor)))[:3]
    ['Ukraine', 'Ukraine', 'Ukrainian']
    """
    yield party.name
    if party.official_name is not None:
        yield party.official_name
    yield from party.aliases
    if isinstance(party, Ally):
        yield from party.demonyms


def identifiers(party: Ally | Actor) -> Iterator[str]:
    """Everything a party can be looked up by: its id, its names and its ISO 3166-1 codes.

    >>> import baltic_security as bs
    >>> [i for i in identifiers(bs.get("estonia", bs.Ally)) if i.isupper() or i.isdigit()]
    ['EE', 'EST', '233']
    """
    yield party.id
    yield from names(party)
    for code in (party.iso2, party.iso3, party.iso_numeric):
        if code is not None:
            yield code


# ---------------------------------------------------------------- collective names

_COLLECTIVE_FILE = "lookup/collective-names.json"


@attrs.frozen(kw_only=True)
class CollectiveName:
    """Names that stand for several parties at once, and how party filters read them.

    ``stands_for`` holds the ids a document means by these names.
    ``filters`` is ``"any"`` when a party filter given one of the names
    matches a record naming any of those parties, ``"refuse"`` when the
    names are too loose for a filter and it raises an error with ``note``.

    >>> baltic = collective_names()[0]
    >>> baltic.names[0], baltic.stands_for, baltic.filters
    ('Baltic states', ('estonia', 'latvia', 'lithuania'), 'any')
    """

    id: str
    names: tuple[str, ...]
    stands_for: tuple[str, ...]
    filters: Literal["any", "refuse"]
    note: str | None = None


@functools.cache
def collective_names() -> tuple[CollectiveName, ...]:
    """The collective names the package knows, read once from its data."""
    from .loader import _package_data, parse_json  # noqa: PLC0415  # a top-level import would be circular

    file = f"baltic_security/data/{_COLLECTIVE_FILE}"
    data = parse_json(_package_data()(_COLLECTIVE_FILE), file)
    try:
        return tuple(
            CollectiveName(
                id=entry["id"],
                names=tuple(entry["names"]),
                stands_for=tuple(entry["stands_for"]),
                filters=entry["filters"],
                note=entry.get("note"),
            )
            for entry in data["collective_names"]
        )
    except (KeyError, TypeError) as exc:  # pragma: no cover - the bundled file is checked by the tests
        raise DataError([Problem(file=file, path="$.collective_names", message=f"expected the documented entries ({exc})")]) from None


# ---------------------------------------------------------------- the index


class PartyIndex:
    """A dataset's party names: every lookup key of every ally and actor, and the collective names that apply.

    Built from keys already checked to be unambiguous (see
    :func:`baltic_security._checks.check`). A collective name applies when
    every party it stands for is in the dataset and no party of the dataset
    is itself called by that name.
    """

    __slots__ = ("_collective", "_keys", "_names")

    def __init__(self, keys: Mapping[str, str], display: Mapping[str, str]) -> None:
        self._keys = keys
        self._names = display  # party id -> the name messages show
        self._collective: dict[str, CollectiveName] | None = None

    @property
    def keys(self) -> Mapping[str, str]:
        """Every lookup key (as :func:`party_key` writes it) and the id of the one party it names."""
        return self._keys

    @property
    def collective(self) -> Mapping[str, CollectiveName]:
        """The collective names that apply to this dataset, by lookup key; found on first use."""
        found = self._collective
        if found is None:
            found = {}
            for group in collective_names():
                if all(party in self._names for party in group.stands_for):
                    for name in group.names:
                        key = party_key(name)
                        if key not in self._keys:
                            found.setdefault(key, group)
            self._collective = found  # concurrent first uses build the same mapping
        return found

    def _resolve(self, name: str) -> str | CollectiveName:
        key = party_key(name)
        found = self._keys.get(key)
        if found is not None:
            return found
        group = self.collective.get(key)
        if group is None:
            raise UnknownPartyError(name, self.suggestions(name))
        if group.filters == "refuse":
            raise UnknownPartyError(name, reason=f"it is a collective name, not one party: {group.note}")
        return group

    def ids(self, name: str) -> tuple[str, ...]:
        """The ids of the parties a filter given ``name`` matches: one party, or those a collective name stands for.

        Raises :class:`~baltic_security.UnknownPartyError` for an unknown
        name, or a collective name filters refuse.
        """
        found = self._resolve(name)
        return (found,) if isinstance(found, str) else found.stands_for

    def one(self, name: str) -> str:
        """The id of the one party ``name`` names; a collective name is an error that says what to call instead."""
        found = self._resolve(name)
        if isinstance(found, str):
            return found
        listed = ", ".join(self._names[party] for party in found.stands_for)
        advice = f"; {found.note}" if found.note else ""
        raise UnknownPartyError(
            name,
            reason=f"it is a collective name for {listed}, not one party: party filters (by=, host=, contributor=, "
            f"participant=) take it and match any of them{advice}",
        )

    def suggestions(self, name: str) -> tuple[str, ...]:
        """The parties (by name) and collective names nearest to ``name``, meaning before spelling.

        Codes of three letters or fewer are offered only for a short ``name``,
        where they are what a reader may have meant.
        """
        short = len(party_key(name)) <= 3
        choices = {key: self._names[party] for key, party in self._keys.items() if short or len(key) > 3}
        choices.update({key: group.names[0] for key, group in self.collective.items() if key not in choices})
        return closest(party_key(name), choices)
