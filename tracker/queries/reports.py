"""The read-only query behind every report and export.

Rows are plain tuples, never ORM objects, fetched one batch of units at a time in Vietnamese
alphabetical order: memory stays bounded whatever the size of the inspection (the 100,000-item
benchmark streams through it), and every builder lists units in the order officials expect.
Visibility and filters go through ``scope_to_user`` and ``apply_filters``, the very functions the
board uses, so an export holds exactly the items the board shows.
"""

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import select

from tracker.clock import local_date
from tracker.extensions import db
from tracker.models import Finding, Inspection, Item, Unit, User
from tracker.queries.board import Overview, overview
from tracker.queries.filters import ItemFilters, apply_filters
from tracker.queries.scope import scope_to_user
from tracker.queries.timestatus import time_status_sql
from tracker.text import sort_key

UNITS_PER_BATCH = 200


class ReportRow(NamedTuple):
    """One item as the reports print it."""

    item_id: int
    unit_id: int
    unit_name: str
    unit_kind: str
    category: str
    heading: str | None
    finding_text: str
    position: int
    state: str
    time_status: str
    deadline: date | None
    original_deadline: date | None
    reported_on: date | None
    verified_on: date | None
    remedy: str | None
    progress: str | None
    effective_deadline: date | None = None  # the deadline moved off a day off (tracker.workdays)


class UnitRef(NamedTuple):
    """A unit that has items in the report."""

    id: int
    name: str
    kind: str


def scoped_items(query, inspection: Inspection, user: User | None, filters: ItemFilters, today: date):
    """Narrow an item query to one inspection, what ``user`` may see and ``filters``.

    ``user=None`` is the system (``tracker report``), which reads every unit."""
    query = query.where(Finding.inspection_id == inspection.id)
    return apply_filters(scope_to_user(query, user, inspection), filters, today)


def report_units(inspection: Inspection, user: User | None, filters: ItemFilters, today: date) -> list[UnitRef]:
    """Units with at least one matching item, in Vietnamese alphabetical order (one query)."""
    item_units = scoped_items(select(Item.unit_id).join(Item.finding), inspection, user, filters, today)
    rows = db.session.execute(
        select(Unit.id, Unit.name, Unit.kind).where(Unit.id.in_(item_units.scalar_subquery()))
    ).all()
    return sorted((UnitRef(*row) for row in rows), key=lambda unit: (sort_key(unit.name), unit.id))


def report_rows(inspection: Inspection, user: User | None, filters: ItemFilters, today: date,
                units: list[UnitRef] | None = None) -> Iterator[ReportRow]:
    """Matching items, unit by unit (Vietnamese order), then in the findings' order.

    One query per ``UNITS_PER_BATCH`` units; only one batch is in memory at a time.
    """
    units = report_units(inspection, user, filters, today) if units is None else units
    status = time_status_sql(Item, today).label("time_status")
    columns = select(
        Item.id, Item.unit_id, Unit.name, Unit.kind, Finding.category, Finding.heading, Finding.text,
        Finding.position, Item.state, status, Item.deadline, Item.original_deadline,
        Item.reported_on, Item.verified_at, Item.remedy, Item.progress, Item.effective_deadline,
    ).select_from(Item).join(Item.finding).join(Item.unit)
    for start in range(0, len(units), UNITS_PER_BATCH):
        batch = units[start:start + UNITS_PER_BATCH]
        query = scoped_items(columns.where(Item.unit_id.in_([unit.id for unit in batch])),
                        inspection, user, filters, today)
        by_unit: dict[int, list[ReportRow]] = {unit.id: [] for unit in batch}
        for row in db.session.execute(query.order_by(Item.unit_id, Finding.position, Item.id)):
            verified = row.verified_at
            by_unit[row.unit_id].append(ReportRow(
                *row[:13], _local_day(verified), *row[14:]))
        for unit in batch:
            yield from by_unit[unit.id]


def _local_day(moment: datetime | None) -> date | None:
    return local_date(moment) if moment is not None else None


def unit_filters(filters: ItemFilters, unit_id: int | None) -> ItemFilters:
    """``filters`` narrowed to one unit (a unit's own report or board)."""
    return replace(filters, unit_id=unit_id) if unit_id else filters


def summary(inspection: Inspection, user: User, filters: ItemFilters, today: date) -> Overview:
    """Counts per unit and time status, from the overview's own query (so they match the board).

    Rows come in Vietnamese alphabetical order of the units.
    """
    return overview(inspection, user, filters, today, sort="name", descending=False)
