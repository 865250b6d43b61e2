"""Leaders' weekly summary: on the week's first working day, units ranked by overdue items, the
week's changes, the Excel export attached when the leader asked for it."""

import io
from datetime import date, datetime, timezone

import time_machine
from openpyxl import load_workbook
from sqlalchemy import select

from tracker.extensions import db
from tracker.models import OutboxMessage
from tracker.operations.items import transition
from tracker.reminders.digest import Renderer
from tracker.reminders.summary import is_summary_day, plan_weekly, run_weekly

from factories import make_inspection, make_unit, make_user
from reminders_support import World, config  # noqa: F401 (fixture)

MONDAY = date(2023, 10, 30)


def test_summary_day_is_the_first_working_day_of_the_week():
    """Monday, or Tuesday when Monday is a holiday (Quốc khánh 02/09/2024 was a Monday)."""
    assert is_summary_day(MONDAY) and not is_summary_day(date(2023, 10, 31))
    assert is_summary_day(date(2024, 9, 4)) and not is_summary_day(date(2024, 9, 2))


def test_leader_gets_units_ranked_with_changes_and_excel(app):
    """The district's leader hears of the district's inspection only, units ranked by overdue
    items, the week's reports, with the Excel export attached."""
    world = World(findings=2)
    district = db.session.get(type(world.canh_nau), world.coordinator.unit.parent_id)
    world.canh_nau.parent_id = world.xuan_luong.parent_id = district.id
    for item in world.of(world.xuan_luong):
        world.set_deadline(item, date(2023, 10, 20))
    world.set_deadline(world.of(world.canh_nau)[0], date(2023, 10, 27))
    leader = make_user("viewer", district, email="lanhdao@test.vn")
    leader.summary_excel = True
    elsewhere = make_unit("Phòng Hợp tác quốc tế", "phong")
    make_inspection([elsewhere], findings=1, coordinator_unit=elsewhere)
    with time_machine.travel(datetime(2023, 10, 27, 2, 0, tzinfo=timezone.utc), tick=False):
        transition(world.of(world.canh_nau)[1], "report", world.officer, text="Đã xong.")
    db.session.commit()
    assert plan_weekly(date(2023, 10, 31)) == []
    digests = [d for d in plan_weekly(MONDAY) if d.recipient == "lanhdao@test.vn"]
    assert len(digests) == 1
    digest = digests[0]
    assert digest.summary == "Tổng hợp tuần 30/10/2023: 3 nhiệm vụ quá hạn tại 2 đơn vị, 1 chờ xác nhận"
    groups = digest.sections[0].groups
    assert [(g.label, g.count) for g in groups] == [("UBND xã Xuân Lương", 2), ("UBND xã Canh Nậu", 1)]
    assert "1 nhiệm vụ báo cáo hoàn thành" in digest.intro and "1 nhiệm vụ trở thành quá hạn" in digest.intro
    text = "".join(Renderer().render(digest))
    assert "Phòng Hợp tác quốc tế" not in text
    book = load_workbook(io.BytesIO(digest.attachment))
    assert "Tổng hợp" in book.sheetnames
    assert run_weekly(MONDAY) >= 1
    db.session.commit()
    row = db.session.scalars(select(OutboxMessage).where(OutboxMessage.recipient == "lanhdao@test.vn")).one()
    assert row.kind == "summary" and row.attachment_name.endswith(".xlsx")
    assert run_weekly(MONDAY) == 0  # once per leader and date


def test_reminders_run_also_enqueues_the_monday_summary(app):
    """``tracker reminders run --date`` on a Monday enqueues the leaders' summaries too, once."""
    from tracker.cli import main

    world = World(findings=1)
    world.set_deadline(world.of(world.xuan_luong)[0], date(2023, 10, 20))
    make_user("viewer", email="lanhdao2@test.vn")
    db.session.commit()
    runner = app.test_cli_runner()
    for _ in range(2):
        result = runner.invoke(main, ["reminders", "run", "--date", "2023-10-30"])
        assert result.exit_code == 0 and "Tổng hợp hằng tuần cho lãnh đạo" in result.output
    rows = db.session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "summary")).all()
    # Every leader (viewer) hears of their own jurisdiction: the district's and the commune's head.
    assert sorted(row.recipient for row in rows) == ["chutich.canhnau@test.vn", "lanhdao2@test.vn"]
