"""The chasing letter (văn bản đôn đốc): Phòng Nội vụ asks a unit's chairman to report its
overdue items by a date the coordinator picks.

This module builds the document; the operation ``tracker.operations.chasing.send_letter``
checks access and records the letter in each listed item's history.
"""

from dataclasses import dataclass
from datetime import date

from tracker.clock import vn_date
from tracker.forms import FormError, parse_date
from tracker.models import STATES, Inspection, Unit, User
from tracker.queries.filters import ItemFilters
from tracker.queries.reports import ReportRow, report_rows, unit_filters
from tracker.reports import layout
from tracker.reports.layout import FastTable, paragraph
from tracker.reports.wording import (
    conclusion_reference,
    deadline_text,
    issuer_for,
    long_date,
)

LETTER_COLUMNS = ("TT", "Tồn tại, hạn chế", "Thời hạn hoàn thành", "Số ngày quá hạn", "Trạng thái")
LETTER_WIDTHS = (1.0, 8.9, 2.4, 1.9, 2.3)


def overdue_rows(inspection: Inspection, unit: Unit, user: User, today: date) -> list[ReportRow]:
    """The unit's items that are overdue today (not reported, deadline passed)."""
    filters = unit_filters(ItemFilters(time_status="overdue"), unit.id)
    return list(report_rows(inspection, user, filters, today))


def parse_report_by(text: str | None, today: date) -> date:
    """The reply date the coordinator typed (dd/mm/yyyy); refuses garbled and past dates."""
    value = parse_date(text, required=True)
    if value < today:
        raise FormError(f"Ngày đề nghị báo cáo ({vn_date(value)}) đã qua. Vui lòng chọn từ ngày "
                        f"{vn_date(today)} trở đi.")
    return value


@dataclass
class Letter:
    """A generated letter: the document and what it listed."""

    content: bytes
    rows: list[ReportRow]


def build_letter(inspection: Inspection, unit: Unit, user: User, report_by: date, today: date) -> Letter:
    """Build the letter over the unit's overdue items.

    Raises ``FormError`` when the unit has nothing overdue: a letter listing nothing would be
    sent in error.
    """
    rows = overdue_rows(inspection, unit, user, today)
    if not rows:
        raise FormError(f"{unit.title_name} không có nhiệm vụ quá hạn, không cần văn bản đôn đốc.")
    return Letter(content=_document(inspection, unit, rows, report_by, today), rows=rows)


def _document(inspection: Inspection, unit: Unit, rows: list[ReportRow], report_by: date,
              today: date) -> bytes:
    issuer = issuer_for(inspection.coordinator_unit or inspection.issuer_unit)
    place = inspection.issue_place or issuer.place
    reference = conclusion_reference(inspection)
    recipient = f"UBND {unit.display_name}"
    document = layout.new_document()
    layout.header_block(document, issuer, f"Số:          /{issuer.abbreviation}", long_date(place, today),
                        subject="V/v đôn đốc báo cáo kết quả khắc phục tồn tại, hạn chế sau kiểm tra")
    paragraph(document, f"Kính gửi: Chủ tịch {recipient}.", align="center", before=6, after=12)
    paragraph(document, f"Thực hiện {reference}, {recipient} được giao khắc phục các tồn tại, hạn chế "
              f"theo thời hạn đã nêu. Theo dõi đến ngày {vn_date(today)}, {recipient} còn {len(rows)} nhiệm "
              "vụ đã quá thời hạn nhưng chưa báo cáo kết quả khắc phục, cụ thể như sau:", indent=True,
              keep_next=True)
    table = FastTable(document, LETTER_COLUMNS, LETTER_WIDTHS, centered=(0, 2, 3))
    for number, row in enumerate(rows, 1):
        table.add_row([str(number), row.finding_text, deadline_text(row.deadline),
                       str((today - (row.effective_deadline or row.deadline)).days), STATES[row.state]])
    paragraph(document, "", after=0)
    paragraph(document, f"{issuer.short_name} đề nghị Chủ tịch {recipient} quan tâm chỉ đạo khẩn trương "
              "khắc phục các tồn tại, hạn chế nêu trên; cập nhật kết quả, minh chứng trên hệ thống theo "
              f"dõi và báo cáo kết quả khắc phục về {issuer.short_name} trước ngày {vn_date(report_by)} để "
              "tổng hợp, báo cáo theo quy định./.", indent=True, after=12, keep_next=True)
    higher = (f"- Lãnh đạo {issuer_for(inspection.issuer_unit).short_name} (để b/c);"
              if inspection.issuer_unit else "- Lãnh đạo cấp trên (để b/c);")
    layout.signature_block(document, ["- Như trên;", higher, f"- Lưu: VT, {issuer.abbreviation}."],
                           issuer.signer_lines)
    return layout.to_bytes(document)
