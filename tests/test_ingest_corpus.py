"""The ingestion evaluation corpus: each part's gold loads, matches its texts byte for byte, and covers every genre.

A part is a folder ``tests/ingest_corpus/<part>/`` holding ``texts/*.txt``,
``gold.json`` (a dataset file with one source per text) and ``genres.json``
(text file name -> genre). See ``tests/ingest_corpus/README.md``.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

import baltic_security as bs
from baltic_security.paragraphs import split_paragraphs

CORPUS = Path(__file__).resolve().parent / "ingest_corpus"
PARTS = sorted(p.parent for p in CORPUS.glob("*/gold.json"))
GENRES = frozenset(
    {"communique", "ministry-news", "nato-release", "navy-release", "wire", "defence-news", "aggregator", "interview", "undated"}
)
Fact = bs.Commitment | bs.Exercise | bs.Deployment


def test_the_held_apart_part_is_there() -> None:
    assert CORPUS / "heldout" in PARTS


def test_the_development_part_is_there() -> None:
    assert CORPUS / "dev" in PARTS


def _texts(part: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((part / "texts").glob("*.txt"))}


def _load(part: Path) -> bs.Dataset:
    return bs.load(part / "gold.json", base=bs.dataset())


def _own_sources(part: Path) -> list[bs.SourceDocument]:
    ids = {s["id"] for s in json.loads((part / "gold.json").read_text(encoding="utf-8"))["sources"]}
    return [s for s in _load(part).sources() if s.id in ids]


def _paragraphs(part: Path) -> dict[str, tuple[str, ...]]:
    """Each source of the part by id, with the paragraphs of the text its sha256 names."""
    texts = {hashlib.sha256(data).hexdigest(): data.decode("utf-8") for data in _texts(part).values()}
    missing = [s.id for s in _own_sources(part) if s.sha256 not in texts]
    assert not missing, f"{part.name}: sources with no text: {missing}"
    return {s.id: split_paragraphs(texts[s.sha256]) for s in _own_sources(part)}


def _own_facts(part: Path) -> list[Fact]:
    raw = json.loads((part / "gold.json").read_text(encoding="utf-8"))
    ids = {r["id"] for key in ("commitments", "exercises", "deployments") for r in raw.get(key, [])}
    ds = _load(part)
    facts: list[Fact] = [*ds.commitments(), *ds.exercises(), *ds.deployments()]
    return [r for r in facts if r.id in ids]


@pytest.mark.parametrize("part", PARTS, ids=lambda p: p.name)
def test_gold_loads_over_the_bundled_dataset(part: Path) -> None:
    ds = _load(part)
    bundled = {r.id for r in bs.dataset()}
    mine = {r.id for r in ds} - bundled
    assert mine, f"{part.name}: gold.json adds no record"
    assert _own_facts(part), f"{part.name}: gold.json records no fact"


@pytest.mark.parametrize("part", PARTS, ids=lambda p: p.name)
def test_each_text_has_exactly_one_source_with_its_sha256_and_paragraph_count(part: Path) -> None:
    texts = _texts(part)
    assert texts, f"{part.name}: no texts"
    by_sha = {hashlib.sha256(data).hexdigest(): name for name, data in texts.items()}
    sources = _own_sources(part)
    missing = [s.id for s in sources if s.sha256 not in by_sha]
    assert not missing, f"{part.name}: sources with no text: {missing}"
    claimed = sorted(by_sha[s.sha256] for s in sources)
    assert claimed == sorted(texts), f"{part.name}: each text needs exactly one source"
    for source in sources:
        text = texts[by_sha[source.sha256]].decode("utf-8")
        assert len(split_paragraphs(text)) == source.paragraphs, source.id


@pytest.mark.parametrize("part", PARTS, ids=lambda p: p.name)
def test_every_evidence_paragraph_exists_and_its_label_is_the_point_number(part: Path) -> None:
    paragraphs = _paragraphs(part)
    for record in _own_facts(part):
        for e in record.evidence:
            assert e.source in paragraphs, f"{record.id}: cites {e.source}, which is not a source of this part"
            assert 1 <= e.paragraph <= len(paragraphs[e.source]), f"{record.id}: {e.source} has no paragraph {e.paragraph}"
            if e.label is not None:
                assert paragraphs[e.source][e.paragraph - 1].startswith(f"{e.label}. "), (
                    f"{record.id}: paragraph {e.paragraph} is not point {e.label}"
                )


def _runs(text: str, n: int = 6) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.casefold())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


@pytest.mark.parametrize("part", PARTS, ids=lambda p: p.name)
def test_summaries_are_our_own_words(part: Path) -> None:
    """As for the bundled data: no run of six words of a summary appears in a paragraph it cites."""
    paragraphs = _paragraphs(part)
    for record in _own_facts(part):
        ours = " ".join(
            t for t in (getattr(record, "summary", None), getattr(record, "scenario", None), getattr(record, "conditions", None)) if t
        )
        for e in record.evidence:
            shared = _runs(ours) & _runs(paragraphs[e.source][e.paragraph - 1])
            assert not shared, f"{record.id} copies paragraph {e.paragraph}: {' '.join(min(shared))}"


@pytest.mark.parametrize("part", PARTS, ids=lambda p: p.name)
def test_every_text_has_a_genre_and_every_genre_a_text(part: Path) -> None:
    genres = json.loads((part / "genres.json").read_text(encoding="utf-8"))
    assert set(genres) == set(_texts(part)), f"{part.name}: genres.json must name every text and only texts"
    assert set(genres.values()) <= GENRES, f"{part.name}: unknown genres {sorted(set(genres.values()) - GENRES)}"
    assert set(genres.values()) == GENRES, f"{part.name}: no text of genre {sorted(GENRES - set(genres.values()))}"
