"""The whole picture of each unit and each coordinating office on one day.

Built from one read of every unfinished item (``load_pictures``): each item lands in its urgency
group (``tracker.queries.urgency``, the grouping the desks share), and the reminder policy says
*whether* the unit's recipients hear today, never what they are told. Counts are always the
true totals; only the lines listed in an email are capped.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select

from tracker.extensions import db
from tracker.models import Finding, Inspection, Item, OutboxMessage, Unit
from tracker.queries.urgency import UNFINISHED_STATES, count_by_group, urgency
from tracker.reminders.policy import ReminderPolicy


@dataclass
class UnitInfo:
    """What a digest needs to know about a unit."""

    id: int
    label: str
    name: str
    email: str | None
    active: bool


@dataclass
class InspectionInfo:
    """How a digest names an inspection, and who follows it up."""

    id: int
    title: str
    number: str | None
    issued_on: date | None
    office_id: int | None


@dataclass(frozen=True)
class Row:
    """One unfinished item as the decision reads it."""

    item_id: int
    unit_id: int
    state: str
    deadline: date | None
    effective: date | None
    returned_at: datetime | None
    returned_reason: str | None
    created_at: datetime
    reported_on: date | None
    finding_id: int
    text: str
    inspection_id: int
    group: str


@dataclass
class UnitPicture:
    """Every unfinished item of one unit (of inspections someone coordinates), by group."""

    unit_id: int
    groups: dict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))
    overdue_days: dict[int, int] = field(default_factory=dict)
    due_overdue: bool = False      # an overdue boundary falls in the window
    due_soon: bool = False         # a due-soon boundary (or a day-off warning) falls in it
    escalation_due: bool = False   # an item overdue long enough hits a boundary
    inspections: set[int] = field(default_factory=set)
    offices: set[int] = field(default_factory=set)

    def counts(self) -> dict[str, int]:
        """Items per urgency group (true totals)."""
        return {group: len(self.groups.get(group, ())) for group in count_by_group(())}


@dataclass
class OfficePicture:
    """A coordinating office's inspections: per unit, the items of its own inspections only."""

    office_id: int
    units: dict[int, UnitPicture] = field(default_factory=dict)
    waiting: dict[int, list[tuple[int, Row]]] = field(default_factory=lambda: defaultdict(list))

    def total(self, group: str) -> int:
        """Items of ``group`` over every unit."""
        return sum(len(picture.groups.get(group, ())) for picture in self.units.values())

    def units_with(self, group: str) -> int:
        """Units with at least one item of ``group``."""
        return sum(1 for picture in self.units.values() if picture.groups.get(group))


@dataclass
class Pictures:
    """Everything the day's digests are built from."""

    units: dict[int, UnitInfo]
    inspections: dict[int, InspectionInfo]
    per_unit: dict[int, UnitPicture]
    per_office: dict[int, OfficePicture]
    last_digest: dict[int, tuple[date, datetime]]


def load_units() -> dict[int, UnitInfo]:
    """Every unit, labelled as emails name it."""
    from tracker.reminders.digest import unit_label

    rows = db.session.execute(select(Unit.id, Unit.name, Unit.kind, Unit.email, Unit.retired_at))
    return {uid: UnitInfo(uid, unit_label(name, kind), name, (email or "").strip().lower() or None,
                          retired is None)
            for uid, name, kind, email, retired in rows}


def _load_inspections() -> dict[int, InspectionInfo]:
    rows = db.session.execute(select(Inspection.id, Inspection.title, Inspection.number,
                                     Inspection.issued_on, Inspection.coordinator_unit_id))
    return {row[0]: InspectionInfo(*row) for row in rows}


def _last_unit_digests(day: date) -> dict[int, tuple[date, datetime]]:
    """Per unit, the date and time of the latest daily digest about it before ``day``."""
    rows = db.session.execute(
        select(OutboxMessage.unit_id, func.max(OutboxMessage.for_date), func.max(OutboxMessage.created_at))
        .where(OutboxMessage.kind == "daily", OutboxMessage.unit_id.is_not(None), OutboxMessage.for_date < day)
        .group_by(OutboxMessage.unit_id))
    return {unit_id: (last_day, last_at) for unit_id, last_day, last_at in rows}


def load_pictures(day: date, window: list[date], policy: ReminderPolicy) -> Pictures:
    """Read every unfinished item once and sort it into unit and office pictures."""
    units, inspections = load_units(), _load_inspections()
    per_unit: dict[int, UnitPicture] = {}
    per_office: dict[int, OfficePicture] = {}
    texts: dict[int, str] = {}
    rows = db.session.execute(
        select(Item.id, Item.unit_id, Item.state, Item.deadline, Item.effective_deadline, Item.returned_at,
               Item.returned_reason, Item.created_at, Item.reported_on, Item.finding_id, Finding.text,
               Finding.inspection_id)
        .join(Finding, Finding.id == Item.finding_id)
        .where(Item.state.in_(UNFINISHED_STATES))
        .order_by(Item.effective_deadline, Item.id))
    window_days = policy.due_soon_horizon
    for (item_id, unit_id, state, deadline, effective, returned_at, reason, created_at, reported_on,
         finding_id, text, inspection_id) in rows:
        office_id = inspections[inspection_id].office_id
        if office_id is None or not units[unit_id].active:
            continue  # an inspection only admins see until assigned, or a retired unit
        if finding_id not in texts:
            texts[finding_id] = text
        group = urgency(state, effective, returned_at, day, window_days)
        row = Row(item_id, unit_id, state, deadline, effective, returned_at, reason, created_at,
                  reported_on, finding_id, texts[finding_id], inspection_id, group)
        unit_picture = per_unit.get(unit_id)
        if unit_picture is None:
            unit_picture = per_unit[unit_id] = UnitPicture(unit_id)
        office = per_office.get(office_id)
        if office is None:
            office = per_office[office_id] = OfficePicture(office_id)
        office_picture = office.units.get(unit_id)
        if office_picture is None:
            # Shares the unit's overdue days: the policy is applied once per item.
            office_picture = office.units[unit_id] = UnitPicture(unit_id, overdue_days=unit_picture.overdue_days)
        for picture in (unit_picture, office_picture):
            picture.groups[group].append(row)
            picture.inspections.add(inspection_id)
            picture.offices.add(office_id)
        _apply_policy(unit_picture, row, day, window, policy)
        if state == "reported" and reported_on is not None and (day - reported_on).days > policy.waiting_days:
            per_office[office_id].waiting[unit_id].append(((day - reported_on).days, row))
    return Pictures(units, inspections, per_unit, per_office, _last_unit_digests(day))


def _apply_policy(picture: UnitPicture, row: Row, day: date, window: list[date], policy: ReminderPolicy):
    """Note whether ``row`` makes today a reminder day for its unit (the policy decides *whether*)."""
    if row.state == "reported" or row.effective is None:
        return
    if row.effective < day:
        days = (day - row.effective).days
        picture.overdue_days[row.item_id] = days
        if policy.overdue_due(row.effective, window):
            picture.due_overdue = True
            if days >= policy.escalate_after_days:
                picture.escalation_due = True
    elif policy.due_soon_due(row.effective, window, row.deadline):
        picture.due_soon = True
