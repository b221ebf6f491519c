from __future__ import annotations

import datetime
import json
import threading
import warnings
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import baltic_security as bs
from baltic_security import _search, testing
from baltic_security._indexes import _order, _texts
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
    assert bs.get("estonia", bs.Ally).iso2 == "EE"


@pytest.mark.parametrize(
    ("record_id", "kind", "message"),
    [
        ("estonia", bs.Commitment, "no Commitment with id 'estonia'; 'estonia' is an Ally"),
        ("nato", bs.Ally, "no Ally with id 'nato'; 'nato' is an Actor"),
        (
            "bdc-communique-2025-01-23",
            bs.Exercise,
            "no Exercise with id 'bdc-communique-2025-01-23'; 'bdc-communique-2025-01-23' is a SourceDocument",
        ),
        ("estonia", bs.Fact, "no Commitment or Exercise or Deployment with id 'estonia'; 'estonia' is an Ally"),
    ],
)
def test_get_of_another_type_names_the_type_it_is(record_id: str, kind: Any, message: str) -> None:
    with pytest.raises(bs.UnknownIdError) as info:
        bs.get(record_id, kind)
    assert str(info.value) == message
    assert info.value.found == type(bs.get(record_id)).__name__


@pytest.mark.parametrize("kind", [bs.Quantity, bs.Evidence, "Ally", int, bs.Unit, ["Ally"], bs.Ally | int])
def test_get_kind_must_be_a_record_class(kind: Any) -> None:
    with pytest.raises(TypeError, match="kind: expected a record class"):
        bs.get("estonia", kind)


def test_get_accepts_record_unions() -> None:
    # Unions are checked at run time; type checkers see the record union that get(id) returns.
    assert bs.get("agg-2025-baltops-2025", bs.Fact).id == "agg-2025-baltops-2025"  # type: ignore[call-overload]
    assert bs.get("estonia", bs.Record).id == "estonia"  # type: ignore[call-overload]


@pytest.mark.parametrize("value", [object(), {1, 2}, [bs.PartialDate(2025), object()], {"a": (1, {3j})}, {frozenset(): 1}])
def test_unstructure_refuses_what_it_does_not_know(value: object) -> None:
    with pytest.raises(TypeError, match="cannot unstructure"):
        bs.unstructure(value)


@pytest.mark.parametrize(
    ("value", "data"),
    [
        (3, 3),
        ("x", "x"),
        (None, None),
        (1.5, 1.5),
        ([bs.PartialDate(2025)], ["2025"]),
        ((bs.Domain.UNDERSEA,), ["undersea"]),
        ({"k": [True]}, {"k": [True]}),
    ],
)
def test_unstructure_keeps_json_data_and_known_values(value: object, data: object) -> None:
    assert json.loads(json.dumps(bs.unstructure(value))) == data


# ------------------------------------------------------------ party and source filters take records


PARTY_FILTERS: dict[str, Callable[[bs.Dataset, Any], tuple[bs.Record, ...]]] = {
    "by": lambda ds, v: ds.commitments(by=v),
    "participant": lambda ds, v: ds.exercises(participant=v),
    "host": lambda ds, v: ds.deployments(host=v),
    "contributor": lambda ds, v: ds.deployments(contributor=v),
}
FILTERS: dict[str, Callable[[bs.Dataset, Any], tuple[bs.Record, ...]]] = {**PARTY_FILTERS, "source": lambda ds, v: ds.commitments(source=v)}


@pytest.mark.parametrize("parameter", list(FILTERS))
@pytest.mark.parametrize("value", [3, 2.5, True, ["estonia"], ("estonia",), b"estonia", {"id": "estonia"}])
def test_a_filter_of_the_wrong_type_is_a_type_error(parameter: str, value: object) -> None:
    with pytest.raises(TypeError, match=f"^{parameter}: expected") as info:
        FILTERS[parameter](bs.dataset(), value)
    assert not isinstance(info.value, LookupError)


def test_a_record_of_the_wrong_kind_is_a_type_error() -> None:
    with pytest.raises(TypeError, match=r"^by: expected"):
        bs.commitments(by=bs.sources()[0])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^source: expected"):
        bs.commitments(source=bs.get("estonia"))  # type: ignore[arg-type]


def test_a_party_record_of_another_dataset_is_unknown() -> None:
    stranger = attrs.evolve(bs.get("estonia", bs.Ally), id="estonia-2")
    with pytest.raises(bs.UnknownPartyError, match="'estonia-2'"):
        bs.commitments(by=stranger)


def _each_party_record_equals_its_id(ds: bs.Dataset) -> None:
    parties: list[bs.Ally | bs.Actor] = [*ds.allies(), *ds.actors()]
    for party in parties:
        for query in PARTY_FILTERS.values():
            assert query(ds, party) == query(ds, party.id)
    for source in ds.sources():
        assert ds.commitments(source=source) == ds.commitments(source=source.id)


def test_bundled_party_records_equal_their_ids() -> None:
    _each_party_record_equals_its_id(bs.dataset())
    assert bs.commitments(by=bs.get("estonia", bs.Ally), collective=True) == bs.commitments(by="estonia", collective=True)


@given(testing.datasets())
def test_party_records_equal_their_ids(ds: bs.Dataset) -> None:
    _each_party_record_equals_its_id(ds)


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
            # Dated by its start, or (reported active) by its sources; planned with no start is never active.
            assert d.start is not None or d.status is bs.DeploymentStatus.ACTIVE
            first = d.start or min((ds.cites(e).published for e in d.evidence), key=lambda p: p.first_day)
            assert d.end is not None or first.first_day <= day.last_day


# ------------------------------------------------------------ what an unknown start or end means


def _reported(ds: bs.Dataset, d: bs.Deployment) -> list[bs.PartialDate]:
    """The dates of the sources that report a deployment's status."""
    evidence = [e for e in d.evidence if not e.about or "status" in e.about] or list(d.evidence)
    return [ds.cites(e).published for e in evidence]


def _active_span(ds: bs.Dataset, d: bs.Deployment) -> tuple[datetime.date, datetime.date] | None:
    """When a deployment counts as active, as the deployments docstring defines it (None: never)."""
    first = d.start.first_day if d.start is not None else None
    if first is None and d.status is bs.DeploymentStatus.ACTIVE:
        first = min(p.first_day for p in _reported(ds, d))
        if d.end is not None:
            first = min(first, d.end.first_day)
    if first is None:
        return None
    if d.end is not None:
        return first, d.end.last_day
    if d.status is bs.DeploymentStatus.ENDED:
        assert d.start is not None
        return first, d.start.last_day
    return first, datetime.date.max


def test_deployments_reported_active_are_active_on_their_sources_dates() -> None:
    ds = bs.dataset()
    active = ds.deployments(status="active")
    assert active
    for d in active:
        for published in _reported(ds, d):
            assert d in ds.deployments(active_on=published), (d.id, published)


def test_active_on_a_day_between_the_sources() -> None:
    found = bs.deployments(active_on="2024-06-01")
    reported = [
        d for d in bs.deployments(status="active") if min(p.first_day for p in _reported(bs.dataset(), d)) <= datetime.date(2024, 6, 1)
    ]
    assert len(reported) > 1
    assert set(reported) <= set(found)
    assert bs.get("nato-2021-adazi-battlegroup") in found
    # Reported from 2025 on only: not known to be active before.
    assert bs.get("bdc-2025-baltic-sentry") not in found
    # Planned with no start: active on no date.
    assert not any(d.status is bs.DeploymentStatus.PLANNED and d.start is None for d in found)


@given(testing.datasets())
def test_no_active_deployment_is_invisible_to_every_date_query(ds: bs.Dataset) -> None:
    for d in ds.deployments(status="active"):
        days = [p for p in (d.start, d.end, *_reported(ds, d)) if p is not None]
        assert any(d in ds.deployments(active_on=day) for day in days), d


@given(testing.datasets(), st.data())
def test_active_on_is_within_since_and_until(ds: bs.Dataset, data: st.DataObject) -> None:
    day = data.draw(testing.partial_dates())
    since = data.draw(st.one_of(st.none(), testing.partial_dates(max_year=day.year)))
    until = data.draw(st.one_of(st.none(), testing.partial_dates(min_year=day.year)))
    assume(since is None or since.first_day <= day.first_day)
    assume(until is None or day.last_day <= until.last_day)
    host = _party(ds, data)
    active = set(ds.deployments(active_on=day, host=host))
    assert active <= set(ds.deployments(since=since, until=until, host=host))
    assert active == set(ds.deployments(since=day, until=day, host=host))


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
    if since is not None and until is not None and until.last_day < since.first_day:
        since, until = until, since  # a reversed range is an error (test_until_before_since_is_an_error_not_an_empty_answer)
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
    words = [w for e in ds.exercises() for w in e.name.split() if any(c.isalnum() for c in w)]
    text = data.draw(st.one_of(st.none(), st.sampled_from(words or ["x"])))
    pid = None if participant is None else ds.party(participant).id
    expected = [
        e for e in ds.records(bs.Exercise)
        if (pid is None or pid in {e.lead, *(p.actor for p in e.participants)})
        and (domain is None or domain in e.domains)
        and _cites(e, source)
        and (text is None or _search.query_words(text) <= _search.record_words(_texts(e)))
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
        span = _active_span(ds, d)
        return span is not None and span[0] <= day.last_day and day.first_day <= span[1]

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


def test_conflicts_subject_by_record_or_known_id() -> None:
    subject = bs.get("agg-2023-germany-brigade-lithuania")
    assert bs.conflicts(subject=subject) == bs.conflicts(subject=subject.id)
    assert bs.conflicts(subject=subject)
    with pytest.raises(bs.UnknownIdError, match="did you mean 'agg-2023-germany-brigade-lithuania'"):
        bs.conflicts(subject="agg-2023-germany-brigade-lithuana")
    with pytest.raises(TypeError, match=r"^subject: expected"):
        bs.conflicts(subject=3)  # type: ignore[arg-type]


@pytest.mark.parametrize("baltic", ["no", "false", 0, 1, [True]])
def test_baltic_is_a_boolean(baltic: object) -> None:
    with pytest.raises(TypeError, match=r"^baltic: expected True or False"):
        bs.allies(baltic=baltic)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["no", "false", 0, 1])
def test_collective_must_be_a_bool(value: object) -> None:
    # bool("no") is True: a truthiness test would silently answer the opposite question.
    with pytest.raises(TypeError, match="collective: expected True or False"):
        bs.commitments(by="Estonia", collective=value)  # type: ignore[arg-type]


@pytest.mark.parametrize("year", [2025, "2025", " 2025 "])
def test_year_takes_a_four_digit_year_as_int_or_string(year: int | str) -> None:
    assert bs.exercises(year=year) == bs.exercises(year=2025) != ()


@pytest.mark.parametrize("year", [25, "25", "2025-06", 99999])
def test_a_year_that_is_not_four_digits_is_refused(year: int | str) -> None:
    with pytest.raises(bs.DateError, match="four-digit year"):
        bs.exercises(year=year)


@pytest.mark.parametrize("query", [bs.commitments, bs.exercises, bs.deployments], ids=["commitments", "exercises", "deployments"])
def test_until_before_since_is_an_error_not_an_empty_answer(query: Callable[..., object]) -> None:
    with pytest.raises(bs.DateError, match="before since"):
        query(since="2026", until="2024")
    # Touching intervals are a range, not an error.
    query(since="2025-06", until="2025-06-30")
