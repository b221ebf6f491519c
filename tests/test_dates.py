"""The date reading policy: one table of what each layout gives, and the properties that hold for every date."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import baltic_security as bs
from baltic_security import PartialDate, Precision, ingest
from baltic_security.testing import partial_dates

if TYPE_CHECKING:
    from conftest import RunCli

D = PartialDate
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class Refused:
    """An expected DateError whose message matches ``pattern`` (a regular expression, case-insensitive)."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern

    def __repr__(self) -> str:
        return f"Refused({self.pattern!r})"


# (text, keyword arguments, what parse gives). The reasons a refusal must name are part of the contract.
PARSE_CASES: list[tuple[str, dict[str, Any], PartialDate | Refused]] = [
    # The inputs of the issue.
    ("2025/06/03", {}, D(2025, 6, 3)),
    ("20250603", {}, D(2025, 6, 3)),
    ("2025-06-03T10:00:00Z", {}, D(2025, 6, 3)),
    ("2025-06-03 10:00", {}, D(2025, 6, 3)),
    ("2025-1-5", {}, D(2025, 1, 5)),
    ("3-4 June 2025", {}, Refused(r"range of dates \(2025-06-03 to 2025-06-04\).*parse_range")),
    ("July 11-12, 2023", {}, Refused(r"range of dates \(2023-07-11 to 2023-07-12\).*parse_range")),
    ("03/06/2025", {}, Refused(r"never guessed.*2025-06-03 or 3 June 2025 \(day first\) or 2025-03-06 or 6 March 2025 \(month first\)")),
    ("06/13/2025", {}, Refused(r"not even when only one order gives a date; write 2025-06-13 or 13 June 2025 \(month first\)")),
    ("13/06/2025", {}, Refused(r"not even when only one order gives a date; write 2025-06-13 or 13 June 2025 \(day first\)")),
    ("Sept 67", {}, Refused("two-digit year is never guessed")),
    ("1st 2025", {}, Refused(r"a day \(1\) and a year but no month")),
    ("0000", {}, Refused("no year 0")),
    ("2025-02-29", {}, Refused("no day 29 in 2025-02")),
    ("30 February 2025", {}, Refused("no day 30 in 2025-02")),
    # Year first: always year, month, day; any of the four separators; one or two digits.
    ("2025-06-03", {}, D(2025, 6, 3)),
    ("2025.06.03", {}, D(2025, 6, 3)),
    ("2025 06 03", {}, D(2025, 6, 3)),
    ("2025/6/3", {}, D(2025, 6, 3)),
    ("2025-12-1", {}, D(2025, 12, 1)),
    ("2025-06", {}, D(2025, 6)),
    ("2025/6", {}, D(2025, 6)),
    ("2025.06", {}, D(2025, 6)),
    ("06.2025", {}, D(2025, 6)),
    ("2025.6", {}, Refused("could be a decimal number")),
    ("4.2025", {}, Refused("could be a decimal number")),
    ("June, 2025.5", {}, Refused("different separators")),
    (", 3 June 2025", {}, Refused("does not begin a date")),
    ("3 June 2025,//", {}, Refused("does not end a date")),
    ("3 June -- 2025", {}, Refused("does not join the parts of a date")),
    ("2026", {}, D(2026)),
    ("  2023  ", {}, D(2023)),
    ("0099-01-01", {}, D(99, 1, 1)),
    ("2025/03/06", {"dayfirst": True}, D(2025, 3, 6)),  # dayfirst never reorders a year-first date
    ("2025-13-06", {}, Refused("no month 13")),
    ("2025-06-31", {}, Refused(r"no day 31 in 2025-06 \(it has 30 days\)")),
    ("2025-13", {}, Refused("no month 13")),
    ("2025-06/03", {}, Refused("not a date layout")),
    # Timestamps keep the calendar date they write: no zone moves it.
    ("2025-06-03T23:30:00-05:00", {}, D(2025, 6, 3)),
    ("2025-06-03T00:30+14:00", {}, D(2025, 6, 3)),
    ("2025-06-03T10:00:00.123456+02:00", {}, D(2025, 6, 3)),
    ("2025-06-03 10:00 UTC", {}, D(2025, 6, 3)),
    ("2025-06-03T24:00", {}, D(2025, 6, 3)),
    ("20250603T1000Z", {}, D(2025, 6, 3)),
    ("2025/06/03 10:00 pm", {}, D(2025, 6, 3)),
    ("2025-06-03T24:30", {}, Refused("not a time of day")),
    ("2025-06-03T10:00+25:00", {}, Refused("not a time zone offset")),
    ("2025-06T10:00", {}, Refused("time of day needs a full date")),
    # Written forms: a month named in words, in full or abbreviated.
    ("June 2025", {}, D(2025, 6)),
    ("3 June 2025", {}, D(2025, 6, 3)),
    ("June 3, 2025", {}, D(2025, 6, 3)),
    ("3rd June 2025", {}, D(2025, 6, 3)),
    ("the 4th of July 2024", {}, D(2024, 7, 4)),
    ("28 November 2021", {}, D(2021, 11, 28)),
    ("Sept. 2024", {}, D(2024, 9)),
    ("June of 2025", {}, D(2025, 6)),
    ("JUNE 3 2025", {}, D(2025, 6, 3)),
    ("Tuesday, 3 June 2025", {}, D(2025, 6, 3)),
    ("Monday, 3 June 2025", {}, Refused("2025-06-03 is a Tuesday, not a Monday")),
    ("Tuesday June 2025", {}, Refused("weekday needs a full date")),
    ("June 3", {}, Refused("no year")),
    ("June 3", {"default_year": 2025}, D(2025, 6, 3)),
    ("3rd of June", {"default_year": 2025}, D(2025, 6, 3)),
    ("June", {"default_year": 2025}, D(2025, 6)),
    ("June 3, 2024", {"default_year": 2025}, D(2024, 6, 3)),  # the text's own year wins
    ("June 25", {}, Refused("never a year")),
    ("June '25", {}, Refused("not part of a date")),
    ("3 Juen 2025", {}, Refused("'Juen' is not part of a date")),
    ("on 3 June 2025", {}, Refused("'on' is not part of a date")),
    ("3 June 2025 at noon", {}, Refused("'at', 'noon' are not part of a date")),
    ("of June 2025", {}, Refused("'of' is not part of a date there")),
    ("mid-2023", {}, Refused("'mid' is not part of a date")),
    ("Q2 2025", {}, Refused("not part of a date")),
    ("3 June 2025.", {}, D(2025, 6, 3)),
    # All-numeric day and month: only in the order the caller declares.
    ("03/06/2025", {"dayfirst": True}, D(2025, 6, 3)),
    ("03/06/2025", {"dayfirst": False}, D(2025, 3, 6)),
    ("3-6-2025", {"dayfirst": True}, D(2025, 6, 3)),
    ("03.06.2025", {"dayfirst": True}, D(2025, 6, 3)),
    ("03 06 2025", {"dayfirst": False}, D(2025, 3, 6)),
    ("13/06/2025", {"dayfirst": True}, D(2025, 6, 13)),
    ("13/06/2025", {"dayfirst": False}, Refused(r"no month 13, read month first as dayfirst=False declares")),
    ("06/13/2025", {"dayfirst": True}, Refused(r"no month 13, read day first as dayfirst=True declares")),
    ("05/05/2025", {}, Refused("never guessed")),  # the rule does not flip with the values, even where both orders agree
    ("13/13/2025", {}, Refused("neither order gives a date")),
    ("03/06/2025 10:00", {}, Refused("never guessed")),
    ("06/2025", {}, D(2025, 6)),
    ("6-2025", {}, D(2025, 6)),
    # Two-digit years, and numbers that only look like dates.
    ("10/09/03", {}, Refused("two-digit year is never guessed")),
    ("03-06-25", {"dayfirst": True}, Refused("two-digit year is never guessed")),
    ("6/25", {}, Refused("two-digit year is never guessed")),
    ("25", {}, Refused("two-digit year is never guessed")),
    ("202506", {}, Refused("six digits")),
    ("999", {}, Refused("not a date layout")),
    ("12025", {}, Refused("not a date layout")),
    ("\uff11\uff12\uff13\uff14", {}, Refused("expected a date with a year")),  # fullwidth digits are not the ASCII digits dates use
    # Ranges are refused by parse, and name the reader that reads them.
    ("22\u201323 January 2025", {}, Refused("parse_range")),
    ("June 3-4, 2025", {}, Refused("parse_range")),
    ("9 to 21 June 2019", {}, Refused("parse_range")),
    ("3 June - 4 July 2025", {}, Refused("parse_range")),
    ("from 3 to 14 May", {}, Refused("parse_range reads, but it has no year")),
    ("2024-2025", {}, Refused(r"range of dates \(2024 to 2025\)")),
    ("2025-06-03/2025-06-05", {}, Refused("parse_range")),
    ("4 - 3 June 2025", {}, Refused(r"ends \(2025-06-03\) before it starts")),
    # Not dates at all.
    ("", {}, Refused("expected a date with a year, found ''")),
    ("Monday", {}, Refused("expected a date with a year")),
    ("soon", {}, Refused("expected a date with a year")),
    ("2025" * 40, {}, Refused("characters of text")),
    # dateutil's own parser tests (tests/test_parser.py): real-world layouts, and our policy's answer to each.
    ("Thu Sep 25 10:36:28 2003", {}, D(2003, 9, 25)),
    ("Thu Sep 25 2003", {}, D(2003, 9, 25)),
    ("2003-09-25T10:49:41", {}, D(2003, 9, 25)),
    ("2003-09-25T10:49", {}, D(2003, 9, 25)),
    ("2003-09-25T10", {}, D(2003, 9, 25)),
    ("20030925T104941", {}, D(2003, 9, 25)),
    ("20030925T1049", {}, D(2003, 9, 25)),
    ("20030925T10", {}, D(2003, 9, 25)),
    ("2003-09-25 10:49:41,502", {}, D(2003, 9, 25)),
    ("199709020908", {}, Refused("not a date layout")),
    ("19970902090807", {}, Refused("not a date layout")),
    ("09-25-2003", {}, Refused("never guessed")),
    ("09-25-2003", {"dayfirst": False}, D(2003, 9, 25)),
    ("25-09-2003", {"dayfirst": True}, D(2003, 9, 25)),
    ("10-09-2003", {}, Refused(r"2003-09-10 or 10 September 2003 \(day first\) or 2003-10-09 or 9 October 2003 \(month first\)")),
    ("10-09-03", {}, Refused("two-digit year")),
    ("2003.09.25", {}, D(2003, 9, 25)),
    ("09.25.2003", {"dayfirst": False}, D(2003, 9, 25)),
    ("10.09.03", {}, Refused("two-digit year")),
    ("2003/09/25", {}, D(2003, 9, 25)),
    ("25/09/2003", {}, Refused("never guessed")),
    ("2003 09 25", {}, D(2003, 9, 25)),
    ("10 09 2003", {"dayfirst": True}, D(2003, 9, 10)),
    ("10 09 03", {}, Refused("two-digit year")),
    ("03 25 Sep", {}, Refused("two-digit year")),
    ("25 03 Sep", {}, Refused("two-digit year")),
    ("  July   4 ,  1976   12:01:02   am  ", {}, D(1976, 7, 4)),
    ("Wed, July 10, '96", {}, Refused("not part of a date")),
    ("1996.July.10 AD 12:08 PM", {}, Refused("'AD' is not part of a date")),
    ("July 4, 1976", {}, D(1976, 7, 4)),
    ("7 4 1976", {}, Refused("never guessed")),
    ("4 jul 1976", {}, D(1976, 7, 4)),
    ("7-4-76", {}, Refused("two-digit year")),
    ("19760704", {}, D(1976, 7, 4)),
    ("0:01:02 on July 4, 1976", {}, Refused("'on' is not part of a date")),
    ("July 4, 1976 12:01:02 am", {}, D(1976, 7, 4)),
    ("Mon Jan  2 04:24:27 1995", {}, D(1995, 1, 2)),
    ("04.04.95 00:22", {}, Refused("two-digit year")),
    ("Jan 1 1999 11:23:34.578", {}, D(1999, 1, 1)),
    ("950404 122212", {}, Refused("not a date layout")),
    ("3rd of May 2001", {}, D(2001, 5, 3)),
    ("5th of March 2001", {}, D(2001, 3, 5)),
    ("1st of May 2003", {}, D(2003, 5, 1)),
    ("0099-01-01T00:00:00", {}, D(99, 1, 1)),
    ("0031-01-01T00:00:00", {}, D(31, 1, 1)),
    ("20080227T21:26:01.123456789", {}, D(2008, 2, 27)),
    ("13NOV2017", {}, D(2017, 11, 13)),
    ("0003-03-04", {}, D(3, 3, 4)),
    ("December.0031.30", {}, D(31, 12, 30)),
    ("2016-12-21 04.2h", {}, Refused("not part of a date")),
    ("Sep 2003", {}, D(2003, 9)),
    ("Sep", {}, Refused("expected a date with a year")),
    ("Sep", {"default_year": 2003}, D(2003, 9)),
    ("Wed", {}, Refused("expected a date with a year")),
    ("October", {}, Refused("expected a date with a year")),
    ("10:36", {}, Refused("no year")),
    ("31-Dec-00", {}, Refused("two-digit year")),
    ("Thu Sep 25 10:36:28 BRST 2003", {}, Refused("'BRST' is not part of a date")),
    ("Tuesday, April 12, 1952 AD 3:30:42pm PST", {}, Refused("'AD', 'PST' are not part of a date")),
    ("November 5, 1994, 8:15:30 am EST", {}, Refused("'EST' is not part of a date")),
    ("1994-11-05T08:15:30-05:00", {}, D(1994, 11, 5)),
    ("1994-11-05T08:15:30Z", {}, D(1994, 11, 5)),
    ("1986-07-05T08:15:30z", {}, D(1986, 7, 5)),
    ("20030925T104941-0300", {}, D(2003, 9, 25)),
    ("Thu, 25 Sep 2003 10:49:41 -0300", {}, D(2003, 9, 25)),
    ("2003-09-25T10:49:41.5-03:00", {}, D(2003, 9, 25)),
    ("20030925T104941.5-0300", {}, D(2003, 9, 25)),
    ("2003-09-25T10:49:41+03:00", {}, D(2003, 9, 25)),
    ("2003-Sep-25", {}, D(2003, 9, 25)),
    ("25-Sep-2003", {}, D(2003, 9, 25)),
    ("Sep-25-2003", {}, D(2003, 9, 25)),
    ("2003.Sep.25", {}, D(2003, 9, 25)),
    ("25.Sep.2003", {}, D(2003, 9, 25)),
    ("Sep.25.2003", {}, D(2003, 9, 25)),
    ("2003/Sep/25", {}, D(2003, 9, 25)),
    ("25/Sep/2003", {}, D(2003, 9, 25)),
    ("Sep/25/2003", {}, D(2003, 9, 25)),
    ("2003 Sep 25", {}, D(2003, 9, 25)),
    ("25 Sep 2003", {}, D(2003, 9, 25)),
    ("2014 January 19", {}, D(2014, 1, 19)),
    ("2015-15-May", {}, D(2015, 5, 15)),
    ("0000 Jun 20", {}, Refused("no year 0")),
    ("Feb 30, 2007", {}, Refused("no day 30 in 2007-02")),
    ("2014-15-25", {}, Refused("no month 15")),
    ("2014-02-28 22:64", {}, Refused("not a time of day")),
    ("2014-02-28 25:16 PM", {}, Refused("not a time of day")),
    ("2014-02-28 22:14:64", {}, Refused("not a time of day")),
    ("Jan 20, 2015 PM", {}, Refused("'PM' is not part of a date")),
    ("January 25, 1921 23:13 PM", {}, Refused("not a time of day")),
    ("1,700", {}, Refused("neither a day")),
    ("1991041310:19:24", {}, Refused("not part of a date")),
    ("201712", {}, Refused("six digits")),
    ("10h36m28.5s", {}, Refused("not part of a date")),
    ("Today is 25 of September of 2003, exactly at 10:49:41 with timezone -03:00.", {}, Refused("not part of a date")),
    ("£14.99 (25% off, until April 20)", {}, Refused("not part of a date")),
]


@pytest.mark.parametrize(("text", "options", "expected"), PARSE_CASES, ids=[f"{t!r}{o or ''}" for t, o, _ in PARSE_CASES])
def test_parse_follows_the_policy(text: str, options: dict[str, Any], expected: PartialDate | Refused) -> None:
    if isinstance(expected, PartialDate):
        assert PartialDate.parse(text, **options) == expected
        assert PartialDate.parse(text, **options).precision is expected.precision
    else:
        with pytest.raises(bs.DateError) as info:
            PartialDate.parse(text, **options)
        assert re.search(expected.pattern, str(info.value), re.IGNORECASE), str(info.value)


RANGE_CASES: list[tuple[str, dict[str, Any], tuple[PartialDate, PartialDate] | Refused]] = [
    ("3-4 June 2025", {}, (D(2025, 6, 3), D(2025, 6, 4))),
    ("22\u201323 January 2025", {}, (D(2025, 1, 22), D(2025, 1, 23))),
    ("22 \u2014 23 January 2025", {}, (D(2025, 1, 22), D(2025, 1, 23))),
    ("June 3-4, 2025", {}, (D(2025, 6, 3), D(2025, 6, 4))),
    ("July 11-12, 2023", {}, (D(2023, 7, 11), D(2023, 7, 12))),
    ("July 11-12", {"default_year": 2023}, (D(2023, 7, 11), D(2023, 7, 12))),
    ("9 to 21 June 2019", {}, (D(2019, 6, 9), D(2019, 6, 21))),
    ("3 June - 4 July 2025", {}, (D(2025, 6, 3), D(2025, 7, 4))),
    ("June 30 - July 4, 2025", {}, (D(2025, 6, 30), D(2025, 7, 4))),
    ("from 3 to 14 May", {"default_year": 2019}, (D(2019, 5, 3), D(2019, 5, 14))),
    ("From 3rd until 14th May 2019", {}, (D(2019, 5, 3), D(2019, 5, 14))),
    ("between 3 and 5 June 2025", {}, (D(2025, 6, 3), D(2025, 6, 5))),
    ("30 December 2024 \u2013 2 January 2025", {}, (D(2024, 12, 30), D(2025, 1, 2))),
    ("Monday 2 - Friday 6 June 2025", {}, (D(2025, 6, 2), D(2025, 6, 6))),
    ("2025-06-03/2025-06-05", {}, (D(2025, 6, 3), D(2025, 6, 5))),
    ("2025-06-03T10:00Z/2025-06-05T12:00Z", {}, (D(2025, 6, 3), D(2025, 6, 5))),
    ("2025-06-03 - 2025-06-05", {}, (D(2025, 6, 3), D(2025, 6, 5))),
    ("03/06/2025 - 05/06/2025", {"dayfirst": True}, (D(2025, 6, 3), D(2025, 6, 5))),
    ("June\u2013July 2025", {}, (D(2025, 6), D(2025, 7))),
    ("2024-2025", {}, (D(2024), D(2025))),
    ("2024 to 2025", {}, (D(2024), D(2025))),
    ("3-3 June 2025", {}, (D(2025, 6, 3), D(2025, 6, 3))),
    ("from 3 to 14 May", {}, Refused("no year")),
    ("3 and 5 June 2025", {}, Refused("expected two dates joined")),
    ("from 3 and 5 June 2025", {}, Refused("expected two dates joined")),
    ("4-3 June 2025", {}, Refused(r"ends \(2025-06-03\) before it starts \(2025-06-04\)")),
    ("30 December - 2 January 2025", {}, Refused("before it starts.*write the year at both ends")),
    ("3 June - July 2025", {}, Refused("differ in precision")),
    ("3-Jun-2025", {}, Refused(r"one date \(2025-06-03\), not a range.*PartialDate.parse")),
    ("2025/06/03", {}, Refused("one date")),
    ("2025-06", {}, Refused("one date")),
    ("3 June 2025", {}, Refused("one date")),
    ("03/06/2025 - 05/06/2025", {}, Refused("never guessed")),
    ("3-4 June 25", {}, Refused("two-digit year")),
    ("June/July 2025", {}, Refused("")),  # a slash joins complete dates only: June/July may mean "or"
    ("soon", {}, Refused("expected two dates joined")),
]


@pytest.mark.parametrize(("text", "options", "expected"), RANGE_CASES, ids=[f"{t!r}{o or ''}" for t, o, _ in RANGE_CASES])
def test_parse_range_follows_the_policy(text: str, options: dict[str, Any], expected: tuple[PartialDate, PartialDate] | Refused) -> None:
    if isinstance(expected, tuple):
        assert PartialDate.parse_range(text, **options) == expected
    else:
        with pytest.raises(bs.DateError) as info:
            PartialDate.parse_range(text, **options)
        assert re.search(expected.pattern, str(info.value), re.IGNORECASE), str(info.value)


# ---------------------------------------------------------------- one error type, and the arguments that use the policy


@pytest.mark.parametrize(
    "attempt",
    [
        lambda: PartialDate.parse("0000"),
        lambda: PartialDate.parse("2025-02-29"),
        lambda: PartialDate.parse("30 February 2025"),
        lambda: PartialDate.from_iso("2025-02-30"),
        lambda: PartialDate.from_iso("0000"),
        lambda: PartialDate.from_iso(2025),  # type: ignore[arg-type]
        lambda: PartialDate.coerce(0),
        lambda: PartialDate.coerce(True),
        lambda: PartialDate.coerce(2025.0),  # type: ignore[arg-type]
        lambda: PartialDate.parse(b"2025"),  # type: ignore[arg-type]
        lambda: PartialDate(2025, 2, 30),
        lambda: PartialDate(2025, None, 3),
        lambda: PartialDate(2025, 13),
        lambda: PartialDate(0),
        lambda: PartialDate.parse("June", default_year=0),
        lambda: bs.exercises(year=0),
        lambda: bs.commitments(since="03/06/2025"),
        lambda: bs.deployments(active_on="3-4 June 2025"),
        lambda: bs.allies(member_on=True),
    ],
)
def test_every_invalid_date_raises_date_error(attempt: Any) -> None:
    with pytest.raises(bs.DateError):
        attempt()


def test_date_error_is_a_value_error_of_the_package() -> None:
    assert issubclass(bs.DateError, ValueError)
    assert issubclass(bs.DateError, bs.BalticSecurityError)


def test_options_of_the_wrong_type_name_the_parameter() -> None:
    with pytest.raises(TypeError, match="dayfirst"):
        PartialDate.parse("03/06/2025", dayfirst="yes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="default_year"):
        PartialDate.parse("June 3", default_year="2025")  # type: ignore[arg-type]


def test_coerce_keeps_the_calendar_date_and_reads_strings_by_the_policy() -> None:
    late = dt.datetime(2025, 6, 3, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))  # 4 June in UTC
    assert PartialDate.coerce(late) == D(2025, 6, 3)
    assert PartialDate.coerce(dt.date(2025, 6, 3)) == D(2025, 6, 3)
    assert PartialDate.coerce(2025) == D(2025)
    assert PartialDate.coerce("2025/06/03") == D(2025, 6, 3)
    assert PartialDate.coerce(D(2025, 6)) == D(2025, 6)


def test_member_on_reads_year_first_dates_year_first() -> None:
    # Sweden joined NATO on 7 March 2024.
    assert "sweden" not in {a.id for a in bs.allies(member_on="2024/03/06")}
    assert "sweden" in {a.id for a in bs.allies(member_on="2024/03/07")}
    assert bs.allies(member_on="2024/03/06") == bs.allies(member_on=dt.date(2024, 3, 6))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("deployments", "--active-on", "03/06/2025"), "never guessed"),
        (("commitments", "--since", "3-4 June 2025"), "parse_range"),
        (("exercises", "--until", "Sept 67"), "two-digit year"),
        (("allies", "--member-on", "1st 2025"), "no month"),
    ],
)
def test_cli_date_flags_refuse_with_our_message_as_a_usage_error(run_cli: RunCli, args: tuple[str, ...], message: str) -> None:
    code, out, err = run_cli(*args)
    assert code == 2
    assert out == ""
    assert message in err
    assert "Traceback" not in err


def test_cli_date_flags_read_year_first_dates(run_cli: RunCli) -> None:
    code, out, _ = run_cli("allies", "--member-on", "2024/03/06", "--format", "csv")
    assert code == 0
    assert "sweden" not in out
    assert "sweden" in run_cli("allies", "--member-on", "20240307", "--format", "csv")[1]


# ---------------------------------------------------------------- properties: every layout, written from any date, reads back


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


@st.composite
def month_names(draw: st.DrawFn, month: int) -> str:
    full = MONTHS[month - 1]
    abbreviations = [full[:3], "Sept"] if month == 9 else [full[:3]]
    name = draw(st.sampled_from([full, *abbreviations, *(a + "." for a in abbreviations if a != full)]))
    return draw(st.sampled_from([name, name.upper(), name.lower()]))


@st.composite
def clock_times(draw: st.DrawFn, *, basic: bool) -> str:
    """A time of day with a zone or none, as ISO 8601 writes it (basic: ``hhmmss``, else ``hh:mm:ss``)."""
    hour, minute, second = draw(st.integers(0, 23)), draw(st.integers(0, 59)), draw(st.integers(0, 59))
    colon = "" if basic else ":"
    clock = draw(st.sampled_from([f"{hour:02d}", f"{hour:02d}{colon}{minute:02d}", f"{hour:02d}{colon}{minute:02d}{colon}{second:02d}"]))
    if draw(st.booleans()) and len(clock) == (6 if basic else 8):  # a fraction of the second
        clock += draw(st.sampled_from([".", ","])) + str(draw(st.integers(0, 999_999)))
    offset_hours, offset_minutes = draw(st.integers(0, 14)), draw(st.sampled_from([0, 30, 45]))
    sign = draw(st.sampled_from("+-"))
    zone = draw(
        st.sampled_from(
            ["", "Z", "z", f"{sign}{offset_hours:02d}", f"{sign}{offset_hours:02d}{colon}{offset_minutes:02d}"],
        )
    )
    return clock + zone


def _numbers(value: int, draw: st.DrawFn) -> str:
    return draw(st.sampled_from([str(value), f"{value:02d}"]))


@st.composite
def written_dates(draw: st.DrawFn) -> tuple[PartialDate, str, dict[str, Any]]:
    """A date of any precision and one text of a layout the policy accepts for it, with the options that layout needs."""
    date = draw(partial_dates(min_year=1, max_year=9999))
    year = f"{date.year:04d}"
    options: dict[str, Any] = {}
    if date.month is None:
        text = year
    elif date.day is None:
        month = date.month
        text = draw(
            st.one_of(
                st.builds(lambda sep, m: f"{year}{sep}{m}", st.sampled_from("-/ "), st.sampled_from([str(month), f"{month:02d}"])),
                st.builds(lambda sep, m: f"{m}{sep}{year}", st.sampled_from("-/"), st.sampled_from([str(month), f"{month:02d}"])),
                st.just(f"{year}.{month:02d}"),
                st.just(f"{month:02d}.{year}"),
                st.builds(lambda name, joint: f"{name}{joint}{year}", month_names(month), st.sampled_from([" ", ", ", " of ", "-"])),
            )
        )
    else:
        month, day = date.month, date.day
        name = draw(month_names(month))
        weekday = WEEKDAYS[date.first_day.weekday()]
        day_word = draw(st.sampled_from([str(day), f"{day:02d}", _ordinal(day)]))
        layout = draw(st.sampled_from(["year-first", "basic", "timestamp", "written", "numeric"]))
        if layout == "year-first":
            sep = draw(st.sampled_from("-/. "))
            text = f"{year}{sep}{_numbers(month, draw)}{sep}{_numbers(day, draw)}"
        elif layout == "basic":
            text = f"{year}{month:02d}{day:02d}"
        elif layout == "timestamp":
            if draw(st.booleans()):
                text = f"{year}{month:02d}{day:02d}T{draw(clock_times(basic=True))}"
            else:
                joint = draw(st.sampled_from(["T", "t", " "]))
                clock = draw(clock_times(basic=False))
                if joint == " " and ":" not in clock[:3]:
                    clock = f"{draw(st.integers(0, 23)):02d}:{draw(st.integers(0, 59)):02d}"
                text = f"{year}-{month:02d}-{day:02d}{joint}{clock}"
        elif layout == "written":
            text = draw(
                st.sampled_from(
                    [
                        f"{day_word} {name} {year}",
                        f"{name} {day_word}, {year}",
                        f"{name} {day_word} {year}",
                        f"the {_ordinal(day)} of {name} {year}",
                        f"{weekday}, {day_word} {name} {year}",
                        f"{weekday[:3]} {name} {day_word} {year}",
                        f"{day:02d}-{name.rstrip('.')}-{year}",
                        f"{year} {name} {day_word}",
                        f"{day_word} {name} {year} {draw(st.integers(0, 23))}:{draw(st.integers(0, 59)):02d}",
                    ]
                )
            )
        else:
            options["dayfirst"] = draw(st.booleans())
            sep = draw(st.sampled_from("-/. "))
            first, second = (day, month) if options["dayfirst"] else (month, day)
            text = f"{_numbers(first, draw)}{sep}{_numbers(second, draw)}{sep}{year}"
    padding = draw(st.sampled_from(["", " ", "\t", "  "]))
    return date, f"{padding}{text}{padding[::-1]}", options


@given(written_dates())
def test_every_layout_reads_back_to_exactly_its_date(case: tuple[PartialDate, str, dict[str, Any]]) -> None:
    date, text, options = case
    parsed = PartialDate.parse(text, **options)
    assert parsed == date
    assert parsed.precision is date.precision


@given(partial_dates(min_year=1, max_year=9999))
def test_iso_round_trip(d: PartialDate) -> None:
    assert PartialDate.from_iso(d.isoformat()) == d
    assert PartialDate.parse(str(d)) == d
    assert PartialDate.coerce(str(d)) == d


@given(st.dates(), st.sampled_from("-/. "), st.booleans())
def test_numeric_day_and_month_follow_only_the_declared_order(day: dt.date, sep: str, padded: bool) -> None:
    def two(n: int) -> str:
        return f"{n:02d}" if padded else str(n)

    text = f"{two(day.day)}{sep}{two(day.month)}{sep}{day.year:04d}"
    with pytest.raises(bs.DateError, match="never guessed"):
        PartialDate.parse(text)  # whatever the values: even 13/06 or 05/05
    assert PartialDate.parse(text, dayfirst=True) == PartialDate.coerce(day)
    try:
        month_first = PartialDate.coerce(dt.date(day.year, day.day, day.month))
    except ValueError:  # read month first, the text names no date: an error, never the other order
        with pytest.raises(bs.DateError, match="read month first as dayfirst=False declares"):
            PartialDate.parse(text, dayfirst=False)
    else:
        assert PartialDate.parse(text, dayfirst=False) == month_first


@given(st.dates(min_value=dt.date(1, 1, 1)))
def test_a_two_digit_year_is_never_guessed(day: dt.date) -> None:
    short = f"{day.year % 100:02d}"
    for text in (f"{day.day}/{day.month}/{short}", f"{short}-{day.month:02d}-{day.day:02d}", f"{MONTHS[day.month - 1]} {short}", short):
        with pytest.raises(bs.DateError):
            PartialDate.parse(text, dayfirst=True)


# ---------------------------------------------------------------- properties: ranges


@st.composite
def written_ranges(draw: st.DrawFn) -> tuple[PartialDate, PartialDate, str]:
    """Two dates ``start <= end`` of the same precision and a range text that writes them."""
    first, second = sorted(draw(st.lists(st.dates(dt.date(1000, 1, 1), dt.date(9999, 12, 31)), min_size=2, max_size=2)))
    dash = draw(st.sampled_from(["-", "\u2013", "\u2014", " - ", " \u2013 ", " to ", " until ", " through "]))
    precision = draw(st.sampled_from(["day", "month", "year"]))
    if precision == "year":
        return D(first.year), D(second.year), f"{first.year}{dash}{second.year}"
    a, b = draw(month_names(first.month)), draw(month_names(second.month))
    if precision == "month":
        if first.year == second.year:
            return D(first.year, first.month), D(second.year, second.month), f"{a}{dash}{b} {second.year}"
        return D(first.year, first.month), D(second.year, second.month), f"{a} {first.year}{dash}{b} {second.year}"
    start, end = PartialDate.coerce(first), PartialDate.coerce(second)
    layouts = [
        f"{first.day} {a} {first.year}{dash}{second.day} {b} {second.year}",
        f"{first.isoformat()}/{second.isoformat()}",
        f"{first.isoformat()} - {second.isoformat()}",
    ]
    if first.year == second.year:
        layouts += [f"{first.day} {a}{dash}{second.day} {b} {second.year}", f"{a} {first.day}{dash}{b} {second.day}, {second.year}"]
        if first.month == second.month:
            layouts += [
                f"{first.day}{dash}{second.day} {b} {second.year}",
                f"{_ordinal(first.day)}{dash}{_ordinal(second.day)} {b} {second.year}",
                f"{b} {first.day}{dash}{second.day}, {second.year}",
                f"from {first.day} to {second.day} {b} {second.year}",
                f"between {first.day} and {second.day} {b} {second.year}",
            ]
    return start, end, draw(st.sampled_from(layouts))


@given(written_ranges())
def test_every_range_layout_reads_back_to_its_ends(case: tuple[PartialDate, PartialDate, str]) -> None:
    start, end, text = case
    assert PartialDate.parse_range(text) == (start, end)
    with pytest.raises(bs.DateError, match="range"):
        PartialDate.parse(text)


@st.composite
def sentences_with_a_range(draw: st.DrawFn) -> tuple[PartialDate, PartialDate, str]:
    """A sentence that writes a range of days the way running text does (the ingest finder's layouts)."""
    year = draw(st.integers(1900, 2099))
    first, second = sorted(draw(st.lists(st.dates(dt.date(year, 1, 1), dt.date(year, 12, 31)), min_size=2, max_size=2)))
    a, b = MONTHS[first.month - 1], MONTHS[second.month - 1]
    d1, d2 = draw(st.sampled_from([(str(first.day), str(second.day)), (_ordinal(first.day), _ordinal(second.day))]))
    dash = draw(st.sampled_from(["-", "\u2013", " - ", " to ", " until ", " through "]))
    layouts = [f"{d1} {a}{dash}{d2} {b} {second.year}", f"{a} {d1}{dash}{b} {d2}, {second.year}"]
    if first.month == second.month:
        layouts += [f"{d1}{dash}{d2} {b} {second.year}", f"{b} {d1}{dash}{d2}, {second.year}", f"from {d1} to {d2} {b} {second.year}"]
    sentence = draw(st.sampled_from(["The drills ran {}.", "Held {}, the exercise", "({})", "On {} they met."]))
    return PartialDate.coerce(first), PartialDate.coerce(second), sentence.format(draw(st.sampled_from(layouts)))


@given(sentences_with_a_range())
def test_ingestion_reads_the_ranges_it_finds_as_parse_range_does(case: tuple[PartialDate, PartialDate, str]) -> None:
    start, end, sentence = case
    (found,) = ingest.find_dates(sentence)
    assert (found.date, found.end) == (start, end) == PartialDate.parse_range(found.text)


def test_ingestion_leaves_out_what_the_reader_refuses() -> None:
    # A range that ends before it starts, a day that does not exist: only the month is read.
    assert [(str(d.date), d.end) for d in ingest.find_dates("on 4-3 June 2025")] == [("2025-06", None)]
    assert [(str(d.date), d.end) for d in ingest.find_dates("on 30 February 2025")] == [("2025-02", None)]
    assert [str(d.date) for d in ingest.find_dates("on 3-4 June")] == []  # no year, none given
    assert [(str(d.date), str(d.end)) for d in ingest.find_dates("on 3-4 June", year=2025)] == [("2025-06-03", "2025-06-04")]


# ---------------------------------------------------------------- properties: any text is a date or a DateError

DATE_WORDS = st.sampled_from(
    ["June", "Jun.", "Sept", "of", "the", "Tuesday", "from", "to", "and", "between", "T", "Z", "am", "UTC", "3rd", "1st", "31"]
)
DATE_CHARS = "0123456789-/.,: T+\u2013"


def _texts() -> st.SearchStrategy[str]:
    soup = st.lists(st.one_of(DATE_WORDS, st.integers(0, 10_000).map(str), st.text(DATE_CHARS, max_size=6)), max_size=7).flatmap(
        lambda parts: st.sampled_from([" ", "", "-", "/", ", "]).map(lambda sep: sep.join(parts))
    )
    return st.one_of(st.text(max_size=30), st.text(DATE_CHARS, max_size=25), soup)


@given(_texts(), st.sampled_from([None, True, False]), st.sampled_from([None, 2025]))
def test_any_text_is_a_date_or_a_date_error(text: str, dayfirst: bool | None, default_year: int | None) -> None:
    try:
        parsed = PartialDate.parse(text, dayfirst=dayfirst, default_year=default_year)
    except bs.DateError:
        return
    assert isinstance(parsed, PartialDate)
    assert PartialDate.parse(parsed.isoformat()) == parsed


@given(_texts(), st.sampled_from([None, True, False]), st.sampled_from([None, 2025]))
def test_any_text_is_a_range_with_start_before_end_or_a_date_error(text: str, dayfirst: bool | None, default_year: int | None) -> None:
    try:
        start, end = PartialDate.parse_range(text, dayfirst=dayfirst, default_year=default_year)
    except bs.DateError:
        return
    assert start <= end
    assert start.precision is end.precision


# ---------------------------------------------------------------- the value itself


def test_interval_and_precision() -> None:
    d = PartialDate(2024, 2)
    assert d.precision is Precision.MONTH
    assert (d.first_day, d.last_day) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert PartialDate(2025).last_day == dt.date(2025, 12, 31)
    assert PartialDate(2025).contains(PartialDate(2025, 6, 3))
    assert not PartialDate(2025, 6).contains(PartialDate(2025))


def test_invalid_fields_name_the_field() -> None:
    with pytest.raises(bs.DateError, match="day"):
        PartialDate(2025, None, 3)
    with pytest.raises(bs.DateError, match="month"):
        PartialDate(2025, 0)


@given(partial_dates(), partial_dates())
def test_order_follows_intervals(a: PartialDate, b: PartialDate) -> None:
    assert (a < b) == ((a.first_day, a.last_day) < (b.first_day, b.last_day))
    assert (a == b) == ((a.first_day, a.last_day) == (b.first_day, b.last_day))
    assert (a <= b) != (a > b)
