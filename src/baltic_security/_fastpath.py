"""The converter's generated fast path: one plain function per record class, built from the model.

For every attrs class the loader meets, one Python function is generated (once)
that structures a JSON object into the record, and one that unstructures it.
They do what cattrs' generated functions (``cattrs.gen``) do, field for field,
without the per-field dispatch: type checks inline, vocabularies and ISO dates
through lookup tables, short strings interned, the instance filled in directly
and only those validators run whose check the structuring has not already made
(a type check of the type just built is dropped; every other validator of the
model runs, unchanged). The structuring function raises on any bad input
without saying why: the loader then re-runs the record through the detailed
converter (cattrs' own code, in :mod:`baltic_security.convert`), whose messages
stay the reference. tests/test_convert.py proves both paths accept the same
inputs and build equal records.

The trade. This module is code that builds code (about 400 lines), beside
cattrs' generator that does the same job more generally; a reader must trust
both. It earns its place by speed alone: ``python bench/fastpath.py`` loads the
same file with these functions and with ``cattrs.gen.make_dict_structure_fn``
(``_cattrs_forbid_extra_keys=True``, no detailed validation) given the same
speed-ups as cattrs hooks (date cache, vocabulary tables, interning, collector
paused, detailed validation only on the second pass). Measured on the
project's shared 2-core machine, medians of runs interleaved:

    ==========  ===========  ================  =======
    records     this module  cattrs generated  ratio
    ==========  ===========  ================  =======
    10^4        437 ms       681 ms            1.56x
    10^5        4,590 ms     7,513 ms          1.64x
    ==========  ===========  ================  =======

(Other runs the same day gave 1.6x to 2.2x at 10^5 records, and 1.2x once
beside the full test suite; see docs/performance.md.)

The gain comes from building the instance without ``__init__`` (no keyword
call, no attrs ``and_`` wrapper, no type check of a value the structuring has
just built) and from inlining the scalar checks. The project keeps a generator of its own only while
the gain at 10^5 records is 1.5x or more; rerun the script when attrs or cattrs
change.

What it relies on, each asserted by tests/test_fastpath.py so that a change in
attrs or cattrs fails the tests instead of making loads silently slower or
wrong: ``attrs.fields`` in definition order with public ``default``,
``validator``, ``converter``, ``init`` and ``alias``; a slotted class whose
``__init__`` only sets its fields and then runs their validators (checked per
class here: no slot beyond the fields, no pre/post-init hook, no custom
``__new__``, else cattrs' code serves the class); ``attrs.validators.and_`` and
``attrs.validators.optional`` returning attrs classes whose fields are the
arguments of those public functions (read through ``attrs.asdict``, never by a
private name).
"""

from __future__ import annotations

import datetime as _dt
import enum
import inspect
import linecache
import sys
import types
from collections.abc import Callable
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

import attrs

from ._codecache import compiled
from .convert import _MISSING, _VOCABULARIES, _date, _partial_date, _vocabulary_hook
from .dates import PartialDate
from .model import _Each, _IsInstance

__all__ = [
    "Unsupported",
    "fast_structure_hook",
    "fast_unstructure_hook",
    "field_types",
    "generated",
    "unstructurers",
    "validator_parts",
]

T = TypeVar("T")

# The types of what attrs' public validator combinators return, found through them.
_AND: type[Any] = type(attrs.validators.and_())
_OPTIONAL: type[Any] = type(attrs.validators.optional(attrs.validators.and_()))


def validator_parts(validator: Any) -> tuple[str, tuple[Any, ...]] | None:
    """What a composed validator is made of: ``("and", parts)``, ``("optional", (inner,))`` or None.

    A list of validators (attrs' ``validator=[...]``) and ``attrs.validators.and_``
    are ``"and"``; ``attrs.validators.optional`` is ``"optional"``. Their parts
    are read through ``attrs.asdict`` by the names of the public functions'
    arguments; a combinator whose fields are not those gives None (it is then
    called whole, which is right, only slower; tests/test_fastpath.py fails).
    """
    if isinstance(validator, (list, tuple)):
        return ("and", tuple(validator))
    kind = type(validator)
    if kind is _AND or kind is _OPTIONAL:
        fields = attrs.asdict(validator, recurse=False)
        if kind is _OPTIONAL and list(fields) == ["validator"]:
            inner = fields["validator"]
            return ("optional", (inner,))
        if kind is _AND and len(fields) == 1:
            (parts,) = fields.values()
            if isinstance(parts, (list, tuple)):
                return ("and", tuple(parts))
    return None


class _Reject(ValueError):
    """Internal: the fast path refuses a value; :func:`explain` says why."""


class Unsupported(Exception):
    """Internal: a class uses a feature the generator does not handle (cattrs' code is used)."""


class _Lookup(dict[Any, Any]):
    """Exact values in a table; anything else goes to the hook, which knows aliases and errors.

    With ``keep``, results for new string keys are remembered (up to that many):
    the same ISO date string then gives the same immutable PartialDate.
    """

    __slots__ = ("_hook", "_keep")

    def __init__(self, table: dict[Any, Any], hook: Callable[[Any, Any], Any], keep: int = 0) -> None:
        super().__init__(table)
        self._hook = hook
        self._keep = keep

    def __missing__(self, key: Any) -> Any:
        value = self._hook(key, None)
        if self._keep and key.__class__ is str and len(self) < self._keep:
            self[key] = value
        return value


def _shared_str(value: object) -> str:
    """A string checked, and if short, interned: repeated references then cost one copy."""
    if value.__class__ is str:
        return sys.intern(value) if len(value) <= _SHARED_LENGTH else value
    if isinstance(value, str):  # a subclass: kept as given, as the reference converter keeps it
        return value
    raise _Reject


_SHARED_LENGTH = 40
_DATES = _Lookup({}, _partial_date, keep=1 << 16)
_VOCAB_TABLES: dict[type[enum.Enum], _Lookup] = {}
_structurers: dict[type[Any], Callable[..., Any]] = {}
unstructurers: dict[type[Any], Callable[[Any], Any]] = {}
_unsupported: set[type[Any]] = set()
# Classes with their own hook (registered above), never generated field by field.
_OWN_HOOKS: frozenset[type[Any]] = frozenset({PartialDate, _dt.date, *_VOCABULARIES})


def _only_fields(cl: type[Any], fields: Any) -> bool:
    """Whether an instance of ``cl`` holds its fields and nothing else ``__init__`` could set (slots only)."""
    slots: set[str] = set()
    for base in cl.__mro__[:-1]:
        if "__slots__" not in vars(base):
            return False
        own = vars(base)["__slots__"]
        slots.update((own,) if isinstance(own, str) else own)
    return slots - {"__weakref__"} == {a.name for a in fields}


def generated(cl: Any) -> bool:
    """Whether ``cl`` is structured by a generated function (a record class this module handles)."""
    return isinstance(cl, type) and cl not in _OWN_HOOKS and attrs.has(cl) and cl not in _unsupported


def fast_structure_hook(cl: type[T]) -> Callable[..., T] | None:
    """The generated structuring function of an attrs class, or None where cattrs' code serves."""
    found = _structurers.get(cl)
    if found is None and generated(cl):
        found = _compile(cl, structure=True)
    return found


def fast_unstructure_hook(cl: type[Any]) -> Callable[[Any], Any] | None:
    """The generated unstructuring function of an attrs class, or None where cattrs' code serves."""
    found = unstructurers.get(cl)
    if found is None and generated(cl):
        found = _compile(cl, structure=False)
    return found


def _compile(cl: type[Any], *, structure: bool) -> Callable[..., Any] | None:
    gen = _Generator(structure=structure)
    try:
        gen.function(cl)
    except Unsupported:
        _unsupported.add(cl)
        return None
    kind = "structure" if structure else "unstructure"
    filename = f"<baltic_security generated {kind} {cl.__module__}.{cl.__qualname__}>"
    source = "\n".join(gen.lines) + "\n"
    linecache.cache[filename] = (len(source), None, source.splitlines(keepends=True), filename)  # readable tracebacks
    exec(compiled(source, filename), gen.ns)  # noqa: S102  # our own generated code, built from the model's fields
    table = _structurers if structure else unstructurers
    for each, name in gen.done.items():
        table.setdefault(each, gen.ns[name])
    return table[cl]


_ANNOTATIONS: dict[tuple[str, str], Any] = {}


def field_types(cl: type[Any], fields: Any) -> list[Any]:
    """The evaluated annotation of each field.

    ``typing.get_type_hints`` compiles every annotation string anew (~5 ms for
    the model); the model repeats a few dozen strings, so each is evaluated
    once per module. Inherited fields take the general route.
    """
    own = inspect.get_annotations(cl)
    module = sys.modules.get(cl.__module__)
    if module is None or any(a.name not in own for a in fields):
        try:
            hints = get_type_hints(cl)
        except Exception as exc:  # an unresolvable annotation: leave the class to cattrs
            raise Unsupported(cl) from exc
        return [hints[a.name] for a in fields]
    found = []
    for a in fields:
        tp = own[a.name]
        if isinstance(tp, str):
            key = (cl.__module__, tp)
            if key not in _ANNOTATIONS:
                try:
                    _ANNOTATIONS[key] = eval(tp, vars(module))  # noqa: S307  # what get_type_hints does with the same string
                except Exception as exc:
                    raise Unsupported(cl) from exc
            tp = _ANNOTATIONS[key]
        found.append(tp)
    return found


def _shape(tp: Any) -> tuple[Any, ...]:  # noqa: PLR0911  # one return per form reads best
    """What a field holds, in the few forms the generator knows."""
    if tp in (str, int, float, bool):
        return (tp.__name__,)
    if tp is PartialDate:
        return ("pdate",)
    if tp is _dt.date:
        return ("date",)
    if tp in _VOCABULARIES:
        return ("enum", tp)
    if isinstance(tp, type) and attrs.has(tp):
        return ("class", tp)
    origin, args = get_origin(tp), get_args(tp)
    if origin in (Union, types.UnionType) and len(args) == 2 and type(None) in args:
        return ("opt", _shape(next(a for a in args if a is not type(None))))
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return ("tuple", _shape(args[0]))
    raise Unsupported(tp)


def _guaranteed(shape: tuple[Any, ...], expected: Any) -> bool:
    """Whether every value the structuring lets through at ``shape`` is already an instance of ``expected``."""
    kind = shape[0]
    built: tuple[type[Any], ...]
    if kind == "float":
        built = (int, float)
    elif kind in ("str", "int", "bool"):
        built = ({"str": str, "int": int, "bool": bool}[kind],)
    elif kind in ("enum", "class"):
        built = (shape[1],)
    elif kind == "pdate":
        built = (PartialDate,)
    elif kind == "date":
        built = (_dt.date,)
    elif kind == "tuple":
        built = (tuple,)
    else:
        return False
    try:
        return all(issubclass(b, expected) for b in built)
    except TypeError:
        return False


class _Generator:
    """Source of the functions for one class and the classes it contains."""

    def __init__(self, *, structure: bool) -> None:
        self.structure = structure
        self.ns: dict[str, Any] = {"_Reject": _Reject, "_new": object.__new__, "_set": object.__setattr__, "_MISSING": _MISSING}
        self.lines: list[str] = []
        self.done: dict[type[Any], str] = {}
        self._names: dict[int, str] = {}
        self._temp = 0

    def ref(self, obj: Any, hint: str) -> str:
        """A global name in the generated module for ``obj``."""
        name = self._names.get(id(obj))
        if name is None:
            name = self._names[id(obj)] = f"_{hint}{len(self._names)}"
            self.ns[name] = obj
        return name

    def temp(self, hint: str) -> str:
        self._temp += 1
        return f"{hint}{self._temp}"

    def function(self, cl: type[Any]) -> str:
        """The name of ``cl``'s function, generating it (and those of the classes it holds) if needed."""
        existing = (_structurers if self.structure else unstructurers).get(cl)
        if existing is not None:
            return self.ref(existing, "f")
        if cl in self.done:
            return self.done[cl]
        if not generated(cl):
            raise Unsupported(cl)
        # Only identifiers and repr() literals of the model's own names enter the source;
        # defaults, validators and classes are passed in by reference, data never is.
        label = "".join(c if c.isascii() and c.isalnum() else "_" for c in cl.__name__)
        name = self.done[cl] = f"{'structure' if self.structure else 'unstructure'}_{label}_{len(self.done)}"
        fields = attrs.fields(cl)
        shapes = [_shape(tp) for tp in field_types(cl, fields)]
        if self.structure:
            self._structurer(cl, name, fields, shapes)
        else:
            self._unstructurer(name, fields, shapes)
        return name

    # ----------------------------------------------------------- structure

    def _structurer(self, cl: type[Any], name: str, fields: Any, shapes: list[tuple[Any, ...]]) -> None:
        if (
            any("__new__" in vars(base) for base in cl.__mro__[:-1])
            or hasattr(cl, "__attrs_pre_init__")
            or hasattr(cl, "__attrs_post_init__")
            or not _only_fields(cl, fields)
            or any(a.converter is not None or not a.init or a.alias != a.name for a in fields)
        ):
            raise Unsupported(cl)
        keys = self.ref(frozenset(a.name for a in fields), "keys")
        body: list[str] = [f"    if not isinstance(d, dict) or not {keys}.issuperset(d): raise _Reject({cl.__name__!r})"]
        for j, (a, shape) in enumerate(zip(fields, shapes, strict=True)):
            var = f"f{j}"
            # Short strings (references, labels, names) repeat across records: share one
            # copy of each. Ids are unique, so sharing them would only cost.
            share = a.name != "id"
            if a.default is attrs.NOTHING:
                body.append(f"    {var} = d[{a.name!r}]")
                self._convert(shape, var, body, 1, share=share)
            elif a.default is None and shape[0] == "opt":
                body.append(f"    {var} = d.get({a.name!r})")
                self._convert(shape, var, body, 1, share=share)
            else:
                if isinstance(a.default, attrs.Factory):  # type: ignore[arg-type]
                    if a.default.takes_self:
                        raise Unsupported(cl)
                    default = f"{self.ref(a.default.factory, 'factory')}()"
                else:
                    default = self.ref(a.default, "default")
                body += [f"    {var} = d.get({a.name!r}, _MISSING)", f"    if {var} is _MISSING:"]
                body += [f"        {var} = {default}", "    else:"]
                self._convert(shape, var, body, 2, share=share)
        body.append(f"    i = _new({self.ref(cl, 'cls')})")
        body += [f"    _set(i, {a.name!r}, f{j})" for j, a in enumerate(fields)]
        # attrs runs validators after every field is set (some read other fields): so do we.
        for j, (a, shape) in enumerate(zip(fields, shapes, strict=True)):
            self._checks(a.validator, shape, f"f{j}", self.ref(a, "attr"), out=body, depth=1)
        body.append("    return i")
        self.lines += [f"def {name}(d, _=None):", *body, ""]

    def _callable(self, shape: tuple[Any, ...]) -> str | None:
        """A one-argument function doing the conversion, for ``map`` over arrays, or None."""
        kind = shape[0]
        if kind == "enum" and not issubclass(shape[1], int):
            return self.ref(_vocab_table(shape[1]).__getitem__, "get")
        if kind == "pdate":
            return self.ref(_DATES.__getitem__, "get")
        if kind == "class":
            return self.function(shape[1])
        return None

    def _expression(self, shape: tuple[Any, ...], var: str) -> str | None:
        """A conversion that is one expression, or None when it takes statements."""
        kind = shape[0]
        if kind == "enum":
            lookup = _vocab_table(shape[1])
            table = self.ref(lookup, "vocab")
            if issubclass(shape[1], int):
                # bool and float keys would hash like ints: only a real int may use the table.
                return f"({table}[{var}] if {var}.__class__ is int else {self.ref(lookup._hook, 'hook')}({var}, None))"  # noqa: SLF001
            return f"{table}[{var}]"
        if kind == "pdate":
            return f"{self.ref(_DATES, 'dates')}[{var}]"
        if kind == "date":
            return f"{self.ref(_date, 'hook')}({var}, None)"
        if kind == "class":
            return f"{self.function(shape[1])}({var})"
        return None

    def _convert(self, shape: tuple[Any, ...], var: str, out: list[str], depth: int, *, share: bool = False) -> None:
        """Statements that check ``var`` and replace it with its structured value."""
        pad = "    " * depth
        kind = shape[0]
        expression = self._expression(shape, var)
        if expression is not None:
            out.append(f"{pad}{var} = {expression}")
        elif kind == "str" and share:
            out.append(f"{pad}{var} = {self.ref(_shared_str, 'text')}({var})")
        elif kind == "str":
            out.append(f"{pad}if not isinstance({var}, str): raise _Reject")
        elif kind == "int":
            out.append(f"{pad}if {var}.__class__ is not int and (isinstance({var}, bool) or not isinstance({var}, int)): raise _Reject")
        elif kind == "float":
            out.append(
                f"{pad}if {var}.__class__ is not int and {var}.__class__ is not float"
                f" and (isinstance({var}, bool) or not isinstance({var}, (int, float))): raise _Reject"
            )
        elif kind == "bool":
            out.append(f"{pad}if {var} is not True and {var} is not False: raise _Reject")
        elif kind == "opt":
            out.append(f"{pad}if {var} is not None:")
            self._convert(shape[1], var, out, depth + 1, share=share)
        elif kind == "tuple":
            out.append(f"{pad}if not isinstance({var}, list): raise _Reject")
            item, element = self.temp("x"), shape[1]
            function = self._callable(element)
            inner = self._expression(element, item)
            if element[0] == "str" and share:
                function = self.ref(_shared_str, "text")
            if function is not None:
                out.append(f"{pad}{var} = tuple(map({function}, {var}))")
            elif inner is not None:
                out.append(f"{pad}{var} = tuple([{inner} for {item} in {var}])")
            elif element[0] in ("str", "int", "float", "bool"):
                out.append(f"{pad}for {item} in {var}:")
                self._convert(element, item, out, depth + 1)
                out.append(f"{pad}{var} = tuple({var})")
            else:
                items = self.temp("t")
                out += [f"{pad}{items} = []", f"{pad}for {item} in {var}:"]
                self._convert(element, item, out, depth + 1)
                out += [f"{pad}    {items}.append({item})", f"{pad}{var} = tuple({items})"]
        else:  # pragma: no cover - _shape only returns the kinds above
            raise Unsupported(shape)

    def _checks(self, validator: Any, shape: tuple[Any, ...], var: str, attr: str, *, out: list[str], depth: int) -> None:
        """Calls of the validators ``validator`` is made of, minus type checks already guaranteed."""
        if validator is None:
            return
        pad = "    " * depth
        parts = validator_parts(validator)
        if parts is not None and parts[0] == "and":
            for each in parts[1]:
                self._checks(each, shape, var, attr, out=out, depth=depth)
            return
        if isinstance(validator, _IsInstance) and _guaranteed(shape, validator.type):
            return
        if parts is not None and parts[0] == "optional":
            inner: list[str] = []
            self._checks(parts[1][0], shape[1] if shape[0] == "opt" else shape, var, attr, out=inner, depth=depth + 1)
            if inner:
                out += [f"{pad}if {var} is not None:", *inner]
            return
        if isinstance(validator, _Each) and shape[0] == "tuple":
            self._checks(validator.iterable_validator, shape, var, attr, out=out, depth=depth)
            item = self.temp("m")
            members: list[str] = []
            self._checks(validator.member_validator, shape[1], item, attr, out=members, depth=depth + 1)
            if members:
                out += [f"{pad}for {item} in {var}:", *members]
            return
        out.append(f"{pad}{self.ref(validator, 'check')}(i, {attr}, {var})")

    # ----------------------------------------------------------- unstructure

    def _unstructurer(self, name: str, fields: Any, shapes: list[tuple[Any, ...]]) -> None:
        items = [f"        {a.name!r}: {self._output(shape, f'i.{a.name}')}," for a, shape in zip(fields, shapes, strict=True)]
        self.lines += [f"def {name}(i):", "    return {", *items, "    }", ""]

    def _output(self, shape: tuple[Any, ...], value: str) -> str:  # noqa: PLR0911  # one return per form
        kind = shape[0]
        if kind in ("str", "int", "float", "bool"):
            return value
        if kind == "enum":
            return f"{value}._value_"  # the attribute behind Enum.value, without the property call
        if kind == "pdate":
            return f"{self.ref(PartialDate.isoformat, 'iso')}({value})"
        if kind == "date":
            return f"{self.ref(_dt.date.isoformat, 'iso')}({value})"
        if kind == "class":
            return f"{self.function(shape[1])}({value})"
        if kind == "opt":
            held = self.temp("v")
            inner = self._output(shape[1], held)
            return value if inner == held else f"(None if ({held} := {value}) is None else {inner})"
        if kind == "tuple":
            item = self.temp("x")
            inner = self._output(shape[1], item)
            return f"list({value})" if inner == item else f"[{inner} for {item} in {value}]"
        raise Unsupported(shape)  # pragma: no cover - _shape only returns the kinds above


def _vocab_table(vocab: type[enum.Enum]) -> _Lookup:
    table = _VOCAB_TABLES.get(vocab)
    if table is None:
        table = _VOCAB_TABLES.setdefault(vocab, _Lookup({m.value: m for m in vocab}, _vocabulary_hook(vocab)))
    return table
