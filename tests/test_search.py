"""`text=` matches words: every word given must occur, in any order, case and accents, singular or plural."""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import baltic_security as bs
from baltic_security import _search, testing
from baltic_security._indexes import _texts
from baltic_security._text import fold

if TYPE_CHECKING:
    from conftest import RunCli

Fact = bs.Commitment | bs.Exercise | bs.Deployment
FACTS: list[Fact] = [*bs.commitments(), *bs.exercises(), *bs.deployments()]


def _query(ds: bs.Dataset, record: Fact, text: str) -> tuple[Fact, ...]:
    if isinstance(record, bs.Commitment):
        return ds.commitments(text=text)
    if isinstance(record, bs.Exercise):
        return ds.exercises(text=text)
    return ds.deployments(text=text)


# Each: a query, a record it must find (whose text has the words in another form), and one it must not.
CASES = [
    ("Drones", "bdc-2025-ukraine-coalitions-lead", "agg-2025-undersea-protection-measures"),
    ("drone coalition", "bdc-2025-ukraine-coalitions-lead", "agg-2025-undersea-protection-measures"),
    ("undersea cable", "agg-2025-undersea-protection-measures", "bdc-2025-ukraine-coalitions-lead"),
    ("CABLES pipeline undersea", "agg-2025-undersea-protection-measures", "bdc-2025-undersea-infrastructure-protection"),
    ("adazi", "nato-2021-adazi-battlegroup", "agg-2023-efp-battlegroup-lithuania"),
    ("Ādaži battlegroups", "nato-2021-adazi-battlegroup", "agg-2023-efp-battlegroup-lithuania"),
    ("baltops", "agg-2025-baltops-2025", None),
]


@pytest.mark.parametrize(("text", "found", "missed"), CASES, ids=[c[0] for c in CASES])
def test_words_not_substrings(text: str, found: str, missed: str | None) -> None:
    record = bs.get(found)
    assert isinstance(record, (bs.Commitment, bs.Exercise, bs.Deployment))
    results = _query(bs.dataset(), record, text)
    assert record in results
    if missed is not None:
        assert bs.get(missed) not in results


@pytest.mark.parametrize("text", ["Drone", "under", "pipe", "cab", "undersea cable drones"])
def test_a_part_of_a_word_or_a_missing_word_is_no_match(text: str) -> None:
    # "under" is inside "undersea", "pipe" inside "pipelines", "cab" inside "cables": substrings, not words.
    assert bs.get("agg-2025-undersea-protection-measures") not in bs.deployments(text=text)


@pytest.mark.parametrize("text", ["", "   ", "—", "!?"])
def test_text_without_words_is_refused(text: str) -> None:
    with pytest.raises(bs.FieldError, match="at least one word"):
        bs.commitments(text=text)


@pytest.mark.parametrize("text", [3, ["undersea"], b"undersea"])
def test_text_of_another_type_is_refused(text: object) -> None:
    with pytest.raises(TypeError, match="text: expected a string"):
        bs.deployments(text=text)  # type: ignore[arg-type]


def test_cli_text_is_word_based(run_cli: RunCli) -> None:
    code, out, err = run_cli("deployments", "--text", "undersea cable", "--format", "jsonl")
    assert (code, err) == (0, "")
    assert "agg-2025-undersea-protection-measures" in out


def test_missing_stemmer_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    # A fresh dataset, so no word index is built yet; None in sys.modules makes the import fail.
    ds = bs.Dataset(allies=bs.allies(), actors=bs.actors(), sources=bs.sources(), commitments=bs.commitments())
    monkeypatch.setitem(sys.modules, "snowballstemmer", None)
    with pytest.raises(bs.MissingExtraError, match=r"pip install 'baltic-security\[search\]'") as info:
        ds.commitments(text="undersea")
    assert isinstance(info.value, ImportError)
    assert ds.commitments(by="Estonia")  # everything else works without it


@pytest.mark.slow
def test_the_stemmer_loads_only_for_a_text_search(modules_after: Callable[[str], set[str]]) -> None:
    assert "snowballstemmer" not in modules_after("import baltic_security as bs\nassert bs.commitments(by='Estonia', since=2025)")
    assert "snowballstemmer" in modules_after("import baltic_security as bs\nassert bs.commitments(text='undersea')")


def test_words_are_stemmed_once_per_table(monkeypatch: pytest.MonkeyPatch) -> None:
    ds = bs.Dataset(allies=bs.allies(), actors=bs.actors(), sources=bs.sources(), commitments=bs.commitments())
    builds: list[int] = []
    index = _search.index

    def counting(records: object) -> list[frozenset[str]]:
        builds.append(1)
        return index(records)  # type: ignore[arg-type]

    monkeypatch.setattr(_search, "index", counting)
    for text in ("undersea", "cables", "drone coalitions"):
        ds.commitments(text=text)
    assert len(builds) == 1


# ------------------------------------------------------------ properties


def _plural_toggled(word: str) -> str:  # noqa: PLR0911  # one return per English spelling rule
    """The word's other number as English writes regular plurals; words that have none are kept.

    Adverbs (-ly), Latin and Greek endings (-us, -is), acronyms (a capital after the
    first letter) and short words (has, its) are not regular nouns: left as they are.
    """
    lower = word.lower()
    if not (word.isascii() and word.isalpha() and len(word) >= 4 and word[1:] == word[1:].lower()):
        return word
    if lower.endswith(("ly", "us", "is")):
        return word
    if lower.endswith("ies"):
        return word[:-3] + "y" if len(word) > 4 else word[:-1]  # allies -> ally, ties -> tie
    if lower.endswith(("sses", "xes", "ches", "shes", "zes")):
        return word[:-2]
    if lower.endswith("s") and not lower.endswith("ss"):
        return word[:-1]
    if lower.endswith("y") and lower[-2] not in "aeiou":
        return word[:-1] + "ies"
    if lower.endswith(("s", "x", "ch", "sh", "z")):
        return word + "es"
    return word + "s"


def _without_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@st.composite
def _asked(draw: st.DrawFn, record: Fact, *, english: bool) -> list[tuple[str, str]]:
    """Some of a record's words, each as written and as a user types it.

    Any order, any case, accents dropped or not, and (for English text) singular
    or plural. A word is what lies between spaces and has a letter or digit.
    """
    chunks = [chunk for chunk in " ".join(_texts(record)).split() if any(c.isalnum() for c in chunk)]
    assume(chunks)
    chosen = draw(st.lists(st.sampled_from(chunks), min_size=1, max_size=4))
    typed = []
    for chunk in chosen:
        upper = draw(st.lists(st.booleans(), min_size=len(chunk), max_size=len(chunk)))
        word = "".join(c.upper() if up else c.lower() for c, up in zip(chunk, upper, strict=True))
        if draw(st.booleans()):
            word = _without_accents(word)
        if english and draw(st.booleans()):
            word = _plural_toggled(word)
        typed.append((chunk, word))
    return typed


def _text(typed: list[tuple[str, str]]) -> str:
    return " ".join(word for _, word in typed)


@given(st.sampled_from(FACTS), st.data())
def test_any_words_of_a_record_find_it(record: Fact, data: st.DataObject) -> None:
    text = _text(data.draw(_asked(record, english=True)))
    assert record in _query(bs.dataset(), record, text), text


@given(testing.datasets(max_facts=3), st.data())
def test_any_words_of_a_generated_record_find_it(ds: bs.Dataset, data: st.DataObject) -> None:
    facts: list[Fact] = [*ds.commitments(), *ds.exercises(), *ds.deployments()]
    assume(facts)
    record = data.draw(st.sampled_from(facts))
    typed = data.draw(_asked(record, english=False))
    # Text of any script: a change of case that does not survive folding (a combining
    # mark whose capital is a letter) makes another word, not the same one recased.
    assume(all(fold(chunk) == fold(word) for chunk, word in typed))
    text = _text(typed)
    assert record in _query(ds, record, text), text


@given(st.sampled_from(FACTS), st.data())
def test_text_filters_compose(record: Fact, data: st.DataObject) -> None:
    first = _text(data.draw(_asked(record, english=True)))
    other = data.draw(st.sampled_from([r for r in FACTS if type(r) is type(record)]))
    second = _text(data.draw(_asked(other, english=True)))
    both = set(_query(bs.dataset(), record, f"{first} {second}"))
    assert both == set(_query(bs.dataset(), record, first)) & set(_query(bs.dataset(), record, second))


# Each: a query as users type it, and the same words as the records write them.
SPELLINGS = [
    ("air defense", "air defence"),
    ("Defense spending", "defence spending"),
    ("4000 troops", "4,000 troops"),
    ("3 percent", "3%"),
    ("modernization", "modernisation"),
]


@pytest.mark.parametrize(("typed", "written"), SPELLINGS, ids=[s[0] for s in SPELLINGS])
def test_spelling_and_number_forms_find_the_same_records(typed: str, written: str) -> None:
    assert _search.query_words(typed) == _search.query_words(written)
    for query in (bs.commitments, bs.exercises, bs.deployments):
        assert query(text=typed) == query(text=written)


def test_the_spellings_table_finds_at_least_one_record_each_way() -> None:
    assert bs.commitments(text="air defense")
    assert bs.deployments(text="4000 troops")
    assert bs.commitments(text="3 percent")


def test_an_exercise_is_found_by_what_its_participants_brought() -> None:
    exercise = next(e for e in bs.exercises() if any(p.assets for p in e.participants))
    asset = next(a for p in exercise.participants for a in p.assets)
    assert exercise in bs.exercises(text=asset)


@given(st.integers(1000, 10**12))
def test_a_number_with_thousands_separators_is_the_number(number: int) -> None:
    assert _search.query_words(f"{number:,}") == _search.query_words(str(number))


def test_for_and_four_stay_apart() -> None:
    # Whole-word spellings only: no rule turns "for" into "four".
    assert _search.query_words("for") != _search.query_words("four")
