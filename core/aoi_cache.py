"""Small per-object caches, so that a check followed by fixes does not redo the same work on a big geometry
(validity, geodesic area, the repair, the geometry as rounded for sending).
"""

from typing import List, Optional, Tuple

from shapely.geometry.base import BaseGeometry
from shapely.validation import explain_validity

from . import aoi_geometry as geo
from .aoi_precision import rounded_geometry
from .aoi_validity import proven_valid


class _IdentityCache:
    """Values computed for the last few geometry OBJECTS. Identity, not equality: cheap and exact (shapely
    geometries are immutable), and a check followed by apply_fix passes the very same object."""

    def __init__(self, size: int):
        self._size = size
        self._entries: List[tuple] = []

    def get(self, geometry: BaseGeometry, compute):
        for cached_geometry, value in list(self._entries):
            if cached_geometry is geometry:
                return value
        value = compute(geometry)
        self.put(geometry, value)
        return value

    def put(self, geometry: BaseGeometry, value) -> None:
        self._entries.insert(0, (geometry, value))
        del self._entries[self._size:]


_AREAS = _IdentityCache(4)
_VALIDITY = _IdentityCache(4)
_REPAIRS = _IdentityCache(2)
_SENT = _IdentityCache(2)


def cached_area_km2(geometry: BaseGeometry) -> float:
    return _AREAS.get(geometry, geo.geodesic_area_km2)


def is_valid(geometry: BaseGeometry) -> bool:
    return validity_reason(geometry) is None


def validity_reason(geometry: BaseGeometry) -> Optional[str]:
    """None when valid, else GEOS's explanation ("Self-intersection[x y]"). One validity run per geometry:
    explain_validity answers both questions, and GEOS's check can cost 250 ms on a jagged outline."""
    return _VALIDITY.get(geometry, _compute_validity_reason)


def _compute_validity_reason(geometry: BaseGeometry) -> Optional[str]:
    if proven_valid(geometry):
        return None
    explanation = explain_validity(geometry)
    return None if explanation == _GEOS_VALID else explanation


_GEOS_VALID = "Valid Geometry"  # what GEOSisValidReason says of a valid geometry (shapely 1.8 and 2.x)


def cached_repair(geometry: BaseGeometry) -> Tuple[BaseGeometry, str]:
    """make_valid once per geometry object: check_aoi measures the repaired area, apply_fix reuses it."""
    repaired = _REPAIRS.get(geometry, geo.make_valid_polygonal)
    if repaired[1] == "make_valid":
        remember_valid(repaired[0])  # make_valid_polygonal checked it
    return repaired


def sent_geometry(geometry: BaseGeometry) -> Optional[BaseGeometry]:
    """The geometry rounded as to_geojson sends it (None when a ring collapses), once per object."""
    return _SENT.get(geometry, rounded_geometry)


def remember_valid(geometry: BaseGeometry) -> None:
    """Record that a geometry is known valid (a part or the outline of a valid polygon)."""
    _VALIDITY.put(geometry, None)

