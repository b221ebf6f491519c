# Install with: pip install 'baltic-security[plot]'
"""A map of deployments and exercises by location, as a PNG.

Plots every deployment and exercise whose ``location`` has coordinates, one
marker per place (sized by how many records are there) with the records
listed beside it, over a light, hand-drawn outline of the Baltic Sea and a
graticule. The outline is approximate and only for orientation: no map
tiles, no downloads. Needs matplotlib (``pip install 'baltic-security[plot]'``)::

    python examples/deployments_map.py [OUTDIR]     # writes OUTDIR/deployments-map.png
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import matplotlib as mpl

mpl.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.lines import Line2D

import baltic_security as bs

# A coarse outline of the Baltic Sea coast, (lon, lat), clockwise from the Danish straits.
# Drawn by hand from well-known coastal towns; good to a few tens of kilometres at best.
# fmt: off
BALTIC_COAST = [
    (10.6, 57.7), (10.5, 57.1), (10.2, 56.5), (10.9, 56.3), (10.5, 55.5), (9.9, 55.0), (10.1, 54.4),
    (11.0, 54.0), (12.1, 54.2), (13.4, 54.6), (14.3, 53.9), (16.0, 54.25), (17.6, 54.8), (18.6, 54.4),
    (19.6, 54.45), (20.5, 54.95), (21.1, 55.7), (21.0, 56.5), (21.6, 57.4), (22.6, 57.75), (23.6, 57.0),
    (24.1, 57.0), (24.4, 57.9), (24.5, 58.4), (23.5, 58.6), (23.5, 59.2), (24.75, 59.45), (26.5, 59.55),
    (28.0, 59.45), (29.5, 59.95), (30.3, 59.9), (28.7, 60.7), (26.9, 60.45), (24.9, 60.15), (22.9, 59.8),
    (22.25, 60.45), (21.4, 61.1), (21.5, 62.3), (21.6, 63.1), (22.9, 63.8), (24.4, 64.7), (25.5, 65.0),
    (24.15, 65.85), (22.15, 65.6), (21.2, 64.7), (20.3, 63.8), (18.7, 63.2), (17.3, 62.4), (17.1, 61.3),
    (17.15, 60.7), (18.4, 60.3), (18.9, 59.6), (18.1, 59.3), (17.0, 58.7), (16.6, 57.9), (16.4, 57.0),
    (16.35, 56.66), (15.6, 56.16), (14.4, 56.0), (13.0, 55.4), (12.9, 55.8), (12.6, 56.0), (11.9, 57.5),
    (11.0, 58.9),
]
# The larger islands, drawn as land over the sea.
ISLANDS = [
    [(12.6, 56.05), (12.2, 56.1), (11.8, 55.95), (11.1, 55.7), (11.2, 55.2), (11.8, 55.05), (12.2, 55.1), (12.5, 55.4), (12.6, 55.7)],
    [(10.4, 55.6), (10.8, 55.4), (10.7, 55.05), (10.2, 55.05), (9.8, 55.3), (9.9, 55.55)],
    [(11.0, 54.95), (11.9, 54.65), (12.0, 54.85), (11.3, 55.0)],
    [(14.7, 55.2), (14.85, 55.0), (15.15, 55.1), (14.95, 55.3)],
    [(16.4, 56.2), (16.95, 57.3), (17.1, 57.3), (16.6, 56.2)],
    [(18.1, 57.4), (18.7, 57.95), (19.1, 57.9), (18.9, 57.4), (18.3, 56.9)],
    [(21.8, 58.5), (22.2, 58.05), (23.3, 58.3), (22.9, 58.6), (22.0, 58.6)],
    [(22.3, 58.9), (22.6, 58.7), (23.0, 58.8), (22.6, 59.05)],
    [(19.6, 60.1), (20.0, 60.0), (20.3, 60.2), (19.9, 60.4)],
]
# Country names for orientation, placed by hand (lon, lat).
COUNTRIES = {
    "ESTONIA": (25.8, 58.75), "LATVIA": (22.6, 56.85), "LITHUANIA": (22.7, 55.45), "POLAND": (19.5, 52.6),
    "BELARUS": (28.8, 53.0), "FINLAND": (26.8, 62.6), "SWEDEN": (15.2, 61.6), "GERMANY": (11.0, 52.6),
    "DENMARK": (9.1, 55.4), "NORWAY": (8.8, 60.3), "RUSSIA": (31.2, 57.5),
}
# fmt: on
STATUS_COLOURS = {"planned": "#d98b0b", "active": "#2e8b3a", "ended": "#777777", "unknown": "#6a51a3"}
EXERCISE_COLOUR = "#c8501e"


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path()
    ds = bs.dataset()
    located: dict[tuple[float, float], list[tuple[str, str, str]]] = {}
    places: dict[tuple[float, float], str] = {}
    unplaced = 0
    records: list[bs.Deployment | bs.Exercise] = [*ds.deployments(), *ds.exercises()]
    for record in records:
        place = record.location
        if place is None or place.lat is None or place.lon is None:
            unplaced += 1
            continue
        key = (place.lon, place.lat)
        places.setdefault(key, place.name)
        colour = EXERCISE_COLOUR if isinstance(record, bs.Exercise) else STATUS_COLOURS[record.status.value]
        kind = "exercise" if isinstance(record, bs.Exercise) else record.status.value
        located.setdefault(key, []).append((record.id, colour, kind))

    lon_min, lon_max, lat_min, lat_max = -1.0, 33.0, 51.0, 66.5
    fig, ax = plt.subplots(figsize=(11, 9), layout="constrained")
    ax.set_facecolor("#fbfbf8")
    # Longitude degrees shrink with latitude: keep shapes near-true in the middle of the map.
    ax.set_aspect(1 / math.cos(math.radians((lat_min + lat_max) / 2)))
    ax.set_xlim(lon_min, lon_max)
    ax.set_ylim(lat_min, lat_max)
    xs, ys = zip(*[*BALTIC_COAST, BALTIC_COAST[0]], strict=True)
    ax.fill(xs, ys, color="#dcebf7", zorder=0)
    ax.plot(xs, ys, color="#9ec3e0", linewidth=0.9, zorder=1)
    for island in ISLANDS:
        ax.fill(*zip(*island, strict=True), facecolor="#fbfbf8", edgecolor="#9ec3e0", linewidth=0.7, zorder=1)
    ax.text(18.0, 55.55, "Baltic Sea", color="#5b8db8", fontsize=11, style="italic", ha="center", zorder=1)
    ax.text(4.2, 57.6, "North Sea", color="#5b8db8", fontsize=11, style="italic", ha="center", zorder=1)
    for name, (lon, lat) in COUNTRIES.items():
        ax.text(lon, lat, name, color="#b5b5b5", fontsize=9, ha="center", va="center", zorder=1)
    ax.set_xticks(range(0, 34, 4), [f"{x}°E" for x in range(0, 34, 4)])
    ax.set_yticks(range(52, 67, 2), [f"{y}°N" for y in range(52, 67, 2)])
    ax.grid(color="#e3e3e3", linewidth=0.7)

    for (lon, lat), items in sorted(located.items(), key=lambda item: -item[0][1]):
        size = 60 + 45 * (len(items) - 1)
        colours = {c for _, c, _ in items}
        face = colours.pop() if len(colours) == 1 else "#444444"
        ax.scatter([lon], [lat], s=size, color=face, edgecolor="white", linewidth=1.2, zorder=3)
        lines = [places[(lon, lat)]] + [f"• {record_id} ({kind})" for record_id, _, kind in items]
        east = lon > lon_max - 7  # labels near the east edge go left, to stay inside the map
        ax.annotate(
            "\n".join(lines),
            (lon, lat),
            xytext=(-10 if east else 10, 0),
            textcoords="offset points",
            fontsize=8,
            va="center",
            ha="right" if east else "left",
            multialignment="left",
            zorder=4,
            bbox={"boxstyle": "round,pad=0.3", "facecolor": "white", "edgecolor": "#cccccc", "alpha": 0.9},
        )

    handles = [
        Line2D([], [], marker="o", linestyle="none", markersize=8, color=colour, label=f"deployment, {status}")
        for status, colour in STATUS_COLOURS.items()
    ]
    handles.append(Line2D([], [], marker="o", linestyle="none", markersize=8, color=EXERCISE_COLOUR, label="exercise"))
    handles.append(Line2D([], [], marker="o", linestyle="none", markersize=8, color="#444444", label="several kinds at one place"))
    ax.legend(handles=handles, loc="upper left", fontsize=8, framealpha=0.95)
    ax.set_title(f"Deployments and exercises by location (dataset {ds.version})", loc="left", fontsize=12)
    shown = sum(len(items) for items in located.values())
    ax.set_xlabel(
        f"{shown} of {len(records)} records have coordinates; {unplaced} without are not shown. "
        "A place named for a country is drawn at its centre. Coastline approximate.",
        fontsize=8,
        color="#555555",
    )

    out.mkdir(parents=True, exist_ok=True)
    target = out / "deployments-map.png"
    fig.savefig(target, dpi=130)
    plt.close(fig)
    print(f"wrote {target}: {shown} records at {len(located)} places")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
