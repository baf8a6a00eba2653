"""What the order dialog (ui.ordering) needs to order archive scenes: its words and its core request."""

from qgis.PyQt.QtCore import QCoreApplication

from ...core.orders import ArchiveOrderRequest
from ..common.formatting import constellation_label, utc_time
from . import service


def tr(text: str, n: int = -1) -> str:
    """``n``: a count, for the plural forms of a "%n" text."""
    return QCoreApplication.translate("ArchiveOrder", text, None, n)


def scene_line(scene) -> str:
    cloud = "" if scene.cloud_cover is None else tr(", {cloud:.0f} % cloud").format(cloud=scene.cloud_cover)
    identifier = scene.archive_identifier or scene.id
    return f"{scene.platform} {utc_time(scene.acquisition_date)}{cloud} – {identifier}"


class ArchiveOrderSubject:
    """Archive scenes of one constellation over one AOI (a WGS84 shapely polygon)."""

    object_name = "archiveOrderDialog"
    log_name = "Archive order"

    def __init__(self, scenes, aoi, reference_name: str = ""):
        self.scenes = list(scenes)
        self.aoi = aoi
        self.reference_name = reference_name  # where the AOI came from: the default customer reference
        self.constellation = self.scenes[0].constellation.upper()
        family = constellation_label(self.constellation)
        self.title = tr("Order {family} archive").format(family=family)
        self.header = (tr("%n {family} scene(s):", len(self.scenes)).format(family=family)
                       + "\n" + "\n".join(scene_line(scene) for scene in self.scenes))
        self.items_title = tr("Scenes")
        self.confirmation_intro = tr(
            "You are about to order %n archive scene(s). This is a paid order: the amount below will be "
            "charged to your contract.", len(self.scenes))

    def items(self):
        return [scene_line(scene) for scene in self.scenes]

    def next_steps(self, details: dict, options: dict) -> str:
        """When archive images are expected: OneAtlas gives no date for them, so say what is usual."""
        if options.get("priority") == "rush":
            text = tr("OneAtlas gives no delivery date; Rush archive orders are produced first, usually "
                      "within hours.")
        else:
            text = tr("OneAtlas gives no delivery date; archive orders are usually delivered within a day.")
        if options.get("delivery_method") == "at_the_end" and len(self.scenes) > 1:
            text += " " + tr("All the images come together, once the last one is ready.")
        return text

    def signature(self):
        """What the price depends on, besides the form's fields."""
        return tuple(scene.id for scene in self.scenes), self.aoi.wkt

    def load_context(self, client, task_context):
        """Worker thread: contract, product, options, markets and countries for these scenes."""
        return service.load_order_context(client, self.constellation, self.aoi, task_context)

    def build_request(self, order_context, options: dict, details: dict):
        """The core archive order request (the same object is priced, then ordered)."""
        return ArchiveOrderRequest(
            contract_id=order_context.contract.contract_id,
            product_type_id=order_context.product_type.product_type_id,
            scenes=list(self.scenes),
            aoi=self.aoi,
            options=dict(options),
            primary_market=details["primary_market"],
            end_user_name=details.get("end_user_name") or None,
            end_user_country=details.get("end_user_country") or None,
            customer_reference=details["customer_reference"],
            notification_email=details["notification_email"],
        )
