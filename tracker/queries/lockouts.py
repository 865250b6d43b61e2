"""The admins' view of failed sign-ins: per account and client, with the pause in force."""

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import func, select

from tracker.clock import now_utc
from tracker.extensions import db
from tracker.models import LoginFailure


def window() -> timedelta:
    """How long a failed sign-in is remembered (``TRACKER_LOGIN_WINDOW_MINUTES``)."""
    return timedelta(minutes=current_app.config["TRACKER_LOGIN_WINDOW_MINUTES"])


def pause_seconds(failures: int, free: int, latest: datetime | None, now: datetime) -> int:
    """Seconds still to wait after ``failures`` failures when ``free`` are allowed: 1 minute after
    the last allowed one, doubling with each further failure, never longer than the window."""
    if failures < free or latest is None:
        return 0
    pause = min(timedelta(minutes=2 ** min(failures - free, 20)), window())
    return max(0, math.ceil((latest + pause - now).total_seconds()))


@dataclass
class FailureRow:
    """Failed sign-ins of one account from one client within the window."""

    email: str
    client: str
    failures: int
    latest: datetime
    wait_seconds: int

    @property
    def paused(self) -> bool:
        """Whether this client must wait before trying this account again."""
        return self.wait_seconds > 0

    @property
    def wait_minutes(self) -> int:
        """The pause left, in whole minutes (rounded up)."""
        return -(-self.wait_seconds // 60)


def recent_failures(limit: int = 500) -> list[FailureRow]:
    """Every (account, client) with failures in the window, paused ones first, newest first."""
    now = now_utc()
    since = now - window()
    free = current_app.config["TRACKER_LOGIN_MAX_FAILURES"]
    rows = db.session.execute(
        select(LoginFailure.email, LoginFailure.remote_addr, func.count(), func.max(LoginFailure.at))
        .where(LoginFailure.at > since)
        .group_by(LoginFailure.email, LoginFailure.remote_addr)
        .order_by(func.max(LoginFailure.at).desc())
        .limit(limit)
    ).all()
    found = [FailureRow(email, client or "?", count, latest, pause_seconds(count, free, latest, now))
             for email, client, count, latest in rows]
    return sorted(found, key=lambda row: not row.paused)
