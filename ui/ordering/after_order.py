"""What the order dialog says once an order is placed: which order it is, and what happens next (when the
images are expected, where they will appear, how to follow the order), so "Order placed" is not the end of
the story. A subject may say more about its own kind of order (``subject.next_steps(details, options)``,
e.g. archive delivery times); these are the words every order shares."""

from qgis.PyQt.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("AfterOrder", text)


def placed_text(result) -> str:
    """The first sentence: the order's ids and reference (or, recovered after a lost answer, that it
    exists once)."""
    ids = ", ".join(text for text in (
        tr("sales order {id}").format(id=result.sales_order_id) if result.sales_order_id else "",
        tr("quotation {id}").format(id=result.quotation_id) if result.quotation_id else "") if text)
    if getattr(result, "recovered", False):
        return tr("The connection failed while ordering, but OneAtlas confirms the order exists (once): "
                  "{ids}, reference {reference}. Do not order again.").format(
            ids=ids or tr("no id yet"), reference=result.customer_reference)
    return tr("Order placed: {ids} (your reference {reference}).").format(
        ids=ids or tr("no id yet"), reference=result.customer_reference)


def follow_text(reference: str, email: str) -> str:
    """Where the order and its images appear, for every kind of order."""
    notices = tr("OneAtlas e-mails {email} when it confirms the order and when it delivers it. ").format(
        email=email) if email else ""
    return notices + tr(
        "Follow it in the Orders tab of this panel (reference {reference}): the delivered images appear "
        "there, ready to add to the map or download, and in your OneAtlas delivery workspace (My Data)."
    ).format(reference=reference)


def next_steps_text(result, subject, details: dict, options: dict) -> str:
    """Everything said below the form after placing: the order, then what happens next."""
    reference = result.customer_reference
    expected = ""
    if hasattr(subject, "next_steps"):
        expected = subject.next_steps(details, options)
    follow = follow_text(reference, details.get("notification_email", ""))
    return placed_text(result) + "\n" + tr("What happens next:") + " " + " ".join(
        part for part in (expected, follow) if part)
