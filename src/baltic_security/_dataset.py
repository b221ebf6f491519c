"""A validated, indexed, immutable set of records, and the queries over it.

>>> import baltic_security as bs
>>> ds = bs.dataset()
>>> ds.get("estonia").name
'Estonia'
>>> all(c.parties for c in ds.commitments())
True
"""

from __future__ import annotations

import datetime as _dt
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, get_args, overload

import attrs

from . import _search
from ._parties import PartyIndex, identifiers, party_key
from ._text import closest, fold
from .dates import DateLike, PartialDate
from .errors import DataError, DateError, Problem, UnknownIdError, UnknownPartyError
from .model import (
    Actor,
    Ally,
    Commitment,
    Conflict,
    Deployment,
    Evidence,
    Exercise,
    Record,
    SourceDocument,
)
from .vocab import (
    ActorKind,
    ActorKindName,
    AdmiraltyCode,
    CommitmentKind,
    CommitmentKindName,
    CommitmentStatus,
    CommitmentStatusName,
    Credibility,
    CredibilityGrade,
    DeploymentStatus,
    DeploymentStatusName,
    Domain,
    DomainName,
    Reliability,
    ReliabilityGrade,
    SourceKind,
    SourceKindName,
    parse_vocab,
)

if TYPE_CHECKING:
    from .retired import Retired

__all__ = ["RECORD_TYPES", "Dataset", "Located"]

R = TypeVar("R", Ally, Actor, SourceDocument, Commitment, Exercise, Deployment, Conflict)
F = TypeVar("F", Commitment, Exercise, Deployment)

#: The keys of a dataset file and the record type each holds, in file order.
RECORD_TYPES: Mapping[str, type[Any]] = MappingProxyType(
    {
        "allies": Ally,
        "actors": Actor,
        "sources": SourceDocument,
        "commitments": Commitment,
        "exercises": Exercise,
        "deployments": Deployment,
        "conflicts": Conflict,
    }
)
_KEY_OF: dict[type[Any], str] = {cls: key for key, cls in RECORD_TYPES.items()}

_FAR_PAST = _dt.date.min
_FAR_FUTURE = _dt.date.max


@attrs.frozen
class Located:
    """A record with where it was read from, so problems can point at it."""

    record: Record
    file: str
    path: str


# ------------------------------------------------------------------ ordering


def _date_key(date: PartialDate | None) -> tuple[int, _dt.date, _dt.date]:
    # Undated records sort after dated ones.
    if date is None:
        return (1, _FAR_FUTURE, _FAR_FUTURE)
    return (0, date.first_day, date.last_day)


def _order(record: Record) -> tuple[Any, ...]:
    if isinstance(record, Commitment):
        return (*_date_key(record.made_on), record.id)
    if isinstance(record, (Exercise, Deployment)):
        return (*_date_key(record.start), record.id)
    if isinstance(record, SourceDocument):
        return (*_date_key(record.published), record.id)
    if isinstance(record, (Ally, Actor)):
        return (fold(record.name), record.id)
    return (record.id,)


def _texts(record: Record) -> Iterator[str]:
    for name in ("summary", "name", "series", "scenario", "area", "framework", "unit", "conditions", "topic"):
        value = getattr(record, name, None)
        if value:
            yield value
    location = getattr(record, "location", None)
    if location is not None:
        yield location.name
    if isinstance(record, Exercise):  # what each participant brought: "frigate", "FGS Bayern"
        for participant in record.participants:
            yield from participant.assets


def _party_refs(record: Record) -> tuple[str, ...]:
    """Every ally or actor id a fact names as a party, for the party index."""
    if isinstance(record, Commitment):
        return record.parties
    if isinstance(record, Exercise):
        lead = (record.lead,) if record.lead else ()
        return (*lead, *(p.actor for p in record.participants))
    if isinstance(record, Deployment):
        lead = (record.lead,) if record.lead else ()
        return (*record.contributors, *lead, *record.hosts)
    return ()


_FIRST_DAY = _FAR_PAST.toordinal()
_LAST_DAY = _FAR_FUTURE.toordinal()
_NO_DAY = 0  # below every real day's ordinal: marks a record without a date


class _Days:
    """First and last day (as ordinals) of each date, computed once per date object while indexing.

    Loaded records share their PartialDate objects (one per distinct ISO string),
    so most lookups are hits; the records keep the dates alive, so ids are stable.
    """

    __slots__ = ("_seen",)

    def __init__(self) -> None:
        self._seen: dict[int, tuple[int, int]] = {}

    def __call__(self, date: PartialDate) -> tuple[int, int]:
        found = self._seen.get(id(date))
        if found is None:
            found = self._seen[id(date)] = (date.first_day.toordinal(), date.last_day.toordinal())
        return found

    def key(self, date: PartialDate | None, record_id: str) -> tuple[Any, ...]:
        """A key that orders facts as :func:`_order` does (day ordinals instead of dates)."""
        if date is None:
            return (1, _LAST_DAY, _LAST_DAY, record_id)
        first, last = self(date)
        return (0, first, last, record_id)

    def span(self, start: PartialDate | None, end: PartialDate | None, *, open_end: bool) -> tuple[int, int]:
        """The closed interval a record covers, as day ordinals; ``(_NO_DAY, _NO_DAY)`` when it has no date.

        It runs from the first day of ``start`` to the last day of ``end``; without
        an end, to the last day of ``start``, or on and on when ``open_end``.
        """
        if start is None:
            return (_NO_DAY, _NO_DAY)
        if end is not None:
            return (self(start)[0], self(end)[1])
        first, last = self(start)
        return (first, _LAST_DAY if open_end else last)


_NO_POSITIONS: list[int] = []


def _merged(old: tuple[R, ...], added: list[R]) -> tuple[R, ...]:
    """``old`` (sorted) with ``added`` in their places; ``old`` itself when nothing is added."""
    if not added:
        return old
    records = list(old)
    records.extend(added)
    return tuple(sorted(records, key=_order))


class _Table(Generic[F]):
    """One fact type in canonical order, with its indexes; built once.

    Each index maps a key to the ascending positions of the records that have
    it (a party, a domain, a cited source, and a party together with a domain),
    so a query reads its shortest posting list and never the whole table. The
    stemmed words for ``text=`` searches are built on the first such search.
    """

    def __init__(
        self,
        records: Iterable[F],
        parties: Callable[[F], Iterable[str]],
        dated: Callable[[F], PartialDate | None],
        span: Callable[[F, _Days], tuple[int, int]],
        days: _Days,
    ) -> None:
        self.records: tuple[F, ...] = tuple(sorted(records, key=lambda r: days.key(dated(r), r.id)))
        self.by_party: dict[str, list[int]] = {}
        self.by_domain: dict[Domain, list[int]] = {}
        self.by_source: dict[str, list[int]] = {}
        self.by_party_domain: dict[tuple[str, Domain], list[int]] = {}
        # Each record's span as two arrays of day ordinals: 16 bytes a record, no objects.
        self.first_days = array("q")
        self.last_days = array("q")
        self._words: list[frozenset[str]] | None = None
        by_party, by_domain, by_source, by_pair = self.by_party, self.by_domain, self.by_source, self.by_party_domain
        for position, record in enumerate(self.records):
            domains = record.domains
            for party in dict.fromkeys(parties(record)):
                found = by_party.get(party)
                if found is None:
                    by_party[party] = [position]
                else:
                    found.append(position)
                for domain in domains:
                    pair = by_pair.get((party, domain))
                    if pair is None:
                        by_pair[party, domain] = [position]
                    else:
                        pair.append(position)
            for domain in domains:
                found = by_domain.get(domain)
                if found is None:
                    by_domain[domain] = [position]
                else:
                    found.append(position)
            for source in dict.fromkeys(e.source for e in record.evidence):
                found = by_source.get(source)
                if found is None:
                    by_source[source] = [position]
                else:
                    found.append(position)
            first, last = span(record, days)
            self.first_days.append(first)
            self.last_days.append(last)
        self.all = range(len(self.records))

    @classmethod
    def merged(
        cls,
        old: _Table[F] | None,
        added: list[F],
        dated: Callable[[F], PartialDate | None],
        span: Callable[[F, _Days], tuple[int, int]],
        days: _Days,
    ) -> _Table[F]:
        """``old`` with ``added`` records; ``old`` itself when nothing is added.

        A merge base's records cite only each other, so their spans and index
        entries stay as they are; but positions shift when records are added
        between them, so a table that gains records is indexed again whole.
        """
        if old is not None and not added:
            return old
        records: list[F] = [] if old is None else list(old.records)
        records.extend(added)
        return cls(records, _party_refs, dated, span, days)

    @property
    def words(self) -> list[frozenset[str]]:
        """Each record's searchable words, folded and stemmed; built once, on the first text search."""
        found = self._words
        if found is None:
            # Concurrent first searches may both build it; they build the same list.
            found = self._words = _search.index(map(_texts, self.records))
        return found


def _commitment_span(c: Commitment, days: _Days) -> tuple[int, int]:
    return days.span(c.made_on, None, open_end=False)


def _exercise_span(e: Exercise, days: _Days) -> tuple[int, int]:
    return days.span(e.start, e.end, open_end=False)


def _deployment_span(d: Deployment, days: _Days, published: Mapping[str, PartialDate]) -> tuple[int, int]:
    """A deployment's span; see :meth:`Dataset.deployments` for what an unknown start or end means."""
    start = d.start
    if start is None and d.status is DeploymentStatus.ACTIVE:
        # Reported active: it was in place by the date of the earliest source saying so
        # (an evidence about other fields only does not speak of the status).
        reporting = [e for e in d.evidence if not e.about or "status" in e.about] or d.evidence
        start = min((published[e.source] for e in reporting), key=lambda date: days(date)[0])
        if d.end is not None and days(d.end)[0] < days(start)[0]:
            start = d.end
    return days.span(start, d.end, open_end=d.status is not DeploymentStatus.ENDED)


def _made_on(c: Commitment) -> PartialDate | None:
    return c.made_on


def _start(f: Exercise | Deployment) -> PartialDate | None:
    return f.start


class _Filter:
    """One indexed filter of a query: its posting lists, and the same test per position."""

    __slots__ = ("exact", "lists", "size", "test")

    def __init__(self, lists: list[list[int]], test: Callable[[int], bool], *, exact: bool) -> None:
        self.lists = lists
        self.size = sum(map(len, lists))
        self.test = test
        # Exact: the posting lists hold only matches, so the test need not run on them.
        self.exact = exact

    def positions(self) -> list[int]:
        if len(self.lists) == 1:
            return self.lists[0]
        return sorted(set().union(*self.lists))


# ------------------------------------------------------------------ dataset


class Dataset:
    """An immutable, validated collection of records with indexed queries.

    Build one with :func:`baltic_security.load` (from files) or by passing
    records; every reference must resolve inside it. Query methods return
    tuples in a stable order: commitments by ``made_on``, exercises and
    deployments by ``start``, sources by ``published`` (undated last, ties
    by id); allies and actors by name.

    >>> import baltic_security as bs
    >>> len(bs.dataset().allies())
    32

    Filters shared by :meth:`commitments`, :meth:`exercises` and
    :meth:`deployments`:

    - A party filter (``by``, ``participant``, ``host``, ``contributor``)
      takes a party's name, id, ISO code, alias or demonym (see
      :meth:`party`), or its :class:`Ally` or :class:`Actor` record;
      ``source`` takes a source's id or its :class:`SourceDocument`. Any
      other type raises :class:`TypeError` naming the parameter.
    - ``since`` and ``until`` take any date :meth:`PartialDate.coerce`
      reads; an ``until`` that ends before ``since`` starts raises
      :class:`~baltic_security.DateError` rather than answering nothing.
    - ``text`` keeps records whose summary, name, series, scenario, area,
      framework, unit, conditions, place or participants' assets has **every** word given, in any
      order, case and accents, singular or plural (words are stemmed with the Snowball
      English stemmer; ``pip install 'baltic-security[search]'``, else
      :class:`~baltic_security.MissingExtraError`). Text with no word in it
      raises :class:`~baltic_security.FieldError`.

    >>> [c.id for c in bs.commitments(text="drones")]
    ['bdc-2025-ukraine-coalitions-lead']
    >>> [c.id for c in bs.commitments(text="Infrastructures UNDERSEA")]
    ['bdc-2025-nato-baltic-sea-presence', 'bdc-2025-undersea-infrastructure-protection']
    >>> bs.commitments(by=bs.get("estonia")) == bs.commitments(by="EE")
    True
    """

    __slots__ = (
        "_actors",
        "_allies",
        "_by_id",
        "_commitments",
        "_conflicts",
        "_deployments",
        "_exercises",
        "_memberships",
        "_party_index",
        "_party_keys",
        "_party_names",
        "_retired",
        "_sources",
        "version",
    )

    version: str | None

    def __init__(
        self,
        *,
        allies: Iterable[Ally] = (),
        actors: Iterable[Actor] = (),
        sources: Iterable[SourceDocument] = (),
        commitments: Iterable[Commitment] = (),
        exercises: Iterable[Exercise] = (),
        deployments: Iterable[Deployment] = (),
        conflicts: Iterable[Conflict] = (),
        version: str | None = None,
        retired: Retired | None = None,
    ) -> None:
        groups: dict[str, Iterable[Record]] = {
            "allies": allies,
            "actors": actors,
            "sources": sources,
            "commitments": commitments,
            "exercises": exercises,
            "deployments": deployments,
            "conflicts": conflicts,
        }
        located = [
            Located(record, "<python>", f"$.{key}[{index}]") for key, records in groups.items() for index, record in enumerate(records)
        ]
        self._build(located, version=version, retired=retired)

    @classmethod
    def _from_located(
        cls, located: list[Located], *, version: str | None, retired: Retired | None = None, base: Dataset | None = None
    ) -> Dataset:
        """A dataset of ``located``, or of ``base`` with ``located`` merged in.

        The base was checked and indexed when it was built: only the added
        records are checked (against the base's ids and party names), and a
        record type that gains no record keeps the base's sorted tuple and indexes.
        """
        self = cls.__new__(cls)
        self._build(located, version=version, retired=retired, base=base)
        return self

    def _build(self, located: list[Located], *, version: str | None, retired: Retired | None, base: Dataset | None = None) -> None:
        problems, by_id, party_keys = check(located, base)
        if problems:
            raise DataError(problems)
        buckets: dict[type[Any], list[Any]] = {cls: [] for cls in RECORD_TYPES.values()}
        for item in located:
            buckets[type(item.record)].append(item.record)
        self.version = version
        self._by_id: Mapping[str, Record] = MappingProxyType(by_id)
        self._party_keys: Mapping[str, str] = MappingProxyType(party_keys)
        # What the base holds, already checked, sorted and indexed; a type that gains no record keeps it as it is.
        allies: tuple[Ally, ...] = ()
        actors: tuple[Actor, ...] = ()
        sources: tuple[SourceDocument, ...] = ()
        conflicts: tuple[Conflict, ...] = ()
        commitments: _Table[Commitment] | None = None
        exercises: _Table[Exercise] | None = None
        deployments: _Table[Deployment] | None = None
        names: dict[str, str] = {}
        if base is not None:
            allies, actors, sources, conflicts = base._allies, base._actors, base._sources, base._conflicts  # noqa: SLF001
            commitments, exercises, deployments = base._commitments, base._exercises, base._deployments  # noqa: SLF001
            names.update(base._party_names)  # noqa: SLF001
        names.update((r.id, r.name) for r in (*buckets[Ally], *buckets[Actor]))
        self._party_names: Mapping[str, str] = MappingProxyType(names)
        self._party_index = PartyIndex(self._party_keys, self._party_names)
        self._allies: tuple[Ally, ...] = _merged(allies, buckets[Ally])
        self._actors: tuple[Actor, ...] = _merged(actors, buckets[Actor])
        self._sources: tuple[SourceDocument, ...] = _merged(sources, buckets[SourceDocument])
        self._conflicts: tuple[Conflict, ...] = _merged(conflicts, buckets[Conflict])
        days = _Days()
        published = {s.id: s.published for s in self._sources}
        self._commitments: _Table[Commitment] = _Table.merged(commitments, buckets[Commitment], _made_on, _commitment_span, days)
        self._exercises: _Table[Exercise] = _Table.merged(exercises, buckets[Exercise], _start, _exercise_span, days)
        self._deployments: _Table[Deployment] = _Table.merged(
            deployments, buckets[Deployment], _start, lambda d, days: _deployment_span(d, days, published), days
        )
        memberships: dict[str, set[str]] = {}
        for actor in self._actors:
            for member in actor.members:
                memberships.setdefault(member, set()).add(actor.id)
        self._memberships: Mapping[str, frozenset[str]] = MappingProxyType({k: frozenset(v) for k, v in memberships.items()})
        if retired is None:
            from .retired import Retired  # noqa: PLC0415  # a runtime import would be circular

            retired = Retired()
        self._retired = retired

    # ------------------------------------------------------------- records

    def __len__(self) -> int:
        """The number of records of every type."""
        return len(self._by_id)

    def __iter__(self) -> Iterator[Record]:
        """Every record, by type (in dataset-file key order), then in each type's order."""
        yield from self._allies
        yield from self._actors
        yield from self._sources
        yield from self._commitments.records
        yield from self._exercises.records
        yield from self._deployments.records
        yield from self._conflicts

    def __contains__(self, id: object) -> bool:
        return id in self._by_id

    def __repr__(self) -> str:
        counts = ", ".join(f"{key}={len(self.records(cls))}" for key, cls in RECORD_TYPES.items())
        return f"<Dataset version={self.version!r} {counts}>"

    @overload
    def get(self, id: str) -> Record: ...
    @overload
    def get(self, id: str, kind: type[R]) -> R: ...
    def get(self, id: str, kind: type[R] | None = None) -> Record:
        """The record with this id; a retired id resolves to its successor with a warning.

        ``kind`` narrows the return type and checks it:
        ``ds.get("estonia", bs.Ally)``; it is a record class, or a union of
        them such as :data:`~baltic_security.Fact`. An id of a record of
        another type raises :class:`UnknownIdError` naming the type it is; a
        ``kind`` that is no record class raises :class:`TypeError`.

        >>> import baltic_security as bs
        >>> bs.get("lithuania", bs.Ally).iso2
        'LT'
        >>> bs.get("estonia", bs.Commitment)
        Traceback (most recent call last):
        ...
        baltic_security.errors.UnknownIdError: no Commitment with id 'estonia'; 'estonia' is an Ally
        """
        if kind is not None:
            kinds = get_args(kind) or (kind,)
            if not all(isinstance(k, type) and k in _KEY_OF for k in kinds):
                raise TypeError(f"kind: expected a record class such as Ally or Commitment (or Fact, Record), found {kind!r}")
        record = self._by_id.get(id)
        if record is None and isinstance(id, str):
            successor = self._retired.successor(id)
            if successor is not None and successor in self._by_id:
                record = self._by_id[successor]
        if record is None:
            raise UnknownIdError(str(id), closest(str(id), self._by_id.keys()))
        if kind is not None and not isinstance(record, kind):
            wanted = " or ".join(k.__name__ for k in get_args(kind) or (kind,))
            raise UnknownIdError(str(id), kind=wanted, found=type(record).__name__)
        return record

    def records(self, kind: type[R]) -> tuple[R, ...]:
        """Every record of one type, in that type's order.

        >>> import baltic_security as bs
        >>> len(bs.dataset().records(bs.Ally))
        32
        """
        tables: dict[type[Any], tuple[Any, ...]] = {
            Ally: self._allies,
            Actor: self._actors,
            SourceDocument: self._sources,
            Commitment: self._commitments.records,
            Exercise: self._exercises.records,
            Deployment: self._deployments.records,
            Conflict: self._conflicts,
        }
        return tables[kind]

    # ------------------------------------------------------------- lookups

    def party(self, name: str) -> Ally | Actor:
        """The one ally or actor a name stands for.

        ``name`` may be an id, a name, an official name ("Republic of
        Iceland"), an ISO 3166-1 alpha-2, alpha-3 or numeric code ("EE",
        "EST", "233"; "8" is read as "008"), an alias (native and Cyrillic
        names among them) or a demonym. Case, accents, full stops, hyphens, a
        leading "the" and surrounding white space do not matter.

        Raises :class:`~baltic_security.UnknownPartyError` naming the
        nearest parties for an unknown name, and saying what to do instead
        for a collective name ("the Baltic states"), which names several.

        >>> import baltic_security as bs
        >>> [bs.party(n).id for n in ("Türkiye", "turkiye", "Turkey", "TUR", "Turkish")]
        ['turkiye', 'turkiye', 'turkiye', 'turkiye', 'turkiye']
        >>> [bs.party(n).name for n in ("UA", "the UK", "Republic of Iceland", "233", "Россия")]
        ['Ukraine', 'United Kingdom', 'Iceland', 'Estonia', 'Russia']
        """
        if not isinstance(name, str):
            raise UnknownPartyError(repr(name))
        record = self._by_id[self._party_index.one(name)]
        assert isinstance(record, (Ally, Actor))  # noqa: S101  # the party index only holds these
        return record

    def _display(self, record_id: str) -> str:
        record = self._by_id[record_id]
        return record.name if isinstance(record, (Ally, Actor)) else record_id

    def _party_ids(self, value: str | Ally | Actor, parameter: str) -> set[str]:
        """The ids of the parties a filter names: by a name (anything :meth:`party` reads, or a collective name) or by a record."""
        if isinstance(value, (Ally, Actor)):
            # A record stands for itself: look it up by id, never by name.
            if not isinstance(self._by_id.get(value.id), (Ally, Actor)):
                raise UnknownPartyError(value.id, closest(value.id, [k for k, r in self._by_id.items() if isinstance(r, (Ally, Actor))]))
            return {value.id}
        if not isinstance(value, str):
            raise TypeError(
                f"{parameter}: expected a party's name, id, ISO code or alias, or its Ally or Actor record, "
                f"found {type(value).__name__} {value!r}"
            )
        return set(self._party_index.ids(value))

    def _parties(self, value: str | Ally | Actor, parameter: str, *, collective: bool = False) -> set[str]:
        found = self._party_ids(value, parameter)
        if collective:
            for party in tuple(found):
                found |= self._memberships.get(party, frozenset())
        return found

    def _source_id(self, source: str | SourceDocument) -> str:
        if isinstance(source, SourceDocument):
            source = source.id
        elif not isinstance(source, str):
            raise TypeError(f"source: expected a source id or its SourceDocument record, found {type(source).__name__} {source!r}")
        record = self._by_id.get(source)
        if not isinstance(record, SourceDocument):
            raise UnknownIdError(source, closest(source, [s.id for s in self._sources]))
        return record.id

    # ------------------------------------------------------------- queries

    def commitments(
        self,
        *,
        by: str | Ally | Actor | None = None,
        domain: Domain | DomainName | str | None = None,
        kind: CommitmentKind | CommitmentKindName | str | None = None,
        status: CommitmentStatus | CommitmentStatusName | str | None = None,
        since: DateLike | None = None,
        until: DateLike | None = None,
        source: str | SourceDocument | None = None,
        text: str | None = None,
        min_confidence: Credibility | CredibilityGrade | AdmiraltyCode | int | str | None = None,
        collective: bool = False,
    ) -> tuple[Commitment, ...]:
        """Commitments matching every filter given, ordered by ``made_on`` then id.

        ``by`` names a party (id, name, ISO code, alias or demonym, or its
        record; see :class:`Dataset` for these and ``text``) and finds what
        it undertook alone or jointly; with ``collective=True`` it also
        finds what an organisation it belongs to undertook (NATO, the EU).
        ``since``/``until`` keep commitments made on or after / on or before
        a date (undated ones are left out). ``min_confidence`` keeps records
        with at least one evidence at least that credible: ``2`` or an
        Admiralty code such as ``"B2"``, which also needs the evidence's
        source to be graded B or better.

        >>> import baltic_security as bs
        >>> [c.id for c in bs.commitments(by="EE", domain="subsea")]
        ['bdc-2025-nato-baltic-sea-presence', 'bdc-2025-undersea-infrastructure-protection']
        """
        table = self._commitments
        records = table.records
        wanted_domain, filters = self._common_filters(table, domain=domain, source=source)
        if not isinstance(collective, bool):
            raise TypeError(f"collective: expected True or False, found {type(collective).__name__} {collective!r}")
        since, until = _ordered(since, until)
        if by is not None:
            ids = self._parties(by, "by", collective=collective)
            self._party_filter(table, filters, ids, lambda i: not ids.isdisjoint(records[i].parties), wanted_domain, exact=True)
        checks: list[Callable[[int], bool]] = []
        if kind is not None:
            wanted_kind = parse_vocab(CommitmentKind, kind)
            checks.append(lambda i: records[i].kind is wanted_kind)
        if status is not None:
            wanted_status = parse_vocab(CommitmentStatus, status)
            checks.append(lambda i: records[i].status is wanted_status)
        return self._run(table, filters, checks, since=since, until=until, text=text, min_confidence=min_confidence)

    def exercises(
        self,
        *,
        participant: str | Ally | Actor | None = None,
        domain: Domain | DomainName | str | None = None,
        year: int | str | None = None,
        since: DateLike | None = None,
        until: DateLike | None = None,
        source: str | SourceDocument | None = None,
        text: str | None = None,
        min_confidence: Credibility | CredibilityGrade | AdmiraltyCode | int | str | None = None,
    ) -> tuple[Exercise, ...]:
        """Exercises matching every filter given, ordered by ``start`` then id.

        ``participant`` matches the lead or any participant; ``year`` (a
        four-digit year, ``2025`` or ``"2025"``), ``since`` and ``until``
        match exercises whose dates overlap. See :class:`Dataset` for the
        party, ``source`` and ``text`` filters.

        >>> import baltic_security as bs
        >>> [e.name for e in bs.exercises(participant="Germany", year=2025)]
        ['BALTOPS 2025']
        """
        table = self._exercises
        records = table.records
        wanted_domain, filters = self._common_filters(table, domain=domain, source=source)
        if participant is not None:
            ids = self._parties(participant, "participant")
            self._party_filter(table, filters, ids, lambda i: not ids.isdisjoint(_party_refs(records[i])), wanted_domain, exact=True)
        since, until = _ordered(since, until)
        if year is not None:
            in_year = _year(year)
            since = in_year if since is None else max(since, in_year)
            until = in_year if until is None else min(until, in_year)
        return self._run(table, filters, [], since=since, until=until, text=text, min_confidence=min_confidence)

    def deployments(
        self,
        *,
        host: str | Ally | Actor | None = None,
        contributor: str | Ally | Actor | None = None,
        domain: Domain | DomainName | str | None = None,
        status: DeploymentStatus | DeploymentStatusName | str | None = None,
        active_on: DateLike | None = None,
        since: DateLike | None = None,
        until: DateLike | None = None,
        source: str | SourceDocument | None = None,
        text: str | None = None,
        min_confidence: Credibility | CredibilityGrade | AdmiraltyCode | int | str | None = None,
    ) -> tuple[Deployment, ...]:
        """Deployments matching every filter given, ordered by ``start`` then id.

        ``contributor`` matches contributors and the lead; ``host`` the host
        states (see :class:`Dataset` for party, ``source`` and ``text``
        filters). ``active_on`` keeps deployments whose span meets that date;
        ``since``/``until`` keep those whose span overlaps the range, so what
        ``active_on`` finds on a day, ``since`` and ``until`` around that day
        find too. A deployment's span runs:

        - from its ``start``; with no start, if its status is ``active``,
          from the date of the earliest source reporting it (it was in place
          by then at the latest; ``start`` itself stays unknown); with no
          start and any other status, it has no span and date filters leave
          it out (a ``planned`` one with no start is active on no date);
        - to its ``end``; with no end, on and on (still in place as far as
          the data knows) unless its status is ``ended``, in which case to
          the end of its start.

        >>> import baltic_security as bs
        >>> [d.size and str(d.size) for d in bs.deployments(host="LT", contributor="DEU", status="planned")]
        ['4,000 troops']
        >>> d = bs.get("bdc-2025-baltic-sentry", bs.Deployment)
        >>> d.status.value, d.start, bs.get(d.evidence[0].source).published.isoformat()
        ('active', None, '2025-01-23')
        >>> d in bs.deployments(active_on="2025-01-23"), d in bs.deployments(active_on="2025-01-22")
        (True, False)
        """
        table = self._deployments
        records = table.records
        wanted_domain, filters = self._common_filters(table, domain=domain, source=source)
        if host is not None:
            host_ids = self._party_ids(host, "host")
            # The party index also holds contributors and leads: the test keeps hosts only.
            self._party_filter(table, filters, host_ids, lambda i: not host_ids.isdisjoint(records[i].hosts), wanted_domain, exact=False)
        if contributor is not None:
            ids = self._parties(contributor, "contributor")

            def contributes(i: int) -> bool:
                return bool(ids & {*records[i].contributors, records[i].lead})

            self._party_filter(table, filters, ids, contributes, wanted_domain if host is None else None, exact=False)
        checks: list[Callable[[int], bool]] = []
        if status is not None:
            wanted = parse_vocab(DeploymentStatus, status)
            checks.append(lambda i: records[i].status is wanted)
        since, until = _ordered(since, until)
        if active_on is not None:
            day = PartialDate.coerce(active_on)
            since = day if since is None else max(since, day)
            until = day if until is None else min(until, day)
        return self._run(table, filters, checks, since=since, until=until, text=text, min_confidence=min_confidence)

    def allies(self, *, member_on: DateLike | None = None, baltic: bool | None = None) -> tuple[Ally, ...]:
        """Allies, by name; ``member_on`` keeps those that had joined NATO by that date.

        ``baltic`` is ``True`` or ``False`` (anything else is a :class:`TypeError`,
        not read as true or false).

        >>> import baltic_security as bs
        >>> [a.name for a in bs.allies(member_on="2004-03-29", baltic=True)]
        ['Estonia', 'Latvia', 'Lithuania']
        >>> len(bs.allies(member_on=2023))
        31
        """
        found = self._allies
        if member_on is not None:
            when = PartialDate.coerce(member_on)
            found = tuple(a for a in found if a.member_on(when))
        if baltic is not None:
            if not isinstance(baltic, bool):
                raise TypeError(f"baltic: expected True or False, found {type(baltic).__name__} {baltic!r}")
            found = tuple(a for a in found if a.baltic is baltic)
        return found

    def actors(self, *, kind: ActorKind | ActorKindName | str | None = None) -> tuple[Actor, ...]:
        """Non-member parties (states, organisations, bodies, coalitions, armed groups), by name.

        >>> import baltic_security as bs
        >>> [a.name for a in bs.actors(kind="armed group")]
        ['Wagner Group']
        """
        if kind is None:
            return self._actors
        wanted = parse_vocab(ActorKind, kind)
        return tuple(a for a in self._actors if a.kind is wanted)

    def sources(
        self, *, kind: SourceKind | SourceKindName | str | None = None, min_reliability: Reliability | ReliabilityGrade | str | None = None
    ) -> tuple[SourceDocument, ...]:
        """Source documents by publication date; ``min_reliability="B"`` keeps A and B.

        >>> import baltic_security as bs
        >>> [s.reliability.value for s in bs.sources(min_reliability="B")]
        ['B', 'B', 'A']
        """
        found = self._sources
        if kind is not None:
            wanted = parse_vocab(SourceKind, kind)
            found = tuple(s for s in found if s.kind is wanted)
        if min_reliability is not None:
            minimum = parse_vocab(Reliability, min_reliability)
            found = tuple(s for s in found if s.reliability.meets(minimum))
        return found

    def conflicts(self, *, subject: str | Record | None = None) -> tuple[Conflict, ...]:
        """Points on which sources disagree, each with every claim and its evidence, by id.

        ``subject`` keeps the conflicts about one record, given by its id or
        itself; an id no record has raises :class:`UnknownIdError`.

        >>> import baltic_security as bs
        >>> any(c.field == "place" for c in bs.conflicts())
        True
        >>> bs.conflicts(subject=bs.get("estonia"))
        ()
        """
        if subject is None:
            return self._conflicts
        if isinstance(subject, (Ally, Actor, SourceDocument, Commitment, Exercise, Deployment, Conflict)):
            subject = subject.id
        elif not isinstance(subject, str):
            raise TypeError(f"subject: expected a record's id or the record, found {type(subject).__name__} {subject!r}")
        subject_id = self.get(subject).id  # an unknown id is an error, not an empty answer
        return tuple(c for c in self._conflicts if c.subject == subject_id)

    def cites(self, evidence: Evidence) -> SourceDocument:
        """The source document an evidence points to.

        >>> import baltic_security as bs
        >>> c = bs.get("bdc-2025-spending-3pct-gdp", bs.Commitment)
        >>> bs.dataset().cites(c.evidence[0]).kind.value
        'communique'
        """
        return self.get(evidence.source, SourceDocument)

    # ------------------------------------------------------------- engine

    def _common_filters(
        self, table: _Table[F], *, domain: Domain | DomainName | str | None, source: str | SourceDocument | None
    ) -> tuple[Domain | None, list[_Filter]]:
        records = table.records
        filters: list[_Filter] = []
        wanted: Domain | None = None
        if domain is not None:
            found = wanted = parse_vocab(Domain, domain)
            filters.append(_Filter([table.by_domain.get(found, _NO_POSITIONS)], lambda i: found in records[i].domains, exact=True))
        if source is not None:
            source_id = self._source_id(source)
            filters.append(
                _Filter(
                    [table.by_source.get(source_id, _NO_POSITIONS)],
                    lambda i: any(e.source == source_id for e in records[i].evidence),
                    exact=True,
                )
            )
        return wanted, filters

    def _party_filter(
        self,
        table: _Table[F],
        filters: list[_Filter],
        ids: set[str],
        test: Callable[[int], bool],
        domain: Domain | None,
        *,
        exact: bool,
    ) -> None:
        """Add a party filter; given the query's domain, it joins the domain filter (``filters[0]``) as one lookup."""
        if domain is not None:
            domain_test = filters[0].test
            lists = [table.by_party_domain.get((party, domain), _NO_POSITIONS) for party in sorted(ids)]
            filters[0] = _Filter(lists, lambda i: test(i) and domain_test(i), exact=exact)
            return
        filters.append(_Filter([table.by_party.get(party, _NO_POSITIONS) for party in sorted(ids)], test, exact=exact))

    def _run(
        self,
        table: _Table[F],
        filters: list[_Filter],
        checks: list[Callable[[int], bool]],
        *,
        since: DateLike | None,
        until: DateLike | None,
        text: str | None,
        min_confidence: Credibility | CredibilityGrade | AdmiraltyCode | int | str | None,
    ) -> tuple[F, ...]:
        if since is not None or until is not None:
            first = PartialDate.coerce(since).first_day.toordinal() if since is not None else _FIRST_DAY
            last = PartialDate.coerce(until).last_day.toordinal() if until is not None else _LAST_DAY
            firsts, lasts = table.first_days, table.last_days

            def in_range(i: int) -> bool:
                start = firsts[i]
                return start != _NO_DAY and start <= last and first <= lasts[i]

            checks.append(in_range)
        if text is not None:
            wanted = _search.query_words(text)
            words = table.words
            checks.append(lambda i: wanted <= words[i])
        if min_confidence is not None:
            checks.append(self._confidence_check(table, min_confidence))
        # Read the shortest posting list and test the rest on it: cost follows the
        # smallest matching index, not the size of the dataset.
        candidates: Sequence[int] = table.all
        if filters:
            driver = min(filters, key=lambda f: f.size)
            candidates = driver.positions()
            checks[:0] = [f.test for f in filters if f is not driver or not f.exact]
        if not checks and candidates is table.all:
            return table.records  # no filter: the table itself, already in canonical order
        for check in checks:
            candidates = [i for i in candidates if check(i)]
        # Positions are ascending, so results come out in canonical order.
        return tuple(map(table.records.__getitem__, candidates))

    def _confidence_check(self, table: _Table[F], value: Credibility | int | str) -> Callable[[int], bool]:
        reliability: Reliability | None = None
        if isinstance(value, str) and len(value.strip()) == 2 and value.strip()[0].isalpha():
            reliability = parse_vocab(Reliability, value.strip()[0])
            value = value.strip()[1]
        credibility = parse_vocab(Credibility, value)
        sources = self._by_id

        def ok(evidence: Evidence) -> bool:
            if not evidence.credibility.meets(credibility):
                return False
            if reliability is None:
                return True
            source = sources[evidence.source]
            return isinstance(source, SourceDocument) and source.reliability.meets(reliability)

        return lambda i: any(ok(e) for e in table.records[i].evidence)


# ------------------------------------------------------------------ checks


def _cites(evidence: tuple[Evidence, ...], paragraphs: dict[str, int]) -> bool:
    for found in evidence:
        count = paragraphs.get(found.source)
        if count is None or found.paragraph > count:
            return False
    return True


def _resolves(record: Record, party_ids: set[str], paragraphs: dict[str, int], by_id: dict[str, Record]) -> bool:  # noqa: PLR0911
    """Whether a record passes every per-record rule of :func:`check` (the same rules, no messages)."""
    cls = record.__class__
    if cls is Commitment:
        return (
            party_ids.issuperset(record.parties)  # type: ignore[union-attr]
            and (record.beneficiary is None or record.beneficiary in party_ids)  # type: ignore[union-attr]
            and _cites(record.evidence, paragraphs)  # type: ignore[union-attr]
        )
    if cls is Exercise:
        return (
            (record.lead is None or record.lead in party_ids)  # type: ignore[union-attr]
            and all(p.actor in party_ids for p in record.participants)  # type: ignore[union-attr]
            and _cites(record.evidence, paragraphs)  # type: ignore[union-attr]
        )
    if cls is Deployment:
        return (
            (record.lead is None or record.lead in party_ids)  # type: ignore[union-attr]
            and party_ids.issuperset(record.contributors)  # type: ignore[union-attr]
            and party_ids.issuperset(record.hosts)  # type: ignore[union-attr]
            and _cites(record.evidence, paragraphs)  # type: ignore[union-attr]
        )
    if cls is Ally or cls is SourceDocument:
        return True
    if cls is Actor:
        return party_ids.issuperset(record.members) and (record.parent is None or record.parent in party_ids)  # type: ignore[union-attr]
    if cls is Conflict:
        return (record.subject is None or record.subject in by_id) and all(  # type: ignore[union-attr]
            _cites(claim.evidence, paragraphs)
            for claim in record.claims  # type: ignore[union-attr]
        )
    return False


def check(located: list[Located], base: Dataset | None = None) -> tuple[list[Problem], dict[str, Record], dict[str, str]]:
    """Cross-record rules: unique ids, resolving references, existing paragraphs, unambiguous names.

    With a ``base``, ``located`` is merged into it: the base passed these rules
    when it was built, and its records cite only each other, so only the added
    records are checked, against the base's ids and party names as well as
    their own. Returns the problems found, the id index and the party-name index.
    """
    problems: list[Problem] = []
    by_id: dict[str, Record] = {} if base is None else dict(base._by_id)  # noqa: SLF001  # the same class's index
    where: dict[str, Located] = {}
    for item in located:
        record_id = item.record.id
        if record_id in by_id:
            first = where.get(record_id) or Located(by_id[record_id], "<base dataset>", f"$[{record_id!r}]")
            problems.append(
                Problem(
                    file=item.file,
                    path=f"{item.path}.id",
                    message=f"duplicate id {record_id!r}; first defined at {first.file}: {first.path}",
                )
            )
            continue
        by_id[record_id] = item.record
        where[record_id] = item

    # Every way of naming a party must name only it: an ambiguous name is an error here, never a first-wins lookup.
    party_keys: dict[str, str] = {} if base is None else dict(base._party_keys)  # noqa: SLF001
    first_names: dict[str, str] = {}
    for item in located:
        record = item.record
        if not isinstance(record, (Ally, Actor)) or by_id.get(record.id) is not record:
            continue
        for name in identifiers(record):
            key = party_key(name)
            owner = party_keys.setdefault(key, record.id)
            if owner == record.id:
                first_names.setdefault(key, name)
            else:
                # The first party to use the key, and its first name with it (a base party's, when merging).
                holder = by_id[owner]
                earlier = identifiers(holder) if isinstance(holder, (Ally, Actor)) else ()
                first_name = first_names.get(key) or next((n for n in earlier if party_key(n) == key), owner)
                problems.append(
                    Problem(
                        file=item.file,
                        path=item.path,
                        message=f"name {name!r} of {record.id!r} is looked up as {key!r}, as {first_name!r} of {owner!r} is;"
                        " party names, codes and aliases must be unambiguous",
                    )
                )

    # Suggestions for bad references: the ids of each wanted type are listed once, and
    # each bad value is matched once, so many bad references do not rescan the dataset.
    choices: dict[tuple[type[Any], ...], list[str]] = {}
    hints: dict[tuple[str, tuple[type[Any], ...]], tuple[str, ...]] = {}

    def ref(item: Located, path: str, value: str | None, wanted: tuple[type[Any], ...], what: str) -> None:
        if value is None:
            return
        target = by_id.get(value)
        if not isinstance(target, wanted):
            hint = hints.get((value, wanted))
            if hint is None:
                if wanted not in choices:
                    choices[wanted] = [k for k, r in by_id.items() if isinstance(r, wanted)]
                hint = hints[value, wanted] = closest(value, choices[wanted])
            found = "no such id" if target is None else f"it is a {type(target).__name__}"
            suffix = f"; did you mean {' or '.join(map(repr, hint))}?" if hint else ""
            problems.append(
                Problem(file=item.file, path=f"{item.path}.{path}", message=f"expected the id of {what}, found {value!r} ({found}){suffix}")
            )

    def evidence(item: Located, path: str, found: Evidence) -> None:
        ref(item, f"{path}.source", found.source, (SourceDocument,), "a source")
        source = by_id.get(found.source)
        if isinstance(source, SourceDocument) and found.paragraph > source.paragraphs:
            problems.append(
                Problem(
                    file=item.file,
                    path=f"{item.path}.{path}.paragraph",
                    message=f"expected a paragraph from 1 to {source.paragraphs} of {source.id!r}, found {found.paragraph}",
                )
            )

    parties = (Ally, Actor)
    # Read from the base's own lists and the added records, not from every record of the base.
    known: list[Record] = [] if base is None else [*base._allies, *base._actors, *base._sources]  # noqa: SLF001
    known.extend(item.record for item in located)
    winners = [r for r in known if by_id.get(r.id) is r]
    party_ids = {r.id for r in winners if isinstance(r, parties)}
    paragraphs = {r.id: r.paragraphs for r in winners if isinstance(r, SourceDocument)}
    for item in located:
        record = item.record
        # Most records are fine: check them in one cheap pass, and spell out the
        # problems (paths, suggestions) only for a record that has some.
        if _resolves(record, party_ids, paragraphs, by_id):
            continue
        if isinstance(record, Actor):
            for j, member in enumerate(record.members):
                ref(item, f"members[{j}]", member, parties, "an ally or actor")
            ref(item, "parent", record.parent, parties, "an ally or actor")
        elif isinstance(record, Commitment):
            for j, party in enumerate(record.parties):
                ref(item, f"parties[{j}]", party, parties, "an ally or actor")
            ref(item, "beneficiary", record.beneficiary, parties, "an ally or actor")
        elif isinstance(record, Exercise):
            ref(item, "lead", record.lead, parties, "an ally or actor")
            for j, participant in enumerate(record.participants):
                ref(item, f"participants[{j}].actor", participant.actor, parties, "an ally or actor")
        elif isinstance(record, Deployment):
            ref(item, "lead", record.lead, parties, "an ally or actor")
            for j, contributor in enumerate(record.contributors):
                ref(item, f"contributors[{j}]", contributor, parties, "an ally or actor")
            for j, host in enumerate(record.hosts):
                ref(item, f"hosts[{j}]", host, parties, "an ally or actor")
        elif isinstance(record, Conflict):
            if record.subject is not None and record.subject not in by_id:
                ref(item, "subject", record.subject, tuple(RECORD_TYPES.values()), "a record")
            for j, claim in enumerate(record.claims):
                for k, found in enumerate(claim.evidence):
                    evidence(item, f"claims[{j}].evidence[{k}]", found)
        if isinstance(record, (Commitment, Exercise, Deployment)):
            # (Dates in order are the model's rule: a record out of order is never built.)
            for k, found in enumerate(record.evidence):
                evidence(item, f"evidence[{k}]", found)
    return problems, by_id, party_keys


def _ordered(since: DateLike | None, until: DateLike | None) -> tuple[PartialDate | None, PartialDate | None]:
    """``since`` and ``until`` read as dates; a range that ends before it starts is an error, not an empty answer."""
    first = None if since is None else PartialDate.coerce(since)
    last = None if until is None else PartialDate.coerce(until)
    if first is not None and last is not None and last.last_day < first.first_day:
        raise DateError(f"until={last} is before since={first}: the range holds no day; swap them")
    return first, last


def _year(year: int | str) -> PartialDate:
    """The ``year=`` filter: a four-digit calendar year, as an int or a string; never a guessed century."""
    if isinstance(year, bool) or not isinstance(year, (int, str)):
        raise TypeError(f"year: expected a year such as 2025, found {type(year).__name__} {year!r}")
    text = str(year).strip()
    if not (text.isascii() and text.isdigit() and len(text) == 4):
        raise DateError(f"year: expected a four-digit year such as 2025, found {year!r}")
    return PartialDate(int(text))
