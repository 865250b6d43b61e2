"""Administration: the unit registry (add, rename, retire, merge)."""

import logging
from functools import wraps

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from sqlalchemy import func, select

from tracker.extensions import db
from tracker.models import UNIT_KINDS, Item, Unit, User
from tracker.operations import units as unit_service
from tracker.text import sort_key

bp = Blueprint("admin", __name__, url_prefix="/admin")
log = logging.getLogger(__name__)


def admin_required(view):
    """Only administrators manage the registry."""

    @wraps(view)
    @login_required
    def wrapper(*args, **kwargs):
        if current_user.role != "admin":
            abort(403)
        return view(*args, **kwargs)

    return wrapper


def _unit_or_404(unit_id: int) -> Unit:
    return db.session.get(Unit, unit_id) or abort(404)


@bp.get("/units")
@admin_required
def units():
    """The registry with item and user counts per unit, active units first."""
    item_counts = dict(
        db.session.execute(select(Item.unit_id, func.count()).group_by(Item.unit_id)).all()
    )
    user_counts = dict(
        db.session.execute(
            select(User.unit_id, func.count()).where(User.unit_id.is_not(None)).group_by(User.unit_id)
        ).all()
    )
    rows = sorted(db.session.scalars(select(Unit)).all(),
                  key=lambda u: (u.retired_at is not None, u.parent_id is not None, sort_key(u.name)))
    return render_template(
        "admin/units.html",
        units=rows,
        item_counts=item_counts,
        user_counts=user_counts,
        kinds=UNIT_KINDS,
        active_units=[unit for unit in rows if unit.retired_at is None],
    )


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
@admin_required
def add_unit():
    """Register a new unit."""
    form = request.form
    parent_id = form.get("parent_id", type=int)
    parent = db.session.get(Unit, parent_id) if parent_id else None
    name = " ".join(form.get("name", "").split())
    return _apply(
        lambda: unit_service.add_unit(name, form.get("kind", "xa"), parent=parent,
                                      code=form.get("code"), email=form.get("email")),
        f"Đã thêm đơn vị “{name}”.",
    )


@bp.post("/units/<int:unit_id>/rename")
@admin_required
def rename_unit(unit_id: int):
    """Rename a unit; the old name is kept as a former name."""
    unit = _unit_or_404(unit_id)
    old, new = unit.name, " ".join(request.form.get("name", "").split())
    return _apply(lambda: unit_service.rename_unit(unit, new), f"Đã đổi tên “{old}” thành “{new}”.")


@bp.post("/units/<int:unit_id>/retire")
@admin_required
def retire_unit(unit_id: int):
    """Mark a unit as no longer active."""
    unit = _unit_or_404(unit_id)
    return _apply(lambda: unit_service.retire_unit(unit), f"Đã ngừng hoạt động “{unit.name}”.")


@bp.post("/units/<int:unit_id>/merge")
@admin_required
def merge_unit(unit_id: int):
    """Mark a unit as merged into another."""
    unit = _unit_or_404(unit_id)
    into = _unit_or_404(request.form.get("into_id", type=int) or 0)
    return _apply(lambda: unit_service.merge_unit(unit, into),
                  f"Đã ghi nhận “{unit.name}” sáp nhập vào “{into.name}”.")


@bp.post("/units/<int:unit_id>/restore")
@admin_required
def restore_unit(unit_id: int):
    """Undo a retirement or merge."""
    unit = _unit_or_404(unit_id)
    return _apply(lambda: unit_service.restore_unit(unit), f"Đã khôi phục “{unit.name}”.")
