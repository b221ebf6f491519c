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

import csv
import datetime as _dt
import enum
import functools
import json
import os
import re
import types
import typing
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from ._dataset import RECORD_TYPES, Dataset
from ._text import closest
from .dates import PartialDate
from .errors import MissingExtraError, UnknownValueError

# The model's own validators say which constraints each field has.
from .model import (
    ID_PATTERN,
    Actor,
    Ally,
    Evidence,
    Place,
    _amount,
    _check_iso2,
    _check_iso3,
    _check_iso_numeric,
    _full_number,
    _lat,
    _lon,
    _non_empty,
    _positive,
    _sha256,
    _slug,
    _two_or_more,
    _unique,
)

if TYPE_CHECKING:
    import pandas

__all__ = [
    "FORMATS",
    "Column",
    "ForeignKey",
    "Table",
    "json_schema",
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
FORMATS: tuple[str, ...] = ("json", "schema", "csv", "sqlite", "parquet", "geojson")

_TITLE = "Baltic security"
_DESCRIPTION = (
    "Typed, source-cited data on Baltic security: commitments, exercises and deployments, "
    "each traced to the paragraph of the source document that states it and graded on the NATO Admiralty scale."
)
_TERMS = "The data are offered under CC BY 4.0 and the code under the MIT licence; the source documents themselves are not included."
_LICENCE = {
    "name": "CC-BY-4.0",
    "title": "Creative Commons Attribution 4.0 International",
    "path": "https://creativecommons.org/licenses/by/4.0/",
}

# ---------------------------------------------------------------- the model, read once

#: A full-match regular expression for a partial date: YYYY, YYYY-MM or YYYY-MM-DD.
_PARTIAL_DATE = r"[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?"
_PARTIAL_DATE_TEXT = "an ISO date of year, month or day precision: YYYY, YYYY-MM or YYYY-MM-DD"

# What each validator of the model requires. Patterns match whole values;
# "non_empty" means at least one item for a list, a non-blank text for a string.
_RULES: tuple[tuple[Callable[..., Any], Mapping[str, Any]], ...] = (
    (_slug, {"pattern": ID_PATTERN.pattern}),
    (_sha256, {"pattern": "[0-9a-f]{64}"}),
    (_check_iso2, {"pattern": "[A-Z]{2}"}),
    (_check_iso3, {"pattern": "[A-Z]{3}"}),
    (_check_iso_numeric, {"pattern": "[0-9]{3}"}),
    (_positive, {"minimum": 1}),
    (_amount, {"minimum": 0}),
    (_lat, {"minimum": -90, "maximum": 90}),
    (_lon, {"minimum": -180, "maximum": 180}),
    (_non_empty, {"non_empty": True}),
    (_two_or_more, {"min_items": 2}),
    (_unique, {"unique": True}),
)

# Where references point. Allies and actors share the `parties` table, so a
# reference to either has one target; every other reference names a party.
_TARGETS: Mapping[str, str] = {"source": "sources", "subject": "records"}
_PARTY_TYPES: tuple[type[Any], ...] = (Ally, Actor)


@attrs.frozen
class _Field:
    """One attrs field as the exports see it."""

    name: str
    type: Any  # the type hint without its `| None`
    nullable: bool
    required: bool  # no default: a dataset file must give it
    default: Any
    rules: Mapping[str, Any]  # constraints on the value
    item_rules: Mapping[str, Any]  # constraints on each item of a tuple

    @property
    def item(self) -> Any:
        """The item type of a tuple field, else None."""
        return typing.get_args(self.type)[0] if _is_tuple(self.type) else None

    @property
    def slug(self) -> bool:
        """Whether the value (or each item) is an id: the field is the id or a reference."""
        return self.rules.get("pattern") == ID_PATTERN.pattern or self.item_rules.get("pattern") == ID_PATTERN.pattern


def _is_tuple(tp: Any) -> bool:
    return typing.get_origin(tp) is tuple


def _is_value(tp: Any) -> bool:
    """Whether a type is a record or value class (an object in JSON); a PartialDate is a string."""
    return attrs.has(tp) and tp is not PartialDate


def _is_vocabulary(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


def _validators(validator: Any, depth: int = 0) -> Iterator[tuple[int, Any]]:
    """Every validator in an attrs validator tree: depth 0 checks the value, depth 1 each item."""
    if validator is None:
        return
    yield depth, validator
    for inner in getattr(validator, "_validators", ()):  # attrs.validators.and_ (a list of validators)
        yield from _validators(inner, depth)
    yield from _validators(getattr(validator, "validator", None), depth)  # attrs.validators.optional
    yield from _validators(getattr(validator, "member_validator", None), depth + 1)  # attrs.validators.deep_iterable


_FIELDS: dict[type[Any], tuple[_Field, ...]] = {}


def _fields(cls: type[Any]) -> tuple[_Field, ...]:
    known = _FIELDS.get(cls)
    if known is not None:
        return known
    hints = typing.get_type_hints(cls)
    found = []
    for attribute in attrs.fields(cls):
        hint = hints[attribute.name]
        nullable = False
        if typing.get_origin(hint) in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(hint) if a is not type(None)]
            if len(args) != 1:
                raise TypeError(f"cannot export {cls.__name__}.{attribute.name}: a union of {args}")
            hint, nullable = args[0], True
        rules: tuple[dict[str, Any], dict[str, Any]] = ({}, {})
        for depth, validator in _validators(attribute.validator):
            for function, rule in _RULES:
                if validator is function:
                    rules[min(depth, 1)].update(rule)
        found.append(
            _Field(
                name=attribute.name,
                type=hint,
                nullable=nullable,
                required=attribute.default is attrs.NOTHING,
                default=attribute.default,
                rules=rules[0],
                item_rules=rules[1],
            )
        )
    return _FIELDS.setdefault(cls, tuple(found))


def _doc(tp: type[Any]) -> str:
    return (tp.__doc__ or tp.__name__).strip().splitlines()[0]


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _singular(word: str) -> str:
    """The name of one item of a list field.

    >>> [_singular(w) for w in ("parties", "aliases", "hosts", "scale")]
    ['party', 'alias', 'host', 'scale']
    """
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("ases"):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _unstructure(obj: Any) -> Any:
    from .convert import unstructure  # noqa: PLC0415  # cattrs loads on first use

    return unstructure(obj)


# ---------------------------------------------------------------- JSON


def to_data(ds: Dataset) -> dict[str, list[dict[str, Any]]]:
    """The whole dataset as one dataset-file object (what :func:`baltic_security.load` reads).

    >>> import baltic_security as bs
    >>> to_data(bs.dataset())["allies"][0]["joined_nato"]
    '2009-04-01'
    """
    from .convert import _NoGC, unstructure  # noqa: PLC0415

    with _NoGC():  # as a load does: the collector would rescan the growing output again and again
        return {key: [unstructure(record) for record in ds.records(cls)] for key, cls in RECORD_TYPES.items()}


def _dump(data: Any, path: str | os.PathLike[str]) -> Path:
    target = Path(path)
    target.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return target


def write_json(ds: Dataset, path: str | os.PathLike[str]) -> Path:
    """Write the dataset as one UTF-8 JSON dataset file; ``bs.load`` reads it back unchanged.

    Each record is one line, so the file reads and diffs record by record
    (and the standard library's C encoder writes it: an indented layout
    would need its pure-Python one, about three times slower).

    >>> import baltic_security as bs, tempfile, pathlib
    >>> out = write_json(bs.dataset(), pathlib.Path(tempfile.mkdtemp()) / "all.json")
    >>> list(bs.load(out)) == list(bs.dataset())
    True
    >>> print(out.read_text(encoding="utf-8")[:49])
    {
    "allies": [
    {"id": "albania", "name": "Albania"
    """
    encode = json.JSONEncoder(ensure_ascii=False).encode
    parts = []
    for key, records in to_data(ds).items():
        lines = ",\n".join(map(encode, records))
        parts.append(f"{encode(key)}: [\n{lines}\n]" if lines else f"{encode(key)}: []")
    target = Path(path)
    target.write_text("{\n" + ",\n".join(parts) + "\n}\n", encoding="utf-8")
    return target


# ---------------------------------------------------------------- JSON Schema


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a dataset file, generated from the model and its vocabularies.

    Every record and value class is a ``$defs`` entry whose properties are
    its attrs fields; vocabularies are ``enum`` s; partial dates are strings
    with a pattern; optional fields may be omitted or null; unknown keys are
    errors. Rules that span records (unique ids, references that resolve,
    paragraphs that exist) are :func:`baltic_security.load`'s to check.

    >>> schema = json_schema()
    >>> schema["$defs"]["Evidence"]["properties"]["credibility"]
    {'$ref': '#/$defs/Credibility'}
    >>> schema["$defs"]["Credibility"]["enum"]
    [1, 2, 3, 4, 5, 6]
    >>> schema["$defs"]["Conflict"]["properties"]["claims"]["minItems"]
    2
    """
    defs: dict[str, Any] = {}
    properties = {key: {"type": "array", "items": _ref(cls, defs)} for key, cls in RECORD_TYPES.items()}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "baltic-security dataset file",
        "description": "One JSON object whose keys are the plural record types, each a list of records. "
        + _TERMS.split(";", maxsplit=1)[0]
        + ".",
        "type": "object",
        "properties": properties,
        "additionalProperties": False,
        "$defs": dict(sorted(defs.items())),
    }


def write_schema(path: str | os.PathLike[str]) -> Path:
    """Write :func:`json_schema` as a UTF-8 JSON file.

    >>> import json, tempfile, pathlib
    >>> out = write_schema(pathlib.Path(tempfile.mkdtemp()) / "dataset.schema.json")
    >>> json.loads(out.read_text(encoding="utf-8"))["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    """
    return _dump(json_schema(), path)


def _ref(tp: type[Any], defs: dict[str, Any]) -> dict[str, Any]:
    name = tp.__name__
    if name not in defs:
        defs[name] = {}  # claimed before it is filled, so a class that refers to itself ends
        defs[name] = _definition(tp, defs)
    return {"$ref": f"#/$defs/{name}"}


def _definition(tp: type[Any], defs: dict[str, Any]) -> dict[str, Any]:
    if _is_vocabulary(tp):
        values = [member.value for member in tp]
        return {"description": _doc(tp), "type": "integer" if issubclass(tp, int) else "string", "enum": values}
    if tp is PartialDate:
        return {
            "description": f"A date of its source's precision: {_PARTIAL_DATE_TEXT}.",
            "type": "string",
            "pattern": f"^{_PARTIAL_DATE}$",
        }
    properties = {}
    required = []
    for field in _fields(tp):
        schema = _field_schema(field, defs)
        if not field.required and not isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]  # attrs.Factory is a class at run time
            schema = {**schema, "default": _unstructure(field.default)}
        properties[field.name] = schema
        if field.required:
            required.append(field.name)
    return {
        "description": _doc(tp),
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def _field_schema(field: _Field, defs: dict[str, Any]) -> dict[str, Any]:
    if _is_tuple(field.type):
        schema: dict[str, Any] = {"type": "array", "items": _value_schema(field.item, field.item_rules, defs)}
        least = max(1 if field.rules.get("non_empty") else 0, field.rules.get("min_items", 0))
        if least:
            schema["minItems"] = least
        if field.rules.get("unique"):
            schema["uniqueItems"] = True
    else:
        schema = _value_schema(field.type, field.rules, defs)
    if not field.nullable:
        return schema
    if "$ref" in schema:
        return {"anyOf": [schema, {"type": "null"}]}
    return {**schema, "type": [schema["type"], "null"]}


_JSON_TYPES: Mapping[Any, str] = {bool: "boolean", int: "integer", float: "number", str: "string"}


def _value_schema(tp: Any, rules: Mapping[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    if attrs.has(tp) or _is_vocabulary(tp) or tp is PartialDate:
        return _ref(tp, defs)
    if tp is _dt.date:
        return {"type": "string", "format": "date"}
    if tp not in _JSON_TYPES:
        raise TypeError(f"cannot describe {tp!r} in JSON Schema")
    schema: dict[str, Any] = {"type": _JSON_TYPES[tp]}
    if "pattern" in rules:
        schema["pattern"] = f"^{rules['pattern']}$"
    elif rules.get("non_empty"):
        schema["pattern"] = r"\S"
    if rules.get("non_empty"):
        schema["minLength"] = 1
    for key in ("minimum", "maximum"):
        if key in rules:
            schema[key] = rules[key]
    return schema


# ---------------------------------------------------------------- tables


@attrs.frozen(kw_only=True)
class Column:
    """One column of an exported table, in Frictionless Table Schema terms.

    ``type`` is ``string``, ``integer``, ``number``, ``boolean``, ``date``
    (a full ISO date) or ``array`` (a list of strings). The constraints are
    the model's: ``required`` (never null), ``enum`` (a vocabulary),
    ``pattern`` (matching the whole value), ``minimum``, ``maximum``, ``min_length``.

    >>> import baltic_security as bs
    >>> kind = next(c for c in to_tables(bs.dataset())["commitments"].columns if c.name == "kind")
    >>> kind.type, kind.required, kind.enum[:2]
    ('string', True, ('pledge', 'target'))
    """

    name: str
    type: str
    description: str = ""
    required: bool = False
    enum: tuple[str | int, ...] = ()
    pattern: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    min_length: int | None = None

    def constraints(self) -> dict[str, Any]:
        """The constraints as a Table Schema ``constraints`` object.

        >>> Column(name="paragraph", type="integer", required=True, minimum=1).constraints()
        {'required': True, 'minimum': 1}
        """
        found: dict[str, Any] = {}
        if self.required:
            found["required"] = True
        if self.enum:
            found["enum"] = list(self.enum)
        optional = {"pattern": self.pattern, "minimum": self.minimum, "maximum": self.maximum, "minLength": self.min_length}
        found.update({key: value for key, value in optional.items() if value is not None})
        return found


@attrs.frozen(kw_only=True)
class ForeignKey:
    """Columns of one table that hold the key of a row in another.

    >>> import baltic_security as bs
    >>> to_tables(bs.dataset())["commitment_parties"].foreign_keys[1]
    ForeignKey(columns=('party',), table='parties', references=('id',))
    """

    columns: tuple[str, ...]
    table: str
    references: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Table:
    """One table of the tabular exports: its columns, keys and rows.

    Row values are JSON-ready: strings (dates as ISO strings of their
    precision), integers, floats, booleans, None, and tuples of strings
    for ``array`` columns.

    >>> import baltic_security as bs
    >>> table = to_tables(bs.dataset())["allies"]
    >>> table.primary_key, len(table.rows)
    (('id',), 32)
    """

    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()
    rows: tuple[tuple[Any, ...], ...] = ()


_Data = Mapping[str, Sequence[Mapping[str, Any]]]
_Path = tuple[str, ...]


@attrs.frozen
class _Plan:
    """A table's layout and how to read its rows from a dataset-file object."""

    table: Table
    rows: Callable[[_Data], Iterator[tuple[Any, ...]]]


def _dig(data: Any, path: _Path) -> Any:
    for key in path:
        if data is None:
            return None
        data = data[key]
    return tuple(data) if isinstance(data, list) else data


def _column(name: str, tp: Any, rules: Mapping[str, Any], *, required: bool, description: str = "") -> Column:
    enum_values: tuple[str | int, ...] = ()
    pattern = rules.get("pattern")
    if _is_vocabulary(tp):
        column_type = "integer" if issubclass(tp, int) else "string"
        enum_values = tuple(member.value for member in tp)
    elif tp is PartialDate:
        column_type, pattern = "string", _PARTIAL_DATE
        description = description or _PARTIAL_DATE_TEXT
    elif tp is _dt.date:
        column_type = "date"
    elif _is_tuple(tp):
        column_type = "array"
        description = description or "a list of texts"
    elif tp in _JSON_TYPES:
        column_type = _JSON_TYPES[tp]
    else:
        raise TypeError(f"cannot put {tp!r} in a table column")
    return Column(
        name=name,
        type=column_type,
        description=description,
        required=required,
        enum=enum_values,
        pattern=pattern,
        minimum=rules.get("minimum"),
        maximum=rules.get("maximum"),
        min_length=1 if rules.get("non_empty") and column_type == "string" else None,
    )


@attrs.define
class _Columns:
    """Columns being laid out: each with the path of its value in an unstructured record."""

    columns: list[Column] = attrs.Factory(list)
    paths: list[_Path] = attrs.Factory(list)
    foreign_keys: list[ForeignKey] = attrs.Factory(list)

    def add(self, column: Column, path: _Path, *, target: str | None = None) -> None:
        self.columns.append(column)
        self.paths.append(path)
        if target is not None:
            self.foreign_keys.append(ForeignKey(columns=(column.name,), table=target, references=("id",)))

    def values(self, data: Mapping[str, Any]) -> tuple[Any, ...]:
        return tuple(_dig(data, path) for path in self.paths)


def _flatten(out: _Columns, cls: type[Any], *, prefix: str = "", path: _Path = (), optional: bool = False) -> list[_Field]:
    """Add a column per scalar field of ``cls`` (values flattened as ``field_sub``); return its tuple fields."""
    tuples = []
    for field in _fields(cls):
        if _is_tuple(field.type):
            tuples.append(field)
        elif _is_value(field.type):
            if any(_is_tuple(f.type) for f in _fields(field.type)):
                raise TypeError(f"cannot flatten {cls.__name__}.{field.name}: it holds a list")
            _flatten(out, field.type, prefix=f"{prefix}{field.name}_", path=(*path, field.name), optional=optional or field.nullable)
        else:
            required = not (optional or field.nullable)
            column = _column(prefix + field.name, field.type, field.rules, required=required)
            # Every id-shaped field but a record's own id is a reference.
            target = _TARGETS.get(field.name, "parties") if field.slug and field.name != "id" else None
            out.add(column, (*path, field.name), target=target)
    return tuples


def _owner_columns(owner: str, table: str) -> _Columns:
    out = _Columns()
    out.add(
        Column(name=f"{owner}_id", type="string", description=f"the {owner}'s id", required=True, pattern=ID_PATTERN.pattern),
        ("id",),
        target=table,
    )
    return out


_POSITION = Column(
    name="position", type="integer", description="1 for the first item of the list, 2 for the next...", required=True, minimum=1
)


@functools.cache
def _plans() -> tuple[_Plan, ...]:
    """Every table's layout, from the model: record tables, their list tables, then evidence."""
    party_keys = [key for key, cls in RECORD_TYPES.items() if cls in _PARTY_TYPES]
    plans = [_records_plan(), _parties_plan(party_keys)]
    evidence: list[tuple[str, str, str | None]] = []  # (record type, list field, evidence field inside its items)
    for key, cls in RECORD_TYPES.items():
        main = _Columns()
        tuples = _flatten(main, cls)
        plans.append(
            _Plan(
                Table(
                    name=key, description=_doc(cls), columns=tuple(main.columns), primary_key=("id",), foreign_keys=tuple(main.foreign_keys)
                ),
                _each(key, main),
            )
        )
        for field in tuples:
            if field.item is Evidence:
                evidence.append((key, field.name, None))
            else:
                plans.append(_list_plan(key, cls, field, evidence))
    plans.append(_evidence_plan(evidence))
    return tuple(plans)


def _each(key: str, columns: _Columns) -> Callable[[_Data], Iterator[tuple[Any, ...]]]:
    def rows(data: _Data) -> Iterator[tuple[Any, ...]]:
        for record in data[key]:
            yield columns.values(record)

    return rows


def _records_plan() -> _Plan:
    columns = (
        Column(name="id", type="string", description="the record's id", required=True, pattern=ID_PATTERN.pattern),
        Column(name="type", type="string", description="the table that holds the record", required=True, enum=tuple(RECORD_TYPES)),
    )

    def rows(data: _Data) -> Iterator[tuple[Any, ...]]:
        for key in RECORD_TYPES:
            for record in data[key]:
                yield (record["id"], key)

    return _Plan(
        Table(name="records", description="Every record's id and the table that holds it.", columns=columns, primary_key=("id",)), rows
    )


def _parties_plan(keys: list[str]) -> _Plan:
    columns = (
        Column(name="id", type="string", description="the ally's or actor's id", required=True, pattern=ID_PATTERN.pattern),
        Column(name="type", type="string", description="the table that holds the party", required=True, enum=tuple(keys)),
        Column(name="name", type="string", description="its name", required=True, min_length=1),
    )

    def rows(data: _Data) -> Iterator[tuple[Any, ...]]:
        for key in keys:
            for record in data[key]:
                yield (record["id"], key, record["name"])

    table = Table(
        name="parties",
        description="Every ally and actor: what a reference to a party (parties, hosts, contributors, lead, actor...) points at.",
        columns=columns,
        primary_key=("id",),
        foreign_keys=(ForeignKey(columns=("id",), table="records", references=("id",)),),
    )
    return _Plan(table, rows)


def _list_plan(key: str, cls: type[Any], field: _Field, evidence: list[tuple[str, str, str | None]]) -> _Plan:
    owner = _snake(cls.__name__)
    out = _owner_columns(owner, key)
    out.add(_POSITION, ())
    item = field.item
    if _is_value(item):
        for inner in _flatten(out, item):
            if inner.item is Evidence:
                evidence.append((key, field.name, inner.name))
            elif not _is_value(inner.item):
                out.add(_column(inner.name, inner.type, inner.rules, required=True), (inner.name,))
            else:
                raise TypeError(f"cannot tabulate {item.__name__}.{inner.name}: a list of {inner.item!r} inside a list")
        item_paths = out.paths[2:]
    else:
        name = _singular(field.name)
        target = _TARGETS.get(field.name, "parties") if field.slug else None
        out.add(_column(name, item, field.item_rules, required=True), (), target=target)
        item_paths = [()]

    def rows(data: _Data) -> Iterator[tuple[Any, ...]]:
        for record in data[key]:
            for position, value in enumerate(record[field.name], start=1):
                yield (record["id"], position, *(_dig(value, p) for p in item_paths))

    table = Table(
        name=f"{owner}_{field.name}",
        description=f"The {field.name} of each {owner.replace('_', ' ')}, one row per item, in order.",
        columns=tuple(out.columns),
        primary_key=(f"{owner}_id", "position"),
        foreign_keys=tuple(out.foreign_keys),
    )
    return _Plan(table, rows)


def _evidence_plan(holders: list[tuple[str, str, str | None]]) -> _Plan:
    groups = {_singular(field) for _, field, inner in holders if inner is not None}
    if len(groups) > 1:
        raise TypeError(f"evidence is held inside more than one kind of list item: {sorted(groups)}")
    group = groups.pop() if groups else "claim"
    out = _Columns()
    out.add(
        Column(
            name="record_id",
            type="string",
            description="the id of the record this evidence supports",
            required=True,
            pattern=ID_PATTERN.pattern,
        ),
        (),
        target="records",
    )
    out.add(
        Column(
            name=group,
            type="integer",
            description=f"0 for evidence of the record itself; n for evidence of its n-th {group}",
            required=True,
            minimum=0,
        ),
        (),
    )
    out.add(
        Column(
            name="position", type="integer", description="1 for the first evidence of the list, 2 for the next...", required=True, minimum=1
        ),
        (),
    )
    first = len(out.paths)
    for inner in _flatten(out, Evidence):
        if _is_value(inner.item):
            raise TypeError(f"cannot tabulate Evidence.{inner.name}: a list of {inner.item!r}")
        out.add(_column(inner.name, inner.type, inner.rules, required=True), (inner.name,))
    item_paths = out.paths[first:]

    def rows(data: _Data) -> Iterator[tuple[Any, ...]]:
        for key, field, inner in holders:
            for record in data[key]:
                lists = [(0, record[field])] if inner is None else [(n, item[inner]) for n, item in enumerate(record[field], start=1)]
                for number, evidences in lists:
                    for position, found in enumerate(evidences, start=1):
                        yield (record["id"], number, position, *(_dig(found, p) for p in item_paths))

    table = Table(
        name="evidence",
        description=f"Every evidence: the source paragraph that supports a record (or one {group} of a conflict), and how credible it is.",
        columns=tuple(out.columns),
        primary_key=("record_id", group, "position"),
        foreign_keys=tuple(out.foreign_keys),
    )
    return _Plan(table, rows)


def to_tables(ds: Dataset) -> dict[str, Table]:
    """The dataset as related tables: what the CSV, SQLite, pandas and Parquet exports hold.

    - ``records`` (every id and its table) and ``parties`` (every ally and actor);
    - a table per record type (``allies`` ... ``conflicts``), one row per record
      and a column per field; a value such as ``amount`` (a Quantity) or
      ``location`` (a Place) is flattened into ``amount_value``, ``amount_unit``...;
    - a table per list field of a record, named ``<type>_<field>``
      (``commitment_parties``, ``exercise_participants``...), one row per item
      with the record's id and the item's 1-based ``position``;
    - ``evidence``: every evidence of every record, with ``record_id``, and for a
      conflict the number of the claim it supports.

    A list inside a list item (a participant's ``assets``, an evidence's
    ``about``) is an ``array`` column. The tables come in an order where a
    table comes after every table it refers to.

    >>> import baltic_security as bs
    >>> tables = to_tables(bs.dataset())
    >>> list(tables)[:4]
    ['records', 'parties', 'allies', 'ally_aliases']
    >>> claims = [claim for conflict in bs.conflicts() for claim in conflict.claims]
    >>> facts = [*bs.commitments(), *bs.exercises(), *bs.deployments(), *claims]
    >>> len(tables["evidence"].rows) == sum(len(fact.evidence) for fact in facts)
    True
    """
    from .convert import _NoGC  # noqa: PLC0415

    data = to_data(ds)
    with _NoGC():  # a row tuple per record and per list item: the collector would rescan them as they grow
        return {plan.table.name: attrs.evolve(plan.table, rows=tuple(plan.rows(data))) for plan in _plans()}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return json.dumps(list(value), ensure_ascii=False)
    if isinstance(value, float):  # str() would write 1e+16: numbers are written out in full
        return _full_number(value, grouping=False)
    return str(value)


def write_csv(ds: Dataset, folder: str | os.PathLike[str]) -> Path:
    """Write one CSV file per table of :func:`to_tables` and a Frictionless ``datapackage.json``.

    The data package declares each column's Table Schema type and
    constraints, each table's primary key and its foreign keys, so
    ``frictionless validate datapackage.json`` checks every reference.
    Empty cells are nulls; ``array`` cells hold a JSON array.

    >>> import baltic_security as bs, csv, tempfile, pathlib
    >>> out = write_csv(bs.dataset(), pathlib.Path(tempfile.mkdtemp()) / "csv")
    >>> with (out / "commitments.csv").open(encoding="utf-8", newline="") as fh:
    ...     len(list(csv.DictReader(fh))) == len(bs.commitments())
    True
    """
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    resources = []
    for table in to_tables(ds).values():
        with (out / f"{table.name}.csv").open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow([c.name for c in table.columns])
            writer.writerows([_cell(v) for v in row] for row in table.rows)
        resources.append(_resource(table))
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


def _source_line(source: Any) -> str:
    by = f"{source.publisher}, " if source.publisher else ""
    return f"{source.title} ({by}{source.published}; graded {source.reliability.value})"


def _resource(table: Table) -> dict[str, Any]:
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
        "encoding": "utf-8",
        "schema": schema,
    }


# ---------------------------------------------------------------- SQLite

_SQL_TYPES: Mapping[str, str] = {
    "string": "TEXT",
    "integer": "INTEGER",
    "number": "REAL",
    "boolean": "INTEGER",
    "date": "TEXT",
    "array": "TEXT",
}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value: str | float) -> str:
    return str(value) if isinstance(value, (int, float)) else "'" + value.replace("'", "''") + "'"


def _create(table: Table) -> str:
    lines = []
    for column in table.columns:
        name = _quote(column.name)
        checks = []
        if column.enum:
            checks.append(f"{name} IN ({', '.join(_literal(v) for v in column.enum)})")
        if column.type == "boolean":
            checks.append(f"{name} IN (0, 1)")
        if column.type == "array":
            checks.append(f"json_valid({name})")
        if column.minimum is not None:
            checks.append(f"{name} >= {column.minimum}")
        if column.maximum is not None:
            checks.append(f"{name} <= {column.maximum}")
        line = f"  {name} {_SQL_TYPES[column.type]}{' NOT NULL' if column.required else ''}"
        if checks:
            line += f" CHECK ({' AND '.join(checks)})"
        lines.append(line)
    lines.append(f"  PRIMARY KEY ({', '.join(map(_quote, table.primary_key))})")
    lines.extend(
        f"  FOREIGN KEY ({', '.join(map(_quote, fk.columns))}) REFERENCES {_quote(fk.table)} ({', '.join(map(_quote, fk.references))})"
        for fk in table.foreign_keys
    )
    return f"CREATE TABLE {_quote(table.name)} (\n" + ",\n".join(lines) + "\n)"


def _sql_value(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, tuple):
        return json.dumps(list(value), ensure_ascii=False)
    return value


def write_sqlite(ds: Dataset, path: str | os.PathLike[str], *, metadata: str | os.PathLike[str] | None = None) -> Path:
    """Write the tables of :func:`to_tables` to an SQLite database, with a Datasette ``metadata.json`` beside it.

    Each table has its primary key, foreign keys and the model's checks
    (vocabularies, minimums) declared; ``array`` columns hold JSON arrays
    (``json_each`` reads them). ``metadata`` is where the Datasette
    metadata goes (default: ``metadata.json`` in the database's folder):
    ``datasette baltic.db --metadata metadata.json``. An existing file at
    ``path`` is replaced.

    >>> import baltic_security as bs, sqlite3, tempfile, pathlib
    >>> db = write_sqlite(bs.dataset(), pathlib.Path(tempfile.mkdtemp()) / "baltic.db")
    >>> with sqlite3.connect(db) as con:
    ...     con.execute("SELECT count(*) FROM allies").fetchone()[0], con.execute("PRAGMA foreign_key_check").fetchall()
    (32, [])
    >>> con.close()
    """
    import sqlite3  # noqa: PLC0415  # only this export needs it

    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    con = sqlite3.connect(partial)
    try:
        con.execute("PRAGMA foreign_keys = ON")
        with con:
            for table in to_tables(ds).values():
                con.execute(_create(table))
                marks = ", ".join("?" for _ in table.columns)
                con.executemany(f"INSERT INTO {_quote(table.name)} VALUES ({marks})", ([_sql_value(v) for v in row] for row in table.rows))  # noqa: S608  # names are the model's, quoted
    finally:
        con.close()
    partial.replace(target)
    _dump(_datasette_metadata(ds, target.stem), target.with_name("metadata.json") if metadata is None else metadata)
    return target


def _datasette_metadata(ds: Dataset, database: str) -> dict[str, Any]:
    titles = "; ".join(_source_line(s) for s in ds.sources())
    version = f" Dataset version {ds.version}." if ds.version else ""
    tables = {
        plan.table.name: {
            "description": plan.table.description,
            "columns": {c.name: c.description for c in plan.table.columns if c.description},
        }
        for plan in _plans()
    }
    return {
        "title": _TITLE,
        "description": f"{_DESCRIPTION}{version} Built from {len(ds.sources())} source documents: {titles}. {_TERMS}",
        "license": "CC BY 4.0",
        "license_url": _LICENCE["path"],
        "source": f"{len(ds.sources())} source documents, listed in the sources table (not included)",
        "databases": {database: {"tables": tables, "queries": _QUERIES}},
    }


# Canned queries for Datasette: the README's questions, with the party, domain, host and status as parameters.
_QUERIES: Mapping[str, Mapping[str, str]] = {
    "commitments_by_party": {
        "title": "Commitments of a party in a domain, with the paragraph that states each",
        "sql": (
            "SELECT c.id, c.kind, c.status, c.amount_value, c.amount_unit, c.amount_qualifier, c.summary,"
            " s.title AS source, e.paragraph, e.label, s.reliability || e.credibility AS grade"
            " FROM commitments c"
            " JOIN commitment_parties cp ON cp.commitment_id = c.id"
            " JOIN parties p ON p.id = cp.party"
            " LEFT JOIN allies a ON a.id = p.id"
            " JOIN commitment_domains cd ON cd.commitment_id = c.id"
            " JOIN evidence e ON e.record_id = c.id"
            " JOIN sources s ON s.id = e.source"
            " WHERE lower(:party) IN (p.id, lower(p.name), lower(a.iso2), lower(a.iso3)) AND cd.domain = :domain"
            " ORDER BY c.made_on, c.id, e.position"
        ),
    },
    "deployments_to_host": {
        "title": "Deployments to a host with a status, their size and grades",
        "sql": (
            "SELECT d.id, d.size_value, d.size_unit, d.start, d.summary,"
            " group_concat(DISTINCT s.reliability || e.credibility) AS grades"
            " FROM deployments d"
            " JOIN deployment_hosts dh ON dh.deployment_id = d.id"
            " JOIN parties p ON p.id = dh.host"
            " LEFT JOIN allies a ON a.id = p.id"
            " JOIN evidence e ON e.record_id = d.id"
            " JOIN sources s ON s.id = e.source"
            " WHERE lower(:host) IN (p.id, lower(p.name), lower(a.iso2), lower(a.iso3)) AND d.status = :status"
            " GROUP BY d.id ORDER BY d.start IS NULL, d.start, d.id"
        ),
    },
}


# ---------------------------------------------------------------- pandas and Parquet


def _table_named(ds: Dataset, kind: str | type[Any]) -> Table:
    name = kind if isinstance(kind, str) else next((key for key, cls in RECORD_TYPES.items() if cls is kind), repr(kind))
    plan = next((p for p in _plans() if p.table.name == name), None)
    if plan is None:
        names = [p.table.name for p in _plans()]
        raise UnknownValueError("table", kind, closest(str(name), names) or tuple(names[:3]))
    return attrs.evolve(plan.table, rows=tuple(plan.rows(to_data(ds))))


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


def write_parquet(ds: Dataset, folder: str | os.PathLike[str]) -> Path:
    """Write one Parquet file per table of :func:`to_tables` (needs the ``parquet`` extra, pyarrow).

    Columns are typed (``string``, ``int64``, ``double``, ``bool``,
    ``date32`` for full dates, ``list<string>`` for ``array`` columns) and
    non-nullable where the model requires a value; each file's schema
    metadata carries the table's description and primary key.

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
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    for table in to_tables(ds).values():
        fields = [
            pa.field(
                c.name, arrow_types[c.type], nullable=not c.required, metadata={"description": c.description} if c.description else None
            )
            for c in table.columns
        ]
        schema = pa.schema(fields, metadata={"description": table.description, "primary_key": json.dumps(list(table.primary_key))})
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


# ---------------------------------------------------------------- GeoJSON


def to_geojson(ds: Dataset) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of the records that have a ``location`` with coordinates.

    Each feature is a Point ``[lon, lat]`` (RFC 7946 order) whose id is the
    record's id; its properties are the record's fields (as
    :func:`baltic_security.unstructure` gives them, the location as its
    name), its ``type`` (``deployment``, ``exercise``) and ``citations``:
    each evidence as "source title, paragraph n (point m), graded B2".
    Records without coordinates are left out.

    >>> import baltic_security as bs
    >>> adazi = next(f for f in to_geojson(bs.dataset())["features"] if f["id"] == "nato-2021-adazi-battlegroup")
    >>> adazi["geometry"], adazi["properties"]["location"]
    ({'type': 'Point', 'coordinates': [24.32, 57.07]}, 'Ādaži')
    """
    features = []
    located = [(key, cls) for key, cls in RECORD_TYPES.items() if any(f.name == "location" and f.type is Place for f in _fields(cls))]
    for _, cls in located:
        for record in ds.records(cls):
            place = record.location
            if place is None or not place.known:
                continue
            properties = {"id": record.id, "type": _snake(cls.__name__)}
            properties.update((k, v) for k, v in _unstructure(record).items() if k != "id")
            properties["location"] = place.name
            properties["citations"] = [_citation(ds, e) for e in record.evidence]
            features.append(
                {
                    "type": "Feature",
                    "id": record.id,
                    "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
                    "properties": properties,
                }
            )
    return {"type": "FeatureCollection", "features": features}


def _citation(ds: Dataset, evidence: Evidence) -> str:
    source = ds.cites(evidence)
    point = f" (point {evidence.label})" if evidence.label else ""
    who = f", according to {evidence.attribution}" if evidence.attribution else ""
    return f"{source.title}, paragraph {evidence.paragraph}{point}, graded {source.reliability.value}{evidence.credibility.value}{who}"


def write_geojson(ds: Dataset, path: str | os.PathLike[str]) -> Path:
    """Write :func:`to_geojson` as a UTF-8 GeoJSON file.

    >>> import baltic_security as bs, json, tempfile, pathlib
    >>> out = write_geojson(bs.dataset(), pathlib.Path(tempfile.mkdtemp()) / "baltic.geojson")
    >>> json.loads(out.read_text(encoding="utf-8"))["type"]
    'FeatureCollection'
    """
    return _dump(to_geojson(ds), path)


# ---------------------------------------------------------------- one entry point


def write(ds: Dataset, format: str, path: str | os.PathLike[str]) -> Path:
    """Write the dataset in one of :data:`FORMATS`; ``csv`` and ``parquet`` write a folder.

    >>> import baltic_security as bs, tempfile, pathlib
    >>> write(bs.dataset(), "geojson", pathlib.Path(tempfile.mkdtemp()) / "baltic.geojson").suffix
    '.geojson'
    >>> write(bs.dataset(), "sqlite3", "baltic.db")
    Traceback (most recent call last):
    ...
    baltic_security.errors.UnknownValueError: unknown export format 'sqlite3'; did you mean 'sqlite'?
    """
    writers: dict[str, Callable[[Dataset, str | os.PathLike[str]], Path]] = {
        "json": write_json,
        "schema": lambda _, target: write_schema(target),
        "csv": write_csv,
        "sqlite": write_sqlite,
        "parquet": write_parquet,
        "geojson": write_geojson,
    }
    writer = writers.get(format)
    if writer is None:
        raise UnknownValueError("export format", format, closest(str(format), FORMATS, limit=3) or FORMATS)
    return writer(ds, path)
