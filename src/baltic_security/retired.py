"""Retired and renamed ids: published ids never stop resolving.

A renamed record keeps its old id here, mapped to the new one;
:meth:`Dataset.get` follows the mapping and warns with a
:class:`DeprecationWarning` so callers can update what they store.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["Retired"]


class Retired:
    """A read-only map from retired ids to the ids that replace them.

    >>> Retired({"old-id": "new-id"}).successor("new-id") is None
    True
    """

    __slots__ = ("_renamed",)

    def __init__(self, renamed: Mapping[str, str] | None = None) -> None:
        self._renamed: Mapping[str, str] = MappingProxyType(dict(renamed or {}))

    @property
    def renamed(self) -> Mapping[str, str]:
        """Every retired id and its successor.

        >>> dict(Retired({"old-id": "new-id"}).renamed)
        {'old-id': 'new-id'}
        """
        return self._renamed

    def successor(self, old: str) -> str | None:
        """The current id for a retired one (following chains of renames), warning once per call.

        >>> import warnings
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     current = Retired({"a-1": "a-2", "a-2": "a-3"}).successor("a-1")
        >>> current, str(caught[0].message)
        ('a-3', "id 'a-1' was retired; use 'a-3'")
        """
        seen: list[str] = []
        current = old
        while current in self._renamed and current not in seen:
            seen.append(current)
            current = self._renamed[current]
        if not seen:
            return None
        warnings.warn(f"id {old!r} was retired; use {current!r}", DeprecationWarning, stacklevel=4)
        return current
