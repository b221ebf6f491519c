"""Text normalisation shared by every lookup: one place folds case and accents."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

# Letters NFKD does not decompose into a base letter plus a combining mark.
_EXTRA = str.maketrans({"ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "ß": "ss", "æ": "ae", "Æ": "ae", "ı": "i"})  # noqa: RUF001  # the dotless i is the point


def fold(text: str) -> str:
    """Case- and accent-insensitive key: 'Ādaži' and 'adazi' meet.

    >>> fold("  Ādaži ")
    'adazi'
    >>> fold("Türkiye") == fold("TURKIYE")
    True
    """
    if text.isascii():  # most names: nothing to translate, decompose or drop
        return " ".join(text.casefold().split())
    return _fold_any(text)


def _fold_any(text: str) -> str:
    """`fold` for any text; ASCII text gives the same key by the shorter path."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def closest(value: str, choices: Iterable[str], *, limit: int = 3) -> tuple[str, ...]:
    """The choices nearest to ``value``, compared folded, best first, ties by name.

    >>> closest("Estonai", ["Estonia", "Latvia", "Lithuania"])
    ('Estonia',)
    """
    import difflib  # noqa: PLC0415  # only needed on the error path; keeps import fast

    by_key: dict[str, str] = {}
    for choice in sorted(choices):
        by_key.setdefault(fold(choice), choice)
    matches = difflib.get_close_matches(fold(value), list(by_key), n=limit, cutoff=0.6)
    return tuple(by_key[m] for m in matches)
