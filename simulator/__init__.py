"""Local OneAtlas simulator (test and demo infrastructure; never imported by the plugin)."""

from .app import create_app
from .state import Simulator
from .users import DEMO_USERS

__all__ = ["create_app", "Simulator", "DEMO_USERS"]
