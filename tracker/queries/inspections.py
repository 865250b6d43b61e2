"""Reads of inspections: the list a user may see, one inspection with everything its edit page
names."""

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from tracker.extensions import db
from tracker.models import Finding, Inspection, Item, User
from tracker.queries.scope import inspection_scope


def visible_inspections(user: User | None) -> list[Inspection]:
    """Inspections the user has something to see in, newest first."""
    query = select(Inspection).order_by(Inspection.created_at.desc(), Inspection.id.desc())
    return list(db.session.scalars(query.where(inspection_scope(user))))


def with_findings(inspection_id: int) -> Inspection | None:
    """The inspection with its findings, their items and units loaded (three queries, not one
    per finding: the edit page names every finding's units)."""
    return db.session.scalar(
        select(Inspection).where(Inspection.id == inspection_id).options(
            selectinload(Inspection.findings).selectinload(Finding.items).joinedload(Item.unit)))
