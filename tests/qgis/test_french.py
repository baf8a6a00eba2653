"""The plugin in French, as a French-speaking analyst runs QGIS (Settings > Options > General > Override
system locale: français): the dock's tabs, the AOI problems, an order confirmation, an error the simulator
causes, money and dates, all in French; and back to English once the plugin is unloaded."""

import html
import logging
import math
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication

from . import processing_support
from .conftest import process_events, wait_until
from .test_archive_order import ConfirmRecorder, fill_details, get_price, open_dialog, place, search_and_tick
from .test_archive_support import close_section, fill_search, make_section, run_search
from .test_dock_workflow import COURTYARD, TOULOUSE_RING, connected_plugin, write_geojson

REPO = Path(__file__).resolve().parents[2]
processing_framework, provider, signed_in = (processing_support.processing_framework,
                                             processing_support.provider, processing_support.signed_in)
__all__ = ["connected_plugin", "processing_framework", "provider", "signed_in"]
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
    i18n.remove_translator(translator)  # the session's own (English plurals) translator stays


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
    # The numbers core wrote in the sentence, in the French way ("0,9 km²"), never with a decimal point.
    assert re.search(r"\(\d+,\d+ km² au total\)", message), message
    assert re.search(r"ajoute \d+,\d+ km², \+\d+,\d+%", message), message
    assert not re.search(r"\d\.\d", message), message

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


def found(count: int) -> str:
    """What the Processing log says after an archive search (alg_archive)."""
    return QCoreApplication.translate("OneAtlasProcessing", "%n scene(s) found.", None, count)


def order_button_texts(section):
    """The archive's order button with one, then three scenes ticked (as a user ticks them)."""
    fill_search(section, constellations=("PNEO", "PHR", "SPOT"), max_cloud="100", max_incidence="60")
    run_search(section)
    assert section.model.rowCount() >= 3, section.status.text()
    texts = []
    for row in range(3):
        section.model.set_checked(section.model.scene_at(row).id, True)
        process_events()
        if row in (0, 2):
            texts.append(section.order_button.text())
    return texts


def test_plural_forms_read_right_in_english(simulator, demo_user):
    """English is the source language: its plural forms come from i18n/oneatlas_ppo_en.ts, as Qt does."""
    section, _client, runner = make_section(simulator, demo_user)
    try:
        assert order_button_texts(section) == ["Order 1 scene…", "Order 3 scenes…"]
        assert re.fullmatch(r"\d+ of \d+ scenes shown\.", section.status.text()), section.status.text()
    finally:
        close_section(section, runner)
    assert found(1) == "1 scene found." and found(3) == "3 scenes found."


def test_plural_forms_read_right_in_french(french_translator, simulator, demo_user):
    section, _client, runner = make_section(simulator, demo_user)
    try:
        assert order_button_texts(section) == ["Commander 1 scène…", "Commander 3 scènes…"]
        status = section.status.text()
        assert re.fullmatch(r"\d+ scènes affichées sur \d+\.", status), status
    finally:
        close_section(section, runner)
    assert found(1) == "1 scène trouvée." and found(3) == "3 scènes trouvées."


def test_labels_made_at_import_are_translated_where_shown(french_locale, qgis_iface):
    """Modules imported before the translator is installed (as QGIS imports the plugin, then calls
    initGui): their column titles and tool hints still read in French, translated when shown."""
    from qgis.PyQt.QtCore import Qt

    from oneatlas_ppo.ui.aoi.drawing import RectangleTool
    from oneatlas_ppo.ui.common import i18n
    from oneatlas_ppo.ui.tasking.attempts import AttemptsModel

    translator = i18n.install_translator()
    try:
        model = AttemptsModel()
        assert [model.headerData(column, Qt.Orientation.Horizontal)
                for column in range(model.columnCount())] == [
            "Date et heure (UTC)", "Heure locale", "Satellite", "Incidence", "Commander avant (UTC)"]
        tool = RectangleTool(qgis_iface.mapCanvas())
        assert tool.hint == ("Cliquez et faites glisser sur la carte pour dessiner un rectangle. "
                             "Échap pour annuler.")
    finally:
        i18n.remove_translator(translator)


def test_feasibility_and_quotation_words_from_the_api_read_in_french(french_translator):
    from oneatlas_ppo.core.quotations import QuotationEntry
    from oneatlas_ppo.core.tasking import Feasibility
    from oneatlas_ppo.ui.common.i18n import translated

    challenging = Feasibility("ONEDAY", "PLEIADESNEO", "CHALLENGING", "AUTOMATIC", True)
    assert translated(challenging.difficulty_words) == "difficile"
    assert translated(challenging.summary) == "ONEDAY : difficile, peut être commandée directement."
    easy = Feasibility("ONEDAY", "PLEIADES", "EASY", "AUTOMATIC", True)
    assert translated(easy.difficulty_words) == "facile"
    sent = QuotationEntry("QUO1", "C1", "ref", "SENT")
    assert translated(sent.status_words) == "attend votre réponse"


def test_an_aoi_fix_says_what_it_changed_in_french_with_french_numbers(french_plugin, tmp_path):
    """The fix's own sentence (built in core) under "Changed:", its area and percentage the French way."""
    dock = french_plugin.dock
    dock.show()
    aoi = dock.aoi_section
    aoi.import_file(write_geojson(tmp_path / "cour.geojson", [TOULOUSE_RING, COURTYARD]))
    process_events()
    (row,) = aoi.report_view.problem_rows.values()
    row.buttons["remove_holes"].click()
    process_events()
    change = aoi.report_view.change_label.text()
    expected = r"Modifiée : Comblement de 1 trou, qui ajoute \d+,\d+ km² \(\+\d+,\d+%\)\."
    assert re.fullmatch(expected, change), change
    assert not aoi.report_view.undo_button.isHidden()  # and it can be undone
    measures = plain_spaces(aoi.report_view.measures_label.text())
    assert re.fullmatch(r"\d+,\d km² · [\d ]+ sommets \(au plus 998 par polygone\)", measures), measures


def test_a_1500_vertex_aoi_counts_its_vertices_alike_in_french(french_plugin, tmp_path):
    """Measures, problem and fix say the same numbers in French: 1 500 corners drawn, at most 998."""
    ring = [[1.43 + 0.03 * math.cos(2 * math.pi * i / 1500), 43.60 + 0.02 * math.sin(2 * math.pi * i / 1500)]
            for i in range(1500)]
    dock = french_plugin.dock
    dock.show()
    aoi = dock.aoi_section
    aoi.import_file(write_geojson(tmp_path / "cercle.geojson", [ring + ring[:1]]))
    process_events()
    view = aoi.report_view
    measures = plain_spaces(view.measures_label.text())
    assert re.fullmatch(r"\d+,\d+ km² · 1 500 sommets \(au plus 998 par polygone\)", measures), measures
    row = view.problem_rows["too_many_vertices"]
    message = plain_spaces(row.message.text())
    assert "La zone a 1 500 sommets ; OneAtlas en accepte au plus 998." in message, message
    assert "Simplifier le contour à 998 sommets au plus" in message, message
    row.buttons["simplify"].click()
    process_events()
    change = plain_spaces(view.change_label.text())
    kept = re.match(r"Modifiée : Contour simplifié de 1 500 à (\d+) sommets ", change)
    assert kept, change
    measures = plain_spaces(view.measures_label.text())
    assert measures.endswith(f" · {kept.group(1)} sommets (au plus 998 par polygone)"), measures


def test_an_order_status_reads_in_french_with_french_dates(french_translator):
    """The Orders tab's status line: French words, French short dates ("5 mars"), real plurals."""
    from datetime import timedelta, timezone

    from oneatlas_ppo.core.order_book import OrderRow, status_words
    from oneatlas_ppo.ui.common.i18n import translated
    from oneatlas_ppo.ui.orders.texts import row_text

    this_year = datetime.now(timezone.utc).year
    delivered = OrderRow("ref-1", "C1", "legacy", "DELIVERED", source="archive", product="PNEO",
                         created=datetime(this_year, 3, 1, tzinfo=timezone.utc),
                         last_change=datetime(this_year, 3, 5, tzinfo=timezone.utc))
    early = datetime(this_year, 3, 10, tzinfo=timezone.utc)
    assert translated(status_words(delivered, early)) == "livrée le 5 mars, disponible jusqu'au 4 avr."
    late = delivered.available_until - timedelta(days=2.5)
    assert translated(status_words(delivered, late)) == (
        "livrée le 5 mars, disponible jusqu'au 4 avr. (plus que 2 jours)")
    assert translated(status_words(delivered, delivered.available_until - timedelta(hours=3))).endswith(
        "(plus que 1 jour)")
    lines = row_text(delivered, early).split("\n")
    assert lines[1] == "livrée le 5 mars, disponible jusqu'au 4 avr."
    assert lines[2].startswith("commandée le 1 mars"), lines[2]

    last_year = OrderRow("ref-2", "C1", "neo", "IN_PROGRESS", source="tasking",
                         period_end=datetime(this_year - 1, 12, 5, tzinfo=timezone.utc))
    assert translated(status_words(last_year, early)) == f"acquisition jusqu'au 5 déc. {this_year - 1}"
    quotation = OrderRow("ref-3", "C1", "neo", "PENDING", quotation_id="Q1", quotation_status="SENT",
                         quotation_valid_until=datetime(this_year, 1, 4, tzinfo=timezone.utc))
    assert translated(status_words(quotation, early)) == "devis à accepter ou refuser avant le 4 janv."
    assert translated(status_words(OrderRow("r", "C1", "neo", "CANCELLED"), early)) == "annulée"


def test_order_status_and_dates_stay_english_in_english(qgis_iface):
    """English QGIS: core's own words and "5 Mar" dates, unchanged by the translation at the boundary."""
    from datetime import timezone

    from oneatlas_ppo.core.order_book import OrderRow, status_words
    from oneatlas_ppo.ui.orders.texts import row_text

    this_year = datetime.now(timezone.utc).year
    delivered = OrderRow("ref-1", "C1", "legacy", "DELIVERED", source="archive",
                         created=datetime(this_year, 3, 1, tzinfo=timezone.utc),
                         last_change=datetime(this_year - 1, 12, 5, tzinfo=timezone.utc))
    now = datetime(this_year, 1, 1, tzinfo=timezone.utc)
    words = f"delivered 5 Dec {this_year - 1}, available until 4 Jan (only 3 days left)"
    assert status_words(delivered, now) == words
    lines = row_text(delivered, now).split("\n")
    assert lines[1] == words
    assert lines[2].startswith("ordered 1 Mar"), lines[2]


def test_unreadable_geojson_and_a_self_crossing_outline_read_in_french(french_translator):
    from shapely.geometry import Polygon

    from oneatlas_ppo.core.aoi import check_aoi
    from oneatlas_ppo.core.aoi_input import read_geometry
    from oneatlas_ppo.ui.common.i18n import translated

    _geometry, unreadable = read_geometry('{"type": "Polygon", "coordinates": 5}')
    assert translated(unreadable).startswith(
        "Le GeoJSON ne peut pas être lu : coordinates est le nombre 5 là où une liste était attendue.")
    (problem,) = check_aoi(Polygon([(1, 43), (1.1, 43.1), (1.1, 43), (1, 43.1)])).problems
    message = translated(problem.message)
    assert "le contour se recoupe près de lon 1,05000, lat 43,05000" in message, message


# ---------------------------------------------------------------------------------------------------------
# Errors core builds (core.i18n.Text), read in French where the user reads them; the log keeps the English.

UNREADABLE_SEARCH_FR = ("OneAtlas a renvoyé les résultats de la recherche sous une forme que cette extension "
                        "ne comprend pas (pas du JSON, HTTP 200). Réessayez ; si le problème persiste, l'API "
                        "a peut-être changé.")
UNREADABLE_SEARCH_EN = ("OneAtlas sent the search results in a form this plugin does not understand (not "
                        "JSON, HTTP 200). Try again; if it persists, the API may have changed.")


class LogLines(logging.Handler):
    """The plugin's log lines as support reads them (after the plugin logger's own filters)."""

    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        self.lines.append(record.getMessage())


@pytest.fixture
def log_lines():
    handler = LogLines()
    logger = logging.getLogger("oneatlas_ppo")
    logger.addHandler(handler)
    yield handler.lines
    logger.removeHandler(handler)


def test_a_malformed_answer_reads_in_french_under_the_search_and_stays_english_in_the_log(
        french_translator, simulator, demo_user, log_lines):
    section, _client, runner = make_section(simulator, demo_user)
    try:
        fill_search(section)
        simulator.faults.add("malformed_json", service="search", times=None)
        run_search(section)
        assert section.status.text() == UNREADABLE_SEARCH_FR
        assert section.search_button.isEnabled()
    finally:
        close_section(section, runner)
    # The plugin log is for support: the same failure, in English.
    assert any(UNREADABLE_SEARCH_EN in line for line in log_lines), log_lines
    assert not any("renvoyé" in line for line in log_lines), log_lines


def test_a_processing_algorithm_fails_in_french(french_locale, signed_in, processing_framework):
    """The Processing provider's error path (QgsProcessingException) says core's sentence in French."""
    from qgis.core import QgsProcessingException

    ring = processing_support.TOULOUSE_RING
    aoi = processing_support.polygon_layer([[ring]], "toulouse")
    signed_in.faults.add("malformed_json", service="search", times=None)
    with pytest.raises(QgsProcessingException) as failed:
        processing_framework.run("oneatlas:searcharchive",
                                 {"AOI": aoi, "CONSTELLATIONS": [0], "OUTPUT": "TEMPORARY_OUTPUT"})
    assert UNREADABLE_SEARCH_FR in str(failed.value), str(failed.value)


def test_a_corrupted_download_reads_in_french(french_locale, connected_plugin, simulator, demo_user,
                                              tmp_path):
    from qgis.core import QgsProject

    from .orders_support import HOURS, earlier_session_archive_order
    from .test_orders_tab import read_orders

    QgsProject.instance().clear()
    request, _result = earlier_session_archive_order(simulator, demo_user)
    simulator.clock.advance(3 * HOURS)
    tab = connected_plugin.dock.orders_section
    read_orders(tab)
    assert tab.select_reference(request.customer_reference)
    tab.downloads.folder_hook = lambda: str(tmp_path)
    simulator.faults.add("checksum_mismatch", service="access", path=r".*/download", times=None)
    tab.download_button.click()
    wait_until(lambda: not tab.downloads.running, timeout=30, what="the download")
    assert tab.downloads.label.text() == (
        "Le fichier téléchargé est corrompu (sa somme de contrôle ne correspond pas à celle annoncée par "
        "OneAtlas) ; il a été supprimé. Téléchargez-le de nouveau.")
    assert list(tmp_path.iterdir()) == []  # nothing kept that looks like a product
    QgsProject.instance().clear()


def test_an_account_without_tasking_is_told_why_in_french(french_translator, simulator, demo_user):
    from .test_tasking_support import close_tasking, make_tasking

    for contract_id in demo_user.contract_ids:
        del simulator.contracts[contract_id]
    section, _client, runner = make_tasking(simulator, demo_user)
    try:
        assert section.offers_status.text() == (
            "Votre compte OneAtlas n'a aucun contrat : demandez-en un à votre interlocuteur commercial "
            "Airbus pour programmer des acquisitions.")
    finally:
        close_tasking(section, runner)


def test_a_feasibility_headline_reads_in_french_with_french_punctuation(french_translator, simulator,
                                                                       demo_user):
    from .test_tasking_support import check, choose_offer, close_tasking, make_tasking

    section, _client, runner = make_tasking(simulator, demo_user)
    try:
        choose_offer(section, "PleiadesNeoOneDay")
        check(section)
        # "Offre : verdict", with the space French puts before a colon.
        assert section.feasibility_headline.text().startswith("Pléiades Neo OneDay"), (
            section.feasibility_headline.text())
        assert " : Automatique" in section.feasibility_headline.text(), section.feasibility_headline.text()
    finally:
        close_tasking(section, runner)


def test_the_back_ends_keep_their_one_name_in_french(french_translator, simulator, demo_user):
    """"Pléiades Neo" and "Pléiades & SPOT" (core.names) are brand names: the same words in French."""
    from oneatlas_ppo.core import errors

    from ..unit.core_support import make_client

    client = make_client(simulator, demo_user)
    with pytest.raises(errors.ContractNotAvailableError) as refused:
        client.contract_for_backend("neo", demo_user.legacy)
    assert str(refused.value) == (f"Le contrat « {demo_user.legacy} » est un contrat Pléiades & SPOT, mais "
                                  "ce produit exige un contrat Pléiades Neo.")
