"""Đôn đốc: a coordinator chases a unit by email, at most once per unit per day.

The unit's active officers and its official mailbox get an immediate digest of the unit's
unfinished items (open or in progress, every inspection), grouped by urgency, and each listed item
gets a "nudge" line in its history. "Once per day" is checked first and then guaranteed by the
dedupe key ``nudge:<unit>:<recipient>:<date>``: two coordinators pressing the button at the same
moment enqueue one set of messages and one set of history lines.

Only the items of inspections the coordinator follows up are listed (an admin's nudge lists all):
a commune inspected by two offices hears from each about its own inspection only. The operation
``tracker.operations.chasing.nudge`` checks access and writes the history.
"""

from dataclasses import dataclass, field
from datetime import date

from flask import current_app
from sqlalchemy import select

from tracker.extensions import db
from tracker.models import Finding, Item, OutboxMessage, Unit, User
from tracker.queries.scope import item_scope
from tracker.queries.timestatus import due_soon_days
from tracker.queries.urgency import URGENCY_GROUPS, urgency
from tracker.reminders.digest import (
    Digest,
    Section,
    count_phrase,
    line,
    short_text,
    unit_label,
)
from tracker.reminders.outbox import enqueue


@dataclass
class NudgeResult:
    """What pressing "Đôn đốc" did, with the sentence to show the coordinator."""

    sent: bool
    message: str
    recipients: int = 0
    items: int = 0
    item_ids: list[int] = field(default_factory=list)


def nudged_on(unit_id: int, day: date) -> bool:
    """Whether the unit was already nudged on ``day``."""
    return db.session.scalar(
        select(OutboxMessage.id).where(OutboxMessage.kind == "nudge", OutboxMessage.unit_id == unit_id,
                                       OutboxMessage.for_date == day).limit(1)) is not None


def _sections(unit_id: int, day: date, base_url: str, scope) -> list[Section]:
    """The unit's unfinished items in the shared urgency groups (``tracker.queries.urgency``),
    judged against their effective deadlines."""
    window = due_soon_days()
    sections = {key: Section(key, title) for key, title in URGENCY_GROUPS.items() if key != "awaiting"}
    rows = db.session.execute(
        select(Item.id, Item.state, Item.deadline, Item.effective_deadline, Item.returned_at, Finding.text)
        .join(Finding, Finding.id == Item.finding_id)
        .where(Item.unit_id == unit_id, Item.state.in_(("open", "in_progress")), *scope)
        .order_by(Item.effective_deadline.is_(None), Item.effective_deadline, Item.id))
    for item_id, state, deadline, effective, returned_at, text in rows:
        key = urgency(state, effective, returned_at, day, window)
        badge = "bị trả lại" if key == "returned" else ("thường xuyên" if deadline is None else None)
        sections[key].lines.append(line(item_id, unit_id, short_text(text), deadline, day, base_url, badge=badge,
                                        effective=effective))
    return list(sections.values())


def enqueue_nudge(unit: Unit, actor: User, day: date) -> NudgeResult:
    """Enqueue the nudge digests of ``unit`` for ``day`` (the operation records the history).

    Flushes only; the request commits. Refuses (with a Vietnamese reason) when the unit was
    already nudged that day, has no address to write to, or has nothing left to do.
    """
    if nudged_on(unit.id, day):
        return NudgeResult(False, f"{unit.title_name} đã được đôn đốc hôm nay; mỗi ngày chỉ đôn đốc một lần.")
    label = unit_label(unit.name, unit.kind)
    officers = db.session.execute(
        select(User.id, User.email).where(User.unit_id == unit.id, User.role == "officer",
                                          User.is_active_account.is_(True)).order_by(User.id)).all()
    recipients = [(user_id, email.lower()) for user_id, email in officers]
    if unit.email and unit.email.strip().lower() not in {email for _, email in recipients}:
        recipients.append((None, unit.email.strip().lower()))
    if not recipients:
        return NudgeResult(False, f"{unit.title_name} chưa có cán bộ hay hộp thư nào để gửi thư đôn đốc.")
    condition = item_scope(actor)
    sections = _sections(unit.id, day, current_app.config.get("TRACKER_BASE_URL", ""),
                         [] if condition is None else [condition])
    item_ids = [item.item_id for section in sections for item in section.lines]
    if not item_ids:
        return NudgeResult(False, f"{unit.title_name} không còn nhiệm vụ nào cần đôn đốc.")
    by_key = {section.key: section for section in sections}
    urgent = count_phrase(len(by_key["overdue"].lines),
                          len(by_key["due_today"].lines) + len(by_key["due_soon"].lines))
    summary = f"Đôn đốc: {label} còn {len(item_ids)} nhiệm vụ chưa hoàn thành" + (f" ({urgent})" if urgent else "")
    office = actor.unit.name if actor.unit is not None else "Đơn vị theo dõi"
    intro = (f"{office} đề nghị {label} khẩn trương thực hiện và báo cáo kết quả khắc phục các "
             f"nhiệm vụ dưới đây (người đôn đốc: {actor.full_name}).")
    digests = [Digest(email, "nudge", day, f"Kính gửi: {'Cán bộ phụ trách, ' if user_id else ''}{label}.",
                      summary, sections, user_id=user_id, unit_id=unit.id, intro=intro)
               for user_id, email in recipients]
    if enqueue(digests) == 0:  # another coordinator was quicker
        return NudgeResult(False, f"{unit.title_name} đã được đôn đốc hôm nay; mỗi ngày chỉ đôn đốc một lần.")
    return NudgeResult(True, f"Đã gửi thư đôn đốc {unit.title_name} tới {len(recipients)} địa chỉ "
                             f"({len(item_ids)} nhiệm vụ chưa hoàn thành).", len(recipients), len(item_ids),
                       item_ids)
