"""Reading dataset files: bytes to JSON to records to a validated Dataset.

Everything is read and checked before anything is returned: a bad file
raises one :class:`~baltic_security.DataError` listing every problem, and
no half-built dataset exists anywhere.
"""

from __future__ import annotations

import json
import math
import os
import re
import sys
import warnings
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from ._dataset import RECORD_TYPES, Dataset, Located
from ._parties import identifiers, party_key
from ._text import closest
from .convert import _NoGC, explain, json_type, structure_hook
from .errors import DataError, Problem
from .model import Actor, Ally
from .retired import Retired

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["DEFAULT_MAX_BYTES", "MANIFEST", "VERSION", "bundled", "bundled_version", "load"]

#: Largest dataset file :func:`load` reads unless told otherwise (256 MiB).
DEFAULT_MAX_BYTES = 256 * 1024 * 1024
#: A folder's optional manifest: ``{"version": ..., "files": [...], "retired": {...}}``.
MANIFEST = "dataset.json"
_MANIFEST_KEYS = frozenset({"version", "files", "retired"})
#: The key of a dataset file (and of a manifest) that holds the dataset's version.
VERSION = "version"
_VERSION_EXPECTED = "expected a string such as '2026.11.0'"


class _Invalid(Exception):
    """Internal: one problem that stops reading a file."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


def _no_constants(name: str) -> Any:
    raise _Invalid("$", f"expected RFC 8259 JSON, found {name}")


class _Unreadable:
    """Internal: a number literal that no float holds, kept in the parsed tree until its path is known."""

    __slots__ = ("literal",)

    def __init__(self, literal: str) -> None:
        self.literal = literal


_NONZERO_DIGIT = re.compile(r"[1-9]")


def _float_reader(found: list[_Unreadable]) -> Callable[[str], float | _Unreadable]:
    """A ``parse_float`` hook: the float Python reads, or a marker when reading it would change the number.

    ``float()`` quietly turns ``1e400`` into infinity and ``1e-400`` into 0.0;
    both are wrong numbers, so they are marked here and refused, with their
    path, once parsing ends.
    """

    def read(literal: str) -> float | _Unreadable:
        value = float(literal)
        if 0.0 < abs(value) < math.inf:  # the common case: one comparison
            return value
        # Zero is only right when every digit of the significand is zero.
        if value == 0.0 and not _NONZERO_DIGIT.search(literal.partition("e")[0].partition("E")[0]):
            return value
        marker = _Unreadable(literal)
        found.append(marker)
        return marker

    return read


def _unreadable_paths(value: Any, path: str) -> Iterator[tuple[str, _Unreadable]]:
    """Where the markers of :func:`_float_reader` are in a parsed tree, in document order."""
    if isinstance(value, _Unreadable):
        yield path, value
    elif isinstance(value, dict):
        for key, child in value.items():
            yield from _unreadable_paths(child, f"{path}.{key}")
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _unreadable_paths(child, f"{path}[{index}]")


def _unreadable_problem(file: str, path: str, marker: _Unreadable) -> Problem:
    reason = "rounds to 0" if float(marker.literal) == 0.0 else "overflows to infinity"
    return Problem(file=file, path=path, message=f"expected a finite number a 64-bit float can hold, found {marker.literal} (it {reason})")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # Called for every JSON object: the common case is one dict() and one comparison.
    found = dict(pairs)
    if len(found) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Invalid("$", f"expected unique keys in each JSON object, found {key!r} twice")
            seen.add(key)
    return found


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _check_surrogates(value: Any, path: str) -> None:
    """Refuse strings holding an unpaired surrogate: they are not Unicode text and cannot be written as UTF-8."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise _Invalid(path, "expected Unicode text, found an unpaired UTF-16 surrogate escape") from None
    elif isinstance(value, dict):
        for key, child in value.items():
            _check_surrogates(key, path)
            _check_surrogates(child, f"{path}.{key}")
    elif isinstance(value, list):
        for index, child in enumerate(value):
            _check_surrogates(child, f"{path}[{index}]")


def parse_json(data: bytes, file: str) -> Any:
    """Decode strict UTF-8 RFC 8259 JSON, or raise :class:`DataError` naming the file."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataError(
            [Problem(file=file, path="$", message=f"expected UTF-8 text, found byte 0x{data[exc.start]:02x} at offset {exc.start}")]
        ) from None
    del data  # the text holds it all now; parsing needs memory enough without the bytes too
    text = text.removeprefix("\ufeff")
    # Escapes of UTF-16 surrogates are rare: only then look for one left unpaired after parsing.
    suspect = _SURROGATE_ESCAPE.search(text) is not None
    unreadable: list[_Unreadable] = []
    try:
        value = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constants, parse_float=_float_reader(unreadable))
        if suspect:
            _check_surrogates(value, "$")
    except _Invalid as exc:
        raise DataError([Problem(file=file, path=exc.path, message=exc.message)]) from None
    except json.JSONDecodeError as exc:
        raise DataError(
            [Problem(file=file, path="$", message=f"expected JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")]
        ) from None
    except RecursionError:
        raise DataError(
            [Problem(file=file, path="$", message="expected JSON nested no deeper than a dataset file needs, found deeper nesting")]
        ) from None
    except ValueError as exc:  # e.g. an integer with more digits than Python converts
        raise DataError([Problem(file=file, path="$", message=f"expected JSON with sane numbers: {exc}")]) from None
    if unreadable:  # rare: only then walk the tree for the paths
        raise DataError([_unreadable_problem(file, path, marker) for path, marker in _unreadable_paths(value, "$")])
    return value


def read_records(data: Any, file: str, *, consume: bool = False) -> tuple[list[Located], list[Problem]]:
    """Structure one parsed dataset file into located records, collecting every problem.

    With ``consume``, each record's JSON object is dropped from ``data`` once
    the record is built, so the parsed file and the records are not both
    held in memory in full.
    """
    located, problems, failed = _read(data, file, consume=consume)
    return located, problems + _explain(failed, None)


# A record the fast path refused, kept to be explained once every file is read:
# (its JSON object, its class, its file, its path). A plain tuple: a NamedTuple
# class would cost this module's import more than the rest of it.
_Failed = tuple[Any, type[Any], str, str]


def _read(data: Any, file: str, *, consume: bool) -> tuple[list[Located], list[Problem], list[_Failed]]:
    if not isinstance(data, dict):
        return (
            [],
            [Problem(file=file, path="$", message=f"expected a JSON object with keys {', '.join(RECORD_TYPES)}, found {json_type(data)}")],
            [],
        )
    located: list[Located] = []
    problems: list[Problem] = []
    failed: list[_Failed] = []
    for key, items in data.items():
        if key == VERSION:
            continue  # the dataset's, not a record list: see _file_version
        cls = RECORD_TYPES.get(key)
        if cls is None:
            near = closest(key, (VERSION, *RECORD_TYPES), limit=1)
            hint = f" (did you mean {near[0]!r}?)" if near else ""
            problems.append(
                Problem(file=file, path=f"$.{key}", message=f"unknown key{hint}; expected only {VERSION}, {', '.join(RECORD_TYPES)}")
            )
            continue
        if not isinstance(items, list):
            problems.append(
                Problem(file=file, path=f"$.{key}", message=f"expected an array of {cls.__name__} records, found {json_type(items)}")
            )
            continue
        hook = structure_hook(cls)
        add = located.append
        for index, item in enumerate(items):
            try:
                record = hook(item)
                if consume:
                    items[index] = None
            except Exception:  # noqa: BLE001  # re-explained with paths by the detailed converter
                failed.append((item, cls, file, f"$.{key}[{index}]"))
                continue
            add(Located(record, file, f"$.{key}[{index}]"))
    return located, problems, failed


def _explain(failed: list[_Failed], names: Callable[[str], str | None] | None) -> list[Problem]:
    """Every problem of each refused record, by the detailed converter, labelled with the record's id."""
    problems: list[Problem] = []
    for item, cls, file, path in failed:
        found = explain(item, cls, file=file, path=path, names=names)
        label = item.get("id") if isinstance(item, dict) else None
        if isinstance(label, str):
            found = [Problem(file=p.file, path=p.path, message=f"{p.message} (record {label!r})") for p in found]
        problems.extend(found)
    return problems


def _party_names(located: list[Located], base: Dataset | None) -> Callable[[str], str | None]:
    """The id a party name, code or alias stands for among the records read and the base, for suggestions."""
    keys: dict[str, str] = {}
    for record in [*(each.record for each in located), *(base or ())]:
        if isinstance(record, (Ally, Actor)):
            for name in identifiers(record):
                keys.setdefault(party_key(name), record.id)
    return lambda name: keys.get(party_key(name))


def _build(
    sources: Iterator[tuple[str, Callable[[], bytes]]], *, base: Dataset | None, version: str | None, retired: Retired | None
) -> Dataset:
    located: list[Located] = []
    problems: list[Problem] = []
    versions: dict[str, str] = {} if version is None else {f"the {MANIFEST} manifest": version}
    failed: list[_Failed] = []
    with _NoGC():
        for file, read in sources:
            try:
                data = parse_json(read(), file)
            except DataError as exc:
                problems.extend(exc.problems)
                continue
            _file_version(data, file, versions, problems)
            found, bad, refused = _read(data, file, consume=True)
            del data
            located.extend(found)
            problems.extend(bad)
            failed.extend(refused)
        if failed:
            # Explained once every file is read: a party written by name ("Finland")
            # is then answered with the id of a party any file or the base defines.
            problems.extend(_explain(failed, _party_names(located, base)))
        if len(set(versions.values())) > 1:
            problems.extend(_versions_differ(versions))
        if problems:
            raise DataError(problems)
        version = next(iter(versions.values()), None)
        if base is not None:
            version = base.version
            retired = base._retired if retired is None else retired  # noqa: SLF001  # same module family
        return Dataset._from_located(located, version=version, retired=retired, base=base)  # noqa: SLF001


def _file_version(data: Any, file: str, versions: dict[str, str], problems: list[Problem]) -> None:
    """Take a dataset file's own ``version`` (what the JSON export writes) out of its data, into ``versions``."""
    if not isinstance(data, dict) or VERSION not in data:
        return
    found = data.pop(VERSION)
    if isinstance(found, str):
        versions[file] = found
    else:
        problems.append(Problem(file=file, path=f"$.{VERSION}", message=f"{_VERSION_EXPECTED}, found {json_type(found)}"))


def _versions_differ(versions: dict[str, str]) -> list[Problem]:
    """A problem for each file whose version differs from the first one stated (the manifest's, if it states one)."""
    (first, expected), *others = versions.items()
    return [
        Problem(file=file, path=f"$.{VERSION}", message=f"expected the version {expected!r} that {first} states, found {found!r}")
        for file, found in others
        if found != expected
    ]


def _inside(folder: Path, name: str, file: str) -> Path:
    from pathlib import Path  # noqa: PLC0415  # ~5 ms to import; the bundled data does not need it

    candidate = Path(name)
    if candidate.is_absolute() or ".." in candidate.parts:
        raise DataError([Problem(file=file, path="$.files", message=f"expected a file name inside the folder, found {name!r}")])
    resolved = (folder / candidate).resolve()
    if not resolved.is_relative_to(folder.resolve()):
        raise DataError(
            [Problem(file=file, path="$.files", message=f"expected a file inside the folder, found {name!r} leading outside it")]
        )
    return resolved


def _reader(path: Path, max_bytes: int) -> Callable[[], bytes]:
    def read() -> bytes:
        size = path.stat().st_size
        if size <= max_bytes:
            with path.open("rb") as handle:
                # read(n) allocates n bytes up front: ask for what the file holds (plus one
                # byte, to notice growth), then read on, if it grew, up to the limit.
                data = handle.read(size + 1)
                if len(data) > size:
                    data += handle.read(max_bytes + 1 - len(data))
            size = len(data)
        if size > max_bytes:
            raise DataError([Problem(file=str(path), path="$", message=f"expected at most {max_bytes} bytes (max_bytes), found {size}")])
        return data

    return read


def _manifest(data: Any, file: str) -> tuple[str | None, list[str] | None, Retired | None]:
    if not isinstance(data, dict) or not set(data) <= _MANIFEST_KEYS:
        raise DataError([Problem(file=file, path="$", message=f"expected a manifest object with keys {', '.join(sorted(_MANIFEST_KEYS))}")])
    version = data.get("version")
    files = data.get("files")
    renamed = data.get("retired", {})
    if version is not None and not isinstance(version, str):
        raise DataError([Problem(file=file, path=f"$.{VERSION}", message=_VERSION_EXPECTED)])
    if files is not None and not (isinstance(files, list) and all(isinstance(f, str) for f in files)):
        raise DataError([Problem(file=file, path="$.files", message="expected an array of file names")])
    if not (isinstance(renamed, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in renamed.items())):
        raise DataError([Problem(file=file, path="$.retired", message="expected an object mapping retired ids to current ids")])
    return version, files, Retired(renamed)


_FOLDER_RULE = "a dataset folder's files are its *.json files in any case of the suffix, hidden files excepted, or those its manifest lists"


def _folder(root: Path, max_bytes: int) -> tuple[list[Path], str | None, Retired | None, list[str]]:
    """A dataset folder's files, its manifest's version and retired ids, and the names of what it holds but is not read.

    Without a manifest the files are the visible ones whose suffix is
    ``.json`` in any case (``Mine.JSON`` too), in name order, and the rest
    (hidden entries, other files, subfolders) is what is not read. The
    manifest is the file named ``dataset.json`` in any case; when it lists
    files, those are read and the other ``*.json`` files are what is not read.
    Nothing is skipped without being returned, so that it can be named.
    """
    manifests: list[Path] = []
    names: list[str] = []
    skipped: list[str] = []
    for entry in sorted(root.iterdir()):
        name = entry.name
        if name.casefold() == MANIFEST:
            manifests.append(entry)
        elif not name.startswith(".") and name.casefold().endswith(".json") and not entry.is_dir():
            names.append(name)
        else:
            skipped.append(f"{name}/" if entry.is_dir() else name)
    if len(manifests) > 1:
        found = " and ".join(repr(m.name) for m in manifests)
        raise DataError([Problem(file=str(root), path="$", message=f"expected one manifest {MANIFEST!r}, found {found}")])
    manifest = manifests[0] if manifests else root / MANIFEST
    version: str | None = None
    retired: Retired | None = None
    listed: list[str] | None = None
    if manifests:
        version, listed, retired = _manifest(parse_json(_reader(manifest, max_bytes)(), str(manifest)), str(manifest))
        if listed is not None:
            names, skipped = listed, [n for n in names if n not in listed]
    if not names and listed is None:  # a manifest that lists no file says so; a folder without any is a mistake
        found = f"only {', '.join(map(repr, skipped))}" if skipped else "an empty folder"
        raise DataError([Problem(file=str(root), path="$", message=f"expected dataset files (*.json) in this folder, found {found}")])
    files = [_inside(root, name, str(manifest)) for name in names]
    for file in files:
        if not file.is_file():
            raise DataError([Problem(file=str(file), path="$", message="expected a dataset file, found none")])
    return files, version, retired, skipped


def load(path: str | os.PathLike[str], *, base: Dataset | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Dataset:
    """Read a dataset file or folder into a :class:`Dataset`.

    Alone, every reference must resolve inside ``path``. With
    ``base=bs.dataset()`` the file may refer to the base's allies, actors
    and sources, and the result is the merged dataset; an id that collides
    with the base, or a reference that resolves nowhere, is an error. A
    folder's files are every visible ``*.json`` in it, the suffix in any case
    (name order), or those its ``dataset.json`` manifest lists; whatever else
    the folder holds (hidden files, other files, subfolders, ``*.json`` files
    a manifest does not list) is named in a ``UserWarning``, and a folder with
    no dataset file at all is a :class:`DataError`. Files larger than
    ``max_bytes`` are refused.

    The dataset's version is the ``version`` a file states at its top
    level (the JSON export writes it) or the manifest's; when several
    state one they must agree. With ``base``, the result keeps the base's
    version.

    >>> import baltic_security as bs, json, tempfile, pathlib
    >>> mine = {"commitments": [{"id": "my-pledge", "summary": "Estonia undertakes to protect cables.",
    ...     "parties": ["estonia"], "domains": ["undersea"], "kind": "pledge",
    ...     "evidence": [{"source": "bdc-communique-2025-01-23", "paragraph": 20, "credibility": 1}]}]}
    >>> file = pathlib.Path(tempfile.mkdtemp()) / "mine.json"
    >>> _ = file.write_text(json.dumps(mine))
    >>> merged = bs.load(file, base=bs.dataset())
    >>> merged.get("my-pledge").parties, len(merged) == len(bs.dataset()) + 1
    (('estonia',), True)
    """
    from pathlib import Path  # noqa: PLC0415

    root = Path(path)
    if not root.exists():
        raise DataError([Problem(file=str(root), path="$", message="expected a dataset file or folder, found nothing at this path")])
    version: str | None = None
    retired: Retired | None = None
    if root.is_dir():
        files, version, retired, skipped = _folder(root, max_bytes)
        if skipped:
            warnings.warn(f"{root}: not read: {', '.join(skipped)} ({_FOLDER_RULE})", UserWarning, stacklevel=2)
    else:
        files = [root]
    return _build(((str(f), _reader(f, max_bytes)) for f in files), base=base, version=version, retired=retired)


def _package_data() -> Callable[[str], bytes]:
    """A reader of the files in the package's ``data`` folder, from a folder or from a zip.

    The package's own loader reads them (``get_data``, which zipimport has too):
    what importlib.resources does underneath, without importing it (~20 ms).
    A loader without ``get_data`` gets importlib.resources itself.
    """
    package = sys.modules[__package__]
    get_data = getattr(getattr(package, "__loader__", None), "get_data", None)
    origin = getattr(package, "__file__", None)
    if get_data is not None and origin:
        folder = os.path.join(os.path.dirname(origin), "data")  # noqa: PTH118, PTH120  # a loader path, not a filesystem one
        return lambda name: get_data(os.path.join(folder, name))  # noqa: PTH118
    from importlib.resources import files  # noqa: PLC0415

    resources = files(__package__).joinpath("data")
    return lambda name: resources.joinpath(name).read_bytes()


def bundled_version() -> str | None:
    """The version of the dataset shipped inside the package, read from its manifest alone.

    >>> import baltic_security as bs
    >>> bundled_version() == bs.dataset().version
    True
    """
    manifest = f"{__package__}/data/{MANIFEST}"
    return _manifest(parse_json(_package_data()(MANIFEST), manifest), manifest)[0]


def bundled() -> Dataset:
    """Read the dataset shipped inside the package (through the package's loader, so zips work)."""
    read = _package_data()
    manifest = f"{__package__}/data/{MANIFEST}"
    version, names, retired = _manifest(parse_json(read(MANIFEST), manifest), manifest)
    if names is None:
        raise DataError([Problem(file=manifest, path="$.files", message="the bundled manifest must list its files")])
    readers = ((f"{__package__}/data/{name}", lambda name=name: read(name)) for name in names)
    return _build(readers, base=None, version=version, retired=retired)
