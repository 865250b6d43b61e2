"""Importing a conclusion: upload → review → confirm (coordinators).

Nothing touches the database before confirm: the uploaded file waits under ``instance/imports``
by a random token bound to the user's session, and the review form carries the whole draft.
Confirming calls the one confirm-import operation (``operations.inspections.confirm_import``),
which the command line uses too.
"""

import logging
import secrets
import time
from pathlib import Path

from flask import (
    Blueprint,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_login import current_user

from tracker.extensions import db
from tracker.forms import FormError
from tracker.importer import service
from tracker.importer.reader import SUPPORTED_LABEL, extension_of
from tracker.importer.review import NEW_UNIT, Review
from tracker.models import UNIT_KINDS, Inspection
from tracker.operations import inspections as operations
from tracker.operations.units import UnitError
from tracker.queries import units as unit_queries
from tracker.sanitize import parse_id
from tracker.views.guard import requires
from tracker.workflow import WorkflowError

bp = Blueprint("imports", __name__, url_prefix="/inspections")
log = logging.getLogger(__name__)

PENDING_LIFETIME = 24 * 3600  # seconds an uploaded file waits for its confirm


# --- import --------------------------------------------------------------------------------------


def _pending_dir() -> Path:
    folder = Path(current_app.instance_path) / "imports"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _prune_pending() -> None:
    cutoff = time.time() - PENDING_LIFETIME
    for path in _pending_dir().iterdir():
        if path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)


def _pending_path(token: str, filename: str) -> Path | None:
    """The waiting upload, only for the session that uploaded it."""
    if session.get("imports", {}).get(token) != filename or not token.replace("-", "").replace("_", "").isalnum():
        return None
    path = _pending_dir() / f"{token}.{extension_of(filename)}"
    return path if path.exists() else None


def _upload_page() -> str:
    return render_template("inspections/upload.html", districts=unit_queries.areas(),
                           supported=SUPPORTED_LABEL, limit=service.max_bytes() // (1024 * 1024))


@bp.get("/import")
@requires("inspection.import")
def upload_form():
    """The upload form."""
    return _upload_page()


@bp.post("/import")
@requires("inspection.import")
def upload():
    """Read the file and show the review page; nothing is written to the database."""
    upload = request.files.get("file")
    district = request.form.get("district") or None
    if upload is None or not upload.filename:
        flash("Vui lòng chọn tệp kết luận để tải lên.", "error")
        return redirect(url_for("imports.upload_form"))
    filename = Path(upload.filename).name
    data = upload.read(service.max_bytes() + 1)
    try:
        area = unit_queries.get_unit(parse_id(district))
        district_name = area.name if area else None
        draft = service.read_draft(filename, data, district_name)
    except service.ImportFailure as error:
        flash(str(error), "error")
        return _upload_page(), 422
    _prune_pending()
    token = secrets.token_urlsafe(16)
    (_pending_dir() / f"{token}.{extension_of(filename)}").write_bytes(data)
    pending = dict(session.get("imports", {}))
    pending[token] = filename
    session["imports"] = dict(list(pending.items())[-5:])
    review = Review.from_draft(draft, token, filename)
    offered = [unit.id for unit in unit_queries.assignable_units(current_user)]
    if district_name:
        offered += [unit.id for unit in service.registry(service.find_district(district_name))[1]]
    review.candidate_ids = list(dict.fromkeys(review.candidate_ids + offered[:300]))
    log.info("import: %s read by %s: %d findings", filename, current_user.email, len(draft.findings))
    return _render_review(review, previous=service.already_imported(service.digest(data)))


def _render_review(review: Review, previous: Inspection | None = None, status: int = 200):
    choosable = [unit for unit in unit_queries.active_units() if unit.kind != "tinh"]
    wanted = set(review.candidate_ids)
    candidates = [unit for unit in choosable if unit.id in wanted]
    return render_template(
        "inspections/review.html", review=review, candidates=candidates, choosable=choosable,
        without_officer=unit_queries.without_officers(candidates),
        previous=previous, kinds=UNIT_KINDS, NEW_UNIT=NEW_UNIT,
        pair_count=sum(len(finding.unit_ids) for finding in review.findings if finding.include),
    ), status


@bp.post("/import/confirm")
@requires("inspection.import")
def confirm():
    """Write everything in one transaction, keep the original file, or show what to fix."""
    review = Review.from_form(request.form)
    path = _pending_path(review.token, review.filename)
    if path is None:
        flash("Phiên nhập đã hết hạn hoặc tệp không còn: vui lòng tải tệp lên lại. Chưa có gì được lưu.", "error")
        return redirect(url_for("imports.upload_form"))
    data = path.read_bytes()
    new_names = [name for name in review.unresolved if review.mapping.get(name) == NEW_UNIT]
    try:
        review.to_plan(dict.fromkeys(new_names, -1))  # validate before creating anything
    except FormError as error:
        flash(str(error), "error")
        return _render_review(review, status=422)
    new_units = {name: operations.NewUnit(review.new_names[name], review.new_kinds.get(name) or "xa")
                 for name in new_names}
    try:
        inspection = operations.confirm_import(current_user, review.filename, data, review.to_plan, new_units)
        db.session.commit()
    except (UnitError, WorkflowError, FormError) as error:
        db.session.rollback()
        flash(getattr(error, "message", None) or str(error), "error")
        return _render_review(review, status=422)
    except Exception:
        db.session.rollback()
        log.exception("import: confirm of %s failed", review.filename)
        flash("Không lưu được đợt kiểm tra do lỗi hệ thống; chưa có gì được lưu. Chi tiết đã ghi vào nhật ký.",
              "error")
        return _render_review(review, status=500)
    path.unlink(missing_ok=True)
    pending = dict(session.get("imports", {}))
    pending.pop(review.token, None)
    session["imports"] = pending
    items = sum(len(finding.items) for finding in inspection.findings)
    flash(f"Đã nhập “{inspection.title}”: {len(inspection.findings)} hạn chế, {items} nhiệm vụ.", "success")
    return redirect(url_for("board.overview", inspection_id=inspection.id))
