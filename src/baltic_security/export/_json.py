"""The dataset as one JSON dataset file, and the JSON Schema of such a file."""

from __future__ import annotations

import datetime as _dt
import json
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from baltic_security._dataset import RECORD_TYPES, Dataset
from baltic_security.dates import PartialDate
from baltic_security.model import FREE_TEXT_EXCLUDES, LINE_TEXT_EXCLUDES
from baltic_security.vocab import ActorKind

from ._files import _dump, _file_target
from ._model import (
    _FULL_DATE,
    _JSON_TYPES,
    _PARTIAL_DATE,
    _PARTIAL_DATE_TEXT,
    _TERMS,
    _doc,
    _Field,
    _fields,
    _is_tuple,
    _is_vocabulary,
    _unstructure,
)

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
    state_only = [field.name for field in _fields(tp) if field.rules.get("state_only")]
    if state_only:
        definition.setdefault("allOf", []).append(_state_details(state_only))
    return definition


def _state_details(names: list[str]) -> dict[str, Any]:
    """A state (kind written any way the loader reads as ``state``) has these; other kinds have no ISO codes."""
    from baltic_security.convert import spelling_pattern  # noqa: PLC0415

    state = {"properties": {"kind": {"pattern": f"^{spelling_pattern(ActorKind, ActorKind.STATE)}$"}}, "required": ["kind"]}
    return {
        "if": state,
        "then": {"properties": {name: {"type": "string"} for name in names}, "required": names},
        "else": {"properties": {name: {"type": "null"} for name in names if name != "official_name"}},
    }


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
