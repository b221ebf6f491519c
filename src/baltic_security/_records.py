"""Which record type each key of a dataset file holds, in file order, and a record with where it was read from.

The record classes themselves are defined in :mod:`baltic_security.model`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, TypeVar

import attrs

from .model import Actor, Ally, Commitment, Conflict, Deployment, Exercise, Record, SourceDocument

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


@attrs.frozen
class Located:
    """A record with where it was read from, so problems can point at it."""

    record: Record
    file: str
    path: str
