"""Personal access tokens: create, revoke, authenticate a request, count it against the limit.

The secret is returned once by ``create_token`` and never stored; requests are counted per token
in a fixed one-minute window kept on the token's row, so all workers share the limit.
"""

from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import case, select, update

from tracker.clock import now_utc
from tracker.extensions import db
from tracker.models import ApiToken, User
from tracker.models.token import TOKEN_SCOPES, hash_secret, new_secret

MAX_DAYS = 366
WINDOW = 60  # seconds


class TokenError(ValueError):
    """A token cannot be created as asked; the message is Vietnamese."""


def create_token(user: User, name: str, scope: str, days: int) -> tuple[ApiToken, str]:
    """A new token of ``user`` and its secret (shown once, only its hash is kept)."""
    name = " ".join((name or "").split())[:100]
    if not name:
        raise TokenError("Vui lòng đặt tên cho mã truy cập (ví dụ: Hệ thống báo cáo của tỉnh).")
    if scope not in TOKEN_SCOPES:
        raise TokenError("Phạm vi mã truy cập không hợp lệ.")
    if not 1 <= days <= MAX_DAYS:
        raise TokenError(f"Thời hạn phải từ 1 đến {MAX_DAYS} ngày.")
    secret = new_secret()
    token = ApiToken(user_id=user.id, name=name, scope=scope, token_hash=hash_secret(secret),
                     created_at=now_utc(), expires_at=now_utc() + timedelta(days=days))
    db.session.add(token)
    db.session.flush()
    return token, secret


def user_tokens(user: User) -> list[ApiToken]:
    """The user's tokens, newest first (revoked ones included, so the list tells the story)."""
    return list(db.session.scalars(select(ApiToken).where(ApiToken.user_id == user.id)
                                   .order_by(ApiToken.created_at.desc(), ApiToken.id.desc())))


def revoke_token(user: User, token_id: int) -> ApiToken | None:
    """Revoke one of the user's own tokens; None when it is not theirs."""
    token = db.session.scalar(select(ApiToken).where(ApiToken.id == token_id, ApiToken.user_id == user.id))
    if token is not None and token.revoked_at is None:
        token.revoked_at = now_utc()
        db.session.flush()
    return token


def revoke_all(user: User) -> None:
    """Revoke every token of ``user`` (deactivation ends the API as it ends the sessions)."""
    db.session.execute(update(ApiToken).where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None))
                       .values(revoked_at=now_utc()))


def authenticate(secret: str) -> ApiToken | None:
    """The live token for ``secret``: not revoked, not expired, of an active user; else None."""
    if not secret or len(secret) > 200 or not secret.isascii():
        return None
    token = db.session.scalar(select(ApiToken).where(ApiToken.token_hash == hash_secret(secret)))
    if token is None or token.revoked_at is not None or token.expires_at <= now_utc():
        return None
    if not token.user.is_active:
        return None
    return token


def count_request(token: ApiToken, now: datetime | None = None) -> int:
    """Count one request in the token's current window; the seconds to wait if over the limit
    (``TRACKER_API_RATE_LIMIT`` a minute), else 0. One UPDATE, safe under concurrent workers."""
    now = now or now_utc()
    stamp = int(now.timestamp())
    window = stamp - stamp % WINDOW
    table = ApiToken.__table__
    count = db.session.execute(
        update(table).where(table.c.id == token.id)
        .values(window_count=case((table.c.window_start == window, table.c.window_count + 1), else_=1),
                window_start=window, last_used_at=now)
        .returning(table.c.window_count)
    ).scalar_one()
    limit = int(current_app.config.get("TRACKER_API_RATE_LIMIT", 120))
    return window + WINDOW - stamp if count > limit else 0
