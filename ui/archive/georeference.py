"""Place a quicklook on the map: the JPEG becomes a small GeoTIFF in WGS84 spanning the scene footprint's
bounding box, black (outside the footprint) transparent.

OneAtlas quicklooks are not georeferenced (API notes, "quicklook, thumbnail": 8-bit, 3-band previews), and
the API does not say how they relate to the footprint. Stretching the image over the footprint's bounding
box is what the previews show (the strip inside a black frame), so the clouds land where they were within
a few hundred metres; the layer says it is approximate. Runs in a worker thread (GDAL only, no Qt).
"""

import uuid
from pathlib import Path

from osgeo import gdal

NO_DATA = 0  # the black frame around the strip


class QuicklookUnreadableError(ValueError):
    """The bytes received are not an image GDAL can read."""


def write_georeferenced(data: bytes, footprint, folder: Path, name: str) -> str:
    """Write ``data`` (JPEG/PNG bytes) as ``folder/name-<random>.tif`` spanning ``footprint``'s bounds
    (a WGS84 shapely geometry); returns the path."""
    if not data:
        raise QuicklookUnreadableError("The quicklook is empty.")
    west, south, east, north = footprint.bounds
    if not (east > west and north > south):
        raise QuicklookUnreadableError("The scene's footprint has no extent.")
    source = f"/vsimem/oneatlas-quicklook-{uuid.uuid4().hex}"
    gdal.FileFromMemBuffer(source, data)
    try:
        dataset = gdal.Open(source)
        if dataset is None:
            raise QuicklookUnreadableError("The quicklook is not an image.")
        safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in name)[:60]
        target = str(Path(folder) / f"{safe}-{uuid.uuid4().hex[:8]}.tif")
        options = gdal.TranslateOptions(format="GTiff", outputBounds=[west, north, east, south],
                                        outputSRS="EPSG:4326", noData=NO_DATA,
                                        creationOptions=["COMPRESS=DEFLATE"])
        result = gdal.Translate(target, dataset, options=options)
        if result is None:
            raise QuicklookUnreadableError("The quicklook could not be placed on the map.")
        result = None  # noqa: F841 -- closing the dataset flushes it to disk
        dataset = None
        return target
    finally:
        gdal.Unlink(source)
