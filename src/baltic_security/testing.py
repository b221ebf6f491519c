"""Hypothesis strategies for every record type and for whole valid datasets.

Needs the ``testing`` extra (``pip install 'baltic-security[testing]'``).
Use them to property-test your own code against our types::

    from hypothesis import given
    import baltic_security as bs
    from baltic_security.testing import datasets

    @given(datasets())
    def test_my_api_serves_every_commitment(ds):
        for c in ds.commitments():
            assert my_serialiser(c)["id"] == c.id

>>> from hypothesis import given, settings
>>> import baltic_security as bs
>>> @settings(max_examples=5)
... @given(datasets())
... def roundtrip(ds):
...     assert all(ds.get(r.id) is r for r in ds)
>>> roundtrip()
"""

from __future__ import annotations

import datetime as _dt
import string
from typing import Any

try:
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover - exercised only without the extra
    from .errors import MissingExtraError

    raise MissingExtraError("hypothesis", "testing") from None

from ._dataset import Dataset
from .dates import PartialDate
from .model import (
    Actor,
    Ally,
    Claim,
    Commitment,
    Conflict,
    Deployment,
    Evidence,
    Exercise,
    Participant,
    Place,
    Quantity,
    SourceDocument,
)
from .vocab import (
    ActorKind,
    CommitmentKind,
    CommitmentStatus,
    Credibility,
    DeploymentStatus,
    Domain,
    Qualifier,
    Reliability,
    SourceKind,
    Unit,
)

__all__ = [
    "actors",
    "allies",
    "commitments",
    "conflicts",
    "datasets",
    "deployments",
    "evidence",
    "exercises",
    "partial_dates",
    "places",
    "quantities",
    "slugs",
    "sources",
    "texts",
]

#: Valid record ids.
slugs: st.SearchStrategy[str] = st.from_regex(r"[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,4}){0,2}", fullmatch=True)

#: Non-blank text of any script on one line, as names, summaries and notes hold.
texts: st.SearchStrategy[str] = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")),
    min_size=1,
    max_size=30,
).filter(lambda s: s.strip() != "")


@st.composite
def partial_dates(draw: st.DrawFn, *, min_year: int = 1949, max_year: int = 2035) -> PartialDate:
    """Dates of year, month or day precision.

    >>> from hypothesis import find
    >>> find(partial_dates(min_year=2020, max_year=2021), lambda d: d.precision.value == "month").month is not None
    True
    """
    day = draw(st.dates(_dt.date(min_year, 1, 1), _dt.date(max_year, 12, 31)))
    precision = draw(st.sampled_from(("year", "month", "day")))
    if precision == "year":
        return PartialDate(day.year)
    if precision == "month":
        return PartialDate(day.year, day.month)
    return PartialDate(day.year, day.month, day.day)


#: Quantities with integer or finite float values.
quantities: st.SearchStrategy[Quantity] = st.builds(
    Quantity,
    value=st.one_of(st.integers(0, 10**7), st.floats(0, 1e7, allow_nan=False, allow_infinity=False)),
    unit=st.sampled_from(Unit),
    qualifier=st.sampled_from(Qualifier),
)


@st.composite
def places(draw: st.DrawFn) -> Place:
    """Places, with or without WGS84 coordinates.

    >>> from hypothesis import find
    >>> find(places(), lambda p: p.known).lat is not None
    True
    """
    name = draw(texts)
    if draw(st.booleans()):
        lat = draw(st.floats(-90, 90, allow_nan=False))
        lon = draw(st.floats(-180, 180, allow_nan=False))
        return Place(name=name, lat=lat, lon=lon)
    return Place(name=name)


def _optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


def _subset(items: list[str], *, min_size: int = 0) -> st.SearchStrategy[tuple[str, ...]]:
    if not items:
        return st.just(())
    return st.lists(st.sampled_from(items), min_size=min_size, max_size=min(3, len(items)), unique=True).map(tuple)


def _domains(*, min_size: int = 0) -> st.SearchStrategy[tuple[Domain, ...]]:
    return st.lists(st.sampled_from(Domain), min_size=min_size, max_size=3, unique=True).map(tuple)


@st.composite
def evidence(draw: st.DrawFn, source_docs: list[SourceDocument]) -> Evidence:
    """An evidence citing an existing paragraph of one of ``source_docs``.

    >>> from hypothesis import find
    >>> doc = find(sources(7), lambda s: s.paragraphs > 3)
    >>> e = find(evidence([doc]), lambda e: e.paragraph > 1)
    >>> e.source, 1 < e.paragraph <= doc.paragraphs
    ('source-7', True)
    """
    source = draw(st.sampled_from(source_docs))
    return Evidence(
        source=source.id,
        paragraph=draw(st.integers(1, source.paragraphs)),
        credibility=draw(st.sampled_from(Credibility)),
        label=draw(_optional(st.from_regex(r"[0-9]{1,2}", fullmatch=True))),
        attribution=draw(_optional(texts)),
        about=draw(st.lists(st.sampled_from(("summary", "start", "size", "scenario")), max_size=2, unique=True).map(tuple)),
    )


def _evidences(source_docs: list[SourceDocument]) -> st.SearchStrategy[tuple[Evidence, ...]]:
    return st.lists(evidence(source_docs), min_size=1, max_size=3, unique=True).map(tuple)


def _code(index: int, width: int) -> str:
    letters = string.ascii_uppercase
    out = ""
    for _ in range(width):
        index, rest = divmod(index, 26)
        out = letters[rest] + out
    return out


@st.composite
def allies(draw: st.DrawFn, index: int = 0) -> Ally:
    """An ally whose id, name and codes are unique by ``index``.

    >>> from hypothesis import find
    >>> ally = find(allies(27), lambda a: True)
    >>> ally.id, ally.name, ally.iso2
    ('ally-27', 'Ally 27', 'BB')
    """
    joined = draw(st.dates(_dt.date(1949, 1, 1), _dt.date(2030, 12, 31)))
    return Ally(
        id=f"ally-{index}",
        name=f"Ally {index}",
        iso2=_code(index, 2),
        iso3=_code(index, 3),
        iso_numeric=f"{index % 500:03d}",
        joined_nato=joined,
        joined_eu=draw(_optional(st.dates(_dt.date(1958, 1, 1), _dt.date(2030, 12, 31)))),
        baltic=draw(st.booleans()),
        official_name=draw(st.sampled_from((f"Ally {index}", f"Republic of Ally {index}"))),
        aliases=draw(st.sampled_from(((), (f"Ally No {index}",)))),
        demonyms=draw(st.sampled_from(((), (f"Allian {index}",)))),
    )


@st.composite
def actors(draw: st.DrawFn, index: int = 0, members: tuple[str, ...] = ()) -> Actor:
    """An actor unique by ``index``, whose members are drawn from ``members``.

    A state has ISO 3166-1 codes (from the end of the alphabet, apart from
    those of :func:`allies`) and an official name.

    >>> from hypothesis import find
    >>> find(actors(1, ("ally-0", "ally-1")), lambda a: len(a.members) == 2).members in {("ally-0", "ally-1"), ("ally-1", "ally-0")}
    True
    >>> state = find(actors(1), lambda a: a.kind is ActorKind.STATE)
    >>> state.iso2, state.iso3, state.iso_numeric, state.official_name
    ('ZY', 'ZZY', '998', 'State of Actor 1')
    """
    kind = draw(st.sampled_from(ActorKind))
    state = kind is ActorKind.STATE
    return Actor(
        id=f"actor-{index}",
        name=f"Actor {index}",
        kind=kind,
        official_name=f"State of Actor {index}" if state else None,
        iso2=_code(675 - index % 338, 2) if state else None,
        iso3=_code(17575 - index % 8788, 3) if state else None,
        iso_numeric=f"{999 - index % 500:03d}" if state else None,
        aliases=draw(st.sampled_from(((), (f"Actor No {index}",)))),
        members=draw(_subset(list(members))),
    )


@st.composite
def sources(draw: st.DrawFn, index: int = 0) -> SourceDocument:
    """A source document unique by ``index``.

    >>> from hypothesis import find
    >>> find(sources(2), lambda s: s.reliability.value == "B").id
    'source-2'
    """
    return SourceDocument(
        id=f"source-{index}",
        title=draw(texts),
        kind=draw(st.sampled_from(SourceKind)),
        published=draw(partial_dates()),
        reliability=draw(st.sampled_from(Reliability)),
        reliability_note=draw(texts),
        sha256=draw(st.from_regex(r"[0-9a-f]{64}", fullmatch=True)),
        paragraphs=draw(st.integers(1, 60)),
        publisher=draw(_optional(texts)),
        place=draw(_optional(places())),
        notes=draw(_optional(texts)),
    )


@st.composite
def commitments(draw: st.DrawFn, index: int, parties: list[str], source_docs: list[SourceDocument]) -> Commitment:
    """A commitment by some of ``parties``, citing ``source_docs``.

    >>> from hypothesis import find
    >>> doc = find(sources(0), lambda s: True)
    >>> c = find(commitments(3, ["ally-0", "actor-0"], [doc]), lambda c: len(c.parties) == 2)
    >>> c.id, sorted(c.parties), c.evidence[0].source
    ('commitment-3', ['actor-0', 'ally-0'], 'source-0')
    """
    made_on, due = _ordered_span(draw)
    return Commitment(
        id=f"commitment-{index}",
        summary=draw(texts),
        parties=draw(_subset(parties, min_size=1)),
        domains=draw(_domains(min_size=1)),
        kind=draw(st.sampled_from(CommitmentKind)),
        evidence=draw(_evidences(source_docs)),
        amount=draw(_optional(quantities)),
        beneficiary=draw(_optional(st.sampled_from(parties))),
        made_on=made_on,
        due=due,
        status=draw(st.sampled_from(CommitmentStatus)),
    )


def _ordered_span(draw: st.DrawFn) -> tuple[PartialDate | None, PartialDate | None]:
    start = draw(_optional(partial_dates()))
    end = draw(_optional(partial_dates()))
    if start is not None and end is not None and end.last_day < start.first_day:
        start, end = end, start
    if start is not None and end is not None and end.last_day < start.first_day:
        end = None
    return start, end


@st.composite
def exercises(draw: st.DrawFn, index: int, parties: list[str], source_docs: list[SourceDocument]) -> Exercise:
    """An exercise led by and with some of ``parties``, citing ``source_docs``.

    >>> from hypothesis import find
    >>> doc = find(sources(0), lambda s: True)
    >>> e = find(exercises(0, ["ally-0"], [doc]), lambda e: e.participants and e.start and e.end)
    >>> e.participants[0].actor, e.start <= e.end
    ('ally-0', True)
    """
    start, end = _ordered_span(draw)
    chosen = draw(_subset(parties))
    return Exercise(
        id=f"exercise-{index}",
        name=draw(texts),
        evidence=draw(_evidences(source_docs)),
        series=draw(_optional(texts)),
        start=start,
        end=end,
        area=draw(_optional(texts)),
        location=draw(_optional(places())),
        lead=draw(_optional(st.sampled_from(parties))),
        participants=tuple(Participant(actor=p, assets=draw(st.lists(texts, max_size=2, unique=True).map(tuple))) for p in chosen),
        scale=draw(st.lists(quantities, max_size=2, unique=True).map(tuple)),
        domains=draw(_domains()),
        scenario=draw(_optional(texts)),
    )


@st.composite
def deployments(draw: st.DrawFn, index: int, parties: list[str], source_docs: list[SourceDocument]) -> Deployment:
    """A deployment among ``parties``, citing ``source_docs``.

    >>> from hypothesis import find
    >>> doc = find(sources(0), lambda s: True)
    >>> find(deployments(5, ["ally-0"], [doc]), lambda d: d.hosts).hosts
    ('ally-0',)
    """
    start, end = _ordered_span(draw)
    return Deployment(
        id=f"deployment-{index}",
        summary=draw(texts),
        evidence=draw(_evidences(source_docs)),
        contributors=draw(_subset(parties)),
        lead=draw(_optional(st.sampled_from(parties))),
        hosts=draw(_subset(parties)),
        area=draw(_optional(texts)),
        location=draw(_optional(places())),
        framework=draw(_optional(texts)),
        unit=draw(_optional(texts)),
        size=draw(_optional(quantities)),
        status=draw(st.sampled_from(DeploymentStatus)),
        start=start,
        end=end,
        conditions=draw(_optional(texts)),
        domains=draw(_domains()),
    )


@st.composite
def conflicts(draw: st.DrawFn, index: int, subjects: list[str], source_docs: list[SourceDocument]) -> Conflict:
    """A conflict between two or three claims, about one of ``subjects`` or none.

    >>> from hypothesis import find
    >>> doc = find(sources(0), lambda s: True)
    >>> conflict = find(conflicts(0, ["deployment-0"], [doc]), lambda c: c.subject is not None)
    >>> conflict.subject, len(conflict.claims) >= 2
    ('deployment-0', True)
    """
    values = draw(st.lists(texts, min_size=2, max_size=3, unique=True))
    return Conflict(
        id=f"conflict-{index}",
        topic=draw(texts),
        field=draw(st.sampled_from(("place", "start", "size"))),
        claims=tuple(Claim(value=value, evidence=draw(_evidences(source_docs))) for value in values),
        subject=draw(_optional(st.sampled_from(subjects))) if subjects else None,
        note=draw(_optional(texts)),
    )


@st.composite
def datasets(draw: st.DrawFn, *, max_facts: int = 6) -> Dataset:
    """A whole valid dataset: every reference resolves, every evidence cites an existing paragraph.

    >>> from hypothesis import find
    >>> ds = find(datasets(max_facts=2), lambda ds: len(ds.commitments()) == 2)
    >>> all(ds.cites(e).paragraphs >= e.paragraph for c in ds.commitments() for e in c.evidence)
    True
    """
    ally_list = [draw(allies(i)) for i in range(draw(st.integers(1, 4)))]
    ally_ids = [a.id for a in ally_list]
    actor_list = [draw(actors(i, tuple(ally_ids))) for i in range(draw(st.integers(0, 3)))]
    party_ids = ally_ids + [a.id for a in actor_list]
    source_list = [draw(sources(i)) for i in range(draw(st.integers(1, 3)))]
    commitment_list = [draw(commitments(i, party_ids, source_list)) for i in range(draw(st.integers(0, max_facts)))]
    exercise_list = [draw(exercises(i, party_ids, source_list)) for i in range(draw(st.integers(0, max_facts)))]
    deployment_list = [draw(deployments(i, party_ids, source_list)) for i in range(draw(st.integers(0, max_facts)))]
    facts: list[Commitment | Exercise | Deployment] = [*commitment_list, *exercise_list, *deployment_list]
    subjects = [r.id for r in facts]
    conflict_list = [draw(conflicts(i, subjects, source_list)) for i in range(draw(st.integers(0, 2)))]
    return Dataset(
        allies=ally_list,
        actors=actor_list,
        sources=source_list,
        commitments=commitment_list,
        exercises=exercise_list,
        deployments=deployment_list,
        conflicts=conflict_list,
        version=draw(st.sampled_from((None, "2026.1.0"))),
    )
