"""CLI for cron users and tests: ``tracker reminders run``, ``tracker outbox send``,
``tracker scheduler``. Thin: each command calls a service and commits."""

import logging
from datetime import date

import click
from flask.cli import with_appcontext

log = logging.getLogger(__name__)


def _parse_day(value: str | None) -> date | None:
    """A ``--date`` in YYYY-MM-DD (dd/mm/yyyy accepted too), with a Vietnamese error otherwise."""
    if not value:
        return None
    text = value.strip()
    for parse in (date.fromisoformat, lambda v: date(*reversed([int(p) for p in v.split("/")]))):
        try:
            return parse(text)
        except (ValueError, TypeError):
            continue
    raise click.BadParameter(f"“{value}” không phải ngày hợp lệ (dạng YYYY-MM-DD, ví dụ 2023-10-25).",
                             param_hint="--date")


@click.group()
def reminders():
    """Email reminders (nhắc việc): decide who must hear what and enqueue it."""


@reminders.command("run")
@click.option("--date", "day_text", default=None, metavar="YYYY-MM-DD",
              help="Local date to decide for (default: today in TRACKER_TIMEZONE).")
@click.option("--dry-run", is_flag=True, help="Print who would get what; write nothing.")
@with_appcontext
def run_command(day_text: str | None, dry_run: bool):
    """Decide the day's digests and put them in the outbox (idempotent: run it as often as you like)."""
    from tracker.clock import today
    from tracker.extensions import db
    from tracker.jobs import record_success
    from tracker.reminders.decide import run_daily

    day = _parse_day(day_text) or today()
    try:
        plan, new = run_daily(day, dry_run=dry_run)
    except Exception as error:
        db.session.rollback()
        log.exception("reminders run failed for %s", day)
        raise click.ClickException(f"Không chạy được nhắc việc ngày {day:%d/%m/%Y}: {error}") from error
    if plan.skipped_reason:
        click.echo(f"Ngày {day:%d/%m/%Y} là ngày nghỉ ({plan.skipped_reason}): không gửi nhắc việc; "
                   "các mốc của ngày này được gộp vào ngày làm việc kế tiếp.")
        if not dry_run:
            record_success("reminders", day)
            db.session.commit()
        return
    covered = ", ".join(d.strftime("%d/%m") for d in plan.window)
    if dry_run:
        db.session.rollback()
        click.echo(f"[Chạy thử, không ghi gì] Ngày {day:%d/%m/%Y} (các mốc ngày {covered}): "
                   f"{len(plan.digests)} thư.")
        for digest in plan.digests:
            counts = ", ".join(f"{s.title.lower()}: {s.total}" for s in digest.sections if s.lines or s.groups)
            click.echo(f"  {digest.recipient:<32} {digest.summary} ({counts})")
        return
    record_success("reminders", day)
    db.session.commit()
    click.echo(f"Ngày {day:%d/%m/%Y} (các mốc ngày {covered}): {len(plan.digests)} thư cần gửi, "
               f"{new} thư mới vào hàng đợi, {len(plan.digests) - new} thư đã có từ trước.")
    from tracker.reminders.summary import is_summary_day, run_weekly

    if is_summary_day(day):
        summaries = run_weekly(day)
        record_success("weekly_summary", day)
        db.session.commit()
        click.echo(f"Tổng hợp hằng tuần cho lãnh đạo: {summaries} thư mới vào hàng đợi.")


@click.group()
def outbox():
    """The outbox (thư chờ gửi)."""


@outbox.command("send")
@with_appcontext
def send_command():
    """Send the due messages of the outbox now (failures are retried later with backoff)."""
    from flask import current_app

    from tracker.extensions import db
    from tracker.jobs import record_success
    from tracker.reminders.mail import transport_name
    from tracker.reminders.outbox import send_pending

    try:
        transport_name(current_app.config)
    except ValueError as error:
        raise click.ClickException(str(error)) from error
    total = None
    while True:  # pass after pass until nothing due is left or a pass makes no progress
        report = send_pending()
        total = report if total is None else _merge(total, report)
        if report.sent == 0 or report.retrying or report.failed or report.server_down:
            break
    record_success("outbox")
    db.session.commit()
    click.echo(total.describe())
    if total.server_down:
        config = current_app.config
        raise click.ClickException(
            f"Không gửi được qua máy chủ thư {config.get('MAIL_SERVER')}:{config.get('MAIL_PORT')} "
            f"({total.errors[-1]}). Thư chưa gửi vẫn nằm trong hàng đợi và sẽ được gửi lại.")
    if total.errors:
        click.echo(f"Lỗi gần nhất: {total.errors[-1]}", err=True)


def _merge(total, report):
    total.sent += report.sent
    total.retrying += report.retrying
    total.failed += report.failed
    total.errors += report.errors
    total.server_down = total.server_down or report.server_down
    return total


@click.command("scheduler")
@with_appcontext
def scheduler_command():
    """Run the scheduled jobs (daily reminders, outbox sender) in this process, in the foreground.

    Production runs exactly one of these next to the web workers; the workers never schedule.
    """
    from flask import current_app

    from tracker.jobs import run_blocking_scheduler

    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    click.echo("Bộ lập lịch khởi động; chỉ một bộ lập lịch chạy việc, bộ khác sẽ chờ (Ctrl+C để dừng).")
    run_blocking_scheduler(current_app._get_current_object())


@click.group()
def deadlines():
    """Deadlines (thời hạn): keep the effective deadlines true to the calendar."""


@deadlines.command("refresh")
@with_appcontext
def deadlines_refresh_command():
    """Recompute every effective deadline (after changing TRACKER_DEADLINE_MOVES_OFF_DAYS_OFF)."""
    from tracker.extensions import db
    from tracker.operations.deadlines import refresh_effective_deadlines

    changed = refresh_effective_deadlines()
    db.session.commit()
    click.echo(f"Đã cập nhật thời hạn áp dụng của {changed} nhiệm vụ.")
