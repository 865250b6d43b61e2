"""Items (nhiệm vụ khắc phục): one finding for one unit, moved through the workflow.

Also the append-only history (``ItemEvent``) and the evidence files (``Evidence``).
"""

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.extensions import db
from tracker.models.types import UTCDateTime, sql_in, utcnow

STATES: dict[str, str] = {
    "open": "Mới giao",
    "in_progress": "Đang thực hiện",
    "reported": "Đã báo cáo, chờ xác nhận",
    "verified": "Đã xác nhận hoàn thành",
}

# Short labels for table headers and column titles.
STATE_SHORT: dict[str, str] = {
    "open": "Mới giao",
    "in_progress": "Đang thực hiện",
    "reported": "Chờ xác nhận",
    "verified": "Đã xác nhận",
}


class Item(db.Model):
    """A remediation task: what a unit must fix for one finding, by when, and how far it got.

    ``deadline`` is the current deadline (NULL means "Thường xuyên", ongoing);
    ``original_deadline`` keeps the one first assigned so extensions stay visible in reports.
    ``version`` is the optimistic-locking counter: SQLAlchemy adds it to every UPDATE.
    """

    __tablename__ = "items"
    __table_args__ = (
        UniqueConstraint("finding_id", "unit_id", name="uq_items_finding_unit"),
        CheckConstraint(sql_in("state", STATES), name="state"),
        # Covers the overview's aggregate (grouped by unit and time status) without table reads.
        Index("ix_items_overview", "unit_id", "state", "finding_id", "deadline", "reported_on",
              "updated_at"),
        Index("ix_items_state_effective_deadline", "state", "effective_deadline"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    state: Mapped[str] = mapped_column(String(20), default="open")
    deadline = mapped_column(Date)
    # The deadline moved off a day off (tracker.workdays): what every time status judges.
    effective_deadline = mapped_column(Date)
    original_deadline = mapped_column(Date)
    remedy: Mapped[str | None] = mapped_column(Text)
    progress: Mapped[str | None] = mapped_column(Text)
    notes_folded: Mapped[str | None] = mapped_column(Text)  # remedy and progress, for search
    reported_at = mapped_column(UTCDateTime)
    reported_on = mapped_column(Date)  # local date of reported_at, compared with the deadline
    reported_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    verified_at = mapped_column(UTCDateTime)
    verified_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # Kept by the workflow's return (trả lại), cleared when the item is reported again.
    returned_at = mapped_column(UTCDateTime)
    returned_reason: Mapped[str | None] = mapped_column(Text)
    returned_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    requested_deadline = mapped_column(Date)
    requested_reason: Mapped[str | None] = mapped_column(Text)
    requested_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False)

    __mapper_args__ = {"version_id_col": version}

    finding = relationship("Finding", back_populates="items")
    unit = relationship("Unit")
    reported_by = relationship("User", foreign_keys=[reported_by_id])
    verified_by = relationship("User", foreign_keys=[verified_by_id])
    requested_by = relationship("User", foreign_keys=[requested_by_id])
    returned_by = relationship("User", foreign_keys=[returned_by_id])
    events = relationship("ItemEvent", back_populates="item", order_by="ItemEvent.id")
    evidence = relationship("Evidence", back_populates="item", order_by="Evidence.id")

    @property
    def state_label(self) -> str:
        """Vietnamese name of the state."""
        return STATES[self.state]

    @property
    def extended(self) -> bool:
        """Whether the deadline differs from the one first assigned (đã gia hạn)."""
        return self.deadline != self.original_deadline

    def __repr__(self) -> str:
        return f"<Item {self.id} finding={self.finding_id} unit={self.unit_id} {self.state}>"


ACTIONS: dict[str, str] = {
    "create": "Giao nhiệm vụ",
    "start": "Bắt đầu thực hiện",
    "report": "Báo cáo hoàn thành",
    "verify": "Xác nhận hoàn thành",
    "return_": "Trả lại",
    "reopen": "Mở lại",
    "extend": "Gia hạn",
    "request_extension": "Đề nghị gia hạn",
    "approve_extension": "Đồng ý gia hạn",
    "refuse_extension": "Không đồng ý gia hạn",
    "edit": "Cập nhật nội dung",
    "comment": "Ý kiến",
    "evidence": "Thêm minh chứng",
    "nudge": "Đôn đốc",
    "letter": "Văn bản đôn đốc",
}


class ItemEvent(db.Model):
    """One line of an item's history (lịch sử). Append-only: never updated, never deleted."""

    __tablename__ = "item_events"
    __table_args__ = (
        CheckConstraint(sql_in("action", ACTIONS), name="action"),
        Index("ix_item_events_item_at", "item_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(30))
    from_state: Mapped[str | None] = mapped_column(String(20))
    to_state: Mapped[str | None] = mapped_column(String(20))
    comment: Mapped[str | None] = mapped_column(Text)
    old_deadline = mapped_column(Date)
    new_deadline = mapped_column(Date)
    at = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    item = relationship("Item", back_populates="events")
    actor = relationship("User")

    @property
    def action_label(self) -> str:
        """Vietnamese name of the action."""
        return ACTIONS.get(self.action, self.action)


@event.listens_for(Item.deadline, "set")
def _derive_effective_deadline(target, value, oldvalue, initiator):
    """Whoever sets a deadline sets its effective deadline too (tracker.workdays)."""
    from tracker.workdays import effective_deadline

    target.effective_deadline = effective_deadline(value)


@event.listens_for(ItemEvent, "before_update")
def _forbid_update(mapper, connection, target):
    """History is append-only."""
    raise RuntimeError("ItemEvent rows are append-only")


@event.listens_for(ItemEvent, "before_delete")
def _forbid_delete(mapper, connection, target):
    """History is append-only."""
    raise RuntimeError("ItemEvent rows are append-only")


class Evidence(db.Model):
    """A file attached to an item as proof (minh chứng), stored under ``instance/`` by random name."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("item_events.id"))
    original_filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    stored_name: Mapped[str] = mapped_column(String(100), unique=True)
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    uploaded_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    item = relationship("Item", back_populates="evidence")
    uploaded_by = relationship("User")
