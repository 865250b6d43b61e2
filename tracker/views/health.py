"""``GET /healthz``: is the application up, can it reach its database, when did the scheduled jobs
last succeed? No login needed."""

import logging

from flask import Blueprint, jsonify
from sqlalchemy import text

from tracker.extensions import db
from tracker.views.guard import requires

bp = Blueprint("health", __name__)
log = logging.getLogger(__name__)


@bp.get("/healthz")
@requires("public")
def healthz():
    """Report the database status as JSON (503 when it does not answer)."""
    try:
        db.session.execute(text("SELECT 1"))
        database = "ok"
    except Exception:  # noqa: BLE001 - any failure means "not healthy"
        log.exception("health check: database unreachable")
        db.session.rollback()
        database = "error"
    status = 200 if database == "ok" else 503
    extra = _scheduler_status() if database == "ok" else {}
    return jsonify(status="ok" if status == 200 else "error", database=database, **extra), status


def _scheduler_status() -> dict:
    """Last successful run of each scheduled job (ISO, UTC; null if never) and the outbox counts.

    Reported, not judged: the web workers stay healthy when the scheduler process is down, but a
    monitor can alert on a stale ``scheduler.reminders``.
    """
    from tracker.jobs import JOBS, last_runs
    from tracker.reminders.outbox import delivery_ages, status_counts

    try:
        runs = last_runs()
        counts = status_counts()
        ages = delivery_ages()
    except Exception:  # noqa: BLE001 - e.g. the outbox migration not applied yet
        log.exception("health check: scheduler status unavailable")
        db.session.rollback()
        return {"scheduler": "unknown"}
    scheduler = {job.id: (runs[job.id].last_success_at.isoformat()
                          if job.id in runs and runs[job.id].last_success_at else None) for job in JOBS}
    return {"scheduler": scheduler, "outbox": {"pending": counts["pending"], "failed": counts["failed"],
                                               "unknown": counts["unknown"], **ages}}
