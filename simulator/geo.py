"""Small geometry helpers shared by the services (shapely 1.8 and 2.x)."""

import math

from shapely.geometry import Polygon, mapping, shape

EARTH_RADIUS_KM = 6371.0072  # authalic radius: the sinusoidal projection below is equal-area on it
KM_PER_DEGREE = math.pi * EARTH_RADIUS_KM / 180.0


def area_km2(geometry):
    """Area in km2 via a sinusoidal (equal-area) projection centred on the geometry: good to <0.5% here."""
    if geometry.is_empty:
        return 0.0
    lon0 = geometry.centroid.x

    def project(coords):
        return [
            ((lon - lon0) * KM_PER_DEGREE * math.cos(math.radians(lat)), lat * KM_PER_DEGREE)
            for lon, lat, *_ in coords
        ]

    total = 0.0
    for polygon in getattr(geometry, "geoms", [geometry]):
        if polygon.geom_type != "Polygon":
            continue
        projected = Polygon(
            project(polygon.exterior.coords), [project(ring.coords) for ring in polygon.interiors]
        )
        total += projected.area
    return total


def km_offset(lon, lat, east_km, north_km):
    return (lon + east_km / (KM_PER_DEGREE * math.cos(math.radians(lat))), lat + north_km / KM_PER_DEGREE)


def strip(center_lon, center_lat, width_km, length_km, heading_deg):
    """A rectangle (satellite strip) centred on a point, long side along heading (degrees from north)."""
    heading = math.radians(heading_deg)
    along = (math.sin(heading), math.cos(heading))
    across = (math.cos(heading), -math.sin(heading))
    corners = []
    for sign_along, sign_across in ((-1, -1), (-1, 1), (1, 1), (1, -1)):
        east = sign_along * along[0] * length_km / 2 + sign_across * across[0] * width_km / 2
        north = sign_along * along[1] * length_km / 2 + sign_across * across[1] * width_km / 2
        corners.append(tuple(round(value, 6) for value in km_offset(center_lon, center_lat, east, north)))
    polygon = Polygon(corners + corners[:1])
    return polygon if polygon.exterior.is_ccw else Polygon(list(polygon.exterior.coords)[::-1])


def to_geojson(geometry):
    """GeoJSON dict with lists (not tuples) so responses compare equal to parsed JSON."""

    def listify(value):
        return [listify(item) for item in value] if isinstance(value, (list, tuple)) else value

    data = mapping(geometry)
    return {"type": data["type"], "coordinates": listify(data["coordinates"])}


def from_geojson(data):
    return shape(data)


def utm_epsg(lon, lat):
    zone = min(60, max(1, int((lon + 180) // 6) + 1))
    return str((32600 if lat >= 0 else 32700) + zone)
