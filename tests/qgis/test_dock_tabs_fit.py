"""On a laptop (1366×768) the dock is narrow: every tab must stay in sight, never behind scroll arrows. The
French titles do not fit whole; the short one stays whole and the long ones are shortened, their tooltips
saying them whole. In a wide dock every title is whole."""

import pytest
from qgis.PyQt.QtWidgets import QTabBar, QWidget

from .conftest import process_events
from .test_french import compiled_catalogue, french_locale, french_plugin  # noqa: F401

FRENCH_TITLES = ["Zone d'intérêt", "Archive", "Programmation", "Commandes"]


@pytest.fixture
def laptop_window(recording_iface):
    """QGIS's main window at a laptop's size, the map's place held by a stand-in (pytest-qgis has none)."""
    main_window = recording_iface.iface.mainWindow()
    previous = main_window.size()
    centre = None
    if main_window.centralWidget() is None:
        centre = QWidget()
        main_window.setCentralWidget(centre)
    main_window.resize(1366, 768)
    main_window.show()
    yield main_window
    if centre is not None:
        main_window.takeCentralWidget()
        centre.deleteLater()
    main_window.resize(previous)


def natural_widths(bar, titles):
    """What each tab needs to show its title whole: a plain tab bar's size hints, in the same font."""
    plain = QTabBar()
    plain.setFont(bar.font())
    plain.setDocumentMode(bar.documentMode())
    for title in titles:
        plain.addTab(title)
    widths = [plain.tabSizeHint(index).width() for index in range(plain.count())]
    plain.deleteLater()
    return widths


def tab_layout(dock):
    tabs = dock.sections
    bar = tabs.tabBar()
    process_events()
    return tabs, bar, [bar.tabRect(index) for index in range(bar.count())]


def test_every_french_tab_stays_in_sight_in_a_laptop_dock(french_plugin, laptop_window):  # noqa: F811
    dock = french_plugin.dock
    dock.show()
    dock.setFloating(True)  # at the width QGIS gives the dock beside the map at 1366 px (screenshots)
    dock.resize(360, 700)
    dock.show_section("archive")
    tabs, bar, rects = tab_layout(dock)

    assert [tabs.tabText(index) for index in range(tabs.count())] == FRENCH_TITLES
    assert [tabs.tabToolTip(index) for index in range(tabs.count())] == FRENCH_TITLES
    assert sum(rect.width() for rect in rects) > 0
    assert all(bar.rect().contains(rect) for rect in rects), (bar.rect(), rects)  # none cut off or scrolled
    natural = natural_widths(bar, FRENCH_TITLES)
    archive = FRENCH_TITLES.index("Archive")
    assert rects[archive].width() >= natural[archive], "the short title stays whole"
    longest = FRENCH_TITLES.index("Programmation")
    assert rects[longest].width() < natural[longest], "the long titles share what is left"

    # A wide dock shows every title whole.
    dock.resize(900, 700)
    _tabs, bar, rects = tab_layout(dock)
    assert all(rect.width() >= width for rect, width in zip(rects, natural)), (rects, natural)
    dock.setFloating(False)
