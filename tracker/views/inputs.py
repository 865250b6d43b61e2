"""The request guard for odd input: control characters in any query parameter, form field or
file name are refused with a Vietnamese 400 before a view runs, and URL ids beyond the
database's integer range never match a route (a 404, not a database error).

``next`` and ``back`` are left to ``tracker.sanitize.safe_target``: a bad redirect target is
replaced by a safe default rather than failing the request.
"""

import logging

from flask import Flask, request
from werkzeug.routing import IntegerConverter

from tracker.sanitize import MAX_ID, has_control
from tracker.views.errors import render_error

log = logging.getLogger(__name__)

REDIRECT_KEYS = {"next", "back"}
CONTROL_MESSAGE = ("Dữ liệu gửi lên có ký tự điều khiển không hợp lệ (ví dụ ký tự NUL) trong ô “{field}”. "
                   "Vui lòng xóa ký tự đó rồi gửi lại.")


def _up_to(limit: str) -> str:
    """A regular expression for the decimal numbers 1 … ``limit`` without leading zeros, so a
    larger id does not even match a route (Werkzeug answers 405 instead of 404 when a matched
    path fails conversion and another method's rule shares it)."""
    shorter = f"[1-9]\\d{{0,{len(limit) - 2}}}"
    same_length = []
    for position, digit in enumerate(limit):
        if digit == "0" or (position == 0 and digit == "1"):
            continue
        low = "1" if position == 0 else "0"
        rest = len(limit) - position - 1
        same_length.append(f"{limit[:position]}[{low}-{int(digit) - 1}]" + (f"\\d{{{rest}}}" if rest else ""))
    return "(?:" + "|".join([shorter, *same_length, limit]) + ")"


class DatabaseInteger(IntegerConverter):
    """``<int:…>`` limited to 1 … 2**31-1, so a 20-digit id is simply a page that does not exist."""

    regex = _up_to(str(MAX_ID))


def offending_field() -> str | None:
    """The name of the first input holding a control character, or None when all are clean."""
    for key, value in request.args.items(multi=True):
        if has_control(key) or (key not in REDIRECT_KEYS and has_control(value)):
            return key
    if request.method in {"POST", "PUT", "PATCH"}:
        for key, value in request.form.items(multi=True):
            if has_control(key) or (key not in REDIRECT_KEYS and has_control(value, allow_layout=True)):
                return key
        for key, upload in request.files.items(multi=True):
            if has_control(key) or has_control(upload.filename or ""):
                return key
    return None


def register(app: Flask) -> None:
    """Install the converter and the guard."""
    app.url_map.converters["int"] = DatabaseInteger

    @app.before_request
    def refuse_control_characters():
        field = offending_field()
        if field is not None:
            log.info("refused control character in %r: %s %s", field, request.method, request.path)
            shown = "".join(char for char in field if char.isprintable())[:40] or "?"
            return render_error(400, CONTROL_MESSAGE.format(field=shown))
        return None
