"""The table plan: the dataset as related tables, which the CSV, SQLite, pandas and Parquet exports write.

Each table (:class:`Table`, its :class:`Column` and :class:`ForeignKey`) is laid out from the model's
fields; the party keys and vocabulary keys let SQL look a name up as the Python API does; :func:`_cell`
writes a value as one text cell.
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from baltic_security._dataset import RECORD_TYPES, Dataset
from baltic_security._text import fold
from baltic_security.dates import PartialDate
from baltic_security.model import ID_PATTERN, Evidence, _full_number

from ._json import to_data
from ._model import (
    _JSON_TYPES,
    _PARTIAL_DATE,
    _PARTIAL_DATE_TEXT,
    _PARTY_TYPES,
    _TARGETS,
    _doc,
    _Field,
    _fields,
    _is_tuple,
    _is_value,
    _is_vocabulary,
    _singular,
    _snake,
)


@attrs.frozen(kw_only=True)
class Column:
    """One column of an exported table, in Frictionless Table Schema terms.

    ``type`` is ``string``, ``integer``, ``number``, ``boolean``, ``date``
    (a full ISO date) or ``array`` (a list of strings). The constraints are
    the model's: ``required`` (never null), ``enum`` (a vocabulary),
    ``pattern`` (matching the whole value), ``minimum``, ``maximum``, ``min_length``.

    >>> import baltic_security as bs
    >>> kind = next(c for c in to_tables(bs.dataset())["commitments"].columns if c.name == "kind")
    >>> kind.type, kind.required, kind.enum[:2]
    ('string', True, ('pledge', 'target'))
    """

    name: str
    type: str
    description: str = ""
    required: bool = False
    enum: tuple[str | int, ...] = ()
    pattern: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    min_length: int | None = None

    def constraints(self) -> dict[str, Any]:
        """The constraints as a Table Schema ``constraints`` object.

        >>> Column(name="paragraph", type="integer", required=True, minimum=1).constraints()
        {'required': True, 'minimum': 1}
        """
        found: dict[str, Any] = {}
        if self.required:
            found["required"] = True
        if self.enum:
            found["enum"] = list(self.enum)
        optional = {"pattern": self.pattern, "minimum": self.minimum, "maximum": self.maximum, "minLength": self.min_length}
        found.update({key: value for key, value in optional.items() if value is not None})
        return found


@attrs.frozen(kw_only=True)
class ForeignKey:
    """Columns of one table that hold the key of a row in another.

    >>> import baltic_security as bs
    >>> to_tables(bs.dataset())["commitment_parties"].foreign_keys[1]
    ForeignKey(columns=('party',), table='parties', references=('id',))
    """

    columns: tuple[str, ...]
    table: str
    references: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Table:
    """One table of the tabular exports: its columns, keys and rows.

    Row values are JSON-ready: strings (dates as ISO strings of their
    precision), integers, floats, booleans, None, and tuples of strings
    for ``array`` columns.

    >>> import baltic_security as bs
    >>> table = to_tables(bs.dataset())["allies"]
    >>> table.primary_key, len(table.rows)
    (('id',), 32)
    """

    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()
    rows: tuple[tuple[Any, ...], ...] = ()


_Data = Mapping[str, Sequence[Mapping[str, Any]]]
_Path = tuple[str, ...]


@attrs.frozen
class _Plan:
    """A table's layout and how to read its rows from a dataset-file object."""

    table: Table
    rows: Callable[[_Data], Iterator[tuple[Any, ...]]]


def _dig(data: Any, path: _Path) -> Any:
    for key in path:
        if data is None:
            return None
        data = data[key]
    return tuple(data) if isinstance(data, list) else data


def _column(name: str, tp: Any, rules: Mapping[str, Any], *, required: bool, description: str = "") -> Column:
    enum_values: tuple[str | int, ...] = ()
    pattern = rules.get("pattern")
    if _is_vocabulary(tp):
        column_type = "integer" if issubclass(tp, int) else "string"
        enum_values = tuple(member.value for member in tp)
    elif tp is PartialDate:
        column_type, pattern = "string", _PARTIAL_DATE
        description = description or _PARTIAL_DATE_TEXT
    elif tp is _dt.date:
        column_type = "date"
    elif _is_tuple(tp):
        column_type = "array"
        description = description or "a list of texts"
    elif tp in _JSON_TYPES:
        column_type = _JSON_TYPES[tp]
    else:
        raise TypeError(f"cannot put {tp!r} in a table column")
    return Column(
        name=name,
        type=column_type,
        description=description,
        required=required,
        enum=enum_values,
        pattern=pattern,
        minimum=rules.get("minimum"),
        maximum=rules.get("maximum"),
        min_length=1 if rules.get("non_empty") and column_type == "string" else None,
    )


@attrs.define
class _Columns:
    """Columns being laid out: each with the path of its value in an unstructured record."""

    columns: list[Column] = attrs.Factory(list)
    paths: list[_Path] = attrs.Factory(list)
    foreign_keys: list[ForeignKey] = attrs.Factory(list)

    def add(self, column: Column, path: _Path, *, target: str | None = None) -> None:
        self.columns.append(column)
        self.paths.append(path)
        if target is not None:
            self.foreign_keys.append(ForeignKey(columns=(column.name,), table=target, references=("id",)))

    def values(self, data: Mapping[str, Any]) -> tuple[Any, ...]:
        return tuple(_dig(data, path) for path in self.paths)


def _flatten(out: _Columns, cls: type[Any], *, prefix: str = "", path: _Path = (), optional: bool = False) -> list[_Field]:
    """Add a column per scalar field of ``cls`` (values flattened as ``field_sub``); return its tuple fields."""
    tuples = []
    for field in _fields(cls):
        if _is_tuple(field.type):
            tuples.append(field)
        elif _is_value(field.type):
            if any(_is_tuple(f.type) for f in _fields(field.type)):
                raise TypeError(f"cannot flatten {cls.__name__}.{field.name}: it holds a list")
            _flatten(out, field.type, prefix=f"{prefix}{field.name}_", path=(*path, field.name), optional=optional or field.nullable)
        else:
            required = not (optional or field.nullable)
            column = _column(prefix + field.name, field.type, field.rules, required=required)
            # Every id-shaped field but a record's own id is a reference.
            target = _TARGETS.get(field.name, "parties") if field.slug and field.name != "id" else None
            out.add(column, (*path, field.name), target=target)
    return tuples


def _owner_columns(owner: str, table: str) -> _Columns:
    out = _Columns()
    out.add(
        Column(name=f"{owner}_id", type="string", description=f"the {owner}'s id", required=True, pattern=ID_PATTERN.pattern),
        ("id",),
        target=table,
    )
    return out


_POSITION = Column(
    name="position", type="integer", description="1 for the first item of the list, 2 for the next...", required=True, minimum=1
)


@functools.cache
def _plans() -> tuple[_Plan, ...]:
    """Every table's layout, from the model: record tables, their list tables, then evidence."""
    party_keys = [key for key, cls in RECORD_TYPES.items() if cls in _PARTY_TYPES]
    plans = [_records_plan(), _parties_plan(party_keys)]
    evidence: list[tuple[str, str, str | None]] = []  # (record type, list field, evidence field inside its items)
    for key, cls in RECORD_TYPES.items():
        main = _Columns()
        tuples = _flatten(main, cls)
        plans.append(
            _Plan(
                Table(
                    name=key, description=_doc(cls), columns=tuple(main.columns), primary_key=("id",), foreign_keys=tuple(main.foreign_keys)
                ),
                _each(key, main),
            )
        )
        for field in tuples:
            if field.item is Evidence:
                evidence.append((key, field.name, None))
            else:
                plans.append(_list_plan(key, cls, field, evidence))
    plans.append(_evidence_plan(evidence))
    return tuple(plans)


def _each(key: str, columns: _Columns) -> Callable[[_Data], Iterator[tuple[Any, ...]]]:
    def rows(data: _Data) -> Iterator[tuple[Any, ...]]:
        for record in data[key]:
            yield columns.values(record)

    return rows


def _records_plan() -> _Plan:
    columns = (
        Column(name="id", type="string", description="the record's id", required=True, pattern=ID_PATTERN.pattern),
        Column(name="type", type="string", description="the table that holds the record", required=True, enum=tuple(RECORD_TYPES)),
    )

    def rows(data: _Data) -> Iterator[tuple[Any, ...]]:
        for key in RECORD_TYPES:
            for record in data[key]:
                yield (record["id"], key)

    return _Plan(
        Table(name="records", description="Every record's id and the table that holds it.", columns=columns, primary_key=("id",)), rows
    )


def _parties_plan(keys: list[str]) -> _Plan:
    columns = (
        Column(name="id", type="string", description="the ally's or actor's id", required=True, pattern=ID_PATTERN.pattern),
        Column(name="type", type="string", description="the table that holds the party", required=True, enum=tuple(keys)),
        Column(name="name", type="string", description="its name", required=True, min_length=1),
    )

    def rows(data: _Data) -> Iterator[tuple[Any, ...]]:
        for key in keys:
            for record in data[key]:
                yield (record["id"], key, record["name"])

    table = Table(
        name="parties",
        description="Every ally and actor: what a reference to a party (parties, hosts, contributors, lead, actor...) points at.",
        columns=columns,
        primary_key=("id",),
        foreign_keys=(ForeignKey(columns=("id",), table="records", references=("id",)),),
    )
    return _Plan(table, rows)


def _list_plan(key: str, cls: type[Any], field: _Field, evidence: list[tuple[str, str, str | None]]) -> _Plan:
    owner = _snake(cls.__name__)
    out = _owner_columns(owner, key)
    out.add(_POSITION, ())
    item = field.item
    if _is_value(item):
        for inner in _flatten(out, item):
            if inner.item is Evidence:
                evidence.append((key, field.name, inner.name))
            elif not _is_value(inner.item):
                out.add(_column(inner.name, inner.type, inner.rules, required=True), (inner.name,))
            else:
                raise TypeError(f"cannot tabulate {item.__name__}.{inner.name}: a list of {inner.item!r} inside a list")
        item_paths = out.paths[2:]
    else:
        name = _singular(field.name)
        target = _TARGETS.get(field.name, "parties") if field.slug else None
        out.add(_column(name, item, field.item_rules, required=True), (), target=target)
        item_paths = [()]

    def rows(data: _Data) -> Iterator[tuple[Any, ...]]:
        for record in data[key]:
            for position, value in enumerate(record[field.name], start=1):
                yield (record["id"], position, *(_dig(value, p) for p in item_paths))

    table = Table(
        name=f"{owner}_{field.name}",
        description=f"The {field.name} of each {owner.replace('_', ' ')}, one row per item, in order.",
        columns=tuple(out.columns),
        primary_key=(f"{owner}_id", "position"),
        foreign_keys=tuple(out.foreign_keys),
    )
    return _Plan(table, rows)


def _evidence_plan(holders: list[tuple[str, str, str | None]]) -> _Plan:
    groups = {_singular(field) for _, field, inner in holders if inner is not None}
    if len(groups) > 1:
        raise TypeError(f"evidence is held inside more than one kind of list item: {sorted(groups)}")
    group = groups.pop() if groups else "claim"
    out = _Columns()
    out.add(
        Column(
            name="record_id",
            type="string",
            description="the id of the record this evidence supports",
            required=True,
            pattern=ID_PATTERN.pattern,
        ),
        (),
        target="records",
    )
    out.add(
        Column(
            name=group,
            type="integer",
            description=f"0 for evidence of the record itself; n for evidence of its n-th {group}",
            required=True,
            minimum=0,
        ),
        (),
    )
    out.add(
        Column(
            name="position", type="integer", description="1 for the first evidence of the list, 2 for the next...", required=True, minimum=1
        ),
        (),
    )
    first = len(out.paths)
    for inner in _flatten(out, Evidence):
        if _is_value(inner.item):
            raise TypeError(f"cannot tabulate Evidence.{inner.name}: a list of {inner.item!r}")
        out.add(_column(inner.name, inner.type, inner.rules, required=True), (inner.name,))
    item_paths = out.paths[first:]

    def rows(data: _Data) -> Iterator[tuple[Any, ...]]:
        for key, field, inner in holders:
            for record in data[key]:
                lists = [(0, record[field])] if inner is None else [(n, item[inner]) for n, item in enumerate(record[field], start=1)]
                for number, evidences in lists:
                    for position, found in enumerate(evidences, start=1):
                        yield (record["id"], number, position, *(_dig(found, p) for p in item_paths))

    table = Table(
        name="evidence",
        description=f"Every evidence: the source paragraph that supports a record (or one {group} of a conflict), and how credible it is.",
        columns=tuple(out.columns),
        primary_key=("record_id", group, "position"),
        foreign_keys=tuple(out.foreign_keys),
    )
    return _Plan(table, rows)


# The party index of the dataset (what `bs.party` and every party filter look a name up
# by) as a table, so SQL can accept every spelling the Python API accepts.
_PARTY_KEYS = Table(
    name="party_keys",
    description=(
        "Every spelling a party filter of the Python API accepts for an ally or actor (its id, name, ISO codes, aliases, "
        "demonyms...), folded as the API folds it: lowercase, accents removed, single spaces."
    ),
    columns=(
        Column(name="key", type="string", description="a name of the party, folded", required=True, min_length=1),
        Column(name="party", type="string", description="the id of the ally or actor it names", required=True, pattern=ID_PATTERN.pattern),
    ),
    primary_key=("key",),
    foreign_keys=(ForeignKey(columns=("party",), table="parties", references=("id",)),),
)


def _party_key_rows(ds: Dataset) -> tuple[tuple[str, str], ...]:
    # The dataset's own index, not a second list of name fields: whatever it learns to look up, the table holds.
    index: Mapping[str, str] = ds._party_index.keys  # noqa: SLF001  # the one source of the lookup keys
    return tuple(sorted(index.items(), key=lambda item: (item[1], item[0])))


def _layout() -> tuple[Table, ...]:
    """Every table, without rows, in the order :func:`to_tables` gives them."""
    return tuple(table for plan in _plans() for table in ((plan.table, _PARTY_KEYS) if plan.table.name == "parties" else (plan.table,)))


def _filled(plan: _Plan, data: _Data) -> Table:
    return attrs.evolve(plan.table, rows=tuple(plan.rows(data)))


def to_tables(ds: Dataset) -> dict[str, Table]:
    """The dataset as related tables: what the CSV, SQLite, pandas and Parquet exports hold.

    - ``records`` (every id and its table) and ``parties`` (every ally and actor);
    - ``party_keys``: every spelling of a party that the query API accepts
      (:meth:`Dataset.party <baltic_security.Dataset.party>`), folded, with the
      party's id;
    - a table per record type (``allies`` ... ``conflicts``), one row per record
      and a column per field; a value such as ``amount`` (a Quantity) or
      ``location`` (a Place) is flattened into ``amount_value``, ``amount_unit``...;
    - a table per list field of a record, named ``<type>_<field>``
      (``commitment_parties``, ``exercise_participants``...), one row per item
      with the record's id and the item's 1-based ``position``;
    - ``evidence``: every evidence of every record, with ``record_id``, and for a
      conflict the number of the claim it supports.

    A list inside a list item (a participant's ``assets``, an evidence's
    ``about``) is an ``array`` column. The tables come in an order where a
    table comes after every table it refers to.

    >>> import baltic_security as bs
    >>> tables = to_tables(bs.dataset())
    >>> list(tables)[:5]
    ['records', 'parties', 'party_keys', 'allies', 'ally_aliases']
    >>> claims = [claim for conflict in bs.conflicts() for claim in conflict.claims]
    >>> facts = [*bs.commitments(), *bs.exercises(), *bs.deployments(), *claims]
    >>> len(tables["evidence"].rows) == sum(len(fact.evidence) for fact in facts)
    True
    >>> dict(tables["party_keys"].rows)["eesti"]
    'estonia'
    """
    from baltic_security.convert import _NoGC  # noqa: PLC0415

    data = to_data(ds)
    tables = {}
    with _NoGC():  # a row tuple per record and per list item: the collector would rescan them as they grow
        for plan in _plans():
            tables[plan.table.name] = _filled(plan, data)
            if plan.table.name == "parties":
                tables[_PARTY_KEYS.name] = attrs.evolve(_PARTY_KEYS, rows=_party_key_rows(ds))
    return tables


def _converted_rows(table: Table, by_type: Mapping[str, Callable[[Any], Any]]) -> Iterator[Sequence[Any]]:
    """The table's rows with each cell of a column whose type ``by_type`` names passed through its function.

    An export converts only the columns its format writes differently (an array as JSON text, a boolean as a number
    or a word); every other cell is written as it is, and a table with no such column yields its own rows.
    """
    convert = [(i, by_type[c.type]) for i, c in enumerate(table.columns) if c.type in by_type]
    if not convert:
        yield from table.rows
        return
    for row in table.rows:
        cells = list(row)
        for i, to_format in convert:
            cells[i] = to_format(cells[i])
        yield tuple(cells)  # sqlite3 binds a tuple faster than a list


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return json.dumps(list(value), ensure_ascii=False)
    if isinstance(value, float):  # str() would write 1e+16: numbers are written out in full
        return _full_number(value, grouping=False)
    return str(value)


# ---------------------------------------------------------------- lookup tables, for the SQLite export's canned queries
#
# The canned queries take what a user types ("Eesti", "ESTONIAN", "Türkiye", "subsea") and
# look it up as the Python API does: folded (`_text.fold`), then found in `party_keys` or
# `vocabulary_keys`. SQLite cannot fold accents, so `fold_characters` holds, for each
# character the fold changes, what it becomes; a recursive CTE folds the parameter one
# character at a time and then collapses white space, as `fold` does. Only the characters
# that can matter are stored: those that fold into the alphabet of the keys (or are in
# it). A text that folds to a key is made of such characters only, so it is folded
# exactly; any other text folds to something that is no key, either way.

_VOCABULARY_KEYS = Table(
    name="vocabulary_keys",
    description="Every value, name and alias each vocabulary accepts (as the Python API does), folded, with the value it stands for.",
    columns=(
        Column(name="vocabulary", type="string", description="the vocabulary: Domain, DeploymentStatus...", required=True),
        Column(name="key", type="string", description="a value, name or alias, folded, spaces and underscores as hyphens", required=True),
        Column(name="value", type="string", description="the vocabulary value it stands for", required=True),
    ),
    primary_key=("vocabulary", "key"),
)
_FOLD_CHARACTERS = Table(
    name="fold_characters",
    description=(
        "How the library folds text (case, accents, white space), "
        "for each character that can fold into a key of party_keys or vocabulary_keys."
    ),
    columns=(
        Column(name="character", type="string", description="one character", required=True),
        Column(name="folded", type="string", description="what it folds to: lowercase, no accents, white space as a space", required=True),
    ),
    primary_key=("character",),
)
#: Code points from here on are all left alone by the fold (CJK extensions, tags, private use): tests check it.
_FOLD_LIMIT = 0x30000
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@functools.cache
def _character_folds() -> tuple[tuple[str, str], ...]:
    """Every character below :data:`_FOLD_LIMIT` that `fold` changes beyond SQLite's ``lower()``, with what it becomes.

    A character's fold is taken between two letters, so that white space it
    is or becomes stays one space instead of being stripped.
    """
    found = []
    for point in range(_FOLD_LIMIT):
        if 0xD800 <= point < 0xE000:  # surrogates are not text
            continue
        character = chr(point)
        folded = fold(f"x{character}x")[1:-1]
        if folded != character.translate(_ASCII_LOWER):
            found.append((character, folded))
    return tuple(found)


def _vocabularies() -> dict[str, type[enum.Enum]]:
    """Every vocabulary a field of the model (or of a value inside it) uses, by name."""
    found: dict[str, type[enum.Enum]] = {}
    pending = list(RECORD_TYPES.values())
    seen: set[type[Any]] = set()
    while pending:
        cls = pending.pop()
        if cls in seen:
            continue
        seen.add(cls)
        for field in _fields(cls):
            tp = field.item if _is_tuple(field.type) else field.type
            if _is_vocabulary(tp):
                found.setdefault(tp.__name__, tp)
            elif _is_value(tp):
                pending.append(tp)
    return dict(sorted(found.items()))


def _lookup_tables(party_keys: Table) -> dict[str, Table]:
    """The tables that let SQL look a party or a vocabulary value up as the Python API does."""
    from baltic_security.vocab import _lookup_table  # noqa: PLC0415  # the vocabularies' own lookup keys

    vocabulary_rows = tuple(
        (name, key, str(member.value)) for name, vocab in _vocabularies().items() for key, member in sorted(_lookup_table(vocab).items())
    )
    keys = [key for key, _ in party_keys.rows] + [key for _, key, _ in vocabulary_rows]
    alphabet = {character for key in keys for character in key}
    fold_rows = tuple((c, f) for c, f in _character_folds() if c in alphabet or set(f) <= alphabet | {" "})
    return {
        _VOCABULARY_KEYS.name: attrs.evolve(_VOCABULARY_KEYS, rows=vocabulary_rows),
        _FOLD_CHARACTERS.name: attrs.evolve(_FOLD_CHARACTERS, rows=fold_rows),
    }
