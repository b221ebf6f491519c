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
import errno
import functools
import json
import os
import re
import sys
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from baltic_security._dataset import RECORD_TYPES, Dataset
from baltic_security._parties import KEY_TRANSLATION
from baltic_security._text import closest, fold
from baltic_security.dates import PartialDate
from baltic_security.errors import MissingExtraError, OverwriteError, UnknownValueError

# The model's own validators say which constraints each field has.
from baltic_security.model import (
    FREE_TEXT_EXCLUDES,
    ID_PATTERN,
    LINE_TEXT_EXCLUDES,
    Actor,
    Ally,
    Evidence,
    Place,
    _amount,
    _check_iso2,
    _check_iso3,
    _check_iso_numeric,
    _free_text,
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

# Regular expressions for dates, in the subset Python's re and ECMA-262 (JSON Schema) share.
# A year is 0001 to 9999; a day exists in its month; 29 February only in a leap year
# (divisible by 4, and by 400 when by 100).
_YEAR = "([0-9]{3}[1-9]|[0-9]{2}[1-9][0-9]|[0-9][1-9][0-9]{2}|[1-9][0-9]{3})"
_LEAP_YEAR = "([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)"
_MONTH_DAY = "((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))"
#: A full-match regular expression for a full date, YYYY-MM-DD, that exists.
_FULL_DATE = f"({_YEAR}-{_MONTH_DAY}|{_LEAP_YEAR}-02-29)"
#: A full-match regular expression for a partial date that exists: YYYY, YYYY-MM or YYYY-MM-DD.
_PARTIAL_DATE = f"({_YEAR}(-(0[1-9]|1[0-2]))?|{_FULL_DATE})"
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
    (_amount, {"minimum": 0, "finite": True}),
    (_lat, {"minimum": -90, "maximum": 90}),
    (_lon, {"minimum": -180, "maximum": 180, "together_with": "lat"}),
    (_non_empty, {"non_empty": True}),
    (_free_text, {"non_empty": True, "text": "free"}),
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
    from baltic_security.convert import unstructure  # noqa: PLC0415  # cattrs loads on first use

    return unstructure(obj)


# ---------------------------------------------------------------- JSON


def to_data(ds: Dataset) -> dict[str, Any]:
    """The whole dataset as one dataset-file object (what :func:`baltic_security.load` reads).

    The dataset's ``version`` comes first when it has one; then a list of
    records per record type.

    >>> import baltic_security as bs
    >>> data = to_data(bs.dataset())
    >>> data["version"] == bs.dataset().version, data["allies"][0]["joined_nato"]
    (True, '2009-04-01')
    """
    from baltic_security.convert import _NoGC, unstructure  # noqa: PLC0415
    from baltic_security.loader import VERSION  # noqa: PLC0415  # the loader reads the key back

    data: dict[str, Any] = {} if ds.version is None else {VERSION: ds.version}
    with _NoGC():  # as a load does: the collector would rescan the growing output again and again
        data.update((key, [unstructure(record) for record in ds.records(cls)]) for key, cls in RECORD_TYPES.items())
    return data


def _dump(data: Any, path: str | os.PathLike[str]) -> Path:
    target = Path(path)
    target.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return target


def write_json(ds: Dataset, path: str | os.PathLike[str]) -> Path:
    """Write the dataset, with its version, as one UTF-8 JSON dataset file; ``bs.load`` reads it back unchanged.

    An existing file at ``path`` is replaced, as a shell's ``>`` would.

    Each record is one line, so the file reads and diffs record by record
    (and the standard library's C encoder writes it: an indented layout
    would need its pure-Python one, about three times slower).

    >>> import baltic_security as bs, tempfile, pathlib
    >>> out = write_json(bs.dataset(), pathlib.Path(tempfile.mkdtemp()) / "all.json")
    >>> again = bs.load(out)
    >>> list(again) == list(bs.dataset()), again.version == bs.dataset().version
    (True, True)
    >>> for line in out.read_text(encoding="utf-8").splitlines()[:4]:  # doctest: +ELLIPSIS
    ...     print(line)
    {
    "version": "...",
    "allies": [
    {"id": "albania", "name": "Albania", ...
    """
    encode = json.JSONEncoder(ensure_ascii=False).encode
    parts = []
    for key, value in to_data(ds).items():
        if not isinstance(value, list):  # the dataset's version
            parts.append(f"{encode(key)}: {encode(value)}")
            continue
        lines = ",\n".join(map(encode, value))
        parts.append(f"{encode(key)}: [\n{lines}\n]" if lines else f"{encode(key)}: []")
    target = _file_target(path, "json")
    target.write_text("{\n" + ",\n".join(parts) + "\n}\n", encoding="utf-8")
    return target


# ---------------------------------------------------------------- JSON Schema


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a dataset file, generated from the model and its vocabularies.

    Every record and value class is a ``$defs`` entry whose properties are
    its attrs fields. A vocabulary accepts what the loader accepts: its
    values (an ``enum``, which editors offer), and a ``pattern`` of every
    spelling a file may use (value, name or alias, any case, ``-``, ``_``
    or a space between words). Dates are strings whose pattern admits only
    dates that exist (no year 0000, no 31 April, 29 February in leap years
    only). Text fields refuse control characters (a ``not`` pattern; free
    text such as a summary may hold tabs and line feeds), and must hold a
    non-blank character. Optional fields may be omitted or null; unknown
    keys are errors. The patterns use only what Python's ``re`` and
    ECMA-262 share.

    A file the schema accepts is one :func:`baltic_security.load` accepts,
    and the other way round, except for these rules, which a JSON Schema
    cannot state and the loader checks (tests/test_schema.py keeps this
    list and checks every other case):

    - **cross-record rules**: ids unique across the dataset, references that
      resolve, paragraphs that exist in their source, party names that name
      one party only;
    - **date order**: a commitment's ``due`` cannot end before its ``made_on``
      begins, nor an ``end`` before its ``start``;
    - **uniqueness after reading**: list items that differ as JSON but read
      as the same value (``["undersea", "Subsea"]``, or two evidences that
      differ only by a default written out);
    - **integral fractions**: JSON Schema counts ``3.0`` as an integer; the
      loader asks for ``3`` where a count or a grade is wanted.

    What makes a file not JSON at all (NaN, duplicate keys, bad UTF-8) is
    refused before either looks at it.

    >>> schema = json_schema()
    >>> schema["$defs"]["Evidence"]["properties"]["credibility"]
    {'$ref': '#/$defs/Credibility'}
    >>> schema["$defs"]["Credibility"]["enum"]
    [1, 2, 3, 4, 5, 6]
    >>> schema["$defs"]["Conflict"]["properties"]["claims"]["minItems"]
    2
    >>> import re
    >>> domain = schema["$defs"]["Domain"]["anyOf"][1]["pattern"]
    >>> [bool(re.search(domain, s)) for s in ("undersea", "Undersea", "SUBSEA", "air defense", "under sea")]
    [True, True, True, True, False]
    """
    defs: dict[str, Any] = {}
    properties: dict[str, Any] = {"version": {"description": "The dataset's version (CalVer, such as 2026.11.0).", "type": "string"}}
    properties.update((key, {"type": "array", "items": _ref(cls, defs)}) for key, cls in RECORD_TYPES.items())
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
    return _dump(json_schema(), _file_target(path, "schema"))


def _ref(tp: type[Any], defs: dict[str, Any]) -> dict[str, Any]:
    name = tp.__name__
    if name not in defs:
        defs[name] = {}  # claimed before it is filled, so a class that refers to itself ends
        defs[name] = _definition(tp, defs)
    return {"$ref": f"#/$defs/{name}"}


def _definition(tp: type[Any], defs: dict[str, Any]) -> dict[str, Any]:
    if _is_vocabulary(tp):
        values = [member.value for member in tp]
        if issubclass(tp, int):
            return {"description": _doc(tp), "type": "integer", "enum": values}
        from baltic_security.convert import spelling_pattern  # noqa: PLC0415  # the converter's own rule for a file's spellings

        return {
            "description": f"{_doc(tp)} Any case; '-', '_' or a space between words; documented aliases accepted.",
            "type": "string",
            "anyOf": [{"enum": values}, {"pattern": f"^{spelling_pattern(tp)}$"}],
            **_no_control_characters(free=False),
        }
    if tp is PartialDate:
        return {
            "description": f"A date of its source's precision: {_PARTIAL_DATE_TEXT}.",
            "type": "string",
            "pattern": f"^{_PARTIAL_DATE}$",
            **_no_control_characters(free=False),
        }
    properties = {}
    required = []
    pairs = []
    for field in _fields(tp):
        schema = _field_schema(field, defs)
        if not field.required and not isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]  # attrs.Factory is a class at run time
            schema = {**schema, "default": _unstructure(field.default)}
        properties[field.name] = schema
        if field.required:
            required.append(field.name)
        if "together_with" in field.rules:
            pairs.append((field.name, field.rules["together_with"]))
    definition: dict[str, Any] = {
        "description": _doc(tp),
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }
    if pairs:
        # Both or neither: when one holds a value (not null), so must the other.
        definition["allOf"] = [
            {"if": _holds(one), "then": _holds(other)} for first, second in pairs for one, other in ((first, second), (second, first))
        ]
    return definition


def _holds(name: str) -> dict[str, Any]:
    return {"properties": {name: {"not": {"type": "null"}}}, "required": [name]}


# The characters no text may hold: see baltic_security.model.FREE_TEXT_EXCLUDES. A
# `not` of an unanchored search says it in every engine; it also shuts out the
# final line feed that Python lets `$` match before.
def _no_control_characters(*, free: bool) -> dict[str, Any]:
    # "type" keeps null (an optional field left empty) out of the refused shape.
    return {"not": {"type": "string", "pattern": f"[{FREE_TEXT_EXCLUDES if free else LINE_TEXT_EXCLUDES}]"}}


# Python's white space (str.isspace, what strip() removes), spelt out: `\s` differs between engines.
_WHITE_SPACE = r"\u0009-\u000d\u001c-\u0020\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"


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
        return {"type": "string", "format": "date", "pattern": f"^{_FULL_DATE}$", **_no_control_characters(free=False)}
    if tp not in _JSON_TYPES:
        raise TypeError(f"cannot describe {tp!r} in JSON Schema")
    schema: dict[str, Any] = {"type": _JSON_TYPES[tp]}
    if "pattern" in rules:
        schema["pattern"] = f"^{rules['pattern']}$"
    elif rules.get("non_empty"):
        schema["pattern"] = f"[^{_WHITE_SPACE}]"
    if rules.get("non_empty"):
        schema["minLength"] = 1
    if tp is str:
        schema.update(_no_control_characters(free=rules.get("text") == "free"))
    for key in ("minimum", "maximum"):
        if key in rules:
            schema[key] = rules[key]
    if rules.get("finite"):
        schema["maximum"] = sys.float_info.max  # a number too large for a double reads as infinity
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


# The party index of the dataset (what `bs.party` and every party filter look a name up
# by) as a table, so SQL can accept every spelling the Python API accepts.
_PARTY_KEYS = Table(
    name="party_keys",
    description=(
        "Every spelling a party filter of the Python API accepts for an ally or actor (its id, name, ISO codes, aliases, "
        "demonyms...), folded as the API folds it: lowercase, accents removed, single spaces."
    ),
    columns=(
        Column(name="key", type="string", description="a name of the party, folded", required=True, min_length=1),
        Column(name="party", type="string", description="the id of the ally or actor it names", required=True, pattern=ID_PATTERN.pattern),
    ),
    primary_key=("key",),
    foreign_keys=(ForeignKey(columns=("party",), table="parties", references=("id",)),),
)


def _party_key_rows(ds: Dataset) -> tuple[tuple[str, str], ...]:
    # The dataset's own index, not a second list of name fields: whatever it learns to look up, the table holds.
    index: Mapping[str, str] = ds._party_index.keys  # noqa: SLF001  # the one source of the lookup keys
    return tuple(sorted(index.items(), key=lambda item: (item[1], item[0])))


def _layout() -> tuple[Table, ...]:
    """Every table, without rows, in the order :func:`to_tables` gives them."""
    return tuple(table for plan in _plans() for table in ((plan.table, _PARTY_KEYS) if plan.table.name == "parties" else (plan.table,)))


def _filled(plan: _Plan, data: _Data) -> Table:
    return attrs.evolve(plan.table, rows=tuple(plan.rows(data)))


def to_tables(ds: Dataset) -> dict[str, Table]:
    """The dataset as related tables: what the CSV, SQLite, pandas and Parquet exports hold.

    - ``records`` (every id and its table) and ``parties`` (every ally and actor);
    - ``party_keys``: every spelling of a party that the query API accepts
      (:meth:`Dataset.party <baltic_security.Dataset.party>`), folded, with the
      party's id;
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
    >>> list(tables)[:5]
    ['records', 'parties', 'party_keys', 'allies', 'ally_aliases']
    >>> claims = [claim for conflict in bs.conflicts() for claim in conflict.claims]
    >>> facts = [*bs.commitments(), *bs.exercises(), *bs.deployments(), *claims]
    >>> len(tables["evidence"].rows) == sum(len(fact.evidence) for fact in facts)
    True
    >>> dict(tables["party_keys"].rows)["eesti"]
    'estonia'
    """
    from baltic_security.convert import _NoGC  # noqa: PLC0415

    data = to_data(ds)
    tables = {}
    with _NoGC():  # a row tuple per record and per list item: the collector would rescan them as they grow
        for plan in _plans():
            tables[plan.table.name] = _filled(plan, data)
            if plan.table.name == "parties":
                tables[_PARTY_KEYS.name] = attrs.evolve(_PARTY_KEYS, rows=_party_key_rows(ds))
    return tables


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
            writer.writerows([_cell(v) for v in row] for row in table.rows)
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


def _source_line(source: Any) -> str:
    by = f"{source.publisher}, " if source.publisher else ""
    return f"{source.title} ({by}{source.published}; graded {source.reliability.value})"


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


def write_sqlite(ds: Dataset, path: str | os.PathLike[str], *, metadata: str | os.PathLike[str] | None = None, force: bool = False) -> Path:
    """Write the tables of :func:`to_tables` to an SQLite database, with a Datasette ``metadata.json`` beside it.

    Each table has its primary key, foreign keys and the model's checks
    (vocabularies, minimums) declared; ``array`` columns hold JSON arrays
    (``json_each`` reads them). Two more tables serve lookups in SQL:
    ``vocabulary_keys`` (every value, name and alias each vocabulary
    accepts, folded) and ``fold_characters`` (how the library folds case
    and accents, per character); with ``party_keys`` they let the canned
    queries accept every spelling the Python API accepts ("Eesti",
    "Estonian", "EST"; "subsea", "Air Defense").

    ``metadata`` is where the Datasette metadata goes (default:
    ``metadata.json`` in the database's folder): ``datasette baltic.db
    --metadata metadata.json``. An existing file at ``path`` is replaced,
    as a shell's ``>`` would; so is the file ``metadata`` names. The
    default ``metadata.json`` was not named, so if it exists
    :class:`~baltic_security.OverwriteError` is raised and nothing is
    written, unless ``force=True``.

    >>> import baltic_security as bs, sqlite3, tempfile, pathlib
    >>> db = write_sqlite(bs.dataset(), pathlib.Path(tempfile.mkdtemp()) / "baltic.db")
    >>> with sqlite3.connect(db) as con:
    ...     con.execute("SELECT count(*) FROM allies").fetchone()[0], con.execute("PRAGMA foreign_key_check").fetchall()
    (32, [])
    >>> con.close()
    >>> sorted(p.name for p in db.parent.iterdir())
    ['baltic.db', 'metadata.json']
    """
    import secrets  # noqa: PLC0415
    import sqlite3  # noqa: PLC0415  # only this export needs it

    target, notes = outputs("sqlite", path, metadata=metadata)
    _file_target(target, "sqlite")
    if metadata is None:
        _refuse_overwrite("sqlite", (notes,), force=force)
    tables = to_tables(ds)
    tables.update(_lookup_tables(tables[_PARTY_KEYS.name]))
    # Built beside the target under a name of its own, then moved over it: a reader never sees half a database.
    # Created as open() creates the other exports' files, so the umask decides its mode (mkstemp's is 0600).
    partial = target.parent / f".{target.name}.{secrets.token_hex(8)}.partial"
    os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
    try:
        con = sqlite3.connect(partial)
        try:
            con.execute("PRAGMA foreign_keys = ON")
            with con:
                for table in tables.values():
                    con.execute(_create(table))
                    marks = ", ".join("?" for _ in table.columns)
                    insert = f"INSERT INTO {_quote(table.name)} VALUES ({marks})"  # noqa: S608  # names are the model's, quoted
                    con.executemany(insert, ([_sql_value(v) for v in row] for row in table.rows))
        finally:
            con.close()
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    _dump(_datasette_metadata(ds, target.stem, tables.values()), notes)
    return target


def _datasette_metadata(ds: Dataset, database: str, tables: Iterable[Table]) -> dict[str, Any]:
    titles = "; ".join(_source_line(s) for s in ds.sources())
    version = f" Dataset version {ds.version}." if ds.version else ""
    described: dict[str, Any] = {
        table.name: {
            "description": table.description,
            "columns": {c.name: c.description for c in table.columns if c.description},
        }
        for table in tables
    }
    described[_FOLD_CHARACTERS.name]["hidden"] = True  # machinery of the canned queries, thousands of rows
    return {
        "title": _TITLE,
        "description": f"{_DESCRIPTION}{version} Built from {len(ds.sources())} source documents: {titles}. {_TERMS}",
        "license": "CC BY 4.0",
        "license_url": _LICENCE["path"],
        "source": f"{len(ds.sources())} source documents, listed in the sources table (not included)",
        "databases": {database: {"tables": described, "queries": _QUERIES}},
    }


# ---------------------------------------------------------------- lookups in SQL
#
# The canned queries take what a user types ("Eesti", "ESTONIAN", "Türkiye", "subsea") and
# look it up as the Python API does: folded (`_text.fold`), then found in `party_keys` or
# `vocabulary_keys`. SQLite cannot fold accents, so `fold_characters` holds, for each
# character the fold changes, what it becomes; a recursive CTE folds the parameter one
# character at a time and then collapses white space, as `fold` does. Only the characters
# that can matter are stored: those that fold into the alphabet of the keys (or are in
# it). A text that folds to a key is made of such characters only, so it is folded
# exactly; any other text folds to something that is no key, either way.

_VOCABULARY_KEYS = Table(
    name="vocabulary_keys",
    description="Every value, name and alias each vocabulary accepts (as the Python API does), folded, with the value it stands for.",
    columns=(
        Column(name="vocabulary", type="string", description="the vocabulary: Domain, DeploymentStatus...", required=True),
        Column(name="key", type="string", description="a value, name or alias, folded, spaces and underscores as hyphens", required=True),
        Column(name="value", type="string", description="the vocabulary value it stands for", required=True),
    ),
    primary_key=("vocabulary", "key"),
)
_FOLD_CHARACTERS = Table(
    name="fold_characters",
    description=(
        "How the library folds text (case, accents, white space), "
        "for each character that can fold into a key of party_keys or vocabulary_keys."
    ),
    columns=(
        Column(name="character", type="string", description="one character", required=True),
        Column(name="folded", type="string", description="what it folds to: lowercase, no accents, white space as a space", required=True),
    ),
    primary_key=("character",),
)
#: Code points from here on are all left alone by the fold (CJK extensions, tags, private use): tests check it.
_FOLD_LIMIT = 0x30000
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@functools.cache
def _character_folds() -> tuple[tuple[str, str], ...]:
    """Every character below :data:`_FOLD_LIMIT` that `fold` changes beyond SQLite's ``lower()``, with what it becomes.

    A character's fold is taken between two letters, so that white space it
    is or becomes stays one space instead of being stripped.
    """
    found = []
    for point in range(_FOLD_LIMIT):
        if 0xD800 <= point < 0xE000:  # surrogates are not text
            continue
        character = chr(point)
        folded = fold(f"x{character}x")[1:-1]
        if folded != character.translate(_ASCII_LOWER):
            found.append((character, folded))
    return tuple(found)


def _vocabularies() -> dict[str, type[enum.Enum]]:
    """Every vocabulary a field of the model (or of a value inside it) uses, by name."""
    found: dict[str, type[enum.Enum]] = {}
    pending = list(RECORD_TYPES.values())
    seen: set[type[Any]] = set()
    while pending:
        cls = pending.pop()
        if cls in seen:
            continue
        seen.add(cls)
        for field in _fields(cls):
            tp = field.item if _is_tuple(field.type) else field.type
            if _is_vocabulary(tp):
                found.setdefault(tp.__name__, tp)
            elif _is_value(tp):
                pending.append(tp)
    return dict(sorted(found.items()))


def _lookup_tables(party_keys: Table) -> dict[str, Table]:
    """The tables that let SQL look a party or a vocabulary value up as the Python API does."""
    from baltic_security.vocab import _lookup_table  # noqa: PLC0415  # the vocabularies' own lookup keys

    vocabulary_rows = tuple(
        (name, key, str(member.value)) for name, vocab in _vocabularies().items() for key, member in sorted(_lookup_table(vocab).items())
    )
    keys = [key for key, _ in party_keys.rows] + [key for _, key, _ in vocabulary_rows]
    alphabet = {character for key in keys for character in key}
    fold_rows = tuple((c, f) for c, f in _character_folds() if c in alphabet or set(f) <= alphabet | {" "})
    return {
        _VOCABULARY_KEYS.name: attrs.evolve(_VOCABULARY_KEYS, rows=vocabulary_rows),
        _FOLD_CHARACTERS.name: attrs.evolve(_FOLD_CHARACTERS, rows=fold_rows),
    }


# The canned queries are assembled from our own table and parameter names only; what a
# user types reaches them as Datasette's bound parameters (`:party`), never as SQL text.

# Folds the parameter `:{param}` as `fold` does, into `folded_{param}(text)`: one character
# at a time ({char}, the character as typed or as a party key reads it) through
# fold_characters (else SQLite's ASCII lower()), then runs of spaces collapsed and the ends trimmed.
_FOLD_CTE = (
    "typed_{param}(n, text) AS (SELECT 0, '' UNION ALL SELECT n + 1, text || coalesce("
    '(SELECT f.folded FROM fold_characters f WHERE f."character" = {char}), lower({char}))'
    " FROM typed_{param} WHERE n < length(:{param})), "
    "spaced_{param}(text) AS (SELECT text FROM typed_{param} WHERE n = length(:{param})"
    " UNION ALL SELECT replace(text, '  ', ' ') FROM spaced_{param} WHERE instr(text, '  ') > 0), "
    "folded_{param}(text) AS (SELECT trim(text) FROM spaced_{param} WHERE instr(text, '  ') = 0)"
)
_CHAR = "substr(:{param}, n + 1, 1)"
# A party key (`_parties.party_key`) reads dashes as spaces and drops full stops before folding...
_PARTY_CHAR = (
    "CASE substr(:{param}, n + 1, 1)"
    + "".join(f" WHEN '{chr(char)}' THEN '{to or ''}'" for char, to in KEY_TRANSLATION.items())
    + " ELSE substr(:{param}, n + 1, 1) END"
)
# ...then drops a leading "the" and writes a one- or two-digit number as ISO's three digits.
_PARTY_OF = (
    "(SELECT k.party FROM party_keys k JOIN (SELECT CASE WHEN substr(text, 1, 4) = 'the ' AND length(text) > 4"
    " THEN substr(text, 5) ELSE text END AS text FROM folded_{param}) f"
    " ON k.key = CASE WHEN f.text GLOB '[0-9]' THEN '00' || f.text WHEN f.text GLOB '[0-9][0-9]' THEN '0' || f.text"
    " ELSE f.text END)"
)
# The value of `{vocabulary}` a folded parameter names, as the vocabulary reads it (spaces and underscores as hyphens).
_VALUE_OF = (
    "(SELECT v.value FROM vocabulary_keys v JOIN folded_{param} f"
    " ON v.key = replace(replace(f.text, '_', '-'), ' ', '-') WHERE v.vocabulary = '{vocabulary}')"
)


def _fill(template: str, **names: str) -> str:
    for name, value in names.items():
        template = template.replace("{" + name + "}", value)
    return template


def _with_folded(*params: str, party: str | None = None) -> str:
    """The CTEs that fold each parameter as `fold` does, and ``party`` as a party key."""
    ctes = [_fill(_FOLD_CTE.replace("{char}", _CHAR), param=param) for param in params]
    if party is not None:
        ctes.insert(0, _fill(_FOLD_CTE.replace("{char}", _PARTY_CHAR), param=party))
    return "WITH RECURSIVE " + ", ".join(ctes)


_ANY_SPELLING = "any spelling the Python API accepts, in any case, with or without accents"

# Canned queries for Datasette: the README's questions, with the party, domain, host and status as parameters.
_QUERIES: Mapping[str, Mapping[str, str]] = {
    "commitments_by_party": {
        "title": "Commitments of a party in a domain, with the paragraph that states each",
        "description": f"party: an id, name, ISO code, alias or demonym; domain: a domain or its alias; {_ANY_SPELLING}.",
        "sql": " ".join(
            (
                _with_folded("domain", party="party"),
                "SELECT c.id, c.kind, c.status, c.amount_value, c.amount_unit, c.amount_qualifier, c.summary,",
                "s.title AS source, e.paragraph, e.label, s.reliability || e.credibility AS grade",
                "FROM commitments c",
                "JOIN commitment_parties cp ON cp.commitment_id = c.id",
                "JOIN commitment_domains cd ON cd.commitment_id = c.id",
                "JOIN evidence e ON e.record_id = c.id",
                "JOIN sources s ON s.id = e.source",
                "WHERE cp.party =",
                _fill(_PARTY_OF, param="party"),
                "AND cd.domain =",
                _fill(_VALUE_OF, param="domain", vocabulary="Domain"),
                "ORDER BY c.made_on, c.id, e.position",
            )
        ),
    },
    "deployments_to_host": {
        "title": "Deployments to a host with a status, their size and grades",
        "description": f"host: an id, name, ISO code, alias or demonym; status: a deployment status; {_ANY_SPELLING}.",
        "sql": " ".join(
            (
                _with_folded("status", party="host"),
                "SELECT d.id, d.size_value, d.size_unit, d.start, d.summary,",
                "group_concat(DISTINCT s.reliability || e.credibility) AS grades",
                "FROM deployments d",
                "JOIN deployment_hosts dh ON dh.deployment_id = d.id",
                "JOIN evidence e ON e.record_id = d.id",
                "JOIN sources s ON s.id = e.source",
                "WHERE dh.host =",
                _fill(_PARTY_OF, param="host"),
                "AND d.status =",
                _fill(_VALUE_OF, param="status", vocabulary="DeploymentStatus"),
                "GROUP BY d.id ORDER BY d.start IS NULL, d.start, d.id",
            )
        ),
    },
}


# ---------------------------------------------------------------- pandas and Parquet


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
    return _dump(to_geojson(ds), _file_target(path, "geojson"))


# ---------------------------------------------------------------- one entry point


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
    raise UnknownValueError("export format", format, closest(str(format), FORMATS, limit=3) or FORMATS)


def _file_target(path: str | os.PathLike[str], format: str) -> Path:
    """The file an export was told to write: replaced if it exists, as a shell's ``>`` would; a folder is refused."""
    target = Path(path)
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, f"expected a file to write the {format} export to, found a folder", str(target))
    return target


def _folder_target(path: str | os.PathLike[str], format: str, files: Sequence[Path], *, force: bool) -> Path:
    """The folder an export was told to write into, created if need be, once nothing in it would be replaced unasked."""
    out = Path(path)
    if out.exists() and not out.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, f"expected a folder to write the {format} export into, found a file", str(out))
    _refuse_overwrite(format, files, force=force)
    out.mkdir(parents=True, exist_ok=True)
    return out


def _refuse_overwrite(format: str, files: Iterable[Path], *, force: bool) -> None:
    if force:
        return
    existing = tuple(str(f) for f in files if f.exists() or f.is_symlink())
    if existing:
        raise OverwriteError(f"the {format} export", existing)


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
        raise UnknownValueError("export format", format, closest(str(format), FORMATS, limit=3) or FORMATS)
    if bom and format != "csv":
        raise UnknownValueError("format for bom=True (a CSV option)", format, ("csv",))
    return writer()
