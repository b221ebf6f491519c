"""A validated, indexed, immutable set of records, and the queries over it.

>>> import baltic_security as bs
>>> ds = bs.dataset()
>>> ds.get("estonia").name
'Estonia'
>>> all(c.parties for c in ds.commitments())
True
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, get_args, overload

from . import _checks, _search
from ._indexes import (
    _FIRST_DAY,
    _LAST_DAY,
    _NO_DAY,
    _NO_POSITIONS,
    _commitment_span,
    _Days,
    _deployment_span,
    _exercise_span,
    _Filter,
    _made_on,
    _merged,
    _party_refs,
    _start,
    _Table,
)
from ._parties import PartyIndex
from ._records import _KEY_OF, RECORD_TYPES, F, Located, R
from ._text import closest
from .dates import DateLike, PartialDate
from .errors import DataError, DateError, UnknownIdError, UnknownPartyError
from .model import Actor, Ally, Commitment, Conflict, Deployment, Evidence, Exercise, Record, SourceDocument
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
        problems, by_id, party_keys = _checks.check(located, base)
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
