"""Administration: the unit registry (add, rename, retire, merge)."""

import logging

from flask import Blueprint, flash, redirect, render_template, request, url_for

from tracker.extensions import db
from tracker.models import UNIT_KINDS, Unit
from tracker.operations import units as unit_service
from tracker.queries import units as unit_queries
from tracker.views.guard import load_or_404, requires

bp = Blueprint("admin", __name__, url_prefix="/admin")
log = logging.getLogger(__name__)


def _unit_or_404(unit_id: int) -> Unit:
    return load_or_404(Unit, unit_id, "unit.manage")


@bp.get("/units")
@requires("unit.manage")
def units():
    """The registry with item and user counts per unit, active units first."""
    registry = unit_queries.registry()
    return render_template("admin/units.html", units=registry.units, item_counts=registry.item_counts,
                           user_counts=registry.user_counts, kinds=UNIT_KINDS, active_units=registry.active)


def _apply(action, success: str):
    """Run a registry change, commit it, and report the outcome in Vietnamese."""
    try:
        action()
        db.session.commit()
        flash(success, "success")
    except unit_service.UnitError as error:
        db.session.rollback()
        log.info("unit change refused: %s", error)
        flash(str(error), "error")
    return redirect(url_for("admin.units"))


@bp.post("/units")
@requires("unit.manage")
def add_unit():
    """Register a new unit."""
    form = request.form
    parent = unit_queries.get_unit(form.get("parent_id", type=int))
    name = " ".join(form.get("name", "").split())
    return _apply(
        lambda: unit_service.add_unit(name, form.get("kind", "xa"), parent=parent,
                                      code=form.get("code"), email=form.get("email")),
        f"Đã thêm đơn vị “{name}”.",
    )


@bp.post("/units/<int:unit_id>/rename")
@requires("unit.manage")
def rename_unit(unit_id: int):
    """Rename a unit; the old name is kept as a former name."""
    unit = _unit_or_404(unit_id)
    old, new = unit.name, " ".join(request.form.get("name", "").split())
    return _apply(lambda: unit_service.rename_unit(unit, new), f"Đã đổi tên “{old}” thành “{new}”.")


@bp.post("/units/<int:unit_id>/retire")
@requires("unit.manage")
def retire_unit(unit_id: int):
    """Mark a unit as no longer active."""
    unit = _unit_or_404(unit_id)
    return _apply(lambda: unit_service.retire_unit(unit), f"Đã ngừng hoạt động “{unit.name}”.")


@bp.post("/units/<int:unit_id>/merge")
@requires("unit.manage")
def merge_unit(unit_id: int):
    """Mark a unit as merged into another."""
    unit = _unit_or_404(unit_id)
    into = _unit_or_404(request.form.get("into_id", type=int) or 0)
    return _apply(lambda: unit_service.merge_unit(unit, into),
                  f"Đã ghi nhận “{unit.name}” sáp nhập vào “{into.name}”.")


@bp.post("/units/<int:unit_id>/restore")
@requires("unit.manage")
def restore_unit(unit_id: int):
    """Undo a retirement or merge."""
    unit = _unit_or_404(unit_id)
    return _apply(lambda: unit_service.restore_unit(unit), f"Đã khôi phục “{unit.name}”.")
