"""Reading items as a given user may see them (the scope comes from ``tracker.queries.scope``)."""

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from tracker.clock import today
from tracker.extensions import db
from tracker.models import Finding, Item, ItemEvent, User
from tracker.queries.scope import scope_to_user
from tracker.queries.timestatus import time_status, time_status_sql
from tracker.workflow import Rule, allowed_triggers


def get_item(item_id: int) -> Item | None:
    """An item with its finding, inspection and unit (whoever asks checks access)."""
    return db.session.scalar(
        select(Item).where(Item.id == item_id)
        .options(joinedload(Item.finding).joinedload(Finding.inspection), joinedload(Item.unit))
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
    return time_status(item.state, item.effective_deadline, item.reported_on, today())


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
