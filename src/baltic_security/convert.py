"""The one converter: JSON-ready dicts to records and back, strictly.

Structuring never coerces (no ``int("1")``, no string for a list), rejects
unknown keys, and reports every problem with its JSON path. Unstructuring
gives plain JSON types: dates as ISO strings of their precision, vocabulary
values as strings (credibility as an integer), tuples as lists.

>>> from baltic_security import Quantity, Unit, Qualifier, unstructure, structure
>>> three = Quantity(value=3, unit=Unit.PERCENT_GDP, qualifier=Qualifier.AT_LEAST)
>>> data = unstructure(three)
>>> data
{'value': 3, 'unit': 'percent-gdp', 'qualifier': 'at-least'}
>>> structure(data, Quantity) == three
True
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Callable
from typing import Any, TypeVar, get_args, get_origin

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError
from cattrs.gen import make_dict_structure_fn

from .dates import PartialDate
from .errors import DataError, DateError, FieldError, Problem
from .vocab import (
    ActorKind,
    CommitmentKind,
    CommitmentStatus,
    Credibility,
    DeploymentStatus,
    Domain,
    Qualifier,
    Reliability,
    SourceKind,
    Unit,
)

__all__ = ["explain", "structure", "unstructure"]

T = TypeVar("T")

_VOCABULARIES: tuple[type[enum.Enum], ...] = (
    ActorKind,
    CommitmentKind,
    CommitmentStatus,
    Credibility,
    DeploymentStatus,
    Domain,
    Qualifier,
    Reliability,
    SourceKind,
    Unit,
)


def json_type(value: object) -> str:  # noqa: PLR0911  # one return per JSON type reads best
    """The JSON name of a value's type, for messages ('found an array')."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"boolean {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"number {value!r}"
    if isinstance(value, str):
        shown = value if len(value) <= 60 else value[:57] + "..."
        return f"string {shown!r}"
    if isinstance(value, (list, tuple)):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _str(value: object, _: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, found {json_type(value)}")
    return value


def _int(value: object, _: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an integer, found {json_type(value)}")
    return value


def _float(value: object, _: object) -> float:
    # Keep ints as ints: 4000 troops stays 4000, not 4000.0, through a round trip.
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"expected a number, found {json_type(value)}")
    return value


def _bool(value: object, _: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, found {json_type(value)}")
    return value


def _partial_date(value: object, _: object) -> PartialDate:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO date string ('2026', '2025-06', '2025-06-03'), found {json_type(value)}")
    try:
        return PartialDate.from_iso(value)
    except (DateError, FieldError) as exc:
        raise ValueError(f"{exc} in {value!r}" if isinstance(exc, FieldError) else str(exc)) from None


def _date(value: object, _: object) -> _dt.date:
    if not isinstance(value, str) or len(value) != 10:
        raise TypeError(f"expected a full ISO date 'YYYY-MM-DD', found {json_type(value)}")
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"expected a full ISO date 'YYYY-MM-DD', found {value!r}") from None


def _vocabulary_hook(vocab: type[enum.Enum]) -> Callable[[object, object], enum.Enum]:
    values = ", ".join(repr(m.value) for m in vocab)
    wanted = int if issubclass(vocab, int) else str

    def hook(value: object, _: object) -> enum.Enum:
        if isinstance(value, bool) or not isinstance(value, wanted):
            kind = "an integer" if wanted is int else "a string"
            raise TypeError(f"expected {kind}, one of {values}; found {json_type(value)}")
        try:
            return vocab(value)
        except ValueError as exc:
            suggestions = getattr(exc, "suggestions", ())
            hint = f" (did you mean {' or '.join(map(repr, suggestions))}?)" if suggestions else ""
            raise ValueError(f"expected one of {values}; found {value!r}{hint}") from None

    return hook


def _is_tuple(tp: Any) -> bool:
    return get_origin(tp) is tuple


def _tuple_factory(tp: Any, converter: cattrs.Converter) -> Callable[[object, object], tuple[Any, ...]]:
    inner = homogenous_tuple_structure_factory(tp, converter)

    def hook(value: object, _: object) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise TypeError(f"expected an array, found {json_type(value)}")
        return inner(value, tp)  # type: ignore[no-any-return]

    return hook


def _class_factory(cl: type[Any], converter: cattrs.Converter) -> Callable[[object, object], Any]:
    inner = make_dict_structure_fn(cl, converter)

    def hook(value: object, _: object) -> Any:
        if not isinstance(value, dict):
            raise TypeError(f"expected an object ({cl.__name__}), found {json_type(value)}")
        return inner(value, cl)

    return hook


def _tuple_unstructure_factory(tp: Any, converter: cattrs.Converter) -> Callable[[tuple[Any, ...]], list[Any]]:
    args = get_args(tp)
    element = converter.get_unstructure_hook(args[0]) if args and args[0] is not Ellipsis else converter.unstructure
    return lambda value: [element(x) for x in value]


def _make(*, detailed: bool) -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=detailed)
    conv.register_structure_hook(str, _str)
    conv.register_structure_hook(int, _int)
    conv.register_structure_hook(float, _float)
    conv.register_structure_hook(bool, _bool)
    conv.register_structure_hook(PartialDate, _partial_date)
    conv.register_structure_hook(_dt.date, _date)
    for vocab in _VOCABULARIES:
        conv.register_structure_hook(vocab, _vocabulary_hook(vocab))
        conv.register_unstructure_hook(vocab, lambda member: member.value)
    conv.register_structure_hook_factory(_is_tuple, _tuple_factory)
    conv.register_structure_hook_factory(attrs.has, _class_factory)
    conv.register_unstructure_hook(PartialDate, PartialDate.isoformat)
    conv.register_unstructure_hook(_dt.date, _dt.date.isoformat)
    conv.register_unstructure_hook_factory(_is_tuple, _tuple_unstructure_factory)
    return conv


_converters: dict[bool, cattrs.Converter] = {}


def converter(*, detailed: bool = True) -> cattrs.Converter:
    """The package's converter (``detailed=False``: the fast one used for a first pass)."""
    conv = _converters.get(detailed)
    if conv is None:
        conv = _converters.setdefault(detailed, _make(detailed=detailed))
    return conv


def unstructure(obj: Any) -> Any:
    """A record, value or tuple of them as plain JSON-ready Python data.

    >>> import baltic_security as bs
    >>> bs.unstructure(bs.get("estonia"))["joined_nato"]
    '2004-03-29'
    """
    return converter(detailed=False).unstructure(obj)


def structure(data: Any, cls: type[T], *, file: str = "<data>", path: str = "$") -> T:
    """Build a ``cls`` from JSON-ready data, or raise :class:`DataError` listing every problem.

    >>> import baltic_security as bs
    >>> bs.structure({"value": "3", "unit": "troops"}, bs.Quantity)
    Traceback (most recent call last):
    ...
    baltic_security.errors.DataError: 1 problem in dataset:
      <data>: $.value: expected a number, found string '3'
    """
    try:
        return converter(detailed=False).structure(data, cls)
    except Exception:  # noqa: BLE001  # any failure is re-explained below, with paths
        raise DataError(explain(data, cls, file=file, path=path)) from None


def explain(data: Any, cls: type[Any], *, file: str, path: str) -> list[Problem]:
    """Structure ``data`` with full validation and describe each problem found."""
    try:
        converter(detailed=True).structure(data, cls)
    except Exception as exc:  # noqa: BLE001  # turned into Problems, never re-raised raw
        return [Problem(file=file, path=p, message=m) for p, m in _walk(exc, path)]
    return [Problem(file=file, path=path, message="invalid value")]


def _walk(exc: BaseException, path: str) -> list[tuple[str, str]]:
    if isinstance(exc, IterableValidationError):
        with_notes, without = exc.group_exceptions()
        found = [pair for e, note in with_notes for pair in _walk(e, f"{path}[{note.index!r}]")]
        return found + [pair for e in without for pair in _walk(e, path)]
    if isinstance(exc, ClassValidationError):
        with_notes_c, without_c = exc.group_exceptions()
        found = [pair for e, note in with_notes_c for pair in _walk(e, f"{path}.{note.name}")]
        return found + [pair for e in without_c for pair in _walk(e, path)]
    return [_leaf(exc, path)]


def _leaf(exc: BaseException, path: str) -> tuple[str, str]:
    if isinstance(exc, ForbiddenExtraKeysError):
        allowed = ", ".join(a.name for a in attrs.fields(exc.cl))
        keys = ", ".join(repr(k) for k in sorted(exc.extra_fields))
        return (path, f"unknown key {keys}; expected only: {allowed}")
    if isinstance(exc, FieldError):
        return (f"{path}.{exc.field}", exc.reason)
    if isinstance(exc, KeyError):
        return (path, "required field missing")
    if isinstance(exc, TypeError) and len(exc.args) == 4 and isinstance(exc.args[1], attrs.Attribute):
        # attrs.validators.instance_of: (message, attribute, expected type, value)
        attribute, expected, value = exc.args[1], exc.args[2], exc.args[3]
        return (f"{path}.{attribute.name}", f"expected {getattr(expected, '__name__', expected)}, found {json_type(value)}")
    return (path, str(exc) or type(exc).__name__)
