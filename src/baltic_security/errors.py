"""The package's exceptions: every failure a user can cause raises one of these.

>>> import baltic_security as bs
>>> try:
...     bs.commitments(by="Estonai")
... except bs.UnknownPartyError as exc:
...     print(exc)
unknown party 'Estonai'; did you mean 'Estonia'?
"""

from __future__ import annotations

import attrs

__all__ = [
    "BalticSecurityError",
    "DataError",
    "DateError",
    "FieldError",
    "FieldTypeError",
    "MissingExtraError",
    "OverwriteError",
    "Problem",
    "UnknownIdError",
    "UnknownPartyError",
    "UnknownValueError",
]


class BalticSecurityError(Exception):
    """Base class of every error this package raises on purpose.

    >>> issubclass(DataError, BalticSecurityError)
    True
    """


class DateError(BalticSecurityError, ValueError):
    """A date that cannot be read for certain, or that does not exist.

    Raised by every reader of dates (``PartialDate.parse``, ``parse_range``,
    ``coerce``, ``from_iso`` and so every date argument) and by a
    ``PartialDate`` built with a month or day out of range; the message says
    why and what to write instead.

    >>> from baltic_security import PartialDate
    >>> PartialDate.parse("Monday")
    Traceback (most recent call last):
    ...
    baltic_security.errors.DateError: expected a date with a year, found 'Monday'
    """


class FieldError(BalticSecurityError, ValueError):
    """A record or value was built with an invalid field.

    ``field`` names it, with the index of the item inside a tuple
    (``"parties[1]"``); ``reason`` says what was expected and what was
    found; ``others`` names the other fields a rule between fields involves
    (``due`` is checked against ``made_on``).

    >>> from baltic_security import Evidence
    >>> Evidence(source="x", paragraph=0, credibility=1)
    Traceback (most recent call last):
    ...
    baltic_security.errors.FieldError: paragraph: expected an integer >= 1, found 0
    """

    def __init__(self, field: str, reason: str, *, others: tuple[str, ...] = ()) -> None:
        self.field = field
        self.reason = reason
        self.others = others
        super().__init__(f"{field}: {reason}")

    def within(self, name: str, index: int) -> FieldError:
        """The same error, for item ``index`` of the tuple field ``name``.

        >>> FieldError("parties", "expected a slug").within("parties", 1).field
        'parties[1]'
        """
        rest = self.field[len(name) :] if self.field.startswith(name) else ""
        return type(self)(f"{name}[{index}]{rest}", self.reason, others=self.others)


class FieldTypeError(FieldError, TypeError):
    """A record or value was built with a field of the wrong Python type.

    Records hold tuples (not lists) and vocabulary members (not their
    strings); :func:`baltic_security.structure` reads plain JSON data.

    >>> import baltic_security as bs
    >>> bs.Participant(actor="estonia", assets=["FGS Bayern"])
    Traceback (most recent call last):
    ...
    baltic_security.errors.FieldTypeError: assets: expected a tuple, found list ['FGS Bayern']; records hold tuples: write ('FGS Bayern',)
    """


@attrs.frozen(kw_only=True)
class Problem:
    """One thing wrong with a dataset file: where, and what was expected.

    >>> str(Problem(file="mine.json", path="$.commitments[0].made_on", message="expected a date"))
    'mine.json: $.commitments[0].made_on: expected a date'
    """

    file: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.path}: {self.message}"


class DataError(BalticSecurityError, ValueError):
    """A dataset file (or a set of them) is invalid; nothing was loaded.

    ``problems`` lists every problem found, each naming the file, the JSON
    path of the field and what was expected.

    >>> err = DataError([Problem(file="a.json", path="$", message="expected a JSON object")])
    >>> print(err)
    1 problem in dataset:
      a.json: $: expected a JSON object
    """

    problems: tuple[Problem, ...]

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in dataset:"
        super().__init__("\n  ".join([head, *map(str, self.problems)]))


def _did_you_mean(suggestions: tuple[str, ...]) -> str:
    if not suggestions:
        return ""
    return "; did you mean " + " or ".join(repr(s) for s in suggestions) + "?"


class UnknownValueError(BalticSecurityError, ValueError):
    """A value outside a controlled vocabulary, naming the closest valid ones.

    >>> from baltic_security import Domain
    >>> Domain("undersee")
    Traceback (most recent call last):
    ...
    baltic_security.errors.UnknownValueError: unknown Domain 'undersee'; did you mean 'undersea'?
    """

    def __init__(self, what: str, value: object, suggestions: tuple[str, ...] = ()) -> None:
        self.what = what
        self.value = value
        self.suggestions = suggestions
        super().__init__(f"unknown {what} {value!r}{_did_you_mean(suggestions)}")


class UnknownPartyError(BalticSecurityError, LookupError):
    """A party name, code or alias that names no ally or actor, or not one of them.

    ``reason`` says why a known name was refused: a collective name ("the
    Baltic states") where one party is needed.

    >>> import baltic_security as bs
    >>> bs.commitments(by="Lietuva") == bs.commitments(by="LTU")
    True
    >>> bs.party("Allies")
    Traceback (most recent call last):
    ...
    baltic_security.errors.UnknownPartyError: party 'Allies': it is a collective name, not one party: ...
    """

    def __init__(self, value: str, suggestions: tuple[str, ...] = (), *, reason: str | None = None) -> None:
        self.value = value
        self.suggestions = suggestions
        self.reason = reason
        if reason is None:
            super().__init__(f"unknown party {value!r}{_did_you_mean(suggestions)}")
        else:
            super().__init__(f"party {value!r}: {reason}")

    def __str__(self) -> str:
        # LookupError would otherwise print like KeyError, with extra quotes.
        return str(self.args[0])


class UnknownIdError(BalticSecurityError, LookupError):
    """No record has this id (neither now nor as a retired id).

    >>> import baltic_security as bs
    >>> try:
    ...     bs.get("estonai")
    ... except bs.UnknownIdError as exc:
    ...     print(exc)
    no record with id 'estonai'; did you mean 'estonia'?
    """

    def __init__(self, value: str, suggestions: tuple[str, ...] = (), *, kind: str = "record", found: str | None = None) -> None:
        self.value = value
        self.suggestions = suggestions
        #: The type of the record that has this id, when it is not the ``kind`` asked for.
        self.found = found
        what = "" if found is None else f"; {value!r} is {'an' if found[0] in 'AEIOU' else 'a'} {found}"
        super().__init__(f"no {kind} with id {value!r}{what}{_did_you_mean(suggestions)}")

    def __str__(self) -> str:
        return str(self.args[0])


class MissingExtraError(BalticSecurityError, ImportError):
    """An optional dependency is missing; the message names the extra to install.

    >>> print(MissingExtraError("pandas", "pandas"))
    this feature needs 'pandas': pip install 'baltic-security[pandas]'
    """

    def __init__(self, module: str, extra: str) -> None:
        self.extra = extra
        super().__init__(f"this feature needs {module!r}: pip install 'baltic-security[{extra}]'", name=module)


class OverwriteError(BalticSecurityError, FileExistsError):
    """An export would replace files the caller did not name; nothing was written.

    ``paths`` lists every such file. Pass ``force=True`` (``--force`` on the
    command line) to replace them, or write somewhere else.

    >>> import baltic_security as bs, pathlib, tempfile
    >>> from baltic_security.export import write_sqlite
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "metadata.json").write_text("{}", encoding="utf-8")
    >>> write_sqlite(bs.dataset(), folder / "baltic.db")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    baltic_security.errors.OverwriteError: the sqlite export would replace 1 file you did not name: .../metadata.json; ...
    """

    def __init__(self, what: str, paths: tuple[str, ...]) -> None:
        import os.path  # noqa: PLC0415  # only on this error's path

        self.paths = paths
        folder = os.path.dirname(paths[0]) if paths else ""  # noqa: PTH120  # the paths are shown as given
        if len(paths) > 1 and folder and all(os.path.dirname(p) == folder for p in paths):  # noqa: PTH120
            listed = f"{len(paths)} files you did not name in {folder}: {', '.join(os.path.basename(p) for p in paths)}"  # noqa: PTH119
        else:
            listed = f"{len(paths)} file{'s' if len(paths) != 1 else ''} you did not name: {', '.join(paths)}"
        super().__init__(
            f"{what} would replace {listed}; "
            f"pass force=True (--force on the command line) to replace {'them' if len(paths) != 1 else 'it'}, or write to a new place"
        )
