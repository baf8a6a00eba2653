"""Downloading a delivered product from the Orders tab: into the folder the user chose (remembered), with
progress, checksum verified, unpacked and opened with its default style; cancelled midway it leaves no file
that looks complete, and starting again is a fresh download that completes; a corrupted one is said and not
kept. The default style: natural colour, stretched for 12-bit data, a false-colour preset with a near-infrared
band; the black padding around the footprint transparent (the file's own no-data when it declares one)."""

from pathlib import Path

import pytest
from qgis.core import (
    QgsMultiBandColorRenderer,
    QgsPointXY,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsSettings,
)
from shapely.geometry import Polygon

from oneatlas_ppo.ui.orders.downloads import FOLDER_KEY
from oneatlas_ppo.ui.orders.raster_style import FALSE_COLOUR, NATURAL, apply_default_style

from ..unit.core_support import TOULOUSE
from .conftest import wait_until
from .orders_support import HOURS, earlier_session_archive_order, render
from .test_dock_workflow import connected_plugin
from .test_orders_tab import read_orders

__all__ = ["connected_plugin"]


# An area that is no rectangle: its product is padded to its bounding box.
DIAMOND = Polygon([(1.44, 43.58), (1.46, 43.60), (1.44, 43.62), (1.42, 43.60)])


def delivered(plugin, simulator, demo_user, folder, aoi=TOULOUSE):
    """The Orders tab with a delivered archive order of ``aoi`` selected, downloading into ``folder``."""
    QgsProject.instance().clear()
    request, _result = earlier_session_archive_order(simulator, demo_user, aoi=aoi)
    simulator.clock.advance(3 * HOURS)
    tab = plugin.dock.orders_section
    read_orders(tab)
    assert tab.select_reference(request.customer_reference)
    tab.downloads.folder_hook = lambda: str(folder)
    return tab


@pytest.fixture
def delivered_tab(connected_plugin, simulator, demo_user, tmp_path):
    yield delivered(connected_plugin, simulator, demo_user, tmp_path)
    QgsProject.instance().clear()


@pytest.fixture
def delivered_diamond_tab(connected_plugin, simulator, demo_user, tmp_path):
    yield delivered(connected_plugin, simulator, demo_user, tmp_path, aoi=DIAMOND)
    QgsProject.instance().clear()


def files_in(folder: Path):
    return sorted(path.name for path in folder.iterdir())


def test_a_download_is_verified_unpacked_and_opened_with_its_style(delivered_tab, simulator, tmp_path):
    tab = delivered_tab
    assert tab.download_button.isEnabled()
    tab.download_button.click()
    assert tab.downloads.running and not tab.downloads.progress.isHidden()
    wait_until(lambda: not tab.downloads.running, timeout=30, what="the download")
    zips = list(tmp_path.glob("*.zip"))
    assert len(zips) == 1 and not list(tmp_path.glob("*.part"))
    served = [r for r in simulator.requests if r.path.endswith("/download")][-1]
    assert served.status == 200 and served.auth_scheme == "Bearer"
    assert "verified" in tab.downloads.label.text() and str(zips[0]) in tab.downloads.label.text()
    assert tab.downloads.progress.isHidden()  # done: the bar and its Cancel button go away
    assert QgsSettings().value(FOLDER_KEY) == str(tmp_path)  # remembered for next time
    [layer] = tab.downloads.layers
    assert layer.isValid() and "(downloaded)" in layer.name()
    assert layer.crs().authid() == "EPSG:4326" and not layer.extent().isEmpty()
    assert isinstance(layer.renderer(), QgsMultiBandColorRenderer)
    renderer = layer.renderer()
    assert (renderer.redBand(), renderer.greenBand(), renderer.blueBand()) == (1, 2, 3)
    assert layer.styleManager().currentStyle() == NATURAL
    assert layer.renderer().redContrastEnhancement() is not None  # stretched, not raw values
    assert QgsProject.instance().mapLayer(layer.id()) is not None


def opacity_on_the_map(layer: QgsRasterLayer, points, size=256):
    """The alpha (0 transparent, 255 opaque) of the map drawn on a transparent background at each point,
    over a square around the layer (so that map units and pixels keep one scale)."""
    extent = layer.extent()
    side, centre = max(extent.width(), extent.height()), extent.center()
    square = QgsRectangle(centre.x() - side / 2, centre.y() - side / 2, centre.x() + side / 2,
                          centre.y() + side / 2)
    image = render(layer, square, size)
    return [image.pixelColor(int((point.x() - square.xMinimum()) / side * size),
                             int((square.yMaximum() - point.y()) / side * size)).alpha() for point in points]


def test_a_downloaded_product_shows_no_black_frame_around_its_footprint(delivered_diamond_tab):
    """Ordered over a diamond, the product is the diamond, padded with black to its bounding box: on the map
    the padding is transparent, the image opaque."""
    from osgeo import gdal

    tab = delivered_diamond_tab
    tab.download_button.click()
    wait_until(lambda: not tab.downloads.running, timeout=30, what="the download")
    [layer] = tab.downloads.layers
    image = gdal.Open(layer.source())
    corner = [int(image.GetRasterBand(band).ReadAsArray(0, 0, 1, 1)[0, 0]) for band in (1, 2, 3)]
    assert corner == [0, 0, 0]  # the padding is black in the file
    provider = layer.dataProvider()
    assert all(not provider.sourceHasNoDataValue(band) for band in (1, 2, 3))  # which declares no no-data
    assert [[(r.min(), r.max()) for r in provider.userNoDataValues(band)] for band in (1, 2, 3)] == [
        [(0.0, 0.0)]] * 3
    extent = layer.extent()
    inset = extent.width() / 50
    corners = [QgsPointXY(extent.xMinimum() + inset, extent.yMaximum() - inset),
               QgsPointXY(extent.xMaximum() - inset, extent.yMinimum() + inset)]
    assert opacity_on_the_map(layer, corners + [extent.center()]) == [0, 0, 255]


def padded(path: Path, data_type, inside, padding=0, nodata=None) -> QgsRasterLayer:
    """A 3-band image whose central 32 x 32 pixels hold ``inside(band)`` (a 32 x 32 array), padded with
    ``padding`` around, declaring ``nodata`` as its no-data value when given."""
    import numpy
    from osgeo import gdal

    dataset = gdal.GetDriverByName("GTiff").Create(str(path), 64, 64, 3, data_type)
    dataset.SetGeoTransform((1.40, 0.001, 0.0, 43.65, 0.0, -0.001))
    dataset.SetProjection('GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],'
                          'PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]]')
    for band in (1, 2, 3):
        values = numpy.full((64, 64), padding, dtype=numpy.uint16)
        values[16:48, 16:48] = inside(band)
        dataset.GetRasterBand(band).WriteArray(values)
        if nodata is not None:
            dataset.GetRasterBand(band).SetNoDataValue(nodata)
    dataset = None
    layer = QgsRasterLayer(str(path), path.stem)
    assert layer.isValid()
    return layer


def pixel_centres(layer: QgsRasterLayer, *cells):
    """The map positions of the centres of these (column, row) pixels of a ``padded`` image."""
    extent = layer.extent()
    return [QgsPointXY(extent.xMinimum() + (column + 0.5) * 0.001, extent.yMaximum() - (row + 0.5) * 0.001)
            for column, row in cells]


def test_the_black_padding_is_transparent_and_left_out_of_the_stretch_but_dark_pixels_stay(tmp_path):
    import numpy
    from osgeo import gdal

    def inside(band):
        values = 300 + (numpy.arange(32 * 32).reshape(32, 32) * 7 + band * 90) % 3000
        values[4, 4] = 1  # the darkest pixel of the image, in every band: shown, not taken for padding
        return values

    layer = padded(tmp_path / "pneo_12_bit.tif", gdal.GDT_UInt16, inside)
    apply_default_style(layer)
    assert layer.renderer().redContrastEnhancement().minimumValue() > 1  # stretched on the image alone
    padding, dark, middle = pixel_centres(layer, (2, 2), (20, 20), (32, 32))
    assert opacity_on_the_map(layer, [padding, dark, middle], size=64) == [0, 255, 255]


def test_a_file_that_declares_its_no_data_keeps_it_and_its_black_pixels(tmp_path):
    from osgeo import gdal

    def inside(band):
        import numpy

        values = numpy.full((32, 32), 800 + band * 100)
        values[4, 4] = 0  # black in every band, inside the image: not no-data in this file
        return values

    layer = padded(tmp_path / "declared.tif", gdal.GDT_UInt16, inside, padding=65535, nodata=65535)
    apply_default_style(layer)
    provider = layer.dataProvider()
    assert all(provider.sourceHasNoDataValue(band) and provider.useSourceNoDataValue(band)
               for band in (1, 2, 3))
    assert all(not provider.userNoDataValues(band) for band in (1, 2, 3))
    padding, black, middle = pixel_centres(layer, (2, 2), (20, 20), (32, 32))
    assert opacity_on_the_map(layer, [padding, black, middle], size=64) == [0, 255, 255]


def test_a_download_cancelled_midway_leaves_nothing_and_starts_afresh(delivered_tab, simulator, tmp_path):
    tab = delivered_tab
    simulator.faults.add("slow_download", service="access", path=r".*/download", bytes_per_second=20000)
    tab.download_button.click()
    wait_until(lambda: 0 < tab.downloads.progress.value() < 100, timeout=20, what="the download to be midway")
    tab.downloads.cancel_button.click()
    wait_until(lambda: not tab.downloads.running, timeout=10, what="the cancel")
    assert "cancelled: nothing was kept" in tab.downloads.label.text()
    assert files_in(tmp_path) == []  # no .zip, no .part, no unpacked folder
    assert not tab.downloads.layers or all(not layer.isValid() for layer in tab.downloads.layers)

    tab.download_button.click()  # again: a fresh download from the first byte
    wait_until(lambda: not tab.downloads.running, timeout=30, what="the second download")
    downloads = [r for r in simulator.requests if r.path.endswith("/download")]
    assert len(downloads) == 2 and "Range" not in downloads[-1].headers
    zips = list(tmp_path.glob("*.zip"))
    assert len(zips) == 1 and not list(tmp_path.glob("*.part")) and "verified" in tab.downloads.label.text()


def test_a_corrupted_download_is_said_deleted_and_not_opened(delivered_tab, simulator, tmp_path):
    tab = delivered_tab
    simulator.faults.add("checksum_mismatch", service="access", times=1)
    tab.download_button.click()
    wait_until(lambda: not tab.downloads.running, timeout=30, what="the download")
    assert "corrupted" in tab.downloads.label.text() and "verified" not in tab.downloads.label.text()
    assert files_in(tmp_path) == []  # the file whose checksum did not match is not kept
    assert tab.downloads.layers == [] and not QgsProject.instance().mapLayers()


def raster(path: Path, bands: int, data_type) -> QgsRasterLayer:
    """A small georeferenced image of ``bands`` bands (12-bit values in 16-bit words for UInt16)."""
    from osgeo import gdal

    dataset = gdal.GetDriverByName("GTiff").Create(str(path), 64, 64, bands, data_type)
    dataset.SetGeoTransform((1.40, 0.001, 0.0, 43.65, 0.0, -0.001))
    dataset.SetProjection('GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],'
                          'PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]]')
    for band in range(1, bands + 1):
        values = bytes(range(256)) * 16 if data_type == gdal.GDT_Byte else None
        if values is None:
            import array

            values = array.array("H", [(i * 37 + band * 500) % 4096 for i in range(64 * 64)]).tobytes()
        dataset.GetRasterBand(band).WriteRaster(0, 0, 64, 64, values)
    dataset = None
    layer = QgsRasterLayer(str(path), path.stem)
    assert layer.isValid()
    return layer


def test_a_12_bit_product_with_near_infrared_gets_a_stretched_natural_style_and_a_false_colour_preset(
        tmp_path):
    from osgeo import gdal

    layer = raster(tmp_path / "pneo_4_bands.tif", 4, gdal.GDT_UInt16)
    assert apply_default_style(layer) == NATURAL
    manager = layer.styleManager()
    assert set(manager.styles()) == {NATURAL, FALSE_COLOUR} and manager.currentStyle() == NATURAL
    renderer = layer.renderer()
    assert (renderer.redBand(), renderer.greenBand(), renderer.blueBand()) == (1, 2, 3)
    stretch = renderer.redContrastEnhancement()
    assert stretch is not None and stretch.maximumValue() < 4096  # stretched to the data, not to 65535
    manager.setCurrentStyle(FALSE_COLOUR)
    renderer = layer.renderer()
    assert (renderer.redBand(), renderer.greenBand(), renderer.blueBand()) == (4, 1, 2)
    assert renderer.redContrastEnhancement().maximumValue() < 4096

    three = raster(tmp_path / "rgb.tif", 3, gdal.GDT_Byte)
    assert apply_default_style(three) == NATURAL
    assert three.styleManager().styles() == [NATURAL]  # no near-infrared band: no false-colour preset
