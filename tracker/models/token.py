"""Personal access tokens (mã truy cập cá nhân) for the JSON API.

A user creates a token with a name, a scope (read, or read and write) and an expiry; the secret
is shown once and only its SHA-256 is kept. Each token also carries its rate-limit window (the
minute it last counted requests in, and how many), so every worker shares one count.
"""

import hashlib
import secrets

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.extensions import db
from tracker.models.types import UTCDateTime, sql_in, utcnow

TOKEN_SCOPES: dict[str, str] = {"read": "Chỉ đọc", "write": "Đọc và ghi"}
PREFIX = "trk_"


def hash_secret(secret: str) -> str:
    """The stored form of a token's secret."""
    return hashlib.sha256(secret.encode("utf-8", "replace")).hexdigest()


def new_secret() -> str:
    """A fresh random token secret, recognisable by its prefix."""
    return PREFIX + secrets.token_urlsafe(32)


class ApiToken(db.Model):
    """One personal access token of a user."""

    __tablename__ = "api_tokens"
    __table_args__ = (CheckConstraint(sql_in("scope", TOKEN_SCOPES), name="scope"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    scope: Mapped[str] = mapped_column(String(10))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    expires_at = mapped_column(UTCDateTime, nullable=False)
    last_used_at = mapped_column(UTCDateTime)
    revoked_at = mapped_column(UTCDateTime)
    window_start: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    window_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    user = relationship("User")

    @property
    def scope_label(self) -> str:
        """The scope as the account page shows it."""
        return TOKEN_SCOPES.get(self.scope, self.scope)
