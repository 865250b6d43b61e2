"""The board: landing page, inspections, the overview per unit, a unit's board, findings, bulk."""

import logging

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from tracker.clock import today
from tracker.extensions import db
from tracker.forms import FormError, parse_date
from tracker.models import Finding, Inspection, Unit
from tracker.queries import board as board_service
from tracker.operations.bulk import run_bulk
from tracker.queries.filters import ItemFilters
from tracker.views.fragments import render_page_or_block

bp = Blueprint("board", __name__)
log = logging.getLogger(__name__)


def _inspection_or_404(inspection_id: int) -> Inspection:
    inspection = db.session.get(Inspection, inspection_id)
    if inspection is None:
        abort(404)
    return inspection


def _coordinator_only() -> None:
    if not current_user.coordinates:
        abort(403)


@bp.get("/")
@login_required
def home():
    """Officers land on their unit's board of the latest inspection; others on its overview."""
    inspections = board_service.visible_inspections(current_user)
    if not inspections:
        return redirect(url_for("items.index"))
    latest = inspections[0]
    if current_user.sees_all_units:
        return redirect(url_for("board.overview", inspection_id=latest.id))
    return redirect(url_for("board.unit", inspection_id=latest.id, unit_id=current_user.unit_id))


@bp.get("/inspections")
@login_required
def inspections():
    """Every inspection the user can see."""
    return render_template("board/inspections.html",
                           inspections=board_service.visible_inspections(current_user))


@bp.get("/inspections/<int:inspection_id>")
@login_required
def overview(inspection_id: int):
    """Progress per unit: counts per state and time status, sortable and filterable by URL."""
    if not current_user.sees_all_units:
        return redirect(url_for("board.unit", inspection_id=inspection_id, unit_id=current_user.unit_id))
    inspection = _inspection_or_404(inspection_id)
    filters = ItemFilters.from_args(request.args)
    sort = request.args.get("sort", "overdue")
    descending = request.args.get("dir", "asc" if sort == "name" else "desc") == "desc"
    page = request.args.get("page", "1")
    data = board_service.overview(inspection, current_user, filters, today(), sort, descending,
                                  int(page) if page.isdigit() else 1)
    response = render_page_or_block(
        "board/overview.html", {"overview-body": "overview_body"},
        data=data, inspection=inspection, filters=filters,
        sorts=board_service.SORTS, today=today(),
    )
    return response


@bp.get("/inspections/<int:inspection_id>/units/<int:unit_id>")
@login_required
def unit(inspection_id: int, unit_id: int):
    """A unit's four columns. Another unit's board is a 404 for an officer."""
    if not current_user.sees_all_units and current_user.unit_id != unit_id:
        abort(404)
    inspection = _inspection_or_404(inspection_id)
    unit_ = db.session.get(Unit, unit_id) or abort(404)
    filters = ItemFilters.from_args(request.args)
    data = board_service.unit_board(inspection, unit_, current_user, filters, today())
    return render_page_or_block("board/unit.html", {"board-columns": "columns"},
                                data=data, inspection=inspection, unit=unit_, filters=filters)


@bp.get("/inspections/<int:inspection_id>/findings")
@login_required
def findings(inspection_id: int):
    """Each finding with its progress across the units it concerns."""
    inspection = _inspection_or_404(inspection_id)
    rows = board_service.findings_progress(inspection, current_user, today())
    return render_template("board/findings.html", inspection=inspection, rows=rows)


@bp.get("/inspections/<int:inspection_id>/findings/<int:finding_id>")
@login_required
def finding(inspection_id: int, finding_id: int):
    """One finding's items across units, with bulk actions for coordinators."""
    inspection = _inspection_or_404(inspection_id)
    finding_ = db.session.get(Finding, finding_id)
    if finding_ is None or finding_.inspection_id != inspection.id:
        abort(404)
    cards = board_service.finding_items(inspection, finding_, current_user, today())
    if not cards and not current_user.sees_all_units:
        abort(404)
    return render_template("board/finding.html", inspection=inspection, finding=finding_, cards=cards)


@bp.post("/inspections/<int:inspection_id>/bulk")
@login_required
def bulk(inspection_id: int):
    """Verify, return or extend several items at once; each item still gets its own event."""
    _coordinator_only()
    inspection = _inspection_or_404(inspection_id)
    action = request.form.get("action", "")
    ids = [int(value) for value in request.form.getlist("item_id") if value.isdigit()]
    try:
        new_deadline = parse_date(request.form.get("deadline"), required=action == "extend")
        result = run_bulk(inspection, current_user, action, ids, request.form.get("text", ""), new_deadline)
        db.session.commit()
        flash(result.message, "success" if not result.failures else "warning")
        for failure in result.failures[:10]:
            flash(failure, "error")
    except FormError as error:
        db.session.rollback()
        flash(str(error), "error")
    return redirect(_safe_back(url_for("board.overview", inspection_id=inspection.id)))


@bp.get("/inspections/<int:inspection_id>/extensions")
@login_required
def extensions(inspection_id: int):
    """Pending extension requests (đề nghị gia hạn) of an inspection, for coordinators."""
    _coordinator_only()
    inspection = _inspection_or_404(inspection_id)
    items = board_service.pending_extensions(inspection, current_user)
    return render_template("board/extensions.html", inspection=inspection, items=items)


def _safe_back(default: str) -> str:
    """Where a form wants to return to, if it stays on this site."""
    target = request.form.get("back") or ""
    return target if target.startswith("/") and not target.startswith("//") else default
