"""Timings of the AOI checks and fixes on 100 000-vertex areas (target: under 0.1 s each).

Run from the repository root:  .venv/bin/python benchmarks/bench_aoi.py [--runs 7]
Prints the median and the fastest of several runs. Every run gets a freshly built geometry (built outside
the timed part), so core.aoi's small per-object caches cannot make a later run look faster than a user's
first click.
"""

import argparse
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import Polygon

REPO_ROOT = Path(__file__).resolve().parent.parent


def _import_aoi():
    """Import the plugin as the package oneatlas_ppo, whatever the checkout folder is called (as conftest)."""
    link_parent = Path(tempfile.mkdtemp(prefix="oneatlas-ppo-bench-"))
    (link_parent / "oneatlas_ppo").symlink_to(REPO_ROOT, target_is_directory=True)
    sys.path.insert(0, str(link_parent))
    warnings.filterwarnings("ignore", message="Valid PROJ data directory not found")
    from oneatlas_ppo.core import aoi  # noqa: PLC0415 -- needs the path set up above

    return aoi


VERTICES = 100_000
CENTER = (2.35, 48.85)


def _angles(count):
    return np.linspace(0, 2 * np.pi, count, endpoint=False)


def smooth_outline(count=VERTICES, radius=0.05, seed=1):
    """A digitised-coastline-like outline: a sum of sinusoids, valid, ``count`` distinct vertices."""
    rng = np.random.default_rng(seed)
    angles = _angles(count)
    radii = np.ones(count)
    for k in range(1, 400):
        radii += (0.3 / k) * np.sin(k * angles + rng.uniform(0, 2 * np.pi))
    radii = radius * (radii - radii.min() + 0.2)
    return np.column_stack([CENTER[0] + radii * np.cos(angles), CENTER[1] + radii * np.sin(angles)])


def jagged_outline(count=VERTICES, radius=0.05, seed=2):
    """Worst case for GEOS's indexes: every vertex jitters radially (valid, edges turn at every vertex)."""
    rng = np.random.default_rng(seed)
    angles = _angles(count)
    radii = radius * (1 + 0.02 * rng.random(count))
    return np.column_stack([CENTER[0] + radii * np.cos(angles), CENTER[1] + radii * np.sin(angles)])


def jagged_crescent(count=VERTICES, radius=0.05, seed=3):
    """The jagged worst case on a C-shaped outline: no point sees all of it, so the fast star-shape proof
    of validity does not apply and GEOS decides (this shows what that costs)."""
    rng = np.random.default_rng(seed)
    half = count // 2
    outer = np.linspace(0, 1.7 * np.pi, half)
    inner = np.linspace(1.7 * np.pi, 0, count - half)
    angles = np.concatenate([outer, inner])
    radii = np.concatenate([np.full(half, radius), np.full(count - half, radius / 2)])
    radii = radii * (1 + 0.02 * rng.random(count))
    return np.column_stack([CENTER[0] + radii * np.cos(angles), CENTER[1] + radii * np.sin(angles)])


def zigzag(count=VERTICES, overlap=70, length=0.1, height=0.02):
    """Issue 10's slow case: a strip whose top edge zigzags, each edge rising over ``overlap`` steps and
    coming back over ``overlap - 1``, so each edge's box overlaps ~2 x overlap others (GEOS's monotone
    chains are one edge long). Not star-shaped; before the monotone proof GEOS took ~1.4 s to validate it
    (it grows with overlap: 3.7 s at 200, 35 s at 2 000)."""
    teeth = count - 3
    step = length / (teeth + overlap)
    index = np.arange(teeth)
    x = CENTER[0] + step * (index // 2) + np.where(index % 2 == 1, overlap * step, 0.0)
    y = CENTER[1] + height + np.where(index % 2 == 1, height, 0.0)
    top = np.column_stack([x, y])[::-1]
    return Polygon(np.vstack([[CENTER, (x.max() + step, CENTER[1])], top]))


def self_intersecting(count=VERTICES):
    """The smooth outline with a stretch of vertices reversed: its edges cross twice (a twisted loop)."""
    coords = smooth_outline(count)
    start, stop = count // 3, count // 3 + 200
    coords[start:stop] = coords[start:stop][::-1].copy()
    return Polygon(coords)


def with_holes(count=VERTICES, holes=20):
    """The smooth outline (minus the holes' vertices) with ``holes`` small 1 000-vertex round holes inside."""
    hole_vertices = 1_000
    shell = smooth_outline(count - holes * hole_vertices, radius=0.08)
    rings = []
    for index in range(holes):
        angle = 2 * np.pi * index / holes
        x, y = CENTER[0] + 0.012 * np.cos(angle), CENTER[1] + 0.012 * np.sin(angle)
        hole_angles = _angles(hole_vertices)
        rings.append(np.column_stack([x + 0.001 * np.cos(hole_angles), y + 0.001 * np.sin(hole_angles)]))
    return Polygon(shell, rings)


def timed(make_geometry, action, runs):
    """Median and best wall time of action(geometry) over ``runs`` fresh geometries; also the last result."""
    durations, result = [], None
    for _run in range(runs):
        geometry = make_geometry()
        start = time.perf_counter()
        result = action(geometry)
        durations.append(time.perf_counter() - start)
    return statistics.median(durations), min(durations), result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    aoi = _import_aoi()
    geos = ".".join(map(str, _geos_version()))
    versions = f"shapely {shapely.__version__}, GEOS {geos}, numpy {np.__version__}"
    print(f"{versions}; {VERTICES} vertices; median (best) of {runs} runs; target 100 ms\n")

    smooth, jagged, crescent = smooth_outline(), jagged_outline(), jagged_crescent(VERTICES - 1)
    cases = [
        ("validate, valid polygon (smooth)", lambda: Polygon(smooth[:VERTICES - 1]), aoi.check_aoi),
        ("validate, valid polygon (jagged, worst case)", lambda: Polygon(jagged[:VERTICES - 1]),
         aoi.check_aoi),
        ("validate, jagged C shape (not star-shaped)", lambda: Polygon(crescent), aoi.check_aoi),
        ("validate, zigzag strip (issue 10, target 200 ms)", zigzag, aoi.check_aoi),
        ("validate, zigzag with edges spanning 2 000 others", lambda: zigzag(overlap=2000), aoi.check_aoi),
        ("validate + fix, too many vertices (smooth)", lambda: Polygon(smooth), aoi.fix_all),
        ("validate + fix, too many vertices (jagged)", lambda: Polygon(jagged), aoi.fix_all),
        ("validate + fix, self-intersecting", self_intersecting, aoi.fix_all),
        ("validate + fix, 20 holes", with_holes, aoi.fix_all),
        ("validate + fix, Lambert-93 input", lambda: _lambert93(aoi, smooth),
         lambda geometry: aoi.fix_all(geometry, crs="EPSG:2154")),
    ]
    for label, make_geometry, action in cases:
        median, best, result = timed(make_geometry, action, runs)
        report = getattr(result, "report", result)
        steps = [step.fix_code for step in getattr(result, "steps", ())]
        outcome = "ok" if report.ok else ",".join(report.codes)
        flag = "" if median < 0.1 else "   <-- over target"
        print(f"{label:48s} {median * 1000:7.1f} ms ({best * 1000:6.1f})  -> {outcome}"
              f"{' after ' + ' > '.join(steps) if steps else ''}{flag}")
    print("\nArea against pyproj's Geod.geometry_area_perimeter (the reference), and what each costs:")
    area_cases = [("zigzag strip", zigzag), ("zigzag, edges spanning 2 000", lambda: zigzag(overlap=2000)),
                  ("jagged C shape", lambda: Polygon(crescent))]
    for label, make_geometry in area_cases:
        _area_line(aoi, label, make_geometry, runs)


def _area_line(aoi, label, make_geometry, runs):
    from pyproj import Geod  # noqa: PLC0415

    geod = Geod(ellps="WGS84")
    ours, _best, area = timed(make_geometry, aoi.geodesic_area_km2, runs)
    reference_time, _best, reference = timed(make_geometry, geod.geometry_area_perimeter, runs)
    relative = abs(area - abs(reference[0]) / 1e6) / (abs(reference[0]) / 1e6)
    print(f"  {label:30s} ours {ours * 1000:6.1f} ms, Geod {reference_time * 1000:6.1f} ms, "
          f"relative difference {relative:.1e}")


def _lambert93(aoi, lon_lat):
    from pyproj import Transformer  # noqa: PLC0415

    transformer = Transformer.from_crs("EPSG:4326", "EPSG:2154", always_xy=True)
    x, y = transformer.transform(lon_lat[:, 0], lon_lat[:, 1])
    return Polygon(np.column_stack([x, y]))


def _geos_version():
    try:
        return shapely.geos_version  # shapely 2
    except AttributeError:
        from shapely.geos import geos_version  # noqa: PLC0415 -- shapely 1.8

        return geos_version


if __name__ == "__main__":
    main()
