"""User accounts: the admin's list of users, and everyone's own password."""

import logging

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user

from tracker.extensions import db
from tracker.models import ROLES, Unit
from tracker.operations import users as user_service
from tracker.queries import units as unit_queries
from tracker.views import sessions
from tracker.views.guard import load_user_or_404, requires

bp = Blueprint("accounts", __name__)
log = logging.getLogger(__name__)


def _unit_from_form() -> Unit | None:
    return unit_queries.get_unit(request.form.get("unit_id", type=int))


def _run(action, success: str, target: str):
    try:
        result = action()
        db.session.commit()
        flash(success.format(result=result), "success")
    except user_service.UserError as error:
        db.session.rollback()
        log.info("account change refused: %s", error)
        flash(str(error), "error")
    return redirect(target)


@bp.get("/admin/users")
@requires("user.manage")
def users():
    """Every account with its role and unit."""
    return render_template("admin/users.html", users=unit_queries.users_list(),
                           units=unit_queries.active_units(), roles=ROLES)


@bp.post("/admin/users")
@requires("user.manage")
def create():
    """Create an account with a temporary password shown once."""
    form = request.form

    def action():
        password = user_service.reset_password_value()
        user_service.create_user(form.get("email", ""), form.get("full_name", ""), form.get("role", ""),
                                 password, unit=_unit_from_form(), is_head_of_unit=bool(form.get("head")))
        return password

    return _run(action, f"Đã tạo tài khoản {form.get('email', '').strip().lower()}. "
                "Mật khẩu tạm thời (chỉ hiện một lần): {result}", url_for("accounts.users"))


@bp.post("/admin/users/<int:user_id>")
@requires("user.manage")
def update(user_id: int):
    """Change an account's role, unit and flags."""
    user = load_user_or_404(user_id)
    form = request.form
    return _run(lambda: user_service.update_user(
        user, full_name=form.get("full_name", ""), role=form.get("role", ""), unit=_unit_from_form(),
        is_head_of_unit=bool(form.get("head")), active=bool(form.get("active")),
        notify_due_soon=bool(form.get("notify_due_soon")), acting=current_user),
        f"Đã cập nhật tài khoản {user.email}.", url_for("accounts.users"))


@bp.post("/admin/users/<int:user_id>/password")
@requires("user.manage")
def reset(user_id: int):
    """Reset an account's password to a temporary one shown once."""
    user = load_user_or_404(user_id)
    return _run(lambda: user_service.reset_password(user),
                f"Mật khẩu tạm thời mới của {user.email} (chỉ hiện một lần): " + "{result}",
                url_for("accounts.users"))


@bp.route("/account/password", methods=["GET", "POST"])
@requires("account.self")
def own_password():
    """Everyone changes their own password here."""
    if request.method == "POST":
        form = request.form

        def change():
            user_service.change_password(current_user, form.get("current", ""), form.get("new", ""),
                                         form.get("confirm", ""))
            sessions.keep_this_one()  # the other devices are signed out, this one stays

        return _run(change, "Đã đổi mật khẩu. Các thiết bị khác đã được đăng xuất.",
                    url_for("accounts.own_password"))
    return render_template("accounts/password.html")


@bp.post("/account/sessions/others")
@requires("account.self")
def end_other_sessions():
    """"Đăng xuất khỏi các thiết bị khác": every other browser signed in as this user must sign in again."""
    sessions.end_others()
    db.session.commit()
    log.info("other sessions ended by %s", current_user.email)
    flash("Đã đăng xuất khỏi các thiết bị khác. Phiên trên thiết bị này vẫn tiếp tục.", "success")
    return redirect(url_for("accounts.own_password"))


@bp.route("/account/preferences", methods=["GET", "POST"])
@requires("account.self")
def preferences():
    """Everyone's own mail preferences: notices now or in the digest, channels and addresses, the
    leaders' weekly summary."""
    if request.method == "POST":
        form = request.form
        return _run(lambda: user_service.update_preferences(
            current_user, notice_mode=form.get("notice_mode", ""), notify_due_soon=bool(form.get("notify_due_soon")),
            channels=form.getlist("channels"), phone=form.get("phone", "")[:30], zalo_id=form.get("zalo_id", "")[:64],
            weekly_summary=bool(form.get("weekly_summary")), summary_excel=bool(form.get("summary_excel"))),
            "Đã lưu cách nhận nhắc việc.", url_for("accounts.preferences"))
    from tracker.reminders.channels import CHANNELS

    return render_template("accounts/preferences.html", channels=CHANNELS)
