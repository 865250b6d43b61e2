"""Signing in: password check with throttling of repeated failures."""

import math
from dataclasses import dataclass
from datetime import timedelta

from flask import current_app
from sqlalchemy import delete, func, or_, select

from tracker.clock import now_utc
from tracker.extensions import db
from tracker.models import LoginFailure, User


@dataclass
class SignInResult:
    """Outcome of a sign-in attempt: the user, or a Vietnamese message."""

    user: User | None = None
    message: str | None = None


def _window() -> timedelta:
    return timedelta(minutes=current_app.config["TRACKER_LOGIN_WINDOW_MINUTES"])


def wait_seconds(email: str, remote_addr: str | None) -> int:
    """Seconds to wait before another attempt for this email or address (0 when not throttled).

    After ``TRACKER_LOGIN_MAX_FAILURES`` failures within the window, further attempts are refused
    until the oldest of them leaves the window. Counting per address too stops one machine from
    guessing across many accounts.
    """
    limit = current_app.config["TRACKER_LOGIN_MAX_FAILURES"]
    now = now_utc()
    since = now - _window()
    conditions = [LoginFailure.email == email]
    if remote_addr:
        conditions.append(LoginFailure.remote_addr == remote_addr)
    waits = []
    for condition, cap in ((conditions[0], limit), (or_(*conditions), limit * 4)):
        recent = db.session.scalars(
            select(LoginFailure.at)
            .where(condition, LoginFailure.at > since)
            .order_by(LoginFailure.at.desc())
            .limit(cap)
        ).all()
        if len(recent) >= cap:
            waits.append((recent[-1] + _window() - now).total_seconds())
    return max(0, math.ceil(max(waits, default=0)))


def sign_in(email: str, password: str, remote_addr: str | None) -> SignInResult:
    """Check the credentials, recording failures; the caller commits."""
    email = (email or "").strip().lower()
    wait = wait_seconds(email, remote_addr)
    if wait:
        minutes = max(1, math.ceil(wait / 60))
        return SignInResult(
            message=f"Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {minutes} phút."
        )
    user = db.session.scalar(select(User).where(func.lower(User.email) == email))
    if user is None or not user.check_password(password or "") or not user.is_active:
        db.session.add(LoginFailure(email=email, remote_addr=remote_addr))
        db.session.flush()
        return SignInResult(message="Email hoặc mật khẩu không đúng.")
    db.session.execute(delete(LoginFailure).where(LoginFailure.email == email))
    db.session.execute(delete(LoginFailure).where(LoginFailure.at < now_utc() - _window()))
    return SignInResult(user=user)
