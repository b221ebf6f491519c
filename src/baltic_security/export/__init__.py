"""Writing the dataset in other forms, all generated from the one model.

Every export is derived from the attrs classes (their fields, type hints and
validators) and filled through the one converter
(:func:`baltic_security.convert.unstructure`), so a field added to the model
shows up in every export with no column list to keep in step:

- :func:`write_json`: a dataset file, which :func:`baltic_security.load` reads back;
- :func:`json_schema`, :func:`write_schema`: the JSON Schema (draft 2020-12) of a dataset file;
- :func:`to_tables`: the dataset as related tables, which :func:`write_csv` (with a
  Frictionless ``datapackage.json``), :func:`write_sqlite` (with a Datasette
  ``metadata.json``), :func:`to_dataframe` (pandas) and :func:`write_parquet` write;
- :func:`to_geojson`, :func:`write_geojson`: the deployments and exercises that have coordinates.

>>> import baltic_security as bs
>>> tables = to_tables(bs.dataset())
>>> len(tables["commitments"].rows) == len(bs.commitments())
True
>>> [c.name for c in tables["commitment_parties"].columns]
['commitment_id', 'position', 'party']
"""

from __future__ import annotations

# One module per format, over one shared table plan (as sqlite-utils and frictionless lay theirs out):
#   _model    what every export reads from the model (fields, types, validator rules) and says about the data
#   _tables   the table plan: Column, Table, ForeignKey, to_tables, the party and vocabulary key tables, cells
#   _json     to_data, write_json; json_schema, write_schema
#   _csv      write_csv and its Frictionless datapackage.json
#   _sqlite   write_sqlite, its Datasette metadata.json and canned queries
#   _pandas   to_dataframe
#   _parquet  write_parquet
#   _geojson  to_geojson, write_geojson
#   _outputs  FORMATS and the files each format writes; _files: writing a JSON file, checking a target
import os
from collections.abc import Callable
from pathlib import Path

from baltic_security._dataset import Dataset  # noqa: TC001  # at run time, so the reference's signatures link it
from baltic_security.errors import UnknownValueError

from . import _outputs
from ._csv import write_csv
from ._geojson import to_geojson, write_geojson
from ._json import json_schema, to_data, write_json, write_schema
from ._outputs import _unknown_format, outputs
from ._pandas import to_dataframe
from ._parquet import write_parquet
from ._sqlite import write_sqlite
from ._tables import Column, ForeignKey, Table, to_tables

__all__ = [
    "FORMATS",
    "Column",
    "ForeignKey",
    "Table",
    "json_schema",
    "outputs",
    "to_data",
    "to_dataframe",
    "to_geojson",
    "to_tables",
    "write",
    "write_csv",
    "write_geojson",
    "write_json",
    "write_parquet",
    "write_schema",
    "write_sqlite",
]

#: The formats :func:`write` (and ``baltic-security export FORMAT PATH``) knows.
FORMATS: tuple[str, ...] = _outputs.FORMATS

# ---------------------------------------------------------------- one entry point


def write(ds: Dataset, format: str, path: str | os.PathLike[str], *, force: bool = False, bom: bool = False) -> Path:
    """Write the dataset in one of :data:`FORMATS`; ``csv`` and ``parquet`` write a folder.

    :func:`outputs` lists the files written. The file named is replaced if
    it exists; other files (the Datasette ``metadata.json``, the files of a
    folder) are replaced only with ``force=True``: otherwise
    :class:`~baltic_security.OverwriteError` names them and nothing is
    written. ``bom=True`` writes CSV with a byte-order mark for
    spreadsheets (``csv`` only).

    >>> import baltic_security as bs, tempfile, pathlib
    >>> write(bs.dataset(), "geojson", pathlib.Path(tempfile.mkdtemp()) / "baltic.geojson").suffix
    '.geojson'
    >>> write(bs.dataset(), "sqlite3", "baltic.db")
    Traceback (most recent call last):
    ...
    baltic_security.errors.UnknownValueError: unknown export format 'sqlite3'; did you mean 'sqlite'?
    """
    writers: dict[str, Callable[[], Path]] = {
        "json": lambda: write_json(ds, path),
        "schema": lambda: write_schema(path),
        "csv": lambda: write_csv(ds, path, bom=bom, force=force),
        "sqlite": lambda: write_sqlite(ds, path, force=force),
        "parquet": lambda: write_parquet(ds, path, force=force),
        "geojson": lambda: write_geojson(ds, path),
    }
    writer = writers.get(format)
    if writer is None:
        raise _unknown_format(format)
    if bom and format != "csv":
        raise UnknownValueError("format for bom=True (a CSV option)", format, ("csv",))
    return writer()
