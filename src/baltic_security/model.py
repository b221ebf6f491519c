"""The domain model: immutable, hashable, slotted records and values.

Records refer to each other by id (strings). Construct them in Python with
keyword arguments; read them from JSON with :func:`baltic_security.load`.

>>> from baltic_security import Evidence, Credibility
>>> Evidence(source="bdc-communique-2025-01-23", paragraph=20, label="14", credibility=Credibility.CONFIRMED)
Evidence(source='bdc-communique-2025-01-23', paragraph=20, credibility=<Credibility.CONFIRMED: 1>, label='14', attribution=None, about=())
"""

from __future__ import annotations

import datetime as _dt
import enum
import math
import re
from collections.abc import Callable
from typing import Any, Union

import attrs
from attrs import validators as v

from .dates import PartialDate
from .errors import FieldError, FieldTypeError
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

__all__ = [
    "Actor",
    "Ally",
    "Claim",
    "Commitment",
    "Conflict",
    "Deployment",
    "Evidence",
    "Exercise",
    "Fact",
    "Participant",
    "Place",
    "Quantity",
    "Record",
    "SourceDocument",
]

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

# ---------------------------------------------------------------- validators
#
# Every validator raises FieldError naming the field (with the index of the item in a
# tuple, ``parties[1]``), what was expected and what was found; a wrong Python type
# raises FieldTypeError, which is a TypeError too. A validator object with a
# ``failures`` method can list every problem it finds, not only the first: the
# converter uses it to explain a bad record in full (see convert.explain).

#: Characters no text field holds, as a regular expression class body (read alike by
#: Python and ECMA-262): C0 controls (free text keeps tab and line feed), DEL, C1
#: controls, unpaired surrogates, and the Unicode line and paragraph separators.
#: Free text (summaries, notes) may hold tabs and line feeds; one-line text may not.
FREE_TEXT_EXCLUDES = r"\u0000-\u0008\u000b-\u001f\u007f-\u009f\ud800-\udfff\u2028\u2029"
LINE_TEXT_EXCLUDES = r"\u0000-\u001f\u007f-\u009f\ud800-\udfff\u2028\u2029"
_LINE_BREAKS = "\n\r\x85\u2028\u2029"


def _shown(value: object) -> str:
    """A Python value for a message: its type and a short repr."""
    text = repr(value)
    if len(text) > 60:
        text = text[:57] + "..."
    plain = value is None or (isinstance(value, (str, int, float)) and not isinstance(value, bool))
    return text if plain else f"{type(value).__name__} {text}"


def _check_text(name: str, value: object, *, free: bool) -> None:
    """Non-blank text holding no character that breaks search, exports or a line."""
    if not isinstance(value, str):
        raise FieldTypeError(name, f"expected a string, found {_shown(value)}")
    # isprintable() is one C loop and true for most text; only text it flags is searched.
    if not value.isprintable():
        # Compiled on first use (and cached by re): ~1 ms at import for what most scripts never need.
        bad = re.search(f"[{FREE_TEXT_EXCLUDES if free else LINE_TEXT_EXCLUDES}]", value)
        if bad is not None:
            char, at = bad.group(), bad.start()
            code = f"U+{ord(char):04X}"
            if "\ud800" <= char <= "\udfff":
                reason = f"expected Unicode text, found an unpaired surrogate {code} at offset {at}"
            elif char in _LINE_BREAKS:
                wanted = "line breaks written as \\n" if free else "one line of text"
                reason = f"expected {wanted}, found a line break {code} at offset {at}"
            elif char == "\t":
                reason = f"expected one line of text without tabs, found a tab {code} at offset {at}"
            else:
                reason = f"expected text without control characters, found {code} at offset {at}"
            raise FieldError(name, reason)
    if not value.strip():
        raise FieldError(name, f"expected a non-empty string, found {value!r}")


def _slug(instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if not isinstance(value, str):
        raise FieldTypeError(attribute.name, f"expected an id (a string), found {_shown(value)}")
    if not ID_PATTERN.fullmatch(value):
        raise FieldError(
            attribute.name, f"expected a lowercase slug such as 'baltic-sentry' (letters, digits, single hyphens), found {value!r}"
        )


def _non_empty(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    """At least one item in a tuple; for a string, one line of non-blank text (see _check_text)."""
    # Most text is printable and not blank: that is settled here, in two C loops and no call.
    if value.__class__ is str and value.isprintable() and value and not value.isspace():
        return
    if isinstance(value, tuple):
        if not value:
            raise FieldError(attribute.name, "expected at least one item")
    else:
        _check_text(attribute.name, value, free=False)


def _free_text(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    r"""Non-blank text that may run over several lines (tabs and ``\n`` allowed)."""
    if value.__class__ is str and value.isprintable() and value and not value.isspace():
        return
    _check_text(attribute.name, value, free=True)


# The validator objects below are plain slotted classes: an attrs class costs ~0.5 ms to
# create at import, and `import baltic_security.model` is on every script's first query.


class _Unique:
    """No item twice in a tuple; the path names the index of each repeat."""

    __slots__ = ()

    def failures(self, _instance: object, attribute: attrs.Attribute[Any], value: tuple[object, ...]) -> list[FieldError]:
        if len(set(value)) == len(value):
            return []
        first: dict[object, int] = {}
        found = []
        for index, item in enumerate(value):
            seen = first.setdefault(item, index)
            if seen != index:
                shown = str(item) if isinstance(item, enum.Enum) else repr(item)
                found.append(
                    FieldError(f"{attribute.name}[{index}]", f"expected no duplicates, found {shown} again (first at index {seen})")
                )
        return found

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: tuple[object, ...]) -> None:
        if len(set(value)) != len(value):
            raise self.failures(instance, attribute, value)[0]


_unique = _Unique()


def _positive(instance: object, attribute: attrs.Attribute[Any], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise FieldTypeError(attribute.name, f"expected an integer >= 1, found {_shown(value)}")
    if value < 1:
        raise FieldError(attribute.name, f"expected an integer >= 1, found {value!r}")


def _sha256(instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if not isinstance(value, str) or not re.fullmatch(r"[0-9a-f]{64}", value):
        raise FieldError(attribute.name, f"expected 64 lowercase hex digits, found {value!r}")


_Validator = Callable[[Any, Any, Any], Any]


class _IsInstance:
    """The value is an instance of ``type`` (never a bool where a number is wanted)."""

    __slots__ = ("type",)

    def __init__(self, tp: type[Any] | tuple[type[Any], ...]) -> None:
        self.type = tp

    def __repr__(self) -> str:
        return f"_IsInstance({self.type!r})"

    def __call__(self, _instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        wanted = self.type if isinstance(self.type, tuple) else (self.type,)
        if isinstance(value, wanted) and not (isinstance(value, bool) and bool not in wanted and int in wanted):
            return
        names = "a number" if float in wanted and int in wanted else " or ".join(_NAMES.get(w) or _article(w.__name__) for w in wanted)
        raise FieldTypeError(attribute.name, f"expected {names}, found {_shown(value)}{_write_instead(wanted[0], value)}")


_NAMES: dict[type[Any], str] = {bool: "True or False", str: "a string", int: "an integer", _dt.date: "a datetime.date"}


def _article(name: str) -> str:
    return f"{'an' if name[:1] in 'AEIOU' else 'a'} {name}"


def _write_instead(wanted: type[Any], value: Any) -> str:  # noqa: PLR0911  # one return per form reads best
    """How to write ``value`` as a ``wanted``, when that is plain."""
    if wanted is tuple and isinstance(value, (list, set, frozenset, str)):
        items = repr(value) if isinstance(value, str) else ", ".join(repr(x) for x in value)
        return f"; records hold tuples: write ({items}{',' if isinstance(value, str) or len(value) == 1 else ''})"
    if isinstance(wanted, type) and issubclass(wanted, enum.Enum) and isinstance(value, (str, int)) and not isinstance(value, bool):
        try:
            member = wanted(value)
        except ValueError as exc:
            return f"; {exc}"
        return f"; write {wanted.__name__}.{member.name}"
    if wanted is _dt.date and isinstance(value, str):
        return f"; write datetime.date.fromisoformat({value!r})"
    if attrs.has(wanted) and isinstance(value, dict):
        return f"; write {wanted.__name__}(...), or read JSON data with baltic_security.structure"
    if wanted is PartialDate and isinstance(value, (str, int, _dt.date)):
        return f"; write PartialDate.coerce({value!r})"
    return ""


def _is(tp: type[Any] | tuple[type[Any], ...]) -> _Validator:
    return _IsInstance(tp)


class _Each:
    """A tuple (never a list: records stay hashable and immutable) whose every item passes ``member_validator``."""

    __slots__ = ("iterable_validator", "member_validator")

    def __init__(self, member_validator: _Validator) -> None:
        self.member_validator = member_validator
        self.iterable_validator: _Validator = _IsInstance(tuple)

    def __repr__(self) -> str:
        return f"_Each({self.member_validator!r})"

    def failures(self, instance: object, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> list[FieldError]:
        found = []
        for index, item in enumerate(value):
            try:
                self.member_validator(instance, attribute, item)
            except FieldError as exc:
                found.append(exc.within(attribute.name, index))
        return found

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        self.iterable_validator(instance, attribute, value)
        for error in self.failures(instance, attribute, value):
            raise error


def _tuple_of(member: _Validator) -> _Validator:
    return _Each(member)


def _checks(*validators: _Validator) -> list[_Validator]:
    return list(validators)


def _in_order(start: PartialDate | None, end: PartialDate | None) -> bool:
    """Whether two partial dates can be in order: only an end whose last day is before the start's first day cannot."""
    return start is None or end is None or not end.last_day < start.first_day


class _NotBefore:
    """A date that cannot lie wholly before the date in field ``other`` (``due`` after ``made_on``)."""

    __slots__ = ("other",)

    def __init__(self, other: str) -> None:
        self.other = other

    def __repr__(self) -> str:
        return f"_NotBefore({self.other!r})"

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: PartialDate | None) -> None:
        if value is None:
            return
        earlier = getattr(instance, self.other)
        if not _in_order(earlier, value):
            raise FieldError(
                attribute.name,
                f"expected a date that can fall on or after {self.other} {earlier}, found {value}, which ends before it begins",
                others=(self.other,),
            )


#: Field metadata of a reference: what kind of record its id names.
REFERS_TO = "refers_to"
_REFERS_TO_PARTY = {REFERS_TO: "party"}
_REFERS_TO_SOURCE = {REFERS_TO: "source"}
_REFERS_TO_RECORD = {REFERS_TO: "record"}

_TEXTS: list[_Validator] = [_tuple_of(_non_empty), _unique]
_SLUGS: list[_Validator] = [_tuple_of(_slug), _unique]
_REQUIRED_SLUGS: list[_Validator] = [*_SLUGS, _non_empty]
_DOMAINS: list[_Validator] = [_tuple_of(_is(Domain)), _unique]
_OPT_SLUG: _Validator = v.optional(_slug)
_OPT_TEXT: _Validator = v.optional(_non_empty)
_OPT_FREE_TEXT: _Validator = v.optional(_free_text)
_OPT_DATE: _Validator = v.optional(_is(PartialDate))


# ---------------------------------------------------------------- values


@attrs.frozen(kw_only=True)
class Evidence:
    """Where a fact is stated: a source, its paragraph and how credible the claim is.

    ``paragraph`` follows the paragraph rule (the n-th non-blank line of the
    source text); ``label`` is the source's own numbering ("14" for point 14);
    ``attribution`` is who the source says said it; ``about`` names the
    fields of the record this evidence supports when not the whole record.

    >>> Evidence(source="x", paragraph=0, credibility=Credibility(1))
    Traceback (most recent call last):
    ...
    baltic_security.errors.FieldError: paragraph: expected an integer >= 1, found 0
    """

    source: str = attrs.field(validator=_slug, metadata=_REFERS_TO_SOURCE)
    paragraph: int = attrs.field(validator=_positive)
    credibility: Credibility = attrs.field(validator=_is(Credibility))
    label: str | None = attrs.field(default=None, validator=_OPT_TEXT)
    attribution: str | None = attrs.field(default=None, validator=_OPT_TEXT)
    about: tuple[str, ...] = attrs.field(default=(), validator=_TEXTS)


_EVIDENCE: list[_Validator] = [_tuple_of(_is(Evidence)), _unique, _non_empty]


def _amount(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise FieldTypeError(attribute.name, f"expected a number, found {_shown(value)}")
    # An int is exact at any size in Python, but not in what reads our exports: JSON
    # readers, pandas, Parquet and SQLite hold integers exactly only up to 2**53 - 1
    # (RFC 8259, section 6), so a larger one would be rounded or refused downstream.
    if isinstance(value, int) and value > MAX_EXACT_INTEGER:
        raise FieldError(
            attribute.name,
            f"expected a whole number of at most {MAX_EXACT_INTEGER:,} (2**53 - 1, the largest every JSON reader holds "
            f"exactly, RFC 8259 section 6), found an integer of {len(str(value))} digits; write an approximate amount "
            "as a decimal number such as 1.5e+16",
        )
    if not math.isfinite(value) or value < 0:
        raise FieldError(attribute.name, f"expected a finite number >= 0, found {value!r}")


#: The largest whole amount a `Quantity` takes as an integer: the largest integer that
#: IEEE 754 doubles, and so every JSON reader, pandas, Parquet and SQLite, hold exactly.
MAX_EXACT_INTEGER = 2**53 - 1


def _full_number(value: float, *, grouping: bool = True) -> str:
    """A number written out in full: every digit its ``repr`` has, never an exponent, never rounded.

    ``grouping`` puts a comma between thousands. A whole float reads as an
    integer (``4000.0`` as ``4,000``), and ``-0.0`` as ``0``. Parsing the text
    back (without the commas) gives the same number.

    >>> _full_number(1234567.5), _full_number(1e-7), _full_number(1e22, grouping=False)
    ('1,234,567.5', '0.0000001', '10000000000000000000000')
    """
    if isinstance(value, int):
        return f"{value:,}" if grouping else str(value)
    # repr gives the shortest digits that read back as the same float (`+ 0.0` turns -0.0 into 0.0).
    text = repr(value + 0.0)
    if "e" not in text and text[-1].isdigit():  # already positional: only the thousands to separate
        sign, digits = ("-", text[1:]) if text[0] == "-" else ("", text)
        whole, _, fraction = digits.partition(".")
        fraction = fraction.rstrip("0")
        return sign + (f"{int(whole):,}" if grouping else whole) + (f".{fraction}" if fraction else "")
    from decimal import Decimal  # noqa: PLC0415  # ~3 ms to import: only exponents need it

    # Decimal writes the digits of an exponent form positionally.
    text = format(Decimal(text), ",f" if grouping else "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


@attrs.frozen(kw_only=True)
class Quantity:
    """A number with its unit and how exact the source says it is.

    >>> str(Quantity(value=50, unit=Unit.VESSELS, qualifier=Qualifier.MORE_THAN))
    'more than 50 vessels'
    >>> str(Quantity(value=3, unit=Unit.PERCENT_GDP, qualifier=Qualifier.AT_LEAST))
    'at least 3% of GDP'

    The value is written in full, with thousands separated by commas: never
    rounded, never in scientific notation.

    >>> str(Quantity(value=1234567.5, unit=Unit.EUR)), str(Quantity(value=0.25, unit=Unit.PERCENT_GDP))
    ('1,234,567.5 EUR', '0.25% of GDP')
    """

    value: float = attrs.field(validator=_amount)
    unit: Unit = attrs.field(validator=_is(Unit))
    qualifier: Qualifier = attrs.field(default=Qualifier.EXACT, validator=_is(Qualifier))

    def __str__(self) -> str:
        number = _full_number(self.value)
        prefix = "" if self.qualifier is Qualifier.EXACT else self.qualifier.value.replace("-", " ") + " "
        if self.unit is Unit.PERCENT_GDP:
            return f"{prefix}{number}% of GDP"
        if self.unit in (Unit.EUR, Unit.USD):
            return f"{prefix}{number} {self.unit.value.upper()}"
        return f"{prefix}{number} {self.unit.value}"


def _lat(instance: Place, attribute: attrs.Attribute[Any], value: float | None) -> None:
    if value is not None and not -90 <= value <= 90:
        raise FieldError(attribute.name, f"expected a latitude from -90 to 90, found {value}")


def _lon(instance: Place, attribute: attrs.Attribute[Any], value: float | None) -> None:
    if value is not None and not -180 <= value <= 180:
        raise FieldError(attribute.name, f"expected a longitude from -180 to 180, found {value}")
    if (value is None) != (instance.lat is None):
        raise FieldError(attribute.name, "expected both lat and lon, or neither")


@attrs.frozen(kw_only=True)
class Place:
    """A named place, with WGS84 coordinates where known.

    >>> Place(name="Ādaži", lat=57.07, lon=24.32).known
    True
    """

    name: str = attrs.field(validator=_non_empty)
    lat: float | None = attrs.field(default=None, validator=[v.optional(_is((int, float))), _lat])
    lon: float | None = attrs.field(default=None, validator=[v.optional(_is((int, float))), _lon])

    @property
    def known(self) -> bool:
        """Whether the place has coordinates.

        >>> Place(name="eastern flank").known
        False
        """
        return self.lat is not None


@attrs.frozen(kw_only=True)
class Participant:
    """A party taking part in an exercise, with the assets the source names.

    >>> import baltic_security as bs
    >>> [(p.actor, p.assets) for p in bs.get("agg-2025-baltops-2025", bs.Exercise).participants][:1]
    [('germany', ('FGS Bayern (frigate)',))]
    """

    actor: str = attrs.field(validator=_slug, metadata=_REFERS_TO_PARTY)
    assets: tuple[str, ...] = attrs.field(default=(), validator=_TEXTS)


@attrs.frozen(kw_only=True)
class Claim:
    """One side of a disagreement between sources: the value claimed and where.

    >>> import baltic_security as bs
    >>> claim = bs.get("conflict-2023-summit-place", bs.Conflict).claims[0]
    >>> isinstance(claim.value, str), all(e.source for e in claim.evidence)
    (True, True)
    """

    value: str = attrs.field(validator=_non_empty)
    evidence: tuple[Evidence, ...] = attrs.field(validator=_EVIDENCE)


# ---------------------------------------------------------------- records


def _check_iso2(instance: Ally, attribute: attrs.Attribute[Any], value: str) -> None:
    if not isinstance(value, str) or not re.fullmatch(r"[A-Z]{2}", value):
        raise FieldError(attribute.name, f"expected an ISO 3166-1 alpha-2 code such as 'EE', found {value!r}")


def _check_iso3(instance: Ally, attribute: attrs.Attribute[Any], value: str) -> None:
    if not isinstance(value, str) or not re.fullmatch(r"[A-Z]{3}", value):
        raise FieldError(attribute.name, f"expected an ISO 3166-1 alpha-3 code such as 'EST', found {value!r}")


def _check_iso_numeric(instance: Ally, attribute: attrs.Attribute[Any], value: str) -> None:
    # A string, as ISO writes it: as a number, Albania's "008" would lose its zeros.
    if not isinstance(value, str) or not re.fullmatch(r"[0-9]{3}", value):
        raise FieldError(attribute.name, f"expected an ISO 3166-1 numeric code as a string of three digits such as '233', found {value!r}")


_STATE_FIELDS = {
    "official_name": "official name",
    "iso2": "ISO 3166-1 alpha-2 code",
    "iso3": "ISO 3166-1 alpha-3 code",
    "iso_numeric": "ISO 3166-1 numeric code",
}


def _state_only(instance: Actor, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """A state has its ISO 3166-1 codes and official name; ISO codes name states only."""
    if instance.kind is ActorKind.STATE:
        if value is None:
            raise FieldError(attribute.name, f"expected the {_STATE_FIELDS[attribute.name]} of a state, found none")
    elif value is not None and attribute.name != "official_name":
        raise FieldError(attribute.name, f"expected none: ISO 3166-1 codes name states, not kind {str(instance.kind)!r}; found {value!r}")


@attrs.frozen(kw_only=True)
class Ally:
    """A NATO member state, with its ISO 3166-1 codes and official name.

    ``iso_numeric`` is the ISO 3166-1 numeric code as ISO writes it, a
    string of three digits (``"008"`` for Albania), not a number.
    ``official_name`` is ISO 3166-1's full name where ISO gives one, else its
    short name ("Canada").

    >>> import baltic_security as bs
    >>> e = bs.get("estonia", bs.Ally)
    >>> e.iso2, e.iso3, e.iso_numeric, e.official_name
    ('EE', 'EST', '233', 'Republic of Estonia')
    """

    id: str = attrs.field(validator=_slug)
    name: str = attrs.field(validator=_non_empty)
    iso2: str = attrs.field(validator=_check_iso2)
    iso3: str = attrs.field(validator=_check_iso3)
    iso_numeric: str = attrs.field(validator=_check_iso_numeric)
    joined_nato: _dt.date = attrs.field(validator=_is(_dt.date))
    joined_eu: _dt.date | None = attrs.field(default=None, validator=v.optional(_is(_dt.date)))
    baltic: bool = attrs.field(default=False, validator=_is(bool))
    official_name: str = attrs.field(validator=_non_empty)
    aliases: tuple[str, ...] = attrs.field(default=(), validator=_TEXTS)
    demonyms: tuple[str, ...] = attrs.field(default=(), validator=_TEXTS)

    def member_on(self, when: PartialDate | _dt.date) -> bool:
        """Whether the ally had joined NATO by the last day of ``when``.

        >>> import baltic_security as bs
        >>> finland = bs.get("finland", bs.Ally)
        >>> finland.member_on(PartialDate(2022)), finland.member_on(PartialDate(2023))
        (False, True)
        """
        return self.joined_nato <= PartialDate.coerce(when).last_day


@attrs.frozen(kw_only=True)
class Actor:
    """Any party that is not a NATO member: a state, an organisation, a body, a coalition, an armed group.

    A state (``kind="state"``) has its ISO 3166-1 codes and official name,
    as an :class:`Ally` has; any other actor has no ISO codes, and may have
    an official name.

    >>> import baltic_security as bs
    >>> bs.get("baltic-defence-cooperation").members
    ('estonia', 'latvia', 'lithuania')
    >>> r = bs.get("russia", bs.Actor)
    >>> r.iso2, r.iso3, r.iso_numeric, r.official_name
    ('RU', 'RUS', '643', 'Russian Federation')
    >>> Actor(id="narnia", name="Narnia", kind=ActorKind.STATE)
    Traceback (most recent call last):
    ...
    baltic_security.errors.FieldError: official_name: expected the official name of a state, found none
    """

    id: str = attrs.field(validator=_slug)
    name: str = attrs.field(validator=_non_empty)
    kind: ActorKind = attrs.field(validator=_is(ActorKind))
    official_name: str | None = attrs.field(default=None, validator=[_OPT_TEXT, _state_only])
    iso2: str | None = attrs.field(default=None, validator=[v.optional(_check_iso2), _state_only])
    iso3: str | None = attrs.field(default=None, validator=[v.optional(_check_iso3), _state_only])
    iso_numeric: str | None = attrs.field(default=None, validator=[v.optional(_check_iso_numeric), _state_only])
    aliases: tuple[str, ...] = attrs.field(default=(), validator=_TEXTS)
    members: tuple[str, ...] = attrs.field(default=(), validator=_SLUGS, metadata=_REFERS_TO_PARTY)
    parent: str | None = attrs.field(default=None, validator=_OPT_SLUG, metadata=_REFERS_TO_PARTY)


@attrs.frozen(kw_only=True)
class SourceDocument:
    """A document facts come from, graded on the Admiralty scale (A-F).

    >>> import baltic_security as bs
    >>> bs.get("bdc-communique-2025-01-23").reliability
    <Reliability.A: 'A'>
    """

    id: str = attrs.field(validator=_slug)
    title: str = attrs.field(validator=_non_empty)
    kind: SourceKind = attrs.field(validator=_is(SourceKind))
    published: PartialDate = attrs.field(validator=_is(PartialDate))
    reliability: Reliability = attrs.field(validator=_is(Reliability))
    reliability_note: str = attrs.field(validator=_non_empty)
    sha256: str = attrs.field(validator=_sha256)
    paragraphs: int = attrs.field(validator=_positive)
    publisher: str | None = attrs.field(default=None, validator=_OPT_TEXT)
    place: Place | None = attrs.field(default=None, validator=v.optional(_is(Place)))
    notes: str | None = attrs.field(default=None, validator=_OPT_FREE_TEXT)


@attrs.frozen(kw_only=True)
class Commitment:
    """Something one or more parties undertook, targeted, planned or declared.

    >>> import baltic_security as bs
    >>> c = bs.commitments(by="Latvia", domain="ukraine", kind="target")[0]
    >>> str(c.amount), c.evidence[0].label
    ('at least 0.25% of GDP', '10')
    """

    id: str = attrs.field(validator=_slug)
    summary: str = attrs.field(validator=_free_text)
    parties: tuple[str, ...] = attrs.field(validator=_REQUIRED_SLUGS, metadata=_REFERS_TO_PARTY)
    domains: tuple[Domain, ...] = attrs.field(validator=_checks(*_DOMAINS, _non_empty))
    kind: CommitmentKind = attrs.field(validator=_is(CommitmentKind))
    evidence: tuple[Evidence, ...] = attrs.field(validator=_EVIDENCE)
    amount: Quantity | None = attrs.field(default=None, validator=v.optional(_is(Quantity)))
    beneficiary: str | None = attrs.field(default=None, validator=_OPT_SLUG, metadata=_REFERS_TO_PARTY)
    made_on: PartialDate | None = attrs.field(default=None, validator=_OPT_DATE)
    due: PartialDate | None = attrs.field(default=None, validator=[_OPT_DATE, _NotBefore("made_on")])
    status: CommitmentStatus = attrs.field(default=CommitmentStatus.UNKNOWN, validator=_is(CommitmentStatus))


@attrs.frozen(kw_only=True)
class Exercise:
    """A military exercise: when, where, who with which assets, and how large.

    >>> import baltic_security as bs
    >>> [str(q) for q in bs.get("agg-2025-baltops-2025").scale]
    ['more than 50 vessels']
    """

    id: str = attrs.field(validator=_slug)
    name: str = attrs.field(validator=_non_empty)
    evidence: tuple[Evidence, ...] = attrs.field(validator=_EVIDENCE)
    series: str | None = attrs.field(default=None, validator=_OPT_TEXT)
    start: PartialDate | None = attrs.field(default=None, validator=_OPT_DATE)
    end: PartialDate | None = attrs.field(default=None, validator=[_OPT_DATE, _NotBefore("start")])
    area: str | None = attrs.field(default=None, validator=_OPT_TEXT)
    location: Place | None = attrs.field(default=None, validator=v.optional(_is(Place)))
    lead: str | None = attrs.field(default=None, validator=_OPT_SLUG, metadata=_REFERS_TO_PARTY)
    participants: tuple[Participant, ...] = attrs.field(default=(), validator=_checks(_tuple_of(_is(Participant)), _unique))
    scale: tuple[Quantity, ...] = attrs.field(default=(), validator=_checks(_tuple_of(_is(Quantity)), _unique))
    domains: tuple[Domain, ...] = attrs.field(default=(), validator=_DOMAINS)
    scenario: str | None = attrs.field(default=None, validator=_OPT_FREE_TEXT)


@attrs.frozen(kw_only=True)
class Deployment:
    """Forces or capabilities placed somewhere, planned or real, by allies or adversaries.

    >>> import baltic_security as bs
    >>> [d.status.value for d in bs.deployments(host="Lithuania", contributor="Germany")][:1]
    ['planned']
    """

    id: str = attrs.field(validator=_slug)
    summary: str = attrs.field(validator=_free_text)
    evidence: tuple[Evidence, ...] = attrs.field(validator=_EVIDENCE)
    contributors: tuple[str, ...] = attrs.field(default=(), validator=_SLUGS, metadata=_REFERS_TO_PARTY)
    lead: str | None = attrs.field(default=None, validator=_OPT_SLUG, metadata=_REFERS_TO_PARTY)
    hosts: tuple[str, ...] = attrs.field(default=(), validator=_SLUGS, metadata=_REFERS_TO_PARTY)
    area: str | None = attrs.field(default=None, validator=_OPT_TEXT)
    location: Place | None = attrs.field(default=None, validator=v.optional(_is(Place)))
    framework: str | None = attrs.field(default=None, validator=_OPT_TEXT)
    unit: str | None = attrs.field(default=None, validator=_OPT_TEXT)
    size: Quantity | None = attrs.field(default=None, validator=v.optional(_is(Quantity)))
    status: DeploymentStatus = attrs.field(default=DeploymentStatus.UNKNOWN, validator=_is(DeploymentStatus))
    start: PartialDate | None = attrs.field(default=None, validator=_OPT_DATE)
    end: PartialDate | None = attrs.field(default=None, validator=[_OPT_DATE, _NotBefore("start")])
    conditions: str | None = attrs.field(default=None, validator=_OPT_FREE_TEXT)
    domains: tuple[Domain, ...] = attrs.field(default=(), validator=_DOMAINS)


def _two_or_more(instance: Conflict, attribute: attrs.Attribute[Any], value: tuple[Claim, ...]) -> None:
    if len(value) < 2:
        raise FieldError(attribute.name, f"expected at least two claims, found {len(value)}")


@attrs.frozen(kw_only=True)
class Conflict:
    """A point on which sources disagree, with every claim and its evidence.

    >>> import baltic_security as bs
    >>> sorted(c.value for c in bs.get("conflict-2023-summit-place").claims)
    ['United States', 'Vilnius']
    """

    id: str = attrs.field(validator=_slug)
    topic: str = attrs.field(validator=_non_empty)
    field: str = attrs.field(validator=_non_empty)
    claims: tuple[Claim, ...] = attrs.field(validator=_checks(_tuple_of(_is(Claim)), _two_or_more, _unique))
    subject: str | None = attrs.field(default=None, validator=_OPT_SLUG, metadata=_REFERS_TO_RECORD)
    note: str | None = attrs.field(default=None, validator=_OPT_FREE_TEXT)


#: Any record: what :func:`baltic_security.get` returns.
Record = Union[Ally, Actor, SourceDocument, Commitment, Exercise, Deployment, Conflict]  # noqa: UP007  # a runtime alias users can isinstance-check with get_args
#: A record that states a fact and so carries evidence.
Fact = Union[Commitment, Exercise, Deployment]  # noqa: UP007
