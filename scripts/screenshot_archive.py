"""Screenshots of the Archive tab as a user sees it, to look at (not a test).

A map canvas with the world's countries and the "Footprints" layer, the Archive section beside it with the
results of a search over Toulouse against the in-process simulator, then the order dialog with a price and
the confirmation dialog. Writes PNGs into the folder given (default: ./screenshots).

    xvfb-run -a .venv/bin/python scripts/screenshot_archive.py [out_dir]
"""

import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WORLD = "/usr/share/qgis/resources/data/world_map.gpkg|layername=countries"


def _importable():
    link_parent = Path(tempfile.mkdtemp(prefix="oneatlas-shots-"))
    (link_parent / "oneatlas_ppo").symlink_to(REPO, target_is_directory=True)
    sys.path[:0] = [str(link_parent), str(REPO)]


def wait_until(condition, timeout=30.0):
    from qgis.PyQt.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if condition():
            return
        time.sleep(0.01)
    raise TimeoutError("timed out")


def settle(seconds=0.5):
    from qgis.PyQt.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def main(out_dir):
    _importable()
    from qgis.core import QgsApplication

    app = QgsApplication([], True)
    app.initQgis()
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsFeature,
        QgsFillSymbol,
        QgsGeometry,
        QgsProject,
        QgsRectangle,
        QgsSingleSymbolRenderer,
        QgsVectorLayer,
    )
    from qgis.gui import QgsMapCanvas
    from qgis.PyQt.QtCore import QDate
    from qgis.PyQt.QtWidgets import QDialog, QHBoxLayout, QWidget
    from shapely.geometry import box

    from oneatlas_ppo.core import OneAtlasClient
    from oneatlas_ppo.ui.archive_section import ArchiveSection
    from oneatlas_ppo.ui.tasks import TaskRunner
    from simulator import DEMO_USERS, Simulator
    from simulator.server import SimulatorServer

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    server = SimulatorServer(Simulator(seed=42)).start()
    user = DEMO_USERS[0]
    client = OneAtlasClient(user.api_key, origin=server.sim.origin)
    runner = TaskRunner()

    window = QWidget()
    window.setWindowTitle("OneAtlas archive")
    layout = QHBoxLayout(window)
    canvas = QgsMapCanvas(window)
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    world = QgsVectorLayer(WORLD, "countries", "ogr")
    QgsProject.instance().addMapLayer(world)
    aoi = box(1.40, 43.57, 1.48, 43.63)
    section = ArchiveSection(lambda: client, runner, aoi=aoi, parent=window)
    section.setFixedWidth(430)
    layout.addWidget(canvas, 1)
    layout.addWidget(section)
    window.resize(1280, 800)
    window.show()

    form = section.form
    form.start_date.setDate(QDate(2021, 11, 1))
    form.end_date.setDate(QDate(2026, 11, 1))
    form.max_cloud.setValue(40)
    form.max_incidence.setValue(30)
    section.search_button.click()
    wait_until(lambda: not section.searching)
    wait_until(lambda: not section.thumbnails.busy)
    footprints = section.footprints.layer
    aoi_layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "AOI", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt(aoi.wkt))
    aoi_layer.dataProvider().addFeatures([feature])
    aoi_layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "0,0,0,0", "outline_color": "30,90,200,255", "outline_width": "0.9"})))
    QgsProject.instance().addMapLayer(aoi_layer)
    canvas.setLayers([aoi_layer, footprints, world])
    extent = QgsRectangle(footprints.extent())
    extent.scale(1.2)
    canvas.setExtent(extent)
    section.table.selectRow(1)
    section.model.set_checked(section.model.scene_at(0).id, True)
    canvas.refresh()
    wait_until(lambda: not canvas.isDrawing())
    settle()
    window.grab().save(str(out / "archive_results.png"))
    print(out / "archive_results.png")

    section.table.clearSelection()
    dialog = section.open_order_dialog()
    wait_until(lambda: not dialog.progress.isVisible())
    details = dialog.details_form
    details.market.setCurrentIndex(details.market.findData("AGRI"))
    details.end_user_name.setText("Toulouse Métropole")
    details.country.setCurrentIndex(details.country.findData("FR"))
    details.email.setText("sig@toulouse-metropole.example")
    dialog.price_button.click()
    wait_until(lambda: not dialog.progress.isVisible())
    settle()
    dialog.grab().save(str(out / "archive_order_dialog.png"))
    print(out / "archive_order_dialog.png")

    def confirm(confirmation):
        confirmation.show()
        settle()
        confirmation.grab().save(str(out / "archive_confirmation.png"))
        print(out / "archive_confirmation.png")
        confirmation.confirm_button.click()
        return confirmation.result() == QDialog.DialogCode.Accepted

    dialog.confirm_hook = confirm
    dialog.place_button.click()
    wait_until(lambda: not dialog.progress.isVisible())
    settle()
    dialog.grab().save(str(out / "archive_ordered.png"))
    print(out / "archive_ordered.png")

    section.release()
    runner.shut_down()
    server.stop()
    window.close()
    # PyQGIS may crash while tearing down after worker threads ran: leave at once, the PNGs are written.
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
