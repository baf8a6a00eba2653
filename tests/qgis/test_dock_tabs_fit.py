"""On a laptop (1366×768) the dock is narrow: every tab must stay in sight, never behind scroll arrows. The
French titles do not fit whole; the short one stays whole and the long ones are shortened, their tooltips
saying them whole. In a wide dock every title is whole."""

import pytest
from qgis.PyQt.QtWidgets import QTabBar

from .conftest import process_events
from .test_archive_laptop import laptop_window
from .test_french import compiled_catalogue, french_locale, french_plugin  # noqa: F401

FRENCH_TITLES = ["Zone d'intérêt", "Archive", "Programmation", "Commandes"]


@pytest.fixture
def laptop(recording_iface):
    with laptop_window(recording_iface.iface.mainWindow()) as main_window:
        yield main_window


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


def test_every_french_tab_stays_in_sight_in_a_laptop_dock(french_plugin, laptop):  # noqa: F811
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
    # And narrow again: the tabs are laid out anew for the width they have now.
    dock.resize(360, 700)
    _tabs, bar, rects = tab_layout(dock)
    assert all(bar.rect().contains(rect) for rect in rects), (bar.rect(), rects)
    assert rects[archive].width() >= natural[archive]
    dock.setFloating(False)
