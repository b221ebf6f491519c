"""Benchmarks of baltic_security against plain-Python baselines measured in the same run.

    python bench/run.py                          # sizes 1000,10000,100000; 5 repeats
    python bench/run.py --sizes 1000,10000,100000,1000000 --repeat 3 --json results.json
    python bench/run.py --smoke                  # smallest size, few repeats (CI)
    python bench/run.py --against ../old/src     # also: this checkout against another, interleaved

Every figure is the median over ``--repeat`` runs and is printed with its ratio
to a baseline measured in the same run, on the same machine:

- cold ``import baltic_security`` in a fresh process, against ``import attrs,
  cattrs``; also the first use of a model name;
- first query in a fresh process (``bs.commitments(by="Estonia")``), against a
  fresh process that imports attrs, cattrs and json and ``json.loads`` the
  bundled data files; and against the same query compiling the converter's
  generated code anew, as it did before that code was cached;
- the command line's first answer (``baltic-security commitments --by
  Estonia``) and ``baltic-security --version``, whole processes, against a
  process that only ``json.loads`` the bundled data files; beside them, the
  floor of any command built on the model: a process that only imports it.

  Each fresh process times its own statements (the cost above a bare
  interpreter start, free of start-up and shutdown noise); the whole
  process's wall time is reported too;
- ``bs.load`` of synthetic datasets in our own format, against the parse
  floor: ``json.loads`` of the same bytes with the collector paused, as the
  load pauses it (every side reads the file). Beside it: ``json.loads`` as
  users run it (collector on), ``orjson.loads`` and ``msgspec.json.decode``
  with the collector paused, when installed (the ``bench`` dependency
  group), and the parse followed by
  cattrs' own generated structuring functions (the package's reference
  converter); the load and ``json.loads`` also with the collections they leave
  for later (``gc.collect(1)`` after each); peak and retained memory per record
  (tracemalloc, in a separate process);
- ``bs.load(path, base=bs.dataset())`` of a facts-only file of each size; the
  same 10^3 records merged into a dataset of each size and into the bundled
  one; 10 records merged into a dataset of each size, against loading it;
- an indexed query (party + domain + date range, and party + domain), against
  a plain scan with the same predicate; ``ds.commitments()`` with no filter,
  against the same tuple rebuilt record by record;
- unstructure + ``json.dumps`` of the whole dataset, against ``json.dumps`` of
  the same plain dicts; and the JSON, CSV and SQLite exports against the write
  floor: the same plain dicts serialised by orjson (else the standard
  library's C encoder) and written to a file.

With ``--against SRC`` (the ``src`` folder of another checkout, such as a
``git worktree`` of an older commit), the first query, the command line's
first answer, ``--version``, the model import and a load of each size are also
timed for both packages in turn, in fresh processes, and printed side by side
with their ratios to the same baselines: before and after on one machine, at
one time.

Fresh processes get a private bytecode cache (``PYTHONPYCACHEPREFIX``) warmed
before timing, so both sides import from bytecode as an installed package does,
whatever ``PYTHONDONTWRITEBYTECODE`` says. Nothing here asserts a time: the
numbers are for reading, and ``docs/performance.md`` records one run.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import gc
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()

# ----------------------------------------------------------------- synthetic data

_TEXT = (
    "allies agreed to strengthen protection of undersea cables and pipelines in the Baltic Sea region while "
    "expanding air defence coverage rotational presence host nation support for brigades forward land forces "
    "exercise planning maritime patrols cyber resilience mobility corridors ammunition production long range "
    "fires surveillance of critical infrastructure shadow fleet hybrid threats sanctions enforcement training "
    "interoperability readiness reinforcement plans funding commitments to Ukraine demining drones coalition "
    "border security Suwałki gap Ādaži Rukla Tapa Gotland Klaipėda Liepāja Narva Pabradė Kaliningrad Hiiumaa"
)
_WORDS = tuple(_TEXT.split())
_PLACES = (
    ("Ādaži", 57.07, 24.32),
    ("Rukla", 55.08, 24.38),
    ("Tapa", 59.26, 25.96),
    ("Baltic Sea", 58.0, 20.0),
    ("Gotland", 57.5, 18.5),
    ("Suwałki gap", 54.1, 23.0),
    ("Klaipėda", 55.71, 21.13),
    ("Liepāja", 56.51, 21.01),
    ("Pabradė", 54.98, 25.76),
    ("Narva", 59.38, 28.19),
    ("Gulf of Finland", 59.8, 25.5),
    ("Vilnius", 54.69, 25.28),
)
_SERIES = ("BALTOPS", "Saber Strike", "Hedgehog", "Spring Storm", "Iron Wolf", "Crystal Arrow", "Steadfast Defender", "Namejs")
_FRAMEWORKS = ("enhanced Forward Presence", "NATO Air Policing", "Baltic Sentry", "Joint Expeditionary Force", "bilateral agreement")
_ASSETS = ("frigate", "minehunter", "F-35A", "Eurofighter", "HIMARS battery", "Patriot battery", "CV90", "Leopard 2A7", "P-8 Poseidon")
_ATTRIBUTIONS = ("Jens Stoltenberg", "Mark Rutte", "Interfax", "insiders", "the ministry", "Boris Pistorius", "Kremlin")
_PUBLISHERS = ("NATO", "LETA", "BNS", "ERR", "LRT", "Defense News", None)
_DOMAINS = (
    "spending", "ukraine", "undersea", "maritime", "air", "air-defence", "land", "cyber", "hybrid", "mobility",
    "special-operations", "long-range-fires", "isr", "nuclear", "capability-development", "defence-planning",
    "nato-eu", "industry", "readiness", "regional-cooperation", "diplomacy",
)  # fmt: skip
_UNITS = ("percent-gdp", "troops", "vessels", "aircraft", "battlegroups", "brigades", "systems", "eur")
_QUALIFIERS = ("exact", "at-least", "more-than", "about", "at-most", "less-than")


class _Synth:
    """Deterministic, valid, realistically filled records in the dataset-file format."""

    def __init__(self, seed: int, parties: list[dict[str, Any]], prefix: str) -> None:
        self.rng = random.Random(seed)  # noqa: S311  # reproducible synthetic data, no secrets
        self.prefix = prefix
        self.party_ids = [p["id"] for p in parties]
        # Baltic and neighbouring parties appear far more often, as in real sources.
        busy = {"estonia": 8, "latvia": 8, "lithuania": 8, "poland": 4, "finland": 4, "sweden": 4, "germany": 4, "nato": 5}
        self.party_weights = [busy.get(p, 1) for p in self.party_ids]
        self.sources: list[dict[str, Any]] = []

    def words(self, low: int, high: int) -> str:
        text = " ".join(self.rng.choice(_WORDS) for _ in range(self.rng.randint(low, high)))
        return text[0].upper() + text[1:] + "."

    def date(self, low: int = 2014, high: int = 2030) -> tuple[_dt.date, str]:
        day = _dt.date(low, 1, 1) + _dt.timedelta(days=self.rng.randrange((_dt.date(high, 12, 31) - _dt.date(low, 1, 1)).days))
        precision = self.rng.random()
        text = day.isoformat() if precision < 0.45 else day.isoformat()[:7] if precision < 0.8 else day.isoformat()[:4]
        return day, text

    def parties(self, low: int, high: int) -> list[str]:
        wanted = self.rng.randint(low, high)
        found: list[str] = []
        while len(found) < wanted:
            (pick,) = self.rng.choices(self.party_ids, self.party_weights)
            if pick not in found:
                found.append(pick)
        return found

    def quantity(self, unit: str | None = None) -> dict[str, Any]:
        unit = unit or self.rng.choice(_UNITS)
        value: float = round(self.rng.uniform(0.1, 5), 2) if unit == "percent-gdp" else self.rng.randint(1, 5000)
        found: dict[str, Any] = {"value": value, "unit": unit}
        if self.rng.random() < 0.7:
            found["qualifier"] = self.rng.choice(_QUALIFIERS)
        return found

    def place(self) -> dict[str, Any]:
        name, lat, lon = self.rng.choice(_PLACES)
        return {"name": name, "lat": lat, "lon": lon} if self.rng.random() < 0.8 else {"name": name}

    def evidence(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        cited: set[tuple[str, int]] = set()
        for _ in range(self.rng.choice((1, 1, 2, 2, 3))):
            source = self.rng.choice(self.sources)
            paragraph = self.rng.randint(1, source["paragraphs"])
            if (source["id"], paragraph) in cited:
                continue
            cited.add((source["id"], paragraph))
            item: dict[str, Any] = {"source": source["id"], "paragraph": paragraph, "credibility": self.rng.randint(1, 6)}
            if self.rng.random() < 0.5:
                item["label"] = str(paragraph)
            if self.rng.random() < 0.3:
                item["attribution"] = self.rng.choice(_ATTRIBUTIONS)
            if self.rng.random() < 0.1:
                item["about"] = ["summary"]
            found.append(item)
        return found

    def source(self, index: int) -> dict[str, Any]:
        found: dict[str, Any] = {
            "id": f"{self.prefix}src-{index:06d}",
            "title": self.words(5, 12),
            "kind": self.rng.choice(("communique", "press-release", "wire-report", "news-article", "aggregator", "statement")),
            "published": self.date()[1],
            "reliability": self.rng.choice("AABBBCCDEF"),
            "reliability_note": self.words(6, 14),
            "sha256": f"{self.rng.getrandbits(256):064x}",
            "paragraphs": self.rng.randint(12, 90),
            "publisher": self.rng.choice(_PUBLISHERS),
        }
        if self.rng.random() < 0.3:
            found["place"] = self.place()
        if self.rng.random() < 0.3:
            found["notes"] = self.words(8, 20)
        self.sources.append(found)
        return found

    def commitment(self, index: int) -> dict[str, Any]:
        made, made_text = self.date()
        found: dict[str, Any] = {
            "id": f"{self.prefix}c-{made.year}-{index:07d}",
            "summary": self.words(12, 28),
            "parties": self.parties(1, 4),
            "domains": self.rng.sample(_DOMAINS, self.rng.randint(1, 3)),
            "kind": self.rng.choice(("pledge", "target", "plan", "intent", "declaration")),
            "evidence": self.evidence(),
        }
        if self.rng.random() < 0.85:
            found["made_on"] = made_text
        if self.rng.random() < 0.35:
            found["amount"] = self.quantity()
        if self.rng.random() < 0.15:
            found["beneficiary"] = "ukraine"
        if self.rng.random() < 0.3:
            found["due"] = str(made.year + self.rng.randint(1, 6))
        else:
            found["due"] = None
        if self.rng.random() < 0.8:
            found["status"] = self.rng.choice(("proposed", "expected", "active", "fulfilled", "abandoned", "unknown"))
        return found

    def span(self, found: dict[str, Any], *, end_share: float) -> None:
        if self.rng.random() < 0.9:
            start, text = self.date()
            found["start"] = text
            if self.rng.random() < end_share:
                found["end"] = (start + _dt.timedelta(days=self.rng.randint(3, 400))).isoformat()

    def exercise(self, index: int) -> dict[str, Any]:
        series = self.rng.choice(_SERIES)
        found: dict[str, Any] = {"id": f"{self.prefix}x-{index:07d}", "name": f"{series} {2014 + index % 17}", "evidence": self.evidence()}
        if self.rng.random() < 0.7:
            found["series"] = series
        self.span(found, end_share=0.6)
        if self.rng.random() < 0.5:
            found["area"] = self.rng.choice(("Baltic Sea", "Baltic states", "Northern Europe", "Poland and Lithuania"))
        if self.rng.random() < 0.6:
            found["location"] = self.place()
        members = self.parties(2, 8)
        if self.rng.random() < 0.6:
            found["lead"] = members[0]
        found["participants"] = [{"actor": m, "assets": self.rng.sample(_ASSETS, self.rng.randint(0, 3))} for m in members]
        if self.rng.random() < 0.6:
            found["scale"] = [self.quantity(unit) for unit in self.rng.sample(("troops", "vessels", "aircraft"), self.rng.randint(1, 2))]
        found["domains"] = self.rng.sample(_DOMAINS, self.rng.randint(1, 3))
        if self.rng.random() < 0.4:
            found["scenario"] = self.words(10, 24)
        return found

    def deployment(self, index: int) -> dict[str, Any]:
        contributors = self.parties(1, 3)
        found: dict[str, Any] = {
            "id": f"{self.prefix}d-{index:07d}",
            "summary": self.words(12, 30),
            "evidence": self.evidence(),
            "contributors": contributors,
            "hosts": self.rng.sample(("estonia", "latvia", "lithuania", "poland", "finland"), self.rng.randint(1, 2)),
            "domains": self.rng.sample(_DOMAINS, self.rng.randint(1, 2)),
        }
        if self.rng.random() < 0.5:
            found["lead"] = contributors[0]
        if self.rng.random() < 0.3:
            found["area"] = "Baltic states"
        if self.rng.random() < 0.7:
            found["location"] = self.place()
        if self.rng.random() < 0.5:
            found["framework"] = self.rng.choice(_FRAMEWORKS)
        if self.rng.random() < 0.5:
            found["unit"] = f"{self.rng.randint(1, 45)}th {self.rng.choice(('battalion', 'brigade', 'air wing', 'squadron'))}"
        if self.rng.random() < 0.6:
            found["size"] = self.quantity(self.rng.choice(("troops", "aircraft", "vessels", "systems")))
        found["status"] = self.rng.choice(("planned", "active", "ended", "unknown"))
        self.span(found, end_share=0.25 if found["status"] != "ended" else 1.0)
        if self.rng.random() < 0.15:
            found["conditions"] = self.words(8, 18)
        return found


def reference_parties() -> dict[str, list[dict[str, Any]]]:
    """The bundled allies and actors as dataset-file records (real names, aliases, diacritics)."""
    import baltic_security as bs

    return {"allies": [bs.unstructure(a) for a in bs.allies()], "actors": [bs.unstructure(a) for a in bs.actors()]}


def generate(size: int, *, seed: int = 2025, standalone: bool = True, prefix: str = "") -> dict[str, list[dict[str, Any]]]:
    """A valid dataset file of ``size`` records: half commitments, a quarter each exercises and deployments.

    Standalone files carry the allies and actors they cite (the bundled ones);
    merge files leave them out and refer to the base dataset's. ``prefix``
    starts every id, so files made with different prefixes can be merged.
    """
    parties = reference_parties()
    synth = _Synth(seed, parties["allies"] + parties["actors"], prefix)
    data: dict[str, list[dict[str, Any]]] = dict(parties) if standalone else {}
    fixed = sum(len(v) for v in data.values())
    data["sources"] = [synth.source(i) for i in range(max(5, size // 250))]
    facts = max(3, size - fixed - len(data["sources"]))
    data["commitments"] = [synth.commitment(i) for i in range(facts // 2)]
    data["exercises"] = [synth.exercise(i) for i in range(facts // 4)]
    data["deployments"] = [synth.deployment(i) for i in range(facts - facts // 2 - facts // 4)]
    return data


# ----------------------------------------------------------------- helpers


def _median_time(fn: Callable[[], object], repeat: int, *, inner: int = 1) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(inner):
            fn()
        times.append((time.perf_counter() - start) / inner)
    return statistics.median(times)


def _inner_for(fn: Callable[[], object], budget: float = 0.02) -> int:
    """How many calls fill about ``budget`` seconds, so fast calls are timed in batches."""
    start = time.perf_counter()
    fn()
    once = max(time.perf_counter() - start, 1e-7)
    return max(1, min(10_000, int(budget / once)))


# ----------------------------------------------------------------- workers (own processes)


def _optional(name: str) -> Any:
    """An optional accelerator (orjson, msgspec) when installed, else None: the benchmark runs without them."""
    import importlib

    try:
        return importlib.import_module(name)
    except ImportError:
        return None


class _Paused:
    """The collector paused, as ``bs.load`` pauses it: what a parse costs without its rescans."""

    def __enter__(self) -> None:
        self.was = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc: object) -> None:
        if self.was:
            gc.enable()


def worker_size(file: str, merge_file: str, small_file: str, tiny_file: str, repeat: int) -> dict[str, Any]:  # one figure after another
    """Load, merge, query and export timings for one dataset size."""
    import baltic_security as bs
    from baltic_security import export
    from baltic_security._dataset import RECORD_TYPES
    from baltic_security.convert import converter

    orjson, msgspec = _optional("orjson"), _optional("msgspec")
    path, merge_path, small_path, tiny_path = Path(file), Path(merge_file), Path(small_file), Path(tiny_file)
    limit = 1 << 40
    base = bs.dataset()  # the bundled data: also imports and builds everything a load needs
    bs.load(path, max_bytes=limit)  # warm-up, untimed
    reference = converter(detailed=True)  # cattrs' own generated functions, with the package's hooks

    def paused(parse: Callable[[bytes], Any]) -> Callable[[], Any]:
        def run() -> Any:
            raw = path.read_bytes()
            with _Paused():
                return parse(raw)

        return run

    def cattrs_load() -> dict[str, list[Any]]:
        raw = path.read_bytes()
        with _Paused():
            data = json.loads(raw)
            return {key: [reference.structure(item, cls) for item in data.get(key, ())] for key, cls in RECORD_TYPES.items()}

    loads: dict[str, Callable[[], Any]] = {
        "load": lambda: bs.load(path, max_bytes=limit),
        "load_floor": paused(json.loads),
        "load_json": lambda: json.loads(path.read_bytes()),
        "load_cattrs": cattrs_load,
    }
    # The accelerators with the collector paused too: parser against parser.
    if orjson is not None:
        loads["load_orjson"] = paused(orjson.loads)
    if msgspec is not None:
        loads["load_msgspec"] = paused(msgspec.json.decode)
    merges: dict[str, Callable[[], Any]] = {
        "merge_json": lambda: json.loads(merge_path.read_bytes()),
        "merge": lambda: bs.load(merge_path, base=base, max_bytes=limit),
        # The same 10^3 records merged into the bundled data and into this dataset:
        # what a merge costs for the size of its base.
        "merge_small": lambda: bs.load(small_path, base=base),
    }
    times: dict[str, list[float]] = {name: [] for name in (*loads, *merges, "merge_into", "merge_tiny", "load_gc", "load_json_gc")}

    def timed(name: str, build: Callable[[], Any]) -> Any:
        # The call alone, and the call plus the young-generation collections it leaves
        # behind: a load pauses the collector, so its objects are all still young when
        # it returns, and the next collections walk them all once or twice. With
        # gc.collect(1) both sides end with their objects in the old generation.
        gc.collect()
        start = time.perf_counter()
        found = build()
        times[name].append(time.perf_counter() - start)
        gc.collect(1)
        if f"{name}_gc" in times:
            times[f"{name}_gc"].append(time.perf_counter() - start)
        return found

    ds = None
    for _ in range(repeat):
        for name, build in loads.items():
            if name == "load":
                ds = None  # the previous dataset is not kept alive through the next load
                ds = timed(name, build)
            else:
                timed(name, build)
    if ds is None:
        raise RuntimeError("no load was timed")
    loaded: bs.Dataset = ds
    for _ in range(repeat):
        for name, build in merges.items():
            timed(name, build)
        timed("merge_into", lambda: bs.load(small_path, base=loaded))
        timed("merge_tiny", lambda: bs.load(tiny_path, base=loaded))
    out: dict[str, Any] = {name: statistics.median(found) for name, found in times.items()}
    out["records"] = len(loaded)

    # Queries: the busiest Baltic party, a common domain, a three-year range.
    party, domain, first, last = "estonia", bs.Domain.UNDERSEA, _dt.date(2020, 1, 1), _dt.date(2022, 12, 31)
    records = loaded.records(bs.Commitment)

    def indexed() -> tuple[bs.Commitment, ...]:
        return loaded.commitments(by="Estonia", domain="undersea", since="2020", until="2022")

    def scan() -> list[bs.Commitment]:
        return [
            c
            for c in records
            if party in c.parties
            and domain in c.domains
            and c.made_on is not None
            and c.made_on.first_day <= last
            and first <= c.made_on.last_day
        ]

    def indexed_pd() -> tuple[bs.Commitment, ...]:
        return loaded.commitments(by="Estonia", domain="undersea")

    def scan_pd() -> list[bs.Commitment]:
        return [c for c in records if party in c.parties and domain in c.domains]

    if list(indexed()) != scan() or list(indexed_pd()) != scan_pd() or loaded.commitments() != records:
        raise RuntimeError("the indexed query and the scan disagree")
    queries: dict[str, Callable[[], object]] = {
        "query": indexed,
        "query_scan": scan,
        "query_pd": indexed_pd,
        "query_pd_scan": scan_pd,
        "query_all": loaded.commitments,
        # What it did before: the tuple rebuilt record by record.
        "query_all_rebuilt": lambda: tuple(map(records.__getitem__, range(len(records)))),
    }
    for name, fn in queries.items():
        out[name] = _median_time(fn, repeat, inner=_inner_for(fn))
    out["query_hits"] = len(indexed())
    out["query_pd_hits"] = len(indexed_pd())

    # Unstructure + dumps of everything (a whole table per call), against dumps of the same plain data.
    def unstructure_all() -> dict[str, list[Any]]:
        return {key: bs.unstructure(loaded.records(cls)) for key, cls in RECORD_TYPES.items()}

    plain = unstructure_all()
    out["dump"] = _median_time(lambda: json.dumps(unstructure_all(), ensure_ascii=False), repeat)
    out["dump_json"] = _median_time(lambda: json.dumps(plain, ensure_ascii=False), repeat)

    # Exports, against the floor of writing the same data: the same plain dicts serialised
    # by the fastest encoder at hand (orjson, else the standard library's C encoder) and written.
    with tempfile.TemporaryDirectory(prefix="bs-export-") as folder:
        target = Path(folder)

        def floor() -> None:
            if orjson is not None:
                (target / "floor.json").write_bytes(orjson.dumps(plain))
            else:
                (target / "floor.json").write_text(json.dumps(plain, ensure_ascii=False), encoding="utf-8")

        def stdlib() -> None:
            (target / "stdlib.json").write_text(json.dumps(plain, ensure_ascii=False), encoding="utf-8")

        exports: dict[str, Callable[[], object]] = {
            "export_floor": floor,
            "export_stdlib": stdlib,
            # Each run replaces the files the one before wrote.
            "export_json": lambda: export.write_json(loaded, target / "data.json"),
            # Each is timed several times over the same target: replacing its own files is intended.
            "export_csv": lambda: export.write_csv(loaded, target / "csv", force=True),
            "export_sqlite": lambda: export.write_sqlite(loaded, target / "data.db", force=True),
        }
        for name, fn in exports.items():
            out[name] = _median_time(fn, repeat)
        if bs.load(target / "data.json", max_bytes=limit).commitments() != records:
            raise RuntimeError("the JSON export does not read back")
    out["orjson"] = orjson is not None
    out["msgspec"] = msgspec is not None
    return out


def worker_memory(file: str) -> dict[str, Any]:
    """Peak and retained bytes of one load and of json.loads, and of the records alone."""
    import tracemalloc

    import baltic_security as bs

    path = Path(file)
    bs.dataset()
    bs.load(path, max_bytes=1 << 40)  # warm-up: caches and converters are not per-load memory
    gc.collect()
    out: dict[str, Any] = {}

    tracemalloc.start()
    base, _ = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    data = json.loads(path.read_bytes())
    now, peak = tracemalloc.get_traced_memory()
    out["json_retained"], out["json_peak"] = now - base, peak - base
    del data
    gc.collect()

    base, _ = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    ds = bs.load(path, max_bytes=1 << 40)
    gc.collect()
    now, peak = tracemalloc.get_traced_memory()
    out["load_retained"], out["load_peak"], out["records"] = now - base, peak - base, len(ds)
    # What the records alone hold (slotted instances, their tuples, strings and values):
    # the floor any container of these records pays; the rest is the indexes.
    kept = list(ds)
    del ds
    gc.collect()
    now, _ = tracemalloc.get_traced_memory()
    out["records_retained"] = now - base - sys.getsizeof(kept)
    tracemalloc.stop()
    return out


# ----------------------------------------------------------------- fresh processes


def _fresh_env(cache: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = cache
    return env


# Each command times its own statements, so the figure is what the import or query
# costs inside a fresh process, free of the interpreter's start-up and shutdown, which
# vary by a few milliseconds from run to run on a shared machine.
_TIMED = "import time\n_t = time.perf_counter_ns()\n{}\nprint(time.perf_counter_ns() - _t)"


def _spawn_times(commands: dict[str, str], args: list[str], repeat: int, env: dict[str, str]) -> dict[str, dict[str, float]]:
    """Median time of each command's statements (``inner``) and of its whole process (``wall``).

    Commands run in rounds, so drift on the machine hits every command alike.
    """
    argvs = {name: [sys.executable, "-c", _TIMED.format(code), *args] for name, code in commands.items()}
    for argv in argvs.values():  # warm the bytecode cache and the OS file cache
        subprocess.run(argv, check=True, env=env, stdout=subprocess.DEVNULL)
    wall: dict[str, list[float]] = {name: [] for name in commands}
    inner: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, argv in argvs.items():
            start = time.perf_counter()
            done = subprocess.run(argv, check=True, env=env, capture_output=True, text=True)
            wall[name].append(time.perf_counter() - start)
            inner[name].append(int(done.stdout.split()[-1]) / 1e9)
    return {name: {"wall": statistics.median(wall[name]), "inner": statistics.median(inner[name])} for name in commands}


# What each fresh process runs (timed by _TIMED, given the bundled data files as arguments).
_PROCESSES = {
    "pass": "pass",
    "import": "import baltic_security",
    "import_base": "import attrs, cattrs",
    "import_attrs": "import attrs",
    "import_model": "from baltic_security import Commitment",
    "first": "import baltic_security as bs\nbs.commitments(by='Estonia')",
    "first_base": "import sys, json, attrs, cattrs\nfor f in sys.argv[1:]:\n    json.loads(open(f, 'rb').read())",
    # The same query compiling the converter's generated code anew, as it did before that code was cached.
    "first_uncached": (
        "import baltic_security as bs, baltic_security._fastpath as fp\n"
        "fp.compiled = lambda source, name: compile(source, name, 'exec')\n"
        "bs.commitments(by='Estonia')"
    ),
    # The command line as the `baltic-security` script runs it (its whole process is what a shell user waits for).
    "cli_first": "from baltic_security.cli import main\nmain(['commitments', '--by', 'Estonia'])",
    # (older versions left --version to argparse, which exits)
    "cli_version": "from baltic_security.cli import main\ntry:\n    main(['--version'])\nexcept SystemExit:\n    pass",
    "cli_base": "import sys, json\nfor f in sys.argv[1:]:\n    json.loads(open(f, 'rb').read())",
}


def _package() -> tuple[Path, list[str]]:
    """The installed package's folder and its bundled data files, in the order its manifest lists them."""
    import importlib.util

    spec = importlib.util.find_spec("baltic_security")
    if spec is None or spec.origin is None:
        raise RuntimeError("baltic_security is not installed")
    data = Path(spec.origin).parent / "data"
    return data.parent, [str(data / name) for name in json.loads((data / "dataset.json").read_bytes())["files"]]


def measure_processes(repeat: int, cache: str) -> dict[str, dict[str, float]]:
    return _spawn_times(_PROCESSES, _package()[1], repeat, _fresh_env(cache))


def _run_worker(args: list[str], env: dict[str, str]) -> dict[str, Any]:
    done = subprocess.run([sys.executable, str(HERE), "--worker", *args], check=False, env=env, capture_output=True, text=True)
    if done.returncode:  # the worker's own traceback says what broke, not CalledProcessError
        raise SystemExit(f"benchmark worker {' '.join(args[:1])} failed:\n{done.stderr}")
    return json.loads(done.stdout)  # type: ignore[no-any-return]


# ----------------------------------------------------------------- this checkout against another

_AGAINST_COMMANDS = {
    "first": "first query",
    "cli_first": "`baltic-security commitments --by Estonia`",
    "cli_version": "`baltic-security --version`",
    "import_model": "`from baltic_security import Commitment`",
}
_BASE_OF = {"first": "first_base", "cli_first": "cli_base", "cli_version": "cli_base", "import_model": "cli_base"}
_LOAD = (
    "import sys, time\nimport baltic_security as bs\n"
    "start = time.process_time()\nbs.load(sys.argv[1], max_bytes=1 << 40)\nprint(time.process_time() - start)"
)


def measure_against(other: str, files: dict[int, Path], repeat: int, proc_repeat: int, cache: str) -> str:
    """The fresh-process rows and a load of each file, for this package and the one in ``other``, in turn."""
    package, bundled = _package()
    here = str(package.parent)
    if not (Path(other) / "baltic_security" / "__init__.py").is_file():
        raise SystemExit(f"--against {other}: expected the src folder of a checkout, holding baltic_security/__init__.py")
    envs = {}
    for side, src in (("this", here), ("other", str(Path(other).resolve()))):
        env = _fresh_env(f"{cache}-{side}")
        env["PYTHONPATH"] = src  # ahead of the installed package
        envs[side] = env
    codes = {name: _PROCESSES[name] for name in (*_AGAINST_COMMANDS, *set(_BASE_OF.values()))}
    argvs = {
        (side, name): ([sys.executable, "-c", _TIMED.format(code), *bundled], envs[side])
        for side in envs
        for name, code in codes.items()
        if side == "this" or name in _AGAINST_COMMANDS
    }
    for argv, env in argvs.values():  # warm each side's bytecode cache
        subprocess.run(argv, check=True, env=env, stdout=subprocess.DEVNULL)
    for side, src in (("this", here), ("other", other)):  # each side imports the package it names, not the installed one
        where = "import baltic_security, os\nprint(os.path.realpath(baltic_security.__file__))"
        found = subprocess.run([sys.executable, "-c", where], check=True, env=envs[side], capture_output=True, text=True).stdout.strip()
        if not found.startswith(os.path.realpath(src) + os.sep):
            raise SystemExit(f"--against: the {side} side imported {found}, not the package in {src}")
    times: dict[tuple[str, str], list[tuple[float, float]]] = {key: [] for key in argvs}
    for _ in range(proc_repeat):
        for key, (argv, env) in argvs.items():
            start = time.perf_counter()
            done = subprocess.run(argv, check=True, env=env, capture_output=True, text=True)
            times[key].append((int(done.stdout.split()[-1]) / 1e9, time.perf_counter() - start))
    med = {key: tuple(statistics.median(t[i] for t in found) for i in (0, 1)) for key, found in times.items()}
    lines = [
        (
            f"This checkout ({here}) against {other}; fresh processes: medians of {proc_repeat} rounds, "
            f"loads: CPU time, medians of {repeat} runs, both sides in turn."
        ),
        "",
        "| measure | timed | this | other | baseline | this / baseline | other / baseline |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, label in _AGAINST_COMMANDS.items():
        for index, timed in ((0, "inside the process"), (1, "whole process")):
            this, theirs, base = med[("this", name)][index], med[("other", name)][index], med[("this", _BASE_OF[name])][index]
            lines.append(f"| {label} | {timed} | {_ms(this)} | {_ms(theirs)} | {_ms(base)} | {this / base:.2f}x | {theirs / base:.2f}x |")
    for n, file in files.items():
        loads: dict[str, list[float]] = {"this": [], "other": []}
        for _ in range(repeat):
            for side, env in envs.items():
                done = subprocess.run([sys.executable, "-c", _LOAD, str(file)], check=True, env=env, capture_output=True, text=True)
                loads[side].append(float(done.stdout.split()[-1]))
        this, theirs = statistics.median(loads["this"]), statistics.median(loads["other"])
        lines.append(
            f"| `bs.load` of {_size(n)} records | CPU time | {_ms(this)} | {_ms(theirs)} | - | this / other: {this / theirs:.2f}x | - |"
        )
    return "\n".join(lines)


# ----------------------------------------------------------------- report


def _ms(seconds: float) -> str:
    if seconds < 1e-3:
        return f"{seconds * 1e6:.1f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds:.2f} s"


def _size(n: int) -> str:
    exponent = len(str(n)) - 1
    return f"10^{exponent}" if n == 10**exponent else str(n)


def report(proc: dict[str, dict[str, float]], sizes: dict[int, dict[str, Any]], repeat: int, proc_repeat: int) -> str:
    machine = f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs"
    lines = [
        f"{machine}; medians of {repeat} runs ({proc_repeat} for fresh processes).",
        "",
        "| measure | size | baltic_security | baseline | ratio | target |",
        "|---|---|---|---|---|---|",
    ]

    def row(label: str, ours: str, theirs: str, target: str, *, how: str = "inner") -> None:
        # "inner": the statements, timed inside the fresh process. "wall": the whole
        # process above `python -c pass`, as the targets were first stated; near zero
        # the subtraction is within the noise of the machine and can even go negative.
        # "whole": the whole process, interpreter start-up included, as a shell user waits for it.
        bare = proc["pass"]["wall"] if how == "wall" else 0.0
        mine, base = proc[ours][how if how != "whole" else "wall"] - bare, proc[theirs][how if how != "whole" else "wall"] - bare
        suffix = {"wall": ", whole process above `python -c pass`", "whole": ", whole process"}.get(how, "")
        lines.append(f"| {label}{suffix} | - | {_ms(mine)} | {_ms(base)} | {mine / base:.2f}x | {target} |")

    imports = "cold `import baltic_security` vs `import attrs, cattrs`"
    first = "first query vs attrs+cattrs+json and `json.loads` of the bundled files"
    row(imports, "import", "import_base", "-")
    row(imports, "import", "import_base", "-", how="wall")
    row("`from baltic_security import Commitment` (attrs and the model load) vs `import attrs, cattrs`", "import_model", "import_base", "-")
    row("`import attrs` alone vs `import attrs, cattrs`", "import_attrs", "import_base", "-")
    row(first, "first", "first_base", "<= 1.3x")
    row(first, "first", "first_base", "<= 1.3x", how="wall")
    row("first query vs the same compiling the generated converter code anew (no code cache)", "first", "first_uncached", "-")
    cli = "`baltic-security commitments --by Estonia` vs a `json.loads` of the bundled files"
    row(cli, "cli_first", "cli_base", "<= 3x", how="whole")
    row(cli, "cli_first", "cli_base", "<= 3x")
    row(
        "`from baltic_security import Commitment` (the floor of any command built on the model) vs a `json.loads` of the bundled files",
        "import_model",
        "cli_base",
        "-",
        how="whole",
    )
    row("`baltic-security --version` vs a `json.loads` of the bundled files", "cli_version", "cli_base", "-", how="whole")
    floor = "the parse floor (`json.loads`, collector paused)"
    rows = (
        (f"load vs {floor}", "load", "load_floor", "-"),
        ("load vs `json.loads` as users run it (collector on)", "load", "load_json", "-"),
        ("load vs `json.loads`, each with the collections it leaves", "load_gc", "load_json_gc", "-"),
        (f"`json.loads` (collector on) vs {floor}", "load_json", "load_floor", "-"),
        (f"`orjson.loads` (collector paused) vs {floor}", "load_orjson", "load_floor", "-"),
        (f"`msgspec.json.decode` (collector paused) vs {floor}", "load_msgspec", "load_floor", "-"),
        (f"parse + cattrs' generated structuring vs {floor}", "load_cattrs", "load_floor", "-"),
        ("load vs parse + cattrs' generated structuring", "load", "load_cattrs", "-"),
        ("merge into `bs.dataset()` vs `json.loads`", "merge", "merge_json", "-"),
        ("merge 10^3 records into a dataset of this size vs into `bs.dataset()`", "merge_into", "merge_small", "-"),
        ("merge 10 records into a dataset of this size vs loading that dataset", "merge_tiny", "load", "-"),
        ("query party+domain+dates vs scan", "query", "query_scan", "-"),
        ("query party+domain vs scan", "query_pd", "query_pd_scan", "50x faster at 10^5"),
        ("`ds.commitments()` unfiltered vs the same tuple rebuilt record by record", "query_all", "query_all_rebuilt", "-"),
        ("unstructure + `json.dumps` vs `json.dumps` of dicts", "dump", "dump_json", "-"),
        ("`export json` vs the write floor (orjson, else `json.dumps`, of the same dicts + write)", "export_json", "export_floor", "-"),
        ("`export csv` vs the write floor", "export_csv", "export_floor", "-"),
        ("`export sqlite` vs the write floor", "export_sqlite", "export_floor", "-"),
        ("`json.dumps` of the same dicts + write vs the write floor", "export_stdlib", "export_floor", "-"),
    )
    for label, ours, theirs, target in rows:
        for n, found in sizes.items():
            if ours not in found or theirs not in found:  # an accelerator that is not installed
                continue
            ratio = found[ours] / found[theirs]
            speedup = 1 / ratio
            shown = f"{ratio:.2f}x" if ratio >= 1 else f"{ratio:.3f}x ({speedup:.{0 if speedup >= 10 else 1}f}x faster)"
            lines.append(f"| {label} | {_size(n)} | {_ms(found[ours])} | {_ms(found[theirs])} | {shown} | {target} |")
    header = (
        "| size | records | file MB | load records/s | json.loads records/s | query hits (p+d+dates / p+d) "
        "| load peak B/record | json.loads peak B/record | retained B/record | records alone B/record | json dicts B/record |"
    )
    lines += ["", header, "|---|---|---|---|---|---|---|---|---|---|---|"]
    for n, found in sizes.items():
        count = found["records"]
        mem = found["memory"]
        lines.append(
            f"| {_size(n)} | {count:,} | {found['bytes'] / 1e6:,.1f} | {count / found['load']:,.0f} | {count / found['load_json']:,.0f} "
            f"| {found['query_hits']:,} / {found['query_pd_hits']:,} "
            f"| {mem['load_peak'] / count:,.0f} | {mem['json_peak'] / count:,.0f} | {mem['load_retained'] / count:,.0f} "
            f"| {mem['records_retained'] / count:,.0f} | {mem['json_retained'] / count:,.0f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated record counts (default: %(default)s)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure; the median is reported (default: %(default)s)")
    parser.add_argument("--smoke", action="store_true", help="smallest size, few repeats: checks the benchmark runs (CI)")
    parser.add_argument("--json", metavar="PATH", help="also write the raw figures as JSON")
    parser.add_argument(
        "--against", metavar="SRC", help="also time this package against the one in SRC (another checkout's src folder), in turn"
    )
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker:
        kind, *rest = args.worker
        result = worker_size(rest[0], rest[1], rest[2], rest[3], int(rest[4])) if kind == "size" else worker_memory(rest[0])
        print(json.dumps(result))
        return 0

    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    repeat = max(1, args.repeat)
    proc_repeat = max(3, 6 * repeat)
    if args.smoke:
        sizes, repeat, proc_repeat = sizes[:1], 2, 3
    results: dict[int, dict[str, Any]] = {}
    against = ""
    with tempfile.TemporaryDirectory(prefix="bs-bench-") as tmp:
        cache = str(Path(tmp) / "pycache")
        env = _fresh_env(cache)
        print(f"fresh processes: {proc_repeat} rounds ...", file=sys.stderr)
        proc = measure_processes(proc_repeat, cache)
        small = Path(tmp) / "small.json"
        small.write_text(json.dumps(generate(1000, seed=11, standalone=False, prefix="m-"), ensure_ascii=False), encoding="utf-8")
        tiny = Path(tmp) / "tiny.json"
        tiny.write_text(json.dumps(generate(10, seed=13, standalone=False, prefix="t-"), ensure_ascii=False), encoding="utf-8")
        for n in sizes:
            print(f"size {n}: generating ...", file=sys.stderr)
            file, merge = Path(tmp) / f"data-{n}.json", Path(tmp) / f"merge-{n}.json"
            file.write_text(json.dumps(generate(n), ensure_ascii=False), encoding="utf-8")
            merge.write_text(json.dumps(generate(n, seed=7, standalone=False), ensure_ascii=False), encoding="utf-8")
            print(f"size {n}: timing ({repeat} runs) ...", file=sys.stderr)
            results[n] = _run_worker(["size", str(file), str(merge), str(small), str(tiny), str(repeat)], env)
            print(f"size {n}: memory ...", file=sys.stderr)
            results[n]["memory"] = _run_worker(["memory", str(file)], env)
            results[n]["bytes"] = file.stat().st_size
            if not args.against:
                file.unlink()
            merge.unlink()
        if args.against:
            print(f"against {args.against} ...", file=sys.stderr)
            files = {n: Path(tmp) / f"data-{n}.json" for n in sizes}
            against = measure_against(args.against, files, repeat, proc_repeat, cache)
    print(report(proc, results, repeat, proc_repeat))
    if against:
        print("\n" + against)
    if args.json:
        Path(args.json).write_text(json.dumps({"processes": proc, "sizes": results}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
