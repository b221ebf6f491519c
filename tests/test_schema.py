"""The published JSON Schema and the loader accept the same dataset files.

The schema (``export.json_schema``) is generated from the model, its vocabularies
and the converter's own spelling rule; these tests mutate real records (from the
bundled data) in every way a curator's file goes wrong and check that a JSON
Schema validator and ``bs.load`` give the same answer. The few rules a JSON Schema
cannot state are listed once, in ``UNAVOIDABLE`` below, and in the docstring of
``export.json_schema`` (the schema's documentation): a file on which the two
disagree must hit one of them, and then only the loader may be the stricter.
"""

from __future__ import annotations

import calendar
import copy
import datetime as _dt
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, find, given, settings
from hypothesis import strategies as st

import baltic_security as bs
from baltic_security import convert, export, model
from baltic_security._dataset import RECORD_TYPES
from baltic_security.vocab import ALIASES

SCHEMA = export.json_schema()
# No format checker: most validators treat "format" as a note only, so the patterns must do the work.
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
# The records of the bundled data as a file holds them (without the file's `version`, which is not a record).
BASE: dict[str, list[dict[str, Any]]] = {
    key: records for key, records in json.loads(json.dumps(export.to_data(bs.dataset()))).items() if key in RECORD_TYPES
}
BY_ID: dict[str, tuple[str, dict[str, Any]]] = {r["id"]: (key, r) for key, records in BASE.items() for r in records}
STRING_VOCABULARIES = [v for v in convert._VOCABULARIES if not issubclass(v, int)]
REFERENCE_KEYS = frozenset({"parties", "beneficiary", "lead", "contributors", "hosts", "members", "parent", "actor", "source", "subject"})


def schema_accepts(data: Any) -> bool:
    return bool(VALIDATOR.is_valid(data))


def loader_accepts(text: str, folder: Path) -> bool:
    path = folder / "mine.json"
    path.write_text(text, encoding="utf-8")
    try:
        bs.load(path)
    except bs.DataError:
        return False
    return True


# ------------------------------------------------------------------ what a JSON Schema cannot say
#
# Each entry tells whether a file hits the difference; the same names, in the same
# words, are the bold items of export.json_schema's docstring.


def _records(data: Any) -> Iterator[tuple[type[Any], Any]]:
    if isinstance(data, dict):
        for key, items in data.items():
            if key in RECORD_TYPES and isinstance(items, list):
                yield from ((RECORD_TYPES[key], item) for item in items)


def _reads(item: Any, cls: type[Any]) -> bool:
    try:
        bs.structure(item, cls)
    except bs.DataError:
        return False
    return True


def _every_record_reads_alone(data: Any) -> bool:
    """The loader refuses the file though each record reads: what fails is a rule between records."""
    return isinstance(data, dict) and set(data) <= set(RECORD_TYPES) and all(_reads(r, cls) for cls, r in _records(data))


def _date(text: Any) -> bs.PartialDate | None:
    try:
        return bs.structure(text, bs.PartialDate)
    except bs.DataError:
        return None


def _dates_out_of_order(data: Any) -> bool:
    for _, record in _records(data):
        if isinstance(record, dict):
            for first, then in (("made_on", "due"), ("start", "end")):
                start, end = _date(record.get(first)), _date(record.get(then))
                if start is not None and end is not None and end.last_day < start.first_day:
                    return True
    return False


_ITEM_TYPES: dict[str, type[Any]] = {
    "domains": bs.Domain,
    "evidence": bs.Evidence,
    "participants": bs.Participant,
    "scale": bs.Quantity,
    "claims": bs.Claim,
}


def _json_key(value: Any) -> str:
    """Equal for values JSON Schema calls equal: 1 and 1.0 are the same number, key order does not count."""

    def plain(node: Any) -> Any:
        if isinstance(node, float) and node.is_integer():
            return int(node)
        if isinstance(node, dict):
            return {k: plain(v) for k, v in node.items()}
        if isinstance(node, list):
            return [plain(v) for v in node]
        return node

    return json.dumps(plain(value), sort_keys=True)


def _duplicates_after_reading(data: Any) -> bool:
    """A list whose items differ as JSON but read as equal values (aliases, defaults written out)."""

    def walk(node: Any) -> bool:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in _ITEM_TYPES and isinstance(value, list) and len({_json_key(v) for v in value}) == len(value):
                    read = []
                    for item in value:
                        try:
                            read.append(bs.structure(item, _ITEM_TYPES[key]))
                        except bs.DataError:
                            break
                    else:
                        if len(set(read)) != len(read):
                            return True
                if walk(value):
                    return True
        elif isinstance(node, list):
            return any(walk(v) for v in node)
        return False

    return walk(data)


_INTEGER_KEYS = frozenset({"paragraph", "paragraphs", "credibility"})


def _integral_fraction(data: Any) -> bool:
    """An integer field written as 3.0."""
    if isinstance(data, dict):
        return any(
            (key in _INTEGER_KEYS and isinstance(value, float) and value.is_integer()) or _integral_fraction(value)
            for key, value in data.items()
        )
    if isinstance(data, list):
        return any(_integral_fraction(v) for v in data)
    return False


UNAVOIDABLE: dict[str, Callable[[Any], bool]] = {
    "cross-record rules": _every_record_reads_alone,
    "date order": _dates_out_of_order,
    "uniqueness after reading": _duplicates_after_reading,
    "integral fractions": _integral_fraction,
}


def test_the_documented_differences_are_the_tested_ones() -> None:
    documented = re.findall(r"- \*\*([^*]+)\*\*", export.json_schema.__doc__ or "")
    assert documented == list(UNAVOIDABLE)


def agree(data: Any, folder: Path) -> tuple[bool, bool]:
    """Both answers for one file, checked to agree unless a listed difference explains them."""
    text = json.dumps(data, allow_nan=False)
    by_schema = schema_accepts(json.loads(text))
    by_loader = loader_accepts(text, folder)
    if by_schema != by_loader:
        hits = [name for name, hit in UNAVOIDABLE.items() if hit(data)]
        assert by_schema, "the schema refuses a file the loader reads"
        assert hits, "the schema accepts a file the loader refuses, for no listed reason"
    return by_schema, by_loader


# ------------------------------------------------------------------ files to try


def _references(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in REFERENCE_KEYS:
                yield from (v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str))
            yield from _references(value)
    elif isinstance(node, list):
        for value in node:
            yield from _references(value)


def file_of(ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """A standalone dataset file: these records and every record they refer to, copied."""
    wanted: list[str] = []
    todo = list(ids)
    while todo:
        record_id = todo.pop()
        if record_id in wanted or record_id not in BY_ID:
            continue
        wanted.append(record_id)
        todo.extend(_references(BY_ID[record_id][1]))
    data: dict[str, list[dict[str, Any]]] = {}
    for key in RECORD_TYPES:
        records = [copy.deepcopy(r) for r in BASE[key] if r["id"] in wanted]
        if records:
            data[key] = records
    return data


SPELLINGS = [str(m.value) for vocab in STRING_VOCABULARIES for m in vocab] + [
    a for vocab in STRING_VOCABULARIES for a in ALIASES.get(vocab, {})
]
CHARACTERS = [
    "\x00",
    "\x01",
    "\t",
    "\n",
    "\r",
    "\x0b",
    "\x1f",
    "\x7f",
    "\x80",
    "\x85",
    "\x9f",
    "\u2028",
    "\u2029",
    "\xa0",
    "\u200b",
    "\ufeff",
    "\ud800",
    "é",
    " ",
]

VALUES: st.SearchStrategy[Any] = st.one_of(
    st.sampled_from(SPELLINGS),
    st.from_regex(r"[0-9]{4}(-[0-3][0-9](-[0-3][0-9])?)?", fullmatch=True),
    st.sampled_from(
        [
            "0000",
            "0001",
            "9999",
            "2024-02-29",
            "2023-02-29",
            "1900-02-29",
            "2000-02-29",
            "2025-04-31",
            "2025-13",
            "2004-W13-1",
            "\uff12\uff10\uff12\uff15",
            "June 2025",
        ]
    ),
    st.dates(_dt.date(1, 1, 1), _dt.date(9999, 12, 31)).map(_dt.date.isoformat),
    st.text(max_size=8),
    st.sampled_from(["estonia", "latvia", "Estonia", "EE", "x", "", " ", "not a slug", "0" * 64, "A", "b", "ee", "EST"]),
    st.integers(-3, 12) | st.sampled_from([91, -181, 10**20]),
    st.floats(-200, 200, allow_nan=False) | st.sampled_from([1.0, 3.0, 6.0, 0.5]),
    st.none() | st.booleans(),
    st.lists(st.sampled_from(["estonia", "latvia", "undersea", "Subsea", "land", "x"]), max_size=3),
    st.sampled_from([{}, {"name": "Riga"}, {"name": "Riga", "lat": 56.9}, {"value": 3, "unit": "Troops"}, [{"actor": "estonia"}]]),
)


Draw = Callable[[st.SearchStrategy[Any]], Any]


def _edit_text(draw: Draw, text: str) -> str:
    how = draw(st.sampled_from(["upper", "lower", "swapcase", "title", "separator", "pad", "insert"]))
    if how == "separator":
        return text.replace("-", draw(st.sampled_from([" ", "_", "  ", "--", ""])))
    if how == "pad":
        pad: str = draw(st.sampled_from([" ", "\t", "\n"]))
        return pad + text if draw(st.booleans()) else text + pad
    if how == "insert":
        at: int = draw(st.integers(0, len(text)))
        char: str = draw(st.sampled_from(CHARACTERS))
        return text[:at] + char + text[at:]
    edited: str = getattr(text, how)()
    return edited


def _slots(node: Any) -> Iterator[tuple[Any, Any]]:
    """Every (container, key) of a value in ``node``, outermost first."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield node, key
            yield from _slots(value)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield node, index
            yield from _slots(value)


def _objects(node: Any) -> list[dict[str, Any]]:
    return [value for container, key in _slots(node) if isinstance(value := container[key], dict)]


FIELD_NAMES = sorted({a for cls in RECORD_TYPES.values() for a in attrs.fields_dict(cls)} | {"sumary", "colour"})


@st.composite
def mutations(draw: st.DrawFn, *, least: int = 0, most: int = 3) -> tuple[dict[str, Any], dict[str, Any]]:
    """A valid file of a few bundled records (and what they refer to), and a copy mutated ``least`` to ``most`` times."""
    ids = draw(st.lists(st.sampled_from(sorted(BY_ID)), min_size=1, max_size=2))
    original = file_of(ids)
    data: dict[str, Any] = copy.deepcopy(original)
    for _ in range(draw(st.integers(least, most))):
        slots = list(_slots(data))
        if not slots:
            data[draw(st.sampled_from(list(RECORD_TYPES)))] = [copy.deepcopy(draw(VALUES))]
            continue
        container, key = draw(st.sampled_from(slots))
        value = container[key]
        action = draw(st.sampled_from(["set", "edit", "drop", "add", "number", "list"]))
        if action == "edit" and isinstance(value, str):
            container[key] = _edit_text(draw, value)
        elif action == "number" and isinstance(value, (int, float)) and not isinstance(value, bool):
            container[key] = draw(st.sampled_from([value + 1, value - 1, -value, float(value), 0, 7]))
        elif action == "list" and isinstance(value, list) and value:
            how = draw(st.sampled_from(["repeat", "empty", "reverse"]))
            container[key] = value + value[:1] if how == "repeat" else [] if how == "empty" else value[::-1]
        elif action == "drop" and isinstance(container, dict):
            del container[key]
        elif action == "add":
            target = draw(st.sampled_from([data, *_objects(data)]))
            target[draw(st.sampled_from(FIELD_NAMES))] = copy.deepcopy(draw(VALUES))
        else:
            container[key] = copy.deepcopy(draw(VALUES))  # a later mutation may change it in place
    return original, data


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(mutations())
def test_schema_and_loader_accept_the_same_files(tmp_path: Path, pair: tuple[dict[str, Any], dict[str, Any]]) -> None:
    agree(pair[1], tmp_path)


@pytest.mark.parametrize("accepted", [True, False])
def test_the_property_sees_both_answers(tmp_path: Path, accepted: bool) -> None:
    # The mutations must reach changed files both sides accept (a case, an alias) and files
    # both refuse, or the property above proves less than it says.
    quick = settings(max_examples=1000, database=None, suppress_health_check=list(HealthCheck))
    find(mutations(least=1, most=1), lambda pair: pair[0] != pair[1] and agree(pair[1], tmp_path) == (accepted, accepted), settings=quick)


# ------------------------------------------------------------------ each kind, by example


def edited(record_id: str, **changes: Any) -> dict[str, Any]:
    """The file of one bundled record (and what it refers to), with some of its fields changed."""
    data = file_of([record_id])
    key, _ = BY_ID[record_id]
    next(r for r in data[key] if r["id"] == record_id).update(changes)
    return data


def _commitment_file(**changes: Any) -> dict[str, Any]:
    return edited("bdc-2025-spending-3pct-gdp", **changes)


# (name, file, accepted by both); the examples first.
CASES: list[tuple[str, dict[str, Any], bool]] = [
    ("domain in another case", _commitment_file(domains=["Undersea"]), True),
    # a state's official name and ISO codes, whichever way its kind is spelt (found by the property below)
    ("a state without its official name", edited("belarus", official_name=None), False),
    ("a state, spelt 'Country', without its codes", edited("belarus", kind="Country", iso2=None), False),
    ("an organisation with an ISO code", edited("nato", iso2="NA"), False),
    ("an organisation with an official name", edited("nato", official_name="North Atlantic Treaty Organization"), True),
    ("year 0000", _commitment_file(made_on="0000"), False),
    ("31 February", _commitment_file(made_on="2025-02-31"), False),
    ("31 April", _commitment_file(made_on="2025-04-31"), False),
    ("29 February, leap year", _commitment_file(made_on="2024-02-29"), True),
    ("29 February, not a leap year", _commitment_file(made_on="2023-02-29"), False),
    ("29 February 1900", _commitment_file(made_on="1900-02-29"), False),
    ("29 February 2000", _commitment_file(made_on="2000-02-29"), True),
    ("digits of another script", _commitment_file(made_on="\uff12\uff10\uff12\uff15"), False),
    ("week date for a full date", edited("estonia", joined_nato="2004-W13-1"), False),
    ("full date of another precision", edited("estonia", joined_nato="2004-03"), False),
    ("alias", _commitment_file(domains=["subsea", "IAMD"], kind="Goal"), True),
    ("name with underscores", _commitment_file(domains=["AIR_DEFENCE"]), True),
    ("alias with an accent", edited("bdc-communique-2025-01-23", kind="Communiqué"), True),
    ("alias with an accent, in capitals", edited("bdc-communique-2025-01-23", kind="COMMUNIQUÉ"), True),
    ("alias with the accent dropped", edited("bdc-communique-2025-01-23", kind="communique"), True),
    ("value padded with a space", _commitment_file(kind=" pledge"), False),
    ("two spaces between words", _commitment_file(domains=["air  defence"]), False),
    ("value with a final line feed", _commitment_file(kind="pledge\n"), False),
    ("unknown value", _commitment_file(kind="promise"), False),
    ("NUL in a summary", _commitment_file(summary="cables\u0000Baltic"), False),
    ("line feed and tab in a summary", _commitment_file(summary="cables\n\tBaltic"), True),
    ("carriage return in a summary", _commitment_file(summary="cables\r\nBaltic"), False),
    ("line separator in a summary", _commitment_file(summary="cables\u2028Baltic"), False),
    ("DEL in a summary", _commitment_file(summary="cables\x7fBaltic"), False),
    ("C1 control in a summary", _commitment_file(summary="cables\x85Baltic"), False),
    ("no-break space and zero-width space in a summary", _commitment_file(summary="cables\xa0\u200bBaltic"), True),
    ("blank summary of other white space", _commitment_file(summary="\xa0\u3000"), False),
    ("tab in a name", edited("estonia", name="Esto\tnia"), False),
    ("line feed at the end of an id", _commitment_file(id="my-pledge\n"), False),
    ("due before made_on", _commitment_file(made_on="2025-06", due="2024"), False),
    ("due within the month of made_on", _commitment_file(made_on="2025-06-20", due="2025-06"), True),
    ("end before start", edited("nato-2021-adazi-battlegroup", start="2025-06", end="2024"), False),
    ("latitude without longitude", edited("nato-2021-adazi-battlegroup", location={"name": "Ādaži", "lat": 57.07}), False),
    ("longitude null, latitude given", edited("nato-2021-adazi-battlegroup", location={"name": "Ādaži", "lat": 57.07, "lon": None}), False),
    ("no coordinates", edited("nato-2021-adazi-battlegroup", location={"name": "Ādaži", "lat": None, "lon": None}), True),
    ("credibility as 3.0", _commitment_file(evidence=[{"source": "bdc-communique-2025-01-23", "paragraph": 3, "credibility": 3.0}]), False),
    ("unknown key", _commitment_file(sumary="x"), False),
    ("duplicate domain by alias", _commitment_file(domains=["undersea", "Subsea"]), False),
]


@pytest.mark.parametrize(("name", "data", "accepted"), CASES, ids=[c[0] for c in CASES])
def test_each_kind(tmp_path: Path, name: str, data: dict[str, Any], accepted: bool) -> None:
    _, by_loader = agree(data, tmp_path)
    assert by_loader is accepted


def test_a_number_too_large_for_a_double(tmp_path: Path) -> None:
    # Python reads 1e400 as infinity: the schema's maximum refuses it, as the loader does.
    text = json.dumps(_commitment_file()).replace('"value": 3', '"value": 1e400')
    assert "1e400" in text
    assert not schema_accepts(json.loads(text))
    assert not loader_accepts(text, tmp_path)


# ------------------------------------------------------------------ the patterns themselves


def _full_date_matches(text: str) -> bool:
    definition = SCHEMA["$defs"]["Ally"]["properties"]["joined_nato"]
    return bool(jsonschema.Draft202012Validator(definition).is_valid(text))


def _partial_date_matches(text: str) -> bool:
    return bool(jsonschema.Draft202012Validator({**SCHEMA["$defs"]["PartialDate"], "$defs": SCHEMA["$defs"]}).is_valid(text))


def test_29_february_only_in_leap_years() -> None:
    for year in range(1, 10000):
        text = f"{year:04d}-02-29"
        assert _full_date_matches(text) is calendar.isleap(year), text
        assert _partial_date_matches(text) is calendar.isleap(year), text


@pytest.mark.parametrize("year", [1, 4, 99, 100, 400, 1900, 2000, 2023, 2024, 9999])
def test_every_day_of_a_year_and_no_other(year: int) -> None:
    for month in range(14):
        assert _partial_date_matches(f"{year:04d}-{month:02d}") is (1 <= month <= 12)
        for day in range(33):
            text = f"{year:04d}-{month:02d}-{day:02d}"
            try:
                _dt.date(year, month, day)
                exists = True
            except ValueError:
                exists = False
            assert _full_date_matches(text) is exists, text
            assert _partial_date_matches(text) is exists, text
            assert _reads(text, bs.PartialDate) is exists, text


@given(st.text(alphabet="0123456789-W ", max_size=12) | st.from_regex(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?", fullmatch=True))
def test_date_pattern_and_loader_agree(text: str) -> None:
    assert _partial_date_matches(text) is _reads(text, bs.PartialDate)


def _text_schema(cls: type[Any], field: str) -> dict[str, Any]:
    return SCHEMA["$defs"][cls.__name__]["properties"][field]  # type: ignore[no-any-return]


TEXT_FIELDS = [
    (bs.Commitment, "summary", model._free_text),
    (bs.Ally, "name", model._non_empty),
    (bs.SourceDocument, "title", model._non_empty),
]


@pytest.mark.parametrize(("cls", "field", "check"), TEXT_FIELDS, ids=[f"{c.__name__}.{f}" for c, f, _ in TEXT_FIELDS])
@given(text=st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(CHARACTERS), max_size=6))
def test_text_pattern_and_model_agree(cls: type[Any], field: str, check: Any, text: str) -> None:
    attribute = attrs.fields_dict(cls)[field]
    try:
        check(None, attribute, text)
        accepted = True
    except bs.FieldError:
        accepted = False
    assert jsonschema.Draft202012Validator(_text_schema(cls, field)).is_valid(text) is accepted


def _spell(draw: Draw, text: str) -> str:
    out = []
    for char in text:
        if char in "-_ ":
            out.append(draw(st.sampled_from(["-", "_", " ", "  ", ""])))
        else:
            out.append(draw(st.sampled_from([char, char.upper(), char.lower()])))
    return "".join(out)


@given(st.data())
def test_vocabulary_pattern_and_loader_agree(data: st.DataObject) -> None:
    vocab = data.draw(st.sampled_from(STRING_VOCABULARIES))
    texts = [str(m.value) for m in vocab] + [m.name for m in vocab] + list(ALIASES.get(vocab, {}))
    text = data.draw(st.sampled_from(texts))
    spelt = _spell(data.draw, text)
    if data.draw(st.booleans()):
        spelt = _edit_text(data.draw, spelt)
    schema = {**SCHEMA["$defs"][vocab.__name__], "$defs": SCHEMA["$defs"]}
    by_schema = jsonschema.Draft202012Validator(schema).is_valid(spelt)
    by_loader = _reads(spelt, vocab)
    assert by_schema is by_loader, spelt
    if by_loader:
        # What the spelling names: its value, name or alias, whatever the case and separators.
        key = re.sub(r"[-_ ]", "-", text.casefold())
        assert convert.structure(spelt, vocab) is vocab(text)
        assert re.sub(r"[-_ ]", "-", spelt.casefold()) == key
