"""Sessions that end: the cookie names the user's session generation (``User.get_id``), so
raising it ends every session at once; each session also ends after
``TRACKER_SESSION_IDLE_HOURS`` without a request and ``TRACKER_SESSION_MAX_DAYS`` after sign-in,
checked on the server against times kept in the signed cookie (the frozen test clock applies).
"""

from flask import Flask, current_app, flash, request, session
from flask_login import current_user, login_user, logout_user

from tracker.clock import now_utc
from tracker.extensions import db
from tracker.models import User

STARTED, SEEN = "_signed_in_at", "_seen_at"
STATIC_ENDPOINTS = {"static", "vendor.asset"}  # files, not pages: no need to load the user
SEEN_RESOLUTION = 60  # seconds: the cookie is rewritten at most once a minute for activity


def _now() -> int:
    return int(now_utc().timestamp())


def load_user(token: str) -> User | None:
    """Flask-Login's loader: the user if the cookie's generation is still theirs."""
    ident, _, generation = (token or "").partition(":")
    if not (ident.isascii() and ident.isdigit() and generation.isascii() and generation.isdigit()):
        return None
    user = db.session.get(User, int(ident)) if len(ident) <= 10 else None
    if user is None or (user.session_generation or 0) != int(generation):
        return None
    return user


def start(user: User) -> None:
    """Sign ``user`` in on this browser and stamp the session's start."""
    login_user(user)
    session[STARTED] = session[SEEN] = _now()


def end_here() -> None:
    """Sign out on this browser and make its cookie useless: the generation is raised, which
    also ends the user's other sessions (a signed cookie cannot be revoked alone). The caller
    commits before answering."""
    current_user.end_sessions()
    logout_user()
    session.pop(STARTED, None)
    session.pop(SEEN, None)


def keep_this_one() -> None:
    """After the user's generation was raised on their own request (a password change), carry
    this browser over to the new generation so only the others are signed out."""
    login_user(current_user._get_current_object())


def end_others() -> None:
    """End every other session of the signed-in user, keeping this one (re-stamped with the new
    generation). The caller commits."""
    user = current_user._get_current_object()
    user.end_sessions()
    login_user(user)


def register(app: Flask) -> None:
    """Install the lifetime check and the loader."""

    @app.before_request
    def enforce_lifetime():
        if request.endpoint in STATIC_ENDPOINTS or not current_user.is_authenticated:
            return
        now = _now()
        idle = current_app.config["TRACKER_SESSION_IDLE_HOURS"] * 3600
        longest = current_app.config["TRACKER_SESSION_MAX_DAYS"] * 86400
        started, seen = session.get(STARTED), session.get(SEEN)
        if not isinstance(started, int) or not isinstance(seen, int) or now - seen > idle or now - started > longest:
            logout_user()
            session.pop(STARTED, None)
            session.pop(SEEN, None)
            flash("Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.", "warning")
            return
        if now - seen >= SEEN_RESOLUTION:
            session[SEEN] = now
        return
