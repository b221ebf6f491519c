"""One Parquet file per table."""

from __future__ import annotations

import datetime as _dt
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from baltic_security._dataset import Dataset  # noqa: TC001  # at run time, so the reference's signatures link it
from baltic_security.errors import MissingExtraError

from ._files import _folder_target
from ._outputs import outputs
from ._tables import Column, to_tables


def write_parquet(ds: Dataset, folder: str | os.PathLike[str], *, force: bool = False) -> Path:
    """Write one Parquet file per table of :func:`to_tables` into ``folder`` (needs the ``parquet`` extra, pyarrow).

    Columns are typed (``string``, ``int64``, ``double``, ``bool``,
    ``date32`` for full dates, ``list<string>`` for ``array`` columns) and
    non-nullable where the model requires a value; each file's schema
    metadata carries the table's description and primary key, and the
    dataset's version. The folder is created if needed; files already in
    it that the export would replace raise
    :class:`~baltic_security.OverwriteError` and nothing is written, unless
    ``force=True``.

    >>> import baltic_security as bs, tempfile, pathlib
    >>> out = write_parquet(bs.dataset(), pathlib.Path(tempfile.mkdtemp()))
    >>> import pyarrow.parquet as pq
    >>> pq.read_table(out / "allies.parquet").num_rows
    32
    """
    try:
        import pyarrow as pa  # noqa: PLC0415
        import pyarrow.parquet as pq  # noqa: PLC0415
    except ImportError:
        raise MissingExtraError("pyarrow", "parquet") from None
    arrow_types = {
        "string": pa.string(),
        "integer": pa.int64(),
        "number": pa.float64(),
        "boolean": pa.bool_(),
        "date": pa.date32(),
        "array": pa.list_(pa.string()),
    }
    out = _folder_target(folder, "parquet", outputs("parquet", folder), force=force)
    version = {} if ds.version is None else {"version": ds.version}
    for table in to_tables(ds).values():
        fields = [
            pa.field(
                c.name, arrow_types[c.type], nullable=not c.required, metadata={"description": c.description} if c.description else None
            )
            for c in table.columns
        ]
        schema = pa.schema(
            fields, metadata={"description": table.description, "primary_key": json.dumps(list(table.primary_key)), **version}
        )
        values = list(zip(*table.rows, strict=True)) if table.rows else [() for _ in table.columns]
        arrays = [pa.array(_arrow_values(c, v), type=f.type) for c, v, f in zip(table.columns, values, fields, strict=True)]
        pq.write_table(pa.Table.from_arrays(arrays, schema=schema), out / f"{table.name}.parquet")
    return out


def _arrow_values(column: Column, values: Sequence[Any]) -> list[Any]:
    if column.type == "date":
        return [None if v is None else _dt.date.fromisoformat(v) for v in values]
    if column.type == "array":
        return [None if v is None else list(v) for v in values]
    if column.type == "number":
        return [None if v is None else float(v) for v in values]
    return list(values)
