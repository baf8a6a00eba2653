"""What check_aoi is given, read without raising: a GeoJSON object (or its text) and a coordinate reference
system that must place coordinates on the Earth horizontally.

Each reader returns the thing read or a sentence saying what is wrong, so that check_aoi can report it as a
problem in words instead of letting shapely's or PROJ's exceptions escape (KeyError, TypeError,
ValueError, ProjError for a vertical CRS, ...).
"""

import functools
import json
import math
from collections.abc import Mapping
from typing import List, Optional, Tuple

from pyproj import CRS
from pyproj.exceptions import ProjError
from shapely.geometry import Polygon, shape
from shapely.geometry.base import BaseGeometry

from . import aoi_geometry as geo
from .aoi_types import EMPTY, INVALID_GEOJSON, NOT_AN_AREA, AoiProblem
from .i18n import Plural, Text

# How deep the "coordinates" array of each GeoJSON geometry type nests positions (RFC 7946, 3.1).
_POSITION_DEPTH = {"Point": 0, "MultiPoint": 1, "LineString": 1, "MultiLineString": 2, "Polygon": 2,
                   "MultiPolygon": 3}
_CONTAINERS = ("GeometryCollection", "Feature", "FeatureCollection")


def as_polygonal(value) -> Tuple[BaseGeometry, List[str], Optional[AoiProblem]]:
    """Bring any input (shapely geometry or GeoJSON) to its polygons; (geometry, notes, blocking problem
    or None)."""
    notes: List[str] = []
    geometry, unreadable = read_geometry(value)
    if unreadable:
        return Polygon(), notes, AoiProblem(INVALID_GEOJSON, unreadable)
    if geometry is None or geometry.is_empty:
        return Polygon(), notes, AoiProblem(EMPTY, Text("The area is empty: it has no coordinates."))
    outline = geo.closed_line_as_polygon(geometry)
    if outline is not None:
        notes.append(Text("The closed line ({kind}) was read as the outline of a polygon.",
                          kind=geometry.geom_type))
        return outline, notes, None
    parts = geo.polygon_parts(geometry)
    if not parts:
        return geometry, notes, AoiProblem(NOT_AN_AREA, not_an_area_message(geometry))
    left_out = geo.non_area_member_count(geometry)
    if left_out:
        notes.append(Text("Left out {members} of the {kind} (points and lines have no area).",
                          members=Plural("%n point(s) or line(s)", left_out, "point or line",
                                         "points or lines"),
                          kind=geometry.geom_type))
    if geometry.geom_type == "GeometryCollection":
        return geo.from_parts(parts), notes, None
    return geometry, notes, None


def not_an_area_message(geometry: BaseGeometry) -> str:
    kind = geometry.geom_type
    if kind in ("LineString", "LinearRing"):
        what = Text("a line that is not closed")
    elif kind == "MultiLineString":
        what = Text("lines")
    elif kind == "Point":
        what = Text("a point")
    elif kind == "MultiPoint":
        what = Text("points")
    else:
        what = Text("without any polygon")
    return Text("The geometry is {what} ({kind}); OneAtlas needs a polygon that encloses an area.", what=what,
                kind=kind)


class _GeoJsonError(Exception):
    """What is wrong with a GeoJSON object, in words (internal: check_aoi turns it into an AoiProblem)."""


def read_geometry(value) -> Tuple[Optional[BaseGeometry], Optional[str]]:
    """(shapely geometry, None), or (None, a sentence saying why the input is not a readable geometry).
    Accepts a shapely geometry, None (empty), a GeoJSON geometry/Feature/FeatureCollection mapping, or
    its JSON text."""
    if value is None or isinstance(value, BaseGeometry):
        return value, None
    if isinstance(value, (str, bytes)):
        try:
            value = json.loads(value)
        except ValueError:
            return None, _unreadable("the text is not JSON")
    if not isinstance(value, Mapping):
        return None, _unreadable(Text("it is a {type}, not a geometry or a GeoJSON object",
                                      type=type(value).__name__))
    try:
        _check_object(value, Text("the object"))
        return shape(_geometry_of(value)), None
    except _GeoJsonError as problem:
        return None, _unreadable(problem.args[0])  # a Text: translated where shown
    except Exception as error:  # noqa: BLE001 -- shapely's own refusal of something we did not foresee
        return None, _unreadable(Text("shapely could not build it ({error})", error=type(error).__name__))


def _unreadable(detail: str) -> str:
    return Text("The GeoJSON cannot be read: {detail}. Export the area again as GeoJSON (RFC 7946: numbers "
                "for coordinates, longitude then latitude) or draw it on the map.", detail=detail)


def _check_object(value, where: str) -> None:
    if not isinstance(value, Mapping):
        raise _GeoJsonError(Text("{where} is {kind}, not a GeoJSON object", where=where, kind=_kind(value)))
    kind = value.get("type")
    if kind not in _POSITION_DEPTH and kind not in _CONTAINERS:
        raise _GeoJsonError(Text("{where} has the type {kind}, which is not a GeoJSON type (Polygon, "
                                 "MultiPolygon, Feature, ...)", where=where, kind=repr(kind)))
    if kind == "Feature":
        if value.get("geometry") is not None:
            _check_object(value["geometry"], Text("{where}'s geometry", where=where))
    elif kind in ("FeatureCollection", "GeometryCollection"):
        key = "features" if kind == "FeatureCollection" else "geometries"
        members = value.get(key)
        if not isinstance(members, list):
            raise _GeoJsonError(Text("{where} ({kind}) has no list of {key}", where=where, kind=kind,
                                     key=key))
        for index, member in enumerate(members):
            _check_object(member, f"{key}[{index}]")
    else:
        if "coordinates" not in value:
            raise _GeoJsonError(Text("{where} ({kind}) has no coordinates", where=where, kind=kind))
        _check_nesting(value["coordinates"], _POSITION_DEPTH[kind], "coordinates", kind)


def _check_nesting(value, depth: int, where: str, kind: str) -> None:
    """Lists nested ``depth`` times around positions; rings of polygons hold at least 4 positions."""
    if depth == 0:
        _check_position(value, where)
        return
    if not isinstance(value, (list, tuple)):
        raise _GeoJsonError(Text("{where} is {kind} where a list was expected", where=where,
                                 kind=_kind(value)))
    if depth == 1 and kind in ("Polygon", "MultiPolygon") and 0 < len(value) < 4:
        raise _GeoJsonError(Text("the ring {where} has {count} positions; a ring needs at least 4 (the last "
                                 "one repeating the first)", where=where, count=str(len(value))))
    for index, member in enumerate(value):
        _check_nesting(member, depth - 1, f"{where}[{index}]", kind)


def _check_position(value, where: str) -> None:
    if not isinstance(value, (list, tuple)) or len(value) < 2:
        raise _GeoJsonError(Text("{where} is {kind}, not a position [longitude, latitude]", where=where,
                                 kind=_kind(value)))
    for index, number in enumerate(value[:3]):
        if isinstance(number, bool) or not isinstance(number, (int, float)):
            raise _GeoJsonError(Text("{where} is {kind}, not a number", where=f"{where}[{index}]",
                                     kind=_kind(number)))
        if not math.isfinite(number):
            raise _GeoJsonError(Text("{where} is {value}, not a finite number", where=f"{where}[{index}]",
                                     value=str(number)))


def _kind(value) -> str:
    if isinstance(value, str):
        shown = value if len(value) <= 20 else value[:17] + "..."
        return Text("the text {text}", text=repr(shown))
    if value is None:
        return "null"
    if isinstance(value, bool):
        return Text("the boolean {value}", value=str(value).lower())
    if isinstance(value, (int, float)):
        return Text("the number {value}", value=repr(value))
    if isinstance(value, Mapping):
        return Text("an object")
    if isinstance(value, (list, tuple)):
        return Text("a list of {count}", count=str(len(value)))
    return Text("a {type}", type=type(value).__name__)


def _geometry_of(value: Mapping) -> Mapping:
    """The geometry of a Feature or FeatureCollection (a collection of the features' geometries)."""
    if value.get("type") == "Feature":
        return value.get("geometry") or {"type": "GeometryCollection", "geometries": []}
    if value.get("type") == "FeatureCollection":
        members = [member.get("geometry") for member in value["features"] if member.get("geometry")]
        return {"type": "GeometryCollection", "geometries": members}
    return value


# --- coordinate reference systems -------------------------------------------------------------------------

_KIND_WORDS = {
    "vertical": Text("a vertical (height) system: it says how high a point is, not where it is"),
    "geocentric": Text("an Earth-centred 3D Cartesian system (X, Y, Z in metres), not map coordinates"),
    "engineering": Text("a local (engineering) system that is not tied to a place on the Earth"),
}


def crs_refusal(crs) -> Optional[Tuple[bool, str]]:
    """None when ``crs`` places x/y on the Earth (geographic or projected, possibly with a height);
    else (known, words): known is False when the input is not a coordinate reference system at all."""
    try:
        key = geo.crs_key(crs)
    except (ProjError, TypeError, ValueError):
        return False, ""
    return _refusal(key)


@functools.lru_cache(maxsize=32)  # live validation asks on every edit; parsing a CRS costs a proj.db lookup
def _refusal(key: str) -> Optional[Tuple[bool, str]]:
    try:
        parsed = CRS.from_user_input(key)
    except (ProjError, TypeError, ValueError):
        return False, ""
    if parsed.is_geographic or parsed.is_projected:
        return None
    horizontal = parsed.sub_crs_list[0] if parsed.is_compound and parsed.sub_crs_list else parsed
    for kind in ("vertical", "geocentric", "engineering"):
        if getattr(horizontal, f"is_{kind}", False):
            return True, _KIND_WORDS[kind]
    return True, Text("a {kind}, which gives no longitude and latitude", kind=parsed.type_name)
