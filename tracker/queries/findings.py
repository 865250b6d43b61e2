"""Findings' progress across the units they concern, one finding's items, and the extension
requests waiting for a decision (for the board's "Theo hạn chế" and "Đề nghị gia hạn" pages)."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import joinedload

from tracker.access import reads_whole
from tracker.extensions import db
from tracker.models import STATES, Finding, Inspection, Item, User
from tracker.queries.board import Card, evidence_counts
from tracker.queries.filters import ItemFilters, filtered_items
from tracker.queries.scope import scope_to_user
from tracker.queries.timestatus import time_status_sql
from tracker.workflow import allowed_triggers


def _state_sums(column):
    return [func.sum(case((column == code, 1), else_=0)).label(f"state_{code}") for code in STATES]


@dataclass
class FindingRow:
    """A finding's progress across the units it concerns."""

    finding: Finding
    total: int
    by_state: dict[str, int]
    overdue: int

    @property
    def done(self) -> bool:
        """A finding is done when every unit's item is verified."""
        return self.total > 0 and self.by_state["verified"] == self.total

    @property
    def percent_verified(self) -> int:
        """Share of the units that finished."""
        return self.by_state["verified"] * 100 // self.total if self.total else 0


def findings_progress(inspection: Inspection, user: User, today: date) -> list[FindingRow]:
    """The inspection's findings the user may read, with counts per state and overdue (one query).

    Whoever reads the whole inspection gets every finding, even one without items yet; an officer
    or a leader of some of its units gets only the findings that concern those units, so no other
    unit's deficiency text ever reaches them."""
    ts = time_status_sql(Item, today)
    query = scope_to_user(
        select(Item.finding_id, func.count().label("total"), *_state_sums(Item.state),
               func.sum(case((ts == "overdue", 1), else_=0)).label("overdue"))
        .join(Item.finding).where(Finding.inspection_id == inspection.id)
        .group_by(Item.finding_id),
        user, inspection,
    )
    counts = {row.finding_id: row for row in db.session.execute(query)}
    whole = user is None or reads_whole(user, inspection)
    result = []
    for finding in inspection.findings:
        row = counts.get(finding.id)
        if row is None and not whole:
            continue
        by_state = {code: (getattr(row, f"state_{code}") or 0) if row else 0 for code in STATES}
        result.append(FindingRow(finding=finding, total=row.total if row else 0, by_state=by_state,
                                 overdue=(row.overdue or 0) if row else 0))
    return result


def finding_items(inspection: Inspection, finding: Finding, user: User, today: date) -> list[Card]:
    """One finding's items across the units the user may see (one query plus evidence counts)."""
    rows = db.session.execute(
        filtered_items(inspection, user, ItemFilters(finding_id=finding.id), today)
    ).all()
    counts = evidence_counts([item.id for item, _ in rows])
    return [Card(item=item, time_status=status, evidence_count=counts.get(item.id, 0),
                 triggers=allowed_triggers(item, user)) for item, status in rows]


def pending_extensions(inspection: Inspection, user: User) -> list[Item]:
    """Items of the inspection with an extension request waiting for a decision."""
    query = (
        select(Item).join(Item.finding)
        .where(Finding.inspection_id == inspection.id, Item.requested_deadline.is_not(None))
        .options(joinedload(Item.unit), joinedload(Item.finding), joinedload(Item.requested_by))
        .order_by(Item.requested_deadline, Item.id)
    )
    return list(db.session.scalars(scope_to_user(query, user, inspection)))
