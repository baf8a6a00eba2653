"""A scene's quicklook in its own window (double click on a row, or Preview): larger than on the map,
with the scene's details. Opens at once with "Loading…"; the image arrives from the background."""

from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication

from ..common.formatting import constellation_label, utc_time
from . import service as archive_service
from .thumbnails import QuicklookDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("ArchiveSection", text)


def open_quicklook_dialog(scene, client, runner, report_failure, parent) -> QuicklookDialog:
    date = utc_time(scene.acquisition_date, missing="")
    dialog = QuicklookDialog(
        tr("Quicklook: {platform} {date}").format(platform=scene.platform, date=date),
        tr("{family} {platform}, acquired {date}, cloud cover {cloud}, "
           "incidence {incidence}.\n{id}").format(
            family=constellation_label(scene.constellation),
            platform=scene.platform, date=date,
            cloud="–" if scene.cloud_cover is None else f"{scene.cloud_cover:.0f} %",
            incidence="–" if scene.incidence_angle is None else f"{scene.incidence_angle:.1f}°",
            id=scene.archive_identifier or scene.id),
        parent)

    def still_open() -> bool:  # a newer quicklook closed this one: its late image is not shown
        return not sip.isdeleted(dialog) and dialog.isVisible()

    if client is None:
        dialog.show_error(tr("Not connected: the quicklook cannot be loaded."))
    else:
        def work(context):
            return archive_service.fetch_quicklook(client, scene, context)

        def done(data):
            if still_open():
                dialog.show_image(data)

        def failed(error):
            text = report_failure("Loading a quicklook", error)
            if still_open():
                dialog.show_error(text)

        task = runner.start(tr("Loading a quicklook"), work, done, failed)
        dialog.on_close = task.cancel_if_running
    dialog.show()
    return dialog
