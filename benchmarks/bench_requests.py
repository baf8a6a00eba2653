"""HTTP requests needed for a complete archive order and a complete tasking order, from a cold start.

Runs the core client against a local simulator (started here, on a free loopback port), counts the requests
per endpoint as the client sent them (client.stats), and flags any endpoint fetched more than once whose
answer could have been cached (account, contracts, product types, options, markets, countries).

    .venv/bin/python benchmarks/bench_requests.py
"""

import os
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _importable():
    """The checkout as package ``oneatlas_ppo`` (as tests/conftest.py does) and the simulator on sys.path."""
    link_parent = Path(tempfile.mkdtemp(prefix="oneatlas-ppo-bench-"))
    (link_parent / "oneatlas_ppo").symlink_to(REPO, target_is_directory=True)
    sys.path[:0] = [str(link_parent), str(REPO)]
    if Path("/usr/share/proj/proj.db").exists():
        os.environ.setdefault("PROJ_DATA", "/usr/share/proj")


# Answers that do not change during a session: fetching one twice is a missed cache.
CACHEABLE = ("/api/v1/me", "/api/v1/contracts", "/productTypes", "/options", "/properties", "/token")


def report(title, stats):
    counts = stats.by_endpoint()
    print(f"\n{title}: {stats.count} HTTP requests")
    for endpoint, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        flag = ""
        if count > 1 and any(
            endpoint.split("?")[0].endswith(suffix) or suffix in endpoint for suffix in CACHEABLE
        ):
            flag = "   <-- fetched more than once: could be cached"
        print(f"  {count:3d}  {endpoint}{flag}")
    return counts


def archive_order(client, user, aoi):
    from oneatlas_ppo.core.catalog import ArchiveSearch
    from oneatlas_ppo.core.orders import ArchiveOrderRequest, new_customer_reference

    client.account()
    contract = client.contract_for_backend("neo")
    page = client.search_archive(ArchiveSearch(aoi=aoi, constellations=["PNEO"], max_cloud_cover=50))
    for scene in page.scenes[:8]:  # the UI shows thumbnails of the first rows
        client.thumbnail(scene)
    scene = page.scenes[0]
    client.quicklook(scene)
    product = next(p for p in client.product_types(contract.contract_id) if p.source == "archive")
    options = client.options(contract.contract_id, product.product_type_id, aoi)
    client.markets(contract.contract_id)
    client.countries()
    request = ArchiveOrderRequest(
        contract.contract_id,
        product.product_type_id,
        [scene],
        aoi,
        options.resolve({}).values,
        "AGRI",
        new_customer_reference("bench"),
        "gis@example.com",
        "Bench user",
        "FR",
    )
    client.price(request)
    client.options(contract.contract_id, product.product_type_id, aoi)  # the form is opened again: cached
    client.place_order(request)
    return request


def tasking_order(client, user, aoi):
    from oneatlas_ppo.core.orders import TaskingOrderRequest, new_customer_reference
    from oneatlas_ppo.core.tasking import TaskingSearch

    client.account()
    contract = client.contract_for_backend("neo")
    product = client.product_type(contract.contract_id, "PleiadesNeoOneDay")
    start = datetime.now(timezone.utc) + timedelta(hours=12)
    search = TaskingSearch(
        contract.contract_id, product, aoi, start, start + timedelta(days=1), max_incidence_angle=40
    )
    feasibility = client.feasibility(search)
    attempt = client.attempts(search)[0]
    options = client.options(contract.contract_id, product.product_type_id, aoi)
    client.markets(contract.contract_id)
    client.countries()
    request = TaskingOrderRequest(
        contract_id=contract.contract_id,
        product_type_id=product.product_type_id,
        aoi=aoi,
        options=options.resolve({"processing_level": "primary"}).values,
        primary_market="AGRI",
        customer_reference=new_customer_reference("bench"),
        notification_email="gis@example.com",
        end_user_name="Bench user",
        end_user_country="FR",
        start=search.start,
        end=search.end,
        max_incidence_angle=40,
        feasibility=feasibility,
        segment_key=attempt.segment_key,
    )
    client.price(request)
    client.place_order(request)
    client.track_orders(customer_reference=request.customer_reference)
    return request


def main():
    _importable()
    from shapely.geometry import box

    from oneatlas_ppo.core import OneAtlasClient
    from simulator import DEMO_USERS, Simulator
    from simulator.server import SimulatorServer

    server = SimulatorServer(Simulator(seed=42)).start()
    try:
        user, aoi = DEMO_USERS[0], box(1.42, 43.58, 1.46, 43.62)
        totals = {}
        for title, flow in (
            ("Archive order (Pleiades Neo)", archive_order),
            ("Tasking order (PNEO OneDay)", tasking_order),
        ):
            server.sim.reset()
            client = OneAtlasClient(user.api_key, origin=server.sim.origin)  # cold: no token, no cache
            flow(client, user, aoi)
            counts = report(title, client.stats)
            totals[title] = (client.stats.count, counts)
        print(
            "\nCached for the session (fetched once): account (/me + contracts), product types per contract, "
            "options per product and AOI, markets per contract, countries. Never cached: search, prices, "
            "feasibility, attempts, orders, tracking."
        )
    finally:
        server.stop()


if __name__ == "__main__":
    main()
