"""Error pages in Vietnamese; htmx requests get a short fragment instead of a whole page."""

import logging

from flask import Flask, render_template, request
from flask_wtf.csrf import CSRFError

from tracker.extensions import db

log = logging.getLogger(__name__)

MESSAGES = {
    400: ("Yêu cầu không hợp lệ", "Dữ liệu gửi lên không hợp lệ."),
    403: ("Không có quyền", "Bạn không có quyền thực hiện thao tác này."),
    404: ("Không tìm thấy", "Trang hoặc nhiệm vụ bạn tìm không tồn tại hoặc bạn không có quyền xem."),
    405: ("Thao tác không hợp lệ", "Phương thức yêu cầu không được hỗ trợ."),
    413: ("Tệp quá lớn", "Tệp tải lên vượt quá dung lượng cho phép."),
    500: ("Lỗi hệ thống", "Đã có lỗi xảy ra. Dữ liệu của bạn chưa bị thay đổi; vui lòng thử lại."),
}


def render_error(code: int, message: str | None = None):
    """The Vietnamese error page (or htmx fragment) for ``code``."""
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

    for code in (400, 403, 404, 405, 413):
        app.register_error_handler(code, lambda error, code=code: render_error(code))

    @app.errorhandler(500)
    def server_error(error):
        db.session.rollback()
        return render_error(500)
