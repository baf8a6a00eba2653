"""The archive order form as an analyst reads it, in the plugin's real dock at 1366 x 768 against the
simulator: options in plain words (API names in tooltips), the projection in the project's CRS when the
product offers it (else why not, beside the field), details remembered per contract, a readable default
reference, what happens after the order, and a dialog that fits a laptop's screen (the form scrolls)."""

from datetime import datetime, timezone

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from .conftest import process_events, wait_until
from .test_archive_laptop import laptop_archive, search  # noqa: F401 -- fixture
from .test_archive_order import ConfirmRecorder, fill_details, get_price, options_of, order_requests
from .test_dock_workflow import connected_plugin  # noqa: F401 -- fixture

LAPTOP_AVAILABLE_HEIGHT = 768 - 40  # the screen less a taskbar


@pytest.fixture
def archive(laptop_archive):  # noqa: F811 -- the fixture imported above
    """The Archive tab in the real dock, main window at 1366 x 768, AOI imported from toulouse.geojson."""
    return laptop_archive


@pytest.fixture
def project_crs():
    project = QgsProject.instance()
    previous = project.crs()

    def use(authid):
        project.setCrs(QgsCoordinateReferenceSystem(authid))

    yield use
    project.setCrs(previous)


def tick(archive, constellation, count=1):
    rows = [archive.model.row_at(number) for number in range(archive.model.rowCount())]
    chosen = sorted((row for row in rows if row.scene.constellation == constellation),
                    key=lambda row: -(row.coverage or 0))[:count]
    assert len(chosen) == count, f"fewer than {count} {constellation} scenes"
    for row in chosen:
        archive.model.set_checked(row.scene.id, True)
    return [row.scene for row in chosen]


def untick_all(archive):
    for number in range(archive.model.rowCount()):
        archive.model.set_checked(archive.model.row_at(number).scene.id, False)


def open_form(archive):
    QTest.mouseClick(archive.order_button, Qt.MouseButton.LeftButton)
    dialog = archive.order_dialog
    wait_until(lambda: dialog.details_form is not None or "ailed" in dialog.message.text(), what="the form")
    assert dialog.details_form is not None, dialog.message.text()
    process_events()
    return dialog


def place(dialog, simulator):
    before = len(order_requests(simulator))
    get_price(dialog)
    assert dialog.place_button.isEnabled(), dialog.message.text()
    dialog.confirm_hook = ConfirmRecorder()
    QTest.mouseClick(dialog.place_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: dialog.result is not None, what="the order")
    process_events()
    assert len(order_requests(simulator)) == before + 1
    return order_requests(simulator)[-1].json


def test_options_read_in_plain_words_with_the_api_names_in_tooltips(archive, project_crs):
    project_crs("EPSG:2154")
    search(archive)
    tick(archive, "PHR")
    dialog = open_form(archive)
    rows = dialog.options_form.rows

    level = rows["processing_level"]
    assert level.label.text() == "Processing level" and level.editor.currentText() == "Ortho"
    assert "relief corrected" in level.note.text() and not level.note.isHidden()
    assert "processing_level = ortho" in level.editor.toolTip()
    offered = [level.editor.itemText(i) for i in range(level.editor.count())]
    assert offered == ["Ortho", "Projected", "Primary"]

    strip = rows["fullStrip"]
    assert strip.label.text() == "Area delivered" and strip.editor.currentText() == "Your area only"
    assert "cut to your area" in strip.note.text()
    whole = strip.editor.findData("true")
    assert strip.editor.itemText(whole) == "The whole strip"
    assert "OneAtlas value: true" in strip.editor.itemData(whole, Qt.ItemDataRole.ToolTipRole)
    assert "billed" in strip.editor.itemData(whole, Qt.ItemDataRole.ToolTipRole)

    delivery = rows["delivery_method"]
    assert delivery.editor.currentText() == "Each image when ready"
    assert "as soon as it is ready" in delivery.note.text()
    assert rows["image_format"].editor.currentText() == "JPEG 2000, regular (DIMAP)"
    assert "256 levels" in rows["pixel_coding"].note.text()  # Pléiades: display radiometry, 8 bits

    # Another level: its own words, the projection goes with its condition.
    dialog.options_form.set_value("processing_level", "primary")
    assert "not on a map projection" in level.note.text()
    assert rows["projection_1"].visible is False
    dialog.options_form.set_value("processing_level", "ortho")
    assert rows["projection_1"].visible is True
    # and the confirmation lists the options in the same words
    assert ("Area delivered", "Your area only") in dialog.options_form.describe()


def test_projection_is_the_lambert93_of_the_project_and_ordered_so(archive, project_crs, simulator):
    project_crs("EPSG:2154")
    search(archive)
    tick(archive, "PHR")
    dialog = open_form(archive)
    projection = dialog.options_form.rows["projection_1"]
    assert projection.editor.currentData() == "2154"
    assert "Lambert-93" in projection.editor.currentText()
    assert "EPSG:2154" not in projection.note.text()  # nothing to explain: it is the project's
    fill_details(dialog)
    body = place(dialog, simulator)
    assert options_of(body)["projection_1"] == "2154"


def test_a_project_crs_the_product_does_not_offer_is_said_beside_the_projection(archive, project_crs):
    project_crs("EPSG:32632")  # UTM 32N: the simulator offers UTM 31N (Toulouse), Lambert-93, 4326...
    search(archive)
    tick(archive, "PHR")
    dialog = open_form(archive)
    projection = dialog.options_form.rows["projection_1"]
    assert projection.editor.currentData() == "32631"  # the API's default stays
    assert "does not offer your project's coordinate system, EPSG:32632" in projection.note.text()
    assert not projection.note.isHidden()


def test_details_are_remembered_per_contract_and_the_reference_reads_as_the_aoi_and_day(
        archive, simulator, demo_user):
    search(archive)
    tick(archive, "PHR")
    dialog = open_form(archive)
    details = dialog.details_form
    today = datetime.now(timezone.utc).strftime("%Y%m%d")
    first_reference = details.customer_reference.text()
    assert first_reference.startswith(f"toulouse-{today}-")  # the AOI was imported from toulouse.geojson
    assert details.email.text() == "" and details.market.currentData() is None
    fill_details(dialog, market="CARTO", email="sig@example.org")
    body = place(dialog, simulator)
    assert body["customerReference"] == first_reference

    # After the order: what happens next, where it appears, how to follow it.
    message = dialog.message.text()
    assert "Order placed" in message and "What happens next" in message
    assert "within a day" in message and "sig@example.org" in message
    assert "Orders tab" in message and first_reference in message and "My Data" in message
    dialog.close()

    again = open_form(archive)  # same contract: filled in; a new reference
    assert again.details_form.market.currentData() == "CARTO"
    assert again.details_form.email.text() == "sig@example.org"
    assert again.details_form.customer_reference.text() != first_reference
    assert not again.details_form.problems().get("email")
    again.close()

    untick_all(archive)
    tick(archive, "PNEO")
    neo = open_form(archive)  # the Pléiades Neo contract: nothing given there yet
    assert demo_user.neo in neo.contract_label.text() or "neo" in neo.contract_label.text().lower()
    assert neo.details_form.email.text() == "" and neo.details_form.market.currentData() is None
    assert neo.details_form.needs_end_user and neo.details_form.end_user_name.text() == ""
    fill_details(neo, market="AGRI", end_user="Toulouse Metropole", country="FR", email="neo@example.org")
    place(neo, simulator)
    neo.close()
    neo_again = open_form(archive)  # the end user and the country too, on the contract that asks for them
    form = neo_again.details_form
    assert form.end_user_name.text() == "Toulouse Metropole" and form.country.currentData() == "FR"
    assert form.market.currentData() == "AGRI" and form.email.text() == "neo@example.org"
    neo_again.close()


def test_the_order_dialog_fits_a_laptop_screen_and_scrolls_inside(archive, simulator):
    from oneatlas_ppo.ui.ordering.order_dialog import fitting_height

    search(archive)
    scenes = tick(archive, "PNEO", count=8)  # a long list of scenes, Neo's end-user fields
    dialog = open_form(archive)
    height = fitting_height(LAPTOP_AVAILABLE_HEIGHT)
    assert height + 30 <= LAPTOP_AVAILABLE_HEIGHT and height <= 700  # with its title bar
    dialog.resize(600, height)
    process_events()
    assert dialog.height() == height, "the content forces the dialog taller than the screen"
    assert dialog.minimumSizeHint().height() <= height
    body = dialog.scroll.widget()
    assert body.isAncestorOf(dialog.header) and body.isAncestorOf(dialog.options_form)
    assert all(scene.id in dialog.header.text() or (scene.archive_identifier or "") in dialog.header.text()
               for scene in scenes)
    assert dialog.scroll.verticalScrollBar().maximum() > 0, "the form scrolls inside the dialog"
    for button in (dialog.price_button, dialog.place_button, dialog.close_button):
        assert not body.isAncestorOf(button)  # always in view, below the form

    fill_details(dialog)
    place(dialog, simulator)
    assert "What happens next" in dialog.message.text()
    process_events()
    assert dialog.minimumSizeHint().height() <= height and dialog.height() == height
