"""Numbers are shown in full and read exactly: never rounded, never in scientific notation, never 0 or infinity by accident."""

from __future__ import annotations

import csv
import json
import math
import re
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import baltic_security as bs
from baltic_security.export import write_csv
from baltic_security.loader import parse_json
from baltic_security.model import _full_number

if TYPE_CHECKING:
    from conftest import RunCli

# Every finite amount a Quantity holds: integers of any size a float can reach, and
# floats from the smallest subnormal to the largest, with as many digits as they have.
AMOUNTS = st.one_of(
    st.integers(0, 2**53 - 1),
    st.floats(min_value=0, allow_nan=False, allow_infinity=False),
    st.floats(min_value=1e5, max_value=1e17),  # where :g used to round
)
# A number as text: digits grouped by commas in threes, then an optional fraction.
NUMBER = re.compile(r"(?P<whole>\d{1,3}(?:,\d{3})*)(?:\.(?P<fraction>\d+))?")


def _significant(value: float) -> str:
    """The digits repr gives a number, without sign, point, exponent or leading and trailing zeros."""
    mantissa = repr(float(value)).partition("e")[0]
    return mantissa.replace(".", "").strip("0")


@pytest.mark.parametrize(
    ("value", "unit", "text"),
    [
        (1234567.5, bs.Unit.EUR, "1,234,567.5 EUR"),
        (1e16, bs.Unit.USD, "10,000,000,000,000,000 USD"),
        (123456789.125, bs.Unit.TROOPS, "123,456,789.125 troops"),
        (0.00001, bs.Unit.PERCENT_GDP, "0.00001% of GDP"),
        (4000.0, bs.Unit.TROOPS, "4,000 troops"),
        (4000, bs.Unit.TROOPS, "4,000 troops"),
        (2**53 - 1, bs.Unit.EUR, "9,007,199,254,740,991 EUR"),
        (1e25, bs.Unit.EUR, "10,000,000,000,000,000,000,000,000 EUR"),
        (-0.0, bs.Unit.VESSELS, "0 vessels"),
    ],
)
def test_quantity_text_is_the_whole_number(value: float, unit: bs.Unit, text: str) -> None:
    assert str(bs.Quantity(value=value, unit=unit)) == text


@given(AMOUNTS, st.sampled_from(bs.Unit), st.sampled_from(bs.Qualifier))
@example(1234567.5, bs.Unit.EUR, bs.Qualifier.EXACT)
@example(5e-324, bs.Unit.EUR, bs.Qualifier.EXACT)
@example(1.7976931348623157e308, bs.Unit.EUR, bs.Qualifier.EXACT)
def test_quantity_text_reads_back_exactly(value: float, unit: bs.Unit, qualifier: bs.Qualifier) -> None:
    text = str(bs.Quantity(value=value, unit=unit, qualifier=qualifier))
    assert not re.search(r"\d[eE][+-]?\d", text), text
    found = NUMBER.search(text)
    assert found is not None
    shown = found.group(0).replace(",", "")
    # Reads back as the same number, with exactly the digits repr shows: nothing rounded, nothing invented.
    assert (int(shown) if isinstance(value, int) else float(shown)) == value
    if not isinstance(value, int) and value:
        assert shown.replace(".", "").strip("0") == _significant(value)


def _dataset_with_amount(tmp_path: Path, literal: str) -> Path:
    # Written by hand: json.dumps would write the number its own way.
    commitment = (
        '{"id": "c", "summary": "A fund.", "parties": ["a"], "domains": ["spending"], "kind": "pledge", '
        f'"amount": {{"value": {literal}, "unit": "eur"}}, "evidence": [{{"source": "s", "paragraph": 1, "credibility": 2}}]}}'
    )
    base = json.dumps({"allies": [ALLY], "sources": [SOURCE]})
    path = tmp_path / "amounts.json"
    path.write_text(base[:-1] + f', "commitments": [{commitment}]}}', encoding="utf-8")
    return path


ALLY = {
    "id": "a", "name": "A", "official_name": "Republic of A", "iso2": "AA", "iso3": "AAA", "iso_numeric": "999",
    "joined_nato": "2000-01-01",
}  # fmt: skip
SOURCE = {
    "id": "s", "title": "t", "kind": "other", "published": "2025", "reliability": "C",
    "reliability_note": "n", "sha256": "a" * 64, "paragraphs": 2,
}  # fmt: skip


@pytest.mark.parametrize("fmt", ["table", "csv"])
def test_cli_columns_show_the_whole_amount(tmp_path: Path, run_cli: RunCli, fmt: str) -> None:
    path = _dataset_with_amount(tmp_path, "1234567.5")
    code, out, err = run_cli("commitments", "--data", str(path), "--format", fmt)
    assert (code, err) == (0, "")
    assert "1,234,567.5 EUR" in out
    assert "e+" not in out


def test_csv_export_writes_numbers_in_full(tmp_path: Path) -> None:
    ds = bs.load(_dataset_with_amount(tmp_path, "1e22"))
    out = write_csv(ds, tmp_path / "csv")
    with (out / "commitments.csv").open(encoding="utf-8", newline="") as fh:
        (row,) = csv.DictReader(fh)
    assert row["amount_value"] == "10000000000000000000000"
    assert float(row["amount_value"]) == ds.get("c", bs.Commitment).amount.value  # type: ignore[union-attr]


# ------------------------------------------------------------ reading number literals


@pytest.mark.parametrize(
    ("literal", "reason"),
    [
        ("123e-10000000", "rounds to 0"),
        ("1e-400", "rounds to 0"),
        ("2e-324", "rounds to 0"),
        ("0.1e-330", "rounds to 0"),
        ("1e400", "overflows to infinity"),
        ("-1e400", "overflows to infinity"),
        ("17976931348623159e292", "overflows to infinity"),
        ("1E99999", "overflows to infinity"),
    ],
)
def test_numbers_no_float_holds_are_refused(tmp_path: Path, literal: str, reason: str) -> None:
    path = _dataset_with_amount(tmp_path, literal)
    with pytest.raises(bs.DataError) as info:
        bs.load(path)
    (problem,) = info.value.problems
    assert (problem.file, problem.path) == (str(path), "$.commitments[0].amount.value")
    assert literal in problem.message
    assert reason in problem.message


def test_every_unreadable_number_is_named(tmp_path: Path) -> None:
    place = '{"name": "x", "lat": 1e-999, "lon": -1e999}'
    path = tmp_path / "places.json"
    path.write_text('{"sources": [' + json.dumps(SOURCE)[:-1] + f', "place": {place}}}]}}', encoding="utf-8")
    with pytest.raises(bs.DataError) as info:
        bs.load(path)
    assert [p.path for p in info.value.problems] == ["$.sources[0].place.lat", "$.sources[0].place.lon"]


@pytest.mark.parametrize("literal", ["0", "0.0", "-0.0", "0e999999", "0.000E-400", "5e-324", "1.7976931348623157e308", "1e-300"])
def test_zero_and_extreme_floats_still_load(tmp_path: Path, literal: str) -> None:
    amount = bs.load(_dataset_with_amount(tmp_path, literal)).get("c", bs.Commitment).amount
    assert amount is not None
    assert amount.value == float(literal)


# Any JSON number literal: sign, integer part, optional fraction and exponent, with
# exponents well past the float range both ways.
LITERALS = st.builds(
    lambda sign, whole, fraction, exponent: sign + whole + fraction + exponent,
    st.sampled_from(["", "-"]),
    st.one_of(st.just("0"), st.from_regex(r"[1-9][0-9]{0,30}", fullmatch=True)),
    st.one_of(st.just(""), st.from_regex(r"\.[0-9]{1,30}", fullmatch=True)),
    st.one_of(
        st.just(""),
        st.builds(lambda e, sign, n: f"{e}{sign}{n}", st.sampled_from("eE"), st.sampled_from(["", "+", "-"]), st.integers(0, 10**6)),
    ),
)


@given(LITERALS)
@example("123e-10000000")
@example("1e400")
@example("-1e400")
@example("2.4703282292062328e-324")  # just above half the smallest subnormal: rounds up, not to 0
@example("2.4703282292062327e-324")  # just below: rounds to 0
def test_any_number_literal_reads_exactly_or_is_refused(literal: str) -> None:
    nonzero = any(c in "123456789" for c in re.split("[eE]", literal)[0])
    is_integer = not re.search("[.eE]", literal)
    exact = int(literal) if is_integer else float(literal)
    try:
        value = parse_json(b'{"x": [%s]}' % literal.encode(), "n.json")["x"][0]
    except bs.DataError as exc:
        assert [(p.file, p.path) for p in exc.problems] == [("n.json", "$.x[0]")]
        # Refused only when no float holds the number: Python would read infinity, or 0 for a number that is not.
        assert not math.isfinite(exact) or (exact == 0 and nonzero)
        return
    # What loads is the number written: the int itself, or the float Python reads...
    assert type(value) is type(exact)
    assert value == exact
    # ...which is finite, and not zero unless the literal is.
    assert math.isfinite(value)
    assert (value != 0) == nonzero


def test_an_integer_amount_beyond_any_float_is_refused_at_its_path(tmp_path: Path) -> None:
    path = _dataset_with_amount(tmp_path, "1" + "0" * 400)
    with pytest.raises(bs.DataError) as info:
        bs.load(path)
    (problem,) = info.value.problems
    assert problem.path == "$.commitments[0].amount.value"
    assert "an integer of 401 digits" in problem.message


@pytest.mark.parametrize("value", [2**53, 2**63, 10**25])
def test_an_integer_amount_no_json_reader_holds_exactly_is_refused(value: int) -> None:
    with pytest.raises(bs.FieldError, match=r"at most 9,007,199,254,740,991 \(2\*\*53 - 1"):
        bs.Quantity(value=value, unit=bs.Unit.EUR)


def test_the_largest_integer_amount_survives_the_exports(tmp_path: Path) -> None:
    import sqlite3

    from baltic_security.export import write_sqlite

    largest = 2**53 - 1
    ds = bs.load(_dataset_with_amount(tmp_path, str(largest)))
    with sqlite3.connect(write_sqlite(ds, tmp_path / "x.db")) as db:
        assert db.execute("select amount_value from commitments").fetchone()[0] == largest
    with (write_csv(ds, tmp_path / "csv") / "commitments.csv").open(encoding="utf-8", newline="") as f:
        assert next(csv.DictReader(f))["amount_value"] == str(largest)
    # A JSON reader that holds every number as a double gets it exactly too.
    assert float(bs.unstructure(ds.commitments()[0])["amount"]["value"]) == largest


@given(st.floats(allow_nan=False, allow_infinity=False), st.booleans())
def test_full_number_writes_the_repr_digits_positionally(value: float, grouping: bool) -> None:
    # The short path (repr already positional) against Decimal, which writes any repr positionally.
    expected = format(Decimal(repr(value + 0.0)), ",f" if grouping else "f")
    expected = expected.rstrip("0").rstrip(".") if "." in expected else expected
    assert _full_number(value, grouping=grouping) == expected
