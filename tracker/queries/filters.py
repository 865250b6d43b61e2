"""Filters shared by the board pages and the exports (the CSV exports exactly what a page shows).

Filters come from the URL (so a page can be bookmarked and refreshed without losing them);
invalid values are ignored rather than failing.
"""

from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import Select, select
from sqlalchemy.orm import joinedload

from tracker.categories import CATEGORIES
from tracker.models import STATES, Finding, Inspection, Item, Unit, User
from tracker.queries.scope import scope_to_user
from tracker.queries.timestatus import TIME_STATUSES, time_status_sql
from tracker.sanitize import parse_id
from tracker.text import fold


@dataclass(frozen=True)
class ItemFilters:
    """What a user narrowed a page down to."""

    category: str | None = None
    state: str | None = None
    time_status: str | None = None
    unit_query: str | None = None  # part of a unit's name
    unit_id: int | None = None
    finding_id: int | None = None

    @classmethod
    def from_args(cls, args) -> "ItemFilters":
        """Read filters from request args (a MultiDict or dict); unknown values are dropped."""

        def pick(name, allowed):
            value = (args.get(name) or "").strip()
            return value if value in allowed else None

        def number(name):
            return parse_id(args.get(name))

        query = " ".join((args.get("q") or "").split())[:100] or None
        return cls(
            category=pick("category", CATEGORIES),
            state=pick("state", STATES),
            time_status=pick("time_status", TIME_STATUSES),
            unit_query=query,
            unit_id=number("unit"),
            finding_id=number("finding"),
        )

    def to_args(self) -> dict[str, str]:
        """The filters as URL query arguments (only those set)."""
        names = {"unit_query": "q", "unit_id": "unit", "finding_id": "finding"}
        return {names.get(key, key): str(value) for key, value in asdict(self).items() if value}

    @property
    def active(self) -> bool:
        """Whether any filter is set."""
        return any(asdict(self).values())


def apply_filters(query: Select, filters: ItemFilters, today: date) -> Select:
    """Narrow an item query by ``filters`` (through sub-selects, so no join is required)."""
    if filters.category:
        query = query.where(Item.finding_id.in_(select(Finding.id).where(Finding.category == filters.category)))
    if filters.state:
        query = query.where(Item.state == filters.state)
    if filters.time_status:
        query = query.where(time_status_sql(Item, today) == filters.time_status)
    if filters.unit_id:
        query = query.where(Item.unit_id == filters.unit_id)
    if filters.finding_id:
        query = query.where(Item.finding_id == filters.finding_id)
    if filters.unit_query:
        matching = select(Unit.id).where(Unit.name_folded.contains(fold(filters.unit_query), autoescape=True))
        query = query.where(Item.unit_id.in_(matching))
    return query


def filtered_items(inspection: Inspection, user: User | None, filters: ItemFilters, today: date) -> Select:
    """Items of an inspection that ``user`` may see, narrowed by ``filters``, with their time status.

    Rows are ``(Item, time_status)``; finding and unit are loaded with the item (no query per row).
    """
    query = (
        select(Item, time_status_sql(Item, today).label("time_status"))
        .join(Item.finding)
        .join(Item.unit)
        .where(Finding.inspection_id == inspection.id)
        .options(joinedload(Item.finding), joinedload(Item.unit), joinedload(Item.returned_by))
    )
    query = apply_filters(scope_to_user(query, user, inspection), filters, today)
    return query.order_by(Unit.name, Finding.position, Item.id)
