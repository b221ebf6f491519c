"""Names of parties: ISO 3166-1 codes and names, every spelling users type, collective names, suggestions."""

from __future__ import annotations

import pycountry

import baltic_security as bs

STATES: list[bs.Ally | bs.Actor] = [*bs.allies(), *bs.actors(kind="state")]


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
