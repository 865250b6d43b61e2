"""The board: landing page, inspections, the overview per unit, a unit's board, findings, bulk."""

import logging

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from tracker.access import can, reads_whole
from tracker.clock import today
from tracker.extensions import db
from tracker.forms import FormError, parse_date
from tracker.models import Finding, Inspection
from tracker.operations.bulk import run_bulk
from tracker.queries import board as board_queries
from tracker.queries import findings as findings_queries
from tracker.queries.filters import ItemFilters
from tracker.queries.inspections import visible_inspections
from tracker.sanitize import parse_id
from tracker.views.feedback import flash_bulk
from tracker.views.fragments import render_page_or_block
from tracker.views.guard import load_or_404, load_unit_board_or_404, requires, safe_back

bp = Blueprint("board", __name__)
log = logging.getLogger(__name__)


@bp.get("/")
@requires("inspection.list")
def home():
    """Officers land on their desk ("Việc của tôi"); others on the latest inspection's overview."""
    if can(current_user, "desk.mine"):
        return redirect(url_for("desk.mine"))  # their unit's work across every inspection
    inspections = visible_inspections(current_user)
    if not inspections:
        return redirect(url_for("items.index"))
    return redirect(url_for("board.overview", inspection_id=inspections[0].id))


@bp.get("/inspections")
@requires("inspection.list")
def inspections():
    """Every inspection the user has something to see in."""
    return render_template("board/inspections.html",
                           inspections=visible_inspections(current_user))


@bp.get("/inspections/<int:inspection_id>")
@requires("inspection.read")
def overview(inspection_id: int):
    """Progress per unit: counts per state and time status, sortable and filterable by URL.

    An officer is sent to their own unit's board of the inspection."""
    inspection = load_or_404(Inspection, inspection_id, "inspection.read")
    if not can(current_user, "board.overview", inspection):
        return redirect(url_for("board.unit", inspection_id=inspection.id, unit_id=current_user.unit_id))
    filters = ItemFilters.from_args(request.args)
    sort = request.args.get("sort", "overdue")
    descending = request.args.get("dir", "asc" if sort == "name" else "desc") == "desc"
    page = request.args.get("page", "1")
    page = min(parse_id(page) or 1, 100_000)
    version = board_queries.overview_version(inspection, current_user, filters, today(), sort, descending, page)
    if request.headers.get("HX-Request") and request.headers.get("X-Board-Version") == version:
        return "", 204  # the minute's refresh: nothing changed, htmx swaps nothing
    data = board_queries.overview(inspection, current_user, filters, today(), sort, descending, page)
    return render_page_or_block(
        "board/overview.html", {"overview-body": "overview_body"},
        data=data, inspection=inspection, filters=filters, version=version,
        sorts=board_queries.SORTS, today=today(),
    )


@bp.get("/inspections/<int:inspection_id>/units/<int:unit_id>")
@requires("board.unit")
def unit(inspection_id: int, unit_id: int):
    """A unit's four columns. Another unit's board is a 404 for an officer."""
    inspection, unit_ = load_unit_board_or_404(inspection_id, unit_id)
    filters = ItemFilters.from_args(request.args)
    data = board_queries.unit_board(inspection, unit_, current_user, filters, today())
    return render_page_or_block("board/unit.html", {"board-columns": "columns"},
                                data=data, inspection=inspection, unit=unit_, filters=filters)


@bp.get("/inspections/<int:inspection_id>/findings")
@requires("inspection.read")
def findings(inspection_id: int):
    """Each finding (that the user may read) with its progress across the units it concerns."""
    inspection = load_or_404(Inspection, inspection_id, "inspection.read")
    rows = findings_queries.findings_progress(inspection, current_user, today())
    return render_template("board/findings.html", inspection=inspection, rows=rows)


@bp.get("/inspections/<int:inspection_id>/findings/<int:finding_id>")
@requires("inspection.read")
def finding(inspection_id: int, finding_id: int):
    """One finding's items across units, with bulk actions for coordinators."""
    finding_ = load_or_404(Finding, finding_id, "inspection.read")
    if finding_.inspection_id != inspection_id:
        abort(404)
    inspection = finding_.inspection
    cards = findings_queries.finding_items(inspection, finding_, current_user, today())
    if not cards and not reads_whole(current_user, inspection):
        abort(404)  # nothing of it concerns this reader: its text is not theirs to read
    return render_template("board/finding.html", inspection=inspection, finding=finding_, cards=cards)


@bp.post("/inspections/<int:inspection_id>/bulk")
@requires("item.bulk")
def bulk(inspection_id: int):
    """Verify, return or extend several items at once; each item still gets its own event."""
    inspection = load_or_404(Inspection, inspection_id, "item.bulk")
    action = request.form.get("action", "")
    ids = [value for value in map(parse_id, request.form.getlist("item_id")) if value]
    try:
        new_deadline = parse_date(request.form.get("deadline"), required=action == "extend")
        result = run_bulk(inspection, current_user, action, ids, request.form.get("text", ""), new_deadline)
        db.session.commit()
        flash_bulk(result)
    except FormError as error:
        db.session.rollback()
        flash(str(error), "error")
    return redirect(safe_back(url_for("board.overview", inspection_id=inspection.id)))


@bp.get("/inspections/<int:inspection_id>/extensions")
@requires("board.extensions")
def extensions(inspection_id: int):
    """Pending extension requests (đề nghị gia hạn) of an inspection, for its coordinators."""
    inspection = load_or_404(Inspection, inspection_id, "board.extensions")
    items = findings_queries.pending_extensions(inspection, current_user)
    return render_template("board/extensions.html", inspection=inspection, items=items)
