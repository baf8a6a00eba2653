"""The quicklook of an acquisition waiting for an answer, in the Orders tab: selected, it shows "Loading…"
then the simulator's image, fetched with the plugin's client from the access service, beside its cloud
cover; a broken or missing preview is said in words and never stops the user from answering, whose
confirmation still says what the answer changes and costs."""

from qgis.PyQt.QtGui import QImage

from oneatlas_ppo.ui.common.images import scaled_image
from oneatlas_ppo.ui.orders.acquisition_preview import PREVIEW_PIXELS

from ..unit.core_support import make_client
from .conftest import process_events, wait_until
from .orders_support import HOURS, earlier_session_tasking_order
from .test_dock_workflow import connected_plugin
from .test_orders_tab import clean_project, read_orders

__all__ = ["connected_plugin", "clean_project"]


def an_acquisition_waits(tab, simulator, demo_user):
    """A Pleiades Neo tasking of an earlier session whose first acquisition waits for an answer."""
    request, _result = earlier_session_tasking_order(simulator, demo_user, "PleiadesNeoOnePlan")
    read_orders(tab)
    simulator.clock.advance(16 * HOURS)  # first pass, then the quality check: proposed (threshold 0)
    read_orders(tab)
    assert len(tab.waiting_texts()) == 1 and "cloud" in tab.waiting_texts()[0]
    return request


def quicklook_requests(simulator, item_id):
    return [r for r in simulator.requests
            if r.service == "access" and r.path == f"/api/v1/items/{item_id}/quicklook"]


def wait_for_preview(tab, item_id):
    wait_until(lambda: item_id not in tab.preview.loading, what="the acquisition's preview")
    process_events()


def as_rgb(image: QImage) -> QImage:
    return image.convertToFormat(QImage.Format.Format_RGB32)


def test_the_waiting_acquisition_shows_its_quicklook_beside_its_cloud_cover(
        connected_plugin, simulator, demo_user, clean_project):
    tab = connected_plugin.dock.orders_section
    reference = an_acquisition_waits(tab, simulator, demo_user).customer_reference
    assert tab.preview.isHidden()  # nothing chosen yet

    tab.waiting.setCurrentRow(0)
    item = tab.selected_waiting()
    assert not tab.preview.isHidden()
    assert tab.preview.message == "Loading…"
    assert f"Cloud cover: {item.cloud_cover:.0f} %" in tab.preview.details.text()
    assert tab.accept_button.isEnabled() and tab.refuse_button.isEnabled()  # the answer never waits
    wait_for_preview(tab, item.item_id)

    assert tab.preview.message == ""
    fetched = quicklook_requests(simulator, item.item_id)
    assert len(fetched) == 1 and fetched[0].status == 200 and fetched[0].auth_scheme == "Bearer"
    # the pixmap shown is the simulator's image of this acquisition (fetched again here to compare)
    expected = scaled_image(make_client(simulator, demo_user).acquisition_quicklook(item), PREVIEW_PIXELS)
    shown = tab.preview.image.pixmap().toImage()
    assert not shown.isNull() and as_rgb(shown) == as_rgb(expected)

    read_orders(tab)  # a refresh keeps the choice and the image, without asking again
    assert tab.selected_waiting().item_id == item.item_id and tab.preview.message == ""
    assert len(quicklook_requests(simulator, item.item_id)) == 2  # the plugin's one, and this test's

    questions = []
    tab.confirm_hook = lambda title, text: questions.append(text) or True
    tab.accept_button.click()
    assert "produced and delivered" in questions[-1] and "places no new order" in questions[-1]
    assert reference in questions[-1]
    wait_until(lambda: [r for r in simulator.requests if r.path.endswith("/accept")], what="the acceptance")
    assert "acquired, being delivered" in read_orders(tab)[0]
    assert tab.waiting_texts() == [] and tab.preview.isHidden()


def test_a_broken_quicklook_is_said_in_words_and_the_user_can_still_answer(
        connected_plugin, simulator, demo_user, clean_project):
    tab = connected_plugin.dock.orders_section
    an_acquisition_waits(tab, simulator, demo_user)
    simulator.faults.add("status", service="access", path=r"/api/v1/items/[^/]+/quicklook", times=None,
                         status=404)
    tab.waiting.setCurrentRow(0)
    item = tab.selected_waiting()
    wait_for_preview(tab, item.item_id)
    assert quicklook_requests(simulator, item.item_id)  # it was asked for, and failed
    assert tab.preview.message.startswith("The preview could not be loaded:")
    assert "You can still accept or refuse." in tab.preview.message
    assert "Traceback" not in tab.preview.message
    assert "Cloud cover" in tab.preview.details.text()

    questions = []
    tab.confirm_hook = lambda title, text: questions.append(text) or True
    assert tab.refuse_button.isEnabled()
    tab.refuse_button.click()
    assert "Refusing costs nothing" in questions[-1]
    wait_until(lambda: [r for r in simulator.requests if r.path.endswith("/refuse")], what="the refusal")
    assert "1 acquisition refused, trying again" in read_orders(tab)[0]


def test_without_a_quicklook_link_no_preview_is_offered_and_none_is_guessed(
        connected_plugin, simulator, demo_user, clean_project):
    simulator.acquisition_quicklooks = False  # the published spec shows no link on a coverage item
    tab = connected_plugin.dock.orders_section
    an_acquisition_waits(tab, simulator, demo_user)
    tab.waiting.setCurrentRow(0)
    assert tab.preview.message.startswith("No preview offered")
    process_events()
    assert not [r for r in simulator.requests if r.service == "access"]

    questions = []
    tab.confirm_hook = lambda title, text: questions.append(text) or True
    tab.accept_button.click()
    assert "produced and delivered" in questions[-1]
    wait_until(lambda: [r for r in simulator.requests if r.path.endswith("/accept")], what="the acceptance")
