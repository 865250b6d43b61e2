"""Sign in and sign out."""

import logging
from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user

from tracker.extensions import db
from tracker.operations.auth import sign_in
from tracker.sanitize import safe_target
from tracker.views import sessions
from tracker.views.guard import requires

bp = Blueprint("auth", __name__)
log = logging.getLogger(__name__)


def _safe_next(target: str | None) -> str:
    """Only follow a ``next`` that stays on this site."""
    return safe_target(target) or url_for("board.home")


@bp.route("/login", methods=["GET", "POST"])
@requires("public")
def login():
    """Show the sign-in form; on POST check the credentials (throttled after repeated failures)."""
    if current_user.is_authenticated:
        return redirect(_safe_next(request.args.get("next")))
    email = ""
    if request.method == "POST":
        email = request.form.get("email", "")
        result = sign_in(email, request.form.get("password", ""), request.remote_addr)
        db.session.commit()
        if result.user is not None:
            sessions.start(result.user)
            log.info("sign-in: %s", result.user.email)
            return redirect(_safe_next(request.args.get("next")))
        log.info("sign-in refused for %r from %s", email, request.remote_addr)
        flash(result.message, "error")
        status = 429 if "quá nhiều lần" in result.message else 200
        return render_template("auth/login.html", email=email), status
    return render_template("auth/login.html", email=email)


@bp.post("/logout")
@requires("account.self")
def logout():
    """Sign out (POST with a CSRF token, so another site cannot sign a user out); the old cookie
    stops working for good."""
    sessions.end_here()
    db.session.commit()
    flash("Bạn đã đăng xuất.", "info")
    return redirect(url_for("auth.login"))
