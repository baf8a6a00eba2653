"""The OneAtlas AOI rules (Polygon only, closed, <=999 vertices, >=4 positions, no holes, no
self-intersection, lon/lat range), each failing with a 400 that names the offending field."""

from shapely.geometry import Polygon
from shapely.validation import explain_validity

from .errors import bad_request

MAX_VERTICES = 999


def aoi_error(message, field):
    return bad_request(message, field=field, error_code="E1003")


def check_polygon(geometry, field):
    """Validate one GeoJSON geometry object; return the shapely Polygon."""
    if not isinstance(geometry, dict):
        raise aoi_error("The AOI geometry must be a GeoJSON object.", field)
    if geometry.get("type") != "Polygon":
        raise aoi_error(
            f"The AOI geometry type must be Polygon, not {geometry.get('type')!r}.", f"{field}.type"
        )
    rings = geometry.get("coordinates")
    if not isinstance(rings, list) or not rings or not isinstance(rings[0], list):
        raise aoi_error("The AOI coordinates must be a list of linear rings.", f"{field}.coordinates")
    if len(rings) > 1:
        raise aoi_error(
            "The AOI must not have holes (interior rings are not allowed).", f"{field}.coordinates"
        )
    ring = rings[0]
    try:
        points = [(float(position[0]), float(position[1])) for position in ring]
    except (TypeError, ValueError, IndexError):
        raise aoi_error(
            "Each AOI position must be [longitude, latitude] numbers.", f"{field}.coordinates"
        ) from None
    if len(points) < 4:
        raise aoi_error(
            f"The AOI ring must have at least 4 positions, it has {len(points)}.", f"{field}.coordinates"
        )
    if points[0] != points[-1]:
        raise aoi_error(
            "The AOI ring is not closed: the first and last positions must be equal.", f"{field}.coordinates"
        )
    if len(points) - 1 > MAX_VERTICES:
        raise aoi_error(
            f"The AOI has {len(points) - 1} vertices, the maximum is {MAX_VERTICES}.", f"{field}.coordinates"
        )
    for lon, lat in points:
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            raise aoi_error(
                f"Position ({lon}, {lat}) is out of range: longitude must be within [-180, 180] and "
                "latitude within [-90, 90] (lon,lat order, WGS84).",
                f"{field}.coordinates",
            )
    polygon = Polygon(points)
    if not polygon.is_valid:
        raise aoi_error(
            f"The AOI must not self-intersect ({explain_validity(polygon)}).", f"{field}.coordinates"
        )
    if polygon.area == 0:
        raise aoi_error("The AOI has no area.", f"{field}.coordinates")
    return polygon


def parse_request_aois(aois, id_keys=("id",), field="aoi"):
    """[{id, geometry}] -> [(aoi_id, Polygon)], every rule checked."""
    if not isinstance(aois, list) or not aois:
        raise bad_request(
            "'aoi' must be a non-empty list of {id, geometry}.", field=field, error_code="E1001"
        )
    parsed = []
    for index, aoi in enumerate(aois):
        if not isinstance(aoi, dict):
            raise aoi_error("Each AOI must be an object with an id and a geometry.", f"{field}[{index}]")
        aoi_id = next((aoi[key] for key in id_keys if aoi.get(key) not in (None, "")), None)
        if aoi_id is None:
            raise bad_request(
                "Each AOI needs an id.", field=f"{field}[{index}].{id_keys[0]}", error_code="E1001"
            )
        parsed.append((aoi_id, check_polygon(aoi.get("geometry"), f"{field}[{index}].geometry")))
    return parsed
