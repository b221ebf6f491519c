"""How an export writes: a JSON file, and the checks on a target before anything in it is replaced."""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from baltic_security.errors import OverwriteError


def _dump(data: Any, path: str | os.PathLike[str]) -> Path:
    target = Path(path)
    target.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return target


def _file_target(path: str | os.PathLike[str], format: str) -> Path:
    """The file an export was told to write: replaced if it exists, as a shell's ``>`` would; a folder is refused."""
    target = Path(path)
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, f"expected a file to write the {format} export to, found a folder", str(target))
    return target


def _folder_target(path: str | os.PathLike[str], format: str, files: Sequence[Path], *, force: bool) -> Path:
    """The folder an export was told to write into, created if need be, once nothing in it would be replaced unasked."""
    out = Path(path)
    if out.exists() and not out.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, f"expected a folder to write the {format} export into, found a file", str(out))
    _refuse_overwrite(format, files, force=force)
    out.mkdir(parents=True, exist_ok=True)
    return out


def _refuse_overwrite(format: str, files: Iterable[Path], *, force: bool) -> None:
    if force:
        return
    existing = tuple(str(f) for f in files if f.exists() or f.is_symlink())
    if existing:
        raise OverwriteError(f"the {format} export", existing)
