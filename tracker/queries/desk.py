"""The coordinator's desk: reports waiting for verification across the inspections they follow
up (oldest first), and the extension requests waiting for a decision."""

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload, selectinload

from tracker.extensions import db
from tracker.models import Finding, Item, User
from tracker.queries.scope import scope_to_user

QUEUE_PAGE = 7


@dataclass
class Queue:
    """One page of the review queue, and the counts the desk's tabs show."""

    items: list[Item]
    waiting: int
    requests: int
    page: int = 1
    per_page: int = QUEUE_PAGE

    @property
    def pages(self) -> int:
        """How many pages the queue takes."""
        return max(1, -(-self.waiting // self.per_page))


def _counts(user: User) -> tuple[int, int]:
    """(reports waiting, extension requests waiting) among the items ``user`` acts on."""
    waiting = scope_to_user(select(func.count()).select_from(Item).where(Item.state == "reported"), user)
    requests = scope_to_user(select(func.count()).select_from(Item).where(
        Item.requested_deadline.is_not(None), Item.state != "verified"), user)
    return db.session.scalar(waiting), db.session.scalar(requests)


def review_queue(user: User, page: int = 1) -> Queue:
    """Reported items, oldest report first, with their finding, inspection, unit, reporter and
    evidence loaded (four queries in all, whatever the page holds)."""
    waiting, requests = _counts(user)
    pages = max(1, -(-waiting // QUEUE_PAGE))
    page = min(max(1, page), pages)
    query = scope_to_user(
        select(Item).join(Item.finding).where(Item.state == "reported")
        .options(joinedload(Item.finding).joinedload(Finding.inspection), joinedload(Item.unit),
                 joinedload(Item.reported_by), selectinload(Item.evidence))
        .order_by(Item.reported_at, Item.id).limit(QUEUE_PAGE).offset((page - 1) * QUEUE_PAGE), user)
    items = list(db.session.scalars(query).unique())
    return Queue(items=items, waiting=waiting, requests=requests, page=page)


def waiting_ids(user: User) -> list[int]:
    """Every reported item the user acts on (the queue's "all pages" selection), oldest first."""
    query = scope_to_user(select(Item.id).where(Item.state == "reported").order_by(Item.reported_at, Item.id), user)
    return list(db.session.scalars(query))


def extension_requests(user: User) -> Queue:
    """Items with an extension request waiting, earliest requested date first."""
    waiting, requests = _counts(user)
    query = scope_to_user(
        select(Item).join(Item.finding)
        .where(Item.requested_deadline.is_not(None), Item.state != "verified")
        .options(joinedload(Item.finding).joinedload(Finding.inspection), joinedload(Item.unit),
                 joinedload(Item.requested_by))
        .order_by(Item.requested_deadline, Item.id), user)
    return Queue(items=list(db.session.scalars(query).unique()), waiting=waiting, requests=requests)
