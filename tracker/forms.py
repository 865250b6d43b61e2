"""Reading what users type into forms: dates (dd/mm/yyyy), versions, texts."""

import re
from datetime import date

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
        return date(year, month, day)
    except ValueError:
        raise FormError(f"Ngày “{text}” không tồn tại. Vui lòng kiểm tra lại ngày và tháng.") from None


def parse_version(text: str | None) -> int | None:
    """The item version a form was rendered with (None when absent or garbled)."""
    text = (text or "").strip()
    return int(text) if text.isdigit() else None


def clean_text(text: str | None, limit: int = 10_000) -> str:
    """Trim a free-text field and refuse absurdly long input."""
    text = (text or "").strip()
    if len(text) > limit:
        raise FormError(f"Nội dung quá dài (tối đa {limit:,} ký tự).".replace(",", "."))
    return text
