"""Sign in and sign out, and the admin's page of sign-in pauses."""

import logging
import secrets

from flask import (
    Blueprint,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import current_user
from itsdangerous import BadSignature, URLSafeTimedSerializer

from tracker.extensions import db
from tracker.operations.auth import clear_failures, sign_in
from tracker.queries.lockouts import recent_failures
from tracker.sanitize import safe_target
from tracker.views import sessions
from tracker.views.guard import requires

bp = Blueprint("auth", __name__)
log = logging.getLogger(__name__)

DEVICE_COOKIE = "tracker_device"
DEVICE_DAYS = 180


def _safe_next(target: str | None) -> str:
    """Only follow a ``next`` that stays on this site."""
    return safe_target(target) or url_for("board.home")


def _device_signer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="tracker-device")


def _device_for(email: str) -> str | None:
    """The trusted device id this browser holds for ``email`` (set at an earlier sign-in), if any."""
    value = request.cookies.get(DEVICE_COOKIE)
    if not value:
        return None
    try:
        data = _device_signer().loads(value, max_age=DEVICE_DAYS * 86400)
    except BadSignature:
        return None
    if isinstance(data, dict) and data.get("email") == email.strip().lower():
        return str(data.get("device", ""))[:40] or None
    return None


def _remember_device(response, email: str, device: str | None):
    """Mark this browser as one that signed in to ``email`` (a signed, HttpOnly cookie)."""
    value = _device_signer().dumps({"email": email, "device": device or secrets.token_hex(10)})
    response.set_cookie(DEVICE_COOKIE, value, max_age=DEVICE_DAYS * 86400, httponly=True, samesite="Lax",
                        secure=current_app.config.get("SESSION_COOKIE_SECURE", False), path=url_for("auth.login"))
    return response


@bp.route("/login", methods=["GET", "POST"])
@requires("public")
def login():
    """Show the sign-in form; on POST check the credentials (throttled after repeated failures)."""
    if current_user.is_authenticated:
        return redirect(_safe_next(request.args.get("next")))
    email = ""
    if request.method == "POST":
        email = request.form.get("email", "")
        device = _device_for(email)
        result = sign_in(email, request.form.get("password", ""), request.remote_addr, device)
        db.session.commit()
        if result.user is not None:
            sessions.start(result.user)
            log.info("sign-in: %s", result.user.email)
            return _remember_device(redirect(_safe_next(request.args.get("next"))), result.user.email, device)
        log.info("sign-in refused for %r from %s", email, request.remote_addr)
        flash(result.message, "error")
        return render_template("auth/login.html", email=email), 429 if result.throttled else 200
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


@bp.get("/admin/lockouts")
@requires("user.manage")
def lockouts():
    """Recent failed sign-ins by account and client, with the pauses in force."""
    return render_template("admin/lockouts.html", rows=recent_failures())


@bp.post("/admin/lockouts/clear")
@requires("user.manage")
def clear_lockout():
    """Forget the failures of an account and/or client, lifting its pause."""
    email, client = request.form.get("email", ""), request.form.get("client", "")
    forgotten = clear_failures(email, client)
    db.session.commit()
    log.info("sign-in failures cleared by %s: %r %r (%d)", current_user.email, email, client, forgotten)
    if forgotten:
        flash(f"Đã xóa {forgotten} lần đăng nhập sai; tài khoản có thể đăng nhập lại ngay.", "success")
    else:
        flash("Không có lần đăng nhập sai nào phù hợp để xóa.", "warning")
    return redirect(url_for("auth.lockouts"))
