"""What people do to an item: move it through the workflow, edit its texts, comment, extend or
ask to extend its deadline (gia hạn).

Each operation asks the access table, changes the item, writes one history event and flushes, in
the caller's transaction; changes to the item itself check the version the user's form was
rendered with, so a stale page changes nothing.
"""

from datetime import date, datetime

from sqlalchemy import update

from tracker.access import can
from tracker.clock import now_utc
from tracker.extensions import db
from tracker.models import Item, ItemEvent, User
from tracker.operations.history import record as _record
from tracker.workflow import NotAllowed, StaleVersion, fire

NO_RIGHT = "Bạn không có quyền thực hiện thao tác này."


def _check_version(item: Item, expected_version: int | None) -> None:
    if expected_version is not None and item.version != expected_version:
        raise StaleVersion()


def transition(item: Item, trigger: str, actor: User, *, text: str | None = None,
               expected_version: int | None = None, at: datetime | None = None) -> ItemEvent:
    """Fire ``trigger`` on ``item`` for ``actor`` and record it as one history event.

    ``text`` is the progress note for ``report`` and the reason for ``return_``/``reopen``.
    Raises ``StaleVersion`` if the item changed since ``expected_version`` was read (the page
    was stale) or changes under us while flushing, and ``NotAllowed`` with a Vietnamese reason.
    ``at`` backdates the event (importing history); by default it is now.
    """
    _check_version(item, expected_version)
    from_state, moment = item.state, at or now_utc()
    fire(item, trigger, actor, text, moment)
    item.updated_at = moment
    return _record(item, actor, trigger, from_state=from_state, to_state=item.state,
                   comment=(text or "").strip() or None, at=moment)


def touch(item: Item) -> None:
    """Mark activity on the item (comment, evidence) without bumping its version,
    so a comment does not make everybody else's open form stale."""
    db.session.execute(update(Item.__table__).where(Item.__table__.c.id == item.id)
                       .values(updated_at=now_utc()))


def edit_texts(item: Item, actor: User, remedy: str, progress: str,
               expected_version: int | None) -> ItemEvent | None:
    """Update the remedy plan (giải pháp) and progress note (tiến độ); None when nothing changed."""
    if not can(actor, "item.edit", item):
        raise NotAllowed(NO_RIGHT)
    _check_version(item, expected_version)
    remedy, progress = remedy.strip() or None, progress.strip() or None
    if (remedy, progress) == (item.remedy, item.progress):
        return None
    changed = [label for label, old, new in (("giải pháp khắc phục", item.remedy, remedy),
                                             ("tiến độ thực hiện", item.progress, progress)) if old != new]
    item.remedy, item.progress = remedy, progress
    return _record(item, actor, "edit", comment="Cập nhật " + " và ".join(changed) + ".")


def add_comment(item: Item, actor: User, text: str) -> ItemEvent:
    """Add a comment to the item's history."""
    if not can(actor, "item.comment", item):
        raise NotAllowed(NO_RIGHT)
    if not text.strip():
        raise NotAllowed("Vui lòng nhập nội dung ý kiến.")
    touch(item)
    return _record(item, actor, "comment", comment=text.strip())


def extend_deadline(item: Item, actor: User, new_deadline: date, reason: str,
                    expected_version: int | None = None) -> ItemEvent:
    """A coordinator moves the deadline (the original deadline stays recorded on the item)."""
    if not can(actor, "item.extend", item):
        raise NotAllowed(NO_RIGHT)
    _check_version(item, expected_version)
    if not reason.strip():
        raise NotAllowed("Vui lòng nhập lý do gia hạn.")
    if new_deadline == item.deadline:
        raise NotAllowed("Thời hạn mới trùng với thời hạn hiện tại.")
    old = item.deadline
    item.deadline = new_deadline
    item.requested_deadline = item.requested_reason = item.requested_by_id = None
    return _record(item, actor, "extend", comment=reason.strip(), old_deadline=old,
                   new_deadline=new_deadline)


def request_extension(item: Item, actor: User, new_deadline: date, reason: str,
                      expected_version: int | None = None) -> ItemEvent:
    """An officer asks for a new deadline; a coordinator will approve or refuse it."""
    if not can(actor, "item.request_extension", item):
        if item.requested_deadline is not None:
            raise NotAllowed("Nhiệm vụ này đang có một đề nghị gia hạn chờ xem xét.")
        raise NotAllowed(NO_RIGHT)
    _check_version(item, expected_version)
    if not reason.strip():
        raise NotAllowed("Vui lòng nhập lý do đề nghị gia hạn.")
    if item.deadline is not None and new_deadline <= item.deadline:
        raise NotAllowed("Ngày đề nghị phải sau thời hạn hiện tại.")
    item.requested_deadline, item.requested_reason = new_deadline, reason.strip()
    item.requested_by_id = actor.id
    return _record(item, actor, "request_extension", comment=reason.strip(),
                   old_deadline=item.deadline, new_deadline=new_deadline)


def decide_extension(item: Item, actor: User, approve: bool, reason: str = "",
                     expected_version: int | None = None) -> ItemEvent:
    """A coordinator approves (the deadline moves) or refuses (a reason is required) a request."""
    if item.requested_deadline is None:
        raise NotAllowed("Nhiệm vụ này không có đề nghị gia hạn nào đang chờ.")
    if not can(actor, "item.decide_extension", item):
        raise NotAllowed(NO_RIGHT)
    _check_version(item, expected_version)
    if not approve and not reason.strip():
        raise NotAllowed("Vui lòng nhập lý do không đồng ý gia hạn.")
    old, requested = item.deadline, item.requested_deadline
    item.requested_deadline = item.requested_reason = item.requested_by_id = None
    if approve:
        item.deadline = requested
        return _record(item, actor, "approve_extension", comment=reason.strip() or None,
                       old_deadline=old, new_deadline=requested)
    return _record(item, actor, "refuse_extension", comment=reason.strip(), old_deadline=old,
                   new_deadline=requested)
