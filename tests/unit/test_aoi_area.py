"""The area shown for a big AOI is pyproj's geodesic area (Geod.geometry_area_perimeter) to well under 1e-4,
also for outlines with long or steep edges (issue 10: the zigzag strip's area cost 100 ms through Geod).

Plain shapely/pyproj, no QGIS:
``.venv/bin/python -m pytest -p no:pytest_qgis -q tests/unit/test_aoi_area.py``.
"""

import numpy as np
import pytest
from pyproj import Geod
from shapely.geometry import Polygon
from shapely.geometry.polygon import orient

from benchmarks.bench_aoi import jagged_crescent, smooth_outline
from benchmarks.bench_aoi import zigzag as bench_zigzag
from oneatlas_ppo.core import aoi

GEOD = Geod(ellps="WGS84")


def shifted(polygon, dx=0.0, dy=0.0):
    return Polygon(np.asarray(polygon.exterior.coords) + [dx, dy])


OUTLINES = {
    "zigzag strip (issue 10)": lambda: bench_zigzag(),
    "zigzag, edges spanning 2 000 others": lambda: bench_zigzag(overlap=2000),
    "jagged C shape": lambda: Polygon(jagged_crescent(99_999)),
    "smooth coastline": lambda: Polygon(smooth_outline()),
    "zigzag 5 x 2 degrees": lambda: bench_zigzag(length=5, height=2),
    "zigzag in the southern hemisphere": lambda: shifted(bench_zigzag(), dy=-97.7),
    "zigzag at 70 degrees north": lambda: shifted(bench_zigzag(), dy=21.15),
    "clockwise zigzag": lambda: orient(bench_zigzag(), sign=-1.0),
}


@pytest.mark.parametrize("make", OUTLINES.values(), ids=OUTLINES.keys())
def test_big_outlines_are_measured_as_pyproj_geod_does(make):
    polygon = make()
    reference = abs(GEOD.geometry_area_perimeter(polygon)[0]) / 1e6
    assert aoi.geodesic_area_km2(polygon) == pytest.approx(reference, rel=1e-6)


def test_the_zigzag_is_measured_without_geod(monkeypatch):
    """The fast path is taken (the point of the change): Geod's own polygon area is never called for this
    ring. How much faster it is, is measured by benchmarks/bench_aoi.py (a time budget here was flaky on a
    loaded CI machine)."""
    from oneatlas_ppo.core import aoi_area

    calls = []

    class CountingGeod:
        def __getattr__(self, name):
            return getattr(GEOD, name)

        def polygon_area_perimeter(self, *args, **kwargs):
            calls.append(len(args[0]))
            return GEOD.polygon_area_perimeter(*args, **kwargs)

    monkeypatch.setattr(aoi_area, "_GEOD", CountingGeod())
    polygon = bench_zigzag()
    area = aoi.geodesic_area_km2(polygon)
    assert calls == []
    assert area == pytest.approx(abs(GEOD.geometry_area_perimeter(polygon)[0]) / 1e6, rel=1e-6)
    aoi.geodesic_area_km2(Polygon([(1.4, 43.6), (1.5, 43.6), (1.5, 43.7)]))  # a small ring: Geod itself
    assert calls == [4]
