"""Word search for ``text=``: every word asked for must occur in the record.

Words are compared folded (case and accents do not matter, through the one
normaliser :func:`~baltic_security._text.fold`) and stemmed with the Snowball
English stemmer, so a singular finds its plural ("drone" finds "drones") and
the other way round. The stemmer is the optional ``snowballstemmer``
dependency (the ``search`` extra), imported on the first text search.

>>> query_words("Undersea CABLE") <= record_words(["Protect undersea pipelines, cables and data links."])
True
>>> query_words("air defense 3 percent 4000") <= record_words(["Air defence: 3% of GDP and 4,000 troops."])
True
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ._text import fold
from .errors import FieldError, MissingExtraError

__all__ = ["query_words", "record_words"]

# A run of letters and digits; an apostrophe inside a word ("nato's") keeps it one
# word, so the stemmer can drop the possessive. Anything else separates words.
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")


def _stemmer() -> Callable[[list[str]], list[str]]:
    """A fresh English stemmer's ``stemWords``: stemmer objects keep state, so threads must not share one."""
    try:
        import snowballstemmer  # noqa: PLC0415  # an optional extra, needed only by text searches
    except ImportError:
        raise MissingExtraError("snowballstemmer", "search") from None
    stem: Callable[[list[str]], list[str]] = snowballstemmer.stemmer("english").stemWords
    return stem


# A number written with thousands separators ("4,000") is the number 4000, as typed.
_GROUPED = re.compile(r"(?<![\d,])\d{1,3}(?:,\d{3})+(?![\d,])")
# "3%" is "3 percent": the sign is a word of its own.
_PERCENT = re.compile(r"\s*%")
# American spellings read as the British ones the sources and summaries use, on both
# sides of a search, so "air defense" finds "air defence". Whole words only: a rule
# such as "-or" to "-our" would also turn "for" into "four".
_SPELLINGS = {
    "defense": "defence", "defenses": "defences", "offense": "offence",
    "center": "centre", "centers": "centres", "harbor": "harbour", "harbors": "harbours",
    "armor": "armour", "armored": "armoured", "maneuver": "manoeuvre", "maneuvers": "manoeuvres",
    "program": "programme", "programs": "programmes", "labor": "labour", "kilometer": "kilometre",
    "kilometers": "kilometres", "organization": "organisation", "organizations": "organisations",
    "modernization": "modernisation", "mobilization": "mobilisation", "stabilization": "stabilisation",
    "authorized": "authorised", "recognized": "recognised", "organized": "organised", "prioritize": "prioritise",
}  # fmt: skip


def _words(text: str) -> list[str]:
    plain = _PERCENT.sub(" percent ", _GROUPED.sub(lambda m: m.group(0).replace(",", ""), fold(text)))
    words = (word.replace("\u2019", "'") for word in _WORD.findall(plain))
    return [_SPELLINGS.get(word, word) for word in words]


def query_words(text: str) -> frozenset[str]:
    """The stems a ``text=`` query asks for; at least one, or :class:`FieldError`.

    >>> sorted(query_words("Drones' coalitions"))
    ['coalit', 'drone']
    """
    if not isinstance(text, str):
        raise TypeError(f"text: expected a string of words, found {type(text).__name__} {text!r}")
    words = _words(text)
    if not words:
        raise FieldError("text", f"expected at least one word to search for, found {text!r}")
    return frozenset(_stemmer()(words))


def record_words(texts: Iterable[str]) -> frozenset[str]:
    """Every stem in a record's texts (see :func:`index`, which builds these for a whole table).

    >>> sorted(record_words(["Drone coalitions", "Ādaži"]))
    ['adazi', 'coalit', 'drone']
    """
    return index([texts])[0]


def index(records: Iterable[Iterable[str]]) -> list[frozenset[str]]:
    """Each record's stems, from its texts; each distinct word is stemmed once for the whole table."""
    stem = _stemmer()
    stems: dict[str, str] = {}
    found: list[frozenset[str]] = []
    for texts in records:
        words = set(_words(" ".join(texts)))
        new = [word for word in words if word not in stems]
        if new:
            stems.update(zip(new, stem(new), strict=True))
        found.append(frozenset(stems[word] for word in words))
    return found
