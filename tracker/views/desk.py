"""Desks for daily work. The coordinator's: reports waiting for verification across the
inspections their office follows up (oldest first, progress and evidence inline, bulk verify or
return with one reason) and the extension requests waiting for a decision."""

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user

from tracker.clock import today
from tracker.extensions import db
from tracker.forms import FormError, clean_text
from tracker.operations.bulk import run_bulk
from tracker.queries.board import Card, evidence_counts
from tracker.queries.desk import extension_requests, review_queue, waiting_ids
from tracker.queries.inspections import visible_inspections
from tracker.queries.timestatus import time_status
from tracker.queries.urgency import URGENCY_GROUPS, unit_work
from tracker.sanitize import parse_id
from tracker.views.feedback import flash_bulk
from tracker.views.guard import requires, safe_back
from tracker.workflow import allowed_triggers

bp = Blueprint("desk", __name__, url_prefix="/desk")


@bp.get("/")
@requires("desk.mine")
def mine():
    """"Việc của tôi": every unfinished item of the officer's unit, across inspections, by urgency."""
    current = today()
    work = unit_work(current_user, current_user.unit_id, current)
    items = [item for group in work.groups.values() for item in group]
    counts = evidence_counts([item.id for item in items])
    cards = {key: [Card(item, time_status(item.state, item.effective_deadline, item.reported_on, current),
                        counts.get(item.id, 0), allowed_triggers(item, current_user)) for item in group]
             for key, group in work.groups.items()}
    return render_template("desk/mine.html", cards=cards, groups=URGENCY_GROUPS,
                           total=work.total, inspections=visible_inspections(current_user))


@bp.get("/review")
@requires("desk.review")
def review():
    """The review queue (tab ``queue``) or the extension requests (tab ``extensions``)."""
    tab = "extensions" if request.args.get("tab") == "extensions" else "queue"
    page = request.args.get("page", "1")
    queue = (extension_requests(current_user) if tab == "extensions"
             else review_queue(current_user, min(parse_id(page) or 1, 100_000)))
    return render_template("desk/review.html", queue=queue, tab=tab)


@bp.post("/review")
@requires("desk.review")
def bulk():
    """Verify or return the ticked reports (each item checked and recorded on its own)."""
    action = request.form.get("action", "")
    ids = [value for value in map(parse_id, request.form.getlist("item_id")) if value]
    if request.form.get("everything") == "1":  # "all N waiting", across the queue's pages
        ids = waiting_ids(current_user)
    try:
        if action not in ("verify", "return_"):
            raise FormError("Vui lòng chọn “Xác nhận hoàn thành” hoặc “Trả lại”.")
        reason = clean_text(request.form.get("text"), 2000)
        if action == "return_" and not reason:
            raise FormError("Vui lòng nhập lý do trả lại.")
        if not ids:
            raise FormError("Chưa chọn báo cáo nào.")
        result = run_bulk(None, current_user, action, ids, reason, None)
        db.session.commit()
        flash_bulk(result)
    except FormError as error:
        db.session.rollback()
        flash(str(error), "error")
    return redirect(safe_back(url_for("desk.review")))
