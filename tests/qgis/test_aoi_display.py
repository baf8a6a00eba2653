"""How the AOI looks: the kept AOI follows a change of the map's CRS, Clear empties everything, the panel
fits a 300 px dock, and the tool icons are files Qt's SVG renderer draws correctly."""

import json
import re

import pytest
from qgis.core import QgsCoordinateReferenceSystem
from qgis.PyQt.QtGui import QIcon

from . import test_aoi_support as support
from .test_aoi_support import our_rubber_bands, process_events

lambert_canvas = support.lambert_canvas  # fixtures shared by the AOI tests
section = support.section


def import_multipart_with_hole(section, tmp_path):
    def square(west, south, size):
        east, north = west + size, south + size
        return [[west, south], [east, south], [east, north], [west, north], [west, south]]

    path = tmp_path / "parts.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {}, "geometry": {"type": "MultiPolygon", "coordinates": [
            [square(1.40, 43.58, 0.04), square(1.41, 43.59, 0.005)], [square(1.50, 43.58, 0.01)]]}}]}))
    section.import_file(str(path))


def test_the_kept_aoi_follows_a_change_of_map_crs(section, lambert_canvas, tmp_path):
    import_multipart_with_hole(section, tmp_path)
    [band] = our_rubber_bands(lambert_canvas)
    lambert_box = band.asGeometry().boundingBox()
    assert lambert_box.xMinimum() > 100_000  # Lambert 93 metres

    lambert_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    process_events()
    [band] = our_rubber_bands(lambert_canvas)
    mercator_box = band.asGeometry().boundingBox()
    assert mercator_box.xMinimum() == pytest.approx(1.40 * 111_319.49, rel=1e-4)  # Web Mercator x of 1.40° E


def test_clear_removes_the_aoi_everywhere(section, lambert_canvas, tmp_path):
    import_multipart_with_hole(section, tmp_path)
    assert section.buttons["clear"].isEnabled() and section.buttons["zoom"].isEnabled()
    section.buttons["clear"].click()
    assert section.current_aoi is None and section.emitted[-1] is None
    assert our_rubber_bands(lambert_canvas) == []
    assert section.report_view.problem_rows == {}
    assert not section.report_view.source_label.isVisibleTo(section)
    assert not section.buttons["clear"].isEnabled() and not section.buttons["zoom"].isEnabled()


def test_the_panel_fits_a_300_px_dock(section, tmp_path):
    import_multipart_with_hole(section, tmp_path)
    section.set_minimum_order_area(100, "Pléiades Neo archive, long product label")
    section.resize(300, 700)
    section.show()
    process_events()
    assert section.minimumSizeHint().width() <= 300
    assert section.report_view.minimumSizeHint().width() <= 290
    for row in section.report_view.problem_rows.values():
        assert row.minimumSizeHint().width() <= 290
    section.hide()


def test_aoi_icons_exist_and_use_colours_qt_can_draw():
    from oneatlas_ppo.ui.common.icons import ICONS_DIR, icon_path

    names = ["aoi_rectangle", "aoi_polygon", "aoi_pick", "aoi_extent", "aoi_file", "aoi_zoom", "aoi_clear",
             "aoi_selection"]
    for name in names:
        text = (ICONS_DIR / f"{name}.svg").read_text()
        # QtSvg reads #RRGGBBAA as garbage (drawn black): transparency must be fill-opacity/stroke-opacity.
        assert not re.search(r"#[0-9a-fA-F]{8}\b", text), name
        assert not QIcon(icon_path(name)).pixmap(22, 22).isNull(), name
