r"""How a dataset indexes its records: each type in canonical order, and the posting lists queries read.

A fact type (commitments, exercises, deployments) is a :class:`_Table`: its records sorted by date,
and for each party, domain, cited source and party with domain the positions of the records that
have it, with each record's span in day ordinals. A query narrows with :class:`_Filter`\s over
those lists. The other types are sorted tuples (:func:`_merged`).
"""

from __future__ import annotations

import datetime as _dt
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic

from . import _search
from ._records import F, R
from ._text import fold
from .model import Actor, Ally, Commitment, Deployment, Exercise, Record, SourceDocument
from .vocab import DeploymentStatus, Domain

if TYPE_CHECKING:
    from .dates import PartialDate

_FAR_PAST = _dt.date.min
_FAR_FUTURE = _dt.date.max


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


# ------------------------------------------------------------------ indexes

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
