"""Downloads: the Word reports, the Excel workbook, the CSV of a board, the chasing letter.

Every route checks the access table the way the board does (through ``load_or_404``): what the
user may not read is a 404, and an export holds only the rows and titles of their jurisdiction.
"""

import io
from datetime import timedelta

from flask import Blueprint, abort, render_template, request, stream_with_context
from flask_login import current_user

from tracker.access import can
from tracker.clock import today, vn_date
from tracker.extensions import db
from tracker.forms import FormError
from tracker.models import Inspection
from tracker.operations.chasing import send_letter
from tracker.queries.filters import ItemFilters
from tracker.queries.reports import unit_filters
from tracker.reports import csv_export, excel, letter, word
from tracker.reports.files import download, file_name
from tracker.views.guard import load_or_404, load_unit_board_or_404, requires
from tracker.workflow import WorkflowError

bp = Blueprint("reports", __name__)


def _scope(inspection_id: int, unit_id: int | None):
    """The inspection, and the unit when the export is one unit's (each checked for this user)."""
    if unit_id is None:
        return load_or_404(Inspection, inspection_id, "report.export"), None
    return load_unit_board_or_404(inspection_id, unit_id, "report.export")


@bp.get("/inspections/<int:inspection_id>/report.docx")
@requires("report.export")
def inspection_docx(inspection_id: int):
    """The coordinating office's report on the whole inspection (for those who read the overview)."""
    inspection, _ = _scope(inspection_id, None)
    if not can(current_user, "board.overview", inspection):
        abort(404)
    content = word.inspection_report(inspection, current_user, today())
    return download(content, file_name("Báo cáo kết quả khắc phục", today(), "docx"), "docx")


@bp.get("/inspections/<int:inspection_id>/units/<int:unit_id>/report.docx")
@requires("report.export")
def unit_docx(inspection_id: int, unit_id: int):
    """A unit's own report, to send upward."""
    inspection, unit = _scope(inspection_id, unit_id)
    content = word.unit_report(inspection, unit, current_user, today())
    name = file_name(f"Báo cáo kết quả khắc phục - {unit.title_name}", today(), "docx")
    return download(content, name, "docx")


@bp.get("/inspections/<int:inspection_id>/export.xlsx")
@bp.get("/inspections/<int:inspection_id>/units/<int:unit_id>/export.xlsx")
@requires("report.export")
def xlsx(inspection_id: int, unit_id: int | None = None):
    """Every item the user may see (of one unit when given), with a summary sheet.

    Board filters are deliberately not applied: the workbook is the full record, and Excel's own
    filters narrow it; the CSV is the export of exactly what a page shows.
    """
    inspection, unit = _scope(inspection_id, unit_id)
    buffer = io.BytesIO()
    excel.write_workbook(buffer, inspection, current_user, unit_filters(ItemFilters(), unit_id), today())
    label = "Nhiệm vụ khắc phục" + (f" - {unit.title_name}" if unit else "")
    return download(buffer.getvalue(), file_name(label, today(), "xlsx"), "xlsx")


@bp.get("/inspections/<int:inspection_id>/export.csv")
@bp.get("/inspections/<int:inspection_id>/units/<int:unit_id>/export.csv")
@requires("report.export")
def csv(inspection_id: int, unit_id: int | None = None):
    """The items the overview or a unit board shows, with the same filters from the URL."""
    inspection, unit = _scope(inspection_id, unit_id)
    filters = unit_filters(ItemFilters.from_args(request.args), unit_id)
    user = current_user._get_current_object()
    # Streamed: the first rows leave at once, so a large export never waits on a proxy timeout.
    content = stream_with_context(chunk.encode("utf-8")
                                  for chunk in csv_export.csv_chunks(inspection, user, filters, today()))
    label = "Nhiệm vụ khắc phục" + (f" - {unit.title_name}" if unit else "")
    return download(content, file_name(label, today(), "csv"), "csv")


@bp.route("/inspections/<int:inspection_id>/units/<int:unit_id>/letter", methods=["GET", "POST"])
@requires("report.letter")
def chasing_letter(inspection_id: int, unit_id: int):
    """The chasing letter form (coordinators): pick the reply date, download the letter; the
    letter is recorded in the history of every item it lists."""
    inspection, unit = load_unit_board_or_404(inspection_id, unit_id, "report.letter")
    current = today()
    error = None
    report_by_text = vn_date(current + timedelta(days=7))
    if request.method == "POST":
        report_by_text = request.form.get("report_by", "")
        try:
            report_by = letter.parse_report_by(report_by_text, current)
            result = send_letter(inspection, unit, current_user, report_by, current)
            db.session.commit()
            name = file_name(f"Văn bản đôn đốc - {unit.title_name}", current, "docx")
            return download(result.content, name, "docx")
        except (FormError, WorkflowError) as problem:
            db.session.rollback()
            error = getattr(problem, "message", None) or str(problem)
    rows = letter.overdue_rows(inspection, unit, current_user, current)
    page = render_template("reports/letter.html", inspection=inspection, unit=unit, rows=rows,
                           report_by=report_by_text, error=error, today=current)
    return page, 400 if error else 200
