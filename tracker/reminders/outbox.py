"""The outbox (thư chờ gửi): enqueue digests exactly once, send them with retries.

Enqueueing is ``INSERT … ON CONFLICT (dedupe_key) DO NOTHING``: a second run for the same date,
or a concurrent one in another process, inserts nothing new, and the database's UNIQUE constraint
(not a check in Python) is what guarantees it.

Sending claims one row at a time (a conditional UPDATE that pushes ``next_attempt_at`` forward
by a lease and counts the attempt), commits, sends, then marks the row sent and commits again.
Two senders never take the same row; a sender killed between the SMTP answer and the final
commit leaves the row to be retried once the lease expires (at-least-once is the best SMTP
allows). A message the server refuses keeps its row pending with the error and an exponential
backoff; after ``MAIL_MAX_ATTEMPTS`` such failures (or at once for a 5xx on the recipient) it is
marked failed and shown on the admin outbox page. A server that cannot be reached, or refuses our
login, is not the message's fault: the pass stops, rows keep their attempts, and the next pass
tries again, so an outage of any length loses nothing.
"""

import logging
import smtplib
from dataclasses import dataclass, field
from datetime import timedelta

from flask import current_app
from sqlalchemy import func, select, update

from tracker.clock import now_utc
from tracker.extensions import db
from tracker.models import OutboxMessage

log = logging.getLogger(__name__)

CLAIM_LEASE = timedelta(minutes=10)


def _dialect_insert(table):
    """``INSERT`` of the session's dialect, which knows ``ON CONFLICT DO NOTHING``."""
    if db.session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table)


def enqueue(digests, renderer=None) -> int:
    """Insert one outbox row per digest, skipping those whose dedupe key exists; returns how many
    rows were new. The caller commits."""
    from tracker.reminders.digest import Renderer

    digests = [digest for digest in digests if not digest.empty]
    if not digests:
        return 0
    renderer = renderer or Renderer()
    now = now_utc()
    rows = []
    for digest in digests:
        subject, text, html = renderer.render(digest)
        rows.append({
            "recipient": digest.recipient, "recipient_user_id": digest.user_id,
            "unit_id": digest.unit_id, "kind": digest.kind, "for_date": digest.for_date,
            "dedupe_key": digest.dedupe_key, "subject": subject[:500], "body_text": text,
            "body_html": html, "status": "pending", "attempts": 0, "next_attempt_at": now,
            "created_at": now,
        })
    table = OutboxMessage.__table__
    statement = _dialect_insert(table).on_conflict_do_nothing(index_elements=["dedupe_key"])
    # RETURNING tells which rows were new on every driver (executemany's rowcount does not);
    # SQLAlchemy sends it as multi-row INSERTs of up to 1,000 rows each.
    return len(db.session.execute(statement.returning(table.c.id), rows).all())


def backoff(attempts: int) -> timedelta:
    """Wait before retry number ``attempts + 1``: 1, 2, 4… minutes, at most 6 hours."""
    base = int(current_app.config.get("MAIL_RETRY_BASE_SECONDS", 60))
    return timedelta(seconds=min(base * 2 ** max(attempts - 1, 0), 6 * 3600))


@dataclass
class SendReport:
    """What one sending pass did."""

    sent: int = 0
    retrying: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    server_down: bool = False

    def describe(self) -> str:
        """A Vietnamese summary for the CLI and the logs."""
        text = f"Đã gửi {self.sent} thư"
        if self.retrying:
            text += f"; {self.retrying} thư gửi lỗi, sẽ gửi lại sau"
        if self.failed:
            text += f"; {self.failed} thư gửi lỗi quá số lần cho phép (đánh dấu thất bại)"
        if self.server_down:
            text += "; máy chủ thư không dùng được, các thư còn lại vẫn chờ trong hàng đợi"
        return text + "."


def _claim(message_id: int, now) -> bool:
    """Take one due pending row for this sender; False when another sender took it first."""
    result = db.session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == message_id, OutboxMessage.status == "pending",
               OutboxMessage.next_attempt_at <= now)
        .values(next_attempt_at=now + CLAIM_LEASE, attempts=OutboxMessage.attempts + 1)
        .execution_options(synchronize_session=False)
    )
    db.session.commit()
    return result.rowcount == 1


def _server_unusable(error: Exception) -> bool:
    """Whether the failure is about the server rather than this message (unreachable, refused
    our login): the rest of the batch would fail the same way, so it waits for the next pass."""
    if isinstance(error, (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError, smtplib.SMTPHeloError,
                          smtplib.SMTPAuthenticationError, smtplib.SMTPSenderRefused)):
        return True
    answered = (smtplib.SMTPResponseException, smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused)
    return not isinstance(error, answered)


def _permanent(error: Exception) -> bool:
    """A message the server refuses for good (5xx: no such mailbox, content rejected): retrying
    cannot help."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _ in error.recipients.values())
    return isinstance(error, smtplib.SMTPResponseException) and error.smtp_code >= 500


def describe_error(error: Exception) -> str:
    """An error as an admin reads it: the SMTP code and text decoded, not a bytes repr."""
    if isinstance(error, smtplib.SMTPResponseException):
        text = error.smtp_error.decode("utf-8", "replace") if isinstance(error.smtp_error, bytes) else error.smtp_error
        return f"{type(error).__name__}: {error.smtp_code} {text}"[:2000]
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        parts = [f"{rcpt}: {code} {text.decode('utf-8', 'replace') if isinstance(text, bytes) else text}"
                 for rcpt, (code, text) in error.recipients.items()]
        return f"SMTPRecipientsRefused: {'; '.join(parts)}"[:2000]
    return f"{type(error).__name__}: {error}"[:2000]


def send_pending(limit: int | None = None, transport=None) -> SendReport:
    """Send the due pending rows, oldest first, committing after each row."""
    from tracker.reminders.mail import build_message, get_transport

    limit = limit or int(current_app.config.get("MAIL_BATCH_SIZE", 200))
    max_attempts = int(current_app.config.get("MAIL_MAX_ATTEMPTS", 8))
    report = SendReport()
    now = now_utc()
    due = db.session.scalars(
        select(OutboxMessage.id)
        .where(OutboxMessage.status == "pending", OutboxMessage.next_attempt_at <= now)
        .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id).limit(limit)
    ).all()
    db.session.commit()
    if not due:
        return report
    transport = transport or get_transport()
    try:
        for message_id in due:
            if not _claim(message_id, now):
                continue
            row = db.session.get(OutboxMessage, message_id)
            try:
                transport.send(build_message(row), row)
            except Exception as error:  # noqa: BLE001 - every failure is recorded on the row
                if _server_unusable(error):
                    # Not this message's fault: it keeps its place and its attempts, the pass
                    # stops, and the next pass (a minute later) tries again. An outage of any
                    # length loses nothing and marks nothing failed.
                    row.attempts -= 1
                    row.next_attempt_at = now
                    row.last_error = describe_error(error)
                    db.session.commit()
                    report.errors.append(row.last_error)
                    report.server_down = True
                    log.warning("outbox: mail server unusable, %s messages wait: %s", len(due), row.last_error)
                    break
                _record_failure(row, error, max_attempts, report)
                db.session.commit()
                continue
            row.status = "sent"
            row.sent_at = now_utc()
            row.last_error = None
            db.session.commit()
            report.sent += 1
            log.info("outbox: sent #%s to %s (%s)", row.id, row.recipient, row.dedupe_key)
    finally:
        transport.close()
    return report


def _record_failure(row: OutboxMessage, error: Exception, max_attempts: int, report: SendReport) -> None:
    """Keep the row pending with its error and a backoff, or mark it failed for good."""
    row.last_error = describe_error(error)
    if row.attempts >= max_attempts or _permanent(error):
        row.status = "failed"
        report.failed += 1
        log.error("outbox: giving up on #%s to %s after %s attempts: %s", row.id, row.recipient,
                  row.attempts, row.last_error)
    else:
        row.next_attempt_at = now_utc() + backoff(row.attempts)
        report.retrying += 1
        log.warning("outbox: #%s to %s failed (attempt %s), retry at %s: %s", row.id, row.recipient,
                    row.attempts, row.next_attempt_at.isoformat(), row.last_error)
    report.errors.append(row.last_error)


def status_counts() -> dict[str, int]:
    """How many rows per status (for /healthz and the admin page)."""
    counts = dict(db.session.execute(
        select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)).all())
    return {status: counts.get(status, 0) for status in ("pending", "sent", "failed")}


def recent(status: str | None, limit: int) -> list[OutboxMessage]:
    """The newest rows, optionally of one status (the admin's outbox page)."""
    query = select(OutboxMessage).order_by(OutboxMessage.id.desc()).limit(limit)
    if status:
        query = query.where(OutboxMessage.status == status)
    return list(db.session.scalars(query))


def retry(message_id: int) -> bool:
    """Put a failed row back in the queue (an admin fixed the address or the server)."""
    row = db.session.get(OutboxMessage, message_id) if 0 < message_id < 2**31 else None
    if row is None or row.status != "failed":
        return False
    row.status, row.attempts, row.next_attempt_at = "pending", 0, now_utc()
    return True
