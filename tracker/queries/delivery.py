"""Delivery failures (thư không gửi được) as the coordinators see them.

A 5xx answer from the relay (a unit mailbox that does not exist, a refused recipient) fails the
message for good; the coordinators of the inspections that concern that unit see it here, so
they can fix the address or reach the unit another way. Only the recipient, the unit, the date
and the error are shown: a digest's subject may count another office's items.
"""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from tracker.extensions import db
from tracker.models import Finding, Inspection, Item, OutboxMessage, Unit, User

FAILED = ("failed", "unknown")


@dataclass(frozen=True)
class Failure:
    """One message that did not get through."""

    id: int
    recipient: str
    unit_name: str | None
    for_date: date
    kind: str
    status: str
    error: str | None


def failures_seen_by(user: User, limit: int = 200) -> list[Failure]:
    """Failed (or unknown) messages about units in the inspections ``user`` coordinates (all for
    an admin), newest first."""
    query = (select(OutboxMessage.id, OutboxMessage.recipient, Unit.name, OutboxMessage.for_date,
                    OutboxMessage.kind, OutboxMessage.status, OutboxMessage.last_error)
             .outerjoin(Unit, Unit.id == OutboxMessage.unit_id)
             .where(OutboxMessage.status.in_(FAILED)).order_by(OutboxMessage.id.desc()).limit(limit))
    if user.role != "admin":
        if user.unit_id is None:
            return []
        units = (select(Item.unit_id).join(Finding, Finding.id == Item.finding_id)
                 .join(Inspection, Inspection.id == Finding.inspection_id)
                 .where(Inspection.coordinator_unit_id == user.unit_id))
        query = query.where(OutboxMessage.unit_id.in_(units))
    return [Failure(*row) for row in db.session.execute(query)]
