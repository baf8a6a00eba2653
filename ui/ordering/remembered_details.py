"""The commercial details an analyst gives for every order on a contract (market, end user, country,
notification e-mail), remembered per contract in QgsSettings and filled in next time.

Never a secret here: these are the words the user typed in the order form, stored under
``oneatlas_ppo/order_details/<contract>/``. They are saved once an order is confirmed (what the user
stood by), not while typing. The customer reference is never remembered: each order needs a new one.
"""

import re
from typing import Dict

from qgis.core import QgsSettings

PREFIX = "oneatlas_ppo/order_details/"
FIELDS = ("primary_market", "end_user_name", "end_user_country", "notification_email")
_KEY_CHARACTERS = re.compile(r"[^A-Za-z0-9_.-]+")


def _group(contract_id: str) -> str:
    return PREFIX + (_KEY_CHARACTERS.sub("_", contract_id or "") or "_") + "/"


def load(contract_id: str) -> Dict[str, str]:
    """What was given last time on this contract (only the fields that were given)."""
    settings = QgsSettings()
    group = _group(contract_id)
    found = {}
    for name in FIELDS:
        value = settings.value(group + name, "", type=str)
        if value:
            found[name] = value
    return found


def save(contract_id: str, values: Dict[str, str]) -> None:
    """Remember the given fields of ``values`` (an OrderDetailsForm's values) for this contract; a field
    left empty (the end user of a Pléiades order) keeps what an earlier order gave."""
    settings = QgsSettings()
    group = _group(contract_id)
    for name in FIELDS:
        value = values.get(name)
        if value:
            settings.setValue(group + name, str(value))
