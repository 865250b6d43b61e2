"""The shared urgency grouping (desks and digests): first match wins, Python and SQL agree, and
the workflow keeps who returned an item and why until it is reported again."""

from datetime import date, datetime, timezone

import pytest
from sqlalchemy import select

from tracker.extensions import db
from tracker.models import Item
from tracker.operations.items import transition
from tracker.queries.urgency import URGENCY_GROUPS, urgency, urgency_sql

from factories import items_of, make_inspection, make_unit, make_user

TODAY = date(2023, 10, 25)  # a Wednesday
RETURNED = datetime(2023, 10, 20, 3, 0, tzinfo=timezone.utc)
CASES = [
    # state, deadline, returned_at, expected
    ("in_progress", date(2023, 10, 1), RETURNED, "returned"),  # returned beats overdue
    ("open", date(2023, 10, 24), None, "overdue"),
    ("in_progress", TODAY, None, "due_today"),
    ("open", date(2023, 11, 1), None, "due_soon"),
    ("open", date(2023, 11, 2), None, "new"),
    ("open", None, None, "new"),
    ("in_progress", date(2023, 12, 1), None, "in_progress"),
    ("reported", date(2023, 10, 1), None, "awaiting"),
    ("verified", date(2023, 10, 1), None, None),
]


def test_groups_are_the_desks_order():
    """Seven groups in the order the desks show them."""
    assert list(URGENCY_GROUPS.values()) == ["Bị trả lại", "Quá hạn", "Đến hạn hôm nay", "Sắp đến hạn",
                                             "Mới giao", "Đang thực hiện", "Chờ xác nhận"]


@pytest.mark.parametrize("state,deadline,returned_at,expected", CASES)
def test_first_match_wins(state, deadline, returned_at, expected):
    """Each item lands in exactly one group."""
    assert urgency(state, deadline, returned_at, TODAY, window=7) == expected


def test_sql_matches_python(app):
    """The SQL CASE puts stored items in the same groups as the Python function."""
    items = items_of(make_inspection([make_unit()], findings=len(CASES)))
    for item, (state, deadline, returned_at, _expected) in zip(items, CASES):
        item.state, item.deadline, item.returned_at = state, deadline, returned_at
    db.session.flush()
    for item, (_state, _deadline, _returned, expected) in zip(items, CASES):
        assert db.session.scalar(select(urgency_sql(Item, TODAY, window=7)).where(Item.id == item.id)) == expected


def test_return_keeps_reason_and_author_until_reported_again(app):
    """Trả lại stores when, why and by whom; the next report clears it."""
    unit = make_unit()
    officer, coordinator = make_user("officer", unit), make_user("coordinator")
    inspection = make_inspection([unit], findings=1)
    inspection.coordinator_unit_id = coordinator.unit_id
    item = items_of(inspection)[0]
    transition(item, "report", officer, text="Đã ban hành kế hoạch.")
    transition(item, "return_", coordinator, text="Thiếu quyết định kèm theo.")
    assert item.returned_reason == "Thiếu quyết định kèm theo." and item.returned_by_id == coordinator.id
    assert item.returned_at is not None
    assert urgency(item.state, item.effective_deadline, item.returned_at, TODAY, 7) == "returned"
    transition(item, "report", officer, text="Đã bổ sung quyết định.")
    assert item.returned_at is None and item.returned_reason is None and item.returned_by_id is None
