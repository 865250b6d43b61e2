"""Keeping effective deadlines true to the calendar and the setting (tracker.workdays).

Items derive ``effective_deadline`` whenever their deadline is set (a mapper event on
``Item.deadline``); this operation recomputes every item at once, for when the setting
``TRACKER_DEADLINE_MOVES_OFF_DAYS_OFF`` or the holiday calendar changes. One UPDATE per distinct
deadline that changes, so it stays cheap at any number of items.
"""

from sqlalchemy import select, update

from tracker.extensions import db
from tracker.models import Item
from tracker.workdays import effective_deadline


def refresh_effective_deadlines() -> int:
    """Recompute ``Item.effective_deadline`` for every item; returns how many items changed.
    The caller commits."""
    pairs = db.session.execute(
        select(Item.deadline, Item.effective_deadline).where(Item.deadline.is_not(None)).distinct()).all()
    changed = 0
    for deadline, current in pairs:
        wanted = effective_deadline(deadline)
        if wanted != current:
            result = db.session.execute(
                update(Item.__table__)
                .where(Item.__table__.c.deadline == deadline,
                       Item.__table__.c.effective_deadline.is_distinct_from(wanted))
                .values(effective_deadline=wanted))
            changed += result.rowcount
    return changed
