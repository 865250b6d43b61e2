"""Writing a planned inspection: the inspection, its findings, one item per (finding, unit), and
each item's "giao nhiệm vụ" history line. Used by the confirm-import operation, by coordinators
typing an inspection in, and when a finding is given to more units.

Flushes, never commits: the caller's transaction makes the whole import atomic.
"""

from datetime import date, datetime

from tracker.clock import now_utc
from tracker.extensions import db
from tracker.importer.load import PlannedInspection, item_deadline
from tracker.models import Finding, Inspection, Item, User
from tracker.operations.history import announce_created, record_created


def create_inspection(
    plan: PlannedInspection, actor: User | None, at: datetime | None = None
) -> Inspection:
    """Create the inspection with one item per (finding, unit) and a "giao nhiệm vụ" event each.

    ``at`` backdates the creation (the demo's history); by default it is now.
    """
    moment = at or now_utc()
    inspection = Inspection(
        title=plan.title,
        number=plan.number,
        issued_on=plan.issued_on,
        issue_place=plan.issue_place,
        report_deadline=plan.report_deadline,
        issuer_unit_id=plan.issuer_unit_id,
        coordinator_unit_id=plan.coordinator_unit_id,
        requires_evidence=plan.requires_evidence,
        source_filename=plan.source_filename,
        source_content_type=plan.source_content_type,
        source_sha256=plan.source_sha256,
        source_stored_name=plan.source_stored_name,
        created_by_id=actor.id if actor else None,
        created_at=moment,
    )
    db.session.add(inspection)
    created = []
    for position, planned in enumerate(plan.findings, start=1):
        finding = Finding(
            inspection=inspection,
            category=planned.category,
            heading=planned.heading,
            text=planned.text,
            position=position,
            review_note=planned.review_note,
        )
        db.session.add(finding)
        created += add_items(finding, planned.unit_ids, item_deadline(planned, plan.report_deadline), actor,
                             remedy=planned.remedy, progress=planned.progress, moment=moment, announce=False)
    announce_created(created)  # one notice per unit for the whole inspection
    db.session.flush()
    return inspection


def add_items(finding: Finding, unit_ids: list[int], deadline: date | None, actor: User | None,
              *, remedy: str | None = None, progress: str | None = None, moment=None,
              announce: bool = True) -> list[Item]:
    """Assign ``finding`` to more units (each unit once), recording the assignment in history and,
    unless the caller announces a larger batch itself, telling the units' officers."""
    moment = moment or now_utc()
    existing = {item.unit_id for item in finding.items}
    created = []
    for unit_id in dict.fromkeys(unit_ids):
        if unit_id in existing:
            continue
        item = Item(
            finding=finding,
            unit_id=unit_id,
            state="open",
            deadline=deadline,
            original_deadline=deadline,
            remedy=remedy,
            progress=progress,
            created_at=moment,
            updated_at=moment,
        )
        db.session.add(item)
        record_created(item, actor, moment)
        created.append(item)
    if announce:
        announce_created(created)
    return created

