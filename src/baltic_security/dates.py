"""Dates as precise as their source: a year, a month or a day.

>>> d = PartialDate.parse("June 2025")
>>> d, d.precision.value, d.first_day, d.last_day
(PartialDate(year=2025, month=6, day=None), 'month', datetime.date(2025, 6, 1), datetime.date(2025, 6, 30))
>>> str(d)
'2025-06'
"""

from __future__ import annotations

import datetime as _dt
import re

import attrs

from .errors import DateError, FieldError
from .vocab import Precision

__all__ = ["DateLike", "PartialDate"]

_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_ORDINAL = re.compile(r"(\d)(st|nd|rd|th)\b", re.IGNORECASE)


def _days_in_month(year: int, month: int) -> int:
    # The calendar module would cost this import ~1.5 ms (it pulls in locale) for one function.
    if month == 12:
        return 31
    return (_dt.date(year, month + 1, 1) - _dt.date(year, month, 1)).days


def _check_month(instance: PartialDate, attribute: attrs.Attribute[int | None], value: int | None) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 12):
        raise FieldError("month", f"expected 1 to 12, found {value}")


def _check_day(instance: PartialDate, attribute: attrs.Attribute[int | None], value: int | None) -> None:
    if value is None:
        return
    if instance.month is None:
        raise FieldError("day", "a day needs a month")
    if isinstance(value, bool) or not isinstance(value, int):
        raise FieldError("day", f"expected an integer, found {value!r}")
    last = _days_in_month(instance.year, instance.month)
    if not 1 <= value <= last:
        raise FieldError("day", f"expected 1 to {last} in {instance.year}-{instance.month:02d}, found {value}")


def _check_year(instance: PartialDate, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 9999:
        raise FieldError("year", f"expected 1 to 9999, found {value}")


@attrs.frozen(order=False)
class PartialDate:
    """A calendar date known to a year, a month or a day.

    Ordering follows the interval the date stands for (first day, then last
    day), so ``2025`` sorts after ``2025-01-01`` and before ``2025-02``.

    >>> PartialDate(2026) < PartialDate(2026, 3) < PartialDate(2027)
    True
    >>> sorted([PartialDate(2026), PartialDate(2025, 12, 31)])
    [PartialDate(year=2025, month=12, day=31), PartialDate(year=2026, month=None, day=None)]
    >>> PartialDate(2026).contains(PartialDate(2026, 3, 1))
    True
    """

    year: int = attrs.field(validator=_check_year)
    month: int | None = attrs.field(default=None, validator=_check_month)
    day: int | None = attrs.field(default=None, validator=_check_day)

    @property
    def precision(self) -> Precision:
        """How much of the date is known.

        >>> PartialDate(2026).precision, PartialDate(2025, 6, 3).precision
        (<Precision.YEAR: 'year'>, <Precision.DAY: 'day'>)
        """
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    @property
    def first_day(self) -> _dt.date:
        """The earliest day the date can mean.

        >>> PartialDate(2025, 6).first_day
        datetime.date(2025, 6, 1)
        """
        return _dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> _dt.date:
        """The latest day the date can mean.

        >>> PartialDate(2024, 2).last_day
        datetime.date(2024, 2, 29)
        """
        if self.month is None:
            return _dt.date(self.year, 12, 31)
        if self.day is None:
            return _dt.date(self.year, self.month, _days_in_month(self.year, self.month))
        return _dt.date(self.year, self.month, self.day)

    def _key(self) -> tuple[_dt.date, _dt.date]:
        return (self.first_day, self.last_day)

    def __lt__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() >= other._key()

    def __str__(self) -> str:
        return self.isoformat()

    def isoformat(self) -> str:
        """The ISO form of its precision: ``'2026'``, ``'2025-06'``, ``'2025-06-03'``.

        >>> PartialDate(2025, 6, 3).isoformat()
        '2025-06-03'
        """
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def contains(self, other: PartialDate | _dt.date) -> bool:
        """Whether ``other`` lies wholly inside this date's interval.

        >>> PartialDate(2025).contains(PartialDate(2025, 6)), PartialDate(2025, 6).contains(PartialDate(2025))
        (True, False)
        """
        other = PartialDate.coerce(other)
        return self.first_day <= other.first_day and other.last_day <= self.last_day

    def overlaps(self, first: _dt.date, last: _dt.date) -> bool:
        """Whether this date's interval meets the closed interval ``[first, last]``.

        >>> import datetime
        >>> PartialDate(2025).overlaps(datetime.date(2025, 12, 31), datetime.date(2026, 1, 31))
        True
        """
        return self.first_day <= last and first <= self.last_day

    @classmethod
    def from_iso(cls, text: str) -> PartialDate:
        """Read the strict ISO forms a dataset file uses: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``.

        >>> PartialDate.from_iso("2025-06")
        PartialDate(year=2025, month=6, day=None)
        """
        match = _ISO.fullmatch(text)
        if match is None:
            raise DateError(f"expected an ISO date of year, month or day precision ('2026', '2025-06', '2025-06-03'), found {text!r}")
        year, month, day = match.groups()
        return cls(int(year), None if month is None else int(month), None if day is None else int(day))

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read an ISO date or a written form sources use, keeping its precision.

        >>> PartialDate.parse("2026")
        PartialDate(year=2026, month=None, day=None)
        >>> PartialDate.parse("3 June 2025")
        PartialDate(year=2025, month=6, day=3)
        >>> PartialDate.parse("July 11, 2023")
        PartialDate(year=2023, month=7, day=11)
        >>> PartialDate.parse("Sept. 2024")
        PartialDate(year=2024, month=9, day=None)
        """
        if not isinstance(text, str):
            raise DateError(f"expected a date string, found {type(text).__name__}")
        cleaned = " ".join(_ORDINAL.sub(r"\1", text).split())
        if _ISO.fullmatch(cleaned):
            return cls.from_iso(cleaned)
        if not cleaned or not any(c.isdigit() for c in cleaned):
            raise DateError(f"expected a date with a year, found {text!r}")
        return _parse_written(cleaned, text)

    @classmethod
    def coerce(cls, value: DateLike) -> PartialDate:
        """Accept what a query argument may be: a PartialDate, a date, a year or a string.

        >>> PartialDate.coerce(2025)
        PartialDate(year=2025, month=None, day=None)
        """
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, _dt.datetime):
            value = value.date()
        if isinstance(value, _dt.date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, int) and not isinstance(value, bool):
            return cls(value)
        if isinstance(value, str):
            return cls.parse(value)
        raise DateError(f"expected a date, a year or a date string, found {type(value).__name__}")


DateLike = PartialDate | _dt.date | int | str


def _parse_written(cleaned: str, original: str) -> PartialDate:
    # dateutil costs ~75 ms to import; only written (non-ISO) dates need it.
    from dateutil import parser  # noqa: PLC0415

    # Parsing twice with different defaults shows which fields the text gave:
    # a field dateutil filled in from the default differs between the two.
    try:
        first = parser.parse(cleaned, default=_dt.datetime(2000, 1, 1), dayfirst=True)
        second = parser.parse(cleaned, default=_dt.datetime(2004, 2, 2), dayfirst=True)
    except (ValueError, OverflowError) as exc:
        raise DateError(f"cannot read {original!r} as a date") from exc
    if first.year != second.year:
        raise DateError(f"expected a date with a year, found {original!r}")
    if first.month != second.month:
        return PartialDate(first.year)
    if first.day != second.day:
        return PartialDate(first.year, first.month)
    return PartialDate(first.year, first.month, first.day)
