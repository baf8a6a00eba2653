"""(work in progress)"""

from flask import Blueprint

blueprint = Blueprint("tracking", __name__, url_prefix="/tracking_wip")
