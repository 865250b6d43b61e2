"""The Excel workbook: a summary of units × time status, and every item on its own row.

Written with openpyxl's write-only mode: rows go to a temporary file as they are appended, so
memory does not grow with the number of items (the 100,000-item benchmark stays far under
1 GB). Every text cell is a string cell, never a formula, whatever a user typed. One styled cell per column is reused for every row; openpyxl serialises a row as soon as
it is appended, so reuse is safe and spares a million cell objects.
"""

from datetime import date
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from tracker.clock import vn_date
from tracker.models import Inspection, User
from tracker.queries.filters import ItemFilters
from tracker.queries.reports import report_rows, report_units, summary
from tracker.queries.timestatus import TIME_STATUSES
from tracker.reports.columns import DATE_COLUMNS, ITEM_HEADERS, item_values
from tracker.reports.wording import unit_display

DATE_FORMAT = "dd/mm/yyyy"
ITEM_WIDTHS = (6, 22, 28, 60, 22, 22, 13, 13, 13, 13, 45, 45, 11)
SUMMARY_STATUSES = ["done_on_time", "done_late", "awaiting", "on_track", "due_soon", "overdue",
                    "no_deadline"]
_THIN = Side(style="thin", color="999999")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
_WRAP = Alignment(wrap_text=True, vertical="top")
_CENTER = Alignment(horizontal="center", vertical="top", wrap_text=True)


def _as_string(cell) -> None:
    """Store a text cell as a string, never a formula: openpyxl takes any text starting with "="
    for a formula, and Excel would run it (the text itself is kept as typed)."""
    if isinstance(cell.value, str):
        cell.data_type = "s"


def _cell(sheet, value=None, *, bold=False, fill=None, alignment=_WRAP, number_format=None,
          border=True):
    cell = WriteOnlyCell(sheet, value)
    _as_string(cell)
    cell.alignment = alignment
    if bold:
        cell.font = Font(bold=True)
    if fill:
        cell.fill = fill
    if border:
        cell.border = _BORDER
    if number_format:
        cell.number_format = number_format
    return cell


def _header(sheet, labels):
    return [_cell(sheet, label, bold=True, fill=_HEADER_FILL,
                  alignment=Alignment(horizontal="center", vertical="center", wrap_text=True))
            for label in labels]


def write_workbook(target: str | BinaryIO, inspection: Inspection, user: User,
                   filters: ItemFilters, today: date) -> int:
    """Write the workbook to ``target`` (a path or binary stream); return the number of items."""
    book = Workbook(write_only=True)
    units = report_units(inspection, user, filters, today)
    _summary_sheet(book.create_sheet("Tổng hợp"), inspection, user, filters, today, units)
    sheet = book.create_sheet("Nhiệm vụ")
    for index, width in enumerate(ITEM_WIDTHS, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.append(_header(sheet, ITEM_HEADERS))
    templates = [_cell(sheet, alignment=_CENTER if index in (0, 12) else _WRAP,
                       number_format=DATE_FORMAT if index in DATE_COLUMNS else None)
                 for index in range(len(ITEM_HEADERS))]
    for index in DATE_COLUMNS:
        templates[index].alignment = _CENTER
    count = 0
    for count, row in enumerate(report_rows(inspection, user, filters, today, units), 1):
        values = item_values(count, row)
        for cell, value in zip(templates, values):
            cell.value = value
            _as_string(cell)
        sheet.append(templates)
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(ITEM_HEADERS))}{count + 1}"
    book.save(target)
    return count


def _summary_sheet(sheet, inspection, user, filters, today, units) -> None:
    """Units × time status with totals, from the overview's own counts."""
    data = summary(inspection, user, filters, today)
    kinds = {unit.id: unit.kind for unit in units}
    headers = ["TT", "Đơn vị", "Tổng số"] + [TIME_STATUSES[code] for code in SUMMARY_STATUSES] + [
        "Tỷ lệ hoàn thành (%)"]
    for index, width in enumerate([6, 28, 10] + [14] * len(SUMMARY_STATUSES) + [14], 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "C5"
    sheet.append([_cell(sheet, f"Tổng hợp kết quả khắc phục theo đơn vị: {inspection.title}",
                        bold=True, border=False, alignment=Alignment(vertical="top"))])
    sheet.append([_cell(sheet, f"Số liệu đến ngày {vn_date(today)}", border=False,
                        alignment=Alignment(vertical="top"))])
    sheet.append([])
    sheet.append(_header(sheet, headers))
    center = Alignment(horizontal="center", vertical="top")
    for number, row in enumerate(data.rows, 1):
        done = row.by_status["done_on_time"] + row.by_status["done_late"]
        sheet.append([_cell(sheet, number, alignment=center),
                      _cell(sheet, unit_display(row.name, kinds.get(row.unit_id, ""), capital=True)),
                      _cell(sheet, row.total, alignment=center)]
                     + [_cell(sheet, row.by_status[code], alignment=center) for code in SUMMARY_STATUSES]
                     + [_cell(sheet, round(done * 100 / row.total, 1) if row.total else 0,
                              alignment=center, number_format="0.0")])
    totals = data.totals
    done = totals["done_on_time"] + totals["done_late"]
    total = data.total_items
    sheet.append([_cell(sheet), _cell(sheet, "Tổng cộng", bold=True),
                  _cell(sheet, total, bold=True, alignment=center)]
                 + [_cell(sheet, totals[code], bold=True, alignment=center) for code in SUMMARY_STATUSES]
                 + [_cell(sheet, round(done * 100 / total, 1) if total else 0, bold=True,
                          alignment=center, number_format="0.0")])
