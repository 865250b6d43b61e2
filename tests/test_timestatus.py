"""Time status: the Python function and the SQL expression agree, on every boundary."""

from datetime import date, datetime, timedelta, timezone

import pytest
import time_machine
from sqlalchemy import select

from tracker.clock import today
from tracker.extensions import db
from tracker.models import Item
from tracker.queries.timestatus import deadline_badge, time_status, time_status_sql
from tracker.operations.items import transition

from factories import items_of, make_inspection, make_unit, make_user

DEADLINE = date(2023, 10, 25)
VN = timezone(timedelta(hours=7))

CASES = [
    # state, deadline, reported_on, today, expected
    ("open", DEADLINE, None, date(2023, 10, 25), "due_soon"),  # the deadline day itself is on time
    ("open", DEADLINE, None, date(2023, 10, 26), "overdue"),
    ("in_progress", DEADLINE, None, date(2023, 10, 18), "due_soon"),  # 7 days before: in the window
    ("in_progress", DEADLINE, None, date(2023, 10, 17), "on_track"),  # 8 days before
    ("in_progress", None, None, date(2030, 1, 1), "no_deadline"),  # "Thường xuyên" is never overdue
    ("reported", DEADLINE, date(2023, 10, 30), date(2023, 11, 5), "awaiting"),
    ("verified", DEADLINE, date(2023, 10, 25), date(2023, 11, 5), "done_on_time"),
    ("verified", DEADLINE, date(2023, 10, 26), date(2023, 11, 5), "done_late"),
    ("verified", None, date(2024, 1, 1), date(2024, 2, 1), "done_on_time"),
]


@pytest.mark.parametrize("state,deadline,reported_on,on,expected", CASES)
def test_python_rules(state, deadline, reported_on, on, expected):
    """time_status gives the expected code at each boundary."""
    assert time_status(state, deadline, reported_on, on, window=7) == expected


def test_sql_matches_python():
    """The SQL CASE classifies stored items exactly as the Python function, in one query."""
    unit = make_unit()
    inspection = make_inspection([unit], findings=len(CASES))
    items = items_of(inspection)
    for item, (state, deadline, reported_on, _on, _expected) in zip(items, CASES):
        item.state, item.deadline, item.reported_on = state, deadline, reported_on
    db.session.flush()
    for item, (state, deadline, reported_on, on, expected) in zip(items, CASES):
        sql = db.session.scalar(select(time_status_sql(Item, on, window=7)).where(Item.id == item.id))
        assert sql == expected == time_status(state, deadline, reported_on, on, window=7)


@pytest.mark.parametrize(
    "utc_moment,local",
    [
        (datetime(2023, 10, 25, 16, 59, tzinfo=timezone.utc), date(2023, 10, 25)),  # 23:59 in Hà Nội
        (datetime(2023, 10, 25, 17, 0, tzinfo=timezone.utc), date(2023, 10, 26)),  # 00:00 next day
        (datetime(2023, 10, 24, 23, 30, tzinfo=timezone.utc), date(2023, 10, 25)),  # 06:30 local
    ],
)
def test_today_is_local(utc_moment, local):
    """"Today" is the calendar day in Asia/Ho_Chi_Minh, not in UTC."""
    with time_machine.travel(utc_moment, tick=False):
        assert today() == local


def test_report_at_2359_local_on_deadline_is_on_time():
    """A report sent at 23:59 local time on the deadline day counts as on time."""
    unit = make_unit()
    officer, coordinator = make_user("officer", unit), make_user("coordinator")
    item = items_of(make_inspection([unit], deadline=DEADLINE))[0]
    with time_machine.travel(datetime(2023, 10, 25, 23, 59, tzinfo=VN), tick=False):
        transition(item, "report", officer, text="Đã khắc phục")
    transition(item, "verify", coordinator)
    assert item.reported_on == DEADLINE
    assert time_status(item.state, item.deadline, item.reported_on, date(2023, 11, 1)) == "done_on_time"


def test_report_just_after_midnight_local_is_late():
    """At 00:01 local time on the day after the deadline (still the deadline day in UTC) it is late."""
    unit = make_unit()
    officer, coordinator = make_user("officer", unit), make_user("coordinator")
    item = items_of(make_inspection([unit], deadline=DEADLINE))[0]
    with time_machine.travel(datetime(2023, 10, 26, 0, 1, tzinfo=VN), tick=False):
        transition(item, "report", officer, text="Đã khắc phục")
    transition(item, "verify", coordinator)
    assert time_status(item.state, item.deadline, item.reported_on, date(2023, 11, 1)) == "done_late"


@pytest.mark.parametrize("deadline,expected", [(date(2023, 10, 28), "còn 3 ngày"), (DEADLINE, "hôm nay"),
                                               (date(2023, 10, 20), "quá hạn 5 ngày"), (None, "không thời hạn")])
def test_deadline_badge(deadline, expected):
    """Badges read as officials say them."""
    assert deadline_badge(deadline, DEADLINE) == expected
