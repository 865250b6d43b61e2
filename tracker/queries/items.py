"""Reading items as a given user may see them (the scope comes from ``tracker.queries.scope``)."""

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import joinedload, selectinload

from tracker.clock import today, vn_date
from tracker.extensions import db
from tracker.forms import FormError, parse_date
from tracker.models import Finding, Item, ItemEvent, Unit, User
from tracker.queries.filters import ItemFilters, apply_filters
from tracker.queries.scope import scope_to_user
from tracker.queries.timestatus import time_status, time_status_sql
from tracker.sanitize import parse_id
from tracker.text import fold, sort_key
from tracker.workflow import Rule, allowed_triggers


def get_item(item_id: int) -> Item | None:
    """An item with its finding, inspection and unit (whoever asks checks access)."""
    return db.session.scalar(
        select(Item).where(Item.id == item_id)
        .options(joinedload(Item.finding).joinedload(Finding.inspection), joinedload(Item.unit))
    )


@dataclass
class ItemRow:
    """An item with what the list page needs: its time status and the buttons this user has."""

    item: Item
    time_status: str
    triggers: list[Rule]


SORTS = {
    "urgent": "Khẩn nhất trước",
    "deadline": "Thời hạn",
    "unit": "Đơn vị",
    "updated": "Cập nhật gần nhất",
}
PER_PAGE = 12


@dataclass(frozen=True)
class ItemSearch:
    """What the items list was narrowed to, read from (and written back to) the URL."""

    filters: ItemFilters = ItemFilters()
    text: str | None = None  # over the finding's text, the unit's name and the item's notes
    inspection_id: int | None = None
    due_from: date | None = None
    due_to: date | None = None
    returned: bool = False  # only items sent back by the coordinating office (bị trả lại)
    sort: str = "urgent"
    page: int = 1

    @classmethod
    def from_args(cls, args) -> "ItemSearch":
        """Read a search from request args; values that make no sense are dropped, not refused."""
        def number(name: str) -> int | None:
            value = (args.get(name) or "").strip()
            return parse_id(value)

        def day(name: str) -> date | None:
            try:
                return parse_date(args.get(name), required=False)
            except FormError:
                return None

        text = " ".join((args.get("text") or "").split())[:200] or None
        sort = args.get("sort") if args.get("sort") in SORTS else "urgent"
        return cls(filters=ItemFilters.from_args(args), text=text, inspection_id=number("inspection"),
                   due_from=day("from"), due_to=day("to"), returned=args.get("returned") == "1",
                   sort=sort, page=max(1, number("page") or 1))

    def to_args(self, **changes) -> dict[str, str]:
        """The search as URL arguments (only those set), with ``changes`` applied."""
        args = dict(self.filters.to_args())
        args.update({"text": self.text, "inspection": self.inspection_id, "sort": self.sort,
                     "from": vn_date(self.due_from) if self.due_from else None,
                     "to": vn_date(self.due_to) if self.due_to else None,
                     "returned": "1" if self.returned else None})
        args.update(changes)
        return {key: str(value) for key, value in args.items() if value not in (None, "", "urgent", 1)}

    @property
    def active(self) -> bool:
        """Whether anything narrows the list."""
        return bool(self.filters.active or self.text or self.inspection_id or self.due_from or self.due_to
                    or self.returned)


@dataclass
class ItemPage:
    """One page of the items list."""

    rows: list[ItemRow]
    total: int
    search: ItemSearch
    per_page: int = PER_PAGE

    @property
    def pages(self) -> int:
        """How many pages the whole result takes."""
        return max(1, -(-self.total // self.per_page))


def units_in_scope(user: User) -> list[Unit]:
    """The units that have items ``user`` may see (the items list's unit filter), by name."""
    units = scope_to_user(select(Item.unit_id).join(Item.finding), user).distinct()
    return sorted(db.session.scalars(select(Unit).where(Unit.id.in_(units.scalar_subquery()))),
                  key=lambda unit: sort_key(unit.name))


def search_condition(text: str):
    """Items whose finding, unit or notes contain ``text``, whatever its case and diacritics."""
    needle = fold(text)
    return or_(
        Item.notes_folded.contains(needle, autoescape=True),
        Item.finding_id.in_(select(Finding.id).where(Finding.text_folded.contains(needle, autoescape=True))),
        Item.unit_id.in_(select(Unit.id).where(Unit.name_folded.contains(needle, autoescape=True))),
    )


def search_items(user: User, search: ItemSearch, current: date | None = None,
                 per_page: int = PER_PAGE) -> ItemPage:
    """A page of the items ``user`` may see that match ``search``, with their time status and
    buttons: one count and one page query (finding, inspection and unit loaded with the items)."""
    current = current or today()
    status = time_status_sql(Item, current).label("time_status")
    query = scope_to_user(select(Item, status).join(Item.finding), user)
    query = apply_filters(query, search.filters, current)
    if search.text:
        query = query.where(search_condition(search.text))
    if search.inspection_id:
        query = query.where(Finding.inspection_id == search.inspection_id)
    if search.due_from:
        query = query.where(Item.deadline >= search.due_from)
    if search.due_to:
        query = query.where(Item.deadline <= search.due_to)
    if search.returned:
        query = query.where(Item.state == "in_progress", Item.returned_at.is_not(None))
    total = db.session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    order = {
        "urgent": (Item.state == "verified", Item.deadline.is_(None), Item.deadline, Item.unit_id,
                   Finding.position, Item.id),
        "deadline": (Item.deadline.is_(None), Item.deadline, Item.id),
        "unit": (Item.unit_id, Finding.position, Item.id),
        "updated": (Item.updated_at.desc(), Item.id.desc()),
    }[search.sort]
    pages = max(1, -(-total // per_page))
    page = min(search.page, pages)
    query = (query.options(joinedload(Item.finding).joinedload(Finding.inspection), joinedload(Item.unit))
             .order_by(*order).limit(per_page).offset((page - 1) * per_page))
    rows = [ItemRow(item=item, time_status=code, triggers=allowed_triggers(item, user))
            for item, code in db.session.execute(query).unique().all()]
    return ItemPage(rows=rows, total=total, search=replace(search, page=page), per_page=per_page)


def item_time_status(item: Item) -> str:
    """The time status of one item today."""
    return time_status(item.state, item.effective_deadline, item.reported_on, today())


def item_history(item: Item) -> list[ItemEvent]:
    """The item's events, oldest first, with their actors."""
    return list(
        db.session.scalars(
            select(ItemEvent)
            .where(ItemEvent.item_id == item.id)
            .options(selectinload(ItemEvent.actor))
            .order_by(ItemEvent.at, ItemEvent.id)
        )
    )
