"""Sessions that end: the cookie names the user's session generation (``User.get_id``), so
raising it ends every session at once; signing out records the session's random id as revoked,
ending that session alone (the loader refuses it in the same query that loads the user); each
session also ends after
``TRACKER_SESSION_IDLE_HOURS`` without a request and ``TRACKER_SESSION_MAX_DAYS`` after sign-in,
checked on the server against times kept in the signed cookie (the frozen test clock applies).
"""

import secrets
from datetime import timedelta

from flask import Flask, current_app, flash, request, session
from flask_login import current_user, login_user, logout_user
from sqlalchemy import delete, select

from tracker.clock import now_utc
from tracker.extensions import db
from tracker.models import RevokedSession, User

STARTED, SEEN, SESSION_ID = "_signed_in_at", "_seen_at", "_session_id"
STATIC_ENDPOINTS = {"static", "vendor.asset"}  # files, not pages: no need to load the user
SEEN_RESOLUTION = 60  # seconds: the cookie is rewritten at most once a minute for activity


def _now() -> int:
    return int(now_utc().timestamp())


def load_user(token: str) -> User | None:
    """Flask-Login's loader: the user if the cookie's generation is still theirs."""
    ident, _, generation = (token or "").partition(":")
    if not (ident.isascii() and ident.isdigit() and generation.isascii() and generation.isdigit()):
        return None
    session_id = session.get(SESSION_ID)
    if len(ident) > 10 or not isinstance(session_id, str):
        return None
    revoked = select(RevokedSession.session_id).where(RevokedSession.session_id == session_id)
    user = db.session.scalar(select(User).where(User.id == int(ident), ~revoked.exists()))
    if user is None or (user.session_generation or 0) != int(generation):
        return None
    return user


def start(user: User) -> None:
    """Sign ``user`` in on this browser and stamp the session's start."""
    login_user(user)
    session[STARTED] = session[SEEN] = _now()
    session[SESSION_ID] = secrets.token_hex(16)


def _forget() -> None:
    logout_user()
    for key in (STARTED, SEEN, SESSION_ID):
        session.pop(key, None)


def end_here() -> None:
    """Sign out on this browser and make its cookie useless for good (its session id is
    revoked); the user's other devices stay signed in. The caller commits before answering."""
    now = now_utc()
    db.session.execute(delete(RevokedSession).where(RevokedSession.expires_at < now))
    longest = timedelta(days=current_app.config["TRACKER_SESSION_MAX_DAYS"])
    db.session.add(RevokedSession(session_id=session[SESSION_ID], user_id=current_user.id,
                                  expires_at=now + longest))
    _forget()


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
        if request.endpoint in STATIC_ENDPOINTS or request.path.startswith("/api/"):
            return  # files need no user; the API authenticates by token, never by cookie
        if not current_user.is_authenticated:
            return
        now = _now()
        idle = current_app.config["TRACKER_SESSION_IDLE_HOURS"] * 3600
        longest = current_app.config["TRACKER_SESSION_MAX_DAYS"] * 86400
        started, seen = session.get(STARTED), session.get(SEEN)
        if not isinstance(started, int) or not isinstance(seen, int) or now - seen > idle or now - started > longest:
            _forget()
            flash("Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.", "warning")
            return
        if now - seen >= SEEN_RESOLUTION:
            session[SEEN] = now
        return
