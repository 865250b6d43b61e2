"""Inspections for coordinators: create one by hand, edit its header and findings, add units to
a finding later; and the original file for whoever may read the inspection. (Importing a
conclusion is ``views/imports.py``.)"""

import logging

from flask import (
    Blueprint,
    abort,
    flash,
    redirect,
    render_template,
    request,
    send_file,
    url_for,
)
from flask_login import current_user

from tracker.categories import CATEGORIES
from tracker.clock import vn_date
from tracker.extensions import db
from tracker.forms import FormError, parse_date
from tracker.importer import service
from tracker.models import Finding, Inspection
from tracker.operations import inspections as operations
from tracker.queries import units as unit_queries
from tracker.queries.inspections import with_findings
from tracker.sanitize import parse_id
from tracker.views.guard import load_or_404, requires
from tracker.workflow import WorkflowError

bp = Blueprint("inspections", __name__, url_prefix="/inspections")
log = logging.getLogger(__name__)

def _choices():
    """Units a finding can be given to (beside the coordinator's own unit)."""
    return unit_queries.assignable_units(current_user)


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
            "requires_evidence": bool(form.get("requires_evidence")),
            "issue_place": form.get("issue_place", "").strip() or None,
            "issued_on": issued_on, "report_deadline": report_deadline}


@bp.route("/new", methods=["GET", "POST"])
@requires("inspection.create")
def new():
    """Create an inspection by hand (no document), then add its findings."""
    if request.method == "POST":
        try:
            fields = _header_fields(request.form)
        except FormError as error:
            flash(str(error), "error")
            return render_template("inspections/new.html", form=request.form), 422
        inspection = operations.create_by_hand(current_user, fields)
        db.session.commit()
        flash("Đã tạo đợt kiểm tra; hãy thêm các hạn chế.", "success")
        return redirect(url_for("inspections.edit", inspection_id=inspection.id))
    return render_template("inspections/new.html", form={})


@bp.route("/<int:inspection_id>/edit", methods=["GET", "POST"])
@requires("inspection.edit")
def edit(inspection_id: int):
    """The inspection's header and its findings, each editable; add a finding. An admin also
    picks the coordinating unit here (an inspection without one is seen by admins only)."""
    load_or_404(Inspection, inspection_id, "inspection.edit")
    inspection = with_findings(inspection_id)
    status = 200
    if request.method == "POST":
        try:
            fields = _header_fields(request.form)
            coordinator = request.form.get("coordinator_unit_id", "")
            operations.update_header(current_user, inspection, fields,
                                     parse_id(coordinator))
        except (FormError, WorkflowError) as error:
            db.session.rollback()
            flash(getattr(error, "message", None) or str(error), "error")
            status = 422
        else:
            db.session.commit()
            flash("Đã lưu thông tin đợt kiểm tra.", "success")
            return redirect(url_for("inspections.edit", inspection_id=inspection.id))
    return _edit_page(inspection, status, form=request.form if status != 200 else None)


def _edit_page(inspection: Inspection, status: int = 200, **context):
    offices = unit_queries.active_units() if current_user.role == "admin" else []
    return render_template("inspections/edit.html", inspection=inspection, units=_choices(),
                           offices=offices, **context), status


@bp.post("/<int:inspection_id>/findings")
@requires("inspection.edit")
def add_finding(inspection_id: int):
    """A new finding with its units; each unit gets an item with the chosen deadline."""
    inspection = load_or_404(Inspection, inspection_id, "inspection.edit")
    form = request.form
    text = form.get("text", "").strip()
    unit_ids = [value for value in map(parse_id, form.getlist("units")) if value]
    try:
        if not text:
            raise FormError("Vui lòng nhập nội dung hạn chế.")
        deadline = _finding_deadline(form, inspection)
        if not unit_ids:
            raise FormError("Hãy chọn ít nhất một đơn vị.")
    except FormError as error:
        flash(str(error), "error")
        return _edit_page(inspection, 422, new_finding=form)
    finding = operations.add_finding(current_user, inspection, text=text, category=_category(form),
                                     heading=form.get("heading", "").strip() or None,
                                     unit_ids=unit_ids, deadline=deadline)
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


@bp.route("/<int:inspection_id>/findings/<int:finding_id>/edit", methods=["GET", "POST"])
@requires("inspection.edit")
def edit_finding(inspection_id: int, finding_id: int):
    """Correct a finding's text, category and heading; assign it to more units."""
    finding = load_or_404(Finding, finding_id, "inspection.edit")
    if finding.inspection_id != inspection_id:
        abort(404)
    inspection = finding.inspection
    assigned = {item.unit_id for item in finding.items}
    if request.method == "POST":
        form = request.form
        text = form.get("text", "").strip()
        new_units = [unit_id for unit_id in map(parse_id, form.getlist("units"))
                     if unit_id and unit_id not in assigned]
        try:
            if not text:
                raise FormError("Nội dung hạn chế không được để trống.")
            deadline = _finding_deadline(form, inspection) if new_units else None
        except FormError as error:
            flash(str(error), "error")
            return render_template("inspections/finding.html", inspection=inspection, finding=finding,
                                   units=_choices(), assigned=assigned, form=form), 422
        added = operations.edit_finding(current_user, finding, text=text, category=_category(form),
                                        heading=form.get("heading", "").strip() or None,
                                        clear_note=bool(form.get("clear_note")), new_unit_ids=new_units,
                                        deadline=deadline)
        db.session.commit()
        message = "Đã lưu hạn chế."
        if added:
            message += f" Đã giao thêm cho {len(added)} đơn vị."
        flash(message, "success")
        return redirect(url_for("inspections.edit", inspection_id=inspection.id) + f"#finding-{finding.id}")
    usual = [item.original_deadline for item in finding.items if item.original_deadline]
    return render_template("inspections/finding.html", inspection=inspection, finding=finding,
                           units=_choices(), assigned=assigned,
                           form={"deadline": vn_date(max(usual) if usual else inspection.report_deadline)})



@bp.get("/<int:inspection_id>/source")
@requires("inspection.source")
def source(inspection_id: int):
    """The conclusion as uploaded, for whoever may see the inspection."""
    inspection = load_or_404(Inspection, inspection_id, "inspection.source")
    path = service.source_path(inspection)
    if path is None or not path.exists():
        abort(404)
    return send_file(path, mimetype=inspection.source_content_type or "application/octet-stream",
                     as_attachment=True, download_name=inspection.source_filename or path.name)
