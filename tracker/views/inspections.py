"""Inspections for coordinators: import a conclusion (upload → review → confirm), create one by
hand, edit its header and findings, add units to a finding later, download the original file.

Nothing touches the database before confirm: the uploaded file waits under ``instance/imports``
by a random token bound to the user's session, and the review form carries the whole draft.
"""

import logging
import secrets
import time
from pathlib import Path

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    send_file,
    session,
    url_for,
)
from flask_login import current_user, login_required
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from tracker.categories import CATEGORIES
from tracker.clock import vn_date
from tracker.extensions import db
from tracker.forms import FormError, parse_date
from tracker.importer import service
from tracker.importer.load import PlannedInspection, add_items, create_inspection
from tracker.importer.reader import SUPPORTED_LABEL, extension_of
from tracker.importer.review import NEW_UNIT, Review
from tracker.models import UNIT_KINDS, Finding, Inspection, Item, Unit
from tracker.queries import board as board_service
from tracker.text import sort_key

bp = Blueprint("inspections", __name__, url_prefix="/inspections")
log = logging.getLogger(__name__)

PENDING_LIFETIME = 24 * 3600  # seconds an uploaded file waits for its confirm


@bp.before_request
@login_required
def coordinators_only():
    if request.endpoint == "inspections.source":
        return None  # anyone who can see the inspection may download its original
    if not current_user.coordinates:
        abort(403)
    return None


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


def _districts() -> list[Unit]:
    units = db.session.scalars(
        select(Unit).where(Unit.retired_at.is_(None), Unit.kind.in_(("huyen", "tinh")))
    ).all()
    return sorted(units, key=lambda unit: sort_key(unit.name))


def _upload_page() -> str:
    return render_template("inspections/upload.html", districts=_districts(), supported=SUPPORTED_LABEL,
                           limit=service.max_bytes() // (1024 * 1024))


@bp.get("/import")
def upload_form():
    return _upload_page()


@bp.post("/import")
def upload():
    """Read the file and show the review page; nothing is written to the database."""
    upload = request.files.get("file")
    district = request.form.get("district") or None
    if upload is None or not upload.filename:
        flash("Vui lòng chọn tệp kết luận để tải lên.", "error")
        return redirect(url_for("inspections.upload_form"))
    filename = Path(upload.filename).name
    data = upload.read(service.max_bytes() + 1)
    try:
        district_name = db.session.get(Unit, int(district)).name if district and district.isdigit() else None
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
    offered = [unit.id for unit in _commune_choices()]
    if district_name:
        offered += [unit.id for unit in service.registry(service.find_district(district_name))[1]]
    review.candidate_ids = list(dict.fromkeys(review.candidate_ids + offered[:300]))
    log.info("import: %s read by %s: %d findings", filename, current_user.email, len(draft.findings))
    return _render_review(review, previous=service.already_imported(service.digest(data)))


def _render_review(review: Review, previous: Inspection | None = None, status: int = 200):
    units = {unit.id: unit for unit in db.session.scalars(select(Unit).where(Unit.retired_at.is_(None)))}
    candidates = [units[unit_id] for unit_id in review.candidate_ids if unit_id in units]
    candidates.sort(key=lambda unit: sort_key(unit.name))
    choosable = sorted((unit for unit in units.values() if unit.kind not in {"tinh"}),
                       key=lambda unit: sort_key(unit.name))
    return render_template(
        "inspections/review.html", review=review, candidates=candidates, choosable=choosable,
        previous=previous, kinds=UNIT_KINDS, NEW_UNIT=NEW_UNIT,
        pair_count=sum(len(finding.unit_ids) for finding in review.findings if finding.include),
    ), status


@bp.post("/import/confirm")
def confirm():
    """Write everything in one transaction, keep the original file, or show what to fix."""
    review = Review.from_form(request.form)
    path = _pending_path(review.token, review.filename)
    if path is None:
        flash("Phiên nhập đã hết hạn hoặc tệp không còn: vui lòng tải tệp lên lại. Chưa có gì được lưu.", "error")
        return redirect(url_for("inspections.upload_form"))
    data = path.read_bytes()
    new_names = [name for name in review.unresolved if review.mapping.get(name) == NEW_UNIT]
    try:
        review.to_plan(dict.fromkeys(new_names, -1))  # validate before creating anything
    except FormError as error:
        flash(str(error), "error")
        return _render_review(review, status=422)
    plan: PlannedInspection | None = None
    try:
        created = {}
        parent_id = current_user.unit.parent_id if current_user.unit else None
        for name in new_names:
            unit = Unit(name=review.new_names[name], kind=review.new_kinds.get(name) or "xa", parent_id=parent_id)
            db.session.add(unit)
            db.session.flush()
            created[name] = unit.id
        plan = review.to_plan(created)
        plan.coordinator_unit_id = current_user.unit_id
        inspection = service.create_from_plan(plan, current_user, review.filename, data)
        db.session.commit()
    except Exception:
        db.session.rollback()
        if plan is not None:
            service.discard_source(plan)
        log.exception("import: confirm of %s failed", review.filename)
        flash("Không lưu được đợt kiểm tra do lỗi hệ thống; chưa có gì được lưu. Chi tiết đã ghi vào nhật ký.",
              "error")
        return _render_review(review, status=500)
    path.unlink(missing_ok=True)
    pending = dict(session.get("imports", {}))
    pending.pop(review.token, None)
    session["imports"] = pending
    items = sum(len(finding.unit_ids) for finding in plan.findings)
    flash(f"Đã nhập “{inspection.title}”: {len(plan.findings)} hạn chế, {items} nhiệm vụ.", "success")
    return redirect(url_for("board.overview", inspection_id=inspection.id))


# --- by hand -------------------------------------------------------------------------------------


def _commune_choices() -> list[Unit]:
    """Units a finding can be assigned to: the coordinator's district's communes, else all."""
    units = db.session.scalars(select(Unit).where(Unit.retired_at.is_(None))).all()
    district_id = current_user.unit.parent_id if current_user.unit else None
    communes = [unit for unit in units if unit.kind in service.COMMUNE_KINDS]
    own = [unit for unit in communes if district_id and unit.parent_id == district_id]
    return sorted(own or communes, key=lambda unit: sort_key(unit.name))


def _inspection_or_404(inspection_id: int) -> Inspection:
    inspection = db.session.get(Inspection, inspection_id)
    if inspection is None:
        abort(404)
    return inspection


def _header_fields(form) -> dict:
    """Title, number, dates and place from a form; ``FormError`` names the first wrong field."""
    title = form.get("title", "").strip()
    if not title:
        raise FormError("Vui lòng nhập tên đợt kiểm tra.")
    try:
        issued_on = parse_date(form.get("issued_on"), required=False)
    except FormError as error:
        raise FormError(f"Ngày ban hành: {error}") from None
    try:
        report_deadline = parse_date(form.get("report_deadline"), required=False)
    except FormError as error:
        raise FormError(f"Thời hạn báo cáo: {error}") from None
    return {"title": title, "number": form.get("number", "").strip() or None,
            "issue_place": form.get("issue_place", "").strip() or None,
            "issued_on": issued_on, "report_deadline": report_deadline}


@bp.route("/new", methods=["GET", "POST"])
def new():
    """Create an inspection by hand (no document), then add its findings."""
    if request.method == "POST":
        try:
            fields = _header_fields(request.form)
        except FormError as error:
            flash(str(error), "error")
            return render_template("inspections/new.html", form=request.form), 422
        inspection = create_inspection(
            PlannedInspection(findings=[], coordinator_unit_id=current_user.unit_id, **fields), current_user)
        db.session.commit()
        flash("Đã tạo đợt kiểm tra; hãy thêm các hạn chế.", "success")
        return redirect(url_for("inspections.edit", inspection_id=inspection.id))
    return render_template("inspections/new.html", form={})


@bp.route("/<int:inspection_id>/edit", methods=["GET", "POST"])
def edit(inspection_id: int):
    """The inspection's header and its findings, each editable; add a finding."""
    inspection = db.session.scalar(
        select(Inspection).where(Inspection.id == inspection_id).options(
            selectinload(Inspection.findings).selectinload(Finding.items).joinedload(Item.unit))
    )  # the page names every finding's units: three queries, not one per finding
    if inspection is None:
        abort(404)
    status = 200
    if request.method == "POST":
        try:
            fields = _header_fields(request.form)
        except FormError as error:
            flash(str(error), "error")
            status = 422
        else:
            for name, value in fields.items():
                setattr(inspection, name, value)
            db.session.commit()
            flash("Đã lưu thông tin đợt kiểm tra.", "success")
            return redirect(url_for("inspections.edit", inspection_id=inspection.id))
    return render_template("inspections/edit.html", inspection=inspection, units=_commune_choices(),
                           form=request.form if status != 200 else None), status


@bp.post("/<int:inspection_id>/findings")
def add_finding(inspection_id: int):
    """A new finding with its units; each unit gets an item with the chosen deadline."""
    inspection = _inspection_or_404(inspection_id)
    form = request.form
    text = form.get("text", "").strip()
    unit_ids = [int(value) for value in form.getlist("units") if value.isdigit()]
    try:
        if not text:
            raise FormError("Vui lòng nhập nội dung hạn chế.")
        deadline = _finding_deadline(form, inspection)
        if not unit_ids:
            raise FormError("Hãy chọn ít nhất một đơn vị.")
    except FormError as error:
        flash(str(error), "error")
        return render_template("inspections/edit.html", inspection=inspection, units=_commune_choices(),
                               new_finding=form), 422
    finding = Finding(inspection=inspection, text=text, category=_category(form),
                      heading=form.get("heading", "").strip() or None,
                      position=len(inspection.findings) + 1)
    db.session.add(finding)
    add_items(finding, _known_units(unit_ids), deadline, current_user)
    db.session.commit()
    flash(f"Đã thêm hạn chế và giao cho {len(unit_ids)} đơn vị.", "success")
    return redirect(url_for("inspections.edit", inspection_id=inspection.id) + f"#finding-{finding.id}")


def _category(form) -> str:
    category = form.get("category", "khac")
    return category if category in CATEGORIES else "khac"


def _finding_deadline(form, inspection: Inspection):
    if form.get("ongoing"):
        return None
    try:
        own = parse_date(form.get("deadline"), required=False)
    except FormError as error:
        raise FormError(f"Thời hạn: {error}") from None
    deadline = own or inspection.report_deadline
    if deadline is None:
        raise FormError("Chưa có thời hạn: nhập thời hạn, hoặc chọn “Thường xuyên”.")
    return deadline


def _known_units(unit_ids: list[int]) -> list[int]:
    found = set(db.session.scalars(select(Unit.id).where(Unit.id.in_(unit_ids), Unit.retired_at.is_(None))))
    return [unit_id for unit_id in unit_ids if unit_id in found]


@bp.route("/<int:inspection_id>/findings/<int:finding_id>/edit", methods=["GET", "POST"])
def edit_finding(inspection_id: int, finding_id: int):
    """Correct a finding's text, category and heading; assign it to more units."""
    inspection = _inspection_or_404(inspection_id)
    finding = db.session.get(Finding, finding_id)
    if finding is None or finding.inspection_id != inspection.id:
        abort(404)
    assigned = {item.unit_id for item in finding.items}
    if request.method == "POST":
        form = request.form
        text = form.get("text", "").strip()
        new_units = [unit_id for unit_id in (int(v) for v in form.getlist("units") if v.isdigit())
                     if unit_id not in assigned]
        try:
            if not text:
                raise FormError("Nội dung hạn chế không được để trống.")
            deadline = _finding_deadline(form, inspection) if new_units else None
        except FormError as error:
            flash(str(error), "error")
            return render_template("inspections/finding.html", inspection=inspection, finding=finding,
                                   units=_commune_choices(), assigned=assigned, form=form), 422
        finding.text = text
        finding.category = _category(form)
        finding.heading = form.get("heading", "").strip() or None
        if form.get("clear_note"):
            finding.review_note = None
        added = add_items(finding, _known_units(new_units), deadline, current_user) if new_units else []
        db.session.commit()
        message = "Đã lưu hạn chế."
        if added:
            message += f" Đã giao thêm cho {len(added)} đơn vị."
        flash(message, "success")
        return redirect(url_for("inspections.edit", inspection_id=inspection.id) + f"#finding-{finding.id}")
    usual = [item.original_deadline for item in finding.items if item.original_deadline]
    return render_template("inspections/finding.html", inspection=inspection, finding=finding,
                           units=_commune_choices(), assigned=assigned,
                           form={"deadline": vn_date(max(usual) if usual else inspection.report_deadline)})



@bp.get("/<int:inspection_id>/source")
def source(inspection_id: int):
    """The conclusion as uploaded, for whoever may see the inspection."""
    inspection = _inspection_or_404(inspection_id)
    if inspection not in board_service.visible_inspections(current_user):
        abort(404)
    path = service.source_path(inspection)
    if path is None or not path.exists():
        abort(404)
    return send_file(path, mimetype=inspection.source_content_type or "application/octet-stream",
                     as_attachment=True, download_name=inspection.source_filename or path.name)
