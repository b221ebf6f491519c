"""Dates as precise as their source: a year, a month or a day.

>>> d = PartialDate.parse("June 2025")
>>> d, d.precision.value, d.first_day, d.last_day
(PartialDate(year=2025, month=6, day=None), 'month', datetime.date(2025, 6, 1), datetime.date(2025, 6, 30))
>>> str(d)
'2025-06'

One reading policy serves :meth:`PartialDate.parse`, :meth:`PartialDate.parse_range`,
:meth:`PartialDate.coerce`, and so every date argument (``since=``, ``until=``,
``active_on=``, ``member_on=``) and the command line's date flags:

- a year written first means year, month, day, whatever the separator
  (``2025-06-03``, ``2025/6/3``, ``20250603``); a timestamp keeps the
  calendar date it writes (``2025-06-03T23:30-05:00`` is 3 June);
- a month written as a word fixes the order (``3 June 2025``, ``June 3, 2025``);
- when day and month are both numbers (``03/06/2025``) the caller declares
  their order with ``dayfirst=``; it is never guessed from the values;
- two-digit years, ranges and precision the text does not state are refused.

>>> PartialDate.parse("2025/06/03"), PartialDate.parse("03/06/2025", dayfirst=True)
(PartialDate(year=2025, month=6, day=3), PartialDate(year=2025, month=6, day=3))
>>> PartialDate.parse_range("3-4 June 2025")
(PartialDate(year=2025, month=6, day=3), PartialDate(year=2025, month=6, day=4))
"""

from __future__ import annotations

import datetime as _dt
import functools
import itertools
import re
from typing import TYPE_CHECKING

import attrs

from .errors import DateError
from .vocab import Precision

if TYPE_CHECKING:
    from dateutil.parser import parserinfo

__all__ = ["DateLike", "PartialDate"]

_ISO = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
# Longer than any date or range a person writes ("Wednesday, 30 September 2025 - Thursday, 1 October 2026"):
# refusing early keeps the range reader, which tries each separator, cheap on any input.
_MAX_LENGTH = 120


def _days_in_month(year: int, month: int) -> int:
    # The calendar module would cost this import ~1.5 ms (it pulls in locale) for one function.
    if month == 12:
        return 31
    return (_dt.date(year, month + 1, 1) - _dt.date(year, month, 1)).days


def _invalid(year: int, month: int | None, day: int | None) -> str | None:
    """Why these fields name no date, or None when they do."""
    if not 1 <= year <= 9999:
        return f"there is no year {year} (years run from 1 to 9999)"
    if month is not None and not 1 <= month <= 12:
        return f"there is no month {month}"
    if day is not None and month is not None:
        last = _days_in_month(year, month)
        if not 1 <= day <= last:
            return f"there is no day {day} in {year:04d}-{month:02d} (it has {last} days)"
    return None


def _check_year(instance: PartialDate, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 9999:
        raise DateError(f"year: expected 1 to 9999, found {value!r}")


def _check_month(instance: PartialDate, attribute: attrs.Attribute[int | None], value: int | None) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 12):
        raise DateError(f"month: expected 1 to 12, found {value!r}")


def _check_day(instance: PartialDate, attribute: attrs.Attribute[int | None], value: int | None) -> None:
    if value is None:
        return
    if instance.month is None:
        raise DateError("day: a day needs a month")
    if isinstance(value, bool) or not isinstance(value, int):
        raise DateError(f"day: expected an integer, found {value!r}")
    last = _days_in_month(instance.year, instance.month)
    if not 1 <= value <= last:
        raise DateError(f"day: expected 1 to {last} in {instance.year:04d}-{instance.month:02d}, found {value}")


@attrs.frozen(order=False)
class PartialDate:
    """A calendar date known to a year, a month or a day.

    Ordering follows the interval the date stands for (first day, then last
    day), so ``2025`` sorts after ``2025-01-01`` and before ``2025-02``.
    Fields out of range raise :class:`~baltic_security.DateError`.

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

        Anything else, or a date that does not exist, raises
        :class:`~baltic_security.DateError`.

        >>> PartialDate.from_iso("2025-06")
        PartialDate(year=2025, month=6, day=None)
        >>> PartialDate.from_iso("2025-02-29")
        Traceback (most recent call last):
        ...
        baltic_security.errors.DateError: expected a date that exists, found '2025-02-29': there is no day 29 in 2025-02 (it has 28 days)
        """
        match = _ISO.fullmatch(text) if isinstance(text, str) else None
        if match is None:
            raise DateError(f"expected an ISO date of year, month or day precision ('2026', '2025-06', '2025-06-03'), found {text!r}")
        year, month, day = (None if group is None else int(group) for group in match.groups())
        assert year is not None  # noqa: S101  # the pattern always has its year group
        reason = _invalid(year, month, day)
        if reason is not None:
            raise DateError(f"expected a date that exists, found {text!r}: {reason}")
        return cls(year, month, day)

    @classmethod
    def parse(cls, text: str, *, dayfirst: bool | None = None, default_year: int | None = None) -> PartialDate:
        """Read one date as people write it, keeping the precision the text gives.

        The layouts accepted, and what each gives, are tabled in the API
        reference (Reading dates). In short: year first is always
        year-month-day (``2025-06-03``, ``2025/6/3``, ``20250603``, a
        timestamp such as ``2025-06-03T10:00:00Z`` keeps the calendar date it
        writes); a month written as a word may stand in any order with a
        four-digit year and a day (``3 June 2025``, ``June 3, 2025``,
        ``3rd of June 2025``, ``Tue, 3 Jun 2025``), or alone with a year
        (``June 2025``); a year alone is a year.

        Args:
            text: the date, surrounding whitespace ignored.
            dayfirst: how to read a date whose day and month are both
                numbers (``03/06/2025``, with ``/``, ``-``, ``.`` or a
                space): ``True`` day first, ``False`` month first. Without
                it such dates are refused, whatever their values (even
                ``13/06/2025``); with it, the declared order is followed
                even where the other would give a date. It changes nothing
                else.
            default_year: the year of a day or month written without one
                (``June 3``, ``3rd of June``, ``June``), such as the year of
                the document the text comes from. A year in the text wins.

        Returns:
            The date, of year, month or day precision as written.

        Raises:
            DateError: the text is not one date in an accepted layout: an
                ambiguous numeric day and month, a two-digit year, a day
                with no month (``1st 2025``), a range (read it with
                :meth:`parse_range`), words that are not part of a date, or a
                date that does not exist. The message says why and what to
                write instead.

        >>> PartialDate.parse("2026")
        PartialDate(year=2026, month=None, day=None)
        >>> PartialDate.parse("3 June 2025"), PartialDate.parse("July 11, 2023")
        (PartialDate(year=2025, month=6, day=3), PartialDate(year=2023, month=7, day=11))
        >>> PartialDate.parse("2025-06-03T23:30:00-05:00")
        PartialDate(year=2025, month=6, day=3)
        >>> PartialDate.parse("Sept. 2024"), PartialDate.parse("June 3", default_year=2025)
        (PartialDate(year=2024, month=9, day=None), PartialDate(year=2025, month=6, day=3))
        >>> PartialDate.parse("06/13/2025", dayfirst=False)
        PartialDate(year=2025, month=6, day=13)
        >>> PartialDate.parse("06/13/2025")
        Traceback (most recent call last):
        ...
        baltic_security.errors.DateError: cannot read '06/13/2025' as a date: day and month are both numbers...
        """
        _check_options(dayfirst, default_year)
        cleaned = _clean(text)
        if default_year is None and not any("0" <= c <= "9" for c in cleaned):
            raise DateError(f"expected a date with a year, found {text!r}")
        try:
            return _build(_complete(_read(cleaned, dayfirst), default_year))
        except _Unreadable as exc:
            reason = str(exc)
        try:
            start, end = _read_range(cleaned, dayfirst, default_year)
        except _Unreadable as exc:
            if exc.ranged:
                reason = f"it is written as a range, which PartialDate.parse_range reads, but {exc}"
            raise DateError(f"cannot read {text!r} as a date: {reason}") from None
        raise DateError(f"{text!r} is a range of dates ({start} to {end}), not one date: read it with PartialDate.parse_range")

    @classmethod
    def parse_range(cls, text: str, *, dayfirst: bool | None = None, default_year: int | None = None) -> tuple[PartialDate, PartialDate]:
        """Read a range of dates: its first and its last date, of the same precision.

        The two ends are joined by a dash (``-``, ``\u2013``, ``\u2014``, with or
        without spaces), by ``to``, ``until``, ``till`` or ``through``
        (optionally after ``from``), by ``and`` after ``between``, or by
        ``/`` between two complete dates (the ISO 8601 interval). Each end
        is read by the rules of :meth:`parse`; the month and year written
        once are shared (``3-4 June 2025``, ``June 3-4, 2025``, ``3 June - 4
        July 2025``), never borrowed across a ``/``.

        Args:
            text: the range, surrounding whitespace ignored.
            dayfirst: as for :meth:`parse`, for ends whose day and month are
                both numbers.
            default_year: the year of a range written without one
                (``from 3 to 14 May``).

        Returns:
            ``(start, end)`` with ``start <= end`` and the same precision.

        Raises:
            DateError: the text is not two dates joined as above, either end
                is refused by the rules of :meth:`parse`, the ends differ in
                precision, or the range ends before it starts. One date alone
                is refused too: read it with :meth:`parse`.

        >>> PartialDate.parse_range("22\u201323 January 2025")
        (PartialDate(year=2025, month=1, day=22), PartialDate(year=2025, month=1, day=23))
        >>> start, end = PartialDate.parse_range("June 30 - July 4, 2025")
        >>> str(start), str(end)
        ('2025-06-30', '2025-07-04')
        >>> [str(d) for d in PartialDate.parse_range("from 3 to 14 May", default_year=2019)]
        ['2019-05-03', '2019-05-14']
        >>> [str(d) for d in PartialDate.parse_range("2024-2025")]
        ['2024', '2025']
        """
        _check_options(dayfirst, default_year)
        try:
            return _read_range(_clean(text), dayfirst, default_year)
        except _Unreadable as exc:
            raise DateError(f"cannot read {text!r} as a range of dates: {exc}") from None

    @classmethod
    def coerce(cls, value: DateLike) -> PartialDate:
        """Accept what a date argument may be: a PartialDate, a date or datetime, a year or a string.

        A ``datetime`` keeps its calendar date as written (no time zone
        conversion); an ``int`` is a year (1 to 9999); a string is read by
        :meth:`parse` (so its day and month order must not be ambiguous).
        Anything else, ``bool`` included, raises
        :class:`~baltic_security.DateError`.

        >>> import datetime
        >>> PartialDate.coerce(2025), PartialDate.coerce(datetime.datetime(2025, 6, 3, 23, 30))
        (PartialDate(year=2025, month=None, day=None), PartialDate(year=2025, month=6, day=3))
        """
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, bool):
            raise DateError("expected a date, a year or a date string, found bool")
        if isinstance(value, _dt.datetime):
            value = value.date()
        if isinstance(value, _dt.date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, int):
            if not 1 <= value <= 9999:
                raise DateError(f"expected a year from 1 to 9999, found {value}")
            return cls(value)
        if isinstance(value, str):
            return cls.parse(value)
        raise DateError(f"expected a date, a year or a date string, found {type(value).__name__}")


DateLike = PartialDate | _dt.date | int | str


# ---------------------------------------------------------------- the reading policy
#
# A text (or one end of a range) is read into _Fields: the year, month and day it
# states, nothing filled in. Our own patterns decide the layout; dateutil's
# parserinfo, the table of names its parser uses, only turns a month or weekday
# name into its number, so no field is ever placed by a guess. _complete then
# requires what one date needs (a year; a month for a day), and _build checks the
# date exists.


class _Unreadable(Exception):  # internal: a reason, worded into a DateError by the public methods
    """Why a text, or one end of a range, is not a date; ``ranged`` when both ends of a range were read."""

    def __init__(self, reason: str, *, ranged: bool = False) -> None:
        super().__init__(reason)
        self.ranged = ranged


@attrs.frozen
class _Fields:
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # as the text names it, 0 for Monday
    timed: bool = False  # a time of day was given (checked, then dropped)


def _check_options(dayfirst: object, default_year: object) -> None:
    if dayfirst is not None and not isinstance(dayfirst, bool):
        msg = f"dayfirst: expected True, False or None, found {dayfirst!r}"
        raise TypeError(msg)
    if default_year is not None and (isinstance(default_year, bool) or not isinstance(default_year, int)):
        msg = f"default_year: expected an int year or None, found {type(default_year).__name__}"
        raise TypeError(msg)
    if isinstance(default_year, int) and not 1 <= default_year <= 9999:
        raise DateError(f"default_year: expected 1 to 9999, found {default_year}")


def _clean(text: object) -> str:
    if not isinstance(text, str):
        raise DateError(f"expected a date string, found {type(text).__name__}")
    cleaned = " ".join(text.split())
    if len(cleaned) > _MAX_LENGTH:
        raise DateError(f"expected a date, found {len(cleaned)} characters of text starting {cleaned[:20]!r}")
    return cleaned


@functools.cache
def _names() -> parserinfo:
    # dateutil costs ~75 ms to import; only dates with a month or weekday name need it.
    from dateutil.parser import parserinfo  # noqa: PLC0415

    return parserinfo()


def _month_name(month: int) -> str:
    return str(_names().MONTHS[month - 1][-1])


def _weekday_name(weekday: int) -> str:
    return str(_names().WEEKDAYS[weekday][-1])


# The patterns of dates written by hand, from here on, are strings: `re` compiles each on
# first use and caches it. Compiling them all at import cost every program ~4 ms, and
# most never read such a date (a dataset's dates are ISO, read by _ISO above).

# A time of day after a date: checked so that nonsense is refused, then dropped (the
# date is the calendar date as written; a zone never moves it).
_ZONE = r"(?P<zone>\ ?(?i:z|utc|gmt)(?![A-Za-z])|\ ?[+-][0-9]{2}(?::?[0-9]{2})?(?![0-9]))?"
_AMPM = r"(?:\ ?(?P<ampm>[AaPp])\.?[Mm](?![A-Za-z])\.?)?"
_CLOCK = r"([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:[.,][0-9]+)?)?"
_BASIC_CLOCK = r"([0-9]{2})(?:([0-9]{2})(?:([0-9]{2})(?:[.,][0-9]+)?)?)?"
_OFFSET = r"[+-]([0-9]{2}):?([0-9]{2})?"
# A numeric date with a time: ISO 8601 ("2025-06-03T10:00:00Z", "20250603T1000") or a space and hh:mm.
_STAMP = rf"(?ax)(?P<date>[0-9][0-9 ./-]*[0-9])(?:[Tt](?P<t>[0-9][0-9:.,]*)|\ (?P<clock>[0-9]{{1,2}}:[0-9:.,]*){_AMPM}){_ZONE}"


def _check_time(clock: str, *, basic: bool, ampm: str | None, zone: str | None) -> None:
    match = re.fullmatch(_CLOCK, clock) or (re.fullmatch(_BASIC_CLOCK, clock) if basic else None)
    if match is None:
        raise _Unreadable(f"{clock!r} is not a time of day")
    hour, minute, second = (int(g or 0) for g in match.groups())
    # 24:00 is ISO's end of day; a 60th second is a leap second.
    good_hour = 1 <= hour <= 12 if ampm is not None else hour <= 23 or (hour == 24 and clock.strip("0:") == "24")
    if not good_hour or minute > 59 or second > 60:
        raise _Unreadable(f"{clock}{' ' + ampm.lower() + 'm' if ampm else ''} is not a time of day")
    zone = (zone or "").strip()
    offset = re.fullmatch(_OFFSET, zone)
    if offset is not None and (int(offset[1]) > 23 or int(offset[2] or 0) > 59):
        raise _Unreadable(f"{zone!r} is not a time zone offset")


def _read(text: str, dayfirst: bool | None) -> _Fields:
    """The fields a date (or one end of a range) states; missing ones stay None."""
    stamp = re.fullmatch(_STAMP, text)
    if stamp is not None:
        _check_time(stamp["t"] or stamp["clock"], basic=stamp["t"] is not None, ampm=stamp["ampm"], zone=stamp["zone"])
        fields = _read_numeric(stamp["date"], dayfirst)
        if fields.day is None:
            raise _Unreadable("a time of day needs a full date before it")
        return attrs.evolve(fields, timed=True)
    if re.fullmatch(_NUMERIC, text):
        return _read_numeric(text, dayfirst)
    return _read_written(text)


# ---- all-numeric layouts

_NUMERIC = r"[0-9 ./-]+"
_YEAR = r"[0-9]{4}"
_BASIC = r"([0-9]{4})([0-9]{2})([0-9]{2})"
_YEAR_FIRST = r"([0-9]{4})([-/. ])([0-9]{1,2})\2([0-9]{1,2})"
# With a point, a year and month could be a decimal number (2025.5): the month then needs its two digits.
_YEAR_MONTH = r"([0-9]{4})(?:[-/ ]([0-9]{1,2})|\.([0-9]{2}))"
_MONTH_YEAR = r"(?:([0-9]{1,2})[-/]|([0-9]{2})\.)([0-9]{4})"
_DAY_MONTH_YEAR = r"([0-9]{1,2})([-/. ])([0-9]{1,2})\2([0-9]{4})"
_LONE_DAY = r"[0-9]{1,2}"
_SIX_DIGITS = r"[0-9]{6}"
_DECIMAL = r"[0-9]{4}\.[0-9]|[0-9]\.[0-9]{4}"
_SHORT_YEAR = r"[0-9]{1,2}([-/. ])[0-9]{1,2}\1[0-9]{1,2}|[0-9]{1,2}[-/. ][0-9]{2}"
_LAYOUTS = "one of 2025-06-03, 2025/6/3, 20250603, 2025-06, 2025, 3 June 2025, June 2025"


def _read_numeric(text: str, dayfirst: bool | None) -> _Fields:  # noqa: PLR0911  # one return per layout, as the reference tables them
    if re.fullmatch(_YEAR, text):
        return _Fields(year=int(text))
    if match := re.fullmatch(_BASIC, text):
        return _checked(*map(int, match.groups()))
    if match := re.fullmatch(_YEAR_FIRST, text):
        year, _, month, day = match.groups()
        return _checked(int(year), int(month), int(day))
    if match := re.fullmatch(_YEAR_MONTH, text):
        return _checked(int(match[1]), int(match[2] or match[3]), None)
    if match := re.fullmatch(_MONTH_YEAR, text):
        return _checked(int(match[3]), int(match[1] or match[2]), None)
    if match := re.fullmatch(_DAY_MONTH_YEAR, text):
        first, _, second, year = match.groups()
        return _day_and_month(int(first), int(second), int(year), dayfirst)
    if re.fullmatch(_LONE_DAY, text):
        return _Fields(day=int(text))  # only the end of a range can complete it ("3-4 June")
    if re.fullmatch(_DECIMAL, text):
        raise _Unreadable(
            "with a point and a one-digit month it could be a decimal number: write the month with two digits (2025.06) or 2025-06"
        )
    if re.fullmatch(_SIX_DIGITS, text):
        raise _Unreadable("six digits could be YYMMDD, DDMMYY or YYYYMM, and are never guessed: write 2025-06-03 or 2025-06")
    if re.fullmatch(_SHORT_YEAR, text):
        raise _Unreadable("a year needs four digits: a two-digit year is never guessed (03 could be 1903 or 2003)")
    raise _Unreadable(f"it is not a date layout we read; write it as {_LAYOUTS}")


def _checked(year: int, month: int | None, day: int | None, *, how: str = "") -> _Fields:
    reason = _invalid(year, month, day)
    if reason is not None:
        raise _Unreadable(f"{reason}{how}")
    return _Fields(year=year, month=month, day=day)


def _spelled(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d} or {day} {_month_name(month)} {year:04d}"


def _day_and_month(first: int, second: int, year: int, dayfirst: bool | None) -> _Fields:
    if dayfirst is True:
        return _checked(year, second, first, how=", read day first as dayfirst=True declares")
    if dayfirst is False:
        return _checked(year, first, second, how=", read month first as dayfirst=False declares")
    ways = []
    if _invalid(year, second, first) is None:
        ways.append(f"{_spelled(year, second, first)} (day first)")
    if _invalid(year, first, second) is None:
        ways.append(f"{_spelled(year, first, second)} (month first)")
    reason = "day and month are both numbers, and their order is never guessed from the values"
    if len(ways) == 1:
        reason += ", not even when only one order gives a date"
    write = f"write {' or '.join(ways)}, or" if ways else "neither order gives a date;"
    raise _Unreadable(f"{reason}; {write} declare the order with dayfirst=True or dayfirst=False")


# ---- written layouts: a month (or weekday) named in words

_TOKEN = (
    rf"(?ax)(?P<clock>[0-9]{{1,2}}:[0-9]{{2}}(?::[0-9]{{2}}(?:[.,][0-9]+)?)?){_AMPM}{_ZONE}"
    r"|(?P<number>[0-9]+)(?:(?P<ordinal>(?i:st|nd|rd|th))(?![A-Za-z]))?"
    r"|(?P<word>[A-Za-z]+)"
    r"|(?P<gap>[ ,/.-]+)"
)
_FILLERS = frozenset({"the", "of"})
_FIELDS = frozenset({"year", "month", "day"})
_SOFT_GAP = r" ?,? ?"
_PLURALS = {"year": "years", "month": "months", "day": "days", "weekday": "weekdays", "time": "times of day"}


@attrs.frozen
class _Word:
    kind: str  # year, month, day, weekday, time, a filler ("the", "of"), or "unknown"
    value: int | str
    start: int
    end: int


def _words(text: str) -> list[_Word]:
    """The tokens of a written date, each classified; a number that is no day or year is refused."""
    words: list[_Word] = []
    numbers: list[str] = []  # why a number is no day or year; words that are not part of a date are said first
    position = 0
    while position < len(text):
        token = re.compile(_TOKEN).match(text, position)  # re's cache: compiled once
        if token is None:
            raise _Unreadable(f"{text[position]!r} is not part of a date")
        position = token.end()
        kind: str
        value: int | str
        if token["clock"]:
            _check_time(token["clock"], basic=False, ampm=token["ampm"], zone=token["zone"])
            kind, value = "time", token["clock"]
        elif token["number"]:
            digits = token["number"]
            kind, value = ("year" if len(digits) == 4 and not token["ordinal"] else "day"), int(digits[:4])
            if kind == "day" and (len(digits) > 2 or int(digits) > 31):
                numbers.append(
                    f"{digits} is not a day, and a two-digit year is never guessed: write the year with four digits"
                    if len(digits) <= 2
                    else f"{digits + (token['ordinal'] or '')!r} is neither a day (one or two digits) nor a year (four digits)"
                )
        elif token["word"]:
            word = token["word"]
            if (month := _names().month(word)) is not None:
                kind, value = "month", month
            elif (weekday := _names().weekday(word)) is not None:
                kind, value = "weekday", weekday
            else:
                kind, value = (word.lower() if word.lower() in _FILLERS else "unknown"), word
        else:
            continue
        words.append(_Word(kind, value, token.start(), token.end()))
    unknown = [str(w.value) for w in words if w.kind == "unknown"]
    if unknown:
        raise _Unreadable(f"{', '.join(map(repr, unknown))} {'is' if len(unknown) == 1 else 'are'} not part of a date")
    if numbers:
        raise _Unreadable(numbers[0])
    return words


def _read_written(text: str) -> _Fields:
    words = _words(text)
    kinds = [w.kind for w in words]
    for i, word in enumerate(words):
        before, after = kinds[i - 1] if i else None, kinds[i + 1] if i + 1 < len(kinds) else None
        placed = {"the": after == "day" and before in (None, "weekday"), "of": (before, after) in (("day", "month"), ("month", "year"))}
        if not placed.get(word.kind, True):
            raise _Unreadable(f"{word.value!r} is not part of a date there")
    values: dict[str, list[int | str]] = {}
    for word in words:
        values.setdefault(word.kind, []).append(word.value)
    if len(values.get("day", ())) > 1 and "year" not in values:
        raise _Unreadable(
            "a year needs four digits: a two-digit year is never guessed (if it is a range, read it with PartialDate.parse_range)"
        )
    for kind, plural in _PLURALS.items():
        if len(values.get(kind, ())) > 1:
            shown = " and ".join(str(_month_name(int(v)) if kind == "month" else v) for v in values[kind][:2])
            raise _Unreadable(f"it gives two {plural} ({shown}); a range is read by PartialDate.parse_range")
    _check_separators(text, words)

    def one(kind: str) -> int | None:
        got = values.get(kind)
        return None if not got else int(got[0])

    return _Fields(year=one("year"), month=one("month"), day=one("day"), weekday=one("weekday"), timed="time" in values)


def _check_separators(text: str, words: list[_Word]) -> None:
    """What lies between the words of a written date: spaces and a comma, or one of ``-/.``, used alike throughout.

    Year, month and day next to each other are joined all by spaces (or
    commas) or all by the same one of ``-/.``: ``25-Sep-2003`` and
    ``Sep.25.2003`` are dates; in ``June, 2025.5`` the point belongs to a
    number. A point may end an abbreviation (``Sept. 2024``) or the text.
    """
    joints = set()
    for left, right in itertools.pairwise(words):
        gap = text[left.end : right.start]
        if left.kind in ("month", "weekday") and gap.startswith(".") and len(gap) > 1:
            gap = gap[1:]  # the point of an abbreviation
        soft = re.fullmatch(_SOFT_GAP, gap) is not None
        if not soft and (gap not in ("-", "/", ".") or left.kind not in _FIELDS or right.kind not in _FIELDS):
            raise _Unreadable(f"{gap!r} does not join the parts of a date")
        if left.kind in _FIELDS and right.kind in _FIELDS:
            joints.add(" " if soft else gap)
    if len(joints) > 1:
        shown = " and ".join(repr(j) for j in sorted(joints))
        raise _Unreadable(f"its day, month and year are joined by different separators ({shown}); write it as 3 June 2025 or 2025-06-03")
    if words and text[: words[0].start]:
        raise _Unreadable(f"{text[: words[0].start]!r} does not begin a date")
    if words and text[words[-1].end :] not in ("", "."):
        raise _Unreadable(f"{text[words[-1].end :]!r} does not end a date")


# ---- one date from its fields


def _complete(fields: _Fields, default_year: int | None) -> _Fields:
    """The fields of one date: a year (the text's, else ``default_year`` for a named month), and a month for a day."""
    if fields.day is not None and fields.month is None:
        if fields.year is None:
            raise _Unreadable(
                "a number of one or two digits alone is a day, and a two-digit year is never guessed: write the year with four digits"
            )
        raise _Unreadable(
            f"it gives a day ({fields.day}) and a year but no month: write the month too ({fields.day} <month> {fields.year}) "
            f"or the year alone ({fields.year})"
        )
    if fields.year is None:
        if default_year is None or fields.month is None:
            raise _Unreadable("it has no year: write one with four digits (a number of one or two digits is a day, never a year)")
        fields = attrs.evolve(fields, year=default_year)
    if fields.day is None and (fields.weekday is not None or fields.timed):
        raise _Unreadable(f"a {'weekday' if fields.weekday is not None else 'time of day'} needs a full date with it")
    return fields


def _build(fields: _Fields) -> PartialDate:
    assert fields.year is not None  # noqa: S101  # _complete gave it one
    reason = _invalid(fields.year, fields.month, fields.day)
    if reason is not None:
        raise _Unreadable(reason)
    date = PartialDate(fields.year, fields.month, fields.day)
    if fields.weekday is not None and date.first_day.weekday() != fields.weekday:
        raise _Unreadable(f"{date} is a {_weekday_name(date.first_day.weekday())}, not a {_weekday_name(fields.weekday)}")
    return date


# ---- ranges

_RANGE_LEAD = r"(?i:from|between) "
_RANGE_SEPARATOR = r" ?[-\u2010-\u2015\u2212] ?| (?P<word>(?i:to|until|till|through|thru|and)) |(?P<slash>/)"


def _read_range(text: str, dayfirst: bool | None, default_year: int | None) -> tuple[PartialDate, PartialDate]:
    lead = re.match(_RANGE_LEAD, text)
    between = lead is not None and lead[0].lower().startswith("between")
    body = text[lead.end() :] if lead else text
    readings: dict[tuple[PartialDate, PartialDate], None] = {}
    joined: list[tuple[bool, str]] = []  # why two readable ends make no range, and whether the separator can only join a range
    ends: list[str] = []  # why an end is unreadable
    # A slash joins two complete dates only; the slashes inside a date (2025/06/03) are tried last.
    for separator in sorted(re.finditer(_RANGE_SEPARATOR, body), key=lambda found: found["slash"] is not None):
        word, slash = (separator["word"] or "").lower(), separator["slash"] is not None
        if (word == "and") != between or (slash and lead):
            continue
        left, right = body[: separator.start()].strip(), body[separator.end() :].strip()
        if not left or not right:
            continue
        try:
            first, last = _read(left, dayfirst), _read(right, dayfirst)
            if slash:
                first, last = _complete(first, default_year), _complete(last, default_year)
        except _Unreadable as exc:
            ends.append(str(exc))
            continue
        try:
            readings[_join(first, last, default_year, share=not slash)] = None
        except _Unreadable as exc:
            # A bare hyphen also separates the fields of one date (3-Jun-2025): it alone does not make a range.
            joined.append((separator[0] != "-", str(exc)))
    if len(readings) == 1:
        return next(iter(readings))
    if readings:
        shown = " or ".join(f"{start} to {end}" for start, end in readings)
        raise _Unreadable(f"it reads as more than one range ({shown}): write both ends in full")
    try:
        single = _build(_complete(_read(text, dayfirst), default_year))
    except _Unreadable:
        pass
    else:
        raise _Unreadable(f"it is one date ({single}), not a range: read it with PartialDate.parse")
    if joined:
        clear, reason = max(joined, key=lambda pair: pair[0])
        raise _Unreadable(reason, ranged=clear)
    if ends:
        raise _Unreadable(ends[0])
    raise _Unreadable(
        "expected two dates joined by a dash, 'to' or 'through', as in 3-4 June 2025, 9 to 21 June 2019 or 3 June - 4 July 2025"
    )


def _join(first: _Fields, last: _Fields, default_year: int | None, *, share: bool) -> tuple[PartialDate, PartialDate]:
    """Both ends of a range, sharing the month and year written once (unless ``share`` is false)."""
    borrowed = share and first.year is None and last.year is not None
    if share:
        if first.day is not None and first.month is None:
            if last.day is None or last.month is None:
                raise _Unreadable(f"its start gives only a day ({first.day}), so its end must give a day and a month")
            first = attrs.evolve(first, month=last.month)
        if last.day is not None and last.month is None:
            if first.day is None or first.month is None:
                raise _Unreadable(f"its end gives only a day ({last.day}), so its start must give a day and a month")
            last = attrs.evolve(last, month=first.month)
        if first.year is None:
            first = attrs.evolve(first, year=last.year)
        if last.year is None:
            last = attrs.evolve(last, year=first.year)
    start, end = _build(_complete(first, default_year)), _build(_complete(last, default_year))
    if start.precision is not end.precision:
        raise _Unreadable(f"its ends differ in precision ({start} and {end}): write both as days, months or years")
    if end < start:
        hint = ": write the year at both ends" if borrowed and (end.month or 0) < (start.month or 0) else ""
        raise _Unreadable(f"it ends ({end}) before it starts ({start}){hint}")
    return start, end
