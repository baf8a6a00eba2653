"""oneatlas:checkaoi: an AOI layer checked against the OneAtlas rules, fixed when asked, written out as the
one polygon OneAtlas will accept. No network: the rules are core/aoi.py, the dock's own."""

from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..ui.common.i18n import translated
from .base import OneAtlasAlgorithm, check_cancelled, with_help
from .layers import DOUBLE, INT, WGS84, aoi_geometry, feature, make_fields, source_crs

AOI_FIELDS = (("area_km2", DOUBLE), ("vertices", INT))


def tr(text: str) -> str:
    return QCoreApplication.translate("OneAtlasProcessing", text)


class CheckAoi(OneAtlasAlgorithm):
    NAME = "checkaoi"
    TITLE = QT_TRANSLATE_NOOP("OneAtlasProcessing", "Check (and fix) an area of interest")
    GROUP_ID = "aoi"
    NEEDS_CLIENT = False
    HELP = QT_TRANSLATE_NOOP(
        "OneAtlasProcessing",
        "Checks a polygon layer against the OneAtlas AOI rules (one polygon, at most 998 vertices, no holes, "
        "no self-intersection, WGS84) and, with Fix ticked, repairs what can be repaired: merges parts, "
        "fills holes, simplifies the outline.\n\n"
        "All the features of the layer make one AOI (or only the selected ones, with 'Selected features "
        "only').\n\n"
        "Outputs: OUTPUT, the AOI as OneAtlas will accept it (one feature, EPSG:4326, fields area_km2 and "
        "vertices); VALID (true when it passes); PROBLEMS (what is still wrong, in words); AREA_KM2.\n\n"
        "Example (qgis_process):\n"
        "qgis_process run oneatlas:checkaoi -- INPUT=site.gpkg FIX=true OUTPUT=site_aoi.gpkg"
    )

    def define(self):
        self.addParameter(
            with_help(
                QgsProcessingParameterFeatureSource(
                    "INPUT",
                    tr("Area of interest (polygon layer)"),
                    [QgsProcessing.SourceType.TypeVectorPolygon],
                ),
                tr("Every feature (or every selected one) of this layer, together, is the area of interest."),
            )
        )
        self.addParameter(
            with_help(
                QgsProcessingParameterBoolean("FIX", tr("Fix what can be fixed"), True),
                tr(
                    "Repair the AOI (merge parts, fill holes, simplify) so that OneAtlas "
                    "accepts it. Unticked: only check."
                ),
            )
        )
        self.addParameter(
            with_help(
                QgsProcessingParameterFeatureSink(
                    "OUTPUT", tr("Checked AOI"), QgsProcessing.SourceType.TypeVectorPolygon
                ),
                tr(
                    "One feature in EPSG:4326 with its area (area_km2) and vertex count (vertices, the "
                    "closing point that repeats the first not counted)."
                ),
            )
        )
        self.addOutput(QgsProcessingOutputBoolean("VALID", tr("OneAtlas accepts the AOI")))
        self.addOutput(QgsProcessingOutputString("PROBLEMS", tr("Problems, in words")))
        self.addOutput(QgsProcessingOutputNumber("AREA_KM2", tr("Area (km²)")))

    def execute(self, parameters, context, feedback):
        from ..core.aoi import check_aoi, fix_all  # pyproj: not at registration, right after QGIS starts

        source = self.parameterAsSource(parameters, "INPUT", context)
        geometry = aoi_geometry(source, tr("area of interest"))
        crs = source_crs(source)
        feedback.setProgress(20)
        check_cancelled(feedback)
        if self.parameterAsBool(parameters, "FIX", context):
            fixed = fix_all(geometry, crs)
            for step in fixed.descriptions:
                feedback.pushInfo(step)
            report = fixed.report
        else:
            report = check_aoi(geometry, crs)
        feedback.setProgress(80)
        for note in report.notes:
            feedback.pushInfo(translated(note))
        problems = "\n".join(translated(problem.message) for problem in report.problems)
        if problems:
            feedback.reportError(problems)
        fields = make_fields(AOI_FIELDS)
        single = report.geometry is None or report.geometry.geom_type == "Polygon"
        sink, destination = self.parameterAsSink(
            parameters,
            "OUTPUT",
            context,
            fields,
            QgsWkbTypes.Type.Polygon if single else QgsWkbTypes.Type.MultiPolygon,
            WGS84,
        )
        if report.geometry is not None and not report.geometry.is_empty:
            sink.addFeature(
                feature(
                    fields, {"area_km2": report.area_km2, "vertices": report.vertex_count}, report.geometry
                ),
                QgsFeatureSink.Flag.FastInsert,
            )
        feedback.setProgress(100)
        return {"OUTPUT": destination, "VALID": report.ok, "PROBLEMS": problems, "AREA_KM2": report.area_km2}
