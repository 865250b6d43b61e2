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
import uuid
from dataclasses import dataclass, field
from datetime import timedelta

from flask import current_app
from sqlalchemy import func, select, update

from tracker.clock import now_utc
from tracker.extensions import db
from tracker.models import OutboxMessage
from tracker.reminders.mail import UnknownOutcome

UNKNOWN = (UnknownOutcome,)

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
            "created_at": now, "reply_to": getattr(digest, "reply_to", None),
            "channel": getattr(digest, "channel", "email"),
            "attachment_name": getattr(digest, "attachment_name", None),
            "attachment": getattr(digest, "attachment", None),
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


def claim_batch(limit: int, now) -> tuple[str, list[int]]:
    """Take up to ``limit`` due pending rows for this pass in one UPDATE and commit at once.

    The claim pushes ``next_attempt_at`` forward by a lease and counts the attempt, so another
    sender skips these rows, and a pass killed mid-way leaves them to be retried once the lease
    expires. Nothing is held while the messages are sent.
    """
    token = uuid.uuid4().hex
    due = (select(OutboxMessage.id)
           .where(OutboxMessage.status == "pending", OutboxMessage.next_attempt_at <= now)
           .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id).limit(limit))
    db.session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id.in_(due.scalar_subquery()), OutboxMessage.status == "pending",
               OutboxMessage.next_attempt_at <= now)
        .values(next_attempt_at=now + CLAIM_LEASE, attempts=OutboxMessage.attempts + 1, claimed_by=token)
        .execution_options(synchronize_session=False))
    db.session.commit()
    ids = list(db.session.scalars(select(OutboxMessage.id).where(OutboxMessage.claimed_by == token)
                                  .order_by(OutboxMessage.id)))
    db.session.commit()
    return token, ids


def _load_snapshot(message_id: int) -> OutboxMessage:
    """The row's values, detached, with no transaction left open while it is sent."""
    row = db.session.get(OutboxMessage, message_id)
    db.session.expunge(row)
    db.session.rollback()
    return row


def _record(message_id: int, token: str, **values) -> None:
    """Write one send result in its own short transaction (only if this pass still holds it)."""
    db.session.execute(update(OutboxMessage)
                       .where(OutboxMessage.id == message_id, OutboxMessage.claimed_by == token)
                       .values(claimed_by=None, **values)
                       .execution_options(synchronize_session=False))
    db.session.commit()


def _server_unusable(error: Exception) -> bool:
    """Whether the failure is about the server rather than this message (unreachable, refused
    our login): the rest of the batch would fail the same way, so it waits for the next pass."""
    if isinstance(error, (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError, smtplib.SMTPHeloError,
                          smtplib.SMTPAuthenticationError, smtplib.SMTPSenderRefused)):
        return True
    from tracker.reminders.channels import WebhookError

    answered = (smtplib.SMTPResponseException, smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused,
                WebhookError)
    return not isinstance(error, answered)


def _permanent(error: Exception) -> bool:
    """A message the server refuses for good (5xx: no such mailbox, content rejected; a 4xx from a
    webhook gateway other than 408/429): retrying cannot help."""
    from tracker.reminders.channels import WebhookError

    if isinstance(error, WebhookError):
        return 400 <= error.status < 500 and error.status not in (408, 429)
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


def send_pending(limit: int | None = None, transport=None, channels=None) -> SendReport:
    """Send the due pending rows, oldest first: claim a batch and commit, send each message with
    no transaction open, record each result in its own short transaction."""
    from tracker.reminders.channels import channels_for

    limit = limit or int(current_app.config.get("MAIL_BATCH_SIZE", 200))
    report = SendReport()
    now = now_utc()
    token, due = claim_batch(limit, now)
    if not due:
        return report
    channels = channels or channels_for(transport)
    try:
        for position, message_id in enumerate(due):
            row = _load_snapshot(message_id)
            try:
                channels[row.channel].send(row)
            except Exception as error:  # noqa: BLE001 - every failure is recorded on the row
                if not isinstance(error, UNKNOWN) and _server_unusable(error):
                    # Not this message's fault: it and the rest of the batch keep their place and
                    # their attempts; the next pass (a minute later) tries again.
                    report.errors.append(describe_error(error))
                    report.server_down = True
                    _release(due[position:], token, now, report.errors[-1])
                    log.warning("outbox: %s unusable, %s messages wait: %s", row.channel,
                                len(due) - position, report.errors[-1])
                    break
                _record(message_id, token, **_failure(row, error, report))
                continue
            _record(message_id, token, status="sent", sent_at=now_utc(), last_error=None)
            report.sent += 1
            log.info("outbox: sent #%s to %s (%s)", row.id, row.recipient, row.dedupe_key)
    finally:
        for channel in channels.values():
            channel.close()
    return report


def _release(message_ids: list[int], token: str, now, error: str) -> None:
    """Give claimed rows back untouched (their attempt not counted), due again at once."""
    db.session.execute(update(OutboxMessage)
                       .where(OutboxMessage.id.in_(message_ids), OutboxMessage.claimed_by == token)
                       .values(claimed_by=None, attempts=OutboxMessage.attempts - 1, next_attempt_at=now,
                               last_error=error)
                       .execution_options(synchronize_session=False))
    db.session.commit()


def _failure(row: OutboxMessage, error: Exception, report: SendReport) -> dict:
    """The values recording a failed attempt: pending again after a backoff, or given up.

    An unknown outcome (the relay went silent after the data) is retried with the same
    ``Message-ID`` at most ``MAIL_MAX_UNKNOWN`` times, then marked "unknown" and never repeated.
    """
    config = current_app.config
    text = describe_error(error)
    report.errors.append(text)
    values = {"last_error": text}
    if isinstance(error, UNKNOWN):
        values["unknown_attempts"] = row.unknown_attempts + 1
        if row.unknown_attempts + 1 > int(config.get("MAIL_MAX_UNKNOWN", 2)):
            values["status"] = "unknown"
            report.failed += 1
            log.error("outbox: #%s to %s: outcome unknown %s times, not sent again", row.id,
                      row.recipient, row.unknown_attempts + 1)
            return values
    elif row.attempts >= int(config.get("MAIL_MAX_ATTEMPTS", 8)) or _permanent(error):
        values["status"] = "failed"
        report.failed += 1
        log.error("outbox: giving up on #%s to %s after %s attempts: %s", row.id, row.recipient,
                  row.attempts, text)
        return values
    values["next_attempt_at"] = now_utc() + backoff(row.attempts)
    report.retrying += 1
    log.warning("outbox: #%s to %s failed (attempt %s), retry at %s: %s", row.id, row.recipient,
                row.attempts, values["next_attempt_at"].isoformat(), text)
    return values


def status_counts() -> dict[str, int]:
    """How many rows per status (for /healthz and the admin page)."""
    counts = dict(db.session.execute(
        select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)).all())
    return {status: counts.get(status, 0) for status in ("pending", "sent", "failed", "unknown")}


def delivery_ages() -> dict:
    """For /healthz: the age in seconds of the oldest pending message (null when none waits) and
    the time of the last successful delivery (ISO, UTC; null if none yet)."""
    oldest, last = db.session.execute(select(
        select(func.min(OutboxMessage.created_at)).where(OutboxMessage.status == "pending").scalar_subquery(),
        select(func.max(OutboxMessage.sent_at)).where(OutboxMessage.status == "sent").scalar_subquery())).one()
    age = None if oldest is None else int((now_utc() - oldest).total_seconds())
    return {"oldest_pending_seconds": age, "last_delivery_at": last.isoformat() if last else None}


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
