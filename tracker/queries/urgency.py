"""Urgency groups: the one grouping of a unit's open work that the officer's desk and the
reminder digests share. Each item lands in exactly one group; the first that matches wins.

bị trả lại → quá hạn → đến hạn hôm nay → sắp đến hạn → mới giao → đang thực hiện → chờ xác nhận
(verified items are done and in no group). An item is "returned" while it is being worked on
again after the coordinating office sent its report back (trả lại) or reopened it (mở lại).
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from tracker.extensions import db
from tracker.models import Finding, Item, ItemEvent, User
from tracker.queries.scope import scope_to_user
from tracker.queries.timestatus import due_soon_days

GROUPS: dict[str, str] = {
    "returned": "Bị trả lại",
    "overdue": "Quá hạn",
    "due_today": "Đến hạn hôm nay",
    "due_soon": "Sắp đến hạn",
    "open": "Mới giao",
    "in_progress": "Đang thực hiện",
    "reported": "Chờ xác nhận",
}
SENT_BACK = ("return_", "reopen")


def group_of(state: str, deadline: date | None, returned: bool, today: date, window: int | None = None) -> str | None:
    """The urgency group of one item (None for a verified item)."""
    window = due_soon_days() if window is None else window
    if state == "verified":
        return None
    if state == "reported":
        return "reported"
    if returned:
        return "returned"
    if deadline is not None:
        if deadline < today:
            return "overdue"
        if deadline == today:
            return "due_today"
        if deadline <= today + timedelta(days=window):
            return "due_soon"
    return "open" if state == "open" else "in_progress"


@dataclass
class SentBack:
    """Why and by whom an item was sent back (the latest return or reopen)."""

    reason: str | None
    actor: str | None
    at: object


@dataclass
class Grouped:
    """A unit's open items by urgency group, with why each returned item came back."""

    groups: dict[str, list[Item]] = field(default_factory=lambda: {key: [] for key in GROUPS})
    sent_back: dict[int, SentBack] = field(default_factory=dict)

    @property
    def total(self) -> int:
        """Items in all groups."""
        return sum(len(items) for items in self.groups.values())


def sent_back(item_ids: list[int]) -> dict[int, SentBack]:
    """The latest return or reopen of each of ``item_ids`` (one query)."""
    if not item_ids:
        return {}
    latest = (select(ItemEvent.item_id, func.max(ItemEvent.id).label("event_id"))
              .where(ItemEvent.item_id.in_(item_ids), ItemEvent.action.in_(SENT_BACK))
              .group_by(ItemEvent.item_id).subquery())
    events = db.session.scalars(select(ItemEvent).join(latest, latest.c.event_id == ItemEvent.id)
                                .options(joinedload(ItemEvent.actor)))
    return {event.item_id: SentBack(event.comment, event.actor.full_name if event.actor else None, event.at)
            for event in events}


def unit_work(user: User, unit_id: int, today: date) -> Grouped:
    """Every unfinished item of ``unit_id`` that ``user`` may see, across inspections, grouped."""
    query = scope_to_user(
        select(Item).join(Item.finding).where(Item.unit_id == unit_id, Item.state != "verified")
        .options(joinedload(Item.finding).joinedload(Finding.inspection))
        .order_by(Item.deadline.is_(None), Item.deadline, Finding.position, Item.id), user)
    items = list(db.session.scalars(query).unique())
    back = sent_back([item.id for item in items if item.state == "in_progress"])
    grouped = Grouped(sent_back=back)
    window = due_soon_days()
    for item in items:
        grouped.groups[group_of(item.state, item.deadline, item.id in back, today, window)].append(item)
    return grouped
