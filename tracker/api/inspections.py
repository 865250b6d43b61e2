"""``/api/v1/inspections``: the inspections a user may see, the findings that concern them, an
inspection's overview figures and its CSV/XLSX exports (the same queries and builders as the
pages)."""

import io

from flask import Blueprint, jsonify, request
from flask_login import current_user

from tracker.clock import today
from tracker.models import Inspection
from tracker.queries.board import overview
from tracker.queries.filters import ItemFilters
from tracker.queries.findings import findings_progress
from tracker.queries.inspections import visible_inspections
from tracker.queries.reports import unit_filters
from tracker.reports import csv_export, excel
from tracker.reports.files import download, file_name
from tracker.views.guard import load_or_404, requires

bp = Blueprint("inspections", __name__)


def _iso(value):
    return value.isoformat() if value is not None else None


@bp.get("/inspections")
@requires("inspection.list")
def list_inspections():
    """Inspections the token's user has something to see in, newest first."""
    return jsonify(inspections=[
        {"id": inspection.id, "title": inspection.title, "created_at": _iso(inspection.created_at),
         "coordinator_unit_id": inspection.coordinator_unit_id}
        for inspection in visible_inspections(current_user)])


@bp.get("/inspections/<int:inspection_id>/findings")
@requires("inspection.read")
def findings(inspection_id: int):
    """The inspection's findings the user may read (an officer: those concerning their unit),
    with counts per state."""
    inspection = load_or_404(Inspection, inspection_id, "inspection.read")
    return jsonify(findings=[
        {"id": row.finding.id, "text": row.finding.text, "category": row.finding.category,
         "total": row.total, "by_state": row.by_state, "overdue": row.overdue}
        for row in findings_progress(inspection, current_user, today())])


@bp.get("/inspections/<int:inspection_id>/overview")
@requires("board.overview")
def overview_figures(inspection_id: int):
    """Per unit and per time status: the overview page's numbers (same query, same filters)."""
    inspection = load_or_404(Inspection, inspection_id, "board.overview")
    data = overview(inspection, current_user, ItemFilters.from_args(request.args), today())
    return jsonify(
        inspection_id=inspection.id, total_items=data.total_items, by_time_status=data.totals,
        by_state=data.state_totals, units_by_status=data.units_by_status,
        units=[{"unit_id": row.unit_id, "name": row.name, "retired": row.retired, "total": row.total,
                "by_state": row.by_state, "by_time_status": row.by_status,
                "percent_verified": row.percent_verified} for row in data.rows])


@bp.get("/inspections/<int:inspection_id>/export.csv")
@requires("report.export")
def export_csv(inspection_id: int):
    """The items the user may see, with the board's filters from the query string, as CSV."""
    inspection = load_or_404(Inspection, inspection_id, "report.export")
    filters = unit_filters(ItemFilters.from_args(request.args), None)
    content = csv_export.csv_bytes(inspection, current_user, filters, today())
    return download(content, file_name("Nhiệm vụ khắc phục", today(), "csv"), "csv")


@bp.get("/inspections/<int:inspection_id>/export.xlsx")
@requires("report.export")
def export_xlsx(inspection_id: int):
    """Every item the user may see, with a summary sheet, as an Excel workbook."""
    inspection = load_or_404(Inspection, inspection_id, "report.export")
    buffer = io.BytesIO()
    excel.write_workbook(buffer, inspection, current_user, ItemFilters(), today())
    return download(buffer.getvalue(), file_name("Nhiệm vụ khắc phục", today(), "xlsx"), "xlsx")
