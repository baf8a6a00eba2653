"""The plugin in French, as a French-speaking analyst runs QGIS (Settings > Options > General > Override
system locale: français): the dock's tabs, the AOI problems, an order confirmation, an error the simulator
causes, money and dates, all in French; and back to English once the plugin is unloaded."""

import html
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication

from .conftest import process_events, wait_until
from .test_archive_order import ConfirmRecorder, fill_details, get_price, open_dialog, place, search_and_tick
from .test_archive_support import close_section, make_section
from .test_dock_workflow import COURTYARD, TOULOUSE_RING, write_geojson

REPO = Path(__file__).resolve().parents[2]
LOCALE_KEYS = ("locale/userLocale", "locale/overrideFlag", "locale/globalLocale")


def plain_spaces(text: str) -> str:
    """Qt's French locale groups thousands with a (narrow) no-break space: compare with plain spaces."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.fixture(scope="module", autouse=True)
def compiled_catalogue():
    """The .qm the plugin loads, compiled from the .ts as `make translations` does."""
    subprocess.run([sys.executable, str(REPO / "scripts" / "i18n.py"), "release"], check=True)


@pytest.fixture
def french_locale():
    """QGIS set to French before the plugin starts; the previous settings back afterwards."""
    settings = QgsSettings()
    before = {key: settings.value(key) for key in LOCALE_KEYS}
    settings.setValue("locale/userLocale", "fr")
    settings.setValue("locale/overrideFlag", True)
    settings.remove("locale/globalLocale")
    yield
    for key, value in before.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


@pytest.fixture
def french_plugin(french_locale, recording_iface, plugin_package):
    plugin = plugin_package.classFactory(recording_iface.iface)
    plugin.initGui()
    yield plugin
    if plugin.dock is not None:
        plugin.unload()
    process_events()


@pytest.fixture
def french_translator(french_locale):
    """The translator installed the way the plugin installs it (for sections built without the dock)."""
    from oneatlas_ppo.ui.common import i18n

    translator = i18n.install_translator()
    assert translator is not None, "i18n/oneatlas_ppo_fr.qm was not loaded"
    yield
    i18n.remove_translator(translator)
    i18n.install_translator()  # the test session's own locale again (English: no catalogue)


def test_dock_tabs_and_aoi_problems_read_in_french_until_unload(french_plugin, tmp_path):
    dock = french_plugin.dock
    dock.show()
    tabs = dock.sections
    assert [tabs.tabText(index) for index in range(tabs.count())] == [
        "Zone d'intérêt", "Archive", "Programmation", "Commandes"]
    assert french_plugin.toggle_dock_action.toolTip() == (
        "Afficher ou masquer le panneau OneAtlas Pay-Per-Order")

    # An area with a courtyard: the panel says what is wrong, and how to fix it, in French.
    aoi = dock.aoi_section
    aoi.import_file(write_geojson(tmp_path / "cour.geojson", [TOULOUSE_RING, COURTYARD]))
    process_events()
    view = aoi.report_view
    assert view.status_label.text() == "✗ 1 problème à corriger avant de commander :"
    (row,) = view.problem_rows.values()
    message = row.message.text()
    assert message.startswith("⚠ La zone a 1 trou (")
    assert "OneAtlas n'accepte pas les polygones à trous." in message
    assert "Suggestion : Combler les trous (ajoute" in message
    assert "hole" not in message.lower()

    french_plugin.unload()
    assert QCoreApplication.translate("Tabs", "Orders") == "Orders"  # the translator went with the plugin


def test_archive_order_confirmation_reads_in_french_with_french_money(french_translator, simulator,
                                                                      demo_user):
    section, _client, runner = make_section(simulator, demo_user)
    try:
        assert section.search_button.text() == "Rechercher"
        search_and_tick(section, "PNEO")
        dialog = open_dialog(section)
        assert dialog.price_button.text() == "Obtenir le prix"
        fill_details(dialog)
        get_price(dialog)
        price = plain_spaces(dialog.price_label.text())
        assert "Total : " in price
        assert re.search(r"\d,\d\d €", price), price  # decimal comma, euro sign after the amount
        assert "EUR" not in price

        recorder = ConfirmRecorder(accept=False)
        place(dialog, recorder)
        text = plain_spaces(html.unescape(recorder.texts[0]))
        assert "Cette commande est payante : le montant ci-dessous sera débité de votre contrat." in text
        assert "Zone d'intérêt" in text and "Votre référence" in text
        button = plain_spaces(recorder.buttons[0])
        assert re.match(r"Commander pour \d[\d ]*,\d\d €$", button), button
        assert dialog.message.text() == "Non commandé : vous avez annulé la confirmation."
        dialog.close()
    finally:
        close_section(section, runner)


def test_an_error_from_the_simulator_reads_in_french(french_plugin, simulator):
    from oneatlas_ppo.ui.connection import settings as plugin_settings

    session = french_plugin.session
    session.apply(plugin_settings.ConnectionSettings(environment=plugin_settings.SIMULATOR,
                                                     simulator_origin=simulator.origin),
                  api_key="not-a-key-the-simulator-knows")
    wait_until(lambda: "refus" in french_plugin.dock.header.status_label.text(), what="the refusal")
    assert french_plugin.dock.header.status_label.text() == "Clé API refusée."
    assert session.message.startswith("OneAtlas a refusé la clé API. Vérifiez la clé dans les paramètres")


def test_money_areas_and_dates_follow_the_french_locale(french_translator):
    from oneatlas_ppo.ui.common import formatting

    assert plain_spaces(formatting.money(1234.5, "EUR")) == "1 234,50 €"
    assert plain_spaces(formatting.km2(1234.5)) == "1 234,50 km²"
    assert formatting.day(datetime(2026, 12, 5, 14, 3)) == "5 déc. 2026"
    assert formatting.utc_time(datetime(2026, 12, 5, 14, 3)) == "5 déc. 2026 14:03 UTC"
    assert formatting.money(None, "EUR") == "montant inconnu"
