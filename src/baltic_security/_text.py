"""Text normalisation shared by every lookup: one place folds case and accents."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Mapping

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


def _words(text: str) -> list[str]:
    """The folded words of ``text``, split at spaces, hyphens, slashes and underscores, keeping letters and digits."""
    pieces = fold(text).translate(_SEPARATORS).split()
    return [word for word in ("".join(c for c in piece if c.isalnum()) for piece in pieces) if word]


_SEPARATORS = str.maketrans(dict.fromkeys("-‐‑–—/_", " "))  # noqa: RUF001  # the dashes are the point


def _same_stem(a: str, b: str) -> bool:
    """Whether two words are one word in two forms: equal, or sharing a leading stem.

    The stem is at least three letters and at least half the shorter word
    ('estonai' and 'estonia', 'submarine' and 'subsea'); words with digits
    must be equal.
    """
    if a == b:
        return True
    if any(c.isdigit() for c in a + b):
        return False
    shared = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return shared >= 3 and 2 * shared >= min(len(a), len(b))


def _tier(value: list[str], choice: list[str]) -> tuple[int, int]:
    """How a choice matches a value, best first: (tier, strength within the tier); tier 4 is spelling alone.

    1. the same letters and digits ('sub-sea' and 'subsea', 'U.K' and 'UK');
    2. the same words, each perhaps in another form ('Baltic state' and 'Baltic states');
    3. the whole choice (three letters or more) as words of the value ('underwater cables' holds 'underwater').
    """
    loose = "".join(choice)
    if loose and loose == "".join(value):
        return (1, 0)
    if all(any(_same_stem(v, c) for c in choice) for v in value) and all(any(_same_stem(c, v) for v in value) for c in choice):
        return (2, 0)
    if len(loose) >= 3 and not loose.isdigit():
        for start in range(len(value)):
            run = ""
            for word in value[start:]:
                run += word
                if run == loose:
                    return (3, -len(loose))
                if len(run) >= len(loose):
                    break
    return (4, 0)


def closest(value: str, choices: Iterable[str] | Mapping[str, str], *, limit: int = 3) -> tuple[str, ...]:
    """The choices that best match ``value``, best first: meaning before spelling.

    ``choices`` are names, or a mapping from each name (an alias, a code) to
    what it stands for, which is what the result then holds, each once.
    Names are compared folded (case and accents aside). A name matches when
    it has the same letters and digits as ``value``, or the same words in
    other forms, or is itself words of ``value``; only when no name matches
    in one of these ways does spelling decide (a similarity ratio of at
    least 0.6). Only the best kind of match found is offered, so a name
    that means what was typed is never crowded out by one that is merely
    spelt like it. Ties go by similarity, then by name.

    >>> closest("Estonai", ["Estonia", "Latvia", "Lithuania"])
    ('Estonia',)
    >>> closest("submarine", {"undersea": "undersea", "subsea": "undersea", "ukraine": "ukraine"})
    ('undersea',)
    >>> closest("underwater cables", {"underwater": "undersea", "cyber": "cyber"})
    ('undersea',)
    """
    import difflib  # noqa: PLC0415  # only needed on the error path; keeps import fast

    targets: Mapping[str, str] = choices if isinstance(choices, Mapping) else {choice: choice for choice in choices}
    wanted = fold(value)
    words = _words(value)
    ranked: list[tuple[int, int, float, str]] = []
    matcher = difflib.SequenceMatcher(b=wanted)
    for choice in sorted(targets):
        tier, strength = _tier(words, _words(choice))
        matcher.set_seq1(fold(choice))
        if tier == 4 and not (matcher.real_quick_ratio() >= 0.6 and matcher.quick_ratio() >= 0.6 and matcher.ratio() >= 0.6):
            continue
        ranked.append((tier, strength, -matcher.ratio(), choice))
    if not ranked:
        return ()
    ranked.sort()
    best = ranked[0][0]
    found = dict.fromkeys(targets[choice] for tier, _, _, choice in ranked if tier == best)
    return tuple(found)[:limit]


@functools.cache
def _latin_capitals() -> str:
    return "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())


def with_latin_capitals(pattern: str) -> str:
    """``pattern`` with each ``[A-Z]`` widened to every capital of the Latin alphabets (Ä, Ā, Š, Ł, Ø, Ž ...).

    Names in this field begin with them (Ämari, Ādaži, Šiauliai, Łask, Ørland),
    and ``re`` has no class for capital letters.

    >>> import re
    >>> [bool(re.match(with_latin_capitals("[A-Z]"), name)) for name in ("Ämari", "Šiauliai", "Łask", "ämari")]
    [True, True, True, False]
    """
    return pattern.replace("[A-Z]", f"[{_latin_capitals()}]")
