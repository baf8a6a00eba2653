"""The footprint a pass would acquire over an AOI: a strip along the ground track that covers the AOI.

Real /attempts segments are the strip that would be imaged over the requested AOI, so the footprint must
cover it. An AOI wider than one swath is imaged as adjacent strips in the same pass (the agile Pleiades /
Pleiades Neo / SPOT 6-7 satellites do mono-pass mosaics); the footprint is then their union, still one
rectangle along the track.
"""

import math

from shapely.geometry import Polygon

from .geo import KM_PER_DEGREE

# PNEO, PHR and SPOT 6/7 share the same sun-synchronous orbit (about 98.2 degrees).
ORBIT_INCLINATION_DEG = 98.2
# Kept between the AOI and the strip's sides / ends, so rounding of the WKT never uncovers the AOI.
ACROSS_MARGIN_KM = 1.0
ALONG_MARGIN_KM = 5.0


def descending_heading(lat):
    """Heading (degrees from north) of a descending pass at this latitude.

    About 188 degrees at the equator, 192 at 45 degrees, turning further west toward the poles, where the
    ground track bends (sin(deviation) = cos(inclination) / cos(latitude))."""
    cos_lat = math.cos(math.radians(lat))
    ratio = abs(math.cos(math.radians(ORBIT_INCLINATION_DEG))) / max(cos_lat, 1e-9)
    return 180.0 + math.degrees(math.asin(min(1.0, ratio)))


def covering_strip(aoi, swath_km, min_length_km, heading_deg, across_position):
    """A rectangle along heading_deg that covers the AOI polygon.

    swath_km: the sensor's swath; the width is a whole number of swaths (one unless the AOI is wider).
    across_position in [-1, 1]: where the strip sits across the AOI within the room the swath leaves
    (different passes see the AOI from different tracks, so their strips differ but all cover it).
    Returns (polygon, number_of_strips)."""
    origin = aoi.centroid
    lon0, lat0 = origin.x, origin.y
    km_per_lon_degree = KM_PER_DEGREE * math.cos(math.radians(lat0))
    heading = math.radians(heading_deg)
    along = (math.sin(heading), math.cos(heading))
    across = (math.cos(heading), -math.sin(heading))

    # A local plane with a fixed scale is an affine image of lon/lat, so covering there covers in lon/lat.
    along_values, across_values = [], []
    for lon, lat, *_ in aoi.exterior.coords:
        east, north = (lon - lon0) * km_per_lon_degree, (lat - lat0) * KM_PER_DEGREE
        along_values.append(east * along[0] + north * along[1])
        across_values.append(east * across[0] + north * across[1])

    needed_width = max(across_values) - min(across_values) + 2 * ACROSS_MARGIN_KM
    strips = max(1, math.ceil(needed_width / swath_km - 1e-9))
    width = strips * swath_km
    room = width - needed_width
    shift = max(-1.0, min(1.0, across_position)) * room / 2
    across_center = (max(across_values) + min(across_values)) / 2 + shift
    length = max(min_length_km, max(along_values) - min(along_values) + 2 * ALONG_MARGIN_KM)
    along_center = (max(along_values) + min(along_values)) / 2

    corners = []
    for sign_along, sign_across in ((-1, -1), (-1, 1), (1, 1), (1, -1)):
        a = along_center + sign_along * length / 2
        c = across_center + sign_across * width / 2
        east, north = a * along[0] + c * across[0], a * along[1] + c * across[1]
        corners.append((round(lon0 + east / km_per_lon_degree, 6), round(lat0 + north / KM_PER_DEGREE, 6)))
    polygon = Polygon(corners + corners[:1])
    if not polygon.exterior.is_ccw:
        polygon = Polygon(list(polygon.exterior.coords)[::-1])
    return polygon, strips
