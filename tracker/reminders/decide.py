"""The daily decision: who must hear what on a given date, and enqueueing it.

Set-based on purpose: a handful of reads (units, inspections, every unfinished item, the last
digest per unit, the users who receive mail, the notices waiting for a digest) and multi-row
INSERTs, whatever the number of items, units or users; the policy is then applied in Python.

The policy decides *whether* a recipient hears today (a reminder boundary in the window, or a
notice waiting for the digest); the digest then tells the whole picture with true totals
(``tracker.reminders.picture`` and ``compose``).
"""

from dataclasses import dataclass, replace
from datetime import date

from flask import current_app
from sqlalchemy import or_, select, update

from tracker.clock import vn_date
from tracker.extensions import db
from tracker.models import Notice, User
from tracker.reminders.compose import Composer
from tracker.reminders.digest import Digest
from tracker.reminders.outbox import enqueue
from tracker.reminders.picture import load_pictures
from tracker.reminders.policy import ReminderPolicy

PREFERENCES_PATH = "/account/preferences"


@dataclass
class DailyPlan:
    """The outcome of deciding one date: the window covered and the digests to send."""

    day: date
    window: list[date]
    skipped_reason: str | None
    digests: list[Digest]


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


def _waiting_notices() -> dict[int, list]:
    """Notices waiting for their recipient's next digest, per user, oldest first."""
    notices: dict[int, list] = {}
    for notice in db.session.scalars(select(Notice).where(Notice.delivered_on.is_(None)).order_by(Notice.id)):
        notices.setdefault(notice.user_id, []).append(notice)
    return notices


def plan_daily(day: date, policy: ReminderPolicy | None = None, missed: list[date] | None = None) -> DailyPlan:
    """Decide the digests for ``day`` (a local date) without writing anything.

    ``missed`` are earlier days nobody decided (the scheduler was down): their boundaries fold
    into today's one digest per recipient, built from today's data.
    """
    policy = policy or ReminderPolicy.from_config(current_app.config)
    window = policy.window(day)
    if not window:
        return DailyPlan(day, [], policy.non_working_reason(day), [])
    window = sorted(set(window) | {d for d in missed or () if d < day})
    base_url = current_app.config.get("TRACKER_BASE_URL", "").rstrip("/")
    pictures = load_pictures(day, window, policy)
    compose = Composer(day, pictures, policy, base_url)
    units, prefs_url = pictures.units, base_url + PREFERENCES_PATH
    notices = _waiting_notices()
    digests: dict[str, Digest] = {}

    def add(recipient: str, kind: str, greeting: str, summary: str, sections, user_id=None, unit_id=None,
            picture=None) -> None:
        """Merge a part into the recipient's one digest of the day."""
        mine = notices.pop(user_id, []) if user_id is not None else []
        if not mine and not any(section.lines or section.groups for section in sections):
            return
        existing = digests.get(recipient)
        if existing is None:
            digest = Digest(recipient, "daily", day, greeting, summary, list(sections), user_id=user_id,
                            unit_id=unit_id, prefs_url=prefs_url)
            if picture is not None:
                digest.inspections = compose.inspections(picture)
                digest.action = compose.action(picture)
                digest.contact, digest.reply_to = compose.contact(picture)
            digests[recipient] = existing = digest
        else:
            existing.sections.extend(s for s in sections if all(s is not t for t in existing.sections))
            existing.summary = f"{existing.summary}; {summary}"
        existing.notices.extend(mine)
        existing.notice_ids.extend(notice.id for notice in mine)

    users = _load_recipients()
    for user_id, email, name, role, unit_id, _head, notify_due_soon in users:
        picture = pictures.per_unit.get(unit_id)
        if role != "officer" or not units[unit_id].active:
            continue
        heard = picture is not None and (picture.due_overdue or (picture.due_soon and notify_due_soon))
        if not heard and user_id not in notices:
            continue
        sections = compose.unit_sections(picture) if picture else []
        summary = compose.unit_summary(picture) if picture else f"{units[unit_id].label}: thông báo mới"
        add(email.lower(), "officer", f"Kính gửi: {name}, cán bộ phụ trách, {units[unit_id].label}.",
            summary, sections, user_id, unit_id, picture)
    for unit_id, picture in pictures.per_unit.items():
        unit = units[unit_id]
        if unit.email and (picture.due_overdue or picture.due_soon):
            add(unit.email, "unit", f"Kính gửi: {unit.label}.", compose.unit_summary(picture),
                compose.unit_sections(picture), None, unit_id, picture)
    for user_id, email, name, role, unit_id, is_head, _pref in users:
        picture = pictures.per_unit.get(unit_id)
        if not is_head or role == "officer" or picture is None or not picture.escalation_due:
            continue  # an officer-head already gets every overdue item in the officer digest
        sections = compose.escalated(picture)
        add(email.lower(), "head", f"Kính gửi: {name}, lãnh đạo {units[unit_id].label}.",
            f"{units[unit_id].label}: {sections[0].total} nhiệm vụ quá hạn từ {policy.escalate_after_days} "
            "ngày trở lên", sections, user_id, unit_id, picture)
    for user_id, email, name, role, unit_id, _head, _pref in users:
        if role != "coordinator":
            continue
        office = pictures.per_office.get(unit_id)
        heard = office is not None and (office.total("overdue") or office.waiting)
        if not heard and user_id not in notices:
            continue
        sections = compose.office_sections(office) if office else []
        summary = compose.office_summary(office) if office else f"Thông báo ngày {vn_date(day)}"
        add(email.lower(), "coordinator", f"Kính gửi: {name}, {units[unit_id].label}.", summary, sections,
            user_id, None)
    if notices:  # anyone else with notices waiting (e.g. a leader), read in one query
        for user in db.session.scalars(select(User).where(User.id.in_(list(notices)),
                                                          User.is_active_account.is_(True))):
            add(user.email.lower(), "notice", f"Kính gửi: {user.full_name}.", f"Thông báo ngày {vn_date(day)}",
                [], user.id, user.unit_id)
    return DailyPlan(day, window, None, list(digests.values()))


def by_channel(digests: list[Digest]) -> list[Digest]:
    """Each digest on the channels its recipient chose: email unless they turned it off, and the
    webhook (to their phone number or Zalo id) when they chose it and gave an address."""
    user_ids = {digest.user_id for digest in digests if digest.user_id is not None}
    prefs = {row.id: row for row in db.session.execute(
        select(User.id, User.channels, User.phone, User.zalo_id).where(User.id.in_(user_ids)))} if user_ids else {}
    out = []
    for digest in digests:
        pref = prefs.get(digest.user_id)
        channels = set((pref.channels if pref else "email").split(","))
        if pref is None or "email" in channels or not (pref.phone or pref.zalo_id):
            out.append(digest)
        if pref is not None and "webhook" in channels and (pref.phone or pref.zalo_id):
            out.append(replace(digest, channel="webhook", recipient=pref.phone or pref.zalo_id))
    return out


def run_daily(day: date, dry_run: bool = False, policy: ReminderPolicy | None = None,
              missed: list[date] | None = None):
    """Decide ``day`` and, unless ``dry_run``, enqueue its digests in the current transaction and
    mark the notices they carry as delivered.

    Returns the plan and how many rows were new (the rest were already in the outbox: the UNIQUE
    dedupe key turned them away). The caller commits.
    """
    plan = plan_daily(day, policy, missed)
    if dry_run or not plan.digests:
        return plan, 0
    new = enqueue(by_channel(plan.digests))
    told = [notice_id for digest in plan.digests for notice_id in digest.notice_ids]
    if told:
        db.session.execute(update(Notice).where(Notice.id.in_(told)).values(delivered_on=day)
                           .execution_options(synchronize_session=False))
    return plan, new
