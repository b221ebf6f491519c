# Install with: pip install 'baltic-security[plot]'
"""A timeline of commitments, exercises and deployments, by date and domain, as a PNG.

Each record is drawn in the row of each of its domains, at its date. Dates
are as precise as their source, so a record dated only to a year or a month
is drawn as a bar across that interval, with its marker in the middle; a
number beside a marker counts records that share it. Records without a date
of their own are drawn hollow at the publication date of the earliest
source that states them ("known by then"). Needs matplotlib
(``pip install 'baltic-security[plot]'``)::

    python examples/timeline_plot.py [OUTDIR]     # writes OUTDIR/timeline.png
"""

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter
from pathlib import Path

import matplotlib as mpl

mpl.use("Agg")
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
from matplotlib.lines import Line2D

import baltic_security as bs

# For each kind of record: marker, colour, and offset within its domain row.
STYLE = {
    "commitment": ("o", "#1f5fa8", -0.22),
    "exercise": ("^", "#c8501e", 0.0),
    "deployment": ("s", "#2e8b3a", 0.22),
}


def _interval(record: bs.Commitment | bs.Exercise | bs.Deployment, ds: bs.Dataset) -> tuple[dt.date, dt.date, bool]:
    """The record's own date interval, or its earliest source's, and whether it is its own."""
    start = record.made_on if isinstance(record, bs.Commitment) else record.start
    if start is not None:
        end = record.end if isinstance(record, (bs.Exercise, bs.Deployment)) and record.end is not None else start
        return start.first_day, end.last_day, True
    published = min(ds.cites(e).published for e in record.evidence)
    return published.first_day, published.last_day, False


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path()
    ds = bs.dataset()
    facts: list[tuple[str, bs.Commitment | bs.Exercise | bs.Deployment]] = [
        *(("commitment", c) for c in ds.commitments()),
        *(("exercise", e) for e in ds.exercises()),
        *(("deployment", d) for d in ds.deployments()),
    ]
    # Count identical points so stacked markers show how many they are.
    points: Counter[tuple[str, bs.Domain, dt.date, dt.date, bool]] = Counter()
    undomained = 0
    for kind, record in facts:
        first, last, own = _interval(record, ds)
        if not record.domains:
            undomained += 1
        for domain in record.domains:
            points[(kind, domain, first, last, own)] += 1

    used = sorted({domain for _, domain, *_ in points}, key=lambda d: list(bs.Domain).index(d))
    row = {domain: index for index, domain in enumerate(reversed(used))}

    fig, ax = plt.subplots(figsize=(12, 0.36 * len(used) + 2.0), layout="constrained")
    for (kind, domain, first, last, own), count in sorted(points.items(), key=lambda item: (item[0][2], item[0][0])):
        marker, colour, offset = STYLE[kind]
        y = row[domain] + offset
        middle = first + (last - first) / 2
        if last > first:
            ax.plot([first, last], [y, y], color=colour, alpha=0.35, linewidth=5, solid_capstyle="butt")
        ax.plot(
            [middle],
            [y],
            marker=marker,
            markersize=7,
            color=colour,
            markerfacecolor=colour if own else "white",
            markeredgewidth=1.5,
            linestyle="none",
        )
        if count > 1:
            ax.annotate(f"{count}", (mdates.date2num(middle), y), xytext=(6, -1), textcoords="offset points", fontsize=8, color=colour)

    ax.set_yticks(range(len(used)), [d.value for d in reversed(used)])
    ax.set_ylim(-0.7, len(used) - 0.3)
    for y in range(len(used)):
        ax.axhline(y + 0.5, color="#dddddd", linewidth=0.6)
    ax.xaxis.set_major_locator(mdates.YearLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.xaxis.set_minor_locator(mdates.MonthLocator(bymonth=(4, 7, 10)))
    ax.grid(axis="x", color="#e6e6e6", linewidth=0.8)
    ax.set_axisbelow(True)
    ax.set_title(f"Commitments, exercises and deployments by date and domain (dataset {ds.version})", loc="left", fontsize=12)

    handles = [
        Line2D(
            [], [], marker=marker, color=colour, linestyle="none", markersize=7, label=f"{kind}s ({sum(1 for k, _ in facts if k == kind)})"
        )
        for kind, (marker, colour, _) in STYLE.items()
    ]
    handles += [
        Line2D(
            [], [], marker="o", color="#555555", markerfacecolor="white", linestyle="none", markersize=7, label="undated: as of its source"
        ),
        Line2D([], [], color="#555555", alpha=0.35, linewidth=5, label="date known only to month or year"),
    ]
    fig.legend(handles=handles, loc="outside lower center", ncols=5, fontsize=8, frameon=False)
    note = f"; {undomained} records without a domain are not shown" if undomained else ""
    ax.set_xlabel(f"Each record is drawn once in the row of each of its domains{note}.", fontsize=8, color="#555555")

    out.mkdir(parents=True, exist_ok=True)
    target = out / "timeline.png"
    fig.savefig(target, dpi=130)
    plt.close(fig)
    print(f"wrote {target}: {len(facts)} records in {len(used)} domains")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
