"""Between QGIS layers and core objects: the AOI out of a feature source, scenes and attempts out of the
layers the search and feasibility algorithms write, and the fields of those layers.

shapely and the AOI rules (pyproj) are imported by the functions that use them: QGIS registers the provider
right after every start, and importing them then froze QGIS for a fifth of a second."""

from datetime import timezone

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
)
from qgis.PyQt.QtCore import QCoreApplication, QDateTime, Qt

from ..core.errors import InvalidAoiError
from ..core.models import Scene
from ..ui.common.i18n import translated

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
STRING, DOUBLE, DATETIME, INT = "string", "double", "datetime", "int"


def _field_type(kind: str):
    """QMetaType from QGIS 3.38 (QVariant.Type is deprecated there and gone with Qt6), QVariant before."""
    if Qgis.versionInt() >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        names = {STRING: "QString", DOUBLE: "Double", DATETIME: "QDateTime", INT: "Int"}
        return getattr(QMetaType.Type, names[kind])
    from qgis.PyQt.QtCore import QVariant

    names = {STRING: "String", DOUBLE: "Double", DATETIME: "DateTime", INT: "Int"}
    return getattr(QVariant, names[kind])


# Fields of the footprints layer written by searcharchive and read back by pricearchive and placeorder.
SCENE_FIELDS = (
    ("scene_id", STRING),
    ("constellation", STRING),
    ("platform", STRING),
    ("acquired", DATETIME),
    ("cloud_pct", DOUBLE),
    ("incidence_deg", DOUBLE),
    ("resolution_m", DOUBLE),
    ("aoi_cover_pct", DOUBLE),
    ("datastrip_id", STRING),
)
# Fields of the attempts layer written by feasibility and read back by placeorder.
ATTEMPT_FIELDS = (
    ("attempt_id", STRING),
    ("satellite", STRING),
    ("start_time", DATETIME),
    ("end_time", DATETIME),
    ("order_deadline", DATETIME),
    ("incidence_deg", DOUBLE),
    ("segment_key", STRING),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("OneAtlasProcessing", text)


def make_fields(spec) -> QgsFields:
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, _field_type(kind)))
    return fields


def to_shapely(geometry: QgsGeometry):
    from shapely import wkb

    return wkb.loads(bytes(geometry.asWkb()))


def from_shapely(geometry) -> QgsGeometry:
    result = QgsGeometry()
    from shapely import wkb

    result.fromWkb(wkb.dumps(geometry))
    return result


def qdatetime(moment):
    """A timezone-aware datetime as a UTC QDateTime (None stays NULL)."""
    if moment is None:
        return None
    moment = moment.astimezone(timezone.utc) if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), Qt.TimeSpec.UTC)


def feature(fields: QgsFields, values: dict, geometry=None) -> QgsFeature:
    result = QgsFeature(fields)
    for name, value in values.items():
        result.setAttribute(name, value)
    if geometry is not None:
        result.setGeometry(from_shapely(geometry))
    return result


def source_crs(source) -> str:
    """What core.aoi takes as a CRS: the authority id, or the full WKT of a CRS without one."""
    crs = source.sourceCrs()
    return crs.authid() or crs.toWkt()


def aoi_geometry(source, what: str = "AOI"):
    """All the (selected) features of ``source`` as one shapely geometry in the source's CRS: one polygon,
    or a MultiPolygon of every part (which the AOI rules then call several parts, with a fix)."""
    from shapely.geometry import MultiPolygon, Polygon

    parts = []
    for item in source.getFeatures():
        geometry = item.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            continue
        shape = to_shapely(geometry)
        if isinstance(shape, Polygon):
            parts.append(shape)
        elif isinstance(shape, MultiPolygon):
            parts.extend(shape.geoms)
    if not parts:
        raise QgsProcessingException(
            tr(
                "The {what} layer has no polygon to use (no feature, or none selected while 'Selected "
                "features "
                "only' is ticked)."
            ).format(what=what)
        )
    return parts[0] if len(parts) == 1 else MultiPolygon(parts)


def checked_aoi(source, what: str = "AOI"):
    """The AOI as a WGS84 polygon OneAtlas accepts, or InvalidAoiError with every problem in words (the
    sentence the dock shows); 'Check AOI' with 'Fix' turns most layers into one that passes."""
    from ..core.aoi import check_aoi

    report = check_aoi(aoi_geometry(source, what), source_crs(source))
    if not report.ok:
        raise InvalidAoiError(
            report.problems,
            message=tr(
                "The area of interest does not follow the OneAtlas rules: {problems} Run 'Check AOI' with "
                "'Fix' "
                "ticked and use its output."
            ).format(problems=" ".join(translated(p.message) for p in report.problems)),
        )
    return report.geometry


def _text(item, name) -> str:
    value = item[name] if name in item.fields().names() else None
    return "" if value is None or str(value) == "NULL" else str(value)


def scenes_from_source(source):
    """Core Scenes (what an order names: id, constellation, platform, datastrip) from a footprints layer."""
    names = source.fields().names()
    missing = [name for name in ("scene_id", "constellation", "platform") if name not in names]
    if missing:
        raise QgsProcessingException(
            tr(
                "Fields missing from the scenes layer: {fields}. Use the footprints written by 'Search the "
                "archive'."
            ).format(fields=", ".join(missing))
        )
    scenes = []
    for item in source.getFeatures():
        geometry = item.geometry()
        scenes.append(
            Scene(
                id=_text(item, "scene_id"),
                geometry=to_shapely(geometry) if geometry and not geometry.isEmpty() else None,
                constellation=_text(item, "constellation"),
                platform=_text(item, "platform"),
                archive_identifier=_text(item, "datastrip_id"),
            )
        )
    if not scenes:
        raise QgsProcessingException(tr("No scene to use: the scenes layer is empty, or none is selected."))
    return scenes


def _datetime(item, name):
    value = item[name] if name in item.fields().names() else None
    if value is None or not hasattr(value, "isValid") or not value.isValid():
        return None
    return (
        value.toPyDateTime().replace(tzinfo=timezone.utc)
        if value.timeSpec() == Qt.TimeSpec.UTC
        else value.toUTC().toPyDateTime().replace(tzinfo=timezone.utc)
    )


def attempt_from_source(source):
    """(segment key, start, end) of the one attempt chosen in an attempts layer (its only feature, or its one
    selected feature)."""
    if "segment_key" not in source.fields().names():
        raise QgsProcessingException(
            tr(
                "The attempts layer has no 'segment_key' field: use the attempts written by 'Tasking "
                "feasibility'."
            )
        )
    chosen = list(source.getFeatures())
    if len(chosen) != 1 or not _text(chosen[0], "segment_key"):
        raise QgsProcessingException(
            tr(
                "Choose exactly one attempt: select one feature of the attempts layer and tick 'Selected "
                "features only' ({count} given). Nothing was ordered."
            ).format(count=len(chosen))
        )
    item = chosen[0]
    return _text(item, "segment_key"), _datetime(item, "start_time"), _datetime(item, "end_time")


def single_polygon(geometry):
    """Footprints are polygons; a multi-part one keeps its largest part (the layers are single-part)."""
    if geometry is None or geometry.geom_type == "Polygon":
        return geometry
    parts = list(getattr(geometry, "geoms", []))
    return max(parts, key=lambda part: part.area) if parts else None
