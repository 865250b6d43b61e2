"""Error pages in Vietnamese; htmx requests get a short fragment instead of a whole page.

Every HTTP error Werkzeug can raise gets a Vietnamese page (an unknown code falls back to the
general one), and an unhandled exception is logged and answered with the Vietnamese 500 page:
no stack trace or debugger ever reaches a response (the app never runs with ``debug``).
"""

import logging

from flask import Flask, render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from tracker.extensions import db

log = logging.getLogger(__name__)

MESSAGES = {
    400: ("Yêu cầu không hợp lệ", "Dữ liệu gửi lên không hợp lệ."),
    403: ("Không có quyền", "Bạn không có quyền thực hiện thao tác này."),
    404: ("Không tìm thấy", "Trang hoặc nhiệm vụ bạn tìm không tồn tại hoặc bạn không có quyền xem."),
    405: ("Thao tác không hợp lệ", "Phương thức yêu cầu không được hỗ trợ."),
    401: ("Cần đăng nhập", "Vui lòng đăng nhập để tiếp tục."),
    410: ("Không còn tồn tại", "Trang hoặc tệp này không còn nữa."),
    413: ("Tệp quá lớn", "Tệp tải lên vượt quá dung lượng cho phép."),
    414: ("Địa chỉ quá dài", "Địa chỉ trang quá dài. Vui lòng bớt điều kiện lọc rồi thử lại."),
    415: ("Định dạng không được hỗ trợ", "Dữ liệu gửi lên không đúng định dạng."),
    429: ("Quá nhiều yêu cầu", "Bạn thao tác quá nhanh. Vui lòng chờ một lát rồi thử lại."),
    431: ("Yêu cầu quá lớn", "Phần đầu yêu cầu quá lớn. Vui lòng xóa cookie của trang rồi thử lại."),
    501: ("Chưa hỗ trợ", "Thao tác này chưa được hỗ trợ."),
    503: ("Tạm ngừng phục vụ", "Hệ thống đang bảo trì hoặc quá tải. Vui lòng thử lại sau ít phút."),
    500: ("Lỗi hệ thống", "Đã có lỗi xảy ra. Dữ liệu của bạn chưa bị thay đổi; vui lòng thử lại."),
}


def render_error(code: int, message: str | None = None):
    """The Vietnamese error page (or htmx fragment) for ``code``."""
    if request.path.startswith("/api/"):  # the API answers in JSON, never with a page
        from tracker.api.errors import error_response

        return error_response(code, message)
    title, default = MESSAGES.get(code, MESSAGES[500])
    template = "errors/_fragment.html" if request.headers.get("HX-Request") else "errors/page.html"
    return render_template(template, code=code, title=title, message=message or default), code


def register(app: Flask) -> None:
    """Install the handlers."""

    @app.errorhandler(CSRFError)
    def csrf_error(error):
        log.warning("CSRF rejected: %s %s (%s)", request.method, request.path, error.description)
        return render_error(
            400,
            "Phiên làm việc đã hết hạn hoặc biểu mẫu không hợp lệ. Vui lòng tải lại trang rồi thử lại.",
        )

    @app.errorhandler(HTTPException)
    def http_error(error):
        code = error.code or 500
        if code == 500:
            return server_error(error)
        if code < 400:  # a redirect raised as an exception (RequestRedirect): not an error
            return error
        if code not in MESSAGES:
            log.info("HTTP %s answered with the general page: %s %s", code, request.method, request.path)
        return render_error(code if code in MESSAGES else (400 if code < 500 else 500))

    @app.errorhandler(500)
    def server_error(error):
        # Flask has logged the exception with its traceback; the user reads the Vietnamese page.
        db.session.rollback()
        return render_error(500)
