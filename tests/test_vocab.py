from __future__ import annotations

import contextlib
import enum
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import baltic_security as bs
from baltic_security.vocab import ALIASES, parse_vocab

VOCABULARIES: list[type[enum.Enum]] = [
    bs.Domain,
    bs.CommitmentKind,
    bs.CommitmentStatus,
    bs.DeploymentStatus,
    bs.ActorKind,
    bs.SourceKind,
    bs.Unit,
    bs.Qualifier,
    bs.Reliability,
    bs.Credibility,
    bs.Precision,
]


@pytest.mark.parametrize("vocab", VOCABULARIES)
def test_every_value_reads_back_in_any_case(vocab: type[enum.Enum]) -> None:
    for member in vocab:
        text = str(member.value)
        assert parse_vocab(vocab, text.upper()) is member
        assert parse_vocab(vocab, text.lower().replace("-", " ")) is member
        assert parse_vocab(vocab, member) is member


@pytest.mark.parametrize("vocab", list(ALIASES))
def test_documented_aliases_resolve(vocab: type[enum.Enum]) -> None:
    for alias, member in ALIASES[vocab].items():
        assert parse_vocab(vocab, alias) is member
        assert parse_vocab(vocab, alias.upper()) is member


def test_design_aliases() -> None:
    assert bs.Domain("underwater") is bs.Domain("subsea") is bs.Domain.UNDERSEA
    assert bs.Domain("air defense") is bs.Domain("IAMD") is bs.Domain.AIR_DEFENCE
    assert bs.Qualifier("over") is bs.Qualifier.MORE_THAN


def test_unknown_value_names_closest() -> None:
    with pytest.raises(bs.UnknownValueError, match=r"did you mean 'undersea'") as info:
        bs.Domain("undersee")
    assert isinstance(info.value, ValueError)
    assert info.value.suggestions == ("undersea",)


@pytest.mark.parametrize("typed", ["submarine", "sub-sea", "Sub Sea", "underwater cables", "undersea cable", "subsea pipelines", "seabed"])
def test_words_near_an_alias_suggest_its_value_not_a_spelling_neighbour(typed: str) -> None:
    try:
        assert bs.Domain(typed) is bs.Domain.UNDERSEA
    except bs.UnknownValueError as exc:
        assert exc.suggestions == ("undersea",)
    with pytest.raises(bs.UnknownValueError, match=r"did you mean 'undersea'\?$"):
        bs.commitments(domain="submarine")


# Every value and alias of three letters or more: what a user writes around it
# ("underwater cables"), or without its spaces and hyphens ("airdefence").
NAMED = [
    (vocab, name, member)
    for vocab in VOCABULARIES
    for name, member in {**{str(m.value): m for m in vocab}, **ALIASES.get(vocab, {})}.items()
    if sum(c.isalnum() for c in name) >= 3
]


@given(st.sampled_from(NAMED), st.from_regex(r"[qxz]{4,8}", fullmatch=True), st.booleans())
def test_a_value_or_alias_among_other_words_suggests_its_value_first(named: tuple[Any, str, Any], other: str, before: bool) -> None:
    vocab, name, member = named
    for typed in (f"{other} {name}" if before else f"{name} {other}", "".join(c for c in name if c.isalnum())):
        try:
            assert parse_vocab(vocab, typed) is member
        except bs.UnknownValueError as exc:
            assert exc.suggestions[0] == str(member.value), typed


def test_short_vocabulary_is_listed_when_nothing_is_close() -> None:
    with pytest.raises(bs.UnknownValueError) as info:
        bs.Reliability("Z")
    assert info.value.suggestions == ("A", "B", "C", "D", "E", "F")
    with pytest.raises(bs.UnknownValueError, match="did you mean 'A'"):
        bs.commitments(min_confidence="Z2")


@given(st.text(max_size=20))
def test_any_text_gives_a_member_or_our_error(text: str) -> None:
    for vocab in VOCABULARIES:
        with contextlib.suppress(bs.UnknownValueError):
            assert isinstance(parse_vocab(vocab, text), vocab)


def test_admiralty_minimums() -> None:
    assert bs.Reliability.A.meets(bs.Reliability.B)
    assert not bs.Reliability.C.meets(bs.Reliability.B)
    assert not bs.Reliability.F.meets(bs.Reliability.E)
    assert bs.Credibility(2).meets(bs.Credibility(2))
    assert not bs.Credibility(3).meets(bs.Credibility(2))
    assert not bs.Credibility.CANNOT_BE_JUDGED.meets(bs.Credibility.IMPROBABLE)
    assert bs.Reliability.B.description == "usually reliable"
