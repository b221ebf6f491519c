"""Compiled generated code, kept on disk the way Python keeps a module's bytecode.

The converter's fast path (:mod:`baltic_security._fastpath`) generates a few
kilobytes of Python source from the model and compiles it in every process.
Compiling costs about 4 ms, most of a first query's load of the bundled data,
while reading the compiled code back costs about 0.1 ms. This module caches the
code object together with the source it was compiled from, one entry per
generated file name, and uses an entry only when its source is the very text
generated now: an entry can never be stale, and a changed model simply
replaces it.

It follows the rules of :mod:`importlib`'s bytecode cache, and nothing more:

- entries live where the package's own bytecode lives
  (:func:`importlib.util.cache_from_source`: ``__pycache__`` beside the module,
  or under ``sys.pycache_prefix``/``PYTHONPYCACHEPREFIX``) and are tagged with
  the interpreter's ``cache_tag`` and ``MAGIC_NUMBER``;
- nothing is written when ``sys.dont_write_bytecode`` is set
  (``PYTHONDONTWRITEBYTECODE``, ``python -B``); entries are still read;
- an entry is written to a temporary file and renamed into place, so a reader
  never sees half of one; a directory that cannot be written, an unreadable or
  damaged entry, or one from another interpreter is passed over, and the
  source is compiled as if there were no cache.

Whoever can write to that directory can already replace the package's own
bytecode, so the cache trusts nothing a stranger could write. ``pip
uninstall`` knows only the bytecode of the package's modules and leaves these
entries behind, as it does numba's cache in the same place.
"""

from __future__ import annotations

import contextlib
import importlib.util
import marshal
import os
import re
import sys
import types

# os and os.path throughout, not pathlib: importing it costs a first query about 5 ms (tests/test_loader.py checks)
# ruff: noqa: PTH103, PTH105, PTH108, PTH118, PTH120, PTH123
_HERE = os.path.dirname(os.path.realpath(__file__))


def cache_path(filename: str) -> str:
    """Where the code generated as ``filename`` is cached (the directory of the package's bytecode)."""
    stem = re.sub(r"\W+", "_", filename).strip("_")
    return importlib.util.cache_from_source(os.path.join(_HERE, f"_{stem}.py"))


def compiled(source: str, filename: str) -> types.CodeType:
    """``compile(source, filename, "exec")``, read from the cache when its entry holds the same source."""
    path = cache_path(filename)
    code = _read(path, source, filename)
    if code is None:
        code = compile(source, filename, "exec")
        if not sys.dont_write_bytecode:
            _write(path, source, code)
    return code


def _read(path: str, source: str, filename: str) -> types.CodeType | None:
    try:
        with open(path, "rb") as entry_file:
            data = entry_file.read()
    except OSError:
        return None
    magic = importlib.util.MAGIC_NUMBER
    if not data.startswith(magic):
        return None
    try:
        entry = marshal.loads(data[len(magic) :])  # noqa: S302  # read from where the package's own bytecode lives, as importlib does
    except (EOFError, ValueError, TypeError):
        return None
    if not (isinstance(entry, tuple) and len(entry) == 2 and entry[0] == source):
        return None
    code = entry[1]
    return code if isinstance(code, types.CodeType) and code.co_filename == filename else None


def _write(path: str, source: str, code: types.CodeType) -> None:
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(temporary, "xb") as out:
            out.write(importlib.util.MAGIC_NUMBER + marshal.dumps((source, code)))
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):  # the directory may not even exist
            os.unlink(temporary)
