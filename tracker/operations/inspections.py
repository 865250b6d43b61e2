"""What coordinators do to inspections: confirm an import, create one by hand, edit its header,
add a finding, correct a finding and give it to more units.

The confirm-import operation is the one path from a reviewed draft to the database, used by the
web review page and by ``tracker conclusions import`` alike: it creates the units the reviewer
asked for, writes the inspection, its findings and items (with their history) and keeps the
original file, all in the caller's transaction; if anything fails the stored file is removed.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from tracker.access import can
from tracker.extensions import db
from tracker.importer import service
from tracker.importer.load import PlannedInspection
from tracker.models import Finding, Inspection, Item, User
from tracker.operations.units import add_unit
from tracker.operations.writing import add_items, create_inspection
from tracker.queries.units import get_unit, known_unit_ids
from tracker.workflow import NotAllowed

log = logging.getLogger(__name__)

NO_RIGHT = "Bạn không có quyền thực hiện thao tác này."


@dataclass(frozen=True)
class NewUnit:
    """A unit the reviewer asked to create for a name the registry did not know."""

    name: str
    kind: str = "xa"


def _check(actor: User | None, action: str, obj=None) -> None:
    """``actor=None`` is the system (a CLI command run by an operator), which may do anything."""
    if actor is not None and not can(actor, action, obj):
        raise NotAllowed(NO_RIGHT)


def confirm_import(actor: User | None, filename: str, data: bytes,
                   build_plan: Callable[[dict[str, int]], PlannedInspection],
                   new_units: dict[str, NewUnit] | None = None, at: datetime | None = None) -> Inspection:
    """Create the reviewed inspection; flushes, the caller commits (or rolls back).

    ``new_units`` maps each unknown name to the unit to create for it (beside the actor's own
    unit: a district's new commune, a department's new room); ``build_plan`` then receives the
    new units' ids by name and returns the plan to write (it may raise ``FormError``). The
    inspection is coordinated by the actor's unit; one imported without an actor (the CLI
    without ``--as``) has no coordinating unit and is seen by admins only until one sets it.
    ``at`` backdates the creation (the demo's history).
    """
    _check(actor, "inspection.import")
    parent = actor.unit.parent if actor is not None and actor.unit is not None else None
    created = {name: add_unit(unit.name, unit.kind, parent=parent).id
               for name, unit in (new_units or {}).items()}
    plan = build_plan(created)
    plan.coordinator_unit_id = actor.unit_id if actor is not None else None
    try:
        service.keep_source(plan, filename, data)  # first on disk, removed again if the rest fails
        inspection = create_inspection(plan, actor, at=at)
    except Exception:
        service.discard_source(plan)
        raise
    log.info("import: %s confirmed by %s: %d findings", filename,
             actor.email if actor is not None else "the command line", len(plan.findings))
    return inspection


def create_by_hand(actor: User, fields: dict) -> Inspection:
    """An inspection typed in by a coordinator (no document yet), coordinated by their unit."""
    _check(actor, "inspection.create")
    return create_inspection(PlannedInspection(findings=[], coordinator_unit_id=actor.unit_id, **fields),
                             actor)


def update_header(actor: User, inspection: Inspection, fields: dict,
                  coordinator_unit_id: int | None = None) -> Inspection:
    """Change title, number, dates, place and the evidence rule; an admin may also set the
    coordinating unit."""
    _check(actor, "inspection.edit", inspection)
    for name, value in fields.items():
        setattr(inspection, name, value)
    if coordinator_unit_id is not None and coordinator_unit_id != inspection.coordinator_unit_id:
        _check(actor, "inspection.assign", inspection)
        unit = get_unit(coordinator_unit_id)
        if unit is None:
            raise NotAllowed("Đơn vị theo dõi không tồn tại.")
        inspection.coordinator_unit_id = unit.id
    return inspection


def add_finding(actor: User, inspection: Inspection, *, text: str, category: str, heading: str | None,
                unit_ids: list[int], deadline: date | None) -> Finding:
    """A new finding of ``inspection``, given to ``unit_ids`` with ``deadline`` (None: ongoing)."""
    _check(actor, "inspection.edit", inspection)
    units = known_unit_ids(unit_ids)
    finding = Finding(inspection=inspection, text=text, category=category, heading=heading,
                      position=len(inspection.findings) + 1)
    db.session.add(finding)
    add_items(finding, units, deadline, actor)
    return finding


def edit_finding(actor: User, finding: Finding, *, text: str, category: str, heading: str | None,
                 clear_note: bool, new_unit_ids: list[int], deadline: date | None) -> list[Item]:
    """Correct a finding's texts and give it to more units; returns the items created."""
    _check(actor, "inspection.edit", finding.inspection)
    finding.text, finding.category, finding.heading = text, category, heading
    if clear_note:
        finding.review_note = None
    if not new_unit_ids:
        return []
    return add_items(finding, known_unit_ids(new_unit_ids), deadline, actor)
