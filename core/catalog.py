"""Archive search: what the user asks for (``ArchiveSearch``) and the opensearch body it becomes.

Orderable archive scenes are the ``processingLevel: ALBUM`` items of the public catalogs: ``public`` holds
Pleiades (PHR) and SPOT, ``public-pneo`` holds Pleiades Neo (API notes, section 4). Only the workspaces the
chosen constellations need are searched, so a SPOT-only search never needs the Pleiades Neo catalog.
"""

from dataclasses import dataclass, field
from datetime import datetime, timezone

from . import errors
from .i18n import Text
from .models import Scene, SearchPage
from .names import constellation_name
from .parsing import as_int, dicts, iso, require_dict

SEARCH_PATH = "/api/v2/opensearch"
MAX_ITEMS_PER_PAGE = 500
WORKSPACE_OF_CONSTELLATION = {"PNEO": "public-pneo", "PHR": "public", "SPOT": "public"}
# The constellations' names in sentences (core.names: written there only).
_CONSTELLATION_WORDS = {code.lower(): constellation_name(code) for code in ("PNEO", "PHR", "SPOT")}
SORT_FIELDS = ("acquisitionDate", "cloudCover", "incidenceAngle", "publicationDate", "resolution")


def _utc(moment):
    if moment is None:
        return None
    if moment.tzinfo is None:  # a naive datetime is taken as UTC (the API speaks UTC only)
        moment = moment.replace(tzinfo=timezone.utc)
    return moment


@dataclass
class ArchiveSearch:
    """One archive search. ``aoi`` is a shapely WGS84 geometry; dates are datetimes (naive = UTC)."""

    aoi: object
    constellations: list = field(default_factory=lambda: ["PNEO", "PHR", "SPOT"])
    start: datetime = None
    end: datetime = None
    max_cloud_cover: float = None  # percent
    max_incidence_angle: float = None  # degrees
    sort_by: str = "-acquisitionDate"
    items_per_page: int = 50

    def check(self):
        """Refuse, before any request, what the server would refuse less clearly."""
        unknown = [name for name in self.constellations if name.upper() not in WORKSPACE_OF_CONSTELLATION]
        if not self.constellations or unknown:
            raise errors.ValidationError(
                Text("Choose at least one of {pneo} (PNEO), {phr} (PHR) and {spot}; '{names}' is not one of "
                     "them.", names=", ".join(unknown), **_CONSTELLATION_WORDS) if unknown
                else Text("Choose at least one of {pneo} (PNEO), {phr} (PHR) and {spot}.",
                          **_CONSTELLATION_WORDS),
                field="constellation",
            )
        if self.aoi is None or getattr(self.aoi, "is_empty", True):
            raise errors.ValidationError(Text("Draw or choose an area of interest before searching."),
                                         field="aoi")
        start, end = _utc(self.start), _utc(self.end)
        if start and end and start > end:
            raise errors.ValidationError(
                Text("The search period ends before it starts: swap the dates."), field="acquisitionDate"
            )
        if not 1 <= int(self.items_per_page) <= MAX_ITEMS_PER_PAGE:
            raise errors.ValidationError(
                Text("OneAtlas returns 1 to {most} scenes per page.", most=str(MAX_ITEMS_PER_PAGE)),
                field="itemsPerPage"
            )
        sort_field = (self.sort_by or "").lstrip("+-")
        for part in sort_field.split(","):
            if part.lstrip("+-") not in SORT_FIELDS:
                raise errors.ValidationError(Text("Cannot sort scenes by '{field}'.", field=part),
                                             field="sortBy")

    @property
    def workspaces(self):
        names = []
        for constellation in self.constellations:
            workspace = WORKSPACE_OF_CONSTELLATION[constellation.upper()]
            if workspace not in names:
                names.append(workspace)
        return names

    def body(self, page=1):
        """The POST /api/v2/opensearch body for ``page`` (1-based)."""
        from shapely.geometry import mapping

        self.check()
        body = {
            "workspace": ",".join(self.workspaces),
            "constellation": ",".join(name.upper() for name in self.constellations),
            "processingLevel": "ALBUM",
            "geometry": _geojson(self.aoi, mapping),
            "relation": "intersects",
            "sortBy": self.sort_by or "-acquisitionDate",
            "itemsPerPage": int(self.items_per_page),
            "startPage": int(page),
        }
        start, end = _utc(self.start), _utc(self.end)
        if start or end:
            body["acquisitionDate"] = f"[{iso(start) if start else ''},{iso(end) if end else ''}]"
        if self.max_cloud_cover is not None:
            body["cloudCover"] = f"[0,{float(self.max_cloud_cover):g}]"
        if self.max_incidence_angle is not None:
            body["incidenceAngle"] = f"[0,{float(self.max_incidence_angle):g}]"
        return body


def _geojson(geometry, mapping):
    """The AOI as the AOI module writes it for the API (closed, counter-clockwise); any other geometry
    (e.g. a multi-part search area) as plain GeoJSON, which search accepts."""
    from .aoi import to_geojson

    try:
        return to_geojson(geometry)
    except ValueError:
        return mapping(geometry)


SEARCH_RESULTS = Text("the search results")


def search_page_from_json(body, page, items_per_page, what=SEARCH_RESULTS):
    body = require_dict(body, what)
    features = body.get("features")
    if features is not None and not isinstance(features, list):
        raise errors.UnexpectedResponseError(
            Text("OneAtlas sent {what} in an unexpected form (the API may have changed). Try again later.",
                 what=what)
        )
    scenes = [Scene.from_feature(feature) for feature in dicts(features)]
    total = as_int(body.get("totalResults"), len(scenes))
    per_page = as_int(body.get("itemsPerPage"), items_per_page) or items_per_page
    return SearchPage(scenes=scenes, total=total, page=page, items_per_page=per_page)


def coverage_percent(aoi, footprint):
    """Share of the AOI (a WGS84 shapely polygon) inside a scene's footprint, in %, or None when either is
    missing. Ratio of areas in degrees: over an AOI of a few dozen km the scale factor is the same in
    numerator and denominator, so the ratio is right to well under 1 %."""
    if aoi is None or footprint is None or aoi.is_empty or aoi.area <= 0:
        return None
    try:
        inside = aoi.intersection(footprint).area
    except Exception:  # an invalid server footprint must not break a whole page of results
        inside = aoi.intersection(footprint.buffer(0)).area
    return max(0.0, min(100.0, 100.0 * inside / aoi.area))
