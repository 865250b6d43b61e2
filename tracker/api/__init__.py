"""The JSON API under ``/api/v1``: one blueprint per resource, nested in this one.

Every call carries ``Authorization: Bearer <token>`` (a personal access token); cookies are
ignored here and there is no CSRF check. The token's user becomes ``current_user`` for the
request, so the same ``requires``/``load_or_404``/``can`` and operations as the web pages apply.
Errors are JSON ``{"code", "message"}`` with a stable code and a Vietnamese message.
"""

from flask import Blueprint, Flask, current_app, g, jsonify, request
from flask_login import AnonymousUserMixin
from werkzeug.exceptions import HTTPException

from tracker.access import ACTIONS, PUBLIC
from tracker.extensions import csrf, db
from tracker.operations.tokens import authenticate, count_request

bp = Blueprint("api", __name__, url_prefix="/api/v1")

WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
CODES = {400: "invalid", 401: "unauthorized", 403: "forbidden", 404: "not_found",
         405: "method_not_allowed", 409: "stale_version", 413: "too_large", 422: "refused",
         429: "rate_limited"}
MESSAGES = {
    400: "Yêu cầu không hợp lệ.",
    401: "Thiếu mã truy cập, hoặc mã đã bị thu hồi hay hết hạn.",
    403: "Bạn không có quyền thực hiện thao tác này.",
    404: "Không tìm thấy (hoặc nằm ngoài phạm vi được xem).",
    405: "Phương thức không được hỗ trợ cho địa chỉ này.",
    409: "Nhiệm vụ đã được người khác cập nhật. Vui lòng tải lại rồi thử lại.",
    413: "Tệp hoặc yêu cầu quá lớn.",
    422: "Thao tác bị từ chối.",
    429: "Quá nhiều yêu cầu với mã truy cập này. Vui lòng thử lại sau.",
}


class ApiError(Exception):
    """An API refusal: HTTP status, stable code and Vietnamese message."""

    def __init__(self, status: int, message: str | None = None, code: str | None = None, headers=None):
        super().__init__(message)
        self.status, self.code = status, code or CODES.get(status, "error")
        self.message = message or MESSAGES.get(status, "Đã có lỗi xảy ra.")
        self.headers = headers or {}


def error_response(status: int, message: str | None = None, code: str | None = None, headers=None):
    """A JSON error answer."""
    error = ApiError(status, message, code, headers)
    response = jsonify(code=error.code, message=error.message)
    response.status_code = status
    response.headers.update(error.headers)
    return response


def _bearer() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, secret = header.partition(" ")
    return secret.strip() if scheme.lower() == "bearer" else None


@bp.before_request
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


@bp.after_request
def html_safe_json(response):
    """Escape ``<``, ``>`` and ``&`` in JSON answers (they occur only inside strings there), so a
    stored text can never be read as markup whatever a client does with the answer."""
    if response.mimetype == "application/json" and not response.direct_passthrough:
        response.set_data(response.get_data(as_text=True).translate(HTML_SAFE))
    return response


@bp.errorhandler(ApiError)
def api_error(error: ApiError):
    """An ``ApiError`` raised by a view."""
    db.session.rollback()
    return error_response(error.status, error.message, error.code, error.headers)


@bp.errorhandler(HTTPException)
def http_error(error: HTTPException):
    """``abort()`` from the guard (403/404) and Werkzeug's own errors, as JSON."""
    return error_response(error.code or 500)


def register(app: Flask) -> None:
    """Attach the API blueprints (exempt from CSRF: tokens, not cookies, authenticate here)."""
    from tracker.api import docs, evidence, inspections, items

    for module in (inspections, items, evidence, docs):
        bp.register_blueprint(module.bp)
        csrf.exempt(module.bp)
    csrf.exempt(bp)
    app.register_blueprint(bp)
