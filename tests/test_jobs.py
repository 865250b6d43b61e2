"""The schedule: one job list, catch-up after downtime without duplicates, /healthz."""

import threading
from datetime import date, datetime, timedelta, timezone

import time_machine
from sqlalchemy import select

from tracker.extensions import db
from tracker.jobs import JOBS, catch_up, missed_days, record_success, send_outbox
from tracker.models import JobRun, OutboxMessage

from reminders_support import World, config  # noqa: F401 (fixture)

UTC = timezone.utc


def local(year, month, day, hour, minute=0) -> datetime:
    """A Hà Nội wall-clock time as a UTC instant."""
    return datetime(year, month, day, hour, minute, tzinfo=UTC) - timedelta(hours=7)


def test_jobs_are_listed_once_with_their_times(app):
    """The daily decision at 07:30 Asia/Ho_Chi_Minh and the sender every minute, in one list."""
    assert [job.id for job in JOBS] == ["reminders", "weekly_summary", "outbox"]
    daily = JOBS[0].trigger(app)
    assert str(daily.timezone) == "Asia/Ho_Chi_Minh"
    assert "hour='7'" in str(daily) and "minute='30'" in str(daily)
    assert JOBS[2].trigger(app).interval == timedelta(minutes=1)


def test_missed_days(app):
    """After downtime the missed days are those after the last decided one, up to today once
    07:30 has passed, and never more than 7."""
    with time_machine.travel(local(2023, 10, 26, 7, 0), tick=False):
        assert missed_days() == [date(2023, 10, 25)]  # no record: today, if already due
    with time_machine.travel(local(2023, 10, 26, 8, 0), tick=False):
        assert missed_days() == [date(2023, 10, 26)]
        record_success("reminders", date(2023, 10, 23))
        db.session.commit()
        assert missed_days() == [date(2023, 10, 24), date(2023, 10, 25), date(2023, 10, 26)]
        record_success("reminders", date(2023, 10, 1))  # an old date decided by hand
        db.session.commit()
        assert db.session.get(JobRun, "reminders").last_date == date(2023, 10, 23)
    with time_machine.travel(local(2023, 11, 30, 8, 0), tick=False):
        days = missed_days()
        assert len(days) == 7 and days[-1] == date(2023, 11, 30)


def test_catch_up_after_downtime_is_one_digest_for_today(app, config, tmp_path):
    """The scheduler was down from 25/10 to 30/10 (Monday): start-up sends one digest per
    recipient, for today, from today's data (the item is overdue, not "đến hạn hôm nay");
    starting again (or twice at once) enqueues nothing more."""
    config(MAIL_TRANSPORT="file", MAIL_FILE_FOLDER=str(tmp_path))
    world = World(findings=1)
    world.set_deadline(world.of(world.canh_nau)[0], date(2023, 10, 25))
    record_success("reminders", date(2023, 10, 24))
    db.session.commit()
    with time_machine.travel(local(2023, 10, 30, 9, 0), tick=False):
        decided = catch_up()
        assert decided == [date(2023, 10, 25) + timedelta(days=n) for n in range(6)]
        officer = db.session.scalars(select(OutboxMessage).where(
            OutboxMessage.recipient == "canbo.canhnau@test.vn")).all()
        assert [row.for_date for row in officer] == [date(2023, 10, 30)]
        assert "[quá hạn 5 ngày]" in officer[0].body_text and "hôm nay" not in officer[0].body_text
        recipients = db.session.scalars(select(OutboxMessage.recipient)).all()
        assert len(recipients) == len(set(recipients))
        before = db.session.query(OutboxMessage).count()
        errors = []

        def start_again():
            try:
                with app.app_context():
                    catch_up()
            except Exception as error:  # pragma: no cover
                errors.append(error)

        record_success("reminders", date(2023, 10, 24))  # as if the record had been lost
        db.session.commit()
        threads = [threading.Thread(target=start_again) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert not errors
        db.session.rollback()
        assert db.session.query(OutboxMessage).count() == before


def test_healthz_shows_last_successful_runs(app, client, config, tmp_path):
    """/healthz reports when each job last succeeded and how many messages wait or failed."""
    config(MAIL_TRANSPORT="file", MAIL_FILE_FOLDER=str(tmp_path))
    data = client.get("/healthz").get_json()
    assert data["scheduler"] == {"reminders": None, "weekly_summary": None, "outbox": None}
    assert data["outbox"] == {"pending": 0, "failed": 0, "unknown": 0, "oldest_pending_seconds": None,
                              "last_delivery_at": None}
    with time_machine.travel(datetime(2023, 10, 26, 0, 31, tzinfo=UTC), tick=False):
        record_success("reminders", date(2023, 10, 26))
        db.session.commit()
        send_outbox()
    data = client.get("/healthz").get_json()
    assert data["status"] == "ok"
    assert data["scheduler"]["reminders"] == "2023-10-26T00:31:00+00:00"
    assert data["scheduler"]["outbox"] == "2023-10-26T00:31:00+00:00"


def test_web_app_never_starts_a_scheduler(app):
    """Building the app (what gunicorn workers do) starts no scheduler thread."""
    from tracker import create_app

    before = {thread.name for thread in threading.enumerate()}
    create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://", "SECRET_KEY": "x", "INSTANCE_PATH": app.instance_path})
    after = {thread.name for thread in threading.enumerate()}
    assert after == before
    assert not any("APScheduler" in name for name in after)


def test_catch_up_on_a_day_off_keeps_the_missed_days_for_the_next_working_day(app, config, tmp_path):
    """Down from Thursday 26/10 to Saturday 28/10: Saturday sends nothing and keeps Thursday and
    Friday missed; Monday's one digest covers them (the item due Friday is overdue by then)."""
    config(MAIL_TRANSPORT="file", MAIL_FILE_FOLDER=str(tmp_path))
    world = World(findings=1)
    world.set_deadline(world.of(world.canh_nau)[0], date(2023, 10, 27))
    record_success("reminders", date(2023, 10, 25))
    db.session.commit()
    with time_machine.travel(local(2023, 10, 28, 9, 0), tick=False):
        catch_up()
        assert db.session.query(OutboxMessage).count() == 0
        assert db.session.get(JobRun, "reminders").last_date == date(2023, 10, 25)
    with time_machine.travel(local(2023, 10, 30, 9, 0), tick=False):
        catch_up()
        rows = db.session.scalars(select(OutboxMessage).where(
            OutboxMessage.recipient == "canbo.canhnau@test.vn")).all()
        assert [row.for_date for row in rows] == [date(2023, 10, 30)]
        assert db.session.get(JobRun, "reminders").last_date == date(2023, 10, 30)
