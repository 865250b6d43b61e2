"""Event notices (thông báo sự việc): who hears of an event, in the event's own transaction.

Called by the history writer (``tracker.operations.history``), so every verb that writes an event
is covered in one place. Recipients never reach outside the item's jurisdiction: the officers of
the item's unit, or the coordinators of the office that follows its inspection up. Each notice
has a dedupe key (event and recipient); a user who chose "immediate" also gets a message at once
(an outbox row keyed by the notice), the others find it in their next digest.
"""

from flask import current_app
from sqlalchemy import select

from tracker.clock import today, vn_date
from tracker.extensions import db
from tracker.models import Finding, Inspection, Item, ItemEvent, Notice, User
from tracker.reminders.digest import short_text, unit_label

OFFICER_EVENTS = {"return_": "returned", "verify": "verified", "approve_extension": "extension_approved",
                  "refuse_extension": "extension_refused"}
COORDINATOR_EVENTS = {"report": "new_report", "request_extension": "extension_request"}


def _text(kind: str, item: Item, event: ItemEvent | None, count: int = 1) -> str:
    """One Vietnamese sentence saying what happened."""
    finding = f"“{short_text(item.finding.text, 120)}”"
    unit = unit_label(item.unit.name, item.unit.kind)
    reason = f" Lý do: {event.comment}" if event is not None and event.comment else ""
    return {
        "returned": f"Nhiệm vụ {finding} của {unit} bị trả lại.{reason}",
        "verified": f"Nhiệm vụ {finding} của {unit} đã được xác nhận hoàn thành.",
        "extension_approved": f"Đề nghị gia hạn nhiệm vụ {finding} được đồng ý: thời hạn mới "
                              f"{vn_date(event.new_deadline) if event else ''}.",
        "extension_refused": f"Đề nghị gia hạn nhiệm vụ {finding} không được đồng ý.{reason}",
        "new_report": f"{unit} báo cáo hoàn thành nhiệm vụ {finding}, chờ xác nhận.",
        "extension_request": f"{unit} đề nghị gia hạn nhiệm vụ {finding} đến ngày "
                             f"{vn_date(event.new_deadline) if event else ''}.{reason}",
        "new_items": (f"{unit} được giao {count} nhiệm vụ mới theo {item.finding.inspection.title}"
                      + (f", trong đó có {finding}." if count > 1 else f": {finding}.")),
    }[kind]


def _officers(unit_id: int) -> list[User]:
    return list(db.session.scalars(select(User).where(
        User.unit_id == unit_id, User.role == "officer", User.is_active_account.is_(True))))


def _coordinators(item: Item) -> list[User]:
    office_id = db.session.scalar(select(Inspection.coordinator_unit_id).join(Finding).where(
        Finding.id == item.finding_id))
    if office_id is None:
        return []
    return list(db.session.scalars(select(User).where(
        User.unit_id == office_id, User.role == "coordinator", User.is_active_account.is_(True))))


def after_event(item: Item, event: ItemEvent) -> list[Notice]:
    """The notices one history event produces (none for most actions)."""
    if event.action in OFFICER_EVENTS:
        kind, users = OFFICER_EVENTS[event.action], _officers(item.unit_id)
    elif event.action in COORDINATOR_EVENTS:
        kind, users = COORDINATOR_EVENTS[event.action], _coordinators(item)
    else:
        return []
    users = [user for user in users if user.id != event.actor_id]
    return _notify(users, kind, item, _text(kind, item, event), f"{kind}:{event.id}")


def after_created(items: list[Item]) -> list[Notice]:
    """Officers hear once per assignment (a unit's new items of one inspection) that new items were
    assigned to their unit (set-based: one read of the officers, whatever the count)."""
    unit_ids = {item.unit_id for item in items}
    officers: dict[int, list[User]] = {}
    for user in db.session.scalars(select(User).where(
            User.unit_id.in_(unit_ids), User.role == "officer", User.is_active_account.is_(True))):
        officers.setdefault(user.unit_id, []).append(user)
    batches: dict[tuple[int, int], list[Item]] = {}
    for item in items:
        if item.unit_id in officers:
            batches.setdefault((item.unit_id, item.finding.inspection_id), []).append(item)
    notices = []
    for (unit_id, _inspection_id), batch in batches.items():
        first = min(batch, key=lambda item: item.id)
        notices += _notify(officers[unit_id], "new_items", first, _text("new_items", first, None, len(batch)),
                           f"new_items:{unit_id}:{first.id}", check=False)
    return notices


def _notify(users: list[User], kind: str, item: Item, text: str, key: str, check: bool = True) -> list[Notice]:
    """Write one notice per user (skipping keys already told, unless the caller knows they are
    new) and send the immediate ones."""
    if not users:
        return []
    keys = {f"{key}:{user.id}": user for user in users}
    known = set(db.session.scalars(select(Notice.dedupe_key).where(Notice.dedupe_key.in_(keys)))) if check else set()
    notices = [Notice(user_id=user.id, item_id=item.id, kind=kind, text=text, dedupe_key=dedupe)
               for dedupe, user in keys.items() if dedupe not in known]
    db.session.add_all(notices)
    db.session.flush()
    immediate = [(notice, keys[notice.dedupe_key]) for notice in notices
                 if keys[notice.dedupe_key].notice_mode == "immediate"]
    if immediate:
        _send_now(immediate, item)
    return notices


def _send_now(pairs, item: Item) -> None:
    """Enqueue one message per immediate notice (on the user's channels) and mark it told."""
    from tracker.reminders.decide import PREFERENCES_PATH, by_channel
    from tracker.reminders.digest import Digest
    from tracker.reminders.outbox import enqueue

    day = today()
    base_url = current_app.config.get("TRACKER_BASE_URL", "").rstrip("/")
    digests = []
    for notice, user in pairs:
        label = {"returned": "Nhiệm vụ bị trả lại", "verified": "Nhiệm vụ được xác nhận hoàn thành",
                 "extension_approved": "Gia hạn được đồng ý", "extension_refused": "Gia hạn không được đồng ý",
                 "new_report": "Báo cáo hoàn thành mới", "extension_request": "Đề nghị gia hạn mới",
                 "new_items": "Nhiệm vụ mới được giao"}[notice.kind]
        digest = Digest(user.email.lower(), "notice", day, f"Kính gửi: {user.full_name}.",
                        f"{label}: {unit_label(item.unit.name, item.unit.kind)}", [], user_id=user.id,
                        unit_id=item.unit_id, prefs_url=base_url + PREFERENCES_PATH)
        digest.notices, digest.notice_ids = [notice], [notice.id]
        digest.notice_key = notice.dedupe_key
        digests.append(digest)
        notice.delivered_on = day
    enqueue(by_channel(digests))
