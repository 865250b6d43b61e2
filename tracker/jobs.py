"""Every scheduled job, listed in one place, and the scheduler that runs them.

- ``reminders``: the daily decision at ``TRACKER_REMINDER_TIME`` (07:30 by default), local time;
- ``weekly_summary``: the leaders' summary, same time, on the week's first working day;
- ``outbox``: the sender, every minute.

Each job is a thin wrapper around a service call that records its last success in ``job_runs``
(shown on ``/healthz``). Only ``tracker scheduler`` (production) and ``tracker demo`` start a
scheduler; ``create_app`` never does, so gunicorn workers cannot send anything twice.

APScheduler's default ``misfire_grace_time`` (1 s) silently drops a run missed during downtime,
so we do not rely on it: at start-up ``catch_up`` folds every missed day since the last
successful one (at most ``TRACKER_REMINDER_CATCH_UP_DAYS``) into *one* decision for today, built
from today's data: one digest per recipient, nothing stale; dedupe keys make repeats safe.
"""

import logging
import os
import threading
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Callable

from flask import Flask, current_app
from sqlalchemy import case, select

from tracker.clock import local_zone, now_utc, to_local, today
from tracker.extensions import db
from tracker.models import JobRun

log = logging.getLogger(__name__)


def _dialect_insert():
    if db.session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(JobRun.__table__)


def record_success(name: str, day: date | None = None) -> None:
    """Note that job ``name`` just succeeded (for the daily job: for local date ``day``).

    An upsert, so the scheduler and a cron-driven CLI may both write it; ``last_date`` only moves
    forward, so deciding an old date by hand does not rewind the catch-up. The caller commits.
    """
    now = now_utc()
    statement = _dialect_insert().values(name=name, last_success_at=now, last_date=day)
    table = JobRun.__table__
    later = statement.excluded.last_date
    db.session.execute(statement.on_conflict_do_update(
        index_elements=["name"],
        set_={"last_success_at": now,
              "last_date": case((table.c.last_date.is_(None), later), (later > table.c.last_date, later),
                                   else_=table.c.last_date)},
    ))


def record_failure(name: str, error: Exception) -> None:
    """Note a failed run of job ``name`` (its own transaction; the job's was rolled back)."""
    statement = _dialect_insert().values(name=name, last_failure_at=now_utc(), last_error=str(error)[:2000])
    db.session.execute(statement.on_conflict_do_update(
        index_elements=["name"], set_={"last_failure_at": now_utc(), "last_error": str(error)[:2000]}))
    db.session.commit()


def last_runs() -> dict[str, JobRun]:
    """The ``job_runs`` rows by job name."""
    return {run.name: run for run in db.session.scalars(select(JobRun))}


def daily_reminders(day: date | None = None, missed: list[date] | None = None) -> None:
    """Decide and enqueue the reminders of ``day`` (today by default), folding in the boundaries
    of ``missed`` earlier days, then record the success."""
    from tracker.reminders.decide import run_daily

    day = day or today()
    plan, new = run_daily(day, missed=missed)
    if plan.skipped_reason and missed:
        # Today is a day off: nothing goes out, and the missed days stay missed, so the next
        # working day's run folds them in rather than losing their boundaries.
        db.session.commit()
        log.info("reminders for %s: day off (%s), %s missed days wait", day, plan.skipped_reason, len(missed))
        return
    record_success("reminders", day)
    db.session.commit()
    log.info("reminders for %s: %s digests, %s new in the outbox%s", day, len(plan.digests), new,
             f" (day off: {plan.skipped_reason})" if plan.skipped_reason else "")


def weekly_summary(day: date | None = None) -> None:
    """Enqueue the leaders' weekly summaries (only on the week's first working day)."""
    from tracker.reminders.summary import run_weekly

    day = day or today()
    new = run_weekly(day)
    record_success("weekly_summary", day)
    db.session.commit()
    if new:
        log.info("weekly summary for %s: %s new messages", day, new)


def send_outbox() -> None:
    """Send what is due in the outbox, then record the success (a failing relay is not a failing
    job: the rows carry their errors and retry on their own)."""
    from tracker.reminders.outbox import send_pending

    report = send_pending()
    record_success("outbox")
    db.session.commit()
    if report.sent or report.errors:
        log.info("outbox: %s", report.describe())


def missed_days(now_local: datetime | None = None) -> list[date]:
    """The local dates the daily job should have decided but did not, oldest first.

    From the day after the last decided date up to today (today only once its send time has
    passed), never more than ``catch_up_days`` back; with no record at all, just today.
    """
    from tracker.reminders.policy import ReminderPolicy

    policy = ReminderPolicy.from_config(current_app.config)
    now_local = now_local or to_local(now_utc())
    latest = now_local.date() if now_local.time() >= policy.send_time else now_local.date() - timedelta(days=1)
    run = db.session.get(JobRun, "reminders")
    first = run.last_date + timedelta(days=1) if run and run.last_date else latest
    first = max(first, latest - timedelta(days=policy.catch_up_days - 1))
    return [first + timedelta(days=n) for n in range((latest - first).days + 1)]


def catch_up() -> list[date]:
    """Decide today once, covering every missed day (see ``missed_days``); returns the days covered.

    The missed days' boundaries fold into today's window, so each recipient gets one digest built
    from today's data (never "đến hạn hôm nay" for an item that is overdue by now).
    """
    days = missed_days()
    db.session.rollback()
    if days:
        daily_reminders(days[-1], missed=days[:-1])
    return days


@dataclass(frozen=True)
class Job:
    """A scheduled job: its id, the service call, and when it runs."""

    id: str
    func: Callable[[], None]
    trigger: Callable[[Flask], object]


def _daily_trigger(app: Flask):
    from apscheduler.triggers.cron import CronTrigger

    from tracker.reminders.policy import ReminderPolicy

    at = ReminderPolicy.from_config(app.config).send_time
    return CronTrigger(hour=at.hour, minute=at.minute, timezone=app.config["TRACKER_TIMEZONE"])


def _every_minute(app: Flask):
    from apscheduler.triggers.interval import IntervalTrigger

    return IntervalTrigger(minutes=1, timezone=app.config["TRACKER_TIMEZONE"])


# The one list of periodic jobs.
JOBS = [
    Job("reminders", catch_up, _daily_trigger),  # today, folding in any day a run was missed
    Job("weekly_summary", weekly_summary, _daily_trigger),
    Job("outbox", send_outbox, _every_minute),
]


def _in_app(app: Flask, job: Job) -> Callable[[], None]:
    """Run ``job`` inside an app context; a failure is logged and recorded, never raised into
    the scheduler thread (the next run tries again)."""

    def run() -> None:
        with app.app_context():
            try:
                job.func()
            except Exception as error:  # noqa: BLE001
                db.session.rollback()
                log.exception("scheduled job %s failed", job.id)
                try:
                    record_failure(job.id, error)
                except Exception:  # noqa: BLE001
                    db.session.rollback()
                    log.exception("could not record the failure of job %s", job.id)

    return run


def _start_up(app: Flask) -> None:
    """Catch up on missed days, then send what is waiting: the first thing a scheduler does."""
    with app.app_context():
        try:
            days = catch_up()
            if days:
                log.info("scheduler catch-up: decided %s", ", ".join(d.isoformat() for d in days))
        except Exception as error:  # noqa: BLE001
            db.session.rollback()
            log.exception("scheduler catch-up failed")
            record_failure("reminders", error)
    _in_app(app, next(job for job in JOBS if job.id == "outbox"))()  # send what waits, now


def _configure(scheduler, app: Flask) -> None:
    for job in JOBS:
        scheduler.add_job(_in_app(app, job), job.trigger(app), id=job.id, name=job.id,
                          coalesce=True, max_instances=1, misfire_grace_time=3600, replace_existing=True)
    # Catch-up runs once, right away, in the scheduler's own thread pool.
    scheduler.add_job(_start_up, args=[app], id="catch_up", name="catch_up",
                      next_run_time=datetime.now(local_zone()))


def start_background_scheduler(app: Flask):
    """Start the jobs in a background thread of this process (``tracker demo``); returns it."""
    from apscheduler.schedulers.background import BackgroundScheduler

    scheduler = BackgroundScheduler(timezone=app.config["TRACKER_TIMEZONE"])
    _configure(scheduler, app)
    scheduler.start()
    return scheduler


def run_blocking_scheduler(app: Flask, poll: float | None = None) -> None:
    """Run the jobs in the foreground (``tracker scheduler``) once this process holds the leader
    lock (``tracker.leader``); SIGTERM or SIGINT stops it, waiting or leading, and it says so."""
    import signal

    from apscheduler.schedulers.blocking import BlockingScheduler

    from tracker.extensions import db as database
    from tracker.leader import LeaderLock

    stop, scheduler = threading.Event(), BlockingScheduler(timezone=app.config["TRACKER_TIMEZONE"])

    def on_signal(number, _frame):
        log.info("scheduler: %s received, stopping", signal.Signals(number).name)
        stop.set()
        if scheduler.running:
            scheduler.shutdown(wait=False)

    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, on_signal)
    with app.app_context():
        lock = LeaderLock(database.engine, app.instance_path)
    poll = float(app.config.get("TRACKER_SCHEDULER_LOCK_POLL", 5)) if poll is None else poll
    if not lock.acquire(stop, poll):
        log.info("scheduler: stopped before becoming leader")
        return
    log.info("scheduler: became leader (%s lock, pid %s)", lock.kind, os.getpid())
    try:
        _configure(scheduler, app)
        if not stop.is_set():
            scheduler.start()
    finally:
        lock.release()
        log.info("scheduler: stopped, leadership released")
