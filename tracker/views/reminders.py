"""The coordinator's "Đôn đốc" button and the administrators' outbox page (thư đi)."""

import logging

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from tracker.clock import today
from tracker.extensions import db
from tracker.models import OUTBOX_STATUSES, OutboxMessage, Unit
from tracker.operations import chasing
from tracker.reminders import outbox as outbox_service
from tracker.views.guard import load_or_404, requires, safe_back

bp = Blueprint("reminders", __name__)
log = logging.getLogger(__name__)

PAGE_SIZE = 200


@bp.post("/units/<int:unit_id>/nudge")
@requires("unit.nudge")
def nudge(unit_id: int):
    """Send the unit's officers an immediate digest of their unfinished items (once a day).

    Answers htmx with the button's replacement (a status line), a plain POST with a redirect.
    """
    unit = load_or_404(Unit, unit_id, "unit.nudge")
    if not unit.active:
        abort(404)
    result = chasing.nudge(unit, current_user, today())
    if result.sent:
        db.session.commit()
        log.info("unit %s nudged by %s: %s addresses, %s items", unit.id, current_user.email,
                 result.recipients, result.items)
    else:
        db.session.rollback()
    if request.headers.get("HX-Request"):
        return render_template("reminders/_nudge_status.html", result=result)
    flash(result.message, "success" if result.sent else "warning")
    return redirect(safe_back(url_for("board.home")))


@bp.get("/admin/outbox")
@requires("outbox.manage")
def outbox():
    """The outbox, newest first, filterable by status: what went out, what waits, what failed."""
    status = request.args.get("status")
    status = status if status in OUTBOX_STATUSES else None
    return render_template("reminders/outbox.html", rows=outbox_service.recent(status, PAGE_SIZE),
                           counts=outbox_service.status_counts(), status=status,
                           statuses=OUTBOX_STATUSES, page_size=PAGE_SIZE)


@bp.post("/admin/outbox/<int:message_id>/retry")
@requires("outbox.manage")
def retry(message_id: int):
    """Queue a failed message again (after fixing the address or the mail server)."""
    load_or_404(OutboxMessage, message_id, "outbox.manage")
    if outbox_service.retry(message_id):
        db.session.commit()
        flash("Đã đưa thư trở lại hàng đợi; thư sẽ được gửi trong lần gửi kế tiếp.", "success")
    else:
        db.session.rollback()
        flash("Chỉ gửi lại được thư đang ở trạng thái gửi lỗi.", "warning")
    return redirect(url_for("reminders.outbox", status="failed"))


@bp.get("/reminders/failures")
@requires("outbox.failures")
def failures():
    """Messages about the user's units that could not be delivered (a 5xx from the relay)."""
    from tracker.queries.delivery import failures_seen_by

    return render_template("reminders/failures.html", failures=failures_seen_by(current_user, PAGE_SIZE),
                           statuses=OUTBOX_STATUSES)
