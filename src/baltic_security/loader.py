"""Reading dataset files: bytes to JSON to records to a validated Dataset.

Everything is read and checked before anything is returned: a bad file
raises one :class:`~baltic_security.DataError` listing every problem, and
no half-built dataset exists anywhere.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from ._text import closest, fold
from .convert import _NoGC, explain, json_type, structure_hook
from .dataset import RECORD_TYPES, Dataset, Located, _party_keys_of
from .errors import DataError, Problem
from .model import Actor, Ally
from .retired import Retired

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["DEFAULT_MAX_BYTES", "MANIFEST", "bundled", "load"]

#: Largest dataset file :func:`load` reads unless told otherwise (256 MiB).
DEFAULT_MAX_BYTES = 256 * 1024 * 1024
#: A folder's optional manifest: ``{"version": ..., "files": [...], "retired": {...}}``.
MANIFEST = "dataset.json"
_MANIFEST_KEYS = frozenset({"version", "files", "retired"})


class _Invalid(Exception):
    """Internal: one problem that stops reading a file."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


def _no_constants(name: str) -> Any:
    raise _Invalid("$", f"expected RFC 8259 JSON, found {name}")


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
    try:
        value = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constants)
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
        cls = RECORD_TYPES.get(key)
        if cls is None:
            near = closest(key, RECORD_TYPES, limit=1)
            hint = f" (did you mean {near[0]!r}?)" if near else ""
            problems.append(Problem(file=file, path=f"$.{key}", message=f"unknown key{hint}; expected only {', '.join(RECORD_TYPES)}"))
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


def _party_names(located: list[Located]) -> Callable[[str], str | None]:
    """The id a party name, code or alias stands for among the records read (and the base), for suggestions."""
    keys: dict[str, str] = {}
    for each in located:
        record = each.record
        if isinstance(record, (Ally, Actor)):
            for name in _party_keys_of(record):
                keys.setdefault(fold(name), record.id)
    return lambda name: keys.get(fold(name))


def _build(
    sources: Iterator[tuple[str, Callable[[], bytes]]], *, base: Dataset | None, version: str | None, retired: Retired | None
) -> Dataset:
    located: list[Located] = []
    problems: list[Problem] = []
    failed: list[_Failed] = []
    with _NoGC():
        if base is not None:
            located.extend(Located(record, "<base dataset>", f"$[{record.id!r}]") for record in base)
        for file, read in sources:
            try:
                data = parse_json(read(), file)
            except DataError as exc:
                problems.extend(exc.problems)
                continue
            found, bad, refused = _read(data, file, consume=True)
            del data
            located.extend(found)
            problems.extend(bad)
            failed.extend(refused)
        if failed:
            # Explained once every file is read: a party written by name ("Finland")
            # is then answered with the id of a party any file or the base defines.
            problems.extend(_explain(failed, _party_names(located)))
        if problems:
            raise DataError(problems)
        if base is not None:
            version = base.version
            retired = base._retired if retired is None else retired  # noqa: SLF001  # same module family
        return Dataset._from_located(located, version=version, retired=retired)  # noqa: SLF001


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
        raise DataError([Problem(file=file, path="$.version", message="expected a string such as '2026.11.0'")])
    if files is not None and not (isinstance(files, list) and all(isinstance(f, str) for f in files)):
        raise DataError([Problem(file=file, path="$.files", message="expected an array of file names")])
    if not (isinstance(renamed, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in renamed.items())):
        raise DataError([Problem(file=file, path="$.retired", message="expected an object mapping retired ids to current ids")])
    return version, files, Retired(renamed)


def load(path: str | os.PathLike[str], *, base: Dataset | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Dataset:
    """Read a dataset file or folder into a :class:`Dataset`.

    Alone, every reference must resolve inside ``path``. With
    ``base=bs.dataset()`` the file may refer to the base's allies, actors
    and sources, and the result is the merged dataset; an id that collides
    with the base, or a reference that resolves nowhere, is an error. A
    folder's files are every ``*.json`` in it (name order), or those its
    ``dataset.json`` manifest lists. Files larger than ``max_bytes`` are
    refused.

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
        manifest = root / MANIFEST
        names: list[str] | None = None
        if manifest.is_file():
            version, names, retired = _manifest(parse_json(_reader(manifest, max_bytes)(), str(manifest)), str(manifest))
        if names is None:
            names = sorted(p.name for p in root.iterdir() if p.suffix == ".json" and p.name != MANIFEST)
        files = [_inside(root, name, str(manifest)) for name in names]
        for file in files:
            if not file.is_file():
                raise DataError([Problem(file=str(file), path="$", message="expected a dataset file, found none")])
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


def bundled() -> Dataset:
    """Read the dataset shipped inside the package (through the package's loader, so zips work)."""
    read = _package_data()
    manifest = f"{__package__}/data/{MANIFEST}"
    version, names, retired = _manifest(parse_json(read(MANIFEST), manifest), manifest)
    if names is None:
        raise DataError([Problem(file=manifest, path="$.files", message="the bundled manifest must list its files")])
    readers = ((f"{__package__}/data/{name}", lambda name=name: read(name)) for name in names)
    return _build(readers, base=None, version=version, retired=retired)
