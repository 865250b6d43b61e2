"""Days off: the calendar, make-up working days, the effective deadline (Điều 148 BLDS 2015)
judged the same way in Python, in SQL, on the board and in the daily decision."""

from datetime import date

from sqlalchemy import select

from tracker.extensions import db
from tracker.models import Item
from tracker.operations.deadlines import refresh_effective_deadlines
from tracker.queries.timestatus import time_status, time_status_sql
from tracker.reminders.decide import plan_daily
from tracker.reminders.policy import ReminderPolicy
from tracker.workdays import day_off_reason, effective_deadline, is_working_day, previous_working_day

from factories import items_of, make_inspection, make_unit
from reminders_support import World, config  # noqa: F401 (fixture)

SUNDAY = date(2023, 10, 29)


def test_calendar_knows_holidays_weekends_and_make_up_days():
    """Saturdays, Sundays and holidays are days off; a make-up Saturday (04/05/2024) is not."""
    assert day_off_reason(date(2023, 10, 28)) == "thứ Bảy"
    assert day_off_reason(date(2023, 9, 2)) == "Quốc khánh"
    assert is_working_day(date(2024, 5, 4))  # ngày làm bù for 29/04/2024
    assert not is_working_day(date(2024, 4, 29))
    assert previous_working_day(SUNDAY) == date(2023, 10, 27)
    assert ReminderPolicy().window(date(2024, 5, 4)) == [date(2024, 5, 4)]


def test_deadline_on_a_day_off_moves_when_the_setting_says_so(app, config):
    """Due on Sunday: judged on Monday by default, on Sunday itself when the setting is off."""
    assert effective_deadline(SUNDAY) == date(2023, 10, 30)
    assert effective_deadline(date(2023, 9, 2)) == date(2023, 9, 5)  # Quốc khánh, Sunday, the day off in lieu
    config(TRACKER_DEADLINE_MOVES_OFF_DAYS_OFF=False)
    assert effective_deadline(SUNDAY) == SUNDAY


def test_time_status_python_and_sql_judge_the_effective_deadline(app, config):
    """On Monday an item due Sunday is "sắp đến hạn" (not overdue) in Python and SQL alike;
    with the setting off, and after a refresh, it is overdue in both."""
    unit = make_unit()
    item = items_of(make_inspection([unit], findings=1))[0]
    item.deadline = SUNDAY
    db.session.flush()
    monday = date(2023, 10, 30)
    assert item.effective_deadline == monday
    sql = db.session.scalar(select(time_status_sql(Item, monday, window=7)).where(Item.id == item.id))
    assert sql == time_status(item.state, item.effective_deadline, None, monday, window=7) == "due_soon"
    config(TRACKER_DEADLINE_MOVES_OFF_DAYS_OFF="0")
    assert refresh_effective_deadlines() == 1
    db.session.expire_all()
    sql = db.session.scalar(select(time_status_sql(Item, monday, window=7)).where(Item.id == item.id))
    assert sql == time_status(item.state, item.effective_deadline, None, monday, window=7) == "overdue"


def test_deadline_on_sunday_is_warned_on_friday_and_not_overdue_on_monday(app):
    """The issue's case: due Sunday 29/10 gets a Friday warning and "hôm nay" on Monday."""
    world = World(findings=1)
    item = world.of(world.canh_nau)[0]
    world.set_deadline(item, SUNDAY)
    friday = plan_daily(date(2023, 10, 27))
    digest = next(d for d in friday.digests if d.recipient == "canbo.canhnau@test.vn")
    assert any(line.item_id == item.id for s in digest.sections for line in s.lines)
    monday = plan_daily(date(2023, 10, 30))
    digest = next(d for d in monday.digests if d.recipient == "canbo.canhnau@test.vn")
    keys = {s.key: [line.badge for line in s.lines] for s in digest.sections if s.lines}
    assert keys == {"due_today": ["hôm nay"]}


def test_item_page_says_the_deadline_moved_and_who_returned_it(app, client, auth):
    """The item page shows the effective deadline of a deadline on a day off, and the return's
    date, author and reason."""
    from factories import make_user
    from tracker.operations.items import transition

    world = World(findings=1)
    item = world.of(world.canh_nau)[0]
    world.set_deadline(item, SUNDAY)
    coordinator = make_user("coordinator", email="noivu2@test.vn")
    transition(item, "report", world.officer, text="Đã xong.")
    transition(item, "return_", coordinator, text="Thiếu minh chứng.")
    db.session.commit()
    auth.login("canbo.canhnau@test.vn")
    page = client.get(f"/items/{item.id}").get_data(as_text=True)
    assert "trùng ngày nghỉ, tính đến hết ngày 30/10/2023" in page
    assert "<strong>Bị trả lại</strong>" in page and "Thiếu minh chứng." in page


def test_digest_line_names_the_working_day_a_deadline_moved_to(app):
    """A digest line shows the deadline and the working day it is judged against."""
    world = World(findings=1)
    world.set_deadline(world.of(world.canh_nau)[0], SUNDAY)
    db.session.commit()
    digest = next(d for d in plan_daily(date(2023, 10, 30)).digests if d.recipient == "canbo.canhnau@test.vn")
    assert digest.sections[0].lines[0].deadline_text == "29/10/2023 (trùng ngày nghỉ, tính đến hết ngày 30/10/2023)"
