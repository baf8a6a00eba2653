"""The account's orders as a GeoPackage layer: one polygon per order (the area ordered), with reference,
product, status, amount and dates, so that a team sees what was bought where. No key, token or link that
needs one is written: only what the Orders tab shows.
"""

from datetime import datetime, timezone
from typing import Optional

from qgis.core import (
    Qgis,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QMetaType, QVariant
from qgis.PyQt.QtWidgets import QFileDialog

from ...core.order_book import status_words
from ..common.formatting import backend_label
from ..common.i18n import translated

# Field types: QMetaType from QGIS 3.38 on (PyQt6 has no QVariant.Type), QVariant.Type before.
if Qgis.versionInt() >= 33800:
    STRING, DOUBLE = QMetaType.Type.QString, QMetaType.Type.Double
else:
    STRING, DOUBLE = QVariant.Type.String, QVariant.Type.Double

LAYER_NAME = "OneAtlas orders"
# (field, QVariant type, value of an OrderRow at a time)
COLUMNS = (
    ("reference", STRING, lambda row, now: row.reference),
    ("product", STRING, lambda row, now: row.product),
    ("backend", STRING, lambda row, now: backend_label(row.backend)),
    ("kind", STRING, lambda row, now: row.source),
    ("status", STRING, lambda row, now: translated(status_words(row, now))),
    ("status_code", STRING, lambda row, now: row.status),
    ("amount", DOUBLE, lambda row, now: row.amount),
    ("currency", STRING, lambda row, now: row.currency),
    ("sales_order", STRING, lambda row, now: row.sales_order_id),
    ("quotation", STRING, lambda row, now: row.quotation_id),
    ("contract", STRING, lambda row, now: row.contract_id),
    ("ordered", STRING, lambda row, now: _iso(row.created)),
    ("last_change", STRING, lambda row, now: _iso(row.last_change)),
    ("delivered", STRING, lambda row, now: _iso(row.delivered_at)),
    ("available_until", STRING, lambda row, now: _iso(row.available_until)),
)

# Tests set this to a function returning the path, instead of the save dialog.
choose_path_hook = None


def tr(text: str, n: int = -1) -> str:
    """``n``: a count, for the plural forms of a "%n" text."""
    return QCoreApplication.translate("OrdersLayer", text, None, n)


def _iso(moment) -> Optional[str]:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ") if moment else None


def _fields() -> QgsFields:
    fields = QgsFields()
    for name, kind, _value in COLUMNS:
        fields.append(QgsField(name, kind))
    return fields


def orders_memory_layer(rows) -> QgsVectorLayer:
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", LAYER_NAME, "memory")
    provider = layer.dataProvider()
    provider.addAttributes(list(_fields()))
    layer.updateFields()
    now = datetime.now(timezone.utc)
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        if row.footprint is not None:
            geometry = QgsGeometry()
            geometry.fromWkb(row.footprint.wkb)
            geometry.convertToMultiType()
            feature.setGeometry(geometry)
        feature.setAttributes([value(row, now) for _name, _kind, value in COLUMNS])
        features.append(feature)
    provider.addFeatures(features)
    return layer


def write_orders_gpkg(rows, path: str) -> Optional[str]:
    """Write the orders to ``path``; returns an error message, or None when written."""
    layer = orders_memory_layer(rows)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "oneatlas_orders"
    options.fileEncoding = "UTF-8"
    options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
    result = QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, QgsProject.instance().transformContext(),
                                                       options)
    code, message = result[0], result[1] if len(result) > 1 else ""
    if code == QgsVectorFileWriter.WriterError.NoError:
        return None
    return message or tr("the file could not be written")


def save_orders_layer(rows, session, parent=None) -> Optional[str]:
    """Ask where, write the GeoPackage, add it to the project. Returns the path written, or None."""
    if choose_path_hook is not None:
        path = choose_path_hook()
    else:
        path, _filter = QFileDialog.getSaveFileName(parent, tr("Save the orders as a GeoPackage"),
                                                    "oneatlas_orders.gpkg", tr("GeoPackage (*.gpkg)"))
    if not path:
        return None
    if not path.lower().endswith(".gpkg"):
        path += ".gpkg"
    problem = write_orders_gpkg(rows, path)
    if problem:
        session.message_bar(tr("The orders could not be saved to {path}: {problem}").format(
            path=path, problem=problem))
        return None
    layer = QgsVectorLayer(f"{path}|layername=oneatlas_orders", LAYER_NAME, "ogr")
    if layer.isValid():
        QgsProject.instance().addMapLayer(layer)
    session.message_bar(tr("%n order(s) saved to {path} and added to the project.", len(rows)).format(
        path=path))
    return path
