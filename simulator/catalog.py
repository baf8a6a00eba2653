"""The seeded archive catalog: a few hundred PHR, SPOT and PNEO ALBUM scenes over several regions.

Everything is drawn from random.Random(seed), so the same seed always gives the same ids, dates and
footprints. Scene dates lie in the five years before CATALOG_END (a fixed date, not "today", so the
catalog does not change from one day to the next).
"""

import math
import random
import uuid
from datetime import datetime, timedelta, timezone

from .clock import iso
from .geo import strip, to_geojson

CATALOG_END = datetime(2026, 11, 1, tzinfo=timezone.utc)
CATALOG_YEARS = 5

PUBLIC_WORKSPACE = {
    "id": "0e33eb50-3404-48ad-b835-b0b4b72a5625",
    "name": "public",
    "title": "Public SPOT and Pleiades archive",
}
PUBLIC_PNEO_WORKSPACE = {
    "id": "3e88441b-adc9-4be6-bd80-59d4fb69d5a7",
    "name": "public-pneo",
    "title": "Public Pleiades Neo archive",
}

REGIONS = (
    ("Toulouse", 1.44, 43.60),
    ("Paris", 2.35, 48.86),
    ("Madrid", -3.70, 40.42),
    ("Athens", 23.73, 37.98),
    ("Nairobi", 36.82, -1.29),
    ("Sydney", 151.21, -33.87),
    ("Montreal", -73.57, 45.50),
)

# constellation: platforms, strip width km, strip length range km, resolution m, scenes per region
SENSORS = {
    "PNEO": (("PNEO3", "PNEO4"), 14.0, (14.0, 40.0), 0.3, 12),
    "PHR": (("PHR1A", "PHR1B"), 20.0, (20.0, 60.0), 0.5, 16),
    "SPOT": (("SPOT6", "SPOT7"), 60.0, (60.0, 120.0), 1.5, 12),
}


def generate_catalog(seed):
    """Return a list of catalog items (dicts with 'geometry' as GeoJSON and 'properties')."""
    rng = random.Random(f"catalog-{seed}")
    items = []
    for region, lon, lat in REGIONS:
        for constellation, (platforms, width, lengths, resolution, count) in SENSORS.items():
            for _ in range(count):
                items.append(
                    _scene(rng, region, lon, lat, constellation, platforms, width, lengths, resolution)
                )
    return items


def _scene(rng, region, region_lon, region_lat, constellation, platforms, width, lengths, resolution):
    center_lon = region_lon + rng.uniform(-0.35, 0.35)
    center_lat = region_lat + rng.uniform(-0.3, 0.3)
    # Sun-synchronous descending orbits cross mid latitudes heading a little west of south.
    heading = 180 + 12 + rng.uniform(-3, 3) if region_lat >= 0 else 180 + 8 + rng.uniform(-3, 3)
    footprint = strip(center_lon, center_lat, width * rng.uniform(0.97, 1.03), rng.uniform(*lengths), heading)

    days_back = rng.uniform(0, CATALOG_YEARS * 365)
    local_solar_hours = 10.5 + rng.uniform(-0.4, 0.4)
    day = (CATALOG_END - timedelta(days=days_back)).replace(hour=0, minute=0, second=0, microsecond=0)
    acquired = day + timedelta(hours=local_solar_hours - center_lon / 15.0)
    acquired = acquired.replace(microsecond=rng.randrange(0, 1000) * 1000)
    platform = rng.choice(platforms)

    incidence_across = rng.uniform(-30, 30)
    incidence_along = rng.uniform(-15, 15)
    incidence = math.degrees(
        math.atan(
            math.hypot(math.tan(math.radians(incidence_across)), math.tan(math.radians(incidence_along)))
        )
    )
    sun_elevation, sun_azimuth = _sun_position(center_lat, acquired)
    cloud = round(min(100.0, rng.random() ** 2.2 * 100), 2)
    winter = (acquired.month in (12, 1, 2)) == (center_lat >= 0)
    snow = round(rng.uniform(0, 15), 2) if winter and abs(center_lat) > 40 and rng.random() < 0.3 else 0

    stamp = acquired.strftime("%Y%m%d%H%M%S") + str(acquired.microsecond // 100000)
    tile = (
        f"{'E' if center_lon >= 0 else 'W'}{abs(int(center_lon)):03d}{'N' if center_lat >= 0 else 'S'}"
        f"{abs(int(center_lat)):02d}"
    )
    if constellation == "PNEO":
        archive_id = f"DS_{platform}_{stamp}_FR1_FR1_FR1_{tile}_{rng.randrange(1, 10**6):06d}"
        acquisition_id = f"ACQ_{platform}_{rng.randrange(10**13, 10**14)}"
        workspace, product_type = PUBLIC_PNEO_WORKSPACE, "mono"
    elif constellation == "PHR":
        archive_id = (
            f"DS_{platform}_{stamp}_FR1_PX_{tile}_{rng.randrange(1, 10**4):04d}_{rng.randrange(1, 10**5):05d}"
        )
        acquisition_id = archive_id
        workspace, product_type = PUBLIC_WORKSPACE, "bundle"
    else:
        archive_id = f"DS_{platform}_{stamp}_FR1_FR1_SV1_SV1_{tile}_{rng.randrange(1, 10**5):05d}"
        acquisition_id = archive_id
        workspace, product_type = PUBLIC_WORKSPACE, "bundle"
    published = acquired + timedelta(hours=rng.uniform(2, 30))
    properties = {
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "acquisitionDate": iso(acquired),
        "acquisitionIdentifier": acquisition_id,
        "archiveIdentifier": archive_id,
        "sourceIdentifier": archive_id,
        "parentIdentifier": archive_id,
        "archiveAnonymousIdentifier": str(rng.randrange(10**8, 10**9)),
        "constellation": constellation,
        "platform": platform,
        "sensorType": "OPTICAL",
        "spectralRange": "VISIBLE",
        "productType": product_type,
        "processingLevel": "ALBUM",
        "productCategory": "image",
        "productionStatus": "ARCHIVED",
        "resolution": resolution,
        "cloudCover": cloud,
        "snowCover": snow,
        "incidenceAngle": round(incidence, 2),
        "incidenceAngleAcrossTrack": round(incidence_across, 2),
        "incidenceAngleAlongTrack": round(incidence_along, 2),
        "azimuthAngle": round(heading % 360, 2),
        "illuminationAzimuthAngle": sun_azimuth,
        "illuminationElevationAngle": sun_elevation,
        "processingDate": iso(published - timedelta(hours=1)),
        "publicationDate": iso(published),
        "lastUpdateDate": iso(published),
        "expirationDate": iso(acquired + timedelta(days=3650)),
        "organisationName": "AIRBUS DS GEO",
        "processingCenter": "MOC",
        "processorName": "MMCAT",
        "acquisitionStation": "FR1",
        "archivingCenter": "FR1",
        "qualified": False,
        "workspaceId": workspace["id"],
        "workspaceName": workspace["name"],
        "workspaceTitle": workspace["title"],
    }
    return {"type": "Feature", "geometry": to_geojson(footprint), "properties": properties}


def _sun_position(lat, moment):
    """Rough sun elevation/azimuth near 10:30 local solar time: believable numbers, not astronomy."""
    day_of_year = moment.timetuple().tm_yday
    declination = 23.44 * math.sin(2 * math.pi * (day_of_year - 81) / 365.0)
    elevation = max(5.0, 90.0 - abs(lat - declination) - 18.0)
    azimuth = 150.0 + (lat - declination) * 0.2 if lat >= declination else 30.0 - (declination - lat) * 0.2
    return round(elevation, 2), round(azimuth % 360, 2)
