"""Inspections (đợt kiểm tra / kết luận) and their findings (hạn chế, khuyết điểm)."""

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.categories import CATEGORIES
from tracker.extensions import db
from tracker.models.types import UTCDateTime, sql_in, utcnow


class Inspection(db.Model):
    """An inspection conclusion: the document the remediation work comes from."""

    __tablename__ = "inspections"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    number: Mapped[str | None] = mapped_column(String(100))
    issued_on = mapped_column(Date)
    issue_place: Mapped[str | None] = mapped_column(String(200))
    issuer_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    # Who follows it up: scopes its coordinators and leaders (None: admins only, until set).
    coordinator_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    report_deadline = mapped_column(Date)
    # "Báo cáo cần ít nhất một minh chứng": the workflow refuses a report without a file.
    requires_evidence: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    source_filename: Mapped[str | None] = mapped_column(String(255))
    source_content_type: Mapped[str | None] = mapped_column(String(255))
    source_sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    source_stored_name: Mapped[str | None] = mapped_column(String(100))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    issuer_unit = relationship("Unit", foreign_keys=[issuer_unit_id])
    coordinator_unit = relationship("Unit", foreign_keys=[coordinator_unit_id])
    findings = relationship(
        "Finding", back_populates="inspection", order_by="Finding.position", cascade="all"
    )

    def __repr__(self) -> str:
        return f"<Inspection {self.id} {self.title!r}>"


class Finding(db.Model):
    """One deficiency of an inspection; it becomes an item for every unit it concerns."""

    __tablename__ = "findings"
    __table_args__ = (CheckConstraint(sql_in("category", CATEGORIES), name="category"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id"), index=True)
    category: Mapped[str] = mapped_column(String(40), default="khac")
    heading: Mapped[str | None] = mapped_column(String(500))
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text_folded: Mapped[str | None] = mapped_column(Text)  # for search; kept by tracker.models.search
    # What the importer asks the coordinator to check (e.g. a unit list ending in "...").
    review_note: Mapped[str | None] = mapped_column(Text)
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    inspection = relationship("Inspection", back_populates="findings")
    items = relationship("Item", back_populates="finding")

    @property
    def short_text(self) -> str:
        """The finding cut to a card-sized sentence."""
        text = " ".join(self.text.split())
        return text if len(text) <= 140 else text[:137].rsplit(" ", 1)[0] + "…"

    def __repr__(self) -> str:
        return f"<Finding {self.id} {self.short_text!r}>"
