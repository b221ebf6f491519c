"""bench/extraction.py scores a folder of texts against a gold dataset file, strict and loose, per type and per genre.

The scorer runs on a corpus made here, with drafts fixed by construction, so
every figure is known before it runs: one draft matches, one names the wrong
parties, one cites the wrong paragraph.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest

import baltic_security as bs
from baltic_security import ingest

ROOT = Path(__file__).resolve().parents[1]
Fact = bs.Commitment | bs.Exercise | bs.Deployment

WIRE = "Ministers meet in Riga\nRIGA - Estonia and Latvia agreed to buy air defence together.\nGermany keeps a brigade in Lithuania.\nExercise Grey Heron began on Monday.\n"
COMMUNIQUE = "Joint statement\n1. Poland will host a new headquarters.\n2. Finland will send two ships to patrol the Gulf.\n"
UNCLAIMED = "A text no gold source names\nSweden will buy ships.\n"


@pytest.fixture(scope="module")
def bench(load_script: Callable[[Path], ModuleType]) -> ModuleType:
    return load_script(ROOT / "bench" / "extraction.py")


def _evidence(source: str, paragraph: int, label: str | None = None) -> dict[str, Any]:
    return {"source": source, "paragraph": paragraph, "label": label, "credibility": 2}


def _source(source_id: str, text: str) -> dict[str, Any]:
    return {
        "id": source_id,
        "title": text.splitlines()[0],
        "kind": "news-article",
        "published": "2024-05-02",
        "reliability": "B",
        "reliability_note": "Written for this test.",
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
        "paragraphs": len(text.splitlines()),
    }


def _commitment(record_id: str, parties: list[str], evidence: dict[str, Any]) -> dict[str, Any]:
    return {"id": record_id, "summary": "Test.", "parties": parties, "domains": ["air"], "kind": "pledge", "evidence": [evidence]}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A corpus part: a wire text (three gold records) and a communiqué (two), plus a text with no gold source."""
    texts = tmp_path / "part" / "texts"
    texts.mkdir(parents=True)
    for name, text in (("01-wire-riga.txt", WIRE), ("02-communique-joint.txt", COMMUNIQUE), ("03-other.txt", UNCLAIMED)):
        (texts / name).write_text(text, encoding="utf-8")
    gold = {
        "sources": [_source("t-wire", WIRE), _source("t-communique", COMMUNIQUE)],
        "commitments": [
            _commitment("t-air-defence", ["estonia", "latvia"], _evidence("t-wire", 2)),
            _commitment("t-headquarters", ["poland"], _evidence("t-communique", 2, "1")),
            _commitment("t-ships", ["finland"], _evidence("t-communique", 3, "2")),
        ],
        "exercises": [{"id": "t-grey-heron", "name": "Grey Heron", "evidence": [_evidence("t-wire", 4)]}],
        "deployments": [
            {
                "id": "t-brigade",
                "summary": "Test.",
                "contributors": ["germany"],
                "hosts": ["lithuania"],
                "evidence": [_evidence("t-wire", 3)],
            }
        ],
    }
    (tmp_path / "part" / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    genres = {"01-wire-riga.txt": "wire", "02-communique-joint.txt": "communique", "03-other.txt": "undated"}
    (tmp_path / "part" / "genres.json").write_text(json.dumps(genres), encoding="utf-8")
    return tmp_path / "part"


def _fixed_drafter(facts: Mapping[str, Callable[[str], Sequence[Fact]]]) -> Callable[[ingest.Document, bs.Dataset], ingest.Drafts]:
    """A drafter that returns, for each text (by its first line), the facts given, citing its draft source."""

    def drafter(document: ingest.Document, dataset: bs.Dataset) -> ingest.Drafts:
        source = ingest.draft_source(document, published=bs.PartialDate(2025))
        made = facts[document.paragraphs[0].text](source.id)
        return ingest.Drafts(
            source=source,
            source_id=source.id,
            published=source.published,
            note="given by the caller",
            commitments=tuple(f for f in made if isinstance(f, bs.Commitment)),
            exercises=tuple(f for f in made if isinstance(f, bs.Exercise)),
            deployments=tuple(f for f in made if isinstance(f, bs.Deployment)),
        )

    return drafter


def _ev(source: str, paragraph: int) -> tuple[bs.Evidence, ...]:
    return (bs.Evidence(source=source, paragraph=paragraph, credibility=bs.Credibility(6)),)


def _c(record_id: str, parties: tuple[str, ...], source: str, paragraph: int) -> bs.Commitment:
    return bs.Commitment(
        id=record_id, summary="d", parties=parties, domains=(bs.Domain.AIR,), kind=bs.CommitmentKind.PLEDGE, evidence=_ev(source, paragraph)
    )


DRAFTS: dict[str, Callable[[str], Sequence[Fact]]] = {
    # the wire text: a match, wrong parties (NATO for Germany), a wrong paragraph (the exercise cited at 2, gold says 4)
    "Ministers meet in Riga": lambda s: (
        _c("d-air", ("latvia", "estonia"), s, 2),
        bs.Deployment(id="d-brigade", summary="d", contributors=("nato",), hosts=("lithuania",), evidence=_ev(s, 3)),
        bs.Exercise(id="d-heron", name="Grey Heron", evidence=_ev(s, 2)),
    ),
    # the communiqué: a match, and wrong parties (Sweden for Finland)
    "Joint statement": lambda s: (_c("d-hq", ("poland",), s, 2), _c("d-ships", ("sweden",), s, 3)),
    # the unclaimed text's drafts are never scored
    "A text no gold source names": lambda s: (_c("d-sweden", ("sweden",), s, 2),),
}


def _evaluate(bench: ModuleType, corpus: Path) -> Any:
    gold = bs.load(corpus / "gold.json", base=bs.dataset())
    genres = bench.read_genres(corpus / "genres.json")
    return bench.evaluate(corpus / "texts", gold, genres=genres, drafter=_fixed_drafter(DRAFTS))


def _figures(row: Any) -> tuple[int, int, int, int]:
    return row.curated, row.found, row.drafts, row.matched


def test_strict_and_loose_per_type(bench: ModuleType, corpus: Path) -> None:
    report = _evaluate(bench, corpus)
    assert report.skipped == ["03-other.txt"]
    assert report.texts == ["01-wire-riga.txt -> t-wire", "02-communique-joint.txt -> t-communique"]
    assert {name: _figures(row) for name, row in report.rows.items()} == {
        "commitments": (3, 2, 3, 2),
        "exercises": (1, 0, 1, 0),
        "deployments": (1, 0, 1, 0),
    }
    assert {name: _figures(row) for name, row in report.loose.items()} == {
        "commitments": (3, 3, 3, 3),
        "exercises": (1, 0, 1, 0),
        "deployments": (1, 1, 1, 1),
    }
    assert (report.overall.recall, report.overall.precision) == (2 / 5, 2 / 5)
    assert (report.loose_overall.recall, report.loose_overall.precision) == (4 / 5, 4 / 5)


def test_strict_and_loose_per_genre(bench: ModuleType, corpus: Path) -> None:
    report = _evaluate(bench, corpus)
    assert {g: _figures(row) for g, row in report.genres.items()} == {"communique": (2, 1, 2, 1), "wire": (3, 1, 3, 1)}
    assert {g: _figures(row) for g, row in report.genres_loose.items()} == {"communique": (2, 2, 2, 2), "wire": (3, 2, 3, 2)}


def test_every_miss_and_wrong_draft_is_listed(bench: ModuleType, corpus: Path) -> None:
    report = _evaluate(bench, corpus)
    assert sorted((m.id, m.paragraphs, m.loose) for m in report.missed) == [
        ("t-brigade", (3,), True),
        ("t-grey-heron", (4,), False),
        ("t-ships", (3,), True),
    ]
    assert sorted((w.type, w.paragraphs, w.drafted, w.gold) for w in report.wrong) == [
        ("commitments", (3,), "sweden", (("t-ships", "finland"),)),
        ("deployments", (3,), "nato -> lithuania", (("t-brigade", "germany -> lithuania"),)),
        ("exercises", (2,), "no parties", ()),
    ]
    lines = [w.line() for w in report.wrong]
    assert "commitments ¶3 (02-communique-joint.txt, communique): drafted sweden; gold here: finland (t-ships)" in lines
    assert "exercises ¶2 (01-wire-riga.txt, wire): drafted no parties; no gold exercise here" in lines


def test_a_record_citing_two_genres_counts_in_each(bench: ModuleType, corpus: Path) -> None:
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    gold["commitments"][0]["evidence"].append(_evidence("t-communique", 3, "2"))  # Estonia and Latvia, also in the communiqué
    (corpus / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    report = _evaluate(bench, corpus)
    assert _figures(report.rows["commitments"]) == (3, 2, 3, 2)  # one record, found through the wire text
    assert {g: _figures(row) for g, row in report.genres.items()} == {"communique": (3, 1, 2, 1), "wire": (3, 1, 3, 1)}


def test_command_line_on_a_corpus_part(bench: ModuleType, corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The real rules draft here, so only the report's shape and counts of gold are asserted."""
    assert bench.main([str(corpus), "--details"]) == 0
    out, err = capsys.readouterr()
    assert "strict, per genre:" in out
    assert "loose (same type and a shared paragraph, parties ignored):" in out
    assert "| communique | 2 |" in out
    assert "| wire | 3 |" in out
    assert "missed gold records (" in out
    assert "03-other.txt" in err
    assert bench.main([str(corpus / "texts"), "--gold", str(corpus / "gold.json"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["scores"]["overall"]["curated"], data["loose"]["overall"]["curated"], data["genres"]) == (5, 5, {})


def test_command_line_errors(bench: ModuleType, corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert bench.main([str(corpus / "missing")]) == 1
    assert "no folder of texts" in capsys.readouterr().err
    (corpus / "genres.json").write_text('["not", "a", "mapping"]', encoding="utf-8")
    assert bench.main([str(corpus)]) == 1
    assert "mapping text file names" in capsys.readouterr().err
    (corpus / "gold.json").write_text('{"sources": [{"id": "x"}]}', encoding="utf-8")
    assert bench.main([str(corpus), "--genres", str(corpus / "absent.json")]) == 1
    assert "gold.json" in capsys.readouterr().err


def test_the_development_part_is_scored_whole(bench: ModuleType) -> None:
    """Every text of the development part finds its gold source, and every gold fact is counted under its type and genre."""
    part = ROOT / "tests" / "ingest_corpus" / "dev"
    texts, gold_path, genres_path = bench.resolve(part, None, None)
    assert (texts, gold_path, genres_path) == (part / "texts", part / "gold.json", part / "genres.json")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    genres = bench.read_genres(genres_path)
    report = bench.evaluate(texts, bs.load(gold_path, base=bs.dataset()), genres=genres)
    assert report.skipped == []
    assert len(report.texts) == len(gold["sources"]) == len(genres)
    assert {name: row.curated for name, row in report.rows.items()} == {
        name: len(gold[name]) for name in ("commitments", "exercises", "deployments")
    }
    assert sum(row.curated for row in report.genres.values()) == report.overall.curated
    assert set(report.genres) == set(genres.values())


@pytest.mark.parametrize(
    ("drafted", "curated", "verdict"),
    [
        ("2024", "2024-05-06", "agree"),  # a year and a day in it agree
        ("2024-05-06", "2024-05", "agree"),
        ("2024-05", "2024-05", "agree"),
        ("2023", "2024-05", "contradict"),
        ("2024-06", "2024-05-06", "contradict"),
        ("2024", None, "drafted only"),
        (None, "2024", "gold only"),
        (None, None, None),
    ],
)
def test_a_date_verdict(bench: ModuleType, drafted: str | None, curated: str | None, verdict: str | None) -> None:
    def parse(text: str | None) -> bs.PartialDate | None:
        return None if text is None else bs.PartialDate.parse(text)

    assert bench.date_verdict(parse(drafted), parse(curated)) == verdict


def test_dates_of_matched_records_are_compared_with_the_gold(bench: ModuleType, corpus: Path) -> None:
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    gold["deployments"][0]["start"] = "2024-05"
    gold["exercises"][0]["start"] = "2024-05-06"
    (corpus / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    drafts = dict(DRAFTS)
    drafts["Ministers meet in Riga"] = lambda s: (
        bs.Deployment(
            id="d-brigade",
            summary="d",
            contributors=("germany",),
            hosts=("lithuania",),
            evidence=_ev(s, 3),
            start=bs.PartialDate(2023),
            end=bs.PartialDate(2026),
        ),
        bs.Exercise(id="d-heron", name="Grey Heron", evidence=_ev(s, 4), start=bs.PartialDate(2024, 5)),
        # a draft that matches nothing is never compared
        bs.Exercise(id="d-other", name="Other", evidence=_ev(s, 2), start=bs.PartialDate(1990)),
    )
    report = bench.evaluate(corpus / "texts", bs.load(corpus / "gold.json", base=bs.dataset()), drafter=_fixed_drafter(drafts))
    assert report.dates == {"agree": 1, "contradict": 1, "drafted only": 1, "gold only": 0}
    assert [(d.id, d.field, d.drafted, d.gold) for d in report.date_mismatches] == [
        ("t-brigade", "start", "2023", "2024-05"),
        ("t-brigade", "end", "2026", None),
    ]
    assert "1 agree, 1 contradict, 1 drafted only, 0 gold only" in report.tables()
    assert report.to_json(details=True)["dates"] == report.dates


@pytest.mark.parametrize(
    ("drafted", "curated", "verdict"),
    [
        (("2", "exact"), ("2", "exact"), "agree"),
        (("2", "at-least"), ("2", "exact"), "contradict"),  # the qualifier is what the source commits to
        (("6", "exact"), ("5", "at-least"), "contradict"),
        (("2", "exact"), None, "drafted only"),
        (None, ("2", "exact"), "gold only"),
        (None, None, None),
    ],
)
def test_an_amount_verdict(
    bench: ModuleType, drafted: tuple[str, str] | None, curated: tuple[str, str] | None, verdict: str | None
) -> None:
    def quantity(value: tuple[str, str] | None) -> bs.Quantity | None:
        if value is None:
            return None
        return bs.Quantity(value=float(value[0]), unit=bs.Unit.PERCENT_GDP, qualifier=bs.Qualifier(value[1]))

    assert bench.amount_verdict(quantity(drafted), quantity(curated)) == verdict


def test_amounts_of_matched_records_are_compared_with_the_gold(bench: ModuleType, corpus: Path) -> None:
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    gold["commitments"][0]["amount"] = {"value": 5, "unit": "percent-gdp", "qualifier": "at-least"}
    gold["deployments"][0]["size"] = {"value": 4000, "unit": "troops"}
    (corpus / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    six = bs.Quantity(value=6, unit=bs.Unit.PERCENT_GDP)
    drafts = dict(DRAFTS)
    drafts["Ministers meet in Riga"] = lambda s: (
        attrs.evolve(_c("d-air", ("latvia", "estonia"), s, 2), amount=six),
        bs.Deployment(
            id="d-brigade",
            summary="d",
            contributors=("germany",),
            hosts=("lithuania",),
            evidence=_ev(s, 3),
            size=bs.Quantity(value=4000, unit=bs.Unit.TROOPS),
        ),
    )
    drafts["Joint statement"] = lambda s: (attrs.evolve(_c("d-hq", ("poland",), s, 2), amount=six),)
    report = bench.evaluate(corpus / "texts", bs.load(corpus / "gold.json", base=bs.dataset()), drafter=_fixed_drafter(drafts))
    assert report.amounts == {"agree": 1, "contradict": 1, "drafted only": 1, "gold only": 0}
    assert [(d.id, d.field, d.drafted, d.gold) for d in report.amount_mismatches] == [
        ("t-air-defence", "amount", "6% of GDP", "at least 5% of GDP"),
        ("t-headquarters", "amount", "6% of GDP", None),
    ]
    assert "1 agree, 1 contradict, 1 drafted only, 0 gold only" in report.tables().split("amounts")[1]
    assert report.to_json(details=True)["amounts"] == report.amounts
