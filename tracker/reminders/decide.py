"""The daily decision: who must hear what on a given date, and enqueueing it.

Set-based on purpose: four reads (units, the open items with a deadline in reach, the reports
waiting for verification, the users who receive mail) and a multi-row INSERT (one statement per
1,000 messages), whatever the number of items, units or users. The policy is then applied in
Python over those rows: at 100,000 items that is a few tens of thousands of tuples, far cheaper
than a query per unit.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from flask import current_app
from sqlalchemy import or_, select

from tracker.clock import vn_date
from tracker.extensions import db
from tracker.models import Finding, Inspection, Item, Unit, User
from tracker.reminders.digest import (
    Digest,
    ItemLine,
    Section,
    UnitGroup,
    count_phrase,
    line,
    short_text,
    unit_label,
)
from tracker.reminders.outbox import enqueue
from tracker.reminders.policy import ReminderPolicy

UNFINISHED = ("open", "in_progress")


@dataclass
class UnitInfo:
    """What a digest needs to know about a unit."""

    id: int
    label: str
    email: str | None
    active: bool


@dataclass
class UnitReminders:
    """The items of one unit whose reminder day falls in the run's window."""

    overdue: list[ItemLine] = field(default_factory=list)
    due_today: list[ItemLine] = field(default_factory=list)
    due_soon: list[ItemLine] = field(default_factory=list)
    overdue_days: dict[int, int] = field(default_factory=dict)  # item id -> days overdue
    _sections: list[Section] | None = None
    _escalated: list[Section] | None = None

    def sections(self, with_due_soon: bool) -> list[Section]:
        """The officer's sections (shared objects, so identical digests render once)."""
        if self._sections is None:
            self._sections = [
                Section("overdue", "Nhiệm vụ quá hạn", self.overdue),
                Section("due_today", "Đến hạn hôm nay", self.due_today),
                Section("due_soon", "Sắp đến hạn", self.due_soon),
            ]
        return self._sections if with_due_soon else self._sections[:1]

    def escalated(self, after_days: int) -> list[Section]:
        """The head's section: items overdue ``after_days`` days or more reminded today."""
        if self._escalated is None:
            lines = [item for item in self.overdue if self.overdue_days[item.item_id] >= after_days]
            self._escalated = [Section(
                "escalated", f"Nhiệm vụ quá hạn từ {after_days} ngày trở lên", lines,
                note="Đề nghị lãnh đạo đơn vị chỉ đạo khắc phục dứt điểm.")]
        return self._escalated


@dataclass
class DailyPlan:
    """The outcome of deciding one date: the window covered and the digests to send."""

    day: date
    window: list[date]
    skipped_reason: str | None
    digests: list[Digest]


def _load_units() -> dict[int, UnitInfo]:
    rows = db.session.execute(select(Unit.id, Unit.name, Unit.kind, Unit.email, Unit.retired_at))
    return {uid: UnitInfo(uid, unit_label(name, kind), (email or "").strip().lower() or None, retired is None)
            for uid, name, kind, email, retired in rows}


def _load_recipients() -> list:
    """Active officers, heads of units and coordinators, with their preferences."""
    return db.session.execute(
        select(User.id, User.email, User.full_name, User.role, User.unit_id, User.is_head_of_unit,
               User.notify_due_soon)
        .where(User.is_active_account.is_(True))
        .where(or_((User.role == "coordinator") & User.unit_id.is_not(None),
                   User.unit_id.is_not(None) & ((User.role == "officer") | User.is_head_of_unit.is_(True))))
        .order_by(User.id)
    ).all()


def plan_daily(day: date, policy: ReminderPolicy | None = None) -> DailyPlan:
    """Decide the digests for ``day`` (a local date) without writing anything."""
    policy = policy or ReminderPolicy.from_config(current_app.config)
    window = policy.window(day)
    if not window:
        return DailyPlan(day, [], policy.non_working_reason(day), [])
    base_url = current_app.config.get("TRACKER_BASE_URL", "")
    units = _load_units()
    texts: dict[int, str] = {}

    def finding_text(finding_id: int, text: str) -> str:
        if finding_id not in texts:
            texts[finding_id] = short_text(text)
        return texts[finding_id]

    per_unit: dict[int, UnitReminders] = defaultdict(UnitReminders)
    # A coordinator hears only of the inspections their own office follows up: office -> unit -> rows.
    overdue_by_office: dict[int, dict[int, list[tuple[int, ItemLine]]]] = defaultdict(lambda: defaultdict(list))
    items = db.session.execute(
        select(Item.id, Item.unit_id, Item.deadline, Item.finding_id, Finding.text,
               Inspection.coordinator_unit_id)
        .join(Finding, Finding.id == Item.finding_id).join(Inspection, Inspection.id == Finding.inspection_id)
        .where(Item.state.in_(UNFINISHED), Item.deadline.is_not(None),
               Item.deadline <= day + timedelta(days=policy.due_soon_horizon))
        .order_by(Item.deadline, Item.id)
    )
    for item_id, unit_id, deadline, finding_id, text, office_id in items:
        unit = units[unit_id]
        if not unit.active or office_id is None:
            continue  # a retired unit, or an inspection only admins see until it is assigned
        item_line = line(item_id, unit_id, finding_text(finding_id, text), deadline, day, base_url)
        if deadline < day:
            days_overdue = (day - deadline).days
            overdue_by_office[office_id][unit_id].append((days_overdue, item_line))
            if policy.overdue_due(deadline, window):
                reminders = per_unit[unit_id]
                reminders.overdue.append(item_line)
                reminders.overdue_days[item_id] = days_overdue
        elif policy.due_soon_due(deadline, window):
            target = per_unit[unit_id].due_today if deadline == day else per_unit[unit_id].due_soon
            target.append(item_line)

    waiting_by_office: dict[int, dict[int, list[tuple[int, ItemLine]]]] = defaultdict(lambda: defaultdict(list))
    waiting = db.session.execute(
        select(Item.id, Item.unit_id, Item.deadline, Item.reported_on, Item.finding_id, Finding.text,
               Inspection.coordinator_unit_id)
        .join(Finding, Finding.id == Item.finding_id).join(Inspection, Inspection.id == Finding.inspection_id)
        .where(Item.state == "reported", Item.reported_on < day - timedelta(days=policy.waiting_days))
        .order_by(Item.reported_on, Item.id)
    )
    for item_id, unit_id, deadline, reported_on, finding_id, text, office_id in waiting:
        if units[unit_id].active:
            days_waiting = (day - reported_on).days
            waiting_by_office[office_id][unit_id].append((days_waiting, line(
                item_id, unit_id, finding_text(finding_id, text), deadline, day, base_url,
                badge=f"chờ xác nhận {days_waiting} ngày")))

    digests: dict[str, Digest] = {}
    day_text = vn_date(day)

    def add(recipient: str, kind_of_part: str, greeting: str, summary: str, sections: list[Section],
            user_id=None, unit_id=None) -> None:
        """Merge a part into the recipient's one digest of the day."""
        if not any(section.lines or section.groups for section in sections):
            return
        existing = digests.get(recipient)
        if existing is None:
            digests[recipient] = Digest(recipient, "daily", day, greeting, summary, list(sections),
                                        user_id=user_id, unit_id=unit_id)
            return
        fresh = [section for section in sections if all(section is not s for s in existing.sections)]
        if fresh:
            existing.sections.extend(fresh)
            existing.summary = f"Nhắc việc ngày {day_text}"

    def officer_summary(unit: UnitInfo, reminders: UnitReminders, with_due_soon: bool) -> str:
        due = len(reminders.due_today) + len(reminders.due_soon) if with_due_soon else 0
        return f"{unit.label}: {count_phrase(len(reminders.overdue), due)}"

    users = _load_recipients()
    for user_id, email, _name, role, unit_id, _head, notify_due_soon in users:
        if role != "officer" or unit_id not in per_unit or not units[unit_id].active:
            continue
        unit, reminders = units[unit_id], per_unit[unit_id]
        add(email.lower(), "officer", f"Kính gửi: Cán bộ phụ trách, {unit.label}.",
            officer_summary(unit, reminders, notify_due_soon), reminders.sections(notify_due_soon),
            user_id, unit_id)
    for unit_id, reminders in per_unit.items():
        unit = units[unit_id]
        if unit.email:
            add(unit.email, "unit", f"Kính gửi: {unit.label}.",
                officer_summary(unit, reminders, True), reminders.sections(True), None, unit_id)
    for user_id, email, _name, role, unit_id, is_head, _pref in users:
        if not is_head or unit_id not in per_unit or not units[unit_id].active:
            continue
        if role == "officer":
            continue  # an officer-head already gets every overdue item in the officer digest
        unit, sections = units[unit_id], per_unit[unit_id].escalated(policy.escalate_after_days)
        count = len(sections[0].lines)
        add(email.lower(), "head", f"Kính gửi: Lãnh đạo {unit.label}.",
            f"{unit.label}: {count} nhiệm vụ quá hạn từ {policy.escalate_after_days} ngày trở lên",
            sections, user_id, unit_id)

    offices: dict[int, tuple[list[Section], str]] = {}
    for office_id in set(overdue_by_office) | set(waiting_by_office):
        if office_id is None:
            continue  # an inspection nobody coordinates yet: admins will assign it
        overdue_by_unit, waiting_by_unit = overdue_by_office[office_id], waiting_by_office[office_id]
        overdue_total = sum(len(rows) for rows in overdue_by_unit.values())
        waiting_total = sum(len(rows) for rows in waiting_by_unit.values())
        parts = []
        if overdue_total:
            parts.append(f"{overdue_total} nhiệm vụ quá hạn tại {len(overdue_by_unit)} đơn vị")
        if waiting_total:
            parts.append(f"{waiting_total} báo cáo chờ xác nhận quá {policy.waiting_days} ngày")
        offices[office_id] = (_coordinator_sections(overdue_by_unit, waiting_by_unit, units, policy),
                              f"Tổng hợp ngày {day_text}: " + ", ".join(parts))
    for user_id, email, _name, role, unit_id, _head, _pref in users:
        if role == "coordinator" and unit_id in offices:
            sections, summary = offices[unit_id]
            add(email.lower(), "coordinator", f"Kính gửi: {units[unit_id].label}.", summary, sections,
                user_id, None)
    return DailyPlan(day, window, None, list(digests.values()))


def _ranked_groups(by_unit, units, policy) -> tuple[list[UnitGroup], int]:
    """Units ranked by how many items they have in ``by_unit`` (most first), the worst items of
    each first; at most ``digest_max_units`` units listed. Returns the groups and units left out."""
    ranked = sorted(by_unit.items(), key=lambda pair: (-len(pair[1]), units[pair[0]].label))
    groups = []
    for unit_id, rows in ranked[: policy.digest_max_units]:
        rows = sorted(rows, key=lambda pair: (-pair[0], pair[1].item_id))
        groups.append(UnitGroup(units[unit_id].label, len(rows),
                                [item for _, item in rows[: policy.digest_items_per_unit]]))
    return groups, max(0, len(ranked) - policy.digest_max_units)


def _coordinator_sections(overdue_by_unit, waiting_by_unit, units, policy) -> list[Section]:
    """The coordinator's digest: overdue items by unit (ranked), then reports waiting too long."""
    sections = []
    for key, title, by_unit in (
        ("units_overdue", "Nhiệm vụ quá hạn theo đơn vị (xếp theo số nhiệm vụ quá hạn)", overdue_by_unit),
        ("units_waiting", f"Báo cáo chờ xác nhận quá {policy.waiting_days} ngày", waiting_by_unit),
    ):
        groups, left_out = _ranked_groups(by_unit, units, policy)
        note = f"Còn {left_out} đơn vị khác không liệt kê trong thư này." if left_out else None
        sections.append(Section(key, title, groups=groups, note=note,
                                count=sum(len(rows) for rows in by_unit.values())))
    return sections


def run_daily(day: date, dry_run: bool = False, policy: ReminderPolicy | None = None):
    """Decide ``day`` and, unless ``dry_run``, enqueue its digests in the current transaction.

    Returns the plan and how many rows were new (the rest were already in the outbox: the UNIQUE
    dedupe key turned them away). The caller commits.
    """
    plan = plan_daily(day, policy)
    if dry_run or not plan.digests:
        return plan, 0
    return plan, enqueue(plan.digests)
