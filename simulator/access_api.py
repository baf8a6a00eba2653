"""(work in progress)"""

from flask import Blueprint

blueprint = Blueprint("access", __name__, url_prefix="/access_wip")
