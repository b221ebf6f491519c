"""What every export reads from the model (fields, types, the rules their validators enforce) and says about the data."""

from __future__ import annotations

import enum
import re
import types
import typing
from typing import Any

import attrs

from baltic_security.dates import PartialDate
from baltic_security.model import (
    ID_PATTERN,
    Actor,
    Ally,
    _amount,
    _check_iso2,
    _check_iso3,
    _check_iso_numeric,
    _free_text,
    _lat,
    _lon,
    _non_empty,
    _positive,
    _sha256,
    _slug,
    _state_only,
    _two_or_more,
    _unique,
)

if typing.TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping

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
    # a state's official name and ISO codes: required when the kind is state; the codes are null otherwise
    (_state_only, {"state_only": True}),
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


_JSON_TYPES: Mapping[Any, str] = {bool: "boolean", int: "integer", float: "number", str: "string"}


def _source_line(source: Any) -> str:
    by = f"{source.publisher}, " if source.publisher else ""
    return f"{source.title} ({by}{source.published}; graded {source.reliability.value})"
