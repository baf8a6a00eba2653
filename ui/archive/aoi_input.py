"""What the Archive tab searches over: the AOI tab's ``Aoi`` (or a bare shapely geometry) as WGS84 shapely."""


def aoi_geometry(aoi):
    """Accept the AOI section's ``Aoi`` (WGS84 polygon in ``.geometry``) or a bare shapely polygon."""
    if aoi is None:
        return None
    for name in ("geometry", "polygon", "wgs84"):
        value = getattr(aoi, name, None)
        if value is not None and hasattr(value, "is_empty"):
            return value
    return aoi if hasattr(aoi, "is_empty") else None
