"""Reading what users type into forms: dates (dd/mm/yyyy), versions, texts."""

import re
from datetime import date

from tracker.clock import today
from tracker.sanitize import has_control

EARLIEST = date(2000, 1, 1)
MAX_YEARS_AHEAD = 10

_DMY = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


class FormError(ValueError):
    """A value the user typed cannot be used; the message is Vietnamese."""


def parse_date(text: str | None, *, required: bool = True) -> date | None:
    """Parse "25/10/2023" (also 5/1/2024, 25-10-2023, 2023-10-25) into a date.

    Raises ``FormError`` for an empty value (when required) or an impossible date like 31/02/2023.
    """
    text = (text or "").strip()
    if not text:
        if required:
            raise FormError("Vui lòng nhập ngày theo dạng ngày/tháng/năm, ví dụ 25/10/2023.")
        return None
    match = _DMY.match(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
    else:
        match = _ISO.match(text)
        if not match:
            raise FormError(f"Ngày “{text}” không đúng dạng ngày/tháng/năm (ví dụ 25/10/2023).")
        year, month, day = (int(part) for part in match.groups())
    try:
        value = date(year, month, day)
    except ValueError:
        raise FormError(f"Ngày “{text}” không tồn tại. Vui lòng kiểm tra lại ngày và tháng.") from None
    check_date_range(value, text)
    return value


def check_date_range(value: date, text: str | None = None) -> None:
    """Refuse a date no deadline or document can have: before 2000 or more than
    ``MAX_YEARS_AHEAD`` years after today (a typo such as 25/10/0203 or 25/10/20233)."""
    shown = text or value.strftime("%d/%m/%Y")
    latest = today()
    latest = latest.replace(year=latest.year + MAX_YEARS_AHEAD, day=min(latest.day, 28))
    if value < EARLIEST:
        raise FormError(f"Ngày “{shown}” quá xa trong quá khứ: chỉ nhận ngày từ 01/01/2000 trở đi.")
    if value > latest:
        raise FormError(f"Ngày “{shown}” quá xa trong tương lai: chỉ nhận ngày trong vòng "
                        f"{MAX_YEARS_AHEAD} năm tới (đến {latest.strftime('%d/%m/%Y')}).")


def parse_version(text: str | None) -> int | None:
    """The item version a form was rendered with (None when absent or garbled)."""
    text = (text or "").strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) < 10 else None


def clean_text(text: str | None, limit: int = 10_000) -> str:
    """Trim a free-text field and refuse absurdly long input or control characters (the request
    guard refuses them already; this keeps the rule for callers outside a request)."""
    text = (text or "").strip()
    if has_control(text, allow_layout=True):
        raise FormError("Nội dung có ký tự điều khiển không hợp lệ (ví dụ ký tự NUL). Vui lòng xóa ký tự đó.")
    if len(text) > limit:
        raise FormError(f"Nội dung quá dài (tối đa {limit:,} ký tự).".replace(",", "."))
    return text
