"""The one text normaliser: folded keys for lookups and searches."""

from __future__ import annotations

import re
import string

from hypothesis import given
from hypothesis import strategies as st

from baltic_security._text import _fold_any, fold, with_latin_capitals


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_shortcut_gives_the_general_key(text: str) -> None:
    assert fold(text) == _fold_any(text)


@given(st.text())
def test_fold_ignores_surrounding_and_repeated_spacing(text: str) -> None:
    key = fold(f"  {text}\t")
    assert key == fold(text)
    assert not key.startswith(tuple(string.whitespace))
    assert "  " not in key


def test_accents_and_special_letters_meet_their_ascii_spelling() -> None:
    assert fold("Ādaži") == fold("ADAZI") == "adazi"
    assert fold("Łódź") == "lodz"
    assert fold("Straße") == fold("STRASSE")
    assert fold("Ølstykke") == "olstykke"


@given(st.characters(max_codepoint=0x24F))
def test_the_widened_capital_class_matches_exactly_the_latin_capitals(char: str) -> None:
    assert bool(re.fullmatch(with_latin_capitals("[A-Z]"), char)) == (char.isupper() and char.isalpha())
