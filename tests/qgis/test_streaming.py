"""Delivered images streamed from the workspace: the tiles carry a Bearer token added by the plugin's one
request preprocessor, to the OneAtlas access origin only; no key or token in a layer source or a saved
project; a project reopened later shows its layers once the plugin is connected; a renewed token is used at
once; nothing is left behind at unload."""

import time
import zipfile

from qgis.core import QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest

from oneatlas_ppo.core.order_book import load_order_book
from oneatlas_ppo.ui.common.geometry_transform import from_wgs84
from oneatlas_ppo.ui.connection import credentials, tile_auth
from oneatlas_ppo.ui.connection import settings as plugin_settings
from oneatlas_ppo.ui.connection.project_watch import HIDDEN_PROPERTY
from oneatlas_ppo.ui.orders.streaming import STREAMED_PROPERTY, open_streamed, streamed_layers, xyz_uri

from .conftest import process_events, wait_until
from .orders_support import HOURS, PlainTileServer, earlier_session_archive_order, opaque_pixels, render
from .test_dock_workflow import connected_plugin

__all__ = ["connected_plugin"]


def delivered_row(plugin, simulator, user):
    request, _result = earlier_session_archive_order(simulator, user)
    simulator.clock.advance(3 * HOURS)
    rows = load_order_book(plugin.session.connected_client())
    return next(row for row in rows if row.reference == request.customer_reference)


def tile_requests(simulator, since):
    return [r for r in simulator.requests[since:] if r.service == "access" and "/tiles/" in r.path]


def assert_bearer_and_200(served):
    """Every tile request carried a Bearer token and every one answered was served (200). The map canvas
    may still have a tile in flight (no answer yet) when the test looks."""
    assert served, "QGIS asked the simulator for no tile"
    without = [(r.method, r.path, r.auth_scheme, r.status) for r in served if r.auth_scheme != "Bearer"]
    assert without == [], "tile requests without a Bearer token"
    answered = [r.status for r in served if r.status is not None]
    said = [(r.status, f"token {r.token_serial}", r.path.rsplit("/tiles/", 1)[-1]) for r in served]
    assert answered and set(answered) == {200}, said


def quiet_map(iface, simulator):
    """Only the test's own drawings ask for tiles from here on: pytest-qgis's map canvas shows every layer
    added to the project and draws it in its own threads; it stops, and the tiles it asked for are
    answered, before the test counts requests."""
    canvas = iface.mapCanvas()
    canvas.setLayers([])
    canvas.stopRendering()
    seen = [-1, 0]  # request count at the last look, and for how many looks it has not changed

    def settled():
        count = len(simulator.requests)
        seen[1] = seen[1] + 1 if count == seen[0] and simulator.in_flight == 0 else 0
        seen[0] = count
        return seen[1] >= 10  # ten looks (about 0.1 s) without a new or unanswered request

    wait_until(settled, what="the map canvas's tile requests")


def extent_of(row, layer, scale=1.0):
    """The product's extent, scaled: each test draws at its own zoom level, so that no tile comes from the
    tiles QGIS keeps in memory from an earlier test (the simulator gives the same ids after each reset)."""
    extent = from_wgs84(row.products[0].geometry, layer.crs()).boundingBox()
    extent.scale(scale)
    return extent


def project_texts(tmp_path):
    """The saved project as text, written as .qgs and as .qgz."""
    project = QgsProject.instance()
    texts = []
    assert project.write(str(tmp_path / "analysis.qgs"))
    texts.append((tmp_path / "analysis.qgs").read_text(encoding="utf-8"))
    assert project.write(str(tmp_path / "analysis.qgz"))
    with zipfile.ZipFile(tmp_path / "analysis.qgz") as archive:
        texts.extend(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())
    return texts


def test_the_token_goes_to_the_access_origin_only():
    base = "http://127.0.0.1:5000/access"
    assert tile_auth.is_access_url(base + "/api/v1/items/x/wmts/tiles/1.0.0/default/rgb/EPSG3857/1/0/0.png",
                                   base)
    assert not tile_auth.is_access_url("http://127.0.0.1:5001/access/api/v1/items/x", base)
    assert not tile_auth.is_access_url("http://127.0.0.1:5000/accessory/x", base)
    production = "https://access.foundation.api.oneatlas.airbus.com"
    assert not tile_auth.is_access_url(production + ".evil.example.org/api/v1/items/x", production)
    assert not tile_auth.is_access_url("https://tiles.example.org/?u=" + production, production)
    assert not tile_auth.is_access_url(production + "/x", "")


def test_a_delivered_order_streams_with_a_bearer_token_and_no_secret_is_saved(
        connected_plugin, simulator, demo_user, tmp_path):
    QgsProject.instance().clear()
    row = delivered_row(connected_plugin, simulator, demo_user)
    layers = open_streamed(row, connected_plugin.iface)
    assert len(layers) == 1
    layer = layers[0]
    assert layer.isValid() and layer.providerType() == "wms"
    assert layer.name().startswith("Pléiades Neo PNEO") and row.reference in layer.name()
    assert layer.customProperty(STREAMED_PROPERTY) == row.products[0].id
    since = len(simulator.requests)
    image = render(layer, extent_of(row, layer))
    served = tile_requests(simulator, since)
    assert served, "QGIS asked the simulator for no tile"
    assert_bearer_and_200(served)
    assert opaque_pixels(image) > 0, "the streamed image was not drawn"

    token = connected_plugin.session.connected_client().current_token()
    secrets = (token, demo_user.api_key)
    assert not any(secret in layer.source() for secret in secrets)
    for text in project_texts(tmp_path):
        assert not any(secret in text for secret in secrets)
        assert "Bearer" not in text
    QgsProject.instance().clear()


def test_no_other_host_gets_the_token_even_in_the_same_project(connected_plugin, simulator, demo_user):
    QgsProject.instance().clear()
    row = delivered_row(connected_plugin, simulator, demo_user)
    oneatlas = open_streamed(row, connected_plugin.iface)[0]
    with PlainTileServer() as other:
        plain = QgsRasterLayer(xyz_uri(other.origin + "/tiles/{z}/{x}/{y}.png"), "OpenTiles", "wms")
        QgsProject.instance().addMapLayer(plain)
        since = len(simulator.requests)
        assert opaque_pixels(render(plain, extent_of(row, plain, 0.25))) > 0
        render(oneatlas, extent_of(row, oneatlas, 0.25))
    assert other.requests and all(header is None for _path, header in other.requests)
    assert_bearer_and_200(tile_requests(simulator, since))
    QgsProject.instance().clear()


def blocking_get(url):
    from qgis.core import QgsBlockingNetworkRequest

    request = QNetworkRequest(QUrl(url))
    # Straight to the server: a tile from QGIS's network cache would prove nothing.
    request.setAttribute(QNetworkRequest.Attribute.CacheLoadControlAttribute,
                         QNetworkRequest.CacheLoadControl.AlwaysNetwork)
    QgsBlockingNetworkRequest().get(request, True)  # forceRefresh


def test_after_unload_no_request_preprocessor_is_left(connected_plugin, simulator, demo_user):
    row = delivered_row(connected_plugin, simulator, demo_user)
    tile = row.products[0].links["wmts"]["href"] + "/tiles/1.0.0/default/rgb/EPSG3857/12/2064/1495.png"
    assert tile_auth.INSTALLED
    since = len(simulator.requests)
    blocking_get(tile)
    assert len(simulator.requests) == since + 1
    assert simulator.requests[-1].auth_scheme == "Bearer" and simulator.requests[-1].status == 200
    connected_plugin.unload()
    process_events()
    assert not tile_auth.INSTALLED
    blocking_get(tile)
    assert len(simulator.requests) == since + 2
    assert simulator.requests[-1].auth_scheme == "" and simulator.requests[-1].status == 401


def test_a_reopened_project_says_what_to_do_then_renders_after_connecting(
        connected_plugin, simulator, demo_user, tmp_path):
    QgsProject.instance().clear()
    row = delivered_row(connected_plugin, simulator, demo_user)
    open_streamed(row, connected_plugin.iface)
    path = tmp_path / "monday.qgz"
    assert QgsProject.instance().write(str(path))
    QgsProject.instance().clear()
    # Thursday: a new QGIS session, the plugin not connected yet (no key: nothing can connect by itself).
    connected_plugin.unload()
    credentials.forget_api_key()
    connected_plugin.initGui()
    assert not connected_plugin.session.is_connected
    # Tiles an earlier map drawing still has in flight must not count as this project's.
    canvas = connected_plugin.iface.mapCanvas()
    wait_until(lambda: not canvas.isDrawing(), what="earlier map drawings to end")
    process_events()
    since = len(simulator.requests)
    # QGIS's window opens a project with its map canvases frozen (QgisApp::addProject blocks their
    # refresh until the project is read): do the same, so the canvas draws only once the plugin had its say.
    canvas.freeze(True)
    try:
        assert QgsProject.instance().read(str(path))
    finally:
        canvas.freeze(False)
    layer = streamed_layers()[0]
    node = QgsProject.instance().layerTreeRoot().findLayer(layer.id())
    assert not node.itemVisibilityChecked() and layer.customProperty(HIDDEN_PROPERTY)
    watch_message = connected_plugin.streamed_layer_watch.last_message
    assert "switched off until the OneAtlas plugin is connected" in watch_message
    process_events()
    assert not tile_requests(simulator, since), "tiles were asked for without a token (401 errors)"

    settings = plugin_settings.ConnectionSettings(environment=plugin_settings.SIMULATOR,
                                                  simulator_origin=simulator.origin)
    connected_plugin.session.apply(settings, api_key=demo_user.api_key)
    wait_until(lambda: connected_plugin.session.is_connected, what="the connection")
    wait_until(lambda: node.itemVisibilityChecked(), what="the layer to be switched on")
    assert not layer.customProperty(HIDDEN_PROPERTY)
    image = render(layer, extent_of(row, layer, 0.1))
    assert opaque_pixels(image) > 0
    assert_bearer_and_200(tile_requests(simulator, since))
    QgsProject.instance().clear()


def test_a_token_renewed_between_two_drawings_is_used_at_once(connected_plugin, simulator, demo_user,
                                                              monkeypatch):
    QgsProject.instance().clear()
    row = delivered_row(connected_plugin, simulator, demo_user)
    layer = open_streamed(row, connected_plugin.iface)[0]
    # The tiles the canvas asked for before the renewal would come back 401: not what is tested here.
    quiet_map(connected_plugin.iface, simulator)
    # Zoomed out (scales no other test uses): every tile drawn here really travels.
    since = len(simulator.requests)
    assert opaque_pixels(render(layer, extent_of(row, layer, 2.0))) > 0
    assert_bearer_and_200(tile_requests(simulator, since))
    # An hour later: the token OneAtlas gave has expired, and the plugin's clock says it is time to renew.
    client = connected_plugin.session.connected_client()
    old_token = client.current_token()
    simulator.expire_tokens()
    later = time.monotonic() + 3600
    monkeypatch.setattr(client._auth, "_clock", lambda: later)
    since = len(simulator.requests)
    assert opaque_pixels(render(layer, extent_of(row, layer, 4.0))) > 0
    sign_ins = [r for r in simulator.requests[since:] if r.service == "authenticate"]
    assert len(sign_ins) == 1 and sign_ins[0].status == 200, sign_ins  # renewed once, by the render threads
    assert_bearer_and_200(tile_requests(simulator, since))  # no tile met the expired token (no 401)
    assert client.current_token() != old_token
    QgsProject.instance().clear()
