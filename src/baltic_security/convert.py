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
import gc
import re
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, get_args, get_origin

import attrs

from ._text import closest, fold
from .dates import PartialDate
from .errors import DataError, DateError, FieldError, Problem
from .model import ID_PATTERN, REFERS_TO
from .vocab import (
    ALIASES,
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
    closest_values,
)

if TYPE_CHECKING:
    import cattrs

__all__ = ["explain", "structure", "structure_hook", "unstructure"]

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
    if not value.isascii():  # the ISO digits are 0-9 only, whatever other scripts int() reads
        raise ValueError(f"expected an ISO date of year, month or day precision ('2026', '2025-06', '2025-06-03'), found {value!r}")
    try:
        return PartialDate.from_iso(value)
    except (DateError, FieldError) as exc:
        raise ValueError(f"{exc} in {value!r}" if isinstance(exc, FieldError) else str(exc)) from None


_FULL_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _date(value: object, _: object) -> _dt.date:
    if not isinstance(value, str):
        raise TypeError(f"expected a full ISO date 'YYYY-MM-DD', found {json_type(value)}")
    # fromisoformat alone would also read week dates ('2004-W13-1') and other digits than 0-9.
    if _FULL_DATE.fullmatch(value):
        try:
            return _dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError(f"expected a full ISO date 'YYYY-MM-DD', found {value!r}")


def _vocabulary_hook(vocab: type[enum.Enum]) -> Callable[[object, object], enum.Enum]:
    values = ", ".join(repr(m.value) for m in vocab)
    wanted = int if issubclass(vocab, int) else str

    def hook(value: object, _: object) -> enum.Enum:
        if isinstance(value, bool) or not isinstance(value, wanted):
            kind = "an integer" if wanted is int else "a string"
            raise TypeError(f"expected {kind}, one of {values}; found {json_type(value)}")
        if isinstance(value, str) and spelling(vocab).fullmatch(value) is None:
            raise ValueError(f"expected one of {values}; found {value!r}{_hint(vocab, value)}")
        try:
            return vocab(value)
        except ValueError:
            raise ValueError(f"expected one of {values}; found {value!r}{_hint(vocab, value)}") from None

    return hook


def _hint(vocab: type[enum.Enum], value: object) -> str:
    """What to write instead of an unknown vocabulary value: the value it folds to, else the closest ones."""
    try:
        member = vocab(value)
    except ValueError:
        near = closest_values(vocab, str(value))
        return f" (did you mean {' or '.join(map(repr, near))}?)" if near else ""
    return f" (write {member.value!r})"


# ---------------------------------------------------------------- vocabulary spellings
#
# A dataset file may spell a vocabulary value as its value, its name or a documented
# alias, in any case, with a hyphen, an underscore or a space between words:
# "air-defence", "Air Defence", "AIR_DEFENCE", "IAMD". The pattern below says exactly
# that; the converter checks it before the vocabulary's own, looser, lookup (which
# also folds accents and white space for query arguments), and the JSON Schema
# publishes the same pattern, so the two accept the same strings.

_SEPARATORS = "-_ "
_SPELLINGS: dict[type[enum.Enum], re.Pattern[str]] = {}
# What a regular expression (ECMA-262 or Python) reads as syntax outside a class and inside one.
_SYNTAX = frozenset("^$\\.*+?()[]{}|/")
_CLASS_SYNTAX = frozenset("\\]-^[")


def spelling_pattern(vocab: type[enum.Enum], member: enum.Enum | None = None) -> str:
    """A regular expression matching, whole, every spelling of ``vocab`` (or of one ``member``) a dataset file may use.

    The same text serves Python's ``re`` and ECMA-262 (JSON Schema): only
    literal characters, classes, groups and alternation.

    >>> import re
    >>> pattern = spelling_pattern(Qualifier)
    >>> [bool(re.fullmatch(pattern, s)) for s in ("at-least", "At Least", "AT_LEAST", "over", "at  least")]
    [True, True, True, True, False]
    """
    members = list(vocab) if member is None else [member]
    aliases = [alias for alias, meant in ALIASES.get(vocab, {}).items() if member is None or meant is member]
    texts = [str(m.value) for m in members] + [m.name for m in members] + aliases
    seen: dict[str, str] = {}
    for text in texts:
        key = "".join("-" if c in _SEPARATORS else c.casefold() for c in text)
        seen.setdefault(key, "".join(_spelling_atom(c) for c in text))
    return "(" + "|".join(seen[k] for k in sorted(seen)) + ")"


def _spelling_atom(char: str) -> str:
    if char in _SEPARATORS:
        return "[-_ ]"
    forms = sorted({f for f in (char, char.lower(), char.upper()) if len(f) == 1})
    if len(forms) == 1:
        return f"\\{char}" if char in _SYNTAX else char
    return "[" + "".join(f"\\{f}" if f in _CLASS_SYNTAX else f for f in forms) + "]"


def spelling(vocab: type[enum.Enum]) -> re.Pattern[str]:
    """:func:`spelling_pattern`, compiled once per vocabulary."""
    found = _SPELLINGS.get(vocab)
    if found is None:
        found = _SPELLINGS.setdefault(vocab, re.compile(spelling_pattern(vocab)))
    return found


def _is_tuple(tp: Any) -> bool:
    return get_origin(tp) is tuple


def _tuple_factory(tp: Any, converter: cattrs.Converter) -> Callable[[object, object], tuple[Any, ...]]:
    from cattrs.cols import homogenous_tuple_structure_factory  # noqa: PLC0415  # cattrs loads on first use

    inner = homogenous_tuple_structure_factory(tp, converter)

    def hook(value: object, _: object) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise TypeError(f"expected an array, found {json_type(value)}")
        return inner(value, tp)  # type: ignore[no-any-return]

    return hook


def _fast_class_factory(cl: type[Any], converter: cattrs.Converter) -> Callable[..., Any]:
    from ._fastpath import fast_structure_hook  # noqa: PLC0415  # it imports this module's hooks

    return fast_structure_hook(cl) or _class_factory(cl, converter)


def _fast_unstructure_factory(cl: type[Any], converter: cattrs.Converter) -> Callable[..., Any]:
    from cattrs.gen import make_dict_unstructure_fn  # noqa: PLC0415

    from ._fastpath import fast_unstructure_hook  # noqa: PLC0415

    return fast_unstructure_hook(cl) or make_dict_unstructure_fn(cl, converter)


def _tuple_unstructure_factory(tp: Any, converter: cattrs.Converter) -> Callable[[tuple[Any, ...]], list[Any]]:
    args = get_args(tp)
    element = converter.get_unstructure_hook(args[0]) if args and args[0] is not Ellipsis else converter.unstructure
    return lambda value: [element(x) for x in value]


def _vocabulary_value(member: enum.Enum) -> Any:
    return member.value


def _make(*, detailed: bool) -> cattrs.Converter:
    import cattrs  # noqa: PLC0415  # ~15 ms to import: only explanations and unusual types need it

    from ._fastpath import generated  # noqa: PLC0415

    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=detailed)
    conv.register_structure_hook(str, _str)
    conv.register_structure_hook(int, _int)
    conv.register_structure_hook(float, _float)
    conv.register_structure_hook(bool, _bool)
    conv.register_structure_hook(PartialDate, _partial_date)
    conv.register_structure_hook(_dt.date, _date)
    for vocab in _VOCABULARIES:
        conv.register_structure_hook(vocab, _vocabulary_hook(vocab))
        conv.register_unstructure_hook(vocab, _vocabulary_value)
    conv.register_structure_hook_factory(_is_tuple, _tuple_factory)
    # The detailed converter is cattrs' own code, kept as the reference that explains
    # failures; the fast one uses the functions generated by ._fastpath for the same classes.
    conv.register_structure_hook_factory(attrs.has, _class_factory if detailed else _fast_class_factory)
    conv.register_unstructure_hook(PartialDate, PartialDate.isoformat)
    conv.register_unstructure_hook(_dt.date, _dt.date.isoformat)
    conv.register_unstructure_hook_factory(_is_tuple, _tuple_unstructure_factory)
    if not detailed:
        conv.register_unstructure_hook_factory(generated, _fast_unstructure_factory)
    return conv


_converters: dict[bool, cattrs.Converter] = {}


def converter(*, detailed: bool = True) -> cattrs.Converter:
    """The package's converter (``detailed=False``: the fast one used for a first pass)."""
    conv = _converters.get(detailed)
    if conv is None:
        conv = _converters.setdefault(detailed, _make(detailed=detailed))
    return conv


class _NoGC:
    """Pause the cyclic collector while building many small acyclic objects (records, or their dicts).

    The collector would otherwise scan every object built so far, again and
    again, as their number grows. Concurrent users share one pause: the
    collector comes back, if it was on, when the last of them ends, however
    it ends.
    """

    _lock = threading.Lock()
    _active = 0
    _was_enabled = False

    def __enter__(self) -> None:
        with _NoGC._lock:
            if _NoGC._active == 0:
                _NoGC._was_enabled = gc.isenabled()
                gc.disable()
            _NoGC._active += 1

    def __exit__(self, *exc: object) -> None:
        with _NoGC._lock:
            _NoGC._active -= 1
            if _NoGC._active == 0 and _NoGC._was_enabled:
                gc.enable()


def unstructure(obj: Any) -> Any:
    """A record, value or tuple of them as plain JSON-ready Python data.

    An object the converter does not know (nor plain JSON data holds) raises
    :class:`TypeError`, rather than coming back unchanged.

    >>> import baltic_security as bs
    >>> bs.unstructure(bs.get("estonia"))["joined_nato"]
    '2004-03-29'
    >>> bs.unstructure([bs.PartialDate(2025), {1, 2}])
    Traceback (most recent call last):
    ...
    TypeError: cannot unstructure 'set' objects: expected records, values, or lists, tuples and dicts of them
    """
    from ._fastpath import fast_unstructure_hook, generated, unstructurers  # noqa: PLC0415  # loaded by now: cheap

    hook = unstructurers.get(obj.__class__)
    if hook is None and generated(obj.__class__):
        hook = fast_unstructure_hook(obj.__class__)
    if hook is not None:
        return hook(obj)
    if isinstance(obj, (list, tuple, dict)):
        # Possibly a whole table of records: many new dicts and lists at once.
        with _NoGC():
            data = converter(detailed=False).unstructure(obj)
    else:
        data = converter(detailed=False).unstructure(obj)
    # cattrs hands back what it has no hook for as it is: refuse it here instead.
    foreign = _foreign(data)
    if foreign is not _MISSING:
        raise TypeError(
            f"cannot unstructure {type(foreign).__name__!r} objects: expected records, values, or lists, tuples and dicts of them"
        )
    return data


def _foreign(data: Any) -> Any:
    """The first value in converter output that is not plain JSON data, or ``_MISSING``."""
    if data is None or isinstance(data, (str, int, float)):
        return _MISSING
    if isinstance(data, (list, tuple)):
        items: Any = data
    elif isinstance(data, dict):
        items = (*data, *data.values())
    else:
        return data
    return next((found for found in map(_foreign, items) if found is not _MISSING), _MISSING)


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
        return structure_hook(cls)(data)
    except Exception:  # noqa: BLE001  # any failure is re-explained below, with paths
        raise DataError(explain(data, cls, file=file, path=path)) from None


def structure_hook(cls: type[T]) -> Callable[[Any], T]:
    """The fast structuring function for ``cls``: it builds the record or raises, without saying why.

    A failure is explained by :func:`explain`; the loader calls this once per
    record type and then once per record.

    >>> import baltic_security as bs
    >>> structure_hook(bs.Quantity)({"value": 3, "unit": "troops"})
    Quantity(value=3, unit=<Unit.TROOPS: 'troops'>, qualifier=<Qualifier.EXACT: 'exact'>)
    """
    from ._fastpath import fast_structure_hook  # noqa: PLC0415

    found = fast_structure_hook(cls)
    if found is not None:
        return found
    hook = converter(detailed=False).get_structure_hook(cls)
    return lambda data: hook(data, cls)


def explain(data: Any, cls: type[Any], *, file: str, path: str, names: Callable[[str], str | None] | None = None) -> list[Problem]:
    """Structure ``data`` with full validation and describe every problem found.

    ``names`` resolves a party written as a name ("Finland", "EE") to its id,
    so that a reference written that way is answered with the id to write.

    >>> import baltic_security as bs
    >>> for p in explain({"source": "Bad Source", "paragraph": 0, "credibility": 1, "about": ["x", "x"]}, bs.Evidence, file="f", path="$"):
    ...     print(p)
    f: $.source: expected a lowercase slug such as 'baltic-sentry' (letters, digits, single hyphens), found 'Bad Source'
    f: $.paragraph: expected an integer >= 1, found 0
    f: $.about[1]: expected no duplicates, found 'x' again (first at index 0)
    """
    try:
        converter(detailed=True).structure(data, cls)
    except Exception as exc:  # noqa: BLE001  # turned into Problems, never re-raised raw
        return [Problem(file=file, path=p, message=m) for p, m in _walk(exc, path, data, cls, names)]
    return [Problem(file=file, path=path, message="invalid value")]


def _walk(exc: BaseException, path: str, node: Any, cl: Any, names: Callable[[str], str | None] | None) -> list[tuple[str, str]]:
    """Every problem inside a cattrs error, with its path; ``node`` is the raw JSON at ``path``."""
    from cattrs.errors import ClassValidationError, IterableValidationError  # noqa: PLC0415

    if isinstance(exc, IterableValidationError):
        with_notes, without = exc.group_exceptions()
        found = []
        for e, note in with_notes:
            item = node[note.index] if isinstance(node, list) and isinstance(note.index, int) and note.index < len(node) else None
            found += _walk(e, f"{path}[{note.index!r}]", item, None, names)
        return found + [pair for e in without for pair in _walk(e, path, node, cl, names)]
    if isinstance(exc, ClassValidationError):
        with_notes_c, without_c = exc.group_exceptions()
        found = []
        for e, attribute in with_notes_c:
            child = node.get(attribute.name) if isinstance(node, dict) else None
            found += _walk(e, f"{path}.{attribute.name}", child, None, names)
        return found + [pair for e in without_c for pair in _walk(e, path, node, exc.cl, names)]
    return _leaf(exc, path, node, cl, names)


def _key_path(path: str, key: object) -> str:
    return f"{path}.{key}" if isinstance(key, str) and key.isidentifier() else f"{path}[{key!r}]"


def _leaf(exc: BaseException, path: str, node: Any, cl: Any, names: Callable[[str], str | None] | None) -> list[tuple[str, str]]:
    from cattrs.errors import ForbiddenExtraKeysError  # noqa: PLC0415

    if isinstance(exc, ForbiddenExtraKeysError):
        fields = [a.name for a in attrs.fields(exc.cl)]
        allowed = ", ".join(fields)
        found = []
        for key in sorted(exc.extra_fields, key=str):
            near = closest(str(key), fields, limit=1)
            hint = f" (did you mean {near[0]!r}?)" if near else ""
            found.append((_key_path(path, key), f"unknown key {key!r}{hint}; expected only: {allowed}"))
        return found
    if isinstance(exc, FieldError):
        message = exc.reason + _slug_hint(exc.field, node, cl, names)
        if exc.others:
            message += " (see " + ", ".join(f"{path}.{other}" for other in exc.others) + ")"
        return [(f"{path}.{exc.field}", message)]
    if isinstance(exc, KeyError):
        return [(path, "required field missing")]
    if isinstance(exc, TypeError) and len(exc.args) == 4 and isinstance(exc.args[1], attrs.Attribute):
        # attrs.validators.instance_of: (message, attribute, expected type, value)
        attribute, expected, value = exc.args[1], exc.args[2], exc.args[3]
        return [(f"{path}.{attribute.name}", f"expected {getattr(expected, '__name__', expected)}, found {json_type(value)}")]
    return [(path, str(exc) or type(exc).__name__)]


_INDEXED = r"([A-Za-z_][A-Za-z0-9_]*)(?:\[([0-9]+)\])?"  # a field, or an item of one: "parties[1]"


def _slug_hint(field: str, node: Any, cl: Any, names: Callable[[str], str | None] | None) -> str:
    """The id to write where an id or reference is not a slug: what the party lookup finds, or the text made a slug."""
    match = re.fullmatch(_INDEXED, field)
    if match is None or not isinstance(node, dict) or not (isinstance(cl, type) and attrs.has(cl)):
        return ""
    attribute = attrs.fields_dict(cl).get(match[1])
    raw = node.get(match[1])
    if match[2] is not None:
        raw = raw[int(match[2])] if isinstance(raw, list) and int(match[2]) < len(raw) else None
    if attribute is None or not isinstance(raw, str) or ID_PATTERN.fullmatch(raw):
        return ""
    refers_to = attribute.metadata.get(REFERS_TO)
    found: str | None = None
    if refers_to == "party" and names is not None:
        found = names(raw)
    elif attribute.name == "id":
        # A new id may be made from the text; a reference made so by guesswork could name another record.
        found = re.sub(r"[^a-z0-9]+", "-", fold(raw)).strip("-")
    if not found or not ID_PATTERN.fullmatch(found):
        return ""
    return f"; did you mean {found!r}?" + (" (references are ids)" if refers_to else "")


def _class_factory(cl: type[Any], converter: cattrs.Converter) -> Callable[[object, object], Any]:
    from cattrs.errors import ClassValidationError  # noqa: PLC0415
    from cattrs.gen import make_dict_structure_fn  # noqa: PLC0415

    inner = make_dict_structure_fn(cl, converter)

    def hook(value: object, _: object) -> Any:
        if not isinstance(value, dict):
            raise TypeError(f"expected an object ({cl.__name__}), found {json_type(value)}")
        try:
            return inner(value, cl)
        except ClassValidationError as exc:
            raise _every_failure(exc, value, cl, converter) from None

    return hook


def _every_failure(exc: Any, value: dict[str, Any], cl: type[Any], converter: cattrs.Converter) -> Exception:
    """``exc`` completed: cattrs stops before the validators when a field fails, and attrs at the first validator.

    Every field that structures is set on a bare instance and every validator
    runs on it, each listing all it finds (every bad item of a tuple). A
    validator that reads a field which did not structure is skipped: that
    field's own problem is reported.
    """
    from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError  # noqa: PLC0415

    from ._fastpath import Unsupported, field_types  # noqa: PLC0415

    with_notes, without = exc.group_exceptions()
    failed = {note.name for _, note in with_notes}
    kept = [e for e, _ in with_notes] + [e for e in without if isinstance(e, ForbiddenExtraKeysError)]
    fields = attrs.fields(cl)
    try:
        types = field_types(cl, fields)
    except Unsupported:
        return exc  # type: ignore[no-any-return]
    instance = object.__new__(cl)
    for a, tp in zip(fields, types, strict=True):
        if a.name in failed:
            continue
        if a.name in value:
            try:
                field_value = converter.structure(value[a.name], tp)
            except Exception:  # noqa: BLE001, S112  # reported by cattrs already
                continue
        elif isinstance(a.default, attrs.Factory):  # type: ignore[arg-type]  # attrs.Factory is a class at run time
            field_value = a.default.factory(instance) if a.default.takes_self else a.default.factory()
        elif a.default is not attrs.NOTHING:
            field_value = a.default
        else:
            continue
        object.__setattr__(instance, a.name, field_value)
    found: list[Exception] = []
    for a in fields:
        if a.name not in failed and hasattr(instance, a.name):
            found += _failures(a.validator, instance, a, getattr(instance, a.name))
    construction = [e for e in without if not isinstance(e, ForbiddenExtraKeysError)]
    return ClassValidationError(exc.message, kept + (found or construction), cl)


def _failures(validator: Any, instance: Any, attribute: Any, value: Any) -> list[Exception]:
    """What ``validator`` finds wrong with ``value``: every problem where it can list them."""
    from ._fastpath import validator_parts  # noqa: PLC0415

    parts = validator_parts(validator)
    if parts is not None and parts[0] == "and":  # a list of validators or attrs' and_: the first that fails speaks
        return next((found for each in parts[1] if (found := _failures(each, instance, attribute, value))), [])
    if parts is not None:  # attrs' optional
        return [] if value is None else _failures(parts[1][0], instance, attribute, value)
    if validator is None:
        return []
    try:
        validator(instance, attribute, value)
    except AttributeError:
        return []  # it reads a field that did not structure
    except Exception as exc:  # noqa: BLE001  # a validator's refusal, whatever its type
        every = getattr(validator, "failures", None)
        return (every(instance, attribute, value) if every is not None else []) or [exc]
    return []


_MISSING = object()
