from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import baltic_security as bs
from baltic_security import PartialDate, Precision
from baltic_security.testing import partial_dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026", PartialDate(2026)),
        ("2025-06", PartialDate(2025, 6)),
        ("2025-06-03", PartialDate(2025, 6, 3)),
        ("June 2025", PartialDate(2025, 6)),
        ("3 June 2025", PartialDate(2025, 6, 3)),
        ("June 3, 2025", PartialDate(2025, 6, 3)),
        ("3rd June 2025", PartialDate(2025, 6, 3)),
        ("28 November 2021", PartialDate(2021, 11, 28)),
        ("Sept. 2024", PartialDate(2024, 9)),
        ("  2023  ", PartialDate(2023)),
    ],
)
def test_parse_keeps_the_precision_the_text_has(text: str, expected: PartialDate) -> None:
    assert PartialDate.parse(text) == expected


@pytest.mark.parametrize("text", ["", "Monday", "mid-2023", "2025-13", "2025-02-30", "soon", "0000"])
def test_parse_rejects_with_our_error(text: str) -> None:
    with pytest.raises((bs.DateError, bs.FieldError)):
        PartialDate.parse(text)


def test_interval_and_precision() -> None:
    d = PartialDate(2024, 2)
    assert d.precision is Precision.MONTH
    assert (d.first_day, d.last_day) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert PartialDate(2025).last_day == dt.date(2025, 12, 31)
    assert PartialDate(2025).contains(PartialDate(2025, 6, 3))
    assert not PartialDate(2025, 6).contains(PartialDate(2025))


def test_invalid_fields_raise_field_error() -> None:
    with pytest.raises(bs.FieldError, match="day"):
        PartialDate(2025, None, 3)
    with pytest.raises(bs.FieldError, match="month"):
        PartialDate(2025, 0)


@given(partial_dates())
def test_iso_round_trip(d: PartialDate) -> None:
    assert PartialDate.from_iso(d.isoformat()) == d
    assert PartialDate.parse(str(d)) == d


@given(partial_dates(), partial_dates())
def test_order_follows_intervals(a: PartialDate, b: PartialDate) -> None:
    assert (a < b) == ((a.first_day, a.last_day) < (b.first_day, b.last_day))
    assert (a == b) == ((a.first_day, a.last_day) == (b.first_day, b.last_day))
    assert (a <= b) != (a > b)


@given(st.dates())
def test_written_day_forms_parse(day: dt.date) -> None:
    if day.year < 1000:
        return
    assert PartialDate.parse(day.strftime("%d %B %Y")) == PartialDate.coerce(day)
    assert PartialDate.parse(day.strftime("%B %Y")) == PartialDate(day.year, day.month)


@given(st.text(max_size=25))
def test_parse_raises_only_our_errors(text: str) -> None:
    with contextlib.suppress(bs.BalticSecurityError):
        PartialDate.parse(text)
