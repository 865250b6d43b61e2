"""The item columns shared by the Excel sheet and the CSV, so both read the same way."""

from tracker.categories import category_label
from tracker.clock import vn_date
from tracker.models import STATES
from tracker.queries.reports import ReportRow
from tracker.queries.timestatus import TIME_STATUSES
from tracker.reports.wording import ONGOING, unit_display

ITEM_HEADERS = (
    "TT", "Đơn vị", "Lĩnh vực", "Tồn tại, hạn chế", "Trạng thái", "Tình trạng thời hạn",
    "Thời hạn hoàn thành", "Thời hạn ban đầu", "Ngày báo cáo", "Ngày xác nhận",
    "Giải pháp khắc phục", "Tiến độ thực hiện", "Mã nhiệm vụ",
)
DATE_COLUMNS = (6, 7, 8, 9)  # 0-based positions of the date columns
# A spreadsheet reads a cell starting with one of these as a formula (OWASP "CSV injection").
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def item_values(number: int, row: ReportRow) -> list:
    """One row's values; dates stay ``date`` objects (Excel gets real dates), a missing deadline
    is "Thường xuyên"."""
    return [
        number,
        unit_display(row.unit_name, row.unit_kind, capital=True),
        category_label(row.category),
        row.finding_text,
        STATES[row.state],
        TIME_STATUSES[row.time_status],
        row.deadline or ONGOING,
        row.original_deadline or ONGOING,
        row.reported_on,
        row.verified_on,
        row.remedy or "",
        row.progress or "",
        row.item_id,
    ]


def as_text(value) -> str:
    """A value as the CSV writes it (dates as dd/mm/yyyy)."""
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        return vn_date(value)
    return str(value)


def neutralise(text: str) -> str:
    """Text a spreadsheet will show, never run: a leading apostrophe before a formula prefix
    (OWASP's advice for CSV). "- Một số xã" becomes "'- Một số xã"; nothing else changes."""
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text
