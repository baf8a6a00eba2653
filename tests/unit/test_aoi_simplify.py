"""Simplify (issue 10): no AOI of any size or shape can crash the process, the result is valid, within the
vertex limit, close to the drawn area, and its description says how far it strays and what the area did.

GEOS's simplify recursed once per vertex kept and overflowed the C stack on a 60 000-vertex sawtooth
(killing QGIS); these run the fix in a worker thread with a 1 MB stack, as small as a Windows thread's.
Plain shapely/pyproj, no QGIS:
``.venv/bin/python -m pytest -p no:pytest_qgis -q tests/unit/test_aoi_simplify.py``.
"""

import math
import re
import threading

import numpy as np
import pytest
from shapely.geometry import MultiPolygon, Polygon, box

from benchmarks.bench_aoi import (
    jagged_crescent,
    jagged_outline,
    self_intersecting,
    smooth_outline,
    with_holes,
)
from benchmarks.bench_aoi import zigzag as bench_zigzag
from oneatlas_ppo.core import aoi, aoi_text
from oneatlas_ppo.core.aoi_simplify import simplify_to_limit


def sawtooth(count, tooth=0.01, length=0.1, center=(2.35, 48.85)):
    """A strip whose top edge is a regular sawtooth of ``count - 2`` vertices (GEOS's deepest recursion)."""
    teeth = count - 2
    x = center[0] + np.linspace(0, length, teeth)
    y = center[1] + 0.02 + np.where(np.arange(teeth) % 2 == 1, tooth, 0.0)
    return Polygon(np.vstack([[center, (center[0] + length, center[1])], np.column_stack([x, y])[::-1]]))


def in_small_stack_thread(function, *args):
    """function(*args) in a thread with a 1 MB stack; its result (or its exception, raised here)."""
    outcome = {}

    def run():
        try:
            outcome["value"] = function(*args)
        except BaseException as error:  # noqa: BLE001 -- handed to the test thread
            outcome["error"] = error

    previous = threading.stack_size(1 << 20)
    try:
        worker = threading.Thread(target=run)
        worker.start()
    finally:
        threading.stack_size(previous)
    worker.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def assert_simplified_well(result, max_change_percent):
    """What the user gets: a valid polygon OneAtlas accepts, the area change small and stated as measured."""
    assert result.fix_code == "simplify"
    assert result.geometry.is_valid
    assert len(result.geometry.exterior.coords) <= aoi.MAX_POSITIONS
    assert aoi.check_aoi(result.geometry).ok
    assert abs(result.area_change_percent) < max_change_percent
    assert result.description.startswith("Simplified the outline from ")
    assert (f"the area changed by {aoi_text.signed_km2(result.area_change_km2)} "
            f"({aoi_text.percent(result.area_change_percent)})." in result.description)


@pytest.mark.parametrize("count", [60_000, 100_000, 200_000])
def test_a_huge_sawtooth_is_simplified_in_a_small_stack_thread(count):
    result = in_small_stack_thread(aoi.apply_fix, sawtooth(count), "simplify")
    assert_simplified_well(result, max_change_percent=0.5)
    corners = aoi_text.count(count)  # as drawn: the closing position is not one
    assert result.description.startswith(f"Simplified the outline from {corners} to ")


@pytest.mark.parametrize(("name", "make", "max_change_percent"), [
    ("zigzag, 200 000 vertices", lambda: bench_zigzag(200_000), 0.5),
    ("zigzag, edges spanning 2 000 others", lambda: bench_zigzag(overlap=2000), 5),
    ("smooth coastline", lambda: Polygon(smooth_outline()), 0.5),
    ("jagged", lambda: Polygon(jagged_outline()), 0.5),
    ("jagged C shape", lambda: Polygon(jagged_crescent(99_999)), 1),
])
def test_the_pathological_outlines_of_the_benchmark_are_simplified_in_a_small_stack_thread(
        name, make, max_change_percent):
    result = in_small_stack_thread(aoi.apply_fix, make(), "simplify")
    assert_simplified_well(result, max_change_percent)


@pytest.mark.parametrize("make", [self_intersecting, with_holes, lambda: sawtooth(100_000)])
def test_fix_all_on_pathological_outlines_in_a_small_stack_thread(make):
    result = in_small_stack_thread(aoi.fix_all, make())
    assert result.ok
    assert result.steps[-1].fix_code == "simplify"
    assert len(result.geometry.exterior.coords) <= aoi.MAX_POSITIONS


@pytest.mark.parametrize("make", [lambda: sawtooth(20_000), lambda: bench_zigzag(20_000),
                                  lambda: Polygon(jagged_outline(20_000))])
def test_the_stated_distance_bounds_every_dropped_vertex(make):
    """The tolerance returned (and shown in metres) is a true bound: every vertex of the drawn outline lies
    within it of the simplified outline (measured with longitudes scaled by the cosine of the latitude)."""
    geometry = make()
    simplified, tolerance = simplify_to_limit(geometry, aoi.MAX_POSITIONS)
    scale = math.cos(math.radians(48.85))

    def scaled(coords):
        coords = np.asarray(coords)
        return np.column_stack([coords[:, 0] * scale, coords[:, 1]])

    outline = scaled(simplified.exterior.coords)
    original = scaled(geometry.exterior.coords)
    assert tolerance > 0
    assert float(distances_to_outline(original, outline).max()) <= tolerance * (1 + 1e-9)


def distances_to_outline(points, outline):
    """Each point's distance to the nearest edge of the outline (a closed ring of coordinates), in numpy."""
    starts, ends = outline[:-1], outline[1:]
    direction = ends - starts
    length2 = np.maximum((direction ** 2).sum(axis=1), 1e-300)
    nearest = []
    for chunk in np.array_split(points, max(1, len(points) // 1000)):
        offset = chunk[:, None, :] - starts[None, :, :]
        along = np.clip((offset * direction[None]).sum(axis=2) / length2[None], 0.0, 1.0)
        rest = offset - along[:, :, None] * direction[None]
        nearest.append(np.sqrt((rest ** 2).sum(axis=2)).min(axis=1))
    return np.concatenate(nearest)


def test_the_description_states_the_distance_in_metres():
    result = aoi.apply_fix(sawtooth(60_000, tooth=0.001), "simplify")  # teeth 111 m high
    match = re.search(r"the dropped vertices lie within about (\d+) m of the new outline", result.description)
    assert match, result.description
    assert 50 <= int(match.group(1)) <= 111


def test_an_invalid_outline_must_be_repaired_before_simplifying():
    figure_of_eight = Polygon([(0, 0), (1, 1), (1, 0), (0, 1)])
    coords = np.asarray(figure_of_eight.exterior.coords)
    detailed = Polygon(np.vstack([np.linspace(coords[i], coords[i + 1], 400, endpoint=False)
                                  for i in range(4)]))
    with pytest.raises(aoi.AoiFixError, match="repair it first"):
        aoi.apply_fix(detailed, "simplify")


def test_too_many_parts_to_fit_the_limit_fall_back_to_the_convex_hull_and_say_so():
    parts = MultiPolygon([box(2 + 0.01 * i, 48, 2 + 0.01 * i + 0.005, 48.005) for i in range(300)])
    result = aoi.apply_fix(parts, "simplify")  # 300 parts x 4 corners: no simplification fits 998
    assert result.geometry.is_valid and isinstance(result.geometry, Polygon)
    assert len(result.geometry.exterior.coords) <= aoi.MAX_POSITIONS
    assert result.description.startswith(
        "Simplification could not bring the outline to at most 998 vertices as a valid polygon, so it was "
        "replaced by its convex hull (4 vertices, from 1 200): the area changed by +")
    assert result.area_after_km2 > result.area_before_km2
