"""Writing the dataset in other forms, all generated from the one model.

>>> import baltic_security as bs, json
>>> data = to_data(bs.dataset())
>>> sorted(data) == sorted(["allies", "actors", "sources", "commitments", "exercises", "deployments", "conflicts"])
True
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from .dataset import RECORD_TYPES, Dataset

__all__ = ["to_data", "write_json"]


def to_data(ds: Dataset) -> dict[str, list[dict[str, Any]]]:
    """The whole dataset as one dataset-file object (what :func:`baltic_security.load` reads)."""
    from .convert import unstructure  # noqa: PLC0415

    return {key: [unstructure(record) for record in ds.records(cls)] for key, cls in RECORD_TYPES.items()}


def write_json(ds: Dataset, path: str | os.PathLike[str]) -> Path:
    """Write the dataset as one UTF-8 JSON dataset file; ``bs.load`` reads it back unchanged.

    >>> import baltic_security as bs, tempfile, pathlib
    >>> out = write_json(bs.dataset(), pathlib.Path(tempfile.mkdtemp()) / "all.json")
    >>> list(bs.load(out)) == list(bs.dataset())
    True
    """
    target = Path(path)
    target.write_text(json.dumps(to_data(ds), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return target
