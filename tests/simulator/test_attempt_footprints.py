"""Footprints offered by /attempts cover the AOI they were asked for and look like the sensor's strips."""

import pytest
from pyproj import Geod
from shapely import wkt
from shapely.geometry import Polygon, shape

from .helpers import Api, attempt_request, square, window

GEOD = Geod(ellps="WGS84")
SWATH_KM = {"PLEIADESNEO": 14.0, "PLEIADES": 20.0, "SPOT": 60.0}
# A week of ONENOW(ATTEMPTS) passes gives a dozen strips seen from different tracks.
PROG_TYPE = {"PLEIADESNEO": "ONENOWATTEMPTS", "PLEIADES": "ONENOW", "SPOT": "ONENOW"}


def rectangle(west, south, east, north):
    return {
        "type": "Polygon",
        "coordinates": [[[west, south], [east, south], [east, north], [west, north], [west, south]]],
    }


AOIS = {
    "small square, Toulouse": square(1.44, 43.60, 0.005),
    # ~1.5 km wide, ~44 km long, along the ground track.
    "long north-south strip, Paris": rectangle(2.34, 48.66, 2.36, 49.06),
    # ~42 km east-west: wider than one Pleiades Neo or Pleiades swath.
    "long east-west strip, Madrid": rectangle(-3.95, 40.41, -3.45, 40.43),
    "concave L shape, Athens": {
        "type": "Polygon",
        "coordinates": [
            [
                [23.70, 37.95],
                [23.80, 37.95],
                [23.80, 37.97],
                [23.72, 37.97],
                [23.72, 38.05],
                [23.70, 38.05],
                [23.70, 37.95],
            ]
        ],
    },
    # The corner of the seeded Toulouse catalog region (+0.35 deg, +0.3 deg).
    "catalog region edge, Toulouse": rectangle(1.76, 43.87, 1.80, 43.91),
    # Far north the ground track bends west and a degree of longitude is short.
    "high latitude, Tromso": rectangle(18.80, 69.60, 19.10, 69.70),
    "southern hemisphere, Sydney": rectangle(151.15, -33.92, 151.27, -33.82),
}


@pytest.fixture
def api(simulator, demo_user):
    return Api(simulator, demo_user)


def offered_segments(api, simulator, mission, prog_type, aoi, hours):
    request = attempt_request(api, mission, prog_type, aoi, window(simulator, 12, 12 + hours))
    response = api.post("/order/api/v1/attempts", json=request)
    assert response.status_code == 200, response.text
    segments = response.json()["progCapacities"][0]["progTypes"][0]["segments"]
    assert segments
    return segments


def sides(footprint):
    """[(length_km, azimuth_deg)] of the footprint's four sides."""
    corners = list(footprint.exterior.coords)
    assert len(corners) == 5, "a strip is a rectangle"
    measured = []
    for (lon1, lat1), (lon2, lat2) in zip(corners, corners[1:]):
        azimuth, _, metres = GEOD.inv(lon1, lat1, lon2, lat2)
        measured.append((metres / 1000.0, azimuth % 180.0))
    return measured


def off_north_south(azimuth):
    return min(azimuth, 180.0 - azimuth)


def strip_size(footprint):
    """(width_km, length_km) of a strip, checking it runs along a near-polar (north-south) orbit."""
    along_track, across_track = [], []
    for length, azimuth in sides(footprint):
        (along_track if off_north_south(azimuth) < 45 else across_track).append((length, azimuth))
    assert len(along_track) == len(across_track) == 2, "oriented along a near-polar orbit"
    assert all(off_north_south(azimuth) <= 30 for _, azimuth in along_track)
    return across_track[0][0], along_track[0][0]


def assert_plausible_strip(footprint, aoi, mission):
    width, length = strip_size(footprint)
    swaths = width / SWATH_KM[mission]
    assert round(swaths) >= 1 and swaths == pytest.approx(round(swaths), abs=0.03), "whole swaths wide"
    aoi_west, aoi_south, aoi_east, aoi_north = aoi.bounds
    _, _, aoi_east_west_m = GEOD.inv(aoi_west, aoi.centroid.y, aoi_east, aoi.centroid.y)
    if aoi_east_west_m / 1000.0 < SWATH_KM[mission] - 6:
        assert round(swaths) == 1, "a narrow AOI needs one strip, not a mosaic"
    _, _, aoi_north_south_m = GEOD.inv(aoi.centroid.x, aoi_south, aoi.centroid.x, aoi_north)
    assert 14 <= length <= max(70.0, aoi_north_south_m / 1000.0 + 30), "tens of km long"


@pytest.mark.parametrize("mission", ["PLEIADESNEO", "PLEIADES", "SPOT"])
@pytest.mark.parametrize("name", sorted(AOIS))
def test_every_offered_strip_covers_the_aoi(api, simulator, mission, name):
    aoi = shape(AOIS[name])
    segments = offered_segments(api, simulator, mission, PROG_TYPE[mission], AOIS[name], hours=24 * 7)
    for segment in segments:
        footprint = wkt.loads(segment["footprint"]["geometry"])
        assert footprint.is_valid and isinstance(footprint, Polygon)
        covered = footprint.intersection(aoi).area / aoi.area
        assert covered >= 0.999, f"{segment['id']} covers {covered:.1%} of the AOI"
        assert_plausible_strip(footprint, aoi, mission)
        center = wkt.loads(segment["footprint"]["center"])
        assert footprint.centroid.distance(center) < 1e-5


def test_passes_from_different_tracks_give_different_strips(api, simulator):
    segments = offered_segments(
        api, simulator, "PLEIADESNEO", "ONENOWATTEMPTS", AOIS["small square, Toulouse"], hours=24 * 7
    )
    assert len({segment["footprint"]["geometry"] for segment in segments}) > 1


def test_wide_aoi_is_one_pass_of_adjacent_pleiades_neo_strips(api, simulator):
    aoi = AOIS["long east-west strip, Madrid"]
    segments = offered_segments(api, simulator, "PLEIADESNEO", "ONENOWATTEMPTS", aoi, hours=24 * 7)
    widths = {round(strip_size(wkt.loads(segment["footprint"]["geometry"]))[0]) for segment in segments}
    assert widths == {56}, "four 14 km strips side by side cover the ~42 km wide AOI and its margins"


def test_pleiades_neo_oneday_strip_over_toulouse_covers_it(api, simulator):
    aoi = square(1.44, 43.60, 0.03)  # the README walkthrough's AOI size, ~5 x 7 km
    for segment in offered_segments(api, simulator, "PLEIADESNEO", "ONEDAY", aoi, hours=24):
        assert wkt.loads(segment["footprint"]["geometry"]).contains(shape(aoi))
