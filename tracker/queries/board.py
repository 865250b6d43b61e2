"""Queries behind the board pages: the overview per unit, a unit's board, findings' progress.

Each page needs a fixed number of queries whatever the number of units and items: counts are
aggregated in SQL (time status included, through ``time_status_sql``), never per row.
"""

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from sqlalchemy import String, case, cast, func, literal_column, select
from sqlalchemy.orm import joinedload

from tracker.extensions import db
from tracker.models import STATES, Evidence, Finding, Inspection, Item, Unit, User
from tracker.queries.filters import ItemFilters, apply_filters
from tracker.queries.scope import scope_to_user
from tracker.queries.timestatus import TIME_STATUSES, time_status, time_status_sql
from tracker.text import sort_key
from tracker.workflow import Rule, allowed_triggers

# From worst to best: a unit's overall status is the worst status among its items.
SEVERITY = ["overdue", "due_soon", "awaiting", "on_track", "no_deadline", "done_late", "done_on_time"]

FINISHED = {"done_on_time", "done_late"}  # time statuses of verified items; "awaiting" is reported

SORTS = {
    "overdue": "Quá hạn nhiều nhất",
    "name": "Tên đơn vị",
    "progress": "Tỷ lệ hoàn thành",
    "due_soon": "Sắp đến hạn",
    "activity": "Hoạt động gần nhất",
}


@dataclass
class UnitRow:
    """One unit's line on the overview."""

    unit_id: int
    name: str
    retired: bool
    total: int
    by_state: dict[str, int]
    by_status: dict[str, int]
    last_activity_text: str | None = None  # as the database returned it: sortable, parsed on display

    @property
    def last_activity(self) -> datetime | None:
        """When anything last happened to one of the unit's items (UTC)."""
        if not self.last_activity_text:
            return None
        return datetime.fromisoformat(self.last_activity_text[:26]).replace(tzinfo=timezone.utc)

    @property
    def percent_verified(self) -> int:
        """Share of the unit's items verified, rounded down to a whole percent."""
        return self.by_state["verified"] * 100 // self.total if self.total else 0

    @property
    def worst_status(self) -> str:
        """The most urgent time status among the unit's items."""
        return next(code for code in SEVERITY if self.by_status.get(code)) if self.total else "on_track"


@dataclass
class Overview:
    """Everything the overview page shows."""

    inspection: Inspection
    rows: list[UnitRow]
    totals: dict[str, int]
    state_totals: dict[str, int]
    units_by_status: dict[str, int]
    total_items: int
    sort: str = "overdue"
    descending: bool = True
    page: int = 1
    per_page: int = 100

    @property
    def pages(self) -> int:
        """Number of pages of unit rows."""
        return max(1, -(-len(self.rows) // self.per_page))

    @property
    def page_rows(self) -> list[UnitRow]:
        """The unit rows of the current page (totals and chart always cover every unit)."""
        start = (self.page - 1) * self.per_page
        return self.rows[start:start + self.per_page]


def overview_query(inspection: Inspection, user: User, filters: ItemFilters, today: date):
    """The overview's one query: items counted per (unit, state, time status), with unit names.

    Grouping by (unit, time status) and pivoting in Python is cheaper than eleven conditional
    sums; the state follows from the time status except open vs in progress, counted alongside.
    The covering index ``ix_items_overview`` lets the database read no table row.
    """
    status = time_status_sql(Item, today)
    grouped = (
        select(Item.unit_id, status.label("ts"), func.count().label("n"),
               func.sum(case((Item.state == "open", 1), else_=0)).label("open_n"),
               cast(func.max(Item.updated_at), String).label("last"))
        .where(Item.finding_id.in_(select(Finding.id).where(Finding.inspection_id == inspection.id)))
        .group_by(Item.unit_id, literal_column("ts"))  # by alias: the CASE is computed once
    )
    grouped = apply_filters(scope_to_user(grouped, user, inspection), filters, today).subquery()
    retired = case((Unit.retired_at.is_(None), 0), else_=1)
    return select(Unit.id, Unit.name, retired, grouped.c.ts, grouped.c.n, grouped.c.open_n,
                  grouped.c.last).join(grouped, grouped.c.unit_id == Unit.id)


def overview_version(inspection: Inspection, user: User, filters: ItemFilters, today: date,
                     *view: object) -> str:
    """A fingerprint of what the overview would show: the inspection's last item change and item
    count (one read of the covering index, no aggregation per unit), the day (time statuses move
    with it), the filters, the reader and the view (sort, page). Equal fingerprints, equal page."""
    last, count = db.session.execute(
        select(cast(func.max(Item.updated_at), String), func.count())
        .where(Item.finding_id.in_(select(Finding.id).where(Finding.inspection_id == inspection.id)))
    ).one()
    raw = "|".join(map(str, (inspection.id, last, count, today, sorted(filters.to_args().items()),
                             user.id, user.role, user.unit_id, *view)))
    return hashlib.sha1(raw.encode()).hexdigest()[:20]


def overview(inspection: Inspection, user: User, filters: ItemFilters, today: date,
             sort: str = "overdue", descending: bool = True, page: int = 1) -> Overview:
    """Per-unit counts of an inspection's items (after filters), from one query."""
    by_unit: dict[int, UnitRow] = {}
    for unit_id, name, retired, ts, count, open_count, last in db.session.execute(
            overview_query(inspection, user, filters, today)):
        row = by_unit.get(unit_id)
        if row is None:
            row = by_unit[unit_id] = UnitRow(
                unit_id=unit_id, name=name, retired=bool(retired), total=0,
                by_state=dict.fromkeys(STATES, 0), by_status=dict.fromkeys(TIME_STATUSES, 0))
        row.total += count
        row.by_status[ts] += count
        if ts in FINISHED:
            row.by_state["verified"] += count
        elif ts == "awaiting":
            row.by_state["reported"] += count
        else:
            row.by_state["open"] += open_count
            row.by_state["in_progress"] += count - open_count
        if last is not None and (row.last_activity_text is None or last > row.last_activity_text):
            row.last_activity_text = last
    rows = list(by_unit.values())
    sort = sort if sort in SORTS else "overdue"
    rows.sort(key=lambda r: sort_key(r.name))  # ties keep alphabetical order
    keys = {
        "overdue": lambda r: (r.by_status["overdue"], r.by_status["due_soon"]),
        "name": lambda r: sort_key(r.name),
        "progress": lambda r: (r.percent_verified, r.total),
        "due_soon": lambda r: (r.by_status["due_soon"], r.by_status["overdue"]),
        "activity": lambda r: r.last_activity_text or "",
    }
    rows.sort(key=keys[sort], reverse=descending)
    totals = {code: sum(r.by_status[code] for r in rows) for code in TIME_STATUSES}
    state_totals = {code: sum(r.by_state[code] for r in rows) for code in STATES}
    units_by_status = {code: 0 for code in SEVERITY}
    for row in rows:
        units_by_status[row.worst_status] += 1
    return Overview(inspection=inspection, rows=rows, totals=totals, state_totals=state_totals,
                    units_by_status=units_by_status, total_items=sum(r.total for r in rows),
                    sort=sort, descending=descending, page=max(1, page))


@dataclass
class Card:
    """One item on a unit board, with what the card needs to show."""

    item: Item
    time_status: str
    evidence_count: int
    triggers: list[Rule] = field(default_factory=list)


@dataclass
class UnitBoard:
    """A unit's four columns for one inspection."""

    inspection: Inspection
    unit: Unit
    columns: dict[str, list[Card]]

    @property
    def counts(self) -> dict[str, int]:
        """Cards per column."""
        return {state: len(cards) for state, cards in self.columns.items()}

    @property
    def percent_verified(self) -> int:
        """Share of the unit's items verified."""
        total = sum(self.counts.values())
        return self.counts["verified"] * 100 // total if total else 0


def evidence_counts(item_ids: list[int]) -> dict[int, int]:
    """Evidence files per item, in one query."""
    if not item_ids:
        return {}
    return dict(db.session.execute(
        select(Evidence.item_id, func.count()).where(Evidence.item_id.in_(item_ids))
        .group_by(Evidence.item_id)
    ).all())


def unit_board(inspection: Inspection, unit: Unit, user: User, filters: ItemFilters,
               today: date) -> UnitBoard:
    """The unit's items of an inspection in four columns (3 queries in all)."""
    query = (
        select(Item, time_status_sql(Item, today).label("ts"))
        .join(Item.finding)
        .join(Item.unit)
        .where(Finding.inspection_id == inspection.id, Item.unit_id == unit.id)
        .options(joinedload(Item.finding), joinedload(Item.returned_by))
        .order_by(Item.deadline.is_(None), Item.deadline, Finding.position, Item.id)
    )
    rows = db.session.execute(apply_filters(scope_to_user(query, user, inspection), filters, today)).all()
    counts = evidence_counts([item.id for item, _ in rows])
    columns: dict[str, list[Card]] = {state: [] for state in STATES}
    for item, status in rows:
        columns[item.state].append(
            Card(item=item, time_status=status, evidence_count=counts.get(item.id, 0),
                 triggers=allowed_triggers(item, user))
        )
    return UnitBoard(inspection=inspection, unit=unit, columns=columns)


def card_for(item: Item, user: User, today: date) -> Card:
    """A single card (after a transition), with its fresh counts."""
    return Card(item=item, time_status=time_status(item.state, item.effective_deadline, item.reported_on, today),
                evidence_count=evidence_counts([item.id]).get(item.id, 0),
                triggers=allowed_triggers(item, user))


def unit_state_counts(inspection_id: int, unit_id: int) -> dict[str, int]:
    """Items per state of one unit in one inspection (for out-of-band counter updates)."""
    rows = db.session.execute(
        select(Item.state, func.count()).join(Item.finding)
        .where(Finding.inspection_id == inspection_id, Item.unit_id == unit_id)
        .group_by(Item.state)
    ).all()
    counts = {state: 0 for state in STATES}
    counts.update(dict(rows))
    return counts
