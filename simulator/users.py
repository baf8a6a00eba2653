"""Demo users: fixed API keys, one legacy and one neo CIS contract each, a delivery workspace."""

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoUser:
    name: str
    api_key: str
    user_id: str
    customer_id: str
    workspace_id: str
    workspace_name: str
    legacy: str  # CIS contract id, backendSource "legacy" (SPOT / Pleiades)
    neo: str  # CIS contract id, backendSource "neo" (Pleiades Neo)
    credit: float  # initial credit of each of the two contracts, EUR
    oneatlas_contract_id: str

    def __getitem__(self, key):
        return getattr(self, key)

    @property
    def contract_ids(self):
        return (self.legacy, self.neo)


DEMO_USERS = (
    DemoUser(
        name="Alice Martin",
        api_key="sim-alice-3f9c2a7e51d84b06a1c0",
        user_id="5406642f-1b2c-4d3e-8f90-a1b2c3d4e5f6",
        customer_id="AC0000101",
        workspace_id="5b2a41d2-7c3e-4f1a-9b8d-0e1f2a3b4c5d",
        workspace_name="alice-data",
        legacy="CTR24000101",
        neo="CTR24000102",
        credit=100000.0,
        oneatlas_contract_id="d9307572-4f50-4a3b-9c2d-1e0f2a3b4c01",
    ),
    DemoUser(
        name="Bruno Keller",
        api_key="sim-bruno-8d41b6f20c9e47a3b5d2",
        user_id="7c1d9e2a-3b4f-4a5b-8c6d-7e8f9a0b1c2d",
        customer_id="AC0000102",
        workspace_id="9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
        workspace_name="bruno-data",
        legacy="CTR24000201",
        neo="CTR24000202",
        credit=25000.0,
        oneatlas_contract_id="d9307572-4f50-4a3b-9c2d-1e0f2a3b4c02",
    ),
    DemoUser(
        # Little credit: for the "insufficient credit" path.
        name="Chloe Dubois",
        api_key="sim-chloe-1a2b3c4d5e6f7a8b9c0d",
        user_id="2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
        customer_id="AC0000103",
        workspace_id="3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
        workspace_name="chloe-data",
        legacy="CTR24000301",
        neo="CTR24000302",
        credit=150.0,
        oneatlas_contract_id="d9307572-4f50-4a3b-9c2d-1e0f2a3b4c03",
    ),
)


def user_by_api_key(api_key):
    return next((user for user in DEMO_USERS if user.api_key == api_key), None)


def user_by_id(user_id):
    return next((user for user in DEMO_USERS if user.user_id == user_id), None)
