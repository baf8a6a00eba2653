"""Shared pieces of the archive section tests: building the section against the simulator, waiting for
background tasks, driving the search form like a user."""


from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication
from shapely.geometry import box

from .conftest import wait_until

# A 6 x 6 km area over Toulouse, where the simulator's catalog has scenes of every constellation.
TOULOUSE = box(1.40, 43.57, 1.48, 43.63)




def make_section(simulator, demo_user, aoi=TOULOUSE):
    from oneatlas_ppo.core import OneAtlasClient
    from oneatlas_ppo.ui.archive.tab import ArchiveSection
    from oneatlas_ppo.ui.common.tasks import TaskRunner

    client = OneAtlasClient(demo_user.api_key, origin=simulator.origin)
    runner = TaskRunner()
    section = ArchiveSection(lambda: client, runner, aoi=aoi)
    section.resize(520, 800)
    section.show()
    return section, client, runner


def close_section(section, runner):
    section.release()
    runner.shut_down()
    section.close()
    section.deleteLater()
    QApplication.processEvents()


def fill_search(section, constellations=("PNEO", "PHR", "SPOT"), max_cloud="100", max_incidence="60"):
    """Set the form as a user would: click the check boxes, type the numbers, pick the dates."""
    form = section.form
    for code, box_widget in form.constellation_boxes.items():
        if box_widget.isChecked() != (code in constellations):
            QTest.mouseClick(box_widget, Qt.MouseButton.LeftButton)
    form.start_date.setDate(QDate(2021, 11, 1))
    form.end_date.setDate(QDate(2026, 11, 1))
    for spin, text in ((form.max_cloud, max_cloud), (form.max_incidence, max_incidence)):
        spin.selectAll()
        spin.lineEdit().clear()
        QTest.keyClicks(spin, text)
        spin.interpretText()


def run_search(section):
    QTest.mouseClick(section.search_button, Qt.MouseButton.LeftButton)
    assert section.searching
    wait_until(lambda: not section.searching, what="the search to end")


def search_requests(simulator):
    return [request for request in simulator.requests
            if request.service == "search" and "opensearch" in request.path]
