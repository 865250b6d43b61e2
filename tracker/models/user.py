"""Users (người dùng), the record of failed sign-ins used for throttling, and signed-out sessions."""

from flask import current_app
from flask_login import UserMixin
from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String
from sqlalchemy import false as sa_false
from sqlalchemy import true as sa_true
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from tracker.extensions import db
from tracker.models.types import UTCDateTime, sql_in, utcnow

ROLES: dict[str, str] = {
    "admin": "Quản trị hệ thống",
    "coordinator": "Cán bộ theo dõi, điều phối",
    "officer": "Cán bộ đơn vị",
    "viewer": "Lãnh đạo (xem)",
}


class User(UserMixin, db.Model):
    """A person who signs in. Everyone but an admin belongs to a unit, which sets what they may
    see and do (``tracker.access``)."""

    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint(sql_in("role", ROLES), name="role"),
        CheckConstraint("role <> 'officer' OR unit_id IS NOT NULL", name="officer_has_unit"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(20))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    is_head_of_unit: Mapped[bool] = mapped_column(Boolean, default=False)
    is_active_account: Mapped[bool] = mapped_column("active", Boolean, default=True)
    notify_due_soon: Mapped[bool] = mapped_column(Boolean, default=True)
    # Raised to end every session of the user (sign-out, password change, deactivation, …).
    session_generation: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Event notices: "immediate" (a message at once) or "digest" (in the next daily digest).
    notice_mode: Mapped[str] = mapped_column(String(10), default="digest", server_default="digest")
    # Leaders' Monday summary, and whether the Excel export is attached to it.
    weekly_summary: Mapped[bool] = mapped_column(Boolean, default=True, server_default=sa_true())
    summary_excel: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())
    # Channels the user hears on ("email", "webhook"), comma separated, and their addresses there.
    channels: Mapped[str] = mapped_column(String(50), default="email", server_default="email")
    phone: Mapped[str | None] = mapped_column(String(30))
    zalo_id: Mapped[str | None] = mapped_column(String(64))
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    unit = relationship("Unit")

    def get_id(self) -> str:
        """Flask-Login: what the session cookie names, the id and the session generation, so a
        cookie from before the generation was raised no longer signs anyone in."""
        return f"{self.id}:{self.session_generation or 0}"

    def end_sessions(self) -> None:
        """End every session of this user (every browser must sign in again)."""
        self.session_generation = (self.session_generation or 0) + 1

    @property
    def is_active(self) -> bool:
        """Flask-Login: deactivated accounts cannot sign in or keep a session."""
        return bool(self.is_active_account)

    def set_password(self, password: str) -> None:
        """Store a salted hash of ``password``."""
        method = current_app.config.get("PASSWORD_HASH_METHOD", "scrypt")
        self.password_hash = generate_password_hash(password, method=method)

    def check_password(self, password: str) -> bool:
        """Whether ``password`` matches the stored hash."""
        return check_password_hash(self.password_hash, password)

    @property
    def role_label(self) -> str:
        """Vietnamese name of the role."""
        return ROLES.get(self.role, self.role)

    @property
    def channel_list(self) -> list[str]:
        """The channels chosen in the preferences (email when none is)."""
        return [name for name in (self.channels or "email").split(",") if name] or ["email"]

    @property
    def lacks_unit(self) -> bool:
        """A non-admin without a unit: they see nothing until an admin gives them one."""
        return self.role != "admin" and self.unit_id is None

    def __repr__(self) -> str:
        return f"<User {self.email} {self.role}>"


class LoginFailure(db.Model):
    """One failed sign-in, kept briefly to slow down password guessing (per email and per address)."""

    __tablename__ = "login_failures"
    __table_args__ = (Index("ix_login_failures_email_at", "email", "at"),
                      Index("ix_login_failures_remote_addr_at", "remote_addr", "at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254))
    remote_addr: Mapped[str | None] = mapped_column(String(64), index=True)
    at = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class RevokedSession(db.Model):
    """A signed-out session (its random id from the signed cookie), refused until it would have
    expired anyway; signing out on one device leaves the user's other devices signed in."""

    __tablename__ = "revoked_sessions"

    session_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    expires_at = mapped_column(UTCDateTime, nullable=False, index=True)
