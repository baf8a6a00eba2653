"""Procedural imagery: colour is a function of each pixel's geographic position only, so tiles line up
across zoom levels and with their neighbours. Fields (a hashed parcel grid), forests and rivers (contours
of low-frequency value noise), with fine grain. Outside the item's footprint tiles are transparent.
"""

import io
import math
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw

EARTH_HALF_CIRCUMFERENCE = 20037508.342789244
TILE_SIZE = 256
FIELD_COLOURS = np.array(
    [
        (148, 160, 92),
        (183, 170, 112),
        (120, 140, 70),
        (196, 182, 140),
        (104, 128, 64),
        (170, 150, 100),
        (136, 152, 84),
        (210, 196, 150),
    ],
    dtype=np.float64,
)


def _hash(ix, iy, salt):
    """Integer lattice hash -> [0, 1) (vectorised, wraps on uint64 on purpose)."""
    with np.errstate(over="ignore"):
        h = (
            (ix.astype(np.int64).astype(np.uint64) * np.uint64(73856093))
            ^ (iy.astype(np.int64).astype(np.uint64) * np.uint64(19349663))
            ^ np.uint64(salt * 83492791)
        )
        h ^= h >> np.uint64(13)
        h *= np.uint64(0x5BD1E995)
        h ^= h >> np.uint64(15)
    return (h & np.uint64(0xFFFFFF)).astype(np.float64) / float(0x1000000)


def _value_noise(x, y, cell, salt):
    gx, gy = x / cell, y / cell
    ix, iy = np.floor(gx), np.floor(gy)
    fx, fy = gx - ix, gy - iy
    fx, fy = fx * fx * (3 - 2 * fx), fy * fy * (3 - 2 * fy)
    a, b = _hash(ix, iy, salt), _hash(ix + 1, iy, salt)
    c, d = _hash(ix, iy + 1, salt), _hash(ix + 1, iy + 1, salt)
    return (a * (1 - fx) + b * fx) * (1 - fy) + (c * (1 - fx) + d * fx) * fy


def _fbm(x, y, cell, salt, octaves):
    total, weight, norm = np.zeros_like(x), 1.0, 0.0
    for octave in range(octaves):
        total += weight * _value_noise(x, y, cell / 2**octave, salt + octave)
        norm += weight
        weight *= 0.5
    return total / norm


def colours(lon, lat, tint=(1.0, 1.0, 1.0)):
    """RGB (float arrays) of the landscape at these WGS84 positions."""
    x = np.radians(lon) * 6378137.0
    y = np.log(np.tan(np.pi / 4 + np.radians(np.clip(lat, -85, 85)) / 2)) * 6378137.0
    # Work in ground metres: undo Mercator stretching so features keep their size at every latitude.
    y_ground = np.radians(lat) * 6378137.0
    x_ground = x * np.cos(np.radians(lat))
    del y
    # Parcels: a hashed grid seen through a domain warp, so borders wander like real field boundaries.
    warp_x = (_fbm(x_ground, y_ground, 1800.0, 7, 2) - 0.5) * 700.0
    warp_y = (_fbm(x_ground, y_ground, 1800.0, 8, 2) - 0.5) * 700.0
    px, py = (x_ground + warp_x) / 380.0, (y_ground + warp_y) / 260.0
    field_id = _hash(np.floor(px), np.floor(py), 3)
    rgb = FIELD_COLOURS[(field_id * len(FIELD_COLOURS)).astype(int) % len(FIELD_COLOURS)].copy()
    edge = np.minimum(np.minimum(px % 1, 1 - px % 1) * 380.0, np.minimum(py % 1, 1 - py % 1) * 260.0)
    rgb[edge < 6] *= 0.72  # hedges and tracks
    relief = _fbm(x_ground, y_ground, 9000.0, 11, 5)
    forest = relief > 0.64
    canopy = 0.8 + 0.4 * _value_noise(x_ground[forest], y_ground[forest], 25.0, 5)
    rgb[forest] = np.array([48.0, 78.0, 44.0]) * canopy[:, None]
    urban = _fbm(x_ground, y_ground, 20000.0, 29, 3) > 0.7
    bx, by = x_ground[urban] / 90.0, y_ground[urban] / 70.0
    roof = 110 + 90 * _hash(np.floor(bx), np.floor(by), 31)
    street = (bx % 1 < 0.12) | (by % 1 < 0.12)
    rgb[urban] = np.where(
        street[:, None],
        np.array([70.0, 70.0, 72.0]),
        np.stack([roof * 1.05, roof * 0.95, roof * 0.88], axis=-1),
    )
    river = np.abs(_fbm(x_ground, y_ground, 30000.0, 17, 4) - 0.5) < 0.0025
    rgb[river] = np.array([46, 72, 98])
    grain = 0.95 + 0.1 * _value_noise(x_ground, y_ground, 8.0, 23)
    rgb *= grain[..., None] * np.array(tint)
    return np.clip(rgb, 0, 255)


def tile_bounds(matrix_set, z, x, y):
    """(west, south, east, north) of a tile in degrees, for EPSG3857 or EPSG4326 tile matrix sets."""
    if matrix_set == "EPSG4326":
        size = 180.0 / 2**z
        return -180 + x * size, 90 - (y + 1) * size, -180 + (x + 1) * size, 90 - y * size
    n = 2**z

    def lat_of(row):
        return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * row / n))))

    return x / n * 360 - 180, lat_of(y + 1), (x + 1) / n * 360 - 180, lat_of(y)


def _pixel_positions(matrix_set, z, x, y):
    offsets = (np.arange(TILE_SIZE) + 0.5) / TILE_SIZE
    if matrix_set == "EPSG4326":
        west, south, east, north = tile_bounds(matrix_set, z, x, y)
        lon = west + offsets * (east - west)
        lat = north - offsets * (north - south)
        return np.meshgrid(lon, lat)
    n = 2**z
    lon = (x + offsets) / n * 360 - 180
    rows = y + offsets
    lat = np.degrees(np.arctan(np.sinh(np.pi * (1 - 2 * rows / n))))
    return np.meshgrid(lon, lat)


def _mask(size, ring, to_pixel):
    mask = Image.new("L", size, 0)
    ImageDraw.Draw(mask).polygon([to_pixel(lon, lat) for lon, lat, *_ in ring], fill=255)
    return mask


@lru_cache(maxsize=512)
def render_tile(matrix_set, z, x, y, footprint_ring, tint):
    """PNG bytes. footprint_ring: tuple of (lon, lat) of the item's outer ring."""
    lon, lat = _pixel_positions(matrix_set, z, x, y)
    image = Image.fromarray(colours(lon, lat, tint).astype(np.uint8)).convert("RGBA")
    west, south, east, north = tile_bounds(matrix_set, z, x, y)
    if matrix_set == "EPSG4326":

        def to_pixel(lo, la):
            return ((lo - west) / (east - west) * TILE_SIZE, (north - la) / (north - south) * TILE_SIZE)
    else:
        n = 2**z

        def to_pixel(lo, la):
            merc = math.log(math.tan(math.pi / 4 + math.radians(max(-85.0, min(85.0, la))) / 2))
            return ((lo + 180) / 360 * n - x) * TILE_SIZE, ((1 - merc / math.pi) / 2 * n - y) * TILE_SIZE

    image.putalpha(_mask((TILE_SIZE, TILE_SIZE), footprint_ring, to_pixel))
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=False)
    return buffer.getvalue()


@lru_cache(maxsize=256)
def render_preview(footprint_ring, tint, width, height, image_format="JPEG"):
    """Non-georeferenced quicklook/thumbnail of the footprint's bounding box; black outside the footprint."""
    lons = [p[0] for p in footprint_ring]
    lats = [p[1] for p in footprint_ring]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    lon = west + (np.arange(width) + 0.5) / width * (east - west)
    lat = north - (np.arange(height) + 0.5) / height * (north - south)
    grid_lon, grid_lat = np.meshgrid(lon, lat)
    image = Image.fromarray(colours(grid_lon, grid_lat, tint).astype(np.uint8))
    mask = _mask(
        (width, height),
        footprint_ring,
        lambda lo, la: ((lo - west) / (east - west) * width, (north - la) / (north - south) * height),
    )
    background = Image.new("RGB", (width, height), (0, 0, 0))
    background.paste(image, (0, 0), mask)
    buffer = io.BytesIO()
    background.save(buffer, image_format, quality=82)
    return buffer.getvalue()


def tint_for(item_id):
    """A mild per-acquisition colour cast (season, atmosphere), constant over the whole item."""
    value = int(item_id.replace("-", "")[:6], 16) / 0xFFFFFF
    return (0.92 + 0.16 * value, 0.95 + 0.08 * (1 - value), 0.9 + 0.1 * value)
