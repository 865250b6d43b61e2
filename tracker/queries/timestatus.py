"""Time status (tình trạng thời hạn): derived from state and dates, never stored.

``time_status`` (Python, one item) and ``time_status_sql`` (a SQL CASE, for counting per status
in one query) encode the same rules; a test checks that they agree on every boundary. Both judge
the *effective* deadline (``Item.effective_deadline``: the deadline moved off a day off when
``TRACKER_DEADLINE_MOVES_OFF_DAYS_OFF`` is on, see ``tracker.workdays``); Python callers pass it.
A deadline is inclusive: an item due 25/10/2023 is on time all of that day, local time.
"""

from datetime import date, timedelta

from flask import current_app, has_app_context
from sqlalchemy import case, or_

TIME_STATUSES: dict[str, str] = {
    "done_on_time": "Hoàn thành đúng hạn",
    "done_late": "Hoàn thành quá hạn",
    "awaiting": "Chờ xác nhận",
    "on_track": "Đang thực hiện trong hạn",
    "due_soon": "Sắp đến hạn",
    "overdue": "Quá hạn",
    "no_deadline": "Không thời hạn",
}


def due_soon_days() -> int:
    """The reminder window: items due within this many days are "sắp đến hạn"."""
    if has_app_context():
        return int(current_app.config.get("TRACKER_DUE_SOON_DAYS", 7))
    return 7


def time_status(
    state: str,
    deadline: date | None,
    reported_on: date | None,
    today: date,
    window: int | None = None,
) -> str:
    """The time status code of one item on ``today`` (a local date)."""
    window = due_soon_days() if window is None else window
    if state == "verified":
        if deadline is None or reported_on is None or reported_on <= deadline:
            return "done_on_time"
        return "done_late"
    if state == "reported":
        return "awaiting"
    if deadline is None:
        return "no_deadline"
    if deadline < today:
        return "overdue"
    if deadline <= today + timedelta(days=window):
        return "due_soon"
    return "on_track"


def time_status_sql(item_table, today: date, window: int | None = None):
    """The same rules as ``time_status`` as a SQL CASE expression over ``item_table``'s columns
    (its ``effective_deadline``).

    Branches on the state first, so most rows take one comparison (this runs over every item
    of an inspection on the overview).
    """
    window = due_soon_days() if window is None else window
    t = item_table
    deadline = t.effective_deadline
    finished = case(
        (or_(deadline.is_(None), t.reported_on.is_(None), t.reported_on <= deadline), "done_on_time"),
        else_="done_late",
    )
    pending = case(
        (deadline.is_(None), "no_deadline"),
        (deadline < today, "overdue"),
        (deadline <= today + timedelta(days=window), "due_soon"),
        else_="on_track",
    )
    return case((t.state == "verified", finished), (t.state == "reported", "awaiting"), else_=pending)


def deadline_badge(deadline: date | None, today: date) -> str:
    """Short Vietnamese text for a deadline: "còn 3 ngày", "hôm nay", "quá hạn 5 ngày"…"""
    if deadline is None:
        return "không thời hạn"
    days = (deadline - today).days
    if days == 0:
        return "hôm nay"
    if days > 0:
        return f"còn {days} ngày"
    return f"quá hạn {-days} ngày"
