"""Leaders' weekly summary (tổng hợp hằng tuần cho lãnh đạo), on the first working day of the week.

Each active leader (role ``viewer``) who keeps ``weekly_summary`` on gets one message about the
inspections in their jurisdiction (``tracker.queries.scope``): units ranked by overdue items, the
totals in the shared urgency groups, and what changed over the past seven days (reports,
verifications, returns, extensions, items that fell overdue). With ``summary_excel`` the
inspections' Excel exports are attached (one workbook, or a zip of several). Only the leader's
jurisdiction is ever read, so nothing outside it can be named.
"""

import io
import zipfile
from collections import Counter, defaultdict
from datetime import date, datetime, time, timedelta

from flask import current_app
from sqlalchemy import func, select

from tracker.clock import local_zone, vn_date
from tracker.extensions import db
from tracker.models import Finding, Inspection, Item, ItemEvent, User
from tracker.queries.scope import inspection_scope, item_scope
from tracker.queries.urgency import UNFINISHED_STATES, urgency_sql
from tracker.reminders.compose import count_text
from tracker.reminders.digest import Digest, Section, UnitGroup, inspection_label
from tracker.reminders.picture import load_units
from tracker.workdays import is_working_day

CHANGE_LABELS = {"report": "báo cáo hoàn thành", "verify": "được xác nhận hoàn thành", "return_": "bị trả lại",
                 "extend": "được gia hạn", "approve_extension": "được đồng ý gia hạn", "create": "được giao mới",
                 "fell_overdue": "trở thành quá hạn"}


def is_summary_day(day: date) -> bool:
    """The first working day of the ISO week (Monday, or later when Monday is a day off)."""
    monday = day - timedelta(days=day.weekday())
    first = next((monday + timedelta(days=n) for n in range(7) if is_working_day(monday + timedelta(days=n))), None)
    return first == day


def plan_weekly(day: date) -> list[Digest]:
    """The leaders' summaries for ``day`` (none unless it is the week's first working day)."""
    if not is_summary_day(day):
        return []
    leaders = db.session.scalars(select(User).where(
        User.role == "viewer", User.is_active_account.is_(True), User.unit_id.is_not(None),
        User.weekly_summary.is_(True)).order_by(User.id)).all()
    units = load_units()
    base_url = current_app.config.get("TRACKER_BASE_URL", "").rstrip("/")
    return [digest for leader in leaders if (digest := _summary(leader, day, units, base_url)) is not None]


def _summary(leader: User, day: date, units, base_url: str) -> Digest | None:
    """One leader's summary, or None when nothing in their jurisdiction is being followed up."""
    inspections = db.session.scalars(select(Inspection).where(
        inspection_scope(leader), Inspection.coordinator_unit_id.is_not(None)).order_by(Inspection.id)).all()
    if not inspections:
        return None
    scope = item_scope(leader)
    group = urgency_sql(Item, day).label("group")
    query = (select(Item.unit_id, group, func.count()).join(Finding, Finding.id == Item.finding_id)
             .where(Finding.inspection_id.in_([i.id for i in inspections]), Item.state.in_(UNFINISHED_STATES))
             .group_by(Item.unit_id, group))
    if scope is not None:
        query = query.where(scope)
    per_unit: dict[int, Counter] = defaultdict(Counter)
    for unit_id, code, count in db.session.execute(query):
        per_unit[unit_id][code] += count
    totals = sum(per_unit.values(), Counter())
    changes = _changes(leader, inspections, day, scope)
    ranked = sorted(per_unit.items(), key=lambda pair: (-pair[1]["overdue"], units[pair[0]].label))
    groups = [UnitGroup(units[unit_id].label, counts["overdue"], [],
                        summary=count_text(counts, groups=("due_today", "due_soon", "returned", "awaiting"),
                                           first_noun=False) or None)
              for unit_id, counts in ranked if any(counts.values())]
    change_lines = [f"{count} nhiệm vụ {CHANGE_LABELS[action]}" for action, count in changes.items() if count]
    sections = [Section("units_overdue", "Đơn vị xếp theo số nhiệm vụ quá hạn", groups=groups,
                        count=totals["overdue"])]
    summary = (f"Tổng hợp tuần {vn_date(day)}: {totals['overdue']} nhiệm vụ quá hạn tại "
               f"{sum(1 for c in per_unit.values() if c['overdue'])} đơn vị, {totals['awaiting']} chờ xác nhận")
    digest = Digest(leader.email.lower(), "summary", day, f"Kính gửi: {leader.full_name}.", summary, sections,
                    user_id=leader.id, unit_id=leader.unit_id,
                    inspections=[inspection_label(i.title, i.number, i.issued_on) for i in inspections],
                    action="Đề nghị lãnh đạo chỉ đạo các đơn vị có nhiệm vụ quá hạn khẩn trương khắc phục.",
                    prefs_url=f"{base_url}/account/preferences")
    picture = count_text(totals, groups=("overdue", "due_today", "due_soon", "returned", "awaiting"))
    digest.intro = (f"Tình hình khắc phục: {picture or 'không có nhiệm vụ cần xử lý'}.\n"
                    f"Thay đổi trong 7 ngày qua (từ {vn_date(day - timedelta(days=7))}): "
                    + ("; ".join(change_lines) if change_lines else "không có") + ".")
    if leader.summary_excel:
        digest.attachment_name, digest.attachment = _excel(leader, inspections, day)
    return digest


def _changes(leader: User, inspections, day: date, scope) -> Counter:
    """History events of the past seven days in the leader's jurisdiction, by action, plus the
    items whose (effective) deadline passed during the week without a report."""
    start = datetime.combine(day - timedelta(days=7), time(0), local_zone())
    query = (select(ItemEvent.action, func.count()).join(Item, Item.id == ItemEvent.item_id)
             .join(Finding, Finding.id == Item.finding_id)
             .where(Finding.inspection_id.in_([i.id for i in inspections]), ItemEvent.at >= start,
                    ItemEvent.action.in_(CHANGE_LABELS)).group_by(ItemEvent.action))
    if scope is not None:
        query = query.where(scope)
    changes = Counter({action: 0 for action in CHANGE_LABELS})
    changes.update(dict(db.session.execute(query).all()))
    fell = (select(func.count()).select_from(Item).join(Finding, Finding.id == Item.finding_id)
            .where(Finding.inspection_id.in_([i.id for i in inspections]), Item.state.in_(("open", "in_progress")),
                   Item.effective_deadline >= day - timedelta(days=7), Item.effective_deadline < day))
    if scope is not None:
        fell = fell.where(scope)
    changes["fell_overdue"] = db.session.scalar(fell) or 0
    return changes


def _excel(leader: User, inspections, day: date) -> tuple[str, bytes]:
    """The inspections' Excel exports as the leader may read them: one workbook, or a zip."""
    from tracker.queries.filters import ItemFilters
    from tracker.reports.excel import write_workbook

    books = []
    for inspection in inspections:
        buffer = io.BytesIO()
        write_workbook(buffer, inspection, leader, ItemFilters(), day)
        books.append((f"tong-hop-{inspection.id}-{day.isoformat()}.xlsx", buffer.getvalue()))
    if len(books) == 1:
        return books[0]
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
        for name, content in books:
            bundle.writestr(name, content)
    return f"tong-hop-{day.isoformat()}.zip", archive.getvalue()


def run_weekly(day: date) -> int:
    """Enqueue the week's summaries (idempotent: one per leader and date); the caller commits."""
    from tracker.reminders.decide import by_channel
    from tracker.reminders.outbox import enqueue

    digests = plan_weekly(day)
    return enqueue(by_channel(digests)) if digests else 0
