"""The tracking and delivery calls of OneAtlasClient (order lines, acquisitions, taskings, delivered
products, streaming, download), kept apart so that each client module stays short.

The mixin relies on the client's ``_http`` (HttpTransport), ``_action`` and ``account()``.
"""

from pathlib import Path

from . import tracking
from .download import save_stream
from .i18n import Text
from .workspace import delivery_workspaces, download_link, file_name_for, streaming_urls


class TrackingAndDeliveryMixin:
    # -------------------------------------------------------------------------------------- tracking

    def track_orders(self, customer_reference=None, contract_id=None, q=None):
        """Order lines (TrackedOrder) from /api/v2/orders/search, by reference and/or contract or raw q."""
        if q is None:
            parts = []
            if customer_reference:
                parts.append(f"customerReference:{tracking.q_value(customer_reference)}")
            if contract_id:
                parts.append(f"contractId:{tracking.q_value(contract_id)}")
            q = " AND ".join(f"({part})" for part in parts)
        lines = tracking.search_orders(self._http, q)
        if customer_reference:
            lines = [line for line in lines if line.customer_reference == customer_reference]
        return lines

    def quotations(self, contract_id):
        """The quotations of a Pleiades Neo contract (core.quotations.QuotationEntry), newest first."""
        from .quotations import quotations_from_lines

        return quotations_from_lines(self.track_orders(contract_id=contract_id))

    def acquisitions(self, order_item_id, contract_id=None):
        """Pleiades Neo tasking acquisitions (coverage items) of an order line."""
        return tracking.coverage_items(self._http, order_item_id, contract_id)

    def accept_acquisition(self, coverage_item_id):
        return self._action("POST", f"/api/v1/coverages/{coverage_item_id}/accept")

    def refuse_acquisition(self, coverage_item_id):
        return self._action("POST", f"/api/v1/coverages/{coverage_item_id}/refuse")

    def cancel_order_item(self, order_item_id):
        return self._action("POST", f"/api/v1/orders/{order_item_id}/cancel")

    def stop_tasking(self, order_item_id):
        return self._action("POST", f"/api/v1/orders/{order_item_id}/stop")

    def legacy_taskings(self, contract_id, customer_reference=None):
        """Pleiades/SPOT taskings (ICR) of a legacy contract, optionally those of one order."""
        return tracking.legacy_taskings(self._http, contract_id, customer_reference)

    def legacy_tasking(self, contract_id, tasking_id):
        return tracking.legacy_tasking(self._http, contract_id, tasking_id)

    def tasking_segments(self, contract_id, tasking_id):
        return tracking.segments(self._http, contract_id, tasking_id)

    def accept_segment(self, contract_id, tasking_id, segment_id):
        return self._action(
            "POST", f"/api/v1/contracts/{contract_id}/taskings/{tasking_id}/segments/{segment_id}/accept"
        )

    def refuse_segment(self, contract_id, tasking_id, segment_id):
        return self._action(
            "POST", f"/api/v1/contracts/{contract_id}/taskings/{tasking_id}/segments/{segment_id}/refuse"
        )

    def cancel_tasking(self, contract_id, tasking_id):
        return self._action("POST", f"/api/v1/contracts/{contract_id}/taskings/{tasking_id}/cancel")

    def acquisition_quicklook(self, acquisition):
        """The preview (image bytes) of an acquisition waiting for an answer: a Waiting, CoverageItem or
        Segment. Only the link the server gave is followed (none is built from an id): without one,
        NotFoundError says that OneAtlas offers no preview (docs/decisions/0015-acquisition-quicklook.md)."""
        return self._image_at(getattr(acquisition, "quicklook_href", ""),
                              Text("OneAtlas offers no preview of this acquisition."))

    # -------------------------------------------------------------------------------------- workspace

    def delivered_products(
        self, customer_reference=None, sales_order_id=None, workspace=None, contract_id=None
    ):
        """Delivered products (Scene), optionally those of one order. Pleiades/SPOT archive orders have no
        status call: their products appearing here is the sign of delivery.

        Where: ``workspace`` if given; else the delivery workspace of ``contract_id`` (a Pleiades Neo
        contract delivers to its ``deliveryWorkspace``, which the guides say differs from the legacy one);
        else every delivery workspace of the account (the "My Data" workspace and each contract's)."""
        spaces = [workspace] if workspace else delivery_workspaces(self.account(), contract_id)
        found, seen = [], set()
        for space in spaces:
            for scene in tracking.delivered_items(
                self._http, space, customer_reference=customer_reference, sales_order_id=sales_order_id
            ):
                if scene.id not in seen:
                    seen.add(scene.id)
                    found.append(scene)
        return found

    def streaming_urls(self, scene):
        return streaming_urls(scene)

    def current_token(self):
        """The bearer token to put on a streamed tile request: the current one, renewed first when it is
        about to expire (the TokenManager signs in at most once per expiry, whatever the thread). Never
        log or store it: it is for an Authorization header only."""
        return self._auth.token()

    def access_base_url(self):
        """The OneAtlas access origin (tiles, downloads): the only place the token may be sent to."""
        return self.endpoints.base_urls["access"]

    def download(self, scene, destination, *, progress=None, is_cancelled=None, policy=None):
        """Download a delivered product. ``destination``: a folder (the archive keeps its own name) or a
        file path. ``progress(received_bytes, total_bytes or None)``; ``is_cancelled() -> bool`` stops it
        within a second (DownloadCancelledError, nothing kept). The checksum announced by the server is
        verified (ChecksumMismatchError, nothing kept). A download cut short, stalled or slower than
        ``policy`` (core.download.DownloadPolicy) allows raises DownloadIncompleteError, and one that
        cannot be verified DownloadUnverifiedError; both keep ``<name>.part`` (``error.partial_path``).
        Returns the Path of the complete, verified file."""
        link = download_link(scene)
        destination = Path(destination)
        if destination.is_dir():
            destination = destination / file_name_for(scene, link)
        href = link["href"]
        service = self.endpoints.service_of(href) or "access"
        # identity: the byte count and checksum then describe exactly what is written (a zip does not shrink).
        response = self._http.request(
            service, "GET", href, idempotent=True, stream=True, headers={"Accept-Encoding": "identity"}
        )
        return save_stream(response, destination, progress=progress, is_cancelled=is_cancelled, policy=policy)
