"""Downloads: the Word reports, the Excel workbook, the CSV of a board, the chasing letter.

Every route checks visibility the way the board does: an officer reaches only their own unit,
and anything else is a 404 (never a 403 that would confirm it exists).
"""

import io
from datetime import timedelta

from flask import Blueprint, abort, render_template, request
from flask_login import current_user, login_required

from tracker.clock import today, vn_date
from tracker.extensions import db
from tracker.forms import FormError
from tracker.models import Inspection, Unit
from tracker.reports import csv_export, excel, letter, word
from tracker.queries.reports import unit_filters
from tracker.reports.files import download, file_name
from tracker.queries.filters import ItemFilters

bp = Blueprint("reports", __name__)


def _inspection_or_404(inspection_id: int) -> Inspection:
    inspection = db.session.get(Inspection, inspection_id)
    if inspection is None:
        abort(404)
    return inspection


def _unit_or_404(unit_id: int) -> Unit:
    """The unit if the user may see its items (officers: only their own)."""
    if not current_user.sees_all_units and current_user.unit_id != unit_id:
        abort(404)
    return db.session.get(Unit, unit_id) or abort(404)


@bp.get("/inspections/<int:inspection_id>/report.docx")
@login_required
def inspection_docx(inspection_id: int):
    """Phòng Nội vụ's report on the whole inspection (for those who see every unit)."""
    if not current_user.sees_all_units:
        abort(404)
    inspection = _inspection_or_404(inspection_id)
    content = word.inspection_report(inspection, current_user, today())
    return download(content, file_name("Báo cáo kết quả khắc phục", today(), "docx"), "docx")


@bp.get("/inspections/<int:inspection_id>/units/<int:unit_id>/report.docx")
@login_required
def unit_docx(inspection_id: int, unit_id: int):
    """A unit's own report, to send upward."""
    unit = _unit_or_404(unit_id)
    inspection = _inspection_or_404(inspection_id)
    content = word.unit_report(inspection, unit, current_user, today())
    name = file_name(f"Báo cáo kết quả khắc phục - {unit.title_name}", today(), "docx")
    return download(content, name, "docx")


@bp.get("/inspections/<int:inspection_id>/export.xlsx")
@bp.get("/inspections/<int:inspection_id>/units/<int:unit_id>/export.xlsx")
@login_required
def xlsx(inspection_id: int, unit_id: int | None = None):
    """Every item the user may see (of one unit when given), with a summary sheet.

    Board filters are deliberately not applied: the workbook is the full record, and Excel's own
    filters narrow it; the CSV is the export of exactly what a page shows.
    """
    unit = _unit_or_404(unit_id) if unit_id else None
    inspection = _inspection_or_404(inspection_id)
    buffer = io.BytesIO()
    excel.write_workbook(buffer, inspection, current_user, unit_filters(ItemFilters(), unit_id), today())
    label = "Nhiệm vụ khắc phục" + (f" - {unit.title_name}" if unit else "")
    return download(buffer.getvalue(), file_name(label, today(), "xlsx"), "xlsx")


@bp.get("/inspections/<int:inspection_id>/export.csv")
@bp.get("/inspections/<int:inspection_id>/units/<int:unit_id>/export.csv")
@login_required
def csv(inspection_id: int, unit_id: int | None = None):
    """The items the overview or a unit board shows, with the same filters from the URL."""
    unit = _unit_or_404(unit_id) if unit_id else None
    inspection = _inspection_or_404(inspection_id)
    filters = unit_filters(ItemFilters.from_args(request.args), unit_id)
    content = csv_export.csv_bytes(inspection, current_user, filters, today())
    label = "Nhiệm vụ khắc phục" + (f" - {unit.title_name}" if unit else "")
    return download(content, file_name(label, today(), "csv"), "csv")


@bp.route("/inspections/<int:inspection_id>/units/<int:unit_id>/letter", methods=["GET", "POST"])
@login_required
def chasing_letter(inspection_id: int, unit_id: int):
    """The chasing letter form (coordinators): pick the reply date, download the letter; the
    letter is recorded in the history of every item it lists."""
    unit = _unit_or_404(unit_id)
    if not current_user.coordinates:
        abort(403)
    inspection = _inspection_or_404(inspection_id)
    current = today()
    error = None
    report_by_text = vn_date(current + timedelta(days=7))
    if request.method == "POST":
        report_by_text = request.form.get("report_by", "")
        try:
            report_by = letter.parse_report_by(report_by_text, current)
            result = letter.chasing_letter(inspection, unit, current_user, report_by, current)
            db.session.commit()
            name = file_name(f"Văn bản đôn đốc - {unit.title_name}", current, "docx")
            return download(result.content, name, "docx")
        except FormError as problem:
            db.session.rollback()
            error = str(problem)
    rows = letter.overdue_rows(inspection, unit, current_user, current)
    page = render_template("reports/letter.html", inspection=inspection, unit=unit, rows=rows,
                           report_by=report_by_text, error=error, today=current)
    return page, 400 if error else 200
