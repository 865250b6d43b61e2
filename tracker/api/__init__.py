"""The JSON API under ``/api/v1``: one blueprint per resource, nested in this one.

Every call carries ``Authorization: Bearer <token>`` (a personal access token); cookies are
ignored here and there is no CSRF check. The token's user becomes ``current_user`` for the
request, so the same ``requires``/``load_or_404``/``can`` and operations as the web pages apply.
Errors are JSON ``{"code", "message"}`` with a stable code and a Vietnamese message.
"""

from flask import Blueprint, Flask
from werkzeug.exceptions import HTTPException

from tracker.api import auth, docs, evidence, inspections, items
from tracker.api.errors import ApiError
from tracker.extensions import csrf

RESOURCES = (inspections, items, evidence, docs)

bp = Blueprint("api", __name__, url_prefix="/api/v1")
for resource in RESOURCES:
    bp.register_blueprint(resource.bp)
bp.before_request(auth.authenticate_token)
bp.after_request(auth.html_safe_json)
bp.register_error_handler(ApiError, auth.api_error)
bp.register_error_handler(HTTPException, auth.http_error)


def register(app: Flask) -> None:
    """Attach the API blueprints (exempt from CSRF: tokens, not cookies, authenticate here)."""
    for resource in RESOURCES:
        csrf.exempt(resource.bp)
    csrf.exempt(bp)
    app.register_blueprint(bp)
