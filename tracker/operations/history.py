"""The item history (lịch sử): the only writer of ``ItemEvent``.

Every operation that changes an item, or does something worth remembering about it (a nudge, a
chasing letter), records it here, in the caller's transaction. History is append-only. It is
also the one hook for event notices (``tracker.operations.notices``): written in the same
transaction as the event.
"""

from datetime import datetime

from sqlalchemy import insert
from sqlalchemy.orm.exc import StaleDataError

from tracker.clock import now_utc
from tracker.extensions import db
from tracker.models import Item, ItemEvent, User
from tracker.operations import notices
from tracker.workflow import StaleVersion


def record(item: Item, actor: User | None, action: str, *, from_state: str | None = None,
           to_state: str | None = None, at: datetime | None = None, **fields) -> ItemEvent:
    """Append one event to ``item``'s history and flush (a stale item becomes ``StaleVersion``).

    ``from_state``/``to_state`` default to the item's current state (an action that is not a
    transition); ``fields`` are the event's other columns (comment, old/new deadline).
    """
    event = ItemEvent(item=item, actor_id=actor.id if actor is not None else None, action=action,
                      from_state=item.state if from_state is None else from_state,
                      to_state=item.state if to_state is None else to_state,
                      at=at or now_utc(), **fields)
    db.session.add(event)
    flush_or_stale()
    notices.after_event(item, event)
    return event


def record_created(item: Item, actor: User | None, at: datetime) -> None:
    """The "giao nhiệm vụ" event of a new item (not flushed: imports add thousands at once)."""
    db.session.add(ItemEvent(item=item, actor_id=actor.id if actor is not None else None,
                             action="create", to_state="open", new_deadline=item.deadline, at=at))


def announce_created(items: list[Item]) -> None:
    """Tell the officers of each unit that new items were assigned (after ``record_created``)."""
    if items:
        db.session.flush()
        notices.after_created(items)


def record_many(item_ids: list[int], actor: User | None, action: str, comment: str,
                at: datetime | None = None) -> None:
    """The same note on many items at once, in one statement (a nudge, a chasing letter)."""
    if not item_ids:
        return
    moment = at or now_utc()
    actor_id = actor.id if actor is not None else None
    db.session.execute(insert(ItemEvent), [
        {"item_id": item_id, "actor_id": actor_id, "action": action, "comment": comment, "at": moment}
        for item_id in item_ids])


def flush_or_stale() -> None:
    """Flush the session; a concurrent change of a versioned row becomes ``StaleVersion``."""
    try:
        db.session.flush()
    except StaleDataError as error:
        raise StaleVersion() from error
