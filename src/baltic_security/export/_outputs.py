"""The formats an export knows, and the files each writes."""

from __future__ import annotations

import os
from pathlib import Path

from baltic_security._text import closest
from baltic_security.errors import UnknownValueError

from ._tables import _layout

#: The formats :func:`write` (and ``baltic-security export FORMAT PATH``) knows.
FORMATS: tuple[str, ...] = ("json", "schema", "csv", "sqlite", "parquet", "geojson")


def outputs(format: str, path: str | os.PathLike[str], *, metadata: str | os.PathLike[str] | None = None) -> tuple[Path, ...]:
    """The files :func:`write` writes for ``format`` and ``path``: the named file first, then what comes with it.

    ``json``, ``schema`` and ``geojson`` write the file named; ``sqlite``
    the database and its Datasette metadata (``metadata``, by default
    ``metadata.json`` beside it); ``csv`` and ``parquet`` a file per table
    inside the folder named (and ``datapackage.json`` for ``csv``). Only
    the files named (the file, or ``metadata``) are replaced without
    ``force=True``.

    >>> [p.name for p in outputs("sqlite", "keep/x.db")]
    ['x.db', 'metadata.json']
    >>> [p.as_posix() for p in outputs("csv", "baltic-csv")][:3]
    ['baltic-csv/datapackage.json', 'baltic-csv/records.csv', 'baltic-csv/parties.csv']
    """
    target = Path(path)
    if format in ("json", "schema", "geojson"):
        return (target,)
    if format == "sqlite":
        return (target, target.with_name("metadata.json") if metadata is None else Path(metadata))
    if format == "csv":
        return (target / "datapackage.json", *(target / f"{table.name}.csv" for table in _layout()))
    if format == "parquet":
        return tuple(target / f"{table.name}.parquet" for table in _layout())
    raise _unknown_format(format)


def _unknown_format(format: str) -> UnknownValueError:
    """The error for a format that is none of :data:`FORMATS`, with the nearest ones named."""
    return UnknownValueError("export format", format, closest(str(format), FORMATS, limit=3) or FORMATS)
