"""oneatlas:listorders (the account's orders as a layer) and oneatlas:download (delivered products,
verified)."""

import os
import re

from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.parsing import geometry_from_geojson
from .base import OneAtlasAlgorithm, check_cancelled, with_help
from .layers import DATETIME, DOUBLE, STRING, WGS84, feature, make_fields, qdatetime, single_polygon

ORDER_FIELDS = (
    ("customer_reference", STRING),
    ("order_item_id", STRING),
    ("sales_order_id", STRING),
    ("quotation_id", STRING),
    ("contract_id", STRING),
    ("product_type", STRING),
    ("source", STRING),
    ("status", STRING),
    ("amount", DOUBLE),
    ("currency", STRING),
    ("created", DATETIME),
    ("last_change", DATETIME),
)
_SALES_ORDER_ID = re.compile(r"^(SAL|QUO)\d+$", re.IGNORECASE)


def tr(text: str, n: int = -1) -> str:
    """``n``: a count, for the plural forms of a "%n" text."""
    return QCoreApplication.translate("OneAtlasProcessing", text, None, n)


def _footprint(line):
    aoi = line.raw.get("aoi") if isinstance(line.raw.get("aoi"), dict) else {}
    try:
        return single_polygon(geometry_from_geojson(aoi.get("geometry")))
    except Exception:  # a footprint OneAtlas sent unreadable: the order is still listed, without it
        return None


def _amount(line):
    for name in ("orderLineAmount", "initialOrderLineAmountWithDiscount"):
        value = line.raw.get(name)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
    return None


class ListOrders(OneAtlasAlgorithm):
    NAME = "listorders"
    TITLE = QT_TRANSLATE_NOOP("OneAtlasProcessing", "List orders")
    GROUP_ID = "orders"
    HELP = QT_TRANSLATE_NOOP(
        "OneAtlasProcessing",
        "Writes the orders of every contract of your account as a layer: the ordered area as footprint, the "
        "customer reference, product, status, amount and dates (UTC).\n\n"
        "Example (qgis_process):\n"
        "qgis_process run oneatlas:listorders -- OUTPUT=orders.gpkg"
    )

    def define(self):
        self.addParameter(
            with_help(
                QgsProcessingParameterFeatureSink(
                    "OUTPUT", tr("Orders"), QgsProcessing.SourceType.TypeVectorPolygon
                ),
                tr("One feature per order line, EPSG:4326."),
            )
        )
        self.addOutput(QgsProcessingOutputNumber("COUNT", tr("Order lines")))

    def execute(self, parameters, context, feedback):
        fields = make_fields(ORDER_FIELDS)
        sink, destination = self.parameterAsSink(
            parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.Polygon, WGS84
        )
        contracts = self.client.account(refresh=True).contracts
        count = 0
        for index, contract in enumerate(contracts):
            check_cancelled(feedback)
            for line in self.client.track_orders(contract_id=contract.contract_id):
                sink.addFeature(
                    feature(
                        fields,
                        {
                            "customer_reference": line.customer_reference,
                            "order_item_id": line.order_item_id,
                            "sales_order_id": line.sales_order_id,
                            "quotation_id": line.quotation_id,
                            "contract_id": line.contract_id or contract.contract_id,
                            "product_type": line.product_type,
                            "source": line.source,
                            "status": line.status,
                            "amount": _amount(line),
                            "currency": str(line.raw.get("currency") or contract.currency or ""),
                            "created": qdatetime(line.created),
                            "last_change": qdatetime(line.last_change),
                        },
                        _footprint(line),
                    ),
                    QgsFeatureSink.Flag.FastInsert,
                )
                count += 1
            feedback.setProgress(100.0 * (index + 1) / max(1, len(contracts)))
        feedback.pushInfo(tr("%n order line(s).", count))
        return {"OUTPUT": destination, "COUNT": count}


class Download(OneAtlasAlgorithm):
    NAME = "download"
    TITLE = QT_TRANSLATE_NOOP("OneAtlasProcessing", "Download delivered products")
    GROUP_ID = "orders"
    HELP = QT_TRANSLATE_NOOP(
        "OneAtlasProcessing",
        "Downloads the delivered products of an order (ORDER: its customer reference or sales order id) or "
        "one "
        "delivered product (ITEM: its id) into OUTPUT_FOLDER. Each file is checked against the checksum "
        "OneAtlas announces; a file that fails is deleted, a download cut short keeps a '.part' file.\n\n"
        "Outputs: FILES (the paths, one per line), COUNT.\n\n"
        "Example (qgis_process):\n"
        "qgis_process run oneatlas:download -- ORDER=qgis-processing_20250101120000_ab12cd34 "
        "OUTPUT_FOLDER=/data/oneatlas"
    )

    def define(self):
        self.addParameter(
            with_help(
                QgsProcessingParameterString(
                    "ORDER", tr("Order (reference or sales order id)"), optional=True
                ),
                tr("Every delivered product of this order."),
            )
        )
        self.addParameter(
            with_help(
                QgsProcessingParameterString("ITEM", tr("Delivered product id"), optional=True),
                tr("One delivered product, instead of a whole order."),
            )
        )
        self.addParameter(
            with_help(
                QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", tr("Folder")),
                tr("Where the product archives are written."),
            )
        )
        self.addOutput(QgsProcessingOutputString("FILES", tr("Files written")))
        self.addOutput(QgsProcessingOutputNumber("COUNT", tr("Files")))

    def cancel_note(self):
        return tr("The download was stopped; the file being downloaded was not kept.")

    def execute(self, parameters, context, feedback):
        order = (self.parameterAsString(parameters, "ORDER", context) or "").strip()
        item = (self.parameterAsString(parameters, "ITEM", context) or "").strip()
        if bool(order) == bool(item):
            raise QgsProcessingException(
                tr(
                    "Give either ORDER (a customer reference or sales order id) or ITEM "
                    "(a delivered product id)."
                )
            )
        folder = self.parameterAsString(parameters, "OUTPUT_FOLDER", context)
        os.makedirs(folder, exist_ok=True)
        products = self._products(order, item)
        files = []
        share = 100.0 / len(products)
        for index, product in enumerate(products):
            check_cancelled(feedback)

            def progress(received, total, base=index * share):
                if total:
                    feedback.setProgress(base + share * received / total)

            path = self.client.download(product, folder, progress=progress, is_cancelled=feedback.isCanceled)
            feedback.pushInfo(tr("Downloaded {path}").format(path=path))
            files.append(str(path))
        return {"FILES": "\n".join(files), "COUNT": len(files), "OUTPUT_FOLDER": folder}

    def _products(self, order, item):
        if item:
            products = [product for product in self.client.delivered_products() if product.id == item]
            what = tr("the delivered product '{item}'").format(item=item)
        elif _SALES_ORDER_ID.match(order):
            products = self.client.delivered_products(sales_order_id=order.upper())
            what = tr("the order '{order}'").format(order=order)
        else:
            products = self.client.delivered_products(customer_reference=order)
            what = tr("the order '{order}'").format(order=order)
        if not products:
            raise QgsProcessingException(
                tr(
                    "Nothing is delivered yet for {what}: orders are delivered hours to days after they are "
                    "placed "
                    "('List orders' shows their status)."
                ).format(what=what)
            )
        return products
