"""Signing in, with throttling an attacker cannot turn against the real user.

Failures are rows in ``login_failures`` (shared by every worker, listed for admins). Two limits:

- per (account, client): after ``TRACKER_LOGIN_MAX_FAILURES`` failures a pause follows, growing
  with each further failure (1, 2, 4, 8 … minutes, at most the window). The same account from
  another client is not slowed down, so the right password from a client that did not fail still
  signs in while an attacker hammers the account.
- per client address across accounts: after ``TRACKER_LOGIN_MAX_ADDRESS_FAILURES`` failures the
  address pauses the same way (one machine guessing across many accounts).

A browser that signed in to an account before carries a signed device cookie (OWASP's "device
cookie"); its failures count under the device, not the address, and the address limit does not
apply to it, so colleagues behind one office NAT keep signing in while someone there guesses.
Unknown emails are answered after checking the password against a dummy hash, in the same time.
"""

from dataclasses import dataclass
from datetime import datetime

from flask import current_app
from sqlalchemy import delete, func, select
from werkzeug.security import check_password_hash, generate_password_hash

from tracker.clock import now_utc
from tracker.extensions import db
from tracker.models import LoginFailure, User
from tracker.queries.lockouts import pause_seconds, window

WRONG = "Email hoặc mật khẩu không đúng."
_dummy_hashes: dict[str, str] = {}


@dataclass
class SignInResult:
    """Outcome of a sign-in attempt: the user, or a Vietnamese message (``throttled`` when the
    attempt was not even checked)."""

    user: User | None = None
    message: str | None = None
    throttled: bool = False


def client_key(remote_addr: str | None, device: str | None = None) -> str:
    """How a client is recorded: its trusted device when it has one, else its address."""
    return f"device:{device}"[:64] if device else (remote_addr or "?")[:64]


def _count(condition, since: datetime) -> tuple[int, datetime | None]:
    row = db.session.execute(select(func.count(), func.max(LoginFailure.at))
                             .where(condition, LoginFailure.at > since)).one()
    return row[0], row[1]


@dataclass
class Standing:
    """Where a client stands for an account: seconds to wait, and tries left before a pause."""

    wait: int
    remaining: int


def standing(email: str, remote_addr: str | None, device: str | None = None) -> Standing:
    """The pause and the tries left for ``email`` from this client (both limits applied)."""
    now = now_utc()
    since = now - window()
    config = current_app.config
    per_client, per_address = config["TRACKER_LOGIN_MAX_FAILURES"], config["TRACKER_LOGIN_MAX_ADDRESS_FAILURES"]
    key = client_key(remote_addr, device)
    failures, latest = _count((LoginFailure.email == email) & (LoginFailure.remote_addr == key), since)
    wait = pause_seconds(failures, per_client, latest, now)
    remaining = per_client - failures
    if not device:
        address_failures, address_latest = _count(LoginFailure.remote_addr == key, since)
        wait = max(wait, pause_seconds(address_failures, per_address, address_latest, now))
        remaining = min(remaining, per_address - address_failures)
    return Standing(wait=wait, remaining=max(0, remaining))


def wait_message(seconds: int) -> str:
    """The Vietnamese refusal for a client that must pause."""
    minutes = max(1, -(-seconds // 60))
    return f"Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {minutes} phút."


def _dummy_hash() -> str:
    """A hash made like real ones, so an unknown email costs the same time as a wrong password."""
    method = current_app.config.get("PASSWORD_HASH_METHOD", "scrypt")
    if method not in _dummy_hashes:
        _dummy_hashes[method] = generate_password_hash("không phải mật khẩu nào cả", method=method)
    return _dummy_hashes[method]


def sign_in(email: str, password: str, remote_addr: str | None, device: str | None = None) -> SignInResult:
    """Check the credentials from a client, recording failures; the caller commits."""
    email = (email or "").strip().lower()[:254]
    now = now_utc()
    before = standing(email, remote_addr, device)
    if before.wait:
        return SignInResult(message=wait_message(before.wait), throttled=True)
    user = db.session.scalar(select(User).where(func.lower(User.email) == email))
    matches = check_password_hash(user.password_hash if user else _dummy_hash(), password or "")
    key = client_key(remote_addr, device)
    if user is None or not matches or not user.is_active:
        db.session.add(LoginFailure(email=email, remote_addr=key, at=now))
        db.session.flush()
        left = before.remaining - 1
        if left > 0:
            return SignInResult(message=f"{WRONG} Còn {left} lần thử trước khi phải tạm dừng.")
        return SignInResult(message=f"{WRONG} {wait_message(standing(email, remote_addr, device).wait)}")
    db.session.execute(delete(LoginFailure).where(LoginFailure.email == email, LoginFailure.remote_addr == key))
    db.session.execute(delete(LoginFailure).where(LoginFailure.at < now - window()))
    return SignInResult(user=user)


def clear_failures(email: str | None, client: str | None) -> int:
    """An admin lifts a pause: forget the failures of an account, of a client, or of the pair.
    Returns how many were forgotten; the caller commits."""
    conditions = []
    if email:
        conditions.append(LoginFailure.email == email.strip().lower())
    if client:
        conditions.append(LoginFailure.remote_addr == client.strip())
    if not conditions:
        return 0
    return db.session.execute(delete(LoginFailure).where(*conditions)).rowcount or 0
