"""Reading items as a given user may see them.

Authorization lives here: officers see their own unit's items only, and an item they may not
see is reported as absent (the view answers 404, never 403).
"""

from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import joinedload, selectinload

from tracker.clock import today
from tracker.extensions import db
from tracker.models import Finding, Item, ItemEvent, User
from tracker.queries.timestatus import time_status, time_status_sql
from tracker.workflow import Rule, allowed_triggers


def scope_to_user(query: Select, user: User) -> Select:
    """Restrict an item query to what ``user`` may see."""
    if user.sees_all_units:
        return query
    return query.where(Item.unit_id == user.unit_id)


def get_visible_item(user: User, item_id: int) -> Item | None:
    """The item if ``user`` may see it, else None (as if it did not exist)."""
    query = scope_to_user(select(Item).where(Item.id == item_id), user)
    return db.session.scalar(
        query.options(joinedload(Item.finding).joinedload(Finding.inspection), joinedload(Item.unit))
    )


@dataclass
class ItemRow:
    """An item with what the list page needs: its time status and the buttons this user has."""

    item: Item
    time_status: str
    triggers: list[Rule]


def list_items(user: User, limit: int = 500, offset: int = 0) -> list[ItemRow]:
    """The items ``user`` may see, most urgent first, with their time status and allowed triggers.

    One query for the items (finding, inspection and unit loaded with them); no query per row.
    """
    current = today()
    status = time_status_sql(Item, current).label("time_status")
    query = scope_to_user(
        select(Item, status)
        .join(Item.finding)
        .options(
            joinedload(Item.finding).joinedload(Finding.inspection),
            joinedload(Item.unit),
        ),
        user,
    )
    query = query.order_by(
        Item.state == "verified", Item.deadline.is_(None), Item.deadline, Item.unit_id,
        Finding.position, Item.id,
    ).limit(limit).offset(offset)
    return [
        ItemRow(item=item, time_status=code, triggers=allowed_triggers(item, user))
        for item, code in db.session.execute(query).unique().all()
    ]


def item_time_status(item: Item) -> str:
    """The time status of one item today."""
    return time_status(item.state, item.deadline, item.reported_on, today())


def item_history(item: Item) -> list[ItemEvent]:
    """The item's events, oldest first, with their actors."""
    return list(
        db.session.scalars(
            select(ItemEvent)
            .where(ItemEvent.item_id == item.id)
            .options(selectinload(ItemEvent.actor))
            .order_by(ItemEvent.at, ItemEvent.id)
        )
    )
