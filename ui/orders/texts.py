"""What the Orders tab says about each order, in words: server orders, orders placed in this session that
the server does not list yet, orders whose answer was lost, and what waits for the user's answer."""

from datetime import datetime

from qgis.PyQt.QtCore import QCoreApplication

from ...core.journal import NOT_PLACED, UNKNOWN
from ...core.order_book import QUOTATION, short_date, status_words
from ..common.formatting import backend_label, money
from ..common.i18n import translated


def tr(text: str) -> str:
    return QCoreApplication.translate("OrdersSection", text)


def ids_text(sales_order_id, quotation_id) -> str:
    ids = [f"{tr('Sales order')} {sales_order_id}" if sales_order_id else "",
           f"{tr('Quotation')} {quotation_id}" if quotation_id else ""]
    return " · ".join(part for part in ids if part)


def row_text(row, now: datetime) -> str:
    """Three lines: reference and product; status in words; date, amount and ids."""
    kind = tr("tasking") if row.source == "tasking" else tr("archive")
    first = f"{row.reference or tr('(no reference)')} · {backend_label(row.backend)} {kind}"
    if row.product:
        first += f" · {row.product}"
    last = [tr("ordered {date}").format(date=translated(short_date(row.created))) if row.created else "",
            money(row.amount, row.currency) if row.amount is not None else "",
            ids_text(row.sales_order_id, row.quotation_id)]
    return "\n".join([first, translated(status_words(row, now)), " · ".join(part for part in last if part)])


def session_order_text(result, placed_at: datetime) -> str:
    """An order placed from this session that the server's order list does not show yet."""
    lines = [ids_text(result.sales_order_id, result.quotation_id) or tr("Order (no id returned yet)"),
             tr("Reference {reference} · {amount} · placed {time}").format(
                 reference=result.customer_reference, amount=money(result.total, result.currency),
                 time=placed_at.strftime("%H:%M"))]
    if result.recovered:
        lines.append(tr("The answer was lost on the way and the order was found afterwards: it exists once. "
                        "Do not order it again."))
    return "\n".join(lines)


def journal_text(entry) -> str:
    """An order whose answer was lost: being checked, or what the check found."""
    if entry.state == NOT_PLACED:
        words = tr("checked: it was NOT placed and nothing was charged; you may order it again.")
    elif entry.state == UNKNOWN:
        words = tr("could not be confirmed: check your OneAtlas e-mails and orders before ordering again.")
    elif entry.ids_known:
        words = tr("checked: it exists ({ids}). Do not order it again.").format(
            ids=ids_text(entry.sales_order_id, entry.quotation_id))
    else:
        words = tr("being checked: do not order again. The connection failed while it was sent; the plugin "
                   "is finding out whether OneAtlas received it.")
    return tr("Reference {reference}").format(reference=entry.reference) + "\n" + words


def waiting_text(item) -> str:
    if item.kind == QUOTATION:
        return tr("{reference}: quotation {id} for {amount} waits for your answer").format(
            reference=item.reference, id=item.item_id, amount=money(item.amount, item.currency))
    details = [tr("acquired {date}").format(date=item.acquired.strftime("%Y-%m-%d %H:%M UTC"))
               if item.acquired else "",
               tr("cloud {cloud} %").format(cloud=f"{item.cloud_cover:.0f}") if item.cloud_cover is not None
               else "",
               tr("incidence {angle}°").format(angle=f"{item.incidence_angle:.0f}")
               if item.incidence_angle is not None else ""]
    return tr("{reference}: acquisition to accept or refuse").format(reference=item.reference) + "\n" + \
        " · ".join(part for part in details if part)


def answer_question(item, accept: bool, row) -> str:
    """What a confirmation says an answer changes and costs."""
    amount = money(row.amount, row.currency) if row is not None and row.amount is not None else ""
    if item.kind == QUOTATION:
        if accept:
            return tr("Accept quotation {id}? This places the order {reference} for {amount}, charged to "
                      "contract {contract}. It cannot be undone.").format(
                id=item.item_id, reference=item.reference, amount=money(item.amount, item.currency),
                contract=item.contract_id)
        return tr("Refuse quotation {id}? Nothing is ordered or charged; to order later you will need a new "
                  "quotation.").format(id=item.item_id)
    when = item.acquired.strftime("%Y-%m-%d") if item.acquired else tr("(date unknown)")
    if accept:
        return tr("Accept the acquisition of {date} for order {reference}? It is then produced and delivered "
                  "to your workspace. Accepting places no new order{amount}.").format(
            date=when, reference=item.reference,
            amount=tr(" (the order's amount, {amount}, stays as it is)").format(amount=amount)
            if amount else "")
    return tr("Refuse the acquisition of {date} for order {reference}? Refusing costs nothing. OneAtlas "
              "tries again while the order's acquisition window is open (one-plan offers); otherwise the "
              "order closes without an image.").format(date=when, reference=item.reference)


def tasking_end_question(row, cancel: bool) -> str:
    if cancel:
        return tr("Cancel the tasking {reference}? Nothing has been acquired yet: the order ends, and "
                  "OneAtlas returns its amount ({amount}) to the contract's credit once it accepts the "
                  "cancellation.").format(
            reference=row.reference, amount=money(row.amount, row.currency))
    return tr("Stop the tasking {reference}? No further acquisition is attempted; images already accepted "
              "are still delivered. What is billed for a stopped tasking depends on your contract: check "
              "with OneAtlas before stopping.").format(reference=row.reference)
