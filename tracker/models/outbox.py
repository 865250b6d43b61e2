"""The outbox (thư chờ gửi) and the record of scheduled job runs.

Deciding who must hear what writes outbox rows in the same transaction as the decision; a
separate sender delivers them. The UNIQUE ``dedupe_key`` is what guarantees that a run repeated
for the same date, or two runs at once, never enqueue the same message twice.
"""

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.extensions import db
from tracker.models.types import UTCDateTime, sql_in, utcnow

OUTBOX_STATUSES: dict[str, str] = {
    "pending": "Chờ gửi",
    "sent": "Đã gửi",
    "failed": "Gửi lỗi",
    "unknown": "Không rõ đã đến chưa",
}

MESSAGE_KINDS: dict[str, str] = {
    "daily": "Nhắc việc hằng ngày",
    "nudge": "Đôn đốc",
    "notice": "Thông báo sự việc",
    "summary": "Tổng hợp hằng tuần cho lãnh đạo",
}


class OutboxMessage(db.Model):
    """One email waiting to be sent, sent, or given up on after too many failures."""

    __tablename__ = "outbox"
    __table_args__ = (
        CheckConstraint(sql_in("status", OUTBOX_STATUSES), name="status"),
        # The sender's query: due pending rows, oldest first.
        Index("ix_outbox_status_next_attempt", "status", "next_attempt_at"),
        Index("ix_outbox_unit_kind_date", "unit_id", "kind", "for_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    recipient: Mapped[str] = mapped_column(String(254))
    recipient_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    kind: Mapped[str] = mapped_column(String(20))
    for_date = mapped_column(Date, nullable=False)  # the local date the message was decided for
    dedupe_key: Mapped[str] = mapped_column(String(300), unique=True)
    subject: Mapped[str] = mapped_column(String(500))
    body_text: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # Attempts whose outcome is unknown (the relay went silent after the message data was sent).
    unknown_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    channel: Mapped[str] = mapped_column(String(20), default="email", server_default="email")
    reply_to: Mapped[str | None] = mapped_column(String(254))
    attachment_name: Mapped[str | None] = mapped_column(String(200))
    attachment = mapped_column(LargeBinary)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    sent_at = mapped_column(UTCDateTime)
    # Which pass holds the row between its claim and the recorded result.
    claimed_by: Mapped[str | None] = mapped_column(String(64))

    recipient_user = relationship("User")
    unit = relationship("Unit")

    @property
    def status_label(self) -> str:
        """Vietnamese name of the status."""
        return OUTBOX_STATUSES.get(self.status, self.status)

    @property
    def kind_label(self) -> str:
        """Vietnamese name of the kind of message."""
        return MESSAGE_KINDS.get(self.kind, self.kind)

    def __repr__(self) -> str:
        return f"<OutboxMessage {self.id} {self.dedupe_key} {self.status}>"


class JobRun(db.Model):
    """The last successful (and last failed) run of one scheduled job, shown on ``/healthz``.

    ``last_date`` is, for the daily decision, the latest local date decided: the scheduler's
    catch-up starts from the day after it.
    """

    __tablename__ = "job_runs"

    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    last_success_at = mapped_column(UTCDateTime)
    last_date = mapped_column(Date)
    last_failure_at = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
