from __future__ import annotations

import threading
import warnings
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import baltic_security as bs
from baltic_security import testing
from baltic_security._text import fold
from baltic_security.dataset import _order, _texts
from baltic_security.retired import Retired


@pytest.mark.parametrize(
    "spelling", ["estonia", "Estonia", "ESTONIA", "EE", "ee", "EST", "Eesti", "Estonian", "Republic of Estonia", "  estonia "]
)
def test_every_spelling_of_a_party_gives_the_same_answer(spelling: str) -> None:
    assert bs.commitments(by=spelling) == bs.commitments(by="estonia")
    assert bs.commitments(by=spelling)


@pytest.mark.parametrize("spelling", ["Türkiye", "Turkiye", "Turkey", "TR", "TUR", "turkish"])
def test_turkiye(spelling: str) -> None:
    assert bs.party(spelling).id == "turkiye"


def test_accents_in_places_and_text() -> None:
    assert bs.deployments(text="Adazi") == bs.deployments(text="Ādaži")
    assert bs.deployments(text="adazi")


def test_unknown_party_suggests() -> None:
    with pytest.raises(bs.UnknownPartyError, match=r"unknown party 'Estonai'; did you mean 'Estonia'\?"):
        bs.commitments(by="Estonai")
    with pytest.raises(LookupError):
        bs.deployments(host="Narnia")


def test_unknown_vocabulary_suggests() -> None:
    with pytest.raises(bs.UnknownValueError, match="did you mean 'undersea'"):
        bs.commitments(domain="undersee")
    with pytest.raises(ValueError, match="CommitmentKind"):
        bs.commitments(kind="promise")


def test_get_suggests_close_ids() -> None:
    with pytest.raises(bs.UnknownIdError, match="did you mean 'estonia'"):
        bs.get("estonai")
    with pytest.raises(bs.UnknownIdError):
        bs.get("estonia", bs.Commitment)
    assert bs.get("estonia", bs.Ally).iso2 == "EE"


def test_collective_is_explicit() -> None:
    alone = set(bs.commitments(by="Estonia"))
    with_nato = set(bs.commitments(by="Estonia", collective=True))
    assert alone < with_nato
    assert all("nato" in c.parties or "eu" in c.parties or "estonia" in c.parties for c in with_nato)
    assert any("nato" in c.parties and "estonia" not in c.parties for c in with_nato)


def test_min_confidence_and_admiralty_code() -> None:
    everything = bs.commitments()
    confirmed = bs.commitments(min_confidence=1)
    assert set(confirmed) < set(everything)
    assert all(any(e.credibility is bs.Credibility.CONFIRMED for e in c.evidence) for c in confirmed)
    graded = bs.commitments(min_confidence="B2")
    for c in graded:
        assert any(e.credibility.value <= 2 and bs.get(e.source, bs.SourceDocument).reliability.value <= "B" for e in c.evidence)
    assert not any(c.id.startswith("agg-") for c in graded)


def test_sources_by_reliability() -> None:
    assert {s.reliability for s in bs.sources(min_reliability="A")} == {bs.Reliability.A}
    assert len(bs.sources()) == 5


def test_allies_member_on() -> None:
    assert "sweden" not in {a.id for a in bs.allies(member_on="2024-03-06")}
    assert "sweden" in {a.id for a in bs.allies(member_on="2024-03-07")}
    assert len(bs.allies(member_on="1949")) == 12


def test_retired_id_resolves_with_warning() -> None:
    ds = bs.dataset()
    renamed = bs.Dataset(
        allies=ds.allies(), actors=ds.actors(), sources=ds.sources(), commitments=ds.commitments(),
        retired=Retired({"bdc-2025-old-name": "bdc-2025-spending-3pct-gdp"}),
    )  # fmt: skip
    with pytest.warns(DeprecationWarning, match="retired"):
        assert renamed.get("bdc-2025-old-name").id == "bdc-2025-spending-3pct-gdp"


# ------------------------------------------------------------ properties on generated data


def _party(ds: bs.Dataset, data: st.DataObject) -> str | None:
    parties: list[bs.Ally | bs.Actor] = [*ds.allies(), *ds.actors()]
    return data.draw(st.one_of(st.none(), st.sampled_from([p.name for p in parties])))


@given(testing.datasets(), st.data())
def test_filters_only_narrow_and_hold(ds: bs.Dataset, data: st.DataObject) -> None:
    by = _party(ds, data)
    domain = data.draw(st.one_of(st.none(), st.sampled_from(bs.Domain)))
    since = data.draw(st.one_of(st.none(), testing.partial_dates()))
    confidence = data.draw(st.one_of(st.none(), st.sampled_from(bs.Credibility)))
    everything = ds.commitments()
    found = ds.commitments(by=by, domain=domain, since=since, min_confidence=confidence)
    assert set(found) <= set(everything)
    assert set(found) <= set(ds.commitments(by=by))
    assert set(found) <= set(ds.commitments(domain=domain))
    assert list(found) == sorted(found, key=_order)
    for c in found:
        if by is not None:
            assert ds.party(by).id in c.parties
        if domain is not None:
            assert domain in c.domains
        if since is not None:
            assert c.made_on is not None
            assert c.made_on.last_day >= since.first_day
        if confidence is not None:
            assert any(e.credibility.meets(confidence) for e in c.evidence)
    # A brute-force scan agrees with the indexed query.
    expected = [
        c for c in everything
        if (by is None or ds.party(by).id in c.parties)
        and (domain is None or domain in c.domains)
        and (since is None or (c.made_on is not None and c.made_on.last_day >= since.first_day))
        and (confidence is None or any(e.credibility.meets(confidence) for e in c.evidence))
    ]  # fmt: skip
    assert list(found) == expected


@given(testing.datasets(), st.data())
def test_deployment_filters(ds: bs.Dataset, data: st.DataObject) -> None:
    host = _party(ds, data)
    contributor = _party(ds, data)
    day = data.draw(st.one_of(st.none(), testing.partial_dates()))
    found = ds.deployments(host=host, contributor=contributor, active_on=day)
    assert set(found) <= set(ds.deployments())
    for d in found:
        if host is not None:
            assert ds.party(host).id in d.hosts
        if contributor is not None:
            assert ds.party(contributor).id in {*d.contributors, d.lead}
        if day is not None:
            assert d.start is not None
            assert d.start.first_day <= day.last_day


@given(testing.datasets(), st.data())
def test_exercise_filters(ds: bs.Dataset, data: st.DataObject) -> None:
    participant = _party(ds, data)
    year = data.draw(st.one_of(st.none(), st.integers(1949, 2035)))
    found = ds.exercises(participant=participant, year=year)
    for e in found:
        if participant is not None:
            assert ds.party(participant).id in {e.lead, *(p.actor for p in e.participants)}
        if year is not None:
            assert e.start is not None
            assert e.start.first_day.year <= year


def test_concurrent_queries_agree() -> None:
    expected = (bs.commitments(by="Latvia"), bs.deployments(host="LT"), bs.exercises(year=2025))
    results: list[Any] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            results.extend((bs.commitments(by="Latvia"), bs.deployments(host="LT"), bs.exercises(year=2025)) for _ in range(50))
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert all(r == expected for r in results)


def test_results_are_immutable() -> None:
    found = bs.commitments()
    assert isinstance(found, tuple)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(TypeError):
            found[0] = found[1]  # type: ignore[index]


# ------------------------------------------------------------ indexes against plain scans
#
# Queries read the shortest posting list (a party, a domain, a source, or a party
# with a domain) and test the other filters on it; these scans are the definition.


def _overlaps(
    first: bs.PartialDate | None, last: bs.PartialDate | None, since: bs.PartialDate | None, until: bs.PartialDate | None
) -> bool:
    if first is None or last is None:
        return False
    low = since.first_day if since is not None else None
    high = until.last_day if until is not None else None
    return (high is None or first.first_day <= high) and (low is None or low <= last.last_day)


def _source(ds: bs.Dataset, data: st.DataObject) -> str | None:
    return data.draw(st.one_of(st.none(), st.sampled_from([s.id for s in ds.sources()])))


def _cites(record: bs.Commitment | bs.Exercise | bs.Deployment, source: str | None) -> bool:
    return source is None or any(e.source == source for e in record.evidence)


@given(testing.datasets(), st.data())
def test_indexed_commitment_queries_equal_a_scan(ds: bs.Dataset, data: st.DataObject) -> None:
    by, source = _party(ds, data), _source(ds, data)
    domain = data.draw(st.one_of(st.none(), st.sampled_from(bs.Domain)))
    collective = data.draw(st.booleans())
    since, until = data.draw(st.one_of(st.none(), testing.partial_dates())), data.draw(st.one_of(st.none(), testing.partial_dates()))
    ids = set() if by is None else {ds.party(by).id}
    if by is not None and collective:
        ids |= {a.id for a in ds.actors() if ds.party(by).id in a.members}
    expected = [
        c for c in ds.records(bs.Commitment)
        if (by is None or ids & set(c.parties))
        and (domain is None or domain in c.domains)
        and _cites(c, source)
        and ((since is None and until is None) or _overlaps(c.made_on, c.made_on, since, until))
    ]  # fmt: skip
    found = ds.commitments(by=by, domain=domain, source=source, since=since, until=until, collective=collective)
    assert list(found) == expected


@given(testing.datasets(), st.data())
def test_indexed_exercise_queries_equal_a_scan(ds: bs.Dataset, data: st.DataObject) -> None:
    participant, source = _party(ds, data), _source(ds, data)
    domain = data.draw(st.one_of(st.none(), st.sampled_from(bs.Domain)))
    text = data.draw(st.one_of(st.none(), st.sampled_from([e.name[:3] for e in ds.exercises()] or ["x"])))
    pid = None if participant is None else ds.party(participant).id
    expected = [
        e for e in ds.records(bs.Exercise)
        if (pid is None or pid in {e.lead, *(p.actor for p in e.participants)})
        and (domain is None or domain in e.domains)
        and _cites(e, source)
        and (text is None or fold(text) in fold(" ".join(_texts(e))))
    ]  # fmt: skip
    assert list(ds.exercises(participant=participant, domain=domain, source=source, text=text)) == expected


@given(testing.datasets(), st.data())
def test_indexed_deployment_queries_equal_a_scan(ds: bs.Dataset, data: st.DataObject) -> None:
    host, contributor, source = _party(ds, data), _party(ds, data), _source(ds, data)
    domain = data.draw(st.one_of(st.none(), st.sampled_from(bs.Domain)))
    day = data.draw(st.one_of(st.none(), testing.partial_dates()))
    host_id = None if host is None else ds.party(host).id
    contributor_id = None if contributor is None else ds.party(contributor).id

    def active(d: bs.Deployment) -> bool:
        if day is None:
            return True
        if d.start is None:
            return False
        end = d.end.last_day if d.end is not None else (d.start.last_day if d.status is bs.DeploymentStatus.ENDED else None)
        return d.start.first_day <= day.last_day and (end is None or day.first_day <= end)

    expected = [
        d for d in ds.records(bs.Deployment)
        if (host_id is None or host_id in d.hosts)
        and (contributor_id is None or contributor_id in {*d.contributors, d.lead})
        and (domain is None or domain in d.domains)
        and _cites(d, source)
        and active(d)
    ]  # fmt: skip
    assert list(ds.deployments(host=host, contributor=contributor, domain=domain, source=source, active_on=day)) == expected


def test_every_filter_holds_whichever_index_drives_the_query() -> None:
    # A rarely cited source makes its posting list the shortest: the party+domain
    # filter must then still be tested on it, domain included.
    ds = bs.dataset()
    estonia = ds.get("estonia", bs.Ally)
    rare, common = (
        bs.SourceDocument(id=i, title=i, kind=bs.SourceKind.OTHER, published=bs.PartialDate(2025), reliability=bs.Reliability.C,
                          reliability_note="n", sha256="0" * 64, paragraphs=30)
        for i in ("rare", "common")
    )  # fmt: skip

    def pledge(i: int, source: str, domain: bs.Domain) -> bs.Commitment:
        evidence = (bs.Evidence(source=source, paragraph=1 + i % 30, credibility=bs.Credibility.CONFIRMED),)
        return bs.Commitment(
            id=f"p-{i}", summary="s", parties=("estonia",), domains=(domain,), kind=bs.CommitmentKind.PLEDGE, evidence=evidence
        )

    facts = [pledge(0, "rare", bs.Domain.AIR), *(pledge(i, "common", bs.Domain.UNDERSEA) for i in range(1, 20))]
    small = bs.Dataset(allies=[estonia], sources=[rare, common], commitments=facts)
    assert small.commitments(by="Estonia", domain="undersea", source="rare") == ()
    assert [c.id for c in small.commitments(by="Estonia", domain="air", source="rare")] == ["p-0"]
    assert len(small.commitments(by="Estonia", domain="undersea", source="common")) == 19
