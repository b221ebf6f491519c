"""Every export, opened by its real consumer: jsonschema, Frictionless, sqlite3, Datasette, pandas, pyarrow."""

from __future__ import annotations

import argparse
import asyncio
import codecs
import copy
import csv
import datetime as _dt
import io
import json
import math
import re
import shutil
import sqlite3
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import frictionless
import jsonschema
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from datasette.app import Datasette
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import baltic_security as bs
from baltic_security import cli, export, vocab
from baltic_security._dataset import RECORD_TYPES
from baltic_security._parties import party_key
from baltic_security._text import fold
from baltic_security.export import _sqlite, _tables
from baltic_security.export._csv import _CSV_CELLS
from baltic_security.export._tables import _cell, _converted_rows, to_tables
from baltic_security.testing import datasets

if TYPE_CHECKING:
    from conftest import RunCli

# ------------------------------------------------------------------ oracles


def expected_rows(ds: bs.Dataset) -> dict[str, int]:
    """How many rows each table must hold, counted from the records themselves."""
    allies, actors = ds.records(bs.Ally), ds.records(bs.Actor)
    commitments, exercises, deployments = ds.records(bs.Commitment), ds.records(bs.Exercise), ds.records(bs.Deployment)
    conflicts = ds.records(bs.Conflict)
    claims = [claim for conflict in conflicts for claim in conflict.claims]
    counts = {key: len(ds.records(cls)) for key, cls in RECORD_TYPES.items()}
    counts.update(
        records=len(ds),
        parties=len(allies) + len(actors),
        # One row per key of the dataset's party index; test_party_keys_* check the rows against bs.party.
        party_keys=len(ds._party_index.keys),
        ally_aliases=sum(len(a.aliases) for a in allies),
        ally_demonyms=sum(len(a.demonyms) for a in allies),
        actor_aliases=sum(len(a.aliases) for a in actors),
        actor_members=sum(len(a.members) for a in actors),
        commitment_parties=sum(len(c.parties) for c in commitments),
        commitment_domains=sum(len(c.domains) for c in commitments),
        exercise_participants=sum(len(e.participants) for e in exercises),
        exercise_scale=sum(len(e.scale) for e in exercises),
        exercise_domains=sum(len(e.domains) for e in exercises),
        deployment_contributors=sum(len(d.contributors) for d in deployments),
        deployment_hosts=sum(len(d.hosts) for d in deployments),
        deployment_domains=sum(len(d.domains) for d in deployments),
        conflict_claims=len(claims),
        evidence=sum(len(c.evidence) for c in commitments)
        + sum(len(e.evidence) for e in exercises)
        + sum(len(d.evidence) for d in deployments)
        + sum(len(c.evidence) for c in claims),
    )
    return counts


Answers = tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]


def readme_answers(ds: bs.Dataset) -> Answers:
    """The README's three questions, answered by the query API."""
    undersea = sorted(
        (c.id, party, e.source, e.paragraph, e.label)
        for c in ds.commitments(by="Estonia", domain="undersea")
        for party in c.parties
        for e in c.evidence
    )
    latvia = sorted(
        (c.id, c.kind.value, float(c.amount.value), c.amount.unit.value, c.amount.qualifier.value)
        for c in ds.commitments(by="LV", domain="ukraine")
        if c.amount
    )
    lithuania = sorted(
        (d.id, None if d.size is None else float(d.size.value), d.start and str(d.start))
        for d in ds.deployments(host="Lithuania", status="planned")
    )
    return undersea, latvia, lithuania


def _none(value: Any) -> Any:
    return None if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)) else value


def answers_from_frames(frames: dict[str, pd.DataFrame]) -> Answers:
    """The same questions answered with pandas joins over exported tables."""
    parties = frames["commitment_parties"].merge(frames["commitment_domains"], on="commitment_id")
    undersea = parties[(parties["party"] == "estonia") & (parties["domain"] == "undersea")]
    with_evidence = undersea.merge(frames["evidence"], left_on="commitment_id", right_on="record_id")
    # Every party of the matching commitments, as the API answer lists them.
    all_parties = frames["commitment_parties"][frames["commitment_parties"]["commitment_id"].isin(undersea["commitment_id"])]
    rows = with_evidence[["commitment_id", "source", "paragraph", "label"]].drop_duplicates().merge(all_parties, on="commitment_id")
    first = sorted(
        (r.commitment_id, r.party, r.source, int(r.paragraph), None if _none(r.label) is None else str(r.label)) for r in rows.itertuples()
    )
    latvian = frames["commitment_parties"].merge(frames["commitment_domains"], on="commitment_id")
    latvian = latvian[(latvian["party"] == "latvia") & (latvian["domain"] == "ukraine")]
    amounts = frames["commitments"][
        frames["commitments"]["id"].isin(latvian["commitment_id"]) & frames["commitments"]["amount_value"].notna()
    ]
    second = sorted((r.id, r.kind, float(r.amount_value), r.amount_unit, r.amount_qualifier) for r in amounts.itertuples())
    hosts = frames["deployment_hosts"]
    to_lithuania = frames["deployments"][
        frames["deployments"]["id"].isin(hosts[hosts["host"] == "lithuania"]["deployment_id"])
        & (frames["deployments"]["status"] == "planned")
    ]
    third = sorted(
        (r.id, None if _none(r.size_value) is None else float(r.size_value), None if _none(r.start) is None else str(r.start))
        for r in to_lithuania.itertuples()
    )
    return first, second, third


def built() -> bs.Dataset:
    """A small dataset made here, with located and unlocated facts."""
    report = bs.SourceDocument(
        id="field-report",
        title="Field report",
        kind=bs.SourceKind.OTHER,
        published=bs.PartialDate(2025, 5),
        reliability=bs.Reliability.B,
        reliability_note="Written for these tests.",
        sha256="0" * 64,
        paragraphs=4,
    )
    cite = (bs.Evidence(source="field-report", paragraph=2, label="2", credibility=bs.Credibility.PROBABLY_TRUE),)
    tapa = bs.Place(name="Tapa", lat=59.26, lon=25.96)
    return bs.Dataset(
        allies=[
            bs.Ally(
                id=name.lower(),
                name=name,
                official_name=f"Republic of {name}",
                iso2=iso2,
                iso3=iso3,
                iso_numeric=numeric,
                joined_nato=_dt.date(2004, 3, 29),
                baltic=True,
            )
            for name, iso2, iso3, numeric in (
                ("Estonia", "EE", "EST", "233"),
                ("Latvia", "LV", "LVA", "428"),
                ("Lithuania", "LT", "LTU", "440"),
            )
        ],
        actors=[
            bs.Actor(id="nato", name="NATO", kind=bs.ActorKind.ORGANISATION, members=("estonia", "latvia", "lithuania")),
            bs.Actor(
                id="ukraine", name="Ukraine", kind=bs.ActorKind.STATE, official_name="Ukraine", iso2="UA", iso3="UKR", iso_numeric="804"
            ),
        ],
        sources=[report],
        commitments=[
            bs.Commitment(
                id="baltic-cables",
                summary="Estonia and Latvia will guard the cables under the Baltic Sea together.",
                parties=("estonia", "latvia"),
                domains=(bs.Domain.UNDERSEA, bs.Domain.MARITIME),
                kind=bs.CommitmentKind.PLEDGE,
                evidence=(
                    *cite,
                    bs.Evidence(source="field-report", paragraph=3, credibility=bs.Credibility.POSSIBLY_TRUE, about=("summary",)),
                ),
            ),
            bs.Commitment(
                id="lv-ukraine-aid",
                summary="Latvia gives Ukraine 0.3% of its GDP a year.",
                parties=("latvia",),
                domains=(bs.Domain.UKRAINE,),
                kind=bs.CommitmentKind.TARGET,
                evidence=cite,
                amount=bs.Quantity(value=0.3, unit=bs.Unit.PERCENT_GDP),
                beneficiary="ukraine",
            ),
            bs.Commitment(
                id="ee-spending",
                summary="Estonia aims to spend at least 3.7% of GDP on defence.",
                parties=("estonia",),
                domains=(bs.Domain.SPENDING,),
                kind=bs.CommitmentKind.TARGET,
                evidence=cite,
                amount=bs.Quantity(value=3.7, unit=bs.Unit.PERCENT_GDP, qualifier=bs.Qualifier.AT_LEAST),
            ),
        ],
        exercises=[
            bs.Exercise(
                id="spring-storm-2025",
                name="Spring Storm 2025",
                evidence=cite,
                start=bs.PartialDate(2025, 5),
                lead="estonia",
                location=tapa,
                participants=(bs.Participant(actor="estonia", assets=("CV90", "Javelin")),),
            )
        ],
        deployments=[
            bs.Deployment(
                id="tapa-battlegroup",
                summary="A NATO battlegroup is based at Tapa.",
                evidence=cite,
                contributors=("nato",),
                hosts=("estonia",),
                location=tapa,
                status=bs.DeploymentStatus.ACTIVE,
                start=bs.PartialDate(2017),
            ),
            bs.Deployment(
                id="amari-air-policing", summary="Allied jets police the air from Ämari.", evidence=cite, location=bs.Place(name="Ämari")
            ),
            bs.Deployment(id="somewhere", summary="Forces somewhere unnamed.", evidence=cite),
            bs.Deployment(
                id="lt-brigade",
                summary="A brigade is to be based in Lithuania.",
                evidence=cite,
                hosts=("lithuania",),
                status=bs.DeploymentStatus.PLANNED,
                size=bs.Quantity(value=5000, unit=bs.Unit.TROOPS, qualifier=bs.Qualifier.ABOUT),
                start=bs.PartialDate(2027),
            ),
        ],
        conflicts=[
            bs.Conflict(
                id="tapa-size",
                topic="How many troops are at Tapa.",
                field="size",
                subject="tapa-battlegroup",
                claims=(
                    bs.Claim(value="1,000", evidence=cite),
                    bs.Claim(
                        value="1,200", evidence=(bs.Evidence(source="field-report", paragraph=4, credibility=bs.Credibility.DOUBTFUL),)
                    ),
                ),
            )
        ],
    )


def tricky() -> bs.Dataset:
    """The built dataset with texts that CSV readers like to mistake for numbers, booleans or nulls."""
    small = built()
    labels = iter(["07", "1.10", "NA", "null", "true", "1e3", " 12 ", "#N/A"])

    def relabel(record: Any) -> Any:
        return attrs.evolve(record, evidence=tuple(attrs.evolve(e, label=next(labels, "0")) for e in record.evidence))

    return rebuilt(
        small,
        version="2026.1.0",
        commitments=[relabel(c) for c in small.records(bs.Commitment)],
        deployments=[
            attrs.evolve(d, unit="NaN", conditions="N/A", location=bs.Place(name="Ādaži", lat=57.07, lon=24.32))
            for d in small.records(bs.Deployment)
        ],
    )


def rebuilt(ds: bs.Dataset, *, version: str | None, **replaced: Any) -> bs.Dataset:
    """``ds`` with another version, and the record lists named replaced."""
    records: dict[str, Any] = {key: ds.records(cls) for key, cls in RECORD_TYPES.items()} | replaced
    return bs.Dataset(version=version, **records)


DATASETS = {"bundled": bs.dataset, "built": built, "tricky": tricky}
#: Tables only the SQLite export has: what its canned queries look spellings up in.
SQL_LOOKUPS = ("vocabulary_keys", "fold_characters")


@pytest.fixture(scope="module", params=sorted(DATASETS))
def ds(request: pytest.FixtureRequest) -> bs.Dataset:
    return DATASETS[request.param]()


@pytest.fixture(scope="module")
def out(ds: bs.Dataset, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every export of ``ds``, written once."""
    folder = tmp_path_factory.mktemp("exports")
    for fmt in export.FORMATS:
        export.write(ds, fmt, folder / f"baltic.{fmt}")
    return folder


# ------------------------------------------------------------------ JSON Schema


def validator() -> jsonschema.protocols.Validator:
    schema = export.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def bundled_files() -> Iterator[Any]:
    for item in sorted(files("baltic_security").joinpath("data").iterdir(), key=lambda t: t.name):
        if item.name.endswith(".json") and item.name != "dataset.json":
            yield item


@pytest.mark.parametrize("item", list(bundled_files()), ids=lambda item: item.name)
def test_bundled_data_files_validate_against_the_schema(item: Any) -> None:
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator().iter_errors(json.loads(item.read_text(encoding="utf-8")))]
    assert errors == []


def test_bundled_data_files_are_all_checked() -> None:
    assert len(list(bundled_files())) >= 3


def test_json_export_validates_and_round_trips(ds: bs.Dataset, out: Path) -> None:
    data = json.loads((out / "baltic.json").read_text(encoding="utf-8"))
    assert list(validator().iter_errors(data)) == []
    loaded = bs.load(out / "baltic.json")
    assert list(loaded) == list(ds)
    assert loaded.version == ds.version
    assert data.get("version") == ds.version


def test_json_export_of_the_bundled_data_keeps_its_version(tmp_path: Path) -> None:
    file = export.write_json(bs.dataset(), tmp_path / "baltic.json")
    assert bs.dataset().version
    assert next(iter(json.loads(file.read_text(encoding="utf-8")))) == "version"
    assert bs.load(file).version == bs.dataset().version


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ds=datasets(max_facts=3), version=st.none() | st.text(min_size=1, max_size=12))
def test_json_export_then_load_gives_an_equal_dataset_with_its_version(ds: bs.Dataset, version: str | None) -> None:
    ds = rebuilt(ds, version=version)
    with tempfile.TemporaryDirectory() as folder:
        loaded = bs.load(export.write_json(ds, Path(folder) / "data.json"))
    assert list(loaded) == list(ds)
    assert loaded.version == version


def _write(folder: Path, name: str, data: Any) -> Path:
    path = folder / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_loader_reads_the_version_of_files_and_folders(tmp_path: Path) -> None:
    data = export.to_data(bs.dataset())
    whole = _write(tmp_path, "whole.json", data)
    version = bs.dataset().version
    assert version
    assert bs.load(whole).version == version
    # Split across a folder: every file that states a version states the same one.
    folder = tmp_path / "split"
    folder.mkdir()
    _write(folder, "a.json", {"version": version, "allies": data["allies"], "actors": data["actors"], "sources": data["sources"]})
    _write(folder, "b.json", {k: v for k, v in data.items() if k not in ("allies", "actors", "sources")})
    assert bs.load(folder).version == version
    _write(folder, "dataset.json", {"version": version, "files": ["a.json", "b.json"]})
    assert bs.load(folder).version == version
    # Merged into a base, the result keeps the base's version.
    mine = _write(tmp_path, "mine.json", {"version": "1.0", "commitments": []})
    assert bs.load(mine, base=bs.dataset()).version == bs.dataset().version
    assert bs.load(mine).version == "1.0"


@pytest.mark.parametrize(
    ("files", "manifest", "expected"),
    [
        ({"a.json": {"version": 2026}}, None, ["a.json: $.version: expected a string such as '2026.11.0', found number 2026"]),
        ({"a.json": {"version": None}}, None, ["a.json: $.version: expected a string such as '2026.11.0', found null"]),
        (
            {"a.json": {"version": "1"}, "b.json": {"version": "2"}},
            None,
            ["b.json: $.version: expected the version '1' that {folder}/a.json states, found '2'"],
        ),
        (
            {"a.json": {"version": "1"}, "b.json": {}},
            {"version": "2", "files": ["a.json", "b.json"]},
            ["a.json: $.version: expected the version '2' that the dataset.json manifest states, found '1'"],
        ),
    ],
)
def test_loader_refuses_a_version_that_is_not_one_string(
    tmp_path: Path, files: dict[str, Any], manifest: dict[str, Any] | None, expected: list[str]
) -> None:
    for name, data in files.items():
        _write(tmp_path, name, data)
    if manifest is not None:
        _write(tmp_path, "dataset.json", manifest)
    with pytest.raises(bs.DataError) as caught:
        bs.load(tmp_path)
    found = [str(problem).replace(str(tmp_path) + "/", "") for problem in caught.value.problems]
    assert found == [e.replace("{folder}/", "") for e in expected]


def test_schema_export_is_the_generated_schema(out: Path) -> None:
    assert json.loads((out / "baltic.schema").read_text(encoding="utf-8")) == export.json_schema()


def _commitment() -> dict[str, Any]:
    data: dict[str, Any] = bs.unstructure(bs.get("bdc-2025-spending-3pct-gdp"))
    return data


def _mutate(key: str, path: tuple[Any, ...], value: Any) -> tuple[str, dict[str, Any]]:
    data: dict[str, Any] = {
        "commitments": [_commitment()],
        "allies": [bs.unstructure(bs.get("estonia"))],
        "conflicts": [bs.unstructure(bs.conflicts()[0])],
        "deployments": [bs.unstructure(bs.get("nato-2021-adazi-battlegroup"))],
    }
    data = {key: copy.deepcopy(data[key])}
    target: Any = data[key][0]
    for step in path[:-1]:
        target = target[step]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return key, data


MUTATIONS = {
    "paragraph 0": ("commitments", ("evidence", 0, "paragraph"), 0),
    "credibility 7": ("commitments", ("evidence", 0, "credibility"), 7),
    "credibility as text": ("commitments", ("evidence", 0, "credibility"), "1"),
    "no evidence": ("commitments", ("evidence",), []),
    "no parties": ("commitments", ("parties",), []),
    "duplicate domain": ("commitments", ("domains",), ["spending", "spending"]),
    "unknown domain": ("commitments", ("domains",), ["undersee"]),
    "id not a slug": ("commitments", ("id",), "Spending 3%"),
    "reference not a slug": ("commitments", ("parties",), ["Estonia"]),
    "blank summary": ("commitments", ("summary",), "   "),
    "unknown key": ("commitments", ("extra",), 1),
    "missing kind": ("commitments", ("kind",), KeyError),
    "month 13": ("commitments", ("made_on",), "2025-13"),
    "written date": ("commitments", ("made_on",), "June 2025"),
    "negative amount": ("commitments", ("amount",), {"value": -1, "unit": "troops", "qualifier": "exact"}),
    "one claim": ("conflicts", ("claims",), [{"value": "x", "evidence": [{"source": "s", "paragraph": 1, "credibility": 1}]}]),
    "impossible full date": ("allies", ("joined_nato",), "2004-02-30"),
    "partial full date": ("allies", ("joined_nato",), "2004"),
    "lowercase iso2": ("allies", ("iso2",), "ee"),
    "latitude 91": ("deployments", ("location", "lat"), 91.0),
    "boolean as number": ("allies", ("baltic",), 1),
}


@pytest.mark.parametrize("mutation", list(MUTATIONS))
def test_schema_rejects_what_the_model_rejects(mutation: str) -> None:
    key, data = _mutate(*MUTATIONS[mutation])
    assert not validator().is_valid(data), f"the schema accepts {mutation}"
    with pytest.raises(bs.DataError):
        bs.structure(data[key][0], RECORD_TYPES[key])


def test_schema_accepts_only_the_required_fields() -> None:
    minimal = {
        "id": "ee-pledge",
        "summary": "Estonia pledged something.",
        "parties": ["estonia"],
        "domains": ["land"],
        "kind": "pledge",
        "evidence": [{"source": "bdc-communique-2025-01-23", "paragraph": 3, "credibility": 2}],
    }
    assert validator().is_valid({"commitments": [minimal]})
    assert bs.structure(minimal, bs.Commitment).status is bs.CommitmentStatus.UNKNOWN
    for key in minimal:
        assert not validator().is_valid({"commitments": [{k: v for k, v in minimal.items() if k != key}]}), key


def test_schema_shapes() -> None:
    schema = export.json_schema()
    defs = schema["$defs"]
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert set(schema["properties"]) == {"version", *RECORD_TYPES}
    assert defs["Evidence"]["properties"]["paragraph"]["minimum"] == 1
    assert defs["Credibility"] == {**defs["Credibility"], "type": "integer", "enum": [1, 2, 3, 4, 5, 6]}
    assert defs["Ally"]["properties"]["joined_nato"]["format"] == "date"
    assert defs["Domain"]["anyOf"][0]["enum"] == [d.value for d in bs.Domain]
    for name, definition in defs.items():
        if definition.get("type") == "object":
            assert definition["additionalProperties"] is False, name
            for field, prop in definition["properties"].items():
                if prop.get("type") == "array":
                    assert prop["uniqueItems"] is True, (name, field)


# ------------------------------------------------------------------ CSV and Frictionless


def test_csv_datapackage_is_valid_for_frictionless(out: Path) -> None:
    report = frictionless.validate(str(out / "baltic.csv" / "datapackage.json"))
    assert report.flatten(["type", "note"]) == []
    assert report.valid


def test_frictionless_checks_the_declared_foreign_keys(out: Path, tmp_path: Path) -> None:
    copy_of = shutil.copytree(out / "baltic.csv", tmp_path / "csv")
    with (copy_of / "evidence.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    rows[0]["source"] = "no-such-source"
    with (copy_of / "evidence.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    report = frictionless.validate(str(copy_of / "datapackage.json"))
    assert not report.valid
    assert [kind for kind, _ in report.flatten(["type", "note"])] == ["foreign-key"]


def test_csv_tables_load_in_pandas_with_the_dataset_row_counts(ds: bs.Dataset, out: Path) -> None:
    package = json.loads((out / "baltic.csv" / "datapackage.json").read_text(encoding="utf-8"))
    frames = {r["name"]: pd.read_csv(out / "baltic.csv" / r["path"], dtype=str) for r in package["resources"]}
    assert {name: len(frame) for name, frame in frames.items()} == expected_rows(ds)
    for resource in package["resources"]:
        assert list(frames[resource["name"]].columns) == [f["name"] for f in resource["schema"]["fields"]]
    typed = {
        name: frame.astype({c: "float" for c in ("paragraph", "amount_value", "size_value") if c in frame.columns})
        for name, frame in frames.items()
    }
    assert answers_from_frames(typed) == readme_answers(ds)


def test_datapackage_names_licence_and_sources(ds: bs.Dataset, out: Path) -> None:
    package = json.loads((out / "baltic.csv" / "datapackage.json").read_text(encoding="utf-8"))
    assert package["licenses"][0]["name"] == "CC-BY-4.0"
    assert "MIT" in package["description"]
    assert len(package["sources"]) == len(ds.records(bs.SourceDocument))
    evidence = next(r for r in package["resources"] if r["name"] == "evidence")["schema"]
    assert {"fields": ["source"], "reference": {"resource": "sources", "fields": ["id"]}} in evidence["foreignKeys"]


# The pandas recipes of docs/exports.md, run as the page shows them.

EXPORTS_PAGE = Path(__file__).resolve().parents[1] / "docs" / "exports.md"


def recipe_blocks() -> list[str]:
    """The ``python`` blocks of the page's "In pandas" section, in order."""
    page = EXPORTS_PAGE.read_text(encoding="utf-8")
    section = page.split("\n### In pandas\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^```python\n(.*?)^```$", section, flags=re.MULTILINE | re.DOTALL)


def run_recipe(code: str, folder: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Run a recipe in the folder that holds the page's ``baltic-csv`` export; return its names."""
    namespace: dict[str, Any] = {"__name__": "recipe"}
    with monkeypatch.context() as patch:
        patch.chdir(folder)
        exec(compile(code, str(EXPORTS_PAGE), "exec"), namespace)  # noqa: S102  # the documented recipe itself is under test
    return namespace


def _missing(value: Any) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value))


def cell_problems(frame: pd.DataFrame, table: export.Table, *, as_text: bool) -> list[str]:
    """Every cell of ``frame`` that differs from the table's value (or, ``as_text``, from its CSV text)."""
    problems = [f"columns {list(frame.columns)}"] if list(frame.columns) != [c.name for c in table.columns] else []
    if len(frame) != len(table.rows):
        return [*problems, f"{len(frame)} rows, expected {len(table.rows)}"]
    for index, row in enumerate(table.rows):
        for column, value in zip(table.columns, row, strict=True):
            got, expected = frame[column.name].iloc[index], value
            if as_text:
                expected = None if value is None else _tables._cell(value)
            elif column.type == "date" and not _missing(got):
                got = got.date().isoformat()
            elif column.type == "array":
                expected = list(value)
            if _missing(expected) and _missing(got):
                continue
            same = (
                not _missing(got)
                and got == expected
                and (as_text or column.type in ("date", "array") or type(got) is type(expected) or isinstance(expected, (int, float)))
            )
            if not same:
                problems.append(f"{table.name}[{index}].{column.name}: {got!r}, expected {expected!r}")
    return problems


@pytest.fixture(scope="module")
def recipes() -> list[str]:
    found = recipe_blocks()
    assert len(found) == 2, "the page shows a text recipe and a typed one"
    return found


@pytest.mark.parametrize("bom", [False, True], ids=["utf-8", "bom"])
def test_the_documented_pandas_recipes_read_every_cell_as_the_dataset_has_it(
    ds: bs.Dataset, recipes: list[str], bom: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export.write_csv(ds, tmp_path / "baltic-csv", bom=bom)
    tables = export.to_tables(ds)
    as_text = run_recipe(recipes[0], tmp_path, monkeypatch)
    assert cell_problems(as_text["deployments"], tables["deployments"], as_text=True) == []
    typed = run_recipe(recipes[1], tmp_path, monkeypatch)
    assert cell_problems(typed["deployments"], tables["deployments"], as_text=False) == []
    for name, table in tables.items():
        assert cell_problems(typed["read_table"](tmp_path / "baltic-csv", name), table, as_text=False) == [], name


def test_the_naive_read_csv_is_what_the_recipes_fix(tmp_path: Path) -> None:
    # The comparison can fail: plain read_csv loses what the recipes keep.
    export.write_csv(tricky(), tmp_path)
    tables = export.to_tables(tricky())
    problems = cell_problems(pd.read_csv(tmp_path / "evidence.csv"), tables["evidence"], as_text=False)
    assert any("label" in p for p in problems)
    problems = cell_problems(pd.read_csv(tmp_path / "deployments.csv"), tables["deployments"], as_text=False)
    assert any(".start:" in p and "2017.0" in p for p in problems)
    assert any(".conditions:" in p and "nan" in p for p in problems)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(ds=datasets(max_facts=3), bom=st.booleans())
def test_the_typed_recipe_reads_any_dataset_back(ds: bs.Dataset, bom: bool, recipes: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    with tempfile.TemporaryDirectory() as folder:
        export.write_csv(ds, Path(folder) / "baltic-csv", bom=bom)
        read_table = run_recipe(recipes[1], Path(folder), monkeypatch)["read_table"]
        for name, table in export.to_tables(ds).items():
            assert cell_problems(read_table(Path(folder) / "baltic-csv", name), table, as_text=False) == [], name


def test_csv_with_a_bom_reads_the_same_in_frictionless_and_the_csv_module(tmp_path: Path) -> None:
    plain = export.write_csv(tricky(), tmp_path / "plain")
    marked = export.write_csv(tricky(), tmp_path / "marked", bom=True)
    package = json.loads((marked / "datapackage.json").read_text(encoding="utf-8"))
    assert {r["encoding"] for r in package["resources"]} == {"utf-8-sig"}
    for resource in package["resources"]:
        data = (marked / resource["path"]).read_bytes()
        assert data.startswith(codecs.BOM_UTF8)
        assert data[len(codecs.BOM_UTF8) :] == (plain / resource["path"]).read_bytes()
    report = frictionless.validate(str(marked / "datapackage.json"))
    assert report.valid, report.flatten(["type", "note"])

    def rows(folder: Path) -> dict[str, list[dict[str, Any]]]:
        resources: list[Any] = frictionless.Package(str(folder / "datapackage.json")).resources
        return {r.name: [row.to_dict() for row in r.read_rows()] for r in resources}

    read = rows(marked)
    assert read == rows(plain)
    assert read["deployments"][0]["location_name"] == "Ādaži"
    with (marked / "deployments.csv").open(encoding=package["resources"][0]["encoding"], newline="") as fh:
        assert next(csv.reader(fh))[0] == "id"


# ------------------------------------------------------------------ SQLite and Datasette


def _query(db: Path, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def test_sqlite_has_clean_foreign_keys_and_the_dataset_row_counts(ds: bs.Dataset, out: Path) -> None:
    db = out / "baltic.sqlite"
    assert _query(db, "PRAGMA foreign_key_check") == []
    tables = {name for (name,) in _query(db, "SELECT name FROM sqlite_master WHERE type = 'table'")} - set(SQL_LOOKUPS)
    assert tables == set(expected_rows(ds))
    assert {name: _query(db, f'SELECT count(*) FROM "{name}"')[0][0] for name in tables} == expected_rows(ds)  # noqa: S608
    declared = {(name, row[2]) for name in tables for row in _query(db, f'PRAGMA foreign_key_list("{name}")')}
    assert {
        ("commitment_parties", "parties"),
        ("deployment_hosts", "parties"),
        ("evidence", "sources"),
        ("commitment_domains", "commitments"),
    } <= declared


def test_sqlite_enforces_the_model(out: Path, tmp_path: Path) -> None:
    db = shutil.copy(out / "baltic.sqlite", tmp_path / "copy.db")
    con = sqlite3.connect(db)
    try:
        con.execute("PRAGMA foreign_keys = ON")
        with pytest.raises(sqlite3.IntegrityError):
            con.execute("INSERT INTO commitment_parties VALUES ((SELECT id FROM commitments LIMIT 1), 99, 'atlantis')")
        with pytest.raises(sqlite3.IntegrityError):
            con.execute("UPDATE evidence SET credibility = 7")
    finally:
        con.close()


def test_sqlite_joins_answer_the_readme_questions(ds: bs.Dataset, out: Path) -> None:
    db = out / "baltic.sqlite"
    undersea = _query(
        db,
        """SELECT DISTINCT c.id, all_parties.party, e.source, e.paragraph, e.label
           FROM commitments c
           JOIN commitment_parties p ON p.commitment_id = c.id AND p.party = 'estonia'
           JOIN commitment_domains d ON d.commitment_id = c.id AND d.domain = 'undersea'
           JOIN commitment_parties all_parties ON all_parties.commitment_id = c.id
           JOIN evidence e ON e.record_id = c.id""",
    )
    latvia = _query(
        db,
        """SELECT c.id, c.kind, c.amount_value, c.amount_unit, c.amount_qualifier
           FROM commitments c
           JOIN commitment_parties p ON p.commitment_id = c.id AND p.party = 'latvia'
           JOIN commitment_domains d ON d.commitment_id = c.id AND d.domain = 'ukraine'
           WHERE c.amount_value IS NOT NULL""",
    )
    lithuania = _query(
        db,
        """SELECT d.id, d.size_value, d.start FROM deployments d
           JOIN deployment_hosts h ON h.deployment_id = d.id AND h.host = 'lithuania'
           WHERE d.status = 'planned'""",
    )
    assert (sorted(undersea), sorted(latvia), sorted(lithuania)) == readme_answers(ds)


def test_sqlite_answers_match_the_readme_text() -> None:
    undersea, latvia, lithuania = readme_answers(bs.dataset())
    assert ("bdc-2025-undersea-infrastructure-protection", "estonia", "bdc-communique-2025-01-23", 20, "14") in undersea
    assert [(kind, value, unit) for _, kind, value, unit, _ in latvia] == [("target", 0.25, "percent-gdp")]
    assert ("agg-2023-germany-brigade-lithuania", 4000.0, "2026") in lithuania


def test_datasette_serves_the_database_with_its_metadata(ds: bs.Dataset, out: Path) -> None:
    metadata = json.loads((out / "metadata.json").read_text(encoding="utf-8"))
    assert metadata["license"] == "CC BY 4.0"
    assert "MIT" in metadata["description"]
    assert "not included" in metadata["description"]
    assert all(s.title in metadata["description"] for s in ds.records(bs.SourceDocument))

    async def fetch() -> tuple[Any, ...]:
        app = Datasette([str(out / "baltic.sqlite")], metadata=metadata)
        table = await app.client.get("/baltic/commitments.json?_shape=array&_size=max")
        count = await app.client.get("/baltic.json?_shape=array&sql=select+count(*)+as+n+from+evidence")
        canned = await app.client.get("/baltic/deployments_to_host.json?_shape=array&host=Lithuania&status=planned")
        served = await app.client.get("/-/metadata.json")
        return table, count, canned, served

    table, count, canned, served = asyncio.run(fetch())
    assert table.status_code == 200
    assert sorted(row["id"] for row in table.json()) == sorted(c.id for c in ds.records(bs.Commitment))
    assert count.json() == [{"n": expected_rows(ds)["evidence"]}]
    assert canned.status_code == 200
    assert sorted(row["id"] for row in canned.json()) == sorted(d.id for d in ds.deployments(host="Lithuania", status="planned"))
    assert served.json()["title"] == "Baltic security"


def test_datasette_canned_query_finds_the_undersea_paragraph() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = export.write_sqlite(bs.dataset(), Path(folder) / "baltic.db")
        metadata = json.loads((Path(folder) / "metadata.json").read_text(encoding="utf-8"))

        async def fetch() -> Any:
            app = Datasette([str(db)], metadata=metadata)
            return await app.client.get("/baltic/commitments_by_party.json?_shape=array&party=EE&domain=undersea")

        rows = asyncio.run(fetch()).json()
    expected = [(c.id, e.paragraph, e.label) for c in bs.commitments(by="EE", domain="undersea") for e in c.evidence]
    assert [(r["id"], r["paragraph"], r["label"]) for r in rows] == expected
    assert expected


# Spellings: the canned queries accept what the Python API accepts.


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple):
        return [v for v in value if isinstance(v, str)]
    return []


def party_spellings(ds: bs.Dataset) -> dict[str, str]:
    """Every text field of every ally and actor that ``ds.party`` resolves to that party, and the party's id."""
    found = {}
    parties: list[bs.Ally | bs.Actor] = [*ds.records(bs.Ally), *ds.records(bs.Actor)]
    for party in parties:
        for field in attrs.fields(type(party)):
            for text in _strings(getattr(party, field.name)):
                try:
                    named = ds.party(text)
                except bs.UnknownPartyError:
                    continue
                if named is party:
                    found[text] = party.id
    return found


def test_party_keys_are_every_spelling_the_api_accepts_folded(ds: bs.Dataset) -> None:
    rows = export.to_tables(ds)["party_keys"].rows
    keys = dict(rows)
    assert len(keys) == len(rows)
    for key, party in rows:
        assert party_key(key) == key
        assert ds.party(key).id == party
    spellings = party_spellings(ds)
    assert {party_key(text): party for text, party in spellings.items()} == keys
    if ds is bs.dataset():
        assert {"eesti", "estonian", "est", "ee", "estonia"} <= {k for k, p in rows if p == "estonia"}


@pytest.fixture(scope="module")
def bundled_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return export.write_sqlite(bs.dataset(), tmp_path_factory.mktemp("sql") / "baltic.db")


def _lookup_sql(template: str, *, party: bool = False, **names: str) -> str:
    folded = _sqlite._with_folded(party="text") if party else _sqlite._with_folded("text")
    return folded + " SELECT " + _sqlite._fill(template, param="text", **names)


def sql_party(db: Path, text: str) -> str | None:
    found = _query(db, _lookup_sql(_sqlite._PARTY_OF, party=True), text)
    return found[0][0] if found else None


def sql_domain(db: Path, text: str) -> str | None:
    found = _query(db, _lookup_sql(_sqlite._VALUE_OF, vocabulary="Domain"), text)
    return found[0][0] if found else None


def api_party(text: str) -> str | None:
    try:
        return bs.party(text).id
    except bs.UnknownPartyError:
        return None


def api_domain(text: str) -> str | None:
    try:
        return bs.Domain(text).value
    except ValueError:
        return None


@st.composite
def respelled(draw: st.DrawFn, words: list[str]) -> str:
    """One of ``words`` as a user might type it: any case, accents added or dropped, white space around and between."""
    word = draw(st.sampled_from(words))
    if draw(st.booleans()):
        word = unicodedata.normalize(draw(st.sampled_from(["NFC", "NFD", "NFKD"])), word)
    letters = []
    for original in word:
        character = draw(st.sampled_from([original, original.upper(), original.lower()]))
        letters.append(character)
        if character.isalpha() and draw(st.integers(0, 5)) == 0:
            letters.append(draw(st.sampled_from(["\u0301", "\u0308", "\u030c", "\u0327"])))
        if character == " " and draw(st.booleans()):
            letters.append(draw(st.sampled_from([" ", "\t", "\u00a0", "\u2003"])))
    space = st.sampled_from(["", " ", "  ", "\t", "\u00a0", "\n"])
    return draw(space) + "".join(letters) + draw(space)


PARTY_WORDS = sorted(party_spellings(bs.dataset()))
DOMAIN_WORDS = sorted({*(str(d.value) for d in bs.Domain), *(d.name for d in bs.Domain), *vocab.ALIASES[bs.Domain]})


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=respelled(PARTY_WORDS)
    | st.text(max_size=12)
    | st.sampled_from(["Türkiye", "TURKIYE", "t\u00fcrk\u0131ye", "Ämari", "Eesti", "Estonai"])
)
def test_sql_finds_the_party_the_api_finds_for_any_text(bundled_db: Path, text: str) -> None:
    assert sql_party(bundled_db, text) == api_party(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=respelled(DOMAIN_WORDS) | st.text(max_size=12))
def test_sql_finds_the_domain_the_api_finds_for_any_text(bundled_db: Path, text: str) -> None:
    assert sql_domain(bundled_db, text) == api_domain(text)


def test_the_fold_changes_no_character_beyond_the_ones_sqlite_is_told_of() -> None:
    # fold_characters is built from the code points below _FOLD_LIMIT; every one above must fold to itself.
    above = "".join(chr(point) for point in range(_tables._FOLD_LIMIT, sys.maxunicode + 1))
    assert fold(above) == above


CANNED = [
    ("commitments_by_party", {"party": party, "domain": domain}, lambda p=party, d=domain: bs.commitments(by=p, domain=d))
    for party in ["Eesti", "Estonian", "EST", "ee", "  ESTONIA ", "Éstonia", "E\u0301STONIA", "Estonai", "Latvija", "LV"]
    for domain in ["undersea", "Subsea", "UNDERWATER", "ukraine", "undersee"]
] + [
    ("deployments_to_host", {"host": host, "status": status}, lambda h=host, s=status: bs.deployments(host=h, status=s))
    for host in ["Lietuva", "LTU", "Lithuanian", "lithuania", "Lithuaina"]
    for status in ["planned", "Planned", "PLANNED", "active", "planed"]
]


def test_datasette_canned_queries_accept_what_the_api_accepts(bundled_db: Path) -> None:
    metadata = json.loads((bundled_db.parent / "metadata.json").read_text(encoding="utf-8"))

    async def fetch() -> list[Any]:
        app = Datasette([str(bundled_db)], metadata=metadata)
        return [await app.client.get(f"/baltic/{query}.json", params={**params, "_shape": "array"}) for query, params, _ in CANNED]

    found = 0
    for (query, params, api), response in zip(CANNED, asyncio.run(fetch()), strict=True):
        assert response.status_code == 200, (query, params, response.text)
        try:
            expected = sorted({r.id for r in api()})
        except bs.BalticSecurityError:  # an unknown name: the API refuses it, the query finds nothing
            expected = []
        assert sorted({row["id"] for row in response.json()}) == expected, (query, params)
        found += bool(expected)
    assert found >= 20, "most spellings find something"


def test_datasette_hides_the_fold_table_and_describes_the_lookups(bundled_db: Path) -> None:
    metadata = json.loads((bundled_db.parent / "metadata.json").read_text(encoding="utf-8"))
    tables = metadata["databases"]["baltic"]["tables"]
    assert tables["fold_characters"]["hidden"] is True
    assert {"party_keys", "vocabulary_keys"} <= set(tables)
    assert not any(t.get("hidden") for name, t in tables.items() if name != "fold_characters")
    assert _query(bundled_db, "SELECT value FROM vocabulary_keys WHERE vocabulary = 'Domain' AND key = 'subsea'") == [("undersea",)]


# ------------------------------------------------------------------ pandas and Parquet


def test_parquet_files_load_in_pyarrow_with_the_dataset_row_counts(ds: bs.Dataset, out: Path) -> None:
    tables = {p.stem: pq.read_table(p) for p in (out / "baltic.parquet").glob("*.parquet")}
    assert {name: t.num_rows for name, t in tables.items()} == expected_rows(ds)
    assert {(t.schema.metadata or {}).get(b"version") for t in tables.values()} == {ds.version and ds.version.encode()}
    assert tables["allies"].schema.field("joined_nato").type == pa.date32()
    assert tables["allies"].schema.field("baltic").type == pa.bool_()
    assert tables["evidence"].schema.field("about").type == pa.list_(pa.string())
    assert not tables["commitments"].schema.field("kind").nullable
    participants = tables["exercise_participants"].to_pylist()
    assert [(p["exercise_id"], p["actor"], tuple(p["assets"])) for p in participants] == [
        (e.id, p.actor, p.assets) for e in ds.records(bs.Exercise) for p in e.participants
    ]
    frames = {name: t.to_pandas() for name, t in tables.items()}
    assert answers_from_frames(frames) == readme_answers(ds)


def test_to_dataframe_gives_one_frame_per_table(ds: bs.Dataset) -> None:
    counts = expected_rows(ds)
    frames = {name: export.to_dataframe(ds, name) for name in counts}
    assert {name: len(frame) for name, frame in frames.items()} == counts
    assert len(export.to_dataframe(ds, bs.Commitment)) == counts["commitments"]
    allies = frames["allies"]
    assert str(allies["joined_nato"].dtype).startswith("datetime64")
    assert str(allies["baltic"].dtype) == "boolean"
    assert str(frames["evidence"]["paragraph"].dtype) == "Int64"
    assert answers_from_frames(frames) == readme_answers(ds)


def test_to_dataframe_rejects_an_unknown_table() -> None:
    with pytest.raises(bs.UnknownValueError, match="did you mean 'commitments'"):
        export.to_dataframe(bs.dataset(), "comitments")


@pytest.mark.parametrize(("module", "extra", "call"), [("pandas", "pandas", "dataframe"), ("pyarrow", "parquet", "parquet")])
def test_missing_extra_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, module: str, extra: str, call: str) -> None:
    monkeypatch.setitem(sys.modules, module, None)
    calls: dict[str, Callable[[], object]] = {
        "dataframe": lambda: export.to_dataframe(bs.dataset(), "allies"),
        "parquet": lambda: export.write_parquet(bs.dataset(), tmp_path),
    }
    with pytest.raises(bs.MissingExtraError, match=rf"baltic-security\[{extra}\]"):
        calls[call]()


# ------------------------------------------------------------------ GeoJSON


def test_geojson_features_are_the_located_facts(ds: bs.Dataset, out: Path) -> None:
    collection = json.loads((out / "baltic.geojson").read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    located: dict[str, bs.Exercise | bs.Deployment] = {}
    facts: list[bs.Exercise | bs.Deployment] = [*ds.records(bs.Exercise), *ds.records(bs.Deployment)]
    for fact in facts:
        if fact.location is not None and fact.location.lat is not None:
            located[fact.id] = fact
    assert located
    assert {f["id"] for f in collection["features"]} == set(located)
    for feature in collection["features"]:
        record = located[feature["id"]]
        assert ds.get(feature["id"]) is record
        assert record.location is not None
        assert feature["type"] == "Feature"
        assert feature["geometry"] == {"type": "Point", "coordinates": [record.location.lon, record.location.lat]}
        assert -180 <= feature["geometry"]["coordinates"][0] <= 180
        assert -90 <= feature["geometry"]["coordinates"][1] <= 90
        properties = feature["properties"]
        assert properties["id"] == record.id
        assert properties["type"] == type(record).__name__.lower()
        assert properties["location"] == record.location.name
        assert len(properties["citations"]) == len(record.evidence)
        assert all(ds.get(e.source, bs.SourceDocument).title in c for e, c in zip(record.evidence, properties["citations"], strict=True))


def test_geojson_of_the_bundled_data_resolves_by_bs_get() -> None:
    features = export.to_geojson(bs.dataset())["features"]
    assert [bs.get(f["id"]).id for f in features] == [f["id"] for f in features]
    adazi = next(f for f in features if f["id"] == "nato-2021-adazi-battlegroup")
    lon, lat = adazi["geometry"]["coordinates"]
    place = bs.get("nato-2021-adazi-battlegroup", bs.Deployment).location
    assert place is not None
    assert (lon, lat) == (place.lon, place.lat)
    assert lon < lat  # Ādaži lies at about 57°N 24°E: longitude comes first


def test_geojson_of_a_built_dataset() -> None:
    features = export.to_geojson(built())["features"]
    assert sorted(f["id"] for f in features) == ["spring-storm-2025", "tapa-battlegroup"]
    storm = next(f for f in features if f["id"] == "spring-storm-2025")
    assert storm["geometry"]["coordinates"] == [25.96, 59.26]
    assert storm["properties"]["name"] == "Spring Storm 2025"
    assert storm["properties"]["citations"] == ["Field report, paragraph 2 (point 2), graded B2"]
    battlegroup = next(f for f in features if f["id"] == "tapa-battlegroup")
    assert (battlegroup["properties"]["status"], battlegroup["properties"]["start"]) == ("active", "2017")


# ------------------------------------------------------------------ derived from the model


def test_every_model_field_has_a_place_in_the_tables(ds: bs.Dataset) -> None:
    tables = export.to_tables(ds)
    for key, cls in RECORD_TYPES.items():
        owner = "".join("_" + c.lower() if c.isupper() else c for c in cls.__name__).lstrip("_")
        columns = [c.name for c in tables[key].columns]
        for field in attrs.fields(cls):
            placed = (
                field.name in columns
                or any(c.startswith(f"{field.name}_") for c in columns)
                or f"{owner}_{field.name}" in tables
                or (field.name in ("evidence", "claims") and "evidence" in tables)
            )
            assert placed, f"{cls.__name__}.{field.name}"
    for table in tables.values():
        names = [c.name for c in table.columns]
        assert len(set(names)) == len(names), table.name
        assert set(table.primary_key) <= set(names)
        for fk in table.foreign_keys:
            assert set(fk.columns) <= set(names)
            assert fk.table in tables
            assert list(tables).index(fk.table) <= list(tables).index(table.name)


def test_write_rejects_an_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(bs.UnknownValueError, match="did you mean 'sqlite'"):
        export.write(bs.dataset(), "sqlite3", tmp_path / "x.db")


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(datasets())
def test_generated_datasets_export_faithfully(ds: bs.Dataset) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = export.write_json(ds, Path(folder) / "data.json")
        assert list(bs.load(path)) == list(ds)
        assert validator().is_valid(json.loads(path.read_text(encoding="utf-8")))
        db = export.write_sqlite(ds, Path(folder) / "data.db")
        assert _query(db, "PRAGMA foreign_key_check") == []
        counts = {name: _query(db, f'SELECT count(*) FROM "{name}"')[0][0] for name in expected_rows(ds)}  # noqa: S608
        assert counts == expected_rows(ds)
        for key, cls in RECORD_TYPES.items():
            assert [row[0] for row in _query(db, f'SELECT id FROM "{key}" ORDER BY rowid')] == [r.id for r in ds.records(cls)]  # noqa: S608


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(datasets())
def test_csv_cells_converted_by_column_type_are_what_every_cell_converted_gives(ds: bs.Dataset) -> None:
    """The CSV export converts only array, boolean and number columns; the text is what converting every cell gives."""

    def text(rows: Iterable[Sequence[Any]]) -> str:
        buffer = io.StringIO()
        csv.writer(buffer).writerows(rows)
        return buffer.getvalue()

    for data in (ds, bs.dataset()):
        for table in to_tables(data).values():
            assert text(_converted_rows(table, _CSV_CELLS)) == text([_cell(v) for v in row] for row in table.rows), table.name


# ------------------------------------------------------------------ which files, and which are replaced


FILE_FORMATS = ("json", "schema", "geojson", "sqlite")
#: The exports that write files beside the one named, or into the folder named.
COMPANION_FORMATS = ("sqlite", "csv", "parquet")


def _target(folder: Path, fmt: str) -> Path:
    return folder / f"out.{fmt}"


def _listing(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_every_export_writes_exactly_the_files_outputs_names(fmt: str, tmp_path: Path) -> None:
    target = _target(tmp_path, fmt)
    written = export.write(bs.dataset(), fmt, target)
    assert written == target
    files = export.outputs(fmt, target)
    assert files[0] == target or files[0].parent == target
    # Nothing else: no temporary file left behind, no file outside the list.
    assert _listing(tmp_path) == set(files)


def test_only_the_companion_formats_write_more_than_the_file_named(tmp_path: Path) -> None:
    assert {fmt for fmt in export.FORMATS if export.outputs(fmt, _target(tmp_path, fmt)) != (_target(tmp_path, fmt),)} == set(
        COMPANION_FORMATS
    )


@pytest.mark.parametrize("fmt", COMPANION_FORMATS)
def test_no_export_replaces_a_file_it_was_not_told_to_replace(fmt: str, tmp_path: Path) -> None:
    target = _target(tmp_path, fmt)
    named, *companions = export.outputs(fmt, target)
    unnamed = companions if fmt in FILE_FORMATS else [named, *companions]
    for file in unnamed:
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text("mine", encoding="utf-8")
    before = _listing(tmp_path)
    with pytest.raises(bs.OverwriteError) as caught:
        export.write(bs.dataset(), fmt, target)
    assert caught.value.paths == tuple(str(f) for f in unnamed)
    assert "force=True" in str(caught.value)
    # Nothing was written: the user's files are as they were, and no new file appeared.
    assert _listing(tmp_path) == before
    assert all(f.read_bytes() == b"mine" for f in unnamed)
    export.write(bs.dataset(), fmt, target, force=True)
    assert all(f.read_bytes() != b"mine" for f in unnamed)
    assert _listing(tmp_path) == set(export.outputs(fmt, target))


@pytest.mark.parametrize("fmt", FILE_FORMATS)
def test_the_file_named_is_replaced_as_a_shell_would(fmt: str, tmp_path: Path) -> None:
    target = _target(tmp_path, fmt)
    target.write_text("old", encoding="utf-8")
    export.write(bs.dataset(), fmt, target)
    assert target.read_bytes() != b"old"


@pytest.mark.parametrize("fmt", [f for f in export.FORMATS if f != "csv"])
def test_a_byte_order_mark_is_for_csv_only(fmt: str, tmp_path: Path) -> None:
    with pytest.raises(bs.UnknownValueError, match="did you mean 'csv'"):
        export.write(bs.dataset(), fmt, _target(tmp_path, fmt), bom=True)
    assert list(tmp_path.iterdir()) == []


def test_a_metadata_file_named_by_the_caller_is_replaced(tmp_path: Path) -> None:
    notes = tmp_path / "notes.json"
    notes.write_text("old", encoding="utf-8")
    (tmp_path / "metadata.json").write_text("mine", encoding="utf-8")
    export.write_sqlite(bs.dataset(), tmp_path / "baltic.db", metadata=notes)
    assert json.loads(notes.read_text(encoding="utf-8"))["title"] == "Baltic security"
    assert (tmp_path / "metadata.json").read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_a_folder_for_a_file_or_a_file_for_a_folder_is_refused(fmt: str, tmp_path: Path) -> None:
    target = _target(tmp_path, fmt)
    if fmt in FILE_FORMATS:
        target.mkdir()
        error: type[OSError] = IsADirectoryError
    else:
        target.write_text("a file", encoding="utf-8")
        error = NotADirectoryError
    with pytest.raises(error, match=f"the {fmt} export"):
        export.write(bs.dataset(), fmt, target)


# ------------------------------------------------------------------ command line


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_cli_export_writes_each_format(run_cli: RunCli, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"baltic.{fmt}"
    code, stdout, err = run_cli("export", fmt, str(target))
    assert (code, stdout) == (0, "")
    assert f"wrote {target}" in err
    counts = expected_rows(bs.dataset())
    if fmt == "json":
        assert len(bs.load(target)) == len(bs.dataset())
    elif fmt == "schema":
        assert json.loads(target.read_text(encoding="utf-8")) == export.json_schema()
    elif fmt == "csv":
        assert frictionless.validate(str(target / "datapackage.json")).valid
    elif fmt == "sqlite":
        assert _query(target, "SELECT count(*) FROM commitments")[0][0] == counts["commitments"]
        assert (tmp_path / "metadata.json").is_file()
    elif fmt == "parquet":
        assert pq.read_table(target / "deployments.parquet").num_rows == counts["deployments"]
    else:
        assert json.loads(target.read_text(encoding="utf-8"))["type"] == "FeatureCollection"


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_cli_export_lists_every_file_it_writes(run_cli: RunCli, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"baltic.{fmt}"
    code, _, err = run_cli("export", fmt, str(target))
    assert code == 0
    assert err.splitlines() == [f"wrote {f}" for f in export.outputs(fmt, target)]
    assert _listing(tmp_path) == set(export.outputs(fmt, target))


def test_cli_export_refuses_to_replace_a_file_it_was_not_named(run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    keep = tmp_path / "keep"
    keep.mkdir()
    (keep / "metadata.json").write_text('{"title": "my own notes"}', encoding="utf-8")
    code, stdout, err = run_cli("export", "sqlite", "keep/x.db")
    assert (code, stdout) == (1, "")
    assert "keep/metadata.json" in err
    assert "--force" in err
    assert "Traceback" not in err
    assert sorted(p.name for p in keep.iterdir()) == ["metadata.json"]
    assert json.loads((keep / "metadata.json").read_text(encoding="utf-8")) == {"title": "my own notes"}
    code, _, err = run_cli("export", "sqlite", "keep/x.db", "--force")
    assert code == 0
    assert err.splitlines() == ["wrote keep/x.db", "replaced keep/metadata.json"]
    assert json.loads((keep / "metadata.json").read_text(encoding="utf-8"))["title"] == "Baltic security"
    # Run again: the database named is replaced, as a shell would; the metadata is not.
    code, _, err = run_cli("export", "sqlite", "keep/x.db")
    assert code == 1
    assert "keep/metadata.json" in err


def test_cli_export_csv_with_a_bom(run_cli: RunCli, tmp_path: Path) -> None:
    code, _, _ = run_cli("export", "csv", str(tmp_path / "excel"), "--bom")
    assert code == 0
    assert (tmp_path / "excel" / "deployments.csv").read_bytes().startswith(codecs.BOM_UTF8 + b"id,")
    assert frictionless.validate(str(tmp_path / "excel" / "datapackage.json")).valid
    code, _, err = run_cli("export", "json", str(tmp_path / "x.json"), "--bom")
    assert code == 2
    assert "--bom" in err
    assert not (tmp_path / "x.json").exists()


def test_cli_export_of_a_user_file_includes_its_records(run_cli: RunCli, tmp_path: Path) -> None:
    mine = tmp_path / "mine.json"
    record = {
        "id": "ee-new-pledge",
        "summary": "Estonia pledged a new air-defence battery.",
        "parties": ["estonia"],
        "domains": ["air-defence"],
        "kind": "pledge",
        "evidence": [{"source": "bdc-communique-2025-01-23", "paragraph": 3, "credibility": 3}],
    }
    mine.write_text(json.dumps({"commitments": [record]}), encoding="utf-8")
    code, _, _ = run_cli("export", "sqlite", str(tmp_path / "mine.db"), "--merge", str(mine))
    assert code == 0
    assert _query(tmp_path / "mine.db", "SELECT party FROM commitment_parties WHERE commitment_id = ?", "ee-new-pledge") == [("estonia",)]


def test_cli_offers_exactly_the_export_formats() -> None:
    subcommands = next(a for a in cli._parser()._actions if isinstance(a, argparse._SubParsersAction))
    formats = next(a for a in subcommands.choices["export"]._actions if a.dest == "export_format")
    assert tuple(formats.choices or ()) == export.FORMATS


def test_cli_schema_prints_the_schema(run_cli: RunCli) -> None:
    code, stdout, err = run_cli("schema")
    assert (code, err) == (0, "")
    assert json.loads(stdout) == export.json_schema()


def test_cli_export_usage_and_failures(run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run_cli("export", "xml", str(tmp_path / "x"))
    assert code == 2
    assert "invalid choice" in err
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    code, stdout, err = run_cli("export", "parquet", str(tmp_path / "p"))
    assert (code, stdout) == (1, "")
    assert "baltic-security[parquet]" in err
    code, _, err = run_cli("export", "json", str(tmp_path / "no" / "such" / "dir" / "x.json"))
    assert code == 1
    assert "Traceback" not in err


@pytest.mark.parametrize("which", ["bundled", "one ally"])
def test_json_export_is_one_record_a_line(tmp_path: Path, which: str) -> None:
    ds = bs.dataset() if which == "bundled" else bs.Dataset(allies=bs.allies()[:1])
    text = export.write_json(ds, tmp_path / "data.json").read_text(encoding="utf-8")
    assert json.loads(text) == export.to_data(ds)
    lines = [json.loads(line.removesuffix(",")) for line in text.splitlines() if line.startswith('{"')]
    assert lines == [bs.unstructure(record) for record in ds]


def test_the_sqlite_file_gets_the_mode_every_other_export_gets(tmp_path: Path) -> None:
    # Built under a temporary name and moved into place: it must not keep a private 0600 mode.
    db = export.write_sqlite(bs.dataset(), tmp_path / "x.db")
    json_file = export.write_json(bs.dataset(), tmp_path / "x.json")
    assert db.stat().st_mode & 0o777 == json_file.stat().st_mode & 0o777
    assert not list(tmp_path.glob("*.partial"))
