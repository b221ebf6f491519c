"""One SQLite database with a Datasette ``metadata.json`` and its canned queries."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from baltic_security._dataset import Dataset  # noqa: TC001  # at run time, so the reference's signatures link it
from baltic_security._parties import KEY_TRANSLATION

from ._files import _dump, _file_target, _refuse_overwrite
from ._model import _DESCRIPTION, _LICENCE, _TERMS, _TITLE, _source_line
from ._outputs import outputs
from ._tables import _FOLD_CHARACTERS, _PARTY_KEYS, Table, _converted_rows, _lookup_tables, to_tables

_SQL_TYPES: Mapping[str, str] = {
    "string": "TEXT",
    "integer": "INTEGER",
    "number": "REAL",
    "boolean": "INTEGER",
    "date": "TEXT",
    "array": "TEXT",
}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value: str | float) -> str:
    return str(value) if isinstance(value, (int, float)) else "'" + value.replace("'", "''") + "'"


def _create(table: Table) -> str:
    lines = []
    for column in table.columns:
        name = _quote(column.name)
        checks = []
        if column.enum:
            checks.append(f"{name} IN ({', '.join(_literal(v) for v in column.enum)})")
        if column.type == "boolean":
            checks.append(f"{name} IN (0, 1)")
        if column.type == "array":
            checks.append(f"json_valid({name})")
        if column.minimum is not None:
            checks.append(f"{name} >= {column.minimum}")
        if column.maximum is not None:
            checks.append(f"{name} <= {column.maximum}")
        line = f"  {name} {_SQL_TYPES[column.type]}{' NOT NULL' if column.required else ''}"
        if checks:
            line += f" CHECK ({' AND '.join(checks)})"
        lines.append(line)
    lines.append(f"  PRIMARY KEY ({', '.join(map(_quote, table.primary_key))})")
    lines.extend(
        f"  FOREIGN KEY ({', '.join(map(_quote, fk.columns))}) REFERENCES {_quote(fk.table)} ({', '.join(map(_quote, fk.references))})"
        for fk in table.foreign_keys
    )
    return f"CREATE TABLE {_quote(table.name)} (\n" + ",\n".join(lines) + "\n)"


def _sql_array(value: Any) -> Any:
    return json.dumps(list(value), ensure_ascii=False) if isinstance(value, tuple) else value


def _sql_boolean(value: Any) -> Any:
    return int(value) if isinstance(value, bool) else value


#: The columns SQLite stores differently from the table's cells: arrays as JSON text, booleans as 0 and 1.
_SQL_CELLS = {"array": _sql_array, "boolean": _sql_boolean}


def write_sqlite(ds: Dataset, path: str | os.PathLike[str], *, metadata: str | os.PathLike[str] | None = None, force: bool = False) -> Path:
    """Write the tables of :func:`to_tables` to an SQLite database, with a Datasette ``metadata.json`` beside it.

    Each table has its primary key, foreign keys and the model's checks
    (vocabularies, minimums) declared; ``array`` columns hold JSON arrays
    (``json_each`` reads them). Two more tables serve lookups in SQL:
    ``vocabulary_keys`` (every value, name and alias each vocabulary
    accepts, folded) and ``fold_characters`` (how the library folds case
    and accents, per character); with ``party_keys`` they let the canned
    queries accept every spelling the Python API accepts ("Eesti",
    "Estonian", "EST"; "subsea", "Air Defense").

    ``metadata`` is where the Datasette metadata goes (default:
    ``metadata.json`` in the database's folder): ``datasette baltic.db
    --metadata metadata.json``. An existing file at ``path`` is replaced,
    as a shell's ``>`` would; so is the file ``metadata`` names. The
    default ``metadata.json`` was not named, so if it exists
    :class:`~baltic_security.OverwriteError` is raised and nothing is
    written, unless ``force=True``.

    >>> import baltic_security as bs, sqlite3, tempfile, pathlib
    >>> db = write_sqlite(bs.dataset(), pathlib.Path(tempfile.mkdtemp()) / "baltic.db")
    >>> with sqlite3.connect(db) as con:
    ...     con.execute("SELECT count(*) FROM allies").fetchone()[0], con.execute("PRAGMA foreign_key_check").fetchall()
    (32, [])
    >>> con.close()
    >>> sorted(p.name for p in db.parent.iterdir())
    ['baltic.db', 'metadata.json']
    """
    import secrets  # noqa: PLC0415
    import sqlite3  # noqa: PLC0415  # only this export needs it

    target, notes = outputs("sqlite", path, metadata=metadata)
    _file_target(target, "sqlite")
    if metadata is None:
        _refuse_overwrite("sqlite", (notes,), force=force)
    tables = to_tables(ds)
    tables.update(_lookup_tables(tables[_PARTY_KEYS.name]))
    # Built beside the target under a name of its own, then moved over it: a reader never sees half a database.
    # Created as open() creates the other exports' files, so the umask decides its mode (mkstemp's is 0600).
    partial = target.parent / f".{target.name}.{secrets.token_hex(8)}.partial"
    os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
    try:
        con = sqlite3.connect(partial)
        try:
            # The file is a private partial one until it is complete, so it needs no journal; the foreign keys are
            # checked once, after every row is in, rather than row by row.
            con.execute("PRAGMA journal_mode = OFF")
            con.execute("PRAGMA synchronous = OFF")
            with con:
                for table in tables.values():
                    con.execute(_create(table))
                    marks = ", ".join("?" for _ in table.columns)
                    insert = f"INSERT INTO {_quote(table.name)} VALUES ({marks})"  # noqa: S608  # names are the model's, quoted
                    con.executemany(insert, _converted_rows(table, _SQL_CELLS))
            broken = con.execute("PRAGMA foreign_key_check").fetchall()
            if broken:  # the dataset's own checks make this unreachable; a bug here must not write a database
                raise RuntimeError(f"bug: the sqlite export broke foreign keys: {broken[:5]}")
        finally:
            con.close()
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    _dump(_datasette_metadata(ds, target.stem, tables.values()), notes)
    return target


def _datasette_metadata(ds: Dataset, database: str, tables: Iterable[Table]) -> dict[str, Any]:
    titles = "; ".join(_source_line(s) for s in ds.sources())
    version = f" Dataset version {ds.version}." if ds.version else ""
    described: dict[str, Any] = {
        table.name: {
            "description": table.description,
            "columns": {c.name: c.description for c in table.columns if c.description},
        }
        for table in tables
    }
    described[_FOLD_CHARACTERS.name]["hidden"] = True  # machinery of the canned queries, thousands of rows
    return {
        "title": _TITLE,
        "description": f"{_DESCRIPTION}{version} Built from {len(ds.sources())} source documents: {titles}. {_TERMS}",
        "license": "CC BY 4.0",
        "license_url": _LICENCE["path"],
        "source": f"{len(ds.sources())} source documents, listed in the sources table (not included)",
        "databases": {database: {"tables": described, "queries": _QUERIES}},
    }


# ---------------------------------------------------------------- lookups in SQL
#
# How the canned queries fold what a user types and find it in the lookup tables
# (`party_keys`, `vocabulary_keys`, `fold_characters`) is told beside those tables, in `_tables`.

# The canned queries are assembled from our own table and parameter names only; what a
# user types reaches them as Datasette's bound parameters (`:party`), never as SQL text.

# Folds the parameter `:{param}` as `fold` does, into `folded_{param}(text)`: one character
# at a time ({char}, the character as typed or as a party key reads it) through
# fold_characters (else SQLite's ASCII lower()), then runs of spaces collapsed and the ends trimmed.
_FOLD_CTE = (
    "typed_{param}(n, text) AS (SELECT 0, '' UNION ALL SELECT n + 1, text || coalesce("
    '(SELECT f.folded FROM fold_characters f WHERE f."character" = {char}), lower({char}))'
    " FROM typed_{param} WHERE n < length(:{param})), "
    "spaced_{param}(text) AS (SELECT text FROM typed_{param} WHERE n = length(:{param})"
    " UNION ALL SELECT replace(text, '  ', ' ') FROM spaced_{param} WHERE instr(text, '  ') > 0), "
    "folded_{param}(text) AS (SELECT trim(text) FROM spaced_{param} WHERE instr(text, '  ') = 0)"
)
_CHAR = "substr(:{param}, n + 1, 1)"
# A party key (`_parties.party_key`) reads dashes as spaces and drops full stops before folding...
_PARTY_CHAR = (
    "CASE substr(:{param}, n + 1, 1)"
    + "".join(f" WHEN '{chr(char)}' THEN '{to or ''}'" for char, to in KEY_TRANSLATION.items())
    + " ELSE substr(:{param}, n + 1, 1) END"
)
# ...then drops a leading "the" and writes a one- or two-digit number as ISO's three digits.
_PARTY_OF = (
    "(SELECT k.party FROM party_keys k JOIN (SELECT CASE WHEN substr(text, 1, 4) = 'the ' AND length(text) > 4"
    " THEN substr(text, 5) ELSE text END AS text FROM folded_{param}) f"
    " ON k.key = CASE WHEN f.text GLOB '[0-9]' THEN '00' || f.text WHEN f.text GLOB '[0-9][0-9]' THEN '0' || f.text"
    " ELSE f.text END)"
)
# The value of `{vocabulary}` a folded parameter names, as the vocabulary reads it (spaces and underscores as hyphens).
_VALUE_OF = (
    "(SELECT v.value FROM vocabulary_keys v JOIN folded_{param} f"
    " ON v.key = replace(replace(f.text, '_', '-'), ' ', '-') WHERE v.vocabulary = '{vocabulary}')"
)


def _fill(template: str, **names: str) -> str:
    for name, value in names.items():
        template = template.replace("{" + name + "}", value)
    return template


def _with_folded(*params: str, party: str | None = None) -> str:
    """The CTEs that fold each parameter as `fold` does, and ``party`` as a party key."""
    ctes = [_fill(_FOLD_CTE.replace("{char}", _CHAR), param=param) for param in params]
    if party is not None:
        ctes.insert(0, _fill(_FOLD_CTE.replace("{char}", _PARTY_CHAR), param=party))
    return "WITH RECURSIVE " + ", ".join(ctes)


_ANY_SPELLING = "any spelling the Python API accepts, in any case, with or without accents"

# Canned queries for Datasette: the README's questions, with the party, domain, host and status as parameters.
_QUERIES: Mapping[str, Mapping[str, str]] = {
    "commitments_by_party": {
        "title": "Commitments of a party in a domain, with the paragraph that states each",
        "description": f"party: an id, name, ISO code, alias or demonym; domain: a domain or its alias; {_ANY_SPELLING}.",
        "sql": " ".join(
            (
                _with_folded("domain", party="party"),
                "SELECT c.id, c.kind, c.status, c.amount_value, c.amount_unit, c.amount_qualifier, c.summary,",
                "s.title AS source, e.paragraph, e.label, s.reliability || e.credibility AS grade",
                "FROM commitments c",
                "JOIN commitment_parties cp ON cp.commitment_id = c.id",
                "JOIN commitment_domains cd ON cd.commitment_id = c.id",
                "JOIN evidence e ON e.record_id = c.id",
                "JOIN sources s ON s.id = e.source",
                "WHERE cp.party =",
                _fill(_PARTY_OF, param="party"),
                "AND cd.domain =",
                _fill(_VALUE_OF, param="domain", vocabulary="Domain"),
                "ORDER BY c.made_on, c.id, e.position",
            )
        ),
    },
    "deployments_to_host": {
        "title": "Deployments to a host with a status, their size and grades",
        "description": f"host: an id, name, ISO code, alias or demonym; status: a deployment status; {_ANY_SPELLING}.",
        "sql": " ".join(
            (
                _with_folded("status", party="host"),
                "SELECT d.id, d.size_value, d.size_unit, d.start, d.summary,",
                "group_concat(DISTINCT s.reliability || e.credibility) AS grades",
                "FROM deployments d",
                "JOIN deployment_hosts dh ON dh.deployment_id = d.id",
                "JOIN evidence e ON e.record_id = d.id",
                "JOIN sources s ON s.id = e.source",
                "WHERE dh.host =",
                _fill(_PARTY_OF, param="host"),
                "AND d.status =",
                _fill(_VALUE_OF, param="status", vocabulary="DeploymentStatus"),
                "GROUP BY d.id ORDER BY d.start IS NULL, d.start, d.id",
            )
        ),
    },
}
