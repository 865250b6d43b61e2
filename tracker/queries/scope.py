"""The access table's jurisdiction as SQL: which items and inspections a reader may see.

These are the set-based twins of ``tracker.access.sees_item`` and the inspection read check, for
pages, exports and reminders that read many rows at once. ``reader=None`` is the system itself
(a CLI command or a scheduled job run by an operator), which reads everything.
"""

from sqlalchemy import ColumnElement, Select, false, or_, select, true

from tracker.access import ADMIN, COORDINATOR, OFFICER, VIEWER, reads_whole, subtree_ids
from tracker.models import Finding, Inspection, Item, User


def _findings_coordinated_by(units) -> Select:
    return select(Finding.id).join(Finding.inspection).where(Inspection.coordinator_unit_id.in_(units))


def item_scope(reader: User | None, inspection: Inspection | None = None) -> ColumnElement[bool] | None:
    """A condition on ``Item`` true for the items ``reader`` may see; None when they see all.

    When the query is about one ``inspection`` the reader reads whole (its coordinator, an admin,
    a leader above its coordinating unit), no condition is needed: the page stays one plain query.
    """
    if reader is None or reader.role == ADMIN:
        return None
    if inspection is not None and reads_whole(reader, inspection):
        return None
    if reader.unit_id is None:
        return false()
    if reader.role == OFFICER:
        return (Item.unit_id == reader.unit_id) & Item.finding_id.in_(_followed_up_findings())
    if reader.role == COORDINATOR:
        return Item.finding_id.in_(_findings_coordinated_by([reader.unit_id]))
    if reader.role == VIEWER:
        units = subtree_ids(reader.unit_id)
        return or_(Item.unit_id.in_(units) & Item.finding_id.in_(_followed_up_findings()),
                   Item.finding_id.in_(_findings_coordinated_by(units)))
    return false()


def _followed_up_findings() -> Select:
    """Findings of inspections that have a coordinating unit (the others are admins' alone)."""
    return select(Finding.id).join(Finding.inspection).where(Inspection.coordinator_unit_id.is_not(None))


def inspection_scope(reader: User | None) -> ColumnElement[bool]:
    """A condition on ``Inspection`` true for the inspections ``reader`` has something to see in."""
    if reader is None or reader.role == ADMIN:
        return true()
    if reader.unit_id is None:
        return false()
    if reader.role == COORDINATOR:
        return Inspection.coordinator_unit_id == reader.unit_id
    with_items = (select(Finding.inspection_id).join(Item, Item.finding_id == Finding.id)
                  .join(Finding.inspection).where(Inspection.coordinator_unit_id.is_not(None)))
    if reader.role == OFFICER:
        return Inspection.id.in_(with_items.where(Item.unit_id == reader.unit_id))
    if reader.role == VIEWER:
        units = subtree_ids(reader.unit_id)
        return or_(Inspection.coordinator_unit_id.in_(units),
                   Inspection.id.in_(with_items.where(Item.unit_id.in_(units))))
    return false()


def scope_to_user(query: Select, reader: User | None, inspection: Inspection | None = None) -> Select:
    """Restrict an item query to what ``reader`` may see (of ``inspection``, when it is about one)."""
    condition = item_scope(reader, inspection)
    return query if condition is None else query.where(condition)
