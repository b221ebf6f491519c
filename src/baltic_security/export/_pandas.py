"""A table of the dataset as a pandas DataFrame."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from baltic_security._dataset import RECORD_TYPES, Dataset
from baltic_security._text import closest
from baltic_security.errors import MissingExtraError, UnknownValueError

from ._json import to_data
from ._tables import _PARTY_KEYS, Table, _filled, _layout, _party_key_rows, _plans

if TYPE_CHECKING:
    import pandas


def _table_named(ds: Dataset, kind: str | type[Any]) -> Table:
    name = kind if isinstance(kind, str) else next((key for key, cls in RECORD_TYPES.items() if cls is kind), repr(kind))
    if name == _PARTY_KEYS.name:
        return attrs.evolve(_PARTY_KEYS, rows=_party_key_rows(ds))
    plan = next((p for p in _plans() if p.table.name == name), None)
    if plan is None:
        names = [table.name for table in _layout()]
        raise UnknownValueError("table", kind, closest(str(name), names) or tuple(names[:3]))
    return _filled(plan, to_data(ds))


def to_dataframe(ds: Dataset, kind: str | type[Any]) -> pandas.DataFrame:
    """One table of :func:`to_tables` as a pandas DataFrame (needs the ``pandas`` extra).

    ``kind`` is a record class (``bs.Commitment``) or a table name
    (``"commitments"``, ``"commitment_parties"``, ``"evidence"``). A record
    type's frame has one row per record and scalar columns; its list fields
    are separate link frames (``"commitment_parties"``...), joined on
    ``<type>_id``. Columns use pandas' nullable dtypes (``string``,
    ``Int64``, ``Float64``, ``boolean``); full dates are ``datetime64``,
    partial dates stay ISO strings; an ``array`` column holds lists
    (``DataFrame.explode`` unnests it).

    >>> import baltic_security as bs
    >>> frame = to_dataframe(bs.dataset(), bs.Commitment)
    >>> len(frame) == len(bs.commitments()), str(frame["made_on"].dtype)
    (True, 'string')
    """
    try:
        import pandas as pd  # noqa: PLC0415
    except ImportError:
        raise MissingExtraError("pandas", "pandas") from None
    table = _table_named(ds, kind)
    values = list(zip(*table.rows, strict=True)) if table.rows else [() for _ in table.columns]
    series = {}
    for column, column_values in zip(table.columns, values, strict=True):
        if column.type == "date":
            series[column.name] = pd.to_datetime(pd.Series(column_values, dtype="object"), format="%Y-%m-%d")
        elif column.type == "array":
            series[column.name] = pd.Series([list(v) for v in column_values], dtype="object")
        else:
            dtype = {"string": "string", "integer": "Int64", "number": "Float64", "boolean": "boolean"}[column.type]
            series[column.name] = pd.Series(column_values, dtype=dtype)
    return pd.DataFrame(series, columns=[c.name for c in table.columns])
