"""CSV files with a Frictionless ``datapackage.json``."""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

from baltic_security._dataset import Dataset  # noqa: TC001  # at run time, so the reference's signatures link it

from ._files import _dump, _folder_target
from ._model import _DESCRIPTION, _LICENCE, _TERMS, _TITLE, _source_line
from ._outputs import outputs
from ._tables import Table, _cell, _converted_rows, to_tables

#: The columns CSV writes differently from the table's cells (see ``_cell``); the csv module itself writes None as an
#: empty cell, and strings and integers as they are.
_CSV_CELLS = dict.fromkeys(("array", "boolean", "number"), _cell)


def write_csv(ds: Dataset, folder: str | os.PathLike[str], *, bom: bool = False, force: bool = False) -> Path:
    """Write one CSV file per table of :func:`to_tables` and a Frictionless ``datapackage.json`` into ``folder``.

    The data package declares each column's Table Schema type and
    constraints, each table's primary key and its foreign keys, so
    ``frictionless validate datapackage.json`` checks every reference.
    Empty cells are nulls; ``array`` cells hold a JSON array; booleans are
    ``true`` and ``false``. Files are UTF-8 with CRLF line ends; with
    ``bom=True`` each starts with a byte-order mark (encoding
    ``utf-8-sig``, declared in the data package), which spreadsheet
    programs need to show "Ādaži" rather than "Ä€daÅ¾i".

    The folder is created if needed. Files already in it that the export
    would replace (:func:`outputs` lists them) raise
    :class:`~baltic_security.OverwriteError` and nothing is written, unless
    ``force=True``.

    >>> import baltic_security as bs, csv, tempfile, pathlib
    >>> out = write_csv(bs.dataset(), pathlib.Path(tempfile.mkdtemp()) / "csv")
    >>> with (out / "commitments.csv").open(encoding="utf-8", newline="") as fh:
    ...     len(list(csv.DictReader(fh))) == len(bs.commitments())
    True
    >>> import codecs
    >>> (out / "allies.csv").read_bytes().startswith(codecs.BOM_UTF8)
    False
    >>> _ = write_csv(bs.dataset(), out, bom=True, force=True)
    >>> (out / "allies.csv").read_bytes().startswith(codecs.BOM_UTF8)
    True
    """
    out = _folder_target(folder, "csv", outputs("csv", folder), force=force)
    encoding = "utf-8-sig" if bom else "utf-8"
    resources = []
    for table in to_tables(ds).values():
        with (out / f"{table.name}.csv").open("w", encoding=encoding, newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow([c.name for c in table.columns])
            writer.writerows(_converted_rows(table, _CSV_CELLS))
        resources.append(_resource(table, encoding))
    package: dict[str, Any] = {
        "name": "baltic-security",
        "title": _TITLE,
        "description": f"{_DESCRIPTION} {_TERMS}",
        "licenses": [_LICENCE],
        "sources": [{"title": _source_line(s)} for s in ds.sources()],
        "resources": resources,
    }
    if ds.version:
        package["version"] = ds.version
    _dump(package, out / "datapackage.json")
    return out


def _resource(table: Table, encoding: str) -> dict[str, Any]:
    fields = []
    for column in table.columns:
        field: dict[str, Any] = {"name": column.name, "type": column.type}
        if column.description:
            field["description"] = column.description
        constraints = column.constraints()
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    schema: dict[str, Any] = {"fields": fields, "primaryKey": list(table.primary_key)}
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {"fields": list(fk.columns), "reference": {"resource": fk.table, "fields": list(fk.references)}} for fk in table.foreign_keys
        ]
    return {
        "name": table.name,
        "path": f"{table.name}.csv",
        "description": table.description,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": encoding,
        "schema": schema,
    }
