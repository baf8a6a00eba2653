"""Opening the order dialog from a feature tab: one way for the Archive and Tasking tabs."""

from .order_dialog import OrderDialog


def open_order_dialog(tab, subject, on_placed, on_product, on_quotation) -> OrderDialog:
    """Open the order dialog for ``subject`` from a feature tab (its client_provider, runner, report_failure
    and, in tests, confirm_hook), connected to the tab's handlers, and start loading what it needs."""
    dialog = OrderDialog(subject, tab.client_provider, tab.runner, tab, report_failure=tab.report_failure)
    if tab.confirm_hook is not None:
        dialog.confirm_hook = tab.confirm_hook
    dialog.order_placed.connect(on_placed)
    dialog.product_chosen.connect(on_product)
    dialog.quotation.requested.connect(on_quotation)
    dialog.open()
    dialog.load()
    return dialog
