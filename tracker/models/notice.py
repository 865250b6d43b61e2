"""Event notices (thông báo sự việc): something happened that one user should hear of.

Written by the history writer (``tracker.operations.history``) in the same transaction as the
event itself. A user who chose "immediate" gets a message at once (an outbox row with the
notice's dedupe key); otherwise the notice waits for the next daily digest, which marks it
delivered (``delivered_on``).
"""

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.extensions import db
from tracker.models.types import UTCDateTime, utcnow

NOTICE_KINDS: dict[str, str] = {
    "returned": "Báo cáo bị trả lại",
    "verified": "Nhiệm vụ đã được xác nhận hoàn thành",
    "extension_approved": "Đề nghị gia hạn được đồng ý",
    "extension_refused": "Đề nghị gia hạn không được đồng ý",
    "new_items": "Nhiệm vụ mới được giao",
    "new_report": "Báo cáo hoàn thành mới",
    "extension_request": "Đề nghị gia hạn mới",
}


class Notice(db.Model):
    """One notice for one user; unique by ``dedupe_key`` so an event is told once."""

    __tablename__ = "notices"
    __table_args__ = (Index("ix_notices_user_delivered", "user_id", "delivered_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id"))
    kind: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(Text)
    dedupe_key: Mapped[str] = mapped_column(String(300), unique=True)
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    delivered_on = mapped_column(Date)

    user = relationship("User")

    @property
    def kind_label(self) -> str:
        """Vietnamese name of the kind of notice."""
        return NOTICE_KINDS.get(self.kind, self.kind)
