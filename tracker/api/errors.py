"""The API's errors: a stable ``code`` and a Vietnamese ``message`` in a JSON body."""

from flask import jsonify

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
