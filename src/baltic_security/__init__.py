"""Typed, source-cited data on Baltic security commitments, exercises and deployments.

>>> import baltic_security as bs
>>> c = bs.commitments(by="Estonia", domain="undersea")[0]
>>> source = bs.get(c.evidence[0].source)
>>> source.title, c.evidence[0].paragraph, c.evidence[0].label
('Joint Communiqué of the Baltic Defence Cooperation Ministerial Committee', 21, '15')

The bundled dataset loads on first use; every helper here queries it. Load
your own with :func:`load`.
"""

from __future__ import annotations

import os
from threading import Lock
from typing import TYPE_CHECKING, Any, TypeVar, overload

from ._dataset import Dataset
from ._version import __version__
from .dates import DateLike, PartialDate
from .errors import (
    BalticSecurityError,
    DataError,
    DateError,
    FieldError,
    FieldTypeError,
    MissingExtraError,
    OverwriteError,
    Problem,
    UnknownIdError,
    UnknownPartyError,
    UnknownValueError,
)
from .model import (
    Actor,
    Ally,
    Claim,
    Commitment,
    Conflict,
    Deployment,
    Evidence,
    Exercise,
    Fact,
    Participant,
    Place,
    Quantity,
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
    Precision,
    Qualifier,
    Reliability,
    ReliabilityGrade,
    SourceKind,
    SourceKindName,
    Unit,
)

if TYPE_CHECKING:
    from ._records import R

T = TypeVar("T")

__all__ = [
    "Actor",
    "ActorKind",
    "ActorKindName",
    "AdmiraltyCode",
    "Ally",
    "BalticSecurityError",
    "Claim",
    "Commitment",
    "CommitmentKind",
    "CommitmentKindName",
    "CommitmentStatus",
    "CommitmentStatusName",
    "Conflict",
    "Credibility",
    "CredibilityGrade",
    "DataError",
    "Dataset",
    "DateError",
    "DateLike",
    "Deployment",
    "DeploymentStatus",
    "DeploymentStatusName",
    "Domain",
    "DomainName",
    "Evidence",
    "Exercise",
    "Fact",
    "FieldError",
    "FieldTypeError",
    "MissingExtraError",
    "OverwriteError",
    "PartialDate",
    "Participant",
    "Place",
    "Precision",
    "Problem",
    "Qualifier",
    "Quantity",
    "Record",
    "Reliability",
    "ReliabilityGrade",
    "SourceDocument",
    "SourceKind",
    "SourceKindName",
    "Unit",
    "UnknownIdError",
    "UnknownPartyError",
    "UnknownValueError",
    "__version__",
    "actors",
    "allies",
    "commitments",
    "conflicts",
    "dataset",
    "deployments",
    "exercises",
    "get",
    "load",
    "party",
    "sources",
    "structure",
    "unstructure",
]

_lock = Lock()
_bundled: Dataset | None = None


def dataset() -> Dataset:
    """The bundled dataset, loaded on first use, exactly once across threads.

    >>> import baltic_security as bs
    >>> bs.dataset() is bs.dataset()
    True
    >>> bs.dataset().version
    '2026.11.1'
    """
    global _bundled  # noqa: PLW0603  # the one lazily-initialised singleton
    found = _bundled
    if found is None:
        with _lock:
            found = _bundled
            if found is None:
                from .loader import bundled  # noqa: PLC0415  # the data and the loader's converter load on first use

                found = _bundled = bundled()
    return found


def load(path: str | os.PathLike[str], *, base: Dataset | None = None, max_bytes: int | None = None) -> Dataset:
    """Read a dataset file or folder; see :func:`baltic_security.loader.load`.

    >>> import baltic_security as bs
    >>> bs.load("no/such/file.json")
    Traceback (most recent call last):
    ...
    baltic_security.errors.DataError: 1 problem in dataset:
      no/such/file.json: $: expected a dataset file or folder, found nothing at this path
    """
    from . import loader  # noqa: PLC0415

    return loader.load(path, base=base, max_bytes=loader.DEFAULT_MAX_BYTES if max_bytes is None else max_bytes)


@overload
def get(id: str) -> Record: ...
@overload
def get(id: str, kind: type[R]) -> R: ...


def get(id: str, kind: type[R] | None = None) -> Record:
    """Any record of the bundled dataset by id; ``kind`` narrows and checks the type.

    >>> import baltic_security as bs
    >>> bs.get("latvia").name
    'Latvia'
    """
    if kind is None:
        return dataset().get(id)
    return dataset().get(id, kind)


def party(name: str) -> Ally | Actor:
    """The one ally or actor a name stands for; see :meth:`Dataset.party`.

    Takes an id, a name or official name, an ISO 3166-1 alpha-2, alpha-3 or
    numeric code, an alias (native and Cyrillic names among them) or a
    demonym, in any case, with or without accents or a leading "the".
    Raises :class:`UnknownPartyError` for an unknown name (naming the
    nearest) or a collective name such as "the Baltic states".

    >>> import baltic_security as bs
    >>> bs.party("EST").name, bs.party("the Alliance").name, bs.party("the UK").name, bs.party("643").name
    ('Estonia', 'NATO', 'United Kingdom', 'Russia')
    """
    return dataset().party(name)


def commitments(
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
    """Commitments of the bundled dataset; see :meth:`Dataset.commitments`.

    >>> import baltic_security as bs
    >>> [str(c.amount) for c in bs.commitments(by="Lithuania", domain="spending", kind="target", status="proposed")]
    ['at least 3% of GDP']
    """
    return dataset().commitments(
        by=by, domain=domain, kind=kind, status=status, since=since, until=until,
        source=source, text=text, min_confidence=min_confidence, collective=collective,
    )  # fmt: skip


def exercises(
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
    """Exercises of the bundled dataset; see :meth:`Dataset.exercises`.

    >>> import baltic_security as bs
    >>> [e.start.isoformat() for e in bs.exercises(text="baltops")]
    ['2025-06-03']
    """
    return dataset().exercises(
        participant=participant, domain=domain, year=year, since=since, until=until,
        source=source, text=text, min_confidence=min_confidence,
    )  # fmt: skip


def deployments(
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
    """Deployments of the bundled dataset; see :meth:`Dataset.deployments`.

    >>> import baltic_security as bs
    >>> [d.location.name for d in bs.deployments(host="Latvia") if d.location]
    ['Ādaži']
    """
    return dataset().deployments(
        host=host, contributor=contributor, domain=domain, status=status, active_on=active_on,
        since=since, until=until, source=source, text=text, min_confidence=min_confidence,
    )  # fmt: skip


def allies(*, member_on: DateLike | None = None, baltic: bool | None = None) -> tuple[Ally, ...]:
    """NATO allies of the bundled dataset, by name; see :meth:`Dataset.allies`.

    >>> import baltic_security as bs
    >>> [a.iso2 for a in bs.allies(baltic=True)]
    ['EE', 'LV', 'LT']
    """
    return dataset().allies(member_on=member_on, baltic=baltic)


def actors(*, kind: ActorKind | ActorKindName | str | None = None) -> tuple[Actor, ...]:
    """Non-member parties of the bundled dataset, by name; see :meth:`Dataset.actors`.

    >>> import baltic_security as bs
    >>> "Russia" in [a.name for a in bs.actors(kind="state")]
    True
    """
    return dataset().actors(kind=kind)


def sources(
    *, kind: SourceKind | SourceKindName | str | None = None, min_reliability: Reliability | ReliabilityGrade | str | None = None
) -> tuple[SourceDocument, ...]:
    """Source documents of the bundled dataset; see :meth:`Dataset.sources`.

    >>> import baltic_security as bs
    >>> [s.published.isoformat() for s in bs.sources(kind="communique")]
    ['2025-01-23']
    """
    return dataset().sources(kind=kind, min_reliability=min_reliability)


def conflicts(*, subject: str | Record | None = None) -> tuple[Conflict, ...]:
    """Claims on which sources disagree, each with all evidence; see :meth:`Dataset.conflicts`.

    >>> import baltic_security as bs
    >>> len(bs.conflicts()) >= 2
    True
    """
    return dataset().conflicts(subject=subject)


def unstructure(obj: Any) -> Any:
    """A record or value as plain JSON-ready data, through the package's one converter.

    >>> import baltic_security as bs, json
    >>> json.dumps(bs.unstructure(bs.PartialDate(2025, 6)))
    '"2025-06"'
    """
    from .convert import unstructure as _unstructure  # noqa: PLC0415  # cattrs loads on first use

    return _unstructure(obj)


def structure(data: Any, cls: type[T]) -> T:
    """Build a record from JSON-ready data, strictly; see :func:`baltic_security.convert.structure`.

    >>> import baltic_security as bs
    >>> bs.structure({"id": "nato", "name": "NATO", "kind": "organisation"}, bs.Actor).kind
    <ActorKind.ORGANISATION: 'organisation'>
    """
    from .convert import structure as _structure  # noqa: PLC0415

    return _structure(data, cls)
