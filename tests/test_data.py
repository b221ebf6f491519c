"""Integrity of the bundled dataset: every citation exists and says it in other words."""

from __future__ import annotations

import re
import warnings
from collections import defaultdict
from pathlib import Path

import pytest

import baltic_security as bs
from baltic_security.ingest.parties import PartyFinder, find_people
from baltic_security.paragraphs import fingerprint, split_paragraphs

PUBLISHED = Path(__file__).with_name("published_ids.txt")


def facts() -> list[bs.Commitment | bs.Exercise | bs.Deployment]:
    return [*bs.commitments(), *bs.exercises(), *bs.deployments()]


def all_evidence() -> list[tuple[str, bs.Evidence]]:
    found = [(r.id, e) for r in facts() for e in r.evidence]
    found += [(c.id, e) for c in bs.conflicts() for claim in c.claims for e in claim.evidence]
    return found


def test_reference_data() -> None:
    allies = bs.allies()
    assert len(allies) == 32
    assert {a.id for a in bs.allies(baltic=True)} == {"estonia", "latvia", "lithuania"}
    assert len({a.iso2 for a in allies}) == len({a.iso3 for a in allies}) == 32
    assert bs.get("sweden", bs.Ally).joined_nato.isoformat() == "2024-03-07"
    assert bs.get("united-kingdom", bs.Ally).joined_eu is None
    nato = bs.get("nato", bs.Actor)
    assert set(nato.members) == {a.id for a in allies}


def test_every_fact_has_evidence_and_a_known_source() -> None:
    sources = {s.id: s for s in bs.sources()}
    for record in facts():
        assert record.evidence, record.id
    for record_id, e in all_evidence():
        assert e.source in sources, record_id
        assert 1 <= e.paragraph <= sources[e.source].paragraphs, record_id


def test_bundled_dataset_validates_through_the_user_loader() -> None:
    folder = Path(bs.__file__).parent / "data"
    loaded = bs.load(folder)
    assert list(loaded) == list(bs.dataset())
    assert loaded.version == bs.dataset().version


def test_dataset_version_is_calver() -> None:
    assert re.fullmatch(r"20\d\d\.(1[0-2]|[1-9])\.\d+", bs.dataset().version or "")


def test_published_ids_still_resolve() -> None:
    """An id, once published, never disappears: it stays or is retired to a successor."""
    published = [line.strip() for line in PUBLISHED.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        for record_id in published:
            bs.get(record_id)
    missing = {r.id for r in bs.dataset()} - set(published)
    assert not missing, f"new ids must be added to {PUBLISHED.name}: {sorted(missing)}"


# ------------------------------------------------------------ against the texts themselves


def test_sources_match_their_texts(seed_texts: dict[str, bytes]) -> None:
    for source in bs.sources():
        assert source.sha256 in seed_texts, f"{source.id}: no text with this sha256"
        data = seed_texts[source.sha256]
        assert fingerprint(data) == source.sha256
        assert len(split_paragraphs(data.decode("utf-8"))) == source.paragraphs, source.id


def _paragraph(seed_texts: dict[str, bytes], e: bs.Evidence) -> str:
    source = bs.get(e.source, bs.SourceDocument)
    return split_paragraphs(seed_texts[source.sha256].decode("utf-8"))[e.paragraph - 1]


def test_every_cited_paragraph_exists_and_labels_match(seed_texts: dict[str, bytes]) -> None:
    for record_id, e in all_evidence():
        text = _paragraph(seed_texts, e)
        if e.label is not None:
            assert text.startswith(f"{e.label}. "), f"{record_id}: paragraph {e.paragraph} is not point {e.label}"


def test_point_fourteen_is_paragraph_twenty(seed_texts: dict[str, bytes]) -> None:
    e = bs.Evidence(source="bdc-communique-2025-01-23", paragraph=20, label="14", credibility=bs.Credibility.CONFIRMED)
    assert _paragraph(seed_texts, e).startswith("14. ")


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _runs(words: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


@pytest.mark.parametrize("record", facts(), ids=lambda r: r.id)
def test_summaries_are_our_own_words(seed_texts: dict[str, bytes], record: bs.Commitment | bs.Exercise | bs.Deployment) -> None:
    """No run of six words of a summary appears in a paragraph it cites."""
    ours = " ".join(
        t for t in (getattr(record, "summary", None), getattr(record, "scenario", None), getattr(record, "conditions", None)) if t
    )
    mine = _runs(_words(ours), 6)
    for e in record.evidence:
        shared = mine & _runs(_words(_paragraph(seed_texts, e)), 6)
        assert not shared, f"{record.id} copies paragraph {e.paragraph}: {' '.join(min(shared))}"


def test_the_texts_are_not_shipped(seed_texts: dict[str, bytes]) -> None:
    folder = Path(bs.__file__).parent
    shipped = " ".join(p.read_text(encoding="utf-8") for p in folder.rglob("*") if p.suffix in (".json", ".py"))
    titles = {s.title for s in bs.sources()}  # a title is metadata, quoted on purpose
    for data in seed_texts.values():
        for paragraph in split_paragraphs(data.decode("utf-8")):
            if len(paragraph) > 80 and paragraph not in titles:
                assert paragraph not in shipped


# ------------------------------------------------------------ each record against its paragraph


def test_grades_two_and_three_follow_who_said_it() -> None:
    """Credibility 2 (a named speaker) or 3 (unnamed people) depends on who said it, not on the record.

    So evidences graded 2 or 3 agree when they cite the same paragraph with
    the same attribution, and within one record when they quote the same
    named speaker of the same source. Only a hedge or a contradiction (4, 5)
    sets one claim apart.
    """
    grades: dict[tuple[object, ...], set[tuple[int, str]]] = defaultdict(set)  # (grade, where) by what should fix it
    for record_id, e in all_evidence():
        if e.credibility.value in (2, 3):
            grades[e.source, e.paragraph, e.attribution].add((e.credibility.value, record_id))
            if e.attribution is not None:
                grades[record_id, e.source, e.attribution].add((e.credibility.value, f"paragraph {e.paragraph}"))
    mixed = {key: sorted(found) for key, found in grades.items() if len({grade for grade, _ in found}) > 1}
    assert not mixed


def _supports(e: bs.Evidence, fields: set[str]) -> bool:
    """Whether an evidence supports any of these fields (an evidence with no `about` supports all)."""
    return not e.about or bool(set(e.about) & fields)


#: A paragraph reporting help as already given ("have provided practical help").
DELIVERED = re.compile(r"\b(?:has|have|had)\s+(?:already\s+)?(?:provided|delivered|given|supplied|sent|handed over)\b", re.IGNORECASE)


def test_help_reported_as_given_is_fulfilled(seed_texts: dict[str, bytes]) -> None:
    """A commitment resting on a report of help already provided is not an open pledge."""
    open_ = [
        (c.id, c.status.value)
        for c in bs.commitments()
        if c.status is not bs.CommitmentStatus.FULFILLED and any(DELIVERED.search(_paragraph(seed_texts, e)) for e in c.evidence)
    ]
    assert not open_


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _stated(date: bs.PartialDate, e: bs.Evidence, text: str) -> bool:
    """Whether a paragraph, or its source's own date, states a date to this precision."""
    published = bs.get(e.source, bs.SourceDocument).published
    if (date.year, date.month, date.day) == (published.year, date.month and published.month, date.day and published.day):
        return True  # the source's own date, no more precise than the source gives it
    text = text.casefold()
    if date.month is None:
        return str(date.year) in text
    month = _MONTHS[date.month - 1]
    if not (str(date.year) in text or date.year == published.year) or not re.search(rf"\b{month}", text):
        return False
    return date.day is None or bool(re.search(rf"\b{month}\w*\.?\s+{date.day}\b|\b{date.day}(?:st|nd|rd|th)?\s+(?:of\s+)?{month}", text))


def test_dates_are_no_more_precise_than_the_text(seed_texts: dict[str, bytes]) -> None:
    """A year, month or day is recorded only when a cited paragraph (or the source's own date) states it."""
    invented = [
        (r.id, name, str(date))
        for r in facts()
        for name in ("made_on", "due", "start", "end")
        if (date := getattr(r, name, None)) is not None
        and not any(_stated(date, e, _paragraph(seed_texts, e)) for e in r.evidence if _supports(e, {name}))
    ]
    assert not invented


def _references(record: bs.Commitment | bs.Exercise | bs.Deployment) -> dict[str, set[str]]:
    """Each party a record refers to, with the fields that refer to it."""
    found: dict[str, set[str]] = defaultdict(set)
    for name in ("parties", "contributors", "hosts", "beneficiary", "lead"):
        value = getattr(record, name, None)
        for party in (value,) if isinstance(value, str) else value or ():
            found[party].add(name)
    for participant in getattr(record, "participants", ()):
        found[participant.actor].add("participants")
    return found


@pytest.fixture(scope="module")
def named_in(seed_texts: dict[str, bytes]) -> dict[tuple[str, int], set[str]]:
    """The parties each cited paragraph names, by (source, paragraph).

    Names, aliases, demonyms, collective names ("the Baltic States", "the
    Allies") and the people the document introduces with a title count; a
    region does not ("the Baltic region" is an area, not its states). A
    communiqué's numbered point is spoken by the parties its preamble names.
    """
    finder = PartyFinder(bs.dataset())
    named: dict[tuple[str, int], set[str]] = {}
    for source in bs.sources():
        paragraphs = split_paragraphs(seed_texts[source.sha256].decode("utf-8"))
        people = finder.with_people(find_people(paragraphs, finder))
        found = [{i for m in people.find(text) if "region" not in m.text.casefold() for i in m.ids} for text in paragraphs]
        first_point = next((n for n, text in enumerate(paragraphs) if re.match(r"\d+\. ", text)), len(paragraphs))
        speakers = set().union(*found[:first_point]) if source.kind is bs.SourceKind.COMMUNIQUE else set()
        for n, parties in enumerate(found, start=1):
            named[source.id, n] = parties | (speakers if n > first_point else set())
    return named


def test_every_party_is_named_by_its_evidence(named_in: dict[tuple[str, int], set[str]]) -> None:
    """Parties, hosts, contributors, leads, participants, beneficiaries: only those the text names."""
    unnamed = [
        (r.id, party, sorted(fields))
        for r in facts()
        for party, fields in _references(r).items()
        if not any(party in named_in[e.source, e.paragraph] for e in r.evidence if _supports(e, fields))
    ]
    assert not unnamed


def test_every_fact_has_a_domain() -> None:
    """A fact with no domain is invisible to every `domain=` query."""
    assert not [r.id for r in facts() if not r.domains]


#: Words that speak of undersea infrastructure: cables, pipelines, what lies under the sea.
UNDERSEA_WORDS = re.compile(r"\b(?:cables?|pipelines?|under-?sea|under-?water|sub-?sea|sea-?bed)\b", re.IGNORECASE)


def _own_text(record: bs.Commitment | bs.Exercise | bs.Deployment) -> str:
    """Everything a record says in its own words: summary, name, scenario, conditions, place, assets."""
    fields = ("summary", "name", "scenario", "conditions", "area", "unit", "framework")
    parts = [getattr(record, name, None) for name in fields]
    location = getattr(record, "location", None)
    parts.append(location.name if location else None)
    parts += [asset for p in getattr(record, "participants", ()) for asset in p.assets]
    return " ".join(p for p in parts if p)


@pytest.mark.parametrize("record", facts(), ids=lambda r: r.id)
def test_undersea_words_carry_the_undersea_domain(record: bs.Commitment | bs.Exercise | bs.Deployment) -> None:
    words = UNDERSEA_WORDS.findall(_own_text(record))
    assert not words or bs.Domain.UNDERSEA in record.domains, f"{record.id} speaks of {words} but lacks 'undersea'"


def test_undersea_paragraphs_carry_the_undersea_domain(seed_texts: dict[str, bytes]) -> None:
    """A record resting on a paragraph about cables, pipelines or undersea infrastructure is about it too."""
    missing = [
        (r.id, e.paragraph)
        for r in facts()
        for e in r.evidence
        if _supports(e, {"summary", "scenario", "domains"})
        and UNDERSEA_WORDS.search(_paragraph(seed_texts, e))
        and bs.Domain.UNDERSEA not in r.domains
    ]
    assert not missing


# ------------------------------------------------------------ what users ask


def test_latvia_ukraine() -> None:
    found = bs.commitments(by="Latvia", domain="ukraine")
    amounts = {str(c.amount) for c in found if c.amount}
    assert "at least 0.25% of GDP" in amounts
    assert all("latvia" in c.parties and bs.Domain.UKRAINE in c.domains for c in found)


def test_three_percent_target() -> None:
    (target,) = [c for c in bs.commitments(by="Lithuania", domain="spending") if c.amount and c.amount.value == 3]
    assert target.amount == bs.Quantity(value=3, unit=bs.Unit.PERCENT_GDP, qualifier=bs.Qualifier.AT_LEAST)
    assert (target.evidence[0].paragraph, target.evidence[0].label) == (10, "4")


def test_baltops_keeps_its_qualifier_and_insiders() -> None:
    (baltops,) = bs.exercises(text="BALTOPS")
    assert bs.Quantity(value=50, unit=bs.Unit.VESSELS, qualifier=bs.Qualifier.MORE_THAN) in baltops.scale
    insiders = [e for e in baltops.evidence if e.attribution and "insider" in e.attribution.casefold()]
    assert insiders
    assert all(e.credibility.value >= 3 for e in insiders)


def test_brigade_in_lithuania() -> None:
    (brigade,) = bs.deployments(host="Lithuania", contributor="Germany", status="planned")
    assert brigade.size == bs.Quantity(value=4000, unit=bs.Unit.TROOPS, qualifier=bs.Qualifier.EXACT)
    assert brigade.start == bs.PartialDate(2026)
    assert brigade.conditions


def test_disagreements_are_findable() -> None:
    place = bs.get("conflict-2023-summit-place", bs.Conflict)
    assert {c.value for c in place.claims} == {"United States", "Vilnius"}
    timeline = bs.conflicts(subject="agg-2023-germany-brigade-lithuania")
    assert timeline
    assert len({e.source for c in place.claims for e in c.evidence}) == 2


def test_undated_pages_keep_honest_precision() -> None:
    for source in bs.sources(kind="aggregator"):
        assert source.published.precision is not bs.Precision.DAY
        assert source.notes
