"""The converter's own generated structuring functions against cattrs' generated ones, same speed-ups.

    python bench/fastpath.py                     # 10^4 and 10^5 records, 7 repeats
    python bench/fastpath.py --sizes 10000 --repeat 3

Both sides are ``bs.load`` of the same synthetic file (``bench/run.py``'s
generator), so both parse it, pause the collector during the load, and keep
detailed validation for the second pass over refused records. They differ in
the function that structures each record:

- ``package``: what the loader uses (``convert.structure_hook``);
- ``cattrs``: ``cattrs.gen.make_dict_structure_fn`` with
  ``_cattrs_forbid_extra_keys=True`` and ``_cattrs_detailed_validation=False``
  for every record class, with the package's speed-ups registered as cattrs
  hooks: the ISO date cache, the vocabularies' lookup tables, short strings
  interned (ids excepted, by a field override), the strict scalar hooks.

The two sides alternate run by run (the machine is shared and noisy) and each
figure is the median of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import enum
import importlib.util
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, get_args

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, override

import baltic_security as bs
from baltic_security import _fastpath, convert, loader
from baltic_security._dataset import RECORD_TYPES
from baltic_security.dates import PartialDate

HERE = Path(__file__).resolve()


def _generate(size: int) -> dict[str, list[dict[str, Any]]]:
    spec = importlib.util.spec_from_file_location("bench_run", HERE.parent / "run.py")
    if spec is None or spec.loader is None:  # pragma: no cover - the file is beside this one
        raise ImportError("bench/run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    data: dict[str, list[dict[str, Any]]] = module.generate(size)
    return data


def _interned(value: object, _: object) -> str:
    if value.__class__ is str:
        text: str = value
        return sys.intern(text) if len(text) <= 40 else text  # the package's limit
    return convert._str(value, None)  # noqa: SLF001  # its message for a non-string


def _vocabulary(vocab: type[enum.Enum]) -> Callable[[object, object], enum.Enum]:
    table = _fastpath._vocab_table(vocab)  # noqa: SLF001  # the same lookup table the package uses
    if issubclass(vocab, int):

        def exact_int(value: object, _: object) -> enum.Enum:
            # bool and float keys would hash like ints: only a real int may use the table.
            return table[value] if value.__class__ is int else table._hook(value, None)  # type: ignore[no-any-return]  # noqa: SLF001

        return exact_int

    def exact(value: object, _: object) -> enum.Enum:
        return table[value]  # type: ignore[no-any-return]

    return exact


def _partial_date(value: object, _: object) -> PartialDate:
    return _fastpath._DATES[value]  # type: ignore[no-any-return]  # noqa: SLF001  # the package's date cache


def _tuples(tp: Any, conv: cattrs.Converter) -> Callable[[object, object], tuple[Any, ...]]:
    item_type = get_args(tp)[0]
    element = conv.get_structure_hook(item_type)

    def hook(value: object, _: object) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise TypeError("expected an array")
        return tuple([element(x, item_type) for x in value])

    return hook


def _records(cl: type[Any], conv: cattrs.Converter) -> Callable[[Any, Any], Any]:
    if "id" in attrs.fields_dict(cl):  # ids are unique: not interned
        return make_dict_structure_fn(
            cl,
            conv,
            _cattrs_forbid_extra_keys=True,
            _cattrs_detailed_validation=False,
            id=override(struct_hook=convert._str),  # noqa: SLF001
        )
    return make_dict_structure_fn(cl, conv, _cattrs_forbid_extra_keys=True, _cattrs_detailed_validation=False)


def cattrs_converter() -> cattrs.Converter:
    """cattrs' own generated functions for every record class, with the package's speed-ups as hooks."""
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=False)
    conv.register_structure_hook(str, _interned)
    conv.register_structure_hook(int, convert._int)  # noqa: SLF001
    conv.register_structure_hook(float, convert._float)  # noqa: SLF001
    conv.register_structure_hook(bool, convert._bool)  # noqa: SLF001
    conv.register_structure_hook(PartialDate, _partial_date)
    conv.register_structure_hook(_dt.date, convert._date)  # noqa: SLF001
    for vocab in convert._VOCABULARIES:  # noqa: SLF001
        conv.register_structure_hook(vocab, _vocabulary(vocab))

    conv.register_structure_hook_factory(convert._is_tuple, _tuples)  # noqa: SLF001
    conv.register_structure_hook_factory(attrs.has, _records)
    return conv


@contextmanager
def _cattrs_hooks(conv: cattrs.Converter) -> Iterator[None]:
    """The loader structuring with ``conv``'s generated functions for as long as the block runs."""
    names = vars(loader)
    original = names["structure_hook"]

    def hook_for(cls: type[Any]) -> Callable[[Any], Any]:
        inner = conv.get_structure_hook(cls)
        return lambda data: inner(data, cls)

    names["structure_hook"] = hook_for
    try:
        yield
    finally:
        names["structure_hook"] = original


def measure(size: int, repeat: int, directory: Path) -> tuple[float, float]:
    """Median load seconds of ``size`` records: the package's functions, then cattrs'."""
    path = directory / f"data-{size}.json"
    path.write_text(json.dumps(_generate(size)), encoding="utf-8")
    conv = cattrs_converter()
    package = bs.load(path)
    with _cattrs_hooks(conv):
        other = bs.load(path)
    if any(other.records(cls) != package.records(cls) for cls in RECORD_TYPES.values()):  # both sides build the same records
        raise AssertionError("the two converters disagree")
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(repeat):
        start = time.perf_counter()
        bs.load(path)
        ours.append(time.perf_counter() - start)
        with _cattrs_hooks(conv):
            start = time.perf_counter()
            bs.load(path)
            theirs.append(time.perf_counter() - start)
    return statistics.median(ours), statistics.median(theirs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated record counts (default: %(default)s)")
    parser.add_argument("--repeat", type=int, default=7, help="runs per side; the median is reported (default: %(default)s)")
    args = parser.parse_args(argv)
    print("| records | package load | cattrs-generated load | cattrs / package |")
    print("|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            ours, theirs = measure(size, args.repeat, Path(tmp))
            print(f"| {size:,} | {ours * 1000:,.0f} ms | {theirs * 1000:,.0f} ms | {theirs / ours:.2f}x |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
