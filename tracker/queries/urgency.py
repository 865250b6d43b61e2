"""Urgency groups (nhóm việc cần làm): the one grouping the digests and the officers' desks share.

Each unfinished item lands in exactly one group, first match wins:

1. ``returned``    bị trả lại: sent back by the coordinator and not reported again yet;
2. ``overdue``     quá hạn: not reported, effective deadline passed;
3. ``due_today``   đến hạn hôm nay;
4. ``due_soon``    sắp đến hạn: within the reminder window (``TRACKER_DUE_SOON_DAYS``);
5. ``new``         mới giao: not started;
6. ``in_progress`` đang thực hiện;
7. ``awaiting``    chờ xác nhận: reported, waiting for the coordinator.

Verified items belong to no group. ``urgency`` (Python, one item) and ``urgency_sql`` (a SQL
CASE) encode the same rules over the *effective* deadline (``tracker.workdays``); a test checks
that they agree.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import and_, case, select
from sqlalchemy.orm import joinedload

from tracker.extensions import db
from tracker.models import Finding, Item, User
from tracker.queries.scope import scope_to_user
from tracker.queries.timestatus import due_soon_days

URGENCY_GROUPS: dict[str, str] = {
    "returned": "Bị trả lại",
    "overdue": "Quá hạn",
    "due_today": "Đến hạn hôm nay",
    "due_soon": "Sắp đến hạn",
    "new": "Mới giao",
    "in_progress": "Đang thực hiện",
    "awaiting": "Chờ xác nhận",
}
UNFINISHED_STATES = ("open", "in_progress", "reported")
# The groups that need the unit to act now: what subjects and summaries count first.
PRESSING = ("returned", "overdue", "due_today", "due_soon")


def urgency(state: str, effective_deadline: date | None, returned_at: datetime | None, today: date,
            window: int | None = None) -> str | None:
    """The urgency group of one item on ``today`` (a local date), or None for a verified one."""
    window = due_soon_days() if window is None else window
    if state == "verified":
        return None
    if state == "reported":
        return "awaiting"
    if returned_at is not None and state == "in_progress":
        return "returned"
    if effective_deadline is not None:
        if effective_deadline < today:
            return "overdue"
        if effective_deadline == today:
            return "due_today"
        if effective_deadline <= today + timedelta(days=window):
            return "due_soon"
    return "new" if state == "open" else "in_progress"


def urgency_sql(item_table, today: date, window: int | None = None):
    """The same rules as ``urgency`` as a SQL CASE over ``item_table``'s columns (NULL when
    verified)."""
    window = due_soon_days() if window is None else window
    t, deadline = item_table, item_table.effective_deadline
    return case(
        (t.state == "verified", None),
        (t.state == "reported", "awaiting"),
        (and_(t.returned_at.is_not(None), t.state == "in_progress"), "returned"),
        (deadline < today, "overdue"),
        (deadline == today, "due_today"),
        (deadline <= today + timedelta(days=window), "due_soon"),
        (t.state == "open", "new"),
        else_="in_progress",
    )


def count_by_group(groups) -> dict[str, int]:
    """How many of ``groups`` (an iterable of group codes) fall in each group, in table order."""
    counts = dict.fromkeys(URGENCY_GROUPS, 0)
    for group in groups:
        if group is not None:
            counts[group] += 1
    return counts


@dataclass
class UnitWork:
    """A unit's unfinished items in their urgency groups (the officer's desk)."""

    groups: dict[str, list[Item]] = field(default_factory=lambda: {key: [] for key in URGENCY_GROUPS})

    @property
    def total(self) -> int:
        """Items in all groups."""
        return sum(len(items) for items in self.groups.values())


def unit_work(user: User, unit_id: int, today: date) -> UnitWork:
    """Every unfinished item of ``unit_id`` that ``user`` may see, across inspections, grouped
    (one query: finding, inspection and who returned it load with the items)."""
    query = scope_to_user(
        select(Item).join(Item.finding).where(Item.unit_id == unit_id, Item.state != "verified")
        .options(joinedload(Item.finding).joinedload(Finding.inspection), joinedload(Item.returned_by))
        .order_by(Item.effective_deadline.is_(None), Item.effective_deadline, Finding.position, Item.id), user)
    work = UnitWork()
    window = due_soon_days()
    for item in db.session.scalars(query).unique():
        work.groups[urgency(item.state, item.effective_deadline, item.returned_at, today, window)].append(item)
    return work
