"""``GET /healthz``: is the application up and can it reach its database? No login needed."""

import logging

from flask import Blueprint, jsonify
from sqlalchemy import text

from tracker.extensions import db

bp = Blueprint("health", __name__)
log = logging.getLogger(__name__)


@bp.get("/healthz")
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
    return jsonify(status="ok" if status == 200 else "error", database=database), status
