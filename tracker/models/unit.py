"""Units (đơn vị): communes, wards, towns, district offices, a department's rooms."""

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.extensions import db
from tracker.models.types import UTCDateTime, sql_in, utcnow

UNIT_KINDS: dict[str, str] = {
    "tinh": "Tỉnh",
    "huyen": "Huyện",
    "so": "Sở",
    "xa": "Xã",
    "phuong": "Phường",
    "thi_tran": "Thị trấn",
    "dac_khu": "Đặc khu",
    "phong": "Phòng",
    "trung_tam": "Trung tâm",
    "khac": "Đơn vị khác",
}


class Unit(db.Model):
    """An organisational unit that receives remediation items.

    Never deleted: a unit that disappears is retired, or marked as merged into another, so the
    items and history that point at it stay intact.
    """

    __tablename__ = "units"
    __table_args__ = (
        CheckConstraint(sql_in("kind", UNIT_KINDS), name="kind"),
        UniqueConstraint("parent_id", "kind", "name", name="uq_units_parent_kind_name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="xa")
    code: Mapped[str | None] = mapped_column(String(20), unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    email: Mapped[str | None] = mapped_column(String(254))
    name_folded: Mapped[str | None] = mapped_column(String(400))  # for search; see tracker.models.search
    former_names: Mapped[str | None] = mapped_column(Text)
    retired_at = mapped_column(UTCDateTime)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    parent = relationship("Unit", remote_side=[id], foreign_keys=[parent_id])
    merged_into = relationship("Unit", remote_side=[id], foreign_keys=[merged_into_id])

    @property
    def kind_label(self) -> str:
        """Vietnamese name of the unit's kind."""
        return UNIT_KINDS.get(self.kind, self.kind)

    @property
    def former_name_list(self) -> list[str]:
        """The names the unit had before renames (stored one per line)."""
        return [name for name in (self.former_names or "").split("\n") if name.strip()]

    @property
    def display_name(self) -> str:
        """Name with its kind, as documents write it: "xã Canh Nậu", "thị trấn Phồn Xương"."""
        if self.kind in {"xa", "phuong", "thi_tran", "dac_khu"}:
            return f"{self.kind_label.lower()} {self.name}"
        return self.name

    @property
    def title_name(self) -> str:
        """The display name starting with a capital, for headings: "Xã Canh Nậu"."""
        name = self.display_name
        return name[:1].upper() + name[1:]

    @property
    def active(self) -> bool:
        """Whether the unit still exists (not retired, not merged)."""
        return self.retired_at is None

    def __repr__(self) -> str:
        return f"<Unit {self.id} {self.name!r}>"
