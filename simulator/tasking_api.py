"""(work in progress)"""

from flask import Blueprint

blueprint = Blueprint("tasking", __name__, url_prefix="/tasking_wip")
