"""The reminder policy and the daily decision: boundaries under a frozen clock, recipients,
digests, idempotence, dry runs, concurrency and a fixed query budget."""

import threading
from datetime import date, datetime, timedelta, timezone

import pytest
import time_machine
from sqlalchemy import func, select, update

from tracker.cli import main
from tracker.extensions import db
from tracker.models import JobRun, Notice, OutboxMessage
from tracker.reminders.decide import plan_daily, run_daily
from tracker.reminders.policy import ReminderPolicy

from factories import make_inspection, make_unit, make_user
from reminders_support import World, config  # noqa: F401 (fixture)

DEADLINE = date(2023, 10, 25)  # a Wednesday: the deadline of seed 001
UTC = timezone.utc


def outbox_rows() -> list[OutboxMessage]:
    return db.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).all()


def digest_for(plan, address):
    return next((d for d in plan.digests if d.recipient == address), None)


def section_keys(digest) -> set[str]:
    return {s.key for s in digest.sections if s.lines or s.groups} if digest else set()


# --- the policy, pure ---------------------------------------------------------------------


def test_overdue_reminder_days_are_1_3_7_then_weekly():
    """Overdue items are reminded on days 1, 3, 7, 14, 21… and never on the others."""
    policy = ReminderPolicy()
    hits = [n for n in range(0, 40) if policy.is_overdue_reminder_day(n)]
    assert hits == [1, 3, 7, 14, 21, 28, 35]


def test_window_covers_weekends_and_holidays():
    """Monday's run covers Saturday and Sunday; the day after Quốc khánh covers the long weekend."""
    policy = ReminderPolicy()
    assert policy.window(date(2023, 10, 23)) == [date(2023, 10, 21), date(2023, 10, 22), date(2023, 10, 23)]
    assert policy.window(date(2023, 10, 24)) == [date(2023, 10, 24)]
    assert policy.window(date(2023, 10, 22)) == []
    assert policy.non_working_reason(date(2023, 10, 22)) == "Chủ nhật"
    assert policy.non_working_reason(date(2025, 9, 2)) == "Quốc khánh"
    assert policy.window(date(2025, 9, 3)) == [date(2025, 8, 30) + timedelta(days=n) for n in range(5)]
    assert ReminderPolicy(skip_non_working_days=False).window(date(2023, 10, 22)) == [date(2023, 10, 22)]


def test_policy_reads_config_strings():
    """Every policy value can come from the environment as text."""
    policy = ReminderPolicy.from_config({"TRACKER_REMINDER_DUE_SOON_DAYS": "5, 1", "TRACKER_REMINDER_TIME": "06:45",
                                         "TRACKER_REMINDER_SKIP_NON_WORKING_DAYS": "false",
                                         "TRACKER_REMINDER_WAITING_DAYS": "5"})
    assert policy.due_soon_days == (5, 1) and policy.send_time.hour == 6 and policy.send_time.minute == 45
    assert not policy.skip_non_working_days and policy.waiting_days == 5


# --- the decision over every boundary ---------------------------------------------------

BOUNDARIES = [
    (date(2023, 10, 18), "due_soon", "còn 7 ngày"),    # T-7, Wednesday
    (date(2023, 10, 19), None, None),                  # T-6: nothing
    (date(2023, 10, 22), None, None),                  # T-3 is a Sunday: nothing sent that day…
    (date(2023, 10, 23), "due_soon", "còn 2 ngày"),    # …but Monday's run covers it
    (date(2023, 10, 24), "due_soon", "còn 1 ngày"),    # T-1
    (date(2023, 10, 25), "due_today", "hôm nay"),      # T0
    (date(2023, 10, 26), "overdue", "quá hạn 1 ngày"),  # overdue day 1
    (date(2023, 10, 27), None, None),                  # day 2: nothing
    (date(2023, 10, 30), "overdue", "quá hạn 5 ngày"),  # day 3 was Saturday: Monday covers it
    (date(2023, 10, 31), None, None),                  # day 6
    (date(2023, 11, 1), "overdue", "quá hạn 7 ngày"),   # day 7, escalated to the head
    (date(2023, 11, 8), "overdue", "quá hạn 14 ngày"),  # day 14 (weekly), escalated
    (date(2023, 11, 9), None, None),                   # day 15
]


@pytest.mark.parametrize("today,section,badge", BOUNDARIES, ids=[str(b[0]) for b in BOUNDARIES])
def test_officer_hears_on_each_boundary(app, today, section, badge):
    """With the clock frozen at 08:00 local, the CLI enqueues the officer's digest on exactly the
    boundary days (T-7, T-3, T-1, T0, overdue 1, 3, 7, 14), skipped days caught up after them."""
    world = World(findings=1)
    world.set_deadline(world.of(world.canh_nau)[0], DEADLINE)
    db.session.commit()
    with time_machine.travel(datetime(today.year, today.month, today.day, 1, 0, tzinfo=UTC), tick=False):
        result = app.test_cli_runner().invoke(main, ["reminders", "run"])
    assert result.exit_code == 0, result.output
    rows = {row.recipient: row for row in outbox_rows() if row.kind == "daily"}  # Mondays: summaries too
    officer = rows.get("canbo.canhnau@test.vn")
    if section is None:
        assert officer is None and "ubnd.canhnau@test.vn" not in rows
        return
    assert officer is not None and officer.for_date == today
    assert officer.dedupe_key == f"daily:canbo.canhnau@test.vn:{today.isoformat()}"
    assert f"[{badge}]" in officer.body_text and "25/10/2023" in officer.body_text
    assert rows["ubnd.canhnau@test.vn"].body_text == officer.body_text.replace(
        "Người dùng officer, cán bộ phụ trách, UBND xã Canh Nậu", "UBND xã Canh Nậu")
    assert "canbo.xuanluong@test.vn" not in rows  # the other unit has nothing due
    head = rows.get("chutich.canhnau@test.vn")
    days_overdue = (today - DEADLINE).days
    assert (head is not None) == (days_overdue >= 7)
    if head:
        assert "quá hạn từ 7 ngày trở lên" in head.subject and f"quá hạn {days_overdue} ngày" in head.body_text
    coordinator = rows.get("noivu@test.vn")
    assert (coordinator is not None) == (today > DEADLINE)  # every working day once something is overdue


def test_run_at_2330_utc_is_already_tomorrow_in_vietnam(app):
    """At 23:30 UTC on 24/10 it is 06:30 on 25/10 in Hà Nội: the run is for 25/10 (T0)."""
    world = World(findings=1)
    world.set_deadline(world.of(world.canh_nau)[0], DEADLINE)
    db.session.commit()
    with time_machine.travel(datetime(2023, 10, 24, 23, 30, tzinfo=UTC), tick=False):
        result = app.test_cli_runner().invoke(main, ["reminders", "run"])
    assert result.exit_code == 0, result.output
    officer = next(row for row in outbox_rows() if row.recipient == "canbo.canhnau@test.vn")
    assert officer.for_date == DEADLINE and "[hôm nay]" in officer.body_text
    assert "Đến hạn hôm nay" in officer.body_text


def test_holiday_is_skipped_and_caught_up(app, config):
    """Nothing goes out on Quốc khánh (02/09/2025); the next working day covers its T-3 boundary.
    With skipping turned off the holiday is an ordinary day."""
    world = World(findings=1)
    world.set_deadline(world.of(world.canh_nau)[0], date(2025, 9, 5))  # T-3 = 02/09, a holiday
    db.session.commit()
    runner = app.test_cli_runner()
    result = runner.invoke(main, ["reminders", "run", "--date", "2025-09-02"])
    assert result.exit_code == 0 and "ngày nghỉ (Quốc khánh)" in result.output
    assert outbox_rows() == []
    result = runner.invoke(main, ["reminders", "run", "--date", "2025-09-03"])
    assert result.exit_code == 0, result.output
    officer = next(row for row in outbox_rows() if row.recipient == "canbo.canhnau@test.vn")
    assert officer.for_date == date(2025, 9, 3) and "[còn 2 ngày]" in officer.body_text
    config(TRACKER_REMINDER_SKIP_NON_WORKING_DAYS=False)
    assert digest_for(plan_daily(date(2025, 9, 2)), "canbo.canhnau@test.vn") is not None


def test_recipients_preferences_and_subject(app):
    """One digest per address whose subject states the unit's true totals (every item that matters,
    not only today's boundaries; the due on Saturday and Sunday count from Monday 30/10); due-soon
    boundaries can be turned off as a reason to write (overdue cannot), but a digest that goes out
    still tells the whole picture; the mailbox gets the officers' digest; no empty digest."""
    world = World(findings=6)
    items = world.of(world.canh_nau)
    today = date(2023, 10, 26)
    world.set_deadline(items[0], date(2023, 10, 25))  # overdue day 1
    world.set_deadline(items[1], date(2023, 10, 23))  # overdue day 3
    world.set_deadline(items[2], date(2023, 10, 27))  # T-1
    world.set_deadline(items[3], date(2023, 10, 29))  # T-3
    world.set_deadline(items[4], date(2023, 11, 2))   # T-7
    world.set_deadline(items[5], date(2023, 10, 28))  # T-2: not a boundary
    quiet = make_user("officer", world.canh_nau, email="khongnhac@test.vn")
    quiet.notify_due_soon = False
    make_user("officer", world.canh_nau, email="nghiviec@test.vn").is_active_account = False
    db.session.commit()
    plan = plan_daily(today)
    assert len({d.recipient for d in plan.digests}) == len(plan.digests)
    officer = digest_for(plan, "canbo.canhnau@test.vn")
    assert officer.summary == "UBND xã Canh Nậu: 2 nhiệm vụ quá hạn, 4 sắp đến hạn"
    assert section_keys(officer) == {"overdue", "due_soon"}
    assert [line.item_id for line in officer.sections[0].lines] == [items[1].id, items[0].id]
    assert [line.item_id for line in officer.sections[1].lines] == [items[2].id, items[3].id, items[5].id, items[4].id]
    assert digest_for(plan, quiet.email).summary == officer.summary
    assert section_keys(digest_for(plan, quiet.email)) == {"overdue", "due_soon"}
    assert digest_for(plan, "nghiviec@test.vn") is None
    assert digest_for(plan, "ubnd.canhnau@test.vn").summary == officer.summary
    assert digest_for(plan, "canbo.xuanluong@test.vn") is None  # nothing due: no empty digest
    assert digest_for(plan, "chutich.canhnau@test.vn") is None  # nothing overdue 7 days yet
    run_daily(today)
    db.session.commit()
    row = next(r for r in outbox_rows() if r.recipient == "canbo.canhnau@test.vn")
    assert row.subject == "[Theo dõi khắc phục] UBND xã Canh Nậu: 2 nhiệm vụ quá hạn, 4 sắp đến hạn"
    assert "Hạn: 25/10/2023 · http://tracker.test/items/%d" % items[0].id in row.body_text
    assert f'<a href="http://tracker.test/items/{items[0].id}">' in row.body_html
    assert row.recipient_user_id == world.officer.id and row.unit_id == world.canh_nau.id


def test_no_deadline_and_finished_items_are_never_reminded(app):
    """"Thường xuyên" items, reported and verified items produce no officer mail."""
    world = World(findings=3)
    items = world.of(world.canh_nau)
    world.set_deadline(items[0], None)
    world.set_deadline(items[1], date(2023, 10, 25), state="reported")
    world.set_deadline(items[2], date(2023, 10, 25), state="verified")
    db.session.commit()
    plan = plan_daily(date(2023, 10, 26))
    assert digest_for(plan, "canbo.canhnau@test.vn") is None


def test_coordinator_digest_ranks_units_and_lists_waiting_reports(app):
    """Coordinators get overdue items grouped by unit, most overdue unit first, and reports waiting
    for verification more than 3 days (not those waiting exactly 3)."""
    world = World(findings=3)
    today = date(2023, 10, 26)
    for item in world.of(world.xuan_luong)[:2]:
        world.set_deadline(item, date(2023, 10, 20))
    world.set_deadline(world.of(world.canh_nau)[0], date(2023, 10, 24))
    waiting = world.of(world.canh_nau)[1]
    world.set_deadline(waiting, date(2023, 10, 30), state="reported")
    waiting.reported_on = today - timedelta(days=4)
    recent = world.of(world.canh_nau)[2]
    world.set_deadline(recent, date(2023, 10, 30), state="reported")
    recent.reported_on = today - timedelta(days=3)
    db.session.commit()
    digest = digest_for(plan_daily(today), "noivu@test.vn")
    assert digest.summary == ("Tổng hợp ngày 26/10/2023: 3 nhiệm vụ quá hạn tại 2 đơn vị, "
                              "2 báo cáo chờ xác nhận (1 quá 3 ngày)")
    overdue, waiting_section = digest.sections
    assert [(g.label, g.count) for g in overdue.groups] == [("UBND xã Xuân Lương", 2), ("UBND xã Canh Nậu", 1)]
    assert [line.item_id for g in waiting_section.groups for line in g.lines] == [waiting.id]
    assert waiting_section.groups[0].lines[0].badge == "chờ xác nhận 4 ngày"


def test_head_and_officer_digests_are_merged_into_one(app):
    """A head of unit who is also a coordinator gets one email with both parts (a commune that
    follows up its own bodies' inspection: the coordinating unit is the head's own)."""
    world = World(findings=1)
    world.head.role = "coordinator"
    world.inspection.coordinator_unit_id = world.canh_nau.id
    world.set_deadline(world.of(world.canh_nau)[0], date(2023, 10, 25))
    db.session.commit()
    plan = plan_daily(date(2023, 11, 1))
    head = [d for d in plan.digests if d.recipient == "chutich.canhnau@test.vn"]
    assert len(head) == 1 and section_keys(head[0]) == {"escalated", "units_overdue"}
    assert head[0].summary == ("UBND xã Canh Nậu: 1 nhiệm vụ quá hạn từ 7 ngày trở lên; "
                               "Tổng hợp ngày 01/11/2023: 1 nhiệm vụ quá hạn tại 1 đơn vị")


def test_running_twice_enqueues_nothing_new(app):
    """The same date decided twice: the dedupe keys turn every second row away."""
    world = World(findings=1)
    world.set_deadline(world.of(world.canh_nau)[0], DEADLINE)
    db.session.commit()
    runner = app.test_cli_runner()
    first = runner.invoke(main, ["reminders", "run", "--date", "2023-10-26"])
    assert first.exit_code == 0 and "3 thư mới vào hàng đợi" in first.output, first.output
    second = runner.invoke(main, ["reminders", "run", "--date", "2023-10-26"])
    assert "0 thư mới vào hàng đợi, 3 thư đã có từ trước" in second.output, second.output
    assert len(outbox_rows()) == 3  # officer, unit mailbox, coordinator
    assert db.session.get(JobRun, "reminders").last_date == date(2023, 10, 26)


def test_dry_run_prints_and_writes_nothing(app):
    """``--dry-run`` lists who would get what and leaves the outbox and job_runs untouched."""
    world = World(findings=1)
    world.set_deadline(world.of(world.canh_nau)[0], DEADLINE)
    db.session.commit()
    result = app.test_cli_runner().invoke(main, ["reminders", "run", "--date", "2023-10-26", "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "Chạy thử" in result.output and "canbo.canhnau@test.vn" in result.output
    assert "UBND xã Canh Nậu: 1 nhiệm vụ quá hạn" in result.output
    db.session.rollback()
    assert db.session.scalar(select(func.count()).select_from(OutboxMessage)) == 0
    assert db.session.scalar(select(func.count()).select_from(JobRun)) == 0


def test_bad_date_is_refused_in_vietnamese(app):
    """A malformed ``--date`` is refused with a message saying the expected form."""
    result = app.test_cli_runner().invoke(main, ["reminders", "run", "--date", "25-10-2023x"])
    assert result.exit_code != 0 and "không phải ngày hợp lệ" in result.output
    assert outbox_rows() == []


def test_links_open_the_item(app, client):
    """The link in a digest is the item's page for the officer who receives it."""
    from conftest import Auth

    world = World(findings=1)
    world.set_deadline(world.of(world.canh_nau)[0], DEADLINE)
    db.session.commit()
    line = digest_for(plan_daily(date(2023, 10, 26)), "canbo.canhnau@test.vn").sections[0].lines[0]
    Auth(client).login("canbo.canhnau@test.vn")
    response = client.get(line.url.removeprefix("http://tracker.test"))
    assert response.status_code == 200 and "Hạn chế số 1" in response.get_data(as_text=True)


def test_concurrent_runs_for_one_date_never_duplicate(app):
    """Two runs for the same date at once, each with its own app context and session: every
    digest is in the outbox once (the UNIQUE dedupe key decides, not Python)."""
    world = World(findings=2)
    for unit in (world.canh_nau, world.xuan_luong):
        for item in world.of(unit):
            world.set_deadline(item, DEADLINE)
    db.session.commit()
    barrier = threading.Barrier(2)
    results, errors = [], []

    def run():
        try:
            with app.app_context():
                barrier.wait(timeout=10)
                plan, new = run_daily(date(2023, 10, 26))
                db.session.commit()
                results.append((len(plan.digests), new))
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    planned = results[0][0]
    assert planned == results[1][0] == 4  # two officers, one mailbox, the coordinator
    assert sum(new for _, new in results) == planned
    keys = [row.dedupe_key for row in outbox_rows()]
    assert len(keys) == len(set(keys)) == planned


def test_decision_query_count_is_fixed(app, count_queries):
    """The daily decision sends the same number of statements for 2 units or 30, 1 item or 300."""
    world = World(findings=1)
    world.set_deadline(world.of(world.canh_nau)[0], DEADLINE)
    db.session.commit()
    small = count_queries(lambda: run_daily(date(2023, 10, 26)))
    db.session.rollback()
    units = [make_unit(f"Xã Thêm {n:02d}", email=f"xa{n}@test.vn") for n in range(28)]
    for unit in units:
        make_user("officer", unit, email=f"canbo{unit.id}@test.vn")
    inspection = make_inspection(units, findings=10, deadline=DEADLINE)
    for finding in inspection.findings:
        for item in finding.items:
            item.deadline = item.original_deadline = DEADLINE - timedelta(days=item.id % 9)
    db.session.execute(update(Notice).values(delivered_on=DEADLINE))  # assignment notices told
    db.session.commit()
    large = count_queries(lambda: run_daily(date(2023, 10, 26)))
    assert small == large <= 8
    db.session.rollback()
