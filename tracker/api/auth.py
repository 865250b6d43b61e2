"""How an API request is authenticated and answered: the Bearer token's user becomes the current
user (never the cookie's), requests are counted against the token's limit, a read token may not
write, and every answer is JSON safe to embed anywhere."""

from flask import current_app, g, request
from flask_login import AnonymousUserMixin
from werkzeug.exceptions import HTTPException

from tracker.access import ACTIONS, PUBLIC
from tracker.api.errors import ApiError, error_response
from tracker.extensions import db
from tracker.operations.tokens import authenticate, count_request

WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


def _bearer() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, secret = header.partition(" ")
    return secret.strip() if scheme.lower() == "bearer" else None


def authenticate_token():
    """Make the token's user the current user, or answer 401/403/429 before the view runs."""
    view = current_app.view_functions.get(request.endpoint)
    action = getattr(view, "access_action", None)
    g._login_user = AnonymousUserMixin()  # never the cookie's user on the API
    if action is not None and ACTIONS[action].scope == PUBLIC:
        return None
    token = authenticate(_bearer() or "")
    if token is None:
        db.session.rollback()
        return error_response(401, headers={"WWW-Authenticate": 'Bearer realm="tracker"'})
    wait = count_request(token)
    user = token.user
    db.session.commit()  # the count stands whatever the request then does
    if wait:
        return error_response(429, headers={"Retry-After": str(wait)})
    if request.method in WRITE_METHODS and token.scope != "write":
        return error_response(403, "Mã truy cập này chỉ được đọc, không được ghi.", "read_only_token")
    g._login_user = user
    g.api_token = token
    return None


HTML_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def html_safe_json(response):
    """Escape ``<``, ``>`` and ``&`` in JSON answers (they occur only inside strings there), so a
    stored text can never be read as markup whatever a client does with the answer."""
    if response.mimetype == "application/json" and not response.direct_passthrough:
        response.set_data(response.get_data(as_text=True).translate(HTML_SAFE))
    return response


def api_error(error: ApiError):
    """An ``ApiError`` raised by a view."""
    db.session.rollback()
    return error_response(error.status, error.message, error.code, error.headers)


def http_error(error: HTTPException):
    """``abort()`` from the guard (403/404) and Werkzeug's own errors, as JSON."""
    return error_response(error.code or 500)
