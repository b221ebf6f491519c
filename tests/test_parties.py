"""Names of parties: ISO 3166-1 codes and names, every spelling users type, collective names, suggestions."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, Any

import attrs
import pycountry
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import baltic_security as bs
from baltic_security import testing
from baltic_security._dataset import RECORD_TYPES
from baltic_security._parties import collective_names, party_key
from baltic_security.ingest import PartyFinder

if TYPE_CHECKING:
    from conftest import RunCli

PARTIES: list[bs.Ally | bs.Actor] = [*bs.allies(), *bs.actors()]
STATES: list[bs.Ally | bs.Actor] = [*bs.allies(), *bs.actors(kind="state")]


def written_identifiers(party: bs.Ally | bs.Actor) -> list[str]:
    """Every identifier of a party, listed field by field (not through the code under test)."""
    found = [party.id, party.name, party.official_name, party.iso2, party.iso3, party.iso_numeric, *party.aliases]
    if isinstance(party, bs.Ally):
        found += party.demonyms
    return [f for f in found if f is not None]


def without_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


@st.composite
def spellings(draw: st.DrawFn, text: str) -> str:
    """``text`` as a user may type it: any case, perhaps without accents, perhaps after "the"."""
    if draw(st.booleans()):
        text = without_accents(text)
    upper = draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    text = "".join(c.upper() if up else c.lower() for c, up in zip(text, upper, strict=True))
    if not text.casefold().startswith("the ") and draw(st.booleans()):
        text = draw(st.sampled_from(("the ", "The ", "THE "))) + text
    return text


# ------------------------------------------------------------------ ISO 3166-1


def test_every_state_has_its_iso_3166_codes_and_official_name() -> None:
    assert {s.id for s in STATES} >= {"russia", "belarus", "ukraine", "estonia"}
    for state in STATES:
        assert state.iso2 is not None
        iso = pycountry.countries.get(alpha_2=state.iso2)
        assert iso is not None, state.id
        assert (state.iso3, state.iso_numeric) == (iso.alpha_3, iso.numeric), state.id
        # ISO's full name where it gives one, else its short name (pycountry leaves
        # official_name out where ISO has no full name: Canada, Russian Federation).
        assert state.official_name == getattr(iso, "official_name", iso.name), state.id


def test_only_states_have_iso_codes() -> None:
    for actor in bs.actors():
        codes = (actor.iso2, actor.iso3, actor.iso_numeric)
        if actor.kind is bs.ActorKind.STATE:
            assert None not in codes, actor.id
        else:
            assert codes == (None, None, None), actor.id


# ------------------------------------------------------------------ lookup


@pytest.mark.parametrize(
    ("typed", "party"),
    [
        # ISO 3166-1 codes of the non-member states, and numeric codes as ISO writes them or as spreadsheets keep them
        ("RU", "russia"), ("RUS", "russia"), ("643", "russia"), ("BY", "belarus"), ("BLR", "belarus"), ("112", "belarus"),
        ("UA", "ukraine"), ("UKR", "ukraine"), ("804", "ukraine"), ("ua", "ukraine"),
        ("233", "estonia"), ("428", "latvia"), ("440", "lithuania"), ("008", "albania"), ("8", "albania"), ("56", "belgium"),
        # a leading article
        ("the UK", "united-kingdom"), ("The US", "united-states"), ("the United States", "united-states"),
        ("the Netherlands", "netherlands"), ("THE NETHERLANDS", "netherlands"), ("the Ukraine", "ukraine"), ("the Alliance", "nato"),
        ("The European Union", "eu"), ("the 233", "estonia"),
        # official long names
        ("Republic of Iceland", "iceland"), ("Russian Federation", "russia"), ("Republic of Belarus", "belarus"),
        ("United Kingdom of Great Britain and Northern Ireland", "united-kingdom"), ("Kingdom of the Netherlands", "netherlands"),
        # native and Cyrillic names
        ("Россия", "russia"), ("РОССИЯ", "russia"), ("Российская Федерация", "russia"), ("Беларусь", "belarus"),
        ("Белоруссия", "belarus"), ("Україна", "ukraine"), ("Украина", "ukraine"), ("Eesti", "estonia"), ("Eesti Vabariik", "estonia"),
        ("Latvija", "latvia"), ("Latvijas Republika", "latvia"), ("Lietuva", "lithuania"), ("Lietuvos Respublika", "lithuania"),
        ("Эстония", "estonia"), ("Латвия", "latvia"), ("Литва", "lithuania"), ("Polska", "poland"), ("Deutschland", "germany"),
        # full stops, hyphens, accents, demonyms
        ("U.S", "united-states"), ("u.k", "united-kingdom"), ("USA", "united-states"), ("North-Macedonia", "north-macedonia"),
        ("TÜRKİYE", "turkiye"), ("Turkiye", "turkiye"), ("Ukrainian", "ukraine"), ("Belarusian", "belarus"), ("Latvian", "latvia"),
    ],
)  # fmt: skip
def test_what_users_type_names_the_party(typed: str, party: str) -> None:
    assert bs.party(typed).id == party
    assert bs.commitments(by=typed) == bs.commitments(by=party)
    assert bs.deployments(host=typed) == bs.deployments(host=party)


PAIRS = [(p.id, identifier) for p in PARTIES for identifier in written_identifiers(p)]


@given(st.sampled_from(PAIRS), st.data())
def test_every_identifier_in_any_spelling_names_exactly_its_party(pair: tuple[str, str], data: st.DataObject) -> None:
    party, identifier = pair
    typed = data.draw(spellings(identifier))
    assert bs.party(typed).id == party, typed


@given(testing.datasets(max_facts=0), st.data())
def test_every_identifier_of_generated_parties_names_its_party(ds: bs.Dataset, data: st.DataObject) -> None:
    parties: list[bs.Ally | bs.Actor] = [*ds.allies(), *ds.actors()]
    party = data.draw(st.sampled_from(parties))
    typed = data.draw(spellings(data.draw(st.sampled_from(written_identifiers(party)))))
    assert ds.party(typed) is party


@given(st.text(max_size=30))
def test_any_text_names_one_party_or_raises_our_error(text: str) -> None:
    try:
        party = bs.party(text)
    except bs.UnknownPartyError as exc:
        assert all(isinstance(s, str) for s in exc.suggestions)
    else:
        assert party_key(text) in {party_key(i) for i in written_identifiers(party)}


def test_no_two_bundled_parties_share_a_lookup_key() -> None:
    owners: dict[str, set[str]] = {}
    for party in PARTIES:
        for identifier in written_identifiers(party):
            owners.setdefault(party_key(identifier), set()).add(party.id)
    shared = {key: ids for key, ids in owners.items() if len(ids) > 1}
    assert shared == {}


@given(testing.datasets(max_facts=0), st.data())
def test_a_name_two_parties_share_is_a_load_error(ds: bs.Dataset, data: st.DataObject) -> None:
    parties: list[bs.Ally | bs.Actor] = [*ds.allies(), *ds.actors()]
    assume(len(parties) >= 2)
    first, second = data.draw(st.lists(st.sampled_from(parties), min_size=2, max_size=2, unique_by=lambda p: p.id))
    shared = data.draw(spellings(data.draw(st.sampled_from(written_identifiers(first)))))
    clash = attrs.evolve(second, aliases=(*second.aliases, shared))
    records: dict[str, Any] = {key: [clash if r is second else r for r in ds.records(cls)] for key, cls in RECORD_TYPES.items()}
    with pytest.raises(bs.DataError, match="must be unambiguous") as info:
        bs.Dataset(**records)
    assert f"of {second.id!r}" in str(info.value)
    assert f"of {first.id!r}" in str(info.value)


def test_an_ambiguous_alias_in_a_file_names_both_parties(tmp_path: Any) -> None:
    mine = tmp_path / "mine.json"
    mine.write_text(
        '{"actors": [{"id": "uk-coalition", "name": "UK coalition", "kind": "coalition", "aliases": ["The U.K."]}]}', encoding="utf-8"
    )
    with pytest.raises(bs.DataError, match=r"'The U\.K\.' of 'uk-coalition' is looked up as 'uk'.*of 'united-kingdom'"):
        bs.load(mine, base=bs.dataset())


# ------------------------------------------------------------------ collective names

BALTIC = {"estonia", "latvia", "lithuania"}
NB8 = {"denmark", "estonia", "finland", "iceland", "latvia", "lithuania", "norway", "sweden"}


@pytest.mark.parametrize("typed", ["Baltic states", "the Baltic states", "THE BALTICS", "Baltic countries", "the Baltic nations"])
def test_the_baltic_states_in_a_filter_are_any_of_them(typed: str) -> None:
    by = bs.commitments(by=typed)
    assert by == tuple(c for c in bs.commitments() if BALTIC & set(c.parties))
    assert {"agg-2023-accelerate-brigade-2025", "bdc-2025-spending-3pct-gdp"} <= {c.id for c in by}
    hosted = bs.deployments(host=typed, status="planned")
    assert hosted == tuple(d for d in bs.deployments(status="planned") if BALTIC & set(d.hosts))
    assert hosted


def test_nordic_baltic_eight_in_every_party_filter() -> None:
    assert bs.exercises(participant="NB8") == tuple(e for e in bs.exercises() if NB8 & {e.lead, *(p.actor for p in e.participants)})
    hosted = bs.deployments(host="the Nordic-Baltic Eight")
    assert hosted == tuple(d for d in bs.deployments() if NB8 & set(d.hosts))
    assert hosted
    assert bs.deployments(contributor="Nordic countries") == tuple(
        d for d in bs.deployments() if {"denmark", "finland", "iceland", "norway", "sweden"} & {*d.contributors, d.lead}
    )


def test_collective_with_a_collective_name_adds_the_organisations_of_each() -> None:
    alone = set(bs.commitments(by="Baltic states"))
    with_nato = set(bs.commitments(by="Baltic states", collective=True))
    assert alone < with_nato
    assert {c for c in with_nato - alone if "nato" in c.parties or "eu" in c.parties} == with_nato - alone


def test_a_collective_name_is_not_one_party() -> None:
    with pytest.raises(bs.UnknownPartyError) as info:
        bs.party("Baltic states")
    message = str(info.value)
    assert "Estonia, Latvia, Lithuania" in message
    assert "bs.allies(baltic=True)" in message
    assert "by=" in message
    assert "United States" not in message
    assert info.value.suggestions == ()


@pytest.mark.parametrize("typed", ["Allies", "the Allies", "allied", "NATO Allies"])
def test_the_allies_are_refused_with_the_calls_to_make(typed: str) -> None:
    for call in (lambda: bs.commitments(by=typed), lambda: bs.deployments(host=typed), lambda: bs.party(typed)):
        with pytest.raises(bs.UnknownPartyError, match=r"collective name.*'NATO'.*bs\.allies\(\)"):
            call()


def test_collective_names_are_consistent_with_the_data() -> None:
    groups = collective_names()
    party_keys = {party_key(i) for p in PARTIES for i in written_identifiers(p)}
    assert {g.id for g in groups} >= {"baltic-states", "allies"}
    for group in groups:
        assert {bs.party(i).id for i in group.stands_for} == set(group.stands_for), group.id
        assert group.filters in ("any", "refuse")
        assert group.filters == "any" or group.note, group.id
        assert not {party_key(n) for n in group.names} & party_keys, group.id
    baltic = next(g for g in groups if g.id == "baltic-states")
    assert set(baltic.stands_for) == {a.id for a in bs.allies(baltic=True)}


def test_documents_and_queries_read_one_table_of_collective_names() -> None:
    finder = PartyFinder(bs.dataset())
    for group in collective_names():
        for name in group.names:
            assert finder.parties(f"Ministers of the {name} met.") == group.stands_for, name
            if group.filters == "any":
                assert bs.commitments(by=name) == tuple(c for c in bs.commitments() if set(group.stands_for) & set(c.parties))


def test_a_party_of_a_users_dataset_wins_over_a_collective_name(tmp_path: Any) -> None:
    mine = tmp_path / "mine.json"
    mine.write_text('{"actors": [{"id": "nordics", "name": "Nordics", "kind": "coalition"}]}', encoding="utf-8")
    ds = bs.load(mine, base=bs.dataset())
    assert ds.party("the Nordics").id == "nordics"
    assert ds.exercises(participant="Nordic countries") == bs.exercises(participant="Nordic countries")


def test_collective_names_need_their_parties_in_the_dataset(tmp_path: Any) -> None:
    ds = bs.Dataset(allies=[bs.get("estonia", bs.Ally)])
    with pytest.raises(bs.UnknownPartyError, match="unknown party 'Baltic states'"):
        ds.commitments(by="Baltic states")


# ------------------------------------------------------------------ suggestions


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("Estonai", "Estonia"),
        ("Baltic state", "Baltic states"),
        ("Baltic sates", "Baltic states"),
        ("United Stats", "United States"),
        ("Lithuanians", "Lithuania"),
        ("Estonian Navy", "Estonia"),
        ("Russland", "Russia"),
        ("UKRA", "Ukraine"),
        ("Nordic country", "Nordic countries"),
        ("the IT coalitions", "IT Coalition"),
    ],
)
def test_suggestions_come_from_meaning_before_spelling(typed: str, first: str) -> None:
    with pytest.raises(bs.UnknownPartyError) as info:
        bs.party(typed)
    assert info.value.suggestions[0] == first
    if "baltic" in typed.lower():
        assert "United States" not in info.value.suggestions


def test_the_command_line_reads_collective_names(run_cli: RunCli) -> None:
    code, out, err = run_cli("commitments", "--by", "Baltic states", "--format", "csv")
    assert (code, err) == (0, "")
    assert [line.split(",")[0] for line in out.splitlines()[1:]] == [c.id for c in bs.commitments(by="Baltic states")]
    code, out, err = run_cli("commitments", "--by", "the Allies")
    assert code == 1
    assert out == ""
    assert "'NATO'" in err
    code, out, _ = run_cli("deployments", "--host", "RU", "--format", "csv")
    assert code == 0
